"""The platform's top-level (or second-level) category as a prior on the HS chapter.

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
# Second levels, where they narrow the top level (or the top level is too broad to say
# anything, like "Home & Garden"): "top > second" -> chapters, read off the chapter titles.
SECOND_LEVEL: dict[str, tuple[str, ...]] = {
    "home & garden > festive & party supplies": ("95", "67", "39", "48", "94"),
    "home & garden > home decor": ("39", "44", "49", "63", "69", "70", "83", "94", "97"),
    "home & garden > kitchen,dining & bar": ("39", "69", "70", "73", "76", "82", "84", "85"),
    "home & garden > arts,crafts & sewing": ("58", "56", "60", "96", "32", "48", "39", "42"),
    "home & garden > home storage & organization": ("39", "42", "63", "46", "44", "73"),
    "home & garden > home textile": ("63", "94"),
    "home & garden > household merchandises": ("39", "40", "34", "96", "63"),
    "home & garden > garden supplies": ("84", "82", "63", "39", "94", "73", "70"),
    "home & garden > pet products": ("42", "23", "39", "63", "96"),
    "home & garden > bathroom products": ("39", "69", "73", "63", "96"),
    "jewelry & accessories > jewelry making": ("71", "83", "73", "70", "39", "74"),
    "jewelry & accessories > jewelry packaging & display": ("42", "48", "39", "70", "44"),
    "watches > watches accessories": ("91",),
    "beauty & health > health care": ("90", "30", "33", "40", "63"),
    "beauty & health > sex products": ("39", "40", "90", "61", "62"),
    "beauty & health > nail art & tools": ("33", "82", "96", "39"),
    "beauty & health > hair care & styling": ("33", "85", "96"),
    "beauty & health > makeup": ("33", "96"),
    "beauty & health > skin care": ("33",),
    "tools > measurement & analysis instruments": ("90",),
    "tools > hand tools": ("82",),
    "tools > tool sets": ("82",),
    "tools > power tools": ("84", "85"),
    "tools > tool parts": ("82", "84"),
    "tools > power tool parts & accessories": ("82", "84"),
    "consumer electronics > portable audio & video": ("85",),
    "consumer electronics > camera & photo": ("90", "85"),
    "consumer electronics > games & accessories": ("95", "85", "84"),
    "consumer electronics > smart electronics": ("85", "91", "84"),
    "computer & office > 3d printing & additive manufacturing": ("84", "39"),
    "office & school supplies > books": ("49",),
    "sports & entertainment > fishing": ("95",),
    "sports & entertainment > cycling": ("87", "95"),
    "toys & hobbies > remote control toys": ("95", "85", "84"),
    "home appliances > personal care appliances": ("85", "96"),
    "home appliances > kitchen appliances": ("85", "84"),
    "home appliances > major appliances": ("84", "85"),
    "home appliances > home appliance parts": ("84", "85"),
    "home improvement > electrical equipment & supplies": ("85",),
    "home improvement > hardware": ("73", "83", "76"),
    "automobiles, parts & accessories > car electronics": ("85", "90"),
    "automobiles, parts & accessories > car lights": ("85", "94"),
    "automobiles, parts & accessories > car repair tool": ("90", "85", "82", "84"),
}
_LEVELS = re.compile(r"\s*>\s*")
# A level filing goods by the character or franchise they carry ("Animation Derivatives/
# Peripheral Products", "Fan Merchandise") names no article: a belt, a sticker or a key ring
# bearing a cartoon character is classified by what it is (GRI 1), so such a path says nothing
# of the chapter, even under "Toys & Hobbies". Whole words only.
MERCHANDISE = re.compile(
    r"\b(?:peripheral products?|animation derivatives?|anime derivatives?|merchandise)\b", re.I
)


def names_no_article(category: str | None) -> bool:
    """The path files the goods by the character they carry, not by what they are."""
    return bool(category and MERCHANDISE.search(category))


def chapters(category: str | None) -> frozenset[str]:
    """The chapters the path's second level (when listed) or else its top-level category
    covers (empty when neither is known)."""
    if not category:
        return frozenset()
    levels = [p.strip().lower() for p in _LEVELS.split(category.strip())]
    if len(levels) > 1 and f"{levels[0]} > {levels[1]}" in SECOND_LEVEL:
        return frozenset(SECOND_LEVEL[f"{levels[0]} > {levels[1]}"])
    return frozenset(TOP_LEVEL.get(levels[0], ()))
