"""Framing: the loyalist label of the pro-Iran factions (الولائية) only after a group's name, outlaws agreeing with a
group noun (الخارجة عن القانون), areas Turkey has held since 2019 as occupied places, a bare occupation word that
falls back on a state's army labelling the state, indefinite terrorists of the group named after من, fascist after a
state, and arrogance only with a state's nisba. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import framing_pairs


def frames(text: str, published: str = "2024-05-01") -> list[tuple[str, str | None]]:
    return framing_pairs(text, published)


def test_loyalist_after_a_group_name_labels_the_group() -> None:
    got = frames("وقال مسؤول كردي إن الفصائل الولائية قصفت المطار بطائرات مسيرة مفخخة.")
    assert got == [("الولائية", "iraqi-armed-factions")]


@pytest.mark.parametrize("text", [
    "وقال أبو آلاء الولائي إن كتائب سيد الشهداء سترد على أي هجوم.",
    "وأكد الأمين العام لكتائب سيد الشهداء أبو آلاء الولائي أن الرد قادم.",
])
def test_loyalist_as_a_commander_surname_is_no_label(text: str) -> None:
    assert [t for t, _ in frames(text) if "ولائ" in t] == []


@pytest.mark.parametrize("text", [
    "وقال مسؤول في حكومة الإقليم إن الميليشيات الخارجة عن القانون تحاول ضرب اقتصاد المنطقة.",
    "وأعلنت وزارة الداخلية توقيف خلية من فلول النظام البائد، موضحة أن المجموعات الخارجة على القانون هاجمت حاجزا.",
])
def test_outlaws_in_the_feminine_are_recorded(text: str) -> None:
    terms = [t for t, _ in frames(text)]
    assert any(t.startswith("الخارجة") for t in terms)


def test_area_held_by_turkey_since_2019_is_occupied_by_turkey() -> None:
    got = frames("واتهم المجلس العسكري تركيا بقصف القرى المحيطة، فيما يعيش آلاف النازحين من سري كانيه المحتلة في "
                 "مخيمات الحسكة.")
    assert ("المحتلة", "turkey") in got


def test_bare_occupation_near_the_army_labels_the_state() -> None:
    got = frames("شنت قوات الاحتلال الإسرائيلي غارات على مخيم للنازحين، فيما أكد المكتب الإعلامي الحكومي أن "
                 "الاحتلال ارتكب مجزرة جديدة.")
    assert ("الاحتلال", "idf") not in got
    assert all(t == "israel" for _, t in got)


def test_indefinite_terrorists_take_the_group_after_min() -> None:
    got = frames('وأعلنت وزارة الدفاع أن قواتها حيدت 4 إرهابيين من تنظيم "بي كا كا" في منطقة جبلية.')
    assert got == [("إرهابيين", "pkk")]


def test_fascist_after_a_state_labels_it() -> None:
    got = frames("وقالت الإدارة الذاتية إن تركيا الفاشية تواصل قصف القرى الحدودية بالمدفعية.")
    assert ("الفاشية", "turkey") in got


def test_fascism_as_a_noun_or_of_an_unnamed_regime_is_no_label() -> None:
    assert frames("ورفع المتظاهرون لافتات تدعو إلى مناهضة الفاشية في أوروبا.") == []
    assert frames("وحكم النظام الفاشي البلاد عقودا قبل أن تعود الديمقراطية.") == []


def test_arrogance_with_a_state_nisba_labels_the_state() -> None:
    got = frames("وقال المسؤول الإيراني إن الاستكبار الأمريكي يقف وراء العقوبات على بلاده.")
    assert ("الاستكبار", "usa") in got


def test_bare_arrogance_is_no_label() -> None:
    got = frames("وقال المسؤول الإيراني إن الإسلام يرفض الظلم والاستكبار، فيما فرضت الولايات المتحدة عقوبات جديدة.")
    assert [t for t, _ in got if "استكبار" in t] == []
