"""Round 11, speed of the recogniser: the document's state scores are gathered with numpy from per-word slots
(`features._Slots`), the gazetteer tags of a document are laid out from those slots, and the bigrams are looked
up as pairs of ids. Each must give what the attribute strings give, to the bit, and the tags CRFsuite gives."""

from __future__ import annotations

import random

import pytest

from marsad.ner.features import _WINDOW, Featurizer, Word, _Slots
from marsad.ner.tagger import Tagger, sentences
from tests.conftest import ner_string_sums


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    t = Tagger.load()
    assert t.use_decoder(), "numpy is installed with the dev extras: the decoder should be on"
    return t


# sentences written for these tests: names, places of several words, clitics, digits, Latin, punctuation
_TEXT = (
    "أعلنت وزارة الدفاع الروسية أن طائراتها قصفت مواقع في ريف إدلب الجنوبي وريف حماة الشمالي . "
    "وقال المتحدث باسم الأمم المتحدة ستيفان دوجاريك إن 25 مدنيا قتلوا في دير الزور والرقة منذ أمس ؟ "
    "التقى وزير الخارجية الأمريكي مايك بومبيو نظيره التركي مولود جاويش أوغلو في واشنطن وبحثا الوضع في سوريا . "
    "نفت قوات سوريا الديمقراطية قسد و ISIS ما نشرته وكالة الأنباء السعودية عن معارك في البوكمال ، "
    "وأكد مصدر في الجيش الحر أن فصائل المعارضة استعادت مدينة جسر الشغور ١٢ ساعة بعد الهجوم"
)


def _vocab(feat: Featurizer) -> list[str]:
    """The test text's words, and words of the model's own multi-word gazetteer entries and bigrams, so that
    random sequences hold entries of several words, overlapping entries and bigrams the model weighs."""
    words = _TEXT.split()
    rng = random.Random(11)
    entries = sorted(k for k in feat.lex.gazetteer if 2 <= len(k) <= 4)
    for k in rng.sample(entries, 40):
        words.extend(k)
    pairs = sorted(p for pairs in feat._bg_ids.values() for p in _pairs(feat, pairs))
    for a, b in rng.sample(pairs, 40):
        words.extend((a, b))
    return words


def _pairs(feat: Featurizer, ids: tuple) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    first_id, second_id, keys, _rows = ids
    firsts = {v: k for k, v in first_id.items()}
    seconds = {v: k for k, v in second_id.items()}
    n = len(second_id)
    return [(firsts[int(x) // n], seconds[int(x) % n]) for x in keys]


def _random_parts(feat: Featurizer, rng: random.Random, vocab: list[str]) -> list[list[Word]]:
    """Parts of 0 to 30 words; one in three words starts a run of the vocabulary's own order (whole entries,
    their heads and tails, entries next to one another)."""
    parts = []
    for _ in range(rng.randint(1, 8)):
        n = rng.choice([0, 1, 2, 3, rng.randint(4, 30)])
        toks: list[str] = []
        while len(toks) < n:
            i = rng.randrange(len(vocab))
            toks.extend(vocab[i : i + rng.randint(1, 5)] if rng.random() < 0.33 else [vocab[i]])
        parts.append([feat._word(t) for t in toks[:n]])
    return parts


def test_document_scores_are_the_sums_of_the_attribute_strings(tagger):
    import numpy as np

    feat = tagger.featurizer
    vocab = _vocab(feat)
    rng = random.Random(3)
    for _ in range(60):
        parts = _random_parts(feat, rng, vocab)
        got = feat.scores(parts)
        assert np.array_equal(got, ner_string_sums(feat, parts)), [[w[2] for w in p] for p in parts]


def test_scores_survive_new_slot_generations(tagger):
    """With room for 7 words the slots start over again and again, and a document of more words than that
    widens them; words kept from an older generation get new slots. The scores stay the strings' sums."""
    import numpy as np

    feat = tagger.featurizer.with_weights(tagger.weights)
    feat._slots = _Slots(len(tagger.weights.labels), cap=7)
    vocab = _vocab(feat)
    rng = random.Random(5)
    kept = [[feat._word(w) for w in vocab[:12]]]
    for i in range(40):
        parts = _random_parts(feat, rng, vocab) if i % 5 else kept
        assert np.array_equal(feat.scores(parts), ner_string_sums(feat, parts))
    assert feat._slots.base > 0 and feat._slots.cap >= 12


def test_document_gazetteer_tags_are_the_sentence_walks(tagger):
    """`_gaz_doc` (one pass over a document, Python only where an entry of several words can start) gives
    `_gaz_tags` of each part."""
    import numpy as np

    feat = tagger.featurizer
    vocab = _vocab(feat)
    rng = random.Random(9)
    names = {v: k for k, v in feat._gaz_label.items()}
    checked = 0
    for _ in range(150):
        parts = _random_parts(feat, rng, vocab)
        ws = [w for p in parts for w in p]
        if not ws:
            continue
        lengths = np.array([len(p) for p in parts])
        size = np.repeat(lengths, lengths)
        k = np.arange(len(ws)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        got = feat._gaz_doc(ws, feat._slots_of(ws), k, size)
        got_tags = [None] * len(ws) if got is None else [
            None if t < 0 else ("B-" if t % 2 == 0 else "I-") + names[t // 2] for t in got.tolist()
        ]
        want = [t for p in parts for t in feat._gaz_tags([w[2] for w in p], [w[4] for w in p])]
        assert got_tags == want, [[w[2] for w in p] for p in parts]
        checked += sum(t is not None and t.startswith("I-") for t in want)
    assert checked > 10  # entries of several words were among them


def test_a_words_neighbour_tables_are_in_window_order(tagger):
    """`_fill` reads a word's neighbour tables in the order of the dict (`_WINDOW`'s): both featurizers build
    them so, and a word converted from the strings' cache keeps it."""
    feat = tagger.featurizer
    for tok in _TEXT.split():
        assert list(feat._word(tok)[1]) == list(_WINDOW)
    t = Tagger.load()
    assert t.weights is None
    t.tag_document([_TEXT.split()])
    assert t.use_decoder()
    for tok in _TEXT.split():
        assert list(t.featurizer._word(tok)[1]) == list(_WINDOW)


def test_numpy_document_tags_are_crfsuites(tagger):
    """Random documents of the test words, tagged by the decoder and by CRFsuite from the strings."""
    from tests.test_ner import _crfsuite_tagger

    ref = _crfsuite_tagger()
    vocab = _vocab(tagger.featurizer)
    rng = random.Random(13)
    for _ in range(20):
        doc = [[rng.choice(vocab) for _ in range(rng.choice([0, 1, 2, rng.randint(3, 40)]))] for _ in range(6)]
        assert tagger.tag_document(doc) == ref.tag_document(doc)
    sents = [[_TEXT[a:b] for a, b in s] for s in sentences(_TEXT)]
    assert tagger.tag_document(sents) == ref.tag_document(sents)


def test_words_are_the_cached_entries_across_flushes(monkeypatch):
    """`Featurizer.words` (the young generation looked up with one `map`) gives each token the entry `_word`
    gives, also when the word cache turns over generations in the middle of a sentence."""
    from marsad.ner import features

    t = Tagger.load()
    feat = t.featurizer
    monkeypatch.setattr(features, "CACHE_LIMIT", 8)
    toks = _TEXT.split()
    for _ in range(3):
        got = feat.words(toks)
        assert [g[:5] for g in got] == [feat._features(x)[:5] for x in toks]
        assert all(g is feat._word(x) or g[:5] == feat._word(x)[:5] for g, x in zip(got, toks, strict=True))
    assert len(feat._cache) <= 4 + 1


def test_documents_with_blank_tokens_tag_as_before(tagger):
    """A sentence with a blank token takes the word-by-word path (the blank featurized as "_"); the others the
    `words` path: the tags are CRFsuite's either way."""
    from tests.test_ner import _crfsuite_tagger

    ref = _crfsuite_tagger()
    doc = [["قال", "", "المتحدث", " ", "باسم", "الجيش"], _TEXT.split()[:20], ["\t", "دمشق"]]
    assert tagger.tag_document(doc) == ref.tag_document(doc)


def _same_tables(a: dict, b: dict) -> bool:  # type: ignore[type-arg]
    import numpy as np

    def same(x: object, y: object) -> bool:
        if isinstance(x, np.ndarray):
            return isinstance(y, np.ndarray) and x.dtype == y.dtype and np.array_equal(x, y)
        if isinstance(x, dict):
            return isinstance(y, dict) and x.keys() == y.keys() and all(same(x[k], y[k]) for k in x)
        if isinstance(x, (list, tuple)):
            return type(x) is type(y) and len(x) == len(y) and all(map(same, x, y))  # type: ignore[arg-type]
        return x == y

    return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)


def test_decoder_tables_read_from_the_index_cache_are_the_built_ones(tmp_path, monkeypatch):
    """The decoder's weights and row tables of a loaded model are stored in the index cache by the first
    process that switches and read back by the next: the same tables, the same tags."""
    from marsad.ner.tagger import default_model_path
    from tests.test_ner import _crfsuite_tagger

    monkeypatch.setenv("MARSAD_CACHE", str(tmp_path))
    built = Tagger.load()
    assert built.use_decoder()
    assert list(tmp_path.glob("ner-decoder-*.pickle"))
    read = Tagger.load()
    assert read._digest and read.use_decoder()
    assert _same_tables(read.featurizer.row_tables(), built.featurizer.row_tables())
    assert read.weights.attr_id == built.weights.attr_id and read.weights.labels == built.weights.labels
    fresh = _crfsuite_tagger()  # no digest: builds its own
    assert not fresh._digest and fresh.use_decoder()
    assert _same_tables(fresh.featurizer.row_tables(), read.featurizer.row_tables())
    sents = [[_TEXT[a:b] for a, b in s] for s in sentences(_TEXT)]
    assert read.tag_document(sents) == built.tag_document(sents) == Tagger.load(default_model_path()).tag_document(
        sents)
