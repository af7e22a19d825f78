"""The meaning of texts: the shipped model's encoder, pooling, and the memo of vectors."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Collection, Mapping

import numpy as np
import pytest

from conftest import SAMPLE
from factcheck.text import meaning


def pieces(word: str) -> list[str]:
    by_id = {i: piece for piece, i in meaning.model().ids.items()}
    return [by_id[i] for i in meaning.word_pieces(word)]


def test_words_are_cut_as_the_models_encoder_cuts_them() -> None:
    # As WordLlama's tokenizer (the `tokenizers` library) cuts them.
    assert pieces("flood") == ["▁flo", "od"]
    assert pieces("Harwick") == ["▁Har", "wick"]
    assert pieces("households") == ["▁households"]
    assert pieces("Lukashenko") == ["▁L", "uk", "ash", "en", "ko"]
    assert pieces("prisoners,") == ["▁prisoners", ","]
    assert pieces("naïve") == ["▁na", "ï", "ve"]


def test_a_character_no_piece_covers_is_read_byte_by_byte() -> None:
    assert pieces("\U0001f9ea") == ["▁", "<0xF0>", "<0x9F>", "<0xA7>", "<0xAA>"]


def test_vectors_are_unit_length_and_an_empty_text_is_zero() -> None:
    rows = meaning.embed(["Flood damage in Harwick", "", "   "])
    assert rows.shape == (3, meaning.model().dimensions)
    assert np.linalg.norm(rows[0]) == pytest.approx(1.0, abs=1e-3)
    assert not rows[1].any() and not rows[2].any()


def test_figures_are_left_out_of_a_meaning() -> None:
    one, other, words = meaning.embed(
        ["4,200 homes lost power", "4,300 homes lost power", "homes lost power"]
    )
    assert (one == other).all() and (one == words).all()


def test_a_paraphrase_lies_closer_than_another_subject() -> None:
    claim, paraphrase, other = meaning.embed(
        [
            "About 4,200 homes in Harwick lost power during the flood.",
            "Some 4,200 Harwick households were left without electricity by the flood.",
            "The council approved the school budget on Monday.",
        ]
    )
    assert float(claim @ paraphrase) > 0.7 > 0.4 > float(claim @ other)


class DictMemo:
    """A memo in a dict, counting what it is asked and given."""

    def __init__(self) -> None:
        self.kept: dict[str, bytes] = {}
        self.made: list[str] = []

    def find(self, keys: Collection[str]) -> Mapping[str, bytes]:
        return {key: self.kept[key] for key in keys if key in self.kept}

    def keep(self, made: Mapping[str, bytes]) -> None:
        self.made.extend(made)
        self.kept.update(made)


def test_kept_vectors_are_read_back_as_they_were_made(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = ["The flood cut power to 4,187 homes.", "Nine schools closed.", "Nine schools closed."]
    memo = DictMemo()
    made = meaning.embed_kept(texts, memo)
    assert (made == meaning.embed(texts)).all()
    assert len(memo.made) == 2  # one vector a text, the repeated one made once
    with monkeypatch.context() as patched:  # all kept: the model is not even read
        patched.setattr(meaning, "model", None)
        patched.setattr(meaning, "embed", None)
        assert (meaning.embed_kept(texts, memo) == made).all()
    assert len(memo.made) == 2


def test_a_kept_vector_of_another_size_is_made_again() -> None:
    texts = ["The flood cut power to 4,187 homes."]
    memo = DictMemo()
    memo.kept[meaning.text_key(texts[0])] = b"\0\0" * 3
    assert (meaning.embed_kept(texts, memo) == meaning.embed(texts)).all()
    assert memo.made == [meaning.text_key(texts[0])]


def test_a_texts_key_tells_texts_apart() -> None:
    assert meaning.text_key("Nine schools closed.") == meaning.text_key("Nine schools closed.")
    assert meaning.text_key("Nine schools closed.") != meaning.text_key("Nine schools closed")


@pytest.mark.parametrize("command", [["--version"], ["claim", "list"], ["source", "list"]])
def test_the_model_is_not_loaded_by_commands_that_match_nothing(command: list[str]) -> None:
    # numpy and the model load when a sentence is matched: not for the editors' commands.
    probe = (
        "import sys; from factcheck.cli import app\n"
        f"try:\n    app({command!r}, standalone_mode=False)\nexcept SystemExit:\n    pass\n"
        "print('numpy' in sys.modules, file=sys.stderr)"
    )
    completed = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=SAMPLE,
        env={**os.environ, "PYTHONPATH": str(SAMPLE / "src")},
    )  # fmt: skip
    assert completed.stderr.splitlines()[-1] == "False"


def test_a_vectors_key_changes_with_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    before = meaning.text_key("Nine schools closed.")
    monkeypatch.setattr(meaning, "model_stamp", lambda: b"another model")
    assert meaning.text_key("Nine schools closed.") != before


def test_a_word_longer_than_any_word_is_encoded_by_its_start() -> None:
    # Byte-pair encoding takes the square of a word's length: a pasted blob of 200,000
    # characters would take minutes.
    blob = "x" * 200_000
    assert meaning.text_pieces(blob) == meaning.text_pieces("x" * meaning.LONGEST_WORD)
    assert meaning.embed([f"The harbour reopened after a {blob} repair."]).shape[0] == 1


def test_a_lone_surrogate_is_read_as_bytes() -> None:
    assert pieces("a\ud800") == ["▁a", "<0xED>", "<0xA0>", "<0x80>"]
