"""Events roles, round 20: a side joined by و to the doer named on a strike noun is a co-doer, not the target
(غارات روسية وسورية); a past قتل before عدد/العديد is passive (قتل عدد من عناصر X بنيران Y). Sentences written
for these tests."""

from __future__ import annotations

from tests.conftest import event_roles, event_with


def test_second_state_adjective_is_no_target() -> None:
    got = event_with('تتعرض قرى ريف إدلب الجنوبي لغارات روسية وسورية منذ مساء الجمعة.', 'غارات')
    assert got[1:] == ('russia', None)


def test_second_state_adjective_after_a_verb_of_inflicting_is_no_target() -> None:
    # أوقع + an indefinite strike noun: its genitive is the doer, and a name after that the harmed (_loss_sides)
    got = event_with('وأوقعت غارات روسية وسورية 40 قتيلا في خان شيخون.', 'غارات')
    assert got[1:] == ('russia', None)


def test_target_after_a_single_adjective_stays() -> None:
    got = event_with('تتعرض بلدات ريف حماة الشمالي لغارات روسية منذ أيام على مواقع هيئة تحرير الشام.', 'غارات')
    assert got[1:] == ('russia', 'hts')


def test_killed_number_of_members_is_passive() -> None:
    got = event_with('قتل عدد من عناصر تنظيم داعش بنيران قوات البيشمركة قرب مخمور.', 'قتل')
    assert got[1:] == ('peshmerga', 'isis')


def test_killed_many_members_is_passive() -> None:
    got = event_with('وقتل العديد من مقاتلي حركة الشباب بنيران الجيش الصومالي جنوب مقديشو.', 'قتل')
    assert got[1:] == ('somalia-army', 'al-shabaab')


def test_accusative_count_stays_active() -> None:
    roles = event_roles('قتل الجيش الصومالي عددا من مسلحي حركة الشباب جنوب مقديشو.')
    assert roles == [('قتل', 'somalia-army', 'al-shabaab')]


def test_arrested_person_is_the_target() -> None:
    got = event_with('اعتقلت ميليشيا الحوثي الناشط الحقوقي عبد الكريم الخيواني في صنعاء.', 'اعتقلت')
    assert got[1:] == ('houthis', 'Abd al-Karim al-Khywany')


def test_released_person_after_the_object_preposition_is_the_target() -> None:
    got = event_with('وأفرجت السلطات الإيرانية عن الشيخ محمد التوبلاني بعد أسبوع من اعتقاله.', 'أفرجت')
    assert got[1:] == ('iran', 'Muhammad al-Twblany')


def test_party_of_the_arrested_stays_the_target() -> None:
    got = event_with('اعتقلت الشرطة التركية مسؤولا في حزب الشعوب الديمقراطي في ديار بكر.', 'اعتقلت')
    assert got[1:] == ('turkey-police', 'hdp')


def test_person_after_another_preposition_is_no_target() -> None:
    got = event_with('اعتقلت الشرطة التركية عشرة أشخاص بعد تصريحات لوزير الداخلية سليمان صويلو.', 'اعتقلت')
    assert got[1:] == ('turkey-police', None)


_YEMEN_FRONT = ('شنت قوات الجيش اليمني هجوما على مواقع ميليشيات الحوثي في صعدة. وقصفت قوات الجيش اليمني مواقع '
                'ميليشيات الحوثي في حجة. ')


def test_shelling_a_residential_quarter_takes_no_opposing_target() -> None:
    got = event_with(_YEMEN_FRONT + 'وقصفت ميليشيات الحوثي حيا سكنيا في مدينة مأرب.', 'قصفت')
    assert got[1:] == ('houthis', None)


def test_killing_two_girls_takes_no_opposing_target() -> None:
    got = event_with(_YEMEN_FRONT + 'وقتلت طفلتان بقذائف أطلقتها ميليشيات الحوثي على مدينة تعز.', 'قتلت')
    assert got[1:] == ('houthis', None)
