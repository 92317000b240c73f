"""Entities, round 20: actors and people that unseen France 24 articles name and the packs lacked (the Hebrew
state, Yemen's bare National Resistance, Israeli and Turkish parties, Jordan's king by his short title) (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from tests.conftest import mention_refs


@pytest.mark.parametrize(("text", "mention", "ref"), [
    ("ردت الدولة العبرية على الصواريخ بغارات على مواقع في قطاع غزة.", "الدولة العبرية", "israel"),
    ("وتقدمت المقاومة الوطنية على الساحل الغربي باتجاه مدينة الحديدة بعد معارك مع الحوثيين قرب المخا.",
     "المقاومة الوطنية", "national-resistance-yemen"),
    ("وتبنت المقاومة الوطنية الأحوازية الهجوم على العرض العسكري في الأهواز.",
     "المقاومة الوطنية الأحوازية", "ahwazi-national-resistance"),
    ("وقال نائب عن حزب الليكود إن الحكومة ستصوت على القانون في الكنيست.", "حزب الليكود", "likud"),
    ("وأعلن حزب السعادة التركي أنه لن يتحالف مع حزب العدالة والتنمية.", "حزب السعادة التركي", "saadet-party"),
    ("واستقبل الملك عبد الله في عمان وفدا أمريكيا لبحث الأوضاع في الأردن.", "الملك عبد الله", "king-abdullah-ii"),
    ("وألغى رئيس الوزراء الفرنسي إدوار فيليب زيارته المقررة إلى رام الله.", "إدوار فيليب", "edouard-philippe"),
    ("ووصف سامي ابو زهري المتحدث باسم حماس القرار بأنه باطل.", "سامي ابو زهري", "sami-abu-zuhri"),
])
def test_pack_names_the_actor_or_person(text: str, mention: str, ref: str) -> None:
    assert mention_refs(text).get(mention) == ref


def test_bare_national_resistance_is_no_yemeni_force_before_another_peoples_nisba() -> None:
    text = "وشاركت المقاومة الوطنية اللبنانية في صد الاجتياح عام 1982 قرب بيروت."
    assert mention_refs(text).get("المقاومة الوطنية") is None


def test_jordans_king_short_title_waits_for_the_saudi_kings_death() -> None:
    # before January 2015 «الملك عبد الله» was as often the Saudi king
    text = "وقال الملك عبد الله إن المملكة تدعم الحل السياسي."
    assert mention_refs(text, published="2012-03-01").get("الملك عبد الله") != "king-abdullah-ii"


def test_crown_prince_title_and_name_are_one_person() -> None:
    import marsad

    art = marsad.analyze("وزار ولي العهد الأردني حسين بن عبد الله مخيم الزعتري صباح الأحد.", published="2018-06-01")
    persons = [e for e in art.entities if e.type == "person"]
    assert [e.ref for e in persons] == ["crown-prince-hussein-jordan"]


@pytest.mark.parametrize(("text", "mention", "ref"), [
    ("وقصفت القوات الجوية العراقية مخابئ لتنظيم داعش في صحراء الأنبار.", "القوات الجوية العراقية", "iraq-air-force"),
    ("وأعلنت القوات المسلحة الإسرائيلية أنها أسقطت طائرة مسيرة فوق غزة.", "القوات المسلحة الإسرائيلية", "idf"),
    ("واستعادت القوات اليمنية مديرية حيس من الحوثيين بإسناد من التحالف.", "القوات اليمنية", "yemen-army"),
    ("ويجتمع مجلس الوزراء الأمني المصغر في تل أبيب لبحث الرد على إيران.", "مجلس الوزراء الأمني المصغر",
     "israel-security-cabinet"),
    ("وأقر البرلمان اللبناني الموازنة في جلسة عقدها في بيروت.", "البرلمان اللبناني", "lebanon-parliament"),
    ("وتحالف الصدر مع الحزب الشيوعي في الانتخابات التي جرت في بغداد والبصرة والنجف والحلة.", "الحزب الشيوعي",
     "iraqi-communist-party"),
])
def test_state_forces_and_bodies_in_other_spellings(text: str, mention: str, ref: str) -> None:
    assert mention_refs(text).get(mention) == ref


def test_bare_communist_party_elsewhere_is_not_irans_neighbours() -> None:
    text = "وقال الحزب الشيوعي الفرنسي في باريس إنه يرفض مشروع القانون الذي قدمته الحكومة في ليون."
    assert mention_refs(text).get("الحزب الشيوعي") is None


def test_lebanese_parliament_named_then_bare_refers_back() -> None:
    text = "وانتخب مجلس النواب اللبناني رئيسه في بيروت، وقال نائب إن البرلمان سيجتمع مجددا الأسبوع المقبل."
    assert mention_refs(text).get("البرلمان") == "lebanon-parliament"
