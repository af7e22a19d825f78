"""How the amounts, years and dates of a sentence stand to those of a claim.

A sentence that gives a claim's figure as the claim gives it (or as its wording
admits: "about 4,200" for 4,187) agrees with it; one that gives it otherwise for the
same thing contradicts it; one whose figures are of another role, or are its own
and none of the claim's, speaks of something else. `compare` says which, for the
matcher to decide on.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from factcheck.text.quantities import MONTHS, Quantity

MONTH_NAMES = frozenset(name for name in MONTHS if len(name) > 3)
"""Month names that are no other word ("may" is)."""


@dataclass(frozen=True, slots=True)
class Conflict:
    """A figure of the sentence that disagrees with the claim's figure for the same thing."""

    said: Quantity
    """In the sentence (offsets into the sentence)."""
    claimed: Quantity
    """In the claim's statement."""


@dataclass(frozen=True, slots=True)
class Figures:
    """How a sentence's amounts, years and dates stand to a claim's."""

    agreed: tuple[Quantity, ...] = ()
    """The claim's figures the sentence gives too (in any wording that admits them)."""
    conflicts: tuple[Conflict, ...] = ()
    """The claim's figures the sentence gives otherwise for the same thing."""
    elsewhere: tuple[Quantity, ...] = ()
    """The sentence's figures of a claim figure's kind in another role, or its own figures
    when it gives none of the claim's: signs that it speaks of something else."""
    unexplained: tuple[Quantity, ...] = ()
    """The sentence's figures the claim does not account for (neither gives nor differs
    from): "in 1987" beside a claim with no year."""

    @property
    def about_else(self) -> bool:
        """Whether the figures say that the sentence is about something else: a figure of
        the claim's kind in another role; two of the claim's figures given otherwise and
        none as the claim gives them, of two kinds (another event: "on 19 January, 23 prisoners" beside
        "on 9 January, 48 prisoners"); or figures of its own and none of the claim's."""
        kinds = {c.claimed.kind for c in self.conflicts}
        return bool(self.elsewhere) or (len(kinds) > 1 and not self.agreed)


def compare(claimed_figures: Sequence[Quantity], said: Sequence[Quantity]) -> Figures:
    """How the figures a sentence gives (`said`) stand to those a claim gives, each list
    as `whole` leaves it."""
    if not claimed_figures and not said:
        return Figures()
    agreed: list[Quantity] = []
    conflicts: list[Conflict] = []
    elsewhere: list[Quantity] = []
    explained: set[int] = set()  # positions of the sentence's figures the claim accounts for
    for claimed in claimed_figures:
        # A figure of the same kind says most: "5/12/2026" against "May 2, 2026", not
        # "2026" against it.
        alike = [i for i, q in enumerate(said) if _alike(q, claimed)]
        agreeing = [i for i in alike or range(len(said)) if _agree(said[i], claimed)]
        if agreeing:
            agreed.append(claimed)
            explained.update(agreeing)
            continue
        rivals = [
            (i, said[i])
            for i in alike
            if not any(
                _agree(said[i], other) for other in claimed_figures if _alike(said[i], other)
            )
        ]
        same_role = [(i, q) for i, q in rivals if _same_role(q, claimed)]
        if same_role:
            conflicts.append(Conflict(same_role[0][1], claimed))
            explained.update(i for i, _ in same_role)
        elif rivals:
            elsewhere.extend(q for _, q in rivals)
            explained.update(i for i, _ in rivals)
    unexplained = tuple(q for i, q in enumerate(said) if i not in explained)
    if claimed_figures and not agreed and not conflicts:
        # Figures of its own, and none of the claim's: "in 1987, about 600 homes" beside
        # "£12 million of damage".
        elsewhere.extend(unexplained)
    return Figures(tuple(agreed), tuple(conflicts), tuple(elsewhere), unexplained)


def whole(figures: Sequence[Quantity]) -> list[Quantity]:
    """`figures` less those inside another ("2026" in "2 May 2026": one fact, told once)
    and the halves of "a day and a half", in the units they are compared in."""
    return [
        _normal_unit(q)
        for q in figures
        if not any(o is not q and o.start <= q.start and q.end <= o.end for o in figures)
        and not (q.unit == "ratio" and q.text.startswith("a "))
    ]


_UNIT_NAMES = {
    "millimetr": "mm", "millimet": "mm", "centimetr": "cm", "metr": "m", "meter": "m",
    "kilometr": "km", "kilomet": "km", "litr": "l", "liter": "l", "kilogram": "kg",
    "tonn": "t", "ton": "t", "inch": "in", "feet": "ft", "foot": "ft",
}  # fmt: skip


def _normal_unit(figure: Quantity) -> Quantity:
    """`figure` with its unit written one way ("millimetres" and "mm" are one unit)."""
    unit = _UNIT_NAMES.get(figure.unit or "")
    return dataclasses.replace(figure, unit=unit) if unit else figure


_DURATIONS = frozenset(["second", "minut", "hour", "day", "week", "month", "year", "decad"])
_MONEY = frozenset("£$€¥")
_MEASURES = frozenset(
    ["mm", "cm", "m", "km", "mile", "ft", "in", "kg", "gram", "t", "l", "gallon", "degre",
     "acr", "hectar", "mph", "kph", "mw", "kwh", "gw"]
)  # fmt: skip


def _measure(figure: Quantity) -> str:
    """What an amount measures, as far as telling figures apart goes: a sum of money, a
    share, a duration (by its unit), or a count of things. A count's noun is not told:
    "1,300 people" and "1,284 residents", "4,200 households" and "4,187 homes" count
    the same things, and only meaning tells them from "85 gardeners" and "85 staff"."""
    unit = figure.unit or ""
    if figure.kind != "amount":
        return figure.kind
    if unit in _MONEY:
        return "money"
    if unit in _DURATIONS or unit in _MEASURES or unit in ("%", "ratio"):
        return unit
    return "count"


def _alike(said: Quantity, claimed: Quantity) -> bool:
    """Whether two figures measure one kind of thing (so that they agree or differ)."""
    if said.kind != "amount" or claimed.kind != "amount":
        return said.kind == claimed.kind
    return _measure(said) == _measure(claimed)


def _agree(said: Quantity, claimed: Quantity) -> bool:
    """`said.agrees(claimed)`, counts of differently named things compared by value."""
    if said.kind == "amount" and claimed.kind == "amount":
        if _measure(said) != _measure(claimed):
            return False
        if _measure(said) == "count":  # the ranges their wordings admit meet
            low, high = said.admits()
            other_low, other_high = claimed.admits()
            return low <= other_high + 1e-9 and other_low <= high + 1e-9
    return said.agrees(claimed)


def _same_role(said: Quantity, claimed: Quantity) -> bool:
    """Whether two figures of one kind are figures of one thing. The preposition before
    a duration tells its role ("within 12 hours" of an outage, "for 12 hours" of work);
    a count of things, a share or a sum of money is one thing whatever precedes it
    ("an increase of 3.5 percent", "raises it by 2.5 percent")."""
    if said.kind == "amount" and _measure(said) not in _DURATIONS:
        return _counts_alike(said, claimed)
    return said.same_role(claimed)


def _counts_alike(said: Quantity, claimed: Quantity) -> bool:
    """Whether two counts may count one thing: "1,150 teachers" and "forty schools" do
    not; "1,300 people" and "1,284 residents" may (their nouns' meanings are close, or
    one of them names no noun)."""
    if _measure(said) != "count" or said.unit == claimed.unit:
        return True
    if not said.unit or not claimed.unit:
        return True
    return unit_meaning(said.unit, claimed.unit) >= UNIT_MEANING


UNIT_MEANING = 0.45
"""Cosine of meanings from which two counted words may count one thing: "households"
and "homes", "employees" and "staff" (not "teachers" and "schools")."""


@lru_cache(maxsize=16384)
def unit_meaning(first: str, second: str) -> float:
    """The cosine of the meanings of two counted words."""
    from factcheck.text.meaning import embed  # numpy: only when figures are compared

    rows = embed([first, second])
    return float(rows[0] @ rows[1])


_MONTH_WORD = re.compile(r"\b(" + "|".join(sorted(MONTH_NAMES, key=len, reverse=True)) + r")\b")


def months_alone(folded: str, found: tuple[Quantity, ...]) -> tuple[Quantity, ...]:
    """A month named on its own ("fell to 4.1 percent in March") as a figure: a month
    with no year, which another month contradicts."""
    alone = []
    for match in _MONTH_WORD.finditer(folded):
        if any(q.start <= match.start() < q.end for q in found):
            continue
        month = MONTHS[match.group()]
        alone.append(
            Quantity("month", (None, month), None, match.start(), match.end(), match.group())
        )
    return tuple(alone)
