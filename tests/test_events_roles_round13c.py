"""A dropped subject continues the doer of the clause before it in the same sentence only when that doer was
named, not when the clause before had itself only guessed it from the article: a guess handed on skips the
guards every guess passes (its reach, the struck side, a party the sentence names as the subject).

The sentences are written for these tests; none comes from an article.
"""
from __future__ import annotations

import marsad


def _doers(text: str, kind: str) -> list[str | None]:
    art = marsad.analyze(text, published="2019-05-01").to_dict()
    names = {e["id"]: e["name"] for e in art["entities"]}
    return [names.get(ev.get("actor1")) for ev in art["events"] if ev["type"] == kind]


def test_guessed_doer_of_clause_before_is_not_handed_on() -> None:
    # the restated attack guesses the group that attacked; the call for help is made by the force it overran
    text = ("هاجم مسلحو تنظيم داعش سجنا في مدينة الحسكة.\n"
            "وأوضح المصدر أن الهجوم خطط له ليكون محدودا، لكنه خرج عن قدرة قوات سوريا الديمقراطية، "
            "ما اضطرها إلى طلب المساعدة من التحالف الدولي.")
    doers = _doers(text, "COORDINATE")
    assert doers and "Islamic State (ISIS)" not in doers


def test_named_doer_of_clause_before_is_still_handed_on() -> None:
    text = ("قصفت قوات النظام السوري بلدة في ريف إدلب الجنوبي، واستهدفت مشفى البلدة، "
            "ما أدى إلى خروجه عن الخدمة.")
    doers = _doers(text, "ATTACK")
    assert doers and all(d == doers[0] for d in doers) and doers[0] is not None
