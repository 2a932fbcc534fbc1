"""Every keyboard action in one registry: it makes the QActions, writes the keys into their tooltips,
and feeds the cheat-sheet (F1 or "?"), so the three can never disagree."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

Keys = Sequence[str | QKeySequence | QKeySequence.StandardKey]


@dataclass(frozen=True)
class ShortcutEntry:
    group: str
    keys: str
    text: str


ARROWS = {"Down": "↓", "Up": "↑", "Left": "←", "Right": "→"}


def key_name(sequence: QKeySequence) -> str:
    """As printed on the keys (keyboards in China are labelled in English), arrows as arrows."""
    text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
    parts = text.split("+")
    if parts and parts[-1] in ARROWS:
        parts[-1] = ARROWS[parts[-1]]
    return "+".join(parts) if text != "+" else text


def key_text(keys: Keys) -> str:
    names: list[str] = []
    for key in keys:
        for sequence in QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [key]:
            name = key_name(QKeySequence(sequence))
            if name and name not in names:
                names.append(name)
    return " / ".join(names)


class ShortcutRegistry:
    def __init__(self, owner: QWidget) -> None:
        self.owner = owner
        self.entries: list[ShortcutEntry] = []
        self.actions: dict[str, QAction] = {}

    def action(
        self,
        name: str,
        group: str,
        text: str,
        keys: Keys,
        slot: Callable[[], object] | None = None,
        *,
        tip: str = "",
        checkable: bool = False,
        listed: bool = True,
        local: Sequence[QWidget] = (),
    ) -> QAction:
        """An action with its shortcuts, window-wide or, with ``local``, only while the focus is in one
        of those widgets (for keys another widget answers itself); its tooltip names the keys."""
        action = QAction(text, self.owner)
        action.setCheckable(checkable)
        sequences: list[QKeySequence] = []
        for key in keys:
            if isinstance(key, QKeySequence.StandardKey):
                sequences += QKeySequence.keyBindings(key)
            else:
                sequences.append(QKeySequence(key))
        action.setShortcuts(sequences)
        action.setShortcutContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut if local else Qt.ShortcutContext.WindowShortcut
        )
        shown = key_text(keys)
        description = tip or text.replace("…", "").replace("&", "")
        action.setToolTip(f"{description} ({shown})" if shown else description)
        action.setStatusTip(description)
        if slot is not None:
            if checkable:
                action.toggled.connect(lambda _checked: slot())
            else:
                action.triggered.connect(lambda _checked=False: slot())
        for widget in local or [self.owner]:
            widget.addAction(action)
        self.actions[name] = action
        if listed and shown:
            self.entries.append(ShortcutEntry(group, shown, description))
        return action

    def note(self, group: str, keys: str, text: str) -> None:
        """A cheat-sheet line for keys that stand for several actions (1 – 9)."""
        self.entries.append(ShortcutEntry(group, keys, text))

    def groups(self) -> list[tuple[str, list[ShortcutEntry]]]:
        order: list[str] = []
        for entry in self.entries:
            if entry.group not in order:
                order.append(entry.group)
        return [(g, [e for e in self.entries if e.group == g]) for g in order]


class CheatSheet(QDialog):
    """The keys, grouped; not modal, so it can stay open beside the work."""

    def __init__(self, registry: ShortcutRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setModal(False)
        rows = []
        for group, entries in registry.groups():
            rows.append(f'<tr><td colspan="2" style="padding-top:8px"><b>{_html(group)}</b></td></tr>')
            rows += [
                f'<tr><td style="padding-right:16px; white-space:nowrap"><code>{_html(e.keys)}</code></td>'
                f"<td>{_html(e.text)}</td></tr>"
                for e in entries
            ]
        label = QLabel(f"<table>{''.join(rows)}</table>", self)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea(self)
        scroll.setWidget(label)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(520, 560)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
