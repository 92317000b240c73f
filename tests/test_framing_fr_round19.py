"""Framing, round 19 (FR): a group's nisba after عصابات and الانقلابية names the group. Sentences written for
these tests."""

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
