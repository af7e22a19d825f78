"""Any string an editor gives is read back exactly as written (control characters made visible)."""

from __future__ import annotations

from datetime import date

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.desk.model import Status
from factcheck.edit.claims import ClaimDraft, claim_document
from factcheck.edit.yamlio import clean_input, dump_document
from factcheck.load.files import claim_from_text

AWKWARD = ["no", "yes", "off", "1e3", "0123", "2025-12-13", "~", "null", "a: b", "#hash", "- dash",
           "[x]", "{x}", "it's", 'say "hi"', "O'Brien: a story", "multi\nline", "  padded  ",
           "Łukašenka — “quoted”", "tab\there", "\\x1b", "%percent", "@at", "`tick`", "x #y",
           "a?b"]  # fmt: skip


def written_and_read(statement: str, quote: str) -> tuple[str | None, str | None]:
    draft = ClaimDraft(statement=statement, status=Status.UNCONFIRMED, quote=quote, tags=(quote,))
    text = dump_document(claim_document(draft, "x", date(2026, 1, 1)))
    result = claim_from_text(text, "claims/x.yaml")
    assert result.findings == ()
    claim = result.claims[0]
    assert claim.tags == (clean_input(quote),)
    # A YAML 1.1 reader (PyYAML) reads the same strings too.
    data = yaml.safe_load(text)
    assert (data["statement"], data["quote"]) == (claim.statement, claim.quote)
    return claim.statement, claim.quote


def test_awkward_strings_read_back() -> None:
    for text in AWKWARD:
        assert written_and_read(text, text) == (text, text)


@settings(max_examples=150, deadline=None)
@given(
    st.text(min_size=1).filter(lambda s: s.strip()), st.text(min_size=1).filter(lambda s: s.strip())
)
def test_any_string_reads_back(statement: str, quote: str) -> None:
    assert written_and_read(statement, quote) == (clean_input(statement), clean_input(quote))
