"""Rules that update their kept findings by the records changed, rather than run whole."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from conftest import ARTICLE, CLAIM, SOURCE_ALPHA, SOURCE_BETA, TODAY, make_repo, write_files
from factcheck.desk.findings import in_order
from factcheck.desk.repository import Changes
from factcheck.incremental.rules import KEYS, ROWS
from factcheck.incremental.store import Store
from factcheck.load import FileResult
from factcheck.load.repository import load_repository
from factcheck.rules.base import Context, Rule
from factcheck.rules.registry import RULES
from test_cache import age, as_json
from test_kept_rules import UPDATED, desks, rules_run

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
    ("a claim copied under its id", {"claims/harbour/copy.yaml": CLAIM}),
    ("the copy cites a source misspelt", {"claims/harbour/copy.yaml": CLAIM.replace(
        "- alpha-news-report", "- gamma-wrie")}),
    # The misspelling's suggestions are picked among the sources' ids: a new one may win.
    ("a source named like the misspelling", {"sources/gamma-wrie2.yaml": GAMMA.replace(
        "gamma-wire", "gamma-wrie2")}),
    ("the misspelt source comes to be", {"sources/gamma-wrie.yaml": GAMMA.replace(
        "gamma-wire", "gamma-wrie")}),
    ("the copy gone", {"claims/harbour/copy.yaml": None}),
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
        assert sorted(updated) == sorted(UPDATED), label
        assert not UPDATED & set(ran), label
        seen.update(finding["rule"] for finding in json.loads(output)["findings"])
    # the edits made the rules of one record fire, and the checks above are not idle
    assert {"single-source", "date-order", "id-mismatch", "disputed-without-counter"} <= seen
    assert {"duplicate-id", "unknown-source", "orphan-source"} <= seen


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
    assert set(ran) >= UPDATED


@pytest.mark.parametrize("rule", [r for r in RULES if r.updates], ids=lambda r: r.id)
def test_a_rule_finds_on_the_records_a_change_touches_alone_what_it_finds_on_them_in_the_whole(
    rule: Rule, tmp_path: Path
) -> None:
    assert rule.updates is not None
    for root in desks(tmp_path):
        repo = load_repository(root)
        context = Context(repo, TODAY)
        whole = in_order(list(rule.check(context)))
        changed: list[FileResult] = [FileResult(claims=(c,)) for c in repo.claims]
        changed += [FileResult(sources=(s,)) for s in repo.sources]
        changed += [FileResult(articles=(a,)) for a in repo.articles]
        for result in changed:
            touched = rule.updates(repo, Changes(None, None, added=(result,)))
            # with what the rule derived of the whole desk, as an audit runs it
            part = Context(repo.restricted_to(touched), TODAY, derived=context.derived)
            alone = list(rule.check(part))
            assert {f.path for f in alone} <= touched, root
            assert in_order(alone) == [f for f in whole if f.path in touched], root


def rows_written(monkeypatch: pytest.MonkeyPatch) -> dict[str, set[str]]:
    """The keys of the rows written under each name from now on."""
    written: dict[str, set[str]] = {}
    real = Store.write_rows

    def noting(store: Store, name: str, rows: Mapping[str, object], *rest: Any) -> None:
        written.setdefault(name, set()).update(rows)
        real(store, name, rows, *rest)

    monkeypatch.setattr(Store, "write_rows", noting)
    return written


def test_findings_updated_and_found_as_they_were_keep_their_row_and_get_a_new_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = audited(tmp_path, monkeypatch)
    written = rows_written(monkeypatch)
    # Reviewed long ago: stale-review's finding on the claim changes, no other's does.
    write_files(root, {CLAIM_PATH: CLAIM.replace("2026-11-20", "2025-06-01")})
    assert as_json(root, use_cache=True) == as_json(root, use_cache=False)
    assert written[KEYS] >= UPDATED
    assert written[ROWS] & UPDATED == {"stale-review"}


def test_findings_whose_key_names_others_are_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = audited(tmp_path, monkeypatch)
    # A run stopped between writing stale-review's findings and their key leaves a
    # key that names the findings before: they are made again, not taken.
    Store(root).write_rows(ROWS, {"stale-review": ("another token", [])})
    write_files(root, {CLAIM_PATH: CLAIM.replace("2026-11-20", "2020-01-01")})
    updated: list[str] = []
    ran, output = rules_run(monkeypatch, root, updated)
    assert output == as_json(root, use_cache=False)
    assert "stale-review" in ran
    assert "stale-review" not in updated
