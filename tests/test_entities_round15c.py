"""Round 15c (EN): entities and roles. The sentences are written for these tests."""

import marsad
from tests.conftest import mention_refs


def _owner(text: str, published: str = "2013-05-01") -> dict[str, str | None]:
    return mention_refs(text, published)


def test_bare_army_is_no_opposition_group_named_army() -> None:
    # the Free Syrian Army is an opposition coalition: a bare الجيش never refers back to it
    text = ("أعلن الجيش السوري الحر سيطرته على حاجز قرب بلدة كفرنبل في ريف إدلب. "
            "وقال ناشطون إن الجيش قصف البلدة بالمدفعية بعد ساعات.")
    assert _owner(text).get("الجيش") != "fsa"
    text = ("هاجم الجيش الوطني السوري مواقع قرب مدينة منبج. وقال مصدر محلي إن الجيش رد بقصف مدفعي.")
    assert _owner(text, "2019-10-20").get("الجيش") != "sna"


def test_bare_army_still_refers_back_to_a_state_army() -> None:
    text = ("أعلن الجيش العراقي استعادة قرية قرب الموصل. وقال الجيش إن الطيران دمر ثلاث عجلات.")
    owner = _owner(text, "2017-03-01")
    assert owner.get("الجيش") == "iraq-army"


def test_coalition_planes_without_a_theatre_follow_the_named_actors() -> None:
    # no place names a country, but the Houthis do: the coalition is the Saudi-led one
    text = "وقالت جماعة الحوثي إن طائرات التحالف شنت غارات جديدة على مواقع عسكرية أمس."
    assert _owner(text, "2017-05-01").get("طائرات التحالف") == "saudi-coalition-yemen"
    # an Iraqi force named instead: the US-led coalition
    text = "وقال الجيش العراقي إن طائرات التحالف شنت غارات جديدة على مواقع للتنظيم أمس."
    assert _owner(text, "2017-05-01").get("طائرات التحالف") == "global-coalition"


def test_killed_and_others_captured_names_the_killed() -> None:
    # «قتلوا» followed by «وأسر آخرون»: nothing killed follows, the partitive count names the killed
    text = ("تواصلت المعارك في مديرية صرواح بمحافظة مأرب اليمنية مع ميليشيا الحوثي. "
            "وأضاف أن العشرات من الانقلابيين قتلوا وأسر آخرون.")
    art = marsad.analyze(text, published="2017-05-01")
    names = {e.id: e.ref for e in art.entities}
    killing = [v for v in art.events if "قتلوا" in text[v.start:v.end] and v.type == "ATTACK"]
    assert killing
    assert names.get(killing[0].actor1) != "houthis"
    assert names.get(killing[0].actor2) == "houthis"
