"""Event dates, round 14b: a time fronted at a sentence's opening and set off by a comma dates the events of
the clause it opens, however far into it their word stands (وفي الثالث من آذار، تعرضت ... لقصف), but not
past a quote, a new clause, a complementizer or a subordinator, nor the topic of a clause that opens with a
verb of no event. Sentences written for these tests."""

from __future__ import annotations

import marsad

PUB = "2025-04-06"  # a Sunday


def dates(text: str) -> list[tuple[str, str | None]]:
    art = marsad.analyze("خبر\n" + text, published=PUB)
    return [(e.type, e.date.date if e.date else None) for e in art.events]


def test_fronted_date_reaches_a_far_strike_after_a_verb_of_undergoing() -> None:
    out = dates("وفي الثالث من آذار الماضي، تعرض مستودع الذخيرة التابع للفرقة الرابعة قرب مطار المزة "
                "لقصف جوي عنيف.")
    assert ("ATTACK", "2025-03-03") in out


def test_fronted_date_reaches_each_deed_of_its_clause() -> None:
    out = dates("ويوم السبت، اقتحمت دورية من قوات الأمن حي الوعر في مدينة حمص واعتقلت خمسة شبان من أبناء الحي.")
    assert ("ATTACK", "2025-04-05") in out and ("ARREST", "2025-04-05") in out


def test_fronted_date_stops_at_a_complementizer() -> None:
    # what she said she had suffered is an earlier happening, not the day she spoke
    out = dates("ويوم الخميس، قصفت الطائرات الحربية بلدة كفرنبل، وقالت ناشطة من البلدة إنها تعرضت لاعتقال "
                "على يد عناصر الأمن.")
    assert ("ARREST", "2025-04-03") not in out


def test_fronted_date_not_given_after_a_verb_of_no_event() -> None:
    out = dates("ويوم الخميس، نشر ناشط من البلدة صورا توثق الدمار الذي خلفته حملة قصف واسعة شنتها الطائرات.")
    assert ("ATTACK", "2025-04-03") not in out


def test_fronted_date_stops_at_a_subordinator() -> None:
    out = dates("وفي العاشر من آذار، قتل ثلاثة عناصر من الشرطة برصاص مسلحين مجهولين في ريف درعا منذ "
                "اختطافهم على طريق المسيفرة.")
    assert ("ARREST", "2025-03-10") not in out


def test_announced_arrest_takes_the_day_of_the_announcement() -> None:
    out = dates("أعلنت مديرية الأمن العام، السبت، عن اعتقال خمسة أشخاص بتهمة الانتماء إلى خلية مسلحة.")
    assert ("ARREST", "2025-04-05") in out


def test_announced_arrest_after_a_complementizer() -> None:
    out = dates("أعلنت قيادة شرطة البصرة، الخميس، أنها اعتقلت ثلاثة متهمين بتهريب الأسلحة عبر الحدود.")
    assert ("ARREST", "2025-04-03") in out


def test_announcement_does_not_date_the_deed_it_recalls_later() -> None:
    out = dates("أعلنت الحكومة، الخميس، فتح تحقيق بشأن الأحداث التي شهدتها المدينة بعد اعتقال ناشطين "
                "في الشهر الماضي.")
    assert ("ARREST", "2025-04-03") not in out
