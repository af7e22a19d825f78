"""Removing and renaming records through the real commands; a crash mid-change; diff on git."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CLAIM, SOURCE_BETA, audit_findings, make_repo

CLAIM_PATH = "claims/harbour/harbour-reopened-march.yaml"


def errors(root: Path) -> list[str]:
    return [f.rule for f in audit_findings(root) if f.severity.value == "error"]


def test_claim_remove_and_rename(run, repo: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(
        "claim", "rename", "harbour-reopened-march", "port-vell-reopened", "--root", str(repo)
    )
    assert (code, out) == (
        0,
        "wrote claims/harbour/port-vell-reopened.yaml (port-vell-reopened): renamed from "
        "harbour-reopened-march\n",
    )
    assert not (repo / CLAIM_PATH).exists()
    assert (
        (repo / "claims/harbour/port-vell-reopened.yaml")
        .read_text()
        .startswith("id: port-vell-reopened\n")
    )
    code, _, err = run("claim", "rename", "port-vell-reopened", "Bad Id", "--root", str(repo))
    assert code == 1 and "Bad Id" in err
    code, out, _ = run("claim", "remove", "port-vell-reopened", "--root", str(repo))
    assert (code, out) == (
        0,
        "wrote claims/harbour/port-vell-reopened.yaml (port-vell-reopened): removed\n",
    )
    assert not (repo / "claims/harbour/port-vell-reopened.yaml").exists()
    code, _, err = run("claim", "remove", "port-vell-reopend", "--root", str(repo))
    assert (code, err) == (2, "factcheck: no claim has the id 'port-vell-reopend'\n")


def test_source_remove_refuses_a_cited_source_unless_uncite(run, repo: Path) -> None:  # type: ignore[no-untyped-def]
    before = {p: p.read_bytes() for p in repo.rglob("*.yaml")}
    code, _, err = run("source", "remove", "beta-daily-story", "--root", str(repo))
    assert code == 1
    assert "source 'beta-daily-story' is cited by 'harbour-reopened-march'" in err
    assert {p: p.read_bytes() for p in repo.rglob("*.yaml")} == before
    # uncited, the claim would be confirmed by one publisher only: allowed (a warning)
    code, out, err = run("source", "remove", "beta-daily-story", "--uncite", "--root", str(repo))
    assert code == 0 and "removed" in out
    assert "uncited from claim 'harbour-reopened-march'" in err
    assert not (repo / "sources/beta-daily-story.yaml").exists()
    assert "beta-daily-story" not in (repo / CLAIM_PATH).read_text()
    assert errors(repo) == []
    # the last supporting source cannot go: the claim would be confirmed without support
    code, _, err = run("source", "remove", "alpha-news-report", "--uncite", "--root", str(repo))
    assert code == 1 and "confirmed" in err
    assert (repo / "sources/alpha-news-report.yaml").exists()


def test_source_rename_changes_every_citation_and_origin(run, repo: Path) -> None:  # type: ignore[no-untyped-def]
    (repo / "sources/gamma.yaml").write_text(
        "id: gamma\ntitle: G\npublisher: Gamma\nurl: https://g.example/\norigin: beta-daily-story\n"
    )
    code, out, _ = run("source", "rename", "beta-daily-story", "beta-story", "--root", str(repo))
    assert code == 0 and out.startswith("wrote sources/beta-story.yaml (beta-story): renamed")
    claim = (repo / CLAIM_PATH).read_text()
    assert "  - source: beta-story\n    stance: supports\n" in claim and "beta-daily" not in claim
    assert "origin: beta-story\n" in (repo / "sources/gamma.yaml").read_text()
    assert errors(repo) == []


def test_article_rename_moves_its_folder_and_every_claim_follows(run, repo: Path) -> None:  # type: ignore[no-untyped-def]
    (repo / "claims/harbour").rename(repo / "claims/harbour-reopened")
    code, out, _ = run("article", "rename", "harbour-reopened", "port-vell", "--root", str(repo))
    assert code == 0, out
    assert out == "wrote claims/port-vell/article.md (port-vell): renamed from harbour-reopened\n"
    assert not (repo / "claims/harbour-reopened").exists()
    assert "\nid: port-vell\n" in (repo / "claims/port-vell/article.md").read_text()
    assert (
        "article: port-vell\n"
        in (repo / "claims/port-vell/harbour-reopened-march.yaml").read_text()
    )
    assert errors(repo) == []


def test_a_rename_killed_between_two_files_is_finished_by_the_next_command(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "desk")
    env = {**os.environ, "FACTCHECK_CRASH_AFTER": "1", "XDG_CACHE_HOME": str(tmp_path / "cache")}
    killed = subprocess.run(
        [sys.executable, "-m", "factcheck", "source", "rename", "beta-daily-story", "beta-story",
         "--root", str(repo)],
        env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert killed.returncode == 137
    # between two files: the new source is written, the old one and the claim are not yet
    assert (repo / "sources/beta-story.yaml").exists() and (
        repo / "sources/beta-daily-story.yaml"
    ).exists()
    assert "beta-daily-story" in (repo / CLAIM_PATH).read_text()
    assert json.loads((repo / ".factcheck/journal.json").read_text())["description"] == (
        "rename source beta-daily-story to beta-story"
    )
    env.pop("FACTCHECK_CRASH_AFTER")
    audited = subprocess.run(
        [sys.executable, "-m", "factcheck", "audit", "--root", str(repo), "--format", "json"],
        env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert "finished a change that was interrupted" in audited.stderr
    assert audited.returncode == 0
    assert not (repo / "sources/beta-daily-story.yaml").exists()
    assert "beta-story" in (repo / CLAIM_PATH).read_text()
    assert not (repo / ".factcheck/journal.json").exists()
    assert errors(repo) == []


def test_source_edit_reopens_with_the_reasons_until_it_passes(run, repo: Path, editor) -> None:  # type: ignore[no-untyped-def]
    editor(
        "p = pathlib.Path(sys.argv[1]); text = p.read_text()\n"
        "if '# factcheck:' in text:\n"
        "    p.write_text(text.replace('kind: newspaper', 'kind: other'))\n"
        "else:\n"
        "    p.write_text(text.replace('kind: news', 'kind: newspaper'))\n"
    )
    code, out, _ = run("source", "edit", "beta-daily-story", "--root", str(repo))
    assert (code, out) == (0, "wrote sources/beta-daily-story.yaml (beta-daily-story): edited\n")
    assert (repo / "sources/beta-daily-story.yaml").read_text() == SOURCE_BETA.replace(
        "kind: news", "kind: other"
    )


def test_a_refused_edit_saved_unchanged_is_kept_and_named_last(run, repo: Path, editor) -> None:  # type: ignore[no-untyped-def]
    editor(
        "p = pathlib.Path(sys.argv[1])\n"
        "p.write_text(p.read_text().replace('status: confirmed', 'status: confirmd'))\n"
    )
    code, _, err = run("claim", "edit", "harbour-reopened-march", "--root", str(repo))
    assert code == 1
    lines = err.strip().splitlines()
    assert "unknown status 'confirmd'" in lines[0]  # why first, then where the text is
    assert lines[-1].startswith(f"factcheck: {CLAIM_PATH} was not changed; your text is kept in ")
    assert (repo / CLAIM_PATH).read_text() == CLAIM


def test_errors_speak_with_one_voice(run, repo: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run("claim", "set-status", "harbour-reopened-march", "confirmd",
                       "--reviewer", "Kim", "--rationale", "Read again.", "--root", str(repo))  # fmt: skip
    assert (code, err) == (2, "factcheck: unknown STATUS 'confirmd'; did you mean 'confirmed'?\n")
    code, _, err = run("source", "add", "--title", "T", "--publisher", "P", "--published",
                       "2026-11-31", "--root", str(repo))  # fmt: skip
    assert (code, err) == (2, "factcheck: --published '2026-11-31': November 2026 has 30 days\n")
    code, _, err = run("source", "add", "--title", "T", "--publisher", "P", "--kind", "newspaper",
                       "--root", str(repo))  # fmt: skip
    assert (code, err) == (2, "factcheck: unknown --kind 'newspaper'; did you mean 'news'?\n")
    code, out, _ = run("claim", "-h")
    assert code == 0 and "remove" in out and "rename" in out


def git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True,
                   env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@x",
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@x"})  # fmt: skip


def test_diff_shows_what_a_branch_changed(run, repo: Path) -> None:  # type: ignore[no-untyped-def]
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "desk")
    git(repo, "checkout", "-q", "-b", "edit")
    cite = ["cite", "harbour-reopened-march", "beta-daily-story", "--stance", "refutes"]
    run(*cite, "--root", str(repo))
    run("claim", "set-status", "harbour-reopened-march", "disputed", "--rationale", "Beta retracted.",
        "--reviewer", "Desk", "--root", str(repo))  # fmt: skip
    run("claim", "add", "--statement", "Ferries to Port Vell resumed.", "--status", "unconfirmed",
        "--root", str(repo))  # fmt: skip
    code, out, _ = run("diff", "--root", str(repo), "--format", "json")
    assert code == 0
    change = json.loads(out)
    assert [c["id"] for c in change["claims_added"]] == ["ferries-port-vell-resumed"]
    assert change["status_changes"] == [
        {"claim": "harbour-reopened-march", "before": "confirmed", "after": "disputed"}
    ]
    assert change["citations_added"] == [
        {"claim": "harbour-reopened-march", "source": "beta-daily-story", "stance": "refutes"}
    ]
    assert change["citations_removed"] == [
        {"claim": "harbour-reopened-march", "source": "beta-daily-story", "stance": "supports"}
    ]
    assert change["rationale_changed"] == ["harbour-reopened-march"]
    assert {f["rule"] for f in change["new_findings"]} >= {"disputed-statement"}
    code, out, _ = run("diff", "main", "--root", str(repo), "--format", "markdown")
    assert out.startswith("### factcheck: changes since `") and "**Status changes**" in out
    assert "- `harbour-reopened-march`: confirmed → disputed\n" in out  # an id as code
    assert (
        "- \\+ `ferries-port-vell-resumed` (unconfirmed): Ferries to Port Vell resumed\\.\n" in out
    )


def test_diff_reads_a_desk_in_a_folder_of_the_repository_and_one_younger_than_the_base(
    run, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    top = tmp_path / "newsroom"
    desk = make_repo(top / "desk")
    git(top, "init", "-q", "-b", "main")
    git(top, "commit", "-q", "--allow-empty", "-m", "before the desk")
    git(top, "add", ".")
    git(top, "commit", "-q", "-m", "the desk")
    code, out, err = run("diff", "HEAD", "--root", str(desk), "--format", "json")
    assert (code, err) == (0, "")
    assert json.loads(out)["claims_added"] == []  # the desk as it stands, unchanged
    code, out, err = run("diff", "HEAD~1", "--root", str(desk), "--format", "json")
    assert (code, err) == (0, "")
    added = [c["id"] for c in json.loads(out)["claims_added"]]
    assert "harbour-reopened-march" in added  # a desk absent at the base: all of it added


def test_diff_shows_every_field_before_and_after_and_a_rename_as_a_rename(run, repo: Path) -> None:  # type: ignore[no-untyped-def]
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "desk")
    claim = repo / CLAIM_PATH
    claim.write_text(
        CLAIM.replace("4 million euros", "5 million euros")
        .replace("excerpt: The port reopened on Monday.", "excerpt: The port opened on Monday.")
        .replace("reviewed_by: Desk", "reviewed_by: Night desk"),
        encoding="utf-8",
    )
    source = repo / "sources/beta-daily-story.yaml"
    source.write_text(SOURCE_BETA.replace("kind: news", "kind: ngo"), encoding="utf-8")
    code, _, err = run("source", "rename", "alpha-news-report", "alpha-report", "--root", str(repo))
    assert code == 0, err
    code, out, _ = run("diff", "main", "--root", str(repo), "--format", "json")
    assert code == 0
    change = json.loads(out)
    assert change["renamed"] == [
        {"record": "source", "before": "alpha-news-report", "after": "alpha-report"}
    ]
    assert change["sources_added"] == change["sources_removed"] == []
    assert change["citations_added"] == change["citations_removed"] == []  # the same, renamed
    claim_id, statement = "harbour-reopened-march", CLAIM.splitlines()[1][len("statement: ") :]
    assert change["field_changes"] == [
        {"record": "claim", "id": claim_id, "field": "statement", "before": statement,
         "after": statement.replace("4 million", "5 million")},
        {"record": "claim", "id": claim_id, "field": "reviewed_by", "before": "Desk",
         "after": "Night desk"},
        {"record": "claim", "id": claim_id, "field": "citation beta-daily-story: excerpt",
         "before": "The port reopened on Monday.", "after": "The port opened on Monday."},
        {"record": "source", "id": "beta-daily-story", "field": "kind", "before": "news",
         "after": "ngo"},
    ]  # fmt: skip
    code, out, _ = run("diff", "main", "--root", str(repo))
    assert "source alpha-news-report → alpha-report" in out
    assert "claim harbour-reopened-march, reviewed_by: Desk → Night desk" in out


@pytest.mark.parametrize(
    "command", [["source", "rename", "beta-daily-story", "beta-story"],
                ["source", "remove", "beta-daily-story", "--uncite"]]
)  # fmt: skip
def test_a_source_change_refuses_while_a_file_naming_it_cannot_be_read(
    run, repo: Path, command: list[str]
) -> None:  # type: ignore[no-untyped-def]
    broken = repo / "claims/harbour/broken.yaml"
    broken.write_text("id: broken\nsources: [beta-daily-story\nstatus: confirmed\n")
    before = {p: p.read_bytes() for p in repo.rglob("*.yaml")}
    code, _, err = run(*command, "--root", str(repo))
    assert code == 1
    assert (
        "claims/harbour/broken.yaml cannot be read and names source 'beta-daily-story': fix "
        "its YAML first" in err
    )
    assert {p: p.read_bytes() for p in repo.rglob("*.yaml")} == before  # nothing written
    broken.write_text("id: broken\nstatus: [confirmed\n")  # broken, but naming it nowhere
    code, _, err = run(*command, "--root", str(repo))
    assert code == 0, err


def test_a_quote_not_in_the_article_is_the_audits_warning_at_write_time(run, repo: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(
        "claim", "add", "--statement", "Ferries to Port Vell resumed.", "--status", "unconfirmed",
        "--article", "harbour-reopened", "--quote", "Ferries resumed on Monday", "--root", str(repo),
    )  # fmt: skip
    assert code == 0
    assert "(quote-not-found)" in err and "warning: " in err


def test_shell_completion_and_short_help(run) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("-h")
    assert code == 0 and "--install-completion" in out and "--show-completion" in out
    assert "..." not in out.split("Commands:")[1]  # no description cut short


def test_source_remove_refuses_a_source_another_names_as_origin_unless_uncite(
    run, repo: Path
) -> None:  # type: ignore[no-untyped-def]
    (repo / "sources/gamma.yaml").write_text(
        "id: gamma\ntitle: G\npublisher: Gamma\nurl: https://g.example/\n"
    )
    (repo / "sources/delta.yaml").write_text(
        "id: delta\ntitle: D\npublisher: Delta\nurl: https://d.example/\norigin: gamma\n"
    )
    before = {p: p.read_bytes() for p in repo.rglob("*.yaml")}
    code, _, err = run("source", "remove", "gamma", "--root", str(repo))
    assert (code, err) == (
        1,
        "factcheck: refused: source 'gamma' is cited by no claim; sources 'delta' name it as "
        "origin; remove it with --uncite to take those references out too\n",
    )
    assert {p: p.read_bytes() for p in repo.rglob("*.yaml")} == before
    assert run("source", "remove", "gamma", "--uncite", "--root", str(repo))[0] == 0
    assert "origin" not in (repo / "sources/delta.yaml").read_text()


def test_uncite_of_a_claims_only_source_leaves_no_empty_list(run, repo: Path) -> None:  # type: ignore[no-untyped-def]
    (repo / "claims/harbour/ferries.yaml").write_text(
        "id: ferries\nstatement: Ferries resumed.\nstatus: unconfirmed\n"
        "sources:\n  - beta-daily-story\nrationale: One report.\n"
    )
    code, _, _ = run("source", "remove", "beta-daily-story", "--uncite", "--root", str(repo))
    assert code == 0
    assert (repo / "claims/harbour/ferries.yaml").read_text() == (
        "id: ferries\nstatement: Ferries resumed.\nstatus: unconfirmed\nrationale: One report.\n"
    )
