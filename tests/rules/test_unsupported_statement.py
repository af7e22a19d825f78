"""unsupported-statement: an article asserts an unconfirmed claim, or doubts itself."""

from __future__ import annotations

from pathlib import Path

from conftest import ARTICLE, CLAIM, audit_findings, make_repo

ARTICLE_PATH = "claims/harbour/article.md"
CLAIM_PATH = "claims/harbour/harbour-reopened-march.yaml"


def test_fires_on_a_sentence_asserting_an_unconfirmed_claim(tmp_path: Path) -> None:
    make_repo(tmp_path, {CLAIM_PATH: CLAIM.replace("status: confirmed", "status: unconfirmed")})
    [finding] = audit_findings(tmp_path, "unsupported-statement")
    assert (finding.path, finding.line, finding.column, finding.record) == (
        ARTICLE_PATH,
        10,
        1,
        "harbour-reopened-march",
    )
    assert finding.message.startswith(
        "asserts claim 'harbour-reopened-march', which is unconfirmed"
    )


def test_fires_on_a_sentence_that_says_it_is_unverified(tmp_path: Path) -> None:
    article = ARTICLE + "\nA second closure could not be independently verified.\n"
    make_repo(tmp_path, {ARTICLE_PATH: article})
    [finding] = audit_findings(tmp_path, "unsupported-statement")
    assert (finding.line, finding.record) == (12, "harbour-reopened")
    assert finding.message == (
        "says itself it is unverified ('could not be independently verified'): "
        "'A second closure could not be independently verified.'"
    )


def test_fires_on_the_claim_when_no_sentence_carries_it(tmp_path: Path) -> None:
    unmatched = (
        CLAIM.replace("status: confirmed", "status: unconfirmed")
        .replace("quote: The harbour of Port Vell reopened on 3 March 2025\n", "")
        .replace("statement: The harbour", "statement: A lighthouse keeper said the harbour")
    )
    unmatched = unmatched.replace(
        "statement: A lighthouse keeper said the harbour of Port Vell reopened on 3 March 2025 after repairs costing 4 million euros.",
        "statement: Divers found a wreck near the lighthouse.",
    )
    make_repo(tmp_path, {CLAIM_PATH: unmatched})
    [finding] = audit_findings(tmp_path, "unsupported-statement")
    assert (finding.path, finding.line) == (CLAIM_PATH, 3)


def test_quiet_on_confirmed_claims_and_plain_sentences(repo: Path) -> None:
    assert audit_findings(repo, "unsupported-statement") == []
