"""Many editors at once, and an editor at a real terminal."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pexpect

from conftest import SAMPLE, audit_findings, make_repo, write_files

ENV = {**os.environ, "PYTHONPATH": str(SAMPLE / "src"), "NO_COLOR": "1", "COLUMNS": "200"}


def interrupt(child: pexpect.spawn) -> None:
    """Press Ctrl-C and check the command leaves saying nothing was written."""
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    assert "interrupted; nothing was written" in child.before


def written(child: pexpect.spawn, repo: Path, path: str) -> str:
    """Wait for the command to say it wrote `path` and end with status 0; the file's text."""
    child.expect_exact(f"wrote {path}")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    return (repo / path).read_text()


def terminal(repo: Path, *command: str) -> pexpect.spawn:
    """`factcheck claim add` (or `command`, and its arguments) at a real terminal, where
    Ctrl-C interrupts.

    SIGINT is set back to its default in the child: a test run started in the
    background (`cmd &` in a script, as CI runners may) ignores SIGINT, every process
    it starts inherits that, and Python then never turns Ctrl-C into KeyboardInterrupt.
    """
    return pexpect.spawn(
        sys.executable, ["-m", "factcheck", *(command or ("claim", "add")), "--root", str(repo)],
        env=ENV, encoding="utf-8", timeout=20, dimensions=(40, 200),
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )  # fmt: skip


def test_fifty_claim_adds_started_together_leave_fifty_valid_records(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    command = [sys.executable, "-m", "factcheck", "claim", "add", "--root", str(repo),
               "--statement", "Ferries to Port Vell resumed the same week.", "--status", "unconfirmed",
               "--article", "harbour-reopened"]  # fmt: skip
    # Fifty writers queue for one lock: give the last one time to get it on a busy machine
    # (what is tested is that none is lost or half-written, not how fast they go).
    patient = {**ENV, "FACTCHECK_LOCK_TIMEOUT": "300"}
    processes = [
        subprocess.Popen(
            command, env=patient, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(50)
    ]
    results = [process.communicate() for process in processes]
    assert [p.returncode for p in processes] == [0] * 50, results[0]
    written = sorted(p.name for p in (repo / "claims" / "harbour").glob("ferries-*.yaml"))
    assert len(written) == 50
    assert written[0] == "ferries-port-vell-resumed-week-10.yaml"
    assert not [f for f in audit_findings(repo) if f.severity.value == "error"]
    assert not list((repo / "claims").rglob(".*.tmp"))


def test_claim_add_in_a_terminal_asks_for_what_is_missing(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    child = terminal(repo)
    child.expect_exact("Statement (one checkable sentence):")
    child.sendline("Ferries to Port Vell resumed on 5 March 2025.")
    child.expect_exact("Status (confirmed, unconfirmed, disputed):")
    child.sendline("confirmd")
    child.expect_exact("unknown status 'confirmd'; did you mean 'confirmed'?")
    child.sendline("confirmed")
    child.expect_exact("Article id (Tab completes) (optional):")
    child.send("harbour-reop\t")  # Tab completes at the first prompt too
    child.sendline("")
    child.expect_exact("Quote (the article's exact words) (optional):")
    interrupt(child)  # Ctrl-C: exit 130, nothing written
    child.close()
    assert child.exitstatus == 130
    assert sorted(p.name for p in (repo / "claims/harbour").iterdir()) == [
        "article.md", "harbour-reopened-march.yaml",
    ]  # fmt: skip
    child = terminal(repo)
    child.expect_exact("Statement (one checkable sentence):")
    child.sendline("Ferries to Port Vell resumed on 5 March 2025.")
    child.expect_exact("Status (confirmed, unconfirmed, disputed):")
    child.sendline("confirmed")
    child.expect_exact("Article id (Tab completes) (optional):")
    child.sendline("harbour-reopend")
    child.expect_exact("no article has the id 'harbour-reopend'; did you mean 'harbour-reopened'?")
    child.expect_exact("Article id (Tab completes) [harbour-reopened]:")
    child.sendline("")
    child.expect_exact("Quote (the article's exact words) (optional):")
    child.sendline("")
    child.expect_exact("Source id[:stance] (Tab completes; empty line to finish):")
    child.send("alpha-n\t")  # completes to alpha-news-report
    child.sendline("")
    child.expect_exact("Source id[:stance] (Tab completes; empty line to finish):")
    child.sendline("beta-daily-story:supports")
    child.expect_exact("Source id[:stance] (Tab completes; empty line to finish):")
    child.sendline("")
    child.expect_exact("Rationale (optional):")
    child.sendline("Both ferry operators announced it.")
    child.expect_exact("Reviewed by (optional):")  # the prompts ask what the flags take
    child.sendline("Desk")
    child.expect_exact("Tags, comma-separated (optional):")
    child.sendline("ferries, works")
    child.expect_exact("Id (default: from the statement) (optional):")
    child.sendline("")
    text = written(child, repo, "claims/harbour/ferries-port-vell-resumed-5-march.yaml")
    assert "reviewed_by: Desk\n" in text and "tags: [ferries, works]\n" in text
    assert "sources:\n  - alpha-news-report\n  - beta-daily-story\n" in text
    assert "article: harbour-reopened\n" in text


def test_set_status_in_a_terminal_asks_who_and_why_and_tab_completes_no_file_names(
    tmp_path: Path,
) -> None:
    repo = make_repo(tmp_path)
    (repo / "Kitchen-notes.txt").write_text("a file Tab would complete by default\n")
    child = pexpect.spawn(
        sys.executable, ["-m", "factcheck", "claim", "set-status", "harbour-reopened-march",
                         "unconfirmed", "--root", str(repo)],
        cwd=str(repo), env=ENV, encoding="utf-8", timeout=20, dimensions=(40, 200),
    )  # fmt: skip
    child.expect_exact("Reviewed by:")
    child.send("Ki\t")  # free text: Tab completes nothing, not `Kitchen-notes.txt`
    child.sendline("m")
    child.expect_exact("Rationale (why unconfirmed):")
    child.sendline("Beta withdrew its story.")
    child.expect_exact("status set to unconfirmed")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    text = (repo / "claims/harbour/harbour-reopened-march.yaml").read_text()
    assert "reviewed_by: Kim\n" in text
    assert "rationale: Beta withdrew its story.\n" in text


def test_article_add_in_a_terminal_asks_for_what_the_flags_take(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    child = terminal(repo, "article", "add")
    child.expect_exact("Title:")
    child.sendline("Ferries resume at Port Vell")
    child.expect_exact("Outlet:")
    child.sendline("Coast Courier")
    child.expect_exact("Published (YYYY-MM-DD, optional):")
    child.sendline("2025-02-30")
    child.expect_exact("the date '2025-02-30': February 2025 has 28 days")
    child.expect_exact("Published (YYYY-MM-DD, optional):")
    child.sendline("2025-03-06")
    child.expect_exact("Id (default: from the title) (optional):")
    child.sendline("")
    assert written(child, repo, "claims/ferries-resume-port-vell/article.md") == (
        "---\nid: ferries-resume-port-vell\ntitle: Ferries resume at Port Vell\n"
        "outlet: Coast Courier\npublished: 2025-03-06\n---\n\n"
    )


def test_claim_add_from_a_place_offers_the_sentence_as_the_statement(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    write_files(repo, {"claims/harbour/article.md": (repo / "claims/harbour/article.md").read_text()
                       + "\nFerries to Port Vell resumed on 5 March 2025.\n"})  # fmt: skip
    child = terminal(
        repo, "claim", "add", "--from", "harbour-reopened:12:9", "--status", "unconfirmed"
    )
    # The sentence is offered (Enter takes it), here edited; article and quote are not asked.
    child.expect_exact(
        "Statement (one checkable sentence) [Ferries to Port Vell resumed on 5 March 2025.]:"
    )
    child.sendline("Ferries to Port Vell resumed on 5 March.")
    child.expect_exact("Source id[:stance] (Tab completes; empty line to finish):")
    for _ in range(5):  # no sources, rationale, reviewer, tags or id
        child.sendline("")
    assert written(child, repo, "claims/harbour/ferries-port-vell-resumed-5-march.yaml") == (
        "id: ferries-port-vell-resumed-5-march\n"
        "statement: Ferries to Port Vell resumed on 5 March.\n"
        "status: unconfirmed\n"
        "article: harbour-reopened\n"
        "quote: Ferries to Port Vell resumed on 5 March 2025.\n"
    )
