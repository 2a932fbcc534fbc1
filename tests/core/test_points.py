from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.review.points import PointsError, format_points, parse_points, round_half_up


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Fraction(1, 200), "0.01"),  # 0.005 rounds up, not to even
        (Fraction(5, 1000), "0.01"),
        (Fraction(25, 1000), "0.03"),  # bankers' rounding would give 0.02
        (Fraction(1, 3), "0.33"),
        (Fraction(2, 3), "0.67"),
        (Fraction(25523, 300), "85.08"),  # 85.07666…
        (Fraction(-1, 200), "-0.01"),  # half away from zero
        (Fraction(0), "0.00"),
    ],
)
def test_round_half_up(value: Fraction, expected: str) -> None:
    assert round_half_up(value) == Decimal(expected)


def test_format_points_is_short() -> None:
    assert format_points(Fraction(7, 2)) == "3.5"
    assert format_points(Decimal("85.00")) == "85"
    assert format_points(Fraction(256, 3)) == "85.33"


@pytest.mark.parametrize("text", ["-1", "abc", "1.234", "nan", "inf", ""])
def test_parse_points_refuses(text: str) -> None:
    with pytest.raises(PointsError):
        parse_points(text)


def test_parse_points_accepts_people_typing() -> None:
    assert parse_points(" 3,5 ") == Decimal("3.5")
    assert parse_points("2分") == Decimal("2")
    assert parse_points("0.25") == Decimal("0.25")


@given(st.fractions(min_value=-1000, max_value=1000))
def test_rounding_is_within_half_a_cent(value: Fraction) -> None:
    rounded = Fraction(round_half_up(value))
    assert abs(rounded - value) <= Fraction(1, 200)
