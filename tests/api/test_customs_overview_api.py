"""GET /customs/products/{sku}/overview: candidates, declared-code checks and landed cost for every
destination; scoped to the caller's seller; bad input is a 422 naming the field."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from globalsell.core.actor import Role
from globalsell.core.audit import AuditEntry
from tests.factories import Member, auth, declare_hs_code, make_member, make_product, make_seller

URL = "/api/v1/customs/products/NB-VF-1/overview"


@pytest.fixture
def members(session: Session) -> tuple[Member, Member]:
    seller = make_seller(session, slug="ningvale")
    owner = make_member(session, seller)
    viewer = make_member(session, seller, Role.VIEWER)
    product = make_product(
        session, owner.actor, sku="NB-VF-1", title="不锈钢保温杯 双层真空", unit_cost="30.00"
    )
    declare_hs_code(session, owner.actor, product, "9617000000")
    return owner, viewer


def test_overview_for_every_destination(
    client: TestClient, session: Session, members: tuple[Member, Member]
) -> None:
    _, viewer = members
    audits = session.scalar(select(func.count(AuditEntry.id)))
    response = client.get(
        URL, headers=auth(viewer), params={"quantity": "10", "freight": "50", "duty": ["GB=2%"]}
    )
    assert response.status_code == 200
    body = response.json()
    assert body["declared_code"] == "9617000000"
    assert body["classification"]["candidates"][0]["hs6"] == "961700"
    checks = {c["destination"]: c for c in body["checks"]}
    assert list(checks) == ["US", "GB", "DE", "JP", "AU", "CA"]
    assert checks["US"]["flags"] == [
        {
            "flag": "zero_padded",
            "reason": "9617000000 is the subheading 961700 padded with zeros; it is not a line "
            "of the US HTS",
            "said": {
                "code": "customs.flag.zero_padded",
                "params": {
                    "code": "9617000000",
                    "subheading": "961700",
                    "schedule": {"t": "quote", "text": "US HTS"},
                },
            },
        }
    ]
    assert checks["DE"]["schedule"] == "EU CN 2023"
    assert checks["DE"]["flags"] == []  # 96170000 is a real CN line
    assert checks["DE"]["notes"] == [
        "digits 9-10 of 9617000000 are not part of the EU CN 2023 and were not checked"
    ]
    assert checks["GB"]["schedule_shipped"] is False
    assert checks["GB"]["notes"] == [
        "cannot check 9617000000 against the UK tariff schedule: globalsell ships no UK tariff "
        "lines; only its first 6 digits (961700) were checked"
    ]
    assert body["inputs"]["hs_code"] == "9617001000"
    assert body["inputs"]["hs_code_source"] == "US line proposed for the flagged 9617000000"
    assert (body["inputs"]["goods_value"], body["inputs"]["currency"]) == ("300", "CNY")
    quotes = {q["destination"]: q for q in body["landed_cost"]}
    assert list(quotes) == ["US", "GB", "DE", "JP", "AU", "CA"]
    gb = quotes["GB"]
    assert [(line["label"], line["amount"]) for line in gb["lines"]] == [
        ("goods", "33.65"),
        ("freight", "5.61"),
        ("insurance", "0.00"),
        ("customs value", "39.26"),
        ("duty", "0.00"),
        ("VAT at sale", "6.73"),
        ("import VAT", "0.00"),
    ]
    assert (gb["total"], gb["complete"]) == ("45.99", True)
    us = quotes["US"]
    assert us["duty_rate_source"].startswith("US HTS 2026 Rev. 10, 9617001000, general rate")
    assert us["complete"] is True
    assert quotes["DE"]["lines"][4]["basis"] == "at or below the duty de minimis 150 EUR"
    # above the threshold, DE has no shipped duty data and no seller rate: said, not guessed
    big = client.get(URL, headers=auth(viewer), params={"quantity": "100"}).json()
    de = next(q for q in big["landed_cost"] if q["destination"] == "DE")
    assert (de["complete"], de["total"]) == (False, None)
    assert de["duty_rate_source"] == "no open per-code duty data shipped for this destination"
    assert session.scalar(select(func.count(AuditEntry.id))) == audits  # read only


def test_overview_is_authenticated_and_scoped(
    client: TestClient, session: Session, members: tuple[Member, Member]
) -> None:
    stranger = make_member(session, make_seller(session, slug="other"))
    assert client.get(URL).status_code == 401
    assert client.get(URL, headers=auth(stranger)).status_code == 404


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"quantity": "0"}, "quantity"),
        ({"quantity": "-3"}, "quantity"),
        ({"freight": "-1"}, "freight"),
        ({"freight": "0.1234567"}, "freight"),
        ({"insurance": "abc"}, "insurance"),
        ({"duty": ["GB"]}, "duty"),
        ({"duty": ["XX=4%"]}, "duty"),
        ({"duty": ["GB=four"]}, "duty_rates"),
    ],
)
def test_bad_inputs_are_422_naming_the_field(
    client: TestClient, members: tuple[Member, Member], params: dict[str, object], field: str
) -> None:
    _, viewer = members
    response = client.get(URL, headers=auth(viewer), params=params)
    assert response.status_code == 422
    assert field in response.text


def test_a_product_without_cost_or_code_says_what_is_missing(
    client: TestClient, session: Session, members: tuple[Member, Member]
) -> None:
    owner, viewer = members
    make_product(session, owner.actor, sku="NB-X-1", title="yoga mat", unit_cost=None)
    body = client.get("/api/v1/customs/products/NB-X-1/overview", headers=auth(viewer)).json()
    assert body["declared_code"] is None
    assert body["checks"] == []
    assert body["landed_cost"] == []
    assert len(body["problems"]) == 1
