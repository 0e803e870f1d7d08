"""The assistant's dashboard page: findings ranked by money impact linking to their proposals,
a "check now" button for operators only, and the chat panel."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from globalsell.assistant.models import AssistantFinding, AssistantRun
from globalsell.core.actor import Role
from globalsell.web import assistant_views
from tests import factories
from tests.web.test_pages import csrf_of, open_page, sign_in


def test_check_now_lists_findings_and_links_the_proposal(
    client: TestClient, session: Session
) -> None:
    seller = factories.make_seller(session)
    owner = factories.make_member(session, seller)
    for i, cost in enumerate(["8", "10", "12", "9", "11"]):
        factories.make_product(session, owner.actor, sku=f"P-{i}", unit_cost=cost)
    factories.make_product(session, owner.actor, sku="SLIP-1", unit_cost="1050")
    sign_in(client, owner)
    page = open_page(client, "/assistant")
    assert not page.has_id("findings")
    response = client.post(
        "/assistant/run", data={"csrf_token": csrf_of(page)}, follow_redirects=False
    )
    assert (response.status_code, response.headers["location"]) == (303, "/assistant")
    page = open_page(client, "/assistant")
    rows = page.table("findings")
    assert rows[0] == ["#↑", "Severity", "Money at stake", "Finding", "Status"]
    assert rows[1][:3] == ["1", "Critical", "CN¥1,040.00"]
    assert rows[1][4].startswith("Change proposed #")
    assert page.flashes() == ["The assistant found 7 things and filed 1 proposals."]
    answer = client.post(
        "/assistant/ask", data={"csrf_token": csrf_of(page), "question": "我有多少个产品?"}
    )
    assert "你共有 6 个产品。" in answer.text
    assert "(7 findings; 1 linked to a proposal, 1 of them filed by this check)" in (
        client.get("/assistant").text
    )
    card = client.post(
        "/assistant/ask",
        data={"csrf_token": csrf_of(page), "question": "what is the unit cost of SLIP-1?"},
    )
    assert 'class="answer-card"' in card.text
    assert "Unit cost of SLIP-1: 1050.00 CNY</p>" in card.text
    assert '<a href="/products/SLIP-1">Open the page behind this answer</a>' in card.text
    later = open_page(client, "/assistant")
    history = later.text("history")
    assert "我有多少个产品?" in history
    assert "你共有 6 个产品。" in history
    assert "what is the unit cost of SLIP-1?" in history
    # every past answer is a card: its first line, its numbers and query folded, its page
    assert "Numbers, filters and query" in history
    assert "Query: catalogue unit_cost WHERE sku IN (SLIP-1)" in history
    assert "Open the page behind this answer" in history
    assert history.count("Unit cost of SLIP-1: 1050.00 CNY") == 1


def test_a_viewer_cannot_run_the_assistant(client: TestClient, session: Session) -> None:
    seller = factories.make_seller(session)
    viewer = factories.make_member(session, seller, Role.VIEWER)
    sign_in(client, viewer)
    page = open_page(client, "/assistant")
    assert "/assistant/run" not in page.forms()
    before = session.scalar(select(func.count(AssistantRun.id)))
    response = client.post("/assistant/run", data={"csrf_token": csrf_of(page)})
    assert response.status_code == 403
    assert session.scalar(select(func.count(AssistantRun.id))) == before
    forged = client.post("/assistant/run", data={"csrf_token": "forged"})
    assert forged.status_code in (400, 403)
    assert session.scalar(select(func.count(AssistantRun.id))) == before


def test_findings_filter_sort_export_and_link_to_their_fix(
    client: TestClient, session: Session
) -> None:
    seller = factories.make_seller(session)
    owner = factories.make_member(session, seller)
    for i, cost in enumerate(["8", "10", "12", "9", "11"]):
        factories.make_product(session, owner.actor, sku=f"P-{i}", unit_cost=cost)
    factories.make_product(session, owner.actor, sku="SLIP-1", unit_cost="1050")
    sign_in(client, owner)
    client.post("/assistant/run", data={"csrf_token": csrf_of(open_page(client, "/assistant"))})

    critical = open_page(client, "/assistant?severity=critical")
    warnings = open_page(client, "/assistant?severity=warning&sort=-rank")
    csv = client.get("/assistant/findings.csv?severity=critical")
    today = open_page(client, "/")

    assert [r[:3] for r in critical.table("findings")[1:]] == [["1", "Critical", "CN¥1,040.00"]]
    ranks = [int(r[0]) for r in warnings.table("findings")[1:]]
    assert ranks == sorted(ranks, reverse=True)
    assert len(ranks) == 6
    fixes = [a.attrs["href"] for a in warnings.by_id("findings").find_all("a")]
    assert "/products/SLIP-1/fix" in fixes
    assert csv.content.decode("utf-8-sig").splitlines()[0] == (
        "rank,severity,finding,reason,money_at_stake,currency,status,change_request"
    )
    assert csv.content.decode("utf-8-sig").splitlines()[1].startswith("1,Critical,")
    links = [a.attrs.get("href") for a in today.root.find_all("a")]
    assert "/products/P-0/fix" in links


def test_only_a_missing_weight_or_barcode_links_to_the_fix_page() -> None:
    def finding(missing: dict[str, list[str]]) -> AssistantFinding:
        return AssistantFinding(
            detector="catalog.completeness", evidence={"sku": "NB-CL-001", "missing": missing}
        )

    assert assistant_views.fix_link(finding({"NB-CL-001-BLK-M": ["dimensions"]})) is None
    assert assistant_views.fix_link(finding({"NB-CL-001-BLK-M": ["barcode (GTIN)"]})) == (
        "/products/NB-CL-001/fix"
    )
    assert assistant_views.fix_link(finding({"NB-CL-001": ["dimensions", "weight"]})) == (
        "/products/NB-CL-001/fix"
    )
    other = AssistantFinding(detector="pricing.margin", evidence={"sku": "NB-CL-001"})
    assert assistant_views.fix_link(other) is None
