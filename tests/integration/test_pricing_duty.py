"""Pricing takes the import duty from customs by the product's HS code (ADR 0139)."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from globalsell.core.actor import Actor
from globalsell.core.money import Money
from globalsell.customs import landed
from globalsell.pricing import policies, service
from tests.conftest import NOW
from tests.factories import (
    declare_hs_code,
    make_member,
    make_priced_product,
    make_seller,
    set_seller_attribute,
)


@pytest.fixture
def owner(session: Session) -> Actor:
    actor = make_member(session, make_seller(session)).actor
    for store in ("US", "DE"):
        policies.set_policy(
            session,
            store=store,
            changes={
                "fulfilment_fee": "3.50",
                "freight_per_unit": "0.53",
                "freight_currency": "USD",
            },
            actor=actor,
            now=NOW,
        )
    return actor


def test_a_us_quote_takes_the_hts_rate_of_the_declared_code_on_the_goods_value(
    session: Session, owner: Actor
) -> None:
    product = make_priced_product(session, owner, sku="NB-1")  # 45 CNY
    declare_hs_code(session, owner, product, "441911")
    session.expire_all()  # the product's attributes as a new request reads them

    us = service.quote(session, sku="NB-1", store="US", actor=owner, now=NOW)

    assert us.quote.complete is True
    assert us.quote.landed.product == Money.of("6.76", "USD")
    # the US values FOB: 3.2 % of the goods only (6.76 x 0.032 = 0.2163), rounded up
    assert us.quote.landed.duty == Money.of("0.22", "USD")
    assert us.breakdown()["duty_source"] == (
        "declared code 441911 in US: US HTS 2026 Rev. 10, 4419110000, general rate 3.2%"
    )


def test_an_eu_store_has_no_per_code_rate_so_its_duty_stays_unknown(
    session: Session, owner: Actor
) -> None:
    product = make_priced_product(session, owner, sku="NB-1")
    declare_hs_code(session, owner, product, "441911")
    session.expire_all()

    de = service.quote(session, sku="NB-1", store="DE", actor=owner, now=NOW)

    assert de.quote.landed.unknown == ("duty",)
    assert de.breakdown()["duty_source"] == (
        "declared code 441911 in DE: no open per-code duty data shipped for this destination"
    )


def test_no_code_a_code_of_many_rates_and_the_sellers_own_rate(
    session: Session, owner: Actor
) -> None:
    make_priced_product(session, owner, sku="NO-CODE")
    wide = make_priced_product(session, owner, sku="WIDE")
    declare_hs_code(session, owner, wide, "3924100000")  # a CN/EU 10-digit code
    session.expire_all()

    bare = service.quote(session, sku="NO-CODE", store="US", actor=owner, now=NOW)
    many = service.quote(session, sku="WIDE", store="US", actor=owner, now=NOW)
    policies.set_policy(session, store="US", changes={"duty_rate": "0.05"}, actor=owner, now=NOW)
    own = service.quote(session, sku="WIDE", store="US", actor=owner, now=NOW)

    assert (bare.quote.landed.unknown, bare.duty_source) == (("duty",), "no HS code on file")
    assert many.quote.landed.unknown == ("duty",)
    assert many.duty_source == (
        "declared code 3924100000 in US: 3924100000 is not a US line: its HS subheading 392410 is "
        "used; 392410 covers US lines with 3 different rates: give the 10-digit code; "
        "US HTS 2026 Rev. 10"
    )
    # the seller's own store rate is on the goods and freight (6.76 + 0.53) x 5 %, rounded up
    assert (own.quote.landed.duty, own.duty_source) == (
        Money.of("0.37", "USD"),
        "seller policy duty_rate",
    )


def test_the_accepted_code_wins_over_the_declared_one(session: Session, owner: Actor) -> None:
    product = make_priced_product(session, owner, sku="NB-1")
    declare_hs_code(session, owner, product, "441911")
    set_seller_attribute(session, owner, "NB-1", "hs_code", "9503000011", now=NOW)
    session.expire_all()

    us = service.quote(session, sku="NB-1", store="US", actor=owner, now=NOW)

    assert us.quote.landed.duty == Money.of("0.00", "USD")
    assert us.quote.complete is True
    assert us.duty_source == (
        "accepted code 9503000011 in US: US HTS 2026 Rev. 10, 9503000011, general rate Free"
    )


def test_customs_maps_a_store_country_to_its_customs_rules() -> None:
    assert [landed.destination_of(c) for c in ("UK", "GB", "FR", "US", "JP", "BR")] == [
        "GB",
        "GB",
        "DE",
        "US",
        "JP",
        None,
    ]
    assert landed.duty_for_price("441911", "BR") is None
    assert landed.duty_for_price("999999", "US") is None
