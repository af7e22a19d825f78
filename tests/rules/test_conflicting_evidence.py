"""conflicting-evidence: a claim's status and its own citations pull apart."""

from __future__ import annotations

from pathlib import Path

from conftest import CLAIM, audit_findings, make_repo

CLAIM_PATH = "claims/harbour/harbour-reopened-march.yaml"


def messages(tmp_path: Path, claim: str) -> list[str]:
    make_repo(tmp_path, {CLAIM_PATH: claim})
    return [f.message for f in audit_findings(tmp_path, "conflicting-evidence")]


def test_fires_on_a_confirmed_claim_with_a_refuting_source(tmp_path: Path) -> None:
    claim = CLAIM.replace("    stance: supports", "    stance: refutes")
    assert messages(tmp_path, claim) == [
        "is confirmed, but source 'beta-daily-story' refutes it; weigh it in the rationale, "
        "or set the status to disputed"
    ]


def test_fires_on_a_doubted_claim_that_all_its_sources_support(tmp_path: Path) -> None:
    claim = CLAIM.replace("status: confirmed", "status: unconfirmed").replace(
        "rationale: Two independent reports.\n", ""
    )
    assert messages(tmp_path, claim) == [
        "is unconfirmed though every source it cites supports it; say why in the rationale, "
        "or confirm it"
    ]


def test_fires_on_one_source_cited_both_ways(tmp_path: Path) -> None:
    claim = CLAIM.replace(
        "  - alpha-news-report\n",
        "  - alpha-news-report\n  - source: alpha-news-report\n    stance: refutes\n",
    ).replace("status: confirmed", "status: disputed")
    assert messages(tmp_path, claim) == [
        "cites source 'alpha-news-report' both as supports and as refutes; keep the stance "
        "the source takes"
    ]


def test_quiet_when_status_and_evidence_agree(tmp_path: Path) -> None:
    assert messages(tmp_path, CLAIM) == []
    disputed = CLAIM.replace("status: confirmed", "status: disputed").replace(
        "    stance: supports", "    stance: refutes"
    )
    assert messages(tmp_path / "disputed", disputed) == []
    doubted = CLAIM.replace("status: confirmed", "status: unconfirmed")  # with a rationale
    assert messages(tmp_path / "doubted", doubted) == []
