"""What a dropped file is: which manifest its header fits (candidates, reviewers, dossiers or a pool)."""

from __future__ import annotations

from pathlib import Path

from app.services.draws import POOL_COLUMNS
from app.services.manifests import ManifestError, read_manifest
from app.services.registry import CANDIDATE_COLUMNS, DOSSIER_COLUMNS, REVIEWER_COLUMNS

MANIFEST_KINDS = ("candidates", "reviewers", "dossiers", "pool")
MANIFEST_SUFFIXES = {".csv", ".tsv", ".txt", ".xlsx", ".xlsm"}


def manifest_kind(path: Path) -> str | None:
    """Which manifest a file is, judged by its header: candidates, reviewers, dossiers or a draw pool."""
    columns: dict[str, tuple[dict[str, tuple[str, ...]], tuple[str, ...]]] = {
        "candidates": (CANDIDATE_COLUMNS, ("id", "name", "kind")),
        "reviewers": (REVIEWER_COLUMNS, ("id", "name", "role")),
        "dossiers": (DOSSIER_COLUMNS, ("case_number", "candidate", "type", "source")),
        "pool": (POOL_COLUMNS, ("candidate", "case_number", "type")),
    }
    for kind in MANIFEST_KINDS:
        names, required = columns[kind]
        try:
            read_manifest(path, names, required)
        except ManifestError as exc:
            if not exc.location or exc.location.startswith("row 1"):
                continue  # the header does not fit this kind (or the file is no table at all)
            return kind  # the header fits; a later row has a problem the import will name
        return kind
    return None
