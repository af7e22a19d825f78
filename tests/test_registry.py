"""Every rule is registered once, documented with a failing and a passing example, and tested."""

from __future__ import annotations

import ast
import pkgutil

import factcheck.rules
from conftest import SAMPLE
from factcheck.rules.registry import RULES

DOCUMENTED_RULES = {
    "yaml-syntax", "schema", "duplicate-id", "unknown-source", "unknown-article",
    "confirmed-without-support", "disputed-without-counter", "unsupported-statement",
    "disputed-statement", "hedged-statement", "single-source", "duplicate-claim",
    "duplicate-source", "quote-not-found", "name-variant", "unknown-field", "id-mismatch",
    "unchecked-sentence", "orphan-source", "source-without-url", "date-order",
    "contradicts-claim", "conflicting-evidence", "weak-support", "syndicated-source",
    "stale-review",
}  # fmt: skip
HELPERS = {"base", "registry", "article_findings", "evidence", "nearest"}


def test_every_spec_rule_is_registered_once() -> None:
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))
    assert set(ids) >= DOCUMENTED_RULES


def test_every_rule_module_is_in_the_registry() -> None:
    modules = {m.name for m in pkgutil.iter_modules(factcheck.rules.__path__)} - HELPERS
    assert {rule.id.replace("-", "_") for rule in RULES} == modules


def test_every_rule_is_documented_with_examples() -> None:
    for rule in RULES:
        assert rule.summary and rule.summary.endswith("."), rule.id
        assert "Fails" in rule.doc and "Passes" in rule.doc, rule.id


def test_every_rule_has_a_test_that_fires_and_one_that_keeps_quiet() -> None:
    for rule in RULES:
        path = SAMPLE / "tests" / "rules" / f"test_{rule.id.replace('-', '_')}.py"
        names = [
            node.name
            for node in ast.walk(ast.parse(path.read_text()))
            if isinstance(node, ast.FunctionDef)
        ]
        assert any(name.startswith("test_fires") for name in names), rule.id
        assert any(name.startswith("test_quiet") for name in names), rule.id


def test_the_rules_page_is_generated_from_the_docstrings() -> None:
    from factcheck.docs import rules_markdown

    assert (SAMPLE / "docs" / "rules.md").read_text(encoding="utf-8") == rules_markdown(), (
        "docs/rules.md is stale: run `python -m factcheck.docs > docs/rules.md`"
    )


def test_rule_ids_in_the_sources_are_kebab_case() -> None:
    assert all(rule.id == rule.id.lower() and " " not in rule.id for rule in RULES)
