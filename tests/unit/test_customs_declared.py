"""The declared-code check on crafted cases: each named case flagged with its reason, and the
disagreements that are not evidence left unflagged with a note saying why."""

from __future__ import annotations

from globalsell.customs.declared import (
    Prediction,
    Schedule,
    check,
    contradicts_materials,
    material_groups,
)
from globalsell.customs.domain import Flag

HS = {"961700", "392410", "392490", "610910", "630260", "732393", "821300", "482010", "230990"}
US = Schedule("US", "US HTS", frozenset({"9617001000", "9617004000", "3924104000", "61091000"}))
EU = Schedule("DE", "EU CN 2023", frozenset({"39241000", "96170000"}), line_digits=8)
GB = Schedule("GB", "UK tariff", None)


def sure(*cands: tuple[str, float]) -> Prediction:
    return Prediction(tuple(cands), abstained=False)


def test_zero_padded_subheading_is_flagged_where_the_schedule_is_shipped() -> None:
    result = check("9617.00.0000", hs_codes=HS, schedule=US)
    assert result.code == "9617000000"
    assert result.flags == [
        (
            Flag.ZERO_PADDED,
            "9617000000 is the subheading 961700 padded with zeros; it is not a line of the US HTS",
        )
    ]


def test_a_line_missing_from_the_schedule_is_flagged_and_a_real_line_passes() -> None:
    assert check("9617009999", hs_codes=HS, schedule=US).flags == [
        (Flag.NOT_IN_SCHEDULE, "9617009999 is not a line of the US HTS")
    ]
    assert check("999999", hs_codes=HS, schedule=US).flags == [
        (Flag.NOT_IN_SCHEDULE, "999999 is not an HS 2022 subheading")
    ]
    good = check("9617001000", hs_codes=HS, schedule=US)
    assert good.ok
    assert good.notes == []


def test_without_schedule_data_the_national_digits_cannot_be_checked() -> None:
    result = check("39241000", hs_codes=HS, schedule=GB)
    assert result.ok
    assert result.notes == [
        "cannot check 39241000 against the UK tariff schedule: globalsell ships no UK "
        "tariff lines; only its first 6 digits (392410) were checked"
    ]


def test_eu_lines_are_checked_at_8_digits_and_padding_can_be_real() -> None:
    assert check("96170000", hs_codes=HS, schedule=EU).ok  # CN 9617 00 00 has no subdivision
    assert check("39241000", hs_codes=HS, schedule=EU).ok
    padded = check("61091000", hs_codes=HS, schedule=EU)
    assert padded.flags == [
        (
            Flag.ZERO_PADDED,
            "61091000 is the subheading 610910 padded with zeros; it is not a line of the "
            "EU CN 2023",
        )
    ]
    taric = check("9617000010", hs_codes=HS, schedule=EU)
    assert taric.ok
    assert taric.notes == [
        "digits 9-10 of 9617000010 are not part of the EU CN 2023 and were not checked"
    ]


def test_invalid_codes_name_the_problem() -> None:
    assert check("n/a", hs_codes=HS, schedule=US).flags == [
        (
            Flag.INVALID,
            "'n/a' is not a customs code: 6, 8 or 10 digits expected (dots and spaces allowed)",
        )
    ]
    assert check("9617", hs_codes=HS, schedule=US).flags == [
        (Flag.INVALID, "9617 has 4 digits; declare at least 6")
    ]


def test_wrong_material_when_the_text_names_another_material() -> None:
    result = check("392410", hs_codes=HS, schedule=GB, text="不锈钢真空保温杯 304 stainless")
    assert result.flags == [
        (
            Flag.WRONG_MATERIAL,
            "chapter 39 is for goods of plastics; the description names iron and steel",
        )
    ]
    # a mixed product naming the declared material as well is not flagged
    assert check("392410", hs_codes=HS, schedule=GB, text="steel and PP plastic box").ok
    # function chapters do not depend on the material
    assert check("821300", hs_codes=HS, schedule=GB, text="scissors, ABS handles").ok


def test_wrong_chapter_on_a_confident_answer_with_a_margin() -> None:
    result = check(
        "392410",
        hs_codes=HS,
        schedule=GB,
        text="double-walled vacuum flask",
        prediction=sure(("961700", 0.92), ("732393", 0.05)),
    )
    assert result.flags == [
        (
            Flag.WRONG_CHAPTER,
            "declared chapter 39; the description points to chapter 96 (961700, confidence "
            "0.92, 0.92 ahead of chapter 39)",
        )
    ]
    # same material group, different article: a t-shirt declared as bed/toilet linen
    shirt = check(
        "630260",
        hs_codes=HS,
        schedule=GB,
        text="men's cotton t-shirt",
        prediction=sure(("610910", 0.81), ("630260", 0.02)),
    )
    assert [f for f, _ in shirt.flags] == [Flag.WRONG_CHAPTER]


def test_unsure_close_or_abstained_answers_are_notes_not_flags() -> None:
    low = check("392410", hs_codes=HS, schedule=GB, prediction=sure(("961700", 0.44)))
    assert low.ok
    assert low.notes == [
        "the classifier leans to chapter 96 (961700, confidence 0.44) but is not sure enough "
        "to call the declared chapter wrong"
    ]
    close = check(
        "392410", hs_codes=HS, schedule=GB, prediction=sure(("961700", 0.62), ("392490", 0.3))
    )
    assert close.ok
    assert close.notes == [
        "chapter 96 (0.62) is not far enough ahead of the declared chapter 39 (0.30) to flag it"
    ]
    abstained = check(
        "392410",
        hs_codes=HS,
        schedule=GB,
        prediction=Prediction((("961700", 0.9),), abstained=True),
    )
    assert abstained.ok


def test_function_chapters_win_over_a_material_guess() -> None:
    scissors = check(
        "821300",
        hs_codes=HS,
        schedule=GB,
        text="多功能厨房剪刀 不锈钢",
        prediction=sure(("732393", 0.91)),
    )
    assert scissors.ok
    assert scissors.notes == [
        "the classifier prefers chapter 73 (732393) but chapter 82 classifies articles by "
        "function, and the notes to chapter 73 leave such articles to it: not flagged"
    ]


def test_a_guess_contradicting_the_named_materials_is_not_evidence() -> None:
    pet_bed = check(
        "392490",
        hs_codes=HS,
        schedule=GB,
        text="宠物窝 PP塑料",
        prediction=sure(("230990", 0.84)),
    )
    assert pet_bed.ok
    assert pet_bed.notes == [
        "the classifier prefers chapter 23 (230990) but the description names plastics, a made "
        "article, while chapter 23 covers no such articles: not flagged"
    ]
    boxes = check(
        "392490", hs_codes=HS, schedule=GB, text="PP storage box", prediction=sure(("482010", 0.97))
    )
    assert boxes.ok
    assert "chapter 48 is for paper, which the description does not name" in boxes.notes[0]


def test_material_words_in_several_languages_without_false_friends() -> None:
    assert material_groups("304不锈钢+ABS塑料") == {"iron_steel", "plastics"}
    assert material_groups("钢丝 羽毛") == {"iron_steel"}  # 钢丝 is steel wire, not silk
    assert material_groups("木制积木") == {"wood"}
    assert material_groups("积木 100粒") == set()  # building blocks, no material named
    assert material_groups("Edelstahl Trinkflasche") == {"iron_steel"}
    assert material_groups("a pet bed") == set()
    assert material_groups("Silikon? no: silicone") == {"plastics", "rubber"}
    assert contradicts_materials("23", "cat toy, ABS") is True
    assert contradicts_materials("95", "cat toy, ABS") is False
    assert contradicts_materials("23", "dog food") is False
