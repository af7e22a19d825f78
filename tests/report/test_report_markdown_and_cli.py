"""The Markdown report escapes record text; `factcheck report` writes the file asked for."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import SAMPLE, TODAY
from factcheck.engine.audit import audit
from factcheck.output.report.data import build_report
from factcheck.output.report.markdown import code, md, render_markdown
from hostile import hostile_repo


def test_escaping_keeps_text_as_text() -> None:
    assert md("a | b [x](javascript:y) <script> *em* `c`") == (
        "a \\| b \\[x\\]\\(javascript:y\\) \\<script\\> \\*em\\* \\`c\\`"
    )
    assert code("a`b|c") == "``a`b\\|c``"


def test_hostile_markdown_cannot_break_tables_or_link(tmp_path: Path) -> None:
    text = render_markdown(build_report(audit(hostile_repo(tmp_path), today=TODAY)))
    rows = [line for line in text.splitlines() if line.startswith("| ") and "hostile-claim" in line]
    assert rows
    for row in rows:
        unescaped_pipes = row.replace("\\|", "").count("|")
        assert unescaped_pipes == row.split("\n")[0].count("|") - row.count("\\|")
    claim_row = next(r for r in rows if "unconfirmed" in r)
    assert claim_row.replace("\\|", "").count("|") == 6  # five cells, as the header has
    assert "](https://evil" not in text and "](javascript" not in text
    assert re.search(r"(?<!\\)<(script|img|b)\b", text) is None  # every < is escaped


def test_report_command_writes_html_and_markdown(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    html, markdown = tmp_path / "r.html", tmp_path / "r.md"
    assert run("report", "--root", str(SAMPLE), "--output", str(html)) == (0, f"wrote {html}\n", "")
    assert html.read_text().startswith("<!doctype html>")
    code_, _, _ = run(
        "report",
        "--root",
        str(SAMPLE),
        "--article",
        "belarus-prisoner-release-2025",
        "-o",
        str(markdown),
    )
    assert code_ == 0 and markdown.read_text().startswith(
        f"# factcheck report: {md(SAMPLE.name)}\n"
    )
    assert run("report", "--root", str(SAMPLE), "-o", str(tmp_path / "r.pdf"))[0] == 2
    code_, _, err = run("report", "--root", str(SAMPLE), "--article", "belarus")
    assert code_ == 2 and "no article has the id 'belarus'" in err


def test_report_in_the_terminal_filters_by_status(run) -> None:  # type: ignore[no-untyped-def]
    code_, out, _ = run("report", "--root", str(SAMPLE), "--status", "disputed")
    assert code_ == 0
    assert (
        "2 claims" in out
        and "kolesnikova-served-11-y" in out
        and "release-123-prisoners  " not in out
    )


def test_every_report_shows_a_sources_reliability_beside_its_publisher(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    markdown = render_markdown(build_report(audit(SAMPLE, today=TODAY, use_cache=False)))
    assert "| Reuters \\(reliability B\\) |" in markdown
    monkeypatch.setenv("COLUMNS", "200")  # a table cell wide enough to read on one line
    code_, out, _ = run("report", "--root", str(SAMPLE))
    assert code_ == 0 and "Reuters (reliability B)" in out
    run("report", "--root", str(SAMPLE), "--output", str(tmp_path / "r.html"))
    assert "<td>Reuters (reliability B)</td>" in (tmp_path / "r.html").read_text(encoding="utf-8")
