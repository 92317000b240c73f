"""Events sub-stage: where — the event's place (and the places and times that are not its own).

The choice among the places of a trigger's sentence (in/at markers, locating chains, said-where frames, seats,
distances, origins, topics, replies), the incident's place lent to later tellings, and place anaphora.
Separate because it reads the geography of the sentence, not its argument structure.
"""

from __future__ import annotations

import bisect
import itertools
from collections import Counter

from marsad import model
from marsad.pipeline import EntityDraft
from marsad.textnorm import fold_text

from .context import (
    ACTOR_TYPES,
    Draft,
    Hit,
    _claim_at,
    _Ctx,
    _in_list,
    _strip_conj,
)
from .detect import _dated_at, _fire_cues, _fired_base, _sent_index
from .lexicon import (
    _anaphor_forms,
    _cue_words,
    _place_cues,
    cues,
    lexicon,
)

_PLACE_RANK = {"place": 0, "admin_area": 1, "region": 2, "country": 3}


def _word_indexes(ctx: _Ctx, words: frozenset[str], bare_only: bool = False) -> list[int]:
    """The indexes in `ctx.words.spans` of the words of `words` (as written or without و/ف; without only,
    when bare_only), in text order: found once per article and set, then bisected, as a trigger's clause or
    sentence can be a whole comma-joined text."""
    key = (id(words), bare_only)
    got = ctx.word_sets.get(key)
    if got is None:
        # most sets have no word in the article (a set intersection in C), the others only a few: the words
        # are tested against those few
        used = ctx.words.vocabulary(bare_only).intersection(words)
        at = ctx.words.indexes_of(used, bare_only) if used else []
        ctx.word_sets[key] = got = (words, at)  # the set is kept with its indexes, so its id stays its own
    return got[1]


def _specificity(ent: EntityDraft, m: model.Mention) -> int:
    """Lower is more specific: a town before a countryside, a countryside before a country. A town placed
    only by its governorate's coordinates (بلدة حيط) is still a town."""
    prec = ent.attrs.get("precision")
    if (prec == "admin_area" and ent.attrs.get("kind") in cues().settlement_kinds
            and ent.attrs.get("geo_source") == "inherited"):
        return 0
    if prec in _PLACE_RANK:
        return _PLACE_RANK[prec]
    return 2 if fold_text(m.text).startswith(cues().region_words) else 0


def _seat_named(ctx: _Ctx, m: model.Mention) -> bool:
    """Whether `m` names a body's seat, no site of an event: a seat word right before it (المرصد ومقره لندن) or
    before the preposition, head nouns and nisba adjectives that may stand between (ومقره في بريطانيا،
    ومقرها بالعاصمة البريطانية لندن، ومقره الرئيسي في جنيف; event_cues place_seat_fillers). With في
    between, the seat was read as the site of the event told after it, so Syrian strikes that the observatory
    reported lay in Britain."""
    cues_ = _place_cues()
    text = ctx.doc.text
    j = m.start
    while j > 0 and text[j - 1].isalnum():
        j -= 1  # the name's own proclitic (ومقره بلندن) is a filler too
    for w in reversed(ctx.words.before(j, 4)):
        w = _strip_conj(w)
        if w in cues_["seat"]:
            return True
        # a nisba adjective of the head noun (ومقرها في العاصمة البريطانية لندن) stands between as well
        if w not in cues_["seat_fillers"] and not (w.startswith("ال") and w.endswith(cues().nisba)):
            return False
    return False


def _place(ctx: _Ctx, d: Draft, hs: int, he: int, prev: Draft | None) -> tuple[EntityDraft | None, int]:
    """Where the event happened, and how surely (see Draft.place_strength)."""
    cs, ce = d.clause
    ss, se = d.sentence
    markers = ctx.lex.roles["place"]
    pheads = ctx.lex.roles["place_heads"]

    said = _said_frame(ctx, hs, he, ss)
    reply = min(_reply_at(ctx, he, se), _said_after(ctx, he, se))
    if d.head.trig.base not in cues().killing_bases:
        reply = min(reply, _dated_at(ctx, he, se))
    paired = _paired_countries(ctx, ss, se)
    # وصفت الحركة في بيان صدر في رام الله الهجوم: where a statement was made is no place of what it tells,
    # claim frame or not; a meeting's venue is its own place
    statement_ok = d.type not in cues().venue_types
    # اجتمع القادة في أنقرة ثم اقتحمت القوات القرى، اتهم خلال لقاء عقده في طهران المعارضة بقصف الأحياء: the
    # venue of the sentence's meeting told before this deed is where they talked, not where the deed was
    venue_spans = _venue_spans(prev, d, hs) if statement_ok else frozenset()
    # استهدفت مسلحين متورطين في الهجوم الذي استهدف عرضا عسكريا في الأحواز: the places of another event told
    # after the trigger (its relative clause, what those struck took part in) are that event's
    inner = _inner_event_spans(ctx, d, he)
    if inner and all(any(a <= m.start < b for a, b in inner) for m, _ent in ctx.places(ss, se)):
        # the sentence names no place but the other event's: the deed told around it most often happened
        # there too (اعتقلت الشرطة المتهمين بالهجوم على المسجد في المدينة), so it stays
        inner = []

    # المناطق المحاذية للحدود الأردنية ولمرتفعات الجولان: a place the sentence names only as what another
    # borders is a landmark; it is the event's place only when the sentence names no other
    sent_places = ctx.places(ss, se)
    adjacent = {m.start for m, _ent in sent_places if _adjacent_landmark(ctx, m)}

    def places(s: int, e: int) -> list[tuple[model.Mention, EntityDraft]]:
        # قال الوزير في مؤتمر صحفي في أنقرة إن ...: where the teller spoke is not where the event told was;
        # قصفت الطائرات مواقع ردا على هجوم في دوما: the place after a word of reply is the earlier event's;
        # المرصد ومقره لندن: a body's seat is no site
        return [p for p in ctx.places(s, e) if _site(ctx, p[0]) and p[0].start < reply and p[0].start not in paired
                and not (said and _said_there(ctx, p[0], said))
                and not _seat_named(ctx, p[0])
                and not (statement_ok and _statement_place(ctx, p[0], ss, hs))
                and not _distance_from(ctx, p[0]) and not _origin_of(ctx, p[0])
                and not _locates_origin(ctx, p[0], p[1])
                and not (p[0].start in adjacent and len(sent_places) > len(adjacent))
                and p[0].start not in venue_spans
                and not any(a <= p[0].start < b for a, b in inner)]

    following = ctx.places(he, ce)
    if following and following[0][0].start in paired:
        # طردهم من العراق وسوريا، للانضمام إلى القتال في سوريا والعراق: the first place after the trigger is
        # a theatre of several countries; a place told before it belongs to another verb (ووصلوا إلى
        # أفغانستان بعد طردهم ...)
        return None, 0
    in_clause = places(cs, ce)
    venue = d.type in cues().venue_types
    if venue:
        # اجتمع الوزيران في موسكو لبحث الوضع في سوريا: the place a meeting talked about is no venue
        in_clause = [p for p in in_clause if not _topic_place(ctx, p[0], cs)]
    marked = []
    # سيطر على بلدة حيط، هجوم على البلدة: what is seized or attacked is where it happens
    target = d.type in ("SEIZE", "ATTACK")
    # استهدفت مطار التيفور العسكري في وسط سوريا: the place a verb of attack takes as its object (the first
    # place after it, only its subject between) is where it struck, before the larger area that places it
    objects: set[int] = set()
    if target:
        starts = sorted(m.start for m, _ent in in_clause)
        for x in d.hits:
            k = bisect.bisect_left(starts, x.end)
            if x.trig.pos in ("past", "present") and k < len(starts) and _subject_only(ctx, x.end, starts[k]):
                objects.add(starts[k])
    seized = _seized_places(ctx, d, in_clause)
    for m, ent in in_clause:
        mk = _place_marker(ctx, m.start, cs)
        if m.start in seized:
            # استعادة السيطرة على حي التضامن جنوب دمشق: what control was taken of is where the seizure was,
            # more surely than a place under في and before the city that locates it
            marked.append((m, ent, 4))
        # (هجوما على البلدة، حملة عسكرية ضد عفرين: the place an attack or seizure is on or against)
        elif m.start >= he and (mk in markers or mk in pheads or (target and mk in ctx.lex.roles["place_target"])):
            marked.append((m, ent, _marker_strength(mk)))
        elif m.start in objects:
            marked.append((m, ent, 3))
    antecedent = _relative_place(ctx, d, places(ss, hs))
    if antecedent is not None and all(antecedent[0] is not m for m, _ent, _s in marked):
        marked.append((*antecedent, 3))
    landed = _fired_landing(ctx, d, in_clause, he, cs)
    if landed is not None:
        # as sure as its own marker makes it (باتجاه مدينة جازان 3, على البلدة 2), as when no origin is named
        return _located_before(ctx, in_clause, *landed), _marker_strength(_place_marker(ctx, landed[0].start, cs))
    back = _place_anaphor(ctx, he, ce, ss, near=5, obj=target and d.verbal, venue=venue)
    if back is None and marked:
        # ضغطا عسكريا مصحوبا بجهود تفاوضية لاستعادة السيطرة على المحافظة المحاذية لمحافظة القنيطرة: a place
        # noun under a preposition further on still names the place, when nothing before it in the clause did
        back = _place_anaphor(ctx, he, ce, ss, near=12, prep_only=True, venue=venue)
    if back is not None and not any(m.start < back[0] for m, _, _ in marked):
        # على المحافظة المحاذية لمحافظة القنيطرة: the place named again right after the trigger, not the
        # places that describe it
        return back[1], 3
    if not in_clause and d.ext > ce:
        for m, ent in places(ce, d.ext):
            mk = _place_marker(ctx, m.start, ce)
            if mk in markers or mk in pheads:
                marked.append((m, ent, _marker_strength(mk)))
    if marked:
        # the most specific of the places the clause puts the event in (في ريف حمص قرب مدينة القريتين)
        # a place left (انسحابها من الرقة) is where the event is only when no other is named
        # (في قاعدة الإمارات بأريتريا: a state that owns a base in the country named next is no place of it)
        marked = [p for p in marked if not any(
            q[0].start > p[0].end and _owner_state(p[1], q[1]) and _locating_gap(ctx, p[0].end, q[0].start)
            for q in marked)] or marked
        marked = [p for p in marked if not _landmark(ctx, p[0], p[1], cs, marked)] or marked
        m, ent, strength = min(marked, key=lambda p: (p[2] < 4, p[2] <= 1, _specificity(p[1], p[0]), p[0].start))
        return _located_before(ctx, places(cs, max(ce, d.ext)), m, ent), strength
    if venue:
        # talks and agreements happen where the article says they met, not where their parties are from
        # (لقاءات بين الإدارة الذاتية شرقي الفرات ووفد ...)
        actors = ctx.actors(cs, ce, persons=True)
        in_clause = [(m, ent) for m, ent in in_clause
                     if not any(a.end <= m.start and ctx.words.gap(a.end, m.start) <= 2 for a, _ in actors)]
    if in_clause:
        there = _where_before(ctx, in_clause, cs, hs)
        return there or _located(
            ctx, in_clause, _list_first(ctx, in_clause, min(in_clause, key=lambda p: abs(p[0].start - hs)))), 1
    if venue or any(cs <= k < ce for k in paired):
        return None, 0  # a theatre of several countries (في سوريا والعراق) is the clause's only place
    back = _place_anaphor(ctx, he, ce, ss)
    if back is not None:
        return back[1], 1
    if (prev is not None and prev.sentence == d.sentence and prev.place is not None
            and not (said and said[0] <= prev.head.start < said[1])
            and not (prev.type in cues().venue_types and prev.place_strength >= 3 and not venue)):
        # the clause goes on where the sentence's previous event happened, unless that event was the
        # teller's (قال بوتين بعد اجتماع في أنقرة إنه اتفق على تسليم ...: the meeting, not the delivery),
        # or a meeting's and this one no meeting (اتهم خلال مؤتمر عقده في أنقرة القوات الكردية بقصف القرى:
        # a venue is where the talk was, not where the deed told in it was)
        return prev.place, prev.place_strength
    in_sent = places(ss, se)
    # قتل المرشح ... جراء إطلاق نار خلال تواجده في بغداد: the sentence goes on to say where the event was;
    # a place before the trigger belongs to an earlier clause (مرشح يقتل في العراق، ففي ...)
    # (في مدينة الشرقاط جنوب الموصل بالعراق: a head noun of a place, مدينة، العاصمة, stands for its في)
    after = [(m, ent) for m, ent in in_sent if m.start >= he
             and _place_marker(ctx, m.start, he) in markers | pheads
             and _marker_strength(_place_marker(ctx, m.start, he)) == 3]
    if after:
        return after[0][1], 1
    if in_sent:
        there = _where_before(ctx, in_sent, cs, hs)
        return there or _located(
            ctx, in_sent, _list_first(ctx, in_sent, min(in_sent, key=lambda p: abs(p[0].start - hs)))), 1
    if paired:
        return None, 0
    # the most recent place of the paragraph
    para_start = ctx.doc.text.rfind("\n", 0, ss) + 1
    prior = places(para_start, ss)
    return (prior[-1][1], 0) if prior else (None, 0)


def _fired_landing(ctx: _Ctx, d: Draft, in_clause: list[tuple[model.Mention, EntityDraft]], he: int, cs: int
                   ) -> tuple[model.Mention, EntityDraft] | None:
    """A firing told by its weapon that names both ends (أطلقت الميليشيا صاروخا من صعدة باتجاه جازان، إطلاق
    قذائف من بلدة كفرزيتا على مدينة حماة): the attack is where it was aimed, the first place after the trigger
    under a destination word (event_cues fired_weapons destinations), its head noun allowed between; the
    launch site under an origin marker (من) is only where it came from. None when the clause names no place
    of origin after the trigger, or no destination place: the other rules then choose."""
    if not _fired_base(d.head):
        return None
    dests = _fire_cues()[2]
    pheads = ctx.lex.roles["place_heads"]

    def under(m: model.Mention, words: frozenset[str]) -> bool:
        prev = ctx.words.bare_before(m.start, 2, cs)
        if prev and prev[-1] in pheads:
            prev = prev[:-1]  # من بلدة كفرزيتا، باتجاه مدينة جازان
        return bool(prev) and prev[-1] in words

    after = [p for p in in_clause if p[0].start >= he]
    if not any(under(m, cues().origin_markers) for m, _ent in after):
        return None
    return next((p for p in after if under(p[0], dests)), None)


def _seized_places(ctx: _Ctx, d: Draft, named: list[tuple[model.Mention, EntityDraft]]) -> set[int]:
    """The starts of the places a seizure's word of taking control governs (event_cues seized_place_bases:
    السيطرة على، استعاد، استولى على، تحرير): for each such hit, the first place after it with nothing between
    but على, a place head noun (حي، منطقة), a filler (seized_place_fillers: كامل، مركز) or the verb's subject
    (سيطرت قوات النظام على حي جوبر). An advance (أحرز تقدما داخل الحي) or a drive out (طرد التنظيم من البلدة)
    governs no place it took."""
    if d.type != "SEIZE":
        return set()
    bases = _cue_words("seized_place_bases")
    fillers = _cue_words("seized_place_fillers") | ctx.lex.roles["place_target"]
    pheads = ctx.lex.roles["place_heads"]
    starts = sorted(m.start for m, _ent in named)
    out: set[int] = set()
    for x in d.hits:
        if x.trig.base not in bases:
            continue
        k = bisect.bisect_left(starts, x.end)
        if k == len(starts) or starts[k] - x.end > 80:
            continue
        taken = None
        ok = True
        for s, e, w in ctx.words.spans_from(x.end):
            if s >= starts[k]:
                break
            w = _strip_conj(w)
            bare = w[2:] if w.startswith("ال") else w
            if w in fillers or w in pheads or bare in ctx.subject_heads or w in ctx.subject_heads \
                    or w.endswith(cues().nisba):
                continue
            if taken is None:
                taken = [(m.start, m.end) for m, _ent in ctx.doc.overlapping(x.end, starts[k], ACTOR_TYPES)]
            if not any(ms <= s and e <= me for ms, me in taken):
                ok = False
                break
        if ok:
            out.add(starts[k])
    return out


def _object_pronoun(ctx: _Ctx, h: Hit) -> bool:
    """The verb trigger carries its object as a pronoun (قتلته، اعتقلتهم، يحاصرها، ستستهدفها): its subject is
    not the noun a relative before it hangs on."""
    if h.trig.pos not in ("past", "present"):
        return False
    form = _strip_conj(fold_text(ctx.doc.text[h.start:h.end]).strip())
    base = h.trig.base
    if h.trig.pos == "present":
        if form[:1] == "س" and base[:1] != "س":
            form = form[1:]  # ستحاصرها: the future prefix
        stems: tuple[str, ...] = (base, base + "ون", base + "ان", base + "ن")
    else:
        stems = (base, base + "ت", base + "و")
    return any(suffix != "نا" and form.endswith(suffix) and form[: -len(suffix)] in stems
               for suffix in cues().own_suffixes)


def _relative_place(ctx: _Ctx, d: Draft, named: list[tuple[model.Mention, EntityDraft]]
                    ) -> tuple[model.Mention, EntityDraft] | None:
    """الغوطة الشرقية التي تحاصرها القوات، دوما التي قصفتها الطائرات، القرى التي تسيطر عليها: a verb trigger
    right after a relative word whose pronoun points back to what the relative hangs on (an object pronoun on
    the verb, or a preposition with a pronoun that agrees with the relative: event_cues relative_resumptives)
    acts on that noun; when it is a place named right before the relative (`named`), that place is where the
    verb happened, before any landmark the clause names after it (قرب دمشق)."""
    h = d.head
    if not d.verbal or h.trig.pos not in ("past", "present") or h.light is not None:
        return None
    ss = d.sentence[0]
    rel = ctx.words.span_before(h.start)
    if not rel or rel[0][0] < ss or not _in_list(rel[0][2], cues().relatives):
        return None
    rs, word = rel[0][0], _strip_conj(rel[0][2])
    if not _object_pronoun(ctx, h):
        nxt = ctx.words.spans_at(h.end, 1)
        if not (nxt and nxt[0][0] < d.sentence[1]
                and _in_list(nxt[0][2], cues().relative_resumptives.get(word, frozenset()))):
            return None  # الدول التي تدعم المعارضة: the relative is the verb's subject, no place it acts on
    # right before the relative, or past one definite adjective (الغوطة الشرقية المحاصرة التي)
    for m, ent in reversed(named):
        if m.end > rs:
            continue
        gap = ctx.words.between(m.end, rs)
        if not gap or (len(gap) == 1 and gap[0].startswith("ال")
                       and not ctx.doc.mentions_in(m.end, rs, ACTOR_TYPES)):
            return m, ent
        return None
    return None


def _landmark(ctx: _Ctx, q: model.Mention, qent: EntityDraft, cs: int,
              marked: list[tuple[model.Mention, EntityDraft, int]]) -> bool:
    """في الغوطة الشرقية قرب دمشق، في منطقة القلمون شمال العاصمة: a place under a word of nearness or direction
    (event_cues near_markers) after an area the clause puts the event in (a region or governorate under في or
    as a relative's antecedent, strength 3) is a landmark that locates the area when it lies in another first-level
    division of the same country (Damascus city beside Rif Dimashq): the event is in the area, not at the
    landmark. A place of the area's own division (في ريف حمص قرب مدينة القريتين) says more precisely where;
    but a compass word right after a district or front (في جبهة نهم شرق صنعاء، في مديرية أرحب شمال العاصمة
    صنعاء) puts the area off the town whatever their provinces: the fighting is east of Sanaa, not in it."""
    mk = _place_marker(ctx, q.start, cs)
    lead = ctx.words.before(q.start, 2, cs)
    # (قرب مدينة حماة: the town's head noun stands between the word of nearness and the name)
    near = mk in cues().near_markers or (
        mk in ctx.lex.roles["place_heads"] and len(lead) == 2 and _in_list(lead[0], cues().near_markers))
    near = near or fold_text(q.text).startswith(tuple(cues().near_markers))
    # (شرق العاصمة صنعاء, شرق مدينة صنعاء: a compass word one or two words before the name); the areas are
    # only scanned when either rule could hold, as a dense unpunctuated clause marks many places
    compass = any(_in_list(w, _cue_words("compass_markers")) for w in lead)
    if not near and not compass:
        return False
    for m, ent, strength in marked:
        if strength < 3 or m.start >= q.start or ent is qent:
            continue
        if ent.attrs.get("precision") not in ("region", "admin_area"):
            continue
        a, b = ent.attrs.get("admin1"), qent.attrs.get("admin1")
        if near and a and b and a != b and ent.attrs.get("country") == qent.attrs.get("country"):
            return True
        # a countryside holds its towns (في ريف إدلب جنوب مدينة معرة النعمان): the town stays the nearer point;
        # a compass word before a governorate or region is a part of it (جنوب محافظة الحديدة), no side of it
        if (compass and ent.attrs.get("kind") != "countryside" and qent.attrs.get("precision") == "place"
                and _compass_between(ctx, m.end, q.start)):
            return True
    return False


#: characters between two places that `_compass_between` and `_locating_gap` read: room for a few nisba adjectives,
#: a comma, a join or a two-word compass phrase and a head noun (جبهة رازح الحدودية، شمال غرب مدينة); a longer
#: stretch holds more than such a phrase, and the cap keeps a long clause from being folded for every pair
_BETWEEN_PLACES_SPAN = 60


def _compass_between(ctx: _Ctx, a: int, b: int) -> bool:
    """The words from an area's end to the next place are a compass word (event_cues compass_markers, one or
    two: شمال غرب) after any nisba adjectives and a comma (جبهة رازح الحدودية، شمال), and before at most the
    place's own head noun (مدينة، محافظة، العاصمة) that its mention leaves out."""
    if b - a > _BETWEEN_PLACES_SPAN:
        return False
    words = fold_text(ctx.doc.text[a:b]).replace("،", " ").split()
    while words and words[0].startswith("ال") and words[0].endswith(cues().nisba):
        words.pop(0)
    compass = _cue_words("compass_markers")
    if not words or words[0] not in compass:
        return False
    words = words[2:] if len(words) > 1 and words[1] in compass else words[1:]
    heads = ctx.lex.roles["place_heads"] | cues().capital_heads
    return not words or (len(words) == 1 and words[0] in heads)


def _located(ctx: _Ctx, named: list[tuple[model.Mention, EntityDraft]],
             pick: tuple[model.Mention, EntityDraft]) -> EntityDraft:
    """على مشارف مدينة عفرين في شمال سوريا: the place nearest the trigger may only locate the one named right
    before it (joined by nothing or by a locating preposition, event_cues place_locating_joins): the event is at
    the most specific place of that chain, not in the wider area that places it; of two places as precise (حي
    باب توما بدمشق: a quarter and its city) at the one located, named first."""
    by_end = {m.end: (m, ent) for m, ent in named}
    chain = [pick]
    while True:
        m = chain[-1][0]
        prior = next(((pm, pe) for end, (pm, pe) in by_end.items()
                      if end <= m.start and _locating_gap(ctx, end, m.start)), None)
        if prior is None or prior in chain:
            break
        chain.append(prior)
    return min(chain, key=lambda p: (_specificity(p[1], p[0]), p[0].start))[1]


def _located_before(ctx: _Ctx, named: list[tuple[model.Mention, EntityDraft]], m: model.Mention,
                    ent: EntityDraft) -> EntityDraft:
    """في مديرية المراوعة بمحافظة الحديدة، قرب مطار ولاية قندهار في جنوب أفغانستان، في قاعدة حميميم الروسية في
    غرب سوريا: the place a preposition marks may only locate a place named right before it, whose own word
    (مديرية، مطار، قاعدة) marked nothing; the event is at the most specific place of that chain, and on a tie
    at the place located rather than the one locating it. A place of origin (وفد من دمشق في حمص) locates
    nothing."""
    by_end = {pm.end: (pm, pe) for pm, pe in named if pm.start < m.start}
    chain = [(m, ent)]
    while len(chain) < 4:
        cur = chain[-1][0]
        prior = next(((pm, pe) for end, (pm, pe) in by_end.items()
                      if end <= cur.start and _locating_gap(ctx, end, cur.start)), None)
        if prior is None or prior in chain or _in_list(ctx.marker(prior[0].start), cues().origin_markers):
            break
        if _owner_state(prior[1], ent):
            break
        chain.append(prior)
    return min(chain, key=lambda p: (_specificity(p[1], p[0]), p[0].start))[1]


def _locating_gap(ctx: _Ctx, a: int, b: int) -> bool:
    """The words between two places say the second locates the first: a locating join (event_cues
    place_locating_joins: في، ب، a comma or nothing), after any nisba adjectives or locating participles
    (الروسية، الواقعة، التابعة: event_cues place_locating_participles), and before the second's head noun when
    the mention leaves it out (بمحافظة، التابعة لمديرية); or a comma and a noun of apposition (، كبرى، عاصمة،
    أكبر مدن: event_cues place_apposition_heads)."""
    if b - a > _BETWEEN_PLACES_SPAN:
        return False
    words = fold_text(ctx.doc.text[a:b]).replace("،", " ، ").split()
    joins = _cue_words("place_locating_joins")
    participles = _cue_words("place_locating_participles")
    lam = False
    while words and words[0].startswith("ال") and (words[0].endswith(cues().nisba) or words[0] in participles):
        lam = lam or words[0] in participles
        words.pop(0)
    if len(words) > 1 and words[0] == "،":
        # مدينة الناصرية، كبرى محافظة ذي قار، في واغادوغو، عاصمة بوركينا فاسو: an apposition that places the
        # first place in the second (event_cues place_apposition_heads)
        for n in (3, 2, 1):
            if " ".join(words[1:1 + n]) in _cue_words("place_apposition_heads"):
                words = words[1 + n:]
                break
    pheads = ctx.lex.roles["place_heads"]
    if words and words[-1] not in joins:
        last = words[-1]
        if last in pheads:
            words.pop()
        elif last[:1] in ("ب", "ل") and last[1:] in pheads:
            words[-1] = last[:1]
    rest = " ".join(words)
    return rest in joins or (lam and rest == "ل")


def _place_marker(ctx: _Ctx, pos: int, floor: int) -> str:
    """The word that places the name at `pos` (ctx.marker without its conjunction); none for a capital after
    a word of nearness (في صلاح الدين شمالي العاصمة بغداد): the capital is only a landmark for the place
    named before it."""
    mk = _strip_conj(ctx.marker(pos, floor))
    if mk in cues().capital_heads:
        lead = ctx.words.before(pos, 2, floor)
        if len(lead) == 2 and _in_list(lead[0], cues().near_markers):
            return ""
    return mk


def _said_frame(ctx: _Ctx, hs: int, he: int, ss: int) -> tuple[int, int] | None:
    """The words from a claim's verb to the أن/إن, opening quote or colon that opens what it reports (قال
    الوزير في مؤتمر صحفي في أنقرة إن), when both stand in the trigger's sentence before it."""
    claim = _claim_at(ctx.doc, hs, he)
    if claim is None or claim.cue_start is None or claim.cue_end is None or not ss <= claim.cue_start < hs:
        return None
    text = ctx.doc.text
    comps = ctx.lex.roles.get("complementizers", frozenset())
    prev_end = claim.cue_end
    for k, (s, e, w) in enumerate(ctx.words.spans_from(claim.cue_end)):
        if s >= hs or k > _SAID_WORDS:
            return None
        gap = text[prev_end:s]
        if w in comps or (gap.strip() and gap.strip()[-1] in _place_cues()["said_opens"]):
            return claim.cue_start, s  # what is reported opens here: "نرى، : نرى
        prev_end = e
    return None


#: how many words a teller's frame may hold before what it reports (قال الوزير في مؤتمر صحفي في أنقرة إن)
_SAID_WORDS = 14


def _said_there(ctx: _Ctx, m: model.Mention, said: tuple[int, int]) -> bool:
    """A place in a teller's frame that tells where the teller spoke: from where (متحدثا من جنيف، أعلن من
    أنقرة), at which press conference, meeting or visit (في مؤتمر صحفي في أنقرة، بعد اجتماع في موسكو;
    event_cues place_said_settings within four words before it), or right after the verb (قال في دمشق).
    Not the teller's own place (قال مصدر طبي في دوما، المتحدث باسم مستشفى في الغوطة): a local source is
    most often where the event was."""
    if not said[0] <= m.start < said[1]:
        return False
    mk = _strip_conj(ctx.marker(m.start, said[0]))
    if mk in cues().origin_markers:
        return True
    prev = ctx.words.bare_before(m.start, 5, said[0])
    if prev and prev[-1] == mk:
        prev = prev[:-1]
    settings = _place_cues()["said_settings"]
    # بكلمة لها في باريس، بمؤتمر صحفي في عمّان: the setting noun with a joined ب/ل is the same setting
    return len(prev) <= 1 or any(w in settings or (len(w) > 3 and w[0] in "بل" and w[1:] in settings)
                                 for w in prev[-4:])


def _paired_countries(ctx: _Ctx, ss: int, se: int) -> set[int]:
    """Where two countries stand joined by و in the sentence (التحالف الدولي في سوريا والعراق، الاتفاقية بين
    سوريا وإسرائيل، جنود من مالي وفرنسا): they name a theatre of several countries or the parties, no one
    site of the event. Gives their mentions' starts (kept per sentence: each of its events asks)."""
    got = ctx.paired.get((ss, se))
    if got is not None:
        return got
    named = [p for p in ctx.places(ss, se) if p[1].attrs.get("precision") == "country"]
    out: set[int] = set()
    for (m1, e1), (m2, e2) in itertools.pairwise(named):
        gap = ctx.doc.text[m1.end:m2.start]
        # joined by و or a comma, the و standing alone or inside the second mention (وسوريا)
        if (e1 is not e2 and gap.strip(" \t،,#") in ("و", "")
                and (gap.strip(" \t#") or fold_text(m2.text).startswith("و"))):
            out.update((m1.start, m2.start))
    ctx.paired[(ss, se)] = out
    return out


def _distance_from(ctx: _Ctx, m: model.Mention) -> bool:
    """The place is a point a distance is told from (على بعد 25 كيلومترا من هجين، تبعد 40 كيلومترا عن كويتا،
    على بعد 170 ميلا من مدينة دابتشي): من/عن before it (or before its head noun) and a unit of length
    (event_cues place_distance_units) among the three words before that. What is there is elsewhere."""
    c = _place_cues()
    prev = ctx.words.before(m.start, 5)
    # each word met per list (`_in_list`): ولاية is a head noun whose و is its own
    if prev and _in_list(prev[-1], ctx.lex.roles["place_heads"]):
        prev = prev[:-1]
    return bool(prev) and _in_list(prev[-1], c["distance_preps"]) and any(
        _in_list(w, c["distance_units"]) for w in prev[-4:-1])


def _adjacent_landmark(ctx: _Ctx, m: model.Mention) -> bool:
    """The place is what another borders or overlooks (المديرية المحاذية لمنطقة جازان، المناطق المحاذية للحدود
    الأردنية ولمرتفعات الجولان، التلة المطلة على البلدة): a participle of adjacency (event_cues
    place_adjacent_words) stands before it, with only its ل or على and, for a list, the earlier ل-phrases,
    their nisba adjectives and head nouns between. The event is at the place bordering, not at the landmark."""
    words = _cue_words("place_adjacent_words")
    pheads = ctx.lex.roles["place_heads"]
    # the ل or على of the participle: on the name (لحماة), or on a word between (لمدينة، على مدينة)
    on = fold_text("على")  # the words come folded: على as علي
    prep = _strip_conj(ctx.marker(m.start)) in ("ل", on)
    for w in reversed(ctx.words.before(m.start, 6)):
        w = _strip_conj(w)
        if w in words:
            return prep
        if w == on:
            prep = True
            continue
        prep = prep or w.startswith("ل")
        # a ل-phrase of the list (للحدود، لمرتفعات), a head noun, or a nisba adjective may stand between
        if not (w.startswith("ل") or w in pheads or (w.startswith("ال") and w.endswith(cues().nisba))):
            return False
    return False


def _origin_of(ctx: _Ctx, m: model.Mention) -> bool:
    """The place tells where a person or group comes from, not where anything happened (عناصر الحوثي الذين
    ينتمون إلى محافظة صعدة، وهو من مواليد الشيشان، ولد في القدس، ينحدر من بلدة كفرنبل): a phrase of origin
    or belonging (event_cues place_origin_words, one or two words) right before it or before its head noun."""
    prev = ctx.words.before(m.start, 4)
    if prev and _in_list(prev[-1], ctx.lex.roles["place_heads"]):
        prev = prev[:-1]
    words = _cue_words("place_origin_words")
    # the phrase as written and without a conjunction before it (وولد في، وينحدر من; ولد alone keeps its و)
    return any(_in_list(p, words) for p in (" ".join(prev[-1:]), " ".join(prev[-2:])) if p)


def _reply_at(ctx: _Ctx, he: int, se: int) -> int:
    """Where a word of reply or revenge (ردا على، انتقاما ل، على خلفية; event_cues place_reply_words) first
    stands after the trigger in its sentence, else the sentence's end: what follows it is the event replied
    to (ضربات جوية ... ردا على هجوم كيماوي في دوما), and its places are that event's."""
    i, j = ctx.words.run_of(he, se)
    at = _reply_indexes(ctx)
    k = bisect.bisect_left(at, i)
    return ctx.words.spans[at[k]][0] if k < len(at) and at[k] < j else se


def _topic_place(ctx: _Ctx, m: model.Mention, floor: int) -> bool:
    """The place is what something is about (لبحث الوضع في سوريا، التطورات الإقليمية والوجود الإيراني في
    سوريا، المفاوضات حول مستقبل سوريا): a topic noun (event_cues place_topic_nouns) stands within three words
    before its preposition (place_topic_preps)."""
    c = _place_cues()
    mk = _strip_conj(ctx.marker(m.start, floor))
    if mk not in c["topic_preps"]:
        return False
    prev = ctx.words.before(m.start, 4, floor)
    if prev and _strip_conj(prev[-1]) == mk:
        prev = prev[:-1]
    return any(_in_list(w, c["topic_nouns"]) for w in prev[-3:])


def _where_before(ctx: _Ctx, named: list[tuple[model.Mention, EntityDraft]], cs: int, hs: int
                  ) -> EntityDraft | None:
    """يهرب السكان من مدينة الحديدة في اليمن حيث قصفت الطائرات: a clause opened by حيث (event_cues
    place_where_words) tells what happened at the place named right before it, the town rather than the
    country that locates it (the places within the few words before حيث)."""
    where = _place_cues()["where"]
    lead = ctx.words.span_before(cs)  # حيث may end the clause before the trigger's
    pos = next((s for s, _e, w in ctx.words.spans_from(lead[0][0] if lead else cs)
                if s >= hs or _in_list(w, where)), hs)
    if pos >= hs:
        return None
    floor = ctx.words.spans[max(ctx.words.index_at(pos) - 6, 0)][0]
    chain = [p for p in named if floor <= p[0].start < pos]
    if not chain or any(p[0].start > pos for p in named):
        return None  # the clause names a place of its own
    return min(chain, key=lambda p: (_specificity(p[1], p[0]), -p[0].start))[1]


def _incident_place(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A news story tells one incident: its lead puts the incident somewhere (اقتحم مسلحون مبنى المحافظة في
    مدينة أربيل) and the paragraphs after it tell the clashes, arrests and reinforcements of that incident
    without naming the place again. The lead's place (a town or governorate told under في/ب or as the
    object of the attack, in the first sentences) goes to a later event with no place of its own (its
    sentence and paragraph name none) when it is a fight, arrest or deployment (event_cues
    incident_place_types), not threatened or planned, dated to no other year, opening no background
    (وسبق أن، كان قد: incident_background), the last place named before it lies in the incident's area, and
    no event placed elsewhere in between turned the story to another happening. On unseen ANT articles the
    place it gave was right about three times in four; a place borrowed from the event before lost."""
    ic = _place_cues()
    lead = next((d for d in drafts if _sent_index(ctx.doc, d.sentence[0]) < ic["lead"]
                 and d.place is not None and d.place_strength >= ic["strength"]), None)
    if lead is None or lead.place is None or lead.type not in ic["types"]:
        return
    inc = lead.place
    if inc.attrs.get("precision") not in ic["precisions"]:
        return  # a country or a broad region says too little to lend
    told = True  # the story is telling the lead's incident
    for d in sorted(drafts, key=lambda x: x.span[0]):
        if d is lead or d.span[0] < lead.span[0]:
            continue
        if d.place is not None:
            # وكان العراق أعلن عن عملية جنوب كركوك، وعلى جبهة أخرى في عفرين: an event placed out of the
            # incident's area, or in a sentence that opens background, turns the story to another happening
            # until one is placed in the incident's area again
            told = d.place is inc or (_in_incident_area(d.place, inc)
                                      and not _opens_background(ctx, d.sentence[0], d.head.start))
            continue
        if not told or d.type not in ic["types"] or d.modality == "expected":
            continue  # a strike threatened or planned is not the incident told
        if _other_year(ctx, d) or _opens_background(ctx, d.clause[0], d.head.start):
            continue
        # (المدينة الواقعة على بعد 190 كم جنوب برلين: a point a distance is told from moves the story nowhere)
        before = [p for p in ctx.places(0, d.head.start) if _site(ctx, p[0]) and not _distance_from(ctx, p[0])]
        if before and not _in_incident_area(before[-1][1], inc):
            continue
        d.place, d.place_strength = inc, 0


def _opens_background(ctx: _Ctx, start: int, end: int) -> bool:
    """One of the first words from start (before end) is a verb of background (وكان العراق أعلن، وسبق
    للتنظيم أن هاجم; event_cues incident_background): what it tells happened before the incident."""
    return any(_in_list(w, _place_cues()["background"]) for w in ctx.words.between(start, end, limit=3))


def _in_incident_area(last: EntityDraft, inc: EntityDraft) -> bool:
    """The place named last is the incident's own, its country, a place of its governorate (ريف دير الزور for
    الباغوز), a wide region of its country around it (شرق الفرات), or a place near it (within _NEAR_KM): the
    story still tells that incident. One of another governorate (الغوطة الشرقية after حمص) or country has
    moved on to another story."""
    if last is inc:
        return True
    if last.attrs.get("country") != inc.attrs.get("country"):
        return False
    if last.attrs.get("precision") == "country":
        return bool(last.attrs.get("country"))
    if last.attrs.get("admin1") and inc.attrs.get("admin1"):
        return bool(last.attrs["admin1"] == inc.attrs["admin1"])
    km = _near_km(last, inc)
    reach = _place_cues()["region_km"] if last.attrs.get("precision") == "region" else _NEAR_KM
    return km is not None and km <= reach


def _subject_only(ctx: _Ctx, a: int, b: int) -> bool:
    """Nothing but a verb's subject stands in [a, b): names of parties, the head nouns before them (طائرات،
    مقاتلو) and adjectives of origin (تركية، الإسرائيلية). So what follows is the verb's object (قصفت طائرات
    تركية المطار، استهدفت الطائرات الإسرائيلية مطار المزة)."""
    if b - a > 80:
        return False
    taken: list[tuple[int, int]] | None = None
    # قصفت الطائرات صباح الأحد مطار المزة: a time told between the verb and its object (event_cues
    # object_time_fillers) leaves the object the verb's
    times = _cue_words("object_time_fillers")
    for s, e, w in ctx.words.spans_from(a):
        if s >= b:
            break
        bare = w[2:] if w.startswith("ال") else w
        if bare in ctx.subject_heads or w in ctx.subject_heads or w.endswith(cues().nisba) or w in times:
            continue
        if taken is None:
            taken = [(m.start, m.end) for m, _ent in ctx.doc.overlapping(a, b, ACTOR_TYPES)]
        if not any(ms <= s and e <= me for ms, me in taken):
            return False
    return True


def _site(ctx: _Ctx, m: model.Mention) -> bool:
    """A place that can be where something happened: not a time zone (الساعة السابعة بتوقيت العراق; event_cues
    not_site_before)."""
    return not _in_list(ctx.marker(m.start), cues().not_site_before)


def _marker_strength(mk: str) -> int:
    """How surely a place under this preposition is where the event was: في/ب 3, قرب/شرق/على/ضد 2, من 1."""
    if mk in cues().origin_markers:
        return 1
    return 2 if mk in cues().near_markers or mk in lexicon().roles["place_target"] else 3


def _refine_place(keep: Draft, other: Draft, region_km: int = 200) -> None:
    """A happening told again may say more surely or more precisely where it was (قرب مدينة كركوك ... الهجوم
    وقع في منطقة السعدونية): the telling's place replaces the kept one when it lies within it."""
    p = other.place
    if p is None or p is keep.place:
        return
    # a seized object (strength 4) outranks a place under في only within its own sentence (أحرز تقدما داخل حي
    # القدم، حيث استعاد السيطرة على منطقة المأذنية); a later sentence's seizure, often an aim (وتحاول القوات
    # التقدم لاستعادة السيطرة على المعبر), says no more surely where the kept one was
    seized = other.place_strength >= 4 and other.sentence == keep.sentence
    strength = other.place_strength if seized else min(other.place_strength, 3)
    if keep.place is None:
        better = other.place_strength >= 1
    elif not _places_agree(keep, other, region_km) and not (seized and p.attrs.get("lat") is None):
        # (منطقة المأذنية: the seized object is a place the gazetteer does not know, so nothing says it lies
        # apart from the kept one; what was seized says where better than an advance did)
        better = False
    elif keep.place_strength >= 2 and _wider_around(keep.place, p, region_km):
        # وبدأت هجوما على مدينة الحديدة ... أهم المعارك في اليمن: a telling that names only the area the kept
        # place lies in (its country, its region) says no more where, however surely its في marks it; a place
        # kept only as the sentence's nearest (strength 1) gives way (الحصار ... على قطر over a Doha guessed)
        better = False
    elif strength != min(keep.place_strength, 3) or seized:
        better = strength > keep.place_strength
    else:
        better = other.place_strength >= 2 and _precision_rank(p) < _precision_rank(keep.place)
    if better:
        keep.place, keep.place_strength = p, other.place_strength


def _places_agree(a: Draft, b: Draft, region_km: int = 200) -> bool:
    """Two tellings' places may be one: compatible, or one only named near the event (قرب مدينة كركوك،
    هجوم على دير الزور) and the other in its surroundings."""
    if _places_compatible(a.place, b.place, region_km):
        return True
    if a.place is None or b.place is None or min(a.place_strength, b.place_strength) >= 3:
        return False
    km = _near_km(a.place, b.place)
    return km is not None and km <= _NEAR_KM


#: how far from a place named near an event (قرب مدينة كركوك) the event may be told to have been
_NEAR_KM = 75


def _precision_rank(ent: EntityDraft) -> int:
    return _PLACE_RANK.get(ent.attrs.get("precision", ""), 0)


def _home_country(countries: list[tuple[model.Mention, EntityDraft]],
                  prior: list[tuple[model.Mention, EntityDraft]]) -> list[tuple[model.Mention, EntityDraft]]:
    """البلاد (الرئيس الشرعي للبلاد، النظام العام للبلاد) is the country the article is about, not one named in
    passing before it (الولايات المتحدة، لبنان in an article on Yemen): of the countries named before, the one
    that most of the places named before lie in; of equals, the last named."""
    if len({c[1].attrs.get("country") for c in countries}) < 2:
        return countries
    weight = Counter(p[1].attrs.get("country") for p in prior)
    best = max(range(len(countries)), key=lambda i: (weight[countries[i][1].attrs.get("country")], i))
    return [countries[best]]


def _place_anaphor(ctx: _Ctx, he: int, ce: int, ss: int, near: int = 0, obj: bool = False,
                   prep_only: bool = False, venue: bool = False) -> tuple[int, EntityDraft] | None:
    """في محيط السجن، في النقطة: a definite place noun after the trigger refers back to the last place
    named with that noun (سجن المدرسة الصناعية), or to the last place named at all; البلاد to the country
    named before that most places lie in (`_home_country`); المنطقة (event_cues region_anaphora), only near
    the trigger, to the area last named in its sentence or the two before, and after talks or a pact
    (`venue`) only with a demonstrative. With `near`, only a noun within that many words
    of the trigger counts; with `obj`, one right after the trigger is its object (قصفتا المطار), where an
    attack or seizure was. Gives the noun's position and the place."""
    regions = _cue_words("region_anaphora")
    forms = _anaphor_forms(ctx.lex.roles["place_anaphora"] | regions)
    for k, (s, e, w) in enumerate(ctx.words.spans_from(he)):
        if s >= ce or (near and k > near):
            break
        for a in forms.get(w, ()):
            stem = a[2:]
            region = a in regions
            if (a in cues().broad_anaphora or region) and not near:
                continue  # في البلاد، في المنطقة far from the trigger is a manner of speaking, not a place
            if region and _region_named(ctx, e):
                continue  # المنطقة العازلة، المنطقة منزوعة السلاح: a zone named, not one pointed back to
            mk = _anaphor_marker(ctx, s, he)
            if region and venue and mk == _strip_conj(ctx.marker(s, he)):
                # تحالف مع الإيرانيين في المنطقة: talks or a pact "in the region" tell the region at large;
                # only a demonstrative (وقف لإطلاق النار في هذه المنطقة) points back to the area just named
                continue
            if (near and w == a and not _in_list(mk, cues().anaphor_preps)
                    and not (obj and _subject_only(ctx, he, s))):
                continue  # تطوق المدينة: the object of another verb, not where the trigger's event is
            if prep_only and (w != a or not _in_list(mk, cues().anaphor_preps)):
                continue
            # the places named before the noun, its own sentence's earlier clauses too (انشقوا إلى تل أبيض
            # ...، وأغلقت قسد مداخل المدينة)
            prior = [p for p in ctx.places(0, s) if _site(ctx, p[0])]
            if a in cues().country_anaphora:
                same = [p for p in prior if p[1].attrs.get("precision") == "country"]
                pick = _home_country(same, prior)
            else:
                # named with that noun: in the name (مخيم الهول) or right before it (بلدة حيط)
                same = [p for p in prior if stem in fold_text(p[0].text)
                        or _strip_conj(ctx.marker(p[0].start)).endswith(stem)]
                # else a settlement-sized place for a settlement noun (المدينة after تل أبيض بريف الرقة)
                towns = ([p for p in prior if _specificity(p[1], p[0]) == 0]
                         if a in cues().settlement_anaphora else [])
                if region:
                    bare = mk == _strip_conj(ctx.marker(s, he))
                    same = _region_antecedent(ctx, s, ss, prior, same, bare=bare)
                pick = same or ([] if near else towns or prior)
            return (s, pick[-1][1]) if pick else None
    return None


#: how many sentences before its own an area noun (المنطقة) may point back over to a region or governorate
_REGION_SENTENCES = 3


def _region_antecedent(ctx: _Ctx, s: int, ss: int, prior: list[tuple[model.Mention, EntityDraft]],
                       named: list[tuple[model.Mention, EntityDraft]], bare: bool = False
                       ) -> list[tuple[model.Mention, EntityDraft]]:
    """The places an area noun at `s` (من المنطقة، إلى هذه المنطقة) may point back to, the last one meant: in its
    own sentence, one named with منطقة (`named`: خلال الاشتباكات في منطقة عفرين شمالي سوريا ... في المنطقة), else
    the last place named there (في السويداء ... إلى هذه المنطقة); else, in the few sentences before, one named
    with منطقة, else a region or governorate (في الغوطة الشرقية قرب دمشق: the Ghouta, not the city that locates
    it), else a place of the sentence just before. Never a country (that is البلاد), nor anything further back:
    a story moves on, and منطقة X names any place. With `bare` (no demonstrative: في المنطقة, not في هذه
    المنطقة), a country named earlier in its own sentence and nothing smaller there stops the search: the
    sentence has widened the frame (يدرب مقاتلين في ليبيا لشن هجمات في المنطقة: the region at large, not the
    district named a sentence before)."""
    own = _sentences_back(ctx, s, 0, ss)
    countries_here = any(p[0].start >= own and p[1].attrs.get("precision") == "country" for p in prior)
    prior = [p for p in prior if p[1].attrs.get("precision") != "country"]
    here = [p for p in prior if p[0].start >= own]
    if here:
        return [p for p in named if p[0].start >= own] or here
    if bare and countries_here:
        return []
    far = _sentences_back(ctx, s, _REGION_SENTENCES, ss)
    return ([p for p in named if p[0].start >= far]
            or [p for p in prior if p[0].start >= far and p[1].attrs.get("precision") in ("region", "admin_area")]
            or [p for p in prior if p[0].start >= _sentences_back(ctx, s, 1, ss)])


def _sentences_back(ctx: _Ctx, pos: int, n: int, ss: int) -> int:
    """Where the sentence `n` sentences before the one holding `pos` starts (`ss` when pos is in none)."""
    k = _sent_index(ctx.doc, pos)
    sents = ctx.doc.sentences
    return sents[max(k - n, 0)].start if k < len(sents) else ss


def _anaphor_marker(ctx: _Ctx, s: int, floor: int) -> str:
    """The preposition of a place noun, past a demonstrative between (من هذه المنطقة، بهذه المدينة، في تلك
    البلدة): the demonstrative makes the noun point back all the more, so it must not hide the preposition."""
    mk = _strip_conj(ctx.marker(s, floor))
    demos = cues().demonstratives
    if mk in demos:
        lead = ctx.words.before(s, 2, floor)
        return _strip_conj(lead[0]) if len(lead) == 2 else ""
    if len(mk) > 1 and mk[0] in "بل" and mk[1:] in demos:
        return mk[0]
    return mk


def _region_named(ctx: _Ctx, e: int) -> bool:
    """The area noun at `e` names a zone of its own, by a definite adjective or genitive right after it
    (المنطقة الشرقية، المنطقة الحدودية) or a zone word (event_cues region_anaphora_zones: منزوعة، عازلة):
    it points back to no place."""
    for s, _e, w in ctx.words.spans_from(e):
        if ctx.doc.text[e:s].strip():
            return False  # punctuation ends the phrase: من المنطقة. الجيش ...
        return w.startswith("ال") or w in _cue_words("region_anaphora_zones")
    return False


def _present_after(ctx: _Ctx, pos: int) -> bool:
    """The word after pos is an imperfect verb (قد يشن، قد تتعرض), not a past one (قد سجلت، قد تم)."""
    nxt = ctx.words.between(pos, min(len(ctx.doc.text), pos + 40), limit=1)
    return bool(nxt) and nxt[0][:1] in ("ي", "ت", "ن") and nxt[0] not in ctx.lex.passive


_COARSE = {"country": 3, "region": 2, "admin_area": 1}


def _near_km(a: EntityDraft, b: EntityDraft) -> float | None:
    try:
        la1, lo1, la2, lo2 = (float(a.attrs["lat"]), float(a.attrs["lon"]),
                              float(b.attrs["lat"]), float(b.attrs["lon"]))
    except (KeyError, TypeError, ValueError):
        return None
    return ((la1 - la2) ** 2 + ((lo1 - lo2) * 0.8) ** 2) ** 0.5 * 111


def _places_compatible(a: EntityDraft | None, b: EntityDraft | None, region_km: int = 200) -> bool:
    """The same place, an unknown one, or one inside the other's area (عفرين in شمال سوريا)."""
    if a is None or b is None or a is b:
        return True
    ra, rb = _COARSE.get(a.attrs.get("precision", ""), 0), _COARSE.get(b.attrs.get("precision", ""), 0)
    km = _near_km(a, b)
    if ra == rb == 0:
        return km is not None and km <= 15  # a facility in its town: مشفى عفرين، عفرين
    coarse, fine = (a, b) if ra >= rb else (b, a)
    if coarse.attrs.get("precision") == "country":
        return bool(coarse.attrs.get("country")) and coarse.attrs.get("country") == fine.attrs.get("country")
    # a region (شمال شرق سوريا، البادية) may span more than a governorate
    return km is not None and km <= (region_km if coarse.attrs.get("precision") == "region" else 200)


def _other_year(ctx: _Ctx, d: Draft) -> bool:
    """The clause names a year other than the article's (سيطر التنظيم عام 2014 على الموصل): a phase of the
    war before the one the article tells, fought against whoever was the enemy then."""
    pub = ctx.doc.published
    if pub is None:
        return False
    return any(w.isdigit() and 1900 <= int(w) <= 2100 and int(w) != pub.year for w in ctx.words.between(*d.clause))


def _list_first(ctx: _Ctx, named: list[tuple[model.Mention, EntityDraft]],
                pick: tuple[model.Mention, EntityDraft]) -> tuple[model.Mention, EntityDraft]:
    """في مديريتي حيس والخوخة بعد طردهم منها، بين بلدتي X وY إثر اشتباكات: a place picked as the one nearest
    the trigger may be a later item of a list of places joined by و (or ، و, or و and a place noun: ومدينة Y);
    the event is then at the list's first item, as the gold sets mark it (after the first item, a list goes
    on with the places the event also reached), not at whichever item the trigger happens to stand next to.
    A wider item before it (في ريف إدلب وبلدة سراقب) stays behind: the town is more specific."""
    pheads = ctx.lex.roles["place_heads"]
    by_end = {m.end: (m, ent) for m, ent in named}
    cur = pick
    for _ in range(6):  # a list of a few items; the bound keeps a long comma chain cheap
        m = cur[0]
        prior = next(((pm, pe) for end, (pm, pe) in by_end.items()
                      if end <= m.start and m.start - end <= 12 and _list_join(ctx.doc.text[end:m.start], pheads)),
                     None)
        if prior is None or _specificity(prior[1], prior[0]) > _specificity(cur[1], cur[0]):
            break
        cur = prior
    return cur


def _list_join(gap: str, pheads: frozenset[str]) -> bool:
    """The words between two places join them as items of one list: و (written apart or not), ، و, or و
    and the second's place noun (وبلدة، و مدينة)."""
    words = fold_text(gap).replace("،", " ، ").split()
    if words[:1] == ["،"]:
        words = words[1:]
        if not words:
            return False  # a bare comma is as often an apposition (بلدة X، ريف حلب) as a list
    if not words or not words[0].startswith("و"):
        return False
    first = words[0][1:]
    rest = ([first] if first else []) + words[1:]
    return not rest or (len(rest) == 1 and rest[0] in pheads)


def _reply_indexes(ctx: _Ctx) -> list[int]:
    """The reply words of the article (`_reply_at`), bare or after و: فردا (12 فردا، a count of persons) is no
    فـ + ردا, and taking it for one made every place after it the place of a happening replied to."""
    words = _place_cues()["reply"]
    spans = ctx.words.spans
    # the indexes are found once per article; few words of an article are reply words, so the filter is cheap
    return [k for k in _word_indexes(ctx, words, bare_only=True)
            if spans[k][2] in words or not spans[k][2].startswith("ف")]


def _statement_place(ctx: _Ctx, m: model.Mention, ss: int, hs: int) -> bool:
    """A place up to three words after a word of a statement, press conference or interview, under في/من/ب
    (في بيان صدر في رام الله، خلال مؤتمر صحفي في أنقرة، في تصريحات من باريس): where the teller spoke, not
    where the event told was, unless the trigger stands between (في بيان عن الهجوم في غزة)."""
    mk = _strip_conj(ctx.marker(m.start, ss))
    if mk not in ("في", "من", "ب"):
        return False
    settings = _place_cues()["statement_settings"]
    spans = ctx.words.spans
    i = ctx.words.index_at(m.start)
    j = i - 1
    if j >= 0 and _strip_conj(spans[j][2]) == mk:
        j -= 1  # past the marker when it is a word of its own (في، من), not a proclitic (برام الله)
    while j >= 0 and j >= i - 5 and spans[j][0] >= ss:
        if _in_list(spans[j][2], settings):
            return not spans[j][0] < hs < m.start
        j -= 1
    return False


def _venue_spans(prev: Draft | None, d: Draft, hs: int) -> frozenset[int]:
    """The starts of the mentions, in d's sentence before its trigger, of the place the sentence's previous
    event took under في/ب when that event is a meeting (event_cues venue_types) and d is not: the venue where
    they met or spoke (اجتمع القادة في أنقرة ثم اقتحمت القوات القرى) is no place of the deed told after it."""
    if (prev is None or prev.place is None or prev.sentence != d.sentence or prev.type not in cues().venue_types
            or prev.place_strength < 3):
        return frozenset()  # a place the meeting only talked of or was sent to (المبعوث إلى اليمن) stays
    ss = d.sentence[0]
    return frozenset(m.start for m in prev.place.mentions if ss <= m.start < hs)


def _inner_event_spans(ctx: _Ctx, d: Draft, he: int) -> list[tuple[int, int]]:
    """The stretches of d's sentence, after its trigger, that tell another event: from an event noun of
    another base that a relative describes (في الهجوم الذي استهدف عرضا عسكريا في الأحواز) or that a word of
    involvement governs (متورطين في هجوم على قاعدة في العراق، المسؤولين عن التفجير، منفذي الهجوم: event_cues
    place_inner_event_links), to the end of its clause. The places there are that event's; the trigger keeps
    the place its own على/في mark (أطلقت صواريخ على شرق سوريا استهدفت مسلحين متورطين في هجوم ... في الأحواز)."""
    ss, se = d.sentence
    ce = d.clause[1]
    links = _cue_words("place_inner_event_links")
    rels = cues().relatives
    spans = ctx.words.spans
    hits = ctx.raw_hits
    out: list[tuple[int, int]] = []
    k = bisect.bisect_left(hits, he, key=lambda x: x.start)
    for x in hits[k:]:
        if x.start >= se:
            break
        if x.trig.pos != "noun" or x.trig.base == d.head.trig.base or (out and x.start < out[-1][1]):
            continue
        i = ctx.words.index_at(x.start)
        lead = [_strip_conj(w) for s, _e, w in spans[max(i - 2, 0):i] if s >= ss]
        # a word of involvement right before the noun or before its preposition; مسؤول only with its عن
        # (قتل مسؤول في هجوم: an official killed in the attack)
        linked = any(w in links for w in lead) or " ".join(lead) in links
        if not linked:
            # the relative right after the noun, only adjectives between (الهجوم الانتحاري الذي)
            for _s, _e, w in spans[i + 1:i + 4]:
                w = _strip_conj(w)
                if w in rels:
                    linked = True
                    break
                if not w.startswith("ال"):
                    break
        if linked:
            out.append((x.start, ce if x.start < ce else se))
    return out


def _wider_around(kept: EntityDraft, other: EntityDraft, region_km: int = 200) -> bool:
    """`other` is a coarser place (by precision) than `kept` that holds it: the country or region `kept` lies
    in, so naming it adds nothing to where the event was."""
    return (_precision_rank(other) > _precision_rank(kept)
            and _places_compatible(kept, other, region_km))


def _locates_origin(ctx: _Ctx, m: model.Mention, ent: EntityDraft, depth: int = 0) -> bool:
    """The place only locates a place of origin named right before it, as the country or area that holds it
    (احتجز لدى وصوله قادما من برلين بألمانيا، عاد قادما من لندن في بريطانيا): the country of where someone
    came from is no more the event's place than the town is (`_origin_of`). A place that does not hold it is
    where the event was (وفدا قادما من دمشق في مدينة حمص)."""
    prior = [p for p in ctx.places(max(0, m.start - 80), m.start) if p[0].end <= m.start]
    if not prior or depth > 2:
        return False
    pm, pe = prior[-1]
    end = pm.end
    while end < m.start and ctx.doc.text[end] in _CLOSING_QUOTES:
        end += 1  # قادما من "برلين" بألمانيا: the quoted name still locates nothing but its country
    return (_locating_gap(ctx, end, m.start) and _wider_around(pe, ent)
            and (_origin_of(ctx, pm) or _locates_origin(ctx, pm, pe, depth + 1)))


_CLOSING_QUOTES = frozenset('"\'»”’')


def _owner_state(prior: EntityDraft, located: EntityDraft) -> bool:
    """في قاعدة الإمارات بأريتريا، قاعدة تركيا في قطر: a country named before the country a preposition marks
    does not lie in it (no country lies in another); it owns the base or facility there, and the event is in
    the marked country."""
    return (prior.attrs.get("precision") == "country" and located.attrs.get("precision") == "country"
            and prior.attrs.get("country") != located.attrs.get("country"))


def _said_after(ctx: _Ctx, he: int, se: int) -> int:
    """Where a participle of saying that opens a further statement of the teller (قائلا إن، مضيفا أن، مشيرا
    إلى أن; event_cues place_said_after) first stands after the trigger in its sentence, else the sentence's
    end: the places it reports (أدان القصف على المدن، قائلا إن التصعيد يخدم المتشددين في طهران) belong to
    what it tells, not to the event told before it."""
    i, j = ctx.words.run_of(he, se)
    at = _word_indexes(ctx, _cue_words("place_said_after"), bare_only=False)
    k = bisect.bisect_left(at, i)
    return ctx.words.spans[at[k]][0] if k < len(at) and at[k] < j else se
