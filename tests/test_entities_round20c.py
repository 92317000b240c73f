"""Round 20c: a bare «قوات النخبة» is the Syrian Elite Forces only in Syria; in Yemen it is the Elite Forces of
the province the story is about (Shabwani in Shabwa, Hadrami in Hadramawt), and no pack entry in another
theatre (a state's own special forces)."""

from tests.conftest import mention_refs


def test_bare_elite_forces_after_the_shabwani_name_is_that_force() -> None:
    got = mention_refs("أطلقت قوات النخبة الشبوانية عملية في مديرية عتق بمحافظة شبوة. "
                       "وأوضح مصدر أمني أن قوات النخبة اعتقلت عنصرين من تنظيم القاعدة.")
    assert got["قوات النخبة"] == "shabwani-elite"


def test_bare_elite_forces_in_a_shabwa_story_is_the_shabwani_force() -> None:
    got = mention_refs("وذكر مسؤول محلي في محافظة شبوة أن قوات النخبة انتشرت في وادي عرمة بعد انسحاب المسلحين.")
    assert got.get("قوات النخبة") == "shabwani-elite"


def test_bare_elite_forces_in_a_hadramawt_story_is_the_hadrami_force() -> None:
    got = mention_refs("وأفاد سكان في مدينة المكلا بمحافظة حضرموت أن قوات النخبة أقامت نقاط تفتيش جديدة.")
    assert got.get("قوات النخبة") == "hadrami-elite"


def test_bare_elite_forces_of_another_state_is_no_syrian_group() -> None:
    got = mention_refs("وقال وزير الداخلية الفرنسي في باريس إن قوات النخبة اقتحمت المبنى وحررت الرهائن.")
    assert got.get("قوات النخبة") != "syr-elite-forces"


def test_bare_elite_forces_in_syria_stays_the_syrian_group() -> None:
    got = mention_refs("وتقدمت قوات النخبة إلى جانب قوات سوريا الديمقراطية في ريف الرقة شمالي سوريا.")
    assert got["قوات النخبة"] == "syr-elite-forces"
