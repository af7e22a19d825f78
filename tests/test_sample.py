"""The sample desk: the Belarus article audited as a fact-checker expects."""

from __future__ import annotations

from conftest import SAMPLE, audit_findings

ARTICLE = "claims/belarus-prisoner-release-2025/article.md"


def test_the_sample_has_no_errors() -> None:
    assert [f for f in audit_findings(SAMPLE) if f.severity.value == "error"] == []


def test_bellavia_is_unsupported_both_ways_and_a_name_variant() -> None:
    findings = [
        f for f in audit_findings(SAMPLE) if f.path == ARTICLE and f.line == 17 and f.column == 185
    ]
    [unsupported] = [f for f in findings if f.rule == "unsupported-statement"]
    assert unsupported.record == "bellavia-airlines-sanctions-lifted"
    assert unsupported.message.startswith(
        "asserts claim 'bellavia-airlines-sanctions-lifted', unconfirmed, and says itself it is "
        "unverified ('could not be independently confirmed')"
    )
    [variant] = audit_findings(SAMPLE, "name-variant")
    assert (variant.path, variant.line, variant.suggestion) == (ARTICLE, 17, "Belavia")
    assert variant.message.startswith("'Bellavia' looks like a misspelling of 'Belavia'")


def test_the_disputed_claims_surface_as_disputed_statements() -> None:
    assert sorted(f.record for f in audit_findings(SAMPLE, "disputed-statement")) == [
        "kolesnikova-served-11-years",
        "stefanovich-tried-with-kolesnikova",
    ]


def test_every_quote_is_found() -> None:
    assert audit_findings(SAMPLE, "quote-not-found") == []


def test_sources_without_links_are_reported_not_invented() -> None:
    assert sorted(f.record for f in audit_findings(SAMPLE, "source-without-url")) == [
        "financial-express-john-coale",
        "reuters-belarus-releases-123",
        "un-human-rights-belarus",
        "viasna-political-prisoners",
    ]
