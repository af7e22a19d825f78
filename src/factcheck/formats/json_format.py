"""The SPEC's JSON document, written straight to the stream."""

from __future__ import annotations

import json
from typing import Any, TextIO

from factcheck.audit import AuditResult


def dump(document: dict[str, Any], stream: TextIO) -> None:
    """One JSON document and a newline; control characters escaped by the encoder."""
    json.dump(document, stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def render_json(result: AuditResult, stream: TextIO) -> None:
    """`factcheck audit --format json`."""
    dump(result.to_dict(), stream)
