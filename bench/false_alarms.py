"""Measure false alarms of `unchecked-sentence` and `name-variant` on hand-labelled articles.

    python bench/false_alarms.py

Prints, per article and in total, how many findings each rule raised, how many
of those the labels in tests/data/labels.yaml call false alarms, and how many
labelled items the rule missed.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from factcheck.engine.audit import run_rules
from factcheck.load.repository import load_repository

PROJECT = Path(__file__).resolve().parents[1]
LABELS = PROJECT / "tests" / "data" / "labels.yaml"


@dataclass(frozen=True)
class Tally:
    """Findings raised, false alarms among them, and labelled items missed."""

    raised: int
    false_alarms: int
    missed: int


def measure(name: str, label: dict[str, object]) -> dict[str, Tally]:
    """Tallies of both rules on one labelled article."""
    root = PROJECT / str(label["root"])
    findings = [
        f
        for f in run_rules(load_repository(root), today=date(2026, 11, 26))
        if f.path == label["article"]
    ]
    checkable = {tuple(item) for item in label["checkable"]}  # type: ignore[attr-defined]
    unchecked = {(f.line, f.column) for f in findings if f.rule == "unchecked-sentence"}
    misspelled = set(label["misspelled"])  # type: ignore[arg-type]
    variants = {f.message.split("'")[1] for f in findings if f.rule == "name-variant"}
    return {
        "unchecked-sentence": Tally(
            len(unchecked), len(unchecked - checkable), len(checkable - unchecked)
        ),
        "name-variant": Tally(
            len(variants), len(variants - misspelled), len(misspelled - variants)
        ),
    }


def main() -> int:
    labels = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    totals: dict[str, list[int]] = {}
    print(f"{'article':10} {'rule':20} {'raised':>6} {'false':>6} {'missed':>6}")
    for name, label in labels.items():
        for rule, tally in measure(name, label).items():
            print(f"{name:10} {rule:20} {tally.raised:6} {tally.false_alarms:6} {tally.missed:6}")
            total = totals.setdefault(rule, [0, 0, 0])
            total[0] += tally.raised
            total[1] += tally.false_alarms
            total[2] += tally.missed
    for rule, (raised, false, missed) in totals.items():
        rate = false / raised if raised else 0.0
        print(f"{'all':10} {rule:20} {raised:6} {false:6} {missed:6}   false-alarm rate {rate:.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
