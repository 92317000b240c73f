"""Round 16, fourth follow-up (EN): the bare الجيش الوطني by the article's country, the day of an era change
as data, the Saudi ministry of defence. The sentences are written for these tests."""

from types import SimpleNamespace

import pytest

from marsad import packs
from marsad.stages import entities
from marsad.textnorm import fold_text
from tests.conftest import mention_refs


def _actors(text: str, published: str = "2023-06-01") -> dict[str, str | None]:
    return mention_refs(text, published=published, types=("actor",))


# anaphora 1.19.0, actors 1.62.0: الجيش الوطني is the SNA only in Syria

def test_bare_national_army_in_syria_is_the_sna() -> None:
    refs = _actors("قصفت طائرات مواقع في ريف إدلب وريف حلب ومدينة عفرين، وقال قائد في الجيش الوطني إن "
                   "مقاتليه صدوا هجوما قرب مدينة الباب.")
    assert "sna" in refs.values()


def test_bare_national_army_in_tunisia_is_the_tunisian_army() -> None:
    refs = _actors("أعلنت السلطات في تونس أن وحدات تابعة للجيش الوطني طاردت مسلحين في جبال القصرين وسيدي "
                   "بوزيد والكاف قرب الحدود مع الجزائر.")
    assert "sna" not in refs.values()
    assert "tunisia-army" in refs.values()


def test_algerian_peoples_national_army() -> None:
    refs = _actors("قال بيان إن الجيش الوطني الشعبي قتل ثلاثة مسلحين في ولاية البويرة.")
    assert refs.get("الجيش الوطني الشعبي") == "algeria-army"
    assert "sna" not in refs.values()


def test_bare_national_army_after_a_preposition_with_no_place_is_no_entity() -> None:
    refs = _actors("أعلنت السلطات أن وحدات تابعة للجيش الوطني طاردت مسلحين في الجبال قرب الحدود الغربية.")
    assert "sna" not in refs.values()


def test_bare_national_army_with_no_country_is_no_entity() -> None:
    refs = _actors("قال المتحدث إن الجيش الوطني سيواصل مهامه في حماية الحدود ومنع التهريب.")
    assert "sna" not in refs.values()
    assert not any("الجيش الوطني" in m for m in refs)


def test_bare_national_army_with_no_country_beside_a_syrian_actor_stays_the_sna() -> None:
    refs = _actors("قال المتحدث إن الجيش الوطني صد هجوما شنته قوات سوريا الديمقراطية فجر اليوم.")
    assert refs.get("الجيش الوطني") == "sna"


def test_national_army_with_its_nisba_unchanged() -> None:
    refs = _actors("قال المتحدث إن الجيش الوطني السوري سيطر على قرى جديدة.")
    assert refs.get("الجيش الوطني السوري") == "sna"


# roles 1.51.0: the day of an era change is data, not code

def test_era_change_phrases_carry_their_day() -> None:
    phrases = packs.load_json("roles")["era_change_phrases"]
    assert isinstance(phrases, dict)
    assert "2024-12-08" in phrases


def test_era_change_day_is_read_from_the_data(monkeypatch: pytest.MonkeyPatch) -> None:
    roles = dict(packs.load_json("roles"))
    roles["era_change_phrases"] = {"2031-05-01": ["بعد انهيار المجلس المؤقت"]}
    monkeypatch.setattr(entities, "_roles", lambda: roles)
    doc = SimpleNamespace(folded=SimpleNamespace(text=fold_text("عاد السكان بعد انهيار المجلس المؤقت إلى بيوتهم")))
    assert entities._undated_era(doc, []) == "2031-05-01"  # type: ignore[arg-type]


# the Saudi ministry of defence: the pack's entry, joined to the state where the article names it as a party

def test_bare_ministry_of_defence_in_a_saudi_article() -> None:
    refs = _actors("أعلنت وزارة الدفاع اعتراض صاروخ أطلق نحو الرياض وجازان ونجران، وقالت إن الدفاعات الجوية "
                   "تصدت له.", published="2018-03-20")
    assert refs.get("وزارة الدفاع") == "saudi-arabia-mod"


def test_saudi_ministry_named_alone_and_beside_its_state() -> None:
    text = "ونشرت وزارة الدفاع السعودية صورا للتدريبات المشتركة."
    assert _actors(text, published="2018-03-20").get("وزارة الدفاع السعودية") == "saudi-arabia-mod"
    # a ministry is its government acting: beside the state named as a party it joins the state
    refs = _actors("قالت السعودية إن المناورات بدأت.\n" + text, published="2018-03-20")
    assert refs.get("وزارة الدفاع السعودية") == "saudi-arabia"


def test_tunisian_ministry_named_places_the_bare_national_army_in_tunisia() -> None:
    refs = _actors("قالت وزارة الدفاع التونسية إن طائرة عسكرية وغواصين تابعين للجيش الوطني شاركوا في عمليات البحث "
                   "عن المفقودين.", published="2019-05-02")
    assert refs.get("وزارة الدفاع التونسية") == "tunisia-mod"
    assert "tunisia-army" in refs.values()
    assert "sna" not in refs.values()
