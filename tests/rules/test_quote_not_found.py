"""quote-not-found: the quote is not the article's words; the nearest passage is shown."""

from __future__ import annotations

from pathlib import Path

from conftest import CLAIM, audit_findings, brief, make_repo

CLAIM_PATH = "claims/harbour/harbour-reopened-march.yaml"


def test_fires_when_a_number_differs_and_shows_the_nearest_passage(tmp_path: Path) -> None:
    make_repo(tmp_path, {CLAIM_PATH: CLAIM.replace("on 3 March 2025\n", "on 30 March 2025\n")})
    findings = audit_findings(tmp_path, "quote-not-found")
    assert brief(findings) == [("quote-not-found", CLAIM_PATH, 5, "harbour-reopened-march")]
    assert findings[0].message == (
        "the quote does not occur in article 'harbour-reopened'; nearest passage, line 10: "
        "'The harbour of Port Vell reopened on 3 March 2025' (quote → article: '30' → '3')"
    )


def test_quiet_across_case_curly_quotes_and_line_breaks(tmp_path: Path) -> None:
    quoted = CLAIM.replace(
        "quote: The harbour of Port Vell reopened on 3 March 2025",
        'quote: "THE  harbour of Port Vell\\n reopened on 3 March 2025"',
    )
    make_repo(tmp_path, {CLAIM_PATH: quoted})
    assert audit_findings(tmp_path, "quote-not-found") == []
