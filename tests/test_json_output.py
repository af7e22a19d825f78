"""The JSON document's findings: written byte for byte as json would write them."""

from __future__ import annotations

import json

from hypothesis import example, given
from hypothesis import strategies as st

from factcheck.findings import Finding, Severity
from factcheck.formats.json_format import finding_json

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
