"""What a rule set computes and what its checklist holds, shown read-only to the chair.

Used by the new-panel dialog (before choosing) and by the overview page (after): the notice it was
read from, its summary in the notice's words, each candidate kind with the dossiers it must hand in
and its full marks, and the checklist as a tree of sections, items, points and deduction reasons.
"""

from __future__ import annotations

from decimal import Decimal
from html import escape

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from app import vocabulary
from app.review.checklist import Checklist, VetoEffect
from app.review.points import format_points
from app.review.ruleset import CandidateKind, RuleSet
from app.ui.chair.wording import cross_aggregation_word, expert_aggregation_word, join, source_word, type_name
from app.ui.shared.look import translate


def requirements_text(ruleset: RuleSet, kind: CandidateKind) -> str:
    if not kind.requirements:
        return translate("Rules", "no dossiers (scored on the year's record)")
    parts = []
    for req in kind.requirements:
        template = (
            translate("Rules", "{source} {type}: at least {count}")
            if req.at_least
            else translate("Rules", "{source} {type}: {count}")
        )
        parts.append(
            template.format(
                source=source_word(req.source), type=type_name(ruleset, req.type), count=req.count
            )
        )
    return join(parts)


def veto_effect_word(effect: VetoEffect, penalty: Decimal) -> str:
    return vocabulary.word("veto_effect", effect, penalty=format_points(penalty))


def bold(text: str) -> str:
    return f"<p><b>{escape(text)}</b></p>"


def bullet(text: str) -> str:
    return f"<li>{escape(text)}</li>"


def ruleset_html(ruleset: RuleSet) -> str:
    doc = ruleset.document
    lines = [f"<h3 style='margin:0'>{escape(ruleset.title)}</h3>"]
    source = translate("Rules", "From: {title} ({issuer}, {number})").format(
        title=escape(doc.title), issuer=escape(doc.issuer), number=escape(doc.number or str(doc.year))
    )
    lines.append(f"<p style='color:#5f6b7a'>{source}</p>")
    lines.append(bold(translate("Rules", "What will be computed")))
    for paragraph in ruleset.summary.strip().splitlines():
        if paragraph.strip():
            lines.append(f"<p style='margin:2px 0'>{escape(paragraph.strip())}</p>")
    lines.append(bold(translate("Rules", "Candidates and their dossiers")) + "<ul>")
    for kind in ruleset.candidate_kinds:
        level = ruleset.level(kind.level)
        text = translate("Rules", "{kind} (ranked at {level}, full marks {points}): {dossiers}").format(
            kind=escape(kind.name),
            level=escape(level.name if level else kind.level),
            points=format_points(kind.max_points),
            dossiers=escape(requirements_text(ruleset, kind)),
        )
        lines.append(f"<li>{text}</li>")
    lines.append("</ul>")
    policy = ruleset.policy
    lines.append(bold(translate("Rules", "Combining the scores")) + "<ul>")
    lines.append(f"<li>{escape(expert_aggregation_word(policy.expert_aggregation))}</li>")
    lines.append(f"<li>{escape(cross_aggregation_word(policy.cross_aggregation))}</li>")
    lines.append(
        bullet(translate("Rules", "Dossier score = expert score − cross-review deduction, never below 0"))
    )
    if policy.unpublicised_scores_zero:
        lines.append(
            bullet(translate("Rules", "A penalty not published on the portal: the dossier scores 0"))
        )
    lines.append("</ul>")
    return "".join(lines)


class ChecklistTree(QTreeWidget):
    """Sections, items with their points, and deduction reasons; read-only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Item"), self.tr("Points")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    def set_checklist(self, checklist: Checklist | None) -> None:
        self.clear()
        if checklist is None:
            return
        for s_number, section in enumerate(checklist.sections, 1):
            top = QTreeWidgetItem(self, [f"{s_number}. {section.title}", format_points(section.max_points)])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for i_number, item in enumerate(section.items, 1):
                node = QTreeWidgetItem(
                    top, [f"{s_number}.{i_number} {item.text}", format_points(item.max_points)]
                )
                node.setToolTip(0, item.standard or item.text)
                for reason in item.reasons:
                    points = (
                        format_points(reason.points)
                        if reason.points is not None
                        else f"{format_points(reason.min_points or 0)}–{format_points(reason.max_points or 0)}"
                    )
                    QTreeWidgetItem(node, [reason.text, "−" + points])
            top.setExpanded(True)
        if checklist.vetoes:
            vetoes = QTreeWidgetItem(self, [self.tr("Vetoes (the dossier or indicator scores 0)"), ""])
            font = vetoes.font(0)
            font.setBold(True)
            vetoes.setFont(0, font)
            for veto in checklist.vetoes:
                node = QTreeWidgetItem(vetoes, [veto.text, ""])
                node.setToolTip(0, veto_effect_word(veto.effect, veto.penalty))
            vetoes.setExpanded(True)
