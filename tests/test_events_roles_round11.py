"""Round 11 event roles: an attack laid on a party by the one announcing it, patrons and their clients, a
client telling of strikes on itself, the coalition that provides (no pact), and a person named after قتل as the
one killed."""

from __future__ import annotations

import pytest

from tests.conftest import event_roles, event_with

# --- ascription: the one announcing is not the doer ---------------------------------------------------------

def test_ascribed_name_read_as_a_teller_is_still_the_doer() -> None:
    # the claims stage reads «نسبه إلى داعش» as ISIS telling; the attack is still laid on ISIS
    text = "أعلن الجيش العراقي مقتل اثنين من جنوده في هجوم نسبه إلى تنظيم داعش غرب الموصل."
    assert event_with(text, "هجوم")[1:] == ("isis", "iraq-army")


@pytest.mark.parametrize("text", [
    "أعلن الجيش العراقي مقتل جندي في هجوم نسبه إلى مسلحين قرب الحويجة.",
    "أعلن الجيش العراقي إصابة ضابطين في تفجير نسبه إلى المتمردين.",
])
def test_ascribed_to_someone_unnamed_leaves_the_doer_unnamed(text: str) -> None:
    trig, a1, _a2 = next(r for r in event_roles(text) if r[0] in ("هجوم", "تفجير"))
    assert a1 is None, (trig, a1)


# --- patrons and clients --------------------------------------------------------------------------------------

def test_patron_is_not_borrowed_as_the_doer_of_a_strike_on_its_client() -> None:
    text = ("قالت إيران إنها ستقف مع حلفائها في المنطقة. "
            "وقصفت طائرات حربية مجهولة مواقع لحزب الله قرب الحدود السورية اللبنانية.")
    assert event_with(text, "قصفت")[1:] == (None, "hezbollah")


def test_patron_not_borrowed_for_strikes_on_the_houthis() -> None:
    text = "هددت طهران بالرد على أي تصعيد. واستهدفت غارات جوية مخازن للحوثيين في صعدة."
    assert event_with(text, "غارات")[1:] == (None, "houthis")


def test_a_party_that_is_no_patron_is_still_borrowed() -> None:
    # Saudi Arabia backs no Houthi: the guess the article gives is kept as before
    text = "هددت السعودية بالرد على أي تصعيد. واستهدفت غارات جوية مخازن للحوثيين في صعدة."
    assert event_with(text, "غارات")[1] == "saudi-arabia"


def test_the_iraqi_factions_are_irans_clients() -> None:
    text = "توعد الحرس الثوري الإيراني بالرد. وقصفت طائرات مسيرة مقرا لكتائب حزب الله قرب القائم."
    assert event_with(text, "قصفت")[1:] == (None, "kataib-hezbollah")


def test_a_named_patron_doer_is_kept() -> None:
    # the clause itself names the doer: no guess to withdraw
    text = "اتهمت الحكومة اليمنية الحوثيين بتلقي الدعم. وقصفت القوات الإيرانية مواقع للحوثيين في صعدة."
    assert event_with(text, "قصفت")[1] == "iran-army"


def test_patron_links_come_from_the_pack() -> None:
    from marsad import packs

    by_id = packs.entries_by_id()
    assert "iran" in by_id["hezbollah"].extra["patrons"]
    assert "iran" in by_id["houthis"].extra["patrons"]
    assert "turkey" in by_id["sna"].extra["patrons"]
    # every patron is an actor the pack knows
    for e in packs.entity_pack("actors"):
        for p in e.extra.get("patrons", ()) or ():
            assert p in by_id, (e.id, p)


# --- a client telling of strikes on itself --------------------------------------------------------------------

@pytest.mark.parametrize("text,trigger,target", [
    ("قال حزب الله إن غارات استهدفت مواقع له في البقاع.", "استهدفت", "hezbollah"),
    ("أعلنت جماعة الحوثي أن طائرات قصفت مواقع لها في الحديدة.", "قصفت", "houthis"),
])
def test_teller_that_owns_what_was_struck_is_the_target(text: str, trigger: str, target: str) -> None:
    assert event_with(text, trigger)[1:] == (None, target)


def test_clients_statement_does_not_make_the_patron_the_doer() -> None:
    text = ("أكد الحرس الثوري الإيراني وقوفه مع حلفائه. "
            "وأعلن حزب الله أن غارة استهدفت سيارة لعناصره قرب دمشق.")
    assert event_with(text, "غارة")[1:] == (None, "hezbollah")


def test_teller_of_its_own_strike_stays_the_doer() -> None:
    # the struck thing is owned by another party: the teller's own strike, as before
    text = "قالت إسرائيل إن طائراتها قصفت مواقع لحزب الله في سوريا."
    assert event_with(text, "قصفت")[1:] == ("israel", "hezbollah")


# --- the coalition that provides ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "يوفر التحالف غطاء جويا للقوات العراقية قرب الموصل.",
    "وقدم التحالف الدعم اللوجستي لقوات سوريا الديمقراطية.",
    "وفر التحالف الحماية للمقاتلين الأكراد شرق الفرات.",
])
def test_coalition_that_provides_is_no_pact(text: str) -> None:
    assert not [r for r in event_roles(text) if "تحالف" in r[0]]


def test_an_alliance_formed_is_still_a_pact() -> None:
    roles = event_roles("أعلنت الفصائل تحالفا جديدا ضد داعش في البادية.")
    assert any("تحالف" in r[0] for r in roles), roles


# --- قتل with a named person after it is passive -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "قتل العميد حسن الزيدي قرب الرمادي مساء الأحد.",
    "وقتل حسن الزيدي قرب الرمادي، بحسب مصادر محلية.",
])
def test_person_after_qutila_is_the_killed(text: str) -> None:
    assert event_with(text, "قتل")[1:] == (None, "Hassan al-Zydy")


def test_party_a_killed_commander_belonged_to_is_the_target() -> None:
    assert event_with("قتل القيادي في حزب الله علي حسن قرب دمشق.", "قتل")[1:] == (None, "hezbollah")


def test_feminine_verb_keeps_its_subject() -> None:
    # قتلت: a force or state did it; the person after it is its object, as before
    assert event_with("قتلت قوات الأمن العراقية أبو محمد العدناني في عملية خاصة.", "قتلت")[1] == "iraq-isf"
