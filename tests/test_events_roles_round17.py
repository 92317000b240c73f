"""Round 17 event roles: who planted the mine that did a harm did it (a planting relative after a device
noun), and a fight whose object is only a held thing or members carrying a pronoun (مواقعهم، عناصرها) is
fought against the party that pronoun points back to."""

from __future__ import annotations

from marsad.packs import load_json
from tests.conftest import event_with

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

