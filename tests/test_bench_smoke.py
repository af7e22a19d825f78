"""The benchmark's generator at a small size: the audit finds exactly what was planted,
and the blocked duplicate search finds what exhaustive scoring finds."""

from __future__ import annotations

import importlib.util
import json
import sys
from datetime import date
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from conftest import SAMPLE
from factcheck.engine.audit import audit
from factcheck.load.repository import load_repository
from factcheck.text.numbers import number_set
from factcheck.text.similar import comparable, similar_pairs


def _module(name: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, SAMPLE / "bench" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("shape", ["invented", "beat"])
def test_the_audit_finds_the_planted_defects(tmp_path: Path, shape: str) -> None:
    planted = _module("generate").generate(
        tmp_path / "desk", claims=600, sources=300, articles=30, seed=3, shape=shape
    )
    manifest = json.loads((tmp_path / "desk" / "bench-manifest.json").read_text())
    assert manifest["shape"] == shape
    assert {rule: len(ids) for rule, ids in manifest["planted"].items()} == {
        rule: len(ids) for rule, ids in planted.items()
    }
    assert all(planted.values())  # every kind of defect planted at least once
    findings = audit(tmp_path / "desk", today=date(2026, 1, 1), use_cache=False).findings
    found = {rule: {f.record for f in findings if f.rule == rule} for rule in planted}
    assert found["unknown-source"] == set(planted["unknown-source"])
    assert found["unsupported-statement"] >= set(planted["unsupported-statement"])
    assert found["duplicate-claim"] <= set(planted["duplicate-claim"])
    assert len(found["duplicate-claim"]) >= 0.9 * len(planted["duplicate-claim"]) > 0


def test_the_desk_wide_rules_in_a_second_process_find_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import factcheck.engine.audit

    _module("generate").generate(tmp_path / "desk", claims=600, sources=300, articles=30, seed=3)
    alone = audit(tmp_path / "desk", today=date(2026, 1, 1), use_cache=False).findings
    monkeypatch.setattr(factcheck.engine.audit, "PARALLEL_RULES_FROM", 1)
    beside = audit(tmp_path / "desk", today=date(2026, 1, 1), use_cache=False).findings
    assert beside == alone
    assert "duplicate-claim" in {f.rule for f in beside}  # the second process found some


@pytest.mark.parametrize("shape", ["invented", "beat"])
def test_blocked_duplicates_equal_exhaustive_ones(tmp_path: Path, shape: str) -> None:
    _module("generate").generate(
        tmp_path / "desk", claims=1000, sources=200, articles=20, seed=5, shape=shape
    )
    texts = [c.statement or "" for c in load_repository(tmp_path / "desk").claims]
    folded = [comparable(text) for text in texts]
    exhaustive = {
        (i, j)
        for i in range(len(texts))
        for j in range(i + 1, len(texts))
        if fuzz.token_sort_ratio(folded[i], folded[j]) >= 90
        and number_set(texts[i]) == number_set(texts[j])
    }
    assert exhaustive
    assert {(i, j) for i, j, _ in similar_pairs(texts, 90)} == exhaustive


def test_the_beat_shape_reads_as_one_beat_and_is_deterministic(tmp_path: Path) -> None:
    """Statements share the beat's real words by the hundred, each written from a
    template with its figures; the same seed writes the same desk."""
    generate = _module("generate")
    generate.generate(tmp_path / "a", claims=300, sources=50, articles=10, seed=4, shape="beat")
    generate.generate(tmp_path / "b", claims=300, sources=50, articles=10, seed=4, shape="beat")
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*.*"))
    assert files
    assert all(
        (tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes() for f in files
    )
    texts = [c.statement or "" for c in load_repository(tmp_path / "a").claims]
    shared = sum("prisoners" in t or "sanctions" in t or "sentence" in t for t in texts)
    assert shared > len(texts) / 3
    assert all(number_set(text) for text in texts)  # every statement carries a figure or a date
    assert len(_module("beat").STATEMENTS) >= 20


def test_the_claim_matching_bench_scores_a_tiny_benchmark(tmp_path: Path) -> None:
    bench = _module("claim_matching")
    claims = [
        {"id": "c1", "statement": "The harbour of Port Vell reopened after repairs."},
        {"id": "c2", "statement": "Ferry tolls doubled at the Skelby crossing."},
    ]
    (tmp_path / "claims.jsonl").write_text("\n".join(map(json.dumps, claims)), encoding="utf-8")
    body = "Port Vell harbour has reopened after the repairs.\n\nNothing to see here.\n"
    tweets = [
        {"tweet_id": "t1", "start": 0, "end": 49, "gold": ["c1"], "text": body[:49]},
        {"tweet_id": "t2", "start": 51, "end": 71, "gold": ["c2"], "text": body[51:71]},
    ]
    (tmp_path / "dev.md").write_text(body, encoding="utf-8")
    (tmp_path / "dev.tweets.json").write_text(json.dumps(tweets), encoding="utf-8")
    claims_read, tweets_read, text = bench.load(tmp_path, "dev")
    ranked, links, _ = bench.factcheck_run(claims_read, tweets_read, text, 20.0)
    assert links == {"t1": {"c1"}, "t2": set()}
    assert bench.score(tweets_read, ranked, links) == {
        "P": 1.0, "R": 0.5, "F1": 2 / 3, "R@1": 0.5, "R@5": 0.5, "MAP@5": 0.5,
    }  # fmt: skip


def test_the_benchmark_runs_small_and_agrees_with_itself(tmp_path: Path) -> None:
    """bench/run.py at a tiny size: it exits 1 when the findings disagree with what was
    planted or the cache changes an answer (cold against warm, also after edits)."""
    import subprocess

    completed = subprocess.run(
        [sys.executable, str(SAMPLE / "bench" / "run.py"), "--claims", "200", "--sources", "100",
         "--articles", "20", "--workdir", str(tmp_path)],
        capture_output=True, text=True, check=False, cwd=tmp_path,
    )  # fmt: skip
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert completed.stdout.count("cold and warm JSON identical, after each change too: True") == 2
    assert "shape: invented" in completed.stdout and "shape: beat" in completed.stdout
    assert "ms a sentence" in completed.stdout
    assert "article analysis a sentence, beat against invented:" in completed.stdout
