"""Interactive prompts for the editors' commands, only when standard input is a terminal.

Ids are completed with Tab (readline) and checked; a typo gets the nearest id
suggested. Without a terminal nothing is ever asked: a missing value stops the
command with exit status 2.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from datetime import date

import typer

from factcheck.errors import Usage, parse_date
from factcheck.suggest import choice, folded, nearest, no_such, not_one_of, phrase


def interactive() -> bool:
    """True when we may ask: standard input is a terminal."""
    return sys.stdin is not None and sys.stdin.isatty()


def _complete_with(words: Sequence[str]) -> Callable[[], None]:
    """Tab completes among `words` until the returned function is called; with no words,
    Tab completes nothing (not readline's default, the names of files, at a question
    whose answer is free text)."""
    try:
        import readline
    except ImportError:  # pragma: no cover - Windows without pyreadline
        return lambda: None

    def completer(text: str, state: int) -> str | None:
        matches = [word for word in words if word.startswith(text)]
        return matches[state] if state < len(matches) else None

    previous, delimiters = readline.get_completer(), readline.get_completer_delims()
    readline.set_completer(completer)
    readline.set_completer_delims(" \t\n")  # ids contain hyphens: complete the whole word
    readline.parse_and_bind("tab: complete")

    def restore() -> None:
        readline.set_completer(previous)
        readline.set_completer_delims(delimiters)

    return restore


def require(value: str | None, flag: str, question: str, default: str | None = None) -> str:
    """`value`, else the answer to `question` in a terminal (Enter takes `default`), else
    `default`, else exit 2 naming `flag`."""
    if value:
        return value
    if not interactive():
        if default:
            return default
        raise Usage(f"{flag} is required (standard input is not a terminal, so nothing is asked)")
    restore = _complete_with(())
    try:
        answer: str = typer.prompt(question, default=default or None)
    finally:
        restore()
    return answer


def require_all(*fields: tuple[str | None, str, str]) -> list[str]:
    """Each `(value, flag, question)`'s value, as `require` gives it; without a terminal,
    one exit 2 that names every flag missing, not the first alone."""
    missing = [flag for value, flag, _ in fields if not value]
    if missing and not interactive():
        raise Usage(
            f"{' and '.join(missing)} {'is' if len(missing) == 1 else 'are'} required "
            "(standard input is not a terminal, so nothing is asked)"
        )
    return [require(value, flag, question) for value, flag, question in fields]


def optional(value: str | None, question: str, complete: Sequence[str] = ()) -> str | None:
    """`value`, else an optional answer in a terminal (empty means none), else None; Tab
    completes among `complete` from the first prompt on."""
    if value is not None or not interactive():
        return value
    restore = _complete_with(complete)
    try:
        answer: str = typer.prompt(f"{question} (optional)", default="", show_default=False)
    finally:
        restore()
    return answer or None


def optional_choice(
    value: str | None, flag: str, question: str, choices: Sequence[str]
) -> str | None:
    """A value among `choices` or none: from the flag (checked), else asked in a terminal."""
    if value is not None:
        return choice(value, choices, flag)
    if not interactive():
        return None
    restore = _complete_with(choices)
    try:
        while True:
            answer: str = typer.prompt(
                f"{question} ({', '.join(choices)}; optional)", default="", show_default=False
            ).strip()
            if not answer or folded(answer, choices):
                return folded(answer, choices) if answer else None
            typer.echo(not_one_of(answer, choices, question.lower()), err=True)
    finally:
        restore()


def optional_date(value: str | None, flag: str, question: str) -> date | None:
    """A date from the flag (checked, with what is wrong), else asked in a terminal."""
    if value is not None:
        return parse_date(value, flag)
    if not interactive():
        return None
    while True:
        answer: str = typer.prompt(
            f"{question} (YYYY-MM-DD, optional)", default="", show_default=False
        )
        if not answer.strip():
            return None
        try:
            return parse_date(answer, "the date")
        except Usage as error:
            typer.echo(str(error), err=True)


def choose(value: str | None, flag: str, question: str, choices: Sequence[str]) -> str:
    """A value among `choices`: from the flag (checked), or asked for with the choices shown."""
    if value:
        return choice(value, choices, flag)
    if not interactive():
        raise Usage(f"{flag} is required{phrase((), choices)}")
    restore = _complete_with(choices)
    try:
        while True:
            answer: str = typer.prompt(f"{question} ({', '.join(choices)})").strip()
            named = folded(answer, choices)
            if named is not None:
                return named
            typer.echo(not_one_of(answer, choices, question.lower()), err=True)
    finally:
        restore()


def known_id(value: str, known: Sequence[str], what: str) -> str:
    """In a terminal, ask again while `value` is not a known id (suggesting the nearest)."""
    if not interactive():
        return value
    restore = _complete_with(known)
    try:
        while value not in known:
            typer.echo(no_such(what, value, known), err=True)
            near = nearest(value, known)  # offered as the answer: Enter takes it
            value = typer.prompt(
                f"{what.capitalize()} id (Tab completes)", default=near[0] if near else None
            )
    finally:
        restore()
    return value


def ids(values: list[str], known: Sequence[str], what: str, question: str) -> list[str]:
    """Ids from flags, else asked one per line in a terminal (empty line ends)."""
    if values or not interactive():
        return values
    restore = _complete_with(known)
    answers: list[str] = []
    try:
        while True:
            answer: str = typer.prompt(question, default="", show_default=False)
            if not answer:
                return answers
            answers.append(answer)
    finally:
        restore()
