"""Events sub-stage: merging — one happening told several times becomes one event.

Responsibility claims for a deed told before, retellings and duplicates (the same incident, definite nouns and
objects referring back, tolls and results, agreements and replies told again, another-words that keep a telling
apart). Separate because it works on the drafts of the whole article after each got its own parties and place.
"""

from __future__ import annotations

import bisect
import itertools
import re
from functools import cache

from marsad import model
from marsad.packs import load_json
from marsad.pipeline import EntityDraft
from marsad.textnorm import fold_text, proclitic_splits

from .context import (
    _CLAUSE_END,
    _WORD,
    Draft,
    Hit,
    _count_word,
    _Ctx,
    _in_list,
    _in_list_forms,
    _strip_conj,
    _time_in,
)
from .detect import _dated_at, _definite_hit, _fired_base, _fired_openers, _named_in_sentence, _same_side, _sent_index
from .lexicon import (
    Lexicon,
    _bare_set,
    _cue_int,
    _cue_labels,
    _cue_words,
    _dual_endings,
    _f,
    _object_pronouns,
    _place_cues,
    _pointback_cues,
    _retell_cues,
    cues,
)
from .modality import _warned_of
from .roles import _international_body, _reaction_end
from .where import (
    _COARSE,
    _places_agree,
    _places_compatible,
    _refine_place,
    _reply_at,
)


def _responsibility_claim(ctx: _Ctx, ss: int, se: int) -> tuple[EntityDraft, int, int] | None:
    """A party's claim of a deed told before, in the sentence [ss, se): a verb of adopting (تبنت الحركة
    الهجوم: event_cues claim_verbs) or of announcing with a noun of responsibility (أعلن التنظيم مسؤوليته عن
    الهجوم: claim_declare_verbs, blame_nouns, عن) whose object is a definite noun of a deed (claimed_back_nouns)
    not described after it (الهجوم الذي استهدف ... names the deed right there). The claimer is the party named
    right after the verb. Returns it and the object's span."""
    c = cues()
    i, j = ctx.words.run_of(ss, se)
    # the sentence's words tested as one slice of `bare_texts`, in C (a generator over `bare` stepped ~130,000
    # times per 450 articles)
    words = ctx.words.bare_texts[i:j]
    if c.claim_verbs.isdisjoint(words) and c.claim_declare_verbs.isdisjoint(words):
        return None  # no verb of adopting or announcing: most sentences
    spans = ctx.words.bare[i:j]
    for i, (_s, e, w) in enumerate(spans):
        adopt = w in c.claim_verbs
        if not adopt and w not in c.claim_declare_verbs:
            continue
        if i > 0 and spans[i - 1][2] in c.unclaimed_negations:
            continue  # لم تعلن الحركة مسؤوليتها: no claim made (_unclaimed_objects)
        # the noun of responsibility may stand well after the verb, past where the claim was made (أعلنت
        # الحركة المتشددة في موقعها على الإنترنت مسؤوليتها عن الهجوم); a bare deed noun only near it
        for j in range(i + 1, min(i + c.claim_reach, len(spans))):
            w2 = spans[j][2]
            if w2 in c.claimed_back_nouns and j < i + 8:
                if not adopt:
                    break  # أعلن ... الهجوم: an announcement about the deed, not a claim of it
                obj = j
            elif w2 in c.blame_nouns and (found := _responsibility_object(spans, j + 1)) is not None:
                obj = found
            else:
                continue
            if obj + 1 < len(spans) and spans[obj + 1][2] in c.relatives:
                break
            # the claimer is often the claim's teller too: its mention stands in a claim source. It follows
            # the verb, head nouns (تنظيم، جماعة) aside; a party named further on only describes it (أعلنت
            # جماعة ..، وهي جماعة مضادة للحكومة الإيرانية، مسؤوليتها)
            heads = ctx.lex.roles["heads"] | c.group_words
            for m, ent in ctx.doc.mentions_in(e, spans[j][0], ("actor",)):
                gap = ctx.words.between(e, m.start)
                if len(gap) <= 2 and all(g in heads for g in gap):
                    return ent, spans[obj][0], spans[obj][1]
                break
            break
    return None


def _responsibility_object(spans: list[tuple[int, int, str]], k: int) -> int | None:
    """The index of the deed a noun of responsibility ending before spans[k] governs: مسؤوليته عن الهجوم،
    عن ذلك الهجوم (a demonstrative points back too), مسؤولية الهجمات (as genitive), or مسؤوليته عنه (the deed
    named just before the verb: في هجوم أعلن التنظيم مسؤوليته عنه), whose pronoun stands for it."""
    c = cues()
    if k < len(spans) and spans[k][2] in c.claimed_back_nouns:
        return k
    if k < len(spans) and spans[k][2] in c.claim_back_pronouns:
        return k
    if k >= len(spans) or spans[k][2] != "عن":
        return None
    k += 1
    if k < len(spans) and spans[k][2] in c.demonstratives:
        k += 1
    # عن هجوم فاراه، عن تفجير في السوق: an indefinite deed noun is a deed told right there, its own telling
    return k if k < len(spans) and (spans[k][2] in c.claimed_back_nouns
                                     or "ال" + spans[k][2] in c.claimed_back_nouns) else None


def _claimed_back(ctx: _Ctx, drafts: list[Draft], reach: int = 3) -> list[Draft]:
    """أعلن تنظيم الدولة لاحقا مسؤوليته عن الهجوم، تبنت الحركة الهجوم: a claim of the attack told in the
    sentences before (up to `reach` back) names its doer, when that telling named none of its own; the claim's
    noun is that attack again, not another."""
    claimed = set(cues().claimed_types)
    drop: set[int] = set()
    for sent in ctx.doc.sentences:
        found = _responsibility_claim(ctx, sent.start, sent.end)
        if found is None:
            continue
        claimer, os_, oe = found
        # the claimed noun's own event (its head there) is the claimer's deed, in place of a doer it borrowed
        # or guessed, often the victims' side (أعلنت الجماعة مسؤوليتها عن الهجومين، مؤكدة أنها شنتهما); a
        # doer its own clause names stays
        for d in drafts:
            if d.type in claimed and d.modality != "denied" and os_ <= d.head.start < oe \
                    and not (d.actor1_explicit and d.actor1 is not None and d.actor1 is not claimer):
                d.actor1, d.actor1_explicit = claimer, True
                if d.actor2 is claimer:
                    d.actor2 = None
        if fold_text(ctx.doc.text[os_:oe]) not in cues().claimed_back_nouns | cues().claim_back_pronouns:
            continue  # عن هجوم فاراه: an indefinite noun tells a deed of its own, not one told before
        k = _sent_index(ctx.doc, sent.start)
        floor = ctx.doc.sentences[max(0, k - reach)].start
        # مسؤوليته عن الهجوم names one deed: a plural noun told before (سلسلة هجمات، تفجيرات) sums a series,
        # not the deed claimed, which the nearest single telling names (a pronoun, هجمات أعلن التنظيم
        # مسؤوليته عنها, points to the noun right before, plural or not)
        obj = fold_text(ctx.doc.text[os_:oe])
        one = obj in cues().claimed_back_nouns and not obj.endswith(cues().plural_endings)
        told = [d for d in drafts if d.type in claimed and floor <= d.head.start < os_
                and not (d.sentence == (sent.start, sent.end) and d.head.end > os_)
                and d.modality != "denied" and not any(os_ <= x.start < oe for x in d.hits)
                and not (one and _many_noun(ctx, d))]
        if not told:
            # وأعلن التنظيم مسؤوليته عن الهجوم at the end of a long story: the definite noun points back to the
            # deed of its type told last, however far back, when that telling named no doer of its own
            # (not when the claim is dated: وفي مايو الماضي أعلن التنظيم مسؤوليته عن الهجوم recalls another)
            before = [d for d in drafts if d.type in claimed and d.head.start < sent.start
                      and d.modality != "denied" and not (one and _many_noun(ctx, d))]
            if not before or before[-1].actor1_explicit or _time_in(ctx.doc, sent.start, sent.end) is not None:
                continue
            told = before[-1:]
        target = told[-1]
        if target.actor1_explicit and target.actor1 is not claimer:
            continue  # the telling named another doer: the claim stays the claimer's word
        target.actor1, target.actor1_explicit, target.claimed = claimer, True, True
        drop |= {id(d) for d in drafts if d is not target and d.type in claimed
                 and all(os_ <= x.start < oe for x in d.hits)}
    return [d for d in drafts if id(d) not in drop]


def _many_noun(ctx: _Ctx, d: Draft) -> bool:
    """A trigger of d ends on a plural noun (هجمات، التفجيرات، اندلعت اشتباكات): a series summed, no single
    deed (no verb trigger ends so)."""
    return any(_f(_strip_conj(ctx.doc.text[h.start:h.end])).endswith(cues().plural_endings) for h in d.hits)


def _unclaimed_objects(ctx: _Ctx, ss: int, se: int) -> list[tuple[int, int]]:
    """The spans of the deeds a claim nobody made is about, in the sentence [ss, se): a negated verb of
    announcing with a noun of responsibility and its عن (ولم تعلن أي جهة حتى الآن مسؤوليتها عن الهجوم،
    لم يعلن أحد مسؤوليته عن إطلاق هذه القذائف), or a negated verb of adopting with the deed as its object
    (ولم تتبن أي جهة الهجوم). Each span is the word right after عن (a demonstrative skipped) or the adopted
    noun."""
    c = cues()
    if not c.unclaimed_negations:
        return []
    i, j = ctx.words.run_of(ss, se)
    spans = ctx.words.bare[i:j]
    found: list[tuple[int, int]] = []
    for i, (_s, _e, w) in enumerate(spans):
        adopt = w in c.claim_verbs
        if i == 0 or spans[i - 1][2] not in c.unclaimed_negations or not (adopt or w in c.claim_declare_verbs):
            continue
        for j in range(i + 1, min(i + c.claim_reach, len(spans))):
            w2 = spans[j][2]
            if adopt and (w2 in c.claimed_back_nouns or "ال" + w2 in c.claimed_back_nouns):
                found.append(spans[j][:2])
                break
            if w2 not in c.blame_nouns:
                continue
            k = j + 1
            while k < len(spans) and spans[k][2] in c.unclaimed_fillers:
                k += 1
            if k < len(spans) and spans[k][2] == "عن":
                k += 1
                if k < len(spans) and spans[k][2] in c.demonstratives:
                    k += 1
                if k < len(spans):
                    found.append(spans[k][:2])
            break
    return found


def _unclaimed_back(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """ولم تعلن أي جهة مسؤوليتها عن الهجوم: the deed nobody claimed is the one the article told before, not
    another; its noun there makes no new event (nor a doer guessed for it). A deed first told in such a
    sentence (لم تعلن أي جهة مسؤوليتها عن الهجوم الذي وقع في ...), or told there with its own target or a
    verb of its own (عن الهجوم على مقر ...، عن الهجوم الذي استهدف ...), stays."""
    claimed = set(cues().claimed_types)
    drop: set[int] = set()
    for sent in ctx.doc.sentences:
        objects = _unclaimed_objects(ctx, sent.start, sent.end)
        for os_, oe in objects:
            here = [d for d in drafts if d.type in claimed and any(os_ <= x.start < oe for x in d.hits)
                    and all(os_ <= x.start < oe for x in d.hits)]
            nxt = ctx.words.between(oe, sent.end, limit=1)
            if not here or (nxt and _in_list(nxt[0], cues().target_markers)):
                # عن الهجوم على مقر لقسد في الرقة، عن الهجوم الذي استهدف حاجزا: the deed is told right there,
                # with its own target, and may be another than the one told before
                continue
            told = [d for d in drafts if d.type in claimed and d.head.start < sent.start and id(d) not in drop]
            if told:
                drop |= {id(d) for d in here}
    return [d for d in drafts if id(d) not in drop]


def _agreement_key(ctx: _Ctx, d: Draft) -> tuple[str, str | None, bool] | None:
    """What names the agreement or talks a noun-headed event of a background type is: its trigger's first
    word, and its name: the rest of a two-word trigger (اتفاق تسوية) or the word after the noun when that word
    names it (اتفاق التسوية، محادثات سوتشي), else None; and whether the noun stands definite with nothing
    naming it (الاتفاق، المحادثات، الاجتماع). A light verb with the noun (توصل إلى اتفاق) keeps the key."""
    h = d.head
    if h.trig.pos != "noun" or d.type not in cues().background_types:
        return None
    head, *rest = h.trig.base.split()
    name = " ".join(rest) or None
    if name is None:
        for s, _e, w in ctx.words.spans_from(h.end):
            if s < h.end:
                continue  # the rest of the trigger's own word (اتفاقا)
            # a name follows the noun in its phrase: no clause stop between, no preposition or relative
            if s < d.sentence[1] and not _CLAUSE_END.search(ctx.doc.text, h.end, s) \
                    and not _in_list(w, cues().agreement_not_names) \
                    and not _in_list(w, ctx.lex.reference_before):
                name = _strip_conj(w)
            break
    if name is not None and name.startswith("ال"):
        name = name[2:]
    definite = not rest and _definite_hit(ctx, h)
    return head, name, definite


def _agreement_again(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """An agreement or talks told before and cited again (بموجب اتفاق التسوية، وينص الاتفاق على، محادثات
    أستانا named once more) are the ones told, not new ones: a noun-headed event of a background type (no
    verb of its own) whose noun and name are those of an earlier one of its type in another sentence, or
    whose definite noun names nothing (الاتفاق after an agreement told), goes. A name that differs (اتفاق
    أضنة after اتفاق سوتشي) keeps another agreement apart."""
    out: list[Draft] = []
    keys: list[tuple[str, str | None, bool] | None] = []
    for d in drafts:
        key = _agreement_key(ctx, d)
        if key is not None and not d.verbal:
            head, name, definite = key
            if any(o.type == d.type and o.sentence != d.sentence and ok is not None and ok[0] == head
                   and ((name is not None and name == ok[1]) or (name is None and definite))
                   for o, ok in zip(out, keys, strict=True)):
                continue
            truce = next((o for o in out if _truce_retold(ctx, d, o)), None)
            if truce is not None:
                # the truce told again (إعلان الأمم المتحدة وقف إطلاق النار، على الرغم من هدنة إيقاف النار)
                # names the doer the first telling lacked, never another
                if truce.actor1 is None and d.actor1_explicit:
                    truce.actor1, truce.actor1_explicit = d.actor1, True
                continue
        out.append(d)
        keys.append(key)
    return out


def _truce_retold(ctx: _Ctx, d: Draft, o: Draft) -> bool:
    """d, a truce noun with no verb of its own (event_cues truce_triggers: هدنة، وقف إطلاق النار), names again
    the truce o told in an earlier sentence, whatever word each uses: an article names its truce three or four
    times (قرار بهدنة ... بعد إعلان وقف إطلاق النار ... الالتزام بالهدنة), each with fewer parties. It stays
    apart with an another-word in its clause (هدنة جديدة، هدنة أخرى), a named doer other than o's, a place or a
    day of its own, or when o was only sought (a truce proposed, then agreed)."""
    truces = _cue_words("truce_triggers")
    if (o.type != d.type or o.sentence[0] >= d.sentence[0]
            or _f(d.head.trig.base) not in truces or _f(o.head.trig.base) not in truces):
        return False
    if o.modality == "expected" and d.modality != "expected":
        return False
    words = set(ctx.words.between(*d.clause))
    if not _in_list_forms(cues().another_words | _cue_words("retold_apart_words")).isdisjoint(words):
        return False
    if d.actor1 is not None and o.actor1 is not None and not _same_side(d.actor1, o.actor1) and (
            d.actor1_explicit or _named_in_sentence(ctx, d.actor1, d.sentence)):
        # مدد الرئيس غني وقفا لإطلاق النار after طالبان رفضت تمديد وقف إطلاق النار: another party's deed
        return False
    if any(not _international_body(ent) and (o.actor1 is None or not _same_side(ent, o.actor1))
           for _m, ent in ctx.actors(d.clause[0], d.head.start)):
        # إيران وسوريا ستلتزمان بقرار مجلس الأمن حول وقف إطلاق النار: parties named before the truce in its
        # clause tell their own act on it (a pledge to keep it), not the resolution told again
        return False
    if d.actor1 is not None and d.actor2 is not None and o.actor2 is None:
        # both sides named (وافقت طالبان على وقف إطلاق النار مع القوات الحكومية) tell more than a mention
        return False
    before = [_f(_strip_conj(w)) for w in ctx.words.before(d.head.start, 2, d.clause[0])]
    if any(w.endswith(cues().plural_endings) or _in_list(w, cues().aggregate_words) for w in before) \
            or not _cue_words("truce_apart_words").isdisjoint(map(_f, words)):
        # اتفاقات وقف إطلاق النار المبرمة في الماضي، أكثر من هدنة، خطط هدنة مماثلة: other truces
        return False
    if not _places_compatible(o.place, d.place):
        return False
    return not _dated_apart(ctx, d, o)


def _merge(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """One event per thing that happened: same type in the same sentence with no new party or place is one
    event told in several clauses (شن هجمات ...، مع قيامهم بشن بعض الهجمات ...). A killing and the attack
    it happened in are one happening whatever cue sits near each (قُتل 11 مدنياً، في غارة تركية ...)."""
    out: list[Draft] = []
    #: each sentence's reply words (_reply_at), found once: a sentence may be a whole unpunctuated text
    replies: dict[tuple[int, int], list[int]] = {}

    def replied(o: Draft, d: Draft) -> bool:
        """A reply word stands between o's trigger and d's (o replies to d)."""
        if d.sentence not in replies:
            words, found = _place_cues()["reply"], []
            for s, _e, w in ctx.words.spans_from(d.sentence[0]):
                if s >= d.sentence[1]:
                    break
                # bare or after و only: فردا (12 فردا, a count of persons) is no فـ + ردا
                if w in words or (w[:1] == "و" and w[1:] in words):
                    found.append(s)
            replies[d.sentence] = found
        k = bisect.bisect_left(replies[d.sentence], o.head.end)
        return (k < len(replies[d.sentence]) and replies[d.sentence][k] < d.head.start) or _replying_verb(ctx, o, d)

    for d in drafts:
        if not d.actor1_explicit and d.actor1 is not None and any(
                o.sentence == d.sentence and o.actor1 is d.actor1 and o.head.start < d.head.start
                and replied(o, d) for o in out):
            # ضربة صاروخية نفذتها إيران ردا على هجوم الأحواز: the one replying is no guess for the doer of
            # what it replied to
            d.actor1 = None
        twin = None
        for o in out:
            if _carried_threat(o, d):
                twin = o
                break
            # the fight a killing's victim fell in, named after his description: its parties are the
            # killing's, so neither they nor a strike back (مواجهات مع الجيش) keep it apart
            apposed = o.sentence == d.sentence and o.type == d.type and _apposed_cause(ctx, o, d, drafts)
            if (o.sentence == d.sentence and o.type == d.type
                    and (o.modality == d.modality or _cause_of(ctx, o, d))
                    and (((d.actor2 is None or o.actor2 is None or d.actor2 is o.actor2)
                         and (not d.actor1_explicit or d.actor1 is o.actor1)) or apposed)
                    and (apposed or not _counter_strike(ctx, o, d)) and not _fired_apart(ctx, o, d)
                    and not (o.head.start < d.head.start and replied(o, d))):
                # ضربات على مواقع في سوريا ردا على هجوم كيماوي في دوما: the attack replied to is another
                # happening, with its own doer and place, not the strikes told again
                twin = o
                break
        if twin is None:
            out.append(d)
            continue
        if _carried_threat(twin, d):
            _fold_carried_threat(twin, d)
            continue
        twin.hits.extend(d.hits)
        twin.span = (min(twin.span[0], d.span[0]), max(twin.span[1], d.span[1]))
        twin.actor2 = twin.actor2 or d.actor2
        if twin.actor1 is None or (d.actor1_explicit and not twin.actor1_explicit):
            twin.actor1, twin.actor1_explicit = d.actor1 or twin.actor1, d.actor1_explicit
        subordinate = any(_in_list(w, cues().time_subordinators)
                          for w in ctx.words.between(d.clause[0], d.clause[1], limit=2))
        if (d.clause == twin.clause or not subordinate) and not (
                twin.head.start < d.head.start and _reply_at(ctx, twin.head.end, d.sentence[1]) < d.head.start
        ) and not _dated_by(ctx, twin, d):
            # غارات على محيط دمشق، بعد أيام من توغل القوات في ريف القنيطرة: a clause that dates the event by
            # another tells where that other one was; so does one that replies to another (ضربات ردا على هجوم
            # في دوما)
            _refine_place(twin, d)
    return out


def _carrier(d: Draft) -> bool:
    """d is a threat told by the act that carries it (a triggers.json conditional THREATEN: ألقت الطائرات
    منشورات), not by a word of threatening."""
    return d.type == "THREATEN" and any(h.trig.type == "THREATEN" and h.trig.cond >= 0 for h in d.hits)


def _carried_threat(o: Draft, d: Draft) -> bool:
    """o and d are a threat's carrier (leaflets dropped) and the threat it carries, told in one sentence
    (ألقت قوات النظام منشورات فوق الرقة تحذر من عملية عسكرية وشيكة): one threat, though the leaflets are told as
    done and the operation they warn of as expected, which keeps them apart in _merge. Two doers each named
    for itself (ألقت الطائرات منشورات، فيما توعدت الفصائل بالرد) are two threats."""
    if o.sentence != d.sentence or o.type != "THREATEN" or d.type != "THREATEN" or _carrier(o) == _carrier(d):
        return False
    return not (o.actor1_explicit and d.actor1_explicit and o.actor1 is not d.actor1)


def _fold_carried_threat(twin: Draft, d: Draft) -> None:
    """Folds d into twin, a carrier and its carried threat (_carried_threat): the leaflets' verb is the head and
    its doer the one threatening (the carried threat's subject is the leaflets, or a doer guessed); the deed
    warned of is not yet done, so an expected modality of the carried threat stays."""
    carrier, carried = (twin, d) if _carrier(twin) else (d, twin)
    hits = carrier.hits + carried.hits
    twin.hits[:] = hits
    twin.span = (min(twin.span[0], d.span[0]), max(twin.span[1], d.span[1]))
    twin.actor1 = carrier.actor1 or carried.actor1
    twin.actor1_explicit = carrier.actor1_explicit if carrier.actor1 is not None else carried.actor1_explicit
    twin.actor1_borrowed = carrier.actor1_borrowed if carrier.actor1 is not None else carried.actor1_borrowed
    twin.actor2 = carrier.actor2 or carried.actor2
    twin.place, twin.place_strength = ((carrier.place, carrier.place_strength) if carrier.place is not None
                                       else (carried.place, carried.place_strength))
    twin.modality = "expected" if carried.modality == "expected" else carrier.modality
    twin.claim = carrier.claim or carried.claim


def _carrier_retold(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """A leaflet drop told again later in the article by the same side (وكانت إسرائيل قد ألقت منشورات ... ثم
    ألقت طائرة إسرائيلية منشورات على القطاع، وهذه المرة الأولى التي تلقي فيها إسرائيل منشورات): one drop, the
    first telling; a state and its army are one doer (detect._same_side). One that calls itself another
    (مرة أخرى، منشورات جديدة) or is dated to another day stays."""
    out: list[Draft] = []
    for d in drafts:
        if _carrier(d) and d.actor1 is not None and not _calls_another(ctx, d) and any(
                _carrier(o) and o.actor1 is not None and _same_side(o.actor1, d.actor1)
                and o.sentence != d.sentence
                and not _other_day(_time_in(ctx.doc, *d.clause), _time_in(ctx.doc, *o.clause)) for o in out):
            continue
        out.append(d)
    return out


def _dated_by(ctx: _Ctx, first: Draft, d: Draft) -> bool:
    """A time subordinator opening on a trigger (_dated_at) stands between the trigger of `first` and that of
    the later `d` of its sentence, in a clause of its own or not: d is the earlier happening that
    dates `first` (ضربات على مواقع في سوريا بعد تقارير عن هجوم كيماوي استهدف دوما), its place its own. A
    killing is not so dated: قتل خمسة بعد غارة على البلدة tells the cause and where the dead fell."""
    if first.head.trig.base in cues().killing_bases or first.head.start > d.head.start:
        return False
    return _dated_at(ctx, first.head.end, d.head.start) < d.head.start


def _cause_of(ctx: _Ctx, kill: Draft, d: Draft) -> bool:
    """d names the attack a killing told before it in its sentence happened in: its clause opens with a
    cause word right before the trigger (في غارة، جراء قصف، بنيران)."""
    if kill.head.trig.base not in cues().killing_bases or kill.head.start > d.head.start:
        return False
    first = min(x.start for x in d.hits)
    lead = ctx.words.between(d.clause[0], first)
    return (0 < len(lead) <= 2 and _in_list(lead[0], cues().cause_words)) or _counted_cause(lead)


def _apposed_cause(ctx: _Ctx, kill: Draft, d: Draft, drafts: list[Draft]) -> bool:
    """قتل القيادي أبو علي، قائد الكتيبة الثالثة، خلال مواجهات مع الجيش: the clause right after a killing
    verb describes the one killed, then names under a cause word (event_cues cause_words) the fight he fell in;
    the two are one happening, whatever parties the describing words lent the second clause. Only the clause
    right after the killing, with no other event between and the cause word right before the trigger, within
    event_cues apposed_cause_reach words of the clause start."""
    if kill.head.trig.base not in cues().killing_bases or not kill.verbal or kill.head.start > d.head.start:
        return False
    if not 0 < d.clause[0] - kill.clause[1] <= 3 or ctx.doc.text[kill.clause[1]:d.clause[0]].strip() not in ("،", ","):
        return False  # the clause right after the killing's, a comma between
    first = min(x.start for x in d.hits)
    lead = ctx.words.between(d.clause[0], first)
    if not lead or len(lead) > cues().apposed_cause_reach or not _in_list(lead[-1], cues().cause_words):
        return False
    return not any(kill.head.end <= x.head.start < first for x in drafts if x is not d)


def _history(ctx: _Ctx, d: Draft) -> bool:
    """The clause dates the event years before the article (عام 1911 أعدم العثمانيون، في معركة حطين عام 1187):
    background history, not news of the conflict."""
    pub = ctx.doc.published
    t = _time_in(ctx.doc, *d.clause)
    if pub is None or t is None or not t.date or not (d.clause[0] <= t.start and t.end <= d.clause[1]):
        return False  # a date carried from an earlier sentence does not date this clause
    lead = ctx.words.bare_before(t.start, 2, d.clause[0])
    since = _cue_words("since_words")
    if any(w in since for w in lead) or t.text.startswith(tuple(since)):
        return False  # منذ 1967: a state lasting to the present, not a past happening
    try:
        year = int(t.date[:4])
    except ValueError:
        return False
    return year < pub.year - cues().history_years


def _war_toll(ctx: _Ctx, d: Draft) -> bool:
    """قتل 400 ألف شخص منذ اندلاع الحرب، قتلوا منذ 2011 في هجمات: a killing counted since the start of the
    war as a whole (event_cues toll_wars), since a party's entry into it (toll_interventions: قتل 92 عسكريا
    روسيا منذ تدخل موسكو في النزاع) or since a year long before the article is the war's statistic, no
    happening told; a toll since the start of one offensive (منذ بدء الهجوم على الغوطة) still is one. The
    casualty masdar counts so too (toll_nouns: وثق المرصد مقتل 350 مدنيا منذ بدء الحرب), and a superlative
    right before منذ (toll_superlatives: في الهجوم الأكثر دموية منذ بدء النزاع، أعنف قصف منذ اندلاع الحرب)
    ranks one happening against the war, which it tells."""
    c = cues()
    h = d.head
    if not (h.trig.base in c.killing_bases or (h.trig.pos == "noun" and h.trig.base in _cue_words("toll_nouns"))) \
            or not c.toll_wars:
        return False
    if _war_subject(ctx, d) or _war_as_when(ctx, d):
        return True
    ws = ctx.words.bare_between(d.clause[0], d.clause[1])
    pub = ctx.doc.published
    ranks, since = _cue_words("toll_superlatives"), _cue_words("since_words")
    for k, w in enumerate(ws):
        if w not in since or any(x in ranks for x in ws[max(0, k - 2) : k]):
            continue
        rest = ws[k + 1 : k + 4]
        if rest and rest[0] in c.toll_starts:
            rest = rest[1:]
        if rest and (rest[0] in c.toll_wars or "ال" + rest[0] in c.toll_wars):
            return True
        if rest and rest[0] in _cue_words("toll_interventions"):
            return True  # منذ تدخل موسكو في النزاع، منذ التدخل السعودي: a party's whole campaign, years long
        if rest and rest[0] in _cue_words("toll_year_nouns"):
            rest = rest[1:]
        if rest and pub is not None and rest[0].isdigit() and len(rest[0]) == 4 \
                and pub.year - int(rest[0]) >= c.toll_years:
            return True
    return _running_toll(ctx, d)


def _war_as_when(ctx: _Ctx, d: Draft) -> bool:
    """وقتل في الحرب أكثر من عشرة آلاف، رفات جنود قتلوا خلال الحرب، زوجها قتل في الحرب: a killing whose only
    setting is the war as a whole, the war noun (event_cues toll_wars) under a preposition of time
    (war_when_preps) within war_when_reach words after the killing's trigger, no other trigger between and
    no doer named in its clause, is the war's toll or a life's background, no happening told, unless its
    clause names a day of its own."""
    c = cues()
    h = d.head
    preps = _cue_words("war_when_preps")
    reach = _cue_int("war_when_reach")
    if h.trig.base not in c.killing_bases or not preps or reach <= 0 or d.actor1_explicit:
        # قتل الجيش ستة مسلحين في الحرب على الإرهاب: a doer named in its clause makes it a deed told
        return False
    after = ctx.words.spans_from(h.end)
    seen: list[tuple[int, int, str]] = []
    for s, e, w in after:
        if s >= d.clause[1] or len(seen) > reach:
            return False
        seen.append((s, e, w))
        if len(seen) >= 2 and _strip_conj(seen[-2][2]) in preps and (w in c.toll_wars or "ال" + w in c.toll_wars):
            if any(h.end <= x.start < s and x.start != h.start for x in ctx.raw_hits):
                return False  # قتل في غارة خلال الحرب: the strike is the happening, told on its own
            t = _time_in(ctx.doc, *d.clause)
            return t is None or not d.clause[0] <= t.start < d.clause[1]
    return False


def _running_toll(ctx: _Ctx, d: Draft) -> bool:
    """أعلن الجيش حتى الآن عن مقتل 46 من جنوده، قتل 79 عنصرا خلال الفترة ذاتها: a killing counted so far or over
    the same period (event_cues running_toll_phrases) is the running toll of an offensive told elsewhere, a
    quantity of it, no new happening. A clause that dates the killing to a day (time_next: الجمعة، اليوم، أمس)
    tells a fresh one whatever total it goes on to give (مقتل 17 مدنيا الجمعة، ما رفع عدد القتلى حتى الآن إلى
    36). A toll since the start of one offensive (منذ بدء الهجوم) is left to _war_toll, which keeps it. A toll
    counts: a clause with no count above one (وقد قتل جندي إسرائيلي برصاص قناص خلال الفترة نفسها) tells one
    death of that period, a happening of its own."""
    if not any(q.value > 1 for q in ctx.doc.quantities if d.clause[0] <= q.start < d.clause[1]):
        return False
    ws = fold_text(ctx.doc.text[d.clause[0]:d.clause[1]]).split()
    words = {_strip_conj(w) for w in ws}
    if words & _cue_words("time_next"):
        return False
    ranks = _cue_words("toll_superlatives")
    for p in _cue_words("running_toll_phrases"):
        phrase = p.split()  # once per phrase, not once per word of the clause
        n = len(phrase)
        for k in range(len(ws) - n + 1):
            # في أكبر تحد حتى الآن: a superlative ranks the happening against those before, which it tells
            if ws[k:k + n] == phrase and not any(_strip_conj(w) in ranks for w in ws[max(0, k - 3):k]):
                return True
    return False


def _toll_of_told(ctx: _Ctx, d: Draft) -> bool:
    """A killing whose cause is a definite attack noun (قتل في الهجوم، خلال العملية التركية، في الضربة) counts
    the dead of an attack the article has told: the definite article points back to it."""
    h = d.head
    if h.trig.base not in cues().killing_bases:
        return False
    for x in d.hits:
        if x is h or x.trig.pos != "noun" or x.start < h.end:
            continue
        lead = ctx.words.bare_before(x.start, 1, d.clause[0])
        if _definite_hit(ctx, x) and lead and lead[0] in cues().cause_words:
            return True
    return False


def _repeats(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """Drop mentions of an event already told: a definite noun (الهجوم، الخرق الأمني) naming the same type
    with the same actor as an event of the last sentences, and sentences repeated word for word."""
    doc = ctx.doc
    seen_sent: dict[str, tuple[int, int]] = {}
    # a sentence's key once per sentence: its drafts (often several) asked to fold the same whole sentence
    sent_key: dict[tuple[int, int], str] = {}
    out: list[Draft] = []
    for d in drafts:
        key = sent_key.get(d.sentence)
        if key is None:
            key = sent_key[d.sentence] = " ".join(_WORD.findall(fold_text(doc.text[d.sentence[0]:d.sentence[1]])))
        first = seen_sent.setdefault(key, d.sentence)
        if first != d.sentence:
            continue
        if not d.verbal and any(d.clause[0] <= p < d.clause[1] for p in ctx.elaborated) \
                and any(o.type == d.type for o in out):
            # هذا الهجوم ... بهدف اغتنام أسلحة: more about an event already told; with none of its type told
            # before (a lead: أفادت مصادر بمقتل 36 ... خلال المواجهات) the clause tells the happening itself
            continue
        if any(o.type == d.type and o.sentence != d.sentence for o in out) and _toll_of_told(ctx, d) \
                and not _calls_another(ctx, d, anywhere=False):
            continue  # قتل 42 جندياً في الضربة: the toll of the strike already told, not a new happening
        # القصف الجديد، الغارة الثانية: a definite noun that calls itself new is another happening
        result = not d.verbal and _result_subject(ctx, d)
        if not d.verbal and all(doc.text[x.start:x.end].startswith("ال") or x.prefix.endswith("ل")
                                or _pronoun_patient(ctx, x) or (result and _construct_definite(ctx, x, d))
                                for x in d.hits if x.trig.pos == "noun") and not _calls_another(ctx, d, anywhere=False):
            # a toll told by a verb of outcome (وأسفرت الغارات عن مقتل) points back to a strike told, however
            # many sentences of comment stand between: it reaches further back (event_cues result_sentences)
            reach = cues().result_sentences if result else 2
            gap = {o.sentence: _sent_index(doc, d.sentence[0]) - _sent_index(doc, o.sentence[0]) for o in out}
            # a toll's own day: after its attack noun in its clause (أسفرت الغارات يوم الأحد عن), or opening its
            # sentence before a comma (في 21 آذار، أسفرت الغارات), not one before it in the clause, often of
            # another verb (غادروا الغوطة قبل السبت فيما تسبب القتال في عفرين). Only for a verb of outcome: a
            # definite noun told with a span of days (القصف استمر منذ مساء الأحد حتى فجر الاثنين) goes on with
            # the shelling told
            own = _time_in(doc, d.sentence[0], d.clause[1]) if result else None
            if own is not None and not (d.head.start < own.start < d.clause[1]
                                        or len(ctx.words.between(d.sentence[0], own.start)) <= 1):
                own = None
            recent = [o for o in out if o.type == d.type and o.sentence != d.sentence
                      and not _feared_apart(ctx, o, d) and 0 <= gap[o.sentence] <= reach
                      # في 21 آذار، أسفرت الغارات عن: a clause dated to another day than the strike told tells
                      # that day's strikes, not the outcome of the first
                      and not _other_day(own, _time_in(doc, *o.clause))
                      # beyond two sentences only the last happening told: a seizure or pact told since
                      # (سيطرت القوات على مواقع ... وأسفرت المعارك عن) has its own fighting
                      and (gap[o.sentence] <= 2 or all(p.sentence == o.sentence for p in out
                                                       if p.head.start > o.head.start))]
            same = [o for o in recent if o.actor1 is d.actor1 and (d.actor2 is None or o.actor2 is d.actor2)]
            if not same and result:
                # وأسفرت الضربة الجوية عن مقتل 14 عنصرا: the definite noun whose toll is told is the strike of
                # the sentences before, whatever parties the toll names or the teller's voice lends it
                same = [o for o in recent if not (d.actor1_explicit and o.actor1_explicit and d.actor1 is not None
                                                  and o.actor1 is not None
                                                  and not _same_side(d.actor1, o.actor1))]
            if same and _new_scene(ctx, d, same[-1]):
                # وفي الحديدة تجددت المعارك: a sentence that opens on another place turns to another front;
                # its definite noun tells a happening there, not the one told before elsewhere
                same = []
            if same:
                _refine_place(same[-1], d)
                if d.claimed and not same[-1].actor1_explicit and d.actor1 is not same[-1].actor2 \
                        and not _many_noun(ctx, same[-1]):
                    # وأسفر التفجير عن ... وأعلن التنظيم مسؤوليته عن الهجوم: the claim the retelling took
                    # names the doer of the deed it tells again
                    same[-1].actor1, same[-1].actor1_explicit, same[-1].claimed = d.actor1, True, True
                if result:
                    # the toll the retelling tells is the first telling's (events._event_quantities)
                    same[-1].toll_spans.append(d.clause)
                continue
        out.append(d)
    return out


def _other_day(a: model.TimeRef | None, b: model.TimeRef | None) -> bool:
    """Two times each resolved to a day, and not the same one. Only days count: a span (منذ أسابيع، منذ ثلاث
    سنوات) beside a day does not tell another happening (Griffiths' talks revived "for weeks" after a dated
    offensive are the talks told before)."""
    return (a is not None and b is not None and a.precision == "day" and b.precision == "day"
            and a.date is not None and b.date is not None and a.date != b.date)


def _new_scene(ctx: _Ctx, d: Draft, told: Draft) -> bool:
    """The sentence of `d` opens with a fronted في and a place (وفي الحديدة، وفي محافظة إدلب، ...: the way a
    report turns to another scene) that is not where `told` was: unknown there, or not within its area."""
    ss, se = d.sentence
    words = ctx.words.spans_at(ss, 3)
    if not words or _strip_conj(words[0][2]) != "في":
        return False
    heads = ctx.lex.roles["place_heads"]
    named = ctx.places(words[0][1], se)
    if not named:
        return False
    m, ent = named[0]
    gap = ctx.words.between(words[0][1], m.start)
    if len(gap) > 1 or (gap and gap[0] not in heads):
        return False
    if told.place is None:
        return True
    if ent is told.place:
        return False
    a1, a2 = ent.attrs.get("admin1"), told.place.attrs.get("admin1")
    if a1 and a2 and ent.attrs.get("precision") != "country" and told.place.attrs.get("precision") != "country":
        # two governorates (تعز، الحديدة) are two fronts, however near; within 200 km they are compatible
        return bool(a1 != a2)
    return not _places_compatible(told.place, ent)


def _result_subject(ctx: _Ctx, d: Draft) -> bool:
    """The event noun is the subject of a verb of outcome (أسفرت الضربة عن، الهجمات أسفرت أيضا عن، أدى القصف
    إلى: event_cues result_verbs), right before it or within result_window words after it."""
    c = cues()
    first = min(x.start for x in d.hits)
    last = max(x.end for x in d.hits)
    # وأسفر أيضا هجوم الفصائل عن: a word of addition may stand between the verb and its subject
    before = ctx.words.bare_before(first, 2, d.clause[0])
    if len(before) == 2:
        before = before[1:] if before[1] not in c.result_fillers else before[:1]
    after = ctx.words.bare_between(last, d.clause[1], limit=c.result_window)
    return bool(set(before + after) & c.result_verbs)


def _construct_definite(ctx: _Ctx, x: Hit, d: Draft) -> bool:
    """An event noun in construct with a definite word right after it (هجمات الأحد، هجوم الفصائل), made
    definite by its genitive; an indefinite one (انفجار وقع، غارة جديدة) has no ال word right after it."""
    nxt = ctx.words.between(x.end, d.clause[1], limit=1)
    return bool(nxt) and nxt[0].startswith("ال") and len(nxt[0]) > 3


def _tolls(ctx: _Ctx, s: int, e: int) -> set[str]:
    """The numbers a clause gives (43 مدنيا، 15 مسلحا), years aside: a toll told twice is one happening.

    A number of a time or a length of time (في 17 مارس، منذ 3 أيام، الساعة 11) counts nothing: two tellings
    dated or timed differently in words still give the same toll."""
    out = set()
    words = ctx.words
    units = cues().toll_time_units
    times = ctx.doc.times
    i = bisect.bisect_left(words.starts, s)
    n = len(words.spans)
    while i < n and words.spans[i][0] < e:
        ws, we, w = words.spans[i]
        i += 1
        if not w.isdigit() or 1900 <= int(w) <= 2100 or we > e:
            continue
        nxt = words.spans[i][2] if i < n else ""
        if _in_list(nxt, units) or any(t.start <= ws and we <= t.end for t in times):
            continue
        out.add(str(int(w)))
    return out


def _place_in_clause(d: Draft) -> bool:
    """The event's place is named inside its own clause (not taken from further on in the sentence or from
    the sentences around)."""
    return d.place is not None and any(d.clause[0] <= m.start < d.clause[1] for m in d.place.mentions)


def _definite_only(ctx: _Ctx, d: Draft) -> bool:
    """Every trigger is a definite noun with no verb carrying it (القصف المدفعي التركي، الهدنة), or one a
    relative clause goes on about (الهجوم الذي شنه التنظيم، القصف الذي استهدف المدينة): a happening named
    as already known."""
    nouns = 0
    for x in d.hits:
        if x.trig.pos == "noun":
            if not _definite_hit(ctx, x):
                return False
            if x.light is not None and x.light.start < x.start and not _ordered(ctx, x.light, d.sentence[0]):
                return False  # شن الهجوم: a verb tells it; أصدر الأوامر بشن الهجوم: the order names it
            nouns += 1
            continue
        prev = ctx.words.before(x.start, 1, d.sentence[0])
        if not (prev and _in_list(prev[0], cues().relatives)):
            return False
    return nouns > 0


def _ordered(ctx: _Ctx, light: Hit, floor: int) -> bool:
    """الجهة التي أصدرت الأوامر بشن الهجوم: a light masdar under ب right after a word of ordering names the
    attack the order was for, not a new telling of it."""
    if not (light.prefix and _strip_conj(light.prefix) == "ب"):
        return False
    prev = ctx.words.before(light.start, 1, floor)
    return bool(prev) and _in_list(prev[0], cues().order_words)


def _told_again(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """Articles tell one happening several times (lead, body, quote, casualty tally): a later event of the
    same type whose parties, place and date agree with an earlier one is that event again when it gives
    the same toll, names its parties only as "the two sides" (بين الطرفين), or is a bare definite noun
    naming no doer (هرباً من القصف التركي). The first telling stays."""
    doc = ctx.doc
    out: list[Draft] = []
    info: list[tuple[set[str], str | None]] = []
    #: each kept telling's incident marks and year, found once (a sentence may be a whole unpunctuated text)
    seen: list[tuple[set[str], int | None]] = []
    #: (sentence, type) of a telling found to repeat an earlier event → that event: the sentence's other
    #: clauses of the type tell it too (أفاد المرصد بقصف شنته قوات النظام، فيما تحدثت الخوذ عن قصف بالغاز)
    retold: dict[tuple[tuple[int, int], str], int] = {}
    for d in drafts:
        qs = _tolls(ctx, *d.clause)
        t = _time_in(doc, *d.clause)
        day = t.date if t is not None and t.precision == "day" else None
        words = set(ctx.words.between(*d.clause))
        # استهدفت المدفعية تعزيزات متجهة إلى مواقع أخرى، شن هجوما جديدا: a telling that calls its happening
        # or what it struck another or new is no retelling of the one before
        another = _calls_another(ctx, d)
        marks = _incident(ctx, d)
        year = _year(ctx, d)
        # وتزامن ذلك مع قصف مدفعي على مواقع الحوثيين: a happening told as coming along with one before is
        # another, never that one told again (the one before is ذلك, or the deed before the مع)
        alongside = _alongside(ctx, d)
        twin = None if alongside else retold.get((d.sentence, d.type))
        deal = False
        if twin is not None and not (
                _bases(d) & _bases(out[twin]) and (not d.actor1_explicit or d.actor1 is out[twin].actor1)
                and (d.actor2 is None or out[twin].actor2 is None or d.actor2 is out[twin].actor2)
                and (d.modality == out[twin].modality or not _modalities_apart(ctx, d, out[twin]))):
            twin = None
        for i, o in enumerate(out if twin is None and not alongside else []):
            oq, oday = info[i]
            if o.type != d.type or o.sentence == d.sentence or _modalities_apart(ctx, o, d):
                continue
            if _new_scene(ctx, d, o):
                continue  # وفي الحديدة تجددت المعارك: another front, not the battle told before elsewhere
            # ولم يقتل أحد من الطاقم في الغارة، some sentences after the strike on the town's hospital: a
            # definite noun naming the same deed, with no time, toll or place of its own, borrowed its place
            # from the sentences around (where the wounded were taken, a city in the news); one that names
            # its own (وتجدد القصف على قرية أخرى) may be another
            far = not _places_agree(d, o, region_km=_cue_int("retold_region_km", 300))
            # أسفرت عن أسر 4 حوثيين ... وأدت العملية لأسر 4 حوثيين، ... نقله لأحد المستشفيات داخل السعودية: the
            # same deed word with the same toll, no time and no place of its own (the far one was borrowed from
            # further on in its sentence, past its clause) is the deed told again, whatever form the word takes
            same_count = bool(qs and oq and qs <= oq) and not _place_in_clause(d)
            if far and not (t is None and _heads(d) & _heads(o) and (same_count or (
                    d.place_strength <= 1 and not qs and _definite_only(ctx, d)))):
                continue
            if day is not None and oday is not None and day != oday:
                continue
            same_doer = not (d.actor1_explicit and o.actor1_explicit) or d.actor1 is o.actor1
            if far:
                if (same_doer and not another and year == seen[i][1]
                        and (d.actor2 is None or o.actor2 is None or d.actor2 is o.actor2)
                        and (not d.actor1_explicit or d.type in cues().restated_types)):
                    twin = i
                    break
                continue
            if (not another and year == seen[i][1] and _places_compatible(o.place, d.place)
                    and not (qs and oq and not qs & oq) and _deal_retold(ctx, d, o, words)
                    and not _times_apart(t, _time_in(doc, *o.clause))):
                # اتفق الجانبان التركي والأمريكي على خارطة طريق ... وتوصلت أنقرة وواشنطن إلى تفاهم: one pair of
                # parties, one pact; اعتقلت القوات قياديين في التنظيم ... وتم اعتقال القياديين: one arrest
                twin, deal = i, True
                break
            if (d.type in cues().captured_types and not another and d.place is not None and d.place is o.place
                    and o.place.attrs.get("precision", "place") == "place"  # a town given by hand has none
                    and {b.split()[0] for b in _bases(d)} & {b.split()[0] for b in _bases(o)}
                    and year == seen[i][1] and _tellings_agree(d, o)):
                # سيطرت جماعة مبايعة للتنظيم على بلدة حيط ... سيطر مسلحو جيش خالد على حيط: one town taken with
                # the same word is one capture, whoever each telling names as its taker (a recapture has its
                # own word: استعادت)
                twin = i
                break
            if (d.type in cues().restated_types and not another and same_doer
                    and _same_incident(marks, seen[i][0], o) and year == seen[i][1] and _single(ctx, d)
                    and (d.actor2 is None or o.actor2 is None or d.actor2 is o.actor2)):
                # الهجوم الكيماوي على دوما ... هجوم دوما ... قصف بغاز السارين: a telling that singles the
                # happening out as the one before did (by its weapon, as a massacre, or by its place in
                # construct) is that happening told again, whatever words or toll come with it
                twin = i
                break
            if (d.type in cues().restated_types and d.actor1_explicit and o.actor1_explicit and not another
                    and d.actor1 is o.actor1 and d.actor2 is o.actor2 and d.actor2 is not None
                    and _single(ctx, d) and _single(ctx, o)
                    and (not (qs and oq) or qs & oq or (_bases(d) & _bases(o)) - cues().killing_bases)):
                # شن التنظيم هجوماً على قوات النظام ... هاجم مقاتلو التنظيم رتلاً لقوات النظام: one doer, one
                # target, one attack each time: the same happening, unless another toll comes with another
                # word for it (قتل 12 في قصف ... وقتل 5 في غارة)
                twin = i
                break
            if (d.type in cues().restated_types and d.actor1_explicit and o.actor1_explicit and not another
                    and d.actor1 is not None and o.actor1 is not None and _same_side(d.actor1, o.actor1)
                    and d.actor2 is None and o.actor2 is None
                    and d.place is not None and d.place is o.place and _bases(d) & _bases(o)
                    and _single(ctx, d) and _single(ctx, o) and not (qs and oq and not qs & oq)):
                # قصف جوي شنته قوات النظام على مدينة دوما، told in the lead and again in the body: one doer,
                # one word for it, one town and no other toll is the same happening told again
                twin = i
                break
            if qs & oq:
                if same_doer or d.actor1 is o.actor2 or d.actor2 is o.actor1:
                    twin = i
                    break
                continue
            if qs and oq:
                continue  # another toll: another happening
            if not same_doer or (d.actor2 is not None and o.actor2 is not None and d.actor2 is not o.actor2):
                continue
            # a definite noun (الهجوم) names a happening already known: the one told before by the same doer
            # (دان الوزير الهجوم الذي شنته القوات الحكومية), or by any when this telling names none. Only an
            # attack is told so: الانتشار الذي حدث لقوات النظام may be another deployment by the same force
            known = not d.actor1_explicit or (d.type in _definite_retold_types()
                                              and (d.actor1 is o.actor1 or not o.actor1_explicit))
            # ومن المقرر أن تجري جولة محادثات ثانية بين الجانبين: "the two sides" names the parties told
            # before, but a telling that calls its round another (ثانية، جديدة) is a new meeting of them
            if (words & cues().both_sides and not another) or (
                    known and not another and not qs and (_definite_only(ctx, d) or _definite_dual(ctx, d))
                    and _dual_heads(d) & _dual_heads(o)) \
                    or _points_back(ctx, d):
                twin = i
                break
        if twin is None:
            out.append(d)
            info.append((qs, day))
            seen.append((marks, year))
            continue
        retold[(d.sentence, d.type)] = twin
        info[twin] = (qs | info[twin][0], info[twin][1] or day)
        # the lead guessed the doer, the retelling names it (القصف الذي يشنه النظام): the named one holds,
        # unless the retelling lays blame (حمل الأهالي النظام مسؤولية الهجوم) or tells it otherwise
        adopt = (d.modality == out[twin].modality or d.claimed) and not words & cues().blame_nouns
        if adopt and d.actor1_explicit and not out[twin].actor1_explicit and d.actor1 is not out[twin].actor2:
            out[twin].actor1, out[twin].actor1_explicit = d.actor1, True
        if adopt and out[twin].actor2 is None and d.actor2 is not None and d.actor2 is not out[twin].actor1:
            out[twin].actor2 = d.actor2
        if not (deal and d.type in cues().venue_types):
            # a pact's place is only its own clause's (venue_types): وينص الاتفاق على خروج المسلحين إلى البادية
            # names where they go, not where the pact was made
            _refine_place(out[twin], d, region_km=_cue_int("retold_region_km", 300))
        if deal:
            # a pact or arrest told again keeps its first telling's trigger: only the retelling's hits that
            # cannot outrank its head (Draft.head prefers a light verb, then a verb: تم اعتقال) join it, whatever
            # their word, so that later checks still read the retelling's sentence (_civil_coordination)
            first = out[twin].head
            verbal = ("past", "present", "light")
            out[twin].hits.extend(x for x in d.hits if first.light is not None or (
                x.light is None and (first.trig.pos in verbal or x.trig.pos not in verbal)))
        else:
            out[twin].hits.extend(x for x in d.hits if x.trig.base not in _bases(out[twin]))
    return out


def _recalled(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """«استهدف صاروخ حوثي الرياض ... وأدانت الحكومة الهجوم»، «قصف صاروخي ... وقالت الوزارة إن الضربة استهدفت
    مؤتمرا»، «ضربات ... شاركت بارجة في الضربات على سوريا»: a later sentence that names a happening only by a
    definite general noun of one strike or of the strikes (event_cues recall_nouns; a light verb may carry it,
    `_recall_form`), with no time, toll, place, weapon or doer of its own, takes the reader back to the one of its
    type told last, a sentence or two before (recall_sentences), whatever word told that one; _told_again
    merges such a noun only when it repeats the earlier trigger's word. A noun that calls its happening another
    (هجوم جديد), replies to one (ردا على الهجوم) or marks it apart (الهجوم الكيماوي after a strike with no
    such mark) is left to stand."""
    c = cues()
    if not c.recall_nouns:
        return drafts
    doc = ctx.doc
    reply = _place_cues()["reply"]
    out: list[Draft] = []
    for d in drafts:
        victims = d.type in c.restated_types and _victims_recalled(ctx, d)
        if victims:
            # مقتل الجنود، المهاجمين الثلاثة قتلوا: the dead named as known are those of the last killing told
            last = next((o for o in reversed(out) if o.type == d.type and _tolls(ctx, *o.sentence)
                         and any(x.trig.base in c.killing_bases for x in o.hits)), None)
        else:
            last = next((o for o in reversed(out) if o.type == d.type), None)
        # the earlier telling is itself one strike, by a verb or a strike noun: قتال تنظيم داعش is a campaign
        if last is not None and _single(ctx, d) and not _single(ctx, last) \
                and any(_recall_subject(ctx, x, d.clause[0]) for x in d.hits):
            last = None  # الهجوم استهدف مطبخا after «سلسلة من الهجمات التي استهدفت»: one of the many, told anew
        if last is None or d.type not in c.restated_types or last.sentence == d.sentence \
                or not (victims or last.verbal or _heads(last) & c.recall_nouns) \
                or not (victims or (_recall_heads(ctx, d) and _recall_heads(ctx, d) <= c.recall_nouns
                                    and _recall_form(ctx, d))) \
                or not 0 < _sent_index(doc, d.sentence[0]) - _sent_index(doc, last.sentence[0]) <= c.recall_sentences:
            out.append(d)
            continue
        words = set(ctx.words.bare_between(*d.clause))
        lead = ctx.words.bare_before(d.head.start, 2, d.clause[0])
        t = _time_in(doc, *d.clause)
        marks = {m for m in _incident(ctx, d) if not m.startswith("at:")}
        # خلال الأعوام الماضية، الساعة السابعة: a stretch or unit of time dates the noun as surely as a date does
        units = {w.removeprefix("ال") for w in words} & c.toll_time_units
        own = (words & c.duration_words or _calls_another(ctx, d) or units or set(lead) & reply
               or _tolls(ctx, *d.clause)
               or (t is not None and d.clause[0] <= t.start < d.clause[1])
               or (marks and not marks & _incident(ctx, last)) or _year(ctx, d) != _year(ctx, last))
        doer = not (d.actor1_explicit and last.actor1_explicit and d.actor1 is not None and last.actor1 is not None
                    and not _same_side(d.actor1, last.actor1))
        # a target counts only when the recalling clause names it after a target word (الهجوم على قوات النظام):
        # one read from elsewhere in the sentence (كما أن الاعتداءات تؤكد أن إيران ...) tells no other strike
        target = d.actor2 is None or last.actor2 is None or _same_side(d.actor2, last.actor2) \
            or not _target_named(ctx, d)
        place = d.place is None or d.place_strength <= 1 or _places_agree(d, last)
        if own or not (doer and target and place) or _modalities_apart(ctx, d, last):
            out.append(d)
            continue
        # the retelling names the doer the first telling lacked, unless it tells it otherwise or lays blame
        # (حملت الحكومة الجماعة مسؤولية الهجوم), as in _told_again
        if d.modality == last.modality and not words & c.blame_nouns:
            if last.actor1 is None and d.actor1 is not None:
                last.actor1, last.actor1_explicit = d.actor1, d.actor1_explicit
            if last.actor2 is None and d.actor2 is not None and d.actor2 is not last.actor1 \
                    and _target_named(ctx, d):
                last.actor2 = d.actor2
        _refine_place(last, d)
    return out


def _object_word(ctx: _Ctx, h: Hit, limit: int) -> str | None:
    """The first word after trigger h in its clause, past time words (فجر اليوم، أمس): its object when the
    trigger takes one (اغتيال مرشح، اغتالوا المرشح)."""
    skip = cues().object_skip_words
    for w in ctx.words.between(h.end, limit, limit=4):
        w = _strip_conj(w)
        if w not in skip:
            return w
    return None


def _other_object(ctx: _Ctx, d: Draft) -> bool:
    """An apart-word (event_cues another_words, retold_apart_words; bare or definite) within the first words
    after one of d's triggers: its object is another one (اعتقال قياديا آخر، قتل المسلحون الشرطي الآخر), not
    the one told before. Only there, not after a count, and not opening a conjoined clause: a retelling adds
    others hurt (اغتيال المرشح وإصابة آخرين). another_words itself stays narrow, since _calls_another reads it
    anywhere in a clause, where آخرين most often counts others of the same toll (قتل جندي وأصيب آخرون)."""
    # the words as written only: a joined و (وآخرين) opens a conjoined phrase of others
    apart = cues().another_words | _cue_words("retold_apart_words")
    for h in d.hits:
        prev = ""
        for w in ctx.words.between(h.end, d.clause[1], limit=3):
            # after a count (اعتقال خمسة آخرين، مقتل ثلاثة واعتقال خمسة آخرين) the word counts others beside
            # those the sentence names first, the same arrest told again with the toll
            if ((w in apart or (w.startswith("ال") and w[2:] in apart)) and not prev.startswith("و")
                    and not _count_word(prev)):
                return True
            prev = w
    return False


def _doers_agree(a: EntityDraft | None, b: EntityDraft | None) -> bool:
    """No two different named doers: a missing one or one named only as unknown (مسلحون مجهولون) agrees
    with any."""
    unknown = cues().unknown_doer_refs
    return a is None or b is None or a is b or a.ref in unknown or b.ref in unknown


def _object_retold(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """«اغتيال مرشح للانتخابات ... ثم: أقدم مسلحون على اغتيال المرشح»: a telling whose trigger takes as its
    object the definite form of the indefinite object an earlier telling of its type gave its trigger, a few
    sentences before, names that very object again, and so tells the same happening: the article first
    introduces the victim (مرشح، شاب، ضابط) and then points back to him (المرشح، الشاب، الضابط). The doers must
    not differ (one named only as unknown differs from none), nor the targets or places; a telling that calls
    its happening another (هجوم جديد) stands. The first telling stays and takes a doer it lacked."""
    c = cues()
    doc = ctx.doc
    out: list[Draft] = []
    #: each kept telling's indefinite object words
    objects: list[set[str]] = []
    for d in drafts:
        own = {w for x in d.hits if (w := _object_word(ctx, x, d.clause[1])) is not None}
        definite = {w[2:] for w in own if w.startswith("ال") and len(w) > 4}
        twin = None
        if definite and d.modality != "denied" and not _calls_another(ctx, d) and not _other_object(ctx, d):
            for i in range(len(out) - 1, -1, -1):
                o = out[i]
                gap = _sent_index(doc, d.sentence[0]) - _sent_index(doc, o.sentence[0])
                if gap > c.object_recall_sentences:
                    break
                if (o.type == d.type and gap > 0 and not _modalities_apart(ctx, o, d) and definite & objects[i]
                        and _doers_agree(o.actor1, d.actor1)
                        and (o.actor2 is None or d.actor2 is None or o.actor2 is d.actor2)
                        and _places_compatible(o.place, d.place, region_km=_cue_int("retold_region_km", 300))):
                    twin = i
                    break
        if twin is None:
            out.append(d)
            objects.append({w for w in own if not w.startswith("ال")})
            continue
        o = out[twin]
        if d.actor1 is not None and (o.actor1 is None or (o.actor1.ref in c.unknown_doer_refs
                                                          and d.actor1_explicit)):
            o.actor1, o.actor1_explicit = d.actor1, d.actor1_explicit
        o.actor2 = o.actor2 or d.actor2
        _refine_place(o, d, region_km=_cue_int("retold_region_km", 300))
        o.hits.extend(x for x in d.hits if x.trig.base not in _bases(o))
    return out


def _target_named(ctx: _Ctx, d: Draft) -> bool:
    """d's target is named in its own clause right after a target word (على، ضد، بحق) or right after a trigger."""
    if d.actor2 is None:
        return False
    markers = cues().target_markers
    for m, ent in ctx.actors(*d.clause):
        if ent is not d.actor2:
            continue
        prev = ctx.words.before(m.start, 1, d.clause[0])
        if prev and (_in_list(prev[0], markers) or any(x.end <= m.start and not ctx.words.between(x.end, m.start)
                                                          for x in d.hits)):
            return True
    return False


def _victims_recalled(ctx: _Ctx, d: Draft) -> bool:
    """The dead of d are named as ones already known: a noun of death (event_cues victim_nouns) right before a
    definite noun of people (recall_victims: مقتل الجنود، مصرع المسلحين). Not a definite noun by a killing verb:
    there it is as often the killers (المسلحين قتلوا حاكم المنطقة)."""
    c = cues()
    if not c.recall_victims:
        return False
    ws = ctx.words.bare_between(*d.clause)
    return any(w in c.victim_nouns and nxt in c.recall_victims for w, nxt in itertools.pairwise(ws))


def _recall_form(ctx: _Ctx, d: Draft) -> bool:
    """Every trigger of d is a definite noun, or a verb a relative word opens (`_definite_only`); a light verb
    may carry the noun (لتنفيذ الضربة، شنها للهجوم، شاركت في توجيه الضربات): the article names the strike it
    carries as one already known. A count before the noun (عشرات الهجمات، بعض الضربات) sums up many strikes."""
    nouns = 0
    for x in d.hits:
        if x.trig.pos == "noun":
            if not _definite_hit(ctx, x):
                return False
            before = ctx.words.before(x.start, 2, d.clause[0])
            if any(_in_list(w, cues().aggregate_words) or w.isdigit() for w in before):
                return False  # عشرات الهجمات، بعض الهجمات: a count of strikes, no one strike named again
            nouns += 1
            continue
        prev = ctx.words.before(x.start, 1, d.sentence[0])
        if not (prev and _in_list(prev[0], cues().relatives)) and not _recall_subject(ctx, x, d.clause[0]):
            return False
    return nouns > 0


def _recall_subject(ctx: _Ctx, x: Hit, floor: int) -> bool:
    """A verb trigger right after a definite general noun of one strike, its subject (وقالت الوزارة إن الضربة
    استهدفت مؤتمرا، أكدت المصادر أن الغارات استهدفت مخازن): the verb tells what the strike already named did, as
    a relative verb does (الضربة التي استهدفت), not a deed of its own."""
    if x.trig.pos not in ("past", "present") or x.prefix:
        return False
    prev = ctx.words.before(x.start, 1, floor)
    if not prev:
        return False
    w = _strip_conj(prev[0])
    return w.startswith("ال") and w[2:] in cues().recall_nouns


def _recall_heads(ctx: _Ctx, d: Draft) -> set[str]:
    """`_heads` of d less the verbs whose subject is a definite strike noun (`_recall_subject`): الضربة
    استهدفت is named by الضربة."""
    return {b.split()[0] for x in d.hits if not _recall_subject(ctx, x, d.clause[0])
            for b in [x.trig.base.removeprefix("ال")] if b}


_MARK_PREFIXES = "conj_prep_article"  # the set of data/clitics.json


def _incident(ctx: _Ctx, d: Draft) -> set[str]:
    """What singles out the happening a telling names: a weapon or kind named with a trigger (هجوم كيماوي،
    قصف بغاز السارين، المجزرة: event_cues incident_marks, within incident_window words after it), and
    "at:<place id>" for a place named as a single indefinite trigger's genitive (هجوم دوما، مجزرة حلبجة)."""
    c = cues()
    text = ctx.doc.text
    out: set[str] = set()
    for x in d.hits:
        form = fold_text(text[x.start:x.end]).split()
        after = ctx.words.between(x.end, d.clause[1], limit=c.incident_window)
        for k, w in enumerate(form + after):
            kind = _mark(w)
            # the mark describes the trigger: in it, right after it, or in its ب-phrase (هجوم بأسلحة كيماوية);
            # not what it struck (تستهدف المنشآت الكيميائية)
            if kind and (k <= len(form) or (form + after)[k - 1].startswith(("ب", "وب"))):
                out.add(kind)
        if (x.trig.pos != "noun" or _definite_hit(ctx, x)
                or x.trig.base in ctx.lex.patient_genitive):
            continue  # قصف مطار المزة: the genitive of a masdar like قصف is what it struck, not the happening's name
        if any(w.endswith(c.plural_endings) for w in form):
            continue  # غارات دوما: many strikes on the town, not one happening named by it
        for m, ent in ctx.places(x.end, min(d.clause[1], x.end + 60)):
            if not text[x.end:m.start].strip():
                out.add("at:" + ent.id)
            break
    return out


def _mark(w: str) -> str | None:
    c = cues()
    stems = [s for _, s in proclitic_splits(w, _MARK_PREFIXES, min_stem=3)]
    for stem in ([w] if len(w) >= 3 else []) + stems:
        if stem in c.incident_marks:
            return c.incident_marks[stem]
    return None


def _year(ctx: _Ctx, d: Draft) -> int | None:
    """The year the telling's sentence dates it to, else the article's: a chemical attack of another year
    (بعد هجوم بغاز السارين العام الماضي) is another happening."""
    t = _time_in(ctx.doc, *d.sentence)
    if t is not None and t.date and d.sentence[0] <= t.start < d.sentence[1]:
        try:
            return int(t.date[:4])
        except ValueError:
            pass
    pub = ctx.doc.published
    return pub.year if pub is not None else None


def _same_incident(marks: set[str], other: set[str], o: Draft) -> bool:
    """Two tellings single out one happening: the same mark, or the one named by its place (هجوم دوما) where
    the other was told to be."""
    if marks & other:
        return True
    return o.place is not None and "at:" + o.place.id in marks


def _points_back(ctx: _Ctx, d: Draft) -> bool:
    """The trigger's participants are named with a demonstrative (الإفراج عن هؤلاء الدواعش، استهدف هؤلاء
    المدنيين): they, and so the happening, were told before."""
    for x in d.hits:
        after = ctx.words.bare_between(x.end, d.clause[1], limit=2)
        if after and after[0] in cues().demonstratives:
            return True  # استهدف هؤلاء المدنيين
        if len(after) == 2 and after[0] in cues().object_preps and after[1] in cues().demonstratives:
            return True  # الإفراج عن هؤلاء الدواعش; not بين هذه الأطراف, the parties of something new
    return False


def _single(ctx: _Ctx, d: Draft) -> bool:
    """The event is told as one happening: a verb or a singular noun (هجوم، هاجم), not a plural or a count
    (هجمات، عشرات الهجمات، سلسلة غارات) that sums up many."""
    for x in d.hits:
        form = fold_text(ctx.doc.text[x.start:x.end]).split()
        if any(w.endswith(cues().plural_endings) for w in form):
            return False
        before = ctx.words.before(x.start, 2, d.clause[0])
        if any(_in_list(w, cues().aggregate_words) for w in before):
            return False
        if before and before[-1].isdigit():
            return False  # وثقوا 33 هجوما كيماويا: a count sums up many
    return True


def _bases(d: Draft) -> set[str]:
    return {x.trig.base.removeprefix("ال") for x in d.hits}


def _heads(d: Draft) -> set[str]:
    """The first word of each trigger: القصف names again the قصف مدفعي told before."""
    return {b.split()[0] for b in _bases(d) if b}


def _definite_dual(ctx: _Ctx, d: Draft) -> bool:
    """Every trigger is a definite dual noun (وبدأ الهجومان، شنت الجماعة الهجومين، ووقع الانفجاران): the two
    happenings it names are two told before, whatever verb carries it now."""
    # a head that only the dual reading gives (الهجومان → هجوم) is what makes the telling a dual one: asked once
    if not d.hits or not _dual_heads(d) - _heads(d):
        return False
    ends = tuple(end for end, _ in _dual_endings())
    return all(x.trig.pos == "noun" and _definite_hit(ctx, x) and ctx.doc.text[x.start:x.end].endswith(ends)
               for x in d.hits)


def _dual_heads(d: Draft) -> set[str]:
    """The heads of a telling, and those of a dual noun as its singular (الهجومان، الانفجارين → هجوم، انفجار;
    الغارتان → غارة): two happenings named by a definite dual are two told before, each of its singular."""
    out = set()
    for h in _heads(d):
        out.add(h)
        for end, singular in _dual_endings():
            if h.endswith(end) and len(h) - len(end) >= 3:
                out.add(h[: -len(end)] + singular)
                break
    return out


@cache
def _whole_word(w: str) -> re.Pattern[str]:
    """`w` standing as a whole word (no word letter either side), compiled once per trigger word: `_acled` had
    `re` format, escape and look the same pattern up for every draft and listed trigger."""
    return re.compile(rf"(?<!\w){re.escape(w)}(?!\w)")


def _acled(lex: Lexicon, d: Draft, text: str) -> str | None:
    base = lex.types[d.type].get("acled")
    bases = {x.trig.base for x in d.hits}
    for w, label in lex.acled_by_trigger.get(d.type, []):
        if w in bases:
            return label
    clause = fold_text(text[d.clause[0]:d.clause[1]])
    for w, label in lex.acled_by_trigger.get(d.type, []):
        if " " not in w and _whole_word(w).search(clause):
            return label
    return base


def _replies(ctx: _Ctx, d: Draft, reach: int = 8) -> tuple[bool, bool]:
    """Whether d's clause, or the words of its sentence up to `reach` before its head, hold a verb of replying
    (رد، ردت، ردا على، تصدت: d is told as a counter-deed), and whether a definite strike noun (recall_nouns)
    follows that verb there (رد على الهجوم، تصدت للهجوم، ردوا على القصف: the deed replied to named as known)."""
    verbs = _cue_words("reply_verbs")
    near = ctx.words.before(d.head.start, reach, d.sentence[0]) + ctx.words.between(*d.clause)
    # the words tested in C first: most clauses hold no verb of replying (~33,000 `_in_list` calls per 450
    # articles)
    at = None if _in_list_forms(verbs).isdisjoint(near) else next(
        (k for k, w in enumerate(near) if _in_list(w, verbs)), None)
    if at is None:
        return False, False
    nouns = cues().recall_nouns
    named = any(w[2:] in nouns if w.startswith("ال") else w.startswith("لل") and w[2:] in nouns
                for w in (_strip_conj(x) for x in near[at + 1:]))
    return True, named


def _reply_retold(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """«فرد الجيش بقصف مدفعي على مواقعهم. وقال مصدر إن الجيش رد على الهجوم بقصف استهدف تجمعاتهم»: a counter-deed
    told as a reply to a deed named by a definite strike noun (`_replies`) a sentence or two (recall_sentences)
    after a reply of its type by a doer that agrees (`_doers_agree`) is that reply told again; a telling that
    calls itself another (another_words: رد جديد، مرة أخرى) stays apart. The retelling lends the first telling a
    doer or a place it lacked."""
    c = cues()
    if not _cue_words("reply_verbs"):
        return drafts
    doc = ctx.doc
    out: list[Draft] = []
    told: list[Draft] = []  # the replies kept so far
    for d in drafts:
        reply, named = _replies(ctx, d)
        # a reply to the deed named only as «ذلك» or by another noun may be the next counter-deed: kept
        last = next((o for o in reversed(told) if o.type == d.type), None) if named else None
        gap = _sent_index(doc, d.sentence[0]) - _sent_index(doc, last.sentence[0]) if last is not None else 0
        if last is None or not 0 < gap <= c.recall_sentences or not _doers_agree(d.actor1, last.actor1) \
                or _modalities_apart(ctx, d, last) or _calls_another(ctx, d):
            out.append(d)
            if reply:
                told.append(d)
            continue
        if last.actor1 is None and d.actor1 is not None:
            last.actor1, last.actor1_explicit = d.actor1, d.actor1_explicit
        _refine_place(last, d)
    return out


def _pointed_back(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """A clause opening with a demonstrative that points back (pointback_words: وذلك) and a preposition of
    circumstance or cause (pointback_preps: في، خلال، إثر) right before its trigger tells how the deeds of its
    type told before it in the sentence were done (قتل 10 مسلحين، ودمرت 4 مركبات، وذلك في غارات للتحالف): one
    happening, so they merge into the first deed, which takes the doer, target and place the clause names
    where it has none. A deed with an explicit doer other than the clause's stays apart. _merge keeps such a
    clause apart when it names a doer the deed lacks; this joins them first."""
    words, preps = _pointback_cues()
    out: list[Draft] = []
    for d in drafts:
        first = min(x.start for x in d.hits)
        lead = ctx.words.bare_between(d.clause[0], first, limit=4)
        deeds: list[Draft] = []
        if 2 <= len(lead) <= 3 and lead[0] in words and lead[1] in preps:
            deeds = [o for o in out if o.sentence == d.sentence and o.type == d.type and o.clause[0] < d.clause[0]
                     and o.modality == d.modality
                     and (not o.actor1_explicit or not d.actor1_explicit or o.actor1 is d.actor1)]
        if not deeds:
            out.append(d)
            continue
        deed = deeds[0]
        for o in [*deeds[1:], d]:
            deed.hits.extend(o.hits)
            deed.span = (min(deed.span[0], o.span[0]), max(deed.span[1], o.span[1]))
            deed.actor2 = deed.actor2 or o.actor2
            if deed.actor1 is None or (o.actor1_explicit and not deed.actor1_explicit):
                deed.actor1, deed.actor1_explicit = o.actor1 or deed.actor1, o.actor1_explicit or deed.actor1_explicit
            _refine_place(deed, o)
        out = [o for o in out if not any(o is x for x in deeds[1:])]
    return out


def _oblique_retold(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """«الغاز المستخدم في الهجوم»، «أعلنت الجماعة مسؤوليتها عن الهجومين»، «ينسحب من الاتفاق»: a telling whose
    triggers are all definite nouns, the first under a preposition (event_cues oblique_preps, or the proclitic
    ب/ل), with the head word of an earlier telling of its type in the article, names that happening again
    as the thing something was done in, about or with: no event of its own, whatever place or doer the
    sentences around lend it. A telling that calls itself another (another_words: هجوم جديد) or that a
    relative clause describes (الانتشار الذي حدث لقوات النظام) stays apart.
    The retelling lends the first telling a doer it lacked."""
    c = cues()
    if not c.oblique_preps:
        return drafts
    text = ctx.doc.text
    out: list[Draft] = []
    for d in drafts:
        first = min(d.hits, key=lambda x: x.start)
        stems = _head_stems(d)
        earlier = next((o for o in reversed(out) if o.type == d.type and _head_stems(o) & stems), None)
        prev = ctx.words.bare_before(first.start, 1, d.sentence[0])
        lead = first.prefix.lstrip("وف")
        oblique = first.trig.pos == "noun" and text[first.start:first.end].startswith("ال") and (
            lead in ("ب", "ل") or (not lead and bool(prev) and prev[0] in c.oblique_preps))
        # الانتشار الذي حدث لقوات النظام: a relative clause describing the noun may make it another happening
        described = any(_in_list(w, c.relatives) for w in ctx.words.between(first.end, d.clause[1], limit=3))
        if earlier is None or not oblique or described or not _definite_only(ctx, d) \
                or _modalities_apart(ctx, d, earlier) \
                or _calls_another(ctx, d):
            out.append(d)
            continue
        if earlier.actor1 is None and d.actor1_explicit:
            earlier.actor1, earlier.actor1_explicit = d.actor1, True
    return out


def _head_stems(d: Draft) -> set[str]:
    """The heads of a telling with a dual, plural or -iyya ending taken off (الهجومين → هجوم، الاتفاقية → اتفاق)."""
    out = set()
    ends = cues().head_number_endings
    for h in _heads(d):
        for end in ends:
            if h.endswith(end) and len(h) - len(end) >= 3:
                h = h[: -len(end)]
                break
        out.add(h)
    return out


def _stems(words: list[str]) -> set[str]:
    """Clause words without a conjunction, a ب/ل proclitic or the article: عبوة ناسفة and بالعبوة meet."""
    out = set()
    for w in words:
        w = _strip_conj(w)
        for p in ("بال", "لل", "ال"):
            if w.startswith(p) and len(w) > len(p) + 2:
                w = w[len(p):]
                break
        out.add(w)
    return out


def _incident_retold(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """An incident told once and then told on (انفجرت عبوة ناسفة بدورية ... وأدى انفجار العبوة إلى مقتل جندي;
    قتل شرطي برصاص مسلحين ... وقال الأمن إن الشرطي الذي أطلق عليه النار توفي; اغتال مسلحون قاضيا ... واغتالوه
    أمام منزله): a later attack a sentence or two on is the same happening when it names its device with the
    article (event_cues retell_devices: القنبلة، العبوة) that the earlier telling named, when its verb opens a
    relative clause about a definite person noun the earlier telling named (الشرطي الذي), or when it repeats the
    earlier verb in the next sentence with no place, time, doer or target of its own. A telling that calls
    itself another (another_words), gives another toll, or names another doer, target or place stands."""
    c = cues()
    devices, doers, reach = _retell_cues()
    doc = ctx.doc
    out: list[Draft] = []
    # the words of the tellings folded into each kept one so far (مزارعا قتل، told the sentence after the lead
    # and merged into it, names the victim a later المزارع قتل goes back to)
    told = _folded_words(ctx, drafts)
    for d in drafts:
        twin = None
        words = ctx.words.between(*d.clause)
        if d.type in c.restated_types and d.modality != "denied" and _single(ctx, d) \
                and not _calls_another(ctx, d):
            t = _time_in(doc, *d.clause)
            dated = t is not None and d.clause[0] <= t.start < d.clause[1]
            qs = _tolls(ctx, *d.clause)
            own = _stems(words)
            definite_devices = {w for w in own & devices
                                if any(_strip_conj(x).startswith(("ال", "بال")) and x.endswith(w) for x in words)}
            # the definite noun a relative clause with the trigger's verb goes on about (الشرطي الذي أطلق)
            person = None
            h = d.head
            # وقد قتل الحرس المسلح، لتتمكن الشرطة من قتله: a force as the subject by the verb kills the one who
            # struck: a new happening, however like the first its verb
            near = ctx.words.before(h.start, 3, d.clause[0]) + ctx.words.between(h.end, d.clause[1], limit=1)
            if h.trig.pos in ("past", "present"):
                prev = ctx.words.before(h.start, 2, d.sentence[0])  # the clause may open at the relative
                nxt = ctx.words.between(h.end, d.clause[1], limit=1)
                # الشرطي الذي قتلوه، الشرطي الذي أطلق عليه النار: the verb or the preposition after it carries
                # the pronoun of the one before the relative, who was struck (without it he struck: his deed)
                pronouns, struck_preps = _object_pronouns()
                struck = fold_text(doc.text[h.start:h.end]).endswith(pronouns) or (
                    bool(nxt) and _in_list(nxt[0], struck_preps))
                if len(prev) == 2 and _in_list(prev[1], c.relatives) and _strip_conj(prev[0]).startswith("ال") \
                        and struck:
                    person = _strip_conj(prev[0]).removeprefix("ال")
            if person is None:
                person = _subject_victim(ctx, d)
            answered = bool(_stems(near) & doers - {person})
            for i in [] if answered else range(len(out) - 1, -1, -1):
                o = out[i]
                gap = _sent_index(doc, d.sentence[0]) - _sent_index(doc, o.sentence[0])
                if gap > reach:
                    break
                if o.type != d.type or gap <= 0 or _modalities_apart(ctx, o, d) or not _single(ctx, o):
                    continue
                if not (_doers_agree(o.actor1, d.actor1)
                        and (o.actor2 is None or d.actor2 is None or o.actor2 is d.actor2)
                        and _places_compatible(o.place, d.place, region_km=_cue_int("retold_region_km", 300))):
                    continue
                oq = _tolls(ctx, *o.sentence)
                if qs and oq and not qs & oq:
                    continue  # another toll: another happening
                before = _stems(ctx.words.between(*o.sentence)) | told.get(id(o), set())
                device = bool(definite_devices & before) and not dated
                # شرطيا … الشرطي: the indefinite accusative told first
                victim = person is not None and len(person) > 2 and bool({person, person + "ا"} & before)
                same_day = dated and _same_day(ctx, t, o)
                again = (gap == 1 and d.verbal and bool(_bases(d) & _bases(o)) and (not dated or same_day)
                         and not qs
                         and (d.place is None or d.place_strength <= 1 or d.place is o.place
                              or (same_day and o.place is None))
                         and not (d.actor1_explicit and d.actor1 is not o.actor1)
                         and (d.actor2 is None or d.actor2 is o.actor2))
                if device or victim or again:
                    twin = i
                    break
        if twin is None:
            out.append(d)
            continue
        o = out[twin]
        told.setdefault(id(o), set()).update(_stems(ctx.words.between(*d.sentence)))
        if d.actor1 is not None and o.actor1 is None and d.modality == o.modality:
            o.actor1, o.actor1_explicit = d.actor1, d.actor1_explicit
        if o.actor2 is None and d.actor2 is not None and d.actor2 is not o.actor1:
            o.actor2 = d.actor2
        _refine_place(o, d, region_km=_cue_int("retold_region_km", 300))
        o.hits.extend(x for x in d.hits if x.trig.base not in _bases(o))
    return out


def _calls_another(ctx: _Ctx, d: Draft, anywhere: bool = True) -> bool:
    """Whether a telling calls its happening another or new (event_cues another_words), so it is no retelling
    of one told before: a bare word anywhere in its clause (هجوم جديد، مرة أخرى، استهدفت مواقع أخرى; only
    right after a trigger when not `anywhere`: a clause's مناطق أخرى، نؤكد مجددا say nothing of a definite
    noun), or, for a strike (restated_types), the definite form right after one of its triggers, definite
    adjectives between (الهجوم الجديد، الغارة الجوية الثانية). A definite one elsewhere is left out (الساعة
    الثانية، الحرب العالمية الثانية), as is a new pact or alliance (التحالف الجديد is most often the one told)."""
    c = cues()
    if anywhere and not _in_list_forms(c.another_words).isdisjoint(ctx.words.between(*d.clause)) \
            and _another_of_happening(ctx, d):
        return True
    for h in d.hits:
        for w in ctx.words.between(h.end, d.clause[1], limit=3):
            if w in c.another_words and not anywhere:
                return True
            if not w.startswith("ال"):
                break
            if w[2:] in c.another_words and d.type in c.restated_types:
                return True
    return False


@cache
def _another_hosts() -> frozenset[str]:
    """event_cues another_hosts (folded, without ال)."""
    return _bare_set(load_json("event_cues").get("another_hosts", []))


def _another_of_happening(ctx: _Ctx, d: Draft) -> bool:
    """Whether a bare another-word (أخرى، جديدا) of the clause may call the happening another: one that is the
    adjective of a discourse or manner noun (event_cues another_hosts: من جهة أخرى، حملت طابعا جديدا، تفاصيل
    جديدة، مرحلة جديدة) speaks of that noun, not of a new happening, so it does not make a retelling of an attack
    told before (العمليات التي شنها التنظيم مؤخرا حملت طابعا جديدا) an attack of its own. In the ANT corpus
    such hosts (جهة، ناحية، تفاصيل، معلومات، استراتيجية، مرحلة) bear a third of the clause-level أخرى/جديدة."""
    c = cues()
    hosts = _another_hosts()
    prev = ""
    for w in ctx.words.between(*d.clause):
        b = _strip_conj(w)
        if b in c.another_words and prev.removeprefix("ال") not in hosts:
            return True
        prev = b
    return False


def _tellings_agree(d: Draft, o: Draft) -> bool:
    """Two tellings of a capture agree in their modality when it is the same, or when one is told in the
    article's voice and the other by a source (سيطرت جماعة على بلدة كفرنبل ... وقال مدير المرصد: "سيطر مسلحو
    الجماعة على كفرنبل"): a lead and the quote that backs it tell one happening. A denial, a plan or a foiled
    try is another matter."""
    return d.modality == o.modality or {d.modality, o.modality} <= {"asserted", "reported"}


def _same_day(ctx: _Ctx, t: model.TimeRef | None, o: Draft) -> bool:
    """A retelling's own time is the day the earlier telling gave (توفي فتى صباح السبت متأثرا بجروح ... وقال
    الناطق إن "فلانا توفي صباح السبت متأثرا بجروح"): the same day told again is no other happening, and the
    place the retelling adds (شرق خان يونس) refines a telling that named none."""
    if t is None or t.date is None or t.precision != "day":
        return False
    ot = _time_in(ctx.doc, *o.clause) or _time_in(ctx.doc, *o.sentence)
    return ot is not None and ot.precision == "day" and ot.date == t.date


def _counted_cause(lead: list[str], most: int = 8) -> bool:
    """وقتل الخميس، وفق المرصد، 8 مدنيين بينهم 3 أطفال في قصف للتحالف استهدف قرية: an aside after the killing
    verb leaves the count of the dead to open the next clause, which ends in the cause word before the attack;
    the count and the cause word make that attack the one the killing happened in."""
    return (0 < len(lead) <= most and _in_list(lead[-1], cues().cause_words)
            and any(w.isdigit() or _count_word(w) for w in lead[:-1]))


def _folded_words(ctx: _Ctx, drafts: list[Draft]) -> dict[int, set[str]]:
    """For each telling (by id), the clause words (`_stems`) of the sentences its hits lie in beyond its own:
    a telling merged before into it (قتل فلسطيني بقصف ... وذكر متحدث أن مزارعا قتل) is part of its story."""
    out: dict[int, set[str]] = {}
    doc = ctx.doc
    for d in drafts:
        extra: set[str] = set()
        for x in d.hits:
            if d.sentence[0] <= x.start < d.sentence[1]:
                continue
            for s in doc.sentences:
                if s.start <= x.start < s.end:
                    extra |= _stems(ctx.words.between(s.start, s.end))
                    break
        if extra:
            out[id(d)] = extra
    return out


def _subject_victim(ctx: _Ctx, d: Draft) -> str | None:
    """The definite noun (without ال) that stands right before a passive killing verb as its subject, after a
    complementizer or at the clause's start, nothing killed after the verb (أفاد بأن المزارع قتل وأصيب
    الآخر، وإن الشاب قتل برصاص): the one killed, told again; `_incident_retold` joins it to the telling
    before that named him indefinite (مزارعا قتل). A name there (الجيش قتل) is an entity, no noun; a word
    other than a cause, time or count after the verb makes it active (المسلح قتل الحارس)."""
    c = cues()
    h = d.head
    if h.trig.base not in c.killing_bases or h.trig.pos != "past" or h.light is not None:
        return None
    form = _strip_conj(fold_text(ctx.doc.text[h.start:h.end]).strip())
    if form not in c.kill_forms:
        return None
    nxt = ctx.words.between(h.end, d.clause[1], limit=1)
    if nxt and not _in_list(nxt[0], c.kill_next):
        return None
    prev = ctx.words.before(h.start, 2, d.sentence[0])
    if not prev:
        return None
    noun = _strip_conj(prev[-1])
    at = ctx.words.span_before(h.start)
    if not noun.startswith("ال") or not at or ctx.actors(at[0][0], h.start):
        return None
    comps = ctx.lex.roles.get("complementizers", frozenset())
    opened = len(prev) == 1 or _in_list(prev[0], comps)
    return noun.removeprefix("ال") if opened else None


def _modalities_apart(ctx: _Ctx, a: Draft, b: Draft) -> bool:
    """Two tellings that cannot be one happening by their modality: a denial and a claim of the deed, or a deed
    warned of or feared (modality._warned_of: حذرت تركيا من هجوم على إدلب) and one told otherwise (وشنت القوات
    هجوما على إدلب): the warning came before the deed; joined, the deed done would be told as only feared.
    Other expected tellings (planned, purposed, future) still join a later telling: on unseen articles most
    such pairs were one deed whose later telling's modality was misread (a plan retold, a pact referred to),
    and parting them all made 8 of 11 changed records worse, none better."""
    return "denied" in (a.modality, b.modality) or _feared_apart(ctx, a, b)


def _feared_apart(ctx: _Ctx, a: Draft, b: Draft) -> bool:
    """One telling is a deed warned of or feared (expected by modality._warned_of), the other is not expected:
    the warning and the deed done are two happenings (_modalities_apart; alone in _repeats, which has never
    kept a denial apart from the deed it denies)."""
    if a.modality == b.modality or "expected" not in (a.modality, b.modality):
        return False
    return _warned_of(ctx, a if a.modality == "expected" else b)


def _counter_strike(ctx: _Ctx, o: Draft, d: Draft) -> bool:
    """One event strikes the doer of the other (قصفت قوات النظام البلدة، واستهدفت الفصائل مواقع قوات النظام):
    two sides' deeds, not one told twice, whatever doer either lacks. The struck party must be named in the
    striking clause after its trigger (its object), and the other's doer be named, not lent: a victim or a
    doer the roles only guessed (قتل عنصران من الكتائب في قصف استهدف موقعا) splits no telling."""
    def hits(x: Draft, y: Draft) -> bool:
        target, doer = x.actor2, y.actor1
        if target is None or doer is None or not y.actor1_explicit or not (
                target is doer or _same_side(target, doer)):
            return False
        return any(ent is target for _m, ent in ctx.doc.mentions_in(x.head.end, x.clause[1], ("actor",)))

    return hits(d, o) or hits(o, d)


def _replying_verb(ctx: _Ctx, o: Draft, d: Draft, reach: int = 4) -> bool:
    """A finite verb of replying (event_cues reply_verbs) stands after o's trigger and within `reach` words
    before d's (قصفت قوات النظام البلدة، وردت الفصائل باستهداف مواقعها): d is the deed under its ب, the other
    side's counter-deed, not o told again. A deed further on (ورد جنود بإطلاق النار عليهما فقتلوا أحدهما) is
    not the reply's own word and may retell o."""
    if o.head.start >= d.head.start:
        return False
    verbs = _cue_words("reply_verbs")
    return any(_strip_conj(w) in verbs for w in ctx.words.before(d.head.start, reach, o.head.end))


def _fired_apart(ctx: _Ctx, o: Draft, d: Draft) -> bool:
    """A weapon fired (detect._fired_weapons) and another attack of its sentence in another clause are two
    happenings when a word of contrast stands within two words before the firing (عدد الهجمات الإسرائيلية
    على القطاع ... 60 غارة، فيما تم إطلاق نحو 100 صاروخ من غزة باتجاه إسرائيل: the other side's fire;
    joined, it took the strikes' doer) or the firing names another doer; a firing told again in a clause of
    its own (شاركت الطائرات في الضربات، وأطلقت 60 صاروخا) is still the same strike."""
    fired = next((x for x in (o, d) if any(_fired_base(h) for h in x.hits)), None)
    if fired is None or o.clause == d.clause:
        return False
    other = d if fired is o else o
    if fired.actor1_explicit and fired.actor1 is not None and fired.actor1 is not other.actor1:
        return True
    # right before the firing (فيما تم إطلاق), not before a verb of telling that reports it (فيما ذكرت
    # الوزارة أن المقاتلات أطلقت: the strike told again by another teller)
    openers = _fired_openers()
    head = next(h for h in fired.hits if _fired_base(h))
    return any(_strip_conj(w) in openers for w in ctx.words.before(head.start, 2, fired.clause[0]))


def _pronoun_patient(ctx: _Ctx, x: Hit) -> bool:
    """An event noun carrying its patient as a pronoun on itself (event_cues object_pronouns: اعتقالها،
    ترحيله) points, as the article does, to a person already told of:
    وقالت النقابة إن اعتقالها جاء بسبب تقاريرها retells the arrest of the journalist the sentence before told,
    no second arrest. `_repeats` still asks for the same type and doer within two sentences. Only the types
    of pronoun_retell_types, acts done to a person: on an attack the pronoun is most often its doer, and
    تكثيف هجماته tells the group's attacks anew."""
    if x.type not in _cue_labels("pronoun_retell_types"):
        return False
    surface = _f(ctx.doc.text[x.start:x.end])
    base = x.trig.base
    if " " in base or not surface.startswith(base):
        return False
    return surface[len(base):] in _cue_words("object_pronouns")


def _past_era(ctx: _Ctx, d: Draft) -> bool:
    """The clause sets the event in a former ruler's or regime's era (سجن في عهد الرئيس السابق، الاتفاق الذي
    أبرم في عهد سلفه، إبان عهد النظام البائد: event_cues era_preps + era_words, then one of era_former within
    era_reach words): background history, not news of the conflict. An era with no word of former (في عهد
    الرئيس ترامب) may be the present one and stays."""
    eras, preps, former, reach = _era_words()
    if not eras:
        return False
    ws = ctx.words.bare_between(d.clause[0], d.clause[1])
    trig = len(ctx.words.between(d.clause[0], d.head.start))
    for k, w in enumerate(ws):
        if not (w in eras and k > 0 and ws[k - 1] in preps and any(x in former for x in ws[k + 1:k + 1 + reach])):
            continue
        if any(x in cues().relatives for x in ws[trig:k]):
            continue  # هاجم التنظيم القاعدة التي أنشئت في عهد النظام السابق: the era dates what the relative tells
        return True
    return False



@cache
def _era_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], int]:
    """event_cues era_words, era_preps and era_former (folded) and era_reach, for `_past_era`."""
    data = load_json("event_cues")
    return (frozenset(fold_text(w) for w in data.get("era_words", [])),
            frozenset(fold_text(w) for w in data.get("era_preps", [])),
            frozenset(fold_text(w) for w in data.get("era_former", [])), int(data.get("era_reach", 4)))


def _prelude_fights(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """A fight noun right after a word of sequence (بعد معارك عنيفة، إثر اشتباكات مع الميليشيات, event_cues
    prelude_preps and prelude_fights) in a sentence whose earlier trigger tells a seizure (طرد الجيش مسلحي
    التنظيم من القرية بعد معارك عنيفة) is the fight the seizer won: coders code it as an ATTACK of its own
    (dev gold: سيطرة على قرى ...، إثر معارك مع الوحدات), fought by the seizer on the side driven out. Its
    own reading often reverses the sides (the group named last before it taken for its doer, the seizer
    for its target), so it takes the seizure's parties where it names the seized side as doer or no doer.
    Not after any other event: قصفت الطائرات البلدة بعد معارك بين الفصائل والنظام tells two happenings."""
    preps, fights, hosts = _prelude_words()
    if not fights:
        return drafts
    for k, d in enumerate(drafts):
        h = d.head
        word = ctx.words.between(h.start, h.end, limit=1)
        if not (d.type == "ATTACK" and h.light is None and word and _strip_conj(word[0]) in fights):
            continue
        lead = ctx.words.before(h.start, 2, floor=d.sentence[0])
        # بعد معارك، على إثر اشتباكات: the sequence word right before the fight noun
        if not (lead and _strip_conj(lead[-1]) in preps):
            continue
        host = next((o for o in reversed(drafts[:k])
                     if o.sentence == d.sentence and o.head.start < h.start and o.type in hosts
                     and o.actor1 is not None), None)
        if host is None or host.actor1 is d.actor1:
            continue
        if d.actor1 is None or (host.actor2 is not None and d.actor1 is host.actor2):
            # بعد معارك مع تنظيم داعش: the group after مع is the side fought, the seizer the doer
            other = d.actor2 if d.actor2 is not host.actor1 else d.actor1
            d.actor2 = host.actor2 or other
            d.actor1, d.actor1_explicit, d.actor1_borrowed = host.actor1, host.actor1_explicit, host.actor1_borrowed
    return drafts


@cache
def _prelude_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """event_cues prelude_preps and prelude_fights (folded) and prelude_hosts (types), for `_prelude_fights`."""
    data = load_json("event_cues")
    return (frozenset(fold_text(w) for w in data.get("prelude_preps", [])),
            frozenset(fold_text(w) for w in data.get("prelude_fights", [])),
            frozenset(data.get("prelude_hosts", [])))


def _war_subject(ctx: _Ctx, d: Draft) -> bool:
    """A killing whose doer is the war itself is the war's toll, told without منذ: the war noun (event_cues
    toll_wars) as the subject of a verb of outcome before a casualty masdar (toll_war_causes: أدت الحرب في
    اليمن إلى قتل، أسفر النزاع عن مقتل، الحرب التي أدت إلى قتل), as the owner of a toll (toll_war_owners:
    حصيلة الحرب، ضحايا النزاع) or as the subject right after a killing verb (قتلت الحرب). A war noun under a
    preposition (قتل خمسة خلال الحرب، أسفر القصف في الحرب عن مقتل) is only when, not the doer."""
    c = cues()
    wars = c.toll_wars
    h = d.head
    reach = _cue_int("toll_war_reach", 8)

    def war(w: str) -> bool:
        return w in wars or "ال" + w in wars

    if h.trig.pos != "noun":
        # قتلت الحرب أكثر من 350 ألفا: the war as the verb's subject right after it (not before it: في الحرب
        # قتل أخي, under a preposition, is only when)
        nxt = ctx.words.between(h.end, d.clause[1], limit=1)
        return bool(nxt and war(nxt[0]))
    causes = _cue_words("toll_war_causes")
    owners, relatives = _cue_words("toll_war_owners"), _cue_words("toll_war_relatives")
    lead = ctx.words.bare_before(h.start, reach, d.clause[0])
    for k, w in enumerate(lead):
        if not war(w):
            continue
        if k and (lead[k - 1] in causes or lead[k - 1] in owners):
            return True  # أدت الحرب ... إلى قتل، حصيلة الحرب ... مقتل
        rel = lead[k + 1 : k + 4]  # الحرب (الأهلية) التي أسفرت عن مقتل: one adjective may stand between
        for j in (0, 1):
            if rel[j : j + 1] and rel[j] in relatives and rel[j + 1 : j + 2] and rel[j + 1] in causes:
                return True
    return False


@cache
def _alongside_words() -> frozenset[str]:
    """event_cues alongside_words, folded: the words of coinciding (تزامن، بالتزامن، ترافق، المترافق)."""
    return frozenset(fold_text(w) for w in load_json("event_cues").get("alongside_words", []))


def _alongside(ctx: _Ctx, d: Draft) -> bool:
    """Whether the telling is an indefinite event noun right after مع that a word of coinciding governs
    (وتزامن ذلك مع قصف مدفعي، بالتزامن مع غارات للتحالف، المعارك تزامنت مع قصف، القصف المترافق مع غارات;
    ذلك/هذا may stand between): a happening that came along with another, so no retelling of one told
    before. A definite noun there (بالتزامن مع القصف) may be the one already told, and stays free to merge.
    On the ANT corpus ~60 such phrases have an indefinite attack noun after مع; in the 12 read the noun told another
    strike or fight than the one before."""
    words = _alongside_words()
    if not words:
        return False
    h = d.head
    if ctx.doc.text[h.start:h.end].startswith("ال"):
        return False
    before = ctx.words.before(h.start, 3, d.sentence[0])
    if not before or _strip_conj(before[-1]) != "مع":
        return False
    pointers = _alongside_pointers()
    lead = [w for w in before[:-1] if w not in pointers]
    return bool(lead) and _in_list(lead[-1], words)


@cache
def _alongside_pointers() -> frozenset[str]:
    """event_cues alongside_pointers, folded: the demonstratives that stand for the happening before between a
    word of coinciding and its مع (وتزامن ذلك مع قصف). A list of its own: anaphora's demonstratives are wider
    (هذه، تلك، هؤلاء), and reading them here would change what the rule keeps apart."""
    return frozenset(fold_text(w) for w in load_json("event_cues").get("alongside_pointers", []))


def _deal_retold(ctx: _Ctx, d: Draft, o: Draft, words: set[str]) -> bool:
    """d tells again the agreement, talks or arrest o told (the caller has checked place, day, count and
    `_calls_another`): a pact between the same two parties in either order (event_cues retold_pair_types), or
    an arrest or release (retold_party_types) of the same target by the same doer, or of the same target in the
    past passive (تم اعتقال، جرى الإفراج عن) with no doer of its own named. An another-word anywhere in d's
    clause (`words`: another_words, retold_apart_words) keeps it apart: a party stands for its members, so
    قياديا آخر في التنظيم is another arrest of the same group. On the readable gold the first telling is the one
    kept in most such cases, so the later one folds into it."""
    data = load_json("event_cues")
    if d.type not in data.get("retold_pair_types", []) and d.type not in data.get("retold_party_types", []):
        return False
    if not _in_list_forms(cues().another_words | _cue_words("retold_apart_words")).isdisjoint(words):
        return False
    if (d.modality == "expected") != (o.modality == "expected"):
        return False  # للتوصل إلى اتفاق after the meetings held: a pact sought is not the talks told
    if d.type in data.get("retold_pair_types", []):
        parties = (d.actor1, d.actor2, o.actor1, o.actor2)
        # the same word for it (اتفاق … الاتفاقية): one pair of parties holds talks, coordinates operations and
        # reaches an understanding as several happenings, each its own record on the readable gold
        return None not in parties and d.actor1 is not d.actor2 and bool(_head_stems(d) & _head_stems(o)) and (
            (d.actor1 is o.actor1 and d.actor2 is o.actor2) or (d.actor1 is o.actor2 and d.actor2 is o.actor1))
    if d.type not in data.get("retold_party_types", []) or d.actor2 is None or d.actor2 is not o.actor2:
        return False
    if d.actor1 is not None and d.actor1 is o.actor1:
        return True
    # a passive names no doer: one lent from around (not explicit) is no other doer
    return not d.actor1_explicit and _passive_told(ctx, d)


def _times_apart(a: model.TimeRef | None, b: model.TimeRef | None) -> bool:
    """Two tellings each dated in its own clause to another time: by date where both resolve, else by their
    words (يوم الأحد ... يوم الثلاثاء in an article with no publication date)."""
    if a is None or b is None:
        return False
    if a.date is not None and b.date is not None:
        return (a.date, a.precision) != (b.date, b.precision)
    return fold_text(a.text) != fold_text(b.text)


def _passive_told(ctx: _Ctx, d: Draft) -> bool:
    """A trigger of d is the masdar right after a past passive light verb (passive_masdar_verbs: تم، تمت،
    جرى), or is that verb itself carrying the masdar."""
    verbs = _cue_words("passive_masdar_verbs")
    for x in d.hits:
        prev = ctx.words.before(x.start, 1, floor=d.clause[0])
        if _f(ctx.doc.text[x.start:x.end]) in verbs or (prev and _strip_conj(prev[-1]) in verbs):
            return True
    return False


@cache
def _definite_retold_types() -> frozenset[str]:
    """The types whose bare definite noun, by the same named doer and with the same head word as a telling
    before (اعتقال القس ... الاعتقال الظالم للقس من جانب السلطات), is that happening told again (event_cues
    definite_retold_types, with restated_types): an arrest is named again by its noun as an attack is, while a
    deployment (الانتشار الذي حدث لقوات النظام) is more often a second one of its own."""
    data = load_json("event_cues")
    return frozenset(data.get("definite_retold_types", [])) | frozenset(data.get("restated_types", []))



#: a comma and a word joined to و: the start of a coordinated clause
_COORDINATED = re.compile(r"[،,]\s*و\w")


def _onset_of(ctx: _Ctx, d: Draft) -> bool:
    """Whether a telling opens with a definite attack noun that a verb of starting governs, right before or
    right after it, with how it began next (وبدأ الهجوم عندما فجر انتحاري، إن الهجوم بدأ حين أطلق مسلح النار،
    بدأ الهجوم بتفجير سيارة): an account of how a happening told before began. What stands next must be a
    subordinator of when (event_cues onset_openers) or a ب-masdar (بتفجير، بقصف), not a place or a target
    (بدأ الهجوم التركي على عفرين في يناير names a campaign, which may be another happening), nor an hour
    (وبدأ الهجوم الساعة السابعة: an hour of its own keeps the noun, tests/test_events_merge_round11.py)."""
    first = min(d.hits, key=lambda x: x.start)
    text = ctx.doc.text
    if first.trig.pos != "noun" or not text[first.start:first.end].startswith("ال"):
        return False
    verbs, openers = _cue_words("onset_verbs"), _cue_words("onset_openers")
    prev = ctx.words.bare_before(first.start, 1, d.sentence[0])
    after = ctx.words.between(first.end, d.sentence[1], limit=2)
    if prev and prev[-1] in verbs:
        nxt = after[:1]
    elif after and after[0] in verbs:
        nxt = after[1:2]
    else:
        return False
    if not nxt:
        return False
    w = nxt[0]
    if not (w in openers or (w.startswith("ب") and len(w) > 4 and w not in cues().backing_words
                             and w not in _cue_words("onset_not_openers"))):
        return False
    # وبدأ الهجوم الساعة السابعة، وتمكنت قوات الأمن لاحقا من دخول المبنى: a sentence that goes on with a
    # coordinated clause of its own tells more than how the attack began (here the forces' storming), and
    # its record may stand for that
    last = max(h.end for h in d.hits)
    return _COORDINATED.search(text, last, d.sentence[1]) is None


def _onset_retold(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """«وبدأ الهجوم عندما فجر انتحاري سيارة مفخخة»: a telling of how an attack began (`_onset_of`) is the
    nearest attack told before it in the article (the definite noun points back), when their places agree and
    their modalities can be one happening; one calling itself another (هجوم جديد) stays apart. The earlier
    telling keeps its span: on the readable gold (seeds, dev, dev-e, dev-g) the annotators' evidence of an
    event told twice was its first telling in 18 of 23 cases. It takes the doer and place it lacked."""
    out: list[Draft] = []
    for d in drafts:
        earlier = None
        if d.type in cues().restated_types and _onset_of(ctx, d) and not _calls_another(ctx, d):
            earlier = next((o for o in reversed(out) if o.type == d.type and o.sentence[0] < d.sentence[0]), None)
        if earlier is None or _modalities_apart(ctx, d, earlier) or not _places_compatible(earlier.place, d.place):
            out.append(d)
            continue
        if earlier.actor1 is None and d.actor1_explicit:
            earlier.actor1, earlier.actor1_explicit = d.actor1, True
        earlier.actor2 = earlier.actor2 or d.actor2
        _refine_place(earlier, d)
    return out


#: both tellings told as done (or charged): a storming tried (حاولت اقتحام, foiled) is no telling of a shelling
#: done, nor an offensive launched one of a defeat hoped for (أولويتي هي هزيمة داعش, expected)
_TOLD_AS_DONE = frozenset({"asserted", "reported", "alleged"})


def _source_retold(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """«قتل مسلحون الصحفي في منزله ... وقالت الشرطة إن الصحفي قتل بسبب عمله»: a source's retelling of a
    happening the article told before (a sentence a teller reports: its draft has a claim) is that happening,
    not a new one, when nothing in it tells another: it is a single strike (`_single`) of a type retold so
    (event_cues source_retold_types), told by a verb or definite nouns (`_definite_told`), not going on (no
    present verb), within the reach (source_retold_sentences) of the article's first telling of its type, a
    single one (both told as done: a storming tried is no shelling done; not a deed named as a claim), and names
    no other time (a منذ-stretch included), toll, place, doer or target of its own, has no also-word before
    its trigger (event_cues source_retold_also: كما قتل 12 عنصرا), nor calls itself another (`_calls_another`,
    `_other_object`, `_alongside`). A doer on one side and a target on the other (صد هجوما للمسلحين after
    the army's strike on them) is another happening. The first telling keeps its span and takes the doer and
    target it lacked. A first version that folded into any earlier telling of the type (and indefinite nouns:
    تعرضوا لهجوم) failed a blind gate; only the lede is so retold often enough."""
    data = load_json("event_cues")
    types = frozenset(data.get("source_retold_types", []))  # type labels: not folded as words are
    reach = int(data.get("source_retold_sentences", 0))
    # كما، أيضا before the trigger: one more happening of the kind, not the one told again
    also = _cue_words("source_retold_also")
    told = _TOLD_AS_DONE
    apart = cues().another_words | _cue_words("retold_apart_words")
    # منذ: a stretch of its own (بات منذ الاثنين بمرمى النيران), a state going on, not the strike told again
    since = _cue_words("since_words")
    if not types or reach <= 0:
        return drafts
    out: list[Draft] = []
    for d in drafts:
        lead = set(ctx.words.bare_between(d.clause[0], d.head.start))
        # آخرون anywhere in the clause, even after a count (فيما قتل أربعة آخرون): others than those told
        words = {w.removeprefix("ال") for w in ctx.words.bare_between(*d.clause)}
        if (d.type not in types or d.claim is None or d.modality == "denied" or d.head.trig.pos == "present"
                or lead & also or words & apart or words & since or not _single(ctx, d) or _calls_another(ctx, d)
                or _other_object(ctx, d) or _alongside(ctx, d)):
            out.append(d)
            continue
        # only the article's first telling of the type: the lede a source goes on to retell (the gold evidence
        # of a retold happening was its first telling in 18 of 23 cases read); a later one may be a new item
        o = next((x for x in out if x.type == d.type), None) if _definite_told(ctx, d) else None
        # nothing told between the first telling and this one: only then may a seizure's retelling name a place
        # inside the first's (the lede's advance in the south, then state TV's capture of a hill there); after
        # other happenings a town inside the region is a later stage (القوات سيطرت على بلدة X after the campaign)
        next_to = o is not None and all(x.sentence[0] == o.sentence[0] for x in out[out.index(o) + 1:])
        if o is None or not _retells(ctx, o, d, reach, told, next_to):
            out.append(d)
            continue
        if d.modality == o.modality and not set(ctx.words.between(*d.clause)) & cues().blame_nouns:
            # the retelling names the doer the first telling lacked, unless it lays blame, as in _told_again
            if o.actor1 is None and d.actor1 is not None and d.actor1 is not o.actor2:
                o.actor1, o.actor1_explicit = d.actor1, d.actor1_explicit
            if o.actor2 is None and d.actor2 is not None and d.actor2 is not o.actor1:
                o.actor2 = d.actor2
        # no place is lent: a retelling's place is as often where the teller is or a place the quote names
        # (read on the sample: of 12 first tellings whose place a retelling changed, 5 got worse, 3 better)
    return out


def _retells(ctx: _Ctx, o: Draft, d: Draft, reach: int, told: frozenset[str], next_to: bool = False) -> bool:
    """Whether d, told later, may be the first telling o told again (`_source_retold`): o a single strike told
    as done within the reach before, and d with no day, count, place, doer or target of its own against o's.
    A seizure (source_retold_place_types) names o's place, or one inside it when nothing was told between
    (next_to)."""
    doc = ctx.doc
    gap = _sent_index(doc, d.sentence[0]) - _sent_index(doc, o.sentence[0])
    told_bases = {h.trig.base for h in d.hits}
    first_bases = {h.trig.base for h in o.hits}
    if told_bases & first_bases and told_bases - first_bases:
        # the act told again with a further act joined to it (اقتحم مسلح المبنى ونفذ تفجيرا انتحاريا, after
        # «اقتحم مسلحان المبنى»): the further act is news, not the first telling's
        return False
    if not 0 < gap <= reach or o.head.trig.pos == "present" or not _single(ctx, o) \
            or not {o.modality, d.modality} <= told or _modalities_apart(ctx, o, d) or _claimed_deed(ctx, o):
        return False
    if _dated_apart(ctx, d, o):
        return False  # its own day: another happening
    qs = _counts(ctx, *d.clause)
    if qs and not qs & _counts(ctx, *o.sentence):
        return False  # its own count (قتل ضابط وثلاثة جنود, after 30 gunmen killed): others struck
    if d.type in _retold_place_types():
        # a seizure told again names what was taken: the same place as the first telling or one inside it
        # (أعلن التلفزيون سيطرة القوات على تل الحارة after the capture of تل الحارة); none of its own (استولى
        # عليها التنظيم, a truck seized at another post) or another place (ثم سيطرت على بلدة X) is another
        if d.place is None or d.place_strength < 1 or (d.place is not o.place
                                                        and not (next_to and _place_within(d.place, o.place))):
            return False
    elif d.place is not None and d.place_strength > 1 and d.place is not o.place:
        return False  # a place of its own, even one inside the first's (كمين في منطقة X of the battle for Y)
    if o.actor1 is None and d.actor1_explicit and d.actor1 is not None and d.actor2 is not None:
        # قتل عشرات من الحوثيين ... وقال مصدر إن الجيش هاجم مواقع الحوثيين: a deed with both its sides named
        # after a toll with no doer tells more than a retelling; kept, it pairs the sides (_opposing_targets)
        return False
    if o.actor1_explicit and o.actor1 is not None:
        # unnamed gunmen in the retelling (المسلحين الذين هاجموا الحاجز) after a named doer: another doer
        unnamed = cues().unnamed_doers
        if any(w in unnamed or w.removeprefix("ال") in unnamed for w in map(_strip_conj, ctx.words.between(*d.clause))):
            return False
    return _retold_parties(o, d)


def _retold_place_types() -> frozenset[str]:
    """The types a source retells only with the place of the first telling (event_cues
    source_retold_place_types: a seizure is told by what was taken)."""
    return _cue_labels("source_retold_place_types")


def _place_within(p: EntityDraft, first: EntityDraft | None) -> bool:
    """p is the first telling's place, or lies inside it: a first place coarser than p (a governorate, region
    or country) whose area holds it (`_places_compatible`). Two towns or two hills are two places."""
    if first is None:
        return False
    if p is first:
        return True
    coarse = _COARSE.get(first.attrs.get("precision", ""), 0)
    return coarse > _COARSE.get(p.attrs.get("precision", ""), 0) and _places_compatible(first, p)


def _definite_told(ctx: _Ctx, d: Draft) -> bool:
    """d tells its happening by a verb (قتل، هاجم) or names it by definite nouns only (الهجوم): an indefinite
    noun (تعرضوا لهجوم، في هجوم جديد) introduces a happening as often as it names one told."""
    if d.verbal:
        return True
    return all(_definite_hit(ctx, x) for x in d.hits if x.trig.pos == "noun")


def _claimed_deed(ctx: _Ctx, d: Draft) -> bool:
    """d's first trigger stands right after a noun of a claim (event_cues reject_claim_nouns: ادعاءات بقصف
    أمريكي): the deed is only alleged, whatever modality was read, so a later telling of a strike done is not
    it told again."""
    first = min(d.hits, key=lambda x: x.start)
    prev = ctx.words.before(first.start, 1, d.sentence[0])
    return bool(prev) and _strip_conj(prev[0]) in _cue_words("reject_claim_nouns")


def _counts(ctx: _Ctx, s: int, e: int) -> set[float]:
    """The values of the quantities told in [s, e), in words or figures (ضابطا وثلاثة جنود، 30 مسلحا)."""
    return {q.value for q in ctx.doc.quantities if s <= q.start < e}


def _retold_parties(o: Draft, d: Draft) -> bool:
    """The parties of two tellings may be one happening's: no two different doers (one of them named), no two
    different targets, and neither's doer on the side of the other's target (the target striking back is another
    deed)."""
    def apart(a: EntityDraft | None, b: EntityDraft | None) -> bool:
        return a is not None and b is not None and not _same_side(a, b)

    def together(a: EntityDraft | None, b: EntityDraft | None) -> bool:
        return a is not None and b is not None and _same_side(a, b)

    if (o.actor1_explicit or d.actor1_explicit) and apart(o.actor1, d.actor1):
        # a named doer against another, even one guessed (قصف الحوثيون المدينة after the coalition's raids)
        return False
    if apart(o.actor2, d.actor2):
        return False
    return not (together(d.actor1, o.actor2) or together(d.actor2, o.actor1))


def _dated_apart(ctx: _Ctx, d: Draft, o: Draft) -> bool:
    """d's own clause names a time that is not the day o was told on: another happening, no retelling."""
    t = _time_in(ctx.doc, *d.clause)
    return t is not None and d.clause[0] <= t.start < d.clause[1] and not _same_day(ctx, t, o)


def _own_day_or_place(ctx: _Ctx, d: Draft, o: Draft) -> bool:
    """What keeps a retelling apart from the telling before it in the retelling folds: a day of its own
    (`_dated_apart`) or a place its clause names firmly that is not o's."""
    return _dated_apart(ctx, d, o) or (d.place is not None and d.place_strength > 1 and d.place is not o.place)


def _reaction_retold(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """«نددت الولايات المتحدة بإطلاق صواريخ على الجولان»، «تدين بشدة الهجمات الإيرانية» after the strike was told:
    what a reaction word (triggers.json roles.reaction, read by roles._reaction_end) reacts to is, after the
    article told a happening of its type (event_cues reaction_retold_types) in an earlier sentence, that
    happening named again, not a new one. It folds into the latest earlier telling of the type whose parties
    agree with it (`_retold_parties`), unless it has a day, a place or a weapon of its own, calls itself another
    (another_words, retold_apart_words, `_calls_another`), or is denied. The first telling keeps its span and
    its parties. Nothing is folded when the reaction is the article's first telling
    (أعربت المنامة عن تأييدها للضربات: the gold keeps it)."""
    types = _cue_labels("reaction_retold_types")
    if not types:
        return drafts
    apart = cues().another_words | _cue_words("retold_apart_words")
    out: list[Draft] = []
    for d in drafts:
        if d.type not in types or d.modality == "denied" or _calls_another(ctx, d) or _reaction_end(
                ctx, d, min(x.start for x in d.hits)) is None:
            out.append(d)
            continue
        words = {w.removeprefix("ال") for w in ctx.words.bare_between(*d.clause)}
        earlier = [o for o in out if o.type == d.type and o.sentence[1] <= d.sentence[0]
                   and o.modality != "denied" and _retold_parties(o, d)]
        o = earlier[-1] if earlier else None
        # وندد الأهالي بالهجوم الكيماوي after a shelling: a weapon or kind of its own (_incident) names another
        marks = {m for m in _incident(ctx, d) if not m.startswith("at:")}
        if o is None or words & apart or not marks <= _incident(ctx, o) or _own_day_or_place(ctx, d, o):
            # ندد بالهجوم على حمص الأسبوع الماضي: a day or place of its own names another happening
            out.append(d)
            continue
        # no doer or target is lent: the doer a reaction names is the reactor's own charge (التحالف يعبر عن
        # استنكاره لاستهداف الميليشيات, read on the sample: it gave the coalition's raids to the Houthis)
    return out


def _suffixed_killing_retold(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """«اغتال مسلحون ضابطا في عدن ... ويرى مراقبون أن اغتياله سيزيد التوتر»: a killing masdar with a pronoun
    suffix (event_cues suffixed_retold_bases, Trig.suffixed) names its victim as the one just told, so after a
    killing of those bases in the suffixed_retold_sentences sentences before it is that killing told again, not
    a new one, unless its clause names a day or place of its own or calls it another. No party is lent."""
    bases = _cue_words("suffixed_retold_bases")
    reach = _cue_int("suffixed_retold_sentences")
    if not bases or reach <= 0:
        return drafts
    doc = ctx.doc
    out: list[Draft] = []
    for d in drafts:
        if d.type != "ATTACK" or not all(x.trig.pos == "noun" and x.trig.suffixed and x.trig.base in bases
                                         for x in d.hits) or _calls_another(ctx, d):
            out.append(d)
            continue
        o = next((x for x in reversed(out) if x.type == d.type and x.modality != "denied"
                  and any(h.trig.base in bases for h in x.hits)
                  and 0 < _sent_index(doc, d.sentence[0]) - _sent_index(doc, x.sentence[0]) <= reach), None)
        if o is None or _own_day_or_place(ctx, d, o):
            out.append(d)
    return out


def _time_clause_retold(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """«استعاد الجيش البلدة ... وبعد استعادتها بدأت فرق الهندسة»، «حريق نشب عقب اقتحامه من المسلحين»: a masdar
    with a pronoun suffix right after a word of sequence (event_cues time_retold_preps) dates another clause by a
    happening whose pronoun points back to what was just told; after a happening of its type (time_retold_types)
    told in the time_retold_sentences sentences before, it is that happening named again, no new record, unless
    its clause names a day or place of its own or calls it another. A bare masdar (بعد السيطرة على الطريق) or a
    suffixed one with no such happening before it (بعد اعتقاله, the arrest told only there) stays an event, and so
    does a defeat (time_retold_not_bases: بعد هزيمتهم من قبل القوات): it names a war's outcome, not the strike told
    before it (dev gold codes it as an event of its own)."""
    preps = _cue_words("time_retold_preps")
    not_bases = _cue_words("time_retold_not_bases")
    types = _cue_labels("time_retold_types")
    reach = _cue_int("time_retold_sentences")
    if not preps or not types or reach <= 0:
        return drafts
    doc = ctx.doc
    out: list[Draft] = []
    for d in drafts:
        h = d.head
        lead = ctx.words.before(h.start, 1, floor=d.sentence[0])
        if (d.type not in types or h.trig.pos != "noun" or not h.trig.suffixed or h.light is not None
                or h.trig.base in not_bases or not (lead and _strip_conj(lead[-1]) in preps) or _calls_another(ctx, d)):
            out.append(d)
            continue
        o = next((x for x in reversed(out) if x.type == d.type and x.modality in _TOLD_AS_DONE
                  and 0 <= _sent_index(doc, d.sentence[0]) - _sent_index(doc, x.sentence[0]) <= reach
                  and x.head.start < h.start), None)
        if o is None or _own_day_or_place(ctx, d, o):
            out.append(d)
    return out


def _occurred_retold(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """«انفجرت عبوة ناسفة في بغداد ... وقد وقع التفجير قرب مركز للتدليك»، «وأضاف أن الهجوم وقع في سوق للسمك»:
    a definite event noun that is the subject of a verb of occurring (event_cues occur_verbs: وقع، حصل، جرى), right
    after the verb or with the verb after it (definite adjectives, a relative or قد between: الانفجار الذي وقع،
    التفجير قد وقع), names a happening as already known: after one of its type (occur_retold_types) told as done
    in the occur_retold_sentences sentences before, it is that happening told again, to say where, when or how it
    happened, not a new one; the latest such telling takes it. So is a report told in the pluperfect (وكانت وسائل
    إعلام قد ذكرت أن، وكانت مصادر أفادت بأن: event_cues pluperfect_openers), what a source had said before the news
    the article opens with: it is folded into the article's first telling of its type. Either is kept when it calls
    itself another (occur_apart_words: الانفجار الثاني، الهجوم الآخر; another_words: لعدوان جديد), comes along
    with the one before, or names a day other than the first telling's, a place outside its area or other parties.
    The first telling takes the doer the retelling's own clause names and it lacked (not a target: one the clause
    names is as often a party to a background phrase, بأيدي حركة طالبان), and the place it refines (دشت برجي in
    Kabul). An indefinite noun (في هجوم وقع الجمعة) introduces a happening and stays."""
    verbs = _cue_words("occur_verbs")
    types = _cue_labels("occur_retold_types")
    reach = _cue_int("occur_retold_sentences")
    openers = _cue_words("pluperfect_openers")
    # الانفجار الثاني، الهجوم الآخر: an ordinal past the first numbers another one (another_words holds only the
    # feminine ثانية); الأول and الأخير point back to one told. Not retold_apart_words: its آخرون counts other
    # people (وأصيب عشرون آخرون في الانفجار الذي وقع), not another attack
    apart = _cue_words("occur_apart_words")
    if not verbs or not types or reach <= 0:
        return drafts
    doc = ctx.doc
    out: list[Draft] = []
    for d in drafts:
        o = None
        occurred = d.type in types and _occurred_subject(ctx, d, verbs)
        earlier = d.type in types and not occurred and _pluperfect_report(ctx, d, openers)
        if (occurred or earlier) and not _calls_another(ctx, d) \
                and not apart & set(ctx.words.bare_between(*d.clause)) and not _alongside(ctx, d):
            t = _time_in(doc, *d.clause)
            own = t if t is not None and d.clause[0] <= t.start < d.clause[1] else None
            here = _sent_index(doc, d.sentence[0])
            told = [x for x in out if x.type == d.type and x.modality in _TOLD_AS_DONE
                    and 0 < here - _sent_index(doc, x.sentence[0]) <= reach]
            # the pluperfect report retells the lede: only the article's first telling of the type is asked
            for x in (reversed(told) if occurred else told[:1]):
                if earlier and (not _tellings_agree(d, x) or (own is not None and not _same_day(ctx, own, x))
                                or (d.place is not None and not _place_within(d.place, x.place))):
                    # a report had before tells the lede again only in its voice, with no time of its own (يوم
                    # الأحد، العام الماضي: an earlier strike) and at its place or inside it (not a town nearby)
                    break
                if (not _modalities_apart(ctx, x, d)
                        and not _other_day(own, _time_in(doc, *x.clause) or _time_in(doc, *x.sentence))
                        and (not _place_in_clause(d)
                             or _places_agree(x, d, region_km=_cue_int("retold_region_km", 300)))
                        and _retold_parties(x, d)):
                    o = x
                    break
        if o is None:
            out.append(d)
            continue
        # only a doer the retelling's own clause names: one lent from the sentences around is a guess
        if (_tellings_agree(d, o) and o.actor1 is None and d.actor1_explicit and d.actor1 is not None
                and d.actor1 is not o.actor2):
            o.actor1, o.actor1_explicit = d.actor1, True
        if _place_in_clause(d):
            _refine_place(o, d, region_km=_cue_int("retold_region_km", 300))
    return out


def _pluperfect_report(ctx: _Ctx, d: Draft, openers: frozenset[str]) -> bool:
    """d's sentence opens on a pluperfect كان/كانت (event_cues pluperfect_openers: وكانت وسائل إعلام قد ذكرت)
    and a teller reports it (the draft has a claim): what a source had told before the news."""
    first = ctx.words.spans_at(d.sentence[0], 1)
    return d.claim is not None and bool(first) and _strip_conj(first[0][2]) in openers and d.head.start > first[0][1]


def _occurred_subject(ctx: _Ctx, d: Draft, verbs: frozenset[str]) -> bool:
    """d's head is a definite noun carried by no light verb (so d has no verb trigger: a verb would head it;
    an indefinite noun may follow, its cause: الانفجار وقع نتيجة انفجار مستودع), and stands right after a verb of
    occurring (وقع الهجوم، وقد وقع التفجير) or before one, definite adjectives, a relative and قد allowed between
    (الانفجار الذي وقع، الهجوم الانتحاري وقع، التفجير قد وقع)."""
    h = d.head
    if h.trig.pos != "noun" or h.light is not None or not _definite_hit(ctx, h):
        return False
    prev = ctx.words.bare_before(h.start, 1, d.sentence[0])
    if prev and prev[-1] in verbs:
        return True
    relatives = cues().relatives
    for w in ctx.words.bare_between(h.end, d.clause[1], limit=4):
        if w in verbs:
            return True
        if not (w.startswith("ال") or _in_list(w, relatives) or w == "قد"):
            return False
    return False



def _site_retold(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """«وطوقت قوات الأمن موقع الانفجار»، «سيتوجه المفتشون إلى موقع الهجوم المزعوم في دوما»: an attack noun
    right after a noun of its site (event_cues site_nouns: موقع، لموقع، مكان) names the place where an attack
    happened, not a happening of its own: where the article told an attack of its type (site_retold_types)
    before, in any voice, it is that one (the site is always of an attack already known), folded into the
    latest such telling, which takes the place the site's clause names when it had none. The first telling in
    the article stays (an article on inspectors bound for the site of an alleged attack tells that attack only
    there), and so does one that calls itself another (موقع الانفجار الثاني) or whose trigger is an adjective
    (موقع هجومي: an offensive position)."""
    sites = _cue_words("site_nouns")
    types = _cue_labels("site_retold_types")
    if not sites or not types:
        return drafts
    apart = _cue_words("occur_apart_words")
    text = ctx.doc.text
    out: list[Draft] = []
    for d in drafts:
        first = min(d.hits, key=lambda x: x.start)
        o = None
        # a verb in the draft tells a deed of its own (انتشرت في موقع الانفجار وأطلق أفرادها النار)
        if d.type in types and not d.verbal and first.trig.pos == "noun" and first.light is None \
                and not fold_text(text[first.start:first.end]).endswith("ي"):
            prev = ctx.words.bare_before(first.start, 1, d.sentence[0])
            if prev and prev[-1] in sites and not _calls_another(ctx, d) \
                    and not apart & set(ctx.words.bare_between(first.end, d.clause[1], limit=3)):
                told = [x for x in out if x.type == d.type and min(y.start for y in x.hits) < first.start]
                o = told[-1] if told else None
        if o is None:
            out.append(d)
            continue
        if o.place is None and _place_in_clause(d):
            o.place, o.place_strength = d.place, min(d.place_strength, 1)
    return out
