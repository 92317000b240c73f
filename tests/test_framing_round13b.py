"""Framing, round 13b: a label scare-quoted after its noun (منظمة "إرهابية") reads as the same phrase without
the quotes. Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import framing_pairs


def frames(text: str, published: str = "2019-06-01") -> list[tuple[str, str | None]]:
    return framing_pairs(text, published)


def test_a_scare_quoted_label_after_its_noun_is_the_whole_phrase() -> None:
    # the description of unnamed factions is no label for the government that gives it (round 23 FR2: it is
    # Damascus's word for the armed opposition, which the article leaves unnamed)
    got = frames('واتهمت دمشق الفصائل المسلحة في الشمال بأنها منظمات "إرهابية" تحركها أنقرة.')
    assert [who for _t, who in got] == ["syr-opposition-factions"]
    got = frames('وتصنف أنقرة وحدات حماية الشعب الكردية منظمة «إرهابية» منذ سنوات.')
    assert [t for t, _ in got] == ['منظمة «إرهابية»'] and got[0][1] == "ypg"


def test_a_quoted_name_of_a_group_keeps_its_label() -> None:
    assert frames('وهاجمت جبهة النصرة "الإرهابية" نقاطا للجيش في ريف إدلب.') == [("الإرهابية", "nusra")]


def test_a_quoted_label_and_its_bare_reuse_are_one_choice_of_word() -> None:
    got = frames('وتصنف تركيا وحدات حماية الشعب منظمة "إرهابية" منذ سنوات. '
                 'وقصفت المدفعية قرى تنتشر فيها وحدات حماية الشعب التي تعدها أنقرة "إرهابية" قرب الحدود.')
    assert [target for _, target in got] == ["ypg"]


def test_a_bare_occupation_word_before_the_force_is_named_labels_the_state() -> None:
    # the first use finds the army only by its later mention «الاحتلال التركي»: the occupier is the state, as for
    # that later use, so the article has one record for the word, not one for the army and one for the state
    got = frames("وقصف الاحتلال منذ الفجر قرى عدة في ناحية راجو. "
                 "وقال ناشطون إن مدفعية الاحتلال التركي دمرت منزلين في قرية قرب عفرين.")
    assert got == [("الاحتلال", "turkey")]
