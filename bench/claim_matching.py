"""Score the claim matcher on CLEF-2020 CheckThat! Task 2 (English verified-claim retrieval).

    python bench/claim_matching.py DATA [--split dev|test] [--thresholds 15,20,25]

DATA is a folder with the benchmark's files as its maintainers' converter writes them:
`claims.jsonl` (one verified claim a line: id, statement), `<split>.md` (one tweet a
paragraph) and `<split>.tweets.json` (each tweet's offsets in the .md and its gold
claim ids). Nothing is downloaded; without DATA the script says so and stops.

Every claim is a confirmed claim of one desk; the tweets are one article checked
against it, sentence by sentence, as `factcheck check` does. A (tweet, claim) link is
any link made in any of the tweet's sentences. Figures, as the benchmark's own runner
computes them: precision, recall and F1 of the links; recall@1, recall@5 and MAP@5
of each tweet's linked claims ranked by score (a tweet with no link scores 0). With
`bm25s` installed, the BM25 baseline is scored the same way, its top-1 cut-off chosen
for F1 on the dev split.

Tune on dev; quote test.
"""

from __future__ import annotations

import argparse
import bisect
import json
import sys
import time
from pathlib import Path
from typing import Any

from factcheck.desk.model import Article, Claim, Status
from factcheck.desk.settings import Settings
from factcheck.text.analysis import analyze

Ranked = dict[str, list[str]]
Links = dict[str, set[str]]


def load(data: Path, split: str) -> tuple[list[Claim], list[dict[str, Any]], str]:
    claims = [
        Claim(path=f"claims/{row['id']}.yaml", id=row["id"], statement=row["statement"],
              status=Status.CONFIRMED)
        for row in map(json.loads, (data / "claims.jsonl").read_text(encoding="utf-8").splitlines())
    ]  # fmt: skip
    tweets = json.loads((data / f"{split}.tweets.json").read_text(encoding="utf-8"))
    return claims, tweets, (data / f"{split}.md").read_text(encoding="utf-8")


def score(
    tweets: list[dict[str, Any]], ranked: Ranked, links: Links, depth: int = 5
) -> dict[str, float]:
    """The benchmark runner's figures, over the tweets that have a gold claim."""
    scored = [t for t in tweets if t["gold"]]
    right = wrong = 0
    r1 = r5 = average_precision = 0.0
    for tweet in scored:
        gold = set(tweet["gold"])
        linked = links.get(tweet["tweet_id"], set())
        right += len(linked & gold)
        wrong += len(linked - gold)
        top = ranked.get(tweet["tweet_id"], [])[:depth]
        r1 += len(gold & set(top[:1])) / len(gold)
        r5 += len(gold & set(top)) / len(gold)
        hits = 0
        precisions = 0.0
        for rank, claim in enumerate(top, 1):
            if claim in gold:
                hits += 1
                precisions += hits / rank
        average_precision += precisions / len(gold)
    pairs = sum(len(set(t["gold"])) for t in scored)
    precision = right / (right + wrong) if right + wrong else 0.0
    recall = right / pairs if pairs else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    n = len(scored)
    return {
        "P": precision,
        "R": recall,
        "F1": f1,
        "R@1": r1 / n,
        "R@5": r5 / n,
        "MAP@5": average_precision / n,
    }


def factcheck_run(
    claims: list[Claim], tweets: list[dict[str, Any]], body: str, threshold: float
) -> tuple[Ranked, Links, float]:
    article = Article(path="tweets.md", id="tweets", title="tweets", body=body)
    start = time.perf_counter()
    analysis = analyze(article, claims, Settings(match_threshold=threshold))
    elapsed = time.perf_counter() - start
    starts = [t["start"] for t in tweets]
    best: dict[str, dict[str, float]] = {t["tweet_id"]: {} for t in tweets}
    for sentence in analysis.sentences:
        tweet = tweets[bisect.bisect_right(starts, sentence.start) - 1]
        scores = best[tweet["tweet_id"]]
        for link in sentence.links:
            scores[str(link.claim.id)] = max(scores.get(str(link.claim.id), -1.0), link.score)
    ranked = {tid: sorted(s, key=lambda c: (-s[c], c)) for tid, s in best.items()}
    return ranked, {tid: set(s) for tid, s in best.items()}, elapsed


def bm25_run(
    claims: list[Claim], tweets: list[dict[str, Any]], tune: list[dict[str, Any]]
) -> tuple[Ranked, Links, float] | None:
    try:
        import bm25s
    except ImportError:
        return None
    ids = [str(c.id) for c in claims]
    start = time.perf_counter()
    retriever = bm25s.BM25()
    retriever.index(
        bm25s.tokenize([c.statement or "" for c in claims], stopwords="en", show_progress=False),
        show_progress=False,
    )

    def top(rows: list[dict[str, Any]]) -> list[list[tuple[str, float]]]:
        tokens = bm25s.tokenize([r["text"] for r in rows], stopwords="en", show_progress=False)
        docs, scores = retriever.retrieve(tokens, k=5, show_progress=False, n_threads=0)
        return [
            [(ids[int(d)], float(s)) for d, s in zip(dr, sr, strict=True)]
            for dr, sr in zip(docs, scores, strict=True)
        ]

    tops = top(tweets)
    elapsed = time.perf_counter() - start
    tune_tops = top(tune)
    cutoff, best_f1 = 0.0, -1.0
    for candidate in sorted({t[0][1] for t in tune_tops if t}):
        links = {
            t["tweet_id"]: {tt[0][0]} if tt and tt[0][1] >= candidate else set()
            for t, tt in zip(tune, tune_tops, strict=True)
        }
        f1 = score(tune, {}, links)["F1"]
        if f1 > best_f1:
            cutoff, best_f1 = candidate, f1
    ranked = {t["tweet_id"]: [c for c, _ in tt] for t, tt in zip(tweets, tops, strict=True)}
    links = {
        t["tweet_id"]: {tt[0][0]} if tt and tt[0][1] >= cutoff else set()
        for t, tt in zip(tweets, tops, strict=True)
    }
    return ranked, links, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--split", default="test", choices=["dev", "test"])
    parser.add_argument("--thresholds", default="", help="extra match_threshold values, e.g. 15,25")
    args = parser.parse_args()
    if not (args.data / "claims.jsonl").is_file():
        sys.exit(
            f"{args.data}: no claims.jsonl here; see this script's docstring for the files it needs"
        )
    claims, tweets, body = load(args.data, args.split)
    print(
        f"split {args.split}: {sum(1 for t in tweets if t['gold'])} tweets with gold, {len(claims)} claims"
    )
    print(
        f"{'system':<34}"
        + "".join(f"{k:>8}" for k in ("P", "R", "F1", "R@1", "R@5", "MAP@5"))
        + "    time"
    )
    thresholds = [Settings().match_threshold] + [
        float(t) for t in args.thresholds.split(",") if t.strip()
    ]
    for threshold in thresholds:
        ranked, links, elapsed = factcheck_run(claims, tweets, body, threshold)
        figures = score(tweets, ranked, links)
        print(
            f"{f'factcheck, match_threshold {threshold:g}':<34}"
            + "".join(f"{v:>8.3f}" for v in figures.values())
            + f"  {elapsed:.2f} s"
        )
    baseline = bm25_run(
        claims, tweets, json.loads((args.data / "dev.tweets.json").read_text(encoding="utf-8"))
    )
    if baseline is None:
        print("bm25s is not installed: no BM25 baseline")
        return
    ranked, links, elapsed = baseline
    figures = score(tweets, ranked, links)
    print(
        f"{'BM25 (bm25s), cut-off from dev':<34}"
        + "".join(f"{v:>8.3f}" for v in figures.values())
        + f"  {elapsed:.2f} s"
    )


if __name__ == "__main__":
    main()
