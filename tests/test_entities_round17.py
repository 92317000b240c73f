"""Round 17, entities: a compound given name (عبد + a definite word) is one name of a person's four, and the
recogniser's cut of it is no shorter name that ends a longer one."""

from tests.conftest import people


def test_compound_in_the_middle_keeps_the_fifth_word() -> None:
    # after a role, a name holding a compound runs to four names in five words: the family name stays
    got = people("وقتل الشاب سمير حسن عبد الرحمن الشمري برصاص مجهولين قرب مدينة الميادين.")
    assert "سمير حسن عبد الرحمن الشمري" in got


def test_two_compounds_in_one_name() -> None:
    got = people("وأعلنت مديرية الصحة أن القتيل هو عبد الرحيم خالد عبد الرحيم النجار من مدينة حلب.")
    assert got == {"عبد الرحيم خالد عبد الرحيم النجار"}


def test_compound_first_name_not_split_in_a_list() -> None:
    got = people("وأعلنت الوزارة أن القتيلين هما عبد الرحيم خالد النجار وعبد الله أحمد السالم من مدينة حلب.")
    assert got == {"عبد الرحيم خالد النجار", "عبد الله أحمد السالم"}


def test_short_name_with_compound_unchanged() -> None:
    # a compound and one more name: the span stops at the adverb, as before
    assert people("وقال المتحدث عبد الرحمن محمد أمس إن الهجوم فشل.") == {"عبد الرحمن محمد"}


def test_compound_name_ends_at_an_imperfect_verb() -> None:
    # a headline: the name a compound lengthens (now up to four names) stops at the verb
    got = people("وعنونت صحيفة الصباح اليوم سعاد عبد الرحيم الخطيب تتصدر سباق رئاسة البلدية.")
    assert "سعاد عبد الرحيم الخطيب" in got and not any("تتصدر" in p for p in got)


def test_quoted_compound_opens_the_name() -> None:
    got = people('وأضافت الوزارة أن القتيل هو "عبد الغني ياسر عبد الغني الحلاق (30 عاما) من مخيم جباليا.')
    assert got == {"عبد الغني ياسر عبد الغني الحلاق"}
