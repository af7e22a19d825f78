"""Cross-link an article's sentences to the claims they assert, and read their cues.

One analysis per article, shared by every article rule and by `factcheck check`:
body → visible blocks → sentences → (claims linked, unverified and hedge cues,
what makes each sentence checkable).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import groupby
from typing import TYPE_CHECKING, NamedTuple

from factcheck.desk.model import Article, Claim
from factcheck.text.cues import Lexicon, lexicon
from factcheck.text.fold import Folded, fold
from factcheck.text.markdown import Block, markdown_blocks, plain_blocks
from factcheck.text.matching import (
    Candidate,
    ClaimMatcher,
    Match,
    MatcherTables,
    merged,
    read_content,
)
from factcheck.text.names import name_words
from factcheck.text.pins import Pin, judged_blocks, read_pins
from factcheck.text.quantities import MONTHS, quantities
from factcheck.text.quotes import QuoteIndex, locate
from factcheck.text.sentences import split_sentences, without_marker

if TYPE_CHECKING:  # settings are records-layer data; text/ reads only what they hold
    from factcheck.desk.settings import Settings

COMMON_CAPITALISED = frozenset(
    ["I", "The", "A", "An", "In", "On", "At", "Of", "For", "And", "But", "Or", "If", "As", "By", "To", "It", "He", "She", "They", "We", "This", "That", "These", "Those", "His", "Her", "Its", "Their", "Our", "My", "Your", "Some", "Many", "Most", "Among", "After", "Before", "During", "While", "When", "Where", "Which", "Who", "What", "Why", "How", "There", "Here", "Also", "Right", "Now", "Then", "However", "Meanwhile", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
)  # fmt: skip


_PROSE = ("paragraph", "item", "quote")


class Figure(NamedTuple):
    """A figure of a sentence that disagrees with a claim's figure for the same thing."""

    said: str
    """As the sentence writes it: "4,300"."""
    claimed: str
    """As the claim's statement writes it: "4,200"."""
    offset: int
    """Body offset of the sentence's figure, to locate the finding on it."""


class ClaimLink(NamedTuple):
    """A claim that a sentence asserts or contradicts, and how sure the link is (0-100)."""

    claim: Claim
    score: float
    by_quote: bool
    """True when the claim's `quote` was found in this sentence: a certain link."""
    relation: str = "asserts"
    """"asserts", or "contradicts": the same content with another figure."""
    figure: Figure | None = None
    """For "contradicts": the figures that disagree."""
    pinned: bool = False
    """True when a `factcheck-link` comment before the sentence's block says it asserts
    the claim: a fact-checker's link, which replaces the matcher's."""

    @property
    def asserts(self) -> bool:
        """Whether the sentence asserts the claim (rather than contradicting it)."""
        return self.relation == "asserts"

    @property
    def by(self) -> str:
        """How the link was made: "pinned" (a comment), "quote" or "statement" (the matcher)."""
        return "pinned" if self.pinned else "quote" if self.by_quote else "statement"


class Sentence(NamedTuple):
    """One sentence of an article, located, linked and read for cues (a tuple: analyses
    travel between processes and into the cache)."""

    index: int  # type: ignore[assignment]  # shadows tuple.index, as the JSON names it
    """1-based position among the body's sentences."""
    text: str
    start: int
    """Offset of its first character in the body."""
    end: int
    line: int
    """File line (front matter counted)."""
    column: int
    kind: str
    """"heading", "paragraph", "item", "quote", or "reference" (a line of a Sources list)."""
    block: int
    """0-based index of the block (paragraph, heading, item) the sentence belongs to."""
    links: tuple[ClaimLink, ...] = ()
    unverified: tuple[str, ...] = ()
    """Phrases by which the sentence says itself it is unverified."""
    hedges: tuple[str, ...] = ()
    distanced: bool = False
    """Whether a hedge puts the statement at a distance (someone else says it, or it may
    not be so), so that the sentence does not assert what it reports."""
    checkable: tuple[str, ...] = ()
    """What makes it checkable: "numbers (123)", "names (Bialiatski)", "attribution (said)"."""


@dataclass(frozen=True)
class ArticleAnalysis:
    """An article's sentences and, for each claim with a quote, where the quote stands."""

    article: Article
    sentences: tuple[Sentence, ...]
    quote_found: dict[str, bool] = field(default_factory=dict)
    """Claim id → whether its quote occurs in the article, for each claim naming the
    article (the quotes of other claims link sentences, and are not said here)."""

    def blocks(self) -> list[list[Sentence]]:
        """The sentences grouped by paragraph, heading or list item, in reading order."""
        return [list(group) for _, group in groupby(self.sentences, key=lambda s: s.block)]

    def sentences_of(self, claim_id: str) -> list[Sentence]:
        """The sentences that assert `claim_id`."""
        return [
            s
            for s in self.sentences
            if any(link.claim.id == claim_id and link.asserts for link in s.links)
        ]

    def position(self, offset: int) -> tuple[int, int]:
        """File line and column of body offset `offset`."""
        return self._lines.position(offset)

    @cached_property
    def _lines(self) -> LineTable:
        return LineTable(self.article.body, self.article.body_line)


class LineTable:
    """Line and column of any offset of a text, from one table of line starts (a count of
    newlines from the top for every position made `check` quadratic in the article)."""

    def __init__(self, text: str, first_line: int = 1) -> None:
        self.starts = [0, *(match.end() for match in re.finditer("\n", text))]
        self.first_line = first_line

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of `offset`."""
        index = bisect.bisect_right(self.starts, offset) - 1
        return self.first_line + index, offset - self.starts[index] + 1


@dataclass
class _Text:
    """The article's visible text, blocks joined by blank lines, with offsets into the body."""

    text: str
    offsets: list[int]
    block_spans: list[tuple[int, int, str]]

    @classmethod
    def of(cls, blocks: Sequence[Block]) -> _Text:
        parts: list[str] = []
        offsets: list[int] = []
        spans: list[tuple[int, int, str]] = []
        cursor = 0
        for block in blocks:
            if parts:
                parts.append("\n\n")
                offsets.extend([offsets[-1], offsets[-1]])
                cursor += 2
            spans.append((cursor, cursor + len(block.text), block.kind))
            parts.append(block.text)
            offsets.extend(block.offsets)
            cursor += len(block.text)
        return cls("".join(parts), offsets, spans)

    def body_span(self, start: int, end: int) -> tuple[int, int]:
        return self.offsets[start], self.offsets[end - 1] + 1


REFERENCE_HEADINGS = re.compile(
    r"^(sources|references|notes|related|related articles|see also|further reading|read more|more from\b.*)$",
    re.IGNORECASE,
)
"""Sections that list links rather than assert facts: their lines are not sentences to check."""


def article_blocks(article: Article) -> list[Block]:
    """Markdown blocks for `.md` files (and anything with front matter), else plain lines.

    Blocks under a heading such as "Sources" or "More from …" become kind "reference".
    """
    if article.path.endswith(".md") or article.body_line > 1:
        blocks = markdown_blocks(article.body)
    else:
        blocks = plain_blocks(article.body)
    marked: list[Block] = []
    in_references = False
    for block in blocks:
        title = block.text.strip().rstrip(":")
        if block.kind == "heading" or (
            block.kind == "paragraph" and REFERENCE_HEADINGS.match(title)
        ):
            in_references = REFERENCE_HEADINGS.match(title) is not None
            if in_references:
                block = Block("heading", block.text, block.offsets)
        elif in_references:
            block = Block("reference", block.text, block.offsets)
        marked.append(block)
    return marked


BlockMatches = list[list[Match]]
"""For each sentence of one block, in order, the claims it matches (before quote links)."""
MatchMemo = dict[tuple[str, str], BlockMatches]
"""(block kind, block text) → its sentences' matches: what a caller may keep between
analyses against the same claims, so that an edited article is matched again only in
the paragraphs that changed. A block's matches depend on nothing but its own text."""
UnseenBlocks = list[tuple[tuple[str, str], list[str]]]
"""Blocks no memo holds, each as its memo key (kind, text) and its sentences."""


def _link_by_statement(
    matcher: Callable[[], ClaimMatcher],
    spans: Sequence[tuple[int, int, str]],
    blocks: Sequence[int],
    text: _Text,
    links: list[list[ClaimLink]],
    memo: MatchMemo,
    unseen: Callable[[UnseenBlocks], None] | None,
) -> None:
    """Link each sentence to the claims whose statement it says or contradicts (beside
    quote links), reading it after what its paragraph said before it."""
    matched = []  # each block's sentences (their indexes), kind and text
    for block, members in groupby(range(len(spans)), key=blocks.__getitem__):
        indexes = list(members)
        kind = spans[indexes[0]][2]
        if kind not in ("heading", "reference"):
            block_start, block_end, _ = text.block_spans[block]
            matched.append((indexes, kind, text.text[block_start:block_end]))

    def sentences_of(indexes: list[int]) -> list[str]:
        return [text.text[spans[i][0] : spans[i][1]] for i in indexes]

    if unseen is not None:
        new = {
            (kind, paragraph): sentences_of(indexes)
            for indexes, kind, paragraph in matched
            if (kind, paragraph) not in memo
        }
        if new:
            unseen(list(new.items()))
    for indexes, kind, paragraph in matched:
        found = memo.get((kind, paragraph))
        if found is None:
            found = memo[(kind, paragraph)] = match_block(
                matcher(), sentences_of(indexes), kind, paragraph
            )
        for index, matches in zip(indexes, found, strict=True):
            start, end, _ = spans[index]
            sentence = text.text[start:end]
            shift = len(sentence) - len(without_marker(sentence)) if kind == "item" else 0
            pinned = {link.claim.id for link in links[index]}
            for match in matches:
                if match.claim.id in pinned:
                    continue
                figure = None
                if match.conflict is not None:
                    said, claimed = match.conflict.said, match.conflict.claimed
                    offset = text.offsets[start + shift + said.start]
                    figure = Figure(said.text, claimed.text, offset)
                links[index].append(
                    ClaimLink(match.claim, match.score, False, match.relation.value, figure)
                )


def match_block(
    matcher: ClaimMatcher, sentences: list[str], kind: str, paragraph: str
) -> BlockMatches:
    """The matches of each sentence of one block, each read after those before it."""
    context = read_content("")
    found = []
    said = [without_marker(sentence) if kind == "item" else sentence for sentence in sentences]
    matcher.read_meanings([*said, paragraph])
    for content in said:
        found.append(matcher.match(content, context, paragraph))
        context = merged(context, read_content(content))  # what the next sentence follows
    return found


class Explanation(NamedTuple):
    """A claim the matcher weighed for a sentence, and how (`factcheck check --explain`)."""

    claim: Claim
    candidate: Candidate


def explain(
    analysis: ArticleAnalysis,
    claims: Iterable[Claim],
    settings: Settings,
    top: int = 3,
    tables: MatcherTables | None = None,
) -> dict[int, list[Explanation]]:
    """Sentence index → the `top` claims the matcher weighed it against, best first, each
    with its scores and what the figures did, as `analyze` weighed them."""
    matcher = ClaimMatcher(matched_claims(claims), settings.match_threshold, tables)
    blocks = article_blocks(analysis.article)
    found: dict[int, list[Explanation]] = {}
    for sentences in analysis.blocks():
        kind = sentences[0].kind
        if kind in ("heading", "reference"):
            continue
        said = [without_marker(s.text) if kind == "item" else s.text for s in sentences]
        paragraph = blocks[sentences[0].block].text
        matcher.read_meanings([*said, paragraph])
        context = read_content("")
        for sentence, text in zip(sentences, said, strict=True):
            weighed = matcher.candidates(text, context, paragraph, explain=True)[:top]
            found[sentence.index] = [Explanation(matcher.claims[c.position], c) for c in weighed]
            context = merged(context, read_content(text))
    return found


def matched_claims(claims: Iterable[Claim]) -> list[Claim]:
    """The claims `analyze` matches sentences against, in its order."""
    return [claim for claim in claims if claim.id and claim.statement]


def quoted_claims(claims: Iterable[Claim]) -> list[Claim]:
    """The claims whose quote `analyze` looks for, in its order."""
    return [claim for claim in claims if claim.id and claim.quote]


def _quote_spans(
    quoted: Sequence[Claim], folded: Folded, index: QuoteIndex | None
) -> dict[int, tuple[int, int]]:
    """Position in `quoted` → span in the text, for each quote found: through `index` when
    it holds these very quotes, else by trying each."""
    if index is not None and index.quotes == tuple(claim.quote for claim in quoted):
        return index.found_in(folded)
    spans = {}
    for position, claim in enumerate(quoted):
        found = locate(claim.quote or "", folded)
        if found is not None:
            spans[position] = found
    return spans


def _split(article: Article) -> tuple[_Text, list[tuple[int, int, str]], list[int]]:
    """The article's visible text, its sentences' spans in it (with their block's kind),
    and each sentence's block."""
    text = _Text.of(article_blocks(article))
    spans: list[tuple[int, int, str]] = []
    blocks: list[int] = []
    for block_index, (block_start, block_end, kind) in enumerate(text.block_spans):
        for start, end in split_sentences(text.text[block_start:block_end]):
            spans.append((block_start + start, block_start + end, kind))
            blocks.append(block_index)
    return text, spans, blocks


def article_sentences(article: Article) -> tuple[Sentence, ...]:
    """The article's sentences, split and located as `analyze` does (the places findings
    name), without links or cues: what pointing at a sentence needs."""
    text, spans, blocks = _split(article)
    lines = LineTable(article.body, article.body_line)
    return tuple(
        Sentence(index + 1, text.text[start:end], *_place(lines, text, start, end), kind, block)
        for index, ((start, end, kind), block) in enumerate(zip(spans, blocks, strict=True))
    )


def _place(lines: LineTable, text: _Text, start: int, end: int) -> tuple[int, int, int, int]:
    """Body start and end, file line and column of the sentence at `text.text[start:end]`."""
    body_start, body_end = text.body_span(start, end)
    return (body_start, body_end, *lines.position(body_start))


def analyze(
    article: Article,
    claims: Iterable[Claim],
    settings: Settings,
    tables: MatcherTables | Callable[[], MatcherTables | None] | None = None,
    memo: MatchMemo | None = None,
    quotes: QuoteIndex | None = None,
    unseen: Callable[[UnseenBlocks], None] | None = None,
) -> ArticleAnalysis:
    """Split `article` into sentences and link each to the `claims` it asserts.

    `tables`, read from the statements of `matched_claims(claims)` (or a function that gives them,
    called only if some paragraph must be matched), spare reading every claim again;
    tables of other statements are ignored. `memo` holds the matches of paragraphs
    seen before against these same claims; paragraphs matched now are added to it.
    `quotes`, an index of the quotes of `quoted_claims(claims)`, spares trying each
    quote in turn; an index of other quotes is ignored. `unseen`, if given, is handed
    the blocks `memo` lacks before any is matched here, and may match them into it
    elsewhere (a block's matches depend on its own text alone).
    """
    cues = lexicon(settings)
    text, spans, blocks = _split(article)
    folded: Folded = fold(text.text)
    starts = [start for start, _, _ in spans]
    links: list[list[ClaimLink]] = [[] for _ in spans]
    claims = [claim for claim in claims if claim.id]
    quoted = quoted_claims(claims)
    located = _quote_spans(quoted, folded, quotes)
    # Said of the article's own claims only: a draft checked against a whole desk is
    # searched for 100,000 quotes, and a finding is due only where its claim names it.
    quote_found = {
        str(claim.id): position in located
        for position, claim in enumerate(quoted)
        if claim.article is not None and claim.article == article.id
    }
    for position, found in located.items():
        claim = quoted[position]
        first = max(bisect.bisect_right(starts, found[0]) - 1, 0)
        for index in range(first, len(spans)):
            if spans[index][0] >= found[1]:
                break
            links[index].append(ClaimLink(claim, 100.0, True))
    built: list[ClaimMatcher] = []

    def matcher() -> ClaimMatcher:  # built on the first paragraph the memo lacks
        if not built:
            kept = tables() if callable(tables) else tables
            built.append(ClaimMatcher(claims, settings.match_threshold, kept))
        return built[0]

    _link_by_statement(
        matcher, spans, blocks, text, links, memo if memo is not None else {}, unseen
    )
    _apply_pins(read_pins(article.body, article.body_line), text, blocks, links, claims)
    common = frozenset(word for word in re.findall(r"[a-z][a-z’'-]+", text.text))
    common |= _topic_names(text.text, spans)
    lines = LineTable(article.body, article.body_line)
    sentences = tuple(
        _sentence(lines, text, index, span, blocks[index], links[index], cues, common)
        for index, span in enumerate(spans)
    )
    return ArticleAnalysis(article, sentences, quote_found)


def _apply_pins(
    pins: Sequence[Pin],
    text: _Text,
    blocks: Sequence[int],
    links: list[list[ClaimLink]],
    claims: Sequence[Claim],
) -> None:
    """The fact-checker has the last word: each sentence of a block that a
    `factcheck-not` comment is for loses every link to the claims it names, and each
    sentence of one a `factcheck-link` comment is for asserts the claims it names,
    score 100, in place of any link the matcher made to them. An id that names none
    of `claims` does nothing (`unknown-claim` reports it)."""
    if not pins:
        return
    judged = judged_blocks(pins, [text.offsets[end - 1] for _, end, _ in text.block_spans])
    if not judged:
        return
    by_id: dict[str, Claim] = {}
    for claim in claims:
        by_id.setdefault(str(claim.id), claim)
    for index, block in enumerate(blocks):
        said = judged.get(block)
        if said is None:
            continue
        gone = said.linked | said.rejected
        kept = [link for link in links[index] if str(link.claim.id) not in gone]
        pinned = [
            ClaimLink(by_id[claim_id], 100.0, False, pinned=True)
            for claim_id in sorted(said.linked)
            if claim_id in by_id
        ]
        links[index] = kept + pinned


def _sentence(
    lines: LineTable,
    text: _Text,
    index: int,
    span: tuple[int, int, str],
    block: int,
    links: list[ClaimLink],
    cues: Lexicon,
    common: frozenset[str],
) -> Sentence:
    start, end, kind = span
    sentence_text = text.text[start:end]
    content = without_marker(sentence_text) if kind == "item" else sentence_text
    body_start, body_end, line, column = _place(lines, text, start, end)
    ordered = tuple(sorted(links, key=lambda link: (-link.score, str(link.claim.id))))
    hedges = tuple(m.group().lower() for m in cues.hedges.find(content))
    return Sentence(
        index=index + 1,
        text=sentence_text,
        start=body_start,
        end=body_end,
        line=line,
        column=column,
        kind=kind,
        block=block,
        links=ordered,
        unverified=tuple(m.group().lower() for m in cues.unverified.find(content)),
        hedges=hedges,
        distanced=bool(hedges) and bool(cues.distancing.find(content)),  # a subset of hedges
        checkable=checkable_reasons(content, cues, common) if kind in _PROSE else (),
    )


MIN_NAMES = 2
"""Chosen on the development sample of the ClaimBuster check-worthiness data."""
_ACRONYM = re.compile(r"(?<![\w.])[A-Z]{2,6}s?(?![\w.])")
_NOT_ACRONYMS = frozenset(["I", "OK", "TV", "AM", "PM", "US", "UK"])
_MONTH_WORDS = frozenset(name.title() for name in MONTHS)


def checkable_reasons(
    sentence: str, cues: Lexicon, common: frozenset[str] = frozenset()
) -> tuple[str, ...]:
    """What in `sentence` a fact-checker could check, each reason naming what it found:
    amounts ("a million dollars", "4,200", "two-thirds"), dates, names, attributions.

    An amount is read as `quantities` reads it; "one" on its own ("one day") is not one.
    A capitalised word counts as a name unless it is a common word (`common` holds the
    words the article also writes in lower case), a contraction of "I" ("I'm"), or it
    merely opens the sentence; an all-capitals acronym ("the VA", "NATO") is a name.
    Names make a sentence checkable from two on (a full name, or who and where): one
    alone ("America", "Congress") rarely states anything to check.
    """
    reasons: list[str] = []
    found = quantities(sentence)
    amounts = [q.text for q in found if q.kind == "amount" and not q.weak]
    if amounts:
        reasons.append(f"numbers ({', '.join(amounts[:4])})")
    if any(q.kind in ("date", "year") for q in found) or _MONTH_WORDS & set(sentence.split()):
        years = [q.text for q in found if q.kind in ("date", "year")]
        reasons.append(f"dates ({', '.join(years[:3])})" if years else "dates")
    names = _names(sentence, common)
    if len(names) >= MIN_NAMES:
        reasons.append(f"names ({', '.join(names[:4])})")
    said = [m.group().lower() for m in cues.attribution.find(sentence)]
    if said:
        reasons.append(f"attribution ({said[0]})")
    return tuple(reasons)


def _names(sentence: str, common: frozenset[str]) -> list[str]:
    names: list[str] = []
    words = list(name_words(sentence))
    for position, word in enumerate(words):
        text = word.word
        if text in COMMON_CAPITALISED or text.lower() in common or text in names:
            continue
        if text.split("'")[0].split("’")[0] == "I":  # I'm, I've, I'll, I'd
            continue
        followed = (
            position + 1 < len(words) and words[position + 1].start <= word.start + len(text) + 1
        )
        if word.sentence_initial and not followed:
            continue
        names.append(text)
    for match in _ACRONYM.finditer(sentence):
        acronym = match.group()
        if acronym not in _NOT_ACRONYMS and acronym not in names:
            names.append(acronym)
    return names


def _topic_names(text: str, spans: Sequence[tuple[int, int, str]]) -> frozenset[str]:
    """Names so frequent in the article that they are its topic ("Belarus" in an article on
    Belarus): naming them alone does not make a sentence checkable. Lower-cased."""
    prose = [text[start:end] for start, end, kind in spans if kind in _PROSE]
    seen: Counter[str] = Counter()
    for sentence in prose:
        seen.update({word.word.lower() for word in name_words(sentence)})
    floor = max(5, 0.15 * len(prose))
    return frozenset(name for name, count in seen.items() if count >= floor)
