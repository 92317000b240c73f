"""Claims, round 20: a telling quoted inside the last teller's words is his, not a new claim or a new teller."""

from __future__ import annotations

from tests.conftest import claim_chains, full_claims


def test_verb_of_saying_inside_quote_is_no_claim_and_continuation_keeps_outer_teller() -> None:
    text = ('وقال الوزير محمد العلي "يقول الرئيس عباس إنه ملتزم بالسلام لكنني أشك في ذلك". '
            'وأضاف أن الخطة باتت جاهزة.')
    assert claim_chains(text) == [[("person", "الوزير محمد العلي")], [("person", "الوزير محمد العلي")]]


def test_quoted_telling_in_a_later_sentence_of_the_quote() -> None:
    text = ('وقال الوزير محمد العلي "نحن مستعدون للحوار. يرى البعض أن الحرب قريبة لكننا لا نرى ذلك". '
            'وقال إن الوفد سيصل غدا.')
    claims = full_claims(text)
    assert [c.verb for c in claims] == ["وقال", "وقال"]
    assert [[s.text for s in c.sources] for c in claims] == [["الوزير محمد العلي"], ["الوزير محمد العلي"]]


def test_teller_opening_the_quote_stays_an_inner_link() -> None:
    text = 'وقال الوزير محمد العلي للصحفيين: "الحكومة الروسية تقول الآن إن المتعاقدين كانوا هناك".'
    assert claim_chains(text) == [[("person", "الوزير محمد العلي"), ("official", "الحكومة الروسية")]]


def test_quote_not_followed_into_next_paragraph() -> None:
    # an unclosed quote mark must not swallow the tellers of the next paragraph
    text = ('وقال الوزير محمد العلي "نحن مستعدون للحوار.\n'
            'وقالت وزارة الخارجية إن الوفد سيصل غدا.')
    assert [("official", "وزارة الخارجية")] in claim_chains(text)


def test_team_heads_a_teller_before_its_about_phrase() -> None:
    # فريق is an office head: "فريق الدفاع عن المتهم" tells, as هيئة/لجنة do
    text = 'بدأت الجلسة أمس. وقال فريق الدفاع عن المتهم إن القرار جائر وسيطعن فيه.'
    assert claim_chains(text) == [[("official", "فريق الدفاع")]]


def test_team_of_experts_tells() -> None:
    text = 'وأعلن فريق خبراء الأمم المتحدة أن العقوبات خرقت مرات عدة.'
    assert claim_chains(text) == [[("official", "فريق خبراء الأمم المتحدة")]]


def test_according_to_after_closing_quote_is_outer_link_not_a_claim() -> None:
    text = ('وفي كلمة ألقاها أمس، قال الرئيس علي حسن: "سنفرض عقوبات جديدة على النظام"، وفق ما ذكرت وكالة رويترز. '
            'وأضاف أن الخزانة ستتحرك سريعا.')
    claims = full_claims(text)
    assert len(claims) == 2
    assert (claims[0].sources[0].kind, claims[0].sources[0].text) == ("outlet", "وكالة رويترز")
    assert (claims[1].sources[0].kind, claims[1].sources[0].text) == ("outlet", "وكالة رويترز")
    assert claims[1].sources[-1].kind == "person"


def test_named_person_closing_a_quoted_claim_is_its_outer_link() -> None:
    text = 'وقال الزعيم الكوري كيم جونغ أون إنه "يريد ضمانات أمنية" من العالم، وفق مايك بومبيو.'
    claims = full_claims(text)
    assert len(claims) == 1
    assert [s.kind for s in claims[0].sources] == ["person", "person"]
    assert claims[0].sources[0].text == "مايك بومبيو"


def test_according_to_a_person_after_a_plain_statement_stays_a_claim() -> None:
    text = 'وازدادت معدلات الفقر بنسبة 50 بالمئة منذ العام الماضي، وفق الوزير محمد العلي.'
    assert claim_chains(text) == [[("person", "الوزير محمد العلي")]]


def test_according_to_alone_after_a_claim_sentence_is_its_outer_link() -> None:
    text = ('قالت السفارة الروسية في لندن إن السلطات فتشت طائرة في المطار يوم الجمعة. بحسب ما أوردت رويترز. '
            'وأضافت السفارة أن المسؤولين رفضوا التعليق.')
    claims = full_claims(text)
    assert len(claims) == 2
    assert [(s.kind, s.text) for s in claims[0].sources] == [
        ("outlet", "رويترز"), ("official", "السفارة الروسية في لندن")]


def test_according_to_alone_after_a_plain_sentence_tells_that_sentence() -> None:
    text = 'قتل شخص وأصيب خمسة آخرون في حريق كبير اندلع في البرج مساء السبت. حسبما قالت الشرطة.'
    claims = full_claims(text)
    assert [[s.text for s in c.sources] for c in claims] == [["الشرطة"]]
    assert claims[0].start == 0  # the span covers the sentence it tells, not the cue's own


def test_outlet_alone_after_another_outlets_report_is_outer_and_same_outlet_closes() -> None:
    relayed = 'وكتبت صحيفة الوطن أن عناصر من الاستخبارات دهموا المركز الجمعة. بحسب فرانس برس.'
    assert claim_chains(relayed) == [[("outlet", "فرانس برس"), ("outlet", "صحيفة الوطن")]]
    again = 'وكتبت صحيفة الوطن أن عناصر من الاستخبارات دهموا المركز الجمعة. بحسب الصحيفة.'
    assert claim_chains(again) == [[("outlet", "صحيفة الوطن")]]


def test_according_to_after_a_paragraph_break_is_not_alone() -> None:
    text = 'قتل شخص في حريق كبير اندلع في البرج مساء السبت.\nبحسب الشرطة، فإن الحريق بدأ في الطابق العاشر.'
    claims = full_claims(text)
    assert len(claims) == 1 and claims[0].start > 0
