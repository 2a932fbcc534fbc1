"""The panel database: one SQLite file per panel.

Tables are declared with SQLAlchemy Core so bulk reads and writes (results, merges, imports) go
through ``insert().values`` / ``select`` without ORM objects. ``SCHEMA_VERSION`` is the version a
freshly created file has; older files are upgraded by ``app.models.migrations``.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from app.models.types import DecimalText, JsonText

SCHEMA_VERSION = 6  # 2: audit_log keeps a reviewer file's claims apart; received_files.warnings
# 3: the chair's settlements (set-aside dossiers, dossier checks, unit grades)
# 4: dossier decision date and drawn-before flag (time windows); chair_choices (keep-copy, pool)
# 5: the panel's Ed25519 signing key (in meta)
# 6: an index on audit_log.action (the last assignment run, the chair's deduction decisions)

metadata = MetaData()

meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

panel = Table(
    "panel",
    metadata,
    Column("id", String(36), primary_key=True),  # uuid4: a reviewer file names the panel it belongs to
    Column("title", Text, nullable=False),
    Column("ruleset_id", String(64), nullable=False),
    Column("campaign_start", Date),
    Column("campaign_end", Date),
    Column("expert_aggregation", String(16), nullable=False),
    Column("cross_aggregation", String(16), nullable=False),
    Column("disagreement_threshold", DecimalText, nullable=False),
    Column("blind", Boolean, nullable=False, default=False),
    Column("experts_per_dossier", Integer),  # None: every expert reviews every dossier
    Column("cross_per_dossier", Integer, nullable=False, default=1),
    Column("created_at", DateTime, nullable=False),
)

# Checklists and the rule set as they were when the panel was made: later edits of resources/
# never change a running panel's arithmetic.
snapshots = Table(
    "snapshots",
    metadata,
    Column("kind", String(16), primary_key=True),  # checklist | ruleset
    Column("ref_id", String(64), primary_key=True),
    Column("version", String(32), nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("content", Text, nullable=False),
    CheckConstraint("kind in ('checklist', 'ruleset')", name="snapshot_kind"),
)

candidates = Table(
    "candidates",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(64), nullable=False),
    Column("level", String(64), nullable=False),
    Column("region", Text, nullable=False, default=""),
    Column("parent_id", String(64), ForeignKey("candidates.id")),
    Column("officer_name", Text, nullable=False, default=""),
    Column("officer_certificate", Text, nullable=False, default=""),
    Column("attributes", JsonText, nullable=False, default=dict),  # {"self_checks": "2"}
    Column("events", JsonText, nullable=False, default=dict),  # {"province_zeroed": 1}
    # v3: a base_adjusted kind graded by the chair (Rudong's 综合打分 out of 22), and why (audited)
    Column("grade", DecimalText),
    Column("grade_reason", Text, nullable=False, default=""),
)

dossiers = Table(
    "dossiers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("code", String(128), nullable=False, unique=True),  # how people and files name it
    Column("case_number", Text, nullable=False),
    Column("candidate_id", String(64), ForeignKey("candidates.id"), nullable=False),
    Column("type", String(64), nullable=False),
    Column("source", String(16), nullable=False),
    Column("title", Text, nullable=False, default=""),
    Column("region", Text, nullable=False, default=""),
    Column("publicised", Boolean, nullable=False, default=True),
    Column("closing_date", Date),
    Column("decision_date", Date),  # 印发处罚决定书等法律文书 (schema 4): the rule sets' time windows
    Column("drawn_before", Boolean, nullable=False, default=False),  # 已被抽查 (schema 4; Rudong)
    Column("pdf_path", Text),  # relative to the panel's PDF folder
    Column("sha256", String(64)),
    Column("page_count", Integer),
    Column("pdf_problem", String(32)),  # why the PDF could not be used, if it could not
    Column("checklist_id", String(64), nullable=False),
    # v3: set aside by the chair (an extra or shared dossier): why; NULL while it counts (audited)
    Column("set_aside_reason", Text),
    # v3: DossierCheck codes the chair recorded as found (Rudong: inspection found in the mobile system)
    Column("checks", JsonText, nullable=False, default=list),
    CheckConstraint("source in ('recommended', 'drawn')", name="dossier_source"),
    UniqueConstraint("candidate_id", "case_number", "type", "source", name="dossier_category"),
)
Index("ix_dossiers_candidate", dossiers.c.candidate_id)

dossier_officers = Table(
    "dossier_officers",
    metadata,
    Column("dossier_id", Integer, ForeignKey("dossiers.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("certificate", Text, nullable=False, default=""),
    Column("roles", Text, nullable=False, default=""),  # comma-separated role codes
)

reviewers = Table(
    "reviewers",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("name", Text, nullable=False),
    Column("role", String(16), nullable=False),
    Column("region", Text, nullable=False, default=""),
    Column("unit", Text, nullable=False, default=""),
    CheckConstraint("role in ('expert', 'cross')", name="reviewer_role"),
)

assignments = Table(
    "assignments",
    metadata,
    Column("reviewer_id", String(64), ForeignKey("reviewers.id"), primary_key=True),
    Column("dossier_id", Integer, ForeignKey("dossiers.id", ondelete="CASCADE"), primary_key=True),
    Column("created_at", DateTime, nullable=False),
    Column("override_reason", Text),  # set when the chair broke the region rule by hand
)

reviews = Table(
    "reviews",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("reviewer_id", String(64), ForeignKey("reviewers.id"), nullable=False),
    Column("dossier_id", Integer, ForeignKey("dossiers.id", ondelete="CASCADE"), nullable=False),
    Column("status", String(16), nullable=False, default="in_progress"),
    Column("note", Text, nullable=False, default=""),
    Column("origin", String(16), nullable=False, default="local"),  # local | paper | file
    Column("file_sequence", Integer),  # the reviewer file's sequence number it came from
    Column("checklist_hash", String(64), nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Column("completed_at", DateTime),
    UniqueConstraint("reviewer_id", "dossier_id", name="one_review_per_reviewer"),
    CheckConstraint("status in ('not_started', 'in_progress', 'complete')", name="review_status"),
)

deductions = Table(
    "deductions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("uid", String(36), nullable=False, unique=True),  # stable across export and merge
    Column("review_id", Integer, ForeignKey("reviews.id", ondelete="CASCADE"), nullable=False),
    Column("item_id", String(64), nullable=False),
    Column("reason_id", String(64)),
    Column("points", DecimalText, nullable=False),
    Column("text", Text, nullable=False, default=""),
    Column("page", Integer),  # 1-based page anchor
    Column("rect", JsonText),  # [x0, y0, x1, y1] in PDF points on that page
    Column("created_at", DateTime, nullable=False),
)
Index("ix_deductions_review", deductions.c.review_id)

item_marks = Table(  # what a reviewer did with an item besides deducting: looked at it, a note
    "item_marks",
    metadata,
    Column("review_id", Integer, ForeignKey("reviews.id", ondelete="CASCADE"), primary_key=True),
    Column("item_id", String(64), primary_key=True),
    Column("visited", Boolean, nullable=False, default=True),
    Column("note", Text, nullable=False, default=""),
)

review_vetoes = Table(
    "review_vetoes",
    metadata,
    Column("review_id", Integer, ForeignKey("reviews.id", ondelete="CASCADE"), primary_key=True),
    Column("veto_id", String(64), primary_key=True),
    Column("reason", Text, nullable=False),
    Column("page", Integer),
    Column("created_at", DateTime, nullable=False),
)

moderations = Table(
    "moderations",
    metadata,
    Column("dossier_id", Integer, ForeignKey("dossiers.id", ondelete="CASCADE"), primary_key=True),
    Column("expert_score", DecimalText),
    Column("cross_deduction", DecimalText),
    Column("dismissed_vetoes", JsonText, nullable=False, default=list),
    Column("reason", Text, nullable=False),
    Column("actor", Text, nullable=False),
    Column("at", DateTime, nullable=False),
)

rejected_deductions = Table(  # cross-review deductions the chair did not accept, with the reason
    "rejected_deductions",
    metadata,
    Column("deduction_uid", String(36), primary_key=True),
    Column("reason", Text, nullable=False),
    Column("actor", Text, nullable=False),
    Column("at", DateTime, nullable=False),
)

chair_choices = Table(  # (schema 4) what the chair decided where the rules leave a choice, with why
    "chair_choices",
    metadata,
    Column("kind", String(32), primary_key=True),  # standing_copy | pool
    Column("subject", Text, primary_key=True),  # candidate id + "|" + case key; or the pooling unit's id
    Column("value", JsonText, nullable=False),  # the dossier code that stands; the member ids pooled
    Column("reason", Text, nullable=False),
    Column("actor", Text, nullable=False),
    Column("at", DateTime, nullable=False),
)

draws = Table(  # 随机抽选: anyone can repeat a draw from its pool and seed
    "draws",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("candidate_id", String(64), ForeignKey("candidates.id"), nullable=False),
    Column("seed", String(64), nullable=False),
    Column("pool", JsonText, nullable=False),  # the case numbers drawn from, with their types
    Column("result", JsonText, nullable=False),
    Column("at", DateTime, nullable=False),
    Column("actor", Text, nullable=False),
)

assignment_runs = Table(  # each automatic assignment: its seed, so it can be repeated
    "assignment_runs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("seed", String(64), nullable=False),
    Column("settings", JsonText, nullable=False),
    Column("at", DateTime, nullable=False),
    Column("actor", Text, nullable=False),
)

received_files = Table(  # every reviewer file the chair merged or refused: the merge log
    "received_files",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("file_name", Text, nullable=False),
    Column("file_sha256", String(64), nullable=False),
    Column("reviewer_id", String(64)),
    Column("sequence", Integer),
    Column("outcome", String(16), nullable=False),  # merged | updated | unchanged | refused
    Column("problems", JsonText, nullable=False, default=list),
    Column("at", DateTime, nullable=False),
    # merged, but the chair should look: times outside the campaign, entries claiming another actor
    Column("warnings", JsonText, nullable=False, default=list, server_default="[]"),
)

audit_log = Table(  # append-only: triggers refuse UPDATE and DELETE (see migrations)
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime, nullable=False),
    Column("actor", Text, nullable=False),
    Column("action", String(64), nullable=False),
    Column("entity", String(64), nullable=False),
    Column("entity_id", Text, nullable=False),
    Column("old", JsonText),
    Column("new", JsonText),
    # entries from a reviewer file (actor: the reviewer whose signature verified; at: the time the file
    # claims): when the chair received it, the actor the file claimed, the entry's id in the workspace,
    # and why its time is doubtful (before_package | after_receipt), if it is
    Column("received_at", DateTime),
    Column("claimed_actor", Text),
    Column("source_entry", Integer),
    Column("time_flag", String(16)),
)
Index("ix_audit_log_action", audit_log.c.action)  # the latest entry of one action, without a scan
