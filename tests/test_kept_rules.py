"""Each rule's kept findings: reused while what the rule reads is unchanged, never after."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, cast

import pytest

import factcheck.engine.audit
from conftest import CLAIM, SAMPLE, SOURCE_BETA, TODAY, make_repo
from factcheck.desk.findings import Finding
from factcheck.desk.model import Status
from factcheck.desk.repository import Repository
from factcheck.incremental.rules import KeptRules
from factcheck.load.discover import FileKind
from factcheck.load.repository import load_repository
from factcheck.rules.base import Context, Rule
from factcheck.rules.registry import RULES
from test_cache import age, as_json

DATA = Path(__file__).parent / "data"

EVERYTHING = None
READS: dict[str, frozenset[FileKind] | None] = {
    "claims": frozenset({FileKind.CLAIM}),
    "claims_by_id": frozenset({FileKind.CLAIM}),
    "claims_in": frozenset({FileKind.CLAIM}),
    "claims_where": frozenset({FileKind.CLAIM}),
    "claims_citing": frozenset({FileKind.CLAIM}),
    "citations_of_source": frozenset({FileKind.CLAIM}),
    "claims_of_article": frozenset({FileKind.CLAIM}),
    "status_counts": frozenset({FileKind.CLAIM}),
    "sources": frozenset({FileKind.SOURCE}),
    "sources_by_id": frozenset({FileKind.SOURCE}),
    "sources_of": frozenset({FileKind.CLAIM, FileKind.SOURCE}),
    "articles": frozenset({FileKind.ARTICLE}),
    "articles_by_id": frozenset({FileKind.ARTICLE}),
    "stranded_claims": frozenset({FileKind.CLAIM, FileKind.ARTICLE}),
    "settings": frozenset(),
}
"""What reading each part of a repository reads; any other part (the loader's findings,
the suppressions, the root) is every file."""


class Watched:
    """A repository that notes which kinds of file a rule read through it."""

    def __init__(self, repo: Repository) -> None:
        self._repo = repo
        self.read: set[FileKind | None] = set()

    def __getattr__(self, name: str) -> Any:
        kinds = READS.get(name, EVERYTHING)
        self.read.update(kinds if kinds is not None else {None})
        return getattr(self._repo, name)


def desks(tmp_path: Path) -> Iterator[Path]:
    """The sample, two test desks, and one with a dangling citation, a copied claim, a claim
    of an unknown article and a copied source: what the rules read on their way to findings."""
    yield SAMPLE
    yield DATA / "ferry"
    yield DATA / "riverton"
    yield make_repo(
        tmp_path / "defects",
        {
            "claims/harbour/harbour-reopened-march.yaml": CLAIM.replace(
                "alpha-news-report", "alpha-news-reprot"
            ),
            "claims/harbour/copy.yaml": CLAIM.replace("harbour-reopened-march", "copy"),
            "claims/harbour/lost.yaml": CLAIM.replace("harbour-reopened\n", "harbor-reopened\n"),
            "sources/beta-copy.yaml": SOURCE_BETA.replace("beta-daily-story", "beta-copy"),
        },
    )


@pytest.mark.parametrize("rule", [r for r in RULES if r.reads is not None], ids=lambda r: r.id)
def test_a_rule_reads_only_the_kinds_of_file_it_declares(rule: Rule, tmp_path: Path) -> None:
    for root in desks(tmp_path):
        declared: set[FileKind | None] = set(rule.reads or ())
        watched = Watched(load_repository(root))
        context = Context(cast(Repository, watched), TODAY)
        if rule.also_reads is not None:
            # What its `also_reads` reads is in its key as the value read: the rule may
            # read it again (syndicated-source, the excerpts) or use that value.
            rule.also_reads(context)
            declared |= watched.read
            watched.read.clear()
        list(rule.check(context))
        assert watched.read <= declared, root


def test_what_syndication_reads_of_the_claims_changes_with_their_excerpts_alone() -> None:
    repo = load_repository(SAMPLE)
    syndicated = next(rule for rule in RULES if rule.id == "syndicated-source")
    assert syndicated.also_reads is not None
    before = syndicated.also_reads(Context(repo, TODAY))
    assert before  # the sample cites excerpts
    repo.claims[:] = [
        replace(claim, statement="another", status=Status.DISPUTED) for claim in repo.claims
    ]
    assert syndicated.also_reads(Context(repo, TODAY)) == before
    first = next(claim for claim in repo.claims if claim.sources)
    cited = [replace(citation, excerpt="another excerpt") for citation in first.sources]
    repo.claims[repo.claims.index(first)] = replace(first, sources=tuple(cited))
    assert syndicated.also_reads(Context(repo, TODAY)) != before


def rules_run(
    monkeypatch: pytest.MonkeyPatch, root: Path, by_difference: list[str] | None = None
) -> tuple[list[str], str]:
    """The ids of the rules that ran in a cached audit of `root`, and its JSON; the ids
    of those brought up to date by difference go to `by_difference`."""
    ran: list[str] = []
    real = factcheck.engine.audit._rule_findings
    by_article = KeptRules.by_article
    updated = KeptRules.updated

    def noting(
        rules: list[Rule], context: Context, *before: Any
    ) -> list[tuple[Rule, list[Finding]]]:
        ran.extend(rule.id for rule in rules)
        return real(rules, context, *before)

    def noting_by_article(
        kept: KeptRules, rules: list[Rule], context: Context
    ) -> list[tuple[Rule, list[Finding]]]:
        ran.extend(rule.id for rule in rules)
        return by_article(kept, rules, context)

    def noting_updated(
        kept: KeptRules, rules: list[Rule], context: Context
    ) -> list[tuple[Rule, list[Finding]]]:
        found = updated(kept, rules, context)
        if by_difference is not None:
            by_difference.extend(rule.id for rule, _ in found)
        return found

    with monkeypatch.context() as patched:
        patched.setattr(factcheck.engine.audit, "_rule_findings", noting)
        patched.setattr(KeptRules, "by_article", noting_by_article)
        patched.setattr(KeptRules, "updated", noting_updated)
        output = as_json(root, use_cache=True)
    return ran, output


UPDATED = {rule.id for rule in RULES if rule.updates is not None}
EDITS = {
    # the edited file's folder, pattern, what is written before the first match, the
    # rules that must run again, those that must not, and those brought up to date by
    # difference (every rule whose findings are on one record at a time)
    # (name-variant is brought up to date article by article while no spelling became
    # another's misspelling: the next test changes that)
    "article": ("claims", "*.md", ("\n\n", "\n\nThe ferry now sails twice a day. "),
                {"unsupported-statement"},
                {"duplicate-claim", "syndicated-source"}),
    "statement": ("claims", "*.yaml", ("statement: ", "statement: Officially, "),
                  {"duplicate-claim"},
                  {"duplicate-source", "syndicated-source"}),
    "title": ("sources", "*.yaml", ("title: ", "title: Exclusive: "),
              {"duplicate-source", "syndicated-source"},
              {"duplicate-claim"}),
}  # fmt: skip


@pytest.mark.parametrize("edit", EDITS)
def test_a_change_reruns_the_rules_that_read_it_and_only_those(
    edit: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, pattern, (old, new), again, not_again = EDITS[edit]
    root = tmp_path / "ferry"
    shutil.copytree(DATA / "ferry", root)
    age(root, monkeypatch)
    first, _ = rules_run(monkeypatch, root)
    assert len(first) > 20  # a cold audit runs them all
    edited = next((root / folder).rglob(pattern))
    edited.write_text(edited.read_text().replace(old, new, 1))
    updated: list[str] = []
    ran, output = rules_run(monkeypatch, root, updated)
    assert output == as_json(root, use_cache=False)
    assert again <= set(ran)
    assert not not_again & {*ran, *updated}
    assert sorted(updated) == sorted(UPDATED)  # and none of them ran whole
    assert not UPDATED & set(ran)


def audited_then_edited(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """The ferry desk audited with the cache, then a claim's statement edited: the desk,
    and the claim's file."""
    root = tmp_path / "ferry"
    shutil.copytree(DATA / "ferry", root)
    age(root, monkeypatch)
    as_json(root, use_cache=True)
    edited = next((root / "claims").rglob("*.yaml"))
    edited.write_text(edited.read_text().replace("statement: ", "statement: Officially, ", 1))
    return root, edited


def test_a_check_between_two_audits_leaves_the_next_one_updating_by_difference(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.engine.check import check_in_desk

    root, _ = audited_then_edited(tmp_path, monkeypatch)
    # An editor checks the article (which reads the edited claim afresh), then audits.
    check_in_desk(next((root / "claims").rglob("*.md")), root, today=TODAY)
    updated: list[str] = []
    ran, output = rules_run(monkeypatch, root, updated)
    assert output == as_json(root, use_cache=False)
    assert sorted(updated) == sorted(UPDATED)  # and none of them ran whole
    assert not UPDATED & set(ran)


def test_check_moves_the_rows_on_only_past_a_number_of_files_read_afresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import factcheck.engine.check
    from factcheck.engine.check import check_in_desk
    from factcheck.incremental.store import Store

    root, edited = audited_then_edited(tmp_path, monkeypatch)
    generation = Store(root).generation("files")
    article = next((root / "claims").rglob("*.md"))
    check_in_desk(article, root, today=TODAY)
    assert Store(root).generation("files") == generation  # one file: read afresh, rows left
    monkeypatch.setattr(factcheck.engine.check, "READ_AFRESH", 1)
    edited.write_text(edited.read_text().replace("Officially, ", "Officially and truly, ", 1))
    check_in_desk(article, root, today=TODAY)
    assert Store(root).generation("files") not in (generation, None)  # many: kept


def test_kept_findings_follow_the_change_they_depend_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_repo(tmp_path / "desk")
    age(root, monkeypatch)
    assert json.loads(as_json(root, use_cache=True))["findings"] == []
    # A second copy of the claim: duplicate-claim, which reads only claims, must see it.
    (root / "claims/harbour/copy.yaml").write_text(CLAIM.replace("harbour-reopened-march", "copy"))
    found = json.loads(as_json(root, use_cache=True))["findings"]
    assert "duplicate-claim" in {finding["rule"] for finding in found}
    assert as_json(root, use_cache=True) == as_json(root, use_cache=False)


def test_an_excerpt_changed_reruns_syndication_and_a_fresh_file_reruns_everything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_repo(tmp_path / "desk")
    claim = root / "claims/harbour/harbour-reopened-march.yaml"
    first, _ = rules_run(monkeypatch, root)
    updated: list[str] = []
    again, _ = rules_run(monkeypatch, root, updated)
    # Files written just now may change unseen: nothing is reused. The loader reads them
    # again, and the rules of one record at a time are run again on all of them.
    assert sorted([*again, *updated]) == sorted(first)
    assert sorted(updated) == sorted(UPDATED)
    age(root, monkeypatch)
    rules_run(monkeypatch, root)
    claim.write_text(CLAIM.replace("The port reopened on Monday.", "Open since Monday."))
    ran, _ = rules_run(monkeypatch, root)
    assert "syndicated-source" in ran
    assert not {"duplicate-source", "source-without-url"} & set(ran)


def test_each_rules_findings_are_kept_in_the_audits_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.desk.findings import in_order
    from factcheck.incremental.rules import ROWS, KeptRule
    from factcheck.incremental.store import Store

    # unsupported-statement reports on the article's sentence first, then on the claim
    # no sentence states, whose file comes first in the audit's order.
    unplaced = "id: a-unplaced\nstatement: Gulls nest on the pier.\nstatus: unconfirmed\n"
    root = make_repo(
        tmp_path / "desk",
        {
            "claims/harbour/a-unplaced.yaml": unplaced + "article: harbour-reopened\n",
            "claims/harbour/harbour-reopened-march.yaml": CLAIM.replace(
                "status: confirmed", "status: unconfirmed"
            ),
        },
    )
    age(root, monkeypatch)
    as_json(root, use_cache=True)
    kept = Store(root).read_rows(ROWS, KeptRule)
    unsupported = kept["unsupported-statement"][1].findings
    assert [f.path for f in unsupported] == [
        "claims/harbour/a-unplaced.yaml",
        "claims/harbour/article.md",
    ]
    for rule, (_, row) in kept.items():
        assert row.findings == in_order(row.findings), rule  # so that the audit's sort merges runs
