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


def test_opening_dateline_with_tatweel_dash(no_pack: None) -> None:
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
    t = time.perf_counter()
    run(text)
    assert time.perf_counter() - t < 2.0
