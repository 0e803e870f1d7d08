"""Finer periods are read, never dropped to a coarser one; a qualifier left unread makes no
period (the caller asks back)."""

from __future__ import annotations

from datetime import date

import pytest

from globalsell.assistant.periods import find_period, unparsed_time

SUNDAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("上周五日本站卖了几单", date(2026, 11, 27), date(2026, 11, 27)),
        ("这周三美国站订单", date(2026, 12, 2), date(2026, 12, 2)),
        ("how many orders on wednesday", date(2026, 12, 2), date(2026, 12, 2)),
        ("last friday sales", date(2026, 12, 4), date(2026, 12, 4)),
        ("周一以来卖了多少", date(2026, 11, 30), SUNDAY),
        ("上周一共卖了多少", date(2026, 11, 23), date(2026, 11, 29)),
        ("这周日本站卖了多少", date(2026, 11, 30), SUNDAY),
        ("上周末卖了多少单", date(2026, 11, 28), date(2026, 11, 29)),
        ("last weekend orders", date(2026, 11, 28), date(2026, 11, 29)),
        ("sales over the past fortnight", date(2026, 11, 23), SUNDAY),
        ("how many units did we sell in 2025", date(2025, 1, 1), date(2025, 12, 31)),
        ("H1 revenue", date(2026, 1, 1), date(2026, 6, 30)),
        ("去年上半年卖了多少", date(2025, 1, 1), date(2025, 6, 30)),
        ("the first week of november", date(2026, 11, 1), date(2026, 11, 7)),
        ("上个月最后一周", date(2026, 11, 24), date(2026, 11, 30)),
        ("11月下旬", date(2026, 11, 21), date(2026, 11, 30)),
        ("网一卖了多少", date(2026, 11, 30), date(2026, 11, 30)),
        ("orders on the 3rd", date(2026, 12, 3), date(2026, 12, 3)),
        ("上个月去年同期", date(2025, 11, 1), date(2025, 11, 30)),
        ("黑色星期五以来德国的营业额", date(2026, 11, 27), SUNDAY),
        ("sales between nov 1 and nov 15", date(2026, 11, 1), date(2026, 11, 15)),
        ("11月1日到15日卖了多少", date(2026, 11, 1), date(2026, 11, 15)),
        ("from black friday to cyber monday", date(2026, 11, 27), date(2026, 11, 30)),
        ("what did I sell on 11/11", date(2026, 11, 11), date(2026, 11, 11)),
        ("orders on 28/11", date(2026, 11, 28), date(2026, 11, 28)),
        ("november 2025", date(2025, 11, 1), date(2025, 11, 30)),
        ("Q3 2025", date(2025, 7, 1), date(2025, 9, 30)),
        ("sales the day after black friday", date(2026, 11, 28), date(2026, 11, 28)),
        ("上上周卖了多少单", date(2026, 11, 16), date(2026, 11, 22)),
        ("大前天卖了多少", date(2026, 12, 3), date(2026, 12, 3)),
        ("sales in december last year", date(2025, 12, 1), date(2025, 12, 31)),
        ("今年二月份的销售额", date(2026, 2, 1), date(2026, 2, 28)),
        ("orders on christmas day last year", date(2025, 12, 25), date(2025, 12, 25)),
        ("since 11/11 how many orders", date(2026, 11, 11), SUNDAY),
        ("month to date revenue", date(2026, 12, 1), SUNDAY),
        ("sales in dollars last week in the US", date(2026, 11, 23), date(2026, 11, 29)),
    ],
)
def test_finer_periods_are_read(text: str, start: date, end: date) -> None:
    period = find_period(text.lower(), SUNDAY)
    assert period is not None
    assert (period.start, period.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("去年同期的销量", "去年同期"),
        ("this year vs 2025", "2025"),
        ("sales on 3/12", "3/12"),
        ("orders on nov 3 and nov 5", "nov 3"),
        ("how many kettles did we sell recently", "recently"),
        ("sales on fridays", "fridays"),
        ("prime day sales", "prime day"),
        ("orders over the thanksgiving weekend", "thanksgiving"),
        ("last 24 hours orders", "hours"),
    ],
)
def test_an_unread_qualifier_makes_no_period(text: str, word: str) -> None:
    assert find_period(text, SUNDAY) is None
    assert unparsed_time(text) == word
