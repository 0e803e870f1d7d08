"""A tiny HTML reader for page tests: find elements by id or name, read text and table cells."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = frozenset({"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"})


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    children: list[Element | str] = field(default_factory=list)

    def text(self) -> str:
        """Text content with runs of whitespace collapsed."""
        parts: list[str] = []
        for child in self.children:
            parts.append(child if isinstance(child, str) else child.text())
        return " ".join("".join(parts).split())

    def iter(self) -> list[Element]:
        found: list[Element] = [self]
        for child in self.children:
            if isinstance(child, Element):
                found.extend(child.iter())
        return found

    def find_all(self, tag: str) -> list[Element]:
        return [e for e in self.iter() if e.tag == tag]


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


class Page:
    def __init__(self, html: str) -> None:
        builder = _Builder()
        builder.feed(html)
        builder.close()
        self.root = builder.root

    def by_id(self, element_id: str) -> Element:
        matches = [e for e in self.root.iter() if e.attrs.get("id") == element_id]
        assert len(matches) == 1, f"{len(matches)} elements with id {element_id!r}"
        return matches[0]

    def has_id(self, element_id: str) -> bool:
        return any(e.attrs.get("id") == element_id for e in self.root.iter())

    def text(self, element_id: str) -> str:
        return self.by_id(element_id).text()

    def table(self, element_id: str) -> list[list[str]]:
        """The rows of a table (header row first), each a list of cell texts."""
        return [
            [cell.text() for cell in row.iter() if cell.tag in ("td", "th")]
            for row in self.by_id(element_id).find_all("tr")
        ]

    def input_values(self, name: str) -> list[str]:
        return [
            e.attrs.get("value", "")
            for e in self.root.iter()
            if e.tag == "input" and e.attrs.get("name") == name
        ]

    def forms(self) -> list[str]:
        """The action of every form on the page."""
        return [e.attrs.get("action", "") for e in self.root.find_all("form")]

    def textarea(self, name: str) -> str:
        matches = [e for e in self.root.find_all("textarea") if e.attrs.get("name") == name]
        assert len(matches) == 1
        return "".join(c for c in matches[0].children if isinstance(c, str))

    def flashes(self) -> list[str]:
        return [
            e.text()
            for e in self.root.iter()
            if e.tag == "p" and "flash" in e.attrs.get("class", "").split()
        ]
