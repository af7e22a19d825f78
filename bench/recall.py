"""Recall of duplicate-claim's candidate generation against exhaustive all-pairs scoring.

    python bench/recall.py DESK            # e.g. a 10,000-claim desk from bench/generate.py

Scores every pair of statements with rapidfuzz (process.cdist, both cores) and
compares the pairs at or above the threshold with those the blocked search finds.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process

from factcheck.load.repository import load_repository
from factcheck.text.numbers import number_set
from factcheck.text.similar import comparable, similar_pairs


def main() -> int:
    repo = load_repository(Path(sys.argv[1]))
    texts = [c.statement or "" for c in repo.claims if c.statement]
    threshold = repo.settings.duplicate_threshold
    started = time.perf_counter()
    folded = [comparable(text) for text in texts]
    matrix = process.cdist(
        folded,
        folded,
        scorer=fuzz.token_sort_ratio,
        score_cutoff=threshold,
        dtype=np.uint8,
        workers=-1,
    )
    rows, columns = np.nonzero(matrix)
    exhaustive = {
        (int(i), int(j)) for i, j in zip(rows, columns, strict=True)
        if i < j and number_set(texts[i]) == number_set(texts[j])
    }  # fmt: skip
    all_pairs = time.perf_counter() - started
    started = time.perf_counter()
    blocked = {(i, j) for i, j, _ in similar_pairs(texts, threshold)}
    blocked_time = time.perf_counter() - started
    found = len(exhaustive & blocked)
    recall = found / len(exhaustive) if exhaustive else 1.0
    print(f"statements {len(texts)}  threshold {threshold:g}")
    print(f"all pairs:  {len(exhaustive)} pairs in {all_pairs:.1f} s")
    print(
        f"blocked:    {len(blocked)} pairs in {blocked_time:.2f} s, {found} of the all-pairs ones"
    )
    print(f"recall {recall:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
