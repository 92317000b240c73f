"""Claims, round 24 (CL2): content with no أن — a condemnation with a noun object (أدان، دان) is its teller's
claim, as ندد and استنكر are, a date between teller and object included; a verb that skips its complement after a
known teller (أعلن) takes an object masdar after an unnamed teller too (وسائل إعلام، مصادر), past a comma and a
day; a verb with no object masdar after an unnamed teller still tells nothing."""

from __future__ import annotations

from tests.conftest import claim_chain, full_claims


def _tellers(text: str) -> list[list[tuple[str, str]]]:
    return [claim_chain(c) for c in full_claims(text)]


def test_condemnation_with_a_date_before_its_noun_object() -> None:
    text = "دانت وزارة الخارجية الأردنية، الثلاثاء، القصف الذي طال سوقا شعبية في المدينة."
    assert _tellers(text) == [[("official", "وزارة الخارجية الأردنية")]]


def test_condemnation_with_the_hamza_form_and_a_definite_object() -> None:
    text = "وأدانت منظمة العفو الدولية استهداف حافلة الطلاب قرب الجامعة."
    chains = _tellers(text)
    assert len(chains) == 1
    assert chains[0][-1][1] == "منظمة العفو الدولية"


def test_announced_masdar_after_unnamed_media_and_a_comma() -> None:
    text = "أعلنت وسائل إعلام محلية، اغتيال ضابط في الشرطة بإطلاق النار على سيارته جنوب المدينة."
    assert _tellers(text) == [[("anonymous", "وسائل إعلام محلية")]]


def test_announced_masdar_after_unnamed_sources_and_a_day() -> None:
    text = "وأعلنت مصادر طبية، الأحد، مقتل ثلاثة مدنيين في قصف استهدف الحي الغربي."
    assert _tellers(text) == [[("anonymous", "مصادر طبية")]]


def test_announced_common_noun_after_unnamed_sources_tells_nothing() -> None:
    text = "وأعلنت مصادر محلية الحداد العام في البلدة ثلاثة أيام."
    assert _tellers(text) == []


def test_condemnation_after_a_relative_pronoun_takes_no_object_as_teller() -> None:
    text = "بحسب النقابة التي دانت القرار وأطلقت حملة للتضامن مع الصحفي الموقوف."
    assert all(source != "القرار" for chain in _tellers(text) for _, source in chain)


def test_imperfect_incriminate_is_no_telling() -> None:
    text = "ونشر الموقع تسجيلات تدين الضابط وتكشف دوره في تعذيب المعتقلين."
    assert all(chain[-1][1] != "الضابط" for chain in _tellers(text))


def test_a_court_that_convicts_tells_nothing() -> None:
    text = "وأدانت محكمة الجنايات في المدينة الشاب بتهريب السلاح إلى الجماعات المسلحة."
    assert _tellers(text) == []


def test_given_name_dan_after_a_title_stays_in_the_name() -> None:
    text = "وحذر مدير الوكالة دان ريتشاردز من هجمات إلكترونية تستهدف محطات الكهرباء."
    assert _tellers(text) == [[("person", "مدير الوكالة دان ريتشاردز")]]
