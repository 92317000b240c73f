"""Claims: rules found by reading unseen ANT articles (sentences written for the tests): a bare
verb of saying goes on for the last teller only when its gender agrees with that person; an agreement or law
after بحسب/وفق tells nothing, though it may as a subject; a document keeps its year; a co-teller after a subject."""

from __future__ import annotations

import pytest

from marsad import model
from marsad.stages.claims import _verb_gender
from tests.conftest import full_claims


def _tellers(claims: list[model.Claim]) -> list[tuple[str, str]]:
    return [(c.verb or "", c.sources[-1].text) for c in claims]


@pytest.mark.parametrize("form, gender", [
    ("قال", "m"), ("وقالت", "f"), ("فأضاف", "m"), ("وأضافت", "f"), ("يقول", "m"), ("وتقول", "f"),
    ("قالوا", None), ("بحسب", None), ("وفقا لما", None),
])
def test_verb_gender(form: str, gender: str | None) -> None:
    assert _verb_gender(form) == gender


@pytest.mark.parametrize("text", [
    # a feminine verb after a man's words: someone else (a body the article left implicit), not him
    pytest.param("وقال الوزير سمير خليل إن المعبر سيفتح الأسبوع المقبل. وامتلأت الساحة بالشاحنات منذ الفجر. "
                 "وأشارت إلى أن الشاحنات ستعبر في الصباح.", id="feminine-after-a-man"),
    # a masculine verb after a woman named with a feminine title
    pytest.param("وقالت الوزيرة منى فارس إن الحكومة ستدفع التعويضات. وأضاف أن اللجنة ستبدأ عملها غدا.",
                 id="masculine-after-a-woman"),
])
def test_continuation_of_the_other_gender_is_not_the_last_teller(text: str) -> None:
    got = full_claims(text)
    assert len(got) >= 1
    first = got[0].sources[-1].text
    assert all(c.sources[-1].text != first for c in got[1:]), _tellers(got)


@pytest.mark.parametrize("text, teller", [
    # same gender: the continuation is the last teller's
    pytest.param("وقالت المتحدثة باسم الوزارة ليلى حسن إن المعبر مغلق. وأضافت أن الشاحنات تنتظر منذ يومين.",
                 "ليلى حسن", id="feminine-after-a-woman"),
    # a name's own ة is no feminine mark
    pytest.param("وقال العقيد أحمد ثوابة إن القوات تقدمت نحو البلدة. وأضاف أن الطريق أصبح آمنا.", "ثوابة",
                 id="masculine-name-in-ta-marbuta"),
    # a feminine title after a verb that did not agree with it still makes her the teller
    pytest.param("قال مندوبة كندا، سارة لوبيز، إن المجلس سيصوت غدا. وأضافت أن القرار يحظى بدعم واسع.",
                 "سارة لوبيز", id="feminine-title-after-a-masculine-verb"),
])
def test_continuation_of_the_same_gender(text: str, teller: str) -> None:
    got = full_claims(text)
    assert len(got) == 2, _tellers(got)
    assert all(teller in c.sources[-1].text for c in got), _tellers(got)


@pytest.mark.parametrize("text", [
    # an agreement, a law or a resolution after بحسب/وفق is what an act conforms to, no one who tells it
    pytest.param("وتنسحب القوات من المعبر بحلول الصيف، وفقا للاتفاق الموقع بين البلدين.", id="by-the-agreement"),
    pytest.param("وصدرت بحق المتهمين أحكام بالسجن عشر سنوات وفقا لقانون مكافحة الإرهاب.", id="under-the-law"),
    pytest.param("ويستمر الوزراء في أداء مهامهم بحسب قرار تعيينهم.", id="under-the-decree"),
])
def test_a_norm_after_according_to_tells_nothing(text: str) -> None:
    assert full_claims(text) == []


def test_a_norm_inside_a_claim_is_no_outer_link_of_it() -> None:
    got = full_claims("وقال المتحدث باسم الحركة داود شهاب إن الفصائل ستلتزم بالتهدئة وفقاً لاتفاقية 2014، إذا التزم "
                "الطرف الآخر بها. وأضاف أن الوساطة مستمرة.")
    assert len(got) == 2
    assert all([s.kind for s in c.sources] == ["person"] for c in got), _tellers(got)


def test_a_law_as_a_subject_still_tells() -> None:
    got = full_claims("ونص القانون على أن المحاكم العسكرية لا تنظر في قضايا المدنيين.")
    assert [(s.kind, s.text) for s in got[0].sources] == [("document", "القانون")]


@pytest.mark.parametrize("text, teller", [
    pytest.param("وقتل أكثر من ثلاثمئة مدني في المحافظة، بحسب تقرير 2017.", "تقرير 2017", id="report-and-year"),
    pytest.param("وقتل أكثر من ثلاثمئة مدني في المحافظة، بحسب تقرير عام 2017.", "تقرير عام 2017",
                 id="report-of-the-year"),
])
def test_a_document_keeps_the_year_that_names_it(text: str, teller: str) -> None:
    got = full_claims(text)
    assert [(s.kind, s.text) for s in got[0].sources] == [("document", teller)]


@pytest.mark.parametrize("text, teller", [
    # a subject before a plural verb of saying with a second teller joined by و: the first, as after the verb
    pytest.param("إلا أن وزير الخارجية سامي ناصر ومسؤولون آخرون حذروا من أن الهدنة قد تنهار.",
                 "وزير الخارجية سامي ناصر", id="and-other-officials"),
    pytest.param("لكن وزير الخارجية سامي ناصر وقادة عسكريون آخرون قالوا إن الهدنة قد تنهار.",
                 "وزير الخارجية سامي ناصر", id="and-other-commanders"),
])
def test_subject_first_with_a_co_teller(text: str, teller: str) -> None:
    got = full_claims(text)
    assert len(got) == 1
    assert got[0].sources[0].text == teller
