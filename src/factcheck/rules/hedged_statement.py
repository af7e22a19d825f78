"""An article sentence rests on vague attribution or a hedge ("reportedly", "allegedly", "sources say").

The cues come from Wikipedia's MOS:WEASEL, MOS:PEACOCK and MOS:DOUBT guidance
and the CoNLL-2010 hedge cues (`factcheck/data/cues.yaml` lists them with their
origin): vague attribution ("critics say", "is widely regarded as"), vague
quantities nobody names ("some", "many", "several" — not "some 300", "many years"
or "many agencies, including the coastguard"), praise, doubt and speculation.
Add cues with `hedges:` and silence one with `ignore_hedges:` in factcheck.yaml,
or one sentence with a `factcheck-ignore hedged-statement` comment.

Fails:

    This is said to have happened because the US lifted sanctions on potash.

Passes:

    Reuters reported that the release followed the lifting of potash sanctions.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.findings import Finding, Severity
from factcheck.rules.article_findings import article_rule, excerpt, on_sentence
from factcheck.rules.base import Context
from factcheck.text.clean import quoted

ID = "hedged-statement"
SEVERITY = Severity.WARNING


def check(ctx: Context) -> Iterator[Finding]:
    """Sentences containing a hedge cue."""
    for analysis in ctx.analyses:
        for sentence in analysis.sentences:
            if sentence.hedges:
                cues = ", ".join(quoted(cue) for cue in dict.fromkeys(sentence.hedges))
                yield on_sentence(
                    ID,
                    SEVERITY,
                    f"hedges with {cues}: {quoted(excerpt(sentence.text))}; name who says it, "
                    "or check it and state it",
                    analysis,
                    sentence,
                )


RULE = article_rule(ID, SEVERITY, __doc__ or "", check)
