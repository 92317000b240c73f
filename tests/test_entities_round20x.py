"""Round 20x: the occupation's authorities and entity (سلطات الاحتلال، سلطة الاحتلال، كيان الاحتلال) are Israel
where the article's theatre is Palestine/Israel (anaphora.json theatre_entries israel, home_only), as the
occupation's soldiers are Israel's army; elsewhere (Syrian state media's Turkish or US «occupation») they name no
entity."""
from __future__ import annotations

from tests.conftest import mention_refs


def test_occupation_authorities_in_the_west_bank_are_israel() -> None:
    text = "أفرجت سلطات الاحتلال عن معتقل من بلدة عرابة جنوب جنين بعد عامين من الاعتقال الإداري."
    assert mention_refs(text).get("سلطات الاحتلال") == "israel"


def test_occupation_entity_in_gaza_is_israel() -> None:
    text = "ندد المتحدث باسم الحركة بجرائم كيان الاحتلال في خان يونس ورفح جنوب قطاع غزة."
    assert mention_refs(text).get("كيان الاحتلال") == "israel"


def test_occupation_authorities_with_a_clitic_are_israel() -> None:
    text = "سلمت وزارة الأسرى في رام الله مذكرة لسلطة الاحتلال بشأن أسرى سجن عوفر."
    assert "israel" in mention_refs(text).values()


def test_occupation_authorities_in_syria_name_no_entity() -> None:
    text = "قالت وسائل إعلام رسمية إن سلطات الاحتلال أغلقت معبرا قرب مدينة القامشلي في ريف الحسكة."
    assert "israel" not in mention_refs(text).values()


def test_occupation_authorities_with_a_nisba_keep_the_nisba_state() -> None:
    text = "أعلنت سلطات الاحتلال التركي إغلاق المعبر قرب عفرين في ريف حلب."
    assert "israel" not in mention_refs(text).values()


def _occupation_targets(text: str) -> list[tuple[str, str | None]]:
    import marsad

    art = marsad.analyze(text, published="2018-05-15")
    refs = {e.id: e.ref for e in art.entities}
    return [(f.term, refs.get(f.target)) for f in art.framing if f.category == "occupation"]


def test_occupation_term_on_the_army_goes_to_the_state_its_nisba_names_elsewhere() -> None:
    # Israel is named nowhere by its name, but by its nisba in the mention of one of its bodies
    text = ("قتلت قوات الاحتلال شابين شرق مدينة غزة. وقالت وزارة الخارجية الإسرائيلية في بيان إن الجنود "
            "تصرفوا وفق الأوامر.")
    assert ("قوات الاحتلال", "israel") in _occupation_targets(text)


def test_occupation_term_on_the_army_alone_keeps_the_army() -> None:
    text = "قتلت قوات الاحتلال شابين شرق مدينة غزة قرب السياج الفاصل."
    assert _occupation_targets(text) == [("قوات الاحتلال", "idf")]


def test_occupation_term_on_the_army_goes_to_the_state_its_army_nisba_names_elsewhere() -> None:
    text = "أطلق جنود الاحتلال النار على شاب في مدينة الخليل. وقال الجيش الإسرائيلي إنه يحقق في الحادث."
    assert ("الاحتلال", "israel") in _occupation_targets(text)
