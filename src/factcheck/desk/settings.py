"""A desk's settings: what `factcheck.yaml` holds (docs/format.md, "Settings"), with their defaults."""

from __future__ import annotations

from dataclasses import dataclass, field

from factcheck.desk.model import Position

SEVERITY_CHOICES = ("error", "warning", "info", "off")

DEFAULT_DUPLICATE_THRESHOLD = 90.0
DEFAULT_MATCH_THRESHOLD = 40.0


@dataclass(frozen=True)
class Organization:
    """The desk that authors exported fact-checks."""

    name: str
    url: str | None = None


@dataclass(frozen=True)
class Settings:
    """A repository's settings; every field has its documented default."""

    min_independent_sources: int = 2
    duplicate_threshold: float = DEFAULT_DUPLICATE_THRESHOLD
    """Similarity (0-100) above which two claims or two source titles are duplicates."""
    match_threshold: float = DEFAULT_MATCH_THRESHOLD
    """Similarity (0-100) above which an article sentence is taken to assert a claim."""
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Known spellings: canonical name → accepted variants."""
    rules: dict[str, str] = field(default_factory=dict)
    """Rule id → severity or `off`."""
    rule_positions: dict[str, Position] = field(default_factory=dict, compare=False)
    hedges: tuple[str, ...] = ()
    """Extra hedge cues for `hedged-statement`."""
    ignore_hedges: tuple[str, ...] = ()
    """Shipped hedge cues this desk does not want flagged."""
    ratings: dict[str, str] = field(default_factory=dict)
    """Textual ratings of imported fact-checks → status, over the shipped table."""
    organization: Organization | None = None
    review_url_template: str | None = None
    min_reliability: str | None = None
    """Sources rated below this letter (A-F) do not count toward independence."""
    review_max_age_days: int = 365
    """A review older than this many days is stale; 0 turns the check off."""
    corpus: tuple[str, ...] = ()
    """Feed files or folders of other fact-checkers' reviews (relative to the desk, or
    absolute): the reference corpus of `checked-elsewhere`."""
