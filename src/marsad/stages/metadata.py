"""Stage: metadata — who published the article, who wrote it, where it was filed, and which lines around it
are not its body.

Each field takes the first answer in this order (precision matters more than recall: the fields are scored
exactly, and a wrong outlet is worse than none):

outlet
  1. `doc.given["outlet"]` resolved in the outlets pack (the caller's word: a JSONL/TREC record field, an HTML
     site name, or `--outlet`) — how="given", or "html" when it is the page's site name; a given web address
     ("syriahr.com", "https://ar.npasyria.com/…") is resolved by its domain, as a URL is;
  2. the URL's domain matched to a pack outlet's `domains` — how="url";
  3. `doc.given["outlet"]` as given, when the pack does not know it — how="given"/"html";
  4. a signature line in the text: a pack `signatures` line, "خاص - SY24", "دمشق - سانا" (place, dash, known
     outlet), the outlet first ("تلفزيون سوريا - إسطنبول", "عنب بلدي – حسام المحمود", "الحرة / وكالات - دبي"),
     "لندن: «الشرق الأوسط»", "أربيل (كوردستان24)", "(سانا)" at the start of the first paragraph or alone at
     the end, a credit opening the first paragraph ("إسطنبول/ الأناضول", "شفق نيوز/ ...", "بغداد ـ «القدس
     العربي» من NAME: ..."), an agency's dated credit ("الكويت - 15 - 1 (كونا) --", "أبوظبي في 15 يناير / وام /"),
     an outlet and the agencies it copied ("فرانس 24/ أ ف ب", which stays body: its outlets are mentions)
     — how="signature";
  5. a masthead (the first line, or a line under the title, is only an outlet name) or a trailing name (the
     last line before any page furniture is only an outlet name, e.g. "صحيفة الوطن"), a site crediting
     itself ("المصدر: الجزيرة + وكالات"; an agency there is a cited source) or a copyright line — how=
     "masthead" / "trailer".
  An outlet named inside the body ("أفادت مصادر للجزيرة نت") or in a closing list of sources ("مصادر:" then
  "- الجزيرة نت") is a cited source, never the publisher, and is not looked at here. The name kept is the
  one the text writes ("ANHA", "سانا"), as the gold is written against surface text.
author
  `doc.given["author"]` (HTML meta, record field) unless it is really the outlet's name; else a byline in the
  text: "| حلب- خالد زنكلو", "حلب - خالد زنكلو", "بغداد: فاضل الكعبي", "بقلم: ...", "كتب: ...", and after
  the last paragraph "NAME - صحافي", "NAME - حلب" or the name alone (a known given name first). An unnamed
  reporter ("حلب - مراسل الوطن"), a party to the conflict ("حلب - قوات النظام"), a leader of the people pack
  and a photo caption ("صورة أرشيفية - رويترز") are never author, outlet or dateline.
dateline
  the text (the place of a byline or signature, or the place opening the first paragraph: "بيروت ـ ...",
  "دمشق (رويترز) - ..."); else `doc.given["dateline"]` (the reader takes it from TREC <AUTHOR> fields such as
  "أبوظبي - سكاي نيوز عربية").

furniture gets the (start, end) span of every signature, byline, masthead and trailing-name line, every
source list, and every boilerplate line (share buttons, comment forms ...) still in the text, so that later
stages do not treat them as article body. Cue words live in `data/bylines.json`.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from marsad import model, packs
from marsad.errors import MarsadError
from marsad.pipeline import Doc, stage
from marsad.reading import is_boilerplate_line, is_list_head, is_listed_headline
from marsad.stages import times
from marsad.stages.quantities import Tok, strip_proclitic, tokenize
from marsad.textnorm import fold, fold_letters, fold_text

#: a line longer than this is body text: no line pattern is tried on it (and no regex sees a long line)
MAX_LINE = 120
#: how many short lines at the top (title, section, byline ...) are looked at before the body starts
HEAD_LINES = 6
TAIL_LINES = 4
#: a line with this many words is article body
BODY_WORDS = 12

_EDGE = " \t*:.،,;؛-–—_|•·»«\"'()[]ـ"
_DASH = r"(?:[-–—]|(?<=\s)ـ)"
_SENTENCE_PUNCT = re.compile(r"[.،,؟?!:؛]")
_LIST_ITEM = re.compile(r"^(?:[-–—•*·▪●]|\d{1,2}\s*[.)\-])\s*\S")
_ARABIC_WORD = re.compile(r"^[\u0621-\u064a\u0671-\u06d3\u064b-\u0652]{2,}$")
#: a caller's outlet that is a web address, not a name: "syriahr.com", "www.enabbaladi.net",
#: "https://npasyria.com/ar/…" (a host of dotted labels ending in a letters-only top-level label)
_WEB_ADDRESS = re.compile(r"^(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}\.?(?::\d+)?(?:[/?#]\S*)?$", re.I)


def _key(s: str) -> str:
    return " ".join(fold_text(s).strip(_EDGE).split())


def _squash(s: str) -> str:
    """Latin names compared without case, spaces or punctuation ("Sky News" = "skynews")."""
    return "".join(filter(str.isalnum, fold_text(s)))


# ------------------------------------------------------------------ data


@cache
def _cues() -> dict[str, Any]:
    d = packs.load_json("bylines")

    def alt(words: list[str]) -> str:
        forms = sorted({fold_letters(w) for w in words}, key=len, reverse=True)
        return "(?:" + "|".join(re.escape(f) for f in forms) + r")[\u064b-\u0652\u0640]*"

    return {
        "outlet": frozenset(_key(w) for w in d["outlet_cues"]),
        "org": frozenset(_key(w) for w in d.get("org_words", [])),
        "tails": frozenset(_key(w) for w in d.get("outlet_tail_words", [])),
        "date_cues": frozenset(_key(w) for w in d.get("date_cues", [])),
        "time_words": frozenset(_key(w) for w in d.get("time_words", [])),
        "latin_months": {k.lower(): int(v) for k, v in d.get("latin_months", {}).items()},
        "signature": frozenset(_key(w) for w in d["signature_cues"]),
        "heads": frozenset(_key(w) for w in d["source_heads"]),
        "not_places": frozenset(_key(w) for w in d["not_places"]),
        "proclitics": tuple(fold_text(w) for w in d.get("bare_proclitics", [])),
        "articles": tuple(fold_text(w) for w in d.get("bare_articles", [])),
        "abbreviations": tuple(d.get("name_abbreviations", [])),
        "generic": frozenset(_key(w) for w in d.get("generic_credits", [])),
        "copyright": tuple(fold_text(w).lower() for w in d.get("copyright_cues", [])),
        "author_before": frozenset(_key(w) for w in d.get("author_before", [])),
        "dateline_kinds": frozenset(d.get("dateline_place_kinds", [])),
        "sections": frozenset(_key(w) for w in d.get("section_labels", [])),
        "reporters": frozenset(_key(w) for w in d.get("reporter_words", [])),
        "captions": frozenset(_key(w) for w in d.get("caption_words", [])),
        "roles": frozenset(_key(w) for w in d.get("author_roles", [])),
        "weak_byline_re": re.compile(
            r"^\|?\s*" + alt(d["weak_byline_cues"]) + r"\s*[:：]\s*(?P<name>[^\d:|()«»\"“”]{3,40}?)\s*$", re.I)
        if d.get("weak_byline_cues") else None,
        "byline_re": re.compile(
            r"^\|?\s*" + alt(d["byline_cues"]) + r"\s*[:：\-–—]?\s+(?P<name>[^\d:|()«»\"“”]{3,60}?)"
            r"(?:\s*[-–—،,|]\s*(?P<place>[^\d:|()«»\"“”\-–—،,]{2,30}))?\s*$", re.I),
        # a byline cue with its colon anywhere in a line, after a separator or at its start
        "inline_byline_re": re.compile(
            r"(?:^|\s*(?:[-–—|،,/]|(?<=\s)ـ)\s*)\|?\s*" + alt(d["byline_cues"]) + r"\s*:\s*", re.I),
        "signature_re": re.compile(
            r"^\|?\s*" + alt(d["signature_cues"]) + r"\s*(?:[-–—:|/]|ـ)\s*(?P<name>[^\n]{2,40}?)\s*$", re.I),
    }


@dataclass(slots=True)
class _OutletIndex:
    by_key: dict[str, packs.PackEntry] = field(default_factory=dict)
    squashed: dict[str, packs.PackEntry] = field(default_factory=dict)
    signatures: dict[str, packs.PackEntry] = field(default_factory=dict)
    #: keys that are an outlet's name only after a cue (الوطن، الحدث، البيان): common words elsewhere
    cue_only: set[str] = field(default_factory=set)
    domains: list[tuple[str, packs.PackEntry]] = field(default_factory=list)
    #: domain → its outlets in pack order (each once): a URL's host is looked up suffix by suffix
    by_domain: dict[str, list[packs.PackEntry]] = field(default_factory=dict)


_INDEX: tuple[object, _OutletIndex] | None = None


def _outlets() -> _OutletIndex:
    """The outlets pack as lookup tables; empty when the pack is not installed yet. Rebuilt when the pack
    object changes (tests swap it)."""
    global _INDEX
    try:
        pack: tuple[packs.PackEntry, ...] = packs.entity_pack("outlets")
    except MarsadError as e:
        if e.code != "E201":
            raise  # a broken pack must be fixed, not silently ignored
        pack = ()
    if _INDEX is not None and _INDEX[0] is pack:
        return _INDEX[1]
    idx = _OutletIndex()
    for e in pack:
        names = [e.name, e.name_ar, e.id, *(a.text for a in e.aliases)]
        for n in names:
            if not n:
                continue
            k = _key(n)
            if k:
                idx.by_key.setdefault(k, e)
            s = _squash(n)
            if len(s) >= 3:
                idx.squashed.setdefault(s, e)
        for a in e.aliases:
            if a.requires:
                idx.cue_only.add(_key(a.text))
        for sig in e.extra.get("signatures") or []:
            idx.signatures.setdefault(_key(sig), e)
        for d in e.extra.get("domains") or []:
            d = str(d).lower().strip().removeprefix("www.")
            if d:
                idx.domains.append((d, e))
                same = idx.by_domain.setdefault(d, [])
                if e not in same:
                    same.append(e)
    free = {_key(n) for e in pack for n in (e.name, e.name_ar, e.id, *(a.text for a in e.aliases if not a.requires))
            if n}
    idx.cue_only -= free
    _INDEX = (pack, idx)
    return idx


def _lookup(name: str) -> packs.PackEntry | None:
    idx = _outlets()
    return idx.by_key.get(_key(name)) or idx.squashed.get(_squash(name))


def _lookup_free(name: str) -> packs.PackEntry | None:
    """An outlet named where nothing cues it (opening a paragraph): not by a name that is also a common
    word."""
    return None if _key(name) in _outlets().cue_only else _lookup(name)


def _surface(entry: packs.PackEntry, line: str) -> str:
    """The name of `entry` as the line writes it ("دمشق-سانا" → سانا, "ANHA" → ANHA): the gold is written
    against surface text, and a signature line holds one of the outlet's names; the pack's Arabic name when
    none is found."""
    key = f" {_key(line.replace('-', ' ').replace('/', ' '))} "
    names = [entry.name_ar, entry.name, *(a.text for a in entry.aliases)]
    best = ""
    for n in names:
        k = _key(n) if n else ""
        if k and f" {k} " in key and len(k) > len(_key(best)):
            best = n
    if best:
        return best
    return entry.name_ar or entry.name


_PLACES: tuple[object, dict[str, frozenset[str | None]]] | None = None


def _places_known() -> dict[str, frozenset[str | None]]:
    """Folded names of the places the gazetteer knows, with their kinds: a dateline after an outlet's name,
    or opening a paragraph, must be one (a section label "عرب وعالم" or a subject "قوات النظام" is not).
    Rebuilt when the gazetteer's table changes (an imported gazetteer, tests)."""
    global _PLACES
    from marsad import gazetteer

    try:
        table = gazetteer.alias_table()
    except MarsadError:
        return {}
    if _PLACES is None or _PLACES[0] is not table:
        by_id = {r.id: r.kind for r in gazetteer.place_records()}
        _PLACES = (table, {k: frozenset(by_id.get(i) for i in a.ids) for k, a in table.items()})
    return _PLACES[1]


def _known_place(s: str, *, filed_from: bool = False) -> str | None:
    """`s` as a place the gazetteer knows; with `filed_from`, one a report is filed from (a city, town or
    governorate, not a country or region: "الأخبار - سوريا" is a section, not a credit)."""
    place = _place(s)
    if place is None:
        return None
    kinds = _places_known().get(" ".join(fold_text(place).split()))
    if kinds is None or (filed_from and not kinds & _cues()["dateline_kinds"]):
        return None
    return place


def _by_domain(url: str | None, prefer: packs.PackEntry | None = None) -> packs.PackEntry | None:
    """The outlet of a URL's domain; `prefer` (the outlet a credit line names) wins among outlets that share
    the domain."""
    if not url:
        return None
    try:
        host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower().removeprefix("www.")
    except ValueError:
        return None
    if not host:
        return None
    hits = _domain_entries(host)
    if prefer is not None and prefer in hits:
        return prefer
    return hits[0] if hits else None


def _domain_entries(host: str) -> list[packs.PackEntry]:
    """The outlets whose domain the host is in; the longest domain only (arabic.cnn.com before cnn.com), in
    pack order when several outlets share it (a channel and its website)."""
    by_domain = _outlets().by_domain
    # the host's suffixes at label boundaries, longest first: the first one that is a domain is the longest
    while True:
        hits = by_domain.get(host)
        if hits:
            return list(hits)
        dot = host.find(".")
        if dot < 0:
            return []
        host = host[dot + 1:]


def _narrower(entry: packs.PackEntry, given: str) -> bool:
    """Whether `entry` (found by the URL) is a narrower edition of the outlet `given` names: "CNN" given, the
    page on arabic.cnn.com → CNN Arabic."""
    g = _squash(given)
    if len(g) < 3:
        return False
    names = [entry.name, entry.name_ar, entry.id, *(a.text for a in entry.aliases)]
    return any(len(n) > len(g) and n.startswith(g) for n in (_squash(x) for x in names if x))


def _make(name: str, entry: packs.PackEntry | None, how: str, *, prefer_pack_name: bool = False
          ) -> model.Outlet:
    """An Outlet record. Names the text wrote are kept as written (the gold is written against surface
    text); a name given by a caller is replaced by the pack's Arabic name when the pack knows it."""
    if entry is None:
        return model.Outlet(name=name, name_en=None, ref=None, how=how)
    shown = entry.name_ar if prefer_pack_name and entry.name_ar else name
    return model.Outlet(name=shown, name_en=entry.name, ref=entry.id, how=how)


# ------------------------------------------------------------------ line helpers


@dataclass(slots=True)
class _Line:
    start: int
    end: int
    text: str

    @property
    def words(self) -> list[str]:
        return self.text.split()


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            out.append(_Line(pos + lead, pos + lead + len(stripped), stripped))
        pos += len(raw) + 1
    return out


def _is_body(line: _Line) -> bool:
    """A paragraph: long, or a full sentence. A headline may have as many words but ends without a stop."""
    if len(line.text) > MAX_LINE:
        return True
    return len(line.words) >= BODY_WORDS and line.text.rstrip("\"'”»)").endswith((".", ":"))


def _outlet_line(surface: str, *, strict: bool = False) -> tuple[str, packs.PackEntry | None] | None:
    """A short line that is only an outlet name: a pack name (its position is the cue, so aliases that need
    a cue count), a cue noun and a name ("صحيفة الوطن", "المرصد الوطني"), or a name ending in an outlet word
    ("الرافدين برس", "حوران 24"). `strict` (a first line, which may be a headline): a pack name, or a cue noun
    as written first ("صحيفة الوطن")."""
    s = surface.strip(_EDGE)
    words = s.split()
    if not s or len(words) > 5 or _SENTENCE_PUNCT.search(s):
        return None
    entry = _lookup(s)
    if entry is not None:
        return s, entry
    if not 2 <= len(words) <= 5 or not all(_ARABIC_WORD.match(w) or w.isascii() for w in words):
        return None
    cues = _cues()
    if _key(words[0]) in cues["outlet"] or (not strict and _bare_forms(words[0]) & cues["outlet"]):
        return s, _lookup(" ".join(words[1:]))
    if strict:
        return None
    if _key(words[-1]) in cues["tails"] or _key(" ".join(words[-2:])) in cues["tails"]:
        return s, None
    return None


def _bare_forms(word: str) -> set[str]:
    """A word's folded key, without ال, without a leading و/ل/ب ("والمرصد" → مرصد)."""
    cues = _cues()
    k = _key(word)
    out = {k}
    for p in cues["proclitics"]:
        if k.startswith(p) and len(k) > len(p) + 2:
            out.add(k[len(p):])
    for f in list(out):
        for a in cues["articles"]:
            if f.startswith(a) and len(f) > len(a) + 1:
                out.add(f[len(a):])
                break
    return out


def _org_name(s: str) -> bool:
    """A name holding an organisation or outlet word (المرصد الوطني، مركز ...، وكالة ...): never a person."""
    cues = _cues()
    words = s.strip(_EDGE).split()
    if not words:
        return False
    if any(f in cues["org"] or f in cues["outlet"] for w in words for f in _bare_forms(w)):
        return True
    return _key(words[-1]) in cues["tails"] or _key(" ".join(words[-2:])) in cues["tails"]


def _signature_name(name: str) -> tuple[str, packs.PackEntry | None] | None:
    """The outlet in "خاص - NAME": any short name (SY24 is no Arabic word), resolved when the pack knows
    it."""
    n = name.strip(_EDGE)
    if not n or len(n.split()) > 4 or _SENTENCE_PUNCT.search(n):
        return None
    return n, _lookup(n)


def _person(s: str) -> str | None:
    s = s.strip(_EDGE)
    words = s.split()
    bare = s
    for abbr in _cues()["abbreviations"]:  # "د. أحمد": the dot of a title does not end a sentence
        bare = bare.replace(abbr, "")
    if not 2 <= len(words) <= 5 or _SENTENCE_PUNCT.search(bare):
        return None
    if _org_name(s) or _lookup(s) is not None:  # "حلب - المرصد الوطني": an outlet, not its author
        return None
    if _key(s) in _cues()["generic"]:  # "نشر بواسطة: فريق التحرير": the site's desk, no person
        return None
    if _reporter(s) or _key(s) in _actor_names():  # "حلب - مراسل الوطن", "حلب - قوات النظام"
        return None
    if _key(words[0]) in _cues()["signature"] or _caption(s):  # "خاص عنب بلدي", "صورة أرشيفية"
        return None
    return s


def _caption(s: str) -> bool:
    """Whether a short line is a photo's caption or credit ("صورة أرشيفية - رويترز", "أرشيفية - أ ف ب"): its
    first word is a caption word. The agency there took the photo; it did not publish the article."""
    words = s.strip(_EDGE).split()
    return bool(words) and bool(_bare_forms(words[0]) & _cues()["captions"])


def _reporter(s: str) -> bool:
    """Whether a credit names an unnamed reporter ("مراسل الوطن", "مراسلنا"): its first word is a reporter
    noun."""
    words = s.strip(_EDGE).split()
    return bool(words) and bool(_bare_forms(words[0]) & _cues()["reporters"])


_NAMES: dict[str, tuple[object, frozenset[str]]] = {}


def _pack_names(name: str, *, skip_kinds: frozenset[str] = frozenset()) -> frozenset[str]:
    """The folded names and aliases of an entity pack's entries (but those of `skip_kinds`); empty when the
    pack is not installed. Rebuilt when the pack object changes (tests swap it)."""
    try:
        pack: tuple[packs.PackEntry, ...] = packs.entity_pack(name)
    except MarsadError as e:
        if e.code != "E201":
            raise
        pack = ()
    got = _NAMES.get(name)
    if got is None or got[0] is not pack:
        names = {_key(n) for e in pack if e.kind not in skip_kinds
                 for n in (e.name_ar, *(a.text for a in e.aliases)) if n}
        got = _NAMES[name] = (pack, frozenset(names))
    return got[1]


def _actor_names() -> frozenset[str]:
    """The actors pack's names: a subtitle "حلب - قوات النظام" names a party to the conflict, not a reporter
    or an outlet."""
    return _pack_names("actors")


#: people of the people pack who may sign an article
_WRITER_KINDS = frozenset({"journalist", "analyst"})


def _person_name(s: str) -> str | None:
    """A person's name in a credit: two to five Arabic words, no function word, not starting with ال."""
    person = _person(s)
    if person is None or _has_function_word(person):
        return None
    words = person.split()
    if not all(_ARABIC_WORD.match(w) for w in words) or _key(words[0]).startswith("ال"):
        return None
    return person


@cache
def _given_names() -> frozenset[str]:
    try:
        return frozenset(_key(n) for n in packs.load_json("given_names")["names"])
    except MarsadError:
        return frozenset()


def _place(s: str) -> str | None:
    s = s.strip(_EDGE)
    words = s.split()
    if not 1 <= len(words) <= 3 or not all(_ARABIC_WORD.match(w) for w in words):
        return None
    cues = _cues()
    if _key(words[0]) in cues["not_places"] or _key(s) in cues["not_places"]:
        return None
    if _key(s) in cues["generic"] or _reporter(s):  # "وكالات - الخليج أونلاين", "مراسلنا - حمص"
        return None
    return s


#: "حلب - خالد زنكلو", "قامشلو/ روجين أحمد", "بغداد/ الرافدين برس"
_SEP = r"(?:[-–—/]|(?<=\s)ـ)"
_PART = r"[^\-–—|:()/\n]{2,40}?"
_PAIR = re.compile(r"^\|?\s*(?P<a>" + _PART + r")\s*" + _SEP + r"\s*(?P<b>" + _PART + r")\s*/?\s*$")
#: "بيروت - «الوطن العربي» - سلمى حداد": place, outlet and author in either order
_TRIPLE = re.compile(r"^\|?\s*(?P<a>" + _PART + r")\s*" + _SEP + r"\s*(?P<b>" + _PART + r")\s*" + _SEP
                     + r"\s*(?P<c>" + _PART + r")\s*$")
_W = r"[\u0621-\u064a]{2,}"
#: "بيروت ـ", "دمشق (رويترز) -", "دبي، الإمارات العربية المتحدة (CNN)—": the first place is the dateline
_OPENING = re.compile(
    rf"^(?P<place>{_W}(?:\s{_W}){{0,2}})(?:\s*[،,]\s*{_W}(?:\s{_W}){{0,3}})?\s*"
    r"(?:\((?P<src>[^()\n]{2,40})\)\s*)?(?:" + _DASH + r"|/)\s*(?P<rest>\S)")
_OPENING_SRC = re.compile(r"^\((?P<src>[^()\n]{2,40})\)\s*" + _DASH + r"\s*\S")
#: "حرية برس: قالت ...": a site whose name ends in an outlet word (برس، نيوز، 24) opening its first paragraph
_OPENING_NAMED = re.compile(r"^(?P<name>[\w.]{2,}(?:\s[\w.]{2,}){0,2})\s*:\s*(?=\S)")
#: "الكويت - 15 - 1 (كونا) --", "أبوظبي في 15 يناير / وام /", "عمان 15 كانون الثاني (بترا) -": the place,
#: the day of filing, then the agency in brackets or between slashes
_DATED = re.compile(
    rf"^(?P<place>{_W}(?:\s{_W}){{0,2}})\s*(?:[-–—،,]\s*)?(?P<date>[^()/\n]{{1,40}}?)\s*"
    r"(?:\((?P<src>[^()\n]{2,30})\)|/\s*(?P<src2>[^/\n]{2,30}?)\s*/)\s*(?:[-–—]+|:)?\s*")
_PAREN_LINE = re.compile(r"^\((?P<src>[^()\n]{2,40})\)$")
_PLACE_PAREN = re.compile(rf"^(?P<place>{_W}(?:\s{_W}){{0,2}})\s*\((?P<src>[^()\n]{{2,40}})\)\s*{_DASH}?$")
#: "بغداد: فاضل الكعبي", "القامشلي (شمال شرقي سوريا): كمال حسين"
_COLON = re.compile(r"^\|?\s*(?P<a>[^:()«»\"|\n]{2,40}?)\s*(?:\([^()\n]{2,40}\))?\s*:\s*(?P<b>[^:\n]{2,50}?)\s*$")


@dataclass(slots=True)
class _Found:
    outlet: model.Outlet | None = None
    author: str | None = None
    dateline: str | None = None
    #: a publication date written on a line of its own at the top or the end ("الأربعاء 17 نيسان 2024")
    published: date | None = None
    furniture: list[tuple[int, int]] = field(default_factory=list)

    def set_outlet(self, o: model.Outlet) -> None:
        if self.outlet is None or (self.outlet.how in ("masthead", "trailer") and o.how == "signature"):
            self.outlet = o


@cache
def _function_words() -> frozenset[str]:
    return frozenset(_key(w) for w in packs.load_json("languages")["stopwords"]["arabic"])


def _has_function_word(s: str) -> bool:
    """Whether a credit holds a function word (a headline's "على", "في" ...). A name's first word written
    with a dotted yā' and known as a given name is the name: "علي" folds to the preposition "على"."""
    words = s.split()
    return any(_key(w) in _function_words() and not (
        i == 0 and w.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652").endswith("ي")
        and _key(w) in _given_names()) for i, w in enumerate(words))


def _short_line(line: _Line, found: _Found, *, head: bool, first: bool = False) -> bool:
    """Try every pattern for a short line; record what it says. True when the line is furniture."""
    text = line.text
    folded = fold_letters(text)  # same length as text: match offsets map back directly
    key = _key(text)
    sig = _outlets().signatures.get(key)
    if sig is not None:
        found.set_outlet(_make(_surface(sig, text), sig, "signature"))
        m = _PAIR.match(folded)  # "دمشق-سانا": the place before the dash is the dateline
        if m and _lookup(text[m.start("a") : m.end("a")]) is None:
            place = _place(text[m.start("a") : m.end("a")])
            if place:
                found.dateline = found.dateline or place
        return True
    if not first and _caption(text) and (len(text.split()) <= 3 or any(
            _lookup(p.strip(_EDGE)) for p in _CREDIT_SPLIT.split(text)[1:])):
        return True  # a photo's caption: furniture that names no publisher
    if _dated_credit(text, found, whole=True):  # "دمشق – 12 أيار 2024 (سانا)"
        return True
    if _outlet_and_agencies(text, found):
        # the line stays body: the annotators count the outlets it names as mentions ("فرانس 24/ أ ف ب")
        return False
    m = _cues()["signature_re"].match(folded)
    if m:
        got = _signature_name(text[m.start("name") : m.end("name")])
        if got and got[1] is None and (person := _known_person(got[0])) is not None:
            # "متابعة: نور الهدى كريم": the desk word before a person's name credits its writer
            found.author = found.author or person
            return True
        if got:
            found.set_outlet(_make(got[0], got[1], "signature"))
            return True
    if _inline_bylines(line, found, head=head, first=first):
        return True
    m = _CREDIT_PAREN.match(folded)  # "بلدي نيوز - إدلب (محمد الأحمد)": the reporter in brackets
    if m and (person := _person_name(text[m.start("name") : m.end("name")])) is not None:
        inner = _Found()
        if _short_line(_Line(line.start, line.start + m.end("credit"), text[: m.end("credit")]), inner, head=head,
                       first=first) and inner.outlet is not None:
            found.set_outlet(inner.outlet)
            found.author = found.author or inner.author or person
            found.dateline = found.dateline or inner.dateline
            return True
    if m and (short := _lookup(text[m.start("name") : m.end("name")].strip())) is not None:
        # "بغداد - وكالة الأنباء العراقية (واع)": the outlet's short name after its full one
        inner = _Found()
        if _short_line(_Line(line.start, line.start + m.end("credit"), text[: m.end("credit")]), inner, head=head,
                       first=first) and inner.outlet is not None and inner.outlet.ref == short.id:
            found.set_outlet(inner.outlet)
            found.author = found.author or inner.author
            found.dateline = found.dateline or inner.dateline
            return True
    weak = _cues()["weak_byline_re"]
    m = weak.match(folded) if weak is not None else None
    if m and (person := _known_person(text[m.start("name") : m.end("name")])) is not None:
        found.author = found.author or person  # "تقرير: رامي الأحمد"
        return True
    m = _cues()["byline_re"].match(folded)
    if m:
        person = _person(text[m.start("name") : m.end("name")])
        if person:
            found.author = found.author or person
            if m.group("place"):
                place = _place(text[m.start("place") : m.end("place")])
                if place:
                    found.dateline = found.dateline or place
            return True
    if not first and _pipe_byline(text, found):
        return True
    m = _PAIR.match(folded)
    if m:
        a, b = text[m.start("a") : m.end("a")].strip(_EDGE), text[m.start("b") : m.end("b")].strip(_EDGE)
        cues = _cues()
        a_entry = _lookup(a)
        if _pair_credit(a, b, a_entry, found, head=head):
            return True
        if _lookup(b) is None and a_entry is not None:
            # "تلفزيون سوريا - إسطنبول", "عنب بلدي – حسام المحمود", "بغداد اليوم - ديالى": the outlet first.
            # A name that is also a word ("الحرة", "الأخبار") counts only at the top and before an author or
            # a town: "الأخبار - سوريا" is a section label
            cue_only = _lookup_free(a) is None
            # an article without its headline opens on the credit ("نورث برس – الحسكة"); a headline never
            # is an outlet's own name, a dash and only a town, an author, a section label or "خاص"
            # ("عنب بلدي - خاص"), nor a name that is also a word before a town or an author ("الميادين -
            # بيروت"; "الأخبار - سوريا" is a breadcrumb)
            strict_rest = _credit_rest(b, _Found(), strict=True) and _key(b) not in cues["sections"]
            if first and not (strict_rest or (not cue_only and (_key(b) in cues["generic"]
                                                                 or _key(b) in cues["signature"]
                                                                 or _key(b) in cues["sections"]))):
                pass
            elif not cue_only or (head and _credit_rest(b, _Found(), strict=True)):
                found.set_outlet(_make(a, a_entry, "signature"))
                _credit_rest(b, found)
                return True
        if _key(a) in cues["signature"]:  # "خاص - SY24"
            got = _signature_name(b)
            if got:
                found.set_outlet(_make(got[0], got[1], "signature"))
                return True
        if _key(b) in cues["signature"] and (a_entry is None or _known_place(a)):  # "إدلب - خاص"
            place = _place(a)
            if place:
                found.dateline = found.dateline or place
                return True
        # an outlet's name not taken above is no place: "المدن - X" gives neither a dateline nor an author
        place = None if a_entry is not None and not _known_place(a) else _place(a) or _first_of_places(a)
        if place:
            outlet = _outlet_line(b)
            raw_b = text[m.start("b") : m.end("b")].strip()
            b_words = b.split()
            if outlet is None and len(b_words) >= 2 and _key(b_words[0]) in cues["signature"] \
                    and (entry := _lookup(" ".join(b_words[1:]))) is not None:
                outlet = (" ".join(b_words[1:]), entry)  # "حمص - خاص عنب بلدي"
            if outlet is None and head and raw_b[:1] in "«\"“" and raw_b[-1:] in "»\"”" and len(b_words) <= 4:
                outlet = (b.strip("“”"), _lookup(b))  # "دمشق ـ «الوطن العربي»": a quoted name is an outlet
            if outlet is None and head and _org_name(b) and len(b.split()) <= 5 and _key(b) not in _actor_names():
                # "حلب - مركز التوثيق"; "إدلب - هيئة تحرير الشام" names a party to the conflict
                outlet = (b, _lookup(b))
            if outlet is not None and (outlet[1] is not None or head):  # "دمشق - سانا"
                found.set_outlet(_make(outlet[0], outlet[1], "signature"))
                found.dateline = found.dateline or place
                return True
            person = _person(b)
            # "| حلب- خالد زنكلو" (the bar is a common byline mark) or a bare "حلب - خالد زنكلو" near the top
            # ... but never a headline: not the first line, and no function word (على، في ...) in the name
            bare_ok = head and not first and person is not None and not _has_function_word(person)
            if (first or not head) and person is not None and not bare_ok:
                # the first line may be a headline, and a last line a closing phrase, so only a town the
                # gazetteer knows before a name that opens with a given name ("دير الزور - عبد الله الأحمد")
                # passes as a byline there
                words = person.split()
                given = {_key(words[0]), _key("".join(words[:2]))}  # "عبد الله" is one given name
                bare_ok = (_known_place(a, filed_from=True) is not None and _person_name(person) is not None
                           and bool(given & _given_names()))
            arabic_name = person is not None and all(_ARABIC_WORD.match(w) for w in person.split())
            if person and arabic_name and (text.startswith("|") or bare_ok):
                found.author = found.author or person
                found.dateline = found.dateline or place
                return True
    m = _TRIPLE.match(folded) if head else None
    # a headline has no two dashes around a pack outlet's name: "أنقرة/ محمد شيخ يوسف/ الأناضول" on the first
    # line is a credit
    if m and first and not any(_lookup(text[m.start(g) : m.end(g)].strip(_EDGE + "“”")) for g in "abc"):
        m = None
    if m and _triple(text, m, found):
        return True
    m = _COLON.match(folded) if head and not first else None
    if m and _colon(text, m, found):
        return True
    m = _PLACE_PAREN.match(folded)  # "أربيل (كوردستان24)"
    if m and (entry := _lookup(m.group("src"))) is not None:
        place = _place(text[m.start("place") : m.end("place")])
        if place:
            found.set_outlet(_make(text[m.start("src") : m.end("src")].strip(), entry, "signature"))
            found.dateline = found.dateline or place
            return True
    m = _PAREN_LINE.match(text)
    if m:
        entry = _lookup(m.group("src"))
        if entry is not None:  # "(سانا)" alone on a line
            found.set_outlet(_make(m.group("src").strip(), entry, "signature"))
            return True
    return False


def _pipe_byline(text: str, found: _Found) -> bool:
    """"رامي الأحمد | دمشق", "دمشق | رامي الأحمد": a bar between a writer and the town filed from, in either
    order, is a page's byline at the top as at the end (a subtitle's dash may join a name and a town; a
    template's bar does not). The name opens with a known given name, the town is one the gazetteer knows."""
    if text.count("|") != 1 or text.lstrip().startswith("|"):
        return False
    a, b = (p.strip(_EDGE) for p in text.split("|"))
    for name, town in ((a, b), (b, a)):
        person = _known_person(name) if 2 <= len(name.split()) <= 4 else None
        if person is not None and (place := _known_place(town, filed_from=True)) is not None:
            found.author = found.author or person
            found.dateline = found.dateline or place
            return True
    return False


def _known_person(s: str) -> str | None:
    """A person's name whose first word (or first two: "عبد الله") is a given name the pack knows: where
    the words around it do not make a credit sure ("تقرير: ..." may open a headline)."""
    person = _person_name(s)
    if person is None or _key(person) in _pack_names("people", skip_kinds=_WRITER_KINDS):
        return None  # "أحمد الشرع - دمشق" under a photo: a leader is not the writer
    words = person.split()
    if len(words) >= 3 and _key(words[0]) == "عبد" and _key(words[1]).startswith("ال"):
        return person  # "عبد" and one of God's names (عبد الحليم، عبد الناصر): a given name, however spelt
    return person if {_key(words[0]), _key("".join(words[:2]))} & _given_names() else None


def _outlet_and_agencies(text: str, found: _Found) -> bool:
    """An outlet and the agencies it took the report from ("فرانس 24/ أ ف ب/ رويترز", "الجزيرة نت -
    رويترز"): the first is the publisher. True when the line is one."""
    parts = [p.strip(_EDGE) for p in _CREDIT_SPLIT.split(text) if p.strip(_EDGE)]
    if not 2 <= len(parts) <= 4:
        return False
    first = _lookup_free(parts[0])
    if first is None or first.kind == "agency":
        return False
    rest = [_lookup(p) for p in parts[1:]]
    if not all(e is not None and e is not first and e.kind == "agency" for e in rest):
        return False
    found.set_outlet(_make(parts[0], first, "signature"))
    return True


def _bare_writer(text: str) -> str | None:
    """The writer's name alone after the last paragraph ("طاهر الخطيب", "سامر يوسف/ ليلى حداد": the first
    writer): each name two to four words opening with a known given name, so a closing phrase is not one."""
    names = [n.strip(_EDGE) for n in text.split("/")]
    people = [p for n in names if 2 <= len(n.split()) <= 4 and (p := _known_person(n)) is not None]
    return people[0] if people and len(people) == len(names) else None


def _head_writer(text: str) -> str | None:
    """A writer's name on its own line under the title: a known given name first, perhaps followed by the
    writer's trade and social-media handle ("NAME", "NAME مراسل @handle", "NAME كاتب صحافي")."""
    words = [w for w in text.split() if not w.startswith("@")]
    roles = _cues()["roles"]
    for n in (2, 1):  # "كاتب صحافي" before "كاتب"
        if len(words) > n + 1 and _key(" ".join(words[-n:])) in roles:
            words = words[:-n]
            break
    return _bare_writer(" ".join(words)) if "/" not in text else None


def _pair_credit(a: str, b: str, a_entry: packs.PackEntry | None, found: _Found, *, head: bool) -> bool:
    """The two-part credits other than "outlet - rest" and "place - outlet/author":
    - an outlet and the agency it took the report from ("فرانس 24 / أ ف ب");
    - an unnamed reporter and a place ("حلب - مراسل الوطن", "مراسلنا - حمص");
    - a writer and their trade ("عماد الخطيب - صحافي");
    - a writer and a town after the last paragraph ("سامر الحلبي - حلب"; at the top it may be a subtitle);
    - a generic word and an outlet ("وكالات - الخليج أونلاين").
    True when the line is one of these."""
    cues = _cues()
    b_entry = _lookup(b)
    for place_side, other in ((a, b), (b, a)):
        if _reporter(other) and (place := _known_place(place_side)) is not None:
            found.dateline = found.dateline or place
            return True
    b_words = b.split()
    roles = cues["roles"]
    trade = 1 <= len(b_words) <= 3 and bool(
        _key(b) in roles or _key(" ".join(b_words[:2])) in roles or _bare_forms(b_words[0]) & roles)
    if trade and (person := _known_person(a)) is not None:
        found.author = found.author or person
        return True
    if not head and a_entry is None and (person := _known_person(a)) is not None and len(person.split()) <= 3 \
            and (place := _known_place(b, filed_from=True)) is not None:
        found.author = found.author or person
        found.dateline = found.dateline or place
        return True
    if _key(a) in cues["generic"] and b_entry is not None:
        found.set_outlet(_make(b, b_entry, "signature"))
        return True
    return False


_CREDIT_PAREN = re.compile(r"^(?P<credit>[^()\n]{2,60}?)\s*\((?P<name>[^()\n]{2,40})\)$")


def _inline_bylines(line: _Line, found: _Found, *, head: bool, first: bool) -> bool:
    """A line of credits joined by separators: "إعداد: X – تحرير: Y" (the first person named is the author:
    the writer comes before the editor), "أورينت نت – إعداد: X" (an outlet's credit, then its writer). True
    when the line is one."""
    text = line.text
    folded = fold_letters(text)
    hits = list(_cues()["inline_byline_re"].finditer(folded))
    if not hits or (len(hits) == 1 and hits[0].start() == 0):
        return False  # one cue opening the line: the plain byline pattern reads it
    prefix = text[: hits[0].start()].strip(_EDGE)
    names = [text[h.end() : (hits[k + 1].start() if k + 1 < len(hits) else len(text))]
             for k, h in enumerate(hits)]
    people = [p for n in names if (p := _person(n)) is not None]
    if not people or len(people) < len(names):
        return False
    if prefix:
        inner = _Found()
        sub = _Line(line.start, line.start + len(prefix), prefix)
        if not _short_line(sub, inner, head=head, first=first) and (got := _outlet_line(prefix)) is not None:
            inner.set_outlet(_make(got[0], got[1], "signature"))
        if inner.outlet is None and inner.dateline is None:
            return False
        if inner.outlet is not None:
            found.set_outlet(inner.outlet)
        found.dateline = found.dateline or inner.dateline
    found.author = found.author or people[0]
    return True


def _credit_part(part: str, *, first: bool) -> tuple[str, str, packs.PackEntry | None] | None:
    """What one dash-separated part of a credit line is: ("outlet" | "person" | "place", text, pack entry)."""
    quoted = part.strip().startswith(("«", "\"", "“"))
    s = part.strip(_EDGE + "“”")
    if not s:
        return None
    entry = _lookup(s)
    if entry is not None or quoted or _outlet_line(s) is not None or _org_name(s) \
            or _key(s) in _cues()["signature"]:
        return "outlet", s, entry
    person = _person_name(s)
    if person and (not first or _key(person.split()[0]) in _given_names()):
        return "person", person, None
    place = _place(s)
    if place:
        return "place", place, None
    if person:
        return "person", person, None
    return None


def _credit_rest(part: str, found: _Found, *, strict: bool = False) -> bool:
    """What follows an outlet's name in its credit: a generic word ("خاص", "وكالات", "متابعات"), an author
    whose first name the pack knows, or a place the gazetteer knows; anything else (a section label "عرب
    وعالم") says nothing. True when it is one of these; `strict`: an author or a town only."""
    s = part.strip(_EDGE + "“”")
    cues = _cues()
    if not s:
        return False
    if _key(s) in cues["sections"]:  # "المدن - عرب وعالم": the site's section
        return True
    if _key(s) in cues["generic"] or _key(s) in cues["signature"]:
        return not strict
    person = _person_name(s)
    if person and _key(person.split()[0]) in _given_names():
        found.author = found.author or person
        return True
    place = _known_place(s, filed_from=strict)
    if place:
        found.dateline = found.dateline or place
        return True
    return False


def _first_of_places(s: str) -> str | None:
    """"لندن، بيروت": a list of places filed from; the first is the dateline."""
    heads = [h.strip(_EDGE) for h in re.split(r"[،,]", s)]
    if len(heads) < 2 or not all(_known_place(h) for h in heads):
        return None
    return _place(heads[0])


def _colon(text: str, m: re.Match[str], found: _Found) -> bool:
    """"بغداد: فاضل الكعبي", "لندن: «الشرق الأوسط»", "القامشلي (شمال شرقي سوريا): كمال حسين": a known place, a
    colon, then an author whose first name the pack knows or a quoted outlet. A headline "موسكو: لن نسمح"
    is neither."""
    place = _known_place(text[m.start("a") : m.end("a")]) or _first_of_places(text[m.start("a") : m.end("a")])
    if place is None:
        return False
    b = text[m.start("b") : m.end("b")].strip()
    inner = b.strip("«»\"“” ")
    if b[:1] in "«\"“" and b[-1:] in "»\"”" and (entry := _lookup(inner)) is not None:
        found.set_outlet(_make(inner, entry, "signature"))
        found.dateline = found.dateline or place
        return True
    person = _person_name(b)
    # a reporter's name is two or three words; more is a subtitle ("دمشق: أحمد الشرع يستقبل وفداً")
    if person and len(person.split()) <= 3 and _key(person.split()[0]) in _given_names():
        found.author = found.author or person
        found.dateline = found.dateline or place
        return True
    return False


def _triple(text: str, m: re.Match[str], found: _Found) -> bool:
    """"بيروت - «الوطن العربي» - سلمى حداد": a place, then an outlet and an author in either order; or an
    outlet first, then a generic word, an author or a place ("الحرة / وكالات - دبي")."""
    parts = [text[m.start(g) : m.end(g)] for g in ("a", "b", "c")]
    first_entry = _lookup(parts[0].strip(_EDGE))
    if first_entry is not None and all(_lookup(p.strip(_EDGE)) is None for p in parts[1:]):
        found.set_outlet(_make(parts[0].strip(_EDGE), first_entry, "signature"))
        for p in parts[1:]:
            _credit_rest(p, found)
        return True
    place = _place(parts[0])
    if place is None or first_entry is not None:
        return False
    got = [_credit_part(p, first=False) for p in parts[1:]]
    kinds = sorted(g[0] for g in got if g is not None)
    if kinds != ["outlet", "person"]:
        return False
    for kind, value, entry in (g for g in got if g is not None):
        if kind == "outlet" and value not in _cues()["signature"]:
            found.set_outlet(_make(value, entry, "signature"))
        elif kind == "person":
            found.author = found.author or value
    found.dateline = found.dateline or place
    return True


def parse_byline(value: str) -> tuple[str | None, str | None, packs.PackEntry | None]:
    """(author, dateline, outlet entry) from a credit line a source gave (TREC <AUTHOR>): "اليمن - إسلام سيف",
    "العربية.نت - إسلام سيف", "دبي ـ العربية.نت", "علاوة مزياني", "فرانس 24", "العربية.نت، وكالات"."""
    value = " ".join(value.split())
    if not value or len(value) > 120:
        return None, None, None
    parts = [p for p in _CREDIT_SPLIT.split(value) if p.strip(_EDGE)]
    if not parts or len(parts) > 4:
        return None, None, None
    got = [g for i, p in enumerate(parts) if (g := _credit_part(p, first=i == 0 and len(parts) > 1))]
    author = next((t for k, t, _ in got if k == "person"), None)
    dateline = next((t for k, t, _ in got if k == "place"), None) if len(parts) > 1 else None
    outlet = next((e for k, _, e in got if k == "outlet" and e is not None), None)
    return author, dateline, outlet


_CREDIT_SPLIT = re.compile(r"\s*(?:[-–—،,|/]|(?<=\s)ـ|ـ(?=\s))\s*")


# ------------------------------------------------------------------ a date on its own line


def _w(toks: list[Tok], i: int) -> str:
    return toks[i].text if 0 <= i < len(toks) and toks[i].kind == "word" else ""


def _date_at(toks: list[Tok], i: int) -> tuple[int, date] | None:
    """(index after, date) for a full date (day, month and year) starting at token i: "17 نيسان 2024",
    "3/5/2023", "2024-04-17", and the WordPress "حزيران 13, 2022"."""
    cal = times.calendar_pack()
    hit = times._match(toks, i, cal, None)
    if hit is not None and hit.precision == "day" and hit.date is not None and hit.end > i:
        return hit.end, hit.date
    t = toks[i]
    if t.kind == "num" and t.text.isdigit() and len(t.text) <= 2 and (mo := times._month_at(toks, i + 1, cal)):
        # "2 أبريل، 2025": the day, the month, a comma, the year (a site template's stamp)
        k = mo[1] + 1 if mo[1] < len(toks) and toks[mo[1]].text in (",", "،") else mo[1]
        y = times._year_at(toks, k)
        if y is not None and k > mo[1]:
            try:
                return k + 1, date(y, mo[0], int(t.text))
            except ValueError:
                return None
    latin = _cues()["latin_months"]
    if t.kind == "num" and t.text.isdigit() and len(t.text) <= 2 and (m := latin.get(_w(toks, i + 1))):
        y = times._year_at(toks, i + 2)  # "2 April 2025": a page stamp in English
        if y is not None:
            try:
                return i + 3, date(y, m, int(t.text))
            except ValueError:
                return None
    mo = times._month_at(toks, i, cal)
    if mo is None and (m := latin.get(_w(toks, i))):
        mo = (m, i + 1, False)  # "Apr 02, 2025"
    if mo is None:
        return None
    m, j, _ = mo
    if j < len(toks) and toks[j].kind == "num" and toks[j].text.isdigit() and len(toks[j].text) <= 2:
        day = int(toks[j].text)
        k = j + 1
        if k < len(toks) and toks[k].text in (",", "،"):
            k += 1
        y = times._year_at(toks, k)
        if y is not None:
            try:
                return k + 1, date(y, m, day)
            except ValueError:
                return None
    return None


_DATE_SEPARATORS = frozenset("-–—:|،")


def _after_clock(toks: list[Tok], i: int) -> int:
    """The index of the first token of a clock time "HH:MM" (and the dash after it) that ends just before
    token i; i itself when there is none."""
    j = i
    if j and toks[j - 1].kind == "punct" and toks[j - 1].text in "-–—":
        j -= 1
    if j >= 3 and toks[j - 1].kind == "num" and toks[j - 2].text == ":" and toks[j - 3].kind == "num" \
            and toks[j - 1].text.isdigit() and toks[j - 3].text.isdigit() \
            and int(toks[j - 3].text) < 24 and int(toks[j - 1].text) < 60:
        return j - 3
    return i
MAX_DATE_LINE = 80


def date_line(text: str) -> tuple[date, str | None] | None:
    """(date, what stands before it) when a short line is only a publication date: "الأربعاء 17 نيسان 2024",
    "حزيران 13, 2022 - 10:30 ص", "نُشر في 3/5/2023", "تاريخ النشر: 2023-05-03", "الرافدين برس - 9 آذار 2024"
    (→ "الرافدين برس"). None for a line that says anything else."""
    if len(text) > MAX_DATE_LINE or not any(c.isdigit() for c in text):
        return None
    f = fold(text)
    toks = tokenize(f.text)
    cues = _cues()
    cal = times.calendar_pack()

    def allowed_before(t: Tok) -> bool:
        if t.kind == "punct":
            return True
        if t.kind != "word":
            return False
        return any(w in cues["date_cues"] or w in cal.weekdays for w, _ in strip_proclitic(t.text, article=False))

    for i in range(len(toks)):
        if toks[i].kind == "punct":
            continue
        got = _date_at(toks, i)
        if got is None:
            continue
        end, d = got
        if not date(1990, 1, 1) <= d <= date.today() + timedelta(days=366):
            return None
        after = toks[end:]
        k = 0
        while k < len(after):
            t = after[k]
            if t.kind == "num" and (second := _date_at(after, k)) is not None:
                k = second[0]  # the same day in the Hijri calendar: "16 مارس 2025 م ـ 16 رمضان 1446 هـ"
                continue
            if t.kind in ("num", "punct") or _key(t.text) in cues["time_words"] or t.text in cal.weekdays \
                    or (k and _key(after[k - 1].text) in cues["time_words"]):  # "بتوقيت X"
                k += 1
                continue
            if _key(t.text) in cal.hijri_marks and k and after[k - 1].kind == "num":
                k += 1  # the "هـ" after a Hijri year
                continue
            if t.text in ("t", "z") and (after[k - 1] if k else toks[end - 1]).end == t.start:
                k += 1  # ISO 8601: "2025-04-02T10:31:00+03:00", "…Z"; the letter glued to the figures
                continue
            return None
        # the time the page stamps before the date ("نُشر: 14:21-16 مارس 2025"): a clock, not a day
        before = toks[:_after_clock(toks, i)]
        if all(allowed_before(t) for t in before):
            return d, None
        # "الرافدين برس - 9 آذار 2024", "بيروت: 14 تشرين الأول 2025": a short name, a separator, the date
        seps = [k for k, t in enumerate(before) if t.kind == "punct" and t.text in _DATE_SEPARATORS]
        if not seps or not all(allowed_before(t) for t in before[seps[-1] + 1 :]):
            return None
        a, b = f.span(0, before[seps[-1]].start)
        prefix = text[a:b].strip(_EDGE)
        if not prefix or len(prefix.split()) > 5:
            return None
        return d, prefix
    return None


#: how far into the text "اليوم الخميس (20 شباط 2025)" is looked for: the opening paragraph of a report
TODAY_REACH = 600


def _today_in_text(text: str) -> date | None:
    """The publication date an undated report gives itself in its opening: "اليوم الخميس (20 شباط 2025)",
    "اليوم الأربعاء، 12 آذار 2025" (Iraqi and Kurdish outlets' house style). The weekday must be that date's
    weekday, so a date that only follows "today" in the sentence is not taken."""
    f = fold(text[:TODAY_REACH])
    toks = tokenize(f.text)
    cal = times.calendar_pack()
    today = {p[0] for p, off in cal.relative_days if off == 0 and len(p) == 1}  # اليوم
    for i in range(len(toks) - 3):
        # the weekday after the word is looked up first: a dict look-up, where the word's readings without a
        # proclitic were made for every word of the opening, and almost no word is followed by a weekday
        wd = cal.weekdays.get(toks[i + 1].text) if toks[i + 1].kind == "word" else None
        if wd is None:
            continue
        if toks[i].kind != "word" or not any(w in today for w, _ in strip_proclitic(toks[i].text, article=False)):
            continue
        k = i + 2
        while k < len(toks) and toks[k].kind == "punct" and toks[k].text in "(،,-–—":
            k += 1
        got = _date_at(toks, k) if k > i + 2 else None
        if got is not None and got[1].weekday() == wd and date(1990, 1, 1) <= got[1] <= date.today():
            return got[1]
    return None


def _date_line_here(line: _Line, found: _Found, how: str) -> bool:
    """Record a date line (its date, and the outlet or place before it); True when the line is one."""
    got = date_line(line.text)
    if got is None:
        return False
    d, prefix = got
    found.published = found.published or d
    if prefix and _key(prefix) not in _cues()["date_cues"]:
        outlet = _outlet_line(prefix)
        if outlet is not None:
            found.set_outlet(_make(outlet[0], outlet[1], how))
        elif _key(prefix.split()[0]) not in _given_names() and (place := _place(prefix)):
            found.dateline = found.dateline or place
        elif _CREDIT_SPLIT.search(prefix):
            # a credit before the date ("المدن - عرب وعالم | 2025/03/10", "حلب - خالد زنكلو | ..."): read as
            # the same credit on a line of its own would be
            _short_line(_Line(line.start, line.start + len(prefix), prefix), found, head=how == "masthead")
    return True


@cache
def _date_words() -> frozenset[str]:
    """Words a filing date in a credit may hold besides numbers: month and weekday names, في، من."""
    cal = times.calendar_pack()
    words = {w for k in cal.months for w in k} | set(cal.weekdays)
    return frozenset(fold_text(w) for w in words) | frozenset(_key(w) for w in ("في", "من"))


def _dated_credit(text: str, found: _Found, *, whole: bool) -> bool:
    """A place, a date and an agency ("الكويت - 15 - 1 (كونا) --", "المنامة في 15 يناير / بنا /"): the
    agency is the outlet, the place the dateline. `whole`: the credit must be the whole line."""
    folded = fold_letters(text[:200])
    m = _DATED.match(folded)
    if m is None or (whole and m.end() < len(text.rstrip())):
        return False
    date_part = m.group("date")
    tokens = [t for t in re.split(r"[\s\-–—.]+", date_part) if t]
    if not any(c.isdigit() for c in date_part) or not all(
            t.isdigit() or fold_text(t) in _date_words() for t in tokens):
        return False
    g = "src" if m.group("src") else "src2"
    src = text[m.start(g) : m.end(g)].strip()
    entry = _lookup(src)
    words = text[m.start("place") : m.end("place")].split()
    place = _place(" ".join(itertools.takewhile(lambda w: _key(w) not in _date_words(), words)))
    if entry is None or place is None:
        return False
    found.set_outlet(_make(src, entry, "signature"))
    found.dateline = found.dateline or place
    return True


#: a place closed by a colon or a dash at the start of the text after an opening outlet
_PLACE_AFTER_OUTLET = re.compile(r"^\s*(?P<place>[^:\-–—،,.«»\"()]{2,25}?)\s*(?::|[-–—]\s)")


def _opening(line: _Line, found: _Found) -> None:
    """The dateline that opens the first paragraph: "بيروت ـ قالت ...", "دمشق (رويترز) - ...",
    "دمشق-سانا قال ...", "إسطنبول/ الأناضول", "أنقرة/ محمد شيخ يوسف/ الأناضول", "بغداد ـ «القدس العربي» من
    مصطفى العبيدي: ..."; or the outlet itself opening it ("شفق نيوز/ أعلنت ...")."""
    text = line.text[:200]
    folded = fold_letters(text)
    if _dated_credit(text, found, whole=False):
        return
    m = _OPENING.match(folded)
    if m:
        head = text[m.start("place") : m.end("place")]
        rest_words = line.text[m.start("rest") :].split()
        if len(rest_words) < 8:  # a short "X - Y" is a title, not a dateline
            return
        entry = _lookup_free(head) if not m.group("src") else None
        if entry is not None:
            found.set_outlet(_make(head, entry, "signature"))
            # the outlet, then the place it filed from ("بغداد اليوم – ديالى: أفاد ...", "رووداو – أربيل: ...")
            after = _PLACE_AFTER_OUTLET.match(line.text[m.start("rest") :])
            if after and (place := _known_place(after.group("place"), filed_from=True)) is not None:
                found.dateline = found.dateline or place
            return
        place = _place(head)
        if place is None:
            return
        if m.group("src"):
            entry = _lookup(m.group("src"))
            if entry is not None:
                found.set_outlet(_make(text[m.start("src") : m.end("src")].strip(), entry, "signature"))
            found.dateline = found.dateline or place
            return
        credit = _opening_credit(line.text[m.start("rest") :], found)
        # a place with no outlet after it must be one the gazetteer knows: "قوات النظام - التي ..." opens
        # with a subject and a parenthesis, not a dateline
        if credit or _known_place(head):
            found.dateline = found.dateline or place
        return
    m = _OPENING_NAMED.match(folded)
    if m and len(line.text[m.end() :].split()) >= 8:
        head = text[m.start("name") : m.end("name")]
        words = head.split()
        tails = _cues()["tails"]
        if (entry := _lookup_free(head)) is not None and (
                _key(words[-1]) in tails or _key(" ".join(words[-2:])) in tails or head.isascii()):
            found.set_outlet(_make(head, entry, "signature"))
            return
    m = _OPENING_SRC.match(folded)
    if m:
        entry = _lookup(m.group("src"))
        if entry is not None:
            found.set_outlet(_make(text[m.start("src") : m.end("src")].strip(), entry, "signature"))


def _own_source(rest: str, found: _Found) -> None:
    """"المصدر: الجزيرة + وكالات", "المصدر: RT", "المصدر: موقع المنار": a channel, paper or site that credits
    a report to itself at its end. A news agency named there ("المصدر: رويترز") is where the site copied the
    report from, so it is a cited source, not the publisher; and so is a list of several outlets."""
    parts = [p.strip(_EDGE) for p in re.split(r"\s*[+،,]\s*|\s+و(?=وكالات)", rest) if p.strip(_EDGE)]
    if not parts:
        return
    name = parts[0]
    entry = _lookup(name)
    if entry is None:
        got = _outlet_line(name)
        entry = got[1] if got else None
    if entry is None or entry.kind == "agency":
        return
    if any(_lookup(p) is not None for p in parts[1:]):
        return
    found.set_outlet(_make(name, entry, "trailer"))


def _opening_credit(rest: str, found: _Found) -> bool:
    """After an opening place and its dash: a known outlet ("سانا قال", "«القدس العربي»: ..."), maybe
    after an author and a slash ("محمد شيخ يوسف/ الأناضول"), maybe followed by its reporter ("من مصطفى
    العبيدي:"). True when an outlet was found."""
    author: str | None = None
    slash = rest.find("/", 0, 50)
    if slash > 0:
        person = _person_name(rest[:slash])
        if person is not None:
            author, rest = person, rest[slash + 1 :]
    words = rest.split()
    for n in (3, 2, 1):
        cand = " ".join(words[:n]).strip(_EDGE + "“”/")  # "بغداد/ نينا/ أعلن"
        entry = _lookup(cand)
        if entry is not None:
            found.set_outlet(_make(cand, entry, "signature"))
            tail = " ".join(words[n : n + 6])
            by = re.match(r"^(?:" + "|".join(map(re.escape, _cues()["author_before"])) + r")\s+([^:،,.]{4,40}):",
                          fold_letters(tail)) if _cues()["author_before"] else None
            if by and author is None:
                author = _person_name(tail[by.start(1) : by.end(1)])
            if author:
                found.author = found.author or author
            return True
    return False


def _copyright(text: str, found: _Found) -> None:
    """"© 2024 عنب بلدي. جميع الحقوق محفوظة", "جميع الحقوق محفوظة لموقع X": the site names itself."""
    if len(text) > MAX_LINE:
        return
    low = fold_text(text).lower()
    cues = _cues()["copyright"]
    if not any(c in low for c in cues):
        return
    for c in sorted(cues, key=len, reverse=True):
        low = low.replace(c, " ")
    words = [w for w in re.split(r"[\s.،,|:\-–—]+", low) if w and not w.isdigit()]
    if not words or len(words) > 5:
        return
    for first in sorted(_bare_forms(words[0]) | {words[0]}, key=len, reverse=True):
        name = " ".join([first, *words[1:]])
        entry = _lookup(name)
        if entry is None and (got := _outlet_line(name)) is not None:
            entry = got[1]
        if entry is not None:
            found.set_outlet(_make(_surface(entry, text), entry, "trailer"))
            return


def _source_lists(lines: list[_Line], found: _Found) -> set[int]:
    """Closing lists of sources ("مصادر:" then "- X" lines) and one-line credits ("المصدر: وكالات"): the
    outlets they name were cited, not the publisher. Returns the indexes of the lines they cover."""
    heads = _cues()["heads"]
    covered: set[int] = set()
    i = 0
    while i < len(lines):
        line = lines[i]
        if len(line.text) <= MAX_LINE:
            head, sep, rest = line.text.partition(":")
            if _key(line.text) in heads or (sep and _key(head) in heads and not rest.strip()):
                j = i + 1
                while j < len(lines) and len(lines[j].text) <= MAX_LINE and _LIST_ITEM.match(lines[j].text):
                    j += 1
                if j > i + 1:
                    found.furniture.append((line.start, lines[j - 1].end))
                    covered.update(range(i, j))
                    i = j
                    continue
            elif sep and _key(head) in heads and len(rest.split()) <= 8 and i >= len(lines) - TAIL_LINES:
                found.furniture.append((line.start, line.end))
                covered.add(i)
                _own_source(rest, found)
        i += 1
    return covered


# ------------------------------------------------------------------ the stage


def find(text: str, title: str | None = None) -> _Found:
    """What the text itself says about its outlet, author and dateline, and its furniture spans."""
    found = _Found()
    lines = _lines(text)
    skip = _source_lists(lines, found)
    content: list[_Line] = []
    listing = False  # under "اقرأ أيضاً": the headlines listed there are furniture too
    for i, line in enumerate(lines):
        if i in skip:
            continue
        if is_boilerplate_line(line.text):
            found.furniture.append((line.start, line.end))
            _copyright(line.text, found)
            listing = is_list_head(line.text)
            continue
        if listing and is_listed_headline(line.text):
            found.furniture.append((line.start, line.end))
            continue
        listing = False
        content.append(line)
    title_key = _key(title) if title else None
    # the top: section label, title, signature, byline ... until the first paragraph
    head_end = 0
    for n, line in enumerate(content[:HEAD_LINES]):
        head_end = n + 1
        if _is_body(line):
            _opening(line, found)
            break
        if title_key and _key(line.text) == title_key:
            continue
        if _date_line_here(line, found, "masthead") or _short_line(line, found, head=True, first=n == 0):
            found.furniture.append((line.start, line.end))
        elif n == 0:
            got = _outlet_line(line.text, strict=True)
            if got is not None and (got[1] is not None or len(content) > 1):
                found.set_outlet(_make(got[0], got[1], "masthead"))
                found.furniture.append((line.start, line.end))
        elif (entry := _lookup_free(line.text.strip(_EDGE))) is not None:
            # the site's credit under the title ("رووداو ديجيتال"): a pack name, not one that is also a word
            found.set_outlet(_make(line.text.strip(_EDGE), entry, "masthead"))
            found.furniture.append((line.start, line.end))
        elif found.author is None and (writer := _head_writer(line.text)) is not None:
            # the writer's name under the title, alone or with a trade and a handle ("NAME مراسل @handle")
            found.author = writer
            found.furniture.append((line.start, line.end))
    # the end: a signature, a byline or the outlet's name after the last paragraph
    tail = content[max(head_end, len(content) - TAIL_LINES) :]
    for line in reversed(tail):
        if _is_body(line):
            break
        if _date_line_here(line, found, "trailer") or _short_line(line, found, head=False):
            found.furniture.append((line.start, line.end))
            continue
        got = _outlet_line(line.text)
        if got is not None:
            found.set_outlet(_make(got[0], got[1], "trailer"))
            found.furniture.append((line.start, line.end))
            continue
        if found.author is None and (writer := _bare_writer(line.text)) is not None:
            found.author = writer
            found.furniture.append((line.start, line.end))
            continue
        break  # a short line that is none of these (a closing sentence): stop looking upwards
    found.furniture.sort()
    return found


def _given_author(value: Any, outlet: model.Outlet | None, given: dict[str, Any]) -> str | None:
    if not isinstance(value, str):
        return None
    s = " ".join(value.split()).strip(_EDGE)
    if not s or "http" in s or "@" in s or len(s.split()) > 6:
        return None
    names = [outlet.name if outlet else None, given.get("outlet"), given.get("sitename")]
    if any(n and _key(n) == _key(s) for n in names):
        return None  # sites often put their own name in the author field
    if _org_name(s) or _lookup(s) is not None:
        return None  # an outlet or an organisation ("المرصد الوطني") is never the author
    return s


@stage("metadata", assigns=("doc.outlet", "doc.author", "doc.dateline", "doc.furniture", "doc.published"))
def run(doc: Doc) -> None:
    given = doc.given or {}
    found = find(doc.text, doc.title or given.get("title"))
    url = doc.url or given.get("url")
    byline = given.get("byline")
    b_author, b_dateline, b_outlet = parse_byline(byline) if isinstance(byline, str) else (None, None, None)

    outlet: model.Outlet | None = None
    g = given.get("outlet")
    g = " ".join(g.split()) if isinstance(g, str) else None
    how = "html" if g and given.get("sitename") and _key(given["sitename"]) == _key(g) else "given"
    g_entry = _lookup(g) if g else None
    if g and g_entry is None and _WEB_ADDRESS.match(g):
        # callers and feeds often give the site's address as its outlet ("syriahr.com", "https://npasyria.com"):
        # its domain names the pack entry, whose Arabic name then stands for it (and the text's own mentions
        # of that name are the publisher's, not a cited source)
        g_entry = _by_domain(g, prefer=b_outlet)
    u_entry = _by_domain(url, prefer=b_outlet)
    if g and g_entry is not None and u_entry is not None and u_entry is not g_entry and _narrower(u_entry, g):
        g_entry = u_entry  # "CNN" given for a page on arabic.cnn.com: CNN Arabic
    if g and g_entry is not None:
        outlet = _make(g, g_entry, how, prefer_pack_name=True)
    elif u_entry is not None:
        outlet = _make(u_entry.name_ar or u_entry.name, u_entry, "url")
    elif g:
        outlet = _make(g, None, how)
    elif found.outlet is not None:
        outlet = found.outlet
    elif b_outlet is not None:
        outlet = _make(b_outlet.name_ar or b_outlet.name, b_outlet, "given")
    doc.outlet = outlet

    doc.author = _given_author(given.get("author"), outlet, given) or b_author or found.author
    dl = given.get("dateline")
    # a credit line the source gave is read here with the outlet pack, so it overrides the reader's guess
    given_dl = b_dateline if isinstance(byline, str) else dl
    doc.dateline = found.dateline or (" ".join(given_dl.split()) if isinstance(given_dl, str) and given_dl.strip()
                                      else None)
    if found.published is None and doc.published is None:
        found.published = _today_in_text(doc.text)
    if found.published is not None and doc.published is None:
        doc.published = found.published  # the times stage, later, resolves أمس against it
        doc.given["published_from"] = "text"
        doc.notes.append("published_from:text")
    for span in found.furniture:
        if span not in doc.furniture:
            doc.furniture.append(span)
    doc.furniture.sort()
