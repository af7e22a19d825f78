"""contradicts-claim: a sentence says what a claim says, with another figure for the same thing."""

from __future__ import annotations

from pathlib import Path

from conftest import audit_findings, make_repo

ARTICLE_PATH = "claims/outage/article.md"
OUTAGE = """\
---
id: outage
title: Storm outage
---

The storm hit on Tuesday night. {sentence}
"""
CLAIM = """\
id: outage-homes
statement: {statement}
status: confirmed
article: outage
sources: [alpha-news-report, beta-daily-story]
"""


def findings(
    tmp_path: Path, sentence: str, statement: str
) -> list[tuple[int | None, int | None, str, str | None]]:
    make_repo(
        tmp_path,
        {
            ARTICLE_PATH: OUTAGE.format(sentence=sentence),
            "claims/outage/outage-homes.yaml": CLAIM.format(statement=statement),
        },
    )
    return [
        (f.line, f.column, f.message, f.suggestion)
        for f in audit_findings(tmp_path, "contradicts-claim")
    ]


def test_fires_on_another_amount_located_on_the_figure(tmp_path: Path) -> None:
    assert findings(
        tmp_path, "About 4,300 homes lost power.", "4,200 homes lost power in the storm."
    ) == [
        (
            6,
            39,
            "says 4,300 where claim 'outage-homes' (confirmed) says 4,200; "
            "correct the figure or the claim",
            "4,200",
        )
    ]


def test_fires_on_a_paraphrase_with_another_duration_or_date(tmp_path: Path) -> None:
    assert [
        row[2][:40]
        for row in findings(
            tmp_path,
            "Power came back to the homes within 12 hours.",
            "Power came back to the homes within six hours.",
        )
    ] == ["says 12 where claim 'outage-homes' (conf"]
    assert [
        row[3]
        for row in findings(
            tmp_path / "dates",
            "The utility restored power on March 19.",
            "The utility restored power on March 18.",
        )
    ] == ["March 18"]


def test_quiet_when_the_figures_agree_in_other_words(tmp_path: Path) -> None:
    assert findings(tmp_path, "Nine homes lost power.", "9 homes lost power in the storm.") == []


def test_quiet_on_another_quantity_that_shares_a_number(tmp_path: Path) -> None:
    assert (
        findings(
            tmp_path,
            "The utility has 4,200 employees and hired more on Tuesday.",
            "4,200 homes lost power on Tuesday night.",
        )
        == []
    )
    assert (
        findings(
            tmp_path / "hours",
            "Crews worked for 12 hours to restore power to the homes.",
            "Power was restored to the homes within six hours.",
        )
        == []
    )


def test_quiet_when_the_two_figures_count_different_things(tmp_path: Path) -> None:
    """4,300 homes is no other figure for 4,200 employees: the units differ."""
    statement = "The utility's 4,200 employees restored power after the storm."
    assert (
        findings(tmp_path, "The utility restored power to 4,300 homes after the storm.", statement)
        == []
    )
    assert [line for line, *_ in findings(
        tmp_path, "The utility's 4,300 employees restored power after the storm.", statement
    )] == [6]  # fmt: skip
