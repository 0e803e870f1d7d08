"""What the chat read a question's slips as, said in the answer. Two kinds of slip, both read
only when the reading is unique and then named at the head of the answer, never silently:

- a Chinese input-method slip in a business word: pinyin input offers every character of the
  same syllable, so "duanhuo" may come out 段货 for 断货. The table below holds such same-pinyin
  confusions of the chat's business vocabulary (a small, stated table; not a spelling corrector);
- an English product word typed close to one product's name ("kettel"): read by the product
  matcher (`names.misspelt_readings`) and named here ("Reading 'kettel' as NB-AP-001 ...").

Pure."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from globalsell.assistant.names import Named
from globalsell.assistant.periods import unparsed_time
from globalsell.assistant.question import Measure, Parsed, is_chinese

__all__ = [
    "IME_SLIPS",
    "answer_note",
    "stockout_as_cover",
    "product_note",
    "read_shipment_refs",
    "read_sku_forms",
    "read_slips",
    "slip_note",
]

# same-pinyin slip -> the business word typed (tones are not typed in pinyin input)
IME_SLIPS: dict[str, str] = {
    "段货": "断货",  # duanhuo: out of stock
    "库纯": "库存",  # kucun: stock
    "酷存": "库存",
    "销亮": "销量",  # xiaoliang: units sold
    "消量": "销量",
    "在图": "在途",  # zaitu: in transit
    "利闰": "利润",  # lirun: profit
    "毛力": "毛利",  # maoli: margin
    "编马": "编码",  # bianma: code
    "海观": "海关",  # haiguan: customs
    "清观": "清关",  # qingguan: customs clearance
    "补活": "补货",  # buhuo: replenish
    "定单": "订单",  # dingdan: order (an older variant spelling)
    "清官": "清关",  # qingguan: customs clearance
    "到案": "到岸",  # daoan: landed (到岸成本)
    "上家了": "上架了",  # shangjia: listed
    "上家没": "上架没",
    "电子称": "电子秤",  # dianzicheng: electronic scale
    "料理帮": "料理棒",  # liaoli bang: hand blender
    "防滑电": "防滑垫",  # fanghua dian: non-slip mat
    "库村": "库存",  # kucun, by voice input
    "销两": "销量",  # xiaoliang
    "预流": "预留",  # yuliu: reserved
    "延务": "延误",  # yanwu: delayed
    "货见": "货件",  # huojian: shipment
    "得国站": "德国站",  # deguo: Germany (never "得国" alone: "获得国家认证")
    "得国仓": "德国仓",
}
_SLIP_RE = re.compile("|".join(re.escape(k) for k in sorted(IME_SLIPS, key=len, reverse=True)))


# a 运营's pinyin initials for business words, in a Chinese message ("kc还有几个", "xl多少",
# "dd数"): read only as a whole Latin word among Chinese text
PINYIN_INITIALS: dict[str, str] = {
    "kc": "库存",  # kucun
    "xl": "销量",  # xiaoliang
    "dd": "订单",  # dingdan
    "xse": "销售额",  # xiaoshoue
}
_INITIALS_RE = re.compile(r"(?i)(?<![A-Za-z0-9])(kc|xl|dd|xse)(?![A-Za-z0-9])")


def read_slips(text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """`text` with its input-method slips and pinyin initials replaced, and the (slip, word)
    pairs read."""
    found = tuple(
        dict.fromkeys((m.group(0), IME_SLIPS[m.group(0)]) for m in _SLIP_RE.finditer(text))
    )
    if found:
        text = _SLIP_RE.sub(lambda m: IME_SLIPS[m.group(0)], text)
    if is_chinese(text):
        initials = tuple(
            dict.fromkeys(
                (m.group(1), PINYIN_INITIALS[m.group(1).lower()])
                for m in _INITIALS_RE.finditer(text)
            )
        )
        text = _INITIALS_RE.sub(lambda m: PINYIN_INITIALS[m.group(1).lower()], text)
        found += initials
    return text, found


_SKU_LIKE = re.compile(
    r"(?<![A-Za-z0-9-])([A-Za-z]{2,4}-?[A-Za-z]{2,4}-?\d{2,4}(?:-[A-Za-z0-9]+)?)(?![A-Za-z0-9])"
)


# a SKU written without its prefix ("ap002", "TY-003"): two letters and its three digits
_SKU_TAIL = re.compile(r"(?<![A-Za-z0-9-])([A-Za-z]{2}-?\d{3})(?![A-Za-z0-9-])")


def read_sku_forms(text: str, skus: Iterable[str]) -> tuple[str, tuple[tuple[str, str], ...]]:
    """`text` with each SKU written without one of its dashes ("NBAP-005", "NB-BT001") as the
    one catalogue SKU it is, and the (written, SKU) pairs read; a SKU written whole, or one
    that fits no catalogue SKU so, is left for the caller to find or ask about."""
    known = {sku.upper() for sku in skus}
    bare: dict[str, set[str]] = {}
    tails: dict[str, set[str]] = {}
    for sku in known:
        bare.setdefault(sku.replace("-", ""), set()).add(sku)
        parts = sku.split("-")
        if len(parts) == 3:  # "AP-002" / "ap002" of NB-AP-002: the SKU without its brand prefix
            tails.setdefault(parts[1] + parts[2], set()).add(sku)
    found: dict[str, str] = {}
    for m in _SKU_LIKE.finditer(text):
        written = m.group(1)
        if written.upper() in known:
            continue
        fits = bare.get(written.upper().replace("-", ""), set())
        if len(fits) == 1:
            found[written] = next(iter(fits))
    for m in _SKU_TAIL.finditer(text):
        fits = tails.get(m.group(1).upper().replace("-", ""), set())
        if len(fits) == 1 and m.group(1) not in found:
            found[m.group(1)] = next(iter(fits))
    for written, sku in found.items():
        text = re.sub(rf"(?<![A-Za-z0-9-]){re.escape(written)}(?![A-Za-z0-9])", sku, text)
    return text, tuple(found.items())


# a carrier reference by its shape: an ISO 6346 container number (owner code, U/J/Z, six digits
# and a check digit), an air waybill (airline prefix, eight digits), an Amazon inbound shipment
# id, a bill of lading (a carrier's four letters and eight or more digits)
_REFERENCE_SHAPE = re.compile(
    r"(?<![A-Za-z0-9-])(?:[A-Z]{3}[UJZ] ?\d{6}-?\d|\d{3}-\d{8}|FBA[0-9A-Z]{8,10}|"
    r"[A-Z]{4}\d{8,12})(?![A-Za-z0-9-])",
    re.I,
)


# the word a reference is named by ("AWB 160-58213364", "柜号 MSKU7312045"), read with it
_REFERENCE_LABEL = (
    r"(?:(?<![A-Za-z])(?:container|cntr|awb|mawb|hawb|b/l|bl|bol|bill of lading|air ?waybill|"
    r"waybill|booking|tracking|reference|ref)\.?\s*(?:no\.?|number|#)?\s*[:：#]?\s*|"
    r"(?:柜号|箱号|提单号?|运单号?|订舱号|单号)\s*[:：]?\s*)?"
)


def read_shipment_refs(
    text: str, refs: dict[str, tuple[str, ...]]
) -> tuple[str, tuple[tuple[str, str], ...], tuple[str, tuple[str, ...]] | None]:
    """`text` with each carrier reference of a shipment (container, B/L or AWB, booking,
    Amazon inbound shipment id; `refs` as `semantic.shipment_references` gives them, written
    with or without its spaces and dashes), or its code written another way ("shp 2610 us
    oc"), as the code of the one shipment it names; the (written, code) pairs read; and the
    reference to ask about: one naming several shipments (with their codes) or one shaped like
    a carrier reference that names none (no codes)."""
    read: list[tuple[str, str]] = []
    for key, codes in refs.items():
        shape = r"[ -]?".join(re.escape(ch) for ch in key)
        pattern = re.compile(rf"{_REFERENCE_LABEL}(?<![A-Za-z0-9-])({shape})(?![A-Za-z0-9-])", re.I)
        m = pattern.search(text)
        if m is None or m.group(1).upper() in codes:
            continue  # a shipment's own code, written as it is, is read by the parser
        if len(codes) > 1:
            return text, (), (m.group(1), codes)
        read.append((m.group(1), codes[0]))
        text = pattern.sub(f"shipment {codes[0]}", text)
    stranger = _REFERENCE_SHAPE.search(text)
    if stranger is not None:
        return text, tuple(read), (stranger.group(0), ())
    return text, tuple(read), None


def slip_note(slips: tuple[tuple[str, str], ...], zh: bool) -> str:
    """The head of an answer saying which slips were read as which words."""
    if not slips:
        return ""
    if zh:
        return "（" + "，".join(f"「{a}」按「{b}」理解" for a, b in slips) + "）"
    return "(" + "; ".join(f"reading '{a}' as '{b}'" for a, b in slips) + ") "


def product_note(readings: list[tuple[str, Named]], zh: bool) -> str:
    """The head of an answer naming the product each misspelt word was read as."""
    if not readings:
        return ""
    if zh:
        return "（" + "，".join(f"「{w}」按 {n.sku} {n.title} 理解" for w, n in readings) + "）"
    named = "; ".join(f"'{w}' as {n.sku} {_english(n) or n.title}" for w, n in readings)
    return f"Reading {named}: "


def answer_note(
    slips: tuple[tuple[str, str], ...], read: list[tuple[str, Named]], answer: str, zh: bool
) -> str:
    """The head of an answer: the slips read, and each misspelt name read as a product the
    answer is about (its SKU is in the answer)."""
    return slip_note(slips, zh) + product_note([(w, n) for w, n in read if n.sku in answer], zh)


def _english(n: Named) -> str:
    """The product's shortest English name before its first comma, without a leading brand
    word in capitals ("NINGVALE 1.7L Stainless Electric Kettle" -> "1.7L Stainless ...")."""
    heads = sorted((x.split(",", 1)[0].strip() for x in n.names), key=len)
    if not heads:
        return ""
    words = heads[0].split()
    if len(words) > 1 and words[0].isupper() and words[0].isalpha():
        words = words[1:]
    return " ".join(words)


def stockout_as_cover(p: Parsed) -> tuple[Parsed, str | None]:
    """A stock-out question ("when will the kettle run out") read as its days of cover, and the
    time word it names that no calendar date was found for ("before Christmas"): a deadline to
    compare the run-out dates with, never a past period to ask back about."""
    if p.measure is not Measure.STOCKOUT:
        return p, None
    deadline = unparsed_time(p.text) if p.period is None else None
    text = re.sub(re.escape(deadline), " ", p.text, flags=re.I) if deadline else p.text
    cover = Measure.DAYS_OF_COVER
    return replace(p, measure=cover, candidates=(cover,), text=text), deadline
