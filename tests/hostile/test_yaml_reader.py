"""The record reader: each shape a record is written in read into nodes with their
positions and styles; text YAML reads specially read as libyaml reads it; tags,
anchors, aliases and a second document refused where they stand."""

from __future__ import annotations

import pytest
import yaml

from factcheck.desk.model import Position
from factcheck.load.yamlnodes import Mapping, Scalar, Sequence
from factcheck.load.yamlreader import YamlProblem, read_yaml

RECORD = (
    """\
# a comment line
id: bellavia-airlines-sanctions-lifted
statement: Sanctions on "Bellavia Airlines" were lifted   # said in November
quote: 'reports that ''Bellavia Airlines sanctions'' were lifted'
wrapped: a statement that goes on
  over the next line
empty:
tags: [sanctions,  names]
none: []
sources:
  - source: knews-us-lifts-air-sanctions-belarus
    stance: mentions
    excerpt: >-
      The U.S. Treasury's OFAC removed Belavia,
      from its sanctions list.

      A second paragraph.
  - un-report
rationale: |
  First line.

  Third line.

id: again
"""
    + "   \n"
)  # a line of spaces alone: blank


def test_each_shape_of_a_record_is_read_with_its_position_and_style() -> None:
    node = read_yaml(RECORD)
    assert isinstance(node, Mapping)
    items = {key: value for key, (_, value) in node.items.items()}
    assert items["statement"] == Scalar(
        'Sanctions on "Bellavia Airlines" were lifted', Position(3, 12)
    )
    assert items["quote"] == Scalar(
        "reports that 'Bellavia Airlines sanctions' were lifted", Position(4, 8), plain=False
    )
    assert items["wrapped"] == Scalar(
        "a statement that goes on over the next line", Position(5, 10)
    )
    assert items["empty"] == Scalar("", Position(7, 7))
    assert items["tags"] == Sequence(
        [Scalar("sanctions", Position(8, 8)), Scalar("names", Position(8, 20))], Position(8, 7)
    )
    assert items["none"] == Sequence([], Position(9, 7))
    sources = items["sources"]
    assert isinstance(sources, Sequence) and isinstance(sources.items[0], Mapping)
    excerpt = sources.items[0].items["excerpt"][1]
    assert excerpt == Scalar(
        "The U.S. Treasury's OFAC removed Belavia, from its sanctions list.\nA second paragraph.",
        Position(13, 14),
        plain=False,
    )
    assert sources.items[1] == Scalar("un-report", Position(18, 5))
    assert items["rationale"] == Scalar(
        "First line.\n\nThird line.\n", Position(19, 12), plain=False
    )
    assert [(first.position, again.position) for first, again in node.duplicates] == [
        (Position(2, 1), Position(24, 1))
    ]


# A no-break space is text to YAML, not white space (`str.isspace` says otherwise: a
# hand-written reader that used it once read these blocks differently from libyaml).
READ_AS_LIBYAML_READS = [
    "notes: |\n  \xa0",  # a block whose only line is a no-break space, no final line break
    "notes: |\n  \xa0\n",
    "notes: >-\n  a\n  \xa0\n  b\n",
    "notes: |\n  a\n     \n  b\n",  # spaces beyond the indentation: text, not a blank line
    "statement: >\n  Belarus",  # the file ends on the block's last line: no line break
    "notes: >+\n  kept\n\n",  # keep chomping
]


@pytest.mark.skipif(not yaml.__with_libyaml__, reason="compares with libyaml itself")
@pytest.mark.parametrize("text", READ_AS_LIBYAML_READS)
def test_a_block_scalar_reads_as_libyaml_reads_it(text: str) -> None:
    node = read_yaml(text)
    assert isinstance(node, Mapping)
    [(_, value)] = node.items.values()
    [(_, libyaml_value)] = yaml.compose(text, Loader=yaml.CSafeLoader).value
    assert isinstance(value, Scalar)
    assert value.value == libyaml_value.value
    assert not value.plain


def test_a_block_of_a_no_break_space_keeps_it_as_written() -> None:
    node = read_yaml("notes: |\n  \xa0")
    assert isinstance(node, Mapping)
    assert node.items["notes"][1] == Scalar("\xa0", Position(1, 8), plain=False)


REFUSED = [
    ("id: !!python/object/apply:os.system ['echo hi']\n", 1, 5, "the YAML tag"),
    ("tags: [!t x]\n", 1, 8, "the YAML tag '!t'"),
    ("id: &a x\nother: *a\n", 1, 5, "the anchor &a"),
    ("tags: [&a x]\n", 1, 8, "the anchor &a"),
    ("tags: [a, *a]\n", 1, 11, "the alias *a"),
    ("id: x\n---\nid: y\n", 2, 1, "invalid YAML"),
    ("id: x\n  # inside\n  y\n", 3, 3, "invalid YAML"),
]


@pytest.mark.parametrize(("text", "line", "column", "message"), REFUSED)
def test_what_a_record_cannot_hold_is_refused_where_it_stands(
    text: str, line: int, column: int, message: str
) -> None:
    with pytest.raises(YamlProblem) as refused:
        read_yaml(text)
    assert refused.value.position == Position(line, column)
    assert refused.value.message.startswith(message)
