"""The page scanner itself: it must find what it is meant to find, and only that."""

from __future__ import annotations

from tests.web.scan import english_runs, leaks


def test_an_english_sentence_on_a_chinese_page_is_found() -> None:
    html = "<p>库存 <span>runs out in about 8 days</span></p><td>在途 96 件</td>"

    assert english_runs(html) == ["runs out in about"]


def test_text_marked_translate_no_and_domain_terms_are_not_english_sentences() -> None:
    html = (
        '<h1 translate="no">NINGVALE Electric Kettle, Stainless Steel</h1>'
        '<div lang="de">Edelstahl Wasserkocher mit Abschaltung</div>'
        "<p>FBA 仓少收 2 件：NB-AP-003 22/24 · SKU ASIN HS GTIN</p>"
    )

    assert english_runs(html) == []


def test_attributes_a_person_reads_are_scanned_too() -> None:
    html = '<td title="sales lost without action: 14 units">¥100</td>'

    assert english_runs(html) == ["sales lost without action"]


def test_cells_are_read_one_by_one_so_numbers_never_run_together() -> None:
    html = "<tr><td>2026年11月23日</td><td>1</td><td>3.951324</td></tr>"
    joined = "<tr><td>13.951324</td></tr>"

    assert leaks(html) == {"padded number": ["3.951324"]}
    assert leaks(joined) == {"padded number": ["13.951324"]}
    assert leaks("<tr><td>1</td><td>3.95</td><td>13</td><td>24</td></tr>") == {}


def test_audit_names_codes_and_padded_numbers_are_found() -> None:
    html = (
        '<a data-by="user:1">Chen</a><p>planning.plan.accept</p><p>1580.000000</p>'
        "<p>articles n.e.c. of plastics</p>"
    )

    assert leaks(html) == {
        "audit name": ["user:1"],
        "dotted code": ["planning.plan.accept"],
        "padded number": ["1580.000000"],
    }


def test_numbers_quoted_from_a_tariff_are_not_storage_padding() -> None:
    html = '<td translate="no">(or 0.000005) per Kelvin</td><td>0.000005</td>'

    assert leaks(html) == {"padded number": ["0.000005"]}
