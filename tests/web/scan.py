"""What a page shows a person, read for words that should not be there: English sentences on a
Chinese page (outside text marked `translate="no"`: product titles, listing previews, names and
official sources the seller or a tariff wrote), audit names, dotted engine codes and storage-padded
numbers (issue 18's "Done when")."""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Four or more English words in a row (a sentence or a phrase, not a label like "FBA" or a code).
WORD = r"[A-Za-z][a-z]+(?:['’][a-z]+)?"
ENGLISH_RUN = re.compile(rf"{WORD}(?:[ ,;:()\-–/]+{WORD}){{3,}}")
# Terms a seller knows and uses as they are.
DOMAIN_TERMS = re.compile(r"\b(?:FBA|ASIN|SKU|HS|GTIN|EAN|UPC|VAT|GST|IOSS|FC)\b")
FORBIDDEN = {
    "audit name": re.compile(r"user:\d"),
    "dotted code": re.compile(r"\b[a-z_]{2,}\.[a-z_]{2,}\.[a-z_]{2,}\b"),
    "padded number": re.compile(r"\d+\.\d{6}"),
}
ATTRIBUTES = ("title", "aria-label", "placeholder", "alt")
SKIPPED = frozenset({"script", "style", "svg-defs"})
VOID = frozenset({"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"})


class _Reader(HTMLParser):
    """Every text node and readable attribute, each on its own (cells never run together),
    with whether it sits inside an element marked `translate="no"` or in another language."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []
        self.parts: list[tuple[str, bool]] = []

    def _foreign(self) -> bool:
        return any(foreign for _, foreign in self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        lang = (found.get("lang") or "").lower()
        foreign = found.get("translate") == "no" or (bool(lang) and not lang.startswith("zh"))
        if tag == "html":
            foreign = False
        inherited = self._foreign() or foreign
        for name in ATTRIBUTES:
            if found.get(name):
                self.parts.append((str(found[name]), inherited))
        if tag not in VOID:
            self.stack.append((tag, foreign or tag in SKIPPED))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, -1, -1):
            if self.stack[depth][0] == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        text = " ".join(data.split())
        if text:
            self.parts.append((text, self._foreign()))


def readable(html: str) -> list[tuple[str, bool]]:
    """(text, marked as not to be translated) for every piece a person reads on the page."""
    reader = _Reader()
    reader.feed(html)
    return reader.parts


def english_runs(html: str) -> list[str]:
    """Runs of English words a Chinese reader is shown outside `translate="no"` text."""
    found: list[str] = []
    for text, foreign in readable(html):
        if foreign:
            continue
        found.extend(ENGLISH_RUN.findall(DOMAIN_TERMS.sub(" ", text)))
    return found


def leaks(html: str) -> dict[str, list[str]]:
    """Audit names anywhere in the HTML; codes and padded numbers in what a person reads, apart
    from text quoted as written (`translate="no"`: a tariff's "(or 0.000005) per Kelvin")."""
    found = {"audit name": FORBIDDEN["audit name"].findall(html)}
    texts = [text for text, quoted in readable(html) if not quoted]
    for name in ("dotted code", "padded number"):
        found[name] = [hit for text in texts for hit in FORBIDDEN[name].findall(text)]
    return {k: v for k, v in found.items() if v}
