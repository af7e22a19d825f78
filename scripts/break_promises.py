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


BREAKS: tuple[Break, ...] = (
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
