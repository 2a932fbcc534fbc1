"""Exact points arithmetic.

Points entered by people are ``Decimal`` (at most two decimal places); every computation runs on
``Fraction`` so that means of three reviewers stay exact. Rounding happens only when a value is shown
or exported, half-up to two places.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from app.review import field_values
from app.review.field_values import FieldError

ZERO = Fraction(0)
TWO_PLACES = Decimal("0.01")

PointsLike = Fraction | Decimal | int | str


class PointsError(FieldError):
    """A text that is not a valid number of points."""


def to_fraction(value: PointsLike) -> Fraction:
    """Convert without loss; strings are parsed as decimals."""
    if isinstance(value, Fraction):
        return value
    if isinstance(value, str):
        return Fraction(parse_points(value))
    return Fraction(value)


def parse_points(text: str) -> Decimal:
    """Parse a user-typed number of points: non-negative, at most two decimals, dot or comma.

    The one parser is ``app.review.field_values.parse_points`` (constant time, a range per field);
    this is it without a maximum, raising ``PointsError``.
    """
    try:
        return field_values.parse_points(text)
    except FieldError as exc:
        raise PointsError(str(exc)) from None


def round_half_up(value: PointsLike, places: int = 2) -> Decimal:
    """Round an exact value half-up (away from zero at .5) to ``places`` decimals."""
    frac = to_fraction(value)
    quantum = Decimal(1).scaleb(-places)
    # Integer arithmetic on the exact fraction: no binary or decimal precision is involved.
    sign = -1 if frac < 0 else 1
    scaled = abs(frac) * (10**places)
    whole, remainder = divmod(scaled.numerator, scaled.denominator)
    if remainder * 2 >= scaled.denominator:
        whole += 1
    return (Decimal(sign * whole) * quantum).quantize(quantum)


def format_points(value: PointsLike, places: int = 2) -> str:
    """Display form: dot decimal, at most two places, no trailing zeros ("3.5", "85", "85.33")."""
    rounded = round_half_up(value, places)
    text = format(rounded, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def export_points(value: PointsLike) -> Decimal:
    """Export form: always two decimals, for spreadsheets and JSON."""
    return round_half_up(value, 2)


def clamp(value: Fraction, low: Fraction | None = None, high: Fraction | None = None) -> Fraction:
    if low is not None and value < low:
        return low
    if high is not None and value > high:
        return high
    return value
