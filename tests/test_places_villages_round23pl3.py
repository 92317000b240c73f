"""Places, round 23 (PL3): a one-word village of the villages pack (villages_sy.jsonl) that is also a common word
of the corpus (زراعة، تشرين، حلول) counts after a settlement noun (place_cues settlement_nouns: قرية، بلدة،
مزرعة ...) and not after a broader place noun (منطقة، حي، مناطق), where it is the ordinary word, even in an
article that names the village's governorate (sentences written for these tests)."""

from __future__ import annotations

import pytest

import marsad
from marsad import gazetteer as gz


@pytest.fixture(autouse=True)
def _no_import(plain_home):  # type: ignore[no-untyped-def]
    yield


def _village_places(text: str, word: str) -> list[dict]:
    """The place entities of `text` with a mention holding `word` that stand for a villages-pack record."""
    doc = marsad.analyze(text, published="2019-04-01").to_dict()
    return [e for e in doc["entities"] if e["type"] == "place" and any(word in m["text"] for m in e["mentions"])
            and str(e.get("geo_source", "")).startswith(f"user:{gz.VILLAGE_PACK}")]


@pytest.mark.parametrize(("text", "word"), [
    # Homs and Aleppo each hold an OCHA village زراعة: here it is the farming of wheat
    ("تعرضت منطقة زراعة القمح شرقي حمص لحرائق واسعة التهمت مئات الدونمات قبل موسم الحصاد.", "زراعة"),
    # Raqqa and Deir ez-Zor each hold a village تشرين: a quarter of that name in a Raqqa story is no such village
    ("أطلق مسلحون النار على دورية في حي تشرين وسط مدينة الرقة وأصابوا عنصرين.", "تشرين"),
    ("أعلن مجلس محافظة إدلب أن مناطق حلول المياه الملوثة تتسع في المخيمات القريبة من الحدود.", "حلول"),
])
def test_common_word_after_a_broad_place_noun_is_no_village(text: str, word: str) -> None:
    assert _village_places(text, word) == []


@pytest.mark.parametrize(("text", "word"), [
    # the same words after a settlement noun still name the village, in an article naming its governorate
    ("قصفت المدفعية قرية زراعة في ريف حمص الشرقي وأصابت ثلاثة مدنيين.", "زراعة"),
    ("نزحت عائلات من بلدة تشرين في ريف الرقة بعد اشتباكات ليلية.", "تشرين"),
])
def test_common_word_after_a_settlement_noun_stays_the_village(text: str, word: str) -> None:
    got = _village_places(text, word)
    assert got and got[0]["country"] == "SY"


def test_village_of_a_rare_name_still_counts_after_a_broad_place_noun() -> None:
    # سملين is no common word: after منطقة it is still Daraa's village
    text = "دارت اشتباكات عنيفة في منطقة سملين بريف درعا الغربي صباح اليوم."
    assert _village_places(text, "سملين")


def test_common_word_after_a_lists_comma_is_no_village() -> None:
    # OCHA lists a Rif Dimashq village بدأ: after a comma that closes a list of places it is the verb 'began'
    text = "ولد التنظيم في بلدات ضواحي دمشق، بدأ نشاطه بحماية المظاهرات ثم توسع إلى الغوطة."
    assert _village_places(text, "بدأ") == []
