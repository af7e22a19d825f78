"""Read other fact-checkers' reviews from the feeds a newsroom downloads: schema.org
ClaimReview JSON-LD (one object, an array, an `@graph`, a `DataFeed` whose
`dataFeedElement[].item` holds them, or JSON Lines), the Fact Check Tools API response
(`claims[].claimReview[]`), and CSV with a header (claim, rating, publisher, url, date,
language).

Feeds are data from outside, read as real ones come: dates with times, numbers as
strings, missing fields. Every item is read or skipped with its reason; nothing is
fetched, and no text is ever interpreted (one line each, control characters shown).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from factcheck.desk.reviews import Corpus, ReadResult, Review, Skip
from factcheck.text.clean import visible

MAX_FEED_BYTES = 256 * 1024 * 1024
"""A feed larger than this is skipped whole (a quarter of a gigabyte of reviews)."""

FEED_SUFFIXES = (".json", ".jsonl", ".ndjson", ".jsonld", ".csv")
"""The files of a feed folder that are read."""

NO_CLAIM = "no claim reviewed"
NO_REVIEW = "holds no ClaimReview"


def _text(value: Any) -> str | None:
    """A value from a feed as one line of text, control characters made visible
    (feeds are text from outside, like records)."""
    if isinstance(value, str):
        return visible(" ".join(value.split())) or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("@value") or value.get("text"))
    if isinstance(value, list) and value:
        return _text(value[0])
    return None


_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _date(value: Any) -> date | None:
    text = _text(value)
    match = _DATE.match(text or "")
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def _number(value: Any) -> float | None:
    """A rating's number, given as a number or as text ("3")."""
    if isinstance(value, bool):
        return None
    try:
        number = float(str(value).strip())
    except (TypeError, ValueError):
        return None
    return number if number == number and abs(number) != float("inf") else None


def _types(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type", [])
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).rsplit("/", 1)[-1] for k in kinds}


def _walk(node: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every ClaimReview-like object in a JSON document, however it is wrapped."""
    if depth > 20:
        return
    if isinstance(node, list):
        for item in node:
            yield from _walk(item, depth + 1)
        return
    if not isinstance(node, dict):
        return
    if "ClaimReview" in _types(node) or (
        "@type" not in node and "claimReviewed" in node and "reviewRating" in node
    ):  # some data dumps drop @type from otherwise complete reviews
        yield node
        return
    if isinstance(node.get("claims"), list):  # Google Fact Check Tools API
        for claim in node["claims"]:
            if isinstance(claim, dict):
                for review in claim.get("claimReview") or []:
                    if isinstance(review, dict):
                        yield {"__google__": True, "claim": claim, **review}
        return
    for key in ("@graph", "dataFeedElement", "item", "itemListElement", "mainEntity"):
        if key in node:
            yield from _walk(node[key], depth + 1)


def _found(node: dict[str, Any], where: str) -> Review | None:
    """The review `node` holds, or None when it names no claim."""
    if node.get("__google__"):
        claim = _mapping(node.get("claim"))
        statement = _text(claim.get("text"))
        publisher = _mapping(node.get("publisher"))
        if not statement:
            return None
        return Review(
            statement,
            _text(node.get("textualRating")) or "",
            _text(node.get("url")),
            _text(publisher.get("name")) or _text(publisher.get("site")) or "unknown publisher",
            _text(node.get("title")),
            _date(node.get("reviewDate")),
            where,
            language=_text(node.get("languageCode")),
            claimant=_text(claim.get("claimant")),
        )
    item = _mapping(node.get("itemReviewed"))
    statement = _text(node.get("claimReviewed")) or _text(item.get("text"))
    if not statement:
        return None
    rating = _mapping(node.get("reviewRating"))
    rating_text = (
        _text(rating.get("alternateName"))
        or _text(rating.get("name"))
        or _rating_from_value(rating)
    )
    appearance = _mapping(item.get("appearance"))
    language = node.get("inLanguage")
    return Review(
        statement=statement,
        rating=rating_text or "",
        url=_text(node.get("url")),
        publisher=_text(node.get("author")) or _text(node.get("publisher")) or "unknown publisher",
        title=_text(node.get("name")) or _text(node.get("headline")),
        published=_date(node.get("datePublished")),
        where=where,
        identifier=_text(node.get("identifier")),
        rationale=_paragraphs(node.get("reviewBody"))
        or _paragraphs(rating.get("ratingExplanation")),
        reviewer=_text(node.get("contributor")),
        quote=_quote(_text(item.get("text")), statement),
        article=_text(appearance.get("identifier")),
        node_id=_text(node.get("@id")),
        language=_text(_mapping(language).get("alternateName") or language),
        claimant=_text(item.get("author")),
        rating_value=_number(rating.get("ratingValue")),
        best_rating=_number(rating.get("bestRating")),
        worst_rating=_number(rating.get("worstRating")),
    )


def _quote(text: str | None, statement: str) -> str | None:
    """`itemReviewed.text` as the claim's quote, unless it is only the statement again (as
    feeds that give no `claimReviewed` have it)."""
    if text is None or " ".join(text.casefold().split()) == " ".join(statement.casefold().split()):
        return None
    return text


def _mapping(value: Any) -> dict[str, Any]:
    """A feed's value when it is an object (the first of a list), else an empty one."""
    if isinstance(value, list) and value:
        value = value[0]
    return value if isinstance(value, dict) else {}


def _paragraphs(value: Any) -> str | None:
    """Longer text from a feed (a rationale): line breaks kept, control characters shown."""
    if not isinstance(value, str) or not value.strip():
        return None
    return visible(value.strip())


def _rating_from_value(rating: dict[str, Any]) -> str | None:
    # Numbers come as strings too ("3"); only factcheck's own 1-3 scale can be read
    # without a name.
    value, best, worst = (
        _number(rating.get(k)) for k in ("ratingValue", "bestRating", "worstRating")
    )
    if (best, worst) == (3, 1):
        return {3.0: "confirmed", 2.0: "unconfirmed", 1.0: "disputed"}.get(value or 0.0)
    return None


def read_feed(text: str, name: str) -> ReadResult:
    """All reviews of one feed's text: JSON, JSON Lines, or CSV (a `.csv` `name`)."""
    if name.lower().endswith(".csv"):
        return _read_csv(text, name)
    result = ReadResult()
    try:
        document = json.loads(text)
    except RecursionError:
        result.skipped.append(Skip(name, "nested too deeply"))
    except ValueError:
        _read_lines(enumerate(text.splitlines(), start=1), name, result)
    else:
        _add_reviews(document, name, result)
    return result


def _read_lines(lines: Iterable[tuple[int, str]], name: str, result: ReadResult) -> None:
    """JSON Lines, a document a line, each read into `result` as it comes: a feed of a
    quarter of a million lines is never held as documents all at once."""
    for number, line in lines:
        if not line.strip():
            continue
        where = f"{name} line {number}"
        try:
            document = json.loads(line)
        except RecursionError:
            result.skipped.append(Skip(where, "nested too deeply"))
        except ValueError as error:
            result.skipped.append(Skip(where, f"not JSON ({getattr(error, 'msg', 'invalid')})"))
        else:
            _add_reviews(document, where, result)


def _add_reviews(document: Any, where: str, result: ReadResult) -> None:
    """Every review of one JSON document into `result`, or why there is none."""
    found = False
    for index, node in enumerate(_walk(document), start=1):
        found = True
        review = _found(node, f"{where} review {index}")
        if review is None:
            result.skipped.append(Skip(f"{where} review {index}", NO_CLAIM))
        else:
            result.reviews.append(review)
    if not found:
        result.skipped.append(Skip(where, NO_REVIEW))


CSV_COLUMNS = {
    "claim": "statement", "rating": "rating", "publisher": "publisher", "url": "url",
    "date": "published", "language": "language", "headline": "title", "title": "title",
    "claimant": "claimant", "id": "identifier", "identifier": "identifier",
}  # fmt: skip
"""CSV header (any case) → the review's field; other columns are ignored."""


def _read_csv(text: str, name: str) -> ReadResult:
    result = ReadResult()
    try:
        rows = list(csv.reader(io.StringIO(text.replace("\x00", ""))))
    except csv.Error as error:
        result.skipped.append(Skip(name, f"not CSV ({error})"))
        return result
    if not rows:
        return result
    header = [" ".join(cell.casefold().split()) for cell in rows[0]]
    if "claim" not in header:
        result.skipped.append(Skip(f"{name} line 1", "no `claim` column in the header"))
        return result
    fields = {CSV_COLUMNS[column]: at for at, column in enumerate(header) if column in CSV_COLUMNS}
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        where = f"{name} line {number}"

        def cell(field: str, row: Sequence[str] = row) -> str | None:
            at = fields.get(field)
            return _text(row[at]) if at is not None and at < len(row) else None

        statement = cell("statement")
        if not statement:
            result.skipped.append(Skip(where, NO_CLAIM))
            continue
        result.reviews.append(
            Review(
                statement,
                cell("rating") or "",
                cell("url"),
                cell("publisher") or "unknown publisher",
                cell("title"),
                _date(cell("published")),
                where,
                identifier=cell("identifier"),
                language=cell("language"),
                claimant=cell("claimant"),
            )
        )
    return result


LINES_SUFFIXES = (".jsonl", ".ndjson")
"""Feeds read a line at a time, as they are written."""


def read_feed_file(path: Path, name: str) -> ReadResult:
    """The reviews of the feed at `path`, named `name` in messages; a file that cannot be
    read, or is too large, is one skipped item with its reason."""
    try:
        with path.open("rb") as handle:
            if path.stat().st_size > MAX_FEED_BYTES:
                return ReadResult(skipped=[Skip(name, "larger than 256 MiB")])
            if path.suffix.lower() in LINES_SUFFIXES:
                result = ReadResult()
                lines = (
                    (number, line.decode("utf-8-sig" if number == 1 else "utf-8", "replace"))
                    for number, line in enumerate(handle, start=1)
                )
                _read_lines(lines, name, result)
                return result
            data = handle.read(MAX_FEED_BYTES + 1)
    except OSError as error:
        return ReadResult(skipped=[Skip(name, f"cannot read ({error.strerror})")])
    if len(data) > MAX_FEED_BYTES:
        return ReadResult(skipped=[Skip(name, "larger than 256 MiB")])
    return read_feed(data.decode("utf-8-sig", errors="replace"), name)


def feed_files(root: Path, named: Sequence[str]) -> tuple[list[tuple[Path, str]], list[Skip]]:
    """The files the settings' `corpus:` names (relative to the desk, or absolute), each
    with its name for messages; a folder gives its feed files, in order. A name that is
    neither a file nor a folder is skipped with its reason."""
    files: list[tuple[Path, str]] = []
    missing: list[Skip] = []
    for entry in named:
        path = Path(entry).expanduser()
        path = path if path.is_absolute() else root / path
        if path.is_file():
            files.append((path, entry))
        elif path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in FEED_SUFFIXES
            )
            files += [(p, f"{entry.rstrip('/')}/{p.relative_to(path).as_posix()}") for p in found]
        else:
            missing.append(Skip(entry, "no such file or folder"))
    return files, missing


def read_corpus(root: Path, named: Sequence[str]) -> Corpus:
    """Every review of every feed the settings name."""
    files, skipped = feed_files(root, named)
    reviews: list[Review] = []
    for path, name in files:
        read = read_feed_file(path, name)
        reviews += read.reviews
        skipped += read.skipped
    return Corpus(tuple(name for _, name in files), tuple(reviews), tuple(skipped))


def feed_stamps(root: Path, named: Sequence[str]) -> list[tuple[str, int, int, int]]:
    """Each feed file the settings name by its size and times: what changes when a feed
    does (a feed missing has none)."""
    files, missing = feed_files(root, named)
    stamps = [(skip.where, -1, 0, 0) for skip in missing]
    for path, name in files:
        try:
            status = path.stat()
        except OSError:
            stamps.append((name, -1, 0, 0))
            continue
        stamps.append((name, status.st_size, status.st_mtime_ns, status.st_ctime_ns))
    return stamps
