"""Framing, round 14b: an occupied place's occupier is the state; an epithet right after a claim's teller; a
designation that lists its objects after a colon; idea nouns; a patron's possessed proxies. Sentences written for
these tests."""

from __future__ import annotations

import marsad
from tests.conftest import framing_pairs


def frames(text: str, published: str = "2019-06-01") -> list[tuple[str, str | None]]:
    return framing_pairs(text, published)


def test_an_occupied_place_aims_at_the_state_its_police_nisba_names_not_the_police() -> None:
    got = frames("واقتحمت الشرطة الإسرائيلية منازل في حي سلوان بالقدس المحتلة فجر اليوم واعتقلت أربعة شبان.")
    assert ("المحتلة", "israel") in got
    assert ("المحتلة", "israel-police") not in got


def test_the_state_added_for_an_occupied_place_has_the_nisba_as_its_mention() -> None:
    art = marsad.analyze("وأغلقت الشرطة الإسرائيلية أبواب المسجد في القدس المحتلة أمام المصلين.",
                         published="2019-06-01").to_dict()
    israel = next(e for e in art["entities"] if e.get("ref") == "israel" or e["name"] == "Israel")
    assert [m["text"] for m in israel["mentions"]] == ["الإسرائيلية"]
    assert any(f["term"] == "المحتلة" and f["target"] == israel["id"] for f in art["framing"])


def test_an_occupied_place_with_only_the_army_named_by_a_loaded_alias_takes_the_army() -> None:
    assert ("المحتل", "idf") in frames("وأطلق جيش الاحتلال قنابل الغاز على المزارعين قرب مجدل شمس في الجولان المحتل.")


def test_an_occupied_place_never_falls_on_an_intelligence_service() -> None:
    got = frames("واعتقل جهاز الشاباك طالبين جامعيين من القدس المحتلة بعد مداهمة منزليهما.")
    assert ("المحتلة", "shin-bet") not in got


def test_the_state_named_itself_stays_the_occupier() -> None:
    got = frames("وقالت إسرائيل إن الشرطة اعتقلت مشتبها به في القدس المحتلة مساء الأحد.")
    assert ("المحتلة", "israel") in got


def test_an_epithet_right_after_the_teller_of_a_claim_is_the_outlets_word_for_it() -> None:
    assert ("الإرهابية", "al-shabaab") in frames("وتبنت حركة الشباب الإرهابية التفجير الذي استهدف فندقا في مقديشو.")
    assert ("المتطرفة", "al-shabaab") in frames(
        "وأعلنت #حركة_الشباب المتطرفة عبر إذاعتها مسؤوليتها عن الهجوم على القاعدة في مقديشو.")


def test_the_tellers_own_hostile_word_inside_its_claim_still_is_not_aimed_at_it() -> None:
    got = frames("وقالت حركة الشباب في بيان إن الإرهابيين الحقيقيين هم جنود الحكومة في مقديشو.")
    assert ("الإرهابيين", "al-shabaab") not in got


def test_a_designation_of_a_plain_noun_aims_at_the_groups_its_colon_lists() -> None:
    got = frames('ووجهت المحكمة إلى الناشط تهمة دعم منظمات تعتبرها الحكومة "إرهابية": داعش وجبهة النصرة '
                 "ووحدات حماية الشعب الكردية.")
    assert {("إرهابية", "isis"), ("إرهابية", "nusra"), ("إرهابية", "ypg")} <= set(got)


def test_a_designation_with_no_colon_after_it_is_unchanged() -> None:
    got = frames('وتقاتل وحدات حماية الشعب الكردية التي تصنفها أنقرة "إرهابية" تنظيم داعش في دير الزور.')
    assert ("إرهابية", "ypg") in got and ("إرهابية", "isis") not in got


def test_an_extremist_reading_or_discourse_labels_no_group() -> None:
    assert frames("وتريد حركة الشباب أن تحكم الصومال وفق تفسيرها المتشدد للدين بعد طرد القوات الأفريقية.") == []
    got = frames("وناقش المؤتمر سبل مواجهة الخطاب الجهادي في المدارس بعد هزيمة تنظيم داعش في الموصل.")
    assert ("الجهادي", "isis") not in got


def test_a_patrons_possessed_proxies_are_the_collective_of_its_militias() -> None:
    assert frames("وتواصل إيران تهريب السلاح إلى وكلائها في سوريا ولبنان.") == [
        ("وكلائها", "iran-backed-militias")]
    assert frames("وتستخدم طهران أذرعها في العراق للضغط على واشنطن.") == [("أذرعها", "iran-backed-militias")]


def test_the_collective_already_named_is_the_one_the_possessed_proxies_take() -> None:
    got = frames("وقصفت الميليشيات الإيرانية قرى في ريف البوكمال، فيما تواصل إيران نقل السلاح إلى أذرعها.")
    assert ("أذرعها", "iran-backed-militias") in got and ("أذرعها", "iran") not in got


def test_a_patron_with_no_known_collective_keeps_the_proxy_term() -> None:
    assert frames("ويواصل حزب الله تدريب أذرعه في جنوب سوريا.") == [("أذرعه", "hezbollah")]


def test_the_bare_occupied_territories_are_israels_where_the_article_names_israel() -> None:
    assert ("المحتلة", "israel") in frames("وتواصل إسرائيل هدم المنازل في الأراضي المحتلة رغم الانتقادات الدولية.")
    assert frames("وشارك آلاف في مسيرات داخل الأراضي المحتلة إحياء لذكرى النكبة.") == []


def test_the_bare_occupied_territories_are_no_one_elses() -> None:
    got = frames("وقال ناشطون أكراد إن تركيا تواصل تهجير السكان من الأراضي المحتلة في ريف حلب.")
    assert ("المحتلة", "turkey") not in got and ("المحتلة", "israel") not in got


def test_a_plain_mention_of_land_does_not_name_an_occupied_area_for_a_bare_occupation_word() -> None:
    # عفرين names Turkey as the one occupier; الأراضي الزراعية must not add Israel beside it
    text = ("وقالت إسرائيل إنها لن تتدخل في الشمال السوري. وفي عفرين اقتلعت فصائل موالية لتركيا أشجار الزيتون "
            "في الأراضي الزراعية، وقال الأهالي إن الاحتلال يريد تهجيرهم.")
    assert ("الاحتلال", "turkey") in frames(text)
