"""Points written in Chinese capital numerals (大写), as on a signed score sheet: 85.5 → 捌拾伍点伍分.

Capitals are used on signed documents because a stroke cannot turn one into another (一 into 二 or
十). The value is rounded half-up to two places first, exactly as the figure beside it is shown, so
the two always agree.
"""

from __future__ import annotations

from app.review.points import PointsLike, format_points

DIGITS = "零壹贰叁肆伍陆柒捌玖"
UNITS = ("", "拾", "佰", "仟")
GROUPS = ("", "万", "亿")


def _group(value: int) -> str:
    """0 < value < 10000 in capitals, zeros between digits written once (1005 → 壹仟零伍)."""
    text = ""
    zero_pending = False
    for position in range(3, -1, -1):
        digit = value // 10**position % 10
        if digit == 0:
            zero_pending = bool(text)
            continue
        if zero_pending:
            text += DIGITS[0]
            zero_pending = False
        text += DIGITS[digit] + UNITS[position]
    return text


def integer_capitals(value: int) -> str:
    """A non-negative integer in capitals: 0 → 零, 10 → 壹拾, 105 → 壹佰零伍, 20300 → 贰万零叁佰."""
    if value < 0:
        raise ValueError("negative value")
    if value == 0:
        return DIGITS[0]
    groups: list[int] = []
    while value:
        groups.append(value % 10000)
        value //= 10000
    if len(groups) > len(GROUPS):
        raise ValueError("value too large")
    text = ""
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            continue
        if text and (group < 1000 or groups[index + 1] == 0):
            text += DIGITS[0]  # a gap before this group: 壹万零伍
        text += _group(group) + GROUPS[index]
    return text


def points_capitals(value: PointsLike, unit: str = "分") -> str:
    """Points in capitals with the unit: 85.5 → 捌拾伍点伍分, 100 → 壹佰分, 0 → 零分, −1 → 负壹分."""
    shown = format_points(value)
    sign = ""
    if shown.startswith("-"):
        sign, shown = "负", shown[1:]
    whole, _, fraction = shown.partition(".")
    text = integer_capitals(int(whole))
    if fraction:
        text += "点" + "".join(DIGITS[int(d)] for d in fraction)
    return sign + text + unit
