"""How fast factcheck matches a draft against a large reference corpus of reviews.

    python bench/corpus.py                       # 250,000 reviews, a 5,000-word draft
    python bench/corpus.py --reviews 20000 --out /tmp/corpus-bench

Writes a desk whose factcheck.yaml names `feeds/` (nine tenths of the reviews as
ClaimReview JSON Lines, a tenth as CSV), written as one newsroom beat writes them
(bench/beat.py: prisoners, sanctions, courts, so that thousands of reviews share the
same words), and a draft of the same beat. Then it times, each in a fresh process:
the index's build (the first `check`, with no cache), `check` of the draft warm (the
median of three, the draft edited before each, so that it is matched again against
the kept index), and `corpus search`; and prints each one's peak resident memory.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import _beat_module, long_article

CHECKERS = ["Snopes", "PolitiFact", "Full Fact", "AFP Fact Check", "Les Décodeurs",
            "Maldita", "Correctiv", "Demagog", "StopFake", "Africa Check", "Boom", "Aos Fatos"]  # fmt: skip
RATINGS = ["False", "Mostly False", "Misleading", "Half True", "True", "Pants on Fire!",
           "Unproven", "Faux", "Falso", "Engañoso", "Falsch", "Missing context"]  # fmt: skip
LANGUAGES = ["en", "en", "en", "fr", "es", "de", "pl", "pt"]


def write_corpus(out: Path, reviews: int, seed: int) -> None:
    """The desk: settings naming `feeds/`, and the reviews in two feeds."""
    rng = random.Random(seed)
    beat = _beat_module().Beat(rng)
    feeds = out / "feeds"
    feeds.mkdir(parents=True, exist_ok=True)
    (out / "claims").mkdir(exist_ok=True)
    (out / "sources").mkdir(exist_ok=True)
    (out / "factcheck.yaml").write_text("corpus: [feeds/]\n", encoding="utf-8")
    as_csv = reviews // 10
    with (feeds / "reviews.jsonl").open("w", encoding="utf-8") as lines:
        for number in range(reviews - as_csv):
            beat.article(rng)
            claim = beat.statement(rng)
            node = {
                "@context": "https://schema.org", "@type": "ClaimReview",
                "url": f"https://checks.example/{number}", "claimReviewed": claim,
                "name": beat.title(rng),
                "author": {"@type": "Organization", "name": rng.choice(CHECKERS)},
                "datePublished": f"{rng.randint(2012, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                "inLanguage": rng.choice(LANGUAGES),
                "reviewRating": {"@type": "Rating", "alternateName": rng.choice(RATINGS)},
            }  # fmt: skip
            lines.write(json.dumps(node, ensure_ascii=False) + "\n")
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["claim", "rating", "publisher", "url", "date", "language"])
    for number in range(as_csv):
        beat.article(rng)
        writer.writerow([beat.statement(rng), rng.choice(RATINGS), rng.choice(CHECKERS),
                         f"https://csv.example/{number}", f"{rng.randint(2012, 2026)}-06-01",
                         rng.choice(LANGUAGES)])  # fmt: skip
    (feeds / "more.csv").write_text(buffer.getvalue(), encoding="utf-8")


def timed(command: list[str]) -> tuple[float, float]:
    """Seconds and peak resident MiB of `command`, run in a process of its own."""
    probe = (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL)\n"
        "took = time.perf_counter() - start\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "print(done.returncode, took, peak)\n"
    )
    output = subprocess.run([sys.executable, "-c", probe, *command], capture_output=True,
                            text=True, check=True).stdout.split()  # fmt: skip
    if output[0] not in ("0", "1"):
        raise SystemExit(f"{' '.join(command)} exited {output[0]}")
    return float(output[1]), float(output[2])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reviews", type=int, default=250_000)
    parser.add_argument("--words", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=Path("/tmp/factcheck-corpus-bench"))
    parser.add_argument("--factcheck", default=shutil.which("factcheck") or "factcheck")
    options = parser.parse_args()
    out: Path = options.out
    if not (out / "feeds" / "reviews.jsonl").exists():
        started = time.perf_counter()
        write_corpus(out, options.reviews, options.seed)
        print(f"wrote {options.reviews:,} reviews in {time.perf_counter() - started:.1f} s")
    draft = long_article(out, options.words, options.seed, "beat")
    shutil.rmtree(out / ".factcheck", ignore_errors=True)
    check = [options.factcheck, "check", str(draft), "--root", str(out), "--format", "json"]
    build, build_peak = timed(check)
    warm = []
    for edit in range(3):  # a draft being written: each run a new sentence, the index kept
        with draft.open("a", encoding="utf-8") as text:
            text.write(f"\nA sentence added in edit {edit + 1} of the draft.\n")
        warm.append(timed(check))
    search = timed([options.factcheck, "corpus", "search", "prisoners were released",
                    "--root", str(out)])  # fmt: skip
    size = sum(p.stat().st_size for p in (out / "feeds").iterdir()) / 2**20
    print(f"corpus: {options.reviews:,} reviews, {size:.0f} MiB of feeds; draft: "
          f"{len(draft.read_text().split()):,} words")  # fmt: skip
    print(f"index built (first check, no cache): {build:.1f} s, peak {build_peak:.0f} MiB")
    print(f"check warm: median {statistics.median(t for t, _ in warm):.2f} s "
          f"({', '.join(f'{t:.2f}' for t, _ in warm)}), peak {max(p for _, p in warm):.0f} MiB")  # fmt: skip
    print(f"corpus search warm: {search[0]:.2f} s, peak {search[1]:.0f} MiB")


if __name__ == "__main__":
    main()
