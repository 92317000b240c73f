"""Names, round 11 (EN, second pass): the recogniser's false persons that are phrases of common words (a verb
with the speaker's object pronoun, an accusative noun and its nisba adjective), خلف, a preposition that is also a
given name, before a definite common word, and the measure of mostly-common words reading a final ى. The
sentences are written for these tests."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from marsad.stages import names
from marsad.textnorm import fold_text
from tests.conftest import people


@pytest.mark.parametrize("text, phrase", [
    # the recogniser's span: a verb with the speaker's object pronoun and its subject
    ("وتقول: \"عندما التحقت بالجامعة في سن الـ 19، شجعني رفاقي في الفرقة، أن أعزف، ففعلت\".", "شجعني رفاقي"),
    ("ويقضي زعيم المعارضة حكما بالسجن خلف القضبان منذ سنوات.", "خلف القضبان"),
    ("وبقي رئيس الحزب خلف الكواليس طوال الأزمة.", "خلف الكواليس"),
])
def test_phrases_of_common_words_are_no_person(text: str, phrase: str) -> None:
    assert not any(phrase in m for m in people(text))


def test_recogniser_phrase_reads_the_words() -> None:
    assert names.recogniser_phrase(fold_text("رسما كاريكاتيريا").split())
    assert names.recogniser_phrase(fold_text("شجعني رفاقي").split())
    assert names.recogniser_phrase(fold_text("خلف القضبان").split())
    # names stay: a given name, a family name in ـاني, a foreign name in ـا, خلف before a family name
    assert not names.recogniser_phrase(fold_text("حسن روحاني").split())
    assert not names.recogniser_phrase(fold_text("ماريا زخاروفا").split())
    assert not names.recogniser_phrase(fold_text("خلف الحلبوسي").split())
    assert not names.recogniser_phrase(fold_text("خلف العلي").split())
    # three words and more are left to the other tests
    assert not names.recogniser_phrase(fold_text("رسما كاريكاتيريا ساخرا").split())


@pytest.mark.parametrize("text, name", [
    ("وقال الشيخ خلف العلي إن العشيرة ترفض أي تسوية.", "خلف العلي"),
    ("وقال المتحدث باسم الحكومة هاني الراشد إن الحدود ستفتح.", "هاني الراشد"),
])
def test_names_near_these_words_stay(text: str, name: str) -> None:
    assert name in people(text)


def test_measure_counts_alif_maqsura_before_a_pronoun() -> None:
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "scripts" / "measure_common_words.py"
    spec = importlib.util.spec_from_file_location("measure_common_words", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    # مستشفى folds to مستشفي; before a pronoun it is written مستشفاها
    words = Counter({"مستشفي": 10, "مستشفاها": 4, "مستشفاهم": 2})
    assert mod.marked(words, "مستشفي") == 6

