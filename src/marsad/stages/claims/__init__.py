"""Stage: claims — who tells what, and through whom (the chain of attribution, isnad).

Each attribution cue (a verb such as أفادت/أكد/تشير, or a prepositional phrase such as وفق/بحسب/نقلاً عن)
opens a claim. The stage finds the source phrase (the subject after the verb, the object of the
preposition, or a source noun right before a verb: "أنباء وردت"), the outlet the source spoke to ("لـ«الوطن»",
"للجزيرة نت", "في حديث مع …") as the OUTER link, and continuations ("وأضاف أن" with no new subject, a
quoted paragraph right after a claim, "وتابع قائلاً:") that keep the previous chain. A teller may also stand before
its verb (after an opener, an editorial aside such as يذكر أن, the topic particle أما, or as the antecedent of a
relative pronoun: "X الذي أعلن أن"), and a participle of saying ("…، قائلاً إن") gives the sentence's subject a
claim. Two tellers of one verb (قال X وY إن، بحسب X وY) are two links; an outlet that carried a statement (في بيان
نقلته وكالة X) is the outer link; a trailing "، نقلاً عن X" after an outlet's claim and a teller inside the content
(قال المحافظ إن قوات الأمن ذكرت أن) are inner links of that claim, not claims of their own. A teller may also close
its sentence after a comma (…، كما تقول الأونروا.، «…»، تضيف فلانة.، …، على حد تعبير قائد ميداني.): the sentence's
end then stands where أن/إن would, and the claim spans the words before the comma. A definite title with no
name (الوزير الأمريكي) is the person named earlier with that title. Sources are linked to the entities of the earlier
stages when those exist; otherwise they are recognised by pattern (role nouns, source nouns, outlet nouns, names),
so the stage degrades gracefully when the entity packs know nothing. Word lists live in data/attribution.json (its
`grammar` group holds the closed classes).

Everything is matched on tokens of `doc.folded.text` (diacritics and letter variants folded) and mapped
back to `doc.text` offsets with `doc.folded.span`. Tokenising is one linear regex; every look-ahead is
bounded by a fixed number of tokens, so the stage is linear in the length of the text.

The stage is a package of sub-stages, layered so that each imports only those below it: `cues` (the pack's word
classes, lexicon and cached indexes), `reader` (the article as tokens, the shared helpers), `phrases` (source
phrases), `tellers` (the teller of a cue), `chain` (the links of the isnad and their kinds), `spans` (the claim's
content span and record), `triggers` (which cue opens a claim; the token walk). The per-article reader `_Reader` is
one class made of one layer per sub-stage module (each subclasses the one below), so every method still finds the
others on `self` as before. A helper sits in the lowest layer that calls it; a lower layer reaches up through
`self` only for a higher one's entry points (`addressee_at` and `_outlet_after_raw` of `chain`, `chain` itself,
`_closes` of `spans`), as the phrase readers must stop at an outlet spoken to or at a closing teller.
"""

from __future__ import annotations

from marsad import model
from marsad.pipeline import Doc, stage

from .cues import _TOKEN, _body_gender, _grammar, _index, _nominal_his_forms, _starting, _unprefix, _verb_gender
from .reader import Tok
from .triggers import _Triggers

#: names the tests, benchmarks and other stages reach as marsad.stages.claims.NAME
__all__ = [
    "_TOKEN",
    "Tok",
    "_Reader",
    "_body_gender",
    "_grammar",
    "_index",
    "_nominal_his_forms",
    "_starting",
    "_unprefix",
    "_verb_gender",
    "claim_at",
    "claim_modality",
    "run",
]


class _Reader(_Triggers):
    """One document's claim extraction; the state is the claims so far."""


@stage("claims", requires=("doc.entities",), assigns=("doc.claims",))
def run(doc: Doc) -> None:
    # the stage reads the entities and changes none: the mention index is checked once, not per look-up
    with doc.entities_fixed():
        reader = _Reader(doc)
        reader.run()
    doc.claims = reader.claims
    # events read this to tell a denied or predicted event from a reported one
    doc.scratch["claims.modality"] = reader.modality


def claim_at(doc: Doc, pos: int) -> model.Claim | None:
    """The claim whose span holds `pos` (the innermost, i.e. the latest-starting, when spans nest)."""
    best: model.Claim | None = None
    for c in doc.claims:
        if c.start <= pos < c.end and (best is None or c.start >= best.start):
            best = c
    return best


def claim_modality(doc: Doc, claim_id: str | None) -> str | None:
    """The modality hint of a claim's cue (denied, alleged, expected), or None."""
    if claim_id is None:
        return None
    return doc.scratch.get("claims.modality", {}).get(claim_id)
