"""Round 19 EP: a handing-over word whose object is a letter, an office or aid moves no person between sides, even
with a titled subject and a long name, or a kin noun and a name, before the object; and سلم after عبر is the noun
ladder. People handed over stay a TRANSFER."""

from __future__ import annotations

from tests.conftest import event_types as types


def test_letter_or_office_after_a_long_subject_is_no_transfer() -> None:
    assert "TRANSFER" not in types("وسلم الموفد الخاص اللواء عبد الله ناصر رسالة خطية إلى رئيس الحكومة.")
    assert "TRANSFER" not in types("وسلم الزعيم القبلي ابنه سالم مقاليد المشيخة قبل وفاته.")


def test_aid_handed_is_no_transfer() -> None:
    assert "TRANSFER" not in types("ودخلت القافلة البلدة وسلمت 80 طنا من الطحين للسكان.")


def test_ladder_after_abr_is_no_verb() -> None:
    assert "TRANSFER" not in types("وصعد الموظف عبر سلم الوظائف في الوزارة.")


def test_people_handed_over_stay_a_transfer() -> None:
    assert types("وسلمت السلطات العراقية الأسبوع الماضي تسعة مقاتلين أجانب إلى بلدانهم.") == ["TRANSFER"]
    assert "TRANSFER" in types("وسلمت الشرطة المتهمين الذين اعتقلتهم إلى النيابة العامة.")
