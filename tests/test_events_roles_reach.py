"""A doer guessed from the article must be named near the event (event_cues guess_reach_back/ahead).

The sentences are written for these tests; none comes from an article.
"""
from __future__ import annotations

import marsad


def _events(text: str) -> list[tuple[str, str | None, str | None, str]]:
    art = marsad.analyze(text, published="2019-05-01").to_dict()
    names = {e["id"]: e["name"] for e in art["entities"]}
    return [(ev["type"], names.get(ev.get("actor1")), names.get(ev.get("place")), text[ev["start"]:ev["end"]])
            for ev in art["events"]]


def test_digest_item_borrows_no_doer_from_an_earlier_story() -> None:
    text = ("أعلن الجيش الأمريكي أن طائراته قصفت مواقع لتنظيم داعش في ريف دير الزور. "
            "وقال متحدث باسم القيادة المركزية الأمريكية إن الغارات دمرت مخازن أسلحة. "
            "وفي خبر آخر، أعلنت وزارة الصحة في بنغلاديش ارتفاع عدد الإصابات بالحمى. "
            "كما افتتح معرض للكتاب في العاصمة التونسية بمشاركة مئتي دار نشر. "
            "وتوقعت هيئة الأرصاد الجوية في المغرب تساقط أمطار غزيرة على المناطق الساحلية. "
            "وفي باكستان، قتل عشرون شخصا في هجوم على سوق شعبي في مدينة بيشاور.")
    evs = _events(text)
    first = next(e for e in evs if "قصفت" in e[3])
    assert first[1] is not None  # the first story's doer is named in its own clause
    market = next(e for e in evs if "بيشاور" in e[3])
    assert market[0] == "ATTACK"
    assert market[1] is None


def test_guess_kept_when_the_party_is_named_close_by() -> None:
    # a dropped subject a sentence after the party was named still takes it
    text = ("سيطر تنظيم داعش على قرية في ريف حمص الشرقي بعد معارك عنيفة. "
            "وبعد ساعات، شن هجوما على نقطة للجيش قرب مدينة تدمر.")
    evs = _events(text)
    attack = next(e for e in evs if "شن" in e[3] and e[0] == "ATTACK")
    assert attack[1] == "Islamic State (ISIS)"


def test_lead_takes_the_doer_named_in_the_sentences_after_it() -> None:
    # the reach runs ahead too: a lead whose doer the next sentences name keeps the article's main actor
    text = ("اندلعت اشتباكات عنيفة فجر اليوم في أطراف مدينة الباب بريف حلب الشرقي. "
            "وقالت مصادر محلية إن الجيش التركي قصف مواقع لقوات سوريا الديمقراطية في المنطقة. "
            "وأضافت المصادر أن الجيش التركي دفع بتعزيزات إلى المدينة.")
    evs = _events(text)
    clash = next(e for e in evs if "اشتباكات" in e[3])
    assert clash[1] is not None


def test_unvowelled_passive_arrest_after_a_relative_takes_the_antecedent_as_patient() -> None:
    # الذين احتُجزوا: nothing but a place follows the verb, so the named men were held, not holders
    text = "وأطلق سراح عناصر من الحشد الشعبي الذين احتجزوا في محافظة الأنبار الشهر الماضي."
    art = marsad.analyze(text, published="2019-05-01").to_dict()
    names = {e["id"]: e["name"] for e in art["entities"]}
    arrest = next(ev for ev in art["events"] if ev["type"] == "ARREST")
    assert names.get(arrest.get("actor2")) == "Popular Mobilisation Forces (PMF)"
    assert names.get(arrest.get("actor1")) != "Popular Mobilisation Forces (PMF)"


def test_passive_arrest_of_a_group_member_does_not_make_the_group_the_arrester() -> None:
    text = "وقالت السلطات إن المسؤول المالي في تنظيم داعش الذي اعتقل في مدينة غازي عنتاب سلم إلى بغداد."
    evs = [e for e in _events(text) if e[0] == "ARREST"]
    assert evs and evs[0][1] != "Islamic State (ISIS)"


def test_active_arrest_after_a_relative_keeps_its_subject() -> None:
    # an object follows the verb: active, the named force arrested
    text = "وأعلنت قوات سوريا الديمقراطية التي اعتقلت خمسة مطلوبين في ريف الحسكة عن حملة جديدة."
    evs = [e for e in _events(text) if e[0] == "ARREST"]
    assert evs and evs[0][1] == "Syrian Democratic Forces (SDF)"


def test_place_named_before_the_trigger_is_the_town_not_the_area_locating_it() -> None:
    # the wider area right after the town only says where the town is
    text = "وشهدت بلدة جنديرس في ريف عفرين ومدينة الباب شمال سوريا اشتباكات عنيفة بين الطرفين."
    evs = [e for e in _events(text) if e[0] == "ATTACK"]
    assert evs and evs[0][2] not in (None, "northern Syria", "Syria")


def test_town_located_by_its_countryside_before_the_trigger() -> None:
    text = "وقالت مصادر محلية إن قرية الزهور بريف حماة الشمالي شهدت قصفا مدفعيا مكثفا صباح اليوم."
    evs = [e for e in _events(text) if e[0] == "ATTACK"]
    assert evs and evs[0][2] is not None and "countryside" not in evs[0][2]


def test_strike_on_a_state_force_does_not_borrow_that_state_as_doer() -> None:
    # no event before it: the article's main actor is the state whose guard was struck, never the striker
    text = ("قالت إيران إنها سترد على أي اعتداء على قواتها في سوريا. "
            "وأضاف المتحدث باسم الخارجية الإيرانية أن طهران لن تسمح بتكرار ذلك. "
            "وقصفت طائرات حربية مواقع للحرس الثوري قرب مدينة البوكمال ليلة أمس.")
    art = marsad.analyze(text, published="2019-05-01").to_dict()
    names = {e["id"]: e["name"] for e in art["entities"]}
    strike = next(ev for ev in art["events"] if ev["type"] == "ATTACK" and "البوكمال" in text[ev["start"]:ev["end"]])
    assert names.get(strike.get("actor2")) == "Islamic Revolutionary Guard Corps (IRGC)"
    assert names.get(strike.get("actor1")) != "Iran"
