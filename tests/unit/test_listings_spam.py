"""Marketplace title spam, whole words only, with the removed words reported."""

from __future__ import annotations

from globalsell.listings.spam import repeated_words, spam_markers, strip_spam


def test_spam_phrases_are_found_and_removed() -> None:
    title = "2024 New Hot Sale Women Dress High Quality European and American Free Shipping"
    assert spam_markers(title) == [
        "year",
        "new",
        "hot-sale",
        "high-quality",
        "origin-style",
        "free-shipping",
    ]
    assert strip_spam(title) == (
        "Women Dress",
        ["2024", "New", "Hot Sale", "High Quality", "European and American", "Free Shipping"],
    )


def test_quantities_and_words_inside_words_are_not_spam() -> None:
    assert spam_markers("Power Bank 2000 mAh, 1200W Kettle, 2024x1080 Screen") == []
    assert spam_markers("Hot Water Bottle, Newcastle Renewal Mug") == []


def test_repeated_words_keep_the_first() -> None:
    assert repeated_words("Ring Ring Ring for the Gold Ring") == ["ring"]
    assert strip_spam("Rings for Women Wedding Rings Engagement Rings") == (
        "Rings for Women Wedding Engagement",
        ["Rings", "Rings"],
    )
