"""One writer at a time, and changes that span files made crash-safe with a journal.

`writer_lock` serialises the editors' writes and, before any, finishes a change
that a crash cut short.

A rename touches the renamed record and every record that names it; a removal
with `--uncite` touches every claim citing the source. Each file is written
atomically, but a crash between two files would leave the desk half-changed. So
every such change is first written whole to `.factcheck/journal.json` (each
file's new text, or its deletion), fsynced, and only then applied, one file at a
time; the journal is removed when all are done. The next factcheck command that
finds a journal finishes the change (every step can be done again safely), so the
desk is always either as it was or as it was asked to become.

`FACTCHECK_CRASH_AFTER` (a number of files) makes a change stop dead after that
many, as a crash would: the tests use it to prove the promise.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import WriteError
from factcheck.writing import (
    DEFAULT_LOCK_TIMEOUT,
    LOCK_NAME,
    STATE_DIR,
    describe_os_error,
    replace_file,
)

JOURNAL = "journal.json"


@dataclass(frozen=True)
class Step:
    """One file of a change: its new text, or None to delete it."""

    path: str
    """Relative to the repository root, `/`-separated."""
    text: str | None


def apply(root: Path, steps: list[Step], description: str) -> None:
    """Make every step, crash-safe (the caller holds the writer lock)."""
    journal = root / STATE_DIR / JOURNAL
    document = {
        "description": description,
        "steps": [{"path": step.path, "text": step.text} for step in steps],
    }
    replace_file(journal, json.dumps(document, ensure_ascii=False))
    _make(root, steps, crash_after=_crash_after())
    journal.unlink()


def finish_interrupted(root: Path) -> str | None:
    """Finish a change a crash interrupted (the caller holds the writer lock); its
    description, or None when there was none."""
    journal = root / STATE_DIR / JOURNAL
    try:
        document = json.loads(journal.read_text(encoding="utf-8"))
        steps = [Step(str(step["path"]), step["text"]) for step in document["steps"]]
        description = str(document["description"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        # A journal that cannot be read was never complete: nothing of it was applied.
        journal.unlink(missing_ok=True)
        return None
    _make(root, steps, crash_after=None)
    journal.unlink()
    return description


def _make(root: Path, steps: list[Step], crash_after: int | None) -> None:
    for done, step in enumerate(steps):
        if crash_after is not None and done == crash_after:
            os._exit(137)  # as SIGKILL would: no cleanup, no journal removal
        path = root / step.path
        if step.text is None:
            path.unlink(missing_ok=True)
            continue
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise WriteError(f"cannot create {path.parent}: {error.strerror}") from None
        replace_file(path, step.text)
    for folder in {(root / step.path).parent for step in steps if step.text is None}:
        if folder != root and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()  # a folder a move emptied


def _crash_after() -> int | None:
    value = os.environ.get("FACTCHECK_CRASH_AFTER")
    return int(value) if value and value.isdigit() else None


def lock_timeout() -> float:
    """Seconds to wait for another writer: FACTCHECK_LOCK_TIMEOUT, else the default."""
    try:
        return float(os.environ.get("FACTCHECK_LOCK_TIMEOUT", DEFAULT_LOCK_TIMEOUT))
    except ValueError:
        return DEFAULT_LOCK_TIMEOUT


@contextlib.contextmanager
def writer_lock(root: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold the repository's write lock; WriteError if another writer keeps it too long."""
    state = root / STATE_DIR
    try:
        state.mkdir(exist_ok=True)
    except OSError as error:
        raise WriteError(
            f"cannot create {state}: {describe_os_error(error)}; nothing was written"
        ) from None
    # Imported here: every command asks whether a change was cut short (this module),
    # and only one that writes takes the lock (filelock's import is a hundredth of a second).
    from filelock import FileLock, Timeout

    lock = FileLock(str(state / LOCK_NAME), timeout=lock_timeout() if timeout is None else timeout)
    try:
        with lock:
            finish_interrupted(root)  # a change a crash cut short is finished first
            yield
    except Timeout:
        raise WriteError(
            f"another factcheck command is writing in this repository and still holds "
            f"{STATE_DIR}/{LOCK_NAME} after {lock.timeout:g} s; try again when it is done"
        ) from None
