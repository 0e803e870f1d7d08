"""The engine's codes as a seller reads them in a chat answer, in English or 简体中文: a
shipment's status, an open exception with its days or units, a listing's, an order's or a
customs classification's status. The chat words its answers itself (the dashboard's gettext
labels belong to the web layer); the words follow the dashboard's labels so a card and the page
beside it say the same thing. Pure."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

# code -> (English, 中文); an unknown code is shown as words (`new_status` -> `new status`)
SHIPMENT_STATUS: dict[str, tuple[str, str]] = {
    "booked": ("booked", "已订舱"),
    "picked_up": ("picked up", "已提货"),
    "departed_origin": ("departed origin", "已从起运地出发"),
    "arrived_port": ("arrived at port", "已到港"),
    "customs_hold": ("held by customs", "海关查验扣留"),
    "customs_cleared": ("cleared customs", "已清关"),
    "out_for_delivery": ("out for delivery", "派送中"),
    "delivered": ("delivered", "已送达"),
    "received_at_fc": ("received at the FBA warehouse", "已入 FBA 仓"),
}

EXCEPTION_KIND: dict[str, tuple[str, str]] = {
    "late_departure": ("late departure", "延迟出发"),
    "port_dwell": ("waiting at port", "港口滞留"),
    "customs_dwell": ("stuck in customs", "清关滞留"),
    "short_receipt": ("fewer units received", "入库数量短少"),
    "late_for_need_date": ("will arrive after the date needed", "将晚于需到货日期到达"),
    "impossible_sequence": ("tracking events out of order", "物流轨迹顺序异常"),
}

LISTING_STATUS: dict[str, tuple[str, str]] = {
    "missing": ("not generated", "未生成"),
    "draft": ("draft", "草稿"),
    "validated": ("checked", "已校验"),
    "approved": ("approved", "已批准"),
    "submitted": ("submitted", "已提交"),
    "live": ("live", "已上架"),
    "rejected": ("rejected", "已拒绝"),
}

ORDER_STATUS: dict[str, tuple[str, str]] = {
    "pending": ("awaiting payment", "待付款"),
    "unshipped": ("awaiting shipment", "待发货"),
    "shipped": ("shipped", "已发货"),
    "cancelled": ("cancelled", "已取消"),
}

CLASSIFICATION_STATUS: dict[str, tuple[str, str]] = {
    "proposed": ("not yet accepted", "待确认"),
    "accepted": ("accepted", "已确认"),
    "superseded": ("replaced by a newer one", "已被新的分类取代"),
}


def _word(table: Mapping[str, tuple[str, str]], code: object, zh: bool) -> str:
    text = str(getattr(code, "value", code) or "")
    known = table.get(text)
    if known:
        return known[1] if zh else known[0]
    return text.replace("_", " ").strip()


def shipment_status(code: object, zh: bool) -> str:
    return _word(SHIPMENT_STATUS, code, zh)


def exception_kind(code: object, zh: bool) -> str:
    return _word(EXCEPTION_KIND, code, zh)


def listing_status(code: object, zh: bool) -> str:
    return _word(LISTING_STATUS, code, zh)


def order_status(code: object, zh: bool) -> str:
    return _word(ORDER_STATUS, code, zh)


def classification(status: object, proposal_id: object, zh: bool) -> str:
    """Where customs' own code stands: an open proposal in the inbox, or its status."""
    if proposal_id is not None:
        return f"待审批提案 #{proposal_id}" if zh else f"open proposal #{proposal_id}"
    return _word(CLASSIFICATION_STATUS, status, zh)


def days(value: object) -> str:
    """Days to a tenth without a trailing zero: `6`, `4.5` (never `6.0`); empty when unknown."""
    try:
        tenth = Decimal(str(value)).quantize(Decimal("0.1"), ROUND_HALF_UP)
    except (InvalidOperation, ValueError):
        return ""
    return format(tenth if tenth % 1 else tenth.quantize(Decimal(1)), "f")


def _plural(n: object, one: str, many: str) -> str:
    return one if str(n) in ("1", "1.0") else many


def counted(n: object, one: str) -> str:
    """A count with its English noun, singular for one: "1 unit", "4 units", "1 day"."""
    return f"{n} {_plural(n, one, one + 's')}"


def exception(kind: str, evidence: Mapping[str, Any], zh: bool) -> str:
    """An open exception in a sentence: what is wrong and by how much (from its evidence)."""
    if kind == "late_departure":
        d = days(evidence.get("days_late"))
        if d:
            if evidence.get("departed_at") is not None:
                return (
                    f"比计划晚 {d} 天出发"
                    if zh
                    else f"departed {d} {_plural(d, 'day', 'days')} after the planned departure"
                )
            return (
                f"超过计划出发时间 {d} 天仍未出发"
                if zh
                else f"not departed {d} {_plural(d, 'day', 'days')} after the planned departure"
            )
    if kind in ("port_dwell", "customs_dwell"):
        d = days(evidence.get("dwell_days"))
        if d and kind == "port_dwell":
            return (
                f"在港口停留 {d} 天，尚未清关"
                if zh
                else f"{d} {_plural(d, 'day', 'days')} at the port without customs clearance"
            )
        if d:
            return (
                f"被海关扣留 {d} 天"
                if zh
                else f"held in customs for {d} {_plural(d, 'day', 'days')}"
            )
    if kind == "short_receipt":
        lines = evidence.get("lines")
        shown = ", ".join(
            f"{x['sku']} {x['received']}/{x['shipped']}"
            for x in (lines if isinstance(lines, list) else [])
            if isinstance(x, dict)
        )
        n = evidence.get("missing_units")
        if n is not None:
            head = (
                f"FBA 仓少收 {n} 件"
                if zh
                else f"{n} {_plural(n, 'unit', 'units')} short at the FBA warehouse"
            )
            return head + (f"{'：' if zh else ': '}{shown}" if shown else "")
    if kind == "late_for_need_date":
        d = days(evidence.get("days_late"))
        if d:
            return (
                f"预计比需要日期晚 {d} 天到达"
                if zh
                else f"predicted to arrive {d} {_plural(d, 'day', 'days')} after the date needed"
            )
    return exception_kind(kind, zh)
