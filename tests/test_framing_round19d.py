"""Framing, round 19d (FR): the coup words in their literal sense (a coup attempt, one who took part in it) give
no record, the loaded uses for the Houthis keep theirs; Ankara's name for the Gülen movement has its target.
Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import framing_pairs


def frames(text: str, published: str = "2018-06-01") -> list[tuple[str, str | None]]:
    return framing_pairs(text, published)


def test_an_officer_who_took_part_in_a_coup_is_no_label() -> None:
    text = "وقالت النيابة التركية إن الضابط الانقلابي أكين أوزتورك قاد الهجوم على قاعدة إنجرليك الجوية عام 2016."
    assert frames(text) == []


def test_a_coup_attempt_is_no_label_on_the_houthis_named_elsewhere() -> None:
    text = "أحبط الجيش السوداني محاولة انقلابية قادها ضباط في الخرطوم، فيما واصلت جماعة الحوثي هجماتها على مأرب."
    assert frames(text) == []


def test_coup_measures_are_no_label() -> None:
    text = "رفض تجمع المهنيين في الخرطوم ما وصفه بإجراءات انقلابية، فيما قصفت جماعة الحوثي مواقع في مأرب اليمنية."
    assert [p for p in frames(text) if p[1] == "houthis"] == []


def test_the_loaded_coup_words_keep_their_records_on_the_houthis() -> None:
    text = "قال وزير الإعلام اليمني إن سلطة الانقلاب في صنعاء تحتجز الصحفيين، وإن جماعة الحوثي ترفض الإفراج عنهم."
    assert ("سلطة الانقلاب", "houthis") in frames(text)
    text = "قال قائد اللواء إن عناصر انقلابية تابعة لجماعة الحوثي تسللت إلى مواقع الجيش في تعز."
    assert ("انقلابية", "houthis") in frames(text)
    text = "أعلن الجيش اليمني مقتل عشرين من الميليشيات الحوثية الانقلابية في جبهة نهم."
    assert ("الانقلابية", "houthis") in frames(text)


def test_ankaras_name_for_the_gulen_movement_has_its_target() -> None:
    text = "اعتقلت الشرطة التركية عشرين مشتبها بالانتماء إلى منظمة فتح الله الإرهابية في إسطنبول."
    assert ("الإرهابية", "gulen-movement") in frames(text)
