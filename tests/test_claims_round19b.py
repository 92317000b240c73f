"""Round 19b: claims and their attribution chains (a bare عن after a verb of saying, …)."""

from __future__ import annotations

from tests.conftest import claim_chain, full_claims


def _chains(text: str) -> list[list[tuple[str, str]]]:
    return [claim_chain(c) for c in full_claims(text)]


def test_bare_an_about_a_document_is_no_source() -> None:
    # «قال X عن Y إنه»: the pronoun points back to what he spoke about, no relay
    assert _chains("وقال وزير المالية عن الاتفاق الجديد إنه يحمي الرواتب من التضخم.") == [
        [("official", "وزير المالية")]]


def test_bare_an_about_a_state_is_no_source() -> None:
    assert _chains("وقال رئيس الوزراء البريطاني عن إيران إن العقوبات ستبقى قائمة.") == [
        [("person", "رئيس الوزراء البريطاني")]]


def test_bare_an_before_a_colon_is_no_source() -> None:
    assert _chains('وقال رئيس جمعية الدفاع عن المزارعين: "الأسعار لم تعد تحتمل".') == [
        [("official", "رئيس جمعية الدفاع")]]


def test_bare_an_relay_with_qawluh_kept() -> None:
    assert _chains("وقال المحافظ عن مصدر أمني قوله إن المسلحين انسحبوا من القرية.") == [
        [("official", "المحافظ"), ("anonymous", "مصدر أمني")]]


def test_strict_verb_takes_a_relay_after_a_statement() -> None:
    text = ("أعلنت وزارة الداخلية توقيف خلية مسلحة. "
            "وتابع البيان عن وزير الداخلية قوله إن التحقيقات ما زالت جارية.")
    chains = _chains(text)
    assert [("document", "البيان"), ("official", "وزير الداخلية")] in [c[-2:] for c in chains]
