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
