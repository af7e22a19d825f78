"""schema: missing and mistyped fields, bad status, id, date and URL."""

from __future__ import annotations

from pathlib import Path

from conftest import audit_findings, make_repo

CLAIM_PATH = "claims/harbour/harbour-reopened-march.yaml"


def messages(root: Path) -> list[tuple[int | None, str]]:
    return [(f.line, f.message) for f in audit_findings(root, "schema")]


def test_fires_on_each_kind_of_bad_value(tmp_path: Path) -> None:
    make_repo(
        tmp_path,
        {
            "sources/bad-source.yaml": (
                "id: Bad Source\ntitle: [not, text]\npublisher: P\nurl: ftp://x.example/\n"
                "published: 2026-02-30\naccessed: 13/01/2025\nkind: blog\n"
            )
        },
    )
    assert messages(tmp_path) == [
        (
            1,
            "field 'id' is not a valid id ('Bad Source'): use lower-case ASCII letters, digits and single hyphens, e.g. 'bad-source'",
        ),
        (2, "field 'title' must be text, but it is a list"),
        (
            4,
            "field 'url' is not an http(s) URL ('ftp://x.example/'); write a full address starting with https://",
        ),
        (
            5,
            "field 'published' '2026-02-30': February 2026 has 28 days",
        ),
        (
            6,
            "field 'accessed' is not a date ('13/01/2025'); write it as YYYY-MM-DD, e.g. 2025-12-13",
        ),
        (
            7,
            "unknown kind 'blog'; use one of news, ngo, igo, government, court, academic, primary, social, other",
        ),
    ]


def test_fires_on_missing_fields_and_yaml11_booleans(tmp_path: Path) -> None:
    make_repo(tmp_path, {CLAIM_PATH: "id: harbour-reopened-march\nstatus: no\n"})
    assert messages(tmp_path) == [
        (1, "required field 'statement' is missing in this claim"),
        (
            2,
            "unknown status 'no' (it is read as the text, not as a YAML 1.1 boolean); use one of confirmed, unconfirmed, disputed",
        ),
    ]


def test_fires_on_a_list_or_empty_file(tmp_path: Path) -> None:
    make_repo(tmp_path, {"sources/a-list.yaml": "- id: x\n", "sources/empty.yaml": "  \n"})
    assert messages(tmp_path) == [
        (1, "a source record must be a mapping of fields (`id: …`), but the file holds a list"),
        (1, "the file is empty: a source record is a mapping of fields such as `id: …`"),
    ]


def test_fires_on_a_bad_citation_stance(tmp_path: Path) -> None:
    make_repo(
        tmp_path,
        {
            CLAIM_PATH: (
                "id: harbour-reopened-march\nstatement: The harbour reopened.\nstatus: confirmed\n"
                "sources:\n  - source: alpha-news-report\n    stance: confirms\n  - beta-daily-story\n"
            )
        },
    )
    assert messages(tmp_path) == [
        (6, "unknown stance 'confirms'; use one of supports, refutes, mentions"),
    ]


def test_text_fields_keep_what_was_written(tmp_path: Path) -> None:
    make_repo(
        tmp_path,
        {
            "sources/0123.yaml": "id: 0123\ntitle: 2025-12-13\npublisher: no\nurl: https://x.example/\n"
        },
    )
    assert messages(tmp_path) == []
    from factcheck.load.repository import load_repository

    source = load_repository(tmp_path).sources_by_id["0123"]
    assert (source.title, source.publisher) == ("2025-12-13", "no")


def test_quiet_on_a_valid_repository(repo: Path) -> None:
    assert audit_findings(repo, "schema") == []
