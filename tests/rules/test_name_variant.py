"""name-variant: a spelling close to a weightier known one; accepted variants stay quiet."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import ARTICLE, SOURCE_ALPHA, audit_findings, brief, make_repo

ARTICLE_PATH = "claims/harbour/article.md"
MISSPELT = ARTICLE + "\nThe works were led by engineer Ada Okafur for Port Vell.\n"
SOURCE = SOURCE_ALPHA + "notes: Quotes the engineer Ada Okafor.\n"


def test_fires_on_a_near_miss_of_a_source_spelling(tmp_path: Path) -> None:
    make_repo(tmp_path, {ARTICLE_PATH: MISSPELT, "sources/alpha-news-report.yaml": SOURCE})
    findings = audit_findings(tmp_path, "name-variant")
    assert brief(findings) == [("name-variant", ARTICLE_PATH, 12, "harbour-reopened")]
    assert (findings[0].column, findings[0].suggestion) == (36, "Okafor")


def test_quiet_when_settings_accept_the_variant(tmp_path: Path) -> None:
    make_repo(
        tmp_path,
        {
            ARTICLE_PATH: MISSPELT,
            "sources/alpha-news-report.yaml": SOURCE,
            "factcheck.yaml": "names:\n  Okafor: [Okafur]\n",
        },
    )
    assert audit_findings(tmp_path, "name-variant") == []


def test_quiet_on_derived_forms_and_short_names(tmp_path: Path) -> None:
    article = (
        ARTICLE
        + "\nBelarus and Belarusian officials met Russia and Russian envoys; Ada and Adam came.\n"
    )
    make_repo(tmp_path, {ARTICLE_PATH: article})
    assert audit_findings(tmp_path, "name-variant") == []


def test_fires_on_a_four_letter_name_one_letter_off(tmp_path: Path) -> None:
    article = ARTICLE + "\nThe mayor, Ana Ruis, opened the harbour.\n"
    make_repo(tmp_path, {ARTICLE_PATH: article, "factcheck.yaml": "names:\n  Ruiz: []\n"})
    findings = audit_findings(tmp_path, "name-variant")
    assert [(f.line, f.column, f.suggestion) for f in findings] == [(12, 16, "Ruiz")]
    swapped = ARTICLE + "\nThe mayor, Ana Riuz, opened the harbour.\n"
    make_repo(tmp_path / "swap", {ARTICLE_PATH: swapped, "factcheck.yaml": "names:\n  Ruiz: []\n"})
    assert [f.suggestion for f in audit_findings(tmp_path / "swap", "name-variant")] == ["Ruiz"]


def test_quiet_on_short_names_that_are_names_of_their_own_or_accents(tmp_path: Path) -> None:
    article = ARTICLE + "\nTankers from Iraq and the mayor, Ana Ruíz, came too.\n"
    source = SOURCE_ALPHA + "notes: Ships from Iran; the mayor is Ana Ruiz.\n"
    make_repo(tmp_path, {ARTICLE_PATH: article, "sources/alpha-news-report.yaml": source})
    assert audit_findings(tmp_path, "name-variant") == []


def test_variants_are_found_as_whole_words_the_longest_first() -> None:
    from factcheck.rules.name_variant import _occurrences

    body = "Okafur's team, Okafur-Ade, Okafurs and O'Brien met Okafur; xOkafur, 'Okafur'."
    assert _occurrences(body, ["Okafur", "Okafur-Ade", "O'Brien"]) == [
        (0, "Okafur"),  # a possessive ending stays outside the name
        (15, "Okafur-Ade"),  # not "Okafur" inside a longer hyphenated name
        (39, "O'Brien"),
        (51, "Okafur"),  # not after an apostrophe or inside a word
    ]


@given(st.lists(st.text(alphabet="aZé’'- \n.Ab", max_size=12), max_size=6))
def test_words_read_from_joined_texts_are_the_words_of_each_text(texts: list[str]) -> None:
    from collections import Counter

    from factcheck.rules import name_variant
    from factcheck.rules.name_variant import _LOWER_WORD, _lower_words
    from factcheck.text.names import name_tokens

    one_by_one: Counter[str] = Counter()
    for text in texts:
        one_by_one.update(name_tokens(text))
    assert Counter(name_tokens("\n".join(texts))) == one_by_one
    each = {w.casefold() for t in texts for w in _LOWER_WORD.findall(t)}
    assert _lower_words(texts) == each
    with pytest.MonkeyPatch.context() as patch:  # read two texts at a time
        patch.setattr(name_variant, "JOINED", 2)
        assert _lower_words(texts) == each
        assert Counter(w for j in name_variant._joined(texts) for w in name_tokens(j)) == one_by_one
