"""Commercial invoice, packing list and carton labels of a shipment: checked before issue,
totals computed, barcoded labels one per carton."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from globalsell.core.audit import AuditEntry
from globalsell.core.errors import ValidationFailed
from globalsell.customs import documents
from globalsell.inventory.domain import LocationKind
from globalsell.logistics import service as logistics
from globalsell.logistics.domain import Incoterm, LegInput, LineInput, Mode
from tests.factories import (
    AT,
    Member,
    declare_hs_code,
    make_location,
    make_member,
    make_product,
    make_seller,
)


@pytest.fixture
def owner(session: Session) -> Member:
    member = make_member(session, make_seller(session, name="Ningvale Home"))
    cup = make_product(session, member.actor, sku="CUP-1", title="Steel cup 500 ml")
    declare_hs_code(session, member.actor, cup, "9617.00")
    make_product(session, member.actor, sku="LID-1", title="Cup lid")
    make_location(session, member.actor, "CN-NGB", LocationKind.ORIGIN_HUB, "CN")
    make_location(session, member.actor, "FBA-DE", LocationKind.FC, "DE", marketplace="DE")
    return member


def _book(session: Session, owner: Member, lines: list[LineInput]) -> None:
    logistics.create_shipment(
        session,
        actor=owner.actor,
        code="SHP-9",
        origin="CN-NGB",
        destination="FBA-DE",
        incoterm=Incoterm.FOB,
        lines=lines,
        legs=[LegInput(Mode.OCEAN, "CNNGB", "DEHAM", "MAERSK")],
        amazon_shipment_id="FBA15ABCD123",
        transport_doc="MAEU77",
        now=AT,
    )


def test_documents_add_up_and_labels_carry_one_barcode_per_carton(
    session: Session, owner: Member
) -> None:
    _book(session, owner, [LineInput("CUP-1", 25, 3, "12.345", "USD", "10", "11.5", "CN")])
    files = documents.issue(session, actor=owner.actor, code="SHP-9", now=AT)
    assert sorted(files) == [
        "SHP-9-carton-labels.pdf",
        "SHP-9-commercial-invoice.csv",
        "SHP-9-commercial-invoice.pdf",
        "SHP-9-packing-list.csv",
        "SHP-9-packing-list.pdf",
    ]
    assert files["SHP-9-commercial-invoice.csv"].decode().splitlines() == [
        "invoice,CI-SHP-9,date,2026-11-25,incoterm,FOB CNNGB",
        "exporter,Ningvale Home / Location CN-NGB / CN",
        "importer,Location FBA-DE / FBA-DE / DE",
        "sku,description,hs_code,origin,quantity,unit_value,currency,total",
        "CUP-1,Steel cup 500 ml,961700,CN,25,12.345,USD,308.63",
        "total,,,,25,,USD,308.63",
    ]
    assert files["SHP-9-packing-list.csv"].decode().splitlines()[-1] == (
        "total,,,25,3,10.000,11.500"
    )
    labels = files["SHP-9-carton-labels.pdf"]
    assert labels.startswith(b"%PDF-")
    assert len(re.findall(rb"/Type /Page\b", labels)) == 3
    doc = documents.prepare(session, actor=owner.actor, code="SHP-9", now=AT)
    assert documents.carton_ids(doc) == [
        ("FBA15ABCD123U000001", "CUP-1", 9),
        ("FBA15ABCD123U000002", "CUP-1", 9),
        ("FBA15ABCD123U000003", "CUP-1", 7),
    ]
    for name in ("SHP-9-commercial-invoice.pdf", "SHP-9-packing-list.pdf"):
        assert files[name].startswith(b"%PDF-")
    issued = session.scalars(
        select(AuditEntry.data).where(AuditEntry.action == "customs.shipment_documents.issued")
    ).all()
    assert [d["total"] for d in issued] == ["308.63 USD"]


def test_missing_or_inconsistent_fields_are_listed_and_nothing_is_issued(
    session: Session, owner: Member
) -> None:
    _book(
        session,
        owner,
        [
            LineInput("CUP-1", 10, 1, "2.00", "USD", "5", "5.4", "CN"),
            LineInput("LID-1", 10, 1, None, "EUR", None, "1", None),
        ],
    )
    with pytest.raises(ValidationFailed) as caught:
        documents.issue(session, actor=owner.actor, code="SHP-9", now=AT)
    assert caught.value.message == "5 problem(s); no document for SHP-9 was issued"
    assert [str(e) for e in caught.value.errors] == [
        "currency: one invoice has one currency (got 'EUR, USD')",
        "row 2, hs_code: LID-1 has no declared HS code (6-10 digits)",
        "row 2, unit_value: LID-1 has no unit value",
        "row 2, net_weight_kg: LID-1 has no net weight",
        "row 2, origin_country: LID-1 has no origin",
    ]
    assert (
        session.scalars(
            select(AuditEntry).where(AuditEntry.action == "customs.shipment_documents.issued")
        ).all()
        == []
    )
