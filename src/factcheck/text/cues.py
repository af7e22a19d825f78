"""Cue lexicons (shipped in `data/cues.yaml`) and finding them in sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from factcheck.settings import Settings


@dataclass(frozen=True)
class CueList:
    """A compiled list of cue phrases, matched as whole words, case-insensitively."""

    cues: tuple[str, ...]
    pattern: re.Pattern[str] | None

    @classmethod
    def of(cls, cues: tuple[str, ...]) -> CueList:
        """Compile `cues`, longest first so "could not be independently confirmed" wins."""
        ordered = tuple(
            sorted({c.strip().lower() for c in cues if c.strip()}, key=len, reverse=True)
        )
        if not ordered:
            return cls((), None)
        alternatives = "|".join(re.escape(cue).replace(r"\ ", r"\s+") for cue in ordered)
        return cls(ordered, re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE))

    def find(self, text: str) -> list[re.Match[str]]:
        """Every cue in `text`, left to right."""
        return list(self.pattern.finditer(text)) if self.pattern else []


@dataclass(frozen=True)
class Lexicon:
    """The three cue lists an article analysis uses."""

    unverified: CueList
    hedges: CueList
    attribution: CueList


@lru_cache(maxsize=1)
def shipped_cues() -> dict[str, tuple[str, ...]]:
    """The cue phrases of `data/cues.yaml`, by list name."""
    text = resources.files("factcheck").joinpath("data/cues.yaml").read_text(encoding="utf-8")
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    hedges = tuple(cue for group in data["hedges"] for cue in group["cues"])
    return {
        "unverified": tuple(data["unverified"]["cues"]),
        "hedges": hedges,
        "attribution": tuple(data["attribution"]["cues"]),
    }


@lru_cache(maxsize=32)
def _lexicon(extra_hedges: tuple[str, ...], ignored: tuple[str, ...]) -> Lexicon:
    cues = shipped_cues()
    silenced = {cue.lower() for cue in ignored}
    hedges = tuple(c for c in (*cues["hedges"], *extra_hedges) if c.lower() not in silenced)
    unverified = tuple(c for c in cues["unverified"] if c.lower() not in silenced)
    return Lexicon(CueList.of(unverified), CueList.of(hedges), CueList.of(cues["attribution"]))


def lexicon(settings: Settings) -> Lexicon:
    """The desk's lexicon: shipped cues, plus `hedges`, minus `ignore_hedges`."""
    return _lexicon(settings.hedges, settings.ignore_hedges)
