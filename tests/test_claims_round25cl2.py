"""Claims, round 25 (CL2): a person whose title names an outlet (مدير المرصد فلان) and who speaks to another outlet
(لوكالة X، لـ"X") has only the outlet spoken to as his outer link, not the one his title names; تساءل (asked)
with a teller and a quote after it is a claim of that teller, a bare topic after عن is none."""

from __future__ import annotations

from tests.conftest import claim_chain, full_claims


def _tellers(text: str) -> list[list[tuple[str, str]]]:
    return [claim_chain(c) for c in full_claims(text)]


def test_director_speaking_to_an_agency_keeps_only_the_agency() -> None:
    text = "وقال مدير المرصد السوري لحقوق الإنسان سامر الخطيب لوكالة الأناضول إن القصف طال ثلاث قرى."
    chain = _tellers(text)[0]
    assert [k for k, _ in chain] == ["outlet", "person"]
    assert chain[0][1].endswith("الأناضول")


def test_director_speaking_to_a_quoted_agency_after_lam_keeps_only_the_agency() -> None:
    text = 'وأوضح مدير المرصد السوري لحقوق الإنسان سامر الخطيب لـ"رويترز" أن الطائرات عادت إلى القاعدة.'
    chain = _tellers(text)[0]
    assert [k for k, _ in chain] == ["outlet", "person"]
    assert "رويترز" in chain[0][1]


def test_director_named_after_his_observatory_speaking_to_an_agency() -> None:
    text = ("أفاد المرصد السوري لحقوق الإنسان بمقتل تسعة مدنيين في الغارات. "
            'وقال مدير المرصد سامر الخطيب لوكالة فرانس برس: "القصف لم يتوقف منذ الفجر".')
    chain = _tellers(text)[1]
    assert [k for k, _ in chain] == ["outlet", "person"]
    assert "فرانس برس" in chain[0][1]


def test_relaying_outlet_before_a_person_stays() -> None:
    text = "ونقلت وكالة الأناضول عن الناشط الإعلامي سامر الخطيب قوله لقناة محلية إن الطريق أغلق."
    chain = _tellers(text)[0]
    assert any("الأناضول" in src for _k, src in chain)


def test_asked_with_a_quote_is_the_tellers_claim() -> None:
    text = 'قال القائد الميداني سليم الزوبي إن قواته تقدمت. وتساءل الزوبي "من سيعيد بناء البيوت المهدمة؟"'
    chains = _tellers(text)
    assert len(chains) == 2
    assert chains[1] == [("person", "الزوبي")]


def test_asked_saying_with_a_colon_is_the_tellers_claim() -> None:
    text = 'وتساءلت الناشطة الحقوقية منى العبيدي قائلة: "أين ذهبت أموال الإغاثة؟"'
    assert _tellers(text) == [[("person", "الناشطة الحقوقية منى العبيدي")]]


def test_asked_about_a_bare_topic_tells_nothing() -> None:
    assert _tellers("وتساءل الوزير عن سبب تأخر وصول القوافل.") == []


def test_asked_with_no_teller_goes_on_with_the_last_one() -> None:
    text = ('وقالت مديرة المنظمة منى العبيدي إن التحقيق ضروري. وتساءلت "لماذا تأخرت فرق الإنقاذ؟" '
            'وتابعت "من سيحاسب المقصرين؟"')
    chains = _tellers(text)
    assert len(chains) == 3
    assert all(chain == [("person", "مديرة المنظمة منى العبيدي")] for chain in chains)
