"""Framing, round 18b: a neutral adjective of the act's means between an occupation or aggression term and its
doer's nisba (الاحتلال العسكري الإسرائيلي), and a state's nisba after a singular militia word naming the one group of
that country the article names (الميليشيا اللبنانية → Hezbollah). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import framing_pairs


def frames(text: str, published: str = "2024-05-01") -> list[tuple[str, str | None]]:
    return framing_pairs(text, published)


@pytest.mark.parametrize(("text", "pair"), [
    ("وطالب الوزير السوري بإنهاء الاحتلال العسكري الإسرائيلي لهضبة الجولان.", ("الاحتلال", "israel")),
    ("وقال المسؤول الكردي إن العدوان العسكري التركي على القرى الحدودية لم يتوقف.", ("العدوان", "turkey")),
    ("وأدانت الحكومة اللبنانية العدوان الجوي الإسرائيلي على الجنوب.", ("العدوان", "israel")),
    ("وقال إن قوات الاحتلال العسكري التركي تقصف قرى ريف الحسكة.", ("قوات الاحتلال", "turkey")),
])
def test_a_means_adjective_does_not_hide_the_doers_nisba(text: str, pair: tuple[str, str]) -> None:
    assert pair in frames(text)


def test_a_means_adjective_alone_names_no_doer() -> None:
    got = frames("وقال المتحدث إن العدوان العسكري مستمر منذ أشهر على القرى الحدودية.")
    assert [p for p in got if p[0] == "العدوان"] == []


@pytest.mark.parametrize("text", [
    "وقال المحلل إن الميليشيا اللبنانية التابعة لطهران درّبت مقاتلين في اليمن، في حديثه عن حزب الله والحوثيين.",
    "وأطلق الحوثيون صواريخ على السفن. وقال الوزير إن حزب الله يعطل الدولة، وإن الميليشيا اللبنانية تصادر قرارها.",
])
def test_a_state_nisba_after_a_singular_militia_word_names_that_countrys_group(text: str) -> None:
    got = frames(text)
    assert ("الميليشيا", "hezbollah") in got
    assert ("الميليشيا", "houthis") not in got


def test_two_groups_of_the_country_leave_it_unnamed() -> None:
    got = frames("وقال إن الميليشيا العراقية انتشرت في البوكمال، وإن كتائب حزب الله وحركة النجباء قادتا الهجوم.")
    assert not any(t == "الميليشيا" and ref in ("kataib-hezbollah", "nujaba") for t, ref in got)


def test_a_patrons_nisba_stays_the_proxy_label() -> None:
    got = frames("وقالت المصادر إن مسلحي الحوثي انتشروا في صنعاء، وإن الميليشيا الإيرانية زرعت الألغام في زبيد.")
    assert ("الميليشيا", "houthis") in got


def test_the_nisba_beats_the_group_the_article_labelled_before() -> None:
    got = frames("وقصفت ميليشيا الحوثي مواقع في مأرب. وقال الوزير إن الميليشيا اللبنانية التابعة لطهران تدرب "
                 "مقاتلي الحوثي، في إشارة إلى حزب الله.")
    assert ("الميليشيا", "hezbollah") in got


def test_strikes_on_the_labelled_make_the_striker_no_fallback() -> None:
    got = frames("وقال المتحدث باسم الجيش الوطني الليبي إن قواته تقدمت نحو الميناء. وشنت طائرات الجيش الوطني الليبي "
                 "غارات على مواقع الإرهابيين قرب الميناء. واستهدفت الغارات معاقل الإرهابيين جنوب المدينة.")
    assert not any(ref == "lna" for _t, ref in got)
