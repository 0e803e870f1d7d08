"""The engine's messages (`core.messages`: a code and typed parameters) worded in Chinese for the
chat, so a Chinese answer quotes a proposal's title or a finding's reason in Chinese, never the
English text stored beside it (ADR 0116: the engine says things as codes, the edge words them).
The sentences follow the dashboard's catalogue (`web/messages.py`, `zh_CN/messages.po`) so a
chat answer and the page beside it say the same thing; the chat keeps its own copy because the
assistant core does not read the web layer. `zh(message)` is None when any code inside is
unknown here: the caller then says it in its own Chinese words. Pure."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from globalsell.assistant.answer_words import EXCEPTION_KIND, SHIPMENT_STATUS
from globalsell.core import formatting
from globalsell.core.messages import COUNTED, TYPE, Message

_DISPLAY = formatting.Display(locale="zh_CN")

# a count with its noun, as the catalogue gives it in Chinese (no plural forms)
_COUNT = {"day": "%(n)s 天", "unit": "%(n)s 件", "shipment": "%(n)s 批", "peer": "%(n)s 个同类"}

SENTENCES_ZH: dict[str, str] = {
    "catalog.weight.imperial": "amazon.com 使用英制单位：%(weight)s %(unit)s 等于 %(pounds)s 磅。",
    "assistant.listing_blocked": "%(sku)s 暂时无法在亚马逊上架：%(items)s 缺少%(missing)s。",
    "assistant.cost_outlier.slip": (
        "%(sku)s 的单位成本（%(cost)s）%(direction)s%(ag"
        "ainst)s的中位数（%(median)s，%(peers)s），相差 %(r"
        "atio)s 倍；看起来是小数点输错了。"
    ),
    "assistant.cost_outlier.check": (
        "%(sku)s 的单位成本（%(cost)s）%(direction)s%(ag"
        "ainst)s的中位数（%(median)s，%(peers)s），相差 %(r"
        "atio)s 倍；请与工厂核对。"
    ),
    "assistant.peers.category": "类目“%(name)s”",
    "assistant.peers.family": "%(sku)s 系列",
    "assistant.stale_proposal": "建议 %(id)s（%(title)s）已等待 %(days)s，请批准、修改或驳回。",
    "assistant.stockout": (
        "%(sku)s 在 %(store)s 约 %(days)s后断货（可售 %(a"
        "vailable)s 件，按%(source)s每天卖 %(demand)s 件"
        "；%(inbound)s）。海运需 %(ocean)s，空运需 %(air)s "
        "天。"
    ),
    "assistant.stockout.now": (
        "%(sku)s 在 %(store)s 现已断货（可售 %(available)"
        "s 件，按%(source)s每天卖 %(demand)s 件；%(inboun"
        "d)s）。海运需 %(ocean)s，空运需 %(air)s 天。"
    ),
    "assistant.demand.forecast": "预测",
    "assistant.demand.velocity": "近 30 天销量",
    "assistant.inbound.in_time": "在途 %(units)s，预计 %(date)s 到（来得及）",
    "assistant.inbound.too_late": "在途 %(units)s，预计 %(date)s 到（来不及）",
    "assistant.inbound.none": "没有在途货",
    "assistant.stockout.no_air": "您的偏好运输方式不含空运，因此建议海运。",
    "assistant.stockout.reorder": "国内仓没有库存可发：请向工厂补单。",
    "assistant.stockout.expect_gap": "现在发货也赶不上这批在途货之前到仓：会出现断货空档。",
    "assistant.excess": (
        "%(sku)s 在 %(store)s：%(parts)s。可考虑促销、调拨到卖得动的店铺，或暂停补货。"
    ),
    "assistant.excess.over": "共 %(held)s（%(cover)s），目标为 %(target)s：约多出 %(excess)s",
    "assistant.excess.no_sales": "完全没有销量",
    "assistant.excess.cover": "够卖 %(days)s",
    "assistant.excess.ageing": "最早入库的货已放了 %(days)s",
    "assistant.hs.wrong": "%(sku)s 申报的 HS 编码（%(declared)s）看起来有误：%(flags)s。",
    "assistant.hs.classifies": "海关归类结果为 %(code)s，请在下次报关前确认。",
    "assistant.hs.confirm": "请在下次报关前确认。",
    "assistant.hs.proposed": "海关建议改为 %(code)s（建议 #%(id)s），请在待审批中批准或驳回。",
    "assistant.hs.question": "%(sku)s 没有 HS 编码，需要您回答一个问题才能归类：%(question)s",
    "assistant.hs.unsure": (
        "%(sku)s 没有申报 HS 编码，海关归类的最佳猜测（%(code)s）把握只有 %(percent)s%%，请确认。"
    ),
    "assistant.late_shipment": (
        "货件 %(code)s（%(units)s发往 %(destination)s，%(status)s）：%(parts)s。"
    ),
    "assistant.late.after_need": "预计 %(date)s 到达，比需要日期（%(need_by)s）晚 %(days)s",
    "assistant.late.lands": "预计 %(date)s 到达",
    "assistant.late.slip": "比承运商计划晚 %(days)s",
    "assistant.expand": (
        "%(sku)s 尚未在 %(store)s 上架，但它%(sold)s；按店铺规"
        "模估算，%(store)s 每月约可卖 %(units)s 件。请为它生成刊登。"
    ),
    "assistant.expand.sold": "在 %(store)s 每月卖 %(units)s 件",
    "assistant.price.loses": (
        "按今天的成本、费用和汇率，%(sku)s 在 %(store)s 售价 %(price)s，每件亏损 %(loss)s。"
    ),
    "assistant.price.under_floor": (
        "按今天的成本、费用和汇率，%(sku)s 在 %(store)s 售价 %(pr"
        "ice)s 的毛利率为 %(rate)s%%，低于 %(floor)s%% 的底"
        "线。"
    ),
    "assistant.price.target": "定价 %(price)s 可达到目标毛利率。",
    "assistant.price.above_competitor": (
        "%(sku)s 在 %(store)s 售价 %(price)s，比最低竞品价（%(lowest)s）高 %(above)s%%。"
    ),
    "assistant.price.incomplete": "报价不完整：%(lines)s未知，按 0 计算，实际毛利更低。",
    "customs.line.freight": "运费",
    "customs.line.duty": "关税",
    "assistant.price.competitive": "%(price)s 仍能守住最低毛利率。",
    "assistant.price.no_competitive": "跟到这个价会跌破最低毛利率，因此不建议改价。",
    "assistant.listing_issues": (
        "%(sku)s 在 %(store)s 的刊登（%(status)s）：%(parts)s。请在刊登页面修正。"
    ),
    "assistant.listing.rules": "违反 %(count)s 条店铺规则",
    "assistant.listing.untranslated": "未翻译：%(fields)s",
    "assistant.listing.stale": "翻译后原文有改动：%(fields)s",
    "assistant.impact.listing_no_sales": "未估算：缺少它刊登无法上线，但还没有销售数据",
    "assistant.impact.cost_per_unit": "每件：该成本与同类中位数之差",
    "assistant.impact.proposal_states_effect": "未估算：建议本身已说明其影响",
    "assistant.impact.lost_sales": "不处理将损失的销售额：%(units)s × 单价",
    "assistant.impact.lost_anyway": "未计入：无论现在怎么做，都会损失约 %(units)s的销量",
    "assistant.impact.no_price": "未估算：该店铺没有价格",
    "assistant.impact.capital": "占用资金：多出件数 × 单位成本",
    "assistant.impact.no_cost": "未估算：没有单位成本",
    "assistant.impact.hs_risk": "未估算：编码错误的风险是扣货和补税，不是价格",
    "assistant.impact.hs_unanswered": "未估算：回答问题之前无法报关",
    "assistant.impact.hs_unconfirmed": "未估算：确认之前无法报关",
    "assistant.impact.late_goods": (
        "未估算：货件延误的损失取决于 FBA 仓的库存（见断货提醒）；在途货值按单位成本为 %(value)s"
    ),
    "assistant.impact.expand_margin": "按估计销量计算的一个月毛利",
    "assistant.impact.no_price_or_cost": "未估算：没有价格或成本",
    "assistant.impact.margin_missing": "每月 %(units)s少赚的毛利（按近 30 天销量）",
    "assistant.impact.price_gap": "每月 %(units)s的价差（风险的粗略规模）",
    "assistant.impact.suppressed": "店铺可能屏蔽的一个月销售额",
    "assistant.impact.not_selling": "未估算：该刊登尚未开卖",
    "catalog.attribute.set": "将 %(sku)s 的%(name)s设为 %(value)s",
    "catalog.attribute.value_unit": "%(value)s %(unit)s",
    "catalog.product.update": "修改 %(sku)s：%(changes)s",
    "catalog.product.field": "%(field)s → %(value)s",
    "planning.plan": "分 %(shipments)s发货，共 %(units)s",
    "planning.plan.named": "%(skus)s 分 %(shipments)s发货，共 %(units)s",
    "listings.publish": "在 %(stores)s 发布 %(sku)s",
    "pricing.price.set": "%(sku)s 在 %(store)s 的%(price_type)s：%(price)s",
    "pricing.price.change": "%(sku)s 在 %(store)s 的%(price_type)s：%(before)s → %(price)s",
    "customs.code.set": "%(sku)s 的 HS 编码 → %(code)s",
    "customs.code.change": "%(sku)s 的 HS 编码：%(declared)s → %(code)s",
    "assistant.title.price": "%(sku)s 在 %(store)s 的售价：%(before)s → %(after)s",
    "assistant.title.unit_cost": "将 %(sku)s 的单位成本改为 %(cost)s",
    "listings.generated": "根据主商品目录（属性、词汇表、店铺模板）生成。",
    "logistics.exception.late_departure.departed": "比计划晚 %(days)s出发",
    "logistics.exception.late_departure.waiting": "超过计划出发时间 %(days)s仍未出发",
    "logistics.exception.port_dwell": "在港口停留 %(days)s，尚未清关",
    "logistics.exception.customs_dwell": "被海关扣留 %(days)s",
    "logistics.exception.short_receipt": "FBA 仓少收 %(units)s：%(lines)s",
    "logistics.exception.late_for_need_date": "预计比需要日期晚 %(days)s到达",
    "logistics.exception.impossible_sequence": "物流轨迹顺序异常",
}


# codes with a human name (`core.messages.label`), by group
LABELS_ZH: dict[str, dict[str, str]] = {
    "direction": {
        "above": "高于",
        "below": "低于",
    },
    "flag": {
        "invalid": "编码无效",
        "not_in_schedule": "不在税则中",
        "zero_padded": "用 0 补位",
        "wrong_chapter": "章节错误",
        "wrong_material": "材质不符",
    },
    "price_type": {
        "regular": "常规价",
        "sale": "促销价",
    },
    "unit": {
        "grams": "克",
        "kilograms": "千克",
        "pounds": "磅",
        "ounces": "盎司",
        "millimeters": "毫米",
        "centimeters": "厘米",
        "meters": "米",
        "inches": "英寸",
    },
    "attribute": {
        "item_name": "标题",
        "title": "标题",
        "bullet_point": "五点描述",
        "product_description": "描述",
        "description": "描述",
        "brand": "品牌",
        "category": "类目",
        "color": "颜色",
        "color_name": "颜色",
        "colour": "颜色",
        "size": "尺码",
        "size_name": "尺码",
        "item_weight": "重量",
        "weight": "重量",
        "item_dimensions": "尺寸",
        "externally_assigned_product_identifier": "条码（GTIN/EAN）",
        "gtin": "条码（GTIN/EAN）",
        "generic_keyword": "搜索关键词",
        "material": "材质",
        "country_of_origin": "原产国",
        "capacity": "容量",
        "unit_cost": "单位成本",
        "hs_code_declared": "申报的 HS 编码",
        "cost_currency": "成本币种",
        "number_of_items": "件数",
        "item_type_keyword": "商品类型",
        "product_type": "产品类型",
        "battery_capacity": "电池容量",
        "batteries_required": "需要电池",
        "battery_cell_composition": "电池类型",
        "parentage_level": "父体/子体",
        "variation_theme": "变体主题",
        "wattage": "功率",
        "power": "功率",
    },
}
LABELS_ZH["milestone"] = {code: words[1] for code, words in SHIPMENT_STATUS.items()}
LABELS_ZH["exception"] = {code: words[1] for code, words in EXCEPTION_KIND.items()}


class _Unknown(Exception):
    """A code or label this module cannot word in Chinese."""


def _number(value: Any, digits: Any = None) -> str:
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    return formatting.number(amount, _DISPLAY, digits=digits)


def _param(value: Any) -> str:
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return _number(value)
    if value is None:
        return formatting.EMPTY
    if not isinstance(value, Mapping) or TYPE not in value:
        return str(value)
    kind = value[TYPE]
    if kind == "quote":
        return str(value.get("text", ""))
    if kind == "money":
        return formatting.money(Decimal(str(value["amount"])), str(value["currency"]), _DISPLAY)
    if kind == "number":
        return _number(value.get("value"), value.get("digits"))
    if kind == "day":
        text = str(value.get("value"))
        parsed: date = datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)
        return formatting.day(parsed, _DISPLAY)
    if kind == "label":
        known = LABELS_ZH.get(str(value.get("group")), {}).get(str(value.get("code")))
        if known is None:
            raise _Unknown(f"{value.get('group')}/{value.get('code')}")
        return known
    if kind == "message":
        inner = Message.from_json(value)
        if inner is None:
            raise _Unknown("message")
        return _word(inner)
    if kind == "list":
        return "、".join(_param(v) for v in value.get("values", []))
    raise _Unknown(str(kind))


def _word(message: Message) -> str:
    if message.code == "sentences":
        return "".join(_param(p) for p in message.params.get("parts", []))
    template = SENTENCES_ZH.get(message.code)
    if template is None:
        raise _Unknown(message.code)
    counted = COUNTED.get(message.code, {})
    values = {
        name: _COUNT[counted[name]] % {"n": _param(v)} if name in counted else _param(v)
        for name, v in message.params.items()
    }
    try:
        return template % values
    except (KeyError, ValueError, TypeError) as exc:
        raise _Unknown(message.code) from exc


def zh(stored: Any) -> str | None:
    """A stored message (`{"code": ..., "params": ...}`) in Chinese; None when there is none or
    a part of it is not known here."""
    message = Message.from_json(stored)
    if message is None:
        return None
    try:
        return _word(message)
    except _Unknown:
        return None


# what a proposal or a finding is about, for one whose message is not worded here
KIND_ZH = {
    "catalog.product.update": "修改产品信息",
    "catalog.attribute.set": "设置产品属性",
    "customs.classification.set": "设置 HS 编码",
    "planning.plan.accept": "发货计划",
    "planning.replenishment.accept": "补货发货",
    "listings.listing.approve": "上架刊登",
    "pricing.price.set": "设置售价",
}
DETECTOR_ZH = {
    "catalog.completeness": "产品资料不全",
    "catalog.cost_outlier": "单位成本异常",
    "approvals.stale": "提案久未处理",
    "listings.expansion": "可拓展到新店铺",
    "pricing.price": "售价问题",
    "listings.issues": "刊登问题",
    "inventory.stockout": "断货风险",
    "inventory.excess": "库存积压",
    "customs.hs_code": "HS 编码问题",
    "logistics.late": "货件延误",
}


def title_zh(stored: Mapping[str, Any] | None, kind: str, subject: str) -> str:
    """A proposal's title in Chinese: its title message, else what it is about and its subject."""
    worded = zh((stored or {}).get("title"))
    return worded or f"{KIND_ZH.get(kind, '修改')}: {subject}"


def finding_zh(stored: Mapping[str, Any] | None, detector: str, evidence: Mapping[str, Any]) -> str:
    """A finding's reason in Chinese: its reason message, else what the check found and where."""
    worded = zh((stored or {}).get("reason"))
    if worded:
        return worded
    where = " ".join(str(evidence[k]) for k in ("sku", "store", "shipment") if evidence.get(k))
    what = DETECTOR_ZH.get(detector, "需要注意的问题")
    return f"{where + ': ' if where else ''}{what}(详情见收件箱)"
