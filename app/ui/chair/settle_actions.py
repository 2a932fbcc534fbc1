"""The chair's settlements, from the window: a dossier set aside or counted again, the copy of a case
that stands, the member candidates a unit pools, a unit's grade, a check outside the review, a
reviewer's sequence reset. Each asks for a reason in a small dialog, runs its service function on the
window's worker (``ChairContext.run_quick``, as a ``chair_ops`` operation) and says what changed; a refusal is said in words by the
context (``app.errors.describe`` of its coded refusal), with nothing changed.

The pages decide where the actions are offered (buttons and context menus); ``finding_actions`` says
which settling actions a composition problem offers.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QMenu, QWidget

from app.review.composition import Finding, FindingCode
from app.review.entities import CandidateRecord
from app.review.points import format_points
from app.review.ruleset import BaseAdjustedIndicator, DossierCheck, PooledMeanIndicator, Source
from app.services import chair_ops
from app.services.chair_ops import OpResult
from app.services.chair_state import ChairState
from app.services.panel import Panel
from app.ui.chair import dialogs
from app.ui.chair.context import ChairContext
from app.ui.chair.settle_dialogs import GradeDialog, PoolDialog

Action = tuple[str, Callable[[], None]]  # the words on the menu entry or button, what it does

# problems about one dossier that the chair settles by setting that dossier aside
_SET_ASIDE_CODES = frozenset(
    {
        FindingCode.HANDED_IN_TWICE,
        FindingCode.DRAWN_DUPLICATE,
        FindingCode.SHARED_BY_INDIVIDUALS,
        FindingCode.SHARED_WITH_UNIT,
        FindingCode.NOT_REQUIRED,
        FindingCode.TWO_CATEGORIES,
        FindingCode.OUTSIDE_WINDOW,
        FindingCode.CLOSING_DATE_OUTSIDE,
        FindingCode.DRAWN_BEFORE,
    }
)


class Settlements(QObject):
    def __init__(self, context: ChairContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.window = parent
        self._index: tuple[ChairState | None, dict[str, CandidateRecord]] = (None, {})

    # ------------------------------------------------------------------ what is offered
    def _candidate_of(self, state: ChairState, candidate_id: str) -> CandidateRecord | None:
        """A candidate by id, from an index made once per state (the ranking asks for each one)."""
        if self._index[0] is not state:
            self._index = (state, {c.id: c for c in state.candidates})
        return self._index[1].get(candidate_id)

    def graded_kind(self, state: ChairState, candidate_id: str) -> BaseAdjustedIndicator | None:
        candidate = self._candidate_of(state, candidate_id)
        kind = state.ruleset.kind(candidate.kind) if candidate else None
        spec = kind.indicator if kind else None
        return spec if isinstance(spec, BaseAdjustedIndicator) and spec.graded_by_chair else None

    def pooling_kind(self, state: ChairState, candidate_id: str) -> PooledMeanIndicator | None:
        candidate = self._candidate_of(state, candidate_id)
        kind = state.ruleset.kind(candidate.kind) if candidate else None
        spec = kind.indicator if kind else None
        return spec if isinstance(spec, PooledMeanIndicator) else None

    def checks_of(self, state: ChairState, dossier_code: str) -> tuple[DossierCheck, ...]:
        dossier = state.dossier(dossier_code)
        candidate = next((c for c in state.candidates if dossier and c.id == dossier.candidate_id), None)
        kind = state.ruleset.kind(candidate.kind) if candidate else None
        return kind.dossier_checks if kind else ()

    def dossier_actions(self, state: ChairState, dossier_code: str) -> list[Action]:
        dossier = state.dossier(dossier_code)
        if dossier is None:
            return []
        actions: list[Action] = []
        if dossier.set_aside_reason is None:
            actions.append((self.tr("Set aside (not counted)…"), lambda: self.set_aside(dossier_code)))
        else:
            actions.append((self.tr("Count it again…"), lambda: self.restore(dossier_code)))
        for check in self.checks_of(state, dossier_code):
            found = check.code in dossier.checks
            word = self.tr("{check}: not found…") if found else self.tr("{check}: found…")
            actions.append(
                (
                    word.format(check=check.label),
                    lambda c=check, f=not found: self.record_check(dossier_code, c, f),  # type: ignore[misc]
                )
            )
        return actions

    def candidate_actions(self, state: ChairState, candidate_id: str) -> list[Action]:
        actions: list[Action] = []
        if self.graded_kind(state, candidate_id) is not None:
            actions.append((self.tr("Enter the chair's grade…"), lambda: self.grade(candidate_id)))
        if self.pooling_kind(state, candidate_id) is not None:
            actions.append((self.tr("Choose the pooled member candidates…"), lambda: self.pool(candidate_id)))
        return actions

    def finding_actions(self, state: ChairState, finding: Finding) -> list[Action]:
        """The settling actions a composition problem offers, the most likely first."""
        actions: list[Action] = []
        code = finding.code
        if code is FindingCode.POOL_MEMBERS:
            actions.append(
                (self.tr("Choose the pooled member candidates…"), lambda: self.pool(finding.candidate_id))
            )
        elif code is FindingCode.TOO_MANY:
            for dossier_id in finding.args.get("dossiers", ()):  # type: ignore[attr-defined]
                dossier = state.dossier(str(dossier_id))
                if dossier is not None and dossier.set_aside_reason is None:
                    label = self.tr("Set {case} aside (not counted)…").format(case=dossier.case_number)
                    actions.append((label, lambda d=str(dossier_id): self.set_aside(d)))  # type: ignore[misc]
        elif code is FindingCode.SET_ASIDE and finding.dossier_id:
            dossier_id = finding.dossier_id
            actions.append((self.tr("Count it again…"), lambda: self.restore(dossier_id)))
        elif finding.dossier_id and code in _SET_ASIDE_CODES:
            dossier_id = finding.dossier_id
            dossier = state.dossier(dossier_id)
            if code is FindingCode.TWO_CATEGORIES and dossier and dossier.source is Source.RECOMMENDED:
                actions.append((self.tr("This copy stands…"), lambda: self.keep_copy(dossier_id)))
            if dossier is not None and dossier.set_aside_reason is None:
                actions.append((self.tr("Set aside (not counted)…"), lambda: self.set_aside(dossier_id)))
        return actions

    # ------------------------------------------------------------------ the actions
    def _case(self, code: str) -> str:
        state = self.context.state
        dossier = state.dossier(code) if state else None
        return dossier.case_number if dossier else code

    def _candidate(self, candidate_id: str) -> str:
        state = self.context.state
        return state.candidate_names.get(candidate_id, candidate_id) if state else candidate_id

    def _with_reason(
        self,
        title: str,
        prompt: str,
        doing: str,
        work: Callable[[Panel, str], OpResult[object]],
        said: Callable[[str], str],
    ) -> None:
        """Ask for a required reason; with one, run ``work(panel, reason)`` and say ``said(reason)``."""
        reason = dialogs.ask_reason(self.window, title, prompt, required=True)
        if not reason:
            return
        self.context.run_quick(
            doing,
            lambda panel: work(panel, reason),
            lambda _r: self.context.say("info", said(reason)),
        )

    def set_aside(self, code: str) -> None:
        case = self._case(code)
        self._with_reason(
            self.tr("Set a dossier aside"),
            self.tr(
                "{case} will no longer count for its candidate (it stays in the panel, its reviews too). Why?"
            ).format(case=case),
            self.tr("Setting the dossier aside"),
            lambda panel, reason: chair_ops.set_aside(panel, code, reason),
            lambda reason: self.tr("{case} is set aside and no longer counted: {reason}").format(
                case=case, reason=reason
            ),
        )

    def restore(self, code: str) -> None:
        case = self._case(code)
        self._with_reason(
            self.tr("Count a dossier again"),
            self.tr("{case} will count for its candidate again. Why?").format(case=case),
            self.tr("Counting the dossier again"),
            lambda panel, reason: chair_ops.restore(panel, code, reason),
            lambda _reason: self.tr("{case} counts again.").format(case=case),
        )

    def keep_copy(self, code: str) -> None:
        case = self._case(code)
        self._with_reason(
            self.tr("Choose the copy that stands"),
            self.tr(
                "This copy of {case} stands; the candidate's other copies of the case score 0. Why this one?"
            ).format(case=case),
            self.tr("Choosing the copy that stands"),
            lambda panel, reason: chair_ops.keep_copy(panel, code, reason),
            lambda _reason: self.tr("Dossier {code} stands for {case}; the other copies score 0.").format(
                code=code, case=case
            ),
        )

    def pool(self, unit_id: str) -> None:
        state = self.context.state
        spec = self.pooling_kind(state, unit_id) if state else None
        if state is None or spec is None:
            return
        members = [
            (c.id, c.name) for c in state.candidates if c.parent_id == unit_id and c.kind == spec.member_kind
        ]
        chosen = state.choices.pools.get(unit_id, ())
        dialog = PoolDialog(self.window, self._candidate(unit_id), members, spec.members, chosen)
        if not dialogs.exec_dialog(dialog):
            return
        picked, reason = dialog.members(), dialog.reason()
        names = "、".join(self._candidate(m) for m in picked)
        self.context.run_quick(
            self.tr("Choosing the pooled member candidates"),
            lambda panel: chair_ops.choose_pool(panel, unit_id, picked, reason),
            lambda _c: self.context.say(
                "info",
                self.tr("{unit} pools {members}.").format(unit=self._candidate(unit_id), members=names),
            ),
        )

    def grade(self, candidate_id: str) -> None:
        state = self.context.state
        spec = self.graded_kind(state, candidate_id) if state else None
        if state is None or spec is None:
            return
        candidate = next(c for c in state.candidates if c.id == candidate_id)
        dialog = GradeDialog(
            self.window,
            candidate.name,
            self.tr("The chair's grade"),
            spec.base,
            candidate.grade,
            candidate.grade_reason,
        )
        if not dialogs.exec_dialog(dialog):
            return
        points, reason = dialog.points(), dialog.reason()
        if points is None:
            return
        value: Decimal = points
        self.context.run_quick(
            self.tr("Entering the chair's grade"),
            lambda panel: chair_ops.grade_candidate(panel, candidate_id, value, reason),
            lambda _s: self.context.say(
                "info",
                self.tr("{candidate}: the chair's grade is {points}.").format(
                    candidate=candidate.name, points=format_points(value)
                ),
            ),
        )

    def record_check(self, code: str, check: DossierCheck, found: bool) -> None:
        case = self._case(code)
        prompt = (
            self.tr("{case}: “{check}” — found. Why (where was it checked)?")
            if found
            else self.tr("{case}: “{check}” — not found. Why?")
        )
        self._with_reason(
            self.tr("Record a check"),
            prompt.format(case=case, check=check.label),
            self.tr("Recording the check"),
            lambda panel, reason: chair_ops.record_check(panel, code, check.code, found, reason),
            lambda _reason: (
                self.tr("{case}: recorded as found.") if found else self.tr("{case}: recorded as not found.")
            ).format(case=case),
        )

    def reset_sequence(self, reviewer_id: str) -> None:
        state = self.context.state
        reviewer = state.reviewer(reviewer_id) if state else None
        who = reviewer.name if reviewer else reviewer_id
        self._with_reason(
            self.tr("Reset a reviewer's sequence"),
            self.tr(
                "{reviewer}'s next file may start again from sequence 1 (for example after a new laptop or a workspace begun anew). Scores already merged stay. Why?"
            ).format(reviewer=who),
            self.tr("Resetting the sequence"),
            lambda panel, reason: chair_ops.reset_reviewer_sequence(panel, reviewer_id, reason),
            lambda _reason: self.tr(
                "{reviewer}'s sequence is reset: their next file is accepted from 1."
            ).format(reviewer=who),
        )


def action_menu(parent: QWidget, actions: list[Action]) -> QMenu:
    """The actions as a menu (each entry runs its action)."""
    menu = QMenu(parent)
    for label, run in actions:
        menu.addAction(label).triggered.connect(lambda _checked=False, run=run: run())
    return menu


def show_menu(parent: QWidget, actions: list[Action], at: QPoint) -> None:
    """The actions as a context menu at ``at`` (global position); nothing when there are none."""
    if actions:
        action_menu(parent, actions).exec(at)
