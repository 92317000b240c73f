"""Round 15 (EV3), missed events: the pounding verb دكّ is a strike; a capture whose على comes after a long
subject and asides is still a capture; dying by someone's fire (توفي متأثرا بجروح ... برصاص، استشهد برصاص) is
the shooting, done by the owner of the fire."""

from __future__ import annotations

from tests.conftest import event_parties, event_types


def events(text: str) -> list[tuple[str, str | None, str | None]]:
    return event_parties(text, published="2019-05-02")


def types(text: str) -> list[str]:
    return event_types(text, published="2019-05-02")


def test_pounding_verb_is_attack() -> None:
    assert types("ودكّت المدفعية التركية مواقع للمسلحين الأكراد قرب بلدة تل رفعت.") == ["ATTACK"]
    assert types("وقال الناطق إن طائرات الجيش تدك منذ الصباح تحصينات التنظيم شمال المدينة.") == ["ATTACK"]


def test_pounding_masdar_is_attack() -> None:
    assert types("وتمكنت قوات الجيش من دكّ معاقل المسلحين في الجبل.") == ["ATTACK"]


def test_capture_with_far_preposition() -> None:
    # the subject, a place aside and a day stand between the verb and على
    text = "سيطرت قوات الجيش العراقي في محافظة نينوى، شمالي البلاد، الأحد، على قرية الخضر بعد معارك مع التنظيم."
    assert "SEIZE" in types(text)


def test_calm_reigning_is_still_no_capture() -> None:
    assert "SEIZE" not in types("وسيطر الهدوء الحذر على أحياء المدينة بعد أسابيع من التوتر.")


def test_died_of_wounds_from_gunfire_is_attack() -> None:
    text = "توفي شاب فلسطيني صباح الأحد متأثرا بجروح أصيب بها برصاص الجيش الإسرائيلي شرق مدينة رفح."
    evs = events(text)
    assert [t for t, _a1, _a2 in evs] == ["ATTACK"]
    assert evs[0][1] is not None and "Israel" in evs[0][1]


def test_martyred_by_gunfire_doer_is_the_fire_owner() -> None:
    evs = events("استشهد طفل برصاص قوات الاحتلال الإسرائيلي قرب مدينة نابلس.")
    assert len(evs) == 1 and evs[0][0] == "ATTACK"
    assert evs[0][1] is not None and "Israel" in evs[0][1]
    assert evs[0][2] is None or "Israel" not in evs[0][2]


def test_death_without_fire_is_no_event() -> None:
    assert types("توفي الرئيس السابق صباح الأحد في المستشفى عن عمر يناهز 80 عاما.") == []
    assert types("واستشهد الوزير في كلمته بآيات من القرآن الكريم.") == []


def test_capture_in_lead_and_quote_is_one() -> None:
    # the lead in the article's voice and the source's quote tell one capture of one town
    text = ('سيطرت قوات الجيش السوري على بلدة خان شيخون في ريف إدلب الجنوبي. وقال مدير المرصد السوري لحقوق '
            'الإنسان رامي عبد الرحمن إن "قوات الجيش سيطرت على خان شيخون بعد معارك عنيفة".')
    assert types(text).count("SEIZE") == 1


def test_capture_denied_later_stays_apart() -> None:
    text = ("سيطرت فصائل المعارضة على بلدة خان شيخون في ريف إدلب الجنوبي. "
            "ونفى الجيش السوري أن تكون الفصائل سيطرت على خان شيخون.")
    assert types(text).count("SEIZE") == 2


def test_death_retold_same_day_is_one_attack() -> None:
    # the spokesman's quote tells again, with the same day and a place, the death the lead told
    text = ("أعلنت وزارة الصحة في غزة أن شابا توفي صباح الأحد متأثرا بجروح أصيب بها برصاص الجيش الإسرائيلي. "
            'وقال الناطق باسم الوزارة إن "الشاب أحمد سليم (22 عاما) توفي صباح الأحد متأثرا بجروح أصيب بها '
            'برصاص الجيش الإسرائيلي شرق مدينة رفح".')
    assert types(text) == ["ATTACK"]


def test_deaths_on_other_days_stay_apart() -> None:
    text = ("أعلنت وزارة الصحة في غزة أن شابا توفي صباح الأحد متأثرا بجروح أصيب بها برصاص الجيش الإسرائيلي. "
            "وكان فتى قد توفي يوم الخميس الماضي متأثرا بجروح أصيب بها برصاص الجيش الإسرائيلي شرق مدينة رفح.")
    assert types(text) == ["ATTACK", "ATTACK"]


def test_toll_after_aside_joins_its_strike() -> None:
    # an aside after the killing verb: the count of the dead opens the clause of the strike they died in
    text = ("وقتل الأحد، بحسب ناشطين محليين، 9 مدنيين بينهم طفلان في قصف جوي للتحالف الدولي استهدف قرية "
            "في ريف الحسكة الجنوبي.")
    assert types(text) == ["ATTACK"]


def test_two_killings_without_count_stay_apart() -> None:
    text = "قتل جندي تركي، وفق وزارة الدفاع، ثم قتل مسلحون في اشتباك مع الجيش قرب الحدود."
    assert types(text).count("ATTACK") == 2
