"""Write a synthetic claims repository of a given size, with a known set of planted defects.

    python bench/generate.py OUT --claims 100000 --sources 50000 --articles 5000

Deterministic for a given --seed. Statements come from several sentence shapes
over a vocabulary of thousands of made-up words and names; each article carries
its claims' quotes plus unchecked sentences. Planted: near-duplicate claims,
citations of unknown sources, and unconfirmed claims in articles (unsupported
statements). The planted counts are written to OUT/bench-manifest.json so the
runner can check the findings.
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass
from pathlib import Path

SYLLABLES = [
    "ba",
    "be",
    "bi",
    "bo",
    "bu",
    "da",
    "de",
    "di",
    "do",
    "du",
    "ka",
    "ke",
    "ki",
    "ko",
    "ku",
    "la",
    "le",
    "li",
    "lo",
    "lu",
    "ma",
    "me",
    "mi",
    "mo",
    "mu",
    "na",
    "ne",
    "ni",
    "no",
    "nu",
    "ra",
    "re",
    "ri",
    "ro",
    "ru",
    "sa",
    "se",
    "si",
    "so",
    "su",
    "ta",
    "te",
    "ti",
    "to",
    "tu",
    "va",
    "ve",
    "vi",
    "vo",
    "vu",
    "za",
    "ze",
    "zi",
    "zo",
    "zu",
]
SHAPES = (
    "{name} said the {noun} of {place} {verb} {n} {noun2} in {month} {year}.",
    "The {noun} in {place} {verb} {n} {noun2} after the {adj} {noun3}.",
    "According to {org}, {n} {noun2} were {verb} near {place} in {year}.",
    "{name} {verb} the {adj} {noun} of {org} on {day} {month} {year}.",
    "In {year}, {org} {verb} {n} {adj} {noun2} across {place}.",
    "{place} {verb} its {noun} by {n} percent, {name} of {org} said.",
)  # fmt: skip
UNCHECKED = (
    "It was a {adj} {noun} for the {noun2}.",
    "Many {noun2} felt the {noun} was {adj}.",
    "The {noun} remained {adj} through the {noun2}.",
)
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@dataclass
class Vocabulary:
    words: list[str]
    names: list[str]
    places: list[str]
    orgs: list[str]
    publishers: list[str]


def _word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(syllables))


def vocabulary(rng: random.Random) -> Vocabulary:
    words = sorted({_word(rng, rng.randint(2, 4)) for _ in range(6000)})

    def proper(count: int, parts: int) -> list[str]:
        return sorted(
            {
                " ".join(_word(rng, rng.randint(2, 3)).capitalize() for _ in range(parts))
                for _ in range(count)
            }
        )

    return Vocabulary(words, proper(2000, 2), proper(800, 1), proper(600, 2), proper(400, 2))


def sentence(rng: random.Random, vocab: Vocabulary, shapes: tuple[str, ...]) -> str:
    w = vocab.words
    return rng.choice(shapes).format(
        name=rng.choice(vocab.names), place=rng.choice(vocab.places), org=rng.choice(vocab.orgs),
        noun=rng.choice(w), noun2=rng.choice(w), noun3=rng.choice(w), adj=rng.choice(w), verb=rng.choice(w) + "ed",
        n=rng.randint(2, 99999), month=rng.choice(MONTHS), year=rng.randint(1990, 2025), day=rng.randint(1, 28),
    )  # fmt: skip


def near_duplicate(rng: random.Random, text: str) -> str:
    """The statement reworded a little: two words swapped, a letter changed, or a small word
    dropped. Numbers stay, so the pair is a duplicate by the rule's definition."""
    words = text.rstrip(".").split()
    kind = rng.choice(("swap", "typo", "drop"))
    plain = [i for i, w in enumerate(words) if w.isalpha() and len(w) > 3]
    if kind == "typo" and plain:
        i = rng.choice(plain)
        j = rng.randrange(1, len(words[i]) - 1)
        words[i] = words[i][:j] + ("a" if words[i][j] != "a" else "e") + words[i][j + 1 :]
    elif kind == "drop" and len(words) > 8:
        small = [
            i for i, w in enumerate(words) if w.lower() in ("the", "of", "in", "its", "on", "near")
        ]
        del words[rng.choice(small) if small else 1]
    else:
        cut = rng.randrange(0, len(words) - 1)
        words[cut], words[cut + 1] = words[cut + 1], words[cut]
    return " ".join(words) + "."


def quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def generate(
    out: Path, claims: int, sources: int, articles: int, seed: int
) -> dict[str, list[str]]:
    rng = random.Random(seed)
    vocab = vocabulary(rng)
    (out / "claims").mkdir(parents=True, exist_ok=True)
    (out / "sources").mkdir(parents=True, exist_ok=True)
    (out / "factcheck.yaml").write_text("min_independent_sources: 2\n")
    publisher_of = []
    for index in range(sources):
        publisher = rng.choice(vocab.publishers)
        publisher_of.append(publisher)
        title = " ".join(rng.choice(vocab.words) for _ in range(rng.randint(5, 9))).capitalize()
        (out / "sources" / f"s{index:06d}.yaml").write_text(
            f"id: s{index:06d}\ntitle: {title}\npublisher: {publisher}\n"
            f"url: https://{publisher.lower().replace(' ', '-')}.example/{index}\n"
            f"published: 2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}\naccessed: 2025-01-15\nkind: news\n"
        )
    planted: dict[str, list[str]] = {
        "duplicate-claim": [],
        "unknown-source": [],
        "unsupported-statement": [],
    }
    per_article = max(1, claims // max(articles, 1))
    claim_index = 0
    for article_index in range(articles):
        article_id = f"a{article_index:05d}"
        folder = out / "claims" / article_id
        folder.mkdir(exist_ok=True)
        body: list[str] = []
        count = per_article if article_index < articles - 1 else claims - claim_index
        previous: str | None = None
        for _ in range(count):
            claim_id = f"c{claim_index:06d}"
            roll = rng.random()
            text = sentence(rng, vocab, SHAPES)
            if previous is not None and roll < 0.01:
                text = near_duplicate(rng, previous)
                planted["duplicate-claim"].append(claim_id)
                in_article = False
            else:
                in_article = True
            status = "confirmed" if roll < 0.75 else ("unconfirmed" if roll < 0.93 else "disputed")
            lines = [
                f"id: {claim_id}",
                f"statement: {quoted(text)}",
                f"status: {status}",
                f"article: {article_id}",
            ]
            if in_article:
                lines.append(f"quote: {quoted(text)}")
                body.append(text)
                if status == "unconfirmed":
                    planted["unsupported-statement"].append(claim_id)
                for _ in range(rng.randint(0, 1)):
                    body.append(sentence(rng, vocab, UNCHECKED))
            lines.append("sources:")
            first = rng.randrange(sources)
            second = rng.randrange(sources)
            while publisher_of[second] == publisher_of[first]:
                second = rng.randrange(sources)
            if status == "disputed":
                lines += [f"  - source: s{first:06d}", "    stance: refutes"]
            elif status == "confirmed":
                lines += [f"  - s{first:06d}", f"  - s{second:06d}"]
            else:
                lines += [f"  - source: s{first:06d}", "    stance: mentions"]
            if rng.random() < 0.005:
                lines.append(f"  - missing-{claim_index}")
                planted["unknown-source"].append(claim_id)
            lines += ["rationale: Generated for the benchmark.", "reviewed_on: 2025-02-01"]
            (folder / f"{claim_id}.yaml").write_text("\n".join(lines) + "\n")
            previous = text
            claim_index += 1
        title = " ".join(rng.choice(vocab.words) for _ in range(6)).capitalize()
        paragraphs = ["\n".join(body[i : i + 4]).replace("\n", " ") for i in range(0, len(body), 4)]
        (folder / "article.md").write_text(
            f"---\nid: {article_id}\ntitle: {title}\n---\n\n# {title}\n\n"
            + "\n\n".join(paragraphs)
            + "\n"
        )
    manifest = {
        "claims": claims,
        "sources": sources,
        "articles": articles,
        "seed": seed,
        "planted": planted,
    }
    (out / "bench-manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    return planted


def long_article(out: Path, words: int, seed: int) -> Path:
    """A standalone article of about `words` words, for `factcheck check`."""
    rng = random.Random(seed + 1)
    vocab = vocabulary(random.Random(seed))
    body, count = [], 0
    while count < words:
        text = sentence(rng, vocab, SHAPES + UNCHECKED)
        body.append(text)
        count += len(text.split())
    path = out / "long-article.md"
    path.write_text(
        "# A long article\n\n"
        + "\n\n".join(" ".join(body[i : i + 5]) for i in range(0, len(body), 5))
        + "\n"
    )
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--sources", type=int, default=50_000)
    parser.add_argument("--articles", type=int, default=5_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    planted = generate(args.out, args.claims, args.sources, args.articles, args.seed)
    long_article(args.out.parent, 5000, args.seed)
    print(
        json.dumps(
            {"out": str(args.out), "planted": {rule: len(ids) for rule, ids in planted.items()}}
        )
    )


if __name__ == "__main__":
    main()
