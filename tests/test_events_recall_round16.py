"""Round 16 events recall: triggers the lexicon lacked (own Arabic sentences)."""
from __future__ import annotations

from tests.conftest import event_parties, event_roles, event_types


def test_masdar_of_defeat_is_an_attack_on_its_genitive() -> None:
    # دحر (defeat, drive back) is an armed outcome like هزيمة; its genitive is the force defeated.
    parties = event_parties("وأجريت الانتخابات المحلية بعد دحر تنظيم داعش من مدن الأنبار.")
    assert ("ATTACK", None, "Islamic State (ISIS)") in parties


def test_defeat_verb_forms_are_attacks() -> None:
    assert "ATTACK" in event_types("ودحرت قوات الجيش مسلحي التنظيم من القرية الأحد.")
    assert "ATTACK" in event_types("وقال القائد إن قواته ستدحر المسلحين من الوادي خلال أيام.")


def test_defeat_of_an_idea_is_no_event() -> None:
    # The abstract-object filter keeps the figurative sense out.
    assert event_types("وأكد الوزير أن هدف حكومته دحر الفكر المتطرف.") == []


def test_purpose_defeat_stays_the_aim_of_the_campaign_before_it() -> None:
    # لدحر X after a campaign is its aim: X is the campaign's target, and no event of its own reads X as doer.
    roles = event_roles("وقال الناطق إن الحملة التي تشنها القوات الحكومية لدحر المتمردين الحوثيين مستمرة في صعدة.")
    assert roles == [("تشنها", None, "houthis")]
