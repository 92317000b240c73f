"""Resolve: a conjunction or preposition the recogniser took into a person's name (لمحمود، فجيرار،
وكيم) comes off when the rest is a given name or a word the article writes on its own elsewhere."""

from __future__ import annotations

from marsad.pipeline import Candidate, make_doc
from marsad.stages import resolve


def _ner_person(text: str, span: str) -> tuple[object, Candidate]:
    doc = make_doc(text)
    start = doc.text.index(span)
    return doc, Candidate(start, start + len(span), "person", (), how="ner", name_ar=span)


def _kept_name(text: str, span: str) -> str | None:
    doc, c = _ner_person(text, span)
    if not resolve._recogniser_person(doc, c):  # type: ignore[arg-type]
        return None
    return doc.text[c.start:c.end]  # type: ignore[attr-defined]


def test_preposition_before_a_given_name_comes_off() -> None:
    text = "والتقى الوزير بمحمود الخطيب في مكتبه وسط المدينة."
    assert _kept_name(text, "بمحمود الخطيب") == "محمود الخطيب"


def test_fa_before_a_name_written_alone_elsewhere() -> None:
    text = "وصل جيرار كولومب إلى المدينة. فجيرار كولومب يزورها للمرة الثالثة هذا العام."
    assert _kept_name(text, "فجيرار كولومب") == "جيرار كولومب"


def test_ka_before_a_name_written_alone_elsewhere() -> None:
    text = "وقال بيتر هولمز إن الخطة فشلت، كهولمز نفسه الذي تركها."
    assert _kept_name(text, "كهولمز") == "هولمز"


def test_lam_before_a_foreign_name_written_alone_elsewhere() -> None:
    text = "وقدمت الشركة عرضا لجيرار ديبون، ورفض جيرار العرض بعد يومين."
    assert _kept_name(text, "لجيرار ديبون") == "جيرار ديبون"


def test_word_that_is_itself_a_given_name_stays() -> None:
    text = "وقال كمال حسن إن الوفد وصل، وأكد حسن ذلك."
    assert _kept_name(text, "كمال حسن") == "كمال حسن"


def test_unknown_rest_not_written_alone_stays() -> None:
    text = "وصرحت لوسيندا هارت للصحافة بأن التحقيق مستمر."
    assert _kept_name(text, "لوسيندا هارت") == "لوسيندا هارت"


def test_formula_of_piety_is_no_person() -> None:
    text = "وكتب على صفحته: بحمد الله عاد الجميع سالمين."
    assert _kept_name(text, "بحمد الله") is None
