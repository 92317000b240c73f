"""Round 19d: a happening told as coming along with another (وتزامن ذلك مع قصف، بالتزامن مع غارات) is no
retelling of the one told before (events.merge._alongside)."""

from __future__ import annotations

from tests.conftest import event_types


def test_alongside_shelling_is_its_own_attack() -> None:
    # the artillery fire that came along with the air strike is another attack, not the strike told again
    text = ("استهدفت مقاتلات التحالف العربي تجمعات لمليشيا الحوثي في مديرية باقم بمحافظة صعدة. "
            "وتزامن ذلك مع قصف مدفعي للتحالف على مواقع للحوثيين.")
    assert event_types(text) == ["ATTACK", "ATTACK"]


def test_alongside_rocket_fire_in_next_sentence() -> None:
    text = ("قصفت قوات النظام السوري مواقع فصائل المعارضة في بلدة كفرنبل. "
            "وترافق ذلك مع قصف صاروخي لقوات النظام السوري على مواقع فصائل المعارضة.")
    assert event_types(text) == ["ATTACK", "ATTACK"]


def test_definite_noun_after_coinciding_may_retell() -> None:
    # a definite noun after مع (بالتزامن مع القصف) may be the strike already told: no new event is made of it
    text = ("قصفت مقاتلات التحالف العربي مواقع الحوثيين في مديرية حيدان. "
            "وقال مصدر إن الحوثيين انسحبوا من مواقعهم بالتزامن مع القصف.")
    assert event_types(text).count("ATTACK") == 1
