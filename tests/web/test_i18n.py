"""The dashboard in 简体中文 and English: every marked string has a Chinese translation, the
language follows the user's stored choice (else the browser), and no page shows an audit name
(`user:1`), a dotted engine code or a storage-padded number, in either language."""

from __future__ import annotations

import re
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.pofile import read_po
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from globalsell.accounts.models import User
from globalsell.approvals import service as approvals
from globalsell.bootstrap import Runtime
from globalsell.catalog import service as catalog
from globalsell.catalog.domain import Provenance
from globalsell.core.actor import Role
from globalsell.core.audit import AuditEntry
from globalsell.pricing import changes as price_changes
from globalsell.web import i18n
from tests import factories
from tests.factories import AT, Member
from tests.web.scan import leaks
from tests.web.test_pages import csrf_of, open_page, sign_in

WEB = Path(i18n.__file__).parent
CATALOGUE = WEB / "locale" / "zh_CN" / "LC_MESSAGES" / "messages.po"
PLACEHOLDER = re.compile(r"%\([a-z_]+\)s|%%")
NAVIGATION = (
    "/",
    "/approvals",
    "/approvals?status=applied",
    "/sales",
    "/products",
    "/inventory",
    "/forecasts",
    "/plan",
    "/shipments",
    "/assistant",
)
ZH = {"accept-language": "zh-CN,zh;q=0.9,en;q=0.8"}
EN = {"accept-language": "en-GB,en;q=0.9"}


def extracted() -> set[str]:
    """Every message marked in the web package's templates and Python code (a plural one by its
    singular), with the keywords `make messages` extracts."""
    found = extract_from_dir(
        str(WEB),
        method_map=[("**.py", "python"), ("templates/**.html", "jinja2")],
        options_map={"templates/**.html": {"extensions": "jinja2.ext.i18n"}},
        keywords={**DEFAULT_KEYWORDS, "Nn_": (1, 2)},
    )
    ids: set[str] = set()
    for _file, _line, message, _comments, _context in found:
        ids.add(message if isinstance(message, str) else message[0])
    return ids


def catalogue() -> dict[str, str]:
    """msgid -> msgstr; a plural message by its singular, with its one Chinese form."""
    with CATALOGUE.open("rb") as handle:
        return {
            m.id if isinstance(m.id, str) else m.id[0]: m.string
            if isinstance(m.string, str)
            else m.string[0]
            for m in read_po(handle)
            if m.id
        }


def test_every_marked_string_has_a_chinese_translation() -> None:
    zh = catalogue()
    missing = sorted(m for m in extracted() if not zh.get(m))

    assert missing == []
    assert zh["%(n)s day"] == "%(n)s 天"  # a plural message is checked too


def test_translations_keep_every_placeholder() -> None:
    broken = [
        msgid
        for msgid, msgstr in catalogue().items()
        if sorted(PLACEHOLDER.findall(msgid)) != sorted(PLACEHOLDER.findall(msgstr))
    ]

    assert broken == []


@pytest.mark.parametrize(
    ("header", "locale"),
    [
        ("zh-CN,zh;q=0.9,en;q=0.8", "zh_CN"),
        ("zh-TW", "zh_CN"),
        ("en-US,en;q=0.9", "en"),
        ("fr-FR,en;q=0.5,zh;q=0.8", "zh_CN"),
        ("de-DE", "en"),
        ("zh;q=0, en", "en"),
        ("", "en"),
        (None, "en"),
        ("zh;q=abc", "en"),
    ],
)
def test_the_browser_language_is_negotiated(header: str | None, locale: str) -> None:
    assert i18n.negotiate(header) == locale


# ------------------------------------------------------------------ pages


@pytest.fixture
def owner(session: Session) -> Member:
    seller = factories.make_seller(session, name="宁波宁谷贸易")
    return factories.make_member(session, seller, Role.OWNER)


@pytest.fixture
def proposals(session: Session, runtime: Runtime, owner: Member) -> list[int]:
    """A cost edit, a first price and a price move waiting for approval, one applied edit."""
    mug = factories.make_product(session, owner.actor, sku="MUG-500", unit_cost="23.50")
    cost = factories.propose_cost_change(session, runtime.registry, owner.actor, mug, "21.00")
    kettle = factories.make_priced_product(session, owner.actor, sku="KETTLE-1")
    session.expire_all()  # the product's attributes were added after it was loaded
    first = price_changes.propose_price(
        session, registry=runtime.registry, sku=kettle.sku, store="UK", actor=owner.actor, now=AT
    )
    approvals.approve_and_apply(
        session,
        registry=runtime.registry,
        change_id=first.id,
        seen_fingerprint=approvals.fingerprint_of(first),
        actor=owner.actor,
        now=AT,
        ttl=timedelta(days=1),
    )
    move = price_changes.propose_price(
        session,
        registry=runtime.registry,
        sku=kettle.sku,
        store="UK",
        actor=owner.actor,
        now=AT + timedelta(days=2),
        price=Decimal(first.payload["amount"]) * 2,
        reason="a test move",
    )
    return [cost.id, first.id, move.id]


@pytest.mark.parametrize(("headers", "lang"), [(EN, "en"), (ZH, "zh-CN")])
def test_every_page_in_both_languages_shows_no_codes_or_padded_numbers(
    client: TestClient, owner: Member, proposals: list[int], headers: dict[str, str], lang: str
) -> None:
    client.headers.update(headers)
    sign_in(client, owner)
    urls = [
        *NAVIGATION,
        *(f"/approvals/{n}" for n in proposals),
        "/products/MUG-500",
        "/products/KETTLE-1",
        "/products/KETTLE-1/pricing",
        "/settings",
    ]

    found = {}
    for url in urls:
        html = client.get(url).text
        assert f'<html lang="{lang}">' in html, url
        if leaked := leaks(html):
            found[url] = leaked

    assert found == {}


def test_a_chinese_browser_gets_chinese_and_an_english_one_english(
    client: TestClient, owner: Member
) -> None:
    client.headers.update(ZH)
    sign_in(client, owner)
    nav = [a.text() for a in open_page(client, "/approvals").by_id("mainnav").find_all("a")]
    client.headers.update(EN)
    english = [a.text() for a in open_page(client, "/approvals").by_id("mainnav").find_all("a")]

    assert nav[:3] == ["今日", "待审批", "销售"]
    assert english[:3] == ["Today", "Approvals", "Sales"]


def test_the_chosen_language_is_stored_and_beats_the_browser(
    client: TestClient, session: Session, owner: Member
) -> None:
    client.headers.update(EN)
    sign_in(client, owner)
    page = open_page(client, "/approvals")

    response = client.post(
        "/language",
        data={"locale": "zh_CN", "next": "/approvals", "csrf_token": csrf_of(page)},
        follow_redirects=False,
    )

    assert (response.status_code, response.headers["location"]) == (303, "/approvals")
    session.expire_all()
    assert session.get(User, owner.user.id).locale == "zh_CN"  # type: ignore[union-attr]
    entry = session.scalars(
        select(AuditEntry).where(AuditEntry.action == "accounts.user.language_set")
    ).one()
    assert entry.data == {"before": None, "after": "zh_CN"}
    assert open_page(client, "/approvals").by_id("mainnav").find_all("a")[1].text() == "待审批"


def test_an_unknown_language_is_refused_and_nothing_is_stored(
    client: TestClient, session: Session, owner: Member
) -> None:
    sign_in(client, owner)
    page = open_page(client, "/approvals")

    response = client.post(
        "/language",
        data={"locale": "xx", "next": "/", "csrf_token": csrf_of(page)},
        follow_redirects=False,
    )

    assert response.status_code == 422
    session.expire_all()
    assert session.get(User, owner.user.id).locale is None  # type: ignore[union-attr]


def test_choosing_a_language_needs_a_login_and_the_csrf_token(
    client: TestClient, session: Session, owner: Member
) -> None:
    anonymous = client.post("/language", data={"locale": "zh_CN"}, follow_redirects=False)
    sign_in(client, owner)
    forged = client.post(
        "/language", data={"locale": "zh_CN", "csrf_token": "x" * 43}, follow_redirects=False
    )

    assert anonymous.status_code == 303
    assert anonymous.headers["location"].startswith("/login")
    assert forged.status_code == 403
    session.expire_all()
    assert session.get(User, owner.user.id).locale is None  # type: ignore[union-attr]


def test_a_chinese_product_page_shows_dimensions_and_units_in_chinese(
    client: TestClient, session: Session, owner: Member
) -> None:
    factories.make_product(session, owner.actor, sku="BOX-1", title="保鲜盒")
    catalog.set_attribute(
        session,
        actor=owner.actor,
        sku="BOX-1",
        name="item_dimensions",
        value={"length": 32, "width": 9, "height": 4},
        unit="centimeters",
        language=None,
        marketplace=None,
        provenance=Provenance.SELLER,
        confidence=None,
        source="test",
        now=AT,
    )
    client.headers.update(ZH)
    sign_in(client, owner)

    rows = open_page(client, "/products/BOX-1").table("attributes")

    assert rows[1][:3] == ["尺寸", "32 × 9 × 4", "厘米"]


def test_a_price_move_is_titled_before_and_after_in_both_languages(
    client: TestClient, session: Session, owner: Member, proposals: list[int]
) -> None:
    move = approvals.get_change(session, change_id=proposals[2], actor=owner.actor)
    after = Decimal(move.payload["amount"])
    before, pounds = after / 2, f"£{after:,.2f}"
    sign_in(client, owner)
    client.headers.update(EN)
    english = open_page(client, f"/approvals/{move.id}").text("change-title")
    client.headers.update(ZH)
    chinese = open_page(client, f"/approvals/{move.id}").text("change-title")

    assert english == f"Regular price of KETTLE-1 in UK: £{before:,.2f} → {pounds}"
    assert chinese == f"KETTLE-1 在 UK 的常规价：£{before:,.2f} → {pounds}"
