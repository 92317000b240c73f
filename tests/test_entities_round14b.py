"""Entities, round 14b (sentences written for the tests): a guessed person's span loses the words at its end
that run on into the sentence (a verb, a preposition or و on a common word, an adverb), and a name joined by و
to the person before it loses the و."""

from __future__ import annotations

import pytest

from marsad.stages import names
from marsad.textnorm import fold_text
from tests.conftest import mention_types, people


def test_an_adjective_and_a_verb_after_it_are_no_person() -> None:
    # نادر is a given name and "rare"; the verb after it ends the phrase, no name is left of two words
    got = people("وقال الطبيب سامر اليوسفي إن الطفلة تعاني من مرض نادر يؤدي إلى ضعف العضلات وتلف الأعصاب.")
    assert got == {"سامر اليوسفي"}


def test_a_conjunction_on_a_verb_ends_the_phrase() -> None:
    assert people("وتعاني الطفلة من مرض نادر وظل الأطباء عاجزين عن علاجه منذ ولادتها.") == set()


def test_a_perfect_verb_after_a_title_and_a_given_name_is_no_family_name() -> None:
    assert "راشد نصح" not in people("وقال مقربون من العائلة إن الشيخ راشد نصح الوفد بالتريث قبل التوقيع.")


def test_a_preposition_phrase_is_cut_and_the_joined_name_loses_its_conjunction() -> None:
    got = people("وتقدم بالطلب والدا الطفل توم هاريس وكايت جيمس بدعم من الكنيسة والحكومة الإيطالية.")
    assert "جيمس بدعم" not in got
    assert "كايت جيمس" in got


@pytest.mark.parametrize(("name", "cut"), [
    ("علي يلديريم هاتفيا", 1),  # an adverb made from a nisba (هاتفي)
    ("حسام قاسم بالأمان", 1),  # ب and the article on a common noun
    ("سامي والحكومة", 1),  # و on a common noun
    ("أورسولا فون دير", 0),  # a particle holds the word after it
    ("كارل ماركس", 0),
    ("محمد الأحمر", 0),  # a definite word is a family name
    ("عبد الله", 0),
])
def test_words_that_run_on(name: str, cut: int) -> None:
    assert names.run_on_words(fold_text(name).split()) == cut


def test_a_preposition_word_the_article_repeats_is_a_family_name() -> None:
    words = fold_text("دينا حبيب باول").split()
    assert names.run_on_words(words) == 1
    assert names.run_on_words(words, lambda w: w == "باول") == 0


def _outlets(text: str) -> set[str]:
    return {m for m, types in mention_types(text).items() if "outlet" in types}


def test_an_outlets_name_that_is_an_adjective_needs_a_cue() -> None:
    # السومرية is an Iraqi channel and the adjective "Sumerian": after a noun it agrees with, no outlet
    assert _outlets("وعثر المنقبون على ألواح طينية من مدينة أور السومرية القديمة قرب الناصرية.") == set()
    assert _outlets("وقال مصدر أمني لقناة السومرية إن الهجوم وقع فجرا.") == {"قناة السومرية"}
    assert _outlets("وذكرت \"السومرية\" أن الطريق أعيد فتحه.") == {"السومرية"}
