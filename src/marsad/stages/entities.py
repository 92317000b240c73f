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

import re
from datetime import date, timedelta
from functools import cache

from marsad import gazetteer, index_cache, packs
from marsad.matcher import Match, PhraseIndex, is_word_char
from marsad.packs import folded_words
from marsad.pipeline import Candidate, Doc, stage
from marsad.stages import names
from marsad.stages.places import accusative_nisba
from marsad.textnorm import PROCLITICS, fold_text

_QUOTES_OPEN = "\"'«“„‘"
_QUOTES_CLOSE = "\"'»”’"

_PLURAL_ADJ_SUFFIXES = ("يين", "يون", "ين")

#: a year written in the (folded: ASCII-digit) text, and the first year of a new era's names
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


#: every entity pack: the derived nisba forms (`_derived_nisbas`) leave out any form that is an alias of any pack
_INDEX_FILES = ("actors.jsonl", "people.jsonl", "outlets.jsonl", "places.jsonl", "charmap.json", "roles.json",
                *index_cache.code_files("matcher", "textnorm", "packs", "gazetteer", "stages/entities"))


def _hyphen_spacings(text: str) -> tuple[str, ...]:
    """A hyphenated alias (كيم جونغ-أون، مون جاي-إن) as news also spaces it: with a space on both sides of
    the hyphen, after it, or before it."""
    if "-" not in text or " -" in text or "- " in text:
        return ()
    return tuple(text.replace("-", sep) for sep in (" - ", "- ", " -"))


@cache
def _index() -> PhraseIndex:
    return index_cache.cached("entities", _INDEX_FILES, _build_index)


def _build_index() -> PhraseIndex:
    idx = PhraseIndex()
    for pack in ("actors", "people", "outlets"):
        try:
            entries = packs.entity_pack(pack)
        except packs.MarsadError:
            continue  # a pack still missing from a development checkout
        for e in entries:
            for a in e.aliases:
                idx.add(a.text, ("alias", e.id, a))
                for variant in gazetteer.spelling_variants(a.text):
                    idx.add(variant, ("alias", e.id, a))
                for variant in _hyphen_spacings(a.text):
                    idx.add(variant, ("alias", e.id, a))
            for fam in e.extra.get("family_names", ()) or ():
                idx.add(fam, ("family", e.id, packs.Alias(fam)))
            for adj in e.extra.get("adjectives", ()) or ():
                idx.add(adj, ("adjective", e.id, packs.Alias(adj)))
    for form, entry_id in _derived_nisbas().items():
        idx.add(form, ("derived_adjective", entry_id, packs.Alias(form)))
    idx.compile()
    return idx


@cache
def _roles() -> dict:
    return packs.load_json("roles")


@cache
def _outlet_cues() -> tuple[str, ...]:
    """Nouns that license an outlet alias marked `requires: cue` (folded; `anaphora.json` outlet_cues)."""
    return tuple(fold_text(w) for w in packs.load_json("anaphora").get("outlet_cues", ()))


def _valid(alias: packs.Alias, entry: packs.PackEntry, day: str | None) -> bool:
    lo = alias.valid_from or entry.valid_from
    hi = alias.valid_to or entry.valid_to
    if day is None:
        # with no date at all, a date-bounded alias keeps its present-day meaning
        return hi is None
    return (lo is None or day >= lo) and (hi is None or day < hi)


@cache
def entry_eras() -> dict[str, tuple[str | None, str | None]]:
    """For entries that exist only in one era (some aliases bounded on one side only): (from, to)."""
    out: dict[str, tuple[str | None, str | None]] = {}
    for e in packs.entries_by_id().values():
        froms = {a.valid_from for a in e.aliases if a.valid_from and not a.valid_to}
        tos = {a.valid_to for a in e.aliases if a.valid_to and not a.valid_from}
        if froms and not tos:
            out[e.id] = (min(froms), None)
        elif tos and not froms:
            out[e.id] = (None, max(tos))
    return out


def _undated_era(doc: Doc, hits: list) -> str | None:  # type: ignore[type-arg]
    """A stand-in date for an undated article, read from what it names.

    An article that names an entity of a later era (الجيش السوري الجديد) or speaks of a regime as
    fallen (النظام البائد، فلول النظام) was written after the change; one that names only entities of an
    earlier era (النظام السوري، قوات النظام) before it. Returns None when the article gives no sign.
    """
    eras = entry_eras()
    ftext = doc.folded.text
    later: list[str] = []
    earlier: list[str] = []
    past = folded_words("roles", "past_markers")
    for m, _start, _end in hits:
        for what, entry_id, alias in m.payloads:
            if what != "alias" or alias.valid_from or alias.valid_to or entry_id not in eras:
                continue
            lo, hi = eras[entry_id]
            if lo:
                later.append(lo)
            elif hi:
                # "النظام السوري السابق" is matched whole: its own last word can be the marker
                own_last = ftext[m.start:m.end].split()[-1:]
                nxt = own_last + ftext[m.end:m.end + 12].split()
                (later if any(w in past for w in nxt[:2]) else earlier).append(hi)
    # the phrases that tell an article was written after a change (سقوط النظام): the day of each is data
    for day, phrases in _roles().get("era_change_phrases", {}).items():
        if any(fold_text(phrase) in ftext for phrase in phrases):
            later.append(day)
    # the latest year the article writes: an undated report whose latest year is 2018 was written in or
    # soon after it, so every alias whose meaning changed (the Syrian army in 2024, قوات طالبان in 2021) takes
    # the meaning of that year's end. Past every change of the packs the guess decides nothing.
    years = [int(y) for y in _YEAR.findall(ftext) if 1990 <= int(y) <= 2100]
    guess = f"{max(years)}-12-31" if years and max(years) <= _latest_change_year() else None
    # what the article names bounds the guess: an entity of an earlier era (النظام السوري) puts it before that
    # era's end, one of a later era after its start; a mere year never outweighs them
    if earlier:
        try:
            cap = (date.fromisoformat(min(earlier)) - timedelta(days=1)).isoformat()
        except ValueError:
            cap = None
        if cap and (guess is None or guess > cap):
            guess = cap
    if later and (guess is None or guess < max(later)):
        guess = max(later)
    return guess


@cache
def _latest_change_year() -> int:
    """The year of the latest valid_from/valid_to of any pack entry or alias: the last year a date can decide."""
    bounds = [d for e in packs.entries_by_id().values()
              for d in (e.valid_from, e.valid_to, *(x for a in e.aliases for x in (a.valid_from, a.valid_to))) if d]
    return max((int(d[:4]) for d in bounds if d[:4].isdigit()), default=0)


def _locative(ftext: str, m) -> bool:  # type: ignore[no-untyped-def]
    """Whether an unquoted match stands after ب or a locative (قتل في المحطة بولاية حمص): the land the
    name covers, not the body that bears it; quotes mark the name (بـ"ولاية ديالى")."""
    start = m.start - len(m.prefix)
    if _quoted(ftext, start, m.end):
        return False
    return m.prefix.endswith("ب") or _prev_word(ftext, start) in folded_words("roles", "locative_before_place")


def _prev_word(text: str, pos: int) -> str:
    """The folded word before `pos`, skipping spaces and opening quotes."""
    i = pos
    while i > 0 and (text[i - 1].isspace() or text[i - 1] in _QUOTES_OPEN or text[i - 1] == "ـ"):
        i -= 1
    j = i
    while j > 0 and is_word_char(text[j - 1]):
        j -= 1
    return text[j:i]


@cache
def _border_force_words() -> tuple[str, frozenset[str]]:
    """The folded border noun الحدود and place_cues border_force_heads (حرس، فيلق)."""
    forces = packs.load_json("place_cues").get("border_force_heads", ())
    return fold_text("الحدود"), frozenset(fold_text(w) for w in forces)


def _border_force_nisba(ftext: str, pos: int, head: str, key: str) -> bool:
    """Whether the nisba at `pos` after الحدود belongs to a force, not to the border: a masculine one, which
    cannot agree with that feminine plural (قائد حرس الحدود اليمني), or any after a force noun (فيلق الحدود
    الباكستاني، حرس الحدود السعودية)."""
    hudud, forces = _border_force_words()
    if head != hudud:
        return False
    if not key.endswith("ه"):
        return True
    i = pos
    while i > 0 and ftext[i - 1].isspace():
        i -= 1
    j = i
    while j > 0 and is_word_char(ftext[j - 1]):
        j -= 1
    before = _prev_word(ftext, j)
    return before in forces or (before[:1] in ("و", "ل", "ب") and before[1:] in forces)


def _strike_head(ftext: str, pos: int, head: str) -> bool:
    """Whether the folded word `head` before `pos` is a noun of force or strike (`adjective_actor_heads`,
    `adjective_strike_heads`), with a proclitic on it (وغارات، بطائرات، لضربات) or a manner adjective between
    it and the nisba (طائرات حربية روسية، غارة جوية إسرائيلية; `adjective_actor_head_modifiers`): the nisba
    then names the state that acts. Asked only where the article names neither the state nor any of its
    bodies: where it does, the events stage gives the deed to the force the article names (the state's
    army before the state), and a mention of the bare state here would split that party in two. A source
    or person noun (مصادر تركية، صحفي روسي) is no such head."""
    heads = folded_words("roles", "adjective_actor_heads") | folded_words("roles", "adjective_strike_heads")
    mods = folded_words("roles", "adjective_actor_head_modifiers")
    if head.startswith(_LI_ARTICLE) and "ال" + head[head.index("لل") + 2:] in heads:
        # تعرضت البلدة للقصف الروسي: ل swallowed the article's alif, and no proclitic strip gives القصف
        # back. Only right before the nisba: «للقوات الجوية الجزائرية» is left to the branch reading,
        # which keeps the force noun in the mention
        return True
    for _ in range(2):
        if _without_clitic(head, heads):
            return True
        if not _without_clitic(head, mods):
            return False
        pos = ftext.rfind(head, 0, pos)
        head = _prev_word(ftext, pos)
    return False


@cache
def _unit_words() -> tuple[frozenset[str], frozenset[str]]:
    """roles.json adjective_unit_modifiers: the force nouns (folded) and the branch or unit words between
    such a noun and a state's nisba (المسلحة، البحرية، الخاصة، الأمن)."""
    data = packs.load_json("roles").get("adjective_unit_modifiers", {})
    return (frozenset(fold_text(w) for w in data.get("heads", ())),
            frozenset(fold_text(w) for w in data.get("modifiers", ())))


def _force_before_unit(ftext: str, pos: int, head: str) -> int:
    """Where the force noun starts (folded) when a branch or unit word `head` stands between it and the nisba
    at `pos` (القوات البحرية المصرية، القوات الخاصة الروسية، أجهزة الأمن اليمني): a state's branch or service
    the packs do not list is that state acting, as a nisba right after the force noun is (القوات المصرية);
    -1 where no such pair stands before the nisba."""
    heads, mods = _unit_words()
    if head not in mods:
        return -1
    hpos = ftext.rfind(head, 0, pos)
    before = _prev_word(ftext, hpos)
    at = ftext.rfind(before, 0, hpos) if before else -1
    if before in heads:
        return at
    # a proclitic on the noun (وأجهزة، لقوات، للقوات: ل before the article drops its alif) is no part of
    # the name
    for c in PROCLITICS:
        if before.startswith(c) and len(before) > len(c) + 1:
            rest = before[len(c):]
            if rest in heads:
                return at + len(c)
            if c.endswith("ل") and rest.startswith("ل") and "ال" + rest[1:] in heads:
                return at + len(c) + 1  # as the packs' aliases are found there: قوات المسلحة after للـ
    return -1


def _ids(m: Match) -> set[str]:
    return {entry_id for _, entry_id, _ in m.payloads}


def _across_quotes(ftext: str, plain: list[Match]) -> list[Match]:
    """Aliases that run from a word into the quoted name after it (منظمة "غولن" as منظمة غولن), only where
    the quoted name alone does not already name the same entry (صحيفة "هآرتس"، تنظيم "داعش" keep their
    mention on the name)."""
    out: list[Match] = []
    for m, qs, qe in _index().find_across_quotes(ftext):
        inside = set().union(*(_ids(p) for p in plain if qs <= p.start and p.end <= qe))
        if not _ids(m) & inside:
            out.append(m)
    return out


def _quoted(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 2):start]
    after = text[end:end + 2]
    return any(q in before for q in _QUOTES_OPEN) and any(q in after for q in _QUOTES_CLOSE)


@cache
def _outlet_cue_kinds() -> dict[str, frozenset[str]]:
    """The outlet kinds each cue noun may name (folded; `anaphora.json` outlet_cue_kinds); a cue not listed
    fits every kind."""
    got = packs.load_json("anaphora").get("outlet_cue_kinds", {})
    return {fold_text(k): frozenset(v) for k, v in got.items()}


def _cue_fits(cue: str, kind: str | None) -> bool:
    kinds = _outlet_cue_kinds().get(cue)
    return kinds is None or kind is None or kind in kinds


def _cued(ftext: str, start: int, end: int, prefix: str, kind: str | None = None) -> bool:
    if _quoted(ftext, start - len(prefix), end):
        return True
    word = _prev_word(ftext, start - len(prefix))
    # the cue is in construct with the name, so it has no article: «ونقلت الوكالة النبأ» is the news the
    # agency carried, not the outlet (a proclitic may stand on it: لصحيفة، وقناة)
    definite = any(word.startswith(p + "ال") for p in ("", "و", "ف", "ب", "ك", "وب")) or word.startswith(("لل", "ولل"))
    if not definite:
        cues = [c for c in _outlet_cues() if word == c or word.endswith(c)]
        # the cue must fit the outlet's kind: «وكالة الأخبار الموريتانية» is no newspaper, «صحيفة الجزيرة»
        # no television channel (the longest cue decides: موقع قناة is a site)
        cue = max(cues, key=len) if cues else ""
        if cue and _cue_fits(cue, kind) and (cue not in folded_words("anaphora", "outlet_cue_other_senses")
                                             or " " in ftext[start:end].strip()  # روسيا اليوم: no common word
                                             or _reporting_context(ftext, start - len(prefix), end, word, cue)):
            return True
    # لـ«الوطن» / لصحيفة: a lam directly on a quoted name
    return prefix.endswith("ل") and start - len(prefix) > 0 and ftext[start - len(prefix) - 1] in _QUOTES_OPEN


#: ل on a definite noun swallows the article's alif (ل + القصف = للقصف): these forms stand for ال + the rest
_LI_ARTICLE = ("لل", "ولل", "فلل")


def _without_clitic(word: str, vocab: frozenset[str]) -> bool:
    if word in vocab:
        return True
    return any(word.startswith(c) and word[len(c):] in vocab for c in PROCLITICS if len(word) > len(c) + 1)


@cache
def _folded_words(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(fold_text(w) for w in words)


def _excluded(ftext: str, m, alias: packs.Alias) -> bool:  # type: ignore[no-untyped-def]
    """Whether the word before the match is one of the alias's `not_after` words, or the word after it
    one of its `not_before` words."""
    if alias.not_after and _without_clitic(_prev_word(ftext, m.start - len(m.prefix)),
                                           _folded_words(alias.not_after)):
        return True
    if alias.not_before:
        nxt = ftext[m.end:m.end + 40].split(maxsplit=1)
        word = "".join(ch for ch in nxt[0] if is_word_char(ch)) if nxt else ""
        if _without_clitic(word, _folded_words(alias.not_before)):
            return True
        if "@state_adjective" in alias.not_before and word in names.state_nisbas():
            return True  # «مجلس الأمن الروسي»: a state's own body, not the one the alias names
        if "@given_name" in alias.not_before and word and names.is_given_name(word):
            return True  # «الرئيس المخلوع زين العابدين بن علي»: the title of the man named, not the alias's man
    return False


def _after_given_name(doc: Doc, pos: int) -> bool:
    """Whether a given name ends right before `pos` (يحيى، بدر الدين، عبدالملك): what follows is a family name. Not
    the preposition على, which folds to the name علي, as written with its alif maqsura after anything but a given
    name (الثورة على الحوثي: against the group; محمد علي الحوثي, محمد على الحوثي: the man)."""
    ftext = doc.folded.text
    prev = _prev_word(ftext, pos)
    if not prev or not names.ends_given_name(prev):
        return False
    if prev == "علي":
        i = pos
        while i > 0 and not is_word_char(ftext[i - 1]):
            i -= 1
        start, end = doc.folded.span(i - len(prev), i)
        if names.ali_reading(doc, doc.text[start:end]) == names.ALI_PREPOSITION \
                and not names.ends_given_name(_prev_word(ftext, i - len(prev))):
            return False
    return True


def _family_name_use(doc: Doc, m, alias: packs.Alias) -> bool:  # type: ignore[no-untyped-def]
    """Whether a group's name that is also a family name (an entry's `family_names`: الحوثي) names a person: after
    a given name, or anywhere in an article that names a person of that family (وأضاف الحوثي after عبدالملك
    الحوثي is the man), unless a hashtag marks it (#الحوثي, the group in Gulf outlets' style)."""
    ftext = doc.folded.text
    start = m.start - len(m.prefix)
    if _after_given_name(doc, start):
        return True
    ostart = doc.folded.orig(start)
    if doc.text[ostart - 1:ostart] == "#":
        return False  # the fold deletes a hashtag's mark: the clean text keeps it
    key = fold_text(alias.text)  # as written with its article: للحوثي matches without it
    return any(_after_given_name(doc, hit.start())
               for hit in re.finditer(rf"(?<!\w){re.escape(key)}(?!\w)", ftext))


def _former(ftext: str, end: int) -> bool:
    """Whether the word after a post's title marks a former holder (السابق، الأسبق)."""
    nxt = ftext[end:end + 20].split(maxsplit=1)
    word = "".join(ch for ch in nxt[0] if is_word_char(ch)) if nxt else ""
    return word in folded_words("roles", "former_title_markers")


def _bare_adjectives(entry: packs.PackEntry) -> frozenset[str]:
    return _bare_adjectives_by_id().get(entry.id, frozenset())


@cache
def _bare_adjectives_by_id() -> dict[str, frozenset[str]]:
    out = {}
    for e in packs.entries_by_id().values():
        adjs = {fold_text(a) for a in e.extra.get("adjectives", ()) or ()}
        bare = frozenset(a[2:] if a.startswith("ال") else a for a in adjs)
        if bare:
            out[e.id] = bare
    return out


@cache
def _all_adjectives() -> frozenset[str]:
    """Every state's nisba forms, folded (the definite ones a coordinated nisba follows)."""
    return frozenset(fold_text(a) for e in packs.entries_by_id().values() for a in e.extra.get("adjectives", ()) or ())


@cache
def _state_adjectives_by_country() -> dict[str, frozenset[str]]:
    """Each state's definite nisbas, folded, by its country code (الأمريكية، الروسي → US, RU)."""
    out: dict[str, set[str]] = {}
    for e in packs.entries_by_id().values():
        if e.kind == "state" and e.country:
            out.setdefault(e.country, set()).update(
                f for a in e.extra.get("adjectives", ()) or () if (f := fold_text(a)).startswith("ال"))
    return {k: frozenset(v) for k, v in out.items()}


def _foreign_nisba_after(ftext: str, m, entry: packs.PackEntry) -> bool:  # type: ignore[no-untyped-def]
    """Whether a state force's alias that names no state itself (قوات الاحتلال، طائرات الاحتلال، جيش العدو)
    is followed by another state's nisba (قوات الاحتلال الأمريكية، طائرات الاحتلال الروسي): the nisba says
    whose force it is, so the alias's own state (Israel's army, where the phrase is bare) is not meant and
    the nisba's state is read instead. The state's own nisba (طائرات الاحتلال الإسرائيلية) keeps it."""
    if entry.kind != "state_force" or not entry.country:
        return False
    by_country = _state_adjectives_by_country()
    if any(w in _all_adjectives() for w in m.key.split()):
        return False  # قوات الاحتلال التركي: the alias carries its own nisba
    nxt = ftext[m.end:m.end + 40].split(maxsplit=1)
    word = "".join(ch for ch in nxt[0] if is_word_char(ch)) if nxt else ""
    if not word.startswith("ال") or word in by_country.get(entry.country, frozenset()):
        return False
    return any(word in adjs for c, adjs in by_country.items() if c != entry.country)


def _nisba(word: str, adjs: frozenset[str], definite: bool = True) -> bool:
    """A definite nisba: a state's listed one, or one of a state the packs give none (الأفغانية). An
    indefinite one (`definite` False) only as the packs list it: bare, the ending ية is too common a shape."""
    if not definite:
        return not word.startswith("ال") and word in adjs
    return word.startswith("ال") and (word in adjs or (len(word) >= 6 and word.endswith(("يه", "ي"))))


def _coordinated(ftext: str, m, day: str | None) -> tuple[str, str | None]:  # type: ignore[no-untyped-def]
    """For a nisba joined by و to another after a head noun (القوات الأفغانية والباكستانية، الشرطة العراقية
    والتركية والإيرانية): the head noun the nisbas share, and the entry that head and this nisba name
    together where the packs know that phrase (القوات الباكستانية → Pakistan's army). Otherwise the word
    before the match and None."""
    pos = m.start - len(m.prefix)
    head = _prev_word(ftext, pos)
    if not m.prefix.startswith("و"):
        return head, None
    adjs = _all_adjectives()
    # the nisbas agree in definiteness with the noun they share: القوات الروسية والتركية, and indefinite
    # غارات سورية وروسية، قوات أمريكية وبريطانية (the second state would otherwise be read after the first
    # nisba as its head, and dropped)
    definite = m.key.startswith("ال")
    for _ in range(3):
        word = head[1:] if head.startswith("و") and _nisba(head[1:], adjs, definite) else head
        if not _nisba(word, adjs, definite):
            break
        pos = ftext.rfind(head, 0, pos)
        head = _prev_word(ftext, pos)
    else:
        return head, None
    if head == _prev_word(ftext, m.start - len(m.prefix)):
        return head, None  # not a coordinated nisba
    own = ftext[m.start:m.end]
    phrase = f"{head} {own}"
    for hit in _index().find_all(phrase):
        if hit.start - len(hit.prefix) == 0 and hit.end == len(phrase):
            by_id = packs.entries_by_id()
            for what, entry_id, alias in hit.payloads:
                if what == "alias" and entry_id in by_id and _valid(alias, by_id[entry_id], day):
                    return head, entry_id
    return head, None


@cache
def _function_words() -> frozenset[str]:
    return folded_words("roles", "locative_before_place") | folded_words("roles", "name_stop_words")


def _after_indefinite(ftext: str, m) -> bool:  # type: ignore[no-untyped-def]
    """Whether the word before the match is an indefinite noun or adjective the match could qualify."""
    i = m.start - len(m.prefix)
    while i > 0 and ftext[i - 1] in " (":
        i -= 1
    j = i
    while j > 0 and is_word_char(ftext[j - 1]):
        j -= 1
    word = ftext[j:i]
    if word in folded_words("attribution", "source_nouns") and not word.startswith("ال"):
        return True  # مصادر سورية، مصدر سورية: an unnamed source's nisba, though مصادر also ends a name
    return len(word) >= 3 and not word.startswith("ال") and word not in _function_words() and not word[0].isdigit()


@cache
def _agreement_nouns() -> frozenset[str]:
    """The nouns after which a capital is part of a name (`anaphora.json` capital_in_name.name_after)."""
    data = packs.load_json("anaphora").get("capital_in_name", {})
    return frozenset(fold_text(w) for w in data.get("name_after", ()))


def _in_agreement_name(ftext: str, m) -> bool:  # type: ignore[no-untyped-def]
    """Whether a state's name stands right after an agreement's noun as the place it is named after
    (اتفاق السويد، اتفاقية الجزائر). Not where a second state is joined to it (اتفاق روسيا وتركيا،
    الاتفاق بين إيران والقوى الكبرى) or it is followed by مع: those name the agreement's parties."""
    if m.prefix:
        return False  # اتفاق لسوريا: a preposition makes the state a complement, not the name
    prev = _prev_word(ftext, m.start)
    if not _without_clitic(prev, _agreement_nouns()) and not (
            prev.startswith("ال") and _without_clitic(prev[2:], _agreement_nouns())):
        return False
    nxt = ftext[m.end:m.end + 40].split(maxsplit=1)
    word = "".join(ch for ch in nxt[0] if is_word_char(ch)) if nxt else ""
    return not (word.startswith("و") or word in folded_words("roles", "agreement_party_words"))


@stage("entities", requires=("doc.text",), assigns=("doc.candidates",))
def run(doc: Doc) -> None:
    ftext = doc.folded.text
    by_id = packs.entries_by_id()
    actor_heads = folded_words("roles", "adjective_actor_heads")
    place_heads = folded_words("roles", "adjective_place_heads")
    hits = []
    plain = _index().find_all(ftext)
    for m in [*plain, *_across_quotes(ftext, plain)]:
        start, end = doc.folded.span(m.start, m.end)
        if not doc.is_furniture(start, end):
            hits.append((m, start, end))
    day = doc.published.isoformat() if doc.published else _undated_era(doc, hits)
    doc.scratch["era_day"] = day  # later stages date an undated article's bare names the same way
    named = {entry_id for m, _, _ in hits for what, entry_id, _ in m.payloads if what == "alias"}
    # the states the article names, by themselves or by one of their bodies or forces
    states_named = named | {by_id[x].parent for x in named if x in by_id and by_id[x].parent}
    def _own_men_unsplit(entry_id: str) -> bool:
        # أعلنت وزارة الدفاع الروسية مقتل جنود روس: where the article names only a body of the state, its men
        # are read by the events stage as that body's side; a mention of the bare state would split the party
        return entry_id in named or entry_id not in states_named

    for m, start, end in hits:
        for what, entry_id, alias in m.payloads:
            entry = by_id.get(entry_id)
            if entry is not None and entry.extra.get("party") is False and not alias.requires \
                    and _valid(alias, entry, day):
                # no entity, but the claims stage may hear the body tell (ووصفتها الأمم المتحدة بالكارثة)
                doc.scratch.setdefault("cited_bodies", []).append((start, end, entry_id))
            if entry is None or not _valid(alias, entry, day) or entry.extra.get("party") is False:
                continue  # party: false — international bodies that are cited, not parties to the conflict
            if entry.extra.get("needs_parent") and (entry.parent not in named or _locative(ftext, m)):
                continue  # ولاية الرقة is the Islamic State's province only in an article that names the group
            attrs: dict = {"alias": alias.text}
            if alias.requires == "cue" and not _cued(ftext, m.start, m.end, m.prefix, entry.kind):
                continue
            if alias.requires == "quoted" and not _quoted(ftext, m.start - len(m.prefix), m.end):
                continue
            if entry.type == "outlet" and _given_name_before_surname(ftext, m, entry.kind):
                continue  # وقالت نينا فلانوفا: a woman's given name and surname, not the agency نينا
            if what == "family":
                if _family_name_use(doc, m, alias):
                    continue  # يحيى الحوثي: a man of the family, not the group
                what = "alias"
            if (entry.type == "person" and " " not in m.key
                    and _without_clitic(_prev_word(ftext, m.start - len(m.prefix)),
                                        folded_words("roles", "clan_nouns"))):
                continue  # عشيرة المقداد، آل الزعبي: a bare family name after a clan noun names the clan, not the man
            if entry.type == "person" and names.institution_name_at(ftext, m.start - len(m.prefix)):
                continue  # مركز الملك سلمان للإغاثة، مطار الملك خالد: named after the man, not the man
            if entry.type == "person" and what == "alias" and _other_family_after(ftext, m, entry):
                continue  # المواطن صدام الشمري: a given name the pack lists alone, then another man's family name
            if (alias.not_after or alias.not_before) and _excluded(ftext, m, alias):
                continue  # محكمة أمن الدولة: a neighbouring word gives the alias another sense
            if what == "alias" and _foreign_nisba_after(ftext, m, entry):
                continue  # قوات الاحتلال الأمريكية: not the Israeli army the bare phrase names
            if entry.type == "person" and (alias.valid_from or alias.valid_to):
                if _former(ftext, m.end):
                    continue  # وزير الدفاع الأمريكي الأسبق: a former holder of the post, not the one in office
                if _without_clitic(_prev_word(ftext, m.start - len(m.prefix)),
                                   folded_words("roles", "title_deputy_words")):
                    continue  # نائب وزير الخارجية السوري: the deputy, not the minister
                attrs["title"] = True  # resolve gives the post to a name right after it
            if alias.requires == "capital" or (what == "alias" and entry.kind == "state"
                                               and _in_agreement_name(ftext, m)):
                # a state's own name inside an agreement's name (اتفاق السويد) is, like a capital's
                # (اتفاق باريس), no party: resolve drops it there as it drops the capital
                attrs["capital"] = True
            if alias.requires in ("theatre", "theatre_sign") and entry.country:
                attrs["home_only"] = entry.country  # resolve drops it where the article's places are elsewhere
            if alias.requires in ("sign", "theatre_sign") and entry.country:
                attrs["home_sign"] = entry.country  # resolve drops it where nothing else names its country
            if what == "alias" and not m.prefix and m.key in _bare_adjectives(entry) and _after_indefinite(ftext, m):
                continue  # مصادر أمنية سورية: the adjective "Syrian", not the country سورية
            if what == "alias" and entry.kind == "state" and accusative_nisba(ftext, m.start, m.end, m.prefix):
                continue  # لاجئا سوريا: the accusative adjective "Syrian" (سورياً), not the state
            type_ = entry.type
            priority = 2
            if type_ == "person" and what == "alias" and not attrs.get("title"):
                end = _family_after(doc, m.end, end, entry)
            if what == "derived_adjective":
                # جنود روس، جنديان روسيان، ضباط تركيين: a form the pack does not list counts only after a
                # noun of armed men or a party's head noun, never alone (the plural alone names migrants and
                # communities) nor after a civilian noun (سياح روس، مواطنين عراقيين) or a fighter noun
                # (مقاتلين بريطانيين: volunteers of that nationality, not the state's men)
                prev = _prev_word(ftext, m.start - len(m.prefix))
                if _theatre_land(entry_id, prev, m.prefix):
                    continue
                if _without_clitic(prev, folded_words("roles", "nisba_volunteer_heads")) or not (
                        prev in actor_heads or (_armed_head(prev, frozenset()) and _own_men_unsplit(entry_id))):
                    continue
                doc.candidates.append(Candidate(start, end, entry.type, (entry_id,), how="adjective", priority=0,
                                                attrs={"alias": alias.text, "adjective": True}))
                continue
            if what == "adjective":
                if _theatre_land(entry_id, _prev_word(ftext, m.start - len(m.prefix)), m.prefix):
                    continue  # السوريين are Syrians, not a party: the theatre's own nisba names people
                if _made_in(ftext, m.end):
                    continue  # طائرة مسيرة إيرانية الصنع: where the weapon was made, no party to the deed
                head, joined = _coordinated(ftext, m, day)
                unit = _force_before_unit(ftext, m.start - len(m.prefix), head)
                if joined and joined != entry_id:
                    # القوات الأفغانية والباكستانية: the second nisba shares the first's head noun
                    doc.candidates.append(Candidate(start, end, by_id[joined].type, (joined,), how="pack", priority=2,
                                                    attrs={"alias": m.key, "coordinated": True}))
                    continue
                plural = m.key.endswith(_PLURAL_ADJ_SUFFIXES) or m.key in {"الروس", "الاتراك", "الامريكان"}
                if head in place_heads and _border_force_nisba(ftext, m.start - len(m.prefix), head, m.key):
                    continue  # حرس الحدود الباكستاني: the force's nisba, no country named as a place
                if head in place_heads and entry.kind != "state":
                    continue  # أراضي حوثية: land a group holds, inside some state; the group is no place
                if head in place_heads:
                    type_ = "place"
                    attrs["country_of"] = entry_id
                elif not (head in actor_heads
                          or (_armed_head(head, frozenset()) and _own_men_unsplit(entry_id))
                          or (plural and not m.prefix.endswith("ب")
                              and not _civilian_head(ftext, m.start - len(m.prefix), head))
                          or (entry_id not in states_named and _strike_head(ftext, m.start - len(m.prefix), head))):
                    if unit < 0:
                        continue
                    if head == _prev_word(ftext, m.start - len(m.prefix)):
                        # a branch no older rule reads: the mention holds the whole phrase, force noun first,
                        # so that the deed's subject is the force; a second nisba joined by و (القوات المسلحة
                        # المصرية والفرنسية) keeps to its own word
                        start = doc.folded.span(unit, m.end)[0]
                attrs["adjective"] = True
                priority = 0
            doc.candidates.append(
                Candidate(start, end, type_, (entry_id,), how="adjective" if what == "adjective" else "pack",
                          priority=priority, attrs=attrs)
            )


def _family_after(doc: Doc, fend: int, end: int, entry: packs.PackEntry) -> int:
    """The end of a pack person's name with the family name that follows it and the alias leaves out: a family
    link and its name (roles family_links: عبد الله بن زايد آل نهيان، فيصل بن فرحان آل سعود), or the last word of
    the entry's own full name (صباح الأحمد الصباح, whose name_ar ends in الصباح); `end` when neither follows.
    The family name is the writer's part of the name: a mention cut before it matches no annotation that holds
    it, and leaves a dangling word behind."""
    ftext = doc.folded.text
    m = _FAMILY_TAIL.match(ftext, fend)
    if m and m.group(1) in folded_words("roles", "family_links") \
            and m.group(2) not in folded_words("roles", "name_stop_words"):
        return doc.folded.span(m.start(2), m.end(2))[1]  # not "بعد أن آل إلى": the verb آل (came to)
    m = _NEXT_NAME_WORD.match(ftext, fend)
    if m and m.group(1).startswith("ال") and m.group(1) in _family_words(entry) \
            and m.group(1) != ftext[:fend].rsplit(" ", 1)[-1]:
        return doc.folded.span(m.start(1), m.end(1))[1]
    return end


def _family_words(entry: packs.PackEntry) -> frozenset[str]:
    """The folded last word of a pack person's full name (name_ar: its family name as the pack spells it); not
    of the aliases, which add epithets (بشار الأسد المخلوع) and posts (أمير الكويت) after the name."""
    words = fold_text(entry.name_ar).split()
    return frozenset(words[-1:]) if len(words) >= 2 else frozenset()


#: the word after a name (folded)
_NEXT_NAME_WORD = re.compile(r" (\w{3,})(?!\w)")


#: a family link and the family's name after a name (folded: آل folds to ال, a word of its own)
_FAMILY_TAIL = re.compile(r" (\S+) (\w{2,})(?!\w)")


def _theatre_land(entry_id: str, prev: str, prefix: str) -> bool:
    """Whether the nisba of a state that articles name mostly as the theatre (`roles.json` place_by_default:
    السوريين، الليبية) names people or land here: everywhere but right after a force or authority noun
    (theatre_state_actor_heads: القوات الليبية، قوات ليبية، السلطات الليبية name the state as a party, as
    القوات التونسية names Tunisia). A proclitic on the nisba (بالليبية) makes it no modifier of that noun."""
    if entry_id not in _roles().get("place_by_default", ()):
        return False
    return bool(prefix) or prev not in folded_words("roles", "theatre_state_actor_heads")


@cache
def _armed_person_heads() -> frozenset[str]:
    """Person nouns of armed men (`roles.json` adjective_armed_person_heads: جندي، جنود، جنديان، مقاتلين،
    ضابط، مستشارين …), folded: a state's nisba after one names that state's forces as a party."""
    return folded_words("roles", "adjective_armed_person_heads")


def _armed_head(head: str, actor_heads: frozenset[str]) -> bool:
    """Whether the folded word before a nisba is a party's head noun (`actor_heads`, as written) or a person
    noun of armed men, with or without a proclitic (وجنود، لمقاتلين)."""
    return head in actor_heads or _without_clitic(head, _armed_person_heads())


#: the dual and sound-plural endings a masculine nisba takes (روسي → روسيان، روسيين، روسيون) and the feminine
#: dual's (روسية → روسيتان، روسيتين), added to the singular's stem
_NISBA_DERIVED_ENDINGS = ("ان", "ين", "ون", "تان", "تين")


@cache
def _derived_nisbas() -> dict[str, str]:
    """Folded forms of each state's nisba that the actors pack does not list, → the state's id: the dual and
    sound plural derived by rule from each one-word masculine singular it lists (definite ones from the
    definite, indefinite from the indefinite: a state listed definite-only stays so), and the broken plurals
    of `roles.json` nisba_broken_plurals (روس، أتراك) with their definite forms. A form the pack lists or an
    alias spells is left to them; a form two states would share goes to neither."""
    listed = {fold_text(a) for e in packs.entries_by_id().values() for a in e.extra.get("adjectives", ()) or ()}
    listed |= packs.folded_aliases()
    out: dict[str, str] = {}
    clash: set[str] = set()

    def add(form: str, entry_id: str) -> None:
        if form in listed or form in clash:
            return
        if out.setdefault(form, entry_id) != entry_id:
            del out[form]
            clash.add(form)

    for e in packs.entity_pack("actors"):
        if e.kind != "state":
            continue
        for a in e.extra.get("adjectives", ()) or ():
            f = fold_text(a)
            if " " in f or not f.endswith("ي") or len(f) < 4:
                continue
            for ending in _NISBA_DERIVED_ENDINGS:
                add(f + ending, e.id)
    for entry_id, forms in (_roles().get("nisba_broken_plurals") or {}).items():
        for w in forms:
            f = fold_text(w)
            add(f, entry_id)
            add("ال" + f, entry_id)
    return out


def derived_nisbas() -> dict[str, str]:
    """`_derived_nisbas` for stage events, whose role readers take a state's men by their nisba."""
    return _derived_nisbas()


def _civilian_head(ftext: str, pos: int, head: str) -> bool:
    """Whether `head`, the folded word before a state's plural nisba at `pos`, is a civilian person noun
    (`roles.json` nisba_civilian_heads: سياح، مواطنين، صحفيين): the nisba then names people of that nationality,
    not the state. Not one joined by و to a noun of armed men before it (الجنود والمدنيين الأمريكيين): the nisba
    covers the soldiers too."""
    civ = folded_words("roles", "nisba_civilian_heads")
    if not _without_clitic(head, civ):
        return False
    if not head.startswith("و"):
        return True
    i = pos
    while i > 0 and not is_word_char(ftext[i - 1]):
        i -= 1
    before = _prev_word(ftext, i - len(head))
    return not _armed_head(before, folded_words("roles", "adjective_actor_heads"))


def _given_name_before_surname(ftext: str, m: Match, kind: str | None) -> bool:
    """A one-word outlet alias that is also a given name (نينا، روناهي), with no outlet noun before it nor quotes
    round it, and a plain word right after it (no article, no function word, no punctuation between): the first
    word of a person's name, never the outlet (وقالت نينا فلانوفا، منسقة البرنامج; but نقلت نينا عن …)."""
    if " " in m.key or not names.is_given_name(m.key) or _cued(ftext, m.start, m.end, m.prefix, kind):
        return False
    rest = ftext[m.end:m.end + 40]
    if rest[:1] != " ":
        return False
    rest = rest[1:]
    n = 0
    while n < len(rest) and is_word_char(rest[n]):
        n += 1
    word = rest[:n]  # (a comma may close the name: نينا فلانوفا، منسقة …)
    if len(word) < 3 or word.startswith("ال") or names._clitic_function_word(word):
        return False
    if word[0] in "بل":
        # (أفادت نينا بمقتل …، نقلت نينا لمراسلها: بـ/لـ on a noun, the verb's object; a surname so spelt
        # (فلانة بتروفا) ends the name: punctuation or a function word after it)
        after = rest[n:].lstrip(" ")
        nxt = after.split(maxsplit=1)[0] if after else ""
        return bool(after) and (not is_word_char(after[0]) or names._clitic_function_word(nxt))
    return True


def _made_in(ftext: str, end: int) -> bool:
    """Whether the folded word right after `end` is a word of making (`roles.json` adjective_made_in_words:
    الصنع، المنشأ): the nisba before it tells where a weapon was made (صاروخ روسي الصنع), not who used it."""
    i = end
    while i < len(ftext) and ftext[i].isspace():
        i += 1
    j = i
    while j < len(ftext) and is_word_char(ftext[j]):
        j += 1
    return i < j and ftext[i:j] in folded_words("roles", "adjective_made_in_words")




def _bare_report_word(word: str, reporting: frozenset[str]) -> str | None:
    """The reporting word `word` is, with a و/ف before it or an object pronoun on it (وذكر، بثه), else None."""
    for w in (word, word[1:] if word[:1] in "وف" else ""):
        for v in (w, w[:-1] if w.endswith("ه") else "", w[:-2] if w.endswith(("ها", "هم")) else ""):
            if v and v in reporting:
                return v
    return None


def _reporting_context(ftext: str, start: int, end: int, word: str, cue: str) -> bool:
    """Whether a cue noun that has a sense besides the media one (موقع 'site, military position', شبكة, منصة;
    `anaphora.json` outlet_cue_other_senses) stands where an outlet is told of: ل on the noun (لموقع X), a
    reporting word right before it (بحسب موقع، ذكر موقع) or a reporting verb up to three words before (بثه السبت
    موقع X), a reporting verb, a media adjective (outlet_context_after: الإلكتروني، الإخباري), a colon or an
    opening quote right after the name. Else the noun is a place (زار موقع البناء، وصل إلى موقع الحدث) or some
    body's own site (نشرت على موقع الاتحاد), and a one-word alias that is a common word names no outlet."""
    if word != cue and word[:-len(cue)] in ("ل", "ول", "فل"):
        return True
    reporting = folded_words("anaphora", "site_report_words")
    next_only = folded_words("anaphora", "site_report_next_only")  # prepositions and nouns: right before the cue only
    before = ftext[max(0, start - 80):start].split()[:-1]  # the words before the cue noun
    for n, raw in enumerate(reversed(before[-3:])):
        w = "".join(ch for ch in raw if is_word_char(ch))
        got = _bare_report_word(w, reporting)
        if got and (n == 0 or got not in next_only):
            return True
        if w != raw.strip("\"«“'") or w in folded_words("anaphora", "site_prepositions"):
            break  # a comma or full stop ends the clause; نشر على موقع X: a site the verb's object went to
    rest = ftext[end:end + 40].lstrip(" ")
    if rest[:1] in (":", *_QUOTES_OPEN):
        return True
    nxt = rest.split(maxsplit=1)
    w = "".join(ch for ch in nxt[0] if is_word_char(ch)) if nxt else ""
    if w in folded_words("anaphora", "outlet_context_after"):
        return True
    got = _bare_report_word(w, reporting)
    return got is not None and got not in next_only


def _other_family_after(ftext: str, m, entry: packs.PackEntry) -> bool:  # type: ignore[no-untyped-def]
    """Whether a pack person's one-word alias that is a listed given name (صدام) has a definite nisba family
    name right after it that is not the entry's own (صدام الشمري, صدام العديني): the given name of another man,
    whom the names stage reads. Only the nisba shape counts: the other definite words there are mostly
    epithets of the man the pack knows (صدام البائد، أردوغان السابق), and a state's nisba (أردوغان التركي)
    names his country."""
    if " " in m.key or not names.is_given_name(m.key):
        return False
    nxt = _NEXT_NAME_WORD.match(ftext, m.end)
    if not nxt:
        return False
    word = nxt.group(1)
    return word.startswith("ال") and word.endswith("ي") and len(word) > 4 and word not in _family_words(entry) \
        and word not in names.state_nisbas() and not names.common_word_not_name(word)
