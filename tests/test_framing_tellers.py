"""Framing: whom a hostile term is aimed at when a party says it (its own word for its enemy)."""

from __future__ import annotations

import pytest

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


#: a sentence; records that must be there; records that must not (a term of None: no record of any term)
CASES = [
    # the speaker's party is named in the speaker's title: the terrorists are its enemies, not the party
    pytest.param('وقال الأمين العام لحزب الله في خطاب إن "الجيش لم يهاجم مواقع الإرهابيين في الجرود".',
                 [], [("الإرهابيين", "hezbollah")], id="teller_in_the_title"),
    pytest.param("وقالت قوات سوريا الديمقراطية في بيان إن الميليشيات هاجمت قرية قرب الطبقة.",
                 [], [(None, "sdf")], id="teller_itself"),
    # a term the article puts before the teller's verb is the article's own word for that teller
    pytest.param("وقالت ميليشيا قسد في بيان إن مقاتليها صدوا الهجوم.", [("ميليشيا", "sdf")], [],
                 id="article_labels_the_teller"),
    pytest.param("وقالت قوات سوريا الديمقراطية، التي تصنفها أنقرة منظمة إرهابية، إن مقاتليها تقدموا.",
                 [("منظمة إرهابية", "sdf")], [], id="designation_aside_inside_the_claim"),
    # تعتبر X "إرهابية": X is what is so called, even if the claims stage reads it as the subject
    pytest.param('وتعتبر أنقرة فصائل المعارضة المدعومة من موسكو "إرهابية" منذ سنوات.',
                 [("إرهابية", "syr-opposition-factions")], [], id="verb_of_opinion_names_its_object"),
    pytest.param('وقالت قسد إن مقاتليها صدوا هجوم "مرتزقة الاحتلال التركي" قرب منبج.',
                 [("الاحتلال", "turkey")], [("الاحتلال", "sna")], id="occupation_inside_a_proxys_name"),
    # استهداف / أسر between the actor and the term: the actor is the one striking or capturing them
    pytest.param("وتمكنت قوات سوريا الديمقراطية من أسر عشرات الجهاديين قرب هجين.", [], [("الجهاديين", "sdf")],
                 id="captor_not_the_jihadists"),
    pytest.param("وواصلت طائرات تركيا استهداف ميليشيات في ريف حلب.", [], [("ميليشيات", "turkey")],
                 id="striker_not_the_militias"),
    # after a person's name ل marks the one spoken to, who is no teller
    pytest.param('وقال الرئيس التركي رجب طيب أردوغان لحزب الله في خطاب: "أنتم منظمة إرهابية".',
                 [("منظمة إرهابية", "hezbollah")], [], id="addressee_is_no_teller"),
    # the party after a title the claims stage left out of the source's span (الأمين العام | لحزب الله)
    pytest.param('وقال المتحدث باسم قسد في مؤتمر إن "الميليشيات قصفت القرى ليلا".', [], [("الميليشيات", "sdf")],
                 id="party_after_the_title"),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_whom_a_hostile_word_is_aimed_at(text: str, present: list[tuple[str, str]],
                                         absent: list[tuple[str | None, str]]) -> None:
    got = frames(text)
    for rec in present:
        assert rec in got
    for term, ref in absent:
        assert not any(r == ref and term in (None, t) for t, r in got), (term, ref, got)
