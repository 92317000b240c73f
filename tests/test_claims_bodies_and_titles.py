"""Claims: rules found by reading unseen ANT articles of all five outlets (sentences written for
the tests): a definite body after بحسب/وفق only when its head is a body noun, plural leaders as tellers, a body
subject before its verb after لكن/بينما/فيما, a title and a quoted name, a correspondent named after the outlet,
two titles of one man, a pronoun on لكن/إلا أن that points to the sentence's subject, and hashtags."""

from __future__ import annotations

import pytest

from tests.conftest import full_claims
from tests.test_claims_recent import _chain, _claims


@pytest.mark.parametrize("text, chain", [
    # a definite body noun closing an according-to clause: the body named before (grammar.definite_body_heads,
    # office_heads, body_nouns)
    pytest.param("وتعرضت العيادة لقصف مدفعي صباح الاثنين، بحسب الجمعية.", [("official", "الجمعية")],
                 id="according-to-the-society"),
    pytest.param("وأغلقت المدارس في البلدة منذ أسبوع، وفق المنظمة.", [("official", "المنظمة")],
                 id="according-to-the-organisation"),
    pytest.param("ونزح أكثر من ألفي شخص من القرى الحدودية، بحسب الأمم المتحدة.", [("official", "الأمم المتحدة")],
                 id="according-to-the-un"),
    # للجنة is ل + اللجنة: the body's name keeps its own ل
    pytest.param("وتضررت ثلاث محطات للمياه، وفقا للجنة الدولية للصليب الأحمر.",
                 [("official", "اللجنة الدولية للصليب الأحمر")], id="lam-on-a-lam-noun"),
    # leaders in the plural, bare or after a partitive, speak as an office
    pytest.param("وقال اثنان من قادة الفصائل إن الهجوم تأجل إلى الأسبوع المقبل.",
                 [("official", "اثنان من قادة الفصائل")], id="two-of-the-leaders"),
    pytest.param("وقال أحد قياديي الحزب إن المفاوضات توقفت.", [("official", "أحد قياديي الحزب")],
                 id="one-of-the-leaders"),
    pytest.param("وقالت قيادات في الحركة إن المفاوضات توقفت.", [("official", "قيادات في الحركة")],
                 id="leaderships-in"),
    # a body noun and definite adjectives before a verb of saying after a clause opener
    pytest.param("لكن التحالف العسكري يقول إن المطار يستخدم لتخزين الأسلحة.", [("official", "التحالف العسكري")],
                 id="but-the-coalition-says"),
    pytest.param("فيما المعارضة تقول إن المعبر مغلق منذ شهرين.", [("official", "المعارضة")],
                 id="while-the-opposition-says"),
    pytest.param("وكانت الجمعية الطبية الأهلية قد قالت إن مستشفياتها استقبلت عشرات الجرحى.",
                 [("official", "الجمعية الطبية الأهلية")], id="had-the-society-said"),
    # a title, then a name in quotes: the man so named
    pytest.param('وقال العقيد الركن "مزهر الشعلان"، قائد الكتيبة الخامسة، إن القوات تقدمت نحو الجبل.',
                 [("person", 'العقيد الركن "مزهر الشعلان"')], id="title-then-quoted-name"),
    pytest.param('وقال المتحدث باسم الجيش "مزهر الشعلان" إن القوات تقدمت نحو الجبل.',
                 [("person", 'المتحدث باسم الجيش "مزهر الشعلان"')], id="spokesman-then-quoted-name"),
    # two titles of one man joined by و, then his name
    pytest.param("ويقول الكاتب والمحلل السياسي الليبي سالم الورفلي إن الهدنة انهارت.",
                 [("person", "الكاتب والمحلل السياسي الليبي سالم الورفلي")], id="two-titles-one-man"),
])
def test_tellers(text: str, chain: list[tuple[str, str]]) -> None:
    got = _claims(text)
    assert got, text
    assert _chain(got[-1]) == chain


@pytest.mark.parametrize("text", [
    # the measure something goes by, not a teller
    pytest.param("وتستمر المعارك في محيط المدينة، بحسب الخطة.", id="according-to-the-plan"),
    pytest.param("وتمدد الهدنة لأسبوع آخر، وفقا للتطورات.", id="according-to-developments"),
    pytest.param("وتحتفظ الدولة بحق الرد، وفق القرارات الدولية.", id="according-to-resolutions"),
    # a quoted body after an indefinite title is its genitive, no name
    pytest.param('وقال قائد "لواء الفتح" إن القوات تقدمت.', id="quoted-body-after-indefinite-title"),
])
def test_no_teller(text: str) -> None:
    assert all(s.kind != "person" for c in _claims(text) for s in c.sources)
    if "قائد" not in text:
        assert _claims(text) == []


@pytest.mark.parametrize("text, chain", [
    # a correspondent named after the outlet (and a place): the person, through the outlet
    pytest.param("ويحذر السكان من نقص الدواء، بحسب مراسلة بي بي سي في بيروت سلمى حداد.",
                 [("outlet", "بي بي سي"), ("person", "مراسلة بي بي سي في بيروت سلمى حداد")],
                 id="according-to-the-correspondent-name"),
    pytest.param("وقال مراسل الجزيرة في دمشق عمر الخطيب إن الاشتباكات توقفت.",
                 [("outlet", "الجزيرة"), ("person", "مراسل الجزيرة في دمشق عمر الخطيب")],
                 id="correspondent-in-a-city-then-name"),
    pytest.param("وقالت مراسلة بي بي سي في بيروت، سلمى حداد، إن الاشتباكات توقفت.",
                 [("outlet", "بي بي سي"), ("person", "مراسلة بي بي سي في بيروت، سلمى حداد")],
                 id="correspondent-between-commas"),
])
def test_correspondent_named(text: str, chain: list[tuple[str, str]]) -> None:
    got = full_claims(text)
    assert got and _chain(got[-1]) == chain


@pytest.mark.parametrize("text", [
    "وقال مراسل بي بي سي في بيروت إن الاشتباكات توقفت.",
    "وقال مراسل الجزيرة صباح اليوم إن الاشتباكات توقفت.",
])
def test_correspondent_unnamed(text: str) -> None:
    got = full_claims(text)
    assert got and got[-1].sources[-1].kind == "anonymous"


@pytest.mark.parametrize("text, teller", [
    # the pronoun on لكن / إلا أن is the subject of the sentence's first clause, not the last teller
    pytest.param("وقالت إسرائيل إن الصواريخ أطلقت من الجنوب. وامتنعت إيران عن التعليق، لكنها قالت إن الغارات "
                 "بلا مبرر.", "إيران", id="but-she-said"),
    pytest.param("وقال الجيش إن الصواريخ أطلقت من الجنوب. ورفضت الحكومة التعليق، إلا أنها أكدت أن الغارات "
                 "بلا مبرر.", "الحكومة", id="except-that-she-confirmed"),
    # with no subject in the sentence the verb goes on for the last teller, as before
    pytest.param("وقال الجيش إن الصواريخ أطلقت من الجنوب. لكنه قال إن الغارات بلا مبرر.", "الجيش",
                 id="no-subject-last-teller"),
])
def test_pronoun_on_connective(text: str, teller: str) -> None:
    got = full_claims(text)
    assert len(got) == 2
    assert got[-1].sources[-1].text == teller


@pytest.mark.parametrize("text, teller", [
    # a hashtag's # and underscores are no part of the words: the teller is read as written plainly
    pytest.param("وقال مصدر إن القوات تقدمت. وأكدت #الشرطة سقوط قتلى في الهجوم.", "الشرطة", id="hashtag-body"),
    pytest.param("أعلن #الجيش_الوطني، السبت، أن قواته سيطرت على التلال.", "الجيش_الوطني",
                 id="hashtag-with-underscores"),
    pytest.param("وقال مصدر إن القوات تقدمت. ونفت #الحكومة أن تكون قواتها شاركت في القصف.", "الحكومة",
                 id="hashtag-after-a-denial"),
])
def test_hashtag_teller(text: str, teller: str) -> None:
    got = _claims(text)
    assert got and got[-1].sources[-1].text == teller
