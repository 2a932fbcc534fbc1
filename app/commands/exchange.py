"""The offline loop: package (chair), review open / import-scores / export (reviewer), merge (chair).

The core returns codes; this module words them in English, one line per problem, naming the file,
dossier and item.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.commands.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    UsageProblem,
    command_writer,
    open_panel,
    print_json,
    say,
    term,
)

PROBLEM_TEXT = {
    # reading files
    "unreadable": "cannot be read",
    "empty": "is empty",
    "too_large": "is far too large for a reviewer file",
    "truncated": "is cut off (an incomplete copy?)",
    "trailing_data": "has extra data after the end of the file (something was appended to it)",
    "corrupt": "is damaged or not a reviewer file",
    "corrupt_archive": "is damaged or not a package (an incomplete copy?)",
    "corrupt_manifest": "has a damaged manifest",
    "not_canonical": "was changed after it was written",
    "unknown_format": "is not a file this program exchanges",
    "unsupported_version": "comes from a newer program version",
    "not_signed": "carries no signature",
    "bad_header": "has a damaged heading (panel, reviewer, sequence or version)",
    "bad_signature": "fails the signature check: edited, or not signed with this reviewer's key",
    "invalid_content": "has an invalid field",
    "invalid_manifest": "has an invalid manifest",
    # who and what
    "other_panel": "belongs to another panel",
    "unknown_reviewer": "names a reviewer this panel does not have",
    "not_packaged": "comes from a reviewer who was never given a package",
    "unknown_dossier": "names a dossier this panel does not have",
    "not_assigned": "is not assigned to this reviewer",
    "dossier_not_listed": "is reviewed but not listed with its fingerprint",
    "duplicate_dossier": "is listed twice",
    "duplicate_review": "is reviewed twice",
    "checklist_mismatch": "was scored with another version of the checklist",
    "pdf_mismatch": "has a PDF that is not the panel's (SHA-256 differs)",
    "page_count_mismatch": "has a PDF with another page count",
    "pdf_size_mismatch": "has a PDF whose size is not the one the manifest declares",
    "pdf_unreadable": "has a PDF that cannot be opened",
    "pdf_missing": "has no PDF in the package",
    "older_sequence": "is older than a file of this reviewer already merged",
    "sequence_conflict": "has the same sequence number as another, different file of this reviewer",
    "write_conflict": "could not be written (a deduction id is already used elsewhere)",
    "sequence_jump": "has a sequence number far past the reviewer's last file (reset-sequence, if it is genuine)",
    "history_outside_campaign": "claims times before the reviewer's package was made or after it arrived",
    "history_other_actor": "has history entries that claim another actor than its reviewer",
    # values
    "bad_points": "has points that are not a decimal with at most two places",
    "duplicate_uid": "has a deduction id used twice",
    "duplicate_veto": "has the same veto twice",
    "duplicate_mark": "has an item marked twice",
    "unknown_item": "names an item the checklist does not have",
    "unknown_reason": "names a deduction reason the item does not have",
    "unknown_veto": "names a veto the checklist does not have",
    "not_positive": "has a deduction of zero or less",
    "above_item_maximum": "takes off more than the item's maximum",
    "not_reason_points": "takes off other points than the chosen reason allows",
    "free_deduction_not_allowed": "has a deduction without one of the item's listed reasons",
    "reason_text_required": "has a deduction or veto without a written reason",
    "anchor_required": "has a deduction without the page it refers to",
    "page_out_of_range": "refers to a page the PDF does not have",
    "text_too_long": "has a reason or note longer than 20,000 characters (the reviewer's window accepts no more)",
    # packages and workspaces
    "unsafe_entry": "holds an entry whose name points outside its folder",
    "unsafe_name": "carries a name that cannot be used safely as a file or folder name",
    "duplicate_entry": "holds the same entry twice",
    "too_many_entries": "holds too many entries",
    "archive_too_large": "unpacks to more than the size limit",
    "compression_ratio": "holds an entry that inflates suspiciously (a zip bomb?)",
    "entry_too_large": "holds an entry larger than allowed",
    "unexpected_entry": "holds an entry that does not belong in a package",
    "no_manifest": "has no manifest",
    "snapshot_mismatch": "has a checklist or rule set that does not match its hash",
    "other_workspace": "is for another panel or reviewer than the workspace in that folder",
    "older_package": "is older than the package the workspace was built from",
    "workspace_unreadable": "cannot be opened as a workspace",
    "not_a_workspace": "is not a reviewer's workspace",
    "no_assignments": "has no dossiers assigned",
    "no_pdf": "has no PDF",
    "pdf_changed": "has a PDF that changed on disk since it was imported",
    "io_error": "could not be written",
    # protection: passphrases, encryption, signatures
    "passphrase_required": "is protected: give its passphrase (--passphrase-file, or $DOSSIER_PANEL_PASSPHRASE)",
    "bad_passphrase": "was given something that is not a passphrase (24 letters and digits in six groups)",
    "wrong_passphrase": "does not open with this passphrase (mistyped, or the slip of another package?)",
    "damaged": "is damaged or was changed after it was made (an incomplete or altered copy?)",
    "bad_package_signature": "is not signed by the panel (altered on the way)",
    "panel_key_mismatch": "is signed by another key than the panel named on the passphrase slip",
    "other_panel_key": "is signed by another key than the package this workspace was built from",
    "unprotected_package": "is an old, unprotected package; the workspace was built from a protected one",
    "read_only_workspace": "was built from an old, unprotected package: read-only; ask the chair for a new package",
    "legacy_signature": "is signed the old way though the reviewer has a protected package: export again",
    "unknown_key": "is signed with a key no package of this panel gave the reviewer",
    "no_panel_key": "has no signing key",
}

PASSPHRASE_VARIABLE = "DOSSIER_PANEL_PASSPHRASE"


def describe(code: str) -> str:
    return PROBLEM_TEXT.get(code, code)


def one_line(text: str) -> str:
    """``text`` with line breaks and other invisible characters escaped (``\\n``): details and names
    come from the file, and a problem is one line however the file was crafted."""
    return "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in text)


def _exchange_problem(exc: Any) -> UsageProblem:
    where = [str(exc.path)] if exc.path else []
    where += [f"dossier {exc.dossier}"] if exc.dossier else []
    where += [f"item {exc.item}"] if exc.item else []
    text = f"{', '.join(where)}: {describe(exc.code)} [{exc.code}]" + (
        f" ({exc.detail})" if exc.detail else ""
    )
    return UsageProblem(one_line(text))


def _progress(label: str) -> Any:
    from app.services.progress import Progress

    def show(done: int, total: int, stage: str) -> None:
        if sys.stderr.isatty():
            print(f"\r{label} {stage} {done}/{total}", end="", file=sys.stderr, flush=True)

    return Progress(show)


def passphrase_from(args: argparse.Namespace, what: str) -> str | None:
    """--passphrase-file, else $DOSSIER_PANEL_PASSPHRASE, else a prompt on a terminal, else None."""
    import getpass
    import os

    if getattr(args, "passphrase_file", None):
        try:
            return Path(args.passphrase_file).read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageProblem(f"{args.passphrase_file}: cannot read the passphrase ({exc})") from None
    if os.environ.get(PASSPHRASE_VARIABLE):
        return os.environ[PASSPHRASE_VARIABLE]
    if sys.stdin.isatty():
        return getpass.getpass(say("review.passphrase_prompt", what=what))
    return None


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


# ---------------------------------------------------------------------- chair
def cmd_package(args: argparse.Namespace) -> int:
    from app.exchange.errors import ExchangeError
    from app.printing.documents import print_passphrase_slips
    from app.services.packages import build_packages
    from app.services.panel_keys import passphrases

    out = Path(args.out)
    if args.slips and _inside(Path(args.slips), out):
        raise UsageProblem(f"{args.slips}: the slips must not go with the packages; write them elsewhere")
    with open_panel(args.panel, writes="package") as panel:
        try:
            built = build_packages(panel, out, _progress(say("package.progress")))
        except ExchangeError as exc:
            raise _exchange_problem(exc) from None
        packaged = {r.id for r, _ in built}
        idle = [r for r in panel.reviewers() if r.id not in packaged]
        with panel.engine.connect() as conn:
            words = passphrases(conn)
        slips = print_passphrase_slips(panel, args.slips, sorted(packaged)) if args.slips else None
    if sys.stderr.isatty():
        print(file=sys.stderr)
    for reviewer, path in built:
        print(
            say(
                "package.built",
                reviewer=reviewer.id,
                name=reviewer.name,
                role=term("role", reviewer.role),
                path=path,
                passphrase=words[reviewer.id],
            )
        )
    for reviewer in idle:
        print(say("package.idle", reviewer=reviewer.id, name=reviewer.name))
    if slips is not None:
        print(say("package.slips", path=slips.path, pages=slips.pages))
    else:
        print(say("package.no_slips"))
    return EXIT_OK


def _file_line(f: Any) -> str:
    who = say("merge.reviewer", reviewer=f.reviewer_id) if f.reviewer_id else say("merge.reviewer_unknown")
    replaced = f.replaced_sequence is not None and f.outcome != "refused"
    counted = f.outcome not in ("refused", "unchanged")
    return one_line(
        say(
            "merge.file",
            file=f.path.name,
            outcome=term("merge_outcome", f.outcome),
            who=who,
            sequence=say("merge.sequence", sequence=f.sequence) if f.sequence is not None else "",
            replacing=say("merge.replacing", sequence=f.replaced_sequence) if replaced else "",
            counts=say("merge.counts", reviews=f.reviews, deductions=f.deductions) if counted else "",
        )
    )


def _problem_line(file_name: str, p: Any) -> str:
    where = (
        [file_name] + ([f"dossier {p.dossier}"] if p.dossier else []) + ([f"item {p.item}"] if p.item else [])
    )
    return "  " + one_line(
        f"{', '.join(where)}: {describe(p.code)} [{p.code}]" + (f" ({p.detail})" if p.detail else "")
    )


def cmd_merge(args: argparse.Namespace) -> int:
    from app.services.merge import merge_files

    with open_panel(args.panel, writes="merge") as panel:
        report = merge_files(panel, [Path(f) for f in args.files], _progress(say("merge.progress")))
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if args.json:
        print_json(
            {
                "backup": str(report.backup) if report.backup else None,
                "files": [
                    {
                        "file": str(f.path),
                        "sha256": f.sha256,
                        "reviewer": f.reviewer_id,
                        "sequence": f.sequence,
                        "outcome": f.outcome,
                        "replaced_sequence": f.replaced_sequence,
                        "reviews": f.reviews,
                        "deductions": f.deductions,
                        "problems": [p.as_json() | {"text": describe(p.code)} for p in f.problems],
                        "warnings": [w.as_json() | {"text": describe(w.code)} for w in f.warnings],
                    }
                    for f in report.files
                ],
            }
        )
    else:
        for f in report.files:
            print(_file_line(f))
            for p in f.problems:
                print(_problem_line(f.path.name, p))
            for w in f.warnings:
                print(_problem_line(f.path.name, w).replace("  ", "  " + say("merge.warning"), 1))
        counts = [
            say("merge.outcome_count", outcome=term("merge_outcome", o), count=len(report.with_outcome(o)))
            for o in ("merged", "updated", "unchanged", "refused")
        ]
        print(say("merge.summary", counts=say("list_separator").join(counts), backup=report.backup))
    return EXIT_FINDINGS if report.refused else EXIT_OK


def cmd_reset_sequence(args: argparse.Namespace) -> int:
    from app.services.reviewer_history import reset_sequence

    with open_panel(args.panel, writes="reset-sequence") as panel:  # a SequenceResetError: cli.main says it
        reset = reset_sequence(panel, args.reviewer, args.reason, to=args.to, actor=args.actor)
    before = (
        say("reset_sequence.none_merged")
        if reset.old is None
        else say("reset_sequence.was", sequence=reset.old)
    )
    print(say("reset_sequence.done", reviewer=reset.reviewer_id, before=before, sequence=reset.new))
    return EXIT_OK


# ---------------------------------------------------------------------- reviewer
def cmd_review_open(args: argparse.Namespace) -> int:
    from app.exchange.errors import ExchangeError
    from app.services.workspace import open_package, package_is_protected

    package = Path(args.package)
    try:
        protected = package.is_file() and package_is_protected(package)
        passphrase = passphrase_from(args, package.name) if protected else None
        path = open_package(package, Path(args.workspace) if args.workspace else None, passphrase=passphrase)
    except ExchangeError as exc:
        raise _exchange_problem(exc) from None
    if not protected:
        print(say("review.legacy_warning"), file=sys.stderr)
    print(say("review.ready"))
    print(path)
    return EXIT_OK


def cmd_review_import_scores(args: argparse.Namespace) -> int:
    from app.exchange.errors import ExchangeError
    from app.services.workspace import import_workspace_scores

    try:
        report = import_workspace_scores(
            Path(args.workspace), Path(args.file), writer=command_writer("review import-scores")
        )
    except ExchangeError as exc:
        raise _exchange_problem(exc) from None
    print(
        say("scores.written", reviews=len(report.reviews), deductions=report.deductions, vetoes=report.vetoes)
    )
    return EXIT_OK


def cmd_review_export(args: argparse.Namespace) -> int:
    from app.exchange.errors import ExchangeError
    from app.services.workspace import export_reviewer_file, is_read_only, open_workspace

    try:
        panel, meta = open_workspace(Path(args.workspace))
        panel.close()
        passphrase = None if is_read_only(meta) else passphrase_from(args, say("review.your_package"))
        result = export_reviewer_file(
            Path(args.workspace),
            Path(args.out),
            passphrase=passphrase,
            writer=command_writer("review export"),
        )
    except ExchangeError as exc:
        raise _exchange_problem(exc) from None
    print(
        say("review.exported", sequence=result.sequence, reviews=result.reviews, deductions=result.deductions)
    )
    print(result.path)
    return EXIT_OK


# ---------------------------------------------------------------------- parser
def add_commands(sub: Any) -> None:
    """Register this module's sub-commands."""
    p = sub.add_parser("package", help="one reviewer package per reviewer with dossiers assigned")
    p.add_argument("panel")
    p.add_argument("--out", required=True, help="folder for the .dppkg files")
    p.add_argument("--slips", metavar="FILE.pdf", help="write the passphrase slips (one sheet each) here")
    p.set_defaults(func=cmd_package)

    p = sub.add_parser("merge", help="merge reviewer files (.dpreview) into the panel")
    p.add_argument("panel")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_merge)

    p = sub.add_parser(
        "reset-sequence",
        help="let a reviewer's files be merged again from a lower sequence number (audited)",
    )
    p.add_argument("panel")
    p.add_argument("reviewer")
    p.add_argument("--reason", required=True, help="why (written to the audit log)")
    p.add_argument("--to", type=int, default=0, help="the next file must have a sequence above this (0)")
    p.add_argument("--actor", default="chair")
    p.set_defaults(func=cmd_reset_sequence)

    review = sub.add_parser("review", help="the reviewer's side: open a package, import scores, export")
    rsub = review.add_subparsers(dest="review_command", required=True)
    p = rsub.add_parser("open", help="open a package into a workspace; prints the workspace last")
    p.add_argument("package")
    p.add_argument(
        "--workspace",
        help="folder for workspaces (default: $DOSSIER_PANEL_HOME/workspaces or the user data folder)",
    )
    _passphrase_option(p)
    p.set_defaults(func=cmd_review_open)
    p = rsub.add_parser("import-scores", help="your scores typed in from your paper sheets (CSV or XLSX)")
    p.add_argument("workspace")
    p.add_argument("file")
    p.set_defaults(func=cmd_review_import_scores)
    p = rsub.add_parser("export", help="write the reviewer file for the chair")
    p.add_argument("workspace")
    p.add_argument("--out", required=True)
    _passphrase_option(p)
    p.set_defaults(func=cmd_review_export)


def _passphrase_option(p: Any) -> None:
    p.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help=f"the package's passphrase (else ${PASSPHRASE_VARIABLE}, else asked on the terminal)",
    )
