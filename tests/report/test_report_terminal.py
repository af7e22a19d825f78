"""The terminal report, compared as exact text at 80 and 120 columns."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from conftest import ARTICLE, TODAY, make_repo
from factcheck.engine.audit import audit
from factcheck.output.report.data import build_report
from factcheck.output.report.terminal import render_report

SNAPSHOTS = Path(__file__).parent / "snapshots"
UNCONFIRMED = """\
id: ferries-resumed
statement: Ferries to Port Vell resumed the same week, reportedly.
status: unconfirmed
article: harbour-reopened
"""


def report_text(root: Path, width: int) -> str:
    stream = io.StringIO()
    render_report(build_report(audit(root, today=TODAY)), stream, width=width)
    return stream.getvalue()


@pytest.mark.parametrize("width", [80, 120])
def test_terminal_report_snapshot(tmp_path: Path, width: int) -> None:
    article = ARTICLE + "\nFerries to Port Vell resumed the same week, reportedly.\n"
    desk = make_repo(
        tmp_path / "harbour-desk",
        {"claims/harbour/article.md": article, "claims/harbour/ferries-resumed.yaml": UNCONFIRMED},
    )
    text = report_text(desk, width)
    snapshot = SNAPSHOTS / f"harbour-{width}.txt"
    if os.environ.get("FACTCHECK_UPDATE_SNAPSHOTS"):
        snapshot.write_text(text, encoding="utf-8")
    assert text == snapshot.read_text(encoding="utf-8")
    assert max(len(line) for line in text.splitlines()) <= width
    assert "\x1b" not in text  # a pipe gets plain text: status by sign and word
    # the evidence, in article order, each sentence numbered with its claims under it
    assert "why      Two independent reports." in text
    assert "reviewed Desk, 2026-11-20" in text
    assert (
        "supports beta-daily-story — Beta Daily" in text
        and "“The port reopened on Monday.”" in text
    )
    first, second = text.index("\n1 Harbour reopens"), text.index("\n2 The harbour of Port Vell")
    assert first < second < text.index("\n3 Ferries to Port Vell resumed")
    assert "  ✓ confirmed harbour-reopened-march (quote)" in text


def test_a_refuting_citation_stands_out_without_colour(tmp_path: Path) -> None:
    from conftest import CLAIM

    disputed = CLAIM.replace("status: confirmed", "status: disputed").replace(
        "    stance: supports", "    stance: refutes"
    )
    desk = make_repo(tmp_path, {"claims/harbour/harbour-reopened-march.yaml": disputed})
    text = report_text(desk, 100)
    assert "REFUTES  beta-daily-story — Beta Daily" in text
    assert "supports alpha-news-report" in text


def test_the_sample_report_fits_80_columns() -> None:
    from conftest import SAMPLE

    text = report_text(SAMPLE, 80)
    assert max(len(line) for line in text.splitlines()) <= 80
    assert (
        "23 claims" in text
        and "█ ✓ 19 confirmed (83%)  ▒ ? 2 unconfirmed (9%)  ░ ✗ 2 disputed (9%)" in text
    )
