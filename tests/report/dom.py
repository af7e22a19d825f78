"""A small DOM reader (stdlib html.parser) for asserting what an HTML page contains."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Element:
    """One start tag: its name, attributes and the text directly inside it."""

    tag: str
    attrs: dict[str, str | None]
    text: list[str] = field(default_factory=list)
    inner: list[str] = field(default_factory=list)
    """All text inside it, its children's included."""

    @property
    def all_text(self) -> str:
        """The text inside the element, children included, spaces folded."""
        return " ".join("".join(self.inner).split())


class Dom(HTMLParser):
    """Every element of a document, in order, with its attributes and text."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.stack: list[Element] = []
        self.texts: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, dict(attrs))
        self.elements.append(element)
        if tag not in ("meta", "link", "br", "img", "input", "rect"):
            self.stack.append(element)

    def handle_endtag(self, tag: str) -> None:
        while self.stack and self.stack[-1].tag != tag:
            self.stack.pop()
        if self.stack:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.texts.append(data)
        if self.stack:
            self.stack[-1].text.append(data)
        for element in self.stack:
            element.inner.append(data)

    def all(self, tag: str) -> list[Element]:
        """Elements with this tag name."""
        return [e for e in self.elements if e.tag == tag]

    def by_id(self, element_id: str) -> Element | None:
        """The element with this id."""
        return next((e for e in self.elements if e.attrs.get("id") == element_id), None)

    @property
    def text(self) -> str:
        """All text of the document."""
        return "".join(self.texts)
