"""False alarms of unchecked-sentence and name-variant on three hand-labelled articles.

The figures are those `python bench/false_alarms.py` prints; docs/articles.md
quotes them. A change that raises a false alarm or misses a label fails here.
"""

from __future__ import annotations

import importlib.util
import sys

import yaml

from conftest import SAMPLE

spec = importlib.util.spec_from_file_location("false_alarms", SAMPLE / "bench" / "false_alarms.py")
assert spec and spec.loader
false_alarms = importlib.util.module_from_spec(spec)
sys.modules["false_alarms"] = false_alarms  # dataclasses look their module up here
spec.loader.exec_module(false_alarms)
LABELS = yaml.safe_load((SAMPLE / "tests" / "data" / "labels.yaml").read_text(encoding="utf-8"))
Tally = false_alarms.Tally


def test_sample() -> None:
    assert false_alarms.measure("sample", LABELS["sample"]) == {
        "unchecked-sentence": Tally(raised=3, false_alarms=0, missed=2),
        "name-variant": Tally(raised=1, false_alarms=0, missed=0),
    }


def test_riverton() -> None:
    assert false_alarms.measure("riverton", LABELS["riverton"]) == {
        "unchecked-sentence": Tally(raised=4, false_alarms=0, missed=1),
        "name-variant": Tally(raised=1, false_alarms=0, missed=0),
    }


def test_ferry() -> None:
    assert false_alarms.measure("ferry", LABELS["ferry"]) == {
        "unchecked-sentence": Tally(raised=3, false_alarms=0, missed=1),
        "name-variant": Tally(raised=0, false_alarms=0, missed=0),
    }
