"""Entities, round 19c: real actors and people of 2010s news the packs lacked (actors 1.71.0, people 1.19.0):
a name the pack knows resolves to its entry, and a person's name no longer loses a word to a neighbour."""

from __future__ import annotations

from tests.conftest import mention_refs


def test_isis_commander_is_not_saddam_hussein() -> None:
    text = "وأعلنت السلطات العراقية اعتقال القيادي صدام الجمل بعد استدراجه عبر الحدود."
    refs = mention_refs(text, types=("person",))
    assert refs.get("صدام الجمل") == "saddam-al-jamal"
    assert "saddam-hussein" not in refs.values()


def test_hezbollah_figures_resolve() -> None:
    text = "وطالت العقوبات الجديدة محمد يزبك وحسين الخليل وطلال حمية من قيادة الحزب."
    refs = mention_refs(text, types=("person",))
    assert refs.get("محمد يزبك") == "mohammed-yazbek"
    assert refs.get("حسين الخليل") == "hussein-khalil"
    assert refs.get("طلال حمية") == "talal-hamiyah"


def test_bahraini_group_and_libyan_room_resolve() -> None:
    text = ("وقضت محكمة في المنامة بسجن عناصر من كتائب ذو الفقار. وفي ليبيا تقدمت غرفة عمليات عمر المختار "
            "نحو أطراف المدينة.")
    refs = mention_refs(text, types=("actor",))
    assert refs.get("كتائب ذو الفقار") == "zulfiqar-brigades-bahrain"
    assert refs.get("غرفة عمليات عمر المختار") == "lna-omar-mukhtar-room"


def test_spelling_variants_join_their_entries() -> None:
    text = "واجتمع مسعود برزاني مع وفد من بغداد، فيما التقى ألكسندر لافرينتيف بممثلين عن المعارضة."
    refs = mention_refs(text, types=("person",))
    assert refs.get("مسعود برزاني") == "masoud-barzani"
    assert refs.get("ألكسندر لافرينتيف") == "alexander-lavrentiev"


def test_sinai_group_alias_and_egyptian_spokesman() -> None:
    text = ("وقال المتحدث باسم الخارجية المصرية أحمد أبو زيد إن هجمات جماعة ولاية سيناء لن توقف العمليات "
            "في العريش.")
    assert mention_refs(text, types=("person",)).get("أحمد أبو زيد") == "ahmed-abu-zeid"
    assert mention_refs(text, types=("actor",)).get("جماعة ولاية سيناء") == "isis-sinai"


def test_algerian_head_of_state_by_surname() -> None:
    text = "وترأس عبد العزيز بوتفليقة اجتماعا للحكومة، ثم غادر بوتفليقة القصر مساء."
    refs = mention_refs(text, published="2016-03-01", types=("person",))
    assert refs.get("عبد العزيز بوتفليقة") == "abdelaziz-bouteflika"
    assert refs.get("بوتفليقة") == "abdelaziz-bouteflika"


def test_distinct_family_name_refers_back_anywhere() -> None:
    # a pack person marked surname_anywhere: the bare family name after a non-speech verb still refers back
    text = ("وحذر بيير كرينبول من انهيار الخدمات في المخيمات. وناشد كرينبول المانحين زيادة التمويل، "
            "وطالب كرينبول بفتح المعابر.")
    got = [m for m, ref in mention_refs(text, types=("person",)).items() if ref == "pierre-krahenbuhl"]
    assert "كرينبول" in got
