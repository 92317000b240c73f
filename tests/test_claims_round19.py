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


# --- unnamed individuals, assessments and bodies as tellers (attribution.json 1.69.0) ---------------------------

_LEAD = "سقطت قذائف على حي سكني في مدينة حلب صباح اليوم. "


def _chains_after_lead(sentence: str) -> list[list[tuple[str, str]]]:
    return [claim_chain(c) for c in full_claims(_LEAD + sentence) if c.start >= len(_LEAD) - 1]


def test_unnamed_individual_is_anonymous() -> None:
    assert _chains_after_lead("وقال شاب من سكان الحي إن القذائف دمرت منزله.") == [[("anonymous", "شاب")]]
    assert _chains_after_lead("وقالت فتاة نازحة إن عائلتها فقدت كل شيء.")[0][0][0] == "anonymous"


def test_photographer_of_an_agency_is_anonymous_inner_link() -> None:
    chains = _chains_after_lead("وأشار مصور وكالة رويترز في المكان إلى أن الدخان غطى الحي.")
    assert chains and chains[0][0] == ("outlet", "وكالة رويترز") and chains[0][-1][0] == "anonymous"


def test_defectors_are_their_own_tellers_not_the_last_one() -> None:
    text = (_LEAD + "وقال الوزير سامر الخطيب إن القصف متعمد. "
            "وأكد منشقون عن صفوف الجماعة أن قادتها فروا إلى الحدود.")
    assert [claim_chain(c) for c in full_claims(text)][-1] == [("anonymous", "منشقون")]


def test_assessment_is_a_document() -> None:
    assert _chains_after_lead("وأشار تقييم أمني إلى أن الهجمات ستتواصل.") == [[("document", "تقييم أمني")]]


def test_role_noun_then_name_is_a_person() -> None:
    assert _chains_after_lead("وقال الشاب سامر الخطيب إن القذائف دمرت منزله.") == [
        [("person", "الشاب سامر الخطيب")]]
    assert _chains_after_lead("وقال رجل الأعمال سامر الخطيب إن مصنعه دمر.")[0][0][0] == "person"


def test_body_after_relaying_an_is_the_inner_link() -> None:
    chains = _chains_after_lead("ونقلت وكالة رويترز عن جمعية إغاثية محلية أن عشرة مدنيين أصيبوا.")
    assert chains == [[("outlet", "وكالة رويترز"), ("official", "جمعية إغاثية محلية")]]
    chains = _chains_after_lead("ونقلت وكالة رويترز عن منظمة طبية دولية أن المستشفى خرج عن الخدمة.")
    assert chains == [[("outlet", "وكالة رويترز"), ("official", "منظمة طبية دولية")]]


# --- a bare verb after a phrase fronted before it goes on for the last teller (attribution.json 1.70.0) ----------


def test_bare_verb_after_fronted_phrase_continues_last_teller() -> None:
    text = ("قال وزير الداخلية سامر الخطيب إن القوات أحبطت هجوما على الحدود. "
            "وحول أوضاع النازحين، أوضح أن المخيمات تحتاج إلى دعم عاجل. "
            "وفي ختام كلمته، أشار إلى أن الحكومة ستعيد فتح المعابر.")
    chains = [claim_chain(c) for c in full_claims(text)]
    assert chains == [[("person", "وزير الداخلية سامر الخطيب")]] * 3


def test_fronted_phrase_keeps_a_verb_with_its_own_subject() -> None:
    text = ("قال وزير الداخلية سامر الخطيب إن القوات أحبطت هجوما على الحدود. "
            "وفي بيان لها، قالت وزارة الدفاع إن الطائرات قصفت مواقع المسلحين.")
    assert [claim_chain(c) for c in full_claims(text)][-1] == [("official", "وزارة الدفاع")]

