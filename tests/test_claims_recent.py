"""Claims: attribution shapes of recent Syrian, Iraqi and Lebanese reporting (sentences written for the tests)."""

from __future__ import annotations

import pytest

from marsad import model, pipeline
from marsad.stages import claims
from tests.conftest import doc_with_entities


def _claims(text: str) -> list[model.Claim]:
    """Only the claims stage: it finds these tellers by pattern, with no entity stage."""
    doc = pipeline.make_doc(text)
    claims.run(doc)
    return doc.claims


def _chain(c: model.Claim) -> list[tuple[str, str]]:
    return [(s.kind, s.text) for s in c.sources]


@pytest.mark.parametrize("text, count, chain", [
    # ونقلاً عن X، ذكرت Y: Y reports what it took from X (Y outer, X inner), unlike وبحسب Y، قال X
    pytest.param('ونقلاً عن مصدر عسكري، ذكرت قناة "الرافدين" أن الطائرة سقطت قرب الحدود.', 1,
                 [("outlet", 'قناة "الرافدين"'), ("anonymous", "مصدر عسكري")],
                 id="fronted-relay-cue-is-the-inner-link-1"),
    pytest.param('وبحسب قناة "الرافدين"، قال مصدر عسكري إن الطائرة سقطت قرب الحدود.', None,
                 [("outlet", 'قناة "الرافدين"'), ("anonymous", "مصدر عسكري")],
                 id="fronted-relay-cue-is-the-inner-link-2"),
    pytest.param("وقال مصدر في وزارة الدفاع للصحفيين إن القوات صدت الهجوم.", None,
                 [("anonymous", "مصدر في وزارة الدفاع")],
                 id="addressed-journalists-are-no-part-of-the-source"),
    # فضّل عدم ذكر اسمه: the verb after عدم tells nothing
    pytest.param('قال قيادي في الفصائل، فضل عدم ذكر اسمه، لـ"الإخبارية نت"، إن الهجوم جاء رداً على القصف.', 1,
                 [("outlet", "الإخبارية نت"), ("official", "قيادي في الفصائل")],
                 id="a-source-asking-anonymity-is-one-teller"),
    pytest.param('ونقلت وكالة "المشرق" عن ضابطين في الجيش السابق أن الانسحاب جرى دون قتال.', None,
                 [("outlet", 'وكالة "المشرق"'), ("official", "ضابطين في الجيش السابق")],
                 id="dual-tellers-1"),
    pytest.param("وقال مسؤولان أمريكيان إن الضربة استهدفت مخزنا للأسلحة.", None,
                 [("official", "مسؤولان أمريكيان")],
                 id="dual-tellers-2"),
    # النائب عن X: the bloc is part of the title, never an inner source
    pytest.param("وقال النائب عن تحالف الفتح محمد كريم إن الحكومة مطالبة بموقف واضح.", None,
                 [("person", "النائب عن تحالف الفتح محمد كريم")],
                 id="a-member-sitting-for-a-bloc-1"),
    pytest.param("وقال النائب عن محافظة نينوى إن الوضع الأمني مستقر.", None,
                 [("official", "النائب عن محافظة نينوى")],
                 id="a-member-sitting-for-a-bloc-2"),
    # bodies that speak by a bare definite noun
    pytest.param("وأضافت السفارة، في تغريدة، أن الزيارة تأتي قبل جولة المحادثات.", 1,
                 [("official", "السفارة")],
                 id="body-by-a-bare-definite-noun-1"),
    pytest.param("قتل أربعة أشخاص في الاشتباكات، بحسب ما أعلنت الشرطة مساء الأحد.", 1,
                 [("official", "الشرطة")],
                 id="body-by-a-bare-definite-noun-2"),
    pytest.param("وأفاد قصر الإليزيه بأن الرئيس يتابع تطور الأحداث.", 1,
                 [("official", "قصر الإليزيه")],
                 id="body-by-a-bare-definite-noun-3"),
])
def test_first_claim_chain(text: str, count: int | None, chain: list[tuple[str, str]]) -> None:
    """The chain of the first claim (and, where a case gives it, how many claims the text holds)."""
    cs = _claims(text)
    if count is not None:
        assert len(cs) == count
    assert _chain(cs[0]) == chain


def test_relay_with_a_pronoun_keeps_the_teller_just_cited() -> None:
    text = ("وقال الناطق باسم الشرطة سامي الحداد إن الانفجار وقع قرب السوق. "
            "ونقلت عنه وكالة الأنباء المحلية أن ثلاثة أشخاص أصيبوا.")
    cs = _claims(text)
    assert len(cs) == 2
    assert cs[1].sources[0].kind == "outlet" and cs[1].sources[0].text == "وكالة الأنباء المحلية"
    assert cs[1].sources[-1].text == cs[0].sources[-1].text


def test_titles_no_list_named() -> None:
    cs = _claims("وقال المفتش العام في الشرطة، كريم السعدي، إن العملية انتهت.")
    assert cs and cs[0].sources[-1].kind == "person"
    assert cs[0].sources[-1].text.startswith("المفتش العام في الشرطة")
    cs = _claims("وقال مساعد محافظ الأنبار مازن الدليمي إن الطريق أعيد فتحه.")
    assert cs and _chain(cs[0]) == [("person", "مساعد محافظ الأنبار مازن الدليمي")]


def test_a_name_described_by_an_aside_is_a_person() -> None:
    cs = _claims("وقال الراشد، وهو قيادي سابق في الفصائل، إنه تلقى تهديدات.")
    assert cs and _chain(cs[0]) == [("person", "الراشد")]
    cs = _claims('وقالت سلمى وهي ممرضة في المستشفى "لم نعد نملك أدوية".')
    assert cs and _chain(cs[0]) == [("person", "سلمى")]
    # a body described so stays a body
    cs = _claims("وقالت منظمة الإغاثة الدولية، وهي منظمة إنسانية، إن قافلتها وصلت.")
    assert cs and cs[0].sources[-1].kind == "official"


def test_a_teller_after_a_connective() -> None:
    # غير أن / إلا أن X قال: X opens the clause after the connective
    cs = _claims("ورغم الهدوء، إلا أن مصادر محلية أكدت أن الاشتباكات تجددت ليلاً.")
    assert cs and _chain(cs[-1]) == [("anonymous", "مصادر محلية")]
    cs = _claims("غير أن الجيش الإسرائيلي قال إن الصواريخ سقطت في مناطق مفتوحة.")
    assert cs and _chain(cs[-1]) == [("official", "الجيش الإسرائيلي")]


def _claims_with(text: str, entities: list[tuple[str, str, list[str]]],
                 kinds: dict[str, str] | None = None) -> list[model.Claim]:
    """The claims stage over hand-given entities (type, ref, surfaces), with pack kinds where given."""
    doc = doc_with_entities(text, entities)
    for ent in doc.entities:
        if kinds and ent.ref in kinds:
            ent.attrs["kind"] = kinds[ent.ref]
    claims.run(doc)
    return doc.claims


def test_claim_of_responsibility_and_a_broadcast() -> None:
    # تبنّى X الهجوم: the group tells that it did it; بثّت قناة X تسجيلاً: the outlet shows it
    cs = _claims_with("وتبنى تنظيم داعش الهجوم الذي استهدف حاجزا قرب تدمر.", [("actor", "isis", ["تنظيم داعش"])])
    assert len(cs) == 1 and _chain(cs[0]) == [("official", "تنظيم داعش")]
    cs = _claims_with("وبثت قناة الفرات تسجيلا مصورا يظهر لحظة الانفجار.", [("outlet", "furat", ["قناة الفرات"])])
    assert len(cs) == 1 and _chain(cs[0]) == [("outlet", "قناة الفرات")]
    # a man who adopted children tells nothing
    assert _claims("وتبنى الرجل طفلين من أطفال الحي.") == []


def test_a_body_noun_before_a_named_entity() -> None:
    text = 'من جهتها، أعلنت منظمة "رصد الحرب" غير الحكومية التي تحصي الضحايا أن ألف مدني قتلوا.'
    cs = _claims_with(text, [("outlet", "rasd", ["رصد الحرب"])])
    assert len(cs) == 1 and _chain(cs[0]) == [("outlet", 'منظمة "رصد الحرب"')]


def test_a_country_as_the_teller_of_a_verbal_noun() -> None:
    text = "وجاء الهجوم بعد أشهر من إعلان العراق النصر على التنظيم."
    cs = _claims_with(text, [("place", "iraq", ["العراق"])], kinds={"iraq": "country"})
    assert len(cs) == 1 and _chain(cs[0]) == [("official", "العراق")]


def test_a_body_is_not_the_unnamed_source_an_outlet_quoted() -> None:
    text = ("ونقلت وكالة الأنباء المحلية عن مصدر أمني أن الوضع تحت السيطرة. "
            "وتقول الشرطة إنها تحاصر أحد المسلحين في السوق.")
    cs = _claims(text)
    assert len(cs) == 2
    assert _chain(cs[1]) == [("official", "الشرطة")]


def test_plural_nisbas_stay_with_the_source() -> None:
    cs = _claims('ونقل موقع "المرصد الإخباري" عن مسؤولين أمريكيين قولهم إن الانسحاب مؤجل.')
    assert _chain(cs[0])[-1] == ("official", "مسؤولين أمريكيين")
    cs = _claims("وقال مسؤولون إسرائيليون إن الضربة كانت محدودة.")
    assert _chain(cs[0]) == [("official", "مسؤولون إسرائيليون")]


def test_a_relay_cue_inside_the_sentence_is_an_inner_link() -> None:
    # X لـY، نقلاً عن Z، أن: Y ← X ← Z (an according-to cue there, بحسب, is an outer link instead)
    text = 'وكشف مصدر مطلع لـ"الشرق الأوسط"، نقلاً عن مسؤول في الحكومة، أن بغداد تلقت رسالة.'
    cs = _claims_with(text, [("place", "middle-east", ["الشرق الأوسط"])])
    assert len(cs) == 1
    assert _chain(cs[0]) == [("outlet", "الشرق الأوسط"), ("anonymous", "مصدر مطلع"),
                             ("official", "مسؤول في الحكومة")]


@pytest.mark.parametrize("text, src", [
    pytest.param('وقال المجلس المحلي في مدينة نوى لـ"الإخبارية نت" إن مئات العائلات نزحت.',
                 "المجلس المحلي في مدينة نوى", id="council-in-a-town"),
    pytest.param("وأعلنت مديرية صحة إدلب أن المشفى خرج عن الخدمة.", "مديرية صحة إدلب", id="directorate-in-construct"),
    pytest.param("وقالت اللجنة الدولية للصليب الأحمر إن فرقها وصلت.", "اللجنة الدولية للصليب الأحمر",
                 id="definite-body-with-lam-genitive"),
])
def test_bodies_with_their_whole_names(text: str, src: str) -> None:
    cs = _claims(text)
    assert len(cs) == 1
    assert cs[0].sources[-1].kind == "official" and cs[0].sources[-1].text == src


def test_unnamed_people_online_and_in_the_press() -> None:
    cs = _claims('وقال أحد المغردين على منصة إكس: "الوضع خطير".')
    assert cs and _chain(cs[0]) == [("anonymous", "أحد المغردين")]
    cs = _claims("وتم توزيع مليون بطاقة انتخابية، وفقا لجهات حكومية.")
    assert cs and _chain(cs[0]) == [("official", "جهات حكومية")]
    cs = _claims("وذكر صحافي محلي أنه شاهد آثار القصف على الطريق.")
    assert cs and _chain(cs[0]) == [("anonymous", "صحافي محلي")]


def test_a_body_that_passes_a_law_tells_nothing() -> None:
    assert _claims("وأقر مجلس النواب، ثلاثة مشاريع قوانين تفرض عقوبات على الشبكة.") == []
    cs = _claims("وأقر مسؤول في الوزارة بأن الخطة تأخرت.")
    assert cs and _chain(cs[0]) == [("official", "مسؤول في الوزارة")]


def test_a_body_that_adopts_a_resolution_tells_nothing() -> None:
    assert _claims("وتبنى مجلس الأمن الدولي السبت بالإجماع قرارا يدعو إلى وقف إطلاق النار.") == []
