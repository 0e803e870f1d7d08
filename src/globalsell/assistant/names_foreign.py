"""A product's names in the other stores' languages: the heads of its non-English listing titles
("Wasserkocher" of "NINGVALE Wasserkocher, Edelstahl 304, 1,7 L") and the katakana of its
Japanese one ("ケトル" of "NINGVALE 電気ケトル 304ステンレス"). Pure."""

from __future__ import annotations

import re

# lower-case Latin letters with the accents of European stores' languages (ä ö ü ß é è ł ą):
# "Milchaufschäumer" is one word
LETTERS = "a-z\xdf-\xf6\xf8-\xff\u0100-\u017f"
WORD = re.compile(rf"[{LETTERS}0-9]+(?:-[{LETTERS}0-9]+)*")
LATIN = "A-Z\xc0-\xd6\xd8-\xde" + LETTERS  # both cases

KATAKANA = re.compile(r"[\u30a0-\u30ff]{2,}")

# words of foreign titles that name no product: the prepositions and conjunctions of the stores'
# languages, 4+ letters (shorter words are never read: "Canne à pêche pour chat"), and everyday
# English words ("main" of "Ventilateur à main", "balance" of "Balance de cuisine"), which an
# English question means in English ("main warehouse", "balance")
NO_NAME_WORDS = frozenset(
    re.findall(
        r"\S+",
        "pour avec sans dans sous entre para sobre como hasta desde voor door naar zonder tegen "
        "della delle dello degli dalla nella nelle alla alle agli sulla senza från till eller "
        "utan mellan samt oder ohne über unter nach oraz przez także "
        "main note chat balance support angle pile dent bureau construction conservation fitness",
    )
)


def title_heads(marketplace: str, title: str) -> list[str]:
    """What a product is in a non-English listing title: the part before the first comma, or
    for a Japanese title (no commas) its katakana runs of 2+ characters."""
    if marketplace == "JP":
        return KATAKANA.findall(title)
    return [title.split(",", 1)[0]]


def katakana_pieces(foreign: dict[str, tuple[str, ...]], text: str) -> dict[str, set[str]]:
    """Each katakana run of the question, with the SKUs of the products one of whose katakana
    runs holds it ("ケトル" in "ケトル", "ライト" in "ソーラーガーデンライト")."""
    held: dict[str, set[str]] = {}
    for run in KATAKANA.findall(text):
        held[run] = {sku for sku, xs in foreign.items() if any(run in x for x in xs)}
    return held


def unknown_katakana(foreign: dict[str, tuple[str, ...]], text: str) -> str | None:
    """The first katakana run of the question that no product's katakana holds ("アイロン"),
    or None."""
    return next((run for run, skus in katakana_pieces(foreign, text).items() if not skus), None)
