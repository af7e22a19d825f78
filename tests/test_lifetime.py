"""A command ends without freeing what it read one object at a time, and loses nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SAMPLE
from factcheck import lifetime
from factcheck.engine.audit import audit
from test_cache import desk_with_an_error

ENV = {
    **{name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"},
    "PYTHONPATH": str(SAMPLE / "src"),
}
"""As a user's shell has it: the output buffered, so only a flush before the end saves it."""


def command(*args: str) -> subprocess.CompletedProcess[str]:
    """`factcheck ARGS` in a fresh interpreter, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args], capture_output=True, text=True, env=ENV
    )


def test_the_command_ends_with_its_status_and_every_line_of_its_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = desk_with_an_error(tmp_path, monkeypatch)
    ended = command("audit", "--root", str(root), "--format", "json", "--no-cache")
    document = json.loads(ended.stdout)  # all of it: the output was flushed before exiting
    assert ended.returncode == 1
    assert [f["rule"] for f in document["findings"] if f["severity"] == "error"] == [
        "unknown-source"
    ]
    assert document["summary"]["findings"]["error"] == 1


def test_a_command_refused_ends_with_status_two_and_says_why(tmp_path: Path) -> None:
    ended = command("audit", "--root", str(tmp_path / "nowhere"))
    assert ended.returncode == 2
    assert "nowhere" in ended.stderr
    assert ended.stdout == ""


def test_called_from_python_the_library_keeps_nothing_alive(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = desk_with_an_error(tmp_path, monkeypatch)
    audit(root, use_cache=False)
    assert lifetime.kept() == 0


def test_in_a_command_the_repository_its_files_and_the_result_outlive_the_audit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = desk_with_an_error(tmp_path, monkeypatch)
    program = (
        "import sys\nfrom pathlib import Path\nfrom factcheck import lifetime\n"
        "from factcheck.engine.audit import audit\nlifetime.keep_to_the_end()\n"
        "audit(Path(sys.argv[1]), use_cache=False)\nprint(lifetime.kept())"
    )
    ran = subprocess.run(
        [sys.executable, "-c", program, str(root)], capture_output=True, text=True, env=ENV
    )
    assert ran.stdout.split() == ["3"]  # the repository and its files; the result
