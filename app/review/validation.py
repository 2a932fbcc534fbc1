"""Is a deduction or a veto acceptable for a checklist? One answer for paper sheets, merges and the UI."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from app.review.checklist import Checklist


class Problem(StrEnum):
    UNKNOWN_ITEM = "unknown_item"
    UNKNOWN_REASON = "unknown_reason"
    UNKNOWN_VETO = "unknown_veto"
    NOT_POSITIVE = "not_positive"
    ABOVE_ITEM_MAXIMUM = "above_item_maximum"
    NOT_REASON_POINTS = "not_reason_points"  # points outside what the chosen reason allows
    FREE_DEDUCTION_NOT_ALLOWED = "free_deduction_not_allowed"
    REASON_TEXT_REQUIRED = "reason_text_required"
    ANCHOR_REQUIRED = "anchor_required"
    PAGE_OUT_OF_RANGE = "page_out_of_range"


def check_deduction(
    checklist: Checklist,
    item_id: str,
    points: Decimal,
    reason_id: str | None,
    text: str,
    page: int | None = None,
    page_count: int | None = None,
    *,
    enforce_anchor: bool = False,
) -> Problem | None:
    item = checklist.item(item_id)
    if item is None:
        return Problem.UNKNOWN_ITEM
    if points <= 0:
        return Problem.NOT_POSITIVE
    if points > item.max_points:
        return Problem.ABOVE_ITEM_MAXIMUM
    if reason_id:
        reason = item.reason(reason_id)
        if reason is None:
            return Problem.UNKNOWN_REASON
        if not reason.allows(points):
            return Problem.NOT_REASON_POINTS
    else:
        if not item.free_deduction:
            return Problem.FREE_DEDUCTION_NOT_ALLOWED
        if not text.strip():
            return Problem.REASON_TEXT_REQUIRED
    if page is not None and (page < 1 or (page_count is not None and page > page_count)):
        return Problem.PAGE_OUT_OF_RANGE
    if enforce_anchor and checklist.anchor_required(item) and page is None:
        return Problem.ANCHOR_REQUIRED
    return None


def check_veto(checklist: Checklist, veto_id: str, reason: str) -> Problem | None:
    if checklist.veto(veto_id) is None:
        return Problem.UNKNOWN_VETO
    if not reason.strip():
        return Problem.REASON_TEXT_REQUIRED
    return None
