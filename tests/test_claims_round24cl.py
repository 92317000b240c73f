"""Claims, round 24 (CL): a teller's complement stops at the verb's object (a denied or told noun after a
definite genitive, بـ on a verbal noun after a body's name); a definite information noun joined by و goes on with
a body's name, no second teller; a document told as a subject takes the outlet that published it as outer link
(تقرير نشرته صحيفة X), and after an according-to cue a posted statement takes the body that posted it, not an
outlet or site that carried it (بيان نشره موقع X)."""

from __future__ import annotations

from tests.conftest import claim_chain, full_claims


def _tellers(text: str) -> list[list[tuple[str, str]]]:
    return [claim_chain(c) for c in full_claims(text)]


def test_denied_noun_after_a_sources_body_is_the_object() -> None:
    text = "ونفى مصدر في وزارة الزراعة المزاعم التي تحدثت عن نفوق آلاف المواشي في السهل."
    assert _tellers(text) == [[("anonymous", "مصدر في وزارة الزراعة")]]


def test_bi_on_an_object_masdar_after_a_bodys_name() -> None:
    text = "ونددت منظمة سيف ذا تشيلدرن باستهداف قافلة المساعدات قرب الحدود الشمالية."
    assert _tellers(text) == [[("official", "منظمة سيف ذا تشيلدرن")]]


def test_information_noun_joined_to_a_bodys_name_is_no_teller() -> None:
    text = "وقالت هيئة الإحصاء والمعلومات في تقرير إن عدد النازحين تضاعف خلال الشتاء."
    chains = _tellers(text)
    assert len(chains) == 1
    assert all(kind != "anonymous" for kind, _ in chains[0])


def test_report_published_by_a_paper_takes_the_paper_as_outer_link() -> None:
    text = "وذكر تقرير نشرته صحيفة الغارديان أن مئات العائلات غادرت المخيم خلال أسبوع."
    assert _tellers(text) == [[("outlet", "صحيفة الغارديان"), ("document", "تقرير")]]


def test_statement_a_ministry_posted_after_an_according_cue_takes_the_ministry() -> None:
    text = "وسيفتح الطريق الدولي أمام الشاحنات صباح الأحد، بحسب بيان نشرته وزارة النقل."
    assert _tellers(text) == [[("official", "وزارة النقل"), ("document", "بيان")]]


def test_statement_a_body_issued_as_subject_keeps_the_document_alone() -> None:
    text = "وأكد بيان صادر عن وزارة النقل أن الطريق الدولي سيفتح أمام الشاحنات صباح الأحد."
    assert _tellers(text) == [[("document", "بيان")]]


def test_statement_posted_on_a_site_keeps_the_document_alone() -> None:
    text = "وقال بيان نشره الموقع الرسمي للجيش إن الدوريات ستتوقف مؤقتا على طول الساحل."
    assert _tellers(text) == [[("document", "بيان")]]


def test_statement_posted_by_an_agency_after_an_according_cue() -> None:
    text = "وعادت الكهرباء إلى معظم الأحياء مساء الخميس، وفقا لبيان نشرته وكالة الأنباء الرسمية."
    assert _tellers(text) == [[("document", "بيان")]]
