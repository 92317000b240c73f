"""Claims, round 22 (CM2): a verb of accusing joined by و to a first clause, with its subject left out and بأن
after the accused (وتخشى أنقرة … وتتهم X بأنها …), is told by that clause's subject, never by the accused; and an
anaphoric word written before the source noun (بحسب نفس المصدر، وفقا لذات المصادر) makes it the same source, as
المصدر ذاته does."""

from __future__ import annotations

from tests.conftest import full_claims


def _tellers(text: str) -> list[list[str]]:
    return [[s.text for s in c.sources] for c in full_claims(text)]


def test_accused_before_bi_that_is_no_teller() -> None:
    text = 'وتخشى أنقرة قيام كيان انفصالي على حدودها وتتهم وحدات حماية الشعب الكردية بأنها ذراع لحزب العمال الكردستاني.'
    tellers = _tellers(text)
    assert ["وحدات حماية الشعب الكردية"] not in tellers
    assert tellers == [["أنقرة"]]


def test_claim_opens_at_the_verb_of_accusing() -> None:
    text = 'وتخشى أنقرة قيام كيان انفصالي على حدودها وتتهم وحدات حماية الشعب الكردية بأنها ذراع لحزب العمال الكردستاني.'
    claims = full_claims(text)
    assert len(claims) == 1
    assert text[claims[0].start:].startswith("وتتهم")


def test_past_forms_sharing_the_feminine_ending() -> None:
    text = 'ورفضت دمشق العرض الأخير واتهمت وحدات حماية الشعب الكردية بأنها تماطل في المفاوضات.'
    assert _tellers(text) == [["دمشق"]]


def test_first_verb_of_another_form_gives_no_teller() -> None:
    # (the first verb is masculine, the verb of accusing feminine: not one subject for both, so no teller is guessed,
    # and the accused is still no teller)
    text = 'ويخشى الأردن موجة نزوح جديدة وتتهم وحدات حماية الشعب الكردية بأنها تهدد الاستقرار.'
    assert ["وحدات حماية الشعب الكردية"] not in _tellers(text)


def test_named_accuser_still_tells() -> None:
    text = 'وتتهم أنقرة وحدات حماية الشعب الكردية بأنها تهدد أمن حدودها.'
    assert _tellers(text) == [["أنقرة"]]


def test_same_source_lead_after_an_outlet() -> None:
    text = 'وقال المرصد إن الطائرات قصفت سوقا شعبيا. وقتل أربعة مدنيين في القصف، بحسب نفس المصدر.'
    claims = full_claims(text)
    assert len(claims) == 2
    second = claims[1]
    assert [s.text for s in second.sources] == ["نفس المصدر"]
    assert second.sources[0].kind == claims[0].sources[0].kind == "outlet"


def test_same_source_lead_as_subject() -> None:
    text = 'وقال مصدر أمني إن مسلحين هاجموا نقطة تفتيش. وأوضح نفس المصدر أن جنديين أصيبا بجروح.'
    claims = full_claims(text)
    assert len(claims) == 2
    assert [(s.kind, s.text) for s in claims[1].sources] == [("anonymous", "نفس المصدر")]


def test_same_sources_lead_with_lam() -> None:
    text = 'وذكرت مصادر محلية أن القوات انسحبت من البلدة. ووفقا لذات المصادر، فقد أحرقت عدة منازل.'
    claims = full_claims(text)
    assert len(claims) == 2
    assert [s.text for s in claims[1].sources] == ["ذات المصادر"]


def test_lead_before_a_non_source_noun_tells_nothing() -> None:
    # نفس الليلة: the same night, no source
    text = 'وسقطت قذائف على الحي في نفس الليلة.'
    assert full_claims(text) == []
