"""unknown-field: a field the format does not define; the nearest field is suggested."""

from __future__ import annotations

from pathlib import Path

from conftest import CLAIM, audit_findings, brief, make_repo

CLAIM_PATH = "claims/harbour/harbour-reopened-march.yaml"


def test_fires_on_a_typo_with_a_suggestion(tmp_path: Path) -> None:
    make_repo(tmp_path, {CLAIM_PATH: CLAIM.replace("rationale:", "rationle:")})
    findings = audit_findings(tmp_path, "unknown-field")
    assert brief(findings) == [("unknown-field", CLAIM_PATH, 11, "harbour-reopened-march")]
    assert findings[0].suggestion == "rationale"


def test_fires_on_an_unknown_setting(tmp_path: Path) -> None:
    make_repo(tmp_path, {"factcheck.yaml": "min_independant_sources: 2\n"})
    [finding] = audit_findings(tmp_path, "unknown-field")
    assert (finding.path, finding.suggestion) == ("factcheck.yaml", "min_independent_sources")


def test_quiet_on_known_fields(repo: Path) -> None:
    assert audit_findings(repo, "unknown-field") == []
