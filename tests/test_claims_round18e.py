"""Claims, round 18e: tellers joined by و are co-tellers of one claim, marked `joint`, not a chain in which
the second relays the first (sentences written for the tests)."""

from __future__ import annotations

import io

import pytest

from marsad import model
from tests.conftest import full_claims


@pytest.mark.parametrize("text, chain", [
    pytest.param("وقال الوزير التركي ونظيره الروسي إن الهدنة صامدة.",
                 [("official", "الوزير التركي", None), ("official", "نظيره الروسي", True)], id="two-officials"),
    pytest.param("وذكرت تقارير إعلامية ووكالة الدفاع المدني أن النار امتدت إلى القرى.",
                 [("document", "تقارير إعلامية", None), ("official", "وكالة الدفاع المدني", True)],
                 id="reports-and-agency"),
    pytest.param("بحسب ناشطين ومصادر طبية فإن القصف طال السوق.",
                 [("anonymous", "ناشطين", None), ("anonymous", "مصادر طبية", True)], id="according-to"),
    pytest.param("وقال مدير المستشفى ومسؤول محلي وشهود عيان إن ثلاثة جرحى وصلوا.",
                 [("official", "مدير المستشفى", None), ("official", "مسؤول محلي", True),
                  ("anonymous", "شهود عيان", True)], id="three-tellers"),
])
def test_tellers_joined_by_wa_are_joint(text: str, chain: list[tuple[str, str, bool | None]]) -> None:
    got = full_claims(text)
    assert got and [(s.kind, s.text, s.joint) for s in got[0].sources] == chain


def test_relay_chain_is_not_joint() -> None:
    """An outlet spoken to and the teller who spoke to it are a relay, not co-tellers."""
    got = full_claims("وقال مسؤول محلي لوكالة رويترز إن الطريق أغلق.")
    assert got and len(got[0].sources) == 2
    assert all(s.joint is None for s in got[0].sources)


def test_joint_left_out_of_json_unless_set() -> None:
    assert "joint" not in model.Source("official", "مسؤول محلي").to_dict()
    assert model.Source("anonymous", "شهود", joint=True).to_dict()["joint"] is True


def test_summary_shows_co_tellers_with_plus() -> None:
    from rich.console import Console

    from marsad import summary

    text = "وقال مدير المستشفى ومسؤول محلي إن ثلاثة جرحى وصلوا."
    record = {"text": text, "entities": [], "claims": [{"start": 0, "end": len(text), "sources": [
        {"kind": "official", "text": "مدير المستشفى"}, {"kind": "official", "text": "مسؤول محلي", "joint": True}]}]}
    buf = io.StringIO()
    summary.render(record, "t", Console(file=buf, width=300))
    assert "official: مدير المستشفى + official: مسؤول محلي" in buf.getvalue()
