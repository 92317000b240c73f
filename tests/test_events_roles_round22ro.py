"""Round 22 RO: a past verb the writer vowelled passive (اعتُقل، استُهدف، قُتل) takes the name after it as its
patient (actor2), never as its doer; the doer may still come from the sentences around. Unvowelled verbs and the
imperfect of forms II-IV (يُطلق، يُقاتل, active despite the damma) are read as before. Sentences written for
this test."""
from __future__ import annotations

from marsad.textnorm import written_past_passive
from tests.conftest import kind_parties as _roles


def test_written_past_passive_forms() -> None:
    for w in ("قُتل", "وقُتل", "اعتُقل", "واعتُقل", "احتُجز", "استُهدف", "اُعتقل", "أُسر", "اتُّهم"):
        assert written_past_passive(w), w
    for w in ("قتل", "اعتقل", "يُطلق", "يُقاتل", "تُدمر", "نُفجر", "واستهدف"):
        assert not written_past_passive(w), w


def test_vowelled_passive_strike_takes_the_named_side_as_target() -> None:
    text = "قصفت قوات النظام السوري بلدة في ريف إدلب صباح اليوم. واستُهدف مقاتلو هيئة تحرير الشام بقذائف الهاون."
    roles = _roles(text, "ATTACK")
    assert roles
    assert all(a1 is None or "Tahrir" not in a1 for a1, _ in roles)
    assert any(a2 is not None and "Tahrir" in a2 for _, a2 in roles)


def test_vowelled_passive_arrest_takes_the_named_group_as_arrested() -> None:
    text = "نفذت الشرطة الصومالية مداهمات في العاصمة. واعتُقل عناصر من حركة الشباب في حي بمقديشو."
    roles = _roles(text, "ARREST")
    assert roles
    assert all(a1 is None or "Shabaab" not in a1 for a1, _ in roles)
    assert any(a2 is not None and "Shabaab" in a2 for _, a2 in roles)


def test_unvowelled_verb_keeps_its_subject_as_doer() -> None:
    # the same verb unvowelled is read active, as before: the name after it did it
    text = "واستهدف مقاتلو هيئة تحرير الشام مواقع لقوات النظام السوري في ريف حماة."
    roles = _roles(text, "ATTACK")
    assert roles
    assert any(a1 is not None and "Tahrir" in a1 for a1, _ in roles)


def test_unvowelled_arrest_with_a_person_and_no_object_is_passive() -> None:
    # اعتقل + a person + a time/preposition: he was arrested; nothing after him is arrested by him
    text = ("قالت الشرطة البلجيكية إن المشتبه به يوسف الحداد أطلق النار على حارس أمن في بروكسل. "
            "واعتقل يوسف الحداد بعد ساعات في محطة للحافلات.")
    roles = _roles(text, "ARREST")
    assert roles
    a1, a2 = roles[-1]
    assert a2 is not None and "Hdad" in a2
    assert a1 is None or "Hdad" not in a1


def test_vowelled_passive_arrest_of_a_person_keeps_the_arresting_side() -> None:
    text = ("اعتقلت الشرطة الهولندية المتهم الهارب يوسف الحداد الذي هرب من السجن الشهر الماضي. "
            "واعتُقل الحداد في مدينة أوترخت.")
    roles = _roles(text, "ARREST")
    assert len(roles) >= 2
    a1, a2 = roles[-1]
    assert a2 is not None and "Hdad" in a2
    assert a1 is None or "Hdad" not in a1


def test_person_holding_someone_keeps_the_deed() -> None:
    # the verb has its object right after the person: he held the hostages, no passive
    text = "قالت الشرطة البلجيكية إن المشتبه به يوسف الحداد دخل متجرا في بروكسل حيث احتجز يوسف الحداد رهينتين."
    roles = _roles(text, "ARREST")
    assert roles
    assert any(a1 is not None and "Hdad" in a1 for a1, _ in roles)


def test_person_who_did_the_deed_before_is_not_lent_to_his_arrest() -> None:
    text = "هاجم أحمد الخطيب حارسين بسكين في بروكسل صباح السبت. واحتجز بعد ساعة قرب محطة القطارات."
    attacks = _roles(text, "ATTACK")
    assert any(a1 is not None and "Khatib" in a1 for a1, _ in attacks), "the attacker is read (the lent case)"
    arrests = _roles(text, "ARREST")
    assert arrests
    assert all(a1 is None or "Khatib" not in a1 for a1, _ in arrests)
