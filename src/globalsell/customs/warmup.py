"""The classifier's tariff index and multilingual encoder, loaded before the first customs page
needs them: the server calls `warm_up` on a background thread when it starts (ADR 0115), so the
first page after a start does not wait 7-10 s for them."""

from __future__ import annotations

from globalsell.customs import classifier
from globalsell.customs.nomenclature import load

SAMPLE = "stainless steel electric kettle 1.7 l"


def warm_up() -> None:
    """Load the nomenclature, the lexical index and the encoder, and classify one text (the
    encoder's first call compiles its graph)."""
    load()
    classifier.classify(SAMPLE)
