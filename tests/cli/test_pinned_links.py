"""The fact-checker has the last word: `factcheck-link` and `factcheck-not` comments, as
audit, check, report and diff honour them, with and without the cache."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

from conftest import make_repo

ARTICLE_PATH = "claims/harbour/article.md"
HEAD = """\
---
id: harbour-reopened
title: Harbour reopens
outlet: Coast Courier
published: 2025-03-04
---

"""
HARBOUR = "The harbour of Port Vell reopened on 3 March 2025 after repairs costing 4 million euros."
FERRIES = "Ferry services to Port Vell resumed on 5 March 2025."
QUAY = "Fishermen gathered on the quay that morning."
FERRY_CLAIM = f"""\
id: ferries-resumed
statement: {FERRIES}
status: unconfirmed
article: harbour-reopened
"""
LIGHTHOUSE_CLAIM = """\
id: lighthouse-closed
statement: The lighthouse of Port Vell closed for good in 2024.
status: unconfirmed
"""


def desk(root: Path, *paragraphs: str) -> Path:
    """The clean desk, an unconfirmed claim of its article (no quote: the matcher links
    it), an unconfirmed claim of no article, and the article made of `paragraphs`."""
    return make_repo(
        root,
        {
            "claims/harbour/ferries-resumed.yaml": FERRY_CLAIM,
            "claims/lighthouse-closed.yaml": LIGHTHOUSE_CLAIM,
            ARTICLE_PATH: HEAD + "\n\n".join(paragraphs) + "\n",
        },
    )


def checked(run, root: Path, *options: str) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """The `check --format json` document of the desk's article."""
    article = str(root / ARTICLE_PATH)
    code, out, _ = run("check", article, "--root", str(root), "--format", "json", *options)
    assert code == 0, out
    document: dict[str, Any] = json.loads(out)
    return document


def links(run, root: Path) -> dict[str, list[tuple[str, str, str]]]:  # type: ignore[no-untyped-def]
    """Sentence text → (claim, by, relation) of each of its links, from `check --format json`."""
    return {
        s["text"]: [(c["id"], c["by"], c["relation"]) for c in s["claims"]]
        for s in checked(run, root)["sentences"]
    }


def findings(run, root: Path, *options: str) -> list[tuple[str, str, int, str]]:  # type: ignore[no-untyped-def]
    """(rule, path, line, record) of the audit's findings."""
    code, out, _ = run("audit", "--root", str(root), "--format", "json", *options)
    assert code == 0, out
    return [(f["rule"], f["path"], f["line"], f["record"]) for f in json.loads(out)["findings"]]


def test_a_pin_links_a_sentence_the_matcher_does_not(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    desk(tmp_path, HARBOUR, QUAY)
    assert links(run, tmp_path)[QUAY] == []
    before = findings(run, tmp_path, "--select", "unsupported-statement")
    # no sentence carries the unconfirmed claim: it is reported on the claim itself
    assert before == [
        ("unsupported-statement", "claims/harbour/ferries-resumed.yaml", 3, "ferries-resumed")
    ]
    desk(tmp_path, HARBOUR, f"<!-- factcheck-link ferries-resumed -->\n{QUAY}")
    assert links(run, tmp_path)[QUAY] == [("ferries-resumed", "pinned", "asserts")]
    assert findings(run, tmp_path, "--select", "unsupported-statement") == [
        ("unsupported-statement", ARTICLE_PATH, 11, "ferries-resumed")
    ]


def test_a_pin_takes_the_place_of_the_matchers_link(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    desk(tmp_path, f"<!-- factcheck-link harbour-reopened-march -->\n{HARBOUR}")
    assert links(run, tmp_path)[HARBOUR] == [("harbour-reopened-march", "pinned", "asserts")]
    code, out, _ = run("check", str(tmp_path / ARTICLE_PATH), "--root", str(tmp_path))
    assert code == 0
    assert "  ✓ confirmed harbour-reopened-march (pinned)" in out.splitlines()
    # pinned and rejected at once: the pin stands
    both = "<!-- factcheck-not harbour-reopened-march -->\n<!-- factcheck-link harbour-reopened-march -->"
    desk(tmp_path, f"{both}\n{HARBOUR}")
    assert links(run, tmp_path)[HARBOUR] == [("harbour-reopened-march", "pinned", "asserts")]


def test_a_pin_may_name_a_claim_of_no_article_or_another(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    desk(tmp_path, HARBOUR, f"<!-- factcheck-link lighthouse-closed -->\n{QUAY}")
    assert links(run, tmp_path)[QUAY] == [("lighthouse-closed", "pinned", "asserts")]
    assert ("unsupported-statement", ARTICLE_PATH, 11, "lighthouse-closed") in findings(
        run, tmp_path
    )


def test_a_rejection_removes_the_matchers_link_and_its_finding(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    desk(tmp_path, HARBOUR, FERRIES)
    assert links(run, tmp_path)[FERRIES] == [("ferries-resumed", "statement", "asserts")]
    assert links(run, tmp_path)[HARBOUR] == [("harbour-reopened-march", "quote", "asserts")]
    assert findings(run, tmp_path, "--select", "unsupported-statement") == [
        ("unsupported-statement", ARTICLE_PATH, 10, "ferries-resumed")
    ]
    desk(
        tmp_path,
        f"<!-- factcheck-not harbour-reopened-march -->\n{HARBOUR}",
        f"<!-- factcheck-not ferries-resumed -->\n{FERRIES}",
    )
    linked = links(run, tmp_path)
    assert linked[FERRIES] == [] and linked[HARBOUR] == []  # a quote's link too
    # the sentence no longer asserts it: what is left is said of the claim
    assert findings(run, tmp_path, "--select", "unsupported-statement") == [
        ("unsupported-statement", "claims/harbour/ferries-resumed.yaml", 3, "ferries-resumed")
    ]


def test_a_list_item_and_a_heading_take_several_ids(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    both = "<!-- factcheck-link ferries-resumed, harbour-reopened-march -->"
    desk(
        tmp_path,
        f"{both}\n## Back to sea",
        f"- Nets were mended.\n<!-- factcheck-link ferries-resumed -->\n- Boats left. {QUAY}",
        f"<!-- factcheck-not ferries-resumed -->\n- {FERRIES}",
    )
    linked = links(run, tmp_path)
    pinned_both = [
        ("ferries-resumed", "pinned", "asserts"),
        ("harbour-reopened-march", "pinned", "asserts"),
    ]
    assert linked["Back to sea"] == pinned_both
    assert linked["Nets were mended."] == []
    assert linked["Boats left."] == linked[QUAY] == [("ferries-resumed", "pinned", "asserts")]
    assert linked[FERRIES] == []
    found = findings(run, tmp_path, "--select", "unsupported-statement")
    assert [(line, record) for _, _, line, record in found] == [
        (9, "ferries-resumed"),  # the heading
        (13, "ferries-resumed"),  # both sentences of the item
        (13, "ferries-resumed"),
    ]


def test_a_stale_pin_is_reported_by_audit_and_check(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    desk(tmp_path, f"{HARBOUR}\n\n<!-- factcheck-link ferries-resumd -->\n{QUAY}")
    assert findings(run, tmp_path, "--select", "unknown-claim") == [
        ("unknown-claim", ARTICLE_PATH, 10, "harbour-reopened")
    ]
    [stale] = [f for f in checked(run, tmp_path)["findings"] if f["rule"] == "unknown-claim"]
    assert (stale["line"], stale["column"], stale["suggestion"]) == (10, 1, "ferries-resumed")
    assert links(run, tmp_path)[QUAY] == []


def test_a_cached_audit_follows_pins_added_and_removed(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    desk(tmp_path, HARBOUR, FERRIES, QUAY)
    versions = [
        (HARBOUR, FERRIES, f"<!-- factcheck-link ferries-resumed -->\n{QUAY}"),
        (HARBOUR, f"<!-- factcheck-not ferries-resumed -->\n{FERRIES}", QUAY),
        (HARBOUR, FERRIES, f"<!-- factcheck-link lighthouse-closed, gone -->\n{QUAY}"),
        (f"<!-- factcheck-not harbour-reopened-march -->\n{HARBOUR}", FERRIES, QUAY),
        (HARBOUR, FERRIES, QUAY),
    ]
    seen = [findings(run, tmp_path)]
    for paragraphs in versions:
        desk(tmp_path, *paragraphs)
        cached = findings(run, tmp_path)
        assert findings(run, tmp_path) == cached  # answered from the cache
        assert cached == findings(run, tmp_path, "--no-cache"), paragraphs
        assert checked(run, tmp_path) == checked(run, tmp_path, "--no-cache")
        seen.append(cached)
    assert seen[0] == seen[-1]
    assert len({json.dumps(found) for found in seen}) == len(versions)  # each pin told


def test_the_report_shows_a_pinned_link(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = desk(
        tmp_path / "desk",
        HARBOUR,
        f"<!-- factcheck-link ferries-resumed -->\n{QUAY}",
        f"<!-- factcheck-link lighthouse-closed -->\n{FERRIES}",
    )
    code, out, _ = run("report", "--root", str(root))
    assert code == 0
    assert "? unconfirmed ferries-resumed (pinned)" in out
    page = tmp_path / "report.md"
    code, _, _ = run("report", "--root", str(root), "--output", str(page))
    assert code == 0
    text = page.read_text(encoding="utf-8")
    [line] = [line for line in text.splitlines() if line.startswith("2. Fishermen")]
    assert line.endswith("*(unconfirmed)* **\\[? ferries\\-resumed\\]**")
    # in HTML, a claim of no article pinned here links to where it is listed
    page = tmp_path / "report.html"
    code, _, _ = run("report", "--root", str(root), "--output", str(page))
    assert code == 0
    html = page.read_text(encoding="utf-8")
    assert 'id="unattached-claims--claim-lighthouse-closed"' in html
    assert 'href="#unattached-claims--claim-lighthouse-closed"' in html
    assert 'href="#article-harbour-reopened--claim-ferries-resumed"' in html


def git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True,
                   env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@x",
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@x"})  # fmt: skip


def test_diff_reports_what_a_pin_changed(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    desk(tmp_path, HARBOUR, FERRIES, QUAY)
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "desk")
    desk(
        tmp_path,
        HARBOUR,
        f"<!-- factcheck-not ferries-resumed -->\n{FERRIES}",
        f"<!-- factcheck-link lighthouse-closed, lighthouse-closd -->\n{QUAY}",
    )
    code, out, _ = run("diff", "HEAD", "--root", str(tmp_path), "--format", "json")
    assert code == 0
    change = json.loads(out)
    new = {(f["rule"], f["line"], f["record"]) for f in change["new_findings"]}
    resolved = {(f["rule"], f["line"], f["record"]) for f in change["resolved_findings"]}
    assert ("unsupported-statement", 14, "lighthouse-closed") in new
    assert ("unknown-claim", 13, "harbour-reopened") in new
    assert ("unsupported-statement", 3, "ferries-resumed") in new  # said of the claim now
    assert ("unsupported-statement", 10, "ferries-resumed") in resolved
