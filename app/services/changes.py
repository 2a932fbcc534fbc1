"""What a chair action changed, so each page reads and redraws only that (Anki's ``OpChanges``).

Every operation the chair's window runs returns a ``Changes``; the read model (``load_state``) reads
again only the areas named, reusing the rest of the previous state, and each page redraws only when
an area it shows is named. ``dossiers`` narrows SCORES/MODERATION to the dossiers touched, when known
(empty means "any"). Qt-free.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field


class Area(enum.Flag):
    NONE = 0
    PANEL = enum.auto()  # title, settings, rule set, checklists
    ROSTER = enum.auto()  # candidates, dossiers and their PDF files, reviewers, draws
    ASSIGNMENTS = enum.auto()  # who reviews what, load, conflicts, exclusions, the last run
    PACKAGES = enum.auto()  # packages written and their passphrases
    SCORES = enum.auto()  # reviews merged: deductions, vetoes, progress, statistics
    MODERATION = enum.auto()  # the chair's decisions on deductions, vetoes and scores
    CHOICES = enum.auto()  # settlements: set-aside, standing copy, pools, grades
    AUDIT = enum.auto()  # the audit log (every write adds to it)
    ALL = PANEL | ROSTER | ASSIGNMENTS | PACKAGES | SCORES | MODERATION | CHOICES | AUDIT

    @property
    def moves_results(self) -> bool:
        """Results, flags, composition and ranking depend on these areas."""
        return bool(self & (Area.PANEL | Area.ROSTER | Area.SCORES | Area.MODERATION | Area.CHOICES))


@dataclass(frozen=True)
class Changes:
    areas: Area = Area.NONE
    dossiers: frozenset[str] = field(default_factory=frozenset)  # codes touched; empty: any/all

    @classmethod
    def of(cls, areas: Area, dossiers: Iterable[str] = ()) -> Changes:
        return cls(areas | Area.AUDIT if areas else areas, frozenset(dossiers))

    def __bool__(self) -> bool:
        return bool(self.areas)

    def __or__(self, other: Changes) -> Changes:
        if not self:
            return other
        if not other:
            return self
        # Narrowed to dossiers only while both sides are narrowed.
        narrowed = self.dossiers and other.dossiers
        return Changes(self.areas | other.areas, self.dossiers | other.dossiers if narrowed else frozenset())

    def touches(self, areas: Area) -> bool:
        return bool(self.areas & areas)


NOTHING = Changes()
EVERYTHING = Changes(Area.ALL)
