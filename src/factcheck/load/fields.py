"""Read a record's fields from YAML nodes, checking each against its FieldSpec.

Every problem becomes a located `schema` (error) or `unknown-field` (warning)
finding; a field that cannot be read is left out, and the record is kept with
what could be read so the other rules still see it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from factcheck.desk.findings import Finding, Severity
from factcheck.desk.model import (
    CITATION_FIELDS,
    SLUG_MAX_LENGTH,
    Citation,
    FieldKind,
    FieldSpec,
    Position,
    Stance,
    is_slug,
)
from factcheck.errors import Usage, parse_date
from factcheck.load.yamlnodes import Mapping, Node, Scalar, Sequence
from factcheck.load.yamlreader import node_kind
from factcheck.suggest import nearest, phrase
from factcheck.text.clean import quoted, visible
from factcheck.text.slug import slugify

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Words YAML 1.1 reads as booleans: worth naming when one lands in a text field.
_YAML11_BOOLEANS = {"yes", "no", "on", "off", "y", "n", "true", "false"}


@dataclass
class FieldReader:
    """Collects findings while reading the fields of one file."""

    path: str
    record_id: str | None = None
    findings: list[Finding] = field(default_factory=list)

    def problem(
        self,
        message: str,
        position: Position | None,
        *,
        rule: str = "schema",
        suggestion: str | None = None,
        detail: str | None = None,
    ) -> None:
        """Record a finding at `position` (rules `schema` and `yaml-syntax` are errors)."""
        severity = Severity.WARNING if rule == "unknown-field" else Severity.ERROR
        self.findings.append(
            Finding(
                rule=rule,
                severity=severity,
                message=message,
                path=self.path,
                line=position.line if position else None,
                column=position.column if position else None,
                record=self.record_id,
                suggestion=suggestion,
                detail=detail,
            )
        )

    def read_mapping(
        self, mapping: Mapping, specs: Iterable[FieldSpec], what: str
    ) -> tuple[dict[str, Any], dict[str, Position]]:
        """Read every field of `mapping` per `specs`; returns values and their positions."""
        specs_by_name = {spec.name: spec for spec in specs}
        for first, repeated in mapping.duplicates:
            self.problem(
                f"the key {quoted(first.value)} is given twice (first on line {first.position.line}); "
                "the first value is used: remove one of them",
                repeated.position,
                rule="yaml-syntax",
            )
        values: dict[str, Any] = {}
        positions: dict[str, Position] = {"": mapping.position}
        invalid: set[str] = set()
        for name, (key, node) in mapping.items.items():
            spec = specs_by_name.get(name)
            if spec is None:
                self._unknown_field(name, key, specs_by_name, what)
                continue
            positions[name] = node.position
            if isinstance(node, Scalar) and node.is_null:
                continue  # an empty optional field is simply absent; required ones are below
            value = self.read_value(spec, node, what)
            if value is None:
                invalid.add(name)  # its finding is written; do not call it missing too
            else:
                values[name] = value
        for spec in specs_by_name.values():
            if spec.required and spec.name not in values and spec.name not in invalid:
                where = positions.get(spec.name, mapping.position)
                state = "is empty" if spec.name in positions else "is missing"
                self.problem(f"required field {quoted(spec.name)} {state} in this {what}", where)
        return values, positions

    def _unknown_field(
        self, name: str, key: Scalar, specs: dict[str, FieldSpec], what: str
    ) -> None:
        near = nearest(name, specs)
        self.problem(
            f"unknown field {quoted(visible(name))} in this {what}{phrase(near, list(specs))}",
            key.position,
            rule="unknown-field",
            suggestion=near[0] if near else None,
        )

    def read_value(self, spec: FieldSpec, node: Node, what: str) -> Any:
        """One field's value, or None after recording why it could not be read."""
        if spec.kind is FieldKind.TEXT_LIST:
            return self._text_list(spec, node)
        if spec.kind is FieldKind.CITATIONS:
            return self._citations(spec, node)
        text = self._text(spec, node)
        if text is None:
            return None
        position = node.position
        if spec.kind is FieldKind.SLUG:
            return self._slug(spec, text, position)
        if spec.kind is FieldKind.DATE:
            return self._date(spec, text, position)
        if spec.kind is FieldKind.URL:
            return self._url(spec, text, position)
        if spec.kind is FieldKind.CHOICE:
            return self._choice(spec, text, node, position)
        if not text.strip():
            self.problem(
                f"field {quoted(spec.name)} is empty: write the {spec.name} or remove the field",
                position,
            )
            return None
        return text

    def _text(self, spec: FieldSpec, node: Node) -> str | None:
        if isinstance(node, Scalar):
            return visible(node.value)
        self.problem(
            f"field {quoted(spec.name)} must be text, but it is {node_kind(node)}", node.position
        )
        return None

    def _slug(self, spec: FieldSpec, text: str, position: Position) -> str | None:
        if is_slug(text):
            return text
        if len(text) > SLUG_MAX_LENGTH:
            reason = f"it is {len(text)} characters long, more than {SLUG_MAX_LENGTH}"
        else:
            reason = "use lower-case ASCII letters, digits and single hyphens"
        suggestion = slugify(text) or None
        hint = f", e.g. {quoted(suggestion)}" if suggestion else ""
        self.problem(
            f"field {quoted(spec.name)} is not a valid id ({quoted(text)}): {reason}{hint}",
            position,
            suggestion=suggestion,
        )
        return None

    def _date(self, spec: FieldSpec, text: str, position: Position) -> date | None:
        if _DATE.match(text):
            try:
                return parse_date(text, f"field {quoted(spec.name)}")
            except Usage as error:  # says what is wrong: "November 2026 has 30 days"
                self.problem(str(error), position)
                return None
        self.problem(
            f"field {quoted(spec.name)} is not a date ({quoted(text)}); write it as YYYY-MM-DD, e.g. 2025-12-13",
            position,
        )
        return None

    def _url(self, spec: FieldSpec, text: str, position: Position) -> str | None:
        try:
            parts = urlsplit(text)
            valid = parts.scheme in ("http", "https") and bool(parts.hostname) and " " not in text
        except ValueError:
            valid = False
        if valid:
            return text
        self.problem(
            f"field {quoted(spec.name)} is not an http(s) URL ({quoted(text)}); write a full address "
            "starting with https://",
            position,
        )
        return None

    def _choice(self, spec: FieldSpec, text: str, node: Node, position: Position) -> str | None:
        if text in spec.choices:
            return text
        near = nearest(text, spec.choices)  # "Confirmed" finds "confirmed": case is not a typo
        note = ""
        if isinstance(node, Scalar) and node.plain and text.strip().lower() in _YAML11_BOOLEANS:
            note = " (it is read as the text, not as a YAML 1.1 boolean)"
        self.problem(
            f"unknown {spec.name} {quoted(text)}{note}{phrase(near, spec.choices)}",
            position,
            suggestion=near[0] if near else None,
        )
        return None

    def _text_list(self, spec: FieldSpec, node: Node) -> tuple[str, ...] | None:
        if not isinstance(node, Sequence):
            self.problem(
                f"field {quoted(spec.name)} must be a list, but it is {node_kind(node)}; "
                f"write it as `{spec.name}: [first, second]`",
                node.position,
            )
            return None
        items: list[str] = []
        for item in node.items:
            text = self._text(spec, item)
            if text is not None:
                items.append(text)
        return tuple(items)

    def _citations(self, spec: FieldSpec, node: Node) -> tuple[Citation, ...] | None:
        if not isinstance(node, Sequence):
            self.problem(
                f"field {quoted(spec.name)} must be a list of citations, but it is {node_kind(node)}; "
                "write `sources: [source-id]` or a list of `- source: source-id` mappings",
                node.position,
            )
            return None
        citations: list[Citation] = []
        for item in node.items:
            citation = self._citation(item)
            if citation is not None:
                citations.append(citation)
        return tuple(citations)

    def _citation(self, node: Node) -> Citation | None:
        source_spec = CITATION_FIELDS[0]
        if isinstance(node, Scalar):
            if node.is_null:
                self.problem(
                    "a citation is empty: name a source id or remove the line", node.position
                )
                return None
            source = self._slug(source_spec, visible(node.value), node.position)
            return Citation(source, position=node.position) if source else None
        if isinstance(node, Sequence):
            self.problem(
                "a citation must be a source id or a mapping with `source:`, not a list",
                node.position,
            )
            return None
        values, _ = self.read_mapping(node, CITATION_FIELDS, "citation")
        if "source" not in values:
            return None
        return Citation(
            source=values["source"],
            stance=Stance(values.get("stance", Stance.SUPPORTS.value)),
            excerpt=values.get("excerpt"),
            locator=values.get("locator"),
            position=node.position,
        )
