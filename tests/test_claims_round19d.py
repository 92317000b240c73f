"""Round 19d: claims — the owner of a document an according-to cue names (بحسب حصيلة لوزارة الصحة) is the
chain's teller link before the document, and آخر/أحدث + a document noun after the cue is that document
(attribution 1.74.0: grammar.document_owner_verbs, document_owner_gaps)."""

from __future__ import annotations

from tests.conftest import claim_chain, full_claims


def _chains(text: str) -> list[list[tuple[str, str]]]:
    return [claim_chain(c) for c in full_claims(text)]


def test_lam_owner_of_a_toll_is_the_teller() -> None:
    assert _chains("سقط ثلاثون جريحا في الانفجار، بحسب حصيلة لوزارة الداخلية العراقية.") == [
        [("official", "وزارة الداخلية العراقية"), ("document", "حصيلة")]]


def test_gap_words_between_toll_and_owner() -> None:
    assert _chains("غرق أربعون مهاجرا قبالة السواحل، وفق حصيلة غير نهائية للهلال الأحمر.") == [
        [("official", "الهلال الأحمر"), ("document", "حصيلة")]]


def test_recency_word_then_document_after_the_cue() -> None:
    assert _chains("ارتفع عدد الضحايا إلى تسعين، بحسب أحدث حصيلة لوزارة الصحة.") == [
        [("official", "وزارة الصحة"), ("document", "حصيلة")]]
    assert _chains("تضرر ألف منزل في المحافظة، وفق آخر تقرير لمنظمة الهجرة الدولية.")[0][-1] == ("document", "تقرير")


def test_publishing_verb_names_the_owner() -> None:
    assert _chains("لقي خمسون شخصا حتفهم في الفيضانات، وفق آخر حصيلة أعلنتها السلطات المحلية.") == [
        [("official", "السلطات المحلية"), ("document", "حصيلة")]]
    assert _chains("ووفق حصيلة صدرت عن وزارة الصحة الأحد، فإن القصف أوقع عشرين قتيلا.")[0] == [
        ("official", "وزارة الصحة"), ("document", "حصيلة")]


def test_known_outlet_genitive_kept_as_before() -> None:
    assert _chains("قتل عشرة مقاتلين في الاشتباكات، بحسب حصيلة للمرصد السوري لحقوق الإنسان.") == [
        [("outlet", "المرصد السوري لحقوق الإنسان"), ("document", "حصيلة")]]


def test_bare_document_without_owner_unchanged() -> None:
    assert _chains("قتل عشرة مقاتلين في الاشتباكات، بحسب حصيلة رسمية.") == [[("document", "حصيلة رسمية")]]
