"""Turn fact-checks read from ClaimReview feeds into sources and claims, safely.

Each fact-check becomes a source (the fact-check page, published by the
fact-checking organisation) and a claim citing it, with its status mapped from
the textual rating. What a review carries of a desk's own claim comes back with
it: the id (`identifier`), the rationale (`reviewBody`), the reviewer
(`contributor`), the review date, the quote and the article (when this desk has
it). Nothing already in the repository is written again or overwritten: a
review of a claim the desk has (same id and statement, or a claim of the same
statement citing the same fact-checker) is "already present". Every review read
is accounted for: added, already present, or skipped with the reason.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from factcheck import clock
from factcheck.desk.model import Claim, Source, Stance, Status, is_slug
from factcheck.desk.repository import Repository
from factcheck.desk.reviews import Review
from factcheck.edit.claims import CitationDraft, ClaimDraft, claim_document
from factcheck.edit.journal import writer_lock
from factcheck.edit.paths import relative, unique_id
from factcheck.edit.validate import check_record
from factcheck.edit.yamlio import clean_input, dump_document, plain_date, safe_scalar
from factcheck.errors import Refused
from factcheck.interop.claimreview import status_of
from factcheck.interop.jsonschema import modeline
from factcheck.load.discover import CLAIMS_DIR, SOURCES_DIR
from factcheck.load.feeds import read_feed_file
from factcheck.load.files import claim_from_text, source_from_text
from factcheck.load.repository import load_repository
from factcheck.text.clean import quoted
from factcheck.text.fold import fold_text, squash
from factcheck.text.slug import short_id, slugify
from factcheck.text.urls import normalize_url
from factcheck.writing import create_new

STANCES = {
    Status.CONFIRMED: Stance.SUPPORTS,
    Status.DISPUTED: Stance.REFUTES,
    Status.UNCONFIRMED: Stance.MENTIONS,
}


@dataclass(frozen=True)
class Outcome:
    """What became of one review read."""

    where: str
    """Where it was read: "feed.json review 3"."""
    result: str
    """"added", "present" (already in the desk) or "skipped"."""
    detail: str
    """The claim it became or matched, or why it was skipped."""


@dataclass
class ImportSummary:
    """What an import added, what it skipped and why, and the ratings it did not know."""

    added_sources: list[str] = field(default_factory=list)
    added_claims: list[str] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)
    """One per review read, in the order read."""
    unknown_ratings: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)
    """Input that held no review to read (a file that is not JSON, a review with no claim)."""

    def count(self, result: str) -> int:
        """How many reviews ended as `result`."""
        return sum(1 for outcome in self.outcomes if outcome.result == result)

    @property
    def skipped(self) -> list[str]:
        """ "WHERE: WHY" of each review skipped or already present."""
        return [f"{o.where}: {o.detail}" for o in self.outcomes if o.result != "added"]


def _source_text(review: Review, source_id: str, today: date) -> str:
    from ruamel.yaml.comments import CommentedMap

    document = CommentedMap()
    document["id"] = source_id
    document["title"] = safe_scalar(clean_input(review.title or f"Fact-check: {review.statement}"))
    document["publisher"] = safe_scalar(clean_input(review.publisher))
    url = (
        review.url
        if review.url and review.url.startswith(("http://", "https://")) and " " not in review.url
        else None
    )
    if url:
        document["url"] = safe_scalar(url)
    if review.published:
        document["published"] = plain_date(review.published)
    document["accessed"] = plain_date(today)
    document["kind"] = "other"
    document["notes"] = safe_scalar(
        clean_input(f"A published fact-check, imported from ClaimReview; rated “{review.rating}”.")
    )
    return dump_document(document)


class _Importer:
    def __init__(self, root: Path, today: date) -> None:
        self.root, self.today = root, today
        self.repo = load_repository(root)
        self.summary = ImportSummary()

    def _rebuild(self, claims: list[Claim], sources: list[Source]) -> None:
        repo = self.repo
        self.repo = Repository(
            repo.root, repo.settings, claims, sources, repo.articles, repo.load_findings
        )

    def _existing_source(self, review: Review) -> Source | None:
        if review.url:
            key = normalize_url(review.url)
            for source in self.repo.sources:
                if key in {normalize_url(u) for u in (source.url, source.archived_url) if u}:
                    return source
        return None

    def _existing_claim(self, review: Review, source: Source | None) -> Claim | None:
        statement = fold_text(clean_input(review.statement))
        same_id = self.repo.claims_by_id.get(review.identifier or "")
        if same_id is not None and fold_text(same_id.statement or "") == statement:
            return same_id  # a review of this desk's own claim
        publisher = squash(review.publisher)
        for claim in self.repo.claims:
            if claim.statement is None or fold_text(claim.statement) != statement:
                continue
            for _, cited in self.repo.sources_of(claim):
                if cited is not None and (
                    cited is source or squash(cited.publisher or "") == publisher
                ):
                    return claim
        return None

    def add(self, review: Review) -> None:
        status = status_of(review.rating, self.repo.settings)
        if status is None:
            self.summary.unknown_ratings[review.rating or "(no rating)"] += 1
            status = Status.UNCONFIRMED
        source = self._existing_source(review)
        claim = self._existing_claim(review, source)
        if claim is not None:
            self._outcome(review, "present", f"already in the desk as claim {quoted(claim.id)}")
            return
        if source is None:
            source = self._write_source(review)
        claim_id, notes = self._write_claim(review, status, source)
        self._outcome(
            review, "added", f"claim {quoted(claim_id)}" + "".join(f"; {n}" for n in notes)
        )

    def _outcome(self, review: Review, result: str, detail: str) -> None:
        self.summary.outcomes.append(Outcome(review.where, result, detail))

    def _write_source(self, review: Review) -> Source:
        folder = self.root / SOURCES_DIR
        base = slugify(f"{review.publisher} {review.title or review.statement}") or "fact-check"
        source_id = unique_id(base, set(self.repo.sources_by_id), folder)
        path = folder / f"{source_id}.yaml"
        text = (modeline(self.root, path, "source") or "") + _source_text(
            review, source_id, self.today
        )
        rel = relative(self.repo, path)
        source = check_record(self.repo, source_from_text(text, rel), rel)
        assert isinstance(source, Source)
        create_new(path, text)
        self._rebuild(self.repo.claims, [*self.repo.sources, source])
        self.summary.added_sources.append(source_id)
        return source

    def _write_claim(self, review: Review, status: Status, source: Source) -> tuple[str, list[str]]:
        folder = self.root / CLAIMS_DIR / "imported"
        notes = []
        wanted = review.identifier if review.identifier and is_slug(review.identifier) else None
        claim_id = unique_id(
            wanted or short_id(review.statement) or "claim", set(self.repo.claims_by_id), folder
        )
        if wanted and claim_id != wanted:
            notes.append(f"id {quoted(wanted)} is taken here")
        article = review.article if review.article in self.repo.articles_by_id else None
        if review.article and article is None:
            notes.append(f"article {quoted(review.article)} is not in this desk: left out")
        draft = ClaimDraft(
            statement=review.statement,
            status=status,
            id=claim_id,
            sources=(
                CitationDraft(
                    str(source.id),
                    STANCES[status],
                    excerpt=f"Rated “{review.rating}” by {review.publisher}.",
                ),
            ),
            rationale=review.rationale,  # provenance is in the citation and the source's notes
            reviewed_by=review.reviewer,
            reviewed_on=review.published,
            article=article,
            quote=review.quote,
        )
        path = folder / f"{claim_id}.yaml"
        text = (modeline(self.root, path, "claim") or "") + dump_document(
            claim_document(draft, claim_id, None)  # the review's own date, or none
        )
        rel = relative(self.repo, path)
        claim = check_record(self.repo, claim_from_text(text, rel), rel)
        assert isinstance(claim, Claim)
        create_new(path, text)
        self._rebuild([*self.repo.claims, claim], self.repo.sources)
        self.summary.added_claims.append(claim_id)
        return claim_id, notes


def import_claimreview(root: Path, files: list[Path], today: date | None = None) -> ImportSummary:
    """Import every fact-check of `files` into the repository at `root`."""
    with writer_lock(root):
        importer = _Importer(root, today or clock.today())
        for path in files:
            read = read_feed_file(path, path.name)
            importer.summary.problems.extend(str(skip) for skip in read.skipped)
            for review in read.reviews:
                try:
                    importer.add(review)
                except Refused as failed:
                    reasons = "; ".join(f.message for f in failed.findings)
                    importer._outcome(review, "skipped", f"not valid as a record ({reasons})")
        return importer.summary
