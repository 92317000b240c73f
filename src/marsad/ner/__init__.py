"""Named-entity recognition for Arabic news: a CRF tagger trained on public corpora (PER, LOC, ORG, MISC).

`tag(tokens)` tags a token list; `find_entities(text)` finds entities in raw text with character offsets.
Training: `marsad train ner` (`marsad.ner.train`); scoring: `marsad eval ner FILE` (`marsad.ner.conll`).
"""

from __future__ import annotations

from marsad.ner.tagger import Entity, NerModelError, Tagger, default_tagger, find_entities, tag, tokenize

__all__ = ["Entity", "NerModelError", "Tagger", "default_tagger", "find_entities", "tag", "tokenize"]
