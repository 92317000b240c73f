"""Round 18, events precision: a deed named inside a charge, a standing coalition named by its leader, and a
cyber attack are no events; the deeds and pacts told beside them stay."""

from tests.conftest import event_types


def test_charge_deed_is_no_event() -> None:
    # the arrest is told; the killing is only what the man is charged with
    assert event_types("اعتقلت الشرطة العراقية رجلا بتهمة قتل جاره في بغداد.") == ["ARREST"]
    assert event_types("أوقفت قوات الأمن ثلاثة أشخاص بتهم تتعلق بتفجير سيارة مفخخة في كركوك.") == ["ARREST"]


def test_deed_told_beside_charge_stays() -> None:
    # the killing told in its own clause stays, the charge after the comma adds none
    types = event_types("قتل مسلحون رجلا في بغداد، واعتقلت الشرطة اثنين بتهمة المشاركة في الهجوم.")
    assert types.count("ATTACK") == 1 and "ARREST" in types
    # a verb after the charge opens its own clause: the killing in prison is a deed told
    assert "ATTACK" in event_types("اعتقلت القوات شابا بتهمة التخابر ثم قتلته في السجن.")


def test_led_coalition_is_no_pact() -> None:
    text = "ويذكر أن التحالف الذي تقوده المملكة العربية السعودية في اليمن، أعلن أن دفاعاته اعترضت صاروخا."
    assert "COORDINATE" not in event_types(text)
    assert "COORDINATE" not in event_types("وقوات سوريا الديمقراطية هي تحالف لمقاتلين أكراد وعرب.")


def test_coalition_formed_stays() -> None:
    assert "COORDINATE" in event_types("وأعلنت الفصائل تشكيل تحالف عسكري جديد في إدلب.")


def test_cyber_attack_is_no_armed_deed() -> None:
    assert event_types("ونفذ قراصنة هجوما إلكترونيا على مواقع حكومية إيرانية.") == []
    assert event_types("واستهدفت هجمات سيبرانية شبكات الكهرباء في أوكرانيا.") == []
    assert event_types("وقصفت الطائرات الحربية مقرا للتنظيم في الرقة.") == ["ATTACK"]


def test_charged_arms_sale_stays() -> None:
    # a sale of arms under a charge is coded as the deed itself (charge_types holds only ATTACK)
    text = "وألقت الشرطة القبض على ضابطين بتهمة سرقة الأسلحة وبيعها لتنظيم داعش في البادية."
    assert "SUPPLY" in event_types(text)


def test_rules_of_engagement_is_no_fight() -> None:
    # the head of a frame of rules or means names no happening
    assert event_types("وقال إن إسرائيل غيرت قواعد الاشتباك مع حزب الله في الجنوب.") == []
    # clashes near a base stay: the base is not the fight noun's head
    assert event_types("واندلعت اشتباكات عنيفة قرب قاعدة حميميم الروسية في ريف اللاذقية.") == ["ATTACK"]


def test_toll_since_a_party_entered_the_war_is_no_event() -> None:
    assert event_types("وقتل 92 عسكريا روسيا في سوريا منذ تدخل موسكو في النزاع.") == []
    assert event_types("وقتل نحو عشرة آلاف شخص في اليمن منذ التدخل السعودي في مارس 2015.") == []
    # a toll since the start of one offensive still tells it
    assert event_types("وقتل خمسون مدنيا منذ بدء الهجوم على الغوطة الشرقية.") == ["ATTACK"]


def test_masdar_with_object_pronoun_retells_the_event() -> None:
    text = ("واعتقلت قوات الأمن العراقية الصحفية في بغداد يوم الأحد. "
            "وقالت نقابة الصحفيين إن اعتقالها جاء بسبب تقاريرها عن الفساد.")
    assert event_types(text) == ["ARREST"]


def test_past_spelling_after_purpose_noun_is_the_aim() -> None:
    # بغية طرد: the expulsion is the operation's aim, not a capture that happened
    text = ("وأطلقت أنقرة في يناير الماضي عملية عسكرية مع فصائل المعارضة السورية في عفرين، "
            "بغية طرد فصائل كردية من المنطقة الحدودية.")
    assert "SEIZE" not in event_types(text)
    assert event_types("وشن الجيش هجوما على البلدة بهدف طرد مسلحي التنظيم منها.") == ["ATTACK"]
    # the expulsion told as done stays
    assert "SEIZE" in event_types("وطرد الجيش مسلحي التنظيم من البلدة بعد معارك عنيفة.")


def test_attack_noun_with_pronoun_is_told_anew() -> None:
    # the pronoun on an attack noun is its doer: the group's attacks are told, no retelling
    text = ("وهاجم مسلحو التنظيم حاجزا للجيش قرب البلدة يوم الأحد. "
            "ويأتي الهجوم بعد تكثيف التنظيم هجماته على النقاط الصغيرة في المنطقة.")
    assert event_types(text).count("ATTACK") == 2


def test_release_asked_for_is_no_release() -> None:
    assert event_types("وطالبت نقابة الصحفيين بالإفراج عن الصحفية فورا.") == []
    assert event_types("ودعت منظمة العفو الدولية السلطات إلى إطلاق سراح المعتقلين في سجون النظام.") == []
    # a release done stays, a demand before it or not
    assert event_types("وأفرجت السلطات عن الصحفية بعد أن طالبت النقابة بذلك.") == ["RELEASE"]
    assert event_types("وطالبت الفصائل بضمانات دولية، وتم الإفراج عن الأسرى الأحد.") == ["RELEASE"]


def test_accusative_charge_is_no_deed() -> None:
    assert event_types("ووجهت النيابة للناشطة تهما بالاعتداء على جنود والتحريض على العنف.") == []


def test_crash_toll_is_no_attack() -> None:
    assert event_types("وقتل 20 شخصا في حادث تحطم طائرة عسكرية جزائرية قرب العاصمة.") == []
    assert event_types("ولقي 16 شخصا مصرعهم إثر حادث تصادم بين قطارين بمحافظة البحيرة.") == []
    # a word of fire keeps the killing an attack
    assert event_types("وقتل طياران في حادث تحطم مروحية عسكرية بعد إصابتها بصاروخ أطلقه مسلحون.") == ["ATTACK"]
