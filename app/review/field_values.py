"""One place where every value typed by a person or read from a file becomes a number or a text.

Manifests, score sheets, reviewer files, checklists and the reviewer's window all parse their
fields here, each with the range the field allows:

=================  ====================================================================
``parse_count``    a non-negative whole number (``event:`` columns, counts): ``0`` … 1,000,000
``parse_points``   points: 0 ≤ x ≤ ``maximum``, at most two decimals (``2.5``, ``2,5``, ``2分``)
``parse_page``     a page of the PDF: 1 … ``page_count``
``parse_whole``    any other whole number with its own ``minimum`` / ``maximum``
``check_page``     an already-typed int (a reviewer file's JSON) against 1 … ``page_count``
``clean_text``     a text field: line breaks normalised, invisible control characters dropped
=================  ====================================================================

A value that does not fit raises ``FieldError``, whose ``str()`` is the problem in words
("is '-5'; write a whole number 0 or more"); the caller adds where (file, row, column), e.g.
``Row.error(column, str(exc))`` in ``app.services.manifests``.

Numbers are checked for length and shape with a regular expression *before* any ``int`` or
``Decimal`` conversion, so ``1e999999999``, ``-5``, ``2.7`` in a count or a 100,000-digit number is
refused at once, in constant time, instead of being converted (``Decimal('1e999999999')`` is
cheap, but ``int()`` of it, or arithmetic on it later, runs for hours). Exponents, signs, NaN and
infinity are never numbers here. Full-width digits (``２.５``) count as digits.

Text: ``\\r\\n``, ``\\r``, U+0085, U+2028 and U+2029 are line breaks; a multi-line field keeps them as
``\\n`` (and keeps ``\\t``), a one-line field turns them and tabs into a space. Every other C0/C1
control character, a lone surrogate, the byte-order mark, the non-characters U+FFFE/U+FFFF and the
bidi overrides, embeddings and isolates (U+202A–202E, U+2066–2069: they reorder what is shown) are
dropped: they are invisible, they cannot be printed or written to XLSX, and they come from copying
out of PDFs rather than from anyone's intent. A text longer than ``max_chars`` is refused.
"""

from __future__ import annotations

import re
from decimal import Decimal

MAX_COUNT = 1_000_000
MAX_PAGES = 100_000
MAX_LINE_CHARS = 500  # one-line fields: names, ids, titles
MAX_TEXT_CHARS = 20_000  # multi-line fields: reasons, notes
_MAX_NUMBER_TEXT = 40  # longer than this is never a number a person typed

_WHOLE = re.compile(r"[0-9]{1,12}(?:\.0{1,6})?")  # "3", and "3.0" as a spreadsheet may write it
_DECIMAL = re.compile(r"[0-9]{1,12}(?:\.[0-9]{1,12})?")
_SIGNED = re.compile(r"[+-]\s*[0-9.]+")
_EXPONENT = re.compile(r"[0-9.]+[eE][+-]?[0-9]+")

_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_THOUSANDS = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]*)?")

_LINE_BREAKS = re.compile("\r\n|[\r\x85\u2028\u2029]")
# C0 and C1 controls except \t and \n, DEL, lone surrogates, BOM, the non-characters FFFE/FFFF, and
# the bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069) that reorder what is shown
# ("Trojan source"); the marks U+200E/U+200F stay.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufeff\ufffe\uffff]"
)


class FieldError(ValueError):
    """A value that does not fit its field. ``str()`` is the problem; the caller says where."""


def shown(text: str) -> str:
    """The value as a message quotes it: short, on one line."""
    return repr(text if len(text) <= 24 else text[:20] + "…")


def _number_text(text: str, *, extra_suffixes: tuple[str, ...] = ()) -> str:
    """Length first (constant time), then the forms people type: full-width digits, comma, 分.

    Only the full-width forms (U+FF01–FF5E, as a Chinese input method types them) become ASCII: NFKC
    of the whole text would also make ``2²`` 22 and ``①`` 1. A comma followed by exactly three
    digits (``1,000``) is a thousands separator to most people and a decimal comma to others: refused.
    """
    if len(text) > _MAX_NUMBER_TEXT:
        raise FieldError(f"is {len(text)} characters long; that is not a number")
    cleaned = text.translate(_FULL_WIDTH).strip()
    for suffix in extra_suffixes:
        cleaned = cleaned.removesuffix(suffix).strip()
    if _THOUSANDS.fullmatch(cleaned):
        raise FieldError(
            f"is {shown(text)}: a thousands separator or a decimal comma? write it without the comma"
            " (1000), or with a point (1.5)"
        )
    return cleaned.replace(",", ".")


def _wrong_number(text: str, cleaned: str, expected: str) -> FieldError:
    if _SIGNED.fullmatch(cleaned):
        return FieldError(f"is {shown(text)}; {expected} (no sign)")
    if _EXPONENT.fullmatch(cleaned):
        return FieldError(f"is {shown(text)}; {expected}, in plain digits (no exponent)")
    return FieldError(f"is {shown(text)}; {expected}")


def parse_whole(
    text: str, *, minimum: int = 0, maximum: int = MAX_COUNT, what: str = "a whole number"
) -> int:
    """A whole number ``minimum`` … ``maximum`` (``minimum`` ≥ 0). ``3.0`` is 3; ``2.7`` is refused."""
    cleaned = _number_text(text)
    expected = f"write {what} from {minimum} to {maximum}"
    if not _WHOLE.fullmatch(cleaned):
        if _DECIMAL.fullmatch(cleaned):
            raise FieldError(f"is {shown(text)}, not a whole number; {expected}")
        raise _wrong_number(text, cleaned, expected)
    value = int(cleaned.split(".")[0])  # at most 12 digits: constant time
    if not minimum <= value <= maximum:
        raise FieldError(f"is {shown(text)}; {expected}")
    return value


def parse_count(text: str, *, maximum: int = MAX_COUNT) -> int:
    """A count: a whole number 0 … ``maximum``."""
    return parse_whole(text, minimum=0, maximum=maximum)


def parse_page(text: str, page_count: int | None) -> int:
    """A page of the PDF, 1 … ``page_count`` (1 … ``MAX_PAGES`` when the PDF is not known)."""
    last = page_count if page_count else MAX_PAGES
    return parse_whole(text, minimum=1, maximum=last, what="a page")


def check_page(page: int | None, page_count: int | None) -> int | None:
    """An int page from typed data (a reviewer file): ``None`` stays ``None``, else 1 … ``page_count``."""
    if page is None:
        return None
    last = page_count if page_count else MAX_PAGES
    if isinstance(page, bool) or not isinstance(page, int) or not 1 <= page <= last:
        raise FieldError(f"page {str(page)[:12]!r} is outside the PDF (pages 1 to {last})")
    return page


def parse_points(text: str, *, maximum: Decimal | int | None = None, positive: bool = False) -> Decimal:
    """Points: 0 ≤ x ≤ ``maximum`` (or > 0 with ``positive``), at most two decimals.

    Accepts ``2.5``, ``2,5``, ``2，5``, ``2分`` and full-width digits; refuses signs, exponents, NaN,
    infinity and anything longer than a number (checked before any ``Decimal`` is made).
    """
    cleaned = _number_text(text, extra_suffixes=("分",))
    top = f" to {maximum}" if maximum is not None else ""
    expected = f"write points from {'0.01' if positive else '0'}{top}, at most two decimals"
    if not _DECIMAL.fullmatch(cleaned):
        if not cleaned:
            raise FieldError("is empty; write a number of points")
        raise _wrong_number(text, cleaned, expected)
    if "." in cleaned and len(cleaned.split(".")[1].rstrip("0")) > 2:
        raise FieldError(f"is {shown(text)}: more than two decimal places")
    value = Decimal(cleaned)  # at most 25 plain digits: exact and constant time
    if "." in cleaned and len(cleaned.split(".")[1]) > 2:
        value = value.quantize(Decimal("0.01"))  # "2.500": trailing zeros only
    if (positive and value <= 0) or (maximum is not None and value > Decimal(maximum)):
        raise FieldError(f"is {shown(text)}; {expected}")
    return value


def check_points_places(value: Decimal) -> Decimal:
    """A ``Decimal`` already parsed (a TOML checklist): finite and at most two decimal places."""
    if not value.is_finite():
        raise FieldError("points must be a finite number")
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2:
        raise FieldError("points may have at most two decimal places")
    return value


def clean_text(text: str, *, multiline: bool = False, max_chars: int | None = None) -> str:
    """A text field as it is stored: see the module's docstring. Raises ``FieldError`` when too long.

    ``max_chars`` defaults to ``MAX_TEXT_CHARS`` for a multi-line field, ``MAX_LINE_CHARS`` otherwise.
    """
    limit = max_chars if max_chars is not None else (MAX_TEXT_CHARS if multiline else MAX_LINE_CHARS)
    if len(text) > 4 * limit + 1000:  # far too long whatever is dropped: do not scan it
        raise FieldError(f"is {len(text)} characters long; at most {limit} fit this field")
    cleaned = _LINE_BREAKS.sub("\n", text)
    cleaned = _INVISIBLE.sub("", cleaned)
    if not multiline:
        cleaned = cleaned.replace("\n", " ").replace("\t", " ")
    if len(cleaned) > limit:
        raise FieldError(f"is {len(cleaned)} characters long; at most {limit} fit this field")
    return cleaned


def strip_invisible(text: str) -> str:
    """What ``clean_text`` drops, dropped from a text of any length (for writers such as XLSX)."""
    return _INVISIBLE.sub("", _LINE_BREAKS.sub("\n", text))
