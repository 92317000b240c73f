"""Claims: shapes found on a fresh sample of unseen articles, round 10 (sentences written for the tests)."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chain, full_claims


def _chains(text: str) -> list[list[tuple[str, str]]]:
    return [claim_chain(c) for c in full_claims(text)]


@pytest.mark.parametrize("text, chains", [
    # an outlet's adjectives (several, or شبه before one) end at the عن of its source
    pytest.param("ونقلت وكالة تسنيم شبه الرسمية عن ضابط في الشرطة قوله إن الطريق أغلق.",
                 [[("outlet", "وكالة تسنيم"), ("official", "ضابط في الشرطة")]], id="semi-official-outlet-then-an"),
    pytest.param('ونقلت وكالة "نبأ" الإخبارية الرسمية الماليزية عن مصدر محلي قوله إن الجسر انهار.',
                 [[("outlet", 'وكالة "نبأ"'), ("anonymous", "مصدر محلي")]], id="three-outlet-adjectives-then-an"),
    # a body's head noun, then a quoted name no stage knows
    pytest.param('وتقول منظمة "أيادي الخير" الخيرية البريطانية إن مئات العائلات بلا مأوى.',
                 [[("official", 'منظمة "أيادي الخير"')]], id="office-head-quoted-name-adjectives"),
    pytest.param('وقالت جمعية "نور الأمل" إنها وزعت الخبز على النازحين.',
                 [[("official", 'جمعية "نور الأمل"')]], id="office-head-quoted-name"),
    # a place, then a date, between a definite body and إن
    pytest.param("وقالت السلطة القضائية في العراق الخميس إن المتهمين أحيلوا إلى المحكمة.",
                 [[("official", "السلطة القضائية")]], id="body-place-date-then-inna"),
    # an outlet spoken to, written in Latin letters after لـ, bare or in brackets
    pytest.param("وقال مصدر مطلع على المفاوضات لـ CNN إن الجولة تأجلت.",
                 [[("outlet", "CNN"), ("anonymous", "مصدر مطلع على المفاوضات")]], id="latin-outlet-after-lam"),
    pytest.param("وقال قائد الدفاع المدني لـ(بي بي سي) إن الحريق أخمد.",
                 [[("outlet", "بي بي سي"), ("official", "قائد الدفاع المدني")]], id="bracketed-outlet-after-lam"),
    # an outlet's noun before the verb is the outlet
    pytest.param("الصحيفة قالت إن الانتخابات ستؤجل إلى الخريف.",
                 [[("outlet", "الصحيفة")]], id="outlet-noun-before-the-verb"),
    # an outlet's part belongs to the outlet named after it with لـ
    pytest.param('وذكر الموقع الإلكتروني لصحيفة "الأيام" أن المعبر فتح.',
                 [[("outlet", 'الموقع الإلكتروني لصحيفة "الأيام"')]], id="website-of-a-paper"),
    # a definite qualifier with its preposition (المطلع على، المقرب من) belongs to the teller
    pytest.param("لكن المصدر المطلع على الملف أكد لوكالة الأناضول أن الاجتماع سيعقد غدا.",
                 [[("outlet", "وكالة الأناضول"), ("anonymous", "المصدر المطلع على الملف")]],
                 id="definite-informed-on-before-the-verb"),
    # إلى أن after the teller of أشار/لفت
    pytest.param("وأشارت منظمة أطباء العالم إلى أن العيادات أغلقت.",
                 [[("official", "منظمة أطباء العالم")]], id="office-then-ila-an"),
    # the medium may stand between the verb and its teller
    pytest.param("وقال عبر حسابه على تويتر المتحدث باسم البلدية إن المياه ستعود مساء.",
                 [[("official", "المتحدث باسم البلدية")]], id="teller-after-the-medium"),
    # an unnamed trade or a document noun is a source of its kind
    pytest.param("وقال تاجر في سوق المدينة إن الأسعار تضاعفت.",
                 [[("anonymous", "تاجر في سوق المدينة")]], id="a-trader"),
    pytest.param("وأظهرت التحقيقات أن الحريق بدأ في المستودع.",
                 [[("document", "التحقيقات")]], id="investigations-show"),
    # a local page passed it on on a platform: على there is no destination
    pytest.param("ونقلت صفحات محلية على فيسبوك أن الكهرباء انقطعت.",
                 [[("anonymous", "صفحات محلية")]], id="relayed-on-a-platform"),
])
def test_tellers_found(text: str, chains: list[list[tuple[str, str]]]) -> None:
    assert _chains(text) == chains


@pytest.mark.parametrize("text, chains", [
    # a verb of relaying with عن and no subject goes on for the outlet or body that told last
    pytest.param("وقالت وكالة الأناضول إن الطريق أغلق. ونقلت عن شاهد عيان قوله إن الحافلات عادت.",
                 [[("outlet", "وكالة الأناضول")], [("outlet", "وكالة الأناضول"), ("anonymous", "شاهد عيان")]],
                 id="relaying-verb-goes-on-for-an-outlet"),
    pytest.param("وقال المرصد إن القصف توقف. ونقل عن مصادر محلية أن الأهالي عادوا.",
                 [[("outlet", "المرصد")], [("outlet", "المرصد"), ("anonymous", "مصادر محلية")]],
                 id="passive-looking-relay-after-a-body"),
])
def test_relay_goes_on(text: str, chains: list[list[tuple[str, str]]]) -> None:
    assert _chains(text) == chains


@pytest.mark.parametrize("text", [
    # "is called" opens a clause with no أن/إن: a name, not a claim
    pytest.param("وكان أحد الموظفين، ويدعى سامر خليل، حاضرا في الاجتماع.", id="is-called-between-commas"),
    # a document after اعتبر/وصف with بأن after it is what is described
    pytest.param("ووصف التحقيق الدولي بأنه منحاز.", id="document-described"),
    pytest.param("واعتبر تحقيقات الشرطة بأنها ناقصة.", id="document-considered"),
    # a medium's indefinite adjective is no teller
    pytest.param('وقالت في مؤتمر صحفي "لن نتراجع".', id="press-conference-adjective"),
])
def test_no_claim(text: str) -> None:
    assert _chains(text) == []


def test_the_person_relayed_is_not_a_body() -> None:
    # after a person's (or a title's) claim نُقل عن may be the passive: no relayer is taken from it
    chains = _chains("وقال الوزير إن الطريق أغلق. ونقل عن مصدر أمني قوله إن الحافلات عادت.")
    assert chains[-1] == [("anonymous", "مصدر أمني")]
