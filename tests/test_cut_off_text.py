"""Text cut off anywhere (a feed item truncated at a byte limit, a paste that stops mid-sentence) is analysed
without an error: every stage reads past the end of the text as 'nothing more'."""

from __future__ import annotations

import pytest

import marsad

# our own sentences, each with a construction whose rule looks ahead of its trigger word
SENTENCES = [
    "وفي حين يتهم الجيش الفصائل المسلحة بخرق الهدنة، قال المتحدث باسمها إن القوات الحكومية قصفت بلدة كفرنبل",
    "واتهمت وزارة الخارجية الحكومة السورية بتنفيذ الهجوم الكيماوي على مدينة دوما في ريف دمشق",
    "ونقلت وكالة الأنباء الرسمية عن مصدر عسكري قوله إن 12 مسلحا قتلوا في اشتباكات قرب الحدود التركية",
    "وأعلن تنظيم داعش مسؤوليته عن التفجير الذي استهدف نقطة تفتيش للشرطة في مدينة الرمادي غرب بغداد",
    "ارتفع عدد القتلى جراء الغارات الجوية على الغوطة الشرقية إلى 45 شخصا بينهم 9 أطفال بحسب المرصد",
]


def _prefixes(sentence: str) -> list[str]:
    words = sentence.split()
    cuts = [" ".join(words[:k]) for k in range(1, len(words) + 1)]
    # and a cut inside the last word, and one right after a clitic letter
    cuts += [" ".join(words[:k]) + " " + words[k][:1] for k in range(len(words)) if len(words[k]) > 1]
    return cuts


@pytest.mark.parametrize("sentence", SENTENCES)
def test_every_cut_of_a_sentence_is_analysed(sentence: str) -> None:
    for text in _prefixes(sentence):
        rec = marsad.analyze(text)
        assert rec is not None, text


def test_a_cut_after_a_verb_of_accusing_still_reads_what_came_before() -> None:
    rec = marsad.analyze("قالت وزارة الدفاع إن الطائرات قصفت مواقع في ريف حلب. وفي حين يتهم الجيش")
    assert rec.claims, "the complete first sentence keeps its claim"


# hostile text of the kinds a scraped feed carries: joiners, tatweel, bidi marks, stray diacritics, emoji, Latin
# and digit runs, unmatched quotes and brackets, lines of punctuation only (round 11: a seeded fuzzer over 90,000
# such texts found no crash; these keep it so)
ODD = ["\u200d", "\u200c", "\u0640", "\u200f", "\u202b", "\u064e", "\u0651", "😀", "«", "»", '"', "(", "]",
       "abc", "2024", "١٢", "،", ":", "\n"]


@pytest.mark.parametrize("odd", ODD)
def test_odd_characters_anywhere_in_a_sentence_are_analysed(odd: str) -> None:
    sentence = SENTENCES[2]
    for k in range(0, len(sentence) + 1, 7):
        rec = marsad.analyze(sentence[:k] + odd + sentence[k:])
        assert rec is not None


def test_lines_of_punctuation_only_and_bare_marks_are_analysed() -> None:
    for text in ("…\n«»\n،،؛؛\n((((", "\u064e\u0651", "ـــــ", "\u200f\u202b\u202c", "«وقال", "قال» (الجيش",
                 "...قصفت الطائرات ...\n...\n؟!"):
        assert marsad.analyze(text) is not None


def test_a_long_sentence_of_names_and_numbers_without_punctuation_is_analysed() -> None:
    words = SENTENCES[4].split() + SENTENCES[0].split()
    rec = marsad.analyze(" ".join(words[i % len(words)] for i in range(1500)))
    assert rec.events, "the repeated reports of killing still make events"
