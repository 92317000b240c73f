"""Claims, round 18: a platform after the verb is no teller named علي, the spellings مسئول/مسؤل are the official
noun مسؤول, and a given name opens a person's name before في بيان (sentences written for the tests)."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chains, people
from tests.test_claims_recent import _chain, _claims


@pytest.mark.parametrize("text", [
    pytest.param("وقال الطبيب سامر حداد إن المستشفى امتلأ. وأضاف على تويتر أن الأدوية نفدت.", id="twitter"),
    pytest.param("وقال الطبيب سامر حداد إن المستشفى امتلأ. وأضاف على فيسبوك أن الأدوية نفدت.", id="facebook"),
])
def test_platform_after_verb_is_no_teller(text: str) -> None:
    """على folds like the given name علي; followed by a platform it is where he wrote, so the last teller
    goes on telling."""
    got = _claims(text)
    assert len(got) == 2
    assert _chain(got[1]) == [("person", "الطبيب سامر حداد")]


def test_given_name_ali_still_opens_a_name() -> None:
    got = _claims("وقال علي حداد إن المستشفى امتلأ.")
    assert got and _chain(got[0]) == [("person", "علي حداد")]


@pytest.mark.parametrize("text, chain", [
    pytest.param("وقال مسئولون عراقيون إن الطريق أغلق.", [("official", "مسئولون عراقيون")], id="hamza-on-ya-plural"),
    pytest.param("وقال مسؤلون عراقيون إن الطريق أغلق.", [("official", "مسؤلون عراقيون")], id="one-waw-plural"),
    pytest.param("وقالت مسئولة أممية إن الطريق أغلق.", [("official", "مسئولة أممية")], id="hamza-on-ya-feminine"),
    pytest.param("وقال مسئول أمني إن الطريق أغلق.", [("official", "مسئول أمني")], id="hamza-on-ya-qualified"),
])
def test_misspelt_official_nouns(text: str, chain: list[tuple[str, str]]) -> None:
    got = _claims(text)
    assert got and _chain(got[0]) == chain


@pytest.mark.parametrize("text, chain", [
    pytest.param("وقال أشرف النجار في بيان إن ثلاثة جرحى نقلوا إلى المستشفى.",
                 [("person", "أشرف النجار")], id="name-spelt-as-verb"),
    pytest.param("وقالت خلية الإعلام في بيان إن ثلاثة جرحى نقلوا إلى المستشفى.",
                 [("official", "خلية الإعلام")], id="body-stays-official"),
])
def test_given_name_before_statement_is_a_person(text: str, chain: list[tuple[str, str]]) -> None:
    got = _claims(text)
    assert got and _chain(got[0]) == chain


def test_misspelt_official_plural_is_no_person_in_full_pipeline() -> None:
    """With the entity stage on, مسئولون + nisba is no person's name (roles.json not_name_words)."""
    assert claim_chains("وأعلن مسئولون عراقيون أن الطريق أغلق.") == [[("official", "مسئولون عراقيون")]]
    assert "مسئولون عراقيون" not in people("وأعلن مسئولون عراقيون أن الطريق أغلق.")


@pytest.mark.parametrize("text, chain", [
    # an indefinite scholar's title, its domain and the name after it: a person, the whole phrase
    pytest.param("ويقول أستاذ التاريخ بجامعة دمشق سليم حداد إن المدينة تغيرت.",
                 [("person", "أستاذ التاريخ بجامعة دمشق سليم حداد")], id="professor-named"),
    pytest.param("وقال خبير الشؤون الأمنية فاضل النعيمي إن الهجوم كان متوقعا.",
                 [("person", "خبير الشؤون الأمنية فاضل النعيمي")], id="expert-named"),
    pytest.param("وقالت باحثة في مركز الدراسات سعاد كريم إن الهجوم كان متوقعا.",
                 [("person", "باحثة في مركز الدراسات سعاد كريم")], id="researcher-named"),
    # with no name they stay unnamed sources
    pytest.param("وقال أستاذ جامعي إن الهجوم كان متوقعا.", [("anonymous", "أستاذ جامعي")], id="professor-unnamed"),
    pytest.param("وقال خبير عسكري إن الهجوم كان متوقعا.", [("anonymous", "خبير عسكري")], id="expert-unnamed"),
    pytest.param("وقال محلل سياسي إن الهجوم كان متوقعا.", [("anonymous", "محلل سياسي")], id="analyst-unnamed"),
])
def test_scholar_titles(text: str, chain: list[tuple[str, str]]) -> None:
    assert claim_chains(text)[:1] == [chain]


@pytest.mark.parametrize("text, chain", [
    # the noun a preposition governs after an indefinite title is the place of work, never a name
    pytest.param("وقال باحث في جامعة بغداد إن الهجوم كان متوقعا.",
                 [("anonymous", "باحث في جامعة بغداد")], id="researcher-at-university"),
    pytest.param("وقال مستشار في جامعة بغداد إن الهجوم كان متوقعا.",
                 [("official", "مستشار في جامعة بغداد")], id="adviser-at-university"),
])
def test_word_after_preposition_opens_no_name(text: str, chain: list[tuple[str, str]]) -> None:
    assert claim_chains(text)[:1] == [chain]


@pytest.mark.parametrize("text, chain", [
    # مسؤول after a source noun is its qualifier (a responsible source), quoted or not
    pytest.param('ونقلت الوكالة عن "مصدر مسؤول" قوله إن المعبر أغلق.',
                 [("outlet", "الوكالة"), ("anonymous", "مصدر مسؤول")], id="quoted-after-an"),
    pytest.param("ونقلت الوكالة عن مصدر مسؤول في وزارة النقل قوله إن المعبر أغلق.",
                 [("outlet", "الوكالة"), ("anonymous", "مصدر مسؤول في وزارة النقل")], id="with-ministry"),
    pytest.param("وقالت مصادر مسؤولة إن المعبر أغلق.", [("anonymous", "مصادر مسؤولة")], id="plural-feminine"),
])
def test_responsible_source(text: str, chain: list[tuple[str, str]]) -> None:
    got = _claims(text)
    assert got and _chain(got[0]) == chain


def test_responsible_source_after_ala_lisan_is_the_inner_link() -> None:
    got = _claims('ورفضت الحكومة، على لسان "مصدر مسؤول" بوزارة النقل، تلك الاتهامات.')
    assert got and ("anonymous", "مصدر مسؤول") in _chain(got[0])


@pytest.mark.parametrize("text, chain", [
    # a long outlet phrase ending in a short quoted name: the name is read to its closing mark, and the teller
    # it relays after عن is kept
    pytest.param('ونقلت وكالة أنباء وزارة الدفاع "دفاع برس" عن قائد الجيش قوله إن الهجوم صد.',
                 [("outlet", 'وكالة أنباء وزارة الدفاع "دفاع برس"'), ("official", "قائد الجيش")], id="four-words"),
    pytest.param('ونقلت وكالة الأنباء الرسمية "وطن" عن مصدر عسكري قوله إن الهجوم صد.',
                 [("outlet", 'وكالة الأنباء الرسمية "وطن"'), ("anonymous", "مصدر عسكري")], id="official-agency"),
])
def test_quoted_name_ends_a_long_outlet_phrase(text: str, chain: list[tuple[str, str]]) -> None:
    got = _claims(text)
    assert got and _chain(got[0]) == chain
