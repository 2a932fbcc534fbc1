"""What the reviewer asks for in the checklist, as signals: the widgets emit, the scoring controller acts.

The checklist widgets never call the service; they say what the reviewer did, and the controller
turns it into a service call through the worker with an undo command.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ChecklistBus(QObject):
    item_activated = Signal(str)  # item id: the reviewer moved to this item
    reason_toggled = Signal(str, str, bool, object)  # item id, reason id, checked, points (Decimal)
    points_changed = Signal(str, object)  # deduction uid, new points (Decimal)
    free_deduction_requested = Signal(str, object, str)  # item id, points (Decimal), written reason
    remove_requested = Signal(str)  # deduction uid
    anchor_here_requested = Signal(str)  # deduction uid: tie it to the page in view
    anchor_draw_requested = Signal(str)  # deduction uid: draw a rectangle on the page
    anchor_jump_requested = Signal(str)  # deduction uid: show its page and rectangle
    veto_set_requested = Signal(str, str)  # veto id, written reason
    veto_clear_requested = Signal(str)  # veto id
    item_note_changed = Signal(str, str)  # item id, note
    note_changed = Signal(str)  # the review's overall note
    complete_requested = Signal()
    reopen_requested = Signal()
