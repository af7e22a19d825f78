"""Score the claim matcher on hand-written follow-up articles.

    python bench/followups.py [--json]

tests/data/followups holds small desks (a flood, a city budget, a prisoner release)
and follow-up articles written against them, and `expectations.yaml` says, sentence
by sentence, what a careful fact-checker expects them to be linked to: a paraphrase
or an admitted rounding asserts its claim, a changed figure, date or amount
contradicts it, a look-alike or an unrelated sentence is linked to nothing (the file's
header has the rules). Every article is checked once through the installed command,
`factcheck check ARTICLE --root DESK --format json --no-cache`, as a user would run it.

Prints, for each kind, how many expectations hold, then every one that does not:
its sentence, what was expected and what the checker linked. With `--json`, the same
figures as one JSON document. The exit status is 0 whatever the figures: this
measures, tests/test_followups.py asserts.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

PROJECT = Path(__file__).resolve().parents[1]
FOLLOWUPS = PROJECT / "tests" / "data" / "followups"
EXPECTATIONS = FOLLOWUPS / "expectations.yaml"

RELATION: dict[str, str | None] = {
    "paraphrase": "asserts",
    "rounding": "asserts",
    "contradiction": "contradicts",
    "lookalike": None,
    "unrelated": None,
}
"""Each kind of sentence, and the relation its one link must have (None: no link)."""
KINDS = tuple(RELATION)

Link = tuple[str, str]
"""(claim id, relation) of one of a sentence's links."""


@dataclass(frozen=True)
class Expectation:
    """One sentence of a follow-up article and the links it must have."""

    article: str
    """The article's path, relative to FOLLOWUPS."""
    root: str
    """Its desk's folder, relative to FOLLOWUPS."""
    text: str
    """A substring of exactly one of the article's sentences."""
    kind: str
    claim: str | None

    @property
    def wanted(self) -> list[Link]:
        """The sentence's links, all of them, as they must be."""
        relation = RELATION[self.kind]
        return [] if relation is None or self.claim is None else [(self.claim, relation)]

    @property
    def name(self) -> str:
        """A readable test id: article, kind and the sentence's first words."""
        words = re.findall(r"[a-z0-9£$€%.,/-]+", self.text.lower())
        short = "-".join(word.strip(".,") for word in words[:6])
        return f"{Path(self.article).stem}:{self.kind}:{short}"


def load(path: Path = EXPECTATIONS) -> list[Expectation]:
    """Every expectation of `path`, in its order; a malformed entry is a ValueError."""
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    expectations = []
    for article in document["articles"]:
        for entry in article["expectations"]:
            if set(entry) != {"text", "kind", "claim"}:
                raise ValueError(f"{article['path']}: {entry}: want text, kind and claim")
            kind, claim = entry["kind"], entry["claim"]
            if kind not in RELATION:
                raise ValueError(f"{article['path']}: {entry['text']!r}: unknown kind {kind!r}")
            if (RELATION[kind] is None) != (claim is None):
                raise ValueError(
                    f"{article['path']}: {entry['text']!r}: a {kind} "
                    + ("names no claim" if claim is not None else "must name its claim")
                )
            expectations.append(
                Expectation(article["path"], article["root"], str(entry["text"]), kind, claim)
            )
    return expectations


def _normal(text: str) -> str:
    return " ".join(text.split())


def links(sentence: dict[str, Any]) -> list[Link]:
    """A sentence's links in `check`'s JSON, as (claim id, relation)."""
    return [(link["id"], link["relation"]) for link in sentence["claims"]]


def judge(expectation: Expectation, sentences: Sequence[dict[str, Any]]) -> tuple[str, str | None]:
    """(the sentence's text and links as found, None if the expectation holds, else why not).

    `sentences` is the `sentences` list of `factcheck check --format json`."""
    needle = _normal(expectation.text)
    found = [s for s in sentences if needle in _normal(s["text"])]
    if len(found) != 1:
        return "", f"the text is in {len(found)} sentences of the article, not one"
    got = links(found[0])
    sentence = _normal(found[0]["text"])
    if sorted(got) == sorted(expectation.wanted):
        return sentence, None
    return sentence, f"expected {show(expectation.wanted)}, got {show(got)}"


def show(found: Sequence[Link]) -> str:
    return ", ".join(f"{claim} {relation}" for claim, relation in found) or "no link"


def command() -> list[str]:
    """The installed `factcheck`: beside this Python first, else on PATH."""
    beside = Path(sys.executable).with_name("factcheck")
    if beside.is_file():
        return [str(beside)]
    found = shutil.which("factcheck")
    if found is None:
        raise SystemExit("followups: no `factcheck` command installed")
    return [found]


def check_with_command(article: Path, root: Path) -> list[dict[str, Any]]:
    """The sentences `factcheck check` gives for `article` against the desk `root`."""
    process = subprocess.run(
        [*command(), "check", str(article), "--root", str(root), "--format", "json", "--no-cache"],
        capture_output=True,
        text=True,
        check=False,
    )
    if process.returncode not in (0, 1):  # 1: a finding at error level, still an answer
        raise RuntimeError(process.stderr.strip() or f"exit status {process.returncode}")
    return list(json.loads(process.stdout)["sentences"])


def measure(
    expectations: Sequence[Expectation],
    check: Callable[[Path, Path], list[dict[str, Any]]] = check_with_command,
) -> dict[str, Any]:
    """Per kind, how many expectations hold, and each failure; each article checked once."""
    checked: dict[str, list[dict[str, Any]] | str] = {}
    kinds = {kind: {"holds": 0, "total": 0} for kind in KINDS}
    failures = []
    for expectation in expectations:
        if expectation.article not in checked:
            try:
                checked[expectation.article] = check(
                    FOLLOWUPS / expectation.article, FOLLOWUPS / expectation.root
                )
            except (RuntimeError, ValueError) as error:
                checked[expectation.article] = f"check failed: {error}"
        sentences = checked[expectation.article]
        if isinstance(sentences, str):
            sentence, problem = "", sentences
        else:
            sentence, problem = judge(expectation, sentences)
        kinds[expectation.kind]["total"] += 1
        if problem is None:
            kinds[expectation.kind]["holds"] += 1
            continue
        failures.append(
            {
                "article": expectation.article,
                "kind": expectation.kind,
                "text": expectation.text,
                "sentence": sentence,
                "expected": show(expectation.wanted),
                "problem": problem,
            }
        )
    total = {
        "holds": sum(tally["holds"] for tally in kinds.values()),
        "total": sum(tally["total"] for tally in kinds.values()),
    }
    return {"kinds": kinds, "all": total, "failures": failures}


def report(figures: dict[str, Any]) -> str:
    lines = [f"{'kind':14} {'holds':>5} {'total':>5}"]
    for kind, tally in [*figures["kinds"].items(), ("all", figures["all"])]:
        lines.append(f"{kind:14} {tally['holds']:5} {tally['total']:5}")
    if figures["failures"]:
        lines += ["", "failing:"]
    for failure in figures["failures"]:
        lines += [
            f"  {failure['article']}  {failure['kind']}",
            f"    sentence: {failure['sentence'] or failure['text']}",
            f"    {failure['problem']}",
        ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    figures = measure(load())
    print(json.dumps(figures, ensure_ascii=False, indent=2) if args.json else report(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
