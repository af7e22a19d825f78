"""The fast reader of plain records reads exactly what libyaml reads, or leaves the file
to libyaml: generated records, hostile near-records and line soup, compared node by
node (values, styles, positions, repeated keys)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import SAMPLE, audit_findings
from factcheck.desk.model import Position
from factcheck.load import yamlreader
from factcheck.load.plainyaml import NotPlain, read_plain_yaml
from factcheck.load.yamlnodes import Mapping, Node, Scalar, Sequence
from factcheck.load.yamlreader import YamlProblem, read_with_libyaml, read_yaml


def _plain(text: str) -> object:
    try:
        return read_plain_yaml(text)
    except NotPlain:
        return NotPlain


def _libyaml(text: str) -> object:
    try:
        return read_with_libyaml(text)
    except YamlProblem as problem:
        return problem


def assert_same_or_left_to_libyaml(text: str) -> bool:
    """The fast reader's nodes equal libyaml's, or it declined; whether it read the text."""
    fast = _plain(text)
    if fast is NotPlain:
        return False
    slow = _libyaml(text)
    assert not isinstance(slow, YamlProblem), f"read {text!r}, which libyaml refuses: {slow}"
    assert fast == slow, text
    return True


# Words as records have them, and fragments that mean something to YAML.
WORDS = st.sampled_from(
    [
        *("Belarus", "freed", "123", "prisoners", "2025-12-13", "no", "null", "~", "it's"),
        *("a:b", "x#y", "«Bellavia»", "naïve", "4.5%", "e.g.", "U.S.", "O'Brien", "yes", "-5"),
    ]
)
FRAGMENTS = st.sampled_from(
    [
        *(" #", ": ", ":", "'", "''", '"', "\\", "- ", "[", "]", ",", "{", "}", "&a", "*a"),
        *("!t", "|", ">", "%", "@", "`", "?", "---", "...", "  ", "#"),
    ]
)
UNREADABLE = st.sampled_from(["\t", "\r", "\x85", "\u2028", "\ufeff", "\x1b[31m", "\x00", "\ud800"])
"""Characters YAML refuses or reads as line breaks, or a tab."""
CLEAN_TEXT = st.lists(WORDS, min_size=1, max_size=5).map(" ".join)
ANY_TEXT = st.lists(st.one_of(WORDS, WORDS, FRAGMENTS), min_size=1, max_size=5).map(" ".join)
KEYS = st.sampled_from(["id", "statement", "sources", "notes", "tags", "x_y", "a-b", "id"])


class Shapes:
    """The choices of one generated record: as records are written, or, when `hostile`,
    also what a careless or malicious hand writes."""

    def __init__(self, draw: st.DrawFn, hostile: bool) -> None:
        self.draw = draw
        self.hostile = hostile

    def odd(self) -> bool:
        """Whether this choice goes astray: a quarter of a hostile record's choices."""
        return self.hostile and self.draw(st.integers(0, 3)) == 0

    def pick(self, usual: list[str], odd: list[str]) -> str:
        return self.draw(st.sampled_from(odd if odd and self.odd() else usual))

    def text(self) -> str:
        return self.draw(ANY_TEXT if self.odd() else CLEAN_TEXT)

    def value(self, indent: str = "") -> str:
        """What follows a key's colon, and the lines it takes below (indented from `indent`)."""
        text, draw, pick = self.text(), self.draw, self.pick
        shape = pick(["plain", "single", "double", "wrapped", "block", "flow"], [])
        comment = pick(["", "", " # a comment"], ["  #", "#x", " #"])
        if shape == "plain":
            return f" {text}{comment}"
        if shape == "single":
            return f" '{text.replace(chr(39), chr(39) * 2)}'{comment}"
        if shape == "double":
            return f' "{text}"{comment}'
        if shape == "wrapped":
            more = [
                f"\n{indent}{pick([' ', '  ', '    '], ['', '   '])}{self.text()}"
                for _ in range(draw(st.integers(1, 3)))
            ]
            first = pick([text], [f"{text}{comment}", f"'{text}'", f'"{text}"'])
            return f" {first}" + "".join(more)
        if shape == "flow":
            items = [self.text() for _ in range(draw(st.integers(0, 4)))]
            spacing = pick([", ", ",", " , ", ",  "], [",,"])
            return f" [{spacing.join(items)}]{pick(['', ' '], [',]', ' # c', ']'])}"
        header = pick([">-", ">", "|", "|-"], ["|+", ">2", ">- # c", ">-  ", ">+", "|1-"])
        pad = pick(["  ", "    ", " "], [""])
        lines = []
        for number in range(draw(st.integers(0 if self.hostile else 1, 5))):
            line = pick(["text", "text", "blank", "trailing", "spaces"], ["deeper", "wide"])
            if number == 0 and line in ("blank", "spaces"):
                line = pick(["text"], ["blank", "spaces"])
            lines.append(
                {
                    "blank": "",
                    "spaces": f"{indent}{pad}"[: draw(st.integers(0, len(indent + pad)))],
                    "wide": f"{indent}{pad} ",
                    "deeper": f"{indent}{pad} {text}",
                }.get(line, f"{indent}{pad}{self.text()}{' ' if line == 'trailing' else ''}")
            )
        return f" {header}" + "".join(f"\n{line}" for line in lines)

    def list_value(self) -> str:
        """A key's block list: values, or small mappings (`- source: s1` and lines below)."""
        draw, pick = self.draw, self.pick
        dash = pick(["", "  ", "    "], [" "])
        inner = dash + "  "
        lines = []
        for _ in range(draw(st.integers(0, 3))):
            if draw(st.booleans()):
                lines.append(f"{dash}- {self.text()}{pick([''], [' # c', ' #'])}")
            else:
                pairs = [f"{dash}- {draw(KEYS)}:{self.item_value(inner)}"]
                for _ in range(draw(st.integers(0, 2))):
                    at = pick([inner], [inner + " ", dash, dash + " "])
                    pairs.append(f"{at}{draw(KEYS)}:{self.item_value(inner)}")
                lines.append("\n".join(pairs))
            lines.append(pick(["", "# note", "-", "-"], ["  # note", "   ", f"{dash}-"]))
        return "\n" + "\n".join(line for line in lines if line != "-")

    def item_value(self, indent: str) -> str:
        """A value in a list item's mapping: one line, or a block of text."""
        value = self.value(indent)
        if self.hostile or value.startswith((" >", " |")):
            return value
        return f" {self.text()}"

    def record(self) -> str:
        """Keys and values in every shape, with blank and comment lines between."""
        draw, pick = self.draw, self.pick
        lines = []
        for _ in range(draw(st.integers(0, 6))):
            colon = pick([":"], [" :", ":  ", "::"])
            value = self.list_value() if draw(st.integers(0, 3)) == 0 else self.value()
            lines.append(f"{draw(KEYS)}{colon}{pick([value], [''])}")
            lines.append(pick(["", "", "# a comment", "-"], [" # indented", "---", "  ", "..."]))
        return "\n".join(line for line in lines if line != "-") + pick(["\n", "", "\n\n"], [])


@st.composite
def records(draw: st.DrawFn) -> str:
    """A record as written, or (half of them) with what a careless or malicious hand adds."""
    return Shapes(draw, draw(st.booleans())).record()


@st.composite
def records_with_unreadable_characters(draw: st.DrawFn) -> str:
    """A record with a character YAML refuses, or reads as a line break, somewhere in it."""
    text = draw(records())
    at = draw(st.integers(0, len(text)))
    return text[:at] + draw(UNREADABLE) + text[at:]


LINE_SOUP = st.lists(
    st.tuples(
        st.sampled_from(["", " ", "  ", "    "]),
        st.sampled_from(["", "- ", "id: ", "id:", "- id: ", "-", "id: >-", "id: ["]),
        st.one_of(CLEAN_TEXT, ANY_TEXT),
    ).map("".join),
    max_size=8,
).map("\n".join)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records())
@example("statement: >\n  Belarus")  # the file ends on the block's last line: no line break
@example("statement: |\n  a\n  \n\n  b \n ")  # blank lines, with spaces or none; a trailing one
def test_a_generated_record_is_read_as_libyaml_reads_it_or_left_to_it(text: str) -> None:
    assert_same_or_left_to_libyaml(text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records_with_unreadable_characters())
def test_a_record_with_an_unreadable_character_is_left_to_libyaml(text: str) -> None:
    assert not assert_same_or_left_to_libyaml(text)


@settings(max_examples=400, deadline=None)
@given(LINE_SOUP)
def test_line_soup_is_read_as_libyaml_reads_it_or_left_to_it(text: str) -> None:
    assert_same_or_left_to_libyaml(text)


def test_the_generated_records_mostly_take_the_fast_path() -> None:
    """The property above means something only if the fast reader reads many of them."""
    read = 0
    clean = records().filter(lambda text: "\t" not in text)

    @settings(max_examples=300, deadline=None, database=None)
    @given(clean)
    def count(text: str) -> None:
        nonlocal read
        read += assert_same_or_left_to_libyaml(text)

    count()
    assert read >= 30


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


def test_each_shape_of_a_record_is_read_by_the_fast_reader_exactly() -> None:
    node = read_plain_yaml(RECORD)
    assert node == read_with_libyaml(RECORD)
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


LEFT_TO_LIBYAML = [
    "id: !!python/object/apply:os.system ['echo hi']\n",  # a tag that builds objects
    "id: &a x\nother: *a\n",  # an anchor and an alias
    "id: x\n---\nid: y\n",  # a second document
    "id: {a: b}\n",  # a flow mapping
    'id: "a\\x41"\n',  # an escape
    "id:\tx\n",  # a tab
    "id: x\n  # inside\n  y\n",  # a comment inside a wrapped value
    "notes: >+\n  kept\n\n",  # keep chomping
    "notes: >2\n   x\n",  # an explicit indentation
    "id: x\n bad: y\n",  # a key indented under a value
    "- a\n- b\n",  # a list, not a mapping
    "id: [a, [b]]\n",  # nested lists
    "id: a: b\n",  # a mapping where a value was expected
    "id: x\u2028y\n",  # a line separator
    "tags: [&a x]\n",  # an anchor in a list
    "tags: [a, *a]\n",  # an alias in a list
    "tags: [!t x]\n",  # a tag in a list
    "tags: [a, 'b']\n",  # a quoted value in a list
    "id: x # said\n  more\n",  # a value wrapped after its comment
    "id: 'x'\n  more\n",  # a quoted value wrapped
    "notes: >-\n  a\n   deeper\n  b\n",  # a more indented line: kept, not folded
    "notes: |\n  a\n     \n  b\n",  # spaces beyond the indentation: text, not a blank line
    "notes: >-\nid: x\n",  # an empty block
    "notes: >-",  # the file ends at the header
]


def test_hostile_or_unusual_text_is_left_to_libyaml_which_judges_it_as_before() -> None:
    for text in LEFT_TO_LIBYAML:
        assert _plain(text) is NotPlain, text
        slow = _libyaml(text)
        fast_path = _read(text)
        assert type(fast_path) is type(slow), text
        if isinstance(slow, YamlProblem):
            assert isinstance(fast_path, YamlProblem)
            assert (fast_path.message, fast_path.position) == (slow.message, slow.position)
        else:
            assert fast_path == slow


def _read(text: str) -> object:
    try:
        return read_yaml(text)
    except YamlProblem as problem:
        return problem


def test_every_record_of_the_sample_desk_takes_the_fast_path() -> None:
    records = sorted(SAMPLE.glob("claims/*/*.yaml")) + sorted(SAMPLE.glob("sources/*.yaml"))
    assert len(records) == 28
    left = []
    for path in records:
        try:
            read_plain_yaml(path.read_text(encoding="utf-8"))
        except NotPlain:
            left.append(path.name)
    assert left == []


def test_the_sample_desk_audits_the_same_without_the_fast_reader(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Where the fast reader declines everything, libyaml alone gives the same audit."""
    fast = audit_findings(SAMPLE)

    def declined(text: str) -> Node | None:
        raise NotPlain

    monkeypatch.setattr(yamlreader, "read_plain_yaml", declined)
    assert audit_findings(SAMPLE) == fast
