"""The last answer of each command, kept whole: an unchanged desk is answered without
loading it.

An answer is kept under a key of everything it depends on (`desk_key`): factcheck's
version, the settings file, the stamp of every file found and the paths skipped, and
the command's own parts (options, the date, the draft's stamp). The key is kept as an
entry of its own and read first: the findings of a large desk take a second and
hundreds of megabytes to decode, for nothing when any file changed. An answer is used
only if every file it describes had settled when it was kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeVar

import msgspec

from factcheck import __version__
from factcheck.desk.findings import Finding
from factcheck.incremental.rules import Listing
from factcheck.incremental.store import Store, fingerprint, settled, stable_hash
from factcheck.load.discover import SETTINGS_FILE

T = TypeVar("T")


def desk_key(root: Path, listing: Listing, *parts: object) -> str:
    """The key of an answer about the desk at `root`: factcheck's version, the settings
    file, every file found by its stamp (`listing`), the feeds of its reference corpus
    by theirs, and the answer's own `parts`."""
    settings = settings_bytes(root)
    return fingerprint(
        __version__, *parts, settings, listing.everything, corpus_stamps(root, settings)
    )


def corpus_stamps(root: Path, settings: bytes) -> list[tuple[str, int, int, int]]:
    """The stamps of the feeds the settings name as the desk's reference corpus."""
    if b"corpus" not in settings:
        return []
    from factcheck.load.feeds import feed_stamps
    from factcheck.load.settings import parse_settings

    named = parse_settings(settings.decode("utf-8", errors="replace"))[0].corpus
    return feed_stamps(root, named)


def settings_bytes(root: Path) -> bytes:
    """The desk's settings file as it is (empty when there is none): part of every key."""
    try:
        return (root / SETTINGS_FILE).read_bytes()
    except OSError:
        return b""


def kept_answer(
    store: Store, name: str, key: str, kind: Any, stamps: Sequence[tuple[int, ...]]
) -> T | None:
    """The answer kept under `name` for `key` (as a `kind`), if every file of `stamps`
    had settled when it was kept."""
    if store.read(f"{name}-key", str) != key:
        return None
    dated: tuple[int, tuple[str, T]] | None = store.read_dated(name, tuple[str, kind])
    if dated is None:
        return None
    written_at, (kept_key, answer) = dated
    if kept_key != key or not all(settled(stamp, written_at) for stamp in stamps):
        return None
    return answer


def keep_answer(store: Store, name: str, key: str, answer: object) -> None:
    """Keep `answer` under `name` for `key`, then the key: a key never vouches for an
    older answer."""
    store.write(name, (key, answer))
    store.write(f"{name}-key", key)


class KeptAudit(msgspec.Struct, array_like=True, frozen=True):
    """What is kept of an audit besides its findings."""

    rows: list[str]
    """The keys of the rows holding its findings, in order."""
    counts: dict[str, Any]
    suppressed: list[Finding]


FINDINGS = "audit-findings"
"""The rows of the audit's findings, each keyed by its content."""
CUT_ONE_FILE_IN = 4096
"""The findings are kept in rows cut where the findings of a file begin whose path hashes
to a multiple of this (rows of about 5,000 findings on a desk of 100,000 claims). The
cuts fall at the same files from one audit to the next, so an audit after a change
rewrites only the few rows whose findings changed; and no value is ever encoded whole."""
FEWEST_PER_ROW = 1_000
MOST_PER_ROW = 20_000
"""Rows are cut no shorter than the first, and always by the second (a desk of one
huge file)."""


def keep_audit(
    store: Store,
    key: str,
    findings: list[Finding],
    counts: dict[str, Any],
    suppressed: list[Finding],
) -> None:
    """Keep an audit's answer: its findings in rows, and the rest."""
    rows = store.keep_by_content(FINDINGS, _rows_of(findings))
    if rows is not None:
        keep_answer(store, "audit", key, KeptAudit(rows, counts, suppressed))


def kept_audit(
    store: Store, key: str, stamps: Sequence[tuple[int, ...]]
) -> tuple[list[Finding], KeptAudit] | None:
    """The findings and the rest of the audit kept for `key`, if any."""
    kept: KeptAudit | None = kept_answer(store, "audit", key, KeptAudit, stamps)
    if kept is None:
        return None
    rows: dict[str, tuple[int, list[Finding]]] = store.read_rows(FINDINGS, list[Finding])
    findings: list[Finding] = []
    for row_key in kept.rows:
        row = rows.get(row_key)
        if row is None:
            return None
        findings.extend(row[1])
    return findings, kept


def _rows_of(findings: list[Finding]) -> list[list[Finding]]:
    """`findings` (in order) cut into the rows the cache keeps them in."""
    rows: list[list[Finding]] = []
    start = 0
    previous: str | None = None
    for index, finding in enumerate(findings):
        length = index - start
        if finding.path != previous:
            previous = finding.path
            cut = length >= FEWEST_PER_ROW and _cuts_at(finding.path)
        else:
            cut = False
        if cut or length >= MOST_PER_ROW:
            rows.append(findings[start:index])
            start = index
    if start < len(findings):
        rows.append(findings[start:])
    return rows


def _cuts_at(path: str | None) -> bool:
    return stable_hash(path or "") % CUT_ONE_FILE_IN == 0
