"""The metadata stage: outlet, author, dateline and furniture from the text and from what the reader gave."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from marsad import packs, pipeline
from marsad.errors import MarsadError
from marsad.stages import metadata as md

SHARED = Path(__file__).resolve().parents[2] / "shared"

BODY = ("قالت مصادر محلية إن قصفاً مدفعياً استهدف أطراف بلدة في الريف الجنوبي صباح اليوم، ما أدى إلى أضرار في "
        "منازل المدنيين وخروج مدرسة عن الخدمة.")
BODY2 = ("وأضافت المصادر أن فرق الدفاع المدني وصلت إلى المكان بعد ساعة من القصف وأن الأهالي نزحوا نحو القرى "
         "المجاورة.")

TINY_PACK = [
    {"id": "sana", "name": "SANA", "name_ar": "سانا", "kind": "agency", "country": "SY",
     "aliases": ["وكالة سانا", "الوكالة العربية السورية للأنباء"], "domains": ["sana.sy"]},
    {"id": "aljazeera", "name": "Al Jazeera", "name_ar": "الجزيرة نت", "kind": "website",
     "aliases": [{"text": "الجزيرة", "requires": "cue"}], "domains": ["aljazeera.net"]},
    {"id": "alaraby", "name": "The New Arab", "name_ar": "العربي الجديد", "kind": "newspaper",
     "aliases": [], "domains": ["alaraby.co.uk"]},
    {"id": "sy24", "name": "SY24", "name_ar": "SY24", "kind": "website", "aliases": [],
     "signatures": ["خاص - SY24"], "domains": ["sy-24.com"]},
    {"id": "skynews-ar", "name": "Sky News Arabia", "name_ar": "سكاي نيوز عربية", "kind": "tv",
     "aliases": ["skynews"], "domains": ["skynewsarabia.com"]},
    {"id": "cnn-ar", "name": "CNN Arabic", "name_ar": "سي إن إن بالعربية", "kind": "tv",
     "aliases": ["CNN"], "domains": ["arabic.cnn.com"]},
]


@pytest.fixture
def tiny_pack(monkeypatch: pytest.MonkeyPatch) -> None:
    entries = tuple(packs.entry_from_dict(d, "outlet") for d in TINY_PACK)
    real = packs.entity_pack

    def fake(name: str) -> Any:
        return entries if name == "outlets" else real(name)

    monkeypatch.setattr(packs, "entity_pack", fake)


@pytest.fixture
def no_pack(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(name: str) -> Any:
        raise MarsadError("E201", pack=name)

    monkeypatch.setattr(packs, "entity_pack", missing)


def run(text: str, **kw: Any) -> pipeline.Doc:
    given = kw.pop("given", {})
    doc = pipeline.make_doc(text, given=given, **kw)
    md.run(doc)
    for a, b in doc.furniture:
        assert 0 <= a < b <= len(doc.text)
    return doc


def furniture_text(doc: pipeline.Doc) -> list[str]:
    return [doc.text[a:b] for a, b in doc.furniture]


# ------------------------------------------------------------------ the seeds against their gold


def _gold() -> dict[str, dict[str, Any]]:
    f = SHARED / "eval" / "seeds.gold.jsonl"
    if not f.exists():
        pytest.skip("shared gold not available")
    out = {}
    for line in f.read_text("utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            out[Path(d["source_file"]).stem[:3]] = d
    return out


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_seed_metadata_matches_gold(seed: str, tiny_pack: None) -> None:
    gold = _gold()[seed]
    f = next((SHARED / "seeds").glob(f"{seed}_*.txt"))
    doc = run(f.read_text("utf-8"))
    assert (doc.outlet.name if doc.outlet else None) == gold["outlet"]
    assert doc.author == gold["author"]
    assert doc.dateline == gold["dateline"]


def test_seeds_without_any_pack(no_pack: None) -> None:
    """Signatures, bylines and cue-noun trailers need no pack."""
    by_seed = {f.name[:3]: run(f.read_text("utf-8")) for f in sorted((SHARED / "seeds").glob("*.txt"))}
    if not by_seed:
        pytest.skip("seeds not available")
    assert by_seed["002"].outlet is not None and by_seed["002"].outlet.name == "صحيفة الوطن"
    assert by_seed["002"].author == "خالد زنكلو" and by_seed["002"].dateline == "حلب"
    assert by_seed["003"].outlet is not None and by_seed["003"].outlet.name == "SY24"
    assert by_seed["000"].outlet is None and by_seed["001"].outlet is None


# ------------------------------------------------------------------ patterns


def test_source_list_is_furniture_not_outlet(tiny_pack: None) -> None:
    doc = run(f"{BODY}\n{BODY2}\nمصادر:\n- الجزيرة نت\n- شبكة محلية\n- الصحفي سامر الأحمد")
    assert doc.outlet is None and doc.author is None
    assert furniture_text(doc) == ["مصادر:\n- الجزيرة نت\n- شبكة محلية\n- الصحفي سامر الأحمد"]


def test_outlet_cited_in_the_body_is_not_the_publisher(tiny_pack: None) -> None:
    cited = "أفادت مصادر أمنية للجزيرة نت بأن اشتباكات اندلعت قرب الحدود مساء أمس بين مجموعات مسلحة."
    doc = run(f"{cited}\n{BODY2}")
    assert doc.outlet is None


def test_place_dash_agency_signature(tiny_pack: None) -> None:
    doc = run(f"عنوان الخبر هنا\nدمشق - سانا\n{BODY}\n{BODY2}")
    assert doc.outlet is not None and doc.outlet.ref == "sana" and doc.outlet.how == "signature"
    assert doc.dateline == "دمشق" and doc.author is None
    assert "دمشق - سانا" in furniture_text(doc)


def test_agency_in_parentheses_at_the_end(tiny_pack: None) -> None:
    doc = run(f"{BODY}\n{BODY2}\n(سانا)")
    assert doc.outlet is not None and doc.outlet.ref == "sana"
    assert furniture_text(doc) == ["(سانا)"]


def test_unknown_parenthesised_word_at_the_end_is_not_an_outlet(tiny_pack: None) -> None:
    assert run(f"{BODY}\n{BODY2}\n(يتبع)").outlet is None


def test_opening_dateline_with_tatweel_dash() -> None:
    doc = run(f"بيروت ـ {BODY}\n{BODY2}")
    assert doc.dateline == "بيروت" and doc.outlet is None


def test_opening_dateline_with_agency(tiny_pack: None) -> None:
    doc = run(f"دبي، الإمارات العربية المتحدة (CNN)— {BODY}\n{BODY2}")
    assert doc.dateline == "دبي"
    assert doc.outlet is not None and doc.outlet.ref == "cnn-ar"


def test_headline_with_a_dash_is_not_a_dateline(no_pack: None) -> None:
    doc = run(f"إدلب - قصف مدفعي على بلدة\n{BODY}\n{BODY2}")
    assert doc.dateline is None and doc.author is None


def test_byline_with_cue(no_pack: None) -> None:
    doc = run(f"عنوان الخبر هنا\nبقلم: سامر الأحمد\n{BODY}\n{BODY2}")
    assert doc.author == "سامر الأحمد"
    assert "بقلم: سامر الأحمد" in furniture_text(doc)


def test_byline_place_and_person(no_pack: None) -> None:
    doc = run(f"عنوان الخبر هنا\n| درعا- سامر الأحمد\n{BODY}\n{BODY2}")
    assert doc.author == "سامر الأحمد" and doc.dateline == "درعا"


@pytest.mark.parametrize("line, author, dateline", [
    ("حمص - عبد الرحمن الخطيب", "عبد الرحمن الخطيب", "حمص"),  # a compound given name
    ("دير الزور – محمد العلي", "محمد العلي", "دير الزور"),
    ("حمص - قصف عنيف", None, None),  # a headline: no given name
    ("دمشق - مجلس الوزراء", None, None),  # an organisation
])
def test_place_and_person_as_the_very_first_line(line: str, author: str | None, dateline: str | None,
                                                  no_pack: None) -> None:
    doc = run(f"{line}\n{BODY}\n{BODY2}")
    assert doc.author == author and doc.dateline == dateline


def test_special_signature_without_pack(no_pack: None) -> None:
    doc = run(f"عنوان\n\nخاص - SY24\n\n{BODY}")
    assert doc.outlet is not None and doc.outlet.name == "SY24" and doc.outlet.how == "signature"


def test_place_dash_special_is_a_dateline(no_pack: None) -> None:
    doc = run(f"عنوان الخبر هنا\nإدلب - خاص\n{BODY}\n{BODY2}")
    assert doc.dateline == "إدلب" and doc.outlet is None


def test_trailing_outlet_from_pack_and_masthead(tiny_pack: None) -> None:
    doc = run(f"{BODY}\n{BODY2}\nالعربي الجديد")
    assert doc.outlet is not None and doc.outlet.how == "trailer" and doc.outlet.ref == "alaraby"
    doc = run(f"العربي الجديد\n{BODY}\n{BODY2}")
    assert doc.outlet is not None and doc.outlet.how == "masthead"


def test_boilerplate_left_in_the_text_is_furniture(no_pack: None) -> None:
    doc = run(f"Facebook\nTwitter\n{BODY}\nزر الذهاب إلى الأعلى\nصحيفة الثورة")
    assert doc.outlet is not None and doc.outlet.name == "صحيفة الثورة"
    assert furniture_text(doc) == ["Facebook", "Twitter", "زر الذهاب إلى الأعلى", "صحيفة الثورة"]


# ------------------------------------------------------------------ what the reader gave


def test_given_outlet_is_resolved_in_the_pack(tiny_pack: None) -> None:
    doc = run(BODY, given={"outlet": "skynews", "dateline": "أبوظبي"})
    assert doc.outlet is not None and doc.outlet.ref == "skynews-ar" and doc.outlet.name == "سكاي نيوز عربية"
    assert doc.outlet.how == "given" and doc.dateline == "أبوظبي"


def test_given_outlet_beats_a_signature(tiny_pack: None) -> None:
    doc = run(f"دمشق - سانا\n{BODY}", given={"outlet": "العربي الجديد"})
    assert doc.outlet is not None and doc.outlet.ref == "alaraby"
    assert doc.dateline == "دمشق"


def test_url_domain(tiny_pack: None) -> None:
    doc = run(BODY, url="https://www.sy-24.com/news/123")
    assert doc.outlet is not None and doc.outlet.ref == "sy24" and doc.outlet.how == "url"


def test_unknown_given_outlet_is_kept_as_given(tiny_pack: None) -> None:
    doc = run(BODY, given={"outlet": "موقع محلي", "sitename": "موقع محلي"})
    assert doc.outlet is not None and doc.outlet.name == "موقع محلي" and doc.outlet.how == "html"
    assert doc.outlet.ref is None


def test_given_author_that_is_the_site_name_is_ignored(no_pack: None) -> None:
    doc = run(f"عنوان\nبقلم: سامر الأحمد\n{BODY}", given={"outlet": "موقع محلي", "author": "موقع محلي"})
    assert doc.author == "سامر الأحمد"
    doc = run(BODY, given={"author": "ليلى حسن"})
    assert doc.author == "ليلى حسن"


def test_no_pack_at_all_is_fine(no_pack: None) -> None:
    doc = run(BODY, given={"outlet": "skynews"}, url="https://sana.sy/x")
    assert doc.outlet is not None and doc.outlet.name == "skynews" and doc.outlet.ref is None


def test_long_lines_are_cheap(no_pack: None) -> None:
    import time

    text = "قصف " * 250_000 + "\n" + "ا" * 1_000_000
    t = time.process_time()
    run(text)
    assert time.process_time() - t < 2.0


# ------------------------------------------------------------------ publication dates written in the text

TITLE = "حملة دهم واعتقالات في ريف المدينة الشرقي ونزوح مئات المدنيين"
RELATIVE = ("شنت قوات الأمن أمس الثلاثاء حملة دهم واعتقالات واسعة في ثلاث بلدات بريف المدينة الشرقي، وفق ما "
            "أفادت مصادر محلية.")


@pytest.mark.parametrize(("line", "expected"), [
    ("الأربعاء 17 نيسان 2024", "2024-04-17"),
    ("17 أبريل 2024", "2024-04-17"),
    ("حزيران 13, 2022", "2022-06-13"),
    ("حزيران 13, 2022 - 10:30 ص", "2022-06-13"),
    ("نُشر في 3/5/2023", "2023-05-03"),
    ("تاريخ النشر: 2023-05-03", "2023-05-03"),
    ("آخر تحديث: 14 تشرين الأول 2025 الساعة 10:30 بتوقيت دمشق", "2025-10-14"),
])
def test_date_line_under_the_title(line: str, expected: str, tiny_pack: None) -> None:
    doc = run(f"{TITLE}\n\n{line}\n\n{BODY}\n{BODY2}")
    assert doc.published is not None and doc.published.isoformat() == expected
    assert doc.given["published_from"] == "text"
    assert line in furniture_text(doc)


def test_date_line_at_the_end_with_an_outlet_before_it(tiny_pack: None) -> None:
    doc = run(f"{TITLE}\n\n{BODY}\n{BODY2}\n\nالنهرين برس - 9 آذار 2024")
    assert doc.published is not None and doc.published.isoformat() == "2024-03-09"
    assert doc.outlet is not None and doc.outlet.name == "النهرين برس"
    assert doc.author is None
    assert "النهرين برس - 9 آذار 2024" in furniture_text(doc)


def test_date_line_at_the_end_with_a_place_before_it(tiny_pack: None) -> None:
    doc = run(f"{TITLE}\n\n{BODY}\n{BODY2}\n\nالحسكة – 28 أيار 2023")
    assert doc.published is not None and doc.published.isoformat() == "2023-05-28"
    assert doc.dateline == "الحسكة"


def test_dates_inside_the_body_are_not_the_publication_date(tiny_pack: None) -> None:
    body = ("وقالت المصادر إن الهجوم وقع في 17 نيسان 2024 قرب الحاجز الرئيسي للبلدة، وإن عدداً من المدنيين "
            "أصيبوا بجروح.")
    doc = run(f"{TITLE}\n\n{BODY}\n{body}\n{BODY2}\n17 نيسان 2024 كان يوماً دامياً في البلدة")
    assert doc.published is None and "published_from" not in doc.given


def test_a_line_that_says_more_than_a_date_is_not_a_date_line() -> None:
    assert md.date_line("قصف على البلدة في 17 نيسان 2024") is None
    assert md.date_line("وقتل 17 شخصا في نيسان 2024") is None
    assert md.date_line("الأربعاء 17 نيسان") is None  # no year: not a publication date
    assert md.date_line("17 نيسان 2024")[0].isoformat() == "2024-04-17"  # type: ignore[index]


def test_given_published_date_is_kept(tiny_pack: None) -> None:
    from datetime import date

    doc = run(f"{TITLE}\n\nالأربعاء 17 نيسان 2024\n\n{BODY}", published=date(2024, 4, 18))
    assert doc.published == date(2024, 4, 18) and "published_from" not in doc.given
    assert "الأربعاء 17 نيسان 2024" in furniture_text(doc)  # still not body


def test_relative_dates_resolve_against_the_date_line(tiny_pack: None) -> None:
    from marsad.stages import times

    doc = run(f"{TITLE}\n\nالأربعاء 17 نيسان 2024\n\n{RELATIVE}")
    times.run(doc)
    assert [(t.text, t.date) for t in doc.times] == [("أمس الثلاثاء", "2024-04-16")]


# ------------------------------------------------------------------ bylines


def test_byline_with_a_slash(tiny_pack: None) -> None:
    doc = run(f"{TITLE}\n\nالمدينة/ روجين حسو\n\n{BODY}\n{BODY2}")
    assert doc.author == "روجين حسو" and doc.dateline == "المدينة"
    assert "المدينة/ روجين حسو" in furniture_text(doc)


def test_byline_name_stops_at_the_line_break(tiny_pack: None) -> None:
    doc = run(f"{TITLE}\n\n| المدينة- نادر السالم\n\nشنّت {RELATIVE[4:]}")
    assert doc.author == "نادر السالم"
    span = next((a, b) for a, b in doc.furniture if "نادر" in doc.text[a:b])
    assert doc.text[span[0] : span[1]] == "| المدينة- نادر السالم"


def test_place_outlet_and_author(tiny_pack: None) -> None:
    doc = run(f"{TITLE}\n\nبيروت - «الأفق العربي» - سلمى نادر\n\n{BODY}\n{BODY2}")
    assert doc.outlet is not None and doc.outlet.name == "الأفق العربي" and doc.outlet.how == "signature"
    assert doc.author == "سلمى نادر" and doc.dateline == "بيروت"


@pytest.mark.parametrize("name", ["المرصد الأهلي", "مركز التوثيق المحلي", "شبكة أخبار الشرق", "وكالة الأنباء المحلية",
                                  "منظمة العدالة", "هيئة الإغاثة", "موقع البلدة"])
def test_an_outlet_or_organisation_is_never_the_author(name: str, tiny_pack: None) -> None:
    doc = run(f"{TITLE}\n\nحلب - {name}\n\n{BODY}\n{BODY2}")
    assert doc.author is None
    assert doc.dateline == "حلب"
    doc = run(f"{TITLE}\n\n| حلب - {name}\n\n{BODY}\n{BODY2}")
    assert doc.author is None
    doc = run(f"{BODY}\n{BODY2}", given={"author": name})
    assert doc.author is None


def test_place_dash_observatory_is_the_outlet(tiny_pack: None) -> None:
    doc = run(f"{TITLE}\n\nحلب - المرصد الأهلي\n\n{BODY}\n{BODY2}")
    assert doc.outlet is not None and doc.outlet.name == "المرصد الأهلي"


# ------------------------------------------------------------------ state-agency openers


@pytest.mark.parametrize("opener", ["دمشق-سانا", "دمشق - سانا", "دمشق ـ سانا"])
def test_state_agency_signature_line(opener: str, tiny_pack: None) -> None:
    doc = run(f"{TITLE}\n\n{opener}\n\n{BODY}\n{BODY2}")
    assert doc.outlet is not None and doc.outlet.ref == "sana"
    assert doc.dateline == "دمشق"


@pytest.mark.parametrize("opener", ["دمشق-سانا", "دمشق - سانا"])
def test_state_agency_signature_line_with_the_real_pack(opener: str) -> None:
    doc = run(f"{TITLE}\n\n{opener}\n\n{BODY}\n{BODY2}")
    assert doc.outlet is not None and doc.outlet.ref == "sana"
    assert doc.dateline == "دمشق"


def test_state_agency_opening_the_first_paragraph(tiny_pack: None) -> None:
    doc = run(f"{TITLE}\n\nدمشق-سانا {BODY}\n{BODY2}")
    assert doc.outlet is not None and doc.outlet.ref == "sana" and doc.dateline == "دمشق"
    doc = run(f"{TITLE}\n\n(سانا) - {BODY}\n{BODY2}")
    assert doc.outlet is not None and doc.outlet.ref == "sana"


# ------------------------------------------------------------------ credit lines from TREC <AUTHOR>


@pytest.mark.parametrize(("byline", "author", "dateline"), [
    ("اليمن - سامر خليل", "سامر خليل", "اليمن"),
    ("اليمن-سامر خليل", "سامر خليل", "اليمن"),
    ("الأمم المتحدة - رويترز", None, "الأمم المتحدة"),
    ("أبوظبي - سكاي نيوز عربية", None, "أبوظبي"),
    ("دبي ـ العربية.نت", None, "دبي"),
    ("العربية.نت - سامر خليل", "سامر خليل", None),
    ("العربية.نت، وكالات", None, None),
    ("فرانس 24", None, None),
    ("نادية سالم", "نادية سالم", None),
    ("f30f0a5f-2167-4393-8471-59f3dfe502f7", None, None),
])
def test_credit_line_parts(byline: str, author: str | None, dateline: str | None) -> None:
    got_author, got_dateline, _ = md.parse_byline(byline)
    assert (got_author, got_dateline) == (author, dateline)


def test_trec_credit_and_source_resolve_with_the_real_pack() -> None:
    doc = run(BODY, given={"outlet": "CNN", "url": "https://arabic.cnn.com/middle-east/2018/02/18/x"})
    assert doc.outlet is not None and doc.outlet.ref == "cnn-arabic"
    doc = run(BODY, given={"outlet": "BBC", "url": "http://www.bbc.co.uk/arabic/x"})
    assert doc.outlet is not None and doc.outlet.ref == "bbc-arabic"
    doc = run(BODY, given={"outlet": "france24", "url": "http://www.france24.com/ar/x",
                           "byline": "نادية سالم"})
    assert doc.outlet is not None and doc.outlet.ref == "france24" and doc.author == "نادية سالم"
    doc = run(BODY, given={"outlet": "skynews", "url": "https://www.skynewsarabia.com/x",
                           "byline": "أبوظبي - سكاي نيوز عربية", "dateline": "أبوظبي"})
    assert doc.outlet is not None and doc.outlet.ref == "sky-news-arabia"
    assert doc.author is None and doc.dateline == "أبوظبي"
    doc = run(BODY, given={"outlet": "alarabia", "url": "https://www.alarabiya.net/x",
                           "byline": "دبي - العربية.نت", "dateline": "دبي"})
    assert doc.outlet is not None and doc.outlet.ref == "alarabiya-net" and doc.dateline == "دبي"


def test_reader_dateline_guess_is_overridden_by_the_credit_parse(tiny_pack: None) -> None:
    doc = run(BODY, given={"byline": "قناة الأفق - سامر خليل", "dateline": "قناة الأفق"})
    assert doc.dateline is None and doc.author == "سامر خليل"


def test_bare_forms_use_the_proclitics_in_the_pack() -> None:
    d = packs.load_json("bylines")
    assert d["bare_proclitics"] and d["bare_articles"] and d["name_abbreviations"]
    assert "مرصد" in md._bare_forms("والمرصد")
    assert "شبكه" in md._bare_forms("للشبكة")
    assert md._bare_forms("ولد") == {"ولد"}  # too short to lose a letter


def test_a_title_abbreviation_does_not_end_a_name() -> None:
    assert md._person("د. سامر الخطيب") == "د. سامر الخطيب"
    assert md._person("سامر. الخطيب") is None


def test_domain_lookup_takes_the_longest_domain_in_pack_order(monkeypatch: pytest.MonkeyPatch) -> None:
    pack = [dict(d) for d in TINY_PACK] + [
        {"id": "cnn", "name": "CNN", "name_ar": "سي إن إن", "kind": "tv", "aliases": [], "domains": ["cnn.com"]},
        {"id": "sana-web", "name": "SANA website", "name_ar": "موقع سانا", "kind": "website", "aliases": [],
         "domains": ["www.sana.sy", "sana.sy"]},
    ]
    entries = tuple(packs.entry_from_dict(d, "outlet") for d in pack)
    monkeypatch.setattr(packs, "entity_pack", lambda name: entries)
    refs = lambda host: [e.id for e in md._domain_entries(host)]  # noqa: E731
    assert refs("arabic.cnn.com") == ["cnn-ar"]
    assert refs("edition.cnn.com") == refs("cnn.com") == ["cnn"]
    assert refs("sana.sy") == ["sana", "sana-web"]
    assert refs("news.sana.sy") == ["sana", "sana-web"]
    assert refs("notcnn.com") == refs("com") == refs("") == []


# ------------------------------------------------------------------ credits of sites beyond the ANT corpus

BODY3 = ("ولم يصدر أي تعليق رسمي حتى ساعة إعداد هذا الخبر، في حين تتواصل التحذيرات من موجة نزوح جديدة مع اقتراب "
         "فصل الشتاء وارتفاع أسعار الوقود.")


@pytest.mark.parametrize(("credit", "ref", "name", "author", "dateline"), [
    ("تلفزيون سوريا - إسطنبول", "syria-tv", "تلفزيون سوريا", None, "إسطنبول"),
    ("عنب بلدي – حسام المحمود", "enab-baladi", "عنب بلدي", "حسام المحمود", None),
    ("عنب بلدي – درعا", "enab-baladi", "عنب بلدي", None, "درعا"),
    ("السورية نت - مراد الشامي", "alsouria-net", "السورية نت", "مراد الشامي", None),
    ("المدن - عرب وعالم", "almodon", "المدن", None, None),
    ("الخليج أونلاين - متابعات", "alkhaleej-online", "الخليج أونلاين", None, None),
    ("عربي21- وكالات", "arabi21", "عربي21", None, None),
    ("بغداد اليوم - ديالى", "baghdad-today", "بغداد اليوم", None, "ديالى"),
    ("بغداد اليوم - بغداد", "baghdad-today", "بغداد اليوم", None, "بغداد"),
    ("السومرية نيوز/ ديالى", "alsumaria", "السومرية نيوز", None, "ديالى"),
    ("الحرة / وكالات - دبي", "alhurra", "الحرة", None, "دبي"),
    ("أربيل (كوردستان24)", "kurdistan24", "كوردستان24", None, "أربيل"),
])
def test_credit_line_with_the_outlet_first(credit: str, ref: str, name: str, author: str | None,
                                           dateline: str | None) -> None:
    """The outlet's name before the dash: what follows is its author, a place the gazetteer knows, or a word
    that says neither (a section label, "متابعات"), never a dateline made of the outlet's name."""
    doc = run(f"{TITLE}\n{credit}\n{BODY}\n{BODY2}")
    assert doc.outlet is not None and (doc.outlet.ref, doc.outlet.name) == (ref, name)
    assert (doc.author, doc.dateline) == (author, dateline)


@pytest.mark.parametrize(("credit", "ref", "author", "dateline"), [
    ("بغداد: فاضل الكعبي", None, "فاضل الكعبي", "بغداد"),
    ("القامشلي (شمال شرقي سوريا): كمال حسين", None, "كمال حسين", "القامشلي"),
    ("لندن: «الشرق الأوسط»", "asharq-al-awsat", None, "لندن"),
    ("لندن، بيروت – «الحياة»", "alhayat", None, "لندن"),
])
def test_place_colon_credit_and_place_lists(credit: str, ref: str | None, author: str | None,
                                            dateline: str | None) -> None:
    doc = run(f"{TITLE}\n{credit}\n{BODY}\n{BODY2}")
    assert (doc.outlet.ref if doc.outlet else None) == ref
    assert (doc.author, doc.dateline) == (author, dateline)


@pytest.mark.parametrize("line", ["موسكو: لن نسمح بتكرار الهجوم", "أنقرة: الحدود مغلقة حتى إشعار آخر",
                                  "مصدر لـ«الشرق الأوسط»: الهدنة صامدة"])
def test_a_headline_with_a_colon_is_no_credit(line: str) -> None:
    doc = run(f"{TITLE}\n{line}\n{BODY}\n{BODY2}")
    assert (doc.outlet, doc.author, doc.dateline) == (None, None, None)
    doc = run(f"{line}\n{BODY}\n{BODY2}")
    assert (doc.outlet, doc.author, doc.dateline) == (None, None, None)


@pytest.mark.parametrize(("opening", "ref", "author", "dateline"), [
    ("إسطنبول/ الأناضول", "anadolu", None, "إسطنبول"),
    ("أنقرة/ محمد شيخ يوسف/ الأناضول", "anadolu", "محمد شيخ يوسف", "أنقرة"),
    ("شفق نيوز/", "shafaq", None, None),
    ("دمشق – «القدس العربي»:", "alquds-alarabi", None, "دمشق"),
    ("بغداد ـ «القدس العربي» من مصطفى العبيدي:", "alquds-alarabi", "مصطفى العبيدي", "بغداد"),
    ("أربيل (كوردستان24) –", "kurdistan24", None, "أربيل"),
    ("بيروت (رويترز) -", "reuters", None, "بيروت"),
    ("حمص-سانا", "sana", None, "حمص"),
])
def test_credit_opening_the_first_paragraph(opening: str, ref: str, author: str | None,
                                            dateline: str | None) -> None:
    doc = run(f"{TITLE}\n{opening} {BODY}\n{BODY2}")
    assert doc.outlet is not None and doc.outlet.ref == ref
    assert (doc.author, doc.dateline) == (author, dateline)


def test_an_agency_in_parentheses_keeps_its_written_case() -> None:
    doc = run(f"{TITLE}\nدبي، الإمارات العربية المتحدة (CNN)-- {BODY}\n{BODY2}")
    assert doc.outlet is not None and doc.outlet.name == "CNN" and doc.dateline == "دبي"


def test_a_subject_and_a_parenthesis_open_no_dateline() -> None:
    doc = run(f"{TITLE}\nقوات النظام - التي تنتشر في المنطقة منذ سنوات - قصفت أطراف البلدة صباح اليوم بعشرات "
              f"القذائف.\n{BODY2}")
    assert doc.dateline is None
    doc = run(f"{TITLE}\nشفق نيوز أفادت مصادر محلية بأن {BODY}\n{BODY2}")  # the outlet named, no slash: a source
    assert doc.outlet is None


@pytest.mark.parametrize(("line", "ref", "name"), [
    ("المصدر : الجزيرة + وكالات", "aljazeera", "الجزيرة"),
    ("المصدر: الميادين نت", "almayadeen", "الميادين نت"),
    ("المصدر: موقع المنار", "almanar", "موقع المنار"),
    ("المصدر: RT + وكالات", "rt-arabic", "RT"),
])
def test_a_site_crediting_itself_at_the_end(line: str, ref: str, name: str) -> None:
    doc = run(f"{TITLE}\n{BODY}\n{BODY2}\n{BODY3}\n{line}")
    assert doc.outlet is not None and (doc.outlet.ref, doc.outlet.name) == (ref, name)
    assert any(line in f for f in furniture_text(doc))


@pytest.mark.parametrize("line", ["المصدر: رويترز", "المصدر: وكالات", "المصدر: الأناضول",
                                  "المصدر: الجزيرة + رويترز + الأناضول + سانا"])
def test_an_agency_or_a_list_credited_at_the_end_is_a_source(line: str) -> None:
    """A news agency there is where the site copied the report from; several outlets, what it compiled."""
    doc = run(f"{TITLE}\n{BODY}\n{BODY2}\n{BODY3}\n{line}")
    assert doc.outlet is None


def test_signature_names_the_outlet_as_written() -> None:
    doc = run(f"{TITLE}\nقامشلو/ روجين أحمد\n{BODY}\n{BODY2}\n(ر ح)\nANHA")
    assert doc.outlet is not None and doc.outlet.ref == "hawar" and doc.outlet.name == "ANHA"
    assert (doc.author, doc.dateline) == ("روجين أحمد", "قامشلو")
    doc = run(f"{TITLE}\nالقنيطرة-سانا\n{BODY}\n{BODY2}")
    assert doc.outlet is not None and doc.outlet.name == "سانا" and doc.dateline == "القنيطرة"


@pytest.mark.parametrize(("line", "ref"), [
    ("جميع الحقوق محفوظة لموقع عنب بلدي © 2024", "enab-baladi"),
    ("© 2023 شفق نيوز. جميع الحقوق محفوظة", "shafaq"),
    ("جميع الحقوق محفوظة © 2024", None),
])
def test_a_copyright_line_names_the_publisher(line: str, ref: str | None) -> None:
    doc = run(f"{TITLE}\n{BODY}\n{BODY2}\n{line}")
    assert (doc.outlet.ref if doc.outlet else None) == ref


def test_a_credit_under_the_title_that_is_only_an_outlet_name() -> None:
    doc = run(f"{TITLE}\nإندبندنت عربية\n{BODY}\n{BODY2}")
    assert doc.outlet is not None and doc.outlet.ref == "independent-arabia"
    doc = run(f"{TITLE}\nالحدث\n{BODY}\n{BODY2}")  # also a common word: needs a cue
    assert doc.outlet is None


@pytest.mark.parametrize("text", [
    f"{TITLE}\nالأخبار - سوريا\n{BODY}\n{BODY2}",  # a section and a country: a breadcrumb, not a credit
    f"{TITLE}\n{BODY}\n{BODY2}\nالجزيرة - سوريا",
    f"{TITLE}\nدمشق: أحمد الخطيب يستقبل وفداً أممياً\n{BODY}\n{BODY2}",  # a subtitle, not a reporter
    f"{TITLE}\nالعالم - أخبار\n{BODY}\n{BODY2}",
])
def test_an_outlet_name_that_is_a_common_word_needs_a_credit_shape(text: str) -> None:
    doc = run(text)
    assert (doc.outlet, doc.author, doc.dateline) == (None, None, None)
