"""The classifier's tariff index and multilingual encoder, loaded before the first customs page
needs them: the server calls `warm_up` on a background thread when it starts (ADR 0115), so the
first page after a start does not wait 7-10 s for them."""

from __future__ import annotations

from globalsell.customs import classifier, sub_terms, subheadings
from globalsell.customs.nomenclature import load

SAMPLE = "stainless steel electric kettle 1.7 l"


def warm_up() -> None:
    """Load the nomenclature, the lexical index and the encoder, classify one text (the
    encoder's first call compiles its graph), and read every subheading's text once for the
    materials and properties it names (both cached), so no classification pays for that."""
    nom = load()
    classifier.classify(SAMPLE)
    for code, node in nom.hs.items():
        if len(code) == 6:
            subheadings.code_materials(node.description)
            sub_terms.ruled(node.description)
