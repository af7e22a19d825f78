"""The plain nodes a record file is read into: scalars as written, lists and mappings,
each with where it starts in the file."""

from __future__ import annotations

from dataclasses import dataclass, field

from factcheck.desk.model import Position


@dataclass
class Scalar:
    """A scalar exactly as written, with whether it was plain (unquoted) and its tag."""

    value: str
    position: Position
    plain: bool = True
    tag: str | None = None

    @property
    def is_null(self) -> bool:
        """`~`, `null` or nothing at all, written without quotes and without a tag."""
        return self.plain and self.tag is None and self.value in ("", "~", "null", "Null", "NULL")


@dataclass
class Sequence:
    """A YAML sequence."""

    items: list[Node]
    position: Position


@dataclass
class Mapping:
    """A YAML mapping with scalar keys, in the order written."""

    items: dict[str, tuple[Scalar, Node]]
    position: Position
    duplicates: list[tuple[Scalar, Scalar]] = field(default_factory=list)
    """Pairs (first key, repeated key) for keys given more than once; the first value is kept."""

    def add(self, key: Scalar, value: Node) -> None:
        """Add a pair: a repeated key is noted beside the first, whose value is kept."""
        if key.value in self.items:
            self.duplicates.append((self.items[key.value][0], key))
        else:
            self.items[key.value] = (key, value)


Node = Scalar | Sequence | Mapping
