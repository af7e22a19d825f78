"""How the editors' commands report what was written and its warnings; the $EDITOR loop."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from factcheck.errors import Refused, Usage
from factcheck.text.clean import quoted


def report(written: object) -> None:
    """`wrote PATH (ID): ACTION`, then what the audit would raise on the record, each
    finding in the audit's words with its severity, and any notes, on stderr."""
    from rich.text import Text

    from factcheck.edit.validate import Written
    from factcheck.output.formats.terminal import make_console

    assert isinstance(written, Written)
    make_console(sys.stdout).print(
        Text(f"wrote {written.path} ({written.id}): {written.action}"), soft_wrap=True
    )
    err = make_console(sys.stderr)
    for finding in written.findings:
        err.print(
            Text(f"{finding.severity.value}: {finding.message} ({finding.rule})"), soft_wrap=True
        )
    for note in written.notes:
        err.print(Text(f"note: {note}"), soft_wrap=True)


REASON = "# factcheck: "
"""Lines the editor shows on top of a refused text; they are taken out again on save."""


def edit_record(root: Path, kind: str, record_id: str) -> None:
    """Open a claim or source in $EDITOR and write it only if it passes; a refused text
    reopens with the reasons on top, until it passes or the editor is quit without a new
    change (then the text is kept in a recovery file, named last)."""
    from datetime import datetime

    from factcheck.edit.lifecycle import replace_text
    from factcheck.load.repository import load_repository
    from factcheck.suggest import no_such
    from factcheck.writing import STATE_DIR

    repo = load_repository(root)
    index = repo.claims_by_id if kind == "claim" else repo.sources_by_id
    record = index.get(record_id)
    if record is None:
        raise Usage(no_such(kind, record_id, index))
    original = (root / record.path).read_text(encoding="utf-8")
    draft = root / STATE_DIR / "edit" / f"{record_id}.yaml"
    draft.parent.mkdir(parents=True, exist_ok=True)
    shown, last = original, original
    while True:
        draft.write_text(shown, encoding="utf-8")
        _run_editor(draft)
        text = "".join(
            line
            for line in draft.read_text(encoding="utf-8").splitlines(keepends=True)
            if not line.startswith(REASON)
        )
        if text == original:
            draft.unlink()
            typer.echo(f"no change to {record.path}")
            return
        try:
            written = replace_text(root, kind, record_id, text)
        except Refused as failed:
            if text != last or shown == original:  # a new attempt: show why, and reopen
                last = text
                reasons = "".join(
                    f"{REASON}refused: {f.location}: {f.message}\n" for f in failed.findings
                )
                shown = (
                    reasons + f"{REASON}fix the text below and save; these lines go away\n" + text
                )
                continue
            # saved again unchanged: the editor was quit on a refused text
            recovery = (
                root / STATE_DIR / "recovery" / f"{record_id}-{datetime.now():%Y%m%d-%H%M%S}.yaml"
            )
            recovery.parent.mkdir(parents=True, exist_ok=True)
            recovery.write_text(text, encoding="utf-8")
            draft.unlink(missing_ok=True)
            note = f"{record.path} was not changed; your text is kept in {recovery}"
            raise Refused(failed.findings, note) from None  # why first, then where the text is
        draft.unlink(missing_ok=True)
        report(written)
        return


def _run_editor(draft: Path) -> None:
    import os
    import shlex
    import subprocess

    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
    try:
        completed = subprocess.run([*shlex.split(editor), str(draft)], check=False)
    except OSError as error:
        raise Usage(
            f"cannot start the editor {quoted(editor)}: {error.strerror}; set $EDITOR"
        ) from None
    if completed.returncode != 0:
        raise Usage(
            f"the editor exited with status {completed.returncode}; nothing was written (draft: {draft})"
        )
