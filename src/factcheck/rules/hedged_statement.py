"""An article sentence rests on vague attribution or a hedge ("reportedly", "allegedly", "sources say").

The cues come from Wikipedia's MOS:WEASEL, MOS:PEACOCK and MOS:DOUBT guidance,
the CoNLL-2010 hedge cues and newsroom standards on anonymous sources
(`factcheck/data/cues.yaml` lists them with their origin): vague attribution
("critics say", "is widely regarded as"), anonymous attribution and hearsay ("it
is understood that", "sources close to the council said", "insiders say",
"according to unnamed officials", "people familiar with …", "who asked not to be
named", "rumours suggest"), vague quantities nobody names ("some", "many",
"several" — not "some 300", "many years" or "many agencies, including the
coastguard"), praise, doubt and speculation. A named party is no hedge ("the
Riverworks Union said", "police said"). Add cues with `hedges:` and silence one
with `ignore_hedges:` in factcheck.yaml, or one sentence with a
`factcheck-ignore hedged-statement` comment.

Fails:

    This is said to have happened because the US lifted sanctions on potash.
    Sources close to the council said the barrier failed.

Passes:

    Reuters reported that the release followed the lifting of potash sanctions.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.desk.findings import Finding, Severity
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
