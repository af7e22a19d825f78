"""The HTML report: sections, counts, cross-links, and hostile text that stays text.

Checked twice: on the generated file with a parser, and on the DOM of a real
headless browser (Debian's chromium, which .ci/run installs).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from dom import Dom

from conftest import SAMPLE, TODAY
from factcheck.engine.audit import audit
from factcheck.output.report.data import build_report
from factcheck.output.report.html import render_html, safe_url
from hostile import hostile_repo

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def html_of(root: Path) -> str:
    return render_html(build_report(audit(root, today=TODAY)))


def check_hostile(dom: Dom) -> None:
    assert dom.all("script") == []
    assert not [e for e in dom.elements if any(name.startswith("on") for name in e.attrs)]
    assert dom.all("img") == []
    hrefs = [e.attrs.get("href") or "" for e in dom.all("a")]
    assert all(h.startswith("#") or h.startswith("https://") for h in hrefs)
    assert not [h for h in hrefs if "evil.example" in h]  # the quote-breaking URL is not a link
    assert not [e for e in dom.elements if e.tag in ("iframe", "b") and e.attrs]
    text = dom.text
    assert "<script>alert('statement')</script>" in text
    assert "<img src=x onerror=alert('title')>" in text
    assert "[bold red]boom[/]" in text
    assert "\\x1b]52;c;ZXZpbA==\\x07" in text and "\x1b" not in text and "\x07" not in text


def check_sample(dom: Dom) -> None:
    for section in ("summary", "article-belarus-prisoner-release-2025"):
        assert dom.by_id(section) is not None, section
    counts = {
        key: "".join(dom.by_id(f"count-{key}").text)
        for key in ("claims", "confirmed", "unconfirmed", "disputed", "sources")
    }  # type: ignore[union-attr]
    assert counts == {
        "claims": "23",
        "confirmed": "19 (83%)",
        "unconfirmed": "2 (9%)",
        "disputed": "2 (9%)",
        "sources": "5",
    }
    anchors = {e.attrs["id"] for e in dom.elements if e.attrs.get("id")}
    links = [e.attrs["href"] for e in dom.all("a") if (e.attrs.get("href") or "").startswith("#")]
    assert links and all(link[1:] in anchors for link in links)  # every cross-link lands
    prefix = "#article-belarus-prisoner-release-2025--"
    assert prefix + "source-knews-us-lifts-air-sanctions-belarus" in links  # claim → source
    assert (
        prefix + "claim-bellavia-airlines-sanctions-lifted" in links
    )  # source and sentence → claim
    assert "✓ confirmed" in dom.text and "✗ disputed" in dom.text  # status by word too
    assert [e.attrs.get("role") for e in dom.all("svg")][:2] == ["img", "img"]
    assert "Claims by status: 19 confirmed, 2 unconfirmed, 2 disputed" in dom.text
    check_evidence_and_order(dom)


def check_evidence_and_order(dom: Dom) -> None:
    """What a reviewer signs off on is on the page, and the article reads in its order."""
    section = "article-belarus-prisoner-release-2025"
    assert str(SAMPLE) not in dom.text  # the desk by name, not by a machine's path
    claim = dom.by_id(f"{section}--claim-kolesnikova-served-11-years")
    assert claim is not None
    words = claim.all_text
    assert "Why:" in words and "Reviewed by Fact desk, 2026-11-26" in words
    refuting = [e for e in dom.elements if "stance-refutes" in (e.attrs.get("class") or "")]
    assert refuting and all("".join(e.text) == "refutes" for e in refuting)  # a word, not a colour
    numbers = [
        int(e.attrs["value"] or 0)
        for e in dom.elements
        if re.fullmatch(rf"{section}--s\d+", e.attrs.get("id") or "")
    ]
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) == 54
    bellavia = dom.by_id(f"{section}--s12")
    assert bellavia is not None
    text = bellavia.all_text
    assert text.index("Bellavia Airlines") < text.index("bellavia-airlines-sanctions-lifted")
    assert "unsupported-statement" in text and "name-variant" in text
    assert "33 checkable sentences" in dom.text and "assert disputed claims" in dom.text


def test_sample_html_has_sections_counts_and_cross_links() -> None:
    check_sample(Dom(html_of(SAMPLE)))


def test_hostile_text_is_escaped(tmp_path: Path) -> None:
    check_hostile(Dom(html_of(hostile_repo(tmp_path))))


def test_only_http_urls_become_links() -> None:
    assert safe_url("https://example.org/a?b=c") == "https://example.org/a?b=c"
    for bad in (
        "javascript:alert(1)",
        "data:text/html,x",
        'https://x.example/"><b>',
        "//x.example",
        "ftp://x",
        None,
        "",
    ):
        assert safe_url(bad) is None, bad


def dump_dom(path: Path) -> str:
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing: .ci/run installs it with apt-get")
        pytest.skip("chromium is not installed")
    completed = subprocess.run(
        [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={path.parent / 'profile'}", "--dump-dom", path.as_uri()],
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    return completed.stdout


def test_a_real_browser_sees_the_sample_and_no_hostile_element(tmp_path: Path) -> None:
    sample = tmp_path / "sample.html"
    sample.write_text(html_of(SAMPLE), encoding="utf-8")
    check_sample(Dom(dump_dom(sample)))
    hostile = tmp_path / "hostile.html"
    hostile.write_text(html_of(hostile_repo(tmp_path / "desk")), encoding="utf-8")
    check_hostile(Dom(dump_dom(hostile)))
