"""The events stage on a doer named by its side rather than by its name, hand-written sentences with
hand-given entities: a force noun with a government adjective (القوات الحكومية، الطائرات الحربية الحكومية،
هجمات حكومية) names the article's government, a state adjective names the state's forces further down
its chain (القوات الجوية العراقية → the Iraqi army), before the verb as well as after it or as a masdar's
genitive; a force named by a state the article names no entity for is a doer of its own, so no party is
borrowed for it from the sentences around."""

from __future__ import annotations

import pytest

from tests.conftest import event_records

ENTS = [
    ("actor", "syr-gov-assad", ["الحكومة السورية", "دمشق الرسمية"]),
    ("actor", "syr-opposition-factions", ["فصائل المعارضة"]),
    ("actor", "hts", ["هيئة تحرير الشام"]),
    ("actor", "isis", ["تنظيم داعش"]),
    ("actor", "iraq-army", ["الجيش العراقي"]),
    ("actor", "france-mofa", ["الخارجية الفرنسية"]),
]


def doers(text: str, kind: str) -> list[str | None]:
    # hand-given entities exist even unmentioned: give only those the text names
    ents = [e for e in ENTS if any(s in text for s in e[2])]
    return [e["actor1"] for e in event_records(text, ents) if e["type"] == kind]


@pytest.mark.parametrize(("text", "kind", "want"), [
    pytest.param(
        "رفضت الحكومة السورية مقترح الهدنة الأخير. وهاجمت فصائل المعارضة حاجزا قرب البلدة فجر السبت. "
        "وقال ناشطون إن القوات الحكومية قصفت البلدة بالمدفعية الثقيلة صباح الأحد.",
        "ATTACK", "syr-gov-assad", id="government_forces_before_the_verb"),
    pytest.param(
        "رفضت الحكومة السورية مقترح الهدنة الأخير. وهاجمت فصائل المعارضة حاجزا قرب البلدة فجر السبت. "
        "وقصفت الطائرات الحربية الحكومية أطراف البلدة مساء السبت.",
        "ATTACK", "syr-gov-assad", id="government_planes_after_the_verb"),
    pytest.param(
        "رفضت الحكومة السورية مقترح الهدنة الأخير. وهاجمت فصائل المعارضة حاجزا قرب البلدة فجر السبت. "
        "وذكر التلفزيون الرسمي أن الاشتباكات انتهت بسيطرة القوات الحكومية على البلدة.",
        "SEIZE", "syr-gov-assad", id="government_forces_as_the_masdar_genitive"),
    pytest.param(
        "رفضت الحكومة السورية مقترح الهدنة، وأيدته دمشق الرسمية لاحقا، ودعت الخارجية الفرنسية إلى التهدئة. "
        "وهاجمت فصائل المعارضة حاجزا قرب البلدة فجر السبت. وقال ناشطون إن القوات الحكومية قصفت البلدة صباح الأحد.",
        "ATTACK", "syr-gov-assad", id="a_ministry_quoted_once_is_not_the_fighting_government"),
    pytest.param(
        "أعلن الجيش العراقي أن تنظيم داعش هاجم قرية في الأنبار أمس. "
        "وقال المتحدث إن القوات الجوية العراقية استهدفت مخابئ في الصحراء.",
        "ATTACK", "iraq-army", id="a_state_adjective_names_the_forces_down_the_chain"),
    pytest.param(
        "تسيطر هيئة تحرير الشام على البلدة منذ عامين. "
        "واستهدفت الطائرات الحربية السورية الأحياء السكنية في البلدة ليلا.",
        "ATTACK", None, id="a_state_named_by_no_entity_lends_no_borrowed_doer"),
    pytest.param(
        "تسيطر هيئة تحرير الشام على البلدة منذ عامين. "
        "وقالت مصادر محلية إن الطائرات الحربية السورية استهدفت الأحياء السكنية في البلدة ليلا.",
        "ATTACK", None, id="the_same_subject_before_the_verb"),
])
def test_side_named_doer(text: str, kind: str, want: str | None) -> None:
    got = doers(text, kind)
    assert got, f"no {kind} event"
    assert got[-1] == want


def test_killing_verb_subject_stays_the_victim() -> None:
    # جنود سوريون قتلوا: the subject of a killing verb is its victim, never its doer
    text = ("تسيطر هيئة تحرير الشام على البلدة منذ عامين. "
            "وقالت مصادر إن جنودا حكوميين قتلوا في هجوم للهيئة على البلدة.")
    assert "syr-gov-assad" not in doers(text, "ATTACK")
