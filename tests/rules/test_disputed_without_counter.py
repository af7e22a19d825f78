"""disputed-without-counter: a disputed claim with no refuting citation."""

from __future__ import annotations

from pathlib import Path

from conftest import audit_findings, brief, make_repo

CLAIM_PATH = "claims/harbour/harbour-reopened-march.yaml"
DISPUTED = """\
id: harbour-reopened-march
statement: The harbour reopened.
status: disputed
sources:
  - alpha-news-report
"""


def test_fires_when_nothing_refutes(tmp_path: Path) -> None:
    make_repo(tmp_path, {CLAIM_PATH: DISPUTED})
    assert brief(audit_findings(tmp_path, "disputed-without-counter")) == [
        ("disputed-without-counter", CLAIM_PATH, 3, "harbour-reopened-march")
    ]


def test_quiet_with_a_refuting_citation(tmp_path: Path) -> None:
    refuted = DISPUTED + "  - source: beta-daily-story\n    stance: refutes\n"
    make_repo(tmp_path, {CLAIM_PATH: refuted})
    assert audit_findings(tmp_path, "disputed-without-counter") == []
