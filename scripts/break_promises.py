"""Break each promise factcheck makes to its users, one line at a time, and see whether the
tests notice.

Each `Break` names a file, a piece of its text, what that piece becomes, the promise
it keeps, and the tests to run. The script applies one break at a time in a throwaway
git worktree of HEAD (the checkout is never touched), runs those tests with `-x`, and
records whether they went red. A break whose text is not found in its file is reported
as stale, not counted.

    python scripts/break_promises.py                 # every break
    python scripts/break_promises.py --only cache    # breaks whose promise mentions "cache"
    python scripts/break_promises.py --list          # the breaks, without running them

It prints one line per break and the tally; it exits 1 when a break went unnoticed.
Tests are run per break rather than the whole suite per break (which would take hours);
a break the chosen tests miss might be caught elsewhere, so the tally is a lower bound.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Break:
    """One line broken on purpose."""

    path: str
    """The file, under src/factcheck/."""
    old: str
    """Text that occurs exactly once in the file."""
    new: str
    promise: str
    tests: tuple[str, ...]
    """pytest arguments: files, folders or node ids, under tests/."""


EDITS = (
    "editing/test_roundtrip.py",
    "editing/test_hand_written_styles.py",
    "editing/test_edit_properties.py",
    "editing/test_editor_commands.py",
)
"""The tests of what the editors' commands write."""

BREAKS: tuple[Break, ...] = (
    # -- the reference corpus (checked-elsewhere) --------------------------------------
    Break(
        "incremental/elsewhere.py",
        "key = fingerprint(__version__, model_stamp(), stamps)",
        "key = fingerprint(__version__, model_stamp())",
        "corpus: a changed feed makes the kept index again",
        ("elsewhere",),
    ),
    Break(
        "incremental/answers.py",
        "__version__, *parts, settings, listing.everything, corpus_stamps(root, settings)",
        "__version__, *parts, settings, listing.everything",
        "corpus: a changed feed is not answered from the last audit or check",
        ("elsewhere",),
    ),
    Break(
        "rules/checked_elsewhere.py",
        "also_reads=lambda ctx: feed_stamps(ctx.repo.root, ctx.settings.corpus),",
        "also_reads=None,",
        "corpus: a changed feed refreshes checked-elsewhere's kept findings",
        ("elsewhere",),
    ),
    Break(
        "incremental/elsewhere.py",
        "if not fresh and kept.digest != feeds_digest(root, named):",
        "if False:",
        "corpus: a feed rewritten in the moment before the index was kept is read again",
        ("elsewhere",),
    ),
    Break(
        "load/feeds.py",
        'result.skipped.append(Skip(f"{where} review {index}", NO_CLAIM))',
        "pass",
        "corpus: an item with no claim is counted as skipped, with its reason",
        ("elsewhere",),
    ),
    Break(
        "load/feeds.py",
        "    if not found:\n        result.skipped.append(Skip(where, NO_REVIEW))",
        "    if not found:\n        pass",
        "corpus: a document holding no ClaimReview is counted as skipped",
        ("elsewhere",),
    ),
    Break(
        "load/feeds.py",
        'return visible(" ".join(value.split())) or None',
        'return " ".join(value.split()) or None',
        "corpus: a review's control characters are shown as escapes, never sent to a terminal",
        ("elsewhere",),
    ),
    Break(
        "text/elsewhere.py",
        "if score >= THRESHOLD * SCALE and score >= best - NEAR_BEST * SCALE",
        "if score >= best - NEAR_BEST * SCALE",
        "corpus: a paragraph no review is about matches none",
        ("elsewhere", "rules/test_checked_elsewhere.py"),
    ),
    Break(
        "text/elsewhere.py",
        "for position, score in ranked[:MOST]",
        "for position, score in ranked",
        "corpus: corpus search marks only the reviews a sentence would be reported with",
        ("elsewhere",),
    ),
    Break(
        "text/ratings.py",
        'return "false" if share <= 0.25 else "true" if share >= 0.75 else "mixed"',
        'return "other"',
        "corpus: a rating given only as numbers is read by its place between worst and best",
        ("elsewhere",),
    ),
    # -- the cache: keys that must change when an input does ---------------------------
    Break(
        "incremental/rules.py",
        "fingerprint(__version__, settings_bytes, today)",
        "fingerprint(__version__, today)",
        "cache: a settings change refreshes the rules' kept findings",
        ("test_cache.py",),
    ),
    Break(
        "incremental/analyses.py",
        "settings.match_threshold, settings.hedges, settings.ignore_hedges,",
        "settings.match_threshold, settings.ignore_hedges,",
        "cache: a new hedge refreshes the kept analyses",
        ("test_cache.py",),
    ),
    Break(
        "incremental/analyses.py",
        "settings.match_threshold, settings.hedges, settings.ignore_hedges,",
        "settings.match_threshold, settings.hedges,",
        "cache: an ignored hedge refreshes the kept analyses",
        ("test_cache.py",),
    ),
    # -- rules: what fires and what stays quiet -------------------------------------------
    Break(
        "rules/disputed_statement.py",
        "if sentence.distanced or sentence.unverified:",
        "if sentence.distanced:",
        "rules: a self-unverified sentence is unsupported-statement's, not disputed-statement's",
        ("rules/test_disputed_statement.py",),
    ),
    Break(
        "rules/unsupported_statement.py",
        "if link.asserts and link.claim.status is Status.UNCONFIRMED",
        "if link.claim.status is Status.UNCONFIRMED",
        "rules: a sentence contradicting an unconfirmed claim does not assert it",
        ("rules/test_unsupported_statement.py",),
    ),
    Break(
        "text/figures.py",
        "return unit_meaning(said.unit, claimed.unit) >= UNIT_MEANING",
        "return True",
        "matcher: counts of different things never contradict",
        ("rules/test_contradicts_claim.py",),
    ),
    Break(
        "text/matching.py",
        "and candidate.score >= threshold",
        "and candidate.score > threshold",
        "matcher: a score reaching match_threshold links",
        ("text/test_matching.py",),
    ),
    # -- suppression --------------------------------------------------------------------
    Break(
        "load/suppressions.py",
        "_rules(match.group(1)), number, number + 1)",
        "_rules(match.group(1)), number, number + 2)",
        "suppression: a YAML factcheck-ignore covers its line and the next only",
        ("rules/test_unused_suppression.py",),
    ),
    # -- escaping -------------------------------------------------------------------------
    Break(
        "output/formats/github.py",
        'return text.replace("%", "%25").replace("\\r", "%0D")',
        'return text.replace("\\r", "%0D")',
        "escaping: '%' in a GitHub annotation cannot forge another",
        ("cli/test_audit_command.py", "hostile"),
    ),
    Break(
        "output/formats/sarif.py",
        '"uri": quote(top.prefix + finding.path)',
        '"uri": top.prefix + finding.path',
        "escaping: SARIF artifact URIs are percent-encoded",
        ("cli/test_audit_command.py",),
    ),
    # -- round trips ----------------------------------------------------------------------
    Break(
        "interop/claimreview.py",
        'review["reviewBody"] = claim.rationale',
        "pass",
        "round trip: the ClaimReview export writes reviewBody",
        ("interop/test_claimreview.py",),
    ),
    # -- the cache: an answer kept whole, and what refuses it --------------------------
    Break(
        "incremental/answers.py",
        "return fingerprint(__version__, *parts, settings_bytes(root), listing.everything)",
        "return fingerprint(__version__, *parts, listing.everything)",
        "cache: a settings change refuses the kept answer of audit and check",
        ("test_cache.py",),
    ),
    Break(
        "incremental/answers.py",
        "return fingerprint(__version__, *parts, settings_bytes(root), listing.everything)",
        "return fingerprint(__version__, *parts, settings_bytes(root))",
        "cache: a file changed, added or deleted refuses the kept answer",
        ("test_cache.py",),
    ),
    Break(
        "incremental/answers.py",
        "if kept_key != key or not all(settled(stamp, written_at) for stamp in stamps):",
        "if kept_key != key:",
        "cache: an answer kept while a file was still changing is not served",
        ("test_cache.py",),
    ),
    Break(
        "incremental/store.py",
        "return max(stamp[1:3]) < written_at - RACY_NS",
        "return True",
        "cache: a file changed within the timestamp tick of a cached run is read again",
        ("test_cache.py",),
    ),
    Break(
        "incremental/store.py",
        "if row is None or row[0] != identity:",
        "if row is None:",
        "cache: a database another factcheck wrote is emptied, never read",
        ("test_cache.py",),
    ),
    Break(
        "incremental/store.py",
        'identity = f"{SCHEMA}|{__version__}|{sys.version}|{_code()}"',
        'identity = f"{SCHEMA}|{__version__}|{sys.version}"',
        "cache: a changed factcheck (same version) never reads what the old one kept",
        ("test_cache.py",),
    ),
    Break(
        "incremental/files.py",
        "if stamp == file.stamp and kind == file.kind and settled(stamp, read_at):",
        "if kind == file.kind and settled(stamp, read_at):",
        "cache: a file whose stamp changed is read again, not taken from the rows",
        ("test_cache.py",),
    ),
    Break(
        "incremental/files.py",
        "if stamp == file.stamp and kind == file.kind and settled(stamp, read_at):",
        "if stamp == file.stamp and kind == file.kind:",
        "cache: a file row read while the file was still changing is not trusted",
        ("test_cache.py", "test_kept_rules.py"),
    ),
    Break(
        "incremental/files.py",
        "gone = [rel for rel in kept.rows if rel not in present]",
        "gone = []",
        "incremental: a file deleted since the last audit updates the findings that named it",
        ("test_kept_records.py", "test_cache.py", "test_kept_rules.py"),
    ),
    Break(
        "engine/audit.py",
        "key = desk_key(root, listing, sorted(select), sorted(ignore), today)",
        "key = desk_key(root, listing, sorted(select), sorted(ignore))",
        "cache: an audit on another day is not answered with the last day's findings",
        ("test_cache.py",),
    ),
    Break(
        "engine/audit.py",
        "key = desk_key(root, listing, sorted(select), sorted(ignore), today)",
        "key = desk_key(root, listing, sorted(select), today)",
        "cache: audit --ignore is not answered with the findings of another choice of rules",
        ("test_cache.py", "cli/test_audit_command.py"),
    ),
    Break(
        "engine/audit.py",
        "key = desk_key(root, listing, sorted(select), sorted(ignore), today)",
        "key = desk_key(root, listing, sorted(ignore), today)",
        "cache: audit --select is not answered with the findings of another choice of rules",
        ("test_cache.py", "cli/test_audit_command.py"),
    ),
    Break(
        "engine/check.py",
        "root, listing, str(path.resolve()), article, sorted(select), sorted(ignore), today",
        "root, listing, str(path.resolve()), sorted(select), sorted(ignore), today",
        "cache: an edited draft is checked again, not answered from the last check",
        ("test_cache.py", "cli/test_check_command.py"),
    ),
    Break(
        "engine/check.py",
        "root, listing, str(path.resolve()), article, sorted(select), sorted(ignore), today",
        "root, listing, str(path.resolve()), article, sorted(ignore), today",
        "cache: check --select is not answered with the findings of all the rules",
        ("test_cache.py", "cli/test_check_command.py"),
    ),
    Break(
        "engine/check.py",
        "claims = article_claims(repo, article) if in_repo else repo.claims",
        "claims = repo.claims",
        "check: an article of the desk is checked against its own claims, as the audit does",
        ("cli/test_check_command.py", "test_cache.py"),
    ),
    Break(
        "engine/check.py",
        "    if not explain:\n        cached: CheckResult | None",
        "    if True:\n        cached: CheckResult | None",
        "cache: check --explain always weighs the candidates, never serves the plain answer",
        ("cli/test_check_command.py", "test_cache.py"),
    ),
    Break(
        "engine/check.py",
        "stamps = [f.stamp for f in files] + ([article] if article is not None else [])",
        "stamps = [f.stamp for f in files]",
        "cache: a draft changed within the timestamp tick of the last check is checked again",
        ("test_cache.py", "cli/test_check_command.py"),
    ),
    # -- the cache: each rule's findings, and their updates by difference -------------
    Break(
        "incremental/rules.py",
        "fingerprint(__version__, settings_bytes, today)",
        "fingerprint(__version__, settings_bytes)",
        "cache: a rule's kept findings are not served on another day",
        ("test_cache.py", "test_kept_rules.py", "test_kept_records.py"),
    ),
    Break(
        "incremental/rules.py",
        "return fingerprint(self.common, rule.id, [self.digests[k] for k in kinds], also)",
        "return fingerprint(self.common, rule.id, [self.digests[k] for k in kinds])",
        "cache: syndicated-source runs again when the excerpts it reads of the claims change",
        ("test_kept_rules.py",),
    ),
    Break(
        "incremental/rules.py",
        "return fingerprint(self.common, rule.id, [self.digests[k] for k in kinds], also)",
        "return fingerprint(self.common, rule.id, also)",
        "cache: a rule runs again when a file of a kind it reads changes",
        ("test_kept_rules.py",),
    ),
    Break(
        "incremental/rules.py",
        "        if kept_key != key:\n            return None\n",
        "",
        "cache: a rule's findings kept under another key are not served",
        ("test_kept_rules.py", "test_cache.py"),
    ),
    Break(
        "incremental/rules.py",
        "digests[_EVERY_FILE] = fingerprint(sorted(digests.items()), skipped)",
        "digests[_EVERY_FILE] = fingerprint(sorted(digests.items()))",
        "cache: a path newly skipped (a link, an oversized file) is reported, not served stale",
        ("test_cache.py",),
    ),
    Break(
        "incremental/rules.py",
        "if kept_key == self._at_rows(rule, changes.before, also):",
        "if kept_key:",
        "incremental: findings kept for other file rows are not brought up to date from",
        ("test_kept_records.py",),
    ),
    Break(
        "incremental/rules.py",
        "others = [f for f in findings if f.path not in touched]",
        "others = findings",
        "incremental: a finding on a record changed since is replaced, not kept beside the new",
        ("test_kept_records.py",),
    ),
    Break(
        "incremental/rules.py",
        "            or rows[article.path].key != keys[i]\n",
        "",
        "incremental: an article whose text or claims changed has its findings made again",
        ("test_kept_articles.py",),
    ),
    Break(
        "incremental/rules.py",
        "keys = [fingerprint(self.common, key, claims) for (_, claims), key in jobs]",
        "keys = [fingerprint(self.common, key) for (_, claims), key in jobs]",
        "incremental: a claim moved in its file moves the article findings located on it",
        ("test_kept_articles.py",),
    ),
    Break(
        "incremental/rules.py",
        "            or not wanted <= rows[article.path].by_rule.keys()\n",
        "",
        "incremental: an audit of all rules after one of some runs those not kept",
        ("test_kept_articles.py",),
    ),
    Break(
        "desk/repository.py",
        "paths.update(claim.path for claim, _ in self.claims_citing(source_id))",
        "pass",
        "incremental: a source changed updates the findings on the claims citing it",
        ("test_kept_records.py",),
    ),
    Break(
        "rules/orphan_source.py",
        "paths.update(source.path for source in repo.sources if source.id in cited)",
        "pass",
        "incremental: a citation removed makes orphan-source fire on the source it named",
        ("test_kept_records.py",),
    ),
    Break(
        "rules/duplicate_id.py",
        "paths.update(record.path for record in records if record.id in ids)",
        "pass",
        "incremental: a record that takes another's id makes duplicate-id fire on both",
        ("test_kept_records.py",),
    ),
    Break(
        "rules/unknown_source.py",
        "paths.update(claim.path for claim, _ in repo.claims_citing(source_id))",
        "pass",
        "incremental: a source added or removed updates unknown-source on the claims citing it",
        ("test_kept_records.py",),
    ),
    # -- the cache: analyses, matcher tables, quotes, names ---------------------------
    Break(
        "incremental/analyses.py",
        "__version__, article.path, article.body_line, article.body,",
        "__version__, article.path, article.body_line,",
        "cache: an article whose text changed is analysed again",
        ("test_kept_articles.py", "test_cache.py"),
    ),
    Break(
        "incremental/analyses.py",
        "__version__, article.path, article.body_line, article.body,",
        "__version__, article.path, article.body,",
        "cache: an article whose front matter grew keeps its sentences on their lines",
        ("test_kept_articles.py", "test_cache.py"),
    ),
    Break(
        "incremental/analyses.py",
        "[(c.id, c.statement, c.quote, c.status) for c in claims],",
        "[(c.id, c.statement, c.status) for c in claims],",
        "cache: a claim's quote changed is looked for again in its article",
        ("test_kept_articles.py", "test_cache.py"),
    ),
    Break(
        "incremental/analyses.py",
        "[(c.id, c.statement, c.quote, c.status) for c in claims],",
        "[(c.id, c.quote, c.status) for c in claims],",
        "cache: a claim's statement changed is matched again",
        ("test_kept_articles.py", "test_cache.py"),
    ),
    Break(
        "incremental/analyses.py",
        "kept: Matches = cached[1] if cached is not None and cached[0] == memo_key else {}",
        "kept: Matches = cached[1] if cached is not None else {}",
        "cache: check never reuses the paragraph matches of statements since edited",
        ("test_cache.py",),
    ),
    Break(
        "incremental/analyses.py",
        "if cached is not None and cached.key == key:",
        "if cached is not None:",
        "cache: check never matches through the tables of statements since edited",
        ("test_cache.py",),
    ),
    Break(
        "incremental/analyses.py",
        "if cached is not None and cached.quotes == quotes:",
        "if cached is not None:",
        "cache: check looks for the desk's quotes as they are, not as they were",
        ("test_cache.py",),
    ),
    Break(
        "incremental/names.py",
        "if kept is not None and (kept.rows, kept.names) == (changes.before, names):",
        "if kept is not None and kept.rows == changes.before:",
        "cache: the accepted names changed refresh name-variant's kept spellings",
        ("test_cache.py", "test_name_tally.py"),
    ),
    Break(
        "incremental/names.py",
        "desk_changed = bool(changes.removed or changes.added)",
        "desk_changed = False",
        "cache: a file changed refreshes name-variant's kept better spellings",
        ("test_name_tally.py", "test_cache.py"),
    ),
    Break(
        "incremental/memo.py",
        "rows = {bucket: values for bucket, (_, (v, values)) in read.items() if v == version}",
        "rows = {bucket: values for bucket, (_, (v, values)) in read.items()}",
        "cache: values a memo kept for another version are made again",
        ("test_cache.py", "rules/test_duplicate_claim.py"),
    ),
    Break(
        "incremental/memo.py",
        "if row is not None and row[1][0] == version:",
        "if row is not None:",
        "cache: a few values a memo kept for another version are made again",
        ("test_cache.py", "rules/test_duplicate_claim.py", "rules/test_unknown_source.py"),
    ),
    # -- escaping: GitHub annotations, SARIF, the terminal ------------------------------
    Break(
        "output/formats/github.py",
        '.replace("\\r", "%0D").replace("\\n", "%0A")',
        '.replace("\\r", "%0D")',
        "escaping: a newline in a GitHub annotation's message cannot start another command",
        ("cli/test_audit_command.py", "hostile"),
    ),
    Break(
        "output/formats/github.py",
        'return text.replace("%", "%25").replace("\\r", "%0D")',
        'return text.replace("%", "%25")',
        "escaping: a carriage return in a GitHub annotation is escaped",
        ("cli/test_audit_command.py", "hostile"),
    ),
    Break(
        "output/formats/github.py",
        'return escape_data(text).replace(":", "%3A").replace(",", "%2C")',
        'return escape_data(text).replace(",", "%2C")',
        "escaping: ':' in a GitHub annotation's property cannot end it",
        ("cli/test_audit_command.py", "hostile"),
    ),
    Break(
        "output/formats/github.py",
        'return escape_data(text).replace(":", "%3A").replace(",", "%2C")',
        'return escape_data(text).replace(":", "%3A")',
        "escaping: ',' in a GitHub annotation's file name cannot add a property",
        ("cli/test_audit_command.py", "hostile"),
    ),
    Break(
        "output/formats/github.py",
        'properties = [f"file={escape_property(visible(prefix) + finding.path)}"]',
        'properties = [f"file={visible(prefix) + finding.path}"]',
        "escaping: a file name in a GitHub annotation is escaped as a property",
        ("cli/test_audit_command.py", "hostile"),
    ),
    Break(
        "output/formats/github.py",
        "{','.join(properties)}::{escape_data(message)}",
        "{','.join(properties)}::{message}",
        "escaping: a GitHub annotation's message is escaped",
        ("cli/test_audit_command.py", "hostile"),
    ),
    Break(
        "output/formats/terminal.py",
        "message = Text(finding.message)",
        "message = Text.from_markup(finding.message)",
        "escaping: a finding's message in the terminal is never read as console markup",
        ("cli/test_audit_command.py", "hostile"),
    ),
    Break(
        "cli/common.py",
        'typer.echo(f"factcheck: {visible(message)}", err=True)',
        'typer.echo(f"factcheck: {message}", err=True)',
        "escaping: an error message naming a path from outside shows its controls as escapes",
        ("cli", "hostile"),
    ),
    # -- escaping: where outside text enters (text/clean.py) ----------------------------
    Break(
        "text/clean.py",
        '"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\\u200e',
        '"[\\x00-\\x08\\x0b-\\x1f\\u200e',
        "escaping: C1 controls (8-bit CSI) and DEL are shown as escapes",
        ("hostile", "cli/test_audit_command.py"),
    ),
    Break(
        "text/clean.py",
        "\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069",
        "\\u200e\\u200f\\u2066-\\u2069",
        "escaping: bidi embeddings and overrides are shown as escapes",
        ("hostile", "cli/test_audit_command.py"),
    ),
    Break(
        "text/clean.py",
        "\\u2066-\\u2069\\u2028\\u2029]",
        "\\u2066-\\u2069]",
        "escaping: Unicode line and paragraph separators are shown as escapes",
        ("hostile", "cli/test_audit_command.py"),
    ),
    Break(
        "text/clean.py",
        'return f"\\\\x{code:02x}" if code < 0x100 else f"\\\\u{code:04x}"',
        'return f"\\\\x{code:02x}"',
        "escaping: a character past U+00FF is shown as \\uXXXX, as written in Python",
        ("hostile", "cli/test_audit_command.py"),
    ),
    Break(
        "text/clean.py",
        """return f"'{text}'\"""",
        "return repr(str(text))",
        "escaping: a quoted value in a message keeps the escapes visible made single",
        ("rules", "cli", "hostile"),
    ),
    Break(
        "text/clean.py",
        'return text.replace("\\r\\n", "\\n").replace("\\r", "\\n")',
        'return text.replace("\\r\\n", "\\n")',
        "escaping: a lone CR ends a line, so lines and columns mean the same everywhere",
        ("rules", "hostile", "editing/test_editor_commands.py", "editing/test_lifecycle.py"),
    ),
    # -- escaping: reports in Markdown and HTML ------------------------------------------
    Break(
        "output/formats/markdown_text.py",
        '_SPECIAL = re.compile(r"([\\\\`*_{}\\[\\]()<>#+\\-.!|~&])")',
        '_SPECIAL = re.compile(r"([\\\\`*_{}\\[\\]()<>#+\\-.!~&])")',
        "escaping: a '|' in record text cannot split a Markdown table cell",
        ("report",),
    ),
    Break(
        "output/formats/markdown_text.py",
        '_SPECIAL = re.compile(r"([\\\\`*_{}\\[\\]()<>#+\\-.!|~&])")',
        '_SPECIAL = re.compile(r"([\\\\`*_{}()#+\\-.!|~&])")',
        "escaping: brackets and angle brackets in record text make no Markdown link or HTML",
        ("report",),
    ),
    Break(
        "output/formats/markdown_text.py",
        'return _SPECIAL.sub(r"\\\\\\1", " ".join((text or "").split()))',
        'return _SPECIAL.sub(r"\\\\\\1", text or "")',
        "escaping: a line break in record text cannot end a Markdown table row",
        ("report",),
    ),
    Break(
        "output/formats/markdown_text.py",
        'body = " ".join((text or "").split()).replace("|", "\\\\|")',
        'body = " ".join((text or "").split())',
        "escaping: a '|' in a Markdown code span cannot split a table cell",
        ("report",),
    ),
    Break(
        "output/formats/markdown_text.py",
        'fence = "`" * (longest + 1)',
        'fence = "`"',
        "escaping: a backtick inside an id cannot close its Markdown code span",
        ("report",),
    ),
    Break(
        "output/formats/markdown_text.py",
        'return url if parts.scheme in ("http", "https") and parts.hostname else None',
        "return url",
        "escaping: only http(s) addresses become links in reports (no javascript:)",
        ("report",),
    ),
    Break(
        "output/formats/markdown_text.py",
        """if not url or any(ord(c) <= 32 or c in "\\\\\\"'<>`" for c in url):""",
        "if not url:",
        "escaping: an address with spaces, quotes or angle brackets is not made a link",
        ("report",),
    ),
    Break(
        "output/report/markdown.py",
        'text += f": “{md(citation.excerpt)}”"',
        'text += f": “{citation.excerpt}”"',
        "escaping: a citation's excerpt in the Markdown report is escaped",
        ("report",),
    ),
    Break(
        "output/report/markdown.py",
        'lines = [f"- {code(claim.id)} **{status}**: {md(claim.statement)}"]',
        'lines = [f"- {code(claim.id)} **{status}**: {claim.statement}"]',
        "escaping: a statement in the Markdown report's evidence is escaped",
        ("report",),
    ),
    Break(
        "output/report/html.py",
        "environment = Environment(autoescape=select_autoescape(default=True, default_for_string=True))",
        "environment = Environment(autoescape=False)",
        "escaping: every piece of record text in the HTML report is escaped",
        ("report",),
    ),
    # -- suppression ----------------------------------------------------------------------
    Break(
        "load/suppressions.py",
        "return line is not None and self.first <= line <= self.last and rule in self.rules",
        "return line is not None and self.first <= line and rule in self.rules",
        "suppression: a comment silences the lines it covers, none after",
        ("rules/test_unused_suppression.py", "cli/test_check_command.py"),
    ),
    Break(
        "load/suppressions.py",
        "return line is not None and self.first <= line <= self.last and rule in self.rules",
        "return line is not None and self.first <= line <= self.last",
        "suppression: a comment silences only the rules it names",
        ("rules/test_unused_suppression.py", "cli/test_check_command.py"),
    ),
    Break(
        "engine/audit.py",
        "(s for s in by_path.get(finding.path, ()) if s.covers(finding.rule, finding.line)),",
        "(s for s in repo.suppressions if s.covers(finding.rule, finding.line)),",
        "suppression: a comment silences findings in its own file only",
        ("rules/test_unused_suppression.py", "cli/test_check_command.py"),
    ),
    Break(
        "load/suppressions.py",
        "if _LIST_ITEM.match(following) or MARK in following:",
        "if MARK in following:",
        "suppression: an article comment before a list item silences that item only",
        ("rules/test_unused_suppression.py",),
    ),
    Break(
        "load/suppressions.py",
        'if not following.strip() or following.lstrip().startswith("#"):',
        "if not following.strip():",
        "suppression: an article comment's block ends before a heading",
        ("rules/test_unused_suppression.py",),
    ),
    Break(
        "load/suppressions.py",
        "    if opened is not None:  # never ended: it runs to the end of the article\n",
        "    if False:\n",
        "suppression: a factcheck-ignore-start never ended runs to the end of the article",
        ("rules/test_unused_suppression.py",),
    ),
    Break(
        "load/suppressions.py",
        "if lines[index][after:].strip():",
        "if False:",
        "suppression: a comment before text on its own line silences that text",
        ("rules/test_unused_suppression.py", "rules/test_unknown_claim.py"),
    ),
    Break(
        "engine/audit.py",
        "if suppression in used or (not unknown and not set(suppression.rules) <= chosen):",
        "if suppression in used:",
        "suppression: a comment naming a rule that did not run is not called unused",
        ("rules/test_unused_suppression.py", "cli"),
    ),
    Break(
        "engine/audit.py",
        "if severity is not None and unused_suppression.ID in chosen:",
        "if severity is not None:",
        "suppression: --ignore unused-suppression leaves unused comments unreported",
        ("rules/test_unused_suppression.py", "cli"),
    ),
    Break(
        "engine/audit.py",
        "unknown = [rule for rule in suppression.rules if rule not in RULES_BY_ID]",
        "unknown = []",
        "suppression: a comment naming no rule says so, rather than 'silences nothing'",
        ("rules/test_unused_suppression.py", "cli"),
    ),
    Break(
        "engine/check.py",
        "[*(s for s in repo.suppressions if s.path != article.path), *loaded.suppressions],",
        "repo.suppressions,",
        "suppression: check honours the draft's own comments as they stand now",
        ("cli/test_check_command.py",),
    ),
    # -- exit statuses --------------------------------------------------------------------
    Break(
        "engine/audit.py",
        "return int(any(f.severity.rank >= fail_on.rank for f in self.findings))",
        "return int(any(f.severity.rank > fail_on.rank for f in self.findings))",
        "exit status: audit exits 1 on a finding exactly as severe as --fail-on",
        ("cli/test_audit_command.py",),
    ),
    Break(
        "engine/check.py",
        "return int(any(f.severity.rank >= fail_on.rank for f in self.findings))",
        "return int(any(f.severity.rank > fail_on.rank for f in self.findings))",
        "exit status: check exits 1 on a finding exactly as severe as --fail-on",
        ("cli/test_check_command.py",),
    ),
    Break(
        "cli/audit_command.py",
        "raise typer.Exit(result.exit_status(Severity(fail_on.value)))",
        "raise typer.Exit(result.exit_status(Severity.ERROR))",
        "exit status: audit --fail-on warning exits 1 on a warning",
        ("cli/test_audit_command.py",),
    ),
    Break(
        "cli/check_command.py",
        "raise typer.Exit(result.exit_status(Severity(fail_on.value)))",
        "raise typer.Exit(result.exit_status(Severity.ERROR))",
        "exit status: check --fail-on warning exits 1 on a warning",
        ("cli/test_check_command.py",),
    ),
    Break(
        "errors.py",
        "EXIT_USAGE = 2",
        "EXIT_USAGE = 1",
        "exit status: a command that cannot run as asked exits 2",
        ("cli",),
    ),
    Break(
        "errors.py",
        "EXIT_INTERRUPTED = 130",
        "EXIT_INTERRUPTED = 1",
        "exit status: Ctrl-C exits 130",
        (
            "cli",
            "editing/test_concurrency_and_terminal.py::test_claim_add_in_a_terminal_asks_for_what_is_missing",
        ),
    ),
    Break(
        "errors.py",
        "class WriteError(FactcheckError):",
        "class WriteError(Usage):",
        "exit status: a write that could not be done exits 1, not 2",
        ("cli", "editing/test_editor_commands.py", "editing/test_lifecycle.py", "test_writing.py"),
    ),
    Break(
        "errors.py",
        "if not 1 <= month <= 12:",
        "if not 1 <= month <= 13:",
        "exit status: a date in month 13 is a usage error (2) saying months run 01 to 12",
        (
            "cli",
            "rules/test_schema.py",
            "hostile/test_hostile_corpus.py::test_every_reading_command_survives",
        ),
    ),
    Break(
        "errors.py",
        "if len(parts) != 3 or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:",
        "if len(parts) != 3 or not all(p.isdigit() for p in parts):",
        "exit status: a date whose year is not four digits is refused as YYYY-MM-DD",
        (
            "editing/test_editor_commands.py",
            "editing/test_lifecycle.py",
            "cli",
            "rules/test_schema.py",
        ),
    ),
    Break(
        "cli/__init__.py",
        "raise typer.Exit(error.exit_status) from None",
        "raise typer.Exit(1) from None",
        "exit status: each error leaves with its own status (usage 2, refused 1)",
        ("cli",),
    ),
    Break(
        "cli/__init__.py",
        "raise typer.Exit(EXIT_INTERRUPTED) from None",
        "raise typer.Exit(1) from None",
        "exit status: an interrupted command leaves with 130 and says nothing was written",
        (
            "cli",
            "editing/test_concurrency_and_terminal.py::test_claim_add_in_a_terminal_asks_for_what_is_missing",
        ),
    ),
    Break(
        "cli/__init__.py",
        "    if isinstance(code, int):\n        return code\n",
        "    if isinstance(code, int):\n        return 1 if code else 0\n",
        "exit status: the console script ends with the command's own status (2, not 1)",
        ("test_lifetime.py",),
    ),
    Break(
        "cli/common.py",
        'where = f"{finding.location}: " if finding.path != "-" else ""',
        'where = ""',
        "exit status: a refused write says where each finding is, a line each",
        ("cli", "editing/test_editor_commands.py", "editing/test_lifecycle.py"),
    ),
    Break(
        "cli/common.py",
        "        raise Usage(str(error)) from None",
        "        raise",
        "exit status: a desk whose interrupted change cannot be finished makes any command exit 2",
        ("cli", "editing/test_editor_commands.py", "editing/test_lifecycle.py"),
    ),
    Break(
        "engine/audit.py",
        "    if select:\n        findings = [f for f in findings if f.rule in select]",
        "    if False:\n        findings = [f for f in findings if f.rule in select]",
        "exit status: audit --select reports (and fails on) the selected rules only",
        ("cli/test_audit_command.py",),
    ),
    # -- round trips: ClaimReview export and import ----------------------------------------
    Break(
        "interop/claimreview.py",
        'Status.DISPUTED: (1, "Disputed"),',
        'Status.DISPUTED: (1, "False"),',
        "round trip: a disputed claim is exported as Disputed, never False",
        ("interop/test_claimreview.py",),
    ),
    Break(
        "interop/claimreview.py",
        '        item["text"] = claim.quote  # the words as they appeared',
        "        pass",
        "round trip: the ClaimReview export keeps the claim's quote (itemReviewed.text)",
        ("interop",),
    ),
    Break(
        "interop/claimreview.py",
        '        review["contributor"] = {"@type": "Person", "name": claim.reviewed_by}',
        "        pass",
        "round trip: the ClaimReview export keeps who reviewed the claim",
        ("interop",),
    ),
    Break(
        "interop/claimreview.py",
        '        "identifier": claim.id,\n',
        "",
        "round trip: an exported claim imported back is the same claim, not a second one",
        ("interop",),
    ),
    Break(
        "interop/claimreview.py",
        '            "identifier": article.id,\n',
        "",
        "round trip: an exported claim imported back keeps its article",
        ("interop",),
    ),
    Break(
        "interop/claimreview.py",
        '"url": settings.review_url_template.replace("{id}", str(claim.id)),',
        '"url": settings.review_url_template,',
        "round trip: each ClaimReview's url is its own, made from the template",
        ("interop",),
    ),
    Break(
        "interop/claimreview.py",
        'rationale=_paragraphs(node.get("reviewBody"))',
        'rationale=_paragraphs(node.get("reviewBodyX"))',
        "round trip: the import reads a review's reviewBody as the rationale",
        ("interop",),
    ),
    Break(
        "interop/claimreview.py",
        "    if (best, worst) == (3, 1):\n",
        "    if True:\n",
        "round trip: a rating value is read only on factcheck's own 1-3 scale",
        ("interop",),
    ),
    Break(
        "interop/claimreview.py",
        'folded = " ".join(rating.casefold().replace("_", " ").split()).strip(" .!")',
        'folded = " ".join(rating.replace("_", " ").split()).strip(" .!")',
        "round trip: a textual rating is read whatever its case",
        ("interop",),
    ),
    Break(
        "interop/claimreview.py",
        '        if re.search(rf"\\b{re.escape(known)}\\b", folded):',
        "        if known in folded:",
        "round trip: a rating's words are found whole ('untrue' is not 'true')",
        ("interop",),
    ),
    Break(
        "interop/claimreview.py",
        "    if folded in settings.ratings:\n        return Status(settings.ratings[folded])\n",
        "",
        "round trip: the desk's own rating table overrides the shipped one",
        ("interop",),
    ),
    Break(
        "interop/claimreview.py",
        '        return visible(" ".join(value.split())) or None',
        '        return " ".join(value.split()) or None',
        "escaping: text read from a feed shows its control characters as escapes",
        ("interop", "hostile"),
    ),
    # -- round trips: the SQLite export -----------------------------------------------------
    Break(
        "interop/sqlite.py",
        "for position, citation in enumerate(claim.sources, 1)",
        "for position, citation in enumerate(claim.sources)",
        "round trip: citations in SQLite are numbered from 1 in the claim's order",
        ("interop",),
    ),
    Break(
        "interop/sqlite.py",
        "        elif record.id in seen:\n",
        "        elif False:\n",
        "round trip: a record sharing an id is left out of SQLite and named, not a crash",
        ("interop",),
    ),
    Break(
        "interop/sqlite.py",
        "            db.execute(\"INSERT INTO claims_fts(claims_fts) VALUES ('rebuild')\")\n",
        "",
        "round trip: the SQLite export's full-text index finds the claims",
        ("interop",),
    ),
    Break(
        "interop/sqlite.py",
        "return json.dumps(list(value), ensure_ascii=False) if value else None",
        "return str(value) if value else None",
        "round trip: a list field (tags) is written to SQLite as JSON",
        ("interop",),
    ),
    # -- round trips: YAML written by the editors ------------------------------------------
    Break(
        "edit/yamlio.py",
        "            plain = yaml.safe_load(text) == text",
        "            plain = True",
        "round trip: a value YAML 1.1 reads as no string ('no', '1e3', a date) is quoted",
        EDITS,
    ),
    Break(
        "edit/yamlio.py",
        "indent = shown.get(key) or file_indent",
        "indent = file_indent",
        "round trip: a changed field is written in the indentation its own lines had",
        EDITS,
    ),
    Break(
        "edit/yamlio.py",
        "        and not (flow and _FLOW_UNSAFE.search(text))\n",
        "",
        "round trip: a tag with '?' or ':' is quoted inside [a, b], for YAML 1.1 readers",
        EDITS,
    ),
    Break(
        "edit/yamlio.py",
        "handler.width = 4096",
        "handler.width = 80",
        "round trip: a long value is written on one line, so a diff shows one line changed",
        EDITS,
    ),
    Break(
        "edit/yamlio.py",
        "if key in old_spans and before[key] == document[key]:",
        "if key in old_spans:",
        "round trip: a changed field is written, not left as it was",
        EDITS,
    ),
    Break(
        "edit/yamlio.py",
        "out = old_lines[: min(start for start, _ in old_spans.values())]",
        "out = []",
        "round trip: the lines before the first field (a modeline, ---) are kept",
        EDITS,
    ),
    Break(
        "edit/yamlio.py",
        '    if old_lines and not old_lines[-1].endswith("\\n"):\n        old_lines[-1] += "\\n"\n',
        "",
        "round trip: a file without a final newline gets a field added on a line of its own",
        EDITS,
    ),
    # -- writes: atomic replace, exclusive create, the journal -----------------------------
    Break(
        "writing.py",
        "        os.link(temporary, path)",
        "        os.replace(temporary, path)",
        "writes: a new record never overwrites a file of the same name",
        ("test_writing.py", "editing/test_editor_commands.py", "editing/test_lifecycle.py"),
    ),
    Break(
        "writing.py",
        'temporary = folder / f".{name}.{secrets.token_hex(4)}.tmp"',
        'temporary = folder / f"{name}.{secrets.token_hex(4)}.tmp"',
        "writes: a temporary file is hidden, so the audit never reads a stray one",
        ("test_writing.py", "editing/test_editor_commands.py", "editing/test_lifecycle.py"),
    ),
    Break(
        "writing.py",
        '        temporary.unlink(missing_ok=True)\n        raise WriteError(\n            f"cannot write {path}: {describe_os_error(error)}; the old file is unchanged"\n        ) from None\n    _sync_folder',
        '        raise WriteError(\n            f"cannot write {path}: {describe_os_error(error)}; the old file is unchanged"\n        ) from None\n    _sync_folder',
        "writes: a replace failing at the last step leaves no temporary file behind",
        ("test_writing.py",),
    ),
    Break(
        "writing.py",
        "if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):",
        "if error.errno == errno.EROFS:",
        "writes: a folder without write permission is said in plain words",
        ("test_writing.py", "editing/test_editor_commands.py", "editing/test_lifecycle.py"),
    ),
    Break(
        "edit/journal.py",
        "    _make(root, steps, crash_after=None)\n    journal.unlink()\n    return description",
        "    journal.unlink()\n    return description",
        "writes: a change a crash cut short is finished by the next command",
        ("editing/test_lifecycle.py",),
    ),
    Break(
        "edit/journal.py",
        "            path.unlink(missing_ok=True)\n            continue",
        "            continue",
        "writes: a rename removes the record's old file",
        ("editing/test_lifecycle.py",),
    ),
    Break(
        "edit/journal.py",
        "            folder.rmdir()  # a folder a move emptied",
        "            pass",
        "writes: an article's folder moved leaves no empty folder behind",
        ("editing/test_lifecycle.py",),
    ),
    # -- writes: the editors' operations ----------------------------------------------------
    Break(
        "edit/claims.py",
        "        if draft.id is not None and draft.id in taken:",
        "        if False:",
        "writes: claim add refuses an id another claim has, wherever it is filed",
        (
            "editing/test_editor_commands.py",
            "editing/test_hand_written_styles.py",
        ),
    ),
    Break(
        "edit/claims.py",
        '        set_field(document, "reviewed_on", plain_date(today or clock.today()))',
        "        pass",
        "writes: set-status dates the review today",
        (
            "editing/test_editor_commands.py",
            "editing/test_hand_written_styles.py",
        ),
    ),
    Break(
        "edit/claims.py",
        '        if action != "citation unchanged":',
        "        if False:",
        "writes: cite writes the citation it adds or updates",
        (
            "editing/test_editor_commands.py",
            "editing/test_hand_written_styles.py",
        ),
    ),
    Break(
        "edit/claims.py",
        "if stance is Stance.SUPPORTS and not citation.excerpt and not citation.locator:",
        "if stance is Stance.SUPPORTS and not citation.excerpt:",
        "writes: a supporting citation with only a locator keeps its locator",
        (
            "editing/test_editor_commands.py",
            "editing/test_hand_written_styles.py",
        ),
    ),
    Break(
        "edit/claims.py",
        "reviewed_on = draft.reviewed_on or (today if draft.reviewed_by else None)",
        "reviewed_on = draft.reviewed_on",
        "writes: a claim added with a reviewer is dated today",
        (
            "editing/test_editor_commands.py",
            "editing/test_hand_written_styles.py",
        ),
    ),
    Break(
        "edit/claims.py",
        '    document["statement"] = safe_scalar(clean_input(draft.statement))',
        '    document["statement"] = draft.statement',
        "writes: a statement given on the command line reads back as given, controls escaped",
        ("editing/test_roundtrip.py", "editing/test_editor_commands.py"),
    ),
    Break(
        "edit/claims.py",
        '        if wanted.keys() <= {"stance"} and wanted.get("stance", "supports") == "supports":',
        "        if not wanted:",
        "writes: citing again a bare supporting id changes nothing in the file",
        (
            "editing/test_editor_commands.py",
            "editing/test_hand_written_styles.py",
        ),
    ),
    Break(
        "edit/lifecycle.py",
        "                elif entry == old:\n                    entries[index] = new\n",
        "",
        "writes: a source renamed is renamed in every bare citation too",
        ("editing/test_lifecycle.py",),
    ),
    Break(
        "edit/lifecycle.py",
        '            copy_edit.document["origin"] = new',
        "            pass",
        "writes: a source renamed is renamed in every `origin` that names it",
        ("editing/test_lifecycle.py",),
    ),
    Break(
        "edit/lifecycle.py",
        "        if (citing or copies) and not uncite:",
        "        if citing and not uncite:",
        "writes: a source another names as origin is not removed without --uncite",
        ("editing/test_lifecycle.py",),
    ),
    Break(
        "edit/lifecycle.py",
        '            if not entries:\n                del edit.document["sources"]\n',
        "",
        "writes: uncite of a claim's only source leaves no empty `sources` behind",
        ("editing/test_lifecycle.py",),
    ),
    Break(
        "edit/lifecycle.py",
        "    if named:\n        raise Refused(",
        "    if False:\n        raise Refused(",
        "writes: a source change refuses while a file naming it cannot be read",
        ("editing/test_lifecycle.py",),
    ),
    Break(
        "edit/lifecycle.py",
        '        move = folder.rpartition("/")[2] == old',
        "        move = False",
        "writes: an article renamed moves the folder named after it",
        ("editing/test_lifecycle.py",),
    ),
    Break(
        "edit/lifecycle.py",
        "    if new in set(taken):",
        "    if False:",
        "writes: a rename onto an id another record has is refused",
        ("editing/test_lifecycle.py", "cli/test_errors.py"),
    ),
    # -- the matcher's boundaries -------------------------------------------------------------
    Break(
        "text/matching.py",
        "MIN_MEANING = 0.3\n",
        "MIN_MEANING = 0.05\n",
        "matcher: shared words do not link what lies far apart in meaning",
        ("text/test_matching.py",),
    ),
    Break(
        "text/matching.py",
        "MEANING_ALONE = 0.7\n",
        "MEANING_ALONE = 0.45\n",
        "matcher: a sentence sharing too few words links by meaning only when very close",
        ("text/test_matching.py", "text/test_false_alarms.py"),
    ),
    Break(
        "text/matching.py",
        "                keep = keep and candidate.meaning >= MEANING_ALONE",
        "                keep = keep",
        "matcher: with no word score, the meaning alone must reach MEANING_ALONE",
        ("text/test_matching.py", "text/test_false_alarms.py"),
    ),
    Break(
        "text/matching.py",
        "                keep = verdict.coverage >= ALSO_ASSERTED_COVERAGE",
        "                keep = True",
        "matcher: beside its best, a sentence links only the claims it says nearly whole",
        ("text/test_matching.py", "text/test_false_alarms.py", "cli/test_check_command.py"),
    ),
    Break(
        "text/matching.py",
        "    return not candidate.unexplained and (",
        "    return (",
        "matcher: a sentence with a figure the claim does not account for does not contradict it",
        ("text/test_matching.py", "rules/test_contradicts_claim.py", "test_followups.py"),
    ),
    Break(
        "text/matching.py",
        "CONTRADICTION_COVERAGE = 0.8\n",
        "CONTRADICTION_COVERAGE = 0.4\n",
        "matcher: a contradiction needs the sentence to say most of the claim's other content",
        ("text/test_matching.py", "rules/test_contradicts_claim.py", "test_followups.py"),
    ),
    Break(
        "text/matching.py",
        "    if count < min(2, len(words)):",
        "    if count < 1:",
        "matcher: one shared word (figures aside) is no link",
        ("text/test_matching.py",),
    ),
    Break(
        "text/matching.py",
        "if len(words) <= 2 and any(claim.stems[w] not in sentence.stems.values() for w in words):",
        "if False:",
        "matcher: a claim of one or two words needs them whole, not a stem's cousin",
        ("text/test_matching.py",),
    ),
    # -- the matcher's figures ------------------------------------------------------------------
    Break(
        "text/figures.py",
        "return bool(self.elsewhere) or (len(kinds) > 1 and not self.agreed)",
        "return bool(self.elsewhere)",
        "matcher: two figures of two kinds given otherwise are another event, not a contradiction",
        ("text/test_figures.py", "rules/test_contradicts_claim.py"),
    ),
    Break(
        "text/figures.py",
        "        elsewhere.extend(unexplained)\n",
        "        pass\n",
        "matcher: figures of its own and none of the claim's speak of something else",
        ("text/test_figures.py", "rules/test_contradicts_claim.py"),
    ),
    Break(
        "text/figures.py",
        'if said.kind == "amount" and _measure(said) not in _DURATIONS:',
        'if said.kind == "amount":',
        "matcher: a duration in another role ('for 12 hours' of work) is no contradiction",
        ("text/test_figures.py", "rules/test_contradicts_claim.py"),
    ),
    Break(
        "text/figures.py",
        "return low <= other_high + 1e-9 and other_low <= high + 1e-9",
        "return said.value == claimed.value",
        "matcher: counts agree as far as their wording admits ('about 4,200' and 4,187)",
        ("text/test_figures.py", "rules/test_contradicts_claim.py"),
    ),
    Break(
        "text/figures.py",
        "    if not said.unit or not claimed.unit:\n        return True\n",
        "    if not said.unit or not claimed.unit:\n        return False\n",
        "matcher: a count that names no noun may count what the claim counts",
        ("text/test_figures.py", "rules/test_contradicts_claim.py"),
    ),
    Break(
        "text/quantities.py",
        "    half = step(value) / 2\n",
        "    half = step(value)\n",
        "matcher: 'about 4,200' admits half its last digit either side, no more",
        ("text/test_quantities.py",),
    ),
    Break(
        "text/quantities.py",
        '"nearly": "<~", "almost": "<~",',
        '"nearly": "~", "almost": "<~",',
        "matcher: 'nearly 600' admits up to 600, never above",
        ("text/test_quantities.py",),
    ),
    Break(
        "text/quantities.py",
        "if plain and len(digits) == 4 and 1800 <= int(digits) <= 2100:",
        "if plain and len(digits) == 4 and 1900 <= int(digits) <= 2100:",
        "matcher: a four-digit figure from 1800 is read as a year",
        ("text/test_quantities.py", "text/test_matching.py"),
    ),
    Break(
        "text/quantities.py",
        '        if month > 12 >= day:  # "13/5/2026" or "5/13/2026": only one reading',
        "        if False:",
        "matcher: a numeric date that reads only one way is read that way, whatever the locale",
        ("text/test_quantities.py",),
    ),
    Break(
        "text/quantities.py",
        "return all(a is None or b is None or a == b for a, b in zip(mine, theirs, strict=True))",
        "return all(a == b for a, b in zip(mine, theirs, strict=True))",
        "matcher: a date without its year agrees with that day in any year",
        ("text/test_quantities.py",),
    ),
    Break(
        "text/quantities.py",
        "current = _UNITS[word] if article else current + _UNITS[word]",
        "current = current + _UNITS[word]",
        "matcher: 'a seven-year sentence' is seven, not eight",
        ("text/test_quantities.py",),
    ),
    Break(
        "text/quantities.py",
        "year = (year[0] + (2000 if year[0] < 70 else 1900), year[1], year[2])",
        "year = (year[0] + 1900, year[1], year[2])",
        "matcher: a two-digit year reads as strptime reads it ('26' is 2026)",
        ("text/test_quantities.py",),
    ),
    # -- rules: what fires, at which boundary -----------------------------------------------
    Break(
        "rules/single_source.py",
        "if len(publishers) >= needed:",
        "if len(publishers) > needed:",
        "rules: a claim with exactly min_independent_sources publishers is not single-source",
        ("rules/test_single_source.py",),
    ),
    Break(
        "rules/evidence.py",
        "seen.setdefault(squash(publisher), publisher)",
        "seen.setdefault(publisher, publisher)",
        "rules: one publisher written two ways counts once toward independence",
        ("rules/test_single_source.py",),
    ),
    Break(
        "rules/evidence.py",
        "        if below(source.reliability, minimum):\n            continue\n",
        "",
        "rules: a source below min_reliability does not count toward independence",
        ("rules/test_weak_support.py", "rules/test_single_source.py"),
    ),
    Break(
        "rules/evidence.py",
        "        publisher = story.publisher or source.publisher",
        "        publisher = source.publisher",
        "rules: a republished story counts once, as its original publisher's",
        ("rules",),
    ),
    Break(
        "desk/model.py",
        "return RELIABILITY.index(reliability) > RELIABILITY.index(minimum)",
        "return RELIABILITY.index(reliability) >= RELIABILITY.index(minimum)",
        "rules: a source rated exactly min_reliability is not below it",
        ("rules/test_weak_support.py", "rules/test_single_source.py"),
    ),
    Break(
        "rules/weak_support.py",
        "if not sources or not all(below(s.reliability, minimum) for s in sources):",
        "if not sources or not any(below(s.reliability, minimum) for s in sources):",
        "rules: weak-support fires only when every supporting source is below the minimum",
        ("rules/test_weak_support.py",),
    ),
    Break(
        "rules/stale_review.py",
        "        if age > limit:",
        "        if age >= limit:",
        "rules: a review exactly review_max_age_days old is not stale",
        ("rules/test_stale_review.py",),
    ),
    Break(
        "rules/stale_review.py",
        "    if limit <= 0:\n        return\n",
        "    if limit < 0:\n        return\n",
        "rules: review_max_age_days: 0 turns stale-review off",
        ("rules/test_stale_review.py",),
    ),
    Break(
        "rules/date_order.py",
        "if source.published and source.accessed and source.accessed < source.published:",
        "if source.published and source.accessed and source.accessed <= source.published:",
        "rules: a source accessed the day it was published is in order",
        ("rules/test_date_order.py",),
    ),
    Break(
        "rules/date_order.py",
        "if cited and cited.published and claim.reviewed_on < cited.published:",
        "if cited and cited.published and claim.reviewed_on <= cited.published:",
        "rules: a claim reviewed the day its source was published is in order",
        ("rules/test_date_order.py",),
    ),
    Break(
        "rules/date_order.py",
        "    if value is not None and value > today:",
        "    if value is not None and value >= today:",
        "rules: a date of today is not in the future",
        ("rules/test_date_order.py", "editing/test_editor_commands.py"),
    ),
    Break(
        "rules/conflicting_evidence.py",
        "        and not claim.rationale\n",
        "",
        "rules: a doubted claim all of whose sources support it is fine with a rationale",
        ("rules/test_conflicting_evidence.py",),
    ),
    Break(
        "rules/confirmed_without_support.py",
        "citation.stance is Stance.SUPPORTS for citation in claim.sources",
        "citation.stance is not Stance.REFUTES for citation in claim.sources",
        "rules: a citation that only mentions a claim does not support it",
        ("rules/test_confirmed_without_support.py",),
    ),
    Break(
        "rules/duplicate_claim.py",
        "if a == b or (first in frames and second in frames):",
        "if a == b:",
        "rules: two claims attributing another claim to two tellers are not duplicates of each other",
        ("rules/test_duplicate_claim.py",),
    ),
    Break(
        "rules/duplicate_claim.py",
        'if fold_text(earlier.statement or "") == fold_text(later.statement or ""):',
        "if True:",
        "rules: duplicate-claim says 'identical' only of the same text",
        ("rules/test_duplicate_claim.py",),
    ),
    Break(
        "rules/duplicate_source.py",
        'if number_set(source.title) == number_set(peer.title or ""):',
        "if True:",
        "rules: two titles whose numbers differ are not duplicate sources",
        ("rules/test_duplicate_source.py",),
    ),
    Break(
        "rules/syndicated_source.py",
        "if first.published and second.published and first.published != second.published:",
        "if False:",
        "rules: two like titles published on different days are not one syndicated story",
        ("rules/test_syndicated_source.py",),
    ),
    Break(
        "rules/syndicated_source.py",
        "MIN_EXCERPT = 40\n",
        "MIN_EXCERPT = 4\n",
        "rules: a short excerpt shared by two sources does not make them one story",
        ("rules/test_syndicated_source.py",),
    ),
    Break(
        "rules/unchecked_sentence.py",
        "if sentence.checkable and not sentence.links and not sentence.unverified:",
        "if sentence.checkable and not sentence.links:",
        "rules: a sentence saying itself it is unverified is unsupported-statement's, not unchecked",
        ("rules",),
    ),
    Break(
        "rules/name_variant.py",
        "return distance <= 2 and distance <= max(len(short) // 4, 1)",
        "return distance <= 2",
        "rules: a name of under eight letters is flagged one letter off, not two",
        ("rules/test_name_variant.py", "cli/test_check_command.py"),
    ),
    Break(
        "rules/name_variant.py",
        "if len(short) < SHORT:  # one substitution or one swap of neighbours, nothing more",
        "if len(short) < SHORT - 1:",
        "rules: a four-letter name is flagged only on one substitution or swap",
        ("rules/test_name_variant.py",),
    ),
    Break(
        "rules/unsupported_statement.py",
        "if claim.status is Status.UNCONFIRMED and str(claim.id) not in placed:",
        "if claim.status is Status.UNCONFIRMED:",
        "rules: an unconfirmed claim a sentence carries is reported on the sentence, not twice",
        ("rules/test_unsupported_statement.py",),
    ),
)


def run_break(worktree: Path, item: Break) -> str:
    """'caught', 'missed' or 'stale' for one break, applied and then undone."""
    target = worktree / "src" / "factcheck" / item.path
    text = target.read_text(encoding="utf-8")
    if text.count(item.old) != 1:
        return "stale"
    target.write_text(text.replace(item.old, item.new), encoding="utf-8")
    try:
        tests = [str(worktree / "tests" / t) for t in item.tests]
        environment = {**os.environ, "PYTHONPATH": str(worktree / "src")}
        result = subprocess.run(
            [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:randomly", "-p",
             "no:cacheprovider", *tests],
            cwd=worktree, env=environment, capture_output=True, text=True, check=False,
        )  # fmt: skip
    finally:
        target.write_text(text, encoding="utf-8")
    return "caught" if result.returncode == 1 else "missed" if result.returncode == 0 else "error"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", default="", help="only breaks whose promise contains this")
    parser.add_argument("--list", action="store_true", help="list the breaks and stop")
    options = parser.parse_args()
    chosen = [b for b in BREAKS if options.only in b.promise]
    if options.list:
        for item in chosen:
            print(f"{item.path}: {item.promise}")
        return 0
    tally: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as folder:
        worktree = Path(folder) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach",
                        str(worktree), "HEAD"], check=True)  # fmt: skip
        try:
            for item in chosen:
                outcome = run_break(worktree, item)
                tally[outcome] = tally.get(outcome, 0) + 1
                print(f"{outcome:7} {item.path}: {item.promise}", flush=True)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force",
                            str(worktree)], check=True)  # fmt: skip
    counted = tally.get("caught", 0) + tally.get("missed", 0)
    print(f"\n{tally.get('caught', 0)} of {counted} breaks caught"
          + "".join(f"; {n} {k}" for k, n in sorted(tally.items()) if k not in ("caught", "missed")))  # fmt: skip
    return 1 if tally.get("missed") or tally.get("error") else 0


if __name__ == "__main__":
    sys.exit(main())
