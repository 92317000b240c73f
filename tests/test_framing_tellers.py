"""Framing: whom a hostile term is aimed at when a party says it (its own word for its enemy)."""

from __future__ import annotations

from marsad import packs
from marsad.pipeline import Doc
from marsad.stages import claims, framing
from tests.conftest import doc_with_entities

ENTS = [
    ("actor", "hezbollah", ["حزب الله"]),
    ("actor", "isis", ["داعش"]),
    ("actor", "sdf", ["قوات سوريا الديمقراطية", "قسد"]),
    ("actor", "sna", ["مرتزقة الاحتلال التركي"]),
    ("actor", "turkey", ["تركيا", "أنقرة"]),
    ("actor", "syr-opposition-factions", ["فصائل المعارضة"]),
]


def doc_with(text: str) -> Doc:
    """The hand-given entities with their pack kinds (a terrorism term looks for an armed group)."""
    doc = doc_with_entities(text, ENTS)
    entries = packs.entries_by_id()
    for ent in doc.entities:
        ent.attrs["kind"] = entries[ent.ref].kind
    return doc


def frames(text: str) -> list[tuple[str, str | None]]:
    doc = doc_with(text)
    claims.run(doc)
    framing.run(doc)
    out = []
    for f in doc.framing:
        ent = doc.entity(f.target)
        out.append((f.term, ent.ref if ent else None))
    return out


def test_a_teller_is_not_the_target_of_its_own_hostile_word() -> None:
    # the speaker's party is named in the speaker's title: the terrorists are its enemies, not the party
    got = frames('وقال الأمين العام لحزب الله في خطاب إن "الجيش لم يهاجم مواقع الإرهابيين في الجرود".')
    assert ("الإرهابيين", "hezbollah") not in got
    got = frames("وقالت قوات سوريا الديمقراطية في بيان إن الميليشيات هاجمت قرية قرب الطبقة.")
    assert all(ref != "sdf" for _, ref in got)


def test_the_article_still_labels_a_teller_outside_its_content() -> None:
    # a term the article puts before the teller's verb is the article's own word for that teller
    got = frames("وقالت ميليشيا قسد في بيان إن مقاتليها صدوا الهجوم.")
    assert ("ميليشيا", "sdf") in got


def test_a_designation_aside_inside_the_teller_s_claim_still_counts() -> None:
    got = frames("وقالت قوات سوريا الديمقراطية، التي تصنفها أنقرة منظمة إرهابية، إن مقاتليها تقدموا.")
    assert ("منظمة إرهابية", "sdf") in got


def test_a_verb_of_opinion_names_its_object_not_a_teller() -> None:
    # تعتبر X "إرهابية": X is what is so called, even if the claims stage reads it as the subject
    got = frames('وتعتبر أنقرة فصائل المعارضة المدعومة من موسكو "إرهابية" منذ سنوات.')
    assert ("إرهابية", "syr-opposition-factions") in got


def test_occupation_with_a_nisba_inside_a_proxy_s_name_is_the_state() -> None:
    got = frames('وقالت قسد إن مقاتليها صدوا هجوم "مرتزقة الاحتلال التركي" قرب منبج.')
    assert ("الاحتلال", "turkey") in got
    assert ("الاحتلال", "sna") not in got


def test_an_actor_attacking_those_a_term_names_is_not_its_target() -> None:
    # استهداف / أسر between the actor and the term: the actor is the one striking or capturing them
    got = frames("وتمكنت قوات سوريا الديمقراطية من أسر عشرات الجهاديين قرب هجين.")
    assert ("الجهاديين", "sdf") not in got
    got = frames("وواصلت طائرات تركيا استهداف ميليشيات في ريف حلب.")
    assert ("ميليشيات", "turkey") not in got
