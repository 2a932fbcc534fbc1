"""A chair's checklist as a file to keep, and in a panel.

An imported checklist is an ordinary ``Checklist``: written out as TOML in the shipped files' layout
(docs/data-files.md) it loads back with the same content hash, and a panel holds it as a snapshot
like a shipped one. A panel uses it in place of one of its rule set's checklists: the panel's copy
of the rule set names the chair's checklist instead (the rules themselves are unchanged).
"""

from __future__ import annotations

import json
import os
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.review import library
from app.review.checklist import Checklist, load_checklist
from app.review.datafiles import DataFileError
from app.review.ruleset import RuleSet

SHEET_SUFFIXES = (".xlsx", ".xlsm")


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal | int):
        return format(Decimal(value), "f")
    return json.dumps(str(value), ensure_ascii=False)  # a JSON string is a valid TOML basic string


def _table(header: str, data: dict[str, Any], skip: tuple[str, ...]) -> list[str]:
    lines = [header] if header else []
    for key, value in data.items():
        if key in skip or value is None or value == "" or value == ():
            continue
        lines.append(f"{key} = {_value(value)}")
    return lines


def checklist_toml(checklist: Checklist, comment: str = "") -> str:
    """The checklist as a TOML file in the shipped files' layout."""
    data = checklist.model_dump(exclude_defaults=True)
    lines = [f"# {line}" for line in comment.splitlines()]
    lines += _table("", data, ("sections", "vetoes"))
    for veto in checklist.vetoes:
        lines += ["", *_table("[[vetoes]]", veto.model_dump(exclude_defaults=True), ())]
    for section in checklist.sections:
        lines += ["", *_table("[[sections]]", section.model_dump(exclude_defaults=True), ("items",))]
        for item in section.items:
            lines += ["", *_table("[[sections.items]]", item.model_dump(exclude_defaults=True), ("reasons",))]
            for reason in item.reasons:
                lines += _table("[[sections.items.reasons]]", reason.model_dump(exclude_defaults=True), ())
    return "\n".join(lines) + "\n"


def write_checklist_toml(checklist: Checklist, path: str | Path, comment: str = "") -> Path:
    """Write atomically (a temporary file renamed into place); checked to load back identical."""
    target = Path(path)
    text = checklist_toml(checklist, comment)
    handle, temporary = tempfile.mkstemp(prefix=".checklist-", suffix=".toml", dir=target.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        if load_checklist(temporary).content_hash != checklist.content_hash:
            raise DataFileError(target, "", "the written file does not load back as the same checklist")
        os.replace(temporary, target)
    finally:
        Path(temporary).unlink(missing_ok=True)
    return target


def read_checklist_file(path: str | Path, *, sheet: str | None = None) -> Checklist:
    """A checklist from a TOML file or an Excel/WPS sheet (.xlsx)."""
    p = Path(path)
    if p.suffix.lower() in SHEET_SUFFIXES:
        from app.services.checklist_import import import_checklist

        return import_checklist(p, sheet=sheet)
    checklist = load_checklist(p)
    shipped = library.checklists().get(checklist.id)
    if shipped is not None and shipped.content_hash != checklist.content_hash:
        raise DataFileError(p, "id", f"{checklist.id!r} is the id of a shipped checklist; give yours another")
    return checklist


def ruleset_with_checklist(ruleset: RuleSet, checklist: Checklist, replaces: str | None = None) -> RuleSet:
    """The rule set with the chair's checklist in place of ``replaces`` (default: its main checklist)."""
    replaces = replaces or ruleset.checklist
    if replaces not in ruleset.checklist_ids():
        raise KeyError(
            f"rule set {ruleset.id!r} has no checklist {replaces!r}; its checklists: "
            + ", ".join(ruleset.checklist_ids())
        )
    kinds = tuple(
        kind.model_copy(update={"checklist": checklist.id}) if kind.checklist == replaces else kind
        for kind in ruleset.candidate_kinds
    )
    main = checklist.id if ruleset.checklist == replaces else ruleset.checklist
    return ruleset.model_copy(update={"checklist": main, "candidate_kinds": kinds})


def panel_checklists(ruleset: RuleSet, chosen: Checklist | None = None) -> dict[str, Checklist]:
    """Every checklist a panel of ``ruleset`` needs: the chair's own where it names it, else shipped."""
    return {
        cid: chosen if chosen is not None and cid == chosen.id else library.checklist(cid)
        for cid in ruleset.checklist_ids()
    }
