"""The rows of the results page's tables, built from a ``ChairState`` without a widget.

Each builder does only the set-wise work up front (name lookups, flag counts per dossier, one pass);
a row's cells are formatted when the table first shows that row, with the page's own wording (the
strings keep the ``ResultsPage`` translation context they always had).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.review.disagreement import Flag, FlagCode
from app.review.panel_results import DossierOutcome
from app.review.points import format_points
from app.review.statistics import ItemProblem
from app.services.chair_state import ChairState, ReviewerProgress
from app.ui.chair.row_cache import register
from app.ui.chair.table_model import Cell, TableRows, number_key, status_cell, text_cell
from app.ui.chair.widgets import Tone
from app.ui.chair.wording import (
    flag_text,
    flag_word,
    join,
    local_time,
    role_word,
    settled_word,
    zero_reason_word,
)
from app.ui.shared.look import translate
from app.ui.shared.messages import item_name

_CODES = {code: code.value for code in FlagCode}


def flag_id(flag: Flag) -> str:
    """A flag's identity across refreshes: its dossier, kind and item or veto."""
    return "\x1f".join((flag.dossier_id, _CODES[flag.code], flag.item_id or "", flag.veto_id or ""))


class DossierScoreRows(TableRows):
    """One row per dossier in the results' order: scores, cross deductions, vetoes, final, flags."""

    def __init__(self, state: ChairState) -> None:
        self.outcomes: Sequence[DossierOutcome] = state.results.dossiers
        self.ids = tuple(o.dossier.id for o in self.outcomes)
        self.names = state.candidate_names
        self.reviewers = state.reviewer_names
        self.open_flags: dict[str, int] = {}
        self.flags: dict[str, int] = {}
        for flag in state.flags:
            self.flags[flag.dossier_id] = self.flags.get(flag.dossier_id, 0) + 1
            if not flag.settled:
                self.open_flags[flag.dossier_id] = self.open_flags.get(flag.dossier_id, 0) + 1

    def candidate(self, row: int) -> str:
        candidate_id = self.outcomes[row].dossier.candidate_id
        return self.names.get(candidate_id, candidate_id)

    def cells(self, row: int) -> Sequence[Cell]:
        outcome = self.outcomes[row]
        r = outcome.result
        reviewers = self.reviewers
        experts = join(f"{reviewers.get(k, k)} {format_points(v)}" for k, v in r.expert_scores.items())
        cross = join(
            f"{reviewers.get(k, k)} {'−' if v else ''}{format_points(v)}"
            for k, v in r.cross_deductions.items()
        )
        zero = join(zero_reason_word(z) for z in r.zero_reasons)
        if r.final is None:
            final = status_cell(
                Tone.WAITING,
                translate("ResultsPage", "not yet"),
                translate("ResultsPage", "No expert score yet"),
            )
        else:
            final = text_cell(
                format_points(r.final) + ("*" if r.moderated else ""),
                translate("ResultsPage", "* settled by the chair") if r.moderated else "",
                number=True,
            )
        code = outcome.dossier.id
        open_flags, flags = self.open_flags.get(code, 0), self.flags.get(code, 0)
        if open_flags:
            flag = status_cell(Tone.CHECK, translate("ResultsPage", "{count} open").format(count=open_flags))
        elif flags or r.moderated:
            flag = status_cell(Tone.GOOD, translate("ResultsPage", "Settled"))
        else:
            flag = text_cell("")
        return (
            text_cell(outcome.dossier.case_number),
            text_cell(self.candidate(row)),
            text_cell(experts or translate("ResultsPage", "(no expert score yet)")),
            text_cell(format_points(r.expert_score) if r.expert_score is not None else "", number=True),
            text_cell(cross),
            text_cell(
                format_points(r.cross_deduction) if r.cross_deductions or r.moderated else "", number=True
            ),
            status_cell(Tone.FIX, zero) if zero else text_cell(""),
            final,
            flag,
        )

    def sort_key(self, row: int, column: int) -> Any:
        outcome = self.outcomes[row]
        r = outcome.result
        if column == 0:
            return outcome.dossier.case_number
        if column == 1:
            return self.candidate(row)
        if column in (2, 3):  # the experts' scores sort by the expert score they make
            return number_key(r.expert_score)
        if column in (4, 5):
            return number_key(r.cross_deduction if r.cross_deductions or r.moderated else None)
        if column == 6:
            return (not r.zero_reasons, len(r.zero_reasons))
        if column == 7:
            return number_key(r.final)
        code = outcome.dossier.id
        return (-self.open_flags.get(code, 0), not (self.flags.get(code) or r.moderated))

    def search_text(self, row: int) -> str:
        dossier = self.outcomes[row].dossier
        return f"{dossier.case_number}\n{self.candidate(row)}\n{dossier.id}"


class FlagRows(TableRows):
    """The disagreement flags, open ones first, then by dossier (as the list always was)."""

    def __init__(self, state: ChairState) -> None:
        self.flags = sorted(state.flags, key=lambda f: (f.settled, f.dossier_id))
        self.ids = tuple(flag_id(f) for f in self.flags)
        self.open_count = sum(1 for f in self.flags if not f.settled)
        self.names = state.reviewer_names
        self.cases = state.case_numbers
        self.state = state

    def case(self, row: int) -> str:
        code = self.flags[row].dossier_id
        return self.cases.get(code, code)

    def item(self, row: int) -> str:
        flag = self.flags[row]
        file = self.state.files.get(flag.dossier_id)
        checklist = self.state.checklists.get(file.checklist_id) if file else None
        if flag.item_id:
            return item_name(checklist, flag.item_id)
        return (
            item_name(checklist, flag.veto_id)
            if flag.veto_id
            else translate("ResultsPage", "(whole dossier)")
        )

    def cells(self, row: int) -> Sequence[Cell]:
        flag = self.flags[row]
        return (
            text_cell(self.case(row)),
            text_cell(flag_word(flag.code)),
            text_cell(self.item(row)),
            text_cell(flag_text(flag, self.names)),
            status_cell(Tone.GOOD if flag.settled else Tone.CHECK, settled_word(flag.settled)),
        )

    def sort_key(self, row: int, column: int) -> Any:
        flag = self.flags[row]
        if column == 0:
            return self.case(row)
        if column == 1:
            return flag.code.value
        if column == 4:
            return flag.settled
        return super().sort_key(row, column)

    def search_text(self, row: int) -> str:
        return f"{self.case(row)}\n{self.flags[row].dossier_id}"


class ProblemRows(TableRows):
    """Typical problems: the items most often deducted, with their most frequent reasons."""

    def __init__(self, state: ChairState) -> None:
        self.problems: Sequence[ItemProblem] = state.statistics.problems
        self.ids = tuple(f"{p.checklist_id}\x1f{p.item_id}" for p in self.problems)
        self.state = state

    def cells(self, row: int) -> Sequence[Cell]:
        p = self.problems[row]
        checklist = self.state.checklists.get(p.checklist_id)
        reasons = join(
            translate("ResultsPage", "{text} ×{count}").format(text=t, count=n) for t, n in p.reasons
        )
        return (
            text_cell(item_name(checklist, p.item_id)),
            text_cell(p.section_title),
            text_cell(
                translate("ResultsPage", "{count} of {of}").format(count=p.dossiers, of=p.dossiers_reviewed),
                number=True,
            ),
            text_cell(p.reviews, number=True),
            text_cell(format_points(p.points), number=True),
            text_cell(reasons),
        )

    def sort_key(self, row: int, column: int) -> Any:
        p = self.problems[row]
        numbers = {2: p.dossiers, 3: p.reviews, 4: p.points}
        return numbers[column] if column in numbers else super().sort_key(row, column)


class ProgressRows(TableRows):
    """Each reviewer's progress: assigned, complete, in progress, not started, last change."""

    def __init__(self, state: ChairState) -> None:
        self.progress: Sequence[ReviewerProgress] = state.progress
        self.ids = tuple(p.reviewer.id for p in self.progress)

    def cells(self, row: int) -> Sequence[Cell]:
        p = self.progress[row]
        if not p.work:  # assigned or reviewed (app.services.reviewer_progress)
            status = status_cell(Tone.WAITING, translate("ResultsPage", "Nothing assigned"))
        elif p.all_complete:
            status = status_cell(Tone.GOOD, translate("ResultsPage", "All complete"))
        elif p.complete or p.in_progress:
            status = status_cell(
                Tone.CHECK,
                translate("ResultsPage", "{done} of {all} complete").format(done=p.complete, all=p.work),
            )
        else:
            status = status_cell(Tone.WAITING, translate("ResultsPage", "Not started (or file not merged)"))
        return (
            text_cell(f"{p.reviewer.name}（{p.reviewer.id}）"),
            text_cell(role_word(p.reviewer.role)),
            text_cell(p.assigned, number=True),
            text_cell(p.complete, number=True),
            text_cell(p.in_progress, number=True),
            text_cell(p.not_started, number=True),
            status,
            text_cell(local_time(p.last_change)),
        )

    def sort_key(self, row: int, column: int) -> Any:
        p = self.progress[row]
        numbers = {2: p.assigned, 3: p.complete, 4: p.in_progress, 5: p.not_started}
        if column in numbers:
            return numbers[column]
        if column == 6:
            return (p.complete / p.work) if p.work else -1.0
        if column == 7:
            return (p.last_change is None, p.last_change.isoformat() if p.last_change else "")
        return super().sort_key(row, column)


for _builder in (DossierScoreRows, FlagRows, ProblemRows, ProgressRows):
    register(_builder)
