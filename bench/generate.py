"""Write a synthetic claims repository of a given size, with a known set of planted defects.

    python bench/generate.py OUT --claims 100000 --sources 50000 --articles 5000
    python bench/generate.py OUT --claims 20000 --sources 10000 --articles 1000 --shape beat

Deterministic for a given --seed and --shape. The `invented` shape (the default)
writes statements in several sentence shapes over a vocabulary of thousands of
made-up words and names; the `beat` shape (bench/beat.py) writes them as one
newsroom beat does, prisoners, sanctions and courts, so that thousands of claims
share the same real English words. Each article carries its claims' quotes plus
unchecked sentences. Planted: near-duplicate claims, citations of unknown
sources, and unconfirmed claims in articles (unsupported statements). The
planted counts and the shape are written to OUT/bench-manifest.json so the
runner can check the findings.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

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


def scalar(text: str) -> str:
    """`text` as a YAML value: as it is when it is words alone, else quoted."""
    return text if re.fullmatch(r"[A-Za-z ]+", text) else quoted(text)


class Shape(Protocol):
    """What a desk's text is drawn from: its statements, its other sentences, its titles."""

    name: str
    publishers: list[str]

    def statement(self, rng: random.Random) -> str: ...
    def unchecked(self, rng: random.Random) -> str: ...
    def title(self, rng: random.Random) -> str: ...
    def source_title(self, rng: random.Random) -> str: ...
    def duplicate(self, rng: random.Random, text: str) -> str: ...
    def prose(self, rng: random.Random) -> str: ...
    def article(self, rng: random.Random) -> None: ...


class Invented:
    """Statements over made-up words and names (the desk this bench has always written)."""

    name = "invented"

    def __init__(self, rng: random.Random) -> None:
        self.vocab = vocabulary(rng)
        self.publishers = self.vocab.publishers

    def statement(self, rng: random.Random) -> str:
        return sentence(rng, self.vocab, SHAPES)

    def unchecked(self, rng: random.Random) -> str:
        return sentence(rng, self.vocab, UNCHECKED)

    def title(self, rng: random.Random) -> str:
        return " ".join(rng.choice(self.vocab.words) for _ in range(6)).capitalize()

    def source_title(self, rng: random.Random) -> str:
        words = self.vocab.words
        return " ".join(rng.choice(words) for _ in range(rng.randint(5, 9))).capitalize()

    def duplicate(self, rng: random.Random, text: str) -> str:
        return near_duplicate(rng, text)

    def prose(self, rng: random.Random) -> str:
        """A sentence of a draft: a statement's shape or another's, one draw among all."""
        return sentence(rng, self.vocab, SHAPES + UNCHECKED)

    def article(self, rng: random.Random) -> None:
        """Articles have no topic of their own here: every word is drawn from all."""


def _beat_module() -> Any:
    """bench/beat.py, loaded beside this file (the bench folder is no package)."""
    spec = importlib.util.spec_from_file_location("bench_beat", Path(__file__).with_name("beat.py"))
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


DESK_SHAPES = ("invented", "beat")


def desk_shape(name: str, rng: random.Random) -> Shape:
    """The shape called `name`, its vocabulary drawn from `rng`."""
    if name == "invented":
        return Invented(rng)
    if name == "beat":
        beat: Shape = _beat_module().Beat(rng)
        return beat
    raise ValueError(f"unknown desk shape {name!r}; one of {', '.join(DESK_SHAPES)}")


def _slug(publisher: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", publisher.lower()).strip("-")


def generate(
    out: Path, claims: int, sources: int, articles: int, seed: int, shape: str = "invented"
) -> dict[str, list[str]]:
    rng = random.Random(seed)
    draw = desk_shape(shape, rng)
    (out / "claims").mkdir(parents=True, exist_ok=True)
    (out / "sources").mkdir(parents=True, exist_ok=True)
    (out / "factcheck.yaml").write_text("min_independent_sources: 2\n")
    publisher_of = []
    for index in range(sources):
        publisher = rng.choice(draw.publishers)
        publisher_of.append(publisher)
        title = draw.source_title(rng)
        (out / "sources" / f"s{index:06d}.yaml").write_text(
            f"id: s{index:06d}\ntitle: {scalar(title)}\npublisher: {publisher}\n"
            f"url: https://{_slug(publisher)}.example/{index}\n"
            f"published: 2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}\naccessed: 2025-01-15\nkind: news\n",
            encoding="utf-8",
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
        draw.article(rng)
        body: list[str] = []
        count = per_article if article_index < articles - 1 else claims - claim_index
        previous: str | None = None
        for _ in range(count):
            claim_id = f"c{claim_index:06d}"
            roll = rng.random()
            text = draw.statement(rng)
            if previous is not None and roll < 0.01:
                text = draw.duplicate(rng, previous)
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
                    body.append(draw.unchecked(rng))
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
            (folder / f"{claim_id}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
            previous = text
            claim_index += 1
        title = draw.title(rng)
        paragraphs = ["\n".join(body[i : i + 4]).replace("\n", " ") for i in range(0, len(body), 4)]
        (folder / "article.md").write_text(
            f"---\nid: {article_id}\ntitle: {scalar(title)}\n---\n\n# {title}\n\n"
            + "\n\n".join(paragraphs)
            + "\n",
            encoding="utf-8",
        )
    manifest = {
        "shape": shape,
        "claims": claims,
        "sources": sources,
        "articles": articles,
        "seed": seed,
        "planted": planted,
    }
    (out / "bench-manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    return planted


def long_article(out: Path, words: int, seed: int, shape: str = "invented") -> Path:
    """A standalone article of about `words` words, for `factcheck check`: statements and
    other sentences of the desk's shape, none of them the desk's own claims."""
    rng = random.Random(seed + 1)
    draw = desk_shape(shape, random.Random(seed))
    draw.article(rng)
    body, count = [], 0
    while count < words:
        text = draw.prose(rng)
        body.append(text)
        count += len(text.split())
    path = out / "long-article.md"
    path.write_text(
        "# A long article\n\n"
        + "\n\n".join(" ".join(body[i : i + 5]) for i in range(0, len(body), 5))
        + "\n",
        encoding="utf-8",
    )
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--sources", type=int, default=50_000)
    parser.add_argument("--articles", type=int, default=5_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--shape",
        choices=DESK_SHAPES,
        default="invented",
        help="invented: made-up words (the default); beat: one newsroom beat's real words",
    )
    args = parser.parse_args()
    planted = generate(args.out, args.claims, args.sources, args.articles, args.seed, args.shape)
    long_article(args.out.parent, 5000, args.seed, args.shape)
    counts = {rule: len(ids) for rule, ids in planted.items()}
    print(json.dumps({"out": str(args.out), "shape": args.shape, "planted": counts}))


if __name__ == "__main__":
    main()
