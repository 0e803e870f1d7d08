"""Shipment answers of the semantic layer in words, in the seller's language: one shipment,
a list in flight (or a product's, with those received that still have an open exception), the
late ones, the ones with exceptions, or those arriving in a period. Pure: a `Request` and its
`Result` in, text out."""

from __future__ import annotations

from typing import Any

from globalsell.assistant import answer_words as words
from globalsell.assistant.question import Measure, Parsed
from globalsell.assistant.question_cues import FUTURE_OUTCOME
from globalsell.assistant.semantic import Request, Result

count_of = words.counted  # a count with its noun in English: `1 unit`, `3 units`


def future_outcome(p: Parsed) -> bool:
    """A yes/no question about a shipment's future ("will it clear customs by Friday?")."""
    return p.measure is Measure.SHIPMENTS and FUTURE_OUTCOME.search(p.text.lower()) is not None


def outcome_refusal(text: str, zh: bool) -> str:
    """A yes/no question about a shipment's future ("will it clear customs by Friday?"): no
    promise, since it is a prediction; what the data shows now, its dates as estimates."""
    return (
        "我无法保证这件事会不会发生：这是对未来的预测，不是你数据里的事实。目前的数据"
        f"(预计日期只是估计): {text}"
        if zh
        else "I can't promise that: whether it happens is a prediction, not a fact in your data. "
        f"What the data shows now (the expected dates are estimates): {text}"
    )


_n = count_of


def _shipments(n: int) -> str:
    return f"{n} shipment{'' if n == 1 else 's'}"


def _have(n: int) -> str:
    return "has" if n == 1 else "have"


_MODE_WORDS = {
    "ocean": ("by ocean", "海运"),
    "air": ("by air", "空运"),
    "express": ("by express", "快递"),
}


def _shipment_filters(req: Request, zh: bool) -> str:
    """The filters a shipment question applied, worded: mode, hold, store, products."""
    parts = []
    if req.mode:
        parts.append(_MODE_WORDS.get(req.mode, (req.mode, req.mode))[1 if zh else 0])
    if req.exception_kind:
        parts.append(words.exception_kind(req.exception_kind, zh))
    if req.store:
        parts.append(f"发往 {req.store}" if zh else f"bound for {req.store}")
    if req.skus:
        skus = ", ".join(req.skus)
        parts.append(f"装有 {skus}" if zh else f"carrying {skus}")
    return ("，" if zh else ", ").join(parts)


def render_shipments(req: Request, r: Result, zh: bool) -> str:
    if not r.rows:
        if req.shipment_focus == "exceptions":
            return "没有货件有未处理的异常。" if zh else "No shipment has an open exception."
        if req.period is not None:
            p = req.period
            return (
                f"没有货件在 {p.start} 至 {p.end} 到达。"
                if zh
                else f"No shipment arrives (or arrived) between {p.start} and {p.end}."
            )
        narrowed = _shipment_filters(req, zh)
        if narrowed:  # a filter, not the data, may have emptied the list: say which
            return (
                f"没有符合条件({narrowed})的在途货件。"
                if zh
                else f"No shipment in flight matches: {narrowed}."
            )
        return "没有在途货件。" if zh else "No shipment in flight."

    def line(x: dict[str, Any]) -> str:
        exc = "; ".join(
            words.exception(e["kind"], e.get("evidence") or {}, zh) for e in x["exceptions"]
        )
        status = words.shipment_status(x["status"], zh)
        if zh:
            eta = (
                f"已于 {x['received']} 到达"
                if x["received"]
                else f"预计 {x['eta']} 到达 (区间 {x['eta_earliest']} 至 {x['eta_latest']})"
            )
            return f"{x['code']} 发往 {x['destination']}，{status}，{eta}" + (
                f"；异常: {exc}" if exc else ""
            )
        eta = (
            f"received {x['received']}"
            if x["received"]
            else f"expected {x['eta']} (between {x['eta_earliest']} and {x['eta_latest']})"
        )
        return f"{x['code']} to {x['destination']}: {status}, {eta}" + (
            (f"; open exception{'s' if len(x['exceptions']) > 1 else ''}: {exc}") if exc else ""
        )

    lines = [line(x) for x in r.rows]
    if req.skus:  # "which shipments is the kettle on": its units on each
        lines = [
            text
            + ("；其中 " if zh else "; carrying ")
            + ", ".join(
                f"{y['sku']} {y['units']}" + (" 件" if zh else "")
                for y in x.get("lines", [])
                if y["sku"] in req.skus
                or str(y["sku"]).startswith(tuple(f"{s}-" for s in req.skus))
            )
            for text, x in zip(lines, r.rows, strict=True)
        ]
    if req.late and not req.shipment:
        # only the shipments with an open exception (an ETA asked lists every one in flight)
        kept = [(text, x) for text, x in zip(lines, r.rows, strict=True) if x.get("exceptions")]
        lines = [text for text, _ in kept]
        rows = [x for _, x in kept]
        late = [x for x in rows if x["late"]]
        if zh:
            head = (
                f"{len(late)} 个货件延误 (有未处理的延误异常): "
                + ", ".join(x["code"] for x in late)
                + f"。共 {len(rows)} 个货件有未处理的异常:"
            )
        else:
            head = (
                f"{_shipments(len(late))} {'is' if len(late) == 1 else 'are'} running late "
                "(open delay exceptions): "
                + ", ".join(x["code"] for x in late)
                + f". {_shipments(len(rows))} {_have(len(rows))} open exceptions in all:"
            )
        if not late:
            head = (
                f"没有货件延误。{len(rows)} 个货件有其他未处理的异常:"
                if zh
                else f"No shipment is running late. {_shipments(len(rows))} "
                f"{_have(len(rows))} other open exceptions:"
            )
        return head + "\n" + "\n".join(lines)
    if req.shipment_focus == "exceptions" and not req.shipment:
        head = (
            f"{len(r.rows)} 个货件有未处理的异常:"
            if zh
            else f"{_shipments(len(r.rows))} {_have(len(r.rows))} open exceptions:"
        )
        return head + "\n" + "\n".join(lines)
    if req.period is not None and not req.shipment:  # a named one is shown whenever it arrives
        p = req.period
        head = (
            f"{len(r.rows)} 个货件在 {p.start} 至 {p.end} 到达:"
            if zh
            else f"{_shipments(len(r.rows))} arriving (or arrived) between {p.start} and {p.end}:"
        )
        return head + "\n" + "\n".join(lines)
    if len(lines) > 1 and any(x.get("received") for x in r.rows):
        # a product's shipments: those still moving and those received with an open exception
        head = (
            f"{len(r.rows)} 个货件 (在途的，或已到货但有未处理异常的):"
            if zh
            else f"{len(r.rows)} shipments (in flight, or received with an open exception):"
        )
        return head + "\n" + "\n".join(lines)
    if len(lines) > 1:
        head = f"{len(r.rows)} 个在途货件:" if zh else f"{len(r.rows)} shipments in flight:"
        return head + "\n" + "\n".join(lines)
    one = r.rows[0]
    if not one.get("lines"):
        return lines[0]
    parts = ", ".join(f"{x['sku']} {x['units']}" for x in one["lines"])
    units = f"{one['units']} 件: {parts}" if zh else f"{_n(one['units'], 'unit')}: {parts}"
    return lines[0] + ("\n货物 " if zh else "\nCarrying ") + units
