"""Claims, round 11 (sentences written for the tests): a verb of saying with no subject agrees in gender with a
body's head noun as with a person, and goes on past a teller of the other gender for an earlier one it agrees
with; polls, results and studies are documents; unnamed people closing a sentence are anonymous."""

from __future__ import annotations

import pytest

from marsad import model
from marsad.stages.claims import _body_gender
from tests.conftest import claim_chain, full_claims


def _chains(text: str) -> list[list[tuple[str, str]]]:
    return [claim_chain(c) for c in full_claims(text)]


@pytest.mark.parametrize("kind, text, gender", [
    ("official", "وزارة الداخلية", "f"), ("official", "الحكومة العراقية", "f"), ("official", "القوات الأمنية", "f"),
    ("official", "الجيش اللبناني", "m"), ("official", "المتحدث باسم الشرطة", "m"), ("outlet", "وكالة الأناضول", "f"),
    ("outlet", "المرصد السوري لحقوق الإنسان", "m"), ("document", "التقرير", "m"), ("document", "الدراسة", "f"),
    # no head noun, a plural whose verb may take either gender, a person
    ("outlet", "رويترز", None), ("official", "مسؤولون أمنيون", None), ("document", "التقارير", None),
    ("official", "الأمم المتحدة", None), ("person", "خالد", None),
])
def test_body_gender(kind: str, text: str, gender: str | None) -> None:
    assert _body_gender(model.Source(kind, text)) == gender


@pytest.mark.parametrize("text, teller", [
    # with no earlier teller it agrees with, a verb of the other gender still goes on for a body (its statement
    # or spokesman may be the unnamed subject)
    pytest.param("قالت الحكومة المحلية إن المدارس ستغلق يومين. وأضاف أن العطلة تشمل الجامعات.", "الحكومة المحلية",
                 id="m-after-f-body"),
    pytest.param("وقال الجيش إن وحداته دخلت القرية. وأضافت أن السكان بدأوا العودة.", "الجيش", id="f-after-m-body"),
])
def test_with_no_agreeing_teller_a_bodys_words_go_on(text: str, teller: str) -> None:
    got = _chains(text)
    assert len(got) == 2 and all(teller in c[-1][1] for c in got), got


def test_with_no_agreeing_teller_a_persons_words_end() -> None:
    got = _chains("وقال الطبيب سامر يوسف إن المستشفى ممتلئ. وأضافت أن الأدوية نفدت.")
    assert len(got) == 1, got


@pytest.mark.parametrize("text, chain", [
    # past the body of the other gender to the earlier teller the verb agrees with
    pytest.param("وقال المحافظ أحمد الراشد إن الجسر انهار. وقالت وزارة النقل إنها سترسل فريقا. "
                 "وأضاف أن الأضرار كبيرة.", [("person", "أحمد الراشد")], id="back-to-the-man"),
    pytest.param("وقال المتحدث باسم الشرطة إن الحادث وقع ليلا. وقالت الشرطة إن التحقيق بدأ. "
                 "وأضاف أن الجناة فروا.", [("official", "المتحدث باسم الشرطة")], id="back-to-the-spokesman"),
    pytest.param("وقالت منظمة الصحة إن الوباء ينتشر. وقال مكتب الإغاثة إن الأدوية نفدت. "
                 "وأشارت إلى أن الحالات تضاعفت.", [("official", "منظمة الصحة")], id="back-to-the-feminine-body"),
])
def test_a_continuation_goes_back_to_the_teller_it_agrees_with(text: str, chain: list[tuple[str, str]]) -> None:
    got = _chains(text)
    assert len(got) == 3, got
    assert [(k, t) for k, t in got[2] if any(t2 in t for _, t2 in chain)] and got[2][-1][0] == chain[-1][0], got


@pytest.mark.parametrize("text, teller", [
    # the same gender goes on as before
    pytest.param("وقالت الوزارة إن المعبر مغلق. وأضافت أن الشاحنات تنتظر.", "الوزارة", id="f-after-f-body"),
    pytest.param("وقال الجيش إن وحداته تقدمت. وأضاف أن الطريق آمن.", "الجيش", id="m-after-m-body"),
    # a masculine statement named with the body: a masculine verb goes on for that body
    pytest.param("وقالت الوزارة في بيان إن المعبر مغلق. وأضاف أن الشاحنات تنتظر.", "الوزارة", id="statement-is-m"),
    pytest.param("وقالت الشركة في بيانها إن الإنتاج توقف. وتابع أن العمال بخير.", "الشركة", id="statement-possessed"),
    # a name with no head noun says nothing of its gender
    pytest.param("وقالت رويترز إن الميناء أغلق. وأضاف أن السفن تنتظر.", "رويترز", id="name-without-head"),
])
def test_a_continuation_of_the_same_gender_or_unknown(text: str, teller: str) -> None:
    got = _chains(text)
    assert len(got) == 2, got
    assert all(teller in c[-1][1] for c in got), got


@pytest.mark.parametrize("text, chain", [
    pytest.param("وأظهرت نتائج استطلاع للرأي أن المرشح يتقدم بفارق كبير.", [("document", "نتائج")], id="results"),
    pytest.param("وتشير استطلاعات الرأي إلى أن الإقبال سيكون ضعيفا.", [("document", "استطلاعات")], id="polls"),
    pytest.param("وأظهر استطلاعان للرأي أن الحزب خسر نصف مؤيديه.", [("document", "استطلاعان")], id="two-polls"),
    pytest.param("وفاز الحزب بأربعين مقعدا، بحسب النتائج الرسمية.", [("document", "النتائج الرسمية")],
                 id="according-to-results"),
    pytest.param("وتقول دراسات حديثة إن المياه الجوفية تتناقص.", [("document", "دراسات")], id="studies"),
])
def test_polls_results_and_studies_are_documents(text: str, chain: list[tuple[str, str]]) -> None:
    got = _chains(text)
    assert len(got) == 1, got
    assert got[0][0][0] == chain[0][0] and chain[0][1] in got[0][0][1], got


@pytest.mark.parametrize("text, teller", [
    pytest.param("وانقطعت الكهرباء عن الحي طوال الليل، قال ناشطون.", "ناشطون", id="activists-closing"),
    pytest.param("وسمعت أصوات انفجارات قرب المطار، بحسب ما أفاد سكان.", "سكان", id="residents-closing"),
    pytest.param("وأغلقت المحال أبوابها باكرا، وفق ما قال تجار.", "تجار", id="traders-closing"),
])
def test_unnamed_people_closing_a_sentence_are_anonymous(text: str, teller: str) -> None:
    got = _chains(text)
    assert got == [[("anonymous", teller)]], got
