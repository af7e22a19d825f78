"""The audit cache: a SQLite database of what earlier runs read, analysed and found.

It lives in `.factcheck/cache/cache.sqlite3` inside the repository (git-ignored by
`factcheck init`), or under `$FACTCHECK_CACHE_DIR` when that is set (one folder per
repository: for CI caches, and so that tests leave no trace in a checkout).

Two tables: `entries` holds one value per name (the last audit's findings, the
matcher's tables, …) and `rows` many keyed values per name (one per file read, one
per article analysed), so that a run reads and writes only the rows it needs.
Values are MessagePack, decoded by msgspec into exactly the type the caller asks
for: a value of any other shape is a miss, and nothing in the cache can build
another kind of object or run code (there is no pickle). Whatever describes files
is keyed by their stamps (size, times, inode, device), which no copy of the cache
can match: a cache planted in a repository or copied from another checkout is
never used. A database written by another factcheck (other code, other Python) is
emptied on opening; one that is damaged is deleted and rebuilt. Every failure
means "no cache", never an error.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import shutil
import sqlite3
import sys
import time
import uuid
import zlib
from collections.abc import Collection, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

import lz4.block  # type: ignore[import-untyped]  # python-lz4 ships no type hints
import msgspec

from factcheck import __version__

CACHE_DIR = Path(".factcheck") / "cache"
DATABASE = "cache.sqlite3"
SCHEMA = 2
"""Bumped when the tables or the values change shape: an older database is then emptied."""

T = TypeVar("T")

_ENCODER = msgspec.msgpack.Encoder()
_TABLES = (
    "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS entries"
    " (name TEXT PRIMARY KEY, written_at INTEGER NOT NULL, value BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS rows (name TEXT NOT NULL, key TEXT NOT NULL,"
    " written_at INTEGER NOT NULL, value BLOB NOT NULL, PRIMARY KEY (name, key))",
)


@functools.cache
def _decoder(kind: Any) -> msgspec.msgpack.Decoder[Any]:
    return msgspec.msgpack.Decoder(kind)


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
    """The repository's cache database, opened on first use; every failure is a miss."""

    def __init__(self, root: Path) -> None:
        self.started = now_ns()
        """When this run began: entries written now describe files as they were then."""
        self.path = cache_folder(root) / DATABASE
        self._connection: sqlite3.Connection | None = None
        self._opened_by = 0  # a process forked from this one opens its own connection
        self._failed = False
        self.committed = False
        """Whether the last transaction was committed."""

    # Reading --------------------------------------------------------------------------

    def read(self, name: str, kind: type[T] | Any) -> T | None:
        """The entry `name` as a `kind`, or None if absent or of another shape."""
        entry = self.read_dated(name, kind)
        return None if entry is None else entry[1]

    def read_dated(self, name: str, kind: type[T] | Any) -> tuple[int, T] | None:
        """(when the run that wrote it began, the entry as a `kind`), or None."""
        found = list(self._query("SELECT written_at, value FROM entries WHERE name = ?", (name,)))
        if not found:
            return None
        written_at, value = found[0]
        decoded = _decode(value, kind)
        return None if decoded is None else (written_at, decoded[0])

    def read_rows(self, name: str, kind: type[T] | Any) -> dict[str, tuple[int, T]]:
        """Every row kept under `name`: key → (when written, value as a `kind`). A row of
        another shape is left out, as if it had never been written."""
        rows: dict[str, tuple[int, T]] = {}
        for key, written_at, value in self._query(
            "SELECT key, written_at, value FROM rows WHERE name = ?", (name,)
        ):
            decoded = _decode(value, kind)
            if decoded is not None:
                rows[key] = (written_at, decoded[0])
        return rows

    def read_row(self, name: str, key: str, kind: type[T] | Any) -> tuple[int, T] | None:
        """(when written, the value as a `kind`) of the row `key` under `name`, or None."""
        for written_at, value in self._query(
            "SELECT written_at, value FROM rows WHERE name = ? AND key = ?", (name, key)
        ):
            decoded = _decode(value, kind)
            return None if decoded is None else (written_at, decoded[0])
        return None

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[bool]:
        """Reads within the block see the database as one moment left it: no other run's
        writes land between them. Gives False when that cannot be promised (the reads
        still work, each on its own)."""
        # Opened (made, if need be) first: reads without a database, then with the one
        # another run made meanwhile, would see two moments.
        connection = self._database()
        if connection is None:
            yield False
            return
        try:
            connection.execute("BEGIN")  # deferred: the first read fixes the snapshot
        except sqlite3.Error:
            yield False
            return
        try:
            yield True
        finally:
            with contextlib.suppress(sqlite3.Error):
                connection.execute("COMMIT")

    def row_keys(self, name: str) -> list[str]:
        """The keys of the rows kept under `name` (their values are not read)."""
        return [key for (key,) in self._query("SELECT key FROM rows WHERE name = ?", (name,))]

    # Writing --------------------------------------------------------------------------

    def write(self, name: str, value: object) -> None:
        """Keep `value` under `name`; a cache that cannot be written is simply not kept."""
        encoded = _encode(value)
        if encoded is not None:
            self._change(
                "INSERT OR REPLACE INTO entries VALUES (?, ?, ?)", [(name, self.started, encoded)]
            )

    def write_rows(self, name: str, rows: Mapping[str, object], gone: Collection[str] = ()) -> None:
        """Keep `rows` (key → value) under `name` and forget the rows keyed `gone`, in
        one transaction: the table is never left half-written."""
        self._write_rows(name, rows, gone, None)

    def keep_by_content(self, name: str, values: Sequence[object]) -> list[str] | None:
        """Keep `values` under `name` as the only rows there, each keyed by its content (a
        digest of its encoding): a value kept already is not written again, and the rows
        of no value here are forgotten. Gives each value's key, in order (None when they
        could not all be kept)."""
        encoded = [value for value in map(_encode, values) if value is not None]
        if len(encoded) != len(values):
            return None
        keys = [hashlib.blake2b(value, digest_size=16).hexdigest() for value in encoded]
        wanted = set(keys)
        with self._transaction() as connection:
            if connection is None:
                return None
            # Read within the transaction: no other run's rows come or go in between.
            present = {
                key for (key,) in connection.execute("SELECT key FROM rows WHERE name = ?", (name,))
            }
            connection.executemany(
                "INSERT OR REPLACE INTO rows VALUES (?, ?, ?, ?)",
                [
                    (name, key, self.started, value)
                    for key, value in zip(keys, encoded, strict=True)
                    if key not in present
                ],
            )
            connection.executemany(
                "DELETE FROM rows WHERE name = ? AND key = ?",
                [(name, key) for key in present - wanted],
            )
        return keys if self.committed else None

    def advance_rows(
        self, name: str, rows: Mapping[str, object], gone: Collection[str], since: str | None
    ) -> str | None:
        """`write_rows`, giving the rows under `name` a new generation: a token no other
        state of them ever had (see `generation`). `since` is the generation they were
        read at (None: they had none). Gives the new token when they were still at
        `since`, else None (they changed in between, or nothing was written): then
        nothing can tell what the new state follows from."""
        return self._write_rows(name, rows, gone, (since,))

    def _write_rows(
        self,
        name: str,
        rows: Mapping[str, object],
        gone: Collection[str],
        since: tuple[str | None] | None,
    ) -> str | None:
        # One row encoded at a time: the rows of a large desk come to hundreds of megabytes.
        encoded = ((key, _encode(value)) for key, value in rows.items())
        token = uuid.uuid4().hex
        follows = False
        with self._transaction() as connection:
            if connection is None:
                return None
            connection.executemany(
                "INSERT OR REPLACE INTO rows VALUES (?, ?, ?, ?)",
                ((name, key, self.started, value) for key, value in encoded if value is not None),
            )
            connection.executemany(
                "DELETE FROM rows WHERE name = ? AND key = ?", [(name, key) for key in gone]
            )
            if since is not None:
                current = connection.execute(
                    "SELECT value FROM entries WHERE name = ?", (_generation(name),)
                ).fetchone()
                # An entry that does not decode follows nothing.
                was = (None,) if current is None else _decode(current[0], str)
                follows = was == since
                connection.execute(
                    "INSERT OR REPLACE INTO entries VALUES (?, ?, ?)",
                    (_generation(name), self.started, _encode(token)),
                )
        # Committed (busy or read-only: nothing written), at the generation it was read at.
        return token if self.committed and follows else None

    def generation(self, name: str) -> str | None:
        """The token of the rows under `name` as they stand (None before any is given):
        two reads of the same token saw the same rows. Read it, and the rows, within one
        `snapshot`."""
        return self.read(_generation(name), str)

    # Large arrays ---------------------------------------------------------------------

    def write_arrays(self, name: str, token: str, arrays: Mapping[str, Any]) -> bool:
        """Keep numpy `arrays` (by name) as generation `token` of `name`: files beside
        the database, which `read_arrays` maps into memory rather than decoding (a
        quarter of a million reviews' vectors are read in no time). Written whole under
        a temporary name and then renamed, so a reader never sees half of them; other
        generations are removed (a reader that mapped one keeps its pages). True when
        kept."""
        import numpy as np

        folder = self.path.parent / "arrays"
        final = folder / f"{name}-{token}"
        temporary = folder / f".{name}-{token}.{os.getpid()}"
        try:
            temporary.mkdir(parents=True, exist_ok=True)
            for array_name, array in arrays.items():
                np.save(temporary / f"{array_name}.npy", array, allow_pickle=False)
            if final.exists():
                shutil.rmtree(temporary)
            else:
                temporary.rename(final)
            for old in folder.glob(f"{name}-*"):
                if old != final:
                    shutil.rmtree(old, ignore_errors=True)
        except OSError:
            shutil.rmtree(temporary, ignore_errors=True)
            return False
        return True

    def read_arrays(self, name: str, token: str, names: Collection[str]) -> dict[str, Any] | None:
        """The arrays `names` of generation `token` of `name`, mapped read-only; None when
        any is missing or unreadable."""
        import numpy as np

        folder = self.path.parent / "arrays" / f"{name}-{token}"
        try:
            return {
                array_name: np.load(folder / f"{array_name}.npy", mmap_mode="r", allow_pickle=False)
                for array_name in names
            }
        except (OSError, ValueError):
            return None

    def close(self) -> None:
        """Fold the write-ahead log into the database and close it (a run that exits
        without closing would leave the log on disk beside the database). The store
        opens again if asked for more."""
        connection, self._connection = self._connection, None
        if connection is None or self._opened_by != os.getpid():
            return
        with contextlib.suppress(sqlite3.Error):
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.close()

    # The database ---------------------------------------------------------------------

    def _query(self, sql: str, parameters: tuple[object, ...]) -> Iterator[Any]:
        """The rows `sql` selects, one at a time (not all the values in memory at once); a
        database that fails midway yields no more."""
        if not self.path.is_file():
            return  # nothing cached yet: no need to create the database to say so
        connection = self._database()
        if connection is None:
            return
        try:
            yield from connection.execute(sql, parameters)
        except sqlite3.Error:
            return

    def _change(self, sql: str, rows: list[tuple[object, ...]]) -> None:
        with self._transaction() as connection:
            if connection is not None:
                connection.executemany(sql, rows)

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection | None]:
        """The connection within a transaction that is committed whole or not at all
        (`committed` says which, afterwards)."""
        self.committed = False
        connection = self._database()
        if connection is None:
            yield None
            return
        try:
            # The connection is in autocommit mode (each statement its own transaction),
            # so the transaction is begun and ended here; IMMEDIATE takes the write lock
            # first, waiting for another run's writes rather than failing midway.
            connection.execute("BEGIN IMMEDIATE")
            try:
                yield connection
            except BaseException:
                connection.execute("ROLLBACK")
                raise
            connection.execute("COMMIT")
            self.committed = True
        except sqlite3.Error:
            pass  # busy (another run is writing) or read-only: this run keeps nothing

    def _database(self) -> sqlite3.Connection | None:
        if self._connection is not None and self._opened_by == os.getpid():
            return self._connection
        if self._failed:
            return None
        for _ in range(2):  # a damaged file is deleted and the database made afresh, once
            try:
                self._connection = self._open()
                self._opened_by = os.getpid()
                return self._connection
            except sqlite3.DatabaseError:
                self._remove()
            except (sqlite3.Error, OSError):
                break
        self._failed = True
        return None

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self.path, timeout=5.0, isolation_level=None)
        try:
            connection.execute("PRAGMA journal_mode = WAL")  # readers never wait for a writer
            connection.execute("PRAGMA synchronous = NORMAL")  # a cache: durability can wait
            for table in _TABLES:
                connection.execute(table)
            identity = f"{SCHEMA}|{__version__}|{sys.version}|{_code()}"
            row = connection.execute("SELECT value FROM meta WHERE name = 'code'").fetchone()
            if row is None or row[0] != identity:
                # Another factcheck wrote it: none of it is ours to read. (Deleted before
                # the identity is written, so a run that dies between leaves no stale row
                # under a new identity.)
                connection.execute("BEGIN IMMEDIATE")
                connection.execute("DELETE FROM entries")
                connection.execute("DELETE FROM rows")
                connection.execute("INSERT OR REPLACE INTO meta VALUES ('code', ?)", (identity,))
                connection.execute("COMMIT")
                for old in self.path.parent.glob("*.pickle"):  # the signed pickles it replaces
                    old.unlink(missing_ok=True)
        except BaseException:
            connection.close()
            raise
        return connection

    def _remove(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                Path(f"{self.path}{suffix}").unlink()


def _generation(name: str) -> str:
    return f"{name}:generation"


COMPRESS_FROM = 1024
"""Values of this many bytes or more are kept compressed (LZ4: the files' rows and the
findings come to a fifth of their size; decompressing is a small part of decoding).
Smaller ones are kept as they are: a statement's meaning (512 bytes of vector) does
not compress, and there are 100,000 of them on a large desk."""
_RAW, _LZ4 = b"r", b"z"


def _encode(value: object) -> bytes | None:
    """`value` as MessagePack, compressed when that makes it smaller, after a byte that
    says which."""
    try:
        packed = _ENCODER.encode(value)
    except (TypeError, ValueError, OverflowError):  # msgspec.EncodeError is a ValueError
        return None
    if len(packed) >= COMPRESS_FROM:
        compressed: bytes = lz4.block.compress(packed, store_size=True)
        if len(compressed) < len(packed):
            return _LZ4 + compressed
    return _RAW + packed


def _decode(value: object, kind: Any) -> tuple[Any] | None:
    """(the value as a `kind`,), or None when it is not one."""
    if not isinstance(value, bytes) or value[:1] not in (_RAW, _LZ4):
        return None
    try:
        body = memoryview(value)[1:]  # not a copy of each value
        packed: bytes | memoryview = body if value[:1] == _RAW else lz4.block.decompress(body)
        return (_decoder(kind).decode(packed),)
    except (msgspec.DecodeError, TypeError, ValueError, RecursionError, lz4.block.LZ4BlockError):
        return None


RACY_NS = 2_000_000_000
"""A file modified this close to a cached run may have changed again within the
same timestamp tick without changing size: such entries are not trusted."""


def settled(stamp: tuple[int, ...], written_at: int) -> bool:
    """True when a file with `stamp` cannot have changed unseen since `written_at`: both
    its modification and its status-change time lie well before the run that cached it."""
    return max(stamp[1:3]) < written_at - RACY_NS


_KEY_ENCODER = msgspec.msgpack.Encoder(enc_hook=repr)
"""Values as MessagePack for keys; what it cannot encode as such, as its repr."""


def stable_hash(text: str) -> int:
    """A number for `text`, the same in every process (unlike `hash`), to spread keys over
    rows. Any text: a file name that is not UTF-8 holds lone surrogates, kept as they are."""
    return zlib.crc32(text.encode("utf-8", "surrogatepass"))


def fingerprint(*parts: object) -> str:
    """A short stable hash of `parts`, to key cache entries: their MessagePack (quick to
    make for the stamps of a desk's 155,000 files), or their repr where MessagePack
    cannot hold them (a lone surrogate, a huge integer)."""
    digest = hashlib.blake2b(digest_size=16)
    for part in parts:
        try:
            digest.update(b"m" + _KEY_ENCODER.encode(part))
        except (UnicodeEncodeError, OverflowError, TypeError, ValueError):
            digest.update(b"r" + repr(part).encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()
