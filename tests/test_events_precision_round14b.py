"""Round 14b, events marsad recorded that the gold would not: talks, summits and pacts in an article about trade,
Brexit or diplomacy that names no armed party (the annotated COORDINATE are all between parties to a conflict or
about one), and a definite strike noun called new (الهجوم الجديد) taken for a retelling of the strike before."""

from __future__ import annotations

from tests.conftest import event_types


def test_trade_talks_in_a_civil_article_are_no_event() -> None:
    text = ("عقد وزراء التجارة في الاتحاد الأوروبي اجتماعا في بروكسل لبحث الرسوم الجمركية على الصلب. "
            "وقالت المفوضية إن المحادثات مع الولايات المتحدة ستستأنف الأسبوع المقبل لتجنب حرب تجارية.")
    assert "COORDINATE" not in event_types(text.replace("لتجنب حرب تجارية", "لخفض الرسوم"))


def test_summit_meeting_in_a_civil_article_is_no_event() -> None:
    text = ("التقى رئيس الوزراء الكندي نظيره الفرنسي في باريس قبيل قمة مجموعة السبع. "
            "وبحث الزعيمان خلال اللقاء ملفات المناخ والتجارة الحرة.")
    assert "COORDINATE" not in event_types(text)


def test_peace_deal_in_a_civil_article_stays() -> None:
    # no armed party named, but a pact of peace or a truce deals with armed conflict
    text = ("وقع رئيسا البلدين اتفاق سلام في العاصمة بعد عقدين من القطيعة. "
            "وقال الوزير إن الاتفاق سيعيد فتح السفارات بين البلدين.")
    assert "COORDINATE" in event_types(text)
    assert "COORDINATE" in event_types("اتفق الطرفان على تثبيت الهدنة في الإقليم خلال اجتماع في جنيف.")


def test_meeting_in_a_conflict_article_stays() -> None:
    text = ("عقد قادة من قوات سوريا الديمقراطية اجتماعا مع ضباط من التحالف الدولي في الحسكة. "
            "وبحث الاجتماع خطط العمليات ضد تنظيم داعش في ريف دير الزور.")
    assert "COORDINATE" in event_types(text)


def test_definite_strike_called_new_is_another_strike() -> None:
    first = "استهدف صاروخ مقر الحكومة في العاصمة صباح اليوم. "
    assert event_types(first + "وبعد ساعتين وقع الهجوم الجديد على المقر.") == ["ATTACK", "ATTACK"]
    assert event_types(first + "وبعد ساعتين وقع الهجوم على المقر.") == ["ATTACK"]


def test_definite_shelling_called_new_in_a_report_is_another() -> None:
    first = "قصفت الطائرات بلدة كفرنبل بريف إدلب. "
    assert event_types(first + "وقال ناشطون إن القصف الجديد أدى إلى دمار كبير.") == ["ATTACK", "ATTACK"]
    assert event_types(first + "وقال ناشطون إن القصف أدى إلى دمار كبير.") == ["ATTACK"]
    assert event_types(first + "وقتل مدنيان في القصف الجديد على البلدة.") == ["ATTACK", "ATTACK"]


def test_other_words_elsewhere_keep_a_retelling() -> None:
    # أخرى on another noun and a definite ordinal of the hour say nothing of the strike
    first = "قصفت الطائرات بلدة كفرنبل بريف إدلب. "
    assert event_types(first + "وقال ناشطون إن القصف أدى إلى دمار مبان ومنشآت أخرى.") == ["ATTACK"]
    assert event_types(first + "وقال ناشطون إن القصف في الساعة الثانية أدى إلى دمار كبير.") == ["ATTACK"]
