"""Stages: `places.candidates` (find place names) and `places.geocode` (give each place coordinates).

**Candidates.** One clitic-aware pass of a `PhraseIndex` over the folded text finds every alias of every
place record (`marsad.gazetteer`: user gazetteers > places pack > GeoNames, see there). An alias that is
also an ordinary word counts only after a cue (`data/place_cues.json`):

- `cue`: a cue noun before it (مدينة، بلدة، قرية، منطقة، ريف، مخيم ...), a cue word (في، إلى، من، نحو،
  شرقي ...), a ب/ل proclitic on it, or و joining it to a place found just before (منغ ونبل والزهراء);
- `noun`: a cue noun only (for gazetteer names such as السجن that are common words).

Then, longest match first, matches grow into compositional places:

- countryside: ريف + place (+ direction adjective): "ريف حلب الشرقي" → one candidate over the phrase,
  `attrs = {"compose": "countryside", "base": [refs], "direction": "east"}`; when the pack has that
  countryside (it has them for every Syrian governorate) the phrase is matched directly as a pack entry;
- governorate: محافظة + town → the governorate of that town;
- facility: سجن/مطار/معبر/قاعدة/مخيم ... + town → a facility of that town ("سجن الحسكة");
- pattern: قرية/بلدة/مدينة/حي/حارة/مزرعة/ناحية + an unknown name → a new place (`how="pattern"`) with no
  record, placed by the geocoder ("قرية البواردي"); not an indefinite adjective (حي تجاري، قرية سورية)
  nor an idiom (`pattern_not_after`: من ناحية التخطيط "as regards planning"; `pattern_lam_idiom`: لناحية عدد
  "as for the number", unless a word of belonging comes before it: التابعة لناحية بلبلة);
- generic facilities (المربع الأمني ...) → placed at the nearest place of their sentence.
- a known name written without its article after a place noun (بلدتي باغوز ودشيشة) → that place, when
  the bare form has at least `MIN_BARE_LETTERS` letters;
- direction + place (غرب عفرين، شمال غرب سوريا، شمال وغرب العراق) or + البلاد (the article's country) →
  `compose="direction"`; a country's direction is the pack's directional region, a region's the pack's part
  of it where the pack lists one (a record with `base` and `direction`: شرق قطاع غزة), any other base is shifted
  `DIRECTION_SHIFT[precision]` toward it (a country without a pack region by a third of the side of a square
  of its area, but for a huge one, over `HUGE_COUNTRY_KM2`); «البلاد» is the country the paragraph is set in
  when it is another than the article's (وفي اليابان ... شمال البلاد), unless that country is only a side
  phrase (من شخص بهولندا) of a paragraph that names a place or actor of the article's own. A direction right
  after another place name (بلدة راجو شمال غربي منطقة عفرين، كربلاء بجنوب بغداد) only says where that place
  is and makes nothing; nor does one after a distance (على بعد 90 ميلا شرق عفرين: a point N km off, no part);
- الحدود/الشريط الحدودي مع + country, or الحدود + nationality adjective → `compose="border"`: the pack
  border of that country and the article's (or, when it is the article's own country, the neighbour the text
  names most); without a pack border, no coordinates;
- ريفها/ريفه (+ direction) → the countryside of the governorate or town named last before it.

Candidates carry `refs` (record ids; several = ambiguous) and `how` ("pack", "gazetteer", "pattern"); pack
and user matches have priority 2, GeoNames 1, patterns 0. The stage also keeps, in
`doc.scratch["places"]`, the attrs of every candidate by its (start, end), so the geocoder finds them
whatever the resolver copies into the entity.

**Geocoding.** For each place entity: a single record is used as is. Several records (one name, several
places) are scored: +2 in the article's country (the country of most unambiguous places, Syria by default),
+1.5 × the share of the article's country evidence (the countries of its unambiguous places and of the
actors and people it names, by mentions: قوات حفتر ... طرابلس is Libya's) the candidate's country has,
minus distance to the article's unambiguous places (−1 per 150 km, at most −3), minus distance to the
place the text puts it in (بلدة الجيزة في ريف درعا، الجيزة بريف درعا: an unambiguous place right after it;
−1 per 50 km, at most −8, so it beats any global default), +0.3 per order of magnitude of population (with
no evidence the larger namesake wins), plus the source's precedence rank × 0.2. With no sign of any
country at all (no place, actor, dateline or outlet country), the default country's +2 is a guess, and a city
abroad of at least `ANCHOR_CITY` inhabitants gets `NO_SIGN_CITY_BONUS` (1.7) too: over ten times its
namesake's size it wins (في الجيزة alone is Egypt's Giza). A landmark word of one namesake
(`place_cues.json` landmarks: الأهرامات) in the name's sentence locates it as a place named right after it does.
Compositional places: countryside takes the pack's countryside entry when there is one, else the base's
coordinates shifted `SHIFT_DEG` toward the direction (`TOWN_SHIFT_DEG` from a town)
(precision region); a governorate takes its seat's coordinates (admin_area); a facility its town's (place).
A pattern place takes the coordinates of the place named right after it in its sentence, within
`INHERIT_NEAR` characters (قرية X شمال غرب الموصل), or, when the text calls it neighbouring (بلدة X
المجاورة; `anaphora.json` neighbour_words), of the place named last before it; a generic facility takes
those of the nearest place of its sentence. They are nudged `NUDGE_DEG` when a direction word stands before
that place, with precision admin_area and `geo_source="inherited"`; a pattern place joined by و to a located
town just before it (مدينة نوى وبلدة X) takes that town's point (`_coordinated_town`); with none they stay
without coordinates (a new "مدينة X" in a later sentence is often far from the places named before it), and
so does one the text puts over `INHERIT_MAX_KM` from its anchor (مدينة X على بعد 500 ميل شرق هافانا).
A name the text puts in a country (منطقة سنجار في العراق، بلدة X بسوريا) is that country's namesake
(`_in_country`): a country's centroid is too far from its towns to choose between them by distance.
A place marked foreign (a nationality adjective of another country after it, or an anchor that is a foreign
region or country: مدينة شيتا في سيبيريا) takes no anchor's coordinates: none is better than a wrong town's.
A pattern place left without coordinates takes those of the GeoNames town abroad of its name
(`gazetteer.world_towns`, `_world_town`): of the adjective's country, else of a country the article names,
else the one big town of that name (مدينة لكناو، مدينة تومسك في سيبيريا).
A name stays without coordinates whose only reading is a small GeoNames village (under
`STRAY_MAX_POPULATION`) of a country the article gives no other sign of, while its signs point elsewhere (a
district of Baghdad or Cairo that shares its name with a village in Israel or Syria; a Syrian or Iraqi
village only when the signs point only abroad).
A region named only by a generic word (الساحل) of a country the article names nothing else of, while it names
places elsewhere, is that word and no place (`_stray_region`). «جنوب غربي البلاد» right after a town is that
town's country (مدينة الأحواز جنوب غربي البلاد), not the article's.
A name two countries share takes the one its sentence names, when it names exactly one of them (ليبيا ... عن
طرابلس; `_sentence_country`), before the article-wide scores. A pack city of at least `ANCHOR_CITY`
inhabitants whose other records are GeoNames villages anchors the article like an unambiguous name
(`_city_over_villages`: الرمادي beside a Yemeni hamlet gives غربي البلاد its country). A river whose course
`place_cues.json` lists (`lines`: the Euphrates, its banks, the Tigris) lies at the point of its course
nearest the towns of its own sentences (`_place_on_line`), else at its record's point.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from marsad import gazetteer as gz
from marsad import index_cache, packs
from marsad.gazetteer import PlaceRecord, haversine_km
from marsad.matcher import Match, PhraseIndex, is_word_char, longest_first
from marsad.pipeline import Candidate, Doc, EntityDraft, stage
from marsad.textnorm import WORD_PROCLITICS, fold_text, proclitic_splits, strip_proclitics

#: degrees a countryside lies from its base toward its direction when the pack does not place it
SHIFT_DEG = 0.4
#: the same for a town's countryside (ريف منبج الشمالي، ريف جبلة الجنوبي): a district town's villages lie
#: within some 20 km of it, and 0.4 degrees put منبج's northern countryside beyond the Turkish border
TOWN_SHIFT_DEG = 0.15
#: a town at most this big has a town's countryside; a bigger city's spreads as far as a governorate's
TOWN_POPULATION = 200000
#: degrees a pattern place is moved from its anchor when a direction word precedes the anchor
NUDGE_DEG = 0.08
#: the most characters between a place no gazetteer knows and the place it takes its coordinates from:
#: the text must tie the two together (قرية X في ريف حلب، بلدة X قرب الباب), and a place named farther
#: away, or in another sentence, says nothing of where X lies
INHERIT_NEAR = 60
#: characters before an unknown place searched for the place it neighbours (بلدة X المجاورة)
INHERIT_WINDOW = 1200
_DIR_VEC = {
    "north": (1, 0),
    "south": (-1, 0),
    "east": (0, 1),
    "west": (0, -1),
    "northeast": (0.7, 0.7),
    "northwest": (0.7, -0.7),
    "southeast": (-0.7, 0.7),
    "southwest": (-0.7, -0.7),
    "centre": (0, 0),
}
_DIR_EN = {
    "north": "northern",
    "south": "southern",
    "east": "eastern",
    "west": "western",
    "northeast": "northeastern",
    "northwest": "northwestern",
    "southeast": "southeastern",
    "southwest": "southwestern",
    "centre": "central",
}
_TOWNISH = {"city", "town", "populated_place", "village", None}
_PROCLITICS = WORD_PROCLITICS


def _f(s: str) -> str:
    return " ".join(fold_text(s).split())


@dataclass(frozen=True, slots=True)
class _Lex:
    cue_nouns: frozenset[str]
    cue_words: frozenset[str]
    pattern_nouns: dict[str, str]
    facility_nouns: dict[str, str]
    admin_nouns: dict[str, str]
    directions: dict[str, str]  # folded word(s) → direction
    compound_heads: frozenset[str]
    not_names: frozenset[str]
    inherit: tuple[str, ...]
    country: str
    list_nouns: frozenset[str]
    feature_heads: dict[str, str]
    region_heads: frozenset[str]
    org_heads: frozenset[str]
    agreement_heads: frozenset[str]
    org_name_words: frozenset[str]
    not_followed_by: dict[str, frozenset[str]]
    common: frozenset[str]
    nationality: dict[str, str]  # folded adjective → country code
    border_heads: tuple[str, ...]
    suffixed_countryside: frozenset[str]
    article_country: frozenset[str]
    masculine_nouns: frozenset[str] = frozenset()
    pattern_not_after: dict[str, frozenset[str]] | None = None
    lam_idiom_unless_after: dict[str, frozenset[str]] | None = None
    rare_name_nouns: dict[str, str] | None = None
    resumptive: frozenset[str] = frozenset()
    #: verbs of naming between a place noun and the name it introduces (قرية تدعى X، بلدة يطلق عليها X)
    naming_verbs: tuple[tuple[str, ...], ...] = ()
    not_preceded_by: dict[str, frozenset[str]] | None = None
    #: words before which a name carrying the proclitic ب/ل is the ordinary word, not the place (اتسمت
    #: المظاهرات بالسلمية: 'peacefulness', not Salamiyah)
    not_after_proclitic: dict[str, frozenset[str]] | None = None
    #: nouns of a force whose name a border word completes (حرس الحدود، فيلق الحدود): no border place follows
    border_force_heads: frozenset[str] = frozenset()
    located_nouns: dict[str, str] | None = None
    located_not_names: frozenset[str] = frozenset()
    street_heads: frozenset[str] = frozenset()
    time_zone_words: frozenset[str] = frozenset()
    #: `_located_after`'s glue, with the pack's locating_nouns (matched in the original text)
    locating_glue: re.Pattern[str] | None = None
    #: nouns that with a nationality adjective after them describe a place of that country without naming it
    #: (العاصمة العراقية، المدن السورية): `_described_countries`
    sign_heads: frozenset[str] = frozenset()
    #: the cue nouns of a settlement (قرية، بلدة، مزرعة): the only ones a villages-pack village that is also a
    #: common word counts after (`_no_name_after_cue`)
    settlement_nouns: frozenset[str] = frozenset()


def _nationality(c: dict[str, Any]) -> dict[str, str]:
    """Folded definite nationality adjective (الكندية، الأميركي) → country code: the actors pack's state nisbas
    (one source with entities' @state_adjective, so a state added there is known here), and the cue pack's
    `nationality_adjectives` for the forms that pack lacks (countries with no state entry, السعودية)."""
    out = {k: v for k, v in packs.state_words("country", singular=True).items()
           if k.startswith("ال") and " " not in k}
    for k, v in c.get("nationality_adjectives", {}).items():
        out.setdefault(_f(k), v)
    return out


@cache
def _lex() -> _Lex:
    c = gz.cues()
    dirs = {_f(w): d for d, ws in c["directions"].items() for w in ws}
    return _Lex(
        cue_nouns=frozenset(_f(w) for w in c["cue_nouns"]),
        settlement_nouns=frozenset(_f(w) for w in c.get("settlement_nouns", ())),
        cue_words=frozenset(_f(w) for w in c["cue_words"]),
        pattern_nouns={_f(k): v for k, v in c["pattern_nouns"].items()},
        facility_nouns={_f(k): v for k, v in c["facility_nouns"].items()},
        admin_nouns={_f(k): v for k, v in c["admin_nouns"].items()},
        directions=dirs,
        compound_heads=frozenset(_f(w) for w in c["compound_heads"]),
        not_names=frozenset(_f(w) for w in c["not_names"]) | frozenset(_f(w) for w in c["cue_nouns"]),
        inherit=tuple(_f(w) for w in c["inherit_facilities"]),
        country=c.get("country_context", "SY"),
        list_nouns=frozenset(_f(w) for w in c.get("list_nouns", ())),
        feature_heads={_f(k): v for k, v in c.get("feature_heads", {}).items()},
        region_heads=frozenset(_f(w) for w in c.get("region_heads", ())),
        org_heads=frozenset(_f(w) for w in c.get("org_heads", ())),
        agreement_heads=frozenset(_f(w) for w in c.get("agreement_heads", ())),
        org_name_words=frozenset(_f(w) for w in c.get("org_name_words", ())),
        not_followed_by={_f(k): frozenset(_f(w) for w in v) for k, v in c.get("not_followed_by", {}).items()},
        common=gz.common_words(),
        nationality=_nationality(c),
        border_heads=tuple(_f(w) for w in c.get("border_heads", ())),
        suffixed_countryside=frozenset(_f(w) for w in c.get("suffixed_countryside", ())),
        article_country=frozenset(_f(w) for w in c.get("article_country", ())),
        masculine_nouns=frozenset(_f(w) for w in c.get("masculine_pattern_nouns", ())),
        pattern_not_after={_f(k): frozenset(_f(w) for w in v) for k, v in c.get("pattern_not_after", {}).items()},
        lam_idiom_unless_after={_f(k): frozenset(_f(w) for w in v)
                                for k, v in c.get("pattern_lam_idiom", {}).items()},
        rare_name_nouns={_f(k): v for k, v in c.get("rare_name_nouns", {}).items()},
        border_force_heads=frozenset(_f(w) for w in c.get("border_force_heads", ())),
        resumptive=frozenset(_f(w) for w in c.get("resumptive_words", ())),
        naming_verbs=tuple(tuple(_f(w).split()) for w in c.get("naming_verbs", ())),
        not_preceded_by={_f(k): frozenset(_f(w) for w in v) for k, v in c.get("not_preceded_by", {}).items()},
        not_after_proclitic={_f(k): frozenset(_f(w) for w in v)
                             for k, v in c.get("not_after_proclitic", {}).items()},
        located_nouns={_f(k): v for k, v in c.get("located_pattern_nouns", {}).items()},
        sign_heads=frozenset(_f(w) for w in c.get("country_sign_heads", ())),
        located_not_names=frozenset(_f(w) for w in c.get("located_not_names", ())),
        street_heads=frozenset(_f(w) for w in c.get("street_heads", ())),
        time_zone_words=frozenset(_f(w) for w in c.get("time_zone_words", ())),
        locating_glue=_locating_glue(c.get("locating_nouns", ())),
    )


_INDEX_FILES = ("place_cues.json", "charmap.json", *index_cache.code_files("matcher", "textnorm", "stages/places"))


def _build_index() -> PhraseIndex:
    idx = PhraseIndex()
    for key in gz.alias_table():
        idx.add(key, key)
    for key in _lex().inherit:
        idx.add(key, "\x00inherit:" + key)
    return idx.compile()


@cache
def _index() -> PhraseIndex:
    # keyed on the alias table's own sources too: an imported gazetteer rebuilds it
    return index_cache.cached("place-index", _INDEX_FILES, _build_index, extra=gz.tables_key())


@cache
def _countryside_of() -> dict[tuple[str, str | None], str]:
    """(base id, direction) → the pack's countryside record."""
    return {(r.base, r.direction): r.id for r in gz.place_records() if r.base and r.kind == "countryside"}


@cache
def _directional_of() -> dict[tuple[str | None, str], str]:
    """(country code, direction) → the pack's directional region of that country (شمال العراق)."""
    return {
        (r.country, r.direction): r.id
        for r in gz.place_records()
        if r.kind == "region" and r.direction and r.source_kind == "pack" and not r.base
    }


@cache
def _part_of() -> dict[tuple[str, str], str]:
    """(region id, direction) → the pack's part of that region (شمال قطاع غزة): a region narrower than the
    shift of its precision (the Gaza Strip is 10 km wide, `SHIFT_DEG` is 40 km) lists its parts as records."""
    return {
        (r.base, r.direction): r.id
        for r in gz.place_records()
        if r.kind == "region" and r.direction and r.source_kind == "pack" and r.base
    }


def _part_table(r: PlaceRecord) -> tuple[Any, dict[Any, str]]:
    """The key and table of the pack's directional parts of `r`: a country's by its code, a region's by its id."""
    return (r.country, _directional_of()) if r.kind == "country" else (r.id, _part_of())


@cache
def _border_of() -> dict[frozenset[str], str]:
    """{country, country} → the pack's border record (border-sy-tr)."""
    out = {}
    for r in gz.place_records():
        parts = r.id.split("-")
        if r.kind == "border" and len(parts) == 3 and parts[0] == "border":
            out[frozenset((parts[1].upper(), parts[2].upper()))] = r.id
    return out


def reset() -> None:
    for fn in (_lex, _index, _countryside_of, _directional_of, _part_of, _border_of, _neighbour_words,
               _admin_tie_heads, _admin_tie_word, _agreement_subjects, _preposition_pronouns):
        fn.cache_clear()
    gz.reset()


# ------------------------------------------------------------------ words around a position (folded text)

_WORD = re.compile(r"\w+")


def _word_before(text: str, pos: int) -> tuple[int, int] | None:
    """The word ending just before `pos`, across spaces and quotes only (not sentence punctuation)."""
    i = pos
    while i > 0 and text[i - 1] in " \"'«»“”()-–":
        i -= 1
        if pos - i > 4:
            return None
    j = i
    while j > 0 and is_word_char(text[j - 1]):
        j -= 1
    return (j, i) if j < i else None


def _direction_after(ft: str, pos: int, lex: Any) -> tuple[int, str | None]:
    """A direction adjective right after a countryside phrase (two words first: الشمالي الشرقي):
    (end of the phrase, direction), or (pos, None) when none follows."""
    w1 = _word_after(ft, pos)
    if w1:
        w2 = _word_after(ft, w1[1])
        two = ft[w1[0] : w2[1]] if w2 else None
        if two and two in lex.directions:
            return w2[1], lex.directions[two]
        one = ft[w1[0] : w1[1]]
        if one in lex.directions and one.startswith("ال"):
            return w1[1], lex.directions[one]
    return pos, None


#: a word after at most two spaces; `\w` is `is_word_char` (str.isalnum() or "_") for every code point, and the
#: compiled match is cheaper than a Python loop over its characters (called hundreds of times an article)
_WORD_AFTER = re.compile(r" {0,2}(\w+)")


def _word_after(text: str, pos: int) -> tuple[int, int] | None:
    """The word starting at `pos` after at most two spaces (three or more: none)."""
    m = _WORD_AFTER.match(text, pos)
    return m.span(1) if m else None


def _strip_clitics(w: str) -> str:
    # ل + ال... is written لل: لمدينة is ل + مدينة, للمدينة is ل + المدينة
    return strip_proclitics(w, _PROCLITICS)


def _bare_forms(w: str) -> set[str]:
    """`w` without each proclitic it may carry (وبلدات is و + بلدات, not وب + لدات)."""
    return {stem for _, stem in proclitic_splits(w, _PROCLITICS)}


def _word_is(w: str, vocab: frozenset[str] | dict[str, str], nouns: bool = True) -> str | None:
    """`w` itself or `w` without proclitics, when it is in `vocab`. For a vocabulary of nouns every reading
    of the proclitics counts (وبلدة is و + بلدة, though وب is also a proclitic pair); for one of function
    words (`nouns=False`) only the longest proclitic comes off, as before (وبين is not read as a cue)."""
    if w in vocab:
        return w
    if not nouns:
        s = _strip_clitics(w)
        return s if s in vocab else None
    for s in sorted(_bare_forms(w), key=len, reverse=True):
        if s in vocab:
            return s
    return None


# ------------------------------------------------------------------ candidates


#: the tanween marks (ً ٌ ٍ): on a word's last letter they make it indefinite, which no place name is
_TANWEEN = frozenset("\u064b\u064c\u064d")
#: what may follow the last letter of a word in the original text (diacritics, the alef of ـاً, tatweel)
_WORD_TAIL = frozenset("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640ا")


def indefinite_word(doc: Doc, fs: int, fe: int) -> bool:
    """Whether the word of folded span [fs, fe) carries tanween on its last letter in the original text:
    an indefinite noun, adjective or adverb (دوماً 'always', باكراً 'early', درعاً 'a shield', لاجئاً سورياً
    'a Syrian refugee', مدعومة روسياً 'Russian-backed'), never the name of a place, which is definite or
    takes no tanween. The folded text has lost the marks, so the original is read."""
    os_, oe = doc.folded.span(fs, fe)
    text = doc.text
    j = oe
    while j < len(text) and text[j] in _WORD_TAIL:
        j += 1
    return any(ch in _TANWEEN for ch in text[max(os_, oe - 2) : j])


def _joined_to(ft: str, m: Match) -> int | None:
    """The end of the word `m` is joined to by its و or by a comma before it, or None."""
    ws = m.start - len(m.prefix)
    if m.prefix == "و":
        prev = _word_before(ft, ws)
        return prev[1] if prev else None
    if m.prefix:
        return None
    i = ws
    while i > 0 and ft[i - 1] == " ":
        i -= 1
    if i == 0 or ft[i - 1] not in "،,":
        return None
    i -= 1
    while i > 0 and ft[i - 1] == " ":
        i -= 1
    return i


def _list_joined(ft: str, m: Match, list_ends: dict[int, int] | None) -> bool:
    """Whether `m` is a و- or comma-joined item of a list a plural or dual place noun heads (بلدات المسيفرة
    وكحيل والسهوة، أحياء الميدان، التضامن والقدم): that noun is the cue of every item, so a name that needs
    one counts there. The list runs only through names already taken (`list_ends`: their end → how many
    more items may follow; a dual takes two), so it stops at the first word that is no place (بلدات
    المنطقة وسكانها gives nothing)."""
    before = _joined_to(ft, m)
    return before is not None and bool(list_ends) and list_ends.get(before, 0) > 0


def _list_item_end(ft: str, m: Match, list_ends: dict[int, int]) -> None:
    """Record taken name `m` in `list_ends` when it opens or continues a list: right after a plural place
    noun (any number may follow) or a dual one (one more), or joined to an item that lets one follow."""
    lex = _lex()
    prev = _word_before(ft, m.start - len(m.prefix))
    head = ft[prev[0] : prev[1]] if prev and not m.prefix else ""
    noun = _word_is(head, lex.list_nouns) if head else None
    if noun:
        list_ends[m.end] = 1 if noun.endswith(("تي", "يي")) else 12
        return
    before = _joined_to(ft, m)
    if before is not None and list_ends.get(before, 0) > 0:
        list_ends[m.end] = list_ends[before] - 1


def _cue_ok(ft: str, m: Match, need: str, accepted_ends: set[int],
            list_ends: dict[int, int] | None = None) -> bool:
    lex = _lex()
    ws = m.start - len(m.prefix)
    prev = _word_before(ft, ws)
    pw = ft[prev[0] : prev[1]] if prev else ""
    if pw and (_word_is(pw, lex.cue_nouns) or (not m.prefix and _word_is(pw, lex.feature_heads))):
        return True
    if pw and not m.prefix and prev is not None and _capital_phrase(ft, prev[0], pw, lex):
        return True
    if need == "noun":
        return _list_joined(ft, m, list_ends)
    if pw and m.prefix[:1] == "و" and pw in _preposition_pronouns()[0]:
        # «في وجدة»: no conjunction comes right after a bare preposition, so the و is the name's own first
        # letter (Oujda), never 'and' + جدة
        return False
    if pw and (_word_is(pw, lex.cue_words, nouns=False) or pw in lex.directions):
        return True
    # a preposition ب/ل on the name (بحلب، لإدلب، وبحلب, and لل where it took the article's alef); only the
    # proclitics count, never letters of an article or a stem. Not for a name that is also an ordinary word
    # (common_words): ل/ب on a noun is far more often 'of/for/with' (قصر للعلم، تمسك بالعلم) than a place
    if m.prefix.lstrip("وف")[:1] in ("ب", "ل"):
        return not _common_key(m.key, lex)
    # و joining it to a place just before: منغ ونبل والزهراء
    return m.prefix.startswith("و") and prev is not None and prev[1] in accepted_ends


def nisba_adjective(ft: str, start: int, prefix: str) -> bool:
    """Whether the word at folded `start` (proclitics `prefix` before it) is a country's name that is also
    its indefinite nisba adjective (سورية) standing after an indefinite noun it qualifies: "قواعد جوية
    سورية"، "مدينة سورية" name a Syrian base or town, not Syria. After a cue word (في سورية، إلى سورية), a
    definite word or with a proclitic it stays the country."""
    lex = _lex()
    if prefix:
        return False
    w = _word_after(ft, start)
    if w is None or w[0] != start or not ft[w[0] : w[1]].endswith("ه") or "ال" + ft[w[0] : w[1]] not in lex.nationality:
        return False  # the feminine only: جيبوتي is Djibouti after any noun (ضرب الإعصار جيبوتي)
    prev = _word_before(ft, start)
    if prev is None or not ft[prev[1] : start].isspace():
        return False  # a line or a clause begins with it
    pw = ft[prev[0] : prev[1]]
    return (
        len(pw) >= 3
        and not pw.startswith("ال")
        and not pw[0].isdigit()
        and _word_is(pw, lex.cue_words, nouns=False) is None
        and pw not in lex.directions
    )


def accusative_nisba(ft: str, start: int, end: int, prefix: str) -> bool:
    """Whether folded word [start, end) is a state's name spelled as its nisba plus ا (سوريا، ليبيا، تركيا)
    standing after an indefinite accusative noun of a person (`roles.json` nisba_accusative_heads: رجلا،
    مواطنا، لاجئا): «اعتقلت الشرطة رجلا سوريا» is 'a Syrian man', the adjective whose tanween (سورياً) folding
    removed, so the spelling alone cannot tell; the head noun does. With a proclitic it stays the state."""
    word = ft[start:end]
    if prefix or not word.endswith("ا") or " " in word or "ال" + word[:-1] not in _lex().nationality:
        return False
    prev = _word_before(ft, start)
    if prev is None or not ft[prev[1] : start].isspace():
        return False
    return _word_is(ft[prev[0] : prev[1]], packs.folded_words("roles", "nisba_accusative_heads")) is not None


_OPEN_QUOTES = "\"'«“"
_OUTLET_NUMBER = re.compile(r"[ \t]*[0-9٠-٩]+[ \t]*([\"'»”]|\n|$)")


@cache
def _group_words() -> frozenset[str]:
    """The definite group nouns (الفصائل، الميليشيات; `anaphora.json` group_nouns), folded: never a place's
    name, though a gazetteer may hold a namesake spelled alike once folded."""
    return frozenset("ال" + _f(w) for w in packs.load_json("anaphora").get("group_nouns", ()))


def _named_agreement(ft: str, m: Match, ids: tuple[str, ...], by_id: dict, lex: _Lex) -> bool:
    """Whether a country's name stands right after an agreement's noun (`place_cues.json` agreement_heads)
    as the name of the agreement (اتفاق السويد, the Stockholm agreement on Yemen): it names no place an event
    happens in. So does a town where agreements are signed, outside the countries whose towns name what an
    agreement is about (`_venue_town`: اتفاقية جنيف، اتفاق أوسلو، اتفاق سوتشي); a town of those stays (اتفاق
    إدلب is about Idlib), and so does a country joined by و to another (اتفاق روسيا وتركيا), which names the
    parties, not the agreement."""
    if m.prefix or not lex.agreement_heads:
        return False
    if not ids or (
        any(getattr(by_id.get(i), "kind", None) != "country" for i in ids) and not _venue_town(ids, by_id)
    ):
        return False
    prev = _word_before(ft, m.start)
    if not prev or prev[1] != m.start - 1:
        return False
    pw = ft[prev[0] : prev[1]]
    if not (_word_is(pw, lex.agreement_heads) or (pw.startswith("ال") and pw[2:] in lex.agreement_heads)):
        return False
    nxt = _word_after(ft, m.end)
    return not (nxt and ft[nxt[0] : nxt[1]].startswith("و"))


def _time_zone(ft: str, ws: int, ids: tuple[str, ...], by_id: dict, lex: _Lex) -> bool:
    """Whether the name starting at `ws` is a time zone's: a town or region right after a time-zone word
    (بتوقيت دمشق، بتوقيت مكة المكرمة), a direction between them allowed (بتوقيت شرق الولايات المتحدة). It
    names a clock, not a place anything happens in. A country's own name stays a place (بتوقيت العراق):
    the annotators code it so, as the country the story is set in."""
    if not lex.time_zone_words or any(getattr(by_id.get(i), "kind", None) == "country" for i in ids):
        return False
    prev = _word_before(ft, ws)
    if prev and prev[1] == ws - 1 and ft[prev[0] : prev[1]] in lex.directions:
        prev = _word_before(ft, prev[0])
    return bool(prev and _word_is(ft[prev[0] : prev[1]], lex.time_zone_words))


def _blocked(ft: str, m: Match, alias: str, lex: _Lex) -> bool:
    """Whether the words around a match show that it is part of something else than a place: a word that
    gives the alias another sense (الضفة الغربية لنهر الفرات), an organisation's name (جيش اليرموك، شبكة
    حوران، تجمع أحرار حوران), an outlet's name of place and number («حوران 24»)."""
    if ft[m.start : m.end] in _group_words():
        return True  # مناطق الفصائل: the factions' areas, not the West Bank village الفصايل
    after = lex.not_followed_by.get(alias)
    if after:
        nxt = _word_after(ft, m.end)
        if nxt and ft[nxt[0] : nxt[1]] in after:
            return True
    ws = m.start - len(m.prefix)
    before = (lex.not_preceded_by or {}).get(alias, ())
    if before and m.prefix in ("و", "ف"):
        # العصر والمغرب، المشرق والمغرب: the second of a pair of nouns the first one already tells apart
        prev = _word_before(ft, ws)
        if prev and ft[prev[0] : prev[1]] in before:
            return True
    if _proclitic_word(ft, m, alias, lex):
        return True
    if not m.prefix:
        prev = _word_before(ft, ws)
        if _right_before(ft, prev, ws) and prev and _word_is(ft[prev[0] : prev[1]], lex.org_heads):
            return True
        # شارع فلسطين في بغداد: a street named after a place lies in the town of the article, not there
        if prev and prev[1] == ws - 1 and _word_is(ft[prev[0] : prev[1]], lex.street_heads):
            return True
        # القومية الناصرية: an adjective of the noun before it (Nasserist), not the town; وبعد المغرب as
        # بعد المغرب (after the sunset prayer)
        if prev and before and (
            ft[prev[0] : prev[1]] in before or not _bare_forms(ft[prev[0] : prev[1]]).isdisjoint(before)
        ):
            return True
        # تجمع أحرار حوران، لواء ثوار الرقة: a group word between the head and the place (أبناء حوران alone
        # are the people of the place)
        if prev and prev[1] == ws - 1 and ft[prev[0] : prev[1]] in lex.org_name_words:
            head = _word_before(ft, prev[0])
            if head and head[1] == prev[0] - 1 and _word_is(ft[head[0] : head[1]], lex.org_heads):
                return True
    num = _OUTLET_NUMBER.match(ft, m.end)
    if num is None:
        return False
    if num.group(1) not in ("\n", ""):
        return ws > 0 and ft[ws - 1] in _OPEN_QUOTES  # «حوران 24»
    return num.end() - ft.rfind("\n", 0, ws) < 40  # a short line ending in it: "خاص - حوران 24"


def _proclitic_word(ft: str, m: Match, alias: str, lex: _Lex) -> bool:
    """Whether a name under the proclitic ب/ل is the ordinary word it also is, by the word before it
    (place_cues not_after_proclitic): اتسمت الاحتجاجات بالسلمية، تمسكهم بالسلمية ('peacefulness'). The proclitic
    alone was its cue; a free preposition (في السلمية) or a place noun still lets the town count."""
    words = (lex.not_after_proclitic or {}).get(alias)
    if not words or m.prefix.lstrip("وف")[:1] not in ("ب", "ل"):
        return False
    prev = _word_before(ft, m.start - len(m.prefix))
    if prev is None:
        return False
    w = ft[prev[0] : prev[1]]
    return w in words or not _bare_forms(w).isdisjoint(words)


def _right_before(ft: str, prev: tuple[int, int] | None, ws: int) -> bool:
    """Whether the word `prev` stands right before `ws`: one space between, or a space and an opening quote
    (صحيفة "الشرق الأوسط"، قناة «الجزيرة»: a name quoted after an outlet's head is the outlet's name)."""
    if prev is None:
        return False
    gap = ft[prev[1] : ws]
    return gap == " " or (len(gap) == 2 and gap[0] == " " and gap[1] in _OPEN_QUOTES)


def _org_head_before(ft: str, m: Match, lex: _Lex) -> bool:
    """Whether an organisation's head (قناة، شبكة، تجمع ... X) stands right before the match, or two words
    before it with a group word between (تجمع أحرار حوران)."""
    if m.prefix:
        return False
    prev = _word_before(ft, m.start)
    if not prev or not _right_before(ft, prev, m.start):
        return False
    if _word_is(ft[prev[0] : prev[1]], lex.org_heads):
        return True
    head = _word_before(ft, prev[0]) if ft[prev[0] : prev[1]] in lex.org_name_words else None
    return bool(head and head[1] == prev[0] - 1 and _word_is(ft[head[0] : head[1]], lex.org_heads))


def _context_countries(doc: Doc) -> list[str]:
    """The countries the article's setting points to when its text names no place that settles an ambiguous
    name, strongest first: the dateline's place, places inside the names of the organisations it cites
    (قناة الفلوجة: a local channel of Anbar), the country of its outlet (a Syrian or Iraqi local site). Each
    counts only when all the records of its name lie in one country."""
    by_id = gz.records_by_id()
    out: list[str] = []

    def one_country(ids: Iterable[str]) -> str | None:
        ccs = {by_id[i].country for i in ids if i in by_id}
        return ccs.pop() if len(ccs) == 1 else None

    if doc.dateline:
        info = gz.alias_table().get(_f(doc.dateline))
        if info and (cc := one_country(info.ids)):
            out.append(cc)
    for ids in doc.scratch.get("places_in_names", ()):
        # a town's channel or network is local to it; a country's (إذاعة فرنسا) reports from anywhere
        if any(i in by_id and by_id[i].precision == "country" for i in ids):
            continue
        if (cc := one_country(ids)) and cc not in out:
            out.append(cc)
    for cc in _described_countries(doc):
        if cc not in out:
            out.append(cc)
    ref = doc.outlet.ref if doc.outlet else None
    entry = packs.entries_by_id().get(ref) if ref else None
    if entry is not None and entry.country and entry.country not in out:
        out.append(entry.country)
    return out


_WORD_RE = re.compile(r"[\u0621-\u064a]+")


def _described_countries(doc: Doc) -> list[str]:
    """The countries the text describes a place of without naming it, most often first: a sign noun with a
    nationality adjective right after it (غربي العاصمة العراقية، في المدن السورية). A report from Baghdad may
    name no place but its quarter and call the city only «the Iraqi capital»; that says which country's
    namesake the quarter is."""
    lex = _lex()
    if not lex.sign_heads:
        return []
    ft = doc.folded.text
    counts: dict[str, int] = {}
    prev: re.Match[str] | None = None
    for m in _WORD_RE.finditer(ft):
        # the adjective is looked up first: the noun before it only for the few words that are adjectives
        cc = lex.nationality.get(m.group())
        if cc and prev is not None and not ft[prev.end() : m.start()].strip() and _word_is(
            prev.group(), lex.sign_heads
        ):
            counts[cc] = counts.get(cc, 0) + 1
        prev = m
    return sorted(counts, key=lambda k: -counts[k])


def _dual_of_known(word: str) -> bool:
    """Whether folded `word` is the dual of a known place name in ة and no name itself: الغوطتين is the two
    Ghoutas (East and West), not a town; a dual that is itself a town (القريتين) is found by the gazetteer
    before a pattern noun is read."""
    if not word.endswith(("تين", "تان")) or len(word) < 6:
        return False
    table = gz.alias_table()
    return word not in table and word[:-3] + "ه" in table


def _feminine_adjective(word: str) -> bool:
    """Whether folded indefinite `word` is an adjective in ة that agrees with the noun before it (بلدة خاضعة
    لسيطرة ...): the corpus knows it and its masculine form (خاضع), and the masculine is no place name. A
    village's name has no masculine beside it (تبيشعة، كفرنبودة) or is of the place class (حماة)."""
    from marsad.stages.ner import corpus_words

    vocab = corpus_words()
    if not isinstance(vocab, dict) or word.startswith("ال") or not word.endswith("ه") or len(word) < 4:
        return False
    male = vocab.get(word[:-1])
    if word in vocab and male is not None and _PLACE_CLUSTER not in male:
        return True
    # a participle (محاصرة، محررة، منكوبة، مستهدفة): م + a stem + ة, which the corpus knows, with its
    # masculine or of the passive مفعولة. Its masculine may share the place class (محاصر, 'besieged', sits
    # with the towns it qualifies), so the class cannot decide; a gazetteer's name (محردة) is found before
    # a pattern noun is read, and no known name is refused here
    return (
        word.startswith("م")
        and len(word) >= 5
        and word in vocab
        and (male is not None or (len(word) == 6 and word[-3] == "و"))
        and word not in gz.alias_table()
    )


def _no_name_after_cue(ft: str, m: Match, ids: tuple[str, ...], by_id: dict[str, PlaceRecord]) -> bool:
    """Whether a one-word gazetteer (not pack) name right after a cue noun is no name the noun introduces:
    an indefinite adjective in ة that agrees with the noun (منطقة صغيرة 'a small area'), as `_pattern_name`
    refuses one after a pattern noun, or a word that takes the preposition ل (مناطق لزراعة الحشيش 'areas
    for growing hashish'): a name stands right after its noun. The OCHA villages صغيرة and زراعة are no
    reading there."""
    if " " in ft[m.start : m.end] or not all(i in by_id and by_id[i].source_kind != "pack" for i in ids):
        return False
    prev = _word_before(ft, m.start - len(m.prefix))
    if prev is None or not _word_is(ft[prev[0] : prev[1]], _lex().cue_nouns):
        return False
    if m.prefix.lstrip("وف").startswith("ل"):
        return True
    if _common_village_off_settlement(ft[prev[0] : prev[1]], m.key, ids, by_id):
        return True
    return not m.prefix and _feminine_adjective(ft[m.start : m.end])


def _common_village_off_settlement(noun: str, key: str, ids: tuple[str, ...], by_id: dict[str, PlaceRecord]
                                   ) -> bool:
    """Whether folded `key`, right after cue noun `noun`, is a common word of the corpus (outside its
    place-name class) whose every reading is a village of the villages pack, and `noun` is no settlement
    noun (`settlement_nouns`). OCHA lists villages called زراعة، تشرين، حلول: after منطقة، حي or مناطق
    such a word is the ordinary word (منطقة زراعة القمح 'a wheat-growing area', حي تشرين in a Damascus
    story), while قرية زراعة still names the village. A word of the place class keeps its reading."""
    from marsad.stages.ner import corpus_words

    if not ids or not all(i in by_id and gz.village_pack_record(by_id[i]) for i in ids):
        return False
    if _word_is(noun, _lex().settlement_nouns):
        return False
    vocab = corpus_words()
    if not vocab or not _common_word(vocab, key):
        return False
    # the top cluster of the place names (دمشق، جمرايا sit there beside حلب's place class): a village the
    # corpus names often enough to class it with towns is no ordinary word
    paths = vocab.get(key) if isinstance(vocab, dict) else None
    return not (paths and paths[0] == _PLACE_TOP_CLUSTER)


def _common_village_after_comma(ft: str, m: Match, ids: tuple[str, ...], by_id: dict[str, PlaceRecord]) -> bool:
    """Whether match `m`, a common word whose every reading is a village of the villages pack
    (`_common_village_off_settlement`), stands right after a comma with no proclitic: its only cue is then
    to continue a list, and a comma ends a list as often as it joins one (في ضواحي دمشق، بدأ كفصيل 'it
    began as a faction'); a village joined by و (وزراعة) or after its own noun still counts."""
    if m.prefix:
        return False
    before = ft[: m.start].rstrip()
    if not before.endswith(("،", ",")):
        return False
    return _common_village_off_settlement("", m.key, ids, by_id)


def _after_naming_verb(ft: str, pos: int) -> int:
    """The end of a verb of naming right after a place noun ending at `pos` (قرية تدعى أم الكراميل، بلدة
    يطلق عليها الحمرا), where the name it introduces starts; else `pos`. The verb is no name (not_names
    refuses it), and the word after it is the village's name, not a clause describing the noun."""
    for words in _lex().naming_verbs:
        end = pos
        for word in words:
            w = _word_after(ft, end)
            if w is None or ft[w[0] : w[1]] != word:
                break
            end = w[1]
        else:
            return end
    return pos


def _pattern_name(
    ft: str, pos: int, strict: bool = False, masculine: bool = False, lax: bool = False
) -> tuple[int, int] | None:
    """The name after a pattern noun at `pos` (one word, two after a compound head such as تل/عين).
    `strict` (after a plural noun: قرى، بلدات) also refuses common words and indefinite adjectives;
    `masculine` (after حي) refuses an indefinite nisba in ي, the adjective that agrees with it (حي تجاري).
    A definite common noun (مزرعة الموت، قرية الحدود، ناحية الصوت) is no name, except after a city, town
    or neighbourhood noun (`lax`): towns and quarters bear common nouns (مدينة الأبيض، بلدة القصر، حي
    السوق، حي الإذاعة)."""
    lex = _lex()
    w1 = _word_after(ft, pos)
    if not w1:
        return None
    a = ft[w1[0] : w1[1]]
    if masculine and a.endswith("ي") and not a.startswith("ال") and len(a) >= 4:
        return None
    if (
        a in lex.not_names
        or any(x in lex.not_names for x in _bare_forms(a))
        or (len(a) < 3 and a not in lex.compound_heads)
        or not re.fullmatch(r"[\u0621-\u064a]+", a)
        or (a.endswith("يه") and not a.startswith("ال"))
        or _dual_of_known(a)
        or (a[0] == "و" and a[1:] in lex.cue_nouns | lex.pattern_nouns.keys() | lex.facility_nouns.keys())
        or _feminine_adjective(a)
    ):  # an indefinite nisba is an adjective: قرية سورية; مدينة وميناء الحديدة joins two nouns
        return None
    if _preposition_pronoun(a):
        # مدينة لها تاريخ، قرية فيها مئات النازحين، مصدر وحي لهم: a preposition with a pronoun opens a clause
        # about the noun (or the noun was no place noun at all); it is never the place's name
        return None
    if a in lex.directions and not a.startswith("ال"):
        # غارة على مدينة جنوب غربي ليبيا، قرية شمال حلب: a bare compass word after the noun places an unnamed
        # town ('a town in the south-west of Libya'); it names none
        return None
    if a[0] == "و" and _joined_word(a[1:]):
        return None  # بحارة وجنود 'sailors and soldiers': و joins a second noun to the first, it starts no name
    if a[0] in "بل" and _joined_word(a[1:]) and a not in gz.alias_table():
        # رسم حي لشخصيات 'a live drawing of figures', مدينة بجزيرة هوكايدو 'a city on Hokkaido island': a
        # preposition on a common word follows the noun; a name stands bare after it
        return None
    if strict and a not in lex.compound_heads and (
        a in lex.common or not a.startswith("ال") or a in lex.directions
    ):  # after a plural only a definite name: قرى عديدة، بلدات تسيطر، مدن الشمال are no names
        return None
    if not lax and a not in lex.compound_heads and _ordinary_word(a):
        return None  # مزرعة الموت، ناحية القرية: a village noun before a common noun names no place
    if _imperfect_verb(a):
        return None  # مدينة تقع على بعد، قرية تضم 500 نسمة: a verb opens a clause describing the noun
    end = w1[1]
    if a in lex.compound_heads:
        w2 = _word_after(ft, w1[1])
        if not w2 or ft[w2[0] : w2[1]] in lex.not_names:
            return None
        end = w2[1]
    else:
        w2 = _word_after(ft, w1[1])
        if w2 and ft[w2[0] : w2[1]] in lex.resumptive:
            return None  # قرية يسيطر عليها التنظيم: the pronoun points back at the village, so the word is a verb
    return w1[0], end


#: the recogniser's word class (second level of its Brown clusters) that gathers the corpus's frequent place
#: names (الشيفونية، العطفين، الكسوة ...): a word of that class is no common word, however often it occurs
_PLACE_CLUSTER = "b33"
#: the top-level word cluster that holds the place-name class and the towns the corpus names most (دمشق)
_PLACE_TOP_CLUSTER = "a3"


def _common_word(vocab: Any, word: str) -> bool:
    """Whether folded `word` is one of the corpus's common words and not of its place-name class."""
    paths = vocab.get(word) if isinstance(vocab, dict) else (() if word not in vocab else ("",))
    if paths is None:
        return False
    return _PLACE_CLUSTER not in paths


def _joined_word(rest: str) -> bool:
    """Whether folded `rest`, the word after a و, is an indefinite common word of the corpus outside its
    place-name class (جنود، أطفال): the و is the conjunction, not a name's first letter (ولغا، ورشة)."""
    from marsad.stages.ner import corpus_words

    vocab = corpus_words()
    return bool(vocab) and len(rest) >= 3 and not rest.startswith("ال") and _common_word(vocab, rest)


def _imperfect_verb(word: str) -> bool:
    """Whether folded `word` reads as an imperfect verb, not a name: indefinite, opening with the prefix ي or
    ت, one of the corpus's common words outside its place-name class, and no gazetteer name. After an
    indefinite noun such a verb opens the clause that describes it (مدينة يمكن الوصول إليها، بلدة يبلغ عدد
    سكانها، قرية تدعى الحميدية); a town whose name opens so (تدمر، يبرود، تلكلخ) is a gazetteer name or of
    the place-name class."""
    from marsad.stages.ner import corpus_words

    if len(word) < 3 or word[0] not in "يت" or word in gz.alias_table():
        return False
    vocab = corpus_words()
    return bool(vocab) and _common_word(vocab, word)


def _ordinary_word(word: str) -> bool:
    """Whether folded `word` is a definite common noun of the corpus and no name: the corpus uses it often
    both with and without the article (الموت and موت, القرية and قرية), outside its place-name class. A
    name is used in one form (الحسيمة، الشيفونية), however often it occurs, and a word of the place class
    (العطفين) or one the corpus seldom uses may be a name."""
    from marsad.stages.ner import corpus_words

    vocab = corpus_words()
    # an indefinite word is left alone: foreign towns (ليل، بحر دار) and compounds cut short (قرية عبد الله)
    # read as common words as often as not
    if not vocab or not word.startswith("ال") or len(word) < 5:
        return False
    other = word[2:]
    return _common_word(vocab, word) and _common_word(vocab, other) and all(
        _PLACE_CLUSTER not in (vocab.get(f) or ()) for f in (word, other) if isinstance(vocab, dict)
    )


def _rare_name(ft: str, pos: int, chosen_at: dict[int, int]) -> tuple[int, int] | None:
    """The name after a broad area noun (منطقة الشيفونية): one definite word that is none of the corpus's
    common words (منطقة العمليات، منطقة النفوذ، منطقة الحدود are no names), with no definite adjective
    after it (منطقة الحكم الذاتي), and no name a gazetteer already found there. Folded offsets, or None."""
    from marsad.stages.ner import corpus_words

    lex = _lex()
    w1 = _word_after(ft, pos)
    if not w1 or w1[0] in chosen_at:
        return None
    a = ft[w1[0] : w1[1]]
    if (
        not a.startswith("ال")
        or len(a) < 5
        or not re.fullmatch(r"[\u0621-\u064a]+", a)
        or a in lex.not_names
        or a in lex.common
        or a in lex.directions
        or a.endswith(("ات", "ين", "ون"))
    ):
        return None
    vocab = corpus_words()
    if not vocab or _common_word(vocab, a) or _common_word(vocab, a[2:]):
        return None
    w2 = _word_after(ft, w1[1])
    if w2 and ft[w2[0] : w2[1]].startswith("ال") and ft[w2[0] : w2[1]] not in lex.directions:
        return None  # منطقة الحكم الذاتي، منطقة الغوطة الشرقية (a known name ends in a direction)
    return w1


def _list_item(ft: str, w: tuple[int, int], dual: bool) -> tuple[int, int] | None:
    """The name in the word `w` (and the next after a compound head) when it is a و-joined item of a list
    after a plural or dual noun: "بلدتي معرشمارين وتلمنس"، "قرى تل طويل وأم الكيف والدردارة". After a
    plural an item must be definite or compound (وقتل is a verb, not a village)."""
    lex = _lex()
    word = ft[w[0] : w[1]]
    if not word.startswith("و") or len(word) < 3:
        return None
    rest = word[1:]
    if (
        rest in lex.not_names
        or (rest in lex.common and not dual)  # بلدتي بصر الحرير والحراك: a dual announces its second place
        or rest in lex.cue_nouns
        or not re.fullmatch(r"[\u0621-\u064a]+", rest)
        or (rest.endswith("يه") and not rest.startswith("ال"))
        or _dual_of_known(rest)
    ):
        return None
    compound = rest in lex.compound_heads
    if not (dual or rest.startswith("ال") or compound):
        return None
    end = w[1]
    if compound:
        w2 = _word_after(ft, w[1])
        if not w2 or ft[w2[0] : w2[1]] in lex.not_names:
            return None
        end = w2[1]
    return w[0] + 1, end


#: how far (folded characters) and how near (km) the place must be that lets an imported name headed by a
#: kunya or a given name (أبو حبة، علي آغا) count without a cue: a place of its own area in its sentence
NEAR_AREA_CHARS = 150
NEAR_AREA_KM = 40.0


def _near_same_area(ft: str, m: Match, info: gz.AliasInfo | None, accepted: list[Match],
                    allowed: dict[tuple[int, int], tuple[str, ...]], by_id: dict[str, PlaceRecord]
                    ) -> tuple[str, ...] | None:
    """The records of a held name (`gz.person_cue`: أبو بكر، علي آغا, with no place cue before it) that lie
    within `NEAR_AREA_KM` of a place the text names within `NEAR_AREA_CHARS` of it, on the same line: «قصف
    الطيران كفرنبل وحاس ومعرة حرمة، وأبو حبة» is a village list, «قال أبو بكر إبراهيم» in a report from
    Idlib names no place beside it. None when no place of its area stands near."""
    if info is None:
        return None
    recs = [by_id[i] for i in info.ids if i in by_id and by_id[i].lat is not None and by_id[i].lon is not None]
    lo, hi = m.start - NEAR_AREA_CHARS, m.end + NEAR_AREA_CHARS
    line_lo = ft.rfind("\n", 0, m.start) + 1
    line_hi = ft.find("\n", m.end) % (len(ft) + 1)
    keep: list[str] = []
    for o in accepted:
        if not (max(lo, line_lo) <= o.start and o.end <= min(hi, line_hi)) or o.payloads[0].startswith("\x00"):
            continue
        near = [by_id[i] for i in allowed.get((o.start, o.end), ()) if i in by_id]
        for r in recs:
            if r.id not in keep and any(
                n.lat is not None and n.lon is not None and haversine_km(r.lat, r.lon, n.lat, n.lon) <= NEAR_AREA_KM
                and n.precision not in ("country", "region") for n in near
            ):
                keep.append(r.id)
    return tuple(keep) or None


def _after_person_role(ft: str, pos: int) -> bool:
    """Whether the word before folded offset `pos`, or the word before a role adjective there (roles
    `person_role_modifiers`, place_cues `role_adjectives`: القائد العسكري، المسؤول الشرعي), is a person's role of
    the roles pack (`person_roles`, bare or under و): a held name there (`gz.person_cue`: أبو طلحة، أم محمد) is
    the person the role names, whatever place of its area stands near."""
    roles = packs.folded_words("roles", "person_roles")
    # two cached sets asked in turn: a union would build a new set on every call
    modifiers = (packs.folded_words("roles", "person_role_modifiers"),
                 packs.folded_words("place_cues", "role_adjectives"))
    w = _word_before(ft, pos)
    for _ in range(2):
        if w is None:
            return False
        word = ft[w[0] : w[1]]
        if word in roles or (word[:1] == "و" and word[1:] in roles):
            return True
        if not any(word in m for m in modifiers):
            return False
        w = _word_before(ft, w[0])
    return False


def _make(
    doc: Doc, fs: int, fe: int, refs: tuple[str, ...], how: str, priority: int, **attrs: Any
) -> Candidate:
    s, e = doc.folded.span(fs, fe)
    cand = Candidate(s, e, "place", refs=refs, how=how, priority=priority, attrs=dict(attrs))
    if not refs:
        # a composed place (سجن الحسكة) is its own entity: no refs, its surface as its name
        cand.name_ar = doc.text[s:e]
        cand.name = attrs.get("name_en")
    return cand


def _in_named_governorate(doc: Doc, info: gz.AliasInfo | None, by_id: dict[str, PlaceRecord]
                          ) -> gz.AliasInfo | None:
    """`gz.in_named_governorates` for the article."""
    return gz.in_named_governorates(info, gz.article_governorates(doc.scratch, doc.folded.text), by_id)


@stage("places.candidates", requires=("doc.text",), assigns=("doc.candidates",))
def candidates(doc: Doc) -> None:
    """Find place names, see the module docstring."""
    ft = doc.folded.text
    table = gz.alias_table()
    lex = _lex()
    by_id = gz.records_by_id()
    raw = sorted(_index().find_all(ft), key=lambda m: (m.start, -(m.end - m.start)))
    accepted: list[Match] = []
    ends: set[int] = set()
    # the names of a list a plural or dual place noun heads: end → how many items may still follow
    list_ends: dict[int, int] = {}
    allowed: dict[tuple[int, int], tuple[str, ...]] = {}
    ruled_out = (-1, -1)  # the last name whose context gives it another sense (جيش جنوب السودان)
    held: list[Match] = []  # imported names headed by a kunya or given name that lacked their cue
    # pack names that need a place noun but stand after في/ب or another place cue (قصف على مواقع في رازح)
    held_area: list[Match] = []
    for m in raw:
        if m.payloads[0].startswith("\x00inherit:"):
            accepted.append(m)
            continue
        info = table.get(m.payloads[0])  # the payload is the alias as indexed (not its لل form)
        if info is None:
            continue
        info = _in_named_governorate(doc, info, by_id)
        if info is None:
            continue
        if ruled_out[0] <= m.start and m.end <= ruled_out[1] and (m.start, m.end) != ruled_out:
            continue  # السودان inside جيش جنوب السودان: part of the organisation's name as the whole is
        if indefinite_word(doc, m.start, m.end):
            # nor the recogniser's place there (a tagger may read دوماً as Douma)
            doc.scratch.setdefault("places_ruled_out", []).append(doc.folded.span(m.start, m.end))
            continue
        if _after_verb_particle(ft, m):
            # لم تدمر 'did not destroy', اللواتي عدن 'who returned': a verb; nor the recogniser's place there
            doc.scratch.setdefault("places_ruled_out", []).append(doc.folded.span(m.start, m.end))
            continue
        if _hamza_word(doc, m):
            # بفأس 'with an axe', بأجور 'for wages': the hamza makes the word, which folding lost; not the
            # recogniser's place there either
            doc.scratch.setdefault("places_ruled_out", []).append(doc.folded.span(m.start, m.end))
            continue
        if _pronoun_h_form(doc, m):
            # لجده 'to his grandfather', not Jeddah; nor the recogniser's place there
            doc.scratch.setdefault("places_ruled_out", []).append(doc.folded.span(m.start, m.end))
            continue
        if not m.prefix and _time_zone(ft, m.start, info.ids, by_id, lex):
            # a clock, not a place; the country inside a direction (بتوقيت شرق الولايات المتحدة) is still
            # looked at on its own, so no ruled_out span
            doc.scratch.setdefault("places_ruled_out", []).append(doc.folded.span(m.start, m.end))
            continue
        if _blocked(ft, m, m.payloads[0], lex):
            ruled_out = (m.start, m.end)
            if _org_head_before(ft, m, lex):  # قناة الفلوجة، تجمع أحرار حوران: no place, but local to one
                doc.scratch.setdefault("places_in_names", []).append(info.ids)
            # nor the recogniser's place inside it: resolve drops it there
            doc.scratch.setdefault("places_ruled_out", []).append(doc.folded.span(m.start, m.end))
            continue
        if not any(c is None or _cue_ok(ft, m, c, ends, list_ends) for c in set(info.cues)):
            if gz.person_cue(m.payloads[0]):
                held.append(m)  # أبو حبة with no cue: a village only near a place of its area
            elif "noun" in info.cues and (_front_or_direction_before(ft, m, lex) or (
                    not _common_key(m.key, lex) and _cue_ok(ft, m, "cue", ends, list_ends))) \
                    and list_ends.get(_joined_to(ft, m) or -1, 1) > 0:
                # في رازح: a place only where the article names its area; never an ordinary word (بحجة) but
                # right after a front noun or a direction (جبهة حرض، شرق حرض: no verb 'incited' stands there),
                # nor a و-joined item past the end of a dual's list (قريتي X وY وZ: Z is no third village)
                held_area.append(m)
            continue
        if nisba_adjective(ft, m.start, m.prefix):
            continue
        if accusative_nisba(ft, m.start, m.end, m.prefix):
            # رجلا سوريا 'a Syrian man'; nor the recogniser's place there
            doc.scratch.setdefault("places_ruled_out", []).append(doc.folded.span(m.start, m.end))
            continue
        if _named_agreement(ft, m, info.ids, by_id, lex):
            # nor the recogniser's place there: resolve drops what it finds inside such a name
            doc.scratch.setdefault("capitals_in_names", []).append(doc.folded.span(m.start, m.end))
            continue
        if m.prefix.startswith("ف") and all(
            i in by_id and by_id[i].source_kind != "pack" for i in info.ids
        ):
            continue  # فبركة is a verb, not ف + a village called بركة
        if _common_village_after_comma(ft, m, info.ids, by_id):
            continue  # ضواحي دمشق، بدأ كفصيل: a verb after a list's comma, not OCHA's village بدأ
        if _no_name_after_cue(ft, m, info.ids, by_id):
            continue  # منطقة صغيرة 'a small area', مناطق لزراعة 'areas for growing': no villages
        # once the cue shows the word is a place, every place of that name competes in geocoding: the
        # Aleppo neighbourhood and the Iraqi town called الحمدانية are told apart by context, not by cue
        allowed[(m.start, m.end)] = info.ids
        accepted.append(m)
        ends.add(m.end)
        _list_item_end(ft, m, list_ends)
    for m in held_area:
        ids = _area_named(m, _in_named_governorate(doc, table.get(m.payloads[0]), by_id), accepted, allowed, by_id)
        if ids:
            allowed[(m.start, m.end)] = ids
            accepted.append(m)
    for m in held:
        if _after_person_role(ft, m.start):
            continue  # والقائد العسكري أبو طلحة: a commander's kunya, not OCHA's village of that name
        ids = _near_same_area(ft, m, _in_named_governorate(doc, table.get(m.payloads[0]), by_id), accepted,
                              allowed, by_id)
        if ids:
            allowed[(m.start, m.end)] = ids
            accepted.append(m)
    chosen = longest_first(accepted)
    out: list[Candidate] = []
    chosen_at: dict[int, int] = {}  # folded start of a chosen name → its end, for lists
    found: list[tuple[int, int, list[PlaceRecord]]] = []  # (folded start with proclitic, end, records)
    head_of: dict[int, str] = {}  # folded end of a chosen name → the cue noun that governs it
    gov_items = _governorate_list_items(ft, table, by_id)
    for m in chosen:
        if m.payloads[0].startswith("\x00inherit:"):
            out.append(
                _make(
                    doc,
                    m.start,
                    m.end,
                    (),
                    "pattern",
                    0,
                    compose="inherit",
                    kind="facility",
                    name_en=_INHERIT_EN.get(m.payloads[0].split(":", 1)[1], "facility"),
                )
            )
            continue
        recs = [by_id[i] for i in allowed[(m.start, m.end)] if i in by_id]
        if not recs:
            continue
        chosen_at[m.start] = m.end
        # the cue noun governing the name, directly (محافظة X) or through a و-list (محافظات X وY وZ)
        ws = m.start - len(m.prefix)
        prev = _word_before(ft, ws)
        head = None
        if prev:
            head = _word_is(ft[prev[0] : prev[1]], lex.cue_nouns)
            if head is None and m.prefix.startswith("و"):
                head = head_of.get(prev[1])
        if head:
            head_of[m.end] = head
        if _village_noun_before_city_abroad(head, recs, lex):
            # ضيعة بوسان، قرية بوسان في ريف السويداء: a village the text names is no metropolis abroad of
            # its name (Busan, 8,000 km off); the name is a new place the pattern rule places by its context
            del chosen_at[m.start]
            continue
        if head in _GOVERNORATE_NOUNS and any(r.kind == "governorate" for r in recs):
            recs = [r for r in recs if r.kind == "governorate"]
        item = gov_items.get(m.start)
        if item is not None and item[0] == m.end:
            # محافظتي صعدة وحجة: the governorates, which the pack names «محافظة صعدة», not the cities
            recs = list(item[1])
        src = max((r.source_kind for r in recs), key=lambda k: gz.SOURCE_RANK[k])
        how = "gazetteer" if src in ("geonames", "user") else "pack"
        # an imported village is no surer a name than a GeoNames one: both yield to the pack's
        prio = 2 if src == "pack" else 1
        cand = _compose(doc, ft, m, recs, how, prio, lex)
        if head is not None and lex.pattern_nouns.get(head) == "neighbourhood" and not cand.attrs.get("compose"):
            cand.attrs["quarter"] = True  # حي X: geocoding checks that X is no town elsewhere
        out.append(cand)
        if not cand.attrs.get("compose"):
            found.append((ws, m.end, recs))
    for gs, (ge, govs) in gov_items.items():
        if gs not in chosen_at:  # محافظتي الجوف وصعدة: a name the pack has only after محافظة
            out.append(_make(doc, gs, ge, tuple(r.id for r in govs), "pack", 2))
    out.extend(_regions(doc, ft, found, lex))
    # patterns: قرية + a name nobody knows
    covered = sorted((c.start, c.end) for c in out)
    starts = [a for a, _ in covered]
    last_pattern_end = -1

    def known(ns: int, ne: int) -> bool:
        # gazetteer candidates do not overlap each other, so the one starting last before `ne` decides
        i = bisect.bisect_left(starts, ne) - 1
        return i >= 0 and covered[i][1] > ns

    rare_nouns = lex.rare_name_nouns or {}
    located_nouns = lex.located_nouns or {}
    starts_at = {c.start: c for c in out}
    for m in re.finditer(
        r"(?<!\w)(?:[وف]?[بل]?)("
        + "|".join(sorted(map(re.escape, {**lex.pattern_nouns, **rare_nouns, **located_nouns}), key=len, reverse=True))
        + r")(?!\w)",
        ft,
    ):
        noun = m.group(1)
        if noun in located_nouns and noun not in lex.pattern_nouns:
            # camps bear common nouns (مخيم الكرامة، مخيم النور): lax; an indefinite common noun is the
            # camp's purpose (مخيم تدريب), a plural people noun its dwellers (مخيم اللاجئين، مخيم للاجئين)
            nm = _pattern_name(ft, m.end(), masculine=True, lax=True)
            word = ft[nm[0] : nm[1]] if nm else ""
            if nm is None or word in lex.located_not_names or word.startswith("لل") or (
                not word.startswith("ال") and _ordinary_word("ال" + word)
            ):
                continue
            s, e = doc.folded.span(m.start(1), nm[1])
            ns, ne = doc.folded.span(*nm)
            if known(ns, ne) or last_pattern_end > s or not _located_after(doc, ne, starts_at):
                continue
            out.append(Candidate(s, e, "place", refs=(), how="pattern", priority=0,
                                 name=transliterate(doc.text[ns:ne]), name_ar=doc.text[s:e],
                                 attrs={"compose": "pattern", "kind": located_nouns[noun]}))
            last_pattern_end = e
            continue
        if noun in rare_nouns and noun not in lex.pattern_nouns:
            item = _rare_name(ft, m.end(), chosen_at)
            if item is not None:
                s, e = doc.folded.span(m.start(1), item[1])
                ns, ne = doc.folded.span(*item)
                if not known(ns, ne) and last_pattern_end <= s:
                    out.append(Candidate(s, e, "place", refs=(), how="pattern", priority=0,
                                         name=transliterate(doc.text[ns:ne]), name_ar=doc.text[s:e],
                                         attrs={"compose": "pattern", "kind": rare_nouns[noun]}))
                    last_pattern_end = e
            continue
        before = _word_before(ft, m.start())
        if before and (ft[before[0] : before[1]] in _COUNTING or ft[before[0] : before[1]].isdigit()):
            continue  # أكبر بلدة تمكنت، تسعين قرية تقع: a counted noun, not a name's cue
        idiom = (lex.pattern_not_after or {}).get(noun)
        if idiom and m.group(0) == noun and before and ft[before[0] : before[1]] in idiom:
            continue  # من ناحية التخطيط: "as regards planning"
        lam_idiom = (lex.lam_idiom_unless_after or {}).get(noun)
        if (lam_idiom is not None and ft[m.start() : m.start(1)].endswith("ل")
                and not (before and ft[before[0] : before[1]] in lam_idiom)):
            continue  # لناحية عدد اللاجئين: "as for the number", not a subdistrict named عدد
        _, ne0 = doc.folded.span(m.start(1), m.end(1))
        if noun.endswith("ه") and doc.text[ne0 - 1 : ne0] == "ه" and "ة" in doc.text:
            continue  # بلده تمثل 'his country represents': a pronoun, where the text writes ة for the noun
        kind = lex.pattern_nouns[noun]
        listed = noun in lex.list_nouns
        dual = listed and noun.endswith(("تي", "يي"))
        items: list[tuple[int, int, int]] = []  # (mention start, name start, name end), folded
        pos = _after_naming_verb(ft, m.end())
        w = _word_after(ft, pos)
        if w and w[0] in chosen_at:
            pos = chosen_at[w[0]]  # the first name is known: the gazetteer candidate stands
        else:
            nm = _pattern_name(ft, pos, strict=listed and not dual, masculine=noun in lex.masculine_nouns,
                               lax=kind in ("neighbourhood", "city", "town"))
            if nm is None:
                continue
            items.append((m.start(1), *nm))
            pos = nm[1]
        # the و-joined names of a list after a plural or dual noun
        for _ in range(1 if dual else (12 if listed else 0)):
            w = _word_after(ft, pos)
            if not w:
                break
            if w[0] + 1 in chosen_at and ft[w[0]] == "و":
                pos = chosen_at[w[0] + 1]
                continue
            nm = _list_item(ft, w, dual)
            if nm is None:
                break
            items.append((nm[0], *nm))
            pos = nm[1]
        for ms, a, b in items:
            s, e = doc.folded.span(ms, b)
            ns, ne = doc.folded.span(a, b)
            if known(ns, ne) or last_pattern_end > s:
                continue
            # a name that needs a place noun counts after one (مدينتي شيراز ومشهد: مشهد is also 'a scene')
            same = _in_named_governorate(doc, gz.alias_table().get(ft[a:b]), by_id)
            if same is not None and _common_village_off_settlement(noun, ft[a:b], same.ids, by_id):
                same = None  # حي تشرين: a quarter of that name, placed by its context, not OCHA's village
            definite = same.ids if same is not None else _definite_form(ft[a:b], doc, by_id)
            recs = [by_id[i] for i in definite if i in by_id] if definite is not None else []
            if definite is not None and not _village_noun_before_city_abroad(noun, recs, lex):
                # "بلدتي باغوز ودشيشة": after a place noun, a known name written without its article
                src = max((r.source_kind for r in recs), key=lambda k: gz.SOURCE_RANK[k])
                out.append(
                    Candidate(ns, ne, "place", refs=tuple(r.id for r in recs),
                              how="gazetteer" if src in ("geonames", "user") else "pack",
                              priority=2 if src == "pack" else 1)
                )
                continue
            name_ar = doc.text[ns:ne]
            out.append(
                Candidate(
                    s,
                    e,
                    "place",
                    refs=(),
                    how="pattern",
                    priority=0,
                    name=transliterate(name_ar),
                    name_ar=doc.text[s:e],
                    attrs={"compose": "pattern", "kind": kind},
                )
            )
            last_pattern_end = e
    # page furniture (bylines, signatures, and the headlines and tag lines the metadata stage marks) names
    # no place of the article: a place in a «اقرأ أيضاً» headline or a tag line is no place it speaks of.
    # The dateline is one (حلب- خالد زنكلو: the town the report is filed from), wherever it stands.
    dateline = _f(doc.dateline) if doc.dateline else None
    out = [c for c in out if not doc.is_furniture(c.start, c.end) or _f(doc.text[c.start : c.end]) == dateline]
    store = doc.scratch.setdefault("places", {})
    for c in out:
        store[(c.start, c.end)] = {"refs": c.refs, **c.attrs}
    doc.candidates.extend(out)


#: pattern-noun kinds that name a settlement too small to be a city (قرية، ضيعة، مزرعة)
_VILLAGE_KINDS = frozenset({"village", "farm"})
#: a town this big is no village, whatever its name
_NO_VILLAGE_POPULATION = 100000


def _village_noun_before_city_abroad(head: str | None, recs: list[PlaceRecord], lex: Any) -> bool:
    """Whether a village or farm noun governs a name whose every record is a big town outside Syria and Iraq
    (ضيعة بوسان، قرية بوسان: a village of Sweida, not Busan): such a town is no village, so the text names
    a namesake no table knows. A name with a record at home, or a small town abroad, keeps its records, and so
    does one after a plural noun, which is as often the genitive 'the villages of' as a name."""
    if head is None or lex.pattern_nouns.get(head) not in _VILLAGE_KINDS:
        return False
    if head in lex.list_nouns and not head.endswith(("تي", "يي")):
        return False  # a plural before a town is its villages or farms (قرى القدس، مزارع الطائف): the town
    return bool(recs) and all(
        r.precision == "place" and r.country not in gz.HOME_COUNTRIES
        and (r.population or 0) >= _NO_VILLAGE_POPULATION
        for r in recs
    )


def _locating_glue(nouns: Iterable[str]) -> re.Pattern[str]:
    """What ties a new camp's name to the known place that locates it: في، قرب، بالقرب من، ب (بريف), with a
    place noun of the pack's locating_nouns between (قرب بلدة أطمة)."""
    noun = "|".join(map(re.escape, nouns))
    between = rf"(?:(?:ال)?(?:{noun})\s+)?" if noun else ""
    return re.compile(r"[\s\u0640]*(?:(?:في|قرب|بالقرب\s+من|داخل)\s+|ب)" + between)


_DWELLERS = re.compile(r"^[\s\u0640]*لل\w+(?:\s+ال\w+)?")
#: how far (characters) after a camp's name the place that locates it may start
LOCATING_NEAR = 60


def _located_after(doc: Doc, end: int, starts_at: dict[int, Candidate]) -> bool:
    """Whether a known place locates what ends at `end` (original offsets): «مخيم X في ريف Y», «قرب Y»,
    «بريف Y», or a direction of a known place right after it («شمالي Y»). A camp noun before an unknown word
    names a camp only so: «مخيم» is also any camp (مخيم صيفي، مخيم تدريب)."""
    for start in range(end, min(len(doc.text), end + LOCATING_NEAR)):
        c = starts_at.get(start)
        if c is None:
            continue
        # the camp's dwellers may come between: مخيم X للنازحين في ريف Y، مخيم X للاجئين الفلسطينيين جنوب Y
        glue = _DWELLERS.sub("", doc.text[end:start], count=1)
        glue_re = _lex().locating_glue
        if glue_re is not None and glue_re.fullmatch(glue):
            return True
        return c.attrs.get("compose") == "direction" and not glue.strip()
    return False


#: the fewest letters a name written without its article must have to be read as the article form
MIN_BARE_LETTERS = 4


def _definite_form(name: str, doc: Doc, by_id: dict[str, PlaceRecord]) -> tuple[str, ...] | None:
    """Record ids of the article form of `name` (folded, after a place noun), when the gazetteer knows
    that form and `name` has at least `MIN_BARE_LETTERS` letters: باغوز → الباغوز. A village of the villages
    pack counts only where the article `doc` names its governorate (`gz.in_named_governorates`)."""
    if name.startswith("ال") or len(name.split()[0]) < MIN_BARE_LETTERS:
        return None
    info = _in_named_governorate(doc, gz.alias_table().get("ال" + name), by_id)
    return info.ids if info else None


_DIR_WORDS = {
    _f(w): d
    for d, ws in {
        "north": ("شمال", "شمالي"),
        "south": ("جنوب", "جنوبي"),
        "east": ("شرق", "شرقي"),
        "west": ("غرب", "غربي"),
    }.items()
    for w in ws
}
#: degrees a directional region lies from its base toward the direction, by the base's precision
DIRECTION_SHIFT = {"place": 0.1, "admin_area": SHIFT_DEG, "region": SHIFT_DEG, "country": 1.5}
#: a country's part (شمال فرنسا) lies this fraction of the side of a square of the country's area from its
#: centre: the centre of the square's northern third
COUNTRY_PART_FRACTION = 1 / 3
#: above this area (km²) a country's shape is too far from a square (Russia, Canada, China, the US ...) for a
#: scaled shift to land in the part the text names (جنوب روسيا is the Caucasus, not Mongolia): the fixed
#: shift of `DIRECTION_SHIFT` only leans toward it
HUGE_COUNTRY_KM2 = 5_000_000.0
#: kilometres in a degree of latitude
KM_PER_DEG = 111.2
#: a line (a deconfliction line) has no side whose centre a shift could find
_NOT_DIRECTIONAL = {"countryside", "border", "facility", "camp", "prison", "airport", "base", "crossing", "line"}
#: characters before ريفها searched for the place it refers to
SUFFIX_WINDOW = 400


def _dir_word(w: str) -> tuple[str, int] | None:
    """The direction of a bare direction word (شمال، غربي) with its proclitics, and its start offset."""
    if w in _DIR_WORDS:
        return _DIR_WORDS[w], 0
    for b in _bare_forms(w):
        if b in _DIR_WORDS:
            return _DIR_WORDS[b], len(w) - len(b)
    return None


def _direction_before(ft: str, ws: int) -> tuple[int, str, bool] | None:
    """(start, direction, coordinated) of a direction phrase just before `ws`: غرب، شمال غربي، شمال وغرب."""
    w = _word_before(ft, ws)
    if not w or w[1] != ws - 1:
        return None
    d2 = _dir_word(ft[w[0] : w[1]])
    if d2 is None:
        return None
    start, direction, coord = w[0] + d2[1], d2[0], False
    w0 = _word_before(ft, w[0])
    if w0 and w0[1] == w[0] - 1 and d2[0] in ("east", "west"):
        d1 = _dir_word(ft[w0[0] : w0[1]])
        if d1 and d1[0] in ("north", "south"):
            coord = ft[w[0]] == "و" and d2[1] == 1
            start, direction = w0[0] + d1[1], d1[0] + d2[0]
    return start, direction, coord


#: the words that tie a place to the direction phrase locating it, folded, before the phrase: «سامراء في شمال
#: بغداد»، «بلدة الطارمية الواقعة شمال بغداد»، «القيارة، الواقعة على بعد 70 كيلومترا جنوب الموصل»
#: a stated distance in folded text: على بعد, an approximator, the figure, the unit (its kind read by _far_from)
_DIST_APPROX = r"(?:نحو\s+|حوالي\s+|قرابة\s+)?"
_DIST_UNIT = r"(?:كيلو\s?مترا?|كيلو\s?مترات|كلم|كم|ميلا?|اميال|امتار|مترا?)"
_FAR = rf"(?<!\w)عل[يى]\s+بعد\s+{_DIST_APPROX}\S+\s+{_DIST_UNIT}\s+"
#: a distance right before a direction (نقطة على بعد 90 ميلا شرق عفرين، على بعد 5 كم جنوب البلدة): the phrase
#: puts a point N km from the place, it names no part of it ("eastern Afrin"); the place alone stays
_DISTANCE_BEFORE = re.compile(rf"{_FAR}$")
_DIRECTION_GLUE = re.compile(rf"(?:(?<!\w)(?:ال)?واقع[هة]?\s+(?:في\s+|{_FAR})?|{_FAR}|(?<!\w)في\s+)$")


def _locative_start(ft: str, start: int) -> int:
    """The start of the direction word's own word when its proclitic is the locative ب (كربلاء بجنوب بغداد
    says where Karbala is, as كربلاء جنوب بغداد does), else `start`: و (وجنوب بغداد) coordinates a place."""
    i = start
    while i > 0 and is_word_char(ft[i - 1]):
        i -= 1
    return i if ft[i:start] == "ب" else start


def _after_place(ft: str, pos: int, ends: set[int], lex: _Lex) -> bool:
    """Whether a place name (or a cue noun and its name) ends just before `pos`, across spaces and commas:
    "بلدة راجو شمال غربي منطقة عفرين" places Rajo, it does not name a region of Afrin; so does a place tied to
    the phrase by في، الواقعة (في)، على بعد N كم (سامراء في شمال بغداد)."""
    i = pos
    glue = _DIRECTION_GLUE.search(ft, max(0, pos - 60), pos)
    if glue:
        i = glue.start()
    while i > 0 and ft[i - 1] in " ،,":
        i -= 1
    if i in ends:
        return True
    j = i
    while j > 0 and is_word_char(ft[j - 1]):
        j -= 1
    if j == i:
        return False
    w0 = _word_before(ft, j)
    return bool(w0 and _word_is(ft[w0[0] : w0[1]], lex.pattern_nouns))


def _regions(doc: Doc, ft: str, found: list[tuple[int, int, list[PlaceRecord]]], lex: _Lex) -> list[Candidate]:
    """Places composed around the names found: a direction before a name or before البلاد (غرب عفرين،
    جنوبي البلاد، شمال وغرب العراق), a border (الحدود مع العراق، الحدود الأردنية), and a countryside named by
    a pronoun (ريفها الغربي: of the governorate or town just named)."""
    out: list[Candidate] = []
    ends = {e for _, e, _ in found}
    starts = {s: (e, recs) for s, e, recs in found}
    big_ends = {e for _, e, recs in found if recs and all(r.precision in ("region", "country") for r in recs)}
    dirs = _directional_of()
    # directions before a name
    for ws, end, recs in found:
        if len(recs) == 1 and recs[0].direction and recs[0].kind == "region" and ft[ws] == "و":
            # شمال وغرب العراق: a direction coordinated with a directional region of a country
            w = _word_before(ft, ws)
            d1 = _dir_word(ft[w[0] : w[1]]) if w and w[1] == ws - 1 else None
            # (of a region's part, the region: شمال وشرق قطاع غزة is no part of Palestine at large)
            rec = gz.records_by_id().get(recs[0].base or f"country-{(recs[0].country or '').lower()}")
            if d1 and d1[0] in ("north", "south") and recs[0].direction in ("east", "west") and rec:
                out.append(
                    _make(doc, w[0] + d1[1], end, (), "pack", 2, compose="direction", base=(rec.id,),
                          direction=d1[0] + recs[0].direction, coordinated=True)
                )
            continue
        if len(recs) == 1 and recs[0].direction in ("east", "west") and recs[0].kind == "region":
            # جنوب غربي ليبيا: the pack's «غربي ليبيا» with a north/south word right before it is the
            # compound direction, never its second half: the pack's compound region, else the country
            # shifted toward it
            w = _word_before(ft, ws)
            d1 = _dir_word(ft[w[0] : w[1]]) if w and w[1] == ws - 1 else None
            base = gz.records_by_id().get(recs[0].base or f"country-{(recs[0].country or '').lower()}")
            if d1 and d1[0] in ("north", "south") and base:
                direction = d1[0] + recs[0].direction
                whole = dirs.get((recs[0].country, direction)) if base.kind == "country" else None
                out.append(
                    _make(doc, w[0] + d1[1], end, (whole,), "pack", 2) if whole else
                    _make(doc, w[0] + d1[1], end, (), "pack", 2, compose="direction", base=(base.id,),
                          direction=direction)
                )
            continue
        if not recs or any(r.kind in _NOT_DIRECTIONAL or r.direction for r in recs):
            continue
        d = _direction_before(ft, ws)
        if d is None:
            continue
        start, direction, coord = d
        if _DISTANCE_BEFORE.search(ft, max(0, start - 60), start):
            continue
        country = recs[0].kind == "country"
        if not country and _after_place(ft, _locative_start(ft, start), ends, lex):
            continue
        tz = _word_before(ft, start)
        if tz and _word_is(ft[tz[0] : tz[1]], lex.time_zone_words):
            continue  # بتوقيت شرق الولايات المتحدة: a clock; the country alone stays
        if country and not coord and (recs[0].country, direction) in dirs:
            out.append(_make(doc, start, end, (dirs[(recs[0].country, direction)],), "pack", 2))
            continue
        part = _part_of().get((recs[0].id, direction)) if len(recs) == 1 and not coord else None
        if part:  # شرق قطاع غزة: the pack's part of a narrow region, not its centre shifted 40 km into Israel
            out.append(_make(doc, start, end, (part,), "pack", 2))
            continue
        out.append(
            _make(doc, start, end, (), "pack", 2, compose="direction", base=tuple(r.id for r in recs),
                  direction=direction, coordinated=coord)
        )
    # directions before البلاد (the article's country)
    # `word in ft` first: a pattern that opens with a look-behind is tried at every offset of the text
    for word in lex.article_country:
        if word not in ft:
            continue
        for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", ft):
            d = _direction_before(ft, m.start())
            if d is None or _DISTANCE_BEFORE.search(ft, max(0, d[0] - 60), d[0]):
                continue
            i = d[0]
            while i > 0 and ft[i - 1] in " ،,":
                i -= 1
            if i in big_ends:
                continue  # "الحدود السورية التركية شمالي البلاد" only says where the border is
            out.append(
                _make(doc, d[0], m.end(), (), "pack", 2, compose="direction", base=(), direction=d[1],
                      coordinated=d[2], article_country=True)
            )
    # borders
    for head in lex.border_heads:
        if head not in ft:
            continue
        for m in re.finditer(rf"(?<!\w)(?:[وفبل]|وب|ول)?({re.escape(head)})(?!\w)", ft):
            w = _word_after(ft, m.end())
            if not w:
                continue
            prev = _word_before(ft, m.start())
            if prev and _word_is(ft[prev[0] : prev[1]], lex.border_force_heads):
                continue  # حرس الحدود اليمني، فيلق الحدود الباكستاني: a force, not a border
            word = ft[w[0] : w[1]]
            if head == _HUDUD and word in lex.nationality and not word.endswith("ه"):
                # الحدود is a feminine plural: a masculine nisba after it agrees with the noun before it
                # (قائد قوات الحدود السعودي), not with the border
                continue
            if word in lex.nationality:
                w2 = _word_after(ft, w[1])
                if w2 and ft[w2[0] : w2[1]] in lex.nationality:
                    pair = frozenset((lex.nationality[word], lex.nationality[ft[w2[0] : w2[1]]]))
                    # الشريط الحدودي التونسي الجزائري, and الحدود + a pair the pack has no border of (الحدود
                    # الأميركية المكسيكية): the two countries' border
                    if head != "الحدود" or pair not in _border_of():
                        out.append(_make(doc, m.start(1), w2[1], (), "pack", 2, compose="border", base=(),
                                         border_cc=lex.nationality[word],
                                         border_other=lex.nationality[ft[w2[0] : w2[1]]]))
                    continue  # الحدود السورية التركية: a pack name
                out.append(_make(doc, m.start(1), w[1], (), "pack", 2, compose="border", base=(),
                                 border_cc=lex.nationality[word]))
            elif word == "مع":
                w2 = _word_after(ft, w[1])
                if not w2:
                    continue
                hit = starts.get(w2[0])
                if hit and any(r.kind == "country" for r in hit[1]):
                    cc = next(r.country for r in hit[1] if r.kind == "country")
                    out.append(_make(doc, m.start(1), hit[0], (), "pack", 2, compose="border", base=(),
                                     border_cc=cc))
    # ريفها الغربي
    for word in lex.suffixed_countryside:
        if word not in ft:
            continue
        for m in re.finditer(rf"(?<!\w)(?:[وفبل]|وب|ول)?({re.escape(word)})(?!\w)", ft):
            before = [(s, e, recs) for s, e, recs in found if m.start() - SUFFIX_WINDOW <= s and e <= m.start()]
            base = next(
                (recs for _, _, recs in reversed(before) if any(r.kind == "governorate" or r.kind in _TOWNISH
                                                                for r in recs)),
                None,
            )
            if base is None:
                continue
            end, direction = _direction_after(ft, m.end(), lex)
            cs = _countryside_for(base, direction)
            if cs:
                out.append(_make(doc, m.start(1), end, (cs,), "pack", 2))
            else:
                out.append(_make(doc, m.start(1), end, (), "pack", 2, compose="countryside",
                                 base=tuple(r.id for r in base), direction=direction))
    return out


def _governorates_named(name: str, table: dict[str, gz.AliasInfo], by_id: dict[str, PlaceRecord]
                        ) -> list[PlaceRecord]:
    """The governorates the pack names «محافظة <name>» (`name` folded), if any."""
    info = table.get(f"{_GOV_SINGULAR} {name}")
    if info is None:
        return []
    return [by_id[i] for i in info.ids if i in by_id and by_id[i].kind == "governorate"]


#: a dual or plural governorate noun and the list it heads (folded): محافظتي الجوف وصعدة، محافظات #مأرب، #الجوف
_GOV_LIST = re.compile(r"(?<!\w)[وفب]?(?:" + "|".join(sorted(_f(w) for w in ("محافظتي", "محافظات")))
                       + r") +")
_GOV_ITEM = re.compile(r"#?(\w+(?:[ _]\w+)?)")
_GOV_SEP = re.compile(r" *[،,]? *و? *")


def _governorate_list_items(ft: str, table: dict[str, gz.AliasInfo], by_id: dict[str, PlaceRecord]
                            ) -> dict[int, tuple[int, tuple[PlaceRecord, ...]]]:
    """The items of a dual or plural governorate noun's list (محافظتي الجوف وصعدة، محافظات #مأرب، #الجوف
    وشبوة), each the governorate the pack names «محافظة X»: folded start → (end, the governorates). The
    cities of those names are not meant, and the pack knows some governorates (Yemen's al-Jawf) only with
    their noun. An item that is no governorate's name ends the list (محافظات الجنوب، محافظات البلاد)."""
    out: dict[int, tuple[int, tuple[PlaceRecord, ...]]] = {}
    if _GOV_PLURALS[0] not in ft and _GOV_PLURALS[1] not in ft:
        return out
    for lm in _GOV_LIST.finditer(ft):
        pos = lm.end()
        for _ in range(8):
            im = _GOV_ITEM.match(ft, pos)
            if not im:
                break
            words = im.group(1).replace("_", " ").split()
            found = None
            # two words first (ذي قار), then the first alone (الجوف before وصعدة)
            for k in range(len(words), 0, -1):
                name = " ".join(words[:k])
                govs = _governorates_named(name, table, by_id)
                if govs:
                    found = (im.start(1) + len(name), tuple(govs))
                    break
            if found is None:
                break
            out[im.start(1)] = found
            end = found[0]
            sep = _GOV_SEP.match(ft, end)
            if not sep or not ({"و", "،", ","} & set(ft[end : sep.end()])):
                break
            pos = sep.end()
    return out


def _countryside_for(recs: list[PlaceRecord], direction: str | None) -> str | None:
    """The pack's countryside of a town or governorate in a direction."""
    cs = _countryside_of()
    by_id = gz.records_by_id()
    for r in recs:
        if (r.id, direction) in cs:
            return cs[(r.id, direction)]
        if r.kind == "governorate":
            for (base, d), cid in cs.items():
                b = by_id.get(base)
                if d == direction and b and b.admin1 == r.admin1 and r.name.startswith(b.name):
                    return cid
    return None


#: the border head that is a feminine plural (folded): only a feminine nisba after it is its own
_HUDUD = _f("الحدود")

#: words before a pattern noun that count it rather than name it (folded)
_COUNTING = frozenset(
    _f(w)
    for w in (
        "أكبر", "أصغر", "أول", "آخر", "ثاني", "ثالث", "كل", "أي", "عدة", "بضع", "بضعة", "عشرين", "ثلاثين",
        "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين", "مئة", "مائة", "ألف", "عشر", "أحد", "إحدى",
    )
)
_GOVERNORATE_NOUNS = frozenset(_f(w) for w in ("محافظة", "محافظات", "محافظتي"))
_GOV_SINGULAR = _f("محافظة")
_GOV_PLURALS = (_f("محافظتي"), _f("محافظات"))
_HEAD_EN = {
    "valley": "Wadi",
    "plain": "Sahl",
    "mountain": "Jabal",
    "plateau": "Plateau of",
    "basin": "Basin of",
    "lake": "Lake",
    "desert": "Badia of",
}
_INHERIT_EN = {
    _f("المربع الأمني"): "security square",
    _f("المنطقة الصناعية"): "industrial zone",
    _f("المدينة الصناعية"): "industrial city",
    _f("السجن المركزي"): "central prison",
}


def _compose(
    doc: Doc, ft: str, m: Match, recs: list[PlaceRecord], how: str, prio: int, lex: _Lex
) -> Candidate:
    """Grow a match into ريف X (الشرقي) / محافظة X / سجن X when the words around it say so."""
    refs = tuple(r.id for r in recs)
    townish = any(r.kind in _TOWNISH for r in recs)
    ws = m.start - len(m.prefix)
    prev = _word_before(ft, ws)
    head = _word_is(ft[prev[0] : prev[1]], lex.feature_heads) if prev and not m.prefix else None
    if head is not None:
        # وادي حوران is a wadi, not Hauran: a landform named after a place is a new place (a longer
        # known name such as سهل الغاب was matched whole and never gets here)
        start = prev[1] - len(head)
        kind = lex.feature_heads[head]
        name_en = f"{_HEAD_EN.get(kind, kind)} {transliterate(doc.text[slice(*doc.folded.span(m.start, m.end))])}"
        return _make(
            doc, start, m.end, (), how, prio, compose="feature", base=refs, kind=kind, head=head, name_en=name_en
        )
    if not townish or prev is None or m.prefix:
        return _make(doc, m.start, m.end, refs, how, prio)
    pw = ft[prev[0] : prev[1]]
    noun = _word_is(pw, lex.admin_nouns) or _word_is(pw, lex.facility_nouns)
    if noun is None:
        return _make(doc, m.start, m.end, refs, how, prio)
    start = prev[1] - len(noun)  # leave a proclitic (بريف، وريف) outside the mention
    if noun in lex.facility_nouns:
        return _make(
            doc, start, m.end, (), how, prio, compose="facility", base=refs, kind=lex.facility_nouns[noun]
        )
    if lex.admin_nouns[noun] == "governorate":
        return _make(doc, start, m.end, (), how, prio, compose="governorate", base=refs, kind="governorate")
    # countryside, maybe with a direction adjective (two words first: الشمالي الشرقي)
    end, direction = _direction_after(ft, m.end, lex)
    cs = _countryside_of()
    for r in recs:
        if (r.id, direction) in cs:
            return _make(doc, start, end, (cs[(r.id, direction)],), "pack", 2)
    return _make(doc, start, end, (), how, prio, compose="countryside", base=refs, direction=direction)


# ------------------------------------------------------------------ geocoding

@cache
def _translit() -> tuple[dict[str, str], dict[str, str]]:
    """translit.json's letters and the long vowels a و/ي between consonants spells (the romanisation
    resolve.romanise uses, so a place and a person read alike)."""
    data = packs.load_json("translit")
    return data["letters"], data.get("long_vowels_between_consonants", {})


_VOWEL_LETTERS = frozenset("اأإآٱوىيةؤئء")


def _translit_word(w: str) -> str:
    letters, long_vowels = _translit()
    out = []
    for i, ch in enumerate(w):
        prev = w[i - 1] if i else ""
        nxt = w[i + 1] if i + 1 < len(w) else ""
        if ch == "ع" and i == 0:
            # a word-initial ain carries the unwritten vowel (عمارة is Amara): its apostrophe would hide it
            out.append("" if nxt in "اآ" else "a")
        elif ch in long_vowels and prev and nxt and prev not in _VOWEL_LETTERS and nxt not in _VOWEL_LETTERS:
            out.append(long_vowels[ch])  # شعيرات: the ي between two consonants is the vowel i
        else:
            out.append(letters.get(ch, ""))
    lat = re.sub(r"([aiu])\1+", r"\1", "".join(out)).strip("'")
    return lat[:1].upper() + lat[1:]


def transliterate(ar: str) -> str:
    """A rough Latin spelling for a name no gazetteer knows (al-Bawardi, al-Amara)."""
    words = []
    for w in ar.split():
        pre = ""
        if w.startswith("ال") and len(w) > 3:
            pre, w = "al-", w[2:]
        words.append(pre + _translit_word(w))
    return " ".join(x for x in words if x not in ("", "al-")) or ar


def _info(doc: Doc, ent: EntityDraft) -> dict[str, Any]:
    store = doc.scratch.get("places", {})
    best: dict[str, Any] = {}
    for mm in ent.mentions:
        d = store.get((mm.start, mm.end))
        if d and (not best or len(d) > len(best)):
            best = d
    merged = {**best, **{k: v for k, v in ent.attrs.items() if v is not None}}
    return merged


def _records(refs: Any, ent: EntityDraft) -> list[PlaceRecord]:
    by_id = gz.records_by_id()
    ids = list(refs or ()) or ([ent.ref] if ent.ref else [])
    return [by_id[i] for i in ids if i in by_id]


_COMPOSED = ("countryside", "governorate", "facility", "feature", "direction")
#: how far (km) from the article's other places a landform's namesake may lie to lend it coordinates
FEATURE_NEAR_KM = 150.0
#: the size an ambiguous pack record without a population counts with, by kind (a governorate outweighs a
#: GeoNames village that shares its name: صلاح الدين)
_KIND_SIZE = {"country": 10**7, "governorate": 10**6, "region": 10**5, "countryside": 10**5}


def _country_record(actor_id: str) -> list[PlaceRecord]:
    """The country record of a state the resolver turned into a place (في تركيا)."""
    entry = packs.entries_by_id().get(actor_id)
    cc = (entry.country if entry else None) or (actor_id if len(actor_id) == 2 else None)
    rec = gz.records_by_id().get(f"country-{cc.lower()}") if cc else None
    return [rec] if rec else []


def _one_place(recs: list[PlaceRecord]) -> bool:
    r0 = recs[0]
    return all(
        r.lat is not None
        and r.lon is not None
        and r0.lat is not None
        and r0.lon is not None
        and haversine_km(r.lat, r.lon, r0.lat, r0.lon) < gz.SAME_PLACE_KM
        for r in recs[1:]
    )


#: a pack town this big outweighs, as the article's anchor, GeoNames villages that share its name
ANCHOR_CITY = 50000


def _city_over_villages(recs: list[PlaceRecord]) -> list[PlaceRecord]:
    """The pack's city alone when the name's other records are GeoNames villages (الرمادي beside a Yemeni
    hamlet Ar Ramadi): the city anchors the article and gives البلاد its country, as an unambiguous name
    would. The geocoder still chooses among all the records; this only decides what counts as known."""
    cities = [r for r in recs if r.source_kind == "pack" and (r.population or 0) >= ANCHOR_CITY]
    if not cities or not _one_place(cities):
        return recs
    rest = [r for r in recs if r not in cities]
    if any(r.source_kind == "pack" or (r.population or 0) >= gz.SMALL_PLACE for r in rest):
        return recs
    return cities[:1]


def _choose(
    recs: list[PlaceRecord],
    anchors: list[tuple[float, float]],
    country: str,
    evidence: dict[str, int] | None = None,
    local: tuple[float, float] | None = None,
) -> PlaceRecord:
    if len(recs) == 1:
        return recs[0]
    top = max(evidence.values()) if evidence else 0

    def score(r: PlaceRecord) -> float:
        if r.country == country:
            s = 2.0
        elif not top and local is None and (r.population or 0) >= ANCHOR_CITY:
            # nothing in the article says where (no place, actor, dateline or outlet country): the default
            # country is a guess, and a city abroad much larger than its namesake there is the likelier one
            # (في الجيزة alone: Egypt's city of millions, not a Daraa village)
            s = NO_SIGN_CITY_BONUS
        else:
            s = 0.0
        if top and evidence:
            # every country the article names (or whose actors it names) counts, not only the main one
            s += EVIDENCE_WEIGHT * evidence.get(r.country or "", 0) / top
        if r.lat is not None and r.lon is not None:
            if anchors:
                d = min(haversine_km(r.lat, r.lon, a, b) for a, b in anchors)
                s -= min(3.0, d / 150.0)
            if local:
                # بلدة X في ريف Y: the place the text itself puts it in outweighs the article's country
                s -= min(LOCAL_MAX, haversine_km(r.lat, r.lon, *local) / LOCAL_KM)
        s += 0.3 * math.log10((r.population or _KIND_SIZE.get(r.kind or "", 0)) + 1)
        s += 0.2 * gz.SOURCE_RANK[r.source_kind]
        return s

    return max(recs, key=score)


#: the weight of the share of the article's country evidence a candidate's country has
EVIDENCE_WEIGHT = 1.5
#: with no sign of any country, a city abroad of at least ANCHOR_CITY inhabitants weighs this much against
#: the default country's +2: 0.3 short of it, so it wins only when it is over ten times its namesake's size
NO_SIGN_CITY_BONUS = 1.7
#: a place named right after an ambiguous one (في ريف Y، بمحافظة Y) within this many characters locates it
LOCAL_GAP = 24
#: −1 per LOCAL_KM km from that place, at most −LOCAL_MAX
LOCAL_KM = 50.0
LOCAL_MAX = 8.0
_LOCAL_GLUE = re.compile(r"^[\s\u0640]*(?:(?:و?في|و?ب|قرب|من)\s*)?(?:[\u0600-\u06ff]+\s+){0,1}$")


#: a GeoNames place this small (or of unknown size) is a village whose namesakes abroad are many
STRAY_MAX_POPULATION = 20000


#: a GeoNames town abroad this far (km) from all the article's other places is a namesake, whatever its size
STRAY_FAR_KM = 600.0

#: a pack place read from a common word (الباب 'the door', سيول 'floods') of a country the article gives no sign of
#: is that word unless another place it names lies this near (km): a town across the border (Kilis or Gaziantep
#: for Syria's al-Bab) may be told with it, a place two countries off (Jerusalem, 550 km from al-Bab) not
STRAY_WORD_KM = 250.0

#: a small village of one home country (Syria, Iraq) this far (km) from all the places of an article whose signs
#: point only to the other is a namesake: farther than the border villages of Hasakah are from Sinjar
STRAY_HOME_FAR_KM = 120.0


def _stray_namesake(r: PlaceRecord, evidence: dict[str, int], own: int = 0,
                    anchors: list[tuple[float, float]] | None = None) -> bool:
    """Whether the record chosen for a name is a small GeoNames village of a country the article gives no
    sign of, while its signs point elsewhere: a district of Cairo or Amman that shares its name with a
    village in Syria, Israel or Palestine. The place keeps no coordinates rather than the village's.
    A village of the home countries (Syria, Iraq) needs the article's signs to point only abroad. A
    GeoNames town outside the home countries that lies far from every other place the article names is a
    namesake too, big or small (حي المغار in Derna is no Israeli town). An imported village is held to the
    same test: OCHA's Syrian villages علي آغا and طيبة الاسم are no reading in a report on Izmir or Lahij."""
    if r.source_kind not in ("geonames", "user"):
        return False
    if (r.population or 0) >= STRAY_MAX_POPULATION:
        if r.country in gz.HOME_COUNTRIES or r.lat is None or r.lon is None:
            return False
        # the others: its own mentions anchor it too
        dists = [d for a, b in anchors or () if (d := haversine_km(r.lat, r.lon, a, b)) >= gz.SAME_PLACE_KM]
        return bool(dists) and evidence.get(r.country or "", 0) - own <= 0 and min(dists) > STRAY_FAR_KM
    evidence = {**evidence, r.country or "": evidence.get(r.country or "", 0) - own}
    if not any(n > 0 for n in evidence.values()):
        # no sign of any country, not even the outlet's: the news is of the home countries by default, and a
        # small village abroad that shares a quarter's name (العامرية, a village in Israel) is a guess
        return r.source_kind == "geonames" and r.country not in gz.HOME_COUNTRIES
    if evidence[r.country or ""] > 0:
        return False
    if r.country in gz.HOME_COUNTRIES:
        if not any(evidence.get(cc, 0) for cc in gz.HOME_COUNTRIES):
            return True
        # the signs point only to the other home country: a village far from every place the article names
        # is a namesake (OCHA's Syrian الحفاير in a report on Iraq's Hamrin hills); near one, across the
        # Syria-Iraq border (Sinjar and the Hasakah villages), it may be the place meant
        if r.lat is None or r.lon is None:
            return False
        dists = [d for a, b in anchors or () if (d := haversine_km(r.lat, r.lon, a, b)) >= gz.SAME_PLACE_KM]
        return bool(dists) and min(dists) > STRAY_HOME_FAR_KM
    return True


#: a pack city this big is what its bare name means, against a small GeoNames village of another country
METROPOLIS = 1000000
#: ... unless another place of the article lies this near (km) to the village (a list of Galilee villages)
VILLAGE_NEAR_KM = 40.0


def _metropolis_over_village(
    doc: Doc, e: EntityDraft, recs: list[PlaceRecord], r: PlaceRecord, anchors: list[tuple[float, float]],
    places: list[EntityDraft],
) -> PlaceRecord:
    """The capital or metropolis the pack knows, not the small GeoNames village abroad that shares its name
    and that the article's country evidence chose (وفد حماس وصل إلى الدوحة: Doha, not a Bethlehem village of
    10,000; هجمات ضربت كابول وقندهار in a press review that names Israel: Kabul, not a Galilee village). The
    village stands where the text calls it one (بلدة الدوحة) or another place the article names lies near it
    (عرابة وسخنين ... وكابول, Galilee villages told together), or it is listed with a name that is no place the
    gazetteers know and no common word (وطرعان وكابول: local villages told together)."""
    if r.source_kind != "geonames" or (r.population or 0) >= STRAY_MAX_POPULATION or r.lat is None or r.lon is None:
        return r
    big = [c for c in recs if c.source_kind == "pack" and (c.population or 0) >= METROPOLIS and c.country != r.country]
    if not big:
        return r
    if any(gz.SAME_PLACE_KM <= haversine_km(r.lat, r.lon, a, b) <= VILLAGE_NEAR_KM for a, b in anchors):
        return r
    lex = _lex()
    for m in e.mentions:
        wb = _word_before(doc.text, m.start)
        if wb and _f(doc.text[wb[0] : wb[1]]) in lex.pattern_nouns:
            return r
    if _listed_with_unknown_name(doc, e, places):
        return r
    # the largest, then the first id: not whichever record the pack happens to list first
    return min(big, key=lambda c: (-(c.population or 0), c.id))


_AND_NEXT = re.compile(r"[ \u0640]*و([\u0621-\u064a]{3,})")


def _listed_with_unknown_name(doc: Doc, e: EntityDraft, places: list[EntityDraft]) -> bool:
    """Whether a mention of `e` is و-joined to a word no place entity covers and the corpus does not use as a
    common word (طرعان وكابول): a list of local names, of villages the gazetteers lack."""
    from marsad.stages.ner import corpus_words

    vocab = corpus_words()
    if not vocab:
        return False
    covered = [(m.start, m.end) for o in places for m in o.mentions]

    def unknown(a: int, b: int) -> bool:
        if any(s <= a and b <= t for s, t in covered):
            return False
        w = _f(doc.text[a:b])
        return len(w) >= 3 and not _common_word(vocab, w) and not _common_word(vocab, w[1:] if w[0] == "و" else w)

    for m in e.mentions:
        if m.start >= 2 and doc.text[m.start - 1] == "و" and not is_word_char(doc.text[m.start - 2]):
            wb = _word_before(doc.text, m.start - 1)
            if wb and unknown(wb[0] + (1 if doc.text[wb[0]] == "و" else 0), wb[1]):
                return True
        nxt = _AND_NEXT.match(doc.text, m.end)
        if nxt and unknown(nxt.start(1), nxt.end(1)):
            return True
    return False


def _stray_region(
    e: EntityDraft, r: PlaceRecord, evidence: dict[str, int], countries: dict[str, int], own: int
) -> bool:
    """Whether a region named only by a generic word that needs a cue (الساحل 'the coast', الساحل الغربي)
    is that word rather than the region: the article names nothing else of the region's country (no place,
    no actor), and names places of other countries (الساحل الشرقي of China, الساحل الغربي of the United
    States). Only places count against it: an outlet's or a coalition's country says nothing of where."""
    if r.precision != "region" or r.source_kind != "pack" or not r.country or not e.mentions:
        return False
    generic = {" ".join(fold_text(a).split()) for a, _ in r.cue_aliases}
    if not all(" ".join(fold_text(m.text).split()) in generic for m in e.mentions):
        return False
    return evidence.get(r.country, 0) - own <= 0 and any(n > 0 for cc, n in countries.items() if cc != r.country)


def _stray_word(
    e: EntityDraft, r: PlaceRecord, evidence: dict[str, int], own: int, anchors: list[tuple[float, float]]
) -> bool:
    """Whether a pack place named only by an alias that needs a cue and is also one of the corpus's common
    words (سيول 'floods' and Seoul, المطلة 'overlooking' and Metula) is that word: the article gives no
    other sign of the place's country (no place, actor or person of it), and
    the place lies farther than `STRAY_WORD_KM` from every other place the article names (a cyclone over
    Oman «أدى إلى سيول», hills «المطلة على» a Yemeni district, «وصلت إلى الباب» in a story of Jerusalemites
    held at a Greek airport: al-Bab lies 550 km from Jerusalem, and nothing Syrian is named). A place near the
    article's other places, or the only one it names, stands."""
    if r.source_kind != "pack" or r.precision == "country" or r.lat is None or r.lon is None or not e.mentions:
        return False
    if evidence.get(r.country or "", 0) - own > 0:
        return False
    far = [haversine_km(r.lat, r.lon, a, b) for a, b in anchors]
    far = [d for d in far if d >= gz.SAME_PLACE_KM]  # its own mentions anchor it too
    if not far or min(far) <= STRAY_WORD_KM:
        return False
    generic = {" ".join(fold_text(a).split()) for a, _ in r.cue_aliases}
    from marsad.stages.ner import corpus_words

    vocab = corpus_words()
    if not vocab:
        return False
    for mm in e.mentions:
        key = " ".join(fold_text(mm.text).split())
        forms = {key} | _bare_forms(key)
        word = next((f for f in forms if f in generic), None)
        if word is None or " " in word or not _common_word(vocab, word):
            return False
    return True


#: a settlement record this far (km) from the town a «حي X» is said to lie in is a namesake of the quarter
QUARTER_KM = 15.0


def _quarter_elsewhere(
    doc: Doc,
    e: EntityDraft,
    r: PlaceRecord,
    single: dict[str, PlaceRecord],
    places: list[EntityDraft],
    country: str,
    countries: dict[str, int],
) -> bool:
    """Whether a name after حي/حارة, read as a town or city record, is rather a quarter the gazetteer lacks:
    the text puts it in a town far from that record (حي العمارة بدمشق), or, with no such town, the record
    lies in a country no other place of the article lies in (حي X in an article about Cairo is no Syrian
    village). A neighbourhood record, or a town record near the town named, stands."""
    if r.kind == "neighbourhood" or r.precision == "country" or r.lat is None or r.lon is None:
        return False
    # only a town can hold a quarter: a region named after it (حي درعا البلد، جنوبي سوريا) is wider than
    # QUARTER_KM and its centre says nothing of where the quarter lies
    local = _local_anchor(doc, e, single, places, towns=True)
    if local is not None:
        return haversine_km(r.lat, r.lon, *local) > QUARTER_KM
    own = len(e.mentions) if single.get(e.id) is r else 0
    return r.country != country and countries.get(r.country or "", 0) - own <= 0


_BEFORE_DIRECTION = re.compile(r"[\s،,]*(?:في\s+|ب)?")


def _country_before(doc: Doc, e: EntityDraft, single: dict[str, PlaceRecord]) -> str | None:
    """The country of the town named right before «جنوب غربي البلاد» (مدينة الأحواز جنوب غربي البلاد،
    تبريز بشمال غرب البلاد): البلاد there is the town's own country, whatever country the article is about."""
    for m in e.mentions:
        for o in doc.entities:
            r = single.get(o.id)
            if o is e or r is None or r.precision != "place" or not r.country:
                continue
            if any(om.end <= m.start and _BEFORE_DIRECTION.fullmatch(doc.text[om.end : m.start]) for om in o.mentions):
                return r.country
    return None


#: what puts a sentence or paragraph in a country: «في اليابان»، «باليابان» (a country as the subject, «قالت
#: روسيا», is its government speaking of any place)
_IN_COUNTRY = re.compile(r"(?:(?<!\w)[وف]?في\s+|(?<!\w)[وف]?ب)$")
#: a sentence that opens on its country («وفي اليابان، ...», «أما في ألمانيا فقد ...») is set there, whatever
#: the rest of its paragraph is about
_FRAME = re.compile(r"[\s\"«(]*(?:و?أما\s+)?[وف]?(?:في\s+|ب)")


def _paragraph_country(
    doc: Doc, e: EntityDraft, single: dict[str, PlaceRecord], places: list[EntityDraft], country: str
) -> str | None:
    """The one other country that the sentence of «شمال البلاد» puts itself in («في اليابان»), or else the
    one its paragraph does before it, when neither names a place of the article's own country: in a round-up
    of news (a paragraph on Japan in an article mostly about Syria) البلاد is the country of its paragraph.
    A country named inside the sentence but not as its frame is often a side phrase (an embassy, a diaspora,
    a caller «من شخص بهولندا» in a Moroccan story): it wins only when the paragraph names no place and no
    actor of the article's own country."""
    if not e.mentions:
        return None
    m = e.mentions[0]
    sa, sb = _sentences(doc, e)[0]
    pa = doc.text.rfind("\n", 0, m.start) + 1
    pb = doc.text.find("\n", m.end)
    own_in_paragraph = _names_country(doc, single, places, country, pa, len(doc.text) if pb < 0 else pb)
    for a, b in ((sa, sb), (pa, m.start)):
        named: set[str] = set()
        framed = False
        for o in places:
            r = single.get(o.id)
            # a part of a country (شمال ألمانيا) puts its sentence there as «في ألمانيا» does
            part = _country_part(doc, o) if r is None else None
            if o is e or (r is None and part is None) or (r is not None and not r.country):
                continue
            for om in o.mentions:
                if not a <= om.start < b:
                    continue
                cc = part or (r.country if r else None)
                if cc == country:
                    return None  # the article's own country is named there: البلاد is it
                if part or (r and r.precision == "country"
                            and _IN_COUNTRY.search(doc.text[max(0, om.start - 6) : om.start])):
                    named.add(cc or "")
                    framed = framed or bool(_FRAME.fullmatch(doc.text[a : om.start]))
        if len(named) == 1 and own_in_paragraph and not framed:
            return None
        if len(named) == 1:
            return named.pop()
        if named:
            return None
    return None


def _names_country(
    doc: Doc, single: dict[str, PlaceRecord], places: list[EntityDraft], country: str, a: int, b: int
) -> bool:
    """Whether text[a:b] names a place of `country` other than a composed «البلاد» (a town, a region, the
    country itself), or an actor of it (الجيش الوطني الليبي ... في شرق البلاد: the army acts at home)."""
    for o in places:
        r = single.get(o.id)
        if r is None or r.country != country or _info(doc, o).get("article_country"):
            continue
        if any(a <= om.start < b for om in o.mentions):
            return True
    by_id = packs.entries_by_id()
    for o in doc.entities:
        entry = by_id.get(o.ref) if o.type != "place" and o.ref else None
        if entry and entry.country == country and any(a <= om.start < b for om in o.mentions):
            return True
    return False


def _country_part(doc: Doc, o: EntityDraft) -> str | None:
    """The country of a direction of a named country (شمال ألمانيا), else None."""
    info = _info(doc, o)
    if info.get("compose") != "direction" or info.get("article_country"):
        return None
    base = _records(info.get("base"), o)
    return base[0].country if len(base) == 1 and base[0].precision == "country" else None


def _actor_countries(doc: Doc) -> dict[str, int]:
    """Countries of the actors and people the article names, by mentions (قوات حفتر → LY). An outlet's
    country counts only where an actor or person of it is named too: a wire agency (وكالة الأنباء الفرنسية)
    quoted on a Cuban air crash is French only at its desk and would make «شرقي البلاد» France, while a state
    agency quoted on its own country's news (وكالة الأنباء المركزية الكورية on Kim's test site) speaks from
    where the story is."""
    by_id = packs.entries_by_id()
    out: dict[str, int] = {}
    outlets: dict[str, int] = {}
    for e in doc.entities:
        if e.type == "place" or not e.ref:
            continue
        entry = by_id.get(e.ref)
        cc = entry.country if entry else None
        if cc:
            into = outlets if e.type == "outlet" else out
            into[cc] = into.get(cc, 0) + len(e.mentions)
    for cc, n in outlets.items():
        if cc in out:
            out[cc] += n
    return out


#: the most mentions of the places of a country that, with no actor of its own, is a venue (`_venue_bilad`)
VENUE_MENTIONS = 2


def _venue_bilad(
    doc: Doc, e: EntityDraft, single: dict[str, PlaceRecord], places: list[EntityDraft], venue: str
) -> str | None:
    """The country «شمال البلاد» means in an article whose only place country is a venue (`venue`, no actor of
    its own): the country of the nearest actor or person before it in its sentence (... أعلنت بيونغ يانغ أنها
    فككت موقعا في شمال شرق البلاد), else the one most of the article's actors belong to. A sentence that names
    the venue country keeps it."""
    sa, sb = _sentences(doc, e)[0]
    if _names_country(doc, single, places, venue, sa, sb):
        return None
    return _actor_before(doc, sa, e.mentions[0].start) or _actors_country(doc)


def _actor_before(doc: Doc, a: int, b: int) -> str | None:
    """The country of the last actor or person of a country named in text[a:b] (an outlet only where the
    article names an actor of its country too), else None."""
    by_id = packs.entries_by_id()
    best: tuple[int, str] | None = None
    on_site = _actor_countries(doc)  # an outlet of no country otherwise named is quoted from afar
    for o in doc.entities:
        entry = by_id.get(o.ref) if o.type != "place" and o.ref else None
        if entry is None or not entry.country or entry.country not in on_site:
            continue
        for om in o.mentions:
            if a <= om.start and om.end <= b and (best is None or om.start > best[0]):
                best = (om.start, entry.country)
    return best[1] if best else None


def _nearby_actor_country(doc: Doc, e: EntityDraft) -> str | None:
    """For «شمال غربي البلاد» in an article that names no place of a known country: the country of the last
    actor named before it in its sentence (نقلت سلطات باكستان الطبيب من سجن في شمال غربي البلاد), else in the
    sentence before. Which state the sentence speaks of tells البلاد better than which state the whole
    article names most (a Pakistani story told through Washington's talks names the US more)."""
    sa, _ = _sentences(doc, e)[0]
    start = e.mentions[0].start
    found = _actor_before(doc, sa, start)
    if found or sa == 0:
        return found
    pa = max((x.end() for x in _SENTENCE_END.finditer(doc.text, 0, max(0, sa - 1))), default=0)
    return _actor_before(doc, pa, sa)


def _actors_country(doc: Doc) -> str | None:
    """The country most of the article's actors and people belong to, for an article that names no place
    of a known country (an earthquake «شمالي البلاد» in a report on Japan, bushfires «في جنوب شرق البلاد»
    told by «السلطات الأسترالية»): without it البلاد was Syria, the default. A country counts only with
    more than half the mentions of actors with a country."""
    cc = _actor_countries(doc)
    if not cc:
        return None
    best = max(cc, key=lambda k: cc[k])
    return best if 2 * cc[best] > sum(cc.values()) else None


def _local_anchor(
    doc: Doc, e: EntityDraft, single: dict[str, PlaceRecord], places: list[EntityDraft], towns: bool = False
) -> tuple[float, float] | None:
    """The unambiguous place named right after a mention of `e` (X في ريف Y، X بمحافظة Y، X، Y); with
    `towns`, only a town, city or facility (precision place), not a region, governorate or country."""
    best: tuple[int, PlaceRecord] | None = None
    for m in e.mentions:
        for o in places:
            r = single.get(o.id)
            if o is e or r is None or r.lat is None or r.lon is None or (towns and r.precision != "place"):
                continue
            for om in o.mentions:
                gap = om.start - m.end
                near = 0 <= gap <= LOCAL_GAP and _LOCAL_GLUE.match(doc.text[m.end : om.start])
                if near and (best is None or gap < best[0]):
                    best = (gap, r)
    return (best[1].lat, best[1].lon) if best and best[1].lat is not None and best[1].lon is not None else None


#: what puts a name in the country named right after it: «منطقة سنجار في العراق»، «بلدة X بسوريا»
_IN_COUNTRY_GLUE = re.compile(r"^[\s\u0640]*(?:و?في\s+|و?ب)$")


def _in_country(
    doc: Doc, e: EntityDraft, recs: list[PlaceRecord], single: dict[str, PlaceRecord], places: list[EntityDraft]
) -> list[PlaceRecord] | None:
    """The namesakes of `e` in the country the text puts it in (X في العراق): a country's centroid lies
    hundreds of km from its towns, so as a distance anchor it cannot tell Iraq's Sinjar from a Syrian village
    of that name 700 km off; the country itself can."""
    for m in e.mentions:
        for o in places:
            r = single.get(o.id)
            if o is e or r is None or r.kind != "country":
                continue
            for om in o.mentions:
                if 0 <= om.start - m.end <= LOCAL_GAP and _IN_COUNTRY_GLUE.match(doc.text[m.end : om.start]):
                    inside = [c for c in recs if c.country == r.country]
                    if inside and len(inside) < len(recs):
                        return inside
    return None


_SENTENCE_END = re.compile(r"[.!?؟\n]")

#: a village this far (km) from the place the text puts it in (مخيم X في ريف عفرين) is another village's namesake
TIED_FAR_KM = 100.0
#: what ties a name to the place named right after it: في، ب، قرب (a comma or و only lists them)
_TIE_GLUE = re.compile(r"[\s\u0640]*(?:(?:في|قرب|بالقرب من)\s+|ب)?")


def _tied_elsewhere(
    doc: Doc, e: EntityDraft, r: PlaceRecord, single: dict[str, PlaceRecord], places: list[EntityDraft]
) -> bool:
    """Whether the text puts `e` in a place (مخيم دير بلوط في ريف عفرين، قرية X بريف حلب) far from `r`, a
    GeoNames or imported village (not a pack town): `r` is then a namesake elsewhere (a West Bank village
    for a camp of Afrin), and `e` a place no gazetteer knows, located by that place."""
    if r.source_kind == "pack" or (r.population or 0) >= gz.SMALL_PLACE or r.lat is None or r.lon is None:
        return False
    for m in e.mentions:
        for o in places:
            t = single.get(o.id)
            if o is e or t is None or t.lat is None or t.lon is None or t.precision != "place":
                continue  # a town or a town's countryside: a governorate or a region spans too far to tell
            for om in o.mentions:
                if 0 <= om.start - m.end <= LOCAL_GAP and _TIE_GLUE.fullmatch(doc.text[m.end : om.start]):
                    return haversine_km(r.lat, r.lon, t.lat, t.lon) > TIED_FAR_KM
    return False

#: a name the text puts in a governorate or district (X بمحافظة Y، X التابعة لـY) is not a namesake in another
#: country or this far (km) from Y: Anbar, the widest governorate, spans about 250 km from its seat
ADMIN_TIE_FAR_KM = 300.0
#: «في / ب» before a unit of place_cues admin_tie_heads (X بمحافظة Y، X في محافظة Y)
_ADMIN_TIE_IN = re.compile(r"[\s\u0640]*(?:في\s+|ب)")


@cache
def _admin_tie_heads() -> frozenset[str]:
    """The nouns of an administrative unit that, after في or ب, say which unit a name lies in (place_cues
    admin_tie_heads, as written: the mention's first word is compared unfolded)."""
    return frozenset(gz.cues().get("admin_tie_heads", ()))


@cache
def _admin_tie_word() -> re.Pattern[str]:
    """في/ب and a unit's noun outside the next place's mention (X بمحافظة #الحديدة, a hashtag)."""
    heads = "|".join(sorted(map(re.escape, _admin_tie_heads()), key=lambda w: -len(w)))
    return re.compile(rf"[\s\u0640]*(?:في\s+|ب)(?:{heads})[\s\u0640]*#?")
#: a word of belonging (X التابعة لمحافظة Y، X التابع إدارياً لـY): the unit or town it lies in follows
_ADMIN_TIE_OF = re.compile(r"[\s\u0640،,]*(?:ال)?تابع[ةه]?\s+(?:إداري[اًّ]*\s+)?(?:لـ?|إلى\s+|الى\s+)[\s\u0640]*")


def _admin_tie(
    doc: Doc, e: EntityDraft, single: dict[str, PlaceRecord], places: list[EntityDraft]
) -> tuple[EntityDraft, PlaceRecord] | None:
    """The located place the text says a mention of `e` lies in, with its entity: a governorate or district
    after في or ب (الحسينية بمحافظة الحديدة) or any place after a word of belonging (التابعة لمحافظة Y،
    التابع لمدينة Y)."""
    for m in e.mentions:
        for o in places:
            t = single.get(o.id)
            if o is e or t is None or t.lat is None or t.lon is None or t.precision == "country":
                continue
            for om in o.mentions:
                if not 0 <= om.start - m.end <= LOCAL_GAP:
                    continue
                glue = doc.text[m.end : om.start]
                head = om.text.split()[0] if om.text.split() else ""
                if (_ADMIN_TIE_OF.fullmatch(glue) or _admin_tie_word().fullmatch(glue)
                        or (_ADMIN_TIE_IN.fullmatch(glue) and head in _admin_tie_heads())):
                    return o, t
    return None


def _firm_abroad(r: PlaceRecord, recs: list[PlaceRecord], tie: PlaceRecord, evidence: dict[str, int],
                 own: int, own_tie: int) -> bool:
    """Whether a town keeps its own record against the unit the text puts it in (مدينة الدمام بمحافظة
    الشرقية: Saudi Arabia's Eastern Province, not Egypt's Sharqia, the pack's only governorate of that name):
    every record of the name lies in one other country, the record is a pack town or no hamlet, and the
    article speaks of the town's country (its actors, its other places) more than of the unit's (the
    mentions of each themselves not counted; as much, for a city). A unit's
    name is often a common word (الشرقية، الوسطى، الجنوبية) shared by units of many countries; a town of a
    country the article never names stays the namesake it was (جبهة العقبة بمحافظة الجوف شمال اليمن)."""
    if r.precision != "place" or not r.country or r.country == tie.country:
        return False
    if len({c.country for c in recs}) > 1:
        return False
    if r.source_kind != "pack" and (r.population or 0) < gz.SMALL_PLACE:
        return False
    mine, theirs = evidence.get(r.country, 0) - own, evidence.get(tie.country or "", 0) - own_tie
    # with no word of either country, a city (not a town sharing a front's or a village's name) stands
    return mine > theirs or (mine == theirs and (r.population or 0) >= WORLD_SURE_POPULATION)


def _outside(r: PlaceRecord, t: PlaceRecord) -> bool:
    """Whether `r` cannot lie in the unit or town `t`: another country, or too far from it."""
    if r.country and t.country and r.country != t.country:
        return True
    # a record that names the unit as its own first-level division lies in it however far from the unit's
    # point (Parkland, Florida: a US state is far wider than the governorates the distance is set for)
    if r.admin1 and r.admin1 == t.admin1 and r.country == t.country:
        return False
    if r.lat is None or r.lon is None or t.lat is None or t.lon is None:
        return False
    return haversine_km(r.lat, r.lon, t.lat, t.lon) > ADMIN_TIE_FAR_KM


#: a place farther than this (km) from a river's course says nothing of which stretch the article means
LINE_NEAR_KM = 100.0


@cache
def _lines() -> dict[str, tuple[tuple[float, float], ...]]:
    """Record id → the course (lat, lon points, upstream first) of a river or a feature along it."""
    return {k: tuple((float(a), float(b)) for a, b in v) for k, v in gz.cues().get("lines", {}).items()}


def _sentences(doc: Doc, e: EntityDraft) -> list[tuple[int, int]]:
    spans = []
    for m in e.mentions:
        a = max((x.end() for x in _SENTENCE_END.finditer(doc.text, 0, m.start)), default=0)
        b = _SENTENCE_END.search(doc.text, m.end)
        spans.append((a, b.start() if b else len(doc.text)))
    return spans


def _nearest_on_line(line: tuple[tuple[float, float], ...], lat: float, lon: float) -> tuple[float, float]:
    """The point of the polyline nearest (lat, lon), on a local flat projection (segments are short)."""
    k = math.cos(math.radians(lat))
    best: tuple[float, float, float] | None = None
    for (a1, o1), (a2, o2) in itertools.pairwise(line):
        dx, dy = (o2 - o1) * k, a2 - a1
        px, py = (lon - o1) * k, lat - a1
        t = max(0.0, min(1.0, (px * dx + py * dy) / ((dx * dx + dy * dy) or 1.0)))
        qa, qo = a1 + t * dy, o1 + t * (o2 - o1)
        d = haversine_km(lat, lon, qa, qo)
        if best is None or d < best[0]:
            best = (d, qa, qo)
    return (best[1], best[2]) if best else line[0]


def _place_on_line(
    doc: Doc,
    e: EntityDraft,
    line: tuple[tuple[float, float], ...],
    single: dict[str, PlaceRecord],
    places: list[EntityDraft],
) -> None:
    """A river (نهر الفرات، الضفة الشرقية لنهر الفرات) at the stretch its own sentences name: the point of
    its course nearest the towns named there (شمالي البوكمال، من منبج إلى الشرق من نهر الفرات), not the middle
    of its course, hundreds of kilometres away. The article's other towns do not move it: a report on Basra's
    water names the Euphrates's dams in Turkey."""
    spans = _sentences(doc, e)
    here: list[tuple[float, float]] = []
    for o in places:
        r = single.get(o.id)
        if o is e or r is None or r.lat is None or r.lon is None or r.precision != "place":
            continue  # a governorate's or a region's centre says nothing of the stretch
        if r.id in _lines():
            continue
        p = _nearest_on_line(line, r.lat, r.lon)
        if haversine_km(r.lat, r.lon, *p) > LINE_NEAR_KM:
            continue
        if any(a <= om.start < b for om in o.mentions for a, b in spans):
            here.append(p)
    if not here:
        return
    # the stretch most of those towns lie on: the median point along the course
    order = sorted(here, key=lambda q: _along(line, q))
    lat, lon = order[(len(order) - 1) // 2]
    e.attrs["lat"], e.attrs["lon"] = round(lat, 3), round(lon, 3)


def _along(line: tuple[tuple[float, float], ...], q: tuple[float, float]) -> float:
    """How far along the course (km from its first point) the point q, which lies on it, is."""
    done = 0.0
    best = (math.inf, 0.0)
    for (a1, o1), (a2, o2) in itertools.pairwise(line):
        seg = haversine_km(a1, o1, a2, o2)
        d1 = haversine_km(a1, o1, *q)
        off = abs(d1 + haversine_km(*q, a2, o2) - seg)  # zero when q lies on this segment
        if off < best[0]:
            best = (off, done + d1)
        done += seg
    return best[1]


def _adjective_country(doc: Doc, e: EntityDraft, recs: list[PlaceRecord]) -> list[PlaceRecord] | None:
    """The candidates of the country whose nationality adjective stands right after `e`'s mentions, when the
    mentions name one such country (مدينة برشلونة الفنزويلية): its own records, else, for a town whose records
    all lie elsewhere, the biggest GeoNames town abroad of that name there (مدينة لندن الكندية: London,
    Ontario). The adjective says which namesake is meant more surely than the sentence or the article."""
    ft = doc.folded.text
    adj = _lex().nationality
    named: dict[str, str] = {}
    for m in e.mentions:
        fend = _folded_pos(doc, m.end)
        nxt = _word_after(ft, fend) if fend is not None else None
        cc = adj.get(ft[nxt[0] : nxt[1]]) if nxt else None
        if cc:
            named[cc] = m.text
    if len(named) != 1:
        return None
    ((cc, text),) = named.items()
    own = [r for r in recs if r.country == cc]
    if own or any(r.precision != "place" for r in recs):
        return own or None
    words = text.split()
    if len(words) > 1 and _word_is(_f(words[0]), _lex().pattern_nouns):
        words = words[1:]
    towns = [r for r in gz.world_towns(" ".join(words)) if r.country == cc]
    return [max(towns, key=lambda r: r.population or 0)] if towns else None


def _sentence_country(
    doc: Doc, e: EntityDraft, recs: list[PlaceRecord], single: dict[str, PlaceRecord], places: list[EntityDraft]
) -> list[PlaceRecord] | None:
    """The candidates of the one country that the sentences of `e`'s mentions name, when exactly one of the
    candidates' countries is named there (ليبيا ... عن طرابلس: Libya's Tripoli, whatever else the article is
    about). The sentence says where the name is more surely than the article's other places."""
    spans = _sentences(doc, e)
    named: set[str] = set()
    for o in places:
        r = single.get(o.id)
        if o is e or r is None or r.precision != "country" or not r.country:
            continue
        if any(a <= om.start < b for om in o.mentions for a, b in spans):
            named.add(r.country)
    hits = {r.country for r in recs if r.country in named}
    if len(hits) != 1:
        return None
    return [r for r in recs if r.country in hits]


def _set(
    ent: EntityDraft,
    r: PlaceRecord | None,
    *,
    lat: float | None = None,
    lon: float | None = None,
    precision: str | None = None,
    kind: str | None = None,
    name: str | None = None,
    source: str | None = None,
) -> None:
    a = ent.attrs
    a["lat"] = (
        round(lat if lat is not None else r.lat, 4)
        if (lat is not None or (r and r.lat is not None))
        else None
    )
    a["lon"] = (
        round(lon if lon is not None else r.lon, 4)
        if (lon is not None or (r and r.lon is not None))
        else None
    )
    a["country"] = r.country if r else a.get("country")
    a["admin1"] = r.admin1 if r else a.get("admin1")
    a["precision"] = precision or (r.precision if r else "place")
    a["kind"] = kind or (r.kind if r else a.get("kind"))
    a["geo_source"] = source or (r.source if r else None)
    if name:
        ent.name = name
    elif r:
        ent.name = r.name
    if r:
        a["place_id"] = r.id


@stage("places.geocode", requires=("doc.entities",), assigns=("entity.lat",))
def geocode(doc: Doc) -> None:
    """Coordinates for every place entity, see the module docstring."""
    places = [e for e in doc.entities if e.type == "place"]
    if not places:
        return
    infos = {e.id: _info(doc, e) for e in places}
    if _homographs(doc, places, infos):
        places = [e for e in places if e.mentions]
    # the article's unambiguous places anchor the ambiguous ones
    anchors: list[tuple[float, float]] = []
    countries: dict[str, int] = {}
    single: dict[str, PlaceRecord] = {}
    for e in places:
        compose = infos[e.id].get("compose")
        if compose in ("countryside", "governorate", "direction"):  # ريف درعا locates what is in it, anchors
            base = _records(infos[e.id].get("base"), e)  # nothing else; so does غرب حلب (حي X في غرب حلب)
            if (len(base) == 1 or (base and _one_place(base))) and not (
                compose == "direction" and (infos[e.id].get("article_country") or base[0].precision == "country")
            ):  # شمال سوريا: a country's centre would pull its namesakes to the middle
                single[e.id] = base[0]
        if compose:
            continue
        recs = _records(infos[e.id].get("refs"), e)
        recs = _adjective_country(doc, e, recs) or recs  # مدينة لندن الكندية anchors Canada, not England
        if len(recs) > 1 and _one_place(recs):
            recs = recs[:1]  # two records of one place (a city and its governorate seat) are no ambiguity
        if len(recs) > 1:
            recs = _city_over_villages(recs)
        if len(recs) == 1:
            single[e.id] = recs[0]
        if len(recs) == 1 and recs[0].lat is not None and recs[0].lon is not None:
            if recs[0].precision != "country":
                anchors.append((recs[0].lat, recs[0].lon))
            if recs[0].country:
                countries[recs[0].country] = countries.get(recs[0].country, 0) + len(e.mentions)
    country = max(countries, key=lambda k: countries[k]) if countries else _actors_country(doc) or _lex().country
    # the actors' countries only weigh between the candidates of an ambiguous name (قوات حفتر ... طرابلس);
    # they do not make the article's country, which also places البلاد and borders (an article about Syria
    # names Russian and US forces often)
    evidence = dict(countries)
    actor_cc = _actor_countries(doc)
    for cc, n in actor_cc.items():
        evidence[cc] = evidence.get(cc, 0) + n
    # the article's setting (dateline, قناة الفلوجة, a local outlet's country) weighs between namesakes
    # (الكرمة: a town by Fallujah and a Syrian village); with no place and no actor of a country it is the
    # country they are chosen in, where the default one ruled before. البلاد and borders keep `country`.
    context = _context_countries(doc)
    for cc in context:
        evidence[cc] = evidence.get(cc, 0) + 1
    choose_in = context[0] if context and not countries and not actor_cc else country
    # the places' country named once or twice, with no actor or person of its own, in an article whose
    # actors have countries is where they meet (talks in Singapore, a summit in Sochi), not the country they
    # call «البلاد». Never a home country: a Syrian town shelled by Russian jets is where the war is.
    venue = (bool(countries) and bool(actor_cc) and country not in actor_cc
             and country not in gz.HOME_COUNTRIES and countries[country] <= VENUE_MENTIONS)
    pending: list[EntityDraft] = []
    #: a unit's entity → the town abroad the text puts in it (its namesake in the town's country)
    retie: dict[str, PlaceRecord] = {}
    for e in places:
        info = infos[e.id]
        compose = info.get("compose")
        if compose == "border":
            _border(doc, e, info, country, countries)
            continue
        recs = _records(info.get("base") if compose in _COMPOSED else info.get("refs"), e)
        if compose == "direction" and info.get("article_country"):
            recs = _country_record(
                _country_before(doc, e, single) or _paragraph_country(doc, e, single, places, country)
                or (venue and _venue_bilad(doc, e, single, places, country))
                or (not countries and _nearby_actor_country(doc, e)) or country
            )
        if not recs and info.get("country_of"):
            recs = _country_record(info["country_of"])
        if compose in ("pattern", "inherit") or not recs:
            pending.append(e)
            continue
        by_adjective = None if compose else _adjective_country(doc, e, recs)
        recs = by_adjective or recs
        if len(recs) > 1 and not compose:
            recs = _in_country(doc, e, recs, single, places) or recs
        local = _local_anchor(doc, e, single, places) if len(recs) > 1 and not _one_place(recs) else None
        if local is None and len(recs) > 1 and not _one_place(recs):
            local = _landmark_anchor(doc, e, recs)
        if local is None and len(recs) > 1 and not _one_place(recs):
            recs = _sentence_country(doc, e, recs, single, places) or recs
        r = _choose(recs, anchors, choose_in, evidence, local)
        if local is None and not compose:
            r = _metropolis_over_village(doc, e, recs, r, anchors, places)
        # a country or a region is no name a governorate holds (في اليمن في محافظة الحديدة)
        tied = _admin_tie(doc, e, single, places) if compose in (None, "facility") and r.precision == "place" else None
        tie = tied[1] if tied else None
        own_n = len(e.mentions) if single.get(e.id) is r else 0
        own_t = len(tied[0].mentions) if tied and single.get(tied[0].id) is tie else 0
        if (tied is not None and tie is not None and _outside(r, tie)
                and _firm_abroad(r, recs, tie, evidence, own_n, own_t)):
            retie[tied[0].id] = r  # the unit is the town's country's namesake: placed by the town, below
        elif tie is not None and _outside(r, tie):
            inside = [c for c in recs if not _outside(c, tie)]
            if inside:  # the namesake inside the unit the text names, whatever the others' weight
                r = _choose(inside, anchors, choose_in, evidence, (tie.lat, tie.lon))
            else:  # الحسينية بمحافظة الحديدة: no Yemeni record, and the Syrian one is not it
                e.name = transliterate(e.name_ar)
                pending.append(e)
                continue
        if compose in (None, "facility") and _tied_elsewhere(doc, e, r, single, places):
            e.name = transliterate(e.name_ar)
            pending.append(e)  # placed by the place the text ties it to, as a village no gazetteer knows
            continue
        # the village's own mentions counted for its country among the unambiguous places: not as evidence
        own = len(e.mentions) if single.get(e.id) is r and r.precision != "country" else 0
        if not compose and info.get("quarter") and _quarter_elsewhere(doc, e, r, single, places, country, countries):
            # حي العمارة بدمشق: a district of the city named with it, not the Iraqi city of Amarah
            e.name = transliterate(e.name_ar)
            info["kind"] = "neighbourhood"
            pending.append(e)
            continue
        if compose in (None, "facility", "direction") and not by_adjective and (
            _stray_namesake(r, evidence, own, anchors) or _stray_pack_town(r, evidence, own, anchors)
        ):
            # حي المطرية in an article about Cairo: no Syrian or Israeli village of that name; nor is a facility
            # built on a village's name (سد النهضة in a report on Ethiopia and Egypt: OCHA's النهضة) there
            # nor is a part of one (غربي الحسينية in a report on Hodeidah: no Deir ez-Zor village's west)
            e.attrs["foreign_namesake"] = r.country
            e.name = transliterate(e.name_ar)
            continue
        if not compose and _stray_region(e, r, evidence, countries, own):
            e.mentions.clear()  # الساحل in an article about a hurricane in Florida: a coast, not Syria's
            continue
        if not compose and _stray_word(e, r, evidence, own, anchors):
            e.mentions.clear()  # سيول 'floods' in an article about a cyclone over Oman: not Seoul
            continue
        if compose == "direction":
            _direction(e, r, info)
        elif compose == "countryside":
            d = info.get("direction")
            dy, dx = _DIR_VEC.get(d or "", (0, 0))
            town = r.precision == "place" and (r.population or 0) <= TOWN_POPULATION
            step = TOWN_SHIFT_DEG if town else SHIFT_DEG
            lat = (r.lat or 0) + step * dy
            lon = (r.lon or 0) + step * dx / max(0.3, math.cos(math.radians(r.lat or 0)))
            label = (f"{_DIR_EN[d]} " if d in _DIR_EN else "") + f"{r.name} countryside"
            _set(
                e,
                r,
                lat=lat,
                lon=lon,
                precision="region",
                kind="countryside",
                name=label,
                source=f"{r.source}+composed",
            )
        elif compose == "governorate":
            _set(
                e,
                r,
                precision="admin_area",
                kind="governorate",
                name=f"{r.name} Governorate",
                source=f"{r.source}+composed",
            )
        elif compose == "feature":
            near = info.get("head") in _lex().region_heads or (
                r.country == country
                and r.lat is not None
                and r.lon is not None
                and (not anchors or min(haversine_km(r.lat, r.lon, a, b) for a, b in anchors) <= FEATURE_NEAR_KM)
            )
            if not near:  # وادي حوران in an article about Anbar: not near Hauran, placed by its context
                pending.append(e)
                continue
            fk = info.get("kind") or "region"
            _set(
                e,
                r,
                precision="region",
                kind=fk,
                name=f"{_HEAD_EN.get(fk, fk)} {r.name}",
                source=f"{r.source}+composed",
            )
        elif compose == "facility":
            fk = info.get("kind") or "facility"
            _set(e, r, precision="place", kind=fk, name=f"{r.name} {fk}", source=f"{r.source}+composed")
        else:
            _set(e, r)
            if e.ref != r.id and any(x.id == e.ref for x in recs):
                e.ref = r.id  # one name, several records: the ref names the record the context chose
            line = _lines().get(r.id)
            if line:
                _place_on_line(doc, e, line, single, places)
    for e in places:
        town = retie.get(e.id)
        if town is not None and e.attrs.get("country") != town.country:
            # no record of the unit in the town's country: the town lies in it, so its point stands for it
            words = e.name_ar.split()
            if len(words) > 1 and _f(words[0]) in _GOVERNORATE_NOUNS:
                words = words[1:]  # محافظة الشرقية: the unit's own name, its noun said by the kind
            _set(e, town, precision="admin_area", kind=e.attrs.get("kind") or "governorate",
                 name=transliterate(" ".join(words)), source=f"{town.source}+tied")
            e.attrs.pop("place_id", None)
            e.ref = None
    _merge_same_place(doc, places)
    _short_forms(places)
    _seat_buildings(doc, places)
    by_ent = {p.id: p for p in places}
    for e in pending:
        if e.mentions:
            _inherit(doc, e, infos[e.id], country)
            if infos[e.id].get("compose") == "pattern" and e.attrs.get("lat") is None:
                _world_town(doc, e, evidence)
            elif infos[e.id].get("compose") == "pattern":
                _world_town_in_region(e, by_ent.get(e.attrs.get("anchor") or ""))
    _merge_spelling_variants(places)


#: a town abroad this big, the only one of its name's country, needs no sign of its country in the article
WORLD_SURE_POPULATION = 100000


def _world_town(doc: Doc, ent: EntityDraft, evidence: dict[str, int]) -> None:
    """A new town the text introduces with a place noun that no table knows and no place beside it locates
    (مدينة لكناو، مدينة فيسبادن الألمانية, a foreign town mostly) takes the point of the GeoNames town abroad
    of that name: the one of the country of the nationality adjective after it, else of a country the article
    names (places and actors), else, when all towns of the name lie in one country, its biggest town of at
    least `WORLD_SURE_POPULATION`. A name of no such town stays without coordinates."""
    m0 = ent.mentions[0]
    words = m0.text.split()
    lex = _lex()
    if len(words) > 1 and _word_is(_f(words[0]), lex.pattern_nouns):
        words = words[1:]
    recs = list(gz.world_towns(" ".join(words)))
    if ent.attrs.get("kind") in _VILLAGE_KINDS:
        # قرية بوسان with no place beside it: a village is no big town abroad of its name
        recs = [r for r in recs if (r.population or 0) < _NO_VILLAGE_POPULATION]
    if not recs:
        return
    ft = doc.folded.text
    fend = _folded_pos(doc, m0.end)
    nxt = _word_after(ft, fend) if fend is not None else None
    adj = lex.nationality.get(ft[nxt[0] : nxt[1]]) if nxt else None
    if adj:
        recs = [r for r in recs if r.country == adj]
    elif any(evidence.get(r.country or "", 0) > 0 for r in recs):
        recs = [r for r in recs if evidence.get(r.country or "", 0) > 0]
    elif len({r.country for r in recs}) > 1 or max(r.population or 0 for r in recs) < WORLD_SURE_POPULATION:
        return
    if not recs:
        return
    r = max(recs, key=lambda x: x.population or 0)
    _set(ent, r, kind=ent.attrs.get("kind"))


def _world_town_in_region(ent: EntityDraft, anchor: EntityDraft | None) -> None:
    """A town abroad that the text locates by a region or country (مدينة تزنيت في جنوب المغرب) lies at the
    GeoNames town of that name in the anchor's country, when there is one: the region's point is hundreds
    of kilometres from it. A town anchored by a town keeps the anchor's neighbourhood."""
    if anchor is None or anchor.attrs.get("precision") not in ("region", "country"):
        return
    cc = anchor.attrs.get("country")
    words = ent.mentions[0].text.split()
    if len(words) > 1 and _word_is(_f(words[0]), _lex().pattern_nouns):
        words = words[1:]
    name = " ".join(words)
    # another spelling of a GeoNames name (مدينة كاراج for كرج، هوليغوين for هولغوين) is read only here, where
    # the region's country narrows the towns that share its skeleton; a country the article merely names
    # is too loose a sign (مدينة كيرش in a report on Crimea is no Kirishi by Saint Petersburg)
    recs = [r for r in gz.world_towns(name) or gz.world_towns_loose(name) if cc and r.country == cc]
    if recs:
        for k in ("approx", "anchor"):
            ent.attrs.pop(k, None)
        _set(ent, max(recs, key=lambda x: x.population or 0), kind=ent.attrs.get("kind"))


def _direction(e: EntityDraft, r: PlaceRecord, info: dict[str, Any]) -> None:
    """A region in a direction of a place: the pack's directional region of a country (جنوبي البلاد →
    southern Syria; شمال وغرب العراق → midway between northern and western Iraq) or part of a narrow region
    (شمال وشرق قطاع غزة), else the base shifted
    toward the direction by `DIRECTION_SHIFT` of its precision."""
    d = info.get("direction") or ""
    parts = [d[:5], d[5:]] if info.get("coordinated") and d[:5] in ("north", "south") else [d]
    key, dirs = _part_table(r)
    by_id = gz.records_by_id()
    label = " and ".join(_DIR_EN.get(p, p).removesuffix("ern").removesuffix("al") for p in parts)
    if all((key, p) in dirs for p in parts):
        recs = [by_id[dirs[(key, p)]] for p in parts]
        if len(recs) == 1:
            _set(e, recs[0])
            e.attrs.pop("compose", None)  # the same place as "شمال العراق": merged with it
            return
        lat = sum(x.lat or 0 for x in recs) / len(recs)
        lon = sum(x.lon or 0 for x in recs) / len(recs)
        _set(e, r, lat=lat, lon=lon, precision="region", kind="region", name=f"{label} {r.name}",
             source=f"{r.source}+composed")
        return
    if r.lat is None or r.lon is None:
        _set(e, r, precision="region", kind="region", name=f"{label} {r.name}")
        return
    vec = [_DIR_VEC.get(p, (0, 0)) for p in parts]
    dy, dx = sum(v[0] for v in vec) / len(vec), sum(v[1] for v in vec) / len(vec)
    step = DIRECTION_SHIFT.get(r.precision, SHIFT_DEG)
    area = gz.country_area_km2(r.country) if r.kind == "country" else None
    if area and area <= HUGE_COUNTRY_KM2:
        # a fixed shift leaves a small country and stays in the middle of a big one (غرب السودان is Darfur)
        step = COUNTRY_PART_FRACTION * math.sqrt(area) / KM_PER_DEG
    lat = r.lat + step * dy
    lon = r.lon + step * dx / max(0.3, math.cos(math.radians(r.lat)))
    name = f"{_DIR_EN[d]} {r.name}" if d in _DIR_EN and len(parts) == 1 else f"{label} {r.name}"
    _set(e, r, lat=lat, lon=lon, precision="region", kind="region", name=name, source=f"{r.source}+composed")


def _border(doc: Doc, e: EntityDraft, info: dict[str, Any], country: str, countries: dict[str, int]) -> None:
    """A border with a country (الحدود مع العراق، الحدود الأردنية): between that country and the article's;
    when that country is the article's own (الشريط الحدودي مع سوريا), between it and the neighbour the text
    names most. Without a pack border for the pair it stays without coordinates."""
    cc = info.get("border_cc")
    borders = _border_of()
    by_id = gz.records_by_id()
    other: str | None = info.get("border_other") or (country if cc != country else None)
    # the article's own country: the neighbour the text names most; a country with no pack border with it (the
    # default Syria of an article about the Maghreb): the neighbour the border's own sentences name most, for
    # the article's other places say nothing of which border it is (India's army crossing the Pakistani border
    # in an article that names Afghanistan elsewhere)
    if not info.get("border_other") and (not other or frozenset((cc, other)) not in borders):
        ft = doc.folded.text if not other else " ".join(_f(doc.text[a:b]) for a, b in _sentences(doc, e))
        adj = _lex().nationality
        best = 0
        for pair in borders:
            if cc not in pair or len(pair) != 2:
                continue
            (n,) = pair - {cc}
            words = [w for w, c in adj.items() if c == n]
            rec = by_id.get(f"country-{n.lower()}")
            if rec:
                words += [_f(x) for x in rec.all_names()]
            count = sum(len(re.findall(rf"(?<!\w)[وفبل]?{re.escape(w)}(?!\w)", ft)) for w in set(words) if w in ft)
            if count > best:
                best, other = count, n
    rid = borders.get(frozenset((cc, other))) if cc and other else None
    if rid is None:
        # Coders put a border on its line. Neither country's point is on it, nor, for large countries, the
        # midpoint of the two (Algeria-Tunisia: 570 km off the line), and country points tell no neighbours
        # apart (Syria-Egypt lie nearer than Turkey-Iran): without a pack border it stays without coordinates.
        e.attrs.update(lat=None, lon=None, precision=None, kind="border")
        return
    _set(e, by_id[rid])
    e.attrs.pop("compose", None)


def _merge_same_place(doc: Doc, places: list[EntityDraft]) -> None:
    """One place, one entity: "مدينة الطبقة" (one meaning) and "في الطبقة" (two meanings, resolved to the
    same record) were keyed apart by the resolver; geocoding shows they are the same place."""
    first: dict[str, EntityDraft] = {}
    for e in places:
        pid = e.attrs.get("place_id")
        if not pid or e.attrs.get("compose"):
            continue
        keep = first.setdefault(pid, e)
        if keep is not e:
            _fold_into(keep, e)


def _short_forms(places: list[EntityDraft]) -> None:
    """A bare umbrella name (الغوطة) in an article that names exactly one of its parts (الغوطة الشرقية) is a
    short mention of that part, not a second place: `place_cues.json` short_forms lists the parts by record id.
    An article naming two parts (or none) keeps the umbrella as its own place."""
    table: dict[str, list[str]] = gz.cues().get("short_forms", {})
    if not table:
        return
    by_pid: dict[str, EntityDraft] = {}
    for e in places:
        pid = e.attrs.get("place_id")
        if pid and e.mentions and not e.attrs.get("compose"):
            by_pid.setdefault(pid, e)
    for short, parts in table.items():
        e = by_pid.get(short)
        named = [by_pid[p] for p in parts if p in by_pid]
        if e is not None and len(named) == 1:
            _fold_into(named[0], e)


def _seat_buildings(doc: Doc, places: list[EntityDraft]) -> None:
    """A governorate named only right after a seat noun (مبنى محافظة أربيل، مقر محافظة البصرة: place_cues.json
    seat_nouns) is its seat building, which stands in the city of its name: the city's point, not the
    province's centre (Erbil's lies 29 km from the city)."""
    nouns = frozenset(_f(w) for w in gz.cues().get("seat_nouns", ()))
    if not nouns:
        return
    by_id = gz.records_by_id()
    for e in places:
        if e.attrs.get("kind") != "governorate" or not e.mentions or e.attrs.get("lat") is None:
            continue
        if not all(_seat_noun_before(doc, m.start, nouns) for m in e.mentions):
            continue
        words = e.mentions[0].text.split()
        # one و and one ب at most: lstrip would eat a noun's own first letter (a و/ب-initial noun)
        if len(words) < 2 or _f(words[0]).removeprefix("و").removeprefix("ب") not in _GOVERNORATE_NOUNS:
            continue
        info = gz.alias_table().get(" ".join(fold_text(" ".join(words[1:])).split()))
        cities = [by_id[i] for i in (info.ids if info else ()) if i in by_id]
        cities = [c for c in cities if c.kind in ("city", "town") and c.country == e.attrs.get("country")
                  and c.lat is not None and c.lon is not None]
        if len(cities) != 1:
            continue
        c = cities[0]
        _set(e, c, precision="place", kind="facility", name=f"{c.name} governorate building",
             source=f"{c.source}+seat")
        e.ref = None


def _seat_noun_before(doc: Doc, pos: int, nouns: frozenset[str]) -> bool:
    wb = _word_before(doc.text, pos)
    # one و at most: lstrip would also eat the first letter of a و-initial seat noun the pack may list
    word = _f(doc.text[wb[0] : wb[1]]) if wb else ""
    return bool(word) and (word in nouns or word.removeprefix("و") in nouns)


def _fold_into(keep: EntityDraft, e: EntityDraft) -> None:
    """`e`'s mentions become `keep`'s. `e` is emptied, not removed: entity ids count the list, and `freeze`
    drops entities without mentions."""
    for m in e.mentions:
        keep.add(m.start, m.end, m.text, m.how)
    e.mentions.clear()
    e.attrs["merged_into"] = keep.id


def _variant_core(e: EntityDraft) -> str:
    words = fold_text(e.name_ar or "").split()
    w = words[-1] if words else ""
    return w[2:] if w.startswith("ال") else w


def _merge_spelling_variants(places: list[EntityDraft]) -> None:
    """A place the gazetteer does not know, spelt in the same article with and without a prosthetic alif
    (قرية اسديرة … قرية سديرة, as local names are written in Latin-script or spoken forms), is one place:
    the unlocated spelling joins the located one instead of standing as a second, unplaced village."""
    located = {}
    for e in places:
        core = _variant_core(e)
        if e.mentions and e.attrs.get("lat") is not None and len(core) >= 4:
            located.setdefault(core, e)
    if not located:
        return
    for e in places:
        if not e.mentions or e.attrs.get("lat") is not None:
            continue
        core = _variant_core(e)
        keep = located.get(core[1:]) if core.startswith("ا") else located.get("ا" + core)
        if keep is not None and keep is not e and len(core) >= 4:
            _fold_into(keep, e)


#: «بين» right before a place opens a route or a front between it and the place after «و» (الطريق بين X ومدينة Y)
_ROUTE_START = re.compile(r"(?:^|\s)بين\s+$")
#: what joins a route's two ends: و, maybe with a place noun (ومدينة، وبلدة)
_ROUTE_END = re.compile(r"[\s\u0640]*و\s*(?:[\u0600-\u06ff]+\s+)?")


#: a stated distance (على بعد 70 كلم، على بعد 500 ميل) between a place and its anchor, in digits
#: the same phrase as _FAR with its figure in digits, the figure and the unit captured
_STATED_DISTANCE = re.compile(rf"عل[يى]\s+بعد\s+{_DIST_APPROX}(\d+)\s*({_DIST_UNIT})")
#: kilometres in a mile
KM_PER_MILE = 1.609
#: a place at most this far from its anchor still takes the anchor's nudged point
INHERIT_MAX_KM = 40.0


def _far_from(between: str) -> bool:
    """Whether the text between a place and its anchor puts it too far from the anchor for the anchor's point,
    nudged toward the direction, to lie within 25 km of it (تقع على بعد 100 كلم شمال باريس): over
    `INHERIT_MAX_KM` (بلدة نبل على بعد 26 كم شمال غرب حلب keeps Aleppo's point nudged north-west)."""
    m = _STATED_DISTANCE.search(fold_text(between))
    if m is None:
        return False
    unit = m.group(2)
    scale = KM_PER_MILE if unit.startswith(("ميل", "اميال")) else 0.001 if unit.startswith(("متر", "امتار")) else 1.0
    return int(m.group(1)) * scale > INHERIT_MAX_KM


def _inherit(doc: Doc, ent: EntityDraft, info: dict[str, Any], country: str | None = None) -> None:
    """Place a pattern village at the located place named right after it in its sentence (the text ties
    them: قرية X شمال غرب الموصل), a generic facility at the nearest located place of its sentence. A place
    marked foreign stays without coordinates rather than take a wrong town's: one followed by a nationality
    adjective of another country than the article's (مدينة شيتا الروسية) unless its anchor lies in that
    country, or one whose anchor is a foreign region or country (مدينة شيتا في سيبيريا)."""
    if not ent.mentions:
        return
    m0 = ent.mentions[0]
    sent = doc.sentence_of(m0.start)
    route = bool(_ROUTE_START.search(doc.text[max(0, m0.start - 12) : m0.start]))

    def nearest(start: int, end: int, before: bool = False) -> tuple[int, EntityDraft, int] | None:
        best: tuple[int, EntityDraft, int] | None = None
        for mm, other in doc.mentions_in(start, end, ("place",)):
            if other is ent or other.attrs.get("lat") is None or other.attrs.get("precision") == "country":
                continue
            if other.attrs.get("geo_source") == "inherited":
                continue
            if other.attrs.get("country") is None:
                continue  # مدينة X ... في أوروبا: a continent's centre is no town's point, however near
            if route and mm.start >= m0.end and _ROUTE_END.fullmatch(doc.text[m0.end : mm.start]):
                continue  # بين X ومدينة Y: Y is the route's other end, not where X lies
            # the anchor follows: "قرية X شمال غرب الموصل"، "بلدة X في ريف حلب"; a place named before X is
            # mostly another item of a list ("كابول، وحادث في مدينة X")
            dist = mm.start - m0.end if mm.start >= m0.end else m0.start - mm.end
            if (facility or before or 0 <= mm.start - m0.end <= INHERIT_NEAR) and (best is None or dist < best[0]):
                best = (dist, other, mm.start)
        return best

    # only a place of its own sentence, named close to it: an unknown town takes no coordinates from a
    # place the article named before (a new "مدينة X" is often far from the last place named)
    # a generic facility (المربع الأمني) belongs to a town of its sentence, named before or after it
    facility = info.get("compose") == "inherit"
    best = nearest(sent.start, sent.end) if facility else nearest(m0.end, min(sent.end, m0.end + INHERIT_NEAR))
    if best is None and not facility and _neighbour_word_after(doc, m0.end):
        # "بلدة X المجاورة": the text ties X to the place named last before it
        best = nearest(max(0, m0.start - INHERIT_WINDOW), m0.start, before=True)
    if best is None and not facility:
        best = _coordinated_town(doc, ent, m0.start, sent.start)
    far = False
    if best is None and info.get("kind") == "neighbourhood":
        # «حي X» with no town beside it: a quarter lies in a city, and an article naming one city names the
        # one it means (a report from Baghdad names the quarter a sentence or two after the city)
        only = _only_city(doc, ent)
        # the report names its city before the quarter; a city named only after it (النائب المنتخب في
        # العاصمة) is seldom the quarter's, when the article's own town is one the gazetteer lacks
        if only is not None and min(mm.start for mm in only.mentions) < m0.start:
            best, far = (0, only, only.mentions[0].start), True
    if best is not None and _far_from(doc.text[m0.end : best[2]]):
        best = None  # مدينة X التي تقع على بعد 500 ميل شرق هافانا: Havana's point is no point of X's
    kind = info.get("kind") or "place"
    name = (
        ent.name if ent.name and not re.search(r"[\u0600-\u06ff]", ent.name) else transliterate(ent.name_ar)
    )
    if info.get("compose") == "inherit" and best:
        name = f"{best[1].name} {info.get('name_en') or 'facility'}"
    ent.name = name
    ent.attrs["kind"] = kind
    if best is None:
        ent.attrs.setdefault("lat", None)
        ent.attrs["precision"] = None
        return
    other, pos = best[1], best[2]
    home = country or _lex().country
    ft0 = doc.folded.text
    fend = _folded_pos(doc, ent.mentions[0].end)
    nxt = _word_after(ft0, fend) if fend is not None else None
    adj_cc = _lex().nationality.get(ft0[nxt[0] : nxt[1]]) if nxt else None
    other_cc = other.attrs.get("country")
    if (adj_cc and adj_cc != home and other_cc != adj_cc) or (
        other.attrs.get("precision") in ("region", "country") and other_cc not in (None, home)
    ):
        ent.attrs.update(lat=None, lon=None, precision=None)
        return
    lat, lon = other.attrs["lat"], other.attrs["lon"]
    # "قرية X شرقي منطقة الهول": X lies a little east of the anchor
    ft = doc.folded.text
    fpos = _folded_pos(doc, pos)
    prev = _word_before(ft, fpos) if fpos is not None else None
    if prev and _word_is(ft[prev[0] : prev[1]], _lex().cue_nouns):
        prev = _word_before(ft, prev[0])  # شرقي منطقة الهول: the direction stands before the cue noun
    if prev and not far:
        d = _lex().directions.get(_strip_clitics(ft[prev[0] : prev[1]]))
        if d in _DIR_VEC:
            dy, dx = _DIR_VEC[d]
            lat, lon = lat + NUDGE_DEG * dy, lon + NUDGE_DEG * dx
    ent.attrs.update(
        lat=round(lat, 4),
        lon=round(lon, 4),
        country=other.attrs.get("country"),
        admin1=other.attrs.get("admin1"),
        precision="admin_area",
        geo_source="inherited",
        approx=True,
        anchor=other.id,
    )


def _only_city(doc: Doc, ent: EntityDraft) -> EntityDraft | None:
    """The one located city (kind city, precision place) the article names, when it names exactly one."""
    found = [o for o in doc.entities
             if o.type == "place" and o is not ent and o.attrs.get("kind") == "city"
             and o.attrs.get("precision") == "place" and o.attrs.get("lat") is not None
             and o.attrs.get("geo_source") != "inherited"]
    return found[0] if len(found) == 1 else None


_JOINED = re.compile(r"\s*(?:[،,]\s*)?و?\s*")


def _coordinated_town(doc: Doc, ent: EntityDraft, start: int, sent_start: int) -> tuple[int, EntityDraft, int] | None:
    """The located town that a pattern place is joined to by و (مدينة نوى وبلدة X، بلدتي A وX): the towns
    of one list, named as one front or one operation, lie together, while a place named earlier in the
    sentence, apart from X, may lie anywhere."""
    best: tuple[int, EntityDraft, int] | None = None
    for mm, other in doc.mentions_in(sent_start, start, ("place",)):
        a = other.attrs
        if other is ent or a.get("lat") is None or a.get("precision") != "place" or a.get("geo_source") == "inherited":
            continue
        if _JOINED.fullmatch(doc.text[mm.end : start]) and (best is None or mm.start > best[2]):
            best = (start - mm.end, other, mm.start)
    return best


@cache
def _neighbour_words() -> frozenset[str]:
    return frozenset(_f(w) for w in packs.load_json("anaphora").get("neighbour_words", ()))


def _neighbour_word_after(doc: Doc, end: int) -> bool:
    fend = _folded_pos(doc, end)
    w = _word_after(doc.folded.text, fend) if fend is not None else None
    return w is not None and doc.folded.text[w[0] : w[1]] in _neighbour_words()


def _folded_pos(doc: Doc, orig: int) -> int | None:
    idx = doc.folded.index
    if idx is None:
        return orig
    i = bisect.bisect_left(idx, orig)
    return i if i < len(idx) else None


def _stray_pack_town(r: PlaceRecord, evidence: dict[str, int], own: int,
                     anchors: list[tuple[float, float]]) -> bool:
    """Whether a small town of marsad's own pack is a namesake in this article: the article gives no sign of
    its country (no other place, actor or setting of it), gives signs of others, and every other place it
    names lies more than STRAY_FAR_KM away. The pack's Syrian الحسينية in a list of Hodeidah districts
    (أطراف الجراحي والتحيتا والحسينية) is no Deir ez-Zor village 2,000 km off; it keeps no coordinates, as a
    GeoNames namesake does (`_stray_namesake`). Only a name the pack holds to a cue (a word or a name shared
with other towns: الحسينية) is so doubted; a city or a town of 20,000 or more is left to `_choose`."""
    if r.source_kind != "pack" or r.lat is None or r.lon is None or r.precision != "place":
        return False
    if not r.cue_aliases:
        return False  # a name that is nothing else (بانمونجوم) is that town wherever the article's other places lie
    if (r.population or 0) >= STRAY_MAX_POPULATION or (r.kind or "") not in ("town", "village"):
        return False
    if evidence.get(r.country or "", 0) - own > 0 or not any(
        n > 0 for cc, n in evidence.items() if cc != r.country
    ):
        return False
    dists = [d for a, b in anchors if (d := haversine_km(r.lat, r.lon, a, b)) >= gz.SAME_PLACE_KM]
    return bool(dists) and min(dists) > STRAY_FAR_KM


@cache
def _agreement_subjects() -> frozenset[str]:
    """The countries whose towns, after an agreement's noun, name what the agreement is about (اتفاق إدلب،
    اتفاق منبج, the truce of a Syrian town): place_cues.json agreement_subject_countries."""
    return frozenset(gz.cues().get("agreement_subject_countries", ()))


def _venue_town(ids: tuple[str, ...], by_id: dict[str, PlaceRecord]) -> bool:
    """Whether a name after an agreement's noun is a town where agreements are signed (Geneva, Oslo, Sochi,
    Taif, Cairo) rather than one an agreement is about: marsad's own pack holds it only as a town outside
    the agreement-subject countries. اتفاقية جنيف الرابعة names a convention, not a place anything happened
    in; an event told beside it took place where the article says, not in Switzerland."""
    own = [r for i in ids if (r := by_id.get(i)) is not None and r.source_kind == "pack"]
    subjects = _agreement_subjects()
    return bool(own) and all(
        r.kind != "country" and r.precision == "place" and r.country and r.country not in subjects for r in own
    )


@cache
def _preposition_pronouns() -> tuple[frozenset[str], tuple[str, ...]]:
    """place_cues.json preposition_pronouns, folded: the prepositions and the pronoun suffixes that, joined
    (لها، فيها، عليهم، اليه، منه، بينهم), are never a place's name."""
    c = gz.cues().get("preposition_pronouns", {})
    return (frozenset(_f(w) for w in c.get("prepositions", ())),
            tuple(sorted({_f(w) for w in c.get("suffixes", ())}, key=len, reverse=True)))


def _preposition_pronoun(word: str) -> bool:
    """Whether a folded word is a preposition with a pronoun suffix (لها، فيها، عليهم): it opens a clause
    about the noun before it, so it names no place."""
    preps, suffixes = _preposition_pronouns()
    return any(word.endswith(x) and word[: -len(x)] in preps for x in suffixes)


@cache
def _landmarks() -> tuple[re.Pattern[str], dict[str, str]] | None:
    """place_cues.json `landmarks`, folded: a regex of the words (with an optional proclitic) and word → the
    record id of the place they stand in (الأهرامات → Egypt's Giza)."""
    table = {_f(w): rid for rid, words in gz.cues().get("landmarks", {}).items() for w in words}
    if not table:
        return None
    alts = "|".join(re.escape(w) for w in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<![\u0621-\u064a])(?:[وفبل])?({alts})(?![\u0621-\u064a])"), table


def _landmark_anchor(doc: Doc, e: EntityDraft, recs: list[PlaceRecord]) -> tuple[float, float] | None:
    """The point of the namesake whose landmark (place_cues.json `landmarks`) a sentence of `e` names: the
    pyramids beside الجيزة say Egypt's Giza, not Daraa's al-Jiza, whatever the article's default country.
    The landmark is a thing, not a place the gazetteer holds, so nothing else would locate the name."""
    lm = _landmarks()
    if lm is None:
        return None
    rx, table = lm
    by_id = {r.id: r for r in recs}
    for a, b in _sentences(doc, e):
        for m in rx.finditer(fold_text(doc.text[a:b])):
            r = by_id.get(table[m.group(1)])
            if r is not None and r.lat is not None and r.lon is not None:
                return (r.lat, r.lon)
    return None


@cache
def _front_nouns() -> frozenset[str]:
    """place_cues front_nouns, folded: the nouns of a battle front (جبهة، جبهات، جبهتي)."""
    return frozenset(fold_text(w) for w in gz.cues().get("front_nouns", ()))


@cache
def _verb_particles() -> frozenset[str]:
    """place_cues verb_particles, folded."""
    return frozenset(fold_text(w) for w in gz.cues().get("verb_particles", ()))


def _after_verb_particle(ft: str, m: Match) -> bool:
    """Whether bare match `m` stands right after a word that only a verb follows (place_cues verb_particles:
    لم، لن، قد، سوف, the feminine plural relatives and pronouns اللواتي، أنهن): the name is then a verb of
    the same letters (لم تدمر، قد بدأ، اللواتي عدن), never a place."""
    if m.prefix:
        return False
    prev = _word_before(ft, m.start)
    return prev is not None and ft[prev[1] : m.start] == " " and ft[prev[0] : prev[1]] in _verb_particles()


def _front_or_direction_before(ft: str, m: Match, lex: _Lex) -> bool:
    """Whether bare match `m` stands right after a front noun (جبهة حرض، جبهات البيضاء) or a direction word
    (شرق حرض): a name that is also an ordinary word (common_words) is the place there, as neither a verb
    nor an adjective follows these nouns; the article must still name its area (`_area_named`), which keeps
    a front's own name (جبهة النصرة) out."""
    if m.prefix:
        return False
    prev = _word_before(ft, m.start)
    if prev is None or not ft[prev[1] : m.start].isspace():
        return False
    pw = ft[prev[0] : prev[1]]
    return pw in lex.directions or _word_is(pw, _front_nouns()) is not None


def _common_key(key: str, lex: _Lex) -> bool:
    """Whether matched key `key` (folded; the ل of a لل proclitic may have taken its article's alef) is a
    name listed in place_cues common_words, an ordinary word as well as a place."""
    return key in lex.common or "ال" + key in lex.common or (key.startswith("ل") and "ا" + key in lex.common)


@cache
def _pronoun_h_names() -> frozenset[str]:
    """place_cues pronoun_h_names, folded (ة folds to ه, so جدة and جده are one key)."""
    return frozenset(fold_text(w) for w in gz.cues().get("pronoun_h_names", ()))


def _pronoun_h_form(doc: Doc, m: Match) -> bool:
    """Whether match `m` is a name of place_cues pronoun_h_names that the text writes with a final ه rather
    than its ة: then it is the ordinary noun with the pronoun 'his' (جده 'his grandfather', لجده، والده
    وجده), which folding made look like the name; the place is written with ة (في جدة، بجدة)."""
    if m.key not in _pronoun_h_names():
        return False
    _, oe = doc.folded.span(m.start, m.end)
    text = doc.text
    j = oe
    while j > 0 and text[j - 1] in _WORD_TAIL:
        j -= 1  # a vowel mark after the last letter
    return j > 0 and text[j - 1] == "ه"


def _homographs(doc: Doc, places: list[EntityDraft], infos: dict[str, dict[str, Any]]) -> bool:
    """Re-point a city whose bare name is also another country's (place_cues homographs: عمان is Amman and
    Oman) to that country where the article gives the country's signs (مسقط، العماني، ظفار) and none of the
    city's (الأردن، الأردنية, a Jordanian place or actor, a Jordanian dateline, العاصمة right before it, the
    shadda of عمّان): «نقل الجرحى من عمان إلى صنعاء» in a report on talks in Muscat is Oman. The mentions
    join the country's entity when the article has one. Whether anything changed."""
    table = gz.cues().get("homographs", {})
    if not table:
        return False
    by_id = gz.records_by_id()
    ft = doc.folded.text
    changed = False
    for e in places:
        spec = table.get(e.ref or "")
        own = by_id.get(e.ref or "")
        other = by_id.get(spec["other"]) if spec else None
        if spec is None or own is None or other is None or infos[e.id].get("compose"):
            continue
        if any(_word_before_is(doc, m.start, _capital_nouns()) or "\u0651" in m.text for m in e.mentions):
            continue  # العاصمة عمان، عمّان: the city
        if (_signs_in(ft, spec.get("own_signs", ())) or own.country in _actor_countries(doc)
                or own.country in _context_countries(doc)
                or any(o is not e and by_id.get(o.ref or "") is not None and by_id[o.ref or ""].country == own.country
                       for o in places)):
            continue
        if not _signs_in(ft, spec.get("other_signs", ())) and not any(o.ref == other.id for o in places):
            continue
        target = next((o for o in places if o is not e and o.ref == other.id and o.mentions), None)
        if target is not None:
            for m in e.mentions:
                target.add(m.start, m.end, m.text, m.how)
            e.mentions.clear()
        else:
            e.ref = other.id
            e.name = other.name
            infos[e.id]["refs"] = (other.id,)
        changed = True
    return changed


def _signs_in(ft: str, words: Iterable[str]) -> bool:
    """Whether the folded text names one of `words` (folded), as a whole word with at most two proclitics."""
    return any(re.search(r"(?<![\w])[وفبلك]{0,2}" + re.escape(fold_text(w)) + r"(?![\w])", ft) for w in words)


def _word_before_is(doc: Doc, start: int, words: frozenset[str]) -> bool:
    """Whether the word right before text offset `start`, folded, is one of the folded `words`."""
    m = re.search(r"(\w+)\W*$", doc.text[max(0, start - 40) : start])
    return m is not None and fold_text(m.group(1)) in words


@cache
def _hamza_words() -> frozenset[str]:
    """place_cues hamza_words as written (with their hamza): ordinary words that fold to a place name."""
    return frozenset(gz.cues().get("hamza_words", ()))


def _hamza_word(doc: Doc, m: Match) -> bool:
    """Whether match `m` (its proclitics off) is written in the text as a word of place_cues hamza_words:
    folding takes the hamza off (فأس → فاس), but the pack writes the place with a bare alef and print keeps
    the hamza of the ordinary word (فأس 'axe', بأجور 'for wages', رأوه 'they saw it'), so the surface
    tells them apart where the folded key cannot."""
    words = _hamza_words()
    if not words:
        return False
    s, e = doc.folded.span(m.start, m.end)
    surface = "".join(ch for ch in doc.text[s:e] if ch not in _WORD_TAIL or ch == "ا")
    return surface in words


@cache
def _capital_nouns() -> frozenset[str]:
    """The nouns of a capital (العاصمة، عاصمة), from anaphora.json capital_in_name, folded."""
    data = packs.load_json("anaphora").get("capital_in_name", {})
    return frozenset(fold_text(w) for w in data.get("capital_nouns", ()))


def _capital_phrase(ft: str, nisba_start: int, nisba: str, lex: _Lex) -> bool:
    """Whether folded word `nisba` (at `nisba_start`) is a nationality adjective right after a capital noun
    (العاصمة العمانية مسقط، بالعاصمة التنزانية دار السلام): the name after the two is that state's capital,
    a cue as strong as a place noun for a name that is also a word or the state's name in the actors pack
    (which otherwise made the country, not the city)."""
    if nisba not in lex.nationality:
        return False
    head = _word_before(ft, nisba_start)
    return head is not None and _word_is(ft[head[0] : head[1]], _capital_nouns()) is not None


def _area_named(m: Match, info: gz.AliasInfo | None, accepted: list[Match],
                allowed: dict[tuple[int, int], tuple[str, ...]], by_id: dict[str, PlaceRecord]
                ) -> tuple[str, ...] | None:
    """The pack records of a held name that needs a place noun (`requires: noun`: رازح، كتاف، حرض, also
    words or other places' names) but stands after a weaker cue (في/ب, a direction) that the article
    licenses elsewhere: by naming the same name with its noun (مديرية رازح ... مواقع في رازح), or a place
    of the same first-level area (محافظة صعدة، صعدة ... في رازح). An imported namesake does not count,
    nor a country or region: every Yemeni story names Yemen. None when nothing of its area is named."""
    if info is None:
        return None
    recs = [by_id[i] for i, c in zip(info.ids, info.cues, strict=True) if c == "noun" and i in by_id
            and by_id[i].source_kind == "pack" and by_id[i].admin1]
    if not recs:
        return None
    keep: list[str] = []
    for o in accepted:
        if o.payloads[0].startswith("\x00"):
            continue
        same = o.payloads[0] == m.payloads[0]
        for n in (by_id[i] for i in allowed.get((o.start, o.end), ()) if i in by_id):
            if n.source_kind != "pack" or n.precision in ("country", "region"):
                continue
            keep += [r.id for r in recs if r.id not in keep and (
                (same and n.id == r.id) or (r.country == n.country and r.admin1 == n.admin1 and n.id != r.id))]
    return tuple(keep) or _joined_name_country(m, recs, accepted, allowed, by_id)


def _joined_name_country(m: Match, recs: list[PlaceRecord], accepted: list[Match],
                         allowed: dict[tuple[int, int], tuple[str, ...]], by_id: dict[str, PlaceRecord]
                         ) -> tuple[str, ...] | None:
    """A city whose name opens with و (وجدة) and so reads also as و + another name (جدة): after في/إلى
    it is the city where the article names a pack place of its country, the country itself included
    (المغرب ... في وجدة); the و + name reading was already refused there (`_cue_ok`)."""
    if not m.payloads[0].startswith("و") or m.prefix:
        return None
    cities = [r for r in recs if r.kind == "city"]
    named = {by_id[i].country for o in accepted for i in allowed.get((o.start, o.end), ())
             if i in by_id and by_id[i].source_kind == "pack"}
    return tuple(r.id for r in cities if r.country in named) or None
