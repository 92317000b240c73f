"""Events sub-stage: roles — who did it (actor1) and to whom (actor2).

Subjects before and after a verb, genitives of masdars, passives, relatives, partitives, accusations and
blame, adjectives naming a state's forces, and the doer guessed from the sentences around (the previous doer,
the article's main actor, the opponent it shows) when the clause names none; `_roles_pass` runs them over the
article's drafts in order. Separate because it only assigns parties to events detection already kept.
"""

from __future__ import annotations

import bisect
import itertools
from collections import Counter
from dataclasses import fields, replace
from functools import cache
from typing import Any

from marsad import model, packs
from marsad.packs import load_json
from marsad.pipeline import Doc, EntityDraft
from marsad.textnorm import fold_text, written_past_passive

from .context import (
    _CLAUSE_END,
    _NAME_REACH,
    _THIRD,
    ACTOR_TYPES,
    Draft,
    Hit,
    _clauses,
    _count_word,
    _Ctx,
    _folded_set,
    _group_noun_subject,
    _in_list,
    _in_list_forms,
    _is_group,
    _is_subject_like,
    _nameless_crowd_subject,
    _reported_doer,
    _state_adjectives,
    _strip_conj,
    _time_in,
    _unnamed_controller,
    _unnamed_subject,
)
from .detect import (
    _actor_right_after,
    _armed_party,
    _chain,
    _claimer,
    _conj_opened,
    _device_blast,
    _fired_base,
    _gen_mention,
    _nameless_subject,
    _noun_state_adjective,
    _object_follows,
    _oblique,
    _passive_others,
    _person_sides,
    _planned_by,
    _resume_verb,
    _same_side,
    _sent_index,
    _threat_owner,
)
from .lexicon import (
    _attacked_words,
    _cue_words,
    _fire_death_bases,
    _launch_cues,
    _object_pronouns,
    _passive_relative_cues,
    _scale_words,
    cues,
)
from .modality import _modality, _undergo_verb
from .where import _object_pronoun, _other_year, _place, _word_indexes


def _last_word_in(ctx: _Ctx, words: frozenset[str], i: int, j: int) -> tuple[int, int, str] | None:
    """The last word of `words` (with or without و/ف) among the word indexes [i, j)."""
    at = _word_indexes(ctx, words)
    k = bisect.bisect_left(at, j) - 1
    return ctx.words.spans[at[k]] if k >= 0 and at[k] >= i else None


def _frame_word(ctx: _Ctx, cs: int, hs: int, words: frozenset[str]) -> tuple[int, int, str] | None:
    """The last word of `words` (with or without و/ف) in the clause before the trigger."""
    return _frame_words(ctx, cs, hs, (words,))[0]


def _frame_words(ctx: _Ctx, cs: int, hs: int, sets: tuple[frozenset[str], ...]
                 ) -> list[tuple[int, int, str] | None]:
    """`_frame_word` for each of `sets`, reading the clause once (it was read once for each frame)."""
    i, j = ctx.words.run_of(cs, hs)
    return [_last_word_in(ctx, words, i, j) for words in sets]


def _framed_roles(ctx: _Ctx, d: Draft, hs: int, he: int) -> bool:
    """Roles fixed by a verb governing the trigger; True when they were set.

    - accuse: "اتهم X Y بـ+masdar": Y is actor1 of the masdar's event, X (the accuser) no party;
    - documenting: "وثق المكتب 37 حالة اغتيال": the documenter tells, it does not act;
    - foiling: "أحبطت قسد محاولة تفجير": the foiler is the target (actor2), the attacker the one named
      after the trigger, or nobody."""
    lex = ctx.lex
    cs, ce = d.clause
    h = d.head
    pick: tuple[str, tuple[int, int, str]] | None = None
    frames = ("accuse", "documenting", "foiling", "blame")
    for frame, got in zip(frames, _frame_words(ctx, cs, hs, tuple(lex.roles.get(f, frozenset()) for f in frames)),
                          strict=True):
        if got is not None and (pick is None or got[0] > pick[1][0]):
            pick = (frame, got)
    if pick is not None and pick[0] == "blame":
        return _blame_roles(ctx, d, pick[1], hs, he)
    if pick is None:
        return False
    frame, (vs_, ve, verb) = pick
    # the frame governs a noun (محاولة تفجير، حالة اغتيال، بتجنيد), not a verb of an embedded clause
    light_before = h.light is not None and h.light.start < h.start
    # اتهم الجيش طائرات إسرائيلية بتنفيذ ضربات: a light masdar under ب carries the accused deed
    light_ok = (light_before and frame == "accuse" and h.light is not None and h.light.prefix.endswith("ب")
                and d.type in cues().accused_deed_types)  # not a threat over one (تتوعد برد بعد اتهامات)
    if h.trig.pos != "noun" or (light_before and not light_ok):
        return False
    if any(w in lex.roles.get("complementizers", frozenset()) for w in ctx.words.between(ve, hs)):
        return False  # كتب عبر رصد خاص أن قسد خرجت: the trigger is in the reported clause
    if frame == "accuse" and not (light_ok or h.prefix.endswith("ب")):
        return False
    actors = ctx.actors(cs, ce, persons=True)
    after = [(m, ent) for m, ent in actors if m.start >= he and ctx.words.gap(he, m.start) <= 2]
    a1 = a2 = None
    if frame == "accuse":
        # the accused is no teller, whatever a claim read into "X يتهم Y": claim sources count here
        between = [(m, ent) for m, ent in ctx.doc.mentions_in(ve, hs, ACTOR_TYPES) if m.start >= ve and m.end <= hs]
        # اتهمته الأجهزة بإيواء …: the accused is the object pronoun, not a name we can give
        suffixed = not _in_list(verb, cues().accuse_bare)
        a1 = None if suffixed or not between else between[-1][1]
        if between:
            last = between[-1][0]
            k = ctx.words.index_at(last.start)
            prev = [(ps, pe) for ps, pe, _w in ctx.words.spans[max(0, k - 1):k] if ps >= ve and pe <= last.start]
            named = bool(prev) and bool(ctx.doc.mentions_in(prev[0][0], prev[0][1], ACTOR_TYPES))
            if ctx.marker(last.start, ve) == "و" or (
                    prev and ctx.words.before(last.start, 1, ve)[0].startswith("و") and not named):
                a1 = None  # اتهمت الحكومة وحليفتها موسكو المتمردين: the last name is joined to the accuser
        if a1 is None and not suffixed:
            # طائرات حربية إسرائيلية: the accused named by a state adjective after the accuser's words
            seen = bool(between)
            spans = ctx.words.spans
            first = ctx.words.index_at(ve)
            for i in range(first, len(spans)):
                s = spans[i][0]
                if s >= hs:
                    break
                adj = ctx.adjective_after(s, hs, n=1)
                if adj is not None:
                    # اتهم ناشطون القوات الحكومية بشن: a force noun past the accuser's own first word is the
                    # accused's, whatever adjective stood before
                    noun = _strip_conj(spans[i - 1][2])
                    forces = i > first + 1 and (noun.removeprefix("ال") in lex.roles["heads"]
                                                or noun in cues().force_subjects)
                    if (seen or forces) and (not between or s >= between[-1][0].end):
                        a1 = adj
                    seen = True
        if a1 is None and not suffixed and not between and ctx.words.gap(ve, hs) == 0:
            # تنظيم داعش اتهم بتفجير الجامع: a bare accusing verb right before its ب-deed has no object, so it
            # is passive (اُتُّهِم) and the name before it, its subject, is the accused (a teller to the claims
            # stage, which reads the passive as the active «X اتهم»)
            subjects = [(m, ent) for m, ent in ctx.doc.mentions_in(cs, vs_, ("actor",))
                        if _is_subject_like(ctx, m, cs)]
            a1 = subjects[-1][1] if subjects else None
        a2 = after[0][1] if after and after[0][1] is not a1 else None
    elif frame == "documenting":
        a1 = after[0][1] if after else None
    else:
        foilers = [(m, ent) for m, ent in actors if m.end <= hs]
        a2 = foilers[-1][1] if foilers else None
        nxt = ctx.words.between(he, ce, limit=3)
        if len(nxt) == 3 and nxt[1] in packs.folded_words("roles", "adjective_made_in_words"):
            nxt = nxt[2:]  # طائرة مسيرة إيرانية الصنع أطلقها الحوثيون: the maker's nisba stands between
        if nxt and _in_list(nxt[0], cues().launch_relatives):
            # طائرتين مسيرتين أطلقتهما ميليشيا مدعومة من إيران: the launcher named, described, after the verb
            after = [(m, ent) for m, ent in actors if m.start >= he and ctx.words.gap(he, m.start) <= 5]
        rest = [ent for m, ent in after if ent is not a2]
        a1 = rest[0] if rest else None
        if a1 is None:
            # تصدت الفصائل للهجوم التركي، أحبطت الدفاعات الجوية غارات إسرائيلية: the attacker no name follows is
            # named by a state adjective on the foiled deed; never the foiler's own side. Not explicit, as for a
            # bare غارة تركية (`_trigger_adjective`): the noun may retell a strike told before
            adjective = ctx.adjective_after(he, ce)
            if adjective is not None and (a2 is None or not _same_side(adjective, a2)):
                d.frame = frame
                d.actor1, d.actor2, d.actor1_explicit = adjective, a2, False
                return True
    d.frame = frame
    d.actor1, d.actor2, d.actor1_explicit = a1, a2, True
    return True


def _blame_roles(ctx: _Ctx, d: Draft, verb: tuple[int, int, str], hs: int, he: int) -> bool:
    """"حمّل X Y المسؤولية عن الهجوم": Y, the object named last before the blame noun, is the alleged doer;
    X (the one who blames) is no party. Only when the trigger is the blame noun's genitive or its عن-phrase.
    With the verb carrying its object (حمّلها الجيش المسؤولية) or one name only, the blamed one is not named."""
    cs, ce = d.clause
    h = d.head
    _vs, ve, word = verb
    if h.trig.pos != "noun" or (h.light is not None and h.light.start < h.start):
        return False
    if any(w in ctx.lex.roles.get("complementizers", frozenset()) for w in ctx.words.between(ve, hs)):
        return False
    noun = None
    spans = ctx.words.spans
    for i in range(ctx.words.index_at(ve), len(spans)):
        s, e, w = spans[i]
        if s >= hs:
            break
        if _in_list(w, cues().blame_nouns):
            noun = (s, e)
    # مسؤولية الهجوم، المسؤولية عن الهجوم، المسؤولية عما جرى من قصف: the trigger hangs on the blame noun
    if noun is None or len(ctx.words.between(noun[1], hs)) > 1:
        return False
    bare = _in_list(word, cues().blame_bare)
    named = [(m, ent) for m, ent in ctx.actors(cs, ce, persons=True) if m.start >= ve and m.end <= noun[0]]
    subject_before = any(m.end <= verb[0] for m, _ent in ctx.actors(cs, ce, persons=True))
    a1 = None
    # حمّلت الجامعة العربية إسرائيل مسؤولية قتل: one name, right before the blame noun, with words between
    # it and the verb that name no party (a body or unnamed teller the packs do not list as a party) is the
    # object blamed, for the subject stands right after the verb
    object_only = bool(named) and ctx.words.gap(ve, named[-1][0].start) > 0 \
        and ctx.words.gap(named[-1][0].end, noun[0]) == 0
    if bare and (len(named) >= 2 or (named and (subject_before or object_only))):
        a1 = named[-1][1]
    after = [(m, ent) for m, ent in ctx.actors(cs, ce, persons=True)
             if m.start >= he and ctx.words.gap(he, m.start) <= 2]
    d.frame = "blame"
    # nobody blamed (لم تحمّل أي جهة المسؤولية) leaves the doer unknown, free to come from another telling
    d.actor1, d.actor1_explicit = a1, a1 is not None
    d.actor2 = after[0][1] if after and after[0][1] is not a1 else None
    return True


def _name_at(ctx: _Ctx, s: int, e: int) -> bool:
    """A name's mention starts right at the word [s, e): its ب is the name's own (بيسكوف، بوتين، بريطانيا), no
    preposition."""
    return any(m.start == s for m, _ent in ctx.doc.mentions_in(s, e + 40, ("actor", "person")))


def _reaction_end(ctx: _Ctx, d: Draft, hs: int, window: int = 12) -> int | None:
    """أدان الأردن الهجوم على حمص، ندد الاتحاد بالغارات التي استهدفت: the trigger names what a reaction verb or
    noun (triggers.json roles.reaction) reacts to, so the names before it react and are no party. The end
    of the reaction word, or None when the trigger is a verb of its own (not one in a relative clause on
    the noun reacted to), is reported after أن, or stands after another verb or over `window` words on."""
    words = ctx.lex.roles.get("reaction", frozenset())
    h = d.head
    ss = d.sentence[0]
    if not words:
        return None
    if h.trig.pos != "noun" and (h.light is None or h.light.start < h.start):
        prev = ctx.words.before(h.start, 1, ss)
        if not (prev and _in_list(prev[0], cues().relatives)):
            return None  # أدان الهجوم وأرسل قوات: a verb of its own is no object of the reaction
    got = _frame_word(ctx, ss, hs, words)
    if got is None:
        return None
    ve = got[1]
    nxt_spans = ctx.words.spans_at(ve, 1)
    nxt = [w for _s, _e, w in nxt_spans]
    if (_in_list(got[2], cues().convict_forms) and nxt and nxt[0].startswith("ب")
            and nxt[0] not in cues().reaction_manner and not _name_at(ctx, nxt_spans[0][0], nxt_spans[0][1])):
        return None  # بعد إدانته بالعمل على تجنيد: convicted of a deed, not condemning one
    between = ctx.words.between(ve, hs)
    comps = ctx.lex.roles.get("complementizers", frozenset())
    if len(between) > window or any(_in_list(w, comps) for w in between):
        return None
    if any(ve <= x.start < hs and x.trig.pos != "noun" and all(x is not y for y in d.hits) for x in ctx.raw_hits):
        return None  # رحب بالاتفاق ثم قصف: another verb between starts a predicate of its own
    return ve


def _after_relative(ctx: _Ctx, anchor: Hit, ss: int) -> int | None:
    """Where the relative word (الذي، التي، الذين) right before a verb trigger starts, in its sentence."""
    rel = ctx.words.span_before(anchor.start)
    if not rel or rel[0][0] < ss or not _in_list(rel[0][2], cues().relatives):
        return None
    return rel[0][0]


def _relative_antecedent(ctx: _Ctx, d: Draft, anchor: Hit, ss: int) -> tuple[str, Any] | None:
    """The noun a relative right before a verb trigger hangs on is the verb's subject, unless the verb carries
    it as an object pronoun (`_object_pronoun`) or a preposition with a pronoun that agrees with the relative
    follows the verb for it (event_cues relative_resumptives: التي قتل فيها، الذي لجأ إليه، الذي شنت عليه):
    then ("oblique", None), the subject is after the verb. At most
    relative_adjectives words of the article (المحظور، الكيميائي المفترض) and a comma may stand between:
    ("named", (mention, entity)) for a party or person (حزب العمال الكردستاني المحظور، والذي يقاتل);
    ("nameless", None) for a noun of people or a party no name gives (event_cues relative_nameless,
    unnamed_doers, nameless_doers: المسلحين الذين هاجموا، الجهة التي استهدفت), so no party is borrowed;
    ("event", entity) for an event noun whose own state adjective or genitive names its doer (الغارات
    الإسرائيلية التي استهدفت، صواريخ الجيش الإسرائيلي التي استهدفت); None otherwise."""
    h = d.head
    # (a light verb before its noun too: الجهة التي نفذت الهجوم، المسلحين الذين شنوا هجوما)
    if not d.verbal or anchor.trig.pos not in ("past", "present", "light") or (
            h.light is not None and h.light.start > h.start):
        return None
    rs = _after_relative(ctx, anchor, ss)
    if rs is None:
        return None
    if _object_pronoun(ctx, anchor):
        return ("oblique", None) if h.light is None else None
    c = cues()
    rel = ctx.words.spans_at(rs, 1)[0][2]
    if rel != _strip_conj(rel):
        # التحالف الذي تقوده السعودية والذي يقاتل: a relative joined by و hangs on the noun of the one before
        rs = next((s for s, _e, w in reversed(ctx.words.spans[ctx.words.index_at(ss):ctx.words.index_at(rs)])
                   if w == _strip_conj(rel)), rs)
    # the pronoun agrees with the relative: الذي ... فيه, never ضدهم (التحالف الذي يقاتل ضدهم: others)
    resumptive = c.relative_resumptives.get(_strip_conj(rel), frozenset())
    nxt = ctx.words.spans_at(anchor.end, 1)
    if nxt and nxt[0][0] < d.sentence[1] and _in_list(nxt[0][2], resumptive):
        return "oblique", None
    return _antecedent_at(ctx, rs, ss)


def _antecedent_at(ctx: _Ctx, rs: int, ss: int) -> tuple[str, Any] | None:
    """What the relative word at `rs` hangs on (see `_relative_antecedent`): a name, a nameless noun or an
    event noun, within relative_adjectives words before it in the sentence from `ss`."""
    c = cues()
    reach = c.relative_adjectives
    named = [(m, ent) for m, ent in ctx.doc.mentions_in(ss, rs, ("actor", "person"))
             if m.end <= rs and not ctx.in_source(m.start, m.end)]
    if named and _antecedent_name(ctx, named[-1][0], rs):
        return "named", named[-1]
    nameless = c.relative_nameless | c.unnamed_doers | c.nameless_doers
    spans = ctx.words.spans
    i = ctx.words.index_at(rs) - 1
    for _k in range(reach + 1):
        if i < 0 or spans[i][0] < ss or (named and spans[i][0] < named[-1][0].end):
            return None
        _s, e, w = spans[i]
        if _in_list(w, nameless):
            return "nameless", None
        noun = [x for x in ctx.raw_hits if x.end == e and x.trig.pos == "noun"]
        if noun:
            doer = ctx.adjective_after(e, rs) or next(
                (ent for m, ent in ctx.doc.mentions_in(e, rs, ("actor",)) if ctx.words.gap(e, m.start) == 0), None)
            return ("event", doer) if doer is not None else None
        if not _strip_conj(w).startswith("ال") or _in_list(w, c.relatives):
            return None  # (الصواريخ الأمريكية والبريطانية التي: adjectives joined by و)
        i -= 1
    return None


def _behind_antecedent(ctx: _Ctx, h: Hit, ss: int) -> tuple[str, Any] | None:
    """An event noun after a relative verb of standing behind (triggers.json roles behind_verbs, behind_preps:
    الجهة التي تقف وراء الهجوم، الأشخاص الذين يقفون خلف التفجير): what the relative hangs on stands behind the
    deed, so it is its doer, as `_relative_antecedent` gives it: ("named", …) a party, ("nameless", None) a
    noun no name gives, which lends no doer (the subject of the sentence only seeks or tells it)."""
    roles = ctx.lex.roles
    k = ctx.words.index_at(h.start) - 2  # the two words right before the trigger's own
    if k < 0:
        return None
    vs, _ve, verb = ctx.words.spans[k]
    prep = ctx.words.spans[k + 1][2]
    if vs < ss or not _in_list(verb, roles.get("behind_verbs", frozenset())) or (
            prep not in roles.get("behind_preps", frozenset())):
        return None
    rel = ctx.words.span_before(vs)
    if not rel or rel[0][0] < ss or not _in_list(rel[0][2], cues().relatives):
        return None
    return _antecedent_at(ctx, rel[0][0], ss)


def _antecedent_name(ctx: _Ctx, m: model.Mention, rs: int) -> bool:
    """Whether the name `m` is the noun the relative at `rs` hangs on: at most relative_adjectives words
    between, each an adjective with the article (not a noun joined by و: النظام السوري والفصائل التي تقاتل
    hangs on the factions), and no event word."""
    between = ctx.words.between(m.end, rs)
    if not between:
        return True
    # شنت تركيا العملية التي: a name right after a verb is its subject, the words after it its object
    return len(between) <= cues().relative_adjectives \
        and all(w.startswith("ال") and w not in cues().relatives for w in between) \
        and not any(m.end <= x.start < rs or (x.trig.pos != "noun" and x.end <= m.start
                                              and ctx.words.gap(x.end, m.start) == 0) for x in ctx.raw_hits)


def _relative_object(ctx: _Ctx, d: Draft, cs: int) -> tuple[model.Mention, EntityDraft] | None:
    """The name a relative clause hangs on when its verb trigger carries it as an object pronoun (زهران علوش
    الذي قتلته غارة روسية، سعدة الذي اعتقلته الشرطة): the name right before the relative word, or None."""
    h = d.head
    if h.trig.pos not in ("past", "present") or h.light is not None:
        return None
    ss = d.sentence[0]
    prev = ctx.words.span_before(h.start)
    if not prev or prev[0][0] < ss or not _in_list(prev[0][2], cues().relatives):
        return None
    if not _object_pronoun(ctx, h):
        return None
    rel_start = prev[0][0]
    # right before the relative: رجاء، والدة الفلسطيني الذي قتله hangs on the son, not on his mother
    held = [(m, ent) for m, ent in ctx.doc.mentions_in(ss, rel_start, ("actor", "person"))
            if ctx.words.gap(m.end, rel_start) == 0]
    return held[-1] if held else None


def _relative_clause_subject(ctx: _Ctx, m: model.Mention, floor: int) -> bool:
    """The name is the subject of a relative clause whose verb carries, as an object pronoun, the noun the
    relative hangs on (التحالف الذي تقوده السعودية، القوات التي تدعمها واشنطن، المدينة التي يحاصرها الجيش): it
    describes that noun, so it is no patient of the event whose clause holds the noun phrase."""
    prev = ctx.words.bare_before(m.start, 2, floor)
    if len(prev) < 2 or prev[0] not in cues().relatives:
        return False
    verb = prev[1]
    # a verb of at least three letters before its pronoun (تقوده، تدعمها، يحاصرها); not a preposition with a
    # pronoun (التي فيها، الذي عليه), which opens a clause of place or of a nominal predicate
    return any(verb.endswith(p) and len(verb) - len(p) >= 3 for p in _object_pronouns()[0]) and not any(
        verb in forms for forms in cues().relative_resumptives.values())


def _reaches_verb(ctx: _Ctx, end: int, vs: int) -> bool:
    """Whether a name ending at `end` is the subject of the verb at `vs`: what stands between is a time
    (يوم 9 آب/أغسطس) and at most three words more (قد، كان), never another clause or a relative word."""
    between = [w for ws, we, w in itertools.takewhile(lambda sp: sp[1] <= vs, ctx.words.spans_from(end))
               if not any(t.start <= ws and we <= t.end for t in ctx.doc.times)]
    return not (_CLAUSE_END.search(ctx.doc.text, end, vs) or len(between) > 3
                or any(_in_list(w, cues().relatives) for w in between))


def _strike_owner_before(ctx: _Ctx, cs: int, vs: int, actors: list[tuple[model.Mention, EntityDraft]]
                         ) -> tuple[model.Mention, EntityDraft] | None:
    """The name whose strike is the subject before a verb (غارة جوية لقوات التحالف قتلت، قصف للنظام أدى):
    an attack noun of the clause with the name under ل at most two words (its adjectives) after it, and no
    word but a time, a light particle or the verb's auxiliaries between the name and the verb."""
    for m, ent in actors:
        if not (cs <= m.start and m.end <= vs) or ent.type != "actor" or ctx.marker(m.start, cs) != "ل":
            continue
        # (raw_hits are in text order: only the clause's are looked at)
        lo = bisect.bisect_left(ctx.raw_hits, cs, key=lambda x: x.start)
        hi = bisect.bisect_left(ctx.raw_hits, m.start, key=lambda x: x.start)
        noun = [x for x in ctx.raw_hits[lo:hi] if x.end <= m.start and x.trig.pos == "noun"
                and x.type == "ATTACK" and ctx.words.gap(x.end, m.start) <= 2]
        if not noun:
            continue
        if _reaches_verb(ctx, m.end, vs):
            return m, ent
    return None


def _object_after_subject_noun(ctx: _Ctx, ve: int, ce: int, actors: list[tuple[model.Mention, EntityDraft]]
                               ) -> tuple[model.Mention, EntityDraft] | None:
    """The name right after the subject noun that follows a verb (استهدف صاروخ باليستي الرياض، قصفت الطائرات
    دمشق، هاجمت طائرات مسيرة مطار أبها): one to three words stand between, none a head noun that takes the name
    as its genitive (طائرات التحالف، عناصر التنظيم), an adjective of belonging (التابعة), an event noun (القصف
    التركي) or a preposition, and the name carries no preposition of its own: the verb's accusative object."""
    heads = ctx.lex.roles["heads"]
    for m, ent in actors:
        if m.start < ve:
            continue
        if m.start >= ce:
            return None
        gap = ctx.words.bare_between(ve, m.start)
        if not 1 <= len(gap) <= 3 or _strip_conj(ctx.marker(m.start, ve)) != gap[-1]:
            return None
        if any(w in heads or w in cues().l_adjectives or w in ctx.lex.roles["subject_block"]
               or w in cues().target_markers or w.isdigit() for w in gap):
            return None
        if any(ve <= x.start < m.start for x in ctx.raw_hits) or any(
                ve <= t.start < m.start for t in ctx.doc.times):
            return None  # القصف التركي، فجر اليوم: an event noun or a time, no subject noun
        first = fold_text(m.text).split()
        if first and first[0].endswith(cues().nisba):
            return None  # السلطات المصرية: an adjective of the subject noun names its side, no object
        return m, ent
    return None


def _passive_killing(ctx: _Ctx, d: Draft, hs: int, he: int) -> bool:
    """قُتل 27 شخصا من مقاتلي الحشد في كمين نصبه التنظيم; 21 من المقاتلين الموالين للحكومة قتلوا في ضربات
    أميركية: a passive killing names its victims (actor2) and, through the attack it happened in, its doer
    (actor1): the one who set the ambush, the state of the strikes, the other side of the clashes. Without
    one the doer stays unknown rather than borrowed from another sentence. True when the roles were set."""
    h = d.head
    if h.trig.base != "قتل" or h.trig.pos != "past" or h.light is not None:
        return False
    form = fold_text(ctx.doc.text[h.start:h.end]).strip()
    if not _in_list(form, cues().kill_forms):
        return False
    cs, ce = d.clause
    if _control_subject(ctx, h, cs, ctx.actors(cs, ce)) is not None:
        return False  # الجيش تمكن من قتل عشرة مسلحين: a masdar the managing verb's subject did, no passive
    se = d.sentence[1]
    # قتل عنصران على الأقل من قسد: an approximation after the victims is no word of the clause
    nxt = _drop_approximations(ctx.words.between(he, ce, limit=4))[:2]
    if len(nxt) == 2 and nxt[0] == "من" and nxt[1] in cues().cause_words:
        # قتلوا من جراء غارة: من before a word of cause is part of it (من جراء، من إثر), no partitive object
        nxt = nxt[1:]
    # قتل عنصران من قسد: a person noun with a partitive after it names the killed, whoever killed them
    partitive = len(nxt) == 2 and nxt[0] in cues().victim_heads and nxt[1] in cues().victim_partitive
    # قتل عدد من عناصر الميليشيا بنيران الجيش: a nominative count noun names the killed; the reading holds only
    # when the doer is named after it (below), else the active reading's doer stays
    counted = bool(nxt) and nxt[0] in _cue_words("kill_count_heads")
    named = _killed_person(ctx, h, he, ce) if nxt and not (
        nxt[0] in cues().kill_next or nxt[0].isdigit() or counted) else None
    if nxt and not (nxt[0] in cues().kill_next or nxt[0].isdigit() or counted or partitive or named is not None
                    or _others_clause_after(nxt) or _people_before_cause(ctx, he, ce, se)):
        return False  # قتل التنظيم ثلاثة عناصر: an object or a subject follows, the verb is active
    if nxt and _agreeing_pronoun(ctx, form, hs, cs) and (_count_word(nxt[0]) or nxt[0] in cues().count_leads):
        return False  # قالت تركيا إنها قتلت 20 مسلحا: a pronoun subject the verb agrees with, a count after: active
    if _counted_object(nxt) and _name_right_before(ctx, hs, d.sentence[0],
                                                   _strip_conj(form) in _cue_words("kill_plural_forms")):
        # إن مسلحي التنظيم، قتلوا 12 فردا، إن قوات النظام قتلت 12 مدنيا: a plural verb, or one right after a
        # name, with a counted object after it is active, the name its doer
        return False
    if partitive and _object_after_partitive(ctx, he, ce):
        return False  # قتل عناصر من التنظيم اثنين من الجنود: the partitive named the killers, an object follows
    prev = ctx.words.before(hs, 1, cs)
    own_victims = None
    if prev and _in_list(prev[0], cues().own_forces):
        if nxt and nxt[0] not in cues().cause_words:
            return False  # إن مقاتليه قتلوا عشرة جنود: the forces of the teller are the subject
        # قالت قسد إن ثلاثة من مقاتليها قتلوا في هجوم: nothing killed follows, so the teller's own men were
        # killed; the teller is the victim, never the doer
        own_victims = _own_forces_teller(ctx, d.sentence[0], cs, h)
    if own_victims is None and _strike_owner_before(ctx, cs, hs, ctx.actors(cs, hs)) is not None:
        return False  # غارة لقوات التحالف قتلت 29 طفلا: the strike is the active verb's subject, its owner the doer
    # the victims: the first name after the last complementizer before the verb, or right after the verb
    start = cs
    back = ctx.words.span_before(hs)
    if (form in cues().kill_forms and cs > d.sentence[0] and not ctx.words.between(cs, hs) and back
            and back[0][1] <= cs
            and "،" in ctx.doc.text[back[0][1]:hs]):
        # إن القيادي الحوثي فلان، قتل مع ثلاثة من مرافقيه: a comma after the victim's name (and its titles) opens
        # the verb's clause; the name before the comma is still its subject, from the complementizer on (not
        # with و: هاجم التنظيم القرية، وقتل ثلاثة is a clause of its own, whose subject is no victim)
        start = d.sentence[0]
    comps = ctx.lex.roles.get("complementizers", frozenset())
    for s, e, w in ctx.words.spans_from(start):
        if s >= hs:
            break
        if _in_list(w, comps):
            start = e
    victims = ctx.actors(start, hs)
    rel = ctx.words.span_before(hs)
    if rel and rel[0][0] >= cs and _in_list(rel[0][2], cues().relatives):
        # شيّع الأهالي المقاتلين الذين قتلوا في الغارة: the killed are the name the relative hangs on
        # (ونعت الهيئة عناصرها الذين قتلوا: with no name right before it, the clause's first name stays)
        victims = [(m, ent) for m, ent in ctx.doc.mentions_in(cs, rel[0][0], ("actor", "person"))
                   if ctx.words.gap(m.end, rel[0][0]) == 0][-1:] or victims
    stop = ce
    for s, _e, w in ctx.words.spans_from(he):
        if s >= ce:
            break
        if w in cues().cause_words and _drop_approximations(ctx.words.between(s, ce, limit=2)):
            # (على of على الأقل after the victims opens no cause: قتل 20 عنصرا على الأقل من قوات النظام)
            stop = s
            break
    victim = own_victims[1] if own_victims is not None else victims[0][1] if victims else named
    if victim is None:
        # قتل خمسة مدنيين بعد قصف للجيش العراقي: the owner of the attack under ل is its doer, never the killed
        owners = [m for m, _ent in ctx.actors(he, stop) if _lam_owner_of_attack(ctx, m, he)]
        after = [(m, ent) for m, ent in ctx.actors(he, stop) if all(m is not o for o in owners)]
        victim = after[0][1] if after else None
        if owners:
            stop = min(stop, owners[0].start)  # nor is a state adjective of the owner (للجيش العراقي) the killed
    # قتل فلسطينيان، قتل مدنيون سوريون برصاص: a nisba of a people, alone or on civilians, names no armed side
    # (the government the nation's adjective stands for); on soldiers it does (قتل جنود سوريون)
    lay_people = (bool(nxt) and _strip_conj(nxt[0]) not in cues().victim_heads - cues().civilian_words
                  and _people_before_cause(ctx, he, ce, se))
    if victim is None and not lay_people:
        for s, _e, _w in ctx.words.spans_from(start):
            if s >= stop:
                break
            victim = ctx.adjective_after(s, stop, n=1) if s < hs or s >= he else None
            if victim is not None:
                break  # 15 جنديا تركيا قتلوا
    doer = None
    for m, ent in ctx.actors(he, se):
        if ent is not victim and _after_agent_marker(ctx, m.start, he):
            doer = ent
            break
    if doer is None:
        doer = _instrument_agent(ctx, he, se, victim)
    if doer is None and d.type in _launch_cues()[0]:
        # قتل مدنيان جراء سقوط قذيفة أطلقتها ميليشيا الحوثي: who fired the weapon killed
        launcher = _launcher_after(ctx, he, se, victim)
        doer = launcher[1] if launcher is not None else None
    if doer is None:
        for x in ctx.raw_hits:
            if not (he <= x.start < se) or x.type != "ATTACK":
                continue
            doer = ctx.adjective_after(x.end, se)
            if doer is None:
                # جراء استهداف قوات الاحتلال: with the killed as the patients, even a masdar that takes its
                # patient as genitive (triggers.json genitive_patient) names its doer there
                for m, ent in ctx.actors(x.end, se):
                    if ctx.words.gap(x.end, m.start) > 3 or _in_list(ctx.marker(m.start, x.end), cues().not_agent):
                        break
                    if ent is not victim:
                        doer = ent
                    break
            if doer is victim:
                doer = None
            break  # the first attack after the verb is the one the killing happened in
    if (named is not None and victim is named and named.type == "person"
            and any(he <= x.start < se and x.type == "ATTACK" for x in ctx.raw_hits)):
        # قتل X، العميد في ...، بعد مواجهات مع: the attack told after the killing is the same happening, and the
        # two are one event only with no second target between them; the person stays in the text
        victim = None
    if counted and doer is None:
        # وقتل عدد منهم جراء التعذيب، باختطاف وقتل عدد من الدبلوماسيين: no doer named after the count (or a
        # masdar joined to another): on the ANT corpus the doer the clause would otherwise take was right as
        # often as not, and none at all was never better
        return False
    d.actor1, d.actor2, d.actor1_explicit = doer, victim, doer is not None
    return True


def _agreeing_pronoun(ctx: _Ctx, form: str, hs: int, cs: int) -> bool:
    """The word right before the verb is a feminine or plural subject pronoun (event_cues agent_pronouns:
    إنها، أنهم) the verb form agrees with (قتلت after -ها, قتلوا after -هم): the pronoun is the verb's subject,
    so the verb is active. The masculine إنه is left out: it is as often the pronoun of the matter before a
    passive (قال إنه قتل 20 مسلحا: twenty gunmen were killed)."""
    prev = ctx.words.before(hs, 1, cs)
    if not prev or not _in_list(prev[0], cues().agent_pronouns):
        return False
    verb = _strip_conj(form)
    return (prev[0].endswith("ها") and verb.endswith("ت")) or (prev[0].endswith("هم") and verb.endswith("وا"))


def _killed_person(ctx: _Ctx, h: Hit, he: int, ce: int, titles: int = 2, reach: int = 8) -> EntityDraft | None:
    """قُتل سليم الجبوري، قتل العميد حسن الزيدي، قتل القيادي في حزب الله X: an unvowelled masculine قتل with a
    named person right after it, or after at most `titles` title words (event_cues title_words) and the party
    the title is in (في X), within `reach` words, is passive: the person was killed (with no name the person
    no entity names, the party the title is in lost him). A person seldom kills in news prose; a party named
    right after قتل stays its subject, and a feminine قتلت (a state, a force) keeps reading the person as its
    object."""
    if _strip_conj(fold_text(ctx.doc.text[h.start:h.end]).strip()) != "قتل":
        return None
    titled = 0
    party: EntityDraft | None = None  # the party a title is in (القيادي في حزب الله)
    skip_to = -1
    prev = ""
    preps = _cue_words("title_party_preps")  # في، عن: the title's party follows them (القيادي في X)
    for s, _e, w in ctx.words.spans_at(he, reach):
        if s >= ce:
            break
        if s < skip_to:
            continue
        first = next(((m, ent) for m, ent in ctx.doc.mentions_in(s, ce, ACTOR_TYPES) if m.start == s), None)
        if first is not None and first[1].type == "person":
            # قتل المرشح عن قائمة X، فلان: the person in apposition to a titled member of a party is the same
            # victim; his party is the side that lost him (actor2), the person stays in the text
            return party or first[1]
        if (first is not None and titled and party is None and prev not in preps
                and len(ctx.words.between(first[0].start, first[0].end)) == 1 and w.endswith(cues().nisba)):
            # قتل القيادي الحوثي فلان: a one-word nisba name right after the title is the side he was in
            party, skip_to, prev = first[1], first[0].end, w
            continue
        if first is not None:
            if not (titled and prev in preps) or party is not None:
                break  # قتل التنظيم: a party right after the verb is its subject
            party, skip_to = first[1], first[0].end
            continue
        if w in preps and titled and party is None:
            prev = w
            continue
        if titled and party is None and prev not in preps:
            side = ctx.adjective_after(s, ce, n=1)
            if side is not None and ctx.words.gap(he, s) <= titles:
                # قتل القيادي الحوثي، فلان: a nisba of a party right after the title names the side he was in
                party, prev = side, w
                continue
        if party is not None or w not in cues().title_words or titled >= titles:
            break
        titled += 1
        prev = w
    return party


def _object_after_partitive(ctx: _Ctx, he: int, ce: int) -> bool:
    """After «قتل <head noun> من X» the word right after X opens an object (a count, a person noun or
    another name: قتل مسلحون من التنظيم ثلاثة جنود): the verb is active with X's men as its subject. A
    cause, a time or a place word there (قتل عناصر من قسد في غارة، أمس) leaves it passive."""
    named = ctx.actors(he, ce)
    if not named:
        return False
    m = named[0][0]
    if ctx.words.gap(he, m.start) > 3 or _CLAUSE_END.search(ctx.doc.text, he, m.start):
        return False
    rest = ctx.words.between(m.end, ce, limit=1)
    if not rest or _CLAUSE_END.search(ctx.doc.text, m.end, ctx.words.spans_at(m.end, 1)[0][0]):
        return False
    c = cues()
    objects = c.count_words | c.victim_heads | c.civilian_words | c.people_heads
    return rest[0].isdigit() or _in_list(rest[0], objects)


def _from_agent(ctx: _Ctx, d: Draft, h: Hit, ce: int, actors: list[tuple[model.Mention, EntityDraft]]
                ) -> tuple[model.Mention, EntityDraft] | None:
    """The name after من (or a word of leading, event_cues led_by) that follows an attack noun, manner or
    nisba adjectives and head nouns allowed between (قصف مكثف من القوات الحكومية، هجوم من عناصر التنظيم،
    ضربات بقيادة واشنطن): the deed came from it, its doer."""
    if d.type not in cues().from_agent_types or h.trig.pos != "noun" or h.trig.suffixed:
        return None
    c = cues()
    heads = ctx.lex.roles["heads"]
    for m, ent in actors:
        if m.start < h.end:
            continue
        if m.start >= ce:
            return None
        gap = ctx.words.bare_between(h.end, m.start)
        k = next((i for i, w in enumerate(gap) if w in c.origin_markers or w in c.led_by), None)
        if k is None or k > 2 or _CLAUSE_END.search(ctx.doc.text, h.end, m.start):
            return None
        lead, tail = gap[:k], gap[k + 1:]
        if not (all(w in c.manner or (w.endswith(c.nisba) and len(w) > 3 and w not in c.l_adjectives)
                    for w in lead) and len(tail) <= 2 and all(w in heads for w in tail)):
            return None
        if gap[k] in c.led_by:
            return m, ent  # ضربات صاروخية بقيادة الولايات المتحدة: who led them
        entry = packs.entries_by_id().get(ent.ref) if ent.ref else None
        first = _strip_conj(fold_text(ctx.doc.text[m.start:m.end]).split()[0]).removeprefix("ال")
        if entry is not None and entry.kind in c.civil_kinds and not tail and first not in heads:
            return None  # تصريح بالضربات من الكونغرس: a civil body is whence a permission comes, not fire
        return m, ent
    return None


def _after_agent_marker(ctx: _Ctx, pos: int, floor: int) -> bool:
    """The name at `pos` follows من قبل / على يد, head nouns allowed between (من قبل قوات "سوريا الديمقراطية"),
    also a partitive من after a head (على يد عناصر من حزب الله، على أيدي مجموعة من مسلحي التنظيم): the members
    named are the side's, so the side is the agent."""
    before = ctx.words.bare_before(pos, 6, floor)
    heads = ctx.lex.roles["heads"]
    origin = cues().origin_markers
    while before:
        if before[-1] in heads:
            before.pop()
        elif len(before) > 1 and " ".join(before[-2:]) in heads:
            del before[-2:]  # the heads of two words (مجموعة من، عدد من)
        elif len(before) > 1 and before[-1] in origin and before[-2] in heads:
            before.pop()  # the partitive من; the head before it is popped next
        else:
            break
    return before[-2:] in cues().agent_markers


def _instrument_agent(ctx: _Ctx, start: int, end: int, victim: EntityDraft | None) -> EntityDraft | None:
    """قُتل ... بنيران قوات النظام، برصاص عناصر التنظيم: the owner of the fire that killed is the killer."""
    for s, e, w in ctx.words.spans_from(start):
        if s >= end:
            break
        if not _in_list(w, cues().instrument_agents):
            continue
        # برصاصة من قناص إسرائيلي، بنيران من قوات النظام: a من right after the fire opens its owner
        nxt = ctx.words.spans_at(e, 1)
        at = nxt[0][1] if nxt and nxt[0][0] < end and nxt[0][2] == "من" else e
        owner = _actor_right_after(ctx, at, end, victim)
        if owner is not None:
            return owner[1]
        adjective = ctx.adjective_after(e, end) or _adjective_past_heads(ctx, at, end)  # بنيران تركية
        if adjective is not None and adjective is not victim:
            return adjective
    return None


def _masdar_fire_owner(ctx: _Ctx, h: Hit, ce: int, victim: EntityDraft | None, reach: int = 8
                       ) -> tuple[model.Mention, EntityDraft] | None:
    """The name right after an instrument word (event_cues instrument_agents: برصاص، بنيران، بقصف), head nouns
    between, within `reach` words after a masdar trigger and before any other trigger: the owner of the fire
    that did the masdar's deed (مقتل مدنيين بنيران قوات النظام)."""
    limit = ce
    # raw_hits are in text order: the next trigger after this one is bisected, not searched for
    for k in range(bisect.bisect_right(ctx.raw_hits, h.start, key=lambda x: x.start), len(ctx.raw_hits)):
        if ctx.raw_hits[k].start >= h.end:
            limit = min(ce, ctx.raw_hits[k].start)
            break
    for s, e, w in ctx.words.spans_at(h.end, reach):
        if s < h.end:
            continue
        if s >= limit:
            break
        if not _in_list(w, cues().instrument_agents):
            continue
        return _actor_right_after(ctx, e, ce, victim)
    return None


def _clash_opponent(ctx: _Ctx, start: int, se: int, reach: int = 14) -> tuple[model.Mention, EntityDraft] | None:
    """The name under مع right after a clash noun (event_cues clash_nouns: معارك، اشتباكات، مواجهات; two nisba
    or manner adjectives and head nouns allowed between) within `reach` words from `start`, in its sentence: the
    side the fighting, and a capture or advance it won, was against (إثر معارك عنيفة مع ميليشيات الحوثي)."""
    c = cues()
    spans = [sp for sp in ctx.words.spans_at(start, reach) if start <= sp[0] < se]
    clash = _in_list_forms(c.clash_nouns)
    # the words tested in C first: most reaches hold no clash noun
    for k, (_s, _e, w) in enumerate(spans if not clash.isdisjoint(map(_THIRD, spans)) else ()):
        if w not in clash:
            continue
        j = k + 1
        while j < len(spans) and j - k <= 2 and (spans[j][2].endswith(c.nisba) or spans[j][2] in c.manner):
            j += 1
        if j >= len(spans) or spans[j][2] != "مع":
            continue
        return _actor_right_after(ctx, spans[j][1], se)
    return None


def _between_sides(ctx: _Ctx, d: Draft, reach: int = 14) -> tuple[tuple[model.Mention, EntityDraft],
                                                                    tuple[model.Mention, EntityDraft] | None] | None:
    """The two sides of a clash noun (event_cues clash_nouns) named by بين X و Y later in its sentence, also past
    a comma, a time or a place (اشتباكات عنيفة تدور في مدينة البوكمال، بين تنظيم داعش من جهة وقوات النظام من
    جهة أخرى; المعارك في مدينة الحديدة، بين القوات الحكومية والمتمردين): X, named right after بين (head nouns
    between), is actor1 and Y, the next name opened by و that backs nothing, actor2. Not when another event
    word, a relative or a complementizer stands between the noun and بين (it then belongs to that clause), nor
    when بين follows a noun of a line or bond (event_cues between_hosts: الحدود بين غزة وإسرائيل)."""
    c = cues()
    h = d.head
    words = fold_text(ctx.doc.text[h.start:h.end]).split()
    # (the last word: اندلعت اشتباكات; the accusative قتالا as قتال)
    noun = _strip_conj(words[-1]) if words else ""
    if noun not in c.clash_nouns and noun[:-1] not in c.clash_nouns:
        return None
    se = d.sentence[1]
    spans = [sp for sp in ctx.words.spans_at(h.end, reach) if h.end <= sp[0] < se]
    k = next((i for i, sp in enumerate(spans) if sp[2] == "بين"), None)
    if k is None:
        return None
    bs, be, _w = spans[k]
    comps = ctx.lex.roles.get("complementizers", frozenset())
    prev = _strip_conj(spans[k - 1][2]) if k else ""
    if prev in c.between_hosts or any(_in_list(w, c.relatives) or _in_list(w, comps)
                                      for _s, _e, w in spans[:k]) or any(
            h.end <= x.start < bs for x in ctx.raw_hits):
        return None
    first = _actor_right_after(ctx, be, se)
    if first is None or first[1].type != "actor":
        return None
    backed = {id(ent) for ent in ctx.backers(first[0].end, se)}
    second = None
    backing = c.backing_words | c.led_by
    # «بين الجيش والمقاومة من جهة والحوثيين من جهة أخرى»: the names before «من جهة» are all the first side,
    # so the other side is the first name after it
    side_end = ctx.doc.text.find("من جهة", first[0].end, se)
    for m, ent in ctx.actors(first[0].end, se):
        if ent is first[1] or id(ent) in backed or m.start < side_end:
            continue
        gap = ctx.words.bare_between(first[0].end, m.start)
        if any(w in backing for w in gap) and "بين" not in gap and ctx.marker(m.start, first[0].end) != "وبين":
            continue  # المدعومة من التحالف بقيادة السعودية والإمارات، وبين الحوثيين: a backer's conjunct
        if ctx.doc.text[m.start:m.start + 1] == "و" or ctx.marker(m.start, first[0].end) in ("و", "وبين"):
            second = (m, ent)
        break
    return first, second


def _victims(ctx: _Ctx, cs: int, hs: int) -> list[tuple[model.Mention, EntityDraft]]:
    """Names in the genitive of a casualty noun before the trigger (مقتل 4 جنود روس، إصابة عناصر من قسد)."""
    out: list[tuple[model.Mention, EntityDraft]] = []
    nouns = cues().victim_nouns
    # the words up to the trigger tested in C first: most clauses hold no casualty noun (~30,000 `_in_list`
    # calls per 450 articles went to clauses that hold none)
    i, j = ctx.words.run_of(cs, hs)
    if _in_list_forms(nouns).isdisjoint(ctx.words.texts[i:j]):
        return out
    for s, e, w in ctx.words.spans_from(cs):
        if s >= hs:
            break
        if _in_list(w, nouns):
            for m, ent in ctx.actors(e, hs, persons=True):
                # مقتل 36 عنصرا على الأقل من قوات النظام: the approximation does not count toward the reach
                if len(_drop_approximations(ctx.words.between(e, m.start, limit=6))) <= 3:
                    out.append((m, ent))
                break
            if not out:
                lost = _lost_soldiers(ctx, cs, s, e, hs)
                if lost is not None:
                    out.append(lost)
            if not out and _own_members(ctx, e, hs):
                # أعلنت قسد مقتل خمسة من مقاتليها: the teller lost its own men, it is the one hit
                # the teller's mention is a claim's source, which ctx.actors leaves out
                named = [(m, ent) for m, ent in ctx.doc.mentions_in(cs, s, ("actor",))
                         if _is_subject_like(ctx, m, cs)]
                if named:
                    out.append(named[-1])
    return out


def _partitive_victim(ctx: _Ctx, m: model.Mention, floor: int) -> bool:
    """Whether the name `m` is told among a count of people by a partitive pronoun before it, with only counts,
    person nouns and من between (قتل عشرة أشخاص بينهم أربعة جنود فرنسيين، مقتل خمسة، من بينهم جنود إسرائيليون،
    أصيب 20 منهم عناصر من حزب الله): the named are among the killed or hurt, the struck side, never the doer.
    After منهم a count or person noun must stand between (طلب منهم الجيش: the name is another verb's subject),
    and وبين after بينهم makes it the other side of a between (اشتباكات بينهم وبين الجيش)."""
    c = cues()
    skip = c.victim_heads | c.people_heads | c.count_words | c.approx_words | c.aggregate_words | _scale_words()
    among = _cue_words("partitive_among")  # the pronouns that bring in who was among them (بينهم، منهم)
    words = ctx.words.before(m.start, 7, floor)
    between = 0
    for w in reversed(words):
        bare = _strip_conj(w)
        if bare in among:
            return between > 0 or bare.startswith("بين")
        if w.isdigit() or w in skip or bare in skip or w in c.victim_partitive:
            between += 1
            continue
        return False
    return False


def _counted_side(ctx: _Ctx, he: int, ce: int, actors: list[tuple[model.Mention, EntityDraft]]
                  ) -> tuple[model.Mention, EntityDraft] | None:
    """وقتل الجيش مع حلفائه عشرة مسلحين من تنظيم داعش: the first name after the verb told as the group of a count
    of people under a partitive (a count, a person noun of event_cues victim_heads, من, head nouns between) is
    the side the counted belong to, the struck, whether the verb is active (its subject a bare force noun no
    entity names) or passive; never the doer. None when no such name follows in the clause."""
    c = cues()
    heads = ctx.lex.roles["heads"]
    counts = c.count_words | c.approx_words | _scale_words()
    for m, ent in actors:
        if m.start < he or m.start >= ce:
            continue
        # (مصرع عشرة عناصر على الأقل من التنظيم: the approximation stands outside the count's words)
        ws = _drop_approximations(ctx.words.bare_between(he, m.start))
        if ws and ws[0] in c.object_preps:
            ws = ws[1:]  # القبض على خمسة عناصر من التنظيم، الإفراج عن: the preposition of the patient
        first = ctx.words.spans_at(m.start, 1)
        if first and first[0][0] == m.start and _strip_conj(first[0][2]) in c.victim_heads:
            ws = [*ws, _strip_conj(first[0][2])]  # عشرة من عناصر حزب الله: the name opens with the person noun
        k = len(ws)
        if _count_of_members(ws, counts):
            return m, ent  # ثلاثة من عناصر التنظيم، خمسة من قادة داعش: a count, من, the members' nouns in construct
        while k > 0 and ws[k - 1] in heads:
            k -= 1  # من تنظيم داعش: head nouns of the group's name the mention left out
        if (k >= 3 and ws[k - 1] in c.victim_partitive and ws[k - 2] in c.victim_heads
                and (ws[k - 3].isdigit() or ws[k - 3] in counts)):
            return m, ent
        return None  # only the first name after the verb: a later one is another clause's
    return None


def _counted_people(gap: list[str]) -> list[str] | None:
    """The words of `gap` less a count (digits, numerals, thousands, نحو/حوالي) when a person noun of armed men
    or officials follows the count and nothing else stands in it (نحو 14 ألف جندي، ألفي جندي، 350 جنديا): the
    noun alone, to be read as a head before the name; None otherwise."""
    c = cues()
    counts = c.count_words | c.approx_words | _scale_words()
    k = 0
    while k < len(gap) and (gap[k].isdigit() or gap[k] in counts):
        k += 1
    if k == 0 or k != len(gap) - 1 or gap[k] not in c.people_heads:
        return None
    return gap[k:]


def _among_victims(ctx: _Ctx, d: Draft, ent: EntityDraft) -> bool:
    """Whether every name of `ent` in d's sentence is told among the dead or hurt (_partitive_victim)."""
    ss, se = d.sentence
    own = [m for m, e in ctx.doc.mentions_in(ss, se, ACTOR_TYPES) if e is ent]
    return bool(own) and all(_partitive_victim(ctx, m, ss) for m in own)


def _joint_partner(ctx: _Ctx, d: Draft, pos: int, he: int) -> bool:
    """أطلقت أنقرة عملية عسكرية مع فصائل المعارضة، شنت حملة مع النظام: a name under مع (head nouns between, or
    a partitive: مع قوات في المعارضة) right after a campaign noun of an attack (event_cues
    joint_campaign_words: عملية، حملة, nisba adjectives between; not a clash noun, اشتباكات مع X, whose مع
    names the other side) is a partner in the campaign, never its target."""
    c = cues()
    if d.type not in c.claimed_types:
        return False
    heads = ctx.lex.roles["heads"]
    spans = ctx.words.spans
    j = ctx.words.index_at(pos) - 1
    while j >= 0 and spans[j][0] >= he and (spans[j][2] in heads or spans[j][2] in c.partitive):
        j -= 1
    if j < 0 or _strip_conj(spans[j][2]) != "مع":
        return False
    # the campaign noun right before مع, its nisba adjectives (عسكرية، برية) between, inside the event's words
    for k in range(j - 1, max(-1, j - 4), -1):
        st, _e, w = spans[k]
        if st < d.head.start:
            break
        if _in_list(w, c.joint_campaign_words):
            return True
        if not w.endswith(c.nisba):
            break
    return False


def _soldiers_side(ctx: _Ctx, k: int, limit: int) -> tuple[tuple[model.Mention, EntityDraft] | None, int]:
    """The soldiers named at word index k (a count before them at most: أربعة جنود روس، جنديين روسيين، جندي
    إسرائيلي) and the side their state adjective names, with a mention made on the adjective; and the index of
    the word after the phrase (k when there is none)."""
    c = cues()
    spans = ctx.words.spans
    j = k
    while j < len(spans) and j < k + 3 and (spans[j][2] in c.lost_soldier_counts or spans[j][2] in c.count_words
                                            or spans[j][2].isdigit()):
        j += 1
    if j >= len(spans) or spans[j][0] >= limit or not _in_list(spans[j][2], c.lost_soldier_nouns):
        return None, k
    if j + 1 >= len(spans) or spans[j + 1][0] >= limit:
        return None, k
    s, e, _w = spans[j + 1]
    side, ent = ctx.side_adjective_after(s, limit, n=1)
    if not side or ent is None:
        return None, k
    return (model.Mention(s, e, ctx.doc.text[s:e], how="pattern"), ent), j + 2


def _dead_soldiers(ctx: _Ctx, d: Draft, cs: int, ce: int) -> tuple[model.Mention, EntityDraft] | None:
    """أربعة جنود روس قتلوا، جنديين روسيين لقوا حتفهم، قتل جندي إسرائيلي، أصيب ثلاثة جنود أتراك: soldiers named
    by a state adjective right before or right after a verb of dying or being hit (event_cues death_verbs) in
    the event's clause are the side struck, whatever the verb's voice."""
    verbs = cues().death_verbs
    if not verbs or d.type not in cues().opposing_types:
        return None
    spans = ctx.words.spans
    # only the clause's verbs of dying are visited (`Words.indexes_in`), not each of its words
    for i in ctx.words.indexes_in(cs, ce, _in_list_forms(verbs)):
        # VS: the soldiers right after the verb
        got, _end = _soldiers_side(ctx, i + 1, ce)
        if got is not None and _kill_object_after(ctx, spans[i][1], ce):
            got = None  # قتل جندي إسرائيلي فلسطينيا: the soldier is the subject of an active killing
        if got is not None:
            return got
        # SV: the phrase ending right before the verb (up to a count, a noun and its adjective)
        for k in range(max(ctx.words.index_at(cs), i - 4), i):
            got, end = _soldiers_side(ctx, k, ce)
            if got is not None and end == i:
                return got
    return None


def _own_loss_head(ctx: _Ctx, d: Draft, cs: int, hs: int, he: int) -> tuple[model.Mention, EntityDraft] | None:
    """أعلنت أنقرة مقتل 8 من جنودها، أعلن الحزب مصرع أحد عناصره: the trigger is a casualty noun whose dead are
    the own men (من جنودها، أحد عناصره) of the party named last as a subject before it in its clause: that party."""
    if d.head.trig.pos != "noun" or d.type not in cues().opposing_types:
        return None
    word = ctx.words.between(d.head.start, d.head.end, limit=1)
    nouns = cues().victim_nouns
    if not word or not _in_list(word[0], nouns) or not _own_members(ctx, he, d.clause[1]):
        return None
    # (a verb of announcing may carry the noun as its light verb: the names before the noun itself count)
    named = [(m, ent) for m, ent in ctx.doc.mentions_in(cs, max(hs, d.head.start), ("actor",))
             if _is_subject_like(ctx, m, cs)]
    return named[-1] if named else None


def _victim_noun_start(ctx: _Ctx, cs: int, hs: int) -> int:
    """Where the first casualty noun (مقتل، إصابة) of [cs, hs) starts; hs when none: a victim named before it
    is the one announcing its own losses."""
    nouns = cues().victim_nouns
    for s, _e, w in ctx.words.spans_from(cs):
        if s >= hs:
            break
        if _in_list(w, nouns):
            return s
    return hs


def _lost_soldiers(ctx: _Ctx, cs: int, ns: int, ne: int, hs: int) -> tuple[model.Mention, EntityDraft] | None:
    """مقتل أربعة جنود روس، أعلن الجيش الإسرائيلي مقتل جندي: soldiers (event_cues lost_soldier_nouns) after the
    casualty noun at [ns, ne), a count between at most, belong to the state their adjective names, or with no
    adjective and no name after them to the state, army or ministry (lost_soldier_kinds) announcing it: the
    subject of a verb of announcing before the noun, an aside (a time, في بيان) at most between. That side
    was struck; it is never the doer. The adjective's side comes with a mention made on the adjective."""
    c = cues()
    spans = [sp for sp in ctx.words.spans_at(ne, 4) if sp[1] <= hs]
    k = 0
    while k < len(spans) and (spans[k][2] in c.lost_soldier_counts or spans[k][2] in c.count_words
                              or spans[k][2].isdigit()):
        k += 1
    if k >= len(spans) or not _in_list(spans[k][2], c.lost_soldier_nouns):
        return None
    after = spans[k][1]
    rest = ctx.words.spans_at(after, 2)
    if rest and rest[0][2] in c.others_words:
        after = rest[0][1]  # مقتل جندي آخر
    side, ent = ctx.side_adjective_after(after, hs, n=1)
    if side:
        if ent is None:
            return None
        s, e, _w = ctx.words.spans_at(after, 1)[0]
        return model.Mention(s, e, ctx.doc.text[s:e], how="pattern"), ent
    nxt = ctx.words.spans_at(after, 1)
    if nxt and nxt[0][0] < hs and ((nxt[0][2].endswith(c.nisba) and len(nxt[0][2]) > 3
                                    and not _in_list(nxt[0][2], c.cause_words))
                                   or nxt[0][2] in c.origin_markers):
        return None  # مقتل جندي من القوات، جنود أتراك: an adjective or a group the pack does not know
    named = [(m, ent) for m, ent in ctx.doc.mentions_in(cs, ns, ("actor",)) if _is_subject_like(ctx, m, cs)]
    if not named:
        return None
    m, ent = named[-1]
    verb = ctx.words.before(m.start, 1, cs)
    if (not verb or not _in_list(verb[0], c.claim_declare_verbs)
            or len(ctx.words.between(m.end, ns)) > c.declared_deed_gap):
        return None
    entry = packs.entries_by_id().get(ent.ref) if ent.ref else None
    return (m, ent) if entry is not None and entry.kind in c.lost_soldier_kinds else None


def _pronoun_teller(ctx: _Ctx, ss: int, hs: int, window: int = 6
                    ) -> tuple[model.Mention, EntityDraft] | None:
    """قالت X إنها ...: a subject pronoun within `window` words before the verb, with no name between, is
    the teller named right before it (a claim's source, which ctx.actors leaves out)."""
    # the words from ss that start before hs (the starts are sorted: bisected, not filtered to the text's end)
    i = ctx.words.index_at(ss)
    spans = ctx.words.spans[i:max(i, bisect.bisect_left(ctx.words.starts, hs))][-window:]
    pron = next((sp for sp in reversed(spans) if sp[2] in cues().pronoun_subjects), None)
    if pron is None or ctx.doc.mentions_in(pron[1], hs, ("actor", "person")):
        return None
    told = [(m, ent) for m, ent in ctx.doc.mentions_in(ss, pron[0], ("actor",))
            if _is_subject_like(ctx, m, ss) and ctx.words.gap(m.end, pron[0]) <= 3]
    return told[-1] if told else None


def _own_forces_teller(ctx: _Ctx, ss: int, cs: int, anchor: Hit, window: int = 12
                       ) -> tuple[model.Mention, EntityDraft] | None:
    """قال الجيش إن طائراته قصفت، أعلنت الوزارة أن قواتها اعتقلت: a force noun with a pronoun suffix right
    before or after the verb is its subject, and the pronoun points back to the name the sentence opened with
    before the verb: the teller (a claim's source, which ctx.actors leaves out) or the subject of a clause
    before. None when no such noun stands by the verb, or no name is within `window` words before it."""
    own = cues().own_forces
    if not own:
        return None
    prev = ctx.words.before(anchor.start, 1, cs)
    nxt = ctx.words.between(anchor.end, min(len(ctx.doc.text), anchor.end + 40), limit=1)
    spot = None
    # compared through the one global set (`_strip_conj`), not per list (`_in_list`): per list, وحداته (own
    # first letter in this list) met it, and the pronoun went to the nearest name before the verb, a genitive
    # (عناصر ... ذراع تنظيم القاعدة، وتقوم وحداته: al-Qaeda as the sweep's doer), where the sentence's opener
    # is meant; left until the teller picks the opener
    if prev and _strip_conj(prev[0]) in own:
        spot = ctx.words.spans[ctx.words.index_at(anchor.start) - 1][0]
    elif nxt and _strip_conj(nxt[0]) in own:
        spot = anchor.start
    if spot is None:
        return None
    told = [(m, ent) for m, ent in ctx.doc.mentions_in(ss, spot, ("actor",))
            if (_is_subject_like(ctx, m, ss) or _speech_owner(ctx, m, ss)) and ctx.words.gap(m.end, spot) <= window]
    if told and (feared := _feared_party_after(ctx, told[-1][0], spot, ss)) is not None:
        return feared  # تخشى الفصائل هجوما للقوات بعد أن قصفت مدفعيتها: the forces feared, not those fearing
    return _first_conjunct(ctx, told[-1], ss) if told else None


def _adjective_agent(ctx: _Ctx, pos: int, limit: int) -> EntityDraft | None:
    """من قبل مقاتلات روسية، شنته طائرات تركية: force nouns (heads) then a state adjective name the doer."""
    return _adjective_side(ctx, pos, limit)[1]


def _adjective_side(ctx: _Ctx, pos: int, limit: int) -> tuple[bool, EntityDraft | None]:
    """_adjective_agent, and whether a state or government adjective was there at all (قصفت الطائرات
    الحربية السورية in an article that names no Syrian party: a doer of its own, none to borrow)."""
    # event_cues adjective_doer_heads: settlers and police (مستوطن إسرائيلي، شرطي إسرائيلي) act for the state
    # their nisba names here, though they are no force noun elsewhere (a settler is no soldier to borrow)
    heads = ctx.lex.roles["heads"] | cues().people_heads | _cue_words("adjective_doer_heads")
    spans = ctx.words.spans
    i = _past_fillers(ctx, ctx.words.index_at(pos), limit)
    k = 0
    while i + k < len(spans) and k < 2 and spans[i + k][0] < limit:
        w = _strip_conj(spans[i + k][2])
        if w not in heads and w.removeprefix("ال") not in heads:
            break
        k += 1
    if k == 0 or i + k >= len(spans) or spans[i + k][0] >= limit:
        return False, None
    return ctx.side_adjective_after(spans[i + k][0], limit, n=2)


def _past_fillers(ctx: _Ctx, i: int, limit: int) -> int:
    """The index of the first word from i on that is no filler between a verb and its subject: تنفذه منذ عشرة
    أيام القوات، تنتشر اليوم القوات. After منذ up to three words of a length of time are skipped."""
    spans = ctx.words.spans
    c = cues()
    while i < len(spans) and spans[i][0] < limit:
        w = _strip_conj(spans[i][2])
        if w in ctx.lex.reference_window:
            ends = [j for j in range(i + 1, min(i + 4, len(spans)))
                    if _in_list(spans[j][2], c.duration_words)]
            if not ends:
                break  # منذ فرض الاتفاق: an earlier event, not a length of time
            i = ends[0] + 1
        elif w in c.subject_fillers:
            i += 1
        else:
            break
    return i


def _adjective_subject(ctx: _Ctx, pos: int, cs: int) -> tuple[bool, EntityDraft | None]:
    """القوات الجوية العراقية استهدفت، إن الطائرات الحربية الحكومية استأنفت القصف: force nouns and adjectives
    only, one of them a state's or the government's, right before the verb at `pos` are its subject (SVO);
    a particle of the future or of the past may stand between (القوات الحكومية سوف تنتشر)."""
    heads = ctx.lex.roles["heads"]
    spans = ctx.words.spans
    c = cues()
    i = ctx.words.index_at(pos) - 1
    while i > 0 and spans[i][0] >= cs and _in_list(spans[i][2], c.subject_fillers):
        pos = spans[i][0]
        i -= 1
    for k in range(i - 1, max(i - 5, -1), -1):
        if spans[k][0] < cs or _CLAUSE_END.search(ctx.doc.text, spans[k][1], pos):
            break
        w = _strip_conj(spans[k][2])
        if w in heads or w.removeprefix("ال") in heads:
            tail = [_strip_conj(x[2]) for x in spans[k + 1:i + 1]]
            if all(x in c.government_adjectives or x in _state_adjectives() or x.endswith(c.nisba)
                   or x in c.manner for x in tail):
                return ctx.side_adjective_after(spans[k + 1][0], pos, n=len(tail))
            break
    return False, None


def _own_members(ctx: _Ctx, pos: int, hs: int) -> bool:
    """من عناصره، من مقاتليها، أحد جنوده, within four words of a casualty noun: members of the group named
    before."""
    heads = ctx.lex.roles["heads"]
    words = ctx.words.between(pos, hs)[:5]
    for k, w in enumerate(words[1:], 1):
        if words[k - 1] != "من" and words[k - 1] not in cues().lost_soldier_counts:
            continue
        for suffix in _object_pronouns()[0]:
            if w.endswith(suffix) and w[: -len(suffix)] in heads:
                return True
    return False


def _chain_noun(w: str) -> bool:
    """A bare noun that may stand inside a construct chain (عمليات، أسلحة، قيادة): no article, not a verb in
    the imperfect, not one of event_cues holding_not_links (prepositions, relatives, verbs of holding)."""
    return (len(w) > 2 and not w.startswith("ال") and not w.startswith("ي") and not w.isdigit()
            and w not in cues().holding_not_links and w not in cues().target_markers)


def _held_target(ctx: _Ctx, m: model.Mention, floor: int, hits: list[Hit]) -> bool:
    """The name owns what an attack hit: استهدف دورية للأمن العام، انفجرت عبوة بدورية لقوات الحشد، الهجوم على
    مقر للجيش، قصفت مواقع الجيش. The noun before it (under ل or in construct, head nouns allowed between) is
    one of event_cues target_holdings, so the name is the attack's target, never its doer."""
    heads = ctx.lex.roles["heads"]
    holdings = cues().target_holdings
    mk = ctx.marker(m.start, floor)
    prev = ctx.words.bare_before(m.start, 4, floor)
    if mk != "ل" and not (prev and _strip_conj(mk) == prev[-1] and prev[-1] not in heads):
        # في الحسكة، على قسد: a preposition, not the genitive of a held thing; دوريات قسد in construct is as
        # often the force that acts (قصفت دوريات قسد مواقع التنظيم)
        return False
    n0 = len(prev)
    if mk == "ل" and prev and prev[-1] in cues().holding_ties:
        prev.pop()  # مبان تابعة لتنظيم الدولة: an adjective of belonging ties the held thing to its owner
    if mk == "ل":
        # آليات قتالية للميليشيا، مواقع عسكرية للنظام: up to two adjectives (nisba or manner) describe the held
        # thing; a force in place struck (تعزيزات للانقلابيين) is held like a position
        holdings = holdings | _attacked_words()

    def held(w: str) -> bool:
        # (also with the article under ل: قصفت المواقع التابعة لحزب الله, as مواقع تابعة لحزب الله)
        return w in holdings or any(w.startswith(p) and w[len(p):] in holdings for p in cues().holding_prefixes) or (
            mk == "ل" and w.startswith("ال") and w[2:] in holdings)

    if mk == "ل":
        for _k in range(2):
            if len(prev) > 1 and not held(prev[-1]) and (prev[-1].endswith(cues().nisba)
                                                         or prev[-1] in cues().manner):
                prev.pop()
    while prev and prev[-1] not in holdings and (prev[-1] in heads or prev[-1][1:] in heads):
        prev.pop()  # دورية لقوات الحشد: the force noun before the name
    if not prev:
        return False
    if not held(prev[-1]):
        # مقر عمليات الحشد، مخازن أسلحة للحشد: bare nouns in construct (no article, no particle, no verb) may
        # stand between the held thing and its owner, so the owner is still what the attack hit
        links = cues().holding_links
        for k in range(1, links + 1):
            if len(prev) > k and held(prev[-k - 1]) and all(_chain_noun(w) for w in prev[-k:]):
                del prev[-k:]
                break
        else:
            return False
    # the held thing is the attack's own object: right after one of its triggers, a target marker between at
    # most (آلية مفخخة كانت تتجه إلى مواقع للتحالف: the positions are where the struck vehicle was going)
    i = ctx.words.index_at(m.start) - 1 - (n0 - len(prev))
    spot = ctx.words.spans[i][0] if 0 <= i < len(ctx.words.spans) else m.start
    for end in sorted((x.end for x in hits if x.end <= spot), reverse=True)[:1]:
        gap = ctx.words.bare_between(end, spot)
        return len(gap) <= 3 and not (set(gap[:-1]) | (set(gap[-1:]) - cues().target_markers)) & cues().not_agent
    return False


def _patient_resumed(ctx: _Ctx, d: Draft, prev: Draft, cs: int, start: int) -> bool:
    """ألقت الوحدات القبض على خلية ...، وكانت الخلية تخطط لتنفيذ هجمات: the clause's subject is the definite
    form of the noun the previous event was done to (an indefinite object just after its trigger), so the party
    that object belongs to (the previous event's actor2) acts now."""
    if _sent_index(ctx.doc, d.sentence[0]) - _sent_index(ctx.doc, prev.sentence[0]) > 1:
        return False
    ph = prev.head
    # introduced indefinite after the trigger (its subject between: اعتقلت الشرطة مجموعة), resumed definite:
    # a definite noun there is more often the doer named again (قصفت الطائرات ... وكانت الطائرات)
    objects = {w for w in (_strip_conj(x) for x in ctx.words.between(ph.end, prev.clause[1], limit=4))
               if not w.startswith("ال")}
    subjects = ctx.words.bare_between(cs, start)
    # التابعة، الموالية: an adjective of belonging repeated is no object noun resumed
    return any(w.startswith("ال") and len(w) > 4 and w[2:] in objects and w not in cues().l_adjectives
               for w in subjects)


def _first_conjunct(ctx: _Ctx, pick: tuple[model.Mention, EntityDraft], cs: int
                    ) -> tuple[model.Mention, EntityDraft]:
    """The head of a coordinated subject: وبات الجيش التركي وفصائل موالية له يسيطرون — the first named leads,
    the ones joined by و take part."""
    while ctx.marker(pick[0].start, cs) == "و":
        prev = [p for p in ctx.actors(cs, pick[0].start) if ctx.words.gap(p[0].end, pick[0].start) <= 1]
        if not prev:
            break
        pick = prev[-1]
    return pick


def _suicide_told(ctx: _Ctx, d: Draft) -> bool:
    """Whether the attack's sentence tells of a suicide bomber (event_cues suicide_words)."""
    words = cues().suicide_words
    if d.type != "ATTACK":
        return False
    # the sentence's words tested in C (`Words.indexes_in`), not one `_in_list` call each
    return bool(ctx.words.indexes_in(d.sentence[0], d.sentence[1], _in_list_forms(words)))


def _body_subject(ctx: _Ctx, d: Draft, anchor: Hit, ss: int, cs: int) -> tuple[bool, EntityDraft | None] | None:
    """The verb's subject is a state body no entity names (ألقت الشرطة العراقية القبض، داهم فيلق الحدود،
    الشرطة اعتقلت، قالت الشرطة إنها اعتقلت; for ARREST and RELEASE nouns also the body opening the clause:
    أصدرت محكمة أمرا باحتجازه): None when there is none; else whether a state adjective follows it and the
    party the adjective names in the article (None when it names none). A body followed by a name belongs
    to that name (شرطة حماس) and is left to the rules for names."""
    bodies, types = cues().body_subjects, cues().body_subject_types
    spans = ctx.words.spans
    if not bodies or not spans:
        return None
    i = ctx.words.index_at(anchor.start)
    spots: list[int] = []
    after = _past_fillers(ctx, ctx.words.index_at(anchor.end), d.sentence[1])
    if (d.verbal and anchor is d.head) or d.type in types:
        # VSO: داهمت الشرطة; after a light verb only for an arrest (ألقت الشرطة القبض), as أعلنت الشرطة
        # مقتل خمسة في هجوم tells of the attack, it did not do it
        spots.append(after)
    k = i - 1
    while k >= 0 and spans[k][0] >= cs and _in_list(spans[k][2], cues().subject_fillers):
        k -= 1
    if k >= 0 and spans[k][0] >= cs:
        w = _strip_conj(spans[k][2])
        if w in cues().pronoun_subjects:
            # قالت الشرطة في بيان إنها: the teller a few words before the pronoun
            spots.extend(j for j in range(k - 1, max(k - 5, -1), -1) if spans[j][0] >= ss)
        else:
            spots.extend((k, k - 1))  # الشرطة اعتقلت، الشرطة العراقية اعتقلت، فيلق الحدود داهم
    first = ctx.words.index_at(cs)
    if d.type in types and not d.verbal and first + 1 < i:
        spots.append(first + 1)  # أصدرت محكمة في إسطنبول أمرا باحتجازها
    for j in spots:
        if not (0 <= j < len(spans)) or spans[j][0] < ss or spans[j][0] >= d.sentence[1]:
            continue
        names = bodies
        if _in_list(spans[j][2], cues().body_heads) and j + 1 < len(spans) \
                and spans[j + 1][0] < d.sentence[1] and not ctx.doc.overlapping(*spans[j][:2]):
            j += 1  # طوقت قوات الأمن، اقتحمت عناصر الشرطة: the body is named after its head noun
            names = bodies | cues().body_head_names
        elif j > 0 and _in_list(spans[j - 1][2], cues().body_heads) and not ctx.doc.overlapping(*spans[j - 1][:2]):
            names = bodies | cues().body_head_names  # برصاص قوات الأمن: the spot is on the name itself
        s, e, w = spans[j]
        if not _in_list(w, names) or ctx.doc.overlapping(s, e):  # (فيلق is no و/ف)
            continue
        nxt = ctx.words.spans_at(e, 1)
        if nxt and ctx.doc.mentions_in(nxt[0][0], nxt[0][1] + 1, ("actor",)):
            continue
        return ctx.side_adjective_after(e, d.sentence[1], n=2)
    return None


def _undergone_arrest(ctx: _Ctx, d: Draft, h: Hit, m: model.Mention, ent: EntityDraft, ce: int) -> bool:
    """اعتقل يوسف الحداد، 40 عاما، واعتقل الحداد للمرة الثانية عام 2015: an unvowelled masculine past verb of arrest
    (event_cues undergone_arrest_types) with a person right after it and no object after the person (the clause
    ends, or a time or a word of undergone_arrest_next opens) is the passive: a person who arrests someone has
    the arrested after him (احتجز المسلح عاملة), and an arrest by a private person is rare; the arresting side is
    borrowed from around, if at all."""
    if d.type not in _undergone_arrest_types() or ent.type != "person" or h.light is not None:
        return False
    verb = fold_text(ctx.doc.text[h.start:h.end])
    if verb.endswith(("ت", "ا")):
        return False  # a feminine or plural verb has a subject of its own (اعتقلت الشرطة X)
    return _nothing_governed(ctx, m.end, ce)


def _nothing_governed(ctx: _Ctx, pos: int, ce: int) -> bool:
    """No object opens at `pos`: the clause ends there, or a time or a word of event_cues undergone_arrest_next
    (a preposition, a time word: في، منذ، بعد، لأول) comes next."""
    if _CLAUSE_END.match(ctx.doc.text, pos) or pos >= ce:
        return True
    nxt = ctx.words.spans_at(pos, 1)
    if not nxt or nxt[0][0] >= ce:
        return True
    s, _e, w = nxt[0]
    if any(t.start <= s < t.end for t in ctx.doc.times):
        return True
    return _in_list(w, _cue_words("undergone_arrest_next"))


@cache
def _undergone_arrest_types() -> frozenset[str]:
    """event_cues undergone_arrest_types, as written (type labels are not folded)."""
    return frozenset(load_json("event_cues").get("undergone_arrest_types", []))


def _time_aside(ctx: _Ctx, a: int, b: int, limit: int = 4) -> bool:
    """Whether [a, b) is empty or only a short time aside (تمكنت القوات في وقت لاحق من، نجح الجيش أمس في):
    words of a time the times stage found, subject fillers or control_fillers, `limit` words at most."""
    spans = [x for x in ctx.words.spans_at(a, limit + 1) if x[0] >= a and x[1] <= b]
    if ctx.words.gap(a, b) > limit:
        return False
    fillers = cues().control_fillers
    return all(_in_list(w, fillers) or any(t.start <= s and e <= t.end for t in ctx.doc.times)
               for s, e, w in spans)


def _control_subject(ctx: _Ctx, h: Hit, cs: int, actors: list[tuple[model.Mention, EntityDraft]],
                     window: int = 10) -> tuple[tuple[model.Mention, EntityDraft] | None, EntityDraft | None] | None:
    """A bare event noun governed by a verb of managing or trying (تمكنت القوات العراقية من السيطرة، الجيش نجح
    في طرد، حاول المسلحون اقتحام) is done by that verb's subject, named after the verb (VSO) or right before
    it (SVO); the noun's own genitive is then what it was done to. Returns (mention, entity) when the subject
    is a name, (None, entity) when it is force nouns with a state adjective (تمكنت القوات التركية), or None
    when no such verb governs the noun. `window` words at most stand between the verb and the noun."""
    verbs, preps = cues().control_verbs, cues().control_preps
    spans = ctx.words.spans
    k = ctx.words.index_at(h.start) - 1
    if k < 0 or spans[k][0] < cs:
        return None
    noun_at = h.start
    # a noun joined by و to event nouns right before it (تمكنت القوات من قتل وأسر عناصر): the managing verb
    # governs each of them, so it is looked for before the first
    k, noun_at = _control_conjuncts(ctx, h, k, cs, noun_at)
    if k < 0 or spans[k][0] < cs:
        return None
    if _in_list(spans[k][2], preps):
        noun_at = spans[k][0]
        k -= 1
    if _in_list_forms(verbs).isdisjoint(ctx.words.texts[max(k - window + 1, 0):k + 1]):
        return None  # no managing verb in the window (most nouns): its words tested in C, not one by one
    for j in range(k, max(k - window, -1), -1):
        s, e, w = spans[j]
        if s < cs or _CLAUSE_END.search(ctx.doc.text, e, noun_at):
            return None
        if not _in_list(w, verbs):
            continue
        inside = [(m, ent) for m, ent in actors if e <= m.start and m.end <= noun_at]
        if inside:
            # VSO: every word between the verb and the noun (or its preposition) is the subject's
            m, ent = inside[0]
            if ctx.words.gap(e, m.start) > 0 or not _time_aside(ctx, inside[-1][0].end, noun_at):
                return None
            return (m, ent), ent
        if j == k:
            # SVO: the name right before the verb, fillers aside (إن الجيش قد تمكن من)
            i = j
            while i > 0 and spans[i - 1][0] >= cs and _in_list(spans[i - 1][2], cues().subject_fillers):
                i -= 1
            lead = [(m, ent) for m, ent in actors if cs <= m.start and m.end <= spans[i][0]
                    and ctx.words.gap(m.end, spans[i][0]) == 0 and _is_subject_like(ctx, m, cs)]
            if lead:
                pick = _first_conjunct(ctx, lead[-1], cs)
                return pick, pick[1]
            _named, ent = _adjective_subject(ctx, spans[i][0], cs)
            return (None, ent) if ent is not None else None
        _named, ent = _adjective_side(ctx, e, noun_at)
        return (None, ent) if ent is not None else None
    return None


def _adjective_candidates(ctx: _Ctx) -> tuple[list[Hit], list[int], list[tuple[int, int]], list[int]]:
    """The noun triggers (raw_hits, in text order) and the people words (event_cues people_heads) that a
    state adjective follows when no clause limit cuts it short, with the triggers' starts and the words'
    ends; found once per article.
    `adjective_after` under a limit reads a prefix of the same words, so it names a party only where the
    unlimited reading does: a clause's subject is looked for among these alone, not among every trigger and
    word of a sentence before it (which was quadratic in a long comma-joined sentence)."""
    got = ctx._adjective_nouns
    if got is None:
        end = len(ctx.doc.text)
        nouns = [x for x in ctx.raw_hits if x.trig.pos == "noun" and ctx.adjective_after(x.end, end) is not None]
        heads = cues().people_heads
        people = [(s, e) for s, e, w in ctx.words.bare
                  if w in heads and ctx.adjective_after(e, end, n=1) is not None]
        got = ctx._adjective_nouns = (nouns, [x.start for x in nouns], people, [e for _s, e in people])
    return got


def _noun_adjective_subject(ctx: _Ctx, ss: int, cs: int) -> EntityDraft | None:
    """The party of a state adjective after the first noun trigger in [ss, cs) that has one within cs (وأسفر
    القصف التركي عن مقتل ...)."""
    nouns, starts, _people, _pstarts = _adjective_candidates(ctx)
    for k in range(bisect.bisect_left(starts, ss), bisect.bisect_left(starts, cs)):
        subject = ctx.adjective_after(nouns[k].end, cs)
        if subject is not None:
            return subject
    return None


def _people_adjective_subject(ctx: _Ctx, ss: int, cs: int) -> EntityDraft | None:
    """The party of a state adjective right after the first people word of [ss, cs) (المسؤولون الروس، 3000
    جندي روسي)."""
    _nouns, _starts, people, ends = _adjective_candidates(ctx)
    for k in range(bisect.bisect_right(ends, ss), len(people)):  # the words ending after ss, as spans_from
        _s, e = people[k]
        if e > cs:
            break
        subject = ctx.adjective_after(e, cs, n=1)
        if subject is not None:
            return subject
    return None


def _clause_people_subject(ctx: _Ctx, cs: int, hs: int) -> EntityDraft | None:
    """ونفى المسؤولون الروس نشر قوات، أكد مسؤولون أتراك اعتقال: people of a state named by its adjective as
    the subject of the verb governing the event noun, in the noun's own clause, are the state doing its own
    deed, as a name there would be. Only the last such people before the noun, at most two words (the verb)
    between them and it: not across a complementizer, which opens a report of another's deed (قال مسؤولون
    أمريكيون إن الغارات), nor a preposition, which puts the noun in a phrase of its own (قتل جندي روسي في
    قصف)."""
    _nouns, _starts, people, ends = _adjective_candidates(ctx)
    k = bisect.bisect_right(ends, cs)
    last = None
    while k < len(people) and people[k][1] <= hs:
        last = people[k]
        k += 1
    if last is None or last[0] < cs:
        return None
    words = ctx.words.between(last[1], hs)  # the adjective, then what stands between it and the noun
    comps = ctx.lex.roles.get("complementizers", frozenset())
    if len(words) > 3 or any(_in_list(w, cues().masdar_preps) or _in_list(w, comps)
                             for w in words[1:]):
        return None
    return ctx.adjective_after(last[1], hs, n=1)


def _written_passive_patient(ctx: _Ctx, anchor: Hit, cs: int, ce: int
                             ) -> tuple[model.Mention, EntityDraft] | None:
    """اعتُقل الحداد، قُتل قائد التنظيم: the verb is written passive, so the name after it is its patient
    (its subject in the passive), never its doer; no pronoun before it is the doer either. Only a name
    right after it, at most two words between that open no new phrase: one under a preposition or
    after event_cues written_passive_agents is an agent or a place (سُجنوا لدى الميليشيا، قُتل برصاصة
    على يد الشرطة، قُتل داخل السفارة الروسية), one after و/ف or a clause end is of another clause
    (قُتل المهاجم لكن الحارس نجا)"""
    for m, ent in ctx.actors(cs, ce, persons=True):
        if m.start < anchor.end:
            continue
        gap = ctx.words.between(anchor.end, m.start)
        mk = _strip_conj(ctx.marker(m.start, cs))
        if (len(gap) <= 2 and not any(w[:1] in ("و", "ف") for w in gap)
                and not _CLAUSE_END.search(ctx.doc.text, anchor.end, m.start)
                and mk not in ("ب", "ل", "ك") and not _in_list(mk, cues().not_agent)
                and not any(mk == pair[-1] for pair in cues().agent_markers)
                and mk not in _cue_words("written_passive_agents")
                and not any(_in_list(w, cues().not_agent) for w in gap)):
            return m, ent
        return None  # only the first name after the verb may be its patient
    return None


#: a mention and the entity it names: one role's pick
_Pick = tuple[model.Mention, EntityDraft]


def _subject_after_verb(ctx: _Ctx, d: Draft, anchor: Hit, before: list[_Pick], held_ids: set[int],
                        dead: _Pick | None, relative: bool, a1: _Pick | None, a2: _Pick | None
                        ) -> tuple[_Pick | None, _Pick | None, EntityDraft | None]:
    """VSO: read the first name after the verb, allowing head nouns, counts and fillers between, as its subject
    (the doer) or, where the words between or the verb's form say so, its object (the target). Returns the picks
    (those passed in where the name settles neither) and the party that must never be the doer, if one was
    found struck."""
    h = d.head
    cs, ce = d.clause
    heads = ctx.lex.roles["heads"]
    for m, ent in ctx.actors(cs, ce, persons=True):
        if m.start < anchor.end:
            continue
        if id(m) in held_ids:
            return a1, (m, ent), None
        if dead is not None and ent is dead[1]:
            break  # قتل جنود روس في غارة: the soldiers after a verb of dying are its victims, not its subject
        gap = ctx.words.between(anchor.end, m.start)
        if (not relative and gap and _in_list(gap[0], _cue_words("verb_resumptives"))
                and all(w in heads for w in gap[1:])):
            # معارك استعادت فيها القوات السيطرة: a pronoun back to the noun the clause describes stands
            # between the verb and its subject, as an adverb would; only head nouns may follow it (وقتل فيها
            # مسلحين من الحوثيين: a counted object, the verb active)
            gap = gap[1:]
        while gap and _in_list(gap[0], cues().subject_fillers):
            # وشنت أيضا قوات الألوية، قصفت مجددا طائرات التحالف: a particle or time word between the
            # verb and its subject is no distance
            gap = gap[1:]
        # مسلحون من فلول النظام: a partitive من after a head noun joins the doer to its group
        heads_only = all(w in heads or w.isdigit() or (
            k > 0 and w in cues().origin_markers and gap[k - 1] in heads) for k, w in enumerate(gap))
        counted = _counted_people(gap) if not heads_only else None
        if counted is not None:
            # ينتشر نحو 14 ألف جندي أمريكي: a count of a state's men after the verb is its subject;
            # the count's words are no distance
            heads_only, gap = True, counted
        if relative and h.light is not None and any(_in_list(w, cues().target_markers) for w in gap):
            # معارك خاضتها ضد فصيل جيش الإسلام: the name after ضد is what the deed was against; the
            # relative verb's subject is its pronoun, the name it hangs on
            if a2 is None:
                a2 = (m, ent)
            subjects = [(bm, be) for bm, be in before if be is not ent and bm.end <= h.start]
            if subjects:
                a1 = _first_conjunct(ctx, subjects[0], cs)
            return a1, a2, ent
        if not relative and len(gap) >= 2 and _strip_conj(gap[0]) in cues().force_subjects and all(
                w in heads or (k > 1 and w in cues().origin_markers and gap[k - 1] in heads)
                for k, w in enumerate(gap[1:], 1)):
            # طرد الجيش مسلحي التنظيم من البلدة، اعتقل الأمن عناصر من الخلية: a definite force noun right
            # after the verb is its subject, naming no party (one told before is borrowed); the head noun
            # in construct after it opens the object, so the name it governs is the struck, never a doer
            return a1, (m, ent), ent
        fits = (len(gap) <= 3 and heads_only) or (relative and len(gap) <= 2)
        if relative and h.light is not None and not fits and len(gap) <= 6 and not any(
                _in_list(w, cues().not_agent) for w in gap):
            # هجوم شنته مجموعات مسلحة تابعة لما يسمى "المجلس العسكري": after a light verb carrying
            # its event noun, the doer's description may run on before its name
            fits = not _in_list(ctx.marker(m.start, cs), cues().not_agent)
        if (len(gap) == 2 and gap[0] in cues().unnamed_doers and gap[1] in cues().l_adjectives
                and ctx.marker(m.start, cs) == "ل"):
            return (m, ent), a2, None  # هاجم مسلحون تابعون لفلول النظام: the gunmen's group did it
        if not relative and _machines_tied(gap) and ctx.marker(m.start, cs) == "ل":
            # قصفت طائرات حربية تابعة للتحالف مواقع: the owner of the machines that are the verb's
            # subject did it, as when they are in construct with it (طائرات التحالف)
            return (m, ent), a2, None
        if fits and not gap and _oblique(ctx, m):
            # تقاتل الحوثيين: a plural nisba in -يين right after the verb is its object, never its subject
            return a1, (m, ent), ent
        if fits and _is_subject_like(ctx, m, cs):
            if (ent.type == "person" and d.type in cues().person_patient_types and h.light is None
                    and fold_text(ctx.doc.text[h.start:h.end]).endswith("ت")):
                # اختطفت لؤي أبو الجود، قتلت محمد سعيد: a feminine verb (a group or state did it)
                # followed by a man's name takes him as its object
                return a1, (m, ent), None
            if _undergone_arrest(ctx, d, h, m, ent, ce):
                return a1, (m, ent), ent
            return (m, ent), a2, None
        break
    return a1, a2, None


def _lam_subject(ctx: _Ctx, anchor: Hit, cs: int, actors: list[_Pick]) -> _Pick | None:
    """The name under ل after a verb of precedence (event_cues lam_subject_verbs), right before the أن that opens
    the verb's clause: سبق للتحالف أن ضبط سفينة، لم يسبق للحكومة السورية أن قصفت. That name is the subject of
    the verb after أن, though a ل-phrase is otherwise never a subject; a party borrowed from around is not it."""
    verbs = packs.folded_words("event_cues", "lam_subject_verbs")
    prev = ctx.words.before(anchor.start, 1, cs)
    if not verbs or not prev or prev[0] not in packs.folded_words("event_cues", "lam_subject_links"):
        return None
    for m, ent in reversed(actors):
        if m.end > anchor.start:
            continue
        if ctx.words.gap(m.end, anchor.start) != 1 or ctx.marker(m.start, cs) != "ل":
            return None  # only the name right before أن, under ل
        k = ctx.words.index_at(m.start)
        lead = ctx.words.before(ctx.words.spans[k][0], 1, cs) if k < len(ctx.words.spans) else []
        return (m, ent) if lead and _in_list(lead[0], verbs) else None
    return None


def _lam_owner(ctx: _Ctx, d: Draft, actors: list[_Pick], held_ids: set[int], a1: _Pick | None, a2: _Pick | None
               ) -> tuple[_Pick | None, _Pick | None]:
    """The name under ل right after a noun trigger: whose deed it is (the doer), or for a noun of giving who got
    it (the target); none when it owns what was hit. Returns the picks, those passed in where it settles
    neither."""
    h = d.head
    cs = d.clause[0]
    heads = ctx.lex.roles["heads"]
    for m, ent in actors:
        mk = _strip_conj(ctx.marker(m.start, cs))
        if (m.start >= h.end and ctx.words.gap(h.end, m.start) <= 2
                and (mk == "ل" or (mk[:1] == "ل" and mk[1:] in heads))):
            if id(m) in held_ids:
                break  # عبوة ناسفة بدورية لقوات الحشد: whose patrol was hit, not whose bomb
            if d.type in cues().lam_receiver_types:
                # تقديم الأسلحة لقوات سوريا الديمقراطية، شحنة أسلحة لحزب الله: the ل-phrase after a noun of
                # giving names who got it; the giver is the subject of the verb governing the noun, if any
                if a2 is None and (a1 is None or ent is not a1[1]):
                    a2 = (m, ent)
                break
            if a2 is None or ent is not a2[1]:
                a1 = (m, ent)
            break
    return a1, a2


def _agent_after(ctx: _Ctx, d: Draft, actors: list[_Pick], he: int, a1: _Pick | None, a2: _Pick | None
                 ) -> tuple[_Pick | None, _Pick | None]:
    """The first name after the trigger under an agent marker (من قبل، على يد) is the doer, and so no target;
    unless another event noun stands between, whose agent it is. Returns the picks, those passed in where no
    agent is named."""
    cs = d.clause[0]
    for m, ent in actors:
        if m.start >= he and _after_agent_marker(ctx, m.start, cs):
            if any(he <= x.start < m.start and x.trig.pos == "noun" for x in ctx.raw_hits):
                break  # المفاوضات لتجنيب المدينة هجوما من جانب الجيش: the agent is the nearer noun's
            a1 = (m, ent)
            if a2 is not None and a2[1] is ent:
                a2 = None
            break
    return a1, a2


def _sentence_subject(ctx: _Ctx, d: Draft, anchor: Hit, victims: list[_Pick], undergone: bool, tellers: set[int],
                      a2: _Pick | None, hs: int) -> tuple[_Pick | None, EntityDraft | None]:
    """When the clause named no doer: the sentence's own subject, read before any party is borrowed from the
    article. Returns a named pick, or else an entity the subject points to without naming it (a state's
    adjective, a declared deed, a state's people), or neither. A state's people that suffered the deed or tell of
    it are no subject."""
    h = d.head
    cs = d.clause[0]
    ss = d.sentence[0]
    subject: EntityDraft | None = None
    a1 = None if undergone else _person_subject(ctx, anchor, h, cs, victims)
    # the main subject of the sentence: its first name that is not a complement, or a state
    # adjective after a noun trigger that opens it (وأسفر القصف التركي عن مقتل ...)
    for m, ent in [] if a1 is not None else ctx.actors(ss, cs):
        if _is_subject_like(ctx, m, ss):
            a1 = (m, ent)
            break
    if a1 is None:
        subject = _noun_adjective_subject(ctx, ss, cs)
    if a1 is None and subject is None:
        subject = _declared_deed(ctx, d, anchor, ss)
    if a1 is None and subject is None:
        # المسؤولون الروس، 3000 جندي روسي: people of a state named by its adjective
        subject = _people_adjective_subject(ctx, ss, cs)
        if subject is not None and (id(subject) in tellers or (a2 is not None and subject is a2[1])):
            subject = None  # قتل جنود روس في غارة: the state's men named as the dead are no doer
    if a1 is None and subject is None:
        subject = _clause_people_subject(ctx, cs, hs)
        if subject is not None and (id(subject) in tellers or (a2 is not None and subject is a2[1])):
            subject = None  # قتل جندي روسي ... ثم أعلن: the state's men suffered, they did not do it
    return a1, subject


def _adjective_doer(ctx: _Ctx, d: Draft, anchor: Hit, relative: bool, holds_object: bool, he: int
                    ) -> tuple[bool, EntityDraft | None]:
    """When no doer was named: force nouns a state adjective names, as the verb's subject (after it or before
    it), as the subject of a verb that resumes the event noun, or after the agent marker of a masdar or a
    passive. Returns whether the subject is a state's or the government's forces, and the adjective's party."""
    h = d.head
    cs, ce = d.clause
    side_named = False
    adjective: EntityDraft | None = None
    # شنته مقاتلات روسية، من قبل طائرات تركية: force nouns named by a state adjective after the verb or
    # after the agent marker of a masdar or a passive
    passive = h.light is not None and h.light.trig.base in ctx.lex.passive
    if d.verbal and not passive and (h.trig.base not in cues().killing_bases
                                     or _kill_object_after(ctx, anchor.end, ce)):
        # not after قتل: قتل جندي سوري is a passive, its victim named by the adjective; unless an
        # accusative object follows the adjective (قتل جندي إسرائيلي فلسطينيا): then it is active
        side_named, adjective = _adjective_side(ctx, anchor.end, ce)
        if not side_named and not relative:
            # القوات الجوية العراقية استهدفت: the same subject before the verb
            side_named, adjective = _adjective_subject(ctx, anchor.start, cs)
    elif not d.verbal and (verb := _resume_verb(ctx, h, cs)) is not None:
        # استأنفت الطائرات الحربية الحكومية قصف، القوات الحكومية تواصل قصف: the verb's subject, after it
        # or before it, is the doer of the event noun it takes as object
        side_named, adjective = _adjective_side(ctx, ctx.words.spans_at(verb, 1)[0][1], h.start)
        if not side_named:
            side_named, adjective = _adjective_subject(ctx, verb, cs)
    elif d.verbal and holds_object:
        # الذي قتلته غارة روسية: the verb carries its object, the adjective after it names its subject
        nxt = ctx.words.spans_at(anchor.end, 1)
        if nxt and nxt[0][0] < ce:
            adjective = ctx.adjective_after(nxt[0][1], ce, n=2)
    if adjective is None and (not d.verbal or passive):
        for s, e, _w in ctx.words.spans_from(he):
            if s >= ce:
                break
            if ctx.words.bare_before(e, 2, he) in cues().agent_markers:
                adjective = _adjective_agent(ctx, e, ce)
                break
    return side_named, adjective


def _trigger_adjective(ctx: _Ctx, d: Draft, actors: list[_Pick], genitive: str, a2: _Pick | None, he: int
                       ) -> tuple[EntityDraft | None, _Pick | None]:
    """The party a state adjective after a noun trigger names: the doer (غارة تركية), unless the adjective is on
    the soldier the masdar's genitive is, whose side then is the target. Returns the adjective's party and the
    target pick (the one passed in, or that side)."""
    h = d.head
    ce = d.clause[1]
    adjective: EntityDraft | None = None
    for x in d.hits:
        if x.trig.pos == "noun":
            adjective = ctx.adjective_after(x.end, ce)
            if (adjective is not None and x is h and genitive == "actor2"
                    and _soldier_genitive(ctx, x.end, ce, d.type)):
                # مقتل جندي إسرائيلي برصاص قناص، اختطاف جندي تركي: the adjective names the side of the
                # soldier the masdar's genitive is, its patient, never its doer
                if a2 is None:
                    a2 = next(((m, ent) for m, ent in actors if ent is adjective and m.start >= he), None)
                adjective = None
            if adjective is None and x is h and genitive == "actor1" and not h.trig.suffixed:
                # سيطرة القوات الحكومية، قصف الطائرات السورية: the doer as the genitive, force nouns
                # named by their adjective
                adjective = _adjective_agent(ctx, x.end, ce)
            if adjective is not None and a2 is not None and adjective is a2[1]:
                adjective = None
            if adjective is not None:
                break
    return adjective, a2


def _genitive_role(ctx: _Ctx, d: Draft) -> str:
    """The role ("actor1" or "actor2") the trigger's genitive holds. The type's pack says so for most triggers; a
    masdar whose genitive is its patient (قتل المدنيين) has it as its doer again when it follows a cause of harm,
    since it then names what caused the harm told before."""
    h = d.head
    lex = ctx.lex
    genitive = lex.types[h.orig_type or d.type].get("genitive", "actor1")
    if h.trig.base in lex.patient_genitive:
        genitive = "actor2"
        cause = ctx.words.before(h.start, 1, d.clause[0])
        if cause and _in_list(cause[0], cues().harm_causes):
            # سقط الضحايا جراء قصف الميليشيات، استشهاد مواطن جراء استهداف قوات الاحتلال: the masdar is what
            # caused the harm told before, its patients the harmed, so its genitive is the doer
            genitive = "actor1"
    return genitive


def _held_targets(ctx: _Ctx, d: Draft, actors: list[_Pick], he: int) -> list[_Pick]:
    """The parties after the trigger that owned or held what was struck or seized. They are the deed's target and
    can never be its doer, though a name after the trigger would otherwise be read as one."""
    cs = d.clause[0]
    # استهدف دورية للأمن العام، انفجرت عبوة بدورية لقوات الحشد: the owner of what was hit is the target
    held_targets = [(m, ent) for m, ent in actors
                    if d.type in cues().claimed_types and m.start >= he
                    and (_held_target(ctx, m, cs, d.hits) or _relative_holder(ctx, m, he))]
    if d.type in cues().opposing_types:
        # طهرت القوات مواقع كانت الميليشيا تتحصن فيها، سيطر الجيش على قرى يسيطر عليها التنظيم: the party of a
        # clause describing the seized or struck holding held it: the target, never the doer
        held_targets += [(m, ent) for m, ent in actors if m.start >= he and all(m is not x for x, _e in held_targets)
                         and (_kana_holder(ctx, m, he) or (d.type not in cues().claimed_types
                                                           and _relative_holder(ctx, m, he)))]
    return held_targets


def _patient_after(ctx: _Ctx, d: Draft, actors: list[_Pick], a1: _Pick | None, held_ids: set[int], he: int
                   ) -> _Pick | None:
    """The first name after the trigger that is what the deed was done to. The names skipped on the way are not
    patients but the doer's own company: its partners (joined by و or مع), its patron, its leader, the agent of
    another deed, the operation's own name."""
    cs = d.clause[0]
    joined = a1[0].end if a1 is not None else -1  # where the doer and its partners named so far end
    partner_end: int | None = None  # where the partners after مع named so far end (_joint_partner)
    doer_end: int | None = None  # where the doer named after the trigger ends (_conjoined_doer)
    if d.type in cues().opposing_types and not d.verbal and d.actor1 is not None:
        # القصف السوري والروسي: the doer's adjective named a state the article calls by another name (الحكومة
        # السورية), so no mention of the doer stands on the noun; its adjective's end is where the doer ends
        doer_end = _doer_adjective_end(ctx, d, he)
    for m, ent in actors:
        if m.start >= he and ent is d.actor1:
            doer_end = m.end
        if m.start < he or ent is d.actor1 or (a1 is not None and m.start < a1[0].end):
            continue  # also a name inside the doer's own (هدد الأمين العام لحزب الله): it describes the doer
        if (d.type in cues().opposing_types and not d.verbal and doer_end is not None
                and _conjoined_doer(ctx, m, doer_end, he)):
            # غارات روسية وسورية، قصف قوات النظام وروسيا على البلدة: a side joined by و to the doer named on
            # the event noun shares the deed; it is not what was struck
            doer_end = m.end
            continue
        if id(m) not in held_ids and any(
                _in_list(w, cues().l_adjectives) for w in ctx.words.before(m.start, 1, he)):
            # اعتقلت الأسايش التابعة للإدارة الذاتية شباناً: the doer's patron is no patient; but the owner of
            # a struck holding is (استهدفت المواقع العسكرية التابعة لحزب الله)
            continue
        if d.type in cues().opposing_types and _relative_clause_subject(ctx, m, he):
            # طائرات التحالف الذي تقوده السعودية: who leads the doer is neither doer nor patient of a fight;
            # in talks the leader stands for its coalition (العمل مع التحالف الذي تقوده السعودية)
            continue
        if d.verbal and _after_agent_marker(ctx, m.start, he):
            continue  # شن هجوما مدعوما بقصف من قبل روسيا: the agent of the bombing, not the attack's target
        if d.type in cues().opposing_types and _alongside(ctx, d, m.start, he):
            continue  # يقاتلون إلى جانب قوات النظام: who is fought beside is a partner, never the target
        if _joint_partner(ctx, d, m.start, he) or (partner_end is not None and ctx.marker(m.start, cs) == "و"
                                                    and ctx.words.gap(partner_end, m.start) == 0):
            # أطلقت تركيا عملية عسكرية مع فصائل الجيش الحر ضد الوحدات، حملة مع النظام وميليشيات إيران: the
            # partners, not the target
            partner_end = m.end
            continue
        if d.type in cues().claimed_types and _in_list(ctx.marker(m.start, he), cues().naming_words):
            continue  # عملية عسكرية تحت اسم "غصن الزيتون": the operation's own name, no party
        if (d.verbal and a1 is not None and m.start >= joined and ctx.marker(m.start, cs) == "و"
                and ctx.words.gap(joined, m.start) == 0 and _strip_conj(ctx.marker(a1[0].start, cs)) != "بين"):
            # عملية نفذتها قوات الرد السريع والحشد الشعبي، شنت واشنطن ولندن وباريس غارات: the doer's
            # partners, not its target
            joined = m.end
            continue
        return (m, ent)
    return None


def _patient_before(ctx: _Ctx, d: Draft, actors: list[_Pick], a1: _Pick | None, he: int) -> _Pick | None:
    """The last name before the trigger that is no subject, no teller and not the doer: a complement fronted
    before the deed (the object of an SVO clause), asked for when nothing after the trigger was struck."""
    cs, ss = d.clause[0], d.sentence[0]
    a2: _Pick | None = None
    for m, ent in actors:
        if a1 is not None and a1[0].start <= m.start and m.end <= a1[0].end:
            continue  # الأمين العام لحزب الله هدد: the party in the doer's title describes the doer
        if m.start < he and ent is not d.actor1 and not _is_subject_like(ctx, m, cs) and not _speech_owner(
                ctx, m, ss):
            if ctx.marker(m.start, cs) == "ل" and any(
                    _in_list(w, cues().l_adjectives) for w in ctx.words.before(m.start, 1, cs)):
                continue  # قوات موالية لنظام الأسد حاولت اقتحام: the doer's patron is no patient
            a2 = (m, ent)
    return a2


def _later_clause_target(ctx: _Ctx, d: Draft) -> _Pick | None:
    """The first name in the clause after the deed's own, when a target preposition opens it."""
    ce = d.clause[1]
    # شن أعنف هجوم منذ شهر، ضد قوات سوريا الديمقراطية: the target may follow in a clause of its own
    for m, ent in ctx.actors(ce, d.ext):
        if ent is not d.actor1 and _in_list(ctx.marker(m.start, ce), cues().target_markers):
            return (m, ent)
        break
    return None


def _named_doer(ctx: _Ctx, d: Draft, hs: int, he: int) -> EntityDraft | None:
    """Set a doer the text names around the deed over the one read from the clause: the state adjective on the
    attack noun, the planners of a planned deed, the party the deed is laid on (an accusation). Returns the
    accused, if any, since a doer that is accused is never set aside as one of the victims."""
    ss = d.sentence[0]
    ce = d.clause[1]
    own = _noun_state_adjective(ctx, d, ce)
    if own is not None and own is not d.actor1:
        # سيطروا على البلدة رغم الضربات الجوية الروسية ضدهم: the adjective on the attack noun names its doer,
        # not the subject of the clause the noun phrase sits in
        if d.actor2 is own:
            d.actor2 = None
        d.actor1, d.actor1_explicit = own, True
    planned = _planned_by(ctx, d, hs, ss)
    if planned is not None:
        # خلية لداعش كانت تخطط لتنفيذ هجمات: the planners are the group named before, not the teller
        d.actor1, d.actor1_explicit = planned[0], planned[0] is not None
        if d.actor2 is d.actor1:
            d.actor2 = None
    accused = _accused_after(ctx, d, he) or _accused_before(ctx, d, hs)
    ascribed = _ascription(ctx, d, he) if accused is None else None
    if ascribed is not None and ascribed[0] is None and not d.actor1_explicit:
        # أعلن الجيش مقتل جندي في هجوم نسبه إلى مسلحين: the deed is laid on someone unnamed; the announcer or
        # a party borrowed from around did not do it
        d.actor1, d.frame = None, "accuse"
    accused = accused or (ascribed[0] if ascribed is not None else None)
    if accused is not None:
        d.actor1, d.actor1_explicit, d.frame = accused, True, "accuse"
        if d.actor2 is accused:
            d.actor2 = None
    return accused


def _struck_not_doer(ctx: _Ctx, d: Draft, prev_draft: Draft | None, accused: EntityDraft | None, hs: int, he: int
                     ) -> None:
    """Move to the target side a doer the sentence shows on the receiving end: one of the dead, what the deed is
    meant to drive out, the group of the arrested members, the side that stood before the attack; drop a party
    that only asked for an arrest. Then fill a missing target from a partitive pronoun."""
    cs, ce = d.clause
    if d.actor1 is not None and accused is None and _among_victims(ctx, d, d.actor1):
        # قتل عشرة أشخاص بينهم أربعة جنود فرنسيين في هجوم: a side the sentence names only among the dead or hurt
        # was struck; it did not strike
        if d.actor2 is None:
            d.actor2 = d.actor1
        d.actor1, d.actor1_explicit = None, False
    if d.actor1 is not None and _purpose_object(ctx, d, d.actor1, hs, he):
        # العملية التي تشنها لدحر المتمردين: the party the deed is for driving out is its target, never its doer
        if d.actor2 is None:
            d.actor2 = d.actor1
        d.actor1, d.actor1_explicit, d.actor1_borrowed = None, False, False
    if d.actor2 is None:
        # فقتل منه 58 مسلحا في الغارات التي يشنها التحالف: the owner of the partitive pronoun was struck
        d.actor2 = _partitive_owner(ctx, d, hs)
    members = _members_group(ctx, d, he) if d.actor2 is None or d.actor2 is d.actor1 else None
    if members is not None and not (d.actor1 is members and d.actor1_explicit):
        # (اعتقل التنظيم 3 قادة من الفصائل: a group named as the arrester keeps the deed)
        # تم اعتقال 3 قادة ميدانيين، احتجاز أحد مساعدي زعيم التنظيم: the members' group is the arrested side;
        # a doer that is that group was only borrowed or misread, so the arrester told before takes its place
        d.actor2 = members
        if d.actor1 is members:
            lent = prev_draft is not None and prev_draft.type == d.type and prev_draft.actor1 is not members
            d.actor1 = prev_draft.actor1 if lent and prev_draft is not None else None
            d.actor1_explicit, d.actor1_borrowed = False, d.actor1 is not None
    facing = _facing_side(ctx, d, cs, ce)
    if facing is not None:
        # صمدت الفصائل أمام هجوم قوات النظام: the side that stood or gave way before the attack was attacked
        if d.actor1 is facing:
            after = [ent for m, ent in ctx.actors(he, ce) if not _same_side(ent, facing)]
            d.actor1, d.actor1_explicit = (after[0], True) if after else (None, False)
            d.actor1_borrowed = False
        if d.actor2 is None or d.actor2 is d.actor1 or d.actor1 is None or d.actor2 is facing:
            d.actor2 = facing
    if d.type in load_json("event_cues").get("requester_types", []):
        # اعتقل الصحفي في المطار بطلب من السلطات التركية: the party that asked for the arrest neither made it
        # nor underwent it
        if d.actor1 is not None and _requester_only(ctx, d, d.actor1):
            d.actor1, d.actor1_explicit, d.actor1_borrowed = None, False, False
        if d.actor2 is not None and _requester_only(ctx, d, d.actor2):
            d.actor2 = None


def _assign_roles(ctx: _Ctx, d: Draft, prev_draft: Draft | None, prev_actor: EntityDraft | None,
                  main_actor: EntityDraft | None, prev_verbal: Draft | None = None) -> None:
    """Set the draft's actor1 (doer), actor2 (target) and place. The decisions run in this order, the first
    answer for a role winning unless a later step says it was misread:
    1. frames that settle both roles at once (`_framed_roles`, `_passive_killing`);
    2. what rules names out as doers: the victims, the reactor, the holders of what was struck
       (`_held_targets`), the side fought under مع, the dead, the undergoer of تعرض, "others", the managing
       verb's subject; these gather in `tellers` (never the doer) and thin `before` (the subject candidates);
    3. the clause's own doer: after a passive light verb, a managing verb, a verb (relatives, passives written
       so, SVO, pronouns, VSO: `_subject_after_verb`) or a noun's genitive; then the ل-owner (`_lam_owner`),
       the agent after من قبل (`_agent_after`), the pronoun teller, the owner of the striking machine, the
       nearest subject before, بين X و Y, the claimer and the launcher;
    4. with none named: a state adjective (`_adjective_doer`, `_trigger_adjective`), the threat's owner, the
       antecedent of a relative, the previous clause's doer, or else the sentence's subject
       (`_sentence_subject`) and, last, a party borrowed from the article under the guards of a guess;
    5. the target: the opponent, the holder, the first patient after (`_patient_after`) or before
       (`_patient_before`) the trigger, one in a later clause, a person;
    6. corrections that outrank the clause's reading: a doer named around the deed (`_named_doer`) and a doer
       shown on the receiving end (`_struck_not_doer`); then the place."""
    lex = ctx.lex
    cs, ce = d.clause
    ss = d.sentence[0]
    h = d.head
    anchor = h.light if h.light is not None else h
    hs, he = min(anchor.start, h.start), max(anchor.end, h.end)
    if _framed_roles(ctx, d, hs, he) or _passive_killing(ctx, d, hs, he):
        d.place, d.place_strength = _place(ctx, d, hs, he, prev_draft)
        return
    actors = ctx.actors(cs, ce)
    genitive = _genitive_role(ctx, d)
    a1: tuple[model.Mention, EntityDraft] | None = None
    a2: tuple[model.Mention, EntityDraft] | None = None

    # (نفذ الجيش هجوما مدعوما بقصف من قبل روسيا وسيطر: the agent of a masdar or passive is no later verb's subject)
    before = [(m, ent) for m, ent in actors if m.end <= hs and _is_subject_like(ctx, m, cs)
              and not _after_agent_marker(ctx, m.start, cs)]
    victims = _victims(ctx, cs, hs)
    # ميليشيات مدعومة من إيران هاجمت: the backer is no doer, not even one guessed from the article
    tellers: set[int] = {id(ent) for ent in ctx.backers(ss, ce)}
    held_targets = _held_targets(ctx, d, actors, he)
    tellers |= {id(ent) for _m, ent in held_targets}
    held_ids = {id(m) for m, _ent in held_targets}
    # سيطرت الفصائل على القرى إثر معارك مع الوحدات: the side under مع after a clash noun is fought, never the doer
    opponent = _clash_opponent(ctx, h.start, d.sentence[1]) if d.type in cues().opposing_types else None
    if opponent is not None:
        tellers.add(id(opponent[1]))
    relative = False
    ante: tuple[str, Any] | None = None  # the noun a relative before a verb hangs on (_relative_antecedent)
    oblique = False
    kept: list[tuple[model.Mention, EntityDraft]] = []
    reacted = _reaction_end(ctx, d, hs)
    held: tuple[model.Mention, EntityDraft] | None = None
    if reacted is not None:
        # أدان الأردن الهجوم: who reacts is no party; the doer can only be named after the event noun
        tellers |= {id(ent) for _m, ent in ctx.doc.mentions_in(ss, hs, ("actor", "person"))}
        before = []
        victims = []
    if victims:
        # مقتل أربعة جنود روس جراء هجوم: who was killed is what the attack was done to, never its doer
        before = [(m, ent) for m, ent in before if all(m is not v for v, _ in victims)]
        a2 = victims[0]
        if _own_members(ctx, a2[0].end, hs) or a2[0].how == "pattern" or a2[0].end <= _victim_noun_start(ctx, cs, hs):
            # أعلنت قسد مقتل خمسة من مقاتليها، أعلن الجيش مقتل جندي، مقتل جنود روس: the teller (or the state of
            # the soldiers) lost men, it did not strike
            tellers.add(id(a2[1]))
    own_loss = None if victims or reacted is not None else _own_loss_head(ctx, d, cs, hs, he)
    if own_loss is not None:
        # أعلنت أنقرة مقتل 8 من جنودها: the casualty noun is the trigger itself and the dead the teller's own men;
        # the teller was hit, it neither did it nor lends a doer
        a2 = own_loss
        tellers.add(id(own_loss[1]))
        before = [(m, ent) for m, ent in before if ent is not own_loss[1]]
    dead = None if a2 is not None or reacted is not None else _dead_soldiers(ctx, d, cs, ce)
    fate = None if dead is not None or a2 is not None or reacted is not None else _fate_party(ctx, d, cs, ce)
    if fate is not None and opponent is not None and opponent[1] is not fate[1] and a1 is None:
        # لقي قيادي في الحركة مصرعه في اشتباكات مع الجيش: the dead's side was struck, the side of the clash under
        # مع struck it
        a1 = opponent
    dead = dead or fate
    if dead is not None:
        # أربعة جنود روس قتلوا في هجوم، قتل جندي إسرائيلي في هجوم: the subject of a verb of dying or being hit
        # is the victim; the doer is the agent named for the attack, or none
        a2 = dead
        tellers.add(id(dead[1]))
        before = [(m, ent) for m, ent in before if ent is not dead[1]]
    # (هجوم شنه التنظيم: a relative light verb after the noun leaves it the object of تعرض)
    undergo = None if reacted is not None or (h.light is not None and h.light.start < h.start) or (
        d.verbal and h.light is None) else _undergo_verb(ctx, h, cs)
    if undergo is not None:
        # تعرضت فصائل المعارضة لقصف القوات الحكومية، البلدة تتعرض لهجوم: who underwent the deed is its target,
        # the genitive of the deed (or the name after من) its doer, never the subject of تعرض
        genitive = "actor1"
        # the subject after the verb, or the name right before it or before the relative that opens it
        # (القوات التي تعرضت للقصف), never a name further back (روسيا اقترحت ... المنطقة التي تتعرض لقصف)
        lead_in = ([], *([w] for w in cues().relatives))
        under = [(m, ent) for m, ent in actors if undergo < m.start and m.end <= hs] or [
            (m, ent) for m, ent in actors if m.end <= undergo and ctx.words.between(m.end, undergo) in lead_in
            and not _CLAUSE_END.search(ctx.doc.text, m.end, undergo)]
        if under and a2 is None:
            a2 = _first_conjunct(ctx, under[-1], cs) if under[-1][0].end <= undergo else under[0]
        # the names before the deed in its sentence are the undergoer, its tellers or the subject of another
        # verb (قال الجيش إن القوات التي تعرضت للقصف): the doer is named after the deed or not at all
        tellers |= {id(ent) for _m, ent in ctx.doc.mentions_in(ss, hs, ("actor",))}
        before = []
    others = d.verbal and h.light is None and _passive_others(ctx, anchor, ce)
    if others and before:
        if a2 is None:
            a2 = before[-1]
        tellers.add(id(before[-1][1]))
        before = []
    carried = None
    if others and not before and prev_draft is not None and prev_draft.sentence == d.sentence:
        # قتل عشرات الحوثيين، في حين اعتقل آخرون: the others are more of the patients of the clause before
        carried = prev_draft.actor2
        if carried is not None:
            tellers.add(id(carried))
    # (a past-verb form there is the masdar: تمكن الجيش من قتل، حاولوا قصف)
    control = None if (h.light is not None or reacted is not None or undergo is not None
                       or h.trig.pos not in ("noun", "past")) else _control_subject(ctx, h, cs, actors)
    if control is not None:
        if a2 is not None and a2[1] is control[1]:
            a2 = None  # الجيش تمكن من قتل عشرة مسلحين: the army manages the killing, it is not killed
        tellers.discard(id(control[1]))
        before = [(m, ent) for m, ent in before if ent is not control[1]]
    if h.light is not None and h.light.trig.base in lex.passive:
        # تم/جرى + masdar is passive: the name before is what was acted on, when the masdar takes a patient
        if genitive == "actor2" and before:
            a2 = before.pop()
        before = []
        g = _gen_mention(ctx, h.end, ce, actors)
        if g is not None and not h.trig.suffixed and genitive == "actor2" and a2 is None:
            a2 = g
    elif control is not None:
        # تمكنت القوات من طرد التنظيم: the managing verb's subject did it, so the noun's genitive suffered it
        a1 = control[0]
        g = _gen_mention(ctx, _conjunct_tail(ctx, h, ce), ce, actors)
        if g is not None and not h.trig.suffixed and g[1] is not control[1] and a2 is None:
            a2 = g
    elif d.verbal:
        # SVO with the subject right before the verb wins: أن “قسد” سهلوا، “قسد” خرّجت دفعة
        prev_word = ctx.words.before(anchor.start, 1, cs)
        # هجوم شنه تنظيم "الدولة": a relative verb carrying its noun as an object pronoun has its subject
        # after it, whatever word of the name the mention left out; the names before the noun are not it
        relative = h.light is not None and h.light.start > h.start
        # وقُتل، واعتُقل: the writer marked the verb passive (textnorm.written_past_passive)
        written = h.light is None and written_past_passive(ctx.doc.text[anchor.start:anchor.end])
        held = _relative_object(ctx, d, cs) if reacted is None else None
        if held is not None:
            # الفلسطيني الذي قتله الجندي، العناصر الذين قتلتهم الضربات: the verb's pronoun is the name the
            # relative hangs on, its object; the subject follows the verb
            relative = True
            a2 = held
        ante = None if relative or reacted is not None else _relative_antecedent(ctx, d, anchor, ss)
        if ante is not None and ante[0] == "named" and _passive_relative(ctx, d, anchor):
            # عناصر الحشد الذين احتجزوا في الأنبار: the unvowelled verb is passive, the name the relative hangs
            # on was arrested, never the one who arrested
            if a2 is None:
                a2 = ante[1]
            tellers.add(id(ante[1][1]))
            ante, before = None, []
        oblique = ante is not None and ante[0] == "oblique"
        if oblique:
            # صعدة التي يحاصرها، قطاع غزة الذي شنت عليه إسرائيل: the noun before is the object, whatever it
            # is; the subject follows the verb, or is a pronoun for a subject before the noun (شنت تركيا
            # العملية التي تلوح بها)
            relative, ante = True, None
            rs = _after_relative(ctx, anchor, ss) or hs
            kept = [(m, ent) for m, ent in before if not _antecedent_name(ctx, m, rs)]
        own = None if relative or reacted is not None else _own_forces_teller(ctx, ss, cs, anchor)
        if ante is not None and ante[0] == "named":
            # حزب العمال الكردستاني المحظور، والذي يقاتل: the name the relative hangs on is its verb's subject
            a1 = ante[1]
        elif ante is not None:
            before = []  # المسلحين الذين هاجموا، الغارات الإسرائيلية التي استهدفت: a noun is the subject
        elif written and before and ctx.words.gap(before[-1][0].end, hs) <= 1 and not relative:
            # الرجل اعتُقل: the subject of a verb written passive underwent it
            if a2 is None:
                a2 = before[-1]
            tellers.add(id(before[-1][1]))
        elif written and not relative:
            # اعتُقل الحداد، قُتل قائد التنظيم: the name right after a verb written passive underwent it
            patient = _written_passive_patient(ctx, anchor, cs, ce)
            if patient is not None:
                if a2 is None:
                    a2 = patient
                tellers.add(id(patient[1]))
        elif before and ctx.words.gap(before[-1][0].end, hs) <= 1 and not relative:
            a1 = _first_conjunct(ctx, before[-1], cs)
        elif own is not None:
            # قال الجيش إن طائراته قصفت: the forces are the teller's own
            a1 = own
        elif prev_word and prev_word[0] in cues().pronoun_subjects and reacted is None and dead is None:
            # إنه يستهدف الوحدات: the subject is the pronoun; the name after is the object. After a
            # verb of saying the pronoun is the teller itself (وقالت إسرائيل إنها شنت غارات)
            a1 = _pronoun_teller(ctx, ss, anchor.start)
        else:
            # VSO: the subject follows the verb, perhaps after head nouns (شن عناصر التنظيم)
            a1, a2, struck = _subject_after_verb(ctx, d, anchor, before, held_ids, dead, relative, a1, a2)
            if struck is not None:
                tellers.add(id(struck))
            if relative:
                before = kept if oblique else []
            if a1 is None and a2 is None and not relative and reacted is None and not before:
                a1 = _subject_after_aside(ctx, anchor, ss, d.sentence[1])
    else:
        g = _gen_mention(ctx, _conjunct_tail(ctx, h, ce), ce, actors)
        if g is not None and not h.trig.suffixed:
            if id(g[0]) in held_ids or _marker_ended(ctx, h):
                # عمليات ضد تنظيم داعش: a trigger ending in a target preposition puts its target after it
                a2 = g
            elif genitive == "actor1" or _object_follows(ctx, h.trig.base, g[0].end, ce):
                # قصف قوات النظام لمدينة دوما: with the object after it under ل, the genitive is the doer
                a1 = g
            else:
                a2 = g
        behind = _behind_antecedent(ctx, h, ss) if a1 is None and reacted is None else None
        if behind is not None and behind[0] == "named":
            a1 = behind[1]  # الحزب الذي يقف وراء الهجوم: the party behind the deed did it
        elif behind is not None and behind[0] == "nameless":
            # الجهة التي تقف وراء الهجوم: nobody named did it, neither a name before (who seeks it) nor a
            # party borrowed
            ante, before = behind, []
    if d.verbal and h.light is None and (lam := _lam_subject(ctx, anchor, cs, actors)) is not None:
        # سبق لتركيا أن قصفت الوحدات: the ل-name before أن is the subject; a name the verb's own reading took for
        # its subject after it is its object instead
        misread, a1 = a1, lam
        if a2 is not None and a2[1] is lam[1]:
            a2 = None
        if a2 is None and misread is not None and misread[1] is not lam[1]:
            a2 = misread
    if a1 is None and not d.verbal and (genitive == "actor1" or _lam_owner_masdar(h)):
        # انتشار ... لقوات النظام: a ل-phrase after an agent noun names whose it is; so it does after a masdar
        # whose genitive is its patient but whose ل-phrase is its owner (event_cues lam_owner_masdars: قصف مدفعي
        # للتحالف على مواقع، بعد قصف للجيش على القرية), unlike the ل of the object of استهداف/قتل للمدنيين
        a1, a2 = _lam_owner(ctx, d, actors, held_ids, a1, a2)
    # (also the object of a light verb before it whose subject was not found: أدى لشن ضربات بقيادة واشنطن)
    if a1 is None and (not d.verbal or (h.light is not None and h.light.start < h.start)) and (
            came := _from_agent(ctx, d, h, ce, actors)) is not None and (a2 is None or came[1] is not a2[1]):
        a1 = came
    # (also a masdar a verb of telling carries: أعلنت وزارة الصحة مقتل أربعة برصاص الجيش, the fire's owner did it)
    if a1 is None and (not d.verbal or (h.light is not None and h.light.start < h.start)) and genitive == "actor2" \
            and d.type in cues().from_agent_types and (
            fire := _masdar_fire_owner(ctx, h, ce, a2[1] if a2 is not None else None)) is not None:
        # بعد قتل 60 فلسطينيا برصاص الجيش، مقتل ثلاثة مدنيين بنيران قوات النظام: a masdar whose genitive is its
        # patient names its doer as the owner of the fire after it, never the subject of the clause around it
        a1 = fire
        if a2 is not None and a2[1] is fire[1]:
            a2 = None
        # مقتل خمسة عناصر من قوات النظام بنيران الهيئة: the side named between the masdar and the fire was hit
        # (the loop for a patient below takes no name before the doer's)
        hit = [(m, ent) for m, ent in actors if he <= m.start and m.end <= fire[0].start and ent is not fire[1]]
        if a2 is None and hit:
            a2 = hit[0]
    if not d.verbal or (h.light is not None and h.light.trig.base in lex.passive) or not before:
        # هزيمتهم من قبل القوات العراقية، على يد التنظيم: the agent of a masdar or a passive is named after it;
        # so for a verb with no subject before it in its clause (واعتقل رجلان من قبل الشرطة، وألقي القبض على
        # المتهم من قبل عناصر من الجيش): unvowelled, the agent phrase is what tells it passive
        a1, a2 = _agent_after(ctx, d, actors, he, a1, a2)
    if a1 is None and d.type == "DEFECT":
        for m, ent in actors:
            if m.start >= h.end and _in_list(ctx.marker(m.start, cs), lex.roles["origin"]):
                a1 = (m, ent)
                break
    if a1 is None and _reported_doer(ctx, ss, hs):
        # أعلن الجيش أن مسلحين هاجموا: the names before أن tell of a deed whose doer is unnamed
        tellers |= {id(ent) for _m, ent in ctx.doc.mentions_in(ss, hs, ("actor",))}
        before = []
    struck_teller = (_teller_struck(ctx, d, he, ss, h.start) or _teller_lost(ctx, d, he, ss, h.start)
                     ) if a1 is None and reacted is None else None
    if struck_teller is not None:
        # قال حزب الله إن غارات استهدفت مواقع له: the teller owns what was struck, it is the target
        tellers.add(id(struck_teller[1]))
        before = [(m, ent) for m, ent in before if ent is not struck_teller[1]]
        if a2 is None:
            a2 = struck_teller
    if a1 is not None and id(a1[0]) in held_ids:
        a2, a1 = a2 or a1, None
    if a1 is None and d.verbal and not before and reacted is None and not relative and dead is None and not (
            ante is not None and ante[0] == "nameless"):
        # وقالت إسرائيل إنها ردا على الحادث شنت غارات: the pronoun a few words before the verb is its subject
        # (not after a relative light verb: هجوم شنته X has its subject after it; nor when the verb's subject
        # is the nameless noun a relative before it hangs on: إنها تحقق في الجهة التي شنت الهجوم)
        a1 = _pronoun_teller(ctx, ss, anchor.start)
    if a1 is None and d.verbal and reacted is None and undergo is None and (
            owner := (_strike_owner_before(ctx, cs, anchor.start, actors)
                      or _machine_owner_before(ctx, cs, anchor.start, actors))) is not None and (
            a2 is None or owner[1] is not a2[1]):
        # وكانت غارة جوية لقوات التحالف قد قتلت 29 طفلا: the owner of the strike that is the verb's subject
        # did the deed; it is neither the verb's patient nor a complement
        a1 = owner
    if a1 is None:
        # SVO: the nearest name before the trigger in the clause that is not a complement
        for m, ent in reversed(before):
            if a2 is None or ent is not a2[1]:
                a1 = _first_conjunct(ctx, (m, ent), cs)
                break
    # بين X و Y: the first is actor1, the second the counterpart
    if a1 is None:
        after = [(m, ent) for m, ent in actors if m.start >= he]
        if after and _strip_conj(ctx.marker(after[0][0].start, cs)) == "بين":
            a1 = after[0]
    if a1 is None and d.type in cues().claimed_types:
        a1 = _claimer(ctx, d.sentence[0], d.sentence[1], a2[1] if a2 is not None else None)
    if a1 is None and d.type in _launch_cues()[0]:
        # قتل مدنيان جراء سقوط قذيفة أطلقتها ميليشيا الحوثي: who fired the weapon that did the harm did it
        a1 = _launcher_after(ctx, he, d.sentence[1], a2[1] if a2 is not None else None)
    d.actor1_explicit = a1 is not None
    adjective = None
    side_named = False  # the clause's own subject is a state's or the government's forces
    if a1 is None:
        side_named, adjective = _adjective_doer(ctx, d, anchor, relative, held is not None, he)
        if adjective is not None and a2 is not None and adjective is a2[1]:
            adjective = None
        if ante is not None and ante[0] == "event" and ante[1] is not (a2[1] if a2 is not None else None):
            adjective = ante[1]  # الغارات الإسرائيلية التي استهدفت: the doer of the event noun it restates
    if a1 is None and control is not None:
        adjective = control[1]  # تمكنت القوات التركية من السيطرة: the managing verb's subject, by its adjective
    if a1 is None and adjective is None:
        # غارة تركية، القصف الجوي الروسي: a state adjective after a noun trigger names the doer (not
        # "explicit": a bare القصف التركي may still be a retelling of the shelling already told)
        adjective, a2 = _trigger_adjective(ctx, d, actors, genitive, a2, he)
    if a1 is None and adjective is None and d.type == "THREATEN":
        a1 = _threat_owner(ctx, cs, ce, he)
        d.actor1_explicit = a1 is not None
    if a1 is None and adjective is None and d.type == "THREATEN":
        # التصريحات التركية بشن عملية عسكرية: the threat's owner is named on the threatening word
        for a, b in ctx.threats:
            if cs <= a and b <= hs:
                adjective = ctx.adjective_after(b, hs, n=2, civil=True) or adjective
    first_word = ctx.words.between(cs, ce, limit=1)
    if a1 is None and first_word and _in_list(first_word[0], cues().relatives) and reacted is None:
        # a relative clause after a comma: its subject is the name it hangs on (الجانب الروسي، الذي كثف ...)
        prior = ctx.actors(ss, cs)
        if prior:
            a1 = prior[-1]
    if a1 is None and adjective is not None:
        d.actor1 = adjective
    elif a1 is None and side_named:
        # قصفت الطائرات الحربية السورية where the article names no Syrian party: the subject is a side of
        # its own, and the party a guess would borrow from the sentences around is most often the other one
        d.actor1 = None
    elif a1 is None and ante is not None and ante[0] == "nameless":
        d.actor1 = None  # المسلحين الذين هاجموا، الجهة التي استهدفت: an unnamed doer, no party borrowed
    elif a1 is None and reacted is not None:
        # the one reacting did not do it and no doer is named after the event noun: a guess from the article
        # would as often name a party to the welcomed deal or the condemned attack wrongly
        d.actor1 = None
    elif a1 is None and prev_draft is not None and _patient_resumed(ctx, d, prev_draft, cs, anchor.start):
        d.actor1 = prev_draft.actor2
    elif a1 is None and _nameless_subject(ctx, d, anchor, cs):
        d.actor1 = None  # القذيفة استهدفت، المهاجمون أطلقوا النار: the verb's own subject names no party
    elif a1 is None and prev_draft is not None and prev_draft.sentence == d.sentence and (
            prev_draft.actor1 or carried is not None) and id(prev_draft.actor1) not in tellers and not (
            prev_draft.actor1_borrowed and carried is None) and not _strikes_own(d, prev_draft.actor1):
        # a dropped subject continues the sentence's previous clause; "others" suffering the same (قتل عشرات
        # الحوثيين، في حين اعتقل آخرون) suffer it from the same hand, even an unnamed one. A doer the clause
        # before only guessed from the article is not handed on: this clause guesses for itself, under the guards
        # of a guess (its target's side, the harmed, the reach), as a second guess in a row would
        d.actor1 = prev_draft.actor1
        if (d.verbal and anchor.prefix[:1] == "و" and not prev_draft.verbal and prev_verbal is not None
                and prev_verbal.sentence == d.sentence and prev_verbal.actor1 is not None
                and id(prev_verbal.actor1) not in tellers):
            # شنت القوات هجوما مدعومة بقصف من قبل روسيا وسيطرت على: a verb joined by و with no subject of its
            # own shares the subject of the verb before, not the doer of an event noun inside that verb's
            # complement
            d.actor1 = prev_verbal.actor1
    else:
        subject = None
        if a1 is None:
            a1, subject = _sentence_subject(ctx, d, anchor, victims, undergo is not None, tellers, a2, hs)
        fallback = prev_actor or main_actor
        far = prev_draft is None or _sent_index(ctx.doc, ss) - _sent_index(ctx.doc, prev_draft.sentence[0]) > 1
        if prev_draft is not None and far:
            fallback = main_actor
        # the marker may close the trigger itself (عمليات ضد)
        floor = h.start if _marker_ended(ctx, h) else he
        if floor == h.start:
            right_on = _gen_mention(ctx, h.end, ce, actors)
            if right_on is not None:
                tellers.add(id(right_on[1]))  # نفذت القوات عمليات ضد داعش: the target is never the doer
        target = a2[1] if a2 is not None else next(
            (ent for m, ent in actors if m.start >= he and any(
                _in_list(w, cues().target_markers) for w in ctx.words.before(m.start, 3, floor))), None)
        if target is None and d.verbal and h.light is None:
            # استهدفت غارة موقعا تابعا للقسام: the name after the verb is its object, what was struck
            # (under ل or a target preposition in the object, three words at most after the verb: right after
            # the verb a name is more often its subject, further on a clause of its own may hold it; and
            # not the owner of an attack noun, adjectives between: قتل عدد منهم بغارة للتحالف، جراء قصف عنيف
            # لقوات النظام)
            owned = {x.end for x in ctx.raw_hits if he <= x.start and x.end <= ce and x.trig.pos == "noun"}
            target = next((ent for m, ent in actors if m.start >= he and ctx.words.gap(he, m.start) <= 3 and (
                ctx.marker(m.start, he) == "ل" or _in_list(ctx.marker(m.start, he), cues().target_markers))
                and not _after_agent_marker(ctx, m.start, he)
                and not any(ctx.words.gap(e, m.start) <= 2 for e in owned if e <= m.start)), None)
        if target is None and d.verbal and h.light is None and a1 is None and subject is None and (
                d.type in cues().opposing_types) and (
                obj := _object_after_subject_noun(ctx, anchor.end, ce, actors)) is not None:
            # استهدف صاروخ باليستي الرياض، قصفت الطائرات دمشق: a name after the verb's own subject noun is its
            # object, the struck, never a doer to borrow
            target = obj[1]
            tellers.add(id(target))
        if target is None and a1 is None and _counted_patients(d, genitive, lex.types, lex.passive) and (
                counted := _counted_side(ctx, max(anchor.end, h.end), ce, actors)) is not None:
            # قتلت القوات مع حلفائها عشرة مسلحين من التنظيم، أسرت المقاومة 60 عنصرا من الميليشيا، اعتقال 15 عنصرا
            # من التنظيم: the group of the counted is what was struck or seized, never a doer to borrow (the verb's
            # subject is a bare force noun, or nobody named in a passive or a masdar)
            target = counted[1]
            tellers.add(id(target))
            if a2 is None:
                a2 = counted
        # أسفرت المعارك عن مصرع 38 عنصرا من ميليشيات الحوثي: the party whose men the deed killed is its target
        harmed = [ent for _m, ent in _victims(ctx, he, ce)]
        if not harmed and (toll := _toll_party(ctx, d, he, ce, actors)) is not None:
            harmed = [toll[1]]  # بمقتل 36 من ميليشيات الحوثي: the counted dead are the struck, lending no doer
            if a2 is None:
                a2 = toll  # خلال المواجهات مع المقاومة: the dead are the target before the other side of a clash
        if target is None and harmed:
            target = harmed[0]
        if target is not None and fallback is not None and _same_side(fallback, target) and (
                prev_draft is not None or a2 is not None):
            # an attack on X (or on X's own forces: غارة على موقع للقسام) is not X's: the other party of the
            # event before (قصف على جيب التنظيم); with no event before, not the state whose force the clause
            # names as struck either (غارات على مواقع للحرس الثوري in an article on Iran)
            told = (prev_draft.actor2, prev_draft.actor1) if prev_draft is not None else ()
            fallback = next((e for e in (*told, main_actor) if e is not None and not _same_side(e, target)), None)
        if fallback is not None and any(_same_side(fallback, x) for x in harmed):
            # no party of the article stands on the other side of the harmed: the doer stays unnamed
            fallback = next((e for e in (prev_actor, main_actor) if e is not None and id(e) not in tellers
                             and not any(_same_side(e, x) for x in harmed)), None)
        if id(fallback) in tellers:
            fallback = None  # an event's target is never its own doer
        struck = [target, *harmed, *(ent for _m, ent in _report_tellers(ctx, ss, h.start))]
        if d.type in cues().patron_guard_types and _backs_struck(fallback, struck):
            # قصفت طائرات مواقع لحزب الله in an article on Iran, أعلن حزب الله أن غارة استهدفت: the patron of the
            # struck (or of the client telling of it) is no doer to borrow
            fallback = None
        if a1 is not None and not d.actor1_explicit and (
                (d.type in cues().patron_guard_types and _backs_struck(a1[1], struck))
                or (struck_teller is not None and a1[1] is struck_teller[1])):
            a1 = None  # قالت طهران إن غارات استهدفت مواقع لحزب الله: the sentence's subject backs the struck
        if fallback is not None and not _is_group(fallback) and _suicide_told(ctx, d):
            # هجوم انتحاري: a suicide attack is an armed group's, never a state's or its army's
            fallback = next((e for e in (prev_actor, main_actor) if e is not None and _is_group(e)
                             and e is not target and id(e) not in tellers), None)
        body = None if a1 is not None or subject is not None else _body_subject(ctx, d, anchor, ss, cs)
        if body is not None:
            # ألقت الشرطة العراقية القبض: a police, court or authority no entity names did it; a state adjective
            # names its state, and a group borrowed from the article (the arrested, the tried) never is it
            fallback = body[1] if body[0] else None if fallback is None or _is_group(fallback) else fallback
        if a1 is None and subject is None and fallback is not None and _group_noun_subject(ctx, anchor, cs, ce):
            # الجماعة هاجمت: a group noun points back to an armed group or party, never to a state or its forces
            fallback = next((e for e in (fallback, prev_actor, main_actor)
                             if e is not None and id(e) not in tellers and _is_group(e)), None)
        if (_unnamed_subject(ctx, d, anchor, cs, ce) or anchor.trig.base in cues().device_triggers
                or _fired_base(anchor)  # تم إطلاق قذائف على، سقطت قذيفة: a firing names its doer or none
                or (_device_blast(ctx, anchor, ce) and not ctx.actors(*d.clause))
                or _bare_blast(ctx, d, anchor, fallback)
                or _unnamed_controller(ctx, d, cs) or _nameless_crowd_subject(ctx, d, anchor, ss)):
            # a bomb that went off (انفجرت عبوة ناسفة بدورية) has no doer unless its own clause names one
            fallback = None
        if fallback is not None and fallback is main_actor and (fallback is not prev_actor or far) and (
                _unresolved_subject(ctx, d, anchor, cs, ce)):
            # اقتحم مستوطنون المسجد، عناصر أطلقوا النار: an unnamed group is the verb's own subject; the
            # article's main actor, told of nowhere near, is no doer for it
            fallback = None
        if fallback is not None and _unfit_borrow(ctx, d, fallback):
            # the PMF as the doer of strikes on the PMF: a party the article shows suffering lends no doer; the
            # other candidate stands in, or none rather than a wrong one (a teller of the claim is no bar: أعلنت
            # موسكو تسليم الجيش السوري صواريخ, نفت أنقرة استهداف المدنيين tell of the teller's own deed)
            fallback = next((e for e in (prev_actor, main_actor) if e is not None and e is not target
                             and id(e) not in tellers and not _unfit_borrow(ctx, d, e)), None)
        if a1 is None and subject is None and fallback is not None and _comment_teller(ctx, d, ss, h.start, fallback):
            # نشرت روسيا قوات ... وقال لافروف إن الضربة انتهاك: the teller's own side is no doer borrowed for a
            # deed it only comments on; only a clause that makes it the subject of the deed names it
            fallback = None
        if a1 is not None and not d.actor1_explicit and _comment_teller(ctx, d, ss, h.start, a1[1]):
            a1 = None  # قالت الخارجية الروسية إن الهجوم على دوما مسرحية: the sentence's subject only tells
        if a1 is None and subject is None and fallback is not None and _out_of_reach(ctx, fallback, ss):
            # no party is named for the deed near it: none rather than one borrowed from another item
            fallback = None
        d.actor1 = a1[1] if a1 else (subject or fallback)
        d.actor1_borrowed = a1 is None and subject is None and fallback is not None

    if a2 is None and opponent is not None and opponent[1] is not d.actor1:
        a2 = opponent
    if a2 is None and held_targets and held_targets[0][1] is not d.actor1:
        a2 = held_targets[0]
    if a2 is None:
        a2 = _patient_after(ctx, d, actors, a1, held_ids, he)
    if a2 is None and reacted is None and not (ante is not None and ante[0] == "named"):
        # (a relative's subject is the name it hangs on: the names between are inside its noun phrase)
        a2 = _patient_before(ctx, d, actors, a1, he)
    if a2 is None and d.ext > ce:
        a2 = _later_clause_target(ctx, d)

    if a2 is None and carried is None and d.type in cues().person_patient_types:
        # اعتقلت الميليشيا الصحفي فلان، الإفراج عن الناشط فلان: with no party struck, the person the deed was done to
        a2 = _person_patient(ctx, d, a1[0].end if a1 is not None and a1[0].start >= he else he, ce)
    d.actor2 = a2[1] if a2 else carried if carried is not d.actor1 else None
    if (d.type in cues().patron_guard_types and not d.actor1_explicit and d.actor1 is not adjective
            and _backs(d.actor1, d.actor2)):
        # هددت إيران برد. واستهدفت غارات مواقع للحوثيين: a doer borrowed from around that backs the target
        d.actor1 = None
    accused = _named_doer(ctx, d, hs, he)
    _struck_not_doer(ctx, d, prev_draft, accused, hs, he)
    # a doer set by a later rule (the noun's adjective, the planners, the accused) is named, not guessed
    d.actor1_borrowed = d.actor1_borrowed and not d.actor1_explicit and d.actor1 is not None

    d.place, d.place_strength = _place(ctx, d, hs, he, prev_draft)


def _requester_only(ctx: _Ctx, d: Draft, ent: EntityDraft) -> bool:
    """Every mention of `ent` in the draft's sentence comes after a phrase of request (event_cues
    requester_phrases: بناء على طلب من، بطلب من), with at most two nouns with the article between (السلطات
    before the adjective التركية that names the state): the party only asked for the deed."""
    ss, se = d.sentence
    phrases = _cue_words("requester_phrases")
    found = False
    for m, e in ctx.doc.mentions_in(ss, se, ACTOR_TYPES):
        if e is not ent:
            continue
        words = fold_text(ctx.doc.text[max(ss, m.start - 80):m.start]).split()
        # only head nouns with the article may stand between (بطلب من السلطات التركية), not a preposition
        # that names another party (بطلب رسمي إلى الحكومة الألمانية: the one asked to arrest)
        skips = 0
        while skips < 2 and skips < len(words) and words[-1 - skips].startswith("ال"):
            skips += 1
        asked = any(" ".join(words[len(words) - skip - k:len(words) - skip]) in phrases
                    for skip in range(skips + 1) for k in range(1, 6) if len(words) >= skip + k)
        if not asked:
            return False
        found = True
    return found


@cache
def _guess_reach() -> tuple[int, int]:
    """How many sentences before and after an event's own a party must be named in to lend it a guessed doer
    (event_cues guess_reach_back, guess_reach_ahead)."""
    data = load_json("event_cues")
    return int(data.get("guess_reach_back", 3)), int(data.get("guess_reach_ahead", 2))


def _out_of_reach(ctx: _Ctx, guess: EntityDraft, ss: int) -> bool:
    """A doer guessed from the article (the previous doer or its main actor) that neither it nor a body of its
    side is named within a few sentences of the event: a news digest or a roundup of unrelated items (a bombing
    in Peshawar after a story on Washington) or a later stage of one story told by other hands (دهمت وحدة خاصة
    المنزل long after the suspect's group was named). A lead may name the doer only in the sentences after it
    (اندلعت اشتباكات في أطراف المدينة ... وقالت مصادر إن الجيش قصف), so the reach runs both ways."""
    back, ahead = _guess_reach()
    sents = ctx.doc.sentences
    if not sents:
        return False
    i = _sent_index(ctx.doc, ss)
    if i >= len(sents):
        return False
    a = sents[max(0, i - back)].start
    b = sents[min(i + ahead, len(sents) - 1)].end
    return not any(_same_side(e, guess) for _m, e in ctx.doc.mentions_in(a, b, ("actor", "person")))


def _passive_relative(ctx: _Ctx, d: Draft, anchor: Hit) -> bool:
    """A past verb of a type that always takes an object (event_cues relative_passive_types: اعتقل، احتجز،
    اختطف) right after a relative, with neither an object pronoun on it nor an object after it: only a
    preposition or a time word (relative_passive_next) or the clause's end follows, so the unvowelled verb
    is passive (الذي اعتُقل في إسطنبول، الذين احتُجزوا خلال المداهمة) and the noun the relative hangs on
    is its patient."""
    types, nxt_words = _passive_relative_cues()
    if d.type not in types or anchor.trig.pos != "past" or d.head.light is not None or _object_pronoun(ctx, anchor):
        return False
    nxt = ctx.words.between(anchor.end, d.clause[1], limit=1)
    return not nxt or _in_list(nxt[0], nxt_words)


def _declared_deed(ctx: _Ctx, d: Draft, anchor: Hit, ss: int) -> EntityDraft | None:
    """أعلن الجيش الإسرائيلي، صباح الإثنين، اعتقال 11 مطلوبا: an event noun that is the very object of a verb
    of announcing (event_cues claim_declare_verbs) tells the announcer's own deed, so the state, force, group
    or government (declared_deed_kinds) right after that verb did it. Not a harm noun (أعلنت قسد مقتل خمسة
    من مقاتليها: the teller suffered it) nor a clause after أن (أعلن الجيش أن مسلحين هاجموا); the words
    between the name and the noun are an aside at most declared_deed_gap long (a time, في بيان), no name."""
    c = cues()
    if d.type not in c.declared_deed_types or d.verbal or anchor.trig.pos != "noun" or anchor.prefix:
        return None
    if _in_list(fold_text(ctx.doc.text[anchor.start:anchor.end]).strip(), c.victim_nouns):
        return None
    named = ctx.doc.mentions_in(ss, anchor.start, ("actor",))
    if not named:
        return None
    m, ent = named[-1]
    between = ctx.words.between(m.end, anchor.start)
    comps = ctx.lex.roles.get("complementizers", frozenset())
    # another event word between the name and the noun: the name goes with that one (raw_hits are in text
    # order, bisected)
    other = bisect.bisect_left(ctx.raw_hits, anchor.start, key=lambda x: x.start) > bisect.bisect_left(
        ctx.raw_hits, m.end, key=lambda x: x.start)
    if len(between) > c.declared_deed_gap or any(_in_list(w, comps) for w in between) or other:
        return None
    verb = ctx.words.before(m.start, 1, ss)
    if not verb or not _in_list(verb[0], c.claim_declare_verbs):
        return None
    entry = packs.entries_by_id().get(ent.ref) if ent.ref else None
    return ent if entry is not None and entry.kind in c.declared_deed_kinds else None


def _ascribed_after(ctx: _Ctx, d: Draft, he: int, span: int = 8) -> EntityDraft | None:
    """الغارة التي نسبت إلى التحالف، ضربة نسبتها دمشق إلى إسرائيل، الهجوم المنسوب إلى التنظيم: a verb or
    participle of ascribing (event_cues ascribe_words) within ascribe_reach words after the event noun names
    its alleged doer in the name right after إلى (ascribe_to); the names between are who ascribe it."""
    got = _ascription(ctx, d, he, span)
    return got[0] if got is not None else None


def _ascription(ctx: _Ctx, d: Draft, he: int, span: int = 8) -> tuple[EntityDraft | None] | None:
    """_ascribed_after's reading: None when no ascribing word follows the event noun, (None,) when the deed is
    ascribed to someone no entity names (في هجوم نسبه إلى المتمردين، نسبته إلى مسلحين: the doer is unnamed, and
    the one announcing is not it), else (the alleged doer,). The name after إلى is taken even where the claims
    stage read «نسبه إلى X» as X telling (a claim source, which ctx.actors leaves out)."""
    c = cues()
    ends = set() if d.verbal or d.head.trig.pos != "noun" else {he}
    if d.head.trig.base in c.killing_bases:
        # قتل عشرات في الغارة التي نسبت إلى التحالف: the killing's cause, told in the same draft
        ends |= {x.end for x in d.hits if x.trig.pos == "noun"}
    # غارات نسبت إلى إسرائيل استهدفت مواقع: the strike noun a verb merged with is its subject, so what is
    # ascribed to that noun is the verb's deed too
    ends |= {x.end for x in d.hits if x.trig.pos == "noun" and x.end <= d.head.start}
    believed = _believed_side(ctx, d, he)
    if believed is not None:
        return (believed,)
    se = d.sentence[1]
    for end in sorted(ends):
        i = ctx.words.index_at(end)
        spans = [sp for sp in ctx.words.spans[i:i + c.ascribe_reach + span + 1] if sp[0] >= end and sp[1] <= se]
        for k, (_s, _e, w) in enumerate(spans[:c.ascribe_reach + 1]):
            if not _in_list(w, c.ascribe_words):
                continue
            for _ts, te, x in spans[k + 1:k + 1 + span]:
                if x in c.ascribe_to:
                    nxt = [(m, ent) for m, ent in ctx.actors(te, se) if ctx.words.gap(te, m.start) == 0] or [
                        (m, ent) for m, ent in ctx.doc.mentions_in(te, se, ("actor",))
                        if ctx.words.gap(te, m.start) == 0]
                    return (nxt[0][1] if nxt else None,)
            break
    return None


def _person_controls(ctx: _Ctx, people: list[tuple[model.Mention, EntityDraft]], between: list[str], cs: int) -> bool:
    """وتمكنت نادية مراد من الفرار: the deed after من is the object of a verb of managing (event_cues
    control_verbs) right before the person, who is its subject."""
    c = cues()
    if len(between) != 1 or not _in_list(between[0], c.control_preps):
        return False
    ent = people[-1][1]
    first = next(m for m, e in people if e is ent)
    verb = ctx.words.before(first.start, 1, cs)
    return bool(verb) and _in_list(verb[0], c.control_verbs)


def _person_subject(ctx: _Ctx, anchor: Hit, head: Hit, cs: int, victims: list[tuple[model.Mention, EntityDraft]],
                    gap: int = 2, title_words: int = 3) -> tuple[model.Mention, EntityDraft] | None:
    """وعرض الرئيس التركي رجب طيب أردوغان هدنة، المبعوث الروسي ألكسندر لافرنتييف أجرى محادثات: a named person
    standing as the subject right before the event word in its own clause (at most `gap` words between, no
    other name, no clause break, no verb of its own joined by و: ماتيس تجاهل اقتراح ترامب وأمر بتنفيذ غارة)
    did it. People are left out of the names a doer is first sought among, as they more often tell or
    analyse; one who is no teller, victim or complement (no preposition within `title_words` before the name:
    سيناقش القضية مع نظيره الألماني X) is the deed's own subject, and a party borrowed from the clauses around
    would be wrong. A name told once with no pack entry may be a misread phrase (بحمد الله): it does not count.
    Of persons joined by و (بوتين وماكرون اتفقا) the first is the subject. A light verb far from its event
    noun (السوداني وجه بإجراء تحقيق في الاعتداء) may govern another deed: its subject is then no doer."""
    if anchor.trig.base in cues().killing_bases:
        return None  # خاشقجي قتل: the subject of a killing verb is its victim
    if anchor is not head and ctx.words.gap(anchor.end, head.start) > gap:
        return None
    people = [(m, ent) for m, ent in ctx.doc.mentions_in(cs, anchor.start, ("person",))
              if m.end <= anchor.start and not ctx.in_source(m.start, m.end)]
    if not people:
        return None
    m, ent = people[-1]
    between = ctx.words.between(m.end, anchor.start)
    block = ctx.lex.roles["subject_block"]
    # حذرت مصادر الرئيس الأسد من الهجوم: a deed under a preposition is the complement of another verb, whose
    # object the person is
    joined = bool(between) and between[0].startswith("و") and (len(between) > 1 or anchor.prefix[-1:] in ("ب", "ل"))
    under = any(w in block for w in between) and not _person_controls(ctx, people, between, cs)
    if len(between) > gap or joined or under \
            or _CLAUSE_END.search(ctx.doc.text, m.end, anchor.start) \
            or any(v is ent for _vm, v in victims) or ctx.actors(m.end, anchor.start):
        return None
    # the person's title and name are two mentions: the first of them opens the subject
    k = len(people) - 1
    while k > 0 and (people[k - 1][1] is ent or ctx.marker(people[k][0].start, cs) == "و") \
            and ctx.words.gap(people[k - 1][0].end, people[k][0].start) == 0:
        k -= 1
    first, who = people[k]
    if not who.ref and len(who.mentions) < 2:
        return None
    if any(_in_list(w, block) for w in ctx.words.before(first.start, title_words, cs)):
        return None
    return (first, who) if _is_subject_like(ctx, first, cs) else None


def _subject_after_aside(ctx: _Ctx, anchor: Hit, ss: int, se: int, obj_words: int = 4, aside_words: int = 8
                         ) -> tuple[model.Mention, EntityDraft] | None:
    """وتحاصر البلدة، منذ نهاية العام الماضي، قوات النظام: a verb, its short object (a place), then a time told
    between commas, then the subject right after the second comma. The aside holds a time (the times stage);
    the object names no party; up to `obj_words` and `aside_words` words each."""
    text = ctx.doc.text
    c1 = text.find("،", anchor.end, se)
    c2 = text.find("،", c1 + 1, se) if c1 >= 0 else -1
    if c2 < 0 or len(ctx.words.between(anchor.end, c1)) > obj_words \
            or len(ctx.words.between(c1, c2)) > aside_words or ctx.actors(anchor.end, c1):
        return None
    first = ctx.words.between(anchor.end, c1, limit=1)
    if not ctx.places(anchor.end, c1) and not (first and _in_list(first[0], ctx.lex.roles["place_heads"])):
        # هددت مصادر عسكرية إسرائيلية، الأربعاء، الرئيس السوري: what follows the verb is its subject, and
        # the name after the aside its object; only a place (the town besieged, the villages shelled) is
        # an object fronted so
        return None
    t = _time_in(ctx.doc, c1, c2)
    if t is None or not (c1 < t.start < c2):
        return None
    for m, ent in ctx.actors(c2, se, persons=True):
        if ctx.words.between(c2, m.start):
            return None  # the name must open what follows the aside
        return (m, ent) if _is_subject_like(ctx, m, c2) else None
    return None


def _unfit_borrow(ctx: _Ctx, d: Draft, ent: EntityDraft) -> bool:
    """A party no doer may be borrowed from: one the article mostly shows suffering its fighting, unless the
    event's own clause names it (قبل أن تتدخل قوة أخرى من الحشد لتطارد المهاجمين)."""
    if any(e is ent for _m, e in ctx.actors(*d.clause)):
        return False
    if ctx.asked is not None:
        ctx.asked[0].add(ent.id)
    if ent.id in ctx.sufferers:
        return True
    # a person borrowed for a deed of fighting: not one first named after its sentence, nor one of the state or
    # party the article shows struck by such deeds (جرح جنود فرنسيون في هجوم ... وقال ماكرون: Macron did not
    # attack)
    if ent.type != "person" or d.type not in cues().opposing_types:
        return False
    if not ent.mentions or ent.mentions[0].start >= d.sentence[1]:
        return True
    sides = _person_sides(ent)
    if ctx.asked is not None and sides:
        ctx.asked[1].append((d.type, sides))
    return bool(sides & ctx.struck.get(d.type, frozenset()))


def _struck_sides(drafts: list[Draft]) -> dict[str, frozenset[str]]:
    """By event type of the fighting (event_cues opposing_types), the pack ids (and their parents) a pass of
    the roles shows as the target of an event of that type."""
    by_id = packs.entries_by_id()
    hit: dict[str, set[str]] = {}
    for d in drafts:
        if d.type in cues().opposing_types and d.actor2 is not None and d.actor2 is not d.actor1 and d.actor2.ref:
            e = by_id.get(d.actor2.ref)
            hit.setdefault(d.type, set()).update(x for x in (d.actor2.ref, e.parent if e else None) if x)
    return {t: frozenset(s) for t, s in hit.items()}


def _sufferers(drafts: list[Draft]) -> frozenset[str]:
    """The parties an article mostly shows on the receiving end of its fighting (event_cues opposing_types):
    the target of at least sufferer_min of them and of more than sufferer_ratio times as many as it is the
    named doer of. Read from a first pass of the roles."""
    c = cues()
    hit: Counter[str] = Counter()
    did: Counter[str] = Counter()
    for d in drafts:
        if d.type not in c.opposing_types:
            continue
        if d.actor2 is not None and d.actor2 is not d.actor1:
            hit[d.actor2.id] += 1
        if d.actor1 is not None and d.actor1_explicit:
            did[d.actor1.id] += 1
    return frozenset(e for e, n in hit.items() if n >= c.sufferer_min and n > c.sufferer_ratio * did[e])


def _marker_ended(ctx: _Ctx, h: Hit) -> bool:
    """The trigger's own last word is a target preposition (عمليات ضد، حملة على): the name after it is the
    target, not the noun's genitive doer."""
    last = fold_text(ctx.doc.text[h.start:h.end]).split()
    return len(last) > 1 and _in_list(last[-1], cues().target_markers)


def _accused_after(ctx: _Ctx, d: Draft, he: int, reach: int = 3, span: int = 6) -> EntityDraft | None:
    """هجوم كيماوي اتهمت الدول الغربية دمشق بشنه، لغارات اتهمت دمشق إسرائيل بتنفيذها: an accusing verb
    within `reach` words after an event noun, whose masdar with a pronoun (event_cues accuse_back) points
    back to it, names the noun's alleged doer: the last name between the verb and that masdar."""
    se = d.sentence[1]
    verbs = ctx.lex.roles.get("accuse", frozenset())
    h = d.head
    if h.prefix + fold_text(ctx.doc.text[h.start:h.end]).strip() in cues().accuse_back:
        # the masdar with its pronoun was read as the trigger itself (هجوم اتهم التنظيم بشنه)
        i = ctx.words.index_at(h.start)
        for _vs, ve, w in reversed([sp for sp in ctx.words.spans[max(0, i - span):i]
                                    if sp[0] >= d.sentence[0] and sp[1] <= h.start]):
            if _in_list(w, verbs):
                if not _in_list(w, cues().accuse_bare):
                    return None
                named = [ent for m, ent in ctx.actors(ve, h.start, persons=True) if m.end <= h.start]
                return named[-1] if named else None
        return None
    # قتل عشرة في تفجير اتهم التنظيم بتنفيذه: the noun may be the killing's cause, told in the same draft;
    # other nouns of a draft may be another deed (ضربة أمريكية ردا على هجوم اتهمت ... النظام بتنفيذه)
    ends = {he, d.head.end}  # هجوم اتهم التنظيم بشنه: the light verb with its pronoun is no new deed
    if d.head.trig.base in cues().killing_bases:
        ends |= {x.end for x in d.hits if x.trig.pos == "noun"}
    for end in sorted(ends):
        i = ctx.words.index_at(end)
        spans = [sp for sp in ctx.words.spans[i:i + reach + span + 3] if sp[0] >= end and sp[1] <= se]
        for k, (_s, ve, w) in enumerate(spans[:reach + 1]):
            if not _in_list(w, verbs):
                continue
            if not _in_list(w, cues().accuse_bare):
                break  # اتهمته: the accused is a pronoun
            rest = spans[k + 1:k + 1 + span]
            for j, (bs, _be, x) in enumerate(rest):
                pair = " ".join(y for _a, _b, y in rest[j:j + 2])
                if x in cues().accuse_back or pair in cues().accuse_back:
                    named = [ent for m, ent in ctx.actors(ve, bs, persons=True) if m.end <= bs]
                    if named:
                        return named[-1]
                    break
            break
    return None


def _accused_before(ctx: _Ctx, d: Draft, hs: int) -> EntityDraft | None:
    """سوريا المتهمة بشن هجوم، الميليشيات المتهمة بتنفيذ الهجمات: a participle of accusation (event_cues
    accused_participles) right before the deed under ب describes the name right before it, the deed's
    alleged doer."""
    h = d.head
    anchor = h.light if h.light is not None and h.light.start < h.start else h
    if not anchor.prefix.endswith("ب") or d.type not in cues().accused_deed_types:
        return None
    prev = ctx.words.span_before(hs)
    if not prev or not _in_list(prev[0][2], cues().accused_participles) or prev[0][0] < d.sentence[0]:
        return None
    named = [(m, ent) for m, ent in ctx.doc.mentions_in(d.sentence[0], prev[0][0], ("actor",))
             if ctx.words.gap(m.end, prev[0][0]) == 0]
    return named[-1][1] if named else None


def _main_actor(doc: Doc) -> EntityDraft | None:
    # a name inside another's (نظام الرئيس السوري in القوات الموالية لنظام الرئيس السوري، حزب الله in
    # الأمين العام لحزب الله) describes that one: it does not make its own entity the article's main actor
    spans = sorted((m.start, m.end, e.id) for e in doc.entities if e.type in ACTOR_TYPES for m in e.mentions)
    starts = [s for s, _e, _i in spans]

    def nested(eid: str, s: int, e: int) -> bool:
        k = bisect.bisect_left(starts, s - _NAME_REACH)
        for os_, oe, oid in spans[k:bisect.bisect_right(starts, s)]:
            if oid != eid and os_ <= s and e <= oe and oe - os_ > e - s:
                return True
        return False

    counts: Counter[str] = Counter()
    for e in doc.entities:
        if e.type == "actor":
            counts[e.id] = sum(1 for m in e.mentions
                               if not doc.is_furniture(m.start, m.end) and not nested(e.id, m.start, m.end))
    if not counts:
        return None
    return doc.entity(counts.most_common(1)[0][0])


def _opposing_targets(ctx: _Ctx, drafts: list[Draft]) -> None:
    """تقدمت القوات التركية غرب عفرين، تدور معارك على أطراف المدينة: a fight whose clause names no target is
    fought against the side the doer fights in the rest of the article. The opponent is the party the doer
    is paired, by at least event_cues opposing_min of the article's events of the fighting types
    (opposing_types) whose doer is named in their own clause or earlier in their sentence and that name both
    sides, either way round, and for at least two thirds of the doer's pairs. A clause that names civilians
    (civilian_words) tells of harm to them, one that names unnamed gunmen (unnamed_doers) of another
    counterpart, and one dated in another year of another phase of the war: they keep no target. A party the
    sentence itself names as the fight's aim (_sentence_aim) comes before all of this."""
    c = cues()
    pairs: Counter[tuple[str, str]] = Counter()
    by_id: dict[str, EntityDraft] = {}
    for d in drafts:
        if d.type in c.opposing_types and d.actor1 is not None and d.actor2 is not None \
                and d.actor2.type == "actor" and not _same_side(d.actor1, d.actor2) \
                and (d.actor1_explicit or _sentence_doer(ctx, d)):
            a, b = d.actor1.id, d.actor2.id
            by_id[a], by_id[b] = d.actor1, d.actor2
            # عملية عسكرية ضد الوحدات، تدخلها العسكري بداعي استهداف الوحدات: an operation told with its aim
            # names the opponent of the whole campaign in one telling
            # …, or one whose target the article names as the doer's foe far more than any other party
            n = c.opposing_min if _declared_aim(ctx, d) or _dominant_foe(ctx, d.actor1, d.actor2) else 1
            pairs[(a, b)] += n
            pairs[(b, a)] += n
    for d in drafts:
        if d.type not in c.opposing_types or d.actor1 is None or d.actor2 is not None:
            continue
        # في حملة قادتها لطرد تنظيم الدولة: the sentence names the side itself, whatever the article's opponent
        aim = _sentence_aim(ctx, d, drafts)
        if aim is not None:
            d.actor2 = aim
            continue
        if not pairs:
            continue
        # الجيش التركي fights the campaign تركيا declared: a state and its forces share their opponents
        side: Counter[str] = Counter()
        for (a, b), n in pairs.items():
            if _same_side(d.actor1, by_id[a]) and not _same_side(d.actor1, by_id[b]):
                side[b] += n
        # the opponent's state and its army are one opponent: counted together, named by its likeliest name
        groups: list[list[str]] = []
        # a tie goes to the broader name (the opposition factions before one of their groups)
        for b in sorted(side, key=lambda x: (-side[x], len(_chain(by_id[x].ref)) if by_id[x].ref else 99)):
            home = next((g for g in groups if _same_side(by_id[g[0]], by_id[b])), None)
            if home is None:
                groups.append([b])
            else:
                home.append(b)
        partners = [(sum(side[b] for b in g), g[0]) for g in groups]
        if not partners:
            continue
        partners.sort(key=lambda x: -x[0])
        if partners[0][0] < c.opposing_min or partners[0][0] * 3 < sum(n for n, _b in partners) * 2:
            continue  # told once, or the doer fights several sides: no telling which one this fight was with
        words = set(ctx.words.bare_between(d.span[0], _own_reach(ctx, d)))
        words |= {"ال" + w[2:] if w.startswith("لل") else w[1:] for w in words if w[:1] in ("ل", "ب")}  # للنازحين
        if words & (c.civilian_words | c.unnamed_doers) or _other_year(ctx, d):
            continue  # قصف منازل المدنيين، اشتبك مع مسلحين، سيطر عام 2014: harm, another counterpart, another phase
        d.actor2 = by_id[partners[0][1]]


def _facing_side(ctx: _Ctx, d: Draft, cs: int, ce: int) -> EntityDraft | None:
    """The side named before a word of facing (event_cues facing_words: أمام) that stands right before an
    event noun: انسحب مسلحو التنظيم أمام هجمات الجيش، صمدت الفصائل أمام هجوم قوات النظام. The side that gave way or
    held out is what the attack was made on, never its doer; the attacker is the noun's genitive. None where
    the trigger is a verb, no facing word stands before it, or no party is named before it in its clause."""
    h = d.head
    if h.trig.pos != "noun" or d.type not in cues().opposing_types:
        return None
    prev = ctx.words.span_before(h.start)
    if not prev or prev[0][0] < cs or not _in_list(_strip_conj(prev[0][2]), _cue_words("facing_words")):
        return None
    before = [ent for m, ent in ctx.actors(cs, prev[0][0]) if m.end <= prev[0][0]]
    if not before:
        return None
    side = before[-1]
    # the side after the noun (its genitive) attacked; one on the same side as the one facing is no foe
    after = [ent for m, ent in ctx.actors(h.end, ce)]
    if after and _same_side(after[0], side):
        return None
    return side


def _own_reach(ctx: _Ctx, d: Draft) -> int:
    """Where the event's own words end: its span and the trigger-free clauses after it (a time aside, a result
    told with ما: «، يوم الخميس، منازل المدنيين»، «، ما أدى إلى مقتل مدنيين») up to the first that opens with و/ف,
    which starts a clause of its own with its own subject (سيطرت القوات على المنطقة، ولم يبق أمام المدنيين سوى
    ممر: the civilians flee, they were not what the capture was done to)."""
    for a, b in _clauses(ctx.doc.text, d.span[1], max(d.span[1], d.ext)):
        first = ctx.words.spans_at(a, 1)
        if first and first[0][0] < b and _conj_opened(ctx, first[0][0]):
            return a
    return max(d.span[1], d.ext)


def _declared_aim(ctx: _Ctx, d: Draft) -> bool:
    """A campaign noun of the clause (event_cues campaign_nouns: عملية، حملة، هجوم، تدخل) names its target as
    its aim (declared_aims right before the name, one head noun allowed: ضد مسلحي، بداعي استهداف، بغية طرد)
    rather than as the object of one strike (هجوم على): a campaign's declared opponent."""
    c = cues()
    # في إطار عملية عسكرية مستمرة منذ 20 يناير، تقول أنقرة إنها تستهدف: the campaign may open the sentence
    near = ctx.words.between(*d.clause) + ctx.words.before(d.span[0], c.campaign_reach, d.sentence[0])
    if not any(_in_list(w, c.campaign_nouns) for w in near):
        return False
    return any(ent is d.actor2 and any(_in_list(w, c.declared_aims) for w in ctx.words.before(m.start, 2, d.clause[0]))
               for m, ent in ctx.actors(*d.clause))


def _international_body(ent: EntityDraft) -> bool:
    """An international organisation or one of its organs (event_cues body_kinds, on the entry or its parent):
    the United Nations, its Security Council, the OPCW."""
    by_id = packs.entries_by_id()
    entry = by_id.get(ent.ref) if ent.type == "actor" and ent.ref else None
    if entry is None:
        return False
    parent = by_id.get(entry.parent) if entry.parent else None
    return entry.kind in cues().body_kinds or (parent is not None and parent.kind in cues().body_kinds)


def _pronoun_target(ctx: _Ctx, d: Draft) -> EntityDraft | None:
    """تقاتلهم القوات الحكومية، الضربات الجوية ضدهم، بعد هزيمتهم: a fight whose target is only a plural pronoun
    (on a verb, on a masdar that takes its patient as genitive, or after a target preposition) is fought
    against the armed group named last before it in its sentence or the one before, when no name of civilians
    (event_cues civilian_words) stands between to take the pronoun; a state or its forces is rarely "them"."""
    c = cues()
    if d.type not in c.opposing_types:
        return None
    them = tuple(sorted(_cue_words("plural_object_suffixes")))  # the plural pronoun endings (هم، هما)
    spot = None
    for h in d.hits:
        form = fold_text(ctx.doc.text[h.start:h.end]).split()
        last = form[-1] if form else ""
        on_trigger = h.trig.suffixed and last.endswith(them) and (
            h.trig.pos in ("past", "present") or (h.trig.pos == "noun" and h.trig.base in ctx.lex.patient_genitive))
        nxt = ctx.words.between(h.end, d.sentence[1], limit=1)
        after = bool(nxt) and any(nxt[0] == m + p for m in c.target_markers for p in them)
        if on_trigger or after:
            spot = h.start
            break
    if spot is None:
        return None
    k = _sent_index(ctx.doc, d.sentence[0])
    floor = ctx.doc.sentences[k - 1].start if k > 0 else d.sentence[0]
    named = [(m, ent) for m, ent in ctx.actors(floor, spot) if ent is not d.actor1]
    if not named or not _is_group(named[-1][1]) or packs.entries_by_id().get(named[-1][1].ref or "") is None:
        return None
    between = set(ctx.words.bare_between(named[-1][0].end, spot))
    if between & c.civilian_words:
        return None
    return named[-1][1]


@cache
def _patrons(ref: str) -> frozenset[str]:
    """The patrons (actors pack `patrons`) of an entry or of any entry above it: Kataib Hezbollah's, Iran."""
    by_id = packs.entries_by_id()
    return frozenset(p for r in _chain(ref) if (entry := by_id.get(r)) is not None
                     for p in entry.extra.get("patrons", ()) or ())


def _backs(a: EntityDraft | None, b: EntityDraft | None) -> bool:
    """a, or the state whose force it is, backs b (Iran or the IRGC backs Hezbollah; Turkey the SNA): the actors
    pack has no parent link between them, so _same_side does not see it. One way only: a client named as the
    doer of attacks that a sentence also lays on its patron (هجمات الحوثي وإيران) is no patron's guess."""
    if a is None or b is None or a is b or not a.ref or not b.ref or a.type != "actor" or b.type != "actor":
        return False
    return bool(_chain(a.ref) & _patrons(b.ref))


def _backs_struck(ent: EntityDraft | None, struck: list[EntityDraft | None]) -> bool:
    """A guessed doer that backs one of the struck (target, harmed, the client telling of strikes on it): a
    patron is not the doer of a strike on its own client, whatever article it leads."""
    return ent is not None and any(_backs(ent, x) for x in struck)


def _side_root(ref: str) -> str:
    """Whose side a pack entry speaks for: a person's affiliation (lavrov → russia-mofa), then the parent chain up
    to the top (russia-mofa → russia)."""
    entry = packs.entries_by_id().get(ref)
    if entry is not None and entry.type == "person":
        ref = entry.extra.get("affiliation") or ref
    return packs.root_of(ref)


def _comment_teller(ctx: _Ctx, d: Draft, ss: int, hs: int, ent: EntityDraft) -> bool:
    """The trigger is an event noun that opens a report (right after the last أن/إن before it in its sentence:
    إن الضربة انتهاك، أن الاشتباكات الأخيرة أوضحت) whose teller, named before that word, is an official, a head of
    state or another body that comments (event_cues comment_teller_kinds), on the side of `ent`: `ent` only
    judges the deed. Only for strikes (comment_teller_types): a meeting or a handover an official tells of is
    most often its own side's; and not for a verb (إن الضربة استهدفت الحوثيين: a spokesman tells of his side's
    strike), nor a noun deeper in the report (إن لا خطط لشن عملية: his side's plan)."""
    kinds = cues().comment_teller_kinds
    if not kinds or ent.ref is None or d.type not in cues().comment_teller_types or d.verbal:
        return False
    comps = ctx.lex.roles.get("complementizers", frozenset())
    last = None
    for s, _e, w in ctx.words.spans_from(ss):
        if s >= hs:
            break
        if _in_list(w, comps):
            last = s
    if last is None or ctx.doc.mentions_in(last, hs, ACTOR_TYPES) or ctx.words.gap(last, hs) != 1:
        return False  # (the event noun must open the report: إن لا خطط لشن عملية tells a plan of the teller's own)
    by_id = packs.entries_by_id()
    side = _side_root(ent.ref)
    for m, teller in ctx.doc.mentions_in(ss, last, ("actor", "person")):
        entry = by_id.get(teller.ref) if teller.ref else None
        if entry is not None and entry.kind in kinds and _is_subject_like(ctx, m, ss) and _side_root(entry.id) == side:
            return True
    return False


def _report_tellers(ctx: _Ctx, ss: int, hs: int) -> list[tuple[model.Mention, EntityDraft]]:
    """The parties named before the last complementizer (أن، إن) that opens the report the trigger sits in
    (أعلن حزب الله أن غارة استهدفت): who tells of the deed, with no party named between that word and the
    trigger."""
    comps = ctx.lex.roles.get("complementizers", frozenset())
    i, j = ctx.words.run_of(ss, hs)
    found = _last_word_in(ctx, comps, i, j)
    last = found[0] if found is not None else None
    if last is None or ctx.doc.mentions_in(last, hs, ACTOR_TYPES):
        return []
    return [(m, ent) for m, ent in ctx.doc.mentions_in(ss, last, ("actor",)) if _is_subject_like(ctx, m, ss)]


def _teller_struck(ctx: _Ctx, d: Draft, he: int, ss: int, hs: int, reach: int = 4
                   ) -> tuple[model.Mention, EntityDraft] | None:
    """قال حزب الله إن غارات استهدفت مواقع له، أعلنت الجماعة أن طائرات قصفت مقرا لعناصرها: the object of a
    reported strike is owned by a singular pronoun (له، لها، لقواته، لعناصرها: event_cues own_forces) within
    `reach` words after the verb, and the report's teller is the last party named before its complementizer:
    the teller was struck; it neither struck nor lends a doer."""
    if d.type not in cues().opposing_types or not d.verbal:
        return None
    tellers = _report_tellers(ctx, ss, hs)
    if not tellers:
        return None
    own = cues().own_forces
    for w in ctx.words.between(he, d.clause[1], limit=reach):
        bare = _strip_conj(w)
        if bare in ("له", "لها") or (bare[:1] == "ل" and bare[1:] in own and not bare.endswith("هم")):
            return tellers[-1]
    return None


def _teller_lost(ctx: _Ctx, d: Draft, he: int, ss: int, hs: int, reach: int = 6
                 ) -> tuple[model.Mention, EntityDraft] | None:
    """أعلن الجيش أن هجمات أسفرت عن إصابة ثلاثة من جنوده، قالت الوزارة إن الهجوم أدى إلى مقتل أحد جنودها: a
    casualty noun within `reach` words after a reported attack, its victims the teller's own men (من جنوده،
    أحد جنودها): the report's teller lost them, it was struck and neither struck nor lends a doer."""
    if d.type not in cues().opposing_types:
        return None
    nouns = cues().victim_nouns
    ce = d.clause[1]
    for s, e, w in ctx.words.spans_at(he, reach + 1):
        if s < he:
            continue
        if s >= ce:
            break
        if _in_list(w, nouns):
            if not _own_members(ctx, e, ce):
                return None
            tellers = _report_tellers(ctx, ss, hs)
            return tellers[-1] if tellers else None
    return None


def _roles_pass(ctx: _Ctx, drafts: list[Draft], main: EntityDraft | None) -> None:
    """Roles and modality of each draft in article order: a clause with no doer of its own continues the one
    before (prev_draft) or the article's main actor."""
    # a first pass on copies tells which parties the article shows suffering: the second borrows no doer
    # from them
    ctx.sufferers = frozenset()
    ctx.struck = {}
    trial = [replace(d) for d in drafts]
    ctx.asked = asked = (set(), [])
    _roles_once(ctx, trial, main)
    ctx.asked = None
    ctx.sufferers = _sufferers(trial)
    ctx.struck = _struck_sides(trial)
    # the two sets are read only by _unfit_borrow, which notes what it asks while ctx.asked is set: when nothing
    # it asked is in them, the second pass would take every branch the first took and give the same roles, so
    # the first pass's are kept (3,176 of 3,252 ANT articles; the second pass was a sixth of the whole pipeline).
    # Any new reader of ctx.sufferers or ctx.struck must note its questions in ctx.asked the same way.
    if ctx.sufferers.isdisjoint(asked[0]) and not any(
            sides & ctx.struck.get(t, frozenset()) for t, sides in asked[1]):
        for d, t in zip(drafts, trial, strict=True):
            for f in _DRAFT_FIELDS:
                setattr(d, f, getattr(t, f))
        return
    _roles_once(ctx, drafts, main)


_DRAFT_FIELDS = tuple(f.name for f in fields(Draft))


def _roles_once(ctx: _Ctx, drafts: list[Draft], main: EntityDraft | None) -> None:
    prev: EntityDraft | None = None
    prev_draft: Draft | None = None
    prev_verbal: Draft | None = None
    for d in drafts:
        _assign_roles(ctx, d, prev_draft, prev, main, prev_verbal)
        _unnamed_after_verb(ctx, d)
        _fled_side(ctx, d, prev_draft)
        _lone_doer(ctx, d, prev_draft)
        _lone_doer_after(ctx, d, prev_draft)
        _loss_sides(ctx, d, prev_draft)
        _sufferer_noun_doer(ctx, d, prev_draft)
        _freed_from(ctx, d)
        _campaign_purpose_patient(ctx, d)
        _reply_doer(ctx, d)
        _replier_unnamed(ctx, d, prev_draft)
        _seized_from_struck(ctx, d, prev_draft)
        _soldiers_force(ctx, d)
        _unfit_lent_doer(ctx, d, prev_draft)
        if (sides := _between_sides(ctx, d)) is not None:
            # اشتباكات عنيفة تدور في البوكمال، بين تنظيم داعش وقوات النظام: the pair of بين are the two sides
            # of the clash, whatever its clause lent or guessed
            d.actor1, d.actor1_explicit, d.actor1_borrowed = sides[0][1], True, False
            if sides[1] is not None:
                d.actor2 = sides[1][1]
            elif d.actor2 is sides[0][1]:
                d.actor2 = None
        if (fought := _casualty_clash(ctx, d)) is not None and fought[0] is not d.actor1:
            # مقتل ثلاثة فلسطينيين في مواجهات مع الجيش: the side the dead fought killed them
            d.actor1, d.actor1_explicit, d.actor1_borrowed = fought[0], True, False
            d.actor2 = fought[1] if fought[1] is not None or d.actor2 is fought[0] else d.actor2
        if d.actor1 is not None and d.type not in cues().body_types and _international_body(d.actor1):
            # عجز مجلس الأمن عن وقف الهجمات: the Security Council meets and resolves; it strikes, seizes or
            # arrests no one, named or guessed
            d.actor1, d.actor1_explicit = None, False
        if d.actor2 is None:
            d.actor2 = _pronoun_target(ctx, d) or _possessed_target(ctx, d)
        d.modality = _modality(ctx, d)
        if d.actor1 is not None:
            prev = d.actor1
        prev_draft = d
        if d.verbal:
            prev_verbal = d


def _unnamed_after_verb(ctx: _Ctx, d: Draft) -> None:
    """عندما خطفهما مسلحون، هاجمه مجهولون: a nominative unnamed doer (event_cues unnamed_doers, plural or dual
    in -ون/-ان) right after a verb trigger is its subject, so the verb names no party: the teller or the party
    named before it in the sentence (وتفيد التحقيقات التي أجرتها السلطات الفرنسية بأن ...) did not do it. A
    killing verb is left alone: قتل مسلحون reads as a passive whose victims they are."""
    h = d.head
    if d.actor1 is None or h.trig.base in cues().killing_bases:
        return  # (a verb spelled like its masdar may be read as a noun: the nominative after it still tells)
    nxt = [x for x in ctx.words.spans_at(h.end, 2) if x[0] >= h.end][:1]
    if not nxt or nxt[0][0] >= d.clause[1]:
        return
    s, _e, w = nxt[0]
    # indefinite only: a definite one (سيطر المسلحون) points back to a group told of; and a party the
    # entities stage made of the words themselves (اغتال مسلحون مجهولون: unidentified gunmen) or one named
    # right after them (مسلحون من داعش، مسلحون تابعون للتنظيم) stays
    if w in cues().unnamed_doers and not w.startswith("ال") and w.endswith(("ون", "ان")) \
            and not ctx.actors(s, min(d.clause[1], ctx.words.spans_at(s, 4)[-1][1])):
        d.actor1, d.actor1_explicit, d.actor1_borrowed = None, False, False


def _bare_blast(ctx: _Ctx, d: Draft, anchor: Hit, fallback: EntityDraft | None) -> bool:
    """وقع انفجار قرب كنيسة، انفجرت سيارة، سمع دوي انفجارين: a blast (event_cues blast_triggers) tells what
    went off, not who set it off, like a device trigger; when its clause names no party it has no doer borrowed
    from around. On 250 unseen ANT articles the doers so borrowed were the police that told of the blast, a
    state that feared one (على شفا الانفجار) or a party of another item of a digest, right in one of four; keeping
    the doer of an attack told in the sentence right before saved none of them. A party the sentence names only
    among the dead (مقتل ستة أشخاص، من بينهم جنود أمريكيون) stays for the rule that makes it the target."""
    if anchor.trig.base not in cues().blast_triggers or ctx.actors(*d.clause):
        return False
    return fallback is None or not _among_victims(ctx, d, fallback)


def _launcher_after(ctx: _Ctx, he: int, end: int, target: EntityDraft | None
                    ) -> tuple[model.Mention, EntityDraft] | None:
    """The party named right after a relative verb of launching that carries the pronoun of a weapon noun
    just before it (event_cues launched_weapons: سقوط قذيفة أطلقتها ميليشيا الحوثي، بشظايا صاروخ أطلقته طائرة
    إسرائيلية، صواريخ أطلقها الحوثيون), after a harm that names no doer: who fired the weapon did the harm.
    Read within launch_reach words of the trigger, as the weapon is the cause told after the toll."""
    _types, weapons, relatives = _launch_cues()
    reach = int(load_json("event_cues").get("launch_reach", 10))
    spans = list(itertools.islice(ctx.words.spans_from(he), reach))
    for i, (_s, e, w) in enumerate(spans):
        if _s >= end:
            break
        if not _in_list(w, relatives):
            continue
        if not any(_strip_conj(x).removeprefix("ب") in weapons or _in_list(x, weapons)
                   for _a, _b, x in spans[max(0, i - 3):i]):
            continue
        for m, ent in ctx.actors(e, end):
            if ctx.words.gap(e, m.start) <= 1 and ent is not target:
                return m, ent
            break
        return None
    return None


def _death_by_fire(ctx: _Ctx, drafts: list[Draft]) -> None:
    """لقي شاب حتفه برصاص قوات الاحتلال، توفي فتى متأثرا بجروح أصيب بها برصاص الجيش: a verb of dying is no
    deed of its subject and takes no object, so a name after it is never its target; the owner of the fire
    after برصاص/بنيران (event_cues instrument_agents) is the doer, and the one who died stays the target."""
    bases = _fire_death_bases()
    for d in drafts:
        h = d.head
        if h.trig.base not in bases or h.trig.pos != "past":
            continue
        doer = _instrument_agent(ctx, h.end, d.sentence[1], None)
        if doer is None:
            if d.actor1 is not None and d.actor1.type == "person" and d.actor2 is None:
                # استشهد عبد السلام بكر برصاصة أطلقها جنود: the person named with the verb is who died
                d.actor1, d.actor2, d.actor1_explicit = None, d.actor1, False
            continue
        d.actor1, d.actor1_explicit, d.actor1_borrowed = doer, True, False
        if d.actor2 is doer:
            d.actor2 = None


def _purpose_object(ctx: _Ctx, d: Draft, ent: EntityDraft, hs: int, he: int) -> bool:
    """The only names of `ent` in the event's sentence are the object of a purpose masdar under ل (event_cues
    purpose_objects: لدحر X، لطرد X، للقضاء على X، لتحرير المدينة من X), outside the trigger itself: who
    the deed is done to drive out or crush is its target, not its doer. Only a purpose after the trigger."""
    words = _cue_words("purpose_objects")
    links = _cue_words("purpose_object_links")  # the preposition a purpose masdar takes its object with (على)
    ss, se = d.sentence
    found = False
    for m, other in ctx.doc.mentions_in(ss, se, ("actor",)):
        if other is not ent:
            continue
        prev = ctx.words.bare_before(m.start, 4, ss)
        k = next((i for i in range(len(prev) - 1, -1, -1) if prev[i] in words), None)
        if k is None:
            return False
        rest = prev[k + 1:]
        # لدحر X؛ للقضاء على X؛ لتحرير/لطرد ... من X (the place freed or left, then its holder)
        if not (not rest or (len(rest) == 1 and rest[0] in links) or (rest[-1] == "من" and len(rest) <= 3)):
            return False
        ws = ctx.words.spans[ctx.words.index_at(m.start) - (len(prev) - k)][0]
        if ws < he:
            # the trigger itself (لطرد تنظيم داعش: its object is already its patient), or a purpose before it,
            # which is another clause's (في محاولة لمواجهة الجيش، الذي بدأ عملية؛ لقتال الحوثيين الذين استهدفوا)
            return False
        found = True
    return found


def _partitive_owner(ctx: _Ctx, d: Draft, hs: int) -> EntityDraft | None:
    """تكبد التنظيم خسائر فقتل منه 58 مسلحا في الغارات التي يشنها التحالف: a fight whose sentence, before
    its trigger, tells a harm verb (event_cues partitive_harm_verbs) with a partitive pronoun (منه، منها،
    منهم) and a count right after it, struck the armed group named last before that pronoun in the sentence,
    other than the doer."""
    c = cues()
    if d.type not in c.opposing_types:
        return None
    ss = d.sentence[0]
    verbs, prons = _cue_words("partitive_harm_verbs"), _cue_words("partitive_pronouns")
    prev_w = ""
    for s, e, w in ctx.words.spans_from(ss):
        if s >= hs:
            break
        if w in prons and _in_list(prev_w, verbs):
            nxt = ctx.words.between(e, hs, limit=1)
            if nxt and (nxt[0][:1].isdigit() or _in_list(nxt[0], c.count_words)):
                named = [(m, ent) for m, ent in ctx.actors(ss, s) if ent is not d.actor1]
                if named and _is_group(named[-1][1]):
                    return named[-1][1]
                return None
        prev_w = w
    return None


def _members_group(ctx: _Ctx, d: Draft, he: int) -> EntityDraft | None:
    """احتجاز أحد مساعدي البغدادي، زعيم تنظيم داعش؛ تم اعتقال 3 قادة ميدانيين: an arrest (event_cues
    member_group_types) whose object, right after the trigger, is members counted or singled out (a digit, a
    count word or member_openers, then a member noun of event_cues member_nouns)
    with no group in the phrase, took members of the armed group the sentence names after the trigger, else
    the last one named before it in its sentence or the one before (or its leader's group), never a doer."""
    c = cues()
    if d.type not in load_json("event_cues").get("member_group_types", []):
        return None
    words = ctx.words.bare_between(he, d.sentence[1], limit=3)
    if len(words) < 2 or words[2:] == ["من"]:
        return None  # (أسر 60 عنصرا من المتمردين: the partitive names their side, a name or not)
    counted = words[0][:1].isdigit() or words[0] in c.count_words or words[0] in _cue_words("member_openers")
    if not counted or words[1] not in _cue_words("member_nouns"):
        return None  # (persons, civilians: اختطاف 569 شخصا by the group told before is its own deed)
    after = [ent for m, ent in ctx.actors(he, d.sentence[1]) if _is_group(ent)]
    k = _sent_index(ctx.doc, d.sentence[0])
    floor = ctx.doc.sentences[k - 1].start if k > 0 else d.sentence[0]
    before = [ent for m, ent in ctx.actors(floor, he) if _is_group(ent)]
    for ent in after[:1] + before[-1:]:
        if packs.entries_by_id().get(ent.ref or "") is not None:
            return ent
    return None


def _counted_object(nxt: list[str]) -> bool:
    """The two words after a killing verb are a count and a counted noun (قتلوا 12 فردا، قتلت ثلاثة جنود): the
    verb's object when its subject stands before it (a plural قتلوا, `_name_right_before`): a passive takes
    no object, and its subject would stand before it. A count with من (قتلوا 3 منهم), a time or cause word,
    or another number after the count leaves the verb open. In 19 ANT sentences of «قتلوا <count> <noun>»
    every one is active."""
    if len(nxt) < 2 or not _count_word(nxt[0]):
        return False
    after = _strip_conj(nxt[1])
    return not (after in cues().kill_next or after.startswith("من") or _count_word(after))


def _name_right_before(ctx: _Ctx, hs: int, ss: int, plural: bool) -> bool:
    """A party's name ends right before the verb, only blanks between (إن قوات النظام قتلت، إن الجيش قتل): the
    verb's subject. Before a plural قتلوا, which agrees with a subject before it, a definite adjective and a
    comma may stand between too (إن مسلحي التنظيم الإرهابي، قتلوا); a name further off (هجوم نفذه رجال
    طالبان بالرصاص، وقتلوا) or none (إن 3 انتحاريين قتلوا) leaves the verb to the readings that went before."""
    named = ctx.actors(ss, hs)  # from the sentence's start: the comma after the name may open the clause
    if not named:
        return False
    gap = ctx.doc.text[named[-1][0].end:hs].strip()
    if not plural or not gap:
        return not gap
    words = gap.rstrip("،").split()
    return len(words) <= 1 and all(fold_text(w).startswith("ال") for w in words)


def _others_clause_after(nxt: list[str]) -> bool:
    """Whether the two words after a killing verb are a joined verb and «آخرون» (العشرات من الانقلابيين قتلوا
    وأسر آخرون، قتلوا وفر آخرون): the others are the second verb's subject, so nothing killed follows the first
    and it tells who was killed, not who killed."""
    return len(nxt) == 2 and nxt[0].startswith("و") and len(nxt[0]) > 2 and nxt[1] in cues().others_words


def _fled_side(ctx: _Ctx, d: Draft, prev_draft: Draft | None) -> None:
    """أسفرت المعارك عن مقتل عشرات من ميليشيا الحوثي وفرار البقية، كبدت الغارات الميليشيا خسائر وسط فرار
    جماعي لعناصرها: a flight (event_cues flight_bases: فر، فرار، هروب) whose own clause names no party is the
    flight of the side the sentence shows struck (named among the dead or hurt before the flight, or the target
    of the fight told in its sentence or the one right before), never of the striker a dropped subject or a guess from
    the article would lend it; with no struck side, no party. Those who flee a blow are the ones it fell on: on
    250 unseen ANT articles the borrowed doers of such flights were the attacker, the police that gave chase or
    the army whose shelling civilians fled."""
    if d.type != "DEFECT" or d.head.trig.base not in _cue_words("flight_bases"):
        return
    fled = _fled_partitive(ctx, d)
    if fled is not None and fled is not d.actor1:
        # فر العشرات من عناصر الميليشيا بعد هجوم للقوات: the counted who fled are the flight's doer; the side
        # the clause read as doer is the one they fled from
        old = d.actor1
        d.actor1, d.actor1_explicit, d.actor1_borrowed = fled, True, False
        if d.actor2 is fled or d.actor2 is None:
            d.actor2 = old if old is not None and not _same_side(old, fled) else None
        return
    lent = d.actor1_borrowed or (prev_draft is not None and d.actor1 is prev_draft.actor1)
    if d.actor1 is not None and (not lent or any(ent is d.actor1 for _m, ent in ctx.actors(*d.clause, persons=True))):
        # فر مسلحو الميليشيا، فرار للمتمردين الحوثيين، تمكنت نادية مراد من الفرار، فرت القوات السورية: the clause
        # names whose flight it is; only a doer lent from outside it (a guess, a dropped subject) is replaced
        return
    nxt = ctx.words.between(d.head.end, d.clause[1], limit=1)
    if nxt and _in_list(nxt[0], cues().unnamed_doers):
        return  # فر المهاجمون، فرار المسلحين: the attackers fled, not the ones they struck
    harmed = [ent for _m, ent in _victims(ctx, d.sentence[0], d.head.start)]
    side = harmed[-1] if harmed else None
    k = _sent_index(ctx.doc, d.sentence[0])
    if side is None and prev_draft is not None and prev_draft.type in _flight_struck_types() and (
            k - _sent_index(ctx.doc, prev_draft.sentence[0]) <= 1):
        # the target of the fight or capture told in its sentence or the one right before (أسرت المقاومة 60
        # عنصرا من الميليشيا بينما فرت باقي العناصر)
        side = prev_draft.actor2
    d.actor1, d.actor1_explicit, d.actor1_borrowed = side, False, False
    if d.actor2 is side:
        d.actor2 = None


def _counted_patients(d: Draft, genitive: str, types: dict[str, Any], passive: frozenset[str] = frozenset()
                      ) -> bool:
    """Whether a count of people under a partitive right after the trigger (`_counted_side`) is its patient: after
    a fight verb (ATTACK, SEIZE: قتلت القوات عشرة مسلحين من التنظيم), and after a verb or masdar of a type whose
    genitive is its patient (ARREST, RELEASE, TRANSFER, RECRUIT: أسرت المقاومة 60 عنصرا من الميليشيا، اعتقال 15
    عنصرا من التنظيم، الإفراج عن 20 عنصرا من الفصائل). Not after a fight masdar, whose count is the attackers
    (هجوم 60 مسلحا من التنظيم على البلدة)."""
    h = d.head
    patient = genitive == "actor2" or types.get(h.orig_type or d.type, {}).get("genitive") == "actor2"
    if d.verbal and h.light is None:
        return d.type in cues().opposing_types or patient
    return patient and (not d.verbal or h.light.trig.base in passive)


@cache
def _flight_struck_types() -> frozenset[str]:
    """The event types whose target a flight told right after may be the flight of (event_cues
    flight_struck_types: a fight, a capture, an arrest)."""
    return frozenset(load_json("event_cues").get("flight_struck_types", []))


def _lone_doer(ctx: _Ctx, d: Draft, prev_draft: Draft | None) -> None:
    """وقتل منفذ الهجوم شخصا، أطلق المهاجم النار على الشرطة قبل أن يحتجز رهائن: an attack or a hostage-taking
    (event_cues lone_doer_types) whose sentence has, before the trigger, a lone attacker noun as a subject
    (event_cues lone_doer_nouns: المسلح، المهاجم، منفذ الهجوم، الجاني، الخاطف; no preposition of
    lone_doer_blocking_preps right before it, no ب/ل on it) and no party named between that noun and the
    trigger, was done by that unnamed person: a state, government or force lent from around (a guess from the
    article, most often the state the attack happened in, or the clause before's) is dropped; an armed group
    lent stays, as the article often tied the gunman to it before. A party the sentence names keeps it."""
    if d.actor1 is None or d.actor1_explicit or d.type not in load_json("event_cues").get("lone_doer_types", []):
        return
    if _is_group(d.actor1):
        return  # أحد المسلحين التابعين للتنظيم: an armed group the article tied the gunman to may well be his
    lent = d.actor1_borrowed or (prev_draft is not None and d.actor1 is prev_draft.actor1)
    ss, hs = d.sentence[0], min(x.start for x in d.hits)
    if not lent and any(ent is d.actor1 for _m, ent in ctx.actors(ss, d.sentence[1], persons=True)):
        return
    nouns, preps = _cue_words("lone_doer_nouns"), _cue_words("lone_doer_blocking_preps")
    c = cues()
    # a count or a casualty noun before it makes the noun the counted dead (مقتل 20 مسلحا، مقتل المهاجم)
    not_subject = preps | c.count_words | c.approx_words | c.victim_nouns
    if d.verbal and d.head.light is None and d.head.trig.pos in ("past", "present"):
        # وقتل منفذ الهجوم شخصا، واحتجز المسلح رهائن: the verb's subject right after it, in the nominative (an
        # accusative after the verb is its object: قتلت الشرطة مسلحا)
        after = ctx.words.bare_between(d.head.end, d.clause[1], limit=2)
        if after and not after[0].endswith("ا") and (after[0] in nouns or " ".join(after) in nouns):
            d.actor1, d.actor1_borrowed = None, False
            return
    words: list[str] = []
    for s, e, w in ctx.words.spans_from(ss):
        if s >= hs:
            return
        words.append(_strip_conj(w))
        # a one-word noun (المهاجم) or a two-word one (منفذ الهجوم), with the word before it
        for n in (1, 2):
            if len(words) >= n and " ".join(words[-n:]) in nouns:
                before = words[-n - 1] if len(words) > n else ""
                if not (before in not_subject or before.isdigit()) and not ctx.doc.mentions_in(
                        e, hs, ("actor", "person")):
                    d.actor1, d.actor1_borrowed = None, False
                    return


def _unfit_lent_doer(ctx: _Ctx, d: Draft, prev_draft: Draft | None) -> None:
    """A doer lent to an attack or an arrest (event_cues lent_doer_types) whose clause names none (the doer
    before, or the article's most named party) must be a party that can do such a deed: a force or an armed
    group (lent_doer_kinds), a government or party that commands one in the packs (the Syrian regime, an
    interior ministry: a force entry below it), or a state (lent_doer_armed_kinds) only in an article that names
    an armed party; an arrest also a body whose name holds a word of lent_arrest_body_words (وزارة الداخلية،
    جهاز الأمن). A legislature (the US Congress), a party with no force, a relief body, or the state a
    shooting or a police arrest happened in, in a crime or civil article that names no armed party, neither
    shoots nor arrests: no doer rather than a wrong one. A party its own sentence names keeps it. A person lent
    to an arrest (event_cues undergone_arrest_types) is dropped too: he is most often the one arrested."""
    types, kinds, armed_kinds = _lent_doer_cues()
    ent = d.actor1
    if ent is None or d.actor1_explicit:
        return
    lent = d.actor1_borrowed or (prev_draft is not None and ent is prev_draft.actor1)
    if not lent or any(e is ent for _m, e in ctx.actors(d.sentence[0], d.sentence[1], persons=True)):
        return
    if ent.type == "person" and d.type in _undergone_arrest_types() and not _holds_another(ctx, d, ent):
        # هاجم فلان حارسين بسكين ... واحتُجز بعد ساعة: a person lent to an arrest his sentence does
        # not name him in is most often the one arrested, who did the deed told before (fled, shot), never the
        # arresting side: no doer rather than the arrested
        d.actor1, d.actor1_borrowed = None, False
        return
    if ent.type != "actor" or d.type not in types:
        return
    entry = packs.entries_by_id().get(ent.ref) if ent.ref else None
    if entry is not None and d.type == "ATTACK" and _police_body(entry.name_ar):
        # قال مكتب التحقيقات الفيدرالي ... وأطلق النار على طلاب: the police or the FBI investigate the shooting
        # they tell of; lent, they may make an arrest, never the attack
        d.actor1, d.actor1_borrowed = None, False
        return
    if entry is None or entry.kind in kinds or entry.id in _force_commanders():
        return  # an actor no pack knows is most often a local armed group
    if d.type == "ARREST" and _cue_words("lent_arrest_body_words") & set(fold_text(entry.name_ar).split()):
        return  # وزارة الداخلية السعودية: a ministry of the interior or a security body arrests
    if entry.kind in armed_kinds and any(_armed_party(e) for e in ctx.doc.entities):
        return
    d.actor1, d.actor1_borrowed = None, False


def _holds_another(ctx: _Ctx, d: Draft, ent: EntityDraft) -> bool:
    """The arrest's trigger governs someone right after it who is not `ent` (احتجز رهينتين، واختطاف الطفلة
    لطلب فدية): the person lent did it to him, so he keeps the deed. A passive verb (written so, or with a
    pronoun suffix: احتجازه) or a trigger followed by a time or preposition governs no one, and `ent` himself
    named right after it (خطف فلان) is the one taken."""
    h = d.head
    ce = d.clause[1]
    if h.light is not None or h.trig.suffixed or written_past_passive(ctx.doc.text[h.start:h.end]):
        return False
    if _nothing_governed(ctx, h.end, ce):
        return False
    return not any(e is ent and ctx.words.gap(h.end, m.start) == 0
                   for m, e in ctx.actors(h.end, ce, persons=True))


@cache
def _force_commanders() -> frozenset[str]:
    """The pack ids above an entry of event_cues lent_doer_kinds in its parent chain: the bodies that command
    a force (the Syrian regime over its army, a ministry over its police), which a doer may be lent from."""
    kinds = _lent_doer_cues()[1]
    by_id = packs.entries_by_id()
    out: set[str] = set()
    for e in by_id.values():
        if e.kind not in kinds:
            continue
        ref = e.parent
        while ref and ref not in out and (up := by_id.get(ref)) is not None:
            out.add(ref)
            ref = up.parent
    return frozenset(out)


@cache
def _borrow_evidence() -> dict[str, frozenset[str]]:
    """event_cues borrow_evidence_types: for an event type, the types of deed whose named doer vouches for the
    same party lent to it (event types, not Arabic words: read as written)."""
    data = load_json("event_cues")
    return {t: frozenset(v) for t, v in data.get("borrow_evidence_types", {}).items()}


@cache
def _borrow_threats() -> dict[str, frozenset[str]]:
    """event_cues borrow_threat_types: for an event type, the types of threat whose named maker vouches for the
    same party lent to it, when the threat names no target or the event's own (event types: read as written)."""
    data = load_json("event_cues")
    return {t: frozenset(v) for t, v in data.get("borrow_threat_types", {}).items()}


@cache
def _own_deed_tells() -> tuple[frozenset[str], frozenset[str], frozenset[str], int, frozenset[str]]:
    """event_cues own_deed_tells: the words of a report that tell of the teller's own operations (its, folded),
    the words that do so only where a force tells (the complementizer with its pronoun, the operation), the
    force kinds, the reach in words after the complementizer, and the words before a force its spokesman
    speaks for (folded)."""
    data = load_json("event_cues").get("own_deed_tells", {})
    return (_folded_set(tuple(data.get("own_words", []))), _folded_set(tuple(data.get("force_words", []))),
            frozenset(data.get("force_kinds", [])), int(data.get("reach", 0)),
            _folded_set(tuple(data.get("spokesman_words", []))))


def _force_spokesman(ctx: _Ctx, ent: EntityDraft, words: frozenset[str], kinds: frozenset[str]) -> bool:
    """Whether a force of `ent`'s side has its own spokesman in the article (المتحدث العسكري باسم القوات
    المسلحة): the force's statements tell of its own operations."""
    by_id = packs.entries_by_id()
    for k in ctx.words.indexes_of(words):
        nxt = ctx.words.spans[k + 1] if k + 1 < len(ctx.words.spans) else None
        if nxt is None:
            continue
        for m, e in ctx.doc.mentions_in(nxt[0], ctx.doc.sentence_of(nxt[0]).end, ("actor",)):
            entry = by_id.get(e.ref) if e.ref else None
            if m.start == nxt[0] and entry is not None and entry.kind in kinds and _same_side(e, ent):
                return True
    return False


def _tells_own_deeds(ctx: _Ctx, ent: EntityDraft) -> bool:
    """Whether the article shows `ent`'s side telling of its own operations: the subject of a verb of saying
    whose report, a few words on, names its own forces or operations (أعلنت الوزارة أن قواتها، قال الجيش إن
    عملياته), or, where a force tells, opens with its own pronoun or the operation (قالت الشرطة الاتحادية إنها
    تتقدم، أعلنت القوات أن العملية التي تخوضها), or a force with its own spokesman (المتحدث باسم الجيش).
    Such a force is a fair doer to lend for the fight the article goes on to tell, though no clause names it
    doing it."""
    own, force_words, force_kinds, reach, spokesman = _own_deed_tells()
    if spokesman and _force_spokesman(ctx, ent, spokesman, force_kinds):
        return True
    comps = ctx.lex.roles.get("complementizers", frozenset())
    by_id = packs.entries_by_id()
    for k in ctx.words.indexes_of(comps):
        cs, _ce, word = ctx.words.spans[k]
        sent = ctx.doc.sentence_of(cs)
        # the teller is a claim's source, which ctx.actors leaves out
        tellers = [e for m, e in ctx.doc.mentions_in(sent.start, cs, ("actor", "person"))
                   if _is_subject_like(ctx, m, sent.start)
                   and _same_side(e, ent)]
        if not tellers:
            continue
        force = any((entry := by_id.get(e.ref) if e.ref else None) is not None and entry.kind in force_kinds
                    for e in tellers)
        # the report's first words, within its sentence
        report = [_strip_conj(w) for a, _b, w in ctx.words.spans[k + 1:k + 1 + reach] if a < sent.end]
        if any(w in own for w in report) or (force and (
                _strip_conj(word) in force_words or any(w in force_words for w in report))):
            return True
    return False


def _announced_in_sentence(ctx: _Ctx, d: Draft, ent: EntityDraft) -> bool:
    """Whether `ent`'s side tells of the deed in the deed's own sentence: the subject of a verb of announcing
    (event_cues announce_verbs) before the trigger, right after the verb or right before it (أعلن العراق قصف
    مواقع، أعلن الجيش أن غارة أسفرت، الجيش أعلن مقتل). A force announcing its strike tells of its own deed: the
    doer it lends is no guess from another sentence."""
    ss, _se = d.sentence
    hs = d.head.start
    verbs = cues().announce_verbs
    for vs, ve, w in ctx.words.spans_from(ss):
        if vs >= hs:
            break
        if not _in_list(w, verbs):
            continue
        for m, e in ctx.doc.mentions_in(ss, hs, ("actor",)):
            if not _same_side(e, ent) or not _is_subject_like(ctx, m, ss):
                continue
            after = m.start >= ve and ctx.words.gap(ve, m.start) <= 1
            if after or (m.end <= vs and ctx.words.gap(m.end, vs) <= 1):
                return True
    return False


def _pronoun_subject(ctx: _Ctx, d: Draft) -> bool:
    """Whether the trigger is a verb right after a complementizer that carries its subject pronoun (وقال مصدر
    إنهم هاجموا المتظاهرين; event_cues own_deed_tells pronoun_openers): the pronoun points back to the party,
    which is then no guess but the verb's own subject."""
    openers = _own_deed_pronouns()
    if not d.verbal or not openers:
        return False
    before = ctx.words.before(d.head.start, 1, d.sentence[0])
    return bool(before) and _strip_conj(before[-1]) in openers


@cache
def _own_deed_pronouns() -> frozenset[str]:
    """event_cues own_deed_tells pronoun_openers (folded)."""
    return _folded_set(tuple(load_json("event_cues").get("own_deed_tells", {}).get("pronoun_openers", [])))


def _unattested_borrowed(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A state, its government or forces, a body or a person lent to a fight (event_cues borrow_evidence_types:
    an attack, a seizure) as its doer, from the sentences around or as the article's main party, stays only when
    the article names that party, or one of its side, as the doer of such a deed in a clause of its own: a party
    the article only tells of, suffers from, accuses or warns of (the Tunisian state for a mine that killed its
    soldiers, Egypt for the attacks of a man it accuses, Russia for a Western strike it warns of) is no doer to
    lend; no doer rather than a wrong one. A seizure is vouched for by a seizure only: the side that fought is
    not thereby the one that took the town. Run on the final drafts, after the retellings were merged, so a doer
    a later telling names vouches for the first."""
    evidence = _borrow_evidence()
    named = [d for d in drafts if d.actor1 is not None and not d.actor1_borrowed]
    for d in drafts:
        kinds = evidence.get(d.type)
        if kinds is None or d.actor1 is None or not d.actor1_borrowed or d.actor1_explicit or _is_group(d.actor1):
            # an armed group lent to an attack by unnamed gunmen (هجمات نفذها متشددون in an article on IS) is
            # most often right though no clause names it: groups are seldom named doing their own deeds
            continue
        if any(_same_side(e, d.actor1) for _m, e in ctx.actors(*d.clause)):
            continue  # صواريخ إسرائيلية استهدفت: a doer its own clause names (a nisba) is no guess
        if _announced_in_sentence(ctx, d, d.actor1) or _pronoun_subject(ctx, d):
            continue  # the deed's own sentence has its side announce it, or its pronoun as the verb's subject
        threats = _borrow_threats().get(d.type, frozenset())
        if d.actor2 is not None and any(
                n.type in threats and n.actor1 is not None and _same_side(n.actor1, d.actor1)
                and (n.actor2 is None or _same_side(n.actor2, d.actor2)) for n in named):
            continue  # هددت السعودية بالرد. واستهدفت غارات مخازن للحوثيين: a party that threatened the struck
        if not any(n.type in kinds and n.actor1 is not None and _same_side(n.actor1, d.actor1) for n in named) and (
                not _tells_own_deeds(ctx, d.actor1)):
            d.actor1, d.actor1_borrowed = None, False


@cache
def _lent_doer_cues() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """event_cues lent_doer_types, lent_doer_kinds and lent_doer_armed_kinds (event types and pack kinds, not
    Arabic words: read as written, unfolded)."""
    data = load_json("event_cues")
    return tuple(frozenset(data.get(k, [])) for k in (  # type: ignore[return-value]
        "lent_doer_types", "lent_doer_kinds", "lent_doer_armed_kinds"))


def _loss_sides(ctx: _Ctx, d: Draft, prev_draft: Draft | None) -> None:
    """A strike noun (event_cues loss_types) with a verb of inflicting or receiving a blow around it: the
    party that suffers it is its target (actor2), never its doer.
    - inflicting (inflict_verbs) right before the noun, its subject (VSO): the party named after the noun is
      the verb's object (وكبدت الغارات الميليشيات خسائر، ألحقت الضربات بالتنظيم خسائر); a name right after an
      indefinite noun is its genitive, the doer (كبدت غارات التحالف الميليشيا خسائر), the party after it the
      target;
    - receiving (receive_verbs) before the noun, with the party between (تلقت الميليشيا ضربات موجعة) or right
      before the verb (الميليشيا تلقت ضربات), or after it past a relative (الضربات التي تلقتها الميليشيات):
      the receiver is the target.
    A doer taken from the sufferer is replaced by the doer of the event before (the strikes told before the
    losses), or none when that one is on the sufferer's side."""
    h = d.head
    if h.trig.pos != "noun" or d.type not in load_json("event_cues").get("loss_types", ()):
        return
    inflict, receive = _cue_words("inflict_verbs"), _cue_words("receive_verbs")
    ss, se = d.sentence
    if not (inflict | receive) & ctx.words.vocabulary(bare_only=True):
        return  # the article uses none of the verbs: nothing to read
    spans, i = ctx.words.bare, ctx.words.index_at(h.start)
    victim: EntityDraft | None = None

    def first_after(pos: int, reach: int) -> tuple[model.Mention, EntityDraft] | None:
        got = ctx.actors(pos, se)
        return next(((m, e) for m, e in got if len(ctx.words.between(pos, m.start)) <= reach
                     and not _CLAUSE_END.search(ctx.doc.text, pos, m.start)), None)

    if i > 0 and spans[i - 1][2] in inflict and spans[i - 1][0] >= ss:
        after = first_after(h.end, 2)
        if after is not None and not ctx.words.between(h.end, after[0].start) and not fold_text(
                ctx.doc.text[h.start:h.end]).startswith("ال"):
            doer_end = after[0].end
            after = first_after(after[0].end, 1)  # the indefinite noun's genitive is the doer
            while after is not None and _conjoined_doer(ctx, after[0], doer_end, h.end):
                # أوقعت غارات روسية وسورية: a side joined by و to the genitive shares the deed
                doer_end = after[0].end
                after = first_after(after[0].end, 1)
        victim = after[1] if after is not None else None
    for j in range(max(i - 4, 0), i):
        if victim is not None or spans[j][2] not in receive or spans[j][0] < ss:
            continue
        # تلقت الميليشيا ضربات: the receiver between the verb and the noun; الميليشيا تلقت ضربات: right before it
        inside = ctx.actors(spans[j][1], h.start)
        before = [(m, e) for m, e in ctx.actors(ss, spans[j][0]) if not ctx.words.between(m.end, spans[j][0])]
        victim = (inside or before or [(None, None)])[0][1]
    if victim is None:
        nxt = spans[i + 1:i + 5]
        rel = next((k for k, (s_, _e, w) in enumerate(nxt) if w in cues().relatives and s_ < se), None)
        if rel is not None and rel + 1 < len(nxt) and nxt[rel + 1][2] in receive:
            after = first_after(nxt[rel + 1][1], 1)  # الضربات الموجعة التي تلقتها الميليشيات
            victim = after[1] if after is not None else None
    if victim is None:
        return
    d.actor2 = victim
    if d.actor1 is not None and _same_side(d.actor1, victim):
        prev = prev_draft.actor1 if prev_draft is not None else None
        keep = prev is not None and not _same_side(prev, victim)
        d.actor1, d.actor1_explicit, d.actor1_borrowed = (prev if keep else None), False, keep


def _sufferer_noun_doer(ctx: _Ctx, d: Draft, prev_draft: Draft | None = None) -> None:
    """An event noun that a noun of those who went through it governs (event_cues sufferer_heads: الناجين من
    الهجوم، ضحايا القصف، المصابين في التفجير), its genitive or past one preposition (sufferer_preps), names the
    deed only as what those people suffered: the names before it in its clause are the arguments of another
    verb (ودعت الشبكة أعضاء الكونغرس إلى لقاء مع الناجين من الهجوم), never its doer. A doer is taken only
    from the noun's own doer positions, after it (ضحايا الهجوم الذي شنه التنظيم، من قبل، على يد); one taken
    from before it is dropped, so no merge copies it onto the first telling. A noun of a matter talked of or looked
    into (event_cues topic_heads: ناقش الوزير مع نظيره قضية الغارات، فتح تحقيقا في الهجوم) governs it the same way:
    who discusses or inquires into a deed is the subject of that verb, not the deed's doer; under such a noun a
    doer lent from the event of that verb told right before in the sentence (ناقش بومبيو مع ولي العهد قضية
    الغارات: the talk's party) is dropped too."""
    h = d.head
    if d.verbal or h.light is not None or h.trig.pos != "noun" or d.actor1 is None:
        return
    # a doer lent from around (the article's party, the deed before) is no name of the clause, except the party
    # of the talk or inquiry that governs a topic noun
    talker = (not d.actor1_explicit and prev_draft is not None and d.actor1 is prev_draft.actor1
              and prev_draft.sentence == d.sentence and prev_draft.type != d.type)
    if not (d.actor1_explicit or talker):
        return
    cs, ce = d.clause
    words = ctx.words.bare_before(h.start, 2, cs)
    if words and words[-1] in _cue_words("sufferer_preps"):
        words = words[:-1]
    heads = _cue_words("topic_heads", bare=True)  # the talk's party: only under a topic noun
    if d.actor1_explicit:
        heads = heads | _cue_words("sufferer_heads", bare=True)
    if not words or _strip_conj(fold_text(words[-1])).removeprefix("ال").removeprefix("لل") not in heads:
        return
    if any(ent is d.actor1 for _m, ent in ctx.actors(h.end, ce)):
        return  # named after the noun: its own doer position
    d.actor1, d.actor1_explicit, d.actor1_borrowed = None, False, False


def _freed_from(ctx: _Ctx, d: Draft) -> None:
    """The party a place is freed or taken back from (event_cues freed_from_nouns after من: لتحرير المدينة من
    سيطرة الميليشيا، من قبضة التنظيم، من أيدي المسلحين) is the side fought, the event's target (actor2),
    never its doer: in the sentence of the event, after its trigger and before the next clause mark, the
    first party named at most one word past the holding noun."""
    h = d.head
    se = d.sentence[1]
    nouns = _cue_words("freed_from_nouns")
    if not nouns & ctx.words.vocabulary(bare_only=True):
        return
    spans, i = ctx.words.bare, ctx.words.index_at(max(h.end, d.head.light.end if d.head.light else h.end))
    for j in range(i, min(i + 8, len(spans) - 1)):
        s, _e, w = spans[j]
        if s >= se or _CLAUSE_END.search(ctx.doc.text, h.end, s):
            return
        if w == "من" and spans[j + 1][2] in nouns:
            after = spans[j + 1][1]
            got = next(((m, ent) for m, ent in ctx.actors(after, se)
                        if len(ctx.words.between(after, m.start)) <= 1), None)
            if got is None:
                return
            side = got[1]
            if d.actor1 is side:
                d.actor1, d.actor1_explicit, d.actor1_borrowed = None, False, False
            if d.actor2 is None:
                d.actor2 = side
            return


def _police_body(name_ar: str) -> bool:
    """A pack name holding a word of a police or investigative body (event_cues lent_attack_unfit_words: الشرطة،
    التحقيقات) and none of lent_attack_unfit_exempt (the Iraqi Federal Police, الشرطة الاتحادية, which fights
    in formations): a body that investigates an attack, never one lent as its doer."""
    words = set(fold_text(name_ar).split())
    return bool(words & _cue_words("lent_attack_unfit_words")) and not words & _cue_words("lent_attack_unfit_exempt")


def _lone_doer_heads() -> frozenset[str]:
    """The first words of the two-word lone attacker nouns (event_cues lone_doer_nouns: منفذ of منفذ الهجوم),
    which govern the event noun they name the doer of."""
    return frozenset(n.split()[0] for n in _cue_words("lone_doer_nouns") if " " in n)


def _lone_doer_after(ctx: _Ctx, d: Draft, prev_draft: Draft | None) -> None:
    """Two more deeds of a lone attacker (`_lone_doer`) that no state or force is lent:
    - an event noun governed by the head of a lone attacker noun (منفذ هجوم بلدة تريب، منفذ الهجوم): the
      noun's doer is that person;
    - a deed whose subject is dropped (its clause and sentence name no party) in the sentence of a lone attacker's
      deed or the one right after (ثم تحصن في متجر واحتجز عددا من الرهائن, after قتل منفذ الهجوم شخصا): the
      subject goes on being the attacker, not the state the attack happened in that a guess lends.
    An armed group lent stays, as in `_lone_doer`: the article often tied the attacker to it."""
    if d.actor1 is None or d.actor1_explicit or d.type not in load_json("event_cues").get("lone_doer_types", []):
        return
    if _is_group(d.actor1) or any(ent is d.actor1 for _m, ent in ctx.actors(*d.sentence, persons=True)):
        return
    h = d.head
    before = ctx.words.bare_before(h.start, 1, d.clause[0])
    if not d.verbal and h.trig.pos == "noun" and before and before[-1] in _lone_doer_heads():
        d.actor1, d.actor1_borrowed = None, False
        return
    if (prev_draft is None or prev_draft.actor1 is not None or prev_draft.type not in
            load_json("event_cues").get("lone_doer_types", []) or not _lone_deed(ctx, prev_draft)):
        return
    if _sent_index(ctx.doc, d.sentence[0]) - _sent_index(ctx.doc, prev_draft.sentence[0]) > 1:
        return
    if not d.verbal or ctx.actors(d.clause[0], d.head.start):
        return  # a subject named before the verb (a named subject after it made the doer explicit)
    d.actor1, d.actor1_borrowed = None, False


def _lone_deed(ctx: _Ctx, d: Draft) -> bool:
    """Whether a lone attacker noun (event_cues lone_doer_nouns) stands in the sentence of `d` before the end of
    its trigger's clause, as `_lone_doer` reads it (كان منفذ الهجوم يسكن ... بعد أن قتل شخصا): the deed is that
    person's."""
    nouns = _cue_words("lone_doer_nouns")
    words = ctx.words.bare_between(d.sentence[0], d.clause[1])
    return any(w in nouns or f"{w} {x}" in nouns for w, x in zip(words, [*words[1:], ""], strict=True))


def _campaign_purpose_patient(ctx: _Ctx, d: Draft) -> None:
    """A purpose masdar (event_cues purpose_objects without their ل: دحر، طرد، تحرير، هزيمة) that is the event's
    trigger under the ل of purpose or right after a campaign noun (لطرد المتمردين، معركة دحر ميليشيات الحوثي), or
    that follows a campaign trigger (معركة تحرير الموصل من تنظيم داعش، حملة لطرد المسلحين), names in its
    genitive, or under من past its object, the side the campaign is against: that side is the target (actor2),
    never the doer; the doer is the one running the campaign, the party its clause names before the trigger,
    or none."""
    h = d.head
    if d.actor1 is None or h.trig.pos not in ("noun", "past"):
        return
    masdars = {w.removeprefix("ل") for w in _cue_words("purpose_objects")}
    campaigns = _cue_words("campaign_nouns")
    cs, ce = d.clause
    base = _strip_conj(fold_text(ctx.doc.text[h.start:h.end]))
    before = ctx.words.bare_before(h.start, 1, cs)
    # a past verb spelled like the masdar is the masdar after a campaign noun (معركة دحر X: no verb follows it)
    if h.trig.base in masdars and ((h.trig.pos == "noun" and h.prefix.endswith("ل"))
                                   or (before and before[-1] in campaigns)):
        after = h.end  # the trigger is the purpose masdar itself: its genitive follows it
    elif h.trig.pos == "noun" and (base in campaigns or h.trig.base in campaigns):
        nxt = ctx.words.spans_at(h.end, 2)
        nxt = [sp for sp in nxt if sp[0] >= h.end]
        if not nxt or _strip_conj(nxt[0][2]).removeprefix("ل") not in masdars:
            return
        after = nxt[0][1]
    else:
        return
    if _CLAUSE_END.search(ctx.doc.text, h.end, after):
        return
    side = None
    for m, ent in ctx.actors(after, ce):
        words = ctx.words.bare_between(after, m.start)
        # the genitive, head nouns between (ميليشيات الحوثي); or من after the place freed (تحرير الموصل من داعش)
        if (len(words) <= 2 and "من" not in words) or (len(words) <= 5 and words and words[-1] == "من"):
            side = ent
        break
    if side is None or d.actor1 is not side:
        return
    if d.actor2 is None or d.actor2 is side:
        d.actor2 = side
    runner = [ent for _m, ent in ctx.actors(cs, h.start) if ent is not side]
    d.actor1 = runner[-1] if runner else None
    d.actor1_explicit, d.actor1_borrowed = d.actor1 is not None, False


def _sentence_aim(ctx: _Ctx, d: Draft, drafts: list[Draft]) -> EntityDraft | None:
    """سيطرت قسد على أغلب المناطق، في حملة قادتها لطرد تنظيم الدولة؛ الضربة العسكرية المحدودة ضد سوريا: a party
    named later in the trigger's own sentence as the object of a purpose masdar or an aim word (event_cues
    purpose_objects, declared_aims; one head noun between, or a place and من: لتحرير المدينة من الحوثيين) is the
    side the fight was against: it beats the article's opponent guess. Not past a later verb trigger of the
    sentence (a clause of its own, with its own target), and never the doer's own side or a client it backs."""
    c = cues()
    objs = _cue_words("purpose_objects")
    aims = objs | c.declared_aims
    links = _cue_words("purpose_object_links")
    he, se = d.span[1], d.sentence[1]
    stop = min((x.span[0] for x in drafts if x is not d and x.verbal and he <= x.span[0] < se), default=se)
    for m, ent in ctx.actors(he, stop):
        if ent.type != "actor" or ent is d.actor1 or _same_side(d.actor1, ent) or _backs(d.actor1, ent):
            continue
        prev = ctx.words.bare_before(m.start, 4, he)
        k = next((i for i in range(len(prev) - 1, -1, -1) if prev[i] in aims), None)
        if k is None:
            continue
        rest = prev[k + 1:]
        # ضد X، ضد مواقع X، للقضاء على X; لتحرير/لطرد ... من X (the place freed or left, then its holder)
        if len(rest) <= 1 or (prev[k] in objs and rest[-1] == "من" and len(rest) <= 3) or (
                len(rest) == 2 and rest[0] in links):
            return ent
    return None


def _sentence_doer(ctx: _Ctx, d: Draft) -> bool:
    """سيطر الجيش اليمني على سلسلة جبلية، بعد مواجهات مع ميليشيات الحوثي: a fight told after the main verb
    takes its doer from that verb's subject, named before it in the same sentence (not guessed from the
    article): the pair it names counts towards the article's opponents as an explicit one does."""
    if d.actor1_borrowed or d.actor1 is None:
        return False
    return any(ent is d.actor1 for _m, ent in ctx.actors(d.sentence[0], d.span[0]))


def _dominant_foe(ctx: _Ctx, doer: EntityDraft, foe: EntityDraft) -> bool:
    """ويخوض الجيش اليمني معارك ... ضد ميليشيات الحوثي in an article that names the Houthis again and again and
    no other party against the army: of the actors not on the doer's side (counted with their state and
    forces as one), `foe`'s side is named at least three times and in at least two thirds of those mentions.
    One fight that names it is then enough to take it as the doer's opponent in the article."""
    counts: Counter[str] = Counter()
    by_id: dict[str, EntityDraft] = {}
    for e in ctx.doc.entities:
        if e.type != "actor" or _same_side(doer, e) or _backs(doer, e) or _backs(e, doer):
            continue
        n = sum(1 for m in e.mentions if not ctx.doc.is_furniture(m.start, m.end))
        if n:
            counts[e.id], by_id[e.id] = n, e
    total = sum(counts.values())
    own = sum(n for i, n in counts.items() if _same_side(foe, by_id[i]))
    return own >= 3 and own * 3 >= total * 2


def _possessed_target(ctx: _Ctx, d: Draft) -> EntityDraft | None:
    """قصفت طائرات التحالف مواقعهم، استهدفت قوات النظام مواقعها، بقصف مقراتها، هجوم على تجمعاتهم: a fight whose
    object is only a held thing (event_cues target_holdings) or members (possessed_member_nouns) carrying a
    pronoun (possessed_suffixes) is fought against the party the pronoun points back to: the actor named last
    before the trigger, in its sentence or else in the one before, that is neither the doer nor on its side nor
    its backer or client. The held word stands right after the trigger or its subject (a name or the doer's own
    mention between), or after a target preposition; a member noun never right after a verb, where it is the
    subject (هاجم عناصرها الحاجز: its members attacked)."""
    c = cues()
    if d.type not in c.opposing_types:
        return None
    holds, members, suffixes = _possessed_cues()
    h = d.head
    end = max(d.clause[1], h.end)
    spot = None
    for n, (s, _e, w) in enumerate(itertools.islice(ctx.words.spans_from(h.end), 6)):
        if s >= end:
            break
        w = _strip_conj(w)
        stem = next((w[:-len(x)] for x in suffixes if w.endswith(x) and len(w) > len(x) + 2), None)
        if stem is not None and (stem in holds or (stem in members and (n > 0 or h.trig.pos == "noun"))):
            spot = s
            break
    if spot is None:
        return None
    gap = ctx.words.between(h.end, spot)
    named = ctx.actors(h.end, spot)
    if any(_strip_conj(w) not in c.target_markers for w in gap) and not (
            named and ctx.words.gap(named[-1][0].end, spot) == 0 and d.actor1 is not None
            and _same_side(named[-1][1], d.actor1)):
        return None  # قصفت الطائرات السورية مواقعها: only the doer's own name or a target preposition between
    k = _sent_index(ctx.doc, d.sentence[0])
    for lo, hi in ((d.sentence[0], h.start), (ctx.doc.sentences[k - 1].start if k > 0 else h.start, d.sentence[0])):
        before = [(m, ent) for m, ent in ctx.actors(lo, hi) if ent.type == "actor"]
        if not before:
            continue
        m, last = before[-1]
        if d.actor1 is not None and _same_side(d.actor1, last) and ctx.words.gap(m.end, h.start) > 1:
            # أكد الجيش أنه رد بعد استهداف جنوده: the party named last, the doer's own side (most often the
            # teller), is the one the pronoun points back to, unless it is the subject right before a verb
            return None
        named = [ent for _m, ent in before if not (d.actor1 is not None and (
            _same_side(d.actor1, ent) or _backs(d.actor1, ent) or _backs(ent, d.actor1)))]
        return named[-1] if named else None
    return None


@cache
def _possessed_cues() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """event_cues target_holdings and possessed_member_nouns (folded) and possessed_suffixes, longest first."""
    suffixes = load_json("event_cues").get("possessed_suffixes", [])
    return (_cue_words("target_holdings"), _cue_words("possessed_member_nouns"),
            tuple(sorted(suffixes, key=len, reverse=True)))


def _reply_doer(ctx: _Ctx, d: Draft) -> None:
    """وردت إسرائيل بشن غارات، ورد الجيش بقصف مدفعي، ردت عليها الفصائل باستهداف مواقع النظام: a deed under ب
    right after the subject of a verb of replying (event_cues reply_verbs) is that subject's, whatever the clause
    before did or the reading of ورد as a verb of telling made of the name (a teller's name is no party, so the
    doer of the deed replied to was lent). The name must stand within reply_subject_reach words after the verb
    (عليها، على ذلك between) and right before the ب-word, an adjective of its own allowed."""
    h = d.head
    first = h.light if h.light is not None and h.light.start < h.start else h
    if not ctx.doc.text.startswith("ب", first.start) and not ctx.doc.text.startswith("ب", first.start - 1):
        return
    reach = int(load_json("event_cues").get("reply_subject_reach", 3))
    verbs = _cue_words("reply_verbs")
    i = ctx.words.index_at(first.start)
    spans = ctx.words.spans[max(0, i - reach - 3):i]
    k = next((j for j in range(len(spans) - 1, -1, -1) if _strip_conj(spans[j][2]) in verbs), None)
    if k is None or spans[k][0] < d.sentence[0]:
        return
    ve = spans[k][1]
    named = [(m, ent) for m, ent in ctx.doc.mentions_in(ve, first.start, ("actor",))]
    if not named:
        return
    m, ent = named[0]
    if ctx.words.gap(ve, m.start) > reach - 1 or ctx.words.gap(named[-1][0].end, first.start) > 1:
        return
    if d.actor2 is ent:
        d.actor2 = None
    d.actor1, d.actor1_explicit, d.actor1_borrowed = ent, True, False


def _seized_from_struck(ctx: _Ctx, d: Draft, prev_draft: Draft | None) -> None:
    """شن عناصر التنظيم هجوما على نقطة لقوات قسد، واستولوا على مستودع للأسلحة; هاجم التنظيم موقعا للواء ثم
    استيلاء عناصره على الأسلحة: a seizure that names no one it was taken from, told right after an attack of
    the same doer's side in its sentence or the one before, took it from the party that attack struck."""
    if d.type != "SEIZE" or d.actor2 is not None or d.actor1 is None or prev_draft is None or _other_year(ctx, d):
        return  # سيطر التنظيم على المدينة عام 2014: another phase of the war, not this attack's spoils
    p = prev_draft
    if p.type != "ATTACK" or p.actor1 is None or p.actor2 is None or p.actor2.type != "actor":
        return
    if not _same_side(p.actor1, d.actor1) or _same_side(p.actor2, d.actor1) or _backs(d.actor1, p.actor2) \
            or _backs(p.actor2, d.actor1) or _client_of(p.actor2, d.actor1):
        return  # a clash read with the doer's own client as its other side
    k = _sent_index(ctx.doc, d.sentence[0])
    if p.sentence[0] != d.sentence[0] and not (k > 0 and p.sentence[0] == ctx.doc.sentences[k - 1].start):
        return
    if any(ent is p.actor2 or _same_side(ent, p.actor2)
           for _m, ent in ctx.actors(max(p.span[1], d.sentence[0]), d.sentence[1])):
        return  # سيطرت القوات التركية والفصائل الموالية لها: named again by the seizure, the party is its partner
    d.actor2 = p.actor2


def _client_of(ent: EntityDraft, doer: EntityDraft) -> bool:
    """`ent` is a force the text names as backed by the doer's side (الفصائل الموالية لها after القوات التركية:
    resolve's «forces backed by» entity, attrs backed_by), so it fights beside the doer, never against it."""
    backer = ent.attrs.get("backed_by")
    if not backer or not doer.ref:
        return False
    return backer in _chain(doer.ref) or doer.ref in _chain(backer)


def _soldiers_force(ctx: _Ctx, d: Draft) -> None:
    """قتل 15 جنديا تركيا، أعلنت أنقرة مقتل 8 من جنودها: soldiers (event_cues soldier_heads) named by a state's
    adjective or pronoun are its army's; when the article names that state's army (the one state force of the
    state whose pack name is an army's), the army, not the state, is the party of the deed done by or to them."""
    heads = _cue_words("soldier_heads")
    for attr in ("actor1", "actor2"):
        ent = getattr(d, attr)
        entry = packs.entries_by_id().get(ent.ref) if ent is not None and ent.ref else None
        if ent is None or entry is None or entry.kind != "state":
            continue
        army = _state_army(ctx, ent.ref or "")
        if army is None or army is d.actor1 or army is d.actor2 or not _soldiers_of(ctx, d, ent, heads):
            continue
        setattr(d, attr, army)


def _soldiers_of(ctx: _Ctx, d: Draft, state: EntityDraft, heads: frozenset[str]) -> bool:
    """The event's clause names soldiers of `state`: a soldiers noun right before one of its mentions (جنديا
    تركيا، جنود أتراك) or one carrying a pronoun (جنودها، جنوده، عسكرييها)."""
    s, e = d.clause if d.clause[1] > d.clause[0] else d.sentence
    for m in state.mentions:
        if s <= m.start < e:
            prev = ctx.words.before(m.start, 1, s)
            if prev and _strip_conj(prev[-1]) in heads:
                return True
    suffixes = _cue_words("soldier_suffixes")  # not ه: a folded ة reads as one (عسكرية)
    return any(w.endswith(x) and w[:-len(x)] in heads for w in map(_strip_conj, ctx.words.between(s, e))
               for x in suffixes)


def _state_army(ctx: _Ctx, state_ref: str) -> EntityDraft | None:
    """The one army of the state `state_ref` the article names (a state force in its chain whose pack name is an
    army's: Army, Armed Forces, Defense Forces, military), or None when it names none or several."""
    by_id = packs.entries_by_id()
    found = []
    for e in ctx.doc.entities:
        entry = by_id.get(e.ref) if e.type == "actor" and e.ref else None
        if entry is None or entry.kind != "state_force" or state_ref not in _chain(entry.id):
            continue
        if any(w in entry.name for w in _army_name_words()):
            found.append(e)
    return found[0] if len(found) == 1 else None


@cache
def _army_name_words() -> tuple[str, ...]:
    """event_cues army_name_words: the words of a pack entry's English name that make a state force its army."""
    return tuple(load_json("event_cues").get("army_name_words", []))


def _strikes_own(d: Draft, doer: EntityDraft | None) -> bool:
    """قصفت قوات النظام البلدة، واستهدفت الفصائل مواقع قوات النظام: a clause whose own target is the doer of the
    clause before (or its side) has a subject of its own, the other side, even one no name gives; that doer is
    never handed on to it as a dropped subject."""
    t = d.actor2
    return doer is not None and t is not None and (t is doer or _same_side(t, doer))


def _replier_unnamed(ctx: _Ctx, d: Draft, prev_draft: Draft | None) -> None:
    """قصفت قوات النظام البلدة، وردت الفصائل باستهداف مواقع قوات النظام: a deed under ب right after a verb of
    replying whose subject no name gives is the counter-deed of the other side; the doer of the deed told just
    before (its sentence or the one before), lent to it, is the party replied to: no doer, and that party its
    target when the deed's own words name it."""
    if d.actor1 is None or d.actor1_explicit or prev_draft is None or prev_draft.actor1 is not d.actor1:
        return
    h = d.head
    first = h.light if h.light is not None and h.light.start < h.start else h
    if not ctx.doc.text.startswith("ب", first.start) and not ctx.doc.text.startswith("ب", first.start - 1):
        return
    i = ctx.words.index_at(first.start)
    spans = ctx.words.spans[max(0, i - 3):i]
    verbs = _cue_words("reply_verbs")
    k = next((j for j in range(len(spans) - 1, -1, -1) if _strip_conj(spans[j][2]) in verbs), None)
    if k is None or k == len(spans) - 1 or spans[k][0] < d.sentence[0]:
        return  # ورد بقصف: the verb's subject dropped, it continues the clause before
    if ctx.doc.mentions_in(spans[k][1], first.start, ("actor",)):
        return  # named: _reply_doer's
    k_prev = _sent_index(ctx.doc, d.sentence[0])
    if prev_draft.sentence[0] != d.sentence[0] and not (
            k_prev > 0 and prev_draft.sentence[0] == ctx.doc.sentences[k_prev - 1].start):
        return
    struck = d.actor1
    d.actor1, d.actor1_borrowed = None, False
    if d.actor2 is None and any(ent is struck for _m, ent in ctx.doc.mentions_in(h.end, d.clause[1], ("actor",))):
        d.actor2 = struck


def _feared_party_after(ctx: _Ctx, subj: model.Mention, spot: int, ss: int
                        ) -> tuple[model.Mention, EntityDraft] | None:
    """When the name a force noun's pronoun would point back to is the subject of a verb or noun of fear
    (event_cues fear_split_words right before it: تخشى الفصائل، مخاوف الأهالي), the party named after it and
    before the force noun is the one feared, and the pronoun's (تخشى فصائل المعارضة هجوما لقوات النظام بعد أن
    قصفت مدفعيتها القرية: the regime's artillery, not the opposition's). The last such name; None when there is
    no fear word or no name between."""
    fear = _cue_words("fear_split_words")
    if not any(_strip_conj(w) in fear for w in ctx.words.before(subj.start, 2, ss)):
        return None
    after = [(m, ent) for m, ent in ctx.doc.mentions_in(subj.end, spot, ("actor",)) if m.start >= subj.end]
    return after[-1] if after else None


def _toll_party(ctx: _Ctx, d: Draft, he: int, ce: int, actors: list[tuple[model.Mention, EntityDraft]]
                ) -> tuple[model.Mention, EntityDraft] | None:
    """The party of the dead counted right after a casualty-noun trigger (بمقتل 36 من ميليشيات الحوثي، مصرع
    عشرة عناصر من التنظيم): a count, at most one person noun, من and head nouns between. Those killed are the
    struck side, never the doer to borrow; None for any other trigger or when the first name after it is no such
    partitive."""
    h = d.head
    c = cues()
    if h.trig.pos != "noun" or h.trig.base not in c.victim_nouns:
        return None
    heads = ctx.lex.roles["heads"]
    counts = c.count_words | c.approx_words | _scale_words()
    for m, ent in actors:
        if m.start < he:
            continue
        if m.start >= ce or _CLAUSE_END.search(ctx.doc.text, he, m.start):
            return None
        # (مصرع عشرة عناصر على الأقل من التنظيم: the approximation stands outside the count's words)
        ws = _drop_approximations(ctx.words.bare_between(he, m.start))
        k = len(ws)
        while k > 0 and ws[k - 1] in heads:
            k -= 1
        if k < 2 or ws[k - 1] not in c.victim_partitive:
            return None
        i = k - 1
        if ws[i - 1] in c.victim_heads or ws[i - 1] in c.people_heads:
            i -= 1
        if i == 0 or not all(w.isdigit() or w in counts for w in ws[:i]):
            return None
        return m, ent
    return None


def _machines_tied(gap: list[str]) -> bool:
    """The words between a verb and a name under ل are a subject of vehicles or weapons and a word of belonging
    (event_cues subject_machines, then holding_ties): طائرات حربية تابعة، طائرات وسفن حربية تابعة. Between
    them only more machines joined by و and adjectives (nisba), at most four words in all."""
    machines = _cue_words("subject_machines")
    words = [_strip_conj(w) for w in gap]
    if not 2 <= len(words) <= 4 or words[0] not in machines or words[-1] not in cues().holding_ties:
        return False
    return all(w in machines or (w.endswith(cues().nisba) and w not in cues().l_adjectives) for w in words[1:-1])


def _machine_owner_before(ctx: _Ctx, cs: int, vs: int, actors: list[tuple[model.Mention, EntityDraft]]
                          ) -> tuple[model.Mention, EntityDraft] | None:
    """The owner under ل of a vehicle or weapon that is the subject before a verb (قال الحوثيون إن مركبات
    للجيش قصفت قرية، دبابتان للنظام استهدفتا): event_cues subject_machines right before the name (one adjective
    between at most: مدرعات عسكرية للجيش), and no word but a time or two auxiliaries between the name and the
    verb. Vehicles act for their owner: the owner did the deed, however a teller before them reads."""
    machines = _cue_words("subject_machines")
    nisba = cues().nisba
    for m, ent in actors:
        if not (cs <= m.start and m.end <= vs) or ent.type != "actor" or ctx.marker(m.start, cs) != "ل":
            continue
        prev = ctx.words.bare_before(m.start, 3, cs)
        if prev and prev[-1] == ctx.marker(m.start, cs):
            prev.pop()  # a marker written apart from the name (a quote between) is no word of the noun phrase
        if len(prev) > 1 and prev[-1] not in machines and prev[-1].endswith(nisba):
            prev.pop()  # مدرعات عسكرية للجيش: the adjective of the vehicle
        if not prev or prev[-1] not in machines:
            continue
        if _reaches_verb(ctx, m.end, vs):
            return m, ent
    return None


def _people_before_cause(ctx: _Ctx, he: int, ce: int, se: int | None = None) -> bool:
    """The words right after a past قتل are an indefinite people noun (victim_heads, civilian_words, event_cues
    kill_subject_people: شابان، مدنيون) and/or a nisba, singular, dual or plural (kill_subject_nisba: فلسطيني،
    فلسطينيان، جنود عراقيون), then a word of fire (instrument_agents) or an agent marker (قتل فلسطينيان برصاص
    الجيش، قتل شبان على يد مسلحين): the killed are its subject, so the verb is passive and its doer the owner
    of the fire, not its object. An
    active قتل with such a subject has its object next (قتل جندي إسرائيلي فلسطينيا برصاصه): a third word of
    people is no cause, so it stays active. With the sentence's end `se`, a time set off by commas after the
    killed (قتل أحد المحتجين، الجمعة، برصاص) is read past as the same time without them is."""
    c = cues()
    end = _comma_time_end(ctx, ce, se) if se is not None else ce
    words = ctx.words.bare_between(he, end, limit=7)
    people = c.victim_heads | c.civilian_words | _cue_words("kill_subject_people")
    nisba = tuple(_cue_words("kill_subject_nisba"))
    fillers = _cue_words("kill_time_fillers")
    n = 0  # words of the people read so far
    k = 0
    while k < len(words) and n < 3:
        w = words[k]
        if w in c.instrument_agents or words[k:k + 2] in c.agent_markers:
            return n > 0
        if w in c.cause_words:
            # قتل مدنيان في ضربة: the strike names no doer here, and the active reading's doer (borrowed
            # from the article) was right on the dev sets, so only fire or an agent decides
            return False
        if n > 0 and w in fillers:
            k += 1  # قتل جندي أميركي مساء السبت برصاص: a time between the killed and the fire
            continue
        if n == 0 and w in _cue_words("kill_one_of") and k + 1 < len(words):
            # قتل أحد المحتجين برصاص الميليشيا: one of a definite group is the killed, as a people noun is
            k, n = k + 2, 1
            continue
        if w.startswith("ال") or (not w.endswith(nisba) and (n > 0 or w not in people)):
            return False  # a definite word (قتل الجيش) or, after the first, anything but a nisba
        k += 1
        n += 1
    return False


def _alongside(ctx: _Ctx, d: Draft, pos: int, he: int) -> bool:
    """The name at `pos` follows a two-word marker of fighting beside (event_cues alongside_markers: إلى جانب),
    head nouns between, after the trigger of a fight (قاتل حزب الله إلى جانب قوات النظام، القتال إلى جانب
    الحوثيين، مشاركة مرتزقة روس في المعارك إلى جانب الجيش): it is a partner of the doer, never the target.
    Not after a killing, whose إلى جانب adds to its victims (قتل جنديان إلى جانب عناصر من الفصائل)."""
    if d.head.trig.base in cues().killing_bases:
        return False
    heads = ctx.lex.roles["heads"]
    before = ctx.words.bare_before(pos, 4, he)
    while before and before[-1] in heads:
        before.pop()
    return before[-2:] in _alongside_markers()


@cache
def _alongside_markers() -> tuple[list[str], ...]:
    """event_cues alongside_markers, each word folded, loaded once."""
    return tuple([fold_text(w) for w in pair] for pair in load_json("event_cues").get("alongside_markers", []))


def _speech_owner(ctx: _Ctx, m: model.Mention, floor: int) -> bool:
    """The name at `m` is the genitive of a speech noun (event_cues speech_nouns), right after it or under ل
    (ذكر بيان للجيش الإسرائيلي أن مقاتلاته استهدفت، بحسب الجيش فإن طائراته): it tells the deed, so it is the
    owner of the forces its pronoun points back to, and never the deed's patient."""
    mk = ctx.marker(m.start, floor)
    if mk != "ل":
        return _in_list(mk, cues().speech_nouns)  # بيان الجيش: the marker is the word right before
    prev = ctx.words.before(m.start, 1, floor)
    return bool(prev) and _in_list(prev[-1], cues().speech_nouns)


def _drop_approximations(words: list[str]) -> list[str]:
    """`words` without the several-word approximations of a count (event_cues count_approximations: على الأقل،
    ما لا يقل عن) that follow or precede the counted victims: they are neither a cause (على) nor part of a
    name's reach."""
    out = list(words)
    for phrase in _approximations():
        n = len(phrase)
        k = 0
        while k + n <= len(out):
            if [_strip_conj(w) for w in out[k:k + n]] == phrase:
                del out[k:k + n]
            else:
                k += 1
    return out


@cache
def _approximations() -> tuple[list[str], ...]:
    """event_cues count_approximations, each word folded, loaded once."""
    return tuple(fold_text(p).split() for p in load_json("event_cues").get("count_approximations", []))


def _relative_holder(ctx: _Ctx, m: model.Mention, floor: int) -> bool:
    """مواقع يتم تشغيلها من قبل X، مواقع تديرها عناصر من X، مقرات يسيطر عليها X: the name is the subject (or
    the agent) of a verb whose object pronoun points back to a struck holding (event_cues target_holdings)
    right before it, so it owns what was hit: the target, never the doer. Between the verb and the name only
    an agent marker (من قبل), force nouns and their partitive من may stand."""
    words = ctx.words.bare_before(m.start, 7, floor)
    heads = ctx.lex.roles["heads"]
    while words:
        if words[-2:] in cues().agent_markers:
            del words[-2:]
        elif words[-1] in heads or words[-1] == "من":
            words.pop()
        else:
            break
    if len(words) < 2:
        return False
    if words[-1] in ("عليها", "عليهم", "فيها"):
        del words[-2:]  # يسيطر عليها X: the pronoun rides the preposition after the verb
    elif words[-1].endswith(("ها", "هم")) and len(words[-1]) > 4:
        words.pop()  # تديرها، تشغيلها
    else:
        return False
    if words and words[-1] in _cue_words("passive_auxiliaries"):
        words.pop()  # مواقع يتم تشغيلها: the masdar under يتم carries the pronoun
    if words and _in_list(words[-1], cues().relatives):
        words.pop()  # المواقع التي تستخدمها الميليشيا: a definite holding takes its relative
    holdings = cues().target_holdings

    def held(w: str) -> bool:
        return w in holdings or (w.startswith("ال") and w[2:] in holdings) or any(
            w.startswith(p) and w[len(p):] in holdings for p in cues().holding_prefixes)

    if len(words) > 1 and not held(words[-1]) and words[-1].endswith(cues().nisba):
        words.pop()  # مواقع عسكرية تديرها: an adjective of the held thing
    return bool(words) and held(words[-1])


def _kill_object_after(ctx: _Ctx, pos: int, limit: int) -> bool:
    """The verb ending at `pos` is followed by an indefinite noun, its nisba adjective and an indefinite
    accusative people word (event_cues kill_object_words: قتل جندي إسرائيلي فلسطينيا، قتل مستوطن إسرائيلي
    طفلا), a count perhaps before it (قتل الجنود الإسرائيليون 120 فلسطينيا; noun and adjective both definite or
    both not): the noun is the subject of an active verb and the accusative its object, so the verb is no passive
    whose subject, named by the adjective, was killed. A و before the third word joins it to the subject
    (قتل جندي إسرائيلي ومدني: both killed), so it must stand bare."""
    c = cues()
    words = ctx.words.between(pos, limit, limit=4)
    # the adjective singular, dual or plural (جندي إسرائيلي، جنود إسرائيليون)
    nisba = c.nisba + tuple(_cue_words("kill_subject_nisba"))
    if len(words) < 3 or not words[1].endswith(nisba):
        return False
    if words[0].startswith("ال") != words[1].startswith("ال"):
        return False  # the adjective agrees with its noun in definiteness, or it is no adjective of it
    objects = _cue_words("kill_object_words")
    if words[2] in objects:
        return True
    # قتل الجنود الإسرائيليون 120 فلسطينيا: a count before the accusative object; a passive takes no object, so
    # the definite soldiers with their adjective are the active verb's subject as the indefinite ones are
    return len(words) == 4 and (words[2].isdigit() or words[2] in c.count_words) and words[3] in objects


def _soldier_genitive(ctx: _Ctx, pos: int, limit: int, kind: str = "") -> bool:
    """Right after a masdar at `pos` whose genitive is its patient stand an indefinite soldier noun (event_cues
    victim_heads, not a civilian word) and a nisba (مقتل جندي إسرائيلي، اختطاف جندي تركي): the genitive is the
    one harmed, so the state the adjective names is the patient, not the doer it is after an attack noun
    (غارة تركية). After an arrest or a release (event_cues definite_patient_types, `kind`) the definite pair
    too (القبض على القيادي الحوثي، الإفراج عن العناصر الداعشية): one is arrested for the group the nisba names,
    never by it, and an article retelling an arrest names the member so."""
    c = cues()
    words = ctx.words.bare_between(pos, limit, limit=2)
    nisba = c.nisba + tuple(_cue_words("kill_subject_nisba"))
    if len(words) != 2 or not words[1].endswith(nisba):
        return False
    heads = c.victim_heads - c.civilian_words
    if not words[1].startswith("ال"):
        return words[0] in heads
    return (kind in load_json("event_cues").get("definite_patient_types", []) and words[0].startswith("ال")
            and words[0].removeprefix("ال") in heads)


def _fate_party(ctx: _Ctx, d: Draft, cs: int, ce: int) -> tuple[model.Mention, EntityDraft] | None:
    """The party whose men met their death by the idiom «لقي X مصرعه/حتفه» in the fight's clause (لقي قيادي في
    الحركة مصرعه في اشتباكات مع الجيش، لقي عناصر من التنظيم حتفهم خلال معارك مع قسد): the first name between
    the verb (event_cues fate_verbs) and its fate noun (fate_nouns), a few words at most, is the dead's side,
    the struck, never the doer; the other side of the clash did it. _dead_soldiers reads only soldiers named by
    a state adjective; this idiom names the dead's group by a name of its own."""
    if d.type not in cues().opposing_types:
        return None
    verbs, nouns = _cue_words("fate_verbs"), _cue_words("fate_nouns")
    spans = ctx.words.spans
    # only the clause's fate verbs are visited (`Words.indexes_in`), not each of its words
    for i in ctx.words.indexes_in(cs, ce, _in_list_forms(verbs)):
        # the fate noun closes the dead's phrase within fate_reach words (a count, a head noun, the party)
        end = next((s for s, _e, w in spans[i + 1:i + 1 + _fate_reach()] if w in nouns and s < ce), None)
        if end is not None:
            named = ctx.actors(spans[i][1], end)
            if named:
                return named[0]
    return None


@cache
def _fate_reach() -> int:
    """How many words after لقي its fate noun may stand (event_cues fate_reach)."""
    return int(load_json("event_cues").get("fate_reach", 8))


def _casualty_clash(ctx: _Ctx, d: Draft, reach: int = 12) -> tuple[EntityDraft, EntityDraft | None] | None:
    """(the doer, the dead's side) of a fight whose clause tells a death or wound first and then the clash it
    happened in, with the other side under مع (مقتل ثلاثة فلسطينيين في مواجهات مع الجيش، قتل 12 عنصرا من قوات
    النظام خلال معارك مع التنظيم، لقي مسلحون حتفهم في اشتباكات مع قسد): the side the dead fought killed them,
    so it is the doer, and the party named among the dead (between the word of death and the clash noun), if
    any, the target. None when the clause's doer is named as the subject of the killing itself (قتل الجيش
    عشرة مسلحين في اشتباكات مع التنظيم: the army killed), or no such death word stands within `reach` words
    before the clash noun. Only for the types of event_cues casualty_clash_types (the fight itself: a flight or
    a capture told beside the dead is the winner's or the loser's, whoever fell)."""
    if d.type not in _casualty_clash_types():
        return None
    cs, ce = d.clause
    c = cues()
    spans = [sp for sp in ctx.words.spans_at(cs, 40) if sp[0] < ce]
    if _in_list_forms(c.clash_nouns).isdisjoint(map(_THIRD, spans)):
        return None  # no clash noun, nothing to find (most clauses): the words tested in C, not one by one
    death_at: int | None = None
    verb = False  # whether the word of death is a verb (قتل), not a casualty noun (مقتل) or the fate idiom
    for k, (_s, _e, w) in enumerate(spans):
        bare = _strip_conj(w)
        if _in_list(w, c.death_verbs) or bare in c.victim_nouns or bare.removeprefix("ب") in c.victim_nouns \
                or w in _cue_words("fate_nouns"):
            if death_at is None:
                death_at, verb = k, _in_list(w, c.death_verbs) and not _in_list(w, _cue_words("fate_verbs"))
            continue
        if death_at is None or not _in_list(w, c.clash_nouns) or k - death_at > reach:
            continue
        foe = _clash_opponent(ctx, spans[k][0], ce, reach=3)
        if foe is None:
            return None
        if d.actor1 is not None and d.actor1_explicit and (verb or any(
                ent is d.actor1 for _m, ent in ctx.actors(cs, spans[death_at][0]))):
            # قتل الجيش عشرة مسلحين في اشتباكات مع التنظيم، الجيش قتل: the verb's reading named its killer
            return None
        dead = [ent for _m, ent in ctx.actors(spans[death_at][1], spans[k][0]) if ent is not foe[1]]
        return foe[1], (dead[0] if dead else None)
    return None


@cache
def _casualty_clash_types() -> frozenset[str]:
    """event_cues casualty_clash_types, as written (type labels are not folded)."""
    return frozenset(load_json("event_cues").get("casualty_clash_types", []))


def _unresolved_subject(ctx: _Ctx, d: Draft, anchor: Hit, cs: int, ce: int) -> bool:
    """The event verb's own subject, right before it (SVO) or right after it (VSO), is an unnamed group noun
    (event_cues unresolved_subject_heads: اقتحم مستوطنون المسجد، عناصر أطلقوا النار، طائرات حربية قصفت) with
    no party named within two words after it (مسلحو داعش، عناصر من الحزب): the clause names its doer as
    nobody the pipeline resolves, so the article's main actor is not borrowed for it (a force noun right after
    the head owns it and points back to a party told of: طائرات القوات الجوية). On 96 ANT corpus articles with
    such a subject: 6 events changed, 4 better (the side struck no longer its doer), 1 worse, 1 unclear."""
    if not d.verbal or anchor.trig.pos not in ("past", "present"):
        return False
    heads = _cue_words("unresolved_subject_heads")
    words = ctx.words
    i, j = words.index_at(anchor.start), words.index_at(anchor.end)
    for k in (i - 1, j):
        if k < 0 or k >= len(words.spans) or not (cs <= words.spans[k][0] < ce):
            continue
        s, e, w = words.spans[k]
        if _strip_conj(w) not in heads or ctx.doc.overlapping(s, e):
            continue
        nxt = ctx.words.between(e, ce, limit=1)
        owner = _strip_conj(nxt[0]) if nxt else ""
        if owner.removeprefix("ال") in ctx.subject_heads or owner in cues().force_subjects:
            return False  # طائرات القوات الجوية: a force noun owns the craft, and points back to a party told of
        return not any(ctx.words.gap(e, m.start) <= 2 for m, _ in ctx.actors(e, ce))
    return False


def _fled_partitive(ctx: _Ctx, d: Draft) -> EntityDraft | None:
    """The party of a count of people under a partitive right after a flight trigger (فر العشرات من عناصر
    الميليشيا، فرار عشرات من مسلحي التنظيم: a count, من, head nouns of the group between), the first name after
    the trigger in its clause: the ones who fled. None when the first name there is not so told."""
    c = cues()
    heads = ctx.lex.roles["heads"]
    counts = c.count_words | c.approx_words | _scale_words()
    for m, ent in ctx.actors(d.head.end, d.clause[1]):
        ws = ctx.words.bare_between(d.head.end, m.start)
        k = len(ws)
        while k > 0 and ws[k - 1] in heads:
            k -= 1  # من عناصر الميليشيا: head nouns of the group's name the mention left out
        if k >= 2 and ws[k - 1] in c.victim_partitive and (
                ws[k - 2].isdigit() or ws[k - 2] in counts or ws[k - 2].removeprefix("ال") in counts):
            return ent
        return None  # only the first name after the trigger
    return None


def _lam_owner_masdar(h: Hit) -> bool:
    """The noun trigger is a masdar whose ل-phrase right after it (adjectives between) names its owner, the doer
    (event_cues lam_owner_masdars: قصف للجيش العراقي، قصف جوي للتحالف), though its bare genitive is what it struck
    (قصف المدينة). On the ANT corpus قصف + ل + a party was the shelling side in nearly every use, while the ل after
    استهداف، قتل، اقتحام، مهاجمة marks their object; the struck thing's owner (قصف لمواقع الحوثيين) stands after a
    held noun, not right under the ل, so it is no owner here."""
    return h.trig.pos == "noun" and not h.trig.suffixed and h.trig.base in _cue_words("lam_owner_masdars")


def _lam_owner_of_attack(ctx: _Ctx, m: model.Mention, floor: int) -> bool:
    """The name at `m` stands under ل right after an attack noun after `floor` (two adjectives at most between)
    whose ل-phrase names its owner: one whose genitive is its doer (غارة للتحالف، هجوم لقوات النظام) or a
    lam_owner_masdars one (قصف للجيش العراقي)."""
    if _strip_conj(ctx.marker(m.start, floor)) != "ل":
        return False
    for x in ctx.raw_hits:
        if x.type != "ATTACK" or x.trig.pos != "noun" or x.trig.suffixed or not (floor <= x.end <= m.start):
            continue
        if ctx.words.gap(x.end, m.start) > 2:
            continue
        if x.trig.base not in ctx.lex.patient_genitive or _lam_owner_masdar(x):
            return True
    return False


def _count_of_members(ws: list[str], counts: frozenset[str]) -> bool:
    """Whether the words before a name are a count, the partitive من and one or two nouns of its members in
    construct with the name (ثلاثة من عناصر التنظيم، خمسة من قادة داعش، 5 من كبار قيادات التنظيم): the counted
    belong to the named side. No preposition (event_cues object_preps, partitive, masdar_preps) or count among
    the nouns: خمسة من المشتبه بهم في هجوم X names no side of theirs."""
    c = cues()
    for n in (1, 2):
        if len(ws) < n + 2:
            return False
        tail = ws[-n:]
        if (ws[-n - 1] in c.victim_partitive and (ws[-n - 2].isdigit() or ws[-n - 2] in counts)
                and not any(w.isdigit() or w in counts or w in c.object_preps or w in c.partitive
                            or w in c.masdar_preps for w in tail)):
            return True
    return False


def _doer_adjective_end(ctx: _Ctx, d: Draft, he: int, n: int = 2) -> int | None:
    """Where the state or government adjective right after the event noun ends (القصف السوري، الغارات الجوية
    الروسية; other adjectives between, within n words), when it names the event's doer; else None."""
    ce = d.clause[1]
    if ctx.adjective_after(he, ce, n=n) is not d.actor1:
        return None
    c = cues()
    i = ctx.words.index_at(he)
    for s, e, w in ctx.words.spans[i:i + n]:
        if s >= ce:
            break
        if w in _state_adjectives() or w in c.government_adjectives:
            return e
        if not (w.endswith(c.nisba) or w in c.manner):
            break
    return None


def _conjoined_doer(ctx: _Ctx, m: model.Mention, doer_end: int, he: int) -> bool:
    """The name at `m` is joined by و, with no word between, to the doer's own name after an event noun (a state
    adjective or genitive on it: غارات روسية وسورية، قصف جوي سوري وروسي): a co-doer of the deed. Not after a
    verb: قتل عدد من عناصر النظام وقوات الأمن الكردية في مواجهات names the two sides that fought.
    On the ANT corpus ~65 pairs of state adjectives on a strike noun; each named two air forces striking
    together, never one striking the other."""
    return m.start >= he and ctx.marker(m.start, he) == "و" and ctx.words.gap(doer_end, m.start) == 0


def _person_patient(ctx: _Ctx, d: Draft, start: int, ce: int, reach: int = 3
                    ) -> tuple[model.Mention, EntityDraft] | None:
    """اعتقلت ميليشيا الحوثي الصحفي يحيى فلان، أفرجت السلطات عن الناشط فلان: the first person named after the
    verb (or after its subject named after it), within `reach` words that are titles and the object's own
    preposition (event_cues object_preps), is the one arrested, released, moved or attacked: its actor2 when the
    clause names no party as such. A name after any other preposition (مع، ب، من، في) or a word of speech is
    another role (a partner, an agent, a teller)."""
    c = cues()
    allowed = c.object_preps | c.title_words
    for m, ent in ctx.actors(start, ce, persons=True):
        if ent.type != "person" or ent is d.actor1:
            continue
        gap = ctx.words.bare_between(start, m.start)
        if len(gap) > reach or any(w not in allowed for w in gap) or _CLAUSE_END.search(ctx.doc.text, start, m.start):
            return None
        return m, ent
    return None


def _believed_side(ctx: _Ctx, d: Draft, he: int) -> EntityDraft | None:
    """غارات يعتقد أنها إسرائيلية، قصفت طائرات يرجح أنها روسية مواقع: a word of belief (event_cues
    believe_words) right after an event noun, or after a verb and the force noun that is its subject (a head
    noun), and a pronoun of that (believe_that: أنها، بأنها) name the side believed to have done the deed, by
    its adjective or its name right after: the doer, not the place struck. None when no such side is named
    or the article has no entity for it."""
    heads = ctx.lex.roles["heads"]
    se = d.sentence[1]
    ends = {x.end for x in d.hits} | {he}
    for end in sorted(ends):
        spans = [sp for sp in ctx.words.spans_at(end, 4) if sp[0] >= end and sp[1] <= se]
        k = 0
        while k < len(spans) and k < 2 and (_strip_conj(spans[k][2]) in heads):
            k += 1  # طائرات يعتقد أنها: the force noun the belief is about
        if k + 1 >= len(spans) or not _in_list(spans[k][2], _cue_words("believe_words")):
            continue
        if spans[k + 1][2] not in _cue_words("believe_that"):
            continue
        after = spans[k + 1][1]
        named = [(m, ent) for m, ent in ctx.actors(after, se) if ctx.words.gap(after, m.start) == 0]
        if named:
            return named[0][1]
        side = ctx.adjective_after(after, se, n=1)
        if side is not None:
            return side
    return None


def _comma_time_end(ctx: _Ctx, ce: int, se: int) -> int:
    """Where the clause of a past قتل ends when a time set off by commas (event_cues kill_time_fillers, up to
    three words) follows the killed and a word of fire or an agent marker opens what comes after it (قتل أحد
    المحتجين، الجمعة، برصاص قوات الأمن): the commas only set the time apart, the fire still belongs to the
    killing, so the clause runs on to the next mark after the time (or `se`). Otherwise `ce`, the first comma."""
    text = ctx.doc.text
    if ce >= se or text[ce:ce + 1] not in ("،", ","):
        return ce
    c = cues()
    fillers = _cue_words("kill_time_fillers")
    spans = ctx.words.spans_at(ce, 6)
    if not spans or text[ce + 1:spans[0][0]].strip():
        return ce  # something other than a word follows the comma (a quote, a bracket)
    k = 0
    while k < len(spans) and k < 3 and spans[k][0] < se and spans[k][2] in fillers:
        if k and text[spans[k - 1][1]:spans[k][0]].strip():
            return ce  # a mark inside the time: no plain time phrase
        k += 1
    if k == 0 or k >= len(spans) or spans[k][0] >= se or text[spans[k - 1][1]:spans[k][0]].strip() not in ("،", ","):
        return ce  # no time, or no comma closing it (قتل جندي، الجمعة برصاص is left as it was)
    opener = [_strip_conj(w) for _s, _e, w in spans[k:k + 2]]
    if not (opener[0] in c.instrument_agents or opener in c.agent_markers):
        return ce  # قتل جندي، الجمعة، في غارة: only fire or an agent reads past the commas
    mark = _CLAUSE_END.search(text, spans[k][1], se)
    return mark.start() if mark else se


def _kana_holder(ctx: _Ctx, m: model.Mention, floor: int) -> bool:
    """مواقع كانت ميليشيات الحوثي تتحصن فيها، القرى التي كان التنظيم يسيطر عليها: the name is the subject of
    كان/كانت opening a clause that describes a holding (event_cues target_holdings) right before it, and a verb
    with a pronoun back to the holding (فيها، عليها، or a suffix) follows the name; so the party held the place
    the deed was done to: its target, never the doer of the main verb."""
    words = ctx.words.bare_before(m.start, 5, floor)
    heads = ctx.lex.roles["heads"]
    while words and words[-1] in heads:
        words.pop()  # كانت ميليشيات الحوثي: force nouns before the name
    if len(words) < 2 or words[-1] not in ("كان", "كانت", "كانوا"):
        return False
    words.pop()
    if words and _in_list(words[-1], cues().relatives):
        words.pop()  # القرى التي كانت
    if len(words) > 1 and words[-1].endswith(cues().nisba):
        words.pop()  # مواقع عسكرية كانت
    holdings = cues().target_holdings
    if not words or not (words[-1] in holdings or (words[-1].startswith("ال") and words[-1][2:] in holdings)
                         ):
        return False
    after = ctx.words.bare_between(m.end, ctx.doc.sentence_of(m.start).end, 2)
    return bool(after) and (after[0].startswith(("ت", "ي")) and (
        (len(after) > 1 and after[1] in ("فيها", "عليها", "عليهم", "بها", "فيه", "عليه"))
        or (after[0].endswith("ها") and len(after[0]) > 4)))


def _adjective_past_heads(ctx: _Ctx, pos: int, end: int, most: int = 2) -> EntityDraft | None:
    """The side a state adjective names right after at most `most` head nouns (triggers.json roles.heads)
    from `pos`: the owner of the fire whose men the heads are (برصاصة قناص إسرائيلي، برصاص جنود أتراك)."""
    heads = ctx.lex.roles["heads"]
    k = 0
    for s, e, w in ctx.words.spans_from(pos):
        if s >= end or k >= most or _strip_conj(w) not in heads:
            break
        pos, k = e, k + 1
    return ctx.adjective_after(pos, end, n=1) if k else None


def _control_conjuncts(ctx: _Ctx, h: Hit, k: int, cs: int, noun_at: int) -> tuple[int, int]:
    """Steps back over the event nouns joined by و right before `h` (قتل وأسر، قتل وجرح واعتقال), whose word
    ends at word k: returns the word before the first of them and that first noun's start. Only a bare
    conjunct chain counts; a genitive between (تحرير البلدة وقتل) stops it."""
    spans = ctx.words.spans
    if not h.prefix.startswith("و"):
        return k, noun_at
    while k >= 0 and spans[k][0] >= cs:
        s, e = spans[k][0], spans[k][1]
        lo = bisect.bisect_left(ctx.raw_hits, s, key=lambda x: x.start)
        first = next((x for x in ctx.raw_hits[lo:] if x.start < e and x.end <= e
                      and x.trig.pos in ("noun", "past") and x.light is None), None)
        if first is None:
            break
        noun_at, k = first.start, k - 1
        if not first.prefix.startswith("و"):
            break
    return k, noun_at


def _conjunct_tail(ctx: _Ctx, h: Hit, ce: int) -> int:
    """The end of the last event noun joined by و right after the noun `h` (قتل وأسر عناصر من التنظيم، قصف
    وتدمير مواقع الجيش), else h's own end: the conjuncts share the genitive after the last, so the first is
    done to it too rather than having none (and borrowing a doer: often the very side it was done to)."""
    end = h.end
    if h.trig.pos != "noun":
        return end
    i = bisect.bisect_right(ctx.raw_hits, h.start, key=lambda x: x.start)
    for x in ctx.raw_hits[i:]:
        if x.start >= ce or x.start < end:
            continue
        lead = ctx.doc.text[ctx.doc.text.rfind(" ", 0, x.start) + 1:x.start] or x.prefix
        if x.trig.pos != "noun" or x.light is not None or fold_text(lead) != "و" or ctx.words.gap(end, x.start):
            break
        end = x.end
    return end


