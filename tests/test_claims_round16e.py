"""Claims, round 16 (fourth follow-up): a later bare «وقال/وأضاف» takes the whole subject of the clause before
(title and the name set off by commas, with the person's id), never a phrase after a comma before it; a pack
person whose name ends in إن keeps that word (مون جاي إن إن …)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import claim_chains, full_claims


@pytest.mark.parametrize(("text", "teller"), [
    ("وانتقد الرئيس الفرنسي، إيمانويل ماكرون، نظيره الأمريكي دونالد ترامب بشدة، وقال إن الانسحاب خطأ كبير.",
     "الرئيس الفرنسي، إيمانويل ماكرون"),
    ("وهاجم نائب الرئيس الأميركي، مايك بنس، حكومة بيونغ يانغ، وقال إن بلاده لن تتراجع.",
     "نائب الرئيس الأميركي، مايك بنس"),
    ("وانتقد رئيس الوزراء العراقي، حيدر العبادي، الحكومة التركية، وقال إن القصف مرفوض.",
     "رئيس الوزراء العراقي، حيدر العبادي"),
    ("وانتقد المتحدث باسم الحزب، سامي الخطيب، الحكومة التركية، وقال إن القصف مرفوض.",
     "المتحدث باسم الحزب، سامي الخطيب"),
])
def test_a_later_bare_verb_takes_the_title_and_the_name_set_off_by_commas(text: str, teller: str) -> None:
    from marsad import pipeline

    doc = pipeline.make_doc(text, published=date(2018, 6, 1))  # (the titles' holders in the pack by date)
    pipeline.run(doc)
    claims = doc.claims
    assert [[(s.kind, s.text) for s in c.sources] for c in claims] == [[("person", teller)]]
    assert claims[0].sources[0].entity is not None


@pytest.mark.parametrize("text", [
    "وانتقد الرئيس الفرنسي، إيمانويل ماكرون، نظيره الأمريكي، وقال إن القرار خاطئ.",
    "وانتقد الرئيس الفرنسي إيمانويل ماكرون، الخميس، نظيره الأمريكي، وقال إن القرار خاطئ.",
])
def test_a_phrase_after_a_comma_is_no_subject_of_a_verb_with_waw(text: str) -> None:
    chains = claim_chains(text)
    assert len(chains) == 1 and chains[0][0][0] == "person"
    assert "ماكرون" in chains[0][0][1] and "نظيره" not in chains[0][0][1]


def test_an_apposition_before_a_verb_without_waw_is_still_the_teller() -> None:
    assert claim_chains("لكن نوري محمود، المتحدث باسم الوحدات، أكد أن الهجوم فشل.") == [
        [("person", "نوري محمود، المتحدث باسم الوحدات")]]


@pytest.mark.parametrize(("text", "teller"), [
    ("وقال الرئيس الكوري الجنوبي مون جاي إن إن المحادثات مع الشمال ستستمر.", "الرئيس الكوري الجنوبي مون جاي إن"),
    ("وقال الرئيس الكوري الجنوبي مون جي إن للصحفيين إن المحادثات ستستمر.", "الرئيس الكوري الجنوبي مون جي إن"),
    ("وأكد مون جي إن أن بلاده تدعم الحوار.", "مون جي إن"),
    ("وقال الرئيس الكوري الجنوبي مون جيه-إن إن بلاده تدعم الحوار.", "الرئيس الكوري الجنوبي مون جيه-إن"),
])
def test_a_pack_name_ending_in_in_is_read_whole(text: str, teller: str) -> None:
    claims = full_claims(text)
    assert [[(s.kind, s.text) for s in c.sources] for c in claims] == [[("person", teller)]]
    assert claims[0].sources[0].entity is not None


def test_in_after_a_title_with_no_name_still_opens_the_content() -> None:
    chains = claim_chains("وقال الرئيس الكوري الجنوبي إن المحادثات ستستمر.")
    assert [[text for _kind, text in chain] for chain in chains] == [["الرئيس الكوري الجنوبي"]]
