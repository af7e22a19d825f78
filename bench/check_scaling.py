"""Time `factcheck check` of articles of growing length: it should grow in proportion.

    python bench/check_scaling.py [--sizes 1000,2000,8000,14000]

Writes, for each size, a plain-text article of that many sentences (numbers, names,
hedges and attributions among them, so every rule has work to do) to a temporary
desk with a few claims, runs the library's `check_article` on it in this process,
and prints seconds, microseconds a sentence, and the ratio of each size's time to
the smallest's against the ratio of their lengths. Nothing is downloaded.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from factcheck.engine.check import check_article
from factcheck.load.repository import load_repository

SENTENCES = (
    "The council of Riverton approved a budget of {n} million euros on Monday.",
    "Mayor Dana Okafor said the works would reportedly take {n} weeks.",
    "Residents waited for hours at the Hillside depot, according to the authority.",
    "It has also been suggested that the repairs cost more than planned.",
    "The bridge is one of the most visited places in the region.",
    "Crews from Northway Ferries worked through the night.",
)
CLAIM = "id: budget-{n}\nstatement: The council approved a budget of {n} million euros.\nstatus: confirmed\nsources: [s]\n"


def article(sentences: int) -> str:
    lines = [SENTENCES[i % len(SENTENCES)].format(n=i % 97 + 1) for i in range(sentences)]
    return (
        "Riverton budget\n\n"
        + "\n".join(" ".join(lines[i : i + 5]) for i in range(0, len(lines), 5))
        + "\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,2000,8000,14000")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as folder:
        desk = Path(folder)
        (desk / "claims").mkdir()
        (desk / "sources").mkdir()
        (desk / "sources/s.yaml").write_text(
            "id: s\ntitle: T\npublisher: P\nurl: https://p.example/\n"
        )
        for n in range(1, 20):
            (desk / f"claims/budget-{n}.yaml").write_text(CLAIM.format(n=n))
        repo = load_repository(desk)
        check_article(_write(desk, 50), repo)  # warm up imports and tables
        first: tuple[int, float] | None = None
        print(f"{'sentences':>10} {'seconds':>9} {'µs/sentence':>12} {'time ×':>8} {'length ×':>9}")
        for size in sizes:
            path = _write(desk, size)
            start = time.perf_counter()
            result = check_article(path, repo)
            elapsed = time.perf_counter() - start
            count = len(result.analysis.sentences)
            first = first or (count, elapsed)
            print(f"{count:>10} {elapsed:>9.2f} {1e6 * elapsed / count:>12.0f} "
                  f"{elapsed / first[1]:>8.1f} {count / first[0]:>9.1f}")  # fmt: skip


def _write(desk: Path, sentences: int) -> Path:
    path = desk / f"draft-{sentences}.txt"
    path.write_text(article(sentences), encoding="utf-8")
    return path


if __name__ == "__main__":
    main()
