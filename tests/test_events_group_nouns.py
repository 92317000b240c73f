"""The events stage on a bare group noun as subject (الجماعة، التنظيم، الميليشيا): the doer it points back to
is an armed group, militia or party (event_cues.json group_kinds), never a state or its forces."""

from __future__ import annotations

import pytest

from tests.conftest import event_records

ENTS = [
    ("actor", "usa", ["أمريكية", "الولايات المتحدة"]),
    ("actor", "russia", ["روسية", "روسيا"]),
    ("actor", "houthis", ["الحوثيين", "جماعة الحوثي"]),
    ("actor", "isis", ["داعش"]),
    ("place", "marib", ["مأرب"]),
    ("place", "raqqa", ["الرقة"]),
]


def run(text: str) -> list[tuple[str, str | None]]:
    return [(e["trigger"], e["actor1"]) for e in event_records(text, ENTS)]


def test_a_group_noun_does_not_point_back_to_a_state() -> None:
    evs = run("شنت طائرات أمريكية غارات جوية على مواقع في مأرب. وقالت مصادر إن الجماعة هاجمت قرية قريبة.")
    assert ("هاجمت", "usa") not in evs
    evs = run("وصلت قوات روسية إلى الرقة أمس. وفي المساء هاجم التنظيم حاجزا قرب الرقة.")
    assert ("هاجم", "russia") not in evs


@pytest.mark.parametrize(("text", "want", "want2"), [
    pytest.param("سيطر مقاتلو داعش على قرية في الرقة. وقالت مصادر إن التنظيم هاجم حاجزا قرب الرقة.", "هاجم", "isis",
                 id="a_group_noun_still_points_back_to_a_group"),
    pytest.param("شنت طائرات أمريكية غارات جوية على مواقع في مأرب. وقصفت الطائرات قرية قريبة.", "قصفت", "usa",
                 id="a_state_stays_the_doer_without_a_group_noun"),
])
def test_the_trigger_gets_the_doer(text: str, want: str, want2: str) -> None:
    evs = run(text)
    assert (want, want2) in evs


