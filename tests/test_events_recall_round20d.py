"""Round 20d: the occupation's soldiers, fire and arms (جنود الاحتلال، برصاص الاحتلال، جرافات الاحتلال) are
Israel's army only where the article's theatre is Palestine/Israel (anaphora.json theatre_entries idf,
home_only); elsewhere (the Turkish or US «occupation» of Syrian state media) they name no entity, so no event
takes them as its doer. A bare الاحتلال stays no entity: as often the occupation itself (إنهاء الاحتلال)."""
from __future__ import annotations

from tests.conftest import event_parties, mention_refs


def test_fire_of_bare_occupation_in_the_west_bank_is_the_israeli_army() -> None:
    text = "استشهد شاب فلسطيني برصاص الاحتلال في مدينة نابلس بالضفة الغربية."
    assert "idf" in mention_refs(text).values()
    assert event_parties(text) == [("ATTACK", "Israel Defense Forces", None)]


def test_occupation_bulldozers_in_jerusalem_are_the_israeli_army() -> None:
    text = "هدمت جرافات الاحتلال منزلا لعائلة فلسطينية في حي سلوان بالقدس."
    assert mention_refs(text).get("جرافات الاحتلال") == "idf"


def test_occupation_soldiers_arresting_near_hebron_are_the_israeli_army() -> None:
    text = "اعتقل جنود الاحتلال ثلاثة شبان من بلدة بيت أمر شمال الخليل."
    assert mention_refs(text).get("جنود الاحتلال") == "idf"
    assert event_parties(text)[0][:2] == ("ARREST", "Israel Defense Forces")


def test_occupation_fire_in_syria_names_no_entity() -> None:
    text = "قتل مدني برصاص الاحتلال في قرية بريف الحسكة وأصيب آخر في مدينة القامشلي."
    assert "idf" not in mention_refs(text).values()
    assert all(actor1 is None for _t, actor1, _a2 in event_parties(text))


def test_the_occupation_itself_is_no_army() -> None:
    text = "طالب المتظاهرون في نابلس بإنهاء الاحتلال وتظاهروا ضد الاحتلال في رام الله."
    assert "idf" not in mention_refs(text).values()


def test_occupation_authorities_and_a_state_nisba_keep_their_reading() -> None:
    # the state's own bodies (سلطات الاحتلال) are no army; a nisba names the occupier itself
    assert "الاحتلال" not in mention_refs("أفرجت سلطات الاحتلال عن أسير من مدينة جنين.")
    refs = mention_refs("قصفت طائرات الاحتلال الأمريكي قرية قرب مدينة الرقة.")
    assert "idf" not in refs.values()
