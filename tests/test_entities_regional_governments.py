"""Somalia's federal member states (Puntland, Jubaland), the Taliban's government of Afghanistan, whose
generic names (الحكومة الأفغانية، الجيش الأفغاني) change meaning at the fall of Kabul, and a state named inside an
institution's or agreement's name (جامعة الكويت). Sentences written for
these tests."""

import marsad


def _actors(text: str, published: str) -> dict[str, str]:
    art = marsad.analyze(text, published=published)
    return {m.text: e.ref or "" for e in art.entities if e.type == "actor" for m in e.mentions}


def test_puntland_and_jubaland() -> None:
    a = _actors("وقالت حكومة بونتلاند إن قوات بونتلاند قتلت عناصر من داعش في جبال شمال البلاد.", "2024-02-01")
    assert a["حكومة بونتلاند"] == "puntland-gov"
    assert a["قوات بونتلاند"] == "puntland-forces"
    a = _actors("واتهمت إدارة جوبالاند الحكومة الصومالية بتسليح معارضيها.", "2024-12-01")
    assert a["إدارة جوبالاند"] == "jubaland-gov"
    assert a["الحكومة الصومالية"] == "somalia-gov"


def test_afghan_generic_names_follow_the_date() -> None:
    before = _actors("وقالت الحكومة الأفغانية إن الجيش الأفغاني صد هجوما لحركة طالبان.", "2018-05-01")
    assert before["الحكومة الأفغانية"] == "afghanistan-gov"
    assert before["الجيش الأفغاني"] == "afghanistan-army"
    after = _actors("وقالت الحكومة الأفغانية إن الجيش الأفغاني رد على قصف باكستاني.", "2025-10-12")
    assert after["الحكومة الأفغانية"] == "afghanistan-taliban-gov"
    assert after["الجيش الأفغاني"] == "afghanistan-taliban-forces"
    a = _actors("وأعلنت حكومة طالبان فتح معبر حدودي.", "2023-01-01")
    assert a["حكومة طالبان"] == "afghanistan-taliban-gov"


def test_state_inside_an_institution_or_agreement_name_is_no_party() -> None:
    # as a capital is (اتفاق باريس، جامعة طهران): جامعة الكويت is Kuwait University, not the state acting
    for text in ("وقال أستاذ العلوم السياسية في جامعة الكويت إن الأزمة ستطول.",
                 "وقال باحث في جامعة قطر إن الوساطة لم تنجح بعد."):
        art = marsad.analyze(text, published="2018-07-15")
        assert not [e for e in art.entities if e.type == "actor"], art.entities
    # two states joined by و after the noun are its parties
    art = marsad.analyze("وقال الوزير إن اتفاق روسيا وتركيا بشأن إدلب ما زال قائما.", published="2019-03-01")
    assert {"Russia", "Turkey"} <= {e.name for e in art.entities if e.type == "actor"}
