"""Settings read from `factcheck.yaml` and checked like a record (docs/format.md, "Settings")."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from factcheck.desk.findings import Finding
from factcheck.desk.model import RELIABILITY, Position
from factcheck.desk.settings import SEVERITY_CHOICES, Organization, Settings
from factcheck.load.discover import SETTINGS_FILE
from factcheck.load.fields import FieldReader
from factcheck.load.files import MAX_RECORD_BYTES, read_text
from factcheck.load.yamlnodes import Mapping, Node, Scalar, Sequence
from factcheck.load.yamlreader import YamlProblem, node_kind, read_yaml
from factcheck.suggest import nearest, phrase
from factcheck.text.clean import quoted, visible

KNOWN_KEYS = (
    "min_independent_sources",
    "duplicate_threshold",
    "match_threshold",
    "names",
    "rules",
    "hedges",
    "ignore_hedges",
    "ratings",
    "organization",
    "review_url_template",
    "min_reliability",
    "review_max_age_days",
    "corpus",
)


def load_settings(root: Path) -> tuple[Settings, list[Finding]]:
    """Read `<root>/factcheck.yaml`; defaults where it is absent or a value is invalid."""
    path = root / SETTINGS_FILE
    if not path.is_file():
        return Settings(), []
    text, problem = read_text(path, SETTINGS_FILE, MAX_RECORD_BYTES)
    if text is None:
        return Settings(), [problem] if problem else []
    return parse_settings(text)


def parse_settings(text: str) -> tuple[Settings, list[Finding]]:
    """Settings from the text of a `factcheck.yaml`, with a finding for each problem."""
    reader = FieldReader(SETTINGS_FILE)
    try:
        node = read_yaml(text)
    except YamlProblem as problem:
        reader.problem(problem.message, problem.position, rule="yaml-syntax", detail=problem.detail)
        return Settings(), reader.findings
    if node is None or (isinstance(node, Scalar) and node.is_null):
        return Settings(), []
    if not isinstance(node, Mapping):
        reader.problem(
            f"settings must be a mapping, but the file holds {node_kind(node)}", node.position
        )
        return Settings(), reader.findings
    return _SettingsReader(reader).read(node), reader.findings


@dataclass
class _SettingsReader:
    reader: FieldReader
    rule_positions: dict[str, Position] = field(default_factory=dict)

    def read(self, mapping: Mapping) -> Settings:
        values: dict[str, object] = {}
        for first, repeated in mapping.duplicates:
            self.reader.problem(
                f"the key {quoted(first.value)} is given twice (first on line {first.position.line}); "
                "the first value is used",
                repeated.position,
                rule="yaml-syntax",
            )
        for name, (key, node) in mapping.items.items():
            if isinstance(node, Scalar) and node.is_null:
                continue
            method = getattr(self, f"_{name}", None) if name in KNOWN_KEYS else None
            if method is None:
                near = nearest(name, KNOWN_KEYS)
                self.reader.problem(
                    f"unknown setting {quoted(visible(name))}{phrase(near)}",
                    key.position,
                    rule="unknown-field",
                    suggestion=near[0] if near else None,
                )
                continue
            value = method(node)
            if value is not None:
                values[name] = value
        return Settings(**values, rule_positions=self.rule_positions)  # type: ignore[arg-type]

    def _number(self, name: str, node: Node, low: float, high: float) -> float | None:
        if isinstance(node, Scalar) and len(node.value) <= 20:
            try:
                number = float(node.value)
            except ValueError:
                number = None
            if number is not None and low <= number <= high:
                return number
        shown = node.value[:40] if isinstance(node, Scalar) else node_kind(node)
        self.reader.problem(
            f"setting {quoted(name)} must be a number from {low:g} to {high:g}, not {quoted(shown)}",
            node.position,
        )
        return None

    def _min_independent_sources(self, node: Node) -> int | None:
        number = self._number("min_independent_sources", node, 1, 100)
        if number is None:
            return None
        if number != int(number):
            self.reader.problem(
                "setting 'min_independent_sources' must be a whole number", node.position
            )
            return None
        return int(number)

    def _min_reliability(self, node: Node) -> str | None:
        if isinstance(node, Scalar) and node.value.strip().upper() in RELIABILITY:
            return node.value.strip().upper()
        self.reader.problem(
            f"setting 'min_reliability' must be one of {', '.join(RELIABILITY)} "
            "(A completely reliable … E unreliable, F cannot be judged)",
            node.position,
        )
        return None

    def _review_max_age_days(self, node: Node) -> int | None:
        number = self._number("review_max_age_days", node, 0, 100_000)
        if number is None or number != int(number):
            if number is not None:
                self.reader.problem(
                    "setting 'review_max_age_days' must be a whole number of days", node.position
                )
            return None
        return int(number)

    def _duplicate_threshold(self, node: Node) -> float | None:
        return self._number("duplicate_threshold", node, 0, 100)

    def _match_threshold(self, node: Node) -> float | None:
        return self._number("match_threshold", node, 0, 100)

    def _text(self, name: str, node: Node) -> str | None:
        if isinstance(node, Scalar) and node.value.strip():
            return visible(node.value)
        self.reader.problem(
            f"setting {quoted(name)} must be text, not {node_kind(node)}", node.position
        )
        return None

    def _text_list(self, name: str, node: Node) -> tuple[str, ...] | None:
        if isinstance(node, Scalar):
            node = Sequence([node], node.position)
        if not isinstance(node, Sequence):
            self.reader.problem(f"setting {quoted(name)} must be a list of text", node.position)
            return None
        items = [self._text(name, item) for item in node.items]
        return tuple(item for item in items if item)

    def _names(self, node: Node) -> dict[str, tuple[str, ...]] | None:
        if not isinstance(node, Mapping):
            self.reader.problem(
                "setting 'names' must map a canonical name to its accepted variants, e.g. "
                "`names: {Belavia: [Belavia Airlines]}`",
                node.position,
            )
            return None
        names: dict[str, tuple[str, ...]] = {}
        for canonical, (_, variants) in node.items.items():
            if isinstance(variants, Scalar) and variants.is_null:
                names[visible(canonical)] = ()
            else:
                names[visible(canonical)] = self._text_list("names", variants) or ()
        return names

    def _rules(self, node: Node) -> dict[str, str] | None:
        if not isinstance(node, Mapping):
            self.reader.problem(
                "setting 'rules' must map a rule id to error, warning, info or off, e.g. "
                "`rules: {orphan-source: off}`",
                node.position,
            )
            return None
        rules: dict[str, str] = {}
        positions: dict[str, Position] = {}
        for rule, (key, value) in node.items.items():
            level = value.value.lower() if isinstance(value, Scalar) else None
            if level not in SEVERITY_CHOICES:
                self.reader.problem(
                    f"rule {quoted(visible(rule))}: use one of {', '.join(SEVERITY_CHOICES)}",
                    value.position,
                )
                continue
            rules[rule] = level
            positions[rule] = key.position
        self.rule_positions = positions
        return rules

    def _hedges(self, node: Node) -> tuple[str, ...] | None:
        return self._text_list("hedges", node)

    def _ignore_hedges(self, node: Node) -> tuple[str, ...] | None:
        return self._text_list("ignore_hedges", node)

    def _corpus(self, node: Node) -> tuple[str, ...] | None:
        return self._text_list("corpus", node)

    def _ratings(self, node: Node) -> dict[str, str] | None:
        if not isinstance(node, Mapping):
            self.reader.problem(
                "setting 'ratings' must map a textual rating to a status, e.g. "
                "`ratings: {Pants on Fire: disputed}`",
                node.position,
            )
            return None
        ratings: dict[str, str] = {}
        for rating, (_, value) in node.items.items():
            status = value.value.strip().lower() if isinstance(value, Scalar) else ""
            if status not in ("confirmed", "unconfirmed", "disputed"):
                self.reader.problem(
                    f"rating {quoted(visible(rating))}: map it to confirmed, unconfirmed or disputed",
                    value.position,
                )
                continue
            ratings[" ".join(visible(rating).casefold().split())] = status
        return ratings

    def _organization(self, node: Node) -> Organization | None:
        if isinstance(node, Mapping) and "name" in node.items:
            name = self._text("organization.name", node.items["name"][1])
            url_entry = node.items.get("url")
            url = self._text("organization.url", url_entry[1]) if url_entry else None
            return Organization(name, url) if name else None
        self.reader.problem(
            "setting 'organization' must be a mapping with `name:` and `url:`", node.position
        )
        return None

    def _review_url_template(self, node: Node) -> str | None:
        return self._text("review_url_template", node)
