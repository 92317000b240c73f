"""The recogniser's shortcuts give what the word-by-word code gave: gazetteer spans found only from the words
that start an entry, state scores that look bigrams and gazetteer attributes up only where they can exist."""

from __future__ import annotations

import random

import pytest

from marsad.ner.features import Featurizer, Lexicon
from marsad.ner.tagger import Tagger, sentences
from tests.conftest import ner_string_sums


def _gaz_tags_word_by_word(feat: Featurizer, folded: list[str], starts: list) -> list[str | None]:
    """The walk `_gaz_tags` did before: every word tried in turn, a found span skipped over."""
    n = len(folded)
    out: list[str | None] = [None] * n
    gaz = feat.lex.gazetteer
    i = 0
    while i < n:
        found, label = 0, ""
        for first, longest in starts[i]:
            for length in range(min(feat.max_gaz, n - i, longest), 0, -1):
                if length <= found:
                    break
                g = gaz.get((first, *folded[i + 1 : i + length]))
                if g is not None:
                    found, label = length, g
                    break
        if found:
            out[i] = "B-" + label
            for k in range(i + 1, i + found):
                out[k] = "I-" + label
            i += found
        else:
            i += 1
    return out


def test_gazetteer_spans_are_those_of_the_word_by_word_walk():
    gaz = {
        ("دير", "الزور"): "LOC",
        ("دير",): "LOC",
        ("الزور", "الشرقي"): "LOC",
        ("جبهة", "تحرير", "الشام"): "ORG",
        ("تحرير",): "MISC",
        ("حلب",): "LOC",
        ("ريف", "حلب", "الشمالي"): "LOC",
    }
    feat = Featurizer(Lexicon(gazetteer=gaz))
    vocab = ["دير", "الزور", "الشرقي", "جبهة", "تحرير", "الشام", "حلب", "ريف", "الشمالي", "وحلب", "في", "قصف", "و"]
    rng = random.Random(7)
    for _ in range(400):
        folded = [rng.choice(vocab) for _ in range(rng.randint(0, 14))]
        starts = [feat.gaz_starts(f) for f in folded]
        assert feat._gaz_tags(folded, starts) == _gaz_tags_word_by_word(feat, folded, starts), folded


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return Tagger.load()


# sentences written for this test: places at both edges (gazetteer attributes of the first and last word and
# of their neighbours), names in the middle, a sentence of one word and one of none
_SENTS = [
    "حلب شهدت اليوم قصفا عنيفا قرب دير الزور وإدلب",
    "وصرح وزير الدفاع التركي خلوصي أكار للصحفيين في أنقرة بأن القوات ستبقى في عفرين",
    "الرقة",
    "",
    "قالت مصادر محلية إن اشتباكات اندلعت بين قوات النظام وهيئة تحرير الشام في ريف حماة الشمالي . "
    "وأضافت أن الطيران الروسي شن غارات على معرة النعمان",
]


def test_state_scores_are_the_sums_of_the_attribute_strings(tagger):
    import numpy as np

    assert tagger.use_decoder()
    feat, w = tagger.featurizer, tagger.weights
    parts = []
    for text in _SENTS:
        for sent in sentences(text) or [[]]:
            parts.append([feat._word(text[a:b]) for a, b in sent])
    got = feat.scores(parts)
    assert got.shape == (sum(map(len, parts)), len(w.labels))
    assert np.array_equal(got, ner_string_sums(feat, parts))


def test_sentence_breaks_at_line_ends_and_stops():
    text = "قال المتحدث\nإن الهجوم فشل. وأضاف أن الوضع هادئ؟ نعم"
    got = [[text[a:b] for a, b in s] for s in sentences(text)]
    assert got == [["قال", "المتحدث"], ["إن", "الهجوم", "فشل", "."], ["وأضاف", "أن", "الوضع", "هادئ", "؟"], ["نعم"]]
