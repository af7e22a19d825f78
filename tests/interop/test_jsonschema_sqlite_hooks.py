"""JSON Schemas checked by a real validator, the SQLite export queried, the pre-commit hook declared."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import yaml

from conftest import CLAIM, SAMPLE, make_repo
from factcheck.interop.jsonschema import schema_texts

CHECK = [sys.executable, "-m", "check_jsonschema"]


def test_the_committed_schemas_are_current() -> None:
    for name, text in schema_texts().items():
        assert (SAMPLE / "schemas" / name).read_text(encoding="utf-8") == text, (
            f"schemas/{name} is stale: run `factcheck export jsonschema`"
        )


def validate(schema: str, files: list[Path]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CHECK, "--schemafile", str(SAMPLE / "schemas" / schema), *map(str, files)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip


def test_check_jsonschema_accepts_the_sample() -> None:
    claims = sorted((SAMPLE / "claims").rglob("*.yaml"))
    sources = sorted((SAMPLE / "sources").rglob("*.yaml"))
    assert len(claims) == 23 and len(sources) == 5
    for schema, files in (
        ("claim.schema.json", claims),
        ("source.schema.json", sources),
        ("settings.schema.json", [SAMPLE / "factcheck.yaml"]),
    ):
        completed = validate(schema, files)
        assert completed.returncode == 0, completed.stdout + completed.stderr


def test_check_jsonschema_rejects_a_planted_bad_record(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: Bad Id\nstatement: S.\nstatus: maybe\nsorces: [x]\n")
    completed = validate("claim.schema.json", [bad])
    assert completed.returncode == 1
    for expected in ("'Bad Id' does not match", "'maybe' is not one of", "'sorces' was unexpected"):
        assert expected in completed.stdout, completed.stdout


def test_new_records_point_at_the_schemas(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    desk = tmp_path / "desk"
    run("init", str(desk))
    run("source", "add", "--root", str(desk), "--title", "T", "--publisher", "P", "--id", "p-t")
    run(
        "claim",
        "add",
        "--root",
        str(desk),
        "--statement",
        "S.",
        "--status",
        "unconfirmed",
        "--id",
        "s",
    )
    assert (
        (desk / "sources/p-t.yaml")
        .read_text()
        .startswith("# yaml-language-server: $schema=../schemas/source.schema.json\n")
    )
    assert (
        (desk / "claims/s.yaml")
        .read_text()
        .startswith("# yaml-language-server: $schema=../schemas/claim.schema.json\n")
    )


def test_sqlite_export_answers_the_desks_questions(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    database = tmp_path / "desk.db"
    code, out, _ = run("export", "sqlite", "--root", str(SAMPLE), str(database))
    assert code == 0 and out.startswith(f"wrote {database}: 23 claims, 5 sources, ")
    db = sqlite3.connect(database)
    assert dict(db.execute("SELECT status, count(*) FROM claims GROUP BY status")) == {
        "confirmed": 19, "unconfirmed": 2, "disputed": 2,
    }  # fmt: skip
    citing = db.execute(
        "SELECT claims.id, citations.stance FROM citations JOIN claims ON claims.id = citations.claim "
        "WHERE citations.source = ? ORDER BY claims.id",
        ("knews-us-lifts-air-sanctions-belarus",),
    ).fetchall()
    assert citing == [
        ("bellavia-airlines-sanctions-lifted", "mentions"),
        ("november-2025-releases", "supports"),
    ]
    hits = db.execute(
        "SELECT claims.id FROM claims_fts JOIN claims ON claims.rowid = claims_fts.rowid WHERE claims_fts MATCH 'Bellavia'"
    ).fetchall()
    assert hits == [("bellavia-airlines-sanctions-lifted",)]
    assert db.execute("SELECT count(*) FROM findings WHERE rule = 'name-variant'").fetchone() == (
        1,
    )
    foreign = {row[2] for row in db.execute("PRAGMA foreign_key_list(citations)")}
    assert foreign == {"claims", "sources"}


def test_pre_commit_hook_is_declared() -> None:
    [hook] = yaml.safe_load((SAMPLE / ".pre-commit-hooks.yaml").read_text())
    assert (hook["id"], hook["entry"], hook["language"], hook["pass_filenames"]) == (
        "factcheck-audit", "factcheck audit", "python", False,
    )  # fmt: skip


def test_the_export_counts_one_of_a_kind_in_the_singular(run, repo: Path) -> None:  # type: ignore[no-untyped-def]
    database = repo / "desk.db"
    code, out, _ = run("export", "sqlite", "--root", str(repo), str(database))
    assert code == 0
    assert out.startswith(f"wrote {database}: 1 claim, 2 sources, 2 citations, 1 article, ")


def test_the_sqlite_export_names_a_record_whose_id_is_taken_and_keeps_lists_as_json(
    run, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    twin = "claims/zeta/harbour-reopened-march.yaml"
    root = make_repo(
        tmp_path / "desk",
        {"claims/harbour/harbour-reopened-march.yaml": CLAIM + "tags: [ports, repairs]\n",
         twin: "id: harbour-reopened-march\nstatement: Ferries resumed.\nstatus: unconfirmed\n"},
    )  # fmt: skip
    database = tmp_path / "desk.db"
    code, out, err = run("export", "sqlite", "--root", str(root), str(database))
    assert code == 0 and out.startswith(f"wrote {database}: 1 claim, ") and "; skipped 1" in out
    assert err == (
        f"skipped {twin}: id 'harbour-reopened-march' is also the id of "
        "claims/harbour/harbour-reopened-march.yaml\n"
    )
    db = sqlite3.connect(database)
    assert db.execute("SELECT id, tags FROM claims").fetchall() == [
        ("harbour-reopened-march", '["ports", "repairs"]')
    ]


def test_the_sqlite_export_takes_its_file_as_the_other_exports_do(run, repo: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("export", "sqlite", "-o", str(repo / "a.db"), "--root", str(repo))
    assert (code, out.split(":")[0]) == (0, f"wrote {repo / 'a.db'}")
    assert (repo / "a.db").is_file()
    code, _, err = run("export", "sqlite", str(repo / "b.db"), "-o", str(repo / "c.db"),
                       "--root", str(repo))  # fmt: skip
    assert (code, err) == (
        2,
        f"factcheck: two databases named, {repo / 'b.db'} and --output {repo / 'c.db'}: give one\n",
    )
    code, _, err = run("export", "sqlite", "--root", str(repo))
    assert (code, err) == (
        2,
        "factcheck: name the database to write: factcheck export sqlite -o FILE.db\n",
    )
    assert sorted(p.name for p in repo.glob("*.db")) == ["a.db"]
