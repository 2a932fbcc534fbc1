"""The rows of the dossiers page's table, built from a ``ChairState`` without a widget.

A row's cells are formatted when the table first shows it, with the page's own wording (the strings
keep the ``DossiersPage`` translation context they always had).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.review.composition import Finding
from app.review.entities import DossierRecord
from app.services.chair_state import ChairState
from app.ui.chair.row_cache import register
from app.ui.chair.table_model import Cell, TableRows, number_key, status_cell, text_cell
from app.ui.chair.widgets import Tone
from app.ui.chair.wording import join, source_word, type_name
from app.ui.shared.look import translate


class DossierRows(TableRows):
    """One row per dossier as listed: case number, candidate, type, source, title, dates, PDF, counted."""

    def __init__(self, state: ChairState) -> None:
        self.dossiers: Sequence[DossierRecord] = state.dossiers
        self.ids = tuple(d.id for d in self.dossiers)
        self.names = state.candidate_names
        self.state = state

    def candidate(self, row: int) -> str:
        candidate_id = self.dossiers[row].candidate_id
        return self.names.get(candidate_id, candidate_id)

    def cells(self, row: int) -> Sequence[Cell]:
        d = self.dossiers[row]
        file = self.state.files.get(d.id)
        officers = join(f"{o.name} {o.certificate}".strip() for o in d.officers)
        pdf = (
            status_cell(Tone.GOOD, translate("DossiersPage", "Imported"), str(file.pdf_path))
            if file and file.pdf_path
            else status_cell(Tone.FIX, translate("DossiersPage", "No PDF"))
        )
        counted = (
            status_cell(
                Tone.CHECK,
                translate("DossiersPage", "Set aside"),
                translate("DossiersPage", "Set aside by the chair, not counted: {reason}").format(
                    reason=d.set_aside_reason
                ),
            )
            if d.set_aside_reason is not None
            else text_cell(translate("DossiersPage", "Counted"))
        )
        published = (
            status_cell(Tone.GOOD, translate("DossiersPage", "Yes"))
            if d.publicised
            else status_cell(Tone.CHECK, translate("DossiersPage", "No"))
        )
        return (
            text_cell(
                d.case_number,
                translate("DossiersPage", "Officers: {officers}").format(officers=officers or "—"),
            ),
            text_cell(self.candidate(row)),
            text_cell(type_name(self.state.ruleset, d.type)),
            text_cell(source_word(d.source)),
            text_cell(d.title),
            text_cell(d.closing_date.isoformat() if d.closing_date else ""),
            published,
            text_cell(file.page_count if file and file.page_count else "", number=True),
            pdf,
            counted,
        )

    def sort_key(self, row: int, column: int) -> Any:
        d = self.dossiers[row]
        if column == 0:
            return d.case_number
        if column == 1:
            return self.candidate(row)
        if column == 4:
            return d.title or ""
        if column == 5:
            return d.closing_date.isoformat() if d.closing_date else ""
        if column == 6:
            return d.publicised
        if column == 7:
            file = self.state.files.get(d.id)
            return number_key(file.page_count if file and file.page_count else None)
        if column == 8:
            file = self.state.files.get(d.id)
            return bool(file and file.pdf_path)
        if column == 9:
            return d.set_aside_reason is not None
        return super().sort_key(row, column)  # type and source: their words

    def search_text(self, row: int) -> str:
        d = self.dossiers[row]
        return f"{d.case_number}\n{self.candidate(row)}\n{d.title or ''}\n{d.id}"


class CompositionLookups:
    """What the composition tree needs over the whole state, worked out on the worker: each
    candidate's dossiers handed in and its findings."""

    def __init__(self, state: ChairState) -> None:
        self.owned: dict[str, int] = {}
        for d in state.dossiers:
            self.owned[d.candidate_id] = self.owned.get(d.candidate_id, 0) + 1
        self.findings: dict[str, list[Finding]] = {}
        for finding in state.results.composition:
            self.findings.setdefault(finding.candidate_id, []).append(finding)
        self.names = state.candidate_names
        self.cases = state.case_numbers

    def prepare(self) -> None:
        """Everything is worked out in the constructor."""

    def adopt(self, previous: object) -> None:
        """Nothing to share."""


register(DossierRows)
register(CompositionLookups)
