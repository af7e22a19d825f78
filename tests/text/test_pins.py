"""`factcheck-link` / `factcheck-not` comments: where they are, and which block each is for."""

from __future__ import annotations

from factcheck.text.markdown import markdown_blocks, plain_blocks
from factcheck.text.pins import Judged, Pin, judged_blocks, read_pins

BODY = """\
# Harbour <!-- factcheck-not heading-claim -->

<!-- factcheck-link first, second,third -->
The harbour reopened. Ferries resumed.

- item one
<!-- factcheck-not  third  second -->
- item two, which
  runs on

<!-- factcheck-link first -->
## A heading pinned

Text. <!-- factcheck-link mid --> More text.
<!-- factcheck-notes are not pins --> <!-- factcheck-link -->
"""


def judged(body: str) -> dict[str, Judged]:
    blocks = markdown_blocks(body)
    found = judged_blocks(read_pins(body), [block.offsets[-1] for block in blocks])
    return {blocks[index].text: said for index, said in found.items()}


def test_each_comment_is_read_with_its_ids_and_file_position() -> None:
    pins = read_pins(BODY, body_line=8)
    assert [(p.mark, p.claims, p.line, p.column) for p in pins] == [
        ("factcheck-not", ("heading-claim",), 8, 11),
        ("factcheck-link", ("first", "second", "third"), 10, 1),
        ("factcheck-not", ("third", "second"), 14, 1),
        ("factcheck-link", ("first",), 18, 1),
        ("factcheck-link", ("mid",), 21, 7),
    ]
    assert BODY[pins[1].start : pins[1].end] == "<!-- factcheck-link first, second,third -->"
    assert isinstance(pins[0], Pin) and not pins[0].links and pins[1].links


def test_a_comment_is_for_the_next_block_a_list_item_or_a_heading_included() -> None:
    assert judged(BODY) == {
        # after the heading's text: for the paragraph below it, as factcheck-ignore is
        "The harbour reopened. Ferries resumed.": Judged(
            frozenset({"first", "second", "third"}), frozenset({"heading-claim"})
        ),
        "item two, which runs on": Judged(frozenset(), frozenset({"third", "second"})),
        "A heading pinned": Judged(frozenset({"first"}), frozenset()),
        # inside a paragraph, before some of its text: for that paragraph
        "Text.  More text.": Judged(frozenset({"mid"}), frozenset()),
    }


def test_a_comment_at_the_start_of_a_line_of_text_is_for_that_text() -> None:
    body = "Intro.\n\n## <!-- factcheck-link a --> Heading\n\nAfter.\n"
    assert judged(body) == {" Heading": Judged(frozenset({"a"}), frozenset())}


def test_a_comment_after_the_last_block_is_for_nothing() -> None:
    body = "Only text.\n\n<!-- factcheck-link a -->\n"
    assert read_pins(body) and judged(body) == {}


def test_plain_text_the_comment_line_is_not_the_block_it_is_for() -> None:
    body = "First line.\n<!-- factcheck-link a -->\nSecond line.\n"
    blocks = plain_blocks(body)
    found = judged_blocks(read_pins(body), [block.offsets[-1] for block in blocks])
    assert {blocks[i].text: said for i, said in found.items()} == {
        "Second line.": Judged(frozenset({"a"}), frozenset())
    }


def test_a_body_without_comments_is_not_searched() -> None:
    assert read_pins("No comments here.\n") == ()
