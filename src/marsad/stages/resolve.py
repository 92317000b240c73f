"""Stage `resolve`: from candidate mentions to entities.

Rules, in order:

1. **Party or place.** A state or a capital city matched both as an actor and as a place is a place after
   a locative word (في، إلى، الأراضي، الحدود مع ...; `roles.json`) or a settlement noun (مدينة أربيل،
   محافظة بغداد; `place_cues.json` cue_nouns), or when joined by و to a place just
   named, and a party otherwise (شنت تركيا، المدعومة من إيران). After «إلى» with a blame noun before it
   (أصابع الاتهام إلى موسكو; `roles.json` ascription_before_to) a state is the party blamed. A capital
   after a court's, a mayor's or a summit's noun or after «العاصمة» (+ a nisba) is the city
   (محكمة جنايات القاهرة، العاصمة المصرية القاهرة) or the object of a masculine or plural strike verb
   (صاروخ استهدف الرياض),
   and after an agreement's or an institute's noun part of a name, no entity (اتفاق باريس، معهد واشنطن;
   `anaphora.json` capital_in_name). The object of a visit verb, or of the bare masdar right before it,
   is the place visited (وزار الرئيس التركي موسكو، زيارة واشنطن; `roles.json` place_context.visit_verbs).
2. **Overlaps.** The longest candidate wins; for equal spans the higher priority (pack > pattern >
   adjective). A name found only by a pattern never overrides a pack match it overlaps: the packs are
   curated, the patterns guess. A name found only by the statistical recogniser (stage `ner`,
   `how="ner"`) ranks below both, whatever its length: pack > pattern > ner for the same or an
   overlapping span. It is chosen only where no other candidate was chosen, so it never splits or
   stretches a pack or pattern name (a ner span «الرئيس بشار الأسد» loses to the pack's «بشار الأسد»);
   among ner spans the longest wins. Where a recogniser's person span ends with a pattern's name and adds
   one or two given names before it (قاسم محمد تاج الدين), the pattern's name starts there too.
3. **Entities.** Pack matches group by pack id, gazetteer places by record, pattern names by their folded
   form; groups named by their backer (قوات موالية له، الفصائل المدعومة من تركيا) group by the top of the
   backer's parent chain, so «backed by the Turkish army» and «backed by Turkey» are one group. Each
   entity gets a canonical English and Arabic name.
   **Joins.** Where an article names both a generic or umbrella body and the specific one that news uses
   it for, they are one party: an actor entry's `joins` lists the entries its mentions join when the
   same article names them (the Assad-era army joins the regime, as «قوات النظام» already does;
   «المسلحون الأكراد» joins the YPG, else the SDF; «المعارضة السورية» joins the FSA, else the SNA; the
   US's and Russia's generic «القوات الأميركية/الروسية» join the named armed forces, and name the state
   when no army is named). **Ministries** are the government speaking or acting: a ministry's mentions
   join the nearest body up its parent chain that the article names (the regime for the Syrian MoFA,
   Russia for its MoD). The pack entries stay, so a ministry named alone is its own entity, and the
   joined entity lists the bodies it absorbed in `includes`.
4. **Anaphora.** Definite descriptions listed on an actor (التنظيم → ISIS) attach to that actor when it is
   already in the article, the nearest preceding one winning; outlet nouns (الشبكة، الصحيفة) attach to the
   nearest outlet of that kind; "الميليشيات" attaches to the group the article itself labelled so
   (ميليشيا قسد, or an alias that starts with the label: ميليشيا الحوثي), and a group noun with a group's
   nisba (الميليشيات الحوثية، الجماعة الحوثية) to that group. A person named once in full is found again
   by the family name alone (for a pack person: a compound family name anywhere after, a one-word one
   after a speech verb: وقال ظريف). A person only a pattern or the recogniser found whose name ends a
   fuller name already given (وقال عبد الرحمن after رامي عبد الرحمن) is a mention of that person, not a
   new one, unless the tail follows بن (the father). A family name several known people share (المالكي)
   said alone is the one the packs list it for, unless only another bearer was named in full before it
   (after «تركي المالكي» it is the coalition's spokesman).
5. **Theatre.** Generic names the packs give to one entry (قوات التحالف، طيران التحالف، الساحل) name
   another in an article whose places lie mostly in another country (`anaphora.json` theatre_entries:
   the Saudi-led coalition and Yemen's west coast in an article about Yemen). A recogniser's place that is
   a country's nisba after an indefinite noun (طائرات سورية) and a recogniser's person whose name holds a
   group noun (ميليشيا X) or is a noun phrase (`names.not_a_person`: جماعتان سياسيتان، هاتفا محمولا; of
   two words, `names.recogniser_phrase`: شجعني رفاقي، رسما كاريكاتيريا، خلف القضبان) are dropped.
   A pack alias marked `requires: theatre` (الأمن العام، أمن الدولة: names many states give their
   own services) counts only where the theatre is the entry's country or unknown. In an article about Yemen
   the Iran-backed militias and a bare الميليشيات are the Houthis. A bare state body (وزارة الخارجية،
   البرلمان: `anaphora.json` theatre_bodies) that refers back to no body named before is the theatre
   country's, where at least three places lie there and the states named around the word are mostly it.
   A bare government force (القوات الحكومية، قوات الحكومة: an army entry's `theatre_anaphora`) is the
   theatre's army whoever else is named around it, unless a nisba follows; where that army joined the
   regime (rule 3b), named or not, the regime holds it. A bare الجيش، الشرطة، الحكومة that refers back to
   nothing named is the theatre country's army, police or government under the gates of the state bodies
   (`anaphora.json` theatre_defaults; not after رئيس/تشكيل, not before an adjective). الجيش الوطني is
   Yemen's army in Yemen and the LNA in Libya, and with another state's nisba after it (الصومالي) no
   Syrian faction at all; with no theatre, a generic name whose rule says `or_named` is the entry the
   article names by its own name (قوات التحالف beside «تحالف دعم الشرعية في اليمن»).
6. **Shared and conditional group words.** «التنظيم»، «الحركة»، «الجماعة» (`anaphora.json` shared_anaphors)
   refer back to the group with that head named last before them (تنظيم القاعدة) rather than to the entry
   that lists them, where that entry was named earlier or only later. A bare القاعدة (`group_words`) is
   al-Qaeda in quotes, after a member or leader noun, after a word of allegiance with ب/ل, or beside
   another armed group by و; otherwise it is a base or a rule and names no one.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from functools import cache

from marsad import gazetteer as gz
from marsad import model, packs
from marsad.matcher import PhraseIndex, is_word_char
from marsad.packs import folded_words, load_json
from marsad.pipeline import Candidate, Doc, EntityDraft, stage
from marsad.stages import entities, names, ner, places
from marsad.textnorm import fold_text, proclitic_stripper

_OPEN_Q = "\"'«“„‘"


@cache
def _roles() -> dict:
    return packs.load_json("roles")


@cache
def _anaphora_data() -> dict:
    return packs.load_json("anaphora")


@cache
def _locatives() -> tuple[frozenset[str], frozenset[str]]:
    single, double = set(), set()
    for w in _roles()["locative_before_place"]:
        f = fold_text(w)
        (double if " " in f else single).add(f)
    return frozenset(single), frozenset(double)


@cache
def _translit() -> dict:
    return load_json("translit")


@cache
def _english_words() -> tuple[dict[str, str], dict[str, str]]:
    """Folded name words and two-word names -> their conventional English spelling (given_names.json)."""
    data = load_json("given_names")
    words = {fold_text(k): v for k, v in data.get("english", {}).items()}
    compounds = {" ".join(fold_text(k).split()): v for k, v in data.get("english_compounds", {}).items()}
    return words, compounds


def _english_word(w: str) -> str | None:
    words, _compounds = _english_words()
    if w in words:
        return words[w]
    if w.startswith("ال") and w[2:] in words:
        return "al-" + words[w[2:]]
    return None


def romanise(arabic: str) -> str:
    """A readable Latin name for a name no pack knows: the conventional spelling of common name words
    (Abd al-Aziz al-Ahmad), else a letter-by-letter key (not a standard transliteration)."""
    t = _translit()
    _words, compounds = _english_words()
    folded = fold_text(arabic).split()
    words = []
    i = 0
    while i < len(folded):
        w = folded[i]
        if i + 1 < len(folded) and f"{w} {folded[i + 1]}" in compounds:
            words.append(compounds[f"{w} {folded[i + 1]}"])
            i += 2
            continue
        i += 1
        if not any("\u0600" <= c <= "\u06ff" for c in w):
            words.append(w)
            continue
        known = _english_word(w)
        if known is not None:
            words.append(known)
            continue
        article = "al-" if w.startswith("ال") and len(w) > 3 else ""
        body = "".join(t["letters"].get(c, c) for c in (w[2:] if article else w))
        words.append(article + body[:1].upper() + body[1:])
    return " ".join(words) or arabic


def _words_before(doc: Doc, pos: int, n: int = 2) -> list[str]:
    """Up to n folded words before the text offset `pos`, nearest last."""
    # the rules ask this about the same offset several times (four calls per offset on news): the words are
    # kept per offset, nearest first, with whether fewer than asked were there (then any n is answered)
    ftext = doc.folded.text
    got = doc.scratch.get("words_before")
    if got is None or got[0] is not ftext:
        got = doc.scratch["words_before"] = (ftext, {})
    known: list[str | None] | None = got[1].get(pos)
    if known is None or (len(known) < n and (not known or known[-1] is not None)):
        words: list[str | None] = list(_words_before_scan(doc, pos, n))
        known = got[1][pos] = [*words, None] if len(words) < n else words
    # a None at the end marks the words as all there are
    return [w for w in reversed(known[:n]) if w is not None]


def _words_before_scan(doc: Doc, pos: int, n: int) -> list[str]:
    """Up to n folded words before the text offset `pos`, nearest first."""
    ftext = doc.folded.text
    # folded offset of pos: search the index map
    fpos = _folded_pos(doc, pos)
    words: list[str] = []
    i = fpos
    while len(words) < n and i > 0:
        while i > 0 and not is_word_char(ftext[i - 1]):
            if ftext[i - 1] in ".،؛:\n!?؟":
                return words
            i -= 1
        j = i
        while j > 0 and is_word_char(ftext[j - 1]):
            j -= 1
        if j == i:
            break
        words.append(ftext[j:i])
        i = j
    return words


def _folded_pos(doc: Doc, pos: int) -> int:
    idx = doc.folded.index
    if idx is None:
        return pos
    return bisect.bisect_left(idx, pos)


_strip_clitic = proclitic_stripper()  # `strip_proclitics` of a word, as a bounded cache (no Python frame)


def _is_dateline(doc: Doc, start: int, end: int) -> bool:
    """بيروت - ... / دمشق ـ ... at the start of a line: where the report was filed, a place."""
    line_start = doc.text.rfind("\n", 0, start) + 1
    head = doc.text[line_start:start].strip(" |()")
    after = doc.text[end:end + 3].lstrip()[:1]
    return not head and after in ("-", "ـ", "–", "—", "،", ":")


#: the most words of the city before a dateline's country (دبي، / أبوظبي، / مدينة الكويت،)
_DATELINE_CITY_WORDS = 3
_DATELINE_HEAD_CHARS = 40


def _dateline_country(doc: Doc, start: int, end: int) -> bool:
    """The country after a dateline's city and a comma, before the outlet's bracket or a dash (دبي،
    الإمارات العربية المتحدة (CNN)--): where the report was filed written out, so a place, never the state
    as a party (`_is_locative`); the shorter names inside it (الإمارات) go with it."""
    # the city is short: a line begun further back than this holds no dateline here (and a long line is
    # not scanned back to its start for each name)
    line_start = doc.text.rfind("\n", max(0, start - _DATELINE_HEAD_CHARS), start) + 1
    if line_start == 0 and start > _DATELINE_HEAD_CHARS:
        return False
    head = doc.text[line_start:start].strip(" |()")
    after = doc.text[end:end + 3].lstrip()[:1]
    return bool(head) and head.endswith(("،", ",")) and len(head.split()) <= _DATELINE_CITY_WORDS \
        and after in ("(", "-", "ـ", "–", "—")


def _is_locative(doc: Doc, c: Candidate, place_spans: list[tuple[int, int]]) -> bool:
    if _is_dateline(doc, c.start, c.end) or _dateline_country(doc, c.start, c.end):
        return True
    single, double = _locatives()
    before = _words_before(doc, c.start, 2)
    # the proclitic on the name itself: بتركيا، لتركيا (ب is locative, ل is not)
    fstart = _folded_pos(doc, c.start)
    ftext = doc.folded.text
    if fstart > 0 and ftext[fstart - 1] == "ب" and (fstart < 2 or not is_word_char(ftext[fstart - 2])):
        return True
    if before:
        last = before[-1]
        if last == fold_text("إلى") and _ascribed(doc, c.start):
            return False
        if last in single or _strip_clitic(last) in single:
            return True
        if len(before) == 2 and f"{before[0]} {before[1]}" in double:
            return True
        # a settlement noun names the city, not its government: في مدينة أربيل، محافظة بغداد، لمدينة بيروت
        if last in _cue_nouns() or _strip_clitic(last) in _cue_nouns():
            return True
    # و-coordination with a place named just before: في العراق وأفغانستان
    # place_spans grow in text order: only the last one can stand right before this name
    return bool(fstart > 0 and ftext[fstart - 1] == "و" and place_spans and 0 < c.start - place_spans[-1][1] <= 3)


@cache
def _ascription_words() -> frozenset[str]:
    return frozenset(fold_text(w) for w in _roles()["ascription_before_to"])


def _ascribed(doc: Doc, pos: int) -> bool:
    """«وجهت أصابع الاتهام إلى موسكو»، «وجهت اللوم إلى طهران»: a state that blame is laid on after «إلى» is
    the party blamed, not a destination; a blame word (`roles.json` ascription_before_to) among the three
    words before the preposition says so. The verb نسب stays out: «نسب إلى X قوله» names a source."""
    words = _words_before(doc, pos, 4)[:-1]
    return any(w in _ascription_words() or _strip_clitic(w) in _ascription_words() for w in words)


@cache
def _cue_nouns() -> frozenset[str]:
    return frozenset(fold_text(w) for w in packs.load_json("place_cues").get("cue_nouns", ()))


@cache
def _capital_words() -> dict[str, frozenset[str]]:
    data = _anaphora_data().get("capital_in_name", {})
    return {k: frozenset(fold_text(w) for w in data.get(k, ()))
            for k in ("place_after", "name_after", "capital_nouns", "strike_verbs", "strike_verbs_feminine",
                      "of_them")}


def _capital_in_name(doc: Doc, start: int) -> str | None:
    """What a capital's name is after the nouns of `anaphora.json` capital_in_name: "name" where it is part
    of an agreement's or an institute's name (اتفاق باريس، معهد واشنطن), "place" where it is a court's,
    a constituency's or a summit's city (محكمة جنايات القاهرة، نيابة باريس، قمة الرياض) or follows
    «العاصمة» with or without a state's nisba (العاصمة المصرية القاهرة، العاصمة السعودية الرياض); None
    otherwise. The state is
    the party in none of these."""
    words = _capital_words()
    before = _words_before(doc, start, 2)
    if not before:
        return None
    last = before[-1]
    bare = {last, _strip_clitic(last)}
    if bare & words["name_after"]:
        return "name"
    if bare & words["place_after"] or bare & words["capital_nouns"]:
        return "place"
    # «صاروخ استهدف الرياض»، «استهدف الحوثيون الرياض»: a capital, as a state, takes a feminine verb, so
    # after a masculine or plural strike verb (its definite subject between or in the verb) it is the city
    # struck; an indefinite noun between heads a genitive (باستهداف حلفاء واشنطن: the state's allies)
    if bare & words["strike_verbs"] or (len(before) == 2 and _strip_clitic(last).startswith("ال")
                                        and {before[0], _strip_clitic(before[0])} & words["strike_verbs"]):
        return "place"
    # the nisba may be the state's own name too (العاصمة السعودية الرياض: السعودية is both Saudi Arabia
    # and the feminine nisba, and the actors pack lists it as a name, not among the adjectives)
    if len(before) == 2 and {before[0], _strip_clitic(before[0])} & words["capital_nouns"] and (
            packs.state_words("country").get(last) or packs.state_words("country", names=True).get(last)):
        return "place"
    return _struck_after(doc, start, words)


def _struck_after(doc: Doc, start: int, words: dict[str, frozenset[str]]) -> str | None:
    """"place" where a strike verb stands up to four words before the capital with only its definite subject,
    a number or a count «X منها» between (واستهدف 3 منها الرياض، قصفت الطائرات الإسرائيلية دمشق): the city is
    the verb's object. A feminine verb needs its subject (definite, or the count) between: right before the
    capital it has the capital, the state, for subject (استهدفت دمشق مواقع…)."""
    subject = False
    skip = False
    window = _words_before(doc, start, 4)
    weapons = _weapon_subjects()
    adjectives = 0
    for i, w in enumerate(reversed(window)):
        bare = _strip_clitic(w)
        if skip:  # the count before «منها»
            skip = False
            continue
        if w in words["strike_verbs"] or bare in words["strike_verbs"]:
            return "place"
        if w in words["strike_verbs_feminine"] or bare in words["strike_verbs_feminine"]:
            return "place" if subject else None
        if w in words["of_them"]:
            skip = subject = True  # the count is the verb's subject (استهدفت 3 منها الرياض)
        elif w in weapons or bare in weapons:
            subject = True  # an indefinite weapon is the verb's subject (استهدف صاروخ باليستي الرياض)
        elif bare.startswith("ال"):
            subject = True
        elif w.isdigit():
            continue
        elif not subject and adjectives < 2 and any(
                x in weapons or _strip_clitic(x) in weapons for x in window[:len(window) - 1 - i]):
            adjectives += 1  # an adjective of a weapon named before it (صاروخ باليستي، طائرة مسيرة)
        else:
            return None
    return None


@cache
def _weapon_subjects() -> frozenset[str]:
    """The weapon nouns that, indefinite between a strike verb and a capital, are the verb's subject, not a
    genitive head: anaphora capital_in_name weapon_subjects (raids, strikes, drones, bombs) and the single-word
    weapons the events stage already knows (event_cues fired_weapons weapons, intercepted_objects)."""
    cues = load_json("event_cues")
    listed = [*_anaphora_data().get("capital_in_name", {}).get("weapon_subjects", ()),
              *cues.get("fired_weapons", {}).get("weapons", ()), *cues.get("intercepted_objects", ())]
    return frozenset(fold_text(w) for w in listed if " " not in w)


@cache
def _party_only_heads() -> tuple[str, ...]:
    return tuple(fold_text(w) for w in _roles().get("party_only_heads", ()))


def _alone_on_line(doc: Doc, start: int, end: int) -> bool:
    # look only a little way each side: a long line is never a lone label, and scanning it would be slow
    before = doc.text[max(0, start - 60):start]
    before = before[before.rfind("\n") + 1:]
    after = doc.text[end:end + 60]
    nl = after.find("\n")
    if nl < 0 and end + 60 < len(doc.text):
        return False
    after = after if nl < 0 else after[:nl]
    return not before.strip() and not after.strip(" .:،")


@cache
def _subject_verbs() -> frozenset[str]:
    """Verbs whose subject is a party: `anaphora.json` state_subject_verbs, the claims stage's verbs of
    saying and the events' light verbs (شنّ، أعلن)."""
    words = set(_anaphora_data().get("state_subject_verbs", {}).get("words", ()))
    for verb in packs.load_json("attribution").get("verbs", {}).values():
        words.update(verb.get("forms", ()))
    light = packs.load_json("triggers").get("light_verbs", {})
    words.update(light.get("past", ()))
    words.update(light.get("present", ()))
    not_verbs = {fold_text(w) for w in _anaphora_data().get("state_subject_verbs", {}).get("not_verbs", ())}
    return frozenset(fold_text(w) for w in words if " " not in w) - not_verbs


@cache
def _agent_nouns() -> frozenset[str]:
    return frozenset(fold_text(w) for w in _anaphora_data().get("state_subject_verbs", {}).get("agent_nouns", ()))


@cache
def _subject_rules() -> tuple[tuple[str, ...], frozenset[str]]:
    rules = _anaphora_data().get("state_subject_verbs", {})
    suffixes = tuple(sorted((fold_text(x) for x in rules.get("object_suffixes", ())), key=len, reverse=True))
    return suffixes, frozenset(fold_text(x) for x in rules.get("before_subject", ()))


def _is_subject_verb(word: str) -> bool:
    verbs = _subject_verbs()
    suffixes = _subject_rules()[0]
    for w in (word, word[1:] if word[:1] in "وف" else ""):
        if w in verbs or any(w.endswith(x) and w[:-len(x)] in verbs for x in suffixes):
            return True
    return False


def _opens_clause(ftext: str, fpos: int) -> bool:
    """Whether the word at folded offset `fpos` opens a clause: at a line start or after punctuation, or
    after a clause opener (وقد، كما)."""
    i = fpos
    while i > 0 and ftext[i - 1] == " ":
        i -= 1
    if i == 0 or not is_word_char(ftext[i - 1]):
        return True
    j = i
    while j > 0 and is_word_char(ftext[j - 1]):
        j -= 1
    openers = {fold_text(w) for w in _anaphora_data().get("state_subject_verbs", {}).get("clause_openers", ())}
    return ftext[j:i] in openers


def _relative_with_object(ftext: str, fpos: int, verb: str) -> bool:
    """«التي نفذها العراق»: a verb after a relative pronoun, its object the pronoun on it, so the name
    after it is its subject."""
    rules = _anaphora_data().get("state_subject_verbs", {})
    relatives = {fold_text(w) for w in rules.get("relatives", ())}
    suffixed = any(verb.endswith(x) and verb[:-len(x)] in _subject_verbs() for x in _subject_rules()[0])
    words = ftext[max(0, fpos - 20):fpos].split()
    return suffixed and bool(words) and words[-1] in relatives


def _state_subject(doc: Doc, start: int, end: int) -> bool:
    """A country named as a verb's subject: right after the verb (أعلن العراق، وقالت سوريا) or at the
    start of a clause right before it (العراق يعلن). A name after a preposition never reaches here
    (`_is_locative` decides it first), so only the bare name is tested."""
    fstart = _folded_pos(doc, start)
    ftext = doc.folded.text
    if fstart > 0 and is_word_char(ftext[fstart - 1]):
        return False  # a proclitic on the name: لسوريا، بالعراق
    before = _words_before(doc, start, 1)
    if before and _strip_clitic(before[0]) in _agent_nouns():
        return True  # إعلان العراق النصر: the verbal noun's genitive is its doer
    if before and before[0] not in _subject_rules()[1]:
        if not _is_subject_verb(before[0]):
            return False
        # VSO: the verb opens its clause (or carries و/ف); after its own subject or a preposition the
        # country is its object (ترامب قصف سوريا، من ضرب سوريا)
        verb_start = ftext.rfind(before[0], 0, fstart)
        conj = before[0][:1] in "وف" and before[0][1:] in _subject_verbs()  # وأعلن but not وصفوا
        return conj or _opens_clause(ftext, verb_start) or _relative_with_object(ftext, verb_start, before[0])
    # clause start: the next word is the verb
    fend = _folded_pos(doc, end)
    m = ftext[fend:fend + 40].split(maxsplit=1)
    return bool(m) and _is_subject_verb(m[0].strip(".،:؛"))


@cache
def _from_to_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    rules = _roles().get("from_to", {})
    return tuple(frozenset(fold_text(w) for w in rules.get(k, ())) for k in ("from", "to", "not_after"))  # type: ignore[return-value]


#: how many و-joined names may stand between the first one after من and إلى (من الجزائر وتونس والمغرب إلى)
_FROM_TO_JOINED = 4


def _from_to(doc: Doc, start: int, end: int, name_ends: dict[int, int]) -> bool:
    """«من تركيا إلى سوريا»: a country after من with إلى + another country or place right after it is the
    point a movement left from, a place; «رسالة من تركيا إلى روسيا» and «المدعومة من إيران باتجاه ...»
    (roles.json from_to.not_after) keep the sender and the backer. The starting point may be a list,
    «من الجزائر وتونس إلى مصر»: the و-joined names after the first are stepped over before إلى (they
    become places too by و-coordination with the first). `name_ends` maps where a place or a state's
    name begins to where its longest span ends."""
    from_words, to_words, not_after = _from_to_words()
    before = _words_before(doc, start, 2)
    if not before or before[-1] not in from_words:
        return False
    if len(before) == 2 and (before[0] in not_after or _strip_clitic(before[0]) in not_after):
        return False
    ftext = doc.folded.text
    idx = doc.folded.index

    def orig(fpos: int) -> int:
        return idx[fpos] if idx is not None and fpos < len(idx) else fpos

    fend = _folded_pos(doc, end)
    for _ in range(_FROM_TO_JOINED):
        joined = re.match(r"(?: *، *| +)و", ftext[fend:fend + 6])
        if not joined or orig(fend + joined.end()) not in name_ends:
            break
        fend = _folded_pos(doc, name_ends[orig(fend + joined.end())])
    m = re.match(r" +(\w+) +", ftext[fend:fend + 30])
    if not m or m.group(1) not in to_words:
        return False
    fnext = fend + m.end()
    # إلى مدينة القدس: the place after its settlement noun
    cue = re.match(r"(\w+) +", ftext[fnext:fnext + 20])
    if cue and cue.group(1) in _cue_nouns():
        fnext += cue.end()
    return orig(fnext) in name_ends


#: the pronouns a masdar carries for its doer (وصوله، وصولها، وصولهم، وصولهما)
_PRONOUN_SUFFIXES = ("ه", "ها", "هم", "هما")


@cache
def _place_context() -> dict[str, frozenset[str]]:
    data = _roles().get("place_context", {})
    out = {k: frozenset(fold_text(w) for w in data.get(k, ()))
           for k in ("nouns_before_li", "movement_before_from", "region_adjectives_after", "visit_verbs",
                     "visit_breaks", "visit_masdars", "speech_before_from", "club_nouns")}
    # the movement masdars with each pronoun (folded; ة is written ت before one: مغادرته، زيارتهم)
    out["movement_masdars"] = frozenset(
        (f[:-1] + "ت" if f.endswith("ه") else f) + suffix
        for f in (fold_text(w) for w in data.get("movement_masdars", ())) for suffix in _PRONOUN_SUFFIXES)
    return out


#: how many words before «لـX» a visit or capital noun may stand (زيارة البابا فرنسيس لأيرلندا)
_LI_NOUN_WINDOW = 3

#: how many words may stand between a visit verb and the name it visits (زار الرئيس الكوري الجنوبي سيول)
_VISIT_WINDOW = 4


def _visited(before: list[str], ctx: dict[str, frozenset[str]]) -> bool:
    """Whether the name after the clause's words `before` (folded, nearest last) is what a visit verb or its
    bare masdar takes as object: the place visited (وزار الرئيس التركي موسكو، زيارة موسكو), not the state."""
    if not before:
        return False
    if _strip_clitic(before[-1]) in ctx["visit_masdars"] or before[-1] in ctx["visit_masdars"]:
        return True
    for i in range(len(before) - 1, -1, -1):
        w = before[i]
        if w in ctx["visit_verbs"] or _strip_clitic(w) in ctx["visit_verbs"]:
            # the subject between verb and object (الرئيس التركي، نتنياهو), no phrase of its own
            return not any(b in ctx["visit_breaks"] or _strip_clitic(b) in ctx["visit_breaks"]
                           for b in before[i + 1:])
    return False


def _place_by_context(doc: Doc, start: int, end: int) -> bool:
    """A state's bare name that the words around it make a place (roles.json place_context): the goal of a
    visit or the country of a capital or coast, with ل on the name (زيارة الوزير لكندا، العاصمة
    الاقتصادية لكندا); the point left after a movement word and من (دخلوا البلاد من X); or a region
    that a compass adjective after the name makes of it (إيرلندا الشمالية; a state named so, كوريا
    الشمالية, is a longer pack name and wins the span anyway)."""
    ctx = _place_context()
    ftext = doc.folded.text
    fstart, fend = _folded_pos(doc, start), _folded_pos(doc, end)
    nxt = ftext[fend:fend + 30].split(maxsplit=1)
    if fend < len(ftext) and ftext[fend] == " " and nxt and nxt[0].strip(".،:؛") in ctx["region_adjectives_after"]:
        return True
    j = fstart
    while j > 0 and is_word_char(ftext[j - 1]):
        j -= 1
    if ftext[j:fstart] in ("ل", "ول", "فل"):
        head = re.split(r"[.،؛:\n!?؟]", ftext[max(0, j - 80):j])[-1].split()[-_LI_NOUN_WINDOW:]
        return any(w in ctx["nouns_before_li"] or _strip_clitic(w) in ctx["nouns_before_li"] for w in head)
    if j != fstart:
        return False
    if _visited(_words_before(doc, start, _VISIT_WINDOW + 1), ctx):
        return True
    before = _words_before(doc, start, 4)
    if before and (before[-1] in ctx["movement_masdars"] or _strip_clitic(before[-1]) in ctx["movement_masdars"]):
        return True  # «بعد وصولهم إيطاليا»: the masdar's pronoun is the mover, the state the place reached
    from_words, _, not_after = _from_to_words()
    if len(before) < 2 or before[-1] not in from_words:
        return False
    # «وصل وفد من روسيا»: the delegation, message or backing right before من is the state's, sent by it
    if before[-2] in not_after or _strip_clitic(before[-2]) in not_after:
        return False
    # «ألقى كلمة من موسكو»، «تتخذ من بيروت مقرا»: the speech was given, the seat taken, in the city
    words = ctx["movement_before_from"] | ctx["speech_before_from"]
    return any(w in words or _strip_clitic(w) in words for w in before[:-1])


#: the kinds of place a sports club is named after
_CLUB_TOWN_KINDS = frozenset({"city", "town", "village"})


def _club_name(doc: Doc, c: Candidate, states: frozenset[tuple[int, int]]) -> bool:
    """A town's name that names a sports club: after a club noun (فريق روما، نادي برشلونة) or before a state's
    masculine nisba, which a town (a feminine noun: روما الإيطالية) never takes (روما الإيطالي، ليفربول
    الإنكليزي). Not a state's own name (العراق الجديد): `states` are the spans a state actor holds."""
    if c.type != "place" and not (c.type == "actor" and c.attrs.get("capital")):
        return False
    if (c.start, c.end) in states:
        return False
    if c.type == "place":
        # a facility takes its state's nisba (مطار الشعيرات السوري): towns only
        recs = gz.records_by_id()
        if not c.refs or any(getattr(recs.get(r), "kind", None) not in _CLUB_TOWN_KINDS for r in c.refs):
            return False
    before = _words_before(doc, c.start, 1)
    if before and (before[-1] in _place_context()["club_nouns"]
                   or _strip_clitic(before[-1]) in _place_context()["club_nouns"]):
        return True
    fend = _folded_pos(doc, c.end)
    ftext = doc.folded.text
    if ftext[fend:fend + 1] != " ":
        return False
    nxt = ftext[fend + 1:fend + 30].split(maxsplit=1)
    return bool(nxt) and nxt[0].rstrip(".،,:؛") in names.state_nisbas()


def _party_or_place(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    by_id = packs.entries_by_id()
    by_span: dict[tuple[int, int], list[Candidate]] = {}
    for c in cands:
        by_span.setdefault((c.start, c.end), []).append(c)
    # spans decided as places so far, in text order, for و-coordination (في العراق وأفغانستان)
    place_spans: list[tuple[int, int]] = []
    # where a place or a state's name begins: the Y of «من X إلى Y» (a group there, إلى الحوثيين, is a
    # recipient, and X the party that sent)
    name_ends: dict[int, int] = {}
    for (s, e), group in by_span.items():
        if any(c.type == "place" or (c.type == "actor" and c.how == "pack" and c.refs and (
                c.attrs.get("capital") or getattr(by_id.get(c.refs[0]), "kind", None) == "state"))
               for c in group):
            name_ends[s] = max(e, name_ends.get(s, e))
    out: list[Candidate] = []
    for (s, e), group in sorted(by_span.items()):
        if _alone_on_line(doc, s, e) and any(c.type in ("actor", "place") for c in group):
            continue  # a section label such as a lone country name above the headline
        states = [c for c in group if c.type == "actor" and c.how == "pack" and c.refs
                  and (c.attrs.get("capital") or getattr(by_id.get(c.refs[0]), "kind", None) == "state")]
        places = [c for c in group if c.type == "place"]
        if not states:
            out.extend(group)
            if places and not any(c.type == "actor" for c in group):
                place_spans.append((s, e))
            continue
        # a capital inside a name or after a court's noun is no party (اتفاق باريس، نيابة باريس)
        in_name = _capital_in_name(doc, s) if all(c.attrs.get("capital") for c in states) else None
        if in_name == "name":
            out.extend(c for c in group if c not in states and c not in places)
            # nor a place the recogniser found there (a LOC on واشنطن of معهد واشنطن)
            doc.scratch.setdefault("capitals_in_names", []).append((s, e))
            continue
        # the theatre country is a place by default, but the state acting when it is a verb's subject
        theatre = (bool(places) and states[0].refs[0] in _roles().get("place_by_default", ())
                   and not _state_subject(doc, s, e))
        if in_name or theatre or _is_locative(doc, states[0], place_spans) or _from_to(doc, s, e, name_ends) \
                or _place_by_context(doc, s, e):
            if places:
                out.extend(c for c in group if c not in states)
            else:
                # only a country's or capital's own name becomes a place (not الكرملين, الجانب التركي)
                for c in states:
                    entry = by_id.get(c.refs[0])
                    alias = fold_text(c.attrs.get("alias", ""))
                    territorial = entry is not None and not alias.startswith(_party_only_heads())
                    if c.attrs.get("capital") or territorial:
                        c.type = "place"
                        c.attrs["country_of"] = c.refs[0]
                out.extend(group)
            place_spans.append((s, e))
        else:
            out.extend(c for c in group if c not in places)
    return out


def _uncovered_word(doc: Doc, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether text[start:end] has a word that none of `spans` covers (a quoted name is more than the
    pack names inside it: “درع الأمن العسكري” but not «قوات سورية الديمقراطية- قسد»)."""
    covered = bytearray(end - start)
    for ps, pe in spans:
        covered[ps - start:pe - start] = b"\x01" * (pe - ps)
    return any(ch.isalpha() and not covered[i] for i, ch in enumerate(doc.text[start:end]))


def _select(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """Longest first; equal spans by priority. Several types may share one span (party and place).
    Recogniser (ner) spans come last, into what the others left free."""
    groups: dict[tuple[int, int], list[Candidate]] = {}
    ner_groups: dict[tuple[int, int], list[Candidate]] = {}
    for c in cands:
        (ner_groups if c.how == "ner" else groups).setdefault((c.start, c.end), []).append(c)

    def by_length(items: dict[tuple[int, int], list[Candidate]]) -> list[tuple[tuple[int, int], list[Candidate]]]:
        return sorted(items.items(), key=lambda kv: (-(kv[0][1] - kv[0][0]),
                                                     -max(c.priority for c in kv[1]), kv[0][0]))

    order = by_length(groups) + by_length(ner_groups)
    taken = bytearray(len(doc.text) + 1)
    # where pack (non-pattern, non-ner) candidates lie, as a sorted list for range look-ups
    pack_spans = sorted({(c.start, c.end) for c in cands if c.how not in ("pattern", "ner")})
    pack_starts = [p[0] for p in pack_spans]
    longest_pack = max((pe - ps for ps, pe in pack_spans), default=0)
    # spans where every pack candidate is a place (a town's name that may end a person's name)
    place_spans: set[tuple[int, int]] = {(c.start, c.end) for c in cands if c.how not in ("pattern", "ner")}
    place_spans -= {(c.start, c.end) for c in cands if c.how not in ("pattern", "ner") and c.type != "place"}
    out: list[Candidate] = []
    for (s, e), group in order:
        if taken.find(1, s, e) >= 0:
            continue
        if all(c.how == "pattern" for c in group):
            lo = bisect.bisect_left(pack_starts, s - longest_pack)
            near = [p for p in pack_spans[lo:bisect.bisect_left(pack_starts, e)] if s < p[1] and p[0] < e]
            inside = [(ps, pe) for ps, pe in near if s <= ps and pe <= e]
            # quotes delimit a name exactly, so a quoted name may contain a pack name (“درع الأمن
            # العسكري”); an unquoted guess never overrides the packs
            quoted = any(c.attrs.get("quoted") for c in group) and _uncovered_word(doc, s, e, inside)
            # a group named by its backer contains the backer's name: قوات موالية لنظام الأسد
            quoted = quoted or any(c.attrs.get("composite") for c in group)
            if any(not (quoted and p in inside) for p in near) and not _name_ends_in_town(
                doc, s, e, group, near, place_spans, ner_groups
            ):
                continue
        best = max(c.priority for c in group)
        keep = [c for c in group if c.priority == best]
        if len({c.refs for c in keep if c.type == "outlet"}) > 1:
            keep = _signed_outlets_first(doc, keep)
        # one candidate per type on a span
        seen_types: set[str] = set()
        for c in keep:
            if c.type not in seen_types:
                seen_types.add(c.type)
                out.append(c)
        taken[s:e] = b"\x01" * (e - s)
    # a known person inside an actor's name is an entity too: نظام بشار الأسد names the regime and him
    actor_spans = sorted((o.start, o.end) for o in out if o.type == "actor")
    actor_starts = [a for a, _ in actor_spans]
    for c in cands:
        if c.type != "person" or c.how != "pack":
            continue
        i = bisect.bisect_right(actor_starts, c.start) - 1
        while i >= 0 and actor_spans[i][0] >= c.start - 200:
            a_s, a_e = actor_spans[i]
            if a_s <= c.start and c.end <= a_e and (a_s, a_e) != (c.start, c.end):
                out.append(c)
                break
            i -= 1
    out.extend(_actors_inside_names(cands, out))
    out.extend(_countries_inside_places(doc, out))
    out.sort(key=lambda c: c.start)
    return out


def _signed_outlets_first(doc: Doc, keep: list[Candidate]) -> list[Candidate]:
    """The candidates of one span with the outlets of a country the article gives a sign of first: a name several
    papers share (الوطن: the Syrian, Saudi and Egyptian dailies) is the Saudi paper in a story of Saudi people
    and places, not the Syrian one the pack lists first; with no such sign, or several, the pack's order stands."""
    signed = _signed_countries(doc)
    entries = packs.entries_by_id()

    def unsigned(c: Candidate) -> bool:
        return c.type == "outlet" and getattr(entries.get(c.refs[0]) if c.refs else None, "country", None) not in signed

    return sorted(keep, key=unsigned)  # stable: the pack's order within each side


#: the fewest words a person's name must have for a town's name at its end to be the family name
NAME_OVER_TOWN_WORDS = 3


def _name_ends_in_town(
    doc: Doc,
    s: int,
    e: int,
    group: list[Candidate],
    near: list[tuple[int, int]],
    place_spans: set[tuple[int, int]],
    ner_groups: dict[tuple[int, int], list[Candidate]],
) -> bool:
    """Whether a person's name that the patterns and the recogniser both found whole ends in a town's name
    (محمد حيدر زمار): family names are often towns' (a nisba-less زمار، العمارة), and a name of three words
    or more that two finders agree on is the person's; the town is the name's last word, never its first."""
    if not any(c.type == "person" for c in group):
        return False
    if not any(c.type == "person" for c in ner_groups.get((s, e), ())):
        return False
    if len(doc.text[s:e].split()) < NAME_OVER_TOWN_WORDS:
        return False
    return bool(near) and all(p in place_spans and s < p[0] and p[1] == e for p in near)


def _actors_inside_names(cands: list[Candidate], chosen: list[Candidate]) -> list[Candidate]:
    """A party named inside a known person's title (الأمين العام لحزب الله، قائد قسد) or inside a group
    named by its backer (قوات موالية للنظام السوري) is mentioned too: the article names it, and the
    party is an entity of its own beside the person or the backed group."""
    hosts = sorted((o.start, o.end) for o in chosen
                   if (o.type == "person" and o.how == "pack") or o.attrs.get("composite"))
    if not hosts:
        return []
    starts = [h[0] for h in hosts]
    composite = {(o.start, o.end) for o in chosen if o.attrs.get("composite")}
    spans = {(o.start, o.end, o.type) for o in chosen}
    by_id = packs.entries_by_id()
    out: list[Candidate] = []
    for c in cands:
        if c.type != "actor" or c.how != "pack" or c.attrs.get("adjective") or (c.start, c.end, "actor") in spans:
            continue
        i = bisect.bisect_right(starts, c.start) - 1
        if i < 0 or not (hosts[i][0] <= c.start and c.end <= hosts[i][1]) or hosts[i] == (c.start, c.end):
            continue
        # a state in a title (أمير قطر، ملك الأردن) names the polity the post belongs to, not a party acting
        state = getattr(by_id.get(c.refs[0]), "kind", None) == "state" if c.refs else False
        if hosts[i] in composite or not state:
            out.append(c)
            spans.add((c.start, c.end, "actor"))
    return out


def _countries_inside_places(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """A place's pack name that ends in its own country under ل or في (الساحل الغربي لليمن، الساحل الغربي في
    اليمن، الساحل الغربي لسوريا) names that country too: the phrase says whose coast it is, and the gold codes
    the country beside the region. A direction's idafa (شمال سوريا) is no such phrase and stays one place; the
    events stage takes no such nested country as a site (`events.context` places)."""
    recs = gz.records_by_id()
    out: list[Candidate] = []
    for h in chosen:
        if h.type != "place" or h.how != "pack" or len(h.refs) != 1:
            continue
        r = recs.get(h.refs[0])
        country = _country_records().get(getattr(r, "country", None) or "")
        if r is None or country is None or r.kind == "country":
            continue
        words = doc.text[h.start:h.end].split()
        if len(words) < 3:
            continue
        last = fold_text(words[-1])
        names = {fold_text(n) for n in country.all_names()}
        bare = {n[2:] for n in names if n.startswith("ال")} | names
        if words[-2] == "في" and last in names:
            cut = 0
        elif last.startswith("لل") and last[2:] in bare and "ال" + last[2:] in names:
            cut = 2
        elif last.startswith("ل") and last[1:] in names:
            cut = 1
        else:
            continue
        start = h.end - len(words[-1]) + cut
        out.append(Candidate(start, h.end, "place", refs=(country.id,), how="pack", priority=h.priority))
    return out


@cache
def _country_records() -> dict[str, gz.PlaceRecord]:
    """Country code → the pack's country record."""
    return {r.country: r for r in gz.records_by_id().values()
            if r.kind == "country" and r.country and r.source == "pack"}


def _entity_key(c: Candidate) -> tuple[str, str]:
    if c.attrs.get("backed_by"):
        return ("actor", "backed:" + packs.root_of(c.attrs["backed_by"]))
    if c.how == "adjective" and c.type == "place":
        return ("place", "country:" + c.attrs.get("country_of", ""))
    if c.type == "place" and c.attrs.get("country_of"):
        return ("place", "country:" + c.attrs["country_of"])
    if c.refs and len(c.refs) == 1:
        return (c.type, c.refs[0])
    if c.refs:
        return (c.type, "|".join(sorted(c.refs)))
    return (c.type, "name:" + fold_text(c.name_ar or "").replace(" ", ""))


def _make_entities(doc: Doc, chosen: list[Candidate]) -> None:
    by_id = packs.entries_by_id()
    keyed: dict[tuple[str, str], EntityDraft] = {}
    for c in chosen:
        key = _entity_key(c)
        ent = keyed.get(key)
        if ent is None:
            entry = by_id.get(c.refs[0]) if c.refs and c.how != "gazetteer" else None
            if c.attrs.get("country_of"):
                entry = by_id.get(c.attrs["country_of"])
            if entry is not None and entry.type == c.type:
                name, name_ar, ref = entry.name, entry.name_ar, entry.id
                attrs = {"kind": entry.kind}
                if entry.parent and entry.parent in by_id:
                    attrs["parent"] = by_id[entry.parent].name
            elif entry is not None:  # a state named as a place
                name, name_ar, ref, attrs = entry.name, entry.name_ar, None, {"country_of": entry.id}
            elif c.attrs.get("backed_by") in by_id:
                backer = by_id[c.attrs["backed_by"]]
                name, name_ar, ref = f"forces backed by {backer.name}", doc.text[c.start:c.end], None
                attrs = {"kind": "armed_group", "backed_by": backer.name}
            else:
                surface = c.name_ar or _article_restored(doc.text, c.start, c.end)
                name = c.name or (romanise(surface) if c.how in ("pattern", "ner") else surface)
                name_ar, ref, attrs = surface, None, {}
            attrs["refs"] = tuple(c.refs)
            attrs.update({k: v for k, v in c.attrs.items() if k not in ("alias",)})
            ent = doc.new_entity(c.type, name, name_ar, ref, **attrs)
            keyed[key] = ent
        ent.add(c.start, c.end, doc.text[c.start:c.end], c.how)


def _is_ministry(entry: packs.PackEntry) -> bool:
    return entry.kind == "government" and ("Ministry" in entry.name or "Department of" in entry.name)


def _is_state_government(entry: packs.PackEntry) -> bool:
    """A state's government proper (الحكومة العراقية under Iraq), not a body of it (parliament, army)."""
    parent = packs.entries_by_id().get(entry.parent) if entry.parent else None
    if entry.kind != "government" or parent is None or parent.kind != "state" or entry.extra.get("regional"):
        return False  # a region's own government (the KRG) is not the state's
    heads = {fold_text(w) for w in _anaphora_data().get("state_government_heads", {}).get("words", ())}
    return fold_text(entry.name_ar).split(" ", 1)[0] in heads


def _join_entities(doc: Doc) -> None:
    """Rule 3b: an entity whose pack entry `joins` another entry the article also names becomes
    mentions of that one (whole, or only the listed aliases); a ministry joins the nearest ancestor in
    its parent chain (government, else state) that the article names."""
    by_id = packs.entries_by_id()
    present = {e.ref: e for e in doc.entities if e.ref and e.type == "actor"}
    drop: set[str] = set()
    into: dict[str, EntityDraft] = {}  # dropped entity id → the entity its mentions went to
    joined: dict[str, tuple[str, list[int]]] = {}  # dropped entry → (its entity id, where it was named)
    dropped_refs: dict[str, str] = {}  # dropped entry → its entity id
    for ent in list(doc.entities):
        entry = by_id.get(ent.ref) if ent.ref and ent.type == "actor" else None
        if entry is None or ent.id in drop:
            continue
        rules: list = list(entry.extra.get("joins", ()) or ())
        if _is_state_government(entry):
            rules.append(entry.parent)
        if _is_ministry(entry):
            ref, seen = entry.parent, {entry.id}
            while ref and ref not in seen and ref in by_id:
                rules.append(ref)
                seen.add(ref)
                if by_id[ref].extra.get("regional"):
                    break  # the KRG's ministries are the region's, never the state's
                ref = by_id[ref].parent
        for rule in rules:
            to = rule if isinstance(rule, str) else rule.get("to")
            target = present.get(to)
            if target is None or target is ent or target.id in drop:
                continue
            only = None if isinstance(rule, str) else {fold_text(a) for a in rule.get("aliases", ())}
            moved = [m for m in ent.mentions if only is None or fold_text(_strip_clitic(m.text)) in only
                     or fold_text(m.text) in only]
            for m in moved:
                target.add(m.start, m.end, m.text, m.how)
            if only is None or len(moved) == len(ent.mentions):
                drop.add(ent.id)
                into[ent.id] = target
                dropped_refs[entry.id] = ent.id
                if _is_ministry(entry):
                    joined[entry.id] = (ent.id, [m.start for m in moved])
                target.attrs.setdefault("includes", []).append(entry.name)
            else:
                keep = [m for m in ent.mentions if m not in moved]
                ent.mentions[:] = keep
                ent._spans.clear()
                ent._spans.update((m.start, m.end) for m in keep)
            break
    if drop:
        doc.entities[:] = [e for e in doc.entities if e.id not in drop]
    # entry → the entity its mentions went to, so that a theatre body (`_theatre_body`) whose entry was
    # joined away (the Assad-era army into the regime) is found in the entity that holds it
    held: dict[str, EntityDraft] = {}
    for ref, eid in dropped_refs.items():
        target, seen = into[eid], {eid}
        while target.id in into and target.id not in seen:
            seen.add(target.id)
            target = into[target.id]
        held[ref] = target
    doc.scratch["joined_entries"] = held
    # a later bare «وزارة الخارجية» refers back to the ministry, which now lives in the entity it joined
    # (through a chain: ministry → government → state). Only ministries: a bare القوات الحكومية after
    # the army joined the government found the government too, and the events stage then took it as
    # the target of attacks nearby, on the dev articles
    found: dict[str, tuple[EntityDraft, list[int]]] = {}
    for ref, (ent_id, starts) in joined.items():
        target, seen = into[ent_id], {ent_id}
        while target.id in into and target.id not in seen:
            seen.add(target.id)
            target = into[target.id]
        found[ref] = (target, starts)
    doc.scratch["joined"] = found


@cache
def _anaphor_index() -> PhraseIndex:
    idx = PhraseIndex()
    for pack in ("actors", "outlets"):
        for e in packs.entity_pack(pack):
            for a in e.extra.get("anaphora", ()) or ():
                idx.add(a, ("actor", e.id))
    data = _anaphora_data()
    for noun, kinds in data.get("outlet_nouns", {}).items():
        idx.add(noun, ("outlet", tuple(kinds)))
    for noun in data.get("labelled_group_nouns", ()):
        idx.add(noun, ("label", None))
    for head in data.get("head_nouns", ()):
        idx.add("ال" + head, ("head", fold_text(head)))
    for word in data.get("theatre_defaults", {}).get("words", {}):
        idx.add(word, ("theatre", fold_text(word)))
    return idx


@cache
def _theatre_defaults() -> dict[str, dict[str, str]]:
    """Folded bare word (الجيش) → {country code: the actor entry it names in an article about that country}."""
    words = _anaphora_data().get("theatre_defaults", {}).get("words", {})
    return {fold_text(w): dict(by_country) for w, by_country in words.items()}


@cache
def _shared_anaphors() -> frozenset[str]:
    return frozenset(fold_text(w) for w in _anaphora_data().get("shared_anaphors", {}).get("words", ()))


def _theatre_region_words(doc: Doc) -> dict[str, str]:
    """Folded bare word → entry, for an article most of whose places in the theatre lie in a region with
    bodies of its own (`anaphora.json` theatre_defaults.regions: الحكومة in a report from Hargeisa is
    Somaliland's, not Mogadishu's)."""
    if "theatre_region_words" in doc.scratch:
        return doc.scratch["theatre_region_words"]
    found: dict[str, str] = {}
    theatre = doc.scratch.get("theatre")
    recs = gz.records_by_id()
    home = [c for c in doc.candidates if c.type == "place" and len(c.refs) == 1
            and getattr(recs.get(c.refs[0]), "country", None) == theatre]
    regions = _anaphora_data().get("theatre_defaults", {}).get("regions", {})
    for region, rule in regions.items():
        rec = recs.get(region)
        if rec is None or rec.country != theatre:
            continue
        admin1 = set(rule.get("admin1", ()))
        inside = [c for c in home if c.refs[0] == region or recs[c.refs[0]].admin1 in admin1]
        # the country's name within the region's (الصومال in أرض الصومال) is no place of the rest
        rest = [c for c in home if c not in inside
                and not any(i.start <= c.start and c.end <= i.end for i in inside)]
        # the region must hold more of the country's place names than the rest (a report from Mogadishu
        # that names Berbera once is still about the federal state)
        if len(inside) > len(rest):
            found = {fold_text(w): ref for w, ref in rule.get("words", {}).items()}
            break
    doc.scratch["theatre_region_words"] = found
    return found


def _theatre_default(doc: Doc, word: str, start: int, fend: int) -> str | None:
    """The entry a bare الجيش/الشرطة/الحكومة names in this article's theatre (`anaphora.json`
    theatre_defaults), or None where an adjective follows (الحكومة المقبلة) or a title word precedes it."""
    ref = _theatre_defaults().get(word, {}).get(doc.scratch.get("theatre") or "")
    ref = _theatre_region_words(doc).get(word, ref)
    if ref is None or not _bare_definite(doc, fend):
        return None
    stops = {fold_text(w) for w in _anaphora_data().get("theatre_defaults", {}).get("not_after", ())}
    before = _words_before(doc, start, 1)[-1:]
    return None if {*before, *map(_strip_clitic, before)} & stops else ref


class _Taken:
    """Which characters already belong to a mention (anaphora and repeated names must not overlap them)."""

    def __init__(self, doc: Doc) -> None:
        self.mask = bytearray(len(doc.text))
        for e in doc.entities:
            for m in e.mentions:
                self.mark(m.start, m.end)

    def __call__(self, start: int, end: int) -> bool:
        return self.mask.find(1, start, end) >= 0

    def mark(self, start: int, end: int) -> None:
        self.mask[start:end] = b"\x01" * (end - start)


class _Positions:
    """Where each entity was named (not counting anaphora), for nearest-antecedent look-ups."""

    def __init__(self, doc: Doc) -> None:
        self.starts: dict[str, list[int]] = {}
        self.ends: dict[str, list[int]] = {}
        for e in doc.entities:
            ms = [m for m in e.mentions if m.how != "anaphora"]
            self.starts[e.id] = [m.start for m in ms]
            self.ends[e.id] = [m.end for m in ms]

    def last_before(self, ent: EntityDraft, pos: int) -> int:
        starts, ends = self.starts.get(ent.id, []), self.ends.get(ent.id, [])
        i = bisect.bisect_left(starts, pos) - 1
        while i >= 0 and ends[i] > pos:
            i -= 1
        return starts[i] if i >= 0 else -1

    def first_after(self, ent: EntityDraft, pos: int) -> int:
        starts = self.starts.get(ent.id, [])
        i = bisect.bisect_left(starts, pos)
        return starts[i] if i < len(starts) else 10**12


def _nearest(cands: list[EntityDraft], pos: int, where: _Positions) -> EntityDraft | None:
    """The entity mentioned last before `pos`; failing that, the first one after it."""
    best, best_pos = None, -1
    after, after_pos = None, 10**12
    for e in cands:
        b = where.last_before(e, pos)
        if b > best_pos:
            best, best_pos = e, b
        a = where.first_after(e, pos)
        if a < after_pos:
            after, after_pos = e, a
    return best or after


def _taken_before(cands: list[EntityDraft], pos: int) -> EntityDraft | None:
    """The one entity of `cands` that an earlier bare word of the same kind was taken as (the UAE's ministry
    from theatre_bodies at the first «وزارة الخارجية»): named by anaphora only, it has no place in
    _Positions, yet the same bare word later names the same body."""
    before = [e for e in cands if any(m.start < pos for m in e.mentions)]
    return before[0] if len(before) == 1 else None


def _head_words(ent: EntityDraft) -> set[str]:
    words = set(fold_text(ent.name_ar).split())
    for text in {m.text for m in ent.mentions if m.how != "anaphora"}:
        words.update(fold_text(text).split())
    return words


@cache
def _definite_only_heads() -> frozenset[str]:
    """Folded head nouns whose bare definite form refers back only to a name holding the definite head
    (`head_nouns_definite_only`: الجيش → الجيش الوطني الليبي, not جيش الإسلام)."""
    return frozenset(fold_text(h) for h in _anaphora_data().get("head_nouns_definite_only", ()))


def _has_head(words: set[str], head: str) -> bool:
    return head in words or ("ال" + head) in words


def _bare_definite(doc: Doc, fend: int) -> bool:
    """Whether the definite noun ending at folded offset `fend` stands alone (not "الحركة السياسية")."""
    nxt = doc.folded.text[fend:fend + 30].split(maxsplit=1)
    if not nxt or not nxt[0].startswith("ال"):
        return True
    mods = {fold_text(w) for w in _anaphora_data().get("head_noun_modifiers", ())}
    return nxt[0].strip(".,،؛:\"»”") in mods


def _labelled(doc: Doc) -> list[tuple[int, EntityDraft]]:
    """Entities the article labels with a label word (ميليشيا قسد): (position, entity)."""
    label_words = {fold_text(w) for w in _anaphora_data().get("label_words", ())}
    out = []
    for e in doc.entities:
        if e.type != "actor":
            continue
        for m in e.mentions:
            before = _words_before(doc, m.start, 1)
            # the label word before the name (ميليشيا قسد) or as the name's own first word, where an alias
            # carries it (ميليشيا الحوثي)
            first = fold_text(m.text).split()[:1]
            if (before and _strip_clitic(before[-1]) in label_words) or (
                    m.how != "anaphora" and first and _strip_clitic(first[0]) in label_words):
                out.append((m.start, e))
    return sorted(out, key=lambda p: p[0])


@cache
def _adjective_groups() -> dict[str, str]:
    """Folded definite word X → the actor whose pack alias is a group noun + X (ميليشيا الحوثي → X =
    الحوثي), where only one actor has such an alias."""
    data = _anaphora_data()
    nouns = {fold_text(w) for w in (*data.get("label_words", ()), *data.get("head_nouns", ()))}
    found: dict[str, set[str]] = {}
    for e in packs.entity_pack("actors"):
        for a in e.aliases:
            words = fold_text(a.text).split()
            if len(words) == 2 and words[0] in nouns and words[1].startswith("ال") and len(words[1]) > 4:
                found.setdefault(words[1], set()).add(e.id)
    return {w: next(iter(ids)) for w, ids in found.items() if len(ids) == 1}


def _group_adjective(doc: Doc, fend: int) -> tuple[str, int] | None:
    """The definite nisba adjective right after a group noun ending at folded `fend` that names a group
    (الميليشيات الحوثية، الجماعة الحوثية → the actor of «ميليشيا الحوثي»): (actor id, folded end)."""
    ftext = doc.folded.text
    i = fend
    if i >= len(ftext) or ftext[i] != " ":
        return None
    j = i + 1
    while j < len(ftext) and is_word_char(ftext[j]):
        j += 1
    word = ftext[i + 1:j]
    if not word.startswith("ال"):
        return None
    base = word[:-1] if word.endswith("ه") else word  # الحوثيه (feminine) → الحوثي
    ref = _adjective_groups().get(base)
    if not ref or not base.endswith("ي"):
        return None
    if base in _theatre_group_adjectives() and not _group_at_home(doc, ref):
        return None  # المجلس الانتقالي in a report on Libya: its own transitional council, not Yemen's STC
    return ref, j


@cache
def _theatre_group_adjectives() -> frozenset[str]:
    """anaphora.json theatre_group_adjectives (folded): group adjectives that are also common words."""
    return frozenset(fold_text(w) for w in _anaphora_data().get("theatre_group_adjectives", {}).get("words", ()))


def _signed_countries(doc: Doc) -> frozenset[str]:
    """The countries the article gives a sign of: those of the places, parties and people its candidates name
    (an ambiguous place signs each of its readings' countries), save the aliases that themselves wait on such a
    sign (`requires: sign`). قوات المعارضة is Syria's armed opposition in a report that names anything Syrian
    (دوما، النظام السوري), whatever country its dateline or its few unambiguous places point to, and nobody's
    in a report on South Sudan or Libya that names nothing Syrian."""
    if "signed_countries" in doc.scratch:
        return doc.scratch["signed_countries"]
    found: set[str] = set()
    for c in doc.candidates:
        if not c.attrs.get("home_sign") and c.type in ("place", "actor", "person"):
            found |= _candidate_countries(c)
    doc.scratch["signed_countries"] = frozenset(found)
    return doc.scratch["signed_countries"]


def _candidate_countries(c: Candidate) -> frozenset[str]:
    """The countries a place, party or person candidate names (each reading's, for an ambiguous place)."""
    recs = gz.records_by_id()
    entries = packs.entries_by_id()
    found = set()
    for ref in c.refs:
        country = getattr(recs.get(ref), "country", None) if c.type == "place" else None
        country = country or getattr(entries.get(ref), "country", None)
        if country:
            found.add(country)
    return frozenset(found)


def _framed_abroad(doc: Doc, c: Candidate) -> bool:
    """Whether an alias bound to its country's theatre and sign (`requires: theatre_sign`: الثوار) stands in a
    sentence that opens on a place of another country (في ليبيا، قصف أوباما جانب الثوار؛ وفي اليمن، …؛ أما في
    كوبا فـ…) and names nothing of the alias's own country: an article mostly about Syria may still tell, in one
    sentence, of Libya's rebels, which the article-wide sign and theatre do not see. Only a sentence's opening
    frames it: a place inside it (قال مسؤول في موسكو إن الثوار …) is where someone spoke, not the story's land."""
    home = c.attrs.get("home_only")
    if not home or home != c.attrs.get("home_sign"):
        return False
    sent = doc.sentence_of(c.start)
    framed = False
    for o in doc.candidates:
        if o is c or not (sent.start <= o.start and o.end <= sent.end) or o.attrs.get("home_sign") \
                or o.type not in ("place", "actor", "person") or o.how == "ner":
            continue
        countries = _candidate_countries(o)
        if home in countries:
            return False  # the sentence names something of the alias's own country: its own rebels
        if countries and o.end <= c.start and o.type in ("place", "actor") and not o.attrs.get("adjective") \
                and tuple(re.findall(r"\w+", fold_text(doc.text[sent.start:o.start]))) in _FRAME_OPENERS:
            framed = True
    return framed


#: what may stand before the place that opens a sentence and frames it (folded, quotes and dashes aside)
_FRAME_OPENERS = frozenset({("في",), ("وفي",), ("ففي",), ("اما", "في"), ("واما", "في")})


def _group_at_home(doc: Doc, ref: str) -> bool:
    """Whether the article is about the country of the group `ref` (its theatre) or names the group by a name
    of its own (not an anaphor)."""
    country = packs.entries_by_id()[ref].country
    if country and doc.scratch.get("theatre") == country:
        return True
    ent = doc.entity_by_ref(ref)
    return ent is not None and any(m.how != "anaphora" for m in ent.mentions)


@cache
def _person_role_words() -> frozenset[str]:
    return frozenset(fold_text(w) for w in packs.load_json("roles").get("person_roles", ()))


def _before_person(doc: Doc, start: int, end: int, person_starts: set[int]) -> bool:
    """Whether the anaphor at start..end is also a person's title (`person_roles`: اللواء) and a person's name
    starts right after it: there it is the man's rank (اللواء قاسم سليماني), not the group named before
    (اللواء 47، لواء القدس). مدير المرصد رامي عبد الرحمن keeps its المرصد: no title."""
    if doc.text[end:end + 1] != " " or end + 1 not in person_starts:
        return False
    word = fold_text(doc.text[start:end])
    return word in _person_role_words() or word[1:] in _person_role_words()  # واللواء


def _resolve_anaphora(doc: Doc) -> None:
    by_id = packs.entries_by_id()
    labelled = _labelled(doc)
    unresolved_ref = _anaphora_data().get("unresolved_group_entry")
    taken = _Taken(doc)
    for fs, fe in doc.scratch.get("foreign_bodies", ()):
        taken.mark(fs, fe)
    where = _Positions(doc)
    heads = {e.id: _head_words(e) for e in doc.entities if e.type == "actor"}
    person_starts = {m.start for e in doc.entities if e.type == "person" for m in e.mentions}
    for m in _anaphor_index().find(doc.folded.text):
        start, end = doc.folded.span(m.start, m.end)
        if doc.is_furniture(start, end) or taken(start, end):
            continue
        if _not_the_body(doc, start, m.start, m.end):
            continue  # لجنة الخارجية، التحالف بين البلدين: a committee's domain, an alliance between two parties
        target: EntityDraft | None = None
        adj = _group_adjective(doc, m.end) if any(k in ("label", "head") for k, _ in m.payloads) else None
        if adj is None and (after := _group_adjective(doc, m.end)) is not None \
                and ("actor", after[0]) in m.payloads:
            # "الميليشيات الانقلابية الحوثية": a group's own epithet phrase whose nisba names that same group
            # names it, though the article named it nowhere else
            adj = after
        if adj is not None:
            # "الميليشيات الحوثية": the adjective names the group, whatever was labelled before
            ref, fend = adj
            entry = by_id[ref]
            target = doc.entity_by_ref(ref) or doc.new_entity("actor", entry.name, entry.name_ar, entry.id,
                                                               kind=entry.kind)
            end = doc.folded.span(m.start, fend)[1]
        home: list[str] = []  # the actor anaphors' entries, for a body the article names by its country
        # the heads of the shared anaphors in the phrase (عناصر التنظيم، التنظيم الإرهابي → تنظيم)
        shared = [w[2:] for w in map(_strip_clitic, fold_text(doc.text[start:end]).split())
                  if w in _shared_anaphors()]
        predicate = _predicate_subject(doc, start) if shared and target is None else None
        if predicate is not None:
            # "حركة الشباب ...، وهي التنظيم المتطرف الأكثر دموية": the anaphor after the pronoun is the
            # predicate said of the group just named, whatever its head, not the group named last by the head
            target = predicate
        for kind, value in m.payloads if target is None else ():
            if kind == "actor":
                if _before_person(doc, start, end, person_starts):
                    continue  # اللواء محمد السعيد: the man's rank, not لواء القدس named before
                if _other_state_nisba_follows(doc, m.end, value):
                    continue  # الجيش اليوناني after الجيش التركي: another state's army, no word referring back
                value = _theatre_entry(doc, value, doc.text[start:end])
                home.append(value)
                cands = [e for e in doc.entities if e.ref == value]
                held = doc.scratch.get("joined_entries", {}).get(value)
                if not cands and held is not None and _is_theatre_force(doc.text[start:end]):
                    cands = [held]  # القوات الحكومية after the army that joined the regime was named
                if shared:
                    # «التنظيم» after «تنظيم القاعدة» is al-Qaeda, though ISIS was named earlier or later
                    # (any armed group named before, whatever its head, was tried on 215 ANT articles: it
                    # took the army or the militia fighting ISIS, named first, for «التنظيم»)
                    own = max((where.last_before(e, start) for e in cands), default=-1)
                    rivals = [e for e in doc.entities if e.id in heads and e not in cands
                              and any(_has_head(heads[e.id], h) for h in shared)
                              and where.last_before(e, start) > own]
                    cands = rivals or cands
                target = _nearest(cands, start, where) or _taken_before(cands, start) or target
            elif kind == "theatre":
                if _is_theatre_side(value) and any(_has_head(words, value) for words in heads.values()):
                    # the article names an opposition group of its own (المعارضة المسلحة, even after the
                    # bare word): the head noun reads it, or it stays unresolved, never a second body
                    continue
                ref = _theatre_default(doc, value, start, m.end)
                if ref is not None:
                    home.append(ref)
            elif kind == "outlet":
                cands = [e for e in doc.entities if e.type == "outlet" and e.ref
                         and getattr(by_id.get(e.ref), "kind", None) in value]
                target = _nearest_before(cands, start, where) or target
            elif kind == "head" and target is None and _bare_definite(doc, m.end) \
                    and not _before_person(doc, start, end, person_starts):
                if value in _definite_only_heads():
                    # a bare الجيش is no faction named جيش الإسلام: only a name with the definite head,
                    # and a state's army, not an opposition group called an army (الجيش السوري الحر)
                    cands = [e for e in doc.entities if e.id in heads and ("ال" + value) in heads[e.id]
                             and not _head_kind_barred(value, e.ref, by_id)]
                else:
                    cands = [e for e in doc.entities if e.id in heads and _has_head(heads[e.id], value)]
                before = [e for e in cands if where.last_before(e, start) >= 0]
                target = _nearest(before, start, where) if before else None
            elif kind == "label":
                before = [e for p, e in labelled if p < start]
                if before:
                    target = before[-1]
                elif unresolved_ref and unresolved_ref in by_id:
                    # a bare الميليشيات in an article about Yemen is the Houthis (theatre_entries)
                    ref = _theatre_entry(doc, unresolved_ref, doc.text[start:end])
                    if ref == unresolved_ref:
                        ref = _placeholder_group(doc, start) or ref
                    entry = by_id[ref]
                    target = doc.entity_by_ref(ref) or doc.new_entity(
                        "actor", entry.name, entry.name_ar, entry.id, kind=entry.kind)
        if target is None and home:
            target = _joined_body(doc, home, start, m.end) or _theatre_body(doc, home, start, end, m.end)
        if target is not None:
            target.add(start, end, doc.text[start:end], "anaphora")
            taken.mark(start, end)


def _not_the_body(doc: Doc, start: int, fstart: int, fend: int) -> bool:
    """Whether a bare word an actor entry lists as its anaphor names something else here (`anaphora.json`
    not_the_body): the domain of a committee right before it (لجنة الخارجية التابعة لمجلس الشيوخ is the
    Senate's committee, not the ministry), or, for the relation words (التحالف), an alliance between parties
    of two told right after it, one word apart at most (التحالف بين البلدين، التحالف الانقلابي بين الطرفين،
    التحالف بينهما); one between many (التحالف بين الأحزاب الأربعة) may be the coalition named before."""
    # the word classes are read through `packs.folded_words`, folded once per process: this runs for every
    # anaphor the phrase index finds
    prev = _words_before(doc, start, 1)
    nouns = packs.folded_words("anaphora", "committee_nouns", "not_the_body")
    # the word as written first: stripping a proclitic would read the ل of لجنة as one
    if prev and (prev[0] in nouns or _strip_clitic(prev[0]) in nouns):
        return True
    word = doc.folded.text[fstart:fend]
    if word not in packs.folded_words("anaphora", "relation_words", "not_the_body"):
        return False
    after = doc.folded.text[fend:fend + 40]
    for ch in ".،,:؛\n\"«»“”()":
        after = after.split(ch, 1)[0]
    between = packs.folded_words("anaphora", "between_words", "not_the_body")
    duals = packs.folded_words("anaphora", "between_two_words", "not_the_body")
    words = after.split()
    for k, w in enumerate(words[:2]):
        if w in duals:
            return True
        # بين + a definite dual (الطرفين، البلدين): an alliance of two; a coalition of many may be told
        # «التحالف بين الأحزاب الأربعة» when it is the one named before
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if w in between and nxt.startswith("ال") and nxt.endswith("ين") and not nxt.endswith("يين") \
                and len(nxt) >= 6:
            return True
    return False


def _predicate_subject(doc: Doc, start: int) -> EntityDraft | None:
    """The armed group named last before the pronoun (`anaphora.json` predicate_pronouns: وهي، وهو) that
    stands right before the text offset `start`, in the same sentence: the shared anaphor after the pronoun
    is said of it (حركة الشباب التي تتخذ من الصومال مقرا لها، وهي التنظيم المتطرف). None where no pronoun
    stands there or no group is named before it in the sentence."""
    prev = _words_before(doc, start, 1)
    if not prev or prev[0] not in packs.folded_words("anaphora", "predicate_pronouns"):
        return None
    by_id = packs.entries_by_id()
    best: EntityDraft | None = None
    best_end = -1
    for e in doc.entities:
        entry = by_id.get(e.ref or "")
        if e.type != "actor" or entry is None or entry.kind not in _ARMED_KINDS:
            continue
        for x in e.mentions:
            if best_end < x.end <= start and not any(ch in doc.text[x.end:start] for ch in ".\n!?؟"):
                best, best_end = e, x.end
    return best


@cache
def _group_word_index() -> PhraseIndex:
    idx = PhraseIndex()
    for word, rule in _anaphora_data().get("group_words", {}).get("words", {}).items():
        idx.add(word, rule)
    return idx


_ARMED_KINDS = frozenset({"armed_group", "militia"})
# a preposition of place before القاعدة makes it the base (عاد الجنود إلى القاعدة), whatever follows
_SITE_WORDS = frozenset(fold_text(w) for w in ("إلى", "في", "من", "على", "داخل", "خارج", "قرب", "عند", "نحو"))


def _armed_group_at(doc: Doc, pos: int, before: bool) -> bool:
    """Whether an armed group's mention ends right before `pos` (before=True) or starts right after the
    و at `pos` (طالبان والقاعدة، القاعدة وداعش), quotes and spaces aside."""
    by_id = packs.entries_by_id()
    for e in doc.entities:
        entry = by_id.get(e.ref or "")
        if e.type != "actor" or entry is None or entry.kind not in _ARMED_KINDS:
            continue
        for m in e.mentions:
            gap = doc.text[m.end:pos] if before else doc.text[pos:m.start]
            near = (m.end <= pos if before else m.start >= pos) and len(gap) <= 4
            if near and not gap.strip(" \"'«»“”و") and (before or "و" in gap):
                return True
    return False


def _group_words(doc: Doc) -> None:
    """A bare word that names an armed group only in some contexts (`anaphora.json` group_words: القاعدة,
    also a base and a rule) is the group's where a quote, a member noun, a word of allegiance or another
    armed group beside it shows it."""
    by_id = packs.entries_by_id()
    taken = _Taken(doc)
    # a quoted «القاعدة» the patterns guessed as an unknown name: the group's, where the rule below holds
    guessed = {(x.start, x.end): (e, x) for e in doc.entities if e.ref is None and e.type == "actor"
               for x in e.mentions if x.how in ("pattern", "ner")}
    emptied: set[str] = set()
    for m in _group_word_index().find(doc.folded.text):
        start, end = doc.folded.span(m.start, m.end)
        if doc.is_furniture(start, end) or (taken(start, end) and (start, end) not in guessed):
            continue
        rule = m.payloads[0]
        entry = by_id.get(rule.get("entry", ""))
        if entry is None:
            continue
        quoted = doc.text[start - 1:start] in _OPEN_Q and doc.text[end:end + 1] in "\"'»”’"
        if not quoted and not _bare_definite(doc, m.end) and not _armed_group_at(doc, end + 1, False):
            continue  # القاعدة العسكرية: a base
        ws = start  # the match leaves the proclitics (و، ب، لل) out of its span
        while ws > 0 and is_word_char(doc.text[ws - 1]):
            ws -= 1
        clitic = doc.text[ws:start]
        prev = [_strip_clitic(w) for w in _words_before(doc, ws, 1)[-1:]]
        ok = (quoted or (not clitic and bool(set(prev) & {fold_text(w) for w in rule.get("after", ())}))
              or (bool(set(clitic) & {"ب", "ل"})
                  and bool(set(prev) & {fold_text(w) for w in rule.get("linked", ())}))
              or (clitic.startswith("و") and _armed_group_at(doc, ws, True))
              or (not set(prev) & _SITE_WORDS and _armed_group_at(doc, end + 1, False)))
        if not ok:
            continue
        ent = doc.entity_by_ref(entry.id) or doc.new_entity("actor", entry.name, entry.name_ar, entry.id,
                                                            kind=entry.kind)
        if (start, end) in guessed:
            old, mention = guessed.pop((start, end))
            old.mentions.remove(mention)
            old._spans.discard((start, end))
            emptied.add(old.id)
        ent.add(start, end, doc.text[start:end], "pack")
        taken.mark(start, end)
    doc.entities[:] = [e for e in doc.entities if e.id not in emptied or e.mentions]


@cache
def _state_nisba_countries() -> dict[str, str]:
    """Folded definite nisbas of the pack's states, masculine and feminine (اليوناني، اليونانيه) → country code."""
    out: dict[str, str] = {}
    for e in packs.entity_pack("actors"):
        if e.kind != "state" or not e.country:
            continue
        for a in e.extra.get("adjectives", ()) or ():
            f = fold_text(a)
            if f.startswith("ال") and f.endswith(("ي", "يه")):
                out.setdefault(f, e.country)
    return out


def _other_state_nisba_follows(doc: Doc, fend: int, ref: str) -> bool:
    """Whether the definite nisba of a state other than `ref`'s (اليوناني after an anaphor of the Turkish army)
    follows folded offset `fend`: the noun before it names that state's body, whether or not the pack lists it.
    Its own state's nisba (القوات الحكومية السورية) leaves the anaphor alone."""
    nxt = _next_word(doc, fend)
    if not nxt:
        return False
    country = _state_nisba_countries().get(nxt)
    entry = packs.entries_by_id().get(ref)
    return country is not None and entry is not None and entry.country is not None and country != entry.country


def _nisba_after(doc: Doc, fend: int) -> bool:
    """Whether a definite nisba follows folded offset `fend` (وزارة الخارجية القطرية): another state's body."""
    nxt = _next_word(doc, fend)
    # five letters at least: إلى folds to الى, and التي/الذي end in ي too, but none is a nisba
    return len(nxt) >= 5 and nxt.startswith("ال") and nxt.endswith(("يه", "ي"))


def _next_word(doc: Doc, fend: int) -> str:
    """The folded word right after folded offset `fend`, punctuation stripped ('' at the text's end)."""
    nxt = doc.folded.text[fend:fend + 30].split(maxsplit=1)[:1]
    return nxt[0].strip(".,،؛:!?؟\"'«»“”()-") if nxt else ""


@cache
def _minister_nouns() -> frozenset[str]:
    return frozenset(fold_text(w) for w in _roles().get("minister_nouns", ()))


def _joined_body(doc: Doc, refs: list[str], start: int, fend: int) -> EntityDraft | None:
    """The entity a body the article named in full was joined into (`_join_entities`: وزارة الخارجية
    التركية → Turkey), for a later bare name of that body: the body named last before it, else first after."""
    joined = doc.scratch.get("joined") or {}
    # «وزير الخارجية» is a minister's title (of any state), no body's name
    before = _words_before(doc, start, 1)[-1:]
    if not joined or _nisba_after(doc, fend) or {*before, *map(_strip_clitic, before)} & _minister_nouns():
        return None
    best, best_pos, after, after_pos = None, -1, None, 10**12
    for ref in dict.fromkeys(refs):
        if ref not in joined:
            continue
        ent, starts = joined[ref]
        i = bisect.bisect_left(starts, start) - 1
        if i >= 0 and starts[i] > best_pos:
            best, best_pos = ent, starts[i]
        if i + 1 < len(starts) and starts[i + 1] < after_pos:
            after, after_pos = ent, starts[i + 1]
    return best or after


def _state_names() -> dict[str, str]:
    """Folded name or nisba of a state (العراق، العراقية، الولايات المتحدة) → its country code."""
    return packs.state_words("country", names=True)


def _state_names_near(doc: Doc, start: int, end: int, window: tuple[int, int] | list[int]) -> Counter[str]:
    """How often each state is named (name or nisba, a proclitic allowed) in the text around a span."""
    ftext = doc.folded.text
    fs, fe = _folded_pos(doc, start), _folded_pos(doc, end)
    lo, hi = max(0, fs - window[0]), min(len(ftext), fe + window[1])
    words = [w.strip(".,،؛:!?؟\"'«»“”()-") for w in (ftext[lo:fs] + " " + ftext[fe:hi]).split()]
    names = _state_names()
    firsts = _state_name_firsts(names)
    found: Counter[str] = Counter()
    last = len(words) - 1
    for i, w in enumerate(words):
        for key in (w, _strip_clitic(w)):
            # a name of two words is looked up only after its first word (most words open none): the joined
            # pair was built for every word of the window, thousands per article
            country = (names.get(key + " " + words[i + 1]) if i < last and key in firsts else None) \
                or names.get(key)
            if country:
                found[country] += 1
                break
    return found


_FIRSTS: list[tuple[dict[str, str], frozenset[str]]] = []


def _state_name_firsts(names: dict[str, str]) -> frozenset[str]:
    """The first words (before the first space) of the state names of more than one word, kept with the
    names they were read from (a reload of the packs makes a new dict)."""
    if not _FIRSTS or _FIRSTS[0][0] is not names:
        _FIRSTS[:] = [(names, frozenset(k.split(" ")[0] for k in names if " " in k))]
    return _FIRSTS[0][1]


@cache
def _theatre_force_words() -> frozenset[str]:
    """The bare words a force entry lists in `theatre_anaphora` (القوات الحكومية): the government side,
    the army of the country the article is about where no force it refers back to was named."""
    return frozenset(fold_text(w) for e in packs.entity_pack("actors")
                     for w in e.extra.get("theatre_anaphora", ()) or ())


@cache
def _theatre_body_words() -> frozenset[str]:
    words = _anaphora_data().get("theatre_bodies", {}).get("words", ())
    return frozenset(fold_text(w) for w in words) | _theatre_force_words() | frozenset(_theatre_defaults())


def _is_theatre_force(text: str) -> bool:
    return bool({fold_text(text), fold_text(_strip_clitic(text))} & _theatre_force_words())


@cache
def _theatre_side_words() -> frozenset[str]:
    """theatre_defaults sides (المعارضة): a side of the theatre's own war, like the government side."""
    return frozenset(fold_text(w) for w in _anaphora_data().get("theatre_defaults", {}).get("sides", ()))


def _is_theatre_side(text: str) -> bool:
    return bool({fold_text(text), fold_text(_strip_clitic(text))} & _theatre_side_words())


def _theatre_body(doc: Doc, refs: list[str], start: int, end: int, fend: int) -> EntityDraft | None:
    """A bare body (وزارة الخارجية، البرلمان) named before no body of any state: the body of the country
    the article is about (`anaphora.json` theatre_bodies), when its places point to one country and the
    packs list that country's body; a nisba or a state after it (وزارة الخارجية السعودية) names another."""
    theatre = doc.scratch.get("theatre")
    rules = _anaphora_data().get("theatre_bodies", {})
    # one stray place (صلاح الدين in a man's name) is no article about a country
    if not theatre or doc.scratch.get("theatre_places", {}).get(theatre, 0) < rules.get("min_places", 1):
        return None
    text = doc.text[start:end]
    # the و of وزارة is no clitic, so the text is tried as written before with a proclitic taken off
    if not theatre or not {fold_text(text), fold_text(_strip_clitic(text))} & _theatre_body_words():
        return None
    if _nisba_after(doc, fend):
        return None
    by_id = packs.entries_by_id()
    day = doc.published.isoformat() if doc.published else doc.scratch.get("era_day")
    eras = entities.entry_eras()
    home = []
    for ref in dict.fromkeys(refs):
        entry = by_id.get(ref)
        lo, hi = eras.get(ref, (None, None))
        if entry is None or entry.country != theatre:
            continue
        if (lo and (day is None or day < lo)) or (hi and (day is None or day >= hi)):
            continue  # a body of another era (the Assad-era ministry after December 2024)
        home.append(entry)
    # the state named around the word decides (وأكدت وزارة الخارجية أن الولايات المتحدة قلقة is the State
    # Department in an article about Afrin): the theatre's names and nisbas must outnumber each other
    # state's, in the sentences about it (in an article about Syria the country is
    # named as a place all the time, so more than once for each of the other's)
    # every state has such bodies, listed in the packs or not (Blair before البرلمان: Westminster)
    near = _state_names_near(doc, start, end, rules.get("window", (400, 200)))
    rivals = set(near) - {theatre}
    if _is_theatre_force(text) or _is_theatre_side(text):
        # the government side of a war report is the theatre's own, whoever else is named around it
        # (a Russian-Turkish deal on Idlib): another state's army bears its nisba (القوات الحكومية العراقية);
        # so is the other side (انسحاب المعارضة من دوما beside Russia's negotiators)
        pass
    elif near[theatre] == 0 and not rivals:
        # local reporting seldom names its own country (تعزيزات تابعة لوزارة الدفاع in a report from
        # Daraa): unnamed, it is the theatre's body only where no other state is named before it either
        rivals = set(_state_names_near(doc, start, end, rules.get("unnamed_window", (0, 0)))) - {theatre}
        if rivals or not rules.get("unnamed_window"):
            return None
    elif near[theatre] == 0 or any(near[theatre] <= rules.get("outnumber", 1) * near[c] for c in rivals):
        return None
    if len(home) > 1:  # the state's own body before a region's (Iraq's ministry, not the KRG's)
        home = [e for e in home if getattr(by_id.get(e.parent or ""), "kind", None) == "state"]
    if len(home) != 1:
        return None
    entry = home[0]
    held = doc.scratch.get("joined_entries", {}).get(entry.id)
    # the army that joins the regime where the article names it (rule 3b) joins it here too
    for rule in entry.extra.get("joins", ()) or ():
        if isinstance(rule, str) and held is None:
            held = doc.entity_by_ref(rule)
    return doc.entity_by_ref(entry.id) or held or doc.new_entity("actor", entry.name, entry.name_ar, entry.id,
                                                                 kind=entry.kind)


@cache
def _lineage_links() -> frozenset[str]:
    """roles lineage_links (بن، ابن، بنت), folded."""
    return frozenset(fold_text(w) for w in _roles().get("lineage_links", ()))


@cache
def _name_particles() -> frozenset[str]:
    return frozenset(fold_text(w) for w in _roles().get("name_particles", ()))


def _family_name(words: list[str]) -> list[str]:
    """The words a person is called by alone: the last word, or the last two where the family name is a
    compound (رامي عبد الرحمن → عبد الرحمن, not the bare الرحمن)."""
    if len(words) >= 3 and words[-2] in _name_particles():
        links = _lineage_links()
        if words[-2] in links and sum(w in links for w in words) > 1:
            # a chain of lineage (عبد العزيز بن سعود بن نايف بن عبد العزيز) ends in a forefather, no family
            # name: «بن عبد العزيز» alone names his whole house (بن لادن, one link, stays a family name)
            return words
        return words[-2:]
    return words[-1:]


@cache
def _speech_verbs() -> frozenset[str]:
    """Verbs whose subject a known person's one-word family name may be (وقال ظريف، ودعا سلامي): the verbs of
    saying that also cue new names, and verbs of stance (`speech_verbs_before_family_names`) that only refer
    back to a person already named in full, so they are kept out of the new-name cues and the NER lexicon."""
    roles = _roles()
    return frozenset(fold_text(w) for key in ("speech_verbs_before_names", "speech_verbs_before_family_names")
                     for w in roles.get(key, ()))


@cache
def _name_stops() -> frozenset[str]:
    """The folded name stop words, once: folding them for every article was ~200 `fold_text` calls each."""
    return frozenset(fold_text(w) for w in _roles()["name_stop_words"])


def _people_again(doc: Doc) -> None:
    """A person named in full once is found again by the full name or the family name alone. For a
    person the packs know, a compound family name (عبد الرحمن، آل ثاني) counts anywhere after the full
    name, a one-word family name only as the subject of a speech verb (وقال ظريف): one-word family names
    of public figures are often ordinary words (صالح، هادي، الصباح) or a group's name (الحوثي); a person
    the pack marks `surname_anywhere` is found by it anywhere after the full name, as a new name is; a new
    person's family name that is a state's nisba (المصري) or a group's name (الحوثي) only after a speech verb
    too. A family name two people of the article share names neither."""
    stops = _name_stops()
    keys: dict[str, set[str]] = {}
    needs_verb: set[str] = set()
    for e in doc.entities:
        if e.type != "person" or not e.mentions:
            continue
        words = fold_text(e.name_ar).split()
        keys.setdefault(" ".join(words), set()).add(e.id)
        family = _family_name(words)
        if len(words) > len(family) and len("".join(family)) >= 4 and family[-1] not in stops:
            key = " ".join(family)
            keys.setdefault(key, set()).add(e.id)
            if len(family) == 1 and (
                    (e.ref is not None and not _surname_anywhere(e.ref)) or family[0] in names._state_nisbas()
                    or family[0] in names._group_family_names()):
                # a family name that is a state's nisba (محمد المصري) or a group's name (يحيى الحوثي) is also an
                # adjective («السفير المصري», «التعميم الحوثي»)
                needs_verb.add(e.id)
    idx = PhraseIndex()
    for key, ids in keys.items():
        if len(ids) == 1:
            idx.add(key, next(iter(ids)))
    if not len(idx):
        return
    taken = _Taken(doc)
    for m in idx.find(doc.folded.text):
        start, end = doc.folded.span(m.start, m.end)
        if taken(start, end) or doc.is_furniture(start, end):
            continue
        if names.institution_name_at(doc.folded.text, m.start - len(m.prefix)):
            continue  # مطار الملك عبد العزيز: the airport's name, not the king named before by his father's name
        before = _words_before(doc, start, 1)
        if before and before[-1] in folded_words("roles", "lineage_links"):
            continue  # الأمير سطام بن عبد العزيز: another man's father, not the person of that family name
        if m.payloads[0] in needs_verb and " " not in m.key and (  # the one-word family name (or its لل form)
                m.prefix or not before or _strip_clitic(before[-1]) not in _speech_verbs()):
            continue
        ent = doc.entity(m.payloads[0])
        # the short form only after the person was named: it refers back, never forward
        if ent is None or not any(x.start < start for x in ent.mentions):
            continue
        taken.mark(start, end)
        ent.add(start, end, doc.text[start:end], "pattern")


def _surname_anywhere(ref: str) -> bool:
    """A pack person marked `surname_anywhere`: a one-word family name that is no ordinary word or other
    group's name (مرسي، عشماوي، المسماري), so that it refers back wherever it stands, as for a new name."""
    entry = packs.entries_by_id().get(ref)
    return bool(entry and entry.extra.get("surname_anywhere"))


@cache
def _shared_families() -> dict[str, frozenset[str]]:
    """Family names (folded) that several pack people share (المالكي: Nouri and Turki) -> their ids."""
    out: dict[str, set[str]] = {}
    for e in packs.entity_pack("people"):
        words = fold_text(e.name_ar).split()
        if len(words) >= 2:
            out.setdefault(" ".join(_family_name(words)), set()).add(e.id)
    return {k: frozenset(v) for k, v in out.items() if len(v) > 1}


def _shared_family_names(doc: Doc) -> None:
    """A family name said alone that several known people share (المالكي، الأسد) names the one the
    packs list it for, unless the article named only another bearer in full before it: after «تركي
    المالكي» a bare «المالكي» is the coalition's spokesman, not Nouri al-Maliki. Mentions before any
    full name keep the pack's reading."""
    shared = _shared_families()
    if not shared:
        return
    people = {e.ref: e for e in doc.entities if e.type == "person" and e.ref}
    for ent in list(people.values()):
        for m in list(ent.mentions):
            word = fold_text(_strip_clitic(m.text))
            ids = shared.get(word)
            if not ids or ent.ref not in ids or " " in m.text.strip():
                continue

            def full_before(e: EntityDraft, pos: int) -> int:
                return max((x.start for x in e.mentions if x.start < pos and " " in x.text.strip()), default=-1)

            if full_before(ent, m.start) >= 0:
                continue
            others = [(full_before(o, m.start), o) for r, o in people.items() if r in ids and o is not ent]
            others = [(p, o) for p, o in others if p >= 0]
            if not others:
                continue
            owner = max(others, key=lambda po: po[0])[1]
            _move_mention(ent, m, owner)


def _move_mention(ent: EntityDraft, m: model.Mention, owner: EntityDraft) -> None:
    ent.mentions.remove(m)
    ent._spans.discard((m.start, m.end))
    owner.add(m.start, m.end, m.text, m.how)


def _family_names_of_guessed_people(doc: Doc) -> None:
    """A pack person's family name said alone (العامري) before the article names that person in full
    belongs to the person no pack knows whose full name, given before it, ends with it (أنيس العامري,
    also as a hashtag: #أنيس_العامري)."""
    people = [e for e in doc.entities if e.type == "person" and e.mentions]
    guessed = [e for e in people if e.ref is None]
    if not guessed:
        return

    def words(text: str) -> list[str]:
        return fold_text(text.replace("_", " ")).split()

    for ent in [e for e in people if e.ref]:
        for m in list(ent.mentions):
            bare = words(_strip_clitic(m.text))
            if len(bare) != 1 or any(len(words(x.text)) > 1 and x.start < m.start for x in ent.mentions):
                continue
            owners = [(x.start, o) for o in guessed for x in o.mentions
                      if x.start < m.start and len(w := words(x.text)) > 1 and w[-1] == bare[0]]
            if not owners:
                continue
            owner = max(owners, key=lambda so: so[0])[1]
            _move_mention(ent, m, owner)
    doc.entities[:] = [e for e in doc.entities if e.type != "person" or e.mentions]


@cache
def _patronymic() -> frozenset[str]:
    return frozenset(fold_text(w) for w in _anaphora_data().get("patronymic_words", ()))


def _guessed_people_to_named(doc: Doc) -> None:
    """A person only a pattern or the recogniser found, whose name is the tail of a person already named
    in full (رامي عبد الرحمن ... وقال عبد الرحمن), is that person, whether the packs know him or a
    pattern found him: the mentions move to the fuller entity named last before."""
    people = [e for e in doc.entities if e.type == "person" and e.mentions]
    full: list[tuple[list[str], EntityDraft]] = []
    for e in people:
        for name in {e.name_ar, *(m.text for m in e.mentions if m.how != "anaphora")}:
            full.append((fold_text(name).split(), e))
    for e in _only_guessed(people):
        words = fold_text(e.name_ar).split()
        first = e.mentions[0].start
        # not after بن: in تميم بن حمد آل ثاني the tail حمد آل ثاني is the father, another person
        owners = [o for ws, o in full if o is not e and o.mentions and len(ws) > len(words)
                  and ws[-len(words):] == words and ws[-len(words) - 1] not in _patronymic()
                  and any(m.start < first for m in o.mentions)]
        if owners:
            owner = max(owners, key=lambda o: max(m.start for m in o.mentions if m.start < first))
            _merge_into(e, owner)


def _given_names_to_named(doc: Doc) -> None:
    """A one-word person only a pattern or the recogniser found (إيفانكا, found again as ايفانكا) whose word
    opens the full name of exactly one person named before it (إيفانكا ترمب) is that person: the article
    calls her by her given name. Where two people named before share the given name, it is neither's."""
    people = [e for e in doc.entities if e.type == "person" and e.mentions]
    moved = False
    for e in _only_guessed(people):
        words = fold_text(e.name_ar).split()
        if len(words) != 1:
            continue
        first = min(m.start for m in e.mentions)
        owners = {id(o): o for o in people if o is not e and o.mentions
                  and any(m.start < first and len(ws := fold_text(m.text).split()) > 1 and ws[0] == words[0]
                          for m in o.mentions)}
        if len(owners) != 1:
            continue
        _merge_into(e, next(iter(owners.values())))
        moved = True
    if moved:
        doc.entities[:] = [e for e in doc.entities if e.type != "person" or e.mentions]


#: the long vowels a transliteration writes or leaves out (جوزبي، جوزيبي)
_LONG_VOWELS = re.compile("[اوي]")


def _spelling_variants(doc: Doc) -> None:
    """A person only a pattern or the recogniser found, whose name has as many words as a person named
    before and differs from it in one word only, spelt with or without a long vowel (جوزيبي كونتي …
    جوزبي كونتي), is that person: foreign names are transliterated two ways in one article. Where both
    spellings are given names (محمد، محمود؛ حسن، حسين) they are two names, and two people."""
    people = [e for e in doc.entities if e.type == "person" and e.mentions]
    changed = False
    for e in _only_guessed(people):
        words = fold_text(e.name_ar).split()
        first = e.mentions[0].start
        for o in people:
            if o is e or not o.mentions or o.mentions[0].start >= first:
                continue
            other = fold_text(o.name_ar).split()
            if len(other) != len(words) or len(words) < 2:
                continue
            diff = [(a, b) for a, b in zip(words, other, strict=True) if a != b]
            if len(diff) != 1:
                continue
            a, b = diff[0]
            skeleton = _LONG_VOWELS.sub("", a)
            if len(skeleton) < 3 or skeleton != _LONG_VOWELS.sub("", b) or abs(len(a) - len(b)) != 1:
                continue
            if names.is_given_name(a) and names.is_given_name(b):
                continue
            _merge_into(e, o)
            changed = True
            break
    if changed:
        doc.entities[:] = [e for e in doc.entities if e.mentions]


#: entry id -> (the entry, `_alias_heads` of it): filled as entries are met, and read again only while the
#: packs hold the same entry object (tests reload the packs)
_ALIAS_HEADS: dict[str, tuple[packs.PackEntry, tuple[str, ...]]] = {}


def _alias_heads(entry: packs.PackEntry) -> tuple[str, ...]:
    """The heads of an entry's aliases: each alias's first two words or more, short of the whole alias
    (folded), in alias order. Kept per entry: every article that names the actor asked them again, folding
    every alias (the state entries have dozens)."""
    got = _ALIAS_HEADS.get(entry.id)
    if got is not None and got[0] is entry:
        return got[1]
    heads: list[str] = []
    for a in entry.aliases:
        words = fold_text(a.text).split()
        heads.extend(" ".join(words[:n]) for n in range(2, len(words)))
    _ALIAS_HEADS[entry.id] = (entry, tuple(heads))
    return tuple(heads)


def _guessed_groups_to_named(doc: Doc) -> None:
    """A group only a pattern or the recogniser found, whose name of two words or more is the head of an
    alias of one actor the article names from the packs (ميليشيا "الحرس الوطني" في السويداء ... قائد الحرس
    الوطني في السويداء), is that actor: quotes around the head cut the alias, so the pattern found the head
    alone. Where the head begins the aliases of two named actors, it is left alone."""
    by_id = packs.entries_by_id()
    named = [e for e in doc.entities if e.type == "actor" and e.ref in by_id and e.mentions]
    if not named:
        return
    heads: dict[str, set[int]] = {}
    for i, e in enumerate(named):
        for head in _alias_heads(by_id[e.ref]):  # type: ignore[index]
            heads.setdefault(head, set()).add(i)
    moved = False
    for e in doc.entities:
        if e.type != "actor" or e.ref is not None or not e.mentions \
                or any(m.how not in ("ner", "pattern") for m in e.mentions):
            continue
        owners = heads.get(" ".join(fold_text(e.name_ar).split()), set())
        if len(owners) != 1:
            continue
        owner = named[next(iter(owners))]
        for m in e.mentions:
            owner.add(m.start, m.end, m.text, m.how)
        e.mentions.clear()
        moved = True
    if moved:
        doc.entities[:] = [e for e in doc.entities if e.mentions]


def _merge_nicknames(doc: Doc) -> None:
    """خالد الزعبي، الملقب بـ"أبو محمود": the nickname is another mention of the person just named."""
    for ent in doc.entities:
        if ent.type != "person" or not ent.attrs.get("nickname") or not ent.mentions:
            continue
        first = ent.mentions[0]
        best = None
        for other in doc.entities:
            if other is ent or other.type != "person":
                continue
            for m in other.mentions:
                near = m.end <= first.start and first.start - m.end <= 30
                if near and "\n" not in doc.text[m.end:first.start] and (best is None or m.end > best[0]):
                    best = (m.end, other)
        if best is not None:
            for m in ent.mentions:
                best[1].add(m.start, m.end, m.text, m.how)
            ent.mentions.clear()


def _author_as_person(doc: Doc) -> None:
    if not doc.author:
        return
    i = doc.text.find(doc.author)
    if i < 0:
        return
    if any(e.type == "person" and fold_text(e.name_ar) == fold_text(doc.author) for e in doc.entities):
        return
    ent = doc.new_entity("person", romanise(doc.author), doc.author, None, role="author")
    ent.add(i, i + len(doc.author), doc.author, "metadata")


def _theatre(doc: Doc, cands: list[Candidate]) -> str | None:
    """The country most of the article's places lie in (its unambiguous place names), when one leads."""
    recs = gz.records_by_id()
    counts: Counter[str] = Counter()
    # a generic name the theatre itself decides (الساحل: the Syrian or the Yemeni coast) is no evidence
    generic = _anaphora_data().get("theatre_entries", {}).get("entries", {})
    places = sorted((c.start, -c.end) for c in cands if c.type == "place")
    reach = list(itertools.accumulate((-e for _s, e in places), max))
    for c in cands:
        if c.type != "place" or not c.refs or (len(c.refs) == 1 and c.refs[0] in generic):
            continue
        k = bisect.bisect_left(places, (c.start, -c.end))
        if k > 0 and reach[k - 1] >= c.end:
            continue  # a name inside a longer place's (القاهرة in جبل القاهرة) is no place of its own
        countries = {getattr(recs.get(r), "country", None) for r in c.refs}
        if len(countries) == 1 and None not in countries:
            counts[countries.pop()] += 1
    top = counts.most_common(2)
    if not top or (len(top) == 2 and top[1][1] * 2 > top[0][1]):
        return None
    doc.scratch["theatre_places"] = dict(counts)
    return top[0][0]


def _placeholder_group(doc: Doc, pos: int) -> str | None:
    """The armed group a bare «الميليشيات» that no labelled group precedes stands for, before the resolve
    stage falls back on the unresolved placeholder: the one armed group (armed_group or militia) its own
    sentence names (نشرت عصائب أهل الحق حواجز … مطالبا بإخراج الميليشيات): reports call a group they have
    just named «الميليشيات», whatever word they named it with."""
    if doc.text[max(0, pos - 1):pos] == "و":
        return None  # للنظام والمليشيات: militias coordinated with a party are others beside it
    by_id = packs.entries_by_id()
    sent = doc.sentence_of(pos)
    here: set[str] = set()
    for e in doc.entities:
        entry = by_id.get(e.ref or "")
        if e.type != "actor" or entry is None or not e.mentions or entry.id not in _militia_named():
            continue
        if any(sent.start <= m.start < sent.end for m in e.mentions):
            here.add(entry.id)
    # one group alone; two leave no telling which the word means. Not the story's main group where the
    # sentence names none: a Syrian report about the SDF calls the regime's own militias «المليشيات» (a seed
    # article lost its placeholder to the SDF so)
    return next(iter(here)) if len(here) == 1 else None


@cache
def _militia_named() -> frozenset[str]:
    """The armed groups outlets call militias: kind militia, or an armed group one of whose pack aliases
    starts with a label word (ميليشيا الحوثي، ميليشيا قسد). A rebel army the pack never so names (the Free
    Syrian Army) is the side a bare «الميليشيات» in its sentence fights, not the militias themselves."""
    labels = {fold_text(w) for w in _anaphora_data().get("label_words", ())}
    placeholder = _anaphora_data().get("unresolved_group_entry")
    out = set()
    for e in packs.entity_pack("actors"):
        if e.id == placeholder or e.kind not in _ARMED_KINDS:
            continue
        if e.kind == "militia" or any(fold_text(a.text).split()[:1] and fold_text(a.text).split()[0] in labels
                                      for a in e.aliases):
            out.add(e.id)
    return frozenset(out)


def _theatre_entry(doc: Doc, ref: str, text: str) -> str:
    """The entry a generic name stands for in this article's theatre (`anaphora.json` theatre_entries):
    قوات التحالف in an article about Yemen is the Saudi-led coalition, elsewhere the pack's entry."""
    rule = _anaphora_data().get("theatre_entries", {}).get("entries", {}).get(ref)
    if not rule:
        return ref
    target = rule.get("by_country", {}).get(doc.scratch.get("theatre"))
    named = doc.scratch.get("named_refs", set())
    if not target and rule.get("or_named") and ref not in named:
        # no theatre, but the article names one of the entries by its own name (تحالف دعم الشرعية في
        # اليمن, in a report from Dubai) and not the pack's entry: the generic name is that one
        others = [r for r in dict.fromkeys(rule.get("by_country", {}).values()) if r in named]
        target = others[0] if len(others) == 1 else None
    if not target and rule.get("home") and not doc.scratch.get("theatre"):
        target = _named_country_entry(rule, named)
    if not target and rule.get("by_area"):
        target = _area_entry(doc, rule["by_area"], named)
    if not target or target not in packs.entries_by_id():
        return ref
    return target if _alias_forms(text) & {fold_text(a) for a in rule.get("aliases", ())} else ref


def _outside_home(doc: Doc, ref: str, text: str) -> bool:
    """A generic name whose theatre_entries rule is `home_only` (الجيش الوطني: the Syrian National Army only
    in Syria) that no theatre gave another entry: it names nothing where the article is about another country
    (Egypt's or Tunisia's own army, listed or not), or about none while no actor of a `home` country is named
    (للجيش الوطني in a report that places nothing and names no Syrian or Turkish party)."""
    rule = _anaphora_data().get("theatre_entries", {}).get("entries", {}).get(ref)
    if not rule or not rule.get("home_only") or not _alias_forms(text) & {fold_text(a) for a in rule["aliases"]}:
        return False
    home = set(rule.get("home", ()))
    theatre = doc.scratch.get("theatre")
    if theatre:
        return theatre not in home
    by_id = packs.entries_by_id()
    named = doc.scratch.get("named_refs", set())
    return not any(getattr(by_id.get(r), "country", None) in home for r in named)


def _alias_forms(text: str) -> set[str]:
    """A mention's folded text as an alias may spell it: as written without its clitic, and with the article
    a preceding لـ swallowed (للميليشيات leaves the mention ميليشيات, the alias is الميليشيات)."""
    key = fold_text(_strip_clitic(text))
    # a word whose first letter only looks like a proclitic (بوارج التحالف) is an alias as written
    whole = fold_text(text)
    return ({key, "ال" + key} if not key.startswith("ال") else {key}) | {whole}


def _nisba_entry(doc: Doc, c: Candidate) -> str | None:
    """A generic name with a state's nisba after it (الجيش الوطني الصومالي) where its theatre_entries rule
    says `nisba_decides`: the entry by_country gives for that state, the pack's own for its own country,
    else None (another state's body that the packs do not list)."""
    ref = c.refs[0]
    rule = _anaphora_data().get("theatre_entries", {}).get("entries", {}).get(ref)
    text = fold_text(_strip_clitic(doc.text[c.start:c.end]))
    if not rule or not rule.get("nisba_decides") or text not in {fold_text(a) for a in rule.get("aliases", ())}:
        return ref
    fend = _folded_pos(doc, c.end)
    if not _nisba_after(doc, fend):
        return ref
    word = doc.folded.text[fend:fend + 30].split(maxsplit=1)[0].strip(".,،؛:!?؟\"'«»“”()-")
    country = packs.state_words("country").get(word) or packs.state_words("country").get(word[:-1])
    entry = packs.entries_by_id().get(ref)
    if country and entry is not None and country == entry.country:
        return ref
    target = rule.get("by_country", {}).get(country or "")
    return target if target in packs.entries_by_id() else None


@cache
def _theatre_generic_names() -> frozenset[str]:
    """The folded generic names of anaphora.json theatre_entries (read once: `_retarget` asked every article)."""
    rules = _anaphora_data().get("theatre_entries", {}).get("entries", {})
    return frozenset(fold_text(a) for r in rules.values() for a in r.get("aliases", ()))


def _retarget(doc: Doc) -> None:
    """Generic names to the entry of the article's theatre (see `_theatre_entry`)."""
    doc.scratch["theatre"] = _theatre(doc, doc.candidates)
    # the entries the article names by a name of their own, not by a generic one a theatre decides
    generic = _theatre_generic_names()
    # (with a swallowed article too: للجيش الوطني leaves the mention جيش الوطني, a generic name all the same)
    doc.scratch["named_refs"] = {c.refs[0] for c in doc.candidates if c.how == "pack" and len(c.refs) == 1
                                 and not _alias_forms(doc.text[c.start:c.end]) & generic}
    store = doc.scratch.get("places", {})
    gone = set()
    for c in doc.candidates:
        if c.how != "pack" or len(c.refs) != 1:
            continue
        ref = _nisba_entry(doc, c)
        if ref is None:
            gone.add(id(c))
            continue
        ref = _theatre_entry(doc, ref, doc.text[c.start:c.end]) if ref == c.refs[0] else ref
        if ref == c.refs[0] and _outside_home(doc, ref, doc.text[c.start:c.end]):
            gone.add(id(c))
            continue
        if ref != c.refs[0]:
            c.refs = (ref,)
            if "home_only" in c.attrs:
                # the theatre chose the body (جهاز الأمن العام in Israel is the Shin Bet): the pack entry's
                # home no longer bars it
                c.attrs = {k: v for k, v in c.attrs.items() if k != "home_only"}
            if (c.start, c.end) in store:  # the geocoder reads a place's records from here
                store[(c.start, c.end)] = {**store[(c.start, c.end)], "refs": (ref,)}
    if gone:
        # another state's body: no anaphor inside it either (الجيش of الجيش الوطني الصومالي)
        doc.scratch["foreign_bodies"] = [(c.start, c.end) for c in doc.candidates if id(c) in gone]
        doc.candidates = [c for c in doc.candidates if id(c) not in gone]


def _prefer_when(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """One name two entries share (قوى الأمن الداخلي: the Asayish in the north-east, the interior
    ministry's force elsewhere after 2024): an entry's `prefer_when` rule lists the `aliases` it holds on
    condition; a mention by one of them is the entry's where the article names one of its `named`
    parties or a place in one of its `admin1` areas, and the entries under `over` then lose the span;
    otherwise the mention is theirs, or nobody's when none of them matched it."""
    by_id = packs.entries_by_id()
    rules = {c.refs[0]: rule for c in cands if c.how == "pack" and c.type == "actor" and c.refs
             and (rule := getattr(by_id.get(c.refs[0]), "extra", {}).get("prefer_when"))}
    if not rules:
        return cands
    records = gz.records_by_id()
    drop: set[int] = set()
    for ref, rule in rules.items():
        conditional = {fold_text(a) for a in rule.get("aliases", ())}
        mine = [c for c in cands if c.how == "pack" and c.refs[:1] == (ref,)
                and fold_text(c.attrs.get("alias", "")) in conditional]
        if not mine:
            continue
        spans = {(c.start, c.end) for c in mine}
        named, areas = set(rule.get("named", ())), set(rule.get("admin1", ()))
        holds = any(
            (c.how == "pack" and c.type == "actor" and c.refs and c.refs[0] in named and (c.start, c.end) not in spans)
            or (c.type == "place" and any(getattr(records.get(r), "admin1", None) in areas for r in c.refs))
            for c in cands)
        rivals = set(rule.get("over", ()))
        elsewhere = set(rule.get("elsewhere_admin1", ()))
        for c in cands:
            if (c.start, c.end) not in spans or c.how != "pack" or c.type != "actor" or not c.refs:
                continue
            here = holds and not (elsewhere and _placed_elsewhere(doc, cands, c, spans, rivals, areas, elsewhere))
            if (here and c.refs[0] in rivals) or (not here and c.refs[0] == ref):
                drop.add(id(c))
    return [c for c in cands if id(c) not in drop]


def _placed_elsewhere(doc: Doc, cands: list[Candidate], c: Candidate, spans: set[tuple[int, int]],
                      rivals: set[str], areas: set[str], elsewhere: set[str]) -> bool:
    """Whether a conditional mention's own sentence puts it in an area of `elsewhere_admin1` and in none of
    the rule's own areas, while a rival entry matched it too: in an article that names the SDF, «قوات
    الأمن الداخلي» deployed in Suwayda or Latakia after 2024 are the interior ministry's, not the Asayish."""
    if not any((o.start, o.end) == (c.start, c.end) and o.refs and o.refs[0] in rivals for o in cands):
        return False
    records = gz.records_by_id()
    sent = doc.sentence_of(c.start)
    found: set[str] = set()
    for o in cands:
        if o.type != "place" or not (sent.start <= o.start < sent.end) or (o.start, o.end) in spans:
            continue
        for r in o.refs or tuple(o.attrs.get("base") or ()):
            admin1 = getattr(records.get(r), "admin1", None)
            if admin1:
                found.add(admin1)
    return bool(found & elsewhere) and not found & areas


def _titles_before_names(doc: Doc, cands: list[Candidate], ner: list[Candidate]) -> list[Candidate]:
    """A post's title (وزير الدفاع الأمريكي, dated to its holder in the packs) right before another
    person's name is that person's title (وزير الدفاع الأمريكي دونالد رامسفيلد), not the holder of the
    day's."""
    titles = [c for c in cands if c.attrs.get("title") and c.type == "person" and c.refs]
    if not titles:
        return cands
    people = [c for c in cands + ner if c.type == "person"]
    drop = set()
    for t in titles:
        after = [p for p in people if p.start >= t.end and len(doc.text[t.end:p.start]) <= 2
                 and not doc.text[t.end:p.start].strip()]
        if after and not any(p.refs[:1] == t.refs[:1] for p in after):
            drop.add(id(t))
    return [c for c in cands if id(c) not in drop]


def _family_name_of_another(doc: Doc, c: Candidate, own: list[Candidate]) -> bool:
    """A pack person's one-word family name right after a given name (أنيس العامري) is another person's
    family name: the pack person's own full name would have matched as a longer span. So after a preposition
    that is also a given name (`prepositions_also_names`: خلف) where a role's pattern took the two words for a
    name (وقال الوزير خلف الحلبوسي): the role's man, not the pack's (خلف الأسد with no role stays "behind")."""
    if c.type != "person" or c.how != "pack" or len(fold_text(doc.text[c.start:c.end]).split()) != 1:
        return False
    before = _words_before(doc, c.start, 1)
    glued = doc.text[max(0, c.start - 1):c.start] in (" ", "_")
    if before and glued and names.preposition_also_name(before[-1]):
        return any(o.type == "person" and o.how == "pattern" and o.end == c.end and o.start < c.start
                   and len(fold_text(doc.text[o.start:c.start]).split()) == 1 for o in own)
    raw = doc.text[max(0, c.start - 12):c.start].split()
    # على folds to علي (Ali): the preposition, as in "الضغوط على الأسد", is no given name
    if not (before and glued and names.is_plain_given_name(before[-1])) or (raw and raw[-1] in ("على", "وعلى", "فعلى")):
        return False
    # the person's own given name or a short form of it (جو فوتيل for جوزيف فوتيل)
    entry = packs.entries_by_id().get(c.refs[0]) if c.refs else None
    firsts = {fold_text(a.text).split()[0] for a in getattr(entry, "aliases", ()) if len(a.text.split()) > 1}
    return not any(f.startswith(before[-1]) or before[-1].startswith(f) for f in firsts)


#: the most given names a recogniser's span may add before a pattern's name (قاسم محمد تاج الدين)
MAX_ADDED_GIVEN_NAMES = 2


def _given_names_before(doc: Doc, own: list[Candidate], ner: list[Candidate]) -> None:
    """A pattern's person name that a recogniser's person span ends with, the recogniser's span starting one
    or two given names earlier (قاسم محمد تاج الدين against the pattern's محمد تاج الدين), starts where the
    recogniser's does: the pattern stopped short of a given name that no cue preceded, and otherwise wins
    over the longer span (rule 2). Not where another candidate lies on the added words."""
    spans = [c for c in ner if c.type == "person"]
    if not spans:
        return
    for c in own:
        if c.type != "person" or c.how != "pattern":
            continue
        for n in spans:
            if n.end != c.end or not n.start < c.start:
                continue
            added = fold_text(doc.text[n.start:c.start]).split()
            if not (0 < len(added) <= MAX_ADDED_GIVEN_NAMES and all(names.is_given_name(w) for w in added)):
                continue
            if any(o is not c and o.start < c.start and n.start < o.end for o in own):
                continue
            c.start = n.start
            c.name_ar = doc.text[c.start:c.end]
            c.name = None  # named again from the longer span
            break


def _trim_to_known_people(doc: Doc, cands: list[Candidate]) -> None:
    """A name that a pattern or the recogniser ran past its end (ديفيد شانكير الابتعاد قدر، سلفا كير
    بمساءلة) ends where the name of a person the article names elsewhere ends, when the longer span
    starts with all of it (two words at least). A two-word span that starts with the family name of a
    person named in full elsewhere in the article (براءة البيرق ... وسعى البيرق عبثا، روب مانينغ ... وأضاف
    مانينغ القول) is that family name alone: the word after it is none of his, as a family name ends a name.
    Not where the first word is a given name too (سلمان of محمد بن سلمان starts سلمان العودة) or a particle
    of a name (دا سيلفا after لولا دا)."""
    people = [c for c in cands if c.type == "person"]
    if len(people) < 2:
        return
    spans = [tuple(fold_text(doc.text[c.start:c.end]).split()) for c in people]
    # family name → where full names end with it (a few per name, so the look-up stays linear)
    families: dict[str, list[Candidate]] = {}
    # where a name of a group or place starts: a guessed "full name" starting there is none (داعش عنصر)
    named_starts = {c.start for c in cands if c.type != "person" and c.how not in ("ner", "pattern")}
    for o, w in zip(people, spans, strict=True):
        # a full name from the packs, or a guessed one that starts with a given name, or with no article
        # and no group's or place's name: not a guess of two common words (الديمقراطية عنصر، داعش عنصر)
        if len(w) >= 2 and (o.how not in ("ner", "pattern") or names.is_given_name(w[0])
                            or not (w[0].startswith("ال") or o.start in named_starts)):
            families.setdefault(w[-1], []).append(o)
    for i, c in enumerate(people):
        words = spans[i]
        # a family name then only common words (كوهين عمد اعتبارا، عباس ضرورة الدعوة): the words are no name's,
        # whether or not the family name is a given name too
        plain_tail = len(words) >= 2 and all(names.common_word_not_name(w) for w in words[1:])
        if c.how in ("pattern", "ner") and ((len(words) == 2 and not names.is_given_name(words[0])) or plain_tail) \
                and len(words[0]) > 2 and words[0] not in _name_particles() \
                and any(not (o.start < c.end and c.start < o.end) for o in families.get(words[0], ())):
            ends = [m.end() for m in re.finditer(r"\S+", doc.text[c.start:c.end])]
            if len(ends) == len(words):
                c.end = c.start + ends[0]
                c.name_ar = doc.text[c.start:c.end]
                c.name = None
            continue
        if c.how not in ("pattern", "ner") or len(words) < 3:
            continue
        # not a compound given name alone that the recogniser cut off inside this span (عبد الرحيم of عبد الرحيم
        # خالد النجار, split in two): it opens the name, it ends none
        heads = folded_words("roles", "compound_name_heads")
        known = {w for j, w in enumerate(spans) if j != i and 2 <= len(w) < len(words)
                 and not (len(w) == 2 and w[0] in heads and c.start <= people[j].start < c.end)}
        # a shorter span only where this one stands (the recogniser's فيصل حسن of فيصل حسن إبراهيم), not named
        # elsewhere: the words past it that are all given names (no common word: نجاح، سعيد) are the father's
        # and grandfather's names of an Arabic name's chain, not words run on into the sentence
        elsewhere = {w for j, w in enumerate(spans)
                     if j != i and not (people[j].start < c.end and c.start < people[j].end)}
        for k in range(len(words) - 1, 1, -1):
            if words[:k] in known and words[:k] not in elsewhere \
                    and all(names.is_plain_given_name(x) for x in words[k:]):
                break
            if words[:k] in known:
                if k == len(words) - 1 and names.state_nisba_family_name(list(words[:k]), words[k]):
                    break  # نور الدين المصري: the state's nisba after given names is his family name
                ends = [m.end() for m in re.finditer(r"\S+", doc.text[c.start:c.end])]
                if len(ends) == len(words):
                    c.end = c.start + ends[k - 1]
                    c.name_ar = doc.text[c.start:c.end]
                    c.name = None  # named again from the shorter span
                break


def _group_person(doc: Doc, c: Candidate) -> bool:
    """A recogniser's person whose name holds a group noun (ميليشيا X): a group's name, no person's."""
    return c.type == "person" and any(names.is_group_word(w) for w in fold_text(doc.text[c.start:c.end]).split())


def _names_ali(doc: Doc, c: Candidate, words: list[str]) -> frozenset[int]:
    """The indices of the span's words علي written with a dotted ي, where the article writes على with its alif
    maqsura: the name Ali, not the preposition, which folds the same. An article that writes both with ي tells
    them apart by no letter, and keeps the preposition's reading."""
    if "علي" not in words or "على" not in doc.text:
        return frozenset()
    raw = doc.text[c.start:c.end].split()
    if len(raw) != len(words):
        return frozenset()
    return frozenset(i for i, (w, r) in enumerate(zip(words, raw, strict=True))
                     if w == "علي" and names.ali_reading(doc, r) == names.ALI_NAME)


def _recogniser_person(doc: Doc, c: Candidate) -> bool:
    """Whether a recogniser's person span is kept; a و glued on a given name (وعزيز أسبر) is taken off
    first, so the name meets its other mentions."""
    if c.type != "person":
        return True
    words = fold_text(doc.text[c.start:c.end]).split()
    if not words or names.not_a_person(words, _names_ali(doc, c, words)):
        return False
    if names.recogniser_phrase(words):
        return False  # شجعني رفاقي، رسما كاريكاتيريا: a verb or a noun and their complements, no name
    if len(words) == 2 and names.common_head(words[0]):
        return False  # تاجر سجاد، شريط فيديو: a common noun and its genitive or adjective, no person
    titles = _person_titles()
    if " ".join(words) in titles or (words[0][:1] == "و" and " ".join([words[0][1:], *words[1:]]) in titles):
        return False  # شيخ عقل، (و)ولي العهد: a title of several words, which the recogniser took for a name
    if names.place_name(words) or (words[0][:1] == "و" and names.place_name([words[0][1:], *words[1:]])):
        return False  # بيونغ يانغ، أديس أبابا: a foreign place the recogniser took for a person
    if _kunya_after_place_head(doc, c.start, words[0]):
        return False  # جبال أبو النار، تل أبو خاطر: a place named with a kunya, no person
    first = words[0]
    if names.common_noun_opens(words) and words[0] not in folded_words("roles", "person_roles"):
        # «ولدى سؤال كوتس»، «كخبير هاو»: a common noun opens the span. The rest is the name only where the
        # article writes its last word elsewhere too (كوتس after دان كوتس); otherwise the span is no one's
        if not _elsewhere_outside(doc, words[-1], c.start, c.end):
            return False
        c.start = ner._next_word(doc, c.start, c.end)
        c.name_ar = doc.text[c.start:c.end]
        words = words[1:]
        first = words[0]
    if _proclitic_on_common_word(doc, c, first):
        return False  # بالمحيط الهادئ، وباندفاعه المعهود: a preposition or conjunction on a common word, no name
    if len(words) == 2 and words[1] == "الله" and first[:1] == "ب" and doc.text[c.start] == "ب":
        return False  # بحمد الله، بعون الله، بإذن الله: a formula of piety, no one's name
    # a conjunction or preposition glued on the name (وعزيز أسبر، لمحمد علي، فجيرار كولومب): off when the
    # rest is a listed given name, or a word the article writes elsewhere on its own ("نسبت الصحيفة لعاموس
    # يادلين ... وقال عاموس"), so the name meets its other mentions; not where the whole word is a given
    # name too (لمي، بسام، كمال)
    if first[:1] in _NAME_PROCLITICS and doc.text[c.start] == first[0] and not names.is_given_name(first) \
            and (names.is_given_name(first[1:]) or (len(first) >= 4 and _word_elsewhere(doc, first[1:]))):
        c.start += 1
        c.name_ar = doc.text[c.start:c.end]
    elif first[:1] == "و" and doc.text[c.start] == "و" and len(first) >= 4 and _foreign_after_name(doc, c, first):
        c.start += 1  # "دميرتاش وفيغن يوكسغداغ": a second name joined to the one before it
        c.name_ar = doc.text[c.start:c.end]
    return True


def _tanween_opens(doc: Doc, c: Candidate) -> bool:
    """Whether a person span (the recogniser's or a pattern's) opens with a word written with tanween
    («مصافحاً إيفانكا»، «مبتسماً سارة»): the case ending of an indefinite noun or adjective, which no name is
    written with. The span is then cut to the words after it where the article writes its last word
    elsewhere too (إيفانكا after إيفانكا ترمب), and is no one's otherwise (True: drop it)."""
    if c.type != "person":
        return False
    nxt = ner._next_word(doc, c.start, c.end)
    if nxt >= c.end or not _TANWEEN & set(doc.text[c.start:nxt]):
        return False
    last = fold_text(doc.text[c.start:c.end]).split()[-1]
    if not _elsewhere_outside(doc, last, c.start, c.end):
        return True
    c.start = nxt
    c.name_ar = doc.text[c.start:c.end]
    return False


def _foreign_after_name(doc: Doc, c: Candidate, first: str) -> bool:
    """Whether the span's first word, و glued on a word the corpus knows in neither form (وكايت، وفيغن), follows
    right after another person's span: the conjunction joins two names (توم إيفانز وكايت جيمس)."""
    vocab = ner.corpus_words()
    if first in vocab or first[1:] in vocab or names.is_given_name(first):
        return False
    before = doc.text[:c.start].rstrip(" ")
    if len(before) == c.start:
        return False
    return any(o.type == "person" and o.end == len(before) for o in doc.candidates if o is not c)


#: one-letter conjunctions and prepositions written on the next word
_NAME_PROCLITICS = ("و", "ف", "ل", "ب", "ك")

#: tanween (fathatan, dammatan, kasratan): the indefinite case endings, written on common words only
_TANWEEN = frozenset("\u064b\u064c\u064d")

def _proclitic_on_common_word(doc: Doc, c: Candidate, first: str) -> bool:
    """Whether the recogniser's span opens with a conjunction or preposition (and the article) glued on a
    common word of the corpus (بالمحيط، وباندفاعه، ولقاء): no name starts so. A listed given name (وليد،
    بشار، كمال) or a word whose rest the corpus does not know (بوتين، لافروف) is left alone."""
    if first[:1] not in _NAME_PROCLITICS or doc.text[c.start] != first[0] or names.is_given_name(first):
        return False
    rests = [first[1:]]
    if first[0] in "وف" and first[1:2] in ("ب", "ل", "ك"):
        rests.append(first[2:])
    for rest in rests:
        bare = rest[2:] if rest.startswith("ال") else rest
        if len(bare) >= 3 and not names.is_given_name(rest) and not names.is_given_name(bare) \
                and names.common_word_not_name(bare):
            return True
    return False


@cache
def _person_titles() -> frozenset[str]:
    return frozenset(" ".join(fold_text(w).split()) for w in _roles().get("titles_not_names", ()))


def _word_elsewhere(doc: Doc, word: str) -> bool:
    """Whether the folded word stands on its own (no proclitic glued on) somewhere in the text."""
    ftext = doc.folded.text
    i = ftext.find(word)
    while i >= 0:
        end = i + len(word)
        if (i == 0 or not is_word_char(ftext[i - 1])) and (end >= len(ftext) or not is_word_char(ftext[end])):
            return True
        i = ftext.find(word, i + 1)
    return False


def _nisba_adjective(doc: Doc, c: Candidate) -> bool:
    """A recogniser's place that is a country's nisba after an indefinite noun (طائرات سورية): the
    adjective, as the places stage decides for its own matches."""
    fstart = _folded_pos(doc, c.start)
    ftext = doc.folded.text
    j = fstart
    while j > 0 and fstart - j < 2 and is_word_char(ftext[j - 1]):
        j -= 1
    return places.nisba_adjective(ftext, j, "") if j == fstart else False


def _credit_spans(doc: Doc) -> list[tuple[int, int]]:
    """Where the credit line names the outlet the metadata stage found («الرقة – الخابور»)."""
    name = doc.outlet.name if doc.outlet is not None and doc.outlet.how == "signature" else ""
    spans = []
    for a, b in doc.furniture if name else ():
        i = doc.text.find(name, a, b)
        if i >= 0:
            spans.append((i, i + len(name)))
    # a credit opening the first paragraph: «الرقة – الخابور: ...», the name right after the dash
    i = doc.text.find(name, 0, 80) if name else -1
    if i > 0 and doc.text[:i].rstrip(" «\"").endswith(("-", "–", "—", "ـ", "/")):
        spans.append((i, i + len(name)))
    return spans


def _credited_outlet(doc: Doc, c: Candidate) -> bool:
    """A place that is the outlet's name in its credit line: Al-Khabour, the site, not the Khabur valley."""
    if c.type != "place":
        return False
    if "credit_spans" not in doc.scratch:
        doc.scratch["credit_spans"] = _credit_spans(doc)
    return any(a <= c.start and c.end <= b for a, b in doc.scratch["credit_spans"])


def _folded_count(doc: Doc, word: str) -> int:
    """How many times the article writes folded `word` as a whole word."""
    return len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", doc.folded.text))


def _person_edges(doc: Doc) -> None:
    """A guessed person's span (the recogniser's or a pattern's, no pack's) loses the words at its end that run
    on into the sentence (`names.run_on_words`: a verb, a preposition or و on a common word, an adverb) and
    the descriptions after it (`person_end_words`); one
    left with a single word (a given name and a verb: «مرض نادر يؤدي») is dropped, since the name is then
    too short to tell from a common word."""
    drop = []
    ends = folded_words("roles", "person_end_words")
    for c in doc.candidates:
        if c.type != "person" or c.refs or c.how not in ("ner", "pattern"):
            continue
        _lineage_opener(doc, c)
        raw = doc.text[c.start:c.end].split()
        words = fold_text(doc.text[c.start:c.end]).split()
        if len(raw) != len(words) or len(words) < 2:
            continue
        # كينيث وورد، قال: a foreign family name spelt with و (Ward) closing the name runs on into nothing
        n = 0 if _wa_surname_closes(doc, c, words) else names.run_on_words(words, lambda w: _folded_count(doc, w) > 1)
        # then a description after the name (جواد تشودري سمسار، عمر الأشخاص، فلان المذكور): an occupation, a
        # plural of people or an adjective ends no name (`person_end_words`; checked at the end only, since
        # before the name الملياردير فلان is his title)
        while n < len(words) and words[len(words) - n - 1] in ends:
            n += 1
        if not n:
            continue
        if len(words) - n < 2:
            drop.append(c)
            continue
        cut = c.start
        for word in raw[:len(words) - n]:
            cut = doc.text.index(word, cut) + len(word)
        c.end = cut
        c.name_ar = doc.text[c.start:c.end]
        c.name = None
    if drop:
        gone = {id(c) for c in drop}
        doc.candidates[:] = [c for c in doc.candidates if id(c) not in gone]


def _wa_surname_closes(doc: Doc, c: Candidate, words: list[str]) -> bool:
    """Whether a guessed person's last word, written with و (وورد، ووكر), is the family name closing the name
    rather than و and a verb running on into the sentence: two words, the first a plain given name, and the
    span closed by punctuation (names._NAME_CLOSERS), as the names stage lets such a word close a name, and
    either set off by a comma before it too (المبعوث الأمريكي، كينيث وورد، قال) or written so twice in the
    article. A verb after a name opens its clause and runs on to its complement («قال أحمد وورد في البيان»),
    and one that ends a sentence («إن ابنه محمد وانهار.») stands after no comma and is not repeated."""
    if len(words) != 2 or words[1][:1] != "و" or not names.is_plain_given_name(words[0]) \
            or doc.text[c.end:c.end + 1] not in names._NAME_CLOSERS:
        return False
    before = doc.text[:c.start].rstrip(" ")
    return before.endswith(("،", ",")) or doc.text.count(doc.text[c.start:c.end]) > 1


def _lineage_opener(doc: Doc, c: Candidate) -> None:
    """A guessed person's span that opens with بن/ابن/بنت (`lineage_links`) after a given name written with
    the article (الوليد بن طلال، الحسن بن علي), which the recogniser and the patterns leave out as a definite
    word, starts at that given name; a title before بن (الأمير بن سلمان) is none."""
    first = fold_text(doc.text[c.start:c.end]).split()[:1]
    if not first or first[0] not in folded_words("roles", "lineage_links"):
        return
    i = c.start
    while i > 0 and doc.text[i - 1] == " ":
        i -= 1
    if i == c.start:
        return
    j = i
    while j > 0 and not doc.text[j - 1].isspace() and doc.text[j - 1] not in _WORD_OPENERS:
        j -= 1
    word = fold_text(doc.text[j:i])
    bare = word[2:] if word.startswith("ال") else word
    if len(bare) < 3 or not names.is_given_name(bare) or word in _person_titles() \
            or word in folded_words("roles", "person_roles"):
        return
    c.start = j
    c.name_ar = doc.text[c.start:c.end]
    c.name = None


#: the marks that may open the word before a span (a quote, a bracket)
_WORD_OPENERS = "\"«“("


@stage("resolve", requires=("doc.candidates",), assigns=("doc.entities",))
def run(doc: Doc) -> None:
    _person_edges(doc)
    # the recogniser's spans take no part in the party-or-place decision (a LOC on تركيا is no evidence
    # that تركيا is the theatre), and come into `_select` after everything else
    # a word with tanween opens no name (both the recogniser's and the names stage's spans)
    doc.candidates = [c for c in doc.candidates if not _tanween_opens(doc, c)]
    ner = [c for c in doc.candidates if c.how == "ner" and not _alone_on_line(doc, c.start, c.end)
           and not (c.type == "place" and _nisba_adjective(doc, c)) and not _group_person(doc, c)
           and _recogniser_person(doc, c) and not _credited_outlet(doc, c)]
    _retarget(doc)
    theatre = doc.scratch.get("theatre")
    # an alias many states use for their own body (الأمن العام، أمن الدولة) names the pack's only at home
    own = [c for c in doc.candidates if c.how != "ner"
           and not (c.attrs.get("home_only") and theatre and c.attrs["home_only"] != theatre)
           and not (c.attrs.get("home_sign") and c.attrs["home_sign"] not in _signed_countries(doc))
           and not _framed_abroad(doc, c)
           and not _credited_outlet(doc, c)]
    # a dateline's country is a place (`_is_locative`) and takes with it every shorter name inside it
    # (الإمارات in الإمارات العربية المتحدة) and the recogniser's spans there
    dated = [(c.start, c.end) for c in own if _dateline_country(doc, c.start, c.end)]
    own = [c for c in _prefer_when(doc, own)
           if not any(a <= c.start and c.end <= b and (a, b) != (c.start, c.end) for a, b in dated)]
    ner = [c for c in ner if not any(a <= c.start and c.end <= b for a, b in dated)]
    # a club named after its town (روما الإيطالي) is neither the town nor its government
    states = frozenset((c.start, c.end) for c in own if c.type == "actor" and c.how == "pack" and c.refs
                       and getattr(packs.entries_by_id().get(c.refs[0]), "kind", None) == "state")
    own = [c for c in own if not _club_name(doc, c, states)]
    ner = [c for c in ner if not _club_name(doc, c, states)]
    own = _titles_before_names(doc, own, ner)
    own = [c for c in own if not _family_name_of_another(doc, c, own)]
    _given_names_before(doc, own, ner)
    _trim_to_known_people(doc, own + ner)
    # a name the places stage ruled out by its context (جيش جنوب السودان, an organisation's) is no place of the
    # recogniser's either, nor is a shorter name inside it (السودان); nor is a capital there its government:
    # the word has its other sense (ربطا بكابل 'tied with a cable' is no Kabul, place or party)
    ruled = doc.scratch.get("places_ruled_out", ())
    own = [c for c in own if not (c.type == "actor" and c.attrs.get("capital")
                                  and any(a <= c.start and c.end <= b for a, b in ruled))]
    cands = _party_or_place(doc, own)
    named = doc.scratch.get("capitals_in_names", ())
    cands += [c for c in ner if not any(c.start < b and a < c.end for a, b in named)
              and not (c.type == "place" and any(a <= c.start and c.end <= b for a, b in ruled))]
    chosen = _select(doc, cands)
    _backed_as_named(doc, chosen)
    _make_entities(doc, chosen)
    _join_entities(doc)
    _former_names(doc)
    _guessed_groups_to_named(doc)
    _group_words(doc)
    _resolve_anaphora(doc)
    _merge_nicknames(doc)
    _guessed_people_to_named(doc)
    _spelling_variants(doc)
    _shared_family_names(doc)
    _family_names_of_guessed_people(doc)
    _people_again(doc)
    _given_names_to_named(doc)
    _author_as_person(doc)


@cache
def _head_barred_kinds() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Folded head noun → (actor kinds a bare definite head never refers back to, entries it still may:
    those theatre_defaults give the bare word). `head_noun_not_kinds`: a bare الجيش is a state's army, not the
    Free Syrian Army or the SNA, yet Haftar's LNA is what a Libyan article calls الجيش."""
    data = _anaphora_data()
    defaults = data.get("theatre_defaults", {}).get("words", {})
    out: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    for head, kinds in data.get("head_noun_not_kinds", {}).items():
        allowed = frozenset(defaults.get("ال" + head, {}).values())
        out[fold_text(head)] = (frozenset(kinds), allowed)
    return out


def _head_kind_barred(head: str, ref: str | None, by_id: dict[str, packs.PackEntry]) -> bool:
    """Whether a bare definite `head` (folded) may not refer back to the pack entry `ref` by its kind."""
    rule = _head_barred_kinds().get(head)
    entry = by_id.get(ref) if ref else None
    if rule is None or entry is None:
        return False
    kinds, allowed = rule
    return entry.kind in kinds and entry.id not in allowed


def _named_country_entry(rule: dict, named: set[str]) -> str | None:
    """With no theatre from places, the entry of by_country for the one country the article's named actors
    belong to (the Houthis → Yemen: طائرات التحالف is the Saudi-led coalition), when no actor of the rule's
    `home` countries (Syria, Iraq for the US-led coalition) is named too."""
    by_id = packs.entries_by_id()
    countries = {getattr(by_id.get(r), "country", None) for r in named}
    if countries & set(rule.get("home", ())):
        return None
    hits = {rule["by_country"][c] for c in countries if c in rule.get("by_country", {})}
    return hits.pop() if len(hits) == 1 else None


@cache
def _group_aliases() -> dict[str, str]:
    """Folded alias → id of every militia or armed group entry (الميليشيات الموالية لإيران → iran-backed-militias)."""
    out: dict[str, str] = {}
    for e in packs.entity_pack("actors"):
        if e.kind in ("militia", "armed_group"):
            for a in (e.name_ar, *(x.text for x in e.aliases)):
                out.setdefault(fold_text(a), e.id)
    return out


def _backed_as_named(doc: Doc, chosen: list[Candidate]) -> None:
    """A group named by its backer whose definite form is a pack group's alias (ميليشيات موالية لإيران ~
    الميليشيات الموالية لإيران) is that group: the article's indefinite and definite forms are one party, not a
    «forces backed by Iran» beside the pack's Iran-backed militias. Only the head and its backing word take the
    article; the patron phrase after them (لإيران، من إيران) is kept as written."""
    aliases = _group_aliases()
    for c in chosen:
        if not c.attrs.get("backed_by") or c.refs:
            continue
        words = fold_text(doc.text[c.start:c.end]).split()
        if len(words) < 3 or any(w.startswith("ال") for w in words[:2]):
            continue
        for head in (words[0], words[0][1:] if words[0][:1] in "وفب" else ""):
            if not head:
                continue
            ref = aliases.get(" ".join(["ال" + head, "ال" + words[1], *words[2:]]))
            if ref is not None:
                c.refs = (ref,)
                c.attrs = {k: v for k, v in c.attrs.items() if k != "backed_by"}
                break


def _alternation(words: list[str]) -> str:
    """A regex alternation of pack words, the longest first (باسم before ب)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _former_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str],
                               re.Pattern[str], tuple[str, ...], tuple[str, ...]]:
    """The patterns that find a body's former name beside it, built from `anaphora.json` former_names:
    in brackets after it, «X (Y سابقا)», «X (سابقا Y)»; in quotes instead of brackets, «X "Y سابقا"»; or
    after a comma and the clause that gives it, «X، المعروفة سابقا باسم Y»، «X، التي كانت تعرف سابقا بـY».
    The word for "formerly" may bear its tanwin or not, and a quote may open the name; then the words for
    "formerly", and the words that must be in the text for any pattern to match."""
    data = _anaphora_data()["former_names"]
    # the accusative ending of the adverb (سابقا، سابقاً، سابقًا), written or not
    formerly = rf"(?:{_alternation(data['formerly'])})[اًَ]*"
    after = re.compile(rf"^[\s\"»”']*{formerly}\s*\)")
    before_in = re.compile(rf"\(\s*(?:{formerly}\s*:?\s*)?[\"«“']?\s*$")
    # the quoted form needs the word for "formerly" right before the closing quote: a quoted name after a
    # body's name is otherwise a quotation or a nickname, not its old name
    quote_open = re.compile(r"[\"«“]\s*$")
    quote_after = re.compile(rf"^\s*{formerly}\s*[\"»”]")
    clause = re.compile(
        rf"[،,]\s*(?:و?(?:{_alternation(data['pronouns'])})\s+)?"
        rf"(?:(?:{_alternation(data['known_adjectives'])})\s+{formerly}"
        rf"|(?:{_alternation(data['relatives'])})\s+(?:{_alternation(data['was_verbs'])})\s+"
        rf"(?:{_alternation(data['known_verbs'])})(?:\s+{formerly})?"
        rf"|(?:{_alternation(data['named_adjectives'])})\s+{formerly})"
        rf"\s+(?:(?:{_alternation(data['name_cues'])})\s*)?[\"«“']?\s*$")
    needed = (*data["formerly"], *data["known_verbs"])
    return after, before_in, clause, quote_open, quote_after, tuple(data["formerly"]), needed


def _former_names(doc: Doc) -> None:
    """A body's former name written beside it (هيئة تحرير الشام (جبهة النصرة سابقا)، جبهة فتح الشام،
    المعروفة سابقا باسم جبهة النصرة) names the same body in this article: the mention goes to the body
    before it, not to an entity of its own; the former name's other mentions, told on their own, stay."""
    actors = [e for e in doc.entities if e.type == "actor"]
    former_after, former_before_in, former_clause, quote_open, quote_after, formerly, needed = _former_patterns()
    if len(actors) < 2 or not any(w in doc.text for w in needed):
        return
    ends: dict[int, EntityDraft] = {}
    for e in actors:
        for m in e.mentions:
            ends.setdefault(m.end, e)
    text = doc.text
    moved: list[tuple[EntityDraft, model.Mention, EntityDraft]] = []
    for ent in actors:
        for m in ent.mentions:
            before = text[max(0, m.start - 60):m.start]
            target = None
            b = former_before_in.search(before)
            q = quote_open.search(before)
            if b is not None and (former_after.match(text[m.end:m.end + 12]) or any(w in b.group() for w in formerly)):
                target = _body_ending_at(text, max(0, m.start - 60) + b.start(), ends)
            elif q is not None and quote_after.match(text[m.end:m.end + 12]):
                target = _body_ending_at(text, max(0, m.start - 60) + q.start(), ends)
            else:
                c = former_clause.search(before)
                if c is not None:
                    target = _body_ending_at(text, max(0, m.start - 60) + c.start(), ends)
            if target is not None and target is not ent:
                moved.append((ent, m, target))
    for ent, m, target in moved:
        target.add(m.start, m.end, m.text, m.how)
        ent.mentions.remove(m)
        ent._spans.discard((m.start, m.end))
    gone = {id(ent) for ent, _, _ in moved if not ent.mentions}
    if gone:
        doc.entities[:] = [e for e in doc.entities if id(e) not in gone]


def _body_ending_at(text: str, pos: int, ends: dict[int, EntityDraft]) -> EntityDraft | None:
    """The actor entity with a mention that ends at `pos`, spaces and a closing quote between."""
    while pos > 0 and text[pos - 1] in " \t\"»”'":
        pos -= 1
    return ends.get(pos)


def _elsewhere_outside(doc: Doc, word: str, start: int, end: int) -> bool:
    """Whether folded `word` stands on its own somewhere in the folded text outside original span start..end."""
    ftext = doc.folded.text
    fs, fe = _folded_pos(doc, start), _folded_pos(doc, end)
    i = ftext.find(word)
    while i >= 0:
        e = i + len(word)
        if (i == 0 or not is_word_char(ftext[i - 1])) and (e >= len(ftext) or not is_word_char(ftext[e])) \
                and not fs <= i < fe:
            return True
        i = ftext.find(word, i + 1)
    return False


def _only_guessed(people: list[EntityDraft]) -> Iterator[EntityDraft]:
    """The people of `people` that no pack names and only a pattern or the recogniser found: the ones the
    person merges (_guessed_people_to_named, _given_names_to_named, _spelling_variants) may fold into
    another. Lazy on purpose: a person emptied by an earlier merge in the same pass is skipped."""
    for e in people:
        if e.ref is None and e.mentions and all(m.how in ("ner", "pattern") for m in e.mentions):
            yield e


def _merge_into(e: EntityDraft, owner: EntityDraft) -> None:
    """Every mention of `e` moves to `owner`, leaving `e` empty for the caller to drop."""
    for m in e.mentions:
        owner.add(m.start, m.end, m.text, m.how)
    e.mentions.clear()


def _article_restored(text: str, start: int, end: int) -> str:
    """A surface read as a canonical name, with the article a glued ل swallowed put back: a span starts after
    «لل» (للمجلس العسكري → المجلس العسكري, as score.py strips it), so an entity no pack knows, named first so,
    would otherwise take the article-less «مجلس العسكري» as its name. Only at a word start (with و or ف before
    it): the لل inside a word (الللاجئين) is none."""
    surface = text[start:end]
    if start < 2 or text[start - 2:start] != "لل" or not surface or not is_word_char(surface[0]):
        return surface
    k = start - 2
    if k > 0 and text[k - 1] in "وف":
        k -= 1
    if k > 0 and is_word_char(text[k - 1]):
        return surface
    return "ال" + surface


def _nearest_before(cands: list[EntityDraft], pos: int, where: _Positions) -> EntityDraft | None:
    """The entity of `cands` mentioned last before `pos`, none when all come later: an outlet noun (الوكالة،
    هذه الشبكة، الصحيفة) refers back to an outlet already named; before any it is the article's own outlet
    or one never named, not an agency the text credits further down (الوكالة ... وقالت رويترز)."""
    best, best_pos = None, -1
    for e in cands:
        b = where.last_before(e, pos)
        if b > best_pos:
            best, best_pos = e, b
    return best


@cache
def _kunya_place_heads() -> frozenset[str]:
    """The folded geographic head nouns that make a kunya after them part of a place's name: place_cues
    feature_heads (جبل، جبال، وادي، سهل) and compound_heads (تل، عين، بئر، خربة، رأس), less the kunya
    words themselves (أبو، أم) that compound_heads also lists."""
    kunyas = {fold_text(w) for w in ("أبو", "ابو", "أبي", "ابي", "أم", "ام")}
    heads = set(folded_words("place_cues", "compound_heads")) | {
        fold_text(w) for w in load_json("place_cues").get("feature_heads", {})}
    return frozenset(heads - kunyas)


def _kunya_after_place_head(doc: Doc, start: int, first: str) -> bool:
    """Whether a recogniser's span opening with a kunya (أبو، أم) follows a geographic head noun, with or
    without a proclitic on it (وجبال، بوادي): «جبال أبو النار», «وادي أبو جمال» name a mountain range and a
    valley, not a man called Abu al-Nar."""
    if first not in {fold_text(w) for w in ("أبو", "ابو", "أبي", "ابي", "أم", "ام")}:
        return False
    before = doc.text[max(0, start - 40):start].split()
    if not before:
        return False
    prev = fold_text(before[-1])
    heads = _kunya_place_heads()
    return (prev in heads or (prev[:1] in "وفبل" and prev[1:] in heads)
            or (prev[:2] in ("وب", "ول") and prev[2:] in heads))


def _area_entry(doc: Doc, by_area: dict[str, dict[str, str]], named: set[str]) -> str | None:
    """A generic name that in one country names a different body in each of its provinces (`by_area`:
    country → admin1 → entry; a bare «قوات النخبة» in Yemen is the Shabwani Elite Forces in a story from
    Shabwa, the Hadrami ones in one from Hadramawt): the country is the article's theatre, or with none the
    one whose area entry the article names by its own name. The entry is the one area entry the article names
    so, else the one of the province most of its places lie in; None where neither tells."""
    theatre = doc.scratch.get("theatre")
    if theatre:
        areas = by_area.get(theatre, {})
    else:
        hit = [a for a in by_area.values() if set(a.values()) & named]
        areas = hit[0] if len(hit) == 1 else {}
    if not areas:
        return None
    own = [r for r in dict.fromkeys(areas.values()) if r in named]
    if len(own) == 1:
        return own[0]
    records = gz.records_by_id()
    counts: Counter[str] = Counter()
    for c in doc.candidates:
        if c.type != "place" or not c.refs:
            continue
        where = {getattr(records.get(r), "admin1", None) for r in c.refs}
        if len(where) == 1 and (a := where.pop()) in areas:
            counts[areas[a]] += 1
    top = counts.most_common(2)
    if not top or (len(top) == 2 and top[1][1] == top[0][1]):
        return None
    return top[0][0]
