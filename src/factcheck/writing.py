"""Writing files so that nothing is ever lost or half-written, one writer at a time (shared
by the editors' commands, the exports and the reports).

- A new record is written to a hidden temporary file in its folder, flushed and
  fsynced, then hard-linked to its name: the link fails if the name exists, so a
  record is never overwritten, and readers see no file or a whole one.
- A changed record is written the same way, then `os.replace`d over the old one:
  a crash at any moment leaves the old file or the new one.
- Temporary names start with a dot, so the audit never reads a stray one.
- Writers take a lock file (`filelock`, an OS lock the kernel releases when its
  holder dies, so a dead process never blocks editors); a live holder makes the
  next writer wait, then fail with a clear message after a timeout.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from pathlib import Path

from factcheck.errors import WriteError

STATE_DIR = ".factcheck"
"""factcheck's own files inside a repository (git-ignored by `factcheck init`)."""
LOCK_NAME = "write.lock"
DEFAULT_LOCK_TIMEOUT = 15.0


def describe_os_error(error: OSError) -> str:
    if error.errno == errno.ENOSPC:
        return "the disk is full"
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "the folder is read-only or not writable"
    return error.strerror or str(error)


def _temporary(folder: Path, name: str, text: str) -> Path:
    temporary = folder / f".{name}.{secrets.token_hex(4)}.tmp"
    data = text.encode("utf-8")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary


def _sync_folder(folder: Path) -> None:
    # The new name itself must reach the disk, or a crash could forget the file.
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def create_new(path: Path, text: str) -> None:
    """Write `text` to `path`, which must not exist yet (never overwrites)."""
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temporary = _temporary(folder, path.name, text)
    except OSError as error:
        raise WriteError(
            f"cannot write {path}: {describe_os_error(error)}; nothing was written"
        ) from None
    try:
        os.link(temporary, path)
    except FileExistsError:
        raise WriteError(f"{path} already exists; it was not overwritten") from None
    except OSError as error:
        raise WriteError(
            f"cannot write {path}: {describe_os_error(error)}; nothing was written"
        ) from None
    finally:
        temporary.unlink(missing_ok=True)
    _sync_folder(folder)


def replace_file(path: Path, text: str) -> None:
    """Replace `path` with `text` atomically: readers and crashes see old or new, never a mix."""
    try:
        temporary = _temporary(path.parent, path.name, text)
    except OSError as error:
        raise WriteError(
            f"cannot write {path}: {describe_os_error(error)}; the old file is unchanged"
        ) from None
    try:
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise WriteError(
            f"cannot write {path}: {describe_os_error(error)}; the old file is unchanged"
        ) from None
    _sync_folder(path.parent)


def write_output(path: Path, text: str) -> None:
    """Write an output file (a report, an export), creating its folder, replacing any
    older version atomically: readers never see a half-written one."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise WriteError(f"cannot write {path}: {describe_os_error(error)}") from None
    replace_file(path, text)
