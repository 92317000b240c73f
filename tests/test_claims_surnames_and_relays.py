"""Claims: rules found by reading unseen ANT articles of all five outlets (sentences written for
the tests): bare surnames as persons, نقل in its sense of transporting, وتابع + a quote, verbs of considering
with an object and its predicate, على لسان as a relay, a singular source noun before a named person, an outlet inside
an inner teller's title, and a bare «وقال إن» after a sentence whose subject is a person."""

from __future__ import annotations

import pytest

from tests.conftest import full_claims
from tests.test_claims_recent import _chain, _claims


@pytest.mark.parametrize("text, chain", [
    # one plain word no list knows, right before أن/إن, that the article also writes as part of a full name:
    # a surname, so a named person (the ontology's `person`)
    pytest.param("وتحدثت المدعية فاتو بنسودا أمام المجلس. وقالت بنسودا إن المحكمة ستنظر في الشكوى خلال أسابيع.",
                 [("person", "بنسودا")], id="feminine-verb-surname"),
    pytest.param("ووصل كينيث روث إلى المدينة أمس. وأضاف كينيث أن فريقه وثق عشرات الانتهاكات.",
                 [("person", "كينيث")], id="given-name-of-a-full-name"),
    pytest.param("وزار خوسيه مارتينيز القاعدة. وأكد مارتينيز في مقابلة مع الإذاعة المحلية أن القوات ستنسحب.",
                 [("outlet", "الإذاعة المحلية"), ("person", "مارتينيز")], id="surname-then-interview"),
    # a body known by one word written bare (grammar.bare_bodies) stays a body
    pytest.param("وقالت يونيسف إن آلاف الأطفال بحاجة إلى مساعدات عاجلة.", [("official", "يونيسف")],
                 id="bare-body-from-the-list"),
    pytest.param("وقالت أوكسفام إن المخيمات تفتقر إلى المياه النظيفة.", [("official", "أوكسفام")],
                 id="bare-ngo-from-the-list"),
])
def test_one_word_teller(text: str, chain: list[tuple[str, str]]) -> None:
    cs = _claims(text)
    assert len(cs) == 1
    assert _chain(cs[0]) == chain


@pytest.mark.parametrize("text", [
    pytest.param("وقالت بنسودا إن المحكمة ستنظر في الشكوى خلال أسابيع.", id="no-full-name-anywhere"),
    pytest.param("وقال طلاب إن المسلح فتح النار في الفصل.", id="a-plural-where-a-teller-stands"),
    pytest.param('يؤكد دائما: "نحن نريد تطبيق القانون".', id="an-adverb-where-a-teller-stands"),
])
def test_a_lone_unknown_word_is_no_person(text: str) -> None:
    assert all(s.kind != "person" for c in _claims(text) for s in c.sources)


@pytest.mark.parametrize("text", [
    pytest.param("ويقول جيرانها إنها كانت تساعد الجرحى كل يوم.", id="possessed-plural"),
    pytest.param("وذكر بالبيان أن الاجتماع تناول الوضع الأمني.", id="clitic-on-a-definite-noun"),
])
def test_words_that_are_no_surname(text: str) -> None:
    assert all(s.kind != "person" for c in _claims(text) for s in c.sources)


@pytest.mark.parametrize("text", [
    pytest.param("ونقل عشرات الجرحى إلى المستشفيات الميدانية بعد القصف.", id="passive-transport"),
    pytest.param("واحتج السكان على نقل السفارة من تل أبيب إلى القدس.", id="verbal-noun-transport"),
    pytest.param("واعترضت البحرية سفينة تنقل متطوعين كانوا يريدون الوصول إلى الجزيرة.", id="present-transport"),
    pytest.param("ونقل الوزير رسالة إلى نظيره خلال لقائهما في العاصمة.", id="handed-a-message"),
])
def test_transporting_is_no_telling(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize("text, chain", [
    pytest.param("ونقلت وكالة الأنباء المحلية عن مصدر طبي أن الجرحى وصلوا إلى المستشفى.",
                 [("outlet", "وكالة الأنباء المحلية"), ("anonymous", "مصدر طبي")], id="relay-through-an"),
    pytest.param("ونقل التلفزيون الرسمي أن القوات دخلت البلدة.", [("outlet", "التلفزيون الرسمي")],
                 id="relay-then-an"),
])
def test_relaying_is_still_telling(text: str, chain: list[tuple[str, str]]) -> None:
    cs = _claims(text)
    assert len(cs) == 1
    assert _chain(cs[0]) == chain


def test_tabi_with_a_quote_goes_on_for_the_last_teller() -> None:
    cs = _claims('قال المتحدث باسم البلدية إن الطرق ستفتح غدا. وتابع "أنهينا إزالة الركام من الأحياء الشرقية".')
    assert len(cs) == 2
    assert _chain(cs[1]) == [("official", "المتحدث باسم البلدية")]


@pytest.mark.parametrize("text", [
    pytest.param('وتابع المشاهدون "المباراة" حتى ساعة متأخرة.', id="object-in-quotes-after-a-subject"),
    pytest.param('وتابع "المؤتمر" مئات الصحفيين من أنحاء العالم.', id="no-teller-before"),
])
def test_tabi_meaning_followed_is_no_claim(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize("text", [
    pytest.param("وتدعم العاصمة المقاتلين المحليين، إذ تعتبر قوات الحماية الشعبية حليفا ضد المتشددين.",
                 id="object-then-predicate"),
    pytest.param("وأكد البيان أن البلاد ملتزمة بالحياد، وأنها تعتبر الحكومة المركزية مسؤولة عن الأحداث.",
                 id="pronoun-complement-with-a-conjunction"),
])
def test_what_is_considered_is_no_teller(text: str) -> None:
    cs = _claims(text)
    tellers = {s.text for c in cs for s in c.sources}
    assert not tellers & {"قوات الحماية الشعبية", "الحكومة المركزية"}


def test_the_one_considering_is_still_a_teller() -> None:
    cs = full_claims("وتعتبر أنقرة الجماعة المسلحة منظمة إرهابية.")
    assert [_chain(c) for c in cs] == [[("official", "أنقرة")]]


def test_a_relay_on_the_tongue_of_is_an_inner_link() -> None:
    cs = _claims('ونقلت وكالة الأنباء المحلية على لسان مصدر عسكري قوله: "دمرت الوحدات مواقع المسلحين".')
    assert [_chain(c) for c in cs] == [[("outlet", "وكالة الأنباء المحلية"), ("anonymous", "مصدر عسكري")]]


def test_a_singular_source_noun_then_a_named_person_is_that_person() -> None:
    cs = full_claims("من جانبها، قالت المتحدثة الأوروبية، مايا كوسيانشيتش، إن الاتحاد يدعو الأطراف إلى التفاوض.")
    assert len(cs) == 1
    assert cs[0].sources[-1].kind == "person"
    assert "مايا كوسيانشيتش" in cs[0].sources[-1].text


def test_an_office_then_a_named_person_stays_the_office() -> None:
    cs = full_claims("وأوضح مكتب رئيس الوزراء، بنيامين نتنياهو، في بيان إن الحكومة ترحب بالقرار.")
    assert cs and cs[0].sources[-1].kind == "official"


def test_an_outlet_in_the_inner_tellers_title_is_a_link() -> None:
    cs = full_claims("ونقلت وكالة فرانس برس عن مدير المرصد السوري لحقوق الإنسان، رامي عبد الرحمن، قوله إن المعارك "
               "توقفت في المدينة.")
    assert len(cs) == 1
    kinds = [s.kind for s in cs[0].sources]
    assert kinds == ["outlet", "outlet", "person"]
    assert "المرصد" in cs[0].sources[1].text


def test_a_title_pointing_back_keeps_its_outlet() -> None:
    cs = full_claims("وأفاد المرصد السوري لحقوق الإنسان بأن الاشتباكات مستمرة منذ الفجر. وأوضح مدير المرصد رامي عبد "
               "الرحمن أن عشرين مقاتلا قتلوا. وأضاف مدير المرصد أن القصف توقف مساء.")
    assert len(cs) == 3
    assert [s.kind for s in cs[2].sources] == ["outlet", "person"]


def test_bare_saying_after_a_person_subject() -> None:
    cs = full_claims("وناشد الناشط أحمد سالم المنظمات الدولية التدخل العاجل. وقال إن نحو أربعمئة شخص ما زالوا محاصرين.")
    assert len(cs) == 1
    assert _chain(cs[0]) == [("person", "الناشط أحمد سالم")]


@pytest.mark.parametrize("text", [
    pytest.param("والتقى وزير الخارجية سامي كرم بنظيره الفرنسي جان لوران في باريس. وقال إن البلدين متفقان.",
                 id="two-persons-in-the-sentence-before"),
    pytest.param("ورفض الحزب المعارض نتائج الانتخابات. وقال إن التزوير كان واسعا.", id="a-body-before"),
    pytest.param("وناشد الناشط أحمد سالم المنظمات الدولية التدخل العاجل.\nوقال إن نحو أربعمئة شخص ما زالوا محاصرين.",
                 id="another-paragraph"),
])
def test_bare_saying_with_no_safe_antecedent_is_no_claim(text: str) -> None:
    assert full_claims(text) == []
