"""The Arabic text layer: cleaning, folding with an offset map, sentence splitting."""

from __future__ import annotations

import time

from hypothesis import given
from hypothesis import strategies as st

from marsad.textnorm import (
    PROSE_RUN_MAX,
    PROSE_WORD_MAX,
    arabic_ratio,
    clean,
    fold,
    fold_text,
    non_prose,
    split_sentences,
)


def test_fold_unifies_spelling_variants() -> None:
    assert fold_text("سورية") == fold_text("سوريه")
    assert fold_text("إيران") == fold_text("ايران")
    assert fold_text("مُسلّحة") == fold_text("مسلحة")
    assert fold_text("الـمـيليشيا") == fold_text("الميليشيا")
    assert fold_text("مستشفى") == fold_text("مستشفي")
    assert fold_text("٣٠٠ عنصر") == "300 عنصر"
    assert fold_text("۴۵") == "45"
    assert fold_text("SY24") == "sy24"


def test_fold_maps_offsets_back_to_the_original() -> None:
    text = "قالَ المُتحدِّثُ إنّ قوات الـنظام"
    f = fold(text)
    i = f.text.index("المتحدث")
    s, e = f.span(i, i + len("المتحدث"))
    assert text[s:e] == "المُتحدِّثُ"[:-1] or fold_text(text[s:e]) == "المتحدث"
    j = f.text.index("النظام")
    s, e = f.span(j, j + len("النظام"))
    assert fold_text(text[s:e]) == "النظام"
    assert text[s:e].startswith("ال")


@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآىةًٌٍَُِّْـ ،.\n", max_size=200))
def test_fold_offsets_round_trip(text: str) -> None:
    f = fold(text)
    for i in range(len(f.text)):
        o = f.orig(i)
        assert 0 <= o < len(text)
        assert fold_text(text[o]) == f.text[i]


def test_clean_strips_controls_and_presentation_forms() -> None:
    raw = "\u202bقوات\u200f\x00 ﺍﻟﺮﻗﺔ\u202c\r\n\r\n\r\n\r\nسطر"
    assert clean(raw) == "قوات الرقة\n\nسطر"


def test_sentences_know_arabic_punctuation_and_quotes() -> None:
    text = "قال المصدر: «انتهى الأمر.» وأضاف أن القوات انسحبت؛ هل انتهى القتال؟ بلغ العدد 3.5 آلاف\nسطر جديد"
    parts = [text[s.start:s.end] for s in split_sentences(text)]
    assert parts[0] == "قال المصدر: «انتهى الأمر.»"
    assert parts[1].startswith("وأضاف") and parts[1].endswith("؛")
    assert parts[2] == "هل انتهى القتال؟"
    assert parts[3] == "بلغ العدد 3.5 آلاف"
    assert parts[4] == "سطر جديد"


def test_long_inputs_are_linear() -> None:
    for text in ("ا" * 1_000_000, ("كلمة " * 200_000)):
        t = time.process_time()
        fold(text)
        split_sentences(text)
        assert time.process_time() - t < 2.0


def test_arabic_ratio() -> None:
    assert arabic_ratio("قوات سوريا الديمقراطية SDF") > 0.8
    assert arabic_ratio("The Syrian Democratic Forces") == 0.0


# written for these tests: a paragraph of ordinary news prose, and the words of a page that lost its punctuation
PROSE = ("أعلنت مصادر محلية أن اشتباكات اندلعت فجر اليوم بين فصيلين مسلحين على أطراف مدينة الباب، واستمرت ساعتين. "
         "وقال شهود إن الطرفين استخدما الأسلحة الثقيلة؛ ولم ترد أنباء عن ضحايا حتى الآن.\n")
RUN_WORDS = ["الجيش", "فصائل", "المعارضة", "قرية", "الطريق", "الدولي", "قصف", "مدفعي", "تعزيزات", "عسكرية"]


def test_prose_has_no_non_prose_spans() -> None:
    assert non_prose(PROSE * 40) == []
    # a long sentence of a long article (2,215 characters is the longest in 16,000 ANT articles) is prose
    long_sentence = " ".join(RUN_WORDS[i % len(RUN_WORDS)] for i in range(500)) + "."
    assert 2_500 < len(long_sentence) < PROSE_RUN_MAX
    assert non_prose(PROSE + long_sentence + PROSE) == []


def test_a_stretch_without_sentence_ends_is_not_prose() -> None:
    run = " ".join(RUN_WORDS[i % len(RUN_WORDS)] for i in range(2_000))
    text = PROSE + run + "\n" + PROSE
    spans = non_prose(text)
    assert [(s.start, s.end, s.reason) for s in spans] == [(len(PROSE), len(PROSE) + len(run), "no_sentence_breaks")]


def test_a_word_of_thousands_of_letters_is_not_prose() -> None:
    word = "ب" * (PROSE_WORD_MAX + 1)
    spans = non_prose(PROSE + "كلمة " + word + " أخرى. " + PROSE)
    assert [(s.reason, s.end - s.start) for s in spans] == [("long_word", len(word))]
    # inside a long stretch, the word is named as the cause
    spans = non_prose("ا" * 1_000_000)
    assert [(s.start, s.end, s.reason) for s in spans] == [(0, 1_000_000, "long_word")]


def test_non_prose_is_linear_on_degenerate_input() -> None:
    for text in ("ا" * 1_000_000, "كلمة " * 200_000, "كلمة. " * 200_000):
        t = time.process_time()
        non_prose(text)
        assert time.process_time() - t < 1.0
