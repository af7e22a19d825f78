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
    assert finding.message == (
        "asserts claim 'harbour-reopened-march', unconfirmed: 'The harbour of Port Vell reopened "
        "on 3 March 2025 after repairs costing 4 million euros.'; back it with a source, reword "
        "it as unverified, or cut it"
    )


def test_fires_on_a_sentence_that_says_it_is_unverified(tmp_path: Path) -> None:
    article = ARTICLE + "\nA second closure could not be independently verified.\n"
    make_repo(tmp_path, {ARTICLE_PATH: article})
    [finding] = audit_findings(tmp_path, "unsupported-statement")
    assert (finding.line, finding.record) == (12, "harbour-reopened")
    assert finding.message == (
        "says itself it is unverified ('could not be independently verified'): "
        "'A second closure could not be independently verified.'; back it with a source, or cut it"
    )


def test_fires_once_when_both_causes_meet_with_advice_that_fits(tmp_path: Path) -> None:
    claim = CLAIM.replace("status: confirmed", "status: unconfirmed").replace(
        "quote: The harbour of Port Vell reopened on 3 March 2025",
        "quote: The harbour of Port Vell reopened on 3 March 2025, which could not be independently confirmed",
    )
    article = ARTICLE.replace(
        "3 March 2025 after repairs costing 4 million euros.",
        "3 March 2025, which could not be independently confirmed.",
    )
    make_repo(tmp_path, {CLAIM_PATH: claim, ARTICLE_PATH: article})
    [finding] = audit_findings(tmp_path, "unsupported-statement")
    assert finding.message == (
        "asserts claim 'harbour-reopened-march', unconfirmed, and says itself it is unverified "
        "('could not be independently confirmed'): 'The harbour of Port Vell reopened on 3 March "
        "2025, which could not be independently confi…'; back it with a source, or cut it"
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


def test_fires_when_a_named_party_says_the_unconfirmed_claim(tmp_path: Path) -> None:
    # Naming who says it keeps disputed-statement quiet, but does not confirm the claim.
    told = "The harbour of Port Vell reopened on 3 March 2025, the port authority said."
    article = ARTICLE.replace(
        "The harbour of Port Vell reopened on 3 March 2025 after repairs costing 4 million euros.",
        told,
    )
    claim = CLAIM.replace("status: confirmed", "status: unconfirmed")
    make_repo(tmp_path, {ARTICLE_PATH: article, CLAIM_PATH: claim})
    [finding] = audit_findings(tmp_path, "unsupported-statement")
    assert (finding.line, finding.record) == (10, "harbour-reopened-march")
    assert finding.message == (
        f"asserts claim 'harbour-reopened-march', unconfirmed: '{told}'; back it with a "
        "source, reword it as unverified, or cut it"
    )


def test_quiet_on_a_sentence_that_contradicts_the_unconfirmed_claim(tmp_path: Path) -> None:
    """4 million against the claim's 5 million: the sentence does not assert the claim
    (contradicts-claim says what it does), so it is not told to back it."""
    claim = CLAIM.replace("status: confirmed", "status: unconfirmed").replace(
        "4 million euros", "5 million euros"
    )
    claim = claim.replace("quote: The harbour of Port Vell reopened on 3 March 2025\n", "")
    make_repo(tmp_path, {CLAIM_PATH: claim})
    assert [f.rule for f in audit_findings(tmp_path) if f.path == ARTICLE_PATH] == [
        "contradicts-claim"
    ]
    # only the claim's own reminder that no sentence of its article carries it
    assert [(f.path, f.line) for f in audit_findings(tmp_path, "unsupported-statement")] == [
        (CLAIM_PATH, 3)
    ]
