"""Claims: rules found by reading unseen ANT articles (sentences written for the tests): the teller
after a stray comma that follows the verb, a name no list knows set off by a comma from its title, and موفد as an
envoy's title."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chain, full_claims


@pytest.mark.parametrize("text, name", [
    pytest.param("وقالت، نوريا بيلاسكو، إن العيادات أغلقت أبوابها في الشمال.", "نوريا بيلاسكو", id="comma-name-an"),
    pytest.param("وقال، غونار ليندكفيست، المسؤول في بعثة الإغاثة، إن الطريق مقطوع منذ أيام.", "غونار ليندكفيست",
                 id="comma-name-title-an"),
])
def test_stray_comma_between_verb_and_teller(text: str, name: str) -> None:
    got = full_claims(text)
    assert len(got) == 1 and claim_chain(got[0]) == [("person", name)]


@pytest.mark.parametrize("text, name", [
    pytest.param("وقال توماسو بيرناردي، المتحدث باسم البعثة الأوروبية، إن المساعدات وصلت.", "توماسو بيرناردي",
                 id="title-closed-by-comma"),
    pytest.param("قال كاوه رستمي، المتحدث باسم وزارة الخارجية الإيرانية إن بلاده تدعم المحادثات.", "كاوه رستمي",
                 id="title-then-an"),
])
def test_unknown_name_described_by_a_title_is_a_person(text: str, name: str) -> None:
    got = full_claims(text)
    assert len(got) == 1 and claim_chain(got[0]) == [("person", name)]


def test_comma_aside_after_verb_still_continues_the_last_teller() -> None:
    got = full_claims("وقال الوزير سمير خليل إن المعبر سيفتح غدا. وأضاف، في مؤتمر صحفي، أن الشاحنات ستعبر صباحا.")
    assert len(got) == 2 and got[1].sources[-1].text == got[0].sources[-1].text


def test_muwfad_is_an_envoy_title() -> None:
    got = full_claims("وقال موفد الجامعة العربية إلى ليبيا نبيل حداد \"لا نتوقع حلا قريبا\".")
    assert len(got) == 1 and got[0].sources[-1].kind == "person"
    assert "نبيل حداد" in got[0].sources[-1].text


def test_time_aside_after_a_subject_first_verb_is_no_teller() -> None:
    got = full_claims("لكن الإذاعة قالت، قبيل المساء، إن الشرطة ذكرت أن أحد المسلحين قتل.")
    assert got and all(s.kind != "person" for c in got for s in c.sources)
