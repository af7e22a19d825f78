"""Property tests: any bytes in → records or findings out, never an exception; the fast
(C-composed) and the safe (event) readers agree on every document both can read."""

from __future__ import annotations

import contextlib

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.load.files import claim_from_text, parse_article, source_from_text
from factcheck.load.settings import parse_settings
from factcheck.load.yamlreader import (
    YamlProblem,
    _build,
    _composable,
    _convert,
    _Loader,
    read_yaml,
)

YAMLISH = st.text(
    alphabet=st.sampled_from(
        [*list("abc019 :-[]{},'\"#&*!|>?%@`\n\t~.\\"), "\ufeff", "é", "\x1b", "\u202e"]
    ),
    max_size=200,
)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_make_a_result_not_an_exception(data: bytes) -> None:
    text = data.decode("utf-8", errors="replace")
    claim_from_text(text, "claims/x.yaml")
    source_from_text(text, "sources/x.yaml")
    parse_article(text, "claims/a/article.md", "article")
    parse_settings(text)


@settings(max_examples=300, deadline=None)
@given(YAMLISH)
def test_yaml_like_text_makes_a_result_not_an_exception(text: str) -> None:
    result = claim_from_text(text, "claims/x.yaml")
    assert len(result.claims) + len(result.findings) >= 1
    for finding in result.findings:
        assert finding.line is None or finding.line >= 1


def _events(text: str) -> object:
    try:
        return _build(yaml.parse(text, Loader=_Loader))
    except (YamlProblem, yaml.YAMLError) as error:
        return type(error)


def _composed(text: str) -> object:
    try:
        return _convert(yaml.compose(text, Loader=_Loader), 0)
    except (YamlProblem, yaml.YAMLError) as error:
        return type(error)


@settings(max_examples=300, deadline=None)
@given(YAMLISH)
def test_the_two_readers_agree(text: str) -> None:
    if not _composable(text):
        return
    events, composed = _events(text), _composed(text)
    if isinstance(events, type) or isinstance(composed, type):
        assert isinstance(events, type) and isinstance(composed, type)
    else:
        assert events == composed
    with contextlib.suppress(YamlProblem):
        read_yaml(text)
