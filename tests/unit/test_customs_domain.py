"""Pure customs rules: codes, material words, evaluation scoring, landed cost."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from globalsell.core.money import Money
from globalsell.customs import domain
from globalsell.customs.destinations import destinations
from globalsell.customs.domain import ClassificationStatus


def test_codes_are_normalised_or_refused() -> None:
    assert domain.normalise_code("9617.00.1000") == "9617001000"
    assert domain.normalise_code("9617 00") == "961700"
    assert domain.normalise_code("96170") is None
    assert domain.normalise_code("abc") is None
    assert domain.normalise_code("") is None


def test_status_transitions() -> None:
    assert domain.can_move(ClassificationStatus.PROPOSED, ClassificationStatus.ACCEPTED)
    assert not domain.can_move(ClassificationStatus.SUPERSEDED, ClassificationStatus.ACCEPTED)


def test_material_words_map_to_chapters() -> None:
    assert domain.material_chapters("Silicone rubber mat") == {"40", "39"}
    assert domain.material_chapters("a thing") == set()


def test_eval_tally_counts_any_gold_code_and_levels() -> None:
    tally = domain.EvalTally()
    tally.add(["4419120000", "4419900000"], ["4419120000"], abstained=False)
    tally.add(["6110200000", "6109100012"], ["6109100004", "6109100012"], abstained=True)
    tally.add([], ["73043900"], abstained=True)
    report = tally.report()
    assert report["n"] == 3
    assert report["abstained"] == 0.6667
    assert report["top1"] == {"2": 0.6667, "4": 0.3333, "6": 0.3333, "8": 0.3333, "10": 0.5}
    assert report["top3"] == {"2": 0.6667, "4": 0.6667, "6": 0.6667, "8": 0.6667, "10": 1.0}
    assert report["top1_answered"] == {"2": 1.0, "4": 1.0, "6": 1.0, "8": 1.0, "10": 1.0}


@given(
    st.lists(st.from_regex(r"[0-9]{10}", fullmatch=True), max_size=6),
    st.lists(st.from_regex(r"[0-9]{10}", fullmatch=True), min_size=1, max_size=3),
    st.sampled_from(domain.LEVELS),
)
def test_top3_never_below_top1_and_shorter_prefixes_hit_more(
    predicted: list[str], gold: list[str], level: int
) -> None:
    assert domain.hits_at(predicted, gold, level, 3) >= domain.hits_at(predicted, gold, level, 1)
    if level > 2:
        assert domain.hits_at(predicted, gold, 2, 1) >= domain.hits_at(predicted, gold, level, 1)


def test_us_rates_are_parsed_or_refused() -> None:
    assert domain.parse_us_rate("Free").is_free  # type: ignore[union-attr]
    assert domain.parse_us_rate("7.2%") == domain.DutyRate(ad_valorem=Decimal("7.2"), text="7.2%")
    rate = domain.parse_us_rate("2.5¢/kg + 3%")
    assert rate is not None
    assert (rate.ad_valorem, rate.specific, rate.specific_unit) == (
        Decimal(3),
        Decimal("0.025"),
        "kg",
    )
    assert domain.parse_us_rate("") is None
    assert domain.parse_us_rate("The rate applicable to the article 5") is None


def test_eu_landed_cost_charges_vat_on_cif_plus_duty() -> None:
    de = destinations()["DE"]
    quote = domain.landed_cost(
        de,
        goods=Money.of("1000", "EUR"),
        freight=Money.of("100", "EUR"),
        insurance=Money.of("10", "EUR"),
        duty=domain.DutyRate(ad_valorem=Decimal("4"), text="4%"),
        duty_source="seller-supplied rate",
    )
    amounts = {line.label: line.amount for line in quote.lines}
    assert amounts["customs value"] == Money.of("1110.00", "EUR")
    assert amounts["duty"] == Money.of("44.40", "EUR")
    assert amounts["import VAT"] == Money.of("219.34", "EUR")  # 19% of 1154.40
    assert quote.total == Money.of("1373.74", "EUR")
    assert quote.complete


def test_uk_low_value_goods_pay_vat_at_sale_and_no_duty() -> None:
    quote = domain.landed_cost(
        destinations()["GB"],
        goods=Money.of("100", "GBP"),
        freight=Money.of("10", "GBP"),
        insurance=Money.zero("GBP"),
        duty=None,
        duty_source="none",
    )
    amounts = {line.label: line.amount for line in quote.lines}
    assert amounts["duty"] == Money.zero("GBP")
    assert amounts["VAT at sale"] == Money.of("20.00", "GBP")
    assert amounts["import VAT"] == Money.zero("GBP")
    assert quote.total == Money.of("130.00", "GBP")


def test_missing_duty_makes_the_quote_incomplete_not_guessed() -> None:
    quote = domain.landed_cost(
        destinations()["JP"],
        goods=Money.of("50000", "JPY"),
        freight=Money.zero("JPY"),
        insurance=Money.zero("JPY"),
        duty=None,
        duty_source="none",
    )
    assert not quote.complete
    assert quote.total is None
    assert quote.warnings == [
        "duty rate unknown for this code and destination: give it to complete the quote"
    ]


def test_us_has_no_de_minimis_and_rounds_duty_up() -> None:
    quote = domain.landed_cost(
        destinations()["US"],
        goods=Money.of("10.01", "USD"),
        freight=Money.of("5", "USD"),
        insurance=Money.zero("USD"),
        duty=domain.DutyRate(ad_valorem=Decimal("7.2"), text="7.2%"),
        duty_source="US HTS",
    )
    amounts = {line.label: line.amount for line in quote.lines}
    assert amounts["customs value"] == Money.of("10.01", "USD")  # FOB: freight not dutiable
    assert amounts["duty"] == Money.of("0.73", "USD")  # 0.72072 rounded up
    assert quote.total == Money.of("15.74", "USD")


def test_negative_amounts_are_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        domain.landed_cost(
            destinations()["US"],
            goods=Money.of("-1", "USD"),
            freight=Money.zero("USD"),
            insurance=Money.zero("USD"),
            duty=None,
            duty_source="",
        )


@given(
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal("100000"), places=2),
    st.decimals(min_value=Decimal("0"), max_value=Decimal("1000"), places=2),
    st.decimals(min_value=Decimal("0"), max_value=Decimal("30"), places=1),
    st.sampled_from(["US", "GB", "DE", "JP", "AU", "CA"]),
)
def test_landed_cost_is_never_below_what_was_paid(
    goods: Decimal, freight: Decimal, rate: Decimal, dest: str
) -> None:
    rules = destinations()[dest]
    paid = Money.of(goods, rules.currency).quantize(domain.Rounding.HALF_UP)
    carriage = Money.of(freight, rules.currency).quantize(domain.Rounding.HALF_UP)
    quote = domain.landed_cost(
        rules,
        goods=paid,
        freight=carriage,
        insurance=Money.zero(rules.currency),
        duty=domain.DutyRate(ad_valorem=rate, text=f"{rate}%"),
        duty_source="test",
    )
    assert quote.total is not None
    assert quote.total >= paid + carriage
    assert all(line.amount is not None and line.amount.amount >= 0 for line in quote.lines)


def test_six_destinations_with_sources_and_dates() -> None:
    rules = destinations()
    assert sorted(rules) == ["AU", "CA", "DE", "GB", "JP", "US"]
    for rule in rules.values():
        assert rule.sources
        assert len(rule.as_of) == 10
