"""Self-training: silver sentences from unlabelled ANT news, tagged by the CRF itself, added to its training data.

The CRF (with document propagation, `Tagger.tag_document`) tags the TEXT of ANT articles; each sentence gets a
confidence, the lowest CRF marginal probability of its own Viterbi label over its tokens (`crf.marginal`), and
the sentences that are confident and name at least one entity become training sentences with the tagger's tags.
Blind-evaluation articles never take part (`marsad.ner.ant.is_reserved`), and every silver sentence passes
the same test-split leak filter as the labelled corpora (`marsad.ner.corpora`).
"""

from __future__ import annotations

import gzip
import random
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from marsad.ner.ant import gold_docnos, usable_docs
from marsad.ner.clusters import ant_files
from marsad.ner.conll import chunks

_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_TAGS = re.compile(r"<[^>]+>")

#: sentences longer than this are left out: CRFsuite's marginals would be cut into pieces, and long
#: "sentences" in ANT are mostly lists and run-on paragraphs
MAX_SENT = 80
MIN_SENT = 4


@dataclass
class SilverSentence:
    docno: str
    tokens: list[str]
    #: the tagger's tags, document propagation included
    tags: list[str]
    #: the lowest marginal probability of the sentence's own Viterbi labels (before propagation)
    confidence: float
    #: propagation changed at least one tag of the sentence
    propagated: bool

    def entities(self) -> int:
        return len(chunks(self.tags))


def ant_documents(root: Path, gold: set[str] | None = None) -> list[tuple[str, str]]:
    """(DOCNO, TEXT) of every usable ANT article, in file order; reserved ones left out."""
    gold = gold_docnos() if gold is None else gold
    out: list[tuple[str, str]] = []
    for f in ant_files(root):
        with gzip.open(f, "rt", encoding="utf-8", errors="replace") as fh:
            raw = fh.read()
        for docno, doc in usable_docs(raw, gold):
            text = _TEXT.search(doc)
            if text is not None:
                out.append((docno, _TAGS.sub(" ", text.group(1))))
    return out


def sample_documents(docs: Sequence[tuple[str, str]], n: int, seed: int) -> list[tuple[str, str]]:
    """`n` articles drawn with a fixed seed (all of them when n is 0 or larger than the corpus)."""
    if not n or n >= len(docs):
        return list(docs)
    idx = sorted(random.Random(seed).sample(range(len(docs)), n))
    return [docs[i] for i in idx]


def tag_documents(tagger: object, docs: Iterable[tuple[str, str]]) -> Iterator[SilverSentence]:
    """Each article's sentences tagged as one document, with each sentence's confidence."""
    from marsad.ner.tagger import sentences

    crf = tagger._crf  # type: ignore[attr-defined]
    feat = tagger.featurizer  # type: ignore[attr-defined]
    for docno, text in docs:
        sents = [[text[s:e] for s, e in sent] for sent in sentences(text)]
        sents = [s for s in sents if MIN_SENT <= len(s) <= MAX_SENT]
        if not sents:
            continue
        tagged = tagger.tag_document(sents)  # type: ignore[attr-defined]
        for toks, tags in zip(sents, tagged, strict=True):
            crf.set(feat.sentence(toks))
            own = crf.tag()
            conf = min(crf.marginal(y, t) for t, y in enumerate(own))
            yield SilverSentence(docno, toks, list(tags), conf, list(own) != list(tags))


def select(
    silver: Sequence[SilverSentence],
    *,
    threshold: float,
    max_tokens: int,
    propagated: bool = True,
    entity_only: bool = True,
    seed: int = 13,
) -> list[list[tuple[str, str]]]:
    """The confident silver sentences as training sentences, up to `max_tokens` tokens (0: no cap) drawn in a
    seeded random order: taking the most confident first would keep only the easiest sentences, which teach
    the CRF least. `propagated`: keep sentences whose tags propagation changed (their labels then carry
    what the document taught the tagger); `entity_only`: only sentences that name something."""
    keep = [
        s
        for s in silver
        if s.confidence >= threshold and (propagated or not s.propagated) and (not entity_only or s.entities())
    ]
    random.Random(seed).shuffle(keep)
    out: list[list[tuple[str, str]]] = []
    total = 0
    for s in keep:
        if max_tokens and total + len(s.tokens) > max_tokens:
            break
        out.append(list(zip(s.tokens, s.tags, strict=True)))
        total += len(s.tokens)
    return out
