"""`factcheck audit` through the real command: formats, exit status, selection, escaping."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CLAIM, SAMPLE, make_repo


def test_json_on_the_sample_is_the_spec_document(run) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("audit", "--root", str(SAMPLE), "--format", "json")
    assert code == 0
    document = json.loads(out)
    assert list(document) == ["version", "root", "summary", "findings"]
    assert document["version"] == 1
    assert document["root"] == str(SAMPLE)
    summary = document["summary"]
    assert list(summary) == ["claims", "sources", "articles", "status", "findings", "suppressed"]
    assert (summary["claims"], summary["sources"], summary["articles"]) == (23, 5, 1)
    assert summary["status"] == {"confirmed": 19, "unconfirmed": 2, "disputed": 2}
    assert summary["findings"]["error"] == 0
    for finding in document["findings"]:
        assert list(finding) == [
            "rule",
            "severity",
            "message",
            "path",
            "line",
            "column",
            "record",
            "suggestion",
            "detail",
        ]
    keys = [(f["path"], f["line"] or 0, f["column"] or 0, f["rule"]) for f in document["findings"]]
    assert keys == sorted(keys)  # path, line, column, then rule
    bellavia = [
        f for f in document["findings"]
        if f["rule"] == "unsupported-statement" and f["record"] == "bellavia-airlines-sanctions-lifted"
    ]  # fmt: skip
    assert [(f["path"], f["line"], f["severity"]) for f in bellavia] == [
        ("claims/belarus-prisoner-release-2025/article.md", 17, "warning")
    ]


def test_exit_status_follows_fail_on(run) -> None:  # type: ignore[no-untyped-def]
    assert run("audit", "--root", str(SAMPLE), "--format", "json")[0] == 0
    assert run("audit", "--root", str(SAMPLE), "--format", "json", "--fail-on", "warning")[0] == 1


def test_an_error_exits_1_and_select_ignore_narrow_the_rules(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    make_repo(
        tmp_path,
        {"claims/harbour/harbour-reopened-march.yaml": CLAIM.replace("alpha-news-report", "nope")},
    )
    code, out, _ = run("audit", "--root", str(tmp_path), "--format", "json")
    assert code == 1
    rules = {f["rule"] for f in json.loads(out)["findings"]}
    assert rules == {"unknown-source", "single-source", "orphan-source"}
    code, out, _ = run(
        "audit", "--root", str(tmp_path), "--format", "json", "--select", "orphan-source"
    )
    assert (code, [f["rule"] for f in json.loads(out)["findings"]]) == (0, ["orphan-source"])
    code, out, _ = run("audit", "--root", str(tmp_path), "-f", "json", "--ignore", "unknown-source")
    assert code == 0


def test_settings_can_turn_a_rule_off_or_change_its_severity(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    make_repo(
        tmp_path,
        {
            "claims/harbour/harbour-reopened-march.yaml": CLAIM.replace(
                "alpha-news-report", "nope"
            ),
            "factcheck.yaml": "rules:\n  unknown-source: warning\n  orphan-source: off\n",
        },
    )
    code, out, _ = run("audit", "--root", str(tmp_path), "--format", "json")
    assert code == 0
    assert [(f["rule"], f["severity"]) for f in json.loads(out)["findings"]] == [
        ("single-source", "warning"),
        ("unknown-source", "warning"),
    ]


@pytest.mark.parametrize(
    "args",
    [
        ("audit", "--root", "/nonexistent/desk"),
        ("audit", "--format", "xml"),
        ("audit", "--select", "nope"),
    ],
)
def test_exit_2_when_the_command_cannot_run(
    run, args: tuple[str, ...], tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    assert run(*args)[0] == 2


def test_exit_2_and_a_clear_message_without_a_repository(run, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    code, _, err = run("audit")
    assert code == 2
    assert err.startswith("factcheck: no claims repository here")


def test_rich_output_exact_text(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    make_repo(
        tmp_path,
        {
            "claims/harbour/harbour-reopened-march.yaml": CLAIM.replace(
                "alpha-news-report", "alpha-news-reprt"
            )
        },
    )
    code, out, _ = run("audit", "--root", str(tmp_path))
    assert code == 1
    assert out == (
        "claims/harbour/harbour-reopened-march.yaml\n"
        "7:3 warning is confirmed by 1 independent publisher (Beta Daily); the desk asks\n"
        "            for 2: cite a supporting source from another publisher\n"
        "            single-source\n"
        "7:5 error   cites source 'alpha-news-reprt' which does not exist; did you mean\n"
        "            'alpha-news-report'?  unknown-source\n"
        "            → alpha-news-report\n"
        "\n"
        "sources/alpha-news-report.yaml\n"
        "1:5 info no claim cites this source  orphan-source\n"
        "\n"
        "1 claim (1 confirmed, 0 unconfirmed, 0 disputed), 2 sources, 1 article\n"
        "1 error, 1 warning, 1 info\n"
    )


def test_record_text_is_never_markup_or_control_codes(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    hostile = 'id: x\nstatement: "[bold red]boom[/] \\e[31mred\\a \\u202e"\nstatus: confirmd\nsources: ["[link=https://evil.example]y"]\n'
    make_repo(tmp_path, {"claims/harbour/x.yaml": hostile})
    for fmt in ("rich", "json", "github", "sarif"):
        code, out, _ = run("audit", "--root", str(tmp_path), "--format", fmt)
        assert code == 1
        assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out


def test_github_annotations_escape_data_and_properties(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    name = "claims/harbour/a,b:c.yaml"
    make_repo(
        tmp_path, {name: 'id: x\nstatement: "100%\\n::error::forged"\nstatus: 1%0A::error::x\n'}
    )
    _, out, _ = run("audit", "--root", str(tmp_path), "--format", "github", "--select", "schema")
    assert out == (  # `%0A` in a message would be read by the runner as a new line
        "::error file=claims/harbour/a%2Cb%3Ac.yaml,line=3,col=9,title=schema::"
        "unknown status '1%250A::error::x'; use one of confirmed, unconfirmed, disputed\n"
    )
    _, out, _ = run(
        "audit", "--root", str(tmp_path), "--format", "github", "--select", "id-mismatch"
    )
    assert out.count("\n") == 1


def test_sarif_is_one_log_with_relative_paths(run) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("audit", "--root", str(SAMPLE), "--format", "sarif")
    log = json.loads(out)
    assert (code, log["version"]) == (0, "2.1.0")
    run_ = log["runs"][0]
    assert run_["tool"]["driver"]["name"] == "factcheck"
    assert {r["ruleId"] for r in run_["results"]} >= {"unsupported-statement", "name-variant"}
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run_["results"]
    }
    assert all(not uri.startswith("/") for uri in uris)


BAD_STATUS = {"claims/harbour/a,b:c.yaml": 'id: x\nstatement: "S."\nstatus: maybe\n'}


def git_init(folder: Path) -> None:
    subprocess.run(["git", "init", "-q", str(folder)], check=True, capture_output=True)


def ci_paths(run, desk: Path) -> tuple[str, str, list[str]]:  # type: ignore[no-untyped-def]
    """The `file=` annotations, SARIF's ROOT and its uris of an audit of `desk`'s schema."""
    select = ("--root", str(desk), "--select", "schema")
    _, github, _ = run("audit", *select, "--format", "github")
    files = [line.split(",")[0] for line in github.splitlines()]
    sarif = json.loads(run("audit", *select, "--format", "sarif")[1])["runs"][0]
    uris = [
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in sarif["results"]
    ]
    return "\n".join(files), sarif["originalUriBaseIds"]["ROOT"]["uri"], uris


def test_github_and_sarif_paths_start_at_the_top_of_the_git_repository(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    top = tmp_path / "newsroom"
    desk = make_repo(top / "desk", BAD_STATUS)
    git_init(top)
    assert ci_paths(run, desk) == (
        "::error file=desk/claims/harbour/a%2Cb%3Ac.yaml",
        top.resolve().as_uri() + "/",
        ["desk/claims/harbour/a%2Cb%3Ac.yaml"],
    )
    # The other formats keep paths from the desk.
    document = json.loads(run("audit", "--root", str(desk), "--format", "json")[1])
    assert document["root"] == str(desk.resolve())
    assert [f["path"] for f in document["findings"] if f["rule"] == "schema"] == [
        "claims/harbour/a,b:c.yaml"
    ]
    _, rich, _ = run("audit", "--root", str(desk), "--select", "schema")
    assert rich.startswith("claims/harbour/a,b:c.yaml\n")


def test_a_linked_worktree_is_a_top_level_of_its_own(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    main, linked = tmp_path / "main", tmp_path / "linked"
    make_repo(main / "desk", BAD_STATUS)
    git_init(main)
    for args in (
        ("add", "."),
        ("-c", "user.name=t", "-c", "user.email=t@x", "commit", "-q", "-m", "desk"),
        ("worktree", "add", "-q", str(linked)),
    ):
        subprocess.run(["git", "-C", str(main), *args], check=True, capture_output=True)
    assert (linked / ".git").is_file()
    assert ci_paths(run, linked / "desk") == (
        "::error file=desk/claims/harbour/a%2Cb%3Ac.yaml",
        linked.resolve().as_uri() + "/",
        ["desk/claims/harbour/a%2Cb%3Ac.yaml"],
    )


def test_a_desk_at_the_top_of_its_repository_or_without_git_has_paths_from_itself(
    run, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    if any((folder / ".git").exists() for folder in tmp_path.resolve().parents):
        pytest.skip("the temporary folder is itself inside a git repository")
    with_git = make_repo(tmp_path / "top", BAD_STATUS)
    git_init(with_git)
    without = make_repo(tmp_path / "plain" / "desk", BAD_STATUS)
    (tmp_path / "plain" / ".git").mkdir()  # an empty folder, which git takes for no repository
    for desk in (with_git, without):
        assert ci_paths(run, desk) == (
            "::error file=claims/harbour/a%2Cb%3Ac.yaml",
            desk.resolve().as_uri() + "/",
            ["claims/harbour/a%2Cb%3Ac.yaml"],
        )


def test_version_and_module_entry_point(run) -> None:  # type: ignore[no-untyped-def]
    from factcheck import __version__

    assert run("--version") == (0, f"factcheck {__version__}\n", "")
    completed = subprocess.run(
        [sys.executable, "-m", "factcheck", "--version"], capture_output=True, text=True, check=True,
        env={**os.environ, "PYTHONPATH": str(SAMPLE / "src")},
    )  # fmt: skip
    assert completed.stdout == f"factcheck {__version__}\n"


def test_the_commands_load_the_engine_only_when_they_run() -> None:
    # `factcheck --version`, `--help` and completion stay quick: the audit engine, the
    # rules and the text analysis are imported by the command that needs them.
    probe = "import sys, factcheck.cli; print(sorted(m for m in sys.modules if m in WATCHED))"
    watched = [
        "factcheck.engine.audit",
        "factcheck.output.formats",
        "factcheck.text.analysis",
        "rich.console",
    ]
    completed = subprocess.run(
        [sys.executable, "-c", f"WATCHED = {watched!r}\n{probe}"], capture_output=True,
        text=True, check=True, env={**os.environ, "PYTHONPATH": str(SAMPLE / "src")},
    )  # fmt: skip
    assert completed.stdout == "[]\n"


def test_a_command_that_only_reads_never_loads_the_writers_lock() -> None:
    # Every command asks whether a change was cut short; only a writer takes the lock.
    probe = (
        "import sys; from pathlib import Path; from factcheck.engine.audit import audit\n"
        "from factcheck.cli.common import resolve\n"
        f"audit(resolve(Path({str(SAMPLE)!r})), use_cache=False)\n"
        "print('filelock' in sys.modules)"
    )
    completed = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True,
        env={**os.environ, "PYTHONPATH": str(SAMPLE / "src")},
    )  # fmt: skip
    assert completed.stdout == "False\n"


def test_a_github_annotation_is_one_line_whatever_the_message() -> None:
    from factcheck.desk.findings import Finding, Severity
    from factcheck.output.formats.github import annotation

    forged = Finding(
        "schema",
        Severity.ERROR,
        "unknown status 'x\r\n::error file=x::forged'",
        "claims/a.yaml",
        3,
        9,
    )
    line = annotation(forged)
    assert "\n" not in line and "\r" not in line
    assert line == (
        "::error file=claims/a.yaml,line=3,col=9,title=schema::"
        "unknown status 'x%0D%0A::error file=x::forged'"
    )


def test_select_reports_and_fails_on_the_selected_rules_only(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # An unknown rule under `rules` is a schema error of the settings: not orphan-source's.
    make_repo(tmp_path, {"factcheck.yaml": "rules:\n  no-such-rule: off\n"})
    code, out, _ = run("audit", "--root", str(tmp_path), "-f", "json")
    assert (code, [f["rule"] for f in json.loads(out)["findings"]]) == (1, ["schema"])
    code, out, _ = run("audit", "--root", str(tmp_path), "-f", "json", "--select", "orphan-source")
    assert (code, json.loads(out)["findings"]) == (0, [])
