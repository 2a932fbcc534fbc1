"""What printed documents need to say the core's codes and figures: points, dates, section numerals.

A printed sheet is always Chinese (it is an official record): the words for roles, sources, veto
effects, zero reasons and indicator steps come from the domain's vocabulary (``app.vocabulary``) in
its official language, the same words the windows, the exports and the command line use. Unknown
codes print as themselves, so a new code shows up on paper instead of breaking a print run.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from decimal import Decimal
from fractions import Fraction

from app.review.indicators import Step
from app.review.points import format_points
from app.vocabulary import OFFICIAL, step_text, word

SECTION_NUMERALS = "一二三四五六七八九十"


def said(section: str, code: object, /, **fields: object) -> str:
    """The official (Chinese) words for a code of the core: ``said("role", Role.EXPERT)`` → 专家."""
    return word(section, code, OFFICIAL, **fields)


def pts(value: Fraction | Decimal | int | None, empty: str = "—") -> str:
    """Points as shown on paper: half-up to 2 places, trailing zeros dropped; ``empty`` for None."""
    return empty if value is None else format_points(value)


def section_number(index: int) -> str:
    """0 → 一, 9 → 十, 10 → 11 (checklists have a handful of sections)."""
    return SECTION_NUMERALS[index] if index < len(SECTION_NUMERALS) else str(index + 1)


def chinese_date(day: date | None) -> str:
    return "" if day is None else f"{day.year}年{day.month}月{day.day}日"


def local_date(stamp: datetime | None) -> date | None:
    """Panel files store naive UTC; a sheet shows the reviewer's local calendar day."""
    if stamp is None:
        return None
    aware = stamp.replace(tzinfo=UTC) if stamp.tzinfo is None else stamp
    return aware.astimezone().date()


def describe_step(step: Step, dossier_names: Mapping[str, str] | None = None) -> str:
    """One line of how an indicator was computed, in the words of the notices."""
    return step_text(step, dossier_names, OFFICIAL)
