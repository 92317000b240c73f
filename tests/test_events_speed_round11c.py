"""Round 11, third pass: the events stage finds the words of claiming an attack (event_cues claim_verbs) once
per article and bisects them per sentence, where `_claimer` walked every word of the sentence for each event
(quadratic in a long unpunctuated text). It must name the same claimer as the walk did."""

from __future__ import annotations

import random

import pytest

from marsad import analyze
from marsad.pipeline import make_doc, run
from marsad.stages import events

# written for these tests: claiming verbs with and without و/ف, with a group word between, none at all
_TEXTS = (
    "انفجرت سيارة مفخخة قرب حاجز للشرطة في كركوك تبنته جماعة أنصار السنة، وقتل ثلاثة عناصر.",
    "هجوم بطائرات مسيرة على قاعدة جوية، وتبناه تنظيم داعش في بيان نشره على قناته ، ثم قصف الجيش مواقعه.",
    "قصفت الطائرات الحربية مواقع حركة الشباب جنوب مقديشو، فيما لم تتبن أي جهة تفجير الأمس.",
    "اشتبك الجيش مع مسلحين في ريف إدلب",
    "تبنى",
)


def _walk(ctx: events._Ctx, ss: int, se: int, target):  # type: ignore[no-untyped-def]
    """`_claimer` as it read before this round: every word of the sentence walked."""
    heads = ctx.lex.roles["heads"]
    named = [(m, ent) for m, ent in ctx.doc.mentions_in(ss, se, ("actor",)) if ent is not target]
    for s, e, w in ctx.words.spans_from(ss):
        if s >= se:
            break
        if events._strip_conj(w) not in events.cues().claim_verbs:
            continue
        for m, ent in named:
            if m.start >= e:
                gap = ctx.words.between(e, m.start)
                if len(gap) <= 2 and all(g in heads or g in events.cues().group_words for g in gap):
                    return m, ent
                break
    return None


@pytest.mark.parametrize("text", _TEXTS)
def test_claimer_names_whom_the_walk_named(text: str) -> None:
    doc = make_doc(text)
    run(doc)
    ctx = events._Ctx(doc, events.lexicon())
    assert ctx.claim_verb_words() is ctx.claim_verb_words()  # made once per article
    rng = random.Random(7)
    points = [-1, 0, len(text), len(text) + 2, *(rng.randrange(-1, len(text) + 2) for _ in range(40))]
    targets = [None, *doc.entities[:2]]
    for a in points:
        for b in points:
            for target in targets:
                assert events._claimer(ctx, a, b, target) == _walk(ctx, a, b, target), (a, b)


def test_a_claimed_attack_still_has_its_claimer_as_doer() -> None:
    rec = analyze("تفجير انتحاري تبنته حركة الشباب في مقديشو أسفر عن مقتل خمسة جنود.")
    attacks = [e for e in rec.events if e.type == "ATTACK"]
    assert attacks and attacks[0].actor1 == rec.entities[0].id
