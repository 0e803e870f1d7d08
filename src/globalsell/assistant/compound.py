"""Questions that ask for more than one answer of the semantic layer: two figures joined ("the
unit cost and the landed cost of the kettle", "售价和库存", ADR 0191) and one sales figure over
two periods compared ("fan units 1-15 Oct versus 1-15 Nov", "9月份 vs 10月份"). Each part is
answered on its own through the same layer and the answers follow one another; when any part
cannot be answered the question is asked back whole, never half answered (ADRs 0191, 0193)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from sqlalchemy.orm import Session

from globalsell.assistant import answers, semantic
from globalsell.assistant.answers_render import runout_estimate
from globalsell.assistant.answers_shipments import future_outcome, outcome_refusal
from globalsell.assistant.periods import Period, find_period
from globalsell.assistant.question import Measure, Parsed, parse
from globalsell.assistant.readings import stockout_as_cover
from globalsell.assistant.restate import PURPOSE
from globalsell.core.actor import Actor

__all__ = ["clauses", "clauses_reply", "each_reply", "semantic_reply", "two_periods"]


def semantic_reply(session: Session, actor: Actor, parsed: Parsed, now: datetime) -> answers.Reply:
    """The semantic layer's answer to a parsed question, or why it gives none."""
    stockout = parsed.measure is Measure.STOCKOUT
    parsed, deadline = stockout_as_cover(parsed)
    reply = answers.refusal(parsed) or answers.unsupported_reply(parsed)
    if reply is None and parsed.future:
        reply = answers.future_reply(parsed)
    if reply is None and parsed.measure is None:
        reply = answers.unclear_measure(parsed)
    if reply is None:
        items = semantic.catalogue(session, actor=actor)
        reply = answers.answer_parsed(session, actor=actor, p=parsed, now=now, items=items)
        if reply.kind == "answer" and stockout:  # the date it implies, as an estimate
            head = runout_estimate(reply.data["rows"], now.date(), deadline, parsed.chinese)
            reply = answers.Reply(reply.kind, head + reply.text, reply.data)
        if reply.kind == "answer" and future_outcome(parsed):  # "will it clear by Friday?"
            text = outcome_refusal(reply.text, parsed.chinese)
            reply = answers.Reply("refuse", text, reply.data)
    return reply


# what sets one period against another ("1-15 Oct versus 1-15 Nov", "9月份 vs 10月份",
# "this month compared with last month", "本月和上月对比")
_VERSUS = re.compile(
    r"\s+(?:vs\.?|versus|compared\s+(?:with|to)|against|and)\s+|\s*(?:vs\.?|VS|对比|相比|比较|和|与|跟)\s*"
)


def two_periods(question: str, now: datetime) -> tuple[Period, Period] | None:
    """The two periods a question sets against each other, one on each side of its "versus",
    or None."""
    for m in _VERSUS.finditer(question):
        left, right = question[: m.start()], question[m.end() :]
        first = find_period(left.lower(), now.date())
        second = find_period(right.lower(), now.date())
        if first is None or second is None:
            continue
        if (first.start, first.end) != (second.start, second.end):
            return first, second
    return None


# where a message asks its second question ("...? 其中 SHP-2611-UK-AIR 哪天到？", "which shipments
# carry the kettle, and when is SHP-2611-DE-AIR due?", "；")
_CLAUSE_END = re.compile(
    r"(?<=[?？；;])\s*(?:其中|另外|还有|and|also)?\s*"
    r"|,\s*(?=and\s+(?:when|what|which|how|where|is|are|does|do)(?![a-z]))"
)


# a Chinese question word: "上个月美国站卖了多少件，所有站加起来多少件？" asks two at its comma
_ASKS_ZH = re.compile(r"多少|几[件个单天]|吗|哪")
# every store at once, named as the scope ("所有站加起来", "all stores combined")
_EVERY_STORE = re.compile(
    r"(?:所有|全部|全)(?:站点?|店铺|市场)|(?<![a-z])all\s+(?:the\s+)?(?:stores|marketplaces)(?![a-z])"
)


def clauses(question: str) -> list[str]:
    """The questions a message asks one after another, when it asks two (what the seller will
    do with the answers, "我算下环比", is neither)."""
    question = PURPOSE.sub("", question)
    parts = [c.strip(" ,，") for c in _CLAUSE_END.split(question) if c.strip(" ,，?？；;")]
    if len(parts) == 1 and re.search(r"[\u4e00-\u9fff]", question):
        halves = re.split(r"[，,]", question)
        if len(halves) == 3 and not _ASKS_ZH.search(halves[0]):
            halves = halves[1:]  # "因为德国站最近单子少了，...多少单，...多少单": its reason first
        if len(halves) == 2 and all(_ASKS_ZH.search(h) for h in halves):
            parts = [h.strip() for h in halves]
    parts = [re.sub(r"^(?:and|also)\s+", "", c, flags=re.I) for c in parts]
    return parts if len(parts) == 2 else []


# figures of the whole business, asked with nothing named
_WHOLE_BUSINESS = (
    Measure.PRODUCT_COUNT,
    Measure.PROPOSALS,
    Measure.FINDINGS,
    Measure.HS_MISSING,
    Measure.OPEN_ORDERS,
)


def _stands_alone(p: Parsed, items: list[semantic.Named]) -> bool:
    """Whether a clause names its own figure and what it is about (a product, SKU, shipment,
    store or ranking): "出了多少件？" after another question does not."""
    if p.measure is None or p.refusal is not None or p.pointer is not None:
        return False
    if p.measure in _WHOLE_BUSINESS:  # "how many products are in our catalogue": no subject due
        return True
    if p.measure in semantic.SALES_MEASURES and _EVERY_STORE.search(p.text.lower()):
        return True  # "所有站加起来多少件": every store, named as the scope
    return _names_a_subject(p, items) or bool(p.shipment or p.rank or p.shipment_focus)


def _names_a_subject(p: Parsed, items: list[semantic.Named]) -> bool:
    """Whether a clause names a SKU, a product or a store of its own."""
    if p.skus or p.store or p.stores:
        return True
    return bool(semantic.match_products(items, p.rest)[0])


def _sharing(parts: list[str], parsed: list[Parsed], items: list[semantic.Named]) -> list[Parsed]:
    """Two sales clauses share what only one of them says: the period ("上个月美国站卖了多少件，
    所有站加起来多少件": both last month), and the product and store when the second changes only
    the period ("水壶美国站这个月卖了多少件，上个月卖了多少件")."""
    first, second = parsed
    if (
        first.measure not in semantic.SALES_MEASURES
        or second.measure not in semantic.SALES_MEASURES
    ):
        return parsed
    out = list(parsed)
    for i, (p, q) in enumerate(((first, second), (second, first))):
        unnamed = p.period is None or p.period.default
        if unnamed and q.period is not None and not q.period.default:
            out[i] = replace(out[i], period=q.period, period_kinds=q.period_kinds)
    every_store = _EVERY_STORE.search(second.text.lower())
    named = every_store is not None or _names_a_subject(second, items)
    if not named and _stands_alone(first, items) and second.period and not second.period.default:
        out[1] = replace(
            out[1], skus=first.skus, store=first.store, stores=first.stores, rest=first.rest
        )
    return out


def clauses_reply(
    session: Session,
    actor: Actor,
    question: str,
    now: datetime,
    other: Callable[[str], answers.Reply | None] | None = None,
) -> answers.Reply | None:
    """A message asking two questions, each of which stands alone: each answered, one after the
    other; None otherwise (the message is answered as one question). `other` answers a clause
    the semantic layer does not ("how many products are in our catalogue")."""
    parts = clauses(question)
    if not parts:
        return None
    items = semantic.catalogue(session, actor=actor)
    parsed = _sharing(parts, [parse(c, today=now.date()) for c in parts], items)
    if not all(_stands_alone(p, items) for p in parsed):
        return None
    replies = []
    for clause, p in zip(parts, parsed, strict=True):
        reply = semantic_reply(session, actor, p, now)
        if reply.kind != "answer" and other is not None and p.measure in _WHOLE_BUSINESS:
            reply = other(clause) or reply
        replies.append(reply)
    if any(r.kind != "answer" for r in replies):
        return None
    return _together(replies)


def _together(replies: list[answers.Reply]) -> answers.Reply:
    data = {
        "measure": "+".join(dict.fromkeys(str(r.data["measure"]) for r in replies)),
        "parts": [r.data for r in replies],
    }
    return answers.Reply("answer", "\n\n".join(r.text for r in replies), data)


def each_reply(
    session: Session, actor: Actor, question: str, parsed: Parsed, now: datetime
) -> answers.Reply | None:
    """The answers to each part of a question asking for two, one after the other; None when
    the question asks for one, or when a part cannot be answered (it is then asked back)."""
    parts: list[Parsed] = []
    if parsed.measure is None and parsed.joined:
        for measure in parsed.joined:
            p = parse(question, today=now.date(), measure_of=measure)
            if p.measure is not measure:
                return None
            parts.append(p)
    elif parsed.measure in semantic.SALES_MEASURES and parsed.rank is None:
        periods = two_periods(question, now)
        if periods is None:
            return None
        parts = [
            replace(parsed, period=period, period_kinds=(), time_unclear=None, compared=True)
            for period in periods
        ]
    if not parts:
        return None
    replies = [semantic_reply(session, actor, p, now) for p in parts]
    if any(r.kind != "answer" for r in replies):
        return None
    return _together(replies)
