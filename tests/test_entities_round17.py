"""Round 17, entities: a compound given name (عبد + a definite word) is one name of a person's four, and the
recogniser's cut of it is no shorter name that ends a longer one."""

import pytest

from tests.conftest import mention_refs, people


def test_compound_in_the_middle_keeps_the_fifth_word() -> None:
    # after a role, a name holding a compound runs to four names in five words: the family name stays
    got = people("وقتل الشاب سمير حسن عبد الرحمن الشمري برصاص مجهولين قرب مدينة الميادين.")
    assert "سمير حسن عبد الرحمن الشمري" in got


def test_two_compounds_in_one_name() -> None:
    got = people("وأعلنت مديرية الصحة أن القتيل هو عبد الرحيم خالد عبد الرحيم النجار من مدينة حلب.")
    assert got == {"عبد الرحيم خالد عبد الرحيم النجار"}


def test_compound_first_name_not_split_in_a_list() -> None:
    got = people("وأعلنت الوزارة أن القتيلين هما عبد الرحيم خالد النجار وعبد الله أحمد السالم من مدينة حلب.")
    assert got == {"عبد الرحيم خالد النجار", "عبد الله أحمد السالم"}


def test_short_name_with_compound_unchanged() -> None:
    # a compound and one more name: the span stops at the adverb, as before
    assert people("وقال المتحدث عبد الرحمن محمد أمس إن الهجوم فشل.") == {"عبد الرحمن محمد"}


def test_compound_name_ends_at_an_imperfect_verb() -> None:
    # a headline: the name a compound lengthens (now up to four names) stops at the verb
    got = people("وعنونت صحيفة الصباح اليوم سعاد عبد الرحيم الخطيب تتصدر سباق رئاسة البلدية.")
    assert "سعاد عبد الرحيم الخطيب" in got and not any("تتصدر" in p for p in got)


def test_quoted_compound_opens_the_name() -> None:
    got = people('وأضافت الوزارة أن القتيل هو "عبد الغني ياسر عبد الغني الحلاق (30 عاما) من مخيم جباليا.')
    assert got == {"عبد الغني ياسر عبد الغني الحلاق"}


@pytest.mark.parametrize(("text", "surface", "ref"), [
    ("وقال القيادي في حزب المؤتمر الوطني إن الحزب سيخوض الانتخابات في الخرطوم.", "حزب المؤتمر الوطني",
     "sudan-ncp"),
    ("واتهمت حركة العدل والمساواة الجيش السوداني بقصف مواقعها في دارفور.", "حركة العدل والمساواة", "sudan-jem"),
    ("وقال متحدث باسم الحركة الشعبية لتحرير السودان - شمال إن قواتها صدت هجوما في جنوب كردفان.",
     "الحركة الشعبية لتحرير السودان - شمال", "splm-n"),
    ("وشارك مقاتلو لواء ذو الفقار في معارك ريف حلب الجنوبي.", "لواء ذو الفقار", "liwa-dhulfiqar"),
    ("وانتقد حزب الخير التركي المعارض سياسة الحكومة في أنقرة.", "حزب الخير التركي", "turkey-iyi"),
    ("وطالب حزب الفضيلة الإسلامي البرلمان في بغداد بعقد جلسة طارئة.", "حزب الفضيلة الإسلامي", "iraq-fadhila"),
])
def test_actors_the_pack_lacked(text: str, surface: str, ref: str) -> None:
    assert mention_refs(text, types=("actor",)).get(surface) == ref


def test_anc_is_no_sudanese_party() -> None:
    got = mention_refs("وأعلن حزب المؤتمر الوطني الأفريقي في جنوب أفريقيا فوزه في الانتخابات في جوهانسبرغ.",
                       types=("actor",))
    assert "sudan-ncp" not in got.values()


def test_republican_guard_by_theatre() -> None:
    yemen = mention_refs("وقتل خمسة من عناصر الحرس الجمهوري في هجوم للحوثيين قرب صنعاء ومأرب في اليمن.",
                         types=("actor",))
    assert yemen.get("الحرس الجمهوري") == "yemen-republican-guard"
    syria = mention_refs("وقصفت قوات الحرس الجمهوري مواقع المعارضة في ريف دمشق ودرعا وحمص.", types=("actor",))
    assert syria.get("قوات الحرس الجمهوري") == "syr-republican-guard"


def test_family_name_after_a_pack_person_stays_in_the_mention() -> None:
    # the pack's alias stops before the family (آل نهيان): the writer's full name is the mention
    got = mention_refs("واستقبل الشيخ عبدالله بن زايد آل نهيان وزير خارجية الأردن في أبوظبي.", types=("person",))
    assert got.get("عبدالله بن زايد آل نهيان") == "abdullah-bin-zayed"


def test_short_form_of_a_pack_person_unchanged() -> None:
    got = mention_refs("وقال عبدالله بن زايد إن بلاده تدعم الحل السياسي في اليمن.", types=("person",))
    assert got.get("عبدالله بن زايد") == "abdullah-bin-zayed"


def test_the_verb_aal_is_no_family() -> None:
    # آل إلى (passed to): a verb after the name, not a family link
    got = mention_refs("وقالت الصحيفة إن الملف في عهد بشار الأسد آل إلى الأجهزة الأمنية.", types=("person",))
    assert got.get("بشار الأسد") == "bashar-al-assad"


def test_family_name_of_the_packs_full_name_after_a_shorter_alias() -> None:
    # the pack knows صباح الأحمد الجابر الصباح: a الصباح written after the short alias is his family name
    got = mention_refs("وأصدر أمير الكويت، الشيخ صباح الأحمد الصباح، مرسوما بتشكيل الحكومة.", types=("person",))
    assert any(m.endswith("صباح الأحمد الصباح") and ref == "sabah-al-ahmad" for m, ref in got.items())


def test_chain_of_given_names_not_trimmed_to_the_recognisers_span() -> None:
    # the recogniser stops after two names; the third, a given name (the grandfather's), is still his
    got = people("وقال نائب رئيس الحزب وليد حسن إبراهيم في تصريحات إن الحزب بحث الأزمة.")
    assert "وليد حسن إبراهيم" in got
