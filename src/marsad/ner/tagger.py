"""Tagging with the shipped NER model: `tag(tokens)` for token lists, `find_entities(text)` for raw text.

    >>> from marsad.ner import find_entities
    >>> find_entities("قال الرئيس السوري بشار الأسد في دمشق")
    [Entity(start=18, end=27, type='PER', text='بشار الأسد'), Entity(start=31, end=35, type='LOC', text='دمشق')]

The model is `marsad/data/models/ner-crf.zip` (see its README); `MARSAD_NER_MODEL` points elsewhere.
A missing or unreadable model raises `NerModelError`, whose message says how to rebuild it.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from marsad.errors import MarsadError
from marsad.ner.conll import chunks
from marsad.ner.features import FEATURE_VERSION, Featurizer, Lexicon

MODEL_NAME = "ner-crf.zip"
REBUILD = (
    "Rebuild it with `marsad train ner --data DATA_DIR` (DATA_DIR holds ner-anercorp/, ner-aqmar/, "
    "ner-newsfane-gold/, ner-wojood-sample/ and news-ant-corpus-multisource/), or reinstall marsad"
)
#: sentences longer than this are tagged in pieces (CRFsuite's Viterbi is linear, this only bounds memory)
MAX_TOKENS = 400


class NerModelError(MarsadError):
    """The NER model file is missing, corrupt or of another version."""

    def __init__(self, path: str | Path, detail: str) -> None:
        self.code = "E205"
        self.kwargs = {"path": str(path), "detail": detail}
        self.reason = "E205"
        Exception.__init__(self, f"[E205] The NER model {path} cannot be used: {detail}. {REBUILD}.")


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

    def __init__(self, crf: object, lexicon: Lexicon, manifest: dict, attributes: list[str] | None = None) -> None:
        self._crf = crf
        if attributes is None:  # the attributes that carry a weight in the model
            attributes = sorted({a for a, _ in crf.info().state_features})  # type: ignore[attr-defined]
        self.attributes = attributes
        self.featurizer = Featurizer(lexicon, frozenset(attributes))
        self.manifest = manifest
        self.labels = list(crf.labels())  # type: ignore[attr-defined]
        self._model_bytes = b""

    @classmethod
    def from_parts(
        cls, crf_bytes: bytes, lexicon: Lexicon, manifest: dict, attributes: list[str] | None = None
    ) -> Tagger:
        import pycrfsuite

        crf = pycrfsuite.Tagger()
        crf.open_inmemory(crf_bytes)
        if "O" not in crf.labels():
            raise ValueError("the model has no labels")
        tagger = cls(crf, lexicon, manifest, attributes)
        # CRFsuite reads the model in place: the bytes must live as long as the tagger
        tagger._model_bytes = crf_bytes
        return tagger

    @classmethod
    def load(cls, path: str | Path | None = None) -> Tagger:
        path = Path(path) if path is not None else default_model_path()
        if not path.is_file():
            raise NerModelError(path, "the file does not exist")
        try:
            with zipfile.ZipFile(path) as z:
                manifest = json.loads(z.read("manifest.json"))
                lexicon = Lexicon.from_json(json.loads(z.read("lexicon.json")))
                crf_bytes = z.read("crf.bin")
                names = z.namelist()
                attributes = json.loads(z.read("attributes.json")) if "attributes.json" in names else None
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
        try:
            return cls.from_parts(crf_bytes, lexicon, manifest, attributes)
        except Exception as e:  # pycrfsuite raises ValueError/IOError on a damaged model
            raise NerModelError(path, f"CRFsuite could not read it ({type(e).__name__}: {e})") from e

    def tag(self, tokens: Sequence[str]) -> list[str]:
        """One BIO tag (`B-PER`, `I-LOC`, `O` ...) per token."""
        toks = [t if t and not t.isspace() else "_" for t in tokens]
        out: list[str] = []
        for i in range(0, len(toks), MAX_TOKENS):
            part = toks[i : i + MAX_TOKENS]
            out.extend(self._crf.tag(self.featurizer.sentence(part)))  # type: ignore[attr-defined]
        return out

    def find_entities(self, text: str) -> list[Entity]:
        """Entities in raw text with character offsets into `text`."""
        out: list[Entity] = []
        for sent in sentences(text):
            toks = [text[s:e] for s, e in sent]
            for a, b, typ in chunks(self.tag(toks)):
                s, e = sent[a][0], sent[b - 1][1]
                out.append(Entity(s, e, typ, text[s:e]))
        return out


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


def sentences(text: str) -> list[list[tuple[int, int]]]:
    """Tokens grouped into sentences (after . ! ? ؟ ؛ and at line breaks)."""
    out: list[list[tuple[int, int]]] = []
    cur: list[tuple[int, int]] = []
    last_end = 0
    for s, e in tokenize(text):
        if cur and "\n" in text[last_end:s]:
            out.append(cur)
            cur = []
        cur.append((s, e))
        last_end = e
        if text[s:e] in _SENT_END:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
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
