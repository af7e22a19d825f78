"""hedged-statement: vague attribution and hedges; cues extendable and silenceable."""

from __future__ import annotations

from pathlib import Path

from conftest import ARTICLE, audit_findings, brief, make_repo

ARTICLE_PATH = "claims/harbour/article.md"
HEDGED = ARTICLE + "\nThe repairs were allegedly late, and sources say costs rose.\n"


def test_fires_on_hedge_cues(tmp_path: Path) -> None:
    make_repo(tmp_path, {ARTICLE_PATH: HEDGED})
    findings = audit_findings(tmp_path, "hedged-statement")
    assert brief(findings) == [("hedged-statement", ARTICLE_PATH, 12, "harbour-reopened")]
    assert findings[0].message.startswith("hedges with 'allegedly', 'sources say':")


def test_fires_on_a_cue_the_desk_added(tmp_path: Path) -> None:
    article = ARTICLE + "\nInsiders whisper that costs rose.\n"
    make_repo(tmp_path, {ARTICLE_PATH: article, "factcheck.yaml": "hedges: [insiders whisper]\n"})
    assert len(audit_findings(tmp_path, "hedged-statement")) == 1


def test_quiet_when_the_desk_silences_the_cues(tmp_path: Path) -> None:
    settings = "ignore_hedges: [allegedly, sources say]\n"
    make_repo(tmp_path, {ARTICLE_PATH: HEDGED, "factcheck.yaml": settings})
    assert audit_findings(tmp_path, "hedged-statement") == []


def test_quiet_on_plain_attributed_sentences(repo: Path) -> None:
    assert audit_findings(repo, "hedged-statement") == []
