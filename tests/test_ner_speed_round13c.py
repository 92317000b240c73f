"""Speed round 13c (SP), the recogniser's form parts as columns: the rows of the clusters' 30,000 forms in one
int array with their offsets, the form's number in `Featurizer._parts`, the other fields in lists, and the
neighbour-row tuples shared between forms with the same ones (a tuple and an int array per form took twice the
memory, and the index cache unpickled 60,000 objects at every start). A word built from its form's part must
still be the word built in full (tests/test_ner_speed_round13.py); here the layout and the read-back."""

from __future__ import annotations

import itertools
from array import array

import pytest

from marsad.ner.features import ROW_TABLES, Featurizer, _stem_of, variants
from marsad.ner.tagger import Tagger


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    t = Tagger.load()
    assert t.use_decoder(), "numpy is installed with the dev extras: the decoder should be on"
    return t


def test_the_parts_are_columns_with_one_array_of_rows(tagger):
    feat = tagger.featurizer
    offsets, rows, heads, sts, hit_fs, hit_sts, hits, gss = feat._part_table
    n = len(feat._parts)
    assert sorted(feat._parts.values()) == list(range(n))
    assert isinstance(rows, array) and isinstance(offsets, array) and isinstance(heads, array)
    assert len(offsets) == n + 1 and offsets[0] == 0 and offsets[-1] == len(rows)
    assert all(a <= b for a, b in itertools.pairwise(offsets))
    assert len(sts) == len(hit_fs) == len(hit_sts) == len(hits) == len(gss) == n
    # forms with the same neighbour rows share one tuple: far fewer tuples than forms
    assert len({id(h) for h in hits}) < n // 2
    assert "_part_table" in ROW_TABLES  # kept in the index cache with the other tables


def test_a_part_read_back_is_the_part_made_for_the_form(tagger):
    feat = tagger.featurizer
    offsets, rows, heads, sts, hit_fs, hit_sts, hits, gss = feat._part_table
    forms = sorted(feat._parts)
    for f in [*forms[::max(1, len(forms) // 700)], "الجيش", "قسد", "والفصايل"]:
        k = feat._parts.get(f)
        if k is None:
            continue
        vs = variants(f)
        st, want_rows, n_head, hit_f, hit_st, want_hits, gs = feat._form_part(f, vs, _stem_of(vs))
        assert list(rows[offsets[k]:offsets[k + 1]]) == list(want_rows)
        assert (sts[k], heads[k], hit_fs[k], hit_sts[k], hits[k], gss[k]) == (st, n_head, hit_f, hit_st,
                                                                               want_hits, gs)


def test_a_featurizer_with_other_weights_reads_the_same_columns(tagger):
    feat = tagger.featurizer
    other = feat.with_weights(tagger.weights, feat.row_tables())
    assert other._part_table is feat._part_table
    words = [*sorted(feat._parts)[:200], "وقسد", "بتدمر", "x"]
    full = Featurizer(feat.lex, feat.active, None).with_weights(tagger.weights)
    full._parts = {}  # every word featurized in full
    assert [other._features(w)[:5] for w in words] == [full._features(w)[:5] for w in words]
