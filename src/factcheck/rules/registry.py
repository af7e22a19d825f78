"""The explicit list of every rule, in the SPEC's order."""

from __future__ import annotations

from factcheck.rules import (
    confirmed_without_support,
    contradicts_claim,
    date_order,
    disputed_statement,
    disputed_without_counter,
    duplicate_claim,
    duplicate_id,
    duplicate_source,
    hedged_statement,
    id_mismatch,
    name_variant,
    orphan_source,
    quote_not_found,
    schema,
    single_source,
    skipped_path,
    source_without_url,
    unchecked_sentence,
    unknown_article,
    unknown_field,
    unknown_source,
    unsupported_statement,
    yaml_syntax,
)
from factcheck.rules.base import Rule

RULES: tuple[Rule, ...] = (
    yaml_syntax.RULE,
    schema.RULE,
    duplicate_id.RULE,
    unknown_source.RULE,
    unknown_article.RULE,
    confirmed_without_support.RULE,
    disputed_without_counter.RULE,
    unsupported_statement.RULE,
    disputed_statement.RULE,
    hedged_statement.RULE,
    single_source.RULE,
    duplicate_claim.RULE,
    duplicate_source.RULE,
    quote_not_found.RULE,
    name_variant.RULE,
    unknown_field.RULE,
    id_mismatch.RULE,
    unchecked_sentence.RULE,
    orphan_source.RULE,
    source_without_url.RULE,
    date_order.RULE,
    contradicts_claim.RULE,
    skipped_path.RULE,
)

RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
