"""Round 15 (EV1), precision: a meeting, talk, pact or alliance whose sentences name no armed party, no party the
article shows fighting and no word of war, force or fighting is diplomacy, trade or politics, even in an article
of war, and is no COORDINATE event."""

from __future__ import annotations

from tests.conftest import event_types


def types(text: str) -> list[str]:
    return event_types(text, published="2018-06-01")


def test_trade_talks_in_war_article_dropped() -> None:
    text = ("قصفت قوات النظام السوري بلدات في ريف إدلب. وفي سياق آخر، التقى وزير الخارجية التركي نظيره "
            "الإيراني في أنقرة وبحثا العلاقات التجارية بين البلدين.")
    assert types(text) == ["ATTACK"]


def test_commercial_deal_in_war_article_dropped() -> None:
    text = "هاجم مسلحو حركة الشباب قاعدة في الصومال. ووقعت الحكومة الصومالية اتفاقا مع شركة صينية لبناء ميناء جديد."
    assert types(text) == ["ATTACK"]


def test_ministers_meeting_on_trade_dropped() -> None:
    text = "هاجم مسلحو حركة الشباب قاعدة في الصومال. واجتمع وزير التجارة الصومالي مع نظيره الكيني لبحث التبادل التجاري."
    assert types(text) == ["ATTACK"]


def test_truce_pact_stays() -> None:
    text = "قصفت قوات النظام السوري بلدات في ريف إدلب. واتفقت روسيا وتركيا على وقف إطلاق النار في المحافظة."
    assert types(text) == ["ATTACK", "COORDINATE"]


def test_meeting_on_the_attack_stays() -> None:
    text = "هاجم مسلحو حركة الشباب قاعدة في الصومال. وعقد الرئيس الصومالي اجتماعا مع قادة الجيش لبحث الهجوم."
    assert types(text) == ["ATTACK", "COORDINATE"]


def test_talks_with_fighting_government_stay() -> None:
    # the regime the article shows shelling is a party to the war: talks with it are conflict talks
    text = "قصفت قوات النظام السوري بلدة نوى في ريف درعا أمس. وعقد وجهاء البلدة اجتماعا مع ممثلين عن النظام السوري."
    assert types(text) == ["ATTACK", "COORDINATE"]


def test_quote_going_on_keeps_its_context() -> None:
    # the second sentence of a quote goes on from the first, which names the fighting
    text = ('وقال قائد الجيش: "نفذت قواتنا هجوما على مواقع المتمردين. وقد عقدنا اجتماعا مع الوسطاء".')
    assert "COORDINATE" in types(text)


_WAR = "قصفت قوات النظام السوري بلدات في ريف إدلب. "


def test_influence_regained_is_no_seizure() -> None:
    assert types(_WAR + "واستعادت روسيا نفوذها في الشرق الأوسط.") == ["ATTACK"]


def test_seat_won_is_no_seizure() -> None:
    assert types(_WAR + "وتمكن الحزب من حجز مقعد في البرلمان.") == ["ATTACK"]


def test_control_of_a_spread_or_exports_is_no_seizure() -> None:
    assert types(_WAR + "وأعلنت وزارة الصحة السيطرة على انتشار الوباء في المحافظة.") == ["ATTACK"]
    assert types(_WAR + "وتهدف الاتفاقية الجديدة إلى السيطرة على تصدير المواد الكيماوية.") == ["ATTACK"]


def test_electoral_defeat_is_no_attack() -> None:
    assert types(_WAR + "وقاد الحزب إلى هزيمته الانتخابية الأبرز.") == ["ATTACK"]


def test_seizure_of_ground_stays() -> None:
    assert types(_WAR + "وسيطرت قوات النظام على بلدة خان شيخون.") == ["ATTACK", "SEIZE"]


def test_battle_with_an_illness_is_no_attack() -> None:
    assert types(_WAR + "وتوفي السيناتور بعد معركته مع سرطان الدماغ.") == ["ATTACK"]
    # a battle with a party stays
    assert types(_WAR + "وخاضت القوات معركة مع تنظيم داعش.") == ["ATTACK", "ATTACK"]


def test_financial_attacks_are_no_attack() -> None:
    assert types(_WAR + "وقال أردوغان في إسطنبول إن تركيا ستواجه الهجمات المالية.") == ["ATTACK"]
    assert types(_WAR + "وتتعرض تركيا لهجمات اقتصادية منذ أشهر.") == ["ATTACK"]
