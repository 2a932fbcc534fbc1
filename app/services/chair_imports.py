"""Importing whatever lists the chair dropped or chose, as one operation (``chair_ops``' model).

The files are told apart by their headers, imported in the order the panel needs (candidates,
reviewers, then dossiers, whose PDFs are hashed, counted and opened with progress and cancel), and
each manifest stands alone: all-or-nothing, a refusal kept to be said, the next one still runs. The
outcome names ROSTER only when a manifest added or changed something. A cancel after a list went in
returns the outcome so far with the cancelled list named (the window must not say "nothing
changed"); a cancel before anything went in is raised. A cancelled dossiers' list leaves no copied
PDF in the store (``registry.add_dossiers``). Qt-free.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.services.chair_ops import OpResult
from app.services.changes import NOTHING, Area, Changes
from app.services.manifest_kinds import MANIFEST_SUFFIXES, manifest_kind
from app.services.panel import Panel
from app.services.progress import Cancelled, Progress
from app.services.registry import ImportReport, add_candidates, add_dossiers, add_reviewers

ORDER = ("candidates", "reviewers", "dossiers")


@dataclass
class ManifestOutcome:
    kind: str
    path: Path
    report: ImportReport | None = None
    error: BaseException | None = None

    @property
    def wrote(self) -> bool:
        return self.report is not None and bool(self.report.added or self.report.updated)


@dataclass
class ImportOutcome:
    manifests: list[ManifestOutcome] = field(default_factory=list)
    pools: list[Path] = field(default_factory=list)
    unknown: list[Path] = field(default_factory=list)
    pdfs: list[Path] = field(default_factory=list)
    cancelled: ManifestOutcome | None = None  # the list being imported when the chair cancelled

    @property
    def changes(self) -> Changes:
        return Changes.of(Area.ROSTER) if any(m.wrote for m in self.manifests) else NOTHING


def import_lists(panel: Panel, paths: Sequence[Path], progress: Progress) -> OpResult[ImportOutcome]:
    """A manifest's refusal is kept in its ``ManifestOutcome.error`` (the caller says and logs it)."""
    outcome = ImportOutcome()
    kinds = _sort(paths, outcome)
    for kind in ORDER:
        for path in kinds[kind]:
            try:
                progress.check()
                outcome.manifests.append(_import_one(panel, kind, path, progress))
            except Cancelled:
                if not any(m.wrote for m in outcome.manifests):
                    raise  # nothing went in: the panel is as it was, and the window says so
                outcome.cancelled = ManifestOutcome(kind, path)  # the lists before it did go in
                return OpResult(outcome, outcome.changes)
    return OpResult(outcome, outcome.changes)


def _sort(paths: Sequence[Path], outcome: ImportOutcome) -> dict[str, list[Path]]:
    kinds: dict[str, list[Path]] = {k: [] for k in ORDER}
    for path in paths:
        suffix = path.suffix.lower()
        if suffix == ".pdf":
            outcome.pdfs.append(path)
            continue
        kind = manifest_kind(path) if suffix in MANIFEST_SUFFIXES else None
        if kind == "pool":
            outcome.pools.append(path)
        elif kind in kinds:
            kinds[kind].append(path)
        else:
            outcome.unknown.append(path)
    return kinds


def _import_one(panel: Panel, kind: str, path: Path, progress: Progress) -> ManifestOutcome:
    result = ManifestOutcome(kind, path)
    try:
        if kind == "candidates":
            result.report = add_candidates(panel, path)
        elif kind == "reviewers":
            result.report = add_reviewers(panel, path)
        else:
            result.report = add_dossiers(panel, path, progress=progress)
    except Cancelled:
        raise
    except Exception as exc:  # each manifest stands alone; the next still runs
        result.error = exc
    return result
