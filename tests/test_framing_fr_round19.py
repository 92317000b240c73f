"""Framing, round 19 (FR): a group's nisba after عصابات and الانقلابية names the group; a person epithet
(الجهادي، المتطرف) before a nationality nisba with no name after it is a person's label, never the group the person
joined; a terrorism adjective joined by أو to another adjective of an act noun describes the act. Sentences
written for these tests."""

from __future__ import annotations

from tests.conftest import framing_pairs


def frames(text: str, published: str = "2018-06-01") -> list[tuple[str, str | None]]:
    return framing_pairs(text, published)


def test_gangs_before_the_houthi_nisba_label_the_houthis() -> None:
    text = "قالت الحكومة اليمنية إن قواتها تقدمت نحو الميناء لإجبار العصابات الحوثية على الانسحاب من المدينة."
    assert ("العصابات", "houthis") in frames(text)


def test_gangs_before_the_daeshi_nisba_label_isis() -> None:
    text = "وقال قائد عمليات الأنبار إن العصابات الداعشية فقدت آخر مخابئها في الصحراء الغربية."
    assert ("العصابات", "isis") in frames(text)


def test_gangs_of_smugglers_label_no_one() -> None:
    # a criminal gang in its literal sense, with the Houthis named in the sentence: no label on them
    text = "أعلنت الشرطة تفكيك عصابة لتهريب المخدرات في عدن بعد اشتباك مع عناصر من جماعة الحوثي."
    assert frames(text) == []


def test_putschist_before_the_houthi_nisba_labels_the_houthis() -> None:
    text = "قال المتحدث باسم الجيش اليمني إن الجماعة الانقلابية الحوثية قصفت قرى في ريف تعز ليلة أمس."
    assert ("الانقلابية", "houthis") in frames(text)


def test_jihadist_with_a_nationality_and_no_name_is_no_label_on_the_group() -> None:
    # the woman the court sentenced is the one called a jihadist; ISIS is only the group she joined
    text = "قضت محكمة في بغداد بسجن الجهادية الهولندية مدى الحياة بعد إدانتها بالانتماء إلى تنظيم داعش."
    assert ("الجهادية", "isis") not in frames(text)


def test_later_epithet_with_a_nationality_refers_back_to_the_person() -> None:
    text = ("أعلن الجيش الليبي اعتقال الإرهابي المصري هشام عشماوي في درنة. وكان الإرهابي المصري المطلوب قد انضم إلى "
            "تنظيم القاعدة بعد فراره من مصر.")
    got = frames(text)
    assert ("الإرهابي", "hisham-ashmawi") in got
    assert not any(target in ("al-qaeda", "aqap", "aqim") for _, target in got)


def test_extremist_right_with_a_nationality_is_untouched() -> None:
    # a definite noun before the term is what it agrees with: the rule for a person epithet does not apply
    text = "قالت الشرطة إن الحزب اليميني المتطرف الألماني نظم مسيرة في برلين ضد المهاجرين."
    assert not any(term.startswith("المتطرف") and target == "isis" for term, target in frames(text))


def test_terrorist_joined_by_or_to_an_act_adjective_describes_the_act() -> None:
    # the US envoy denies any criminal or terrorist activity: no label on Washington's usual enemy named before
    text = ("تتهم أنقرة القس الأمريكي بدعم حزب العمال الكردستاني. وقال السفير الأمريكي في أنقرة جون باس "
            "\"نحن قلقون\". وأضاف \"قرأت الملف كله ولا أرى أي دليل على أن القس ارتكب أي نشاط إجرامي أو إرهابي\".")
    assert frames(text) == []


def test_indefinite_jihadist_with_a_nationality_is_a_person() -> None:
    text = ("أصدرت محكمة عراقية حكما بالإعدام بحق جهادي هولندي دعا إلى شن هجمات في أوروبا بعد إدانته بالانتماء "
            "إلى تنظيم داعش.")
    assert ("جهادي", "isis") not in frames(text)


def test_jihadist_adjective_of_a_group_noun_is_untouched() -> None:
    # تنظيم جهادي سوري: the adjective agrees with the group noun before it, no person
    text = "وقال المرصد إن تنظيم جهادي سوري سيطر على بلدة في ريف إدلب بعد معارك مع فصائل المعارضة."
    got = frames(text)
    assert not any(term == "جهادي" and target is not None and target.startswith("person") for term, target in got)


def test_bare_epithet_as_a_noun_refers_back_to_the_person() -> None:
    text = ("أعلن الجيش الليبي اعتقال الإرهابي المصري هشام عشماوي في درنة. واعترف الإرهابي خلال التحقيق بأنه "
            "قاد خلايا تنظيم القاعدة في ليبيا.")
    got = frames(text)
    assert ("الإرهابي", "hisham-ashmawi") in got
    assert not any(target in ("al-qaeda", "aqap", "aqim") for _, target in got)
