"""Pricing endpoints: the breakdown contract, and denied access changes nothing."""

from __future__ import annotations

from decimal import Decimal

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from globalsell.approvals.models import ChangeRequest
from globalsell.core.actor import Role
from globalsell.pricing.models import CompetitorPrice, PriceQuote, PricingPolicy
from tests.factories import auth, make_member, make_priced_product, make_seller

CSV = (
    "sku,store,competitor,price,currency,observed_at\n"
    "NB-API,UK,A,14.49,GBP,2026-11-24T10:00:00+00:00\n"
)


def _count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def test_quote_breakdown_and_proposal(client: TestClient, session: Session) -> None:
    owner = make_member(session, make_seller(session))
    make_priced_product(session, owner.actor, sku="NB-API")
    response = client.post(
        "/api/v1/products/NB-API/quote", headers=auth(owner), json={"store": "UK", "save": True}
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["breakdown"]["price"] == {"amount": "15.99", "currency": "GBP"}
    assert body["breakdown"]["fees"]["referral"] == {"amount": "2.45", "currency": "GBP"}
    assert body["breakdown"]["display"] == "£15.99"
    assert _count(session, PriceQuote) == 1
    proposed = client.post(
        "/api/v1/products/NB-API/prices", headers=auth(owner), json={"store": "UK"}
    )
    assert (proposed.status_code, proposed.json()["status"]) == (201, "proposed")
    bad = client.post(
        "/api/v1/products/NB-API/quote",
        headers=auth(owner),
        json={"store": "UK", "target_price": "-1"},
    )
    assert bad.status_code == 422
    unknown = client.post(
        "/api/v1/products/NB-API/quote", headers=auth(owner), json={"store": "ZZ"}
    )
    assert (unknown.status_code, unknown.json()["field"]) == (404, "marketplace")


def test_denied_pricing_calls_change_nothing(client: TestClient, session: Session) -> None:
    seller = make_seller(session)
    owner = make_member(session, seller)
    viewer = make_member(session, seller, Role.VIEWER)
    stranger = make_member(session, make_seller(session))
    make_priced_product(session, owner.actor, sku="NB-API")
    quote_url = "/api/v1/products/NB-API/quote"
    assert client.post(quote_url, json={"store": "UK"}).status_code == 401
    assert client.post(quote_url, headers=auth(stranger), json={"store": "UK"}).status_code == 404
    assert (
        client.post(quote_url, headers=auth(viewer), json={"store": "UK", "save": True}).status_code
        == 403
    )
    assert client.post(quote_url, headers=auth(viewer), json={"store": "UK"}).status_code == 200
    prices = "/api/v1/products/NB-API/prices"
    assert client.post(prices, json={"store": "UK"}).status_code == 401
    assert client.post(prices, headers=auth(stranger), json={"store": "UK"}).status_code == 404
    assert client.post(prices, headers=auth(viewer), json={"store": "UK"}).status_code == 403
    policy = "/api/v1/pricing/policies/UK"
    assert client.put(policy, json={"target_margin": "0.3"}).status_code == 401
    assert (
        client.put(policy, headers=auth(viewer), json={"target_margin": "0.3"}).status_code == 403
    )
    upload = {"file": ("c.csv", CSV.encode(), "text/csv")}
    url = "/api/v1/pricing/competitor-prices"
    assert client.post(url, files=upload).status_code == 401
    assert client.post(url, headers=auth(viewer), files=upload).status_code == 403
    assert client.post(url, headers=auth(stranger), files=upload).status_code == 422
    offer = "/api/v1/products/NB-API/offer?store=UK"
    assert client.get(offer).status_code == 401
    assert client.get(offer, headers=auth(stranger)).status_code == 404
    assert client.get(offer, headers=auth(owner)).status_code == 404  # no applied price yet
    competitor = "/api/v1/products/NB-API/competitor-price"
    assert client.post(competitor, headers=auth(viewer), json={"store": "UK"}).status_code == 403
    assert _count(session, PriceQuote) == 0
    assert _count(session, ChangeRequest) == 0
    assert _count(session, PricingPolicy) == 0
    assert _count(session, CompetitorPrice) == 0
    # the owner's own calls work
    assert client.put(policy, headers=auth(owner), json={"target_margin": "0.3"}).json()[
        "target_margin"
    ] in ("0.3", "0.3000")
    assert client.post(url, headers=auth(owner), files=upload).json() == {"imported": 1}
    assert Decimal(
        client.post(quote_url, headers=auth(owner), json={"store": "UK"}).json()["breakdown"][
            "margin_rate"
        ]
    ) >= Decimal("0.3")
