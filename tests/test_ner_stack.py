"""The stacked neural tagger (`marsad.ner.stack`): the numpy forward pass and Viterbi (no torch needed), and,
where torch is installed, a training run end to end on a small sample whose numpy export tags like torch."""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

import numpy as np
import pytest

from marsad.ner.features import FEATURE_VERSION, Lexicon
from marsad.ner.stack import Stack, StackSpec
from marsad.ner.tagger import Tagger

DATA = Path(os.environ.get("MARSAD_DATA", "/work/shared/data"))

LABELS = ["B-LOC", "B-PER", "I-LOC", "I-PER", "O"]


def tiny_stack(seed: int = 0, hid: int = 8, crf_labels: list[str] | None = None) -> Stack:
    """A network of random weights over a three-word vocabulary."""
    rng = np.random.default_rng(seed)
    crf_labels = crf_labels or LABELS
    spec = StackSpec(
        labels=LABELS,
        crf_labels=crf_labels,
        words=["دمشق", "قال", "محمد"],
        train_words=["دمشق"],
        chars=sorted(set("دمشققالمحمد")),
        shapes=["A", "P"],
        gaz=["O", "B-LOC"],
        clusters=[["a1", "a2"] for _ in range(7)],
        lex_labels=["GIVEN", "ROLE"],
        dilations=[1, 2],
    )
    k, de, nm = len(LABELS), 4, 2 * len(crf_labels) + 1
    din = nm + 6 + 3 + 5 + de * 11

    def r(*shape: int) -> np.ndarray:
        return rng.normal(size=shape).astype(np.float32)

    arrays = {
        "w_emb": r(4, 6),
        "tw_emb": r(2, 3),
        "ch_emb": np.vstack([np.zeros((1, 2), np.float32), r(len(spec.chars) + 2, 2)]),
        "ch_conv_w": r(5, 2, 3),
        "ch_conv_b": r(5),
        "L_emb": r(3, de),
        "inp_w": r(hid, din),
        "inp_b": r(hid),
        "out_w": r(k, hid),
        "out_b": r(k),
        "trans": r(k, k),
        "start": r(k),
        "end": r(k),
        **{f"cat_emb_{i}": r(n, de) for i, n in enumerate([3, 3, 3] + [3] * 7)},
        **{f"conv{i}_w": r(hid, hid, 3) for i in range(2)},
        **{f"conv{i}_b": r(hid) for i in range(2)},
    }
    return Stack(spec, arrays, Lexicon(words={"محمد": "GIVEN"}, clusters={"دمشق": ["a1"] * 7}))


def brute_force_best(stack: Stack, em: np.ndarray) -> list[str]:
    import itertools

    k = em.shape[1]
    best, arg = -1e30, None
    for path in itertools.product(range(k), repeat=len(em)):
        s = stack.start[path[0]] + stack.end[path[-1]] + sum(em[i, p] for i, p in enumerate(path))
        s += sum(stack.trans[a, b] for a, b in itertools.pairwise(path))
        if s > best:
            best, arg = s, path
    return [LABELS[i] for i in arg]  # type: ignore[union-attr]


def test_viterbi_finds_the_best_path():
    stack = tiny_stack()
    rng = np.random.default_rng(3)
    for n in (1, 2, 4):
        em = rng.normal(size=(n, len(LABELS))).astype(np.float32)
        assert stack.viterbi(em) == brute_force_best(stack, em)
    assert stack.viterbi(np.zeros((0, len(LABELS)), np.float32)) == []


def test_doc_inputs_average_the_other_mentions_within_the_window():
    stack = tiny_stack()
    stack.spec.window = 1
    k = len(LABELS)
    m = [np.full((1, k), v, np.float32) for v in (0.1, 0.3, 0.5, 0.9)]
    # the same stem in four sentences; one short word that never counts
    out = stack.doc_inputs([["حلب"], ["حلب"], ["حلب"], ["حلب"]], m)
    assert out[0].shape == (1, 2 * k + 1)
    np.testing.assert_allclose(out[0][0, :k], 0.1)  # its own marginals first
    np.testing.assert_allclose(out[0][0, k : 2 * k], 0.3, rtol=1e-6)  # sentence 1 only (window 1)
    np.testing.assert_allclose(out[1][0, k : 2 * k], 0.3, rtol=1e-6)  # mean of sentences 0 and 2
    np.testing.assert_allclose(out[1][0, -1], np.log(3), rtol=1e-6)
    np.testing.assert_allclose(out[3][0, k : 2 * k], 0.5, rtol=1e-6)
    short = stack.doc_inputs([["في"], ["في"]], m[:2])
    assert not short[0][0, k:].any()  # stems under three letters have no document memory


def test_emissions_see_neighbours_and_only_them():
    stack = tiny_stack()
    words = ["قال", "محمد", "في", "دمشق", "امس", "و", "حلب"]
    vecs = [stack.word_vector(w, w, w) for w in words]
    mg = np.zeros((len(words), 2 * len(LABELS) + 1), np.float32)
    gaz = [None] * len(words)
    em = stack.emissions(vecs, gaz, mg)
    assert em.shape == (len(words), len(LABELS))
    # dilations 1 and 2 reach 3 tokens on either side: changing the last word leaves the first three alone
    vecs2 = [*vecs[:-1], stack.word_vector("x", "x", "x")]
    em2 = stack.emissions(vecs2, gaz, mg)
    np.testing.assert_allclose(em[:3], em2[:3], rtol=1e-5)
    assert not np.allclose(em[3:], em2[3:])
    # the gazetteer tag and the CRF marginals move the scores
    assert not np.allclose(em, stack.emissions(vecs, ["B-LOC"] * len(words), mg))
    assert not np.allclose(em, stack.emissions(vecs, gaz, mg + 0.5))


def test_word_vectors_are_cached_per_surface_form():
    stack = tiny_stack()
    a = stack.word_vector("محمد", "محمد", "محمد")
    assert stack.word_vector("محمد", "محمد", "محمد") is a
    assert not np.allclose(a, stack.word_vector("دمشق", "دمشق", "دمشق"))


def test_spec_round_trips_and_checks_its_format():
    spec = tiny_stack().spec
    assert StackSpec.from_json(spec.to_json()) == spec
    with pytest.raises(ValueError):
        StackSpec.from_json({**spec.to_json(), "format": "other/9"})


def _small_crf(n: int = 60) -> tuple[bytes, Lexicon, list]:  # type: ignore[type-arg]
    """A CRF trained in seconds on the first sentences of ANERcorp-train, its lexicon and the sentences."""
    import pycrfsuite

    from marsad.ner import corpora
    from marsad.ner.features import Featurizer

    if not (DATA / corpora.ANERCORP_FULL).exists():
        pytest.skip(f"NER corpora not available under {DATA}")
    sents = corpora.load_anercorp_train(DATA)[:n]
    lex = Lexicon(words={"محمد": "GIVEN"})
    feat = Featurizer(lex)
    trainer = pycrfsuite.Trainer(verbose=False)
    for s in sents:
        trainer.append(feat.sentence([t for t, _ in s]), [g for _, g in s])
    trainer.set_params({"max_iterations": 10, "feature.possible_transitions": True})
    with tempfile.TemporaryDirectory() as tmp:
        trainer.train(tmp + "/crf.bin")
        return Path(tmp + "/crf.bin").read_bytes(), lex, sents


def test_a_stacked_model_file_loads_and_tags_without_torch(tmp_path):
    from marsad.ner.train import write_model

    crf_bytes, lex, sents = _small_crf()
    crf = Tagger.from_parts(crf_bytes, lex, {})
    stack = tiny_stack(crf_labels=sorted(crf.labels))
    buf = io.BytesIO()
    np.savez_compressed(buf, **stack.a)
    manifest = {"feature_version": FEATURE_VERSION}
    path = tmp_path / "m.zip"
    write_model(path, crf_bytes, lex, manifest, crf.attributes, (stack.spec.to_json(), buf.getvalue()))
    loaded = Tagger.load(path)
    assert loaded.stack is not None
    docs = [[t for t, _ in s] for s in sents[:10]]
    tags = loaded.tag_document(docs)
    assert [len(t) for t in tags] == [len(d) for d in docs]
    assert all(t == "O" or t[:2] in ("B-", "I-") for ts in tags for t in ts)
    direct = Tagger.from_parts(crf_bytes, lex, {}, crf.attributes, None, stack)
    assert direct.tag_document(docs) == tags
    assert loaded.tag(docs[0]) == direct.tag(docs[0])
    assert loaded.tag([]) == []
    ents = loaded.find_entities("قال محمد في دمشق .\n\nثم عاد محمد .")
    assert all(e.text for e in ents)


def test_stack_trains_end_to_end_and_its_numpy_export_matches_torch():
    pytest.importorskip("torch")
    from marsad.ner import stack_train
    from marsad.ner.features import Featurizer

    crf_bytes, lex, sents = _small_crf(80)
    crf = Tagger.from_parts(crf_bytes, lex, {})
    labels = sorted(crf.labels)
    feat = Featurizer(lex)
    xs = [feat.sentence([t for t, _ in s]) for s in sents]
    ys = [[g for _, g in s] for s in sents]
    params = {"max_iterations": 10, "feature.possible_transitions": True}
    margs = stack_train.fold_marginals(xs, ys, labels, params, 2, lambda _m: None)
    assert [m.shape for m in margs] == [(len(s), len(labels)) for s in sents]
    rng = np.random.default_rng(1)
    words = sorted({t for s in sents for t, _ in s})[:200]
    vecs = rng.normal(size=(len(words), 12)).astype(np.float32)
    runs = []
    for _ in range(2):
        spec, arrays, report = stack_train.train_stack(sents, margs, labels, lex, words, vecs, epochs=1, hid=16)
        assert report["export_checked"]  # train_stack compares the numpy forward pass with torch's
        runs.append(arrays)
    assert all(np.array_equal(runs[0][k], runs[1][k]) for k in runs[0])  # a fixed seed: the same weights
    tagger = Tagger.from_parts(crf_bytes, lex, {}, crf.attributes, None, Stack(spec, arrays, lex))
    assert len(tagger.tag([t for t, _ in sents[0]])) == len(sents[0])
