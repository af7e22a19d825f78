"""Suppression comments, and unused-suppression: a factcheck-ignore that silences nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ARTICLE, CLAIM, TODAY, audit_findings, make_repo
from factcheck.engine.audit import audit

ARTICLE_PATH = "claims/harbour/article.md"
CLAIM_PATH = "claims/harbour/harbour-reopened-march.yaml"
HEDGED = "\nFerries reportedly resumed the same week.\n"


def rules(root: Path) -> list[tuple[str, int | None]]:
    return [(f.rule, f.line) for f in audit_findings(root) if f.rule != "unchecked-sentence"]


def test_an_article_comment_silences_the_next_block_only(tmp_path: Path) -> None:
    article = ARTICLE + "\n<!-- factcheck-ignore hedged-statement -->" + HEDGED + HEDGED
    make_repo(tmp_path, {ARTICLE_PATH: article})
    assert rules(tmp_path) == [("hedged-statement", 15)]
    result = audit(tmp_path, today=TODAY, use_cache=False)
    assert [(f.rule, f.line) for f in result.suppressed] == [("hedged-statement", 13)]
    assert result.summary()["suppressed"] == 1


def test_a_span_and_a_yaml_comment_silence_what_they_name(tmp_path: Path) -> None:
    article = (
        ARTICLE + "\n<!-- factcheck-ignore-start hedged-statement, unchecked-sentence -->"
        + HEDGED + HEDGED + "\n<!-- factcheck-ignore-end -->\n" + HEDGED
    )  # fmt: skip
    claim = CLAIM.replace(
        "  - alpha-news-report\n", "  # factcheck-ignore unknown-source\n  - alpha-news-reprt\n"
    )
    make_repo(tmp_path, {ARTICLE_PATH: article, CLAIM_PATH: claim})
    # the misspelt citation is not reported; what follows from it still is
    assert rules(tmp_path) == [("hedged-statement", 19), ("single-source", 8), ("orphan-source", 1)]


def test_fires_on_a_suppression_that_silences_nothing(tmp_path: Path) -> None:
    article = ARTICLE + "\n<!-- factcheck-ignore hedged-statement -->\nFerries resumed.\n"
    claim = "# factcheck-ignore unknown-sourse\n" + CLAIM
    make_repo(tmp_path, {ARTICLE_PATH: article, CLAIM_PATH: claim})
    found = audit_findings(tmp_path, "unused-suppression")
    assert [(f.path, f.line, f.message) for f in found] == [
        (ARTICLE_PATH, 12, "factcheck-ignore 'hedged-statement' silences nothing here any more; "
                           "remove the comment"),
        (CLAIM_PATH, 1, "factcheck-ignore names 'unknown-sourse', which is not a rule; "
                        "`factcheck rules` lists them"),
    ]  # fmt: skip


def test_quiet_when_every_suppression_silences_something(tmp_path: Path) -> None:
    article = ARTICLE + "\n<!-- factcheck-ignore hedged-statement -->" + HEDGED
    make_repo(tmp_path, {ARTICLE_PATH: article})
    assert audit_findings(tmp_path, "unused-suppression") == []
    # a suppression of a rule that did not run is not judged
    from factcheck.engine.audit import run_rules
    from factcheck.load.repository import load_repository

    assert run_rules(load_repository(tmp_path), select=["unused-suppression"], today=TODAY) == []


def test_show_suppressed_lists_them(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import json

    article = ARTICLE + "\n<!-- factcheck-ignore hedged-statement -->" + HEDGED
    make_repo(tmp_path, {ARTICLE_PATH: article})
    code, out, _ = run("audit", "--root", str(tmp_path), "--format", "json", "--show-suppressed")
    assert code == 0
    document = json.loads(out)
    assert document["summary"]["suppressed"] == 1
    assert [f["rule"] for f in document["suppressed"]] == ["hedged-statement"]
    _, out, _ = run("audit", "--root", str(tmp_path), "--format", "json")
    assert "suppressed" not in json.loads(out) or json.loads(out).get("suppressed") is None
    _, out, _ = run("audit", "--root", str(tmp_path), "--show-suppressed")
    assert "Silenced by factcheck-ignore comments:" in out and "(1 suppressed)" in out


def test_a_yaml_comment_silences_its_own_line_and_the_next_not_further(tmp_path: Path) -> None:
    claim = CLAIM.replace(
        "  - alpha-news-report\n",
        "  - alpha-news-reprt   # factcheck-ignore unknown-source\n"
        "  # factcheck-ignore unknown-source\n"
        "  - alpha-news-rprt\n"
        "  - alpha-news-rport\n",
    )
    make_repo(tmp_path, {CLAIM_PATH: claim})
    found = [(f.line, f.message.split(";")[0]) for f in audit_findings(tmp_path, "unknown-source")]
    assert found == [(10, "cites source 'alpha-news-rport' which does not exist")]


IGNORE = "<!-- factcheck-ignore hedged-statement -->"


@pytest.mark.parametrize(
    "text",
    [
        # before a list item: that item, not the next
        f"{IGNORE}\n- Ferries reportedly resumed the same week.\n- Buses reportedly ran again.\n",
        # before a paragraph: up to the heading right under it
        f"{IGNORE}\nFerries reportedly resumed the same week.\n## Buses reportedly ran again\n",
    ],
    ids=["list item", "heading"],
)
def test_an_article_comment_silences_its_block_and_no_further(tmp_path: Path, text: str) -> None:
    make_repo(tmp_path, {ARTICLE_PATH: ARTICLE + "\n" + text})
    assert rules(tmp_path) == [("hedged-statement", 14)]


def test_a_span_never_ended_runs_to_the_end_of_the_article(tmp_path: Path) -> None:
    article = ARTICLE + "\n<!-- factcheck-ignore-start hedged-statement -->" + HEDGED + HEDGED
    make_repo(tmp_path, {ARTICLE_PATH: article})
    assert rules(tmp_path) == []
    result = audit(tmp_path, today=TODAY, use_cache=False)
    assert [(f.rule, f.line) for f in result.suppressed] == [
        ("hedged-statement", 13),
        ("hedged-statement", 15),
    ]


def test_a_comment_silences_findings_in_its_own_file_only(tmp_path: Path) -> None:
    other = ARTICLE.replace("id: harbour-reopened", "id: ferries-resumed") + "\n" + HEDGED
    article = ARTICLE + "\n<!-- factcheck-ignore hedged-statement -->" + HEDGED
    make_repo(tmp_path, {ARTICLE_PATH: article, "claims/ferries/article.md": other})
    found = [(f.path, f.line) for f in audit_findings(tmp_path, "hedged-statement")]
    assert found == [("claims/ferries/article.md", 13)]  # the same line as the silenced one


def test_unused_comments_are_not_reported_when_unused_suppression_is_left_out(
    tmp_path: Path,
) -> None:
    article = ARTICLE + "\n<!-- factcheck-ignore hedged-statement -->\nFerries resumed.\n"
    make_repo(tmp_path, {ARTICLE_PATH: article})
    result = audit(tmp_path, today=TODAY, use_cache=False, ignore=["unused-suppression"])
    assert [f for f in result.findings if f.rule == "unused-suppression"] == []
    assert [f.line for f in audit_findings(tmp_path, "unused-suppression")] == [12]
