"""Speed round 13, the recogniser's new words: what a word's rows take from its folded form alone (all but its
surface and shape attributes) is made once per form, for the whole clusters' vocabulary, with the decoder's
tables (`Featurizer._parts`, kept in the index cache with them). A word built from its form's part must be the
word built in full, and the rows of the attribute strings CRFsuite is given."""

from __future__ import annotations

import random

import pytest

from marsad.ner.features import Featurizer
from marsad.ner.tagger import Tagger


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    t = Tagger.load()
    assert t.use_decoder(), "numpy is installed with the dev extras: the decoder should be on"
    return t


def _surfaces(feat: Featurizer) -> list[str]:
    """Cluster words as written and with what news adds to them (a conjunction, a preposition, the article,
    hamza and ta marbuta forms the folding unifies, digits, Latin), and words of my own no cluster knows."""
    rng = random.Random(13)
    forms = rng.sample(sorted(feat.lex.clusters), 1500)
    out = list(forms)
    for f in forms[:300]:
        out += ["و" + f, "ب" + f, "وال" + f, "لل" + f, f.replace("ا", "أ", 1), f.replace("ه", "ة", 1) if
                f.endswith("ه") else f + "ة", f + "2019"]
    out += ["مسيّرات", "الإثنين", "ق.س.د", "ISIS", "YPG-", "١٢", "25", "،", "«", "وقسد", "كالبوكمال", "فللمدنيين",
            "والجولاني", "بتدمر", "أبو", "اللاذقية", "x"]
    return out


def test_the_parts_cover_the_clusters_vocabulary(tagger):
    feat = tagger.featurizer
    assert feat._parts.keys() == feat.lex.clusters.keys()


def test_a_word_built_from_its_forms_part_is_the_word_built_in_full(tagger, monkeypatch):
    feat = tagger.featurizer
    full = Featurizer(feat.lex, feat.active, None).with_weights(tagger.weights)
    full._parts = {}  # every word featurized in full
    words = _surfaces(feat)
    built = [feat._features(w) for w in words]
    assert [full._features(w)[:5] for w in words] == [w[:5] for w in built]
    # and a word whose form has a part is not featurized again
    known = sorted(feat.lex.clusters)[:300]
    want = [full._features(w)[:5] for w in known]
    monkeypatch.setattr(Featurizer, "_form_part", lambda *a: pytest.fail("a part made again"))
    assert [feat._features(w)[:5] for w in known] == want


def test_rows_from_parts_are_the_rows_of_the_attribute_strings(tagger):
    feat = tagger.featurizer
    strings = Featurizer(feat.lex, feat.active, None)
    ids = tagger.weights.attr_id
    for tok in _surfaces(feat)[::7]:
        want = strings._features(tok)
        got = feat._features(tok)
        assert got[0] == [ids[a] for a in want[0]], tok
        assert got[1] == {o: tuple(ids[a] for a in v) for o, v in want[1].items()}, tok
        assert got[2:5] == want[2:5], tok
