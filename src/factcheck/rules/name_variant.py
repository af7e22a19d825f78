"""A name in an article is spelled slightly differently from a name known elsewhere ("Bellavia" beside "Belavia").

Names are capitalised words. Each spelling is weighed by where it is known: the
`names` setting first, then sources (titles, publishers, notes, citation
excerpts), then claim statements, then articles. A spelling is flagged when a
weightier one is within two letters of it, or when one of equal weight is used
at least three times as often. A spelling in an article that is within two letters of a weightier
one is flagged with that one as suggestion (of several, the weightiest, then the most
used, then the first in alphabetical order). Four-letter names ("Ruis" beside
"Ruiz") are flagged on one substitution or one swap of neighbouring letters, and
only when the spelling is rare in English ("Iraq" beside "Iran" is two places,
not a typo). Case and accents aside ("Ruíz" is "Ruiz"). To keep false alarms
rare, names under four letters, words that also appear in lower case (common
words), spellings that differ by the first letter, and derived forms ("Belarus"
/ "Belarusian") are never compared. Accepted variants are listed in settings:

    names:
      Belavia: [Belavia Airlines]
      Bialiatski: [Byalyatski]

Fails: the article says "Bellavia Airlines" and a source's notes say "Belavia".

Passes: every text spells it "Belavia", or `names: {Belavia: [Bellavia]}` accepts both.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator

from rapidfuzz import process
from rapidfuzz.distance import OSA, Levenshtein

from factcheck.desk.findings import Finding, Severity
from factcheck.desk.model import Article, Claim, Source
from factcheck.desk.repository import Repository
from factcheck.load import FileResult
from factcheck.rules.base import ARTICLES, Context, Rule, one_record
from factcheck.text.analysis import COMMON_CAPITALISED, LineTable
from factcheck.text.clean import quoted
from factcheck.text.names import name_tokens, name_words
from factcheck.text.words import weight as rarity

ID = "name-variant"
SEVERITY = Severity.WARNING

MIN_LENGTH = 4
SHORT = 5
"""Names shorter than this are compared more strictly (one edit, and rare in English)."""
RARE_WEIGHT = 4.5
"""A short spelling is flagged only when English uses it less than ~300 times in a billion
words (weight 7 − Zipf above 4.5): "Ruis" is, "Iraq", "Mark" and "Mary" are not."""
_SETTINGS, _SOURCES, _CLAIMS, IN_ARTICLES = 3, 2, 1, 0


def desk_texts(repo: Repository) -> Iterator[tuple[int, str]]:
    """Every text of the desk with its weight: the accepted names, then the records'."""
    for canonical, variants in repo.settings.names.items():
        yield _SETTINGS, canonical
        for variant in variants:
            yield _SETTINGS, variant
    yield from _record_texts(repo.sources, repo.claims, repo.articles)


def _record_texts(
    sources: Iterable[Source], claims: Iterable[Claim], articles: Iterable[Article]
) -> Iterator[tuple[int, str]]:
    for source in sources:
        for text in (source.title, source.publisher, source.notes):
            if text:
                yield _SOURCES, text
    for claim in claims:
        for citation in claim.sources:
            if citation.excerpt:
                yield _SOURCES, citation.excerpt
        if claim.statement:
            yield _CLAIMS, claim.statement
    for article in articles:
        yield IN_ARTICLES, article.body


def file_texts(results: Iterable[FileResult]) -> Iterator[tuple[int, str]]:
    for result in results:
        yield from _record_texts(result.sources, result.claims, result.articles)


def _plain(word: str) -> str:
    """`word` without case or accents: "Ruíz" → "ruiz"."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _similar(a: str, b: str) -> bool:
    plain_a, plain_b = _plain(a), _plain(b)
    if plain_a[0] != plain_b[0] or plain_a == plain_b:
        return False
    short, long = sorted((plain_a, plain_b), key=len)
    if long.startswith(short):  # a derived form: "Belarus" / "Belarusian", "Russia" / "Russian"
        return False
    if len(short) < SHORT:  # one substitution or one swap of neighbours, nothing more
        return len(long) == len(short) and OSA.distance(plain_a, plain_b) == 1
    distance = Levenshtein.distance(plain_a, plain_b, score_cutoff=2)
    return distance <= 2 and distance <= max(len(short) // 4, 1)


def _plausible(low: str) -> bool:
    """Whether `low` may be a misspelling: any long name, a short one only if rare in English."""
    return len(low) >= SHORT or rarity(_plain(low)) > RARE_WEIGHT


def _accepted_pairs(repo: Repository) -> set[frozenset[str]]:
    pairs: set[frozenset[str]] = set()
    for canonical, variants in repo.settings.names.items():
        words = {w.word for text in (canonical, *variants) for w in name_words(text)}
        for a in words:
            for b in words:
                if a != b:
                    pairs.add(frozenset((a, b)))
    return pairs


_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-zà-öø-ÿ][\w’'-]*")


def _lower_words(texts: Iterable[str]) -> set[str]:
    """Words written in lower case somewhere: common words, not names."""
    found: set[str] = set()
    for joined in _joined(texts):
        found.update(_LOWER_WORD.findall(joined))
    return {word.casefold() for word in found}


JOINED = 10_000
"""Texts read in one regex pass: all 200,000 texts of a desk at once made a list of
1.5 million words (some 80 MB) for a moment."""


def _joined(texts: Iterable[str]) -> Iterator[str]:
    """`texts` joined by a line break, `JOINED` at a time: a line break ends a word as the
    end of a text does and no word crosses it, so one regex call reads many texts."""
    batch: list[str] = []
    for text in texts:
        batch.append(text)
        if len(batch) == JOINED:
            yield "\n".join(batch)
            batch = []
    if batch:
        yield "\n".join(batch)


Words = tuple[dict[str, int], str]
"""What name-variant reads of a text: its capitalised words with their counts, in the
order first used, and its words written in lower case (casefolded), one per line. (One
string, not a list: the kept words of 5,000 articles held 2.5 million strings at once.)"""


def words_of(text: str) -> Words:
    """The `Words` of `text`."""
    return dict(Counter(name_tokens(text))), "\n".join(sorted(_lower_words([text])))


Counts = dict[str, int]
Tally = tuple[list[Counts], Counts]
"""What the spellings are weighed by, counted over every text of the desk: each
capitalised word, by the weight of its texts (a list indexed by weight); and each word
written in lower case (casefolded), by its uses in the records' texts and by the
articles that use it. A sum over texts: a text changed is taken out and put back."""


def tally_of(texts: Iterable[tuple[int, str]], article_words: Callable[[str], Words]) -> Tally:
    """The tally of `texts`; the words of article bodies come from `article_words`."""
    capitalised: list[Counter[str]] = [Counter() for _ in range(_SETTINGS + 1)]
    lower: Counter[str] = Counter()
    by_weight: list[list[str]] = [[] for _ in range(_SETTINGS + 1)]
    for weight, text in texts:
        by_weight[weight].append(text)
    for body in by_weight[IN_ARTICLES]:
        names, lower_words = article_words(body)
        capitalised[IN_ARTICLES].update(names)
        if lower_words:  # no word holds a line break
            lower.update(lower_words.split("\n"))
    for weight in (_SETTINGS, _SOURCES, _CLAIMS):
        for joined in _joined(by_weight[weight]):  # a few regex passes (see `_joined`)
            capitalised[weight].update(name_tokens(joined))
            for word, uses in Counter(_LOWER_WORD.findall(joined)).items():
                lower[word.casefold()] += uses
    return [dict(counts) for counts in capitalised], dict(lower)


def updated_tally(tally: Tally, removed: Tally, added: Tally) -> Tally | None:
    """`tally` with `removed` taken out and `added` put in; None when it held less than
    `removed` (it did not count what was removed: then count afresh)."""
    for counts, out, into in zip(
        [*tally[0], tally[1]], [*removed[0], removed[1]], [*added[0], added[1]], strict=True
    ):
        for word, uses in out.items():
            left = counts.get(word, 0) - uses
            if left < 0:
                return None
            if left:
                counts[word] = left
            else:
                del counts[word]
        for word, uses in into.items():
            counts[word] = counts.get(word, 0) + uses
    return tally


def _remembered(ctx: Context) -> dict[str, str]:
    """`better_spellings` of the desk, derived once per run (the rule's key and its check
    both read it)."""
    return ctx.derive(ID, _better_of_desk)


def _better_of_desk(ctx: Context) -> dict[str, str]:
    """`better_spellings` of the desk, every text counted."""
    return better_spellings(ctx.repo, tally_of(desk_texts(ctx.repo), words_of), None)[0]


Pairs = tuple[frozenset[str], set[tuple[str, str]]]
"""The spellings compared, and the close pairs among them: a function of the words alone."""


def _close_pairs(words: list[str], known: Pairs | None) -> Pairs:
    """Pairs of `words` with the same initial, within two edits and `_similar`; pairs of
    `known` are kept where both words remain, and only words new since are compared."""
    by_initial: dict[str, list[str]] = defaultdict(list)
    for word in words:
        by_initial[word[0]].append(word)
    present = frozenset(words)
    if known is None:
        pairs: set[tuple[str, str]] = set()
        for group in by_initial.values():
            for i, a in enumerate(group):
                # rapidfuzz finds the few spellings within two edits in one C loop.
                close = process.extract(
                    a, group[i + 1 :], scorer=OSA.distance, score_cutoff=2, limit=None
                )
                pairs.update(_ordered(a, b) for b, _, _ in close if _similar(a, b))
        return present, pairs
    seen, kept = known
    pairs = {pair for pair in kept if pair[0] in present and pair[1] in present}
    for a in present - seen:
        group = by_initial[a[0]]
        close = process.extract(a, group, scorer=OSA.distance, score_cutoff=2, limit=None)
        pairs.update(_ordered(a, b) for b, _, _ in close if b != a and _similar(a, b))
    return present, pairs


def _ordered(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def better_spellings(
    repo: Repository, tally: Tally, known: Pairs | None
) -> tuple[dict[str, str], Pairs]:
    """Spelling → the weightier spelling it is likely a misspelling of; and the pairs."""
    # Each spelling's weight is the highest of the texts it is in; its count, all its uses.
    spellings: dict[str, list[int]] = {}
    for weight in (_SETTINGS, _SOURCES, _CLAIMS, IN_ARTICLES):
        for word, count in tally[0][weight].items():
            if len(word) < MIN_LENGTH or word in COMMON_CAPITALISED:
                continue
            spelling = spellings.get(word)
            if spelling is None:
                spellings[word] = [weight, count]
            else:
                spelling[1] += count
    common = tally[1]
    accepted = _accepted_pairs(repo)
    # Spellings also written in lower case somewhere are common words, not names: they
    # are not compared (a word that stops being common is new to the kept pairs).
    names = [spelled for spelled in spellings if spelled.casefold() not in common]
    compared, pairs = _close_pairs(names, known)

    def rank(word: str) -> tuple[int, int]:
        weight, count = spellings[word]
        return weight, count

    better: dict[str, str] = {}
    for a, b in pairs:
        if frozenset((a, b)) in accepted:
            continue
        # Two spellings of equal weight and count are never one the other's misspelling
        # (below), so which of them sorts first does not matter.
        low, high = sorted((a, b), key=rank)
        if not _plausible(low):
            continue
        if spellings[low][0] == _SETTINGS:
            continue  # a spelling the desk declared is never a misspelling
        if spellings[low][0] == spellings[high][0] and spellings[high][1] < 3 * spellings[low][1]:
            continue  # two names of equal standing ("Larsen", "Larson"): likely two people
        current = better.get(low)
        # The weightiest, then the most used; of two alike, the first in alphabetical order.
        if current is None or (rank(high), current) > (rank(current), high):
            better[low] = high
    return better, (compared, pairs)


_WORD_RUN = re.compile(r"\w+")


_JOINED_BEFORE = re.compile(r"[\w’'-]")
_JOINED_AFTER = re.compile(r"[\w-]")


def _occurrences(body: str, variants: Iterable[str]) -> list[tuple[int, str]]:
    """(offset, variant) of each variant standing as a whole word in `body`, in order;
    where two start at one offset, the longer. (What one regex of the variants finds,
    without compiling one for each article: a name's letters, apostrophes and hyphens
    cannot start a match inside another.)"""
    found: dict[int, str] = {}
    for variant in variants:
        start = body.find(variant)
        while start >= 0:
            end = start + len(variant)
            whole = (start == 0 or not _JOINED_BEFORE.match(body[start - 1])) and (
                end == len(body) or not _JOINED_AFTER.match(body[end])
            )
            if whole and len(variant) > len(found.get(start, "")):
                found[start] = variant
            start = body.find(variant, start + 1)
    return sorted(found.items())


def check(ctx: Context) -> Iterator[Finding]:
    """Article spellings close to a weightier spelling of a name."""
    better = _remembered(ctx)
    if not better:
        return
    # One regex of thousands of alternatives is slow over a thousand articles: look only
    # for the variants whose first word run the article has (a set intersection in C).
    by_first_run: dict[str, list[str]] = defaultdict(list)
    for variant in better:
        by_first_run[_WORD_RUN.findall(variant)[0]].append(variant)
    for article in ctx.articles:
        present = by_first_run.keys() & set(_WORD_RUN.findall(article.body))
        if not present:
            continue
        seen: Counter[str] = Counter()
        first: dict[str, int] = {}
        lines = LineTable(article.body, article.body_line)
        for offset, variant in _occurrences(
            article.body, (v for run in present for v in by_first_run[run])
        ):
            seen[variant] += 1
            first.setdefault(variant, offset)
        for variant, offset in first.items():
            known = better[variant]
            line, column = lines.position(offset)
            times = f" ({seen[variant]} times)" if seen[variant] > 1 else ""
            yield Finding(
                rule=ID,
                severity=SEVERITY,
                message=f"{quoted(variant)}{times} looks like a misspelling of {quoted(known)}, the spelling "
                f"known from the repository; correct it, or accept it under `names` in factcheck.yaml",
                path=article.path,
                line=line,
                column=column,
                record=article.id,
                suggestion=known,
            )


def _better_listed(ctx: Context) -> list[tuple[str, str]]:
    """What the rule's findings depend on beside the articles: each misspelling's better."""
    return sorted(_remembered(ctx).items())


# Each finding is on one article and depends on it and on the better spellings (which
# `also_reads` keys): after a change, only the articles changed are read again.
RULE = Rule(
    ID, SEVERITY, __doc__ or "", check, reads=ARTICLES, also_reads=_better_listed,
    updates=one_record,
)  # fmt: skip
