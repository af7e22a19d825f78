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
        ("", []),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected
