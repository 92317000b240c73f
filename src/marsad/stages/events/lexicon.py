"""Events sub-stage: the lexicon — what the words mean, loaded from the packs once per process.

The trigger lexicon (`data/triggers.json`: Trig, Lexicon, `lexicon()`), the cue words of the rules
(`data/event_cues.json`: Cues, `cues()`, `_cue_words`) and the other cached pack loaders. Separate because it is
built once and cached (index_cache keys it on every file of this package), and every other sub-stage reads it.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from functools import cache
from typing import Any

from marsad import index_cache
from marsad.matcher import PhraseIndex
from marsad.packs import load_json
from marsad.textnorm import dediacritise, fold_text, with_proclitics


@dataclass(frozen=True, slots=True)
class Trig:
    """What a trigger key means. `pos` is past | present | noun | light | not."""

    type: str
    pos: str
    base: str  # the folded lexicon entry it was expanded from
    future: bool = False
    #: the form carries a pronoun suffix (هجماته، استهدافهم): its genitive is a pronoun, not the next name
    suffixed: bool = False
    #: index into Lexicon.conditions: the words one of which must follow for the trigger to count
    cond: int = -1


@dataclass
class Lexicon:
    index: PhraseIndex
    cues: PhraseIndex
    types: dict[str, dict[str, Any]]
    light_default: dict[str, str]
    light_window: int
    retype: list[dict[str, Any]]
    yield_words: frozenset[str]
    yield_window: int
    threat_frames: PhraseIndex
    reference_before: frozenset[str]
    negation_before: frozenset[str]
    negation_window: int
    reason_before: PhraseIndex
    hypothetical_before: PhraseIndex
    cue_window: int
    windows: dict[str, int]
    priority: list[str]
    roles: dict[str, frozenset[str]]
    conditions: list[tuple[frozenset[str], int]]
    patient_genitive: frozenset[str]
    passive: frozenset[str]
    reference_window: frozenset[str] = frozenset()
    #: reference words that make a reference only before a definite one-word noun (بعد الهجوم)
    reference_definite: frozenset[str] = frozenset()
    no_comment: PhraseIndex | None = None
    not_party_defect: frozenset[str] = frozenset()
    #: the words of not_party_defect that only count people (ألف، آلاف): weaker than a member word
    not_party_counts: frozenset[str] = frozenset()
    not_party_window: int = 0
    reference_window_n: int = 0
    acled_by_trigger: dict[str, list[tuple[str, str]]] = field(default_factory=dict)


def _f(s: str) -> str:
    return " ".join(fold_text(s).split())


@cache
def _object_pronouns() -> tuple[tuple[str, ...], frozenset[str]]:
    """event_cues object_pronouns (on a verb: قتلوه، استهدفتها), a tuple for `str.endswith`, and struck_preps
    (a preposition carrying one: أطلق عليه النار), folded; one list for the trigger forms and the retellings."""
    data = load_json("event_cues")
    return tuple(_f(w) for w in data["object_pronouns"]), frozenset(_f(w) for w in data["struck_preps"])


def _with_suffixes(phrase: str, suffixes: list[str], verb: bool = False) -> list[str]:
    """The phrase with each suffix on its last word and, for multi-word phrases, on its first word.

    A final ة (folded ه) becomes ت before a suffix (عملية → عمليته). On the verb of a verb-and-object phrase
    an object pronoun is left out: the verb that carries one has its object already, so the noun after it is
    its subject or another word (صور نشرتها قوات النظام: pictures, no troops deployed)."""
    words = phrase.split()
    out = []
    for suf in suffixes:
        for i in {0, len(words) - 1}:
            if verb and i == 0 and len(words) > 1 and suf.endswith(_object_pronouns()[0]):
                continue
            w = words[i]
            stem = w[:-1] + "ت" if w.endswith("ه") and suf else w
            if w.endswith("ي") and suf[:1] in ("و", "ت"):
                stem = w[:-1]  # defective verbs: استولى → استولوا، استولت; يستولي → يستولون
            out.append(" ".join([*words[:i], stem + suf, *words[i + 1 :]]))
    return out


def _noun_forms(phrase: str, suffixes: list[str]) -> list[str]:
    words = phrase.split()
    forms = [phrase]
    if not words[0].startswith("ال"):
        forms.append(" ".join(["ال" + words[0], *words[1:]]))
        last = words[-1]
        if len(words) == 1 and not last.endswith(("ه", "ا", "ي", "ات")):
            forms.append(last + "ا")  # accusative tanween alef: هجوماً
        forms += _with_suffixes(phrase, suffixes)
    return forms


_LEXICON_FILES = ("triggers.json", "charmap.json", *index_cache.code_files("matcher", "textnorm", "stages/events"))


@cache
def lexicon() -> Lexicon:
    """The trigger lexicon, built once per process (or loaded from the index cache)."""
    return index_cache.cached("events", _LEXICON_FILES, _build_lexicon)


def _build_lexicon() -> Lexicon:
    data = load_json("triggers")
    exp = data["expand"]
    index = PhraseIndex()
    past_suf = [_f(s) for s in exp["past_suffixes"]]
    pres_suf = [_f(s) for s in exp["present_suffixes"]]
    noun_suf = [_f(s) for s in exp["noun_suffixes"]]
    fut = _f(exp["future_prefix"])
    acled_by: dict[str, list[tuple[str, str]]] = {}
    for typ, spec in data["types"].items():
        for p in spec.get("past", []):
            b = _f(p)
            index.add(b, Trig(typ, "past", b))
            for form in _with_suffixes(b, past_suf, verb=True):
                index.add(form, Trig(typ, "past", b, suffixed=True))
        for p in spec.get("present", []):
            b = _f(p)
            for form in [b, *_with_suffixes(b, pres_suf, verb=True)]:
                suf = form != b
                index.add(form, Trig(typ, "present", b, suffixed=suf))
                index.add(fut + form, Trig(typ, "present", b, future=True, suffixed=suf))
        for p in spec.get("nouns", []):
            b = _f(p)
            plain = set(_noun_forms(b, []))
            for form in _noun_forms(b, noun_suf):
                index.add(form, Trig(typ, "noun", b, suffixed=form not in plain))
        for label, words in spec.get("acled_by_trigger", {}).items():
            acled_by.setdefault(typ, []).extend((_f(w), label) for w in words)
    conditions: list[tuple[frozenset[str], int]] = []
    for i, c in enumerate(data.get("conditional", [])):
        conditions.append((frozenset(_f(w) for w in c["near"]), int(c["window"])))
        for p in c.get("past", []):
            b = _f(p)
            index.add(b, Trig(c["type"], "past", b, cond=i))
            for form in _with_suffixes(b, past_suf, verb=True):
                index.add(form, Trig(c["type"], "past", b, suffixed=True, cond=i))
        for p in c.get("present", []):
            b = _f(p)
            for form in [b, *_with_suffixes(b, pres_suf, verb=True)]:
                index.add(form, Trig(c["type"], "present", b, suffixed=form != b, cond=i))
                index.add(fut + form, Trig(c["type"], "present", b, True, form != b, i))
        for p in c.get("nouns", []):
            b = _f(p)
            plain = set(_noun_forms(b, []))
            for form in _noun_forms(b, noun_suf):
                index.add(form, Trig(c["type"], "noun", b, suffixed=form not in plain, cond=i))
    lv = data["light_verbs"]
    for p in lv["past"]:
        b = _f(p)
        for form in [b, *_with_suffixes(b, past_suf, verb=True)]:
            index.add(form, Trig("", "light", b))
    for p in lv["present"]:
        b = _f(p)
        for form in [b, *_with_suffixes(b, pres_suf, verb=True)]:
            index.add(form, Trig("", "light", b))
            index.add(fut + form, Trig("", "light", b, future=True))
    for p in lv["nouns"]:
        b = _f(p)
        for form in _noun_forms(b, noun_suf):
            index.add(form, Trig("", "light", b))
    for p in data["not_events"]:
        index.add(p, Trig("", "not", _f(p)))

    cues = PhraseIndex()
    windows: dict[str, int] = {}
    for mod, spec in data["modality"].items():
        windows[mod] = int(spec.get("window", 4))
        for where in ("before", "after", "clause"):
            for w in spec.get(where, []):
                cues.add(w, (mod, where))
    threats = PhraseIndex()
    for w in data["threat_frames"]:
        threats.add(w, True)
    reason = PhraseIndex()
    for w in data["reason_before"]:
        reason.add(w, True)
    hypo = PhraseIndex()
    for w in data["hypothetical_before"]:
        hypo.add(w, True)
    roles = {k: frozenset(_f(w) for w in v) for k, v in data["roles"].items() if isinstance(v, list)}
    no_comment = PhraseIndex()
    for w in data.get("no_comment", {}).get("words", []):
        no_comment.add(w, True)
    for idx in (index, cues, threats, reason, hypo, no_comment):
        idx.compile()
    return Lexicon(
        index=index, cues=cues, types=data["types"],
        light_default={_f(k): v for k, v in lv["default"].items()}, light_window=int(lv["window"]),
        retype=[{**r, "near": frozenset(_f(w) for w in r["near"]),
                 "bases": frozenset(_f(w) for w in r.get("bases", [])),
                 "stops": frozenset(_f(w) for w in r.get("stops", []))} for r in data["retype"]],
        yield_words=frozenset(_f(w) for w in data["yield_to_following"]["words"]),
        yield_window=int(data["yield_to_following"]["window"]),
        threat_frames=threats,
        reference_before=frozenset(_f(w) for w in data["reference_before"]),
        negation_before=frozenset(_f(w) for w in data["negation_before"]),
        negation_window=int(data["negation_window"]),
        reason_before=reason, hypothetical_before=hypo, cue_window=int(data["cue_window"]),
        windows=windows, priority=list(data["modality_priority"]), roles=roles, conditions=conditions,
        patient_genitive=frozenset(_f(w) for spec in data["types"].values()
                                   for w in spec.get("genitive_patient", [])),
        passive=frozenset(_f(w) for w in lv.get("passive", [])),
        reference_window=frozenset(_f(w) for w in data.get("reference_window", {}).get("words", [])),
        reference_window_n=int(data.get("reference_window", {}).get("window", 0)),
        acled_by_trigger=acled_by,
        reference_definite=frozenset(_f(w) for w in data.get("reference_before_definite", [])),
        no_comment=no_comment,
        not_party_defect=frozenset(_f(w) for w in data.get("not_party_defect", {}).get("words", [])),
        not_party_counts=frozenset(_f(w) for w in data.get("not_party_defect", {}).get("counts", [])),
        not_party_window=int(data.get("not_party_defect", {}).get("window", 0)),
    )


@cache
def _number_words() -> frozenset[str]:
    """The number words of the numbers pack (ones to scales, duals and vague counts) and the approximators
    (نحو، قرابة), folded."""
    nums = load_json("numbers")
    words = {fold_text(w) for key in ("ones", "teen_heads", "teen_tails", "tens", "hundreds", "hundred_words",
                                      "scales", "scale_duals", "vague") for w in nums[key]}
    return frozenset(words | _scale_words() | cues().approx_words | cues().count_words)


@cache
def _person_words() -> frozenset[str]:
    c = cues()
    lex = lexicon()
    return (c.people_heads | c.force_subjects | c.unnamed_doers | c.group_subjects | c.victim_heads
            | c.nameless_doers | c.relative_nameless | frozenset(_f(w) for w in lex.roles["heads"]) | c.pronoun_subjects
            | c.title_words | c.civilian_words)


@cache
def _calendar_words() -> frozenset[str]:
    """Words of the calendar pack that may open a time (day parts, months, weekdays, the first word of a relative
    day or a Hijri month), folded: فجر، فبراير، فيفري are words of their own, no ف joined to جر، براير."""
    from marsad.stages.times import calendar_pack  # the times stage owns the calendar pack's reading
    cal = calendar_pack()
    words = set(cal.day_parts) | set(cal.parts) | set(cal.weekdays) | set(cal.general_nouns)
    words |= {k[0] for k in cal.months} | {k[0] for k in cal.hijri_months} | {k[0] for k, _ in cal.relative_days}
    return frozenset(w for w in words if " " not in w)


@dataclass(frozen=True)
class Cues:
    """The word lists of data/event_cues.json, folded."""

    agent_markers: tuple[list[str], ...]
    instrument_agents: frozenset[str]
    nisba: tuple[str, ...]
    manner: frozenset[str]
    people_heads: frozenset[str]
    kill_forms: frozenset[str]
    kill_next: frozenset[str]
    cause_words: frozenset[str]
    not_agent: frozenset[str]
    pronoun_subjects: frozenset[str]
    relatives: frozenset[str]
    unnamed_doers: frozenset[str]
    device_triggers: frozenset[str]
    others_words: frozenset[str]
    victim_heads: frozenset[str]
    purpose_before: frozenset[str]
    purpose_types: frozenset[str]
    operation_types: frozenset[str]
    object_nouns: frozenset[str]
    oblique_endings: tuple[str, ...]
    strike_words: frozenset[str]
    attacked_nouns: frozenset[str]
    claim_verbs: frozenset[str]
    group_words: frozenset[str]
    group_subjects: frozenset[str]
    group_kinds: frozenset[str]
    claimed_types: frozenset[str]
    title_words: frozenset[str]
    victim_partitive: frozenset[str]
    approx_words: frozenset[str]
    accuse_bare: frozenset[str]
    target_markers: frozenset[str]
    region_words: tuple[str, ...]
    country_anaphora: frozenset[str]
    broad_anaphora: frozenset[str]
    anaphor_preps: frozenset[str]
    both_sides: frozenset[str]
    settlement_kinds: frozenset[str]
    near_markers: frozenset[str]
    killing_bases: frozenset[str]
    plural_endings: tuple[str, ...]
    aggregate_words: frozenset[str]
    attacked_types: frozenset[str]
    venue_types: frozenset[str]
    victim_nouns: frozenset[str]
    speech_nouns: frozenset[str]
    demonstratives: frozenset[str]
    object_preps: frozenset[str]
    origin_markers: frozenset[str]
    restated_types: frozenset[str]
    masdar_preps: frozenset[str]
    masdar_prefixes: frozenset[str]
    undergo_verbs: frozenset[str]
    count_words: frozenset[str]
    from_agent_types: frozenset[str]
    civil_kinds: frozenset[str]
    accused_participles: frozenset[str]
    led_by: frozenset[str]
    prevent_before: frozenset[str]
    control_present: frozenset[str]
    inchoative: frozenset[str]
    person_patient_types: frozenset[str]
    history_years: int
    prevent_window: int
    #: force nouns that, with a pronoun suffix (قواته، طائراتها), name the forces of the one the pronoun means
    own_forces: frozenset[str] = frozenset()
    #: object pronoun suffixes a verb may carry (قتله، اعتقلتهم), longest first
    own_suffixes: tuple[str, ...] = ()
    #: a masdar carrying a pronoun after an accusing verb (اتهمت دمشق إسرائيل بتنفيذها): it points back to the
    #: event noun before the verb, and the accused named before it is that event's alleged doer
    accuse_back: frozenset[str] = frozenset()
    #: blaming verbs that carry no object pronoun (حمّل، حمّلت): only then is the blamed one a name
    blame_bare: frozenset[str] = frozenset()
    #: prepositions after a member noun that name the side the members belong to (عناصر من، قيادي في)
    partitive: frozenset[str] = frozenset()
    on_object_preps: frozenset[str] = frozenset()
    #: words naming the cause of a harm (جراء، إثر، نتيجة): a masdar after them has the harmed as patients
    harm_causes: frozenset[str] = frozenset()
    #: event types an accusation with a light masdar (اتهمه بتنفيذ هجوم) can charge someone with
    accused_deed_types: frozenset[str] = frozenset()
    #: masdars whose object may stand under على, so a genitive before it is the doer (قصف النظام على البلدة)
    on_object_bases: frozenset[str] = frozenset()
    #: أدان forms that with a ب-phrase after them tell a conviction (إدانته بالقتل), not a reaction
    convict_forms: frozenset[str] = frozenset()
    #: ب-words after أدان that say how, not of what (أدان بشدة)
    reaction_manner: frozenset[str] = frozenset()
    #: nouns of blame (مسؤولية): a retelling that lays blame names an accused, not the doer told
    blame_nouns: frozenset[str] = frozenset()
    #: verbs of announcing (أعلن): with a noun of responsibility after them (أعلن مسؤوليته عن) they claim a deed
    claim_declare_verbs: frozenset[str] = frozenset()
    #: definite nouns of a deed (الهجوم، العملية، التفجير): claimed, they name the attack already told
    claimed_back_nouns: frozenset[str] = frozenset()
    #: pronouns after a noun of responsibility (مسؤوليته عنه) that stand for the deed named before the verb
    claim_back_pronouns: frozenset[str] = frozenset()
    #: how many words after a verb of claiming its noun of responsibility may stand
    claim_reach: int = 8
    #: the head nouns of a capital (العاصمة): only a landmark after a word of nearness (شمالي العاصمة بغداد)
    capital_heads: frozenset[str] = frozenset()
    #: words beginning with ل that are no object of a masdar (لكن، لمدة)
    not_objects: frozenset[str] = frozenset()
    #: what an attack hits (دورية، حاجز، مواقع، مقر): the name owning it after the attack is the target
    target_holdings: frozenset[str] = frozenset()
    #: prefixes a target noun may carry after an attack (انفجرت عبوة بدورية)
    holding_prefixes: tuple[str, ...] = ()
    #: words opening a clause that dates the event by another (بعد أيام من، قبل، عقب)
    time_subordinators: frozenset[str] = frozenset()
    #: adjectives that take a ل-phrase of their own (الموالية لإيران، التابعة للنظام)
    l_adjectives: frozenset[str] = frozenset()
    #: words of backing whose من/ب-phrase names a backer, no party (المدعومة من روسيا، مدعومة بميليشيات)
    backing_words: frozenset[str] = frozenset()
    #: verbs of outcome whose subject is an event told before (أسفرت الضربة عن مقتل)
    result_verbs: frozenset[str] = frozenset()
    result_window: int = 2
    #: sentences back a toll told by a verb of outcome may point to its strike (وأسفرت الغارات عن مقتل)
    result_sentences: int = 2
    #: words a describing clause may hold before the cause word of a killing's fight (قائد الكتيبة في منطقة X خلال)
    apposed_cause_reach: int = 8
    #: words of addition between a verb of outcome and its subject (وأسفر أيضا الهجوم عن)
    result_fillers: frozenset[str] = frozenset()
    #: words right before a place that make it no site of a happening (بتوقيت العراق: a time zone)
    not_site_before: frozenset[str] = frozenset()
    #: definite place nouns that name a town or smaller (المدينة، البلدة، المخيم): they point back to one
    settlement_anaphora: frozenset[str] = frozenset()
    #: words calling a happening or its object another or new (أخرى، جديد، مجددا): not a retelling
    another_words: frozenset[str] = frozenset()
    #: folded word → the kind of incident it singles out (كيماوي، السارين → chemical; مجزرة → massacre)
    incident_marks: dict[str, str] = field(default_factory=dict)
    #: how many words after a trigger may carry its incident mark (هجوم بغاز السارين)
    incident_window: int = 3
    #: words that do not count toward the negation window (رفضت في وقت سابق الانضمام)
    negation_fillers: frozenset[str] = frozenset()
    #: verbs of continuing that لا/لم/ما before them do not negate (لا تزال المعارك، لم يزل القصف)
    continuation_verbs: frozenset[str] = frozenset()
    #: trigger bases spelled like a time-of-day noun (فجر): before a time they are the time (فجر الأحد)
    time_homographs: frozenset[str] = frozenset()
    #: what a dual verb spelled like an adverb of time takes as object (فجرا نفسيهما، وفجرا عبوة ناسفة): with
    #: anything else after it, فجرا is "at dawn"
    dawn_verb_objects: frozenset[str] = frozenset()
    #: verbs and nouns of a blast (انفجار، انفجرت): a device named right after (بانفجار لغم أرضي) went off,
    #: nobody's deed told
    blast_triggers: frozenset[str] = frozenset()
    #: device_triggers without their article (لغم أرضي، عبوة ناسفة), as a blast's next words are read
    device_bare: frozenset[str] = frozenset()
    #: complementizers (أن، إن، بأن) that, between a light verb and a dawn word, open a report the dawn may date
    #: (أعلن الجيش أن صاروخين سقطا فجر الخميس): the verb is no announcement of the time (_announces_time)
    announce_time_stops: frozenset[str] = frozenset()
    #: words opening a time right after a time-of-day noun (اليوم، أمس، الأحد)
    time_next: frozenset[str] = frozenset()
    #: prepositions of time before a time-of-day noun (منذ فجر، حتى فجر): the noun, never the verb
    dawn_preps: frozenset[str] = frozenset()
    #: verbs after a relative that make an agreement background (الاتفاق الذي دخل حيز التنفيذ)
    background_relative: tuple[str, ...] = ()
    #: words before an agreement noun that cite it as background (رغم الاتفاق، بموجب اتفاق)
    background_before: frozenset[str] = frozenset()
    #: the event types an agreement noun has
    background_types: frozenset[str] = frozenset()
    #: planning verbs whose subject is the noun before them (كانت تخطط لتنفيذ هجمات)
    plan_verbs: frozenset[str] = frozenset()
    #: words right before such a verb that show its subject is that noun (كانت، التي)
    plan_openers: frozenset[str] = frozenset()
    plan_types: frozenset[str] = frozenset()
    plan_window: int = 4
    #: verbs of bringing down a drone or missile (أسقط، اعترض), and what they bring down
    intercept_verbs: tuple[str, ...] = ()
    intercepted_objects: tuple[str, ...] = ()
    intercept_window: int = 2
    #: nouns a light verb carries itself (أجرى تحقيقا، وجّه بإجراء تحقيق): a trigger after one is what it is about
    light_objects: frozenset[str] = frozenset()
    #: flight verbs that with the conjunction و spell a verb of providing (و+فر = وفّر): words that show the
    #: flight (من، إلى، هاربين) and how far after the verb to look for them or for the beneficiary (لهم، لقطاع)
    provide_homographs: frozenset[str] = frozenset()
    flight_words: frozenset[str] = frozenset()
    provide_objects: frozenset[str] = frozenset()
    provide_window: int = 6
    #: a threatening verb whose subject is a thing names no threat made (ما يهدد، الألغام التي تهدد، تهدد
    #: المجاعة ملايين): pointers to a fact (ما، ذلك), abstract nouns met as subjects, and the particles and
    #: auxiliaries that may stand between a party and its verb (عندما يهدد، كانوا يهددون)
    threat_pointers: frozenset[str] = frozenset()
    threat_things: frozenset[str] = frozenset()
    threat_particles: frozenset[str] = frozenset()
    threat_resumptives: frozenset[str] = frozenset()
    #: the verb of brandishing (لوّح) threatens only with a deed after ب (لوّح بالرد، التلويح بفرض عقوبات); with
    #: none, or with a flag, a hand or a handkerchief, it is waving (لوحوا بالأعلام، لوح لأنصاره، تلوح في الأفق)
    brandish_bases: frozenset[str] = frozenset()
    brandish_not_objects: frozenset[str] = frozenset()
    brandish_window: int = 8
    intercept_stops: frozenset[str] = frozenset()
    #: intercepted objects that make an event only with their launcher named after them (صاروخا أطلقه)
    launcher_needed: frozenset[str] = frozenset()
    #: lengths of time that may follow منذ (منذ أيام، منذ ساعات): a duration, not an earlier event
    duration_words: frozenset[str] = frozenset()
    #: words of ordering before بشن/بتنفيذ (أصدر الأوامر بشن الهجوم): the attack named is the one told
    order_words: frozenset[str] = frozenset()
    #: types whose bare noun takes its doer from a state adjective right after it (الضربات الروسية)
    adjective_doer_types: frozenset[str] = frozenset()
    #: a launch verb with its object pronoun (أطلقتها) between a drone and the launcher's name
    launch_relatives: frozenset[str] = frozenset()
    #: event types fought between two sides: one with no target named is fought against the doer's opponent
    opposing_types: frozenset[str] = frozenset()
    #: words naming civilians or civilian places: an attack on them is no fight with the other side
    civilian_words: frozenset[str] = frozenset()
    #: how many events naming both sides make two parties each other's opponent in an article
    opposing_min: int = 2
    #: words telling a target as the aim of a campaign (ضد، بداعي استهداف): one such telling names the opponent
    declared_aims: frozenset[str] = frozenset()
    #: nouns of a campaign that may be told with its aim (عملية، حملة، هجوم), in the clause or up to
    #: campaign_reach words before the event in its sentence
    campaign_nouns: frozenset[str] = frozenset()
    campaign_reach: int = 12
    #: a party that is the target of at least sufferer_min of an article's fights, and of more than
    #: sufferer_ratio times as many as it is their named doer, lends no doer to a clause that names none
    sufferer_min: int = 2
    sufferer_ratio: float = 2.0
    #: definite nouns naming a force or a side (الجيش، النظام، المتشددون): as a verb's subject they point back
    #: to a party told before, unlike other nameless subjects (القذيفة، المهاجمون)
    force_subjects: frozenset[str] = frozenset()
    #: kinds of actor entries that are international bodies, and the only event types they are parties to
    body_kinds: frozenset[str] = frozenset()
    body_types: frozenset[str] = frozenset()
    #: event types whose ل-phrase right after the noun names the receiver, not the owner (شحنة أسلحة لحزب الله)
    lam_receiver_types: frozenset[str] = frozenset()
    #: adjectives naming the government side (الحكومية، النظامية), read like a state adjective, and the
    #: kinds of actor entries they may name, in order of preference
    government_adjectives: frozenset[str] = frozenset()
    government_kinds: tuple[str, ...] = ()
    #: verbs of starting or going on that take an event noun as object (استأنفت الطائرات القصف): their
    #: subject is the noun's doer
    resume_verbs: frozenset[str] = frozenset()
    #: verbal nouns that govern a masdar, right before it or with their own genitive between (استمرار قصف،
    #: إعلان العراق قتل): the trigger after them is the masdar, never a past verb
    masdar_heads: frozenset[str] = frozenset()
    #: words that may stand between a verb and its subject (سوف، قد، منذ ... أيام)
    subject_fillers: frozenset[str] = frozenset()
    #: adjectives of belonging that may stand between a held thing and its owner (مبان تابعة لـ)
    holding_ties: frozenset[str] = frozenset()
    #: how many bare construct nouns may stand between a held thing and its owner (مقر عمليات الحشد)
    holding_links: int = 0
    #: words that are no construct noun of such a chain (prepositions, pronoun forms, verbs of holding)
    holding_not_links: frozenset[str] = frozenset()
    #: DEPLOY triggers of spreading (انتشر، انتشار) whose subject decides whether troops spread
    spread_bases: frozenset[str] = frozenset()
    #: what spreads that is no force (صور، أنباء، وباء، النيران), without ال
    spread_not_subjects: frozenset[str] = frozenset()
    #: words between the verb of spreading and its subject (على نطاق واسع، فيها)
    spread_fillers: frozenset[str] = frozenset()
    #: DEPLOY triggers of gathering (حشد، حشود، تحشيد) whose complement decides whether a force gathers
    crowd_bases: frozenset[str] = frozenset()
    #: words of size and من between a crowd word and what it gathers (غفيرة، من، آلاف)
    crowd_fillers: frozenset[str] = frozenset()
    #: people, supporters or support that a crowd word gathers (المتظاهرين، أنصاره، التأييد), without ال
    crowd_not_objects: frozenset[str] = frozenset()
    #: verbs of gathering or protest next to a crowd word (تجمعت حشود، حشد يتظاهر)
    crowd_gather: frozenset[str] = frozenset()
    #: words before a crowd word that show it is people (أمام حشد، دهست حشدا، تفريق الحشود)
    crowd_before: frozenset[str] = frozenset()
    #: a force named after a crowd word keeps it a deployment (حشود عسكرية، حشد القوات)
    crowd_force: frozenset[str] = frozenset()
    #: prepositions that end the reach of a crowd verb's object (حملة تعبئة وحشد في أوساط المدنيين)
    crowd_stops: frozenset[str] = frozenset()
    #: negations right before a verb of claiming that make it a claim nobody made (لم تعلن أي جهة مسؤوليتها)
    unclaimed_negations: frozenset[str] = frozenset()
    #: time words between a noun of responsibility and its عن (مسؤوليتها بعد عن، مسؤوليتها حتى الآن عن)
    unclaimed_fillers: frozenset[str] = frozenset()
    #: words after an agreement's noun that do not name it (بين، مع، الذي، حول)
    agreement_not_names: frozenset[str] = frozenset()
    #: the war as a whole, whose toll since its start is a statistic (منذ اندلاع الحرب، منذ بدء الصراع)
    toll_wars: frozenset[str] = frozenset()
    #: words of starting between منذ and the war (بدء، اندلاع، بداية)
    toll_starts: frozenset[str] = frozenset()
    #: a toll counted since a year at least this many years before the article is the war's (منذ 2011)
    toll_years: int = 3
    #: verbs of managing or trying (تمكن من، نجح في، حاول) whose subject is the doer of the event noun they govern
    control_verbs: frozenset[str] = frozenset()
    #: the prepositions between such a verb and its noun (من، في)
    control_preps: frozenset[str] = frozenset()
    #: words of a short time aside between such a verb and its subject (في وقت لاحق), with subject_fillers
    control_fillers: frozenset[str] = frozenset()
    #: state bodies (الشرطة، المحكمة) that, unnamed by any entity, stop a doer being borrowed
    body_subjects: frozenset[str] = frozenset()
    #: head nouns a body's name follows (قوات الأمن، عناصر الشرطة، الأجهزة الأمنية), and the names of a body
    #: only after one of them (الأمن، الأمنية)
    body_heads: frozenset[str] = frozenset()
    body_head_names: frozenset[str] = frozenset()
    #: event types for which a body opening the clause counts too (ARREST, RELEASE)
    body_subject_types: frozenset[str] = frozenset()
    #: words of a suicide bomber: such an attack never takes a state as doer
    suicide_words: frozenset[str] = frozenset()
    #: crowds (متظاهرون، محتجون) whose act names no party
    nameless_doers: frozenset[str] = frozenset()
    #: the endings of a plural verb, bare or with an object pronoun (اقتحموا، اقتحموها، يقتحمون): only such a
    #: verb may have a crowd told before it as its subject (`_nameless_crowd_subject`)
    plural_verb_endings: tuple[str, ...] = ()
    #: the endings of a masculine dual verb (أطلقا، اقتحماه، يطلقان): such a verb may have a dual unnamed doer
    #: told before it (مسلحان) as its subject, as a plural verb a plural crowd
    dual_verb_endings: tuple[str, ...] = ()
    #: units of time after a number (أيام، ساعات، مارس): such a number is a date or a length, never a toll
    toll_time_units: frozenset[str] = frozenset()
    #: masdars of stopping (وقف، إيقاف، تعليق) that name the end of the event noun right after them, not the event
    cease_before: frozenset[str] = frozenset()
    #: the types whose noun such a masdar cancels
    cease_types: frozenset[str] = frozenset()
    #: the types told again when the same word names the same town (سيطرت على بلدة حيط), whoever the doer
    captured_types: frozenset[str] = frozenset()
    #: the verbs of attacking (هاجم، يهاجم) that, with a word of speech after them, attack in words
    verbal_attack_bases: frozenset[str] = frozenset()
    #: words of speech or manner of speaking (قائلا، واصفا، في تغريدة، بشدة) that make such an attack verbal
    verbal_attack_words: frozenset[str] = frozenset()
    #: how many words after the verb such a word may stand
    verbal_attack_window: int = 12
    #: nouns of a coalition (تحالف) that, after a verb of leading, name a standing coalition, no pact made
    coalition_bases: frozenset[str] = frozenset()
    #: verbs of leading (تقود، يتزعم) up to three words before such a noun
    coalition_lead_verbs: frozenset[str] = frozenset()
    #: the types whose guessed doer may not back the target (_backs): strikes, captures, arrests, threats
    patron_guard_types: frozenset[str] = frozenset()
    #: pack kinds (people and actors) of tellers who comment on deeds rather than report their own side's: an
    #: official, head of state or ministry speaking of a strike is no doer by that alone (_comment_teller)
    comment_teller_kinds: frozenset[str] = frozenset()
    #: the types that rule holds for
    comment_teller_types: frozenset[str] = frozenset()
    #: the types whose doer is never guessed from the sentences around: a meeting, talks or a pact is held by
    #: the parties its own sentence names (_named_in_sentence)
    sentence_doer_types: frozenset[str] = frozenset()
    #: feminine and plural subject pronouns before a verb (إنها، أنهم) and the words that open a count after
    #: it besides number words (أكثر من، كل): an active killing (_agreeing_pronoun)
    agent_pronouns: frozenset[str] = frozenset()
    count_leads: frozenset[str] = frozenset()
    #: nouns of fighting whose مع names the side fought (_clash_opponent)
    clash_nouns: frozenset[str] = frozenset()
    between_hosts: frozenset[str] = frozenset()
    relative_deed_nouns: frozenset[str] = frozenset()
    relative_deed_adjectives: frozenset[str] = frozenset()
    relative_deed_preps: frozenset[str] = frozenset()
    #: verbs whose subject died or was hit (قتلوا، لقوا حتفهم، أصيبوا): soldiers with a state adjective by them are
    #: the side struck (_dead_soldiers)
    death_verbs: frozenset[str] = frozenset()
    #: words of place or cause that may open the deed after a time set off by commas (_join_time_asides)
    time_aside_preps: frozenset[str] = frozenset()
    #: verbs of providing whose subject the definite التحالف right after them is (يوفر التحالف غطاء جويا)
    coalition_provide_verbs: frozenset[str] = frozenset()
    #: ideas, feelings and measures (إعادة، غضب، أزمة، العقوبات، الفساد) whose verb or noun of attack is a figure
    #: of speech when they stand right after it
    abstract_objects: frozenset[str] = frozenset()
    #: ideas and schemes (الإرهاب، المشروع، الفكر) that make a figure of speech only as the trigger's own object
    #: or genitive: after a preposition they may be the label of a real strike (ضربة ضد الإرهاب في كونار) or a
    #: real site (هجوم على مشروع مياه)
    abstract_direct: frozenset[str] = frozenset()
    #: the types such a word cancels
    abstract_types: frozenset[str] = frozenset()
    #: prepositions a noun trigger may take before it (حرب على الفساد، حملة ضد الفساد)
    abstract_preps: frozenset[str] = frozenset()
    #: nouns of a stretch of time (الفترة، السنوات) whose relative clause tells how long a side held a place
    period_nouns: frozenset[str] = frozenset()
    #: the types whose verb in such a clause tells no event
    period_types: frozenset[str] = frozenset()
    #: kinds of entity whose verb of announcing names their own deed (أعلن الجيش اعتقال): states, forces, groups
    declared_deed_kinds: frozenset[str] = frozenset()
    #: the types of such a deed
    declared_deed_types: frozenset[str] = frozenset()
    #: the longest aside (a time, في بيان) between the announcer and the deed's noun
    declared_deed_gap: int = 5
    #: participles and verbs of ascribing (نسبت، المنسوب) that name an event's alleged doer after إلى
    ascribe_words: frozenset[str] = frozenset()
    #: the prepositions before the doer so named (إلى، لـ)
    ascribe_to: frozenset[str] = frozenset()
    #: how many words after the event noun such a word may stand
    ascribe_reach: int = 3
    #: for each relative word, the preposition + pronoun forms that agree with it (الذي: فيه، عليه)
    relative_resumptives: dict[str, frozenset[str]] = field(default_factory=dict)
    #: unnamed antecedents (المسلحين، الجهة) that lend a relative clause's verb no doer
    relative_nameless: frozenset[str] = frozenset()
    #: how many adjectives may stand between an antecedent and its relative word
    relative_adjectives: int = 2
    #: the general nouns of one strike (هجوم، ضربة، غارة، قصف، انفجار) whose definite form, with nothing of its
    #: own, names again the happening of its type told just before, whatever word told it (see `_recalled`)
    recall_nouns: frozenset[str] = frozenset()
    #: how many sentences back that happening may have been told
    recall_sentences: int = 2
    #: definite nouns of people (الجنود، المهاجمين) whose killing, so named, is that of a killing told before
    recall_victims: frozenset[str] = frozenset()
    #: words of remembrance right before a noun of death (ذكرى مقتل): a past toll recalled, no attack told
    casualty_not_after: frozenset[str] = frozenset()
    #: soldier nouns after a casualty noun (مقتل جندي، إصابة أربعة جنود روس): a state army's own men
    lost_soldier_nouns: frozenset[str] = frozenset()
    #: kinds of announcer whose bare «مقتل جندي» tells of its own loss (a state, its army or ministry; an armed
    #: group's «جندي» is most often the enemy's)
    lost_soldier_kinds: frozenset[str] = frozenset()
    #: words between a casualty noun and the soldier noun (a count, نحو، أحد)
    lost_soldier_counts: frozenset[str] = frozenset()
    #: campaign nouns (عملية، حملة) whose مع-phrase names a partner in an attack, not its target
    joint_campaign_words: frozenset[str] = frozenset()
    #: words after which a name is what an operation is called (تحت اسم، باسم), never a party to it
    naming_words: frozenset[str] = frozenset()
    #: pack refs of doers named only as unknown (مسلحون مجهولون): such a doer contradicts no named one, so a
    #: telling that names it may be the same happening as one a group claimed (see `_object_retold`)
    unknown_doer_refs: frozenset[str] = frozenset()
    #: words skipped between a trigger and its object when the object is compared (اغتالوا فجر اليوم المرشح)
    object_skip_words: frozenset[str] = frozenset()
    #: how many sentences back the first, indefinite telling may be (see `_object_retold`)
    object_recall_sentences: int = 3
    #: measures that, threatened under ب (هدد بفرض عقوبات، التلويح باتخاذ إجراءات), are no armed deed
    threat_not_deeds: frozenset[str] = frozenset()
    #: how many words after a threat word its deed under ب may stand (توعد في تسجيل صوتي أمس باستهداف)
    threat_deed_window: int = 8
    #: triggers of joining or refuge (لجأ، انضم إلى) that tell a defection only towards a named side or place
    join_bases: frozenset[str] = frozenset()
    #: how many words after such a trigger the side or place may be named
    join_reach: int = 4
    #: measures (عقوبات، قانون، قرار) that, as the subject of a verb of targeting, make it no strike
    abstract_subjects: frozenset[str] = frozenset()
    #: nouns of progress that are a capture only when a party makes it (see `_idle_reading`)
    progress_nouns: frozenset[str] = frozenset()
    #: negation particles that cancel progress anywhere before it in its clause (لم يحرز عمال الإنقاذ تقدما)
    progress_negations: frozenset[str] = frozenset()
    #: one's own doors as the object of a verb of closing (أغلقت المحال أبوابها): no road closed
    closed_doors: frozenset[str] = frozenset()
    closed_doors_window: int = 6
    #: masdars of handing over or bringing back that, with a pronoun after an arrest, end that arrest
    arrest_sequels: frozenset[str] = frozenset()
    arrest_sequel_window: int = 10
    #: conditional trigger bases that are no trigger at all when their condition fails (أطلق with no سراح)
    unmet_not_triggers: frozenset[str] = frozenset()
    #: closing verbs and nouns, and the buildings and bodies whose closing is a shutdown, no road closed
    #: (`_closed_institution`; both lists without the article), and the ground words that keep it a closing
    closing_bases: frozenset[str] = frozenset()
    closed_institutions: frozenset[str] = frozenset()
    closed_grounds: frozenset[str] = frozenset()
    #: adjectives calling an event noun previous (السابقة، سابقة): earlier happenings, no event (`_previous_ones`)
    previous_words: frozenset[str] = frozenset()
    #: prepositions under which a definite event noun names a happening told before (`_oblique_retold`)
    oblique_preps: frozenset[str] = frozenset()
    #: words that end the reach of a time fronted at a sentence's opening (`_fronted_time`): clause openers of
    #: time, cause and contrast, and complementizers with a pronoun (أنه، إنها), beside time_subordinators and
    #: announce_time_stops
    fronted_time_stops: frozenset[str] = frozenset()
    #: verbs of announcing that, opening a sentence, lend the time set off after their subject to the deed
    #: they announce (`_announced_time`)
    announce_verbs: frozenset[str] = frozenset()
    #: nisba adjective endings (folded) that may stand between an event noun and its word of "previous"
    #: (محادثات كورية ثنائية سابقة, `_previous_ones`)
    previous_nisba_endings: tuple[str, ...] = ()
    #: dual, plural and -iyya endings, in the order tried, taken off a telling's head (`_head_stems`)
    head_number_endings: tuple[str, ...] = ()
    #: light verbs that take their noun under ب (قام بقصف، بدأت بقصف، باشر بقصف); any other light verb (عقد، شن،
    #: نفذ) carries no ب-noun after it (مؤتمر عقده في أنقرة ... بقصف القرى: the accused deed, not the meeting's)
    light_b_bases: frozenset[str] = frozenset()


@cache
def _cue_words(key: str, bare: bool = False) -> frozenset[str]:
    """The event_cues word list under `key`, folded, and with `bare` without the article (so that a form
    with or without ال meets it): one cached loader for the lists a single rule reads, instead of one
    loader function per key."""
    words = load_json("event_cues").get(key, [])
    return _bare_set(words) if bare else frozenset(_f(w) for w in words)


@cache
def _section_words(section: str, key: str) -> frozenset[str]:
    """The folded word list `key` of the event_cues object `section` (said_meetings nouns, facility_events
    openers): a rule's own small table read once, not per trigger."""
    return frozenset(_f(w) for w in load_json("event_cues").get(section, {}).get(key, ()))


@cache
def _cue_int(key: str, default: int = 0) -> int:
    """The number `key` of the event_cues pack (a reach in words or sentences), read once per process rather
    than once per draft by the rule that uses it."""
    return int(load_json("event_cues").get(key, default))


@cache
def _section_phrases(section: str, key: str) -> frozenset[tuple[str, ...]]:
    """The phrases `key` of the event_cues object `section`, each a tuple of folded words (عادة ما)."""
    return frozenset(tuple(_f(w) for w in p.split()) for p in load_json("event_cues").get(section, {}).get(key, ()))


@cache
def _phrase_openers(phrases: frozenset[tuple[str, ...]]) -> frozenset[str] | None:
    """The first words of `phrases`, or None when one is empty (it is met anywhere): the gate of `_phrase_in`."""
    if () in phrases:
        return None
    return frozenset(p[0] for p in phrases)


def _phrase_in(words: list[str], phrases: frozenset[tuple[str, ...]]) -> bool:
    """Whether one of `phrases` (tuples of words, `_section_phrases`) is a run of `words`. Each phrase is tried
    at each position only when a phrase's first word is among the words: a rule asks this for every trigger,
    and its phrases are rare (the walk of every phrase at every position was ~90,000 generator steps per 450
    articles for the habitual rule alone)."""
    openers = _phrase_openers(phrases)
    if openers is not None and openers.isdisjoint(words):
        return False
    return any(tuple(words[i:i + len(p)]) == p for p in phrases for i in range(len(words) - len(p) + 1))


@cache
def _dual_endings() -> tuple[tuple[str, str], ...]:
    """event_cues dual_endings, folded, in the pack's order (تان before ان): each dual ending with what the
    singular ends in instead."""
    return tuple((_f(end), _f(sing)) for end, sing in load_json("event_cues").get("dual_endings", {}).items())


@cache
def _cue_labels(key: str) -> frozenset[str]:
    """The event_cues list `key` of labels (event types), unfolded: read once, not per draft."""
    return frozenset(load_json("event_cues").get(key, ()))


@cache
def _section_int(section: str, key: str) -> int:
    """The number `key` of the event_cues object `section` (a reach in words), 0 when absent."""
    return int(load_json("event_cues").get(section, {}).get(key, 0))


@cache
def cues() -> Cues:
    """The event_cues pack, loaded once per process."""
    data = load_json("event_cues")

    def fs(key: str) -> frozenset[str]:
        return frozenset(_f(w) for w in data.get(key, []))

    explicit: dict[str, Any] = dict(
        agent_markers=tuple([_f(w) for w in pair] for pair in data["agent_markers"]),
        nisba=tuple(_f(w) for w in data["nisba_endings"]),
        manner=fs("manner_adjectives"),
        purpose_types=frozenset(data.get("purpose_types", [])),
        operation_types=frozenset(data.get("operation_types", [])),
        oblique_endings=tuple(_f(w) for w in data.get("oblique_endings", [])),
        group_kinds=frozenset(data.get("group_kinds", [])),
        claimed_types=frozenset(data.get("claimed_types", [])),
        title_words=frozenset(itertools.chain.from_iterable(
            (t, t[2:] if t.startswith("ال") else "ال" + t)
            for t in (_f(w).split()[0] for w in load_json("roles").get("person_roles", []) if _f(w)))),
        region_words=tuple(_f(w) for w in data["region_words"]),
        settlement_kinds=frozenset(data["settlement_kinds"]),
        plural_endings=tuple(_f(w) for w in data["plural_endings"]),
        previous_nisba_endings=tuple(_f(w) for w in data.get("previous_nisba_endings", [])),
        head_number_endings=tuple(_f(w) for w in data.get("head_number_endings", [])),
        attacked_types=frozenset(data["attacked_types"]), venue_types=frozenset(data["venue_types"]),
        restated_types=frozenset(data["restated_types"]),
        from_agent_types=frozenset(data.get("from_agent_types", [])),
        civil_kinds=frozenset(data.get("civil_kinds", [])),
        person_patient_types=frozenset(data.get("person_patient_types", [])),
        history_years=int(data.get("history_years", 15)),
        prevent_window=int(data.get("prevent_window", 9)),
        own_forces=_own_force_forms(data.get("own_forces", []), data.get("own_suffixes", [])),
        convict_forms=frozenset(_f(x) for x in data.get("convict_forms", [])),
        reaction_manner=frozenset(_f(x) for x in data.get("reaction_manner", [])),
        blame_nouns=frozenset(_f(x) for x in data.get("blame_nouns", [])),
        claim_reach=int(data.get("claim_reach", 8)),
        not_objects=frozenset(_f(x) for x in data.get("not_objects", [])),
        l_adjectives=frozenset(_f(x) for x in data.get("l_adjectives", [])),
        result_window=int(data.get("result_window", 2)),
        result_sentences=int(data.get("result_sentences", 2)),
        apposed_cause_reach=int(data.get("apposed_cause_reach", 8)),
        incident_marks={_f(w): kind for kind, words in data.get("incident_marks", {}).items() for w in words},
        incident_window=int(data.get("incident_window", 3)),
        holding_prefixes=tuple(_f(x) for x in data.get("holding_prefixes", [])),
        plural_verb_endings=tuple(_f(x) for x in data.get("plural_verb_endings", [])),
        dual_verb_endings=tuple(_f(x) for x in data.get("dual_verb_endings", [])),
        background_relative=tuple(_f(x) for x in data.get("background_relative", [])),
        background_types=frozenset(data.get("background_types", [])),
        plan_types=frozenset(data.get("plan_types", [])),
        plan_window=int(data.get("plan_window", 4)),
        intercept_verbs=tuple(data.get("intercept_verbs", [])),
        intercepted_objects=tuple(data.get("intercepted_objects", [])),
        intercept_window=int(data.get("intercept_window", 2)),
        provide_window=int(data.get("provide_window", 6)),
        brandish_window=int(data.get("brandish_window", 8)),
        adjective_doer_types=frozenset(data.get("adjective_doer_types", [])),
        own_suffixes=tuple(sorted((_f(x) for x in data.get("own_suffixes", [])), key=len, reverse=True)),
        accused_deed_types=frozenset(data.get("accused_deed_types", [])),
        opposing_types=frozenset(data.get("opposing_types", [])),
        patron_guard_types=frozenset(data.get("patron_guard_types", [])),
        comment_teller_kinds=frozenset(data.get("comment_teller_kinds", [])),
        comment_teller_types=frozenset(data.get("comment_teller_types", [])),
        sentence_doer_types=frozenset(data.get("sentence_doer_types", [])),
        agent_pronouns=fs("agent_pronouns"),
        clash_nouns=fs("clash_nouns"),
        between_hosts=fs("between_hosts"),
        relative_deed_nouns=fs("relative_deed_nouns"),
        relative_deed_adjectives=fs("relative_deed_adjectives"),
        relative_deed_preps=fs("relative_deed_preps"),
        count_leads=fs("count_leads"),
        death_verbs=fs("death_verbs"),
        campaign_reach=int(data.get("campaign_reach", 12)),
        opposing_min=int(data.get("opposing_min", 2)),
        sufferer_min=int(data.get("sufferer_min", 2)), sufferer_ratio=float(data.get("sufferer_ratio", 2.0)),
        holding_links=int(data.get("holding_links", 0)),
        toll_years=int(data.get("toll_years", 3)),
        control_fillers=fs("control_fillers") | fs("subject_fillers"),
        body_subject_types=frozenset(data.get("body_subject_types", [])),
        cease_types=frozenset(data.get("cease_types", [])),
        captured_types=frozenset(data.get("captured_types", [])),
        verbal_attack_window=int(data.get("verbal_attack_window", 12)),
        abstract_objects=_bare_set(data.get("abstract_objects", [])),
        abstract_direct=_bare_set(data.get("abstract_direct", [])),
        abstract_types=frozenset(data.get("abstract_types", [])),
        period_nouns=_bare_set(data.get("period_nouns", [])),
        period_types=frozenset(data.get("period_types", [])),
        declared_deed_kinds=frozenset(data.get("declared_deed_kinds", [])),
        declared_deed_types=frozenset(data.get("declared_deed_types", [])),
        declared_deed_gap=int(data.get("declared_deed_gap", 5)),
        ascribe_reach=int(data.get("ascribe_reach", 3)),
        relative_resumptives={_f(r): frozenset(_f(w) for w in ws)
                              for r, ws in data.get("relative_resumptives", {}).items()},
        relative_adjectives=int(data.get("relative_adjectives", 2)),
        recall_nouns=_bare_set(data.get("recall_nouns", [])),
        recall_sentences=int(data.get("recall_sentences", 2)),
        object_recall_sentences=int(data.get("object_recall_sentences", 3)),
        threat_deed_window=int(data.get("threat_deed_window", 8)),
        join_reach=int(data.get("join_reach", 4)),
        closed_doors_window=int(data.get("closed_doors_window", 6)),
        arrest_sequel_window=int(data.get("arrest_sequel_window", 10)),
        unknown_doer_refs=frozenset(data.get("unknown_doer_refs", [])),
        body_kinds=frozenset(data.get("body_kinds", [])), body_types=frozenset(data.get("body_types", [])),
        lam_receiver_types=frozenset(data.get("lam_receiver_types", [])),
        government_kinds=tuple(data.get("government_kinds", [])),
        lost_soldier_kinds=frozenset(data.get("lost_soldier_kinds", [])),
        device_bare=_bare_set(data.get("device_triggers", [])),
    )
    # every other word list is read from the pack key of its own name, so a new list needs only its field
    lists = {f.name: fs(f.name) for f in fields(Cues)
             if f.name not in explicit and f.type == "frozenset[str]" and f.name in data}
    return Cues(**explicit, **lists)


def _own_force_forms(nouns: list[str], suffixes: list[str]) -> frozenset[str]:
    """قواته، قواتها، طائراتهم، مقاتليه: each force noun with each pronoun suffix (a final ة as ت)."""
    out = set()
    for n in nouns:
        w = _f(n)
        stem = w[:-1] + "ت" if w.endswith("ه") else w
        out.update(stem + _f(suf) for suf in suffixes)
    return frozenset(out)


@cache
def _scale_words() -> frozenset[str]:
    """The numbers pack's scale words, which count_words leaves out (ألف، آلاف، ألفي، ألفاً، مليون), folded."""
    nums = load_json("numbers")
    words = {fold_text(w) for w in (*nums["scales"], *nums["scale_duals"])}
    return frozenset(words | {w + "ا" for w in map(fold_text, nums["scales"])})


@cache
def _attacked_words() -> frozenset[str]:
    """The one-word attacked_nouns of the event_cues pack (تعزيزات، تجمعات، أرتال): forces in place that an
    attack hits, so their owner under ل is its target like the owner of a position."""
    return frozenset(_f(w) for w in load_json("event_cues").get("attacked_nouns", []) if " " not in w)


@cache
def _passive_relative_cues() -> tuple[frozenset[str], frozenset[str]]:
    """The event_cues keys of `_passive_relative`: the event types and the words that may follow its verb."""
    data = load_json("event_cues")
    return (frozenset(data.get("relative_passive_types", [])),
            frozenset(_f(w) for w in data.get("relative_passive_next", [])))


@cache
def _place_cues() -> dict[str, Any]:
    """The event_cues keys of the article's incident place (see `_incident_place`) and of the place choice
    inside an event's sentence (see `_place`)."""
    data = load_json("event_cues")
    return {"types": frozenset(data.get("incident_place_types", [])),
            "lead": int(data.get("incident_lead_sentences", 2)),
            "strength": int(data.get("incident_lead_strength", 3)),
            "region_km": int(data.get("incident_region_km", 250)),
            "precisions": frozenset(data.get("incident_place_precisions", [])),
            "background": frozenset(_f(w) for w in data.get("incident_background", [])),
            "said_opens": tuple(data.get("place_said_opens", [])),
            "said_settings": frozenset(_f(w) for w in data.get("place_said_settings", [])),
            "statement_settings": frozenset(_f(w) for w in data.get("place_statement_settings", [])),
            "seat": frozenset(_f(w) for w in data.get("place_seat_words", [])),
            "seat_fillers": frozenset(_f(w) for w in data.get("place_seat_fillers", [])),
            "distance_units": frozenset(_f(w) for w in data.get("place_distance_units", [])),
            "distance_preps": frozenset(_f(w) for w in data.get("place_distance_preps", [])),
            "reply": frozenset(_f(w) for w in data.get("place_reply_words", [])),
            "topic_nouns": frozenset(_f(w) for w in data.get("place_topic_nouns", [])),
            "topic_preps": frozenset(_f(w) for w in data.get("place_topic_preps", [])),
            "where": frozenset(_f(w) for w in data.get("place_where_words", []))}


@cache
def _anaphor_forms(anaphora: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Each written form of an anaphora noun (المدينة، بالمدينة، للمدينة, with و/ب/ف/وب/في before the
    noun) -> the nouns it writes, in the order `_place_anaphor` tried them: it looked at every word of a
    clause against every noun with string operations, ~1/4 of the events stage."""
    out: dict[str, list[str]] = {}
    for a in anaphora:
        for f in dict.fromkeys((a, *with_proclitics(a, "place_anaphor", min_stem=0))):
            out.setdefault(f, []).append(a)
    return {f: tuple(nouns) for f, nouns in out.items()}


@cache
def _expel_cues() -> tuple[frozenset[str], frozenset[str], int]:
    """event_cues expel_bases, expel_not_objects, expel_window (see `_expelled_envoys`)."""
    data = load_json("event_cues")
    bases = frozenset(_f(w) for w in data.get("expel_bases", []))
    objects = _bare_set(data.get("expel_not_objects", []))
    return bases, objects, int(data.get("expel_window", 6))


@cache
def _raid_cues() -> tuple[frozenset[str], frozenset[str]]:
    """event_cues raid_bases and raid_kill_bases, folded (see `_raids_of_killings`)."""
    data = load_json("event_cues")
    return (frozenset(_f(w) for w in data.get("raid_bases", [])),
            frozenset(_f(w) for w in data.get("raid_kill_bases", [])))


@cache
def _saying_forms() -> frozenset[str]:
    """The inflected forms of attribution's verbs of saying (قال، قالت، حذر، أكد …), folded."""
    return frozenset(_f(w) for v in load_json("attribution")["verbs"].values() for w in v.get("forms", ()))


@cache
def _civil_cues() -> tuple[frozenset[str], frozenset[str], frozenset[str], int]:
    """event_cues conflict_kinds, civil_weak_types, civil_force_words (folded, without ال) and civil_force_min."""
    d = load_json("event_cues")
    return (frozenset(d.get("conflict_kinds", [])), frozenset(d.get("civil_weak_types", [])),
            _bare_set(d.get("civil_force_words", [])),
            int(d.get("civil_force_min", 0)))


@cache
def _agree_cues() -> tuple[frozenset[str], frozenset[str]]:
    """event_cues agree_bases and agreed_opinions, folded."""
    d = load_json("event_cues")
    return (frozenset(_f(w) for w in d.get("agree_bases", [])),
            frozenset(_f(w) for w in d.get("agreed_opinions", [])))


@cache
def _pointback_cues() -> tuple[frozenset[str], frozenset[str]]:
    """event_cues pointback_words and pointback_preps, folded."""
    d = load_json("event_cues")
    return (frozenset(_f(w) for w in d.get("pointback_words", [])),
            frozenset(_f(w) for w in d.get("pointback_preps", [])))


@cache
def _retell_cues() -> tuple[frozenset[str], frozenset[str], int]:
    """event_cues retell_devices and retell_doers (folded, without the article), with force_subjects, and
    retell_sentences (see `_incident_retold`)."""
    data = load_json("event_cues")
    devices = _bare_set(data.get("retell_devices", []))
    doers = _bare_set(data.get("retell_doers", []) + data.get("force_subjects", []))
    return devices, doers, int(data.get("retell_sentences", 2))


@cache
def _peace_cues() -> tuple[frozenset[str], frozenset[str]]:
    """event_cues civil_peace_types and civil_peace_words (folded, without ال)."""
    d = load_json("event_cues")
    return (frozenset(d.get("civil_peace_types", [])),
            _bare_set(d.get("civil_peace_words", [])))


@cache
def _figurative_blast_cues() -> tuple[frozenset[str], frozenset[str]]:
    """event_cues figurative_blast_bases and figurative_blast_words (folded, without ال)."""
    d = load_json("event_cues")
    return (frozenset(_f(w) for w in d.get("figurative_blast_bases", [])),
            _bare_set(d.get("figurative_blast_words", [])))


@cache
def _launch_cues() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """event_cues launcher_types, launched_weapons and launch_relatives with their object pronoun."""
    d = load_json("event_cues")
    rel = frozenset(_f(w) for w in d.get("launch_relatives", []) if _f(w).endswith(("ه", "ها", "هما", "هم")))
    return (frozenset(d.get("launcher_types", [])), frozenset(_f(w) for w in d.get("launched_weapons", [])), rel)


@cache
def _coordination_cues() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """event_cues coordination_conflict_words (folded, without ال), coordination_fight_types,
    coordination_fighter_kinds and coordination_topic_words (folded, without ال)."""
    d = load_json("event_cues")
    return (_bare_set(d.get("coordination_conflict_words", [])),
            frozenset(d.get("coordination_fight_types", [])), frozenset(d.get("coordination_fighter_kinds", [])),
            _bare_set(d.get("coordination_topic_words", [])))


def _fire_death_bases() -> frozenset[str]:
    """event_cues fire_death_bases (folded): the verbs of dying that triggers.json makes an attack only with the
    fire that killed after them (لقي، توفي، استشهد ... برصاص، بنيران)."""
    return frozenset(_f(w) for w in load_json("event_cues").get("fire_death_bases", []))


@cache
def _bare_windows() -> dict[int, tuple[frozenset[str], int]]:
    """triggers.json conditional entries with a bare_window: their listed verb forms (folded) and the reach
    those forms have, with no pronoun on them."""
    out = {}
    for i, c in enumerate(load_json("triggers").get("conditional", [])):
        if "bare_window" in c:
            forms = frozenset(_f(w) for w in c.get("past", []) + c.get("present", []))
            out[i] = (forms, int(c["bare_window"]))
    return out


@cache
def _other_sense_cues() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """event_cues other_sense_types, other_sense_words and other_sense_blockers (words folded, without ال)."""
    d = load_json("event_cues")
    return (frozenset(d.get("other_sense_types", [])),
            _bare_set(d.get("other_sense_words", [])),
            _bare_set(d.get("other_sense_blockers", [])))


@cache
def _threat_civil_cues() -> tuple[frozenset[str], frozenset[str], int]:
    """event_cues threat_civil_objects (folded, without ال), threat_civil_preps and threat_civil_window."""
    d = load_json("event_cues")
    return (_bare_set(d.get("threat_civil_objects", [])),
            frozenset(_f(w) for w in d.get("threat_civil_preps", [])), int(d.get("threat_civil_window", 2)))


def _bare_set(words: Iterable[str]) -> frozenset[str]:
    """Pack words folded and without the article, for a list a word with or without ال is checked against.
    The article is taken off only where the word had one before folding: folding makes أ/إ/آ a bare alef, so
    ألغام, إلغاء, آليات fold to الغام, الغاء, اليات, and stripping ال then ate their first letters (غام, which
    الألغام, stripped once, never meets). Such a word keeps its folded form and the stripped one, so a text
    word meets it with its article (الألغام → الغام) or without (ألغام, which callers strip to غام)."""
    out: set[str] = set()
    for w in words:
        f = _f(w)
        if not f.startswith("ال"):
            out.add(f)
        elif dediacritise(w).lstrip().startswith("ال"):
            out.add(f[2:])
        else:
            out |= {f, f[2:]}
    return frozenset(out)


@cache
def speech_frame_cues() -> tuple[frozenset[str], frozenset[str], int]:
    """event_cues speech_threat_frames, folded: the speech nouns among the threat frames (تصريحات), the words
    that end their reach over a deed after them (a complementizer, a word of time or sequence), and the reach."""
    spec = load_json("event_cues").get("speech_threat_frames", {})
    return (frozenset(_f(w) for w in spec.get("words", [])), frozenset(_f(w) for w in spec.get("stops", [])),
            int(spec.get("reach", 0)))
