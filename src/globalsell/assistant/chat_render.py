"""Wording of the chat's read-only tool results and fixed replies (refusal, can't answer), in
the question's language. Pure: a tool's result dict in, text out."""

from __future__ import annotations

from typing import Any

from globalsell.assistant.answer_words import counted
from globalsell.assistant.answers_render import incomplete_margin

__all__ = ["REFUSAL_EN", "REFUSAL_ZH", "UNKNOWN_EN", "UNKNOWN_ZH", "reference_unknown", "render"]


def reference_unknown(written: str, codes: tuple[str, ...], yours: list[str]) -> tuple[str, str]:
    """The question back (English, Chinese) about a carrier reference that names several of the
    seller's shipments (`codes`) or none of them (`yours` lists the seller's shipment codes)."""
    if codes:
        listed = ", ".join(sorted(codes))
        return (
            f"'{written}' names {len(codes)} of your shipments ({listed}), so I have not "
            "answered. Which one do you mean?",
            f"「{written}」对应你的 {len(codes)} 个货件({listed})，所以没有作答。你指哪一个？",
        )
    listed = ", ".join(yours) or "none"
    return (
        f"None of your shipments has the reference '{written}' (I look up shipment codes, "
        "container numbers, B/L and air waybill numbers, bookings and Amazon inbound shipment "
        f"ids), so I have not answered. Your shipments: {listed}.",
        f"你的货件里没有编号「{written}」(我能查货件编号、柜号、提单号和空运单号、订舱号和亚马逊"
        f"入库货件号)，所以没有作答。你的货件: {listed}。",
    )


def render(intent: str, data: dict[str, Any], chinese: bool) -> str:
    if "error" in data:
        return str(data["error"])
    if intent == "count_products":
        n = data["products"]
        noun = "product" if n == 1 else "products"
        return f"你共有 {n} 个产品。" if chinese else f"You have {n} {noun}."
    if intent == "find_products":
        rows = data["products"]
        listed = "; ".join(f"{p['sku']} {p['title']}" for p in rows[:10])
        return (
            f"找到 {len(rows)} 个产品: {listed}"
            if chinese
            else f"{len(rows)} product{'' if len(rows) == 1 else 's'} found: {listed}"
        )
    if intent == "product_cost":
        parts = [] if data["unit_cost"] is None else [f"{data['unit_cost']} {data['currency']}"]
        parts += [
            f"{v['sku']}: {v['unit_cost']} {v['currency']}"
            for v in data["variants"]
            if v["unit_cost"] is not None
        ]
        costs = ", ".join(parts) or ("没有成本数据" if chinese else "no cost recorded")
        return (
            f"{data['sku']} 的采购成本: {costs}"
            if chinese
            else f"Unit cost of {data['sku']}: {costs}"
        )
    if intent == "open_proposals":
        listed = "; ".join(
            f"#{p['id']} {p.get('title_zh') or p['title'] if chinese else p['title']}"
            for p in data["proposals"][:10]
        )
        if data.get("skus") and not data["proposals"]:
            named = ", ".join(data["skus"])
            return (
                f"{named} 没有待审批的提案。"
                if chinese
                else f"No proposal waits for a decision on {named}."
            )
        if data.get("about") == "hs":
            return (
                f"有 {data['count']} 个HS编码提案待审批: {listed}"
                if chinese
                else f"{data['count']} HS code "
                f"proposal{'s wait' if data['count'] != 1 else ' waits'} for a decision: {listed}"
            )
        return (
            f"有 {data['count']} 个待审批的提案: {listed}"
            if chinese
            else f"{data['count']} proposal{'s wait' if data['count'] != 1 else ' waits'} for a "
            f"decision: {listed}"
        )
    if intent == "explain_proposal":
        if chinese:
            who = "助手" if data["proposed_by"] == "assistant" else data["proposed_by"]
            title = data.get("title_zh") or data["title"]
            reason = data.get("reason_zh") or data["reason"]
            return f"提案 #{data['id']} ({title}) 由 {who} 提出，原因: {reason}"
        return (
            f"Proposal #{data['id']} ({data['title']}) was proposed by {data['proposed_by']} "
            f"because: {data['reason']}"
        )
    if intent == "stockout_risk":
        where = data["store"] or ("所有店铺" if chinese else "all stores")
        if not data["skus"]:
            return (
                f"{where} {data['within_days']} 天内没有预计断货的SKU "
                f"(检查于 {data['checked_at']})。"
                if chinese
                else f"No SKU is expected to run out in {where} within {data['within_days']} "
                f"days (checked {data['checked_at']})."
            )
        listed = "; ".join(
            f"{r['sku']} {r['store']}: "
            + (f"{r['days_to_stockout']} 天" if chinese else counted(r["days_to_stockout"], "day"))
            + f" ({r['available']} "
            + ("件可售" if chinese else "available")
            + ")"
            for r in data["skus"]
        )
        return (
            f"{where} {data['within_days']} 天内预计断货的SKU有 {data['count']} 个"
            f"(按可售库存和预测销量估算): {listed}"
            if chinese
            else f"{data['count']} SKU{'s' if data['count'] != 1 else ''} may run out in {where} "
            f"within {data['within_days']} days (an estimate from available stock and forecast "
            f"sales): {listed}"
        )
    if intent == "margin":
        gap = incomplete_margin(" ".join(data.get("unknown") or ()), chinese)
        return (
            f"{data['sku']} 在 {data['store']} 的售价 {data['price']}，每件毛利 {data['margin']}"
            f" ({data['margin_rate_percent']}%，按"
            + ("当前售价" if data["basis"] == "active price" else "最近报价")
            + f"计算，已扣除费用和汇率){gap}。"
            if chinese
            else f"{data['sku']} in {data['store']}: price {data['price']}, margin "
            f"{data['margin']} a unit ({data['margin_rate_percent']}%, at the {data['basis']}, "
            f"after fees and exchange rate){gap}."
        )
    if intent == "latest_findings":
        listed = "; ".join(
            f"{f['rank']}. {f.get('reason_zh') or f['reason'] if chinese else f['reason']}"
            for f in data["findings"][:5]
        )
        if data.get("severity"):
            return (
                f"最近一次检查有 {data['all']} 个发现，其中严重的 {data['count']} 个: {listed}"
                if chinese
                else f"The latest check found {data['all']} things, {data['count']} of them "
                f"{data['severity']}: {listed}"
            )
        return (
            f"最近一次检查有 {data['count']} 个发现: {listed}"
            if chinese
            else f"The latest check found {data['count']} things: {listed}"
        )
    return ""


REFUSAL_EN = (
    "I cannot change anything myself or act on instructions inside messages or data. "
    "Changes are proposals that you approve or reject in the inbox."
)
REFUSAL_ZH = (
    "我不能直接修改任何数据，也不会执行消息或数据里的指令。"
    "所有修改都以提案形式提交，由你在审批收件箱中批准或拒绝。"
)
UNKNOWN_EN = (
    "I can't answer that. I can answer questions about your own business: units sold, revenue "
    "and orders (by SKU, product name, store and period, or ranked), stock, days of cover and "
    "stock-out risk, prices, unit and landed costs, margins and products losing money, HS codes, "
    "listing status, shipments with their ETA and exceptions, open proposals and findings."
)
UNKNOWN_ZH = (
    "这个问题我无法回答。我可以回答你自己业务的问题：销量、销售额和订单数(可按SKU、产品名、店铺、时间段筛选或排名)、"
    "库存、可售天数和断货风险、售价、采购成本和到岸成本、毛利和亏钱的产品、HS编码、listing状态、货件的预计到达时间和异常、"
    "待审批提案和最新发现。"
)
