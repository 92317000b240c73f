"""Stage: framing — loaded terms (ميليشيا، الانفصالية، الاحتلال، فلول ...) and the entity each is aimed at.

Terms and how they find their target live in `data/framing.json`. A term inside an entity mention targets
that entity (الميليشيات الإيرانية); otherwise the name right after it (ميليشيا قسد) or right before it
(داعش الإرهابي), as the term's entry says; a nisba after an occupation term names a state (الاحتلال
الأميركي); a bare anaphoric term (الاحتلال، متزعميها) reuses the target it last had or the nearest actor
before it. One record is kept per (term, target): an outlet's choice of word is what is compared, and
repeating it does not make a new choice.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from marsad import model
from marsad.matcher import PhraseIndex
from marsad.pipeline import Doc, EntityDraft, stage
from marsad.textnorm import dediacritise, fold_text

ACTOR_TYPES = ("actor", "person")
_WORD = re.compile(r"\w+")


def _span(doc: Doc, i: int, j: int) -> tuple[int, int]:
    """Original offsets of folded [i, j), keeping the diacritics that close the last word (داعشياً)."""
    s, e = doc.folded.span(i, j)
    n = len(doc.text)
    while e < n and not dediacritise(doc.text[e]):
        e += 1
    return s, e


@dataclass(frozen=True, slots=True)
class Term:
    key: str  # the folded canonical term
    category: str | None
    attach: str  # next | prev | self
    gap: int
    refs: tuple[str, ...]
    adjectives: tuple[tuple[str, str], ...]
    anaphor: bool
    extend: int
    #: with no name beside it, the nearest actor of the sentence of one of `kinds` is the target
    nearest: bool = False
    kinds: tuple[str, ...] = ()


@cache
def terms() -> PhraseIndex:
    data = json.loads(resources.files("marsad.data").joinpath("framing.json").read_text("utf-8"))
    index = PhraseIndex()
    for t in data["terms"]:
        term = Term(
            key=fold_text(t["term"]), category=t.get("category"), attach=t.get("attach", "next"),
            gap=int(t.get("gap", 1)), refs=tuple(t.get("refs", ())),
            adjectives=tuple((fold_text(k), v) for k, v in t.get("adjectives", {}).items()),
            anaphor=bool(t.get("anaphor", False)), extend=int(t.get("extend", 0)),
            nearest=bool(t.get("nearest", False)), kinds=tuple(t.get("kinds", ())),
        )
        for form in [t["term"], *t.get("variants", [])]:
            index.add(form, term)
    return index


def _norm(term: str) -> str:
    """The comparison form of a term: folded, without a leading article."""
    words = [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in fold_text(term).split()]
    return " ".join(words)


class _Around:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.words: list[tuple[int, int, str]] = []
        for m in _WORD.finditer(doc.folded.text):
            s, e = doc.folded.span(m.start(), m.end())
            self.words.append((s, e, m.group()))
        self.mentions = sorted(((m, e) for e in doc.entities if e.type in ACTOR_TYPES for m in e.mentions),
                               key=lambda p: (p[0].start, -(p[0].end - p[0].start)))

    def gap(self, a: int, b: int) -> int:
        """Words wholly between offsets a and b."""
        return sum(1 for s, e, _ in self.words if s >= a and e <= b)

    def containing(self, s: int, e: int) -> EntityDraft | None:
        best: tuple[int, EntityDraft] | None = None
        for m, ent in self.mentions:
            if m.start <= s and e <= m.end and (best is None or m.end - m.start > best[0]):
                best = (m.end - m.start, ent)
        return best[1] if best else None

    def next_after(self, e: int, gap: int, limit: int) -> EntityDraft | None:
        for m, ent in self.mentions:
            if m.start >= e and m.start < limit:
                return ent if self.gap(e, m.start) <= gap else None
        return None

    def prev_before(self, s: int, gap: int, floor: int) -> EntityDraft | None:
        cands = [(m, ent) for m, ent in self.mentions if m.end <= s and m.start >= floor]
        if not cands:
            return None
        end = max(m.end for m, _ in cands)
        m, ent = max((c for c in cands if c[0].end == end), key=lambda c: c[0].end - c[0].start)
        return ent if self.gap(m.end, s) <= gap else None

    def nearest(self, s: int, e: int, lo: int, hi: int, kinds: tuple[str, ...], side: str
                ) -> EntityDraft | None:
        """The actor mention of the sentence [lo, hi) nearest to the term, of one of `kinds` (any kind
        when empty); `side` prev|next prefers that side, the other side counts only when it has none."""
        best: tuple[int, int, EntityDraft] | None = None
        for m, ent in self.mentions:
            if m.start < lo or m.end > hi or (m.start < e and s < m.end) or ent.type != "actor":
                continue
            if kinds and ent.attrs.get("kind") not in kinds:
                continue
            before = m.end <= s
            dist = s - m.end if before else m.start - e
            off_side = (side == "prev" and not before) or (side == "next" and before)
            key = (1 if off_side else 0, dist)
            if best is None or key < best[:2]:
                best = (*key, ent)
        return best[2] if best else None

    def next_word(self, e: int) -> tuple[int, int, str] | None:
        for w in self.words:
            if w[0] >= e:
                return w
        return None


def _by_refs(doc: Doc, refs: tuple[str, ...]) -> EntityDraft | None:
    for r in refs:
        ent = doc.entity_by_ref(r)
        if ent is not None and ent.mentions:
            return ent
    return None


@stage("framing", requires=("doc.entities",), assigns=("doc.framing",))
def run(doc: Doc) -> None:
    around = _Around(doc)
    last_target: dict[str, EntityDraft] = {}
    last_by_category: dict[str, EntityDraft] = {}
    seen: set[tuple[str, str]] = set()
    out: list[model.Framing] = []
    for m in terms().find(doc.folded.text):
        term: Term = m.payloads[0]
        s, e = _span(doc, m.start, m.end)
        if doc.is_furniture(s, e):
            continue
        sent = doc.sentence_of(s)
        target = around.containing(s, e)
        if target is None and term.adjectives:
            w = around.next_word(e)
            if w is not None and around.gap(e, w[0]) == 0:
                ref = dict(term.adjectives).get(fold_text(doc.text[w[0]:w[1]]))
                target = _by_refs(doc, (ref,)) if ref else None
                target = target or around.containing(w[0], w[1])
        if target is None and term.attach == "next":
            target = around.next_after(e, term.gap, sent.end)
        elif target is None and term.attach == "prev":
            target = around.prev_before(s, term.gap, sent.start)
        if target is None and term.nearest:
            # الإرهابيين، تحرير، المرتزقة with no name beside them: the term's usual target when the
            # sentence names it, else the nearest plausible actor of the sentence
            usual = _by_refs(doc, term.refs)
            if usual is not None and any(sent.start <= m.start < sent.end for m in usual.mentions):
                target = usual
            else:
                target = around.nearest(s, e, sent.start, sent.end, term.kinds, term.attach)
        if target is None and term.refs:
            target = _by_refs(doc, term.refs)
        if target is None and term.nearest and term.category:
            target = last_by_category.get(term.category)  # the group this article already called so
        if target is None and term.anaphor:
            # a bare term refers back: to its own last target, else to the nearest actor before it
            target = last_target.get(term.key) or around.prev_before(s, 99, sent.start)
        if target is None:
            continue  # a loaded word aimed at no one we can name is not framing of an entity
        last_target[term.key] = target
        if term.category and target.type == "actor":
            last_by_category[term.category] = target
        end = e
        if term.extend:
            w = around.next_word(e)
            if w is not None and w[0] < sent.end:
                end = w[1]
        text = doc.text[s:end]
        key = (_norm(text.split()[0] if term.extend else text), target.id)
        if key in seen:
            continue
        seen.add(key)
        out.append(model.Framing(term=text, start=s, end=end, target=target.id, category=term.category))
    doc.framing = out


def loaded_terms() -> list[dict[str, Any]]:
    """The framing lexicon as data, for documentation and the CLI."""
    data = json.loads(resources.files("marsad.data").joinpath("framing.json").read_text("utf-8"))
    return list(data["terms"])
