"""Bad seller input never crashes generation and never ships untranslated or unsafe text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from globalsell.core.marketplaces import marketplaces
from globalsell.listings.content import Sku, render
from globalsell.listings.domain import STORES
from globalsell.listings.extract import MasterText, complete
from globalsell.listings.glossary import glossary
from globalsell.listings.rules import validate

HAN = re.compile(r"[\u4e00-\u9fff]")


def listing(master: MasterText, store: str) -> tuple[dict[str, object], list[str]]:
    sku = Sku("BAD-1", "NINGVALE", "zh", None, False, None, master)
    market = marketplaces().get(store)
    out = render(sku, complete(master, glossary()), market, glossary())
    issues = [i.code for i in out.issues] + [i.code for i in validate(out.content, market)]
    return out.content, issues


def test_long_html_emoji_and_script_seller_text() -> None:
    master = MasterText(
        title="硅胶锅铲 🔥🔥 <script>alert(1)</script>",
        title_en="Spatula <script>alert(1)</script> 🔥 BEST PRICE!!!",
        category=None,
        description="很好" * 5000,  # 10,000 characters
        bullets=("<b>卖点</b> 🔥",),
        keywords=(),
        attributes={"material": ("硅胶", None)},
    )
    for store in STORES:
        content, issues = listing(master, store)
        text = str(content)
        assert "<script" not in text
        assert "🔥" not in text
        if store != "JP":
            assert HAN.search(text) is None, store
        assert "needs-translation" not in issues


def test_mixed_script_garbage_without_a_known_product() -> None:
    master = MasterText("ЖЖ§§ 乱码 ØØ ￥￥", None, None, None, (), (), {})
    content, issues = listing(master, "DE")
    assert content == {"brand": "NINGVALE", "product_type": "PRODUCT"}
    assert issues == ["unknown-product-type"] + ["required"] * 5


@settings(max_examples=60, deadline=None)
@given(
    title=st.text(max_size=80),
    description=st.text(max_size=300),
    bullet=st.text(max_size=80),
    material=st.text(max_size=20),
    store=st.sampled_from([s for s in STORES if s != "JP"]),
)
def test_no_source_text_ever_ships_outside_japan(
    title: str, description: str, bullet: str, material: str, store: str
) -> None:
    master = MasterText(
        title="保温杯 " + title,
        title_en=None,
        category=None,
        description=description,
        bullets=(bullet,),
        keywords=(),
        attributes={"material": (material or "x", None)},
    )
    content, _ = listing(master, store)
    assert HAN.search(str(content)) is None
