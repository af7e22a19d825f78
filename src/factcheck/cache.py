"""The audit cache: parsed files, article analyses and the last audit's findings.

It lives in `.factcheck/cache/` inside the repository (git-ignored by `factcheck
init`), or under `$FACTCHECK_CACHE_DIR` when that is set (one folder per
repository: for CI caches, and so that tests leave no trace in a checkout). Entries are pickled for speed, so they must never be trusted blindly: each
file is signed with HMAC-SHA256 under a random key kept in the user's cache
directory (outside any repository), and the signature also covers factcheck's
version and Python's. A cache that was corrupted, copied from elsewhere, planted
in a repository or written by another version fails the check and is ignored
(and rebuilt); it is never unpickled.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import hmac
import os
import pickle
import secrets
import sys
import time
from pathlib import Path
from typing import Any

from factcheck import __version__

CACHE_DIR = Path(".factcheck") / "cache"
_MAGIC = b"factcheck-cache\n"
_DIGEST = hashlib.sha256().digest_size


def _key_file() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "factcheck" / "cache-key"


def _secret() -> bytes | None:
    """The user's signing key, created on first use; None when it cannot be had."""
    path = _key_file()
    try:
        key = path.read_bytes()
        if len(key) == 32:
            return key
    except OSError:
        pass
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        key = secrets.token_bytes(32)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(key)
        return key
    except OSError:
        return None


PACKAGE = Path(__file__).parent


@functools.lru_cache(maxsize=1)
def code_stamp(package: Path = PACKAGE) -> str:
    """A hash of the content of factcheck's own files: a changed factcheck (even between
    releases, in a checkout, even with its files' times restored) never reads a cache an
    older one wrote. About a millisecond: the package is a few hundred kilobytes."""
    digest = hashlib.blake2b(digest_size=16)
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".yaml", ".j2"):
            digest.update(str(path.relative_to(package)).encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def _code() -> str:
    return code_stamp()  # looked up at call time, so that tests can stand in another code


def now_ns() -> int:
    """The clock the cache dates its entries by (one place, so tests can move it)."""
    return time.time_ns()


def cache_folder(root: Path) -> Path:
    """Where the cache of the repository at `root` lives."""
    elsewhere = os.environ.get("FACTCHECK_CACHE_DIR")
    if elsewhere:
        return Path(elsewhere) / fingerprint(str(root.resolve()))
    return root / CACHE_DIR


class Store:
    """Signed pickles in the repository's cache folder; every failure means "no cache"."""

    def __init__(self, root: Path) -> None:
        self.started = now_ns()
        """When this run began: entries written now describe files as they were then."""
        self.folder = cache_folder(root)
        secret = _secret()
        context = f"{__version__}|{sys.version}|{_code()}".encode()
        self.key = None if secret is None else hmac.new(secret, context, hashlib.sha256).digest()

    def _sign(self, payload: bytes | memoryview) -> bytes:
        assert self.key is not None
        return hmac.new(self.key, payload, hashlib.sha256).digest()

    def read(self, name: str) -> Any:
        """The entry `name`, or None if absent, unsigned, tampered with or unreadable."""
        entry = self.read_dated(name)
        return None if entry is None else entry[1]

    def read_dated(self, name: str) -> tuple[int, Any] | None:
        """(when the run that wrote it began, the entry), or None."""
        if self.key is None:
            return None
        try:
            data = (self.folder / f"{name}.pickle").read_bytes()
        except OSError:
            return None
        head = len(_MAGIC)
        if not data.startswith(_MAGIC) or len(data) < head + _DIGEST:
            return None
        # A view, not a slice: a slice would copy a payload of up to a hundred megabytes.
        signature, payload = data[head : head + _DIGEST], memoryview(data)[head + _DIGEST :]
        if not hmac.compare_digest(signature, self._sign(payload)):
            return None
        try:
            entry = pickle.loads(payload)  # signed by this user, this version: ours
        except Exception:  # a signed but unreadable entry: ignore it like any other miss
            return None
        if not (isinstance(entry, tuple) and len(entry) == 2 and isinstance(entry[0], int)):
            return None
        return entry

    def write(self, name: str, value: Any) -> None:
        """Store `value` under `name`; a cache that cannot be written is simply not kept."""
        if self.key is None:
            return
        temporary = self.folder / f".{name}.{os.getpid()}.tmp"
        try:
            payload = pickle.dumps((self.started, value), protocol=pickle.HIGHEST_PROTOCOL)
            self.folder.mkdir(parents=True, exist_ok=True)
            with temporary.open("wb") as handle:  # in pieces: no joined copy of the payload
                handle.write(_MAGIC)
                handle.write(self._sign(payload))
                handle.write(payload)
            os.replace(temporary, self.folder / f"{name}.pickle")
        except (OSError, pickle.PicklingError, RecursionError):
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)  # no half-written entry is left behind


RACY_NS = 2_000_000_000
"""A file modified this close to a cached run may have changed again within the
same timestamp tick without changing size: such entries are not trusted."""


def settled(stamp: tuple[int, ...], written_at: int) -> bool:
    """True when a file with `stamp` cannot have changed unseen since `written_at`: both
    its modification and its status-change time lie well before the run that cached it."""
    return max(stamp[1:3]) < written_at - RACY_NS


def fingerprint(*parts: object) -> str:
    """A short stable hash of `parts` (their repr), to key cache entries."""
    digest = hashlib.blake2b(digest_size=16)
    for part in parts:
        digest.update(repr(part).encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()
