"""Claims, round 16c: one word of a name the article gives in full (بنس after مايك بنس) is that person where only
one person has it; a definite title and one plain word (الطبيب كارلوس) is a named person; «من + a place» after a
title with no name (المسؤول الأمريكي من واشنطن) ends the teller."""

from __future__ import annotations

from tests.conftest import full_claims


def _sources(text: str) -> list[list[tuple[str, str, str | None]]]:
    return [[(s.kind, s.text, s.entity) for s in c.sources] for c in full_claims(text)]


def test_a_surname_teller_after_an_adjunct_is_the_person_named_in_full() -> None:
    text = ("زار نائب الرئيس الأمريكي مايك بنس العاصمة بغداد يوم الاثنين. "
            "وقال بنس خلال مؤتمر سنوي للمحافظين إن الولايات المتحدة ستبقى في العراق.")
    [[(kind, said, ent)]] = _sources(text)
    assert (kind, said) == ("person", "بنس") and ent is not None


def test_a_given_name_teller_is_the_one_person_with_that_name() -> None:
    text = "وصل الرئيس الفرنسي إيمانويل ماكرون إلى بيروت. وقال إيمانويل إن لبنان ليس وحده."
    [[(kind, said, ent)]] = _sources(text)
    assert (kind, said) == ("person", "إيمانويل") and ent is not None


def test_a_given_name_two_persons_share_links_to_neither() -> None:
    text = ("وصل الرئيس الفرنسي إيمانويل ماكرون إلى بيروت مع الوزير إيمانويل بون. "
            "وقال إيمانويل إن لبنان ليس وحده.")
    assert _sources(text)[-1] == [("person", "إيمانويل", None)]


def test_a_definite_title_and_one_plain_word_is_a_named_person() -> None:
    text = "وقال الطبيب كارلوس عقب وصول الجرحى إن المستشفى ممتلئ."
    assert _sources(text) == [[("person", "الطبيب كارلوس", None)]]


def test_a_title_with_a_time_word_after_it_stays_an_office() -> None:
    assert _sources("وقال الوزير أمس إن القوات ستنسحب.") == [[("official", "الوزير", None)]]


def test_from_a_capital_ends_a_title_with_no_name() -> None:
    text = "وقال المسؤول الأمريكي من واشنطن إن القوات ستنسحب قريبا."
    assert _sources(text) == [[("official", "المسؤول الأمريكي", None)]]


def test_from_a_body_stays_in_the_description() -> None:
    text = "وقال المسؤول الكبير من حزب الله إن القوات ستنسحب قريبا."
    assert [s[:2] for s in _sources(text)[0]] == [("official", "المسؤول الكبير من حزب الله")]


def test_a_name_whose_first_letter_looks_like_a_conjunction_is_no_other_name() -> None:
    from marsad import pipeline
    from marsad.stages.claims import _Reader

    doc = pipeline.make_doc("التقى الوزير أنس كريم بالوفد. وقال فانس إن المحادثات كانت مثمرة. وقال أنس إن الوفد وصل.")
    pipeline.run(doc)
    reader = _Reader(doc)
    words = [reader.t(m) for m in range(len(reader.toks))]
    anas = next(e.id for e in doc.entities if any(m.text == "أنس كريم" for m in e.mentions))
    # فانس is no و/ف + أنس; أنس alone is the one person named أنس
    anas_word = words[words.index("كريم") - 1]  # (as the reader folds it)
    assert reader._one_person_named(words.index("فانس")) is None
    assert reader._one_person_named(max(m for m, w in enumerate(words) if w == anas_word)) == anas


def test_from_a_city_the_government_is_named_after_ends_the_teller() -> None:
    # دمشق read as the government (after الحكومة السورية and حكومة دمشق) is still the city the article names
    text = ("بدأت المحادثات بين المجلس والحكومة السورية في دمشق. ووصف المجلس حكومة دمشق بالشريك.\n"
            "وأكد العضو الكردي في مجلس الشعب السوري سليم حداد من دمشق أن المحادثات هي الأولى.")
    assert [s.text for s in full_claims(text)[-1].sources] == ["العضو الكردي في مجلس الشعب السوري سليم حداد"]
