"""Claims: a teller after the content, closing the sentence after a comma (sentences written for the tests)."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chain, full_claims


def _chains(text: str) -> list[list[tuple[str, str]]]:
    return [claim_chain(c) for c in full_claims(text)]


@pytest.mark.parametrize("text, chains", [
    # a body no list knows closing the sentence, with or without كما before the verb
    pytest.param("وتراجعت كميات الخبز الموزعة على المخيمات بنحو النصف، كما تقول الأونروا.",
                 [[("official", "الأونروا")]], id="kama-bare-body"),
    pytest.param("والمياه لا تصل إلى الأحياء الشرقية منذ أسبوعين، تقول منظمة أطباء بلا حدود.",
                 [[("official", "منظمة أطباء بلا حدود")]], id="office-head-and-name-no-kama"),
    pytest.param("وأغلقت المحال التجارية أبوابها في السوق القديم، حسبما أفادت نقابات عمالية.",
                 [[("anonymous", "نقابات عمالية")]], id="hasabama-verb-unknown-plural"),
    # one plain word closing the sentence is a person's name, a title with a pronoun a person too
    pytest.param('"لم يبق لنا شيء نعود إليه"، تضيف سلمى.', [[("person", "سلمى")]], id="quote-then-given-name"),
    pytest.param("وأفرج عن الصحفي بعد ثلاثة أيام من التحقيق، كما قالت محاميته.",
                 [[("person", "محاميته")]], id="possessed-title"),
    # على حد + a verbal noun of telling + the teller
    pytest.param("والمعارك لن تتوقف قبل استعادة الجسر، على حد تعبير قائد ميداني.",
                 [[("official", "قائد ميداني")]], id="ala-hadd-tabir-teller"),
])
def test_closing_teller(text: str, chains: list[list[tuple[str, str]]]) -> None:
    assert _chains(text) == chains


def test_closing_teller_spans_the_sentence() -> None:
    text = "وتقدمت القوات نحو أطراف البلدة بعد اشتباكات عنيفة، قال المتحدث باسم الجيش."
    claims = full_claims(text)
    assert [claim_chain(c) for c in claims] == [[("official", "المتحدث باسم الجيش")]]
    assert claims[0].start == 0


def test_ala_hadd_qawlihi_adds_nothing() -> None:
    # the pronoun points to the teller of the sentence's claim: one claim, as before
    text = "وأوضح المحافظ أن الطريق سيفتح الأسبوع المقبل، على حد قوله."
    assert _chains(text) == [[("official", "المحافظ")]]


@pytest.mark.parametrize("text", [
    pytest.param("ويجب أن تعامل الأطراف كلها على حد سواء.", id="ala-hadd-sawa"),
    # the writer spoken to is no teller, an abbreviation no name
    pytest.param('"كانت هذه أول مرة أرى فيها البحر"، تقول لي مبتسمة.', id="to-writer"),
    # an opening phrase before the comma: the verb's subject and object come after it
    pytest.param("وإلى جانب الحداد العام، أعلنت البلدية إلغاء الاحتفالات بالعيد في كل الأحياء.",
                 id="opening-phrase-then-verb-and-object"),
])
def test_no_closing_teller(text: str) -> None:
    assert full_claims(text) == []


def test_closing_addressee_is_no_teller() -> None:
    # the one told closes the sentence; the teller is left out, so no closing teller is read
    text = 'واعترف الموقوف بنقل الأسلحة إلى الحي "مرتين على الأقل"، وفق ما قال للمحققين.'
    assert all(("person", "للمحققين") not in claim_chain(c) for c in full_claims(text))


@pytest.mark.parametrize("text, chains", [
    # عدة before a source noun picks some of its tellers, a document as well as a person
    pytest.param("وذكرت عدة تقارير أن الجسر أغلق أمام الشاحنات.", [[("document", "عدة تقارير")]],
                 id="idda-reports"),
    pytest.param("وقال عدة مسؤولين محليين إن المدارس ستفتح الأحد.", [[("official", "عدة مسؤولين محليين")]],
                 id="idda-officials"),
])
def test_several_tellers(text: str, chains: list[list[tuple[str, str]]]) -> None:
    assert _chains(text) == chains
