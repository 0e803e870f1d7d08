"""The seller's products by name: Chinese titles, English titles from attributes and English
listings, and the SKUs of each product and its variants; which products a question names.
Read-only."""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy.orm import Session

from globalsell.catalog import service as catalog
from globalsell.core.actor import Actor
from globalsell.listings import service as listings

ENGLISH_STORES = ("US", "UK", "CA", "AU")


@dataclass(frozen=True, slots=True)
class Named:
    sku: str
    title: str
    names: tuple[str, ...]  # English titles from attributes and English listings
    skus: tuple[str, ...]  # the product's own SKU and its variants'


def catalogue(session: Session, *, actor: Actor) -> list[Named]:
    """Every product with its Chinese and English names and its SKUs."""
    english: dict[str, set[str]] = defaultdict(set)
    for row in listings.list_listings(session, actor=actor):
        if row.marketplace in ENGLISH_STORES and isinstance(row.content, dict):
            name = row.content.get("item_name")
            if isinstance(name, str):
                english[row.sku].add(name)
    out: list[Named] = []
    for p in catalog.products_with_details(session, actor=actor):
        names = set(english.get(p.sku, set()))
        for a in p.attributes:
            if a.name in ("item_name", "title_en") and isinstance(a.value, str):
                names.add(a.value)
        skus = (p.sku, *(v.sku for v in p.variants))
        out.append(Named(p.sku, p.title, tuple(sorted(names)), skus))
    return out


_STOP = frozenset(
    re.findall(
        r"\w+",
        "the a an of in on for and with to my our i we do did how many much what which is are "
        "was were sell sold units unit price cost stock set pack pcs piece pieces product "
        "products item items last days day month week store",
    )
)


def _words(text: str) -> set[str]:
    out = set()
    for w in re.findall(r"[a-z][a-z0-9]+", text.lower()):
        if len(w) >= 3 and w not in _STOP and not w.isdigit():
            out.add(w[:-1] if w.endswith("s") and len(w) > 4 else w)
    return out


def _han_runs(text: str) -> list[str]:
    return re.findall(r"[\u4e00-\u9fff]{2,}", text)


def match_products(items: list[Named], text: str) -> tuple[list[Named], list[Named]]:
    """Products whose name the question names: English words or Chinese runs of 2+ characters
    found in one or two products' names only. Second: the products a name the question uses
    fits when it fits too many to choose (a word most products share, like the brand, is no
    name at all)."""
    qwords = _words(text)
    qhan = "".join(f"|{run}|" for run in _han_runs(text))
    if not qwords and not qhan:
        return [], []
    doc_words = {n.sku: set().union(*(_words(x) for x in n.names)) for n in items}
    df: dict[str, int] = defaultdict(int)
    for ws in doc_words.values():
        for w in ws:
            df[w] += 1
    brandish = max(len(items) // 2, 3)
    scores: dict[str, float] = {}
    vague: set[str] = set()
    for n in items:
        score = 0.0
        for w in qwords & doc_words[n.sku]:
            if df[w] <= 2:
                score += 2.0 / df[w]
            elif df[w] < brandish:
                vague.add(n.sku)
        title = re.sub(r"[^\u4e00-\u9fff]", "|", n.title)
        best = 0
        for run in _han_runs(title):
            for size in range(len(run), 1, -1):
                for i in range(len(run) - size + 1):
                    piece = run[i : i + size]
                    if piece in qhan and size > best:
                        holders = sum(1 for m in items if piece in m.title)
                        if holders <= 2:
                            best = size
                        elif holders < brandish:
                            vague.add(n.sku)
        if best:
            score += best / 2
        if score >= 1.0:
            scores[n.sku] = score
    if not scores:
        return [], [n for n in items if n.sku in vague]
    top = max(scores.values())
    return [n for n in items if scores.get(n.sku) == top], []


# where a one-character name stands as the subject: at the start or after a measure word, and
# before what is asked about it ("灯卖得怎么样", "这个壶的库存")
_ONE_CHAR = re.compile(
    r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[个款把只这那些的]))([\u4e00-\u9fff])"
    r"(?=卖|的|在|还|有|库存|销|多少|价|成本|怎么|进|出|这|现在|最近|上|本|今|昨)"
)


def one_char_products(items: list[Named], text: str) -> list[Named]:
    """Products a one-character name fits ("灯": the desk lamp, the night light...): the last
    character of a product's Chinese name standing alone as the question's subject."""
    heads = {run[-1] for n in items for run in _han_runs(n.title)}
    for m in _ONE_CHAR.finditer(text):
        ch = m.group(1)
        if ch in heads:
            return [n for n in items if ch in n.title]
    return []


def suggest_skus(items: list[Named], sku: str) -> list[str]:
    every = [s for n in items for s in n.skus]
    return difflib.get_close_matches(sku.upper(), every, n=3, cutoff=0.75)
