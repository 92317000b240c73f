"""Round 21 (DG): the place of a seizure is what its word of taking control governs (السيطرة على X، سيطرت على X),
not a more specific place that only locates it nor the place of an advance told before it; and a running toll
of an offensive (حتى الآن، خلال الفترة نفسها) is no new attack."""
from __future__ import annotations

import marsad


def _events(text: str) -> list[tuple[str, str | None, str]]:
    art = marsad.analyze(text)
    refs = {e.id: e.ref or e.name for e in art.entities}
    return [(ev.type, refs.get(ev.place), ev.trigger.text) for ev in art.events]


def _seize_places(text: str) -> list[str | None]:
    return [place for typ, place, _ in _events(text) if typ == "SEIZE"]


def test_seized_region_beats_the_city_near_it() -> None:
    # the object of سيطرت على is the region taken; the city after قرب only says where that region lies
    got = _seize_places("وتسعى قوات النظام إلى تأمين العاصمة بعدما سيطرت على الغوطة الشرقية التي كانت معقلا "
                        "للفصائل قرب دمشق.")
    assert got == ["syr-ghouta-east"]


def test_seized_area_beats_the_quarter_of_the_advance() -> None:
    # an advance inside a quarter, then control retaken of an area in it: the area is where the seizure was
    got = _seize_places("حقق الجيش السوري تقدما ميدانيا داخل حي القدم جنوب دمشق، حيث تمكن من استعادة السيطرة "
                        "على منطقة الزهيرية، إثر معارك مع مقاتلي تنظيم داعش الأحد.")
    assert got == ["al-Zhirya"]


def test_seized_quarter_south_of_the_city() -> None:
    # the quarter seized, not the capital that locates it
    assert _seize_places("وأعلن الجيش استعادة السيطرة على حي العسالي جنوب العاصمة دمشق.") == ["al-Asaly"]


def test_later_aim_does_not_move_an_earlier_seizure() -> None:
    # a later sentence's aim of retaking a crossing does not replace the town the forces took
    got = _seize_places("وسيطرت قوات النظام الثلاثاء على بلدة الحراك شرق درعا. وتحاول القوات التقدم نحو "
                        "الحدود لاستعادة السيطرة على معبر نصيب.")
    assert got == ["sy-hirak"]


def test_toll_over_the_same_period_is_no_new_attack() -> None:
    got = _events("كما قتل 25 مسلحا من الفصائل مقابل 40 من القوات الحكومية خلال الفترة نفسها بحسب المرصد.")
    assert not [e for e in got if e[0] == "ATTACK"]


def test_toll_so_far_is_no_new_attack() -> None:
    got = _events("وأعلنت رئاسة الأركان التركية حتى الآن عن مقتل 31 من جنودها.")
    assert not [e for e in got if e[0] == "ATTACK"]


def test_one_death_over_the_same_period_is_a_happening() -> None:
    # no count above one: a single killing of that period, told as it happened, not a running total
    got = _events("وقد قتل شرطي بعد إطلاق مسلح مجهول النار عليه خلال الفترة نفسها، وأدت البالونات الحارقة إلى "
                  "إشعال حرائق في المزارع.")
    assert [e for e in got if e[0] == "ATTACK"]


def test_dated_killing_with_a_running_total_stays_an_attack() -> None:
    # the killing is dated to a day: a fresh strike, whatever total the clause goes on to give
    got = _events("وقتل تسعة مدنيين الأربعاء في غارات على بلدة سرمين، ما رفع عدد القتلى حتى الآن إلى 90.")
    assert [e for e in got if e[0] == "ATTACK"]


def test_so_far_after_a_superlative_keeps_the_killing() -> None:
    # «أكبر ... حتى الآن» ranks the happening against those before it; it is no running toll
    got = _events("وبحسب نائب، قتل ما لا يقل عن 30 شخصا واعتقل المئات في أكبر موجة احتجاج حتى الآن ضد الحكومة.")
    assert [e for e in got if e[0] == "ATTACK"]
