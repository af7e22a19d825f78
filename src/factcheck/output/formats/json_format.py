"""The audit's JSON document (docs/output.md), written straight to the stream."""

from __future__ import annotations

import json
from typing import Any, TextIO

import msgspec

from factcheck.desk.findings import Finding
from factcheck.engine.audit import AuditResult


def dump(document: dict[str, Any], stream: TextIO) -> None:
    """One JSON document and a newline; control characters escaped by the encoder."""
    json.dump(document, stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def render_json(result: AuditResult, stream: TextIO, *, show_suppressed: bool = False) -> None:
    """`factcheck audit --format json`: one finding per line.

    A desk can have hundreds of thousands of findings, and json's C encoder works
    only without indentation, so the findings list is laid out here, one per line,
    a thousand lines written at a time.
    """
    document = result.to_dict(show_suppressed=show_suppressed, findings=False)
    head = _ENCODER.encode(document)
    stream.write(head[:-1] + ', "findings": [')
    findings = result.findings
    for start in range(0, len(findings), WRITTEN_AT_ONCE):
        lines = map(finding_json, findings[start : start + WRITTEN_AT_ONCE])
        stream.write(("\n  " if start == 0 else ",\n  ") + ",\n  ".join(lines))
    stream.write("\n]}\n" if findings else "]}\n")


WRITTEN_AT_ONCE = 1000
"""Findings laid out and written together: the 213,000 findings of a large desk as one
string would add tens of megabytes to the peak of an audit."""


def finding_json(finding: Finding) -> str:
    """`finding` as the JSON object `json.dumps(finding.to_dict(), ensure_ascii=False)`
    writes, byte for byte: encoded by msgspec, which is several times quicker (the fields
    are in the document's order), by json where msgspec cannot (a lone surrogate)."""
    try:
        return _spaced(_FAST.encode(finding), indent=0).decode()
    except UnicodeEncodeError:
        return _ENCODER.encode(finding.to_dict())


_ENCODER = json.JSONEncoder(ensure_ascii=False)
"""What `json.dumps(…, ensure_ascii=False)` uses, made once."""
_FAST = msgspec.json.Encoder()
_spaced = msgspec.json.format
"""With indent 0: one line, a space after each `,` and `:`, as json writes them."""
