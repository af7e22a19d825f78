"""hedged-statement: vague attribution and hedges; cues extendable and silenceable."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ARTICLE, audit_findings, brief, make_repo

ARTICLE_PATH = "claims/harbour/article.md"
HEDGED = ARTICLE + "\nThe repairs were allegedly late, and sources say costs rose.\n"


def test_fires_on_hedge_cues(tmp_path: Path) -> None:
    make_repo(tmp_path, {ARTICLE_PATH: HEDGED})
    findings = audit_findings(tmp_path, "hedged-statement")
    assert brief(findings) == [("hedged-statement", ARTICLE_PATH, 12, "harbour-reopened")]
    assert findings[0].message.startswith("hedges with 'allegedly', 'sources say':")


def test_the_message_quotes_the_sentence_as_the_file_has_it(tmp_path: Path) -> None:
    # An apostrophe stays inside single quotes, and the escape a control character became
    # keeps its one backslash (repr() would double it and switch the quotes).
    article = ARTICLE + "\nThe mayor's aide reportedly said \x1b[2J it was over.\n"
    make_repo(tmp_path, {ARTICLE_PATH: article})
    [finding] = audit_findings(tmp_path, "hedged-statement")
    assert finding.message == (
        "hedges with 'reportedly': 'The mayor's aide reportedly said \\x1b[2J it was over.'; "
        "name who says it, or check it and state it"
    )


def test_fires_on_a_cue_the_desk_added(tmp_path: Path) -> None:
    article = ARTICLE + "\nInsiders whisper that costs rose.\n"
    make_repo(tmp_path, {ARTICLE_PATH: article, "factcheck.yaml": "hedges: [insiders whisper]\n"})
    assert len(audit_findings(tmp_path, "hedged-statement")) == 1


def test_quiet_when_the_desk_silences_the_cues(tmp_path: Path) -> None:
    settings = "ignore_hedges: [allegedly, sources say]\n"
    make_repo(tmp_path, {ARTICLE_PATH: HEDGED, "factcheck.yaml": settings})
    assert audit_findings(tmp_path, "hedged-statement") == []


def test_quiet_on_plain_attributed_sentences(repo: Path) -> None:
    assert audit_findings(repo, "hedged-statement") == []


def cues_in(sentence: str) -> list[str]:
    from factcheck.desk.settings import Settings
    from factcheck.text.cues import lexicon

    return [m.group().lower() for m in lexicon(Settings()).hedges.find(sentence)]


def test_fires_on_weasel_and_peacock_patterns_with_words_between() -> None:
    assert cues_in("It has also been suggested that the bridge was never finished.") == [
        "it has also been suggested"
    ]
    assert cues_in("The design is believed by many to be unsafe.") == ["is believed by many"]
    assert cues_in("Critics charge that the tolls are too high.") == ["critics charge"]
    assert cues_in("The port is widely regarded as the finest in the region.") == [
        "is widely regarded as", "finest",
    ]  # fmt: skip
    assert cues_in("It is one of the most visited harbours.") == ["one of the most"]
    assert cues_in("The ferry may have been delayed.") == ["may have been"]


def test_quiet_on_literal_uses() -> None:
    assert cues_in("Visitors may have a coffee at the harbour.") == []
    assert cues_in('The so-called "Iron Bridge" opened in 1779.') == []
    assert cues_in("The bridge opened on 3 March with 400 guests.") == []


def test_fires_on_vague_quantities_nobody_names() -> None:
    assert cues_in("Some residents were moved to the school.") == ["some"]
    assert cues_in("Several councillors opposed the plan.") == ["several"]
    assert cues_in("Certain suppliers raised their prices.") == ["certain"]
    assert cues_in("The plan was criticized as rushed.") == ["criticized"]


def test_quiet_when_the_quantity_is_named_rounded_or_a_span_of_time() -> None:
    assert cues_in("Many agencies, including the coastguard, took part.") == []
    assert cues_in("Some 300 residents were moved.") == []
    assert cues_in("The bridge stood for many decades; as many as 40 ferries docked.") == []
    assert cues_in("Some time later, the harbour reopened.") == []
    assert cues_in("The harbourmaster is certain of the date.") == []


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("It is understood that the barrier failed.", "it is understood that"),
        ("Sources close to the council said the barrier failed.", "sources close to"),
        ("Insiders say the barrier failed.", "insiders say"),
        ("According to unnamed officials, the barrier failed.", "unnamed officials"),
        ("The barrier failed, according to people familiar with the inspection.",
         "people familiar with"),
        ("Rumours suggest the barrier failed.", "rumours suggest"),
        ("Rumors suggest the barrier failed.", "rumors suggest"),
        ("Some say the barrier failed.", "some say"),
        ("Looters reportedly said the barrier failed.", "reportedly"),
        ("The barrier allegedly failed.", "allegedly"),
        ("An official, who asked not to be named, said the barrier failed.",
         "asked not to be named"),
        ("Senior officials said the barrier failed.", "senior officials said"),
        ("A senior government source said the barrier failed.",
         "a senior government source said"),
        ("According to media reports, the barrier failed.", "according to media reports"),
    ],
)  # fmt: skip
def test_fires_on_anonymous_or_vague_attribution(tmp_path: Path, sentence: str, cue: str) -> None:
    make_repo(tmp_path, {ARTICLE_PATH: ARTICLE + "\n" + sentence + "\n"})
    [finding] = audit_findings(tmp_path, "hedged-statement")
    assert (finding.line, finding.message) == (
        12,
        f"hedges with '{cue}': '{sentence}'; name who says it, or check it and state it",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the Riverworks Union, the barrier failed.",
        "The mayor said the barrier failed.",
        "The Riverworks Union claims the barrier failed.",
        "Officials of the Riverworks Union allege that the barrier failed.",
        "The barrier failed, the ministry said.",
        "Police said the barrier failed.",
        "Residents close to the river were moved to the school.",  # "close to" a place
        "The Riverworks Union report was published in May.",
    ],
)
def test_quiet_when_a_named_party_says_it(tmp_path: Path, sentence: str) -> None:
    make_repo(tmp_path, {ARTICLE_PATH: ARTICLE + "\n" + sentence + "\n"})
    assert audit_findings(tmp_path, "hedged-statement") == []
