"""A shipment asked about by a carrier reference (container, B/L or air waybill, booking,
Amazon inbound shipment id) rather than by its code: read as the shipment it names and said so;
one naming several shipments (a consolidated container) or none of the seller's is asked back,
never answered with every shipment in flight."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.orm import Session

from globalsell.assistant import chat
from globalsell.inventory.domain import LocationKind
from globalsell.logistics.domain import Mode
from tests.factories import (
    AT,
    Member,
    make_location,
    make_member,
    make_product,
    make_seller,
    make_shipment,
)

OC = "SHP-OC-1 to FBA-DE: booked, expected 2026-12-27 (between 2026-12-27 and 2027-01-03)"
OC_ZH = "SHP-OC-1 发往 FBA-DE，已订舱，预计 2026-12-27 到达 (区间 2026-12-27 至 2027-01-03)"
LOOKED_UP = (
    "(I look up shipment codes, container numbers, B/L and air waybill numbers, bookings and "
    "Amazon inbound shipment ids), so I have not answered. Your shipments: SHP-AIR-1, SHP-OC-1."
)


@pytest.fixture
def owner(session: Session) -> Member:
    member = make_member(session, make_seller(session))
    actor = member.actor
    make_product(session, actor, sku="KT-500", title="Stainless Electric Kettle")
    make_location(session, actor, "CN-NGB", LocationKind.ORIGIN_HUB, "CN")
    make_location(session, actor, "FBA-DE", LocationKind.FC, "DE", marketplace="DE")
    make_shipment(
        session,
        actor,
        "SHP-OC-1",
        lines=(("KT-500", 120, 12),),
        container="MSKU7312045",
        transport_doc="MAEU254781903",
        booking_ref="BK-NGB-88213",
        amazon_shipment_id="FBA17XK2Q9WD",
    )
    make_shipment(
        session,
        actor,
        "SHP-AIR-1",
        lines=(("KT-500", 40, 4),),
        mode=Mode.AIR,
        days=5,
        transport_doc="160-58213364",
    )
    return member


def ask(session: Session, owner: Member, question: str) -> chat.Answer:
    return chat.answer(session, now=AT + timedelta(days=5), actor=owner.actor, question=question)


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("Where is container MSKU7312045?", f"(reading 'MSKU7312045' as 'SHP-OC-1') {OC}"),
        # written with the spaces and the dash of its check digit
        ("what's on container MSKU 731204-5", f"(reading 'MSKU 731204-5' as 'SHP-OC-1') {OC}"),
        (
            "Bill of lading no. MAEU254781903 - when does it land?",
            f"(reading 'MAEU254781903' as 'SHP-OC-1') {OC}",
        ),
        (
            "AWB 160-58213364 status",
            "(reading '160-58213364' as 'SHP-AIR-1') SHP-AIR-1 to FBA-DE: booked, expected "
            "2026-12-02 (between 2026-12-02 and 2026-12-03)",
        ),
        ("柜号MSKU7312045到哪了", f"（「MSKU7312045」按「SHP-OC-1」理解）{OC_ZH}"),
        ("订舱号 BK-NGB-88213 什么时候到", f"（「BK-NGB-88213」按「SHP-OC-1」理解）{OC_ZH}"),
        ("What's in FBA17XK2Q9WD?", f"(reading 'FBA17XK2Q9WD' as 'SHP-OC-1') {OC}"),
    ],
)
def test_a_shipment_is_found_by_its_reference(
    session: Session, owner: Member, question: str, first: str
) -> None:
    reply = ask(session, owner, question)
    assert (reply.intent, reply.text.splitlines()[0]) == ("shipments", first)


@pytest.mark.parametrize(
    ("question", "first"),
    [
        (
            "Where is container TGHU1234567?",
            f"None of your shipments has the reference 'TGHU1234567' {LOOKED_UP}",
        ),
        (
            "柜号TGHU1234567到哪了",
            "你的货件里没有编号「TGHU1234567」(我能查货件编号、柜号、提单号和空运单号、订舱号和"
            "亚马逊入库货件号)，所以没有作答。你的货件: SHP-AIR-1, SHP-OC-1。",
        ),
        (
            "AWB 999-12345678 status",
            f"None of your shipments has the reference '999-12345678' {LOOKED_UP}",
        ),
    ],
)
def test_a_reference_of_no_shipment_is_asked_back(
    session: Session, owner: Member, question: str, first: str
) -> None:
    reply = ask(session, owner, question)
    assert (reply.intent, reply.text.splitlines()[0]) == ("clarify", first)


def test_a_container_of_two_shipments_asks_which(session: Session, owner: Member) -> None:
    make_shipment(
        session, owner.actor, "SHP-OC-2", lines=(("KT-500", 60, 6),), container="MSKU7312045"
    )
    reply = ask(session, owner, "where is container MSKU7312045")
    assert (reply.intent, reply.text.splitlines()[0]) == (
        "clarify",
        "'MSKU7312045' names 2 of your shipments (SHP-OC-1, SHP-OC-2), so I have not answered. "
        "Which one do you mean?",
    )


@pytest.mark.parametrize(
    ("question", "intent", "first"),
    [
        # "as of today": the shipments moving now, not those arriving today (none)
        (
            "Hello po, may I know which of our shipments are still in transit as of today?",
            "shipments",
            "2 shipments in flight:",
        ),
        # who passed the question on is no party to the data
        ('fwd from Jana: "when is SHP-OC-1 landing??" 🛬', "shipments", OC),
        # a product named in katakana names none of the titles: asked back, never all products
        (
            "ケトル的在庫状況怎么样？",
            "clarify",
            "你的产品目录里没有叫「ケトル」的产品。你指的是哪个产品？请给出SKU或产品名称。",
        ),
    ],
)
def test_words_around_a_shipment_question(
    session: Session, owner: Member, question: str, intent: str, first: str
) -> None:
    reply = ask(session, owner, question)
    assert (reply.intent, reply.text.splitlines()[0]) == (intent, first)


def test_caps_lock_marks_no_names(session: Session, owner: Member) -> None:
    # a word close to a known one is that word shouted; another seller is still another seller
    reply = ask(session, owner, "UNIT COST OF TEH KETTEL PLS")
    assert (reply.intent, reply.text.splitlines()[0]) == (
        "unit_cost",
        "Reading 'kettel' as KT-500 Stainless Electric Kettle: Unit cost of KT-500: 23.50 CNY",
    )
    reply = ask(session, owner, "WHAT IS ANKER SELLING IN GERMANY")
    assert reply.intent == "refuse"
    # another seller's figures are refused before a comparison is asked back
    reply = ask(session, owner, "How does our kettle compare with Cosori's sales in Germany?")
    assert reply.intent == "refuse"
