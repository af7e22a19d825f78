"""Follow-up articles against the desks they follow (tests/data/followups): every
sentence a fact-checker labelled is linked as labelled, through `factcheck check`.

One case per expectation of `expectations.yaml`: a paraphrase or an admitted rounding
asserts its claim and nothing else, a changed figure, date or amount contradicts its
claim and asserts nothing, a look-alike or an unrelated sentence is linked to nothing.
The judging is bench/followups.py's, which prints the same figures; the tests below the
cases keep the data and the judge honest.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import SAMPLE
from factcheck.load.repository import load_repository


def _bench():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("followups", SAMPLE / "bench" / "followups.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["followups"] = module
    spec.loader.exec_module(module)
    return module


followups = _bench()
FOLLOWUPS: Path = followups.FOLLOWUPS
EXPECTATIONS = followups.load()
DESKS = sorted({e.root for e in EXPECTATIONS})

_checked: dict[str, list[dict[str, Any]]] = {}
"""Each article's sentences as `check` gave them: one run an article, not one a case."""


def _sentences(run, expectation) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    if expectation.article not in _checked:
        code, out, err = run(
            "check",
            str(FOLLOWUPS / expectation.article),
            "--root",
            str(FOLLOWUPS / expectation.root),
            "--format",
            "json",
            "--no-cache",
        )
        assert code in (0, 1), err  # 2 would mean the command could not run
        _checked[expectation.article] = json.loads(out)["sentences"]
    return _checked[expectation.article]


KNOWN_MISSES = {
    "week-after:lookalike:parks-service-employs-85-gardeners": "85 gardeners and 85 staff agree: a count's noun is compared only when the figures differ",
    "barrier-inquiry:lookalike:dunmore-s-second-barrier-on-fenn": "'second barrier, on Fenn Brook' is another barrier: names are not weighed as subjects",
    "relief-money:lookalike:in-2024-the-government-pledged-£2.5": "the same sum for another purpose, with a year the claim does not give",
    "relief-money:contradiction:five-rest-centres-were-set-up": "other words and no other fact in common: too far in meaning for a contradiction",
    "what-it-means:paraphrase:the-vote-was-9-4": "too short to be close in meaning, and '9-4' is read as two loose numbers",
    "what-it-means:lookalike:statewide-unemployment-fell-to-4.1-percent": "'statewide' against Lakeport: a place that is not a name",
    "what-it-means:lookalike:the-central-library-will-stay-open": "'stay open' and 'close' lie close in meaning",
    "what-it-means:contradiction:a-bus-ride-will-cost-$3": "other words ('a bus ride will cost'): the score falls short of the threshold",
    "what-it-means:lookalike:health-insurance-makes-up-18-percent": "another subject with the same share of the same fund",
    "what-it-means:lookalike:the-city-plans-to-fill-15,000": "'this year' against 'last year' is not read as a date",
    "a-week-on:contradiction:homeowners-face-a-property-tax-increase": "other words and no other fact in common: too far in meaning for a contradiction",
    "after-the-release:paraphrase:a-dozen-of-those-freed-held": "'of those freed' counts no noun, and the meanings are not close",
    "sanctions-explainer:contradiction:fifteen-of-those-freed-were-foreign": "'of those freed' counts no noun, and the meanings are not close",
    "sanctions-explainer:paraphrase:the-majority-of-those-released-were": "'the majority' is not read as a figure; other words throughout",
    "sanctions-explainer:contradiction:the-9-january-release-was-the": "'fourth' and 'third' are ordinals, not read as figures",
    "sanctions-explainer:paraphrase:washington-handed-over-$20-million-in": "'Washington' stands for the United States",
    "sanctions-explainer:lookalike:paid-$20-million-for-a-new": "the same sum for another purchase",
}
"""Expectations the matcher is known to miss, each with why: the issue's measure of what
is left. Strict: a miss that starts to hold turns red until it leaves this list."""


def _case(expectation):  # type: ignore[no-untyped-def]
    reason = KNOWN_MISSES.get(expectation.name)
    if reason is None:
        return expectation
    return pytest.param(expectation, marks=pytest.mark.xfail(reason=reason, strict=True))


@pytest.mark.parametrize(
    "expectation", [_case(e) for e in EXPECTATIONS], ids=[e.name for e in EXPECTATIONS]
)
def test_the_sentence_is_linked_as_a_fact_checker_would(run, expectation) -> None:  # type: ignore[no-untyped-def]
    sentence, problem = followups.judge(expectation, _sentences(run, expectation))
    assert problem is None, f"{expectation.kind}: {sentence or expectation.text!r}: {problem}"


# The data and the judge.


@pytest.mark.parametrize("desk", DESKS)
def test_every_desk_audits_without_errors(run, desk: str) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("audit", "--root", str(FOLLOWUPS / desk), "--no-cache")
    assert code == 0, out
    assert "\n0 errors," in out


def test_the_expectations_are_sound() -> None:
    assert len(EXPECTATIONS) >= 40
    assert {e.kind for e in EXPECTATIONS} == set(followups.KINDS)
    claims = {desk: {c.id: c for c in load_repository(FOLLOWUPS / desk).claims} for desk in DESKS}
    bodies = {  # the text after the front matter
        e.article: (FOLLOWUPS / e.article).read_text(encoding="utf-8").split("---\n", 2)[2]
        for e in EXPECTATIONS
    }
    for e in EXPECTATIONS:
        assert not e.article.startswith(f"{e.root}/claims/")  # a draft, outside the audit
        assert e.claim is None or e.claim in claims[e.root], e
        assert bodies[e.article].count(e.text) == 1, e  # names one sentence
    # an article does not both restate a claim and contradict it
    for article in bodies:
        told = [(e.claim, e.kind == "contradiction") for e in EXPECTATIONS if e.article == article]
        assert len({claim for claim, _ in told if claim}) == len(
            {pair for pair in told if pair[0]}
        ), article
    # no follow-up carries a claim's quote, which would link it by the quote alone
    for e in EXPECTATIONS:
        quotes = [c.quote for c in claims[e.root].values() if c.quote]
        assert not [q for q in quotes if q.lower() in bodies[e.article].lower()], e.article
    assert len({e.name for e in EXPECTATIONS}) == len(EXPECTATIONS)


def _sentence(text: str, *found: tuple[str, str]) -> dict[str, Any]:
    return {"text": text, "claims": [{"id": c, "relation": r} for c, r in found]}


@pytest.mark.parametrize(
    ("kind", "claim", "found", "holds"),
    [
        ("paraphrase", "a", [("a", "asserts")], True),
        ("paraphrase", "a", [], False),
        ("paraphrase", "a", [("b", "asserts")], False),
        ("paraphrase", "a", [("a", "asserts"), ("b", "asserts")], False),
        ("paraphrase", "a", [("a", "contradicts")], False),
        ("rounding", "a", [("a", "asserts")], True),
        ("rounding", "a", [("a", "contradicts")], False),
        ("contradiction", "a", [("a", "contradicts")], True),
        ("contradiction", "a", [("a", "asserts")], False),
        ("contradiction", "a", [("a", "contradicts"), ("b", "asserts")], False),
        ("contradiction", "a", [], False),
        ("lookalike", None, [], True),
        ("lookalike", None, [("a", "asserts")], False),
        ("unrelated", None, [("a", "contradicts")], False),
    ],
)
def test_the_judge(kind: str, claim: str | None, found: list[tuple[str, str]], holds: bool) -> None:
    expectation = followups.Expectation("x.md", "x", "floods", kind, claim)
    sentences = [_sentence("Harwick floods again."), _sentence("It rained.")]
    sentences[0]["claims"] = _sentence("", *found)["claims"]
    assert (followups.judge(expectation, sentences)[1] is None) is holds


def test_the_judge_wants_the_text_in_exactly_one_sentence() -> None:
    expectation = followups.Expectation("x.md", "x", "Harwick", "lookalike", None)
    assert followups.judge(expectation, [_sentence("Harwick floods.")])[1] is None
    assert followups.judge(expectation, [_sentence("Harwick floods."), _sentence("Harwick.")])[1]
    assert followups.judge(expectation, [_sentence("Dunmore floods.")])[1]


def test_a_malformed_expectation_is_refused(tmp_path: Path) -> None:
    for entry in (
        "{text: a, kind: paraphrase, claim: null}",
        "{text: a, kind: lookalike, claim: b}",
        "{text: a, kind: typo, claim: null}",
        "{text: a, kind: unrelated}",
    ):
        path = tmp_path / "expectations.yaml"
        path.write_text(f"articles:\n  - {{path: x.md, root: x, expectations: [{entry}]}}\n")
        with pytest.raises(ValueError):
            followups.load(path)


def test_every_known_miss_names_an_expectation() -> None:
    assert set(KNOWN_MISSES) <= {e.name for e in EXPECTATIONS}
