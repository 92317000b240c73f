"""Round 15b (EV1), extra events: a word of attack or fight in a sentence of sport, weather or accident,
culture, sanctions, freedoms or sexual harassment (event_cues other_sense_words) that names no armed party, no
force or weapon word and no word of fire takes its non-conflict sense (events._other_senses)."""

from __future__ import annotations

from tests.conftest import event_types


def test_sport_attack_is_no_event() -> None:
    assert "ATTACK" not in event_types(
        "وشن الهجوم الفرنسي بقيادة اللاعب الشاب هجوما خاطفا في الشوط الثاني من المباراة.")


def test_storm_deaths_are_no_attack() -> None:
    assert "ATTACK" not in event_types("وقتل ثلاثة أشخاص عندما ضرب الإعصار الساحل الشرقي ليلة الأحد.")


def test_figurative_fight_is_no_event() -> None:
    assert "ATTACK" not in event_types("وقال زعيم الحزب إنه سيقاتل من أجل العدالة والديمقراطية حتى النهاية.")


def test_sanctions_that_target_are_no_attack() -> None:
    assert "ATTACK" not in event_types(
        "وأعلنت واشنطن الجولة الثانية من العقوبات، التي تستهدف بشكل رئيسي قطاع الطاقة في البلاد.")


def test_sexual_harassment_accusation_is_no_attack() -> None:
    assert "ATTACK" not in event_types("واتهمت الموظفة مديرها بالاعتداء الجنسي عليها خلال رحلة عمل.")


def test_fire_lit_by_shelling_stays_attack() -> None:
    # a word of fire or force keeps the armed sense beside a word of accident
    assert "ATTACK" in event_types("واندلع حريق كبير في السوق بعد أن قصفت قوات النظام الحي بالمدفعية.")
    assert "ATTACK" in event_types("وهاجم مسلحون ملعب كرة القدم في المدينة وقتلوا خمسة أشخاص.")


def test_attack_in_words_carried_by_light_verb_is_no_event() -> None:
    assert "ATTACK" not in event_types(
        "وشن الوزير هجوما عنيفا على السفير الأمريكي، قائلا إنه يتدخل في شؤون البلاد.")
    # a word of speech with و still tells the attack was made in words
    assert "ATTACK" not in event_types("وهاجم النائب رئيس الحكومة بشدة، واصفا قراره بالمتسرع.")


def test_attack_claimed_in_words_stays() -> None:
    # a real attack a statement claims or tells of: a genitive, construct or definite noun stays
    assert "ATTACK" in event_types(
        "وأعلنت الحركة مسؤوليتها عن هجوم الطعن في المحطة في بيان، قائلة إن منفذه أحد عناصرها.")
    assert "ATTACK" in event_types("وشن مسلحون هجوما على حاجز للجيش في البلدة.")
