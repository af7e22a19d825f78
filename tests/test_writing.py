"""Writes never overwrite, never half-write, leave no stray file, and wait for one another."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import SAMPLE, audit_findings, make_repo
from factcheck.edit.journal import writer_lock
from factcheck.errors import WriteError
from factcheck.writing import create_new, replace_file

ENV = {**os.environ, "PYTHONPATH": str(SAMPLE / "src")}


def test_create_new_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "claims" / "x.yaml"
    create_new(path, "id: x\n")
    with pytest.raises(WriteError, match="already exists; it was not overwritten"):
        create_new(path, "id: y\n")
    assert path.read_text() == "id: x\n"
    assert sorted(p.name for p in path.parent.iterdir()) == ["x.yaml"]


def test_replace_failing_at_the_last_step_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("old\n")

    def full_disk(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(WriteError, match="the disk is full; the old file is unchanged"):
        replace_file(path, "new\n")
    assert path.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["x.yaml"]


@pytest.mark.parametrize("refused", [errno.EROFS, errno.EACCES, errno.EPERM])
def test_a_read_only_folder_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, refused: int
) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("old\n")
    real_open = os.open

    def read_only(file: str | os.PathLike[str], flags: int, *args: int) -> int:
        if flags & os.O_CREAT:
            raise OSError(refused, os.strerror(refused))
        return real_open(file, flags, *args)

    monkeypatch.setattr(os, "open", read_only)
    with pytest.raises(WriteError, match="read-only or not writable; the old file is unchanged"):
        replace_file(path, "new\n")
    assert path.read_text() == "old\n"


def test_a_writer_killed_before_the_replace_leaves_the_old_record(tmp_path: Path) -> None:
    root = make_repo(tmp_path)
    record = root / "sources" / "alpha-news-report.yaml"
    before = record.read_text()
    script = textwrap.dedent(
        f"""
        import os, signal
        from pathlib import Path
        from factcheck import writing as store
        os.replace = lambda *a: os.kill(os.getpid(), signal.SIGKILL)  # die mid-write
        store.replace_file(Path({str(record)!r}), "id: half\\n")
        """
    )
    completed = subprocess.run([sys.executable, "-c", script], env=ENV, check=False)
    assert completed.returncode == -9
    assert record.read_text() == before
    leftovers = [p.name for p in record.parent.iterdir() if p.name.startswith(".")]
    assert len(leftovers) == 1 and leftovers[0].endswith(".tmp")  # hidden: never read as a record
    assert audit_findings(root) == []


def test_a_lock_held_by_a_live_writer_times_out_with_a_clear_message(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(
            f"""
            import sys
            from pathlib import Path
            from factcheck.edit.journal import writer_lock
            with writer_lock(Path({str(tmp_path)!r})):
                print("held", flush=True)
                sys.stdin.readline()
            """
        )],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=ENV,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        with (
            pytest.raises(WriteError, match=r"still holds \.factcheck/write\.lock after 0\.2 s"),
            writer_lock(tmp_path, timeout=0.2),
        ):
            pass
    finally:
        holder.communicate("done\n")


def test_a_lock_held_by_a_dead_process_does_not_block(tmp_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import os, signal
        from pathlib import Path
        from factcheck.edit.journal import writer_lock
        with writer_lock(Path({str(tmp_path)!r})):
            os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    assert subprocess.run([sys.executable, "-c", script], env=ENV, check=False).returncode == -9
    with writer_lock(tmp_path, timeout=0):
        pass
