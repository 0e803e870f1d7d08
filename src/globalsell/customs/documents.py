"""Shipping documents for a shipment: commercial invoice and packing list (PDF and CSV) and
carton labels (PDF, Code 128 barcodes from reportlab's barcode module).

The lines come from the shipment (units, cartons, values, weights, origin) and the catalogue
(the description, the seller's declared HS code, else an accepted classification). Before
anything is issued every line is checked: HS code, unit value and currency (one currency per
invoice), net and gross weights (gross >= net), origin; each problem is listed by line and
nothing is produced. Line totals are computed here (units x unit value, rounded half up to the
currency's minor unit) so the invoice always adds up."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from reportlab.graphics.barcode import code128
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select
from sqlalchemy.orm import Session

from globalsell.accounts.models import Seller
from globalsell.catalog import service as catalog
from globalsell.catalog.models import AttributeValue
from globalsell.core import audit
from globalsell.core.actor import Actor, Role
from globalsell.core.cells import csv_row
from globalsell.core.errors import FieldError, ValidationFailed
from globalsell.core.money import Money, Rounding, is_currency
from globalsell.customs.domain import ClassificationStatus
from globalsell.customs.models import HsClassification
from globalsell.logistics import service as logistics
from globalsell.logistics.domain import Mode
from globalsell.logistics.models import Shipment

KG = Decimal("0.001")
CJK_FONT = "STSong-Light"
# Incoterms whose named place is where the goods are handed over at origin (the rest name the
# destination).
SHIPPED_TERMS = frozenset({"EXW", "FCA", "FAS", "FOB"})


@dataclass(frozen=True, slots=True)
class DocLine:
    sku: str
    description: str
    hs_code: str
    origin_country: str
    quantity: int
    cartons: int
    net_kg: Decimal
    gross_kg: Decimal
    unit_value: Money
    total: Money


@dataclass(frozen=True, slots=True)
class ShipmentDocuments:
    number: str
    issued_at: datetime
    shipment: str
    exporter: tuple[str, ...]
    importer: tuple[str, ...]
    incoterm: str
    transport: str
    references: tuple[tuple[str, str], ...]
    carton_prefix: str
    lines: tuple[DocLine, ...]

    @property
    def currency(self) -> str:
        return self.lines[0].unit_value.currency

    @property
    def total(self) -> Money:
        total = Money.zero(self.currency)
        for line in self.lines:
            total = total + line.total
        return total

    @property
    def units(self) -> int:
        return sum(line.quantity for line in self.lines)

    @property
    def cartons(self) -> int:
        return sum(line.cartons for line in self.lines)

    @property
    def net_kg(self) -> Decimal:
        return sum((line.net_kg for line in self.lines), Decimal(0))

    @property
    def gross_kg(self) -> Decimal:
        return sum((line.gross_kg for line in self.lines), Decimal(0))


def _description(session: Session, *, seller_id: int, sku: str) -> tuple[str, int | None]:
    """An English description for the line (the English item name, else the title) and the
    product id the SKU belongs to."""
    product = catalog.product_of_sku(session, seller_id=seller_id, sku=sku)
    if product is None:
        return sku, None
    english = session.scalar(
        select(AttributeValue.value).where(
            AttributeValue.product_id == product.id,
            AttributeValue.name == "item_name",
            AttributeValue.language == "en",
            AttributeValue.marketplace.is_(None),
        )
    )
    return (str(english) if english else product.title), product.id


def _hs_code(session: Session, *, product_id: int | None) -> str | None:
    """The seller's declared code, else the latest accepted classification."""
    if product_id is None:
        return None
    declared = session.scalar(
        select(AttributeValue.value).where(
            AttributeValue.product_id == product_id,
            AttributeValue.name == "hs_code_declared",
            AttributeValue.marketplace.is_(None),
        )
    )
    if declared:
        return str(declared).replace(".", "").replace(" ", "")
    accepted = session.scalar(
        select(HsClassification.code)
        .where(
            HsClassification.product_id == product_id,
            HsClassification.status == ClassificationStatus.ACCEPTED,
        )
        .order_by(HsClassification.id.desc())
    )
    return accepted or None


def prepare(
    session: Session, *, actor: Actor, code: str, importer: str | None = None, now: datetime
) -> ShipmentDocuments:
    """The documents' content for a shipment, checked; ValidationFailed lists every problem."""
    shipment = logistics.get_shipment(session, actor=actor, code=code)
    seller = session.get_one(Seller, actor.seller_id)
    errors: list[FieldError] = []
    lines: list[DocLine] = []
    currencies = {ln.currency for ln in shipment.lines if ln.currency}
    if len(currencies) > 1:
        errors.append(
            FieldError(
                "currency", "one invoice has one currency", value=", ".join(sorted(currencies))
            )
        )
    for row, line in enumerate(shipment.lines, start=1):
        description, product_id = _description(session, seller_id=actor.seller_id, sku=line.sku)
        hs = _hs_code(session, product_id=product_id)
        problems: list[FieldError] = []
        if hs is None or not hs.isdigit() or len(hs) < 6:
            problems.append(
                FieldError("hs_code", f"{line.sku} has no declared HS code (6-10 digits)", row=row)
            )
        if line.unit_value is None or line.unit_value <= 0:
            problems.append(FieldError("unit_value", f"{line.sku} has no unit value", row=row))
        if not line.currency or not is_currency(line.currency):
            problems.append(FieldError("currency", f"{line.sku} has no currency", row=row))
        if line.net_weight_kg is None or line.net_weight_kg <= 0:
            problems.append(FieldError("net_weight_kg", f"{line.sku} has no net weight", row=row))
        if line.gross_weight_kg is None or line.gross_weight_kg <= 0:
            problems.append(
                FieldError("gross_weight_kg", f"{line.sku} has no gross weight", row=row)
            )
        elif line.net_weight_kg is not None and line.gross_weight_kg < line.net_weight_kg:
            problems.append(
                FieldError(
                    "gross_weight_kg",
                    f"{line.sku}: gross {line.gross_weight_kg} kg is below net "
                    f"{line.net_weight_kg} kg",
                    row=row,
                )
            )
        if not line.origin_country:
            problems.append(FieldError("origin_country", f"{line.sku} has no origin", row=row))
        errors.extend(problems)
        if problems:
            continue
        assert line.unit_value is not None
        assert line.currency is not None
        assert line.net_weight_kg is not None
        assert line.gross_weight_kg is not None
        assert hs is not None
        assert line.origin_country is not None
        unit = Money.of(line.unit_value, line.currency)
        lines.append(
            DocLine(
                sku=line.sku,
                description=description,
                hs_code=hs,
                origin_country=line.origin_country,
                quantity=line.quantity,
                cartons=line.cartons,
                net_kg=line.net_weight_kg.quantize(KG),
                gross_kg=line.gross_weight_kg.quantize(KG),
                unit_value=unit,
                total=(unit * line.quantity).quantize(Rounding.HALF_UP),
            )
        )
    if errors:
        raise ValidationFailed(
            f"{len(errors)} problem(s); no document for {code} was issued", errors=errors
        )
    first, last = shipment.legs[0], shipment.legs[-1]
    main = next((lg for lg in shipment.legs if lg.mode is not Mode.TRUCK), first)
    named_place = main.origin if shipment.incoterm.value in SHIPPED_TERMS else last.destination
    refs = tuple(
        (name, value)
        for name, value in (
            ("Booking", shipment.booking_ref),
            ("B/L or AWB", shipment.transport_doc),
            ("Container", shipment.container),
            ("FBA shipment", shipment.amazon_shipment_id),
        )
        if value
    )
    return ShipmentDocuments(
        number=f"CI-{shipment.code}",
        issued_at=now,
        shipment=shipment.code,
        exporter=(seller.name, shipment.origin.name, f"{shipment.origin.country}"),
        importer=(
            importer or shipment.destination.name,
            shipment.destination.code,
            shipment.destination.country,
        ),
        incoterm=f"{shipment.incoterm.value} {named_place}",
        transport=f"{main.mode.value} {main.carrier}, {first.origin} to {last.destination}",
        references=refs,
        carton_prefix=shipment.amazon_shipment_id or shipment.code,
        lines=tuple(lines),
    )


# ---------------------------------------------------------------- CSV


class _SafeWriter:
    """csv.writer whose text cells never start a spreadsheet formula (core.cells)."""

    def __init__(self, writer: Any) -> None:
        self._writer = writer

    def writerow(self, row: Sequence[Any]) -> None:
        self._writer.writerow(csv_row(row))


def invoice_csv(doc: ShipmentDocuments) -> str:
    out = io.StringIO()
    w = _SafeWriter(csv.writer(out, lineterminator="\n"))
    w.writerow(
        ["invoice", doc.number, "date", f"{doc.issued_at:%Y-%m-%d}", "incoterm", doc.incoterm]
    )
    w.writerow(["exporter", " / ".join(doc.exporter)])
    w.writerow(["importer", " / ".join(doc.importer)])
    w.writerow(
        ["sku", "description", "hs_code", "origin", "quantity", "unit_value", "currency", "total"]
    )
    for ln in doc.lines:
        w.writerow(
            [
                ln.sku,
                ln.description,
                ln.hs_code,
                ln.origin_country,
                ln.quantity,
                money_text(ln.unit_value),
                ln.unit_value.currency,
                ln.total.amount,
            ]
        )
    w.writerow(["total", "", "", "", doc.units, "", doc.currency, doc.total.amount])
    return out.getvalue()


def packing_list_csv(doc: ShipmentDocuments) -> str:
    out = io.StringIO()
    w = _SafeWriter(csv.writer(out, lineterminator="\n"))
    w.writerow(["packing_list", doc.number.replace("CI-", "PL-"), "shipment", doc.shipment])
    w.writerow(["sku", "description", "hs_code", "quantity", "cartons", "net_kg", "gross_kg"])
    for ln in doc.lines:
        w.writerow(
            [ln.sku, ln.description, ln.hs_code, ln.quantity, ln.cartons, ln.net_kg, ln.gross_kg]
        )
    w.writerow(["total", "", "", doc.units, doc.cartons, doc.net_kg, doc.gross_kg])
    return out.getvalue()


# ---------------------------------------------------------------- PDF


def _pdf_table(
    title: str,
    doc: ShipmentDocuments,
    header: list[str],
    rows: list[list[str]],
    widths: list[float],
    footer: list[str],
) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    canvas.setTitle(f"{title} {doc.number}")
    width, height = A4
    y = height - 20 * mm

    def line(text: str, *, size: int = 9, bold: bool = False, x: float = 15 * mm) -> None:
        nonlocal y
        canvas.setFont(_font(text, bold), size)
        canvas.drawString(x, y, text)
        y -= size * 0.45 * mm + 2 * mm

    line(title, size=16, bold=True)
    line(f"No. {doc.number}   Date {doc.issued_at:%Y-%m-%d}   Shipment {doc.shipment}")
    line("Exporter: " + " / ".join(doc.exporter))
    line("Importer: " + " / ".join(doc.importer))
    line(f"Incoterms 2020: {doc.incoterm}   Transport: {doc.transport}")
    line("   ".join(f"{k}: {v}" for k, v in doc.references))
    y -= 3 * mm

    def row(cells: list[str], *, bold: bool = False) -> None:
        nonlocal y
        if y < 20 * mm:
            canvas.showPage()
            y = height - 20 * mm
        x = 15 * mm
        canvas.setFont("Helvetica-Bold" if bold else "Helvetica", 8)
        for cell, w in zip(cells, widths, strict=True):
            canvas.drawString(x, y, _latin(cell)[: int(w / (1.6 * mm))])
            x += w
        y -= 5 * mm

    row(header, bold=True)
    for cells in rows:
        row(cells)
    row(footer, bold=True)
    y -= 6 * mm
    line("We declare that the information on this document is true and correct.")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _latin(text: str) -> str:
    """The standard PDF fonts carry Latin-1 only; other characters become '?'."""
    return text.encode("latin-1", "replace").decode("latin-1")


def _font(text: str, bold: bool) -> str:
    """Helvetica for Latin-1 text; Adobe's STSong-Light CID font (no file to embed, every PDF
    reader has it) for Chinese names and addresses."""
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        if CJK_FONT not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(UnicodeCIDFont(CJK_FONT))
        return CJK_FONT
    return "Helvetica-Bold" if bold else "Helvetica"


def money_text(money: Money) -> str:
    """An amount at the currency's minor units, or with more digits when it has them."""
    shown = money.quantize(Rounding.HALF_UP)
    if shown.amount == money.amount:
        return str(shown.amount)
    return format(money.amount.normalize(), "f")


def invoice_pdf(doc: ShipmentDocuments) -> bytes:
    widths = [28 * mm, 62 * mm, 22 * mm, 12 * mm, 14 * mm, 20 * mm, 22 * mm]
    rows = [
        [
            ln.sku,
            ln.description,
            ln.hs_code,
            ln.origin_country,
            str(ln.quantity),
            money_text(ln.unit_value),
            f"{ln.total.amount}",
        ]
        for ln in doc.lines
    ]
    return _pdf_table(
        "COMMERCIAL INVOICE",
        doc,
        [
            "SKU",
            "Description",
            "HS code",
            "Origin",
            "Qty",
            f"Unit {doc.currency}",
            f"Total {doc.currency}",
        ],
        rows,
        widths,
        ["Total", "", "", "", str(doc.units), "", f"{doc.total.amount}"],
    )


def packing_list_pdf(doc: ShipmentDocuments) -> bytes:
    widths = [28 * mm, 66 * mm, 22 * mm, 14 * mm, 16 * mm, 17 * mm, 17 * mm]
    rows = [
        [
            ln.sku,
            ln.description,
            ln.hs_code,
            str(ln.quantity),
            str(ln.cartons),
            f"{ln.net_kg}",
            f"{ln.gross_kg}",
        ]
        for ln in doc.lines
    ]
    return _pdf_table(
        "PACKING LIST",
        doc,
        ["SKU", "Description", "HS code", "Qty", "Cartons", "Net kg", "Gross kg"],
        rows,
        widths,
        ["Total", "", "", str(doc.units), str(doc.cartons), f"{doc.net_kg}", f"{doc.gross_kg}"],
    )


def carton_ids(doc: ShipmentDocuments) -> list[tuple[str, str, int]]:
    """(carton id, SKU, units in it) for every carton: `<FBA shipment id>U<6-digit number>` as
    Amazon numbers boxes, the last carton of a line holding the remainder."""
    out: list[tuple[str, str, int]] = []
    number = 0
    for ln in doc.lines:
        per = -(-ln.quantity // ln.cartons)
        left = ln.quantity
        for _ in range(ln.cartons):
            number += 1
            units = min(per, left)
            left -= units
            out.append((f"{doc.carton_prefix}U{number:06d}", ln.sku, units))
    return out


def carton_labels_pdf(doc: ShipmentDocuments, destination: str) -> bytes:
    """One 100 x 150 mm label per carton with a Code 128 barcode of the carton id."""
    size = (100 * mm, 150 * mm)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=size, invariant=True)
    canvas.setTitle(f"Carton labels {doc.shipment}")
    cartons = carton_ids(doc)
    for index, (carton, sku, units) in enumerate(cartons, start=1):
        canvas.setFont("Helvetica-Bold", 14)
        canvas.drawString(8 * mm, 138 * mm, _latin(f"SHIP TO: {destination}"))
        canvas.setFont("Helvetica", 10)
        sender = f"FROM: {doc.exporter[0]}"
        canvas.setFont(_font(sender, False), 10)
        canvas.drawString(8 * mm, 130 * mm, sender)
        canvas.setFont("Helvetica", 10)
        canvas.drawString(8 * mm, 123 * mm, f"Shipment {doc.shipment}")
        canvas.drawString(8 * mm, 116 * mm, f"SKU {sku}   Qty {units}")
        canvas.setFont("Helvetica-Bold", 18)
        canvas.drawString(8 * mm, 104 * mm, f"Carton {index} of {len(cartons)}")
        barcode = code128.Code128(carton, barHeight=30 * mm, barWidth=0.33 * mm, humanReadable=True)
        barcode.drawOn(canvas, 6 * mm, 60 * mm)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def issue(
    session: Session, *, actor: Actor, code: str, importer: str | None = None, now: datetime
) -> dict[str, bytes]:
    """Every document of a shipment by file name, after the checks; audited."""
    actor.require(Role.OPERATOR, "issuing shipping documents")
    doc = prepare(session, actor=actor, code=code, importer=importer, now=now)
    shipment: Shipment = logistics.get_shipment(session, actor=actor, code=code)
    files = {
        f"{code}-commercial-invoice.pdf": invoice_pdf(doc),
        f"{code}-commercial-invoice.csv": invoice_csv(doc).encode(),
        f"{code}-packing-list.pdf": packing_list_pdf(doc),
        f"{code}-packing-list.csv": packing_list_csv(doc).encode(),
        f"{code}-carton-labels.pdf": carton_labels_pdf(
            doc, f"{shipment.destination.code} ({shipment.destination.country})"
        ),
    }
    audit.record(
        session,
        actor=actor,
        action="customs.shipment_documents.issued",
        subject_type="shipment",
        subject_id=code,
        data={
            "files": sorted(files),
            "total": doc.total.format_plain(),
            "cartons": doc.cartons,
        },
        now=now,
    )
    return files
