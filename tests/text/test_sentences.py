"""Sentence segmentation on news prose."""

from __future__ import annotations

import pytest

from factcheck.text.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The U.S. envoy met Dr. Smith on Jan. 5. They talked.",
            ["The U.S. envoy met Dr. Smith on Jan. 5.", "They talked."],
        ),
        (
            "It cost 1.2 million dollars. Then it rose.",
            ["It cost 1.2 million dollars.", "Then it rose."],
        ),
        ("J. R. Smith spoke. He left.", ["J. R. Smith spoke.", "He left."]),
        (
            "He was found guilty of “hiding income on a large scale.” In March 2023, he was sentenced.",
            [
                "He was found guilty of “hiding income on a large scale.”",
                "In March 2023, he was sentenced.",
            ],
        ),
        ("They met in the U.S. The talks ended.", ["They met in the U.S.", "The talks ended."]),
        ("Was it true? Yes! It was.", ["Was it true?", "Yes!", "It was."]),
        ("No. 5 won. e.g. this stays.", ["No. 5 won. e.g. this stays."]),
        ("human rights.Bialiatski is also here.", ["human rights.", "Bialiatski is also here."]),
        ("At 3 p.m. The meeting began.", ["At 3 p.m.", "The meeting began."]),
        ("  Leading and trailing space.  ", ["Leading and trailing space."]),
        ("See p. 12 of the report.", ["See p. 12 of the report."]),
        ("Filed under N°. 4471.2. It was lost.", ["Filed under N°. 4471.2.", "It was lost."]),
        ("They flew to the E.U. Why not?", ["They flew to the E.U.", "Why not?"]),
        (
            "Write to ana.Ruiz@desk.example. She answers.",
            ["Write to ana.Ruiz@desk.example.", "She answers."],
        ),
        (
            "It was him and I. Did Peter I. Ivanov come?",
            ["It was him and I.", "Did Peter I. Ivanov come?"],
        ),
        ("1.) Count the votes 2.) Publish them", ["1.) Count the votes", "2.) Publish them"]),
        ("1) Count the votes. 2) Publish them.", ["1) Count the votes.", "2) Publish them."]),
        ("1. Count the votes 2. Publish them", ["1. Count the votes", "2. Publish them"]),
        ("a. Count b. Publish c. Archive", ["a. Count", "b. Publish", "c. Archive"]),
        ("• 4. Count • 5. Publish", ["• 4. Count", "• 5. Publish"]),
        ("He spent 2. Then 3 more.", ["He spent 2.", "Then 3 more."]),
        (
            "“The vote [...] was close [...]” (Ruiz 12).",
            ["“The vote [...] was close [...]” (Ruiz 12)."],
        ),
        (
            "She paused . . . then spoke . . . I think.",
            ["She paused . . . then spoke . . . I think."],
        ),
        (
            "It ended with a period . . . . Then more.",
            ["It ended with a period . . . .", "Then more."],
        ),
        (
            "It was over. . . . The rest followed. . . .",
            ["It was over.", ". . . The rest followed. . . ."],
        ),
        ("", []),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_a_lone_period_is_never_a_sentence() -> None:
    assert all(sentence.strip(" .") for sentence in sentences("Wait . . . . . Yes. . Done."))


def test_numbered_items_keep_their_number_at_its_own_offsets() -> None:
    from factcheck.text.markdown import markdown_blocks, plain_blocks

    body = "Intro.\n\n 3. Count the votes\n 4) Publish\n\n- a bullet\n"
    items = [block for block in markdown_blocks(body) if block.kind == "item"]
    assert [block.text for block in items] == ["3. Count the votes", "4) Publish", "a bullet"]
    assert [body[offset] for offset in items[0].offsets[:3]] == ["3", ".", " "]
    plain = plain_blocks("1. First\n- second\n")
    assert [block.text for block in plain] == ["1. First", "second"]
    assert plain[0].offsets[0] == 0


def test_a_list_number_is_not_a_checkable_number() -> None:
    from factcheck.text.sentences import without_marker

    assert without_marker("2.) Publish them") == "Publish them"
    assert without_marker("• 10. Publish") == "Publish"
    assert without_marker("2025 was a year.") == "2025 was a year."


def test_an_articles_sentences_stand_where_the_audit_places_them() -> None:
    """`article_sentences` (what `claim add --from` points into) splits and places each
    sentence as `analyze` does, whose places the findings print."""
    from factcheck.desk.model import Article
    from factcheck.desk.settings import Settings
    from factcheck.text.analysis import analyze, article_sentences

    body = (
        "\n# Ferries\n\nFerries *resumed* on 5 March. The crossing\ntakes 40 minutes.\n\n"
        "1. Two operators run it.\n"
    )
    article = Article(path="claims/f/article.md", id="f", title="F", body=body, body_line=5)
    placed = [(s.text, s.line, s.column, s.kind) for s in article_sentences(article)]
    assert placed == [
        ("Ferries", 6, 3, "heading"),
        ("Ferries resumed on 5 March.", 8, 1, "paragraph"),
        ("The crossing takes 40 minutes.", 8, 31, "paragraph"),
        ("1. Two operators run it.", 11, 1, "item"),
    ]
    analysed = analyze(article, [], Settings()).sentences
    # index, text, start, end, line, column, kind, block: all but links and cues
    assert [s[:8] for s in article_sentences(article)] == [s[:8] for s in analysed]
