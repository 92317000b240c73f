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


def test_handing_a_letter_a_body_or_an_office_is_no_transfer() -> None:
    assert "TRANSFER" not in event_types(_WAR + "وسلم المبعوث الرئيس رسالة من نظيره الروسي.")
    assert "TRANSFER" not in event_types(_WAR + "وسلمت السلطات جثته إلى عائلته بعد أيام.")
    # the noun ladder after a preposition, no verb
    assert "TRANSFER" not in event_types(_WAR + "وصعد بسرعة في سلم الإدارة حتى أصبح مديرا.")


def test_handing_detainees_over_stays() -> None:
    assert "TRANSFER" in event_types(_WAR + "وسلمت قوات سوريا الديمقراطية عشرات المعتقلين إلى العراق.")
    # the authorities they are handed to come after a preposition: no handed thing
    assert "TRANSFER" in event_types(_WAR + "وقررت الحكومة تسليم المعتقلين إلى السلطات العراقية.")


def test_regaining_consciousness_is_no_seizure() -> None:
    assert "SEIZE" not in event_types(_WAR + "واستعاد الجريح الوعي بعد ساعات في المستشفى.")
    assert "SEIZE" in event_types(_WAR + "واستعادت القوات الحكومية السيطرة على البلدة.")


def test_resorting_to_a_means_is_no_defection() -> None:
    # the party named between the verb and its إلى is the one resorting, no side joined
    assert "DEFECT" not in event_types(_WAR + "ولجأ الجيش الإسرائيلي صباح الجمعة إلى إلقاء منشورات من الطائرات.")
    assert "DEFECT" not in event_types(_WAR + "ولجأ مقاتلو هيئة تحرير الشام إلى حفر الأنفاق تحت المدينة.")


def test_taking_refuge_with_a_side_stays_a_defection() -> None:
    assert "DEFECT" in event_types(_WAR + "ولجأ عشرات من مقاتلي هيئة تحرير الشام إلى تركيا.")
    assert "DEFECT" in event_types(_WAR + "وفر عشرات العناصر من صفوف الميليشيات نحو مناطق المعارضة.")


def test_pupils_or_a_victim_fleeing_is_no_defection() -> None:
    assert "DEFECT" not in event_types(_WAR + "وفرت التلميذات المذعورات من المدرسة حين اقتحم مسلحون البلدة.")
    assert "DEFECT" not in event_types(_WAR + "وتمكنت الفتاة من الفرار من خاطفيها بعد أيام.")


def test_control_of_the_economy_or_the_media_is_no_seizure() -> None:
    assert "SEIZE" not in event_types(
        _WAR + "ويتبع الرئيس أسلوب حكم يحد من الحريات ويسمح بالسيطرة على الاقتصاد والقضاء.")
    assert "SEIZE" in event_types(_WAR + "وسيطرت قوات النظام على البلدة بعد معارك عنيفة.")


def test_a_televised_interview_is_no_meeting() -> None:
    assert "COORDINATE" not in event_types(
        _WAR + "وتبث قناة سكاي نيوز عربية لقاء خاصا مع رجل الأمن السابق راشد آل عمرة.")


def test_a_terror_threat_faced_is_no_threat_made() -> None:
    assert "THREATEN" not in event_types(_WAR + "وحذرت الحكومة من أن البلاد تواجه تهديدا إرهابيا خطيرا.")


def test_a_parcel_or_an_expelled_pupil_is_no_seizure() -> None:
    # طرد is also a parcel; pupils or envoys expelled (a ل before them too) are no force driven off ground
    assert "SEIZE" not in event_types(_WAR + "وأعلنت الشرطة أنها تفحص طردا مريبا وصل إلى مبنى البرلمان.")
    assert "SEIZE" not in event_types(_WAR + "وقالت السفارة إن ذلك أكبر عملية طرد لدبلوماسيين في تاريخ البلاد.")
    assert "SEIZE" not in event_types(_WAR + "وطردت إدارة المدرسة عشرات الطلاب لعدم دفع الأقساط.")
    assert "SEIZE" in event_types(_WAR + "ونجحت القوات العراقية في طرد التنظيم من المدينة.")
