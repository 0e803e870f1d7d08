"""Whether a text names a chemically defined compound, and which headings its name points to.

Chapter 28 Note 1 and Chapter 29 Note 1 confine those chapters to separate chemically defined
compounds (with their impurities and aqueous solutions); Chapter 29 Note 3 classifies an organic
compound that two or more headings could cover in the one last in numerical order, and the
headings of Chapter 29 follow the functional groups of the compound's systematic name. A name
is read as chemical only on strong evidence, never from an ordinary word's ending ('phone',
'plate', 'side'): a CAS registry number whose check digit holds, a token that splits wholly into
nomenclature morphemes with a substituent prefix or a numeric locant ('2-t-butyl-4-methoxyphenol',
'diaminodiphenylsulfone'), or two weaker signals (two simple chemical names, a cation with an
anion, a chemical name with 'acid', 'ester', 'purity' or 'CAS'). Pure functions over strings.

Written for globalsell from the HS 2022 nomenclature (Chapter 28, 29 and 38 notes and heading
texts) and the IUPAC naming conventions; no entry is taken from the evaluation data."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from globalsell.customs.article_rules import ArticleRule


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# CAS registry numbers: 2-7 digits, 2 digits, a check digit (the other digits weighted by their
# position from the right, modulo 10)
_CAS = re.compile(r"(?<![\d-])(\d{2,7})-(\d{2})-(\d)(?![\d-])")

# Substituent prefixes and multipliers: a token holding one of these and something more is a
# systematic name ('methoxyphenol'), not a word.
SUBSTITUENTS = _words(
    "methyl ethyl propyl butyl pentyl hexyl heptyl octyl nonyl decyl phenyl benzyl vinyl allyl "
    "acetyl methoxy ethoxy propoxy butoxy phenoxy hydroxy amino nitro nitroso chloro fluoro "
    "bromo iodo cyano oxo carboxy sulfo sulpho thio mercapto azo diazo imino carbonyl sulfonyl "
    "sulphonyl methylene dimethyl diethyl trimethyl"
)
MULTIPLIERS = _words("di tri tetra penta hexa bis tris iso tert sec neo cyclo")
# Carbon-chain roots and parent names that only make a name with a suffix or another morpheme.
ROOTS = _words(
    "meth eth prop but pent hex hept oct non dec dodec benz phen tolu xyl naphth anthr styr "
    "acet form acryl phthal tere"
)
# the chain's saturation between a root and its suffix ('meth-an-ol', 'prop-en-al')
INFIXES = frozenset({"an", "en", "yn"})
# class endings, which make a name only after a root or a parent ('propane', not 'diane')
SUFFIXES = frozenset({"ane", "ene", "yne", "ol", "one", "ate", "oate", "oic", "ic", "anal"})
# Parent compounds and class suffixes, each with the Chapter 29 heading it points to ('' for a
# parent that decides no heading alone). Chapter 29 Note 3: the last heading in numerical order.
PARENTS: dict[str, str] = {
    # hydrocarbons: 2901 acyclic, 2902 cyclic
    "ane": "2901",
    "ene": "2901",
    "yne": "2901",
    "benzene": "2902",
    "toluene": "2902",
    "xylene": "2902",
    "styrene": "2902",
    "naphthalene": "2902",
    "anthracene": "2902",
    "fluorene": "2902",
    "cumene": "2902",
    "ethylene": "2901",
    "propylene": "2901",
    "butylene": "2901",
    # 2903 halogenated, 2904 sulphonated, nitrated or nitrosated derivatives
    "chloride": "2903",
    "fluoride": "2903",
    "bromide": "2903",
    "sulfonic": "2904",
    "sulphonic": "2904",
    # 2905 acyclic alcohols, 2907 phenols, 2909 ethers, 2910 epoxides, 2912 aldehydes
    "ol": "2905",
    "diol": "2905",
    "glycol": "2905",
    "phenol": "2907",
    "cresol": "2907",
    "naphthol": "2907",
    "ether": "2909",
    "epoxide": "2910",
    "oxirane": "2910",
    "aldehyde": "2912",
    "anal": "2912",
    # 2914 ketones and quinones
    "one": "2914",
    "ketone": "2914",
    "quinone": "2914",
    # 2915-2918 carboxylic acids, their anhydrides, esters and salts
    "oic": "2915",
    "ic": "",
    "ate": "2915",
    "oate": "2915",
    # 2921 amines, 2924 amides, 2925 imides and imines, 2926 nitriles, 2927 azo compounds,
    # 2928 organic derivatives of hydrazine, 2929 isocyanates, 2930 organo-sulphur compounds
    "amine": "2921",
    "aniline": "2921",
    "amide": "2924",
    "imide": "2925",
    "imine": "2925",
    "nitrile": "2926",
    "hydrazide": "2928",
    "isocyanate": "2929",
    "sulfone": "2930",
    "sulphone": "2930",
    "sulfoxide": "2930",
    "sulfide": "2930",
    "sulphide": "2930",
    "thiol": "2930",
    # 2931 other organo-inorganic compounds, 2932-2934 heterocyclic compounds (oxygen, nitrogen,
    # other hetero-atoms), 2935 sulphonamides
    "silane": "2931",
    "furan": "2932",
    "pyran": "2932",
    "lactone": "2932",
    "pyridine": "2933",
    "pyrimidine": "2933",
    "piperazine": "2933",
    "piperidine": "2933",
    "imidazole": "2933",
    "pyrazole": "2933",
    "triazine": "2933",
    "indole": "2933",
    "quinoline": "2933",
    "pyrrole": "2933",
    "purine": "2933",
    "thiazole": "2934",
    "thiophene": "2934",
    "morpholine": "2934",
    "sulfonamide": "2935",
    "sulphonamide": "2935",
}
# what a substituent prefix adds (Chapter 29 heading texts)
SUBSTITUENT_HEADING: dict[str, str] = {
    "chloro": "2903",
    "fluoro": "2903",
    "bromo": "2903",
    "iodo": "2903",
    "nitro": "2904",
    "nitroso": "2904",
    "sulfo": "2904",
    "sulpho": "2904",
    "hydroxy": "2905",
    "methoxy": "2909",
    "ethoxy": "2909",
    "propoxy": "2909",
    "butoxy": "2909",
    "phenoxy": "2909",
    "oxo": "2914",
    "carboxy": "2915",
    "acetyl": "2914",
    "amino": "2921",
    "imino": "2925",
    "cyano": "2926",
    "azo": "2927",
    "diazo": "2927",
    "thio": "2930",
    "mercapto": "2930",
    "sulfonyl": "2930",
    "sulphonyl": "2930",
}
_MORPHEMES = frozenset(SUBSTITUENTS | MULTIPLIERS | ROOTS | INFIXES | set(PARENTS))
_LONGEST = max(map(len, _MORPHEMES))
# oxygen functions that make an amine an amino-alcohol, -phenol, -ether, -ketone or -acid (2922)
_OXYGEN = frozenset({"2905", "2907", "2909", "2912", "2914", "2915"})
_CARBOXYLIC = ("2915", "2916", "2917", "2918")

# Chapter 28: inorganic salts, named by a cation and an anion (heading texts 2826-2842); hydrazine
# and hydroxylamine and their inorganic salts are heading 2825 by name.
CATIONS = _words(
    "sodium potassium calcium magnesium ammonium lithium barium strontium caesium cesium "
    "hydrazine hydroxylamine"
)
ANIONS: dict[str, str] = {
    "fluoride": "2826",
    "chloride": "2827",
    "bromide": "2827",
    "iodide": "2827",
    "hypochlorite": "2828",
    "chlorite": "2828",
    "chlorate": "2829",
    "perchlorate": "2829",
    "sulfide": "2830",
    "sulphide": "2830",
    "sulfite": "2832",
    "sulphite": "2832",
    "thiosulfate": "2832",
    "thiosulphate": "2832",
    "sulfate": "2833",
    "sulphate": "2833",
    "nitrite": "2834",
    "nitrate": "2834",
    "phosphate": "2835",
    "phosphite": "2835",
    "carbonate": "2836",
    "bicarbonate": "2836",
    "cyanide": "2837",
    "silicate": "2839",
    "borate": "2840",
    "permanganate": "2841",
    "chromate": "2841",
    "dichromate": "2841",
    "hydroxide": "2815",
    "hydrate": "",
}
# words that mark a chemical text but name no compound
MARKERS = frozenset({"acid", "ester", "anhydride", "purity", "cas", "hydrochloride", "monohydrate"})
# Chapter 39 Note 1: polymers (copolymers, resins) are plastics, not separate compounds
POLYMER_WORDS = frozenset({"copolymer", "copolymers", "polymer", "polymers", "resin", "resins"})
# Chapter 38: a mixture or preparation of chemicals is not a separate compound (Ch. 29 Note 1)
MIXTURE = re.compile(r"\b(?:mixtures?|preparations?|blends?|formulations?|pre-mix(?:es|tures?)?)\b")

SOURCE_29 = (
    "Chapter 29 Note 1: separate chemically defined organic compounds; Note 3: a compound two "
    "headings could cover goes in the last in numerical order (the heading of its functional "
    "group)"
)
SOURCE_28 = (
    "Chapter 28 Note 1: separate chemically defined inorganic compounds, named by cation and "
    "anion (heading texts 2825-2842)"
)
SOURCE_CAS = (
    "A CAS registry number identifies one chemical substance: a separate chemically defined "
    "compound of chapter 28 or 29 (Chapter 28 Note 1, Chapter 29 Note 1)"
)
SOURCE_38 = (
    "Chapter 29 Note 1 and Chapter 38: a mixture or preparation of chemicals is not a separate "
    "compound; heading 3824 covers chemical products and preparations n.e.s."
)

_PUNCT = '"()[]{},;:.!?'
_TOKEN = re.compile(r"[^\s/]+")
_ALPHA = re.compile(r"[a-z]+")
_LOCANT = re.compile(r"(?:^|[\[\(\-])\d+(?:,\d+)*'*-[a-z]")


@dataclass(frozen=True)
class Reading:
    """A text read as naming a chemical: the codes it points to, the words that said so."""

    targets: tuple[str, ...]
    phrase: str
    source: str
    morphemes: frozenset[str] = frozenset()  # the pieces of its systematic names
    words: frozenset[str] = frozenset()  # the alphabetic words of its names ('methoxyphenol')

    @property
    def rule(self) -> ArticleRule:
        return ArticleRule("chemical", (), self.targets, self.source)


def cas_numbers(text: str) -> list[str]:
    """The CAS registry numbers in a text whose check digit holds ('123-45-6' does not)."""
    out = []
    for m in _CAS.finditer(text):
        body, check = m.group(1) + m.group(2), int(m.group(3))
        if sum(int(d) * (i + 1) for i, d in enumerate(reversed(body))) % 10 == check:
            out.append(m.group())
    return out


@lru_cache(maxsize=4096)
def segment(word: str) -> tuple[str, ...] | None:
    """A lower-case word split wholly into nomenclature morphemes (fewest pieces), or None."""
    n = len(word)
    best: list[tuple[str, ...] | None] = [None] * (n + 1)
    best[0] = ()
    for i in range(n):
        start = best[i]
        if start is None:
            continue
        for j in range(min(n, i + _LONGEST), i, -1):
            piece = word[i:j]
            if piece in _MORPHEMES:
                found = best[j]
                if found is None or len(found) > len(start) + 1:
                    best[j] = (*start, piece)
    return best[n]


def _substantive(piece: str) -> bool:
    """A morpheme naming a structure: a root, a substituent or a parent (not a multiplier, a
    saturation infix or a class ending)."""
    return piece not in MULTIPLIERS and piece not in INFIXES and piece not in SUFFIXES


def _systematic(pieces: tuple[str, ...]) -> bool:
    """A substituted name: a substituent before at least one more morpheme ('methoxyphenol'),
    or a multiplier and two structures ('diphenylsulfone'); 'diane' is neither."""
    if len(pieces) < 2:
        return False
    if any(p in SUBSTITUENTS for p in pieces[:-1]):
        return True
    return any(p in MULTIPLIERS for p in pieces) and sum(map(_substantive, pieces)) >= 2


def _simple(pieces: tuple[str, ...]) -> bool:
    """A parent name ('benzene', 'ketone') or a root with a class ending ('propane',
    'acetaldehyde')."""
    if len(pieces) == 1:
        return pieces[0] in PARENTS and bool(PARENTS[pieces[0]]) and len(pieces[0]) >= 5
    ends = pieces[-1] in PARENTS and PARENTS[pieces[-1]] != ""
    return ends and any(p in ROOTS or (p in PARENTS and len(p) >= 5) for p in pieces[:-1])


def read(text: str) -> Reading | None:
    """The chemical a text names, with the headings its name points to, or None."""
    low = unicodedata.normalize("NFKC", text).lower()
    cas = cas_numbers(low)
    strong: list[str] = []
    weak: list[str] = []
    headings: set[str] = set()
    cations: list[str] = []
    anions: list[str] = []
    polymer = False
    morphemes: set[str] = set()
    names: set[str] = set()
    for token in _TOKEN.findall(low):
        parts = _ALPHA.findall(token)
        if not parts:
            continue
        word = parts[0] if len(parts) == 1 else ""
        if word in CATIONS:
            cations.append(word)
        if word in ANIONS:
            anions.append(word)
        if word in MARKERS:
            weak.append(word)
            continue
        if any(p.startswith("poly") for p in parts) or word in POLYMER_WORDS:
            polymer = True  # a polymer is chapter 39 (its primary forms), not a compound
            continue
        pieces = [(p, segment(p)) for p in parts if len(p) >= 3]
        named = [(p, s) for p, s in pieces if s is not None and (_systematic(s) or _simple(s))]
        if not named:
            continue
        systematic = bool(_LOCANT.search(token)) or any(_systematic(s) for _, s in named)
        (strong if systematic else weak).append(token.strip(_PUNCT))
        for p, s in pieces:  # every morpheme of a name's parts ('amino' in '4-amino-...-azo')
            headings |= _headings(s) if s is not None else set()
            morphemes |= set(s or ())
            names.add(p)
    inorganic = bool(cations and anions) and not strong
    # distinct names: a word repeated ('Nitrile Gloves ... Material: Nitrile') is one signal
    strong, weak = list(dict.fromkeys(strong)), list(dict.fromkeys(weak))
    signals = 2 * len(strong) + len(weak) + (2 if inorganic else 0)
    if not cas and signals < 2 or polymer:
        return None
    said = [*cations[:1], *anions[:1]] if inorganic else cas or strong or weak
    phrase = " ".join(dict.fromkeys(said))
    if MIXTURE.search(low):
        return Reading(("3824",), phrase, SOURCE_38)
    if inorganic:
        if "hydrazine" in cations or "hydroxylamine" in cations:
            return Reading(("2825",), phrase, SOURCE_28)
        found = sorted({ANIONS[a] for a in anions if ANIONS[a]})
        return Reading((found[-1],) if found else ("28",), phrase, SOURCE_28)
    if strong or len(weak) >= 2:
        return Reading(
            _last_heading(headings), phrase, SOURCE_29, frozenset(morphemes), frozenset(names)
        )
    return Reading(("28", "29"), phrase, SOURCE_CAS)


def _headings(pieces: tuple[str, ...]) -> set[str]:
    out = {SUBSTITUENT_HEADING[p] for p in pieces if p in SUBSTITUENT_HEADING}
    out |= {PARENTS[p] for p in pieces if PARENTS.get(p)}
    return out


def _last_heading(headings: set[str]) -> tuple[str, ...]:
    """Chapter 29 Note 3: the heading last in numerical order; an amine with an oxygen function
    is an oxygen-function amino-compound (2922); carboxylic acids are 2915-2918 by their chain."""
    if "2921" in headings and headings & _OXYGEN:
        headings = (headings - {"2921"} - _OXYGEN) | {"2922"}
    if not headings:
        return ("29",)
    last = max(headings)
    return _CARBOXYLIC if last == "2915" else (last,)


# Subheadings of a Chapter 29 heading told apart by a second functional group of the name (the
# subheading texts): heading -> (morphemes of which one must be in the name, subheading).
GROUP_SUBHEADINGS: dict[str, tuple[tuple[frozenset[str], str], ...]] = {
    # 2909.50 ether-phenols, ether-alcohol-phenols (an alkoxy group on a phenol)
    "2909": ((frozenset({"phenol", "cresol", "naphthol"}), "290950"),),
}
SOURCE_SUBHEADING = (
    "GRI 6: a Chapter 29 subheading naming individual compounds or a functional group covers "
    "those only; a compound none of them names is classified in its heading's residual "
    "subheading (n.e.c., other)"
)
_RESIDUAL = re.compile(r"\bn\.e\.c\b|\bother\b", re.I)


def subheadings(reading: Reading, texts: dict[str, str]) -> tuple[str, ...]:
    """The subheadings of the one heading a systematic name points to that its name decides
    (GRI 6): the subheading of a second functional group the name holds (2909.50 for an
    alkoxy phenol); else, when no subheading's own words (after the heading's, past the ';')
    share a word with the name, the heading's only residual subheading (n.e.c. or other).
    `texts` are the heading's subheadings' texts by HS6 code."""
    if len(reading.targets) != 1 or not reading.words:
        return ()
    for needed, code in GROUP_SUBHEADINGS.get(reading.targets[0], ()):
        if needed & reading.morphemes and code in texts:
            return (code,)
    residual = [c for c, t in texts.items() if _RESIDUAL.search(_own_words(t))]
    named = {
        w
        for c, t in texts.items()
        if c not in residual
        for w in _ALPHA.findall(_own_words(t).lower())
    }
    if len(residual) != 1 or not named or any(_shares(w, named) for w in reading.words):
        return ()
    return (residual[0],)


def _own_words(text: str) -> str:
    return text.split(";", 1)[1] if ";" in text else text


def _shares(word: str, named: set[str]) -> bool:
    """A word of the name found among a subheading's words (4 letters or more, either way
    round: 'butene' in '2-butene', 'pentene' is not 'butene')."""
    return any(len(n) >= 4 and (n in word or word in n) for n in named)
