"""Stage `entities`: actors, people and outlets that the data packs know.

Every alias of every entry in `actors.jsonl`, `people.jsonl` and `outlets.jsonl` goes into one
clitic-aware phrase index over the folded text; each hit becomes a `Candidate`. Whether a hit counts is
decided here when it depends only on the hit's surroundings (an alias that needs quotes or a cue noun, a
date-bounded alias), and later in `resolve` when it depends on other hits (overlaps, one name that is both
a party and a place).

State adjectives (الإيرانية، الأتراك) name a state as a party only after a head noun that denotes a party's
people or means (ضباط، قوات، المصالح ...), or as a plural noun of people; after a territorial head (الأراضي
التركية) they name the country as a place. The head nouns are data (`roles.json`).
"""

from __future__ import annotations

from datetime import date
from functools import cache

from marsad import packs
from marsad.matcher import PhraseIndex, is_word_char
from marsad.pipeline import Candidate, Doc, stage
from marsad.textnorm import fold_text

_QUOTES_OPEN = "\"'«“„‘"
_QUOTES_CLOSE = "\"'»”’"

#: cue nouns that license an outlet alias marked `requires: cue` (folded)
_OUTLET_CUES = tuple(fold_text(w) for w in (
    "صحيفة", "جريدة", "قناة", "موقع", "وكالة", "شبكة", "إذاعة", "راديو", "منصة", "تلفزيون", "مجلة",
    "وكالة أنباء", "موقع قناة", "صحيفتي", "مراسل", "مراسلة", "مراسلو",
))

_PLURAL_ADJ_SUFFIXES = ("يين", "يون", "ين")


@cache
def _index() -> PhraseIndex:
    idx = PhraseIndex()
    for pack in ("actors", "people", "outlets"):
        try:
            entries = packs.entity_pack(pack)
        except packs.MarsadError:
            continue  # a pack still missing from a development checkout
        for e in entries:
            for a in e.aliases:
                idx.add(a.text, ("alias", e.id, a))
            for adj in e.extra.get("adjectives", ()) or ():
                idx.add(adj, ("adjective", e.id, packs.Alias(adj)))
    return idx


@cache
def _roles() -> dict:
    return packs.load_json("roles")


@cache
def _folded_set(key: str) -> frozenset[str]:
    return frozenset(fold_text(w) for w in _roles().get(key, ()))


def _valid(alias: packs.Alias, entry: packs.PackEntry, published: date | None) -> bool:
    lo = alias.valid_from or entry.valid_from
    hi = alias.valid_to or entry.valid_to
    if published is None:
        # without a date, a date-bounded alias keeps its present-day meaning
        return hi is None
    day = published.isoformat()
    return (lo is None or day >= lo) and (hi is None or day < hi)


def _prev_word(text: str, pos: int) -> str:
    """The folded word before `pos`, skipping spaces and opening quotes."""
    i = pos
    while i > 0 and (text[i - 1].isspace() or text[i - 1] in _QUOTES_OPEN or text[i - 1] == "ـ"):
        i -= 1
    j = i
    while j > 0 and is_word_char(text[j - 1]):
        j -= 1
    return text[j:i]


def _quoted(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 2):start]
    after = text[end:end + 2]
    return any(q in before for q in _QUOTES_OPEN) and any(q in after for q in _QUOTES_CLOSE)


def _cued(ftext: str, start: int, end: int, prefix: str) -> bool:
    if _quoted(ftext, start - len(prefix), end):
        return True
    word = _prev_word(ftext, start - len(prefix))
    if any(word == c or word.endswith(c) for c in _OUTLET_CUES):
        return True
    # لـ«الوطن» / لصحيفة: a lam directly on a quoted name
    return prefix.endswith("ل") and start - len(prefix) > 0 and ftext[start - len(prefix) - 1] in _QUOTES_OPEN


@stage("entities", requires=("doc.text",), assigns=("doc.candidates",))
def run(doc: Doc) -> None:
    ftext = doc.folded.text
    by_id = packs.entries_by_id()
    actor_heads = _folded_set("adjective_actor_heads")
    place_heads = _folded_set("adjective_place_heads")
    for m in _index().find_all(ftext):
        start, end = doc.folded.span(m.start, m.end)
        if doc.is_furniture(start, end):
            continue
        for what, entry_id, alias in m.payloads:
            entry = by_id.get(entry_id)
            if entry is None or not _valid(alias, entry, doc.published):
                continue
            attrs: dict = {"alias": alias.text}
            if alias.requires == "cue" and not _cued(ftext, m.start, m.end, m.prefix):
                continue
            if alias.requires == "quoted" and not _quoted(ftext, m.start - len(m.prefix), m.end):
                continue
            if alias.requires == "capital":
                attrs["capital"] = True
            type_ = entry.type
            priority = 2
            if what == "adjective":
                head = _prev_word(ftext, m.start - len(m.prefix))
                plural = m.key.endswith(_PLURAL_ADJ_SUFFIXES) or m.key in {"الروس", "الاتراك", "الامريكان"}
                if head in place_heads:
                    type_ = "place"
                    attrs["country_of"] = entry_id
                elif not (head in actor_heads or (plural and not m.prefix.endswith("ب"))):
                    continue
                attrs["adjective"] = True
                priority = 0
            doc.candidates.append(
                Candidate(start, end, type_, (entry_id,), how="adjective" if what == "adjective" else "pack",
                          priority=priority, attrs=attrs)
            )
