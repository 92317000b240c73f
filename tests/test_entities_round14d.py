"""Round 14d (EN): given names the list lacked. The sentences are written for these tests."""

from tests.conftest import people


def test_plain_given_name_opens_a_person_with_a_family_name() -> None:
    # توفيق was only in mostly_common_words: the title-less name lost its given name
    assert "توفيق أبو سالم" in people("وقال قائد الشرطة في المدينة، توفيق أبو سالم، إن الهدوء عاد إلى الأحياء.")
    assert "حمود الزعبي" in people("وأعلن الشيخ حمود الزعبي أن العشائر سترسل وفدا إلى العاصمة.")
    assert "دولت كايا" in people("وقال مسؤول الحزب، دولت كايا، إن أنقرة لن تتراجع.")


def test_ambiguous_given_name_keeps_its_family_name() -> None:
    # معين and جمعة are common words too (ambiguous): before a family name they open a name (the recogniser
    # found these before too; the test keeps the ambiguous reading from losing them)
    assert "معين الكبيسي" in people("وقال رئيس الوزراء معين الكبيسي إن الحكومة ستدفع الرواتب.")
    assert "جمعة الدليمي" in people("وقال وزير الدفاع جمعة الدليمي إن الجيش استعاد القرية.")


def test_ambiguous_given_name_as_a_common_word_opens_no_person() -> None:
    # فخر is «pride» far more often than a name: a common word after it makes no person
    found = people("واستقبل الأهالي بحماس وفخر عودة جنود الكتيبة إلى قريتهم.")
    assert not any(p.startswith("فخر") for p in found)
