"""Round trips as properties: for any valid desk, SQLite keeps every record and citation, and
ClaimReview export → import keeps what ClaimReview can carry and adds nothing twice."""

from __future__ import annotations

import json
import sqlite3
import tempfile
from datetime import date
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ARTICLE, SOURCE_ALPHA, SOURCE_BETA, write_files
from factcheck.edit.importing import import_claimreview
from factcheck.engine.audit import audit
from factcheck.interop.claimreview import export_reviews
from factcheck.interop.sqlite import write_database
from factcheck.load.repository import load_repository

SETTINGS = (
    "organization: {name: Coast Fact Desk, url: 'https://desk.example'}\n"
    "review_url_template: https://desk.example/checks/{id}\n"
)
KEPT = ("id", "statement", "status", "rationale", "reviewed_by", "reviewed_on", "article", "quote")
TODAY = date(2026, 1, 1)

words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéøß", min_size=2, max_size=8)
prose = st.lists(words, min_size=2, max_size=7).map(lambda w: " ".join(w).capitalize() + ".")
citation = st.tuples(
    st.sampled_from(["alpha-news-report", "beta-daily-story"]),
    st.sampled_from(["supports", "refutes", "mentions"]),
    st.none() | prose,
)


@st.composite
def claims(draw: st.DrawFn) -> list[dict[str, object]]:
    count = draw(st.integers(1, 4))
    statements = draw(st.lists(prose, min_size=count, max_size=count, unique_by=str.casefold))
    records = []
    for number, statement in enumerate(statements):
        status = draw(st.sampled_from(["confirmed", "unconfirmed", "disputed"]))
        cited = draw(st.lists(citation, max_size=4))
        needed = {"confirmed": "supports", "disputed": "refutes"}.get(status)
        if needed:  # a valid desk: the status has the evidence it needs
            cited.append(("alpha-news-report", needed, None))
        record: dict[str, object] = {
            "id": f"claim-{number}",
            "statement": statement,
            "status": status,
            "article": "harbour-reopened",
            "sources": [
                {"source": s, "stance": stance, **({"excerpt": e} if e else {})}
                for s, stance, e in cited
            ],
        }
        for field, value in (
            ("quote", draw(st.none() | st.just("The harbour of Port Vell reopened"))),
            ("rationale", draw(st.none() | prose)),
            ("reviewed_by", draw(st.none() | st.sampled_from(["Desk", "Ana Ruiz"]))),
            ("reviewed_on", draw(st.none() | st.dates(date(2020, 1, 1), date(2025, 12, 31)))),
        ):
            if value is not None:
                record[field] = value
        records.append(record)
    return records


def write_desk(root: Path, records: list[dict[str, object]], with_claims: bool = True) -> Path:
    files: dict[str, str | bytes | None] = {
        "factcheck.yaml": SETTINGS,
        "claims/harbour/article.md": ARTICLE,
        "sources/alpha-news-report.yaml": SOURCE_ALPHA,
        "sources/beta-daily-story.yaml": SOURCE_BETA,
    }
    if with_claims:
        for record in records:
            files[f"claims/harbour/{record['id']}.yaml"] = yaml.safe_dump(
                record, allow_unicode=True, sort_keys=False
            )
    return write_files(root, files)


def kept(root: Path) -> dict[str | None, tuple[object, ...]]:
    return {c.id: tuple(getattr(c, n) for n in KEPT) for c in load_repository(root).claims}


PROPERTY = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(claims())
def test_sqlite_keeps_every_record_and_citation(records: list[dict[str, object]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        desk = write_desk(Path(folder) / "desk", records)
        export = write_database(audit(desk, today=TODAY), Path(folder) / "desk.db")
        assert export.skipped == []
        with sqlite3.connect(Path(folder) / "desk.db") as db:
            rows = db.execute(
                "SELECT claim, position, source, stance, excerpt FROM citations ORDER BY claim, position"
            ).fetchall()
            tags = db.execute("SELECT count(*) FROM claims").fetchone()[0]
    expected = [
        (r["id"], n, c["source"], c["stance"], c.get("excerpt"))
        for r in records
        for n, c in enumerate(r["sources"], 1)  # type: ignore[arg-type]
    ]
    assert sorted(rows) == sorted(expected)
    assert tags == len(records) == export.counts["claims"]


@PROPERTY
@given(claims())
def test_claimreview_round_trip_keeps_the_claims(records: list[dict[str, object]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        desk = write_desk(Path(folder) / "desk", records)
        feed = Path(folder) / "reviews.json"
        feed.write_text(json.dumps(export_reviews(load_repository(desk))), encoding="utf-8")
        fresh = write_desk(Path(folder) / "fresh", records, with_claims=False)
        summary = import_claimreview(fresh, [feed], today=TODAY)
        assert summary.count("added") == len(records) and summary.problems == []
        assert kept(fresh) == kept(desk)
        before = {p: p.read_bytes() for p in desk.rglob("*.yaml")}
        again = import_claimreview(desk, [feed], today=TODAY)
        assert again.count("present") == len(records) and again.added_claims == []
        assert {p: p.read_bytes() for p in desk.rglob("*.yaml")} == before
