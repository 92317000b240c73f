"""Claims: the subject of a verb of informing before it, plural nouns of unnamed people as tellers, adverbs and
«شبه» at the end of an outlet's name, an adjective that is no outlet, and agencies that are government bodies
(sentences written for the tests)."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chain, full_claims


@pytest.mark.parametrize("text, chain", [
    pytest.param("وكان وزير النقل سامر الحداد أبلغ النواب بأن الطريق الدولي سيفتح الشهر المقبل.",
                 [("person", "وزير النقل سامر الحداد")], id="titled-subject-before-inform"),
    pytest.param("وأخبرت البلدية السكان بأن المياه ستقطع يومين.",
                 [("official", "البلدية")], id="inform-vso-keeps-subject"),
])
def test_inform_verb_subject(text: str, chain: list[tuple[str, str]]) -> None:
    got = full_claims(text)
    assert got and claim_chain(got[0]) == chain, [claim_chain(c) for c in got]


def test_inform_verb_object_is_never_the_teller() -> None:
    # the subject before أبلغ is no name any stage knows: better no teller of its own than the one informed
    got = full_claims("وقال ضابط في الشرطة إن الحداد أبلغ المحكمة بأن الشهود غادروا.")
    tellers = [s.text for c in got for s in c.sources]
    assert "المحكمة" not in tellers, [claim_chain(c) for c in got]


@pytest.mark.parametrize("text, chain", [
    pytest.param("وقال باحثون إن نصف المدارس في الريف خرجت من الخدمة.",
                 [("anonymous", "باحثون")], id="researchers"),
    pytest.param("ويحذر أكاديميون ومحامون من أن القانون الجديد يقيد الصحافة.",
                 [("anonymous", "أكاديميون"), ("anonymous", "محامون")], id="academics-and-lawyers"),
    pytest.param("وأكد متظاهرون أن الشرطة فرقتهم بالقوة.",
                 [("anonymous", "متظاهرون")], id="protesters"),
])
def test_plural_people_are_unnamed_sources(text: str, chain: list[tuple[str, str]]) -> None:
    got = full_claims(text)
    assert got and claim_chain(got[0]) == chain, [claim_chain(c) for c in got]


@pytest.mark.parametrize("text, teller", [
    pytest.param("وذكرت وكالة أنباء مهر الإيرانية شبه الرسمية أن السفينة وصلت إلى الميناء.",
                 "وكالة أنباء مهر الإيرانية شبه الرسمية", id="semi-official"),
    pytest.param("وأعلنت صحيفة الأيام لاحقا أن رئيس التحرير استقال.", "صحيفة الأيام", id="later"),
])
def test_outlet_name_end(text: str, teller: str) -> None:
    got = full_claims(text)
    assert got and [s.text for s in got[0].sources] == [teller], [claim_chain(c) for c in got]


def test_adverb_after_a_titled_name_is_no_part_of_it() -> None:
    got = full_claims("وأوضح الناطق باسم البلدية سمير الخطيب لاحقا أن الجسر سيغلق.")
    assert got and claim_chain(got[0]) == [("person", "الناطق باسم البلدية سمير الخطيب")], [claim_chain(c) for c in got]


def test_nisba_is_not_an_outlet_cited_before() -> None:
    text = ("وقال المرصد السوري لحقوق الإنسان إن الطائرات قصفت البلدة. "
            "وأفاد الإعلام السوري الرسمي السبت أن الجيش دخل أطراف البلدة.")
    got = full_claims(text)
    second = [c for c in got if "الإعلام" in " ".join(s.text for s in c.sources)]
    assert second and [s.kind for s in second[0].sources] == ["anonymous"], [claim_chain(c) for c in got]


@pytest.mark.parametrize("text, chain", [
    pytest.param("وقالت وكالة إدارة الطوارئ إن الفيضانات شردت ألف عائلة.",
                 [("official", "وكالة إدارة الطوارئ")], id="emergency-agency"),
    pytest.param("وقالت الوكالة الدولية للطاقة الذرية إن المفتشين زاروا الموقع.",
                 [("official", "الوكالة الدولية للطاقة الذرية")], id="iaea"),
    pytest.param("وقالت وكالة الأنباء الألمانية إن الحكومة استقالت.",
                 [("outlet", "وكالة الأنباء الألمانية")], id="news-agency-stays-outlet"),
])
def test_agency_named_by_its_task_is_a_body(text: str, chain: list[tuple[str, str]]) -> None:
    got = full_claims(text)
    assert got and claim_chain(got[0]) == chain, [claim_chain(c) for c in got]


def test_agency_in_a_title_is_no_addressee() -> None:
    got = full_claims("قال فرانك هولمز، المدير السابق لوكالة المخابرات البريطانية، إن الهجوم كان متوقعا.")
    assert got and [s.kind for s in got[0].sources] == ["person"], [claim_chain(c) for c in got]


@pytest.mark.parametrize("text, outlet", [
    pytest.param("وقال الوزير خلال لقائه مع قناة الحدث إن الحدود ستفتح.", "قناة الحدث", id="during-meeting"),
])
def test_meeting_with_an_outlet_is_an_addressee(text: str, outlet: str) -> None:
    got = full_claims(text)
    assert got and got[0].sources[0].kind == "outlet" and got[0].sources[0].text == outlet, \
        [claim_chain(c) for c in got]


def test_published_documents_are_no_teller() -> None:
    assert not full_claims("واعتقل بتهمة نشر وثائق سرية.")


def test_medium_video_closes_the_name() -> None:
    got = full_claims("وقال المتحدث باسم الدفاع المدني العميد خالد النمر في فيديو نشره المكتب \"الوضع تحت السيطرة\".")
    assert got and claim_chain(got[0]) == [("person", "المتحدث باسم الدفاع المدني العميد خالد النمر")], \
        [claim_chain(c) for c in got]


@pytest.mark.parametrize("text, chain", [
    pytest.param("أبلغ مصدر دبلوماسي رويترز أن الجولة المقبلة تأجلت.",
                 [("outlet", "رويترز"), ("official", "مصدر دبلوماسي")], id="outlet-informed-after-teller"),
    pytest.param("وأغلقت الطرق المؤدية إلى الميناء، حسبما أبلغت الشرطة وكالة رويترز.",
                 [("outlet", "وكالة رويترز"), ("official", "الشرطة")], id="outlet-informed-after-hasbama"),
])
def test_outlet_informed_is_the_outer_link(text: str, chain: list[tuple[str, str]]) -> None:
    got = full_claims(text)
    assert got and claim_chain(got[-1]) == chain, [claim_chain(c) for c in got]


def test_long_quote_after_a_bare_title_is_what_was_said() -> None:
    got = full_claims("وقال سامي العبد الله، المتحدث باسم البلدية، إن المياه ستعود. "
                "وأضاف المتحدث \"لن نترك أي حي دون مياه حتى نهاية الشهر\".")
    assert len(got) == 2 and [s.text for s in got[1].sources] == ["المتحدث"], [claim_chain(c) for c in got]


def test_bare_spokeswoman_after_her_name_is_the_person() -> None:
    got = full_claims("وقالت المتحدثة باسم البلدية سلمى الخطيب إن المياه ستعود غدا. "
                "وستبدأ أعمال الصيانة يوم السبت، بحسب المتحدثة.")
    assert len(got) == 2 and claim_chain(got[1]) == [("person", "المتحدثة")], [claim_chain(c) for c in got]
