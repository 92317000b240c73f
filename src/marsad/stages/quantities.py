"""Stage: quantities — numbers with the unit they count (300 عنصر, عشرات الملايين من الدولارات, انتحاريان).

The stage works on tokens of the folded text (letters, digit runs, single punctuation marks), so every
pattern is a walk over a token list and no regular expression can backtrack catastrophically. All the
vocabulary (number words, multipliers, vague plurals, approximators, the noun→unit map) lives in
`data/numbers.json`; this module only knows the grammar of an Arabic number phrase:

    [approximator] [بين|من] NUMBER [إلى|و|حتى NUMBER] [من] NOUN [approximator]

A number with no noun that maps to a unit is not reported: a bare number in news text is far more often a
year, a date, a unit name (الفرقة 25) or a code than a count, and an unknown unit cannot be scored anyway.
"""

from __future__ import annotations

import bisect
import gc
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import repeat
from operator import attrgetter
from typing import Any, NamedTuple

from marsad import model
from marsad.packs import folded_words, load_json
from marsad.pipeline import Doc, stage
from marsad.textnorm import fold_text, proclitic_splits, with_proclitics

#: the largest value we accept; a longer run of digits is an identifier, not a count
MAX_VALUE = 10**15
#: the largest plain digit run read as a count (longer runs are identifiers or phone numbers); a figure
#: with a multiplier (1.5 تريليون) may be larger
_MAX_PLAIN = 10**12
_MAX_DIGITS = 16

# ASCII digit runs (folding turned Arabic-Indic and Persian digits into ASCII) with internal separators
# (one mandatory separator between runs, so no nested ambiguity), letter runs, or one other visible character;
# one group per kind
_TOKEN = re.compile(r"([0-9]+(?:[.,][0-9]+)*)|([^\W\d_]+)|([^\w\s])")
_LATIN = re.compile(r"[a-z]")

# the proclitic sets (data/clitics.json) that can stick to the first word of a phrase: with the article, and
# without it. Neither has ك (كمية/كميات, "a quantity", would read as ك + مية/مئات once hamza is folded)
_PROCLITICS = "conj_prep_article"
_SHORT_PROCLITICS = "conj_prep_no_kaf"


class Tok(NamedTuple):
    """One token of the folded text (a named tuple: the stages make hundreds per article)."""

    text: str  # folded
    start: int  # offsets into the folded text
    end: int
    kind: str  # num | word | punct


@dataclass(slots=True)
class Lexicon:
    ones: dict[str, int]
    teen_heads: dict[str, int]
    teen_tails: frozenset[str]
    tens: dict[str, int]
    hundreds: dict[str, int]
    hundred_words: frozenset[str]
    scales: dict[str, int]
    scale_duals: dict[str, int]
    fractions: dict[str, float]
    vague: dict[str, tuple[int, str]]
    vague_of: dict[str, str]
    approx_before: dict[str, list[tuple[tuple[str, ...], str]]]  # by first word, longest phrase first
    approx_after: dict[str, list[tuple[tuple[str, ...], str]]]
    range_openers: list[tuple[str, ...]]
    range_joiners: frozenset[str]
    year_cues: frozenset[str]
    not_before: frozenset[str]
    units: dict[tuple[str, ...], tuple[str, str]]  # folded noun tokens -> (unit, printed noun)
    duals: dict[str, tuple[str, str]]  # folded dual form -> (unit, printed singular)
    construct_duals: dict[str, tuple[str, str]]  # سيارتي: only when another word follows
    context_nouns: frozenset[str]
    context_unit: str
    context_cues: frozenset[str]
    square: frozenset[str]
    anaphora: frozenset[str]
    anaphora_units: frozenset[str]
    after_one: frozenset[str]
    others: frozenset[str]
    count_nouns: frozenset[str]
    stop_before: frozenset[str]
    months: frozenset[str]
    possessive: tuple[str, ...] = ()
    #: sound plurals written like their dual (طيارين، مسلحين): a count of two only when a dual pronoun
    #: (مقاتلتهما، منهما) later in the sentence says so
    plural_duals: dict[str, tuple[str, str]] | None = None
    dual_pronouns: tuple[str, ...] = ()
    people_count_nouns: frozenset[str] = frozenset()  # حصيلة: a bare figure of it counts people
    count_nouns_of_them: frozenset[str] = frozenset()  # عددهم، عددهن: the number of persons named before
    subject_cues: frozenset[str] = frozenset()
    crowd_cues: frozenset[str] = frozenset()  # تظاهر، خرج، احتشد: verbs whose bare vague subject is a crowd
    crowd_next: frozenset[str] = frozenset()  # في، إلى، أمام: words after such a crowd that are no noun of it
    casualty_nouns: frozenset[str] = frozenset()
    force_demonyms: frozenset[str] = frozenset()
    men_nouns: frozenset[str] = frozenset()
    force_cues: frozenset[str] = frozenset()
    casualty_cues: frozenset[str] = frozenset()
    casualty_next: frozenset[str] = frozenset()
    part_units: frozenset[str] = frozenset()
    others_skip_units: frozenset[str] = frozenset()
    volume_words: frozenset[str] = frozenset()
    #: words after a distance that make it a speed (كلم بالساعة)
    rate_words: frozenset[str] = frozenset()
    article_duals: dict[str, tuple[str, str]] | None = None  # الـ + dual (اليومين), time units only
    #: words after العامين that keep it a span of time after a definite plural (المدنيين العامين الماضيين)
    time_dual_adjectives: frozenset[str] = frozenset()
    others_duals: frozenset[str] = frozenset()
    feminine_ones: frozenset[str] = frozenset()
    after_two: frozenset[str] = frozenset()
    of_skip: frozenset[str] = frozenset()
    wounded_nouns: frozenset[str] = frozenset()
    member_nouns: frozenset[str] = frozenset()
    force_nouns: frozenset[str] = frozenset()
    part_cues: frozenset[str] = frozenset()
    wounded_cues: frozenset[str] = frozenset()
    of_only: frozenset[str] = frozenset()
    subject_after: frozenset[str] = frozenset()
    generic_people: frozenset[str] = frozenset()
    nisba_endings: tuple[str, ...] = ()
    not_nisba: frozenset[str] = frozenset()
    age_cues: frozenset[str] = frozenset()
    age_before: frozenset[str] = frozenset()
    span_nouns: frozenset[str] = frozenset()
    #: singular nouns (those whose dual counts two): never the antecedent of a bare count of several
    singulars: frozenset[str] = frozenset()
    total_before: frozenset[str] = frozenset()
    #: two-word nouns counted by their dual (جهازين متفجرين): folded dual of the noun -> (folded duals of
    #: the adjective, unit, printed singular)
    phrase_duals: dict[str, tuple[frozenset[str], str, str]] | None = None
    nisba_plural_endings: tuple[str, ...] = ()
    #: person nouns (فرد، شخص) whose adjective may name the kind counted (فرداً تكفيرياً)
    member_adjective_nouns: frozenset[str] = frozenset()
    #: nouns a count before them counts that are no unit of ours (أسرة، منازل): the count is left out
    uncounted: frozenset[str] = frozenset()
    #: country adjectives after دولار that make it another currency than the US dollar (دولار أسترالي)
    foreign_dollars: frozenset[str] = frozenset()
    #: words after which a noun names the agent of a casualty (برصاص، بنيران، على يد), never its victims
    agent_cues: frozenset[str] = frozenset()
    #: attack nouns and verbs right before a force noun (or before من + it) that make the force the attacker
    attack_heads: frozenset[str] = frozenset()
    #: arrest, abduction and deportation words before a count of a nationality (اعتقال 14 إيرانياً), and
    #: the words before على that make one (القبض على)
    nisba_cues: frozenset[str] = frozenset()
    #: folded cue word -> the fact a count near it states (killed, wounded, arrested, ...)
    fact_cues: dict[str, str] | None = None
    #: the most words a unit noun has (طائرة بدون طيار)
    unit_words: int = 2
    #: weekday names and the near-day words (calendar pack): يوم before one of them dates, it counts no days
    day_names: frozenset[str] = frozenset()
    #: every folded word (with or without a proclitic) at which `_parse_at` can find something; all other
    #: words are skipped without trying the grammar (see `_starters`)
    starters: frozenset[str] = frozenset()
    #: starters that only open a phrase of several words (على الأقل، ما بين، من X إلى): tried only when the
    #: next token can continue one (see `_weak_starters`)
    weak_starters: frozenset[str] = frozenset()
    #: the tokens that can follow a weak starter
    weak_next: frozenset[str] = frozenset()
    #: folded fraction words joined after a unit noun (ونصف، وربع) -> the fraction they add
    halves: dict[str, float] | None = None
    #: units whose figure may have a fraction after its noun (a span, a distance, a sum; not persons)
    half_units: frozenset[str] = frozenset()
    #: prepositions of a parallel count with its noun left out (65 شخصاً في أغرا و35 في راجستان)
    ellipsis_preps: frozenset[str] = frozenset()
    #: prepositions that may open a short phrase between a killing or wounding verb and its bare count (وقتل
    #: في الهجوم 12، وقتل في الصراع عشرات الآلاف), and the same with a pronoun, a phrase alone (قتل فيها نحو 90)
    gap_preps: frozenset[str] = frozenset()
    gap_pronoun_preps: frozenset[str] = frozenset()
    #: words that open a span of time (منذ، لمدة، خلال): the years after them are no age
    span_openers: frozenset[str] = frozenset()
    #: verbs of a figure's change (ارتفع، انخفض): right before عدد/حصيلة they make the figure after إلى a toll
    change_verbs: frozenset[str] = frozenset()
    #: folded noun -> unit, for nouns that count only with a pronoun suffix after من (أنصاره; أنصار الله is a name)
    suffixed_units: dict[str, str] = field(default_factory=dict)
    #: the transitive ones (رفع، خفض): their subject may stand between them and عدد
    change_verbs_transitive: frozenset[str] = frozenset()
    #: prepositions that end the words a transitive change verb's subject may take (رفع الحظر على عدد من)
    change_subject_stops: frozenset[str] = frozenset()
    #: tokens a toll's figure after إلى may stand after the عدد/حصيلة a change verb opens
    toll_reach: int = 0
    #: ones words spelled like a fraction noun (خمس "a fifth"): a fraction before a definite noun or a head
    fraction_ones: frozenset[str] = frozenset()
    #: heads of a whole a fraction is taken of (خمس عدد، عشر سكان)
    fraction_heads: frozenset[str] = frozenset()
    #: nouns of a programme or a work whose name may be a figure and its noun (برنامج مئة يوم)
    title_nouns: frozenset[str] = frozenset()
    #: nouns that give a name in quotes after them (قائمة «مئة امرأة»، حملة «ألف يوم»)
    name_nouns: frozenset[str] = frozenset()
    #: superlatives that head a ranking when a number follows with no من (أهم 100 شخصية، أبرز 10 أحداث)
    superlatives: frozenset[str] = frozenset()
    #: relative pronouns: definite in form, but no noun a fraction could be taken of (الخمس اللواتي)
    relatives: frozenset[str] = frozenset()
    #: nouns of states or bodies a member noun may qualify (الدول الأعضاء، دولة عضو): that noun names no
    #: persons, so it is no group a later bare count is taken from
    member_heads: frozenset[str] = frozenset()
    #: words of company before a count of others (قتل القيادي مع 6 آخرين، ومعه ثلاثة آخرون): the others share
    #: the fact a verb earlier in the clause tells of the person named
    companion_words: frozenset[str] = frozenset()
    #: how many words before such a count the fact's word may stand (the person and a place between)
    companion_reach: int = 0
    #: verbs and nouns of flight (فر، هرب، فرار): a bare count of thousands they open is people fleeing
    flight_cues: frozenset[str] = frozenset()
    #: words of arrest or abduction (اعتقال، اختطف): a bare count they open, with no group told before and no
    #: noun after it, is people held
    arrest_cues: frozenset[str] = frozenset()
    #: words of source, time or manner that may follow the figure of «عددهم» (بحسب، وفق، كما، قد): no noun of it
    their_number_next: frozenset[str] = frozenset()


def _with_proclitics(words: Iterable[str], proclitics: str) -> frozenset[str]:
    """The words as written alone or after any proclitic of the set (as `strip_proclitic` would undo them)."""
    words = set(words)
    return frozenset(words.union(*(with_proclitics(w, proclitics) for w in words)))


def _starters(lex: Lexicon, *, phrase_openers: bool = True) -> frozenset[str]:
    """Words that can begin a quantity phrase: a dual noun, an approximator, a range opener, a vague plural
    or a number word, each bare or after a proclitic. Exactly the words for which `_parse_at` can succeed
    at a word token (besides a noun before واحد, checked separately). Without `phrase_openers`, the words
    that open a phrase only with the token after them (من 10 إلى 20، على الأقل) are left out."""
    first: set[str] = set(lex.duals) | set(lex.construct_duals) | set(lex.vague) | set(lex.teen_heads)
    first |= set(lex.ones) | set(lex.tens) | set(lex.hundreds) | set(lex.scales) | set(lex.scale_duals)
    first |= set(lex.fractions) | set(lex.article_duals or ()) | set(lex.others_duals) | set(lex.phrase_duals or ())
    first |= set(lex.plural_duals or ())
    first |= {w for w, phrases in lex.approx_before.items() if any(len(p) == 1 for p, _ in phrases)}
    if phrase_openers:
        first |= set(lex.approx_before) | {ph[0] for ph in lex.range_openers}
    return _with_proclitics(first, _PROCLITICS)


def _weak_starters(lex: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """Starters that can only open a phrase with the token after them, and the tokens that may follow.

    "من" and "على" are among the commonest words of any text, and are starters only as the first word of
    a range opener (من 10 إلى 20) or a longer approximator (على الأقل). `_parse_at` succeeds at such a word
    only if the next token is the phrase's second word or, after a one-word opener, a number (a digit run
    or a starter word); checking that token first skips half of all candidates with the same result."""
    weak = _starters(lex) - _starters(lex, phrase_openers=False)
    follow = {ph[1] for ph in lex.range_openers if len(ph) > 1}
    follow |= {words[1] for lst in lex.approx_before.values() for words, _ in lst if len(words) > 1}
    return weak, frozenset(follow)


def _phrases(items: Iterable[str]) -> list[tuple[str, ...]]:
    return sorted({tuple(fold_text(p).split()) for p in items}, key=len, reverse=True)


def _by_first(phrases: dict[str, str]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for k, v in phrases.items():
        words = tuple(fold_text(k).split())
        out.setdefault(words[0], []).append((words, v))
    for lst in out.values():
        lst.sort(key=lambda p: len(p[0]), reverse=True)
    return out


def _fold_keys(d: dict[str, Any]) -> dict[str, Any]:
    return {fold_text(k): v for k, v in d.items()}


def _day_names() -> frozenset[str]:
    cal = load_json("calendar")
    names = {w for forms in cal["weekdays"].values() for w in forms}
    names |= {k for k in cal["relative_days"] if " " not in k}
    return frozenset(fold_text(w) for w in names)


@cache
def lexicon() -> Lexicon:
    raw = load_json("numbers")
    units: dict[tuple[str, ...], tuple[str, str]] = {}
    for unit, nouns in raw["units"].items():
        for noun in nouns:
            units.setdefault(tuple(fold_text(noun).split()), (unit, noun))
    single_forms = {k[0] for k in units if len(k) == 1}
    duals: dict[str, tuple[str, str]] = {}
    construct: dict[str, tuple[str, str]] = {}
    construct_ok = {fold_text(n) for n in raw["construct_dual_nouns"]}
    broken_plural = {fold_text(n) for n in raw.get("nisba_broken_plural", ())}
    phrase_duals: dict[str, tuple[frozenset[str], str, str]] = {}
    plural_duals: dict[str, tuple[str, str]] = {}
    dual_pronoun_units = set(raw.get("dual_pronoun_units", ()))
    for noun in raw["dual_nouns"]:
        key = tuple(fold_text(noun).split())
        if key not in units:
            continue
        if len(key) == 2:
            # جهاز متفجر → جهازان/جهازين متفجران/متفجرين: noun and adjective both take the dual
            phrase_duals.update({f: (frozenset(_dual_forms(key[1])[0]), units[key][0], noun)
                                 for f in _dual_forms(key[0])[0]})
            continue
        unit = units[key][0]
        f = key[0]
        forms, cforms = _dual_forms(f, f in broken_plural)
        for form in forms:
            if form not in single_forms:  # a form that is also a listed plural stays a plural
                duals[form] = (unit, noun)
        if f + "ين" in single_forms and unit in dual_pronoun_units:
            plural_duals[f + "ين"] = (unit, noun)
        for form in cforms:
            if form not in single_forms and f in construct_ok:
                construct[form] = (unit, noun)
    months: set[str] = set()
    try:
        cal = load_json("calendar")
        for names in cal["months"].values():
            for n in names:
                months.add(fold_text(n).split()[0])
    except (FileNotFoundError, KeyError):  # the calendar pack is optional for this stage
        pass
    ctx = raw["context_units"]
    amb = raw.get("ambiguous_people", {})
    lex = Lexicon(
        ones=_fold_keys(raw["ones"]),
        teen_heads=_fold_keys(raw["teen_heads"]),
        teen_tails=frozenset(fold_text(w) for w in raw["teen_tails"]),
        tens=_fold_keys(raw["tens"]),
        hundreds=_fold_keys(raw["hundreds"]),
        hundred_words=frozenset(fold_text(w) for w in raw["hundred_words"]),
        scales=_fold_keys(raw["scales"]),
        scale_duals=_fold_keys(raw["scale_duals"]),
        fractions={fold_text(k): float(v) for k, v in raw["fractions"].items() if " " not in k},
        vague={fold_text(k): (int(v[0]), str(v[1])) for k, v in raw["vague"].items()},
        vague_of=_fold_keys(raw["vague_of"]),
        approx_before=_by_first(raw["approx_before"]),
        approx_after=_by_first(raw["approx_after"]),
        range_openers=_phrases(raw["range_openers"]),
        range_joiners=frozenset(fold_text(w) for w in raw["range_joiners"]),
        year_cues=frozenset(fold_text(w) for w in raw["year_cues"]),
        not_before=frozenset(fold_text(w) for w in raw["not_before"]),
        units=units,
        duals=duals,
        construct_duals=construct,
        context_nouns=frozenset(fold_text(w) for w in ctx["nouns"]),
        context_unit=ctx["unit"],
        context_cues=frozenset(fold_text(w) for w in ctx["cues"]),
        square=frozenset(fold_text(w) for w in raw["square"]),
        anaphora=frozenset(fold_text(w) for w in raw["anaphora"]),
        anaphora_units=frozenset(raw["anaphora_units"]),
        after_one=frozenset(fold_text(w) for w in raw["after_one"]),
        others=frozenset(fold_text(w) for w in raw["others"]),
        count_nouns=frozenset(fold_text(w) for w in raw["count_nouns"]),
        people_count_nouns=frozenset(fold_text(w) for w in raw.get("people_count_nouns", ())),
        count_nouns_of_them=frozenset(fold_text(w + s) for w in raw["count_nouns"]
                                      for s in raw.get("people_suffixes", ())),
        stop_before=frozenset(fold_text(w) for w in raw["stop_before"]),
        months=frozenset(months),
        possessive=tuple(sorted((fold_text(w) for w in raw.get("possessive_suffixes", ())), key=len, reverse=True)),
        subject_cues=frozenset(fold_text(w) for w in raw.get("subject_cues", ())),
        crowd_cues=frozenset(fold_text(w) for w in raw.get("crowd_cues", ())),
        crowd_next=frozenset(fold_text(w) for w in raw.get("crowd_next", ())),
        casualty_nouns=frozenset(fold_text(w) for w in amb.get("casualty_nouns", ())),
        force_demonyms=frozenset(fold_text(w) for w in amb.get("force_demonyms", ())),
        men_nouns=frozenset(fold_text(w) for w in amb.get("men_nouns", ())),
        force_cues=frozenset(fold_text(w) for w in amb.get("force_cues", ())),
        casualty_cues=frozenset(fold_text(w) for w in raw.get("casualty_subject_cues", ())),
        casualty_next=frozenset(fold_text(w) for w in raw.get("casualty_next_words", ())),
        part_units=frozenset(raw.get("part_units", ())),
        others_skip_units=frozenset(raw.get("others_skip_units", ())),
        volume_words=frozenset(fold_text(w) for w in raw.get("volume_words", ())),
        rate_words=frozenset(fold_text(w) for w in raw.get("rate_words", ())),
        article_duals={"ال" + k: v for k, v in duals.items()
                       if v[0] in set(raw.get("time_duals_with_article", ()))},
        others_duals=frozenset(fold_text(w) for w in raw.get("others_duals", ())),
        feminine_ones=frozenset(fold_text(w) for w in raw.get("feminine_ones", ())),
        time_dual_adjectives=frozenset(fold_text(w) for w in raw.get("time_dual_adjectives", ())),
        after_two=frozenset(fold_text(w) for w in raw.get("after_two", ())),
        of_skip=frozenset(fold_text(w) for w in raw.get("of_skip", ())),
        wounded_nouns=frozenset(fold_text(w) for w in raw.get("wounded_nouns", ())),
        member_nouns=frozenset(fold_text(w) for w in raw.get("member_nouns", ())),
        force_nouns=frozenset(fold_text(w) for w in raw.get("force_nouns", ())),
        part_cues=frozenset(fold_text(w) for w in raw.get("part_cues", ())),
        wounded_cues=frozenset(fold_text(w) for w in raw.get("wounded_cues", ())),
        of_only=frozenset(fold_text(w) for w in raw.get("of_only_nouns", ())),
        subject_after=frozenset(fold_text(w) for w in raw.get("subject_after_cues", ())),
        generic_people=frozenset(fold_text(w) for w in raw.get("generic_people_nouns", ())),
        nisba_endings=tuple(sorted((fold_text(w) for w in raw.get("nisba_endings", ())), key=len, reverse=True)),
        not_nisba=frozenset(fold_text(w) for w in raw.get("not_nisba", ())),
        age_cues=frozenset(fold_text(w) for w in raw.get("age_cues", ())),
        age_before=frozenset(fold_text(w) for w in raw.get("age_words_before", ())),
        span_nouns=frozenset(fold_text(w) for w in raw.get("span_nouns", ())),
        member_heads=frozenset(fold_text(w) for w in raw.get("member_heads", ())),
        singulars=_singular_forms(raw),
        total_before=frozenset(fold_text(w) for w in raw.get("total_before_words", ())),
        phrase_duals=phrase_duals,
        plural_duals=plural_duals,
        dual_pronouns=tuple(fold_text(w) for w in raw.get("dual_pronoun_endings", ())),
        nisba_plural_endings=tuple(fold_text(w) for w in raw.get("nisba_plural_endings", ())),
        member_adjective_nouns=frozenset(fold_text(w) for w in raw.get("member_adjective_nouns", ())),
        uncounted=frozenset(fold_text(w) for w in raw.get("uncounted_nouns", ())),
        foreign_dollars=frozenset(fold_text(w) for w in raw.get("foreign_dollars", ())),
        agent_cues=frozenset(fold_text(w) for w in raw.get("agent_cues", ())),
        attack_heads=frozenset(fold_text(w) for w in raw.get("attack_heads", ())),
        nisba_cues=frozenset(fold_text(w) for w in raw.get("nisba_count_cues", ())),
        fact_cues={fold_text(w): kind for kind, words in raw.get("fact_cues", {}).items() for w in words},
        unit_words=max(len(k) for k in units),
        day_names=_day_names(),
        halves={fold_text(k): float(v) for k, v in raw.get("fractions_after_noun", {}).items()},
        half_units=frozenset(raw.get("fraction_units", ())),
        span_openers=frozenset(fold_text(w) for w in raw.get("span_openers", ())),
        ellipsis_preps=frozenset(fold_text(w) for w in raw.get("ellipsis_preps", ())),
        gap_preps=frozenset(fold_text(w) for w in raw.get("casualty_gap_preps", ())),
        gap_pronoun_preps=frozenset(fold_text(w) for w in raw.get("casualty_gap_pronoun_preps", ())),
        change_verbs=frozenset(fold_text(w) for w in raw.get("change_verbs", ())),
        suffixed_units={fold_text(w): unit for unit, ws in raw.get("suffixed_units", {}).items() for w in ws},
        change_verbs_transitive=frozenset(fold_text(w) for w in raw.get("change_verbs_transitive", ())),
        change_subject_stops=frozenset(fold_text(w) for w in raw.get("change_subject_stops", ())),
        toll_reach=int(raw.get("toll_reach", 0)),
        companion_words=frozenset(fold_text(w) for w in raw.get("companion_words", ())),
        companion_reach=int(raw.get("companion_reach", 0)),
        fraction_ones=frozenset(fold_text(w) for w in raw.get("fraction_ones", ())),
        fraction_heads=frozenset(fold_text(w) for w in raw.get("fraction_heads", ())),
        relatives=frozenset(fold_text(w) for w in raw.get("relatives", ())),
        title_nouns=frozenset(fold_text(w) for w in raw.get("title_nouns", ())),
        name_nouns=frozenset(fold_text(w) for w in raw.get("name_nouns", ())),
        superlatives=frozenset(fold_text(w) for w in raw.get("superlatives", ())),
        flight_cues=frozenset(fold_text(w) for w in raw.get("flight_cues", ())),
        arrest_cues=frozenset(fold_text(w) for w in raw.get("arrest_cues", ())),
        their_number_next=frozenset(fold_text(w) for w in raw.get("their_number_next_words", ())),
    )
    lex.starters = _starters(lex)
    lex.weak_starters, lex.weak_next = _weak_starters(lex)
    return lex


def _dual_forms(f: str, broken_plural: bool = False) -> tuple[list[str], list[str]]:
    """The dual forms of a folded singular, and its construct duals (سيارتا، سيارتي)."""
    if f.endswith("ه"):  # ة-nouns: سيارة → سيارتان، سيارتين، سيارتا، سيارتي
        stem = f[:-1] + "ت"
        return [stem + "ان", stem + "ين"], [stem + "ا", stem + "ي"]
    if f.endswith("ي"):  # nisba nouns: the -ين dual is written like the sound plural, so only -ان
        # (unless the plural is a broken one: جنديين is only ever two soldiers, the plural is جنود)
        return [f + "ان"] + ([f + "ين"] if broken_plural else []), []
    return [f + "ان", f + "ين"], []


def _singular_forms(raw: dict[str, Any]) -> frozenset[str]:
    """Singular unit nouns: those whose dual counts two, and those listed beside their sound plural
    (قناص beside قناصين، إرهابي beside إرهابيين)."""
    out = {fold_text(w) for w in raw["dual_nouns"]}
    for nouns in raw["units"].values():
        forms = {fold_text(n) for n in nouns}
        out |= {f for f in forms if f + "ين" in forms or f + "ون" in forms}
    return frozenset(out)


def tokenize(folded: str) -> list[Tok]:
    """The folded text as digit runs (num), letter runs (word) and single other characters (punct)."""
    # a 1 MB text makes ~200k tokens; each allocation counts towards a cyclic-garbage pass that can find
    # nothing here (tuples of strings and ints hold no cycles), and those passes were a third of the time
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        # field by field with `map` over the matches (C loops), then zipped into tuples: ~20 % less than a
        # Python loop making each token (a letter run can open with a numeric sign, ½: punctuation)
        ms = list(_TOKEN.finditer(folded))
        texts = list(map(_GROUP, ms))
        kinds = ["word" if g == 2 and s[0].isalpha() else "num" if g == 1 else "punct"
                 for g, s in zip(map(_LASTINDEX, ms), texts, strict=True)]
        fields = zip(texts, map(_START, ms), map(_END, ms), kinds, strict=True)
        return list(map(tuple.__new__, repeat(Tok, len(ms)), fields))
    finally:
        if paused:
            gc.enable()


_GROUP, _START, _END = re.Match.group, re.Match.start, re.Match.end
_LASTINDEX = attrgetter("lastindex")


def doc_tokens(doc: Doc) -> list[Tok]:
    """The tokens of the document's folded text, made once and shared by the stages that walk them."""
    toks = doc.scratch.get("tokens")
    if toks is None or doc.scratch.get("tokens_of") is not doc.folded.text:
        toks = tokenize(doc.folded.text)
        doc.scratch["tokens"] = toks
        doc.scratch["tokens_of"] = doc.folded.text
    return toks


def strip_proclitic(word: str, *, article: bool = True) -> list[tuple[str, int]]:
    """The word and its readings without a leading proclitic, as (rest, chars removed)."""
    return list(_readings(word, article))


@lru_cache(maxsize=1 << 14)
def _readings(word: str, article: bool) -> tuple[tuple[str, int], ...]:
    # the same words come back in every article (and several times in one): read once, bounded memory
    splits = proclitic_splits(word, _PROCLITICS if article else _SHORT_PROCLITICS)
    return ((word, 0), *((stem, len(p)) for p, stem in splits))


def widen(text: str, a: int, b: int) -> tuple[int, int]:
    """Extend an end offset over the diacritics and tatweel that folding deleted (عنصراً keeps its tanween)."""
    while b < len(text) and (text[b] == "\u0640" or unicodedata.category(text[b]) == "Mn"):
        b += 1
    return a, b


# ------------------------------------------------------------------ numbers


def digits_value(folded: str, original: str, scale_follows: bool = False) -> float | None:
    """The value of a digit run such as 300, 1,500, 2.5, 1.500.000, ٢٫٥ (decimal) or ١٬٥٠٠ (thousands).

    `original` is the same run in the article text, where the Arabic decimal (٫) and thousands (٬) marks are
    still distinct. None for runs too long to be a count (identifiers, phone numbers)."""
    if len(folded) > _MAX_DIGITS * 2:
        return None
    groups = re.split(r"[.,]", folded)
    seps = [original[i] for i, c in enumerate(folded) if c in ".,"] if len(original) == len(folded) else [
        c for c in folded if c in ".,"]
    if not seps:
        if len(folded) > _MAX_DIGITS:
            return None
        v = float(int(folded))
        return v if v <= _MAX_PLAIN else None
    try:
        if len(seps) == 1:
            sep, tail = seps[0], groups[1]
            thousands = sep == "٬" or (sep not in "٫" and len(tail) == 3 and not scale_follows
                                       and groups[0] != "0" and len(groups[0]) <= 3)
            v = float(groups[0] + groups[1]) if thousands else float(groups[0] + "." + groups[1])
        elif len(set(seps)) == 1:  # 1.500.000 / 1,500,000: all thousands marks
            if any(len(g) != 3 for g in groups[1:]):
                return None
            v = float("".join(groups))
        else:  # 1,500.5 or 1.500,5: the last mark is the decimal one
            v = float("".join(groups[:-1]) + "." + groups[-1])
    except ValueError:
        return None
    return v if v <= _MAX_PLAIN else None


@dataclass(slots=True)
class Core:
    value: float
    end: int  # index of the first token after the number
    vague: str | None = None
    digits: bool = False
    skip: int = 0  # chars of a conjunction or preposition glued to the first word (وعشرات، بثلاثة)


def _word(toks: list[Tok], i: int) -> str | None:
    return toks[i].text if 0 <= i < len(toks) and toks[i].kind == "word" else None


def parse_words(toks: list[Tok], i: int, lex: Lexicon, first_strip: int = 0) -> Core | None:
    """A number written in words from token i: خمسة وعشرون، ثلاثمئة ألف، أحد عشر، مليون، نصف مليون."""
    total = 0.0
    cur = 0.0
    last_scale = 0.0  # the smallest multiplier so far: a remainder after it must be below it
    j = i
    n = 0
    last = ""
    # where the last joined part (و...) began, and the number as it stood before it: a joined part that
    # reaches a multiplier as big as one already passed is a second number (بين ثلاثة آلاف وخمسة آلاف،
    # ما بين ألف وألفي), never a sum, so the number ends before it
    back: tuple[int, int, float, float, float, str] | None = None
    while j < len(toks) and toks[j].kind == "word":
        w = toks[j].text
        if n == 0:
            w = w[first_strip:]
        joined = False
        if n > 0 and w.startswith("و") and len(w) > 2:
            w, joined = w[1:], True
            back = (j, n, total, cur, last_scale, last)
        if back is not None and last_scale and (
                (w in lex.scales and not joined and lex.scales[w] >= last_scale)
                or (w in lex.scale_duals and lex.scale_duals[w] / 2 >= last_scale)):
            j, n, total, cur, last_scale, last = back
            break
        nxt = _word(toks, j + 1)
        if (w in lex.teen_heads or (w in lex.ones and lex.ones[w] < 10)) and nxt in lex.teen_tails \
                and (n == 0 or (joined and cur % 100 == 0) or last == "scale"):
                # مئة وخمسة عشر is 115, but عشرة وخمسة عشر is two numbers (بين عشرة وخمسة عشر)
                cur += 10 + lex.teen_heads.get(w, lex.ones.get(w, 0))
                j += 2
                n += 1
                last = "small"
                continue
        if n > 0 and not joined and w not in lex.scales and w.endswith("ا") and w[:-1] in lex.scales \
                and last in ("ones", "small"):
            w = w[:-1]  # عشرين ألفاً، خمسين مليوناً: the multiplier in the accusative after a tens word
        if n > 0 and not joined and last == "scale" and w not in lex.scales:
            break
        if joined and not _joins(cur, w, lex):
            break  # بين عشرين وخمسين: two tens are two numbers, not 70
        if w in lex.ones and (n == 0 or joined) and w not in lex.teen_heads:
            if n == 0 and lex.ones[w] == 1:  # واحد alone is "one of", handled after nouns
                return None
            if n == 0 and _fraction_of(w, nxt, lex):
                return None
            cur += lex.ones[w]
            last = "ones"
        elif w in lex.tens and (n == 0 or joined):
            cur += lex.tens[w]
            last = "small"
        elif w in lex.hundreds and (n == 0 or joined):
            cur += lex.hundreds[w]
            last = "small"
        elif w in lex.hundred_words and last == "ones" and not joined and cur < 10:
            cur *= 100  # ثلاث مئة
            last = "small"
        elif w in lex.scales and not joined:
            if n == 0 and w in lex.vague:
                return None  # آلاف alone is vague, not a multiplier
            total += (cur or 1) * lex.scales[w]
            last_scale = lex.scales[w]
            cur = 0
            last = "scale"
        elif w in lex.scale_duals and (n == 0 or joined) and w.endswith("ا") and w[:-1] in lex.scales \
                and nxt is not None and nxt.startswith("و") and (
                    nxt[1:] in lex.fractions or _joined_number(toks, j + 1, lex)):
            # مليوناً ونصف مليون: before a joined fraction the -ا form is one multiplier in the accusative, not
            # the construct dual (مليونا دولار), which a noun must follow
            # (so too before a joined remainder: بلغ مليوناً و221 ألفاً is 1221000, تحمل ألفاً و200 لاجئ 1200)
            total += lex.scales[w[:-1]]
            last_scale = lex.scales[w[:-1]]
            last = "scale"
        elif w in lex.scale_duals and (n == 0 or joined):
            total += lex.scale_duals[w]
            last_scale = lex.scale_duals[w] / 2
            last = "scale"
        elif joined and w in lex.fractions and last == "scale" and cur == 0:
            # مليون ونصف، مليون ونصف المليون، ألفان ونصف: a fraction joined after a multiplier is that much
            # of it, and the multiplier may be said again after it; nothing more follows
            total += lex.fractions[w] * last_scale
            j += 1
            n += 1
            again = nxt[2:] if nxt is not None and nxt.startswith("ال") else nxt
            if again is not None and lex.scales.get(again) == last_scale:
                j += 1
            break
        elif w in lex.fractions and n == 0 and nxt is not None and nxt in lex.scales and nxt not in lex.vague:
            total += lex.fractions[w] * lex.scales[nxt]
            last_scale = lex.scales[nxt]
            j += 2
            n += 1
            last = "scale"
            continue
        else:
            break
        j += 1
        n += 1
    if n == 0:
        return None
    # ستة آلاف و259، مليونين و500 ألف: the remainder of a number spelt in words may be written in digits,
    # with a smaller multiplier of its own
    if last == "scale" and cur == 0 and j + 1 < len(toks) and toks[j].text == "و" \
            and toks[j + 1].kind == "num" and toks[j + 1].start == toks[j].end:
        rest = digits_value(toks[j + 1].text, toks[j + 1].text)
        nxt = _word(toks, j + 2)
        mult = lex.scales.get(nxt[:-1] if nxt and nxt.endswith("ا") and nxt[:-1] in lex.scales else nxt or "", 1)
        if rest is not None and float(rest).is_integer() and 0 < rest * mult < last_scale:
            cur = rest * mult
            j += 3 if mult > 1 else 2
    value = total + cur
    if value <= 0 or value > MAX_VALUE:
        return None
    return Core(value, j)


def _joined_number(toks: list[Tok], j: int, lex: Lexicon) -> bool:
    """Whether token j is و joining a number: glued to digits (و221) or to a number word (وسبعمئة)."""
    w = _word(toks, j)
    if w is None or not w.startswith("و"):
        return False
    if w == "و":
        return j + 1 < len(toks) and toks[j + 1].kind == "num" and toks[j + 1].start == toks[j].end
    w = w[1:]
    return w in lex.ones or w in lex.tens or w in lex.hundreds or w in lex.teen_heads


def _fraction_of(w: str, nxt: str | None, lex: Lexicon) -> bool:
    """خمس عدد اللاجئين، عشر السكان: a ones word spelled like a fraction noun, before a head of a whole or a
    definite noun, is the fraction of it (a cardinal counts an indefinite plural: خمس سنوات). A multiplier
    (آلاف folds to a word opening with ال) or a relative pronoun after it leaves it a number."""
    if w not in lex.fraction_ones or nxt is None or nxt in lex.scales or nxt in lex.scale_duals \
            or nxt in lex.vague or nxt in lex.relatives:
        return False
    return nxt in lex.fraction_heads or (nxt.startswith("ال") and len(nxt) >= 5)


def _remainder(toks: list[Tok], j: int, v: float, scale: float, lex: Lexicon) -> tuple[float, int]:
    """(value, end) of a figure with a multiplier and the remainder joined after it: "47 ألفاً و500 شخص",
    "11 ألف و300 طالب", "3 آلاف وخمسمئة" — the remainder, in digits (perhaps with a smaller multiplier of its
    own: "مليونين و500 ألف") or in words, must be below the multiplier, or it is a second figure."""
    if j + 1 < len(toks) and toks[j].text == "و" and toks[j + 1].kind == "num" \
            and toks[j + 1].start == toks[j].end:
        rest = digits_value(toks[j + 1].text, toks[j + 1].text)
        nxt = _word(toks, j + 2)
        mult = lex.scales.get(nxt[:-1] if nxt and nxt.endswith("ا") and nxt[:-1] in lex.scales else nxt or "", 1)
        if rest is not None and float(rest).is_integer() and 0 < rest * mult < scale:
            return v + rest * mult, j + (3 if mult > 1 else 2)
        return v, j
    w = _word(toks, j)
    if w is not None and w.startswith("و") and len(w) > 2 and w[1:] not in lex.fractions:
        c = parse_words(toks, j, lex, 1)
        if c is not None and c.value < scale:
            return v + c.value, c.end
    return v, j


def _joins(cur: float, w: str, lex: Lexicon) -> bool:
    """Whether a word after و continues the number so far: ones after tens or hundreds (مئة وخمسة), tens
    after ones (خمسة وعشرون) or hundreds (مئتان وعشرون), hundreds after a multiplier (ألف ومئتان), a
    multiplier or a teen anywhere it fits. A second tens or hundreds word starts a new number."""
    rest = cur % 1000  # the part below the last multiplier
    if w in lex.tens:
        return rest < 10 or rest % 100 == 0
    if w in lex.hundreds:
        return rest == 0
    if w in lex.ones and w not in lex.teen_heads:
        return rest % 10 == 0 and rest % 100 != 10  # خمسة وعشرون، مئة وخمسة; never عشرة وخمسة
    return True


def parse_core(toks: list[Tok], i: int, lex: Lexicon, doc_text: str, orig: Any, first_strip: int = 0,
               hedged: bool = False) -> Core | None:
    """The number starting at token i (digits with an optional multiplier, words, or a vague plural);
    `hedged` when an approximator stands before it."""
    t = toks[i]
    if t.kind == "num":
        if first_strip:
            return None
        a, b = orig(t.start, t.end)
        if i + 3 < len(toks) and toks[i + 1].text == "،" and toks[i + 2].kind == "num" \
                and toks[i + 1].start == t.end and toks[i + 2].start == toks[i + 1].end \
                and t.text.isdigit() and toks[i + 2].text.isdigit() and _word(toks, i + 3) is not None:
            # 3،3 مليارات: some outlets write the decimal mark as an Arabic comma, with no space round it;
            # read so only before a multiplier, where a list of figures cannot stand
            w3 = toks[i + 3].text
            mult = lex.scales.get(w3[:-1] if w3.endswith("ا") and w3[:-1] in lex.scales else w3)
            if mult is not None and toks[i + 3].start - toks[i + 2].end <= 1:
                v = float(f"{t.text}.{toks[i + 2].text}") * mult
                return Core(v, i + 4, digits=True) if v <= MAX_VALUE else None
        at = i + 1  # the token the multiplier would be
        if i >= 1 and i + 2 < len(toks) and toks[i - 1].text == "(" and toks[i + 1].text == ")" \
                and toks[i + 1].start == t.end:
            at = i + 2  # (3.77) مليار دولار: the figure alone in brackets, its multiplier after them
        nxt = _word(toks, at)
        scale = None
        if nxt is not None and toks[at].start - toks[at - 1].end <= 1:
            base = nxt[:-1] if nxt.endswith("ا") and nxt[:-1] in lex.scales else nxt  # ألفاً
            if base in lex.scales:
                scale = lex.scales[base]
        v = digits_value(t.text, doc_text[a:b], scale is not None)
        if v is None:
            return None
        if scale is not None:
            v *= scale
            end = at + 1
            frac = _word(toks, end) or ""
            if frac.startswith("و") and frac[1:] in lex.fractions and float(v / scale).is_integer():
                # 3 ملايين ونصف المليون، 2 مليار وربع: a fraction joined after the multiplier is that much of
                # it, and the multiplier may be said again after it
                v += lex.fractions[frac[1:]] * scale
                end += 1
                again = _word(toks, end) or ""
                again = again[2:] if again.startswith("ال") else again
                if lex.scales.get(again) == scale:
                    end += 1
            elif float(v / scale).is_integer():
                v, end = _remainder(toks, end, v, scale, lex)
            return Core(v, end, digits=True) if v <= MAX_VALUE else None
        return Core(v, i + 1, digits=True)
    if t.kind != "word":
        return None
    w = t.text[first_strip:]
    for form, k in strip_proclitic(w, article=True):
        if form in lex.vague:
            value, label = lex.vague[form]
            j = i + 1
            nxt = _word(toks, j)
            if nxt is not None:
                for of, _ in strip_proclitic(nxt, article=True):
                    if of in lex.vague_of and lex.vague_of[of] != label:
                        value *= lex.vague[of][0] if of in lex.vague else lex.scales[of]
                        label = f"{label} of {lex.vague_of[of]}"
                        j += 1
                        break
            return Core(float(value), j, vague=label, skip=first_strip + _glued(w[:k]))
    for _form, k in strip_proclitic(w, article=False):
        c = parse_words(toks, i, lex, first_strip + k)
        if c is not None:
            c.skip = first_strip + k
            return c
    for form, k in strip_proclitic(w, article=True):
        if not w[:k].endswith(("ال", "لل")):
            continue
        # الستة مليارات دولار، بالخمسة آلاف: a number word takes the article only before its multiplier;
        # بحوالى الألف: after a hedge a multiplier alone with the article is a round figure
        c = parse_words(toks, i, lex, first_strip + k)
        last = None
        if c is not None and c.end - i >= 2:
            last = _word(toks, c.end - 1)
        elif c is not None and hedged:
            last = form
        if last is not None and (last in lex.scales or last in lex.scale_duals or (
                last in lex.teen_tails and c.end - i == 2 and c.value > 10)):
            # الثمانية عشر عاماً، الدول الخمس عشرة: a teen takes the article on its first word only
            c.skip = first_strip + _glued(w[:k])
            return c
    return None


def _glued(prefix: str) -> int:
    """How much of a stripped prefix is conjunction or preposition: the article stays in the span."""
    if prefix.endswith("ال"):
        return len(prefix) - 2
    return 0 if prefix == "لل" else len(prefix)


# ------------------------------------------------------------------ units


def _of_forms(word: str, lex: Lexicon) -> list[str]:
    """Readings of a noun after من that a bare count never has: a pronoun suffix (جنودها) and the construct
    form of a sound plural (مسلحي داعش → مسلحين، مقاتليها → مقاتلين)."""
    bases = [word]
    for suf in lex.possessive:
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            bases.append(word[: -len(suf)])
            break
    out = []
    for b in bases:
        out.append(b)
        if b.endswith("ي") and len(b) >= 4:
            out += [b + "ن", b[:-1] + "ون"]
        if b != word and b.endswith("اي") and len(b) >= 4:
            out.append(b[:-1] + "ء")  # أبنائه، أعضائها، أقربائهم: a plural in -اء writes its hamza ئ before a suffix
    return out[1:]


_QUOTES = frozenset('"«“\'')


def _nisba(word: str | None, lex: Lexicon) -> bool:
    """A nisba noun (إيرانياً، باكستاني، أفغانيين) by its ending: not an adverb of the same shape (يومياً)."""
    if word is None or len(word) < 5 or word in lex.not_nisba or word[:-1] in lex.not_nisba:
        return False
    return word.endswith(lex.nisba_endings) if lex.nisba_endings else False


def unit_at(toks: list[Tok], k: int, lex: Lexicon, of: bool = False) -> tuple[str, str, int] | None:
    """(unit, printed noun, index after the noun) for a unit noun starting at token k. With `of` (the noun
    follows من) the noun may also carry a pronoun suffix or stand in the construct state."""
    if of and k < len(toks) and toks[k].kind == "word":
        u = unit_at(toks, k, lex)
        if u is not None:
            return u
        first = toks[k].text
        for form in (first, first[2:] if first.startswith("ال") and len(first) > 3 else None):
            for cand in _of_forms(form, lex) if form else ():
                if (cand,) in lex.units:
                    unit, noun = lex.units[(cand,)]
                    return unit, noun, k + 1
        for suf in lex.possessive if lex.suffixed_units else ():
            # آلاف من أنصاره: a noun that heads names bare (أنصار الله، أنصار الشريعة) counts persons only
            # with a pronoun suffix, the followers of one told before
            if first.endswith(suf) and first[: -len(suf)] in lex.suffixed_units:
                return lex.suffixed_units[first[: -len(suf)]], first, k + 1
        return None
    for size in range(lex.unit_words, 0, -1):
        if k + size > len(toks) or any(toks[x].kind != "word" for x in range(k, k + size)):
            continue
        first = toks[k].text
        rest = tuple(toks[x].text for x in range(k + 1, k + size))
        for form in (first, first[2:] if first.startswith("ال") and len(first) > 3 else None):
            if form is None:
                continue
            # the accusative alif (عنصراً) only on a word of three letters or more: كما is "as", not كم
            for cand in (form, form[:-1] if form.endswith("ا") and len(form) > 3 else None):
                if cand is None:
                    continue
                key = (cand, *rest)
                if key in lex.units:
                    unit, noun = lex.units[key]
                    end = k + size
                    if unit == "days" and size == 1 and cand == "يوم" and _word(toks, end) in lex.day_names:
                        return None  # 40 ألفاً يوم الخميس: يوم before a weekday is the date of the figure
                    if unit == "years" and size == 1 and _year_follows(toks, end):
                        return None  # 50 عام 2015: عام before a year's figure dates the count, it is no span
                    if unit == "kilometres" and _word(toks, end) in lex.square:
                        return "km2", noun, end + 1
                    if unit == "kilometres" and end < len(toks) and toks[end].text == "2" \
                            and toks[end].start == toks[end - 1].end:
                        return "km2", noun, end + 1  # كم2، كلم2: the square written as a digit glued on
                    return unit, noun, end
        if size == 1 and first.endswith("²") and (first[:-1],) in lex.units \
                and lex.units[(first[:-1],)][0] == "kilometres":
            return "km2", lex.units[(first[:-1],)][1], k + 1  # كم²
    return None


Phrases = dict[str, list[tuple[tuple[str, ...], str]]]


def _approx_at(toks: list[Tok], i: int, table: Phrases, first_proclitic: bool) -> tuple[str, int, int] | None:
    """(label, index after the phrase, chars of proclitic on its first word)."""
    if i >= len(toks) or toks[i].kind != "word":
        return None
    first = toks[i].text
    strips = strip_proclitic(first, article=False) if first_proclitic else [(first, 0)]
    for form, k in strips:
        for phrase, label in table.get(form, ()):  # longest phrase first
            n = len(phrase)
            if i + n <= len(toks) and all(toks[i + x].text == phrase[x] for x in range(1, n)):
                return label, i + len(phrase), k
    return None


def _fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


@dataclass(slots=True)
class Found:
    values: list[float]
    unit: str
    noun: str
    start_tok: int
    start_skip: int  # chars of proclitic to leave out of the span
    end_tok: int  # exclusive
    approx: str | None


def _is_code(toks: list[Tok], i: int) -> bool:
    """A digit run glued to Latin letters or a hyphen (SY24, F-16, T4) names something; it counts nothing.
    A hyphen with a digit run on its other side too is a range (150-200 نازح), not a code."""
    t = toks[i]
    for j in (i - 1, i + 1):
        if 0 <= j < len(toks):
            o = toks[j]
            glued = o.end == t.start if j < i else t.end == o.start
            if glued and o.text == "-":
                far = j - 1 if j < i else j + 1
                if 0 <= far < len(toks) and toks[far].kind == "num":
                    continue
            if glued and (_LATIN.search(o.text) or o.text in "-/:"):
                return True
    return False


def _context_unit(unit: str, noun: str, toks: list[Tok], lo: int, hi: int, lex: Lexicon) -> str:
    if fold_text(noun) not in lex.context_nouns:
        return unit
    for x in range(lo, hi):
        if toks[x].kind == "word" and any(f in lex.context_cues for f, _ in strip_proclitic(toks[x].text)):
            return lex.context_unit
    return unit


class Sentences:
    """For a token index, the [lo, hi) token indices of its sentence (a sentence ends before the first token
    at or after its end offset). Only the sentences of the few hundred tokens that the grammar asks about
    are ever located: each question is a bisect over the sentence ends and, once per sentence, two bisects
    over the tokens (no list of every token's offset)."""

    __slots__ = ("_cache", "_ends", "_key", "_n", "_toks")

    def __init__(self, toks: list[Tok], doc: Doc) -> None:
        index = doc.folded.index
        if index is None:
            def key(t: Tok) -> int:
                return t.start
        else:
            last = len(index)
            orig_len = doc.folded.orig_len

            def key(t: Tok) -> int:
                return index[t.start] if t.start < last else orig_len
        self._toks = toks
        self._key = key
        self._ends = [s.end for s in doc.sentences]
        self._n = len(toks)
        self._cache: dict[int, tuple[int, int]] = {}

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, i: int) -> tuple[int, int]:
        ends = self._ends
        k = bisect.bisect_right(ends, self._key(self._toks[i]))  # ends[k] is the first end after token i
        hit = self._cache.get(k)
        if hit is None:
            toks, key, n = self._toks, self._key, self._n
            lo = bisect.bisect_left(toks, ends[k - 1], key=key) if k else 0
            hi = bisect.bisect_left(toks, ends[k], key=key) if k < len(ends) else n
            hit = self._cache[k] = (lo, hi)
        return hit


def find(doc: Doc) -> list[model.Quantity]:
    """All quantities of the document, in text order."""
    lex = lexicon()
    folded = doc.folded
    toks = doc_tokens(doc)
    out: list[model.Quantity] = []
    starters = lex.starters
    after_one = lex.after_one | lex.after_two
    # only tokens where the grammar can start: digit runs, starter words, a noun before واحد or اثنين
    last = len(toks) - 1
    weak = lex.weak_starters
    weak_next = lex.weak_next
    candidates = [i for i, t in enumerate(toks) if t.kind == "num" or (t.text in starters and (
        t.text not in weak or (i < last and (toks[i + 1].kind == "num" or toks[i + 1].text in starters
                                             or toks[i + 1].text in weak_next))))
                  or (i < last and toks[i + 1].text in after_one)]
    if not candidates:
        return _span_of_one(doc)  # لمدة عام starts at no figure nor number word
    # sentence bounds in token indices, for context cues and anaphora
    sent_of = Sentences(toks, doc)
    i = 0
    for c in candidates:
        if c < i:
            continue
        f = _parse_at(toks, c, lex, doc, out, sent_of)
        if f is None:
            continue
        s_f = toks[f.start_tok].start + f.start_skip
        e_f = toks[f.end_tok - 1].end
        nl = folded.text.find("\n", s_f, e_f)
        if nl >= 0:
            # a count never runs across a line break: a title that ends in a number word (الملايين) is no
            # count of the next line's first noun. Read it again as if its line ended the text (a copy of the
            # tokens before the break, made only for the rare figure that crosses one)
            cut = bisect.bisect_left([t.start for t in toks[f.start_tok:f.end_tok]], nl) + f.start_tok
            line_toks = toks[:cut]
            f = _parse_at(line_toks, c, lex, doc, out, Sentences(line_toks, doc)) if cut > c else None
            if f is None:
                continue
            s_f = toks[f.start_tok].start + f.start_skip
            e_f = toks[f.end_tok - 1].end
        a, b = widen(doc.text, *folded.span(s_f, e_f))
        if not doc.is_furniture(a, b) and not _a_title(toks, f.start_tok, f.end_tok, f.start_skip, lex):
            text = doc.text[a:b]
            approx = f.approx
            if len(f.values) == 2:
                approx = f"{_fmt(f.values[0])} to {_fmt(f.values[1])}"
            for v in f.values:
                if not 0 < v <= MAX_VALUE:
                    continue  # a count of nothing ("0كم" in a table or an address) is text, not a quantity
                # refined at once, so that a later منهم or bare count takes the refined unit
                out.append(_refine_unit(doc, model.Quantity(v, f.unit, a, b, text, approx, f.noun)))
        i = f.end_tok
    ones = _span_of_one(doc)
    if ones:
        out = sorted(out + ones, key=attrgetter("start"))
    return out


@cache
def _span_of_one_pattern() -> tuple[re.Pattern[str], dict[str, str | None], dict[str, str]]:
    """The pattern of a cue of length or hedge and a bare singular year noun, over folded text."""
    raw = load_json("numbers")
    cues = {fold_text(k): v for k, v in raw.get("span_one_cues", {}).items()}
    nouns = {fold_text(k): v for k, v in raw.get("span_one_nouns", {}).items()}
    alt = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    nalt = "|".join(re.escape(n) for n in nouns)
    # و or ل may be glued to the cue (لأكثر من عام); no figure after the noun (نحو عام 2020 names a year)
    # and no half joined to it (عام ونصف is 1.5)
    pattern = re.compile(rf"(?<!\w)[لو]?({alt})\s+({nalt})(?!\w)(?!\s*[\d٠-٩])(?!\s+ونصف)")
    return pattern, cues, nouns


@cache
def _span_of_one_tail_pattern() -> tuple[re.Pattern[str] | None, dict[str, str | None], dict[str, str]]:
    """The pattern of a bare singular year noun after a word of time (or a glued ل) with a hedge after it."""
    raw = load_json("numbers")
    tails = {fold_text(k): v for k, v in raw.get("span_one_tails", {}).items()}
    openers = [fold_text(w) for w in raw.get("span_one_tail_openers", ())]
    nouns = {fold_text(k): v for k, v in raw.get("span_one_nouns", {}).items()}
    if not tails or not openers or not nouns:
        return None, tails, nouns
    oalt = "|".join(re.escape(o) for o in sorted(openers, key=len, reverse=True))
    talt = "|".join(re.escape(t) for t in sorted(tails, key=len, reverse=True))
    nalt = "|".join(re.escape(n) for n in nouns)
    pattern = re.compile(rf"(?<!\w)(?:[و]?(?:{oalt})\s+|[و]?ل)({nalt})\s+({talt})(?!\w)")
    return pattern, tails, nouns


def _span_of_one(doc: Doc) -> list[model.Quantity]:
    """أكثر من عام، لمدة سنة، قرابة عام: a singular year noun with no figure, right after a cue of length or a
    hedge, counts one year (gold codes «أكثر من عام» as 1 year). Without the cue a bare عام is a year's name
    or a general word (العام، عام على الحرب), so nothing is read."""
    pattern, cues, nouns = _span_of_one_pattern()
    if not cues or not nouns:
        return []
    folded = doc.folded
    out: list[model.Quantity] = []
    for m in pattern.finditer(folded.text):
        a, b = widen(doc.text, *folded.span(m.start(), m.end()))
        if doc.is_furniture(a, b):
            continue
        out.append(model.Quantity(1.0, nouns[m.group(2)], a, b, doc.text[a:b], cues[m.group(1)],
                                  doc.text[folded.span(m.start(2), m.end(2))[0]:b]))
    # قبل عام تقريباً، منذ سنة تقريبا، استمرت لعام تقريبا: the hedge after the noun makes it a length of one
    # year as a cue before it does; without a word of time before it (كل عام تقريبا) it is left alone
    tail, tails, nouns = _span_of_one_tail_pattern()
    if tail is None:
        return out
    for m in tail.finditer(folded.text):
        a, b = widen(doc.text, *folded.span(m.start(), m.end()))
        if doc.is_furniture(a, b) or any(q.start < b and a < q.end for q in out):
            continue
        out.append(model.Quantity(1.0, nouns[m.group(1)], a, b, doc.text[a:b], tails[m.group(2)],
                                  doc.text[slice(*folded.span(m.start(1), m.end(1)))]))
    return out


#: units that count persons: what the masculine plural «others» (آخرين، آخرون) can be a part of
_PERSON_UNITS = frozenset({"people", "fighters", "prisoners", "members", "officers"})

_CLOSING = frozenset('"»”\'')


def _a_title(toks: list[Tok], i: int, j: int, skip: int, lex: Lexicon) -> bool:
    """A figure and its noun that name something: right after the noun of a programme or a work (برنامج مئة
    يوم، فيلم "ثلاثة أيام"), or alone in quotes after a noun that gives a name (قائمة «مئة امرأة»). The noun
    is the head of a construct, so it has no article (ووزعت المبادرة 500 سلة counts); a figure in quotes
    after a verb (قتل «ثلاثة عناصر») is a count the writer doubts, still a count. With a proclitic glued to
    the figure (بمئة) it is no name."""
    if i < 1 or j > len(toks) or skip:
        return False
    quoted = toks[i - 1].text in _QUOTES and j < len(toks) and toks[j].text in _CLOSING \
        and toks[j].start == toks[j - 1].end
    prev = _word(toks, i - 2 if toks[i - 1].text in _QUOTES else i - 1)
    if prev is None:
        return False
    forms = [f for f, _ in strip_proclitic(prev, article=False)]
    return any(f in lex.title_nouns or (quoted and f in lex.name_nouns) for f in forms)


#: how و + أحد / إحدى ("and one of") opens as printed, where folding makes it read واحد / واحدى
_AND_ONE = frozenset(("وأ", "وإ"))

#: endings of a nisba dual (عسكريان، فلسطينيين، عسكريتين): as an adjective it agrees with a dual noun
_NISBA_DUALS = ("يان", "يين", "يتان", "يتين")


def _dual_pronoun_after(toks: list[Tok], i: int, sent_of: Sentences, lex: Lexicon) -> bool:
    """Whether a word after token i in its sentence bears a dual pronoun suffix (مقاتلتهما، منهما); words
    of four letters (مهما، فهما) are no such words. A dual earlier in the sentence is the likelier
    antecedent (غادروا بلدتين في يد مقاتلين وتحاصرهما قوات), so then it tells nothing."""
    lo, hi = sent_of[i] if sent_of else (0, len(toks))
    for x in range(lo, i):
        w = _word(toks, x)
        if w is not None and len(w) >= 5 and any(
                f in lex.duals or f in lex.construct_duals or f.endswith(("تين", "تان"))
                for f, _ in strip_proclitic(w, article=True)):
            return False
    for x in range(i + 1, min(hi, i + 15)):
        w = _word(toks, x)
        if w is not None and len(w) >= 5 and w.endswith(lex.dual_pronouns or ("\0",)):
            return True
    return False


def _after_dual(toks: list[Tok], i: int) -> bool:
    """Whether the word before token i is a dual noun (مسؤولان، ضابطين), so that a nisba dual at i is its
    adjective (or the second of two: مسؤولان عسكريان يمنيان). Words of five letters or more ending in ان/ين
    only: كان، الآن، بين are no duals."""
    prev = _word(toks, i - 1)
    if prev is None:
        return False
    return any(len(f) >= 5 and f.endswith(("ان", "ين")) for f, _ in strip_proclitic(prev, article=False))


class _Stop:
    """A step's verdict that the words at i hold no quantity at all: `_parse_at` returns None at once and asks no
    later step (a step with nothing to say returns None instead, leaving the question to the next one)."""

    __slots__ = ()


_STOP = _Stop()

#: what a counted-noun step settles: the unit, the noun as printed ("" where the noun is left out) and the index
#: of the token after the phrase
_UnitHit = tuple[str, str, int]


@dataclass(frozen=True, slots=True)
class _Here:
    """Where `_parse_at` reads (toks[i]) and what its steps may ask about: the document and the quantities found
    before (the others, the anaphora and the tolls borrow their unit from those)."""

    toks: list[Tok]
    i: int
    lex: Lexicon
    doc: Doc
    found: list[model.Quantity]
    sent_of: Sentences


@dataclass(frozen=True, slots=True)
class _Figure:
    """The figure read at i before its unit is known: the hedge before it, whether a range opener (بين، من) came
    first, the number and the token k after it (or after the second number of a range), where the counted noun
    is looked for."""

    approx_at_start: tuple[str, int, int] | None  # the hedge before the figure (أكثر من، قرابة)
    start_skip: int  # chars of proclitic on the hedge
    opener: bool
    core: Core
    core_start: int
    prev: str | None  # the word before toks[i]
    values: list[float]
    k: int
    unclosed: bool  # برشقة من 130: an opener that no joiner and second number closed

    @property
    def approx(self) -> str | None:
        return self.approx_at_start[0] if self.approx_at_start is not None else None


@dataclass(frozen=True, slots=True)
class _Unit:
    """A counted-noun step's answer: the unit it settled, and a hedge it found between the number and the noun
    (21 على الأقل من المقاتلين), which stands for the figure's hedge where none came before it."""

    hit: _UnitHit
    mid_approx: str | None = None


def _parse_at(toks: list[Tok], i: int, lex: Lexicon, doc: Doc, found: list[model.Quantity],
              sent_of: Sentences) -> Found | None:
    """The quantity that starts at toks[i], or None. The decisions, in this order, first answer wins:

    1. at a word, a noun that counts itself or the number after it: a dual noun (`_dual_noun`), a noun before
       واحد/اثنين (`_noun_then_one_or_two`), a noun before its figure (`_number_after_noun`);
    2. a digit run right after the article (`_digits_after_noun`);
    3. the figure: hedge, range opener, number, second number of a range (`_read_figure`), which also turns away
       the figures that are years, dates, ranks or names;
    4. its counted noun, by the `_UNIT_STEPS` in turn: the noun right after it, then من phrases, pronouns,
       «others», quotes, brackets, tolls, nisbas, and last the bare counts whose unit the verb or the passage
       gives;
    5. `_finish`: the half after a span, volumes and speeds turned away, ages passed over, the hedge after the
       noun, and the span of the phrase.
    """
    h = _Here(toks, i, lex, doc, found, sent_of)
    t = toks[i]
    if t.kind == "word":
        dual = _dual_noun(h)
        if dual is not None:
            return None if isinstance(dual, _Stop) else dual
        one_or_two = _noun_then_one_or_two(h)
        if one_or_two is not None:
            return one_or_two
        hit_after = _number_after_noun(toks, i, lex, doc, found)
        if hit_after is not None:
            return hit_after
    if t.kind == "num" and i >= 2 and toks[i - 1].text == "ال" and t.start - toks[i - 1].end <= 1:
        hit_digits = _digits_after_noun(toks, i, lex, doc, found)
        if hit_digits is not None:
            return hit_digits
    fig = _read_figure(h)
    if fig is None:
        return None
    for step in _UNIT_STEPS:
        got = step(h, fig)
        if got is None:
            continue
        if isinstance(got, _Stop):
            return None
        if isinstance(got, Found):
            return got
        return _finish(h, fig, got)
    return None


def _dual_noun(h: _Here) -> Found | _Stop | None:
    """A dual noun on its own counts two: انتحاريان، سيارتين، سيارتي دفع رباعي; a dual «others» (آخران) two more of
    the sentence's last count. Duals are read first because their count is in the noun itself: no number word
    stands before them for the later steps to find."""
    toks, i, lex, doc = h.toks, h.i, h.lex, h.doc
    t = toks[i]
    orig = doc.folded.span
    for form, k in strip_proclitic(t.text, article=False):
        hit = lex.duals.get(form)
        if hit is None and lex.article_duals:
            hit = lex.article_duals.get(form)
            prev = _word(toks, i - 1) or ""
            if hit is not None and k == 0 and len(prev) >= 6 and prev.startswith("ال") \
                    and prev.endswith(("ين", "ون")) and _word(toks, i + 1) not in lex.time_dual_adjectives:
                hit = None  # المدعين العامين: after a definite plural, العامين is its adjective "public"
        if hit is None and form in lex.construct_duals and _word(toks, i + 1) is not None \
                and toks[i + 1].start == t.end + 1:
            # مدينتي الحسكة والقامشلي names two places; سيارتي دفع رباعي counts two cars
            na, nb = orig(toks[i + 1].start, toks[i + 1].end)
            if doc.entity_at(na, nb) is None:
                hit = lex.construct_duals[form]
        if hit is None and lex.plural_duals and form in lex.plural_duals and k == 0 and \
                (i == 0 or toks[i - 1].kind != "num") and _dual_pronoun_after(toks, i, h.sent_of, lex):
            # مقتل طيارين روسيين إثر سقوط مقاتلتهما: the dual pronoun tells two from many
            hit = lex.plural_duals[form]
        if hit is not None and i + 1 < len(toks) and toks[i + 1].kind == "num":
            hit = None  # بين العامين 2011 و2015: the dual names the figures that follow it
        if hit is not None and form.endswith(_NISBA_DUALS) and _after_dual(toks, i):
            hit = None  # مسؤولان عسكريان: a nisba dual after a dual noun is its adjective, not a count
        if hit is not None:
            end = i + 1
            # مسلحان اثنان، مقاتلان آخران: the number word or "others" after a dual belongs to it
            if _word(toks, end) is not None and (toks[end].text in lex.after_two
                                                 or toks[end].text in lex.others_duals):
                end += 1
            elif (_word(toks, end) or "").endswith(_NISBA_DUALS):
                end += 1  # صحافيان فلسطينيان: the adjective agrees with the dual, one count of two
            value = 2.0
            half = (lex.halves or {}).get(_word(toks, end) or "")
            if half is not None and hit[0] in lex.half_units:
                value, end = value + half, end + 1  # عامين ونصف: two years and a half
            return Found([value], hit[0], doc.text[slice(*orig(t.start + k, t.end))], i, k, end, None)
        pd = (lex.phrase_duals or {}).get(form)
        if pd is not None and _word(toks, i + 1) in pd[0]:
            return Found([2.0], pd[1], pd[2], i, k, i + 2, None)
        if form in lex.others_duals:
            if k == 0 and _after_dual(toks, i) and _word(toks, i - 1) not in lex.after_two:
                # هبطت طائرتان أخريان: right after a dual noun of no unit of ours the dual "others" is that
                # noun's adjective (it agrees with it), not two more of the sentence's last count
                return _STOP
            # قتل مدنيان وأصيب آخران: a dual "others" counts two more of the sentence's last count
            last = _last_in_sentence(toks, i, h.found, h.sent_of, doc, lex)
            if last is None:
                return _STOP
            return Found([2.0], last.unit, last.counts or "", i, k, i + 1, None)
    return None


def _noun_then_one_or_two(h: _Here) -> Found | None:
    """A noun followed by واحد or اثنين counts one or two of it (عنصر واحد، مقاتلين اثنين): the number word
    comes after its noun, so the figure-first steps would never see the noun."""
    toks, i, lex, doc = h.toks, h.i, h.lex, h.doc
    t = toks[i]
    orig = doc.folded.span
    nxt_t = toks[i + 1].text if i + 1 < len(toks) else ""
    if nxt_t in lex.after_one and doc.text[slice(*orig(toks[i + 1].start, toks[i + 1].end))][:2] in _AND_ONE:
        nxt_t = ""  # حرب الشيشان وأحد أشهر مراسليها: و + أحد ("one of") folds like واحد but counts nothing
    if nxt_t in lex.feminine_ones and t.text.endswith("يا"):
        return None  # وكانت سوريا واحدة من: a masculine accusative (-يا) never takes a feminine واحدة, so the
        # word is a name (the country), not a nisba noun counted one
    if nxt_t in lex.after_one or nxt_t in lex.after_two:
        u = unit_at(toks, i, lex)
        if u is not None and nxt_t in lex.after_two and _singular(u[1], lex):
            u = None  # وجرح القناص اثنين: a singular noun before اثنين is the subject, not the two counted
        if u is not None and any(f in lex.force_nouns for f, _ in strip_proclitic(t.text, article=False)):
            u = None  # واعتقلت القوات اثنين من المطلوبين: a force named before the number is its subject
        before = _word(toks, i - 1) or ""
        if u is not None and t.text.endswith("ي") and len(before) >= 4 and before.endswith("ي") \
                and before not in lex.subject_cues:
            u = None  # مستشفى ميداني عسكري واحد: a nisba after a noun and its adjective is one more adjective
        if u is not None and u[2] == i + 1 and u[0] not in ("days", "years"):
            noun = doc.text[slice(*orig(t.start, t.end))]
            return Found([1.0 if nxt_t in lex.after_one else 2.0], u[0], noun, i, 0, i + 2, None)
        if u is None:
            hit = _nisba_before_number(t.text, nxt_t in lex.after_two, lex)
            if hit is not None:
                unit, k = hit
                noun = doc.text[slice(*orig(t.start + k, t.end))]
                return Found([1.0 if nxt_t in lex.after_one else 2.0], unit, noun, i, k, i + 2, None)
    return None


def _read_figure(h: _Here) -> _Figure | None:
    """[approx] [opener] NUMBER [joiner NUMBER]: the figure at i, or None where there is none or it is a year, a
    date, a code, a rank or the figure of a name, which count nothing whatever noun follows."""
    toks, i, lex = h.toks, h.i, h.lex
    read = _hedged_number(h)
    if read is None:
        return None
    ap, start_skip, opener, core, core_start = read
    prev = _word(toks, i - 1)
    if _time_or_rank_before(h, prev, ap, core_start):
        return None
    span = _range_of(h, core, opener)
    if span is None:
        return None
    values, k = span
    unclosed = opener and len(values) == 1  # برشقة من 130: an opener that no joiner and second number closed
    if opener and len(values) == 1 and toks[core_start - 1].text != "من":
        return None  # بين 5 alone is not a range we understand
    if opener and len(values) == 2 and toks[core_start - 1].text == "من" and _toll_opened(toks, core_start - 1, lex):
        # ارتفع عدد القتلى من 40 إلى 53: a toll that rose is its latest figure; the one it rose from is the toll
        # told before (no range, and no second count of the same dead)
        values = [values[1]]
    if _names_no_count(h, core, values, k, ap, prev):
        return None
    return _Figure(ap, start_skip, opener, core, core_start, prev, values, k, unclosed)


def _hedged_number(h: _Here) -> tuple[tuple[str, int, int] | None, int, bool, Core, int] | None:
    """The hedge (أكثر من), the range opener (بين، من) and the first number at i: (the hedge, its proclitic's
    chars, whether an opener came, the number, the index of its first token), or None where no number starts
    there or it is a code (F-16)."""
    toks, i, lex, doc = h.toks, h.i, h.lex, h.doc
    orig = doc.folded.span
    start_skip = 0
    j = i
    ap = _approx_at(toks, i, lex.approx_before, True)
    if ap is not None:
        _, j, start_skip = ap
        if j < len(toks) and toks[j].kind == "word" and toks[j].text.startswith("و"):
            return None  # ثلاثة جنود على الأقل وثلاثة عشر: the hedge closed the count before; و opens a new one
    if j >= len(toks):
        return None
    opener = False
    j_open = j
    for ph in lex.range_openers:
        if j + len(ph) < len(toks) and tuple(toks[j + x].text for x in range(len(ph))) == ph:
            opener = True
            j_open = j + len(ph)
            break
    core = None
    if opener:
        core = parse_core(toks, j_open, lex, doc.text, orig)
        if core is None:
            opener = False
    core_start = j_open if opener else j
    if core is None:
        core = parse_core(toks, j, lex, doc.text, orig, hedged=ap is not None)
        core_start = j
    if core is None:
        # proclitic glued to a number word at the phrase start (وعشرات، بثلاثة)
        return None
    if core.digits and _is_code(toks, core_start):
        return None
    return ap, start_skip, opener, core, core_start


def _time_or_rank_before(h: _Here, prev: str | None, ap: tuple[str, int, int] | None, core_start: int) -> bool:
    """Whether the word before the figure makes it a time or a rank, not a count: a year cue or a stop word
    (العام 2015), or a superlative heading a top-N list."""
    lex = h.lex
    # a year cue right before a hedge is the end of a time phrase (منذ بداية العام أكثر من 230 شخصا): the hedged
    # figure after it is no year
    if prev is not None and (prev in lex.stop_before or (ap is None and (prev in lex.year_cues or any(
            f in lex.year_cues for f, _ in strip_proclitic(prev, article=False)[1:])))):
        return True
    # a superlative right before the figure (no من between: أكبر من سبع سنوات compares, and no hedge) heads a
    # ranking, the top N of a list (أبرز 10 أحداث، ضمن أقوى عشرة جيوش، لأفضل 50 جامعة): N ranks, it counts
    # nothing that happened
    return prev is not None and ap is None and core_start == h.i and any(
        f in lex.superlatives for f, _ in strip_proclitic(prev, article=False))


def _range_of(h: _Here, core: Core, opener: bool) -> tuple[list[float], int] | None:
    """The figure's values, one or the two ends of a range (700 إلى 800، بين 700 و800، من 10 إلى 20 ألف), and the
    token after them; None where an opener stands at the end of the text."""
    toks, lex, doc = h.toks, h.lex, h.doc
    orig = doc.folded.span
    values = [core.value]
    k = core.end
    if k < len(toks):
        jt = toks[k]
        second: Core | None = None
        if jt.text in lex.range_joiners and (jt.text != "و" or opener) and k + 1 < len(toks):
            second = parse_core(toks, k + 1, lex, doc.text, orig)
        elif opener and jt.kind == "word" and jt.text.startswith("و") and len(jt.text) > 2:
            second = parse_core(toks, k, lex, doc.text, orig, first_strip=1)
        if second is not None and (second.vague is None) == (core.vague is None):
            v1 = core.value
            # من 10 إلى 20 ألفاً: the multiplier written once covers both ends
            if second.value > v1 and core.digits and second.digits and toks[second.end - 1].kind == "word" \
                    and toks[core.end - 1].kind == "num":
                mult = second.value / float(_first_number(toks, second, k))
                if mult > 1 and v1 * mult <= second.value:
                    v1 *= mult
            elif second.value > v1 and not core.digits and not second.digits and v1 < 1000:
                # ما بين ثلاثة وأربعة آلاف، خمسة إلى ستة ملايين: the multiplier said once, after the second
                # number word, covers the first too
                last = _word(toks, second.end - 1) or ""
                mult = lex.scales.get(last, lex.scales.get(last[:-1], 1) if last.endswith("ا") else 1)
                if mult > 1 and _word(toks, core.end - 1) not in lex.scales and v1 * mult <= second.value:
                    v1 *= mult
            if v1 < second.value:
                values = [v1, second.value]
                k = second.end
    elif opener:
        return None
    return values, k


def _names_no_count(h: _Here, core: Core, values: list[float], k: int, ap: tuple[str, int, int] | None,
                    prev: str | None) -> bool:
    """Whether the figure names a year, a date or a percentage (numbers that count nothing): a lone digit run
    of 1900–2100 with no unit after it, or a figure before a month or a word of `not_before`."""
    toks, lex = h.toks, h.lex
    if core.digits and len(values) == 1:
        v = values[0]
        if 1900 <= v <= 2100 and float(v).is_integer() and (k >= len(toks) or unit_at(toks, k, lex) is None) \
                and not (ap is not None or (prev is not None and any(
                    f in lex.casualty_cues for f, _ in strip_proclitic(prev, article=False)))):
            # ... but not a hedged figure or the count of a casualty word (وإصابة قرابة 2000 بجروح)
            return True
    nxt = _word(toks, k)
    return k < len(toks) and (toks[k].text in lex.not_before or (nxt is not None and any(
        f in lex.months for f, _ in strip_proclitic(nxt))))


def _unit_right_after(h: _Here, f: _Figure) -> _Unit | _Stop | None:
    """The noun right after the figure (300 عنصر), unless it is one the figure cannot count: families and houses,
    a singular after a number word of 3–10 (another word of the same letters), a definite span of time that
    dates the figure, a foreign dollar; a force noun that counts only after من is left to the من step."""
    toks, lex = h.toks, h.lex
    core, values, k = f.core, f.values, f.k
    if _uncounted(_word(toks, k), lex):
        return _STOP  # تسببت بنزوح 11 أسرة، آلاف العائلات: families or houses, not people, whatever the verb
    unit_hit = unit_at(toks, k, lex)
    if unit_hit is not None and not core.digits and core.vague is None and len(values) == 1 \
            and 3 <= values[0] <= 10 and k == f.core_start + 1 and _singular(unit_hit[1], lex) \
            and not (_word(toks, unit_hit[2]) or "").endswith(("هم", "هن")):
        # a number word from 3 to 10 counts a plural (ستة مقاتلين، خمسة عناصر); before a singular noun it is
        # another word of the same letters: لست مقاتلاً is "I am not a fighter", not ل + ست = 6. A participle
        # whose plural pronoun follows is the plural's stand-in (أربعة مشتبه بانتمائهم): still a count
        return _STOP
    if unit_hit is not None and unit_hit[0] in ("days", "years") and not core.vague and \
            toks[k].text.startswith("ال"):
        return _STOP  # إلى 365 العام الماضي: a counted noun is indefinite; العام there dates the figure before it
    if unit_hit is not None and unit_hit[0] == "USD" and _word(toks, unit_hit[2]) in lex.foreign_dollars:
        return _STOP  # 4 مليار دولار أسترالي: another country's dollar is no unit of ours
    if unit_hit is not None and _word(toks, k) in lex.of_only:
        unit_hit = None  # استعادته في 2016 قوات سوريا الديمقراطية: قوات counts only after من
    return _Unit(unit_hit) if unit_hit is not None else None


def _unit_after_of(h: _Here, f: _Figure) -> _Unit | None:
    """The noun after من (ثمانية من هؤلاء المقاتلين), a whole the figure is a part of (71 من 103 صواريخ), a force
    after من (its fighters), or a noun after a hedge and من (21 على الأقل من المقاتلين), whose hedge the figure
    takes."""
    toks, lex, doc = h.toks, h.lex, h.doc
    orig = doc.folded.span
    values, k = f.values, f.k
    unit_hit: _UnitHit | None = None
    if k < len(toks) and toks[k].text == "من":
        unit_hit = unit_at(toks, k + 1, lex, of=True)
        if unit_hit is None and k + 2 < len(toks) and toks[k + 1].text in lex.of_skip:
            unit_hit = unit_at(toks, k + 2, lex, of=True)  # ثمانية من هؤلاء المقاتلين
        w_at = k + 2 if k + 2 < len(toks) and toks[k + 1].text in lex.of_skip else k + 1
        if unit_hit is None and w_at < len(toks) and (toks[w_at].kind == "num" or toks[w_at].text in lex.starters):
            # دمر 71 من 103 صواريخ، 40 من أصل 60 عنصراً: a part out of a counted whole counts the same
            # thing; the whole is read as its own quantity next
            whole = parse_core(toks, w_at, lex, doc.text, orig)
            if whole is not None and not whole.vague and whole.value > values[-1]:
                u = unit_at(toks, whole.end, lex)
                if u is not None and u[0] not in lex.others_skip_units:
                    unit_hit = (u[0], "", k)
    if unit_hit is None and k + 1 < len(toks) and toks[k].text == "من" and toks[k + 1].text in lex.force_nouns:
        # 128 من ميليشيات الحوثي، نحو 220 من وحدات الحماية: a count out of an armed force is of its fighters
        unit_hit = ("fighters", "", k)
    if unit_hit is not None:
        return _Unit(unit_hit)
    if k < len(toks) and toks[k].kind == "word":
        # 21 على الأقل من المقاتلين: the approximator between the number and من + noun
        ap_mid = _approx_at(toks, k, lex.approx_after, False)
        if ap_mid is not None and ap_mid[1] < len(toks) and toks[ap_mid[1]].text == "من":
            unit_hit = unit_at(toks, ap_mid[1] + 1, lex, of=True)
            if unit_hit is None and ap_mid[1] + 1 < len(toks) and toks[ap_mid[1] + 1].text in lex.force_nouns:
                unit_hit = ("fighters", "", ap_mid[1])  # 59 على الأقل من الفصائل: fighters of a force
            if unit_hit is not None:
                return _Unit(unit_hit, ap_mid[0])
    return None


def _pronoun_unit(h: _Here, f: _Figure) -> _Unit | _Stop | None:
    """A figure before an anaphoric word (منهم) counts the group a count before it counts, or a part of it; with
    none to borrow from it is no quantity."""
    toks, i, lex, doc, found, sent_of = h.toks, h.i, h.lex, h.doc, h.found, h.sent_of
    k = f.k
    if not (k < len(toks) and toks[k].text in lex.anaphora):
        return None
    unit = _part_unit(toks, i, found, sent_of, doc, lex)
    if unit is None and not _after_uncounted(toks, i, sent_of[i][0], found, doc, lex):
        unit = _anaphora_unit(toks, i, lex, found, sent_of, doc)
    if unit is None:
        return _STOP
    return _Unit((unit, doc.text[slice(*doc.folded.span(toks[k].start, toks[k].end))], k + 1))


def _others_unit(h: _Here, f: _Figure) -> _Unit | None:
    """قتل 3 أشخاص وأصيب 7 آخرون: a figure before «others» counts more of the count just before it in the
    sentence; else the noun after من, the verb after or before it, or the persons counted before say what."""
    toks, i, lex, doc, found, sent_of = h.toks, h.i, h.lex, h.doc, h.found, h.sent_of
    k, prev = f.k, f.prev
    if not (k < len(toks) and (toks[k].text in lex.others or toks[k].text in lex.others_duals)):
        return None
    unit_hit: _UnitHit | None = None
    last = _last_in_sentence(toks, i, found, sent_of, doc, lex)
    if last is not None:
        unit_hit = (last.unit, last.counts or "", k + 1)
    elif k + 2 < len(toks) and toks[k + 1].text == "من" and (
            of_hit := unit_at(toks, k + 2, lex, of=True)) is not None and (
            of_hit[0] in _PERSON_UNITS or not toks[k].text.endswith(("ين", "ون"))):
        # قتل مع 13 آخرين من عناصر الميليشيات: the others are told after من; a noun after من we do not
        # know (برفقة 4 آخرين من الجيش) leaves the others to the readings below, as if من were not there,
        # and so does a noun of no persons after the others who are persons (آخرين من البلدة: the town
        # they came from)
        unit_hit = of_hit
    elif _word(toks, k + 1) is not None and any(
            w in lex.subject_after for w, _ in strip_proclitic(toks[k + 1].text, article=False)):
        # الشاب و3 آخرين أصيبوا: others who died or were wounded are people, or the passage's group
        unit = _anaphora_unit(toks, i, lex, found, sent_of, doc, skip_parts=True, singular_ok=True) or "people"
        unit_hit = (unit, "", k + 1)
    elif prev is not None and any(w in lex.companion_words for w, _ in strip_proclitic(prev, article=False)) \
            and _fact_before(toks, i, sent_of[i][0], lex):
        # لقي القيادي مصرعه مع 6 آخرين، اعتقل الناشط مع خمسة آخرين: the others who share the fact a word
        # earlier in the clause tells of one person are people, or the group the passage counts; not that
        # person's own kind (a ضابط killed with four others: the others need be no officers)
        unit = _anaphora_unit(toks, i, lex, found, sent_of, doc, skip_parts=True) or "people"
        unit_hit = (unit, "", k + 1)
    elif _casualty_verb_before(toks, i, sent_of[i][0], lex):
        # قتل ستة مصلين. وأصاب المسلح خمسة آخرين: others wounded or killed by the verb that opens the
        # clause (its subject may stand between) are people, or the group the passage counts; a singular
        # noun is their kind only when no subject stands between (قتل الشرطي وأصيب اثنان آخران), not when
        # it is that subject (وجرح القناص اثنين آخرين)
        direct = prev is not None and any(w in lex.casualty_cues for w, _ in strip_proclitic(prev, article=False))
        unit = _anaphora_unit(toks, i, lex, found, sent_of, doc, skip_parts=True, singular_ok=direct) or "people"
        unit_hit = (unit, "", k + 1)
    elif not f.opener and len(f.values) == 1 and toks[k].text.endswith(("ين", "ون")) and (
            last_persons := _persons_counted_before(toks, i, found, sent_of, doc, lex)) is not None:
        # أنقذت السفينة 30 شخصا. ويعتقد أن 21 آخرين كانوا على متنه: the plural آخرين/آخرون is of persons
        # only (others of things are أخرى), so with no cue above it still counts more of the persons
        # counted in its sentence or the one before (with none, سافر مع ثلاثة آخرين, it counts nothing; a
        # force named there, اعتقلت قوات الحرس 14 آخرين, is no count of them)
        unit_hit = (last_persons.unit, last_persons.counts or "", k + 1)
    return _Unit(unit_hit) if unit_hit is not None else None


def _quoted_or_later_noun(h: _Here, f: _Figure) -> _Unit | None:
    """A noun the writer sets in quotes after the figure, or the noun after عدد when the total is stated before
    it (يرتفع إلى 121 عدد الفلسطينيين)."""
    toks, lex = h.toks, h.lex
    k = f.k
    unit_hit: _UnitHit | None = None
    if k + 1 < len(toks) and toks[k].text in _QUOTES and \
            toks[k].start > toks[k - 1].end and toks[k + 1].start == toks[k].end:
        # وثلاثة عشر "إرهابياً": a noun the writer sets in quotes still counts (an opening quote: a space
        # before it, none after; «جنيف 2» السوري closes one)
        unit_hit = unit_at(toks, k + 1, lex)
    if unit_hit is None and not f.core.vague and k + 1 < len(toks) and toks[k].text in lex.count_nouns:
        # يرتفع إلى 121 عدد الفلسطينيين: the total stated before the noun it counts
        unit_hit = unit_at(toks, k + 1, lex)
    return _Unit(unit_hit) if unit_hit is not None else None


def _toll_told_after(h: _Here, f: _Figure) -> _Unit | None:
    """يرتفع إلى 41 عدد الفلسطينيين الذين قتلوا، ارتفع إلى 29 على الأقل عدد مقاتلي الفصائل: a toll's figure
    told before the عدد it gives, a hedge between (which the figure takes)."""
    toks, i, lex = h.toks, h.i, h.lex
    k = f.k
    if not (not f.core.vague and not f.opener and len(f.values) == 1 and i >= 2
            and toks[i - 1].text == "الي" and _word(toks, i - 2) is not None
            and any(w in lex.change_verbs for w, _ in strip_proclitic(toks[i - 2].text, article=False))):
        return None
    ap_toll = _approx_at(toks, k, lex.approx_after, False)
    at = ap_toll[1] if ap_toll is not None else k
    toll = _toll_before_count(toks, at, h.sent_of[i][1], lex)
    if toll is None:
        return None
    return _Unit((toll[0], toll[1], at), ap_toll[0] if ap_toll is not None else None)


def _bracketed_unit(h: _Here, f: _Figure) -> _Unit | Found | _Stop | None:
    """عدد (30) عنصر، القضاء على (26) فرداً، التحفظ على (10) بنادق: official statements set the figure in
    brackets, with or without عدد; a span of time in brackets is an age or a term ((25) عاماً) unless عدد says
    it is counted (a bracketed figure after the name of an article, a unit or a road (المادة (12)) numbers it).
    A bracketed figure with no noun right after it is read again as if the brackets were not there."""
    toks, i, lex = h.toks, h.i, h.lex
    core_start, k = f.core_start, f.k
    if not (f.core.digits and k + 1 < len(toks) and toks[k].text == ")"
            and core_start >= 1 and toks[core_start - 1].text == "("):
        return None
    unit_hit = unit_at(toks, k + 1, lex)
    counted = core_start >= 2 and toks[core_start - 2].text in lex.count_nouns
    named = core_start >= 2 and any(w in lex.stop_before for w, _ in strip_proclitic(toks[core_start - 2].text))
    if unit_hit is not None and (named or (unit_hit[0] in ("days", "years") and not counted)):
        return None
    if unit_hit is None and i == core_start and len(f.values) == 1 and not named:
        # بمقتل (25) وجرح (16) آخرين، وإصابة (11) من المدنيين: a bracketed figure with no noun right after
        # it is read as if the brackets were not there, so the verb before and the من or آخرين after
        # give its unit as they do for a bare figure
        again = _unbracketed(toks, i, k, lex, h.doc, h.found)
        return _STOP if again is None else again
    return _Unit(unit_hit) if unit_hit is not None else None


def _toll_noun_unit(h: _Here, f: _Figure) -> _Unit | None:
    """A count noun before the figure (عدد القتلى 40) or a toll opened before إلى (ارتفع عدد القتلى إلى 40):
    the noun of the toll is the unit. Vague plurals are left out (عدد القتلى بالعشرات is no figure)."""
    toks, i, lex, sent_of = h.toks, h.i, h.lex, h.sent_of
    k = f.k
    if f.core.vague:
        return None
    unit_hit = _count_noun_unit(toks, i, lex)
    if unit_hit is None and not f.opener and len(f.values) == 1 and i > 0 and toks[i - 1].text == "الي" \
            and _word(toks, k) not in lex.others:
        unit_hit = _toll_unit(toks, i - 1, sent_of[i][0], lex)
        if unit_hit is None:
            unit_hit = _definite_toll_unit(toks, i, h.found, sent_of, h.doc, lex)
    return _Unit((unit_hit[0], unit_hit[1], k)) if unit_hit is not None else None


def _nisba_noun_unit(h: _Here, f: _Figure) -> _Unit | None:
    """قتل 11 إيرانياً، 70 ألف باكستاني قتلوا: a count of a nationality (or other nisba noun) that is killed,
    wounded or displaced counts people, or the group the passage counts; a plural nisba (خمسة إسرائيليين، عشرات
    الإيرانيين) is a noun of persons wherever it stands, so it needs no such word."""
    toks, i, lex, doc = h.toks, h.i, h.lex, h.doc
    core, core_start, k, prev = f.core, f.core_start, f.k, f.prev
    plural_nisba = _nisba(_word(toks, k), lex) and (_word(toks, k) or "").endswith(
        lex.nisba_plural_endings or ("\0",))
    # 800 ألف فنزويلي، 11 مليون إيطالي: right after a thousand or a million word a singular nisba is the
    # genitive noun it counts (an adjective would follow a noun, not the multiplier), so it needs no verb
    # (a short one too: روسي، مصري، تركي)
    w_k = _word(toks, k) or ""
    after_scale = k > 0 and toks[k - 1].text in lex.scales and w_k.endswith("ي") and len(w_k) >= 4 \
        and w_k not in lex.not_nisba
    if not after_scale and k - core_start >= 3 and w_k.endswith(("ي", "يا")) and len(w_k) >= 5 \
            and w_k not in lex.not_nisba and w_k[:-1] not in lex.not_nisba and any(
                (toks[x].text[:-1] if toks[x].text.endswith("ا") else toks[x].text) in lex.scales
                for x in range(core_start, k - 1)):
        # 442 ألفاً و462 فنزويلياً: a compound figure with a multiplier and a remainder ends in its counted
        # noun just as the multiplier alone does (the remainder's accusative singular, a nisba of persons)
        after_scale = True
    if (not core.vague or plural_nisba) and (_nisba(w_k, lex) or after_scale) and (
            (prev is not None and any(w in lex.casualty_cues for w, _ in strip_proclitic(prev, article=False)))
            or _nisba_cue_before(toks, i, prev, lex)
            or (_word(toks, k + 1) or "") in lex.subject_after or plural_nisba or after_scale):
        unit = _anaphora_unit(toks, i, lex, h.found, h.sent_of, doc, skip_parts=True) or "people"
        return _Unit((unit, doc.text[slice(*doc.folded.span(toks[k].start, toks[k].end))], k + 1))
    return None


def _killed_wounded_unit(h: _Here, f: _Figure) -> _Unit | None:
    """سقط 40 بين قتيل وجريح، سقوط مئات ما بين شهيد ومصاب: a bare count that the killed-and-wounded pair follows
    counts them: people, or fighters where في صفوف/من and a force come after the pair."""
    if f.opener:
        return None
    pair = _killed_wounded_pair(h.toks, f.k, h.lex)
    if pair is None:
        return None
    return _Unit(("fighters" if _force_after_pair(h.toks, pair, h.lex) else "people", "", f.k))


def _bare_subject_unit(h: _Here, f: _Figure) -> _Unit | _Stop | None:
    """أصيب خمسة بجروح، فر عشرات، نزوح الملايين، فر أكثر من خمسة ملايين: a bare number (hedged or not) as the
    subject (or object) of a casualty or flight verb counts the people or fighters the passage is about; with
    none to name and no reading as the victims at large, it is no quantity."""
    toks, i, lex, doc, found, sent_of = h.toks, h.i, h.lex, h.doc, h.found, h.sent_of
    core, core_start, values, k, prev = f.core, f.core_start, f.values, f.k, f.prev
    if not (prev is not None and not f.opener and any(
            w in lex.subject_cues for w, _ in strip_proclitic(prev, article=False))):
        return None
    nxt_w = _word(toks, k)
    # ما تسبب بمقتل المئات: a bare vague plural killed or wounded is the victims at large, so fighters
    # only when its own clause names them, not from a force named in the sentence before
    vague_victims = core.vague is not None and any(
        w in lex.casualty_cues for w, _ in strip_proclitic(prev, article=False))
    unit = _anaphora_unit(toks, i, lex, found, sent_of, doc, skip_parts=True,
                          singular_ok=nxt_w in lex.others or nxt_w in lex.others_duals,
                          this_sentence=vague_victims)
    if unit is None and vague_victims and _anaphora_unit(toks, i, lex, found, sent_of, doc, skip_parts=True):
        # نزوح عشرات الآلاف after a sentence that counts persons: the victims at large are people
        unit = "people"
    if unit is not None and nxt_w not in lex.others and nxt_w not in lex.others_duals \
            and _retells_fact(toks, i, prev, found, sent_of, doc, lex):
        # مقتل 3 ضباط في هجوم … الشيشان: مقتل سبعة في تفجيرين: a bare count of the same fact (killed after
        # killed) as the count it would borrow from is another group of victims, not more of that noun
        unit = None
    definite_vague = vague_victims and any(
        form in lex.vague and toks[core_start].text[:kk].endswith(("ال", "لل"))
        for form, kk in strip_proclitic(toks[core_start].text, article=True))
    if unit is None and (
            nxt_w is None or nxt_w.startswith("و") or nxt_w in lex.casualty_next
            or definite_vague) and any(
            w in lex.casualty_cues or (w in lex.flight_cues and _mass(core, values)) or w in lex.arrest_cues
            for w, _ in strip_proclitic(prev, article=False)):
        # فر نحو 700 ألف من الأقلية: a flight of thousands is of people, as a displacement is (a few who
        # flee, فر ثمانية, may be fighters: those need the passage to say who)
        # اعتقال العشرات خلال الاحتجاجات، اختطف 12 من: those held are people unless the passage says who
        # مقتل 9 وإصابة 50، قتل العشرات: the killed and wounded of a strike are people unless told; not
        # when a noun we do not know follows (قتل 22 متمرداً counts whatever that noun is); المئات with
        # the article takes no noun after it, so any word may follow
        unit = "people"
    if unit is None:
        return _STOP
    # وأصيب 6 آخرون: the "others" word belongs to the phrase
    return _Unit((unit, "", k + 1 if nxt_w in lex.others or nxt_w in lex.others_duals else k))


def _crowd_unit(h: _Here, f: _Figure) -> _Unit | None:
    """تظاهر الآلاف، خرج المئات إلى الشوارع، شارك عشرات الآلاف في المسيرة: a vague crowd with no noun, the
    subject of a verb of protest or gathering, is people; only where no word follows that could be a noun we do
    not know (خرجت مئات الشاحنات is no crowd). الآلاف/المئات with the article take no noun after them (تجمهر
    المئات الجمعة، خرج الآلاف وبينهم)."""
    toks, lex = h.toks, h.lex
    prev = f.prev
    if not (f.core.vague is not None and not f.opener and prev is not None and any(
            w in lex.crowd_cues for w, _ in strip_proclitic(prev, article=False))):
        return None
    definite_crowd = any(form in lex.vague and toks[f.core_start].text[:kk].endswith(("ال", "لل"))
                         for form, kk in strip_proclitic(toks[f.core_start].text, article=True))
    nxt_c = _word(toks, f.k)
    if nxt_c is None or definite_crowd or nxt_c in lex.crowd_next or nxt_c.startswith("لل"):
        return _Unit(("people", "", f.k))
    return None


def _vague_victims_unit(h: _Here, f: _Figure) -> _Unit | None:
    """قتلت قوات الاحتلال العشرات، قتلت سلسلة تفجيرات العشرات: a definite vague number with no noun, the object
    of a killing or wounding verb whose subject stands between, is the victims at large: people, never the group
    of that subject (قوات) the sentence names."""
    if f.core.vague is not None and not f.opener and _vague_object_of_casualty(
            h.toks, h.i, f.core_start, f.k, h.sent_of[h.i][0], h.lex):
        return _Unit(("people", "", f.k))
    return None


def _subject_across_phrase(h: _Here, f: _Figure) -> _Unit | None:
    """وقتل في الصراع عشرات الآلاف، وقتل فيها قرابة 120 وأصيب 300: a bare count after a killing or wounding verb
    and a short phrase of place or cause is its subject, as right after the verb; only where nothing follows it
    that could be a noun we do not know."""
    toks, i, lex = h.toks, h.i, h.lex
    if f.opener or not _verb_across_phrase(toks, i, h.sent_of[i][0], lex):
        return None
    nxt_w = _word(toks, f.k)
    if nxt_w is None or nxt_w.startswith("و") or nxt_w in lex.casualty_next:
        unit = _anaphora_unit(toks, i, lex, h.found, h.sent_of, h.doc, skip_parts=True,
                              this_sentence=True) or "people"
        return _Unit((unit, "", f.k))
    return None


def _total_before_part(h: _Here, f: _Figure) -> _Unit | None:
    """وقتل في الغارة 8، بينهم 3 أطفال: a bare total that a part (بينهم) follows, a few words after a killing or
    wounding verb, counts people or the group the passage counts."""
    toks, i, lex = h.toks, h.i, h.lex
    if not f.opener and _before_part(toks, f.k, lex) and _casualty_verb_before(
            toks, i, h.sent_of[i][0], lex, reach=3):
        unit = _anaphora_unit(toks, i, lex, h.found, h.sent_of, h.doc, skip_parts=True) or "people"
        return _Unit((unit, "", f.k))
    return None


def _subject_of_verb_after(h: _Here, f: _Figure) -> _Unit | None:
    """أكثر من 60 ألفاً نزحوا، بينهم 21 توفوا: a bare number before a verb of dying, wounding or flight counts the
    people (or the group the passage is about) it is the subject of."""
    toks, i, lex, k = h.toks, h.i, h.lex, f.k
    if not f.opener and _word(toks, k) is not None and any(
            w in lex.subject_after for w, _ in strip_proclitic(toks[k].text, article=False)):
        unit = _anaphora_unit(toks, i, lex, h.found, h.sent_of, h.doc, skip_parts=True) or "people"
        return _Unit((unit, "", k))
    return None


def _their_number_unit(h: _Here, f: _Figure) -> _Unit | None:
    """ويقدر عددهم بحوالى الألف، بلغ عددهم 300: "their number" is the count of the persons the passage names,
    people unless the sentence names a force."""
    toks, i, lex, prev = h.toks, h.i, h.lex, f.prev
    ap = _approx_at(toks, f.k, lex.approx_after, False)
    nxt_w = _word(toks, f.k if ap is None else ap[1])
    # وعددهم 192 دولة، بلغ عددهم 65 مقعداً: a word after the figure that is no unit of ours is its own
    # noun (what "their number" was told in), so the figure counts nothing we code
    if not f.opener and prev is not None and any(
            w in lex.count_nouns_of_them for w, _ in strip_proclitic(prev, article=False)) and (
            nxt_w is None or nxt_w.startswith("و") or any(
                w in lex.casualty_next or w in lex.crowd_next or w in lex.their_number_next
                for w, _ in strip_proclitic(nxt_w, article=False))):
        unit = _anaphora_unit(toks, i, lex, h.found, h.sent_of, h.doc, skip_parts=True,
                              this_sentence=True) or "people"
        return _Unit((unit, "", f.k))
    return None


def _left_out_noun(h: _Here, f: _Figure) -> _Unit | None:
    """مقتل 65 شخصاً في أوتار براديش و35 في راجستان: a bare figure joined by و, with the same preposition after it
    as after the count before it in the clause, counts the same noun left out."""
    toks, i, lex, doc, k = h.toks, h.i, h.lex, h.doc, f.k
    if not (not f.opener and f.core.digits and not f.core.vague and i > 0 and toks[i - 1].text == "و"
            and toks[i].start == toks[i - 1].end and _word(toks, k) in lex.ellipsis_preps
            and (_word(toks, k + 1) or "%") not in lex.not_before):
        return None
    last = _last_in_sentence(toks, i, h.found, h.sent_of, doc, lex)
    if last is not None and last.unit in lex.anaphora_units and last.end <= doc.folded.orig(toks[i].start) \
            and _next_word(doc.text, last.end) == _word(toks, k):
        return _Unit((last.unit, last.counts or "", k))
    return None


def _second_of_pair(h: _Here, f: _Figure) -> _Unit | None:
    """خفضها من 8735 جنديا إلى 4050، من 3 أيام إلى 5: the second figure of a from–to pair whose noun is said once,
    after the first, counts the same noun (nothing may follow it that could be its own noun)."""
    toks, i = h.toks, h.i
    if not f.opener and not f.core.vague and len(f.values) == 1 and i >= 2 \
            and toks[i - 1].text in h.lex.range_joiners and toks[i - 1].text != "و":
        hit = _pair_unit(toks, i, f.k, h.found, h.sent_of, h.doc, h.lex)
        return _Unit(hit) if hit is not None else None
    return None


#: the counted-noun steps of `_parse_at`, in the order they are asked; the first that answers wins (a `_Unit`,
#: a whole `Found` read again without brackets, or `_STOP`: no quantity). The noun after the figure comes
#: first, then the phrases that name it further on, then the bare counts whose unit the verb or passage gives.
_UNIT_STEPS: tuple[Callable[[_Here, _Figure], _Unit | Found | _Stop | None], ...] = (
    _unit_right_after, _unit_after_of, _pronoun_unit, _others_unit, _quoted_or_later_noun, _toll_told_after,
    _bracketed_unit, _toll_noun_unit, _nisba_noun_unit, _killed_wounded_unit, _bare_subject_unit, _crowd_unit,
    _vague_victims_unit, _subject_across_phrase, _total_before_part, _subject_of_verb_after, _their_number_unit,
    _left_out_noun, _second_of_pair,
)


def _finish(h: _Here, f: _Figure, got: _Unit) -> Found | None:
    """The quantity from the figure and its unit: a half after a span, a volume or a speed turned away, an age
    passed over whole, the unit the sentence's context gives, the hedge after the noun, and the span of the
    phrase with the noun as printed."""
    toks, i, lex, doc, sent_of = h.toks, h.i, h.lex, h.doc, h.sent_of
    orig = doc.folded.span
    core, core_start, k = f.core, f.core_start, f.k
    values = f.values
    approx = f.approx
    if got.mid_approx is not None and approx is None:
        approx = got.mid_approx
    unit, noun, end = got.hit
    half = (lex.halves or {}).get(_word(toks, end) or "")
    if half is not None and unit in lex.half_units and len(values) == 1 and not core.vague and end > k:
        # عامين ونصف، ثلاث سنوات ونصف السنة، 3 كيلومترات ونصف: a half after a span, a distance or a sum
        # belongs to the figure (a count of persons has no halves)
        values = [values[0] + half]
        again = unit_at(toks, end + 1, lex)
        end += 1
        if again is not None and again[0] == unit and toks[end].text.startswith("ال"):
            end = again[2]  # ونصف السنة: the unit said again with the article
    if unit in ("metres", "kilometres") and _word(toks, end) in lex.volume_words:
        return None  # 88 مليون متر مكعب: a volume or an area in square metres has no unit of ours
    if unit in ("metres", "kilometres") and (_word(toks, end) in lex.rate_words or (
            _word(toks, end) == "في" and "ب" + (_word(toks, end + 1) or "") in lex.rate_words)):
        return None  # رياح بسرعة 130 كلم بالساعة، في الساعة: a speed, no distance
    if unit == "years" and (_is_age(toks, i, end, lex) or _after_person(toks, i, doc)):
        # تتراوح أعمارهم من 13 إلى 16 سنة: the whole phrase is an age and is passed over, so that its
        # second figure is not read again on its own as a count of years
        return Found([], unit, noun, i, 0, end, None)
    lo, hi = sent_of[i] if sent_of else (0, len(toks))
    unit = _context_unit(unit, noun, toks, lo, hi, lex)
    if approx is None:
        ap2 = _approx_at(toks, end, lex.approx_after, False)
        if ap2 is not None:
            approx, end = ap2[0], ap2[1]
    if core.vague:
        approx = core.vague
    # the printed noun as it stands in the text (عنصرًا, الدولارات)
    a, b = widen(doc.text, *orig(toks[end - 1].start, toks[end - 1].end))
    if end > k and toks[end - 1].text not in lex.anaphora and toks[end - 1].text not in lex.others and \
            toks[end - 1].text not in lex.others_duals and \
            toks[end - 1].text not in {p[-1] for ps in lex.approx_after.values() for p, _ in ps} and \
            toks[end - 1].text not in (lex.halves or {}):
        noun = doc.text[a:b]
    first = i
    if f.unclosed and f.approx_at_start is None:
        first = core_start  # برشقة من 130 صاروخا: the من closes no range, so the figure starts at the number
    start_skip = f.start_skip
    if f.approx_at_start is None and core_start == first:
        start_skip = core.skip
    return Found(values, unit, noun, first, start_skip, end, approx)


def _unbracketed(toks: list[Tok], i: int, k: int, lex: Lexicon, doc: Doc, found: list[model.Quantity]
                 ) -> Found | None:
    """Parse the figure at i, set in brackets toks[i - 1] and toks[k], on a copy of the tokens without them,
    and give the token indices of what it finds back in the original list (made only for the rare bracketed
    figure with no noun after it)."""
    bare = [*toks[:i - 1], toks[i], *toks[k + 1:]]
    f = _parse_at(bare, i - 1, lex, doc, found, Sentences(bare, doc))
    if f is None:
        return None

    def back(x: int) -> int:
        return x if x < i - 1 else i if x == i - 1 else x + k + 1 - i

    f.start_tok = back(f.start_tok)
    f.end_tok = back(f.end_tok - 1) + 1
    if f.start_tok == i and f.end_tok > k:
        f.start_tok = i - 1  # the evidence holds both brackets, "(16) آخرين", not half of them
    return f


def _number_after_noun(toks: list[Tok], i: int, lex: Lexicon, doc: Doc, found: list[model.Quantity]
                       ) -> Found | None:
    """مقتل المجندين الثلاثة، المصابين الستين، ركاب الطائرة الخمسة: a cardinal with the article after a
    definite unit noun (or a noun and its definite genitive) is an adjective that counts the noun. Ordinals
    (الرابعة، الثالث) have other forms, and one or two (الواحد، الاثنين: also Monday) are left out."""
    t = toks[i]
    if i < 1 or t.kind != "word" or toks[i - 1].kind != "word":
        return None
    forms = [f[2:] for f, _k in strip_proclitic(t.text, article=False) if f.startswith("ال")]
    value = next((lex.ones[f] for f in forms if f in lex.ones), None)
    tens = value is None
    if tens:
        value = next((lex.tens[f] for f in forms if f in lex.tens), None)
    if value is None or value < 3:
        return None
    end = i + 1
    if not tens and _word(toks, end) in lex.teen_tails:
        value, end = value + 10, end + 1  # الأعضاء الأربعة عشر
    for start in (i - 1, i - 2):
        if start < 0 or toks[start].kind != "word":
            continue
        u = unit_at(toks, start, lex)
        if u is None or u[0] in lex.others_skip_units - {"days", "years"}:
            continue
        if u[0] in ("days", "years") and (tens or start == i - 2):
            # يوم النكبة السبعين، العام الستين: a span named by a tens word or a genitive is an anniversary
            continue
        definite = toks[start].text.startswith("ال")
        if start == i - 1 and u[2] == i and definite:
            break
        if start == i - 2 and u[2] == i - 1 and not definite and toks[i - 1].text.startswith("ال"):
            if toks[i - 1].text[2:] in lex.member_heads:
                return None  # قادة الدول الثلاث: the number counts the states of the genitive, not their leaders
            break  # عناصر الدورية الأربعة: the noun stands in construct with a definite genitive
    else:
        return None
    orig = doc.folded.span
    a, _b = orig(toks[start].start, toks[start].end)
    if found and found[-1].end > a:
        return None  # the noun already ends a count told just before
    return Found([float(value)], u[0], doc.text[slice(*orig(toks[start].start, toks[start].end))], start, 0, end,
                 None)


def _digits_after_noun(toks: list[Tok], i: int, lex: Lexicon, doc: Doc, found: list[model.Quantity]
                       ) -> Found | None:
    """القتلى الـ16، ركابها الـ39: a figure in digits with the article after a definite unit noun (or one with
    a pronoun suffix) counts the noun, as a cardinal word does (المجندين الثلاثة). A span of time (السنة الـ8)
    is an ordinal there, and a sum is no such count."""
    v = digits_value(toks[i].text, toks[i].text)
    if v is None or not float(v).is_integer() or not 2 <= v < 1900:
        return None
    noun = toks[i - 2]
    if noun.kind != "word":
        return None
    if noun.text.startswith("ال"):
        u = unit_at(toks, i - 2, lex)
    elif noun.text.endswith(lex.possessive):
        u = unit_at(toks, i - 2, lex, of=True)  # ركابها الـ39: the suffix makes the noun definite
    else:
        return None  # a bare indefinite noun before الـ is no noun the figure describes
    if u is None or u[2] != i - 1 or u[0] in ("days", "years", "USD"):
        return None
    persons = lex.anaphora_units
    if any(q.value == v and (q.unit == u[0] or (q.unit in persons and u[0] in persons)) for q in found):
        # أصيب 5 جنود … ونقل الجنود الـ5، قتل 12 مسلحاً … القتلى الـ12: the article points back to the group
        # already counted
        return None
    orig = doc.folded.span
    a, _b = orig(noun.start, noun.end)
    if found and found[-1].end > a:
        return None  # the noun already ends a count told just before
    return Found([float(v)], u[0], doc.text[slice(*orig(noun.start, noun.end))], i - 2, 0, i + 1, None)


def _nisba_before_number(word: str, two: bool, lex: Lexicon) -> tuple[str, int] | None:
    """(unit, proclitic chars) for a noun with a proclitic before واحد or اثنين (لروسيين اثنين، بسوري واحد,
    وعسكريين اثنين): a unit noun, or a nisba noun (a plural one before اثنين) counting people. Without a
    proclitic a nisba there is mostly the adjective of the noun before it, so it is left to the other rules."""
    for form, k in strip_proclitic(word, article=False)[1:]:
        if len(form) < 4:
            continue
        if (form,) in lex.units:
            unit, printed = lex.units[(form,)]
            if unit in ("days", "years") or form in lex.casualty_cues or form in lex.wounded_nouns or (
                    two and _singular(printed, lex)):
                return None  # وإصابة اثنين: the two are the wounded counted bare, not two woundings
            return unit, k
        if _nisba(form, lex) and (not two or form.endswith(lex.nisba_plural_endings or ("\0",))):
            return "people", k
    return None


def _uncounted(word: str | None, lex: Lexicon) -> bool:
    """Whether a word (bare, with the article, or in the accusative) is a noun counted in no unit of ours."""
    if word is None:
        return False
    for form in (word, word[2:] if word.startswith("ال") else word):
        if form in lex.uncounted or (form.endswith("ا") and form[:-1] in lex.uncounted):
            return True
    return False


def _casualty_verb_before(toks: list[Tok], i: int, lo: int, lex: Lexicon, reach: int = 2) -> bool:
    """Whether one of the `reach` words before token i (in its sentence) is a killing or wounding word: the
    verb with, at most, its subject between it and the count (وأصاب بيسونيت خمسة آخرين)."""
    for x in range(i - 1, max(lo, i - reach - 1) - 1, -1):
        w = _word(toks, x)
        if w is None:
            return False
        if any(f in lex.casualty_cues for f, _ in strip_proclitic(w, article=False)):
            return True
    return False


def _fact_before(toks: list[Tok], i: int, lo: int, lex: Lexicon) -> bool:
    """Whether a word of a fact (`fact_cues`: killed, wounded, arrested, ...), bare or with a pronoun suffix,
    stands among the `companion_reach` words before token i in its sentence, with no sentence mark between."""
    facts = lex.fact_cues or {}
    for x in range(i - 1, max(lo, i - lex.companion_reach - 1) - 1, -1):
        w = _word(toks, x)
        if w is None:
            return False
        for f, _ in strip_proclitic(w, article=False):
            # لقي مصرعه، اعتقاله: the fact's noun may carry the pronoun of the person it tells of
            if f in facts or (f.endswith("ه") and f[:-1] in facts) or (f.endswith(("ها", "هم")) and f[:-2] in facts):
                return True
    return False


def _verb_across_phrase(toks: list[Tok], i: int, lo: int, lex: Lexicon) -> bool:
    """Whether token i follows a killing or wounding verb across one short phrase: a preposition with a
    pronoun (قتل فيها) or a preposition and a definite noun that names no time (قتل في الهجوم، أصيب جراء
    القصف; قتل في عام 2011 is a year)."""
    w1 = _word(toks, i - 1)
    if w1 is None or i - 1 <= lo:
        return False
    if w1 in lex.gap_pronoun_preps:
        verb_at = i - 2
    else:
        w2 = _word(toks, i - 2)
        if w2 not in lex.gap_preps or i - 2 <= lo or not w1.startswith("ال") or len(w1) < 5 \
                or w1 in lex.year_cues or w1[2:] in lex.year_cues or w1 in lex.months:
            return False
        verb_at = i - 3
    verb = _word(toks, verb_at)
    return verb_at >= lo and verb is not None and any(
        f in lex.casualty_cues and f in lex.subject_cues for f, _ in strip_proclitic(verb, article=False))


def _before_part(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """Whether token k (after an optional comma) is بينهم/بينهن: a part of the count before follows."""
    if k < len(toks) and toks[k].text in ("،", ","):
        k += 1
    return _word(toks, k) in lex.total_before


def _after_person(toks: list[Tok], i: int, doc: Doc) -> bool:
    """Whether the word just before token i ends a person's name (خالد بلقاسمي 60 عاما): a count of years
    there is the person's age."""
    if i == 0 or toks[i - 1].kind != "word":
        return False
    ent = doc.entity_at(*doc.folded.span(toks[i - 1].start, toks[i - 1].end))
    return ent is not None and ent.type == "person"


def _is_age(toks: list[Tok], i: int, end: int, lex: Lexicon) -> bool:
    """Whether the count of years from token i to `end` is someone's age: after a word of age (يبلغ من العمر
    19 عاماً، بعمر 14، تقل أعمارهم عن 15 عاماً), just after يبلغ/البالغ/سن, or alone in brackets or between
    commas after a name, or after a comma at the end of its sentence ((25 عاماً)، روسو، 60 عاماً،، هالة، 30
    عاماً.). An age describes a person; it counts nothing."""
    # a second figure joined by و (بين ثمانية أعوام و11 عاماً) shares the cue of the first
    reach = 6 if i > 0 and toks[i - 1].text == "و" else 3
    for n, x in enumerate(range(i - 1, max(-1, i - 1 - reach), -1)):
        t = toks[x]
        if t.kind == "num" and reach > 3:
            continue  # بعمر 16 و18 عاماً
        if t.kind != "word":
            break
        forms = [f for f, _ in strip_proclitic(t.text)]
        if any(f in lex.age_cues for f in forms):
            return True
        if t.text == "ال":  # سن الـ40: the article split from the number
            continue
        if (n == 0 or (n == 1 and toks[i - 1].text == "ال")) and any(
                f in lex.age_before or _future_of(f) in lex.age_before for f in forms):
            return True  # سيبلغون 65 عاماً: the future prefix س hides the age verb
    if end + 1 < len(toks) and toks[end].text == "من" and any(
            f in lex.age_cues or f == "عمر" for f, _ in strip_proclitic(toks[end + 1].text)):
        return True  # يبلغ الرجل 31 عاماً من العمر: the age word after the years, the verb before the name
    if i == 0 or end >= len(toks):
        return False
    before, after = toks[i - 1].text, toks[end].text
    if before == "و" and i >= 3 and toks[i - 2].kind == "num" and toks[i - 3].text == "(" and any(
            toks[y].text == ")" for y in range(end, min(len(toks), end + 4))):
        return True  # الرجلان (45 و50 عاماً وقت اعتقالهما): the ages of two named before, in brackets
    if after == ")" and i >= 2 and toks[i - 2].text == "(" and toks[i - 1].kind == "word" and not any(
            f in lex.span_openers or f in lex.approx_before for f, _ in strip_proclitic(toks[i - 1].text)):
        return True  # (وسيم 16 عاماً): a name and its age in brackets; (منذ 3 أعوام) is a span
    if before == "(" and after == ")" and toks[i].kind == "word" and not _persons_before(toks, i - 1, lex):
        # بالسجن (بين 3 و5 سنوات): a range of years (it opens with بين/من) in brackets after no persons is a
        # term, no age
        return False
    # بحسب المتحدث باسم الشرطة، وهو سامر خليل، 41 عاماً.: a count of years set off by a comma after a name
    # and closing the sentence is the same apposition as one between commas
    return (before == "(" and after == ")") or (before in "،," and after in "،,.")


def _persons_before(toks: list[Tok], b: int, lex: Lexicon) -> bool:
    """Whether the word before the bracket at `b` is a noun of persons (شبان، معتقلين، مدنيين) or a name:
    a range of years in brackets after them is their ages (خمسة شبان (بين 18 و25 عاماً))."""
    if b < 1 or toks[b - 1].kind != "word":
        return False
    u = unit_at(toks, b - 1, lex) or unit_at(toks, b - 1, lex, of=True)
    return u is not None and u[0] in lex.anaphora_units


def _last_in_sentence(toks: list[Tok], i: int, found: list[model.Quantity], sent_of: Sentences, doc: Doc,
                      lex: Lexicon) -> model.Quantity | None:
    """The last count before token i in its sentence that "others" (آخرون، آخران) can extend: not a span of
    time or distance (أخذنا 5 آلاف شخص خلال يومين ونريد ثلاثة آلاف آخرين)."""
    lo, _ = sent_of[i]
    here = doc.folded.orig(toks[lo].start)
    return next((q for q in reversed(found) if q.start >= here and q.unit not in lex.others_skip_units), None)


def _count_noun_unit(toks: list[Tok], i: int, lex: Lexicon) -> tuple[str, str] | None:
    """بلغ عدد القتلى 25 / ارتفعت حصيلة الضحايا إلى 40: the noun after عدد/حصيلة just before the number."""
    for x in range(i - 1, max(-1, i - 6), -1):
        if toks[x].kind != "word":
            return None
        if any(f in lex.count_nouns for f, _ in strip_proclitic(toks[x].text, article=False)):
            u = unit_at(toks, x + 1, lex)
            return (u[0], u[1]) if u is not None else None
    return None


def _toll_count_noun(toks: list[Tok], at: int, lo: int, lex: Lexicon, definite: bool = False) -> int | None:
    """The index of the عدد/حصيلة that a verb of change right before it opens (ارتفع عدد القتلى، لترتفع حصيلة
    الضحايا) at most `toll_reach` tokens before `at`, in the sentence from `lo`, with no figure between but a
    date (منذ 30 مارس) and no clause break; None when there is none. With `definite`, only a عدد/حصيلة with the
    article (ارتفعت الحصيلة) is one."""
    for x in range(at - 1, max(lo, at - 1 - lex.toll_reach) - 1, -1):
        t = toks[x]
        if t.kind == "punct" and t.text not in ('"', "«", "»", "(", ")", ",", "،", "/"):
            return None
        if t.kind == "num":
            nxt = _word(toks, x + 1)
            if not (nxt is not None and any(f in lex.months for f, _ in strip_proclitic(nxt))):
                return None  # another figure stands between: the one after إلى is not the toll's
            continue
        if t.kind == "word" and (any(
                f in lex.count_nouns and t.text[:kk].endswith(("ال", "لل")) for f, kk in strip_proclitic(t.text))
                if definite else any(f in lex.count_nouns for f, _ in strip_proclitic(t.text, article=False))):
            verb = _word(toks, x - 1)
            if verb is not None and any(f in lex.change_verbs for f, _ in strip_proclitic(verb, article=False)):
                return x
            if _subject_then_count(toks, x, lo, lex):
                return x
            return None  # عدد not opened by a change verb (بلغ عدد, وصول عدد): the grammar before says what it is
    return None


#: the most words a transitive change verb's subject may take between it and the عدد it raises
_CHANGE_SUBJECT_WORDS = 3


def _subject_then_count(toks: list[Tok], x: int, lo: int, lex: Lexicon) -> bool:
    """ورفع الجيش عدد جنوده إلى 3000، وخفضت الحكومة الأمريكية عدد قواتها: a transitive change verb (رفع،
    خفض، زاد) with its subject, a few words and no figure nor clause break, between it and the عدد it opens.
    An intransitive one (ارتفع، تراجع) takes عدد itself as its subject, so a word between says no change of
    it (ارتفع التوتر … عدد)."""
    for y in range(x - 2, max(lo, x - 2 - _CHANGE_SUBJECT_WORDS) - 1, -1):
        t = toks[y]
        if t.kind != "word":
            return False
        if any(f in lex.change_verbs_transitive for f, _ in strip_proclitic(t.text, article=False)):
            return True
        if t.text in lex.change_subject_stops or any(
                f in lex.count_nouns for f, _ in strip_proclitic(t.text, article=False)):
            return False  # رفع الحظر على عدد من: a preposition opens the verb's other complement, no subject
    return False


def _toll_before_count(toks: list[Tok], at: int, hi: int, lex: Lexicon) -> tuple[str, str] | None:
    """The unit of a toll whose figure stands before its عدد/حصيلة (at `at`): that of the noun after it, in the
    construct state too (عدد مقاتلي الفصائل), or people when a word of killing or wounding follows in the clause
    (عدد الفلسطينيين الذين قتلوا)."""
    if at + 1 >= min(hi, len(toks)) or toks[at].text not in lex.count_nouns:
        return None
    u = _casualties_of(toks, unit_at(toks, at + 1, lex) or unit_at(toks, at + 1, lex, of=True), hi, lex)
    if u is not None:
        return u
    for y in range(at + 1, min(hi, at + 1 + 6)):
        if toks[y].kind != "word":
            return None
        if _tells_casualty(toks[y].text, lex):
            return "people", ""
    return None


def _tells_casualty(word: str, lex: Lexicon) -> bool:
    """Whether `word` (a word token, its proclitics off) is a cue of killing or wounding (`fact_cues`)."""
    facts = lex.fact_cues or {}
    return any(facts.get(f) in ("killed", "wounded") for f, _ in strip_proclitic(word, article=False))


def _casualties_of(toks: list[Tok], u: tuple[str, str, int] | None, hi: int, lex: Lexicon) -> tuple[str, str] | None:
    """A toll's unit from the noun after its عدد/حصيلة (`u`, as `unit_at` gives it): the dead of an armed force
    or of its men are its fighters (حصيلة قتلى قوات النظام، عدد قتلى عناصر الشرطة), else the noun's own unit."""
    if u is None:
        return None
    if u[0] == "people" and u[2] < min(hi, len(toks)):
        if toks[u[2]].text in lex.force_nouns:
            return "fighters", u[1]
        men = unit_at(toks, u[2], lex, of=True)
        if men is not None and men[0] == "fighters":
            return "fighters", men[1]
    return u[0], u[1]


def _toll_opened(toks: list[Tok], at: int, lex: Lexicon) -> bool:
    """Whether the من at `at` follows a toll a verb of change opens in its clause (ارتفع عدد القتلى من 40 إلى 53)."""
    return lex.toll_reach > 0 and _toll_count_noun(toks, at, 0, lex) is not None


def _toll_unit(toks: list[Tok], at: int, lo: int, lex: Lexicon) -> tuple[str, str] | None:
    """وارتفع عدد الفلسطينيين الذين قتلوا منذ بدء الاحتجاجات، إلى 141: the unit of a bare figure right after إلى
    (at `at`) is that of the noun after the عدد/حصيلة a change verb opened, or people when the phrase between holds
    a word of killing or wounding (a toll of whom it does not say by a unit noun)."""
    if lex.toll_reach <= 0:
        return None
    x = _toll_count_noun(toks, at, lo, lex)
    if x is None:
        return None
    # عدد جنوده، عدد مقاتلي الفصائل: the noun after عدد carries a pronoun or stands in the construct state
    u = _casualties_of(toks, unit_at(toks, x + 1, lex) or unit_at(toks, x + 1, lex, of=True), at, lex)
    if u is not None:
        return u
    for y in range(x + 1, at):
        if toks[y].kind == "word" and _tells_casualty(toks[y].text, lex):
            return "people", ""
    return None


def _definite_toll_unit(toks: list[Tok], i: int, found: list[model.Quantity], sent_of: Sentences, doc: Doc,
                        lex: Lexicon) -> tuple[str, str] | None:
    """لترتفع الحصيلة إلى 30، ليرتفع العدد إلى 45: a toll or number with the article and no noun after it is the
    one the passage told, so the bare figure after إلى (at `i`) counts the passage's group; a toll (حصيلة) with
    none told counts people, a number (عدد) with none says nothing."""
    if lex.toll_reach <= 0:
        return None
    x = _toll_count_noun(toks, i - 1, sent_of[i][0], lex, definite=True)
    if x is None:
        return None
    unit = _anaphora_unit(toks, i, lex, found, sent_of, doc, skip_parts=True)
    if unit is None and any(f in lex.people_count_nouns for f, _ in strip_proclitic(toks[x].text)):
        unit = "people"
    return (unit, "") if unit is not None else None


def _first_number(toks: list[Tok], core: Core, k: int) -> float:
    """The digits of a range's second number without its multiplier (20 in 20 ألف)."""
    for x in range(k, core.end):
        if toks[x].kind == "num":
            v = digits_value(toks[x].text, toks[x].text)
            if v:
                return v
    return core.value


def _anaphora_unit(toks: list[Tok], i: int, lex: Lexicon, found: list[model.Quantity],
                   sent_of: Sentences, doc: Doc, skip_parts: bool = False, singular_ok: bool = False,
                   this_sentence: bool = False) -> str | None:
    """The unit "منهم" points back to: the last people-like quantity in this or the previous sentence,
    else the last people-like noun there. With `skip_parts`, a count that is itself a part of a group
    (بينهم 12 جندياً) is passed over: "مقتل 25 شخصاً بينهم 12 جندياً، وإصابة 25" wounds people. With
    `this_sentence`, only the count's own sentence is searched."""
    lo, _ = sent_of[i]
    prev_lo = sent_of[lo - 1][0] if lo > 0 and not this_sentence else lo
    here = doc.folded.orig(toks[prev_lo].start) if toks else 0
    for q in reversed(found):
        if q.start >= here and q.unit in lex.anaphora_units:
            if skip_parts and _is_part(doc, q, lex):
                continue
            return q.unit
    for x in range(i - 1, prev_lo - 1, -1):
        u = unit_at(toks, x, lex)
        if u is not None and x > 0 and any(f in lex.agent_cues for f, _ in strip_proclitic(toks[x - 1].text)):
            continue  # أصيب برصاص الجنود: the noun after "by the fire of" names who shot, not who was hit
        if u is not None and _attacker_at(toks, x, lex):
            continue  # هجوم من قوات التحالف أسفر عن مقتل 25: the force that attacked is not who was killed
        if u is not None and u[0] == "members" and x > 0 and any(
                f in lex.member_heads for f, _ in strip_proclitic(toks[x - 1].text)):
            continue  # مع الدول الأعضاء … وأصيب خمسة: member states are no persons a bare count is taken from
        if u is not None and u[0] in lex.anaphora_units and (singular_ok or not _singular(u[1], lex)):
            # الشاب المسلح الذي قتل 10: a noun in the singular names one man (often the killer), never the
            # group a count of several is taken from; but "others" are more of its kind (قتل الشرطي وأصيب
            # اثنان آخران)
            return u[0]
    return None


def _nisba_cue_before(toks: list[Tok], i: int, prev: str | None, lex: Lexicon) -> bool:
    """Whether an arrest, abduction or deportation word stands right before the count at token i (اعتقال،
    لترحيل، اختطاف) or before the على in front of it (القبض على): a nationality counted there is persons
    held or sent away, as a count after a killing word is persons killed."""
    if prev is None:
        return False
    if prev == "علي":  # على as folded
        prev = _word(toks, i - 2)
        if prev is None:
            return False
    return any(f in lex.nisba_cues for f, _ in strip_proclitic(prev, article=False))


def _attacker_at(toks: list[Tok], x: int, lex: Lexicon) -> bool:
    """Whether the unit noun at token x names the attacker: right after an attack noun or verb (قصف قوات
    النظام، هجوم شنته مسلحون، قصفت القوات) or after من/لـ that follow an attack noun (هجوم من قوات التحالف;
    هجوم لقوات reads هجوم right before it). A noun after على or في is the target and is not passed over."""
    def heads(k: int, definite: bool) -> bool:
        return k >= 0 and any(f in lex.attack_heads and (definite or not f.startswith("ال"))
                              for f, _ in strip_proclitic(toks[k].text, article=False))
    if heads(x - 1, False):
        # a definite noun heads no construct: في الهجوم رجل شرطة is the man killed in the attack
        return True
    return x > 1 and toks[x - 1].text == "من" and heads(x - 2, True)


def _singular(noun: str, lex: Lexicon) -> bool:
    """Whether a unit noun as listed is a singular (مسلح، عنصراً), by the dual nouns' singulars."""
    f = fold_text(noun)
    return f in lex.singulars or (f.endswith("ا") and f[:-1] in lex.singulars)


def _is_part(doc: Doc, q: model.Quantity, lex: Lexicon) -> bool:
    """Whether the quantity follows a word that makes it a part of a group told before (بينهم، منهم)."""
    return _after_cue(doc.text, q, lex.part_cues)


def _after_cue(text: str, q: model.Quantity, cues: frozenset[str]) -> bool:
    """Whether the word just before the quantity (less a proclitic) is one of the cues."""
    words = text[max(0, q.start - 24):q.start].split()
    if not words:
        return False
    return any(f in cues for f, _ in strip_proclitic(fold_text(words[-1]), article=False))


def _retells_fact(toks: list[Tok], i: int, prev: str, found: list[model.Quantity], sent_of: Sentences, doc: Doc,
                  lex: Lexicon) -> bool:
    """Whether the bare count at token i, after the cue word `prev`, states the same fact (killed, wounded) as
    the count of persons it would take its unit from (the last one in this or the previous sentence that is
    no part of a group)."""
    facts = lex.fact_cues or {}
    mine = next((facts[f] for f, _ in strip_proclitic(prev, article=False) if f in facts), None)
    if mine not in ("killed", "wounded"):
        return False
    lo, _ = sent_of[i]
    prev_lo = sent_of[lo - 1][0] if lo > 0 else lo
    here = doc.folded.orig(toks[prev_lo].start) if toks else 0
    ante = next((q for q in reversed(found) if q.start >= here and q.unit in lex.anaphora_units
                 and not _is_part(doc, q, lex)), None)
    return ante is not None and _fact_of(doc.text, ante, lex) == mine


def _part_unit(toks: list[Tok], i: int, found: list[model.Quantity], sent_of: Sentences, doc: Doc,
               lex: Lexicon) -> str | None:
    """أطلق 76 صاروخاً، 57 منها من طراز توماهوك: a part counted right after a count of things (weapons,
    vehicles, villages) in the same sentence counts the same things, whatever the pronoun's gender."""
    lo, _ = sent_of[i]
    here = doc.folded.orig(toks[lo].start)
    last = next((q for q in reversed(found) if q.start >= here), None)
    return last.unit if last is not None and last.unit in lex.part_units else None


def _after_uncounted(toks: list[Tok], i: int, lo: int, found: list[model.Quantity], doc: Doc, lex: Lexicon
                     ) -> bool:
    """درس 159 بلاغاً اعتبرت 149 منها: the nearest count before the number in its sentence counts a noun with
    no unit (reports, strikes); the part of it counts the same thing, not the people named further back."""
    for x in range(i - 1, lo - 1, -1):
        t = toks[x]
        if t.kind == "word":
            # وصلت سبع دفعات، ست منها: a count spelt in words counts its noun the same way
            if t.text not in lex.starters:
                continue
            core = parse_words(toks, x, lex)
            if core is None:
                continue
            nxt = _word(toks, core.end)
            if nxt is None or any(f in lex.months for f, _ in strip_proclitic(nxt)):
                return False
            if nxt in lex.span_nouns:
                continue  # منذ أربعة أشهر: a span of time is no group the part can be taken from
        else:
            if t.kind != "num":
                continue
            nxt = _word(toks, x + 1)
            if nxt is None or nxt in lex.scales or any(f in lex.months for f, _ in strip_proclitic(nxt)):
                return False
            v = digits_value(t.text, t.text)
            if v is None or 1900 <= v <= 2100:
                return False
            if nxt in lex.span_nouns:
                continue  # المستمرة منذ 4 أشهر، وأصيب 120 منهم: the part is of the people told before
        at = doc.folded.orig(t.start)
        return not any(q.start <= at < q.end for q in found)
    return False


# 27 شخصاً من مقاتلي الحشد; 100 شخص من بين 500 عنصر (a part of a counted force, digits folded or not)
_AFTER_OF = re.compile(r"\s*(?:من بين|من|في صفوف|بين)\s+(?:[0-9\u0660-\u0669\u06f0-\u06f9]+\s+)?(\w+)")
_NEXT_WORD = re.compile(r"\s*(\w+)")


@cache
def _fighter_stems() -> frozenset[str]:
    """Fighter nouns and their construct forms (مقاتلي، عناصر، جنود)."""
    out = set()
    raw = load_json("numbers")
    for w in raw["units"]["fighters"]:
        f = fold_text(w)
        out.add(f)
        for suffix in ("ين", "ون"):
            if f.endswith(suffix):
                out.add(f[: -len(suffix)] + "ي")
    return frozenset(out)


def _refine_unit(doc: Doc, q: model.Quantity) -> model.Quantity:
    """"27 شخصاً من مقاتلي الحشد": people counted as members of a force are fighters."""
    if q.unit == "members":
        # عضوان من مسلحي حماس: members counted out of a force's fighters are fighters (تسعة نواب من حزب،
        # أعضاء من تنظيم stay members: a party or an organisation has members who do not fight)
        m = _AFTER_OF.match(doc.text, q.end)
        if m:
            word = fold_text(m.group(1))
            if (word[2:] if word.startswith("ال") else word) in _fighter_stems():
                return _as_fighters(q)
        return q
    if q.unit != "people":
        return q
    lex = lexicon()
    noun = fold_text(q.counts or "")
    if noun in lex.member_adjective_nouns:
        # 71 فرداً تكفيرياً، 3 أشخاص مسلحين: the adjective names the persons' kind
        adj = _next_word(doc.text, q.end)
        if adj is not None and (adj in _fighter_stems() or (adj.endswith("ا") and adj[:-1] in _fighter_stems())):
            return _as_fighters(q)
    last = fold_text(doc.text[q.start:q.end]).split()[-1:]  # a dual's span holds its adjective (قياديان حوثيان)
    if (_party_nisba(_next_word(doc.text, q.end)) or (len(last) == 1 and last[0] != noun and _party_nisba(last[0]))) \
            and _casualty_count(doc, q, lex):
        # مصرع 40 قيادياً حوثياً، سقط 11 قتيلاً داعشياً: persons of an armed party's nisba killed or wounded are
        # its fighters (15 مدنياً يمنياً, a state's nisba, stays people; 3 مسؤولين حوثيين in talks stay people)
        return _as_fighters(q)
    if _leader_of_fighters(doc, q, lex) or _armed_leaders(doc, q, lex) or _armed_toll(doc, q, lex):
        return _as_fighters(q)
    m = _AFTER_OF.match(doc.text, _past_paired_casualty(doc.text, q.end, lex))
    if m:
        word = fold_text(m.group(1))
        word = word[2:] if word.startswith("ال") else word
        if word in _fighter_stems():
            return _as_fighters(q)
    generic = not q.counts or _bare_noun(q.counts) in lex.generic_people
    if m and (word in lex.force_nouns or "ال" + word in lex.force_nouns) and generic:
        # قتل 25 من ميليشيات الحوثي، 12 شخصاً من الشرطة: a bare or generic count out of a force is of
        # its fighters (12 مدنياً من سكان البلدة stays people)
        return _as_fighters(q)
    if m and generic and _armed_actor_at(doc, m.start(1)):
        # قتل 10 من داعش، 12 شخصاً من هيئة تحرير الشام: a bare or generic count out of an armed group or force
        # the entities stage named (no force noun before the name) is of its fighters
        return _as_fighters(q)
    noun = fold_text(q.counts or "")
    noun = noun[2:] if noun.startswith("ال") and len(noun) > 4 else noun
    if noun in lex.member_nouns:
        # 30 من أفراد القوات الحكومية: members of a force are its fighters (14 فرداً من عائلته stay people)
        m = _NEXT_WORD.match(doc.text, q.end)
        if m and fold_text(m.group(1)) in lex.force_nouns:
            return _as_fighters(q)
        return q
    noun = noun[:-1] if noun.endswith("ا") and noun[:-1] in lex.men_nouns else noun  # رجلاً
    if noun in lex.casualty_nouns:
        # اثنين من القتلى الروس: the dead of a foreign force are its fighters
        m = _NEXT_WORD.match(doc.text, q.end)
        if m and fold_text(m.group(1)) in lex.force_demonyms:
            return _as_fighters(q)
    elif noun in lex.men_nouns:
        # نحو 300 رجل يعملون مع شركة عسكرية: men in a sentence about an armed force are its fighters
        sent = next((x for x in doc.sentences if x.start <= q.start < x.end), None)
        if sent is not None:
            words = fold_text(doc.text[sent.start:sent.end]).split()
            if any(f in lex.force_cues for w in words for f, _ in strip_proclitic(w)):
                return _as_fighters(q)
    return q


def _pair_unit(toks: list[Tok], i: int, k: int, found: list[model.Quantity], sent_of: Sentences, doc: Doc,
               lex: Lexicon) -> tuple[str, str, int] | None:
    """The unit of the first figure of «من N noun إلى M» for its second figure M at token i (the joiner at i-1):
    only where that first figure, in this sentence, has من a few words before it and ends right at the joiner, and no
    accusative noun of its own (إلى 30 مستشارا) follows M."""
    nxt = _word(toks, k)
    if nxt is not None and (nxt.endswith("ا") or nxt in lex.others):
        return None
    last = found[-1] if found else None
    if last is None or last.start < doc.folded.orig(toks[sent_of[i][0]].start) or len(last.text.split()) < 2 \
            or "to" in (last.approx or ""):
        return None
    if _next_word(doc.text, last.end) != toks[i - 1].text or last.end > doc.folded.orig(toks[i - 1].start):
        return None
    # يقلص القوة من قوامها المقدر ب8735 جنديا إلى 4050: the من that opens the pair may stand a few words before
    # the first figure (its noun and a participle between)
    if "من" not in fold_text(doc.text[max(0, last.start - 40):last.start]).split()[-5:]:
        return None
    return (last.unit, last.counts or "", k)


def _next_word(text: str, pos: int) -> str | None:
    """The folded word right after `pos` in the text, if one follows."""
    m = _NEXT_WORD.match(text, pos)
    return fold_text(m.group(1)) if m else None


def _as_fighters(q: model.Quantity) -> model.Quantity:
    return model.Quantity(q.value, "fighters", q.start, q.end, q.text, q.approx, q.counts)


#: how far back (in words, within the sentence) the verb or noun that says what a count states is looked for
_FACT_REACH = 6
_SENTENCE_END = re.compile(r"[.!?؟\n]")
#: a word of running text with no punctuation glued to it (diacritics stay inside the word)
_WORD = re.compile(r"[^\s.,،؛;:!?؟\"'«»“”()\[\]]+")


def _phrase_after(text: str, pos: int, n: int) -> list[str]:
    """Up to n folded words right after pos, without the punctuation glued to them («ميدانيين.» ->
    ميدانيين), stopping at a comma or stop: a word past it (3 قادة ميدانيين، بينهم) belongs to the next
    clause, not to the noun the figure counts."""
    out: list[str] = []
    for tok in fold_text(text[pos:pos + 40]).split():
        if len(out) == n:
            break
        m = _WORD.search(tok)
        if m is None or (m.start() > 0 and out):
            break  # a mark before the word («، بينهم») opens another clause
        out.append(m.group())
        if m.end() < len(tok):
            break  # a mark after the word closes the phrase
    return out


def _words_before(text: str, start: int, end: int, n: int) -> list[str]:
    """The last n folded words of text[start:end], without punctuation glued to them (المتمردين، -> المتمردين)."""
    return _WORD.findall(fold_text(text[start:end]))[-n:]


def _fact_of(text: str, q: model.Quantity, lex: Lexicon) -> str | None:
    """The fact a count states (killed, wounded, arrested, ...): from its own noun (قتلى، جرحى، نازحين), else
    the nearest cue word before it in its clause (مقتل 5، اعتقلت الشرطة 5), else a verb right after it
    (5 مدنيين قتلوا). None when nothing says."""
    cues = lex.fact_cues or {}
    noun = fold_text(q.counts or "")
    noun = noun[2:] if noun.startswith("ال") and len(noun) > 4 else noun
    if noun.endswith("ا") and (noun[:-1] in lex.wounded_nouns or noun[:-1] in cues):
        noun = noun[:-1]  # مصاباً، قتيلاً: the accusative ending
    if noun in lex.wounded_nouns or _after_cue(text, q, lex.wounded_cues):
        return "wounded"
    if noun in cues:
        return cues[noun]
    before = text[max(0, q.start - 120):q.start]
    ends = list(_SENTENCE_END.finditer(before))
    if ends:
        before = before[ends[-1].end():]
    for w in reversed(_WORD.findall(before)[-_FACT_REACH:]):
        for form, _ in strip_proclitic(fold_text(w)):
            if form in cues:
                return cues[form]
    after = _WORD.findall(text, q.end, q.end + 40)[:2]
    for w in after:
        for form, _ in strip_proclitic(fold_text(w), article=False):
            if form in cues and form in lex.subject_after:
                return cues[form]
    return None


def _after_among(text: str, q: model.Quantity) -> bool:
    """وبين الجرحى ثلاثة صحافيين، ومن بين القتلى 4 أطفال: a count right after "among" and the group's noun
    is a part of that group, as after بينهم."""
    words = _WORD.findall(text, max(0, q.start - 40), q.start)[-2:]
    return len(words) == 2 and any(f == "بين" for f, _ in strip_proclitic(fold_text(words[0]), article=False))


def _same_fact(a: str | None, b: str | None) -> bool:
    """Whether two statements of one figure can be one fact: the same fact, or one of them unsaid; a count of
    wounded is never the same fact as an unsaid one (أربعة قتلى … وأربعة جرحى)."""
    if a == b:
        return True
    return (a is None and b != "wounded") or (b is None and a != "wounded")


def _sentence_ends(text: str) -> list[int]:
    """The offsets where sentences end, for `bisect`: two offsets are in one sentence when as many ends
    stand before each."""
    return [m.start() for m in _SENTENCE_END.finditer(text)]


#: how far (in characters) a coordinated count may stand after the count it is joined to
_COORDINATED_REACH = 80


def _coordinated(text: str, a: model.Quantity, b: model.Quantity) -> bool:
    """مقتل 4 من الشرطة و4 من المهاجمين، قتل 3 جنود و3 مسلحين: b is joined by و to a, in the same
    clause, so it counts another group even when value, unit and fact are the same."""
    if not 0 <= b.start - a.end <= _COORDINATED_REACH or _SENTENCE_END.search(text, a.end, b.start):
        return False
    before = text[max(a.end, b.start - 3):b.start].rstrip()
    return (before.endswith("و") and (len(before) == 1 or not before[-2].isalpha())) \
        or text[b.start:b.start + 1] == "و"


def _first_of_each(quantities: list[model.Quantity], text: str = "") -> list[model.Quantity]:
    """One record per figure and fact: an article that repeats "43 مدنياً" in its lead, body and quotes
    states one fact; the first statement is kept as the evidence. A hedge (نحو، على الأقل) does not make a
    new figure; a vague plural (عشرات) or a range does; a part counted with منهم and a count of "others" (5
    آخرين، آخران) are always new facts; the same figure of another fact (مقتل 5 مدنيين … اعتقال 5 مدنيين،
    أربعة قتلى وأربعة جرحى) is another record, as gold keeps one record per stated fact; the same figure
    joined by و to the one before it in its clause (4 من الشرطة و4 من المهاجمين) counts another group.
    A count told with a bare casualty noun (26 قتيلاً) restates the same figure and fact told before or
    after of a named kind (26 مقاتلاً): one record, of that kind."""
    lex = lexicon()
    anaphora = lex.anaphora
    others = lex.others | lex.others_duals
    ends = _sentence_ends(text)
    # "على الأقل 26 مقاتلاً" and "26 من قوات النظام" state one figure; "عشرات" and "10" do not
    hedges = {label for table in (lex.approx_before, lex.approx_after) for ps in table.values() for _, label in ps}
    seen: dict[tuple[float, str, str | None], list[tuple[str | None, bool, model.Quantity]]] = {}
    seen_others: set[tuple[tuple[float, str, str | None], str | None]] = set()
    # (value, approx, fact) -> index in out of a record of a named kind, or of a bare casualty noun
    named: dict[tuple[float, str | None, str], int] = {}
    bare: dict[tuple[float, str | None, str], int] = {}
    # the fact of the last count told in each sentence
    last_fact: dict[int, str | None] = {}
    # the last count told in each sentence (kept or not), and the parts told with منهم of each whole
    last_q: dict[int, model.Quantity] = {}
    seen_parts: set[tuple[float, str, tuple[float, str]]] = set()
    # the whole (value, unit) each part told with بينهم was a part of, by the part's id
    part_of: dict[int, tuple[float, str] | None] = {}
    out: list[model.Quantity] = []
    for q in quantities:
        noun = fold_text(q.counts or "")
        sent = bisect.bisect_right(ends, q.start)
        whole = last_q.get(sent)
        last_q[sent] = q
        fact = _fact_of(text, q, lex)
        before_fact = last_fact.get(sent)
        # "others" in a sentence are others than the count told before them there, kept or not
        last_fact[sent] = fact
        # بينهم 16 مدنياً … وقتل 16 مدنياً في المشفى: a toll of its own after the same figure told as a part
        # of a bigger toll is another fact (gold keeps both), as 20 civilians killed elsewhere after 20
        # children among the dead; a part after a toll of its own (إضافة إلى تسعة مقاتلين … بينهم تسعة
        # مقاتلين) restates it
        part = _after_cue(text, q, lex.part_cues) or _after_among(text, q)
        # مقتل 30 مدنياً بينهم ثلاثة أطفال … مقتل 18 مدنياً بينهم ثلاثة أطفال: the whole a part is told of
        part_whole = (whole.value, whole.unit) if part and whole is not None else None
        approx = None if q.approx in hedges else q.approx
        key = (q.value, q.unit, approx)
        words = fold_text(q.text or "").split()
        extends = noun in anaphora or (words and words[-1] in others) or _next_word(text, q.end) in others
        if fact is not None and not part and not extends and q.unit in lex.anaphora_units:
            # 26 مقاتلاً … أوقع 26 قتيلاً: the bare casualty noun tells the same dead again
            bare_noun = _bare_casualty(noun, lex)
            fkey = (q.value, approx, fact)
            if bare_noun and fkey in named:
                continue
            if not bare_noun and fkey in bare and q.unit != "people":
                i = bare[fkey]
                old = out[i]
                out[i] = model.Quantity(old.value, q.unit, old.start, old.end, old.text, old.approx, old.counts)
                del bare[fkey]
                named[fkey] = i
                continue
        if extends and noun in anaphora and whole is not None:
            # 271 جندياً، لا يزال 122 منهم في الخدمة, told again in the body: the same part of the same
            # whole restates it
            pkey = (q.value, q.unit, (whole.value, whole.unit))
            if pkey in seen_parts:
                continue
            seen_parts.add(pkey)
        if extends:
            # 7 مسلحين آخرين: "others" after the noun makes a new figure as much as inside the phrase
            # اثنان منهم: a part of a group told before; 6 آلاف آخرين: a group besides the one told
            if fact is not None and noun not in anaphora and (key, fact) in seen_others:
                continue  # وأصيب 9 آخرون … وإصابة تسعة آخرين: the lead and the body tell the same wounded
            if fact is not None and noun not in anaphora and before_fact not in (None, fact) \
                    and any(f == fact and not p and bisect.bisect_right(ends, e.start) != sent
                            for f, p, e in seen.get(key, ())):
                # وأصيب 48 … قتل 29 طفلاً وأصيب 48 آخرون: "others" than the dead of its own sentence,
                # the same wounded told in an earlier sentence
                continue
            # the group is new here, but a later bare repeat of it (وأصيب 400 آخرين … 400 مصاب) is not
            # (a group of others of a named kind is restated by a bare noun later, as a count is; a part
            # told with منهم is not)
            _keep(out, q, fact, False, key, seen, {} if noun in anaphora else named, {}, lex, noun, approx)
            if noun not in anaphora:
                seen_others.add((key, fact))
        elif not any(_same_fact(f, fact) and (part or not p) and not _coordinated(text, e, q)
                     and not (part and p and _other_whole(part_of.get(id(e)), part_whole))
                     for f, p, e in seen.get(key, ())):
            _keep(out, q, fact, part, key, seen, named, bare, lex, noun, approx)
        if part:
            part_of[id(q)] = part_whole
    return out


def _other_whole(a: tuple[float, str] | None, b: tuple[float, str] | None) -> bool:
    """Whether two parts of one figure (بينهم ثلاثة أطفال twice) were told of two different wholes (30 مدنياً،
    18 مدنياً): then they are two groups of victims, not one fact told again."""
    return a is not None and b is not None and a != b


def _bare_casualty(noun: str, lex: Lexicon) -> bool:
    """قتيلاً، القتلى، جرحى، أشخاص، أفراد: a casualty or person noun that says nothing of who the dead or
    wounded were."""
    noun = noun[2:] if noun.startswith("ال") and len(noun) > 4 else noun
    generic = lex.casualty_nouns | lex.generic_people | lex.member_nouns
    return noun in generic or (noun.endswith("ا") and noun[:-1] in generic)


def _keep(out: list[model.Quantity], q: model.Quantity, fact: str | None, part: bool,
          key: tuple[float, str, str | None], seen: dict[tuple[float, str, str | None],
                                                     list[tuple[str | None, bool, model.Quantity]]],
          named: dict[tuple[float, str | None, str], int], bare: dict[tuple[float, str | None, str], int],
          lex: Lexicon, noun: str, approx: str | None) -> None:
    """Add a record, and remember it for the restatements that follow."""
    seen.setdefault(key, []).append((fact, part, q))
    if fact is not None and not part and q.unit in lex.anaphora_units:
        fkey = (q.value, approx, fact)
        if _bare_casualty(noun, lex):
            bare.setdefault(fkey, len(out))
        elif q.unit != "people":
            named.setdefault(fkey, len(out))
    out.append(q)


#: `Doc.scratch` key of the statements `_first_of_each` folded into an earlier record of the same figure
RESTATED = "quantities.restated"


def restated_in(doc: Doc, start: int, end: int, have: tuple[model.Quantity, ...]) -> tuple[model.Quantity, ...]:
    """The restatements of a figure told inside [start, end) that the article's list folded into an earlier
    record (a headline's "مقتل 5 مدنيين" kept, the body's "قتل 5 مدنيين" dropped): the body's event still
    counts the figure its own sentence tells. A figure the event already holds (value and unit) is not added
    twice."""
    restated = doc.scratch.get(RESTATED)
    if not restated:
        return ()
    known = {(q.value, q.unit) for q in have}
    out: list[model.Quantity] = []
    for q in restated:
        if start <= q.start and q.end <= end and (q.value, q.unit) not in known:
            known.add((q.value, q.unit))
            out.append(q)
    return tuple(out)


@stage("quantities", assigns=("doc.quantities",))
def run(doc: Doc) -> None:
    found = [_refine_unit(doc, q) for q in find(doc)]
    doc.quantities = _first_of_each(found, doc.text)
    # the dropped restatements stay at hand for the events of their own sentences (the score counts the
    # article's list, one record per fact; an event's own count is what its clause says)
    kept = {(q.start, q.end) for q in doc.quantities}
    doc.scratch[RESTATED] = [q for q in found if (q.start, q.end) not in kept]


def _year_follows(toks: list[Tok], k: int) -> bool:
    """Whether token k is a year's figure in digits (1800-2100) right after a singular عام/سنة: the noun then
    names the year a count belongs to (بلغ عدد الحالات 50 عام 2015، من 48 عام 1991 إلى 106 عام 2017), so the
    figure before it is no span of years."""
    if k >= len(toks) or toks[k].kind != "num" or len(toks[k].text) != 4 or not toks[k].text.isdigit():
        return False
    return 1800 <= int(toks[k].text) <= 2100 and toks[k - 1].text in ("عام", "سنة", "العام", "السنة")


_VAGUE_OBJECT_REACH = 4


def _vague_object_of_casualty(toks: list[Tok], i: int, core_start: int, k: int, lo: int, lex: Lexicon) -> bool:
    """Whether the vague number at core_start is definite (العشرات، المئات، الآلاف: the article means no noun
    follows it), stands at most `_VAGUE_OBJECT_REACH` words after a killing or wounding verb with the verb's
    subject between (قتلت قوات الاحتلال العشرات), and is followed by nothing that could be a noun we do not
    know of it (من opens one: أصابت الغارات المئات من المنازل)."""
    if not any(form in lex.vague and toks[core_start].text[:kk].endswith(("ال", "لل"))
               for form, kk in strip_proclitic(toks[core_start].text, article=True)):
        return False
    nxt = _word(toks, k)
    if nxt == "من" or (nxt is not None and not nxt.startswith("و") and nxt not in lex.casualty_next
                       and nxt not in lex.crowd_next):
        return False
    return _casualty_verb_before(toks, i, lo, lex, reach=_VAGUE_OBJECT_REACH)


def _mass(core: Core, values: list[float]) -> bool:
    """Whether a bare count is of thousands or more (700 ألف، 5.6 مليون، الآلاف): a crowd in flight."""
    if core.vague is not None:
        return core.value >= 1000
    return len(values) == 1 and values[0] >= 1000


def _persons_counted_before(toks: list[Tok], i: int, found: list[model.Quantity], sent_of: Sentences, doc: Doc,
                            lex: Lexicon) -> model.Quantity | None:
    """The last count of persons (`anaphora_units`) before token i in its sentence or the sentence before."""
    lo, _ = sent_of[i]
    if lo > 0:
        lo, _ = sent_of[lo - 1]
    here = doc.folded.orig(toks[lo].start)
    for q in reversed(found):
        if q.start < here:
            return None
        if q.unit in lex.anaphora_units:
            return q
    return None


def _future_of(word: str) -> str:
    """An imperfect verb without its future prefix س (سيبلغون → يبلغون), else an empty string."""
    return word[1:] if len(word) > 3 and word[0] == "س" and word[1] in "يت" else ""


#: endings an indefinite nisba adjective takes after its stem in -ي (accusative, feminine, plural, dual)
_NISBA_TAILS = ("", "ا", "ه", "ين", "ون", "ان", "تين", "تان")


@cache
def _party_nisba_stems() -> frozenset[str]:
    """The -ي stems of the nisbas of armed parties (حوثي، داعشي، فاطمي): the actors pack's adjectives and
    one-word nisba aliases of its armed groups and militias. States are left out: a state's nisba after a
    count of persons is their nationality (مدنيين يمنيين), not a side that fights."""
    from marsad.packs import entity_pack  # the actors pack, read once

    out = set()
    for e in entity_pack("actors"):
        if e.kind not in ("armed_group", "militia"):
            continue
        words = [*(e.extra.get("adjectives") or ()), *(a.text for a in e.aliases)]
        for w in words:
            f = fold_text(w)
            if " " in f:
                continue
            f = f[2:] if f.startswith("ال") else f
            for tail in ("ين", "ون", "ه"):
                if f.endswith("ي" + tail):
                    f = f[: -len(tail)]
                    break
            if len(f) >= 4 and f.endswith("ي"):
                out.add(f)
    return frozenset(out)


def _party_nisba(word: str | None) -> bool:
    """Whether an indefinite word is an armed party's nisba adjective (حوثياً، داعشيين، حوثية)."""
    if not word:
        return False
    stems = _party_nisba_stems()
    return any(word.endswith(t) and word[: len(word) - len(t)] in stems for t in _NISBA_TAILS)


def _casualty_count(doc: Doc, q: model.Quantity, lex: Lexicon) -> bool:
    """Whether a count of persons is of casualties: its noun is one (قتيلاً) or its sentence has a word of killing
    or wounding (مقتل، مصرع، أصيب)."""
    noun = fold_text(q.counts or "")
    if noun in lex.casualty_nouns or (noun.endswith("ا") and noun[:-1] in lex.casualty_nouns):
        return True
    sent = next((x for x in doc.sentences if x.start <= q.start < x.end), None)
    if sent is None:
        return False
    cues = lex.casualty_cues | lex.wounded_cues
    return any(f in cues for w in fold_text(doc.text[sent.start:q.start]).split()[-8:]
               for f, _ in strip_proclitic(w, article=False))


@cache
def _leader_nouns() -> frozenset[str]:
    """The numbers pack's leader_nouns (قيادي، قادة، قيادات), folded: persons who may lead a party or a force."""
    return frozenset(fold_text(w) for w in load_json("numbers").get("leader_nouns", ()))


def _leader_of_fighters(doc: Doc, q: model.Quantity, lex: Lexicon) -> bool:
    """Whether a count of leaders is of an armed side's commanders: fighters joined to it (50 قيادياً وعنصراً), or
    killed or wounded with a force right after it (ثلاث قيادات لتنظيم القاعدة) or fighters or an armed party's
    nisba told before it in its sentence (قتلى من المتمردين، بينهم اثنان من القادة). Leaders of a party (حزب) or
    of no side told stay people."""
    noun = fold_text(q.counts or "")
    noun = noun[2:] if noun.startswith("ال") and len(noun) > 4 else noun
    if noun not in _leader_nouns():
        return False
    fighters = _fighter_stems()
    parties = folded_words("numbers", "party_nouns")
    after = _phrase_after(doc.text, q.end, 3)
    if after and after[0].startswith("و") and after[0][1:] in fighters:
        return True  # 50 قيادياً وعنصراً: leaders and fighters counted together
    sent = next((x for x in doc.sentences if x.start <= q.start < x.end), None)
    before = [f for w in _words_before(doc.text, sent.start, q.start, 10) for f, _ in strip_proclitic(w)] \
        if sent is not None else []
    # قتلى من المتمردين، بينهم اثنان من القادة: a casualty noun before the leaders tells their death too
    if not (_casualty_count(doc, q, lex) or any(f in lex.casualty_nouns for f in before)):
        return False
    for w in after[:2]:
        for f, _ in strip_proclitic(w):
            if f in fighters or (f in lex.force_nouns and f not in parties) or _party_nisba(f):
                return True
    return any(f in fighters or _party_nisba(f) for f in before)


#: «من (أبرز) قادتها» right after a bare figure (اثنين من أبرز قياداتها): the leaders it counts
_OF_LEADERS = re.compile(r"\s+من\s+(\w+)(?:\s+(\w+))?")
#: possessive pronouns a leader noun may carry (قياداتها، قادتهم، قائده)
_POSSESSIVES = ("هما", "هم", "ها", "ه")


def _leader_stem(word: str) -> tuple[str, bool] | None:
    """A folded word as a leader noun, without its article, and whether it carries a possessive pronoun
    (قياداتها -> قيادات, قادتهم -> قاده): None when it is no leader noun."""
    leaders = _leader_nouns()
    word = word[2:] if word.startswith("ال") and len(word) > 4 else word
    if word in leaders:
        return word, False
    for p in _POSSESSIVES:
        if word.endswith(p) and len(word) > len(p) + 2:
            stem = word[: -len(p)]
            for cand in (stem, stem[:-1] + "ه" if stem.endswith("ت") else None):
                if cand and cand in leaders:
                    return cand, True
    return None


def _armed_leaders(doc: Doc, q: model.Quantity, lex: Lexicon) -> bool:
    """Whether a count of leaders is of an armed side's commanders whatever befalls them (killed, arrested,
    lured): a field or military adjective follows (3 قادة ميدانيين), a force, a fighter noun, an armed party's
    nisba or an armed actor follows (4 من قادة التنظيم), or the noun carries a pronoun (ثلاثة من قياداتها،
    اثنين من أبرز قادتها) and a force noun or an armed actor stands before it in its sentence. A party's
    leaders (قياديين في الحزب، ثلاثة من قيادات الحزب) and leaders of no side told stay people."""
    field = folded_words("numbers", "leader_field_adjectives")
    intensifiers = folded_words("numbers", "leader_intensifiers")
    parties = folded_words("numbers", "party_nouns")
    noun = fold_text(q.counts or "")
    end = q.end
    hit = _leader_stem(noun) if noun else None
    if hit is None:
        # a bare figure before «من (أبرز) قادتها»: the leaders are the noun the figure counts
        m = _OF_LEADERS.match(doc.text, q.end)
        if not m:
            return False
        first = fold_text(m.group(1))
        if first in intensifiers and m.group(2):
            hit, end = _leader_stem(fold_text(m.group(2))), m.end(2)
        else:
            hit, end = _leader_stem(first), m.end(1)
        if hit is None:
            return False
    _, owned = hit
    fighters = _fighter_stems()
    after = _phrase_after(doc.text, end, 2)
    owner = _word_start(doc.text, end)
    near = owner + (len(after[0]) + 1 if after else 0)  # the owner word or the name right after it
    for mention, ent in doc.mentions_in(owner, owner + 40, ("actor",)):
        if mention.start <= near and ent.attrs.get("kind") not in _ARMED_KINDS:
            return False  # العشرات من قيادات تنظيم الإخوان: a party named right after owns its leaders
        break
    for w in after:
        if w in field:
            return True  # قادة ميدانيين، قياداتها الميدانية: field commanders fight
        for f, _ in strip_proclitic(w):
            if f in parties:
                return False
            if f in fighters and not w.startswith("ال") and w.endswith(("ين", "ون")):
                continue  # قادة عسكريين: an agreeing adjective, no owner (a state's commanders need not be told)
            if f in fighters or f in lex.force_nouns or _party_nisba(f):
                return True
        if not owned and _armed_actor_at(doc, owner):
            return True
        break  # only the word right after the leaders owns them (an adjective of the owned noun is read above)
    if not owned:
        return False
    sent = next((x for x in doc.sentences if x.start <= q.start < x.end), None)
    if sent is None:
        return False
    before = _words_before(doc.text, sent.start, q.start, 12)
    if any(f in parties for w in before for f, _ in strip_proclitic(w)):
        return False  # ثلاثة من قياداته in a sentence about a party: its leaders need not fight
    armed = (f in fighters or f in lex.force_nouns or _party_nisba(f) for w in before for f, _ in strip_proclitic(w))
    return any(armed) or any(ent.attrs.get("kind") in _ARMED_KINDS
                             for _, ent in doc.mentions_in(sent.start, q.start, ("actor",)))


#: «(والجرحى) في صفوفهم» right after a casualty count: the dead of a side a pronoun names
_IN_THEIR_RANKS = re.compile(r"(?:\s+و\w+){0,2}\s+(?:في|من|بين)\s+صفوف(?:هم|ها|ه)(?!\w)")


def _armed_toll(doc: Doc, q: model.Quantity, lex: Lexicon) -> bool:
    """Whether a count of casualty nouns (قتيلا، عشرات القتلى، جرحى) is of an armed side's dead: before it in its
    sentence a toll word has an armed owner (حصيلة قتلى ميليشيا الحوثي … بلغت 68 قتيلا، خسائر في صفوف
    الحوثيين الذين سقط منهم 86 قتيلا), a force is the subject of a loss verb (الميليشيات تكبدت عشرات القتلى), or
    «في صفوفهم» follows it with a force told before. Casualties of no side told stay people."""
    noun = _bare_noun(q.counts or "")
    noun = noun[:-1] if noun.endswith("ا") else noun
    if noun not in lex.casualty_nouns:
        return False
    sent = next((x for x in doc.sentences if x.start <= q.start < x.end), None)
    if sent is None:
        return False
    owners, losses = folded_words("numbers", "toll_owner_words"), folded_words("numbers", "loss_verbs")
    parties = folded_words("numbers", "party_nouns")
    fighters = _fighter_stems()

    def armed(word: str) -> bool:
        return any(f in fighters or (f in lex.force_nouns and f not in parties) or _party_nisba(f)
                   for f, _ in strip_proclitic(word))

    spans = [(m.start(), fold_text(m.group())) for m in _WORD.finditer(doc.text, sent.start, q.start)][-14:]
    for k, (_pos, w) in enumerate(spans):
        if k + 1 < len(spans) and any(f in owners for f, _ in strip_proclitic(w)) \
                and (armed(spans[k + 1][1]) or _armed_actor_at(doc, spans[k + 1][0])):
            return True  # قتلى ميليشيا الحوثي، في صفوف الحوثيين: the toll's owner is an armed side
        if any(f in losses for f, _ in strip_proclitic(w, article=False)) and k > 0 and armed(spans[k - 1][1]):
            return True  # الميليشيات تكبدت: the force suffers the losses counted next
    if _IN_THEIR_RANKS.match(doc.text, q.end):
        return any(armed(w) for _, w in spans) or any(
            ent.attrs.get("kind") in _ARMED_KINDS for _, ent in doc.mentions_in(sent.start, q.start, ("actor",)))
    return False


def _word_start(text: str, pos: int) -> int:
    """Where the next word after `pos` starts."""
    m = _NEXT_WORD.match(text, pos)
    return m.start(1) if m else pos


#: actor kinds whose members counted out of them (10 من داعش) are fighters; parties, states, governments and
#: coalitions (التحالف الوطني is also a list of MPs) have members who do not fight
_ARMED_KINDS = frozenset({"armed_group", "militia", "state_force"})


def _armed_actor_at(doc: Doc, pos: int) -> bool:
    """Whether an actor mention of an armed kind starts at `pos` (an index look-up, no scan)."""
    for mention, ent in doc.mentions_in(pos, pos + 120, ("actor",)):
        if mention.start == pos:
            return ent.attrs.get("kind") in _ARMED_KINDS
        break  # sorted by start: the first mention past pos means none starts there
    return False


#: «والجرحى» after a casualty noun: the pair (عشرات القتلى والجرحى في صفوف الميليشيات) counts one group
_PAIRED = re.compile(r"\s+و(\w+)")


def _bare_noun(counts: str) -> str:
    """The counted noun folded, without the article (عشرات القتلى counts قتلى, as 10 قتلى does)."""
    noun = fold_text(counts)
    return noun[2:] if noun.startswith("ال") and len(noun) > 4 else noun


def _past_paired_casualty(text: str, end: int, lex: Lexicon) -> int:
    """Where the words after a count's noun go on: past «والجرحى»/«والمصابين» when a casualty noun is joined
    to it, so the force told after the pair (في صفوف، من) is read as the group counted."""
    m = _PAIRED.match(text, end)
    if m and ((w := _bare_noun(m.group(1))) in lex.generic_people or w in lex.wounded_nouns):
        return m.end()
    return _past_counted_pair(text, end, lex)


#: «و20 جريحا»، «وعشرين جريحاً»، «ونحو 30 مصابا» after a casualty count: a second count, its figure first
_COUNTED_PAIR = re.compile(r"\s+و\s?((?:[0-9\u0660-\u0669\u06f0-\u06f9]+|\w+)(?:\s+[0-9\u0660-\u0669\u06f0-\u06f9]+)?)"
                           r"\s+(\w+)")
#: words that may open the second figure of the pair before its number (ونحو 30 جريحا)


def _casualty_word(word: str, lex: Lexicon) -> bool:
    """A killed or wounded noun, bare or accusative (قتلى، قتيلا، جريحاً، مصابين)."""
    w = _bare_noun(word)
    w = w[:-1] if w.endswith("ا") and len(w) > 3 else w
    return w in lex.casualty_nouns or w in lex.wounded_nouns


def _past_counted_pair(text: str, end: int, lex: Lexicon) -> int:
    """Past «وM جريحا» right after a casualty count's noun (12 قتيلا و20 جريحا في صفوف القوات): the pair's two
    counts share the one force told after it, so both are its fighters (both people for من المدنيين)."""
    words = text[max(0, end - 12):end].split()  # the count's own noun ends its span
    if not words or not _casualty_word(words[-1], lex):
        return end
    m = _COUNTED_PAIR.match(text, end)
    if m is None or not _casualty_word(m.group(2), lex):
        return end
    figure = fold_text(m.group(1)).split()
    lex_numbers = lex.ones.keys() | lex.tens.keys() | lex.hundreds.keys() | lex.scales.keys()
    # a one-word approximator of the pack before the second figure (نحو 20، قرابة 30)
    hedged = len(figure) == 2 and any(len(p) == 1 for p, _ in lex.approx_before.get(figure[0], ()))
    if figure[0].isdigit() or hedged or (len(figure) == 1 and figure[0] in lex_numbers):
        return m.end()
    return end


def _killed_wounded_pair(toks: list[Tok], k: int, lex: Lexicon) -> int | None:
    """Where the words go on after «(ما) بين قتيل وجريح» at token k (any killed or wounded noun on each side, the
    second joined by و), or None: the pair tells what a bare count before it counts."""
    j = k + 1 if _word(toks, k) == "ما" else k
    if _word(toks, j) != "بين":
        return None
    first, second = _word(toks, j + 1), _word(toks, j + 2)
    if first is None or second is None or not second.startswith("و") or len(second) < 4:
        return None
    if not (_casualty_word(first, lex) and _casualty_word(second[1:], lex)):
        return None
    return j + 3


def _force_after_pair(toks: list[Tok], at: int, lex: Lexicon) -> bool:
    """Whether «في صفوف X» or «من X» after the killed-and-wounded pair names an armed force or its fighters
    (في صفوف الميليشيات، من عناصر التنظيم), so the count is of fighters."""
    if _word(toks, at) == "في" and _word(toks, at + 1) == "صفوف":
        w = _word(toks, at + 2)
    elif _word(toks, at) == "من":
        w = _word(toks, at + 1)
    else:
        return False
    if w is None:
        return False
    bare = w[2:] if w.startswith("ال") and len(w) > 4 else w
    # من عناصره، في صفوف مقاتليها: the fighter noun may carry the force as a pronoun
    owned = next((w[: -len(t)] for t in ("هم", "ها", "ه") if w.endswith(t) and len(w) > len(t) + 2), None)
    stems = _fighter_stems()
    return w in lex.force_nouns or bare in stems or w in stems or owned in stems or _party_nisba(bare)
