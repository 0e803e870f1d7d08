"""FBA size tiers, billed weight and fulfilment fees (pure): a unit's sorted sides and weight in
the table's units -> its tier, billed weight and fee (None where only the seller has the figure)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal

from globalsell.core import messages
from globalsell.core.errors import ValidationFailed

GRAMS_PER = {
    "grams": Decimal(1),
    "kilograms": Decimal(1000),
    "pounds": Decimal("453.59237"),
    "ounces": Decimal("28.349523125"),
}
CM_PER = {
    "millimeters": Decimal("0.1"),
    "centimeters": Decimal(1),
    "meters": Decimal(100),
    "inches": Decimal("2.54"),
}


@dataclass(frozen=True, slots=True)
class FbaTier:
    code: str
    max_sides: tuple[Decimal | None, Decimal | None, Decimal | None] | None = None
    max_side_sum: Decimal | None = None
    max_length_girth: Decimal | None = None
    max_weight: Decimal | None = None
    package_weight: Decimal = Decimal(0)
    dim_weight: bool = False
    fee_base: Decimal | None = None  # None = no public figure (seller-supplied)
    over: Decimal = Decimal(0)
    per_unit_over: Decimal = Decimal(0)
    unit_step: Decimal = Decimal(1)
    status: str = "reported"

    def fits_size(self, sides: tuple[Decimal, Decimal, Decimal]) -> bool:
        if self.max_sides is not None:
            for side, limit in zip(sides, self.max_sides, strict=True):
                if limit is not None and side > limit:
                    return False
        if self.max_side_sum is not None and sum(sides) > self.max_side_sum:
            return False
        girth = 2 * (sides[1] + sides[2])
        return self.max_length_girth is None or sides[0] + girth <= self.max_length_girth

    def fee(self, billed: Decimal) -> Decimal | None:
        if self.fee_base is None:
            return None
        if billed <= self.over or not self.per_unit_over:
            return self.fee_base
        steps = ((billed - self.over) / self.unit_step).to_integral_value(rounding=ROUND_CEILING)
        return self.fee_base + steps * self.per_unit_over


@dataclass(frozen=True, slots=True)
class FbaTable:
    store: str
    currency: str
    length_unit: str
    weight_unit: str
    dim_divisor: Decimal | None
    tiers: tuple[FbaTier, ...]
    version: str

    def classify(
        self, sides_cm: tuple[Decimal, Decimal, Decimal] | None, weight_g: Decimal
    ) -> tuple[FbaTier, Decimal]:
        """The first tier the unit fits and its billed weight in the table's weight unit."""
        if weight_g <= 0:
            raise ValidationFailed("item weight must be greater than zero", field="item_weight")
        weight = weight_g / GRAMS_PER[self.weight_unit]
        sides: tuple[Decimal, Decimal, Decimal] | None = None
        if sides_cm is not None:
            ordered = sorted((s / CM_PER[self.length_unit] for s in sides_cm), reverse=True)
            sides = (ordered[0], ordered[1], ordered[2])
        for tier in self.tiers:
            billed = weight + tier.package_weight  # package weight is in the table's unit
            if tier.dim_weight and sides is not None and self.dim_divisor:
                billed = max(billed, sides[0] * sides[1] * sides[2] / self.dim_divisor)
            if sides is None:
                if tier.max_sides or tier.max_side_sum or tier.max_length_girth:
                    continue  # a size-limited tier needs the unit's dimensions
            elif not tier.fits_size(sides):
                continue
            if tier.max_weight is not None and billed > tier.max_weight:
                continue
            return tier, billed
        raise ValidationFailed(
            f"no FBA size tier in {self.store} fits this unit",
            field="item_dimensions",
            said=messages.message("pricing.no_size_tier", store=self.store),
        )
