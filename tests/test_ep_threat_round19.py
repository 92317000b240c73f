"""Round 19 EP: a bare threat noun that names a danger (judged: يمثل وجودها تهديدا، يرون قوتها تهديدا; paired with a
danger or a chance: المخاطر والتهديدات، فرص وتهديدات; under a word of origin: أصل التهديد; the
head of a danger's name: تهديد الإرهاب) is no THREATEN event; a threat a party made stays."""

from __future__ import annotations

from tests.conftest import event_types as types


def test_judged_threat_is_a_danger() -> None:
    assert types("ويمثل وجود الميليشيات قرب الحدود تهديدا مباشرا لأمن الأردن.") == []
    assert types("لكن المسؤولين يرون قوة الصين البحرية المتزايدة تهديدا أكبر.") == []


def test_threat_paired_with_danger_or_framed_is_a_danger() -> None:
    assert types("وتحدث التقرير عن المخاطر والتهديدات المتنامية في الفضاء.") == []
    assert types("وقال إن المرحلة المقبلة تحمل فرصا وتهديدات.") == []
    assert types("وقال الوزير إن طهران هي أصل التهديد في الخليج.") == []
    assert types("وكتب الباحث عن تهديد الإرهاب في دول الساحل.") == []


def test_threat_made_by_a_party_stays() -> None:
    assert types("ووجه قائد الحرس الثوري تهديدا مباشرا لإسرائيل بضرب مدنها.") == ["THREATEN"]
    assert types("وجاءت تهديدات أنقرة بعد هجوم على نقطة حدودية.")[:1] == ["THREATEN"]
    assert types("وتصاعدت التهديدات التركية بشن عملية عسكرية في منبج.") == ["THREATEN"]


def test_threat_of_a_named_group_after_a_judging_word_stays() -> None:
    assert types("وقال إنه لم يعد ممكنا السكوت على تهديدات ميليشيات الحوثي للسفن.") == ["THREATEN"]
