"""Round 14, events marsad recorded that no reader would: threats whose deed is political, economic or legal
(withdrawing, cancelling, stopping aid, expelling, depriving, jailing), a feast read as the threat noun وعيد
(و + عيد), and dangers named rather than threats made."""

from __future__ import annotations

from tests.conftest import event_types as types


def test_political_threats_are_no_armed_threat() -> None:
    assert "THREATEN" not in types("وهدد الرئيس الأمريكي بالانسحاب من المعاهدة التجارية مع جيرانه.")
    assert "THREATEN" not in types("وهددت بيونغ يانغ بإلغاء المحادثات المقررة مع سيول الشهر المقبل.")
    assert "THREATEN" not in types("وكان الوزير قد هدد بوقف المساعدات المالية للمنظمة الدولية.")
    assert "THREATEN" not in types("وهددت الخارجية بطرد مراسلي القنوات الأجنبية من العاصمة.")
    assert "THREATEN" not in types("ولجأ رجال الدين إلى تهديد النواب بالحرمان من الأسرار الكنسية.")
    assert "THREATEN" not in types("وهددت الحكومة المعارضين بالسجن إذا خرجوا إلى الشوارع.")


def test_armed_threats_stay() -> None:
    assert "THREATEN" in types("وهدد الجيش التركي بشن عملية عسكرية واسعة على مواقع الوحدات الكردية في منبج.")
    assert "THREATEN" in types("وتوعدت الجماعة المسلحة بالرد على الغارات التي استهدفت مواقعها.")


def test_feast_is_no_threat() -> None:
    assert "THREATEN" not in types("وأعلنت الحكومة هدنة مؤقتة مع المسلحين خلال أيام رمضان وعيد الفطر.")
    assert "THREATEN" not in types("وتغلق المدارس أبوابها في عطلة رأس السنة وعيد الميلاد.")


def test_threat_noun_with_article_stays() -> None:
    assert "THREATEN" in types("وواصلت الميليشيا لغة الوعيد بقصف المدن الحدودية بالصواريخ.")


def test_danger_named_is_no_threat() -> None:
    assert "THREATEN" not in types("وبحث الرئيسان سبل معالجة التهديد النووي في شبه الجزيرة.")
    assert "THREATEN" not in types("واختلفت الدول الأعضاء حول مصادر التهديد التي تواجهها.")


def test_deedless_threat_frames_no_attack() -> None:
    # the attack in the clause after a threat to expel is the measure's condition: neither threat nor attack
    found = types("وهددت الحكومة بطرد الصحفيين الأجانب إذا تبين تورط بلادهم في الهجوم على سفارتها في العاصمة.")
    assert found == []


def test_attack_before_deedless_threat_stays() -> None:
    found = types("وقصفت الطائرات الحربية مواقع المسلحين في البلدة وهددت الحكومة بفرض عقوبات على داعميهم.")
    assert found == ["ATTACK"]


def test_closing_a_building_is_no_deployment() -> None:
    assert "DEPLOY" not in types("وأغلقت السلطات الروسية القنصلية الأمريكية في سان بطرسبرغ.")
    assert "DEPLOY" not in types("وقررت الحكومة إغلاق موقع التجارب النووية الشهر المقبل.")
    assert "DEPLOY" not in types("وأغلقت الشرطة سجنا في العاصمة بعد تقارير عن التعذيب.")


def test_closing_ground_stays_a_deployment() -> None:
    assert "DEPLOY" in types("وأغلقت قوات الأمن الطرق المؤدية إلى السفارة الأمريكية في بغداد.")
    assert "DEPLOY" in types("وأغلق الجيش معبر نصيب الحدودي مع الأردن.")
    assert "DEPLOY" in types("وأغلقت الشرطة المنطقة المحيطة بمبنى البرلمان.")


def test_interview_is_no_meeting() -> None:
    assert types("وقال الوزير في لقاء مع قناة العربية إن بلاده لن تتراجع عن موقفها.") == []
    assert types("وأكد الرئيس خلال لقاء أجرته معه شبكة أمريكية أن الحوار مستمر.") == []
    assert types("وقالت عالمة الاجتماع في جامعة دمشق إن الظاهرة تتسع.") == []


def test_meeting_of_parties_stays() -> None:
    assert types("وعقد وزيرا الدفاع لقاء في أنقرة لبحث الوضع في إدلب.") == ["COORDINATE"]


def test_previous_happenings_are_background() -> None:
    assert types("وكان له دور في محادثات كورية ثنائية سابقة بين البلدين.") == []
    assert types("وكانت الجماعة مسؤولة عن هجمات في السابق في المدينة.") == []
    assert types("وسيبني المبعوث على التقدم الذي تحقق خلال جولات المفاوضات السابقة.") == []


def test_previous_person_keeps_the_event() -> None:
    assert types("واعتقلت قوات الأمن المسؤول السابق في الحزب.") == ["ARREST"]
    assert "ARREST" in types("وتظاهر المئات في المدينة بعد اعتقال الرئيس السابق للإقليم في ألمانيا.")


def test_definite_noun_under_preposition_retells() -> None:
    # the explosives used "in the attack" name the car bomb told in the first clause: one attack
    found = types("وشن مسلحون هجوما بسيارة مفخخة على حاجز للجيش في درعا، وقال مسؤول في دمشق إن المتفجرات "
                  "المستخدمة في الهجوم مصدرها الخارج.")
    assert found == ["ATTACK"]


def test_another_attack_under_preposition_stays() -> None:
    found = types("وشن مسلحون هجوما بسيارة مفخخة على حاجز للجيش في درعا، وقال مسؤول في دمشق إن المتفجرات "
                  "المستخدمة في الهجوم الجديد مصدرها الخارج.")
    assert found == ["ATTACK", "ATTACK"]


def test_first_definite_attack_stays() -> None:
    assert types("وقتل ثلاثة جنود في الهجوم على حاجز للجيش في درعا فجر اليوم.") == ["ATTACK"]



def test_described_definite_noun_stays() -> None:
    # a relative clause gives the attack its own place: it may be another one
    found = types("وشن مسلحون هجوما بسيارة مفخخة على حاجز للجيش في درعا، وقال مسؤول في دمشق إن المتفجرات "
                  "المستخدمة في الهجوم الذي وقع في حلب مصدرها الخارج.")
    assert found == ["ATTACK", "ATTACK"]


def test_laysa_negates_the_event() -> None:
    assert types("وقال المتحدث إن ما جرى ليس هجوما بل حادث عرضي في مخزن الوقود.") == []
    assert types("وقال الوزير إن هذه ليست مفاوضات مع المعارضة بل مشاورات داخلية.") == []


def test_six_is_no_negation() -> None:
    # لست ضربات: ل + ست (six), no negation of the strikes
    assert "ATTACK" in types("وتعرضت القرية لست ضربات جوية نفذتها الطائرات الحربية فجر اليوم.")
