"""Round 14, events marsad missed (recall): verbs whose object follows their subject, so the contiguous phrase
trigger never matched (أرسلت الإمارات قوات، ضربت المقاتلات مواقع), and troops told by their arrival (وصلت قوات).
The same verbs with no such object (a message sent, a proverb struck, a minister arriving) stay out."""

from __future__ import annotations

from tests.conftest import event_types as types


def test_targets_struck() -> None:
    assert types("وقال الجيش إن طائراته ضربت مواقع للمسلحين في ريف المدينة.") == ["ATTACK"]
    assert types("وأكد البيان أن المقاتلات ضربت عشرات الأهداف التابعة للتنظيم ليلا.") == ["ATTACK"]


def test_striking_without_a_target_is_no_attack() -> None:
    assert types("وضرب الوزير مثلا بالتجربة الألمانية في إعادة الإعمار.") == []
    assert types("وضرب زلزال قوي المنطقة الجبلية صباح اليوم.") == []


def test_troops_sent_with_the_subject_between() -> None:
    assert types("وأرسلت الحكومة المركزية قوات إضافية إلى مدينة كركوك.") == ["DEPLOY"]
    assert types("وأرسل الجيش في الأيام الأخيرة تعزيزات إلى محيط بلدة تل رفعت.") == ["DEPLOY"]


def test_a_message_sent_is_no_deployment() -> None:
    assert types("وأرسلت الوزارة رسالة إلى مجلس الأمن بشأن الأزمة.") == []


def test_troops_arrived() -> None:
    assert types("ووصلت قوات تركية إلى أطراف بلدة الباب صباح اليوم.") == ["DEPLOY"]
    assert types("ووصل الوزير إلى العاصمة في زيارة رسمية تستمر يومين.") == []


def test_ground_freed_is_a_capture() -> None:
    assert types("وحررت قوات الجيش الوطني، بإسناد من طيران التحالف، مواقع جديدة غرب المديرية.") == ["SEIZE"]
    assert types("وعاد السكان إلى القرى التي حررتها القوات الحكومية الشهر الماضي.") == ["SEIZE"]


def test_captives_freed_are_a_release() -> None:
    assert types("وحررت وحدة من الشرطة الرهائن المحتجزين داخل المصرف.") == ["RELEASE"]
    assert types("وحرر الجيش في عملية خاطفة ثلاثة مختطفين من قبضة العصابة.") == ["RELEASE"]
