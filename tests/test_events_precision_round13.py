"""Round 13, events marsad recorded that no reader would: an expulsion of diplomats or migrants read as a
capture (طرد), the centrifuge (الطرد المركزي), idioms and people nouns that share a trigger's letters (هروبا
للأمام، طال أمدها، بيان صادر), and people fleeing who belong to no party (employees, suspects, asylum
seekers) read as a defection."""

from __future__ import annotations

from tests.conftest import event_types


def test_expelled_diplomats_are_no_capture() -> None:
    assert "SEIZE" not in event_types("وطردت الحكومة الهولندية أمس 12 دبلوماسيا إيرانيا على خلفية قضية التجسس.")
    assert "SEIZE" not in event_types("وقررت الخارجية النمساوية طرد السفير السوري ردا على تصريحاته.")
    assert "SEIZE" not in event_types("وتسعى الحكومة إلى طرد آلاف المهاجرين الذين دخلوا البلاد.")


def test_expelling_a_force_from_ground_stays_a_capture() -> None:
    assert "SEIZE" in event_types("وتمكن الجيش العراقي من طرد مسلحي تنظيم داعش من بلدة القائم الحدودية.")
    assert "SEIZE" in event_types("وطردت فصائل المعارضة قوات النظام من ثلاث قرى في ريف حماة الشمالي.")


def test_centrifuge_is_no_expulsion() -> None:
    assert event_types("وتشغل طهران أكثر من خمسة آلاف جهاز للطرد المركزي في منشأة نطنز.") == []
    assert event_types("وكشفت الوكالة أن إيران ركبت أجهزة الطرد المركزي الجديدة.") == []


def test_idioms_sharing_trigger_letters() -> None:
    assert event_types("ورأى المحلل أن تصعيد الوزير هروبا للأمام من أزمة حكومته.") == []
    assert event_types("وتعود القضية التي طال أمدها إلى المحكمة الأسبوع المقبل.") == []
    assert event_types("ونشرت الوزارة بيان صادر عن مكتبها الإعلامي يوم الأحد.") == []


def test_people_fleeing_are_no_defection() -> None:
    assert "DEFECT" not in event_types("وتمكن المشتبه به من الفرار قبل وصول الشرطة إلى المكان.")
    assert "DEFECT" not in event_types("وقال شاهد إنه فر مع عدد من الموظفين عبر باب خلفي للمبنى.")
    assert "DEFECT" not in event_types("ويفر طالبو اللجوء من الفقر والعنف في بلدانهم.")


def test_members_fleeing_a_party_stay_a_defection() -> None:
    assert "DEFECT" in event_types("وفر عشرات العناصر من صفوف ميليشيا الحوثي إلى مناطق سيطرة الجيش اليمني.")


def test_event_nouns_naming_a_body_or_law() -> None:
    assert event_types("وقال عضو لجنة المفاوضات في ريف درعا إن الأهالي يرفضون الشروط.") == []
    assert event_types("وصادق البرلمان على قانون التجنيد الإلزامي المعدل.") == []
    assert event_types("وأعلن جهاز مكافحة التهريب في ميناء أم قصر عن خطة عمل جديدة.") == []
    assert event_types("وأطلقت المنظمة برنامج تسليم الأسلحة الخفيفة في المحافظة.") == []


def test_event_nouns_outside_a_title_stay() -> None:
    assert "COORDINATE" in event_types("وعقدت لجنة التفاوض اجتماعا مع الضباط الروس في مدينة درعا.")
    assert "RECRUIT" in event_types("وبدأت قسد حملة تجنيد إجباري في بلدات ريف الحسكة.")


def test_aims_and_measures_that_target_no_one() -> None:
    assert event_types("وقالت الشرطة إن هذه الرسائل تستهدف زرع الخوف بين السكان.") == []
    assert event_types("ورأى المعارضون أن الخطوة تستهدف كسب أصوات الناخبين.") == []
    assert event_types("وتستهدف التحقيقات المدير السابق للشركة وعددا من مساعديه.") == []


def test_standing_coalition_is_no_pact() -> None:
    # the strike verb no longer yields its clause to the coalition noun read as a pact
    assert event_types("واستهدفت طائرات التحالف مواقع التنظيم في بلدة هجين.") == ["ATTACK"]
    assert "COORDINATE" not in event_types("وقال المتحدث باسم التحالف إن العمليات مستمرة شرق الفرات.")
    assert event_types("وقتل ثلاثة مدنيين في غارة للتحالف على مدينة الرقة.") == ["ATTACK"]


def test_a_coalition_formed_stays_a_pact() -> None:
    assert "COORDINATE" in event_types("ووقعت الفصائل الثلاثة تحالفا عسكريا ضد قوات النظام في ريف حلب.")


def test_a_reply_told_again_is_one_event() -> None:
    text = ("شن مسلحو تنظيم داعش هجوما على مواقع للجيش العراقي في قرية البو حمدان قرب سامراء، فرد الجيش بقصف "
            "مدفعي على مواقعهم. وقال مصدر أمني إن الجيش رد على الهجوم بقصف مدفعي استهدف تجمعات المسلحين.")
    assert event_types(text) == ["ATTACK", "ATTACK"]


def test_a_new_strike_after_a_reply_stays() -> None:
    text = ("شن مسلحو تنظيم داعش هجوما على مواقع للجيش العراقي في قرية البو حمدان قرب سامراء، فرد الجيش بقصف "
            "مدفعي على مواقعهم. وفي وقت لاحق شنت طائرات الجيش العراقي غارات على مخابئ التنظيم في جزيرة سامراء.")
    assert event_types(text) == ["ATTACK", "ATTACK", "ATTACK"]


def test_families_are_no_capture() -> None:
    assert event_types("ووثقت المنظمة حالات 4 أسر نزحت من ريف المدينة.") == []
    assert event_types("وتعيش ثلاث أسر في خيمة واحدة بالمخيم.") == []
    assert event_types("وطالبت أسر المعتقلين بالكشف عن مصير أبنائها.") == []


def test_captives_counted_after_the_verb_stay_a_capture() -> None:
    assert "ARREST" in event_types("وتمكن الجيش من أسر 11 مسلحا في مديرية نعمان.")


def test_civil_supplies_and_supply_routes_are_no_supply() -> None:
    assert event_types("وتواصل القوات عملياتها لقطع طرق إمداد المسلحين.") == []
    assert event_types("ووصلت إمدادات غذائية إلى المدينة المحاصرة.") == []


def test_a_raid_to_kill_is_part_of_the_killing() -> None:
    assert event_types('وقال مسؤول محلي إن "مسلحين مجهولين اغتالوا مختار القرية بعدما داهموا منزله" جنوب الموصل.') == [
        "ATTACK"]
    assert event_types("واغتال مسلحون مجهولون شرطيا بعد مداهمة منزله في حي الزهراء.") == ["ATTACK"]


def test_a_raid_with_an_arrest_or_alone_stays_an_arrest() -> None:
    # a security raid in which men were killed is a raid told: its place is the incident's
    assert "ARREST" in event_types("وقتل ثلاثة مسلحين خلال مداهمة نفذتها قوات الأمن في مدينة السلط.")
    assert "ARREST" in event_types("وداهمت قوات الأمن منزل المطلوب واعتقلته بعد اشتباك قتل فيه أحد مرافقيه.")
    assert event_types("وداهمت قوات الأمن منزلا في حي الزهور بمدينة كركوك.") == ["ARREST"]
