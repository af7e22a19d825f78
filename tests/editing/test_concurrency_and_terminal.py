"""Many editors at once, and an editor at a real terminal."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pexpect

from conftest import SAMPLE, audit_findings, make_repo

ENV = {**os.environ, "PYTHONPATH": str(SAMPLE / "src"), "NO_COLOR": "1", "COLUMNS": "200"}


def test_fifty_claim_adds_started_together_leave_fifty_valid_records(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    command = [sys.executable, "-m", "factcheck", "claim", "add", "--root", str(repo),
               "--statement", "Ferries to Port Vell resumed the same week.", "--status", "unconfirmed",
               "--article", "harbour-reopened"]  # fmt: skip
    processes = [
        subprocess.Popen(
            command, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(50)
    ]
    results = [process.communicate() for process in processes]
    assert [p.returncode for p in processes] == [0] * 50, results[0]
    written = sorted(p.name for p in (repo / "claims" / "harbour").glob("ferries-*.yaml"))
    assert len(written) == 50
    assert written[0] == "ferries-to-port-vell-resumed-the-same-week-10.yaml"
    assert not [f for f in audit_findings(repo) if f.severity.value == "error"]
    assert not list((repo / "claims").rglob(".*.tmp"))


def test_claim_add_in_a_terminal_asks_for_what_is_missing(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    child = pexpect.spawn(
        sys.executable, ["-m", "factcheck", "claim", "add", "--root", str(repo)],
        env=ENV, encoding="utf-8", timeout=20, dimensions=(40, 200),
    )  # fmt: skip
    child.expect_exact("Statement (one checkable sentence):")
    child.sendline("Ferries to Port Vell resumed on 5 March 2025.")
    child.expect_exact("Status (confirmed, unconfirmed, disputed):")
    child.sendline("confirmd")
    child.expect_exact(
        "'confirmd' is not one of confirmed, unconfirmed, disputed; did you mean 'confirmed'?"
    )
    child.sendline("confirmed")
    child.expect_exact("Article id (optional):")
    child.sendline("harbour-reopend")
    child.expect_exact("Did you mean 'harbour-reopened'?")
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
    child.expect_exact("wrote claims/harbour/ferries-to-port-vell-resumed-on-5-march-2025.yaml")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    text = (repo / "claims/harbour/ferries-to-port-vell-resumed-on-5-march-2025.yaml").read_text()
    assert "sources:\n  - alpha-news-report\n  - beta-daily-story\n" in text
    assert "article: harbour-reopened\n" in text
