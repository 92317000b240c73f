"""Places, round 12: the precedence of imported gazetteers (tested with the real OCHA Syria communities
file), and place-finding fixes from unseen articles. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

import marsad
from marsad import gazetteer as gz
from marsad.gazetteer import haversine_km
from marsad.stages import places as place_stage
from tests.conftest import place_entity

_place = place_entity


# ------------------------------------------------------------------ imported villages fill gaps only


def test_imported_village_never_displaces_a_pack_town(ocha_home: Path) -> None:
    t = gz.alias_table()
    # OCHA's villages called عفرين (near al-Bab) and الطبقة (in al-Malikiyah) lie far from the towns
    for name, town in (("عفرين", "sy-afrin"), ("الطبقه", "sy-tabqa")):
        assert town in t[name].ids
        assert not any(i.startswith("ocha:") for i in t[name].ids), name


def test_imported_village_fills_a_name_nobody_else_knows(ocha_home: Path) -> None:
    info = gz.alias_table()["ابو حردوب"]
    assert info.ids and all(i.startswith("ocha:") for i in info.ids)


def test_town_stays_put_among_villages_near_the_namesake(ocha_home: Path) -> None:
    # the article's other places (الباب، منبج) lie nearer OCHA's village عفرين than the town of Afrin
    e = _place("قصفت المدفعية التركية مدينة عفرين، فيما وصلت تعزيزات إلى الباب ومنبج شرقي حلب.", "عفرين")
    assert haversine_km(e["lat"], e["lon"], 36.51, 36.87) < 25


def test_imported_village_is_geocoded_in_text(ocha_home: Path) -> None:
    e = _place("دارت اشتباكات عنيفة في بلدة أبو حردوب بريف دير الزور الشرقي.", "أبو حردوب")
    assert haversine_km(e["lat"], e["lon"], 34.85, 40.63) < 25


def test_pack_stands_for_an_imported_village_at_the_same_place(plain_home: None, tmp_path: Path) -> None:
    home = tmp_path / "home"
    mp = pytest.MonkeyPatch()
    mp.setenv("MARSAD_HOME", str(home))
    try:
        place_stage.reset()
        csv_path = tmp_path / "villages.csv"
        csv_path.write_text("pcode,name_en,name_ar,lat,lon\nV1,Manbij village,منبج,36.56,37.99\n", "utf-8")
        gz.import_gazetteer(csv_path, name="villages")
        info = gz.alias_table()["منبج"]
        assert info.ids == ("sy-manbij",)
    finally:
        mp.undo()
        place_stage.reset()


# ------------------------------------------------------------------ words read as places (unseen ANT articles)


def _places(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Place mention text → (name, country) of its entity."""
    rec = marsad.analyze(text, published="2018-06-01").to_dict()
    return {m["text"]: (e["name"], e.get("country")) for e in rec["entities"] if e["type"] == "place"
            for m in e["mentions"]}


def test_feminine_adjective_after_a_cue_noun_is_no_village(ocha_home: Path) -> None:
    found = _places("تسيطر الجماعة على منطقة صغيرة في ريف حلب الشرقي منذ أشهر.")
    assert "صغيرة" not in found


def test_common_word_far_from_the_articles_places_is_no_foreign_city(plain_home: None) -> None:
    # سيول 'floods' in a report on a cyclone over Oman: Seoul lies 6,000 km away and nothing names Korea
    found = _places("ضرب الإعصار ولاية ظفار في سلطنة عمان، وأدى إلى سيول جرفت السيارات في شوارع صلالة.")
    assert "صلالة" in found
    assert "سيول" not in found
    # hills overlooking a Yemeni district are not the Israeli town of Metula
    found = _places("سيطرت القوات على التلال الغربية المطلة على مركز مديرية باقم بمحافظة صعدة.")
    assert "المطلة" not in found


def test_common_word_place_stands_near_the_articles_places_or_alone(plain_home: None) -> None:
    found = _places("وصل المبعوث الأمريكي إلى سيول لبحث الملف النووي مع المسؤولين الكوريين.")
    assert found.get("سيول", (None, None))[1] == "KR"
    found = _places("قصف طيران التحالف مواقع للتنظيم في القائم قرب البوكمال على الحدود السورية العراقية.")
    assert found.get("القائم", (None, None))[1] == "IQ"


def test_central_america_is_not_the_united_states(plain_home: None) -> None:
    found = _places("تواجه دول أمريكا الوسطى موجة هجرة غير مسبوقة نحو الشمال.")
    name, cc = found["دول أمريكا الوسطى"] if "دول أمريكا الوسطى" in found else found["أمريكا الوسطى"]
    assert name == "Central America" and cc != "US"


def test_new_south_wales_is_not_wales(plain_home: None) -> None:
    found = _places("أتت الحرائق على عشرات المنازل في ولاية نيو ساوث ويلز جنوب شرقي أستراليا.")
    countries = {cc for _, cc in found.values()}
    assert "GB" not in countries
    assert any(name == "New South Wales" for name, _ in found.values())


def test_sahel_area_is_not_the_syrian_coast(plain_home: None) -> None:
    found = _places("قال سفير فرنسا في منطقة الساحل بغرب إفريقيا إن الهجوم على العاصمة واغادوغو كان منسقا.")
    assert all(cc != "SY" for _, cc in found.values())


def test_word_with_lam_after_a_cue_noun_is_no_village(ocha_home: Path) -> None:
    found = _places("اقترح التقرير إنشاء مناطق لزراعة القمح في سهل الغاب بريف حماة.")
    assert "لزراعة" not in found and "زراعة" not in found


def test_imported_village_of_a_country_the_article_does_not_name_keeps_no_point(ocha_home: Path) -> None:
    rec = marsad.analyze("مثل القس أمام محكمة علي آغا شمال مدينة إزمير غربي تركيا.", published="2018-10-12")
    for e in rec.to_dict()["entities"]:
        if e["type"] == "place" and any(m["text"] == "علي آغا" for m in e["mentions"]):
            assert e.get("country") != "SY"


def test_the_country_of_albilad_follows_the_actors_when_no_place_names_one(plain_home: None) -> None:
    rec = marsad.analyze("قال رئيس الوزراء الياباني شينزو آبي إن الزلزال الذي ضرب شمالي البلاد فجر الخميس خلف قتلى.",
                         published="2018-09-06").to_dict()
    north = [e for e in rec["entities"] if e["type"] == "place" and any("البلاد" in m["text"] for m in e["mentions"])]
    assert north and all(e.get("country") == "JP" for e in north)


def test_a_preposition_on_a_common_word_after_a_place_noun_starts_no_name(plain_home: None) -> None:
    found = _places("شارك الفنانون في رسم حي لشخصيات معروفة، وانطفأت الأنوار في مدينة بجزيرة هوكايدو اليابانية.")
    assert not any(t.startswith(("حي ل", "حيّ ل", "مدينة ب")) for t in found)


def test_places_of_2018_news_the_pack_lacked(plain_home: None) -> None:
    found = _places("انهار جسر في مدينة جنوى الإيطالية، فيما التقى الزعيمان في قرية بانمونجوم الحدودية، "
                    "وأنقذ الغواصون الفتية في منطقة شيانغ راي التايلندية.")
    names = {name for name, _ in found.values()}
    assert {"Genoa", "Panmunjom", "Chiang Rai"} <= names


def test_mleiha_al_atash_is_not_damascus_mleiha(plain_home: None) -> None:
    e = _place("سيطرت قوات النظام على بلدتي بصر الحرير ومليحة العطش في ريف درعا الشرقي.", "مليحة العطش")
    assert haversine_km(e["lat"], e["lon"], 32.83, 36.31) < 25


def test_the_big_picture_is_no_town(plain_home: None) -> None:
    found = _places("علينا أن نرى الصورة الكبيرة لما يجري في طهران وأصفهان.")
    assert "الصورة الكبيرة" not in found
