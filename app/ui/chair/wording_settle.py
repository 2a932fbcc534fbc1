"""The chair's settlements refused, in words: setting a dossier aside or back, a unit's grade, a check
outside the review (``SettlementError``), the standing copy and the pooled members (``ChoiceError``),
a reviewer's sequence reset (``SequenceResetError``). Never the code or the exception's own text."""

from __future__ import annotations

from app.services.choices import ChoiceError
from app.services.reviewer_history import SequenceResetError
from app.services.settlement import SettlementError
from app.ui.shared.look import translate


def settlement_error_text(error: SettlementError) -> str:
    d = error.details
    words = {
        "reason_required": translate("Errors", "a reason is required"),
        "unknown_dossier": translate("Errors", "the panel has no dossier {dossier}"),
        "ambiguous_dossier": translate("Errors", "the case number names {count} dossiers"),
        "already_set_aside": translate("Errors", "{dossier} is already set aside ({reason})"),
        "not_set_aside": translate("Errors", "{dossier} is not set aside"),
        "unknown_candidate": translate("Errors", "the panel has no candidate {dossier}"),
        "not_graded": translate("Errors", "the rule set leaves no grade to the chair for this candidate"),
        "not_points": translate("Errors", "“{value}” is not a number of points (at most two decimals)"),
        "grade_out_of_range": translate("Errors", "{value} is above the notice's maximum of {maximum}"),
        "unknown_check": translate("Errors", "the rule set has no such check for this dossier"),
    }
    text = words.get(error.code, translate("Errors", "the change was refused"))
    return text.format(
        dossier=error.target,
        count=d.get("count", ""),
        reason=d.get("reason", ""),
        value=d.get("value", ""),
        maximum=d.get("maximum", ""),
    )


def choice_error_text(error: ChoiceError) -> str:
    a = error.args_
    words = {
        "reason_required": translate("Errors", "a reason is required"),
        "unknown_dossier": translate("Errors", "the panel has no dossier {dossier}"),
        "no_other_category": translate(
            "Errors", "{case} was not handed in under another category: there is no copy to choose"
        ),
        "not_pooling": translate("Errors", "this candidate pools no member candidates"),
        "unknown_candidate": translate("Errors", "the panel has no candidate {candidate}"),
        "not_a_member": translate("Errors", "{candidate} is not one of the unit's member candidates"),
        "member_repeated": translate("Errors", "a member candidate is named twice"),
        "wrong_member_count": translate(
            "Errors", "choose exactly {expected} member candidates ({given} chosen)"
        ),
    }
    text = words.get(error.code, translate("Errors", "the change was refused"))
    return text.format(
        dossier=a.get("dossier", ""),
        case=a.get("case_number", ""),
        candidate=a.get("candidate", ""),
        expected=a.get("expected", ""),
        given=a.get("given", ""),
    )


def sequence_reset_error_text(error: SequenceResetError) -> str:
    words = {
        "reason_required": translate("Errors", "a reason is required"),
        "bad_sequence": translate("Errors", "the sequence number is not valid"),
        "unknown_reviewer": translate("Errors", "the panel has no reviewer {reviewer}"),
    }
    text = words.get(error.code, translate("Errors", "the change was refused"))
    return text.format(reviewer=error.detail)
