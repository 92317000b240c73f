"""Round 20 EM: a word of newness on footage or pictures (لقطات جديدة، صور جديدة، مقطع فيديو جديد) speaks of
the media, not of a new happening: the strike they show, named by a definite noun, is the one told before
(event_cues another_hosts gain the media nouns). A strike called new itself stays an event of its own."""

from __future__ import annotations

from tests.conftest import event_types

LEAD = "استهدفت طائرة مسيرة تركية مساء الأحد سيارة تقل قياديين في وحدات حماية الشعب الكردية قرب مدينة القامشلي."


def test_new_footage_of_the_strike_is_no_new_strike() -> None:
    text = LEAD + " ورصدت لقطات جديدة بقايا السيارة المحترقة التي استهدفتها الضربة الجوية."
    assert event_types(text).count("ATTACK") == 1


def test_a_strike_called_new_stays() -> None:
    text = LEAD + " وشنت الطائرة المسيرة غارة جديدة على سيارة أخرى قرب المدينة."
    assert event_types(text).count("ATTACK") == 2
