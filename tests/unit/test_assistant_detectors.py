"""Assistant detectors and ranking on crafted snapshots (pure, no database)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from globalsell.assistant import detectors
from globalsell.assistant.domain import (
    Decision,
    DetectorRegistry,
    Finding,
    ItemFacts,
    ProductFacts,
    Profile,
    ProposalFacts,
    RiskAppetite,
    Severity,
    Snapshot,
    detector_of,
    learn,
    rank,
    thresholds_for,
)
from globalsell.core.money import Money

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
ALL = frozenset(detectors.LISTING_NEEDS)
T = thresholds_for(Profile())


def product(
    sku: str,
    *,
    cost: str | None = "10",
    currency: str = "CNY",
    category: str | None = "厨房用品>厨具",
    attrs: frozenset[str] = ALL,
    values: dict[str, object] | None = None,
    variants: list[tuple[str, str | None, frozenset[str]]] | None = None,
) -> ProductFacts:
    if variants:
        items = tuple(
            ItemFacts(v, sku, a, None if c is None else Decimal(c), currency)
            for v, c, a in variants
        )
    else:
        items = (ItemFacts(sku, None, attrs, None if cost is None else Decimal(cost), currency),)
    return ProductFacts(
        sku=sku,
        title=sku,
        category=category,
        unit_cost=None if cost is None or variants else Decimal(cost),
        cost_currency=currency,
        attributes={"country_of_origin": "CN", **(values or {})}
        if "country_of_origin" in attrs
        else dict(values or {}),
        items=items,
    )


def snap(*products: ProductFacts, proposals: tuple[ProposalFacts, ...] = ()) -> Snapshot:
    return Snapshot(seller_id=1, now=NOW, products=products, open_proposals=proposals)


def test_completeness_names_each_missing_field_per_buyable_item() -> None:
    given_ = snap(
        product("A", attrs=ALL - {"externally_assigned_product_identifier"}),
        product(
            "FAM",
            variants=[
                ("FAM-1", "5", ALL),
                ("FAM-2", "5", ALL - {"item_weight", "item_dimensions"}),
            ],
        ),
        product("OK"),
    )
    found = detectors.CatalogueCompleteness().detect(given_, T)
    assert [(f.subject, f.evidence["missing"]) for f in found] == [
        ("product:A", {"A": ["barcode (GTIN)"]}),
        ("product:FAM", {"FAM-2": ["weight", "dimensions"]}),
    ]
    assert [f.remedy for f in found] == [None, None]
    assert found[0].key == "assistant:catalog.completeness:product:A"
    assert found[0].impact is None


def test_a_missing_origin_is_derived_when_every_other_product_agrees() -> None:
    peers = [product(f"P{i}") for i in range(3)]
    lacking = product("NEW", attrs=ALL - {"country_of_origin"})
    found = detectors.CatalogueCompleteness().detect(snap(*peers, lacking), T)
    assert len(found) == 1
    remedy = found[0].remedy
    assert remedy is not None
    assert (remedy.kind, remedy.payload["value"], remedy.payload["provenance"]) == (
        "catalog.attribute.set",
        "CN",
        "derived",
    )
    # two peers are not enough to derive it
    assert detectors.CatalogueCompleteness().detect(snap(*peers[:2], lacking), T)[0].remedy is None


def test_a_decimal_slip_is_found_and_a_corrected_cost_proposed() -> None:
    peers = [product(f"P{i}", cost=c) for i, c in enumerate(["8", "10", "12", "9", "11"])]
    found = detectors.UnitCostOutlier().detect(snap(*peers, product("SLIP", cost="1050")), T)
    assert len(found) == 1
    f = found[0]
    assert (f.subject, f.severity, f.impact) == (
        "cost:SLIP",
        Severity.CRITICAL,
        Money.of("1040.00", "CNY"),
    )
    assert f.remedy is not None
    assert f.remedy.payload == {"sku": "SLIP", "changes": {"unit_cost": "10.5"}}


def test_normal_spread_and_other_currencies_are_not_outliers() -> None:
    peers = [product(f"P{i}", cost=c) for i, c in enumerate(["8", "10", "12", "9", "11", "30"])]
    usd = product("USD", cost="1.5", currency="USD")
    assert detectors.UnitCostOutlier().detect(snap(*peers, usd), T) == []


def test_a_variant_far_from_its_siblings_is_flagged_without_a_remedy() -> None:
    family = product(
        "FAM",
        variants=[
            ("FAM-S", "20", ALL),
            ("FAM-M", "22", ALL),
            ("FAM-L", "24", ALL),
            ("FAM-XL", "240", ALL),
        ],
    )
    found = detectors.UnitCostOutlier().detect(snap(family), T)
    assert [(f.subject, f.remedy) for f in found] == [("cost:FAM-XL", None)]


def test_stale_proposals_follow_the_threshold() -> None:
    old = ProposalFacts(
        1, "catalog.product.update", "x", "product:A", "proposed", NOW - timedelta(days=8), "u"
    )
    new = ProposalFacts(
        2, "catalog.product.update", "y", "product:B", "proposed", NOW - timedelta(days=2), "u"
    )
    found = detectors.StaleProposals().detect(snap(proposals=(old, new)), T)
    assert [(f.subject, f.evidence["age_days"]) for f in found] == [("change_request:1", 8)]
    cautious = thresholds_for(Profile(risk_appetite=RiskAppetite.LOW))
    assert len(detectors.StaleProposals().detect(snap(proposals=(old, new)), cautious)) == 1
    relaxed = thresholds_for(Profile(risk_appetite=RiskAppetite.HIGH))
    assert detectors.StaleProposals().detect(snap(proposals=(old, new)), relaxed) == []


def _finding(
    subject: str,
    amount: str | None,
    severity: Severity = Severity.WARNING,
    detector: str = "x.y",
    category: str = "A",
) -> Finding:
    return Finding(
        detector,
        subject,
        severity,
        "r",
        {"category": category},
        None if amount is None else Money.of(amount, "CNY"),
        "n",
    )


def test_rank_orders_by_money_then_severity_and_groups_duplicates() -> None:
    ranked = rank(
        [
            _finding("a", None, Severity.CRITICAL),
            _finding("b", "10"),
            _finding("c", "50"),
            _finding("b", "10", Severity.CRITICAL),
            _finding("d", None, Severity.INFO),
        ],
        profile=Profile(),
    )
    assert [(r.finding.subject, r.finding.severity, r.duplicates) for r in ranked] == [
        ("c", Severity.WARNING, 0),
        ("b", Severity.CRITICAL, 1),
        ("a", Severity.CRITICAL, 0),
        ("d", Severity.INFO, 0),
    ]


def test_an_empty_shelf_now_ranks_first_whatever_the_money() -> None:
    empty = Finding(
        "inventory.stockout",
        "stock:A@DE",
        Severity.CRITICAL,
        "r",
        {"category": "A", "stocked_out": True},
        None,
        "n",
    )
    ahead = Finding(
        "inventory.stockout",
        "stock:B@DE",
        Severity.CRITICAL,
        "r",
        {"category": "A", "stocked_out": False},
        Money.of("2900", "CNY"),
        "n",
    )
    quiet = Finding(  # an empty shelf that is only a warning keeps its money order
        "inventory.stockout",
        "stock:C@DE",
        Severity.WARNING,
        "r",
        {"category": "A", "stocked_out": True},
        None,
        "n",
    )
    ranked = rank(
        [_finding("c", "3800", Severity.CRITICAL), ahead, quiet, empty], profile=Profile()
    )
    assert [r.finding.subject for r in ranked] == ["stock:A@DE", "c", "stock:B@DE", "stock:C@DE"]


def test_the_sooner_stock_out_ranks_first_among_findings_alike_in_money() -> None:
    def ahead(subject: str, days: str | None) -> Finding:
        evidence: dict[str, object] = {"category": "A", "stocked_out": False}
        if days is not None:
            evidence["days_to_stockout"] = days
        return Finding("inventory.stockout", subject, Severity.WARNING, "r", evidence, None, "n")

    ranked = rank(
        [ahead("stock:A@US", "48"), ahead("stock:B@US", None), ahead("stock:C@US", "1.4")],
        profile=Profile(),
    )
    assert [r.finding.subject for r in ranked] == ["stock:C@US", "stock:A@US", "stock:B@US"]


def test_focus_categories_and_history_change_the_ranking() -> None:
    findings = [
        _finding("a", "10", detector="k.one", category="A"),
        _finding("b", "12", detector="k.two", category="B"),
    ]
    assert [r.finding.subject for r in rank(findings, profile=Profile())] == ["b", "a"]
    focused = Profile(categories=("A",))
    assert [r.finding.subject for r in rank(findings, profile=focused)] == ["a", "b"]
    history = learn([Decision("k.two", False, NOW)] * 3, now=NOW)
    assert [r.finding.subject for r in rank(findings, profile=Profile(), history=history)] == [
        "a",
        "b",
    ]


def test_a_kind_always_rejected_is_muted_and_comes_back_as_rejections_fade() -> None:
    rejections = [Decision("k", False, NOW - timedelta(days=1))] * 4
    assert learn(rejections, now=NOW)["k"].muted is True
    assert learn(rejections + [Decision("k", True, NOW)], now=NOW)["k"].muted is False
    later = NOW + timedelta(days=60)
    assert learn(rejections, now=later)["k"].muted is False


@given(st.lists(st.tuples(st.booleans(), st.integers(0, 400)), max_size=40))
def test_weights_stay_within_bounds(decisions: list[tuple[bool, int]]) -> None:
    history = learn(
        [Decision("k", ok, NOW - timedelta(days=age)) for ok, age in decisions], now=NOW
    )
    for kind in history.values():
        assert 0.5 <= kind.weight <= 1.5


def test_registry_refuses_duplicates_and_keys_name_their_detector() -> None:
    registry = DetectorRegistry()
    detectors.register(registry)
    assert registry.names() == [
        "approvals.stale",
        "catalog.completeness",
        "catalog.cost_outlier",
        "customs.hs_code",
        "inventory.excess",
        "inventory.stockout",
        "listings.expansion",
        "listings.issues",
        "logistics.late",
        "pricing.price",
    ]
    with pytest.raises(ValueError, match="registered already"):
        registry.register(detectors.StaleProposals())
    assert detector_of("assistant:customs.hs_code:hs:A") == "customs.hs_code"
    assert detector_of("other:x") is None
