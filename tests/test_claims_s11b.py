"""Claims, session 11 (second part; sentences written for the tests): titles no list knew (نقيب، القائم
بالأعمال، عمدة، سكرتير، محامي، مفتي), a title's epithets before a colon or quote, a continuation after a medium
phrase (وتابع في كلمة مقتضبة "…"), the surname علي right before what was said, and a ḥāl after a teller's name
that is not part of it."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chain, full_claims


def _chains(text: str) -> list[list[tuple[str, str]]]:
    return [claim_chain(c) for c in full_claims(text)]


@pytest.mark.parametrize("text, chain", [
    pytest.param('وقال نقيب المعلمين في المحافظة ناصر العلي "إن الإضراب سيستمر حتى تلبية مطالبنا".',
                 [("person", "نقيب المعلمين في المحافظة ناصر العلي")], id="naqib-name-quote"),
    pytest.param('وصرح القائم بالأعمال الكندي في بغداد توماس غرين الذي زار المخيم أمس "نحن قلقون من أوضاع '
                 'النازحين في الشتاء".', [("person", "القائم بالأعمال الكندي في بغداد توماس غرين")],
                 id="chargé-name-relative-quote"),
    pytest.param("وقال عمدة البلدة إن المياه غمرت عشرات المنازل.", [("official", "عمدة البلدة")], id="mayor"),
    pytest.param("وأكد سكرتير اللجنة أن الاجتماع تأجل أسبوعا.", [("official", "سكرتير اللجنة")], id="secretary"),
    pytest.param("وقال مفتي المدينة إن صلاة العيد ستقام في الساحة.", [("official", "مفتي المدينة")], id="mufti"),
])
def test_titles_no_list_knew(text: str, chain: list[tuple[str, str]]) -> None:
    assert _chains(text) == [chain]


@pytest.mark.parametrize("text, teller", [
    # the epithets after a complete title close it before a colon or a long quote: the title still tells
    pytest.param('قال الرئيس الإيراني حسن روحاني إن بلاده لن تتراجع. وتابع الرئيس الإيراني المعتدل: "لن نقبل '
                 'بأي ضغوط".', "الرئيس الإيراني", id="holder-epithet-colon"),
    pytest.param('وتابع الوزير اللبناني المخضرم "لن نقبل بالشروط المطروحة علينا في هذه المرحلة".',
                 "الوزير اللبناني", id="official-epithet-long-quote"),
])
def test_epithets_after_a_title(text: str, teller: str) -> None:
    got = _chains(text)
    assert got and got[-1][-1][1] == teller, got


def test_epithets_keep_a_short_quoted_object_out() -> None:
    # a definite word and a short quote after the title: what the verb says about, not the teller's epithet
    assert not any("الحكومة" in s[1] for c in _chains('وانتقد الوزير الحكومة "الفاشلة".') for s in c)


@pytest.mark.parametrize("text", [
    pytest.param('قال وزير الخارجية سامي النجار إن المفاوضات متعثرة. وتابع في كلمة قصيرة "لن نقبل بالشروط '
                 'المطروحة".', id="kalima-adjective-quote"),
    pytest.param('قال وزير الخارجية سامي النجار إن المفاوضات متعثرة. وتابع خلال مؤتمر صحافي في عمان أن '
                 '"الحكومة لن تقبل بالشروط".', id="mutamar-sahafi-place-an"),
])
def test_a_continuation_after_a_medium_phrase(text: str) -> None:
    got = _chains(text)
    assert len(got) == 2 and got[1] == [("person", "وزير الخارجية سامي النجار")], got


def test_a_medium_phrase_naming_a_teller_is_no_continuation() -> None:
    got = _chains('قال وزير الخارجية سامي النجار إن المفاوضات متعثرة. وتابع في بيان المتحدث باسم الجيش "إن '
                  'العمليات مستمرة في الشمال".')
    assert not any(c == [("person", "وزير الخارجية سامي النجار")] for c in got[1:]), got


@pytest.mark.parametrize("text, teller", [
    pytest.param('وقال الوزير أحمد علي "إن الحكومة ستواصل العمل".', "الوزير أحمد علي", id="quote"),
    pytest.param("وأضاف المتحدث محمد علي أن القوات انسحبت من البلدة.", "المتحدث محمد علي", id="an"),
])
def test_ali_before_what_was_said_is_a_surname(text: str, teller: str) -> None:
    assert _chains(text) == [[("person", teller)]]


def test_ala_after_a_verb_that_takes_it_stays_a_preposition() -> None:
    got = _chains("وأكد الوزير أحمد على أن الحكومة ستواصل العمل.")
    assert got and not any("على" in s[1] for s in got[0]), got


@pytest.mark.parametrize("text, teller", [
    pytest.param('وقالت ماجدة الحسن ضاحكة "لم نعد نخاف من شيء بعد كل ما رأيناه".', "ماجدة الحسن", id="faila"),
    pytest.param("وتقول ماجدة مبتسمة إن الحياة عادت إلى طبيعتها في الحي.", "ماجدة", id="muftail"),
    pytest.param('وقال سامر غاضبا "لا أحد يسأل عنا في هذا المخيم".', "سامر", id="faila-masc"),
])
def test_a_hal_after_the_name_is_not_part_of_it(text: str, teller: str) -> None:
    assert _chains(text) == [[("person", teller)]]


@pytest.mark.parametrize("text, teller", [
    # a given name of the participle's shape (فاطمة), or a shape of the other gender (a foreign name in ا after
    # قالت): part of the name
    pytest.param("وقالت الباحثة سلمى فاطمة إن الحياة عادت إلى طبيعتها.", "الباحثة سلمى فاطمة", id="given-name"),
    pytest.param("وقالت الطبيبة سلمى كارلا إن الحياة عادت إلى طبيعتها.", "الطبيبة سلمى كارلا", id="other-gender"),
])
def test_a_name_of_the_hal_shape_is_kept(text: str, teller: str) -> None:
    assert _chains(text) == [[("person", teller)]]


@pytest.mark.parametrize("text, chain", [
    # a title with a possessive pronoun, then the holder's name
    pytest.param("ووجهت إليه تهمة التزوير، بحسب ما قال محاميه جان روبير فونغ.",
                 [("person", "محاميه جان روبير فونغ")], id="his-lawyer-named"),
])
def test_who_holds_a_title_in_construct(text: str, chain: list[tuple[str, str]]) -> None:
    assert _chains(text)[-1] == chain


def test_a_verb_of_the_other_gender_does_not_go_on_for_an_unnamed_official() -> None:
    got = _chains('قال مسؤول أمريكي إن الضربة إسرائيلية. وقالت في بيان "إننا نأسف لما حصل لقواتنا داخل الأراضي '
                  'السورية".')
    assert got == [[("official", "مسؤول أمريكي")]], got
