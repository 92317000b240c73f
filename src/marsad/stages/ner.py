"""Stage `ner`: names that no pack knows, found by the statistical recogniser (`marsad.ner`).

The CRF tagger runs over the article body (furniture is skipped) and its spans become candidates with
`how="ner"` and `priority=0`, below the packs (2) and the patterns (1):

- **PER** → a person, when the name has at least two words (a lone word is mostly a family name standing
  for someone named in full earlier, which `resolve` finds again on its own) and starts with no role or
  stop word. A title before the name (السيد، الدكتور ...: `roles.json` person_roles) is left out of it,
  a proclitic the tagger kept on a first name the packs do not know is taken off (`_glued_clitic`), and
  a span with a word that carries لـ and the article (للعلوم، للأنباء) is a phrase, no name, and so is
  a span right after a place, outlet or police noun (في ولاية بادن فورتمبيرغ، مجلة جون أفريك;
  `given_names.json` nouns_before_non_persons). `resolve` then drops the verbs and noun phrases that
  `names.not_a_person` finds.
- **LOC** → a place when the folded surface (without a leading و/ب/ل) is a name in the gazetteer's alias
  table: the candidate carries that name's records as refs and the geocoder chooses among them as for any
  gazetteer match (this finds names the gazetteer stage left out for want of a preposition or other
  weak cue). The name must still pass the places stage's rules: a common word or a name that needs a
  place noun needs one here too (دان "condemned", جدة "grandmother"), an organisation's head before it
  blocks it (فيلق القدس), a nisba after an indefinite noun is no country (مصادر سورية). A LOC no gazetteer
  knows becomes a place without refs only with `UNKNOWN_PLACES` set (the geocoder then places it from the
  places around it, as a pattern village, or leaves it without coordinates); it is off because the
  geocoder would put a far place (سيبيريا) at a Syrian town of its sentence.
- **ORG** → an actor only when one of its words is a formation or organisation head (لواء، كتيبة، جيش،
  حركة، هيئة، تنظيم ...; `roles.json` `formation_heads` plus a few organisation nouns), to keep precision.
- **MISC** is ignored.

Who wins is `resolve`'s rule: pack > pattern > ner for the same or an overlapping span; a ner span never
splits a pack span. The model is loaded on the first article this stage sees: a missing or unreadable
model raises E205 (`NerModelError`) only when the stage is in the pipeline.

Cost (measured on the seeds and the ANT dev articles, one core): see `marsad.stages.ner.tag_text`'s note.
"""

from __future__ import annotations

import bisect
import os
import re
from dataclasses import dataclass
from functools import cache

from marsad import gazetteer as gz
from marsad import ner as ner_package
from marsad import packs
from marsad.matcher import PREFIXES, Match, PhraseIndex, is_word_char
from marsad.ner.tagger import NerModelError
from marsad.packs import folded_words
from marsad.pipeline import Candidate, Doc, stage
from marsad.textnorm import fold_text, proclitic_splits, proclitics

_PROCLITICS = "name_span"  # the set of data/clitics.json
#: whether a LOC span that no gazetteer name matches becomes a place. Off: on the ANT dev articles all three
#: such spans were wrong or harmful (ستلتزمان, a verb; كيو from إم.كيو-9; سيبيريا, which `places.geocode`
#: then placed at a Syrian town of its sentence, since it places every unknown place from its context)
UNKNOWN_PLACES = False
_ARABIC = re.compile(r"[\u0621-\u064a]")
_DIACRITICS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u0640]")


@cache
def _roles() -> dict:
    return packs.load_json("roles")


@cache
def _org_heads() -> frozenset[str]:
    # formation_heads and the heads beyond them that make an ORG span an actor (org_span_heads: هيئة، حزب)
    return frozenset(fold_text(w) for w in (*_roles().get("formation_heads", ()), *_roles().get("org_span_heads", ())))


def corpus_words() -> frozenset[str] | dict[str, object]:
    """The 30,000 commonest words of the ANT corpus (folded), from the NER model's word classes: which
    spelling of a word occurs on its own in news text (`_glued_clitic`, `_prep_article_word`)."""
    try:  # read through the package at each call (tests replace it), without a `from` import per call
        return ner_package.default_tagger().featurizer.lex.clusters
    except NerModelError:
        return frozenset()


#: one-letter proclitics the tagger leaves on a name's first word (ANERcorp keeps clitics on their word)
_NAME_PROCLITICS_KEY = "name_letter"
_NAME_PROCLITICS = proclitics(_NAME_PROCLITICS_KEY)


def _glued_clitic(word: str, doc: Doc, start: int, end: int, *, listed: bool = False) -> bool:
    """Whether folded `word` is a proclitic (و ف ب ل ك) glued to a name the packs do not know (وتشاك هيغل,
    بأدولف هتلر): neither a given name (وسام، بشار) nor one of the corpus's common words (كولن، وماكرون) as
    it stands, and the word without it met elsewhere in the article, or, after و (whose names the given
    names hold), one of the corpus's common words (تشاك; ويليام and وارن keep their و: يليام and ارن are
    neither). ب ك ل ف also begin many names whose rest is a word (كريم، بريان، كيلي). [start, end) is the
    span, whose own words do not count as elsewhere."""
    if not word.startswith(_NAME_PROCLITICS) or len(word) < 4 or word in folded_words("given_names", "names"):
        return False
    vocab = corpus_words()
    if word in vocab:
        return False
    bare = word[1:]
    if word[0] == "و" and (bare in vocab or listed):
        # (`listed`: the span follows another person's name with only a comma between, a list of names:
        # الكسندر بيتروف، وروسلان بوشيروف)
        return True
    if _clitic_before_rare_name(word):
        return True
    fs, fe = _folded_offset(doc, start), _folded_offset(doc, end)
    for m in re.finditer(rf"(?<!\w){re.escape(bare)}(?!\w)", doc.folded.text):
        if fs is None or fe is None or not fs <= m.start() < fe:
            return True
    return False


@cache
def _vowel_after_first() -> frozenset[str]:
    """The letters that spell a foreign name's opening W or L sound with its vowel (ويليام، وارن، ووكر، لويس،
    ليون، لاري) or a hamza: after و/ل one of these may be the name's own first letter, any other rarely is
    (clitics.json letters_after_wl_in_names, read once)."""
    return frozenset(packs.load_json("clitics").get("letters_after_wl_in_names", ()))


def _clitic_before_rare_name(word: str) -> bool:
    """Whether folded `word`, which neither the given names nor the corpus's common words hold, is و or ل (and,
    with) glued to a rare name (ومخيتار، لسونيا، وجاسر): its second letter is a consonant, so the word
    does not spell a foreign W/L sound (ويليام، لويس), and و before ل is kept (ولفغانغ، ولسون spell W-L).
    The Arabic names that open with و or ل and a consonant (وجدي، وديع، لميس، لقمان) are given names, which
    the caller and `own_first_letter` refuse before this is asked; ب and ف open too many foreign names
    (برنارد، فلاديمير) to take off without more."""
    if len(word) < 5 or word[0] not in "ول" or word[1] in _vowel_after_first():
        return False
    if word[:2] in ("ول", "لل"):
        return False
    from marsad.stages.names import own_first_letter

    return not own_first_letter(word)


def _prep_article_word(word: str) -> bool:
    """Whether folded `word` is لـ and the article on one of the corpus's common words (للعلوم، للأنباء):
    such a word is never part of a person's name. (Not بال: Maghrebi names are written so, بالقاسم.)"""
    return word.startswith("لل") and len(word) > 4 and "ال" + word[2:] in corpus_words()


def _strip_word(word: str, known: frozenset[str]) -> str:
    """`word` without a proclitic when only the stripped form is known (والأسد → الأسد, وليد stays)."""
    if word in known:
        return word
    return next((rest for _, rest in proclitic_splits(word, _PROCLITICS) if rest in known), word)


def _trim_clitic(doc: Doc, start: int, end: int, known: frozenset[str]) -> int:
    """The start offset after a leading proclitic that the tagger kept on the first word (ANERcorp keeps
    clitics on their word): وبشار الأسد → بشار الأسد when بشار is a known given name."""
    text = doc.text
    first_end = start
    while first_end < end and not text[first_end].isspace():
        first_end += 1
    word = fold_text(text[start:first_end])
    bare = _strip_word(word, known)
    if bare == word:
        return start
    return _skip_letters(doc, start, first_end, len(word) - len(bare))


@cache
def _person_stops() -> frozenset[str]:
    """The words that neither start nor end a person's name: built once, not for each name the tagger finds."""
    return folded_words("roles", "name_stop_words") | folded_words("roles", "person_roles") \
        | folded_words("roles", "not_name_words")


def _person(doc: Doc, start: int, end: int, *, listed: bool = False) -> tuple[int, int] | None:
    start = _trim_clitic(doc, start, end, folded_words("given_names", "names"))
    titles = folded_words("roles", "person_roles")
    words = fold_text(doc.text[start:end]).split()
    # السيد محمد علي → محمد علي; but a title before another role word or an adjective (المحلل السياسي
    # العراقي، الرئيس الأمريكي دونالد ترامب) stays, and the span with it: only a name follows the title
    # that is a given name or a word too rare for the corpus's vocabulary (a foreign first name)
    if (
        len(words) > 2
        and _strip_word(words[0], titles) in titles
        and (words[1] in folded_words("given_names", "names") or words[1] not in corpus_words())
    ):
        start = _next_word(doc, start, end)
    # a rank's tail the tagger took into the name (الفريق أول ركن فلان: ركن فلان): a role modifier starts none
    mods = folded_words("roles", "person_role_modifiers")
    while len(words := fold_text(doc.text[start:end]).split()) > 2 and words[0] in mods:
        start = _next_word(doc, start, end)
    head = fold_text(doc.text[start:end]).split()[:1]
    if head and _glued_clitic(head[0], doc, start, end, listed=listed):
        start = _skip_letters(doc, start, end, 1)
        head = []
    for p, rest in proclitic_splits(head[0] if head else "", _PROCLITICS):  # وعبد المنعم: عبد starts a name
        if rest.startswith("عبد"):
            start = _skip_letters(doc, start, end, len(p))
            break
    words = fold_text(doc.text[start:end]).split()
    if len(words) < 2 or len(words) > 5:
        return None
    stops = _person_stops()
    # the first word with its proclitic too: فإن طه is فـ + إن, a stop word, and no name
    first = _DIACRITICS.sub("", doc.text[start:end]).split()[0]
    if words[0] in stops or _is_clitic_stop(first) or words[-1] in stops:
        return None
    # an indefinite role noun that takes a domain (خبير، مسؤول، مستشار: `domain_roles`), bare or under a
    # proclitic (كخبير), and its adjective (كخبير هاو، مسؤول رفيع): a description, no one's name
    domain = folded_words("roles", "domain_roles")
    if words[0] in domain or any(rest in domain for _, rest in proclitic_splits(words[0], _NAME_PROCLITICS_KEY)):
        return None
    if any(not _ARABIC.search(w) for w in words):
        return None
    if any(_prep_article_word(w) for w in words[1:]):
        return None
    if _all_ideology(words):
        return None
    if words[0] in _place_nouns():
        return None  # "راديو فرانس"، "تلفزيون أساهي": an outlet or place noun starts the span, no person
    if _after_place_noun(doc, start):
        return None  # "في ولاية بادن فورتمبيرغ"، "مجلة جون أفريك": a foreign place's or outlet's name
    if _titled(doc, start):
        return None  # مسلسل "أبو عمر المصري": a work's title
    if _body_short_name(doc, start, end):
        return None  # جهاز الأمن العام (شين بيت): the body's own short name in brackets or quotes
    return start, end


_OPENERS = "(«\"“'"
_CLOSERS = ")»\"”'"


def _body_short_name(doc: Doc, start: int, end: int) -> bool:
    """Whether original span start..end stands alone inside brackets or quotes right after a body or outlet
    the entities stage found (جهاز الأمن العام «شين بيت»), or a few words after a body's head noun
    (`given_names.json` body_heads_before_short_names): the body's other name, not a person's."""
    text = doc.text
    i = start
    while i > 0 and text[i - 1] == " ":
        i -= 1
    j = end
    while j < len(text) and text[j] == " ":
        j += 1
    if i == 0 or text[i - 1] not in _OPENERS or j >= len(text) or text[j] not in _CLOSERS:
        return False
    k = i - 1
    while k > 0 and text[k - 1] == " ":
        k -= 1
    # a role before the body names the man in quotes (الرئيس السابق لجهاز المخابرات في فرنسا "برنار ...")
    clause = re.split(r"[.،,:؛\n]", text[max(0, k - 80):k])[-1]
    titles = folded_words("roles", "person_roles")
    if any(_strip_word(w, titles) in titles for w in fold_text(clause).split()):
        return False
    heads = _place_nouns("body_heads_before_short_names")
    if any(_strip_word(w, heads) in heads for w in fold_text(clause).split()[-4:]):
        return True  # جهاز الأمن الداخلي الإسرائيلي (شين بيت): no pack entry, but a body's head noun before it
    return any(c.end == k and c.type in ("actor", "outlet") and c.how == "pack" and not _nisba(text[c.start:c.end])
               for c in doc.candidates)


def _nisba(span: str) -> bool:
    """Whether a body's matched text is one definite nisba (قريبه الداعشي "سالم ...": the man's affiliation,
    then his own name)."""
    words = fold_text(span).split()
    return len(words) == 1 and words[0].startswith("ال") and words[0].endswith(("ي", "يه", "ية"))


def _titled(doc: Doc, start: int) -> bool:
    """Whether a work noun and an opening quote stand right before original offset `start`
    (`names.quoted_title_before`)."""
    from marsad.stages.names import quoted_title_before

    fs = _folded_offset(doc, start)
    return fs is not None and quoted_title_before(doc.folded.text, fs)


@cache
def _place_nouns(key: str = "nouns_before_non_persons") -> frozenset[str]:
    return frozenset(fold_text(w) for w in packs.load_json("given_names").get(key, ()))


def _after_place_noun(doc: Doc, start: int) -> bool:
    """Whether the word right before original offset `start` is a noun that names no person next
    (`after_non_person_noun`)."""
    fs = _folded_offset(doc, start)
    return fs is not None and after_non_person_noun(doc.folded.text, fs)


def after_non_person_noun(ft: str, fs: int) -> bool:
    """Whether the word right before folded offset `fs` (spaces only between) is a place, outlet or
    police noun (`given_names.json` nouns_before_non_persons), with or without a proclitic (بمحطة،
    لمدينة، مجلة، شرطة): the unknown foreign place or outlet named after it reads as a person's name."""
    i = fs
    while i > 0 and ft[i - 1] in " \u00a0":
        i -= 1
    if i == fs:
        return False
    j = i
    while j > 0 and is_word_char(ft[j - 1]):
        j -= 1
    word = ft[j:i]
    nouns = _place_nouns()
    if word in nouns or any(rest in nouns for _, rest in proclitic_splits(word, _PROCLITICS)):
        return True
    # ولاية is also a term of office (خلال ولاية أحمدي نجاد): a state only after في or ب (في ولاية، بولاية)
    states = _place_nouns("nouns_before_non_persons_after_in")
    if any(rest in states for p, rest in proclitic_splits(word, _PROCLITICS) if p.endswith("ب")):
        return True
    return word in states and ft[max(0, j - 3):j] == "في "


@cache
def _written_stops() -> frozenset[str]:
    """The stop, role and not-a-name words as written (hamza kept, diacritics dropped)."""
    keys = ("name_stop_words", "person_roles", "not_name_words")
    return frozenset(_DIACRITICS.sub("", w) for k in keys for w in _roles().get(k, ()))


def _is_clitic_stop(word: str) -> bool:
    """Whether `word` (diacritics dropped) is a proclitic on a stop word (فإن، وأن، بشأن). Matched as
    written: folded, فإن is فان, the Dutch particle of فان دورن."""
    return any(rest in _written_stops() for _, rest in proclitic_splits(word))


def _all_ideology(words: list[str]) -> bool:
    """Whether every folded word is a political or sectarian adjective (اشتراكي ديمقراطي، الليبرالية
    المحافظة): a party's description, which the tagger takes for a two-word name."""
    known = folded_words("roles", "ideology_adjectives")
    for w in words:
        if w not in known and not any(rest in known for _, rest in proclitic_splits(w, "article_conj", min_stem=1)):
            return False
    return True


def _place(doc: Doc, start: int, end: int) -> tuple[int, int, tuple[str, ...]]:
    """The place span without a proclitic the tagger kept (وحلب، بريف دمشق) and its gazetteer records.

    The name must pass the places stage's own rules, as if that stage had found it: a name that is also an
    ordinary word or a small place needs its cue (دان "condemned" is not Dan, لاد is not Lod; جدة، قم، حجة
    only after a place noun), an organisation's head before it or a word after it that gives it another
    sense blocks it, and a nisba after an indefinite noun (مصادر سورية) is no country. The tagger's
    confidence is no reason to waive them: it was trained on other text, and says LOC for such words."""
    table = gz.alias_table()
    key = " ".join(fold_text(doc.text[start:end]).split())
    # the whole span first, then without each proclitic it may carry (ولبنان is و + لبنان, not ول + بنان)
    for p, rest in (("", key), *proclitic_splits(key, _PROCLITICS, min_stem=1)):
        if rest not in table:
            continue
        a = _skip_letters(doc, start, end, len(p))
        # a village of the villages pack counts only where the article names its governorate, as in stage places
        info = gz.in_named_governorates(table[rest], gz.article_governorates(doc.scratch, doc.folded.text),
                                        gz.records_by_id())
        if info is None:
            continue
        if _place_rules_ok(doc, a, end, rest, info):
            return a, end, info.ids
    return start, end, ()


def _place_rules_ok(doc: Doc, start: int, end: int, key: str, info: gz.AliasInfo) -> bool:
    """Whether the places stage would accept `key` at [start, end) (original offsets, proclitics before)."""
    from marsad.stages import places

    fs, fe = _folded_offset(doc, start), _folded_offset(doc, end)
    if fs is None or fe is None or fe <= fs:
        return False
    ft = doc.folded.text
    # the places stage reads the proclitics off the word: the tagger may have left some outside its span
    ws = fs
    while ws > 0 and is_word_char(ft[ws - 1]):
        ws -= 1
    prefix = ft[ws:fs]
    if prefix not in PREFIXES:
        return False  # the span is the tail of another word
    m = Match(fs, fe, key, (key,), prefix)
    lex = places._lex()
    if places._blocked(ft, m, key, lex) or places.nisba_adjective(ft, fs, prefix):
        return False
    if places.indefinite_word(doc, fs, fe):
        return False  # دوماً 'always', باكراً 'early': tanween, no name
    if places._no_name_after_cue(ft, m, info.ids, gz.records_by_id()):
        return False  # منطقة صغيرة 'a small area', منطقة زراعة القمح: no village, as in stage places
    # the tagger's LOC stands in for a preposition or coordination (the cue "cue"): that is what it adds to
    # the places stage; a name that needs a place noun (a common word, a small or far place) still needs one
    return any(c != "noun" or places._cue_ok(ft, m, c, set()) for c in set(info.cues))


def _folded_offset(doc: Doc, orig: int) -> int | None:
    """The folded offset of original offset `orig` (the first folded character at or after it)."""
    idx = doc.folded.index
    if idx is None:
        return orig
    i = bisect.bisect_left(idx, orig)
    return i if i <= len(idx) else None


def _next_word(doc: Doc, start: int, end: int) -> int:
    """The offset of the word after the one at `start` (or `end`)."""
    text = doc.text
    i = start
    while i < end and not text[i].isspace():
        i += 1
    while i < end and text[i].isspace():
        i += 1
    return i


def _skip_letters(doc: Doc, start: int, end: int, n: int) -> int:
    """The offset after the first `n` Arabic letters from `start` (diacritics and tatweel fold away)."""
    i, letters = start, 0
    while i < end and letters < n:
        if _ARABIC.match(doc.text[i]):
            letters += 1
        i += 1
    return i


def _formation(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """An ORG span that names a formation: it starts with an indefinite head noun (لواء الفتح، حركة
    أحرار الشام; a definite one is a description: المنظمة الدولية، الجيش الروسي) and has a name after it."""
    heads = _org_heads()
    words = fold_text(doc.text[start:end]).split()
    if len(words) < 2:
        return None
    bare = _strip_word(words[0], heads)
    if bare not in heads:
        return None
    return _skip_letters(doc, start, end, len(words[0]) - len(bare)), end


def candidates_for(doc: Doc, spans: list) -> list[Candidate]:  # type: ignore[type-arg]
    """Candidates for the tagger's spans (`marsad.ner.Entity`-like: start, end, type)."""
    from marsad.stages.names import institution_name_at
    from marsad.stages.places import transliterate

    out: list[Candidate] = []
    # where the persons' names end (the packs' and the names stage's, and the tagger's), to tell a name that
    # follows another after a comma, a list (فلان، وفلان)
    person_ends = {c.end for c in doc.candidates if c.type == "person"}
    for ent in spans:
        s, e, typ = ent.start, ent.end, ent.type
        if doc.is_furniture(s, e):
            continue
        if typ == "PER":
            gap = doc.text[max(0, s - 3):s]
            listed = "،" in gap and any(s - len(gap) <= x <= s and not doc.text[x:s].strip(" ،,") for x in person_ends)
            span = _person(doc, s, e, listed=listed)
            person_ends.add(e)
            fidx = doc.folded.index
            if span and institution_name_at(doc.folded.text, bisect.bisect_left(fidx, span[0]) if fidx else span[0]):
                continue  # جامعة الإمام محمد بن سعود: a university named after the man, not the man
            if span:
                a, b = span
                out.append(Candidate(a, b, "person", (), how="ner", priority=0, name_ar=doc.text[a:b],
                                     attrs={"ner": "PER"}))
        elif typ == "LOC":
            a, b, refs = _place(doc, s, e)
            if b - a < 2 or (not refs and not UNKNOWN_PLACES):
                continue
            cand = Candidate(a, b, "place", refs, how="ner", priority=0, attrs={"ner": "LOC"})
            if not refs:
                cand.name_ar = doc.text[a:b]
                cand.name = transliterate(cand.name_ar)
            out.append(cand)
        elif typ == "ORG":
            span = _formation(doc, s, e)
            if span:
                a, b = span
                out.append(Candidate(a, b, "actor", (), how="ner", priority=0, name_ar=doc.text[a:b],
                                     attrs={"ner": "ORG"}))
    return out


@cache
def _cue_index() -> PhraseIndex:
    """Words that open an attribution or name a person's role: where the names worth finding are."""
    idx = PhraseIndex()
    att = packs.load_json("attribution")
    for lemma in att.get("verbs", {}).values():
        for form in lemma.get("forms", ()):
            idx.add(form, "verb")
    for key in ("according_to", "person_roles"):
        for w in att.get(key, ()):
            idx.add(w, key)
    for w in _roles().get("person_roles", ()):
        idx.add(w, "person_roles")
    return idx


def cued_spans(doc: Doc) -> list[tuple[int, int]]:
    """The sentences (merged where adjacent) that hold an attribution verb, an according-to cue or a
    person's role noun, as (start, end) offsets into `doc.text`."""
    hits = sorted(doc.folded.span(m.start, m.end)[0] for m in _cue_index().find(doc.folded.text))
    out: list[tuple[int, int]] = []
    i = 0
    for sent in doc.sentences:
        while i < len(hits) and hits[i] < sent.start:
            i += 1
        if i < len(hits) and hits[i] < sent.end:
            if out and out[-1][1] >= sent.start - 1:
                out[-1] = (out[-1][0], sent.end)
            else:
                out.append((sent.start, sent.end))
    return out


def scope() -> str:
    """`MARSAD_NER_SCOPE`: "cued" (default) tags only the sentences of `cued_spans` — where attribution
    chains need the names, at about half the cost of the whole text; "all" tags everything; "off" skips."""
    return os.environ.get("MARSAD_NER_SCOPE", "cued")


@stage("ner", requires=("doc.text",), assigns=("doc.candidates",))
def run(doc: Doc) -> None:
    from marsad.ner import default_tagger

    if scope() == "off":
        return
    tagger = default_tagger()  # raises E205 when the model is missing or unreadable
    # the cued sentences are tagged together, as one document, so that a name found in one of them also
    # tags its repeats in the others
    within = cued_spans(doc) if scope() == "cued" else None
    spans = tagger.find_entities(doc.text, within=within)
    doc.candidates.extend(candidates_for(doc, spans))


@dataclass(frozen=True, slots=True)
class _Shifted:
    start: int
    end: int
    type: str
