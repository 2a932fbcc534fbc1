"""A ruled table whose rows split across pages, so any text a reviewer typed prints in full.

reportlab's ``Table`` splits between rows only: one row taller than a page (a reason of 700 Chinese
characters, 500 line breaks, a 3,000-character dossier title) ends the whole print job with
``LayoutError``. Its own in-row splitting (``splitInRow``) drops a cell that holds a bare flowable and
measures a spanned cell at one column's width, so the sheet would silently lose text. The signed sheet
is the legal record, so ``BreakingTable`` does the splitting itself:

1. between rows, honouring ``NOSPLIT`` groups (a section heading stays with its first item);
2. a row that cannot fit on any page is cut inside: each cell's paragraphs are split at the room left
   (``Paragraph.split``), the first part ends this page and the rest opens the next one, under the
   repeated header, marked （续） in its first column;
3. at the top of a page, if a ``NOSPLIT`` group alone is taller than the page, it is broken anyway.

The table keeps its rows and style commands (in absolute row numbers) so each piece is built afresh
with the same look: its own grid, shading and spans. Row spans are not supported (none is used).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Table, TableStyle

Command = tuple[Any, ...]
Cell = object

MAX_REPEATED_HEIGHT = 200.0
"""A header row taller than this (points) is not repeated on every page: it would crowd out the rows."""

_FUZZ = 1e-6


def _content(value: Cell) -> list[Any]:
    """A cell as a list of flowables and strings."""
    if isinstance(value, (list, tuple)):
        return list(value)
    if value is None or value == "":
        return []
    return [value]


def _as_cell(content: list[Any]) -> Cell:
    """The inverse of ``_content``: strings stay strings (reportlab draws a list as flowables)."""
    if not content:
        return ""
    if all(isinstance(item, str) for item in content):
        return "\n".join(content)
    return content


class BreakingTable(Table):
    """A table that splits between rows and, when it must, inside a row (see the module docstring)."""

    def __init__(
        self,
        data: Sequence[Sequence[Cell]],
        colWidths: Sequence[float],
        commands: Sequence[Command] = (),
        *,
        repeatRows: int = 0,
        min_row_height: float | None = None,
        continued: ParagraphStyle | None = None,
        heights: Sequence[float | None] | None = None,
    ) -> None:
        rows = [list(row) for row in data]
        absolute = [self._absolute(command, len(rows)) for command in commands]
        for command in absolute:
            if command[0] == "SPAN" and command[1][1] != command[2][1]:
                raise ValueError("BreakingTable supports column spans only")
        self._rows = rows
        self._commands = absolute
        self._widths = list(colWidths)
        self._repeat = repeatRows
        self._min_row_height = min_row_height
        self._continued = continued
        super().__init__(
            rows,
            colWidths=self._widths,
            rowHeights=list(heights) if heights is not None else None,
            repeatRows=repeatRows,
            minRowHeights=[min_row_height] * len(rows) if min_row_height and rows else None,
        )
        self.setStyle(TableStyle(absolute))

    @staticmethod
    def _absolute(command: Command, nrows: int) -> Command:
        name, (c0, r0), (c1, r1), *rest = command
        if isinstance(r0, int) and r0 < 0:
            r0 += nrows
        if isinstance(r1, int) and r1 < 0:
            r1 += nrows
        return (name, (c0, r0), (c1, r1), *rest)

    # ------------------------------------------------------------------ building pieces
    def _piece(
        self, rows: list[tuple[int, list[Cell]]], repeat: int, cut: int | None = None
    ) -> BreakingTable:
        """A table of some of this table's rows, given as (source row, cells), with the same style.

        Rows other than ``cut`` (the one split inside) keep the heights already measured."""
        commands: list[Command] = []
        for name, (c0, r0), (c1, r1), *rest in self._commands:
            inside = [n for n, (source, _cells) in enumerate(rows) if r0 <= source <= r1]
            if inside:
                commands.append((name, (c0, inside[0]), (c1, inside[-1]), *rest))
        measured = getattr(self, "_rowHeights", None)
        heights = [None if measured is None or source == cut else measured[source] for source, _ in rows]
        return BreakingTable(
            [cells for _source, cells in rows],
            self._widths,
            commands,
            repeatRows=repeat,
            min_row_height=self._min_row_height,
            continued=self._continued,
            heights=heights,
        )

    def _numbered(self, start: int, stop: int) -> list[tuple[int, list[Cell]]]:
        return [(n, self._rows[n]) for n in range(start, stop)]

    # ------------------------------------------------------------------ splitting
    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._calc(availWidth, availHeight)
        heights: list[float | None] = list(self._rowHeights)
        if sum(h or 0 for h in heights) <= availHeight + _FUZZ and None not in heights:
            return [self]
        frame = getattr(self, "_frame", None)
        room = float(getattr(frame, "_aH", availHeight))  # the height of an empty page's frame
        repeat = self._repeat
        header = sum(h or 0 for h in heights[:repeat])
        if header > MAX_REPEATED_HEIGHT:
            repeat, header = 0, 0.0
        fits = self._fitting_rows(heights, availHeight)  # rows [0, fits) fit here
        first = max(fits, repeat)  # the first row that does not fit
        if first >= len(self._rows):
            return []
        used = sum(h or 0 for h in heights[:first])
        if (heights[first] or 0.0) + header > room - _FUZZ:
            # it can never fit on a page: cut it here rather than move it to the next page and cut it
            # there (which would repeat the header on this page for nothing)
            pieces = self._split_inside(first, availHeight - used, repeat)
            if pieces:
                return pieces
        position = self._row_boundary(fits, repeat, honour_groups=True)
        if position is not None:
            return self._split_at(position, repeat)
        if availHeight < room - 1:
            return []  # try again on a fresh page
        position = self._row_boundary(fits, repeat, honour_groups=False)
        if position is not None:
            return self._split_at(position, repeat)
        return self._split_inside(first, availHeight - used, repeat)

    @staticmethod
    def _fitting_rows(heights: list[float | None], available: float) -> int:
        total = 0.0
        for n, height in enumerate(heights):
            if height is None or total + height > available + _FUZZ:
                return n
            total += height
        return len(heights)

    def _row_boundary(self, fits: int, repeat: int, *, honour_groups: bool) -> int | None:
        """The last row boundary (split before row p) inside the room that no NOSPLIT group spans."""
        groups = [(r0, r1) for name, (_c0, r0), (_c1, r1), *_ in self._commands if name == "NOSPLIT"]
        for position in range(min(fits, len(self._rows) - 1), repeat, -1):
            if not honour_groups or not any(r0 < position <= r1 for r0, r1 in groups):
                return position
        return None

    def _split_at(self, position: int, repeat: int) -> list[Flowable]:
        first = self._piece(self._numbered(0, position), self._repeat if repeat else 0)
        rest = self._piece(self._numbered(0, repeat) + self._numbered(position, len(self._rows)), repeat)
        return [first, rest]

    def _split_inside(self, row: int, space: float, repeat: int) -> list[Flowable]:
        """Cut ``row`` so its first part takes ``space`` points; [] when nothing of it fits there."""
        top: list[Cell] = []
        bottom: list[Cell] = []
        anything = False
        for column, value in enumerate(self._rows[row]):
            span = self._spanRanges.get((column, row)) if self._spanCmds else (column, row, column, row)
            if self._spanCmds and span is None:  # covered by a span: no content of its own
                top.append(value)
                bottom.append(value)
                continue
            assert span is not None
            style = self._cellStyles[row][column]
            width = self._colpositions[span[2] + 1] - self._colpositions[span[0]]
            width -= style.leftPadding + style.rightPadding
            height = space - style.topPadding - style.bottomPadding
            leading = style.leading or 1.2 * style.fontsize
            head, tail = self._split_cell(_content(value), width, height, leading)
            anything = anything or bool(head)
            top.append(_as_cell(head))
            bottom.append(_as_cell(tail))
        if not anything:
            return []
        if self._continued is not None and top[0] and not bottom[0]:
            from reportlab.platypus import Paragraph

            bottom[0] = [Paragraph("（续）", self._continued)]
        before = [*self._numbered(0, row), (row, top)]
        after = [*self._numbered(0, repeat), (row, bottom), *self._numbered(row + 1, len(self._rows))]
        return [self._piece(before, self._repeat if repeat else 0, row), self._piece(after, repeat, row)]

    @staticmethod
    def _split_cell(
        content: list[Any], width: float, height: float, leading: float
    ) -> tuple[list[Any], list[Any]]:
        """The flowables (or strings) of a cell that fit in ``height``, and the rest."""
        used = 0.0
        for n, item in enumerate(content):
            extra = 0.0
            if isinstance(item, Flowable):
                extra = item.getSpaceBefore() + item.getSpaceAfter()
                taken = item.wrap(width, max(height - used, 0))[1] + extra
            else:  # a short string (a figure): it moves whole
                taken = (str(item).count("\n") + 1) * leading
            if used + taken <= height + _FUZZ:
                used += taken
                continue
            parts = item.split(width, height - used - extra) if isinstance(item, Flowable) else []
            if len(parts) >= 2:
                return [*content[:n], parts[0]], [*parts[1:], *content[n + 1 :]]
            return content[:n], content[n:]
        return content, []
