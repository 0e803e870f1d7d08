"""Answers from the semantic layer, in the seller's language: a question parsed offline
(`question.parse`) becomes a `semantic.Request`; what cannot be answered exactly as asked (an
unknown SKU, a name that fits two products, two measures that fit equally) is asked back with
what was understood, never answered as another question."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from globalsell.assistant import coverage, semantic, service
from globalsell.assistant.answers_render import overstock_lead, render
from globalsell.assistant.asides import without_asides
from globalsell.assistant.names import one_by_a_feature
from globalsell.assistant.names_foreign import LATIN, unknown_katakana
from globalsell.assistant.periods import MONTHS, Period, unparsed_time
from globalsell.assistant.periods_days import back_period
from globalsell.assistant.places import PLACE_WORDS, named_places
from globalsell.assistant.product_phrase import (
    PRODUCT_FILTERED,
    unknown_phrase_reasons,
    unmatched_phrase,
)
from globalsell.assistant.question import (
    MEASURE_NAMES,
    Measure,
    Parsed,
    Rank,
    Refusal,
)
from globalsell.assistant.semantic import Named, NeedsClarification, Request
from globalsell.assistant.vocabulary import KEYWORDS, STORE_WORDS
from globalsell.core.actor import Actor
from globalsell.core.errors import NotFound
from globalsell.inventory import service as inventory

NEEDS_PRODUCT = (Measure.UNIT_COST, Measure.LANDED_COST, Measure.HS_CODE, Measure.PRICE)
SEMANTIC = (
    *semantic.SALES_MEASURES,
    Measure.MARGIN,
    Measure.STOCK,
    Measure.DAYS_OF_COVER,
    Measure.PRICE,
    Measure.UNIT_COST,
    Measure.LANDED_COST,
    Measure.HS_CODE,
    Measure.LISTING_STATUS,
    Measure.SHIPMENTS,
    Measure.OUT_OF_STOCK,
    Measure.HS_MISSING,
    Measure.OPEN_ORDERS,
)
ASKABLE = (
    Measure.UNITS,
    Measure.REVENUE,
    Measure.STOCK,
    Measure.PRICE,
    Measure.UNIT_COST,
    Measure.MARGIN,
    Measure.HS_CODE,
    Measure.LISTING_STATUS,
)

OTHER_SELLER_EN = (
    "I can only read your own business's data; I cannot show or estimate another seller's "
    "sales, prices or stock."
)
OTHER_SELLER_ZH = "我只能读取你自己店铺的数据，不能查看或估算其他卖家的销量、价格或库存。"


@dataclass(frozen=True, slots=True)
class Reply:
    kind: str  # "answer" | "clarify" | "refuse"
    text: str
    data: dict[str, Any]


def _name(m: Measure, zh: bool) -> str:
    return MEASURE_NAMES[m][1 if zh else 0]


def understood(p: Parsed, zh: bool, skus: tuple[str, ...] = ()) -> str:
    parts = []
    if skus or p.skus:
        parts.append(("SKU " if not zh else "SKU ") + ", ".join(skus or p.skus))
    if p.shipment:
        parts.append(("货件 " if zh else "shipment ") + p.shipment)
    if len(p.stores) > 1:  # "德国跟英国比": both, not the last one named
        parts.append(("店铺 " if zh else "stores ") + ", ".join(p.stores))
    elif p.store:
        parts.append(("店铺 " if zh else "store ") + p.store)
    if p.period:
        parts.append(p.period.label_zh if zh else p.period.label_en)
    if not parts:
        return ""
    return ("我理解的是: " if zh else "I understood: ") + ", ".join(parts) + ("。" if zh else ". ")


def clarify(p: Parsed, reason_en: str, reason_zh: str, options: tuple[str, ...] = ()) -> Reply:
    zh = p.chinese
    text = understood(p, zh) + (reason_zh if zh else reason_en)
    if options:
        text += (
            (" 你是指: " if zh else " Did you mean: ")
            + (" / ".join(options))
            + ("?" if not zh else "？")
        )
    return Reply("clarify", text, {"understood": _understood_dict(p), "options": list(options)})


def _understood_dict(p: Parsed) -> dict[str, Any]:
    return {
        "measure": None if p.measure is None else p.measure.value,
        "skus": list(p.skus),
        "store": p.store,
        "shipment": p.shipment,
        "period": None if p.period is None else f"{p.period.start} to {p.period.end}",
        "rank": None if p.rank is None else p.rank.value,
    }


def refusal(p: Parsed) -> Reply | None:
    if p.refusal is Refusal.OTHER_SELLER:
        return Reply("refuse", OTHER_SELLER_ZH if p.chinese else OTHER_SELLER_EN, {})
    return None


UNSUPPORTED_ZH = {
    "inventory value": "库存价值",
    "average order value": "客单价",
    "conversion rate": "转化率",
    "returns and refunds": "退货和退款",
    "advertising": "广告",
    "reviews and ratings": "评价和评分",
    "traffic": "流量",
    "sales rank": "销售排名",
    "profit totals": "利润总额",
    "storage and FBA fees": "仓储费和FBA费用",
    "averages, shares and growth": "平均值、占比和增长",
    "rankings by an average": "按平均值的排名",
    "payouts and account balances": "回款和账户余额",
    "figures that leave something out": "排除部分数据后的数字",
    "products ranked by price or cost": "按价格或成本排序的产品",
    "counts of products by their sales": "按销量统计的产品个数",
    "regions made of several stores": "按地区(多个站点合计)的数字",
    "account health and defect rates": "账户健康和订单缺陷率",
    "sales channels other than your stores' orders": "其他销售渠道的数据",
    "cancelled orders": "取消订单的数据",
    "figures filtered by an amount": "按金额或数量筛选后的数字",
    "sell-through rate": "售罄率",
    "buyers and customers": "买家和客户的数据",
    "the Buy Box": "购物车(Buy Box)归属",
    "reimbursements": "亚马逊赔偿(reimbursement)",
    "inventory turnover": "库存周转",
    "damaged or lost units": "损坏或丢失的件数",
    "places finer than a store": "按城市或地区(比店铺更细)的数字",
    "single orders": "单个订单的金额或日期",
    "when orders shipped": "订单的发货时效",
}


def unsupported_reply(p: Parsed) -> Reply | None:
    """A figure globalsell does not hold: said so (never answered with another measure)."""
    if p.unsupported is None:
        return None
    zh = p.chinese
    what = UNSUPPORTED_ZH.get(p.unsupported, p.unsupported) if zh else p.unsupported
    return Reply(
        "unknown",
        understood(p, zh)
        + (
            f"我还不能提供{what}(你的数据里没有)，所以没有作答。"
            "我能回答的有: 销量、销售额、订单数、库存、售价、采购成本、到岸成本、每件毛利、HS编码、"
            "listing状态、货件和待审批提案。"
            if zh
            else f"I can't give {what} yet (your data here does not hold them), so I have not "
            "answered. I can answer: "
            "units sold, revenue, orders, stock, prices, unit and landed costs, margin a unit, "
            "HS codes, listing status, shipments and open proposals."
        ),
        {"understood": _understood_dict(p), "unsupported": p.unsupported},
    )


def count_of_some(p: Parsed, items: list[Named]) -> Reply | None:
    """A count of the products of one name or category ("宠物用品有几款"): not answered with the
    count of all products."""
    matched, vague = semantic.match_products(items, p.rest)
    if not matched and not vague:
        return None
    return Reply(
        "clarify",
        "我只能统计全部产品的数量，还不能按名称或类目统计。"
        if p.chinese
        else "I can count all your products, not yet those of one name or category.",
        {},
    )


def unclear_measure(p: Parsed) -> Reply:
    zh = p.chinese
    if len(p.candidates) > 1:
        return clarify(
            p,
            "I am not sure which figure you want.",
            "我不确定你想看哪个数字。",
            tuple(_name(m, zh) for m in p.candidates),
        )
    return clarify(
        p,
        "I did not understand what you want to know about it.",
        "但我没听懂你想了解什么。",
        tuple(_name(m, zh) for m in ASKABLE),
    )


def unknown_sku(p: Parsed, items: list[Named]) -> Reply | None:
    """A SKU the question names that is no product or variant of the seller's: said so, with
    the close SKUs as "did you mean"; never an answer for all products or for another SKU."""
    known = {s for n in items for s in n.skus}
    sku = next((s for s in p.skus if s not in known), None)
    if sku is None:
        return None
    return clarify(
        p,
        f"I don't find a product {sku} in your catalogue.",
        f"你的产品目录里没有找到产品 {sku}。",
        tuple(semantic.suggest_skus(items, sku)),
    )


def resolve(p: Parsed, items: list[Named]) -> tuple[tuple[str, ...], Reply | None]:
    """The products the question names, as catalogue SKUs; or the question to ask back."""
    parent = {s: n.sku for n in items for s in n.skus}
    if p.skus:
        missing = unknown_sku(p, items)
        if missing is not None:
            return (), missing
        out = [sku if p.measure is Measure.UNIT_COST else parent[sku] for sku in p.skus]
        return tuple(dict.fromkeys(out)), None
    if p.measure is Measure.SHIPMENTS and p.shipment:
        return (), None  # a shipment named by its code: its own lines, no product filter
    rest = p.rest
    if p.measure is Measure.SHIPMENTS:  # "the ocean container": a box, not a product
        rest = re.sub(
            r"(?<![a-z])(?:containers?|boxes|box|cartons?|pallets?|parcels?|on board|aboard|"
            # what happens to a shipment ("rolled, short, whatever", "not cleared yet")
            r"short|shortage|shorted|clear|cleared|clearance|rolled|roll|held|hold|delayed|"
            r"damaged|lost|received|booked|departed|arrived|stuck|sailed|landed)"
            r"(?![a-z])",
            " ",
            rest,
        )
    matched, vague = semantic.match_products(items, rest)
    if not matched and not vague and p.errand:  # "Before we push the frother, how many sold"
        matched, vague = semantic.match_products(items, p.errand)
    feature = one_by_a_feature(items, p.text)  # "USB那款", "PD的那个", "the LED one"
    if len(feature) > 1 and len(matched) <= 1 and not vague:
        matched, vague = [], feature
    elif len(feature) == 1 and not matched and not vague:
        matched = feature
    if not matched and not vague and p.aside_names:
        vague, _ = semantic.match_products(items, p.aside_names)
        if vague:  # "for the board summary": a product named only by the event asked for
            return (), clarify(
                p,
                "Do you mean one product, or all of them? The only product name I found is in "
                f"'{p.aside_names}'.",
                f"你是指某个产品，还是全部产品？我只在「{p.aside_names}」里看到了产品名称。",
                tuple(f"{n.sku} {n.title}" for n in vague[:5]),
            )
    if len(vague) == 1:  # "water boiler": the one product it might be, asked, never assumed
        return (), clarify(
            p,
            "I am not sure which product you mean; that name is not quite one of yours.",
            "我不确定你指的是哪个产品；这个名称和你的产品名称不完全一致。",
            (f"{vague[0].sku} {vague[0].title}",),
        )
    if vague:
        return (), clarify(
            p,
            "Which product do you mean? That name fits several.",
            "你指的是哪个产品？这个名称对应多个产品。",
            tuple(f"{n.sku} {n.title}" for n in vague[:5]),
        )
    stranger = None if matched else semantic.unknown_product_word(items, rest)
    if stranger is None and not matched:  # "アイロン": katakana that no Japanese title holds
        stranger = unknown_katakana({n.sku: n.foreign for n in items}, p.text)
    if stranger is not None:  # "how many widgets did we sell": never every product instead
        return (), clarify(
            p,
            f"I don't know a product called '{stranger}' in your catalogue. Which product do "
            "you mean? Give its SKU or its name.",
            f"你的产品目录里没有叫「{stranger}」的产品。你指的是哪个产品？请给出SKU或产品名称。",
        )
    if not matched and p.chinese:
        matched = semantic.one_char_products(items, rest)
        if matched:  # "灯卖得怎么样": a one-character name is asked back, never guessed
            return (), clarify(
                p,
                "Which product do you mean?",
                "你指的是哪个产品？",
                tuple(f"{n.sku} {n.title}" for n in matched[:5]),
            )
    if not matched and p.chinese and p.measure in PRODUCT_FILTERED:
        unknown = unmatched_phrase(items, rest)
        if unknown is not None:  # "烧水壸卖了多少": never every product instead
            return (), clarify(p, *unknown_phrase_reasons(unknown))
    if len(matched) == 1:
        return (matched[0].sku,), None
    if len(matched) > 1:
        return (), clarify(
            p,
            "That name fits more than one product.",
            "这个名称对应不止一个产品。",
            tuple(f"{n.sku} {n.title}" for n in matched[:5]),
        )
    return (), None


# an order's placing, named ("orders placed today", "今天下的单"): the day filters the orders
_PLACED = re.compile(
    r"(?<![a-z])(?:placed|received|came\s+in|come\s+in|made|taken|booked)(?![a-z])|下单|下的单|进来的"
)


# a state as it stands ("as of today", "截至今天"): now, not the things dated today
_AS_AT = re.compile(
    r"(?<![a-z])(?:as\s+(?:of|at)|until|till|up\s+to)\s+(?:today|now|this\s+moment)(?![a-z])|"
    r"(?:截至|截止|截止到|到)(?:今天|今日|现在|目前)(?:为止)?"
)


def request_for(p: Parsed, skus: tuple[str, ...], now: datetime) -> Request:
    assert p.measure is not None
    sales = p.measure in semantic.SALES_MEASURES
    # a now-only figure carries no period (a past one was asked back before)
    period = p.period if sales or p.measure is Measure.OPEN_ORDERS else None
    today_only = period is not None and period.start == period.end == now.date()
    if p.measure is Measure.OPEN_ORDERS and today_only and not _PLACED.search(p.text.lower()):
        period = None  # "as at today": the orders open now, whenever placed
    if p.measure is Measure.SHIPMENTS:
        period = _arrival_window(p, now.date())
        named_today = p.period is not None and p.period.start == p.period.end == now.date()
        if named_today and _AS_AT.search(p.text.lower()):
            period = None  # "still in transit as of today": those moving now, due whenever
    if sales and period is None:
        period = semantic.default_period(now.date())
    several = len(p.stores) > 1  # "US vs DE": sales side by side; other measures: every store
    return Request(
        measure=p.measure,
        skus=skus,
        store=None if several else p.store,
        stores=p.stores if several and sales else (),
        period=period,
        rank=p.rank,
        limit=p.limit,
        by_store=p.by_store or (several and sales),
        late=p.late,
        exception_kind=p.exception_kind,
        not_live=p.not_live,
        live=p.live and not skus,  # one product's status per store answers "is it live"
        shipment=p.shipment,
        shipment_focus=p.shipment_focus,
        stock_part=p.stock_part,
        seller_currency=p.seller_currency,
        hs_proposed=p.hs_proposed,
        currency=p.currency,
        mode=p.shipment_mode,
        per=p.per if sales else None,
    )


def _inbound_on_record(
    session: Session, actor: Actor, req: Request, items: list[Named], now: datetime, zh: bool
) -> str:
    """What the stock records hold inbound for the products a shipment question found no
    consignment of ("what's in transit to FBA Japan for the kettle"): units can be inbound on a
    shipment created outside globalsell, and the seller asked what is on its way."""
    stock = Request(measure=Measure.STOCK, skus=req.skus, store=req.store, stock_part="inbound")
    rows = semantic.evaluate(session, actor=actor, req=stock, items=items, now=now).rows
    inbound = sum(int(x.get("inbound") or 0) for x in rows)
    if not inbound:
        return ""
    skus = ", ".join(req.skus)
    if zh:
        where = f"发往 {req.store}" if req.store else ""
        return f"\n但库存记录显示 {skus} 有 {inbound} 件在途(inbound){where}。"
    where = f" to {req.store}" if req.store else ""
    return f"\nThe stock records do show {inbound} units of {skus} inbound{where}."


def _arrival_window(p: Parsed, today: date) -> Period | None:
    """The days a shipment question's arrivals fall in: the period named (this week or month to
    its end), or the next N days ("arriving within 10 days", "next week")."""
    if p.period is not None:
        end = p.period.end
        if "this_week" in p.period_kinds:
            end = p.period.start + timedelta(days=6)
        elif "this_month" in p.period_kinds:
            end = (p.period.start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        return Period(
            p.period.start, end, f"{p.period.start} to {end}", f"{p.period.start} 至 {end}"
        )
    if p.horizon_days:
        end = today + timedelta(days=p.horizon_days)
        return Period(today, end, f"{today} to {end}", f"{today} 至 {end}")
    return None


def future_reply(p: Parsed) -> Reply:
    """Sales that have not happened: refused as a prediction, plainly (it did understand the
    question; it is no ask-back), with what it can answer instead."""
    return Reply(
        "refuse",
        understood(replace(p, period=None), p.chinese)  # a past date is not the one asked about
        + (
            "我无法预测未来的销量：我只根据已经发生的数据回答(需求预测见「预测」页面)。"
            "我可以告诉你最近30天或去年同期的销量。"
            if p.chinese
            else "I can't predict that: I answer from what has already happened, and future "
            "sales are a forecast (see the Forecasts page). I can give you the units sold over "
            "the last 30 days or in the same period last year."
        ),
        {"understood": _understood_dict(p), "prediction": True},
    )


# capitalised words a seller's question may carry that name no party: marketplaces, calendar and
# currency words, abbreviations of the trade
_COMMON_NAMES = frozenset(
    [
        "amazon",
        "ebay",
        "i",
        "sku",
        "skus",
        "hs",
        "hts",
        "fba",
        "fbm",
        "eta",
        "usd",
        "eur",
        "gbp",
        "jpy",
        "cny",
        "rmb",
        "black",
        "friday",
        "prime",
        "cyber",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "christmas",
        "xmas",
        "ok",
        "please",
        "pls",
        "asin",
        "gtin",
        "ean",
        "upc",
        "led",
        "usb",
        "pd",
        "tpe",
        "pvc",
        "pu",
        "diy",
        "vs",
        # chat shorthand
        "asap",
        "fyi",
        "btw",
        "thx",
        "plz",
        "eod",
        "tbh",
        "lmk",
        "gmv",
        "ytd",
        "mtd",
        "wtd",
        "qtd",
        # people of the seller's own company ("the CEO's deck")
        "ceo",
        "cfo",
        "coo",
        "cto",
        "vp",
        "gm",
        "aov",  # average order value
        "asp",  # average selling price
        "teh",  # "the", typed fast
        "japn",
        # forms of address and courtesy ("Hi Sir, kindly share ...")
        "sir",
        "madam",
        "dear",
        "team",
        "boss",
        "hi",
        "hello",
        "hey",
        "thanks",
        "thank",
        "regards",
        "kindly",
        "good",
        "morning",
        "afternoon",
        "evening",
        "greetings",
        # office and trade shorthand ("PFB query", "need it for the CHA", "FOB Ningbo")
        "pfb",
        "pfa",
        "fyr",
        "wrt",
        "cha",
        "cob",
        "eom",
        "eow",
        "mis",
        "pi",
        "ci",
        "po",
        "fob",
        "cif",
        "exw",
        "ddp",
        "ddu",
        "dap",
        "moq",
        "oem",
        "odm",
        "qc",
        "kpi",
        "cbm",
        "lcl",
        "fcl",
        "teu",
        "etd",
        "atd",
        "ata",
        "wms",
        "erp",
        "sop",
        "hsn",
        "gst",
        "vat",
        "pod",  # proof of delivery
        "recon",
        "grn",
    ]
)


def unknown_name(p: Parsed, items: list[Named], places: tuple[str, ...] = ()) -> str | None:
    """A capitalised name in the question that is none of the seller's products, brands,
    stores or stock locations (`places`: their names), nor a word naming the seller's own
    depots ("the China hub") ("What's Anker selling?"): someone else, or a thing the data does
    not know."""
    letters = [c for c in p.text if c.isascii() and c.isalpha()]
    # CAPS LOCK on: capitals mark no names, so a word close to a known one is that word typed
    shouted = len(letters) >= 12 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
    known = set(_COMMON_NAMES) | set(MONTHS) | {m[:3] for m in MONTHS} | PLACE_WORDS
    for name in places:
        known |= {w.lower() for w in re.findall(rf"[{LATIN}]+", name)}
    for n in items:  # "Wasserkocher", "Stück": the words of its other stores' titles too
        for text in (*n.names, n.title, *n.foreign, *n.foreign_titles):
            known |= {w.lower() for w in re.findall(rf"[{LATIN}]+", text)}
    for english, _ in STORE_WORDS.values():  # "España" read whole, as the question is
        known |= {w for phrase in english for w in re.findall(rf"[{LATIN}]+", phrase)}
    known |= {w for _, _, english, _ in KEYWORDS for phrase in english for w in phrase.split()}
    for m in re.finditer(rf"(?<![{LATIN}0-9.-])([{LATIN}]{{3,}})(?![{LATIN}0-9-])", p.text):
        word = m.group(1)
        if not word[0].isupper():
            continue  # a capitalised name, read whole, accents and all ("Milchaufschäumer")
        before = p.text[: m.start()].rstrip()
        sentence_start = not before or before[-1] in ".?!。？！,，:："
        if sentence_start and not word.isupper() and not p.chinese:
            continue
        if _SPEAKER.match(p.text[m.end() :]) or _FORWARDED.search(before):
            continue  # 'Customer: "..."', "fwd from Jana:": who said it, no party to the data
        if word.lower() in known or word.lower().rstrip("s") in known:
            continue
        if shouted and difflib.get_close_matches(word.lower(), known, n=1, cutoff=0.8):
            continue
        return word
    return None


# a name that labels who said or sent a message, not one the question asks about
_SPEAKER = re.compile(r"\s*[:：]")
_FORWARDED = re.compile(
    r"(?<![a-z])(?:fwd|fw|forwarded|message|msg|email|note|question|asked)\s+(?:from|by)$", re.I
)


def sells_as(text: str, name: str) -> bool:
    """The unknown name stands as the one who sells or prices: another seller ("Anker's best
    seller", "what is Anker selling", "Anker在美国卖了多少", "Anker的售价")."""
    n = re.escape(name)
    verb = r"(?:sell|sells|selling|sold|charge|charges|charging|charged|price|prices|pricing)"
    return bool(
        re.search(rf"(?<![A-Za-z0-9]){n}'s?(?![A-Za-z0-9])", text)
        or re.search(rf"(?<![A-Za-z0-9]){n}\s+(?:is\s+|are\s+|was\s+)?{verb}(?![a-z])", text, re.I)
        or re.search(rf"(?<![A-Za-z0-9]){n}\s*(?:在[^，。？?！!]{{0,6}}?)?(?:卖|销|售|定价)", text)
        or re.search(rf"(?<![A-Za-z0-9]){n}\s*的\s*(?:销量|销售|售价|价格|定价|库存)", text)
        # "the sales of Cosori kettle": a brand's product, someone else's
        or re.search(
            rf"(?i:sales|revenue|units|price|prices|pricing|stock|reviews?)\s+(?i:of|for)\s+"
            rf"(?:the\s+)?{n}\s+[a-z]{{3,}}",
            text,
        )
    )


# figures the data holds as they are now, not per past period
SNAPSHOT = (
    Measure.MARGIN,
    Measure.STOCK,
    Measure.DAYS_OF_COVER,
    Measure.PRICE,
    Measure.UNIT_COST,
    Measure.LANDED_COST,
    Measure.HS_CODE,
    Measure.LISTING_STATUS,
    Measure.OUT_OF_STOCK,
    Measure.HS_MISSING,
)


def _past_of_snapshot(p: Parsed, now: datetime) -> tuple[str, str] | None:
    """The past period (English, Chinese) a question asks a now-only figure for, if any."""
    if p.measure not in SNAPSHOT or p.future:
        return None
    if p.period is not None:
        if p.period.end >= now.date():
            return None
        return p.period.label_en, p.period.label_zh
    word = unparsed_time(without_asides(p.text.lower()))  # "before Christmas": a deadline
    return None if word is None else (f"'{word}'", f"「{word}」")


def answer_parsed(
    session: Session, *, actor: Actor, p: Parsed, now: datetime, items: list[Named]
) -> Reply:
    """Answer a parsed question whose measure the semantic layer serves."""
    zh = p.chinese
    assert p.measure is not None
    if p.future:
        return future_reply(p)
    if p.store_unclear:  # "得国站": never dropped, so the answer would cover every store
        return clarify(
            p,
            f"I don't know a store called '{p.store_unclear}', so I have not answered. Which "
            "store do you mean? Give its name or code (such as DE, US, UK, JP).",
            f"我不认识「{p.store_unclear}」这个站点，所以没有作答。你指的是哪个站点？"
            "请给出站点名称或代码(例如 德国站、美国站、英国站、日本站)。",
        )
    if p.time_unclear:
        first, today = now.date().replace(day=1), now.date()
        if back_period(p.time_unclear) is not None:
            return clarify(
                p,
                f"Which period do you mean? '{p.time_unclear}' points back to an earlier "
                "question, but I answer each question on its own, so I have not answered.",
                f"你指哪段时间？「{p.time_unclear}」指的是之前的问题，但我每个问题单独回答，"
                "所以没有作答。",
                ("the last 30 days", "this month", "last month", f"{first} to {today}")
                if not zh
                else ("最近30天", "本月", "上个月", f"{first} 至 {today}"),
            )
        return clarify(
            p,
            f"I am not sure which dates '{p.time_unclear}' means, so I have not answered.",
            f"我不确定「{p.time_unclear}」指哪段日期，所以没有作答。",
            ("the last 30 days", "this month", "last month", f"{first} to {today}")
            if not zh
            else ("最近30天", "本月", "上个月", f"{first} 至 {today}"),
        )
    past = _past_of_snapshot(p, now)
    if past is not None:  # "the margin in November": a figure known only as it is today
        name_en, name_zh = _name(p.measure, False), _name(p.measure, True)
        return clarify(
            p,
            f"I know the {name_en} as it is now, not as it was over {past[0]}, so I have not "
            "answered.",
            f"我只知道现在的{name_zh}，不知道{past[1]}的{name_zh}，所以没有作答。",
            (f"现在的{name_zh}", f"{past[1]}的销量和销售额")
            if zh
            else (f"the {name_en} now", f"units sold and revenue over {past[0]}"),
        )
    if len(p.period_kinds) > 1 and p.measure in semantic.SALES_MEASURES:
        return clarify(
            p,
            "You named more than one period; I answer one period at a time. Which one?",
            "你提到了不止一个时间段；我一次回答一个时间段。你想看哪一个？",
        )
    if p.advice:  # "should I raise the price": the assistant's proposals answer that
        return clarify(
            p,
            "I don't decide changes in the chat: the assistant's checks file proposals (with "
            "their reasons) in the inbox. I can give you the figures, such as the price or the "
            "margin a unit.",
            "我不在对话里决定修改：助手的检查会把建议(附原因)作为提案放进收件箱。我可以告诉你相关数字，"
            "例如售价或每件毛利。",
        )
    if p.why:  # a reason is a proposal's; figures have none
        return clarify(
            p,
            "I can say why a proposal was made when you give its number (such as 'why proposal "
            "#12?'); the open proposals are in the inbox.",
            "给出提案编号后我可以解释它的原因(例如「提案 #12 为什么提出」)；"
            "待审批的提案在收件箱里。",
        )
    if p.measure is Measure.MARGIN and p.rank in (Rank.TOP, Rank.BOTTOM):
        return clarify(  # margins are quoted per product and store, not ranked across products
            p,
            "I can't rank products by margin: I give the margin a unit of one product (per "
            "store), or the products that lose money.",
            "我不能按毛利给产品排名: 我可以给出某个产品(各站点)的每件毛利，或列出亏钱的产品。",
            ("亏钱的产品", "某个产品的毛利")
            if zh
            else ("products losing money", "one product's margin"),
        )
    place_names = tuple(loc.name for loc in inventory.list_locations(session, actor=actor))
    stranger = unknown_name(p, items, place_names)
    if stranger is not None and any(
        re.search(rf"{re.escape(stranger)}\s*[(（]?\s*{re.escape(sku)}", p.text, re.I)
        for sku in p.skus
    ):
        stranger = None  # "the Badematte NB-BT-001": the SKU named, the word describes it
    if stranger is not None and sells_as(p.text, stranger):  # "Anker在美国卖了多少"
        # refused first: "compare our kettle with Cosori's sales" is another seller's data
        return Reply("refuse", OTHER_SELLER_ZH if p.chinese else OTHER_SELLER_EN, {})
    # a listing question's products are resolved here, once: one named answers its "which"
    resolved = resolve(p, items) if p.measure is Measure.LISTING_STATUS else None
    part = coverage.leftover(p, product_named=resolved is not None and bool(resolved[0]))
    if part is not None:  # a part of the question the answer would silently drop
        return clarify(
            p,
            f"Your question has '{part.word}' in it, which my answer would not honour "
            f"({part.english}), so I have not answered.",
            f"你的问题里有「{part.word}」，我的回答无法体现它({part.chinese})，所以没有作答。",
        )
    if stranger is not None:
        return clarify(
            p,
            f"I don't know '{stranger}' in your data: I read only your own products, stores and "
            "shipments (never another seller's). Which of your products or stores do you mean?",
            f"你的数据里没有「{stranger}」: 我只读取你自己的产品、店铺和货件(不读其他卖家的数据)。"
            "你指的是你的哪个产品或店铺？",
        )
    skus, asked = resolved or resolve(p, items)
    if asked is not None:
        return asked
    if p.measure in NEEDS_PRODUCT and not skus:
        example = items[0].sku if items else "SKU"
        return clarify(
            p,
            f"Which product do you mean for the {_name(p.measure, False)}? "
            f"Give its SKU (such as {example}) or its name.",
            f"你想查哪个产品的{_name(p.measure, True)}？请给出SKU(例如 {example})或产品名称。",
        )
    req = request_for(p, skus, now)
    if p.measure is Measure.STOCK:
        places = [
            (loc.code, loc.name, loc.kind.value)
            for loc in inventory.list_locations(session, actor=actor)
        ]
        codes, unknown = named_places(p.text, places)
        if len(p.stores) > 1 and not codes:  # "stock in the US and Germany": their warehouses
            fc_of = inventory.store_locations(session, seller_id=actor.seller_id)
            codes = tuple(fc_of[s] for s in p.stores if s in fc_of)
        if unknown is not None:
            return clarify(
                p,
                f"I don't know a warehouse called '{unknown}'. Which one do you mean?",
                f"我不知道叫「{unknown}」的仓库。你指的是哪一个？",
                tuple(f"{code} {name}" for code, name, _ in places[:8]),
            )
        req = replace(req, locations=codes)
    try:
        result = semantic.evaluate(session, actor=actor, req=req, items=items, now=now)
    except NeedsClarification as exc:
        return clarify(p, f"I cannot answer that: {exc.reason}.", f"无法回答: {exc.reason}。")
    except NotFound as exc:
        return clarify(p, f"I cannot answer that: {exc.message}.", f"无法回答: {exc.message}。")
    text = render(req, result, zh)
    if req.measure is Measure.SHIPMENTS and not result.rows and req.skus and not req.shipment:
        text += _inbound_on_record(session, actor, req, items, now, zh)
    if p.overstock:
        text = overstock_lead(service.list_findings(session, actor=actor), req.store, zh) + text
    text += (
        "\n"
        + ("条件: " if zh else "Filters: ")
        + ", ".join(f"{k}={v}" for k, v in result.filters.items())
    )
    text += "\n" + ("查询: " if zh else "Query: ") + result.query
    return Reply("answer", text, result.as_dict())
