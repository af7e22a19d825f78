"""Time sentence splitting over every article of a desk, and over one English text.

    python bench/segmentation.py DESK [--compare OLD_SENTENCES_PY]

Prints sentences, seconds and microseconds per sentence for `split_sentences` over
the visible blocks of every article under DESK/claims (as the audit splits them).
With --compare, the same for another implementation of the module (for example the
previous commit's, from `git show REV:src/factcheck/text/sentences.py > old.py`),
so that a change of the splitter can be held to its speed.
"""

from __future__ import annotations

import argparse
import importlib.util
import time
from collections.abc import Callable
from pathlib import Path

from factcheck.load.files import load_article
from factcheck.text.analysis import article_blocks

Splitter = Callable[[str], list[tuple[int, int]]]


def _load(path: Path) -> Splitter:
    spec = importlib.util.spec_from_file_location("other_sentences", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.split_sentences  # type: ignore[no-any-return]


def _time(split: Splitter, blocks: list[str], rounds: int = 3) -> tuple[int, float]:
    best = float("inf")
    count = 0
    for _ in range(rounds):
        start = time.perf_counter()
        count = sum(len(split(block)) for block in blocks)
        best = min(best, time.perf_counter() - start)
    return count, best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("desk", type=Path)
    parser.add_argument("--compare", type=Path)
    args = parser.parse_args()
    blocks: list[str] = []
    for path in sorted((args.desk / "claims").rglob("*.md")):
        loaded = load_article(path, path.relative_to(args.desk).as_posix(), standalone=False)
        for article in loaded.articles:
            blocks.extend(block.text for block in article_blocks(article))
    from factcheck.text.sentences import split_sentences

    runs = [("current", split_sentences)]
    if args.compare:
        runs.append((str(args.compare), _load(args.compare)))
    print(f"{len(blocks)} blocks")
    for name, split in runs:
        count, seconds = _time(split, blocks)
        print(
            f"{name}: {count} sentences in {seconds:.3f} s, {1e6 * seconds / count:.1f} µs a sentence"
        )


if __name__ == "__main__":
    main()
