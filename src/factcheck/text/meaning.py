"""What a text means, as a vector: two texts that say the same in other words lie close.

The model is WordLlama's `l2_supercat` (MIT licence, © 2024 Lee Miller), a static
embedding: a text's vector is the mean of its tokens' vectors, so it runs anywhere
numpy does, in microseconds a sentence, with nothing fetched. factcheck ships the
tokenizer's pieces and merges and the pieces' vectors (quantised to int8) in
`factcheck/data/meaning/`, written by `scripts/build_meaning_table.py`; this module
tokenizes as the model's byte-pair encoder does and pools.

Figures written in digits (and currency signs) are left out of a text's meaning:
"4,300 homes lost power" and "4,200 homes lost power" say the same about the same
thing, and whether the figures agree is for the matcher's facts to decide, not for a
vector to blur. Words stay, number words and month names among them.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Protocol

import numpy as np
import numpy.typing as npt

Vectors = npt.NDArray[np.float32]
"""Unit vectors, one row a text (a text with no word has a row of zeros), each value
one a float16 can hold: what is kept as float16 is read back the same."""
KEPT_AS = np.float16
DIMENSIONS = 256
"""The length of a text's vector (the shipped model's)."""

_SPACE = "▁"
_BYTE = "<0x{:02X}>"
_WORDS = re.compile(r"\S+")
_FIGURE = re.compile(r"[\d£$€¥%]+(?:[.,:/-]\d+)*")


@dataclass(frozen=True)
class Model:
    """The pieces' vectors and the byte-pair encoder's tables."""

    vectors: Vectors
    """Piece id → its vector (float32, as the model has it)."""
    padded: Vectors
    """`vectors` and a last row of zeros, the padding of pooled batches."""
    ids: dict[str, int]
    """Piece → id."""
    ranks: dict[tuple[str, str], int]
    """A pair of pieces → its merge's rank (lower merges first)."""

    @property
    def dimensions(self) -> int:
        """The length of a text's vector."""
        return int(self.vectors.shape[1])


@cache
def model() -> Model:
    """The shipped model, read once a process (about 0.1 s; only when something is matched)."""
    folder = resources.files("factcheck") / "data" / "meaning"
    lines = (folder / "pieces.txt").read_text(encoding="utf-8").split("\n")
    count = int(lines[0].split()[-1])
    pieces = lines[1 : 1 + count]
    merges = lines[2 + count : 2 + count + int(lines[1 + count].split()[-1])]
    with (folder / "vectors.npy").open("rb") as handle:
        quantised = np.load(handle, allow_pickle=False)
    with (folder / "scales.npy").open("rb") as handle:
        scales = np.load(handle, allow_pickle=False)
    vectors = (quantised.astype(np.float32) * scales[:, None]).astype(np.float32)
    if vectors.shape[1] != DIMENSIONS:
        raise ValueError(f"the shipped model has {vectors.shape[1]} dimensions, not {DIMENSIONS}")
    ranks = {}
    for rank, merge in enumerate(merges):
        left, _, right = merge.partition(" ")
        ranks[(left, right)] = rank
    padded = np.vstack([vectors, np.zeros((1, vectors.shape[1]), dtype=np.float32)])
    return Model(vectors, padded, {piece: i for i, piece in enumerate(pieces)}, ranks)


@lru_cache(maxsize=131072)
def word_pieces(word: str) -> tuple[int, ...]:
    """The ids of the pieces the model's encoder cuts `word` into (a word as it follows a
    space: "▁flood"), byte by byte where no piece covers a character."""
    tables = model()
    parts = list(_SPACE + word)
    while len(parts) > 1:
        ranked = [
            (tables.ranks.get((parts[i], parts[i + 1]), -1), i) for i in range(len(parts) - 1)
        ]
        known = [(rank, i) for rank, i in ranked if rank >= 0]
        if not known:
            break
        _, at = min(known)
        parts[at : at + 2] = [parts[at] + parts[at + 1]]
    ids: list[int] = []
    for part in parts:
        found = tables.ids.get(part)
        if found is not None:
            ids.append(found)
        else:
            # A lone surrogate (a broken pair) is bytes as any other character.
            written = part.encode("utf-8", "surrogatepass")
            ids.extend(tables.ids[_BYTE.format(byte)] for byte in written)
    return tuple(ids)


LONGEST_WORD = 48
"""Characters of a word that are encoded: byte-pair encoding takes time in the square of
a word's length, and no word of a language is longer (a pasted blob, a hash, a URL)."""


def text_pieces(text: str) -> list[int]:
    """The piece ids of `text`'s words, figures left out (see the module's docstring)."""
    ids: list[int] = []
    for word in _WORDS.findall(_FIGURE.sub(" ", text)):
        ids.extend(word_pieces(word[:LONGEST_WORD]))
    return ids


def embed(texts: Sequence[str]) -> Vectors:
    """The unit vector of each of `texts` (rows in order)."""
    tables = model()
    padded = tables.padded
    rows = np.zeros((len(texts), tables.dimensions), dtype=np.float32)
    batch = 2048  # texts pooled at once: tens of megabytes, not gigabytes
    for start in range(0, len(texts), batch):
        pieces = [text_pieces(text) for text in texts[start : start + batch]]
        longest = max(map(len, pieces), default=0)
        if not longest:
            continue
        # Each text's pieces in a row, padded with the id of a zero vector: one gather
        # and one sum for the batch (numpy's reduceat over ragged rows is 3x slower).
        ids = np.full((len(pieces), longest), len(padded) - 1, dtype=np.int32)
        for row, found in enumerate(pieces):
            ids[row, : len(found)] = found
        lengths = np.fromiter(map(len, pieces), dtype=np.float32, count=len(pieces))
        sums = padded[ids].sum(axis=1)
        rows[start : start + len(pieces)] = sums / np.maximum(lengths, 1.0)[:, None]
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    np.divide(rows, norms, out=rows, where=norms > 0)
    return rows.astype(KEPT_AS).astype(np.float32)


class VectorMemo(Protocol):
    """Where the vectors of texts seen before are kept, by `text_key` (the engine's cache
    gives one; text analysis never sees where)."""

    def find(self, keys: Collection[str]) -> Mapping[str, bytes]:
        """The kept vectors of those of `keys` that have one, as `KEPT_AS` bytes."""
        ...

    def keep(self, made: Mapping[str, bytes]) -> None:
        """Keep vectors just made, by key."""
        ...


def text_key(text: str) -> str:
    """The key of a text's vector: a digest of the text and of the model that reads it."""
    digest = hashlib.blake2b(model_stamp(), digest_size=16)
    digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


@cache
def model_stamp() -> bytes:
    """A digest of the shipped model's tokenizer and scales (which change with its
    weights): vectors kept under one model are never read under another."""
    folder = resources.files("factcheck") / "data" / "meaning"
    digest = hashlib.blake2b(digest_size=16)
    for name in ("pieces.txt", "scales.npy"):
        digest.update((folder / name).read_bytes())
    return digest.digest()


def embed_kept(texts: Sequence[str], memo: VectorMemo) -> Vectors:
    """`embed(texts)`, each text's vector read from `memo` when kept there, the others
    made and kept."""
    keys = [text_key(text) for text in texts]
    found = memo.find(set(keys))
    rows = np.empty((len(texts), DIMENSIONS), dtype=np.float32)
    size = DIMENSIONS * np.dtype(KEPT_AS).itemsize
    missing: dict[str, int] = {}
    for row, key in enumerate(keys):
        kept = found.get(key)
        if kept is not None and len(kept) == size:
            rows[row] = np.frombuffer(kept, dtype=KEPT_AS)
        else:
            missing.setdefault(key, row)
    if missing:
        made = dict(zip(missing, embed([texts[row] for row in missing.values()]), strict=True))
        for row, key in enumerate(keys):
            if key in made:
                rows[row] = made[key]
        memo.keep({key: vector.astype(KEPT_AS).tobytes() for key, vector in made.items()})
    return rows
