"""The demo: a fictional Ningbo home & kitchen seller, its Chinese master catalogue, a messy
spreadsheet the importer rejects, and a few proposals waiting in the approvals inbox."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from importlib import resources
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from globalsell.accounts import service as accounts
from globalsell.approvals import service as approvals
from globalsell.approvals.models import ChangeRequest
from globalsell.bootstrap import Runtime
from globalsell.catalog import service as catalog
from globalsell.catalog import tabular
from globalsell.catalog.models import AttributeValue, Product
from globalsell.catalog.units import Measure, convert_weight
from globalsell.core.actor import Role
from globalsell.core.errors import FieldError, ValidationFailed
from globalsell.core.money import Money, Rounding
from globalsell.db.session import unit_of_work
from globalsell.demo.inventory_history import HistoryReport, seed_inventory

SELLER_SLUG = "ningvale"
SELLER_NAME = "宁波甬澜家居用品有限公司 (NINGVALE)"
OWNER_EMAIL = "owner@ningvale.example"
OPERATOR_EMAIL = "ops@ningvale.example"
VIEWER_EMAIL = "viewer@ningvale.example"
DEMO_PASSWORD = "ningvale-demo-2026"
CATALOGUE = "ningbo_catalogue.xlsx"
MESSY = "ningbo_catalogue_messy.xlsx"
BY = "demo"


@dataclass
class DemoReport:
    products: int = 0
    variants: int = 0
    attributes: int = 0
    messy_errors: list[FieldError] = field(default_factory=list)
    proposals: list[tuple[int, str, str]] = field(default_factory=list)  # id, title, status
    owner_token: str = ""
    inventory: HistoryReport | None = None


def data_file(name: str) -> bytes:
    return resources.files("globalsell.demo").joinpath("data", name).read_bytes()


def build_demo(runtime: Runtime) -> DemoReport:
    """Fill an empty, migrated store with the demo seller. Each step is its own unit of work."""
    report = DemoReport()
    now = runtime.clock.now()
    with unit_of_work(runtime.session_factory) as session:
        seller = accounts.create_seller(session, name=SELLER_NAME, slug=SELLER_SLUG, by=BY, now=now)
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
        report.owner_token = accounts.issue_token_unchecked(
            session, user_id=owner_id, seller_id=seller.id, name="demo", by=BY, now=now
        ).plaintext
        owner = accounts.actor_for(session, user_id=owner_id, seller_id=seller.id)

    with unit_of_work(runtime.session_factory) as session:
        table = tabular.read_table(data_file(CATALOGUE), filename=CATALOGUE)
        result = catalog.import_catalog(
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
            catalog.import_catalog(
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
    return report


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
        new_cost = (Money(product.unit_cost, currency) * Decimal("0.92")).quantize(
            Rounding.HALF_UP
        ).amount
        changes.append(
            approvals.propose(
                session,
                registry=runtime.registry,
                kind="catalog.product.update",
                subject_type="product",
                subject_id=product.sku,
                title=(
                    f"Update the unit cost of {product.sku} to {new_cost} "
                    f"{product.cost_currency}"
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
            )
        )
    return changes
