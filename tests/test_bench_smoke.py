"""The benchmark's generator at a small size: the audit finds exactly what was planted,
and the blocked duplicate search finds what exhaustive scoring finds."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path

from rapidfuzz import fuzz

from conftest import SAMPLE
from factcheck.audit import audit
from factcheck.repository import load_repository
from factcheck.text.numbers import number_set
from factcheck.text.similar import _prepared, similar_pairs


def _module(name: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, SAMPLE / "bench" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_the_audit_finds_the_planted_defects(tmp_path: Path) -> None:
    planted = _module("generate").generate(
        tmp_path / "desk", claims=600, sources=300, articles=30, seed=3
    )
    findings = audit(tmp_path / "desk", today=date(2026, 1, 1), use_cache=False).findings
    found = {rule: {f.record for f in findings if f.rule == rule} for rule in planted}
    assert found["unknown-source"] == set(planted["unknown-source"])
    assert found["unsupported-statement"] >= set(planted["unsupported-statement"])
    assert found["duplicate-claim"] <= set(planted["duplicate-claim"])
    assert len(found["duplicate-claim"]) >= 0.9 * len(planted["duplicate-claim"]) > 0


def test_blocked_duplicates_equal_exhaustive_ones(tmp_path: Path) -> None:
    _module("generate").generate(tmp_path / "desk", claims=1000, sources=200, articles=20, seed=5)
    texts = [c.statement or "" for c in load_repository(tmp_path / "desk").claims]
    folded = _prepared(texts)
    exhaustive = {
        (i, j)
        for i in range(len(texts))
        for j in range(i + 1, len(texts))
        if fuzz.token_sort_ratio(folded[i], folded[j]) >= 90
        and number_set(texts[i]) == number_set(texts[j])
    }
    assert exhaustive
    assert {(i, j) for i, j, _ in similar_pairs(texts, 90)} == exhaustive
