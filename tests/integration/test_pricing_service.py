"""Pricing services on a real database: quotes from the catalogue, policies, FX imports,
competitor prices, the 24-hour guard through approvals, event deals and bad input."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal as D

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from globalsell.approvals import service as approvals
from globalsell.approvals.domain import ChangeStatus
from globalsell.bootstrap import build_registry
from globalsell.core.actor import Role
from globalsell.core.audit import AuditEntry
from globalsell.core.errors import GuardRailViolation, NotFound, PermissionDenied, ValidationFailed
from globalsell.core.money import Money
from globalsell.pricing import changes, competitors, policies, service
from globalsell.pricing.domain import CompetitorMode, PriceType
from globalsell.pricing.fx import HttpCsv
from globalsell.pricing.models import CompetitorPrice, Price, PriceQuote
from tests.conftest import NOW
from tests.factories import make_member, make_priced_product, make_product, make_seller


@pytest.fixture
def owner(session: Session):  # noqa: ANN201
    return make_member(session, make_seller(session)).actor


def test_quote_in_us_de_jp_from_the_catalogue(session: Session, owner) -> None:  # noqa: ANN001
    # given a 45 CNY product of 400 g, 20 x 15 x 5 cm, with the seller's own US/DE fulfilment fees
    make_priced_product(session, owner, sku="NB-1", category="home_kitchen")
    policies.set_policy(
        session, store="US", changes={"fulfilment_fee": "3.50"}, actor=owner, now=NOW
    )
    policies.set_policy(
        session, store="DE", changes={"fulfilment_fee": "3.20"}, actor=owner, now=NOW
    )
    policies.set_policy(
        session,
        store="JP",
        changes={"referral_rate": "0.15", "referral_minimum": "30"},
        actor=owner,
        now=NOW,
    )
    # when quoting at the default 25 % margin
    us = service.quote(session, sku="NB-1", store="US", actor=owner, now=NOW)
    de = service.quote(session, sku="NB-1", store="DE", actor=owner, now=NOW)
    jp = service.quote(session, sku="NB-1", store="JP", actor=owner, now=NOW)
    # then each price is local and keeps the margin; JP uses the public FBA table
    assert us.quote.price == Money.of("17.99", "USD")
    assert us.quote.landed.product == Money.of("6.76", "USD")
    assert us.quote.referral_fee == Money.of("2.70", "USD")  # 15 % of 17.99, rounded up
    assert us.quote.margin == Money.of("5.03", "USD")  # 17.99 - 2.70 - 3.50 - 6.76
    assert de.quote.price == Money.of("19.99", "EUR")
    assert de.quote.vat == Money.of("3.19", "EUR")
    assert de.quote.referral_fee == Money.of("3.00", "EUR")  # 15 % of the gross 19.99
    assert de.quote.margin == Money.of("4.55", "EUR")
    assert de.quote.landed.product == Money.of("6.05", "EUR")
    assert jp.quote.price == Money.of("2880", "JPY")
    assert jp.quote.storage_fee == Money.of("14", "JPY")  # 7.8 yen x 1.5 litres, one month
    assert jp.quote.fulfilment_fee == Money.of("434", "JPY")
    assert jp.fulfilment_source.startswith("FBA standard_2 (reported")
    assert jp.breakdown()["display"] == "￥2,880"
    assert de.breakdown()["display"] == "19,99\xa0€"
    assert us.breakdown()["price"] == {"amount": "17.99", "currency": "USD"}
    assert us.breakdown()["fees"]["storage"] == {"amount": "0.00", "currency": "USD"}
    for q in (us, de, jp):
        assert q.quote.margin_rate >= D("0.25")


def test_bad_input_is_refused_with_a_clear_error(session: Session, owner) -> None:  # noqa: ANN001
    make_product(session, owner, sku="NO-COST", unit_cost=None)
    make_priced_product(session, owner, sku="NB-2", category="garden")
    with pytest.raises(NotFound, match="unknown marketplace 'XX'"):
        service.quote(session, sku="NB-2", store="XX", actor=owner, now=NOW)
    with pytest.raises(ValidationFailed, match="unknown fee category 'garden'"):
        service.quote(session, sku="NB-2", store="US", actor=owner, now=NOW)
    policies.set_policy(session, store="*", changes={"fulfilment_fee": "3"}, actor=owner, now=NOW)
    with pytest.raises(ValidationFailed, match="has no unit cost"):
        service.quote(
            session, sku="NO-COST", store="UK", category="home_kitchen", actor=owner, now=NOW
        )
    with pytest.raises(ValidationFailed, match="not an Amazon store"):
        service.quote(session, sku="NB-2", store="EBAY_DE", actor=owner, now=NOW)
    with pytest.raises(ValidationFailed, match="fraction below 1"):
        policies.set_policy(
            session, store="US", changes={"margin_floor": "10"}, actor=owner, now=NOW
        )
    with pytest.raises(NotFound, match="no referral fee table for store 'AE'"):
        service.quote(
            session, sku="NB-2", store="AE", category="home_kitchen", actor=owner, now=NOW
        )


def test_us_fba_fee_is_seller_supplied(session: Session, owner) -> None:  # noqa: ANN001
    make_priced_product(session, owner, sku="NB-3")
    with pytest.raises(ValidationFailed, match="US FBA fee for tier large_standard is not public"):
        service.quote(session, sku="NB-3", store="US", actor=owner, now=NOW)


def test_price_changes_within_the_guard_apply_at_once_and_big_moves_wait(
    session: Session,
    owner,  # noqa: ANN001
) -> None:
    registry = build_registry()
    make_priced_product(session, owner, sku="NB-4")
    policies.set_policy(
        session, store="UK", changes={"max_change_24h": "0.10"}, actor=owner, now=NOW
    )
    # a first price always waits for approval
    first = changes.propose_price(
        session, registry=registry, sku="NB-4", store="UK", actor=owner, now=NOW
    )
    assert first.status is ChangeStatus.PROPOSED
    assert first.payload["amount"] == "15.99"
    assert first.payload["breakdown"]["fees"]["fulfilment"] == {"amount": "2.19", "currency": "GBP"}
    approvals.approve_and_apply(
        session,
        registry=registry,
        change_id=first.id,
        seen_fingerprint=approvals.fingerprint_of(first),
        actor=owner,
        now=NOW,
    )
    assert first.status is ChangeStatus.APPLIED
    # a 6.3 % rise within 24 h is inside the 10 % guard: applied at once
    later = NOW + timedelta(hours=1)
    small = changes.propose_price(
        session, registry=registry, sku="NB-4", store="UK", price=D("16.99"), actor=owner, now=later
    )
    assert small.status is ChangeStatus.APPLIED
    # 19.99 is 25 % above 15.99, which was in effect during the last 24 h: it waits
    big = changes.propose_price(
        session, registry=registry, sku="NB-4", store="UK", price=D("19.99"), actor=owner, now=later
    )
    assert big.status is ChangeStatus.PROPOSED
    active = changes.prices_for(session, sku="NB-4", actor=owner)
    assert [(p.store, p.price_type, p.amount) for p in active] == [
        ("UK", PriceType.REGULAR, D("16.99"))
    ]
    offer = changes.purchasable_offer(session, sku="NB-4", store="UK", actor=owner, now=later)
    assert offer == [
        {
            "marketplace_id": "A1F83G8C2ARO7P",
            "currency": "GBP",
            "our_price": [{"schedule": [{"value_with_tax": "16.99"}]}],
        }
    ]


def test_below_floor_and_event_deals(session: Session, owner) -> None:  # noqa: ANN001
    registry = build_registry()
    make_priced_product(session, owner, sku="NB-5")
    before = session.scalar(select(func.count(Price.id)))
    with pytest.raises(GuardRailViolation, match="below the floor"):
        changes.propose_price(
            session,
            registry=registry,
            sku="NB-5",
            store="UK",
            price=D("8.99"),
            actor=owner,
            now=NOW,
        )
    with pytest.raises(GuardRailViolation, match="below the floor"):
        changes.propose_price(
            session,
            registry=registry,
            sku="NB-5",
            store="UK",
            price=D("5.00"),
            price_type=PriceType.SALE,
            starts_at=NOW + timedelta(days=1),
            ends_at=NOW + timedelta(days=2),
            actor=owner,
            now=NOW,
        )
    with pytest.raises(ValidationFailed, match="end after its start"):
        changes.propose_price(
            session,
            registry=registry,
            sku="NB-5",
            store="UK",
            price=D("13.99"),
            price_type=PriceType.SALE,
            starts_at=NOW + timedelta(days=1),
            actor=owner,
            now=NOW,
        )
    with pytest.raises(ValidationFailed, match="starts_at needs a time zone"):
        changes.propose_price(
            session,
            registry=registry,
            sku="NB-5",
            store="UK",
            price=D("13.99"),
            price_type=PriceType.SALE,
            starts_at=datetime(2026, 11, 26),  # noqa: DTZ001 - a naive time is the bad input
            ends_at=NOW + timedelta(days=2),
            actor=owner,
            now=NOW,
        )
    assert session.scalar(select(func.count(Price.id))) == before
    deal = changes.propose_price(
        session,
        registry=registry,
        sku="NB-5",
        store="UK",
        price=D("13.99"),
        price_type=PriceType.SALE,
        starts_at=NOW + timedelta(days=1),
        ends_at=NOW + timedelta(days=2),
        actor=owner,
        now=NOW,
        reason="Black Friday",
    )
    assert deal.status is ChangeStatus.PROPOSED
    assert deal.payload["price_type"] == "sale"
    assert deal.payload["ends_at"] == "2026-11-27T10:00:00+00:00"


def test_viewer_cannot_write(session: Session) -> None:
    seller = make_seller(session)
    owner = make_member(session, seller).actor
    viewer = make_member(session, seller, Role.VIEWER).actor
    make_priced_product(session, owner, sku="NB-6")
    quoted = service.quote(session, sku="NB-6", store="UK", actor=viewer, now=NOW)
    with pytest.raises(PermissionDenied):
        service.save_quote(session, quoted=quoted, sku="NB-6", actor=viewer, now=NOW)
    with pytest.raises(PermissionDenied):
        policies.set_policy(
            session, store="UK", changes={"target_margin": "0.3"}, actor=viewer, now=NOW
        )
    assert session.scalar(select(func.count(PriceQuote.id))) == 0


def test_competitor_import_and_beat(session: Session, owner) -> None:  # noqa: ANN001
    make_priced_product(session, owner, sku="NB-7")
    bad = (
        "sku,store,competitor,price,currency,observed_at\n"
        "NB-7,UK,A,14.49,GBP,2026-11-24T10:00:00+00:00\n"
        "NOPE,UK,A,14.49,GBP,2026-11-24T10:00:00+00:00\n"
        "NB-7,UK,A,14.49,EUR,2026-11-24T10:00:00+00:00\n"
        "NB-7,UK,A,-3,GBP,2026-11-24T10:00:00+00:00\n"
    )
    with pytest.raises(ValidationFailed) as refused:
        competitors.import_competitor_prices(session, data=bad.encode(), actor=owner, now=NOW)
    assert [(e.row, e.field) for e in refused.value.errors] == [
        (3, "sku"),
        (4, "currency"),
        (5, "price"),
    ]
    assert session.scalar(select(func.count(CompetitorPrice.id))) == 0
    good = (
        "sku,store,competitor,price,currency,observed_at\n"
        "NB-7,UK,A,14.49,GBP,2026-11-24T10:00:00+00:00\n"
        "NB-7,UK,B,15.99,GBP,2026-11-24T10:00:00+00:00\n"
    )
    assert (
        competitors.import_competitor_prices(session, data=good.encode(), actor=owner, now=NOW) == 2
    )
    outcome, _ = competitors.competitor_quote(
        session,
        sku="NB-7",
        store="UK",
        mode=CompetitorMode.BEAT,
        beat_by=D("0.50"),
        beat_by_percent=False,
        actor=owner,
        now=NOW,
    )
    assert outcome.quote.price == Money.of("13.99", "GBP")
    assert outcome.floor_bound is False
    low = (
        "sku,store,competitor,price,currency,observed_at\n"
        "NB-7,UK,C,6.00,GBP,2026-11-25T09:00:00+00:00\n"
    )
    competitors.import_competitor_prices(session, data=low.encode(), actor=owner, now=NOW)
    held, _ = competitors.competitor_quote(
        session,
        sku="NB-7",
        store="UK",
        mode=CompetitorMode.MATCH,
        beat_by=D(0),
        beat_by_percent=False,
        actor=owner,
        now=NOW,
    )
    assert held.floor_bound is True
    assert held.quote.meets(D("0.10"))


def test_fx_rates_from_a_configured_source_override_the_snapshot(session: Session, owner) -> None:  # noqa: ANN001
    make_priced_product(session, owner, sku="NB-8")
    body = "base,quote,rate,as_of\nEUR,CNY,8.0000,2026-11-24\nEUR,AED,4.1000,2026-11-24\n"
    transport = httpx.MockTransport(lambda request: httpx.Response(200, text=body))
    provider = HttpCsv("https://rates.example/fx.csv", httpx.Client(transport=transport))
    assert service.import_rates(session, provider=provider, actor=owner, now=NOW) == 2
    table = service.fx_table(session, seller_id=owner.seller_id, now=NOW)
    assert table.rates["CNY"] == D("8.0000")
    assert table.convert(Money.of("45.00", "CNY"), "EUR") == Money.of("5.62", "EUR")
    entries = session.scalars(select(AuditEntry.action).where(AuditEntry.action.like("pricing.%")))
    assert list(entries) == ["pricing.fx.imported"]


def test_rates_from_a_currency_leave_out_what_the_table_lacks(session: Session, owner) -> None:  # noqa: ANN001
    body = "base,quote,rate,as_of\nEUR,CNY,8.0000,2026-11-24\n"
    transport = httpx.MockTransport(lambda request: httpx.Response(200, text=body))
    provider = HttpCsv("https://rates.example/fx.csv", httpx.Client(transport=transport))
    service.import_rates(session, provider=provider, actor=owner, now=NOW)
    rates, source = service.rates_from(
        session, seller_id=owner.seller_id, currency="CNY", to=["EUR", "XXX"], now=NOW
    )
    assert rates == {"EUR": D(1) / D("8.0000")}
    assert source.endswith("(2026-11-24)")
    assert service.rates_from(
        session, seller_id=owner.seller_id, currency=None, to=["EUR"], now=NOW
    ) == ({}, "")


def test_unreadable_csv_is_a_clear_error(session: Session, owner) -> None:  # noqa: ANN001
    with pytest.raises(ValidationFailed, match="not a readable CSV file"):
        competitors.import_competitor_prices(session, data=b"x" * 200_000, actor=owner, now=NOW)
    with pytest.raises(ValidationFailed, match="missing columns: sku"):
        competitors.import_competitor_prices(session, data=b"\r0", actor=owner, now=NOW)
