"""Places, third pass of round 12: a name several countries share is chosen in the country of the article's
setting (its dateline, a local outlet named in the text, the outlet that publishes it) when no other place
settles it; places inside page furniture spans are no places of the article (sentences written for these
tests)."""

from __future__ import annotations

import pytest

import marsad
from marsad import model, pipeline


def _places(text: str, outlet: str | None = None) -> dict[str, str | None]:
    art = marsad.analyze(text, published="2018-06-01", outlet=outlet)
    return {e.name_ar: e.country for e in art.entities if e.type == "place"}


@pytest.mark.parametrize("text", [
    # an Iraqi local channel's name: the town by Fallujah, not the Syrian village
    "وذكرت قناة الفلوجة أن مسلحين هاجموا نقطة تفتيش في الكرمة فجر اليوم.",
    # the dateline
    "الفلوجة - أفاد مصدر في الشرطة بأن القوات انسحبت من الكرمة مساء أمس.",
])
def test_setting_in_the_text_chooses_among_namesakes(text: str) -> None:
    assert _places(text)["الكرمة"] == "IQ"


def test_outlet_country_chooses_among_namesakes() -> None:
    text = "أفاد مصدر أمني بأن القوات انسحبت من الكرمة بعد اشتباكات استمرت ساعات."
    assert _places(text, outlet="السومرية")["الكرمة"] == "IQ"
    assert _places(text, outlet="عنب بلدي")["الكرمة"] == "SY"


def test_lebanese_outlet_chooses_the_beirut_quarter() -> None:
    text = "انفجرت عبوة ناسفة في حي الأشرفية صباح اليوم دون أن توقع إصابات."
    assert _places(text, outlet="النهار")["حي الأشرفية"] == "LB"
    assert _places(text, outlet="عنب بلدي")["حي الأشرفية"] == "SY"


def test_places_named_in_the_text_outweigh_the_outlet() -> None:
    # an Iraqi channel reporting from Hama: the article's own places rule, not the outlet's country
    text = "انسحبت القوات من الكرمة في ريف حماة الغربي بعد قصف مدينة حماة."
    assert _places(text, outlet="السومرية")["الكرمة"] == "SY"


def _with_furniture(text: str, furniture: str) -> model.Article:
    """The article after the metadata stage marked the line `furniture` as page furniture (as it marks
    the headlines under «اقرأ أيضاً» and tag lines)."""
    doc = pipeline.make_doc(text, published=None, url=None, title=None, doc_id=None, given={})
    stages = pipeline.build()
    pipeline.run(doc, stages[:1])
    start = doc.text.index(furniture)
    doc.furniture.append((start, start + len(furniture)))
    doc.furniture.sort()
    pipeline.run(doc, stages[1:])
    return pipeline.freeze(doc)


def test_places_in_furniture_spans_are_no_places() -> None:
    tag_line = "الكلمات المفتاحية: الرقة، دير الزور، تدمر"
    text = "قصفت الطائرات بلدة الكرمة قرب الفلوجة صباح اليوم.\n" + tag_line + "\n"
    art = _with_furniture(text, tag_line)
    names = {e.name_ar for e in art.entities if e.type == "place"}
    assert names == {"الكرمة", "الفلوجة"}
