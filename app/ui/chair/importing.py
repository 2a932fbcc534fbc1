"""Importing the lists the chair is given: candidates, reviewers, dossiers (with their PDFs).

``ImportFlow`` runs ``app.services.chair_imports.import_lists`` on the worker with whatever files were
dropped or chosen (told apart by their headers, imported in the order the panel needs, the PDFs
hashed, counted and opened with a progress bar and cancel), and words the outcome. Each manifest is
all-or-nothing (the services refuse a bad one whole and name the row, and a cancelled dossiers'
list takes its copied PDFs out of the store again); a PDF that cannot be used leaves only its own
dossier out, and says so. A cancel after some lists went in reports those and names the list that
was cancelled, rather than claiming nothing changed.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject

from app.services.chair_imports import ImportOutcome, import_lists
from app.services.chair_ops import OpResult
from app.services.progress import Progress
from app.ui.chair.context import ChairContext
from app.ui.chair.wording_errors import error_text, is_expected, pdf_problem_word
from app.ui.shared.look import translate

log = logging.getLogger(__name__)
_ROW_LABEL = re.compile(r"^row (\d+) \((.*)\)$")


def kind_word(kind: str) -> str:
    return {
        "candidates": translate("Importing", "Candidates' list"),
        "reviewers": translate("Importing", "Reviewers' list"),
        "dossiers": translate("Importing", "Dossiers' list"),
        "pool": translate("Importing", "Draw pool"),
    }.get(kind, kind)


def refusal_text(label: str, code: str) -> str:
    """ "row 5 (甲环罚〔2017〕3号)", "missing" → "第 5 行（甲环罚〔2017〕3号）：PDF 文件不存在"."""
    match = _ROW_LABEL.match(label)
    where = (
        translate("Importing", "row {row} ({case})").format(row=match[1], case=match[2]) if match else label
    )
    return translate("Importing", "{where}: {problem}").format(where=where, problem=pdf_problem_word(code))


def outcome_lines(outcome: ImportOutcome) -> list[tuple[bool, str]]:
    """(is a problem, line) for each manifest and each refused row."""
    lines: list[tuple[bool, str]] = []
    for m in outcome.manifests:
        name = f"{kind_word(m.kind)} {m.path.name}"
        if m.error is not None:
            lines.append(
                (
                    True,
                    translate("Importing", "{name}: not imported — {reason}").format(
                        name=name, reason=error_text(m.error)
                    ),
                )
            )
            continue
        report = m.report
        assert report is not None
        text = translate("Importing", "{name}: {added} added, {unchanged} already in the panel").format(
            name=name, added=len(report.added), unchanged=len(report.unchanged)
        )
        if report.refused:
            text += translate("Importing", ", {refused} left out").format(refused=len(report.refused))
        lines.append((bool(report.refused), text))
        for label, code, _detail in report.refused:
            lines.append((True, "    " + refusal_text(label, code)))
    if outcome.cancelled is not None:
        cancelled = outcome.cancelled
        lines.append(
            (
                True,
                translate("Importing", "{name}: cancelled — nothing of it was imported").format(
                    name=f"{kind_word(cancelled.kind)} {cancelled.path.name}"
                ),
            )
        )
    for path in outcome.unknown:
        lines.append(
            (
                True,
                translate(
                    "Importing", "{name}: not a list this program knows (check its column headings)"
                ).format(name=path.name),
            )
        )
    if outcome.pdfs and not any(m.kind == "dossiers" for m in outcome.manifests):
        lines.append(
            (
                True,
                translate(
                    "Importing",
                    "{count} PDF files without a dossiers' list: drop the list too; it names each dossier's PDF",
                ).format(count=len(outcome.pdfs)),
            )
        )
    return lines


class ImportFlow(QObject):
    """Runs an import of dropped or chosen files on the worker and reports back."""

    def __init__(
        self,
        context: ChairContext,
        on_report: Callable[[ImportOutcome], None],
        on_pool: Callable[[Path], None],
    ) -> None:
        super().__init__(context)
        self.context = context
        self.on_report = on_report
        self.on_pool = on_pool

    def start(self, paths: Sequence[Path]) -> None:
        panel = self.context.panel
        if panel is None or not paths:
            return
        files = list(paths)

        def work(progress: Progress) -> OpResult[ImportOutcome]:
            return import_lists(panel, files, progress)

        def done(outcome: ImportOutcome) -> None:
            for m in outcome.manifests:
                if m.error is not None and not is_expected(m.error):
                    log.error("importing %s failed", m.path, exc_info=m.error)
            self.on_report(outcome)
            if outcome.pools:
                self.on_pool(outcome.pools[0])

        self.context.run_long(translate("Importing", "Importing the lists"), work, done)
