"""Stage: metadata — who published the article, who wrote it, where it was filed, and which lines around it
are not its body.

Each field takes the first answer in this order (precision matters more than recall: the fields are scored
exactly, and a wrong outlet is worse than none):

outlet
  1. `doc.given["outlet"]` resolved in the outlets pack (the caller's word: a JSONL/TREC record field, an HTML
     site name, or `--outlet`) — how="given", or "html" when it is the page's site name;
  2. the URL's domain matched to a pack outlet's `domains` — how="url";
  3. `doc.given["outlet"]` as given, when the pack does not know it — how="given"/"html";
  4. a signature line in the text: a pack `signatures` line, "خاص - SY24", "دمشق - سانا" (place, dash, known
     outlet), "(سانا)" at the start of the first paragraph or alone at the end — how="signature";
  5. a masthead (the first line is only an outlet name) or a trailing name (the last line before any page
     furniture is only an outlet name, e.g. "صحيفة الوطن") — how="masthead" / "trailer".
  An outlet named inside the body ("أفادت مصادر للجزيرة نت") or in a closing list of sources ("مصادر:" then
  "- الجزيرة نت") is a cited source, never the publisher, and is not looked at here.
author
  `doc.given["author"]` (HTML meta, record field) unless it is really the outlet's name; else a byline in the
  text: "| حلب- خالد زنكلو", "حلب - خالد زنكلو", "بقلم: ...", "كتب: ...".
dateline
  the text (the place of a byline or signature, or the place opening the first paragraph: "بيروت ـ ...",
  "دمشق (رويترز) - ..."); else `doc.given["dateline"]` (the reader takes it from TREC <AUTHOR> fields such as
  "أبوظبي - سكاي نيوز عربية").

furniture gets the (start, end) span of every signature, byline, masthead and trailing-name line, every
source list, and every boilerplate line (share buttons, comment forms ...) still in the text, so that later
stages do not treat them as article body. Cue words live in `data/bylines.json`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from marsad import model, packs
from marsad.errors import MarsadError
from marsad.pipeline import Doc, stage
from marsad.reading import is_boilerplate_line
from marsad.textnorm import fold_letters, fold_text

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


def _key(s: str) -> str:
    return " ".join(fold_text(s).strip(_EDGE).split())


def _squash(s: str) -> str:
    """Latin names compared without case, spaces or punctuation ("Sky News" = "skynews")."""
    return "".join(c for c in fold_text(s) if c.isalnum())


# ------------------------------------------------------------------ data


@cache
def _cues() -> dict[str, Any]:
    d = packs.load_json("bylines")

    def alt(words: list[str]) -> str:
        forms = sorted({fold_letters(w) for w in words}, key=len, reverse=True)
        return "(?:" + "|".join(re.escape(f) for f in forms) + r")[\u064b-\u0652\u0640]*"

    return {
        "outlet": frozenset(_key(w) for w in d["outlet_cues"]),
        "signature": frozenset(_key(w) for w in d["signature_cues"]),
        "heads": frozenset(_key(w) for w in d["source_heads"]),
        "not_places": frozenset(_key(w) for w in d["not_places"]),
        "byline_re": re.compile(
            r"^\|?\s*" + alt(d["byline_cues"]) + r"\s*[:：\-–—]?\s+(?P<name>[^\d:|()«»\"“”]{3,60}?)"
            r"(?:\s*[-–—،,|]\s*(?P<place>[^\d:|()«»\"“”\-–—،,]{2,30}))?\s*$", re.I),
        "signature_re": re.compile(
            r"^\|?\s*" + alt(d["signature_cues"]) + r"\s*(?:[-–—:|/]|ـ)\s*(?P<name>[^\n]{2,40}?)\s*$", re.I),
    }


@dataclass(slots=True)
class _OutletIndex:
    by_key: dict[str, packs.PackEntry] = field(default_factory=dict)
    squashed: dict[str, packs.PackEntry] = field(default_factory=dict)
    signatures: dict[str, packs.PackEntry] = field(default_factory=dict)
    domains: list[tuple[str, packs.PackEntry]] = field(default_factory=list)


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
        for sig in e.extra.get("signatures") or []:
            idx.signatures.setdefault(_key(sig), e)
        for d in e.extra.get("domains") or []:
            d = str(d).lower().strip().removeprefix("www.")
            if d:
                idx.domains.append((d, e))
    _INDEX = (pack, idx)
    return idx


def _lookup(name: str) -> packs.PackEntry | None:
    idx = _outlets()
    return idx.by_key.get(_key(name)) or idx.squashed.get(_squash(name))


def _by_domain(url: str | None) -> packs.PackEntry | None:
    if not url:
        return None
    try:
        host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower().removeprefix("www.")
    except ValueError:
        return None
    if not host:
        return None
    for d, e in _outlets().domains:
        if host == d or host.endswith("." + d):
            return e
    return None


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


def _outlet_line(surface: str) -> tuple[str, packs.PackEntry | None] | None:
    """A short line that is only an outlet name: a pack name (its position is the cue, so aliases that need
    a cue count), or a cue noun and a name ("صحيفة الوطن")."""
    s = surface.strip(_EDGE)
    words = s.split()
    if not s or len(words) > 5 or _SENTENCE_PUNCT.search(s):
        return None
    entry = _lookup(s)
    if entry is not None:
        return s, entry
    if (2 <= len(words) <= 5 and _key(words[0]) in _cues()["outlet"]
            and all(_ARABIC_WORD.match(w) or w.isascii() for w in words)):
        return s, _lookup(" ".join(words[1:]))
    return None


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
    if not 2 <= len(words) <= 5 or _SENTENCE_PUNCT.search(s.replace("د.", "")):
        return None
    return s


def _place(s: str) -> str | None:
    s = s.strip(_EDGE)
    words = s.split()
    if not 1 <= len(words) <= 3 or not all(_ARABIC_WORD.match(w) for w in words):
        return None
    if _key(words[0]) in _cues()["not_places"] or _key(s) in _cues()["not_places"]:
        return None
    return s


_PAIR = re.compile(r"^\|?\s*(?P<a>[^\-–—|:()\n]{2,40}?)\s*" + _DASH + r"\s*(?P<b>[^\-–—|:()\n]{2,40}?)\s*$")
_W = r"[\u0621-\u064a]{2,}"
#: "بيروت ـ", "دمشق (رويترز) -", "دبي، الإمارات العربية المتحدة (CNN)—": the first place is the dateline
_OPENING = re.compile(
    rf"^(?P<place>{_W}(?:\s{_W}){{0,2}})(?:\s*[،,]\s*{_W}(?:\s{_W}){{0,3}})?\s*"
    r"(?:\((?P<src>[^()\n]{2,40})\)\s*)?" + _DASH + r"\s*(?P<rest>\S)")
_OPENING_SRC = re.compile(r"^\((?P<src>[^()\n]{2,40})\)\s*" + _DASH + r"\s*\S")
_PAREN_LINE = re.compile(r"^\((?P<src>[^()\n]{2,40})\)$")


@dataclass(slots=True)
class _Found:
    outlet: model.Outlet | None = None
    author: str | None = None
    dateline: str | None = None
    furniture: list[tuple[int, int]] = field(default_factory=list)

    def set_outlet(self, o: model.Outlet) -> None:
        if self.outlet is None or (self.outlet.how in ("masthead", "trailer") and o.how == "signature"):
            self.outlet = o


@cache
def _function_words() -> frozenset[str]:
    return frozenset(_key(w) for w in packs.load_json("languages")["stopwords"]["arabic"])


def _has_function_word(s: str) -> bool:
    return any(_key(w) in _function_words() for w in s.split())


def _short_line(line: _Line, found: _Found, *, head: bool, first: bool = False) -> bool:
    """Try every pattern for a short line; record what it says. True when the line is furniture."""
    text = line.text
    folded = fold_letters(text)  # same length as text: match offsets map back directly
    key = _key(text)
    sig = _outlets().signatures.get(key)
    if sig is not None:
        found.set_outlet(_make(sig.name_ar or text, sig, "signature", prefer_pack_name=True))
        return True
    m = _cues()["signature_re"].match(folded)
    if m:
        got = _signature_name(text[m.start("name") : m.end("name")])
        if got:
            found.set_outlet(_make(got[0], got[1], "signature"))
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
    m = _PAIR.match(folded)
    if m:
        a, b = text[m.start("a") : m.end("a")].strip(_EDGE), text[m.start("b") : m.end("b")].strip(_EDGE)
        cues = _cues()
        if _key(a) in cues["signature"]:  # "خاص - SY24"
            got = _signature_name(b)
            if got:
                found.set_outlet(_make(got[0], got[1], "signature"))
                return True
        if _key(b) in cues["signature"]:  # "إدلب - خاص"
            place = _place(a)
            if place:
                found.dateline = found.dateline or place
                return True
        place = _place(a)
        if place:
            outlet = _outlet_line(b)
            if outlet is not None and (outlet[1] is not None or head):  # "دمشق - سانا"
                found.set_outlet(_make(outlet[0], outlet[1], "signature"))
                found.dateline = found.dateline or place
                return True
            person = _person(b)
            # "| حلب- خالد زنكلو" (the bar is a common byline mark) or a bare "حلب - خالد زنكلو" near the top
            # ... but never a headline: not the first line, and no function word (على، في ...) in the name
            bare_ok = head and not first and person is not None and not _has_function_word(person)
            arabic_name = person is not None and all(_ARABIC_WORD.match(w) for w in person.split())
            if person and arabic_name and (text.startswith("|") or bare_ok):
                found.author = found.author or person
                found.dateline = found.dateline or place
                return True
    m = _PAREN_LINE.match(text)
    if m:
        entry = _lookup(m.group("src"))
        if entry is not None:  # "(سانا)" alone on a line
            found.set_outlet(_make(m.group("src").strip(), entry, "signature"))
            return True
    return False


def _opening(line: _Line, found: _Found) -> None:
    """The dateline that opens the first paragraph: "بيروت ـ قالت ...", "دمشق (رويترز) - ...",
    "دمشق-سانا قال ..."."""
    text = line.text[:200]
    folded = fold_letters(text)
    m = _OPENING.match(folded)
    if m:
        place = _place(text[m.start("place") : m.end("place")])
        rest_words = line.text[m.start("rest") :].split()
        if place is None or len(rest_words) < 8:  # a short "X - Y" is a title, not a dateline
            return
        found.dateline = found.dateline or place
        if m.group("src"):
            entry = _lookup(m.group("src"))
            if entry is not None:
                found.set_outlet(_make(m.group("src").strip(), entry, "signature"))
        else:
            for n in (3, 2, 1):  # "دمشق-سانا قال": a known outlet right after the dash
                cand = " ".join(rest_words[:n]).strip(_EDGE)
                entry = _lookup(cand)
                if entry is not None:
                    found.set_outlet(_make(cand, entry, "signature"))
                    break
        return
    m = _OPENING_SRC.match(folded)
    if m:
        entry = _lookup(m.group("src"))
        if entry is not None:
            found.set_outlet(_make(m.group("src").strip(), entry, "signature"))


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
        i += 1
    return covered


# ------------------------------------------------------------------ the stage


def find(text: str, title: str | None = None) -> _Found:
    """What the text itself says about its outlet, author and dateline, and its furniture spans."""
    found = _Found()
    lines = _lines(text)
    skip = _source_lists(lines, found)
    content: list[_Line] = []
    for i, line in enumerate(lines):
        if i in skip:
            continue
        if is_boilerplate_line(line.text):
            found.furniture.append((line.start, line.end))
            continue
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
        if _short_line(line, found, head=True, first=n == 0):
            found.furniture.append((line.start, line.end))
        elif n == 0:
            got = _outlet_line(line.text)
            if got is not None and (got[1] is not None or len(content) > 1):
                found.set_outlet(_make(got[0], got[1], "masthead"))
                found.furniture.append((line.start, line.end))
    # the end: a signature, a byline or the outlet's name after the last paragraph
    tail = content[max(head_end, len(content) - TAIL_LINES) :]
    for line in reversed(tail):
        if _is_body(line):
            break
        if _short_line(line, found, head=False):
            found.furniture.append((line.start, line.end))
            continue
        got = _outlet_line(line.text)
        if got is not None:
            found.set_outlet(_make(got[0], got[1], "trailer"))
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
    return s


@stage("metadata", assigns=("doc.outlet", "doc.author", "doc.dateline", "doc.furniture"))
def run(doc: Doc) -> None:
    given = doc.given or {}
    found = find(doc.text, doc.title or given.get("title"))
    url = doc.url or given.get("url")

    outlet: model.Outlet | None = None
    g = given.get("outlet")
    g = " ".join(g.split()) if isinstance(g, str) else None
    how = "html" if g and given.get("sitename") and _key(given["sitename"]) == _key(g) else "given"
    g_entry = _lookup(g) if g else None
    if g and g_entry is not None:
        outlet = _make(g, g_entry, how, prefer_pack_name=True)
    elif (u_entry := _by_domain(url)) is not None:
        outlet = _make(u_entry.name_ar or u_entry.name, u_entry, "url")
    elif g:
        outlet = _make(g, None, how)
    else:
        outlet = found.outlet
    doc.outlet = outlet

    doc.author = _given_author(given.get("author"), outlet, given) or found.author
    dl = given.get("dateline")
    doc.dateline = found.dateline or (" ".join(dl.split()) if isinstance(dl, str) and dl.strip() else None)
    for span in found.furniture:
        if span not in doc.furniture:
            doc.furniture.append(span)
    doc.furniture.sort()
