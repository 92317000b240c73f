"""Round 17 event roles: who planted the mine that did a harm did it (a planting relative after a device
noun), and a fight whose object is only a held thing or members carrying a pronoun (مواقعهم، عناصرها) is
fought against the party that pronoun points back to."""

from __future__ import annotations

from marsad.packs import load_json
from tests.conftest import event_parties, event_with

# --- a device and the relative verb of planting it ----------------------------------------------------------


def test_the_planting_words_are_in_the_pack() -> None:
    cues = load_json("event_cues")
    assert {"زرعتها", "زرعه"} <= set(cues["launch_relatives"])
    assert {"لغم", "ألغام", "عبوة"} <= set(cues["launched_weapons"])


def test_mines_planted_by_a_group_are_its_attack() -> None:
    text = "وقتلت ألغام زرعتها ميليشيات الحوثي في مديرية حيس طفلين من أبناء القرية يوم الأحد."
    assert event_with(text, "قتل")[1:] == ("houthis", None)


def test_a_mine_planted_by_a_group_is_its_attack_not_the_victims() -> None:
    text = "أصيب جنديان من الجيش العراقي بانفجار لغم زرعه مسلحو داعش في قضاء الطارمية شمال بغداد."
    assert event_with(text, "انفجار")[1:] == ("isis", "iraq-army")


# --- a held thing or members with a pronoun as the target --------------------------------------------------


def test_positions_of_them_after_the_subject_are_the_group_named_before() -> None:
    text = ("تقدم مقاتلو تنظيم داعش نحو قرية الباغوز، "
            "فقصفت طائرات التحالف الدولي مواقعهم بعشرات الغارات.")
    assert event_with(text, "قصفت")[1:] == ("global-coalition", "isis")


def test_its_positions_point_back_to_the_sentence_before() -> None:
    text = ("وصلت تعزيزات كبيرة لهيئة تحرير الشام إلى ريف إدلب الجنوبي. "
            "واستهدفت قوات النظام مواقعها بالمدفعية الثقيلة.")
    assert event_with(text, "استهدفت")[2] == "hts"


def test_its_members_after_the_subject_are_the_group_named_before() -> None:
    text = "انسحب مسلحو حركة الشباب من البلدة بعد أن استهدف الجيش الصومالي عناصرها بقصف مدفعي."
    assert event_with(text, "استهدف")[2] == "al-shabaab"


def test_the_doers_own_soldiers_take_no_other_target() -> None:
    # the pronoun points back to the army named last, the teller and the doer's own side
    text = "وأكد الجيش الإسرائيلي أنه رد بإطلاق النار بعد استهداف جنوده من موقع قرب الحدود مع غزة."
    assert event_with(text, "استهداف")[2] is None


def test_a_word_between_leaves_the_target_open() -> None:
    # قصفت الطائرات السورية مواقعها: a name that is not the doer's stands between, the pronoun is not read
    text = ("دخلت فصائل المعارضة بلدة كفرنبودة. "
            "وقصفت الطائرات الروسية بشدة مواقعها في المدينة.")
    assert event_with(text, "قصفت")[2] is None


# --- the subject of a verb of replying does the deed under ب ------------------------------------------------


def test_a_state_replying_with_raids_does_them() -> None:
    text = "أطلقت حركة حماس صاروخين على جنوب إسرائيل، وردت إسرائيل بشن غارات على مواقع في غزة."
    assert event_with(text, "غارات")[1] == "israel"


def test_an_army_replying_with_shelling_does_it() -> None:
    text = "قصف تنظيم داعش مواقع للجيش العراقي، ورد الجيش العراقي بقصف مدفعي على قرى الطارمية."
    assert event_with(text, "قصف مدفعي")[1] == "iraq-army"


def test_the_replier_takes_the_place_of_the_party_attacked_before() -> None:
    text = "هاجمت وحدات حماية الشعب قرية في ريف عفرين، وردت القوات التركية بقصف مواقعها."
    assert event_with(text, "قصف")[1:] == ("turkish-army", "ypg")


def test_a_name_far_from_the_reply_verb_is_not_its_subject() -> None:
    # the name is the object of the deed under ب, not the subject of رد
    text = "وقال المتحدث إن الجيش اليمني رد بقوة على هجوم شنته ميليشيات الحوثي على مواقعه في نهم."
    assert event_with(text, "هجوم")[1] == "houthis"


# --- a seizure after an attack takes from the party struck ------------------------------------------------------


def test_weapons_seized_after_an_attack_were_the_struck_partys() -> None:
    text = ("وشن مسلحو تنظيم داعش هجوما على نقطة عسكرية لقوات سوريا الديمقراطية قرب الهول، "
            "واستولوا على مستودع للذخيرة.")
    assert event_with(text, "استولوا")[1:] == ("isis", "sdf")


def test_a_partner_of_the_doer_is_never_the_one_seized_from() -> None:
    # the clash before was read with the doer's client as its other side: that is no one seized from
    text = ("وقال مدير المرصد إن اشتباكات تدور حاليا في المدينة التي سيطرت القوات التركية والفصائل الموالية "
            "لها على أحياء منها.")
    assert event_with(text, "سيطرت")[2] is None


def test_ground_taken_the_sentence_after_an_attack_was_the_struck_partys() -> None:
    text = "شنت تركيا هجوما على وحدات حماية الشعب في عفرين. وسيطرت القوات التركية على قرية الزهور."
    assert event_with(text, "سيطرت")[1:] == ("turkish-army", "ypg")


def test_a_seizure_in_another_year_takes_nothing_from_the_attack() -> None:
    text = ("شن تنظيم داعش هجوما على مواقع قوات سوريا الديمقراطية في ريف دير الزور. "
            "وكان التنظيم قد سيطر على المنطقة عام 2014.")
    seize = [r for r in event_parties(text, published="2018-05-01") if r[0] == "SEIZE"]
    assert seize and seize[-1][2] is None, seize


# --- soldiers of a state are its army's ---------------------------------------------------------------------


def test_soldiers_named_by_a_state_adjective_are_its_armys() -> None:
    text = "بدأ الجيش التركي عملية عسكرية في عفرين. وقتل 15 جنديا تركيا خلال الاشتباكات مع وحدات حماية الشعب."
    assert event_with(text, "قتل")[2] == "turkish-army"


def test_soldiers_with_the_states_pronoun_are_its_armys() -> None:
    text = ("يواصل الجيش التركي عمليته في عفرين. "
            "وأعلنت أنقرة مقتل ثمانية من جنودها في هجوم شنته وحدات حماية الشعب على قرية راجو.")
    assert event_with(text, "هجوم")[1:] == ("ypg", "turkish-army")


def test_without_its_army_named_the_state_stays() -> None:
    text = "وقتل 15 جنديا تركيا خلال الاشتباكات مع وحدات حماية الشعب في عفرين."
    assert event_with(text, "قتل")[2] == "turkey"


def test_a_military_adjective_is_no_soldier() -> None:
    # عسكرية folds to a ه ending: it is no soldiers noun with a pronoun
    text = ("وصلت تعزيزات للجيش التركي إلى الحدود. "
            "وتشير التصريحات التركية إلى أن تركيا جادة في شن عملية عسكرية شرقي الفرات.")
    assert event_with(text, "عملية عسكرية")[1] == "turkey"
