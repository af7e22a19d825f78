"""The rules of one record at a time: kept findings brought up to date by the records changed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ARTICLE, CLAIM, SOURCE_ALPHA, SOURCE_BETA, TODAY, make_repo, write_files
from factcheck.findings import Finding, in_order
from factcheck.repository import load_repository
from factcheck.rules.base import Context, Rule
from factcheck.rules.registry import RULES
from test_cache import age, as_json
from test_kept_rules import PER_RECORD, desks, rules_run

CLAIM_PATH = "claims/harbour/harbour-reopened-march.yaml"
GAMMA = SOURCE_ALPHA.replace("alpha-news-report", "gamma-wire").replace(
    "https://alpha.example/port-vell", "https://gamma.example/wire"
)
"""A wire story published by Alpha News, which Beta Daily's story retells once it says so."""

EDITS: list[tuple[str, dict[str, str | None]]] = [
    (
        "beta retells a story Alpha News told first: one publisher",
        {
            "sources/gamma-wire.yaml": GAMMA,
            "sources/beta-daily-story.yaml": SOURCE_BETA + "origin: gamma-wire\n",
        },
    ),
    # No claim cites the wire story: only its retelling leads the claim to it.
    ("the wire story's publisher corrected", {"sources/gamma-wire.yaml": GAMMA.replace(
        "publisher: Alpha News", "publisher: Gamma Wire")}),
    ("and back", {"sources/gamma-wire.yaml": GAMMA}),
    ("a second source takes beta's id", {"sources/beta-copy.yaml": SOURCE_BETA.replace(
        "publisher: Beta Daily", "publisher: Delta Post")}),
    ("the claim disputed", {CLAIM_PATH: CLAIM.replace("status: confirmed", "status: disputed")}),
    ("a source gone", {"sources/alpha-news-report.yaml": None}),
    ("the claim moved", {CLAIM_PATH: None, "claims/harbour/moved.yaml": CLAIM}),
    ("the article dated next year", {"claims/harbour/article.md": ARTICLE.replace(
        "published: 2025-03-04", "published: 2027-03-04")}),
    ("the claim broken", {"claims/harbour/moved.yaml": CLAIM + "status: [\n"}),
    ("and mended, reviewed before its sources", {"claims/harbour/moved.yaml": CLAIM.replace(
        "reviewed_on: 2026-11-20", "reviewed_on: 2025-01-01")}),
]  # fmt: skip


def audited(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The clean desk, audited once with the cache (its files long written)."""
    root = make_repo(tmp_path / "desk")
    age(root, monkeypatch)
    rules_run(monkeypatch, root)
    return root


def test_kept_findings_are_brought_up_to_date_by_the_records_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = audited(tmp_path, monkeypatch)
    seen: set[str] = set()
    for label, files in EDITS:
        write_files(root, files)
        updated: list[str] = []
        ran, output = rules_run(monkeypatch, root, updated)
        assert output == as_json(root, use_cache=False), label
        assert sorted(updated) == sorted(PER_RECORD), label
        assert not PER_RECORD & set(ran), label
        seen.update(finding["rule"] for finding in json.loads(output)["findings"])
    # the edits made the rules of one record fire, and the checks above are not idle
    assert {"single-source", "date-order", "id-mismatch", "disputed-without-counter"} <= seen


def test_findings_kept_for_rows_since_changed_again_are_made_again_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = audited(tmp_path, monkeypatch)
    write_files(root, {CLAIM_PATH: CLAIM.replace("2026-11-20", "2020-01-01")})
    # An audit of another rule reads the change, and leaves these rules' findings as
    # they were: what changed since they were kept is no longer what the next load sees.
    as_json(root, use_cache=True, select=["duplicate-claim"])
    updated: list[str] = []
    ran, output = rules_run(monkeypatch, root, updated)
    assert '"stale-review"' in output
    assert output == as_json(root, use_cache=False)
    assert updated == []
    assert set(ran) >= PER_RECORD


@pytest.mark.parametrize("rule", [r for r in RULES if r.per_record], ids=lambda r: r.id)
def test_a_rule_of_one_record_finds_on_each_record_alone_what_it_finds_on_it_in_the_whole(
    rule: Rule, tmp_path: Path
) -> None:
    for root in desks(tmp_path):
        repo = load_repository(root)
        whole = in_order(list(rule.check(Context(repo, TODAY))))
        paths = [c.path for c in repo.claims] + [s.path for s in repo.sources]
        paths += [a.path for a in repo.articles]
        alone: list[Finding] = []
        for path in paths:
            found = list(rule.check(Context(repo.restricted_to({path}), TODAY)))
            assert {f.path for f in found} <= {path}, root
            alone.extend(found)
        assert in_order(alone) == whole, root
