"""Round 14b, one incident told on across sentences (events._incident_retold): a later telling that names the
device with the article, a relative clause about the person struck, or the same verb again in the next sentence
with nothing new is the happening already recorded; one where a force strikes back is a new one."""

from __future__ import annotations

import marsad


def attacks(text: str) -> int:
    return sum(e.type == "ATTACK" for e in marsad.analyze(text, published="2018-04-01").events)


def test_definite_device_retells() -> None:
    assert attacks("انفجرت عبوة ناسفة بسيارة عسكرية على طريق المطار في مقديشو صباح الأحد. "
                   "وقال شهود إن انفجار العبوة الناسفة سمع في أحياء بعيدة.") == 1


def test_relative_clause_about_the_struck_retells() -> None:
    assert attacks("قتل مسلحون مجهولون شرطيا أمام منزله في مدينة كربلاء. "
                   "وأضاف المصدر أن الشرطي الذي قتلوه كان عائدا من عمله.") == 1


def test_same_verb_next_sentence_retells() -> None:
    assert attacks("استهدفت صواريخ فجر الاثنين قاعدة جوية في ريف حمص. "
                   "وأفادت وكالة الأنباء الرسمية بأن العديد من الصواريخ استهدفت القاعدة.") == 1


def test_force_striking_back_is_new() -> None:
    assert attacks("قتل مسلح حارسين عند بوابة القصر في مدينة جدة. "
                   "وقد قتل الحرس المسلح بعد دقائق من الهجوم.") == 2


def test_another_device_attack_stands() -> None:
    assert attacks("قتل مسلحون مجهولون شرطيا في مدينة كربلاء. "
                   "وفي هجوم آخر قتل مسلحون مجهولون جنديا في مدينة الموصل.") == 2


def test_second_device_with_its_ordinal_is_new() -> None:
    # the ordinal with the article right after the trigger's words (العبوة الثانية) calls it another happening,
    # as _calls_another reads it for every other retelling merge
    assert attacks("فجر مسلحون عبوة ناسفة بدورية للشرطة في مدينة درعا. "
                   "وبعد ساعة فجر المسلحون العبوة الثانية قرب المخفر.") == 2
