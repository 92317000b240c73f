"""Review of round 14: a claim merged with the attribution that led it is no leading attribution itself."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chain, full_claims


@pytest.mark.parametrize("text, first, second", [
    ("وبحسب وكالة الأناضول، قال المتحدث باسم الجيش إن القصف استهدف مواقع المسلحين، فيما قال وزير الدفاع إن "
     "العملية مستمرة.", [("outlet", "وكالة الأناضول"), ("official", "المتحدث باسم الجيش")],
     [("official", "وزير الدفاع")]),
    ("ووفقا لقناة الجزيرة، أعلن محافظ المدينة أن الطريق أغلق، وقال مدير الشرطة إن التحقيق بدأ في الحادث.",
     [("outlet", "قناة الجزيرة"), ("official", "محافظ المدينة")], [("official", "مدير الشرطة")]),
])
def test_a_second_teller_after_a_merged_lead_speaks_for_himself(
        text: str, first: list[tuple[str, str]], second: list[tuple[str, str]]) -> None:
    # the merged claim takes the id of the lead it absorbed, not its mark as a lead: the next teller of the
    # sentence is a claim of his own, not a third link relaying the first
    assert [claim_chain(c) for c in full_claims(text)] == [first, second]
