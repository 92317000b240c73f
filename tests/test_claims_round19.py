"""Round 19: claims and their attribution chains (tellers before a colon, …)."""

from __future__ import annotations

from tests.conftest import claim_chain, full_claims


def _heading_claims(text: str) -> list[list[tuple[str, str]]]:
    return [claim_chain(c) for c in full_claims(text) if c.verb == ":"]


def test_colon_teller_person_opens_a_line() -> None:
    text = ("قتل ثلاثة جنود في هجوم على حاجز قرب درعا.\n"
            "وزير الداخلية الأردني: لن نسمح بتهريب السلاح عبر حدودنا الشمالية.\n"
            "وكانت القوات قد عززت مواقعها على الحدود.")
    assert _heading_claims(text) == [[("official", "وزير الداخلية الأردني")]]


def test_colon_teller_quoted_words() -> None:
    text = ("اندلعت اشتباكات عنيفة في ريف حماة.\n"
            'المتحدث باسم الجيش التركي: "قواتنا لن تغادر المنطقة قبل تأمينها".\n'
            "وتواصل القصف حتى المساء.")
    assert _heading_claims(text) == [[("official", "المتحدث باسم الجيش التركي")]]


def test_colon_heading_without_stop_is_no_claim() -> None:
    # a heading (no full stop) restates the paragraph after it: the claim is the body's
    text = ("اندلعت اشتباكات عنيفة في ريف حماة.\n"
            "وزير الداخلية الأردني: لن نسمح بتهريب السلاح\n"
            "وقال وزير الداخلية الأردني إن بلاده لن تسمح بتهريب السلاح.")
    assert _heading_claims(text) == []


def test_colon_topic_or_place_or_question_is_no_claim() -> None:
    for line in ("الأردن: القبض على خمسة مهربين قرب الحدود.", "الحرب في اليمن: مقتل عشرة مدنيين في غارة.",
                 "المصدر: وكالات الأنباء.", "قناة الغد: هل تنتهي الحرب في اليمن هذا العام؟"):
        text = f"اندلعت اشتباكات عنيفة في ريف حماة.\n{line}\nوتواصل القصف حتى المساء."
        assert _heading_claims(text) == [], line


def test_colon_inside_a_line_is_no_colon_teller() -> None:
    text = "قال رئيس الوزراء عمر الرزاز في كلمة له: إن الأمن خط أحمر."
    assert _heading_claims(text) == []
