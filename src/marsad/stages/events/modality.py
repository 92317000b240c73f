"""Events sub-stage: modality — whether the event happened, is claimed, denied, threatened or planned.

The cue words around the trigger (negation, future, threat, purpose, hypothesis) and the claim the trigger sits
in. Separate because it reads the frame of the telling, not who did what where; `roles` calls it once a draft's
parties are known, and `merge` compares the modalities of tellings.
"""

from __future__ import annotations

from marsad.packs import load_json

from .context import (
    _CLAUSE_END,
    Draft,
    Hit,
    _claim_at,
    _claim_modality,
    _Ctx,
    _in_list,
    _strip_conj,
)
from .lexicon import _cue_int, _cue_words, _f, cues
from .where import _present_after


def _undergo_verb(ctx: _Ctx, h: Hit, cs: int, window: int = 6) -> int | None:
    """Where the verb of undergoing (event_cues undergo_verbs) that takes the noun trigger under ل stands
    (تعرضت البلدة لقصف، فصائل المعارضة تتعرض لهجوم): its subject is the target, the deed's doer the
    noun's genitive or the name after من. None when the trigger is no such noun."""
    if h.trig.pos != "noun" or not h.prefix.endswith("ل"):
        return None
    spans = [sp for sp in ctx.words.spans[max(ctx.words.index_at(h.start) - window, 0):ctx.words.index_at(h.start)]
             if sp[0] >= cs]
    for s, e, w in reversed(spans):
        if _in_list(w, cues().undergo_verbs):
            if _CLAUSE_END.search(ctx.doc.text, e, h.start):
                return None
            return s
    return None


def _result_lam(ctx: _Ctx, h: Hit, cs: int) -> bool:
    """A ل-masdar that a past verb of leading to (event_cues result_lam_verbs: أدى، أدت) takes from within
    result_lam_window words before, its subject between, in the trigger's clause (وأدت العملية لأسر 4
    حوثيين): the deed is the outcome told, not a purpose. Past only: a present يؤدي may tell what would follow."""
    window = _cue_int("result_lam_window")
    spans = [sp for sp in ctx.words.spans[max(ctx.words.index_at(h.start) - window, 0):ctx.words.index_at(h.start)]
             if sp[0] >= cs]
    verbs = _cue_words("result_lam_verbs")
    return any(_in_list(w, verbs) and not _CLAUSE_END.search(ctx.doc.text, e, h.start) for _, e, w in spans)


def _modality(ctx: _Ctx, d: Draft) -> str:
    lex = ctx.lex
    h = d.head
    cs, ce = d.clause
    found: set[str] = set()
    if any(x.trig.future for x in d.hits) or (h.light is not None and h.light.trig.future):
        found.add("expected")
    if h.trig.pos == "noun" and h.prefix.endswith("ل") and h.light is None and _undergo_verb(ctx, h, cs) is None \
            and not _result_lam(ctx, h, cs):
        found.add("expected")  # لـ + masdar states a purpose: لشن عملية، لاستهداف; not تعرضوا لقصف
    if _aim_of_carrier(ctx, d):
        found.add("expected")  # عبوة تمت زراعتها لاستهداف القوات، عملية تم إطلاقها لتحرير: the aim of what was set
    if _purposed(ctx, d, d.sentence[0]):
        found.add("expected")  # تهدف العملية إلى تحرير المدينة، بهدف اعتقال: an aim, not a deed done
    if _seizure_not_done(ctx, d):
        found.add("expected")  # معركة السيطرة على المدينة، طلب من الجيش بسط السيطرة: fought for or asked, not taken
    if _warned_of(ctx, d):
        found.add("expected")  # حذر من وقوع مجزرة: a feared deed, not one done
    if _rejected_claim(ctx, d):
        found.add("denied")  # رفضت الوزارة ادعاءات بقصف أمريكي: a claim of the deed that its subject rejects
    if _possible(ctx, d):
        found.add("expected")  # نقطة اشتباك محتملة، ضربة محتملة ضد النظام: a deed that may come
    if _future_onset(ctx, d):
        found.add("expected")  # ستستأنف القوات هجومها، سيواصل الجيش عملياته: announced for later
    start = min(x.start for x in d.hits)
    if h.light is not None:
        start = min(start, h.light.start)
    end = max(x.end for x in d.hits)
    for (a, b), m in ctx.cues:
        for mod, where in m.payloads:
            if where == "before" and cs <= a and b <= start:
                if len(ctx.words.between(b, start)) > lex.windows[mod]:
                    continue
                if m.key in _cue_words("qad_particles") and (h.trig.pos == "past" or not _present_after(ctx, b)):
                    continue  # قد + past is emphasis, not possibility (قد سجلت حالات إثر قصف)
                found.add(mod)
            elif (where == "after" and a >= end and b <= max(ce, d.ext)) or (
                    where == "clause" and cs <= a and b <= ce):
                found.add(mod)
    if d.frame == "documenting":
        found.add("reported")  # وثق المرصد …: a count someone tells
    if d.frame in ("blame", "accuse"):
        found.add("alleged")  # حمّل X Y المسؤولية، اتهم X Y بتنفيذه: the doer is one side's charge
    claim = _claim_at(ctx.doc, h.start, h.end)
    d.claim = claim
    if claim is not None:
        found.add("reported")
        hint = _claim_modality(ctx.doc, claim.id)
        if hint in lex.priority:
            found.add(hint)  # the claim's own cue: نفى أن ... (denied), توقع أن ... (expected)
    for mod in lex.priority:
        if mod in found:
            return mod
    return "asserted"


def _purposed(ctx: _Ctx, d: Draft, floor: int) -> bool:
    """A masdar (or the light verb's masdar that carries it) right after a purpose word, or after the إلى of an
    aim verb, its subject of up to six words between (event_cues purpose_before: بهدف، بغية، من أجل،
    تهدف العملية إلى، ترمي إلى), names what a deed or a plan aims
    at: expected, whether or not the operation it is the aim of was found as an event itself."""
    h = d.head
    if h.trig.pos != "noun":
        return False
    start = h.light.start if h.light is not None else h.start
    before = ctx.words.bare_before(start, 8, floor)
    if before and before[-1] in cues().purpose_before and not before[-1].startswith(("ي", "ت")):
        return True  # بهدف اعتقال، من أجل تحرير; not ترمي مفاوضات: after an aim verb the masdar is its subject
    # تهدف العملية العسكرية إلى استعادة: the verb's subject may stand between the aim verb and its إلى
    return bool(before) and before[-1] in _cue_words("to_words") \
        and any(w in cues().purpose_before for w in before[:-1])


def _seizure_not_done(ctx: _Ctx, d: Draft) -> bool:
    """A seizure masdar (purpose_types) that a battle noun governs as its genitive (event_cues
    seize_battle_nouns: معركة السيطرة على المدينة، معارك تحرير الحديدة) names what the battle is for, and one
    after a verb of asking or ordering, its addressee between (seize_request_verbs, within seize_request_reach
    words: طلب من الجيش بسط السيطرة على البلدة، أمر القوات بالسيطرة), what was asked for: neither is a capture
    done, so a later telling of the capture is not folded into it (merge._retells needs both told as done)."""
    h = d.head
    # a masdar spelled as its past verb (بسط السيطرة) is read as one: past too, but then only after a request
    if h.trig.pos not in ("noun", "past") or d.type not in cues().purpose_types:
        return False
    start = h.light.start if h.light is not None else h.start
    reach = int(load_json("event_cues").get("seize_request_reach", 6))
    before = ctx.words.bare_before(start, reach, d.clause[0])
    if h.trig.pos == "noun" and before and before[-1] in _cue_words("seize_battle_nouns"):
        return True
    # no relative before the trigger: طالب الأهالي الذين سيطروا tells a seizure done by those who ask
    return not set(before) & _cue_words("relatives") \
        and any(w in _cue_words("seize_request_verbs") for w in before)


def _warned_of(ctx: _Ctx, d: Draft) -> bool:
    """A noun trigger (or its light verb) right after the من of a word of warning or fear (its subject, up to
    five words, may stand between them), up to two onset nouns between (event_cues warning_words,
    warning_onsets: حذر من وقوع مجزرة، تحذيرات من هجوم، مخاوف من تكرار المجزرة، محذرا من مغبة شن عملية):
    the event is feared, not told as done. Only that tight frame: a noun with another word between
    (حذر من تداعيات الهجوم) may be a deed already done."""
    h = d.head
    if h.trig.pos != "noun":
        return False
    if h.light is not None and h.light.start < h.start and len(ctx.words.between(h.light.end, h.start, 2)) > 1:
        return False  # من القيام بأي نشاط يهدد وقف إطلاق النار: the noun is no object of the warned-of deed
    start = h.light.start if h.light is not None else h.start
    before = ctx.words.bare_before(start, 10, d.clause[0])
    onsets = _cue_words("warning_onsets")
    for _ in range(2):
        if before and before[-1] in onsets:
            before.pop()
    if not before or before[-1] != _f("من"):
        return False
    # the verb's subject may stand between it and its من (حذر المرصد السوري من وقوع مجزرة)
    return any(w in _cue_words("warning_words") for w in before[-7:-1])


def _future_onset(ctx: _Ctx, d: Draft) -> bool:
    """An event noun right after the future of a verb of starting or going on (event_cues resume_verbs with
    the future سـ, or after سوف: إن القوات ستستأنف هجومها، سنواصل قصف مواقعهم، سوف تواصل قصف), or carried by
    such a verb as its light verb (سيبدأ عملية عسكرية): the deed is announced for later, expected, not told as
    done. The present (تواصل القوات قصف) and the past (استأنفت هجومها) tell it going on. On 230 unseen articles
    and 11 corpus articles with the construction, 3 records became expected, all rightly."""
    h = d.head
    if h.trig.pos not in ("noun", "past"):
        return False  # a trigger spelled as a past verb (قصف) right after such a verb is its masdar
    verbs = _cue_words("resume_verbs")

    def future(w: str) -> bool:
        # سـ, then the person prefix (سيواصل، ستستأنف، سنواصل): the verb's third person is in the list
        return len(w) > 3 and w[0] == "س" and w[1] in "يتنأ" and "ي" + w[2:] in verbs

    if h.light is not None and h.light.start < h.start \
            and future(_strip_conj(_f(ctx.doc.text[h.light.start:h.light.end]).split()[0])):
        return True
    start = h.light.start if h.light is not None else h.start
    before = ctx.words.bare_before(start, 2, d.clause[0])
    if not before:
        return False
    if future(before[-1]):
        return True
    return len(before) == 2 and before[0] == _f("سوف") and before[-1] in verbs


def _aim_of_carrier(ctx: _Ctx, d: Draft) -> bool:
    """A masdar under ل right after the masdar of setting something going (event_cues aim_carriers, a pronoun
    suffix allowed: تم إطلاقها لتحرير، تمت زراعتها لاستهداف القوات، تم استخدامها لشن هجمات) names what the
    thing launched, planted or used was for: expected, not a deed told as done. The passive light verb before
    (تم) attaches to the ل-masdar as its light verb, which hides the purpose from the bare ل test of _modality.
    On the ANT corpus all 14 uses were an aim (mostly bombs planted and defused)."""
    h = d.head
    if h.trig.pos != "noun" or not h.prefix.endswith("ل"):
        return False
    before = ctx.words.before(h.start, 1, d.clause[0])
    if not before:
        return False
    w = _strip_conj(before[-1])
    carriers = _cue_words("aim_carriers")
    if w in carriers:
        return True
    for x in _cue_words("aim_suffixes"):
        stem = w[: -len(x)] if w.endswith(x) else ""
        # زراعتها: the ة of the bare masdar (folded ه) is written ت before a suffix
        if stem and (stem in carriers or (stem.endswith("ت") and stem[:-1] + "ه" in carriers)):
            return True
    return False


def _rejected_claim(ctx: _Ctx, d: Draft) -> bool:
    """A trigger that a claim noun governs (event_cues reject_claim_nouns: ادعاءات، مزاعم، اتهامات), up to
    reject_reach words between them, the noun itself up to reject_reach words after a verb of rejecting
    (reject_verbs: رفض، يرفض، رافضا), all in the trigger's clause: رفضت الوزارة ادعاءات بقصف أمريكي، رفض
    الجيش مزاعم بأن طائراته قصفت المستشفى. The deed is what one side says and the other rejects: denied, as after
    نفى (whose cue is a bare verb before the trigger; رفض alone is also a refusal, رفض الانسحاب, so the claim
    noun is needed)."""
    reach = int(load_json("event_cues").get("reject_reach", 6))
    h = d.head
    start = h.light.start if h.light is not None and h.light.start < h.start else h.start
    before = ctx.words.bare_before(start, 2 * reach + 1, d.clause[0])
    nouns, verbs = _cue_words("reject_claim_nouns"), _cue_words("reject_verbs")
    for k in range(len(before) - 1, max(len(before) - reach - 2, -1), -1):
        if before[k] in nouns:
            return any(w in verbs for w in before[max(0, k - reach):k])
    return False


def _possible(ctx: _Ctx, d: Draft) -> bool:
    """A form of محتمل, متوقع or مرتقب (event_cues possible_words: محتملة، متوقعة، المتوقع، مرتقبة) up to possible_reach
    words after the trigger in its clause (نقطة اشتباك محتملة، ضربة محتملة ضد النظام، هجومين متطرفين محتملين)
    qualifies the event itself as one that may come: expected. Only that near: further on it qualifies another
    noun (إرسال تعزيزات بهدف الاستعداد لمعركة محتملة: the reinforcements were sent)."""
    reach = int(load_json("event_cues").get("possible_reach", 2))
    end = max(x.end for x in d.hits)
    after = ctx.words.between(end, d.clause[1], limit=reach)
    words = _cue_words("possible_words")
    # من المتوقع أن opens a clause of its own after the noun (وقعا اتفاقا من المتوقع أن ينهي القتال): what is
    # expected is what follows it, not the deed the noun tells
    return any(w in words and not (i and _strip_conj(after[i - 1]) == "من") for i, w in enumerate(after))
