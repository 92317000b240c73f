"""`marsad train ner`: train the CRF tagger on the public corpora and write the model file.

    marsad train ner --data /work/shared/data --ant-all-articles   # full training: the shipped model
    marsad train ner --data DIR --self-train 2 --out st.zip   # with two rounds of self-training (README)
    marsad train ner --data DIR --out model.zip --sample 300 --iterations 20   # a quick run
    marsad train ner --data DIR --stack --dev --out stack.zip   # also the stacked network (torch; see README)

The steps: read the corpora (`marsad.ner.corpora`), drop every sentence that repeats text of the ANERcorp
CAMeL test split, learn word clusters from the unlabelled ANT corpus (`marsad.ner.clusters`, reserved
articles left out unless `--ant-all-articles`), freeze the gazetteer from marsad's packs, train a linear-chain
CRF with L-BFGS (python-crfsuite), optionally self-train (`marsad.ner.selftrain`: the CRF tags unlabelled ANT
articles, its confident sentences join the training data, and it is trained again), score it on the test
split (tagged as one stream with `Tagger.tag_document`, so names propagate between nearby sentences), and
write one zip file: `crf.bin` (the CRFsuite model), `lexicon.json` and `manifest.json` (data files with
sha256, seed, feature version, parameters, scores, timings), `attributes.json` (the attributes that carry
a weight: the tagger drops every other feature before CRFsuite sees it).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import tempfile
import time
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from marsad.ner import corpora
from marsad.ner.conll import Score
from marsad.ner.features import FEATURE_VERSION, Featurizer, Lexicon, current_charmap

MODEL_FORMAT = "marsad-ner-crf/1"
DEFAULT_CORPORA = ("anercorp",)


@dataclass
class TrainConfig:
    data: Path
    out: Path
    corpora: Sequence[str] = DEFAULT_CORPORA
    seed: int = 13
    c1: float = 0.05
    c2: float = 0.05
    iterations: int = 150
    min_freq: int = 1
    clusters: bool = True
    #: keep only this many sentences per corpus (tests and quick runs); 0 = all
    sample: int = 0
    #: hold out the last tenth of ANERcorp-train as a development set and score on it too
    dev: bool = False
    #: also train the stacked network (`marsad.ner.stack`) over the CRF's marginals; needs torch
    stack: bool = False
    stack_epochs: int = 12
    stack_folds: int = 4
    #: self-training (`marsad.ner.selftrain`): rounds of tagging unlabelled ANT articles and retraining on
    #: ANERcorp plus the confident silver sentences; 0 = off
    selftrain_rounds: int = 0
    #: ANT articles tagged per round (drawn with the seed; reserved articles never), 0 = all
    selftrain_docs: int = 3000
    #: a silver sentence is kept when every token's CRF marginal of its Viterbi label is at least this
    selftrain_threshold: float = 0.7
    #: at most this many silver tokens per round, drawn in a seeded random order (0 = no cap)
    selftrain_tokens: int = 110_000
    #: the word vectors leave out the reserved ANT articles (`marsad.ner.ant`), as self-training does;
    #: False (`--ant-all-articles`) rebuilds the models made before, whose vectors read every article
    ant_reserved_out: bool = True
    log: Callable[[str], None] = field(default=lambda _m: None)


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def load_training_data(
    cfg: TrainConfig,
) -> tuple[list[corpora.Sentence], list[corpora.Sentence], list[corpora.Sentence], dict]:
    """(train, dev, test, report). Every training sentence passes `assert_no_leak` against the test split."""
    test = corpora.load_anercorp_test(cfg.data)
    shingles = corpora.test_shingles(test)
    train: list[corpora.Sentence] = []
    dev: list[corpora.Sentence] = []
    report: dict = {}
    rng = random.Random(cfg.seed)
    for name in cfg.corpora:
        sents = corpora.LOADERS[name](cfg.data)
        kept, dropped = corpora.drop_test_overlap(sents, shingles)
        if name == "anercorp" and cfg.dev:
            cut = len(kept) * 9 // 10
            kept, dev = kept[:cut], kept[cut:]
        if cfg.sample:
            kept = rng.sample(kept, min(cfg.sample, len(kept)))
        report[name] = {"sentences": len(kept), "tokens": sum(map(len, kept)), "dropped_as_test_overlap": dropped}
        train.extend(kept)
    if dev:
        dev_shingles = corpora.test_shingles(dev)
        before = len(train)
        train = [s for s in train if s in dev or not corpora._overlaps(s, dev_shingles, corpora.LEAK_CHARS)]
        report["dropped_as_dev_overlap"] = before - len(train)
    corpora.assert_no_leak(train, test)
    return train, dev, test, report


def build_lexicon(cfg: TrainConfig) -> tuple[Lexicon, dict, tuple | None]:  # type: ignore[type-arg]
    """The frozen lexicon, a report on it, and the ANT word vectors (`clusters.embed`) when they were made."""
    from marsad.ner.lexicon import pack_gazetteer

    gaz, words = pack_gazetteer()
    info: dict = {"gazetteer_entries": len(gaz), "lexicon_words": len(words)}
    lexicon = Lexicon(gaz, words, {}, current_charmap())
    vectors = None
    if cfg.clusters:
        from marsad.ner import clusters as cl

        files = cl.ant_files(cfg.data)
        t = time.time()
        from marsad.ner import ant

        gold = ant.gold_docnos() if cfg.ant_reserved_out else None
        vectors = cl.embed(files, log=cfg.log, gold=gold)
        classes = cl.learn_word_classes(files, seed=cfg.seed, log=cfg.log, vectors=vectors)
        lexicon.clusters, lexicon.paths, lexicon.signs = classes.clusters, classes.paths, classes.signs
        info["clusters"] = {
            "words": len(classes.clusters),
            "granularities": list(cl.GRANULARITIES),
            "dim": cl.DIM,
            "bit_strings": {"words": len(classes.paths), "depth": cl.PATH_DEPTH, "min_size": cl.PATH_MIN_SIZE},
            "signs": len(classes.signs),
            "seconds": round(time.time() - t, 1),
            "files": {str(f.relative_to(cfg.data)): sha256_file(f) for f in files},
            "reserved_articles_left_out": cfg.ant_reserved_out,
            "gold_docnos_left_out": len(gold or ()),
        }
    return lexicon, info, vectors


def score(tag_doc: Callable[[list[list[str]]], list[list[str]]], sents: Sequence[corpora.Sentence]) -> Score:
    """CoNLL score of `tag_doc` (a `Tagger.tag_document`) over `sents` taken as one stream."""
    sc = Score()
    for s, tags in zip(sents, tag_doc([[t for t, _ in s] for s in sents]), strict=True):
        sc.add([g for _, g in s], tags)
    return sc


def train(cfg: TrainConfig) -> dict:
    t0 = time.time()
    train_sents, dev, test, data_report = load_training_data(cfg)
    cfg.log(f"training data: {sum(map(len, train_sents))} tokens in {len(train_sents)} sentences")
    if cfg.stack and not cfg.clusters:
        raise ValueError("the stacked network reads the ANT word vectors: it needs the clusters step")
    lexicon, lex_info, vectors = build_lexicon(cfg)
    feat = Featurizer(lexicon)
    xseqs = [feat.sentence([t for t, _ in s]) for s in train_sents]
    yseqs = [[g for _, g in s] for s in train_sents]
    crf_params = {
        "c1": cfg.c1,
        "c2": cfg.c2,
        "max_iterations": cfg.iterations,
        "feature.minfreq": cfg.min_freq,
        "feature.possible_transitions": True,
    }
    t1 = time.time()
    crf_bytes = fit_crf(xseqs, yseqs, crf_params)
    t2 = time.time()
    cfg.log(f"CRF trained in {t2 - t1:.0f}s")
    from marsad.ner.tagger import PROP_MAX_LEN, PROP_MIN_STEM, PROP_WINDOW, Tagger

    tagger = Tagger.from_parts(crf_bytes, lexicon, {})
    selftrain_report: dict = {}
    if cfg.selftrain_rounds:
        # the CRF before self-training, scored as the final one is: the gain is read off one run
        before = {"test_anercorp_camel": score(tagger.tag_document, test).as_dict()}
        if dev:
            before["dev"] = score(tagger.tag_document, dev).as_dict()
        crf_bytes, selftrain_report = _self_train(cfg, feat, xseqs, yseqs, crf_params, tagger, lexicon, dev, test)
        selftrain_report = {"before": before, **selftrain_report}
        tagger = Tagger.from_parts(crf_bytes, lexicon, {})
        t2 = time.time()
    scores = {"test_anercorp_camel": score(tagger.tag_document, test).as_dict()}
    if dev:
        scores["dev"] = score(tagger.tag_document, dev).as_dict()
    stack_parts = None
    stack_report: dict = {}
    if cfg.stack:
        stack_parts, stack_report = _train_stack(cfg, train_sents, xseqs, yseqs, crf_params, tagger, lexicon, vectors)
        scores["crf_only"] = dict(scores)
        tagger = Tagger.from_parts(crf_bytes, lexicon, {}, tagger.attributes, None, stack_parts[2])
        scores["test_anercorp_camel"] = score(tagger.tag_document, test).as_dict()
        if dev:
            scores["dev"] = score(tagger.tag_document, dev).as_dict()
    t3 = time.time()
    files = {}
    for name in (*cfg.corpora, "test"):
        for f in corpora.corpus_files(cfg.data, name):
            files[str(f.relative_to(cfg.data))] = sha256_file(f)
    manifest = {
        "format": MODEL_FORMAT,
        "model": (
            "linear-chain CRF (CRFsuite, L-BFGS), a dilated CNN-CRF over its marginals (numpy), then names "
            "propagated within a document"
            if cfg.stack
            else "linear-chain CRF (CRFsuite, L-BFGS), then names propagated within a document"
        ),
        "feature_version": FEATURE_VERSION,
        "labels": sorted(tagger.labels),
        "seed": cfg.seed,
        "params": {
            "c1": cfg.c1,
            "c2": cfg.c2,
            "iterations": cfg.iterations,
            "min_freq": cfg.min_freq,
            "corpora": list(cfg.corpora),
            "sample": cfg.sample,
            "dev_held_out": cfg.dev,
            "clusters": cfg.clusters,
            "ant_reserved_out": cfg.ant_reserved_out,
            "stack": cfg.stack,
            "stack_epochs": cfg.stack_epochs if cfg.stack else None,
            "stack_folds": cfg.stack_folds if cfg.stack else None,
            "selftrain_rounds": cfg.selftrain_rounds,
            **(
                {
                    "selftrain_docs": cfg.selftrain_docs,
                    "selftrain_threshold": cfg.selftrain_threshold,
                    "selftrain_tokens": cfg.selftrain_tokens,
                }
                if cfg.selftrain_rounds
                else {}
            ),
        },
        # scores are of `Tagger.tag_document`: the test split is one stream, each sentence's document is
        # the sentences within this window around it
        "propagation": {"window": PROP_WINDOW, "min_stem": PROP_MIN_STEM, "max_len": PROP_MAX_LEN},
        "data": data_report,
        "data_files": files,
        "lexicon": lex_info,
        "scores": scores,
        "seconds": {
            "data_and_lexicon": round(t1 - t0, 1),
            "crf": round(t2 - t1, 1),
            "stack": round(t3 - t2, 1),
            "total": round(time.time() - t0, 1),
        },
        "stack": stack_report,
        "selftrain": selftrain_report,
        "licence": "CC BY-SA 4.0 (derived from ANERcorp, AQMAR and NewsFANE Gold, which are share-alike)",
    }
    write_model(cfg.out, crf_bytes, lexicon, manifest, tagger.attributes, stack_parts[:2] if stack_parts else None)
    return manifest


def fit_crf(xseqs: Sequence[list[list[str]]], yseqs: Sequence[list[str]], params: dict) -> bytes:
    """The CRFsuite model (L-BFGS) trained on these feature and label sequences, as bytes."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for x, y in zip(xseqs, yseqs, strict=True):
        trainer.append(x, y)
    trainer.select("lbfgs")
    trainer.set_params(params)
    with tempfile.TemporaryDirectory() as tmp:
        crf_path = Path(tmp) / "crf.bin"
        trainer.train(str(crf_path))
        return crf_path.read_bytes()


def _self_train(
    cfg: TrainConfig,
    feat: Featurizer,
    xseqs: list[list[list[str]]],
    yseqs: list[list[str]],
    crf_params: dict,
    tagger: object,
    lexicon: Lexicon,
    dev: list[corpora.Sentence],
    test: list[corpora.Sentence],
) -> tuple[bytes, dict]:
    """Rounds of self-training (`marsad.ner.selftrain`): the current CRF tags unlabelled ANT articles, its
    confident sentences join the labelled ones, and a new CRF is trained on both; its bytes and a report.
    Silver text that repeats the test split (or the held-out dev tenth) is dropped like labelled text."""
    from marsad.ner import ant, selftrain
    from marsad.ner.tagger import Tagger

    t = time.time()
    gold = ant.gold_docnos()
    docs = selftrain.ant_documents(cfg.data, gold)
    shingles = corpora.test_shingles(test)
    dev_shingles = corpora.test_shingles(dev) if dev else set()
    report: dict = {
        "articles_usable": len(docs),
        "gold_docnos_excluded": len(gold),
        "files": {str(f.relative_to(cfg.data)): sha256_file(f) for f in selftrain.ant_files(cfg.data)},
        "rounds": [],
    }
    crf_bytes = b""
    for r in range(cfg.selftrain_rounds):
        # each round tags a fresh draw of articles, so that the rounds do not only relabel the same text
        sample = selftrain.sample_documents(docs, cfg.selftrain_docs, cfg.seed + r)
        silver = list(selftrain.tag_documents(tagger, sample))
        sel = selftrain.select(
            silver, threshold=cfg.selftrain_threshold, max_tokens=cfg.selftrain_tokens, seed=cfg.seed
        )
        sel, dropped = corpora.drop_test_overlap(sel, shingles)
        if dev_shingles:
            sel, dropped_dev = corpora.drop_test_overlap(sel, dev_shingles)
        else:
            dropped_dev = 0
        corpora.assert_no_leak(sel, test)
        x = xseqs + [feat.sentence([tok for tok, _ in s]) for s in sel]
        y = yseqs + [[g for _, g in s] for s in sel]
        crf_bytes = fit_crf(x, y, crf_params)
        tagger = Tagger.from_parts(crf_bytes, lexicon, {})
        rep = {
            "articles": len(sample),
            "sentences_tagged": len(silver),
            "silver_sentences": len(sel),
            "silver_tokens": sum(map(len, sel)),
            "dropped_as_test_overlap": dropped,
            "dropped_as_dev_overlap": dropped_dev,
            "seconds": round(time.time() - t, 1),
        }
        if dev:
            rep["dev"] = score(tagger.tag_document, dev).as_dict()["f1"]
        report["rounds"].append(rep)
        cfg.log(f"self-training round {r + 1}: {rep}")
        t = time.time()
    return crf_bytes, report


def _train_stack(
    cfg: TrainConfig,
    train_sents: list[corpora.Sentence],
    xseqs: list[list[list[str]]],
    yseqs: list[list[str]],
    crf_params: dict,
    tagger: object,
    lexicon: Lexicon,
    vectors: tuple,  # type: ignore[type-arg]
) -> tuple[tuple, dict]:  # type: ignore[type-arg]
    """(spec JSON, npz bytes, Stack) of the stacked network, and its training report."""
    import numpy as np

    from marsad.ner import stack_train
    from marsad.ner.stack import Stack

    t = time.time()
    labels = sorted(tagger.labels)  # type: ignore[attr-defined]
    margs = stack_train.fold_marginals(xseqs, yseqs, labels, crf_params, cfg.stack_folds, cfg.log)
    t_folds = time.time() - t
    words, emb = vectors
    spec, arrays, report = stack_train.train_stack(
        train_sents,
        margs,
        labels,
        lexicon,
        words,
        emb.astype(np.float32),
        seed=cfg.seed,
        epochs=cfg.stack_epochs,
        log=cfg.log,
    )
    report["fold_crf_seconds"] = round(t_folds, 1)
    buf = io.BytesIO()
    np.savez_compressed(buf, **arrays)
    return (spec.to_json(), buf.getvalue(), Stack(spec, arrays, lexicon)), report


def write_model(
    path: Path,
    crf_bytes: bytes,
    lexicon: Lexicon,
    manifest: dict,
    attributes: list[str],
    stack: tuple[dict, bytes] | None = None,
) -> None:
    """One zip file, written atomically, with fixed timestamps so that equal models are equal bytes."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    manifest = {**manifest, "crf_sha256": hashlib.sha256(crf_bytes).hexdigest()}
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, data in (
            ("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1).encode()),
            ("lexicon.json", json.dumps(lexicon.to_json(), ensure_ascii=False, separators=(",", ":")).encode()),
            ("crf.bin", crf_bytes),
            ("attributes.json", json.dumps(attributes, ensure_ascii=False, separators=(",", ":")).encode()),
            *(
                [
                    ("stack.json", json.dumps(stack[0], ensure_ascii=False, separators=(",", ":")).encode()),
                    ("stack.npz", stack[1]),
                ]
                if stack
                else []
            ),
        ):
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(buf.getvalue())
        os.chmod(tmp, 0o644)  # mkstemp makes it private; a model is a package file
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
