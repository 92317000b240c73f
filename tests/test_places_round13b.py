"""Places, round 13b: «البلاد» in an article whose only place country is where its actors meet (a venue of
talks or a summit, with no actor of its own) is their country, not the venue's (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from tests.conftest import place_entity


@pytest.mark.parametrize(("text", "surface", "country"), [
    # a summit venue named once; the capital speaks for its state just before «البلاد»
    ("ألغى الرئيس الأمريكي القمة التي كانت مقررة في سنغافورة. وأعلنت بيونغ يانغ أنها فجرت أنفاق موقع "
     "التجارب النووية في شمال شرق البلاد.", "شمال شرق البلاد", "KP"),
    # talks in Geneva; the Syrian side speaks of its own country
    ("بدأت في جنيف جولة جديدة من المفاوضات. وقال رئيس وفد المعارضة إن قوات النظام السوري تواصل قصف "
     "المدنيين في شمال البلاد.", "شمال البلاد", "SY"),
    ("اجتمع وزراء الخارجية في أستانا لبحث الأزمة. وقالت الحكومة اليمنية إن ميليشيا الحوثي تحشد قواتها "
     "في غرب البلاد.", "غرب البلاد", "YE"),
])
def test_bilad_is_not_the_venue(text: str, surface: str, country: str) -> None:
    assert place_entity(text, surface)["country"] == country


@pytest.mark.parametrize(("text", "surface", "country"), [
    # a home country's town is where the war is, whoever speaks of it
    ("قتل عشرة مدنيين في قصف على إدلب. وقالت روسيا إن طائراتها قصفت مواقع المسلحين في شمال البلاد.",
     "شمال البلاد", "SY"),
    # the sentence of «البلاد» names the venue's country itself: it is that country
    ("وصل وفد كوريا الشمالية إلى سنغافورة حيث تعرضت مناطق في شمال البلاد لأمطار غزيرة.", "شمال البلاد", "SG"),
    # a country whose places are named often is the article's, even with foreign actors only
    ("زار وزير الخارجية الروسي تركيا. وتجول في أنقرة ثم زار إسطنبول وإزمير، وقال إن الأمطار أغرقت مناطق في "
     "شمال البلاد.", "شمال البلاد", "TR"),
])
def test_bilad_keeps_the_article_country(text: str, surface: str, country: str) -> None:
    assert place_entity(text, surface)["country"] == country


@pytest.mark.parametrize(("text", "name_ar_end", "country"), [
    # a village no table knows, named by a verb of naming and placed by the countryside after it
    ("اقتحم مسلحون قرية تدعى أم الكراميل في ريف حلب الجنوبي وخطفوا ثلاثة رعاة.", "أم الكراميل", "SY"),
    ("نزح الأهالي من بلدة يطلق عليها الحمرا في ريف حماة الشرقي بعد القصف.", "الحمرا", "SY"),
])
def test_naming_verb_introduces_the_name(text: str, name_ar_end: str, country: str) -> None:
    import marsad

    rec = marsad.analyze(text, published="2018-06-01").to_dict()
    found = [e for e in rec["entities"] if e["type"] == "place" and (e.get("name_ar") or "").endswith(name_ar_end)]
    assert found and found[0]["country"] == country and found[0]["lat"] is not None


@pytest.mark.parametrize("text", [
    "أعلن صلاح الدين ديمرتاش زعيم حزب الشعوب الديمقراطي ترشحه للرئاسة من سجنه.",
    "قال المحامي إن صلاح الدين دميرطاش ما زال معتقلا منذ عامين.",
])
def test_demirtas_spellings_are_no_governorate(text: str) -> None:
    import marsad

    rec = marsad.analyze(text, published="2018-06-01").to_dict()
    assert not [e for e in rec["entities"] if e["type"] == "place"]


def test_salahuddin_governorate_stays() -> None:
    assert place_entity("قتل جنديان في هجوم شنه مسلحون في محافظة صلاح الدين شمالي بغداد.",
                        "محافظة صلاح الدين")["country"] == "IQ"


def test_quarter_lies_in_the_one_city_of_the_article() -> None:
    # a quarter no table knows, named a sentence after the only city of the article
    e = place_entity("قالت الشرطة إن انفجارا وقع في بغداد صباح اليوم. وأضافت أن مسلحين هاجموا منزلا في حي "
                     "الزهيرات وقتلوا رجلا.", "حي الزهيرات")
    assert e["country"] == "IQ" and abs(e["lat"] - 33.31) < 0.2 and abs(e["lon"] - 44.36) < 0.2


def test_quarter_of_two_cities_stays_unplaced() -> None:
    e = place_entity("قصفت الطائرات مدينة حلب ومدينة إدلب صباح اليوم. وقال ناشطون إن القصف طال حي الزهيرات.",
                     "حي الزهيرات")
    assert e.get("lat") is None
