"""Checklists (评查表) as validated data.

A checklist has sections of items; each item has a maximum, the deduction reasons it offers (fixed
points or a range) and whether a free deduction with a written reason is allowed. Vetoes say what
they do to the dossier or to the candidate's indicator. Files live in ``resources/checklists``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any, Self

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from app.review.datafiles import DataFileError, canonical_json, content_hash, read_toml, validate_data
from app.review.field_values import check_points_places

Identifier = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_.-]*$", max_length=64)]


def _check_places(value: Decimal) -> Decimal:
    check_points_places(value)  # the one rule for points (app.review.field_values); a ValueError
    return value


Points = Annotated[Decimal, Field(ge=0, le=1000)]


class Strict(BaseModel):
    """Frozen, validated data. Values derived from it (``cached_property``: totals, the content hash)
    are caches of the content, so a copy with changes is built afresh and validated like a file:
    pydantic's own ``model_copy`` would carry the original's caches over and skip validation."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        del deep  # frozen: sharing the (frozen) parts is safe
        fields = {name: getattr(self, name) for name in type(self).model_fields}
        return self.model_validate(fields | dict(update or {}))


class VetoEffect(StrEnum):
    """What a veto does. The engine branches on these, never on a rule set's name."""

    DOSSIER_ZERO = "dossier_zero"  # the dossier scores 0
    DOSSIER_ZERO_AND_PENALTY = "dossier_zero_and_penalty"  # 0, and `penalty` more off the candidate
    INDICATOR_ZERO = "indicator_zero"  # the candidate's whole indicator is 0


class DeductionReason(Strict):
    id: Identifier
    text: str = Field(min_length=1)
    points: Points | None = None
    min_points: Points | None = None
    max_points: Points | None = None

    _places = field_validator("points", "min_points", "max_points")(
        lambda v: v if v is None else _check_places(v)
    )

    @model_validator(mode="after")
    def _fixed_or_range(self) -> DeductionReason:
        has_range = self.min_points is not None or self.max_points is not None
        if self.points is None and not has_range:
            raise ValueError(f"reason {self.id!r} needs `points` or `min_points`/`max_points`")
        if self.points is not None and has_range:
            raise ValueError(f"reason {self.id!r} has both `points` and a range")
        if has_range:
            if self.min_points is None or self.max_points is None:
                raise ValueError(f"reason {self.id!r} range needs both `min_points` and `max_points`")
            if self.min_points > self.max_points:
                raise ValueError(f"reason {self.id!r}: min_points is above max_points")
        return self

    @property
    def is_range(self) -> bool:
        return self.points is None

    @property
    def largest(self) -> Decimal:
        return self.points if self.points is not None else (self.max_points or Decimal(0))

    def allows(self, points: Decimal) -> bool:
        if self.points is not None:
            return points == self.points
        assert self.min_points is not None and self.max_points is not None
        return self.min_points <= points <= self.max_points


class Item(Strict):
    id: Identifier
    text: str = Field(min_length=1)
    standard: str = ""  # 评查标准: what a good record has
    max_points: Points
    reasons: tuple[DeductionReason, ...] = ()
    free_deduction: bool = True
    requires_anchor: bool | None = None  # None: the checklist's default

    _places = field_validator("max_points")(_check_places)

    @model_validator(mode="after")
    def _reasons_fit(self) -> Item:
        if self.max_points <= 0:
            raise ValueError(f"item {self.id!r}: max_points must be above 0")
        seen: set[str] = set()
        for reason in self.reasons:
            if reason.id in seen:
                raise ValueError(f"item {self.id!r}: reason id {reason.id!r} appears twice")
            seen.add(reason.id)
            if reason.largest > self.max_points:
                raise ValueError(
                    f"item {self.id!r}: reason {reason.id!r} takes off more than the item's maximum"
                )
        if not self.reasons and not self.free_deduction:
            raise ValueError(f"item {self.id!r} offers no reasons and no free deduction")
        return self

    def reason(self, reason_id: str) -> DeductionReason | None:
        return next((r for r in self.reasons if r.id == reason_id), None)


class Section(Strict):
    id: Identifier
    title: str = Field(min_length=1)
    items: tuple[Item, ...] = Field(min_length=1)

    @property
    def max_points(self) -> Decimal:
        return sum((item.max_points for item in self.items), Decimal(0))


class Veto(Strict):
    id: Identifier
    text: str = Field(min_length=1)
    effect: VetoEffect
    penalty: Points = Decimal(0)  # for dossier_zero_and_penalty: points off the candidate

    @model_validator(mode="after")
    def _penalty_matches_effect(self) -> Veto:
        if self.effect is VetoEffect.DOSSIER_ZERO_AND_PENALTY and self.penalty <= 0:
            raise ValueError(f"veto {self.id!r}: dossier_zero_and_penalty needs a penalty above 0")
        if self.effect is not VetoEffect.DOSSIER_ZERO_AND_PENALTY and self.penalty:
            raise ValueError(f"veto {self.id!r}: only dossier_zero_and_penalty takes a penalty")
        return self


class Checklist(Strict):
    id: Identifier
    title: str = Field(min_length=1)
    version: str = Field(min_length=1)
    description: str = ""
    require_anchor: bool = False  # every deduction must point at a page
    sections: tuple[Section, ...] = Field(min_length=1)
    vetoes: tuple[Veto, ...] = ()

    @model_validator(mode="after")
    def _unique_ids(self) -> Checklist:
        seen: set[str] = set()
        for section in self.sections:
            for item in section.items:
                if item.id in seen:
                    raise ValueError(f"item id {item.id!r} appears twice")
                seen.add(item.id)
        veto_ids = [v.id for v in self.vetoes]
        if len(veto_ids) != len(set(veto_ids)):
            raise ValueError("a veto id appears twice")
        return self

    @cached_property
    def max_points(self) -> Decimal:
        return sum((s.max_points for s in self.sections), Decimal(0))

    @cached_property
    def item_maxima(self) -> dict[str, Decimal]:
        return {item.id: item.max_points for item in self.items()}

    def items(self) -> Iterator[Item]:
        for section in self.sections:
            yield from section.items

    @cached_property
    def _items_by_id(self) -> dict[str, Item]:
        return {item.id: item for item in self.items()}

    def item(self, item_id: str) -> Item | None:
        return self._items_by_id.get(item_id)

    @cached_property
    def item_positions(self) -> dict[str, int]:
        """Each item's place in checklist order (to put a few items in order without walking all)."""
        return {item.id: n for n, item in enumerate(self.items())}

    def in_order(self, item_ids: Iterable[str]) -> list[Item]:
        """The checklist's items among ``item_ids``, in checklist order (unknown ids left out)."""
        positions, by_id = self.item_positions, self._items_by_id
        return [by_id[i] for i in sorted({i for i in item_ids if i in positions}, key=positions.__getitem__)]

    def veto(self, veto_id: str) -> Veto | None:
        return next((v for v in self.vetoes if v.id == veto_id), None)

    def anchor_required(self, item: Item) -> bool:
        return self.require_anchor if item.requires_anchor is None else item.requires_anchor

    @cached_property
    def content_hash(self) -> str:
        return content_hash(self)

    def snapshot(self) -> str:
        return canonical_json(self)

    def with_vetoes(self, extra: tuple[Veto, ...]) -> Checklist:
        """The checklist plus a rule set's own vetoes (e.g. "only the decision letter uploaded").

        A new, validated checklist (``Strict.model_copy``): its hash covers the added vetoes."""
        known = {v.id for v in self.vetoes}
        added = tuple(v for v in extra if v.id not in known)
        return self if not added else self.model_copy(update={"vetoes": self.vetoes + added})


def load_checklist(path: str | Path) -> Checklist:
    return validate_data(Checklist, read_toml(path), path)


def checklist_from_snapshot(text: str) -> Checklist:
    try:
        return Checklist.model_validate_json(text)
    except ValueError as exc:
        raise DataFileError("<checklist snapshot>", "", str(exc)) from None
