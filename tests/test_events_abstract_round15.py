"""The events stage on a verb of targeting whose subject is a programme, a project or a step, or a noun of
targeting whose genitive is a policy (event_cues 109: abstract_subjects, abstract_objects): a measure that
"targets" people or aims, or policies "targeted", tell no armed deed; a force that targets a place still does.
Hand-written sentences with hand-given entities."""

from __future__ import annotations

import pytest

# the same hand-given entities as the other abstract-object tests
from tests.test_events_types_abstract import types


@pytest.mark.parametrize("text", [
    pytest.param("وأطلقت الجمعية عدة برامج تستهدف الشباب العاطلين في الرقة.", id="programmes_plural"),
    pytest.param("وقدمت واشنطن مشروعا يستهدف المزارعين الفقراء في الموصل.", id="project"),
    pytest.param("وناقش البرلمان مشروع قانون يستهدف الشركات المتهربة من الضرائب.", id="draft_law"),
    pytest.param("وقال الوزير إن الخطوة تستهدف الأسر النازحة في الرقة.", id="step"),
    pytest.param("وأعلنت الحكومة مبادرات تستهدف النساء في الموصل.", id="initiatives"),
    pytest.param("وانتقد النائب سعي الرئيس إلى استهداف السياسات الاقتصادية للحكومة السابقة.", id="policies_genitive"),
])
def test_measure_targets_no_attack(text: str) -> None:
    assert "ATTACK" not in types(text)


@pytest.mark.parametrize("text", [
    pytest.param("وقالت مصادر إن قوات النظام تستهدف مواقع داعش في الرقة.", id="force_subject"),
    pytest.param("واستهدف الجيش تجمعات تنظيم الدولة قرب الموصل.", id="army_verb"),
])
def test_force_targets_still_attack(text: str) -> None:
    assert "ATTACK" in types(text)
