"""Claims, round 23 (DG2): a newspaper headlining (عنونت) in a press review tells the headline, whether the paper is
named before the verb (صحيفة X عنونت: …) or after it (وعنونت صحيفة X …), with or without a colon; the verb with no
paper or known teller as its subject (عنونت الحلقة …: a title given to an episode) is no telling."""

from __future__ import annotations

from tests.conftest import claim_chain, full_claims


def test_paper_named_before_the_verb_with_a_colon() -> None:
    text = "صحيفة الغارديان عنونت: الحرب في اليمن تدخل عامها الرابع دون أفق للحل."
    claims = full_claims(text)
    assert len(claims) == 1
    assert claim_chain(claims[0]) == [("outlet", "صحيفة الغارديان")]


def test_paper_named_before_the_verb_headline_without_colon() -> None:
    text = "صحيفة لوموند عنونت هدنة هشة في الحديدة وسط قصف متواصل على أطراف المدينة."
    claims = full_claims(text)
    assert len(claims) == 1
    assert claim_chain(claims[0]) == [("outlet", "صحيفة لوموند")]


def test_paper_named_after_the_verb() -> None:
    text = "وعنونت صحيفة التايمز البريطانية على صفحتها الأولى: المعارك تقترب من ميناء الحديدة."
    claims = full_claims(text)
    assert len(claims) == 1
    assert claim_chain(claims[0])[0][0] == "outlet"
    assert "التايمز" in claim_chain(claims[0])[0][1]


def test_the_paper_referred_back_to() -> None:
    text = "نشرت صحيفة الباييس تقريرا عن اليمن. الصحيفة عنونت الهجوم على الحديدة يثير قلقا دوليا."
    claims = full_claims(text)
    assert any(c.sources and c.sources[0].kind == "outlet" and "عنونت" in text[c.start:c.end] for c in claims)


def test_headline_given_to_something_else_is_no_claim() -> None:
    text = "عنونت الحلقة الأولى من المسلسل باسم الحرب الطويلة."
    assert full_claims(text) == []
