"""Framing, round 15: an outlet's epithet for a teller standing after the teller's nisbas, and militias an indefinite
nisba ties to a patron. Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import framing_pairs


def frames(text: str, published: str = "2018-06-01") -> list[tuple[str, str | None]]:
    return framing_pairs(text, published)


def test_an_epithet_after_a_tellers_nisba_is_the_outlets_word_for_the_teller() -> None:
    # the adjective closes the noun phrase naming the teller (its nisba between): not the teller's own words
    assert ("المتمردة", "houthis") in frames("أعلنت جماعة الحوثي الإيرانية المتمردة تعيين قيادي جديد في صنعاء.")
    assert ("المتشددة", "al-shabaab") in frames("وقالت حركة الشباب الصومالية المتشددة إنها نفذت الهجوم.")
    assert ("الإرهابية", "houthis") in frames("وزعمت ميليشيا الحوثي الانقلابية الإرهابية أنها أسقطت طائرة مسيرة.")


def test_a_term_in_what_a_teller_with_a_nisba_says_is_still_not_aimed_at_it() -> None:
    got = frames("وقالت حركة حماس الفلسطينية إن الإرهابيين الذين هاجموا المعبر ينتمون لتنظيم داعش.")
    assert ("الإرهابيين", "hamas") not in got
    assert ("التكفيريين", "hezbollah") not in frames("وقال حزب الله اللبناني إن التكفيريين في جرود عرسال سيهزمون.")


def test_militias_an_indefinite_patron_nisba_names_are_the_patrons_collective() -> None:
    # the indefinite of الميليشيات الإيرانية: the militias Iran backs, as the definite form is, not Iran itself
    got = frames("واستعادت قوات النظام المناطق بدعم من قوات روسية وميليشيات إيرانية.")
    assert ("ميليشيات", "iran-backed-militias") in got and ("ميليشيات", "iran") not in got
    got = frames("وتقدمت قوات النظام السوري مدعومة بمليشيات إيرانية نحو بلدة جسرين.")
    assert ("مليشيات", "iran-backed-militias") in got
    # a nisba of no patron the packs know a collective of stays what it was
    assert ("ميليشيات", "iran-backed-militias") not in frames("وتقاتل ميليشيات شيعية عراقية إلى جانب الجيش.")


def test_militias_an_indefinite_patron_nisba_names_are_labelled_when_the_patron_is_named_elsewhere() -> None:
    # with Iran named in another sentence the nisba is no mention of Iran: the label still lands on the collective
    got = frames("وقالت إيران إن مستشاريها باقون. واستعادت قوات النظام المناطق بدعم من قوات روسية وميليشيات إيرانية.")
    assert ("ميليشيات", "iran-backed-militias") in got


def test_a_counted_extremism_term_names_the_storys_jihadist_group() -> None:
    # a count before the word makes it fighters of the story, as a group noun does (التنظيم المتطرف)
    got = frames("وذكر المرصد أن تنظيم داعش يواصل هجماته في هجين. وقتل 37 عنصرا من قوات سوريا الديمقراطية، "
                 "كما قتل 58 متشددا غالبيتهم في غارات للتحالف.")
    assert ("متشددا", "isis") in got and ("متشددا", "sdf") not in got
    got = frames("وقال المرصد إن تنظيم داعش ما زال يسيطر على الحي. وتخوض قوات النظام معارك هناك، حيث يوجد نحو ألفي "
                 "متشدد محاصرين.")
    assert ("متشدد", "isis") in got


def test_a_counted_extremism_term_in_a_story_with_no_jihadist_group_names_no_one() -> None:
    assert frames("وقالت الشرطة البريطانية إنها أحبطت مؤامرات يمينية. واعتقلت 12 متطرفا العام الماضي.") == []


def test_terrorism_with_a_partys_nisba_labels_that_party() -> None:
    assert ("الإرهاب", "houthis") in frames("وقال الوزير إن الإرهاب الحوثي يهدد الملاحة في البحر الأحمر.")
    assert ("الإرهاب", "israel") in frames("وندد البيان بالإرهاب الصهيوني ضد الشعب الفلسطيني.")


def test_terrorism_as_an_abstract_noun_or_a_field_labels_no_one() -> None:
    # bare, the noun names no one, in a party's claim too (no usual enemy of the speaker stands behind it)
    assert frames("وقال الرئيس السوري إن الحملة على \"الإرهاب\" ستتواصل في الغوطة التي يسيطر عليها جيش الإسلام.") == []
    # after a noun of a field: a body or a list named for it, not a label (its nisba agrees with the body)
    assert frames("والتقى الوزير منسق مكافحة الإرهاب الأمريكي في بغداد.") == []
    assert frames("وقال المتحدث إن جهاز مكافحة الإرهاب العراقي استعاد الحي.") == []
    assert frames("وأدرجت واشنطن الحركة على قائمة الإرهاب الأمريكية.") == []


def test_terrorism_of_a_party_named_right_after_it_labels_that_party() -> None:
    assert ("إرهاب", "houthis") in frames("وقال الوزير إن اليمنيين يعانون من إرهاب الحوثي منذ سنوات.")
    assert ("إرهاب", "turkey") in frames("وقال إن إرهاب الدولة التركية لن يكسر إرادة الشعب الكردي.")


def test_indefinite_terrorism_with_no_party_after_it_or_after_a_field_noun_labels_no_one() -> None:
    assert frames("وتحدث الخبير عن إرهاب الدولة في أمريكا اللاتينية.") == []
    assert frames("ويهدف القانون إلى مكافحة إرهاب داعش في الداخل.") == []
    assert frames("وقال إن داعش يمارس إرهابه في الصحراء.") == []
