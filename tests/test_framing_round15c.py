"""Framing, round 15c: a label after a comparison (X، مثل Y، منظمة إرهابية) is said of the subject X, not of Y it is
likened to; a place phrase may stand between an act and the word it is predicated to be (الوجود التركي في سوريا
احتلال). Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import framing_pairs


def frames(text: str, published: str = "2018-06-01") -> list[tuple[str, str | None]]:
    return framing_pairs(text, published)


def test_a_comparison_set_off_by_commas_leaves_the_label_on_the_subject() -> None:
    got = frames("وقال الوزير إن وحدات حماية الشعب، مثل تنظيم داعش، منظمة إرهابية.")
    assert ("منظمة إرهابية", "ypg") in got
    assert ("منظمة إرهابية", "isis") not in got


def test_a_doubled_comparison_leaves_the_label_on_the_subject() -> None:
    got = frames("وأكد المتحدث أن حزب العمال الكردستاني، مثله مثل داعش، تنظيم إرهابي.")
    assert ("تنظيم إرهابي", "pkk") in got
    assert ("تنظيم إرهابي", "isis") not in got


def test_a_comparison_after_the_label_keeps_it_on_the_subject() -> None:
    got = frames("وقال الوزير إن وحدات حماية الشعب منظمة إرهابية مثلها مثل تنظيم داعش.")
    assert got == [("منظمة إرهابية", "ypg")]


def test_examples_of_an_unnamed_noun_keep_the_label() -> None:
    # no named subject before مثل: the groups named are the examples the label is said of
    assert ("منظمات إرهابية", "nusra") in frames("وقال إن جماعات مثل داعش والنصرة منظمات إرهابية.")


def test_a_place_phrase_between_the_act_and_the_predicate() -> None:
    assert ("احتلال", "turkey") in frames("وقال المتحدث إن الوجود التركي في سوريا احتلال.")
    assert ("عدوان", "turkey") in frames("وقال الوزير إن العملية التركية في عفرين عدوان سافر.")
    assert ("احتلال", "usa") in frames("وقال المتحدث إن الوجود الأمريكي على الأراضي السورية احتلال.")
    assert ("احتلال", "iran") in frames("وقال النائب إن الوجود الإيراني في العراق والمنطقة احتلال.")


def test_a_verb_or_negation_after_the_place_phrase_blocks_the_predicate() -> None:
    assert not frames("وقال إن الوجود التركي في سوريا ليس احتلالا.")
    assert not frames("وقال إن الوجود التركي في سوريا يشكل خطرا.")


def test_a_comparison_with_a_pronoun_after_the_label_is_no_example() -> None:
    # مثلها مثل after the term: the pronoun is the subject's; the group after it is what it is likened to
    got = frames("وقال إن حزب الله، الذي يقاتل في سوريا منذ سنوات، منظمة إرهابية مثله مثل تنظيم القاعدة.")
    assert ("منظمة إرهابية", "al-qaeda") not in got
    got = frames("وقال إن هذه الجماعة منظمة إرهابية شأنها شأن تنظيم داعش.")
    assert ("منظمة إرهابية", "isis") not in got


def test_a_bare_such_as_after_a_plural_term_still_gives_examples() -> None:
    assert ("منظمات إرهابية", "hezbollah") in frames("وتدعم طهران منظمات إرهابية مثل حزب الله.")
