"""Round 11 (EV2, round 5): dawn as an adverb, operations rooms, infiltration, device blasts with no doer."""

from tests.conftest import event_roles


def test_dawn_with_tanween_is_a_time() -> None:
    roles = event_roles("وقال المصدر إن مسلحين اقتربوا من السد عند الساعة الثالثة فجراً من جهة النهر.")
    assert "فجراً" not in [r[0] for r in roles]


def test_bare_dawn_before_the_deed_is_a_time() -> None:
    roles = event_roles("وأفاد شهود بأن المقاتلات الروسية قصفت فجرا أطراف البلدة الشرقية.")
    assert [r[0] for r in roles] == ["قصفت"]


def test_dual_verb_with_its_object_stays_an_attack() -> None:
    roles = event_roles("وقالت الشرطة إن مهاجمين فجرا نفسيهما عند بوابة الملعب.")
    assert [r[0] for r in roles] == ["فجرا"]


def test_operations_room_as_a_name_is_no_coordination() -> None:
    assert event_roles("وصرح رئيس غرفة عمليات الساحل بأن الطرق باتت آمنة.") == []


def test_founding_an_operations_room_is_coordination() -> None:
    roles = event_roles("وأعلنت فصائل المعارضة تشكيل غرفة عمليات في ريف درعا.")
    assert [r[0] for r in roles] == ["تشكيل غرفة عمليات"]


def test_infiltration_is_no_smuggling() -> None:
    assert event_roles("وقال الجيش إن مسلحين حاولوا التسلل نحو نقاطه قرب الحدود ليلا.") == []


def test_landmine_blast_borrows_no_doer() -> None:
    roles = event_roles("وقصفت المدفعية التركية قرى في زاخو. وفي حادث آخر، جرح طفل بانفجار لغم أرضي قرب قرية باتيفا.")
    assert ("انفجار", None, None) in roles
