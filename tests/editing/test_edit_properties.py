"""Edits change only what was asked: after any editors' command, every byte of every other
file is the same, and within the changed record only the named fields differ."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import CLAIM, make_repo
from factcheck.desk.model import Stance, Status
from factcheck.edit.claims import CitationDraft, cite, set_status
from factcheck.edit.sources import SourceDraft, add_source
from factcheck.errors import Refused

CLAIM_PATH = "claims/harbour/harbour-reopened-march.yaml"
COMMENTED = "# Checked by the desk.\n" + CLAIM.replace(
    "rationale: Two independent reports.", 'rationale: "Two independent reports."  # kept'
)
TODAY = date(2026, 1, 1)

text = st.none() | st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), min_size=1, max_size=20
).filter(str.strip)
stances = st.none() | st.sampled_from(list(Stance))
sources = st.sampled_from(["alpha-news-report", "beta-daily-story", "gamma-wire"])

given_text = text.filter(lambda value: value is not None)
set_status_op = st.tuples(
    st.just("set-status"), st.sampled_from(list(Status)), given_text, given_text
)
cite_op = st.tuples(st.just("cite"), sources, stances, text, text)
source_op = st.tuples(st.just("source"), st.sampled_from(["delta", "epsilon"]), text)
operation = st.one_of(set_status_op, cite_op, source_op)


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in root.rglob("*")
        if p.is_file() and ".factcheck" not in p.parts
    }


def run(root: Path, op: tuple[Any, ...]) -> tuple[str | None, set[str]]:
    """Apply `op`; the file it may change and the fields it may change there."""
    kind = op[0]
    if kind == "set-status":
        _, status, rationale, reviewer = op
        set_status(root, "harbour-reopened-march", status, rationale=rationale,
                   reviewed_by=reviewer, today=TODAY)  # fmt: skip
        return CLAIM_PATH, {"status", "rationale", "reviewed_by", "reviewed_on"}
    if kind == "cite":
        _, source, stance, excerpt, locator = op
        cite(root, "harbour-reopened-march", CitationDraft(source, stance, excerpt, locator))
        return CLAIM_PATH, {"sources"}
    _, name, title = op
    add_source(root, SourceDraft(id=name, title=title or "A title", publisher="P",
                                 url=f"https://{name}.example/"), today=TODAY)  # fmt: skip
    return None, set()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(operation, min_size=1, max_size=3))
def test_an_edit_changes_only_what_it_names(ops: list[tuple[Any, ...]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = make_repo(
            Path(folder) / "desk",
            {
                CLAIM_PATH: COMMENTED,
                "sources/gamma-wire.yaml": "id: gamma-wire\ntitle: G\npublisher: Gamma\n"
                "url: https://g.example/\n",
            },
        )
        for op in ops:
            before = snapshot(root)
            try:
                changed, fields = run(root, op)
            except Refused:
                assert snapshot(root) == before  # refused: nothing written
                continue
            after = snapshot(root)
            new = set(after) - set(before)
            assert set(before) <= set(after) and (not new or op[0] == "source")
            for rel, data in before.items():
                if rel != changed:
                    assert after[rel] == data, rel
            if changed is None:
                continue
            old, now = yaml.safe_load(before[changed]), yaml.safe_load(after[changed])
            assert {k: v for k, v in old.items() if k not in fields} == {
                k: v for k, v in now.items() if k not in fields
            }
            assert after[changed].startswith(b"# Checked by the desk.\n")
            if op[0] == "cite":  # only the citation of that source may differ
                others = [
                    c for c in old["sources"] if (c if isinstance(c, str) else c["source"]) != op[1]
                ]
                assert [
                    c for c in now["sources"] if (c if isinstance(c, str) else c["source"]) != op[1]
                ] == others
