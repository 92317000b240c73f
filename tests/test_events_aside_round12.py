"""Round 12, which clause an event's words belong to: a time set off by commas inside a clause
(أعلن الجيش، صباح الخميس، مقتل) does not end it, and a time that opens with the word فجر (dawn) or a month
spelled with ف is such an aside like any other: its ف is no conjunction opening a new clause."""

from __future__ import annotations

from tests.conftest import doc_with_entities

ENTS = [
    ("actor", "iraqi-army", ["الجيش العراقي"]),
    ("place", "mosul", ["الموصل"]),
]


def records(text: str) -> list[tuple[str, str, str | None]]:
    from marsad.stages import events, times

    doc = doc_with_entities(text, ENTS)
    times.run(doc)
    events.run(doc)

    def ref(eid: str | None) -> str | None:
        ent = doc.entity(eid)
        return ent.ref if ent else None

    # the event's text: the clause it was read from, joined across a time aside or not
    return [(e.type, text[e.start:e.end].strip(), ref(e.place)) for e in doc.events]


def test_dawn_aside_joins_like_morning() -> None:
    morning = "أعلن الجيش العراقي، صباح الخميس، مقتل أربعة من جنوده في انفجار عبوة ناسفة غرب الموصل."
    dawn = "أعلن الجيش العراقي، فجر الخميس، مقتل أربعة من جنوده في انفجار عبوة ناسفة غرب الموصل."
    assert records(morning)
    assert [r[0] for r in records(dawn)] == [r[0] for r in records(morning)]
    assert all(span.startswith("أعلن الجيش العراقي") for _t, span, _p in records(dawn))


def test_conjunction_before_the_time_still_opens_a_clause() -> None:
    # وصباح الخميس: the و is a conjunction, so the clause after it is one of its own
    text = "أعلن الجيش العراقي، وصباح الخميس، مقتل أربعة من جنوده في انفجار عبوة ناسفة غرب الموصل."
    assert records(text)
    assert not any(span.startswith("أعلن") for _t, span, _p in records(text))
