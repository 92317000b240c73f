"""Round 16 (follow-up) event roles: a generic force name (الجيش الوطني) by the article's country, also when a
place name holds another country's city (جبل القاهرة); a doer lent to an attack or an arrest only from a party
that can do it; the sufferer of a blow inflicted or received (كبدت الغارات الميليشيات خسائر، تلقت الميليشيا
ضربات) as its target, never its doer."""

from __future__ import annotations

import pytest

from marsad.packs import load_json
from tests.conftest import event_roles, mention_refs

# --- الجيش الوطني by the article's country --------------------------------------------------------------


@pytest.mark.parametrize("text, want", [
    # Yemen by its places
    ("أعلن الجيش الوطني سيطرته على مواقع جديدة في مديرية نهم بمحافظة صنعاء وفي محافظة مأرب.", "yemen-army"),
    # Yemen by its parties: no place names one country (الجوف is Saudi and Yemeni), the Houthis are Yemen's
    ("أكد قائد اللواء أن الجيش الوطني استعاد التلال في محافظة الجوف من يد الميليشيات الحوثية.", "yemen-army"),
    # a mountain named after a city (جبل القاهرة) is no Egyptian place that outweighs Yemen's
    ("وأشار القائد إلى أن الجيش الوطني استعاد جبل القاهرة شرقي الحزم في محافظة الجوف اليمنية بعد معارك مع "
     "الميليشيات الحوثية، وأن الجيش الوطني يتقدم نحو جبل القاهرة.", "yemen-army"),
    # Libya by its places and by its parties
    ("قال المتحدث إن الجيش الوطني صد هجوما في محيط طرابلس وسرت وبنغازي.", "lna"),
    ("أعلن الجيش الوطني أنه صد هجوما لقوات المجلس الرئاسي.", "lna"),
    # Syria: by its places, and by a Syrian party named beside it
    ("قال مسؤول إن الجيش الوطني سيطر على قرى في محيط مدينة الباب بعد معارك مع قوات سوريا الديمقراطية.", "sna"),
    ("أعلن الجيش الوطني أنه صد هجوما لقوات سوريا الديمقراطية.", "sna"),
    # no country at all and no Syrian party: no entry (anaphora 1.19.0 home_only; it was the SNA before)
    ("أعلن الجيش الوطني أنه صد هجوما على مواقعه، وقال المتحدث باسمه إن المهاجمين انسحبوا.", None),
])
def test_the_national_army_is_the_one_of_the_articles_country(text: str, want: str | None) -> None:
    assert mention_refs(text, types=("actor",)).get("الجيش الوطني") == want


def test_the_national_army_rule_names_syria_its_home() -> None:
    rule = load_json("anaphora")["theatre_entries"]["entries"]["sna"]
    # Turkey, the SNA's patron, counts as home too (anaphora 1.19.0)
    assert rule["home"][0] == "SY"


# --- a doer lent only from a party that can do the deed --------------------------------------------------


@pytest.mark.parametrize("deed, trigger", [
    ("وأطلق النار على طلاب في مدرسة ثانوية بولاية فلوريدا.", "أطلق النار"),
    ("واعتقل رجل في ولاية فلوريدا.", "اعتقل"),
])
def test_a_legislature_lends_no_doer_to_a_shooting_or_an_arrest(deed: str, trigger: str) -> None:
    text = "ناقش الكونغرس الأمريكي قانون حيازة الأسلحة. وقال الكونغرس إن الجلسة ستعقد الأسبوع المقبل. " + deed
    assert [r for r in event_roles(text) if r[0] == trigger] == [(trigger, None, None)]


def test_a_state_lends_no_arrest_in_a_crime_article() -> None:
    text = "قالت الهند إن التحقيق في الجريمة مستمر. واعتقل ثمانية رجال للاشتباه في تورطهم في القضية."
    got = [r for r in event_roles(text) if r[0] == "اعتقل"]
    assert got == [("اعتقل", None, None)]


def test_a_state_still_lends_an_arrest_in_an_article_of_war() -> None:
    text = "قصفت إسرائيل مواقع لحركة حماس في قطاع غزة. واعتقل عشرة شبان في الضفة الغربية فجر اليوم."
    assert [r for r in event_roles(text) if r[0] == "اعتقل"] == [("اعتقل", "israel", None)]


def test_a_ministry_of_the_interior_still_lends_an_arrest() -> None:
    text = ("أعلنت وزارة الداخلية السعودية مقتل رجل أمن في هجوم على نقطة تفتيش. وأضافت وزارة الداخلية السعودية "
            "في بيانها أن التحقيقات جارية. وتم القبض على اثنين من المتورطين في الحادث.")
    got = [r for r in event_roles(text) if r[0] == "القبض على"]
    assert got and got[0][1] == "saudi-moi"


def test_the_lent_doer_lists_are_in_the_pack() -> None:
    cues = load_json("event_cues")
    assert set(cues["lent_doer_types"]) == {"ATTACK", "ARREST"}
    assert "state_force" in cues["lent_doer_kinds"] and "state" in cues["lent_doer_armed_kinds"]


# --- the sufferer of a blow inflicted or received ---------------------------------------------------------


@pytest.mark.parametrize("text, trigger", [
    ("وكبدت الغارات ميليشيا الحوثي خسائر كبيرة في محافظة صعدة.", "الغارات"),
    ("وأشار إلى الضربات الموجعة التي تلقتها الميليشيات الحوثية في جبهة نهم.", "الضربات"),
    ("تلقت ميليشيا الحوثي ضربات قاسية في جبهة الساحل الغربي.", "ضربات"),
])
def test_the_sufferer_of_a_blow_is_its_target(text: str, trigger: str) -> None:
    got = [r for r in event_roles(text) if r[0] == trigger]
    assert got == [(trigger, None, "houthis")]


def test_an_indefinite_blows_genitive_stays_the_doer() -> None:
    text = "وكبدت غارات التحالف العربي ميليشيا الحوثي خسائر كبيرة."
    assert event_roles(text) == [("غارات", "saudi-coalition-yemen", "houthis")]


def test_the_doer_before_strikes_the_sufferer() -> None:
    text = ("شنت مقاتلات التحالف العربي غارات على مواقع في مديرية حرض. "
            "وكبدت الغارات الميليشيات الحوثية خسائر فادحة في الأرواح والعتاد.")
    got = event_roles(text)
    assert ("houthis" not in [r[1] for r in got]) and any(r[2] == "houthis" for r in got)
