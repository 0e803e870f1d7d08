"""The customs page of a product: candidates with reasons, the declared-code check per
destination and the landed cost for every destination; bad form input is said, never a 500."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from tests.factories import declare_hs_code, make_member, make_product, make_seller
from tests.web.test_pages import open_page, sign_in

URL = "/products/NB-VF-1/customs"


def _seed(client: TestClient, session: Session) -> None:
    owner = make_member(session, make_seller(session))
    product = make_product(
        session, owner.actor, sku="NB-VF-1", title="不锈钢保温杯 双层真空", unit_cost="30.00"
    )
    declare_hs_code(session, owner.actor, product, "9617000000")
    sign_in(client, owner)


def test_customs_page_shows_candidates_checks_and_every_destination(
    client: TestClient, session: Session
) -> None:
    _seed(client, session)
    open_page(client, f"{URL}?quantity=10&freight=50&duty_GB=2%25")
    html = client.get(f"{URL}?quantity=10&freight=50&duty_GB=2%25").text
    assert 'id="candidate-961700"' in html
    assert "matched words: flask, vacuum" in html
    assert (
        "9617000000 is the subheading 961700 padded with zeros; it is not a line of the "
        '<span translate="no">US HTS</span>' in html
    )
    assert 'cannot check 9617000000 against the <span translate="no">UK tariff</span>' in html
    for dest in ("US", "GB", "DE", "JP", "AU", "CA"):
        assert f'id="quote-{dest}"' in html
        assert f'id="check-{dest}"' in html
    assert '<span class="total" id="total-GB">£45.99</span>' in html
    assert "at or below the duty de minimis £135.00" in html
    assert 'value="2%"' in html
    assert "US HTS 2026 Rev. 10, 9617001000, general rate" in html
    assert client.get("/products/NB-VF-1").text.count('href="/products/NB-VF-1/customs"') == 1


def test_bad_form_input_is_explained_not_a_500(client: TestClient, session: Session) -> None:
    _seed(client, session)
    open_page(client, f"{URL}?quantity=-5&freight=abc&duty_DE=lots")
    html = client.get(f"{URL}?quantity=-5&freight=abc&duty_DE=lots").text
    assert "quantity: &#39;-5&#39; must be between 0 and" in html
    assert "freight: &#39;abc&#39; is not a number; 0 used" in html
    assert "seller duty rates ignored" in html
    assert 'id="quote-DE"' in html
    huge = client.get(f"{URL}?quantity=99999999999&freight=0.12345678&insurance=1e400").text
    assert "quantity: &#39;99999999999&#39; must be between 0 and 1000000; 100 used" in huge
    assert 'value="0.123457"' in huge
    assert "insurance: &#39;1e400&#39; must be between 0 and" in huge


def test_customs_page_needs_a_login_and_hides_other_sellers(
    client: TestClient, session: Session
) -> None:
    _seed(client, session)
    stranger = make_member(session, make_seller(session, slug="other"))
    client.cookies.clear()
    assert client.get(URL, follow_redirects=False).status_code == 303
    sign_in(client, stranger)
    assert client.get(URL, follow_redirects=False).status_code == 404
