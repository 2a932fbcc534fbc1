"""A panel: one SQLite file, its PDF store beside it, its rule set and checklist snapshots.

``Panel`` is the service object the command line and the windows use; nothing outside
``app/services`` opens a database connection. Layout on disk::

    harbin-2024.dpanel          the SQLite file (WAL: -wal and -shm files appear beside it while open)
    harbin-2024.pdfs/ab/ab12….pdf  the dossiers' PDFs, named by SHA-256, copied in on import
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import cached_property
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, CursorResult, Engine, select

from app.models import schema
from app.models.database import PanelFileError, create_panel_file, open_panel_file, write_transaction
from app.models.locking import PanelLock, Writer, command
from app.review import library
from app.review.checklist import Checklist, checklist_from_snapshot
from app.review.entities import CandidateRecord, ChairChoices, DossierRecord, Officer, StandingCopy
from app.review.ruleset import CrossAggregation, ExpertAggregation, RuleSet, Source, ruleset_from_snapshot
from app.review.scoring import Role
from app.services.clock import utc_now
from app.services.panel_keys import new_panel_key_rows

PANEL_SUFFIX = ".dpanel"


@dataclass(frozen=True)
class PanelInfo:
    id: str
    title: str
    ruleset_id: str
    campaign_start: date | None
    campaign_end: date | None
    expert_aggregation: ExpertAggregation
    cross_aggregation: CrossAggregation
    disagreement_threshold: Decimal
    blind: bool
    created_at: datetime


@dataclass(frozen=True)
class ReviewerRecord:
    id: str
    name: str
    role: Role
    region: str = ""
    unit: str = ""


@dataclass(frozen=True)
class DossierFile:
    """Where a dossier's PDF is and what it was when imported."""

    dossier_id: str
    pdf_path: Path | None
    sha256: str | None
    page_count: int | None
    checklist_id: str


class Panel:
    def __init__(self, path: Path, engine: Engine, lock: PanelLock | None = None) -> None:
        """``lock``: this panel's writer lock, held until ``close`` (see ``app.models.locking``)."""
        self.path = path
        self.engine = engine
        self.lock = lock
        self._reading = threading.local()  # this thread's pinned read connection (``reading``)

    # ------------------------------------------------------------------ opening
    @classmethod
    def create(
        cls,
        path: str | Path,
        ruleset_id: str | RuleSet,
        *,
        title: str = "",
        campaign_start: date | None = None,
        campaign_end: date | None = None,
        blind: bool = False,
        expert_aggregation: ExpertAggregation | None = None,
        cross_aggregation: CrossAggregation | None = None,
        disagreement_threshold: Decimal | None = None,
        actor: str = "chair",
        checklists: Mapping[str, Checklist] | None = None,
        writer: Writer | None = None,
        enabled_vetoes: Sequence[str] = (),
    ) -> Panel:
        """A new panel file. ``ruleset_id`` names a shipped rule set (KeyError lists the known ones);
        a ``RuleSet`` object with its ``checklists`` may be given instead (tests, custom rules).
        ``writer``: keep the panel's lock for that window or command until ``close``.
        ``enabled_vetoes``: the rule set's optional vetoes (not in the notice) the chair switches on;
        they are part of the panel's rule-set snapshot (ValueError names one the rule set lacks)."""
        p = Path(path)
        ruleset = library.ruleset(ruleset_id) if isinstance(ruleset_id, str) else ruleset_id
        if enabled_vetoes:
            ruleset = ruleset.with_enabled_vetoes(enabled_vetoes)
        checklists = checklists or {cid: library.checklist(cid) for cid in ruleset.checklist_ids()}
        missing = [cid for cid in ruleset.checklist_ids() if cid not in checklists]
        if missing:
            raise KeyError(f"rule set {ruleset.id!r} needs checklist {missing[0]!r}")
        if p.exists():
            raise PanelFileError("exists", p)
        lock = _lock(p, writer or command("create"))
        try:
            engine = create_panel_file(p)
        except BaseException:
            lock.release()
            raise
        panel_id = str(uuid.uuid4())
        with write_transaction(engine) as conn:
            conn.execute(
                schema.panel.insert().values(
                    id=panel_id,
                    title=title or ruleset.title,
                    ruleset_id=ruleset.id,
                    campaign_start=campaign_start,
                    campaign_end=campaign_end,
                    expert_aggregation=(expert_aggregation or ruleset.policy.expert_aggregation).value,
                    cross_aggregation=(cross_aggregation or ruleset.policy.cross_aggregation).value,
                    disagreement_threshold=disagreement_threshold
                    if disagreement_threshold is not None
                    else ruleset.policy.disagreement_threshold,
                    blind=blind,
                    created_at=utc_now(),
                )
            )
            rows: list[dict[str, Any]] = [
                {
                    "kind": "ruleset",
                    "ref_id": ruleset.id,
                    "version": ruleset.version,
                    "content_hash": ruleset.content_hash,
                    "content": ruleset.snapshot(),
                }
            ]
            rows += [
                {
                    "kind": "checklist",
                    "ref_id": c.id,
                    "version": c.version,
                    "content_hash": c.content_hash,
                    "content": c.snapshot(),
                }
                for c in checklists.values()
            ]
            conn.execute(schema.snapshots.insert(), rows)
            conn.execute(schema.meta.insert(), new_panel_key_rows())  # packages are signed with it
            audit(
                conn,
                actor,
                "panel.create",
                "panel",
                panel_id,
                None,
                {"ruleset": ruleset.id, "title": title, "enabled_vetoes": list(ruleset.enabled_vetoes)},
            )
        panel = cls(p, engine, lock if writer is not None else None)
        if writer is None:
            lock.release()
        panel.pdf_dir.mkdir(exist_ok=True)
        return panel

    @classmethod
    def open(cls, path: str | Path, *, backup_dir: Path | None = None, writer: Writer | None = None) -> Panel:
        """Open (and upgrade, if old) a panel file.

        ``writer`` (a window or a writing command): take the panel's lock first and hold it until
        ``close``; ``PanelLocked`` if another window or command holds it. Without one the panel is
        opened for reading — what it writes still waits its turn in SQLite — and an upgrade of an
        old file takes the lock just for the upgrade."""
        p = Path(path)
        lock = _lock(p, writer) if writer is not None and p.is_file() else None
        try:
            engine = open_panel_file(
                p, backup_dir=backup_dir, guard=None if lock else lambda: _lock(p, command("upgrade"))
            )
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        return cls(p, engine, lock)

    def close(self) -> None:
        """Close the database and let the next writer in (twice is harmless)."""
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()

    def __enter__(self) -> Panel:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One all-or-nothing unit of work."""
        with write_transaction(self.engine) as conn:
            yield conn

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """One read transaction: every read this thread makes inside it (``connect``) uses the same
        connection and sees one committed state of the file, however many services it calls. Nested
        calls join the outer one. Writes (``transaction``) are unaffected and wait for no reader."""
        pinned: Connection | None = getattr(self._reading, "conn", None)
        if pinned is not None:
            yield pinned
            return
        with self.engine.connect() as conn, conn.begin():  # deferred BEGIN: a WAL snapshot
            self._reading.conn = conn
            try:
                yield conn
            finally:
                self._reading.conn = None

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A connection to read with: this thread's ``reading`` one when inside it, else a fresh one."""
        pinned: Connection | None = getattr(self._reading, "conn", None)
        if pinned is not None:
            yield pinned
            return
        with self.engine.connect() as conn:
            yield conn

    @property
    def pdf_dir(self) -> Path:
        return self.path.with_suffix(".pdfs")

    # ------------------------------------------------------------------ reading
    @cached_property
    def info(self) -> PanelInfo:
        with self.connect() as conn:
            row = conn.execute(select(schema.panel)).mappings().one()
        return PanelInfo(
            id=row["id"],
            title=row["title"],
            ruleset_id=row["ruleset_id"],
            campaign_start=row["campaign_start"],
            campaign_end=row["campaign_end"],
            expert_aggregation=ExpertAggregation(row["expert_aggregation"]),
            cross_aggregation=CrossAggregation(row["cross_aggregation"]),
            disagreement_threshold=row["disagreement_threshold"],
            blind=row["blind"],
            created_at=row["created_at"],
        )

    @cached_property
    def ruleset(self) -> RuleSet:
        with self.connect() as conn:
            content = conn.execute(
                select(schema.snapshots.c.content).where(schema.snapshots.c.kind == "ruleset")
            ).scalar_one()
        return ruleset_from_snapshot(content)

    @cached_property
    def checklists(self) -> Mapping[str, Checklist]:
        """The panel's checklists, each with the rule set's active vetoes added (its own and those the chair enabled)."""
        with self.connect() as conn:
            rows = conn.execute(
                select(schema.snapshots.c.ref_id, schema.snapshots.c.content).where(
                    schema.snapshots.c.kind == "checklist"
                )
            ).all()
        return {
            ref: checklist_from_snapshot(content).with_vetoes(self.ruleset.active_vetoes)
            for ref, content in rows
        }

    def checklist(self, checklist_id: str) -> Checklist:
        return self.checklists[checklist_id]

    def snapshot_hashes(self) -> dict[tuple[str, str], str]:
        with self.connect() as conn:
            rows = conn.execute(
                select(schema.snapshots.c.kind, schema.snapshots.c.ref_id, schema.snapshots.c.content_hash)
            ).all()
        return {(kind, ref): digest for kind, ref, digest in rows}

    def candidates(self) -> list[CandidateRecord]:
        with self.connect() as conn:
            rows = conn.execute(select(schema.candidates).order_by(schema.candidates.c.id)).mappings().all()
        return [
            CandidateRecord(
                id=r["id"],
                name=r["name"],
                kind=r["kind"],
                level=r["level"],
                region=r["region"],
                parent_id=r["parent_id"],
                officer_name=r["officer_name"],
                officer_certificate=r["officer_certificate"],
                attributes={k: Decimal(str(v)) for k, v in (r["attributes"] or {}).items()},
                events={k: int(v) for k, v in (r["events"] or {}).items()},
                grade=r["grade"],
                grade_reason=r["grade_reason"],
            )
            for r in rows
        ]

    def dossiers(self) -> list[DossierRecord]:
        with self.connect() as conn:
            rows = conn.execute(select(schema.dossiers).order_by(schema.dossiers.c.code)).mappings().all()
            officer_rows = conn.execute(
                select(schema.dossier_officers, schema.dossiers.c.code)
                .join(schema.dossiers)
                .order_by(schema.dossier_officers.c.dossier_id, schema.dossier_officers.c.position)
            ).mappings()
            officers: dict[str, list[Officer]] = {}
            for o in officer_rows:
                roles = tuple(r for r in o["roles"].split(",") if r)
                officers.setdefault(o["code"], []).append(Officer(o["name"], o["certificate"], roles))
        return [
            DossierRecord(
                id=r["code"],
                case_number=r["case_number"],
                candidate_id=r["candidate_id"],
                type=r["type"],
                source=Source(r["source"]),
                title=r["title"],
                region=r["region"],
                publicised=r["publicised"],
                closing_date=r["closing_date"],
                officers=tuple(officers.get(r["code"], ())),
                set_aside_reason=r["set_aside_reason"],
                checks=frozenset(r["checks"] or ()),
                decision_date=r["decision_date"],
                drawn_before=bool(r["drawn_before"]),
            )
            for r in rows
        ]

    def chair_choices(self) -> ChairChoices:
        """The chair's standing-copy and pooling choices (app.services.choices writes them)."""
        with self.connect() as conn:
            rows = conn.execute(select(schema.chair_choices)).mappings().all()
        copies: dict[tuple[str, str], StandingCopy] = {}
        pools: dict[str, tuple[str, ...]] = {}
        for r in rows:
            if r["kind"] == "standing_copy":
                candidate_id, _, key = r["subject"].partition("|")
                copies[(candidate_id, key)] = StandingCopy(str(r["value"]), r["reason"])
            elif r["kind"] == "pool":
                pools[r["subject"]] = tuple(str(v) for v in r["value"])
        return ChairChoices(standing_copies=copies, pools=pools)

    def dossier_files(self) -> dict[str, DossierFile]:
        with self.connect() as conn:
            rows = conn.execute(
                select(
                    schema.dossiers.c.code,
                    schema.dossiers.c.pdf_path,
                    schema.dossiers.c.sha256,
                    schema.dossiers.c.page_count,
                    schema.dossiers.c.checklist_id,
                )
            ).all()
        return {
            code: DossierFile(code, self.pdf_dir / path if path else None, digest, pages, checklist_id)
            for code, path, digest, pages, checklist_id in rows
        }

    def reviewers(self) -> list[ReviewerRecord]:
        with self.connect() as conn:
            rows = conn.execute(select(schema.reviewers).order_by(schema.reviewers.c.id)).mappings().all()
        return [ReviewerRecord(r["id"], r["name"], Role(r["role"]), r["region"], r["unit"]) for r in rows]

    def audit_entries(self) -> list[dict[str, Any]]:
        with self.connect() as conn:
            rows = conn.execute(select(schema.audit_log).order_by(schema.audit_log.c.id)).mappings().all()
        return [dict(r) for r in rows]


def _lock(path: Path, writer: Writer) -> PanelLock:
    try:
        return PanelLock.acquire(path, writer)
    except OSError as exc:  # the folder is read-only or gone: nothing could be written there
        raise PanelFileError("unwritable", path, exc.strerror or str(exc)) from None


def audit(
    conn: Connection, actor: str, action: str, entity: str, entity_id: str, old: object, new: object
) -> None:
    """Append to the audit log inside the caller's transaction (so it is written with the change)."""
    conn.execute(
        schema.audit_log.insert().values(
            at=utc_now(), actor=actor, action=action, entity=entity, entity_id=entity_id, old=old, new=new
        )
    )


def find_dossier_row(
    conn: Connection, key: str, columns: Sequence[Any], refuse: Callable[..., Exception]
) -> Any:
    """The dossier a command names by its code, or by a case number only one dossier has: its
    ``columns``; else raises ``refuse("unknown_dossier")`` or ``refuse("ambiguous_dossier", count=n)``."""
    d = schema.dossiers
    row = conn.execute(select(*columns).where(d.c.code == key)).one_or_none()
    if row is not None:
        return row
    matches = conn.execute(select(*columns).where(d.c.case_number == key)).all()
    if len(matches) > 1:
        raise refuse("ambiguous_dossier", count=len(matches))
    if not matches:
        raise refuse("unknown_dossier")
    return matches[0]


def inserted_id(result: CursorResult[Any]) -> int:
    key = result.inserted_primary_key
    assert key is not None, "insert without a primary key"
    return int(key[0])
