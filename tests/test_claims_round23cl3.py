"""Claims, round 23 (CL3): a bare title's teller no longer runs on into the verb's object. A definite word after a
definite one can only be its adjective, so one that cannot agree with it (a sound plural after a singular
feminine, a feminine after a masculine nisba) opens the object; بـ on a common word after the title's definite
words opens the بـ complement; and after a verb of accusing a force or side that follows a closed definite title
is the one accused, the title the teller."""

from __future__ import annotations

from tests.conftest import claim_chain, full_claims


def _tellers(text: str) -> list[list[tuple[str, str]]]:
    return [claim_chain(c) for c in full_claims(text)]


def test_plural_after_a_feminine_genitive_is_the_accused() -> None:
    text = "واتهم وزير الداخلية المهربين بإطلاق النار على دورية حرس الحدود قرب المعبر."
    assert _tellers(text) == [[("official", "وزير الداخلية")]]


def test_plural_ending_in_at_after_a_feminine_genitive() -> None:
    text = "ونفى المتحدث باسم الحكومة الاتهامات الموجهة إلى قوات الأمن في الإقليم."
    assert _tellers(text) == [[("official", "المتحدث باسم الحكومة")]]


def test_feminine_after_a_masculine_nisba_opens_the_object() -> None:
    text = "وفي المساء اتهم وزير الدفاع الكولومبي المعارضة المسلحة بتفجير خط أنابيب النفط."
    assert _tellers(text) == [[("official", "وزير الدفاع الكولومبي")]]


def test_force_after_a_closed_title_is_the_accused() -> None:
    text = "واتهم المتحدث باسم الشرطة المعارضة بخرق وقف إطلاق النار في الضواحي الشمالية."
    assert _tellers(text) == [[("official", "المتحدث باسم الشرطة")]]


def test_bi_on_a_common_word_after_the_title_opens_the_complement() -> None:
    text = "وندد المتحدث باسم البعثة بخرق الاتفاق من جانب المسلحين في الريف الغربي."
    assert _tellers(text) == [[("official", "المتحدث باسم البعثة")]]


def test_plural_adjective_of_a_plural_genitive_stays_in_the_title() -> None:
    text = "وقال رئيس رابطة العلماء المسلمين إن الحوار هو الطريق الوحيد لإنهاء الأزمة."
    chains = _tellers(text)
    assert chains and chains[0][0][1] == "رئيس رابطة العلماء المسلمين"


def test_given_name_with_bi_after_a_title_is_still_a_name() -> None:
    text = "واتهم الرئيس بشار الأسد المعارضة بتلقي الدعم من الخارج."
    chains = _tellers(text)
    assert chains and chains[0][0] == ("person", "الرئيس بشار الأسد")


def test_force_as_the_titles_own_genitive_is_kept() -> None:
    text = "واتهم قائد قوات المعارضة الحكومة بقصف الأحياء السكنية في المدينة."
    chains = _tellers(text)
    assert chains and chains[0][0][1] == "قائد قوات المعارضة"


def test_feminine_adjective_of_a_feminine_head_over_a_masculine_nisba_is_kept() -> None:
    text = "وقالت وزيرة الاقتصاد الرقمي الكندية إن بلادها ستقدم مساعدات عاجلة للمتضررين."
    chains = _tellers(text)
    assert chains and chains[0][0][1] == "وزيرة الاقتصاد الرقمي الكندية"


def test_former_after_a_masculine_nisba_is_kept() -> None:
    text = "وقالت وزيرة التعاون الدولي السابقة إن المساعدات لم تصل إلى المخيمات."
    chains = _tellers(text)
    assert chains and chains[0][0][1] == "وزيرة التعاون الدولي السابقة"
