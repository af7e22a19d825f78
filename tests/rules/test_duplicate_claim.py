"""duplicate-claim: two claims state nearly the same thing; differing numbers never do."""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck.rules.duplicate_claim as duplicate_claim
from conftest import CLAIM, audit_findings, brief, make_repo
from factcheck.incremental.store import Store
from test_cache import age, as_json

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
    assert findings[0].message == (  # reworded: not "identical"
        "states nearly the same as claim 'harbour-reopened-march' "
        "(claims/harbour/harbour-reopened-march.yaml, similarity 100): merge them, or reword "
        "one so they differ"
    )


def test_quiet_when_the_numbers_differ(tmp_path: Path) -> None:
    other = TWIN.replace("4 million", "5 million")
    make_repo(tmp_path, {"claims/harbour/port-vell-reopened.yaml": other})
    assert audit_findings(tmp_path, "duplicate-claim") == []


def claims(tmp_path: Path, *statements: str) -> list[str]:
    files: dict[str, str | bytes | None] = {
        f"claims/storm/c{n}.yaml": f"id: c{n}\nstatement: {text}\nstatus: unconfirmed\n"
        for n, text in enumerate(statements)
    }
    make_repo(tmp_path, files)
    return [f.message for f in audit_findings(tmp_path, "duplicate-claim")]


def test_fires_on_the_same_text_and_says_identical(tmp_path: Path) -> None:
    assert claims(
        tmp_path,
        "The storm was the strongest since 1998.",
        "The storm was the strongest since 1998.",
    ) == ["states the same as claim 'c0' (claims/storm/c0.yaml, identical): keep one of them"]


def test_fires_on_a_claim_that_only_adds_an_attribution(tmp_path: Path) -> None:
    assert claims(
        tmp_path,
        "The storm was the strongest since 1998.",
        "Forecasters said the storm was the strongest since 1998.",
        "4,200 homes lost power, the utility said.",
        "According to the utility, 4,200 homes lost power.",
    ) == [
        "is claim 'c0' (claims/storm/c0.yaml) with an attribution ('Forecasters said'): one "
        "claim, told by someone; keep one, and name the teller in its rationale or sources",
    ]


def test_quiet_on_an_attribution_of_another_claim(tmp_path: Path) -> None:
    assert (
        claims(
            tmp_path,
            "The storm was the strongest since 1998.",
            "Forecasters said the storm was the strongest since 1990.",
        )
        == []
    )


def test_statements_prepared_once_are_taken_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_repo(tmp_path / "desk", {"claims/harbour/port-vell-reopened.yaml": TWIN})
    age(root, monkeypatch)
    made: list[str] = []
    real = duplicate_claim._statement

    def noting(text: str) -> duplicate_claim.Statement:
        made.append(text)
        return real(text)

    monkeypatch.setattr(duplicate_claim, "_statement", noting)
    assert '"duplicate-claim"' in as_json(root, use_cache=True)
    assert len(made) == 2
    made.clear()
    told = TWIN.replace("statement: On 3 March", "statement: Officials said that on 3 March")
    (root / "claims/harbour/port-vell-reopened.yaml").write_text(told)
    cached = as_json(root, use_cache=True)
    assert made == [told.splitlines()[1].removeprefix("statement: ")]  # the new one alone
    assert "with an attribution ('Officials said that')" in cached
    assert cached == as_json(root, use_cache=False)
    # a claim gone: nothing to prepare, and its statement is no longer kept
    made.clear()
    (root / "claims/harbour/port-vell-reopened.yaml").unlink()
    as_json(root, use_cache=True)
    rows = Store(root).read_rows(duplicate_claim.MEMO, tuple[str, dict[str, object]])
    kept = [text for _, (_, values) in rows.values() for text in values]
    statement = CLAIM.splitlines()[1].removeprefix("statement: ")
    assert made == [] and kept == [statement]
    (root / "claims/harbour/port-vell-reopened.yaml").write_text(told)
    made.clear()
    monkeypatch.setattr(duplicate_claim.rapidfuzz, "__version__", "another")
    (root / "claims/harbour/port-vell-reopened.yaml").write_text(TWIN)
    assert as_json(root, use_cache=True) == as_json(root, use_cache=False)
    assert len(made) == 2 + 2  # prepared again under another rapidfuzz; and uncached
