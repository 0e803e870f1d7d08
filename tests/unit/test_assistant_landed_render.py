"""The assistant's landed-cost line says which lines have no figure (ADR 0138)."""

from __future__ import annotations

from globalsell.assistant.answers_render import _landed_line

ROW = {
    "sku": "NB-1",
    "store": "DE",
    "landed_cost": "3.88",
    "goods": "3.34",
    "freight": "0.54",
    "duty": "0.00",
    "currency": "EUR",
}


def test_a_complete_landed_cost_reads_every_line() -> None:
    assert _landed_line({**ROW, "unknown": ""}, zh=False) == (
        "Landed cost of NB-1 in DE: 3.88 EUR a unit (goods 3.34, freight 0.54, duty 0.00)"
    )


def test_an_unknown_duty_is_said_unknown_and_the_cost_incomplete() -> None:
    assert _landed_line({**ROW, "unknown": "duty"}, zh=False) == (
        "Landed cost of NB-1 in DE: 3.88 EUR a unit, incomplete (goods 3.34, freight 0.54, duty "
        "unknown): duty is unknown, so the true cost is higher"
    )
    assert _landed_line({**ROW, "unknown": "freight duty"}, zh=True) == (
        "NB-1 在 DE 的到岸成本: 每件 3.88 EUR（不完整） (货值 3.34，运费 未知，关税 未知)："
        "运费、关税未知，实际成本比这更高"
    )
