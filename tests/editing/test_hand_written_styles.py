"""A write changes only the lines of the fields it changes, whatever the file's hand-written
style: lists at any indentation, comments after values and between fields, quoted or
plain text, flow or block tags. Every other line keeps its bytes."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ARTICLE, SOURCE_ALPHA, SOURCE_BETA, write_files
from factcheck.desk.model import Stance, Status
from factcheck.edit.claims import CitationDraft, cite, set_status
from factcheck.edit.lifecycle import remove_source, rename_article, rename_source

CLAIM_PATH = "claims/harbour/harbour-reopened-march.yaml"
GAMMA = "id: gamma-wire\ntitle: G\npublisher: Gamma\nurl: https://g.example/\nkind: news\n"
_KEY = re.compile(r"^([a-z_]+):")


@st.composite
def hand_written_claim(draw: st.DrawFn) -> str:
    """A claim as people write them: one indentation per list, comments anywhere a
    comment goes, text quoted or not."""

    def comment(text: str) -> str:
        return draw(st.sampled_from(["", " " * draw(st.integers(1, 9)) + f"# {text}"]))

    def between() -> list[str]:
        return draw(st.sampled_from([[], ["# a note between fields"], [""], ["", "# checked"]]))

    offset = draw(st.sampled_from([0, 2, 4]))
    gap = " " * draw(st.sampled_from([1, 3]))
    dash, inner = " " * offset + "-" + gap, " " * (offset + 1 + len(gap))
    statement = draw(
        st.sampled_from(
            [
                "The harbour of Port Vell reopened on 3 March 2025.",
                "'The harbour of Port Vell reopened on 3 March 2025.'",
                '"The harbour of Port Vell reopened on 3 March 2025."',
                "The harbour of Port Vell reopened\n  on 3 March 2025.",  # one value, two lines
                ">-\n  The harbour of Port Vell reopened\n  on 3 March 2025.",
            ]
        )
    )
    align = draw(st.sampled_from([1, 4]))  # `status:    confirmed`: values in a column

    def field(key: str, value: str) -> str:
        return (
            f"{key}:" + " " * max(1, align + 9 - len(key)) + value
            if align > 1
            else f"{key}: {value}"
        )

    lines = [*draw(st.sampled_from([[], ["# Checked by the desk."]]))]
    lines += [field("id", "harbour-reopened-march") + comment("the id"), *between()]
    lines += [f"statement: {statement}" + comment("as printed"), *between()]
    lines += [field("status", "confirmed") + comment("checked twice"), *between()]
    lines += [field("article", "harbour-reopened") + comment("the story")]
    if draw(st.booleans()):
        lines += ["tags: [harbour, repairs]" + comment("flow")]
    else:
        lines += ["tags:" + comment("block"), f"{dash}harbour" + comment("one"), f"{dash}repairs"]
    lines += between()
    lines += ["sources:" + comment("two reports")]
    lines += draw(st.sampled_from([[], [" " * offset + "# the first report"]]))
    if draw(st.booleans()):
        lines += [f"{dash}alpha-news-report" + comment("press office")]
    else:
        lines += [
            f"{dash}source: alpha-news-report" + comment("press office"),
            f"{inner}stance: supports",
        ]
    lines += [
        f"{dash}source: beta-daily-story",
        f"{inner}stance: supports" + comment("read in print"),
        f"{inner}excerpt: 'The port reopened on Monday.'",
    ]
    lines += between()
    lines += ["rationale: Two independent reports." + comment("kept"), *between()]
    lines += [field("reviewed_by", "Desk"), field("reviewed_on", "2026-11-20") + comment("last")]
    return "\n".join(lines) + "\n"


Operation = tuple[Callable[[Path], object], set[str]]
"""A write, and the top-level fields it may change in the claim."""

OPERATIONS: dict[str, Operation] = {
    "set-status": (
        lambda root: set_status(
            root,
            "harbour-reopened-march",
            Status.UNCONFIRMED,
            rationale="Waiting for the port.",
            reviewed_by="Night desk",
            today=date(2026, 12, 1),
        ),
        {"status", "rationale", "reviewed_by", "reviewed_on"},
    ),
    "cite a new source": (
        lambda root: cite(root, "harbour-reopened-march", CitationDraft("gamma-wire")),
        {"sources"},
    ),
    "cite a cited source again": (
        lambda root: cite(
            root,
            "harbour-reopened-march",
            CitationDraft("alpha-news-report", Stance.SUPPORTS, excerpt="Reopened."),
        ),
        {"sources"},
    ),
    "rename a source": (
        lambda root: rename_source(root, "beta-daily-story", "beta-story"),
        {"sources"},
    ),
    "remove a source and uncite it": (
        lambda root: remove_source(root, "alpha-news-report", uncite=True),
        {"sources"},
    ),
    "rename the article": (
        lambda root: rename_article(root, "harbour-reopened", "port-reopened"),
        {"article"},
    ),
}


def fields(text: str) -> tuple[list[str], dict[str, list[str]]]:
    """The lines before the first field, and each top-level field's lines (from its key to
    the next key: comments between two fields go with the first)."""
    header: list[str] = []
    blocks: dict[str, list[str]] = {}
    current: list[str] = header
    for line in text.splitlines():
        key = _KEY.match(line)
        if key:
            current = blocks[key.group(1)] = []
        current.append(line)
    return header, blocks


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hand_written_claim(), st.sampled_from(sorted(OPERATIONS)))
def test_a_write_changes_only_the_lines_of_the_fields_it_changes(original: str, name: str) -> None:
    write, changing = OPERATIONS[name]
    with tempfile.TemporaryDirectory() as folder:
        root = write_files(
            Path(folder),
            {
                "factcheck.yaml": "min_independent_sources: 1\n",
                "claims/harbour/article.md": ARTICLE,
                CLAIM_PATH: original,
                "sources/alpha-news-report.yaml": SOURCE_ALPHA,
                "sources/beta-daily-story.yaml": SOURCE_BETA,
                "sources/gamma-wire.yaml": GAMMA,
            },
        )
        write(root)
        after = (root / CLAIM_PATH).read_text(encoding="utf-8")
    old_header, old_blocks = fields(original)
    new_header, new_blocks = fields(after)
    assert new_header == old_header
    assert list(new_blocks) == [k for k in old_blocks if k in new_blocks]  # the order kept
    for key, lines in old_blocks.items():
        if key not in changing:
            assert new_blocks[key] == lines, key
    changed = {key for key in old_blocks if new_blocks.get(key) != old_blocks[key]}
    assert changed and changed <= changing
    assert yaml.safe_load(after)["id"] == "harbour-reopened-march"


def test_cite_on_a_commented_list_keeps_each_line_and_moves_the_comment_with_the_id(
    run: Callable[..., tuple[int, str, str]], tmp_path: Path
) -> None:
    original = (
        "id: homes\n"
        "statement: The storm destroyed 4,200 homes.\n"
        "status: confirmed   # checked twice\n"
        "tags:\n"
        "  - bridges\n"  # another indentation than the list cite changes
        "  - storms\n"
        "sources:\n"
        "# the ministry's count\n"
        "- alpha-news-report     # press office\n"
        "- beta-daily-story\n"
        "rationale: The ministry said so.\n"
    )
    write_files(
        tmp_path,
        {
            "factcheck.yaml": "min_independent_sources: 1\n",
            "claims/homes.yaml": original,
            "sources/alpha-news-report.yaml": SOURCE_ALPHA,
            "sources/beta-daily-story.yaml": SOURCE_BETA,
        },
    )
    code, out, err = run(
        "cite", "homes", "alpha-news-report", "--excerpt", "4,200 homes", "--root", str(tmp_path)
    )
    assert (code, err) == (0, ""), out
    assert (tmp_path / "claims/homes.yaml").read_text(encoding="utf-8") == original.replace(
        "- alpha-news-report     # press office\n",
        "- source: alpha-news-report # press office\n  stance: supports\n  excerpt: 4,200 homes\n",
    )
