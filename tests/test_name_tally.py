"""name-variant's tally of spellings, kept between audits and updated by the files changed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import msgspec
import pytest

import factcheck.incremental.names as kept_names
import factcheck.rules.name_variant as name_variant
import factcheck.rules.registry as registry
from conftest import ARTICLE, CLAIM, SOURCE_ALPHA, TODAY, make_repo
from factcheck.desk.findings import Finding
from factcheck.engine.check import check_in_desk
from factcheck.incremental.files import read_kept
from factcheck.incremental.names import KEPT, Kept
from factcheck.incremental.store import Store
from factcheck.load.repository import load_repository
from factcheck.rules.base import Context
from factcheck.rules.name_variant import Tally, desk_texts, tally_of, words_of
from factcheck.rules.registry import RULES
from test_cache import age, as_json

ARTICLE_PATH = "claims/harbour/article.md"
SOURCE_PATH = "sources/alpha-news-report.yaml"
CLAIM_PATH = "claims/harbour/harbour-reopened-march.yaml"


def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An article that spells the engineer "Okafur" where a source says "Okafor"."""
    root = make_repo(
        tmp_path / "desk",
        {
            ARTICLE_PATH: ARTICLE + "\nThe works were led by engineer Ada Okafur.\n",
            SOURCE_PATH: SOURCE_ALPHA + "notes: Quotes the engineer Ada Okafor.\n",
        },
    )
    age(root, monkeypatch)
    return root


def normal(tally: Tally) -> tuple[list[dict[str, int]], dict[str, int]]:
    """`tally` as plain dicts, for comparing regardless of order."""
    return [dict(sorted(counts.items())) for counts in tally[0]], dict(sorted(tally[1].items()))


def kept_tally(root: Path) -> Tally:
    kept = Store(root).read(KEPT, Kept)
    assert kept is not None
    return kept.tally


def counted_afresh(root: Path) -> Tally:
    """The tally of every text of the desk as it is, counted from nothing."""
    return tally_of(desk_texts(load_repository(root)), words_of)


def suggestions(root: Path) -> list[str | None]:
    answer = json.loads(as_json(root, use_cache=True))
    return [f["suggestion"] for f in answer["findings"] if f["rule"] == "name-variant"]


EDITS: list[tuple[str, str | None]] = [
    # a statement names the engineer a third way, then the source is gone, then back
    (CLAIM_PATH, CLAIM.replace("Two independent reports.", "Per Ada Okafar.")),
    (CLAIM_PATH, CLAIM.replace("The harbour of Port", "Engineer Okafar said the harbour of Port")),
    (SOURCE_PATH, None),
    (SOURCE_PATH, SOURCE_ALPHA + "notes: Quotes the engineer Ada Okafor, twice: Okafor.\n"),
    (ARTICLE_PATH, ARTICLE + "\nThe works were led by engineer Ada Okafur (okafur).\n"),
    ("claims/harbour/second.md", "---\nid: second\n---\nAda Okafur and Ada Okafur again.\n"),
    (ARTICLE_PATH, None),
]


def forbid_recounting(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make counting every text of the desk again fail the test."""
    real = kept_names._article_words

    def no_recount(memo: Any, texts: Any, *, whole: bool) -> Any:
        if whole:
            raise AssertionError("counted every text again")
        return real(memo, texts, whole=whole)

    monkeypatch.setattr(kept_names, "_article_words", no_recount)


def test_the_kept_tally_is_updated_by_the_files_changed_to_what_counting_afresh_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = desk(tmp_path, monkeypatch)
    assert suggestions(root) == ["Okafor"]

    forbid_recounting(monkeypatch)
    for path, text in EDITS:
        if text is None:
            (root / path).unlink()
        else:
            (root / path).write_text(text, encoding="utf-8")
        cached = as_json(root, use_cache=True)
        assert normal(kept_tally(root)) == normal(counted_afresh(root)), path
        assert cached == as_json(root, use_cache=False), path


def test_an_article_edited_without_a_new_spelling_is_checked_again_against_the_whole_desk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The better spellings unchanged, name-variant reads the edited article alone, with
    the spellings of the whole desk (the source's "Okafor"), not of that article."""
    root = desk(tmp_path, monkeypatch)
    (root / "claims/harbour/second.md").write_text("---\nid: second\n---\nFerries sail.\n")
    age(root, monkeypatch)
    assert suggestions(root) == ["Okafor"]
    edited = ARTICLE + "\nThe works were led by engineer Ada Okafur.\n\nThe ferry sails daily.\n"
    (root / ARTICLE_PATH).write_text(edited, encoding="utf-8")
    checked: list[int] = []

    def counted(ctx: Context) -> Iterator[Finding]:
        checked.append(len(ctx.articles))
        return name_variant.check(ctx)

    counting = [replace(r, check=counted) if r is name_variant.RULE else r for r in RULES]
    with monkeypatch.context() as patched:
        patched.setattr(registry, "RULES", counting)
        assert suggestions(root) == ["Okafor"]
    assert checked == [1]  # the edited article alone, of two
    assert as_json(root, use_cache=True) == as_json(root, use_cache=False)
    assert normal(kept_tally(root)) == normal(counted_afresh(root))


def test_a_tally_kept_for_other_rows_than_the_cache_holds_is_not_updated_but_recounted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = desk(tmp_path, monkeypatch)
    assert suggestions(root) == ["Okafor"]
    # An audit of one other rule reads the edited source into the cache's rows but keeps
    # no tally: the tally kept describes the rows before, and taking nothing out of it
    # (the rows now hold the source as it is) would be wrong.
    (root / SOURCE_PATH).write_text(SOURCE_ALPHA + "notes: Quotes Ada Okafar.\n")
    as_json(root, use_cache=True, select=["unknown-source"])
    assert suggestions(root) == ["Okafar"]
    assert normal(kept_tally(root)) == normal(counted_afresh(root))


def test_check_keeps_the_desks_tally_not_its_drafts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = desk(tmp_path, monkeypatch)
    draft = tmp_path / "draft.md"
    draft.write_text("Ada Okafir spoke. Okafir, Okafir and Okafir.\n", encoding="utf-8")

    def checked() -> list[str | None]:
        result = check_in_desk(draft, root, TODAY)
        return [f.suggestion for f in result.findings if f.rule == "name-variant"]

    assert checked() == ["Okafor"]  # no tally kept yet: counted whole, the draft with it
    assert normal(kept_tally(root)) == normal(counted_afresh(root))
    (root / SOURCE_PATH).write_text(SOURCE_ALPHA + "notes: Quotes Ada Okafar.\n")
    (root / ARTICLE_PATH).write_text(ARTICLE + "\nLed by Ada Okafar.\n", encoding="utf-8")
    draft.write_text("Ada Okafir spoke again.\n", encoding="utf-8")
    before = normal(kept_tally(root))
    assert checked() == ["Okafar"]  # the desk's changes, then the draft's, on the kept tally
    # A check leaves the kept tally at the rows as they were (it reads the few files
    # changed afresh); the next audit brings it up to date, without counting again.
    assert normal(kept_tally(root)) == before != normal(counted_afresh(root))

    forbid_recounting(monkeypatch)
    assert as_json(root, use_cache=True) == as_json(root, use_cache=False)
    assert normal(kept_tally(root)) == normal(counted_afresh(root))


def test_a_kept_tally_short_of_what_a_change_takes_out_is_recounted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = desk(tmp_path, monkeypatch)
    assert suggestions(root) == ["Okafor"]
    store = Store(root)
    kept = store.read(KEPT, Kept) or pytest.fail("nothing kept")
    store.write(KEPT, msgspec.structs.replace(kept, tally=([{}, {}, {}, {}], {})))  # counts nothing
    (root / SOURCE_PATH).write_text(SOURCE_ALPHA + "notes: Quotes Ada Okafar.\n")
    assert suggestions(root) == ["Okafar"]
    assert normal(kept_tally(root)) == normal(counted_afresh(root))


def test_a_misspelling_close_to_two_equal_spellings_is_given_the_first_in_alphabetical_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_repo(
        tmp_path / "desk",
        {
            ARTICLE_PATH: ARTICLE + "\nThe works were led by engineer Ada Okafur.\n",
            # Okafor and Okafir: one use each, both in sources; the article's Okafur is
            # one letter from each. (Read in the other order, the choice is the same.)
            SOURCE_PATH: SOURCE_ALPHA + "notes: With Ada Okafor and Ben Okafir.\n",
        },
    )
    assert suggestions(root) == ["Okafir"]
    (root / SOURCE_PATH).write_text(SOURCE_ALPHA + "notes: With Ben Okafir and Ada Okafor.\n")
    assert suggestions(root) == ["Okafir"]
    assert as_json(root, use_cache=True) == as_json(root, use_cache=False)


def test_a_file_row_that_does_not_decode_makes_the_tally_recounted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = desk(tmp_path, monkeypatch)
    assert suggestions(root) == ["Okafor"]
    # What the cache held of the source is unknown: it is read again, and counting it
    # in on top of the tally (which counts it already) would count it twice.
    Store(root).write_rows("files", {SOURCE_PATH: "not a row"})
    (root / CLAIM_PATH).write_text(CLAIM.replace("Two independent reports.", "Two reports."))
    assert suggestions(root) == ["Okafor"]
    assert normal(kept_tally(root)) == normal(counted_afresh(root))
    assert read_kept(Store(root)).unreadable == []  # forgotten, the rows known again
