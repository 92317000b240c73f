"""Events sub-stage: detection — which trigger words tell an event, and of which type.

Finding the hits of the trigger lexicon and the precision filters that drop or retype them: conditions unmet,
negation, threats and plans, figurative and homograph readings, light verbs, background and civil senses.
Separate because it decides whether there is an event at all, before anyone asks who did it or where.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import replace
from functools import cache
from itertools import compress

from marsad import model, packs
from marsad.matcher import PhraseIndex, longest_first
from marsad.packs import load_json
from marsad.pipeline import Doc, EntityDraft
from marsad.textnorm import fold_text

from .context import (
    _CLAUSE_END,
    _DATELINE_AFTER,
    _THIRD,
    ACTOR_TYPES,
    Draft,
    Hit,
    _clauses,
    _count_word,
    _Ctx,
    _folded_set,
    _headings,
    _in_list,
    _in_list_forms,
    _is_subject_like,
    _span,
    _state_adjectives,
    _strip_conj,
)
from .lexicon import (
    Trig,
    _agree_cues,
    _bare_windows,
    _calendar_words,
    _civil_cues,
    _coordination_cues,
    _cue_words,
    _expel_cues,
    _f,
    _figurative_blast_cues,
    _object_pronouns,
    _other_sense_cues,
    _peace_cues,
    _person_words,
    _phrase_in,
    _raid_cues,
    _saying_forms,
    _section_int,
    _section_phrases,
    _section_words,
    _threat_civil_cues,
    cues,
    speech_frame_cues,
)


def _nameless_subject(ctx: _Ctx, d: Draft, anchor: Hit, cs: int) -> bool:
    """The definite noun right before a verb trigger in its clause (القذيفة استهدفت، إن الدول الغربية تحضر
    لشن غارات، المهاجمون أطلقوا النار): the verb has a subject of its own that is no name, so no party may be
    borrowed for it from the clauses or sentences around. A bare group noun (الجماعة هاجمت) is left to the
    rule that points it back to a group; a time word or a noun a preposition governs is no subject."""
    c = cues()
    if not d.verbal or anchor.trig.pos not in ("past", "present") or anchor.prefix \
            or anchor.trig.base in c.killing_bases:
        return False  # العشرات قتلوا: the subject of a killing verb is its victim
    words = ctx.words
    i = words.index_at(anchor.start) - 1
    if i < 0 or words.spans[i][0] < cs or _CLAUSE_END.search(ctx.doc.text, words.spans[i][1], anchor.start):
        return False
    w = _strip_conj(words.spans[i][2])
    if not w.startswith("ال") or len(w) < 5 or w in c.group_subjects or w in c.time_next or w in c.relatives \
            or w in c.approx_words or (len(w) == 6 and w.startswith("الا")):
        return False  # الأعنف قصفاً: an elative before a masdar spelled like a verb describes, it does not act
    k = i
    while k >= 0 and words.spans[k][0] >= cs and _strip_conj(words.spans[k][2]).startswith("ال"):
        k -= 1
    first = _strip_conj(words.spans[k + 1][2])
    lead = _strip_conj(words.spans[k][2]) if k >= 0 and words.spans[k][0] >= cs else ""
    forces = ctx.lex.roles["heads"] | c.people_heads | c.force_subjects
    if first in forces or first.removeprefix("ال") in forces or lead in forces:
        return False  # قوات الحكومة استعادت، الجيش استهدف: a force noun points back to the forces told of
    # raw_hits are in text order: bisected, as a sentence may be a whole unpunctuated text
    if bisect.bisect_left(ctx.raw_hits, anchor.start, key=lambda x: x.start) > bisect.bisect_left(
            ctx.raw_hits, words.spans[k + 1][0], key=lambda x: x.start):
        return False  # الهجوم استهدف القرى: an event noun as subject; its doer is the one who did it
    comps = ctx.lex.roles.get("complementizers", frozenset())
    opens = k < 0 or words.spans[k][0] < cs or _CLAUSE_END.search(ctx.doc.text, words.spans[k][1],
                                                                    words.spans[k + 1][0])
    if not opens and lead not in comps and words.spans[k][2] not in comps:
        return False  # خارج السجن أطلق سراحهم: only a noun opening its clause, or a reported one, is its subject
    # a name's own word (الدولة of تنظيم الدولة) is that party, named
    return not ctx.doc.overlapping(words.spans[i][0], words.spans[i][1])


def _noun_state_adjective(ctx: _Ctx, d: Draft, ce: int) -> EntityDraft | None:
    """The state a nisba adjective right after an attack noun names (الضربات الجوية الروسية، القصف التركي),
    for a bare noun phrase: no light verb with a subject of its own, no governing frame, and no person noun
    between (قصف صحفي تركي is not Turkey's)."""
    h = d.head
    if d.type not in cues().adjective_doer_types or h.trig.pos != "noun" or h.light is not None or d.frame \
            or d.verbal:
        return None
    first = ctx.words.between(h.end, ce, limit=1)
    if first and (first[0] in cues().people_heads or first[0] in cues().victim_heads):
        return None
    return ctx.adjective_after(h.end, ce, n=2)


def _planned_by(ctx: _Ctx, d: Draft, hs: int, ss: int) -> tuple[EntityDraft | None] | None:
    """A trigger under a planning verb whose subject is the noun before it (خلية تابعة لداعش كانت تخطط
    لتنفيذ هجمات، عناصر كانوا يعدون لهجوم): its doer is the last group named before the planning verb, unless
    that is the sentence's own subject (كشفت الداخلية عن خلية كانت تخطط: the teller is no planner), then
    nobody. None when the trigger is under no such verb."""
    c = cues()
    if not c.plan_verbs or d.type not in c.plan_types:
        return None
    words = ctx.words
    i = words.index_at(hs)
    k = i - 1
    while k >= 0 and i - k <= c.plan_window and words.spans[k][0] >= ss:
        w = _strip_conj(words.spans[k][2])
        if w in c.plan_verbs:
            break
        k -= 1
    else:
        return None
    if k < 0 or i - k > c.plan_window or words.spans[k][0] < ss:
        return None
    pos = words.spans[k][0]
    if ctx.actors(pos, hs) or k == 0 or not _in_list(words.spans[k - 1][2], c.plan_openers):
        return None  # تخطط تركيا لشن هجوم: the planner is named; قسد تخطط: the subject is said
    opener = words.spans[k - 1][0]
    named = [(m, ent) for m, ent in ctx.actors(ss, opener) if not ctx.in_source(m.start, m.end)]
    if not named:
        return (None,)
    subject = next(((m, ent) for m, ent in named if _is_subject_like(ctx, m, ss)), None)
    last = named[-1]
    comps = ctx.lex.roles.get("complementizers", frozenset())
    if subject is not None and last[1] is subject[1] and not any(
            _in_list(w, comps) for w in words.between(ss, last[0].start)):
        return (None,)  # قالت قسد إن خلايا داعش كانت تخطط: the reported clause's subject plans
    return (last[1],)


def _passive_others(ctx: _Ctx, anchor: Hit, ce: int) -> bool:
    """قتل عشرات الحوثيين واعتقل آخرون، أصيب 20 آخرين: "others" as the verb's subject makes it a passive
    whose patients are more of the people named before; that name is no doer."""
    if anchor.trig.pos != "past":
        return False
    counts = [(q.start, q.end) for q in ctx.doc.quantities]
    i = ctx.words.index_at(anchor.end)
    for s, _e, w in ctx.words.spans[i:i + 3]:
        if s >= ce:
            break
        w = _strip_conj(w)
        if w in cues().others_words:
            return True
        if not (w.isdigit() or w in cues().approx_words or any(a <= s < b for a, b in counts)):
            return False  # a name or a noun: the verb's own subject or object
    return False


def _title_word(w: str) -> bool:
    """A word of a person's title: a role noun (roles pack person_roles) or a definite noun or nisba adjective
    after one (الرئيس الأمريكي، وزير الدفاع الإسرائيلي)."""
    w = _strip_conj(w)
    return w in cues().title_words or (len(w) > 3 and (w.startswith("ال") or w.endswith(cues().nisba)))


def _claimer(ctx: _Ctx, ss: int, se: int, target: EntityDraft | None
             ) -> tuple[model.Mention, EntityDraft] | None:
    """هجوم انتحاري تبناه تنظيم "الدولة الإسلامية"، تفجير تبنته حركة الشباب: the one claiming an attack in its
    sentence (event_cues claim_verbs) did it, by its own word."""
    # the claiming words are found once per article and bisected: walking every word of the sentence for
    # each event was quadratic in an unpunctuated text (5,000 words: ~40 % of its time)
    i, j = ctx.words.run_of(ss, se)
    claims = ctx.claim_verb_words()
    ks = claims[bisect.bisect_left(claims, i):bisect.bisect_left(claims, j)]
    if not ks:
        return None
    heads = ctx.lex.roles["heads"]
    named = [(m, ent) for m, ent in ctx.doc.mentions_in(ss, se, ("actor",)) if ent is not target]
    spans = ctx.words.spans
    for k in ks:
        _s, e, _w = spans[k]
        for m, ent in named:
            if m.start >= e:
                gap = ctx.words.between(e, m.start)
                if len(gap) <= 2 and all(g in heads or g in cues().group_words for g in gap):
                    return m, ent
                break
    return None


def _threat_owner(ctx: _Ctx, cs: int, ce: int, he: int) -> tuple[model.Mention, EntityDraft] | None:
    """توعد الرئيس الأمريكي بشن ضربات، تهديدات أنقرة بعملية، كان تنظيم داعش توعد باستهداف: the one who
    threatens owns the threatened action; it is named right after the threatening word, or, for a verb,
    right before it."""
    heads = ctx.lex.roles["heads"]
    # the one who threatens is often the source of the claim the threat is told in: claim sources count
    named = [(m, ent) for m, ent in ctx.doc.mentions_in(cs, ce, ACTOR_TYPES)
             if not _DATELINE_AFTER.match(ctx.doc.text, m.end)]
    for a, b in reversed(ctx.threats):
        if not (cs <= a and b <= he):
            continue  # the threatening word is the trigger itself or governs it
        for m, ent in named:
            if m.start < b:
                continue
            gap = ctx.words.between(b, m.start)
            # توعد الرئيس الأمريكي دونالد ترامب، هدد وزير الدفاع الإسرائيلي ليبرمان: a person's title may stand
            # between the verb and the name
            titled = ent.type == "person" and len(gap) <= 4 and all(_title_word(w) for w in gap)
            if (titled or (len(gap) <= 2 and all(w in heads for w in gap))) and _is_subject_like(ctx, m, cs):
                return m, ent
            break
        verb = any(x.start <= a < x.end and x.trig.pos in ("past", "present") for x in ctx.raw_hits)
        if verb:
            prior = [(m, ent) for m, ent in named if m.end <= a and _is_subject_like(ctx, m, cs)]
            if prior and ctx.words.gap(prior[-1][0].end, a) <= 1:
                return prior[-1]
        return None
    return None


def _masdars(ctx: _Ctx, hits: list[Hit]) -> None:
    """A past-verb trigger spelled like its masdar (قتل، قصف) after a preposition is the masdar, for a verb
    never follows one: رد الفعل على قتل الصحفي names the one killed after it, ادعاءات بقصف أمريكي its doer
    by an adjective. So is one a reaction word, a verb of announcing or a verbal noun (event_cues
    masdar_heads) governs (استنكرت الخارجية التركية قصف القوات، أعلنت الوزارة قصف مواقع، استمرار قصف،
    إعلان العراق قصف): a past verb after a verb or noun and its subject would need a conjunction or أن
    between them, as would one after a verb of starting or going on (استأنفت الطائرات قصف المدينة)."""
    starts = sorted(x.start for x in hits)
    made: list[Hit] = []  # the past-verb spellings read as masdars so far, in text order
    for h in sorted(hits, key=lambda x: x.start):
        if h.trig.pos != "past" or " " in h.trig.base:
            continue
        prev = ctx.words.before(h.start, 1, ctx.doc.sentence_of(h.start).start)
        if (h.prefix and h.prefix in cues().masdar_prefixes) or (
                prev and _in_list(prev[0], cues().masdar_preps)) or _reacted_to(ctx, h, starts) \
                or _joined_masdar(ctx, h, made) or _managed_past(ctx, h, starts) \
                or (_reacted_to(ctx, h, starts, cues().claim_declare_verbs) and _party_next(ctx, h)) \
                or _head_governs(ctx, h) \
                or (h.trig.base not in cues().time_homographs
                    and _resume_verb(ctx, h, ctx.doc.sentence_of(h.start).start) is not None):
            # بعد استعادة قوات النظام: the ة read as a pronoun suffix of استعاد is the masdar's own ending
            tied = ctx.doc.text[h.start:h.end].endswith("ة")
            h.trig = replace(h.trig, pos="noun", suffixed=h.trig.suffixed and not tied)
            made.append(h)


def _party_next(ctx: _Ctx, h: Hit) -> bool:
    """A party is named right after the trigger `h` (قصف تنظيم داعش، قتل عناصر الحزب): group words and force
    nouns may stand between. Read as a past verb after a verb of announcing, that name would become the doer;
    with anything else after it the verb reading gives the same roles, so it is left alone."""
    se = ctx.doc.sentence_of(h.start).end
    named = ctx.doc.mentions_in(h.end, min(se, h.end + 60), ("actor",))
    if not named:
        return False
    gap = ctx.words.between(h.end, named[0][0].start)
    heads = ctx.lex.roles["heads"]
    return not ctx.doc.text[h.end:named[0][0].start].strip(' "«»') or (
        len(gap) <= 2 and all(_in_list(g, heads) or g in cues().group_words for g in gap))


def _head_governs(ctx: _Ctx, h: Hit) -> bool:
    """The past-verb trigger `h` is the genitive of a verbal noun (event_cues masdar_heads) right before it
    (استمرار قصف، أثناء قتل) or before a party's name that is the noun's own genitive (إعلان العراق قصف). Only a
    name may stand between: after a common noun a new clause may open with a passive verb (منذ بدء
    الاحتجاجات قتل، وأثناء ذلك قتله)."""
    heads = cues().masdar_heads
    if not heads or (h.prefix and h.prefix[0] in "وف"):
        return False
    ss = ctx.doc.sentence_of(h.start).start
    prev = ctx.words.before(h.start, 1, ss)
    if prev and _in_list(prev[0], heads):
        return True
    named = ctx.doc.mentions_in(max(ss, h.start - 60), h.start, ("actor",))
    if not named or ctx.doc.text[named[-1][0].end:h.start].strip(' "«»'):
        return False
    before = ctx.words.before(named[-1][0].start, 1, ss)
    return bool(before) and _in_list(before[0], heads)


def _reacted_to(ctx: _Ctx, h: Hit, starts: list[int], governors: frozenset[str] | None = None,
                window: int = 6) -> bool:
    """The past-verb trigger `h` is the object of a reaction word (triggers.json roles.reaction), or of the
    `governors` given instead, within `window` words before it in its clause: no conjunction on it (ندد
    بالهجوم وقصف), no relative right before it (الهجوم الذي قصف), no أن, clause stop or other trigger
    between (أدان الهجوم ثم قتل); `starts` are the sorted starts of all hits."""
    words = ctx.lex.roles.get("reaction", frozenset()) if governors is None else governors
    if not words or (h.prefix and h.prefix[0] in "وف"):
        return False
    prev = ctx.words.before(h.start, window, ctx.doc.sentence_of(h.start).start)
    if not prev or _in_list(prev[-1], cues().relatives):
        return False
    if _in_list_forms(words).isdisjoint(prev):
        return False  # no reaction word before (most verbs): the words tested in C, not one by one
    comps = ctx.lex.roles.get("complementizers", frozenset())
    for i, w in enumerate(reversed(prev)):
        if _in_list(w, comps):
            return False
        if _in_list(w, words):
            ve = ctx.words.spans[ctx.words.index_at(h.start) - i - 1][1]
            # only the few words between are scanned: a sentence may be a whole unpunctuated text
            if _CLAUSE_END.search(ctx.doc.text, ve, h.start):
                return False
            return bisect.bisect_left(starts, ve) == bisect.bisect_left(starts, h.start)
    return False


def _find_hits(doc: Doc, ctx: _Ctx) -> list[Hit]:
    lex = ctx.lex
    out = []
    blocked = _headings(doc)
    for m in longest_first(lex.index.find_all(doc.folded.text)):
        trigs: tuple[Trig, ...] = m.payloads
        if any(t.pos == "not" for t in trigs):
            continue
        s, e = _span(doc, m.start, m.end)
        if doc.is_furniture(s, e) or any(a <= s and e <= b for a, b in blocked):
            continue
        t = trigs[0]
        if any(mm.start <= s and e <= mm.end for mm, _ in doc.overlapping(s, e)):
            continue  # inside a name: التحالف الدولي, الحشد الشعبي
        if _spread_not_force(ctx, t, s, e) or _crowd_not_force(ctx, t, s, e):
            continue
        out.append(Hit(s, e, t, t.type, m.prefix))
    return out


def _crowd_not_force(ctx: _Ctx, t: Trig, s: int, e: int) -> bool:
    """أمام حشد من أنصاره، دهست شاحنة حشدا من المارة، تجمعت حشود، يحشد الرأي العام: the words of gathering
    are a deployment only when a force gathers. What follows them, past words of size and من (event_cues
    crowd_fillers), decides: people, supporters or support rallied (crowd_not_objects) or a verb of gathering or
    protest (crowd_gather) make no deployment, nor does a gathering verb or a word of place or hitting
    up to two words before (crowd_before: أمام، وسط، دهس) unless a force is named after (crowd_force: حشود عسكرية)."""
    c = cues()
    if t.base not in c.crowd_bases:
        return False
    sent = ctx.doc.sentence_of(s)

    def forms(w: str) -> set[str]:
        out = {w, _strip_conj(w)}
        out |= {f[2:] for f in out if f.startswith("ال") and len(f) > 3}
        return out | {f[1:] for f in out if f[:1] in "بل" and len(f) > 3}

    # a verb's subject stands before its object (يحشد التيار المحافظ الرأي العام); a noun's complement is next
    reach = 1 if t.pos == "noun" else 4
    # the crowds told with no force or side after them are people (خطب في الحشود، أطلقوا النار على الحشود);
    # troops massed are named (الحشود العسكرية، الحشود التركية)
    head = ctx.words.spans_at(s, 1)
    bare = t.pos == "noun" and bool(head) and any(f.startswith("ال") for f in forms(head[0][2]))
    for ws, _, w in ctx.words.spans_at(e, 5 + reach):
        if ws >= sent.end or _CLAUSE_END.search(ctx.doc.text, e, ws):
            break
        if forms(w) & c.crowd_fillers:
            continue
        if w in c.crowd_stops:
            break
        if forms(w) & c.crowd_force:
            return False
        if bare and (sw := _strip_conj(w)).startswith("ال") and sw.endswith(c.nisba) and sw not in c.relatives:
            bare = False
        if forms(w) & c.crowd_not_objects or {w, _strip_conj(w)} & c.crowd_gather:
            return True
        reach -= 1
        if not reach:
            break
    if bare and not any(forms(w) & c.crowd_force for w in ctx.words.before(s, 3, sent.start)):
        return True
    # فرقت الشرطة الحشود: the verb's subject may stand between
    return any(forms(w) & (c.crowd_before | c.crowd_gather) for w in ctx.words.before(s, 2, sent.start))


def _spread_not_force(ctx: _Ctx, t: Trig, s: int, e: int) -> bool:
    """انتشرت صور، انتشار الكوليرا، تنتشر فيها النيران، الشائعات التي انتشرت: the verb and masdar of
    spreading are a deployment only when a force spreads. Its subject decides: the first word after it, past
    fillers and words of manner or place (event_cues spread_fillers), or the noun a relative word before it
    refers to. What is no force is listed (event_cues spread_not_subjects); any other word leaves the
    trigger as it was."""
    c = cues()
    if t.base not in c.spread_bases or not c.spread_not_subjects:
        return False

    def listed(w: str) -> bool | None:
        # وباء starts like a conjunction: the word is tried whole and without it
        forms = {w, _strip_conj(w)}
        if forms & (c.subject_fillers | c.spread_fillers | c.relatives):
            return None
        forms |= {f[2:] for f in forms if f.startswith("ال") and len(f) > 3}
        # انتشار واسع لشريط فيديو: the masdar's subject may come under ل
        forms |= {f[1:] for f in forms if f.startswith("ل") and len(f) > 4}
        return bool(forms & c.spread_not_subjects)

    sent = ctx.doc.sentence_of(s)
    if t.pos == "noun" and _spread_head(ctx, s, sent.start):
        return True  # مناطق انتشار الحوثيين، سرعة انتشار المرض: where or how fast, no deployment told
    # before a masdar stands its head (صور انتشار القوات), not its subject
    for w in reversed(ctx.words.before(s, 2, sent.start) if t.pos != "noun" else []):
        if (hit := listed(w)) is not None:
            if hit:
                return True
            break
    for ws, _, w in ctx.words.spans_at(e, 5):
        if ws >= sent.end:
            return False
        if (hit := listed(w)) is not None:
            return hit
    return False


#: how many words of a count a conditional trigger's window may reach past (ثلاثة آلاف وخمسمئة وعشرين)
_COUNT_REACH = 6


@cache
def _intercept_index() -> tuple[PhraseIndex, PhraseIndex]:
    verbs, objects = PhraseIndex(), PhraseIndex()
    for w in cues().intercept_verbs:
        verbs.add(w, True)
    for w in cues().intercepted_objects:
        objects.add(w, _f(w))
    verbs.compile()
    objects.compile()
    return verbs, objects


def _intercepted(ctx: _Ctx, hits: list[Hit]) -> list[Hit]:
    """أسقطت الدفاعات طائرتين مسيرتين، اعترض الجيش صاروخاً: the drone or missile brought down is an attack
    that failed, told by its object noun; the interceptor is its target and the launcher, when named after it
    (أطلقتها ميليشيا), its doer (roles.foiling in triggers.json)."""
    c = cues()
    if not c.intercept_verbs or not c.intercepted_objects:
        return []
    verbs, objects = _intercept_index()
    folded = ctx.doc.folded.text
    taken = [(h.start, h.end) for h in hits]
    spots = [ctx.doc.folded.span(m.start, m.end) for m in objects.find(folded)]
    out = []
    for m in verbs.find(folded):
        vs, ve = ctx.doc.folded.span(m.start, m.end)
        sent = ctx.doc.sentence_of(vs)
        for s, e in spots:
            if s < ve or s >= sent.end or ctx.words.gap(ve, s) > c.intercept_window:
                continue
            if _CLAUSE_END.search(ctx.doc.text, ve, s) or any(a < e and s < b for a, b in taken) or any(
                    _in_list(w, c.intercept_stops) for w in ctx.words.between(ve, s)):
                break
            if ctx.doc.text[s:e].startswith("ال"):
                break  # اعتراض الصواريخ: the missiles were told before
            base = fold_text(ctx.doc.text[s:e])
            if base in c.launcher_needed and not (set(ctx.words.bare_between(
                    e, sent.end, limit=2)) & c.launch_relatives) and not ctx.side_adjective_after(e, sent.end, n=2)[0]:
                # تصدت الدفاعات لصواريخ: mostly the strike already told, its launcher not named here; a state's
                # nisba on the missiles (لصواريخ إسرائيلية، صاروخين إيرانيين) names it as a launch relative does
                break
            out.append(Hit(s, e, Trig("ATTACK", "noun", base), "ATTACK", ""))
            taken.append((s, e))
            break
    return out


@cache
def _named_operations() -> tuple[PhraseIndex, frozenset[str], frozenset[str]]:
    """event_cues named_operations: the known names (folded) with their owners' pack ids, and the operation
    nouns (operation_name_nouns) a name must follow to tell the operation, and the words of membership
    (operation_member_words) before them that make the operation only describe a party."""
    data = load_json("event_cues")
    index = PhraseIndex()
    for op in data.get("named_operations", []):
        for name in op["names"]:
            index.add(_f(name), tuple(op["owners"]))
    return index, frozenset(_f(w) for w in data.get("operation_name_nouns", [])), frozenset(
        _f(w) for w in data.get("operation_member_words", []))


def _named_operation_hits(ctx: _Ctx, hits: list[Hit]) -> dict[int, tuple[str, ...]]:
    """عملية غصن الزيتون، خلال عملية "عاصفة الحزم"، معركة ردع العدوان: a known operation's name right after an
    operation noun (a quote or a ب/و/ل/ف on the noun allowed) tells the operation, one ATTACK on the noun when
    no other trigger stands in its clause (a verb or noun there already tells it: شنت تركيا عملية عسكرية).
    Returns the new hits' starts with the operation's owners; the hits are appended to `hits`."""
    index, nouns, members = _named_operations()
    if not nouns:
        return {}
    text = ctx.doc.text
    folded = ctx.doc.folded.text
    out: dict[int, tuple[str, ...]] = {}
    for m in index.find(folded):
        s, _e = ctx.doc.folded.span(m.start, m.end)
        prev = ctx.words.span_before(s)
        if not prev:
            continue
        ps, pe, w = prev[0]
        if text[pe:s].strip() not in ("", '"', "«", "“", "'"):
            continue
        if not (w in nouns or (w[:1] in "وفبل" and w[1:] in nouns) or (w[:2] in ("وب", "ول", "فب") and w[2:] in nouns)):
            continue
        sent = ctx.doc.sentence_of(ps)
        before = ctx.words.bare_before(ps, 2, sent.start)
        if before and (before[-1] in members or (before[-1] == "في" and len(before) == 2 and before[0] in members)):
            continue  # فصيل عامل في عملية "غصن الزيتون"، ضمن عملية درع الفرات: it describes a party
        cs = max([sent.start] + [x.end() for x in _CLAUSE_END.finditer(text, sent.start, ps)])
        nxt = _CLAUSE_END.search(text, s, sent.end)
        ce = nxt.start() if nxt else sent.end
        if any(o.start == ps and o.type == "ATTACK" for o in hits):
            out[ps] = m.payloads[0]  # معركة "ردع العدوان": the noun tells it already; the name gives its owner
            continue
        launched = _launch_relative(ctx, _e, sent.end)
        if launched is not None:
            # عملية "غصن الزيتون" العسكرية التي أطلقتها أنقرة: the relative tells the launching of this very
            # operation, so the other triggers of the clause (سيطرتها على عفرين في إطار عملية ...) tell other
            # deeds; only a light verb of attack in the relative (التي يشنها الجيش) tells it already
            if any(ps <= o.start < launched and o.trig.pos == "light" and o.trig.base in ctx.lex.light_default
                   for o in hits):
                continue
        elif any(cs <= o.start < ce and o.trig.pos != "not"
               and (o.trig.pos != "light" or o.trig.base in ctx.lex.light_default) for o in hits):
            continue  # another trigger of the clause tells it (التي يشنها الجيش التركي: its light verb)
        base = fold_text(text[ps:pe])
        hits.append(Hit(ps, pe, Trig("ATTACK", "noun", base), "ATTACK", ""))
        out[ps] = m.payloads[0]
    # عملية عفرين، التي قامت بها وحدات الجيش التركي: an operation named after its place, with a relative of
    # launching after it, is an attack whose doer is the relative's subject (_launcher); a bare place after the
    # noun alone is too often a process of talks (عملية أستانا) to tell one
    for pm, _ent in ctx.places(0, len(text)):
        prev = ctx.words.span_before(pm.start)
        if not prev or prev[0][2] not in nouns or prev[0][2].startswith("ال") or prev[0][0] in out:
            continue
        ps, pe, _w = prev[0]
        if text[pe:pm.start].strip() or any(o.start == ps for o in hits):
            continue
        # (a comma may stand before the relative: it is looked for up to the sentence's end)
        # (only a verb of carrying out, قام ب/نفذ: a process of talks is launched and begun too, عملية أستانا
        # التي أطلقتها روسيا; and a party must be named right after it)
        se = ctx.doc.sentence_of(ps).end
        end = _launch_relative(ctx, pm.end, se, "operation_place_verbs")
        if end is None or not any(ctx.words.gap(end, m.start) <= 1 for m, _a in ctx.actors(end, se)[:1]):
            continue
        hits.append(Hit(ps, pe, Trig("ATTACK", "noun", fold_text(text[ps:pe])), "ATTACK", ""))
        out[ps] = ()
    return out


def _launch_relative(ctx: _Ctx, end: int, limit: int, key: str = "operation_launch_verbs") -> int | None:
    """The end of a relative verb of launching or carrying out (event_cues operation_launch_verbs: التي أطلقتها،
    التي قامت بها، الذي نفذه) right after an operation's name at `end`, up to two adjectives (العسكرية، التركية)
    or a comma between, or None. The verb's object pronoun points back to the operation."""
    c = cues()
    launch = _cue_words(key)
    spans = [sp for sp in ctx.words.spans_at(end, 8) if sp[0] >= end and sp[1] <= limit]
    for i, (_s, _e, w) in enumerate(spans[:3]):
        if w in c.relatives:
            nxt = spans[i + 1:i + 6]
            if not nxt or nxt[0][2] not in launch:
                return None
            if nxt[0][2] not in _cue_words("operation_prep_verbs"):
                return nxt[0][1]
            # قامت بها، يقوم بها: the pronoun is on the preposition, right after the verb or after its subject
            # (التي قام الجيش بها); without it the verb is another (يقوم الجيش بالإشراف على تسويتها)
            objs = _cue_words("operation_prep_objects")
            if len(nxt) > 1 and nxt[1][2] in objs:
                return nxt[1][1]
            return nxt[0][1] if any(sp[2] in objs for sp in nxt[2:]) else None
        if not w.endswith(c.nisba) or w in c.relatives:
            return None
    return None


def _launcher(ctx: _Ctx, d: Draft, reach: int = 6) -> EntityDraft | None:
    """The party named right after a relative verb of launching (_launch_relative) within `reach` words after
    the operation noun of `d` (its name between), or None."""
    ce = d.sentence[1]  # (a comma may stand before the relative: عملية عفرين، التي قامت بها)
    for s, _e, w in ctx.words.spans_at(d.head.end, reach):
        if s >= ce:
            return None
        if w in cues().relatives:
            end = _launch_relative(ctx, s, ce)
            if end is None:
                return None
            for m, ent in ctx.actors(end, ce):
                return ent if ctx.words.gap(end, m.start) <= 1 else None
            return None
    return None


def _operation_owners(ctx: _Ctx, drafts: list[Draft], owners: dict[int, tuple[str, ...]]) -> None:
    """A named operation's doer: its clause's own, else the first owner the article names, else none (a doer
    guessed from the sentences around is only a guess where the name itself says who launched it). The
    operation's owner is never its own target (معركة ردع العدوان: the name is the operations room's too)."""
    if not owners:
        return
    by_ref = {e.ref: e for e in ctx.doc.entities if e.ref}
    for d in drafts:
        ids = owners.get(d.head.start)
        if ids is None or d.head.trig.pos != "noun":
            continue
        launcher = _launcher(ctx, d)
        if launcher is not None:
            # عملية "غصن الزيتون" التي أطلقتها أنقرة: the relative's subject launched it, whatever the clause's
            # other verb (سيطرت القوات ... في إطار عملية ...) did
            d.actor1, d.actor1_explicit = launcher, True
        elif not d.actor1_explicit:
            # the name tells its owner: not a doer borrowed from around (roles._unattested_borrowed)
            d.actor1 = next((by_ref[i] for i in ids if i in by_ref), None)
            d.actor1_borrowed = False
        if d.actor2 is not None and (d.actor2 is d.actor1 or d.actor2.ref in ids):
            d.actor2 = None


@cache
def _prevent_index() -> PhraseIndex:
    index = PhraseIndex()
    for w in cues().prevent_before:
        index.add(w, True)
    return index


def _cue_spans(ctx: _Ctx, index: PhraseIndex) -> list[tuple[int, int]]:
    return [ctx.doc.folded.span(m.start, m.end) for m in index.find(ctx.doc.folded.text)]


@cache
def _troop_aims() -> tuple[frozenset[str], frozenset[str], frozenset[str], int]:
    """event_cues troop_aims: the fighting words (folded), the sending types they follow and the types they are
    read for (type labels, not folded), and the reach in words."""
    troops = load_json("event_cues").get("troop_aims", {})
    return (_section_words("troop_aims", "words"), frozenset(troops.get("after", ())),
            frozenset(troops.get("types", ())), _section_int("troop_aims", "reach"))


def _aim_of_operation(ctx: _Ctx, h: Hit, earlier: list[Hit], floor: int) -> bool:
    """حملة عسكرية لاستعادة السيطرة على المخيم، بدأت عملية في درعا بهدف السيطرة عليها: a capture masdar under
    purpose ل, or after a purpose word, names the aim of an operation told before it in the sentence; the
    operation is the event, its aim has not happened. So is an attack masdar after a sending or a recruiting of
    fighters (event_cues troop_aims: أرسلت إيران مقاتلين للقتال في حلب، تجنيد الأطفال للقتال): the aim they
    were sent or recruited for. Only the fighting itself: a deed named (دفعها لاستهداف القوات) may be a plan or
    threat told."""
    aims, sender_types, aim_types, reach = _troop_aims()
    after = cues().operation_types if h.type in cues().purpose_types else frozenset()
    word = _f(ctx.doc.text[h.start:h.end])
    senders = sender_types if h.type in aim_types and any(f in aims for f in _bare_forms(word)) else frozenset()
    if not (after or senders) or h.trig.pos not in ("noun", "past"):
        return False
    # a past verb never takes ل: لاستعادة is the masdar, whichever way its folded spelling was read
    lam = _strip_conj(h.prefix).startswith("ل")
    before = ctx.words.bare_before(h.start, 2, floor)
    # nor follows a purpose noun in construct (بغية طرد، بهدف طرد): the past-verb spelling is the masdar
    if h.trig.pos == "past" and not lam and not (before and before[-1] in cues().purpose_before):
        return False
    if not (lam or any(w in cues().purpose_before for w in before)):
        return False
    if any(x.type in after and x.start >= floor for x in earlier):
        return True
    # the sending close before the aim in one clause, no relative or complementizer between (البلدة التي
    # تعرضت لهجوم، جند أعضاء ويعتقد أنه العقل المدبر لهجمات: an attack told), and a sending, not a publishing
    stops = cues().relatives | ctx.lex.roles.get("complementizers", frozenset())
    sent_end = ctx.doc.sentence_of(h.start).end
    return any(x.type in senders and floor <= x.start and x.end <= h.start
               and ctx.words.gap(x.end, h.start) <= reach and not _CLAUSE_END.search(ctx.doc.text, x.end, h.start)
               and not any(_strip_conj(w) in stops for w in ctx.words.between(x.end, h.start))
               and not _published(ctx, x, sent_end)
               for x in earlier)


def _provides(ctx: _Ctx, h: Hit, sent_end: int) -> bool:
    """وفر الجيش الحماية للمدنيين: the conjunction and a flight verb spell وفّر (provide) unvowelled. A shadda
    on the ف, or a beneficiary (لهم، لقطاع غزة) or a thing provided (دعما، الحماية) before any word of flight
    (من، إلى، هاربين), reads it as providing; with neither, the flight stands (وفر المسلحون، وفر نحو ألف من
    المدينة)."""
    c = cues()
    if h.trig.base not in c.provide_homographs or not h.prefix.endswith("و") or h.trig.pos != "past":
        return False
    text = ctx.doc.text
    if h.start + 1 < len(text) and text[h.start + 1] == "\u0651":
        return True
    clause_end = m.start() if (m := _CLAUSE_END.search(text, h.end, sent_end)) else sent_end
    for w in ctx.words.between(h.end, clause_end, limit=c.provide_window):
        if _in_list(w, c.flight_words):
            return False
        if _in_list(w, c.provide_objects) or (
                w.startswith("ل") and len(w) > 2 and w not in c.not_objects and not w.startswith("لاحق")):
            return True
    return False


def _coalition_provides(ctx: _Ctx, h: Hit, sent_end: int) -> bool:
    """يوفر التحالف غطاء جويا للقوات، وقدم التحالف الدعم لقسد: the definite noun التحالف right after a verb of
    providing (event_cues coalition_provide_verbs) is that verb's subject, the coalition as a party, when a thing
    provided (provide_objects) or a beneficiary under ل follows within provide_window words of its clause: no
    pact is told. An indefinite or named alliance (تقدم تحالف سائرون في الانتخابات) is left to the other rules."""
    c = cues()
    if h.trig.base not in c.coalition_bases or h.trig.pos != "noun" or h.end - h.start > 10:
        return False
    if not _strip_conj(fold_text(ctx.doc.text[h.start:h.end])).startswith("ال"):
        return False
    prev = ctx.words.before(h.start, 1, ctx.doc.sentence_of(h.start).start)
    if not prev or not _in_list(prev[0], c.coalition_provide_verbs):
        return False
    text = ctx.doc.text
    clause_end = m.start() if (m := _CLAUSE_END.search(text, h.end, sent_end)) else sent_end
    return any(_in_list(w, c.provide_objects) or (w.startswith("ل") and len(w) > 2 and w not in c.not_objects)
               for w in ctx.words.between(h.end, clause_end, limit=c.provide_window))


def _waved(ctx: _Ctx, h: Hit, sent_end: int) -> bool:
    """لوّح with nothing brandished after ب within brandish_window words of its sentence, or only a flag, a hand
    or a cloth, is waving, not a threat (ولوحوا بالأعلام، لوح لأنصاره، بشائر النصر تلوح في الأفق)."""
    c = cues()
    if h.type != "THREATEN" or h.trig.base not in c.brandish_bases:
        return False
    after = ctx.words.between(h.end, sent_end, limit=c.brandish_window)
    return not any(w.startswith("ب") and w not in c.brandish_not_objects for w in map(_strip_conj, after))


def _party_over(ctx: _Ctx, a: int, b: int) -> bool:
    return any(m.start < b and m.end > a for m, _e in ctx.doc.mentions_in(max(0, a - 80), b + 80, ACTOR_TYPES))


def _thing_threatens(ctx: _Ctx, h: Hit, sent_start: int, sent_end: int) -> bool:
    """The subject of a threatening verb is a thing, not a party: a danger is told, no threat made (ما يهدد
    باندلاع نزاعات، الألغام التي تهدد حياة الصيادين، الفساد يهدد البلاد، تهدد المجاعة الملايين). A party named
    as the subject, before the verb or after it (الحوثيون يهددون، تهدد أنقرة بعملية، ما تهدد به الميليشيات),
    or a dropped subject (وهدد بشن هجوم) keeps the threat."""
    if h.type != "THREATEN" or h.trig.pos not in ("past", "present"):
        return False
    c = cues()
    text = ctx.doc.text
    cut = [m.end() for m in _CLAUSE_END.finditer(text, sent_start, h.start)]
    clause_start = cut[-1] if cut else sent_start
    spans = ctx.words.spans
    i = ctx.words.index_at(h.start)
    nxt = [sp for sp in spans[i + 1:i + 4] if sp[0] < sent_end]
    party_after = bool(nxt) and _party_over(ctx, nxt[0][0], nxt[-1][1])
    if i == 0 or spans[i - 1][0] < clause_start or h.prefix:
        # the verb opens its clause, or a conjunction on it opens a new one (ومن المدينة وتهدد بعملية): its
        # subject follows (ويهدد سوء التغذية حياة الأطفال) or is the one of the verb before
        return bool(nxt) and _in_list(nxt[0][2], c.threat_things) and not party_after
    ps, pe, prev = spans[i - 1]
    if _party_over(ctx, ps, pe):
        return False
    w = _strip_conj(prev)
    if prev in c.threat_pointers or w in c.threat_pointers:
        # ما يهدد الولايات المتحدة: the party after the verb is its object; after a resumptive it is the one
        # threatening (وهو ما تهدد به الميليشيات)
        return not (party_after and nxt[0][2] in c.threat_resumptives)
    if w in cues().relatives:
        # the antecedent of the relative is the subject (المتمردين الذين هددوا، الأخطار التي تهدد), unless a
        # subject follows the verb (الاتفاقية التي يهدد ترامب بإلغائها)
        if party_after or (nxt and nxt[0][2] in c.threat_resumptives):
            return False  # العملية التي يلوح بها: a resumptive makes the antecedent what is threatened
        ante = [sp for sp in spans[max(0, i - 3):i - 1] if sp[0] >= clause_start]
        return bool(ante) and not _party_over(ctx, ante[0][0], ante[-1][1]) and not any(
            _in_list(sp[2], _person_words()) for sp in ante)
    if w in c.threat_things:
        return True
    if prev in c.threat_particles or w in c.threat_particles or w in _person_words():
        return False
    # a noun right before the verb that names no party is its subject (أوضاع تهدد حياتهم، الاتفاق يهدد بإلغائه)
    return w.startswith("ال") or w.endswith(("ة", "ات")) or prev.startswith(("بال", "لل"))


def _threat_without_deed(ctx: _Ctx, h: Hit, sent_end: int) -> bool:
    """A THREATEN word whose deed, under ب after it within threat_deed_window words of its clause, is a measure
    and no armed deed (هددت واشنطن طهران بفرض عقوبات، التلويح باتخاذ إجراءات، هددت المدراء بالإجراءات العقابية:
    event_cues threat_not_deeds, in the ب-word or the word after it). A threat with an armed deed (هدد بشن هجوم)
    or with none named stays."""
    c = cues()
    if h.type != "THREATEN" or " " in h.trig.base or not c.threat_not_deeds:
        return False
    text = ctx.doc.text
    spans = ctx.words.spans
    i = ctx.words.index_at(h.start)
    end = h.end
    window = spans[i + 1:i + 1 + c.threat_deed_window]
    # a name that opens with ب (هددت بيونغ يانغ بإلغاء، هددت بريطانيا بطرد) is the one threatening or threatened,
    # not the deed: its words are passed over
    names = [(m.start, m.end) for m, _ in ctx.doc.mentions_in(h.end, sent_end, (*ACTOR_TYPES, "place"))]
    for k, (s, e, w) in enumerate(window):
        if s >= sent_end or _CLAUSE_END.search(text, end, s):
            break
        end = e
        w = _strip_conj(w)
        if w in c.threat_resumptives:
            return False
        if any(a <= s < b for a, b in names):
            continue
        if w.startswith("ب") and len(w) >= 4:
            deed = [w[1:]] + [_strip_conj(sp[2]) for sp in window[k + 1:k + 2] if sp[0] < sent_end]
            return any(x in c.threat_not_deeds or x.removeprefix("ال") in c.threat_not_deeds for x in deed) \
                or _closure_of_civil(deed)
    return False


def _filter_hits(ctx: _Ctx, hits: list[Hit]) -> list[Hit]:
    lex = ctx.lex
    words = ctx.words
    hits = _unmet_conditions(ctx, hits)
    # a reason (خوفاً من انشقاقات) or a condition (في حال بدأت معركة) names no event that happened
    cancel = _cue_spans(ctx, lex.reason_before) + _cue_spans(ctx, lex.hypothetical_before)
    # رفضت الوزارة التعليق على ... القوات التي شنت الهجوم: what was not commented on is no event told
    uncommented = _cue_spans(ctx, lex.no_comment) if lex.no_comment is not None else []
    prevent = _cue_spans(ctx, _prevent_index())
    # فجر الخميس is a time: gone before a verb yields to it (استهدفت الطائرات فجر الخميس). Only beside another
    # trigger of its sentence: on unseen conflict articles a sentence dated "at dawn" with no other trigger
    # still told an event more often than not (سقط صاروخان قرب المطار فجر الثلاثاء), which the type of the
    # misread verb caught
    spans = [(h.start, ctx.doc.sentence_of(h.start)) for h in hits]
    # الساعة الثانية فجراً، شنت فجرا غارات: the accusative of the time noun is "at dawn", never a verb
    hits = [h for h in hits if not _dawn_adverb(ctx, h) and not _dawn_time(ctx, h)]
    spans = [(h.start, ctx.doc.sentence_of(h.start)) for h in hits]
    hits = [h for h, (_, sent) in zip(hits, spans, strict=True) if not (
        _time_homograph(ctx, h, sent.end)
        and (_time_set_off(ctx, h, sent.end) or _dawn_unarmed(ctx, sent.start, sent.end)
             or any(o is not h and sent.start <= o.start < sent.end and (
            o.trig.pos != "light" or _announces_time(ctx, o, h)) for o in hits)))]
    # طردت 23 دبلوماسيا، لجنة المفاوضات، طائرات التحالف: no event, gone before a verb yields to them (استهدفت
    # طائرات التحالف مواقع: the strike verb yielded to the coalition noun read as a pact)
    hits = _raids_of_killings(ctx, [h for h in hits if not _not_told(ctx, h)])
    kept = []
    aim: Hit | None = None
    background = False
    background_end = -1
    #: light verbs a condition or reason cancelled (إذا شنت، خشية أن تشن): the noun they carry goes with them
    cancelled_lights: list[Hit] = []
    #: the types and trigger ends of deeds told as a series (`_habitual`)
    habits: list[tuple[str, int]] = []
    for i, h in enumerate(hits):
        sent = ctx.doc.sentence_of(h.start)
        if any(sent.start <= a and b <= h.start and words.gap(b, h.start) < lex.cue_window
               and not _CLAUSE_END.search(ctx.doc.text, b, h.start) for a, b in cancel):
            if h.trig.pos == "light":
                cancelled_lights.append(h)
            continue
        if h.trig.pos == "noun" and _carried_by(ctx, h, cancelled_lights, sent.start):
            continue  # سترد إذا شنت الولايات المتحدة هجوما: the attack is the condition's, not one told
        if any(sent.start <= a and b <= h.start and not _CLAUSE_END.search(ctx.doc.text, b, h.start)
               for a, b in uncommented):
            continue
        if h.type == "DEFECT" and _provides(ctx, h, sent.end):
            continue
        if _idle_reading(ctx, h, hits[:i], sent.start, sent.end):
            continue  # لم يحرز المنقذون تقدما، أغلقت المحال أبوابها، القبض عليه واسترداده: no deed of its own
        if _closed_institution(ctx, h, sent.end) or _closed_to_outsiders(ctx, h, sent.end):
            continue  # أغلقت السلطات القنصلية، إغلاق المجال الجوي أمام قطر: a shutdown or a sanction, no road closed
        if _previous_ones(ctx, h, sent.end):
            continue  # الاجتماعات السابقة، هجمات سابقة: earlier happenings in general, no event told
        if _habitual(ctx, h, sent.start, sent.end) or any(
                t == h.type and sent.start <= b <= h.start and not _CLAUSE_END.search(ctx.doc.text, b, h.start)
                for t, b in habits):
            # عادة ما يستهدف المسلحون مباني حكومية في هجماتهم: the deed's own noun later in its clause is the
            # same series
            habits.append((h.type, h.end))
            continue  # قصفت إسرائيل مرارا أهدافا، شنت مرارا غارات: a series in general, no one event told
        if _undone(ctx, h, sent.start):
            continue  # تحرض على قتل، يشجع أتباعه على قتل: a deed urged, not done
        if _battle_untold(ctx, h, sent.start, sent.end):
            continue  # نحن في ذروة معركة ضد الإرهاب، مستعدون لخوض المعركة: a battle named, no fighting told
        if _said_at_meeting(ctx, h, sent.start, sent.end):
            continue  # قال الرئيس في اجتماع في أنقرة إن: where a statement was made, no meeting told as news
        if h.type == "DEPLOY" and _road_cut_on_party(ctx, h, sent.end):
            continue  # قطع الطريق على إيران: forestalling a state or a person, no road blocked
        if h.type == "DEFECT" and (_joins_no_side(ctx, h, sent.end) or _joins_membership(ctx, h, sent.end)):
            continue  # لجأ إلى التقاط صورة، الانضمام إلى عمل عسكري: resorting or taking part, no side joined
        if _thing_threatens(ctx, h, sent.start, sent.end) or _waved(ctx, h, sent.end) \
                or _threat_endangers(ctx, h, sent.end) or _threat_received(ctx, h, sent.start, sent.end):
            continue  # الألغام تهدد حياة المدنيين، تهدد استقرار المنطقة: a danger told, no threat made
        if _handed_thing(ctx, h, sent.end):
            continue  # سلمه رسالة، تسلمت الجائزة، تسليم السلطة، في سلم الحزب: no person moved between sides
        if _threat_without_deed(ctx, h, sent.end):
            ctx.deedless.append((h.start, h.end))
            continue  # لغة التهديد، أصل التهديد، هددت بفرض عقوبات: no armed deed threatened
        if _threat_as_danger(ctx, h, sent.start, sent.end):
            continue  # يمثل وجودها تهديدا، المخاطر والتهديدات، أصل التهديد: a danger named, no threat made
        if _facility_named(ctx, h, sent.start):
            continue  # قصفت معسكرات تدريب، وهو معسكر تدريب لوحدات حماية الشعب: a place named, no recruitment
        if h.type == "DEFECT" and lex.not_party_window and _civilians_flee(ctx, h, sent.start, sent.end):
            continue  # civilians fleeing shelling are no party's defection; a count of members is (فرار ألف عنصر)
        if _fled_from_harm(ctx, h, sent.start, sent.end):
            continue  # هرب من الحرب، فروا من ويلات الصراع: people escaping harm, no party's members leaving it
        if _blow_as_figure(ctx, h, sent.start) or _guarded_harm(ctx, h, sent.start):
            continue  # ومثل الموقف ضربة للجهود، حماية المدنيين من الهجمات: a setback or a harm named, no event
        if _deal_term(ctx, h, sent.start):
            continue  # اتفاق يقضي باستعادة الحكومة السيطرة: a term of a deal, no seizure done
        if h.trig.base in _cue_words("relative_seize_bases") and not _relative_seizure(ctx, h, sent.start):
            continue  # يصعب السيطرة عليها، الحريق الذي تمت السيطرة عليه: no place taken in a relative clause
        if _aim_of_operation(ctx, h, hits[:i], sent.start) or (
                aim is not None and h.type == aim.type and 0 <= words.gap(aim.end, h.start) <= 1):
            aim = h  # لاستعادة السيطرة على: the noun the aim's masdar governs is the same aim
            continue
        if h.trig.cond >= 0 and h.prefix.strip("وف") and _f(ctx.doc.text[h.start:h.end]).endswith(
                ("ها", "هم", "ته")):
            continue  # الخاضعة لسيطرتها: a verb takes no preposition, this is the owned noun (بسيطرة: the masdar)
        if h.trig.cond >= 0:
            near, window = lex.conditions[h.trig.cond]
            window = _bare_window(ctx, h, window)
            # نشر الجيش نحو ثلاثة آلاف وخمسمئة عنصر: the words of a count are one number, not five words of reach
            after = [w for w in words.between(h.end, sent.end, limit=window + _COUNT_REACH)
                     if not _count_word(w)][:window]
            if not any(_in_list(w, near) for w in after) and not _lone_victim(ctx, h, sent.end):
                continue
        before = words.bare_before(h.start, max(2, lex.negation_window), sent.start)
        near_before = before[-lex.negation_window :]
        noun = h.trig.pos == "noun"
        claims = _cue_words("reject_claim_nouns")
        # رفضت الوزارة ادعاءات بقصف: a claim noun after the negation takes it; the deed is denied (modality)
        if any(_negates(ctx, near_before, k, noun) and not claims.intersection(near_before[k + 1:])
               for k in range(len(near_before))) or _negated(ctx, h, sent.start):
            continue
        if noun and _ceased(ctx, h, sent.start):
            continue  # أعلن الحوثيون وقف الهجمات، لرفع الحصار: the end of the deed is told, not a deed
        if h.trig.base in cues().verbal_attack_bases and _indefinite_or_verb(ctx, h) and any(
                _in_list(w, cues().verbal_attack_words)
                for w in words.between(h.end, sent.end, limit=cues().verbal_attack_window)):
            continue  # هاجم الوزير نظيره قائلا إن: an attack in words, no armed one
        if _press_attack(ctx, h, sent.start):
            continue  # هاجمت الصحافة الوزير: the press attacks in words
        if _spoken_attack(ctx, h, sent.start, sent.end):
            continue  # شن الوزير هجوما لاذعا على الصحافة، هاجم الرئيس خصمه في تغريدة: an attack in words
        if _spoken_own_attack(ctx, h, sent.start, sent.end) or _instrument_targets(ctx, h, sent.start, sent.end):
            continue  # هجومه اللاذع على منتقديه، عقوبات تستهدف قادة: words or measures, no force
        if h.trig.base in cues().coalition_bases and any(
                _in_list(w, cues().coalition_lead_verbs) for w in words.before(h.start, 3, sent.start)):
            continue  # وتقود السعودية تحالفا عسكريا: who leads a standing coalition, no pact made
        if _named_coalition(ctx, h, sent.start, sent.end):
            continue  # التحالف الذي تقوده السعودية، قسد هي تحالف: a standing coalition named, no pact made
        if _coalition_provides(ctx, h, sent.end):
            continue  # يوفر التحالف غطاء جويا للقوات: the coalition provides, no pact made
        if _abstract_object(ctx, h, sent.end):
            continue  # تستهدف إعادة الشرعية، فجّر موجة غضب، حملة ضد الفساد: a figure of speech, no armed deed
        if _figurative_blast(ctx, h, sent.end):
            continue  # فجرت تصريحات الوزير أزمة، مهرجان "فجر": a quarrel set off, a name, no bombing
        if _adjective_homograph(ctx, h, sent.start):
            continue  # مرض قاتل، إرثا قاتلا: the adjective "deadly" after its noun, no fighting
        if _described_deed(ctx, h, sent.start):
            continue  # واصفة ذلك بأنه عدوان جديد بصواريخ: the deed told is named, no new one
        if _judged_blow(ctx, h, sent.start):
            continue  # شكلت استقالته ضربة للحكومة، تمثل الخطوة ضربة لبكين: a blow judged, no strike
        if _sentenced(ctx, h, sent.start):
            continue  # أصدرت المحكمة حكما بإعدام ثلاثة: a sentence passed, no killing done
        if _unfit_destruction(ctx, h, sent.start, sent.end):
            continue  # قادرة على تدمير، تدمير موقع التجارب النووية: a power or a dismantling, no strike
        if _charged_deed(ctx, h, sent.start):
            continue  # اعتقل بتهمة قتل جاره، بتهم تتعلق بالتهريب: the charge laid, no deed told
        if _demanded(ctx, h, sent.start):
            continue  # طالبت النقابة بالإفراج عن الصحفية: a release asked for, none done
        if _accident_death(ctx, h, sent.end):
            continue  # قتل 20 شخصا في حادث تحطم طائرة عسكرية: the toll of a crash, no armed deed
        if _fire_no_attack(ctx, h, sent.end) or _published(ctx, h, sent.end):
            continue  # أطلق النار على نفسه، بالخطأ، ابتهاجا; نشرت قوات الأمن صورا: no armed deed
        if _capability_frame(ctx, h, sent.start):
            continue  # قادرة على شن هجمات، بوسعه ضرب، صلاحيات بقصف: a capacity told, no deed done
        if _lawful_crossing(ctx, h, sent.start, sent.end):
            continue  # لدى عبوره الحدود، عبور قوافل إغاثية: a crossing with no smuggler, secrecy or price
        if _during_period(ctx, h, sent.start):
            continue  # في الفترة التي سيطر خلالها التنظيم على المدينة: the time it held the town, no capture told
        if _background_agreement(ctx, h, sent.start, sent.end) or (
                background_end >= 0 and h.type in cues().background_types and h.trig.pos == "noun"
                and words.gap(background_end, h.start) == 0):
            # اتفاق وقف إطلاق النار الذي …: the agreement's own genitive noun is cited with it
            background, background_end = True, h.end
            continue
        if background and h.type in cues().background_types and h.trig.pos == "noun" and " " not in h.trig.base \
                and ctx.doc.text[h.start:h.end].startswith("ال"):
            continue  # بيد أن الاتفاق لم يشمل: the background agreement named again
        if any(sent.start <= a and b <= h.start and words.gap(b, h.start) < cues().prevent_window
               and not _CLAUSE_END.search(ctx.doc.text, b, h.start) for a, b in prevent):
            continue  # ستمنع المقاتلين من شن هجمات: what is to be prevented has not happened
        if h.trig.pos == "present" and h.trig.base in cues().control_present and not any(
                _in_list(w, cues().inchoative) for w in words.before(h.start, 10, sent.start)):
            continue  # تسيطر قسد على المدينة: who holds a place, not a capture (باتت تسيطر: a capture)
        if h.trig.pos == "noun" and any(w in lex.reference_window for w in before[-lex.reference_window_n:]) \
                and not _duration_between(ctx, before[-lex.reference_window_n:]):
            ctx.elaborated.add(h.start)
            continue  # منذ فرض اتفاق التسوية: an earlier event as a time reference
        if h.trig.pos == "noun" and not h.prefix:
            last1 = before[-1:] if before else []
            last2 = [" ".join(before[-2:])] if len(before) >= 2 else []
            refs = [w for w in last1 + last2 if w in lex.reference_before]
            if refs and all(w in lex.reference_definite for w in refs) and not (
                    ctx.doc.text[h.start:h.end].startswith("ال") and " " not in h.trig.base):
                refs = []  # جراء هجوم في دير الزور، بعد السيطرة على قرى: a new event, not one told
            if refs:
                ctx.elaborated.add(h.start)
                continue
        elif h.trig.pos == "noun" and h.prefix and before and _in_list(before[-1], lex.reference_before):
            continue  # "وبعد الهجوم": the proclitic is on the noun; the reference word is the one before
        kept.append(h)
    return _yield_to_following(ctx, kept)


def _idle_reading(ctx: _Ctx, h: Hit, before: list[Hit], floor: int, sent_end: int) -> bool:
    """Three readings of a trigger word that tell no deed of their own:
    - progress (event_cues progress_nouns: تقدما، تقدمات) is a capture only when made: a negation (لم، لن، لا، ما)
      before it in its clause, a subject between (لم يحرز عمال الإنقاذ تقدما), or no party named before it in its
      clause (أحرزت المفاوضات تقدما) leaves rescue work or talks;
    - a verb of closing whose object, a subject between, is the closer's own doors (event_cues closed_doors,
      within closed_doors_window words: أغلقت المحال التجارية أبوابها) tells a strike or a shutdown, no road closed;
    - a masdar of handing over or bringing back with a pronoun (event_cues arrest_sequels: واسترداده، وتسليمه)
      joined by و to an arrest told just before in its clause (القبض على مواطن متهم بالقتل واسترداده) is the
      end of that arrest, one act announced, no transfer of prisoners."""
    c = cues()
    words = ctx.words
    text = ctx.doc.text
    if h.trig.base in c.progress_nouns:
        i = words.index_at(h.start)
        j = i - 1
        while j >= 0 and words.spans[j][0] >= floor and not _CLAUSE_END.search(text, words.spans[j][1], h.start):
            j -= 1
        opening = words.spans[j + 1:i]
        if any(_in_list(w, ctx.lex.negation_before) or w in c.progress_negations for _a, _b, w in opening):
            return True
        if opening and not ctx.doc.mentions_in(opening[0][0], h.start, ACTOR_TYPES):
            return True
        if opening and not _armed_progress(ctx, opening[0][0], h.start, [w for _a, _b, w in opening]):
            return True
    if h.type == "DEPLOY" and h.trig.pos != "noun":
        i = words.index_at(h.end - 1)
        for a, _b, w in words.spans[i + 1:i + 1 + c.closed_doors_window]:
            if a >= sent_end or _CLAUSE_END.search(text, h.end, a):
                break
            if _in_list(w, c.closed_doors):
                return True
    if h.trig.pos == "noun" and h.prefix.startswith("و") and h.trig.base in c.arrest_sequels and _f(
            text[h.start:h.end]).endswith(_object_pronouns()[0]):
        for o in reversed(before):
            if o.type == "ARREST" and o.start >= floor:
                return words.gap(o.end, h.start) <= c.arrest_sequel_window and not _CLAUSE_END.search(
                    text, o.end, h.start)
    return False


def _joins_no_side(ctx: _Ctx, h: Hit, sent_end: int) -> bool:
    """A verb or noun of joining or taking refuge (event_cues join_bases: لجأ، انضم إلى، الانضمام إلى، التحق) is a
    defection only towards a side or a place: a party or place named within join_reach words after it (لجأوا
    إلى مناطق سيطرة قسد، انضم إلى هيئة تحرير الشام). With none, it is resorting to a means (لجأ إلى التقاط صورة،
    يلجأ إلى الفيتو) or joining people or an action (انضمام مسؤولين إلى الرئيسين، الانضمام إلى عمل عسكري)."""
    c = cues()
    if h.trig.base not in c.join_bases:
        return False
    spans = ctx.words.spans
    i = ctx.words.index_at(h.end - 1)
    # a subject between the verb and its إلى (لجأ الجيش الإسرائيلي صباح الجمعة إلى إلقاء منشورات) is the one
    # who resorts, no side joined: where إلى follows within a few words, the side is read after it
    # (a trigger that holds its إلى, انضم إلى، is read from after it; a pronoun on إلى, انضم إليها, is the side)
    ahead = [sp for sp in spans[i + 1:i + 1 + c.join_reach + 3] if sp[0] < sent_end]
    to = next((k for k, sp in enumerate(ahead) if sp[2] in _cue_words("to_words")), None)
    if to and " " not in h.trig.base and not any(sp[2] in ("اليه", "اليها", "اليهم", "اليهما") for sp in ahead[:to]) \
            and not _CLAUSE_END.search(ctx.doc.text, h.end, ahead[to][0]):
        i += to + 1
    after = [sp for sp in spans[i + 1:i + 1 + c.join_reach] if sp[0] < sent_end]
    if not after or _CLAUSE_END.search(ctx.doc.text, h.end, after[0][0]):
        return False  # nothing follows in the clause: the side may be the one told before (فر وانضم)
    a, b = after[0][0], after[-1][1]
    # a name may run on past the last word read (انضم إلى هيئة تحرير الشام): what starts within counts
    return not any(m.start < b for m, _e in ctx.doc.mentions_in(a, b + 80, (*ACTOR_TYPES, "place")))


def _carried_by(ctx: _Ctx, h: Hit, lights: list[Hit], floor: int) -> bool:
    """Noun h stands within the light-verb window after one of `lights`, in its clause (شنت الولايات المتحدة
    هجوما): the light verb carries it, so what cancelled the verb (a condition, a reason) holds for it too."""
    for light in reversed(lights):
        if light.end > h.start or light.start < floor:
            continue
        return (ctx.words.gap(light.end, h.start) <= ctx.lex.light_window
                and not _CLAUSE_END.search(ctx.doc.text, light.end, h.start))
    return False


def _casualty_alone(ctx: _Ctx, hits: list[Hit]) -> list[Hit]:
    """A noun of death with its dead counted (triggers.json conditional: مقتل 8 من جنودها) tells the attack it
    implies only where its sentence has no attack word of its own: beside one (أسفر القصف عن مقتل 43 مدنيا،
    قتلوا في هجوم) the attack word tells the happening, and the toll is its outcome; a toll under a proclitic
    (بمقتل، لمقتل: a charge, a cause; but see `_reported_toll`) or after a word of remembrance (event_cues
    casualty_not_after: ذكرى مقتل) is no happening told either."""
    deaths = [h for h in hits if h.trig.cond >= 0 and h.type == "ATTACK" and h.trig.pos == "noun"
              and h.trig.base in cues().victim_nouns]
    if not deaths:
        return hits
    drop = set()
    for h in deaths:
        sent = ctx.doc.sentence_of(h.start)
        if any(o is not h and o.type == h.type and o.trig.pos != "light" and sent.start <= o.start < sent.end
               for o in hits) or (h.prefix.strip("وف") and not _reported_toll(ctx, h, sent.start)) \
                or any(_in_list(w, cues().casualty_not_after) for w in ctx.words.before(h.start, 1, sent.start)):
            drop.add(id(h))
    return [h for h in hits if id(h) not in drop]


def _abstract_object(ctx: _Ctx, h: Hit, limit: int) -> bool:
    """The trigger governs an idea, a feeling or a measure, no person, force or place (يستهدف إعادة الشرعية،
    تستهدف العقوبات شركات، فجّر موجة غضب، اغتيال الحقيقة، حملة ضد الفساد; event_cues abstract_objects): the
    word is a figure of speech and tells no armed deed. A verb's first two words are read (its subject, then
    its object: فجّر القرار غضبا), a noun's first only (its genitive), a demonstrative skipped and, for a noun,
    one preposition (abstract_preps: حرب على الفساد); a comma or colon ends the reach."""
    c = cues()
    if h.type not in c.abstract_types or not c.abstract_objects:
        return False
    if _abstract_subject(ctx, h):
        return True
    text = ctx.doc.text
    ws: list[str] = []
    for k, (s, _, w) in enumerate(ctx.words.spans_from(h.end)):
        if s >= limit or k >= 5 or _CLAUSE_END.search(text, h.end, s):
            break
        ws.append(w)  # a word with و is a second noun joined to the trigger (القمع والفساد), not its object
    ws = [w for w in ws if w not in c.demonstratives]
    noun = h.trig.pos == "noun"
    direct = c.abstract_objects | c.abstract_direct
    if noun and ws and ws[0] in c.abstract_preps:
        ws = ws[1:]
        direct = c.abstract_objects
    for w in ws[: 1 if noun else 2]:
        forms = {w, w[2:] if w.startswith("ال") else w}
        if len(w) > 3 and w[0] in "بل":
            # بالعقوبات، للحقيقة (ل before ال drops its alef)
            forms |= {w[1:], w[3:] if w[1:].startswith("ال") else w[1:], w[2:] if w.startswith("لل") else w[1:]}
        if forms & direct:
            return True
    return False


def _abstract_subject(ctx: _Ctx, h: Hit, reach: int = 4) -> bool:
    """A verb trigger whose subject, told before it, is a measure and no force (العقوبات تستهدف شركات، عقوبات
    جديدة تستهدف، القانون الذي يستهدف; event_cues abstract_subjects): the measure "targets", nobody is struck.
    Walking back from the verb past relative words and adjectives (nisba forms, جديدة), the first other word
    is the subject; a comma or colon ends the reach."""
    c = cues()
    if h.trig.pos not in ("past", "present") or not c.abstract_subjects:
        return False
    text = ctx.doc.text
    sent = ctx.doc.sentence_of(h.start)
    spans = ctx.words.spans
    i = ctx.words.index_at(h.start)
    end = h.start
    for j in range(i - 1, max(i - 1 - reach, -1), -1):
        s, e, w = spans[j]
        if s < sent.start or _CLAUSE_END.search(text, e, end):
            return False
        end = s
        w = _strip_conj(w)
        if w in c.relatives or w in c.another_words or w in c.manner or w.endswith(c.nisba):
            continue
        return w.removeprefix("ال") in c.abstract_subjects
    return False


def _during_period(ctx: _Ctx, h: Hit, floor: int) -> bool:
    """A verb of capture in a relative clause on a noun of a stretch of time (في الفترة التي سيطر خلالها
    التنظيم على المدينة، خلال السنوات التي سيطرت فيها الجماعة; event_cues period_nouns, period_types) names the time
    a side held the place, as a date for something else: no capture is told."""
    c = cues()
    if h.type not in c.period_types or h.trig.pos in ("noun", "light"):
        return False
    prev = ctx.words.bare_before(h.start, 3, floor)
    return any(prev[k].removeprefix("ال") in c.period_nouns and prev[k + 1] in c.relatives
               for k in range(len(prev) - 1))


def _ceased(ctx: _Ctx, h: Hit, floor: int) -> bool:
    """The event noun is the genitive of a masdar of stopping right before it (وقف الهجمات، لإيقاف القصف، تعليق
    العمليات العسكرية): what is told is the end of the deed, or a call for it."""
    if h.type not in cues().cease_types or h.prefix:
        return False
    prev = ctx.words.span_before(h.start)
    if not prev or prev[0][0] < floor or _CLAUSE_END.search(ctx.doc.text, prev[0][1], h.start):
        return False
    stops = cues().cease_before
    # وقف is itself spelt with و: the word as it stands first, then without a conjunction (ووقف، فوقف)
    for w in dict.fromkeys((prev[0][2], _strip_conj(prev[0][2]))):
        if w in stops or (len(w) > 3 and w[0] in "لب" and w[1:] in stops):
            return True
    return False


def _duration_between(ctx: _Ctx, before: list[str]) -> bool:
    """وتدور منذ أيام اشتباكات: منذ with a length of time after it dates the event told, it names no
    earlier event the trigger refers to (منذ فرض اتفاق التسوية)."""
    for k, w in enumerate(before[:-1]):
        if w in ctx.lex.reference_window and _in_list(before[k + 1], cues().duration_words):
            return True
    return False


def _negates(ctx: _Ctx, ws: list[str], k: int, noun: bool) -> bool:
    """ws[k] (of the words before a trigger) is a negation of it, unless a verb of continuing comes right after
    it (لا تزال المعارك، لم يزل القصف): لا/لم with زال says the event goes on, it does not deny it."""
    return ws[k] in ctx.lex.negation_before and not (
        k + 1 < len(ws) and _in_list(ws[k + 1], cues().continuation_verbs) and _goes_on(ws[k + 2:], noun))


def _goes_on(between: list[str], noun: bool) -> bool:
    """What goes on after لا تزال is the trigger: a verb trigger (لا تزال القوات تقصف), or a noun right after it
    or after an imperfect verb (لا تزال تخوض المعارك); a noun between owns the trigger as its genitive (لا تزال
    شواهد المعارك واضحة: the traces remain, the fighting is over)."""
    return not noun or not between or any(len(w) > 2 and w[0] in "يتن" for w in between)


def _negated(ctx: _Ctx, h: Hit, floor: int) -> bool:
    """رفضت في وقت سابق الانضمام: a negation a few words before the trigger, time and manner fillers
    between (event_cues.json negation_fillers) not counted; a clause stop between breaks it."""
    fillers = cues().negation_fillers
    if not fillers:
        return False
    window = ctx.lex.negation_window
    claims = _cue_words("reject_claim_nouns")
    words = ctx.words
    i = words.index_at(h.start) - 1
    counted = 0
    while i >= 0 and counted < window and words.spans[i][0] >= floor:
        _s, e, w = words.spans[i]
        if _CLAUSE_END.search(ctx.doc.text, e, h.start):
            return False
        w = _strip_conj(w)
        if w in claims:
            return False  # رفضت الوزارة ادعاءات بقصف: the claim is rejected, the deed denied (modality), not undone
        # في وقت سابق: في counts only as part of the time phrase
        nxt = words.spans[i + 1][2] if i + 1 < len(words.spans) else ""
        if w in ctx.lex.negation_before and not (_in_list(nxt, cues().continuation_verbs) and _goes_on(
                [x for _a, b, x in words.spans[i + 2:] if b <= h.start], h.trig.pos == "noun")):
            return True
        if w not in fillers and w not in cues().continuation_verbs and not (w == "في" and nxt in fillers):
            counted += 1
        i -= 1
    return False


def _announces_time(ctx: _Ctx, light: Hit, h: Hit) -> bool:
    """وأعلنت الحكومة فجر الخميس الجزيرة منكوبة: a light verb (أعلن، بدأ) before the dawn word in its own
    clause, no complementizer between, has the dawn as its time: the sentence tells the announcement, no
    bombing (with أن between, أعلن الجيش أن صاروخين سقطا فجر الخميس, the dawn may date a strike told)."""
    if light.start >= h.start:
        return False
    between = ctx.words.between(light.end, h.start)
    return len(between) <= 6 and not any(_in_list(w, cues().announce_time_stops) for w in between) \
        and not _CLAUSE_END.search(ctx.doc.text, light.end, h.start)


def _dawn_adverb(ctx: _Ctx, h: Hit) -> bool:
    """فجراً، الرابعة فجرا: a time noun with the accusative ending is an adverb of time. With the tanween
    written it is never a verb; bare, the dual verb (انتحاريين فجرا نفسيهما) shows itself by its object."""
    c = cues()
    if h.trig.base not in c.time_homographs or h.trig.pos != "past":
        return False
    raw = ctx.doc.text[h.start:h.end]
    if "\u064b" in raw:  # fathatan: a noun's ending
        return True
    # فجرا: the ف is the word's own, not a conjunction _strip_conj would take off
    if fold_text(raw) != h.trig.base + "ا" and _strip_conj(fold_text(raw)) != h.trig.base + "ا":
        return False
    nxt = ctx.words.between(h.end, ctx.doc.sentence_of(h.start).end, limit=1)
    return not (nxt and _in_list(nxt[0], c.dawn_verb_objects))


def _device_blast(ctx: _Ctx, anchor: Hit, ce: int) -> bool:
    """بانفجار لغم أرضي، انفجرت عبوة ناسفة: a blast whose device is named right after it; like a device
    trigger, it has no doer borrowed when its own clause names no party (a clause that does, لغم زرعته
    ميليشيات الحوثي, is left to the other rules)."""
    c = cues()
    if anchor.trig.base not in c.blast_triggers:
        return False
    nxt = [_strip_conj(w).removeprefix("ال") for w in ctx.words.between(anchor.end, ce, limit=2)]
    return any(" ".join(nxt[:n]) in c.device_bare for n in (1, 2) if len(nxt) >= n)


def _time_homograph(ctx: _Ctx, h: Hit, limit: int) -> bool:
    """فجر اليوم، فجر الأحد: a verb spelled like a time-of-day noun, with a time right after it, is that noun."""
    if h.trig.base not in cues().time_homographs or h.trig.suffixed or h.trig.pos != "past":
        return False
    if any(t.start <= h.start < t.end for t in ctx.doc.times):
        return True
    nxt = ctx.words.between(h.end, limit, limit=1)
    return bool(nxt) and nxt[0] in cues().time_next


def _background_agreement(ctx: _Ctx, h: Hit, floor: int, limit: int) -> bool:
    """رغم اتفاق وقف إطلاق النار الموقع في نوفمبر، الاتفاق الذي دخل حيز التنفيذ: an agreement cited as
    background (after a concessive or legal preposition, or described by a relative clause of its signing or
    entry into force) is no new agreement told; the subject of such a verb (دخل الاتفاق حيز التنفيذ) is."""
    c = cues()
    if h.type not in c.background_types or h.trig.pos != "noun":
        return False
    prev = ctx.words.bare_before(h.start, 2, floor)
    if any(w in c.background_before for w in prev) or (h.prefix and _in_list(h.prefix, c.background_before)):
        return True
    # only an agreement a preposition governs (بعد اتفاق …، للاتفاق …) is cited: as a subject or predicate
    # (وآخر الفصول، الاتفاق الذي تم التوصل إليه) it is the news told
    governed = bool(h.prefix and _strip_conj(h.prefix)[:1] in ("ب", "ل")) or (bool(prev) and (
        prev[-1] in c.masdar_preps or prev[-1] in ctx.lex.reference_before))
    if not governed:
        return False
    after = " ".join(ctx.words.between(h.end, limit, limit=8))
    stop = _CLAUSE_END.search(ctx.doc.text, h.end, limit)
    if stop:
        after = " ".join(ctx.words.between(h.end, stop.start(), limit=8))
    return any(f" {v}" in f" {after}" for v in c.background_relative)


def _attach_light(ctx: _Ctx, hits: list[Hit]) -> list[Hit]:
    """Give each light verb to the noun trigger beside it; keep a lone light verb only with a default type."""
    lex = ctx.lex
    out: list[Hit] = []
    nouns = [h for h in hits if h.trig.pos == "noun"]
    intercepted = _folded_set(cues().intercepted_objects)
    for h in hits:
        if h.trig.pos != "light":
            out.append(h)
            continue
        sent = ctx.doc.sentence_of(h.start)
        best = None
        for n in nouns:
            if not (sent.start <= n.start < sent.end):
                continue
            if n.start >= h.end:
                if n.trig.base in intercepted:
                    continue  # أعلن الجيش أنه أسقط طائرتين مسيرتين: the drone is the intercepting verb's object
                if _purpose_masdar(n):
                    continue  # الحملة التي تشنها لدحر المسلحين: a purpose under ل is no light verb's object
                between = ctx.words.between(h.end, n.start)
                if any(_in_list(w, cues().light_objects) for w in between):
                    continue  # وجّه بإجراء تحقيق في الاعتداء: the verb carries the inquiry, not the attack
                if _b_noun_unlit(h, n):
                    continue  # مؤتمر عقده في أنقرة القوات الكردية بقصف القرى: عقد takes no ب-noun
                if len(between) <= lex.light_window and not _CLAUSE_END.search(ctx.doc.text, h.end, n.start):
                    best = best or n
            elif n.end <= h.start:
                gap = len(ctx.words.between(n.end, h.start))
                if gap <= 2 and not _CLAUSE_END.search(ctx.doc.text, n.end, h.start):
                    best = n  # relative clause: هجمات شنها، العمليات المسلحة التي شنها
        if best is not None:
            # a relative light verb after the noun names the doer (هجمات شنها فلول النظام) and wins over a
            # verb before it whose subject only takes part (قسد شاركت في هجمات ...)
            if best.light is None or best.start < h.start:
                best.light = h
        elif h.trig.base not in lex.light_default and not any(
                x.trig.pos != "light" and sent.start <= x.start < sent.end for x in hits) and (
                deed := _relative_deed(ctx, h, sent.start, sent.end)) is not None:
            # العملية العسكرية التي تنفذها تركيا، الانتهاكات التي تقوم بها الميليشيا: the noun the relative hangs
            # on is the deed, the verb after it carries it and names its doer (only where the sentence tells no
            # other deed, which the noun would merely frame: هذا الهجوم في إطار العمليات التي تقوم بها)
            out.append(deed)
        elif h.trig.base in lex.light_default and not _light_blocked(ctx, h, sent.end) and not _noun_withdrawn(
                ctx, h, sent.end, nouns) and not _light_of_spoken(ctx, h, sent.start, sent.end) \
                and not _light_of_masked(ctx, h, sent.end):
            out.append(Hit(h.start, h.end, Trig(lex.light_default[h.trig.base], "past", h.trig.base,
                                                h.trig.future), lex.light_default[h.trig.base], h.prefix))
    out.sort(key=lambda x: x.start)
    return out


def _relative_deed(ctx: _Ctx, h: Hit, ss: int, se: int) -> Hit | None:
    """A lone light verb of doing right after a relative whose noun is a deed no trigger names alone (event_cues
    relative_deed_nouns: العملية، العمليات، الحملة) marked armed by an adjective (relative_deed_adjectives:
    العسكرية، القتالية، النوعية; only these between)
    and with an armed party named right after it (ينفذها الجيش، تقوم بها ميليشيا الحوثي; بها/به between): that
    noun is an attack the party carries out, the light verb carrying it. Without the party (العمليات التي
    ينفذها لدحر المتمردين) nothing is told of who does it, so nothing is made."""
    c = cues()
    rel = ctx.words.span_before(h.start)
    if not rel or rel[0][0] < ss or not _in_list(rel[0][2], c.relatives):
        return None
    spans = ctx.words.spans
    i = ctx.words.index_at(rel[0][0]) - 1
    marked = False  # a bare العمليات may be of rescue, relief or theft (العمليات التي يقوم بها خفر السواحل)
    for _k in range(3):
        if i < 0 or spans[i][0] < ss:
            return None
        ns, ne, w = spans[i]
        w = _strip_conj(w)
        if w in c.relative_deed_nouns:
            break
        if w not in c.relative_deed_adjectives:
            return None
        marked = True
        i -= 1
    else:
        return None
    if not marked:
        return None
    pos = h.end
    nxt = ctx.words.spans_at(pos, 1)
    if nxt and nxt[0][0] < se and nxt[0][2] in c.relative_deed_preps:
        pos = nxt[0][1]  # يقوم بها، تقوم به
    party = _actor_right_after(ctx, pos, se)
    if party is None or party[1].type != "actor" or ctx.words.gap(pos, party[0].start) > 1:
        return None
    return Hit(ns, ne, Trig("ATTACK", "noun", w), "ATTACK", "", light=h)


def _light_blocked(ctx: _Ctx, h: Hit, limit: int) -> bool:
    """The lone light verb's object is a phrase that names no armed deed (شن حملة إعلامية، شن هجوما شديد
    اللهجة): the verb carries that phrase, not a default attack. A phrase opened by a preposition (بالتنسيق
    مع، بدعم من) is an adjunct, not the object, and leaves the verb alone."""
    after = [w for w in ctx.words.spans_at(h.end, ctx.lex.light_window + 1) if w[1] <= limit]
    if not after:
        return False
    reach = after[-1][1]
    for a, b in ctx.blocked:
        if not (h.end <= a < reach) or _CLAUSE_END.search(ctx.doc.text, h.end, a):
            continue
        words = _f(ctx.doc.text[a:b]).split()
        if words and _strip_conj(words[0]).startswith(("ب", "ل")):
            continue
        return True
    return False


def _drop_objects(ctx: _Ctx, hits: list[Hit]) -> list[Hit]:
    """A noun trigger that is the object of an attack verb is what was hit, not a happening of its own
    (هاجموا رتلاً لقوات النظام، استهدفت التعزيزات)."""
    kinds = cues().attacked_types
    out = []
    sentences: dict[int, int] = {}
    for h in hits:
        # تمركز is spelled as verb and masdar alike: unjoined to a clause (no و/ف) it may be the object
        verb_spelled = h.trig.pos == "past" and not h.prefix.startswith(("و", "ف"))
        if not (h.trig.pos == "noun" or verb_spelled) or h.type not in kinds or h.light is not None:
            out.append(h)
            continue
        if any(v.type == "ATTACK" and v.trig.pos in ("past", "present") and v.end <= h.start
               and ctx.words.gap(v.end, h.start) <= 2 and not _CLAUSE_END.search(ctx.doc.text, v.end, h.start)
               for v in hits):
            continue
        if any(v.type == "ATTACK" and v.trig.pos == "noun" and v.end <= h.start
               and _sole_word_in(ctx, v.end, h.start, cues().target_markers)
               for v in hits):
            continue  # تخطط لتنفيذ هجمات على حواجز للجيش، الهجوم على تجمعات الميليشيا: what the attack is on
        if h.trig.base in cues().attacked_nouns:
            # a force in place (تعزيزات، تجمعات، تمركز) hit by a verb that yielded to it (استهدف is an auxiliary
            # before a trigger), by a participle or by a verb of destroying that is no trigger
            floor = sentences.setdefault(h.start, ctx.doc.sentence_of(h.start).start)
            near = ctx.words.bare_before(h.start, 3, floor)
            if any(w in cues().strike_words for w in near) or any(
                    v.type == "ATTACK" and v.trig.pos in ("past", "present") and v.end <= h.start
                    and ctx.words.gap(v.end, h.start) <= 2 and not _CLAUSE_END.search(ctx.doc.text, v.end, h.start)
                    for v in ctx.raw_hits):
                continue
        out.append(h)
    return out


def _sole_word_in(ctx: _Ctx, a: int, b: int, words: frozenset[str]) -> bool:
    """[a, b) holds one word and it is one of `words` (with or without و/ف). Two words are read at most:
    listing all of them read the text between every pair of triggers."""
    got = ctx.words.between(a, b, limit=2)
    return len(got) == 1 and _in_list(got[0], words)


def _smuggled_not_fled(ctx: _Ctx, h: Hit) -> bool:
    """A flight verb (event_cues smuggled_flight bases: هرب) with an object pronoun after the past ending
    (object_endings: هربتها، هربوه، هربوها) is the transitive هرّب written without its shadda: one smuggled
    something (ضبطت أسلحة هربتها إيران إلى الميليشيات), no one fled. The endings without ت or و (هربها، هربهم)
    are left: they are as often the masdar with a possessive (قبل هربهم، بعد هربها من الموصل)."""
    if h.type != "DEFECT" or h.trig.pos != "past" or h.trig.base not in _section_words("smuggled_flight", "bases"):
        return False
    word = _strip_conj(ctx.words.spans[ctx.words.index_at(h.start)][2])
    return any(word == h.trig.base + e for e in _section_words("smuggled_flight", "object_endings"))


def _retype(ctx: _Ctx, hits: list[Hit]) -> None:
    for h in hits:
        if _smuggled_not_fled(ctx, h):
            h.orig_type = h.orig_type or h.type
            h.type = "SMUGGLE"
            continue
        for r in ctx.lex.retype:
            if h.type != r["from"] or (r["bases"] and h.trig.base not in r["bases"]):
                continue  # bases: a rule for one verb only (حرر مواقع, not أطلقت السلطات في المدينة سراح)
            after = ctx.words.between(h.end, min(len(ctx.doc.text), h.end + 80), limit=int(r["window"]))
            # stops: the object noun phrase ends at a word of holding or place (ضبط أسلحة بحوزة المتهمين)
            after = _until_stop(after, r.get("stops", frozenset()))
            if any(_in_list(w, r["near"]) for w in after):
                h.orig_type = h.orig_type or h.type
                h.type = r["to"]
                break


def _join_time_asides(ctx: _Ctx, clauses: list[tuple[int, int]], hits: list[Hit], most: int = 4
                      ) -> list[tuple[int, int]]:
    """مقتل 3 جنود أتراك، الخميس، في انفجار؛ أعلنت أنقرة، مساء الخميس، مقتل: a time set off by commas inside a
    clause does not end it. A piece between two others of at most `most` words that holds a time (times stage)
    and no name nor trigger, and does not open with و/ف (ففي نهاية أبريل الماضي، قتل: a time fronted in a new
    clause), joins the pieces on both sides into one clause when the piece after it opens with
    the deed (a trigger as its first word, or its second after time_aside_preps: مقتل 8 من جنودها، في انفجار،
    جراء هجوم). A piece after it
    that opens otherwise (خلال احتجاجات على …، حيث قتل، على حدود القطاع مع إسرائيل) is a clause of its own:
    joined, its names would become the deed's parties."""
    if len(clauses) < 3 or not ctx.doc.times:
        return clauses
    out = [clauses[0]]
    i = 1
    while i < len(clauses):
        s, e = clauses[i]
        if (i + 1 < len(clauses) and 0 < ctx.words.gap(s, e) <= most
                and any(s <= t.start and t.end <= e for t in ctx.doc.times)
                and not ctx.doc.mentions_in(s, e) and not any(s <= h.start < e for h in hits)
                and _opens_with_hit(ctx, clauses[i + 1], hits)
                and not _conj_opened(ctx, s)):
            out[-1] = (out[-1][0], clauses[i + 1][1])
            i += 2
            continue
        out.append((s, e))
        i += 1
    return out


def _aside_quantities(ctx: _Ctx, d: Draft, end: int, most: int = 4, opening: int = 3
                      ) -> tuple[model.Quantity, ...]:
    """قتلت طائرة مسيرة، مساء الجمعة، خمسة مدنيين: a verb's clause ends at the comma of a time aside, and its
    object, the count of the struck, stands in the piece after the aside. A piece of at most `most` words right
    after the event's span that holds a time and no name nor trigger, then a piece with no trigger: the
    quantities among the first `opening` words of that piece are the event's. The clause stays as it was (joined,
    names after the aside would become the deed's parties: خلال احتجاجات على …، حيث قتل)."""
    doc = ctx.doc
    if not d.verbal or not doc.quantities or not doc.times or not _CLAUSE_END.match(doc.text, end):
        return ()
    _ss, se = d.sentence
    pieces = [c for c in _clauses(doc.text, end, se) if c[0] > end]
    if len(pieces) < 2:
        return ()
    (a, b), (c, e) = pieces[0], pieces[1]
    times = [t for t in doc.times if a <= t.start and t.end <= b]
    # a trigger word inside the time itself (فجر اليوم) is the time, no deed
    # ففي ذلك اليوم opens a new clause; فجر اليوم, a time opening with ف, does not (_conj_opened)
    fronted = _conj_opened(ctx, a)
    if (not times or not 0 < ctx.words.gap(a, b) <= most or fronted or doc.mentions_in(a, b)
            or any(a <= h.start < e and not any(t.start <= h.start < t.end for t in times) for h in ctx.raw_hits)):
        return ()
    first = ctx.words.spans_at(c, opening)
    if not first:
        return ()
    reach = min(first[-1][1], e)
    return tuple(q for q in doc.quantities if c <= q.start < reach and q.end <= e)


def _conj_opened(ctx: _Ctx, pos: int) -> bool:
    """The word at `pos` opens with و/ف (ففي نهاية أبريل، وفي وقت لاحق): a time fronted in a new clause, no aside.
    A ف or و that belongs to the word itself (فجر الخميس، فبراير الماضي) is none: the word is a calendar word
    as written, or a time the times stage read begins with it."""
    first = ctx.words.spans_at(pos, 1)
    # the letter itself, not `_strip_conj`: a listed word with its own و/ف that opens a clause of its own
    # (فيما، وقت) opens it as a joined conjunction does
    if not first or len(first[0][2]) < 3 or first[0][2][0] not in "وف":
        return False
    ws, _we, w = first[0]
    return w not in _calendar_words() and not any(t.start == ws for t in ctx.doc.times)


def _opens_with_hit(ctx: _Ctx, clause: tuple[int, int], hits: list[Hit]) -> bool:
    """A trigger or a casualty noun starts the first word of `clause`, or a trigger the second after a word of
    place or cause (event_cues time_aside_preps: في انفجار، جراء هجوم), not after a word opening a clause of its
    own (حيث قتل)."""
    first = ctx.words.spans_at(clause[0], 2)
    if not first:
        return False
    if _in_list(first[0][2], cues().victim_nouns):
        return True  # مقتل ثلاثة من جنودها في هجوم: the casualty noun may have yielded to the attack noun
    end = first[0][1]
    if len(first) > 1 and _in_list(first[0][2], cues().time_aside_preps):
        end = first[1][1]
    return any(clause[0] <= h.start < min(end, clause[1]) for h in hits)


def _group(ctx: _Ctx, hits: list[Hit]) -> list[Draft]:
    doc = ctx.doc
    drafts: list[Draft] = []
    for sent in doc.sentences:
        clauses = _join_time_asides(ctx, _clauses(doc.text, sent.start, sent.end), hits)
        for ci, (cs, ce) in enumerate(clauses):
            in_clause = [h for h in hits if cs <= h.start < ce]
            if not in_clause:
                continue
            ext = ce
            for ns, ne in clauses[ci + 1 :]:
                if any(ns <= h.start < ne for h in hits):
                    break
                ext = ne
            # a threat's content is not an attack: التصريحات التركية بشن عملية، العملية التي تلوح بها. An attack
            # told before the threatening word is not its content (قصفت الطائرات مواقع ... وتوعدت بالمزيد),
            # unless the clause's threat comes back to it (العملية التي تلوح بها: a frame after it)
            threat_at = [h.start for h in in_clause if h.type == "THREATEN"]
            # an attack after a threat of a measure in its clause (هددت بطرد الصحفيين إذا ثبت تورطها في الهجوم)
            # is the condition or ground of that measure, an attack told elsewhere or none: no event of its own
            deedless = [x for x, _ in ctx.deedless if cs <= x < ce]
            in_clause = [h for h in in_clause if h.type != "ATTACK" or not any(x < h.start for x in deedless)]
            if not in_clause:
                continue
            frames = [(a, b) for a, b in ctx.threats if cs <= a and b <= ce]
            for h in in_clause:
                # a speech noun (تصريحات) frames only the deed right after it
                framed = [a for a, b in frames if not _speech_frame_far(ctx, a, b, h)]
                if h.type == "ATTACK" and (any(t < h.start for t in threat_at + framed)
                                           or _frame_back(ctx, h, framed, ce)):
                    h.type = "THREATEN"
            # a fear word between two hits parts a deed told from one feared (قصفت القوات البلدة وسط مخاوف من
            # هجوم وشيك): each part is a draft of its own, with its own modality and parties
            for ps, pe, part in _dated_known_parts(ctx, _fear_parts(ctx, in_clause, cs, ce)):
                by_type: dict[str, list[Hit]] = {}
                for h in part:
                    by_type.setdefault(h.type, []).append(h)
                for typ, hs in by_type.items():
                    drafts.append(Draft(typ, hs, (ps, pe), (sent.start, sent.end), span=(ps, pe),
                                        ext=ext if pe == ce else pe))
    drafts.sort(key=lambda d: d.head.start)
    return drafts


def _dated_at(ctx: _Ctx, he: int, se: int) -> int:
    """Where a time subordinator (event_cues time_subordinators: بعد، عقب) after the trigger ending at `he`
    first opens on another trigger (one within three words after it: بعد هجوم، عقب تقارير عن قصف، بعد أن
    قصفت), before `se`; else `se`. What follows it is an earlier happening that dates this one, with its own
    place (ضربات على سوريا بعد هجوم كيماوي على دوما). The positions are found once per article and bisected:
    a sentence may be a whole unpunctuated text."""
    if ctx.dating is None:
        subs = cues().time_subordinators
        spans = ctx.words.spans
        hits = ctx.raw_hits
        found = []
        # each word met per list (`_in_list`: as written, else without a joined و/ف), every word of the text at
        # once in C through the forms that list accepts: the few subordinators are then read in Python
        for k in compress(range(len(spans)), map(_in_list_forms(subs).__contains__, map(_THIRD, spans))):
            s = spans[k][0]
            reach = spans[min(k + 3, len(spans) - 1)][1]
            i = bisect.bisect_left(hits, s + 1, key=lambda x: x.start)
            if i < len(hits) and hits[i].start < reach:
                found.append(s)
        ctx.dating = found
    k = bisect.bisect_left(ctx.dating, he)
    return ctx.dating[k] if k < len(ctx.dating) and ctx.dating[k] < se else se


def _frame_back(ctx: _Ctx, h: Hit, framed: list[int], ce: int) -> bool:
    """العملية التي تلوح بها أنقرة: a threatening word after the attack noun that governs it through a
    relative pronoun (the threat is about the noun told before it)."""
    after = ctx.words.bare_between(h.end, ce, limit=3)
    return any(a > h.end for a in framed) and bool(after) and after[0] in cues().relatives


def _gen_mention(ctx: _Ctx, after: int, limit: int, mentions: list[tuple[model.Mention, EntityDraft]]
                 ) -> tuple[model.Mention, EntityDraft] | None:
    """The name right after a noun (its genitive), allowing head nouns between: اعتقال عناصر التنظيم."""
    for m, ent in mentions:
        if m.start < after:
            continue
        gap = ctx.words.between(after, m.start)
        members = ctx.lex.roles["heads"] | cues().people_heads
        if (2 <= len(gap) <= 3 and _in_list(gap[-1], cues().partitive)
                and all(w in members for w in gap[:-1]) and m.start < limit):
            return m, ent  # اعتقال عناصر من التنظيم، اغتيال قيادي في الحزب: members of the named side
        if _in_list(ctx.marker(m.start, after), ctx.lex.roles["subject_block"]):
            return None  # لداعش، على قسد: a complement, not the genitive
        if all(w in ctx.lex.roles["heads"] for w in gap) and len(gap) <= 2 and m.start < limit:
            return m, ent
        return None
    return None


def _object_after(ctx: _Ctx, pos: int, limit: int) -> bool:
    """A ل-phrase right after a masdar's genitive (قصف النظام للمدينة، استهداف التنظيم لقوات قسد) is the masdar's
    object, so the genitive is its subject. State adjectives of the genitive may stand between."""
    for s, _e, w in [sp for sp in ctx.words.spans_at(pos, 4) if sp[0] >= pos][:3]:
        if s >= limit:
            return False
        if w.startswith("ل") and len(w) > 3 and w not in cues().not_objects:
            return True
        if not w.endswith(cues().nisba) or _in_list(w, cues().l_adjectives):
            return False  # ميليشيات الحوثي الموالية لإيران: the ل-phrase is the adjective's
    return False


def _oblique(ctx: _Ctx, m: model.Mention) -> bool:
    """The mention opens with a sound plural of a nisba in its oblique case (الحوثيين، المسلحين الأكراد is not:
    only -يين, which no nominative subject ends with)."""
    first = fold_text(ctx.doc.text[m.start:m.end]).split()[:1]
    return bool(first) and first[0].endswith(cues().oblique_endings)


def _accusative_after(ctx: _Ctx, pos: int, limit: int) -> bool:
    """A bare noun right after a masdar's genitive (استهداف التنظيم مواقع قسد، قصف الطيران بلدة كفرنبل) is the
    masdar's accusative object, so the genitive is its subject: a name with no preposition, or a target noun
    (event_cues object_nouns). State adjectives of the genitive may stand between."""
    for s, _e, w in [sp for sp in ctx.words.spans_at(pos, 4) if sp[0] >= pos][:3]:
        if s >= limit:
            return False
        if _in_list(w, cues().object_nouns) and not w.startswith(("و", "ف")):
            return True
        if w.isdigit() and not 1900 <= int(w) <= 2100:
            return True  # أسر داعش 35 آخرين: a count opens the object
        if any(m.start == s for m, _ent in ctx.doc.mentions_in(s, limit, ("actor", "place"))):
            return not w.startswith(("و", "ف"))  # وقسد: a second genitive joined to the first
        adjective = (w.endswith(cues().nisba) and len(w) > 3 and w not in cues().relatives
                     and not _in_list(w, cues().l_adjectives))
        if not adjective:
            return False  # في الرقة، على الحدود، الذي: no object stands right after the genitive
    return False


def _object_follows(ctx: _Ctx, base: str, pos: int, limit: int) -> bool:
    """The masdar's object follows its genitive (ending at `pos`), so the genitive is the doer: under ل for any
    masdar (قصف النظام للمدينة), under على for those of event_cues on_object_bases (قصف النظام على البلدة)."""
    pos = _past_conjoined(ctx, pos, limit)  # قصف قوات النظام وروسيا على البلدة: a co-doer joined by و
    if _object_after(ctx, pos, limit) or _accusative_after(ctx, pos, limit):
        return True
    if base not in cues().on_object_bases:
        return False
    i = ctx.words.index_at(pos)
    for s, _e, w in [sp for sp in ctx.words.spans[i:i + 4] if sp[0] >= pos][:3]:
        if s >= limit:
            return False
        if _in_list(w, cues().on_object_preps):
            return True
        if not w.endswith(cues().nisba) or _in_list(w, cues().l_adjectives):
            return False
    return False


def _actor_right_after(ctx: _Ctx, pos: int, end: int, victim: EntityDraft | None = None
                       ) -> tuple[model.Mention, EntityDraft] | None:
    """The first actor named after `pos` (before `end`) if at most two head nouns stand between (بنيران قوات
    النظام، مع ميليشيات الحوثي) and it is not `victim`: the owner of the fire, or the side fought. A name further
    on, or the victim, belongs to another phrase, so no later name is tried."""
    heads = ctx.lex.roles["heads"]
    for m, ent in ctx.actors(pos, end):
        gap = ctx.words.between(pos, m.start)
        # برصاص عناصر من حركة طالبان، بنيران مسلحين من التنظيم: a partitive من after a head noun keeps the
        # name the owner of the fire (the head is some of its men)
        if len(gap) >= 2 and gap[-1] == "من" and gap[-2] in heads:
            gap = gap[:-1]
        if len(gap) <= 2 and all(g in heads for g in gap) and ent is not victim:
            return m, ent
        return None
    return None


def _resume_verb(ctx: _Ctx, h: Hit, cs: int) -> int | None:
    """The start of a verb of starting or going on right before a bare event noun (استأنفت الطائرات الحكومية
    القصف، القوات الحكومية تواصل قصف): the noun is its object, so its subject is the noun's doer. Force nouns
    and their adjectives may stand between."""
    if h.trig.pos not in ("noun", "past") or h.light is not None or h.trig.suffixed or " " in h.trig.base:
        return None
    heads = ctx.lex.roles["heads"]
    c = cues()
    spans = ctx.words.spans
    i = ctx.words.index_at(h.start) - 1
    for k in range(i, max(i - 5, -1), -1):
        if spans[k][0] < cs or _CLAUSE_END.search(ctx.doc.text, spans[k][1], h.start):
            return None
        w = _strip_conj(spans[k][2])
        if w in c.resume_verbs:
            return spans[k][0]
        if not (w in heads or w.removeprefix("ال") in heads or w in c.government_adjectives
                or w in _state_adjectives() or w.endswith(c.nisba) or w in c.manner):
            return None
    return None


def _named_in_sentence(ctx: _Ctx, ent: EntityDraft, sentence: tuple[int, int]) -> bool:
    """The party is named in the sentence: itself or a body of its side, a person of it (people.jsonl
    affiliation: اتفقت ماي مع for the United Kingdom) or its state adjective (الرئيس السوداني، ولي العهد
    السعودي)."""
    sides = _chain(ent.ref) if ent.ref else frozenset()
    for _m, e in ctx.doc.mentions_in(*sentence, ("actor", "person")):
        if _same_side(e, ent) or (e.type == "person" and any(_chain(a) & sides for a in _person_sides(e))):
            return True
    if not sides:
        return False
    adjectives = _state_adjectives()
    return any(adjectives.get(w) in sides or adjectives.get(_strip_conj(w)) in sides
               for w in ctx.words.between(*sentence))


def _person_sides(ent: EntityDraft) -> frozenset[str]:
    """The party or state a person belongs to (people.jsonl affiliation: ماكرون, france)."""
    e = packs.entries_by_id().get(ent.ref) if ent.ref else None
    aff = e.extra.get("affiliation") if e is not None and isinstance(e.extra, dict) else None
    return frozenset({aff}) if isinstance(aff, str) else frozenset()


def _sent_index(doc: Doc, pos: int) -> int:
    for i, s in enumerate(doc.sentences):
        if s.start <= pos < s.end:
            return i
    return len(doc.sentences)


def _same_side(a: EntityDraft, b: EntityDraft) -> bool:
    """A state and its forces or government, or two bodies of one state (إسرائيل، الجيش الإسرائيلي): one side,
    never each other's opponent (by the actor packs' parent links)."""
    if a is b:
        return True
    by_id = packs.entries_by_id()
    ea = by_id.get(a.ref) if a.ref else None
    eb = by_id.get(b.ref) if b.ref else None
    if ea is None or eb is None:
        return False
    sides_a = {ea.id, ea.parent} - {None}
    sides_b = {eb.id, eb.parent} - {None}
    return bool(sides_a & sides_b)


@cache
def _chain(ref: str) -> frozenset[str]:
    """An entry and every entry above it in its parent chain (the IRGC's Quds Force → IRGC → Iran)."""
    by_id = packs.entries_by_id()
    seen = [ref]
    while (entry := by_id.get(seen[-1])) is not None and entry.parent and entry.parent not in seen:
        seen.append(entry.parent)
    return frozenset(seen)


def _expelled_envoys(ctx: _Ctx, h: Hit, sent_end: int) -> bool:
    """طرد as SEIZE is driving a force out of ground (طرد التنظيم من البلدة). Diplomats, envoys, migrants or
    asylum seekers as its object, within expel_window words of its clause, a subject, a count or a partitive
    between (طردت بريطانيا 23 دبلوماسيا روسيا، قررت طرد السفير، طرد عدد من المهاجرين), is an expulsion by a
    state's order: no force fought, no ground taken. On 250 unseen ANT articles 12 of the 18 طرد events were
    such expulsions."""
    bases, objects, window = _expel_cues()
    if h.type != "SEIZE" or not objects or h.trig.base not in bases:
        return False
    text = ctx.doc.text
    for s, _, w in ctx.words.spans_at(h.end, window):
        if s >= sent_end or _CLAUSE_END.search(text, h.end, s):
            break
        w = _strip_conj(w)
        # a ل before the object (أكبر عملية طرد لدبلوماسيين) is taken off like the article
        bare = w[1:] if w.startswith("ل") and not w.startswith("لل") and len(w) > 4 else w
        if w.removeprefix("ال") in objects or w.removeprefix("لل") in objects or bare in objects:
            return True
    return False


def _prev_word_forms(ctx: _Ctx, h: Hit, floor: int) -> set[str]:
    """The forms of the word right before a hit in its clause, as written and without و/ف, without ال, and
    without a ب/ل before it (لمكافحة، للتحالف): what a list of heads or holders is checked against. Empty when
    the word lies before `floor` or a clause mark stands between."""
    prev = ctx.words.span_before(h.start)
    if not prev or prev[0][0] < floor or _CLAUSE_END.search(ctx.doc.text, prev[0][1], h.start):
        return set()
    raw = prev[0][2]
    forms: set[str] = set()
    # the word as written and without a joined و/ف, both: the caller's list meets whichever it holds, as
    # `_in_list` compares per list (one global set of own-first-letter words kept وحدة whole for every list)
    for w in {raw, raw[1:] if len(raw) > 2 and raw[0] in "وف" else raw}:
        forms.add(w.removeprefix("ال"))
        if len(w) > 3 and w[0] in "بل":
            forms |= {w[1:].removeprefix("ال"), w[2:] if w.startswith("لل") else w[1:]}
    return forms


def _in_title(ctx: _Ctx, h: Hit, floor: int) -> bool:
    """An event noun right after the head of a body, law, programme or conference (event_cues title_heads:
    هيئة، لجنة، جهاز، قانون، برنامج، مؤتمر، مكافحة; under ل or ب too: لمكافحة) is the name of what it deals
    with (لجنة المفاوضات، قانون التجنيد، جهاز مكافحة التهريب، برنامج تسليم الأسلحة), no event that happened."""
    heads = _cue_words("title_heads", bare=True)
    # a noun under a joined و/ف is no genitive of the word before it but a new conjunct or clause (انسحب
    # الوفد من المؤتمر والقصف مستمر): only a bare noun names what the body deals with
    if not heads or h.trig.pos != "noun" or h.prefix:
        return False
    return bool(_prev_word_forms(ctx, h, floor) & heads)


def _coalition_held(ctx: _Ctx, h: Hit, floor: int) -> bool:
    """The coalition noun (coalition_bases) as the genitive of its own aircraft, forces or strikes, after
    باسم, or as the subject right after a verb of saying (event_cues coalition_holders: طائرات التحالف، غارة
    للتحالف، المتحدث باسم التحالف، أعلن التحالف) is the standing coalition acting or speaking, no pact made;
    read as COORDINATE it also took the clause from the strike told in it (استهدفت طائرات التحالف مواقع)."""
    holders = _cue_words("coalition_holders", bare=True)
    if not holders or h.type != "COORDINATE" or h.trig.base not in cues().coalition_bases:
        return False
    return bool(_prev_word_forms(ctx, h, floor) & holders)


def _not_told(ctx: _Ctx, h: Hit) -> bool:
    """An expulsion of envoys (طرد السفير), an event noun naming a body or law (لجنة المفاوضات), the standing
    coalition (طائرات التحالف) or families counted (ثلاث أسر): a trigger word that tells no event."""
    sent = ctx.doc.sentence_of(h.start)
    return (_expelled_envoys(ctx, h, sent.end) or _expelled_from_state(ctx, h, sent.end)
            or _seized_thing(ctx, h, sent.end) or _in_title(ctx, h, sent.start)
            or _in_facility(ctx, h, sent.start)
            or _coalition_held(ctx, h, sent.start) or _counted_families(ctx, h, sent.start)
            or _owned_families(ctx, h, sent.start) or _families_of_people(ctx, h, sent.end, sent.start)
            or _name_after_saying(ctx, h, sent.start) or _agrees_with_view(ctx, h, sent.end)
            or _coalition_named(ctx, h, sent.end) or _prep_masdar_homograph(ctx, h, sent.start)
            or _coalition_backer(ctx, h, sent.start))


def _counted_families(ctx: _Ctx, h: Hit, floor: int) -> bool:
    """أسر (captured) is spelled as أُسَر (families): right after a count (ثلاث أسر، 4 أسر، عدة أسر، كل ثلاث
    أسر; event_cues count_words and aggregate_words, or digits) it is the families counted, no capture; a
    capture counts its captives after the word (أسر ثلاثة عناصر)."""
    # a count is joined to what it counts with nothing between: after و/ف (قتل 12 وأسر 5) أسر is a new verb
    if h.trig.base not in _cue_words("family_bases") or h.prefix:
        return False
    prev = ctx.words.before(h.start, 1, floor)
    if not prev:
        return False
    w = _strip_conj(prev[0])
    c = cues()
    return w.isdigit() or w in c.count_words or w in c.aggregate_words


def _raids_of_killings(ctx: _Ctx, hits: list[Hit]) -> list[Hit]:
    """«اغتالوا المختار بعدما داهموا منزله»، «اغتال مسلحون شرطيا بعد مداهمة منزله»: a raid (raid_bases, an ARREST
    word) told in a sentence with an assassination (raid_kill_bases) and no arrest of its own (اعتقل، القبض)
    is how the killers reached their victim, part of the attack, no arrest campaign. A raid with an arrest told
    beside it (داهمت القوات منزله واعتقلته) stays, and so does one with a killing (قتل ثلاثة مسلحين خلال مداهمة):
    on ANT text that was most often a security raid, whose place the incident's other tellings take."""
    raids, kills = _raid_cues()
    if not raids:
        return hits
    out = []
    for h in hits:
        if h.type == "ARREST" and h.trig.base in raids:
            sent = ctx.doc.sentence_of(h.start)
            same = [o for o in hits if sent.start <= o.start < sent.end and o is not h]
            if any(o.type == "ATTACK" and o.trig.base in kills for o in same) and not any(
                    o.type == "ARREST" and o.trig.base not in raids for o in same):
                continue
        out.append(h)
    return out


def _unmet_conditions(ctx: _Ctx, hits: list[Hit]) -> list[Hit]:
    """A conditional trigger of event_cues unmet_not_triggers (أطلق، أخلى: RELEASE only with سراح/سبيل after
    them) whose words do not follow is no trigger at all: left among the hits, the verb of launching anything
    (أطلق صاروخا، أطلق حملة) would make a dawn word beside it a time, or a trigger before it yield, as a real
    trigger does. The older conditionals (نشر with no soldiers: publishing) keep their place among the hits."""
    return [h for h in hits if not _unmet_not_trigger(ctx, h)]


def _yield_to_following(ctx: _Ctx, kept: list[Hit]) -> list[Hit]:
    """A general verb (triggers yield_to_following: استهدف، نفذ …) yields to the trigger right after it in its
    sentence, within yield_window words (استهدفت الطائرات بغارات). The trigger it yields to must itself be kept
    by every other filter: a verb that yields to a trigger a condition, negation or time reading drops
    (استهدفت الطائرات فجر اليوم، استهدفت ما لم يكن هجوما) would leave no event at all. So the yield is decided
    after the other filters, over the hits they kept; one that yields itself still takes the verb before it,
    as before (a chain of general verbs ends in the last one)."""
    lex = ctx.lex
    out = []
    for i, h in enumerate(kept):
        if h.trig.pos != "light" and (h.trig.base in lex.yield_words
                                      or h.trig.base.split()[0] in lex.yield_words):
            sent_end = ctx.doc.sentence_of(h.start).end
            nxt = [o for o in kept[i + 1 : i + 3] if o.start < sent_end]
            # استهدفت تجمعات وتعزيزات: an attack verb never yields to the deployment it hit
            hit_object = h.type == "ATTACK" and bool(nxt) and nxt[0].trig.base in cues().attacked_nouns
            if nxt and len(ctx.words.between(h.end, nxt[0].start)) < lex.yield_window and not hit_object:
                continue
        out.append(h)
    return out


def _name_after_saying(ctx: _Ctx, h: Hit, floor: int) -> bool:
    """A verb trigger right after a verb of saying, nothing but a space between (وحذر تشن من أن),
    is the teller's name: a finite verb never follows a verb of saying as its subject, and transliterated names
    (the Chinese تشن, read as the light verb "wages") are written like verbs. A colon or a quote between
    (قال: شنت القوات) opens the words said, so only a bare space counts."""
    # only a present-tense spelling: a past one after a verb of saying is its masdar object (نفوا نشر قوات،
    # أعلن شن هجوم), which a present verb never spells
    if h.trig.pos not in ("present", "light") or h.prefix or not _f(ctx.doc.text[h.start:h.end]).startswith(
            ("ي", "ت")) or h.trig.base in _cue_words("past_t_light_verbs"):
        return False
    prev = ctx.words.span_before(h.start)
    if not prev or prev[0][0] < floor or ctx.doc.text[prev[0][1]:h.start].strip():
        return False
    w = prev[0][2]
    return w in _saying_forms() or (w[:1] in "وف" and w[1:] in _saying_forms())


def _time_set_off(ctx: _Ctx, h: Hit, sent_end: int) -> bool:
    """A time homograph (فجر اليوم) set off by commas on both sides, or by a comma before it and the end of its
    sentence after (وصل الوفد إلى العاصمة، فجر اليوم، في زيارة): a time inserted into a clause, never the verb
    "detonated", which would need its subject and object after it before any comma; so no other trigger in the
    sentence is needed to read it as the time."""
    text = ctx.doc.text
    if not text[:h.start].rstrip().endswith(("،", ",")):
        return False
    end = next((t.end for t in ctx.doc.times if t.start <= h.start < t.end), -1)
    if end < 0:
        nxt = ctx.words.spans[ctx.words.index_at(h.end - 1) + 1:][:1]
        if not nxt:
            return False
        end = nxt[0][1]
    rest = text[end:sent_end].lstrip()
    return not rest or rest.startswith(("،", ",", ".", "؛"))


def _force_word(w: str, force: frozenset[str]) -> bool:
    """Whether a folded word is a force word, with و/ف and a ب/ل before ال (لقوات، بالجيش، للشرطة) taken off."""
    w = _strip_conj(w)
    if w.startswith("لل"):
        w = w[2:]
    elif len(w) > 3 and w[0] in "بل" and w[1:] not in force:
        w = w[1:]
    return w.removeprefix("ال") in force


#: `_force_word` of each word type met, per force list, for the process: the civil-article rules ask it of every
#: word type of each text (~67,000 calls per 450 articles, three more calls each), and the articles share most
#: of their words. Pure given the packs, as `context._STRIPPED` is; bounded as it is.
_FORCE_MEMO: dict[frozenset[str], dict[str, bool]] = {}
_FORCE_MEMO_MAX = 131_072


def _forcing_types(types: set[str], force: frozenset[str]) -> set[str]:
    """`{w for w in types if _force_word(w, force)}`, each word type judged once per process and force list."""
    memo = _FORCE_MEMO.get(force)
    if memo is None or len(memo) > _FORCE_MEMO_MAX:
        if len(_FORCE_MEMO) > 8:  # the lists are the packs' few; a reloaded pack makes new ones
            _FORCE_MEMO.clear()
        memo = _FORCE_MEMO[force] = {}
    for w in types.difference(memo):
        memo[w] = _force_word(w, force)
    return set(filter(memo.__getitem__, types))


def _civil_senses(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """An article that names no armed party (no actor of event_cues conflict_kinds: armed group, state force,
    militia, coalition, nor an actor no pack knows) and hardly a force word (fewer than civil_force_min of
    civil_force_words: قوات، الجيش، الشرطة، مسلحين) is about trade, crime, health, migration or politics.
    There the words of the weaker event types (civil_weak_types) take their civil sense: أغلق السعر، إغلاق
    مراكز الاقتراع، زودت محركات، استعادة السيارات، الفرار من المكان، انتشار الوسم; on unseen such articles
    about seven in ten were no event. One stands only with a force word in its own sentence (فرضت قوات
    الشرطة حظر التجوال، سيطر عسكريون على الجسر).
    Attacks, arrests, releases, transfers, talks and threats are told in such articles too and stay; an attack
    with a force or weapon word in its sentence (قصفت الطائرات المدينة) makes the article one of conflict."""
    kinds, weak, force, least = _civil_cues()
    by_id = packs.entries_by_id()
    for ent in ctx.doc.entities:
        if ent.type != "actor":
            continue
        entry = by_id.get(ent.ref) if ent.ref else None
        if entry is None or (entry.kind in kinds and not _police_force(entry)):
            return drafts  # an actor no pack knows is most often a local armed group
    if not weak:
        return drafts
    # each word type asked once (a text repeats its words: في، من، قوات), then the words marked by a set look-up
    spans = ctx.words.spans
    types = {w for _a, _b, w in spans}
    forcing = _forcing_types(types, force)
    forced = [a for a, _b, w in spans if w in forcing]
    if len(forced) >= least:
        return drafts

    # a flight (DEFECT) beside the police (أدلت بشهادتها للشرطة ... قبل أن تتمكن من الفرار) is a victim's or a
    # suspect's, no side left for another: police words do not arm it
    free = frozenset(load_json("event_cues").get("civil_police_free_types", []))
    # the set difference made once, not once per word of the text as the comprehension's condition made it
    unpoliced = force - _cue_words("civil_police_heads", True)
    policing = _forcing_types(types, unpoliced)
    policed = [a for a, _b, w in spans if w in policing]

    def armed(d: Draft) -> bool:
        marks = policed if d.type in free else forced
        k = bisect.bisect_left(marks, d.sentence[0])
        return k < len(marks) and marks[k] < d.sentence[1]

    # قصفت الطائرات مدينة حلب: an attack by a force is conflict news, whoever did it is left unnamed
    if any(d.type == "ATTACK" and armed(d) for d in drafts):
        return drafts
    out = []
    for d in drafts:
        # a named person's own deed is news of that person (تمكنت الناشطة من الفرار بعد أشهر من خطفها)
        # (a leader's meeting is no such deed: التقى رئيس الوزراء نظيره في باريس)
        if d.type in weak and not (d.actor1 is not None and d.actor1.type == "person"
                                   and d.type not in _peace_cues()[0]) and not armed(d) \
                and not _peace_talk(ctx, d):
            continue
        out.append(d)
    return out


def _agrees_with_view(ctx: _Ctx, h: Hit, sent_end: int) -> bool:
    """A verb of agreeing (event_cues agree_bases: اتفق) whose object after مع, within three words, is an opinion,
    an assessment or words said (agreed_opinions; a demonstrative may stand between: اتفق المسؤول مع هذا
    الرأي، يتفق مع تقييم الخبراء، اتفق مع ما قاله) shares a view: no pact is made with anyone."""
    bases, views = _agree_cues()
    if h.type != "COORDINATE" or h.trig.pos == "noun" or h.trig.base not in bases:
        return False
    after = ctx.words.between(h.end, sent_end, limit=6)
    if "مع" not in after[:4]:
        return False
    rest = [w for w in after[after.index("مع") + 1:] if w not in ctx.lex.reference_before][:1]
    return bool(rest) and rest[0] in views


def _closed_institution(ctx: _Ctx, h: Hit, sent_end: int, window: int = 4) -> bool:
    """A verb or noun of closing (event_cues closing_bases: أغلق، يغلق، إغلاق) is a deployment only when what
    is closed is ground, a road or a crossing (إغلاق الطرق، أغلقت القوات المعبر، إغلاق المجال الجوي). With a
    building, an office or a body of state or trade as its object, a subject allowed between, it is a shutdown
    by order (أغلقت السلطات القنصلية الأمريكية، ستغلق المجلس البريطاني، إغلاق موقع التجارب، أغلقت سجنا): event_cues
    closed_institutions, looked for within `window` words of its clause, before any word of ground
    (closed_grounds: الطرق، المعبر، المنطقة) that would make the building a landmark of the closed road."""
    c = cues()
    if h.type != "DEPLOY" or h.trig.base not in c.closing_bases or not c.closed_institutions:
        return False
    text = ctx.doc.text
    i = ctx.words.index_at(h.end - 1)
    for a, _b, w in ctx.words.spans[i + 1:i + 1 + window]:
        if a >= sent_end or _CLAUSE_END.search(text, h.end, a):
            break
        w = _strip_conj(w).removeprefix("ال")
        if w in c.closed_grounds:
            return False
        if w in c.closed_institutions:
            return True
    return False


def _previous_ones(ctx: _Ctx, h: Hit, sent_end: int, adjectives: int = 2) -> bool:
    """An event noun called previous (event_cues previous_words: الاجتماعات السابقة، هجمات سابقة، محادثات كورية
    ثنائية سابقة; up to `adjectives` nisba adjectives between) or followed by في السابق (هجمات في السابق) names
    earlier happenings in general, as background to the news, no event told. A person after the noun (اعتقال
    الزعيم السابق) stops the search: the word qualifies the person."""
    c = cues()
    if h.trig.pos != "noun" or not ctx.words.uses_any(c.previous_words):
        return False  # (no previous-word in the article, or an empty list)
    text = ctx.doc.text
    i = ctx.words.index_at(h.end - 1)
    after = [(a, w) for a, _b, w in ctx.words.spans[i + 1:i + 3 + adjectives] if a < sent_end]
    for k, (a, w) in enumerate(after):
        if _CLAUSE_END.search(text, h.end, a):
            return False
        if w in c.previous_words:
            return True
        if w == "في" and k + 1 < len(after) and after[k + 1][1] in c.previous_words:
            return not _CLAUSE_END.search(text, h.end, after[k + 1][0])
        if k >= adjectives or w.startswith("ال") or not w.endswith(c.previous_nisba_endings):
            return False
    return False


def _habitual(ctx: _Ctx, h: Hit, sent_start: int, sent_end: int) -> bool:
    """A deed of event_cues habitual["types"] told with a word of repetition (habitual["words"]: مرارا،
    مراراً، تكرارا) right before its trigger in its clause (شنت مرارا غارات: the noun the light verb carries) or
    within habitual["reach"] words after it, commas aside (قصفت إسرائيل مرارا أهدافا، وتقصف ميليشيات الحوثي،
    مراراً، الأحياء), is a series of happenings in general, background to the news: no one event is told.
    The repeated threat (هددت تركيا مرارا) is left to the threat rules: a stance said again is still said."""
    if _f(h.type) not in _section_words("habitual", "types"):  # the table is folded, so lower-cased
        return False
    habit = _section_words("habitual", "words")
    before = _reach_words(ctx, h, 1, sent_start)
    if before and _in_list(before[-1], habit):
        return True
    # عادة ما يستهدف، دأبت الميليشيات على استهداف، اعتادت قوات الأمن اعتقال: a verb or phrase of custom
    # governs the deed from a few words before, its subject between; a comma or a new clause ends its reach
    wider = _bare_reach_words(ctx, h, _section_int("habitual", "before_reach"), sent_start)
    if _phrase_in(wider, _section_phrases("habitual", "before_phrases")):
        return True
    reach = _section_int("habitual", "reach")
    return any(_in_list(w, habit) for w in ctx.words.between(h.end, sent_end, limit=reach))


def _undone(ctx: _Ctx, h: Hit, sent_start: int) -> bool:
    """A deed noun right after على that a verb or noun of urging (event_cues undone_governors words: يحرض،
    التحريض، يشجع، شجعهم) governs from within undone_governors reach words before, in its clause (تحرض على
    قتل، يشجع أتباعه على قتل، يحرض فيه على خطف), is a deed urged, not done: no event is told. The urged deed
    is only the masdar under على; a deed in a clause of its own (ثم هاجم مسلحون) is news."""
    if h.trig.pos != "noun":
        return False
    before = _bare_reach_words(ctx, h, _section_int("undone_governors", "reach"), sent_start)
    if not before or before[-1] != _f("على"):
        return False
    governors = _section_words("undone_governors", "words")
    return any(w in governors for w in before[:-1])


#: the marks that open quoted or announced words (`_battle_untold`)
_BATTLE_FLOORS = frozenset(':"«»“”')


def _battle_untold(ctx: _Ctx, h: Hit, sent_start: int, sent_end: int) -> bool:
    """A singular battle noun (event_cues untold_battle bases: معركة، المعركة، معركته) tells a fight only when
    its sentence carries it with a verb of fighting or breaking out (untold_battle verbs) within before_reach
    words before it, commas and all (ويخوض الجيش الحر، الموالي لتركيا، معركة مع الوحدات), or after_reach
    words after it (معركة اندلعت), or when a preposition of place (place_preps) opens one of the after_reach
    words after it with no word of against between (معركة وشيكة في إدلب, coded expected), or a word of a
    battle awaited follows within expected_reach words (معركة إدلب المرتقبة). On unseen articles
    the bare noun was mostly a slogan, an aim, a readiness, a threat, a past war or a back-reference to a
    battle already told (نحن في ذروة معركة ضد الإرهاب، المعركة لم تنته، الاستمرار في معركة تحرير ما تبقى،
    مستعدة لخوض المعركة الحاسمة، نقل المعركة إلى الداخل، خسائرهم في معركة المدينة): no event. The
    plural (معارك) tells fighting by itself and is left alone; a ل on the verb (لخوض) is a purpose, no
    fighting told. A known operation's name after the noun (معركة ردع العدوان) is an operation and stays."""
    if h.trig.pos != "noun" or _f(h.trig.base) not in _section_words("untold_battle", "bases"):
        return False
    verbs = _section_words("untold_battle", "verbs")
    # a colon or a quote opens another speaker's words: a verb before it carries another object (تخوض حربا
    # طويلة، مضيفا: نحن في قلب معركة), while commas of an apposition may stand between
    text = ctx.doc.text
    floor = max([sent_start] + [i + 1 for i in range(sent_start, h.start) if text[i] in _BATTLE_FLOORS])
    before = ctx.words.bare_before(h.start, _section_int("untold_battle", "before_reach"), floor)
    if any(w in verbs for w in before):
        return False
    after = ctx.words.bare_between(h.end, sent_end, limit=_section_int("untold_battle", "after_reach"))
    # المعركة المستمرة، معركة ضارية: a battle described as raging is told (the indefinite مستمرة is left out:
    # معركة بلدها مستمرة ومفتوحة مع الإرهاب is a slogan)
    fought = _section_words("untold_battle", "fought")
    if any(w in fought for w in after) or any(w in verbs for w in ctx.words.bare_between(
            h.end, sent_end, limit=_section_int("untold_battle", "verbs_after_reach"))):
        return False  # معركة تحرير البلدة من التنظيم بدأت فجرا: its verb after its genitives
    against = _section_words("untold_battle", "against")
    for w in after:
        if w in against:
            break
        if w in _section_words("untold_battle", "place_preps"):
            return False
    # معركة إدلب المرتقبة: a battle awaited at a place, an expected event as gold codes it
    expected = _section_words("untold_battle", "expected")
    if any(w in expected for w in ctx.words.bare_between(
            h.end, sent_end, limit=_section_int("untold_battle", "expected_reach"))):
        return False
    index, _nouns, _members = _named_operations()
    folded = ctx.doc.folded
    # only a name right after the noun (a quote between allowed), as _named_operation_hits reads it
    return not any(h.end <= folded.span(m.start, m.end)[0] <= h.end + 2 for m in index.find(folded.text))


def _said_at_meeting(ctx: _Ctx, h: Hit, sent_start: int, sent_end: int) -> bool:
    """A meeting noun (event_cues said_meetings nouns: اجتماع، لقاء) right after في or خلال, with a verb of
    saying (said_meetings verbs: قال، ذكر، أضاف) before it in its clause within `reach` words and no
    complementizer or quote between (the speaker and a time may stand there), is where a statement was made
    (وقال الرئيس التركي في اجتماع في أنقرة إن، وذكر ترامب في اجتماع مع قادة عسكريين أن): the statement is the
    news, the meeting its setting. A complementizer before the meeting puts it inside what is reported (وأضاف
    أن فرنسا ستضغط خلال اجتماع) and a meeting that brought parties together (اللقاء الذي جمعه مع، لقاء بين:
    said_meetings keep_after within three words after) is news of its own, and both stay."""
    if h.type != "COORDINATE" or h.trig.pos != "noun" or h.trig.base not in _section_words("said_meetings", "nouns"):
        return False
    before = _reach_words(ctx, h, _section_int("said_meetings", "reach"), sent_start)
    if not before or _strip_conj(before[-1]) not in _section_words("said_meetings", "preps"):
        return False
    keep = _section_words("said_meetings", "keep_after")
    if any(_in_list(w, keep) for w in ctx.words.between(h.end, sent_end, limit=3)):
        return False
    verbs = _section_words("said_meetings", "verbs")
    comps = ctx.lex.roles.get("complementizers", frozenset())
    i = ctx.words.index_at(h.start)
    # the reach's words with their offsets, nearest last, the preposition left out
    spans = ctx.words.spans[i - len(before):i - 1]
    for a, _b, w in reversed(spans):
        if w in comps:
            return False
        if _in_list(w, verbs):
            # a quote opened between the verb and the meeting starts what is reported (قال: "في اجتماع ...)
            return not any(q in ctx.doc.text[a:h.start] for q in ('"', "«", "“"))
    return False


def _peace_talk(ctx: _Ctx, d: Draft) -> bool:
    """A meeting, talk or pact (event_cues civil_peace_types) whose sentence names a war, a truce, a peace or a
    fight, or prisoners (civil_peace_words: وقعا اتفاق سلام، تثبيت هدنة، اتفاق بشأن الأسرى) deals with armed conflict
    even in an article that names no armed party, so it stands like a deed with a force word; the annotated
    meetings and pacts are all between parties to a conflict or about one, none on trade, Brexit or a summit's
    agenda. On 250 unseen ANT articles the civil-article rule withdrew 73 COORDINATE, 5 of them peace deals
    and truces (kept by this)."""
    types, words = _peace_cues()
    if d.type not in types:
        return False
    return any(_force_word(w, words) for w in ctx.words.between(*d.sentence))


def _armed_progress(ctx: _Ctx, start: int, end: int, opening: list[str]) -> bool:
    """Progress (تقدما) is ground taken only when an armed actor (event_cues conflict_kinds) or a force noun
    (civil_force_words: القوات، الجيش، مسلحين) is named before it in its clause: a candidate, a party or a
    team that makes progress (أول مرشح يساري يحقق تقدما في الانتخابات) takes nothing."""
    kinds, _weak, force, _min = _civil_cues()
    for _m, ent in ctx.doc.mentions_in(start, end, ("actor",)):
        entry = packs.entries_by_id().get(ent.ref) if ent.ref else None
        if entry is None or entry.kind in kinds:  # one with no entry is most often a local armed group
            return True
    return any(_force_word(_strip_conj(w), force) for w in opening)


def _dawn_time(ctx: _Ctx, h: Hit) -> bool:
    """منذ فجر الثلاثاء، حتى فجر السبت، فجر 16 يوليو: a verb spelled like the dawn noun (event_cues
    time_homographs) after a preposition of time (dawn_preps) or before a figure is the noun, whatever else its
    sentence tells: a verb (فجّر) takes neither. On the ANT corpus all 32 such sentences were dawn."""
    c = cues()
    if h.trig.base not in c.time_homographs or h.trig.suffixed or h.trig.pos not in ("past", "noun") or h.prefix:
        return False
    sent = ctx.doc.sentence_of(h.start)
    prev = ctx.words.before(h.start, 1, sent.start)
    if prev and _in_list(prev[0], c.dawn_preps):
        return True
    nxt = ctx.words.between(h.end, sent.end, limit=1)
    return bool(nxt) and nxt[0][:1].isdigit()


_QUOTE_OPEN = "\"«“'"
_QUOTE_CLOSE = "\"»”'"


def _figurative_blast(ctx: _Ctx, h: Hit, limit: int) -> bool:
    """فجّر in its figurative sense, "set off" a feeling or a quarrel, tells no bombing: a subject that is a
    telling or a measure (فجرت تصريحات الوزير، فجّر الفيديو) or an object that is an idea (فجّر غضبا، أزمة،
    جدلا، موجة، خلافا، فضيحة; event_cues figurative_blast_words) in the first two words after the verb, before
    a comma or colon; and the word standing in quotes is a name (مهرجان "فجر" السينمائي). A bomber's own
    object (فجّر انتحاري نفسه، فجروا عبوة) is none of these words."""
    bases, words = _figurative_blast_cues()
    if h.trig.base not in bases:
        return False
    text = ctx.doc.text
    s, e = h.start, h.end
    while s > 0 and text[s - 1] == " ":
        s -= 1
    while e < len(text) and text[e] == " ":
        e += 1
    if s > 0 and e < len(text) and text[s - 1] in _QUOTE_OPEN and text[e] in _QUOTE_CLOSE:
        return True  # مهرجان «فجر»: a name quoted, no deed
    for k, (ws, _, w) in enumerate(ctx.words.spans_from(h.end)):
        if ws >= limit or k >= 2 or _CLAUSE_END.search(text, h.end, ws):
            break
        if {w.removeprefix("ال"), _strip_conj(w).removeprefix("ال")} & words:
            return True  # فيديو keeps its ف, which _strip_conj would take for a conjunction
    return False


#: `_bare_forms` per word type, for the process: the filters ask it of every word of a sentence for each of its
#: triggers (~74,000 calls per 450 articles, ~36 % of them new types). Bounded so a stream of odd text cannot grow it
#: without end; past the bound a word is worked out each time, as before.
_BARE_FORMS: dict[str, tuple[str, ...]] = {}
_BARE_FORMS_MAX = 1 << 17


def _bare_forms(w: str) -> tuple[str, ...]:
    """A folded word with a conjunction, then a ب/ل/ك proclitic and the article taken off, each step kept:
    لقوات، بالحرب، وللسلام، كالهدنة all meet their bare noun."""
    got = _BARE_FORMS.get(w)
    if got is None:
        got = _bare_forms_of(w)
        if len(_BARE_FORMS) < _BARE_FORMS_MAX:
            _BARE_FORMS[w] = got
    return got


def _bare_forms_of(w: str) -> tuple[str, ...]:
    """`_bare_forms` worked out: pure, since `_strip_conj`'s own-initial words are read once per process."""
    w = _strip_conj(w)
    out = [w, w.removeprefix("ال")]
    for p in ("بال", "لل", "كال", "ب", "ل", "ك"):
        if w.startswith(p) and len(w) - len(p) >= 3:
            out.append(w[len(p):].removeprefix("ال"))
            break
    for suffix in ("هما", "هم", "ها", "ه"):  # معاركها، قواته: a possessive pronoun on the noun
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            out.append(w[: -len(suffix)])
            break
    return tuple(out)


def _armed_party(ent: EntityDraft) -> bool:
    """An actor of event_cues conflict_kinds, or one no pack knows (most often a local armed group)."""
    if ent.type != "actor":
        return False
    entry = packs.entries_by_id().get(ent.ref) if ent.ref else None
    return entry is None or entry.kind in _civil_cues()[0]


def _armed_sentence(ctx: _Ctx, s: int, e: int, fighters: frozenset[int]) -> bool:
    """Whether a sentence names armed conflict: an armed party (event_cues conflict_kinds, or an actor no pack
    knows, most often a local armed group), a party the article shows fighting (`fighters`: the doers and
    targets of its attacks and seizures, ids of entities), a force or weapon word (civil_force_words), a word
    of war, truce or prisoners (civil_peace_words) or of fighting and its settlement
    (coordination_conflict_words: مواجهات، التصعيد، المعتقلين)."""
    for _m, ent in ctx.doc.mentions_in(s, e, ("actor",)):
        if _armed_party(ent) or id(ent) in fighters:
            return True
    words = _civil_cues()[2] | _peace_cues()[1] | _coordination_cues()[0]
    return any(f in words for w in ctx.words.between(s, e) for f in _bare_forms(w))


def _quote_open(text: str, start: int, end: int) -> bool:
    """Whether a quotation opened in text[start:end] is still open at its end: more opening marks than closing
    ones, the straight double quote counted by its parity."""
    part = text[start:end]
    return part.count("«") + part.count("“") > part.count("»") + part.count("”") or part.count('"') % 2 == 1


def _civil_coordination(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """A meeting, talk, pact or alliance (COORDINATE) none of whose sentences names an armed party, a party the
    article shows in arms, or a word of war, force or fighting (`_armed_sentence`) is diplomacy, trade,
    politics or elections, even in an article of war (التقى الوزير نظيره، اتفاق المناخ، شريك في التجارة،
    تشكيل تحالف مع أحزاب أخرى): the annotated COORDINATE events are all between parties to a conflict or
    about one. A quote opened in the sentence before and still open goes on from it, so that sentence counts
    too (قال: "... بذلك. ولكنهم حصلوا على توجيهات من أحد").
    A party in arms is a doer or target of a deed of coordination_fight_types (attack, seizure, deployment,
    threat) whose own sentence names arms, of coordination_fighter_kinds (a state, a government, a force):
    Turkey that threatens an offensive makes its working group with Washington conflict talk, and talks
    with a side so named (محادثات مع النظام) stay. In an article of war, talks on "the file", "the issue" or
    "the situation" (coordination_topic_words) are on its war and stay too.
    On 250 unseen ANT articles this withdrew 30 of 105 COORDINATE: 27 no conflict talk (a missing journalist,
    a coalition government, trade, an election), 3 unclear, 2 of them retellings of talks still kept.
    Run after the retellings were merged, so a civil telling dropped leaves no later one standing alone."""
    _words, fight_types, fight_kinds, topics = _coordination_cues()
    by_id = packs.entries_by_id()
    none: frozenset[int] = frozenset()
    fighters = frozenset(id(x) for d in drafts if d.type in fight_types for x in (d.actor1, d.actor2)
                         if x is not None and x.type == "actor" and x.ref and x.ref in by_id
                         and by_id[x.ref].kind in fight_kinds and _armed_sentence(ctx, *d.sentence, none))
    doc = ctx.doc
    # an article of war: an armed party named, or a state or government in arms
    war = bool(fighters) or any(_armed_party(ent) for _m, ent in doc.mentions_in(0, len(doc.text), ("actor",)))
    out = []
    for d in drafts:
        if d.type == "COORDINATE":
            spans = {(sent.start, sent.end) for sent in (doc.sentence_of(h.start) for h in d.hits)} | {d.sentence}
            k = _sent_index(doc, min(a for a, _b in spans))
            if 0 < k < len(doc.sentences) and _quote_open(doc.text, doc.sentences[k - 1].start, doc.sentences[k].start):
                prev = doc.sentences[k - 1]
                spans.add((prev.start, prev.end))
            # a party in arms the sentence names as a side (محادثات مع النظام: the regime that fights)
            sided = any(x is not None and id(x) in fighters and _named_in_sentence(ctx, x, d.sentence)
                        for x in (d.actor1, d.actor2))
            # لبحث الملف، سيناقش القضية: talks on the file or the situation, definite and named no further, are
            # on the article's own matter, in an article of war its war
            topical = war and any("ال" in w[:5] and any(f in topics for f in _bare_forms(w))
                                  for w in ctx.words.between(*d.sentence))
            if not sided and not topical and not any(_armed_sentence(ctx, a, b, fighters) for a, b in spans):
                continue
        out.append(d)
    return out


def _bare_window(ctx: _Ctx, h: Hit, window: int) -> int:
    """سيطرت قوات التحالف العربي والمقاومة اليمنية بإسناد إماراتي على مناطق جديدة; سيطر الجيش في محافظة تعز،
    جنوب غربي اليمن، الثلاثاء، على جبل: a bare verb of a conditional entry with a bare_window reaches its word
    (على) past a long subject and asides. The same letters with a pronoun (سيطرته، سيطرتها، which fold like the
    noun سيطرة: بمناطق سيطرتها، الخاضعة لسيطرة) keep the short window: they are mostly the noun of control."""
    spec = _bare_windows().get(h.trig.cond)
    if spec is None:
        return window
    form = _strip_conj(fold_text(ctx.doc.text[h.start:h.end]).strip())
    return spec[1] if form in spec[0] else window


def _other_senses(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """A word of attack, fight or killing (event_cues other_sense_types) in a sentence of sport, weather or
    accident, culture, sanctions, freedoms or sexual harassment (other_sense_words: مباراة، المنتخب، العاصفة،
    الإعصار، حريق، تصادم، مسلسل، العقوبات، الديمقراطية، الاعتداء الجنسي، تحرش) takes that sense: the
    Belgian side's sweeping attack, deaths the storm caused, fighting for democracy, sanctions that target a
    bank. It is no armed deed unless the sentence names an armed party (event_cues conflict_kinds, or an
    actor no pack knows), a force or weapon word (civil_force_words) or a word of fire (other_sense_blockers:
    قصف، غارة، قذيفة، انفجار): a fire the shelling lit, a match the militia stormed stay. A sense lexicon
    rather than rules per phrase, so the same words tell the sense of any trigger of these types. Words of
    elections are no such sense (a killing at a protest is told beside a call for early elections), nor a play
    or a film: a strike called staged (الهجوم مسرحية مدبرة) is still a strike."""
    types, words, blockers = _other_sense_cues()
    if not types or not words:
        return drafts
    force = _civil_cues()[2] | blockers
    out = []
    for d in drafts:
        if d.type in types:
            forms = _sentence_forms(ctx, d)
            if any(f in words for fs in forms for f in fs) and not _force_or_armed(ctx, d, force, forms):
                continue
        out.append(d)
    return out


def _indefinite_or_verb(ctx: _Ctx, h: Hit) -> bool:
    """A verb, or an indefinite accusative noun (شن هجوما عنيفا على السفير، واصفا إياه): the forms of an attack
    whose words after it (event_cues verbal_attack_words: قائلا، واصفا، منتقدا، تصريحات) tell it was made in
    words. Any other noun stays, however a speech after it goes on: a definite one (ندد بالهجوم في كلمة) names
    an attack told before, and on the ANT corpus a construct or genitive one was a real attack a statement
    then claimed or told of (مسؤوليتها عن هجوم فاراه في بيان ... قائلة؛ بتنفيذ هجوم الطعن ... قائلة)."""
    if h.trig.pos != "noun":
        return True
    w = _strip_conj(fold_text(ctx.doc.text[h.start:h.end]).strip())
    return not w.startswith(("ال", "بال", "لل", "كال")) and w.endswith("ا")


def _noun_withdrawn(ctx: _Ctx, h: Hit, sent_end: int, nouns: list[Hit]) -> bool:
    """A lone light verb whose event noun right after it (within light_window words of its clause) was found and
    then withdrawn (an attack in words: شن هجوما عنيفا على السفير واصفا إياه; negated, threatened, figurative)
    carries that noun's reading, no event of its own by its default type."""
    kept = {n.start for n in nouns}
    for n in ctx.raw_hits:
        if n.start < h.end or n.start >= sent_end or n.trig.pos != "noun" or n.start in kept:
            continue
        if _unmet_not_trigger(ctx, n):
            continue  # شنت إسرائيل عدوانا جديدا على غزة: a noun its condition never made a trigger withdraws nothing
        between = ctx.words.between(h.end, n.start)
        if len(between) <= ctx.lex.light_window and not _CLAUSE_END.search(ctx.doc.text, h.end, n.start):
            return True
    return False


def _in_facility(ctx: _Ctx, h: Hit, floor: int) -> bool:
    """An event noun in construct right after the head of a facility or setting (event_cues facility_heads:
    مركز، غرفة، خطوط، مرمى، ساحة، مقر، معسكر، سجن; under ل or ب too: بمراكز) names the place, not a happening:
    مراكز الاحتجاز in a torture report, غرفة العمليات المشتركة, خطوط التماس, في مرمى نيرانها. An attack on such a
    place (قصفت الطائرات مركز الاحتجاز) is still told, by its own attack verb, which this rule does not touch."""
    heads = _cue_words("facility_heads", bare=True)
    # any joined letter before the noun (وحصولهم، بالاعتقال) is coordination or a preposition, no construct:
    # «في محيط السجن وحصولهم على السلاح» tells a deed beside the prison
    if not heads or h.trig.pos != "noun" or h.prefix:
        return False
    return bool(_prev_word_forms(ctx, h, floor) & heads)


def _threat_to_civil(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """A threat noun (تهديد، تهديدات) whose object, right after it, is a thing of civil life (event_cues
    threat_civil_objects: تهديد للاقتصاد، تهديدا للصحة العامة، يشكل تهديدا على البيئة، تهديد الأمن الغذائي,
    one preposition of threat_civil_preps allowed between) tells a danger to the economy, health or the
    environment, no armed threat, unless its sentence names an armed party or a force or weapon word
    (civil_force_words): then a side may stand behind it. Only what the threat is of or to is read, never
    whether a deed follows it: a bare threat noun with nothing after it (لغة التهديد) is still THREATEN."""
    objects, preps, window = _threat_civil_cues()
    if not objects:
        return drafts
    force = _civil_cues()[2]
    text = ctx.doc.text
    out = []
    for d in drafts:
        h = d.head
        if d.type == "THREATEN" and h.trig.pos == "noun":
            ws: list[str] = []
            for k, (s, _, w) in enumerate(ctx.words.spans_from(h.end)):
                if s >= d.sentence[1] or k > window or _CLAUSE_END.search(text, h.end, s):
                    break
                if w.startswith("و") and not ws:
                    break  # تهديدات واعتداءات: a second noun joined to the trigger, not its object
                ws.append(w)
            if ws and ws[0] in preps:
                ws = ws[1:]
            # the object, or its adjective right after it (الأمن الغذائي، الصحة العامة); no joined noun
            hit = any(set(_bare_forms(w)) & objects for w in ws[:window] if not w.startswith("و"))
            if hit and not _force_or_armed(ctx, d, force, _sentence_forms(ctx, d)):
                continue
        out.append(d)
    return out


def _unarmed_supply(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """A sale, funding or supply (SUPPLY) stands only in a sentence of arms or armed sides: a weapon, a force
    or a fighter word (event_cues supply_arms_words: أسلحة، ذخائر، صواريخ، الميليشيات، الإرهاب) or an armed
    party named (event_cues conflict_kinds, or an actor no pack knows). The same verbs and masdars (بيع، باع،
    تمويل، زوّد، اشترى، رشوة) tell a shop sold, a campaign funded, a camera that provides pictures, a bribe
    in a trial: on unseen news articles most SUPPLY events with none of these in their sentence were such
    civil deals. The ontology's SUPPLY is of weapons, money or equipment to a side, which its sentence names;
    a word of police or security alone (civil_force_words has them) is no such side, so the list is its own."""
    # folded with and without the article: ألغام folds to الغام, which must not lose its first letters
    arms = _cue_words("supply_arms_words") | _cue_words("supply_arms_words", bare=True)
    if not arms:
        return drafts
    def named(w: str) -> bool:
        # a pronoun on a feminine noun turns its ة into ت (أسلحتها، ذخيرته): the noun is met either way
        return any(f in arms or (f.endswith("ت") and f[:-1] + "ه" in arms) for f in _bare_forms(w))

    out = []
    for d in drafts:
        if d.type == "SUPPLY" and not any(named(w) for w in ctx.words.between(*d.sentence)) and not any(
                _armed_party(ent) for _m, ent in ctx.doc.mentions_in(*d.sentence, ("actor",))):
            continue
        out.append(d)
    return out


def _threat_endangers(ctx: _Ctx, h: Hit, sent_end: int, reach: int = 4) -> bool:
    """A threatening verb whose object is a thing kept safe (event_cues endangered_objects: أمن، سلامة، حياة،
    استقرار، السلام، مستقبل، وجود، بقاء، الملاحة; with a pronoun: أمنها، وجودها) tells a danger, no threat
    made: الألغام تهدد حياة المدنيين، إيران تهدد استقرار المنطقة، ممارسات تهدد الأمن القومي، قضايا الفساد
    تهدد بقاء نتنياهو. Whoever is the subject, a party too (الحوثيون الذين يهددون السلام العالمي), the verb
    names a harm feared, no armed action announced: on the ANT corpus all of ~120 such verbs were of this
    kind. The object is the first word after the verb, past fillers (أيضا، حتى، فقط) and a name of a party
    (تهدد الميليشيات أمن المنطقة); a clause stop ends the reach. The masdar (event_cues endangered_masdars:
    تهديد استقرار الخليج، بتهديد شرعية الحكومة) reads its genitive the same way."""
    if h.type != "THREATEN" or h.trig.pos not in ("past", "present", "noun") or " " in h.trig.base:
        return False
    if h.trig.pos == "noun" and not _cue_words("endangered_masdars") & {
            _strip_conj(_f(ctx.doc.text[h.start:h.end])).removeprefix("ال")}:
        return False  # تهديدات ميليشيات الحوثي للملاحة: only the singular masdar governs its object
    objects = _cue_words("endangered_objects", bare=True) | _cue_words("endangered_objects")
    if not objects:
        return False
    fillers = _cue_words("endangered_fillers")
    text = ctx.doc.text
    names = [(m.start, m.end) for m, _ in ctx.doc.mentions_in(h.end, sent_end, ACTOR_TYPES)]
    for k, (s, e, w) in enumerate(ctx.words.spans_from(h.end)):
        if s >= sent_end or k >= reach or _CLAUSE_END.search(text, h.end, s):
            return False
        if w in fillers or any(a <= s and e <= b for a, b in names):
            continue
        forms = set(_bare_forms(w))
        # a pronoun on the noun (أمننا، سلامتها، وجودها): نا is not one _bare_forms takes off, and ة turns ت
        forms |= {f[:-2] for f in forms if f.endswith("نا") and len(f) > 4}
        forms |= {f[:-1] + "ه" for f in forms if f.endswith("ت")}
        return bool(forms & objects)
    return False


def _handed_thing(ctx: _Ctx, h: Hit, sent_end: int, reach: int = 6) -> bool:
    """A word of handing over (TRANSFER: سلّم، تسلّم، تسليم) whose object is a letter, a prize, a body, an
    office or a file (event_cues handed_things: رسالة، جائزة، جثة، جثمان، السلطة، قيادة، مهام، ملف، دعوة)
    moves no prisoner or person between sides: سلّمه دعوة رسمية، تسلمها الجائزة، سُلّمت جثته لأسرته، تسليم
    السلطة إلى خلفه. The object is one of the first three words after the trigger in its clause, before any
    preposition (handed_stops: سلمت المعتقلين إلى السلطات names the detainees moved; سلم المبعوث الرئيس رسالة a
    letter). A past form right after a preposition (في سلم قيادة الحزب، على سلم الإدارة، عبر سلم) is
    the noun ladder, no verb at all. The reach is six words, so that a subject with a title and a long name, or
    a kin noun and a name, may stand before the object (سلم المبعوث الجنرال كيم يونغ تشول رسالة، يسلم الزعيم
    ابنه تيمور السلطة), the words of a named party not counted; a relative word ends it, as the clause then
    is another one."""
    if h.type != "TRANSFER":
        return False
    things = _cue_words("handed_things", bare=True) | _cue_words("handed_things")
    if not things:
        return False
    if h.trig.pos == "past" and not h.prefix:
        prev = ctx.words.before(h.start, 1, ctx.doc.sentence_of(h.start).start)
        if prev and prev[-1] in _cue_words("ladder_preps"):
            return True
    text = ctx.doc.text
    names = [(m.start, m.end) for m, _ in ctx.doc.mentions_in(h.end, sent_end, ACTOR_TYPES)]
    stops = _cue_words("handed_stops")
    k = 0  # the words passed, a named party's words not counted
    for s, e, w in ctx.words.spans_from(h.end):
        # the object stands within the first words, before any preposition (سلمت المعتقلين إلى السلطات)
        if s >= sent_end or k >= reach or _CLAUSE_END.search(text, h.end, s) or w in stops \
                or _strip_conj(w) in cues().relatives:
            return False
        if any(a <= s and e <= b for a, b in names):
            continue
        k += 1
        forms = set(_bare_forms(w))
        forms |= {f[:-1] + "ه" for f in forms if f.endswith("ت")}  # جثتها، رسالته: ة turns ت before a pronoun
        if forms & things:
            return True
    return False


def _b_noun_unlit(light: Hit, noun: Hit) -> bool:
    """A noun trigger under ب after a light verb that does not take its noun under ب (event_cues
    light_b_bases: قام بقصف، بدأت بقصف are carried; اتهم خلال مؤتمر عقده في أنقرة القوات الكردية بقصف القرى is
    not: the ب-noun is the accused deed, and the verb belongs to the meeting)."""
    return "ب" in noun.prefix and light.trig.base not in cues().light_b_bases


def _dawn_unarmed(ctx: _Ctx, start: int, end: int) -> bool:
    """A dawn word with a day after it (فجر الخميس) standing alone in its sentence is read as the verb فجّر
    only where the sentence still names a weapon, a force or a harm (supply_arms_words, dawn_event_words:
    صاروخين، قذيفة، عبوة، قتلى), which the misread type then catches (سقط صاروخان فجر الثلاثاء); with none
    (a dateline, وصل الوفد فجر الخميس، أعلنت الوزارة فجر اليوم) it is only the time, no bombing."""
    words = (_cue_words("dawn_event_words") | _cue_words("dawn_event_words", bare=True)
             | _cue_words("supply_arms_words") | _cue_words("supply_arms_words", bare=True))
    if not words:
        return False
    return not any(f in words for w in ctx.words.between(start, end) for f in _bare_forms(w))


_OPEN_QUOTES = "\"«“'"


def _coalition_named(ctx: _Ctx, h: Hit, limit: int) -> bool:
    """The coalition noun (coalition_bases) right before a quoted name (تحالف "قوات سوريا الديمقراطية"،
    تحالف «الفتح») heads the name of a standing body, no pact made."""
    if h.type != "COORDINATE" or h.trig.base not in cues().coalition_bases or h.trig.suffixed:
        return False
    rest = ctx.doc.text[h.end:min(limit, h.end + 3)].lstrip()
    return bool(rest) and rest[0] in _OPEN_QUOTES


def _prep_masdar_homograph(ctx: _Ctx, h: Hit, floor: int) -> bool:
    """A present-tense trigger right after a preposition or a word of cause (event_cues masdar_preps,
    harm_causes) cannot be the verb, which never follows one: spelled alike, it is the masdar of another verb
    (event_cues prep_masdar_homographs: جراء تنشّق الغاز is inhaling, no defection; بسبب تهرّب الشركة من
    الضرائب is evasion). Only listed forms: a present form after جراء may be its own event's masdar
    (جراء تفجّر عبوة)."""
    words = _cue_words("prep_masdar_homographs")
    if not words or h.trig.pos != "present" or h.trig.base not in words or h.prefix:
        return False
    prev = ctx.words.before(h.start, 1, floor)
    return bool(prev) and (_in_list(prev[0], cues().masdar_preps)
                           or _in_list(prev[0], _cue_words("harm_causes")))


def _purpose_masdar(h: Hit) -> bool:
    """A noun trigger under the ل of purpose that event_cues purpose_objects lists (لدحر، لهزيمة، لطرد)."""
    return h.trig.pos == "noun" and h.prefix.endswith("ل") and "ل" + h.trig.base in _cue_words("purpose_objects")


def _coalition_backer(ctx: _Ctx, h: Hit, floor: int) -> bool:
    """The coalition noun (coalition_bases) in a من/ب-phrase after a backing word (event_cues backing_words:
    بمساندة من التحالف، بدعم من التحالف الدولي، مدعومة من التحالف، مدعومة بالتحالف) is the backer of the force
    described, the standing coalition: no pact made. The bare genitive (بدعم التحالف) is coalition_holders'."""
    if h.type != "COORDINATE" or h.trig.base not in cues().coalition_bases:
        return False
    backing = cues().backing_words
    prev = ctx.words.bare_before(h.start, 2, floor)
    if h.prefix.endswith("ب"):
        return bool(prev) and prev[-1] in backing
    return len(prev) == 2 and prev[1] == "من" and prev[0] in backing


def _police_force(entry: packs.PackEntry) -> bool:
    """A state's police (a state_force whose Arabic name opens with a police head, event_cues
    civil_police_heads: الشرطة الفرنسية، شرطة لندن) polices crime: naming it does not make an article one of
    armed conflict, so its flights from the scene and its seizures of stolen goods keep their civil sense
    (the ontology's DEFECT is a flight of members to another side, not a suspect's from the police)."""
    heads = _cue_words("civil_police_heads", bare=True)
    if entry.kind != "state_force" or not heads or not entry.name_ar:
        return False
    first = fold_text(entry.name_ar).split()[:1]
    return bool(first) and first[0].removeprefix("ال") in heads


def _governed_from_before(ctx: _Ctx, start: int, floor: int, window: int, governors: frozenset[str]) -> bool:
    """Whether one of `governors` stands within `window` words before `start` in its clause (not before
    `floor`, no clause end between): the word that makes a noun a judgement or a sentence, not a deed."""
    return _governor_before(ctx, start, floor, window, governors) is not None


def _governor_before(ctx: _Ctx, start: int, floor: int, window: int, governors: frozenset[str]) -> int | None:
    """The word index of the nearest of `governors` within `window` words before `start` in its clause (see
    `_governed_from_before`), or None."""
    i = ctx.words.index_at(start)
    lo = max(i - window, 0)
    for k in range(i - 1, lo - 1, -1):
        a, b, w = ctx.words.spans[k]
        if a < floor or _CLAUSE_END.search(ctx.doc.text, b, start):
            return None
        if _strip_conj(w) in governors:
            return k
    return None


@cache
def _judged_blow_cues() -> tuple[frozenset[str], frozenset[str], int]:
    """event_cues judged_blow_nouns, judging_verbs (folded) and judged_blow_window."""
    d = load_json("event_cues")
    return (frozenset(fold_text(w) for w in d.get("judged_blow_nouns", [])),
            frozenset(fold_text(w) for w in d.get("judging_verbs", [])), int(d.get("judged_blow_window", 4)))


def _judged_blow(ctx: _Ctx, h: Hit, floor: int) -> bool:
    """An indefinite blow noun (event_cues judged_blow_nouns: ضربة، ضربات) that a verb of constituting or
    judging governs within judged_blow_window words of its clause (judging_verbs: شكلت استقالة الوزير ضربة
    للحكومة، تمثل الخطوة ضربة قاسية لبكين، يعد القرار ضربة): the predicate of a judgement on some other
    happening, a blow to a government, a plan or a party, no strike. The strike a sentence tells (شكلت الغارات
    ضربة قاسية للمسلحين) keeps its own trigger; a definite blow (شكلت الضربة الأمريكية تحولا) is a strike
    named as the subject and stays."""
    nouns, verbs, window = _judged_blow_cues()
    if h.type != "ATTACK" or h.trig.pos != "noun" or not nouns:
        return False
    if _strip_conj(fold_text(ctx.doc.text[h.start:h.end]).strip()) not in nouns:
        return False
    return _governed_from_before(ctx, h.start, floor, window, verbs)


@cache
def _sentencing_cues() -> tuple[frozenset[str], frozenset[str], int]:
    """event_cues sentence_nouns, sentencing_words (folded) and sentencing_window."""
    d = load_json("event_cues")
    return (frozenset(fold_text(w) for w in d.get("sentence_nouns", [])),
            frozenset(fold_text(w) for w in d.get("sentencing_words", [])), int(d.get("sentencing_window", 5)))


def _sentenced(ctx: _Ctx, h: Hit, floor: int) -> bool:
    """A penalty noun under ب (event_cues sentence_nouns: بإعدام) that a word of sentencing governs within
    sentencing_window words of its clause (sentencing_words: أصدرت المحكمة حكما بإعدام ثلاثة، قضت المحكمة
    بإعدام، أيدت الحكم بإعدامه): a court's sentence, no killing done. An execution carried out (أعدم التنظيم
    ثلاثة شبان، نفذت السلطات الإعدام) has no such ب and stays."""
    nouns, words, window = _sentencing_cues()
    if h.type != "ATTACK" or h.trig.pos != "noun" or not nouns or not h.prefix.endswith("ب"):
        return False
    if h.trig.base not in nouns:
        return False
    return _governed_from_before(ctx, h.start, floor, window, words)


@cache
def _crossing_cues() -> tuple[frozenset[str], frozenset[str], int]:
    """event_cues crossing_nouns, illicit_words (folded) and illicit_window."""
    d = load_json("event_cues")
    return (frozenset(fold_text(w) for w in d.get("crossing_nouns", [])),
            frozenset(fold_text(w) for w in d.get("illicit_words", [])), int(d.get("illicit_window", 8)))


def _lawful_crossing(ctx: _Ctx, h: Hit, sent_start: int, sent_end: int) -> bool:
    """A bare crossing noun of SMUGGLE (event_cues crossing_nouns: عبور، العبور، عبوره) with no word of
    smuggling, secrecy, irregularity or payment (illicit_words: مهربين، خلسة، سرية، غير شرعية، مقابل، رشاوى)
    within illicit_window words either side in its sentence: a traveller at a border, a relief convoy, troops
    over a river, no illicit movement (لدى عبوره الحدود، عبور قوافل إغاثية، عبور قناة السويس). A smuggler's
    crossing names him or his price (ضبطت الشرطة مهربين حاولوا عبور الحدود، عبور الحدود خلسة مقابل مبالغ)."""
    nouns, illicit, window = _crossing_cues()
    if h.type != "SMUGGLE" or h.trig.pos != "noun" or h.trig.base not in nouns:
        return False
    near = ctx.words.before(h.start, window, sent_start) + ctx.words.between(h.end, sent_end, limit=window)
    return not any(_strip_conj(w) in illicit or w in illicit for w in near)


def _threat_received(ctx: _Ctx, h: Hit, sent_start: int, sent_end: int, reach: int = 8) -> bool:
    """A threat noun that someone receives or is exposed to (event_cues threat_receive_verbs: تلقى، تلقت، يتلقى،
    تعرض، يتعرضون; within `reach` words before it in its clause: تلقت الصحفية تهديدات بالقتل، يتعرض المراسلون
    لضغوط وتهديدات) tells what a person or a newspaper got, no armed action a party announced (the ontology's
    THREATEN), unless an armed party (conflict_kinds, or one no pack knows) is named after the noun in its
    sentence: تعرضت القوات لتهديدات من الميليشيات keeps the side behind it."""
    if h.type != "THREATEN" or h.trig.pos != "noun":
        return False
    verbs = _cue_words("threat_receive_verbs")
    if not verbs:
        return False
    text = ctx.doc.text
    spans = ctx.words.spans
    i = ctx.words.index_at(h.start)
    got = False
    for j in range(i - 1, max(i - 1 - reach, -1), -1):
        s, e, w = spans[j]
        if s < sent_start or _CLAUSE_END.search(text, e, h.start):
            break
        if _strip_conj(w) in verbs or w in verbs:
            got = True
            break
    return got and not any(_armed_party(ent) for _m, ent in ctx.doc.mentions_in(h.end, sent_end, ("actor",)))


def _press_attack(ctx: _Ctx, h: Hit, sent_start: int, reach: int = 2) -> bool:
    """A verb of attacking (event_cues verbal_attack_bases: هاجم، يهاجم) whose subject is the press or a
    speaker's medium (event_cues verbal_attack_doers: الصحافة، الصحف، وسائل الإعلام، صحيفة، افتتاحية, right
    after the verb or right before it) is an attack in words, whatever follows: هاجمت الصحافة الوزير،
    الصحف الموالية تهاجم المعارضة. No newspaper takes up arms, so no force word is asked for."""
    if h.trig.pos not in ("past", "present") or h.trig.base not in cues().verbal_attack_bases:
        return False
    doers = _cue_words("verbal_attack_doers", bare=True)
    if not doers:
        return False
    near = ctx.words.between(h.end, ctx.doc.sentence_of(h.start).end, limit=reach) + ctx.words.before(
        h.start, 1, sent_start)
    return any(f in doers for w in near for f in _bare_forms(w))


def _trade_threat(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """A threat (THREATEN) in a sentence of trade or money (event_cues trade_threat_words: التجارية، الرسوم،
    الجمركية، التعريفات، الصادرات، البضائع، الليرة) that names no force or weapon word (civil_force_words) and no
    armed party (conflict_kinds, or an actor no pack knows) is a threat of tariffs, a trade war or a measure
    against traders: تنفيذا لتهديدات ترامب في حربه التجارية، هدد بفرض رسوم على الواردات. The ontology's
    THREATEN is a threat of military action, which such a sentence does not tell."""
    trade = _cue_words("trade_threat_words", bare=True)
    if not trade or not any(d.type == "THREATEN" for d in drafts):
        return drafts
    # boats, warships and a strait are force words here: a threat to tankers or to close Hormuz is naval
    force = _civil_cues()[2] | _cue_words("trade_threat_force_words", bare=True)
    out = []
    for d in drafts:
        if d.type == "THREATEN":
            forms = _sentence_forms(ctx, d)
            if any(f in trade for fs in forms for f in fs) and not _force_or_armed(ctx, d, force, forms):
                continue
        out.append(d)
    return out


def _closure_of_civil(deed: list[str]) -> bool:
    """A threat to close (event_cues threat_closure_deeds: إغلاق، غلق) a civil object (threat_closure_civil_objects:
    مطارات، مدارس، سفارات، مكاتب، محلات) is a measure, no military threat: هدد بإغلاق المطارات أمام الرحلات.
    Closing a strait or the borders (بإغلاق مضيق هرمز، بإغلاق الحدود) names no such object and stays a threat."""
    closures = _cue_words("threat_closure_deeds")
    objects = _cue_words("threat_closure_civil_objects")
    return len(deed) >= 2 and deed[0] in closures and deed[1] in objects


def _fear_parts(ctx: _Ctx, hits: list[Hit], cs: int, ce: int) -> list[tuple[int, int, list[Hit]]]:
    """A clause's hits parted where a word of fear, warning or expectation (event_cues fear_split_words:
    مخاوف، توقعات، تخشى، تحذيرات) stands between two of them, or where a time subordinator (time_subordinators:
    بعد، عقب) stands between a hit such a word governs from before it and a later one. The deed on one side
    is told as done and the one on the other only feared (قصفت القوات البلدة وسط مخاوف من هجوم وشيك;
    تخشى الفصائل هجوما للقوات بعد أن قصفت مدفعيتها القرية): one draft would give both one modality and one
    set of parties. Each part is (start, end, hits); one part, the whole clause, when there is no such word."""
    if len(hits) < 2:
        return [(cs, ce, hits)]
    fear = _cue_words("fear_split_words")
    subs = cues().time_subordinators
    words = [(s, w) for s, _e, w in ctx.words.bare[slice(*ctx.words.run_of(cs, ce))]]
    if not any(w in fear for _s, w in words):
        return [(cs, ce, hits)]
    ordered = sorted(hits, key=lambda h: h.start)
    parts: list[tuple[int, int, list[Hit]]] = []
    start, cur = cs, [ordered[0]]
    feared = any(w in fear for s, w in words if start <= s < ordered[0].start)
    for prev, nxt in itertools.pairwise(ordered):
        gap = [(s, w) for s, w in words if prev.end <= s < nxt.start]
        cut = next((s for s, w in gap if w in fear), None)
        if cut is None and feared:
            cut = next((s for s, w in gap if w in subs), None)
        if cut is None:
            cur.append(nxt)
            continue
        parts.append((start, cut, cur))
        start, cur = cut, [nxt]
        feared = any(w in fear for s, w in gap if s >= cut)
    parts.append((start, ce, cur))
    return parts


def _definite_hit(ctx: _Ctx, h: Hit) -> bool:
    """The trigger carries the article, in its own letters (الهجوم) or in the proclitics read off it (بالهجوم،
    وللقصف as و + ل + ال): one test for the rules here and in merge that tell a happening named as known from
    one introduced (هجوم)."""
    return ctx.doc.text[h.start:h.end].startswith("ال") or h.prefix.endswith("ال")


def _dated_known_parts(ctx: _Ctx, parts: list[tuple[int, int, list[Hit]]]) -> list[tuple[int, int, list[Hit]]]:
    """A part cut where a time subordinator (time_subordinators: بعد، عقب) stands right after a definite event
    noun and opens on a later hit (ووقع الهجومان بعد ضربة جوية للقوات الأميركية ضد متشددي الحركة، وقع الانفجار
    بعد غارة على مواقع الحركة): the definite noun names a happening already known, the deed after the
    subordinator an earlier one that dates it, with its own doer and place. One draft would give the deed the
    known happening's roles and lose it when the known one is folded into its first telling."""
    subs = cues().time_subordinators
    out: list[tuple[int, int, list[Hit]]] = []
    for ps, pe, part in parts:
        ordered = sorted(part, key=lambda h: h.start)
        start, cur = ps, [ordered[0]]
        for prev, nxt in itertools.pairwise(ordered):
            gap = ctx.words.spans_at(prev.end, 1)
            definite = prev.trig.pos == "noun" and prev.light is None and _definite_hit(ctx, prev)
            if (definite and gap and gap[0][1] <= nxt.start and _strip_conj(gap[0][2]) in subs
                    and not ctx.doc.text[prev.end:gap[0][0]].strip()):
                out.append((start, gap[0][0], cur))
                start, cur = gap[0][0], [nxt]
            else:
                cur.append(nxt)
        out.append((start, pe, cur))
    return out


def _reported_toll(ctx: _Ctx, h: Hit, floor: int) -> bool:
    """A death noun under ب after a verb of reporting or admitting, its teller between (event_cues
    casualty_report_verbs: أفادت مصادر محلية، الأحد، بمقتل 12 من …، اعترفت الجماعة بمصرع قائدها): the ب is the
    verb's and the toll is the news told, not a charge or a cause (اتهمه بمقتل، تنديدا بمقتل), so it tells its
    attack as a bare one does."""
    if h.prefix.strip("وف") != "ب":
        return False
    verbs = _cue_words("casualty_report_verbs")
    reach = int(load_json("event_cues").get("casualty_report_reach", 5))
    return any(_in_list(w, verbs) for w in ctx.words.before(h.start, reach, floor))


def _spoken_attack(ctx: _Ctx, h: Hit, sent_start: int, sent_end: int) -> bool:
    """An attack verb or indefinite attack noun (event_cues verbal_attack_bases) made in words, by one of three
    signals, all data: (a) a verbal adjective right after the noun (verbal_attack_adjectives: لاذعا، حادا،
    كلاميا، إعلاميا، شديد اللهجة: no armed attack is so described); unless a weapon, force or casualty word
    (verbal_attack_armed_words) is in the sentence, (b) a person doer (a person mention, or an official's
    title of verbal_attack_persons: الرئيس، الوزير، النائب) next to the trigger AND a medium word in the
    sentence (verbal_attack_media: كلمة، خطاب، تغريدة، تويتر، مقابلة، مؤتمر، محاضرة، متهما), or (c) the
    object is the press, an idea or a policy (verbal_attack_targets: الصحافة، الإعلام، سياسة، قرار، فكرة).
    A doer that is an armed party (an actor of conflict_kinds, or one no pack knows) keeps the attack."""
    c = cues()
    if h.trig.base not in c.verbal_attack_bases or not _indefinite_or_verb(ctx, h):
        return False
    after = ctx.words.between(h.end, sent_end, limit=3)
    adjectives = _cue_words("verbal_attack_adjectives", bare=True)
    if h.trig.pos == "noun" and any(f in adjectives for w in after for f in _bare_forms(w)):
        return True
    armed = _cue_words("verbal_attack_armed_words", bare=True)
    sent_words = ctx.words.between(sent_start, sent_end)
    if any(f in armed for w in sent_words for f in _bare_forms(w)):
        return False
    # a title may open a long subject before a light verb's noun (شن رئيس جهاز الاستخبارات الداخلية هجوما)
    # (شن رئيس جهاز المخابرات الداخلية البريطاني "إم.آي 5" هجوما: eight words)
    noun = h.trig.pos == "noun"
    reach = 8 if noun else 3
    near = ctx.words.before(h.start, reach, sent_start) + ([] if noun else after[:1])
    lo = max(ctx.words.spans[max(0, ctx.words.index_at(h.start) - reach)][0], sent_start)
    # the doer stands before the noun, or right after the verb: a state named as the object (على روسيا) is
    # the one attacked in words, not an armed doer
    first = ctx.words.spans_at(h.end, 2)
    hi = h.start if noun else next((e for s_, e, _w in first if s_ >= h.end), h.end)
    if any(_armed_party(ent) for _m, ent in ctx.doc.mentions_in(lo, hi, ("actor",))):
        return False  # هاجم مسلحو داعش، شنت الفصائل هجوما: an armed doer
    targets = _cue_words("verbal_attack_targets", bare=True)
    # the object may stand behind the subject of a verb (هاجم الزعيم المعارض سياسة الحكومة)
    objects = [w for w in after if _strip_conj(w) not in _cue_words("verbal_attack_preps")]
    if any(f in targets for w in objects for f in _bare_forms(w)):
        return True
    if _office_doer(ctx, near, lo, hi, sent_end):
        return True
    persons = _cue_words("verbal_attack_persons", bare=True)
    doer = any(f in persons for w in near for f in _bare_forms(w)) or any(
        ent.type == "person" for _m, ent in ctx.doc.mentions_in(lo, h.start if noun else min(sent_end, h.end + 30)))
    media = _cue_words("verbal_attack_media", bare=True)
    return doer and any(f in media for w in sent_words for f in _bare_forms(w))


def _light_of_spoken(ctx: _Ctx, h: Hit, sent_start: int, sent_end: int, reach: int = 10) -> bool:
    """A lone light verb whose attack noun, further than light_window words on behind a long subject, is an
    attack in words (`_spoken_attack`, or a not_events phrase that masked the noun: شن الرئيس التركي، رجب طيب
    أردوغان، هجوما لاذعا على) carries that noun's reading, no ATTACK by its default type."""
    bases = cues().verbal_attack_bases
    adjectives = _cue_words("verbal_attack_adjectives", bare=True)
    spans = ctx.words.spans
    i = ctx.words.index_at(h.end)
    j = i + 1 if i < len(spans) and spans[i][0] < h.end else i
    for k in range(j, min(len(spans), j + reach)):
        s, _e, w = spans[k]
        if s >= sent_end:
            return False
        w = _strip_conj(w)
        if w in bases or (w.endswith("ا") and w[:-1] in bases):
            if any(f in adjectives for _s, _e2, x in spans[k + 1:k + 4] for f in _bare_forms(x)):
                return True
            n = next((n for n in ctx.raw_hits if n.start == s and n.trig.pos == "noun"), None)
            return n is not None and _spoken_attack(ctx, n, sent_start, sent_end)
    return False


def _light_of_masked(ctx: _Ctx, h: Hit, sent_end: int, reach: int = 12) -> bool:
    """A lone light verb whose first event noun further on in its clause (past light_window words, behind a
    long subject) is one of its default type that a not_events phrase covers (شن وزير الخارجية في مؤتمره
    الصحفي أمس هجوما إعلاميا، قصفا إعلاميا): the verb carries that phrase, which names no armed deed, so it
    gives no event by its default type either. A phrase opened by ب or ل (بالتنسيق مع) is an adjunct, no
    object. Only lone light verbs reach here, so the trigger index is read again for them alone."""
    kind = ctx.lex.light_default.get(h.trig.base)
    after = [w for w in ctx.words.spans_at(h.end, reach) if w[1] <= sent_end]
    if kind is None or not after:
        return False
    reach_end = after[-1][1]
    masked = [(a, b) for a, b in ctx.blocked if h.end <= a < reach_end
              and not _strip_conj(_f(ctx.doc.text[a:b]).split()[0]).startswith(("ب", "ل"))]
    if not masked:
        return False
    first = min((n.start for n in ctx.raw_hits if n.trig.pos == "noun" and h.end <= n.start < reach_end),
                default=reach_end)
    doc = ctx.doc
    for m in ctx.lex.index.find_all(doc.folded.text):
        s, e = doc.folded.span(m.start, m.end)
        if not (h.end <= s < min(first, reach_end)) or _CLAUSE_END.search(doc.text, h.end, s):
            continue
        if any(t.pos == "noun" and t.type == kind for t in m.payloads) and any(
                a <= s and e <= b for a, b in masked):
            return True
    return False


def _office_doer(ctx: _Ctx, near: list[str], lo: int, hi: int, sent_end: int, reach: int = 6) -> bool:
    """(b) for an office: a ministry or office as the doer of the attack verb or noun (event_cues
    verbal_attack_offices: وزارة، مكتب، الخارجية، الرئاسة; هاجمت وزارة الخارجية نادي ...، هاجم مكتب الرئيس ...)
    attacks in words, with or without a medium word, as no office wields arms itself; only when nothing of its
    object (the `reach` words after the doer's name) is an armed party or a place (هاجمت وزارة الداخلية مقرا
    لتنظيم داعش: a raid by its forces). Weapon, force and casualty words were ruled out before."""
    offices = _cue_words("verbal_attack_offices", bare=True)
    if not any(f in offices for w in near for f in _bare_forms(w)):
        return False
    doers = ctx.doc.mentions_in(lo, hi, ("actor",))
    start = max([hi] + [m.end for m, _e in doers])
    after = [w for w in ctx.words.spans_at(start, reach) if w[1] <= sent_end]
    forces = _cue_words("verbal_attack_office_forces", bare=True)
    named = ctx.words.between(lo, start) + [w for _s, _e, w in after[:1]]
    if any(f in forces for w in named for f in _bare_forms(w)):
        return False  # وزارة الدفاع، الداخلية command forces: their attack may be armed
    end = after[-1][1] if after else start
    return not any(ent.type == "place" or _armed_party(ent) for _m, ent in ctx.doc.mentions_in(start, end))


@cache
def _fire_cues() -> tuple[PhraseIndex, frozenset[str], frozenset[str], frozenset[str], frozenset[str],
                          frozenset[str], dict[str, int]]:
    """event_cues fired_weapons: the index of the launch and fall words (payload: past | present | noun), the
    weapon words, the destination prepositions, the target words and the words that frame a firing as no deed
    of its own (skip_before), each folded, and the reaches."""
    spec = load_json("event_cues").get("fired_weapons", {})
    index = PhraseIndex()
    past_t = tuple(_f(w) for w in spec.get("past_t_verbs", []))  # تساقط: a past verb that opens with ت
    for w in spec.get("verbs", []):
        index.add(w, "present" if _f(w)[:1] in ("ي", "ت") and not _f(w).startswith(past_t) else "past")
    for w in spec.get("nouns", []):
        index.add(w, "noun")
    index.compile()

    def folded(key: str) -> frozenset[str]:
        return frozenset(_f(w) for w in spec.get(key, []) if " " not in w)

    reach = {k: int(spec.get(k, 0)) for k in ("weapon_reach", "noun_weapon_reach", "destination_reach",
                                               "target_reach", "reply_reach")}
    return (index, folded("weapons"), folded("destinations"), folded("target_words"), folded("skip_before"),
            folded("reply_before"), reach)


def _fired_weapons(ctx: _Ctx, hits: list[Hit]) -> list[Hit]:
    """أطلقت الفصائل صواريخ على مستوطنات، إطلاق قذيفة باتجاه البلدة، سقطت قذائف على حي: rockets and shells
    fired or falling on a place or party are an attack no trigger word tells (أطلق alone is a RELEASE verb
    that needs سراح). Kept narrow, as a wider reading fell on unseen text: a destination preposition with a
    name or a target word after it must follow the weapon in the trigger's clause (أطلق صاروخا في تجربة, a
    launch pad or a count on its own tell no strike); a sentence with an interception (اعترضت الدفاعات
    صاروخا أطلق) is the foiled attack `_intercepted` tells, and a firing framed as what another deed replied to
    or followed (ردا على إطلاق صواريخ، بعد سقوط قذائف) is that deed's cause, no event of its own here."""
    index, weapons, dests, targets, skip, replies, reach = _fire_cues()
    if not weapons or not (ctx.words.vocabulary(bare_only=True) & weapons):
        return []  # the weapon words are rare: most articles are done with one set look-up
    doc = ctx.doc
    # a conditional trigger is no reading yet: أطلق is one of RELEASE that wants سراح after it
    taken = [(h.start, h.end) for h in hits if h.trig.cond < 0]
    intercepts = tuple(_f(w) for w in cues().intercept_verbs)
    out = []
    for m in index.find(doc.folded.text):
        s, e = doc.folded.span(m.start, m.end)
        if doc.is_furniture(s, e) or any(a < e and s < b for a, b in taken):
            continue
        sent = doc.sentence_of(s)
        clause_end = sent.end
        if (found := _CLAUSE_END.search(doc.text, e, sent.end)) is not None:
            clause_end = found.start()
        pos: str = m.payloads[0]
        after = ctx.words.between(e, clause_end, limit=reach["weapon_reach" if pos != "noun" else "noun_weapon_reach"]
                                  + _COUNT_REACH)
        k = next((i for i, w in enumerate(after) if _in_list(w, weapons)), -1)
        if k < 0 or len([w for w in after[:k] if not _count_word(w)]) >= reach[
                "weapon_reach" if pos != "noun" else "noun_weapon_reach"]:
            continue
        rest = ctx.words.between(e, clause_end, limit=k + 1 + reach["destination_reach"] + reach["target_reach"])
        d = next((i for i in range(k + 1, min(len(rest), k + 1 + reach["destination_reach"]))
                  if _in_list(rest[i], dests)), -1)
        if d < 0:
            continue
        # on a name or a target word (على مستوطنات، باتجاه إسرائيل), not على الأقل or a pronoun
        dest_spans = ctx.words.spans_at(e, d + 1)
        if len(dest_spans) <= d:
            continue
        de = dest_spans[d][1]
        tail = ctx.words.between(de, clause_end, limit=reach["target_reach"])
        named = any(ms.start >= de and ctx.words.gap(de, ms.start) < reach["target_reach"]
                    for ms, _ent in doc.mentions_in(de, clause_end, ("actor", "place")))
        if not named and not any(_in_list(w, targets) or (_in_list(w[2:], targets) and w.startswith("ال"))
                                 for w in tail):
            continue
        if not named and _strip_conj(after[k]).startswith("ال") and not (k > 0 and after[k - 1] == "من"):
            # إطلاق الصواريخ باتجاه المدن يعد مخالفا: the rockets in general, on places in general; a part of
            # them (أطلقت وابلا من الصواريخ على المنطقة) is a firing told
            continue
        if m.prefix[-1:] != "ب" and any(
                _in_list(w, skip) for w in ctx.words.before(s, 2, sent.start)):
            continue  # ردا على إطلاق صواريخ، منصات إطلاق: the cause of another deed, a launcher
        clause_start = max([sent.start] + [c.end() for c in _CLAUSE_END.finditer(doc.text, sent.start, s)])
        if m.prefix[-1:] != "ب" and any(_in_list(w, replies) for w in ctx.words.before(
                s, reach["reply_reach"], clause_start)):
            continue  # ردا على ما قالت إنه إطلاق صواريخ: what the reply answered, told as its cause
        if any(_strip_conj(w).startswith(intercepts) for w in ctx.words.between(sent.start, sent.end)):
            continue  # أطلقت صاروخا اعترضته الدفاعات: the interception tells the foiled attack
        base = _f(doc.text[s:e])
        out.append(Hit(s, e, Trig("ATTACK", pos, base), "ATTACK", m.prefix))
        taken.append((s, e))
    return out


@cache
def _fired_forms() -> frozenset[str]:
    """The folded launch and fall words of event_cues fired_weapons: the bases `_fired_weapons` gives its
    hits, so the later sub-stages know a firing told by its weapon."""
    spec = load_json("event_cues").get("fired_weapons", {})
    return frozenset(_f(w) for w in spec.get("verbs", []) + spec.get("nouns", []))


def _fired_base(h: Hit) -> bool:
    """Whether `h` is an attack `_fired_weapons` read from a weapon fired or fallen (أطلقت صواريخ على)."""
    return h.type == "ATTACK" and h.trig.cond < 0 and h.trig.base in _fired_forms()


@cache
def _fired_openers() -> frozenset[str]:
    """event_cues fired_weapons apart_openers, folded: the words of contrast that open a firing's clause as
    the other side's fire (فيما تم إطلاق صواريخ)."""
    return frozenset(_f(w) for w in load_json("event_cues").get("fired_weapons", {}).get("apart_openers", []))


@cache
def _destruction_unfit_cues() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], int]:
    """event_cues destruction_unfit, folded: the destruction bases, the words before and after, the words of
    outcome, the reach."""
    spec = load_json("event_cues").get("destruction_unfit", {})

    def folded(key: str) -> frozenset[str]:
        return frozenset(_f(w) for w in spec.get(key, []))

    return folded("bases"), folded("before"), folded("after"), folded("result_before"), int(spec.get("window", 0))


def _unfit_destruction(ctx: _Ctx, h: Hit, floor: int, limit: int) -> bool:
    """قادرة على تدمير حاملات طائرات، صلاحيات لتعطيل أو تدمير طائرات مسيرة، تدمير موقع التجارب النووية:
    the destruction trigger tells a power to destroy or a state dismantling its own test or weapons site,
    no strike on a party (event_cues destruction_unfit); nor is the masdar after a word of outcome in its
    sentence, the toll of a strike that strike's own event tells. On 120 ANT articles with تدمير before a military
    thing these were 17 of 58 new readings; most others were army sweeps and announced destructions."""
    bases, before, after, results, window = _destruction_unfit_cues()
    if h.trig.base not in bases:
        return False
    ce = limit
    if (found := _CLAUSE_END.search(ctx.doc.text, h.end, limit)) is not None:
        ce = found.start()
    if h.trig.pos == "noun" and any(_strip_conj(w) in results for w in ctx.words.between(floor, h.start)):
        # أسفرت الغارات عن مقتل عشرة، وتدمير آليات: the toll of the strike, told by the strike (a comma may
        # stand between the outcome verb and the last item of its toll)
        return True
    prev = ctx.words.bare_before(h.start, window, floor)
    # the word right before may carry ب or ل (بتدمير، لتدمير) on the masdar itself, not on the frame word
    return any(w in before for w in prev) or any(
        _strip_conj(w) in after for w in ctx.words.between(h.end, ce, limit=window))


def _charged_deed(ctx: _Ctx, h: Hit, floor: int) -> bool:
    """An event noun that a word of charge governs within charge_window words of its clause (event_cues
    charge_words: اعتقلت الشرطة رجلا بتهمة قتل جاره، أوقف ثلاثة بتهم تتعلق بتهريب الأسلحة، حكم عليه بتهمة
    التخابر): the charge laid on the one arrested or tried, no deed the article tells as done. Only a noun: a
    verb after the charge opens a clause of its own (اعتقلوه بتهمة التخابر ثم قتلوه), and a deed told of in its
    own words (قتل الرجل جاره ثم اعتقلته الشرطة) carries no charge word before it; a past-verb form right after
    the charge word (بتهمة قتل) is the masdar it is spelled like, as no verb follows a charge noun. The charge
    word is read in the trigger's clause only, so a comma ends its reach (اعتقل بتهمة الانتماء للتنظيم، وتبادل
    إطلاق النار). Only the types of charge_types (a killing or bombing charged): a sale or smuggling of arms
    charged (اعتقل ضباطا بتهمة سرقة الأسلحة وبيعها للتنظيم) is what the coders of the arms-trade seeds code as
    the deed itself."""
    words = _cue_words("charge_words")
    if not words or h.type not in load_json("event_cues").get("charge_types", []):
        return False
    if h.trig.pos != "noun":
        return _governed_from_before(ctx, h.start, floor, 1, words)
    window = int(load_json("event_cues").get("charge_window", 4))
    return _governed_from_before(ctx, h.start, floor, window, words)


def _named_coalition(ctx: _Ctx, h: Hit, sent_start: int, sent_end: int) -> bool:
    """A coalition noun that names a standing coalition, no pact made: the definite noun with a relative of
    leading or بقيادة right after it (event_cues coalition_led_after: التحالف الذي تقوده السعودية، التحالف بقيادة
    واشنطن) or the predicate of a copula pronoun describing a force (coalition_copulas: قسد هي تحالف لمقاتلين
    أكراد وعرب). A coalition formed (شكلت الدول تحالفا، أعلنوا تحالفا جديدا) has neither and stays, and so does
    the led coalition after a preposition of partnership (coalition_partner_preps: العمل مع التحالف الذي تقوده
    السعودية), where the trigger stands for the work done with it."""
    if h.trig.base not in cues().coalition_bases:
        return False
    led = _cue_words("coalition_led_after")
    copulas = _cue_words("coalition_copulas")
    before = ctx.words.before(h.start, 1, sent_start)
    if before and before[-1] in copulas:
        return True
    if before and _strip_conj(before[-1]) in _cue_words("coalition_partner_preps"):
        return False  # سيواصل العمل مع التحالف الذي تقوده السعودية: the work with it is a coordination told
    if not _strip_conj(_f(ctx.doc.text[h.start:h.end])).startswith("ال"):
        return False
    after = ctx.words.between(h.end, sent_end, limit=int(load_json("event_cues").get("coalition_led_reach", 2)))
    return any(w in led for w in after)


def _demanded(ctx: _Ctx, h: Hit, floor: int) -> bool:
    """A release noun that a word of demand or appeal governs within demand_window words of its clause (event_cues
    demand_words, demand_types: طالبت النقابة بالإفراج عن الصحفية، دعت المنظمة السلطات إلى إطلاق سراح
    المعتقلين، مطالبات بالإفراج): what is asked for has not happened. Only a noun: a release told by its verb
    (أفرجت السلطات عن) is a deed, whatever was demanded before it. A truce or talks noun (COORDINATE) counts
    only as the thing asked for (`_demanded_object`), and not where a resolution makes the demand
    (`_resolution_demands`)."""
    d = load_json("event_cues")
    if h.trig.pos != "noun" or h.type not in d.get("demand_types", []):
        return False
    words = _cue_words("demand_words")
    k = _governor_before(ctx, h.start, floor, int(d.get("demand_window", 4)), words) if words else None
    if k is None:
        return False
    if h.type == "RELEASE":
        return True
    return _demanded_object(ctx, h, k) and not _resolution_demands(ctx, k, floor)


def _demanded_object(ctx: _Ctx, h: Hit, k: int) -> bool:
    """Whether the noun is what the demand word at word index `k` asks for: right after it (يطلب وقفا لإطلاق
    النار), under ب/ل (يطالب بهدنة، دعا لمحادثات), after إلى (دعا الوزير إلى وقف إطلاق النار) or after a
    masdar of purpose under ل (لضمان هدنة). Not a noun of the demander's own phrase (دعا منتقدو اتفاق تغيير
    الاسم إلى مقاطعة الاستفتاء: the agreement exists, the boycott is asked for)."""
    i = ctx.words.index_at(h.start)
    ws = ctx.words.spans[i][0]
    prefix = _strip_conj(fold_text(ctx.doc.text[ws:h.start]).strip())
    if i == k + 1 or prefix[:1] in ("ب", "ل"):
        return True
    prev = _strip_conj(ctx.words.spans[i - 1][2]) if i > k + 1 else ""
    return prev in _cue_words("demand_object_preps") or (prev[:1] == "ل" and len(prev) > 3)


def _resolution_demands(ctx: _Ctx, k: int, floor: int) -> bool:
    """Whether a resolution (event_cues demand_resolution_heads) stands within demand_resolution_reach words before
    the demand word at index `k` in its sentence (تبنى المجلس قرارا يطلب وقفا لإطلاق النار، اتخذ المجلس قرارا
    في 24 فبراير يطالب بهدنة، القرار الذي تبناه مجلس الأمن، والذي يطالب بوقف): the resolution passed is the
    agreement told, the truce it demands its content; a draft (المشروع الذي يدعو) is still only asked for."""
    d = load_json("event_cues")
    heads = _cue_words("demand_resolution_heads")
    reach = int(d.get("demand_resolution_reach", 10))
    return any(a >= floor and _strip_conj(w) in heads for a, _b, w in ctx.words.spans[max(k - reach, 0):k])


def _accident_death(ctx: _Ctx, h: Hit, sent_end: int) -> bool:
    """A killing told as the toll of an accident: an accident noun followed by its kind (event_cues
    accident_heads, accident_kinds: قتل 20 شخصا في حادث تحطم طائرة عسكرية، لقي 16 مصرعهم إثر حادث تصادم
    قطارين) within accident_window words after the trigger in its clause. A crash or collision kills no one by
    arms, though a military aircraft's force words keep the sense lexicon (`_other_senses`) from telling it;
    a word of fire in the clause (other_sense_blockers: صاروخ، قصف، انفجار) keeps the killing an attack
    (تحطم الطائرة بعد إصابتها بصاروخ)."""
    d = load_json("event_cues")
    if h.type not in d.get("accident_types", []):
        return False
    heads = _cue_words("accident_heads", bare=True)
    if not ctx.words.holds_any(heads):
        return False  # no accident noun in the article: no toll of one
    kinds = _cue_words("accident_kinds", bare=True)
    blockers = _cue_words("other_sense_blockers", bare=True)
    window = int(d.get("accident_window", 8))
    ws: list[str] = []
    # the whole clause is read for a word of fire, its first `window` words for the accident
    for s, _e, w in ctx.words.spans_at(h.end, 3 * window):
        if s >= sent_end or _CLAUSE_END.search(ctx.doc.text, h.end, s):
            break
        ws.append(_strip_conj(w))
    if any(f in blockers for w in ws for f in _bare_forms(w)):
        return False
    return any(any(f in heads for f in _bare_forms(w)) and any(f in kinds for f in _bare_forms(nxt))
               for w, nxt in itertools.pairwise(ws[:window]))


@cache
def _capability_cues() -> tuple[frozenset[str], int, frozenset[str]]:
    """event_cues capability_frame, folded: the words of power, permission or enabling, the reach, the types."""
    spec = load_json("event_cues").get("capability_frame", {})
    return (frozenset(_f(w) for w in spec.get("words", [])), int(spec.get("window", 0)),
            frozenset(spec.get("types", [])))


def _capability_frame(ctx: _Ctx, h: Hit, floor: int) -> bool:
    """قادرة على شن هجمات، بوسعه ضرب أي هدف، القدرة على استهداف العمق، صلاحيات بقصف، تمكين الفصائل من إطلاق:
    an attack trigger after a word of power, permission or enabling in its clause tells a capacity, no deed done
    (event_cues capability_frame, one list for every attack trigger). On 64 ANT corpus hits of such a word before
    شن/ضرب/استهداف/قصف/إطلاق/تنفيذ none told a deed: missiles able to reach a country, a state still able to
    strike, a mandate sought."""
    words, window, types = _capability_cues()
    if h.type not in types or not ctx.words.uses_any(words):
        return False  # (no word of power in the article, or an empty list)
    start = floor
    # the frame word must be in the trigger's clause: a comma between them ends its reach. Only a bounded stretch
    # before the trigger is scanned (`window` words are far shorter), so a long unpunctuated sentence stays linear
    for m in _CLAUSE_END.finditer(ctx.doc.text, max(floor, h.start - 30 * window), h.start):
        start = m.end()
    return any(_strip_conj(w) in words for w in ctx.words.before(h.start, window, start))


def _lone_victim(ctx: _Ctx, h: Hit, sent_end: int) -> bool:
    """A casualty noun (a conditional ATTACK noun: مقتل، مصرع) with a lone victim right after it, in the genitive
    singular (event_cues lone_victim_nouns: مقتل شخص، مصرع ضابط، أسفر عن مقتل مسلح), tells a killing as its
    accusative and plural victims do (مقتل 12 شخصا). Only right after it: the same singular after a count of a
    hundred or more (مقتل أكثر من 350 ألف شخص) is most often a war's toll, no happening (on 150 ANT articles
    about 9 in 10 lone victims were a killing told, about 22 of 30 counted tolls a war's statistic)."""
    if h.type != "ATTACK" or h.trig.pos != "noun":
        return False
    nxt = ctx.words.between(h.end, sent_end, limit=1)
    return bool(nxt) and nxt[0] in _cue_words("lone_victim_nouns")


def _adjective_homograph(ctx: _Ctx, h: Hit, floor: int) -> bool:
    """A past verb spelled like an active participle (event_cues adjective_homographs: قاتل "fought" and
    قاتل "deadly, killer") is that adjective when it stands right after an indefinite word of its clause that
    names no one: an agreeing adjective after its noun (مرض قاتل، إرثا قاتلا، خطأ قاتلا، هدف قاتل) is no
    trigger. The verb comes first in its sentence or after a definite subject, a name, a relative or a particle
    (قاتل المسلحون، الحزب الذي قاتل، وقاتل، شعبنا قاتل، إيد بنس قاتل خلال الحرب; event_cues adjective_homograph_leads,
    adjective_homograph_owned)."""
    if h.trig.pos != "past" or h.prefix or h.trig.base not in _cue_words("adjective_homographs"):
        return False
    prev = ctx.words.span_before(h.start)
    if not prev:
        return False
    ps, pe, w = prev[0]
    if ps < floor or ctx.doc.text[pe:h.start].strip():
        return False  # a comma or quote between: a new clause may open with the verb
    w = _strip_conj(w)
    if w.startswith("ال") or w[:1].isdigit() or w in cues().relatives \
            or w in _cue_words("adjective_homograph_leads") \
            or (len(w) > 3 and w.endswith(tuple(_cue_words("adjective_homograph_owned")))):
        return False  # شعبنا قاتل حتى الموت: a noun with a possessive pronoun is definite, the verb's subject
    return not ctx.actors(ps, pe, persons=True)


def _sentence_forms(ctx: _Ctx, d: Draft) -> list[tuple[str, ...]]:
    """The bare forms of every word of the draft's sentence, as the civil-sense filters compare them."""
    return [_bare_forms(w) for w in ctx.words.between(*d.sentence)]


def _force_or_armed(ctx: _Ctx, d: Draft, force: frozenset[str] | set[str], forms: list[tuple[str, ...]]) -> bool:
    """The draft's sentence names a force word (`force`, compared by bare form) or an armed party: the one
    test the civil-sense filters (another sense of a word, a threat to a civil object, a trade threat) share
    before they drop an event as no armed deed. Narrower than `_armed_sentence`, which also counts words of
    war, truce and fighting."""
    return any(f in force for fs in forms for f in fs) or any(
        _armed_party(ent) for _m, ent in ctx.doc.mentions_in(*d.sentence, ("actor",)))


def _threat_as_danger(ctx: _Ctx, h: Hit, sent_start: int, sent_end: int) -> bool:
    """A threat noun (event_cues danger_threat_nouns: تهديد، تهديدا، تهديدات، وعيد) that names a danger,
    not a threat someone made. Without the article: the predicate of a judgement (judging_verbs and
    danger_viewing_verbs within judged_blow_window words of its clause: يمثل وجود الميليشيات تهديدا
    مباشرا، يرون قوة الصين تهديدا أكبر), or the head of a danger's name (danger_genitives: تهديد
    الإرهاب، تهديد الانتشار النووي). With or without it: one of a pair with a danger or a chance
    (danger_pair_words: المخاطر والتهديدات، فرص وتهديدات) or the genitive of a word of origin
    (danger_frame_heads: أصل التهديد، منبع التهديد; لغة التهديد is a way of threatening and
    stays). A party named right after the noun is the one
    threatening (لم يعد ممكنا السكوت على تهديدات ميليشيات الحوثي), and a deed under ب right after it is
    the one threatened (لغة الوعيد بقصف المدن): that threat was made and stays; a
    party under a preposition (تهديدا لإسرائيل) is the one threatened and keeps nothing."""
    if h.type != "THREATEN" or h.trig.pos != "noun":
        return False
    word = _strip_conj(fold_text(ctx.doc.text[h.start:h.end]).strip())
    nouns = _cue_words("danger_threat_nouns")
    bare = word.removeprefix("ال")
    if bare not in nouns:
        return False
    spans = ctx.words.spans
    i = ctx.words.index_at(h.start)
    # only a space and the noun's own proclitics (و، ل، ب) between: no punctuation parts the two words
    if i > 0 and spans[i - 1][0] >= sent_start and set(ctx.doc.text[spans[i - 1][1]:h.start].strip()) <= set("وبل") \
            and any(f in _cue_words("danger_confront_words", bare=True) for f in _bare_forms(spans[i - 1][2])):
        # لمواجهة التهديدات، في مواجهة تهديد القاعدة، لأدنى تهديد: a danger met or countered, even one a party
        # poses, is no threat that party made (and "the least threat" is any threat, none made)
        return True
    nxt = [sp for sp in spans[i + 1:i + 3] if sp[0] < sent_end]
    if nxt and nxt[0][2].startswith("ب") and len(nxt[0][2]) > 3:
        return False  # لغة الوعيد بقصف المدن: the deed threatened is named, a threat was made
    for s, e, w in nxt:
        if w.startswith(("ل", "ب")) and len(w) > 3:
            break  # تهديدا مباشرا لإسرائيل: the party under a preposition is the one threatened
        if any(m.start < e and m.end > s for m, _ in ctx.doc.mentions_in(max(0, s - 60), e + 60, ACTOR_TYPES)):
            return False  # تهديدات أنقرة، تهديدات ميليشيات الحوثي: the party that threatens
    pairs = _cue_words("danger_pair_words", bare=True)
    joined = h.prefix.endswith("و")
    k = i - 1
    if joined and k > 0 and _strip_conj(spans[k][2]).removeprefix("ال") in nouns \
            and not ctx.doc.text[spans[k - 1][1]:spans[k][0]].strip():
        k -= 1  # أصل التهديد والوعيد: the second of two threat nouns shares the first one's head
    if k >= 0 and spans[k][0] >= sent_start and not ctx.doc.text[spans[k][1]:spans[k + 1][0]].strip() \
            and not ctx.doc.text[spans[i - 1][1]:h.start].strip(" و"):
        p = _strip_conj(spans[k][2])
        if p.removeprefix("ال") in _cue_words("danger_frame_heads", bare=True):
            return True  # أصل التهديد، منبع التهديد
        if joined and any(f in pairs for f in _bare_forms(p)):
            return True  # المخاطر والتهديدات، فرص وتهديدات
    if nxt:
        n0 = nxt[0][2]
        if n0.startswith("و") and any(f in pairs for f in _bare_forms(n0[1:])):
            return True  # التهديدات والمخاطر
        if not word.startswith("ال") and any(f in _cue_words("danger_genitives", bare=True) for f in _bare_forms(n0)):
            return True  # تهديد الإرهاب، تهديد الانتشار النووي
    if word.startswith("ال"):
        return False  # a definite threat is one told before or named (التهديدات التركية)
    _nouns, verbs, window = _judged_blow_cues()
    return _governed_from_before(ctx, h.start, sent_start, window, verbs | _cue_words("danger_viewing_verbs"))


def _speech_frame_far(ctx: _Ctx, a: int, b: int, h: Hit) -> bool:
    """Whether the threat frame at a..b is a speech noun (event_cues speech_threat_frames: تصريحات) that does
    not reach the attack `h`: statements frame a deed as their threatened content only right after them
    (التصريحات التركية بشن عملية); further on, or past a complementizer or a word of time (تصريحات لـCNN إن
    الهجوم، وأتت تصريحاته في اليوم الذي قتل فيه جنديان، عقب اتهام النظام بشن هجوم), the attack is one told
    beside the statements, no threat."""
    words, stops, reach = speech_frame_cues()
    if not words or _strip_conj(fold_text(ctx.doc.text[a:b]).strip()) not in words:
        return False
    if h.start < b:
        return True  # a statement after the attack frames nothing before it
    between = ctx.words.between(b, h.start, limit=reach + 1)
    return len(between) > reach or any(_in_list(w, stops) for w in between)


def _unmet_not_trigger(ctx: _Ctx, h: Hit) -> bool:
    """h is a conditional trigger of event_cues unmet_not_triggers (أطلق، أخلى، عدوان) whose condition words do
    not follow it within its window: no trigger at all (see _unmet_conditions)."""
    if h.trig.cond < 0 or h.trig.base not in cues().unmet_not_triggers:
        return False
    near, window = ctx.lex.conditions[h.trig.cond]
    sent = ctx.doc.sentence_of(h.start)
    # the words of a count are no words of reach, as in the condition check itself (دمرت الطائرات
    # الحربية للتحالف 12 آلية): counted here, they cut the window short and dropped the trigger it keeps
    after = [w for w in ctx.words.between(h.end, sent.end, limit=window + _COUNT_REACH)
             if not _count_word(w)][:window]
    return not any(_in_list(w, near) for w in after)


@cache
def _described_cues() -> tuple[frozenset[str], frozenset[str]]:
    """event_cues described_as_words and describing_verbs (folded)."""
    d = load_json("event_cues")
    return (frozenset(fold_text(w) for w in d.get("described_as_words", [])),
            frozenset(fold_text(w) for w in d.get("describing_verbs", [])))


def _described_deed(ctx: _Ctx, h: Hit, floor: int) -> bool:
    """An indefinite event noun right after بأنه/بأنها (event_cues described_as_words) under a verb of
    describing just before it (describing_verbs: واصفة ذلك بأنه عدوان جديد بصواريخ، وصفت الوزارة الغارة بأنها
    هجوم إرهابي): the predicate names a deed the sentence told already, no new one."""
    marks, verbs = _described_cues()
    if h.trig.pos != "noun" or not ctx.words.uses_any(marks) or fold_text(ctx.doc.text[h.start:h.end]).startswith(
            "ال"):
        return False  # (no بأنه in the article, or none at all: nothing to describe with)
    before = ctx.words.bare_before(h.start, 5, floor)
    return bool(before) and before[-1] in marks and any(w in verbs for w in before[:-1])


def _owned_families(ctx: _Ctx, h: Hit, floor: int) -> bool:
    """أسر with an owner's pronoun (أسرنا، أسرهم، أسرهن) right after a preposition or a members' noun (event_cues
    family_owner_preps: من، عن، مع، إلى، أفراد) is أُسَرهم, their families (انفصلوا عن أسرهم، عدد من أسرنا، أفراد
    أسرهم), no capture; the masdar of capture stands after a verb or a time word instead (تم أسرهم، بعد أسره،
    وقد أسرهم التنظيم), which the list leaves out."""
    if h.trig.base not in _cue_words("family_bases") or h.prefix:
        return False
    word = _f(ctx.doc.text[h.start:h.end])
    rest = word[len(_f(h.trig.base)):]
    if rest not in _cue_words("family_owner_suffixes"):
        return False
    prev = ctx.words.before(h.start, 1, floor)
    return bool(prev) and _strip_conj(prev[0]) in _cue_words("family_owner_preps")


@cache
def _membership_bodies() -> tuple[frozenset[str], frozenset[str]]:
    """event_cues join_membership_heads (one word: حلف، الناتو، الكونغرس) and join_membership_bodies (two words:
    الاتحاد الأوروبي، الأمم المتحدة), each word folded and without its article."""
    heads = _cue_words("join_membership_heads", bare=True)
    bodies = frozenset(" ".join(_f(x).removeprefix("ال") for x in p.split())
                       for p in load_json("event_cues").get("join_membership_bodies", []))
    return heads, bodies


def _joins_membership(ctx: _Ctx, h: Hit, sent_end: int) -> bool:
    """Joining an alliance, a union of states or an assembly (تطمح للانضمام إلى حلف الناتو، انضمامها للاتحاد
    الأوروبي، انضم إلى الكونغرس) is membership, no defection to a side: the body joined is read in the first
    word after the trigger (or its إلى), with a ل on it or not, against the pack's lists."""
    if h.trig.base not in cues().join_bases:
        return False
    words = ctx.words.between(h.end, sent_end, limit=4)
    if words and _strip_conj(words[0]) in _cue_words("to_words"):
        words = words[1:]
    if not words:
        return False
    heads, bodies = _membership_bodies()
    first = _bare_forms(words[0])
    if any(f in heads for f in first):
        return True
    return len(words) > 1 and any(f"{a} {b.removeprefix('ال')}" in bodies
                                  for a in first for b in _bare_forms(words[1]))


def _spoken_own_attack(ctx: _Ctx, h: Hit, sent_start: int, sent_end: int) -> bool:
    """An attack noun with its doer's pronoun (هجومه، هجومها) made in words: a verbal adjective after it
    (verbal_attack_adjectives: اللاذع، العلني) or an object after على/ضد that is a law, a policy, the press or
    critics (verbal_attack_targets: قوانين، سياسة، الصحافة، منتقديه), with no weapon, force or casualty word
    (verbal_attack_armed_words) in the sentence; the possessed noun is kept out of `_spoken_attack`, whose other
    signals (a person near it, a medium) would also take a real offensive told of its army."""
    c = cues()
    if h.trig.pos != "noun" or h.trig.base not in c.verbal_attack_bases:
        return False
    w = _strip_conj(fold_text(ctx.doc.text[h.start:h.end]).strip())
    if w.startswith("ال") or not any(w.endswith(x) for x in _cue_words("possessed_suffixes")):
        return False
    armed = _cue_words("verbal_attack_armed_words", bare=True)
    if any(f in armed for x in ctx.words.between(sent_start, sent_end) for f in _bare_forms(x)):
        return False
    after = ctx.words.between(h.end, sent_end, limit=4)
    adjectives = _cue_words("verbal_attack_adjectives", bare=True)
    if after and any(f in adjectives for f in _bare_forms(after[0])):
        return True
    on = next((k for k, x in enumerate(after[:3]) if _strip_conj(x) in _cue_words("verbal_attack_preps")), None)
    targets = _cue_words("verbal_attack_targets", bare=True)
    if on is not None and on + 1 < len(after) and any(f in targets for f in _bare_forms(after[on + 1])):
        return True
    return on is not None and _spoken_on_party(ctx, h, sent_start, sent_end)


def _spoken_on_party(ctx: _Ctx, h: Hit, sent_start: int, sent_end: int) -> bool:
    """(for `_spoken_own_attack`, armed words already ruled out) the possessed attack noun's object after
    على/ضد is a person or a state (event_cues verbal_attack_party_kinds: هجومه على دميرتاش، هجومها ضد ألمانيا)
    and its sentence has a word of speech (verbal_attack_speech_words: قائلا، واصفا، متهما، انتقد، تصريحات،
    تغريدة، خطاب): a person or a state attacked in words, no offensive. An offensive on a state names a force,
    a weapon or a toll, which `verbal_attack_armed_words` keeps; a statement (بيان) is no speech word here, as
    an army's statement tells its real offensive too."""
    spans = [sp for sp in ctx.words.spans_at(h.end, 4) if sp[1] <= sent_end]
    on = next((sp for sp in spans[:3] if _strip_conj(sp[2]) in _cue_words("verbal_attack_preps")), None)
    if on is None:
        return False
    named = ctx.doc.mentions_in(on[1], min(sent_end, on[1] + 40), ("actor", "person"))
    if not named or _CLAUSE_END.search(ctx.doc.text, on[1], named[0][0].start) or len(
            ctx.words.between(on[1], named[0][0].start)) > 3:
        return False  # a title may stand before the name (على الرئيس الأمريكي دونالد ترامب), no long phrase
    ent = named[0][1]
    kinds = frozenset(load_json("event_cues").get("verbal_attack_party_kinds", []))
    if ent.type != "person" and ent.attrs.get("kind") not in kinds:
        return False
    speech = _cue_words("verbal_attack_speech_words", bare=True)
    return any(f in speech for w in ctx.words.between(sent_start, sent_end) for f in _bare_forms(w))


def _instrument_targets(ctx: _Ctx, h: Hit, sent_start: int, sent_end: int) -> bool:
    """A verb of targeting (event_cues targeting_bases: استهدف، تستهدف) whose subject, one of the two words
    before it, is a measure (targeting_instruments: عقوبات، حملة، قرار، قانون، إجراءات: عقوبات جديدة تستهدف
    قادة، حملة تستهدف حزب الله بعقوبات) aims a measure, no force; a force word among those words or right
    after the measure (targeting_armed_words: عسكرية، أمنية، اعتقالات، قصف) keeps the attack."""
    if h.trig.pos not in ("past", "present") or h.trig.base not in _cue_words("targeting_bases"):
        return False
    before = ctx.words.before(h.start, 2, sent_start)
    tools = _cue_words("targeting_instruments", bare=True)
    armed = _cue_words("targeting_armed_words", bare=True)
    if any(f in armed for x in before for f in _bare_forms(x)):
        return False
    return any(f in tools for x in before for f in _bare_forms(x))


def _road_cut_on_party(ctx: _Ctx, h: Hit, sent_end: int) -> bool:
    """قطع الطريق (event_cues figurative_block_bases) on a state or a person (قطع الطريق على إيران، قطع الطريق
    على أردوغان) is forestalling them, no road blocked: the word after it is على/أمام (figurative_block_preps)
    and a person, or an actor of figurative_block_kinds (a state), is named right after it. A road cut on a
    force or an armed group (قطع الطريق على الميليشيات) stays."""
    if h.trig.base not in _cue_words("figurative_block_bases"):
        return False
    spans = [sp for sp in ctx.words.spans_at(h.end, 2) if sp[0] >= h.end and sp[0] < sent_end]
    if not spans or _strip_conj(spans[0][2]) not in _cue_words("figurative_block_preps"):
        return False
    a = spans[0][1]
    kinds = frozenset(load_json("event_cues").get("figurative_block_kinds", []))
    named = ctx.doc.mentions_in(a, a + 40, ("actor", "person"))
    return bool(named) and named[0][0].start <= a + 2 and (
        named[0][1].type == "person" or named[0][1].attrs.get("kind") in kinds)


def _convoy_at_rest(ctx: _Ctx, hits: list[Hit]) -> list[Hit]:
    """A convoy noun (رتل، أرتال: event_cues convoy_nouns) tells a deployment only when the convoy moves or
    arrives: a word of motion (event_cues convoy_motion: وصل، دخول، أرسلت، يتوجه، في التقدم) within
    convoy_before words before it or convoy_after words after it in its sentence. Without one the convoy is
    what was hit (استهداف رتل للقوات، غارات على رتل، تعرض رتل لهجوم), where someone stood (ضمن الرتل) or a
    line of cars (في رتل من السيارات). An attack trigger before it with no motion word between makes it
    the target even beside a motion word after it (قصفت الطائرات رتلا متجها إلى المدينة)."""
    nouns = _cue_words("convoy_nouns")
    if not nouns or not any(h.type == "DEPLOY" and h.trig.base in nouns for h in hits):
        return hits
    motion = _cue_words("convoy_motion")
    data = load_json("event_cues")
    n_before, n_after = int(data.get("convoy_before", 4)), int(data.get("convoy_after", 8))

    def moving(w: str) -> bool:
        w = _strip_conj(w)
        return w in motion or (len(w) > 3 and w[0] in "بل" and w[1:] in motion)

    out = []
    for h in hits:
        # a passive light verb (تم، تمت) moves nothing: carrying the convoy (تمت ملاحقة رتل, the masdar no
        # trigger) it is no word of motion, so the convoy is judged as a bare one
        lit = h.light is not None and _f(ctx.doc.text[h.light.start:h.light.end]) not in ctx.lex.passive
        if h.type != "DEPLOY" or lit or h.trig.base not in nouns:
            out.append(h)
            continue
        ss, se = ctx.doc.sentence_of(h.start).start, ctx.doc.sentence_of(h.start).end
        before = ctx.words.before(h.start, n_before, ss)
        after = [w for s, _e, w in ctx.words.spans_at(h.end, n_after) if s < se]
        struck = [v for v in ctx.raw_hits if v.type == "ATTACK" and ss <= v.start and v.end <= h.start
                  and ctx.words.gap(v.end, h.start) <= n_before + 2]
        if struck and not any(moving(w) for w in ctx.words.between(struck[-1].end, h.start)):
            continue  # the convoy is what the attack hit
        if any(moving(w) for w in before) or any(moving(w) for w in after):
            out.append(h)
    return out


def _passive_masdars(ctx: _Ctx, hits: list[Hit]) -> list[Hit]:
    """A masdar that is no trigger noun of its own, because alone it is most often an aim, a threat or words
    (لمهاجمة المدينة، هددت بمهاجمة، مهاجمة الديانة), tells a deed done right after a passive light verb (تمت مهاجمة
    مقر للجيش، تم تحييد أربعة مسلحين، تم تحرير الجبل): the past passive (passive_masdar_verbs) reports what was
    done. event_cues passive_masdars gives each such masdar its type; an object of passive_masdar_not_objects
    after it is another sense (جرى تحرير محضر: a report drawn up). The light verb then carries the new noun as it
    carries any other."""
    table = _passive_masdar_types()
    if not table:
        return []
    taken = {h.start for h in hits}
    spans = ctx.words.spans
    others = _cue_words("passive_masdar_not_objects")
    # past forms only: a present passive is mostly an aim or a rule (حتى يتم تحرير كافة الأراضي، يتم تحييد من)
    verbs = _cue_words("passive_masdar_verbs")
    out: list[Hit] = []
    for h in hits:
        if h.trig.pos != "light" or _f(ctx.doc.text[h.start:h.end]) not in verbs:
            continue
        i = ctx.words.index_at(h.end - 1) + 1
        if i >= len(spans) or ctx.doc.text[h.end:spans[i][0]].strip():
            continue  # only the word right after the verb, nothing but a space between
        s, e, w = spans[i]
        kind = table.get(w)
        if kind is None or s in taken or (i + 1 < len(spans) and spans[i + 1][2] in others):
            continue
        out.append(Hit(s, e, Trig(kind, "noun", w), kind, ""))
    return out


@cache
def _passive_masdar_types() -> dict[str, str]:
    """event_cues passive_masdars, folded: masdar → event type."""
    return {_f(w): t for w, t in load_json("event_cues").get("passive_masdars", {}).items()}


def _facility_named(ctx: _Ctx, h: Hit, sent_start: int) -> bool:
    """A trigger noun that names a facility (event_cues facility_events: معسكر تدريب) with no verb or masdar of
    opening or setting one up within its reach before it in its clause (افتتحت الميليشيا معسكر تدريب): the camp
    struck, seized or described (قصفت الطائرات معسكر تدريب، وهو معسكر تدريب لوحدات حماية الشعب) is a place,
    no recruitment told."""
    if h.trig.pos != "noun" or h.trig.base not in _section_words("facility_events", "words"):
        return False
    openers = _section_words("facility_events", "openers")
    before = _reach_words(ctx, h, _section_int("facility_events", "reach"), sent_start)
    return not any(_in_list(w, openers) for w in before)


def _civilians_flee(ctx: _Ctx, h: Hit, sent_start: int, sent_end: int) -> bool:
    """A flight with a word of civilians, residents or the displaced (triggers not_party_defect) within its
    window and no member word (roles heads, people_heads) nearer to it: the ones fleeing are no party's
    members. A force named further off is the one they flee or the setting (بدأ آلاف المدنيين الفرار من
    الغوطة مع تقدم القوات، قصفت القوات البلدة ففر السكان), not the ones fleeing. A word that only counts people
    (not_party_defect counts: ألف، آلاف) names no civilians of its own, so any member word in the window
    keeps the defection (فرار ألف عنصر)."""
    lex = ctx.lex
    n = lex.not_party_window
    before = ctx.words.before(h.start, n, sent_start)
    after = ctx.words.between(h.end, sent_end, limit=n)
    # each word with its distance from the trigger: the nearest word before is 0, as is the first after
    near = [(len(before) - 1 - j, w) for j, w in enumerate(before)] + list(enumerate(after))
    members = lex.roles["heads"] | cues().people_heads
    civil = [d for d, w in near if _in_list(w, lex.not_party_defect)]
    if not civil:
        return False
    member = [d for d, w in near if _in_list(w, members)]
    if not member:
        return True
    strong = [d for d, w in near if _in_list(w, lex.not_party_defect) and not _in_list(w, lex.not_party_counts)]
    if not strong or min(strong) > min(member):
        return False
    if min(strong) < min(member):
        return True
    # as near on both sides: the civilians before the flight are its subject, the force after it the one they
    # flee (وتقول تقارير إن سكان البلدة يفرون بعد تقدم القوات)
    k = len(before) - 1 - min(strong)
    return 0 <= k < len(before) and _in_list(before[k], lex.not_party_defect) \
        and not any(_in_list(w, members) for w in before[k:])


def _fled_from_harm(ctx: _Ctx, h: Hit, sent_start: int, sent_end: int) -> bool:
    """A flight (event_cues flight_bases: فر، هرب، الفرار) from a war or a persecution (flight_from_harms right
    after the first من within flight_from_reach words of the trigger, so the one fleeing may stand between: هرب
    أحمد من الحرب، فروا من ويلات الصراع، هربوا من الاضطهاد) is people escaping harm, a displacement, no party's
    members leaving it. A member noun near it (roles heads, people_heads: فر عناصر التنظيم من الحرب) keeps the
    defection, as for not_party_defect; fleeing a battle or a front (من المعارك، من الجبهات) is left to the rest,
    as fighters do that."""
    if h.type != "DEFECT" or h.trig.base not in _cue_words("flight_bases"):
        return False
    reach = int(load_json("event_cues").get("flight_from_reach", 4))
    after = ctx.words.between(h.end, sent_end, limit=reach)
    k = next((i for i, w in enumerate(after) if _strip_conj(w) in _cue_words("flight_from_preps")), None)
    if k is None or k + 1 >= len(after):
        return False
    if not any(f in _cue_words("flight_from_harms", bare=True) for f in _bare_forms(after[k + 1])):
        return False
    members = ctx.lex.roles["heads"] | cues().people_heads
    near = ctx.words.before(h.start, 6, sent_start) + after[:k]
    return not any(_in_list(w, members) for w in near)


def _reach_words(ctx: _Ctx, h: Hit, reach: int, sent_start: int) -> list[str]:
    """Up to `reach` words before the trigger, nearest last, none across a clause end (a comma or a
    conjunction of clauses): a word of another clause says nothing of this noun."""
    return ctx.words.before(h.start, reach, _reach_floor(ctx, h, reach, sent_start))


def _bare_reach_words(ctx: _Ctx, h: Hit, reach: int, sent_start: int) -> list[str]:
    """`_reach_words` with each word as `_strip_conj` gives it: a slice of `Words.bare_texts`, not a strip per
    word and trigger."""
    return ctx.words.bare_before(h.start, reach, _reach_floor(ctx, h, reach, sent_start))


def _reach_floor(ctx: _Ctx, h: Hit, reach: int, sent_start: int) -> int:
    """Where `_reach_words` stops: the sentence's start or the last clause end before the trigger."""
    text = ctx.doc.text
    i = ctx.words.index_at(h.start)
    # only the reach is searched for a clause end: a whole unpunctuated text can be one sentence
    low = max(sent_start, ctx.words.spans[max(0, i - reach)][0]) if i > 0 else sent_start
    return max([sent_start] + [m.end() for m in _CLAUSE_END.finditer(text, low, h.start)])


def _blow_as_figure(ctx: _Ctx, h: Hit, sent_start: int) -> bool:
    """A strike noun (event_cues blow_nouns: ضربة، ضربات) that a verb of constituting or counting as
    (blow_frame_verbs: شكل، مثل، يمثل، تعد، اعتبر) stands before within blow_frame_reach words of its clause,
    an indefinite noun,
    its subject allowed between (ومثل الموقف الروسي ضربة للجهود الغربية، شكلت الاستقالة ضربة للحكومة), is the
    predicate: a setback named a blow, no strike. Where a strike dealt it, that strike is told in its own words."""
    if h.type != "ATTACK" or h.trig.pos != "noun":
        return False
    # indefinite only: the predicate is (شكل القرار ضربة); a definite noun after the verb is its subject, the
    # strikes themselves (شكلت الضربات العسكرية الأخيرة أول خطوة موحدة)
    word = _strip_conj(_f(ctx.doc.text[h.start:h.end]))
    if word.startswith("ال") or word not in _cue_words("blow_nouns"):
        return False
    reach = int(load_json("event_cues").get("blow_frame_reach", 4))
    verbs = _cue_words("blow_frame_verbs")
    return any(_in_list(w, verbs) for w in _reach_words(ctx, h, reach, sent_start))


def _guarded_harm(ctx: _Ctx, h: Hit, sent_start: int) -> bool:
    """An event noun right after من, with a word of protecting (event_cues guard_words: حماية، لحماية، يحمي،
    الوقاية) before it within guard_reach words of its clause and the من after that word (حماية المدنيين من
    الهجمات، لحماية عوائد النفط من السرقة والنهب، لحمايتهم من الاعتقال), names a harm guarded against: a purpose
    or a duty, no event told. A noun joined to it by و (من السرقة والنهب) is the same harm."""
    guard = _cue_words("guard_words", bare=True)
    if h.trig.pos != "noun" or not ctx.words.holds_any(guard):
        return False  # a guard word is a piece of the text wherever one stands before the noun
    reach = int(load_json("event_cues").get("guard_reach", 5))
    before = _reach_words(ctx, h, reach + 2, sent_start)
    k = next((i for i in range(len(before) - 1, -1, -1)
              if any(f in guard for f in _bare_forms(before[i]))), None)
    if k is None or len(before) - k > reach + 1:
        return False
    rest = [_strip_conj(w) for w in before[k + 1:]]
    if "من" not in rest:
        return False
    # من must open the noun phrase of the harm: the trigger or a noun joined to it by و follows it
    tail = rest[len(rest) - rest[::-1].index("من"):]  # the words between the last من and the noun
    if not tail or (len(tail) == 1 and tail[0] in _cue_words("guard_fillers")):
        return True
    return len(tail) <= 2 and "و" in h.prefix  # من السرقة والنهب: the second harm of one list


def _relative_seizure(ctx: _Ctx, h: Hit, sent_start: int) -> bool:
    """Whether the masdar of taking control with an object pronoun (event_cues relative_seize_bases: السيطرة
    عليه) stands in a relative clause on a place: a relative pronoun (relative_seize_pronouns) right after a
    place named, and a past verb of managing, announcing or the passive light verb (relative_seize_verbs)
    between the two, within relative_seize_reach words (حي القدم الذي تمكن التنظيم من السيطرة عليه، المدينة
    التي أعلن الجيش السيطرة عليها). The pronoun points back to the place, so the control was taken of it;
    with no such verb it is an aim, an ability or a state (يصعب السيطرة عليها، يحاول السيطرة عليه), and with no
    place before the relative the thing controlled may be a fire or a crowd (الحريق الذي تمت السيطرة عليه)."""
    reach = int(load_json("event_cues").get("relative_seize_reach", 6))
    i = ctx.words.index_at(h.start)
    spans = [x for x in ctx.words.spans[max(0, i - reach):i] if x[0] >= sent_start]
    rel = [k for k, x in enumerate(spans) if _in_list(_strip_conj(x[2]), _cue_words("relative_seize_pronouns"))]
    if not rel:
        return False
    k = rel[-1]
    if not any(_in_list(x[2], _cue_words("relative_seize_verbs")) for x in spans[k + 1:]):
        return False
    rs = spans[k][0]
    # الخط الرابط بين الحديدة وصنعاء، والذي أعلن الجيش السيطرة عليه: a place a link or a span runs between
    # only bounds the thing the relative is on (relative_seize_bounds within relative_seize_bounds_reach words)
    bounds, bounds_reach = _cue_words("relative_seize_bounds"), int(load_json("event_cues").get(
        "relative_seize_bounds_reach", 3))
    return any(m.end <= rs and ctx.words.gap(m.end, rs) == 0 and not any(
        _in_list(_strip_conj(w), bounds) for w in ctx.words.before(m.start, bounds_reach, sent_start))
        for m, _e in ctx.doc.mentions_in(max(sent_start, rs - 80), rs, ("place",)))


def _deal_term(ctx: _Ctx, h: Hit, sent_start: int) -> bool:
    """An event word after a verb of stipulating in its clause (event_cues stipulate_words: يقضي، تقضي، ينص)
    whose next word, manner words (stipulate_fillers: بوضوح، صراحة) aside, opens with ب, or is على after the
    نص forms (stipulate_on_words): اتفاق يقضي باستعادة الحكومة السيطرة، تسوية تقضي بعودة سيطرة الدولة، ينص
    على انسحاب المقاتلين. What a deal lays down is a term agreed, no deed done; the deal itself is told by its own
    noun. Within stipulate_reach words, or stipulate_that_reach when أن opens the term (ينص على أن أي هجوم ضد
    حليف سيعتبر هجوما على الجميع: the whole clause is the term). يقضي على (eliminates) is no stipulating."""
    verbs = _cue_words("stipulate_words")
    if not ctx.words.uses_any(verbs):
        return False  # no verb of stipulating in the article: nothing below can match
    d = load_json("event_cues")
    reach, that_reach = int(d.get("stipulate_reach", 4)), int(d.get("stipulate_that_reach", 10))
    before = _bare_reach_words(ctx, h, that_reach + 1, sent_start)
    on_verbs = _cue_words("stipulate_on_words")
    fillers = _cue_words("stipulate_fillers")
    that = (_f("أن"), _f("بأن"))
    for k, w in enumerate(before):
        if w not in verbs:
            continue
        # the words after the verb up to the trigger, manner words aside; the trigger's own word last
        rest = [x for x in before[k + 1:] if x not in fillers]
        nxt = rest[0] if rest else _strip_conj(ctx.words.spans[ctx.words.index_at(h.start)][2])
        if w in on_verbs:
            opens = nxt == _f("على")
            rest = rest[1:]
        else:
            opens = nxt.startswith("ب")
        if opens and (len(before) - k <= reach + 1 or (rest[:1] and rest[0] in that) or nxt in that):
            return True
    return False


@cache
def _fire_no_attack_cues() -> tuple[frozenset[str], tuple[tuple[str, ...], ...], int]:
    """event_cues fire_no_attack_fire (bare), fire_no_attack_cues (folded word sequences) and the reach."""
    d = load_json("event_cues")
    phrases = tuple(tuple(_f(w) for w in p.split()) for p in d.get("fire_no_attack_cues", []))
    return _cue_words("fire_no_attack_fire", bare=True), phrases, int(d.get("fire_no_attack_window", 10))


def _fire_no_attack(ctx: _Ctx, h: Hit, sent_end: int) -> bool:
    """A killing or shooting whose fire is told as turned on the shooter himself (أطلق النار على نفسه), let
    off by mistake (أطلق النار عن طريق الخطأ، بالخطأ) or in celebration (برصاص الابتهاج، أطلقوا النار
    ابتهاجا): a suicide, an accident or a wedding's shots, no armed deed against anyone. A word of fire
    (event_cues fire_no_attack_fire) must come first in the trigger's sentence, within the reach, and the
    cue (fire_no_attack_cues) after it: a strike told as made by mistake (قصفت الطائرات بالخطأ مواقع) has no
    fire word and stays an attack."""
    # the fire verb أطلق is read as a release until its النار retypes it (triggers conditional, _retype)
    if h.type.lower() not in _cue_words("fire_no_attack_types"):  # folding lowers the type names
        return False
    fire, phrases, reach = _fire_no_attack_cues()
    if not phrases or not ctx.words.holds_any(fire):
        return False  # a word of fire must come first, and is a piece of the text
    ws = [w for s, _e, w in ctx.words.spans_at(h.start, reach) if s < sent_end]
    seen = False
    for k, w in enumerate(ws):
        if seen and any(tuple(_strip_conj(x) for x in ws[k:k + len(p)]) == p for p in phrases):
            return True
        seen = seen or any(f in fire for f in _bare_forms(w))
    return False


@cache
def _publish_cues() -> tuple[frozenset[str], frozenset[str], frozenset[str], int]:
    """event_cues publish_bases, publish_objects (bare), publish_troops (bare) and publish_window."""
    d = load_json("event_cues")
    return (_cue_words("publish_bases"), _cue_words("publish_objects", bare=True),
            _cue_words("publish_troops", bare=True), int(d.get("publish_window", 5)))


def _published(ctx: _Ctx, h: Hit, sent_end: int) -> bool:
    """A DEPLOY of نشر whose object is a picture, a film or a statement (نشرت قوات الأمن صورا للمطلوبين،
    نشر الجيش مقطعا مصورا; event_cues publish_objects) within publish_window words after it: the force
    publishes, nobody is deployed. The near word that made the verb a deployment is often the publishing
    force itself (قوات); a troop word (publish_troops: تعزيزات، عناصرها) before the picture keeps it one
    (نشر الجيش تعزيزات ونشر صورا لها)."""
    bases, objects, troops, window = _publish_cues()
    if h.type != "DEPLOY" or not bases or h.trig.base.split()[0] not in bases:
        return False
    for s, _e, w in ctx.words.spans_at(h.end, window):
        if s >= sent_end or s < h.end:
            continue
        forms = _bare_forms(w)
        if any(f in troops for f in forms):
            return False
        if any(f in objects for f in forms):
            return True
    return False


def _past_conjoined(ctx: _Ctx, pos: int, limit: int, most: int = 2) -> int:
    """The end of the names joined by و right after `pos` (قصف قوات النظام وروسيا، هجوم الجيش والحشد الشعبي),
    at most `most` of them, else `pos`: the co-doers of a masdar's genitive stand between it and the object
    after them, so the object is looked for after the last of them."""
    for _ in range(most):
        nxt = [sp for sp in ctx.words.spans_at(pos, 1) if sp[0] >= pos]
        if not nxt or nxt[0][0] >= limit or not nxt[0][2].startswith("و"):
            return pos
        joined = [m for m, _ent in ctx.doc.mentions_in(nxt[0][0], limit, ("actor",))
                  if nxt[0][0] <= m.start < nxt[0][1]]
        if not joined:
            return pos
        pos = joined[0].end
    return pos


@cache
def _family_people() -> frozenset[str]:
    """Plural nouns of people whose families أسر names (event_cues family_people, civilian_words and
    soldier_heads), each folded and without its article."""
    return (_cue_words("family_people", bare=True) | _cue_words("civilian_words", bare=True)
            | _cue_words("soldier_heads", bare=True))


def _families_of_people(ctx: _Ctx, h: Hit, sent_end: int, floor: int = 0) -> bool:
    """أسر right before a definite plural of people (أسر الضحايا، أسر المغتربين، أسر الجنود: event_cues
    family_people, civilian_words, soldier_heads) or a plural nationality of a state (أسر السوريين، أسر
    الأمريكيين) is أُسَر, their families, no capture: a capture names its captives by a count, a party or a
    fighters' noun (أسر العشرات من مسلحي الميليشيات، أسر عناصر من التنظيم), which the lists leave out."""
    if h.trig.base not in _cue_words("family_bases"):
        return False
    word = _strip_conj(_f(ctx.doc.text[h.start:h.end]))
    if word.removeprefix("ل") not in _cue_words("family_bases"):
        return False
    nxt = ctx.words.between(h.end, sent_end, limit=2)
    if not nxt or not nxt[0].startswith("ال"):
        return False
    noun = nxt[0]
    if noun.removeprefix("ال") in _family_people():
        return not _capture_of_people(ctx, h, nxt, floor)
    plural = noun.endswith(tuple(_cue_words("family_nationality_endings")))
    return plural and noun in packs.state_words(states_only=True)


def _until_stop(words: list[str], stops: frozenset[str]) -> list[str]:
    """`words` up to the first word of `stops` (a retype entry's end of the object noun phrase), else all."""
    for i, w in enumerate(words):
        if _in_list(w, stops):
            return words[:i]
    return words


def _spread_head(ctx: _Ctx, s: int, floor: int) -> bool:
    """The masdar انتشار as the genitive of a head of place or measure (event_cues spread_heads: مناطق انتشار
    الحوثيين، أماكن انتشار، سرعة انتشار الوباء): it names where or how much something is spread, no
    deployment told."""
    prev = ctx.words.before(s, 1, floor)
    return bool(prev) and bool(set(_bare_forms(prev[0])) & _cue_words("spread_heads", bare=True))


def _seized_thing(ctx: _Ctx, h: Hit, sent_end: int, reach: int = 5) -> bool:
    """Retaking or controlling (event_cues seized_thing_bases: استعاد، استعادة، السيطرة على، سيطرة) a thing that
    is no ground, post or arms (seized_not_objects: السلطة، الوضع، الحريق، الاحتجاجات، هاتفه، الساعة، جهود،
    الثقة، الجثث) is no SEIZE: a coup, a fire or a crowd brought under control, an object recovered. The object
    is the word after على when one stands within `reach` words (سيطرة الحكومة على الوضع), else the first word
    after the trigger (استعادة هاتفه، استعاد الساعة); any other object keeps the capture."""
    if h.type != "SEIZE" or h.trig.base not in _cue_words("seized_thing_bases"):
        return False
    text = ctx.doc.text
    ons = _cue_words("seized_thing_preps")
    words: list[str] = []
    for s, _, w in ctx.words.spans_at(h.end, reach):
        if s >= sent_end or _CLAUSE_END.search(text, h.end, s):
            break
        words.append(_strip_conj(w))
    if not words:
        return False
    on = next((k for k, w in enumerate(words) if w in ons), None)
    if on is not None:
        if on + 1 >= len(words):
            return False
        obj = words[on + 1]
    elif h.trig.base.endswith(tuple(ons)) or not h.trig.base.startswith(tuple(_cue_words("seized_object_first"))):
        return False
    else:
        obj = words[0]
    return bool(set(_bare_forms(obj)) & _cue_words("seized_not_objects", bare=True))


def _capture_of_people(ctx: _Ctx, h: Hit, nxt: list[str], floor: int) -> bool:
    """أسر before a people noun is still a capture when the captives are counted or told as an operation or
    a claim: a count right after the noun (أسر الجنود الثلاثة، أسر الجنود 3: families are not counted by a
    definite number word), a dual (أسر الجنديين, a listed singular in ي with no sound plural listed, plus
    ين: families of two named people are rare), an operation noun before it (عملية أسر الجنود، محاولة أسر: event_cues
    family_capture_heads) or a verb of announcing or claiming governing it with only its subject between
    (أعلن التنظيم أسر الجنود، تبنت الحركة أسر العسكريين: family_capture_verbs)."""
    noun = nxt[0].removeprefix("ال")
    if len(nxt) > 1 and (nxt[1].isdigit() or nxt[1].removeprefix("ال") in _cue_words("count_words", bare=True)):
        return True
    # -ين is also the sound plural (مواطنين، عسكريين): a dual only of a singular in ي whose plural is broken
    # (جندي → جنود), i.e. with no listed sound plural in ون
    one = noun[:-2]
    if noun.endswith("يين") and one in _family_people() and one + "ون" not in _family_people():
        return True
    before = ctx.words.before(h.start, 4, floor)
    if before and _strip_prep(before[-1]) in _cue_words("family_capture_heads"):
        return True
    for i in range(len(before) - 1, -1, -1):
        if _strip_conj(before[i]) in _cue_words("family_capture_verbs"):
            return all(_subject_word(ctx, w, floor, h.start) for w in before[i + 1:])
    return False


def _strip_prep(word: str) -> str:
    """`word` without a leading conjunction and a ب/ل clitic (بعملية، ولمحاولة → عملية، محاولة)."""
    word = _strip_conj(word)
    return word[1:] if word[:1] in ("ب", "ل") and len(word) > 3 else word


def _subject_word(ctx: _Ctx, word: str, floor: int, end: int) -> bool:
    """A word that may stand between a verb of announcing and its object as (part of) the verb's subject or
    its عن: a definite noun (التنظيم), a group noun (حركة: event_cues group_words), عن, or a word of an actor
    named in the span (حماس)."""
    if word.startswith("ال") or word == "عن" or word in _cue_words("group_words"):
        return True
    return any(ent.type == "actor" and floor <= ent.start < end
               and word in _f(ctx.doc.text[ent.start:ent.end]).split() for ent in ctx.doc.entities)


@cache
def _state_names() -> frozenset[str]:
    """The states' names and nisbas, folded (actors pack, kind state)."""
    return frozenset(packs.state_words(states_only=True, names=True))


def _expelled_from_state(ctx: _Ctx, h: Hit, sent_end: int) -> bool:
    """طرد with an object pronoun and من + a state right after it (طردهم من الإمارات، بطرده من الولايات
    المتحدة) is people expelled from a country by its order: ground is taken from a force only in a place
    smaller than a state (طردهم من المدينة، من كابول), which stays SEIZE. Pronouns: event_cues
    expel_pronoun_suffixes; bases: expel_bases."""
    if h.type != "SEIZE" or h.trig.base not in _cue_words("expel_bases"):
        return False
    word = _strip_conj(_f(ctx.doc.text[h.start:h.end]))
    word = word[1:] if word[:1] in ("ب", "ل") else word
    base = next((b for b in _cue_words("expel_bases") if word.startswith(b)), None)
    if base is None or word[len(base):] not in _cue_words("expel_pronoun_suffixes"):
        return False
    nxt = ctx.words.between(h.end, sent_end, limit=2)
    return len(nxt) == 2 and nxt[0] == "من" and nxt[1].lstrip("#") in _state_names()


def _injury_alone(ctx: _Ctx, hits: list[Hit]) -> list[Hit]:
    """A wounding by fire (triggers.json conditional: أصيب طفل برصاص، إصابة جنديين بنيران قناص) tells the attack
    it implies only where its sentence has no other attack word: beside one (قتل 4 وأصيب 20 برصاص الجيش،
    توفي متأثرا بجروح أصيب بها برصاص) the other word tells the happening and the wounded are its toll. Run
    before `_casualty_alone`, so that a death noun beside a wounding (مقتل 3 وإصابة 5 برصاص) is not taken for a
    toll beside an attack and dropped with it (event_cues injury_triggers)."""
    bases = _cue_words("injury_triggers")
    hurt = [h for h in hits if _injury_hit(h)]
    if not hurt:
        return hits
    drop = set()
    for h in hurt:
        sent = ctx.doc.sentence_of(h.start)
        if any(o is not h and o.type == "ATTACK" and o.trig.pos != "light" and o.trig.base not in bases
               and sent.start <= o.start < sent.end for o in hits):
            drop.add(id(h))
    return [h for h in hits if id(h) not in drop]


def _injury_hit(h: Hit) -> bool:
    """h is a conditional wound trigger (event_cues injury_triggers: أصيب، إصابة): kept out of ctx.raw_hits
    until it has met its fire word and stands alone in its sentence, so that a wounding told beside a death
    (مقتل 3 وإصابة 5 برصاص الجيش) or an unmet one (أصيب بوعكة) does not cut another trigger's reach."""
    return h.trig.cond >= 0 and h.type == "ATTACK" and h.trig.base in _cue_words("injury_triggers")


def _closed_to_outsiders(ctx: _Ctx, h: Hit, sent_end: int) -> bool:
    """A closing (event_cues closing_bases: أغلق، إغلاق) of a state's frontier (closed_frontiers: its airspace,
    ports, airports, borders, border outlets) that bars someone from it (closed_to_preps: أمام، في وجه; إغلاق
    المجال الجوي والموانئ أمام الطائرات القطرية، إغلاق الموانئ في وجه سفن الإنقاذ) is a sanction or a policy of
    entry, no deployment: on the ANT corpus such closures were the Gulf boycott and migrant policies. Crossings
    (معبر) and roads closed by forces are no frontier words, so they stay deployments (إغلاق المعبر أمام
    البضائع، إغلاق الطرق أمام السيارات); the frontier word must come first, within closed_to_window words of the
    clause."""
    if h.type != "DEPLOY" or h.trig.base not in cues().closing_bases:
        return False
    frontiers, barring = _cue_words("closed_frontiers"), _cue_words("closed_to_preps")
    if not frontiers or not barring:
        return False
    window = int(load_json("event_cues").get("closed_to_window", 8))
    text = ctx.doc.text
    i = ctx.words.index_at(h.end - 1)
    frontier, prev = False, ""
    for a, _b, raw in ctx.words.spans[i + 1:i + 1 + window]:
        if a >= sent_end or _CLAUSE_END.search(text, h.end, a):
            break
        w = _strip_conj(raw)
        if w.removeprefix("ال") in frontiers:
            frontier = True
        elif frontier and (w in barring or f"{prev} {raw}" in barring):
            return True  # the pair is matched unstripped: وجه of في وجه opens with a و of its own
        prev = raw
    return False


def _joined_masdar(ctx: _Ctx, h: Hit, made: list[Hit]) -> bool:
    """A past-verb spelling joined by و right after one just read as a masdar (نجحت في قتل وأسر عناصر،
    بعد قصف وقتل المدنيين) is a masdar too: the two share the genitive after them, which is the patient of
    both, never the subject of a verb (the first masdar's reading came from a preposition or a governing word)."""
    if not made:
        return False
    text = ctx.doc.text
    # the و may be the hit's own prefix or stand glued before its span
    lead = text[text.rfind(" ", 0, h.start) + 1:h.start] or text[h.start:h.start + len(h.prefix)]
    return fold_text(lead) == "و" and ctx.words.gap(made[-1].end, h.start) == 0


def _managed_past(ctx: _Ctx, h: Hit, starts: list[int], window: int = 6) -> bool:
    """A past-verb spelling right after من/في (event_cues control_preps) that a verb of managing or trying
    governs and that another event word joined by و follows (تمكنت القوات من قتل وأسر عناصر) is that verb's
    masdar object, the deed of its subject, as the conjunct is: read as verbs, the object after the second
    became its subject. The verb is looked for among the `window` words before the preposition; a preposition
    met first (القبض على من قتل) owns the من, so no verb governs it. A lone past spelling there stays as read
    (on 62 ANT corpus articles reading it as a masdar too made as many roles worse as better)."""
    c = cues()
    nxt = [x for x in ctx.words.spans_at(h.end, 2) if x[0] >= h.end][:1]
    i = bisect.bisect_right(starts, h.start)
    if not nxt or not nxt[0][2].startswith("و") or i >= len(starts) or not nxt[0][0] <= starts[i] < nxt[0][1]:
        return False
    ss = ctx.doc.sentence_of(h.start).start
    words = ctx.words.before(h.start, window + 1, ss)
    if not words or not _in_list(words[-1], c.control_preps):
        return False
    for w in reversed(words[:-1]):
        if _in_list(w, c.control_verbs):
            return True
        if _in_list(w, c.masdar_preps) or _in_list(w, c.control_preps):
            return False
    return False
