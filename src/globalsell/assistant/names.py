"""The seller's products by name: Chinese titles, English titles from attributes and English
listings, the heads of the other stores' listing titles, and the SKUs of each product and its
variants; which products a question names. Read-only."""

from __future__ import annotations

import difflib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from sqlalchemy.orm import Session

from globalsell.assistant.names_foreign import (
    LETTERS,
    NO_NAME_WORDS,
    WORD,
    katakana_pieces,
    title_heads,
)
from globalsell.assistant.period_base import MONTHS
from globalsell.assistant.question_typos import fix_typos
from globalsell.assistant.script import to_simplified
from globalsell.assistant.vocabulary import KEYWORDS, STORE_WORDS
from globalsell.catalog import service as catalog
from globalsell.core.actor import Actor
from globalsell.listings import service as listings

ENGLISH_STORES = ("US", "UK", "CA", "AU")


@dataclass(frozen=True, slots=True)
class Named:
    sku: str
    title: str
    names: tuple[str, ...]  # English titles from attributes and English listings
    skus: tuple[str, ...]  # the product's own SKU and its variants'
    variants: tuple[str, ...] = ()  # the variants' titles ("TPE瑜伽垫 6mm加厚防滑 紫色")
    foreign: tuple[str, ...] = ()  # heads of other stores' titles ("Wasserkocher", "ケトル")
    foreign_titles: tuple[str, ...] = ()  # those titles whole ("..., Edelstahl 304, 1,7 L")


def catalogue(session: Session, *, actor: Actor) -> list[Named]:
    """Every product with its Chinese and English names and its SKUs."""
    english: dict[str, set[str]] = defaultdict(set)
    foreign: dict[str, set[str]] = defaultdict(set)
    titles: dict[str, set[str]] = defaultdict(set)
    for row in listings.list_listings(session, actor=actor):
        name = row.content.get("item_name") if isinstance(row.content, dict) else None
        if isinstance(name, str) and row.marketplace in ENGLISH_STORES:
            english[row.sku].add(name)
        elif isinstance(name, str):
            foreign[row.sku].update(title_heads(row.marketplace, name))
            titles[row.sku].add(name)
    out: list[Named] = []
    for p in catalog.products_with_details(session, actor=actor):
        names = set(english.get(p.sku, set()))
        for a in p.attributes:
            if a.name in ("item_name", "title_en") and isinstance(a.value, str):
                names.add(a.value)
        skus = (p.sku, *(v.sku for v in p.variants))
        # titles matched as simplified, as questions are read ("電熱水壺" is "电热水壶")
        variants = tuple(to_simplified(v.title) for v in p.variants if v.title)
        heads, whole = tuple(sorted(foreign[p.sku])), tuple(sorted(titles[p.sku]))
        title = to_simplified(p.title)
        out.append(Named(p.sku, title, tuple(sorted(names)), skus, variants, heads, whole))
    return out


_STOP = frozenset(
    re.findall(
        r"\w+",
        "the a an of in on for and with to my our i we do did how many much what which is are "
        "was were sell sold units unit price cost stock set pack pcs piece pieces product "
        "products item items last days day month week store",
    )
)


# the parser's own words: never read as a misspelt product name
_QUESTION_WORDS = frozenset(
    w for _, _, english, _ in KEYWORDS for phrase in english for w in re.findall(r"[a-z]+", phrase)
) | frozenset(w for english, _ in STORE_WORDS.values() for p in english for w in p.split())


# English words of a question that are no name, misspelt or not
_FUNCTION_WORDS = frozenset(
    [
        "about",
        "above",
        "across",
        "after",
        "again",
        "against",
        "along",
        "among",
        "around",
        "because",
        "before",
        "behind",
        "below",
        "beside",
        "between",
        "could",
        "during",
        "every",
        "except",
        "excluding",
        "first",
        "including",
        "latest",
        "often",
        "other",
        "should",
        "since",
        "their",
        "there",
        "these",
        "those",
        "through",
        "throughout",
        "today",
        "under",
        "until",
        "where",
        "which",
        "while",
        "whole",
        "within",
        "without",
        "would",
        "yesterday",
        # chat shorthand and month names: no product's name
        "asap",
        "pls",
        "plz",
        "thx",
        "fyi",
        "btw",
        "imo",
        *(m for m in MONTHS if m != "may"),
    ]
)


def _words(text: str, *, parts: bool = True) -> set[str]:
    """The words of a text. A hyphenated compound ("non-stick") is one word of a product's
    name (parts=False: "stick" does not name a non-stick spatula); a question's compound also
    gives its parts ("yoga-mat")."""
    out = set()
    for token in WORD.findall(text.lower()):
        pieces = token.split("-")
        found = ([token] if len(pieces) > 1 else []) + (pieces if parts or len(pieces) == 1 else [])
        for w in found:
            if not w[0].isalpha() or len(w) < 3 or w in _STOP:
                continue
            out.add(w[:-1] if w.endswith("s") and len(w) > 3 and not w.endswith("ss") else w)
    return out


# colours in Chinese, for the English names variants carry ("紫色的那个": the purple one)
_COLOURS_ZH = {
    "天蓝色": "sky blue",
    "深绿色": "dark green",
    "墨绿色": "dark green",
    "粉红色": "pink",
    "咖啡色": "brown",
    "黑色": "black",
    "白色": "white",
    "红色": "red",
    "蓝色": "blue",
    "绿色": "green",
    "灰色": "grey",
    "紫色": "purple",
    "粉色": "pink",
    "黄色": "yellow",
    "橙色": "orange",
    "棕色": "brown",
    "米色": "beige",
    "银色": "silver",
    "金色": "gold",
}


_COLOURS_EN = sorted(set(_COLOURS_ZH.values()) | {"gray"}, key=len, reverse=True)
_COLOUR_EN = re.compile(r"(?<![a-z])(" + "|".join(_COLOURS_EN) + r")(?![a-z])")
_COLOUR_ZH = re.compile("|".join(_COLOURS_ZH))


def _colours(text: str) -> set[str]:
    """The colours a question names, in English ("紫色" and "purple": "purple")."""
    found = {m.group(1) for m in _COLOUR_EN.finditer(text.lower())}
    found |= {_COLOURS_ZH[m.group(0)] for m in _COLOUR_ZH.finditer(text)}
    return {"grey" if c == "gray" else c for c in found}


def _without_colours(text: str) -> str:
    return _COLOUR_ZH.sub(" ", _COLOUR_EN.sub(" ", text.lower()))


def _product_colours(n: Named) -> set[str]:
    """The colours of a product's variants, read from their titles and English names."""
    return _colours(" ".join((*n.variants, *n.names)))


def _name_words(n: Named) -> set[str]:
    """The words of a product's English names and the Latin words of its own title ("LED" of
    "LED人体感应小夜灯")."""
    return set().union(*(_words(x, parts=False) for x in n.names)) | _title_words(n)


def _foreign_words(n: Named) -> set[str]:
    """The Latin words (4+ letters) of the heads of a product's other stores' titles
    ("wasserkocher", "bouilloire"), without their function words: what it is, as a head word.
    A compound is read whole and by its last part ("bambus-zahnbürsten": "zahnbürsten")."""
    drop = NO_NAME_WORDS | _QUESTION_WORDS | _FUNCTION_WORDS | _NOT_A_NAME
    found = {p for x in n.foreign for w in _words(x, parts=False) for p in {w, w.split("-")[-1]}}
    return {w for w in found if len(w) >= 4 and w not in drop}


def _title_words(n: Named) -> set[str]:
    """The Latin words of a product's own title ("led" of "LED人体感应小夜灯"): what it is."""
    return _words(re.sub(r"[^\x00-\x7f]", " ", n.title), parts=False)


def _head(name: str) -> str:
    """What a product is, before the first comma of its English name ("Yoga Mat" in "Yoga Mat,
    6mm, with Carrying Strap"); the rest describes it."""
    return name.split(",", 1)[0]


def _han_runs(text: str) -> list[str]:
    return re.findall(r"[\u4e00-\u9fff]{2,}", text)


# everyday words of a question that also open a product's name ("数据" of 数据线, "信息" of an
# 信息 board): the talk about figures, never a product named by them alone
_ZH_TALK = frozenset(["数据", "信息", "系统", "状态", "时间", "问题", "情况", "服务", "平台"])


def _contained(pieces: set[str], within: set[str]) -> bool:
    return all(any(p in w for w in within) for p in pieces)


# Chinese names of one kind of goods said two ways ("电扇" and "风扇", "充电宝" and "移动电源"):
# a question's word no title holds is read as the other when a title holds that (general
# Mandarin, not a product list)
_ZH_SAME = (
    ("电风扇", "风扇"),
    ("电扇", "风扇"),
    ("充电宝", "移动电源"),
    ("移动电源", "充电宝"),
    ("数据线", "充电线"),
    ("充电线", "数据线"),
    ("手机座", "手机支架"),
    ("烧水壶", "热水壶"),
    ("快煮壶", "热水壶"),
    ("煮水壶", "热水壶"),
    ("水煲", "热水壶"),
    ("电水壶", "热水壶"),
    ("墩布", "拖把"),
    ("垃圾箱", "垃圾桶"),
    ("单车", "自行车"),
)


def _same_kind_zh(items: list[Named], text: str) -> str:
    for said, other in _ZH_SAME:
        held = any(said in n.title for n in items)
        if said in text and not held and any(other in n.title for n in items):
            text = text.replace(said, other)
    # an appliance called a 机 or a 器 ("奶泡机" for the 奶泡器): the one a title holds
    for m in re.finditer(r"[\u4e00-\u9fff]{2,3}[机器]", text):
        for said in {m.group(0), m.group(0)[-3:]}:
            other = said[:-1] + ("器" if said[-1] == "机" else "机")
            if (
                len(said) >= 3
                and not any(said in n.title for n in items)
                and any(other in n.title for n in items)
            ):
                text = text.replace(said, other)
    return text


def match_products(items: list[Named], text: str) -> tuple[list[Named], list[Named]]:
    """Products whose name the question names: English words or Chinese runs of 2+ characters
    found in one or two products' names only. Second: the products a name the question uses
    fits when it fits too many to choose (a word most products share, like the brand, is no
    name at all). Two products named by different words ("yoga mat and jump rope") are both
    returned, never one of them silently; a misspelt name ("kettels") is read as the one
    product name it is close to."""
    text = _same_kind_zh(items, text)
    colours = _colours(text)
    if colours:  # "the purple one", "白色的那个": the products with a variant of that colour
        found = _match_names(items, _without_colours(text))
        if found[0] or found[1]:  # "the white t-shirt": named by what it is
            return found
        coloured = [n for n in items if colours & _product_colours(n)]
        return (coloured, []) if len(coloured) == 1 else ([], coloured)
    return _match_names(items, text)


# a product called "the X one" by a feature word of its name ("USB那款", "the USB one", "LED的那个")
_FEATURE_ONE = re.compile(
    r"(?<![a-z0-9-])([a-z][a-z0-9]*)\s*(?:的?那[款个种]|的?这[款个种]|\s+(?:one|ones)(?![a-z]))"
    # "那个USB的" (嗰隻USB嘅): the demonstrative first
    r"|[那这][款个种只]\s*([a-z][a-z0-9]*)\s*的"
)


def one_by_a_feature(items: list[Named], text: str) -> list[Named]:
    """The products whose names carry the feature word a question calls its product by, alone
    ("USB那款": USB, also inside "USB-C"), when that word is no product's head noun."""
    m = _FEATURE_ONE.search(text.lower())
    if m is None:
        return []
    word = _stem(m.group(1) or m.group(2))
    if len(word) < 2 or word in _IGNORED:
        return []
    holders = []
    for n in items:
        if any(_head_noun(x) == word for x in n.names):
            return []  # "the lamp one": the word is what a product is
        tokens = {  # "the Edelstahl one": a word of its other stores' titles too
            _stem(p)
            for x in (*n.names, n.title, *n.foreign_titles)
            for t in WORD.findall(x.lower())
            for p in t.split("-")
        }
        if word in tokens:
            holders.append(n)
    return holders


def _match_names(items: list[Named], text: str) -> tuple[list[Named], list[Named]]:
    qwords = _words(text)
    qhan = "".join(f"|{run}|" for run in _han_runs(text))
    kana = katakana_pieces({n.sku: n.foreign for n in items}, text)
    if not qwords and not qhan and not kana:
        return [], []
    english = {n.sku: _name_words(n) for n in items}  # a misspelling is read against these only
    foreign = {n.sku: _foreign_words(n) for n in items}
    doc_words = {sku: ws | foreign[sku] for sku, ws in english.items()}
    head_words = {
        n.sku: set().union(*(_words(_head(x), parts=False) for x in n.names))
        | _title_words(n)
        | foreign[n.sku]
        for n in items
    }
    df = _doc_freq(doc_words)
    brandish = max(len(items) // 2, 3)
    scores: dict[str, float] = {}
    evidence: dict[str, set[str]] = defaultdict(set)
    vague: set[str] = set()
    strong: set[str] = set()  # named by what it is, not only by a word describing it
    for n in items:
        score = 0.0
        for w in qwords & doc_words[n.sku]:
            if df[w] <= 2:
                score += 2.0 / df[w]
                evidence[n.sku].add(w)
                if w in head_words[n.sku]:
                    strong.add(n.sku)
            elif df[w] < brandish:
                vague.add(n.sku)
        title = re.sub(r"[^\u4e00-\u9fff]", "|", n.title)
        # the title's pieces the question holds, longest first and apart in the title: a name
        # written in another order ("厨房电子秤" for "电子厨房秤") is still all of it
        best, pieces = 0, []
        for run in _han_runs(title):
            used = [False] * len(run)
            for size in range(len(run), 1, -1):
                for i in range(len(run) - size + 1):
                    piece = run[i : i + size]
                    if piece not in qhan or any(used[i : i + size]):
                        continue
                    if piece in _ZH_TALK and piece != run:
                        continue  # "数据绝绝子": data, said of the figures, not the data cable
                    holders = sum(1 for m in items if piece in m.title)
                    if holders <= 2:
                        best += size
                        pieces.append(piece)
                        used[i : i + size] = [True] * size
                    elif holders < brandish:
                        vague.add(n.sku)
        for run, skus in kana.items():  # "ケトル": a name in katakana, as a Han run
            if n.sku in skus and len(skus) <= 2:
                best += len(run)
                pieces.append(run)
            elif n.sku in skus and len(skus) < brandish:
                vague.add(n.sku)
        if best:
            score += best / 2
            evidence[n.sku].update(pieces)
            strong.add(n.sku)
        if score >= 1.0:
            scores[n.sku] = score
    if strong & set(scores):  # "carrying kettles": the kettle, not the mat with a carrying strap
        scores = {sku: s for sku, s in scores.items() if sku in strong}
    if not scores:  # a misspelt name: read when it fits one product only, else asked back
        close = set().union(*_misspelt(qwords, english, df).values())
        if len(close) == 1 and not vague:
            return [n for n in items if n.sku in close], []
        kin = {  # "flasks": the water bottle, asked, never assumed
            sku
            for sku, heads in head_words.items()
            if any(_KIN.get(w, frozenset()) & heads for w in qwords)
        }
        return [], [n for n in items if n.sku in vague | close | kin]
    top = max(scores.values())
    chosen = {sku for sku, s in scores.items() if s == top}
    kin = _kin_products(chosen, evidence, head_words)
    if kin:  # "lamps": the desk lamp, and the night light and the path lights too
        return [], [n for n in items if n.sku in chosen | kin]
    unsure, noun = _named_by_a_modifier(items, text, chosen, evidence, doc_words)
    if unsure and not chosen - unsure:  # "water boiler", "shower mat": asked back
        near = _KIN.get(noun, frozenset()) | {noun}
        return [], [n for n in items if n.sku in unsure or near & head_words[n.sku]]
    chosen -= unsure  # "coffee frother": the frother, not the coffee grinder
    seen = set().union(*(evidence[sku] for sku in chosen))
    others = {
        sku
        for sku in scores
        if sku not in chosen | unsure
        and not _contained(evidence[sku], seen)
        and not _inside_phrase(text, evidence[sku], seen)
    }
    return [n for n in items if n.sku in chosen | others], []


def _inside_phrase(text: str, words: set[str], phrase: set[str]) -> bool:
    """Whether every place the question uses `words` lies inside the phrase that names the chosen
    product, or just before it ("electric bubble machine", "solar garden path lights"): a word
    describing that product, not another product named beside it ("yoga mat and jump rope")."""
    tokens = [_stem(t) for t in re.findall(rf"[{LETTERS}0-9]+", text.lower())]
    held = [i for i, t in enumerate(tokens) if t in phrase]
    places = [i for i, t in enumerate(tokens) if t in words]
    if not held or not places or len(places) < len(words):
        return False
    return all(min(held) - 1 <= i <= max(held) for i in places)


# nouns that name one kind of goods ("lamp" and "light"): a question naming the kind by one of
# them means every product its name calls by another as much (general English, not a product list)
_KIN_GROUPS = (
    ("lamp", "light", "lantern"),
    ("bottle", "flask", "tumbler"),
    ("kettle", "boiler"),
    ("mug", "cup"),
    ("sofa", "couch"),
    ("rug", "carpet"),
    ("trouser", "pant"),
    ("sneaker", "trainer"),
)
_KIN: dict[str, frozenset[str]] = {
    w: frozenset(group) - {w} for group in _KIN_GROUPS for w in group
}


def _kin_products(
    chosen: set[str], evidence: dict[str, set[str]], head_words: dict[str, set[str]]
) -> set[str]:
    """Products other than the chosen that the question's words fit as well once its kind noun
    is read with its kin: "lamps" fits the night light and the path lights beside the desk
    lamp, "LED light" the LED desk lamp beside the LED night light; none when the question says
    of the chosen something the other lacks ("desk lamp", "night light")."""
    found = set().union(*(evidence[sku] for sku in chosen)) if chosen else set()
    kinds = [w for w in found if w in _KIN]
    if len(kinds) != 1:
        return set()
    kin, rest = _KIN[kinds[0]], found - {kinds[0]}
    return {
        sku
        for sku, heads in head_words.items()
        if sku not in chosen and kin & heads and rest <= evidence.get(sku, set())
    }


def _head_noun(name: str) -> str:
    """The last word of what a product is ("bottle" of "Vacuum Insulated Water Bottle")."""
    words = [w for w in re.findall(r"[a-z][a-z-]*", _head(name).lower()) if len(w) >= 3]
    return _stem(words[-1]) if words else ""


def _stem(w: str) -> str:
    return w[:-1] if w.endswith("s") and len(w) > 3 and not w.endswith("ss") else w


def _named_by_a_modifier(
    items: list[Named],
    text: str,
    chosen: set[str],
    evidence: dict[str, set[str]],
    doc_words: dict[str, set[str]],
) -> tuple[set[str], str]:
    """The chosen products the question names only by a word that describes them, followed by
    a noun of its own that is not theirs ("water boiler": a water bottle's "water", then
    "boiler"; "shower mat": the shower shelf's "shower", then "mat"): that noun says the
    question means another thing, so the match is no confident one. With that noun."""
    tokens = [_stem(t) for t in re.findall(r"[a-z][a-z0-9-]*", text.lower())]
    by_sku = {n.sku: n for n in items}
    unsure: set[str] = set()
    noun = ""
    for sku in chosen:
        found = evidence[sku]
        heads = {_head_noun(x) for x in by_sku[sku].names} | _foreign_words(by_sku[sku])
        if found & heads or any(re.search(r"[\u4e00-\u9fff\u30a0-\u30ff]", w) for w in found):
            continue
        after = [tokens[i + 1] for i, t in enumerate(tokens[:-1]) if t in found]
        if not after or after[-1] in found:
            continue
        word = after[-1]
        if len(word) < 3 or word in _IGNORED or word in doc_words[sku]:
            continue
        unsure.add(sku)
        noun = word
    return unsure, noun


def _doc_freq(doc_words: dict[str, set[str]]) -> Counter[str]:
    """How many products' names hold each word."""
    return Counter(w for ws in doc_words.values() for w in ws)


def _misspelt(
    qwords: set[str], doc_words: dict[str, set[str]], df: dict[str, int]
) -> dict[str, set[str]]:
    """The products each misspelt question word (5+ letters, no word of any product's name
    and none of the parser's) is close to, by a word only it and at most one other product
    carry; a typo rarely hits the first letter."""
    known = set().union(*doc_words.values())  # never a word only other stores' titles hold
    rare = sorted(w for w, k in df.items() if k <= 2 and len(w) >= 5 and w in known)
    out: dict[str, set[str]] = {}
    for w in sorted(qwords):
        if len(w) < 5 or w in df or w in _QUESTION_WORDS or w in _FUNCTION_WORDS:
            continue
        if w + "r" in df or w + "er" in df:  # "organise" is the verb of "organiser", no slip
            continue
        same_start = [r for r in rare if r[0] == w[0]]
        hits: set[str] = set()
        for close in difflib.get_close_matches(w, same_start, n=2, cutoff=0.8):
            hits |= {sku for sku, ws in doc_words.items() if close in ws}
        if hits:
            out[w] = hits
    return out


def misspelt_readings(items: list[Named], text: str) -> list[tuple[str, Named]]:
    """Each misspelt word of the question that fits one product only, with that product: what
    an answer names it read the word as ("kettel": the kettle)."""
    doc_words = {n.sku: _name_words(n) for n in items}
    df = _doc_freq({n.sku: doc_words[n.sku] | _foreign_words(n) for n in items})
    by_sku = {n.sku: n for n in items}
    return [
        (w, by_sku[next(iter(hits))])
        for w, hits in _misspelt(_words(text), doc_words, df).items()
        if len(hits) == 1
    ]


# where a one-character name stands as the subject: at the start or after a measure word, and
# before what is asked about it ("灯卖得怎么样", "这个壶的库存")
_ONE_CHAR = re.compile(
    r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[个款把只这那些的])|(?<=请问)|(?<=麻烦))([\u4e00-\u9fff])子?"
    r"(?=卖|的|在|还|有|库存|销|多少|价|成本|怎么|进|出|这|现在|最近|上|本|今|昨"
    # a store named next ("那个垫子美国站…")
    r"|美国|英国|德国|日本|法国|意大利|西班牙|加拿大|澳洲|澳大利亚|墨西哥|荷兰|瑞典|波兰)"
)


# the product slot of an English question: "how many widgets did we sell", "sales of the gizmo"
_SLOT = re.compile(
    r"how many ([a-z][a-z-]{2,}) (?:did|do|does|have|has|were|are|was|got|went|sold|left)(?![a-z])|"
    r"(?:sales|revenue|units|stock|inventory|price|cost|margin) (?:of|for|on) (?:the |my |our )?"
    r"([a-z][a-z-]{2,})(?![a-z])"
)
# a noun before the figure, as the question's subject ("toaster units in Germany", "what's the
# toaster stock in DE", "Toasters: how many ..."): at the start, after a determiner, or as a topic
_SLOT_BEFORE = re.compile(
    r"(?:^\W*|(?<![a-z])(?:the|our|my|your)\s+)([a-z][a-z-]{2,})\s+(?:units|unit sales|sales|"
    r"revenue|stock|inventory|price|prices|orders|listing|listings)(?![a-z])"
    r"|^\W*([a-z][a-z-]{2,})\s*:"
)
# words that stand before a figure and name no product ("total units", "current stock")
_MODIFIERS = frozenset(
    re.findall(
        r"[a-z]+",
        "total overall combined current remaining available sellable physical global gross net "
        "daily weekly monthly yearly annual quarterly holiday christmas prime black cyber "
        "european german british american japanese canadian australian french italian spanish "
        "domestic international store marketplace shop site channel warehouse hub fba fbm "
        "inbound outbound open pending live active new old latest recent previous average "
        "estimated expected actual real organic unit order selling retail list sale item "
        "product products sku skus catalogue catalog kindly quick question update summary "
        # a command that opens the question ("Pull units per order for the UK store")
        "pull show give get list send tell share check fetch need want provide confirm find "
        "report calculate calc compute sum count display export bring grab run "
        # a period written short before the figure ("mtd orders de", "yday units")
        "mtd wtd qtd ytd yday today yesterday tmrw lw lm "
        # quantifiers, currencies and rankings ("any orders", "yen revenue", "top units")
        "any all some every each many much more most few fewer fewest least less best worst top "
        "bottom highest lowest biggest largest smallest other same both extra additional "
        "yen euro euros dollar dollars pound pounds usd eur gbp jpy cny rmb fwd fw re customer "
        "month-end year-end quarter-end week-end",
    )
)
_NOT_A_NAME = frozenset(
    [
        # the words of an average ("daily revenue on average"): no product
        "average",
        "averages",
        "avg",
        "mean",
        "daily",
        "weekly",
        # "the most recent Black Friday": which one, no product
        "recent",
        "latest",
        # the whole, said in one word ("the most stock of overall")
        "overall",
        "altogether",
        "combined",
        "total",
        "everywhere",
        "amazon",
        "amz",
        "ebay",
        "marketplace",
        "marketplaces",
        "site",
        "shop",
        "storefront",
        "channel",
        "my",
        "our",
        "units",
        "unit",
        "orders",
        "order",
        "items",
        "item",
        "products",
        "product",
        "pieces",
        "piece",
        "things",
        "skus",
        "sku",
        "sales",
        "listings",
        "shipments",
        "customers",
        "people",
        "packages",
        "parcels",
        "boxes",
        "cartons",
        "stuff",
        "goods",
        "total",
        "all",
        "everything",
        "each",
        "every",
        "this",
        "that",
        "these",
        "those",
        "them",
        "it",
        "last",
        "past",
        "week",
        "month",
        "year",
        "day",
        "days",
        "today",
        "yesterday",
        "stores",
        "store",
    ]
)


_ASK_WORDS = ("which", "what", "where", "when", "show", "list", "give", "tell", "total")


def unknown_product_word(items: list[Named], text: str) -> str | None:
    """A word in the product slot of the question that names none of the seller's products
    and no other thing the parser knows ("widgets"), or None."""
    known = _NOT_A_NAME | _QUESTION_WORDS | _STOP | _FUNCTION_WORDS
    for n in items:
        for name in (*n.names, *n.foreign):
            known |= set(re.findall(r"[a-z]+", name.lower()))
    low = text.lower()
    for m in _SLOT.finditer(low):
        words = [m.group(1)] if m.group(1) else _slot_phrase(low[m.start(2) :])
        for word in words:
            stem = word[:-1] if word.endswith("s") else word
            if word not in known and stem not in known and not any(c.isdigit() for c in word):
                return word
    for m in _SLOT_BEFORE.finditer(low):
        word = m.group(1) or m.group(2)
        stem = word[:-1] if word.endswith("s") else word
        if {word, stem} & (known | _MODIFIERS) or any(c.isdigit() for c in word):
            continue
        if re.search(r"(?:est|ing|ed|ly|al|ous|ive|ful|ic)$", word):
            continue  # "the fewest units", "the remaining stock": a describing word
        if fix_typos(word) != word or difflib.get_close_matches(word, _ASK_WORDS, 1, 0.8):
            continue  # "wich listings", "shwo units": a keyword or question word mistyped
        return word
    return None


_STORE_TOKENS = frozenset(
    w for english, _ in STORE_WORDS.values() for p in english for w in p.split()
)
# words that end the product phrase after "stock of the ...": prepositions, time and place words
_PHRASE_END = _STOP | _FUNCTION_WORDS | frozenset(["at", "from", "into", "over", "per", "by"])


def _slot_phrase(after: str) -> list[str]:
    """The words of the product phrase that starts `after` ("air fryer" in "air fryer in
    DE?"): its first word, then up to two more, ending before a preposition, time word or
    anything not a word."""
    words = re.findall(r"[a-z][a-z0-9-]*|[^a-z\s]+", after)
    run = words[:1]
    if run and run[0] in _STORE_TOKENS:  # "revenue on the US storefront": a store, no product
        return run
    if run and run[0] in _PHRASE_END:  # "units of across all locations": no product phrase
        return []
    for w in words[1:3]:
        if not w[0].isalpha() or w in _PHRASE_END:
            break
        if len(w) >= 3:
            run.append(w)
    return run


def one_char_products(items: list[Named], text: str) -> list[Named]:
    """Products a one-character name fits ("灯": the desk lamp, the night light...): the last
    character of a product's Chinese name standing alone as the question's subject."""
    heads = {run[-1] for n in items for run in _han_runs(n.title)}
    for m in _ONE_CHAR.finditer(text):
        ch = m.group(1)
        if ch in heads:
            return [n for n in items if ch in n.title]
    return []


def suggest_skus(items: list[Named], sku: str) -> list[str]:
    every = [s for n in items for s in n.skus]
    return difflib.get_close_matches(sku.upper(), every, n=3, cutoff=0.75)


# words after a product's name that are no noun of another thing
_IGNORED = _STOP | _QUESTION_WORDS | _FUNCTION_WORDS | _NOT_A_NAME | frozenset(["one", "ones"])
