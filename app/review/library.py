"""The checklists and rule sets shipped in ``resources/`` (read-only, looked up by id)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from app import paths
from app.review.checklist import Checklist, load_checklist
from app.review.datafiles import DataFileError
from app.review.ruleset import RuleSet, load_ruleset

RESOURCES = paths.resources_dir()  # beside the code, or inside the PyInstaller bundle


def resources_dir() -> Path:
    return RESOURCES


def _files(kind: str) -> list[Path]:
    return sorted((RESOURCES / kind).glob("*.toml"))


@cache
def checklists() -> dict[str, Checklist]:
    found: dict[str, Checklist] = {}
    for path in _files("checklists"):
        checklist = load_checklist(path)
        if checklist.id != path.stem:
            raise DataFileError(path, "id", f"is {checklist.id!r} but the file is named {path.stem!r}")
        found[checklist.id] = checklist
    return found


@cache
def rulesets() -> dict[str, RuleSet]:
    found: dict[str, RuleSet] = {}
    known_checklists = checklists()
    for path in _files("rulesets"):
        ruleset = load_ruleset(path)
        if ruleset.id != path.stem:
            raise DataFileError(path, "id", f"is {ruleset.id!r} but the file is named {path.stem!r}")
        for checklist_id in ruleset.checklist_ids():
            if checklist_id not in known_checklists:
                raise DataFileError(path, "checklist", f"names unknown checklist {checklist_id!r}")
        found[ruleset.id] = ruleset
    return found


def checklist(checklist_id: str) -> Checklist:
    try:
        return checklists()[checklist_id]
    except KeyError:
        raise KeyError(f"unknown checklist {checklist_id!r}; known: {', '.join(checklists())}") from None


def ruleset(ruleset_id: str) -> RuleSet:
    try:
        return rulesets()[ruleset_id]
    except KeyError:
        raise KeyError(f"unknown rule set {ruleset_id!r}; known: {', '.join(rulesets())}") from None
