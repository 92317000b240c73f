"""Round 19c EP: a possessed attack noun on a person or a state (هجومه على أردوغان، هجومها ضد فرنسا) in a
sentence with a word of speech (قائلا، متهما، تصريحات، تغريدة) and no weapon, force or casualty word is an attack
in words, no ATTACK. Offensives on a state or a group, and attacks on a person told with a weapon, stay."""

from __future__ import annotations

from tests.conftest import event_types as types


def test_possessed_attack_on_person_in_words_is_no_attack() -> None:
    assert "ATTACK" not in types("وجدد الرئيس التركي رجب طيب أردوغان هجومه على كمال كليتشدار أوغلو متهما إياه بالكذب.")
    assert "ATTACK" not in types("واختتم رئيس الحزب هجومه الحاد على بنيامين نتنياهو قائلا إنه لا يصلح للحكم.")


def test_possessed_attack_on_state_in_words_is_no_attack() -> None:
    assert "ATTACK" not in types("وصعد الرئيس هجومه ضد فرنسا في تغريدة نشرها مساء الأحد.")


def test_possessed_offensive_on_state_stays() -> None:
    assert "ATTACK" in types("وواصلت إسرائيل هجومها على سوريا بصواريخ أطلقتها طائرات حربية، قائلة إنها تستهدف إيران.")


def test_possessed_attack_on_person_with_weapon_stays() -> None:
    assert "ATTACK" in types(
        "وقالت الشرطة إن المسلح أطلق النار خلال هجومه على السفير أندريه كارلوف، متهما إياه بقتل المدنيين.")


def test_possessed_attack_on_person_without_speech_word_stays() -> None:
    assert "ATTACK" in types("وتمكن الحارس من صد المهاجم أثناء هجومه على الوزير أحمد خالد في السوق.")
