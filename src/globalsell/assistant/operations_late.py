"""The detector of shipments late against their ETA or held up on the way, beside the other
supply-side detectors of `operations.py` whose helpers it shares. Pure: it reads the snapshot's
shipment facts and returns findings."""

from __future__ import annotations

from globalsell.assistant.answer_words import counted
from globalsell.assistant.domain import Finding, Severity, Snapshot, Thresholds
from globalsell.assistant.operations import money
from globalsell.core import messages as msg

# ---------------------------------------------------------------- shipments late against ETA

LATE_KINDS = ("late_for_need_date", "late_departure", "port_dwell", "customs_dwell")


class LateShipments:
    name = "logistics.late"
    summary = "Shipments predicted to land after they are needed, or held up on the way."

    def detect(self, snapshot: Snapshot, thresholds: Thresholds) -> list[Finding]:
        findings: list[Finding] = []
        for s in snapshot.shipments:
            late_by = (
                (s.predicted_arrival - s.need_by).days
                if s.predicted_arrival is not None and s.need_by is not None
                else None
            )
            slip = (
                (s.predicted_arrival - s.planned_arrival).days
                if s.predicted_arrival is not None and s.planned_arrival is not None
                else None
            )
            held = [(kind, message) for kind, message in s.exceptions if kind in LATE_KINDS]
            if not held and (late_by is None or late_by <= 0):
                continue
            parts = []
            if late_by is not None and late_by > 0:
                parts.append(
                    f"predicted to land on {s.predicted_arrival}, {late_by} day(s) after it is "
                    f"needed ({s.need_by})"
                )
            elif s.predicted_arrival is not None:
                parts.append(f"predicted to land on {s.predicted_arrival}")
            if slip is not None and slip > 0:
                parts.append(f"{slip} day(s) behind the carrier's plan")
            parts.extend(message for _, message in held)
            critical = (late_by is not None and late_by >= 3) or any(
                kind == "customs_dwell" for kind, _ in held
            )
            findings.append(
                Finding(
                    detector=self.name,
                    subject=f"shipment:{s.code}",
                    severity=Severity.CRITICAL if critical else Severity.WARNING,
                    reason=(
                        f"Shipment {s.code} ({s.modes}, {counted(s.units, 'unit')} "
                        f"to {s.destination}, "
                        f"{s.status.replace('_', ' ')}): " + "; ".join(parts) + "."
                    ),
                    evidence={
                        "shipment": s.code,
                        "destination": s.destination,
                        "status": s.status,
                        "planned_arrival": str(s.planned_arrival) if s.planned_arrival else None,
                        "predicted_arrival": (
                            str(s.predicted_arrival) if s.predicted_arrival else None
                        ),
                        "need_by": str(s.need_by) if s.need_by else None,
                        "exceptions": [list(e) for e in held],
                    },
                    impact=None,
                    message=msg.message(
                        "assistant.late_shipment",
                        code=s.code,
                        units=s.units,
                        destination=s.destination,
                        status=msg.label("milestone", s.status),
                        parts=msg.items(
                            [
                                *(
                                    [
                                        msg.nested(
                                            msg.message(
                                                "assistant.late.after_need",
                                                date=msg.day(s.predicted_arrival),
                                                days=late_by,
                                                need_by=msg.day(s.need_by),
                                            )
                                        )
                                    ]
                                    if late_by is not None
                                    and late_by > 0
                                    and s.predicted_arrival is not None
                                    and s.need_by is not None
                                    else [
                                        msg.nested(
                                            msg.message(
                                                "assistant.late.lands",
                                                date=msg.day(s.predicted_arrival),
                                            )
                                        )
                                    ]
                                    if s.predicted_arrival is not None
                                    else []
                                ),
                                *(
                                    [msg.nested(msg.message("assistant.late.slip", days=slip))]
                                    if slip is not None and slip > 0
                                    else []
                                ),
                                *(msg.label("exception", kind) for kind, _ in held),
                            ]
                        ),
                    ),
                    impact_message=msg.message(
                        "assistant.impact.late_goods",
                        value=msg.money(
                            money(s.goods_value, snapshot.base_currency)
                            if s.goods_value is not None
                            else None
                        ),
                    ),
                    impact_note=(
                        "not estimated: what a late shipment costs depends on the stock at "
                        "the FC (see the stock-out findings); goods on board "
                        + (
                            f"{money(s.goods_value, snapshot.base_currency).format_plain()} "
                            "at unit cost"
                            if s.goods_value is not None
                            else "of unknown cost"
                        )
                    ),
                )
            )
        return findings
