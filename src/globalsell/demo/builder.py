"""The demo: a fictional Ningbo home & kitchen seller, its Chinese master catalogue, a messy
spreadsheet the importer rejects, and a few proposals waiting in the approvals inbox."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from globalsell.accounts import service as accounts
from globalsell.accounts.models import Membership
from globalsell.approvals import service as approvals
from globalsell.approvals.models import ChangeRequest
from globalsell.assistant import service as assistant
from globalsell.assistant.facts import tracked_inbound
from globalsell.bootstrap import Runtime
from globalsell.catalog import service as catalog
from globalsell.catalog import spreadsheets as catalog_sheets
from globalsell.catalog import tabular
from globalsell.catalog.models import AttributeValue, Product
from globalsell.catalog.units import Measure, convert_weight
from globalsell.core import audit, formatting, messages
from globalsell.core.actor import Actor, Role
from globalsell.core.errors import FieldError, ValidationFailed
from globalsell.core.money import Money, Rounding
from globalsell.customs import landed as customs_landed
from globalsell.customs import service as customs
from globalsell.customs.schemas import LandedCostOut, LandedCostRequest
from globalsell.db.session import unit_of_work
from globalsell.demo.inventory_history import HistoryReport, demo_skus, seed_inventory
from globalsell.demo.planning import (
    DEMO_LANE_CURRENCY,
    PlanningDemo,
    demo_freight_per_unit,
    plan_demo,
)
from globalsell.demo.shipments import ShipmentsDemo, seed_shipments
from globalsell.inventory import service as inventory
from globalsell.inventory.domain import MoveLine, MoveReason
from globalsell.pricing import changes as pricing_changes
from globalsell.pricing import policies as pricing_policies
from globalsell.pricing import service as pricing

SELLER_SLUG = "ningvale"
SELLER_NAME = "宁波甬澜家居用品有限公司 (NINGVALE)"
OWNER_EMAIL = "owner@ningvale.example"
OPERATOR_EMAIL = "ops@ningvale.example"
VIEWER_EMAIL = "viewer@ningvale.example"
DEMO_PASSWORD = "ningvale-demo-2026"
CATALOGUE = "ningbo_catalogue.xlsx"
MESSY = "ningbo_catalogue_messy.xlsx"
BY = "demo"
BUILT_ACTION = "demo.store.built"
# Writes after the demo that make a store the seller's own: `globalsell demo` keeps it.
SELLER_DATA_DOMAINS = ("catalog", "orders", "inventory", "logistics", "accounts")


@dataclass
class DemoReport:
    products: int = 0
    variants: int = 0
    attributes: int = 0
    messy_errors: list[FieldError] = field(default_factory=list)
    proposals: list[tuple[int, str, str]] = field(default_factory=list)  # id, title, status
    owner_token: str = ""
    price_quotes: int = 0
    price_skips: list[str] = field(default_factory=list)
    # assistant findings: rank, severity, status, change request id, reason
    assistant: list[tuple[int, str, str, int | None, str]] = field(default_factory=list)
    customs: CustomsDemo | None = None

    inventory: HistoryReport | None = None
    planning: PlanningDemo | None = None
    shipments: ShipmentsDemo | None = None


@dataclass
class CustomsDemo:
    classified: int = 0
    abstained: int = 0
    # sku, declared code, proposed code, why
    flagged: list[tuple[str, str, str, str]] = field(default_factory=list)
    quote_sku: str = ""
    quotes: list[LandedCostOut] = field(default_factory=list)


def overwrite_refusal(db: Path) -> str | None:
    """Why `globalsell demo` must not replace the file at `db` (None: it may). Only a missing or
    empty file, or a store that holds nothing but a previous demo, is replaced without --force:
    the demo's default file is the store every command uses."""
    if not db.exists() or db.stat().st_size == 0:
        return None
    try:
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
            return _store_refusal(db, conn)
    except sqlite3.DatabaseError as exc:
        return _refusal(db, f"it is not a SQLite store ({exc})")


def _store_refusal(db: Path, conn: sqlite3.Connection) -> str | None:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    if "sellers" not in tables:
        return None if not tables else _refusal(db, "it holds tables of another program")
    slugs = [row[0] for row in conn.execute("SELECT slug FROM sellers")]
    others = sorted(set(slugs) - {SELLER_SLUG})
    if others:
        return _refusal(db, f"it holds seller(s) {', '.join(others)}")
    if not slugs:
        return None
    built = conn.execute(
        "SELECT max(id) FROM audit_entries WHERE action = ?", (BUILT_ACTION,)
    ).fetchone()[0]
    if built is None:
        return _refusal(db, f"its seller {SELLER_SLUG} was not written by a finished demo")
    own = conn.execute(
        "SELECT count(*) FROM audit_entries WHERE id > ? AND ("
        + " OR ".join("action LIKE ?" for _ in SELLER_DATA_DOMAINS)
        + ")",
        (built, *(f"{domain}.%" for domain in SELLER_DATA_DOMAINS)),
    ).fetchone()[0]
    if own:
        return _refusal(db, f"{own} change(s) to its products, stock or orders came after the demo")
    return None


def mark_built(runtime: Runtime) -> None:
    """Record that the demo finished building this store (what `overwrite_refusal` looks for)."""
    with unit_of_work(runtime.session_factory) as session:
        seller = accounts.get_seller_by_slug(session, slug=SELLER_SLUG)
        audit.record(
            session,
            actor=None,
            actor_name=BY,
            action=BUILT_ACTION,
            subject_type="seller",
            subject_id=seller.id,
            seller_id=seller.id,
            now=runtime.clock.now(),
        )


def _refusal(db: Path, why: str) -> str:
    return (
        f"{db} was not replaced: {why}. Build the demo into another file (--db demo.db) or "
        "pass --force to delete it."
    )


def data_file(name: str) -> bytes:
    return resources.files("globalsell.demo").joinpath("data", name).read_bytes()


def build_demo(runtime: Runtime) -> DemoReport:
    """Fill an empty, migrated store with the demo seller. Each step is its own unit of work."""
    report = DemoReport()
    now = runtime.clock.now()
    with unit_of_work(runtime.session_factory) as session:
        seller = accounts.create_seller(
            session, name=SELLER_NAME, slug=SELLER_SLUG, by=BY, now=now, country="CN"
        )
        owner_id = 0
        for email, role, name in (
            (OWNER_EMAIL, Role.OWNER, "Chen Jing (owner)"),
            (OPERATOR_EMAIL, Role.OPERATOR, "Li Wei (operations)"),
            (VIEWER_EMAIL, Role.VIEWER, "Accountant (read only)"),
        ):
            user = accounts.create_user(
                session, email=email, display_name=name, password=DEMO_PASSWORD, by=BY, now=now
            )
            accounts.grant_role(
                session, seller_id=seller.id, user_id=user.id, role=role, by=BY, now=now
            )
            if role is Role.OWNER:
                owner_id = user.id
        # The demo acts as the owner at every step, so the owner approves their own proposals;
        # a real team keeps separation of duties on (the default once two people can approve).
        accounts.set_separation_of_duties(
            session, seller_id=seller.id, enabled=False, by=BY, now=now
        )
        report.owner_token = accounts.issue_token_unchecked(
            session, user_id=owner_id, seller_id=seller.id, name="demo", by=BY, now=now
        ).plaintext
        owner = accounts.actor_for(session, user_id=owner_id, seller_id=seller.id)

    with unit_of_work(runtime.session_factory) as session:
        table = tabular.read_table(data_file(CATALOGUE), filename=CATALOGUE)
        result = catalog_sheets.import_catalog(
            session,
            actor=owner,
            table_headers=table.headers,
            table_rows=table.rows,
            filename=CATALOGUE,
            dry_run=False,
            now=now,
        )
        report.products = result.products_created
        report.variants = result.variants_created
        report.attributes = result.attributes_written

    try:
        with unit_of_work(runtime.session_factory) as session:
            table = tabular.read_table(data_file(MESSY), filename=MESSY)
            catalog_sheets.import_catalog(
                session,
                actor=owner,
                table_headers=table.headers,
                table_rows=table.rows,
                filename=MESSY,
                dry_run=False,
                now=now,
            )
    except ValidationFailed as exc:
        report.messy_errors = exc.errors
    else:
        raise RuntimeError(f"{MESSY} was meant to be rejected")

    with unit_of_work(runtime.session_factory) as session:
        changes = _propose(session, runtime, owner_id=owner_id, seller_id=seller.id, now=now)
        operator = accounts.actor_for(session, user_id=owner_id, seller_id=seller.id)
        first, second = changes[0], changes[1]
        view = approvals.inspect(
            session, registry=runtime.registry, change_id=first.id, actor=operator
        )
        approvals.approve_and_apply(
            session,
            registry=runtime.registry,
            change_id=first.id,
            seen_fingerprint=view.fingerprint,
            actor=operator,
            now=now,
            ttl=runtime.settings.approval_ttl,
        )
        approvals.reject(
            session,
            change_id=second.id,
            actor=operator,
            now=now,
            reason="Keep the current cost until the new contract is signed.",
        )
        report.proposals = [(c.id, c.title, c.status.value) for c in changes]
    with unit_of_work(runtime.session_factory) as session:
        report.inventory = seed_inventory(session, actor=owner, now=now)
    with unit_of_work(runtime.session_factory) as session:
        report.shipments = seed_shipments(session, actor=owner, now=now)
    _price_catalogue(runtime, report, owner_id=owner_id, seller_id=seller.id, now=now)
    report.customs = _customs(runtime, seller_id=seller.id, owner_id=owner_id, now=now)
    with unit_of_work(runtime.session_factory) as session:
        report.planning = plan_demo(session, actor=owner, registry=runtime.registry, now=now)
    return report


# The demo seller's own figures (a fictional seller's inputs, not Amazon figures): its FBA fee
# preview per unit where globalsell bundles no public FBA table, and the referral rate it pays
# in categories the bundled tables do not cover. See docs/adr/0018.
DEMO_SELLER_FULFILMENT = {"US": "3.60", "DE": "3.40", "FR": "3.90", "IT": "3.80", "ES": "3.50"}
DEMO_SELLER_REFERRAL_FALLBACK = "0.15"


def _price_catalogue(
    runtime: Runtime, report: DemoReport, *, owner_id: int, seller_id: int, now: datetime
) -> None:
    """Price the catalogue in every store with a fee table; keep each quote's breakdown."""
    with unit_of_work(runtime.session_factory) as session:
        actor = accounts.actor_for(session, user_id=owner_id, seller_id=seller_id)
        pricing_policies.set_policy(
            session,
            store=pricing_policies.DEFAULT_STORE,
            changes={"referral_rate": DEMO_SELLER_REFERRAL_FALLBACK},
            actor=actor,
            now=now,
        )
        for store, fee in DEMO_SELLER_FULFILMENT.items():
            pricing_policies.set_policy(
                session, store=store, changes={"fulfilment_fee": fee}, actor=actor, now=now
            )
        # freight per unit from the seller's own ocean lanes (the ones its plan ships on);
        # duty comes from customs by each product's HS code (ADR 0139)
        for store in pricing_policies.priced_stores():
            freight = demo_freight_per_unit(store)
            if freight is not None:
                pricing_policies.set_policy(
                    session,
                    store=store,
                    changes={
                        "freight_per_unit": str(freight),
                        "freight_currency": DEMO_LANE_CURRENCY,
                    },
                    actor=actor,
                    now=now,
                )
        result = pricing.quote_catalogue(session, actor=actor, now=now)
        report.price_quotes = result.quoted
        report.price_skips = result.skipped


def demo_owner(session: Session) -> Actor:
    """The demo seller's owner, as the actor the demo's own steps act as."""
    seller = accounts.get_seller_by_slug(session, slug=SELLER_SLUG)
    owner_id = session.scalars(
        select(Membership.user_id).where(
            Membership.seller_id == seller.id, Membership.role == Role.OWNER
        )
    ).first()
    assert owner_id is not None
    return accounts.actor_for(session, user_id=owner_id, seller_id=seller.id)


# The seeded problems the demo's assistant run must find (besides the catalogue's own).
DEMO_PRICE_STORE = "JP"
DEMO_ROLLED_FC = "FBA-DE"
# the factory's new contract adds this share of the JP margin (converted) to the unit cost: more
# than the whole margin, so the approved JP price now loses money
DEMO_COST_RISE = Decimal("1.3")


def build_assistant_demo(runtime: Runtime) -> list[tuple[int, str, str, int | None, str]]:
    """After the catalogue, inventory, prices and listings are in: a JP price approved at the
    target margin, then a unit cost rise (a new factory contract) that turns it into a loss; a
    slip a seller makes on a busy day (a unit cost typed 100x too high); a DE container rolled to
    a later vessel. Then one assistant run over everything. Returns the findings (rank,
    severity, status, change request id, reason)."""
    now = runtime.clock.now()
    with unit_of_work(runtime.session_factory) as session:
        owner = demo_owner(session)
        seller_id = owner.seller_id
        sku = demo_skus(session, seller_id=seller_id)[2]
        change = pricing_changes.propose_price(
            session,
            registry=runtime.registry,
            sku=sku,
            store=DEMO_PRICE_STORE,
            actor=owner,
            now=now,
            reason="launch price at the target margin",
        )
        if change.status.value == "proposed":
            approvals.approve_and_apply(
                session,
                registry=runtime.registry,
                change_id=change.id,
                seen_fingerprint=approvals.fingerprint_of(change),
                actor=owner,
                now=now,
                ttl=runtime.settings.approval_ttl,
            )
        quoted = pricing.quote(session, sku=sku, store=DEMO_PRICE_STORE, actor=owner, now=now)
        product = catalog.get_product(session, actor=owner, sku=sku)
        assert product.unit_cost is not None
        assert product.cost_currency is not None
        rate = quoted.fx.rate(product.cost_currency, quoted.quote.currency)
        rise = quoted.quote.margin.amount / rate * DEMO_COST_RISE
        catalog.update_product(
            session,
            actor=owner,
            sku=sku,
            changes={"unit_cost": str((product.unit_cost + rise).quantize(Decimal("0.1")))},
            now=now,
        )
        catalog.update_product(
            session, actor=owner, sku="NB-KT-003", changes={"unit_cost": "3800"}, now=now
        )
        # an earlier consignment of the second SKU to DE (sent before shipments were tracked)
        # was rolled off its vessel and is cancelled until rebooked; what is on the shelf now
        # lasts days, and the next units are on the tracked ocean shipment, due after that
        rolled = demo_skus(session, seller_id=seller_id)[1]
        position = next(
            p
            for p in inventory.pool_positions(session, seller_id=seller_id, skus=[rolled])
            if p.location_code == DEMO_ROLLED_FC
        )
        tracked = sum(
            t.units for t in tracked_inbound(session, actor=owner).get((rolled, DEMO_ROLLED_FC), [])
        )
        moves = [MoveLine(rolled, DEMO_ROLLED_FC, 10, MoveReason.COUNTED, "stock count")]
        if position.inbound > tracked:
            moves.append(
                MoveLine(
                    rolled,
                    DEMO_ROLLED_FC,
                    tracked - position.inbound,
                    MoveReason.CANCELLED,
                    "rolled to the next vessel",
                )
            )
        inventory.post_moves(session, actor=owner, moves=moves, now=now)
    with unit_of_work(runtime.session_factory) as session:
        record = assistant.run(
            session,
            registry=runtime.registry,
            detectors=runtime.detectors,
            actor=assistant.assistant_actor(seller_id),
            now=now,
            slot="demo",
        )
        return [
            (f.rank, f.severity.value, f.status.value, f.change_request_id, f.reason)
            for f in assistant.list_findings(
                session, actor=assistant.assistant_actor(seller_id), run_id=record.id
            )
        ]


# Seller-supplied demo inputs (NOT market data): exchange rates from CNY and the duty rates the
# demo seller's broker quoted for the flask outside the US. Replace them with your own.
DEMO_FX_FROM_CNY = {
    "USD": Decimal("0.14"),
    "GBP": Decimal("0.11"),
    "EUR": Decimal("0.13"),
    "JPY": Decimal("21"),
    "AUD": Decimal("0.21"),
    "CAD": Decimal("0.19"),
}
DEMO_BROKER_DUTY = {"GB": "2%", "DE": "6.7%", "JP": "Free", "AU": "Free", "CA": "6.5%"}


def _customs(runtime: Runtime, *, seller_id: int, owner_id: int, now: datetime) -> CustomsDemo:
    """Classify the whole catalogue, flag declared codes (corrections go to the inbox) and quote
    the landed cost of one pallet-sized consignment of a flask to six destinations."""
    demo = CustomsDemo()
    with unit_of_work(runtime.session_factory) as session:
        actor = accounts.actor_for(session, user_id=owner_id, seller_id=seller_id)
        for summary in catalog.list_products(session, actor=actor, limit=1000):
            row, change_id = customs.classify_product(
                session, actor=actor, registry=runtime.registry, sku=summary.sku, now=now
            )
            demo.classified += 1
            demo.abstained += int(row.question is not None)
            if change_id is not None:
                why = "; ".join(f["reason"] for f in row.flags)
                proposed = session.get(ChangeRequest, change_id)
                code = str(proposed.payload["code"]) if proposed is not None else ""
                demo.flagged.append((row.sku, row.declared_code or "", code, why))
        flask = next(
            (p for p in catalog.list_products(session, actor=actor, search="保温杯", limit=1)),
            None,
        )
        if flask is not None:
            demo.quote_sku = flask.sku
            demo.quotes = customs_landed.quote_landed_cost(
                LandedCostRequest(
                    goods_value=Decimal("3000"),
                    currency="CNY",
                    freight=Decimal("600"),
                    insurance=Decimal("30"),
                    hs_code="9617001000",
                    fx_rates=DEMO_FX_FROM_CNY,
                    duty_rates=DEMO_BROKER_DUTY,
                )
            )
    return demo


def _propose(
    session: Session, runtime: Runtime, *, owner_id: int, seller_id: int, now: datetime
) -> list[ChangeRequest]:
    """Proposals a seller would meet on day one: US listings need weights in pounds (derived
    from the seller's metric weights), and the factory's new price list lowers two costs."""
    actor = accounts.actor_for(session, user_id=owner_id, seller_id=seller_id)
    changes: list[ChangeRequest] = []
    costed = list(
        session.scalars(
            select(Product)
            .where(Product.seller_id == seller_id, Product.unit_cost.is_not(None))
            .order_by(Product.sku)
            .limit(2)
        )
    )
    for product in costed:
        assert product.unit_cost is not None
        currency = product.cost_currency or "CNY"
        new_cost = (
            (Money(product.unit_cost, currency) * Decimal("0.92")).quantize(Rounding.HALF_UP).amount
        )
        changes.append(
            approvals.propose(
                session,
                registry=runtime.registry,
                kind="catalog.product.update",
                subject_type="product",
                subject_id=product.sku,
                title=(
                    f"Update the unit cost of {product.sku} to "
                    + formatting.money(new_cost, currency, formatting.Display())
                ),
                payload={"sku": product.sku, "changes": {"unit_cost": str(new_cost)}},
                reason="The factory's price list of November 2026 is 8% lower for this item.",
                expected_effect={"unit_cost": str(new_cost)},
                actor=actor,
                now=now,
            )
        )
    weighed = session.execute(
        select(Product.sku, AttributeValue.value, AttributeValue.unit)
        .join(AttributeValue, AttributeValue.product_id == Product.id)
        .where(
            Product.seller_id == seller_id,
            AttributeValue.name == "item_weight",
            AttributeValue.variant_id.is_(None),
            AttributeValue.unit.in_(("grams", "kilograms")),
        )
        .order_by(Product.sku)
        .limit(4)
    )
    for sku, value, unit in weighed:
        pounds = convert_weight(Measure(Decimal(str(value)), str(unit)), "pounds").quantize(
            Decimal("0.01"), ROUND_HALF_UP
        )
        payload: dict[str, Any] = {
            "sku": sku,
            "name": "item_weight",
            "value": str(pounds),
            "unit": "pounds",
            "marketplace": "US",
            "provenance": "derived",
            "confidence": "1.0",
            "source": "rules:unit-conversion-v1",
        }
        changes.append(
            approvals.propose(
                session,
                registry=runtime.registry,
                kind="catalog.attribute.set",
                subject_type="product",
                subject_id=sku,
                title=f"Amazon US weight of {sku}: {pounds} lb",
                payload=payload,
                reason=f"amazon.com shows imperial units; {value} {unit} is {pounds} pounds.",
                actor=actor,
                now=now,
                messages={
                    "reason": messages.message(
                        "catalog.weight.imperial",
                        weight=messages.number(Decimal(str(value))),
                        unit=messages.label("unit", str(unit)),
                        pounds=messages.number(pounds, digits=2),
                    )
                },
            )
        )
    return changes
