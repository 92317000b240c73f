"""Round 21 (EV3): an agreement, talks or an arrest told again later in the article is the first telling told
again (events.merge._deal_retold, event_cues retold_pair_types / retold_party_types): a pact between the same
two parties in either order, an arrest of the same target by the same doer, or of the same target in the past
passive (تم اعتقال) with no other doer. Another-words, another place and another day keep them apart."""
from __future__ import annotations

import marsad


def _events(text: str, kind: str) -> list[tuple[str, str | None, str | None, str | None]]:
    art = marsad.analyze(text)
    refs = {e.id: e.ref or e.name for e in art.entities}
    return [(text[ev.trigger.start:ev.trigger.end], refs.get(ev.actor1), refs.get(ev.actor2), refs.get(ev.place))
            for ev in art.events if ev.type == kind]


def test_pact_told_again_with_the_parties_swapped_is_one() -> None:
    got = _events("اتفقت تركيا مع الولايات المتحدة على خارطة طريق في منبج.\n"
                  "وذكرت وكالة الأناضول أن الولايات المتحدة اتفقت مع تركيا على سحب المقاتلين الأكراد.",
                  "COORDINATE")
    assert len(got) == 1
    # the first telling is the one kept: its place, and its parties in its own order
    assert got[0][1:] == ("turkey", "usa", "sy-manbij")


def test_arrest_told_again_by_the_same_doer_on_the_same_target_is_one() -> None:
    text = ("اعتقلت قوات الأمن العراقية ثلاثة قياديين في تنظيم داعش في مدينة الموصل.\n"
            "وذكر مصدر أمني أنه تم اعتقال قياديي داعش بعد عملية رصد استمرت أسابيع.\n"
            "وأشار المصدر إلى أن القوات العراقية اعتقلت عناصر التنظيم دون مقاومة.")
    got = _events(text, "ARREST")
    assert len(got) == 1
    # the first telling's trigger stays, not the light verb of the passive retelling
    assert got[0][0] == "اعتقلت" and marsad.analyze(text).events[0].trigger.start < text.index("\n")


def test_a_new_arrest_campaign_elsewhere_stays_apart() -> None:
    got = _events("اعتقلت قوات الأمن العراقية ثلاثة قياديين في تنظيم داعش في مدينة الموصل.\n"
                  "وفي وقت لاحق شنت القوات العراقية حملة اعتقالات جديدة طالت عناصر من داعش في كركوك.",
                  "ARREST")
    assert len(got) == 2


def test_a_passive_arrest_of_others_of_the_group_stays_apart() -> None:
    # the group stands for its members: قياديين آخرين are other men of it, another arrest
    got = _events("اعتقلت قوات الأمن العراقية ثلاثة قياديين في تنظيم داعش في مدينة الموصل.\n"
                  "وقال المصدر إنه تم اعتقال قياديين آخرين في تنظيم داعش في المدينة.",
                  "ARREST")
    assert len(got) == 2


def test_an_arrest_told_on_another_day_stays_apart() -> None:
    got = _events("اعتقلت قوات الأمن العراقية ثلاثة قياديين في تنظيم داعش في مدينة الموصل يوم الأحد.\n"
                  "وقال المصدر إنه تم اعتقال قياديي داعش في المدينة يوم الثلاثاء.",
                  "ARREST")
    assert len(got) == 2


def test_talks_then_an_understanding_of_the_same_pair_stay_apart() -> None:
    # one pair of parties coordinates operations and reaches an understanding: two happenings, two words
    got = _events("وقال الوزير إن روسيا تنسق مع الولايات المتحدة العمليات العسكرية شرق الفرات.\n"
                  "وذلك رغم التفاهم بين الولايات المتحدة وروسيا على اعتبار النهر حدا بين القوات.",
                  "COORDINATE")
    assert len(got) == 2
