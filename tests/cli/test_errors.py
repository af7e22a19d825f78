"""Every way a command stops, through the real command: its exit status and its one message.

The library raises the errors of `factcheck.errors`; `factcheck.cli.FactcheckGroup`
turns each into its status (2 usage, 1 refused) and `factcheck: …` on stderr. Each
case here states the whole of stderr, so a message that changes, or an error that
leaves with another status, fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import make_repo

USAGE, REFUSED = 2, 1

# The arguments, split at spaces; {root}: the desk, {tmp}: the test's folder, {file}: a plain
# file where a folder is asked.
CASES: list[tuple[str, int, str]] = [
    # no repository, or not there
    ("audit --root {tmp}/nowhere", USAGE, "--root {tmp}/nowhere: no such folder"),
    ("rules --root {tmp}/nowhere", USAGE, "--root {tmp}/nowhere: no such folder"),
    # an unknown rule id: the nearest one, or where they are listed
    (
        "audit --root {root} --select unknown-sorce",
        USAGE,
        "unknown rule 'unknown-sorce'; did you mean 'unknown-source'?",
    ),
    (
        "audit --root {root} --ignore schema,nope",
        USAGE,
        "unknown rule 'nope'; `factcheck rules` lists them",
    ),
    (
        "check {tmp}/draft.md --root {root} --select hedged-statment",
        USAGE,
        "unknown rule 'hedged-statment'; did you mean 'hedged-statement'?",
    ),
    ("check {tmp}/nope.md --root {root}", USAGE, "{tmp}/nope.md: no such file"),
    # bad option values: the nearest choice, else all of them
    (
        "claim list --status maybe --root {root}",
        USAGE,
        "unknown --status 'maybe'; use one of confirmed, unconfirmed, disputed",
    ),
    (
        "claim list --source alpha-news-report:refute --root {root}",
        USAGE,
        "unknown stance 'refute' in --source 'alpha-news-report:refute'; did you mean 'refutes'?",
    ),
    (
        "claim add --statement S --status confirmed --source alpha-news-report:refute --root {root}",
        USAGE,
        "unknown stance 'refute' in --source 'alpha-news-report:refute'; did you mean 'refutes'?",
    ),
    (
        "claim add --statement S --root {root}",
        USAGE,
        "--status is required; use one of confirmed, unconfirmed, disputed",
    ),
    (
        "cite harbour-reopened-march alpha-news-report --stance refute --root {root}",
        USAGE,
        "unknown --stance 'refute'; did you mean 'refutes'?",
    ),
    (
        "source add --title T --publisher P --reliability g --root {root}",
        USAGE,
        "unknown --reliability 'g'; use one of A, B, C, D, E, F",
    ),
    (
        "article add --title T --root {root}",
        USAGE,
        "--outlet is required (standard input is not a terminal, so nothing is asked)",
    ),
    (
        "claim add --from harbour-reopened:10:300 --status confirmed --root {root}",
        USAGE,
        "column 300 is past the end of line 10 of claims/harbour/article.md (88 characters)",
    ),
    (
        "claim add --from harbour-reopened:10 --article harbour --status confirmed --root {root}",
        USAGE,
        "--article 'harbour' is not the article of --from 'harbour-reopened:10', "
        "'harbour-reopened': leave --article out",
    ),
    (
        "source add --title T --publisher P --published 26-11-30 --root {root}",
        USAGE,
        "--published '26-11-30': write a date as YYYY-MM-DD, e.g. 2025-12-13",
    ),
    (
        "report --root {root} --output {tmp}/report.txt",
        USAGE,
        "--output {tmp}/report.txt: name an .html or .md file",
    ),
    # an id that names no record: nothing to act on, whether the command reads or writes
    (
        "claim show harbour-reopend --root {root}",
        USAGE,
        "no claim has the id 'harbour-reopend'; did you mean 'harbour-reopened-march'?",
    ),
    (
        "source show alpha-news --root {root}",
        USAGE,
        "no source has the id 'alpha-news'; did you mean 'alpha-news-report'?",
    ),
    (
        "report --root {root} --article harbour-reopend",
        USAGE,
        "no article has the id 'harbour-reopend'; did you mean 'harbour-reopened'?",
    ),
    (
        "claim edit nothing-like-it-at-all --root {root}",
        USAGE,
        "no claim has the id 'nothing-like-it-at-all'",
    ),
    (
        "claim remove harbour-reopend --root {root}",
        USAGE,
        "no claim has the id 'harbour-reopend'; did you mean 'harbour-reopened-march'?",
    ),
    (
        "cite harbour-reopend alpha-news-report --root {root}",
        USAGE,
        "no claim has the id 'harbour-reopend'; did you mean 'harbour-reopened-march'?",
    ),
    (
        "source rename alpha-news alpha-story --root {root}",
        USAGE,
        "no source has the id 'alpha-news'; did you mean 'alpha-news-report'?",
    ),
    # refused: the record would not pass the audit, or the file cannot be written
    (
        "claim set-status harbour-reopened-march disputed --reviewer Kim --rationale Retracted. --root {root}",
        REFUSED,
        "refused: claims/harbour/harbour-reopened-march.yaml:3:9: is disputed but no citation "
        "refutes it: cite the evidence against it with stance 'refutes', or change the status",
    ),
    (
        "article add --id harbour-reopened --title T --outlet O --root {root}",
        REFUSED,
        "refused: article id 'harbour-reopened' is already used by claims/harbour/article.md",
    ),
    (
        "source rename alpha-news-report beta-daily-story --root {root}",
        REFUSED,
        "refused: source id 'beta-daily-story' is already used",
    ),
    ("init {file}", REFUSED, "cannot create {file}: File exists"),
    (
        "report --root {root} --output {file}/report.md",
        REFUSED,
        "cannot write {file}/report.md: File exists",
    ),
    (
        "export sqlite {file}/desk.db --root {root}",
        REFUSED,
        "cannot write {file}/desk.db: Not a directory",
    ),
    (
        "export jsonschema --output {file} --root {root}",
        REFUSED,
        "cannot write {file}/claim.schema.json: File exists",
    ),
]


@pytest.mark.parametrize(("args", "status", "message"), CASES, ids=[c[0] for c in CASES])
def test_a_command_that_stops_says_why_once_with_its_status(
    run, tmp_path: Path, args: str, status: int, message: str
) -> None:  # type: ignore[no-untyped-def]
    root = make_repo(tmp_path / "desk")
    (tmp_path / "draft.md").write_text("The harbour reopened.\n", encoding="utf-8")
    (tmp_path / "file").write_text("not a folder\n", encoding="utf-8")
    where = {"root": str(root), "tmp": str(tmp_path), "file": str(tmp_path / "file")}
    before = records(root)
    code, out, err = run(*args.format(**where).split())
    assert (code, err) == (status, f"factcheck: {message.format(**where)}\n")
    assert out == ""
    assert records(root) == before  # nothing written


def records(root: Path) -> dict[Path, bytes]:
    """Every file of the desk but factcheck's own (the write lock, the cache)."""
    own = root / ".factcheck"
    return {p: p.read_bytes() for p in root.rglob("*") if p.is_file() and own not in p.parents}


def test_without_a_repository_the_message_says_how_to_get_one(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    assert run("audit") == (
        2,
        "",
        "factcheck: no claims repository here: run inside a folder (or below one) that holds "
        "factcheck.yaml or claims/, pass --root DIR, or create one with `factcheck init`\n",
    )


def test_rules_outside_a_desk_lists_the_default_severities(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    # No repository is no mistake for `rules` (it shows the defaults); a --root that is
    # no folder is.
    monkeypatch.chdir(tmp_path)
    code, out, err = run("rules")
    assert (code, err) == (0, "") and "unknown-source" in out


def test_the_library_raises_and_never_exits_or_prints(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from factcheck.edit.lifecycle import remove_claim
    from factcheck.engine.audit import audit, parse_rule_list
    from factcheck.errors import EXIT_USAGE, Usage

    root = make_repo(tmp_path / "desk")
    for call in (
        lambda: audit(tmp_path / "nowhere"),
        lambda: parse_rule_list("nope"),
        lambda: remove_claim(root, "nope"),
    ):
        with pytest.raises(Usage) as raised:
            call()
        assert raised.value.exit_status == EXIT_USAGE
    assert capsys.readouterr() == ("", "")


@pytest.mark.parametrize(
    ("editor", "message"),
    [
        ("false", "the editor exited with status 1; nothing was written (draft: {draft})"),
        (
            "{tmp}/no-such-editor",
            "cannot start the editor '{tmp}/no-such-editor': No such file or directory; "
            "set $EDITOR",
        ),
    ],
)
def test_an_editor_that_fails_stops_the_edit_with_status_2(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, editor: str, message: str
) -> None:  # type: ignore[no-untyped-def]
    root = make_repo(tmp_path / "desk")
    draft = root / ".factcheck/edit/harbour-reopened-march.yaml"
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", editor.format(tmp=tmp_path))
    before = records(root)
    code, _, err = run("claim", "edit", "harbour-reopened-march", "--root", str(root))
    assert (code, err) == (2, f"factcheck: {message.format(tmp=tmp_path, draft=draft)}\n")
    assert records(root) == before


def test_a_change_cut_short_that_cannot_be_finished_stops_every_command_with_status_2(
    run, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    import json

    root = make_repo(tmp_path / "desk")
    claim = "claims/harbour/harbour-reopened-march.yaml"
    step = {"path": f"{claim}/inside.yaml", "text": "id: x\n"}  # a file where a folder must be
    journal = root / ".factcheck" / "journal.json"
    journal.parent.mkdir()
    journal.write_text(json.dumps({"description": "rename", "steps": [step]}))
    code, out, err = run("audit", "--root", str(root))
    assert (code, out, err) == (2, "", f"factcheck: cannot create {root / claim}: File exists\n")
    assert journal.exists()  # kept, for the next command once the desk is mended
