"""The notes of the bundled destination rules (`customs/data/destinations.json`), marked for the
catalogue so a Chinese page shows them in Chinese; a test keeps this list equal to the data's."""

from __future__ import annotations

from globalsell.web.i18n import N_, gettext

RULE_NOTES = (
    N_("Duty-free de minimis is suspended for all countries, so the threshold is 0."),
    N_("No federal VAT; state sales tax is charged at sale and is not part of the border cost."),
    N_(
        "Chapter 99 additional duties (e.g. Section 301 and reciprocal tariffs on goods of "
        "Chinese origin) are NOT included: check them with your broker."
    ),
    N_("Low value consignment relief for import VAT was abolished on 2021-01-01."),
    N_(
        "The EU has decided to end the EUR 150 duty relief for low-value parcels; the "
        "replacement charge is not modelled here: check the date that applies to your "
        "shipment."
    ),
    N_("Other EU destinations share the duty rules; their VAT rates differ."),
    N_(
        "Some goods (e.g. leather bags and shoes, knitted clothing) are excluded from the "
        "small-amount exemption."
    ),
    N_("Goods of Chinese origin may enter free of duty under ChAFTA with a certificate of origin."),
    N_(
        "Provincial HST/PST (up to 15% combined) is not included; CUSMA-origin goods have "
        "higher thresholds."
    ),
)


def rule_note(text: str) -> str:
    """A destination rule's note in the viewer's language (as written when it is not listed)."""
    return gettext(text) if text in RULE_NOTES else text
