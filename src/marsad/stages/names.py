"""Stage `names`: people and formations that no pack knows, found by the words that introduce them.

- A person after a role noun (الصحفي، المحلل الكردي، نائب رئيس ...; `roles.json`), after a naming verb
  with quotes (يدعى “...”), or starting with a common given name (`given_names.json`).
- A formation in quotes after a naming cue (تحت اسم “...”، ما يسمى “...”، لواء “...”).

A name runs over the words after its cue until punctuation or a word that cannot be part of a name
(`name_stop_words`), at most four words. Candidates carry `how="pattern"`; `resolve` merges them with
pack matches (a pack match of the same span wins).
"""

from __future__ import annotations

import re
from functools import cache

from marsad import packs
from marsad.matcher import PhraseIndex
from marsad.pipeline import Candidate, Doc, stage
from marsad.textnorm import fold_text

_TOKEN = re.compile(r"\w+|[^\w\s]")
_OPEN_Q = "\"«“„'"
_CLOSE_Q = "\"»”'"
_MAX_QUOTED = 60  # characters; a longer quote is speech, not a name


@cache
def _roles() -> dict:
    return packs.load_json("roles")


@cache
def _fset(key: str, pack: str = "roles") -> frozenset[str]:
    return frozenset(fold_text(w) for w in packs.load_json(pack).get(key, ()))


@cache
def _index(key: str) -> PhraseIndex:
    idx = PhraseIndex()
    for w in _roles().get(key, ()):
        idx.add(w, key)
    return idx


@cache
def _given_names() -> tuple[frozenset[str], frozenset[str]]:
    data = packs.load_json("given_names")
    plain = frozenset(fold_text(w) for w in data.get("names", ()))
    ambiguous = frozenset(fold_text(w) for w in data.get("ambiguous", ()))
    return plain, ambiguous


def _tokens(text: str, pos: int, limit: int = 12) -> list[tuple[int, int, str]]:
    """Tokens after `pos` on the same line (a name never runs across a line break)."""
    out = []
    line_end = text.find("\n", pos)
    stop = min(len(text), pos + 200, line_end if line_end >= 0 else len(text))
    for m in _TOKEN.finditer(text, pos, stop):
        out.append((m.start(), m.end(), m.group()))
        if len(out) >= limit:
            break
    return out


@cache
def _not_name() -> frozenset[str]:
    words = set(_fset("not_name_words"))
    for pack in ("actors",):
        for e in packs.entity_pack(pack):
            for a in e.extra.get("adjectives", ()) or ():
                f = fold_text(a)
                words.add(f[2:] if f.startswith("ال") else f)
    return frozenset(words)


def _name_after(ftext: str, pos: int, *, min_words: int = 2) -> tuple[int, int] | None:
    """The name that starts at or after `pos` (folded offsets), or None."""
    stops = _fset("name_stop_words")
    mods = _fset("person_role_modifiers")
    particles = _fset("name_particles")
    toks = _tokens(ftext, pos, 16)
    i = 0
    # skip role modifiers and a genitive chain (نائب الرئاسة المشتركة للمجلس التنفيذي لـ"الإدارة الذاتية")
    skipped = 0
    while i < len(toks) and skipped < 7:
        w = toks[i][2]
        if w in mods or (w.startswith(("ال", "لل")) and len(w) > 3):
            i += 1
            skipped += 1
            continue
        if w == "ل" and i + 1 < len(toks) and toks[i + 1][2] in _OPEN_Q:
            j = i + 2
            while j < len(toks) and toks[j][2] not in _CLOSE_Q:
                j += 1
            i = j + 1
            skipped += 1
            continue
        if w in _OPEN_Q and skipped:  # a quoted organisation name in the chain
            j = i + 1
            while j < len(toks) and toks[j][2] not in _CLOSE_Q:
                j += 1
            i = j + 1
            skipped += 1
            continue
        break
    words: list[tuple[int, int, str]] = []
    while i < len(toks) and len(words) < 4:
        s, e, w = toks[i]
        if not w[0].isalpha() or w in stops or w in mods or (len(w) < 2 and w not in particles):
            break
        if w in _not_name() or (w.startswith(("ال", "لل")) and w[2:] in _not_name()):
            break
        if not words and w.startswith("ال") and w not in particles:
            break  # a name does not start with the article; a family name may (الأسد)
        if w[0].isascii():
            break
        words.append((s, e, w))
        i += 1
    while words and words[-1][2] in particles:
        words.pop()
    if len(words) < min_words:
        return None
    return words[0][0], words[-1][1]


def _quoted_after(ftext: str, pos: int) -> tuple[int, int] | None:
    i = pos
    while i < len(ftext) and i < pos + 3 and ftext[i] in " ـ":
        i += 1
    if i >= len(ftext) or ftext[i] not in _OPEN_Q:
        return None
    j = i + 1
    limit = min(len(ftext), j + _MAX_QUOTED)
    while j < limit and ftext[j] not in _CLOSE_Q and ftext[j] != "\n":
        j += 1
    if j >= limit or ftext[j] not in _CLOSE_Q:
        return None
    s, e = i + 1, j
    while s < e and ftext[s] == " ":
        s += 1
    while e > s and ftext[e - 1] == " ":
        e -= 1
    return (s, e) if e - s >= 2 else None


@stage("names", requires=("doc.text",), assigns=("doc.candidates",))
def run(doc: Doc) -> None:
    ftext = doc.folded.text
    seen: set[tuple[int, int]] = set()

    def add(fs: int, fe: int, type_: str, cue: str, quoted: bool = False, nickname: bool = False) -> None:
        if (fs, fe) in seen:
            return
        start, end = doc.folded.span(fs, fe)
        if doc.is_furniture(start, end):
            return
        seen.add((fs, fe))
        doc.candidates.append(Candidate(start, end, type_, (), how="pattern", priority=1,
                                        name_ar=doc.text[start:end],
                                        attrs={"cue": cue, "quoted": quoted, "nickname": nickname}))

    nick = _fset("nickname_cues")
    for m in _index("person_quote_cues").find(ftext):
        q = _quoted_after(ftext, m.end)
        if q:
            add(*q, "person", m.key, quoted=True, nickname=m.key in nick)
    for m in _index("person_roles").find(ftext):
        span = _name_after(ftext, m.end)
        if span:
            add(*span, "person", m.key)
    for m in _index("formation_cues_quoted").find(ftext):
        q = _quoted_after(ftext, m.end)
        if q and not _looks_like_speech(ftext[q[0]:q[1]]):
            # "القيادي المعروف باسم «...»": a cue shared by people and formations, decided by the role before it
            person = m.key in nick and _after_person_role(ftext, m.start - len(m.prefix))
            add(*q, "person" if person else "actor", m.key, quoted=True, nickname=person)
    _given_name_people(doc, add)


def _after_person_role(ftext: str, pos: int) -> bool:
    words = ftext[max(0, pos - 40):pos].split()
    roles = _fset("person_roles") | _fset("person_role_modifiers")
    return any(w in roles for w in words[-2:])


def _looks_like_speech(s: str) -> bool:
    return len(s.split()) > 6


def _given_name_people(doc: Doc, add) -> None:  # type: ignore[no-untyped-def]
    plain, ambiguous = _given_names()
    stops = _fset("name_stop_words")
    ftext = doc.folded.text
    for m in re.finditer(r"\w+", ftext):
        w = m.group()
        core = w
        if w[:1] in "وفبل" and w[1:] in plain and w not in plain:
            core = w[1:]
        if core not in plain or core in ambiguous:
            continue
        # the next word must look like a family name: not a stop word, not a verb-like particle
        nxt = re.compile(r"\s+(\w+)").match(ftext, m.end())
        if not nxt:
            continue
        w2 = nxt.group(1)
        if w2 in stops or len(w2) < 3 or w2[0].isascii():
            continue
        start = m.start() + (len(w) - len(core))
        span = _name_after(ftext, start)
        if span:
            add(*span, "person", "given_name")
