"""unknown-claim: a `factcheck-link` / `factcheck-not` comment names no claim of the desk."""

from __future__ import annotations

from pathlib import Path

from conftest import ARTICLE, audit_findings, make_repo

ARTICLE_PATH = "claims/harbour/article.md"
PARAGRAPH = (
    "The harbour of Port Vell reopened on 3 March 2025 after repairs costing 4 million euros."
)


def pinned(comment: str) -> str:
    """The clean article with `comment` on the line before its paragraph (file line 10)."""
    return ARTICLE.replace(PARAGRAPH, f"{comment}\n{PARAGRAPH}")


def test_fires_on_the_comment_with_the_nearest_claim(tmp_path: Path) -> None:
    make_repo(tmp_path, {ARTICLE_PATH: pinned("<!-- factcheck-link harbour-reopened-mrch -->")})
    [finding] = audit_findings(tmp_path, "unknown-claim")
    assert (finding.path, finding.line, finding.column, finding.record) == (
        ARTICLE_PATH,
        10,
        1,
        "harbour-reopened",
    )
    assert finding.message == (
        "factcheck-link pins claim 'harbour-reopened-mrch', which does not exist; did you mean "
        "'harbour-reopened-march'?"
    )
    assert finding.suggestion == "harbour-reopened-march"


def test_fires_for_each_unknown_id_of_a_comment_and_on_rejections(tmp_path: Path) -> None:
    comment = "Intro. <!-- factcheck-not harbour-reopened-march, zz-9, harbour-reopnd-march -->"
    make_repo(tmp_path, {ARTICLE_PATH: pinned(comment)})
    found = audit_findings(tmp_path, "unknown-claim")
    assert [(f.line, f.column, f.message, f.suggestion) for f in found] == [
        (
            10,
            8,
            "factcheck-not rejects claim 'harbour-reopnd-march', which does not exist; did you "
            "mean 'harbour-reopened-march'?",
            "harbour-reopened-march",
        ),
        (
            10,
            8,
            "factcheck-not rejects claim 'zz-9', which does not exist; correct the id, or remove "
            "it from the comment",
            None,
        ),
    ]


def test_quiet_when_every_id_names_a_claim(tmp_path: Path) -> None:
    make_repo(tmp_path, {ARTICLE_PATH: pinned("<!-- factcheck-link harbour-reopened-march -->")})
    assert audit_findings(tmp_path, "unknown-claim") == []


def test_a_claim_removed_leaves_its_pin_stale(tmp_path: Path) -> None:
    make_repo(tmp_path, {ARTICLE_PATH: pinned("<!-- factcheck-link harbour-reopened-march -->")})
    assert audit_findings(tmp_path, "unknown-claim") == []
    (tmp_path / "claims/harbour/harbour-reopened-march.yaml").unlink()
    [finding] = audit_findings(tmp_path, "unknown-claim")
    assert (finding.line, finding.column) == (10, 1)


def test_silenced_like_any_finding(tmp_path: Path) -> None:
    comment = "<!-- factcheck-ignore unknown-claim --> <!-- factcheck-link gone-claim -->"
    make_repo(tmp_path, {ARTICLE_PATH: pinned(comment)})
    assert audit_findings(tmp_path, "unknown-claim") == []
