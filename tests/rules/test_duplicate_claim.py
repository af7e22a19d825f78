"""duplicate-claim: two claims state nearly the same thing; differing numbers never do."""

from __future__ import annotations

from pathlib import Path

from conftest import audit_findings, brief, make_repo

TWIN = """\
id: port-vell-reopened
statement: On 3 March 2025 the harbour of Port Vell reopened after repairs costing 4 million euros.
status: unconfirmed
"""


def test_fires_on_a_reworded_twin(tmp_path: Path) -> None:
    make_repo(tmp_path, {"claims/harbour/port-vell-reopened.yaml": TWIN})
    findings = audit_findings(tmp_path, "duplicate-claim")
    assert brief(findings) == [
        ("duplicate-claim", "claims/harbour/port-vell-reopened.yaml", 2, "port-vell-reopened")
    ]
    assert findings[0].suggestion == "harbour-reopened-march"


def test_quiet_when_the_numbers_differ(tmp_path: Path) -> None:
    other = TWIN.replace("4 million", "5 million")
    make_repo(tmp_path, {"claims/harbour/port-vell-reopened.yaml": other})
    assert audit_findings(tmp_path, "duplicate-claim") == []
