"""Claims: second tellers closed by «آخرون» or by فإن, time phrases that are never tellers, and the end of a
definite teller before the verb's object (sentences written for the tests)."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chain, full_claims


@pytest.mark.parametrize("text, chain", [
    pytest.param("قال مسؤولون عراقيون ومسؤولون آخرون إن المحادثات تعثرت في جنيف.",
                 [("official", "مسؤولون عراقيون"), ("official", "مسؤولون آخرون")], id="others-close-co-teller"),
    pytest.param("وبحسب شهادات شهود عيان ومصادر طبية فإن القذائف سقطت قرب المستشفى الوطني.",
                 [("anonymous", "شهود عيان"), ("anonymous", "مصادر طبية")], id="fa-inna-closes-co-teller"),
    pytest.param("وبحسب ناشطين ومصادر محلية فإنه لم يسجل أي انسحاب من المنطقة.",
                 [("anonymous", "ناشطين"), ("anonymous", "مصادر محلية")], id="fa-innahu-closes-co-teller"),
])
def test_second_teller_is_kept(text: str, chain: list[tuple[str, str]]) -> None:
    got = full_claims(text)
    assert len(got) == 1
    assert claim_chain(got[0]) == chain


@pytest.mark.parametrize("text", [
    pytest.param("وقال قبيل الظهر إن القصف توقف في الريف الغربي.", id="qubayl"),
    pytest.param("وأضاف عقب الاجتماع أن الطرفين اتفقا على تبادل الأسرى.", id="aqib"),
])
def test_time_phrase_is_no_teller(text: str) -> None:
    for c in full_claims(text):
        assert not any(s.text.startswith(("قبيل", "عقب")) for s in c.sources), claim_chain(c)


def test_time_phrase_lets_last_teller_go_on() -> None:
    got = full_claims("قال الطبيب سامر الحلبي إن المستشفى امتلأ بالجرحى. وأضاف قبيل منتصف الليل أن الأدوية نفدت.")
    assert len(got) == 2
    assert claim_chain(got[1]) == claim_chain(got[0])


@pytest.mark.parametrize("text, teller", [
    pytest.param("وأكد المجلس أهمية حماية المدنيين في مناطق النزاع.", "المجلس", id="definite-head-then-object"),
    pytest.param("وكشفت الشرطة الفرنسية هوية المهاجم بعد ساعات من الحادث.", "الشرطة الفرنسية",
                 id="definite-nisba-then-object"),
    pytest.param("ونفى المتحدث باسم الجيش الأردني التقارير عن سقوط الطائرة.", "المتحدث باسم الجيش الأردني",
                 id="title-adjective-then-object"),
])
def test_definite_teller_ends_before_object(text: str, teller: str) -> None:
    got = full_claims(text)
    assert got and got[0].sources[-1].text == teller


@pytest.mark.parametrize("text, teller", [
    pytest.param("قال قائد الشرطة في المدينة الساحلية العقيد مازن الحمد إن الوضع مستقر.",
                 "قائد الشرطة في المدينة الساحلية العقيد مازن الحمد", id="rank-after-adjective"),
    pytest.param("وقالت مصادر أمنية عراقية إن الهجوم أحبط.", "مصادر أمنية عراقية", id="indefinite-head-keeps-nisba"),
])
def test_title_keeps_name_and_adjectives(text: str, teller: str) -> None:
    got = full_claims(text)
    assert got and got[0].sources[-1].text == teller


def test_three_tellers_joined_by_wa() -> None:
    got = full_claims("أعربت الأردن والكويت وقطر عن قلقها من التصعيد على الحدود.")
    assert got and [s.text for s in got[0].sources] == ["الأردن", "الكويت", "قطر"]


def test_wa_of_the_word_is_no_second_teller() -> None:
    # وزارة begins with و: the statement's genitive, never a teller «زارة …»
    got = full_claims("وقال بيان وزارة الزراعة الأردنية إن المحصول تضرر من الجفاف.")
    assert got and not any(s.text.startswith("زارة") for s in got[0].sources)


def test_min_anna_closes_second_teller() -> None:
    got = full_claims("وحذر مسؤولون أمميون ومسؤولون آخرون من أن المجاعة تقترب من المخيمات.")
    assert got and claim_chain(got[0]) == [("official", "مسؤولون أمميون"), ("official", "مسؤولون آخرون")]


def test_time_preposition_with_pronoun_is_no_teller() -> None:
    for c in full_claims("أجرت القناة مقابلة مع الوزير، قال خلالها إن الميزانية ستقر قريبا."):
        assert all(s.text != "خلالها" for s in c.sources)


def test_plural_verb_does_not_go_on_for_one_person() -> None:
    got = full_claims("وقال الطبيب سامر الحلبي إن المستشفى امتلأ بالجرحى. ويقولون إن الطريق إلى المدينة مغلق.")
    assert len(got) == 1


@pytest.mark.parametrize("text", [
    pytest.param("واعتقلت السلطات الصحفي بتهمة نشر أخبار كاذبة عن الجيش.", id="news"),
    pytest.param("ونشر صورا للدمار الذي لحق بالسوق بعد الغارة.", id="pictures"),
])
def test_what_is_published_is_no_teller(text: str) -> None:
    for c in full_claims(text):
        assert all(s.text not in ("أخبار", "صورا") for s in c.sources)


def test_command_speaks_for_itself() -> None:
    # a bare definite قيادة is a body, never the unnamed source an outlet's correspondent gave before
    got = full_claims("وأفاد مراسلنا أن الطيران قصف الجسر. "
                      "وأكدت القيادة العامة لقوات الأمن الداخلي أن عناصرها اعتقلوا خلية.")
    assert len(got) == 2
    assert claim_chain(got[1]) == [("official", "القيادة العامة لقوات الأمن الداخلي")]


def test_general_prosecution_keeps_its_adjective() -> None:
    got = full_claims("وقالت النيابة العامة إن المتهمين اعترفوا بالتهم.")
    assert got and claim_chain(got[0]) == [("official", "النيابة العامة")]


@pytest.mark.parametrize("text, name", [
    pytest.param("وقالت سيدني نيوز إن الشرطة عثرت على الرفات قرب النهر.", "سيدني نيوز", id="news"),
    pytest.param("وذكرت ستار تايمز أن الفيضانات أغرقت عشرات القرى.", "ستار تايمز", id="times"),
])
def test_name_ending_like_an_outlet_is_an_outlet(text: str, name: str) -> None:
    got = full_claims(text)
    assert got and claim_chain(got[0]) == [("outlet", name)]
