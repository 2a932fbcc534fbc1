"""The first things the chair sees: a start page (new, open, recent) and, with a panel open, the
overview — the six steps of a panel with where each one stands, and the panel's settings, rule set
and checklist, read-only.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.review.points import format_points
from app.services.chair_state import ChairState
from app.services.changes import Area, Changes
from app.ui.chair.ruleset_view import ChecklistTree, ruleset_html
from app.ui.chair.widgets import Tone, heading_label, hint_label, names_any, tone_icon
from app.ui.chair.wording import cross_aggregation_word, day, expert_aggregation_word
from app.ui.shared.look import translate

# what the steps' words stand on (everything but the packages and the audit log)
STEP_AREAS = Area.PANEL | Area.ROSTER | Area.ASSIGNMENTS | Area.SCORES | Area.MODERATION | Area.CHOICES
Step = tuple[str, Tone]  # where a step stands in words, and its tone


class StartPage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    recent_chosen = Signal(object)  # Path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = heading_label(self.tr("Dossier review panel — chair"), self)
        intro = hint_label(
            self.tr(
                "Build a panel from the candidates', dossiers' and reviewers' lists, give each reviewer a package on a USB stick, merge the files they bring back, settle the disagreements, and export and print the results. Everything stays on this computer."
            ),
            self,
        )
        self.new_button = QCommandLinkButton(
            self.tr("New panel"), self.tr("Choose the rule set and the campaign; then import the lists"), self
        )
        self.open_button = QCommandLinkButton(
            self.tr("Open a panel"), self.tr("Continue with a panel file (.dpanel)"), self
        )
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.recent = QListWidget(self)
        self.recent.itemActivated.connect(
            lambda item: self.recent_chosen.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
        )
        self.recent_label = QLabel(self.tr("Opened lately (double-click to open)"), self)
        self.recent.setMaximumHeight(220)
        box = QWidget(self)
        box.setMaximumWidth(760)
        layout = QVBoxLayout(box)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(16)
        layout.addWidget(self.new_button)
        layout.addWidget(self.open_button)
        layout.addSpacing(16)
        layout.addWidget(self.recent_label)
        layout.addWidget(self.recent)
        layout.addStretch(2)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 4)
        outer.addStretch(1)

    def set_recent(self, paths: list[Path]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{path.stem}    {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.recent.addItem(item)
        self.recent.setVisible(bool(paths))
        self.recent_label.setVisible(bool(paths))


class OverviewPage(QWidget):
    step_chosen = Signal(int)  # page index of the step
    shows = STEP_AREAS

    def __init__(
        self,
        parent: QWidget | None = None,
        steps: Callable[[ChairState], list[tuple[str, str, Tone]]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.step_status = steps or step_status  # the window's: worked out on the worker
        self.steps: list[QCommandLinkButton] = []
        left = QWidget(self)
        left.setMinimumWidth(380)
        left.setMaximumWidth(520)
        steps_layout = QVBoxLayout(left)
        steps_layout.setContentsMargins(0, 0, 0, 0)
        steps_layout.addWidget(heading_label(self.tr("Steps of the panel"), left))
        for index in range(6):
            button = QCommandLinkButton(left)
            button.clicked.connect(lambda _=False, i=index: self.step_chosen.emit(i + 1))
            steps_layout.addWidget(button)
            self.steps.append(button)
        steps_layout.addStretch(1)

        self.settings = QWidget(self)
        self.form = QFormLayout(self.settings)
        self.values: dict[str, QLabel] = {}
        for key, label in (
            ("title", self.tr("Title")),
            ("file", self.tr("File")),
            ("ruleset", self.tr("Rule set")),
            ("campaign", self.tr("Campaign")),
            ("expert", self.tr("Expert score")),
            ("cross", self.tr("Cross-review deduction")),
            ("threshold", self.tr("Disagreement threshold")),
            ("blind", self.tr("Blind review")),
        ):
            value = QLabel(self.settings)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            self.form.addRow(label, value)
        self.form.addRow(
            hint_label(self.tr("These settings were fixed when the panel was created."), self.settings)
        )
        self.summary = QTextBrowser(self)
        self.checklist = ChecklistTree(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.settings, self.tr("Panel settings"))
        self.tabs.addTab(self.summary, self.tr("What the rule set computes"))
        self.tabs.addTab(self.checklist, self.tr("Checklist (read-only)"))
        layout = QHBoxLayout(self)
        layout.addWidget(left)
        layout.addWidget(self.tabs, 1)

    def set_state(self, state: ChairState | None, changes: Changes | None = None) -> None:
        if state is None:
            return
        if names_any(changes, Area.PANEL):
            self._show_settings(state)
        for button, (title, text, tone) in zip(self.steps, self.step_status(state), strict=True):
            button.setText(title)
            button.setDescription(text)
            button.setIcon(tone_icon(tone, 18))

    def _show_settings(self, state: ChairState) -> None:
        info = state.info
        self.values["title"].setText(info.title)
        self.values["file"].setText(str(state.path))
        self.values["ruleset"].setText(state.ruleset.title)
        if info.campaign_start or info.campaign_end:
            campaign = self.tr("{start} to {end}").format(
                start=day(info.campaign_start), end=day(info.campaign_end)
            )
        else:
            campaign = self.tr("not limited")
        self.values["campaign"].setText(campaign)
        self.values["expert"].setText(expert_aggregation_word(info.expert_aggregation))
        self.values["cross"].setText(cross_aggregation_word(info.cross_aggregation))
        self.values["threshold"].setText(
            self.tr("{points} pts").format(points=format_points(info.disagreement_threshold))
        )
        self.values["blind"].setText(
            self.tr("Yes: reviewers do not see the candidates' names") if info.blind else self.tr("No")
        )
        self.summary.setHtml(ruleset_html(state.ruleset))
        checklist_id = state.ruleset.checklist
        self.checklist.set_checklist(
            state.checklists.get(checklist_id) or next(iter(state.checklists.values()), None)
        )


class StepWords:
    """Where each step stands, worked out on the worker with each read (``row_cache``)."""

    def __init__(self, state: ChairState) -> None:
        self.state = state
        self._steps: list[tuple[str, str, Tone]] | None = None

    def prepare(self) -> None:
        self._steps = step_status(self.state)

    def adopt(self, previous: object) -> None:
        """Nothing to share with the previous state's words."""

    @property
    def steps(self) -> list[tuple[str, str, Tone]]:
        if self._steps is None:
            self.prepare()
        assert self._steps is not None
        return self._steps


def step_status(state: ChairState) -> list[tuple[str, str, Tone]]:
    """Each step's title, where it stands in words, and its tone."""
    assigned = len({a.dossier_id for a in state.assignments})
    reviewed = state.reviewed
    steps = (
        _dossiers_step(state),
        _reviewers_step(state, assigned),
        _packages_step(assigned),
        _merge_step(reviewed, len(state.dossiers)),
        _results_step(reviewed, state.open_flags),
        _export_step(reviewed),
    )
    titles = (
        translate("Overview", "1  Dossiers and candidates"),
        translate("Overview", "2  Reviewers and assignment"),
        translate("Overview", "3  Packages for the reviewers"),
        translate("Overview", "4  Merge the reviewers' files"),
        translate("Overview", "5  Results and disagreements"),
        translate("Overview", "6  Export and print"),
    )
    return [(title, text, tone) for title, (text, tone) in zip(titles, steps, strict=True)]


def _dossiers_step(state: ChairState) -> Step:
    dossiers, candidates = len(state.dossiers), len(state.candidates)
    errors = state.composition_errors
    if not dossiers:
        return (
            translate("Overview", "Import the candidates' and dossiers' lists with their PDFs"),
            Tone.WAITING,
        )
    if errors:
        return (
            translate(
                "Overview", "{candidates} candidates, {dossiers} dossiers; {errors} problems to fix"
            ).format(candidates=candidates, dossiers=dossiers, errors=errors),
            Tone.CHECK,
        )
    return (
        translate("Overview", "{candidates} candidates, {dossiers} dossiers; complete").format(
            candidates=candidates, dossiers=dossiers
        ),
        Tone.GOOD,
    )


def _reviewers_step(state: ChairState, assigned: int) -> Step:
    dossiers = len(state.dossiers)
    if not state.reviewers:
        return (translate("Overview", "Import the reviewers' list, then assign"), Tone.WAITING)
    if not assigned:
        return (
            translate("Overview", "{reviewers} reviewers; no dossier assigned yet").format(
                reviewers=len(state.reviewers)
            ),
            Tone.WAITING,
        )
    if state.conflicts or assigned < dossiers:
        return (
            translate("Overview", "{assigned} of {dossiers} dossiers assigned; {conflicts} conflicts").format(
                assigned=assigned, dossiers=dossiers, conflicts=len(state.conflicts)
            ),
            Tone.CHECK,
        )
    return (
        translate("Overview", "All {dossiers} dossiers assigned to {reviewers} reviewers").format(
            dossiers=dossiers, reviewers=len(state.reviewers)
        ),
        Tone.GOOD,
    )


def _packages_step(assigned: int) -> Step:
    if assigned:
        return (translate("Overview", "One file per reviewer, to hand out on a USB stick"), Tone.NEUTRAL)
    return (translate("Overview", "After the assignment"), Tone.WAITING)


def _merge_step(reviewed: int, dossiers: int) -> Step:
    if not reviewed:
        return (translate("Overview", "No reviewer file merged yet"), Tone.WAITING)
    if reviewed < dossiers:
        return (
            translate("Overview", "{reviewed} of {dossiers} dossiers have scores").format(
                reviewed=reviewed, dossiers=dossiers
            ),
            Tone.CHECK,
        )
    return (translate("Overview", "Every dossier has scores"), Tone.GOOD)


def _results_step(reviewed: int, open_flags: int) -> Step:
    if not reviewed:
        return (translate("Overview", "After the merge"), Tone.WAITING)
    if open_flags:
        return (
            translate("Overview", "{flags} disagreements to settle").format(flags=open_flags),
            Tone.CHECK,
        )
    return (translate("Overview", "No open disagreement"), Tone.GOOD)


def _export_step(reviewed: int) -> Step:
    return (
        translate("Overview", "Spreadsheet, review sheets and the panel's report"),
        Tone.NEUTRAL if reviewed else Tone.WAITING,
    )
