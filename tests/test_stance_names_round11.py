"""Round 11 (EN, X_A): the names stance outlets give the parties (Houthi, Iranian, and Hezbollah media), as
aliases in actors.jsonl 1.41.0."""

from __future__ import annotations

import marsad


def _refs(text: str, published: str = "2018-06-10") -> dict[str, str | None]:
    """Each mention's text with the pack id of its entity."""
    art = marsad.analyze(text, published=published)
    return {m.text: e.ref for e in art.entities for m in e.mentions}


def _source_refs(text: str, published: str = "2018-06-10") -> list[str | None]:
    """The pack id of the entity of each claim's first source."""
    art = marsad.analyze(text, published=published)
    refs = {e.id: e.ref for e in art.entities}
    return [refs.get(c.sources[0].entity) if c.sources and c.sources[0].entity else None for c in art.claims]


def test_army_and_popular_committees_are_the_houthis() -> None:
    text = "صدت وحدات من الجيش واللجان الشعبية هجوما للمرتزقة في مديرية حيس بمحافظة الحديدة مساء أمس."
    assert _refs(text).get("الجيش واللجان الشعبية") == "houthis"


def test_forces_of_the_army_and_committees_are_the_houthis() -> None:
    text = "أحبطت قوات الجيش واللجان محاولة تسلل في جبهة نهم شرق صنعاء."
    assert _refs(text).get("قوات الجيش واللجان") == "houthis"


def test_aggression_aviation_is_the_saudi_led_coalition() -> None:
    text = "شن طيران العدوان ثماني غارات على مديرية الصفراء بمحافظة صعدة اليوم."
    assert _refs(text).get("طيران العدوان") == "saudi-coalition-yemen"


def test_saudi_american_aggression_is_the_saudi_led_coalition() -> None:
    text = "استهدف العدوان السعودي الأمريكي سوقا شعبيا في مديرية مجز بمحافظة صعدة."
    assert _refs(text).get("العدوان السعودي الأمريكي") == "saudi-coalition-yemen"


def test_israeli_aggression_aviation_is_not_the_coalition() -> None:
    text = "قصف طيران العدوان الإسرائيلي منزلا في مدينة رفح جنوب قطاع غزة فجر اليوم."
    assert "saudi-coalition-yemen" not in _refs(text, published="2014-07-20").values()


def test_hezbollah_war_media_is_a_source_of_hezbollah() -> None:
    text = "أعلن الإعلام الحربي المركزي أن مقاتلي المقاومة دمروا آلية للمسلحين في جرود القلمون الغربي."
    assert "hezbollah" in _source_refs(text, published="2017-07-25")


def test_war_media_in_the_islamic_resistance_is_a_source_of_hezbollah() -> None:
    text = "وذكر الإعلام الحربي في المقاومة الإسلامية أن الاشتباكات تواصلت حتى ساعات الفجر قرب بلدة فليطة."
    assert "hezbollah" in _source_refs(text, published="2017-07-25")

