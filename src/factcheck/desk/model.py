"""The records of a claims repository: claims, citations, sources, articles, and their fields.

The field tables here are the single description of the record format (docs/format.md): the loader checks
records against them and the docs (and later the JSON Schemas) are derived from them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import NamedTuple


class Status(str, Enum):
    """The desk's verdict on a claim."""

    CONFIRMED = "confirmed"
    UNCONFIRMED = "unconfirmed"
    DISPUTED = "disputed"


class Stance(str, Enum):
    """What a cited source says of the claim."""

    SUPPORTS = "supports"
    REFUTES = "refutes"
    MENTIONS = "mentions"


SOURCE_KINDS = (
    "news",
    "ngo",
    "igo",
    "government",
    "court",
    "academic",
    "primary",
    "social",
    "other",
)

SLUG_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
SLUG_MAX_LENGTH = 80


def is_slug(text: str) -> bool:
    """True when `text` is a valid record id (a slug: docs/format.md)."""
    return len(text) <= SLUG_MAX_LENGTH and SLUG_PATTERN.match(text) is not None


class Position(NamedTuple):
    """A 1-based line and column in a file (a tuple: cheap to create, copy and pickle)."""

    line: int
    column: int


class FieldKind(str, Enum):
    """How a field's YAML value is read and checked."""

    TEXT = "text"
    SLUG = "slug"
    DATE = "date"
    URL = "url"
    CHOICE = "choice"
    TEXT_LIST = "text-list"
    CITATIONS = "citations"


@dataclass(frozen=True)
class FieldSpec:
    """One field of a record: its name, how it is read, and what it means."""

    name: str
    kind: FieldKind
    required: bool = False
    choices: tuple[str, ...] = ()
    meaning: str = ""


CLAIM_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("id", FieldKind.SLUG, True, meaning="unique among claims"),
    FieldSpec("statement", FieldKind.TEXT, True, meaning="the claim as one checkable sentence"),
    FieldSpec(
        "status", FieldKind.CHOICE, True, tuple(s.value for s in Status), "the desk's verdict"
    ),
    FieldSpec("article", FieldKind.SLUG, meaning="the article the claim appears in"),
    FieldSpec(
        "quote", FieldKind.TEXT, meaning="the claim's words exactly as the article prints them"
    ),
    FieldSpec("sources", FieldKind.CITATIONS, meaning="the evidence"),
    FieldSpec("rationale", FieldKind.TEXT, meaning="why this status"),
    FieldSpec("reviewed_by", FieldKind.TEXT, meaning="who set the status"),
    FieldSpec("reviewed_on", FieldKind.DATE, meaning="when"),
    FieldSpec("tags", FieldKind.TEXT_LIST),
)

CITATION_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("source", FieldKind.SLUG, True, meaning="the source record cited"),
    FieldSpec(
        "stance",
        FieldKind.CHOICE,
        choices=tuple(s.value for s in Stance),
        meaning="what the source says of the claim (default supports)",
    ),
    FieldSpec(
        "excerpt", FieldKind.TEXT, meaning="the passage of the source that bears on the claim"
    ),
    FieldSpec("locator", FieldKind.TEXT, meaning="where in the source: page, paragraph, timestamp"),
)

RELIABILITY = ("A", "B", "C", "D", "E", "F")
"""The Admiralty (NATO) scale of source reliability, best first; F: cannot be judged."""


def below(reliability: str | None, minimum: str | None) -> bool:
    """Whether a source rated `reliability` falls short of `minimum` ("C": A to C pass).
    An unrated source is not judged; F (cannot be judged) falls short of any minimum."""
    if minimum is None or reliability is None:
        return False
    return RELIABILITY.index(reliability) > RELIABILITY.index(minimum)


SOURCE_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("id", FieldKind.SLUG, True, meaning="unique among sources"),
    FieldSpec("title", FieldKind.TEXT, True),
    FieldSpec("publisher", FieldKind.TEXT, True, meaning="the organisation behind it"),
    FieldSpec("url", FieldKind.URL, meaning="where it can be read"),
    FieldSpec("archived_url", FieldKind.URL, meaning="a permanent copy (web archive)"),
    FieldSpec("published", FieldKind.DATE),
    FieldSpec("accessed", FieldKind.DATE, meaning="when the desk read it"),
    FieldSpec("kind", FieldKind.CHOICE, choices=SOURCE_KINDS),
    FieldSpec(
        "reliability",
        FieldKind.CHOICE,
        choices=RELIABILITY,
        meaning="Admiralty/NATO source reliability: A completely reliable, B usually reliable, "
        "C fairly reliable, D not usually reliable, E unreliable, F cannot be judged",
    ),
    FieldSpec("origin", FieldKind.SLUG, meaning="the source this one republishes (a wire copy)"),
    FieldSpec("notes", FieldKind.TEXT),
)

ARTICLE_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("id", FieldKind.SLUG, True),
    FieldSpec("title", FieldKind.TEXT, True),
    FieldSpec("outlet", FieldKind.TEXT),
    FieldSpec("published", FieldKind.DATE),
    FieldSpec("url", FieldKind.URL),
)


@dataclass(frozen=True, slots=True)
class Citation:
    """A claim's reference to a source, with the source's stance towards the claim."""

    source: str
    stance: Stance = Stance.SUPPORTS
    excerpt: str | None = None
    locator: str | None = None
    position: Position | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """One checkable claim and the desk's verdict on it.

    Fields that were missing or invalid in the file are None: the schema finding
    says so, and the other rules work with what is there.
    """

    path: str
    id: str | None
    statement: str | None = None
    status: Status | None = None
    article: str | None = None
    quote: str | None = None
    sources: tuple[Citation, ...] = ()
    rationale: str | None = None
    reviewed_by: str | None = None
    reviewed_on: date | None = None
    tags: tuple[str, ...] = ()
    positions: dict[str, Position] = field(default_factory=dict, compare=False, hash=False)
    """Where each field's value starts in the file (and `""` for the record itself)."""

    def position_of(self, name: str) -> Position | None:
        """Where field `name` is, else where the record starts."""
        return self.positions.get(name) or self.positions.get("")


@dataclass(frozen=True, slots=True)
class Source:
    """A piece of evidence: an article, a report, a ruling, a post."""

    path: str
    id: str | None
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    archived_url: str | None = None
    published: date | None = None
    accessed: date | None = None
    kind: str | None = None
    reliability: str | None = None
    origin: str | None = None
    notes: str | None = None
    positions: dict[str, Position] = field(default_factory=dict, compare=False, hash=False)

    def position_of(self, name: str) -> Position | None:
        """Where field `name` is, else where the record starts."""
        return self.positions.get(name) or self.positions.get("")

    @property
    def publisher_line(self) -> str:
        """The publisher with the source's reliability beside it: "Reuters (reliability B)"."""
        publisher = self.publisher or ""
        return f"{publisher} (reliability {self.reliability})" if self.reliability else publisher


@dataclass(frozen=True, slots=True)
class Article:
    """An article as published: Markdown (or plain text) with optional front matter."""

    path: str
    id: str | None
    title: str | None = None
    outlet: str | None = None
    published: date | None = None
    url: str | None = None
    body: str = ""
    body_line: int = 1
    """The file line on which the body starts (after the front matter)."""
    positions: dict[str, Position] = field(default_factory=dict, compare=False, hash=False)

    def position_of(self, name: str) -> Position | None:
        """Where front-matter field `name` is, else the top of the file."""
        return self.positions.get(name) or self.positions.get("")
