"""Human names for the engine's codes: a status, a change kind, a carrier milestone or a customs
flag is stored as a code (`planning.plan.accept`, `zero_padded`, `over_budget`) and shown as
a label in the viewer's language. Codes never reach a page; an unknown one is shown with its
separators turned into spaces."""

from __future__ import annotations

import re

from markupsafe import Markup

from globalsell.logistics.domain import map_status
from globalsell.web.i18n import N_, current, gettext

LABELS: dict[str, dict[str, str]] = {
    "status": {
        "proposed": N_("Waiting for you"),
        "approved": N_("Approved"),
        "rejected": N_("Rejected"),
        "applied": N_("Applied"),
        "failed": N_("Failed"),
        "expired": N_("Expired"),
    },
    "kind": {
        "planning.plan.accept": N_("Replenishment plan"),
        "planning.replenishment.accept": N_("Urgent restock"),
        "pricing.price.set": N_("Price change"),
        "customs.classification.set": N_("HS code"),
        "listings.listing.approve": N_("Listing publication"),
        "catalog.product.update": N_("Product edit"),
        "catalog.attribute.set": N_("Attribute edit"),
    },
    "severity": {
        "info": N_("Info"),
        "warning": N_("Warning"),
        "critical": N_("Critical"),
        "error": N_("Error"),
    },
    "finding": {
        "proposed": N_("Change proposed"),
        "open": N_("Change already open"),
        "shown": N_("For your information"),
        "muted": N_("Muted after your rejection"),
        "learned": N_("Paused: you rejected these"),
        "over_budget": N_("Lower priority today"),
    },
    "mode": {
        "ocean": N_("Sea"),
        "air": N_("Air"),
        "rail": N_("Rail"),
        "truck": N_("Truck"),
        "express": N_("Express"),
    },
    "milestone": {
        "booked": N_("Booked"),
        "picked_up": N_("Picked up"),
        "departed_origin": N_("Departed origin"),
        "arrived_port": N_("Arrived at port"),
        "customs_hold": N_("Held by customs"),
        "customs_cleared": N_("Cleared customs"),
        "out_for_delivery": N_("Out for delivery"),
        "delivered": N_("Delivered"),
        "received_at_fc": N_("Received at FBA warehouse"),
    },
    "exception": {
        "late_departure": N_("Late departure"),
        "port_dwell": N_("Waiting at port"),
        "customs_dwell": N_("Stuck in customs"),
        "short_receipt": N_("Fewer units received"),
        "late_for_need_date": N_("Will arrive after the date needed"),
        "impossible_sequence": N_("Tracking events out of order"),
    },
    "location": {
        "origin_hub": N_("Origin warehouse"),
        "warehouse": N_("Warehouse"),
        "fc": N_("FBA warehouse"),
        "in_transit": N_("In transit"),
    },
    "promise": {
        "same_day": N_("Same day"),
        "next_day": N_("Next day"),
        "two_to_five_days": N_("2-5 days"),
        "ships_from_hub": N_("Ships from China"),
        "unavailable": N_("Out of stock"),
        "": "",
    },
    "listing": {
        "missing": N_("Not generated"),
        "draft": N_("Draft"),
        "validated": N_("Checked"),
        "approved": N_("Approved"),
        "submitted": N_("Submitted"),
        "live": N_("Live"),
        "rejected": N_("Rejected"),
    },
    "provenance": {
        "seller": N_("From you"),
        "generated": N_("Generated"),
        "translated": N_("Translated"),
        "derived": N_("Derived"),
    },
    "role": {
        "owner": N_("Owner"),
        "operator": N_("Operator"),
        "viewer": N_("Viewer"),
    },
    "order": {
        "pending": N_("Pending payment"),
        "unshipped": N_("Unshipped"),
        "shipped": N_("Shipped"),
        "cancelled": N_("Cancelled"),
    },
    "flag": {
        "invalid": N_("Not a valid code"),
        "not_in_schedule": N_("Not in the tariff schedule"),
        "zero_padded": N_("Padded with zeros"),
        "wrong_chapter": N_("Wrong chapter"),
        "wrong_material": N_("Wrong material"),
    },
    "attribute": {
        "item_name": N_("Title"),
        "title": N_("Title"),
        "bullet_point": N_("Bullet points"),
        "product_description": N_("Description"),
        "description": N_("Description"),
        "brand": N_("Brand"),
        "category": N_("Category"),
        "color": N_("Colour"),
        "color_name": N_("Colour"),
        "colour": N_("Colour"),
        "size": N_("Size"),
        "size_name": N_("Size"),
        "item_weight": N_("Weight"),
        "weight": N_("Weight"),
        "item_dimensions": N_("Dimensions"),
        "externally_assigned_product_identifier": N_("Barcode (GTIN/EAN)"),
        "gtin": N_("Barcode (GTIN/EAN)"),
        "generic_keyword": N_("Search keywords"),
        "material": N_("Material"),
        "country_of_origin": N_("Country of origin"),
        "capacity": N_("Capacity"),
        "unit_cost": N_("Unit cost"),
        "hs_code_declared": N_("Declared HS code"),
        "cost_currency": N_("Cost currency"),
        "number_of_items": N_("Number of items"),
        "item_type_keyword": N_("Item type"),
        "product_type": N_("Product type"),
        "battery_capacity": N_("Battery capacity"),
        "batteries_required": N_("Batteries required"),
        "battery_cell_composition": N_("Battery type"),
        "parentage_level": N_("Parent or child"),
        "variation_theme": N_("Variation theme"),
        "wattage": N_("Power"),
        "power": N_("Power"),
    },
    "detector": {
        "catalog.completeness": N_("Missing product data"),
        "catalog.cost_outlier": N_("Suspicious unit cost"),
        "approvals.stale": N_("Proposal waiting too long"),
        "listings.expansion": N_("New store to sell in"),
        "pricing.price": N_("Price below target margin"),
        "listings.issues": N_("Listing cannot go live"),
        "inventory.stockout": N_("Stock-out risk"),
        "inventory.excess": N_("Too much stock"),
        "customs.hs_code": N_("HS code looks wrong"),
        "logistics.late": N_("Late shipment"),
    },
    "exception_status": {
        "open": N_("Open"),
        "resolved": N_("Resolved"),
    },
    "outcome": {
        "applied": N_("Shipment updated"),
        "late": N_("Arrived late, kept in the timeline"),
        "repeat": N_("Already known"),
        "duplicate": N_("Duplicate, ignored"),
        "unmatched": N_("Unknown shipment"),
        "unmapped": N_("Unknown status code"),
        "flagged": N_("Out of order, check it"),
    },
    "period": {
        "yesterday": N_("Yesterday"),
        "7d": N_("Last 7 days"),
        "30d": N_("Last 30 days"),
    },
    "direction": {
        "above": N_("above"),
        "below": N_("below"),
    },
    "price_type": {
        "regular": N_("Regular price"),
        "sale": N_("Sale price"),
    },
    "fba_tier": {
        "small_envelope": N_("small envelope"),
        "standard_envelope": N_("standard envelope"),
        "large_envelope": N_("large envelope"),
        "envelope": N_("envelope"),
        "small_parcel": N_("small parcel"),
        "standard_parcel": N_("standard parcel"),
        "parcel": N_("parcel"),
        "small": N_("small"),
        "standard": N_("standard"),
        "small_standard": N_("small standard"),
        "large_standard": N_("large standard"),
        "large_bulky": N_("large bulky"),
        "oversize": N_("oversize"),
    },
    "image_size": {
        "small": N_("Small"),
        "medium": N_("Medium"),
        "large": N_("Large"),
    },
    "unit": {
        "grams": N_("grams"),
        "kilograms": N_("kilograms"),
        "pounds": N_("pounds"),
        "ounces": N_("ounces"),
        "millimeters": N_("millimetres"),
        "centimeters": N_("centimetres"),
        "meters": N_("metres"),
        "inches": N_("inches"),
    },
    "hs_material": {
        "cotton": N_("cotton"),
        "wool": N_("wool or fine animal hair"),
        "synthetic": N_("synthetic fibres (polyester, nylon, ...)"),
        "artificial": N_("artificial fibres (viscose, rayon, ...)"),
        "silk": N_("silk"),
        "silver": N_("silver"),
        "precious": N_("gold or platinum"),
        "base_metal": N_("base metal (steel, alloy, brass, ...)"),
        "pearl": N_("natural or cultured pearls"),
        "stone": N_("precious or semi-precious stones"),
        "leather": N_("leather"),
        "human_hair": N_("human hair"),
        "pvc": N_("polyvinyl chloride (PVC)"),
        "polyethylene": N_("polyethylene (PE)"),
        "pet": N_("poly(ethylene terephthalate) (PET)"),
        "polypropylene": N_("polypropylene (PP)"),
        "polystyrene": N_("polystyrene (PS)"),
        "lead_acid": N_("lead-acid"),
        "nicd": N_("nickel-cadmium"),
        "nimh": N_("nickel-metal hydride"),
        "lithium_ion": N_("lithium-ion"),
        "textile": N_("textile materials"),
        "plastics": N_("rubber or plastics"),
        "other": N_("another material"),
    },
    "hs_source": {
        "section_xi": N_("Section XI Subheading Note 2 (the fibre that predominates by weight)"),
        "chapter_64": N_("Chapter 64 Note 4(a) (the upper's material)"),
        "chapter_71": N_(
            "Chapter 71 Notes 9 and 11 (precious metal, pearls and stones, imitation)"
        ),
        "heading_4202": N_("heading 4202 subheadings (the outer surface)"),
        "gri_6": N_("GRI 6 (subheadings compared by their own terms)"),
    },
    "text_part": {
        "title": N_("title"),
        "category": N_("category"),
        "text": N_("description"),
    },
    "tax": {
        "VAT": N_("VAT"),
        "GST": N_("GST"),
        "consumption tax": N_("consumption tax"),
        "sales tax": N_("sales tax"),
    },
    "listing_issue": {
        "script": N_("contains a script or an event handler"),
        "html": N_("HTML is not allowed here"),
        "emoji": N_("contains emoji or pictographs"),
        "promotional": N_("promotional claims are not allowed"),
        "shipping-promise": N_("shipping promises are not allowed"),
        "contact-details": N_("contact details are not allowed"),
        "price": N_("prices are not allowed in listing text"),
        "untranslated": N_("contains untranslated Chinese or Japanese text"),
        "title-length": N_("the title is longer than the store allows"),
        "banned-characters": N_("the title has characters the store does not allow"),
        "repeated-words": N_("the title uses a word more than twice"),
        "bullet-count": N_("too many bullet points"),
        "bullet-length": N_("a bullet point is too long"),
        "keywords-bytes": N_("the search keywords are too long"),
        "required": N_("a field the product type requires is missing"),
        "unbranded": N_("no brand in the platform export: listed as unbranded"),
        "needs-product-type": N_("not sure which product type: choose one"),
        "unknown-product-type": N_("no product type known for this title: choose one"),
        "untranslated-value": N_("a value is not in the glossary for this language"),
        "spam-removed": N_("spam words were removed from your title"),
        "html-stripped": N_("HTML was removed from your title"),
        "seller-text-left-out": N_("your bullet points were left out: no translation"),
        "product-type-definition": N_("breaks Amazon's product type definition"),
    },
    "subject": {
        "product": N_("Product"),
        "plan": N_("Plan"),
        "seller": N_("Seller"),
        "listing": N_("Listing"),
        "price": N_("Price"),
    },
}


def humanize(code: str) -> str:
    """An unknown code as words: `late_for_need_date` -> `late for need date`."""
    return code.replace(".", " ").replace("_", " ").strip()


def label(code: object, group: str) -> str:
    """The label of `code` in `group`, in the language of the page being rendered."""
    text = str(getattr(code, "value", code) if code is not None else "")
    known = LABELS.get(group, {}).get(text)
    return gettext(known) if known else humanize(text)


def attribute_label(name: object) -> str:
    """An attribute or field name as a seller reads it: `SIZE_NAME/COLOR_NAME` ->
    `Size / Colour`."""
    text = str(name or "")
    parts = [p for p in text.split("/") if p] or [text]
    return " / ".join(_one_attribute(p) for p in parts)


def _one_attribute(name: str) -> str:
    key = name.strip().lower()
    known = LABELS["attribute"].get(key)
    if known:
        return gettext(known)
    words = humanize(key)
    return words[:1].upper() + words[1:]


_INTERMITTENT = ("croston_sba", "tsb", "adida", "imapa")


def model_label(name: object) -> str:
    """A forecasting method as a seller reads it: `mean8` -> `Average of the last 8 weeks`."""
    text = str(name or "")
    if text in _INTERMITTENT:
        return gettext("Method for occasional sales")
    if text.startswith("seasonal_mean"):
        return gettext("Seasonal average")
    if text.startswith("mean") and text[4:].isdigit():
        return gettext("Average of the last %(n)s weeks") % {"n": text[4:]}
    known = {
        "auto_ets": N_("Trend and season"),
        "auto_theta": N_("Trend"),
        "seasonal_naive": N_("Same week last year"),
    }.get(text)
    return gettext(known) if known else humanize(text)


_TIER_NUMBER = re.compile(r"^(?P<name>[a-z_]+?)_(?P<n>\d+(?:_\d+)?(?:_plus)?)$")


def tier_label(code: str) -> str:
    """An FBA size tier: `standard_envelope` -> `standard envelope`, `oversize_3` ->
    `oversize 3`, `extra_large_50_70` -> `extra large 50-70`."""
    known = LABELS["fba_tier"].get(code)
    if known:
        return gettext(known)
    numbered = _TIER_NUMBER.match(code)
    if numbered:
        name = LABELS["fba_tier"].get(numbered["name"])
        words = gettext(name) if name else humanize(numbered["name"])
        number = numbered["n"].replace("_plus", "+").replace("_", "-")
        return f"{words} {number}"
    return humanize(code)


def fulfilment_label(source: object) -> str:
    """Where a quote's fulfilment fee came from: `FBA standard_envelope (official, ...)` ->
    `FBA standard envelope`; `seller-supplied` -> `Your own fee`."""
    text = str(source or "")
    if text == "seller-supplied":
        return gettext("Your own fee")
    head = text.split(" (")[0]
    if head.startswith("FBA "):
        return "FBA " + tier_label(head[4:])
    return humanize(head)


def language_label(code: object) -> str:
    """A language code as its name in the viewer's language: `zh` -> `中文` / `Chinese`; an
    unknown code stays as it is."""
    text = str(code or "")
    base = text.replace("-", "_").split("_")[0].lower()
    return current().display.babel_locale.languages.get(base, text) if base else text


def place_label(code: object) -> str:
    """A stock location or port: the seller's own codes stay (FBA-DE, CNNGB); the engine's
    generic `origin_hub` is named."""
    text = str(code or "")
    known = LABELS["location"].get(text)
    return gettext(known) if known else text


def carrier_status(code: object, carrier: str = "*") -> str:
    """A carrier's status code (`INSP`, `ARRI`, `DEPA`) as the milestone it means; an unknown
    code is named as such."""
    text = str(code or "")
    milestone = map_status(carrier, text)
    if milestone is None:
        return gettext("Unknown carrier status “%(code)s”") % {"code": text}
    return label(milestone.value, "milestone")


_COSINE = re.compile(r"\(?cosine (\d(?:\.\d+)?)\)?")


_FOUND_BY = re.compile(r"\s*\(found by the assistant's [\w.]+ check\)")


def plain_reason(text: object) -> str:
    """A reason without engine terms: `(cosine 0.40)` -> `(similarity 40%)`, and without the
    name of the assistant's check that found it."""

    if isinstance(text, Markup):  # worded from a message: no engine terms in it
        return text

    def _similarity(match: re.Match[str]) -> str:
        share = round(float(match.group(1)) * 100)
        return "(" + gettext("similarity %(p)s%%") % {"p": share} + ")"

    return _FOUND_BY.sub("", _COSINE.sub(_similarity, str(text or "")))


def issue_text(issue: object) -> str:
    """A listing check's finding: its message on an English page, the label of its code (in the
    viewer's language) on another; the message when the code is unknown."""
    found = issue if isinstance(issue, dict) else vars(issue) if hasattr(issue, "__dict__") else {}
    message, code = str(found.get("message") or ""), str(found.get("code") or "")
    if not current().display.is_chinese:
        return message
    known = LABELS["listing_issue"].get(code)
    return gettext(known) if known else message


def field_path(path: object) -> str:
    """A changed field's path as words: `changes.unit_cost` -> `Unit cost`,
    `shipments.0.units` -> `Shipments › 1 › Units`."""
    parts = [p for p in str(path or "").replace("[", ".").replace("]", "").split(".") if p]
    if parts and parts[0] == "changes":
        parts = parts[1:]
    shown = [str(int(p) + 1) if p.isdigit() else attribute_label(p) for p in parts]
    return " › ".join(shown)


# Messages made where no language is known yet (the login form's answers), translated on the page.
MESSAGES = (
    N_("Wrong e-mail or password"),
    N_("This account has no role at any seller yet."),
)


_ERROR_CODE = re.compile(r"^[a-z]+(?:_[a-z]+)+: ")


def plain_error(text: object) -> str:
    """A stored error without its machine code: `guard_rail_violation: color was ...` ->
    `color was ...`."""
    return _ERROR_CODE.sub("", str(text or ""))
