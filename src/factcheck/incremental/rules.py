"""Each rule's findings kept between audits, and reused while nothing it reads has changed.

A rule says which kinds of file its findings depend on (`Rule.reads`) and what
else of the repository, if anything (`Rule.also_reads`). Its findings are kept
under a key made of those files' stamps, that value, the settings file and the
date; the next audit reuses them when the key is the same. A statement edited
in one claim leaves the rules that read only sources (duplicate-source,
syndicated-source) as they were; an article's text edited leaves every rule that
reads only claims and sources. The output is the same as a cold audit's by
construction: a rule runs again whenever anything it reads may have changed.

The rules over the articles' sentences (`Rule.per_article`) are kept finer, article
by article, under a key of the article and the claims that name it: when they must
run again, only the articles whose key changed are analysed (or their analyses
read) and checked.

The rules that say how to update their findings (`Rule.updates`: those of one record
at a time, such as stale-review, single-source and date-order; and duplicate-id,
orphan-source and unknown-source, which name the records that share an id, a
citation or a suggestion with what changed) are kept for the file rows' generation
(`Repository.changes`): when the rows changed since, the findings on the records the
change may have altered are made again by running the rule on those records alone,
and the others stay as they were. A rule's findings and their key are two rows, so
that findings an update leaves as they were get a new key without being written
again.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property

import msgspec

from factcheck import __version__
from factcheck.desk.findings import Finding, in_order, merged_in_order
from factcheck.incremental.store import RACY_NS, Store, fingerprint
from factcheck.load import RepoFile
from factcheck.load.discover import FileKind
from factcheck.rules.base import Context, Rule, Touched

KEYS = "rule-keys"
"""The cache's rows: rule id → (the key its findings are kept under, their token)."""


class KeptKey(msgspec.Struct, array_like=True, frozen=True):
    """Under which key a rule's findings are kept, and the token of the row holding them."""

    key: str
    token: str


ROWS = "rule-findings"
"""The cache's rows: rule id → (a token, its findings in the audit's order). Kept apart
from their key: findings brought up to date and found as they were (stale-review's
100,000 after a statement edited) get a new key, not written again."""


class KeptRule(msgspec.Struct, array_like=True, frozen=True):
    """A rule's findings in the audit's order, with the token its key names."""

    token: str
    findings: list[Finding]


ARTICLE_ROWS = "article-findings"
"""The cache's rows: article path → (its key, rule id → the findings of that article)."""


class KeptArticle(msgspec.Struct, array_like=True, frozen=True):
    """The findings of the per-article rules on one article, by rule id, with their key."""

    key: str
    by_rule: dict[str, list[Finding]]


_AT_ROWS = "rows at"
"""Marks the key of findings kept to be updated (`Rule.updates`): on the rows of one
generation."""
_EVERY_FILE = "*"
"""Stands for every kind of file and the paths skipped, for a rule that reads it all."""


@dataclass(frozen=True)
class Listing:
    """The files an audit found, digested by kind in one pass: what keys the audit's
    answer (`desk_key`) and each rule's findings (`KeptRules`)."""

    listings: dict[str, list[tuple[str, tuple[int, ...]]]]
    """Kind of file → (path, stamp) of each file of that kind, in order."""
    digests: dict[str, str]
    """Kind of file (or `_EVERY_FILE`, with the paths skipped) → a digest of those files'
    paths and stamps."""

    @classmethod
    def of(cls, files: Sequence[RepoFile], skipped: object) -> Listing:
        """The listing of `files` found, and of the paths `skipped`."""
        listings: dict[str, list[tuple[str, tuple[int, ...]]]] = {k.value: [] for k in FileKind}
        for file in files:
            listings[file.kind.value].append((file.rel, file.stamp))
        digests = {kind: fingerprint(listing) for kind, listing in listings.items()}
        digests[_EVERY_FILE] = fingerprint(sorted(digests.items()), skipped)
        return cls(listings, digests)

    @property
    def everything(self) -> str:
        """The digest of every file found and every path skipped."""
        return self.digests[_EVERY_FILE]

    @cached_property
    def newest(self) -> dict[str, int]:
        """Kind of file (or `_EVERY_FILE`) → the latest change time among those files
        (only an audit that keeps rules' findings asks: 0.15 s at 100,000 claims)."""
        newest = {
            kind: max((max(stamp[1:3]) for _, stamp in listing), default=0)
            for kind, listing in self.listings.items()
        }
        newest[_EVERY_FILE] = max(newest.values(), default=0)
        return newest


@dataclass
class KeptRules:
    """The stamps an audit found, digested by kind of file, to key each rule's findings."""

    store: Store
    common: str
    """The parts of every key: factcheck's version, the settings file, the date."""
    digests: dict[str, str]
    """Kind of file (or `_EVERY_FILE`) → a digest of those files' paths and stamps."""
    newest: dict[str, int]
    """Kind of file (or `_EVERY_FILE`) → the latest change time among those files."""
    _keys: dict[str, tuple[int, KeptKey] | None] = field(default_factory=dict)
    """The key rows read so far, by rule id: each read once."""
    _unchanged: dict[str, str] = field(default_factory=dict)
    """Rule id → the token of its kept findings, when they were brought up to date and
    found as they were: `keep` then writes their new key alone."""

    @classmethod
    def of(cls, store: Store, listing: Listing, settings_bytes: bytes, today: date) -> KeptRules:
        """What keys the rules' findings on the desk whose files are listed in `listing`."""
        common = fingerprint(__version__, settings_bytes, today)
        return cls(store, common, listing.digests, listing.newest)

    def key(self, rule: Rule, context: Context) -> str:
        """The key of `rule`'s findings on this desk."""
        also = rule.also_reads(context) if rule.also_reads is not None else None
        if _by_generation(rule, context):
            return self._at_rows(rule, context.repo.changes.after, also)  # type: ignore[union-attr]
        kinds = _kinds(rule)
        return fingerprint(self.common, rule.id, [self.digests[k] for k in kinds], also)

    def _at_rows(self, rule: Rule, generation: str | None, also: object) -> str:
        """The key of `rule`'s findings on the file rows at `generation`."""
        return fingerprint(self.common, rule.id, _AT_ROWS, generation, also)

    def kept(self, rule: Rule, key: str, context: Context) -> list[Finding] | None:
        """`rule`'s findings kept under `key`, if they are and no file it reads changed
        close enough to their writing to have changed again unseen (the file rows'
        generation vouches for that itself: the loader reads such a file again)."""
        row = self._key_row(rule)
        if row is None:
            return None
        written_at, kept = row
        kept_key, token = kept.key, kept.token
        if kept_key != key:
            return None
        if not _by_generation(rule, context) and any(
            self.newest[k] >= written_at - RACY_NS for k in _kinds(rule)
        ):
            return None
        return self._findings(rule, token)

    def _key_row(self, rule: Rule) -> tuple[int, KeptKey] | None:
        if rule.id not in self._keys:
            self._keys[rule.id] = self.store.read_row(KEYS, rule.id, KeptKey)
        return self._keys[rule.id]

    def _findings(self, rule: Rule, token: str) -> list[Finding] | None:
        """The findings kept for `rule` with `token`: None when the row holds others (a
        run stopped between writing the findings and their key)."""
        row: tuple[int, KeptRule] | None = self.store.read_row(ROWS, rule.id, KeptRule)
        return row[1].findings if row is not None and row[1].token == token else None

    def updated(self, rules: list[Rule], context: Context) -> list[tuple[Rule, list[Finding]]]:
        """Those of `rules` (all with `updates`) whose findings were kept for the file
        rows this audit's load started from, with those findings brought up to date, in
        order: the findings on the records the load's changes may have altered are made
        again by running the rule on those records alone."""
        changes = context.repo.changes
        if changes is None or changes.before is None or changes.is_view:
            return []
        found: list[tuple[Rule, list[Finding]]] = []
        parts: dict[Touched, tuple[set[str], Context]] = {}  # one per way of updating
        for rule in rules:
            row = self._key_row(rule)
            if rule.updates is None or row is None:
                continue
            also = rule.also_reads(context) if rule.also_reads is not None else None
            kept_key, token = row[1].key, row[1].token
            findings = None
            if kept_key == self._at_rows(rule, changes.before, also):
                findings = self._findings(rule, token)
            if findings is None:
                continue
            if rule.updates not in parts:
                touched = rule.updates(context.repo, changes)
                part = context.repo.restricted_to(touched)
                # What rules derive of the whole desk (name-variant's better spellings,
                # which its key holds) is shared with the part, not derived from it.
                part_context = replace(context, repo=part)
                parts[rule.updates] = (touched, part_context)
            touched, part_context = parts[rule.updates]
            fresh = in_order(list(rule.check(part_context)))
            if fresh == [f for f in findings if f.path in touched]:
                self._unchanged[rule.id] = token
                found.append((rule, findings))
                continue
            others = [f for f in findings if f.path not in touched]
            found.append((rule, merged_in_order(others, fresh)))
        return found

    def by_article(self, rules: list[Rule], context: Context) -> list[tuple[Rule, list[Finding]]]:
        """Each of `rules` (all `per_article`) with its findings, kept article by article:
        an article's are reused while the article and the claims that name it are as they
        were; only the others are analysed (or their analyses read) and checked."""
        from factcheck.incremental.analyses import analyses_of, article_jobs

        repo = context.repo
        jobs = article_jobs(repo)
        # The analysis key covers the article and what the analysis reads of its claims;
        # the rules also read the claims' files and positions (a finding on a claim).
        keys = [fingerprint(self.common, key, claims) for (_, claims), key in jobs]
        kept: dict[str, tuple[int, KeptArticle]] = self.store.read_rows(ARTICLE_ROWS, KeptArticle)
        rows = {path: row for path, (_, row) in kept.items()}
        wanted = {rule.id for rule in rules}
        stale = [
            i
            for i, ((article, _), _) in enumerate(jobs)
            if article.path not in rows
            or rows[article.path].key != keys[i]
            or not wanted <= rows[article.path].by_rule.keys()
        ]
        every = {key for _, key in jobs}
        analyses = analyses_of([jobs[i] for i in stale], repo.settings, self.store, every)
        fresh: dict[str, KeptArticle] = {}
        for i, analysis in zip(stale, analyses, strict=True):
            one = replace(context, preset_analyses=[analysis])
            path = analysis.article.path
            # Other rules' findings kept under the same key stay (an audit of a few rules).
            others = rows[path].by_rule if path in rows and rows[path].key == keys[i] else {}
            ran = {r.id: list(r.check(one)) for r in rules}
            fresh[path] = KeptArticle(keys[i], {**others, **ran})
        rows.update(fresh)
        paths = {article.path for (article, _), _ in jobs}
        gone = [path for path in kept if path not in paths]
        if fresh or gone:
            self.store.write_rows(ARTICLE_ROWS, fresh, gone)
        found: dict[str, list[Finding]] = {rule.id: [] for rule in rules}
        for (article, _), _ in jobs:  # in the articles' order, as the rules go
            by_rule = rows[article.path].by_rule
            for rule in rules:
                found[rule.id].extend(by_rule[rule.id])
        return [(rule, found[rule.id]) for rule in rules]

    def keep(self, found: Iterable[tuple[Rule, str, list[Finding]]]) -> None:
        """Keep each rule's findings (in the audit's order) under its key: the findings
        first, then the keys, each in one transaction, so that a key never names
        findings that are not there. Findings brought up to date and found as they were
        keep their row; only their key changes."""
        rows: dict[str, KeptRule] = {}
        keys: dict[str, KeptKey] = {}
        for rule, key, findings in found:
            token = self._unchanged.get(rule.id)
            if token is None:
                token = uuid.uuid4().hex
                rows[rule.id] = KeptRule(token, findings)
            keys[rule.id] = KeptKey(key, token)
        if rows:
            self.store.write_rows(ROWS, rows)
        if keys:
            self.store.write_rows(KEYS, keys)


def _by_generation(rule: Rule, context: Context) -> bool:
    """Whether `rule`'s findings are kept for the file rows' generation (and then brought
    up to date by difference) rather than for the stamps of the files it reads."""
    changes = context.repo.changes
    return (
        rule.updates is not None
        and changes is not None
        and changes.after is not None
        and not changes.is_view
    )


def _kinds(rule: Rule) -> list[str]:
    if rule.reads is None:
        return [_EVERY_FILE]
    return sorted(kind.value for kind in rule.reads)
