from app.services.changes import EVERYTHING, NOTHING, Area, Changes


def test_an_action_always_touches_the_audit_log() -> None:
    assert Changes.of(Area.MODERATION, ["D1"]).areas == Area.MODERATION | Area.AUDIT
    assert not Changes.of(Area.NONE)


def test_union_keeps_the_dossiers_only_while_both_sides_name_them() -> None:
    one = Changes.of(Area.MODERATION, ["D1"])
    two = Changes.of(Area.SCORES, ["D2"])
    assert (one | two).dossiers == {"D1", "D2"}
    assert (one | Changes.of(Area.ROSTER)).dossiers == frozenset()
    assert (one | NOTHING) == one and (NOTHING | two) == two


def test_which_areas_move_the_results() -> None:
    assert Area.MODERATION.moves_results and Area.CHOICES.moves_results
    assert not (Area.PACKAGES | Area.ASSIGNMENTS | Area.AUDIT).moves_results
    assert EVERYTHING.touches(Area.PACKAGES)
