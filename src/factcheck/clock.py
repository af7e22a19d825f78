"""Today's date, from one place: every rule and edit that depends on the day asks here."""

from __future__ import annotations

from datetime import date


def today() -> date:
    """The local date (tests fix it, so that a suite does not age with the calendar)."""
    return date.today()
