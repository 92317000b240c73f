"""Round 20 (FR): framing of state-media and stance-outlet wording."""

from tests.conftest import framing_pairs


def test_head_takes_the_party_of_the_label_after_it() -> None:
    # فلول الإرهابيين: the head word says the same of the people the label after it names
    pairs = framing_pairs("تواصل القوات العراقية عملياتها ضد تنظيم داعش، وقتلت عددا من فلول الإرهابيين في الأنبار.")
    assert ("فلول", "isis") in pairs
    assert ("الإرهابيين", "isis") in pairs


def test_head_before_a_two_word_label() -> None:
    pairs = framing_pairs("تطارد القوات الليبية فلول الجماعات الإرهابية في درنة التي كان يسيطر عليها مجلس شورى "
                          "مجاهدي درنة.")
    assert ("فلول", "derna-mujahideen-shura") in pairs


def test_head_before_a_label_of_rebels() -> None:
    pairs = framing_pairs("تواصل قوات التحالف ضرب مواقع الحوثيين، وتلاحق القوات الحكومية فلول المتمردين في صعدة.")
    assert ("فلول", "houthis") in pairs


def test_head_with_a_label_that_finds_no_one_stays_unrecorded() -> None:
    # no party named anywhere: neither word is aimed at anyone
    assert framing_pairs("تطارد القوات الليبية فلول الجماعات الإرهابية في درنة.") == []


def test_head_not_followed_by_the_label_keeps_its_own_rule() -> None:
    # a word between: the head is not the label's genitive, and the label's party is not the head's
    pairs = framing_pairs("تواصل القوات العراقية عملياتها ضد تنظيم داعش، وطاردت فلول في الصحراء بعد مقتل الإرهابيين.")
    assert ("فلول", "isis") not in pairs
