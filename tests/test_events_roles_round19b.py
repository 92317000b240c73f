"""Events roles, round 19b: an unnamed group noun as the explicit subject of an event verb (عناصر، مستوطنون،
طائرات) lends the verb no doer borrowed from the article's main actor. Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import event_with

_YEMEN = ('سيطرت قوات الجيش اليمني على مديرية حيس بعد معارك مع الحوثيين. وأعلن الجيش اليمني مقتل عشرة من '
          'الحوثيين. وتواصل المنظمات الدولية تقديم المساعدات للسكان في المدينة. ')


def test_unnamed_members_after_verb_borrow_no_main_actor() -> None:
    got = event_with(_YEMEN + 'واقتحم عناصر مجهولة الهوية منزل صحفي في تعز ليلا.', 'اقتحم')
    assert got[1] is None


def test_settlers_as_subject_borrow_no_teller_party() -> None:
    text = ('قالت حركة حماس إن الاحتلال يصعد في القدس. وأكدت حركة حماس أنها لن تقبل بذلك. وتشهد المدينة توترا '
            'منذ أسابيع. وهاجم مستوطنون مزارعين في قرية بورين جنوب نابلس.')
    assert event_with(text, 'هاجم')[1] is None


def test_craft_owned_by_a_force_noun_still_borrow_the_main_actor() -> None:
    text = ('سيطرت قوات الجيش الوطني الليبي على منطقة الهلال النفطي. وأعلن الجيش الوطني الليبي تقدمه. ويشهد '
            'الهلال النفطي اضطرابا منذ سنوات. وقصفت طائرات القوات الجوية مواقع للجماعات الإرهابية في راس لانوف.')
    assert event_with(text, 'قصفت')[1] == 'lna'


def test_named_subject_is_unchanged() -> None:
    got = event_with(_YEMEN + 'واقتحم الجيش اليمني منزلا في تعز.', 'اقتحم')
    assert got[1] == 'yemen-army'


def test_counted_fleeing_group_is_the_flight_doer() -> None:
    # the clause before makes the resistance the doer a continuing clause would hand on; the counted who fled are
    # the militia's men, and the resistance is the side they fled from
    text = ('سيطرت قوات المقاومة اليمنية على مواقع جديدة في الساحل الغربي بعد معارك مع ميليشيات الحوثي. '
            'كما فر العشرات من عناصر ميليشيات الحوثي من جبهات القتال بعد هجوم واسع لقوات المقاومة اليمنية.')
    assert event_with(text, 'فر')[1:] == ('houthis', 'yemen-resistance')


def test_flight_of_a_named_force_keeps_its_doer() -> None:
    assert event_with('وفرت القوات السورية من المدينة.', 'فرت')[1] == 'syr-army-new'
