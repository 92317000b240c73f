"""Round 18c, speed of the recogniser: the entries of the lexicon's common forms (the clusters' vocabulary) are
made once with the row tables, their slots filled, and kept in the index cache as a region of `_Slots` that no
generation evicts. A word found there must be the entry `_features` makes, and the scores through any number
of generations the attribute strings' sums."""

from __future__ import annotations

import random
from array import array

import pytest

from marsad.ner.features import Featurizer, _Slots, fold_token
from marsad.ner.tagger import Tagger
from tests.conftest import ner_string_sums


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    t = Tagger.load()
    assert t.use_decoder(), "numpy is installed with the dev extras: the decoder should be on"
    return t


def _fresh(tagger: Tagger, cap: int | None = None) -> Featurizer:
    """A featurizer of its own from the tagger's row tables (its permanent region included)."""
    feat = tagger.featurizer.with_weights(tagger.weights, tagger.featurizer.row_tables())
    if cap is not None:
        feat._slots = _Slots(len(tagger.weights.labels), len(feat._perm_table[3]) + cap)
        feat._slots.keep(feat._perm_table[5])
        feat._perm_words = {}
    return feat


def _perm_forms(feat: Featurizer) -> list[str]:
    """The forms of the permanent region, sorted."""
    slot_of = feat._perm_table[0]
    return sorted(f for f, k in feat._parts.items() if slot_of[k] >= 0)


def _perm_entry(feat: Featurizer, f: str) -> object:
    return feat._perm_words.get(feat._perm_table[0][feat._parts[f]])


# words written for these tests: common words, hamza and taa marbuta forms, a clitic, a digit and Latin
_WORDS = ("قال", "المتحدث", "أعلنت", "الحكومة", "مدينة", "وزارة", "الدفاع", "الطائرات", "قصفت", "إلى", "أن",
          "بالقرب", "من", "الحدود", "الشرقية", "للبلاد", "25", "ISIS", "زخرفيستان", "وبغداد", "حلب")


def test_a_common_form_is_found_in_the_permanent_region(tagger):
    feat = _fresh(tagger)
    forms = set(_perm_forms(feat))
    assert len(forms) > 20_000
    form = next(f for f in ("الحكومة", "الحكومه", "مدينة", "مدينه") if f in forms)
    assert feat._word(form) is _perm_entry(feat, form)
    # and its slot is filled already: scoring it fills nothing
    used = feat._slots.used
    feat.scores([[feat._word(form)]])
    assert feat._slots.used == used


def test_permanent_entries_are_the_featurized_ones(tagger):
    """Each token, found in the permanent region or not, gets the entry `_features` makes without it (the
    same rows, neighbour rows, stem and gazetteer starts); a token that folds to a permanent form takes that
    form's entry only when its surface and shape give the same rows."""
    feat = _fresh(tagger)
    plain = _fresh(tagger)
    plain._perm_table = (array("i", [-1]) * len(plain._parts), *plain._perm_table[1:])
    rng = random.Random(18)
    forms = rng.sample(_perm_forms(feat), 300)
    taken = 0
    for tok in (*_WORDS, *forms):
        got, want = feat._features(tok), plain._features(tok)
        assert got[:5] == want[:5], tok
        f = fold_token(tok, feat._table)
        taken += f in feat._parts and got is _perm_entry(feat, f)
    assert taken >= 300


def test_scores_survive_generations_around_the_permanent_region(tagger):
    """Room for 7 words past the permanent region: the young slots start over again and again and a
    document of more words widens them; the permanent words keep theirs (renumbered). The scores stay the
    strings' sums."""
    import numpy as np

    feat = _fresh(tagger, cap=7)
    rng = random.Random(5)
    perm = rng.sample(_perm_forms(feat), 40)
    # invented words, none of the lexicon's: they take the young slots
    vocab = [*_WORDS, *perm, *("زخرفي" + c for c in "ابتثجحخدذرزسشصضطظعغفقكلمنهوي")]
    for _ in range(40):
        n = rng.choice([1, 3, 12, 30])
        parts = [[feat._word(rng.choice(vocab)) for _ in range(n)] for _ in range(rng.randint(1, 3))]
        assert np.array_equal(feat.scores(parts), ner_string_sums(feat, parts))
    sl = feat._slots
    assert sl.base > 0 and sl.perm == len(feat._perm_table[3])
    assert all(sl.base <= feat._word(f)[5][0] < sl.base + sl.perm for f in perm)


def test_featurizers_do_not_share_permanent_slots(tagger):
    """Two featurizers from the same cached tables number their slots on their own."""
    a, b = _fresh(tagger, cap=7), _fresh(tagger)
    form = _perm_forms(a)[0]
    assert a._word(form)[5] is not b._word(form)[5]
    for _ in range(5):  # `a` starts new generations; `b`'s numbers stay
        a.scores([[a._word(w) for w in _WORDS]])
    assert b._word(form)[5][0] < b._slots.perm
