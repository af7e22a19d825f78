"""JSON Schemas (draft-07) of claim, source and settings files, derived from the model.

The record schemas are generated from the same FieldSpec tables the loader
checks records against, so the two cannot drift apart. Editors' YAML language
servers read draft-07; a `# yaml-language-server: $schema=…` line at the top of a
file points them at the schema.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from factcheck.desk.model import (
    CITATION_FIELDS,
    CLAIM_FIELDS,
    RELIABILITY,
    SLUG_MAX_LENGTH,
    SLUG_PATTERN,
    SOURCE_FIELDS,
    FieldKind,
    FieldSpec,
)
from factcheck.desk.settings import SEVERITY_CHOICES
from factcheck.load.settings import KNOWN_KEYS

DRAFT = "http://json-schema.org/draft-07/schema#"
SCHEMA_DIR = "schemas"
SCHEMA_FILES = {
    "claim": "claim.schema.json",
    "source": "source.schema.json",
    "settings": "settings.schema.json",
}


def _slug() -> dict[str, Any]:
    return {
        "type": "string",
        "pattern": SLUG_PATTERN.pattern,
        "minLength": 1,
        "maxLength": SLUG_MAX_LENGTH,
    }


def _field(spec: FieldSpec) -> dict[str, Any]:
    schema: dict[str, Any]
    if spec.kind is FieldKind.SLUG:
        schema = _slug()
    elif spec.kind is FieldKind.DATE:
        schema = {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
    elif spec.kind is FieldKind.URL:
        schema = {"type": "string", "format": "uri", "pattern": "^https?://"}
    elif spec.kind is FieldKind.CHOICE:
        schema = {"type": "string", "enum": list(spec.choices)}
    elif spec.kind is FieldKind.TEXT_LIST:
        schema = {"type": "array", "items": {"type": "string", "minLength": 1}}
    elif spec.kind is FieldKind.CITATIONS:
        schema = {
            "type": "array",
            "items": {"oneOf": [_slug(), _object(CITATION_FIELDS, "A citation")]},
        }
    else:
        schema = {"type": "string", "minLength": 1, "pattern": r"\S"}
    if spec.meaning:
        schema["description"] = spec.meaning
    return schema


def _object(specs: tuple[FieldSpec, ...], title: str) -> dict[str, Any]:
    return {
        "title": title,
        "type": "object",
        "properties": {spec.name: _field(spec) for spec in specs},
        "required": [spec.name for spec in specs if spec.required],
        "additionalProperties": False,
    }


def _settings_schema() -> dict[str, Any]:
    properties: dict[str, Any] = {
        "min_independent_sources": {"type": "integer", "minimum": 1, "maximum": 100},
        "duplicate_threshold": {"type": "number", "minimum": 0, "maximum": 100},
        "match_threshold": {"type": "number", "minimum": 0, "maximum": 100},
        "names": {
            "type": "object",
            "additionalProperties": {"type": ["array", "null"], "items": {"type": "string"}},
        },
        "rules": {
            "type": "object",
            "additionalProperties": {"type": "string", "enum": list(SEVERITY_CHOICES)},
        },
        "hedges": {"type": "array", "items": {"type": "string"}},
        "ignore_hedges": {"type": "array", "items": {"type": "string"}},
        "corpus": {
            "type": "array",
            "items": {"type": "string"},
            "description": "feed files or folders of other fact-checkers' reviews",
        },
        "ratings": {
            "type": "object",
            "description": "textual rating of imported fact-checks → status",
            "additionalProperties": {
                "type": "string",
                "enum": ["confirmed", "unconfirmed", "disputed"],
            },
        },
        "organization": {
            "type": "object",
            "properties": {"name": {"type": "string"}, "url": {"type": "string", "format": "uri"}},
            "required": ["name"],
            "additionalProperties": False,
        },
        "review_url_template": {"type": "string", "pattern": r"\{id\}"},
        "min_reliability": {
            "type": "string",
            "enum": list(RELIABILITY),
            "description": "sources rated below this do not count toward independence",
        },
        "review_max_age_days": {"type": "integer", "minimum": 0},
    }
    assert set(properties) == set(KNOWN_KEYS), "settings schema and settings reader disagree"
    return {
        "title": "factcheck settings (factcheck.yaml)",
        "type": ["object", "null"],
        "properties": properties,
        "additionalProperties": False,
    }


def schemas() -> dict[str, dict[str, Any]]:
    """The three schemas by name."""
    documents = {
        "claim": _object(CLAIM_FIELDS, "factcheck claim record"),
        "source": _object(SOURCE_FIELDS, "factcheck source record"),
        "settings": _settings_schema(),
    }
    return {name: {"$schema": DRAFT, **document} for name, document in documents.items()}


def schema_texts() -> dict[str, str]:
    """File name → JSON text of each schema."""
    return {
        SCHEMA_FILES[name]: json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
        for name, doc in schemas().items()
    }


def write_schemas(folder: Path) -> list[Path]:
    """Write the schema files into `folder` (replacing older versions atomically);
    WriteError when one cannot be written."""
    from factcheck.writing import write_output

    written = []
    for name, text in schema_texts().items():
        path = folder / name
        try:
            current = path.read_text(encoding="utf-8") if path.is_file() else None
        except (OSError, UnicodeError):
            current = None  # unreadable: written afresh, or WriteError says why it cannot be
        if current != text:
            write_output(path, text)
        written.append(path)
    return written


def modeline(root: Path, record: Path, kind: str) -> str | None:
    """`# yaml-language-server: $schema=<relative path>` for a new record, if the schemas exist."""
    schema = root / SCHEMA_DIR / SCHEMA_FILES[kind]
    if not schema.is_file():
        return None
    relative = os.path.relpath(schema, record.parent).replace(os.sep, "/")
    return f"# yaml-language-server: $schema={relative}\n"
