"""Cron expressions (`minute hour day-of-month month day-of-week`, each `*`, `*/n`, `a-b`,
`a,b` or a number; day-of-week 0 = Sunday) and the schedule slot a moment falls in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from globalsell.core.clock import ensure_aware
from globalsell.core.errors import ValidationFailed

_RANGES = ((0, 59), (0, 23), (1, 31), (1, 12), (0, 6))
_NAMES = ("minute", "hour", "day of month", "month", "day of week")


def _field(text: str, low: int, high: int, name: str) -> frozenset[int]:
    values: set[int] = set()
    for part in text.split(","):
        step = 1
        if "/" in part:
            part, step_text = part.split("/", 1)
            if not step_text.isdigit() or int(step_text) < 1:
                raise ValidationFailed(f"bad step in the {name} field: {text!r}", field="cron")
            step = int(step_text)
        if part == "*":
            start, end = low, high
        elif "-" in part:
            a, b = part.split("-", 1)
            if not (a.isdigit() and b.isdigit()):
                raise ValidationFailed(f"bad range in the {name} field: {text!r}", field="cron")
            start, end = int(a), int(b)
        elif part.isdigit():
            start = end = int(part)
        else:
            raise ValidationFailed(f"bad {name} field: {text!r}", field="cron")
        if not low <= start <= end <= high:
            raise ValidationFailed(f"{name} must be within {low}-{high}: {text!r}", field="cron")
        values.update(range(start, end + 1, step))
    return frozenset(values)


@dataclass(frozen=True, slots=True)
class Cron:
    expression: str
    minutes: frozenset[int]
    hours: frozenset[int]
    days: frozenset[int]
    months: frozenset[int]
    weekdays: frozenset[int]

    @classmethod
    def parse(cls, expression: str) -> Cron:
        parts = expression.split()
        if len(parts) != 5:
            raise ValidationFailed(
                "a cron expression has five fields: minute hour day month weekday", field="cron"
            )
        fields = [
            _field(p, lo, hi, n) for p, (lo, hi), n in zip(parts, _RANGES, _NAMES, strict=True)
        ]
        return cls(" ".join(parts), *fields)

    def _day_matches(self, day: datetime) -> bool:
        weekday = (day.weekday() + 1) % 7  # Python: Monday 0; cron: Sunday 0
        return day.month in self.months and day.day in self.days and weekday in self.weekdays

    def previous_fire(self, now: datetime, *, within_days: int = 366) -> datetime | None:
        """The latest moment at or before `now` (UTC, whole minutes) this schedule fires."""
        at = ensure_aware(now).replace(second=0, microsecond=0)
        day = at.replace(hour=0, minute=0)
        for back in range(within_days + 1):
            current = day - timedelta(days=back)
            if not self._day_matches(current):
                continue
            for hour in sorted(self.hours, reverse=True):
                for minute in sorted(self.minutes, reverse=True):
                    fire = current.replace(hour=hour, minute=minute)
                    if fire <= at:
                        return fire
        return None


def slot_key(fire: datetime) -> str:
    return ensure_aware(fire).astimezone(UTC).strftime("%Y-%m-%dT%H:%MZ")
