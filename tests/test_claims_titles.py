"""Claims: tellers given by a bare title, the name علي after a title, and an unknown name told to an outlet
(sentences written for the tests)."""

from __future__ import annotations

import marsad
from marsad import model


def _claims(text: str) -> list[model.Claim]:
    return list(marsad.analyze(text).claims)


def _chain(c: model.Claim) -> list[tuple[str, str]]:
    return [(s.kind, s.text) for s in c.sources]


def test_verbal_noun_with_a_title_for_genitive_is_a_claim() -> None:
    # تأكيد قائم مقام X أن/بـ: a title with no name speaks officially through the verbal noun
    cs = _claims("وجاء ذلك بعد تأكيد قائم مقام الموصل أن القوات دخلت الحي القديم.")
    assert [_chain(c) for c in cs] == [[("official", "قائم مقام الموصل")]]
    cs = _claims("وجاء ذلك بعد تأكيد قائم مقام سنجار بانسحاب المسلحين من القرى الغربية.")
    assert [_chain(c) for c in cs] == [[("official", "قائم مقام سنجار")]]


def test_verbal_noun_with_a_title_and_no_content_is_no_claim() -> None:
    # إعلان الرئيس حالة الطوارئ: the decree is an act, no أن/بـ content follows the title
    assert _claims("ورحب السكان بإعلان الرئيس حالة الطوارئ في المدينة.") == []
    # a title with بـ in it (المتحدث باسم) is not cut at that بـ
    cs = _claims("وتزامن ذلك مع إعلان المتحدث باسم الشرطة أن الطريق أعيد فتحه.")
    assert [_chain(c) for c in cs] == [[("official", "المتحدث باسم الشرطة")]]


def test_ali_after_a_title_is_a_name_where_the_writer_spells_ala_with_alif_maqsura() -> None:
    cs = _claims("وقال العميد علي الحسن إن الجيش سيطر على البلدة.")
    assert len(cs) == 1 and _chain(cs[0])[0][0] == "person" and "علي الحسن" in _chain(cs[0])[0][1]


def test_ala_after_a_title_stays_a_preposition() -> None:
    # the preposition spelled with ى is never a name
    cs = _claims("وقال المتحدث على هامش المؤتمر إن الجيش سيطر على البلدة.")
    assert all("هامش" not in s.text for c in cs for s in c.sources)
    # a writer who spells على with ي everywhere gives no sign that علي is a name
    cs = _claims("وقال المتحدث علي هامش المؤتمر إن الجيش سيطر علي البلدة.")
    assert all(s.kind != "person" for c in cs for s in c.sources)


def test_unknown_name_told_to_an_outlet_is_a_person() -> None:
    cs = _claims("وتقول سلمى لبي بي سي إن القصف لم يتوقف منذ أيام.")
    assert [_chain(c) for c in cs] == [[("outlet", "بي بي سي"), ("person", "سلمى")]]
    cs = _claims("ويقول مروان لرويترز إن المسلحين انسحبوا من القرية.")
    assert [_chain(c) for c in cs] == [[("outlet", "رويترز"), ("person", "مروان")]]


def test_verbal_noun_with_his_pronoun_tells_for_the_man_named_last() -> None:
    text = ("وقال رئيس الوزراء سعيد الكاظمي إن الحكومة ستلاحق الفاسدين. "
            "ويأمل الكاظمي بولاية ثانية بعد إعلانه الانتصار على التنظيم العام الماضي.")
    cs = _claims(text)
    assert len(cs) == 2
    assert cs[1].sources[-1].kind == "person" and "الكاظمي" in cs[1].sources[-1].text
    # no content after the noun (a modifier, a preposition): no claim
    text = "وقال مدير المرصد رامي عبد الرحمن إن القصف مستمر. وأضاف أن تصريحاته الأخيرة أثارت جدلا."
    assert len(_claims(text)) == 2
    # في بيانه: the statement is where he spoke (here of what he did not give), not a telling
    text = "وأعلن راكان الحسيني حظر التجول في المدينة. ولم يدل الحسيني في بيانه بتفاصيل المشكلة."
    assert len(_claims(text)) == 1
    # no man named before: no teller to give it
    assert _claims("وجاءت الخطوة بعد إعلانه الانتصار على التنظيم.") == []


def test_document_before_a_negated_relative_clause_tells_its_main_verb() -> None:
    # what the statement does not mention is no claim; what it does say is the statement's
    text = "وأصدر الجيش بيانا حول الهجوم. والبيان الذي لم يذكر عدد القتلى يؤكد أن الهجوم فشل."
    cs = _claims(text)
    assert [_chain(c) for c in cs] == [[("document", "البيان")]]
    assert "يؤكد" in text[cs[0].start:cs[0].end]


def test_accusation_with_no_subject_keeps_the_last_teller() -> None:
    # واتهم X بـ: X is the accused, not the teller
    text = "وقال المتحدث باسم الشرطة إن الهجوم فشل. واتهم قوات النظام بتنفيذه في ساعات الفجر."
    cs = _claims(text)
    assert [_chain(c) for c in cs] == [[("official", "المتحدث باسم الشرطة")]] * 2
    # a subject with its object between it and بـ is still the teller
    cs = _claims("واتهمت أنقرة الوحدات الكردية بإطلاق القذائف.")
    assert [_chain(c) for c in cs] == [[("official", "أنقرة")]]
    # بدورها after the subject is its turn to speak, not the بـ of the accusation
    cs = _claims("وقال الجيش إن الهجوم فشل. واتهمت الحكومة السورية بدورها الفصائل بقصف المدينة.")
    assert _chain(cs[1]) == [("official", "الحكومة السورية")]
    # a named party right before the verb is its subject (a heading, or after كان … قد)
    cs = _claims("روسيا تتهم الولايات المتحدة بمحاولة التدخل في انتخاباتها.")
    assert [_chain(c) for c in cs] == [[("official", "روسيا")]]
    # with no teller just before, nobody is named: no claim rather than the accused
    assert _claims("واتهم قوات النظام بتنفيذ الهجوم.") == []


def test_counterpart_is_the_person_named_with_that_title_else_an_office() -> None:
    text = ("واتصل الرئيس الفرنسي إيمانويل ماكرون بالرئيس الأمريكي دونالد ترامب. وقال ترامب إن واشنطن ستضرب. "
            "وأكد نظيره الفرنسي أن باريس ستشارك في الضربة.")
    cs = _claims(text)
    assert len(cs) == 2 and cs[1].sources[-1].kind == "person" and "ماكرون" in cs[1].sources[-1].text
    cs = _claims("وقال الرئيس الأمريكي دونالد ترامب إن واشنطن ستضرب. وأكد نظيره الفرنسي أن باريس ستشارك.")
    assert _chain(cs[1]) == [("official", "نظيره الفرنسي")]


def test_verbal_noun_with_his_pronoun_and_lam_is_no_telling() -> None:
    # لتصريحاته (of his statements) names the text quoted, not a telling of what follows it
    text = ('وقال الوزير سامر الحداد للصحفيين، وفقاً لنسخة لتصريحاته صادرة عن الوزارة: "لا نعرف السبب". '
            "وأضاف أن التحقيق مستمر.")
    cs = _claims(text)
    assert len(cs) == 2
    assert all(not text[c.start:c.end].startswith("لتصريحاته") for c in cs)
