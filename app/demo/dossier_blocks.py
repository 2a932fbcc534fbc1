"""The layout blocks a synthetic dossier is made of (paragraphs, form tables, seals, photos, web
pages) and the small helpers that fill them; no PDF code here (``app.demo.pdf_maker`` draws them)."""

from __future__ import annotations

from dataclasses import dataclass

from app.demo.dossier_text import DossierSpec, Officer

SIGN = "@sign"  # a table cell starting with this gets a handwritten signature before its text


@dataclass(frozen=True)
class Para:
    """Wrapped text; ``[[value]]`` is underlined; ``indent`` indents the first line two characters."""

    text: str
    size: float = 11.5
    align: str = "left"  # left | center | right
    indent: bool = False
    space_before: float = 0.0


@dataclass(frozen=True)
class Row:
    """A table row: (text, relative width) cells and a minimum height in points."""

    cells: tuple[tuple[str, float], ...]
    height: float = 26.0


@dataclass(frozen=True)
class Table:
    """Ruled table; cells of the ``centered`` columns (and of a header row) are centred."""

    rows: tuple[Row, ...]
    size: float = 10.5
    centered: tuple[int, ...] = (0, 2, 4)  # a form's label columns
    header: bool = False


@dataclass(frozen=True)
class Signatures:
    """A line of ``label：<handwritten signature>`` pairs."""

    labels: tuple[str, ...]


@dataclass(frozen=True)
class Seal:
    """The issuing organisation and date, right-aligned, with its red seal over them."""

    org: str
    date: str


@dataclass(frozen=True)
class Photo:
    number: str
    time: str
    place: str
    photographer: str
    subject: str
    kind: str


@dataclass(frozen=True)
class Sketch:
    """A site plan (现场示意图) with labelled buildings and one marked spot."""

    buildings: tuple[str, ...]
    mark: str


@dataclass(frozen=True)
class WebPage:
    """A printed screenshot of the agency's website publishing the decision."""

    site: str
    url: str
    title: str
    published: str
    body: tuple[str, ...]


Block = Para | Table | Signatures | Seal | Photo | Sketch | WebPage


@dataclass(frozen=True)
class Footer:
    """Signature lines printed at the foot of every page of a record, with 第x页 共y页."""

    labels: tuple[str, ...]
    unsigned_pages: frozenset[int] = frozenset()  # record pages (0-based) the first signer skipped


@dataclass(frozen=True)
class Document:
    title: str
    number: str
    date: str
    blocks: tuple[Block, ...]
    footer: Footer | None = None


BLANK = "        "


def cert(officer: Officer) -> str:
    return officer.certificate or BLANK


RECORD_SIZE = 12.5  # records are typed larger (小四) than the letters


def rp(words: str, **kwargs: object) -> Para:
    return Para(words, RECORD_SIZE, **kwargs)  # type: ignore[arg-type]


def header(spec: DossierSpec, title: str) -> tuple[Block, ...]:
    return (Para(spec.agency, 14, "center"), Para(title, 20, "center", space_before=4))


def prose(template: str, values: dict[str, str]) -> tuple[Block, ...]:
    """Blocks from a prose template of dossier_text (one paragraph a line, see there)."""
    blocks: list[Block] = []
    for line in template.format(**values).strip().splitlines():
        tag, _, rest = line.partition(" ")
        if tag == ">":
            blocks.append(Para(rest, indent=True))
        elif tag == "#":
            blocks.append(Para(rest, space_before=4))
        elif tag == "=":
            blocks.append(Para(rest, 11, "center", space_before=2))
        elif tag == "@right":
            blocks.append(Para(rest, align="right", space_before=16))
        elif tag == "@seal":
            blocks.append(Seal(*rest.split("|")))
        elif tag == "@sign":
            blocks.append(Signatures(tuple(rest.split("|"))))
        else:
            blocks.append(Para(line, space_before=4 if not blocks else 0))
    return tuple(blocks)


def grid(
    widths: tuple[float, ...],
    *rows: tuple[str, ...] | tuple[float, tuple[str, ...]],
    size: float = 10.5,
    centered: tuple[int, ...] = (0, 2, 4),
    header: bool = False,
) -> Table:
    """A form table; a row short of cells lets its last cell span the rest; (height, cells) sets a height."""
    out = []
    for row in rows:
        height, cells = row if isinstance(row[0], float) else (26.0, row)
        assert isinstance(height, float) and isinstance(cells, tuple)
        spans = [*widths[: len(cells) - 1], sum(widths[len(cells) - 1 :])]
        out.append(Row(tuple(zip(cells, spans, strict=True)), height))
    return Table(tuple(out), size, centered, header)
