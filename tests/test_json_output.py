"""The JSON document's findings: written byte for byte as json would write them."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from factcheck.desk.findings import Finding, Severity
from factcheck.engine.audit import AuditResult
from factcheck.output.formats import json_format
from factcheck.output.formats.json_format import finding_json

ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=30)
"""Any code point: control characters, quotes, backslashes, line separators, surrogates."""
SOME_TEXT = st.none() | ANY_TEXT


@given(
    st.builds(
        Finding,
        rule=ANY_TEXT,
        severity=st.sampled_from(Severity),
        message=ANY_TEXT,
        path=ANY_TEXT,
        line=st.none() | st.integers(0, 10**9),
        column=st.none() | st.integers(0, 10**9),
        record=SOME_TEXT,
        suggestion=SOME_TEXT,
        detail=SOME_TEXT,
    )
)
@example(Finding("r", Severity.ERROR, 'a "q" \\ \x1b[31m \n\t\x7f \u2028 \x00', "p", 1, 2))
@example(Finding("r", Severity.INFO, "half \ud800 a pair", "p"))
def test_a_finding_is_written_as_json_writes_it(finding: Finding) -> None:
    expected = json.dumps(finding.to_dict(), ensure_ascii=False)
    assert finding_json(finding) == expected


@pytest.mark.parametrize("count", [0, 1, 2, 5])
def test_findings_written_in_batches_make_one_document(
    count: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    findings = [Finding("r", Severity.INFO, f"message {i}", f"p{i}", i) for i in range(count)]
    result = AuditResult(tmp_path, findings, counts={"claims": 0})
    monkeypatch.setattr(json_format, "WRITTEN_AT_ONCE", 2)
    stream = io.StringIO()
    json_format.render_json(result, stream)
    head = json.dumps(result.to_dict(findings=False), ensure_ascii=False)[:-1]
    lines = [json.dumps(f.to_dict(), ensure_ascii=False) for f in findings]
    body = "\n  " + ",\n  ".join(lines) + "\n" if lines else ""
    assert stream.getvalue() == head + ', "findings": [' + body + "]}\n"
    assert json.loads(stream.getvalue())["findings"] == [f.to_dict() for f in findings]
