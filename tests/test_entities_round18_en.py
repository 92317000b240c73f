"""Round 18 (EN): entity fixes found reading unseen pan-Arab articles. The sentences are written for these tests."""

import marsad


def _actors(text: str, published: str = "2018-06-01") -> set[str]:
    art = marsad.analyze(text, published=published)
    return {m.text for e in art.entities if e.type == "actor" for m in e.mentions}


def test_naming_verb_without_a_group_noun_names_no_actor() -> None:
    # a naming verb names a dance, a road, a weapon or a custom as readily as a group
    assert "سباق الصحراء" not in _actors('وانتشرت في المدينة ظاهرة لما يعرف بـ"سباق الصحراء" بين الشبان.')
    assert "درب الحرير" not in _actors('وقطع المسلحون الطريق الدولي المعروف محليا باسم "درب الحرير" قرب البلدة.')
    assert "سيف النار" not in _actors('واختبرت إسرائيل النظام الصاروخي المعروف باسم "سيف النار" للمرة الأولى.')


def test_naming_verb_after_a_group_noun_still_names_the_group() -> None:
    assert "راية الجنوب" in _actors('وانضم القائد في شبابه بحزب صغير كان يعرف باسم "راية الجنوب" قبل حله.')
    assert "أبناء الوادي" in _actors('وأعلن مسلحون تشكيل حركة جديدة باسم "أبناء الوادي" في الريف الشرقي.')
    # the group noun opens the quoted name itself
    assert "جيش الأنصار الجديد" in _actors('وأعلن ما يسمى "جيش الأنصار الجديد" مسؤوليته عن الهجوم.')


def test_naming_cue_after_a_spokesman_or_members_names_the_group() -> None:
    # باسم after a spokesman is "on behalf of": the quoted body is the spokesman's group
    assert "تجمع أحرار السهل" in _actors('وقال الناطق الرسمي باسم "تجمع أحرار السهل" إن الاتفاق لم يكتمل.')
    assert "سرايا النصر" in _actors('واعتقلت الشرطة ثلاثة من عناصر ما يسمى "سرايا النصر" في المدينة.')


def test_former_name_grammar_comes_from_the_pack(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # the words of «X (Y سابقا)» and «X، المعروفة سابقا باسم Y» live in anaphora.json former_names: a word
    # added there is read, with no code change
    from marsad.stages import resolve

    data = dict(resolve._anaphora_data())
    former = dict(data["former_names"])
    former["formerly"] = [*former["formerly"], "قديم"]
    data["former_names"] = former
    resolve._former_patterns.cache_clear()
    monkeypatch.setattr(resolve, "_anaphora_data", lambda: data)
    try:
        after, _before_in, clause, _quote_open, quote_after, formerly, _needed = resolve._former_patterns()
        assert after.match(" قديما)") and after.match(' "سابقاً)')
        assert quote_after.match(' قديما"')
        assert clause.search("وتقدمت الهيئة، المعروفة قديما باسم «")
        assert clause.search("وتقدمت الهيئة، التي كانت تُعرف بـ")
        assert "قديم" in formerly
    finally:
        resolve._former_patterns.cache_clear()



def test_real_actors_the_pack_lacked() -> None:
    refs = {
        "وقال قائد في قوات شباب السنة إن مقاتليه انسحبوا من بلدة في ريف درعا الشرقي.": "shabab-al-sunna",
        'وأعلن فصيل "شباب السنة" تسليم دباباته في بصرى الشام.': "shabab-al-sunna",
        "وعلقت غرفة العمليات المركزية في الجنوب المفاوضات مع الوفد الروسي.": "southern-central-ops-room",
        "واستهدفت ألوية الفرقان حاجزا في ريف القنيطرة.": "alwiyat-al-furqan",
        "ونشرت قوات الرضا عناصرها في ريف حمص الشمالي.": "rida-forces",
        "واتهمت الحكومة الأفغانية شبكة حقاني بتدبير التفجير.": "haqqani-network",
        "وتبنت حركة النضال العربي لتحرير الأحواز الهجوم على العرض العسكري.": "asmla",
        "واعتقلت قوات الردع الخاصة خمسة مطلوبين في طرابلس.": "libya-rada",
    }
    for text, ref in refs.items():
        art = marsad.analyze(text, published="2018-07-01")
        assert ref in {e.ref for e in art.entities}, text
    # the bare words are also "Sunni young men": only quoted do they name the faction
    art = marsad.analyze("وقال إن شباب السنة في المدينة يعانون البطالة.", published="2018-07-01")
    assert "shabab-al-sunna" not in {e.ref for e in art.entities}


def test_naming_cue_after_a_head_unit_or_accusative_group_noun() -> None:
    # the head of a body, a unit, or a group noun in the accusative (أسس تنظيما) before the cue
    assert "مجلس الإنقاذ الأعلى" in _actors('واعتقل الأمن رئيس ما يسمى "مجلس الإنقاذ الأعلى" في المدينة.')
    assert "سيوف الصحراء" in _actors('وكان قد انشق عن الجماعة وأسس تنظيما باسم "سيوف الصحراء" في الجنوب.')
    assert "الظل" in _actors('وشاركت وحدة خاصة تعرف باسم "الظل" في الاقتحام.')
