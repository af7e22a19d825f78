"""Large structures a one-shot command leaves for the operating system to take back.

Freeing a 100,000-claim repository one object at a time takes a third of a second,
and a command that is about to end gains nothing from it: the process's memory goes
back whole when it exits. The command line asks for that (`keep_to_the_end`); the
library then hands its large structures to `outlive` as it makes them, and the
command ends with `end`, which flushes the output and exits without the
interpreter's tear-down (as mypy does). Called from Python, the library keeps
nothing: `outlive` does nothing unless the program asked for it.
"""

from __future__ import annotations

import contextlib
import os
import sys

_kept: list[object] | None = None
"""What is kept alive until the process ends; None when nothing is to be kept."""


def keep_to_the_end() -> None:
    """From now on, what is handed to `outlive` lives until the process ends. Only for a
    process that ends with `end`, right after its one piece of work."""
    global _kept
    if _kept is None:
        _kept = []


def outlive(*objects: object) -> None:
    """Keep `objects` alive until the process ends, if the process asked for it."""
    if _kept is not None:
        _kept.extend(objects)


def kept() -> int:
    """How many objects are kept alive so far (none unless the process asked)."""
    return len(_kept) if _kept is not None else 0


def end(status: int) -> None:
    """Flush the output and end the process with `status`, freeing nothing one by one.

    Everything a command writes to disk is written (and committed) before it returns;
    what is left are buffers and the interpreter's own tear-down. A closed pipe (the
    reader stopped early, as `| head` does) loses nothing anyone would read.
    """
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe, or a closed stream
            stream.flush()
    os._exit(status)
