"""Cue lexicons (shipped in `data/cues.yaml`) and finding them in sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import yaml

if TYPE_CHECKING:  # settings are records-layer data; text/ reads only what they hold
    from factcheck.desk.settings import Settings


@dataclass(frozen=True)
class CueList:
    """A compiled list of cue phrases, matched as whole words, case-insensitively."""

    cues: tuple[str, ...]
    pattern: re.Pattern[str] | None

    @classmethod
    def of(cls, cues: tuple[str, ...], patterns: tuple[str, ...] = ()) -> CueList:
        """Compile `cues` (phrases, longest first so "could not be independently confirmed"
        wins; "…" stands for up to three words, as in "has … been suggested") and
        `patterns` (regular expressions, for cues that depend on their neighbours)."""
        ordered = tuple(
            sorted({c.strip().lower() for c in cues if c.strip()}, key=len, reverse=True)
        )
        if not ordered and not patterns:
            return cls((), None)
        alternatives = [_phrase(cue) for cue in ordered] + [f"(?:{p})" for p in patterns]
        joined = "|".join(alternatives)
        return cls(ordered, re.compile(rf"(?<!\w)(?:{joined})(?!\w)", re.IGNORECASE))

    def find(self, text: str) -> list[re.Match[str]]:
        """Every cue in `text`, left to right."""
        return list(self.pattern.finditer(text)) if self.pattern else []


_GAP = r"(?:\s+[\w'’-]+){0,3}\s+"
"""What "…" in a cue stands for: up to three words ("it has also been suggested")."""


def _phrase(cue: str) -> str:
    parts = [re.escape(part.strip()).replace(r"\ ", r"\s+") for part in cue.split("…")]
    return _GAP.join(parts)


@dataclass(frozen=True)
class Lexicon:
    """The cue lists an article analysis uses."""

    unverified: CueList
    hedges: CueList
    distancing: CueList
    """The hedges that put a statement at a distance (attribution, doubt, speculation)."""
    attribution: CueList


@lru_cache(maxsize=1)
def shipped_cues() -> dict[str, tuple[str, ...]]:
    """The cue phrases (and, under `hedge-patterns`, the patterns) of `data/cues.yaml`;
    `distancing` and `distancing-patterns` are those of the groups marked `distances`."""
    text = resources.files("factcheck").joinpath("data/cues.yaml").read_text(encoding="utf-8")
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))

    def phrases(groups: list[dict[str, Any]]) -> tuple[str, ...]:
        return tuple(cue for group in groups for cue in group.get("cues", ()))

    def patterns(groups: list[dict[str, Any]]) -> tuple[str, ...]:
        return tuple(item["pattern"] for group in groups for item in group.get("patterns", ()))

    distancing = [group for group in data["hedges"] if group["distances"]]
    return {
        "unverified": tuple(data["unverified"]["cues"]),
        "hedges": phrases(data["hedges"]),
        "hedge-patterns": patterns(data["hedges"]),
        "distancing": phrases(distancing),
        "distancing-patterns": patterns(distancing),
        "attribution": tuple(data["attribution"]["cues"]),
    }


@lru_cache(maxsize=32)
def _lexicon(extra_hedges: tuple[str, ...], ignored: tuple[str, ...]) -> Lexicon:
    cues = shipped_cues()
    silenced = {cue.lower() for cue in ignored}

    def kept(*phrases: str) -> tuple[str, ...]:
        return tuple(c for c in phrases if c.lower() not in silenced)

    def kept_patterns(key: str) -> tuple[str, ...]:
        return cues[key] if "patterns" not in silenced else ()

    # A desk's own hedges count as distancing: it added them to mark doubt.
    return Lexicon(
        unverified=CueList.of(kept(*cues["unverified"])),
        hedges=CueList.of(kept(*cues["hedges"], *extra_hedges), kept_patterns("hedge-patterns")),
        distancing=CueList.of(
            kept(*cues["distancing"], *extra_hedges), kept_patterns("distancing-patterns")
        ),
        attribution=CueList.of(cues["attribution"]),
    )


def lexicon(settings: Settings) -> Lexicon:
    """The desk's lexicon: shipped cues, plus `hedges`, minus `ignore_hedges`."""
    return _lexicon(settings.hedges, settings.ignore_hedges)
