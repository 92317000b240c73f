"""Round 16, events precision: words of a penalty, of a smear and of civil deals that tell no armed event."""
from __future__ import annotations

from tests.conftest import event_types

# an article of armed conflict: its first sentence names a force and a shelling, so that the article-wide
# civil sense (events.detect._civil_senses) does not already drop the weaker types
_WAR = "قصفت قوات النظام بلدة في ريف إدلب الجنوبي صباح اليوم. "


def _supplies(text: str) -> int:
    return event_types(_WAR + text).count("SUPPLY")


def test_death_sentence_is_no_attack() -> None:
    # a court ruling or a law of the death penalty: nobody was killed
    assert "ATTACK" not in event_types("قضت محكمة الجنايات بالإعدام على ثلاثة من عناصر التنظيم بعد محاكمة طويلة.")
    assert "ATTACK" not in event_types("وافق البرلمان على قانون يلغي عقوبة الإعدام في البلاد.")
    assert "ATTACK" not in event_types("أصدرت المحاكم أحكام الإعدام بحق العشرات خلال العام الماضي.")


def test_execution_by_an_armed_group_stays() -> None:
    assert "ATTACK" in event_types("أعدم مسلحو التنظيم خمسة مدنيين في ريف دير الزور الشرقي.")


def test_character_assassination_is_no_attack() -> None:
    assert "ATTACK" not in event_types("يتعرض الوزير منذ أسابيع لحملة اغتيال الشخصية في الصحف المحلية.")
    assert "ATTACK" not in event_types("وصف النائب ما جرى بأنه اغتيال معنوي لخصومه السياسيين.")


def test_civil_sale_or_funding_is_no_supply() -> None:
    assert _supplies("وقرر تاجر في المدينة بيع متجره لسداد ديونه المتراكمة.") == 0
    assert _supplies("واتهم النائب الوزير بتلقي تمويل من شركة أجنبية لحملته الانتخابية.") == 0
    assert _supplies("ويأمل الباحثون أن تزودهم الأجهزة الجديدة بصور دقيقة.") == 0


def test_supply_of_arms_or_to_armed_sides_stays() -> None:
    assert _supplies("واتهمت الحكومة إيران بتزويد الحوثيين بالصواريخ والطائرات المسيرة.") == 1
    # a pronoun on the feminine noun (أسلحتها) still names the weapons
    assert _supplies("وتقول المصادر إن الجماعة ستسلم بموجب الاتفاق أسلحتها الثقيلة.") == 1
    # the arming word itself is enough (توفير التسليح والتمويل)
    assert _supplies("وتعتمد الطائفة على رعاة يوفرون لها التسليح والتدريب.") == 1


def test_a_danger_to_safety_is_no_threat() -> None:
    # the verb names a harm feared to a thing kept safe, whoever its subject: no armed action announced
    assert "THREATEN" not in event_types(_WAR + "وقال الوزير إن الألغام التي زرعتها الميليشيات تهدد حياة المدنيين.")
    assert "THREATEN" not in event_types(_WAR + "وقال الوزير إن الميليشيات تهدد أمن المنطقة واستقرارها.")
    assert "THREATEN" not in event_types(_WAR + "وتهدد الميليشيات أيضا سلامة الملاحة في البحر الأحمر.")


def test_a_threat_of_a_lawsuit_or_of_undermining_is_no_threat() -> None:
    assert "THREATEN" not in event_types(_WAR + "وهدد النائب برفع دعوى ضد الوزير.")
    assert "THREATEN" not in event_types(_WAR + "وهدد الرئيس بتقويض المفاوضات مع الحلفاء.")


def test_a_threat_of_armed_action_stays() -> None:
    assert "THREATEN" in event_types(_WAR + "وهدد قائد الميليشيا باستهداف مطار المدينة بالصواريخ.")
    assert "THREATEN" in event_types(_WAR + "وهددت تركيا بشن عملية عسكرية جديدة في منبج.")


def test_sale_of_an_air_defence_system_stays() -> None:
    assert _supplies("وقالت المصادر إن موسكو وافقت على بيع نظام الدفاع الجوي إلى دمشق.") == 1
