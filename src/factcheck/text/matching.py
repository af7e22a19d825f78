"""Which claims a sentence asserts or contradicts, in the desk's words or in other words.

Two stages, as retrieval systems do:

1. *Candidates.* A BM25 index over every claim's content terms (Snowball stems of
   its content words, and its amounts, years and dates written one way: "nine",
   "9" and "9.0" are one term) gives each sentence the few claims that share its
   rarest terms. Words that many claims share weigh less here.
2. *Verification.* Each candidate is scored 0-100 on what the sentence and the claim
   have in common, every word weighed by how rare it is in English (so the score
   means the same on any desk): how much of the claim the sentence says, and how
   much of the sentence the claim explains. A claim of one or two content words
   needs them whole in the sentence. Amounts, years and dates must agree: a
   sentence that says everything a claim says but with another figure for the
   same thing ("4,300 homes" against "4,200 homes") does not assert the claim, it
   contradicts it.

`match_threshold` (0-100) is where a verified score becomes a link; the default
was chosen on the development split of a public claim-retrieval benchmark.
"""

from __future__ import annotations

import dataclasses
import heapq
import itertools
import math
import re
import sys
from array import array
from collections import defaultdict
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from typing import ClassVar

from factcheck.model import Claim
from factcheck.text.fold import fold_text
from factcheck.text.quantities import MONTHS, Quantity, quantities
from factcheck.text.words import content_words, stem, weight

CONTEXT_SHARE = 0.3
"""What a word of the sentence's paragraph (outside the sentence) counts for: "She"
in "She served 11 years" is the woman the paragraph named before."""
CANDIDATES = 20
"""Claims verified per sentence: BM25's best. The gold claim of a benchmark tweet is
among BM25's 20 best in nearly every case where it is among its 100 best."""
COVERAGE_EXPONENT = 0.35
"""Score = claim coverage ** 0.35 × sentence coverage ** 0.65, where sentence coverage is
the share of the sentence (and, at a discount, its paragraph) that the claim explains.
Chosen on the benchmark's development split, with `match_threshold`."""
PARTIAL_CREDIT = 0.75
"""A stem that extends another by a suffix Snowball keeps ("council" and "councillor")."""
PAIR_BONUS = 0.3
"""Up to this much more when the sentence keeps the claim's wording (its pairs of
neighbouring content words), as a quotation or a lightly edited copy does."""
SENTENCE_SHARE = 0.3
ALSO_ASSERTED_COVERAGE = 0.8
"""Beside its best match, a sentence asserts every claim it says this much of."""
CONTRADICTION_COVERAGE = 0.8
"""A contradiction needs the sentence to say this much of the claim's other content."""
AMOUNT_WEIGHT = 4.0
YEAR_WEIGHT = 2.0
DATE_WEIGHT = 3.0
MONTH_WEIGHT = 1.5
_MONTH_NAMES = frozenset(name for name in MONTHS if len(name) > 3)


class Relation(str, Enum):
    """What a sentence does with a claim."""

    ASSERTS = "asserts"
    CONTRADICTS = "contradicts"


@dataclass(frozen=True, slots=True)
class Content:
    """The content of a text as the matcher compares it."""

    terms: dict[str, float]
    """Term → how much it says: stems of content words and keys of quantities."""
    stems: dict[str, str]
    """Stem → the word as written (folded), to require short claims' words whole."""
    quantities: tuple[Quantity, ...]
    total: float
    pairs: frozenset[tuple[str, str]] = frozenset()
    """Neighbouring content stems, in order: shared pairs mean shared wording."""
    lent: frozenset[str] = frozenset()
    """Terms lent by the context, not said by the text itself."""


@lru_cache(maxsize=131072)
def read_content(text: str) -> Content:
    """The terms of `text`, each weighed."""
    folded = fold_text(text)
    found = tuple(q for q in quantities(folded) if not q.weak)
    taken = [(q.start, q.end) for q in found]
    terms: dict[str, float] = {}
    stems: dict[str, str] = {}
    order: list[str] = []
    for word, start, _end in content_words(folded, compound_splits(text, folded)):
        if taken and any(s <= start < e for s, e in taken):
            continue  # "six" in "six hours" is the amount's, not a word of its own
        if word in _MONTH_NAMES:  # a month is part of a date, not what a claim is about
            terms[f"#m{MONTHS[word]}"] = MONTH_WEIGHT
            continue
        key = stem(word)
        terms[key] = max(terms.get(key, 0.0), weight(word))
        stems.setdefault(key, word)
        order.append(key)
    for quantity in found:
        terms[quantity.key()] = _quantity_weight(quantity)
    pairs = frozenset(itertools.pairwise(order))
    return Content(terms, stems, found, sum(terms.values()), pairs)


_CAMEL = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z]{2})")


def compound_splits(text: str, folded: str) -> frozenset[int]:
    """Offsets in `folded` where words written together as one tag meet
    ("AustralianFires", "ImpeachTrump"), read from the capitals of `text`."""
    if not _CAMEL.search(text):
        return frozenset()
    kept = " ".join(text.split())
    if len(kept) != len(folded):
        return frozenset()
    return frozenset(match.start() for match in _CAMEL.finditer(kept))


def _quantity_weight(quantity: Quantity) -> float:
    return {"year": YEAR_WEIGHT, "date": DATE_WEIGHT}.get(quantity.kind, AMOUNT_WEIGHT)


def in_context(sentence: Content, before: Content) -> Content:
    """`sentence` with the terms said before it that it lacks, at `CONTEXT_SHARE`."""
    if not before.terms:
        return sentence
    terms = dict(sentence.terms)
    lent = set()
    for term, value in before.terms.items():
        if term not in terms and not term.startswith("#"):
            terms[term] = value * CONTEXT_SHARE
            lent.add(term)
    stems = {**before.stems, **sentence.stems}
    return Content(
        terms, stems, sentence.quantities, sum(terms.values()), sentence.pairs, frozenset(lent)
    )


def merged(first: Content, second: Content) -> Content:
    """The words of two texts read one after the other, as context: each term at its
    highest weight (what `in_context` uses; figures and word pairs are not carried)."""
    if not first.terms:
        return second
    terms = dict(first.terms)
    for term, value in second.terms.items():
        terms[term] = max(value, terms.get(term, 0.0))
    return Content(terms, {**first.stems, **second.stems}, (), sum(terms.values()))


@dataclass(frozen=True, slots=True)
class Conflict:
    """A figure of the sentence that disagrees with the claim's figure for the same thing."""

    said: Quantity
    """In the sentence (offsets into the sentence)."""
    claimed: Quantity
    """In the claim's statement."""


@dataclass(frozen=True, slots=True)
class Verdict:
    """How a sentence relates to one claim."""

    score: float
    relation: Relation
    coverage: float = 0.0
    """The share of the claim's content (by weight) the sentence says, 0-1."""
    conflict: Conflict | None = None


def verify(claim: Content, sentence: Content, sentence_text: str = "") -> Verdict | None:
    """Score `sentence` against `claim`; None when they share too little to say."""
    if not claim.terms or not sentence.terms:
        return None
    words = [term for term in claim.terms if not term.startswith("#")]
    if len(words) <= 2 and any(claim.stems[w] not in sentence.stems.values() for w in words):
        return None  # a claim of one or two words needs them whole, not a stem's cousin
    conflicts = _conflicts(claim, sentence)
    if conflicts is None:
        return None
    left_out = {c.claimed.key() for c in conflicts} | {c.said.key() for c in conflicts}
    said_claim, said_sentence, count = _shared(claim, sentence, left_out)
    if count < min(2, len(words)):
        return None  # one shared word (figures and dates aside) is a coincidence
    claim_total = claim.total - sum(claim.terms.get(k, 0.0) for k in left_out)
    sentence_total = sentence.total - sum(sentence.terms.get(k, 0.0) for k in left_out)
    if said_claim <= 0 or claim_total <= 0 or sentence_total <= 0:
        return None
    coverage = min(1.0, said_claim / claim_total)
    explained = min(1.0, said_sentence / sentence_total)
    base = coverage**COVERAGE_EXPONENT * explained ** (1 - COVERAGE_EXPONENT)
    if claim.pairs and sentence.pairs:
        wording = len(claim.pairs & sentence.pairs) / len(claim.pairs)
        base = min(1.0, base * (1 + PAIR_BONUS * wording))
    score = round(100 * base, 1)
    if conflicts:
        conflict = conflicts[0]
        said = relocated(conflict.said, sentence_text) if sentence_text else conflict.said
        return Verdict(score, Relation.CONTRADICTS, coverage, Conflict(said, conflict.claimed))
    return Verdict(score, Relation.ASSERTS, coverage)


def _shared(claim: Content, sentence: Content, left_out: set[str]) -> tuple[float, float, int]:
    """The weight of what the two share, on the claim's side and on the sentence's, and
    how many of the claim's terms the sentence says."""
    said_claim = said_sentence = 0.0
    count = 0
    unmatched: list[str] = []
    for term, value in claim.terms.items():
        if term in left_out:
            continue
        if term in sentence.terms:
            said_claim += value
            said_sentence += sentence.terms[term]
            count += term not in sentence.lent and not term.startswith("#")
        elif not term.startswith("#"):
            unmatched.append(term)
    if unmatched:
        # Cousins share their first six letters: look only among those (it was quadratic).
        spare: dict[str, list[str]] = {}
        for t in sentence.terms:
            if len(t) >= 6 and t not in claim.terms and t[0] != "#" and t not in sentence.lent:
                spare.setdefault(t[:6], []).append(t)
        for term in unmatched:
            near = spare.get(term[:6], ()) if len(term) >= 6 else ()
            cousin = next((t for t in near if _cousins(term, t)), None)
            if cousin is not None:
                said_claim += PARTIAL_CREDIT * claim.terms[term]
                said_sentence += PARTIAL_CREDIT * sentence.terms[cousin]
                count += 1
    return said_claim, said_sentence, count


def _cousins(first: str, second: str) -> bool:
    """ "council" and "councillor": one stem a prefix of the other, both long enough."""
    short, long = (first, second) if len(first) <= len(second) else (second, first)
    return len(short) >= 6 and len(long) - len(short) <= 4 and long.startswith(short)


def _conflicts(claim: Content, sentence: Content) -> list[Conflict] | None:
    """Figures of the claim that the sentence gives otherwise for the same thing; None when
    the sentence has a figure of the same kind in another role (neither says the other)."""
    found = []
    for claimed in claim.quantities:
        if claimed.key() in sentence.terms:
            continue
        rivals = [
            q for q in sentence.quantities if q.same_kind(claimed) and q.key() not in claim.terms
        ]
        same_role = [q for q in rivals if q.same_role(claimed)]
        if same_role:
            found.append(Conflict(same_role[0], claimed))
        elif rivals:
            return None
    return found


def relocated(quantity: Quantity, text: str) -> Quantity:
    """`quantity` (read from a folded copy of `text`) located in `text` as written."""
    at = text.find(quantity.text)
    if at < 0:
        at = text.casefold().find(quantity.text.casefold())
    if at < 0:
        return quantity
    end = at + len(quantity.text)
    return dataclasses.replace(quantity, start=at, end=end, text=text[at:end])


@dataclass(frozen=True, slots=True)
class Match:
    """A claim a sentence asserts or contradicts, with the verified score (0-100)."""

    claim: Claim
    score: float
    relation: Relation = Relation.ASSERTS
    coverage: float = 0.0
    conflict: Conflict | None = None


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
        place among them; `frequency` is `_frequency(terms)`."""
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

    def candidates(self, content: Content, limit: int = CANDIDATES) -> list[int]:
        """Positions of the `limit` claims with the best BM25 score for `content`."""
        scores: dict[int, float] = defaultdict(float)
        for term in content.terms:
            for position, impact in self.postings.get(term, ()):
                scores[position] += impact
        if len(scores) <= limit:
            return list(scores)
        return heapq.nlargest(limit, scores, key=scores.__getitem__)

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


def _frequency(terms: Sequence[Collection[str]]) -> dict[str, int]:
    """Term → how many of the claims (each given by its terms) have it."""
    frequency: dict[str, int] = defaultdict(int)
    for claim_terms in terms:
        for term in claim_terms:
            frequency[term] += 1
    return frequency


def _specificity(count: int, frequency: dict[str, int]) -> dict[str, float]:
    """Term → how much it tells this desk's `count` claims apart, 0-1, from how many have
    it (`frequency`): (1 + ln(N/df)) / (1 + ln N). A word in every claim of a desk on
    one story ("Belarus" on a desk about Belarus) says little about which claim a
    sentence asserts; a word in one claim says all."""
    if count < 2:
        return {}
    scale = 1 + math.log(count)
    return {t: (1 + math.log(count / df)) / scale for t, df in frequency.items() if df > 1}


def _tempered(verdict: Verdict, in_paragraph: Verdict | None) -> Verdict:
    """The sentence's score blended with the paragraph's (geometric, `SENTENCE_SHARE`)."""
    other = in_paragraph.score if in_paragraph is not None else 0.0
    if other >= verdict.score:
        return verdict
    score = round(verdict.score**SENTENCE_SHARE * other ** (1 - SENTENCE_SHARE), 1)
    return dataclasses.replace(verdict, score=score)


def _kept(verdict: Verdict, best: float) -> bool:
    """A sentence asserts its best claim, and any other claim it says nearly whole (a long
    sentence may assert several); it contradicts a claim it says nearly whole otherwise."""
    if verdict.relation is Relation.CONTRADICTS:
        return verdict.coverage >= CONTRADICTION_COVERAGE
    return verdict.score >= best or verdict.coverage >= ALSO_ASSERTED_COVERAGE


UNKEPT_FROM = 5000
"""Statements from which building a matcher's tables leaves their contents uncached."""


@dataclass(frozen=True)
class MatcherTables:
    """What a matcher reads from its claims' statements, once: a caller may keep the
    statements, index and specificity, and hand them to the next matcher over the same
    statements; each claim's content is then read again only if it is a candidate."""

    statements: tuple[str, ...]
    index: ClaimIndex
    specificity: dict[str, float]
    contents: dict[int, Content] = field(default_factory=dict, compare=False)
    """Claim position → its content, terms weighed down by `specificity`: those read so far."""

    @classmethod
    def of(cls, statements: Sequence[str]) -> MatcherTables:
        """Read every statement and index them."""
        return cls.from_terms(
            statements, statement_terms(statements, len(statements) < UNKEPT_FROM)
        )

    @classmethod
    def from_terms(
        cls, statements: Sequence[str], terms: Sequence[Sequence[str]], packed: bool = False
    ) -> MatcherTables:
        """Index statements whose terms `statement_terms` gave (here or in other processes);
        `packed`, the index made as `ClaimIndex.unpacked` makes it, ready to be kept."""
        # Only each claim's terms are held while the index is built (interned: a desk has
        # a few thousand distinct terms in a million places); contents are weighed by
        # specificity when first a candidate, and a draft needs a few thousand of them.
        interned = [tuple(map(sys.intern, claim_terms)) for claim_terms in terms]
        frequency = _frequency(interned)  # once, for the index and the specificity
        index = (
            ClaimIndex.unpacked(ClaimIndex.packed_of(interned, frequency))
            if packed
            else ClaimIndex.of(interned, frequency)
        )
        return cls(tuple(statements), index, _specificity(len(interned), frequency))

    def content(self, position: int) -> Content:
        """The content of the claim at `position`, read on first use."""
        found = self.contents.get(position)
        if found is None:
            found = _specific(read_content(self.statements[position]), self.specificity)
            self.contents[position] = found
        return found


def _specific(content: Content, specificity: dict[str, float]) -> Content:
    """`content` with each term weighed down by how many of the desk's claims share it."""
    if not specificity:
        return content
    terms = {t: w * specificity.get(t, 1.0) for t, w in content.terms.items()}
    return Content(
        terms, content.stems, content.quantities, sum(terms.values()), content.pairs, content.lent
    )


def statement_terms(statements: Sequence[str], keep_contents: bool) -> list[tuple[str, ...]]:
    """The content terms of each of `statements`; their contents kept in read_content's
    cache if `keep_contents`."""
    # A desk-wide table (a draft checked against every claim) reads its statements past
    # read_content's cache: kept there, 100,000 contents outlive the index by hundreds
    # of megabytes, and a draft needs a few thousand of them again.
    reader = read_content if keep_contents else read_content.__wrapped__
    return [tuple(reader(statement).terms) for statement in statements]


class ClaimMatcher:
    """Finds the claims each sentence asserts or contradicts; build once, match many."""

    def __init__(
        self, claims: Sequence[Claim], threshold: float, tables: MatcherTables | None = None
    ) -> None:
        """`tables`, if given, are used when they were read from these very statements."""
        self.threshold = threshold
        self.claims = [claim for claim in claims if claim.statement]
        statements = tuple(claim.statement or "" for claim in self.claims)
        if tables is None or tables.statements != statements:
            tables = MatcherTables.of(statements)
        self.tables = tables
        self.index = tables.index
        self.specificity = tables.specificity
        self.content = tables.content

    def _specific(self, content: Content) -> Content:
        return _specific(content, self.specificity)

    def match(self, sentence: str, before: str | Content = "", paragraph: str = "") -> list[Match]:
        """The claims `sentence` asserts or contradicts, best first.

        `before`, what its paragraph said before it, lends its words at a discount: a
        name said once, then "she". The whole `paragraph` tempers the score: a claim that
        fits a short aside ("What did he just say?") better than the paragraph it stands
        in is less likely what the sentence says.
        """
        content = read_content(sentence)
        context = read_content(before) if isinstance(before, str) else before
        if context.terms:
            content = in_context(content, context)
        if not content.terms:
            return []
        candidates = self.index.candidates(content)
        content = self._specific(content)
        whole = None
        if paragraph.strip() and len(paragraph) > len(sentence) + 1:
            whole = self._specific(read_content(paragraph))
        verdicts = []
        for position in candidates:
            verdict = verify(self.content(position), content, sentence)
            if verdict is not None and whole is not None:
                verdict = _tempered(verdict, verify(self.content(position), whole))
            if verdict is not None and verdict.score >= self.threshold:
                verdicts.append((position, verdict))
        best = max((v.score for _, v in verdicts if v.relation is Relation.ASSERTS), default=0.0)
        matches = []
        for position, verdict in verdicts:
            if not _kept(verdict, best):
                continue
            if verdict.conflict is not None:  # the claim's figure as its statement writes it
                claimed = relocated(verdict.conflict.claimed, self.claims[position].statement or "")
                verdict = dataclasses.replace(
                    verdict, conflict=Conflict(verdict.conflict.said, claimed)
                )
            matches.append(
                Match(
                    self.claims[position],
                    verdict.score,
                    verdict.relation,
                    verdict.coverage,
                    verdict.conflict,
                )
            )
        matches.sort(key=lambda m: (-m.score, str(m.claim.id)))
        return matches
