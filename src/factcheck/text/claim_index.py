"""BM25 over the claims' content terms: the candidates, by words, for each sentence.

Each posting holds a claim's BM25 impact for one term, so that scoring a sentence is
a sum over the postings of its terms. A desk's index can be kept packed as arrays of
bytes and unpacked term by term when first used.
"""

from __future__ import annotations

import math
from array import array
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:  # numpy: imported when a sentence is matched
    import numpy
    from numpy.typing import NDArray


@dataclass(frozen=True)
class ClaimIndex:
    """BM25 over the claims' content terms: the candidates for each sentence."""

    postings: Mapping[str, Sequence[tuple[int, float]]]
    """Term → (claim position, the term's BM25 impact on that claim), for every claim."""

    K1: ClassVar[float] = 1.2
    B: ClassVar[float] = 0.75

    @classmethod
    def of(cls, terms: Sequence[Collection[str]], frequency: dict[str, int]) -> ClaimIndex:
        """The index of claims given by their content terms, a claim's position being its
        place among them; `frequency` is `frequency_of(terms)`."""
        lift, denominators = cls._parts(terms, frequency)
        postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for position, claim_terms in enumerate(terms):
            denominator = denominators[position]
            for term in claim_terms:
                postings[term].append((position, lift[term] / denominator))
        return cls(dict(postings))

    @classmethod
    def packed_of(
        cls, terms: Sequence[Collection[str]], frequency: dict[str, int]
    ) -> dict[str, tuple[bytes, bytes]]:
        """`of(terms, frequency).packed()`, without making a pair for every posting (a
        million of them at 100,000 claims)."""
        lift, denominators = cls._parts(terms, frequency)
        positions: dict[str, list[int]] = defaultdict(list)
        impacts: dict[str, list[float]] = defaultdict(list)
        for position, claim_terms in enumerate(terms):
            denominator = denominators[position]
            for term in claim_terms:
                positions[term].append(position)
                impacts[term].append(lift[term] / denominator)
        return {
            term: (array("i", found).tobytes(), array("d", impacts[term]).tobytes())
            for term, found in positions.items()
        }

    @classmethod
    def _parts(
        cls, terms: Sequence[Collection[str]], frequency: dict[str, int]
    ) -> tuple[dict[str, float], list[float]]:
        """Each term's idf × (K1 + 1) and each claim's 1 + its length's norm: a posting's
        BM25 impact is the first over the second."""
        lengths = [len(claim_terms) for claim_terms in terms]
        average = (sum(lengths) / len(lengths)) if lengths else 1.0
        count = len(terms)
        lift = {
            term: math.log(1 + (count - df + 0.5) / (df + 0.5)) * (cls.K1 + 1)
            for term, df in frequency.items()
        }
        return lift, [1 + cls.K1 * (1 - cls.B + cls.B * length / average) for length in lengths]

    def idf(self, term: str, count: int) -> float:
        """The term's inverse document frequency among `count` claims (as the index weighs
        it: a term no claim has weighs most)."""
        found = self._arrays(term)
        frequency = 0 if found is None else len(found[0])
        return math.log(1 + (count - frequency + 0.5) / (frequency + 0.5))

    def score_array(self, terms: Iterable[str], count: int) -> NDArray[numpy.float64]:
        """The BM25 score of each of the `count` claims for a text of `terms` (0 for a claim
        that shares none), summed term by term over the postings as arrays: a beat's
        words are shared by thousands of claims, too many to add up one by one."""
        import numpy

        found = [arrays for arrays in map(self._arrays, terms) if arrays is not None]
        if not found:
            return numpy.zeros(count)
        # One count over every term's postings at once, not an array of `count` a term.
        positions = numpy.concatenate([arrays[0] for arrays in found])
        impacts = numpy.concatenate([arrays[1] for arrays in found])
        summed = numpy.bincount(positions, weights=impacts, minlength=count)
        return numpy.asarray(summed, dtype=numpy.float64)

    def _arrays(
        self, term: str
    ) -> tuple[NDArray[numpy.int32], NDArray[numpy.float64] | NDArray[numpy.float32]] | None:
        """A term's postings as arrays of positions and impacts (None when it has none)."""
        import numpy

        if isinstance(self.postings, ArrayPostings):
            return self.postings.arrays(term)
        if isinstance(self.postings, _Unpacked):
            packed = self.postings.packed.get(term)
            if packed is None:
                return None
            return (numpy.frombuffer(packed[0], dtype=numpy.int32),
                    numpy.frombuffer(packed[1], dtype=numpy.float64))  # fmt: skip
        pairs = self.postings.get(term)
        if not pairs:
            return None
        positions, impacts = zip(*pairs, strict=True)
        return numpy.array(positions, dtype=numpy.int32), numpy.array(impacts)

    def packed(self) -> dict[str, tuple[bytes, bytes]]:
        """The postings as arrays of bytes, each term's positions and impacts: what a cache
        keeps (a million pairs decode in a fraction of the time as bytes)."""
        if isinstance(self.postings, _Unpacked):
            return self.postings.packed
        return {
            term: (
                array("i", [position for position, _ in pairs]).tobytes(),
                array("d", [impact for _, impact in pairs]).tobytes(),
            )
            for term, pairs in self.postings.items()
        }

    @classmethod
    def unpacked(cls, packed: dict[str, tuple[bytes, bytes]]) -> ClaimIndex:
        """The index whose `packed()` gave `packed`: a term's pairs made when first used.
        ValueError when `packed` cannot be that (arrays of other lengths)."""
        for positions, impacts in packed.values():
            count = len(positions) // _POSITION
            if len(positions) != count * _POSITION or len(impacts) != count * _IMPACT:
                raise ValueError("packed postings of unequal lengths")
        return cls(_Unpacked(packed))


_POSITION = array("i").itemsize
_IMPACT = array("d").itemsize


class _Unpacked(Mapping[str, Sequence[tuple[int, float]]]):
    """Packed postings, each term's made into pairs on first use (a draft's changed
    paragraphs need a few hundred of a desk's terms)."""

    def __init__(self, packed: dict[str, tuple[bytes, bytes]]) -> None:
        self.packed = packed
        self._made: dict[str, list[tuple[int, float]]] = {}

    def __getitem__(self, term: str) -> list[tuple[int, float]]:
        made = self._made.get(term)
        if made is None:
            positions, impacts = self.packed[term]  # KeyError when the term has none
            pairs = zip(array("i", positions), array("d", impacts), strict=True)
            made = self._made[term] = list(pairs)
        return made

    def __iter__(self) -> Iterator[str]:
        return iter(self.packed)

    def __len__(self) -> int:
        return len(self.packed)


class ArrayPostings(Mapping[str, Sequence[tuple[int, float]]]):
    """Postings as three columns — every term's positions in a row of `positions`, its
    impacts in the same row of `impacts`, `offsets` saying where each term's row starts —
    for indexes of hundreds of thousands of texts: a few arrays, written and read (even
    mapped from a file) whole, instead of a pair of Python numbers a posting."""

    def __init__(
        self,
        terms: Sequence[str],
        offsets: NDArray[numpy.int64],
        positions: NDArray[numpy.int32],
        impacts: NDArray[numpy.float32],
    ) -> None:
        self.terms = list(terms)
        self.rows = {term: row for row, term in enumerate(self.terms)}
        self.offsets, self.positions, self.impacts = offsets, positions, impacts

    @classmethod
    def of(cls, texts: Iterable[Collection[str]]) -> ArrayPostings:
        """The BM25 postings of texts given by their terms, made column by column (no
        term set of a text outlives its turn)."""
        import numpy

        rows: dict[str, int] = {}
        term_rows, texts_of, lengths = array("i"), array("i"), array("i")
        for position, terms in enumerate(texts):
            for term in terms:
                term_rows.append(rows.setdefault(term, len(rows)))
                texts_of.append(position)
            lengths.append(len(terms))
        found = numpy.frombuffer(term_rows, dtype=numpy.int32)
        where = numpy.frombuffer(texts_of, dtype=numpy.int32)
        length = numpy.frombuffer(lengths, dtype=numpy.int32).astype(numpy.float64)
        frequency = numpy.bincount(found, minlength=len(rows))
        order = numpy.argsort(found, kind="stable")
        positions = where[order]
        offsets = numpy.zeros(len(rows) + 1, dtype=numpy.int64)
        numpy.cumsum(frequency, out=offsets[1:])
        count, average = len(lengths), (float(length.mean()) if len(lengths) else 1.0) or 1.0
        K1, B = ClaimIndex.K1, ClaimIndex.B
        lift = numpy.log(1 + (count - frequency + 0.5) / (frequency + 0.5)) * (K1 + 1)
        denominator = 1 + K1 * (1 - B + B * length / average)
        impacts = (lift[found[order]] / denominator[positions]).astype(numpy.float32)
        return cls(list(rows), offsets, positions, impacts)

    def arrays(self, term: str) -> tuple[NDArray[numpy.int32], NDArray[numpy.float32]] | None:
        """The term's positions and impacts (None when no text has it)."""
        row = self.rows.get(term)
        if row is None:
            return None
        start, end = int(self.offsets[row]), int(self.offsets[row + 1])
        return self.positions[start:end], self.impacts[start:end]

    def __getitem__(self, term: str) -> list[tuple[int, float]]:
        found = self.arrays(term)
        if found is None:
            raise KeyError(term)
        return list(zip(found[0].tolist(), found[1].tolist(), strict=True))

    def __iter__(self) -> Iterator[str]:
        return iter(self.terms)

    def __len__(self) -> int:
        return len(self.terms)


def frequency_of(terms: Sequence[Collection[str]]) -> dict[str, int]:
    """Term → how many of the claims (each given by its terms) have it."""
    frequency: dict[str, int] = defaultdict(int)
    for claim_terms in terms:
        for term in claim_terms:
            frequency[term] += 1
    return frequency


def specificity_of(count: int, frequency: dict[str, int]) -> dict[str, float]:
    """Term → how much it tells this desk's `count` claims apart, 0-1, from how many have
    it (`frequency`): (1 + ln(N/df)) / (1 + ln N). A word in every claim of a desk on
    one story ("Belarus" on a desk about Belarus) says little about which claim a
    sentence asserts; a word in one claim says all."""
    if count < 2:
        return {}
    scale = 1 + math.log(count)
    return {t: (1 + math.log(count / df)) / scale for t, df in frequency.items() if df > 1}
