"""Round 23 (RO3): a dual verb whose dual unnamed subject (مسلحان، مهاجمان) is told earlier in its sentence
(اقترب مسلحان من البوابة وأطلقا النار) has that nameless doer, as a plural verb after a plural crowd has
(events.context._nameless_crowd_subject, event_cues dual_verb_endings): no party is borrowed for it."""
from __future__ import annotations


def _roles(text: str) -> list[tuple[str, str | None, str | None]]:
    import marsad

    art = marsad.analyze(text)
    refs = {e.id: e.ref or e.name for e in art.entities}
    return [(ev.type, refs.get(ev.actor1), refs.get(ev.actor2)) for ev in art.events]


_IRAN = "قصفت إيران مواقع في العراق يوم السبت. "


def test_dual_verb_after_dual_gunmen_borrows_no_doer() -> None:
    got = _roles(_IRAN + "وفي حادث منفصل، اقترب مسلحان من بوابة المستشفى وأطلقا النار على الحراس.")
    assert got[-1][0] == "ATTACK" and got[-1][1] is None, got


def test_dual_verb_then_object_after_dual_attackers() -> None:
    got = _roles(_IRAN + "وفي حادث منفصل، وصل مهاجمان إلى مقر البلدية ثم اقتحما المبنى بعد الظهر.")
    assert got[-1][0] == "ATTACK" and got[-1][1] is None, got


def test_plural_verb_after_dual_noun_still_borrows() -> None:
    # number must agree: a plural verb after a dual noun has another subject
    got = _roles(_IRAN + "وقالت مصادر إن مسلحين اثنين قتلا، وقصفت الطائرات الإيرانية المنطقة مجددا.")
    assert got[-1][0] == "ATTACK" and got[-1][1] == "iran", got



def test_dual_adjective_of_a_blast_is_no_doer() -> None:
    # تفجيران انتحاريان: the dual describes the blasts, it is no nameless subject; the group told before lends
    got = _roles("نفذ تنظيم داعش هجوما في كابول يوم الاثنين. فقد وقع تفجيران انتحاريان قرب السوق واستهدفا المتسوقين.")
    assert got[-1][:2] == ("ATTACK", "isis"), got


def test_members_of_a_group_after_an_agent_marker_are_the_doers() -> None:
    got = _roles("هددت تركيا بالرد على الهجمات. واعتقل الصحفي من قبل أعضاء من حركة الشباب في مقديشو.")
    assert got[-1][1] == "al-shabaab", got
