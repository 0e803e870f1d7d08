"""Traditional Chinese read as simplified: a seller in Taiwan or Hong Kong asks
"電熱水壺的海關編碼是什麼" and the parser, whose vocabulary is simplified, reads
"电热水壶的海关编码是什么". The conversion is
OpenCC's phrase-aware traditional-to-simplified table (opencc-purepy, pure Python, offline); text
without traditional characters comes back unchanged."""

from __future__ import annotations

import re
from functools import cache

from opencc_purepy import OpenCC

_HAN = re.compile(r"[\u4e00-\u9fff]")


@cache
def _converter() -> OpenCC:
    return OpenCC("t2s")


def to_simplified(text: str) -> str:
    """`text` with its traditional Chinese characters and phrases in simplified form."""
    if _HAN.search(text) is None:
        return text
    return str(_converter().convert(text))


# Cantonese grammar words (as OpenCC leaves them in simplified form) and their Mandarin
# equivalents: the question words, the negation 冇, the particles 嘅/咗/喺/啲, the adverb 仲
# ("still") and the pronoun 佢. Written Cantonese uses them where Mandarin has the right-hand
# words; they are no product names ("边只卖得最好" is "哪个卖得最好").
_CANTONESE = {
    "边只": "哪个",
    "边个": "哪个",
    "边款": "哪款",
    "边间": "哪家",
    "边度": "哪里",
    "几多": "多少",
    "乜嘢": "什么",
    "咩": "什么",
    "点解": "为什么",
    "点样": "怎么样",
    "系咪": "是不是",
    "系唔系": "是不是",
    "有冇": "有没有",
    "冇": "没有",
    "嘅": "的",
    "咗": "了",
    "喺度": "在",  # "at (the place named)": "仓仲有几多件喺度"
    "喺": "在",
    # 仲 is Mandarin 还 ("still"): "仲有几多" / "仲剩几多" is "还有多少" / "还剩多少"
    "仲有": "还有",
    "仲剩": "还剩",
    "啲": "些",
    "佢哋": "他们",
    "佢": "它",
    "隔篱": "隔壁",  # "next door": "隔篱嗰间卖家" is another seller
    # time words: "而家" (now), "以嚟" (since), "琴日" / "寻日" (yesterday), "今日" (today)
    "而家": "现在",
    "以嚟": "以来",
    "琴日": "昨天",
    "寻日": "昨天",
    "今日": "今天",
    "今个月": "这个月",
    "今个礼拜": "这个礼拜",
    "今个星期": "这个星期",
    "今个季度": "这个季度",
    "等紧": "在等",  # "等紧我批": waiting for my approval
    # 呢 ("this") before a measure word; 哋 makes a plural pronoun
    "呢个": "这个",
    "呢间": "这家",
    "呢只": "这个",
    "呢款": "这款",
    "呢排": "最近",
    "我哋": "我们",
    "你哋": "你们",
    # "几多张单": orders are counted in 张; "计埋" / "加埋": counted in, added up
    "张单": "单",
    "计埋": "算上",
    "加埋": "加起来",
    "畀": "给",
    "揾": "找",
    # 嗰 ("that"), which the simplifier writes 𠮶
    **{
        f"{that}{rest}": f"那{mandarin}"
        for that in ("嗰", "𠮶")
        for rest, mandarin in (
            ("间", "家"),
            ("家", "家"),
            ("个", "个"),
            ("只", "个"),
            ("日", "天"),
            ("啲", "些"),
            ("", ""),
        )
    },
}
# northern colloquial Mandarin (a 东北 boss typing as he talks): the day words with 儿
# ("昨儿个"), the question words 啥 / 咋 / 多老少, "加一块" (added up), 俺 (I), 贼 (very),
# and "整了多少钱" (made how much): the standard words the parser reads
_COLLOQUIAL = {
    "昨儿个": "昨天",
    "昨儿": "昨天",
    "今儿个": "今天",
    "今儿": "今天",
    "前儿个": "前天",
    "前儿": "前天",
    "啥时候": "什么时候",
    "为啥": "为什么",
    "啥": "什么",
    "咋样": "怎么样",
    "咋": "怎么",
    "多老少": "多少",
    "嘎哈": "干什么",
    "加一块儿": "加起来",
    "加一块": "加起来",
    "拢共": "一共",
    "统共": "一共",
    "俺们": "我们",
    "俺": "我",
    "贼多": "很多",
    "整了多少钱": "卖了多少钱",
}
_CANTONESE.update(_COLLOQUIAL)
# 吴语 (Shanghai, 江浙) and 西南官话 (四川, 重庆) words a seller types as spoken: 阿拉 (we),
# 侬 (you), 几钿 (how much money), 卖脱 (sold), 物事 (things), 伐 (question particle); 莫得 /
# 莫 (not, none), 咋个 (how), 勒点 (this bit)
_DIALECT = {
    "阿拉": "我们",
    "侬": "你",
    "几钿": "多少钱",
    "多少钿": "多少钱",
    "卖脱": "卖了",
    "卖掉": "卖了",
    "啥物事": "什么产品",
    "物事": "东西",
    "晓得伐": "知道吗",
    "里向": "里",
    # "平均一日" is a day's average; "十二月一日" stays a date
    "平均一日": "平均一天",
    "一日平均": "一天平均",
    "啥辰光": "什么时候",
    "辰光": "时候",
    "交关": "很",
    "莫得": "没有",
    "咋个": "怎么",
    "勒点": "这点",
    "啥子": "什么",
    "仓头": "仓里",
    "压起": "压着",
    "几只": "几个",
}
_CANTONESE.update(_DIALECT)
# 西南官话 "好多" asks how many before a measure word in a question ("还压起好多货哦",
# "卖了好多件嘛"); 莫 before a verb is 没 ("莫发货", "莫上线")
_HOW_MANY_SW = re.compile(
    r"好多(?=\s*(?:件|单|个|天|钱|货|只|张|票|台|条|款)|\s*[?？]|\s*[哦嘛噻哈呢]\s*$)"
)
_MO_VERB = re.compile(r"莫(?=发货|发|上线|上架|卖|到|清关|出)")
# 边 is "which" unless it ends a place word ("这边", "旁边", "左边只有..."), and never inside one
_CANTONESE_RE = re.compile(
    "|".join(
        ("(?<![这那旁左右东西南北上下前后里外身两一半海岸周无天])" if k[0] == "边" else "")
        + re.escape(k)
        for k in sorted(_CANTONESE, key=len, reverse=True)
    )
)


# Japanese business words a 日本站 manager mixes into Chinese ("日本站ケトル的在庫状況",
# "アマゾン日本 上个月的売上", "出荷待ち的订单"), written as typed (before the simplifier, which
# leaves the Japanese forms 売 / 価 alone): the Chinese words the parser reads. Product names in
# katakana are not translated: they name no product here and are asked back.
_JAPANESE = {
    "在庫切れ": "断货",
    "品切れ": "断货",
    "欠品": "断货",
    "在庫状況": "库存情况",
    "在庫": "库存",
    "売上高": "销售额",
    "売上": "销售额",
    "売れ筋": "畅销",
    "平均売価": "平均售价",
    "販売価格": "售价",
    "売価": "售价",
    "価格": "价格",
    "販売数量": "销量",
    "販売数": "销量",
    "出荷待ち": "待发货",
    "未出荷": "未发货",
    "出荷済み": "已发货",
    "出荷": "发货",
    "注文数": "订单数",
    "注文": "订单",
    "赤字": "亏损",
    "黒字": "盈利",
    "輸送中": "在途",
    "配送中": "在途",
    "入荷予定": "在途",
    "入荷": "到货",
    "税関": "海关",
    "通関": "清关",
    "遅延": "延误",
    "状況": "情况",
    "トップ": "top",
    "アマゾン": "亚马逊",
}
_JAPANESE_RE = re.compile("|".join(re.escape(k) for k in sorted(_JAPANESE, key=len, reverse=True)))


def japanese_as_chinese(text: str) -> str:
    """`text` with Japanese business words in their Chinese form."""
    return _JAPANESE_RE.sub(lambda m: _JAPANESE[m.group(0)], text)


# English words a Malaysian or Singaporean seller mixes into Chinese ("这个 week 的 sales amount
# 多少 ah", "我们 total 有几多 products lah"): the Chinese words, and the particles dropped
_MIXED = (
    (re.compile(r"(?i)(?:这个|这|本)\s*week(?![a-z])"), "这周"),
    (re.compile(r"(?i)(?:上个|上)\s*week(?![a-z])"), "上周"),
    (re.compile(r"(?i)(?:这个|这|本)\s*month(?![a-z])"), "这个月"),
    (re.compile(r"(?i)(?:上个|上)\s*month(?![a-z])"), "上个月"),
    (re.compile(r"(?i)(?<![a-z])sales\s+amount(?![a-z])"), "销售额"),
    (re.compile(r"(?i)(?<![a-z])total\s+有"), "一共有"),
    (re.compile(r"(?i)(?:多少|几多|几)\s*(?:个\s*)?(?:products?|skus?)(?![a-z])"), "多少个产品"),
    (re.compile(r"(?i)(?<![a-z])(?:ah|lah|leh|lor|meh|hor)(?![a-z])"), " "),
)


# a Cantonese sentence opens with a measure word for "the" ("個水煲喺德國站…", "隻風扇"): "那个"
_BARE_CLASSIFIER = re.compile(r"^(\s*)(?:个|只|部|架|对|张|条|件)(?=[\u4e00-\u9fff]{2})")


def cantonese_as_mandarin(text: str) -> str:
    """`text` (simplified) with written Cantonese grammar words, northern colloquial words and
    the English words of a Malaysian seller in their Mandarin form."""
    if _HAN.search(text) is None:
        return text
    for mixed, words in _MIXED:
        text = mixed.sub(words, text)
    text = _BARE_CLASSIFIER.sub(r"\1那个", text)
    if re.search(r"[?？嘛噻哦哈]\s*$|吗", text):
        text = _HOW_MANY_SW.sub("多少", text)
    text = _MO_VERB.sub("没", text)
    return _CANTONESE_RE.sub(lambda m: _CANTONESE[m.group(0)], text)


# German business and time words a seller on Amazon.de mixes into English ("how much Umsatz
# since 01.12.", "the Lager from the scale", "die Bestellungen von letzter Woche"): the English
# words the parser reads. Each entry: German forms (lower case; ä / ö / ü / ß also match their
# spellings ae / oe / ue / ss), the endings they take (a noun's case and plural endings; an
# adjective's, which "letzt-" / "dies-" / "nächst-" always take), the English. A form is read
# only as a whole word: a compound not listed ("Küchenwaage", "FBA-Lager", "NB-EK-001") is
# left as written.
_NOUN = "(?:e|en|n|s|es)?"
_ADJ = "(?:e|em|en|er|es)"
_GERMAN: tuple[tuple[str, str, str], ...] = (
    ("umsatz|umsätze|erlös|erlöse", _NOUN, "revenue"),
    ("bestellung|auftrag|aufträge", _NOUN, "orders"),
    ("lager|lagerbestand|lagerbestände|bestand|bestände|warenbestand", _NOUN, "stock"),
    ("stück|stk", _NOUN, "units"),
    ("marktplatz", "(?:es)?", "marketplace"),
    ("marktplätze", "n?", "marketplaces"),
    ("artikel|produkte", _NOUN, "products"),
    ("produkt", "(?:s|es)?", "product"),
    ("einkaufspreis|ek-preis|ek|einkaufskosten|stückkosten", _NOUN, "unit cost"),
    ("verkaufspreis|vk-preis|vk|preis", _NOUN, "price"),
    ("zoll|zölle|zollgebühr|einfuhrzoll", _NOUN, "customs duty"),
    ("zolltarifnummer|warentarifnummer", _NOUN, "HS code"),
    ("sendung|lieferung", "", "shipment"),
    ("sendungen|lieferungen", "", "shipments"),
    ("marge", _NOUN, "margin"),
    ("gewinn", _NOUN, "profit"),
    ("verlust", _NOUN, "loss"),
    ("reichweite|lagerreichweite", _NOUN, "days of cover"),
    ("verkauf|verkäufe", _NOUN, "sales"),
    ("verkauft", "", "sold"),
    ("ausverkauft|vergriffen", "", "out of stock"),
    ("unterwegs", "", "in transit"),
    ("verspätet", f"{_ADJ}?", "late"),
    ("offen", f"{_ADJ}?", "open"),
    ("versandt|versendet|verschickt", "", "shipped"),
    ("durchschnitt|durchschnittlich", _NOUN, "average"),
    ("pro tag|täglich", "", "per day"),
    ("vorgestern", "", "the day before yesterday"),
    ("gestern", "", "yesterday"),
    ("heute", "", "today"),
    ("seit", "", "since"),
    ("bis", "", "until"),
    ("von|vom", "", "from"),
    ("letzt|vergangen", _ADJ, "last"),
    ("dies", _ADJ, "this"),
    ("nächst", _ADJ, "next"),
    ("woche", "", "week"),
    ("wochen", "", "weeks"),
    ("monat", "(?:s|es)?", "month"),
    ("monate", "n?", "months"),
    ("jahr", "(?:s|es)?", "year"),
    ("jahre", "n?", "years"),
    ("tage", "n?", "days"),
    ("quartal", "(?:s|es)?", "quarter"),
)
_UMLAUTS = {
    "ä": "(?:ä|a\u0308|ae)",
    "ö": "(?:ö|o\u0308|oe)",
    "ü": "(?:ü|u\u0308|ue)",
    "ß": "(?:ß|ss)",
}
# a Latin word's letters (with accents and combining marks), digits, "_" and "-": the text
# around a German word is none of them, so no form is read inside another word
_IN_WORD = r"0-9A-Za-z_\u00c0-\u024f\u0300-\u036f-"


def _german_form(forms: str, ending: str) -> str:
    spelt = "".join(_UMLAUTS.get(ch, re.escape(ch) if ch != " " else r"\s+") for ch in forms)
    return f"((?:{spelt.replace(re.escape('|'), '|')}){ending})"


_GERMAN_RE = re.compile(
    rf"(?<![{_IN_WORD}])(?:"
    + "|".join(_german_form(forms, ending) for forms, ending, _ in _GERMAN)
    + rf")(?![{_IN_WORD}])",
    re.IGNORECASE,
)


def german_as_english(text: str) -> str:
    """`text` with German business and time words (whole words, any case, with or without
    umlauts) as the English words the parser reads; anything else, and any text that is not
    in Latin script, comes back unchanged."""
    return _GERMAN_RE.sub(lambda m: _GERMAN[(m.lastindex or 1) - 1][2], text)
