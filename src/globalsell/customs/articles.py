"""What the product is, before what it is made of: article rules as data.

Each rule names an article by whole words (matched as stemmed tokens, never inside another
word) and points to the chapters, headings or subheadings that cover it, with the legal source
that puts it there (a heading text, a chapter or section note, a General Rule of Interpretation).
A rule is looked up in the platform's category path when the item has one (most specific level
first), then in the title's head: the words before the first modifier ("for", "compatible with",
"with", ...), then in the rest of the text. The classifier favours the rule's codes; it never
excludes the others, so a wrong rule costs a rank, not the answer.

Written for globalsell from the HS 2022 nomenclature (heading texts and notes); no entry is
taken from the evaluation data."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

from globalsell.customs.article_rules import GARMENTS, PERSONAL
from globalsell.customs.article_rules import ArticleRule as ArticleRule
from globalsell.customs.article_rules_goods import GOODS
from globalsell.customs.article_rules_home import HOME
from globalsell.customs.article_rules_own import OWN
from globalsell.customs.article_rules_parts import PARTS_GOODS
from globalsell.customs.category_rules import CATEGORY

# a phrase named by two rules belongs to the first: the goods of part 3 ("storage box") before
# the household articles of part 2 that would otherwise claim them
RULES: tuple[ArticleRule, ...] = PERSONAL + GOODS + OWN + HOME + PARTS_GOODS
CATEGORY_RULES: tuple[ArticleRule, ...] = CATEGORY  # read in the category path only


# ------------------------------------------------------------------ matching

_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
_SPELL = {"jewelry": "jewellery", "jewelery": "jewellery", "mold": "mould", "color": "colour"}


def words(text: str) -> list[str]:
    """Lower-case whole words with plurals folded ('shoes' -> 'shoe', "women's" -> 'women'),
    nothing else: 'dressing' stays 'dressing' and 'toyota' stays 'toyota'."""
    out = []
    for w in _WORD.findall(text.lower()):
        if w.endswith("'s"):
            w = w[:-2]
        if len(w) > 4 and w.endswith("ies"):
            w = w[:-3] + "y"
        elif len(w) > 4 and w.endswith(("ches", "shes", "sses", "xes")):
            w = w[:-2]
        elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
            w = w[:-1]
        out.append(_SPELL.get(w, w))
    return out


@dataclass(frozen=True)
class Match:
    rule: ArticleRule
    phrase: str
    where: str  # "category", "title" or "text"
    weight: float


def _contains(seq: Sequence[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(seq[i : i + n]) == phrase for i in range(len(seq) - n + 1))


class Matcher:
    """Finds the article rule a token sequence names (longest phrase first)."""

    def __init__(self, rules: Sequence[ArticleRule] = RULES) -> None:
        self.phrases: dict[tuple[str, ...], ArticleRule] = {}
        self.unless: dict[str, list[tuple[str, ...]]] = {}
        self.longest = 1
        for rule in rules:
            for phrase in rule.words:
                key = tuple(words(phrase))
                self.phrases.setdefault(key, rule)
                self.longest = max(self.longest, len(key))
            self.unless[rule.name] = [tuple(words(w)) for w in rule.unless]
        # per rule, the phrases of its refinements read anywhere in the text (phrase order kept)
        self.refinements: dict[str, list[tuple[tuple[str, ...], ArticleRule]]] = {}
        for named, other in self.phrases.items():
            if other.refines and other.refines_from_text:
                self.refinements.setdefault(other.refines, []).append((named, other))

    def refined(self, rule: ArticleRule, context: Sequence[str]) -> tuple[ArticleRule, str] | None:
        """A refinement of `rule` that may be read anywhere in the text, when the text names
        it (e.g. jewellery -> jewellery of natural stones, from "Main Stone: Agate"); a
        refinement kept over its siblings also replaces a sibling ('Pants' in the category path,
        'genuine leather sweatpants' in the text: leather apparel)."""
        siblings = self.refinements.get(rule.refines, []) if rule.refines else []
        options = [
            *self.refinements.get(rule.name, ()),
            *(s for s in siblings if s[1].over_siblings),
        ]
        for phrase, other in options:
            if other is rule:
                continue
            if _contains(context, phrase) and not any(
                _contains(context, u) for u in self.unless[other.name]
            ):
                return other, " ".join(phrase)
        return None

    def _at(self, toks: Sequence[str], i: int, context: Sequence[str]) -> tuple[ArticleRule, int]:
        for size in range(min(self.longest, len(toks) - i), 0, -1):
            rule = self.phrases.get(tuple(toks[i : i + size]))
            if rule is not None and not any(_contains(context, u) for u in self.unless[rule.name]):
                return rule, size
        raise LookupError

    def first(self, toks: Sequence[str], context: Sequence[str]) -> tuple[ArticleRule, str] | None:
        """The first rule named, moved on to a later one that follows within two words: the
        noun comes last in an English noun phrase ('LED desk lamp' is a lamp); a refinement
        is not moved on to its own rule (nor, when it says so, to a sibling refinement)."""
        found: tuple[ArticleRule, int, int] | None = None
        i = 0
        while i < len(toks):
            if found is not None and i > found[1] + found[2] + 2:
                break
            try:
                rule, size = self._at(toks, i, context)
            except LookupError:
                i += 1
                continue
            if found is None or not _keeps(found[0], rule):
                found = (rule, i, size)
            i += size
        if found is None:
            return None
        rule, i, size = found
        return rule, " ".join(toks[i : i + size])


def _keeps(found: ArticleRule, later: ArticleRule) -> bool:
    """Whether a rule found first stays when `later` is named within two words after it: a
    refinement over its own rule, and one that says so over its sibling refinements ('leather
    pants ... sheepskin pants' stays leather apparel, not trousers)."""
    if found.refines is None:
        return False
    return found.refines == later.name or (found.over_siblings and found.refines == later.refines)


_CATEGORY_SPLIT = re.compile(r"\s*(?:>|/|\|)\s*")


# Fineness marks name precious metal: "18K gold", "14kt", "925", "AU750".
# An underscore separates words too ("New_925_Silver").
_FINENESS = re.compile(
    r"(?<![a-z0-9])(?:(?:9|10|14|18|22|24)\s?k(?:t|arat)?|au\s?750|925|999)(?![a-z0-9])", re.I
)


def normalise(text: str) -> str:
    """Spell out fineness marks so that whole-word rules can read them."""
    return _FINENESS.sub(" karat gold sterling ", text)


# A listing attribute naming the occasion, festival, season or theme the goods suit ("Occasion:
# Easter, Wedding") says what they are used for, not what they are: its value names no article.
_OCCASION = re.compile(r"\b(?:occasions?|festivals?|holidays?|seasons?|themes?)\s*:\s*[^:]*", re.I)


def without_occasions(text: str) -> str:
    """The text without the values of its occasion-like attributes (up to the next ':')."""
    return _OCCASION.sub(" ", text)


def find(
    matcher: Matcher,
    *,
    head: str,
    text: str,
    category: str | None,
    weights: tuple[float, float, float],
    category_matcher: Matcher | None = None,
    category_yields: float = 1.0,
    title: str | None = None,
) -> list[Match]:
    """Rules named by the category path (most specific level first; at each level the
    category-only rules before the general ones), the title's head and the rest of the text;
    weights are (category, head, rest). At most one match per place."""
    w_cat, w_head, w_rest = weights
    head, text = normalise(head), normalise(text)
    context = words(f"{text} | {category or ''}")
    found: list[Match] = []
    if category and w_cat > 0:
        levels = [p for p in _CATEGORY_SPLIT.split(category) if p.strip()]
        for depth, level in enumerate(reversed(levels)):
            hit = category_matcher.first(words(level), context) if category_matcher else None
            hit = hit or matcher.first(words(level), context)
            if hit:
                found.append(Match(hit[0], hit[1], "category", w_cat / (1 + 0.5 * depth)))
                break
    head_hit = matcher.first(words(head), context) if w_head > 0 else None
    if head_hit is None and w_head > 0:
        head_hit = appositive(matcher, normalise(title if title is not None else text), context)
    if head_hit:
        found.append(Match(head_hit[0], head_hit[1], "title", w_head))
    elif w_rest > 0:
        rest = matcher.first(words(text), context)
        if rest:
            found.append(Match(rest[0], rest[1], "text", w_rest))
    out = []
    for m in found:
        better = matcher.refined(m.rule, context)
        out.append(Match(better[0], better[1], m.where, m.weight) if better else m)
    return _category_yields(out, category_yields)


# A marketplace title often says what the goods are in a short phrase of its own after a comma
# ("Magnetic building tiles 60 pcs, ABS plastic, educational toy"): a segment of at most
# APPOSITIVE_WORDS words that ends with an article's name names the article as the head does.
APPOSITIVE_WORDS = 3
_SEGMENT = re.compile(r"[,;]")
# the title ends where the listing's attributes begin ('{"Occasion": ...}', 'Material: ...');
# a segment opened by 'and' / 'or' closes an enumeration of several goods: no apposition there
_ATTRIBUTES = re.compile(r"[{:]")
_LIST_WORDS = frozenset({"and", "or", "plus", "with", "&"})


def appositive(
    matcher: Matcher, text: str, context: Sequence[str]
) -> tuple[ArticleRule, str] | None:
    """The article named by a later short comma segment of the title, if any ends with one."""
    segments = [words(s) for s in _SEGMENT.split(_ATTRIBUTES.split(text, maxsplit=1)[0])]
    if any(toks and toks[0] in _LIST_WORDS for toks in segments):
        return None  # 'slit lamps, tonometers, ... and lensmeters': several goods, not one
    for toks in segments[1:]:
        if not toks or len(toks) > APPOSITIVE_WORDS:
            continue
        hit = matcher.first(toks, context)
        if hit and toks[-len(hit[1].split()) :] == hit[1].split():
            return hit
    return None


def _overlap(a: Sequence[str], b: Sequence[str]) -> bool:
    return any(x.startswith(y) or y.startswith(x) for x in a for y in b)


def category_contradicted(found: Sequence[Match]) -> bool:
    """The title names a good of its own heading and no category rule agrees with it."""
    title = next((m for m in found if m.where == "title"), None)
    if title is None or not title.rule.own_heading:
        return False
    return not any(
        m.where == "category" and _overlap(m.rule.targets, title.rule.targets) for m in found
    )


def _category_yields(found: list[Match], factor: float) -> list[Match]:
    """A category rule that the title's own-heading good contradicts (a laser level filed under
    'Electric Drill', a CPL filter under 'Car DVR') weighs `factor` of its weight: the level
    names the machine the good serves, not the good (Section XVI Note 2(a), Section XVII Note
    2, Section XV Note 2)."""
    title = next((m for m in found if m.where == "title"), None)
    if factor == 1.0 or title is None or not title.rule.own_heading:
        return found
    return [
        dataclasses.replace(m, weight=m.weight * factor)
        if m.where == "category" and not _overlap(m.rule.targets, title.rule.targets)
        else m
        for m in found
    ]


_APPAREL = next(r for r in PERSONAL if r.name == "apparel")
_GARMENT_NAMES = frozenset(g.name for g in GARMENTS)


def with_apparel(matches: Sequence[Match], share: float) -> list[Match]:
    """A garment a heading names (`GARMENTS`) is first a garment of chapters 61/62: its match
    counts for the whole apparel rule, and `share` of it for the headings naming the garment
    (the dev sets' experts put many marketplace 'shirts' and 'jackets' under a sibling heading,
    so the named heading leads without excluding the others)."""
    out: list[Match] = []
    for m in matches:
        if m.rule.name in _GARMENT_NAMES:
            out.append(Match(_APPAREL, m.phrase, m.where, m.weight))
            if share > 0:
                out.append(Match(m.rule, m.phrase, m.where, m.weight * share))
        else:
            out.append(m)
    return out


def targets(match: Match, materials: set[str]) -> tuple[str, ...]:
    """The codes a rule points to; for articles classified by material, only those of the
    material the text names, when it names one of them."""
    if not match.rule.by_material or not materials:
        return match.rule.targets
    # a material none of the targets is made of: the rule does not decide (e.g. a textile box)
    return tuple(t for t in match.rule.targets if t[:2] in materials)


def factor(matches: Sequence[Match], hs6: str, materials: set[str]) -> float:
    """How much the rules favour a subheading: 1 + the weights of the rules covering it."""
    return factor_of(targeted(matches, materials), hs6)


def targeted(matches: Sequence[Match], materials: set[str]) -> list[tuple[Match, tuple[str, ...]]]:
    """Each match with its codes (`targets`), worked out once for a text's many candidates."""
    return [(m, targets(m, materials)) for m in matches]


def factor_of(matched: Sequence[tuple[Match, tuple[str, ...]]], hs6: str) -> float:
    """`factor` from the matches' codes (`targeted`)."""
    out = 1.0
    for m, codes in matched:
        if hs6.startswith(codes):
            out += m.weight
    return out
