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

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator

from rapidfuzz import process
from rapidfuzz.distance import OSA, Levenshtein

from factcheck.cache import Store, fingerprint
from factcheck.findings import Finding, Severity
from factcheck.loading import FileResult
from factcheck.model import Article, Claim, Source
from factcheck.repository import Repository
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
_SETTINGS, _SOURCES, _CLAIMS, _ARTICLES = 3, 2, 1, 0


def _texts(repo: Repository) -> Iterator[tuple[int, str]]:
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
        yield _ARTICLES, article.body


def _file_texts(results: Iterable[FileResult]) -> Iterator[tuple[int, str]]:
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

KEPT = "name-variants"
ARTICLE_WORDS = "article-names"


def _tally(texts: Iterable[tuple[int, str]], article_words: Callable[[str], Words]) -> Tally:
    """The tally of `texts`; the words of article bodies come from `article_words`."""
    capitalised: list[Counter[str]] = [Counter() for _ in range(_SETTINGS + 1)]
    lower: Counter[str] = Counter()
    by_weight: list[list[str]] = [[] for _ in range(_SETTINGS + 1)]
    for weight, text in texts:
        by_weight[weight].append(text)
    for body in by_weight[_ARTICLES]:
        names, lower_words = article_words(body)
        capitalised[_ARTICLES].update(names)
        if lower_words:  # no word holds a line break
            lower.update(lower_words.split("\n"))
    for weight in (_SETTINGS, _SOURCES, _CLAIMS):
        for joined in _joined(by_weight[weight]):  # a few regex passes (see `_joined`)
            capitalised[weight].update(name_tokens(joined))
            for word, uses in Counter(_LOWER_WORD.findall(joined)).items():
                lower[word.casefold()] += uses
    return [dict(counts) for counts in capitalised], dict(lower)


def _updated(tally: Tally, removed: Tally, added: Tally) -> Tally | None:
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
    """`_better_spellings` of the desk, derived once per run (the rule's key and its
    check both read it)."""
    better = ctx.derived.get(ID)
    if not isinstance(better, dict):
        better = ctx.derived[ID] = _better_of_desk(ctx)
    return better


def _better_of_desk(ctx: Context) -> dict[str, str]:
    """`_better_spellings` of the desk (or of the view of it that `check` reads). With the
    cache, the tally kept from the last run is brought up to date by the files changed
    since (counting every text of 100,000 claims took a second), the close pairs of
    spellings are kept so that only new spellings are compared, and the words of each
    article body are kept, so that only changed articles are read. A view's own changes
    are applied to a copy: what is kept is the desk's tally."""
    repo, store, changes = ctx.repo, ctx.store, ctx.repo.changes
    if store is None or changes is None:
        return _better_spellings(repo, _tally(_texts(repo), words_of), None)[0]
    names = fingerprint(sorted(repo.settings.names.items()))
    kept = store.read(KEPT, Kept)
    desk: Tally | None = None
    desk_changed = True
    if kept is not None and (kept[0], kept[1]) == (changes.before, names):
        desk_changed = bool(changes.removed or changes.added)
        if not desk_changed and not changes.is_view and kept[4] is not None:
            return kept[4]
        words = _ArticleWords(store)
        desk = _updated(
            kept[2],
            _tally(_file_texts(changes.removed), words),
            _tally(_file_texts(changes.added), words),
        )
        words.keep(gone=[r.articles[0].body for r in changes.removed if r.articles])
    # A view's article words are read, not kept: a draft changes from one check to the next.
    view_out = _tally(_file_texts(changes.view_removed), words_of)
    view_in = _tally(_file_texts(changes.view_added), words_of)
    tally: Tally | None
    if desk is None:
        texts = list(_texts(repo))  # the view's texts, when it is one
        bodies = _kept_words(store, [text for weight, text in texts if weight == _ARTICLES])
        tally = _tally(texts, bodies.__getitem__)
        desk = _updated(_copied(tally), view_in, view_out) if changes.is_view else tally
    else:
        tally = _updated(_copied(desk), view_out, view_in) if changes.is_view else desk
    if tally is None:  # the view took out what the desk did not hold: count it whole
        tally = _tally(_texts(repo), words_of)
    better, pairs = _better_spellings(repo, tally, kept[3] if kept is not None else None)
    if desk is not None and desk_changed and changes.after is not None:
        # A view's better spellings are not the desk's: they are left to the next audit.
        store.write(KEPT, (changes.after, names, desk, pairs, None if changes.is_view else better))
    return better


def _copied(tally: Tally) -> Tally:
    return [dict(counts) for counts in tally[0]], dict(tally[1])


def _digest(body: str) -> str:
    return hashlib.blake2b(body.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


class _ArticleWords:
    """Body → its `Words`, read from the cache's rows where kept, else read and kept."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.fresh: dict[str, Words] = {}

    def __call__(self, body: str) -> Words:
        digest = _digest(body)
        found = self.fresh.get(digest)
        if found is None:
            row: tuple[int, Words] | None = self.store.read_row(ARTICLE_WORDS, digest, Words)
            found = row[1] if row is not None else words_of(body)
            if row is None:
                self.fresh[digest] = found
        return found

    def keep(self, gone: Iterable[str]) -> None:
        """Keep the words read afresh, and forget those of the bodies `gone`."""
        forgotten = {_digest(body) for body in gone} - self.fresh.keys()
        if self.fresh or forgotten:
            self.store.write_rows(ARTICLE_WORDS, self.fresh, forgotten)


def _kept_words(store: Store, bodies: list[str]) -> dict[str, Words]:
    """Body → its `Words`, kept in the cache by a digest of the body: article bodies are
    nearly all of a desk's text, and most do not change between two runs."""
    digests = {body: _digest(body) for body in bodies}
    kept: dict[str, tuple[int, Words]] = store.read_rows(ARTICLE_WORDS, Words)
    found = {body: kept[digest][1] for body, digest in digests.items() if digest in kept}
    fresh = {body: words_of(body) for body in digests if body not in found}
    current = set(digests.values())
    gone = [digest for digest in kept if digest not in current]
    if fresh or gone:
        store.write_rows(
            ARTICLE_WORDS, {digests[body]: words for body, words in fresh.items()}, gone
        )
    return found | fresh


Pairs = tuple[frozenset[str], set[tuple[str, str]]]
"""The spellings compared, and the close pairs among them: a function of the words alone."""
Kept = tuple[str, str, Tally, Pairs, dict[str, str] | None]
"""The cache's entry: (the generation of the file rows the tally counts, the accepted
names, the tally, the close pairs, the better spellings unless a view's were computed)."""


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


def _better_spellings(
    repo: Repository, tally: Tally, known: Pairs | None
) -> tuple[dict[str, str], Pairs]:
    """Spelling → the weightier spelling it is likely a misspelling of; and the pairs."""
    # Each spelling's weight is the highest of the texts it is in; its count, all its uses.
    spellings: dict[str, list[int]] = {}
    for weight in (_SETTINGS, _SOURCES, _CLAIMS, _ARTICLES):
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
