"""The platform's top-level or second-level category as a chapter prior (customs.platform)."""

from globalsell.customs import classifier, platform


def test_the_top_level_category_names_its_chapters() -> None:
    assert platform.chapters("Shoes > Women's Shoes > Pumps") == frozenset({"64"})
    assert platform.chapters("hair extensions & wigs>Human Wigs") == frozenset({"67"})
    assert platform.chapters("Watches") == frozenset({"91"})


def test_an_unknown_or_missing_category_says_nothing() -> None:
    assert platform.chapters("Garden Gnomes > Resin") == frozenset()
    assert platform.chapters(None) == frozenset()
    assert platform.chapters("") == frozenset()


def test_only_the_first_level_counts() -> None:
    # 'Shoes' as a second level under another top level is not the Shoes category
    assert platform.chapters("Toys & Hobbies > Shoes") == frozenset({"95"})


def test_the_category_chapter_is_named_among_the_reasons() -> None:
    result = classifier.classify(
        "Genuine Leather Loafers for Men", category="Shoes > Men's Shoes > Loafers"
    )
    best = result.candidates[0]
    assert best.hs6.startswith("64")
    assert "the platform's top-level category covers chapter 64" in best.reasons


def test_each_reason_has_its_message_code() -> None:
    result = classifier.classify(
        "Genuine Leather Loafers for Men", category="Shoes > Men's Shoes > Loafers"
    )
    best = result.candidates[0]
    codes = [m.code for m in best.said]

    assert len(best.said) == len(best.reasons)
    assert "customs.reason.platform_chapter" in codes
    platform_said = best.said[codes.index("customs.reason.platform_chapter")]
    assert platform_said.params == {"chapter": "64"}
    assert codes[-1] == "customs.reason.heading"


def test_a_listed_second_level_narrows_or_replaces_the_top_level() -> None:
    assert platform.chapters("Watches > Watches Accessories > Watchbands") == frozenset({"91"})
    assert platform.chapters("Home & Garden > Home Textile > Blanket") == frozenset({"63", "94"})
    # a second level not listed falls back to the top level
    assert platform.chapters("Shoes > Men's Shoes > Casual Sneakers") == frozenset({"64"})
    assert platform.chapters("Home & Garden > Garden Gnomes") == frozenset()


def test_every_second_level_sits_under_its_top_level_and_names_real_chapters() -> None:
    for key, chapters in platform.SECOND_LEVEL.items():
        assert key.count(" > ") == 1
        assert chapters
        assert all(len(c) == 2 and c.isdigit() for c in chapters)
