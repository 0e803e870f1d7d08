"""The dashboard in two languages: gettext catalogues (the .po files under web/locale, compiled
in memory on first use, so a fresh checkout needs no build step), the viewer's language
(their stored choice, else the browser's `Accept-Language`), and the display context every
template filter formats with."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

from globalsell.core.formatting import DEFAULT_LOCALE, LOCALES, Display

LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "messages"
LANGUAGE_NAMES = {"en": "English", "zh_CN": "简体中文"}


@cache
def translations(locale: str) -> NullTranslations:
    """The catalogue of `locale`, compiled from its .po file once per process; English is the
    source language and needs none."""
    path = LOCALE_DIR / locale / "LC_MESSAGES" / f"{DOMAIN}.po"
    if locale == DEFAULT_LOCALE or not path.exists():
        return NullTranslations()
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=locale)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return Translations(fp=buffer, domain=DOMAIN)


def negotiate(accept_language: str | None) -> str:
    """The supported locale a browser asks for most: `zh-CN,zh;q=0.9,en;q=0.8` -> `zh_CN`.
    Any Chinese tag gets 简体中文, any English tag English; otherwise the default."""
    choices: list[tuple[float, int, str]] = []
    for position, part in enumerate((accept_language or "").split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        params = params.strip()
        if params.startswith("q="):
            try:
                quality = float(params[2:])
            except ValueError:
                quality = 0.0
        primary = tag.strip().lower().replace("_", "-").split("-")[0]
        locale = {"zh": "zh_CN", "en": "en"}.get(primary)
        if locale is not None and quality > 0:
            choices.append((-quality, position, locale))
    return min(choices)[2] if choices else DEFAULT_LOCALE


def supported(locale: str | None) -> str | None:
    return locale if locale in LOCALES else None


@dataclass(frozen=True, slots=True)
class Language:
    """What a page is rendered with: the display context and its catalogue."""

    display: Display
    translations: NullTranslations

    def gettext(self, message: str) -> str:
        return self.translations.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.translations.ngettext(singular, plural, n)


def language(display: Display) -> Language:
    return Language(display=display, translations=translations(display.locale))


_CURRENT: ContextVar[Language | None] = ContextVar("globalsell_language", default=None)
_ENGLISH = Language(Display(), NullTranslations())


def current() -> Language:
    """The language of the page being rendered (English outside a render)."""
    return _CURRENT.get() or _ENGLISH


@contextmanager
def rendering(lang: Language) -> Iterator[Language]:
    """Render (and format) in `lang` inside the block."""
    token = _CURRENT.set(lang)
    try:
        yield lang
    finally:
        _CURRENT.reset(token)


def gettext(message: str) -> str:
    """Translate `message` into the language of the page being rendered."""
    return current().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return current().ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark a message for the catalogue; it is translated where it is shown."""
    return message


def Nn_(singular: str, plural: str) -> tuple[str, str]:
    """Mark a message with a plural form for the catalogue (`pybabel extract -k Nn_:1,2`); it is
    chosen by `ngettext` where it is shown."""
    return singular, plural
