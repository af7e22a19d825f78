"""Turn fact-checks read from ClaimReview feeds into sources and claims, safely.

Each fact-check becomes a source (the fact-check page, published by the
fact-checking organisation) and a claim citing it, with its status mapped from
the textual rating. Nothing already in the repository is written again or
overwritten: a fact-check whose page (URL) the desk has, with a claim of the
same statement citing it, is skipped and the summary says so.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from factcheck.editing.claims import CitationDraft, ClaimDraft, claim_document
from factcheck.editing.paths import relative, unique_id
from factcheck.editing.store import create_new, writer_lock
from factcheck.editing.validate import ValidationFailed, check_record
from factcheck.editing.yamlio import clean_input, dump_document, plain_date, safe_scalar
from factcheck.interop.claimreview import FoundReview, read_feed, status_of
from factcheck.interop.jsonschema import modeline
from factcheck.loading.discover import CLAIMS_DIR, SOURCES_DIR
from factcheck.loading.files import claim_from_text, source_from_text
from factcheck.model import Claim, Source, Stance, Status
from factcheck.repository import Repository, load_repository
from factcheck.text.clean import quoted
from factcheck.text.fold import fold_text, squash
from factcheck.text.slug import slugify
from factcheck.text.urls import normalize_url

MAX_FEED_BYTES = 256 * 1024 * 1024
STANCES = {
    Status.CONFIRMED: Stance.SUPPORTS,
    Status.DISPUTED: Stance.REFUTES,
    Status.UNCONFIRMED: Stance.MENTIONS,
}


@dataclass
class ImportSummary:
    """What an import added, what it skipped and why, and the ratings it did not know."""

    added_sources: list[str] = field(default_factory=list)
    added_claims: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    unknown_ratings: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)


def _source_text(review: FoundReview, source_id: str, today: date) -> str:
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

    def _existing_source(self, review: FoundReview) -> Source | None:
        if review.url:
            key = normalize_url(review.url)
            for source in self.repo.sources:
                if key in {normalize_url(u) for u in (source.url, source.archived_url) if u}:
                    return source
        return None

    def _existing_claim(self, review: FoundReview, source: Source | None) -> Claim | None:
        statement = fold_text(clean_input(review.statement))
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

    def add(self, review: FoundReview) -> None:
        status = status_of(review.rating, self.repo.settings)
        if status is None:
            self.summary.unknown_ratings[review.rating or "(no rating)"] += 1
            status = Status.UNCONFIRMED
        source = self._existing_source(review)
        claim = self._existing_claim(review, source)
        if claim is not None:
            self.summary.skipped.append(
                f"{review.where}: already imported as claim {quoted(claim.id)}"
            )
            return
        if source is None:
            source = self._write_source(review)
        self._write_claim(review, status, source)

    def _write_source(self, review: FoundReview) -> Source:
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

    def _write_claim(self, review: FoundReview, status: Status, source: Source) -> None:
        folder = self.root / CLAIMS_DIR / "imported"
        claim_id = unique_id(
            slugify(review.statement) or "claim", set(self.repo.claims_by_id), folder
        )
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
            rationale=f"Imported from a fact-check by {review.publisher}, rated “{review.rating}”.",
        )
        path = folder / f"{claim_id}.yaml"
        text = (modeline(self.root, path, "claim") or "") + dump_document(
            claim_document(draft, claim_id, self.today)
        )
        rel = relative(self.repo, path)
        claim = check_record(self.repo, claim_from_text(text, rel), rel)
        assert isinstance(claim, Claim)
        create_new(path, text)
        self._rebuild([*self.repo.claims, claim], self.repo.sources)
        self.summary.added_claims.append(claim_id)


def import_claimreview(root: Path, files: list[Path], today: date | None = None) -> ImportSummary:
    """Import every fact-check of `files` into the repository at `root`."""
    with writer_lock(root):
        importer = _Importer(root, today or date.today())
        for path in files:
            try:
                with path.open("rb") as handle:
                    data = handle.read(MAX_FEED_BYTES + 1)
            except OSError as error:
                importer.summary.problems.append(f"{path}: cannot read ({error.strerror}); skipped")
                continue
            if len(data) > MAX_FEED_BYTES:
                importer.summary.problems.append(f"{path}: larger than 256 MiB; skipped")
                continue
            read = read_feed(data.decode("utf-8-sig", errors="replace"), path.name)
            importer.summary.problems.extend(read.problems)
            for review in read.reviews:
                try:
                    importer.add(review)
                except ValidationFailed as failed:
                    reasons = "; ".join(f.message for f in failed.findings)
                    importer.summary.skipped.append(
                        f"{review.where}: not valid as a record ({reasons})"
                    )
        return importer.summary
