"""Claims: the kind and text of a teller that unseen articles name by a title with its complement or by a bare
surname (sentences written for the tests)."""

from __future__ import annotations

import pytest

from marsad import model, pipeline


def _full(text: str) -> list[model.Claim]:
    """The whole pipeline: a bare surname is read against the person entities the earlier stages found."""
    doc = pipeline.make_doc(text)
    pipeline.run(doc)
    return doc.claims


def _chains(text: str) -> list[list[tuple[str, str]]]:
    return [[(s.kind, s.text) for s in c.sources] for c in _full(text)]


@pytest.mark.parametrize("text, chain", [
    # إلى and the land an envoy is sent to belong to the title: the name after it makes a person
    pytest.param("وقال المبعوث الأممي إلى ليبيا، غسان سلامة، إن جولة الحوار المقبلة ستعقد في جنيف.",
                 [("person", "المبعوث الأممي إلى ليبيا، غسان سلامة")], id="envoy-to-then-name-in-commas"),
    pytest.param("وأكدت المبعوثة الأممية إلى العراق جينين بلاسخارت أن الانتخابات ستجري في موعدها.",
                 [("person", "المبعوثة الأممية إلى العراق جينين بلاسخارت")], id="envoy-to-then-name"),
    # with no name the title speaks as an office, and إلى أن is still the verb's complement
    pytest.param("وقال المبعوث الأممي إلى سوريا إن اللجنة الدستورية ستجتمع الشهر المقبل.",
                 [("official", "المبعوث الأممي")], id="envoy-to-no-name"),
    pytest.param("وأشار المبعوث الأممي إلى أن اللجنة الدستورية ستجتمع الشهر المقبل.",
                 [("official", "المبعوث الأممي")], id="envoy-then-ila-an"),
])
def test_envoy_title_takes_its_destination(text: str, chain: list[tuple[str, str]]) -> None:
    assert _chains(text) == [chain]


def test_bare_surname_of_a_named_person_is_that_person() -> None:
    # the recogniser marks the full name only; the surname alone later is the same person, not a body
    text = ("استقبلت رئيسة الوزراء البريطانية تيريزا ماي وفداً عراقياً في لندن. "
            "وقالت ماي إن بلادها ستواصل دعم القوات العراقية.")
    chains = _chains(text)
    assert [("person", "ماي")] in chains
    claim = next(c for c in _full(text) if c.sources and c.sources[0].text == "ماي")
    assert claim.sources[0].entity is not None


def test_one_unknown_word_that_is_no_surname_stays_a_body() -> None:
    text = ("استقبلت رئيسة الوزراء البريطانية تيريزا ماي وفداً عراقياً في لندن. "
            "وقالت كاراكاس الخميس إنها سترد على العقوبات الجديدة.")
    assert [("official", "كاراكاس")] in _chains(text)


@pytest.mark.parametrize("text, chain", [
    # علي folds like the preposition على; after بن/أبو it is the given name however the article spells على
    pytest.param("وقال رئيس الحكومة التونسية بن علي الحمامي إن الاتفاق سيوقع قريباً.",
                 [("person", "رئيس الحكومة التونسية بن علي الحمامي")], id="bin-ali-inside-a-name"),
    pytest.param("وقال الشيخ أبو علي الحسيني إن الأهالي غادروا القرية.",
                 [("person", "الشيخ أبو علي الحسيني")], id="abu-ali-inside-a-name"),
])
def test_ali_after_a_compound_part_is_a_name(text: str, chain: list[tuple[str, str]]) -> None:
    assert _chains(text) == [chain]
