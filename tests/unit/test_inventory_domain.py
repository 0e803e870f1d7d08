"""Pure inventory rules, with hypothesis for the invariants: balances never go below zero or
below what is reserved, the pool sums exactly, more stock never worsens a promise or adds a
stock-out day."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from globalsell.inventory.domain import (
    Balance,
    Bucket,
    DeliveryPromise,
    LocationKind,
    MoveLine,
    MoveReason,
    PoolPosition,
    apply_to_balance,
    check_move,
    pool_totals,
    promise_for,
    stockout_calendar,
)

START = date(2026, 11, 1)
END = date(2026, 11, 10)

steps = st.lists(
    st.tuples(st.sampled_from(list(Bucket)), st.integers(min_value=-50, max_value=50)),
    max_size=40,
)


@given(reserved=st.integers(min_value=0, max_value=20), moves=steps)
def test_a_balance_never_goes_below_zero_or_below_reserved(
    reserved: int, moves: list[tuple[Bucket, int]]
) -> None:
    balance = Balance(on_hand=reserved, reserved=reserved, inbound=0)
    accepted = {Bucket.ON_HAND: reserved, Bucket.INBOUND: 0}
    for bucket, quantity in moves:
        before = (balance.on_hand, balance.inbound)
        refused = apply_step(balance, bucket, quantity)
        if refused:
            assert (balance.on_hand, balance.inbound) == before
        else:
            accepted[bucket] += quantity
        assert balance.on_hand >= balance.reserved >= 0
        assert balance.inbound >= 0
    assert (balance.on_hand, balance.inbound) == (
        accepted[Bucket.ON_HAND],
        accepted[Bucket.INBOUND],
    )


def apply_step(balance: Balance, bucket: Bucket, quantity: int) -> bool:
    return apply_to_balance(balance, bucket, quantity) is not None


def test_refusal_messages_name_the_limit() -> None:
    assert apply_to_balance(Balance(5, 0, 0), Bucket.ON_HAND, -6) == (
        "would take on hand below zero (5 on hand)"
    )
    assert apply_to_balance(Balance(5, 4, 0), Bucket.ON_HAND, -2) == (
        "would leave 3 on hand, below the 4 units reserved for orders"
    )
    assert apply_to_balance(Balance(0, 0, 2), Bucket.INBOUND, -3) == (
        "would take inbound below zero (2 inbound)"
    )


def test_each_reason_has_its_sign() -> None:
    assert check_move(0, MoveLine("A", "L1", 5, MoveReason.RECEIVED)) == []
    assert check_move(0, MoveLine("A", "L1", -5, MoveReason.COUNTED)) == []
    assert [str(e) for e in check_move(2, MoveLine("A", "L1", 5, MoveReason.DAMAGED))] == [
        "row 3, quantity: must be negative for reason damaged (got '5')"
    ]
    assert [str(e) for e in check_move(0, MoveLine("A", "L1", -1, MoveReason.TRANSFER_IN))] == [
        "row 1, quantity: must be positive for reason transfer_in (got '-1')"
    ]


positions = st.lists(
    st.builds(
        lambda sku, code, kind, country, on_hand, reserved, inbound: PoolPosition(
            sku, code, kind, country, on_hand, min(reserved, on_hand), inbound
        ),
        st.sampled_from(["A", "B", "C"]),
        st.sampled_from(["CN-NGB", "FBA-DE", "FBA-US", "FBA-FR", "SEA-1"]),
        st.sampled_from(list(LocationKind)),
        st.sampled_from(["CN", "DE", "US", "FR", "GB"]),
        st.integers(min_value=0, max_value=1000),
        st.integers(min_value=0, max_value=1000),
        st.integers(min_value=0, max_value=1000),
    ),
    max_size=30,
)


@given(positions)
def test_the_pool_sums_every_position_exactly(items: list[PoolPosition]) -> None:
    totals = {t.sku: t for t in pool_totals(items)}
    assert sorted(totals) == sorted({p.sku for p in items})
    for sku, total in totals.items():
        mine = [p for p in items if p.sku == sku]
        assert total.on_hand == sum(p.on_hand for p in mine)
        assert total.reserved == sum(p.reserved for p in mine)
        assert total.inbound == sum(p.inbound for p in mine)
        assert total.available == total.on_hand - total.reserved
        assert total.locations == len(mine)


@given(positions, st.integers(min_value=1, max_value=100), st.sampled_from(["DE", "FR", "US"]))
def test_more_stock_never_worsens_the_promise(
    items: list[PoolPosition], extra: int, country: str
) -> None:
    order = list(DeliveryPromise)
    neighbours = frozenset({"DE", "FR"}) - {country}
    before = promise_for(items, country=country, region_countries=neighbours)
    for index, p in enumerate(items):
        more = [*items]
        more[index] = PoolPosition(
            p.sku,
            p.location_code,
            p.location_kind,
            p.country,
            p.on_hand + extra,
            p.reserved,
            p.inbound,
        )
        after = promise_for(more, country=country, region_countries=neighbours)
        assert order.index(after) <= order.index(before)


changes = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=10 * 24 * 60 - 1), st.integers(min_value=-5, max_value=5)
    ),
    max_size=30,
)


def _at(minute: int) -> datetime:
    return datetime(2026, 11, 1, tzinfo=UTC) + timedelta(minutes=minute)


@given(st.integers(min_value=0, max_value=20), changes, st.integers(min_value=1, max_value=50))
def test_more_opening_stock_never_adds_a_stockout_day(
    opening: int, moves: list[tuple[int, int]], extra: int
) -> None:
    timed = [(_at(minute), delta) for minute, delta in moves]
    fewer = stockout_calendar(opening=opening + extra, changes=timed, start=START, end=END)
    more = stockout_calendar(opening=opening, changes=timed, start=START, end=END)
    assert set(fewer) <= set(more)
    assert all(START <= d <= END for d in more)


def test_a_stockout_day_is_one_that_touched_zero() -> None:
    timed = [(_at(3 * 24 * 60 + 14 * 60), -2), (_at(5 * 24 * 60 + 6 * 60), 4)]
    assert stockout_calendar(opening=2, changes=timed, start=START, end=END) == [
        date(2026, 11, 4),
        date(2026, 11, 5),
        date(2026, 11, 6),
    ]
    assert stockout_calendar(opening=0, changes=[], start=START, end=date(2026, 11, 2)) == [
        date(2026, 11, 1),
        date(2026, 11, 2),
    ]
