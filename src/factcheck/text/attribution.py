"""The claim inside an attributed statement: "Forecasters said the storm was the strongest
since 1998." states what "The storm was the strongest since 1998." states, with a teller."""

from __future__ import annotations

import re

from factcheck.text.words import STOPWORDS

_SAYING = (
    r"(?:said|says|say|reported|reports|report|claimed|claims|claim|stated|states|announced|"
    r"announces|confirmed|confirms|noted|notes|wrote|writes|argued|argues|warned|warns|"
    r"believe|believes|believed|think|thinks|thought|added|adds|estimated|estimates|"
    r"allege|alleges|alleged(?=\s+that\b)|insist|insists|insisted|contend|contends|contended)"
)
_LEADING = re.compile(
    r"^(?P<frame>according to [^,]{1,80},\s*)(?P<core>.+)$"
    rf"|^(?P<frame2>[^,;:]{{1,80}}?\s{_SAYING}(?:\s+on\s+\w+)?(?:\s+that)?,?\s+)(?P<core2>.+)$",
    re.IGNORECASE,
)
_TRAILING = re.compile(
    rf"^(?P<core>.+?),\s*(?P<frame>(?:according to [^,]{{1,80}}|[^,]{{1,60}}\s{_SAYING}(?:\s+on\s+\w+)?))\.?$",
    re.IGNORECASE,
)


_TELLING = re.compile(rf"according to|\s{_SAYING}", re.IGNORECASE)
"""What every attribution the two patterns match holds: a statement without it is read
in one scan, not tried against both patterns (most statements attribute nothing)."""


def without_attribution(statement: str) -> tuple[str, str] | None:
    """(the claim inside, the attribution) when `statement` attributes a claim to someone
    ("X said (that) …", "According to X, …", "…, X said."); else None."""
    if _TELLING.search(statement) is None:
        return None
    text = statement.strip()
    match = _TRAILING.match(text)
    if match:
        core, frame = match.group("core"), match.group("frame")
    else:
        match = _LEADING.match(text)
        if match is None:
            return None
        core = match.group("core") or match.group("core2")
        frame = (match.group("frame") or match.group("frame2")).strip().rstrip(",")
    if len(core.split()) < 3:
        return None  # "He said so." holds no claim of its own
    core = core[0].upper() + core[1:]
    if not core.endswith((".", "!", "?")):
        core += "."
    return core, frame.strip()


_AMID = re.compile(
    rf",\s*(?P<frame>according to [^,]{{1,80}}|[^,]{{1,60}}\s{_SAYING}(?:\s+on\s+\w+)?),\s",
    re.IGNORECASE,
)
"""A teller set between commas inside the sentence: "The barrier, the union said, failed"."""
_TOLD = re.compile(r"^(?P<frame>[^,;:]{1,80}?)\s(?:told|tells)\s+\S+(?:\s+\S+){2}", re.IGNORECASE)
"""A teller who told someone: "The mayor told reporters the barrier failed"."""
_TOLD_WORD = re.compile(r"\s(?:told|tells)\s", re.IGNORECASE)
_VERB_AT_END = re.compile(
    rf"(?:\s+(?:has|have|had|also|again|repeatedly|publicly|previously|later|earlier))*"
    rf"\s+{_SAYING}(?:\s+on\s+\w+)?(?:\s+that)?$",
    re.IGNORECASE,
)
_CLAUSE = re.compile(
    r"\b(?:because|after|before|when|while|although|though|if|since|until|unless|whereas|"
    r"was|were|is|are|been|failed|did|does|do|not|which|that|who)\b",
    re.IGNORECASE,
)
"""Words of a clause, not of a teller: "The barrier failed because the council said …"
reports the council on the cause, and states the failure itself."""
_ANONYMOUS = re.compile(
    r"\b(?:sources?|insiders?|unnamed|anonymous|unidentified|anonymity|familiar\s+with|"
    r"close\s+to|rumou?rs?|reports|some|many|several|various|others|someone|somebody|"
    r"people|persons?|one|they|it|we|you)\b",
    re.IGNORECASE,
)
"""A teller nobody can name: "sources close to the council", "people familiar with"."""
_ROLE = re.compile(
    r"\b(?:mayor|minister|ministry|department|council|councillors?|government|police|"
    r"spokes(?:man|woman|person)|president|chair(?:man|woman)?|chief|director|secretary|"
    r"governor|senator|MP|company|firm|agency|authority|regulator|watchdog|court|judge|"
    r"coroner|prosecutors?|sheriff|union|committee|commission|board|inquiry|"
    r"embassy|parliament|army|military|navy|office|party|university|hospital|"
    r"operator|insurer|he|she)\b",
    re.IGNORECASE,
)
"""A known office, body or document, or a person named before ("he", "she")."""
_CALENDAR = frozenset(
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "I"]
)  # fmt: skip
GROUPS = frozenset(
    ["officials", "residents", "witnesses", "engineers", "experts", "analysts", "critics", "observers", "scientists", "researchers", "doctors", "economists", "locals", "neighbours", "neighbors", "campaigners", "activists", "protesters", "protestors", "workers", "staff", "employees", "members", "users", "fans", "commentators", "historians", "scholars", "investigators", "authorities", "forecasters", "looters", "survivors", "victims", "families", "parents", "teachers", "students", "farmers", "rescuers", "volunteers", "diplomats", "lawyers", "officers", "aides", "advisers", "advisors", "executives", "managers", "traders", "investors"]
)  # fmt: skip
"""Groups that a bare plural names no one in ("Officials said", "Witnesses say"): at the
start of a sentence their capital is no sign of a name."""


def teller(sentence: str) -> tuple[str, bool] | None:
    """Who `sentence` reports, when it reports someone ("X said (that) …", "According to
    X, …", "…, X said.", "…, X said, …", "X told reporters …"): the teller's words, and
    whether they open the sentence; else None."""
    if _TELLING.search(sentence) is None and _TOLD_WORD.search(sentence) is None:
        return None
    found = without_attribution(sentence)
    text = sentence.strip()
    if found is not None:
        frame = found[1]
        opens = text.lower().startswith(frame.lower())
    else:
        match = _AMID.search(text) or _TOLD.match(text)
        if match is None:
            return None
        frame = match.group("frame").strip()
        opens = match.start("frame") == 0
    if frame.lower().startswith("according to"):
        told = frame[len("according to") :].strip()
        opens = False
    else:
        told = _VERB_AT_END.sub("", frame).strip()
    return (told, opens) if told else None


def is_named(told: str, opens: bool) -> bool:
    """Whether the teller `told` is a named party — a proper name ("the Riverworks
    Union", "Reuters", "NHS officials"), a known office or body ("the mayor", "police",
    "the ministry") or a person named before ("she") — rather than anonymous ("sources
    close to the council", "unnamed officials", "people familiar with …") or a bare
    group ("officials", "witnesses"). `opens`: the teller opens the sentence, so the
    capital of its first word proves a name only outside `GROUPS`."""
    words = told.split()
    if not words or len(words) > 10 or _CLAUSE.search(told) or _ANONYMOUS.search(told):
        return False
    if _ROLE.search(told):
        return True
    for position, word in enumerate(words):
        bare = word.strip("“”\"‘’'().").removesuffix("’s").removesuffix("'s")
        if len(bare) >= 2 and bare.isupper():
            return True  # an acronym: "BBC", "NHS officials", "US officials"
        if not bare[:1].isupper() or bare in _CALENDAR or bare.lower() in STOPWORDS:
            continue
        if position > 0 or not opens or bare.lower() not in GROUPS:
            return True  # "Reuters said" opens a sentence with a name; "Officials said" not
    return False
