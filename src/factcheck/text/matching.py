"""Which claims a sentence asserts or contradicts, in the desk's words or in other words.

Three stages, as retrieval systems do:

1. *Candidates, by words and by meaning.* A BM25 index (`text.claim_index`) over
   every claim's content terms (Snowball stems of its content words, and its
   amounts, years and dates written one way: "nine", "9" and "9.0" are one term)
   gives each sentence the claims that share its rarest terms; the claims whose
   meaning lies closest to the sentence's (`text.meaning`: "4,200 households were
   left without electricity" and "4,200 homes lost power" lie close) are added.
2. *Scores.* Each candidate is scored 0-100 from how close its meaning is (the
   cosine of the two vectors, the sentence's blended with its paragraph's), what
   the two texts say in common word for word (each word weighed by how rare it is
   in English, so that the score means the same on any desk: how much of the claim
   the sentence says, and how much of the sentence the claim explains), and BM25's
   own ranking. The weights were chosen on the development split of a public
   claim-retrieval benchmark.
3. *Facts* (`text.figures`). Amounts, years and dates must agree. A sentence whose
   figures speak of something else links to nothing; a sentence that says what a
   claim says but with another figure for the same thing ("4,300 homes" against
   "4,200 homes") does not assert the claim, it contradicts it — when it says the
   claim's other content nearly whole, or nearly in its meaning.

`match_threshold` (0-100) is where a score becomes a link; the default was chosen
on the development split of that benchmark.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from factcheck.desk.model import Claim
from factcheck.text.claim_index import ClaimIndex, frequency_of, specificity_of
from factcheck.text.figures import MONTH_NAMES, Conflict, Figures, compare, months_alone, whole
from factcheck.text.fold import fold_text
from factcheck.text.names import name_words
from factcheck.text.quantities import MONTHS, Quantity, quantities
from factcheck.text.words import content_words, stem, weight

if TYPE_CHECKING:  # numpy and the model load when something is matched, not on import
    from numpy.typing import NDArray

    from factcheck.text.meaning import Vectors

CONTEXT_SHARE = 0.3
"""What a word of the sentence's paragraph (outside the sentence) counts for: "She"
in "She served 11 years" is the woman the paragraph named before."""
CANDIDATES = 20
"""Claims weighed per sentence by words: BM25's best. The gold claim of a benchmark
tweet is among BM25's 20 best in nearly every case where it is among its 100 best."""
NEAREST = 20
"""Claims weighed per sentence by meaning: the nearest."""
PARAGRAPH_MEANING = 0.5
"""How far a sentence's meaning moves toward its paragraph's where the paragraph lies
closer to a claim: a tweet or a paragraph says together what its sentences say apart."""
WORDS_WEIGHT = 0.6
"""The word-for-word score's weight beside the meaning's (1), chosen on the benchmark's
development split."""
BM25_WEIGHT = 0.1
"""BM25's weight (its score over the sentence's best), chosen with `WORDS_WEIGHT`."""
MIN_MEANING = 0.3
"""The least cosine of meanings for a link: below it, shared words are a coincidence."""
MEANING_ALONE = 0.7
"""The least cosine of meanings for a link where the two share too few words to score."""
CONTRADICTION_MEANING = 0.75
"""A sentence this close in meaning to a claim, with another figure for the same thing,
contradicts it even if it says it in other words."""
AGREED_CONTRADICTION_MEANING = 0.55
"""As close, for a sentence that also gives another of the claim's figures as the claim
does ("from $2.50 … on September 1"): the agreeing figure says it is the same thing."""
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
"""A sentence's own word score's share when its paragraph fits the claim worse (the
rest is the paragraph's, a geometric blend)."""
ALSO_ASSERTED_COVERAGE = 0.8
"""Beside its best match, a sentence asserts every claim it says this much of."""
CONTRADICTION_COVERAGE = 0.8
"""A contradiction needs the sentence to say this much of the claim's other content."""
AMOUNT_WEIGHT = 4.0
YEAR_WEIGHT = 2.0
DATE_WEIGHT = 3.0
MONTH_WEIGHT = 1.5


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
    """Its amounts, years and dates, each fact once ("2 May 2026", not also "2026"), in
    the units they are compared in."""
    total: float
    pairs: frozenset[tuple[str, str]] = frozenset()
    """Neighbouring content stems, in order: shared pairs mean shared wording."""
    lent: frozenset[str] = frozenset()
    """Terms lent by the context, not said by the text itself."""
    names: frozenset[tuple[str, ...]] = frozenset()
    """The names the text gives (who and where), each as the stems of its words:
    ("lakeport", "citi", "council"), ("eu",)."""


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
        if word in MONTH_NAMES:  # a month is part of a date, not what a claim is about
            terms[f"#m{MONTHS[word]}"] = MONTH_WEIGHT
            continue
        key = stem(word)
        terms[key] = max(terms.get(key, 0.0), weight(word))
        stems.setdefault(key, word)
        order.append(key)
    for quantity in found:
        terms[quantity.key()] = _quantity_weight(quantity)
    pairs = frozenset(itertools.pairwise(order))
    names = frozenset(
        said
        for said in (
            tuple(stem(word) for word in fold_text(name).split() if stem(word) in terms)
            for name in _names_in(text)
        )
        if said
    )
    found = tuple(whole(found + months_alone(folded, found)))
    return Content(terms, stems, found, sum(terms.values()), pairs, frozenset(), names)


NAME_RARITY = 4.0
"""How rare in English (`words.weight`) a capitalised word opening a sentence must be
to count as a name there: "Karvia released …" names Karvia; "Insurers put …" names
no one."""
_ACRONYM_WORD = re.compile(r"(?<![\w.(])[A-Z]{2,6}(?![\w.)])")
_NOT_NAMES = frozenset(MONTHS) | frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "i"]
)


def _names_in(text: str) -> list[str]:
    """The names `text` gives, each a run of capitalised words ("Lakeport City Council",
    "Marta Vel") or an acronym ("EU")."""
    found: list[str] = []
    end = -2
    for word in name_words(text):
        lower = word.word.lower()
        if lower in _NOT_NAMES:
            continue
        if word.sentence_initial and weight(lower) < NAME_RARITY:
            continue
        if found and text[end : word.start].strip() == "":
            found[-1] += " " + word.word  # the next word of the same name
        else:
            found.append(word.word)
        end = word.start + len(word.word)
    found.extend(match.group() for match in _ACRONYM_WORD.finditer(text))
    return found


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
        terms,
        stems,
        sentence.quantities,
        sum(terms.values()),
        sentence.pairs,
        frozenset(lent),
        sentence.names | before.names,
    )


def merged(first: Content, second: Content) -> Content:
    """The words of two texts read one after the other, as context: each term at its
    highest weight (what `in_context` uses; figures and word pairs are not carried)."""
    if not first.terms:
        return second
    terms = dict(first.terms)
    for term, value in second.terms.items():
        terms[term] = max(value, terms.get(term, 0.0))
    stems = {**first.stems, **second.stems}
    return Content(terms, stems, (), sum(terms.values()), names=first.names | second.names)


@dataclass(frozen=True, slots=True)
class Verdict:
    """How a sentence relates to one claim."""

    score: float
    relation: Relation
    coverage: float = 0.0
    """The share of the claim's content (by weight) the sentence says, 0-1."""
    conflict: Conflict | None = None


def verify(
    claim: Content, sentence: Content, sentence_text: str = "", figures: Figures | None = None
) -> Verdict | None:
    """Score `sentence` against `claim`; None when they share too little to say (or the
    figures say the sentence is about something else). `figures`: their figures
    compared, when the caller has them."""
    if not claim.terms or not sentence.terms:
        return None
    words = [term for term in claim.terms if not term.startswith("#")]
    if len(words) <= 2 and any(claim.stems[w] not in sentence.stems.values() for w in words):
        return None  # a claim of one or two words needs them whole, not a stem's cousin
    if figures is None:
        figures = compare(claim.quantities, sentence.quantities)
    if figures.about_else:
        return None
    conflicts = figures.conflicts
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
        return _contradiction(score, coverage, conflicts[0], sentence_text)
    return Verdict(score, Relation.ASSERTS, coverage)


def _contradiction(
    score: float, coverage: float, conflict: Conflict, sentence_text: str
) -> Verdict:
    """The verdict on a sentence that gives a claim's figure otherwise, the sentence's
    figure located in `sentence_text` as written (when given)."""
    said = relocated(conflict.said, sentence_text) if sentence_text else conflict.said
    return Verdict(score, Relation.CONTRADICTS, coverage, Conflict(said, conflict.claimed))


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


def _embed(texts: Sequence[str]) -> Vectors:
    """`text.meaning.embed`, imported when first something is matched."""
    from factcheck.text.meaning import embed

    return embed(texts)


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


def _tempered(verdict: Verdict, in_paragraph: Verdict | None) -> Verdict:
    """The sentence's score blended with the paragraph's (geometric, `SENTENCE_SHARE`)."""
    other = in_paragraph.score if in_paragraph is not None else 0.0
    if other >= verdict.score:
        return verdict
    score = round(verdict.score**SENTENCE_SHARE * other ** (1 - SENTENCE_SHARE), 1)
    return dataclasses.replace(verdict, score=score)


UNKEPT_FROM = 5000
"""Statements from which building a matcher's tables leaves their contents uncached."""


@dataclass(frozen=True)
class MatcherTables:
    """What a matcher reads from its claims' statements, once: a caller may keep the
    statements, index, specificity and meanings, and hand them to the next matcher over
    the same statements; each claim's content is then read again only if it is a
    candidate."""

    statements: tuple[str, ...]
    index: ClaimIndex
    specificity: dict[str, float]
    vectors: Vectors = field(compare=False)
    """Row i: the meaning of statement i (`text.meaning.embed`)."""
    contents: dict[int, Content] = field(default_factory=dict, compare=False)
    """Claim position → its content, terms weighed down by `specificity`: those read so far."""

    @classmethod
    def of(cls, statements: Sequence[str]) -> MatcherTables:
        """Read every statement and index them."""
        return cls.from_terms(
            statements,
            statement_terms(statements, len(statements) < UNKEPT_FROM),
            _embed(statements),
        )

    @classmethod
    def from_terms(
        cls,
        statements: Sequence[str],
        terms: Sequence[Sequence[str]],
        vectors: Vectors,
        packed: bool = False,
    ) -> MatcherTables:
        """Index statements whose terms `statement_terms` gave (here or in other processes)
        and whose meanings are `vectors`; `packed`, the index made as
        `ClaimIndex.unpacked` makes it, ready to be kept."""
        # Only each claim's terms are held while the index is built (interned: a desk has
        # a few thousand distinct terms in a million places); contents are weighed by
        # specificity when first a candidate, and a draft needs a few thousand of them.
        interned = [tuple(map(sys.intern, claim_terms)) for claim_terms in terms]
        frequency = frequency_of(interned)  # once, for the index and the specificity
        index = (
            ClaimIndex.unpacked(ClaimIndex.packed_of(interned, frequency))
            if packed
            else ClaimIndex.of(interned, frequency)
        )
        return cls(tuple(statements), index, specificity_of(len(interned), frequency), vectors)

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
    return dataclasses.replace(content, terms=terms, total=sum(terms.values()))


def statement_terms(statements: Sequence[str], keep_contents: bool) -> list[tuple[str, ...]]:
    """The content terms of each of `statements`; their contents kept in read_content's
    cache if `keep_contents`."""
    # A desk-wide table (a draft checked against every claim) reads its statements past
    # read_content's cache: kept there, 100,000 contents outlive the index by hundreds
    # of megabytes, and a draft needs a few thousand of them again.
    reader = read_content if keep_contents else read_content.__wrapped__
    return [tuple(reader(statement).terms) for statement in statements]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A claim weighed against a sentence: what `match` decides on and `--explain` shows."""

    position: int
    """The claim's position among the matcher's claims."""
    score: float
    """0-100: meaning, words and BM25 rank together (see the module's docstring)."""
    meaning: float
    """The cosine of the two meanings, the sentence's blended with its paragraph's (0-1)."""
    words: float
    """The word-for-word score (0-100; 0 when they share too little)."""
    verdict: Verdict | None
    """The words' verdict, with the figures' conflict if any; None when they share
    too little to say."""
    facts: str
    """What the names and figures did, in words, when asked for (`explain`): "names said:
    harwick; another figure: £15 million for £12 million"."""
    agreed: int = 0
    """How many of the claim's figures the sentence gives as the claim does."""
    unexplained: int = 0
    """How many of the sentence's figures the claim does not account for."""
    named: bool = False
    """For a contradiction: whether the claim names someone or somewhere and the
    sentence's paragraph gives every name."""
    links: bool = False
    """Whether `match` keeps it (asserts or contradicts)."""


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
        self._meanings: dict[str, Vectors] = {}

    def _specific(self, content: Content) -> Content:
        return _specific(content, self.specificity)

    def read_meanings(self, texts: Sequence[str]) -> None:
        """Weigh the meanings of `texts` against every claim's at once, for the `match`
        calls that follow: one pass over the claims' vectors for a block, not one for
        each sentence (at 100,000 claims the pass costs what its reading costs)."""
        unique = list(dict.fromkeys(texts))
        similarities = self.tables.vectors @ _embed(unique).T
        self._meanings = {text: similarities[:, i].copy() for i, text in enumerate(unique)}

    def _meaning(self, text: str) -> Vectors:
        """The cosine of `text`'s meaning with each claim's."""
        found = self._meanings.get(text)
        if found is None:
            found = self.tables.vectors @ _embed([text])[0]
        return found

    def match(self, sentence: str, before: str | Content = "", paragraph: str = "") -> list[Match]:
        """The claims `sentence` asserts or contradicts, best first.

        `before`, what its paragraph said before it, lends its words at a discount: a
        name said once, then "she". The whole `paragraph` lends its meaning and tempers
        the words' score: a claim that fits a short aside ("What did he just say?")
        better than the paragraph it stands in is less likely what the sentence says.
        """
        matches = []
        for candidate in self.candidates(sentence, before, paragraph):
            if not candidate.links or candidate.verdict is None:  # (a link has a verdict)
                continue
            verdict = candidate.verdict
            if verdict.conflict is not None:  # the claim's figure as its statement writes it
                statement = self.claims[candidate.position].statement or ""
                claimed = relocated(verdict.conflict.claimed, statement)
                verdict = dataclasses.replace(
                    verdict, conflict=Conflict(verdict.conflict.said, claimed)
                )
            matches.append(
                Match(
                    self.claims[candidate.position],
                    candidate.score,
                    verdict.relation,
                    verdict.coverage,
                    verdict.conflict,
                )
            )
        matches.sort(key=lambda m: (-m.score, str(m.claim.id)))
        return matches

    def candidates(
        self,
        sentence: str,
        before: str | Content = "",
        paragraph: str = "",
        *,
        explain: bool = False,
    ) -> list[Candidate]:
        """Every claim `sentence` was weighed against, best first, each marked with
        whether `match` keeps it; with `explain`, each with its `facts` in words."""
        content = read_content(sentence)
        context = read_content(before) if isinstance(before, str) else before
        if context.terms:
            content = in_context(content, context)
        if not content.terms or not self.claims:
            return []
        bm25 = self.index.score_array(content.terms, len(self.claims))
        meaning: NDArray[Any] = self._meaning(sentence)
        in_paragraph = bool(paragraph.strip()) and len(paragraph) > len(sentence) + 1
        if in_paragraph:
            whole = self._meaning(paragraph)
            meaning = meaning + PARAGRAPH_MEANING * (whole - meaning).clip(min=0.0)
        positions = set(_best(bm25, CANDIDATES)) | set(_nearest(meaning, NEAREST))
        content = self._specific(content)
        whole_content = self._specific(read_content(paragraph)) if in_paragraph else None
        top_bm25 = float(bm25.max()) or 1.0
        # Who and where: a paragraph names them once for all its sentences.
        around = merged(content, whole_content) if whole_content is not None else content
        weighed = []
        for position in positions:
            cosine = float(meaning[position])
            if cosine < MIN_MEANING and not explain:
                continue  # too far in meaning to link, whatever the words
            claim = self.content(position)
            figures = compare(claim.quantities, content.quantities)
            verdict = verify(claim, content, sentence, figures)
            if verdict is not None and whole_content is not None:
                verdict = _tempered(verdict, verify(claim, whole_content))
            if verdict is None:  # few words in common: the meaning may still agree
                verdict = _by_meaning(figures, sentence)
            words = verdict.score if verdict is not None else 0.0
            score = (
                cosine + WORDS_WEIGHT * words / 100 + BM25_WEIGHT * float(bm25[position]) / top_bm25
            ) / (1 + WORDS_WEIGHT + BM25_WEIGHT)
            contradicting = verdict is not None and verdict.relation is Relation.CONTRADICTS
            weighed.append(
                Candidate(
                    position,
                    round(100 * max(score, 0.0), 1),
                    cosine,
                    words,
                    verdict,
                    _facts(claim, figures, around) if explain else "",
                    len(figures.agreed),
                    len(figures.unexplained),
                    contradicting and _all_named(claim, around),  # only contradictions ask
                )
            )
        weighed.sort(key=lambda c: (-c.score, c.position))
        return _decided(weighed, self.threshold)


def _by_meaning(figures: Figures, sentence_text: str) -> Verdict | None:
    """The verdict on a sentence that says a claim in other words: no word score, but
    the figures still decide (None when they say it is about something else)."""
    if figures.about_else:
        return None
    if not figures.conflicts:
        return Verdict(0.0, Relation.ASSERTS)
    return _contradiction(0.0, 0.0, figures.conflicts[0], sentence_text)


def _said(term: str, content: Content) -> bool:
    """Whether `content` gives `term`, or a longer form of it ("Karvian" for "Karvia")."""
    return term in content.terms or any(_cousins(term, other) for other in content.terms)


def _best(scores: NDArray[Any], limit: int) -> list[int]:
    """Positions of the `limit` highest scores above 0 (fewer when fewer are)."""
    import numpy

    above = numpy.flatnonzero(scores > 0)
    if len(above) <= limit:
        return [int(i) for i in above]
    return [int(i) for i in above[numpy.argpartition(-scores[above], limit)[:limit]]]


def _nearest(similarity: Vectors, limit: int) -> list[int]:
    """Positions of the `limit` highest values of `similarity`."""
    if len(similarity) <= limit:
        return list(range(len(similarity)))
    import numpy

    return [int(i) for i in numpy.argpartition(-similarity, limit)[:limit]]


def _all_named(claim: Content, around: Content) -> bool:
    """Whether the claim names someone or somewhere, and `around` gives every name."""
    return bool(claim.names) and all(
        any(_said(word, around) for word in name) for name in claim.names
    )


def _facts(claim: Content, figures: Figures, around: Content) -> str:
    """What the names (in the sentence's paragraph, `around`) and figures of a sentence
    and a claim did, in words (for `--explain`)."""
    said = []
    if claim.names:
        named = [
            " ".join(claim.stems.get(word, word) for word in name)
            for name in sorted(claim.names)
            if any(_said(word, around) for word in name)
        ]
        said.append(f"names said: {', '.join(named)}" if named else "no name said")
    if figures.conflicts:
        said.append(
            "another figure: "
            + ", ".join(f"{c.said.text} for {c.claimed.text}" for c in figures.conflicts)
        )
    if figures.elsewhere:
        said.append("figures of something else: " + ", ".join(q.text for q in figures.elsewhere))
    if figures.agreed:
        said.append("figures agree: " + ", ".join(q.text for q in figures.agreed))
    if said:
        return "; ".join(said)
    return "no figure in common" if claim.quantities else "no figure in the claim"


def _decided(weighed: list[Candidate], threshold: float) -> list[Candidate]:
    """`weighed` (best first) with the candidates `match` keeps marked.

    A sentence asserts its best claim when the score reaches `threshold`, the meanings
    are close enough and the figures do not say it is about something else (see
    `Figures.about_else`). It contradicts a claim whose figure it gives otherwise when
    every other figure it gives is the claim's and it says the rest of the claim nearly
    whole, or nearly in its meaning — less nearly when another of the claim's figures
    or all of its names are said too. Beside its best, it asserts or contradicts any
    other claim it says nearly whole (a long sentence may say several)."""
    best_taken = False
    decided = []
    for candidate in weighed:
        verdict = candidate.verdict
        keep = False
        if (
            verdict is not None
            and candidate.score >= threshold
            and candidate.meaning >= MIN_MEANING
        ):
            keep = verdict.relation is Relation.ASSERTS or _contradicts(candidate, verdict)
            if candidate.words == 0:  # few words in common: the meaning alone must tell
                keep = keep and candidate.meaning >= MEANING_ALONE
            if keep and best_taken:
                keep = verdict.coverage >= ALSO_ASSERTED_COVERAGE
            best_taken = best_taken or keep
        decided.append(dataclasses.replace(candidate, links=keep))
    return decided


def _contradicts(candidate: Candidate, verdict: Verdict) -> bool:
    """Whether a sentence that gives one of a claim's figures otherwise is about the same
    thing, so that it contradicts the claim."""
    identified = candidate.agreed > 0 or candidate.named
    return not candidate.unexplained and (
        verdict.coverage >= CONTRADICTION_COVERAGE
        or candidate.meaning >= CONTRADICTION_MEANING
        or (identified and candidate.meaning >= AGREED_CONTRADICTION_MEANING)
    )
