"""Round 11 (EV2, round 4): named operations, dawn read as a time after an announcing verb, false alarms."""

from tests.conftest import event_roles


def test_known_operation_name_tells_an_attack_of_its_owner() -> None:
    # the clause names no doer: the operation's known owner, named in the article, is
    roles = event_roles("وانتقد الوزير موقف تركيا. وقال الوزير إن المنطقة ستعود كما جرى خلال عملية درع الفرات.")
    assert ("عملية", "turkey", None) in roles


def test_operation_name_takes_the_clause_doer() -> None:
    assert event_roles("وتواصل القوات التركية عملية غصن الزيتون قرب عفرين منذ أسابيع.") == [
        ("عملية", "turkish-army", None)]


def test_operation_owner_is_not_its_target() -> None:
    roles = event_roles('بدأت هيئة تحرير الشام معركة "ردع العدوان" ضد قوات النظام في ريف حلب.')
    assert [r[2] for r in roles if r[0] == "معركة"] != ["deterrence-of-aggression"]


def test_place_named_after_an_operation_is_no_operation() -> None:
    assert event_roles("وعاد مئات النازحين إلى منطقة درع الفرات شمال حلب.") == []


def test_operation_noun_with_its_own_trigger_is_one_event() -> None:
    roles = event_roles('شنت أنقرة عملية عسكرية باسم "نبع السلام" شرق الفرات.')
    assert len(roles) == 1


def test_dawn_after_an_announcing_verb_is_a_time() -> None:
    assert event_roles("وأعلنت السلطات المحلية فجر الجمعة المدينة منطقة منكوبة بسبب السيول.") == []


def test_false_alarm_is_no_threat() -> None:
    assert event_roles("وأوضح المتحدث أن إنذارا خاطئا تسبب في دوي صفارات الإنذار في البلدات الحدودية.") == []


def test_party_working_in_an_operation_tells_none() -> None:
    roles = event_roles('وقال المرصد إن لواء محليا مشاركا في عملية "نبع السلام" انسحب من البلدة.')
    assert not [r for r in roles if r[0] == "عملية"]
