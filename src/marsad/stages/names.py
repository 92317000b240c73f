"""Stage `names`: people and formations that no pack knows, found by the words that introduce them.

- A person after a role noun (الصحفي، المحلل الكردي، نائب رئيس ...; `roles.json`), after a naming verb
  with quotes (يدعى “...”), or starting with a common given name (`given_names.json`).
- A formation in quotes after a naming cue (تحت اسم “...”، ما يسمى “...”، لواء “...”), unless an
  operation noun stands just before the cue (عملية عسكرية في عفرين باسم “...” names the operation); and one
  without quotes after a unit noun when its name starts as group names do (كتيبة شهداء الفرقان).

A name runs over the words after its cue until punctuation or a word that cannot be part of a name
(`name_stop_words`), at most four words. A plural or dual noun (حكومات غربية), an imperfect verb with its
object (يشعر بأسف) or ل + a genitive (لعقارات الدولة) starts none; `not_a_person` applies the same tests
to the recogniser's names (stage `resolve`). Nor does a word that `_not_name_word` reads as a verb (يرجح،
سيبقى), a particle with or without its proclitic (وقد، بأنها، لهذا), a noun with a possessive pronoun
(رحلتها) or ل on a noun (لعضوية), an institution's head, a dual or plural in م (مصدران، محللون) or an
indefinite nisba after the first word (برامج إذاعية): each test but the particles' needs the word to be one
of the corpus's common words, so foreign names are left alone. Candidates carry `how="pattern"`; `resolve`
merges them with pack matches (a pack match of the same span wins).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import cache, lru_cache
from itertools import islice, pairwise

from marsad import gazetteer as gz
from marsad import index_cache, packs
from marsad.matcher import PhraseIndex
from marsad.packs import folded_words
from marsad.pipeline import Candidate, Doc, stage

# the module, not its functions: read at call time, so a test that replaces one is heard (the 32 rules that
# asked `corpus_words` imported it in their bodies, ≈ 0.3 µs a call)
from marsad.stages import ner as _ner
from marsad.textnorm import fold_text

_TOKEN = re.compile(r"\w+|[^\w\s]")
_OPEN_Q = "\"«“„'"
_CLOSE_Q = "\"»”'"
_MAX_QUOTED = 60  # characters; a longer quote is speech, not a name


@cache
def _roles() -> dict:
    return packs.load_json("roles")


@cache
def _object_nouns() -> frozenset[str]:
    """The verbal nouns that open what a verb of saying tells, confirms or denies: attribution's
    grammar.object_masdars (مقتل، وقوع، ارتفاع، انخفاض، بدء، مزاعم ...), the one list the claims stage reads too.
    Claims end a teller before them; a guessed name never holds one either («وأكد مدير المستشفى مقتل ثلاثة
    مدنيين»، «وقال مدير التربية انخفاض أعداد الطلاب» name no one)."""
    grammar = packs.load_json("attribution").get("grammar", {})
    return frozenset(fold_text(w) for w in grammar.get("object_masdars", ()))


@cache
def _object_surnames() -> frozenset[str]:
    """Those verbal nouns that are also family names (زيادة): they end a guessed name only as its first word
    («وقال مدير التربية أحمد زيادة إن» names أحمد زيادة)."""
    grammar = packs.load_json("attribution").get("grammar", {})
    return frozenset(fold_text(w) for w in grammar.get("object_masdar_surnames", ()))


def object_noun(word: str) -> bool:
    """Whether a folded word is such a verbal noun, bare or with the conjunction و (وانخفاض)."""
    nouns = _object_nouns()
    return word in nouns or (word.startswith("و") and word[1:] in nouns)


_INDEX_KEYS = ("person_quote_cues", "person_roles", "formation_cues_quoted", "speech_verbs_before_names",
               "formation_cues_quoted_plural")
_INDEX_FILES = ("roles.json", "charmap.json", *index_cache.code_files("matcher", "textnorm", "stages/names"))


@cache
def _indexes() -> dict[str, PhraseIndex]:
    return index_cache.cached("names", _INDEX_FILES, lambda: {k: _build_index(k) for k in _INDEX_KEYS})


def _index(key: str) -> PhraseIndex:
    got = _indexes().get(key)
    return got if got is not None else _build_index(key)


def _build_index(key: str) -> PhraseIndex:
    idx = PhraseIndex()
    for w in _roles().get(key, ()):
        idx.add(w, key)
    return idx.compile()


@cache
def _given_names() -> tuple[frozenset[str], frozenset[str]]:
    data = packs.load_json("given_names")
    plain = frozenset(fold_text(w) for w in data.get("names", ()))
    ambiguous = frozenset(fold_text(w) for w in data.get("ambiguous", ()))
    return plain, ambiguous


def _tokens(text: str, pos: int, limit: int = 12) -> list[tuple[int, int, str]]:
    """Tokens after `pos` on the same line (a name never runs across a line break)."""
    # the line break is looked for only as far as a name can reach (the rest of a long paragraph was scanned)
    line_end = text.find("\n", pos, pos + 200)
    stop = min(len(text), pos + 200, line_end if line_end >= 0 else len(text))
    return [(m.start(), m.end(), m.group()) for m in islice(_TOKEN.finditer(text, pos, stop), limit)]


@cache
def _not_name() -> frozenset[str]:
    words = set(folded_words("roles", "not_name_words"))
    for pack in ("actors",):
        for e in packs.entity_pack(pack):
            for a in e.extra.get("adjectives", ()) or ():
                f = fold_text(a)
                words.add(f[2:] if f.startswith("ال") else f)
    return frozenset(words)


@cache
def _group_nouns() -> frozenset[str]:
    return folded_words("anaphora", "group_nouns")


def is_group_word(word: str) -> bool:
    """Whether a folded word is a group noun (ميليشيا، جماعات), with و/ف or the article on it: such a
    word is never part of a person's name."""
    nouns = _group_nouns()
    for w in (word, word[1:] if word[:1] in ("و", "ف") else word):
        if w in nouns or (w.startswith("ال") and w[2:] in nouns):
            return True
    return False


_NAME_CLOSERS = frozenset("،,.:؛\n")


def _name_after(ftext: str, pos: int, *, min_words: int = 2, skip: bool = True,
                ali: frozenset[int] = frozenset()) -> tuple[int, int] | None:
    """The name that starts at or after `pos` (folded offsets), or None. `ali`: the folded offsets of the words
    علي that are the name Ali (`names_ali_at`), which go on a name where the preposition على stops it."""
    stops = folded_words("roles", "name_stop_words")
    mods = folded_words("roles", "person_role_modifiers")
    particles = folded_words("roles", "name_particles")
    lineage = _lineage()
    toks = _tokens(ftext, pos, 16)
    i = 0
    # a role that takes a domain (مسؤول نزع السلاح، مدير مكافحة المخدرات); a title (الشيخ سفر الحوالي) never does
    role_word = ftext[max(0, pos - 16):pos].split()
    domain_role = bool(role_word) and _strip_conj(role_word[-1]) in folded_words("roles", "domain_roles")
    # skip role modifiers and a genitive chain (نائب الرئاسة المشتركة للمجلس التنفيذي لـ"الإدارة الذاتية")
    skipped = 0
    while skip and i < len(toks) and skipped < 9:
        w = toks[i][2]
        nxt = toks[i + 1][2] if i + 1 < len(toks) else ""
        # the body a role belongs to: المتحدثة باسم مفوضية الأمم المتحدة لحقوق الإنسان ...
        genitive = w.startswith("ل") and len(w) > 3 and nxt.startswith("ال")
        if w in folded_words("roles", "relative_pronouns"):
            return None  # "المسؤول الذي انضمت إليه": a relative clause, not a modifier, follows the role
        # a given name that folds to a definite-looking word (ألكسندر، إلياس: الكسندر، الياس) is no modifier
        definite = w.startswith(("ال", "لل")) and len(w) > 3 and not is_given_name(w)
        # a nationality that is also a given name opens a chain of lineage (اللواء تركي بن بندر): no modifier
        nation = (w in mods or w in _not_name()) and not (is_given_name(w) and (
            nxt in lineage or (not skipped and _nationality_given_name((role_word or [""])[-1], nxt))))
        if nation or definite or genitive:
            i += 1
            skipped += 1
            if _body_construct(w, toks, i):
                i += 1  # «مدير منظمة حظر الأسلحة الكيميائية أحمد ...»: the body's own name, not a person's
            elif w in folded_words("roles", "company_nouns") and i < len(toks) and _body_genitive(toks, i, mods):
                # «رئيس مجلس إدارة لافارج هولسيم»: the company noun's genitive names the company; the person
                # may follow its name, opened by a given name (رئيس شركة تيسلا إيلون ماسك)
                given = next((j for j in range(i + 1, min(i + 4, len(toks))) if is_given_name(toks[j][2])), None)
                if given is None or any(not toks[j][2].isalpha() for j in range(i, given)):
                    return None
                i = given
            continue
        if domain_role and not skipped and _domain_genitive(w, nxt) and (
                i + 2 >= len(toks) or not toks[i + 2][2].isalpha() or toks[i + 2][2] in _function_words()
                or (toks[i + 2][2].startswith("و") and not is_given_name(toks[i + 2][2]))):
            # "مسؤول مكافحة الفساد في الوزارة"، "مسؤول مكافحة الإرهاب والاستخبارات": the role and its domain
            return None  # (or a second domain after و), and no name after them
        if domain_role and not skipped and _domain_genitive(w, nxt) and _may_open_name(toks[i + 2][2]):
            i += 2  # "مسؤول نزع السلاح الأمريكي روبرت وود"، "مسؤول مكافحة الإرهاب": the role's domain, a common
            skipped += 1  # noun and its definite genitive, comes before the man's name
            continue
        state = _state_words_at(toks, i)
        if state:  # the state a role belongs to: رئيس زيمبابوي إيمرسون منانغاغوا
            i += state
            skipped += 1
            continue
        state = _state_words_at(toks, i + 1) if w.isalpha() and not is_given_name(w) else 0
        if state:  # a body of that state: المتحدث باسم حكومة بوركينا فاسو ريمي داندجينو
            i += 1 + state
            skipped += 1
            continue
        if w == "ل" and i + 1 < len(toks) and toks[i + 1][2] in _OPEN_Q:
            j = i + 2
            while j < len(toks) and toks[j][2] not in _CLOSE_Q:
                j += 1
            i = j + 1
            skipped += 1
            continue
        if w in _OPEN_Q and skipped and toks[i - 1][2] in \
                folded_words("roles", "nickname_cues") | folded_words("roles", "person_quote_cues"):
            return None  # القيادي المكنى "أبو طه": the quoted nickname is the name (found by its cue)
        if w in folded_words("roles", "ordinal_words") and not skipped:
            return None  # اللواء الخامس: a numbered brigade, not the rank of a person named next
        if w in _OPEN_Q and skipped:  # a quoted organisation name in the chain
            j = i + 1
            while j < len(toks) and toks[j][2] not in _CLOSE_Q:
                j += 1
            i = j + 1
            skipped += 1
            continue
        break
    words: list[tuple[int, int, str]] = []
    # four words make a name; a fifth only after a particle that cannot end one (تميم بن حمد آل ثاني). In a
    # chain of lineage the links (بن، بنت، آل) and the عبد of a compound are no words of their own: a Gulf
    # officer's four names run to eight words (فهد بن عبد الله بن محمد المطير، تركي بن بندر بن عبد العزيز آل سعود)
    headed = False
    # a royal's chain goes on while its links do (فيصل بن فهد بن مقرن بن عبد العزيز آل سعود)
    heads = folded_words("roles", "compound_name_heads")
    # a compound (عبد الرحمن) is one name of the four: a name that holds one runs to five or six words
    # (أحمد محمود عبد الرحمن الشمري), whose last was cut off and left to a shorter or split reading
    while i < len(toks) and (len(words) < 4 or (len(words) == 4 and words[-1][2] in particles)
                             or (len(words) < 6 and any(x[2] in heads for x in words)
                                 and _lineage_units([x[2] for x in words]) < 4)
                             or (len(words) < 12 and any(x[2] in lineage for x in words)
                                 and (words[-1][2] in particles or toks[i][2] in lineage
                                      or toks[i][2] in folded_words("roles", "family_links")
                                      or _lineage_units([x[2] for x in words]) < 4))):
        s, e, w = toks[i]
        if not words and not headed and common_head(w):
            # "مدير حملة كلينتون"، "دور السفارة"، "جامعة طوكيو الطبية": a common noun in construct heads the
            # phrase, no name; only a plain given name right after it opens one (زميله ماتيو غيندوزي)
            if i + 1 >= len(toks) or not is_plain_given_name(toks[i + 1][2]):
                return None
            i += 1
            headed = True
            continue
        if words and i + 1 < len(toks) and latin_initial_between(w, toks[i + 1][2]):
            # "روبرت إي كيلي"، "روبرت إي لي": a Latin initial written out between two name words is part of the
            # name, and the word after it is the family name (لي is no preposition there), which ends it
            words.extend((toks[i], toks[i + 1]))
            break
        if len(words) >= 3 and w[:1] in "تي" and not is_given_name(w) and any(x[2] in heads for x in words):
            break  # "سعاد عبد الرحيم تؤنث": a name that a compound lengthens ends at an imperfect verb
        if _state_nisba_family_name([x[2] for x in words], w):
            words.append((s, e, w))
            break  # "وقال محمد المصري إن": a state's nisba right after given names is their family name, and ends it
        if words and w in _group_family_names() and ends_given_name(words[-1][2]):
            words.append((s, e, w))
            break  # "إبراهيم أحمد الحوثي": a group's name that is also a family name, after a given name, is his
        # a given name that is also a nationality (تركي) opens a chain of lineage (تركي بن بندر): no Turk is بن
        # (or closes one: فهد بن تركي)
        lineage_head = is_given_name(w) and ((i + 1 < len(toks) and toks[i + 1][2] in lineage)
                                             or (bool(words) and words[-1][2] in lineage)
                                             or (not words and _nationality_given_name(
                                                     toks[i - 1][2] if i else (role_word or [""])[-1],
                                                     toks[i + 1][2] if i + 1 < len(toks) else "")))
        if not w[0].isalpha() or (w in stops and s not in ali) or (w in mods and not lineage_head) \
                or (len(w) < 2 and w not in particles):
            break
        if (w in _not_name() and not lineage_head) or (w.startswith(("ال", "لل")) and w[2:] in _not_name()) \
                or w in folded_words("roles", "person_roles"):
            break
        if (w in _object_nouns() and w not in _object_surnames()) or (not words and object_noun(w)):
            break  # "وأكد مدير المستشفى مقتل ثلاثة مدنيين"، "وقال مدير التربية انخفاض": the told deed begins
        if w[:1] in ("ل", "ب") and w[1:] in _not_name():
            break  # "النائب العام لمحكمة أمن الدولة": a body after a preposition, no name
        if words and w[:1] in ("ل", "ب", "و") and w[1:] in folded_words("roles", "person_roles"):
            break  # "التقى الوزير ريبر أحمد بقائد القوات": a preposition or و on a role ends the name
        if is_group_word(w):
            break  # "المسؤول ميليشيا X": a group after the role, not a person's name
        if _not_name_word(w, first=not words):
            break  # "وقال مصدران راقبا ..."، "القائد ... وقد أشرف": a verb, particle or common noun, no name
        if _state_words_at(toks, i):
            break  # a country's name ends a name: "وزير خارجية X اليابان"
        if words and _noun_adjective_pair(words[-1][2], w):
            return None  # "وزيرة داخلية سابقة": a noun and its adjective, no name
        if len(words) == 1 and _idiom_after_given_name(words[0][2], w):
            return None  # "حسن الحظ": an adjective and its noun, no name
        if words and _plural_after_preposition(w):
            break  # "آبي أحمد لنواب البرلمان": ل on a broken plural starts the verb's object
        if not words and w[:1] in ("ب", "ل") and len(w) >= 4 and not is_given_name(w) \
                and _given_name_word(w[1:]):
            words.append((s + 1, e, w[1:]))  # "التقى الرئيس بعمر عبد الله": the glued preposition is no
            i += 1  # part of the name that follows it
            continue
        if not words and _preposition_on_common_noun(w):
            break  # "أمر النائب العام بحبس ..."، "قضى القاضي بسجن ...": ب/ل on a common noun opens the role's
            # complement (the verbal noun of the deed), no name; the person, if any, is the noun's genitive
        if len(words) == 1 and _preposition_on_common_noun(w) and _common_first_word(words[0][2]):
            return None  # "رئيس البلدية السابق فاز بنسبة"، "وصل بطائرة": a common word (a verb) and its
            # prepositional complement, no name
        if len(words) == 1 and _lam_on_common_noun(w):
            break  # "توفيق لبحث سبل"، "مصدر إلهام لمنفذيها": ل on a common noun after a given name opens a
            # purpose or a complement, never a family name
        if len(words) >= 2 and _preposition_on_common_noun(w):
            break  # "عاطف الطراونة لعقد اجتماع"، "أحمد حنشي بقتل شابتين": after a full name, ل/ب on a common
            # noun opens the verb's complement
        if words and _derived_masdar(w, _ner.corpus_words()):
            break  # "وحظر الجنرال فرانكو استخدام اللغة": a verbal noun after the name opens the verb's object
        if words and _feminine_state_nisba(w):
            break  # "سيتي عائشة الإندونيسية": a woman's nationality follows her name
        if words and _definite_feminine_adjective(w):
            break  # "تصريحات جاستن الكاذبة": a definite adjective in ة after a given name describes its noun
        if not words and w in folded_words("given_names", "nouns_before_non_persons"):
            return None  # "وتقول مجلة فوربس إن": an outlet or place noun and its name, no person
        if not words and w.startswith("ال") and w not in particles and not is_given_name(w):
            break  # a name does not start with the article; a family name may (الأسد)
        if not words and i + 1 < len(toks) and toks[i + 1][2].startswith("ال") and _construct_head(w):
            break  # "المبعوث لحل النزاع"، "وقال منظمو المهرجان"، "حماية المدنيين": a noun in construct, no name
        if w.startswith("لل") and len(w) > 3:
            break  # لـ + the article ("رئيس جديد للبرلمان"): a preposition's object, never part of a name
        if not words and w.startswith("ي") and len(w) >= 4 and not is_given_name(w) and i + 1 < len(toks) \
                and toks[i + 1][2].startswith(("ب", "ل", "ال")):
            break  # "رئيس الجمهورية يشعر بأسف": an imperfect verb and its object, not a given name
        if not words and w.endswith("ا") and (len(w) >= 5 or _short_accusative(w)) and not is_given_name(w) \
                and i + 1 < len(toks) and toks[i + 1][2].startswith(("ب", "ل")) and len(toks[i + 1][2]) >= 5:
            break  # "أصدر الرئيس مرسوما بتعيين"، "السيد خلفا لأحمد": an indefinite object or adverb and its
            # complement, not a given name
        if not words and _circumstantial_participle(w) and (
                i + 1 >= len(toks) or not is_plain_given_name(toks[i + 1][2])):
            # "توجه الأمير مرتديا ثيابا": a participle in the indefinite accusative (a ḥāl), no name; before a
            # plain given name, its object (الرئيس مصافحا إيفانكا), the later tests cut the name out
            return None
        if not words and w.startswith("بت") and len(w) >= 5 and not is_given_name(w):
            break  # "قرارا بتكليف": ب + a verbal noun of the forms تفعيل/تفعّل/تفاعل, not a name
        if not words and _plural_noun(w):
            break  # "وتقول حكومات غربية"، "وقالت جماعتان سياسيتان": a plural or dual noun, not a given name
        if not words and people_plural(w):
            break  # "وقال عمال الإغاثة"، "وذكر سكان": people spoken of as a group, not a given name
        if not words and _adjective_nisba(w) and not lineage_head:
            break  # "مسؤول تنفيذي فيدرالي": the role's adjectives, not a name
        if not words and not skip and w.startswith("ل") and len(w) > 3 and i + 1 < len(toks) \
                and toks[i + 1][2].startswith("ال"):
            break  # "تابع لعقارات الدولة": after a verb, ل + a genitive chain is the verb's object
        if w[0].isascii() or any(ch.isascii() and ch.isalpha() for ch in w):
            break  # "تحدث لـCNN": a Latin word, or one with a glued لـ, is an outlet or acronym, not a name part
        if _preposition_on_word(w) and (not words or (w[0] == "ب" and len(w) >= 6)):
            break  # "كوزير لإعادة إعمار"، "جاء بانتخابات": a preposition on a common noun, no name (inside a
            # name only on a long word: عزمي بشارة keeps its family name)
        if not words and _preposition_on_word(w, short=True) and i + 1 < len(toks) \
                and toks[i + 1][2].startswith("ال"):
            break  # "طالب بوقف الهجوم": ب on a short noun before its definite genitive, no name
        if _predicate_after_full_name([x[2] for x in words], w, particles):
            break  # "زياد عيتاني ممثل لبناني"، "مغادرة جون باس منصبه": a common word after a full name opens
            # the clause's predicate or object, no third name word
        if w.startswith("و") and len(w) > 3 and w not in _given_names()[0] and w not in _given_names()[1]:
            # "العميد وإصابة منتسبين": a word with the conjunction starts a new clause, not a name; a foreign
            # family name written with و (ويتسن، وليامسون) can still close a name right before punctuation
            # a noun in ة with their pronoun (وشبيحتهما، ورفيقتهم) is the people named and their followers
            closes = bool(words) and not w.startswith("وال") and ftext[e:e + 1] in _NAME_CLOSERS \
                and not w.endswith(("تهما", "تهم", "تها"))
            if not closes:
                break
        words.append((s, e, w))
        i += 1
    while words and words[-1][2] in particles:
        words.pop()
    if len(words) < min_words:
        return None
    if words[0][0] in ali and ali_before_common_words([w for _s, _e, w in words]):
        return None  # "يحتم علي الرد"، "انهالت علي التعليقات": عليّ (on me) or a misspelt على, no Ali
    if skip and common_phrase([w for _s, _e, w in words]):
        return None  # "رئيس الحزب خلف القضبان"، "الشيخ راشد وصل إلى": a phrase of common words, no name
    return words[0][0], words[-1][1]


def _lineage() -> frozenset[str]:
    """The links of a chain of lineage (roles lineage_links: فهد بن عبد الله بن محمد)."""
    return folded_words("roles", "lineage_links")


def _lineage_units(words: list[str]) -> int:
    """How many names a chain of lineage holds: its links (بن، بنت، roles lineage_links), the family link آل
    (roles family_links) and the عبد of a compound (عبد الله, roles compound_name_heads) are no names of their
    own; a word after the last link still counts, and so does a compound's head that ends the words."""
    lineage = _lineage() | folded_words("roles", "family_links")
    heads = folded_words("roles", "compound_name_heads")
    return sum(1 for k, w in enumerate(words)
               if w not in lineage and not (w in heads and k + 1 < len(words)))


#: the NER model's word class that holds names (most given names, family names, foreign leaders: ترامب، روحاني)
_NAME_CLASS = "a20"


def _word_class(word: str, vocab) -> str | None:  # type: ignore[no-untyped-def]
    got = vocab.get(word) if isinstance(vocab, dict) else None
    return got[0] if got else None


def _verb_form(word: str, vocab) -> bool:  # type: ignore[no-untyped-def]
    """Whether folded `word` is a verb by its forms: a perfect whose feminine and plural (وصلت، وصلوا) are
    common words too, or a form `_not_name_word` reads as a verb (يرجح، سيبقى، رفضت)."""
    if len(word) >= 3 and word + "ت" in vocab and word + "وا" in vocab:
        return True
    return _not_name_word(word, first=False) == "verb"


def _plain_word(word: str, vocab) -> bool:  # type: ignore[no-untyped-def]
    """Whether folded `word`, after a span's first word, is a common word that no name holds: one of the
    corpus's common words outside the name class, and either measured as mostly common (`mostly_common_words`,
    bare or with the article), a verb, a function word, a preposition on a common word, a word with a pronoun
    or an indefinite accusative (كبيرا، ميتا). A given name, a compound name's tail, a word the corpus does not
    know (a foreign family name) or one of the name class is a name word."""
    if is_given_name(word) or word in folded_words("roles", "given_name_tails") or word.startswith("عبد"):
        return False
    cls = _word_class(word, vocab)
    if cls is None or cls == _NAME_CLASS:
        return False
    common = _name_list("mostly_common_words")
    bare = word[2:] if word.startswith("ال") else word
    if bare != word and bare.endswith("ي") and word + "ه" not in vocab and bare + "ه" not in vocab:
        return False  # "الشيخ سفر الحوالي": a definite nisba with no feminine in use is a family name
    if word in common or bare in common:
        return True
    if len(bare) >= 3 and bare != word and bare in vocab and _word_class(bare, vocab) != _NAME_CLASS \
            and not is_given_name(bare):
        return True  # "خلف القضبان"، "راشد القول": a definite word whose bare form is a common word too
    for stem in (word[:-1] if word.endswith(("ا", "ه")) else "", word[:-2] if word.endswith(("ها", "هم")) else ""):
        if len(stem) >= 3 and stem in vocab and _word_class(stem, vocab) != _NAME_CLASS and not is_given_name(stem):
            # "مقعدا دائما"، "معارك عديدة"، "دعم بلاده": a common word in the accusative, the feminine or
            # with a pronoun
            return True
    return bool(_verb_form(word, vocab) or _not_name_word(word, first=False) or _preposition_on_word(word))


def _predicate_after_full_name(words: list[str], word: str, particles: frozenset[str]) -> bool:
    """Whether folded `word`, after the folded `words` of a name of two plain words (given and family name: no
    particle such as أبو or بن among them, whose names run longer), is a plain common word of the corpus
    (`_plain_word`), indefinite, of four letters at least: the predicate or object that follows the name (زياد
    عيتاني ممثل، جون باس منصبه، ألكسندر ليتفينينكو جاسوس). A definite word may be a family name that is also a
    common word (علي محسن الأحمر، جابر الأحمد الصباح), and one in ي a nisba family name (محمد علي جعفري), so
    those are left to the other tests."""
    if len(words) < 2 or any(w in particles for w in words) or word.startswith("ال") or len(word) < 4 \
            or word.endswith("ي") or word in folded_words("roles", "name_tail_words"):
        return False

    vocab = _ner.corpus_words()
    return isinstance(vocab, dict) and (_plain_word(word, vocab) or _hamza_final_noun(word, vocab))


def common_phrase(words: list[str]) -> bool:
    """Whether folded words found after a role are a phrase of common words rather than a name: «رئيس الحزب
    خلف القضبان»، «أول رئيس منتخب ديمقراطيا»، «الشيخ راشد وصل إلى». Every word after the first is a plain
    common word (`_plain_word`: no given name, no family name, no word the corpus does not know), and the
    first is a verb or a word the ANT corpus uses far more often as a common word than as a name
    (`mostly_common_words`: its definite and suffixed forms as frequent as its bare one: المدة، مدته), or a
    preposition that is also a given name before a definite word (خلف القضبان). A given
    name that is also a word (راشد، حسن) is read so only before a verb (راشد وصل); before a definite word it
    keeps its family name (أشرف القدرة، أمين الجميل). A plain given name always opens a name."""

    if len(words) < 2 or is_plain_given_name(words[0]):
        return False
    vocab = _ner.corpus_words()
    if not isinstance(vocab, dict) or not all(_plain_word(w, vocab) for w in words[1:]):
        return False
    first = words[0]
    if first in _name_list("prepositions_also_names") and words[1].startswith("ال"):
        return True  # "زعيم الحزب خلف القضبان": the preposition before its definite noun, no name
    if is_given_name(first):
        return _verb_form(words[1], vocab)
    cls = _word_class(first, vocab)
    if cls is None or cls == _NAME_CLASS:
        return False
    common = _name_list("mostly_common_words")
    # "منح نائب الوزير مقعدا دائما": a common word in the indefinite accusative
    if first in common or (first.endswith("ا") and first[:-1] in common) or _verb_form(first, vocab):
        return True
    # «قائد صفوف المواطنين»، «الرئيس لعقد قمة»: a common word of the corpus outside its name class, no given
    # name, and only plain common words after it hold no name at all (a family name that is a common word
    # comes after a given name, which returned above). Not where a word ends in ا: foreign names do
    # (فيكتوريا مارينوفا), and `_plain_word` reads such a word as an accusative of any stem the corpus knows
    return not any(w.endswith("ا") for w in words)


def _verb_with_object_pronoun(word: str, vocab) -> bool:  # type: ignore[no-untyped-def]
    """Whether folded `word` is a perfect verb with the speaker's object pronoun (شجعني، ساعدني): its stem is
    a common word whose imperfect (يشجع) or feminine (ساعدت) the corpus uses too. Names in ـاني/ـني
    (روحاني، عثماني) have no such stem."""
    if not word.endswith("ني") or len(word) < 5 or is_given_name(word):
        return False
    stem = word[:-2]
    cls = _word_class(stem, vocab)
    if cls is None or cls == _NAME_CLASS or is_given_name(stem):
        return False
    return "ي" + stem in vocab or stem + "ت" in vocab


def _accusative_noun_adjective(first: str, second: str, vocab) -> bool:  # type: ignore[no-untyped-def]
    """Whether two folded words are an indefinite accusative noun that the corpus mostly uses as a common word
    and its nisba adjective, accusative too (رسما كاريكاتيريا): the adjective may be too rare for the corpus
    to know, but its ending agrees with the noun's. A given name never opens it."""
    if not (first.endswith("ا") and second.endswith("يا")) or len(second) < 5 or is_given_name(first) \
            or is_given_name(second) or second.startswith("ال"):
        return False
    stem = first[:-1]
    if _word_class(second, vocab) == _NAME_CLASS or len(stem) < 3:
        return False
    # "120 ديناراً كويتياً": any common noun of the corpus will do where the adjective is a state's nisba
    if stem in _name_list("mostly_common_words"):
        return True
    return _common_stem(stem, vocab) and "ال" + second[:-1] in state_nisbas()


def recogniser_phrase(words: list[str]) -> bool:
    """Whether folded words the statistical recogniser took for a person's name are a phrase of common
    words: `common_phrase` (the test for the words after a role), a verb with the speaker's object pronoun
    before a common word (شجعني رفاقي), or an accusative noun and its nisba adjective (رسما
    كاريكاتيريا). Two words only: a longer span holds a name more often than not."""

    if len(words) != 2:
        return False
    if common_phrase(words):
        return True
    if is_given_name(words[0]):
        return False
    vocab = _ner.corpus_words()
    if not isinstance(vocab, dict):
        return False
    if _verb_with_object_pronoun(words[0], vocab):
        return not is_given_name(words[1]) and _word_class(words[1], vocab) != _NAME_CLASS
    return _accusative_noun_adjective(words[0], words[1], vocab)


#: a preposition with a pronoun (زميلا لي، صديقا له): the phrase an indefinite noun opens, no name's word
_OBJECT_PREPOSITIONS = frozenset({"لي", "له", "لها", "لهم", "لهما", "لنا", "لكم", "لك"})


def _common_stem(stem: str, vocab) -> bool:  # type: ignore[no-untyped-def]
    """Whether folded `stem` is a word the corpus knows outside the name class and no given name."""
    return len(stem) >= 3 and stem in vocab and _word_class(stem, vocab) != _NAME_CLASS and not is_given_name(stem)


def accusative_phrase_after_name(words: list[str]) -> bool:
    """Whether a word after a span's first is an indefinite accusative common noun (its stem a common word)
    with an adjective or noun after it, accusative or feminine too (أحمد دورا محوريا، مايكل رياحا عاتية،
    أسلاكا متدلية): the object of the verb before, so the given name that opens the span (a storm's, a
    man's) ends there. A foreign family name in -ا (ماريا زخاروفا) has no common stem."""

    vocab = _ner.corpus_words()
    if not isinstance(vocab, dict):
        return False
    return any(w.endswith("ا") and nxt.endswith(("ا", "ه")) and not is_given_name(w) and _common_stem(w[:-1], vocab)
               for w, nxt in pairwise(words[1:]))


def noun_phrase_not_name(words: list[str]) -> bool:
    """Whether folded words the recogniser took for a person's name are a noun phrase: a masculine plural and
    its plural nisba (مانحون دوليون، مسؤولين أمريكيين: no name is plural), the ordinal أول second, an
    indefinite accusative noun and a preposition with a pronoun (زميلا لي), or an accusative object after a
    name (`accusative_phrase_after_name`)."""

    vocab = _ner.corpus_words()
    if len(words) < 2 or not isinstance(vocab, dict):
        return False
    first, second = words[0], words[1]
    if second in _ORDINAL_FIRST:
        return True  # "وسيكون أحمد أول رئيس"، "أولى زوجاته": the ordinal predicates, no family name
    if len(words) == 2 and len(first) >= 5 and first.endswith(("ون", "ين")) and not is_given_name(first) \
            and len(second) >= 5 and second.endswith(("يون", "يين")) and _common_stem(second[:-2], vocab):
        return True
    if len(words) == 2 and second in _OBJECT_PREPOSITIONS and first.endswith("ا") \
            and _common_stem(first[:-1], vocab):
        return True
    return accusative_phrase_after_name(words) or _accusative_second(words)


def common_head(word: str) -> bool:
    """Whether folded `word`, opening a span read as a person's name, is a common noun (حملة، دور، شريط،
    تاجر) rather than a given name or a title: one of `common_heads_before_names`, and no listed given name.
    A person's name never opens with such a noun; the noun heads a construct whose genitive may be a name
    (حملة كلينتون). `mostly_common_words` is too wide for this: it holds given names the list lacks (توفيق)."""
    return not is_given_name(word) and word in _name_list("common_heads_before_names")


def _construct_head(word: str) -> bool:
    """Whether folded `word`, before a definite word, is the head of a genitive rather than a given name:
    ل on a noun (لحل النزاع: given names with ل are listed, لؤي، ليلى), a sound plural in construct that
    a participle makes (منظمو، مسؤولو، ممثلو), or a verbal noun of the form فِعالة/إفعالة in ـاية (حماية،
    رعاية، بداية). Listed given names and name particles never are."""
    if len(word) < 3 or is_given_name(word) or word in folded_words("roles", "name_particles"):
        return False
    if word[0] == "ل":
        return True
    if word[0] == "م" and word.endswith("و") and len(word) >= 5:
        return True
    if _MUFAALA.fullmatch(word):
        # a verbal noun of the form مفاعلة (معالجة، مواجهة، ملاحقة) in common use: the deed a role is asked
        # to do (معالجة الفلتان), never a given name

        return _common_stem(word, _ner.corpus_words())
    return word.endswith("ايه") and len(word) >= 5


#: the shape of a verbal noun of the form مفاعلة (معالجة، مواجهة), folded
_MUFAALA = re.compile(r"م.ا..ه")


def _given_name_word(word: str) -> bool:
    """Whether folded `word` is a plain given name, or an ambiguous one (رضا، نصر) that the corpus writes
    mostly as a name (the name class): after a glued ب/ل it is the name itself (لرضا بهلوي)."""

    return is_plain_given_name(word) or (is_given_name(word) and _word_class(word, _ner.corpus_words()) == _NAME_CLASS)


def _common_first_word(word: str) -> bool:
    """Whether folded `word`, the first of a span read as a name, is one of the corpus's common words outside
    the name class and no given name (فاز، وصل): before ب/ل on a common noun it is a verb or noun with its
    complement. A foreign name the corpus does not know is left alone."""

    vocab = _ner.corpus_words()
    return isinstance(vocab, dict) and _common_stem(word, vocab)


def _body_genitive(toks: list[tuple[int, int, str]], i: int, mods: frozenset[str]) -> bool:
    """Whether toks[i], right after an indefinite company noun in construct (مجلس إدارة، شركة: `roles.json`
    company_nouns), is the first
    word of a name that no given name opens and no article, preposition, modifier or state word marks:
    the genitive then names the body (a company, a board), never the person who holds the role."""
    w = toks[i][2]
    if not w.isalpha() or is_given_name(w) or w.startswith("ال") or _preposition_on_word(w, short=True) \
            or (w[:1] == "و" and len(w) > 3):
        return False
    return w not in _not_name() and w not in mods and w not in folded_words("roles", "name_particles") \
        and not _state_words_at(toks, i)


def _body_construct(word: str, toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether toks[i] opens the genitive that names the body `word` heads: an indefinite body noun in
    construct (منظمة، لجنة، للجنة: no article) followed by a word that is no given name and then a definite
    one (منظمة حظر الأسلحة، للجنة حماية الصحفيين، مجلس قيادة الثورة). Such a word is the first of the
    body's name, which the definite words after it continue; the person's name, if any, comes after."""
    core = word[1:] if word.startswith("ل") and word[1:] in _not_name() else word
    if core.startswith("ال") or core not in _not_name() or i + 1 >= len(toks):
        return False
    w, nxt = toks[i][2], toks[i + 1][2]
    if not w.isalpha() or len(w) < 3 or w.startswith(("ال", "ل", "ب", "و")) or is_given_name(w):
        return False
    if w in folded_words("roles", "name_particles") or w in _function_words():
        return False  # «عناصر من الدفاع المدني»: a preposition after the noun, no genitive
    return nxt.startswith("ال") and not _state_words_at(toks, i)


def is_plain_given_name(word: str) -> bool:
    """Whether a folded word is a given name that is no common word (not in 'ambiguous')."""
    plain, ambiguous = _given_names()
    return word in plain and word not in ambiguous


def is_given_name(word: str) -> bool:
    """Whether a folded word is a listed given name (plain or ambiguous)."""
    plain, ambiguous = _given_names()
    return word in plain or word in ambiguous


#: the plural and dual endings of nouns (حكومات، جماعتان، دولتين): a word that ends so and is no given name
#: starts no person's name
_PLURAL_ENDINGS = ("ات", "تان", "تين")


def _plural_noun(word: str) -> bool:
    plain, ambiguous = _given_names()
    return len(word) >= 5 and word.endswith(_PLURAL_ENDINGS) and word not in plain and word not in ambiguous


@cache
def _people_plurals() -> frozenset[str]:
    return folded_words("roles", "people_plural_nouns")


def people_plural(word: str) -> bool:
    """Whether folded `word` (maybe with و/ف, or the article) is a plural of people (`people_plural_nouns`:
    عمال، سكان، خبراء، مسعفو): the speakers or doers as a group, never a person's first name."""
    plurals = _people_plurals()
    for w in (word, word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word):
        if w in plurals or (w.startswith("ال") and w[2:] in plurals):
            return True
    return False


#: the feminine adjective shapes, folded and without the article: فاعلة (الكاذبة، السابقة), فعيلة (الجديدة),
#: مفعولة (المطرودة), and a nisba in ية (الرياضية)
_ADJECTIVE_SHAPE = re.compile(r".ا..ه|..ي.ه|م..و.ه|...+يه")


def _definite_feminine_adjective(word: str) -> bool:
    """Whether folded `word` is a definite feminine adjective in common use (الكاذبة، الجديدة، السابقة):
    it and its masculine (الكاذب) are both common words. A family name in ة (الحباشنة، القضاة) has no
    masculine in use."""

    if len(word) < 6 or not word.startswith("ال") or not word.endswith("ه") or is_given_name(word[2:]):
        return False
    if not _ADJECTIVE_SHAPE.fullmatch(word[2:]):
        return False  # a noun in ة (القدرة 'ability') is a family name as often (أشرف القدرة)
    vocab = _ner.corpus_words()
    if _MAFULA.fullmatch(word[2:]) and word in vocab and _word_class(word, vocab) != _NAME_CLASS:
        # a passive participle (المغلوطة، المزعومة): its masculine may be rare; no family name has its shape
        return True
    return (word in vocab or word[2:] in vocab) and (word[:-1] in vocab or word[2:-1] in vocab)


#: the shape of a passive participle of the form مفعولة, folded (مغلوطه)
_MAFULA = re.compile(r"م..و.ه")


def _adjective_nisba(word: str) -> bool:
    """Whether folded `word` is a masculine nisba adjective in common use (تنفيذي، فيدرالي، عسكري): it and
    its feminine (تنفيذية) are both common words, and it is no given name. Right after a role it describes
    the role (مسؤول تنفيذي فيدرالي); a family name of that shape (حاتمي) has no feminine in use, and one
    written with the article (المصري) never opens a name."""

    if len(word) < 4 or not word.endswith("ي") or word.startswith("ال") or is_given_name(word):
        return False
    vocab = _ner.corpus_words()
    return word in vocab and word + "ه" in vocab




#: a place this big is known well enough that a name equal to its name is the place, not a person
_KNOWN_PLACE_POPULATION = 100_000
#: place kinds whose names never stand inside a person's name
_STATE_KINDS = ("country", "region")


def place_name(words: list[str] | tuple[str, ...], *, states_only: bool = False) -> bool:
    """Whether folded words are the plain name of a well-known place (no cue needed): a country or region,
    a town of the places pack outside Syria and Iraq, or any town of `_KNOWN_PLACE_POPULATION`
    inhabitants. The recogniser reads unknown foreign places as people (بيونغ يانغ، أديس أبابا); a
    given name that is also a place (إسرائيل in إسرائيل كاتس) is left to the name."""
    if not words or (len(words) == 1 and is_given_name(words[0])):
        return False
    info = gz.alias_table().get(" ".join(words))
    if info is None:
        return False
    recs = gz.records_by_id()
    for rid, cue in zip(info.ids, info.cues, strict=True):
        r = recs.get(rid)
        if r is None or cue is not None:
            continue
        if r.kind in _STATE_KINDS:
            return True
        if states_only:
            continue
        if (r.population or 0) >= _KNOWN_PLACE_POPULATION or (
                r.source_kind == "pack" and r.country not in gz.HOME_COUNTRIES):
            return True
    return False


@cache
def _state_names() -> frozenset[str]:
    """Folded names of the countries the places pack knows."""
    return frozenset(" ".join(fold_text(n).split()) for r in gz.place_records()
                     if r.kind == "country" and r.source_kind == "pack" for n in r.all_names())


@cache
def _state_nisbas() -> frozenset[str]:
    """Folded definite masculine nisbas of the states the actors pack knows (المصري، العراقي، التركي)."""
    out = set()
    for e in packs.entity_pack("actors"):
        if e.kind != "state":
            continue
        for a in e.extra.get("adjectives", ()) or ():
            f = fold_text(a)
            if f.startswith("ال") and f.endswith("ي"):
                out.add(f)
    return frozenset(out)


def state_nisbas() -> frozenset[str]:
    """`_state_nisbas` for stage entities, which reads a state's body after a name (مجلس الأمن الروسي)."""
    return _state_nisbas()


def _nationality_given_name(prev: str, nxt: str) -> bool:
    """Whether toks[i], a given name that is also an indefinite nationality (تركي), is the first name between
    a definite title and a definite family name (الأمير تركي الفيصل): an indefinite adjective cannot
    qualify the definite title before it, so the word is a name. Not before the nouns that make the nisba a
    predicate (الأصل، الجنسية: المدرب تركي الجنسية)."""
    return prev.startswith("ال") and nxt.startswith("ال") and len(nxt) >= 5 \
        and nxt not in folded_words("roles", "nisba_predicate_nouns")


def _state_nisba_family_name(words: list[str], word: str) -> bool:
    """Whether folded `word` is a state's masculine nisba that is the family name of the one or two given
    names before it (محمد المصري، يونس حامد المصري، صفوان المصري). Folded words only: the given names
    must be plain ones (أم الروسي is "or the Russian"; على المصري is a preposition, a stop word; منصور
    التركي, an ambiguous given name, is left out with them), and a
    name with any other word before the nisba (الرئيس محمد مرسي المصري) keeps the nisba as an adjective.
    On unseen news a plain given name right before a state's nisba was a person's name each time."""
    if words and words[0] in _name_list("kunya_words"):
        words = words[1:]  # أبو زيد العراقي: a kunya's given name and its nisba
    units = _given_name_units(words)
    return 1 <= len(units) <= 2 and word in _state_nisbas() and all(
        " " in u or is_plain_given_name(u) for u in units)


def state_nisba_family_name(words: list[str], word: str) -> bool:
    """`_state_nisba_family_name` for stage resolve, which keeps such a name whole when it trims names."""
    return _state_nisba_family_name(words, word)


def _given_name_units(words: list[str]) -> list[str]:
    """Folded words as given names, a compound one counted once: عبد with its divine name (عبد الله،
    عبد الرحمن) and a given name with its tail (نور الدين، سيف الدين; `given_name_tails`), so that «عبد الله
    التركي» is one given name and the family name after it."""
    tails = folded_words("roles", "given_name_tails")
    units: list[str] = []
    for w in words:
        if units and w in tails and " " not in units[-1] and (units[-1] == "عبد" or is_given_name(units[-1])):
            units[-1] = f"{units[-1]} {w}"
            continue
        units.append(w)
    return units


@cache
def _group_family_names() -> frozenset[str]:
    """Folded family names that the actors pack lists as a group's name too (`family_names`: الحوثي)."""
    return frozenset(fold_text(f) for e in packs.entity_pack("actors") for f in e.extra.get("family_names", ()) or ())


def ali_before_common_words(words: list[str]) -> bool:
    """Whether folded words that open with علي written as the name (`names_ali_at`) go on with common words only
    (علي الرد، علي التعليقات، علي إذن): the preposition with the speaker's pronoun (عليّ) or على misspelt, before
    its object; the name goes on with a name word (علي الشهابي، علي بشار، علي أرباش)."""

    vocab = _ner.corpus_words()
    return len(words) >= 2 and isinstance(vocab, dict) and all(_plain_word(w, vocab) for w in words[1:])


def preposition_also_name(word: str) -> bool:
    """Whether folded `word` is a preposition that is also a given name (`prepositions_also_names`: خلف)."""
    return word in _name_list("prepositions_also_names")


def ends_given_name(word: str) -> bool:
    """Whether folded `word` ends a given name (يحيى، the الدين of بدر الدين, عبدالملك): a group's family name
    after it names the man (the entities stage asks the same, to leave the group out)."""
    return is_given_name(word) or word in folded_words("roles", "given_name_tails") \
        or (word.startswith("عبد") and len(word) > 4)


def _naming_ba(ftext: str, pos: int) -> int:
    """1 where the folded word at `pos` is the ب of a naming cue (الملقب بـ) glued on a nickname's first word
    (a kunya, a given name or a definite epithet: بأبي عمر، بحجي، بالذباح), else 0."""
    word = ftext[pos:].split(" ", 1)[0]
    rest = word[1:]
    if not word.startswith("ب") or len(rest) < 2:
        return 0
    return 1 if rest in _name_list("kunya_words") or is_given_name(rest) or rest.startswith("ال") else 0


def _kunya_before(ftext: str, pos: int) -> int | None:
    """The folded offset of a kunya word (`kunya_words`: أبو، أبي، أم; a و/ف/ب/ل on it allowed) right
    before `pos`, or None."""
    m = _KUNYA_BEFORE.search(ftext, max(0, pos - 8), pos)
    if not m:
        return None
    word = m.group(1)
    kunya = _name_list("kunya_words")
    if word in kunya:
        return m.start(1)
    if word[:1] in "وفبل" and word[1:] in kunya:
        return m.start(1) + 1
    return None


_KUNYA_BEFORE = re.compile(r"(?<!\w)(\w+) +$")
#: a work noun (`nouns_before_titles`), maybe with a proclitic, and an opening quote right before a span
_TITLE_BEFORE = re.compile(r"(?<!\w)(\w+) *[\"«“„'‘’] *$")


def quoted_title_before(ftext: str, pos: int) -> bool:
    """Whether a work noun and an opening quote stand right before folded `pos` (مسلسل "...", بعنوان «...»,
    فيلم '...'): what the quote opens is a title even where it is a person's name. Without the quote the
    noun may be the person's own (رواية محمد is Muhammad's account)."""
    m = _TITLE_BEFORE.search(ftext, max(0, pos - 16), pos)
    if not m:
        return False
    word = m.group(1)
    nouns = _name_list("nouns_before_titles")
    return word in nouns or (word[:1] in "وفبل" and word[1:] in nouns)


def _feminine_state_nisba(word: str) -> bool:
    """Whether a folded word is a country's feminine nisba (الإندونيسية، الفيتنامية، كورية): never part of
    a person's name (the masculine one may be a family name: السوداني، الهندي)."""
    bare = word[2:] if word.startswith("ال") else word
    if not bare.endswith("يه") or len(bare) < 5:
        return False
    stem = bare[:-2]
    names = _state_names()
    return any(c in names for c in (stem, stem + "ا", "ال" + stem, stem + "يا"))


#: `_state_words_at`'s answers by the words looked at, and the alias table they were read from: the same few
#: thousand words are asked about in every article (each name candidate asks for each of its words)
_STATE_MEMO: tuple[object, dict[tuple[str, ...], int]] = (None, {})
_STATE_MEMO_LIMIT = 50_000


def _state_words_at(toks: list[tuple[int, int, str]], i: int) -> int:
    """How many tokens from `i` make a country's or region's name (رئيس زيمبابوي، حكومة بوركينا فاسو), 0
    when none do."""
    global _STATE_MEMO
    key = tuple([t[2] for t in toks[i:i + 3]])
    table = gz.alias_table()
    owner, memo = _STATE_MEMO
    if owner is not table:  # the places were reloaded (`gazetteer.reset`): what was read off the old ones goes
        memo = {}
        _STATE_MEMO = (table, memo)
    got = memo.get(key)
    if got is None:
        got = _state_words_uncached(key)
        if len(memo) >= _STATE_MEMO_LIMIT:
            memo.clear()
        memo[key] = got
    return got


def _state_words_uncached(words3: tuple[str, ...]) -> int:
    for n in (3, 2, 1):
        words = list(words3[:n])
        if len(words) == n and all(w[:1].isalpha() for w in words) and place_name(words, states_only=True):
            return n
    return 0


#: the pronoun suffixes a verbal noun after ل may carry (لالتقاطه، لاعتقالهم)
_PRONOUN_SUFFIXES = ("هما", "هم", "ها", "ه")


def _preposition_on_word(word: str, short: bool = False) -> bool:
    """Whether folded `word` is ب or ل on one of the corpus's common words (بقواعد، لاعادة، لالتقاطه) and no
    given name: the object of a preposition, which opens no name. Only words of five letters or more (بري
    is a family name, ري a common word; four with `short`, which the caller asks only before a definite
    genitive: بوقف الهجوم), and only ل on a word of hamzat al-wasl (لاعادة) or on an imperfect verb
    (ليرتفع), since a family name can be ل + a common word (لقديم)."""
    if len(word) < (4 if short else 5) or word[0] not in "بل" or is_given_name(word):
        return False
    if word[0] == "ل" and word[1] not in "اي":
        return False

    vocab = _ner.corpus_words()
    rest = word[1:]
    if rest in vocab:
        return True
    if word.startswith("بال") and len(word) >= 6 and word[3:] in vocab:
        return True  # بالباص: ب and the article on a common noun
    return word[0] == "ل" and any(rest.endswith(x) and rest[: -len(x)] in vocab for x in _PRONOUN_SUFFIXES)


@cache
def _name_list(key: str) -> frozenset[str]:
    """A folded word list of `given_names.json` (the words that show a phrase is no name)."""
    return folded_words("given_names", key)


@cache
def _number_words() -> frozenset[str]:
    """The cardinal number words of `numbers.json` (خمس، ثلاثة، عشرين، مئة، ألف), folded: a count, never
    the first word of a person's name (محافظ البنك خمس سنوات)."""
    nums = packs.load_json("numbers")
    keys = ("ones", "teen_heads", "tens", "hundreds", "scales", "scale_duals")
    return frozenset(fold_text(w) for key in keys for w in nums.get(key, ()))


#: the shape of a verbal noun of the form تفعيل (تكليف، تشكيل، تعيين): folded, five letters
_TAFIL = re.compile(r"ت..ي.")


@cache
def _possessive_suffixes() -> tuple[str, ...]:
    """The possessive pronouns a noun may carry (clitics.json possessive_suffixes: رحلتها، عملهما، تحقيقها),
    longest first: a name never carries one."""
    return tuple(sorted((fold_text(x) for x in packs.load_json("clitics").get("possessive_suffixes", ())),
                        key=len, reverse=True))


@cache
def _function_words() -> frozenset[str]:
    """`name_stop_words` and `not_name_function_words` together (built once, not for every word asked)."""
    return folded_words("roles", "name_stop_words") | _name_list("not_name_function_words")


def _clitic_function_word(word: str) -> bool:
    """Whether folded `word` is a function word (`name_stop_words`, `not_name_function_words`) with or
    without و/ف/ب/ل on it (وقد، بأنها، لهذا، بما). Not ان (فان دورن، وان يي: فان and وان are names), and
    not ك, which begins names (كيري is no ك + يرى)."""
    stops = _function_words()
    if word in stops:
        return True
    if word[:1] not in "وفبل" or len(word) < 3:
        return False
    rests = (word[1:], word[2:] if word[1:2] in "بل" else "")
    # folded, a stop word may spell a name (وعلي is "and Ali" more often than و + على); no preposition
    # goes on a verb (بيري is Perry, not ب + يرى)
    return any(rest and rest != "ان" and rest in stops and not is_given_name(rest)
               and not (word[0] == "ب" and rest[0] == "ي") for rest in rests)


def _not_name_word(word: str, *, first: bool) -> str | None:
    """Why folded `word` cannot stand in a person's name (`first`: as its first word), or None. A listed
    given name always can; each other test needs the word, or the form it is read off, to be one of the
    corpus's common words, so that a foreign name the corpus does not know is left alone:

    - a function word, with or without a proclitic (ربما، بينما، وقد، بأنها، لهذا);
    - an imperfect verb: a word in ي or ت whose other person (ت/ي + the same stem) is also a common word
      (يرجح/ترجح، تستعد/يستعد، يعلم/تعلم), or one with the future's س (سيبقى);
    - a noun with a possessive pronoun (رحلتها، تحقيقها، عملهما);
    - ل on a feminine or plural noun (لعضوية، لدراسات);
    - first: an institution's head noun (`not_name_heads`: معهد، حديقة), a dual or plural of a noun in م
      (مصدران، مسؤولين، محللون: the singular is a common word), a verbal noun of the form تفعيل (تكليف), a
      cardinal number word (خمس، ثلاثة: `numbers.json`);
    - after the first: an indefinite nisba adjective (إذاعية، ملونة is no nisba): a noun phrase (برامج إذاعية).
    """
    if is_given_name(word) or len(word) < 2:
        return None
    if _clitic_function_word(word):
        return "function"

    vocab = _ner.corpus_words()
    if first and _participle_plural(word, vocab):
        return "plural"
    if first and len(word) >= 5 and word.endswith("و") and word + "ن" in vocab:
        return "plural"  # "ممثلو الادعاء"، "مالكو": a sound plural in construct (its -ون form is common)
    if len(word) >= 5 and word[0] == "س" and word[1] in "يت" and word[1:] in vocab \
            and ("ت" if word[1] == "ي" else "ي") + word[2:] in vocab:
        return "verb"  # the future (ستقول، سيبقى), too rare itself to be a common word
    suffixed = _pronoun_on_word(word, vocab)
    if suffixed:
        return suffixed
    if not first and _ka_on_noun(word, vocab):
        return "preposition"
    if _plural_imperfect(word, vocab):
        # "وشقيقه ماهر يرتكبون": a plural or dual imperfect ends the name its subject opened (the plural
        # itself is often too rare to be a common word: its singular is tested)
        return "verb"
    if word not in vocab:
        # a noun in ة with a pronoun (حمايته، حكومتهم، قيادتها) is often too rare a form to be a common word
        # itself; the noun is one, and one the corpus writes with the article (الحماية): no name word
        return "possessive" if _feminine_noun_with_pronoun(word, vocab) else None
    if first and word in _name_list("not_name_heads"):
        return "head"
    if first and word in _number_words():
        return "number"
    if _past_verb(word, vocab):
        return "verb"
    if _IFALA.fullmatch(word):
        return "verbal_noun"  # "آبي أحمد إضافة إلى ...": إفعالة of a hollow root (إضافة، إقامة، إدارة)
    # يو/تا and the like begin many foreign names (يونغ/تونغ، يانغ): those need a longer word (يواصل)
    if len(word) >= (5 if word[1] in "وا" else 4) and word[0] in "يت" \
            and ("ت" if word[0] == "ي" else "ي") + word[1:] in vocab:
        return "verb"
    if len(word) >= 5 and word[0] == "س" and word[1] in "يت" and word[1:] in vocab:
        return "verb"  # the future: سيبقى، ستحسن
    for x in _possessive_suffixes():
        stem = word[: -len(x)]
        if word.endswith(x) and len(stem) >= 3 and (stem in vocab or (stem[-1] == "ت" and stem[:-1] + "ه" in vocab)):
            return "possessive"
    if word[0] == "ل" and len(word) >= 5 and word.endswith(("ه", "ات")) and word[1:] in vocab:
        return "preposition"
    if len(word) >= 5 and word.endswith("ته") and word[:-2] + "ه" in vocab:
        return "possessive"  # "دراسته": a noun in ة with his ـه (folded, ة + ـه keeps its ت); no name ends so
    if first:
        # the duals that speak or act in news are participles and nouns in م of four letters at least
        # (مصدران، مسؤولين، مسلحين); foreign names spell كار، ميغ، فانس + ان/ين to the letter
        if len(word) >= 6 and word[0] == "م" and word.endswith(("ان", "ين", "ون")) and word[:-2] in vocab:
            return "dual"  # or plural: محللون، مسلحون
        if _TAFIL.fullmatch(word) or _IFAL.fullmatch(word):
            return "verbal_noun"
        if len(word) >= 4 and word.endswith("ه") and word in vocab and "ال" + word in vocab \
                and _word_class(word, vocab) != _NAME_CLASS:
            # a common noun in ة, one the corpus also writes with the article, opens a construct, no name
            # (مندوبة الدولة، أسرة القتيل، موجة غضب); a woman's name in ة seldom takes the article (ماجدة، رحمة،
            # لطيفة), and those that do are listed (نجاة، عطية) or fall in the corpus's name class
            return "feminine_noun"
    elif len(word) >= 5 and word.endswith("يه") and not word.startswith("ال") \
            and any(word[:-2] + x in vocab for x in ("ي", "", "ه", "ا")):
        # the masculine adjective or the noun it is made from (عسكري، اذاعه): a French name in -é
        # (بولوريه) has neither
        return "nisba"
    return None


def _plural_imperfect(word: str, vocab) -> bool:  # type: ignore[no-untyped-def]
    """Whether folded `word` is a plural or dual imperfect (يرتكبون، يفعلون، تحاولان): ي/ت, a stem, ون/ان,
    whose singular is a common word in both persons (يرتكب/ترتكب). The plural itself is often too rare a form
    to be a common word, and its other person (ترتكبون) rarer still, so the singular is what is tested; a
    foreign name in -ان (يوهان) has no such singular."""
    if len(word) < 6 or word[0] not in "يت" or not word.endswith(("ون", "ان")) or is_given_name(word):
        return False
    stem = word[:-2]
    other = ("ت" if stem[0] == "ي" else "ي") + stem[1:]
    return stem in vocab and other in vocab and _word_class(stem, vocab) != _NAME_CLASS


#: the verbal nouns of the derived forms استفعال (استخدام، استهداف) and افتعال/انفعال (اعتقال، انسحاب),
#: folded: after a name's first word they open the verb's object («وحظر الجنرال فرانكو استخدام ...»)
_DERIVED_MASDAR = re.compile(r"است..ا.|ا[^س]ت.ا.|ان..ا.")


def _derived_masdar(word: str, vocab) -> bool:  # type: ignore[no-untyped-def]
    """Whether folded `word` is a verbal noun of the forms استفعال/افتعال/انفعال (`_DERIVED_MASDAR`) that is a
    common word outside the corpus's name class and no given name: a foreign family name of that shape
    (استيفان) is a name word the corpus knows as one, or does not know."""
    return bool(_DERIVED_MASDAR.fullmatch(word)) and word in vocab and not is_given_name(word) \
        and _word_class(word, vocab) not in (None, _NAME_CLASS)


def _feminine_noun_with_pronoun(word: str, vocab) -> bool:  # type: ignore[no-untyped-def]
    """Whether folded `word` is a noun in ة (written ت before the pronoun) with ه، ها، هم or هما whose bare
    noun the corpus knows with the article: حمايته (الحمايه)، حكومتهم. A name seldom ends so (the family
    names in ه، حماده، شحاده, have no ت before it)."""
    for x in ("هما", "هم", "ها", "ه"):
        stem = word[: -len(x)]
        if word.endswith(x) and len(stem) >= 4 and stem.endswith("ت"):
            return "ال" + stem[:-1] + "ه" in vocab
    return False


#: the shape of a verbal noun of the form إفعال (إصدار، إطلاق، إعلان): folded, five letters; the given names
#: of that shape (إيهاب، إيمان، إسلام) are listed and so never asked about
_IFAL = re.compile(r"ا..ا.")


@cache
def _object_suffixes() -> tuple[str, ...]:
    """The object pronouns a verb may carry (clitics.json object_suffixes: يجعلنا، أخرجها، يزودانهم), longest
    first, so that هما is tried before ها."""
    return tuple(sorted((fold_text(x) for x in packs.load_json("clitics").get("object_suffixes", ())),
                        key=len, reverse=True))


def _pronoun_on_word(word: str, vocab) -> str | None:  # type: ignore[no-untyped-def]
    """Whether folded `word` is a verb with an object pronoun (يجعلنا، أخرجها، تمنحهم) or a noun with a
    possessive one (تحقيقها), a form often too rare to be a common word itself: "verb" for an imperfect
    whose stem and the stem's other person are common words (يجعل/تجعل), "possessive" for any other common
    word of four letters or more with ها/هم/هما (أخرج + ها، تحقيق + ها). A name seldom ends so; one that
    does is listed or unknown."""
    for x in _object_suffixes():
        stem = word[: -len(x)]
        if not word.endswith(x) or len(stem) < 3 or stem not in vocab or is_given_name(stem):
            continue
        if len(stem) >= 4 and stem[0] in "يت" and ("ت" if stem[0] == "ي" else "ي") + stem[1:] in vocab:
            return "verb"
        if x != "نا" and len(stem) >= 4 and not is_given_name(word):
            return "possessive"
    return None


def _ka_on_noun(word: str, vocab) -> bool:  # type: ignore[no-untyped-def]
    """Whether folded `word` is ك ('as') on a common noun of four letters or more (كلاعب، كجريمة): after a
    name's first word it starts a comparison, never a family name (a listed name, كريم، كمال, is no ك +
    a word; nor is a foreign one in كي, كيونغ، كيري)."""
    return len(word) >= 5 and word[0] == "ك" and word[1] != "ي" and word[1:] in vocab \
        and not is_given_name(word) and not word[1:].startswith("ال")


#: the shape of a verbal noun of the form إفعالة of a hollow root (إضافة، إقامة، إعادة): folded, five letters;
#: أسامة has that shape and is listed
_IFALA = re.compile(r"ا.ا.ه")
#: the shape of a sound plural of an active participle (عاملون، ناشطين): فاعلون/فاعلين, folded
_FAILUN = re.compile(r".ا..(?:ون|ين)")


#: the shape of a broken plural of the form فعّال (نواب، عمال، طلاب, folded) with ل on it (not ب: بريان is Bryan)
_FUAAL_AFTER_PREP = re.compile(r"ل..ا.")


def _plural_after_preposition(word: str) -> bool:
    """Whether folded `word` is ل on a broken plural of the form فعّال that is a common word (لنواب،
    لعمال، لطلاب): the start of a verb's object after a name, never part of it (a family name in ل, لقديم,
    has another shape)."""

    return _FUAAL_AFTER_PREP.fullmatch(word) is not None and word[1:] in _ner.corpus_words() \
        and not is_given_name(word) and not is_given_name(word[1:])


def _preposition_on_common_noun(word: str) -> bool:
    """Whether folded `word` is ل or ب on a common word of the corpus outside the name class (لعقد، بقتل،
    لتنفيذ): never a family name's third word. A listed given name (بسام، لبيب) or one whose rest is
    (لمحمد) is left alone, and so is a rest the corpus does not know (بالدوين)."""

    if len(word) < 4 or word[0] not in "لب" or word.startswith(("لل", "بال")) or is_given_name(word):
        return False
    rest = word[1:]
    vocab = _ner.corpus_words()
    return isinstance(vocab, dict) and _common_stem(rest, vocab)


def _lam_on_common_noun(word: str) -> bool:
    """Whether folded `word` is ل on a common word of the corpus outside the name class, bare or with a
    possessive pronoun (لبحث، لتهديد، لمنفذيها): after a given name it starts the purpose or the complement
    of the clause. A family name in ل is either listed, of the name class, or unknown to the corpus (لحود);
    foreign ones in لو/لا are left alone."""
    if word[:1] != "ل" or word[1:2] in ("ل", "ا", "و") or len(word) < 4 or is_given_name(word) \
            or is_given_name(word[1:]):
        return False  # لو/لا open many foreign family names (لوبان، لاندري، لوران), whose rest may be a word
    if _preposition_on_common_noun(word):
        return True

    vocab = _ner.corpus_words()
    rest = word[1:]
    return isinstance(vocab, dict) and any(
        rest.endswith(x) and _common_stem(rest[: -len(x)], vocab) for x in _PRONOUN_SUFFIXES)


def common_word_not_name(word: str) -> bool:
    """Whether folded `word` is a common word of the corpus outside the name class and no given name (ضرورة،
    الدعوة، اعتبارا), or a verb, particle or possessed noun by `_not_name_word`: after a family name the
    article gives in full elsewhere, such words run on into the sentence rather than the name."""

    if is_given_name(word) or word in folded_words("roles", "given_name_tails"):
        return False
    vocab = _ner.corpus_words()
    if not isinstance(vocab, dict):
        return False
    return _common_stem(word, vocab) or _not_name_word(word, first=False) is not None


def _domain_genitive(word: str, nxt: str) -> bool:
    """Whether folded `word` and `nxt`, right after a role noun, are an indefinite common noun and its
    definite genitive (نزع السلاح، مكافحة الإرهاب، شؤون اللاجئين): the role's domain, not a name. Both are
    common words of the corpus outside the name class and no given names (محمد الأمين، ماهر الأسد keep
    their names); a word the corpus does not know (a foreign given name) is left alone."""

    if not nxt.startswith("ال") or len(nxt) < 5 or word.startswith(("ال", "و")) \
            or word in folded_words("roles", "name_particles"):
        return False
    vocab = _ner.corpus_words()
    if not isinstance(vocab, dict) or not _common_stem(word, vocab) \
            or word in folded_words("roles", "given_name_tails"):
        return False
    bare = nxt[2:]
    if bare.endswith("ي") and nxt + "ه" not in vocab and bare + "ه" not in vocab:
        return False  # "الشيخ سفر الحوالي": a definite nisba with no feminine in use is a family name
    return _common_stem(nxt, vocab) and not is_given_name(bare) and _word_class(bare, vocab) != _NAME_CLASS


def _may_open_name(word: str) -> bool:
    """Whether folded `word`, after a role's domain, may open the name or the modifiers before it: a given
    name, a word of the name class or one the corpus does not know (a foreign name), or a definite word (a
    nisba: الأمريكي). A common word (سقوط) leaves the words after the role to the other tests."""

    vocab = _ner.corpus_words()
    if not isinstance(vocab, dict) or not word.isalpha():
        return False
    return is_given_name(word) or word.startswith("ال") or word not in vocab or _word_class(word, vocab) == _NAME_CLASS


def _participle_plural(word: str, vocab) -> bool:  # type: ignore[no-untyped-def]
    """Whether folded `word` is the sound plural of an active participle whose singular is a common word
    (عاملون، ناشطين): people spoken of as a group, not a name (the plural itself may be too rare to be
    one of the common words; a family name of that shape, ماكرون، جاكسون, has no common singular)."""
    return _FAILUN.fullmatch(word) is not None and word[:-2] in vocab and not is_given_name(word[:-2])


def _past_verb(word: str, vocab) -> bool:  # type: ignore[no-untyped-def]
    """Whether folded `word`, a common word, is a perfect verb of the third person feminine singular or
    masculine plural (رفضت، تلقت، رفضوا): its stem is a common word too, and so is the stem's other person
    (رفضوا for رفضت, رفضت for رفضوا). A noun in ت (بيروت) has no such pair; given names in ت (عزت،
    مدحت) are listed and never asked about."""
    if len(word) >= 4 and word.endswith("ت"):
        stem = word[:-1]
        return len(stem) >= 3 and stem in vocab and stem + "وا" in vocab
    if len(word) >= 5 and word.endswith("وا"):
        stem = word[:-2]
        return len(stem) >= 3 and stem in vocab and stem + "ت" in vocab
    return False


def _noun_adjective_pair(prev: str, word: str) -> bool:
    """Whether two folded words are an indefinite feminine noun and its adjective (داخلية سابقة، قوة
    كبيرة): both end in ة (folded ه), both are common words, neither is a given name (فاطمة عطية keeps
    her name)."""

    if not (prev.endswith("ه") and word.endswith("ه")) or len(prev) < 4 or len(word) < 4:
        return False
    if prev.startswith("ال") or word.startswith("ال") or is_given_name(prev) or is_given_name(word):
        return False
    vocab = _ner.corpus_words()
    return prev in vocab and word in vocab


def _idiom_after_given_name(first: str, second: str) -> bool:
    """Whether an ambiguous given name (an adjective too: حسن، سعيد، جميل) and the definite noun after it
    make an idiom (حسن الحظ، سعيد الحظ) rather than a name (`not_name_after_adjective_names`), or whether a
    given name that is also a common noun (`common_noun_given_names`: جو 'atmosphere') stands before the
    definite form of a mostly common word (جو التعاون): the noun and its genitive. A family name with the
    article that is no common word (جو الخوري) keeps the name."""
    _plain, ambiguous = _given_names()
    if first in _name_list("common_noun_given_names") and second.startswith("ال") \
            and second[2:] in _name_list("mostly_common_words"):
        return True
    if _age_noun(first, second):
        return True
    return first in ambiguous and second in _name_list("not_name_after_adjective_names")


def _age_noun(first: str, second: str) -> bool:
    """Whether a given name that is also a noun of age (`age_noun_given_names`: عمر 'age'), bare or with ب, is
    that noun: before a count (بعمر تسعة أعوام، في عمر الـ15، عمر 20 عاما: a number word of `numbers.json`
    or digits, with or without the article) or before the definite form of a mostly common word that is no
    nisba (عمر الجنين، عمر الحرب). A family name after it (عمر البشير: a given name; أبو عمر المصري: a
    nisba; عمر الخطيب: a word of the corpus's name class) keeps the name."""
    if first[:1] == "ب" and len(first) > 3:
        first = first[1:]  # بعمر: the preposition glued on
    if first not in _name_list("age_noun_given_names"):
        return False
    bare = second[2:] if second.startswith("ال") else second
    bare = bare.lstrip("\u0640")  # الـ15: the article and a tatweel before the digits
    if bare[:1].isdigit() or bare in _number_words():
        return True
    if bare == second or bare.endswith("ي") or is_given_name(bare) or bare not in _name_list("mostly_common_words"):
        return False

    # a definite word the corpus's name class holds is a family name (عمر الخطيب، عمر الرزاز), no genitive
    return _word_class(second, _ner.corpus_words()) != _NAME_CLASS


#: the name Ali as folded: the preposition على folds to it too
_ALI = "علي"


def not_a_person(words: list[str], names_ali: frozenset[int] = frozenset()) -> bool:
    """Whether folded words another finder took for a person's name cannot be one (the recogniser's
    guesses): a plural or dual noun first (جماعتان سياسيتان), a word that ends or never joins a name
    (قائلا، حقوق، الإنسان), or ل + a genitive chain (لحقوق الإنسان). (Two words in -ا are no sign: هاتفا
    محمولا is a noun and its adjective, ماريا زخاروفا a name.) `names_ali`: the indices of words علي that
    the text writes with a dotted ي in an article that writes the preposition على with its alif maqsura
    elsewhere: the name Ali (محمد علي، أبو علي البصري), no preposition to stop at."""
    if not words:
        return True
    plain, _ambiguous = _given_names()
    stops, not_name = folded_words("roles", "name_stop_words"), _not_name()
    if _plural_noun(words[0]) or people_plural(words[0]) or object_noun(words[0]):
        return True  # "تراجع معدلات الجريمة": a told deed, no name
    if any(_not_name_word(w, first=i == 0) for i, w in enumerate(words)):
        return True
    if any(_noun_adjective_pair(a, b) for a, b in pairwise(words)):
        return True
    if len(words) >= 2 and _idiom_after_given_name(words[0], words[1]):
        return True
    if any(_plural_after_preposition(w) for w in words[1:]):
        return True  # "آبي لنواب": a name and the preposition on the verb's object after it
    for i, w in enumerate(words):
        bare = w[2:] if w.startswith("ال") else w
        if i == len(words) - 1 and _state_nisba_family_name(words[:-1], w):
            continue  # "محمد المصري": the nisba is the family name
        if w == _ALI and i in names_ali and not (i == 0 and ali_before_common_words(words)):
            continue
        if w in stops or w in not_name or (bare != w and bare in not_name):
            return True
    if noun_phrase_not_name(words):
        return True  # مانحون دوليون، زميلا لي: a plural or accusative noun phrase
    if words[0].startswith("لل") and len(words[0]) > 4 and words[0] not in plain:
        return True  # "للنبي محمد"، "للوزير خالد": ل on a definite noun, a preposition's object, opens no name
    return len(words) >= 2 and words[0].startswith("ل") and words[0] not in plain and words[1].startswith("ال")


def _role_as_given_name(ftext: str, start: int, end: int) -> tuple[int, int] | None:
    """The name that an indefinite title which is also a given name (`roles_also_given_names`: أمير) opens
    as its first word (وزير الدفاع أمير حاتمي), or None: the word after it is a family name, one that is no
    common word or a nisba with no feminine in use (حاتمي; not the adjectives of أمير شرعي، أمير عسكري,
    whose شرعية، عسكرية are common); a state (أمير قطر), a definite word (أمير الجماعة) or another common
    word (أمير جديد) leaves the title a title."""

    toks = _tokens(ftext, end, 3)
    if not toks or toks[0][0] != end + 1 or not toks[0][2].isalpha():
        return None
    w = toks[0][2]
    if w.startswith("ال") or is_given_name(w) or _state_words_at(toks, 0) \
            or w in folded_words("roles", "name_stop_words"):
        return None
    vocab = _ner.corpus_words()
    family = w not in vocab or (len(w) >= 4 and w.endswith("ي") and w + "ه" not in vocab)
    if not family or _not_name_word(w, first=False) or w in _not_name():
        return None
    tail = _name_after(ftext, toks[0][0], min_words=1, skip=False)
    return (start, tail[1]) if tail and tail[0] == toks[0][0] else None


def _operation_before(ftext: str, pos: int, words: int) -> bool:
    """Whether an operation noun stands in the last `words` words before `pos` within its clause: after a
    naming cue the name in "عملية عسكرية في عفرين باسم «...»" is the operation's, not a group's; a
    formation noun used as a cue (لواء «...») must follow the operation noun directly."""
    operations = folded_words("roles", "operation_nouns")
    window = ftext[max(0, pos - 60):pos]
    for ch in ".،,:؛\n\"«»“”":
        window = window.rsplit(ch, 1)[-1]
    near = window.split()[-words:]
    if words > 1:
        # عمليات اغتيال ... تحت اسم «ولاية إدلب»: operations (plural) claimed under a name are the doer's
        events = folded_words("roles", "event_plural_nouns")
        # (the definite plural points to known operations, most often a state's campaign: ضمن العمليات التي
        # أطلقتها أنقرة باسم «غصن الزيتون»)
        near = near[-1:] + [w for w in near[:-1] if not w.endswith("ات") or w.startswith("ال")
                            or (w[2:] if w.startswith("ال") else w) in events]
    return any(_operation_word(w, operations) for w in near)


@cache
def _group_heads() -> frozenset[str]:
    """The nouns that make a naming cue name a group (حزب صغير كان يعرف باسم، لواء يطلق عليه): the group
    nouns and the one-word formation cues that are no naming cue (لواء، تشكيل، تجمع)."""
    stems = folded_words("roles", "naming_cue_stems")
    cues = {w for w in folded_words("roles", "formation_cues_quoted")
            if " " not in w and not any(k in w for k in stems)}
    return _group_nouns() | frozenset(cues)


def _named_group(ftext: str, pos: int, head: str) -> bool:
    """Whether the thing a naming cue at folded `pos` names is a group: a group noun opens the quoted name
    (ما يسمى «جيش الأحرار») or stands among the last five words of the clause before the cue (تشكيل أول
    حركة باسم «...»، حزب سياسي صغير كان يعرف باسم «...»), or a word of `naming_group_words` does (a
    spokesman, members or attacks of the named body: الناطق باسم، عناصر ما يسمى). Without one the cue
    names a law, a road, a dance or a post as readily as a group."""
    heads = _group_heads()
    # listed as written: عناصر ما يسمى names the members' group, المسلحون قطعوا الطريق المعروف باسم does not
    exact = folded_words("roles", "naming_group_words")

    def group(word: str) -> bool:
        # بحزب، ولحركة: a preposition on a short head noun, which `_strip_conj` leaves on (it spares بحر)
        bare = word[1:] if word[:1] in ("و", "ف") else word
        forms = {word, bare, bare[1:] if bare[:1] in ("ب", "ل") else bare}
        # أسس تنظيما باسم «...»: the accusative of the head noun, its alif (and tanwin, folded away) on it
        forms |= {w[:-1] for w in forms if w.endswith("ا") and len(w) > 4}
        return any(w in heads or w in exact or (w.startswith("ال") and w[2:] in heads) for w in forms)

    if head and group(head):
        return True
    window = ftext[max(0, pos - 80):pos]
    for ch in ".،,:؛\n\"«»“”()":
        window = window.rsplit(ch, 1)[-1]
    return any(group(w) for w in window.split()[-5:])


def _operation_word(word: str, operations: frozenset[str]) -> bool:
    """Whether folded `word` is an operation noun, bare, with و/ب/ل, or with the article (العملية)."""
    for w in (word, word[1:] if word[:1] in ("و", "ب", "ل") else ""):
        if w and (w in operations or (w.startswith("ال") and w[2:] in operations)):
            return True
    return False


def _common_noun_after_ba(word: str) -> bool:
    """Whether a quoted name's first folded word is the naming verb's ب on a common noun that is no group
    or formation noun (بقواعد، بقانون; not بجيش، بحركة، بلواء): the quote names a thing, not a group."""

    if not word.startswith("ب") or len(word) < 5 or is_given_name(word):
        return False
    core = word[1:]
    return core in _ner.corpus_words() and not core.startswith("ال") and core not in _group_and_formation_heads()


def _ba_on_group_noun(word: str) -> bool:
    """Whether a quoted name's first folded word is ب on a group or formation noun (بجيش، بسرايا، بحركة)."""
    return word.startswith("ب") and word[1:] in _group_and_formation_heads()


@cache
def _group_and_formation_heads() -> frozenset[str]:
    """The group nouns and formation heads (quoted or not) a naming verb's ب may stand on."""
    return _group_nouns() | folded_words("roles", "formation_heads") | folded_words("roles", "formation_heads_unquoted")


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


def _cue_in_own_quotes(ftext: str, start: int, end: int) -> bool:
    """Whether the cue word at start..end is itself quoted ("مليشيات"): a mark right before it and a closing mark
    right after it, so the mark after the cue ends the cue's quote and the words after it are no quoted name."""
    return (start > 0 and ftext[start - 1] in _OPEN_Q and end < len(ftext) and ftext[end] in _CLOSE_Q)


#: أن/إن with a proclitic, or its pronoun, spelled with its hamza: a clause's particle, never a name's first
#: word (folding drops the hamza, and وان/فان also spell the names Wan, Van)
_HAMZA_PARTICLE = re.compile(r"[وفلبك]?[أإ]ن(?:ه|ها|هم|هما)?(?!\w)")


ALI_NAME = "name"
ALI_PREPOSITION = "preposition"


def ali_reading(doc: Doc, written: str) -> str | None:
    """How a word that folds to علي is written, as the one place that tells the name Ali from the preposition
    على (both fold alike): `ALI_PREPOSITION` when it ends in the alif maqsura ى; `ALI_NAME` when it ends in a
    dotted ي in an article that writes على with its ى somewhere (its writer tells the two apart: محمد علي،
    أبو علي البصري); None when no letter tells (an article that writes both with ي, or a final diacritic)."""
    if written.endswith("ى"):
        return ALI_PREPOSITION
    if written.endswith("ي") and "على" in doc.text:
        return ALI_NAME
    return None


def names_ali_at(doc: Doc) -> frozenset[int]:
    """The folded offsets of the words علي that `ali_reading` reads as the name Ali."""
    if "على" not in doc.text:
        return frozenset()  # no word can read as the name: the scan is skipped
    folded = doc.folded
    out = []
    for m in re.finditer(r"(?<!\w)علي(?!\w)", folded.text):
        start, end = folded.span(m.start(), m.end())
        if ali_reading(doc, doc.text[start:end]) == ALI_NAME:
            out.append(m.start())
    return frozenset(out)


def institution_before(ftext: str, pos: int) -> bool:
    """Whether the folded word right before `pos` (across spaces only, a proclitic allowed) is an institution's
    head noun (`roles.json` institution_name_heads: مركز، مطار، جامعة، جائزة): a title and name after it in
    construct are the name of a centre, airport or prize named after the person (مركز الملك سلمان للإغاثة،
    مطار الملك خالد), not the person."""
    i = pos
    while i > 0 and ftext[i - 1] == " ":
        i -= 1
    j = i
    while j > 0 and (ftext[j - 1].isalpha()):
        j -= 1
    word = ftext[j:i]
    if j == i or i == pos:
        return False
    heads = folded_words("roles", "institution_name_heads")
    return word in heads or any(word.startswith(c) and word[len(c):] in heads
                                for c in ("و", "ب", "ل", "وب", "ول", "ف", "فب", "فل"))


def institution_name_at(ftext: str, pos: int) -> bool:
    """Whether a person's name at folded `pos` stands inside an institution's name: right after an institution
    noun, or after one of the titles (`roles.json` institution_name_titles) right after one (مدير جامعة الإمام
    محمد بن سعود: the cue مدير finds محمد بن سعود, and the tagger tags it, inside the university's name)."""
    if institution_before(ftext, pos):
        return True
    head = ftext[max(0, pos - 40):pos].rstrip(" ")
    cut = len(ftext[:pos]) - len(ftext[:pos].rstrip(" "))
    for title in folded_words("roles", "institution_name_titles"):
        if head.endswith(title) and (len(head) == len(title) or head[-len(title) - 1] == " "):
            return institution_before(ftext, pos - cut - len(title))
    return False


@stage("names", requires=("doc.text",), assigns=("doc.candidates",))
def run(doc: Doc) -> None:
    ftext = doc.folded.text
    seen: set[tuple[int, int]] = set()
    ali = names_ali_at(doc)

    def add(fs: int, fe: int, type_: str, cue: str, quoted: bool = False, nickname: bool = False) -> None:
        if type_ == "person" and not quoted:
            fe = _digits_trimmed(ftext, fs, fe)  # "أحمد أبو غزال23) عاما)": a glued age is no part of the name
        if (fs, fe) in seen:
            return
        start, end = doc.folded.span(fs, fe)
        if doc.is_furniture(start, end):
            return
        if type_ == "person" and institution_name_at(ftext, fs):
            return  # مدير جامعة الإمام محمد بن سعود: the university's name, not the man
        if type_ == "person" and _HAMZA_PARTICLE.match(doc.text, start):
            return  # "وأن جعفري مسؤول": the particle أن/إن (folded ان, as in وان يي) opens a clause, no name
        seen.add((fs, fe))
        doc.candidates.append(Candidate(start, end, type_, (), how="pattern", priority=1,
                                        name_ar=doc.text[start:end],
                                        attrs={"cue": cue, "quoted": quoted, "nickname": nickname}))

    nick = folded_words("roles", "nickname_cues")
    for m in _index("person_quote_cues").find(ftext):
        q = _quoted_after(ftext, m.end)
        if q:
            add(*q, "person", m.key, quoted=True, nickname=m.key in nick)
    given_roles = _name_list("roles_also_given_names")
    single_titles = folded_words("roles", "single_name_titles")
    for m in _index("person_roles").find(ftext):
        if institution_before(ftext, m.start - len(m.prefix)):
            continue  # جامعة الإمام محمد بن سعود: the university's name, not the man
        span = _name_after(ftext, m.end, ali=ali)
        if m.key in given_roles:
            span = _role_as_given_name(ftext, m.start, m.end) or span
        if span is None and m.key in single_titles:
            span = _single_name_after_title(doc, m.start - len(m.prefix), m.end, ali)
        if span and m.key in nick:
            # الملقب بأبي عمر الشامي: the naming cue's ب glued on the nickname is no part of it, and the
            # nickname is another mention of the man named before the cue (resolve merges it), no second man
            span = (span[0] + _naming_ba(ftext, span[0]), span[1])
            add(*span, "person", m.key, nickname=True)
        elif span:
            add(*span, "person", m.key)
    operations = folded_words("roles", "operation_nouns")
    for m in _index("formation_cues_quoted").find(ftext):
        q = _quoted_after(ftext, m.end)
        naming = any(k in m.key for k in folded_words("roles", "naming_cue_stems"))  # باسم، تحت مسمى, not لواء
        if _operation_before(ftext, m.start - len(m.prefix), 5 if naming else 1):
            continue  # عملية (عسكرية في عفرين) تحت اسم «...»: an operation's name, not a group's
        if m.key in operations:
            continue
        if q and _cue_in_own_quotes(ftext, m.start - len(m.prefix), m.end):
            continue  # بدون "مليشيات" هنا وهناك: the mark after the quoted cue closes the cue, it opens no name
        head = ftext[q[0]:q[1]].split(" ", 1)[0] if q else ""
        if q and _operation_word(head, operations):
            continue  # ما يعرف بـ«قانون ...»، ما يسمى «مسيرة العودة»: a law's or an event's name, no group's
        if q and _common_noun_after_ba(head):
            continue  # ما يسمى «بقواعد دبلن»: the naming verb's ب on a common noun names rules, no group
        if q and _ba_on_group_noun(head):
            q = (q[0] + 1, q[1])  # ما يسمى «بجيش الأحرار»: the naming verb's ب inside the quote is no part of the name
        if q and not _looks_like_speech(ftext[q[0]:q[1]]) and not _is_label_word(ftext[q[0]:q[1]]):
            # "القيادي المعروف باسم «...»": a cue shared by people and formations, decided by the role before it
            person = m.key in nick and _after_person_role(ftext, m.start - len(m.prefix))
            if naming and not person and not _named_group(ftext, m.start - len(m.prefix), head):
                continue  # لما يعرف بـ«رقصة كيكي»، الطريق المعروف باسم «...»: a naming verb names anything
            add(*q, "person" if person else "actor", m.key, quoted=True, nickname=person)
    for m in _index("speech_verbs_before_names").find(ftext):
        span = _name_after(ftext, m.end, skip=False, ali=ali)
        if span and _speech_follows(ftext, span[1]) and not common_phrase(ftext[span[0]:span[1]].split()):
            # "وقالت فرق الإنقاذ إن"، "وتقول أحدث النتائج إن": a phrase of common words speaks, no person
            add(*span, "person", m.key)
    _given_name_people(doc, add, ali)
    _quoted_outlets(ftext, add)
    _plural_quoted_formations(doc, add)
    _appositive_speakers(ftext, add)
    _unquoted_formations(doc, add)
    _tribes(doc, add)
    _numbered_units(doc)
    _backed_groups(doc)


#: "، نجم الحسناوي، إن": a name of two or three words between commas (what follows decides: see below)
_APPOSITIVE = re.compile(r"، ((?:[\u0621-\u064a]+ ){1,2}[\u0621-\u064a]+)، (\w+)")
#: how far before the appositive the sentence's speech verb may stand (characters)
_APPOSITIVE_REACH = 160


@cache
def _appositive_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words no appositive name holds, and the role nouns before one (built once, not per article)."""
    stops = folded_words("roles", "name_stop_words") | folded_words("roles", "person_roles") | _not_name()
    return stops, folded_words("roles", "person_roles") | folded_words("roles", "appositive_role_nouns")


def _appositive_speakers(ftext: str, add) -> None:  # type: ignore[no-untyped-def]
    """A person named in apposition after a description that a relative clause lengthens (قتل المرشح عن
    قائمة … التي يرأسها …، نجم الحسناوي، جراء …; وقال المسؤول في الحزب الذي …، هوشيار زيباري، إن …): the
    commas close the description. Either the sentence opens with a speech verb and إن/بأن follows the second
    comma, or a role noun (`person_roles`, `appositive_role_nouns`) stands in the clause before the first
    comma and the name starts with a given name. Only words that can make a name: no stop, role or body
    word, no article on the first word, no preposition on a common word, and a given name first or a family
    name (with the article) last."""
    stops, roles = _appositive_words()
    for m in _APPOSITIVE.finditer(ftext):
        words = m.group(1).split()
        if any(w in stops or is_group_word(w) or _state_words_at([(0, 0, w)], 0) for w in words):
            continue
        if any(_not_name_word(w, first=i == 0) for i, w in enumerate(words)):
            continue  # "، آخر أيام التصويت، إن": a time or a noun phrase between the commas
        first, last = words[0], words[-1]
        if first.startswith("ال") or _preposition_on_word(first) or _plural_noun(first):
            continue
        if not (is_given_name(first) or (last.startswith("ال") and len(last) > 4)):
            continue
        start = max(ftext.rfind("\n", 0, m.start()), ftext.rfind(".", 0, m.start()), m.start() - _APPOSITIVE_REACH)
        opening = ftext[start + 1:m.start()]
        verbs = _index("speech_verbs_before_names")
        speech = m.group(2) in ("ان", "بان") and any(True for _ in verbs.find(opening[:40]))
        clause = opening[opening.rfind("،") + 1:]
        described = is_given_name(first) and any(
            w in roles or (w[:1] in "وفبل" and w[1:] in roles) for w in clause.split())
        if speech or described:
            add(m.start(1), m.end(1), "person", "appositive")


@cache
def _outlet_name_cues() -> PhraseIndex:
    idx = PhraseIndex()
    for w in packs.load_json("anaphora").get("outlet_name_cues", ()):
        idx.add(w, "outlet")
    for w in packs.load_json("anaphora").get("site_name_cues", ()):
        idx.add(w, "site")
    return idx.compile()


#: the most words a quoted outlet name has ("صوت العراق الحر"); more is a headline or a quote
_MAX_OUTLET_WORDS = 4

#: the most letters before a dot that joins the letters of an acronym ("سي.بي.إس"، "إل. سي. إي")
_MAX_ACRONYM_PART = 3


def _sentence_punctuation(name: str) -> bool:
    """Whether a quoted name holds a comma, colon or question mark, or a dot that closes a word: it is a
    quote, not a name. A dot after one to three letters joins an acronym's letters (سي.بي.إس)."""
    if any(ch in "،,:؛!?؟" for ch in name):
        return True
    return any(len(re.split(r"[\s.]", name[:i])[-1]) > _MAX_ACRONYM_PART or i == 0
               for i, ch in enumerate(name) if ch == ".")


def _site_named(ftext: str, m, name: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether «موقع "..."» is a news site, not a military position (سيطرت على موقع "الخشيعا"): a
    reporting word before the noun (ذكر موقع، بحسب موقع، لموقع) or a media word in the name (نيوز، بوست)."""
    if m.prefix.endswith("ل"):
        return True  # لموقع "...": told the site
    if any(w in folded_words("anaphora", "site_name_words") for w in name.split()):
        return True
    before = ftext[max(0, m.start - len(m.prefix) - 30):m.start - len(m.prefix)].split()
    prev = before[-1] if before else ""
    reporting = folded_words("anaphora", "site_report_words")
    return prev in reporting or (prev[:1] in "وف" and prev[1:] in reporting)


def _quoted_outlets(ftext: str, add) -> None:  # type: ignore[no-untyped-def]
    """An outlet no pack knows, quoted right after its kind (صحيفة "باريزيان"، قناة «الرشيد»): the quoted
    name is the outlet. Platforms (موقع "تويتر") are no outlets and are not cued here; a site (موقع) only
    where a reporting word or a media word in the name says it is one (`_site_named`); a pack outlet of the
    same span wins in `resolve`. A foreign name may end as a nisba does (ليبيراسيون، كاثيميريني), so only
    the framing pack's label words, not the nisba shape, mark a quoted adjective here."""
    platforms = folded_words("anaphora", "not_outlet_names")
    for m in _outlet_name_cues().find(ftext):
        q = _quoted_after(ftext, m.end)
        if not q:
            continue
        name = ftext[q[0]:q[1]]
        words = name.split()
        if not words or len(words) > _MAX_OUTLET_WORDS or name in platforms or name in _label_words():
            continue
        if not any(ch.isalpha() for ch in name) or _sentence_punctuation(name):
            continue
        if "site" in m.payloads and "outlet" not in m.payloads and not _site_named(ftext, m, name):
            continue
        add(*q, "outlet", m.key, quoted=True)


@cache
def _role_words() -> frozenset[str]:
    return folded_words("roles", "person_roles") | folded_words("roles", "person_role_modifiers")


def _after_person_role(ftext: str, pos: int) -> bool:
    words = ftext[max(0, pos - 40):pos].split()
    roles = _role_words()
    return any(w in roles for w in words[-2:])


_AFTER_SPEAKER = re.compile(r"\s*(?:[،,:]|(?:إن|ان|أن|انه|إنه|أنه|إنها|أنها)\b|لـ|ل[«\"“])")


def _speech_follows(ftext: str, end: int) -> bool:
    """قال شيروان بري، ... / قالت هيفي مصطفى إن ...: a name right after a speech verb, closed by what a
    speaker's name is closed by."""
    return _AFTER_SPEAKER.match(ftext, end) is not None


@cache
def _label_words() -> frozenset[str]:
    try:
        data = packs.load_json("framing")
    except packs.MarsadError:
        return frozenset()
    words = set()
    for key in ("terms", "loaded_terms"):
        for t in data.get(key, ()) or ():
            words.add(fold_text(t["term"] if isinstance(t, dict) else t))
    return frozenset(words)


def _is_label_word(s: str) -> bool:
    """A quoted adjective (منظمة «إرهابية») is a label, not a name."""
    f = s.strip()
    # a lone indefinite nisba («إرهابي»، «متطرفة») qualifies; a group's one-word name has the article
    # or is no adjective (الحق، حسم)
    nisba = f.endswith(("يه", "يين", "يون")) or (len(f) >= 4 and not f.startswith("ال") and f.endswith("ي"))
    if f in _label_words() or (len(f.split()) == 1 and nisba):
        return True
    # «جماعة إرهابية»، «منظمة متطرفة»: an indefinite group noun and the labels on it describe a body (a
    # charge's wording) and name none; a group's name has the article (الجماعة الإسلامية) or a proper noun
    words = f.split()
    return len(words) >= 2 and words[0] in _group_nouns() and all(_indefinite_label(w) for w in words[1:])


def _indefinite_label(word: str) -> bool:
    """Whether a folded word is an indefinite adjective of a label: a framing label word or a feminine or
    plural nisba without the article (إرهابية، متطرفة، مسلحة)."""
    if word.startswith("ال") or (word[:1] == "و" and word[1:3] == "ال"):
        return False
    bare = word[1:] if word[:1] == "و" and len(word) > 4 else word
    ideologies = folded_words("roles", "ideology_adjectives")
    return bare in _label_words() or word in _label_words() or bare.endswith(("يه", "يين", "يون")) \
        or bare in ideologies or (bare.endswith("ه") and bare[:-1] in ideologies)


def _looks_like_speech(s: str) -> bool:
    return len(s.split()) > 6


_WORD = re.compile(r"\w+")
_NEXT_WORD = re.compile(r"\s+(\w+)")


@cache
def _given_name_triggers() -> frozenset[str]:
    """The words whose core (below) is a plain given name: the name itself or a و/ف/ب/ل on it."""
    plain, _ambiguous = _given_names()
    return frozenset(plain | {c + w for w in plain for c in "وفبل"})


def _given_name_people(doc: Doc, add, ali: frozenset[int]) -> None:  # type: ignore[no-untyped-def]

    plain, ambiguous = _given_names()
    stops = folded_words("roles", "name_stop_words")
    ftext = doc.folded.text
    triggers = _given_name_triggers()
    # only words that are a given name, or one with a و/ف/ب/ل on it, can start a name (the rest were skipped
    # word by word)
    for m in [m for m in _WORD.finditer(ftext) if m.group() in triggers]:
        w = m.group()
        core = w
        if w[:1] in "وفبل" and w[1:] in plain and w not in plain:
            core = w[1:]
        if core not in plain or core in ambiguous:
            continue
        # the next word must look like a family name: not a stop word, not a verb-like particle
        nxt = _NEXT_WORD.match(ftext, m.end())
        if not nxt:
            continue
        w2 = nxt.group(1)
        if (w2 in stops and nxt.start(1) not in ali) or len(w2) < 3 or w2[0].isascii():
            continue
        start = m.start() + (len(w) - len(core))
        # "عبد الرحيم خالد النجار": a compound given name before this one opens the name; read from it, or
        # the compound is left a name of its own beside the rest
        start = _compound_before(ftext, start)
        if _ner.after_non_person_noun(ftext, m.start()):
            continue  # "مجلة جون أفريك"، "حي محمد علي": an outlet or a place named so, no person
        span = _name_after(ftext, start, ali=ali)
        kunya = _kunya_before(ftext, start) if span else None
        if kunya is not None and (ftext.startswith("ابو ", kunya)
                                  or ftext[span[0]:span[1]].rsplit(" ", 1)[-1] in _state_nisbas()):
            # "وأبو زيد العراقي"، "بأبو حمزة البلجيكي": أبو before a given name is the name's first word
            # (أم and أبي, also "or" and "my father", only before a state's nisba)
            span = _name_after(ftext, kunya, ali=ali) or span
        kunya = _kunya_before(ftext, span[0]) if span else None
        if span and quoted_title_before(ftext, span[0] if kunya is None else kunya):
            continue  # مسلسل "أبو عمر المصري": a work's title, no person
        if span and _object_after_given_name(doc, span):
            continue  # "ولعب أحمد دورًا محوريًا"، "وأرسل مايكل رياحا عاتية": the verb's object, no family name
        if span and core != w and w[0] in "بل" and _common_genitive_after(ftext, span):
            continue  # "بالنسبة لعمر الناخب": ل/ب on a given name that is also a common noun (عمر 'age'), and
            # its definite genitive, a common word outside the name class: no person (لعمر البشير holds)
        if span:
            add(*span, "person", "given_name")


def _compound_before(ftext: str, start: int) -> int:
    """The folded offset of a compound given name (roles compound_name_heads and a definite word: عبد الرحيم،
    وعبد الله without its و; a `heads_before_given_names` word before the given name: غلام حسين) that ends
    one space before `start`, or `start` when none does."""
    before = ftext[max(0, start - 30):start].split(" ")
    # a head that only ever opens a compound with the given name after it (غلام حسين، وغلام رضا:
    # `heads_before_given_names`), so the given name alone would cut the compound in two
    if len(before) >= 2 and before[-1] == "":
        head = before[-2].lstrip("\"«“(")
        if head[:1] in "وفل" and head[1:] in folded_words("roles", "heads_before_given_names"):
            head = head[1:]
        if head in folded_words("roles", "heads_before_given_names"):
            return start - 1 - len(head)
    if len(before) < 3 or before[-1] != "" or not before[-2].startswith("ال") or len(before[-2]) < 4:
        return start
    token = before[-3]
    head = token.lstrip("\"«“(")  # a name that opens a quote or a bracket ("عبد الحافظ ...)
    if head[:1] in "وفل" and head[1:] in folded_words("roles", "compound_name_heads"):
        head = head[1:]
    if head not in folded_words("roles", "compound_name_heads"):
        return start
    return start - 1 - len(before[-2]) - 1 - len(head)


#: the ordinal أول, and its feminine أولى, as folded
_ORDINAL_FIRST = frozenset({"اول", "اولي"})


def _common_genitive_after(ftext: str, span: tuple[int, int]) -> bool:
    """Whether the folded span a given name opens is two words, the second definite and one of the corpus's
    common words outside its name class (`_plain_word`: الناخب، القول), never a family name the corpus
    knows as one (البشير) nor a word it does not know."""

    words = ftext[span[0]:span[1]].split()
    vocab = _ner.corpus_words()
    return len(words) == 2 and words[1].startswith("ال") and isinstance(vocab, dict) \
        and _plain_word(words[1], vocab)


def _object_after_given_name(doc: Doc, span: tuple[int, int]) -> bool:
    """Whether the words a given name opens (folded span) hold the verb's object: a word with the accusative
    tanween (دورًا), the ordinal أول, or an indefinite accusative common noun with its adjective
    (`accusative_phrase_after_name`)."""
    start, end = doc.folded.span(*span)
    if "\u064b" in doc.text[start:end]:
        return True
    words = doc.folded.text[span[0]:span[1]].split()
    # "وسيكون أحمد أول رئيس"، "وكانت سارة أولى المتحدثات": the ordinal predicates, no family name (not a stop
    # word: باول is Powell)
    return (len(words) > 1 and words[1] in _ORDINAL_FIRST) or accusative_phrase_after_name(words) \
        or _accusative_second(words)


def _unquoted_formations(doc: Doc, add) -> None:  # type: ignore[no-untyped-def]
    """كتيبة شهداء الفرقان، لواء صقور الجبل: a unit noun (`formation_heads_unquoted`) and a name that starts
    with a word group names start with (`formation_name_starters`: شهداء، أحرار، أبو ...) or a given name
    (not after لواء, which is also a rank), continued by definite words and name particles, three words
    at most. The span covers the unit noun, as the group's name does."""
    ftext = doc.folded.text
    heads = folded_words("roles", "formation_heads_unquoted")
    if not any(h in ftext for h in heads):
        return
    starters = folded_words("roles", "formation_name_starters")
    particles = folded_words("roles", "name_particles")
    stops = folded_words("roles", "name_stop_words")
    ranks = folded_words("roles", "rank_words")
    plain, _ambiguous = _given_names()
    for m in _WORD.finditer(ftext):
        head = _strip_conj(m.group())
        if head not in heads:
            continue
        hs = m.end() - len(head)
        before = ftext[max(0, hs - 12):hs].split()
        if before and _strip_conj(before[-1]) in ranks:
            continue  # برتبة لواء: a rank
        toks = _tokens(ftext, m.end(), 4)
        if not toks or not toks[0][2][0].isalpha():
            continue
        first = toks[0][2]
        if not (first in starters or (head != fold_text("لواء") and first in plain)):
            continue
        words = [toks[0]]
        for tok in toks[1:]:
            w = tok[2]
            if not w[0].isalpha() or w in stops or w in _not_name() or is_group_word(w):
                break
            prev = words[-1][2]
            # a construct chain ends at its first definite word (صقور الجبل | الهجوم); a particle takes any
            # word after it (أبو بكر)
            if not (prev in particles or (not prev.startswith("ال") and (w.startswith("ال") or w in particles))):
                break
            if w.startswith("لل"):
                break
            words.append(tok)
        while words and words[-1][2] in particles:
            words.pop()
        if not words or (len(words) == 1 and first in particles):
            continue
        add(hs, words[-1][1], "actor", head)


def _single_name_after_title(doc: Doc, start: int, pos: int, ali: frozenset[int]) -> tuple[int, int] | None:
    """The one-word name after a rank or honorific (`single_name_titles`: الشيخ مهنا، العميد حسن، المدعو
    محمود), which local outlets often give alone, or None. The word must be a listed given name; one that is
    also a common word (حسن، سعيد: `ambiguous`) only before punctuation or the particle إن/أن, where no
    adjective or object can follow. A place noun before the title (حي الشيخ مقصود، مسجد الشيخ حسن) or a
    place candidate over the words makes it a place's name (`single_name_title_blockers`)."""
    span = _name_after(doc.folded.text, pos, min_words=1, ali=ali)
    if span is None:
        return None
    ftext = doc.folded.text
    word = ftext[span[0]:span[1]]
    if " " in word or not is_given_name(word):
        return None
    after = ftext[span[1]:span[1] + 6].lstrip(" ")
    # folded, إن/أن/إنه/أنه all read ان/انه
    if not is_plain_given_name(word) and not (after[:1] in _NAME_CLOSERS or after.startswith(("ان ", "انه"))):
        return None
    before = ftext[max(0, start - 14):start].split()
    if before and _strip_conj(before[-1]) in folded_words("roles", "single_name_title_blockers"):
        return None
    s, e = doc.folded.span(start, span[1])
    if any(c.type == "place" and c.start < e and s < c.end for c in doc.candidates):
        return None
    return span


def _tribes(doc: Doc, add) -> None:  # type: ignore[no-untyped-def]
    """عشيرة البو حسان، قبيلة بني خالد، عشيرة الحديديين: an indefinite tribe noun (`tribe_heads`) in construct
    with a name is a tribe, an actor whether or not the actors pack lists it (tribes fight, mediate and are
    raided in Syrian and Iraqi news). The name is a particle of descent (`tribe_name_particles`: البو، آل،
    بني) and the word after it, or one word that is no common word of the corpus (tribes' names are rare
    words: الجبور، الحديديين; عشيرة الضحية، قبيلة عربية، عشيرة واحدة name none). The span covers the head, as
    the pack's tribes do; a pack match of the same words wins in `resolve`."""

    ftext = doc.folded.text
    heads = folded_words("roles", "tribe_heads")
    if not any(h in ftext for h in heads):
        return
    vocab = _ner.corpus_words()
    if not isinstance(vocab, dict):
        return
    particles = folded_words("roles", "tribe_name_particles")
    stops = folded_words("roles", "name_stop_words")
    spans: list[tuple[int, int]] = []
    for m in _WORD.finditer(ftext):
        head = _strip_conj(m.group())
        if head not in heads:
            continue
        toks = _tokens(ftext, m.end(), 3)
        if not toks or not toks[0][2].isalpha():
            continue
        first = toks[0][2]
        end = None
        if first in particles:
            if len(toks) > 1 and toks[1][2].isalpha() and toks[1][2] not in stops and toks[1][2] not in _not_name():
                end = toks[1][1]
        elif first not in vocab and len(first) >= 3 and first not in stops and first not in _not_name() \
                and not _preposition_on_word(first) and not first.startswith(("لل", "و")) \
                and not _not_name_word(first, first=True) and not _plural_noun(first) and not people_plural(first) \
                and not (len(first) >= 6 and first.endswith(("ون", "ين")) and not first.startswith("ال")):
            # (an indefinite sound plural, عشيرة منتشرون, is a predicate; a tribe's plural name has the article)
            end = toks[0][1]
        before = ftext[max(0, m.start() - 12):m.start()].split()
        if end is not None and before and (before[-1].isdigit()
                                           or before[-1] in folded_words("roles", "tribe_count_words")):
            end = None  # "35 عشيرة منها"، "كل قبيلة": a count of tribes, no tribe's name
        if end is not None:
            spans.append(doc.folded.span(m.end() - len(head), end))
            add(m.end() - len(head), end, "actor", head)
    if spans:
        # "قبيلة بني خالد لإنهاء": a given name inside a tribe's name opens no person of its own
        doc.candidates[:] = [c for c in doc.candidates if not (
            c.type == "person" and c.how == "pattern" and any(s < c.start < e for s, e in spans))]


@cache
def _numbered_unit_data() -> tuple[re.Pattern[str], dict[str, str], dict[str, int], frozenset[str]]:
    """The folded pattern of a numbered unit (a definite unit noun, then digits or an ordinal), the unit nouns'
    English words, the ordinals' values and the words that may link a unit to its army (`numbered_units`)."""
    data = _roles().get("numbered_units", {})
    heads = {fold_text(k): v for k, v in data.get("heads", {}).items()}
    ordinals = {fold_text(k): int(v) for k, v in data.get("ordinals", {}).items()}
    links = frozenset(fold_text(w) for w in data.get("parent_links", ()))
    alt = "|".join(sorted(map(re.escape, heads), key=len, reverse=True)) or "(?!)"
    ords = "|".join(sorted(map(re.escape, ordinals), key=len, reverse=True)) or "(?!)"
    # و/ف glued on the noun stay out of the span; a number of more than four digits is no unit's
    pattern = re.compile(rf"(?<!\w)[وف]?({alt}) ([0-9]{{1,4}}|{ords})(?!\w)")
    return pattern, heads, ordinals, links


def _ordinal_suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _numbered_units(doc: Doc) -> None:
    """اللواء 47، الفرقة الخامسة، الكتيبة ١٠١: an army unit known by its number, which no pack can list (every
    army numbers its brigades), named "47th Brigade". Its parent is the pack actor that follows it over at most
    one linking word (اللواء 84 في الجيش اليمني، الفوج 274 التابع لقوات النظام). The rank اللواء is followed
    by a name, never by a number, so it starts none. A pack name of the same span (الفرقة الرابعة) wins."""
    pattern, heads, ordinals, links = _numbered_unit_data()
    ftext = doc.folded.text
    if not any(h in ftext for h in heads):
        return
    by_id = packs.entries_by_id()
    actors = sorted((c for c in doc.candidates if c.type == "actor" and c.how == "pack" and c.refs),
                    key=lambda c: c.start)
    for m in pattern.finditer(ftext):
        start, end = doc.folded.span(m.start(1), m.end(2))
        if doc.is_furniture(start, end):
            continue
        if _batch_of(doc, m.end(2)):
            continue  # "الفوج الأول من الحجاج": the first batch of a crowd, no army unit
        num = m.group(2)
        n = int(num) if num.isdigit() else ordinals[num]
        name = f"{n}{_ordinal_suffix(n)} {heads[m.group(1)]}"
        attrs: dict[str, object] = {"cue": "numbered_unit", "quoted": False, "nickname": False}
        parent = _unit_parent(doc, end, actors, links, by_id)
        if parent is not None:
            attrs["parent"], attrs["kind"] = parent.name, parent.kind
        doc.candidates.append(Candidate(start, end, "actor", (), how="pattern", priority=1,
                                        name=name, name_ar=doc.text[start:end], attrs=attrs))


def _batch_of(doc: Doc, fend: int) -> bool:
    """Whether the numbered noun ending at folded `fend` is followed by من and a crowd that travels in
    numbered batches (`numbered_units.batch_people`: الفوج الأول من الحجاج، الفوج الثاني من المهجرين) or a
    plural of people (`people_plural_nouns`: من الطلاب): a batch, no army unit. Any other word after من is
    left alone: the unit may move from a place (انسحب الفوج الثالث من التلال) or belong to a force."""
    ftext = doc.folded.text
    if not ftext.startswith(" من ", fend):
        return False
    nxt = _WORD.match(ftext, fend + 4)
    return bool(nxt) and (nxt.group() in _batch_people() or people_plural(nxt.group()))


@cache
def _batch_people() -> frozenset[str]:
    return frozenset(fold_text(w) for w in _roles().get("numbered_units", {}).get("batch_people", ()))


#: the most characters between a numbered unit and its army's name (a specialty and a linking word: مشاة في)
_UNIT_PARENT_GAP = 24


def _unit_parent(doc: Doc, end: int, actors: list[Candidate], links: frozenset[str],
                 by_id: dict) -> packs.PackEntry | None:  # type: ignore[type-arg]
    """The armed pack actor right after a numbered unit ending at `end`, over at most one linking word
    (`parent_links`) or the ل/ب on its name; a state, a government or a party is no unit's parent."""
    for c in actors:
        if c.start < end:
            continue
        if c.start - end > _UNIT_PARENT_GAP:
            return None
        gap = doc.text[end:c.start]
        entry = by_id.get(c.refs[0])
        if entry is None or entry.kind not in ("state_force", "armed_group", "militia") \
                or any(not (ch.isalpha() or ch.isspace()) for ch in gap):
            return None
        # the unit's specialty may stand before the link (اللواء 84 مشاة في), a clitic ل/ب before the name
        words = [w for w in fold_text(gap).split() if w not in ("ل", "ب", "لل")]
        if not words or (len(words) <= 2 and words[-1] in links):
            return entry
        return None
    return None


def _backed_groups(doc: Doc) -> None:
    """قوات موالية لنظام الأسد، الفصائل المدعومة من تركيا: a group named by the party backing it.

    The backer is the pack actor right after the backing word (المدعومة من الولايات المتحدة); a pronoun
    (قوات موالية له، الفصائل الموالية لها) or a bare definite anaphor (قوات موالية للنظام) names the
    nearest party named before it in the sentence, and so does a backing word with no backer after it
    (بدعم من فصائل سورية موالية). The head may carry و/ف (والقوات المدعومة من ...)."""
    ftext = doc.folded.text
    heads = folded_words("roles", "backed_group_heads")
    backing = folded_words("roles", "backing_words")
    fillers = folded_words("roles", "backing_fillers")
    by_id = packs.entries_by_id()
    actors = sorted((c for c in doc.candidates if c.type == "actor" and c.how == "pack" and c.refs),
                    key=lambda c: c.start)
    parties = [c for c in actors if getattr(by_id.get(c.refs[0]), "kind", None) != "international_org"]
    anaphors = _actor_anaphors()
    after_actor = {_folded_index(doc, c.start): c for c in actors}
    seen: set[tuple[int, int]] = set()
    forms = _backing_forms()
    if not any(b in ftext for b in backing):
        return  # most articles name no backed group
    for m in _WORD.finditer(ftext):
        w = m.group()
        if w not in forms:
            continue
        start = _head_before(ftext, m.start(), heads, fillers)
        if start is None:
            continue
        # what follows the backing word: [من] <actor> | له/لها | لل<anaphor> | nothing
        rest = re.match(r"\s*(?:(?:من|لـ|ل)\s+)?", ftext[m.end():m.end() + 12])
        pos = m.end() + (rest.end() if rest else 0)
        backer, end = None, m.end()
        nxt = re.match(r"\w+", ftext[pos:pos + 40])
        word = nxt.group() if nxt else ""
        direct = after_actor.get(pos)
        for skip in (1, 2) if word[:1] == "ل" and direct is None else ():
            direct = direct or after_actor.get(pos + skip)
        if direct is not None:
            backer, end = direct, _folded_index(doc, direct.end)
        elif word in ("له", "لها", "لهم"):
            backer, end = _party_before(doc, parties, start), pos + len(word)
            state = _nisba_partner(doc, start, backer)
            if state is not None:
                _add_backed(doc, start, end, state, seen)
                continue
        elif word and (word[1:] in anaphors or (word.startswith("لل") and "ال" + word[2:] in anaphors)):
            key = word[1:] if word[1:] in anaphors else "ال" + word[2:]
            backer = _party_before(doc, [c for c in parties if c.refs[0] in anaphors[key]], start,
                                   same_sentence=False)
            end = pos + len(word)
        elif word.startswith(("لل", "ال")) and len(word) > 4:
            # "فصائل تابعة للحكومة": the patron is the noun after the backing word, never the nearest
            # other party; a bare الحكومة is the government of the article's country and era
            ref = _default_backer(doc, "ال" + word[2:])
            if ref is not None:
                _add_backed(doc, start, _past_title(doc, pos, pos + len(word)), ref, seen)
            continue
        elif word.startswith("ل") and len(word) > 3:
            continue  # "القوات الموالية لهادي": a patron no pack lists as a party is no other party
        elif word == "لما":
            # "مجموعات تابعة لما يسمى «المجلس العسكري»": the patron is the named body after the naming
            # verb, whichever the pack or the patterns know; never the nearest other party
            named = _named_after(doc, pos + len(word))
            if named is not None:
                _add_backed(doc, start, _folded_index(doc, named.end), named.refs[0], seen)
            continue
        else:
            backer = _party_before(doc, parties, start)
            state = _nisba_partner(doc, start, backer) if word in ("معه", "معها", "معهم") else None
            if state is not None:
                _add_backed(doc, start, end, state, seen)
                continue
        if backer is None:
            continue
        _add_backed(doc, start, end, backer.refs[0], seen)


@cache
def _nisba_states() -> dict[str, str]:
    """Folded state nisbas in their four shapes (ايراني، ايرانية، الايراني، الايرانية) -> the state's id."""
    out: dict[str, str] = {}
    for e in packs.entity_pack("actors"):
        if e.kind != "state":
            continue
        for a in e.extra.get("adjectives", ()) or ():
            f = fold_text(a)
            if not f.endswith("ي"):
                continue
            bare = f[2:] if f.startswith("ال") else f
            for form in (bare, bare + "ة", "ال" + bare, "ال" + bare + "ة"):
                out.setdefault(fold_text(form), e.id)
    return out


def _nisba_partner(doc: Doc, start: int, backer: Candidate | None) -> str | None:
    """«القوات الإيرانية والميليشيات التابعة لها»، «الوجود الإيراني والميليشيات التابعة له»: a backed group
    joined by و/أو to a noun that a state's nisba qualifies belongs to that state; the pronoun points back
    to the coordinated noun, not to whichever party the sentence named last («إسرائيل تجد نفسها مهددة
    بالوجود الإيراني والميليشيات التابعة له»). A pack actor that ends at the nisba (الجيش السوري) is the
    nearer, finer backer and stays."""
    ftext = doc.folded.text
    lo = max(0, start - 40)
    m = re.search(r"(\w+)\s+(?:و|او\s+)$", ftext[lo:start])
    if m is None:
        return None
    state = _nisba_states().get(m.group(1))
    if state is None:
        return None
    if any(w in _backing_forms() for w in ftext[max(0, lo + m.start(1) - 40):lo + m.start(1)].split()[-3:]):
        return None  # «المدعومة بغارات روسية وميليشيات موالية لها»: both are the backing, the pronoun the head's
    nisba_start = doc.folded.span(lo + m.start(1), start)[0]
    if backer is not None and backer.end > nisba_start:
        return None
    return state


def _past_title(doc: Doc, pos: int, end: int) -> int:
    """The folded end of a backed group's name whose patron word opens a known title (للرئيس السوري): the
    title's end, so that the group's name holds the title whole rather than cut it."""
    for c in doc.candidates:
        if c.how == "pack" and c.refs:
            a = _folded_index(doc, c.start)
            if pos <= a < end:
                end = max(end, _folded_index(doc, c.end))
    return end


def _named_after(doc: Doc, pos: int) -> Candidate | None:
    """The pack actor named right after a naming verb (يسمى، يعرف ب، يطلق عليه) that starts at folded `pos`."""
    ftext = doc.folded.text
    m = re.match(r"\s*(\w+)(?:\s+(?:ب|باسم|عليه|عليها))?[\s\"'«»“”]*", ftext[pos:pos + 40])
    if m is None or not any(m.group(1).endswith(stem) for stem in folded_words("roles", "naming_cue_stems")):
        return None
    at = pos + m.end()
    return next((c for c in doc.candidates if c.type == "actor" and c.refs and _folded_index(doc, c.start) == at),
                None)


def _add_backed(doc: Doc, start: int, end: int, ref: str, seen: set[tuple[int, int]]) -> None:
    """A group named by its backer (folded offsets) as a candidate."""
    if "\n" in doc.folded.text[start:end] or (start, end) in seen:
        return
    seen.add((start, end))
    a, b = doc.folded.span(start, end)
    if doc.is_furniture(a, b):
        return
    doc.candidates.append(Candidate(a, b, "actor", (), how="pattern", priority=1, name_ar=doc.text[a:b],
                                    attrs={"backed_by": ref, "composite": True}))


def _default_backer(doc: Doc, noun: str) -> str | None:
    """The party a bare patron noun (الحكومة، السلطات) names in this article (`roles.json`
    default_backers): by the country most of the article's places lie in (the pack's home country when
    they point nowhere) and by the article's date (with none, the present-day meaning)."""
    rules = _default_backers().get(noun)
    if not rules:
        return None
    records = gz.records_by_id()
    counts: dict[str, int] = {}
    for c in doc.candidates:
        if c.type == "place" and c.refs:
            countries = {getattr(records.get(r), "country", None) for r in c.refs}
            if len(countries) == 1 and None not in countries:
                country = countries.pop()
                counts[country] = counts.get(country, 0) + 1
    country = max(counts, key=counts.__getitem__) if counts else gz.cues().get("country_context")
    day = doc.published.isoformat() if doc.published else None
    by_id = packs.entries_by_id()
    for r in rules:
        if r.get("country") != country or r.get("entry") not in by_id:
            continue
        if day is not None and ((r.get("from") and day < r["from"]) or (r.get("to") and day >= r["to"])):
            continue
        if day is None and r.get("to"):
            continue
        return r["entry"]
    return None


@cache
def _default_backers() -> dict[str, list[dict]]:
    raw = _roles().get("default_backers", {})
    return {fold_text(k): v for k, v in raw.items() if not k.startswith("_")}


@cache
def _backing_forms() -> frozenset[str]:
    """Every word that is a backing word or one with و/ف and ب/ل on it (what `_strip_conj` takes off)."""
    backing = folded_words("roles", "backing_words")
    forms = {p + b for b in backing for p in ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")}
    return frozenset(w for w in forms if w in backing or _strip_conj(w) in backing)


# asked of every word near a role or head noun, again and again: read once, bounded memory
@lru_cache(maxsize=1 << 14)
def _strip_conj(word: str) -> str:
    """Drop a leading و/ف, then ب/ل: وبقوات -> قوات; but not a letter that is the word's own
    (`own_first_letter`: فيلم، وزير، فلسطين، لبنان keep theirs)."""
    if word[:1] in ("و", "ف") and len(word) > 3 and not own_first_letter(word):
        word = word[1:]
    return word[1:] if word[:1] in ("ب", "ل") and len(word) > 4 and not own_first_letter(word) else word


def own_first_letter(word: str) -> bool:
    """Whether the first letter of folded `word`, و ف ب or ل, is its own, not a proclitic: the word is listed
    (clitics.json own_first_letter: وزارة، ولاية، فقط, whose rest is a word too), a given name (وائل، فراس،
    بلال), or one of the corpus's common words whose rest is none (فيلم، فيديو، فلسطين، وزير، لبنان: يلم،
    لسطين، زير، بنان are no words). A word whose rest begins with the article (والقوات) or is a common
    word (وقوات، بقوات), and a rare word the corpus does not know, carry a proclitic as before."""
    if word in folded_words("clitics", "own_first_letter") or is_given_name(word):
        return True
    return own_first_letter_by_corpus(word)


def _head_before(ftext: str, pos: int, heads: frozenset[str], fillers: frozenset[str]) -> int | None:
    """Walk back from a backing word over fillers (سورية، برية) to a group noun; its folded start."""
    words = [(mm.start() + max(0, pos - 50), mm.group()) for mm in re.finditer(r"\w+", ftext[max(0, pos - 50):pos])]
    for i in range(len(words) - 1, max(-1, len(words) - 4), -1):
        s, w = words[i]
        if "\n" in ftext[s:pos] or any(ch in ".،؛:!?؟" for ch in ftext[s + len(w):pos]):
            return None
        stem = w if w in heads or w in fillers else _strip_conj(w)
        if stem in heads:
            return s + (len(w) - len(stem))
        if stem not in fillers:
            return None
    return None


def _party_before(doc: Doc, parties: list[Candidate], start_folded: int, *,
                  same_sentence: bool = True) -> Candidate | None:
    """The nearest pack actor ending before the folded offset (in the same sentence, by default)."""
    a, _ = doc.folded.span(start_folded, start_folded + 1)
    best = None
    for c in parties:
        if c.end > a:
            break
        best = c
    if best is None or (same_sentence and any(ch in ".!?؟\n" for ch in doc.text[best.end:a])):
        return None
    return best


@cache
def _actor_anaphors() -> dict[str, frozenset[str]]:
    """Folded definite anaphors (النظام) -> the actor ids that list them."""
    out: dict[str, set[str]] = {}
    for e in packs.entity_pack("actors"):
        for a in e.extra.get("anaphora", ()) or ():
            out.setdefault(fold_text(a), set()).add(e.id)
    return {k: frozenset(v) for k, v in out.items()}


def _folded_index(doc: Doc, pos: int) -> int:
    idx = doc.folded.index
    if idx is None:
        return pos

    return bisect.bisect_left(idx, pos)


def _runs_on(word: str, vocab: dict[str, object]) -> bool:
    """Whether folded `word`, at the end of a guessed person's span, runs on into the sentence rather than
    ending the name: a verb (نصح، يؤدي), ب or ل on a common word (بدعم، بانقلاب), و on a common word
    (والاطمئنان، وظل) or an adverb in -يا made from a common nisba (هاتفيا، رسميا). A definite word (a family
    name: الأحمر) and a given name are left alone."""
    if word.startswith("ال") or len(word) < 3 or is_given_name(word) \
            or word in folded_words("roles", "given_name_tails"):
        return False
    if word[0] == "و" and len(word) >= 3:
        rest = word[1:]
        bare = rest[2:] if rest.startswith("ال") else rest
        short = len(rest) == 2 and rest in vocab and _word_class(rest, vocab) != _NAME_CLASS
        if not is_given_name(rest) and (_common_stem(bare, vocab) or _verb_form(rest, vocab) or short):
            return True  # والاطمئنان، وظل: a conjunction opens the next phrase
    if word.endswith("يا") and len(word) >= 5 and _common_stem(word[:-1], vocab) and word[:-2] in vocab:
        return True  # هاتفيا: the nisba هاتفي of the noun هاتف, in the accusative
    if word[0] in "بل" and (_preposition_on_common_noun(word) or _preposition_on_word(word)):
        return True
    if word[0] == "ي" and len(word) >= 4 and "ت" + word[1:] in vocab and _common_stem(word, vocab):
        return True  # يؤدي/تؤدي: an imperfect verb that the foreign-name guard of `_not_name_word` lets by
    if len(word) == 3 and "ي" + word in vocab and ("ت" + word in vocab or word + "ت" in vocab) \
            and _common_stem(word, vocab):
        return True  # نصح (ينصح، نصحت): a perfect verb whose imperfect or feminine is a common word
    return _common_stem(word, vocab) and _verb_form(word, vocab)


def run_on_words(words: list[str], repeated: Callable[[str], bool] = lambda w: False) -> int:
    """How many words at the end of a guessed person's folded span run on into the sentence (`_runs_on`):
    «زايد نصح الشيخ» ends the name at زايد, «علي يلديريم هاتفيا» at يلديريم. The first word is never counted.
    ب or ل on a common word that the article writes more than once (باول: Powell, not "with first") is taken
    for a family name and left on: `repeated` tells."""

    vocab = _ner.corpus_words()
    if not isinstance(vocab, dict):
        return 0
    n = 0
    while len(words) - n > 1:
        word = words[len(words) - n - 1]
        if words[len(words) - n - 2] in folded_words("roles", "name_particles"):
            break  # فون دير، دي لا: a particle holds the word after it in the name
        if not _runs_on(word, vocab) or (word[0] in "بل" and not word.startswith("بال") and repeated(word)):
            break
        n += 1
    return n


def own_first_letter_by_corpus(word: str) -> bool:
    """The corpus part of `own_first_letter`: folded `word` is a common corpus word and its rest after the first
    letter is none (فيلم، فرض، وصل، وزير: يلم، رض، صل، زير are no words). Split out for a stage whose word lists
    are not names (events): the listed words and given names have a rest that is a word too, and folded they
    collide with a conjunction on a common word (والي = و + إلى، وادي = و + أدى، فادي = ف + أدى، فيصل = ف + يصل)."""

    vocab = _ner.corpus_words()
    rest = word[1:]
    if word not in vocab or rest.startswith("ال") or rest in vocab:
        return False
    # a second proclitic under the first (وبغرامة: و + ب + غرامة)
    return not (rest[:1] in ("ب", "ل") and len(rest) > 3 and rest[1:] in vocab)


def common_noun_opens(words: list[str]) -> bool:
    """Whether the first of folded `words` is a common noun the corpus writes both with the article and with a
    possessive pronoun (سؤال: السؤال، سؤاله), outside the corpus's name class, no given name, no particle of a compound
    name (عبد، أبو، بن) and no given name's first half before its tail (فتح الله، نور الدين): a noun that
    opens a construct or a noun phrase («ولدى سؤال كوتس»، «لدى انتقاد بولتون»), which the recogniser took for a first
    name. A foreign first name (لورا، كارين، ستورمي) has no such forms in Arabic text."""

    if len(words) < 2:
        return False
    first = words[0]
    if is_given_name(first) or first in folded_words("roles", "name_particles") \
            or first in folded_words("given_names", "kunya_words") or first in ("عبد", "بن", "ابن", "ال") \
            or words[1] in folded_words("roles", "given_name_tails"):
        return False
    vocab = _ner.corpus_words()
    if first not in vocab and first[:1] in "وفبلك" and len(first) > 4 and not is_given_name(first[1:]):
        first = first[1:]  # كخبير، وسؤال: a proclitic on the noun
    # and outside the corpus's name class: دين، سيد، ثاني are in it, since first names are spelled so (دين
    # هايدون، سيد أحمد)
    return first in vocab and "ال" + first in vocab and any(first + x in vocab for x in ("ه", "ها", "هم")) \
        and _word_class(first, vocab) != _NAME_CLASS


def latin_initial_between(word: str, nxt: str) -> bool:
    """Whether folded `word`, after a name word, is a Latin initial written out (roles.latin_initials: إي، إف،
    دبليو) with `nxt` the family name after it: a plain word, not the article's, a complementizer or another
    initial (روبرت إي كيلي; إن، أو، في، كي, which are particles too, are no initials in the list)."""
    return word in folded_words("roles", "latin_initials") and nxt.isalpha() and len(nxt) >= 2 \
        and not nxt.startswith("ال") and nxt not in ("ان", "انه", "انها", "بان") \
        and nxt not in folded_words("roles", "latin_initials")


def _accusative_second(words: list[str]) -> bool:
    """Whether a two-word span's second word is an indefinite accusative whose stem is a common word, or a
    passive participle's (رزان ملفوفا، جو أطلقا): a state or an object after the given name, never its family
    name (a family name in -ا, أوباما، زخاروفا، كوسا, has no common stem; a definite one, البنا، البابا, is
    kept)."""

    vocab = _ner.corpus_words()
    if len(words) != 2 or not isinstance(vocab, dict):
        return False
    w = words[1]
    if not w.endswith("ا") or w.startswith("ال") or is_given_name(w):
        return False
    # the passive participle مفعولا (ملفوفا، مقتولا) is never a family name, known to the corpus or not
    return _common_stem(w[:-1], vocab) or _PASSIVE_ACCUSATIVE.fullmatch(w) is not None


#: the indefinite accusative of a passive participle of a sound three-letter root: م, two letters, و, one letter, ا
_PASSIVE_ACCUSATIVE = re.compile(r"م[^\W\d_]{2}و[^\W\d_]ا")


#: the most quoted names one plural formation noun heads (ألوية "X" و"Y" و"Z")
_MAX_LISTED_FORMATIONS = 5
#: the most words a listed formation's quoted name has (لواء أحرار الشام الإسلامية): more is a quoted clause
_MAX_FORMATION_WORDS = 5


def _plural_quoted_formations(doc: Doc, add) -> None:  # type: ignore[no-untyped-def]
    """Quoted names after a plural or dual formation noun (roles formation_cues_quoted_plural: ألوية، فصائل،
    حركتي، تنظيمي), joined by و or a comma: each is a formation, as one quoted name after a singular cue is
    (فصائل "X" و"Y"، حركتي "X" و"Y"). A quote that reads as speech or a label word (فصائل "الإسلامية") is
    none and ends the list. A name that the noun or its singular makes an actor alias (ألوية "العمالقة" →
    ألوية العمالقة, حركتي "فتح" → حركة فتح) is that pack entry."""
    ftext = doc.folded.text
    for m in _index("formation_cues_quoted_plural").find(ftext):
        if _cue_in_own_quotes(ftext, m.start - len(m.prefix), m.end):
            continue
        q = _quoted_after(ftext, m.end)
        for _ in range(_MAX_LISTED_FORMATIONS):
            if q is None:
                break
            name = ftext[q[0]:q[1]]
            if len(name.split()) > _MAX_FORMATION_WORDS or _looks_like_speech(name) or _is_label_word(name):
                break  # فصائل "ملتزمة بالتهدئة طالما ...": a quoted clause describes them, it names none
            ref = _listed_alias(ftext[m.start:m.end], name)
            if ref is None:
                add(*q, "actor", m.key, quoted=True)
            else:  # ألوية "..." و"العمالقة": ألوية العمالقة is the pack's Giants Brigades
                start, end = doc.folded.span(*q)
                doc.candidates.append(Candidate(start, end, "actor", (ref,), how="pack", priority=1))
            q = _next_listed_quote(ftext, q[1])


def _next_listed_quote(ftext: str, end: int) -> tuple[int, int] | None:
    """The quoted name joined by و or a comma to the quoted name ending at folded `end` («"X" و"Y"»)."""
    i = end
    while i < len(ftext) and ftext[i] == " ":
        i += 1
    if i >= len(ftext) or ftext[i] not in _CLOSE_Q:
        return None
    i += 1
    while i < len(ftext) and ftext[i] == " ":
        i += 1
    if i >= len(ftext) or ftext[i] not in "و،,":
        return None
    return _quoted_after(ftext, i + 1)


@cache
def _actor_aliases() -> dict[str, str]:
    """Folded actor alias → entry id, for the aliases that need no cue or context and name one entry only."""
    out: dict[str, str] = {}
    clash: set[str] = set()
    for e in packs.entity_pack("actors"):
        for a in e.aliases:
            if getattr(a, "requires", None):
                continue
            k = " ".join(fold_text(a.text).split())
            if k in out and out[k] != e.id:
                clash.add(k)
            out.setdefault(k, e.id)
    return {k: v for k, v in out.items() if k not in clash}


def _listed_alias(cue: str, name: str) -> str | None:
    """The actor a plural or dual formation noun and a quoted name after it make together: the noun as
    written or its singular (roles formation_cues_quoted_plural) before the name is a pack alias."""
    singular = _plural_singulars()
    aliases = _actor_aliases()
    name = " ".join(name.split())
    for head in (cue, singular.get(cue)):
        if head and (ref := aliases.get(f"{head} {name}")) is not None:
            return ref
    return None


@cache
def _plural_singulars() -> dict[str, str]:
    """Folded plural or dual formation noun → its folded singular (roles formation_cues_quoted_plural)."""
    return {fold_text(k): fold_text(v) for k, v in _roles().get("formation_cues_quoted_plural", {}).items()}


def _digits_trimmed(ftext: str, fs: int, fe: int) -> int:
    """The end of a name found from `fs` to `fe` (folded offsets) with digits glued to its last word cut off
    (a typo drops the space before an age or a count: «أحمد أبو غزال23) عاما)»); digits end a name, never
    belong to it. A span of digits only is kept as it is."""
    end = fe
    while end > fs and ftext[end - 1].isdigit():
        end -= 1
    return end if end > fs and ftext[end - 1].isalpha() else fe


def _short_accusative(word: str) -> bool:
    """Whether a folded four-letter word in ا is the indefinite accusative of a three-letter common word that
    no given name is (خلفا، بدلا، سعيا، ردا): an adverb or object before its complement (خلفا لأحمد ...)."""

    vocab = _ner.corpus_words()
    # the word itself a common word too: a short foreign name in ا (ثريا، لانا، إلسا) the corpus rarely writes
    return len(word) == 4 and word.endswith("ا") and isinstance(vocab, dict) and _common_stem(word[:-1], vocab) \
        and _common_stem(word, vocab)


def _circumstantial_participle(word: str) -> bool:
    """Whether a folded word is an active participle in the indefinite accusative (مرتديا، منتعلا، متوجها،
    مطالبا): م, at least five letters, ا at the end, no given name, and its feminine (مرتدية) or masculine
    plural (مرتدين) a common word of the corpus. Such a ḥāl follows the subject it describes and opens no
    name; a foreign name in م…ا (مونيكا، ميليسا) has no feminine or plural in use."""
    if len(word) < 5 or not word.startswith("م") or not word.endswith("ا") or is_given_name(word):
        return False

    vocab = _ner.corpus_words()
    stem = word[:-1]
    return isinstance(vocab, dict) and any(_common_stem(stem + suffix, vocab) for suffix in ("ه", "ين", "ون"))


def _hamza_final_noun(word: str, vocab) -> bool:  # type: ignore[no-untyped-def]
    """Whether a folded word in اء is a common noun whose indefinite accusative shows no ا (نداء، لقاء، بناء):
    no given name, and its definite form (النداء) a common word of the corpus. After a full name such a word
    is the verb's object (وجه الرئيس موشيه كاتساف نداء إلى ...), never a third name."""
    return word.endswith("اء") and len(word) >= 4 and not is_given_name(word) and _common_stem("ال" + word, vocab)
