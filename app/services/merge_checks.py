"""Reading and checking one reviewer file against the chair's panel, before anything is written.

Every check of the merge that does not depend on other files lives here: the form of the file, its
format and version, the panel it names, the reviewer and their secret, the HMAC, then every review
(dossier known and assigned to the reviewer, checklist hash and PDF fingerprint equal to the
panel's) and every deduction, veto and item mark (``app.review.validation``, anchors enforced where
the checklist asks). All problems of an authentic file are collected, not just the first, so the
chair can tell the reviewer everything to fix at once. Codes: docs/exchange-formats.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.exchange.crypto import fingerprint
from app.exchange.reviewer_file import (
    LEGACY_FILE_VERSION,
    Envelope,
    ReviewerFile,
    ReviewerFileError,
    file_digest,
    parse_body,
    read_envelope,
    verify,
    verify_signature,
)
from app.models import schema
from app.review.checklist import Checklist
from app.review.field_values import FieldError, clean_text, parse_points, shown
from app.review.validation import check_deduction, check_veto, page_fits
from app.services.clock import utc_now
from app.services.packages import reviewer_secrets
from app.services.panel import Panel
from app.services.panel_keys import PANEL_PUBLIC, reviewer_public_keys
from app.services.reviewer_history import (
    REFUSED,
    UNCHANGED,
    CampaignWindow,
    first_packages,
    history_warnings,
    merged_so_far,
    sequence_problem,
)
from app.services.scores import DeductionIn, VetoIn


@dataclass(frozen=True)
class MergeProblem:
    code: str
    dossier: str | None = None
    item: str | None = None
    detail: str = ""

    def as_json(self) -> dict[str, Any]:
        return {"code": self.code, "dossier": self.dossier, "item": self.item, "detail": self.detail}


@dataclass
class FileOutcome:
    path: Path
    sha256: str
    outcome: str = REFUSED
    reviewer_id: str | None = None
    sequence: int | None = None
    problems: list[MergeProblem] = field(default_factory=list)
    reviews: int = 0
    deductions: int = 0
    replaced_sequence: int | None = None  # updated: the sequence merged before
    warnings: list[MergeProblem] = field(default_factory=list)  # merged, but the chair should look


@dataclass
class CheckedReview:
    code: str
    dossier_db_id: int
    checklist_hash: str
    status: str
    note: str
    completed_at: datetime | None
    deductions: list[DeductionIn]
    vetoes: list[VetoIn]
    marks: list[tuple[str, bool, str]]


@dataclass
class Candidate:
    outcome: FileOutcome
    document: ReviewerFile | None = None
    reviews: list[CheckedReview] = field(default_factory=list)
    window: CampaignWindow | None = None  # when the reviewer can have worked (reviewer_history)


class PanelFacts:
    """What every file is checked against, read once per merge."""

    def __init__(self, panel: Panel) -> None:
        self.panel_id = panel.info.id
        self.reviewers = {r.id for r in panel.reviewers()}
        self.checklists: dict[str, Checklist] = dict(panel.checklists)
        self.checklist_hashes = {cid: c.content_hash for cid, c in self.checklists.items()}
        with panel.engine.connect() as conn:
            self.secrets = reviewer_secrets(conn)
            self.reviewer_keys = reviewer_public_keys(conn)
            public = conn.execute(
                select(schema.meta.c.value).where(schema.meta.c.key == PANEL_PUBLIC)
            ).scalar()
            self.panel_key = fingerprint(public) if public else None
            d = schema.dossiers
            self.dossiers = {
                row.code: row
                for row in conn.execute(
                    select(d.c.id, d.c.code, d.c.checklist_id, d.c.sha256, d.c.page_count)
                )
            }
            self.merged = merged_so_far(conn)
            self.issued = first_packages(conn)
            self.assigned: set[tuple[str, int]] = set(
                conn.execute(select(schema.assignments.c.reviewer_id, schema.assignments.c.dossier_id))
            )
        self.created_at = panel.info.created_at
        self.received_at = utc_now()  # the chair receives every file of this merge now


# ---------------------------------------------------------------------- reading and checking one file
def read_file(path: Path, facts: PanelFacts) -> Candidate:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return Candidate(
            FileOutcome(path, "", problems=[MergeProblem("unreadable", detail=exc.strerror or "")])
        )
    candidate = Candidate(FileOutcome(path, file_digest(raw)))
    outcome = candidate.outcome
    try:
        envelope = read_envelope(raw)
        outcome.reviewer_id, outcome.sequence = envelope.reviewer_id, envelope.sequence
        if envelope.panel_id != facts.panel_id:
            raise ReviewerFileError("other_panel", f"panel {envelope.panel_id}")
        if outcome.reviewer_id not in facts.reviewers:
            raise ReviewerFileError("unknown_reviewer", str(outcome.reviewer_id))
        if facts.merged.get(envelope.reviewer_id) == (envelope.sequence, outcome.sha256):
            outcome.outcome = UNCHANGED  # the very file merged last time: checked then, nothing to do
            return candidate
        authenticate(envelope, facts)
        document = parse_body(envelope)
    except ReviewerFileError as exc:
        outcome.problems.append(MergeProblem(exc.code, detail=exc.detail))
        return candidate
    candidate.document = document
    _check_claims(candidate, document, facts)
    candidate.reviews = _check_reviews(document, facts, outcome.problems)
    outcome.reviews = len(candidate.reviews)
    outcome.deductions = sum(len(r.deductions) for r in candidate.reviews)
    return candidate


def _check_claims(candidate: Candidate, document: ReviewerFile, facts: PanelFacts) -> None:
    """The file's sequence against the last merged; its times and actors (warnings only)."""
    last = facts.merged.get(document.reviewer_id, (0, ""))[0]
    jump = sequence_problem(document.sequence, last)
    if jump is not None:
        candidate.outcome.problems.append(MergeProblem("sequence_jump", detail=jump))
    window = CampaignWindow(facts.issued.get(document.reviewer_id, facts.created_at), facts.received_at)
    candidate.window = window
    candidate.outcome.warnings += [
        MergeProblem(code, detail=detail) for code, detail in history_warnings(document, window)
    ]


def authenticate(envelope: Envelope, facts: PanelFacts) -> None:
    """The signature, with the key the panel gave the reviewer (``ReviewerFileError`` if not).

    A version-2 file names the panel key and the reviewer key it was signed with; a version-1 file
    (HMAC, from an old package) is accepted only from a reviewer who never had a protected package:
    such a reviewer's work moves to a version-2 file by opening the new package."""
    rid = envelope.reviewer_id
    keys = facts.reviewer_keys.get(rid, {})
    if envelope.version == LEGACY_FILE_VERSION:
        if keys:
            raise ReviewerFileError("legacy_signature", "open the newer package and export again")
        secret = facts.secrets.get(rid)
        if secret is None:
            raise ReviewerFileError("not_packaged", "no package was ever made for this reviewer")
        verify(envelope, secret)
        return
    if envelope.panel_key != facts.panel_key:
        raise ReviewerFileError("other_panel_key", f"panel key {str(envelope.panel_key)[:16]}")
    if not keys:
        raise ReviewerFileError("not_packaged", "no package was ever made for this reviewer")
    public = keys.get(str(envelope.reviewer_key))
    if public is None:
        raise ReviewerFileError("unknown_key", f"reviewer key {str(envelope.reviewer_key)[:16]}")
    verify_signature(envelope, public)


def _check_reviews(
    document: ReviewerFile, facts: PanelFacts, problems: list[MergeProblem]
) -> list[CheckedReview]:
    listed = {}
    for entry in document.dossiers:
        if entry.code in listed:
            problems.append(MergeProblem("duplicate_dossier", entry.code))
        listed[entry.code] = entry
    uids: set[str] = set()
    prepared: list[CheckedReview] = []
    seen_reviews: set[str] = set()
    for review in document.reviews:
        code = review.dossier
        if code in seen_reviews:
            problems.append(MergeProblem("duplicate_review", code))
            continue
        seen_reviews.add(code)
        dossier = facts.dossiers.get(code)
        if dossier is None:
            problems.append(MergeProblem("unknown_dossier", code))
            continue
        if (document.reviewer_id, dossier.id) not in facts.assigned:
            problems.append(MergeProblem("not_assigned", code, detail=document.reviewer_id))
            continue
        listing = listed.get(code)
        if listing is None:
            problems.append(MergeProblem("dossier_not_listed", code))
            continue
        panel_hash = facts.checklist_hashes[dossier.checklist_id]
        if listing.checklist_hash != panel_hash or review.checklist_hash != panel_hash:
            problems.append(MergeProblem("checklist_mismatch", code, detail=f"panel {panel_hash[:12]}"))
            continue
        if listing.pdf_sha256 != dossier.sha256:
            problems.append(MergeProblem("pdf_mismatch", code, detail=f"file {str(listing.pdf_sha256)[:12]}"))
            continue
        checklist = facts.checklists[dossier.checklist_id]
        before = len(problems)
        note = _text(review.note)
        if note is None:
            problems.append(
                MergeProblem("text_too_long", code, detail=f"note of {len(review.note)} characters")
            )
            continue
        out = CheckedReview(
            code,
            dossier.id,
            panel_hash,
            review.status,
            note,
            review.completed_at,
            [],
            [],
            [],
        )
        for d in review.deductions:
            if d.uid in uids:
                problems.append(MergeProblem("duplicate_uid", code, d.item, d.uid))
                continue
            uids.add(d.uid)
            try:
                points = parse_points(d.points)
            except FieldError:
                problems.append(MergeProblem("bad_points", code, d.item, shown(d.points)))
                continue
            text = _text(d.text)
            if text is None:
                problems.append(MergeProblem("text_too_long", code, d.item, f"{len(d.text)} characters"))
                continue
            if d.reason_id and not text.strip():
                item = checklist.item(d.item)
                reason = item.reason(d.reason_id) if item else None
                text = reason.text if reason else ""
            problem = check_deduction(
                checklist, d.item, points, d.reason_id, text, d.page, dossier.page_count, enforce_anchor=True
            )
            if problem is not None:
                problems.append(MergeProblem(problem.value, code, d.item, f"{d.points} points"))
                continue
            out.deductions.append(
                DeductionIn(d.item, points, d.reason_id, text, d.page, d.rect, d.uid, d.created_at)
            )
        vetoes: set[str] = set()
        for v in review.vetoes:
            problem_code = "duplicate_veto" if v.veto in vetoes else None
            vetoes.add(v.veto)
            veto_reason = _text(v.reason)
            problem_code = problem_code or ("text_too_long" if veto_reason is None else None)
            problem_code = problem_code or _value(check_veto(checklist, v.veto, v.reason))
            if problem_code is None and not page_fits(v.page, dossier.page_count):
                problem_code = "page_out_of_range"
            if problem_code is not None:
                problems.append(MergeProblem(problem_code, code, v.veto))
                continue
            out.vetoes.append(VetoIn(v.veto, veto_reason or "", v.page, v.created_at))
        marked: set[str] = set()
        for m in review.marks:
            if checklist.item(m.item) is None or m.item in marked:
                problems.append(
                    MergeProblem("unknown_item" if m.item not in marked else "duplicate_mark", code, m.item)
                )
                continue
            marked.add(m.item)
            mark_note = _text(m.note)
            if mark_note is None:
                problems.append(MergeProblem("text_too_long", code, m.item))
                continue
            out.marks.append((m.item, m.visited, mark_note))
        if len(problems) == before:
            prepared.append(out)
    return prepared


def _value(problem: Any) -> str | None:
    return None if problem is None else str(problem.value)


def _text(value: str) -> str | None:
    """A reason or note as the reviewer's window stores it (``clean_text``); ``None`` when longer than
    the window accepts (20,000 characters): only a crafted file carries one."""
    try:
        return clean_text(value, multiline=True)
    except FieldError:
        return None
