"""A safe, located YAML reader: events in, a small tree of plain data out.

We do not let PyYAML construct anything. Every file is parsed by PyYAML (libyaml's C
parser where installed) into events or nodes, and this module builds the tree itself;
one parser reads every file, so a record means what YAML says it means, whatever its
shape:

- no tag builds an object: only the core tags (`!!str`, `!!int`, …) are accepted;
- anchors and aliases are refused: records need none, and refusing them defuses
  "billion laughs" bombs and self-referencing aliases before any expansion;
- nesting deeper than `MAX_DEPTH` is refused (libyaml's own composer recurses in C
  and crashes the interpreter on 20,000 brackets; its event parser does not);
- a key given twice is reported, not silently overwritten;
- scalars stay the text that was written (YAML 1.2 reading of `no`, `0123`,
  `2025-12-13` where a string is expected); typing is the record reader's job.
"""

from __future__ import annotations

import re

import yaml

from factcheck.desk.model import Position
from factcheck.load.yaml_errors import explain, mark_position
from factcheck.load.yamlnodes import Mapping, Node, Scalar, Sequence
from factcheck.text.clean import quoted

try:  # the C parser is several times faster; the pure-Python one reads the same events
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]


class _Loader(_SafeLoader):
    """The safe loader without implicit typing: composing asks the resolver for every
    scalar's type (a handful of regular expressions each), and we keep scalars as
    written and never read the tags it finds, so every node is told "text"."""

    def resolve(self, kind: object, value: object, implicit: object) -> str:
        return _STR_TAG


MAX_DEPTH = 64
"""Records are at most four levels deep; anything near this limit is hostile or broken."""

_CORE = "tag:yaml.org,2002:"
_STR_TAG = _CORE + "str"
ALLOWED_TAGS = frozenset(
    _CORE + name for name in ("str", "int", "float", "bool", "null", "seq", "map", "timestamp")
) | {"!"}


class YamlProblem(Exception):
    """The text cannot be read as plain data; carries a message and a position."""

    def __init__(self, message: str, position: Position, detail: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail
        """The parser's own words, where the message translates them."""
        self.position = position


def node_kind(node: Node) -> str:
    """A word for what a node is, for messages: "a mapping", "a list", "text"."""
    if isinstance(node, Mapping):
        return "a mapping"
    if isinstance(node, Sequence):
        return "a list"
    return "nothing" if node.is_null else f"the value {quoted(node.value)}"


# Text that cannot hold a tag, an anchor, an alias or deep nesting: libyaml may
# compose it into nodes in C, which is several times faster than building the
# tree from events here. Everything else takes the event path.
_UNSAFE_FOR_COMPOSE = re.compile(r"[&*!]|-[ \t]+-(?:[ \t]|$)|^[ \t]{64,}", re.MULTILINE)
_FLOW_OPENERS = re.compile(r"[\[{]")


def _composable(text: str) -> bool:
    return _UNSAFE_FOR_COMPOSE.search(text) is None and len(_FLOW_OPENERS.findall(text)) <= 32


def read_yaml(text: str) -> Node | None:
    """Parse one YAML document into plain nodes; None for an empty document.

    Raises YamlProblem for anything that is not plain, single-document data.
    """
    try:
        if _composable(text):
            return _convert(yaml.compose(text, Loader=_Loader), 0)
        return _build(yaml.parse(text, Loader=_Loader))
    except yaml.MarkedYAMLError as error:
        explained = explain(error, text)
        raise YamlProblem(explained.message, explained.position, explained.detail) from None
    except yaml.YAMLError as error:  # ReaderError and friends carry no problem_mark
        position = Position(1, 1)
        if isinstance(error, yaml.reader.ReaderError):
            line = text.count("\n", 0, error.position) + 1
            column = error.position - (text.rfind("\n", 0, error.position) + 1) + 1
            position = Position(line, column)
            character = f"U+{error.character:04X}" if isinstance(error.character, int) else "?"
            raise YamlProblem(
                f"invalid YAML: the character {character} is not allowed in YAML text; "
                "remove it or write it as an escape inside double quotes",
                position,
            ) from None
        raise YamlProblem(f"invalid YAML: {error}", position) from None


def _convert(node: yaml.Node | None, depth: int) -> Node | None:
    """libyaml's composed nodes as our nodes (the text holds no tags, anchors or aliases)."""
    if node is None:
        return None
    mark = node.start_mark  # (inlined: this runs for every node of every record)
    position = Position(mark.line + 1, mark.column + 1)
    if depth > MAX_DEPTH:
        raise YamlProblem(
            f"the data is nested more than {MAX_DEPTH} levels deep; records are flat", position
        )
    if isinstance(node, yaml.ScalarNode):
        return Scalar(node.value, position, plain=not node.style)
    if isinstance(node, yaml.SequenceNode):
        return Sequence([_convert(item, depth + 1) for item in node.value], position)  # type: ignore[misc]
    mapping = Mapping({}, position)
    for key_node, value_node in node.value:
        key = _convert(key_node, depth + 1)
        if not isinstance(key, Scalar):
            raise YamlProblem(
                "a key must be plain text, not a list or mapping",
                mark_position(key_node.start_mark),
            )
        value = _convert(value_node, depth + 1)
        assert value is not None
        mapping.add(key, value)
    return mapping


def _check_tag(tag: str | None, position: Position) -> None:
    if tag is not None and tag not in ALLOWED_TAGS:
        raise YamlProblem(
            f"the YAML tag {quoted(tag)} is not allowed: records hold plain data only; remove the tag",
            position,
        )


def _check_anchor(anchor: str | None, position: Position) -> None:
    if anchor is not None:
        raise YamlProblem(
            f"the anchor &{anchor} is not allowed: records need no anchors or aliases; "
            "write the value out in full",
            position,
        )


def _build(events: object) -> Node | None:
    """Build the tree from a stream of events, iteratively (no recursion to overflow)."""
    root: Node | None = None
    documents = 0
    # Each open collection, with the key waiting for its value when it is a mapping.
    stack: list[tuple[Mapping | Sequence, Scalar | None]] = []

    def attach(node: Node) -> None:
        nonlocal root
        if not stack:
            root = node
            return
        parent, pending_key = stack[-1]
        if isinstance(parent, Sequence):
            parent.items.append(node)
        elif pending_key is None:
            if not isinstance(node, Scalar):
                raise YamlProblem("a key must be plain text, not a list or mapping", node.position)
            stack[-1] = (parent, node)
        else:
            parent.add(pending_key, node)
            stack[-1] = (parent, None)

    for event in events:  # type: ignore[attr-defined]
        position = mark_position(getattr(event, "start_mark", None))
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise YamlProblem(
                    "a record file holds one YAML document; remove the second `---` and what follows",
                    position,
                )
        elif isinstance(event, yaml.AliasEvent):
            raise YamlProblem(
                f"the alias *{event.anchor} is not allowed: records need no anchors or aliases; "
                "write the value out in full",
                position,
            )
        elif isinstance(event, yaml.ScalarEvent):
            _check_anchor(event.anchor, position)
            _check_tag(event.tag, position)
            plain = not event.style  # libyaml reports plain scalars with style "" or None
            tag = None if event.tag == "!" else event.tag
            attach(Scalar(event.value, position, plain=plain, tag=tag))
        elif isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            _check_anchor(event.anchor, position)
            _check_tag(event.tag, position)
            if len(stack) >= MAX_DEPTH:
                raise YamlProblem(
                    f"the data is nested more than {MAX_DEPTH} levels deep; records are flat",
                    position,
                )
            collection: Mapping | Sequence
            if isinstance(event, yaml.MappingStartEvent):
                collection = Mapping({}, position)
            else:
                collection = Sequence([], position)
            attach(collection)
            stack.append((collection, None))
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            stack.pop()
    return root
