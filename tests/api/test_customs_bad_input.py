"""Bad input to the customs endpoints: a clear 422 naming the field, or an abstention with the
question that would decide it; never a 500 and never a confident answer to a non-product."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from globalsell.customs.service import NOT_A_PRODUCT
from tests.factories import Member, auth, make_member, make_seller

SHORT = (
    "What is the product, what is it made of and what is it used for? "
    "The description is too short to classify."
)


@pytest.fixture
def viewer(session: Session) -> Member:
    return make_member(session, make_seller(session))


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("cup", SHORT),
        ("杯", SHORT),
        ("🙂🙂🙂", SHORT),
        ("12345", SHORT),
        ("Lorem ipsum dolor sit amet", SHORT),
        ("please call me tomorrow about the invoice", NOT_A_PRODUCT),
        ("Hi, can you send me the price list today?", NOT_A_PRODUCT),
    ],
)
def test_vague_or_non_product_text_abstains_with_a_question(
    client: TestClient, viewer: Member, text: str, question: str
) -> None:
    response = client.post("/api/v1/customs/classify", headers=auth(viewer), json={"text": text})
    assert response.status_code == 200
    body = response.json()
    assert (body["abstained"], body["question"]) == (True, question)


def test_a_garment_title_not_saying_knitted_or_woven_is_asked_which_not_called_a_message(
    client: TestClient, viewer: Member
) -> None:
    # a poncho is a garment of the coat headings (ADR 0164); which chapter is the question
    text = "a women's poncho made of acrylic, wool, and nylon"
    response = client.post("/api/v1/customs/classify", headers=auth(viewer), json={"text": text})
    body = response.json()
    assert (body["abstained"], body["question"]) == (
        True,
        "Is it knitted or crocheted (chapter 61) or woven (chapter 62)? It could be 620240 "
        "(Coats; women's or girls', overcoats, raincoats, car-coats, c) or 610230.",
    )


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"text": ""}, "text"),
        ({"text": "x" * 2001}, "text"),
        ({"text": "steel\x07flask"}, "text"),
        ({"text": "steel flask", "top_k": 0}, "top_k"),
        ({"text": "steel flask", "top_k": 11}, "top_k"),
        ({"material": "steel"}, "text"),
    ],
)
def test_bad_classify_requests_are_422(
    client: TestClient, viewer: Member, body: dict[str, object], field: str
) -> None:
    response = client.post("/api/v1/customs/classify", headers=auth(viewer), json=body)
    assert response.status_code == 422
    assert field in response.text


GOOD = {"goods_value": "100", "currency": "USD", "hs_code": "961700"}


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"goods_value": "-5"}, "goods_value"),
        ({"goods_value": "0"}, "goods_value"),
        ({"goods_value": None}, "goods_value"),
        ({"currency": "XXY"}, "currency"),
        ({"hs_code": "abcdef"}, "hs_code"),
        ({"hs_code": "999999"}, "hs_code"),
        ({"hs_code": "96"}, "hs_code"),
        ({"freight": "-1"}, "freight"),
        ({"insurance": "-0.01"}, "insurance"),
        ({"quantity": "0"}, "quantity"),
        ({"destinations": ["XX"]}, "destinations"),
        ({"destinations": []}, "destinations"),
        ({"fx_rates": {"GBP": "-1"}, "destinations": ["GB"]}, "fx_rates"),
        ({"duty_rates": {"GB": "lots"}, "fx_rates": {"GBP": "0.8"}}, "duty_rates"),
    ],
)
def test_bad_landed_cost_requests_are_422_naming_the_field(
    client: TestClient, viewer: Member, change: dict[str, object], field: str
) -> None:
    body = {**GOOD, **change}
    response = client.post("/api/v1/customs/landed-cost", headers=auth(viewer), json=body)
    assert response.status_code == 422, response.text
    assert field in response.text
