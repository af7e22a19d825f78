"""The audit's JSON document (docs/output.md), written straight to the stream."""

from __future__ import annotations

import json
from typing import Any, TextIO

from factcheck.audit import AuditResult


def dump(document: dict[str, Any], stream: TextIO) -> None:
    """One JSON document and a newline; control characters escaped by the encoder."""
    json.dump(document, stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def render_json(result: AuditResult, stream: TextIO, *, show_suppressed: bool = False) -> None:
    """`factcheck audit --format json`: one finding per line.

    json's C encoder is used only without indentation, and a desk can have tens of
    thousands of findings, so the findings list is laid out here, one per line.
    """
    document = result.to_dict(show_suppressed=show_suppressed)
    findings = document.pop("findings")
    encode = _ENCODER.encode  # json.dumps with options builds a new encoder on every call
    head = encode(document)
    stream.write(head[:-1] + ', "findings": [')
    if findings:
        stream.write("\n  " + ",\n  ".join(encode(finding) for finding in findings))
    stream.write("\n]}\n" if findings else "]}\n")


_ENCODER = json.JSONEncoder(ensure_ascii=False)
"""What `json.dumps(…, ensure_ascii=False)` uses, made once."""
