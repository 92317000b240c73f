"""Claims, round 25 (CL): a verb of saying after a relative pronoun of the other gender (الذي تقول، التي يقول) has
its own subject after it, so the antecedent is no teller, neither of its own claim nor as an inner link of the
claim around it; a strict verb (بيّن) reaches its أن past a time set off by commas; an indefinite أنباء after a word
of circumstance or a verb of spreading tells what follows عن; a teller whose whole name is quoted loses the quotes."""

from __future__ import annotations

from tests.conftest import claim_chain, full_claims


def _tellers(text: str) -> list[list[tuple[str, str]]]:
    return [claim_chain(c) for c in full_claims(text)]


def test_relative_verb_of_the_other_gender_is_no_inner_link_of_the_outer_claim() -> None:
    text = "وقالت صحيفة الوطن إن مدير المختبر، الذي تقول دول غربية إنه يطور أسلحة محظورة، قتل في انفجار."
    chains = _tellers(text)
    assert chains[0] == [("outlet", "صحيفة الوطن")]
    assert all("مدير المختبر" not in src for chain in chains for _kind, src in chain)


def test_relative_verb_of_the_other_gender_takes_the_subject_after_it() -> None:
    text = "وداهمت القوات المصنع الذي تقول منظمات حقوقية إنه يستخدم لتعذيب المعتقلين."
    assert _tellers(text) == [[("official", "منظمات حقوقية")]]


def test_relative_verb_of_its_own_gender_keeps_the_antecedent() -> None:
    text = "وتحدثت وزيرة الصحة التي قالت إن المستشفيات ممتلئة."
    assert _tellers(text) == [[("official", "وزيرة الصحة")]]


def test_news_amid_which_something_happens_tells_what_follows_about() -> None:
    text = "وتقدمت القوات نحو البلدة وسط أنباء عن انسحاب المسلحين من مواقعهم."
    assert _tellers(text) == [[("anonymous", "أنباء")]]


def test_news_that_spread_tells_what_follows_about() -> None:
    text = "وبدأت تتوارد أنباء عن سقوط قتلى في صفوف المدنيين."
    assert _tellers(text) == [[("anonymous", "أنباء")]]


def test_definite_news_or_a_news_agency_tells_nothing() -> None:
    assert _tellers("وجاء ذلك بعد الأنباء عن وصول تعزيزات.") == []
    assert _tellers("ونشرت وكالة أنباء محلية صورا للدمار.") == []


def test_a_wholly_quoted_teller_loses_its_quotes() -> None:
    text = 'وأعلنت "كتيبة أبو الفضل" مسؤوليتها عن الهجوم.'
    assert _tellers(text) == [[("official", "كتيبة أبو الفضل")]]


def test_a_quoted_word_inside_a_teller_stays() -> None:
    text = 'وقالت صحيفة "الأفق" إن المعارك توقفت.'
    chains = _tellers(text)
    assert chains[0][0][1] == 'صحيفة "الأفق"'


def test_relative_verb_with_fihi_after_it_keeps_the_speaker_before() -> None:
    text = "وانتقد الوزير تصريحات نظيره الفرنسي، جان دوبون، التي قال فيها إن الحدود يجب أن تغلق."
    chains = _tellers(text)
    assert len(chains) == 1
    assert "جان دوبون" in chains[0][-1][1]


def test_strict_verb_with_a_time_set_off_by_commas_before_an() -> None:
    text = "وبينت وزارة الداخلية الأردنية، مساء الأحد، أن المهاجم اعتقل قرب الحدود."
    assert _tellers(text) == [[("official", "وزارة الداخلية الأردنية")]]


def test_bayna_between_with_a_time_set_off_by_commas_tells_nothing() -> None:
    assert _tellers("ووقعت اشتباكات بين الجيش، مساء الأحد، والمسلحين قرب الحدود.") == []
