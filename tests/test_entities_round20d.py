"""Round 20d: Saddam Hussein's bare «صدام» is also the common noun 'clash'. Where a word that takes the noun
stands before it (أي، وقوع، حدوث، تجنب، في) or one that follows the noun comes after it (بين، مع، عسكري، غير),
it names no person; elsewhere it is still the man."""

from tests.conftest import mention_refs, people


def test_clash_between_forces_is_no_person() -> None:
    got = mention_refs("وحذر المبعوث من وقوع صدام بين الجيش والفصائل المسلحة قرب الحدود.")
    assert "saddam-hussein" not in got.values()


def test_any_clash_with_a_state_is_no_person() -> None:
    got = mention_refs("وتسعى أنقرة إلى تجنب أي صدام مع واشنطن في شمال سوريا.")
    assert "saddam-hussein" not in got.values()


def test_a_military_clash_is_no_person() -> None:
    got = mention_refs("ويخشى مراقبون أن يتحول التوتر إلى صدام عسكري مفتوح بين البلدين.")
    assert "saddam-hussein" not in got.values()


def test_bare_saddam_as_the_ruler_is_still_the_man() -> None:
    got = mention_refs("وعاد المعارض إلى بغداد بعد سقوط حكم صدام عام 2003 وتولى منصبا في الحكومة.")
    assert got.get("صدام") == "saddam-hussein"


def test_clash_before_a_pronoun_or_adjective_is_no_unknown_person() -> None:
    # صدام is an ambiguous given name (given_names): before any word it no longer opens a name by itself
    for text in ("وتحاول الوساطة منع أي صدام معهم قبل الانتخابات.",
                 "وقد تؤدي الغارات إلى صدام خطير مع الدول الكبرى."):
        got = mention_refs(text)
        assert not any(k.startswith("صدام") for k in got), (text, got)


def test_a_man_named_saddam_after_a_role_noun_is_still_a_person() -> None:
    got = people("وقال المواطن صدام الشمري إن القصف دمر منزله في الحي.")
    assert any(t.startswith("صدام الشمري") for t in got), got


def test_saddam_haftar_is_the_libyan_commander() -> None:
    got = mention_refs("والتقى صدام حفتر وفدا عسكريا في بنغازي لبحث توحيد المؤسسة العسكرية.")
    assert got.get("صدام حفتر") == "saddam-haftar"


def test_an_epithet_after_the_bare_alias_keeps_the_pack_man() -> None:
    got = mention_refs("وتحدث المعارض عن حليف أردوغان السابق الذي انشق عن حزبه.")
    assert got.get("أردوغان") == "erdogan"


def test_saddam_with_his_nisba_is_saddam_hussein() -> None:
    got = mention_refs("وكان صدام التكريتي قد حكم العراق أكثر من عقدين.")
    assert got.get("صدام التكريتي") == "saddam-hussein"
