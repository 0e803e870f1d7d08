"""Answers of the semantic layer in words, in the seller's language: one renderer per family of
measures (sales, stock, shipments, margins, records). Pure: a `Request` and its `Result` in, text
out; every figure the text states comes from the result."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from globalsell.assistant import answer_words as words
from globalsell.assistant import semantic, semantic_lists
from globalsell.assistant.answers_shipments import count_of as _n
from globalsell.assistant.answers_shipments import render_shipments as _render_shipments
from globalsell.assistant.averages import average_of, average_text
from globalsell.assistant.question import Measure, Rank
from globalsell.assistant.semantic import Request, Result


def _period(req: Request, zh: bool) -> str:
    if req.period is None:
        return ""
    p = req.period
    label = p.label_zh if zh else p.label_en
    if p.default or ("(" not in label and str(p.start) not in label):
        label += f" ({p.start} {'至' if zh else 'to'} {p.end})"
    return label


def _over(when: str) -> str:
    """ "over last week", but "since Black Friday" (never "over since")."""
    return when if when.startswith("since ") else f"over {when}"


def _where(req: Request, zh: bool) -> str:
    if req.stores:
        joined = ", ".join(req.stores)
        return f"在 {joined} " if zh else f" in {joined}"
    if req.store:
        return f"在 {req.store} " if zh else f" in {req.store}"
    return "在所有店铺" if zh else " in all stores"


def _listings_listed(req: Request, r: Result, zh: bool, state_zh: str, state_en: str) -> str:
    """A list of listings in one state ("not live", "live (approved, submitted or live)"), each
    with its status, the first 30 named."""
    listed = "; ".join(
        f"{x['sku']} {x['store']} {words.listing_status(x['status'], zh)}" for x in r.rows[:30]
    )
    more = len(r.rows) - 30
    tail = "" if more <= 0 else (f" 等另外 {more} 个" if zh else f" and {more} more")
    n = len(r.rows)
    return (
        f"{n} 个listing{_where(req, zh)}{state_zh}: {listed}{tail}"
        if zh
        else f"{n} listing{'' if n == 1 else 's'}{_where(req, zh)} "
        f"{'is' if n == 1 else 'are'} {state_en}: {listed}{tail}"
    )


def overstock_lead(findings: list[Any], store: str | None, zh: bool) -> str:
    """The line before an overstock ranking: which SKUs the assistant's latest excess-stock check
    flags (stock beyond the days of demand the seller's risk appetite allows), or that it flags
    none; the ranking by days of cover follows."""
    flagged = [
        f"{f.evidence.get('sku')} {'在' if zh else 'in'} {f.evidence.get('store')}"
        + (
            f" (多约 {f.evidence['excess_units']} 件)"
            if zh
            else f" (about {f.evidence['excess_units']} units too many)"
        )
        * bool(f.evidence.get("excess_units"))
        for f in findings
        if f.detector == "inventory.excess" and (store is None or f.evidence.get("store") == store)
    ]
    if zh:
        head = (
            f"助手最近一次检查认为库存积压的有 {len(flagged)} 个: {'; '.join(flagged)}。"
            if flagged
            else "助手最近一次检查没有发现库存积压。"
        )
        return head + "按可售天数从多到少:\n"
    head = (
        f"The assistant's latest check flags {len(flagged)} as overstocked: {'; '.join(flagged)}. "
        if flagged
        else "The assistant's latest check flags nothing as overstocked. "
    )
    return head + "Most days of cover first:\n"


def render(req: Request, r: Result, zh: bool) -> str:  # noqa: C901 - one branch per measure
    m = req.measure
    if m in semantic.SALES_MEASURES:
        return _render_sales(req, r, zh)
    if m is Measure.STOCK:
        return _render_stock(req, r, zh)
    if m is Measure.DAYS_OF_COVER:
        if not r.rows:
            return "没有找到库存记录。" if zh else "No stock found for that."
        lines = [
            (
                f"{x['sku']} 在 {x['location']} ({x['stores']}): "
                + (f"可售 {x['days_of_cover']} 天" if x["days_of_cover"] else "最近30天无销量")
                + f" (可售库存 {x['available']} 件，30天卖出 {x['sold_30d']} 件)"
                if zh
                else f"{x['sku']} at {x['location']} ({x['stores']}): "
                + (
                    f"{x['days_of_cover']} days of cover"
                    if x["days_of_cover"]
                    else "no sales in 30 days"
                )
                + f" ({x['available']} available, {x['sold_30d']} sold in 30 days)"
            )
            for x in r.rows[:10]
        ]
        return "\n".join(lines)
    if m is Measure.PRICE:
        if not r.rows:
            return (
                f"{', '.join(req.skus)}{_where(req, zh)}没有生效的售价。"
                if zh
                else f"{', '.join(req.skus)} has no active price{_where(req, zh)}."
            )
        return "\n".join(
            f"{x['sku']} 在 {x['store']} 的售价: {x['price']} {x['currency']}"
            + ("" if x["basis"] == "active price" else " (没有生效售价，这是最近一次报价)")
            if zh
            else f"Price of {x['sku']} in {x['store']}: {x['price']} {x['currency']}"
            + ("" if x["basis"] == "active price" else " (no active price: the newest saved quote)")
            for x in r.rows
        )
    if m is Measure.UNIT_COST:
        if len(r.rows) == 1 and r.rows[0]["sku"] == req.skus[0]:
            costs = f"{r.rows[0]['unit_cost']} {r.rows[0]['currency']}"
        else:
            costs = ", ".join(f"{x['sku']} {x['unit_cost']} {x['currency']}" for x in r.rows) or (
                "没有成本数据" if zh else "no cost recorded"
            )
        sku = req.skus[0]
        text = f"{sku} 的采购成本: {costs}" if zh else f"Unit cost of {sku}: {costs}"
        if req.store or req.stores:
            text += (
                "（采购成本各站点相同；含头程和关税的成本请问落地成本）"
                if zh
                else " (the purchase cost, the same for every store; for a store's cost with"
                " freight and duty, ask for its landed cost)"
            )
        return text
    if m is Measure.LANDED_COST:
        return "\n".join(
            (
                (
                    f"{x['sku']} 在 {x['store']}: {x['error']}"
                    if zh
                    else f"{x['sku']} in {x['store']}: {x['error']}"
                )
                if "error" in x
                else _landed_line(x, zh)
            )
            for x in r.rows
        ) or ("没有报价数据。" if zh else "No quote is possible for that.")
    if m is Measure.HS_CODE:
        return "\n".join(_hs_line(x, req.hs_proposed, zh) for x in r.rows)
    if m is Measure.LISTING_STATUS:
        if req.not_live:
            if not r.rows:
                return (
                    f"所有listing{_where(req, zh)}都已上线。"
                    if zh
                    else f"Every listing{_where(req, zh)} is live."
                )
            return _listings_listed(req, r, zh, "未上线", "not live")
        if req.live:
            if not r.rows:
                where = _where(req, zh)
                return f"{where}没有上线的listing。" if zh else f"No listing{where} is live."
            return _listings_listed(
                req, r, zh, "已上线(已批准、已提交或在售)", "live (approved, submitted or live)"
            )
        if not r.rows:
            return "没有找到listing。" if zh else "No listing found."
        if len(r.rows) <= 14 and req.skus:
            listed = "; ".join(
                f"{x['store']} {words.listing_status(x['status'], zh)}" for x in r.rows
            )
            return (
                f"{', '.join(req.skus)} 的listing状态: {listed}"
                if zh
                else f"Listing status of {', '.join(req.skus)}: {listed}"
            )
        counts = ", ".join(f"{words.listing_status(k, zh)} {v}" for k, v in r.total.items())
        return (
            f"{len(r.rows)} 个listing{_where(req, zh)}: {counts}"
            if zh
            else f"{len(r.rows)} listing{'' if len(r.rows) == 1 else 's'}"
            f"{_where(req, zh)}: {counts}"
        )
    if m is Measure.SHIPMENTS:
        return _render_shipments(req, r, zh)
    if m is Measure.MARGIN:
        return _render_margin(req, r, zh)
    if m is Measure.OUT_OF_STOCK:
        return semantic_lists.render_out_of_stock(req, r, zh)
    if m is Measure.HS_MISSING:
        return semantic_lists.render_hs_missing(r, zh)
    if m is Measure.OPEN_ORDERS:
        return semantic_lists.render_open_orders(req, r, zh)
    return ""


def _hs_line(x: dict[str, Any], proposed: bool, zh: bool) -> str:
    on_file = x["on_file"] or ("无" if zh else "none")
    prop = x["proposed"]
    where = words.classification(x["proposed_status"], x.get("proposal_id"), zh)
    if zh:
        text = f"{x['sku']} 备案的HS编码: {on_file}"
        if prop:
            text += f"；海关建议: {prop} ({where})"
        return text
    text = f"HS code on file for {x['sku']}: {on_file}"
    if prop:
        text += f"; customs proposes {prop} ({where})"
    if proposed and not prop:
        text += "; customs has no classification of it yet"
    return text


def _money(row: dict[str, Any]) -> str:
    return " + ".join(f"{a} {c}" for c, a in row["revenue"].items()) or "0"


def _approx(row: dict[str, Any], currency: str) -> str:
    value = row.get("revenue_seller_currency")
    if value is None or list(row["revenue"]) == [currency]:
        return ""
    return f" (≈ {value} {currency})"


def _verb(n: int, verb: str) -> str:
    """A verb agreeing with a count in English: `1 product loses`, `2 products lose`."""
    return f"{verb}s" if n == 1 else verb


TIED_SHOWN = 8


def _render_sales(req: Request, r: Result, zh: bool) -> str:
    m = req.measure
    when = _period(req, zh)
    where = _where(req, zh)
    cur = r.total.get("seller_currency", "")
    if req.per and req.period is not None:  # "客单价", "units a day": the average, shown worked
        days = (req.period.end - req.period.start).days + 1
        whose = ", ".join(req.skus)
        lead = f"{whose} {when}{where}".strip() if zh else f"{where} {_over(when)}".strip()
        return average_text(
            m,
            req.per,
            whose,
            lead,
            average_of(r.total, m, req.per, days, zh),
            [
                (str(x["key"]), average_of({**x, "seller_currency": cur}, m, req.per, days, zh))
                for x in r.rows
            ],
            zh,
        )

    def fig(x: dict[str, Any]) -> str:
        if m is Measure.UNITS:
            return f"{x['units']} 件" if zh else _n(x["units"], "unit")
        if m is Measure.ORDERS:
            return f"{x['orders']} 个订单" if zh else _n(x["orders"], "order")
        return _money(x) + _approx(x, cur)

    if req.rank in (Rank.TOP, Rank.BOTTOM):
        if not r.rows:
            return f"{when}{where}没有销售。" if zh else f"No sales{where} {_over(when)}."
        first = r.rows[0]
        every_tied = [x["key"] for x in r.rows if fig(x) == fig(first)]
        n = req.limit or 3
        rest = "; ".join(
            f"{x['key']} {fig(x)}" for x in r.rows[len(every_tied) : max(n, len(every_tied))]
        )
        tied = every_tied[:TIED_SHOWN]  # 40 products tied at 0 units: a few, and how many more
        more = len(every_tied) - len(tied)
        if more:
            tied[-1] += f" {'等 ' + str(len(every_tied)) + ' 个' if zh else f'and {more} more'}"
        what = "店铺" if req.by_store else "产品"
        top = req.rank is Rank.TOP
        if zh:
            head = f"{when}{where}{'卖得最好' if top else '卖得最差'}的{what}: " + (
                " 和 ".join(tied) + f" 并列 ({fig(first)})"
                if len(tied) > 1
                else f"{first['key']} ({fig(first)})"
            )
            return head + (f"。其后: {rest}" if rest else "。")
        label = ("Best-selling " if top else "Worst-selling ") + (
            "store" if req.by_store else "product"
        )
        if m is Measure.REVENUE:
            label = ("Highest-revenue " if top else "Lowest-revenue ") + (
                "store" if req.by_store else "product"
            )
        head = f"{label}{where} {_over(when)}: " + (
            " and ".join(tied) + f" tied ({fig(first)})"
            if len(tied) > 1
            else f"{first['key']} ({fig(first)})"
        )
        return head + (f". Next: {rest}." if rest else ".")
    t = r.total
    subject = ", ".join(req.skus) if req.skus else ("你" if zh else "You")
    revenue = _money(t) + _approx(t, cur)
    if zh:
        lead = {
            Measure.UNITS: f"{subject} {when}{where}卖出 {t['units']} 件",
            Measure.ORDERS: f"{subject} {when}{where}有 {t['orders']} 个订单",
            Measure.REVENUE: f"{subject} {when}{where}的销售额: {revenue}",
        }[m]
        extra = {
            Measure.UNITS: f"，{t['orders']} 个订单，销售额 {revenue}",
            Measure.ORDERS: f"，共 {t['units']} 件，销售额 {revenue}",
            Measure.REVENUE: f" ({t['units']} 件，{t['orders']} 个订单)",
        }[m]
    else:
        lead = {
            Measure.UNITS: f"{subject} sold {_n(t['units'], 'unit')}{where} {_over(when)}",
            Measure.ORDERS: f"{subject} had {_n(t['orders'], 'order')}{where} {_over(when)}",
            Measure.REVENUE: f"Revenue of {subject if req.skus else 'your sales'}{where} "
            f"{_over(when)}: {revenue}",
        }[m]
        extra = {
            Measure.UNITS: f", in {_n(t['orders'], 'order')}, revenue {revenue}",
            Measure.ORDERS: f", {_n(t['units'], 'unit')}, revenue {revenue}",
            Measure.REVENUE: f" ({_n(t['units'], 'unit')}, {_n(t['orders'], 'order')})",
        }[m]
    text = lead + extra + ("。" if zh else ".")
    rows = r.rows
    if len(req.stores) > 1 and req.by_store:  # "US vs DE": a figure for each, none left out
        seen = {str(x["key"]) for x in rows}
        zero = {"units": 0, "orders": 0, "revenue": {}}
        rows = rows + [{"key": s, **zero} for s in req.stores if s not in seen]
    if len(rows) > 1:
        text += "\n" + "; ".join(f"{x['key']} {fig(x)}" for x in rows[:10])
    return text


def _render_stock(req: Request, r: Result, zh: bool) -> str:
    if not r.rows and not req.skus:
        return "没有库存记录。" if zh else "No stock on record for that."
    part = req.stock_part
    t = r.total
    ranked = t.get("ranked")
    if ranked:
        top = req.rank is Rank.TOP
        n = req.limit or 5
        listed = "; ".join(f"{x['sku']} {x['units']}" for x in ranked[:n])
        first = ranked[0]
        by = str(t.get("ranked_by", "on_hand"))
        if zh:
            what = {"inbound": "在途", "reserved": "预留"}.get(by, "在库")
            return (
                f"{what}{'最多' if top else '最少'}的产品{_where(req, zh)}: {first['sku']} "
                f"({what} {first['units']} 件)。排名({what}件数): {listed}"
            )
        what = by.replace("_", " ")
        return (
            f"{'Most' if top else 'Least'} stock {what}{_where(req, zh)}: {first['sku']} "
            f"({first['units']} {what}). Ranking (units {what}): {listed}"
        )
    if zh:
        head = {
            "reserved": f"预留 {t['reserved']} 件",
            "inbound": f"在途 {t['inbound']} 件",
        }.get(
            part or "",
            f"在库 {t['on_hand']} 件，预留 {t['reserved']} 件，"
            f"可售 {t['available']} 件，在途 {t['inbound']} 件",
        )
        subject = ", ".join(req.skus) or "全部SKU"
        text = f"{subject}{_stock_where(req, zh)}库存: {head}。"
    else:
        head = {
            "reserved": f"{_n(t['reserved'], 'unit')} reserved",
            "inbound": f"{_n(t['inbound'], 'unit')} inbound",
        }.get(
            part or "",
            f"{t['on_hand']} on hand, {t['reserved']} reserved, "
            f"{t['available']} available, {t['inbound']} inbound",
        )
        subject = ", ".join(req.skus) or "All SKUs"
        text = f"Stock of {subject}{_stock_where(req, zh)}: {head}."
    if not r.rows:  # a catalogue product with no units anywhere asked about: zero, said so
        return text + (" (没有库存记录)" if zh else " (no stock on record)")
    text += (
        "\n"
        + "; ".join(
            f"{x['sku']} {x['location']}: "
            f"{x['on_hand']}/{x['reserved']}/{x['available']}/{x['inbound']}"
            for x in r.rows[:12]
        )
        + (" (在库/预留/可售/在途)" if zh else " (on hand/reserved/available/inbound)")
    )
    return text


def _stock_where(req: Request, zh: bool) -> str:
    """ "in US", or the locations asked about ("at CN-NGB") when the question named them."""
    if req.locations and not req.store:
        places = ", ".join(req.locations)
        return f"在 {places} " if zh else f" at {places}"
    return _where(req, zh)


def _render_margin(req: Request, r: Result, zh: bool) -> str:
    where = _where(req, zh)
    if req.rank is Rank.LOSING:
        if not r.rows:
            return (
                f"{where}按今天的成本、费用和汇率，没有亏钱的产品。"
                if zh
                else f"No product loses money{where} at today's cost, fees and exchange rate."
            )
        lines = [
            f"{x['sku']} 在 {x['store']}: 售价 {x['price']} {x['currency']}，"
            f"每件亏 {x['margin'].lstrip('-')} {x['currency']}"
            if zh
            else f"{x['sku']} in {x['store']}: price {x['price']} {x['currency']}, "
            f"loses {x['margin'].lstrip('-')} {x['currency']} a unit"
            for x in r.rows
        ]
        head = (
            f"{where}有 {len(r.rows)} 个产品亏钱 (按今天的成本、费用和汇率):"
            if zh
            else f"{_n(len(r.rows), 'product')} {_verb(len(r.rows), 'lose')} money{where} "
            "at today's cost, fees and exchange rate:"
        )
        return head + "\n" + "\n".join(lines)
    if not r.rows and req.skus:
        return (
            f"{', '.join(req.skus)} {where}没有售价或报价。"
            if zh
            else f"{', '.join(req.skus)} has no price or quote{where}."
        )
    if not r.rows:
        return (
            f"{where}没有生效的售价，无法计算毛利。"
            if zh
            else f"No active price{where} to compute a margin from."
        )
    return "\n".join(
        f"{x['sku']} 在 {x['store']}: 售价 {x['price']} {x['currency']}，"
        f"每件毛利 {x['margin']} {x['currency']} ({x['margin_rate_percent']}%，"
        + ("按当前售价" if x["basis"] == "active price" else "按最近报价")
        + ")"
        + incomplete_margin(x.get("unknown"), zh)
        if zh
        else f"{x['sku']} in {x['store']}: price {x['price']} {x['currency']}, "
        f"margin {x['margin']} {x['currency']} a unit "
        f"({x['margin_rate_percent']}%, at the {x['basis']})"
        + incomplete_margin(x.get("unknown"), zh)
        for x in r.rows[:12]
    )


def incomplete_margin(unknown: str | None, zh: bool) -> str:
    """ADR 0138: a margin on a quote with a landed-cost line unknown is incomplete (overstated)."""
    lines = [n for n in str(unknown or "").split() if n in LANDED_ZH]
    if not lines:
        return ""
    if zh:
        return f"；不完整：{'、'.join(LANDED_ZH[n] for n in lines)}未知(按 0 计)，实际毛利更低"
    gap = " and ".join(lines)
    return f"; incomplete: {gap} unknown (counted as 0), so the true margin is lower"


LANDED_ZH = {"freight": "运费", "duty": "关税"}


def _landed_line(x: dict[str, Any], zh: bool) -> str:
    """One SKU x store's landed cost; a line with no figure (ADR 0138) is said unknown and the
    total incomplete, too low by it."""
    unknown = [n for n in str(x.get("unknown") or "").split() if n in LANDED_ZH]
    freight, duty = (
        ("未知" if zh else "unknown") if n in unknown else x[n] for n in ("freight", "duty")
    )
    if zh:
        gap = "、".join(LANDED_ZH[n] for n in unknown)
        return (
            f"{x['sku']} 在 {x['store']} 的到岸成本: 每件 {x['landed_cost']} {x['currency']}"
            + ("（不完整）" if unknown else "")
            + f" (货值 {x['goods']}，运费 {freight}，关税 {duty})"
            + (f"：{gap}未知，实际成本比这更高" if unknown else "")
        )
    gap = " and ".join(unknown)
    return (
        f"Landed cost of {x['sku']} in {x['store']}: {x['landed_cost']} {x['currency']} a unit"
        + (", incomplete" if unknown else "")
        + f" (goods {x['goods']}, freight {freight}, duty {duty})"
        + (
            f": {gap} {'is' if len(unknown) == 1 else 'are'} unknown, so the true cost is higher"
            if unknown
            else ""
        )
    )


def runout_estimate(rows: list[dict[str, Any]], today: date, deadline: str | None, zh: bool) -> str:
    """When each SKU x warehouse runs out at its last 30 days' sales rate: the date its days of
    cover imply, worded as an estimate (a stock-out question asks about the future); a date
    named that could not be placed is said so, for the seller to compare."""
    parts = []
    for x in rows:
        if x["days_of_cover"] is None:
            continue  # no sales: no date to imply
        if x["available"] <= 0:
            parts.append(
                f"{x['sku']} 在 {x['location']} 现已断货"
                if zh
                else f"{x['sku']} at {x['location']}: out of stock now"
            )
            continue
        on = today + timedelta(days=int(Decimal(x["days_of_cover"])))
        parts.append(
            f"{x['sku']} 在 {x['location']} 约 {on} 断货"
            if zh
            else f"{x['sku']} at {x['location']}: around {on}"
        )
    if not parts:
        return ""
    if zh:
        head = f"我没法确定「{deadline}」是哪天，请和下面的日期比较。" if deadline else ""
        return f"{head}按最近30天的销售速度估算(不是保证): {'；'.join(parts)}。\n"
    head = (
        f"I could not place '{deadline}' on the calendar; compare it with these dates. "
        if deadline
        else ""
    )
    rate = "Estimated run-out at the last 30 days' sales rate (not a promise)"
    return f"{head}{rate}: {'; '.join(parts)}.\n"
