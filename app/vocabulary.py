"""The domain's words — roles, sources, veto effects, zero reasons, flags, statuses, indicator steps,
composition findings — said once, from the words tables (``resources/words/<language>.toml``).

The core returns codes and exact figures; every surface turns them into words here: the windows (in
the language chosen in the Help menu), the printed sheets and the XLSX/CSV exports (always Chinese:
they are official records, so they pass ``language=OFFICIAL``) and the command line (``LANG``). No Qt.
A code without words (a new one) is shown as itself, so it appears instead of breaking a print run.
Names a rule set gives itself (dossier types, levels, candidate kinds) come from the rule set.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from fractions import Fraction

from app.review.composition import Finding
from app.review.disagreement import Flag, FlagCode
from app.review.indicators import Step
from app.review.points import format_points
from app.review.ruleset import RuleSet
from app.words import fill, table

OFFICIAL = "zh_CN"  # printed sheets and exports
Names = Mapping[str, str]


def word(section: str, code: object, language: str | None = None, /, **fields: object) -> str:
    """The words for ``code`` in ``section`` (``word("role", Role.EXPERT)``); the code itself if none."""
    template = table(language).get(f"{section}.{code}")
    return str(code) if template is None else fill(template, fields)


def join(parts: Iterable[str], language: str | None = None) -> str:
    """Entries of a list inside a sentence: "、" in Chinese, ", " in English."""
    return table(language).text("list.separator").join(parts)


def shown(value: object) -> str:
    """A figure as words show it: points half-up to two places, anything else as it is."""
    if isinstance(value, (Fraction, Decimal)):
        return format_points(value)
    return str(value)


def type_name(ruleset: RuleSet, code: object) -> str:
    found = ruleset.dossier_type(str(code))
    return found.name if found else str(code)


def level_name(ruleset: RuleSet, code: object) -> str:
    found = ruleset.level(str(code))
    return found.name if found else str(code)


def kind_name(ruleset: RuleSet, code: object) -> str:
    found = ruleset.kind(str(code))
    return found.name if found else str(code)


# ---------------------------------------------------------------------- indicator steps
def unsettled_words(findings: object, language: str | None = None) -> str:
    """The ``unsettled`` step's finding codes ("rule:code, …") as a few words each, once each."""
    codes = [c.strip().rpartition(":")[2] for c in str(findings or "").split(",") if c.strip()]
    known = table(language).section("unsettled")
    return join(dict.fromkeys(known.get(c, known["other"]) for c in codes), language)


def _step_fields(step: Step, case_numbers: Names, language: str | None) -> dict[str, object]:
    fields: dict[str, object] = {k: shown(v) for k, v in step.args.items()}
    fields["value"] = format_points(step.value)
    fields["code"] = step.code
    if step.code == "dossier":
        fields["dossier"] = case_numbers.get(str(fields.get("dossier", "")), fields.get("dossier", ""))
    elif step.code == "adjustment":
        fields["value"] = ("+" if step.value >= 0 else "") + format_points(step.value)
    elif step.code == "penalty":
        fields["points"] = format_points(-step.value)
    elif step.code == "unsettled":
        fields["findings"] = unsettled_words(step.args.get("findings"), language)
    elif step.code == "member_indicator_vetoed":
        dossiers = [d.strip() for d in str(step.args.get("dossiers", "")).split(",") if d.strip()]
        fields["dossiers"] = join((case_numbers.get(d, d) for d in dossiers), language)
    return fields


def step_text(step: Step, case_numbers: Names | None = None, language: str | None = None) -> str:
    """One line of how an indicator was computed (``case_numbers``: dossier code → case number)."""
    words = table(language)
    template = words.get(f"step.{step.code}") or words.template("step.other")
    return fill(template, _step_fields(step, case_numbers or {}, language))


def steps_text(steps: Sequence[Step], case_numbers: Names | None = None, language: str | None = None) -> str:
    return word("list", "steps", language).join(step_text(s, case_numbers, language) for s in steps)


def incomplete_word(steps: Sequence[Step], language: str | None = None, *, short: bool = False) -> str:
    """Why an indicator is not complete: composition to settle, a grade missing, or unscored dossiers
    (``short``: the two or three characters of a narrow column)."""
    codes = {s.code for s in steps}
    reason = (
        "unsettled" if "unsettled" in codes else "grade_missing" if "grade_missing" in codes else "unscored"
    )
    return word("incomplete_short" if short else "incomplete", reason, language)


# ---------------------------------------------------------------------- composition findings
def day(value: object, language: str | None = None) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return str(value) if value else word("finding", "not_set", language)


def _others(value: object, names: Names, language: str | None) -> str:
    items = value if isinstance(value, tuple | list) else (value,)
    return join((names.get(str(v), str(v)) for v in items if v), language)


def _strings(value: object) -> tuple[str, ...]:
    if isinstance(value, tuple | list):
        return tuple(str(v) for v in value)
    return (str(value),) if value else ()


def _count(value: object) -> int:
    try:
        return int(str(value))
    except ValueError:
        return 0


def _finding_fields(finding: Finding, ruleset: RuleSet, names: Names, lang: str | None) -> dict[str, object]:
    """Every placeholder a finding's sentence may use, worded (names, dates, lists, rules)."""
    a = finding.args
    others = a.get("other_candidates") if "other_candidates" in a else a.get("other_dossiers", ())
    officer_words = table(lang).section("officer_role")
    return {
        **a,
        "kind": kind_name(ruleset, a.get("kind", "")),
        "level": level_name(ruleset, a.get("level", "")),
        "kind_level": level_name(ruleset, a.get("kind_level", "")),
        "type": type_name(ruleset, a.get("type", "")),
        "source": word("source", a["source"], lang) if a.get("source") else "",
        "expected": a.get("expected") or "—",
        "missing": _count(a.get("expected", 0)) - _count(a.get("found", 0)),
        "cases": _others(a.get("case_numbers", ()), {}, lang),
        "children": _others(a.get("children", ()), names, lang) or "—",
        "others": _others(others, names if "other_candidates" in a else {}, lang),
        "rule": word("sharing", a.get("sharing", "allow"), lang),
        "start": day(a["start"] if "start" in a else a.get("campaign_start"), lang),
        "end": day(a["end"] if "end" in a else a.get("campaign_end"), lang),
        "closing": day(a.get("closing_date"), lang),
        "date": day(a.get("date"), lang),
        "field": word("date_field", a.get("field", ""), lang),
        "reason": a.get("reason") or "—",
        "roles": word("finding", "roles_or", lang).join(
            officer_words.get(r, r) for r in _strings(a.get("required_roles"))
        ),
        "found_as": join((officer_words.get(r, r) for r in _strings(a.get("roles_found"))), lang)
        or word("finding", "not_among_officers", lang),
    }


def _settled_by(finding: Finding, language: str | None) -> str:
    """What follows the sentence when the finding zeroes a dossier or waits for the chair's choice."""
    a = finding.args
    if a.get("zeroed") is True:
        text = word("finding", "zeroed", language)
        if a.get("decided_by") == "chair":
            return text + word("finding", "kept_by_chair", language, kept=a.get("kept"))
        if a.get("kept"):
            return text + word("finding", "kept_first_listed", language, kept=a.get("kept"))
        return text
    if a.get("decided_by") == "pending":
        return word("finding", "pending", language)
    return ""


def finding_text(
    finding: Finding, ruleset: RuleSet, names: Names | None = None, language: str | None = None
) -> str:
    """One plain sentence: what is missing, extra or forbidden (the case number is shown beside it)."""
    fields = _finding_fields(finding, ruleset, names or {}, language)
    return word("finding", finding.code.value, language, **fields) + _settled_by(finding, language)


# ---------------------------------------------------------------------- disagreement flags
def flag_figure(flag: Flag, value: Fraction, language: str | None = None) -> str:
    """One reviewer's figure in a flag: their total or points off, or whether they marked the veto."""
    if flag.code is FlagCode.VETO_SPLIT:
        return word("flag_figures", "vetoed" if value else "not_vetoed", language)
    if flag.code is FlagCode.ITEM_SPLIT and not value:
        return word("flag_figures", "nothing", language)
    return format_points(value)


def flag_figures_text(flag: Flag, names: Names | None = None, language: str | None = None) -> str:
    """Who gave what, in one line."""
    names = names or {}
    f: dict[str, object] = {k: format_points(v) for k, v in flag.figures.items()}
    if flag.code is FlagCode.VETO_SPLIT:
        yes = [names.get(r, r) for r, v in flag.by_reviewer.items() if v]
        no = [names.get(r, r) for r, v in flag.by_reviewer.items() if not v]
        f |= {
            "yes": join(yes, language),
            "no": join(no, language),
            "vetoing": len(yes),
            "not_vetoing": len(no),
        }
    elif flag.code is FlagCode.ITEM_SPLIT:
        f["taken"] = join(
            (f"{names.get(r, r)} {flag_figure(flag, v, language)}" for r, v in flag.by_reviewer.items()),
            language,
        )
    text = word("flag_figures", flag.code.value, language, **f)
    if flag.code is FlagCode.COUNTED_TWICE and flag.figures.get("rejected_points"):
        text += word("flag_figures", "rejected", language, **f)
    return text


def flag_status(settled: bool, language: str | None = None) -> str:
    return word("flag_status", "settled" if settled else "open", language)
