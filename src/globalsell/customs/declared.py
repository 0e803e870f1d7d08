"""The declared-code check (pure): is a seller's customs code plausible for the product and does it
exist in the destination's schedule? A flag needs evidence; where there is none, say why not.

Four named cases, each with its own reason: a code that is not a code (INVALID), a code missing
from HS 2022 or from the destination's national schedule (NOT_IN_SCHEDULE; "cannot check" when
the schedule is not shipped), an HS subheading padded with zeros into a line that does not exist
(ZERO_PADDED), a chapter defined by a material the description does not name (WRONG_MATERIAL) and
a chapter the classifier confidently disagrees with (WRONG_CHAPTER, only on the evidence rules
below)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from globalsell.core import messages as msg
from globalsell.core.messages import Message
from globalsell.customs.domain import Flag, normalise_code

# The classifier must be this sure, and this far ahead of the declared chapter's best candidate,
# before its disagreement counts as evidence. Confidences are calibrated probabilities that the
# subheading is right (customs.calibration); the chapter is right more often than that.
CHAPTER_CONFIDENCE = 0.45
CHAPTER_MARGIN = 0.35

# Material groups: the chapters defined by the material and the words naming it (English,
# Chinese, a few German/French/Spanish/Italian/Japanese). Latin words match whole words only;
# CJK words match as written (chosen so that e.g. 钢丝 is not silk and 积木 is not wood).
MATERIALS: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {
    "plastics": (
        frozenset({"39"}),
        (
            "plastic",
            "plastics",
            "polyethylene",
            "polypropylene",
            "polystyrene",
            "polycarbonate",
            "polyvinyl",
            "pvc",
            "abs",
            "acrylic",
            "pp",
            "pe",
            "pa",
            "pc",
            "tpe",
            "tpu",
            "eva",
            "pu",
            "melamine",
            "silicone",
            "resin",
            "kunststoff",
            "plastique",
            "plástico",
            "plastica",
            "塑料",
            "塑胶",
            "硅胶",
            "亚克力",
            "树脂",
            "pu皮",
            "プラスチック",
            "シリコン",
        ),
    ),
    "rubber": (
        frozenset({"40"}),
        (
            "rubber",
            "latex",
            "neoprene",
            "silicone",
            "gummi",
            "caoutchouc",
            "goma",
            "gomma",
            "橡胶",
            "乳胶",
            "硅胶",
            "ゴム",
        ),
    ),
    "leather": (frozenset({"41"}), ("leather", "leder", "cuir", "cuero", "皮革", "真皮", "牛皮")),
    "wood": (
        frozenset({"44", "46"}),
        (
            "wood",
            "wooden",
            "bamboo",
            "plywood",
            "mdf",
            "rattan",
            "holz",
            "bois",
            "madera",
            "legno",
            "木制",
            "木质",
            "实木",
            "榉木",
            "榆木",
            "松木",
            "竹",
            "藤",
            "木製",
        ),
    ),
    "paper": (
        frozenset({"48", "49"}),
        (
            "paper",
            "paperboard",
            "cardboard",
            "carton",
            "papier",
            "papel",
            "carta",
            "纸",
            "紙",
        ),
    ),
    "textile": (
        frozenset(str(c) for c in range(50, 64)),
        (
            "textile",
            "fabric",
            "cotton",
            "linen",
            "wool",
            "silk",
            "polyester",
            "nylon",
            "nonwoven",
            "non-woven",
            "felt",
            "fleece",
            "plush",
            "velvet",
            "microfiber",
            "microfibre",
            "canvas",
            "baumwolle",
            "stoff",
            "coton",
            "tissu",
            "algodón",
            "cotone",
            "棉",
            "布",
            "绒",
            "涤纶",
            "尼龙",
            "真丝",
            "蚕丝",
            "麻",
            "羊毛",
            "毛毡",
            "綿",
        ),
    ),
    "ceramic": (
        frozenset({"69"}),
        ("ceramic", "porcelain", "stoneware", "earthenware", "keramik", "céramique", "陶瓷", "瓷"),
    ),
    "glass": (
        frozenset({"70"}),
        (
            "glass",
            "borosilicate",
            "fiberglass",
            "glas",
            "verre",
            "vidrio",
            "vetro",
            "玻璃",
            "ガラス",
        ),
    ),
    "iron_steel": (
        frozenset({"72", "73"}),
        (
            "steel",
            "stainless",
            "iron",
            "stahl",
            "edelstahl",
            "acier",
            "acero",
            "acciaio",
            "钢",
            "铸铁",
            "铁制",
            "铁艺",
            "ステンレス",
        ),
    ),
    "copper": (frozenset({"74"}), ("copper", "brass", "bronze", "kupfer", "cuivre", "铜")),
    "aluminium": (
        frozenset({"76"}),
        ("aluminium", "aluminum", "alu", "aluminio", "alluminio", "铝", "アルミ"),
    ),
}
METAL_GROUPS = frozenset({"iron_steel", "copper", "aluminium"})
# Chapters of articles defined by what they do (their material does not decide). The notes to the
# material chapters (39 note 2, 40 note 2, 44 note 1, 48 note 1, section XI note 1, section XV
# note 1, 69 and 70 notes) send these articles here whatever they are made of.
FUNCTION_CHAPTERS = frozenset(
    {"42", "64", "65", "66", "67", "82", "83"}
    | {str(c) for c in range(84, 93)}
    | {"94", "95", "96"}
)
# Chapters 82/83 are articles of base metal: their material is any metal.
_METAL_ARTICLE_CHAPTERS = frozenset({"82", "83"})
# Chapters 01-38 are animal, vegetable, food, mineral and chemical products, not made articles.
_PRODUCT_CHAPTERS = frozenset(f"{c:02d}" for c in range(1, 39))
_LATIN = re.compile(r"^[a-zà-ÿ\-]+$")


def material_groups(text: str) -> set[str]:
    """Material groups named in a text ("304不锈钢 + ABS" -> iron_steel, plastics)."""
    lowered = (text or "").lower()
    found: set[str] = set()
    for group, (_, words) in MATERIALS.items():
        for word in words:
            if _LATIN.match(word):
                if re.search(rf"(?<![a-zà-ÿ]){re.escape(word)}(?![a-zà-ÿ])", lowered):
                    found.add(group)
                    break
            elif word in lowered:
                found.add(group)
                break
    return found


def chapter_materials(chapter: str) -> frozenset[str]:
    """Material groups that define a chapter (empty when the chapter is not about a material)."""
    if chapter in _METAL_ARTICLE_CHAPTERS or "72" <= chapter <= "81":
        return METAL_GROUPS if chapter in _METAL_ARTICLE_CHAPTERS else _metal_of(chapter)
    return frozenset(g for g, (chapters, _) in MATERIALS.items() if chapter in chapters)


def _metal_of(chapter: str) -> frozenset[str]:
    if chapter in ("72", "73"):
        return frozenset({"iron_steel"})
    if chapter == "74":
        return frozenset({"copper"})
    if chapter == "76":
        return frozenset({"aluminium"})
    return frozenset({"other_metal"})  # 75, 78-81: nickel, lead, zinc, tin, other base metals


def is_material_chapter(chapter: str) -> bool:
    return bool(chapter_materials(chapter)) and chapter not in FUNCTION_CHAPTERS


@dataclass(frozen=True)
class Schedule:
    """The destination's national schedule: its lines, or None when globalsell ships no data."""

    destination: str
    name: str
    lines: frozenset[str] | None
    # digits its lines have (EU CN: 8; digits past them, e.g. TARIC, are not checked); None: any
    line_digits: int | None = None


@dataclass(frozen=True)
class Prediction:
    """What the classifier said: (hs6, confidence) best first, and whether it abstained."""

    candidates: tuple[tuple[str, float], ...]
    abstained: bool

    @property
    def best(self) -> tuple[str, float] | None:
        return self.candidates[0] if self.candidates else None


@dataclass(frozen=True)
class DeclaredCheck:
    declared: str
    code: str | None
    destination: str
    flags: list[tuple[Flag, str]] = field(default_factory=list)
    # what was checked, what could not be, and disagreements that were not strong enough to flag
    notes: list[str] = field(default_factory=list)
    said: dict[str, Message] = field(default_factory=dict)  # a flag's or note's text -> message

    @property
    def ok(self) -> bool:
        return not self.flags


def check(
    declared: str,
    *,
    hs_codes: Iterable[str],
    schedule: Schedule,
    text: str = "",
    prediction: Prediction | None = None,
) -> DeclaredCheck:
    """Check a declared code against HS 2022, the destination schedule, the materials the text
    names and the classifier's prediction."""
    code = normalise_code(declared)
    dest = schedule.destination
    if code is None:
        text = (
            f"{declared.strip()[:40]!r} is not a customs code: 6, 8 or 10 digits "
            "expected (dots and spaces allowed)"
        )
        said = {text: msg.message("customs.flag.not_a_code", code=msg.quote(declared[:40]))}
        return DeclaredCheck(declared, None, dest, [(Flag.INVALID, text)], said=said)
    flags: list[tuple[Flag, str]] = []
    notes: list[str] = []
    said = {}
    hs = set(hs_codes)
    if len(code) < 6:
        text = f"{code} has {len(code)} digits; declare at least 6"
        flags.append((Flag.INVALID, text))
        said[text] = msg.message("customs.flag.too_short", code=code, digits=len(code))
        return DeclaredCheck(declared, code, dest, flags, said=said)
    if code[:6] not in hs:
        text = f"{code[:6]} is not an HS 2022 subheading"
        flags.append((Flag.NOT_IN_SCHEDULE, text))
        said[text] = msg.message("customs.flag.not_hs", code=code[:6])
        return DeclaredCheck(declared, code, dest, flags, said=said)
    _check_schedule(code, schedule, flags, notes, said)
    materials = material_groups(text)
    chapter = code[:2]
    own = chapter_materials(chapter)
    if materials and is_material_chapter(chapter) and not own & materials:
        text = (
            f"chapter {chapter} is for goods of {_names(own)}; the description names "
            f"{_names(materials)}"
        )
        flags.append((Flag.WRONG_MATERIAL, text))
        said[text] = msg.message(
            "customs.flag.wrong_material",
            chapter=chapter,
            own=msg.quote(_names(own)),
            named=msg.quote(_names(materials)),
        )
    if prediction is not None:
        _check_chapter(code, prediction, materials, flags, notes, said)
    return DeclaredCheck(declared, code, dest, flags, notes, said)


def _names(groups: Iterable[str]) -> str:
    return " / ".join(sorted(g.replace("_", " and ") for g in groups))


def _check_schedule(
    code: str,
    schedule: Schedule,
    flags: list[tuple[Flag, str]],
    notes: list[str],
    said: dict[str, Message],
) -> None:
    name = msg.quote(schedule.name)
    if schedule.lines is None:
        if len(code) > 6:
            text = (
                f"cannot check {code} against the {schedule.name} schedule: globalsell ships no "
                f"{schedule.name} lines; only its first 6 digits ({code[:6]}) were checked"
            )
            notes.append(text)
            said[text] = msg.message("customs.note.no_lines", code=code, schedule=name)
        return
    if len(code) == 6:
        digits = schedule.line_digits or "8-10"
        text = (
            f"{code} is an HS subheading; the {schedule.name} line "
            f"({digits} digits) is still to be chosen"
        )
        notes.append(text)
        said[text] = msg.message(
            "customs.note.subheading_only", code=code, schedule=name, digits=str(digits)
        )
        return
    size = schedule.line_digits
    if size is not None and len(code) > size:
        text = (
            f"digits {size + 1}-{len(code)} of {code} are not part of the {schedule.name} "
            "and were not checked"
        )
        notes.append(text)
        said[text] = msg.message(
            "customs.note.extra_digits",
            first=size + 1,
            last=len(code),
            code=code,
            schedule=name,
        )
        code = code[:size]
    if code in schedule.lines:
        return
    if code[6:].strip("0") == "":
        text = (
            f"{code} is the subheading {code[:6]} padded with zeros; it is not a line "
            f"of the {schedule.name}"
        )
        flags.append((Flag.ZERO_PADDED, text))
        said[text] = msg.message(
            "customs.flag.zero_padded", code=code, subheading=code[:6], schedule=name
        )
    else:
        text = f"{code} is not a line of the {schedule.name}"
        flags.append((Flag.NOT_IN_SCHEDULE, text))
        said[text] = msg.message("customs.flag.not_in_schedule", code=code, schedule=name)


def _check_chapter(
    code: str,
    prediction: Prediction,
    materials: set[str],
    flags: list[tuple[Flag, str]],
    notes: list[str],
    said: dict[str, Message],
) -> None:
    best = prediction.best
    chapter = code[:2]
    if best is None or best[0][:2] == chapter:
        return
    hs6, confidence = best
    theirs = hs6[:2]
    if prediction.abstained or confidence < CHAPTER_CONFIDENCE:
        text = (
            f"the classifier leans to chapter {theirs} ({hs6}, confidence {confidence:.2f}) but "
            "is not sure enough to call the declared chapter wrong"
        )
        notes.append(text)
        said[text] = msg.message(
            "customs.note.leans",
            chapter=theirs,
            code=hs6,
            percent=msg.number(round(confidence * 100)),
        )
        return
    in_declared = max((c for h, c in prediction.candidates if h[:2] == chapter), default=0.0)
    margin = confidence - in_declared
    if margin < CHAPTER_MARGIN:
        text = (
            f"chapter {theirs} ({confidence:.2f}) is not far enough ahead of the declared chapter "
            f"{chapter} ({in_declared:.2f}) to flag it"
        )
        notes.append(text)
        said[text] = msg.message("customs.note.not_ahead", chapter=theirs, declared=chapter)
        return
    why_not = _exempt(chapter, theirs, materials)
    if why_not:
        text = f"the classifier prefers chapter {theirs} ({hs6}) but {why_not}: not flagged"
        notes.append(text)
        said[text] = msg.message("customs.note.exempt", chapter=theirs, code=hs6)
        return
    text = (
        f"declared chapter {chapter}; the description points to chapter {theirs} ({hs6}, "
        f"confidence {confidence:.2f}, {margin:.2f} ahead of chapter {chapter})"
    )
    flags.append((Flag.WRONG_CHAPTER, text))
    said[text] = msg.message(
        "customs.flag.wrong_chapter",
        declared=chapter,
        chapter=theirs,
        code=hs6,
        percent=msg.number(round(confidence * 100)),
    )


def _exempt(declared: str, predicted: str, materials: set[str]) -> str | None:
    """Why a confident disagreement is still not evidence, or None."""
    mine, theirs = chapter_materials(declared), chapter_materials(predicted)
    if declared in FUNCTION_CHAPTERS and is_material_chapter(predicted):
        return (
            f"chapter {declared} classifies articles by function, and the notes to chapter "
            f"{predicted} leave such articles to it"
        )
    if materials and predicted in _PRODUCT_CHAPTERS:
        return (
            f"the description names {_names(materials)}, a made article, while chapter "
            f"{predicted} covers no such articles"
        )
    if materials and theirs and not theirs & materials:
        return f"chapter {predicted} is for {_names(theirs)}, which the description does not name"
    if materials and mine & materials and mine != theirs:
        return (
            f"the description names {_names(mine & materials)}, the material of chapter {declared}"
        )
    return None


def contradicts_materials(chapter: str, text: str) -> bool:
    """Does the text name materials that rule the chapter out (a product chapter 01-38 for a
    made article, or a material chapter of a material the text does not name)?"""
    materials = material_groups(text)
    if not materials:
        return False
    if chapter in _PRODUCT_CHAPTERS:
        return True
    theirs = chapter_materials(chapter)
    return bool(theirs) and not theirs & materials


def prediction_of(candidates: Sequence[tuple[str, float]], *, abstained: bool) -> Prediction:
    return Prediction(tuple((h, float(c)) for h, c in candidates), abstained)
