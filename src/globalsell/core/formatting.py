"""How numbers, money and times are shown to a person: one place, used by every page (and open
to the CLI and the API's `display` fields). Pure: Babel's CLDR data in, text out, no I/O.

A `Display` carries the viewer's locale and the seller's time zone; every function takes the
values to show and that context, so a page never formats by hand (`"%.2f"`, `strftime`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from decimal import Decimal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale
from babel.core import get_global
from babel.dates import format_date as _babel_date
from babel.dates import format_datetime as _babel_datetime
from babel.numbers import format_currency, format_decimal, format_percent

from globalsell.core.money import is_currency, minor_units

EMPTY = "—"
LOCALES = ("en", "zh_CN")
DEFAULT_LOCALE = "en"
UTC = ZoneInfo("UTC")
CENT = Decimal("0.01")

# Countries spanning several zones: the zone of the capital or main business city. Single-zone
# countries take their only zone from CLDR; the seller can always set another zone.
_MAIN_ZONE = {
    "AR": "America/Argentina/Buenos_Aires",
    "AU": "Australia/Sydney",
    "BR": "America/Sao_Paulo",
    "CA": "America/Toronto",
    "CL": "America/Santiago",
    "CN": "Asia/Shanghai",
    "CY": "Asia/Nicosia",
    "DE": "Europe/Berlin",
    "ES": "Europe/Madrid",
    "ID": "Asia/Jakarta",
    "KZ": "Asia/Almaty",
    "MX": "America/Mexico_City",
    "MY": "Asia/Kuala_Lumpur",
    "NZ": "Pacific/Auckland",
    "PT": "Europe/Lisbon",
    "RU": "Europe/Moscow",
    "UA": "Europe/Kyiv",
    "US": "America/New_York",
}


def timezone_for_country(country: str | None) -> str:
    """The default time zone of a seller in `country` (ISO 3166 alpha-2); UTC when unknown."""
    code = (country or "").upper()
    if code == "UK":
        code = "GB"
    if code in _MAIN_ZONE:
        return _MAIN_ZONE[code]
    zones: list[str] = get_global("territory_zones").get(code, [])
    return zones[0] if len(zones) == 1 else "UTC"


def zone(name: str | None) -> tzinfo:
    """A time zone by IANA name; UTC for an empty or unknown name."""
    if not name:
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


@dataclass(frozen=True, slots=True)
class Display:
    """Who is looking: the locale (`en` or `zh_CN`), the seller's zone and home currency."""

    locale: str = DEFAULT_LOCALE
    timezone: str = "UTC"
    currency: str = "CNY"

    @property
    def babel_locale(self) -> Locale:
        return Locale.parse(self.locale)

    @property
    def tz(self) -> tzinfo:
        return zone(self.timezone)

    @property
    def is_chinese(self) -> bool:
        return self.locale.startswith("zh")


def money(amount: Decimal | float | int | None, currency: str | None, d: Display) -> str:
    """`¥3,781.50`, `€17.99`, `JP¥1,500`: the currency's symbol and minor units in the viewer's
    locale. Sub-minor amounts (a cost of 0.000123) keep their digits instead of showing 0.00."""
    if amount is None:
        return EMPTY
    value = Decimal(str(amount)) if not isinstance(amount, Decimal) else amount
    if not currency or not is_currency(currency):
        return f"{number(value, d)} {currency or ''}".rstrip()
    places = minor_units(currency)
    exponent = Decimal(1).scaleb(-places)
    if value != value.quantize(exponent):
        digits = min(-value.normalize().as_tuple().exponent, 8)  # type: ignore[operator]
        pattern = "¤#,##0." + "0" * places + "#" * max(digits - places, 0)
        return format_currency(
            value, currency, format=pattern, locale=d.babel_locale, currency_digits=False
        )
    return format_currency(value, currency, locale=d.babel_locale)


def number(value: Decimal | float | int | None, d: Display, *, digits: int | None = None) -> str:
    """A number with the locale's grouping: `12,345`, `1.5`; `digits` fixes the decimals."""
    if value is None:
        return EMPTY
    if digits is None:
        shown = Decimal(str(value)) if not isinstance(value, Decimal) else value
        shown = shown.normalize()
        if shown == shown.to_integral_value():
            shown = shown.quantize(Decimal(1))
        return format_decimal(shown, locale=d.babel_locale, decimal_quantization=False)
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return format_decimal(value, format=pattern, locale=d.babel_locale)


def percent(ratio: Decimal | float | None, d: Display, *, digits: int = 1) -> str:
    """A ratio as a percentage: 0.253 -> `25.3%`."""
    if ratio is None:
        return EMPTY
    pattern = "#,##0" + ("." + "0" * digits if digits else "") + "%"
    return format_percent(ratio, format=pattern, locale=d.babel_locale)


def signed_percent(ratio: Decimal | float | None, d: Display) -> str:
    """A change as `+12.5%` / `-3.0%`; `—` when there is nothing to compare with."""
    if ratio is None:
        return EMPTY
    text = percent(abs(Decimal(str(ratio))), d)
    return ("+" if ratio >= 0 else "-") + text


def local(at: datetime, d: Display) -> datetime:
    """An aware time in the seller's zone (a naive one is taken as UTC)."""
    aware = at if at.tzinfo is not None else at.replace(tzinfo=UTC)
    return aware.astimezone(d.tz)


def when(at: datetime | None, d: Display) -> str:
    """A moment in the seller's zone: `2026年12月6日 09:30` / `Dec 6, 2026, 09:30`."""
    if at is None:
        return EMPTY
    pattern = "y年M月d日 HH:mm" if d.is_chinese else "MMM d, y, HH:mm"
    return _babel_datetime(local(at, d), pattern, tzinfo=d.tz, locale=d.babel_locale)


def day(at: date | datetime | None, d: Display) -> str:
    """A calendar day: `2026年12月6日` / `Dec 6, 2026` (a datetime in the seller's zone)."""
    if at is None:
        return EMPTY
    shown = local(at, d).date() if isinstance(at, datetime) else at
    return _babel_date(shown, "medium", locale=d.babel_locale)


def short_day(at: date | datetime | None, d: Display, *, year: bool = False) -> str:
    """A day for chart axes and narrow cells: `12月6日` / `Dec 6`; with the year for axes that
    span more than one: `26年12月6日` / `Dec 6, 26`."""
    if at is None:
        return EMPTY
    shown = local(at, d).date() if isinstance(at, datetime) else at
    if year:
        pattern = "yy年M月d日" if d.is_chinese else "MMM d, yy"
    else:
        pattern = "M月d日" if d.is_chinese else "MMM d"
    return _babel_date(shown, pattern, locale=d.babel_locale)


def zone_label(d: Display, at: datetime) -> str:
    """The zone named for a footnote, with its offset at `at`: `Asia/Shanghai (UTC+08:00)`."""
    offset = local(at, d).strftime("%z")
    return f"{d.timezone} (UTC{offset[:3]}:{offset[3:]})"
