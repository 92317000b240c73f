"""Tagging with the shipped NER model: `tag(tokens)` for token lists, `find_entities(text)` for raw text.

    >>> from marsad.ner import find_entities
    >>> find_entities("قال الرئيس السوري بشار الأسد في دمشق")
    [Entity(start=18, end=27, type='PER', text='بشار الأسد'), Entity(start=31, end=35, type='LOC', text='دمشق')]

The model is `marsad/data/models/ner-crf.zip` (see its README); `MARSAD_NER_MODEL` points elsewhere.
A missing or unreadable model raises `NerModelError`, whose message says how to rebuild it.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import struct
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from marsad import index_cache
from marsad.errors import MarsadError
from marsad.ner.conll import chunks
from marsad.ner.features import FEATURE_VERSION, Featurizer, Lexicon, Word

if TYPE_CHECKING:
    import numpy as np

    from marsad.ner.stack import Stack
    from marsad.ner.viterbi import Weights

MODEL_NAME = "ner-crf.zip"
#: the code whose change changes what `Tagger.load` stores in the index cache
_CODE = index_cache.code_files("ner/tagger", "ner/features", "ner/stack", "ner/viterbi")
REBUILD = (
    "Rebuild it with `marsad train ner --data DATA_DIR` (DATA_DIR holds ner-anercorp/, ner-aqmar/, "
    "ner-newsfane-gold/, ner-wojood-sample/ and news-ant-corpus-multisource/), or reinstall marsad"
)
#: sentences longer than this are tagged in pieces (CRFsuite's Viterbi is linear, this only bounds memory)
MAX_TOKENS = 400
#: tokens a loaded tagger tags with CRFsuite before it turns the numpy decoder on (`Tagger.use_decoder`):
#: importing numpy and reading the weights and the featurizer's row tables back from the index cache cost
#: ~0.095 s CPU (0.14 s when the tables were built in every process), and CRFsuite costs ~27–40 µs a token more
#: than the decoder on unseen news text (a new word's attribute strings are built, then looked up again by
#: CRFsuite; the decoder's document scores are gathered with numpy), so the switch pays for itself after ~3,000
#: tokens (about 12 cued ANT articles); one article from a cold process (~250 cued tokens) never pays it. On 450
#: articles in one process `find_entities` took ~1.27 s CPU with the switch at 8,000 tokens, ~1.19 s at 4,000
#: and ~1.0 s from the first token (round 11); the tags are the same either way
DECODE_AFTER = 3_000
#: sentences on either side whose entities may name a mention in this one (about one article's reach:
#: wider windows on the ANERcorp stream start to borrow names from the neighbouring articles)
PROP_WINDOW = 15
#: shortest clitic-free stem a propagated mention may have (shorter ones are mostly particles)
PROP_MIN_STEM = 3
#: longest mention (in tokens) that propagation matches
PROP_MAX_LEN = 6


class NerModelError(MarsadError):
    """The NER model file is missing, corrupt or of another version."""

    def __init__(self, path: str | Path, detail: str) -> None:
        self.code = "E205"
        self.kwargs = {"path": str(path), "detail": detail}
        self.reason = "E205"
        Exception.__init__(self, f"[E205] The NER model {path} cannot be used: {detail}. {REBUILD}.")

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (type(self), (self.kwargs["path"], self.kwargs["detail"]))


def default_model_path() -> Path:
    env = os.environ.get("MARSAD_NER_MODEL")
    if env:
        return Path(env)
    return Path(str(resources.files("marsad.data").joinpath("models", MODEL_NAME)))


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    type: str
    text: str


class Tagger:
    """A loaded model: the CRFsuite tagger, its frozen lexicon and its manifest."""

    def __init__(
        self,
        crf: object,
        lexicon: Lexicon,
        manifest: dict,
        attributes: list[str] | None = None,
        featurizer: Featurizer | None = None,
        stack: Stack | None = None,
        weights: Weights | None = None,
    ) -> None:
        self._crf = crf
        #: the stacked network (`marsad.ner.stack`) that re-tags from the CRF's marginals, when the model has one
        self.stack = stack
        #: the CRF's weights, when numpy is there: the tags are then decoded here (`marsad.ner.viterbi`, the same
        #: tags as CRFsuite's, faster); None: CRFsuite tags
        self.weights = weights
        if attributes is None:  # the attributes that carry a weight in the model
            attributes = sorted({a for a, _ in crf.info().state_features})  # type: ignore[attr-defined]
        self.attributes = attributes
        if featurizer is None:
            featurizer = Featurizer(lexicon, frozenset(attributes), weights)
        elif weights is not None and featurizer.weights is None:
            self.weights = None  # a featurizer without the attribute rows: CRFsuite tags
        self.featurizer = featurizer
        #: tokens tagged so far, and whether `use_decoder` was tried (it is tried once)
        self._tagged = 0
        self._decoder_tried = self.weights is not None
        self.manifest = manifest
        self.labels = list(crf.labels())  # type: ignore[attr-defined]
        self._model_bytes = b""
        #: the model file's sha256 (`load`): the key of the decoder's tables in the index cache ("": not cached)
        self._digest = ""

    @classmethod
    def from_parts(
        cls,
        crf_bytes: bytes,
        lexicon: Lexicon,
        manifest: dict,
        attributes: list[str] | None = None,
        featurizer: Featurizer | None = None,
        stack: Stack | None = None,
        weights: Weights | None = None,
    ) -> Tagger:
        import pycrfsuite

        crf = pycrfsuite.Tagger()
        crf.open_inmemory(crf_bytes)
        if "O" not in crf.labels():
            raise ValueError("the model has no labels")
        if weights is None and featurizer is None:
            weights = _weights(crf_bytes)
        if weights is not None and weights.labels != list(crf.labels()):
            raise ValueError("the weights' labels are not the model's")
        tagger = cls(crf, lexicon, manifest, attributes, featurizer, stack, weights)
        # CRFsuite reads the model in place: the bytes must live as long as the tagger
        tagger._model_bytes = crf_bytes
        return tagger

    @classmethod
    def load(cls, path: str | Path | None = None) -> Tagger:
        path = Path(path) if path is not None else default_model_path()
        if not path.is_file():
            raise NerModelError(path, "the file does not exist")
        # a fresh process reads the checked model and its featurizer's tables from marsad's index cache
        # (keyed on the model file's bytes and this code) instead of parsing and indexing its JSON again
        # (hashed here, not by `index_cache`, which hashes a path once per process: a model rewritten in place
        # must not find the old one's entry)
        try:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError as e:
            raise NerModelError(path, f"it cannot be read ({type(e).__name__}: {e})") from e
        crf_bytes, lexicon, manifest, attributes, featurizer, stack = index_cache.cached(
            "ner-model", _CODE, lambda: _read_model(path), extra=digest
        )
        try:
            tagger = cls.from_parts(crf_bytes, lexicon, manifest, attributes, featurizer, stack)
        except Exception as e:  # pycrfsuite raises ValueError/IOError on a damaged model
            raise NerModelError(path, f"CRFsuite could not read it ({type(e).__name__}: {e})") from e
        tagger._digest = digest
        return tagger

    def tag(self, tokens: Sequence[str]) -> list[str]:
        """One BIO tag (`B-PER`, `I-LOC`, `O` ...) per token."""
        word = self.featurizer._word
        words = [word(t if t and not t.isspace() else "_") for t in tokens]
        if self.stack is not None:
            return self._stack_tag([list(tokens)], [words])[0]
        return self._tag_words(words)

    def _marginals(self, words: Sequence[Word]) -> np.ndarray:
        """(tokens, labels) CRF marginals, labels in the order the stacked network was trained with."""
        import numpy as np

        labels = self.stack.spec.crf_labels  # type: ignore[union-attr]
        crf = self._crf
        parts = []
        for i in range(0, max(len(words), 1), MAX_TOKENS):
            part = words[i : i + MAX_TOKENS]
            if not part:
                break
            crf.set(self.featurizer.words_sentence(part))  # type: ignore[attr-defined]
            marg = crf.marginal  # type: ignore[attr-defined]
            parts.append([[marg(lab, t) for lab in labels] for t in range(len(part))])
        return np.array([r for p in parts for r in p], dtype=np.float32).reshape(len(words), len(labels))

    def _stack_tag(self, sents: Sequence[Sequence[str]], words: Sequence[Sequence[Word]]) -> list[list[str]]:
        """The stacked network's tags for a document's sentences (CRF marginals → network → Viterbi)."""
        stack = self.stack
        assert stack is not None
        stems = [[w[3] for w in ws] for ws in words]
        mgs = stack.doc_inputs(stems, [self._marginals(ws) for ws in words])
        out = []
        for toks, ws, mg in zip(sents, words, mgs, strict=True):
            if not ws:
                out.append([])
                continue
            folded = [w[2] for w in ws]
            gaz = self.featurizer._gaz_tags(folded, [w[4] for w in ws])
            vecs = [stack.word_vector(t, w[2], w[3]) for t, w in zip(toks, ws, strict=True)]
            out.append(stack.viterbi(stack.emissions(vecs, gaz, mg)))
        return out

    def use_decoder(self) -> bool:
        """Tag with the numpy decoder from now on (`marsad.ner.viterbi`: CRFsuite's tags, faster); False,
        and CRFsuite goes on tagging, where numpy is missing or the weights cannot be read from the model."""
        if self.weights is not None:
            return True
        if self._decoder_tried or self.featurizer.active is None:
            return False
        self._decoder_tried = True
        try:
            parts = self._decoder_parts()
        except (ValueError, struct.error):
            return False  # CRFsuite read this model; a layout the decoder does not know leaves it to CRFsuite
        if parts is None or parts[0].labels != self.labels:
            return False
        weights, tables = parts
        # a featurizer whose cached words keep the attributes' rows (the words cached so far are converted)
        self.featurizer = self.featurizer.with_weights(weights, tables)
        self.weights = weights
        return True

    def _decoder_parts(self) -> tuple[Weights, dict] | None:
        """The weights and the featurizer's row tables for the decoder, None without numpy. A loaded model's
        are kept in marsad's index cache (keyed on the model file and this code): reading them back costs less
        than parsing the weights' attribute database and building the tables again, which is most of what
        the switch costs besides importing numpy."""
        try:
            import numpy  # noqa: F401  (the cached weights are numpy arrays)
        except ImportError:
            return None

        def build() -> tuple[Weights, dict] | None:
            weights = _weights(self._model_bytes)
            if weights is None:
                return None
            return weights, self.featurizer.with_weights(weights).row_tables()

        if not self._digest:
            return build()
        return index_cache.cached("ner-decoder", _CODE, build, extra=self._digest)

    def _tag_words(self, words: Sequence[Word]) -> list[str]:
        if self.weights is not None:
            return self._decode([words])[0]
        out: list[str] = []
        for i in range(0, len(words), MAX_TOKENS):
            part = words[i : i + MAX_TOKENS]
            out.extend(self._crf.tag(self.featurizer.words_sentence(part)))  # type: ignore[attr-defined]
        return out

    def _decode(self, sents: Sequence[Sequence[Word]]) -> list[list[str]]:
        """`_tag_words` of each sentence, all at once, from the CRF's weights (`marsad.ner.viterbi`)."""

        weights = self.weights
        assert weights is not None
        # pieces of MAX_TOKENS, each its own sequence, as CRFsuite is given them
        parts = [words[i : i + MAX_TOKENS] for words in sents for i in range(0, len(words), MAX_TOKENS)]
        lengths = [len(p) for p in parts]
        scores = self.featurizer.scores(parts)
        labels = weights.labels
        paths = iter(weights.viterbi(scores, lengths))
        out: list[list[str]] = []
        for words in sents:
            tags: list[str] = []
            for _ in range(0, len(words), MAX_TOKENS):
                tags.extend(labels[y] for y in next(paths))
            out.append(tags)
        return out

    def tag_document(self, sents: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags for the sentences of one document: each sentence tagged alone, then every untagged
        mention of a name the tagger found in a nearby sentence gets that name's type (`propagate`)."""
        if not self._decoder_tried and self._tagged >= DECODE_AFTER:
            self.use_decoder()
        self._tagged += sum(map(len, sents))
        feat = self.featurizer
        word = feat._word
        tags = []
        stems = []
        all_words = []
        for s in sents:
            # each token's features are looked up once, for its tags and for its stem
            if all(map(str.strip, s)):  # no blank token (`sentences` makes none): the cache looked up in C
                words = feat.words(s)
                stems.append([w[3] for w in words])
            else:  # a blank token is featurized as "_", and its own stem kept
                words = [word(t if t and not t.isspace() else "_") for t in s]
                stems.append([w[3] if t and not t.isspace() else word(t)[3] for t, w in zip(s, words, strict=True)])
            if self.stack is None and self.weights is None:
                tags.append(self._tag_words(words))
            else:
                all_words.append(words)
        if self.stack is not None:
            tags = self._stack_tag(sents, all_words)
        elif self.weights is not None:
            tags = self._decode(all_words)
        return propagate(stems, tags)

    def find_entities(self, text: str, within: Sequence[tuple[int, int]] | None = None) -> list[Entity]:
        """Entities in raw text with character offsets into `text`; `within`: tag only these (start, end)
        ranges of it, as one document."""
        sents: list[list[tuple[int, int]]] = []
        for a, b in within if within is not None else [(0, len(text))]:
            # the range read in place: its tokens' offsets are the text's already (no copy, no shift)
            sents.extend(sentences(text, a, b))
        out: list[Entity] = []
        tagged = self.tag_document([[text[s:e] for s, e in sent] for sent in sents])
        for sent, tags in zip(sents, tagged, strict=True):
            for a, b, typ in chunks(tags):
                s, e = sent[a][0], sent[b - 1][1]
                out.append(Entity(s, e, typ, text[s:e]))
        return out


def _weights(crf_bytes: bytes) -> Weights | None:
    """The model's weights for `marsad.ner.viterbi`, or None without numpy (CRFsuite then tags)."""
    try:
        from marsad.ner.viterbi import Weights
    except ImportError:
        return None
    try:
        return Weights(crf_bytes)
    except ImportError:
        return None


def _read_model(path: Path) -> tuple[bytes, Lexicon, dict, list[str] | None, Featurizer, Stack | None]:
    """The parts of a model file, checked (NerModelError), and the featurizer built from them."""
    try:
        with zipfile.ZipFile(path) as z:
            manifest = json.loads(z.read("manifest.json"))
            lexicon = Lexicon.from_json(json.loads(z.read("lexicon.json")))
            crf_bytes = z.read("crf.bin")
            names = z.namelist()
            attributes = json.loads(z.read("attributes.json")) if "attributes.json" in names else None
            stack_parts = None
            if "stack.json" in names:
                stack_parts = (json.loads(z.read("stack.json")), z.read("stack.npz"))
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError) as e:
        raise NerModelError(path, f"it is not a marsad NER model file ({type(e).__name__}: {e})") from e
    if manifest.get("feature_version") != FEATURE_VERSION:
        raise NerModelError(
            path,
            f"it was built for features version {manifest.get('feature_version')}, "
            f"this marsad uses version {FEATURE_VERSION}",
        )
    if manifest.get("crf_sha256") and hashlib.sha256(crf_bytes).hexdigest() != manifest["crf_sha256"]:
        raise NerModelError(path, "crf.bin does not match the checksum in its manifest (the file is damaged)")
    if attributes is None:
        try:
            attributes = Tagger.from_parts(crf_bytes, lexicon, manifest).attributes
        except Exception as e:
            raise NerModelError(path, f"CRFsuite could not read it ({type(e).__name__}: {e})") from e
    stack = None
    if stack_parts is not None:
        stack = _read_stack(path, lexicon, *stack_parts)
    # no weights for the numpy decoder here: a process that tags little never imports numpy (`DECODE_AFTER`)
    return crf_bytes, lexicon, manifest, attributes, Featurizer(lexicon, frozenset(attributes)), stack


def _read_stack(path: Path, lexicon: Lexicon, spec_json: dict, npz: bytes) -> Stack:
    """The stacked network of a model file (numpy needed from here on only)."""
    try:
        import numpy as np

        from marsad.ner.stack import Stack, StackSpec
    except ImportError as e:
        raise NerModelError(path, f"its stacked network needs numpy ({e})") from e
    try:
        with np.load(io.BytesIO(npz), allow_pickle=False) as arrays:
            return Stack(StackSpec.from_json(spec_json), dict(arrays), lexicon)
    except (KeyError, ValueError, TypeError, OSError) as e:
        raise NerModelError(path, f"its stacked network cannot be read ({type(e).__name__}: {e})") from e


def propagate(stems: Sequence[Sequence[str]], tags: Sequence[list[str]], window: int = PROP_WINDOW) -> list[list[str]]:
    """Document-level consistency: a name the tagger found is the same name where it recurs untagged in
    that sentence or within `window` sentences around it (the family name alone after the full name, a
    foreign name whose first mention had a role noun before it). `stems` are the clitic-free folded
    tokens; the longest name that matches wins, and its type is the one most often found for it nearby
    (ties: alphabetical). Tagged tokens keep their type; a tagged name can only grow (`_extend`). On the
    ANERcorp test split this lifts F1 by 3 points (recall +6, precision -1.5); on a held-out tenth of
    ANERcorp-train by 1.3 points, with any window from 5 to 15 sentences."""
    found: list[list[tuple[tuple[str, ...], str]]] = []
    for st, tg in zip(stems, tags, strict=True):
        keys: list[tuple[tuple[str, ...], str]] = []
        for a, b, typ in chunks(tg):
            key = tuple(st[a:b])
            if b - a <= PROP_MAX_LEN and all(len(x) >= PROP_MIN_STEM for x in key):
                keys.append((key, typ))
            if typ == "PER" and b - a >= 2 and len(st[b - 1]) >= PROP_MIN_STEM:
                keys.append(((st[b - 1],), "PER"))  # the family name alone
        found.append(keys)
    # names in the window, kept up to date as it slides: (stems, type) -> count, and first stem -> names
    counts: dict[tuple[tuple[str, ...], str], int] = {}
    by_first: dict[str, set[tuple[tuple[str, ...], str]]] = {}

    def slide(j: int, d: int) -> None:
        for name in found[j]:
            c = counts.get(name, 0) + d
            if c:
                counts[name] = c
                by_first.setdefault(name[0][0], set()).add(name)
            else:
                del counts[name]
                by_first[name[0][0]].discard(name)

    n_sents = len(found)
    for j in range(min(window, n_sents)):
        slide(j, 1)
    out: list[list[str]] = []
    for i, (st, tg) in enumerate(zip(stems, tags, strict=True)):
        if i + window < n_sents:
            slide(i + window, 1)
        if i - window - 1 >= 0:
            slide(i - window - 1, -1)
        new = list(tg)
        # only a word that starts a name in the window can take one (a few words a sentence, often none): the
        # words are visited left to right as before, a word inside a name just given skipped
        covered = 0
        for k in [k for k, x in enumerate(st) if x in by_first] if by_first else ():
            if k < covered:
                continue
            names = by_first[st[k]] if new[k] == "O" else None
            if names:
                best: tuple[int, int, str] | None = None  # (length, count, type), longest then commonest
                for key, typ in names:
                    m = len(key)
                    if tuple(st[k : k + m]) == key and all(x == "O" for x in new[k : k + m]):
                        cand = (m, counts[(key, typ)], typ)
                        if (
                            best is None
                            or (cand[0], cand[1]) > (best[0], best[1])
                            or (cand[:2] == best[:2] and typ < best[2])
                        ):
                            best = cand
                if best is not None:
                    m, _, typ = best
                    new[k] = "B-" + typ
                    for x in range(k + 1, k + m):
                        new[x] = "I-" + typ
                    covered = k + m
        out.append(_extend(st, new, by_first))
    return out


def _extend(st: Sequence[str], tags: list[str], by_first: dict[str, set[tuple[tuple[str, ...], str]]]) -> list[str]:
    """A name cut short (`ستيفنسون` where `مات ستيفنسون` was found nearby) grows to the longer name of the
    same type around it, when the tokens it gains are untagged."""
    n = len(st)
    for a, b, typ in chunks(tags):
        best: tuple[int, int] | None = None
        for start in range(max(0, a - PROP_MAX_LEN + 1), a + 1):
            for key, t in by_first.get(st[start], ()):
                m = len(key)
                end = start + m
                if (
                    t == typ
                    and m > b - a
                    and b <= end <= n
                    and (best is None or m > best[1] - best[0])
                    and tuple(st[start:end]) == key
                    and all(tags[x] == "O" for x in (*range(start, a), *range(b, end)))
                ):
                    best = (start, end)
        if best is not None:
            tags[best[0]] = "B-" + typ
            for x in range(best[0] + 1, best[1]):
                tags[x] = "I-" + typ
    return tags


# ------------------------------------------------------------------ tokenisation

# words (letters, digits, combining marks, tatweel; inner . , between digits), or one other non-space char
_TOKEN = re.compile(
    r"[\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]+(?:[.,٫][0-9\u0660-\u0669]+)*"
    r"|[^\s\w]",
    re.UNICODE,
)
_SENT_END = {".", "!", "?", "؟", "؛", "\n"}


def tokenize(text: str) -> list[tuple[int, int]]:
    """(start, end) of each token, the way ANERcorp splits words: punctuation apart, clitics attached."""
    return [m.span() for m in _TOKEN.finditer(text)]


def sentences(text: str, start: int = 0, end: int | None = None) -> list[list[tuple[int, int]]]:
    """Tokens grouped into sentences (after . ! ? ؟ ؛ and at line breaks); with `start`/`end`, those of
    `text[start:end]` at their offsets in `text` (`_TOKEN` has no anchor or look-around, so a match bounded by
    `pos`/`endpos` is the match in the slice)."""
    out: list[list[tuple[int, int]]] = []
    finditer = _TOKEN.finditer
    a = start
    n = len(text) if end is None else min(end, len(text))
    # line by line (no token spans a line break), so that no token is checked for a break before it; a
    # sentence end is a one-character token
    while a <= n:
        b = text.find("\n", a, n)
        if b < 0:
            b = n
        cur: list[tuple[int, int]] = []
        for m in finditer(text, a, b):
            s, e = span = m.span()
            cur.append(span)
            if e - s == 1 and text[s] in _SENT_END:
                out.append(cur)
                cur = []
        if cur:
            out.append(cur)
        a = b + 1
    return out


# ------------------------------------------------------------------ module-level API


@cache
def default_tagger() -> Tagger:
    return Tagger.load()


def tag(tokens: Sequence[str]) -> list[str]:
    """Tag tokens with the shipped model."""
    return default_tagger().tag(tokens)


def find_entities(text: str) -> list[Entity]:
    """(start, end, type, text) of every PER/LOC/ORG/MISC entity in `text`, with the shipped model."""
    return default_tagger().find_entities(text)
