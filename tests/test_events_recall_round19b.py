"""Round 19b, events recall: the masdar عدوان as an attack only with its weapon or air word, the verbs of
confronting as verbs of undergoing the deed under ل, and a deed named by a describing predicate (بأنه عدوان)."""

from __future__ import annotations

from tests.conftest import event_parties, event_types


def test_aggression_with_missiles_under_confronting_verb_is_an_attack() -> None:
    # the air defences confront missiles that came: the deed under ل is done, no purpose
    assert event_types("أعلنت القيادة أن منظومات الدفاع تتصدى لعدوان بالصواريخ على قاعدة جوية شرق البلاد.") \
        == ["ATTACK"]


def test_aggression_by_air_undergone_is_an_attack() -> None:
    assert event_types("قال مصدر في الجيش إن نقطة عسكرية قرب الحدود تعرضت لعدوان جوي ليلة السبت.") == ["ATTACK"]


def test_light_verb_keeps_its_attack_with_bare_aggression() -> None:
    # a bare عدوان is no noun at all: the light verb's own default attack stands, with its subject
    parties = event_parties("شنت الطائرات الإسرائيلية عدوانا واسعا على مخيم للاجئين فجر الأربعاء.")
    assert [p[0] for p in parties] == ["ATTACK"]


def test_political_aggression_is_no_event() -> None:
    # a party's name for the war as a whole tells no deed
    assert event_types("وحمّل الحزب العدوان مسؤولية انهيار العملة وارتفاع الأسعار في البلاد.") == []
    assert event_types("ودعا البيان إلى وقف العدوان على الشعب واحترام القانون الدولي.") == []


def test_confronting_verb_keeps_attack_under_lam() -> None:
    assert event_types("وأكد الناطق أن الوحدات المرابطة تصدت لهجوم على مواقعها في الجبل.") == ["ATTACK"]


def test_described_deed_is_no_new_event() -> None:
    # the blast is told by its own verb; the describing predicate names it again
    types = event_types("سقطت قذائف على حي سكني في المدينة، ووصف المحافظ ذلك بأنه عدوان جديد بصواريخ معادية.")
    assert types.count("ATTACK") == 1


def test_described_attack_noun_is_no_second_event() -> None:
    types = event_types("سقطت قذائف على حي سكني في المدينة، ووصف المحافظ ذلك بأنه هجوم إرهابي جبان.")
    assert types == ["ATTACK"]
