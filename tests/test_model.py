"""One description of each record: the field tables, and everything derived from or kept
beside them, agree."""

from __future__ import annotations

import dataclasses
import json

from factcheck.desk.model import (
    ARTICLE_FIELDS,
    CITATION_FIELDS,
    CLAIM_FIELDS,
    SOURCE_FIELDS,
    Article,
    Citation,
    Claim,
    Source,
)
from factcheck.edit.claims import CitationDraft, ClaimDraft
from factcheck.edit.sources import SourceDraft
from factcheck.interop.jsonschema import schemas
from factcheck.interop.sqlite import schema_sql

BOOKKEEPING = {"path", "positions", "position", "body", "body_line"}
"""Fields of the model that are not written in a record: where it was read from."""


def names(specs: tuple[object, ...]) -> set[str]:
    return {spec.name for spec in specs}  # type: ignore[attr-defined]


def fields(cls: type) -> set[str]:
    return {f.name for f in dataclasses.fields(cls)}


def test_the_model_has_exactly_the_fields_of_the_tables() -> None:
    assert fields(Claim) - BOOKKEEPING == names(CLAIM_FIELDS)
    assert fields(Source) - BOOKKEEPING == names(SOURCE_FIELDS)
    assert fields(Article) - BOOKKEEPING == names(ARTICLE_FIELDS)
    assert fields(Citation) - BOOKKEEPING == names(CITATION_FIELDS)


def test_the_editing_drafts_take_every_field_an_editor_writes() -> None:
    # `reviewed_on` of a claim and the dates of a source are set from the day of the edit
    assert fields(ClaimDraft) == names(CLAIM_FIELDS)
    assert fields(SourceDraft) == names(SOURCE_FIELDS)
    assert fields(CitationDraft) == names(CITATION_FIELDS)


def test_sqlite_and_json_schema_are_derived_from_the_tables() -> None:
    ddl = schema_sql()
    for table, specs in (("claims", CLAIM_FIELDS), ("sources", SOURCE_FIELDS)):
        block = ddl.split(f"CREATE TABLE {table} (", 1)[1].split(");", 1)[0]
        for spec in specs:
            if spec.name != "sources":
                assert f'"{spec.name}"' in block, (table, spec.name)
    documents = schemas()
    assert set(json.loads(json.dumps(documents["claim"]))["properties"]) == names(CLAIM_FIELDS)
    assert set(documents["source"]["properties"]) == names(SOURCE_FIELDS)
