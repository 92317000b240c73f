"""The events stage on a bare group noun as subject (الجماعة، التنظيم، الميليشيا): the doer it points back to
is an armed group, militia or party (event_cues.json group_kinds), never a state or its forces."""

from __future__ import annotations

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


def test_a_group_noun_still_points_back_to_a_group() -> None:
    evs = run("سيطر مقاتلو داعش على قرية في الرقة. وقالت مصادر إن التنظيم هاجم حاجزا قرب الرقة.")
    assert ("هاجم", "isis") in evs


def test_a_state_stays_the_doer_without_a_group_noun() -> None:
    evs = run("شنت طائرات أمريكية غارات جوية على مواقع في مأرب. وقصفت الطائرات قرية قريبة.")
    assert ("قصفت", "usa") in evs
