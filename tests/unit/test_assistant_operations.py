"""The operations detectors (stock-out, excess, expansion, prices, listings, HS codes) on crafted
snapshots: pure, no database."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal

from globalsell.assistant import market, operations, operations_late
from globalsell.assistant.domain import (
    HsFacts,
    ListingFacts,
    PriceFacts,
    Profile,
    ProposalFacts,
    SalesFacts,
    Severity,
    ShipmentFacts,
    Snapshot,
    StockFacts,
    thresholds_for,
)
from globalsell.core import messages as msg
from globalsell.core.money import Money

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
T = thresholds_for(Profile())


def snap(**facts: object) -> Snapshot:
    return Snapshot(seller_id=1, now=NOW, products=(), **facts)  # type: ignore[arg-type]


def stock(**changes: object) -> StockFacts:
    base = StockFacts(
        sku="NB-KT-001",
        store="DE",
        country="DE",
        category="厨房用品>厨具",
        available=300,
        inbound=0,
        next_arrival=None,
        daily_demand=Decimal("5"),
        demand_source="velocity_30d",
        hub_available=1000,
        unit_cost=Decimal("20"),
        unit_value=Decimal("150"),
        oldest_days=40,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_a_sku_running_out_before_ocean_can_land_is_critical_with_an_air_proposal() -> None:
    # 50 units at 5/day: out in 10 days; ocean takes 35, nothing inbound
    [f] = operations.StockOutRisk().detect(snap(stock=(stock(available=50),)), T)
    assert (f.subject, f.severity) == ("stock:NB-KT-001@DE", Severity.CRITICAL)
    assert f.remedy is not None
    # air: (7 lead + 28 review) x 5/day - 50 on hand = 125 units
    assert f.remedy.payload["shipments"] == [
        {
            "sku": "NB-KT-001",
            "from": "origin_hub",
            "to_country": "DE",
            "mode": "air",
            "units": 125,
            "ship_by_week": 0,
            "cost": "0",
        }
    ]
    assert f.remedy.title == "Send 125 units of NB-KT-001 by air to DE"
    # no gap: 35 + 28 - 10 = 53 days lost waiting for a review and ocean, x 5/day x 150
    assert f.impact == Money.of("39750.00", "CNY")
    assert f.evidence["days_to_stockout"] == "10"


def test_a_stock_out_an_ocean_shipment_still_prevents_is_a_warning_by_ocean() -> None:
    # 200 units: out in 40 days (>= 35 ocean, < 35 + 14 slack)
    [f] = operations.StockOutRisk().detect(snap(stock=(stock(available=200),)), T)
    assert f.severity is Severity.WARNING
    assert f.remedy is not None
    assert f.remedy.payload["shipments"][0]["mode"] == "ocean"
    assert f.remedy.payload["shipments"][0]["units"] == 5 * (35 + 28) - 200


def test_inbound_that_lands_in_time_keeps_a_sku_healthy() -> None:
    healthy = stock(available=60, inbound=400, next_arrival=date(2026, 12, 1))
    assert operations.StockOutRisk().detect(snap(stock=(healthy,)), T) == []
    plenty = stock(available=400)
    assert operations.StockOutRisk().detect(snap(stock=(plenty,)), T) == []
    unsold = stock(available=1, daily_demand=Decimal(0))
    assert operations.StockOutRisk().detect(snap(stock=(unsold,)), T) == []


def test_inbound_landing_after_the_shelf_empties_is_a_gap() -> None:
    # 20 units last 4 days; the inbound of 100 lands on day 20 (too late), air lands on day 7
    late = stock(available=20, inbound=100, next_arrival=date(2026, 12, 15))
    [f] = operations.StockOutRisk().detect(snap(stock=(late,)), T)
    assert f.severity is Severity.CRITICAL
    assert "(too late)" in f.reason
    assert f.remedy is not None
    # bridge the shelf from the air landing (day 7) until the inbound lands (day 20)
    assert f.remedy.payload["shipments"][0]["units"] == 5 * (20 - 7)
    # the gap is 20 - 4 = 16 days x 5/day x 150
    assert f.impact == Money.of("12000.00", "CNY")


def test_an_empty_shelf_nothing_can_refill_sooner_is_still_the_most_urgent() -> None:
    soon = stock(available=0, inbound=400, next_arrival=date(2026, 11, 28))
    [f] = operations.StockOutRisk().detect(snap(stock=(soon,)), T)
    assert (f.severity, f.remedy, f.impact) == (Severity.CRITICAL, None, None)
    assert f.impact_note == "not counted: about 15 units of sales are lost whatever is done now"


def test_an_empty_hub_means_reorder_not_a_shipment() -> None:
    [f] = operations.StockOutRisk().detect(snap(stock=(stock(available=50, hub_available=0),)), T)
    assert f.remedy is None
    assert f.reason.endswith("The hub has no stock to send: reorder from the factory.")


def test_excess_and_ageing_stock() -> None:
    over = stock(available=1200, daily_demand=Decimal("2"))  # 600 days; target 180 -> 840 extra
    aged = stock(sku="OLD", available=100, daily_demand=Decimal("1"), oldest_days=400)
    fine = stock(sku="FINE", available=300, daily_demand=Decimal("5"))
    found = operations.ExcessStock().detect(snap(stock=(over, aged, fine)), T)
    assert [(f.subject, f.severity, f.evidence["excess_units"]) for f in found] == [
        ("stock:NB-KT-001@DE", Severity.INFO, 840),
        ("stock:OLD@DE", Severity.INFO, 0),
    ]
    assert found[0].impact == Money.of("16800.00", "CNY")  # 840 x 20 CNY tied up
    assert "waited 400 days" in found[1].reason


def sales(sku: str, store: str, units: int, listed: bool = True) -> SalesFacts:
    return SalesFacts(sku, store, "厨房用品", listed, units, Decimal("100"), Decimal("30"))


def test_expansion_estimates_from_similar_stores() -> None:
    rows = [sales(f"P{i}", "US", 100) for i in range(4)]
    rows += [sales(f"P{i}", "DE", 50) for i in range(4)]
    rows += [sales("STAR", "US", 60), sales("STAR", "DE", 0, listed=False)]
    rows += [sales("SLOW", "US", 10), sales("SLOW", "DE", 0, listed=False)]
    found = market.Expansion().detect(snap(sales=tuple(rows)), T)
    assert [(f.subject, f.evidence["estimated_units_30d"]) for f in found] == [
        ("expand:STAR@DE", 30)  # 60 x 50/100; SLOW's 5 is under the 10 a month bar
    ]
    assert found[0].impact == Money.of("2100.00", "CNY")  # 30 x (100 - 30)


def price(**changes: object) -> PriceFacts:
    base = PriceFacts(
        sku="NB-KT-001",
        store="JP",
        category="厨房用品",
        currency="JPY",
        price=Decimal("1980"),
        margin=Decimal("300"),
        margin_rate=Decimal("0.17"),
        floor=Decimal("0.10"),
        target_price=Decimal("2180"),
        target_margin_rate=Decimal("0.25"),
        competitor_low=None,
        competitive_price=None,
        units_30d=40,
        to_base=Decimal("0.048"),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_a_loss_after_a_fee_change_proposes_the_target_price() -> None:
    losing = price(margin=Decimal("-120"), margin_rate=Decimal("-0.07"))
    [f] = market.PriceCheck().detect(snap(prices=(losing,)), T)
    assert f.severity is Severity.CRITICAL
    assert f.remedy is not None
    assert (f.remedy.kind, f.remedy.payload["amount"], f.remedy.payload["currency"]) == (
        "pricing.price.set",
        "2180",
        "JPY",
    )
    assert f.remedy.payload["starts_at"] == NOW.isoformat()
    assert f.impact == Money.of("384.00", "CNY")  # (2180 - 1980) x 40 x 0.048
    assert f.reason.startswith("NB-KT-001 in JP at ¥1,980 loses ¥120 a unit")
    assert f.remedy.title == "Set the JP price of NB-KT-001: ¥1,980 → ¥2,180"
    assert f.remedy.title_message == msg.message(
        "assistant.title.price",
        store="JP",
        sku="NB-KT-001",
        before=msg.money(amount=Decimal("1980"), currency="JPY"),
        after=msg.money(amount=Decimal("2180"), currency="JPY"),
    )


def test_under_the_floor_is_a_warning_and_healthy_prices_pass() -> None:
    thin = price(margin=Decimal("100"), margin_rate=Decimal("0.05"))
    healthy = price(sku="OK")
    found = market.PriceCheck().detect(snap(prices=(thin, healthy)), T)
    assert [(f.subject, f.severity) for f in found] == [("price:NB-KT-001@JP", Severity.WARNING)]


def test_far_above_the_competitor_proposes_a_match_within_the_floor() -> None:
    high = price(competitor_low=Decimal("1600"), competitive_price=Decimal("1600"))
    [f] = market.PriceCheck().detect(snap(prices=(high,)), T)
    assert f.remedy is not None
    assert f.remedy.payload["amount"] == "1600"
    near = price(competitor_low=Decimal("1900"))  # 4% above: fine
    assert market.PriceCheck().detect(snap(prices=(near,)), T) == []
    floor_bound = price(competitor_low=Decimal("1000"))
    [g] = market.PriceCheck().detect(snap(prices=(floor_bound,)), T)
    assert g.remedy is None
    assert "would break the margin floor" in g.reason


def test_listing_issues_and_stale_translations() -> None:
    broken = ListingFacts(
        "A", "DE", None, "live", ("item_name: contains a banned character '!'",), (), ()
    )
    stale = ListingFacts("B", "JP", None, "approved", (), (), ("item_name",))
    fine = ListingFacts("C", "DE", None, "live", (), (), ())
    found = market.ListingIssues().detect(snap(listings=(broken, stale, fine)), T)
    assert [(f.subject, f.severity) for f in found] == [
        ("listing:A@DE", Severity.CRITICAL),
        ("listing:B@JP", Severity.WARNING),
    ]
    assert "banned character" in found[0].reason
    assert "source text changed after translation: item_name" in found[1].reason


def hs(**changes: object) -> HsFacts:
    base = HsFacts(
        sku="NB-KT-006",
        category="厨房用品",
        declared="3924100000",
        flags=(("zero_padded", "3924100000 is the subheading 392410 padded with zeros"),),
        suggested="3924104000",
        confidence=Decimal("0.82"),
        abstained=False,
        question=None,
        classification_id=7,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_a_flagged_declared_code_proposes_customs_code() -> None:
    [f] = operations.HsCodeCheck().detect(snap(hs=(hs(),)), T)
    assert (f.subject, f.severity) == ("hs:NB-KT-006", Severity.WARNING)
    assert f.remedy is not None
    assert f.remedy.payload == {"sku": "NB-KT-006", "code": "3924104000", "classification_id": 7}
    invalid = hs(flags=(("not_in_schedule", "x"),), confidence=Decimal("0.3"))
    [g] = operations.HsCodeCheck().detect(snap(hs=(invalid,)), T)
    assert (g.severity, g.remedy) == (Severity.CRITICAL, None)  # unsure: no code proposed


def test_no_second_hs_proposal_while_customs_has_one_open() -> None:
    open_one = ProposalFacts(
        3, "customs.classification.set", "x", "product:NB-KT-006", "proposed", NOW, "x"
    )
    [f] = operations.HsCodeCheck().detect(snap(hs=(hs(),), open_proposals=(open_one,)), T)
    assert f.remedy is None


def test_the_finding_cites_customs_open_proposal_not_a_newer_guess() -> None:
    """Customs owns the HS answer: with its proposal open, the finding names that code (not a
    later classification that disagrees) and sends the seller to the proposal."""
    open_one = ProposalFacts(
        9,
        "customs.classification.set",
        "x",
        "product:NB-KT-006",
        "proposed",
        NOW,
        "x",
        payload={"sku": "NB-KT-006", "code": "3924100010"},
    )
    newer = hs(suggested="7615107125")
    [f] = operations.HsCodeCheck().detect(snap(hs=(newer,), open_proposals=(open_one,)), T)
    assert (f.remedy, f.evidence["customs_code"]) == (None, "3924100010")
    assert f.reason.endswith(
        "Customs proposes 3924100010 (proposal #9); approve or reject it in the inbox."
    )


def test_clean_codes_pass_and_unsure_classifications_ask() -> None:
    clean = hs(flags=())
    unsure = hs(sku="X", declared=None, flags=(), confidence=Decimal("0.4"))
    found = operations.HsCodeCheck().detect(snap(hs=(clean, unsure)), T)
    assert [(f.subject, f.severity) for f in found] == [("hs:X", Severity.INFO)]


def test_velocity_bounds_keep_thin_histories_quiet() -> None:
    assert operations.velocity_bounds(0) == (Decimal(0), Decimal(1) / 30)
    assert operations.velocity_bounds(36) == (Decimal(30) / 30, Decimal(43) / 30)
    # 60 on hand, 9 sold in 30 days (0.3/day): 200 days at the point, but at the plausible high
    # end (9 + 3 + 1 = 13 a month) it is 138 days: not excess
    thin = stock(available=60, daily_demand=Decimal("0.3"), demand_high=Decimal(13) / 30)
    assert operations.ExcessStock().detect(snap(stock=(thin,)), T) == []
    # 20 on hand at 0.5/day is 40 days (a warning); at the low end, 0.3/day, it is 67 days
    noisy = stock(available=20, daily_demand=Decimal("0.5"), demand_low=Decimal("0.3"))
    assert operations.StockOutRisk().detect(snap(stock=(noisy,)), T) == []
    certain = replace(noisy, demand_low=Decimal("0.45"))
    assert [f.severity for f in operations.StockOutRisk().detect(snap(stock=(certain,)), T)] == [
        Severity.WARNING
    ]


def test_a_seller_who_ships_only_by_ocean_gets_ocean() -> None:
    ocean_only = replace(T, preferred_modes=("ocean",))
    [f] = operations.StockOutRisk().detect(snap(stock=(stock(available=50),)), ocean_only)
    assert f.severity is Severity.CRITICAL
    assert f.remedy is not None
    assert f.remedy.payload["shipments"][0]["mode"] == "ocean"
    assert f.remedy.payload["shipments"][0]["units"] == 5 * (35 + 28) - 50
    assert f.reason.endswith("Air is not among your preferred modes, so ocean is proposed.")


def shipment(**changes: object) -> ShipmentFacts:
    base = ShipmentFacts(
        code="SHP-1",
        destination="FBA-DE",
        status="departed_origin",
        modes="ocean",
        units=120,
        goods_value=Decimal("2400"),
        planned_arrival=date(2026, 12, 10),
        predicted_arrival=date(2026, 12, 10),
        need_by=date(2026, 12, 20),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_a_shipment_on_plan_and_in_time_is_not_flagged() -> None:
    assert operations_late.LateShipments().detect(snap(shipments=(shipment(),)), T) == []


def test_a_shipment_predicted_after_its_need_date_is_critical() -> None:
    late = shipment(predicted_arrival=date(2026, 12, 24), need_by=date(2026, 12, 20))
    [f] = operations_late.LateShipments().detect(snap(shipments=(late,)), T)
    assert (f.severity, f.subject) == (Severity.CRITICAL, "shipment:SHP-1")
    assert f.reason == (
        "Shipment SHP-1 (ocean, 120 units to FBA-DE, departed origin): predicted to land on "
        "2026-12-24, 4 day(s) after it is needed (2026-12-20); 14 day(s) behind the carrier's "
        "plan."
    )
    assert (f.impact, f.remedy) == (None, None)
    assert f.impact_note.endswith("goods on board 2400.00 CNY at unit cost")


def test_a_late_departure_exception_is_a_warning_with_its_evidence() -> None:
    held = shipment(
        status="booked",
        need_by=None,
        exceptions=(("late_departure", "not departed 4.0 days after the planned departure"),),
    )
    [f] = operations_late.LateShipments().detect(snap(shipments=(held,)), T)
    assert f.severity is Severity.WARNING
    assert f.reason.endswith("not departed 4.0 days after the planned departure.")
    assert f.evidence["exceptions"] == [
        ["late_departure", "not departed 4.0 days after the planned departure"]
    ]


def test_a_short_receipt_alone_is_not_a_late_shipment() -> None:
    short = shipment(exceptions=(("short_receipt", "2 unit(s) short"),))
    assert operations_late.LateShipments().detect(snap(shipments=(short,)), T) == []
