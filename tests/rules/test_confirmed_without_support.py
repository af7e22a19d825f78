"""confirmed-without-support: a confirmed claim with no supporting citation."""

from __future__ import annotations

from pathlib import Path

from conftest import audit_findings, brief, make_repo

CLAIM_PATH = "claims/harbour/harbour-reopened-march.yaml"
MENTIONS_ONLY = """\
id: harbour-reopened-march
statement: The harbour reopened.
status: confirmed
sources:
  - source: alpha-news-report
    stance: mentions
"""


def test_fires_when_no_citation_supports(tmp_path: Path) -> None:
    make_repo(tmp_path, {CLAIM_PATH: MENTIONS_ONLY})
    assert brief(audit_findings(tmp_path, "confirmed-without-support")) == [
        ("confirmed-without-support", CLAIM_PATH, 3, "harbour-reopened-march")
    ]


def test_quiet_when_a_bare_id_supports(tmp_path: Path) -> None:
    make_repo(tmp_path, {CLAIM_PATH: MENTIONS_ONLY + "  - beta-daily-story\n"})
    assert audit_findings(tmp_path, "confirmed-without-support") == []
