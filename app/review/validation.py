"""Is a deduction or a veto acceptable for a checklist? One answer for paper sheets, merges and the UI."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from app.review.checklist import Checklist
from app.review.field_values import FieldError, check_page, check_points_places


def page_fits(page: int | None, page_count: int | None) -> bool:
    """No page, or one of the PDF's pages (``field_values.check_page``)."""
    try:
        check_page(page, page_count)
    except FieldError:
        return False
    return True


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
    BAD_POINTS = "bad_points"  # not a finite number with at most two decimals
    TEXT_TOO_LONG = "text_too_long"


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
    try:
        check_points_places(points)
    except FieldError:
        return Problem.BAD_POINTS
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
    if not page_fits(page, page_count):
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
