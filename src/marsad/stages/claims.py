"""Stage: claims — who tells what, and through whom (the chain of attribution, isnad).

Each attribution cue (a verb such as أفادت/أكد/تشير, or a prepositional phrase such as وفق/بحسب/نقلاً عن)
opens a claim. The stage finds the source phrase (the subject after the verb, the object of the
preposition, or a source noun right before a verb: "أنباء وردت"), the outlet the source spoke to ("لـ«الوطن»",
"للجزيرة نت", "في حديث مع …") as the OUTER link, and continuations ("وأضاف أن" with no new subject, a
quoted paragraph right after a claim, "وتابع قائلاً:") that keep the previous chain. A teller may also stand before
its verb (after an opener, an editorial aside such as يذكر أن, the topic particle أما, or as the antecedent of a
relative pronoun: "X الذي أعلن أن"), and a participle of saying ("…، قائلاً إن") gives the sentence's subject a
claim. Two tellers of one verb (قال X وY إن، بحسب X وY) are two links; an outlet that carried a statement (في بيان
نقلته وكالة X) is the outer link; a trailing "، نقلاً عن X" after an outlet's claim and a teller inside the content
(قال المحافظ إن قوات الأمن ذكرت أن) are inner links of that claim, not claims of their own. A teller may also close
its sentence after a comma (…، كما تقول الأونروا.، «…»، تضيف فلانة.، …، على حد تعبير قائد ميداني.): the sentence's
end then stands where أن/إن would, and the claim spans the words before the comma. A definite title with no
name (الوزير الأمريكي) is the person named earlier with that title. Sources are linked to the entities of the earlier
stages when those exist; otherwise they are recognised by pattern (role nouns, source nouns, outlet nouns, names),
so the stage degrades gracefully when the entity packs know nothing. Word lists live in data/attribution.json (its
`grammar` group holds the closed classes).

Everything is matched on tokens of `doc.folded.text` (diacritics and letter variants folded) and mapped
back to `doc.text` offsets with `doc.folded.span`. Tokenising is one linear regex; every look-ahead is
bounded by a fixed number of tokens, so the stage is linear in the length of the text.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass, field
from functools import cache
from itertools import repeat
from typing import NamedTuple

from marsad import index_cache, model, packs
from marsad.packs import load_json
from marsad.pipeline import Doc, EntityDraft, stage
from marsad.textnorm import (
    fold_text,
    match_columns,
    proclitic_splits,
    proclitic_stripper,
    with_proclitics,
)

#: the clitics.json set of the conjunctions و ف that the stage takes off a word before a look-up
_CONJ = "conj"

# a word or one punctuation character; no nested quantifiers, so linear. A hashtag's # and the underscores
# between its words are no tokens: "وأكدت #الشرطة"، "أعلن #الجيش_اليمني" name their tellers as plain words do
_TOKEN = re.compile(r"[^\W_]+|[^\w\s#]")
_QUOTE = '"'  # every quotation mark folds to this (charmap.json)
#: what closes a sentence of running text (a heading or a link to another story has none of these)
_CLOSERS = frozenset('.!?؟:"”»)…')
_PUNCT_STOP = frozenset({"،", ",", ":", ".", "؛", ";", "!", "?", "؟", "-"})
_MAX_NP = 14  # longest source phrase, in tokens
_MAX_QUOTE = 600  # longest direct quote followed, in tokens
_FAR_REACH = 6  # the most sentences a bare continuation reaches back over to its teller (see `_distant_teller`)


def _f(s: str) -> str:
    return " ".join(fold_text(s).split())


def _grammar(key: str) -> frozenset[str]:
    """A closed word class of attribution.json's `grammar` group, folded (see its `about`)."""
    return packs.folded_words("attribution", key, "grammar")


#: single function words the grammar steers by, by role (في، عن، قد، نقلا، وكالة …), folded
_FUNCTION = {k: _f(v) for k, v in load_json("attribution")["grammar"]["function_words"].items()}
_FI = _FUNCTION["in"]
_AN = _FUNCTION["about"]
_MIN = _FUNCTION["from"]
_QAD = _FUNCTION["qad"]
_NAQLAN = _FUNCTION["relayed"]
_WAQT = _FUNCTION["time"]
_ABR = _FUNCTION["via"]
_AGENCY = _FUNCTION["agency"]
_DEMONSTRATIVES = _grammar("demonstratives")
#: lemmas of verbs of telling whose object opens with من (حذر من): that من ends the teller after the verb
_FROM_OBJECT_VERBS = _grammar("from_object_verbs")
#: what must follow a strict verb (بيّن) or its subject: أن/إن or a colon
_STRICT_COMPS = _grammar("strict_complements")
#: particles that negate a verb of saying (لم يذكر اسمه): no attribution
_NEGATORS = _grammar("negators")
#: words after which a source phrase opens a clause before its verb (وكان العراق أعلن، وما زال المسؤولون ينفون)
_PRE_OPENERS = _grammar("pre_openers")
#: temporal words before أن that leave the next verb a main verb (بعد أن أعلنت أنقرة)
_TIME_BEFORE_AN = _grammar("time_before_an")
#: verbs that name a person (مسؤولة كردية تدعى هيفي مصطفى): the name belongs to the source
_NAMING = _grammar("naming")
#: prepositions before a source noun received by the teller (حصل على معلومات تفيد، اطلع على وثائق تؤكد)
_EMBED_PREPS = _grammar("embed_preps")
#: first halves of compound surnames (عبد الرحمن، أبو بكر): a later mention may use both words
_COMPOUND = _grammar("compound_name_parts")
_RELATIVE = _grammar("relatives")
#: an object pronoun on a verb after a relative pronoun points back to the antecedent (الأمر الذي نفاه الجيش)
_OBJECT_PRONOUNS = tuple(_grammar("object_pronouns"))
#: words that never start a name (أي صيغة، كل الأطراف، بعض المصادر; قالت فيه إنها: the teller is elsewhere)
_NOT_NAME = _grammar("not_name")
_ADDRESSEE_STOPS = _grammar("addressee_stops")
_MA_WORDS = _grammar("ma_words")
_RELAY_MA_VERBS = _grammar("relay_ma_verbs")
_OWN_CORRESPONDENT = _grammar("own_correspondent")
_PARTICIPLE_PREPS = _grammar("participle_preps")
_TOPIC_RESUMERS = _grammar("topic_resumers")
_ALA_VERBS = _grammar("ala_verbs")
_IN_IT = _grammar("in_it")
_ISSUE_VERBS = _grammar("issue_verbs")
#: topic particles whose topic is the subject of the next verb with ف (أما الوزير فقال)
_TOPIC = _grammar("topic_particles")
#: dates and times that may stand between a speaker and أن/إن (وأعلنت الأمم المتحدة الخميس أنها)
_TIME_WORDS = _grammar("time_words")
#: a preposition fused to a verbal noun (بتلقي، لمتابعي): the word only ends like a nisba
_VERBAL_NOUN_PREFIXES = tuple(sorted(_grammar("verbal_noun_prefixes")))
#: imperfect verbs read as passives with no subject after them (ويتوقع أن): never the last teller going on
_IMPERSONAL = _grammar("impersonal_forms")
#: object pronouns on a relay verb after a medium (في بيان نقلته وكالة X)
_PASS_ON_SUFFIXES = tuple(sorted(_grammar("pass_on_suffixes"), key=len, reverse=True))
#: أن/إن carrying a subject pronoun (إنه، أنها): the verb after them has that pronoun for subject
_PRONOUN_COMPS = _grammar("pronoun_complements")
#: لكنه، ولكنها: a connective whose pronoun is the subject of the verb after it
_PRONOUN_CONNECTIVES = _grammar("pronoun_connectives")
#: verbs of stance (أبدى، رأى): their subject inside another teller's content is no further link of the chain
_STANCE_VERBS = _grammar("stance_verbs")
#: words that make أن a connective (بيد أن، رغم أن): what follows is no content of the last verb of saying
_CONNECTIVES_BEFORE_AN = _grammar("connectives_before_an")
#: heads of an office or body in construct (مركز الدفاع المدني)
_OFFICE_HEADS = _grammar("office_heads")
#: the words of an age in brackets after a name (حسن (52 عاماً))
_AGE_WORDS = _grammar("age_words")
#: كان and its forms: a subject between them and a verb (وكانت دمشق اتهمت) or before them (ترامب كان قد قال)
_KANA = _grammar("kana_forms")
#: according-to cues that give the grounds of an action (بناء على): information after them tells nothing
_GROUNDS = _grammar("grounds_cues")
#: verbs that ascribe words to someone after إلى (نسبت الوكالة إلى مسؤول قوله): that one is an inner link
_ASCRIBE = _grammar("ascribe_verbs")
_ASCRIBED_SAYING = _grammar("ascribe_sayings")
#: words that pick some of a source noun's tellers (أحد السكان، عدد من الشهود، اثنان من المسؤولين)
_PARTITIVES = _grammar("partitives")
#: the partitives that pick one teller of a group (أحد، إحدى): a name set off after them is that teller's
_ONE_OF = frozenset(_f(w) for w in ("أحد", "إحدى"))
#: words of recency before a document noun (أحدث استطلاع، آخر تقرير): the document tells, they are no part of its name
_RECENCY = _grammar("recency_words")
#: according-to cues whose object is what the teller of the clause after them took a report from (ونقلاً عن
#: مصدر، ذكرت القناة أن): that object is the inner link, not the outer one (وبحسب وكالة X، قال Y)
_INNER_LEADS = _grammar("inner_leads")
#: pronouns after a relay verb that point to the teller just cited (ونقلت عنه وكالة X)
_RELAY_PRONOUNS = _grammar("relay_pronouns")
#: pronouns that open an aside describing the word before them (وهو قيادي سابق، وهي معلمة)
_ASIDE_PRONOUNS = _grammar("aside_pronouns")
#: bodies that speak for themselves (الشرطة، السفارة): a bare definite one is that body, never the unnamed
#: source an outlet quoted before (as المصدر is)
_BODY_NOUNS = _grammar("body_nouns")
#: the first half of a compound given name, before a definite word (عبد الرحمن، أبو الفضل)
#: the head nouns of bodies: with ل on them after a title they name the body it is of (لهيئة، لمجلس، لوزارة)
_LAM_BODY_HEADS = _grammar("office_heads") | _grammar("body_nouns") | _grammar("definite_body_heads") \
    | _grammar("alias_body_heads")
_NAME_LINKS = frozenset(_f(w) for w in ("عبد", "أبو", "ابو"))
_ALLAH = _f("الله")
#: prepositions a verb of saying takes its content with (حذر من، كشف عن، أشار إلى، شدد على)
_PREP_COMPS = frozenset(_f(w) for w in ("من", "عن", "إلى", "الى", "على"))
#: plural heads of a group of people named by what they lead or stand for (مشايخ قبائل صعدة، وجهاء عشيرة …):
#: the genitive after them is part of the teller, never the verb's object
_GROUP_HEADS = _grammar("group_heads")
#: broken plurals of persons (زعماء، سكان): a singular verb that resumes a subject cannot point to them
_PLURAL_PERSON_HEADS = _grammar("plural_person_heads")
#: heads of a definite phrase after بحسب/وفق that names a body telling (بحسب الجمعية), not a measure (وفقاً للتطورات)
_DEFINITE_BODY_HEADS = _grammar("definite_body_heads")
#: more nouns that head a body whose short name may follow in brackets (جهاز الأمن العام (شين بيت))
_ALIAS_BODY_HEADS = _grammar("alias_body_heads")
#: titles of members who sit for a bloc or a district (النائب عن …): عن after them opens no inner source
_REPRESENTING = _grammar("representing_roles")
#: lemmas of verbs of telling whose object opens with عن (أعرب عن، كشف عن)
_ABOUT_OBJECT_VERBS = _grammar("about_object_verbs")
#: titles of envoys (المبعوث إلى اليمن): إلى and where they are sent belong to the title, as عن does above
_ENVOYS = _grammar("envoy_roles")
#: verbs that also mean "passed, adopted" (أقر) and the nouns of what a body passes (قانون، مشروع، موازنة):
#: with such an object near the teller, no one tells anything
_ENACT_VERBS = _grammar("enact_verbs")
#: verbs that are no verbs of saying but take على لسان (هدد، رحب، طالب): the subject before it speaks through the
#: teller after it, the outer link of the claim
_TONGUE_VERBS = _grammar("tongue_verbs")
#: phrases that hand on another's words as عن does (نقلت الوكالة على لسان مصدر): the inner link follows
_RELAY_PREPS = tuple(tuple(_f(x).split()) for x in load_json("attribution")["grammar"]["relay_preps"])
#: verbs of considering (اعتبر): with an object and its accusative predicate after them, no teller follows
_CONSIDER_VERBS = _grammar("consider_verbs")
#: verbs whose object stands right after them with بأن after it (اعتبر/وصف التحقيق بأنه …): a document there is
#: what is considered or described, not the teller
_OBJECT_BI_VERBS = _grammar("object_bi_verbs")
_ENACTED = frozenset(w[2:] if w.startswith("ال") and len(w) > 4 else w for w in _grammar("enacted_objects"))
_ALA_TO = frozenset({_f("إلى"), _f("الى")})
_TITLE_BI = _grammar("title_bi_words")
_TITLE_BI_PREFIXES = tuple(sorted(_TITLE_BI))
_ACCUSE_VERBS = _grammar("accuse_verbs")
_MEDIUM_PREPS = _grammar("medium_preps")
#: words that name or place a platform after a verb of saying (على تويتر، عبر حسابه الرسمي في إكس)
_PLATFORM_WORDS = _grammar("platform_words")
#: of those, the ones that name a platform, not a preposition or an adjective
_PLATFORM_NAMES = _PLATFORM_WORDS - _grammar("medium_preps") - _grammar("platform_qualifiers")
_COUNTERPARTS = _grammar("counterparts")
#: adverbs and prepositions that may stand between a verb and أن/إن, never part of a teller's name
_MANNER = _grammar("manner_words")
# the words that tie a name to its next word (بن، آل، أبو): what follows them is a name's, whatever else it means
_NAME_TIES = _grammar("name_ties")
#: nouns of time that a time word (الماضي) follows: الشهر الماضي after a name is a date, not part of it
_TIME_NOUNS = _grammar("time_nouns")
#: the words for "year" before a year's number (عام 2014، لعام 2014)
_YEAR_NOUNS = _grammar("year_nouns")
#: agreements, laws and resolutions: after بحسب/وفق what an act conforms to, not who tells it
_NORM_DOCUMENTS = _grammar("norm_documents")
#: "others" closing a second teller before a plural verb (وقادة عسكريون آخرون حذروا)
_OTHERS = _grammar("others_words")
#: أن/إن with the ف that opens the content after an according-to cue (بحسب المصادر فإن)
_FA_COMPS = _grammar("fa_complements")
#: prepositions of time (قبيل، عقب): a phrase they open is a time, never a teller, whatever stage named it
_TIME_PREPS = _grammar("time_preps")
#: what is published (أخبار، صور) right after نشر/بث with no article: the verb's object, never its teller
_PUBLISHED = _grammar("published_objects")
#: verbs of informing (أبلغ، أخبر): after a subject before them, the phrase after them is the one told
_INFORM_VERBS = _grammar("inform_verbs")
#: prepositions and construct heads after which a verb's bare form is its verbal noun (احتجاجاً على نقل السفارة،
#: عملية نقل المقاتلين): no verb of saying
_MASDAR_BEFORE = _grammar("masdar_before")
#: verbal nouns that open what is denied or confirmed (نفى مدير المستشفى وقوع إصابات، أكد قائد الشرطة سقوط قذائف):
#: never a word of a name or title, so an unnamed teller's phrase ends before them
_OBJECT_MASDARS = _grammar("object_masdars")
#: the writer as the one spoken to (قال لي، ذكر لنا): never a teller
_TO_WRITER = _grammar("to_writer")
#: connectives with no pronoun before a singular verb of saying (لكن قال): its subject is the sentence's subject
_BARE_CONNECTIVES = _grammar("bare_connectives")
#: verbs of showing (أظهر): with an object and وهو/وهم after it they show a scene, no claim
_DEPICT_VERBS = _grammar("depict_verbs")
#: past forms of saying that open a relative clause with no relative pronoun (بث التنظيم رسالة قال إنها لزعيمه): the
#: sentence's subject tells (the present, هجوماً تقول إنه يستهدف, is the article's background, no claim)
_ASYNDETIC_VERBS = _grammar("asyndetic_verbs")
#: "semi" before a qualifier (شبه الرسمية): the two words are one qualifier of an outlet's name
_SEMI = _grammar("semi_words")
#: what an agency is for (مكافحة، الاستخبارات، الطاقة): after وكالة it names a government or UN body, not an outlet
_AGENCY_BODIES = _grammar("agency_bodies")
# verbs that tell only with فيه/فيها after a statement just issued (بيانا جاء فيه): read by `statement_issuer`
_IN_IT_VERBS = _grammar("in_it_verbs")
# verbs of saying whose unparsed subject stands between them and أن/إن (see `bounded_subject`)
_BOUNDED_VERBS = _grammar("bounded_subject_verbs")
# of them, those whose content may open with بـ and a verbal noun (أفاد بمقتل)
_BI_MASDAR_VERBS = _grammar("bi_masdar_verbs")
#: pronouns on a preposition of time (خلالها، بعده): still a time phrase
_TIME_PRONOUNS = tuple(_f(p) for p in ("هما", "هم", "ها", "ه"))
#: a possessive pronoun on a noun (زوجته، محاميتها): someone's kin or counsel, a person
_POSSESSIVE = ("ه", "ها")
#: the pronouns a title takes for the body it heads (مديرها، رئيسه، قائدهم), longest first
_POSSESSIVE_TITLE = tuple(sorted(_grammar("title_pronouns"), key=len, reverse=True))
#: peoples named by a broken plural (أكراد، أتراك): before a plural verb of saying they speak as a side
_PEOPLES = _grammar("peoples")
#: bodies known by one word written without the article (يونيسف، أوكسفام): a teller, but never a surname
_BARE_BODIES = _grammar("bare_bodies")
#: a possessive pronoun on a plural or a group noun (أصدقاؤها، معارضوهم): people, not one surname
_GROUP_SUFFIXES = tuple(sorted(_grammar("group_suffixes"), key=len, reverse=True))
_TRAILING_OPENERS = _grammar("trailing_openers")
#: participles that qualify a body before أن/إن (المنظمة التابعة للأمم المتحدة إن): never part of the teller
_BODY_MODIFIERS = _grammar("body_modifiers")
#: the participles of belonging among them (التابع لـ): a named body after them completes the body's name
_AFFILIATION = _grammar("affiliation_participles")
#: verbs of learning (علم المرصد من مصادر أن): the one who learned tells, the source after من is its inner link
_LEARN_VERBS = _grammar("learn_verbs")
#: modifiers that place an outlet on a side (صحيفة الوطن القريبة من الحكومة، المحسوبة على …): skipped between a
#: relaying teller and its عن
_SIDE_MODIFIERS = _grammar("side_modifiers")
#: pictures and recordings (صور، فيديو، مقطع): what they show is a scene, no telling, unless أن/إن follows
_VISUAL_RECORDS = _grammar("visual_records")
#: أن/إن and their forms with a pronoun: the complements a depicting verb tells with
_THAT_FORMS = frozenset(_f(w) for w in load_json("attribution")["complementizers"]) - _grammar("prepositions")
#: according-to cues that tell only through a verbal noun after them (على حد تعبيره، على حد قول فلان)
_NOUN_CUES = frozenset(tuple(_f(x).split()) for x in load_json("attribution")["grammar"]["noun_cues"])
_HIS = _f("ه")
_BI_ISM = _f("باسم")  # "in the name of": a spokesman's title ends on it (الناطق باسم …)
_ALA_WORD = _f("على")
_ALA_SPELLED = re.compile(r"(?<!\w)على(?!\w)")
_ALI_SPELLED = re.compile(r"[وف]?علي")


def _bi_object(t: str) -> bool:
    """A folded word with بـ on a definite or verbal noun (بالهجوم، باستخدام), not a title's own بـ word
    (باسم، باسمها، بالنيابة): the object of a verb that takes بـ (ندد، رحب، طالب), never part of a teller."""
    return len(t) > 5 and t.startswith(("بال", "باست", "بت", "بم")) and not t.startswith(_TITLE_BI_PREFIXES)


@cache
def _witness_pairs() -> dict[str, frozenset[str]]:
    """A source noun and the words that complete it as a qualifier (شهود عيان)."""
    pairs = load_json("attribution")["grammar"]["witness_pairs"]
    return {_bare(_f(k)): frozenset(_f(w) for w in v) for k, v in pairs.items()}


def _bare(word: str) -> str:
    """Drop the article: المصادر → مصادر (keeps short words such as الى intact)."""
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


@dataclass(frozen=True, slots=True)
class Verb:
    lemma: str
    modality: str | None
    needs_subject: bool
    needs_complement: bool
    #: counts only when أن/إن/: follows it, or follows its source subject (بيّن أن; بين = between)
    strict: bool = False
    #: needs no أن/إن when its subject is a known entity or a named person (أعلنت أنقرة مقتل …)
    entity_skips: bool = False
    #: prepositions that, met before any complement, show the verb's other sense (نقل المصابين إلى: transported)
    not_comps: frozenset[str] = frozenset()
    #: phrases that open the verb's content though they start with one of not_comps (نقل على لسان X: relayed)
    comp_phrases: tuple[tuple[str, ...], ...] = ()
    #: a strict verb whose other sense never takes a quote right after it (وتابع "…": went on, the last teller
    #: speaking; بين "قسد" و…: between); after its subject a quote is still an object (تابع المراقبون "الحدث")
    quote_ok: bool = False


#: جاء read only after a statement with فيه after it (see `_IN_IT_VERBS`)
_IN_IT_VERB = Verb(lemma="جاء", modality=None, needs_subject=True, needs_complement=True)


@dataclass(slots=True)
class Lexicon:
    verbs: dict[str, Verb]
    noun_first: frozenset[str]
    according: dict[str, list[tuple[str, ...]]]
    ma_verbs: frozenset[str]
    addressee: dict[str, list[tuple[str, ...]]]
    outlet_nouns: frozenset[str]
    outlet_suffixes: frozenset[str]
    source_nouns: dict[str, str]  # bare folded head -> kind
    multi_nouns: dict[tuple[str, ...], str]
    multi_heads: frozenset[str]
    anaphoric: frozenset[str]
    qualifiers: frozenset[str]
    official_q: frozenset[str]
    close_to: dict[str, list[tuple[str, ...]]]
    roles: dict[str, list[tuple[str, ...]]]
    role_mods: frozenset[str]
    comps: frozenset[str]
    openers: frozenset[str]
    multi_openers: list[tuple[str, ...]]
    stops: frozenset[str]
    medium: frozenset[str]
    media: frozenset[str]
    info: frozenset[str]
    #: verbs of a relative clause that hand on a report (المرصد، الذي نقل عن مصادر): an inner link
    relay_verbs: frozenset[str]
    #: nouns for a correspondent: the outlet speaks through them
    correspondents: frozenset[str]
    #: "our agency/network …": the publisher itself
    own_outlet_words: frozenset[str]
    #: وتابع قائلاً: / بالقول إن: the content follows, the teller is the previous one
    saying_adverbs: frozenset[str]
    #: وقال حينها/أيضاً X: adverbs between a verb and its subject
    post_verb_adverbs: dict[str, list[tuple[str, ...]]]
    #: يذكر أن / تجدر الإشارة إلى أن: the article's own aside, never a teller
    editorial: dict[str, list[tuple[str, ...]]]
    #: the same phrases by their last word, to look back from the clause after them
    editorial_by_last: dict[str, list[tuple[str, ...]]]
    #: words after an outlet's name that still belong to it (وكالة فرانس برس للأنباء عن …)
    outlet_tails: frozenset[str]
    #: object pronouns after a ma-verb (بحسب ما كشف عنه)
    ma_objects: frozenset[str]
    #: active participles of saying (قائلاً، مضيفاً، مؤكداً) that hand the sentence's subject a quote
    participles: frozenset[str]


_LEXICON_FILES = ("attribution.json", "charmap.json", *index_cache.code_files("textnorm", "stages/claims"))


@cache
def lexicon() -> Lexicon:
    return index_cache.cached("claims", _LEXICON_FILES, _build_lexicon)


def _build_lexicon() -> Lexicon:
    d = load_json("attribution")
    verbs: dict[str, Verb] = {}
    for lemma, info in d["verbs"].items():
        v = Verb(lemma, info.get("modality"), bool(info.get("needs_subject")),
                 bool(info.get("needs_complement")), bool(info.get("strict_complement")),
                 bool(info.get("entity_skips_complement")),
                 frozenset(_f(x) for x in info.get("not_complements", ())), tuple(
                     tuple(_f(x).split()) for x in info.get("complement_phrases", ())),
                 bool(info.get("quote_complement")))
        for form in info["forms"]:
            verbs.setdefault(_f(form), v)

    def seqs(items: list[str]) -> list[tuple[str, ...]]:
        # longest first so that "وفقا لما" wins over "وفقا ل"
        # (ties by letters, then text: "وفقا لما" before "وفقا ل", the same order on every run)
        return sorted({tuple(_f(x).split()) for x in items}, key=lambda s: (-len(s), -len("".join(s)), s))

    nouns: dict[str, str] = {}
    multi: dict[tuple[str, ...], str] = {}
    for k, kind in d["source_nouns"].items():
        parts = tuple(_bare(w) for w in _f(k).split())
        if len(parts) == 1:
            nouns[parts[0]] = kind
        else:
            multi[parts] = kind
    openers = [tuple(_f(x).split()) for x in d["clause_openers"]]
    return Lexicon(
        relay_verbs=frozenset(_f(x) for x in d["relay_verbs"]),
        correspondents=frozenset(_f(x) for x in d["correspondents"]),
        own_outlet_words=frozenset(_f(x) for x in d["own_outlet_words"]),
        saying_adverbs=frozenset(_f(x) for x in d["saying_adverbs"]),
        post_verb_adverbs=_index(seqs(d["post_verb_adverbs"])),
        editorial=_index(seqs(d["editorial_openers"])),
        editorial_by_last=_index_last(seqs(d["editorial_openers"])),
        outlet_tails=frozenset(_f(x) for x in d["outlet_tails"]),
        ma_objects=frozenset(_f(x) for x in d["ma_objects"]),
        participles=frozenset(_f(x) for x in d["participles"]),
        verbs=verbs,
        noun_first=frozenset(_f(x) for x in d["noun_first_verbs"]),
        according=_index(seqs(d["according_to"])),
        ma_verbs=frozenset(_f(x) for x in d["ma_verbs"]),
        addressee=_index(seqs(d["addressee"])),
        outlet_nouns=frozenset(_bare(_f(x)) for x in d["outlet_nouns"]),
        outlet_suffixes=frozenset(_f(x) for x in d["outlet_suffixes"]),
        source_nouns=nouns,
        multi_nouns=multi,
        multi_heads=frozenset(k[0] for k in multi),
        anaphoric=frozenset(_f(x) for x in d["anaphoric"]),
        qualifiers=frozenset(_bare(_f(x)) for x in d["qualifiers"]),
        official_q=frozenset(_bare(_f(x)) for x in d["official_qualifiers"]),
        close_to=_index(seqs(d["close_to"])),
        roles=_index(seqs(d["person_roles"])),
        role_mods=frozenset(_bare(_f(x)) for x in d["role_modifiers"]),
        comps=frozenset(_f(x) for x in d["complementizers"]),
        openers=frozenset(o[0] for o in openers if len(o) == 1),
        multi_openers=[o for o in openers if len(o) > 1],
        stops=frozenset(_f(x) for x in d["stop_words"]),
        medium=frozenset(_f(x) for x in d["medium_nouns"]),
        media=frozenset(_bare(_f(x)) for x in d.get("media_nouns", ())),
        info=frozenset(_bare(_f(x)) for x in d.get("info_nouns", ())),
    )


class Tok(NamedTuple):
    """A token: a named tuple (a document has thousands, and a tuple is the cheapest record to make)."""

    s: int  # folded offsets
    e: int
    t: str


@dataclass(slots=True)
class NP:
    """A parsed source phrase: tokens [i, j) of the token list."""

    kind: str
    i: int
    j: int
    s: int
    e: int
    qualifiers: list[str] = field(default_factory=list)
    role: str | None = None
    entity: str | None = None
    outer: list[model.Source] = field(default_factory=list)
    anaphoric: bool = False
    definite: bool = False
    name: str | None = None  # a person's name as written (for later bare-surname mentions)
    text: str | None = None  # overrides the surface text (an anaphoric outlet noun resolved)


@cache
def _given_names() -> frozenset[str]:
    data = load_json("given_names")
    return frozenset(_f(w) for w in [*data.get("names", ()), *data.get("ambiguous", ())])


@cache
def _nominal_cues() -> tuple[frozenset[str], frozenset[str]]:
    """`attribution.json` nominal_cues: verbal nouns of telling (إعلان، بيان) and the words after their
    genitive that show no claim follows (بيان الجيش الصادر أمس)."""
    d = load_json("attribution").get("nominal_cues", {})
    return frozenset(_f(x) for x in d.get("words", ())), frozenset(_f(x) for x in d.get("not_content", ()))


@cache
def _according_nouns() -> tuple[frozenset[str], tuple[str, ...]]:
    """`attribution.json` according_nouns: verbal nouns between an according-to cue and its teller (بحسب تأكيد
    مصدر …), and the possessive suffixes that make the teller the one already speaking (بحسب تعبيره)."""
    d = load_json("attribution").get("according_nouns", {})
    sufs = tuple(sorted((_f(x) for x in d.get("possessive_suffixes", ())), key=len, reverse=True))
    return frozenset(_f(x) for x in d.get("words", ())), sufs


def _according_noun(w: str) -> tuple[bool, bool]:
    """(is a verbal noun of telling, carries a possessive pronoun) for a folded word."""
    nouns, sufs = _according_nouns()
    if w in nouns:
        return True, False
    for suf in sufs:
        stem = w[: -len(suf)]
        # a ta marbuta turns to ت before the pronoun (رواية → روايته)
        if w.endswith(suf) and len(stem) > 2 and (
                stem in nouns or (stem.endswith("ت") and _f(stem[:-1] + "ة") in nouns)):
            return True, True
    return False, False


@cache
def _nominal_forms() -> frozenset[str]:
    """The verbal nouns of `_nominal_cues` bare and with a proclitic و/ف/ب/ل and their pairs (clitics.json
    conj_prep_no_kaf; one set lookup per token)."""
    nouns = _nominal_cues()[0]
    return frozenset(nouns | {f for w in nouns for f in with_proclitics(w, "conj_prep_no_kaf", min_stem=1)})


@cache
def _nominal_his_forms() -> frozenset[str]:
    """The verbal nouns of `_nominal_cues` with the pronoun ه (إعلانه، تأكيده، نفيه), bare and with a proclitic:
    the man telling is one the article has just named."""
    words = load_json("attribution").get("nominal_cues", {}).get("his_words", ())
    his = {_f(w) + _HIS for w in words}
    # clitics.json conj_bi has no لـ: "وفقاً لنسخة لتصريحاته" (of his statements) names a text, not his telling
    return frozenset(his | {f for w in his for f in with_proclitics(w, "conj_bi", min_stem=1)})


@cache
def _cue_words() -> frozenset[str]:
    """Every token at which `try_according`, `try_verb` or `try_nominal` can match (a superset is harmless)."""
    lx = lexicon()
    words = set(lx.according) | set(lx.verbs)
    conj = {f for w in words for f in with_proclitics(w, _CONJ, min_stem=1)}
    return frozenset(words | conj | lx.participles | _nominal_his_forms() | _nominal_forms() | _IN_IT_VERBS)


@cache
def _verb_genders() -> dict[str, str]:
    """The singular forms of the verbs of saying by gender: "f" for the past with ت and the present with ت
    (قالت، أضافت، تقول), "m" for the bare past and the present with ي (قال، أضاف، يقول); plural forms and
    forms with an object pronoun have none."""
    out: dict[str, str] = {}
    for lemma, info in load_json("attribution")["verbs"].items():
        forms = {_f(x) for x in info["forms"]}
        base = _f(lemma)
        for w in sorted(forms):
            if w == base + "ت" or (w.startswith("ت") and "ي" + w[1:] in forms):
                out.setdefault(w, "f")
            elif w == base or (w.startswith("ي") and "ت" + w[1:] in forms):
                out.setdefault(w, "m")
    return out


def _verb_gender(text: str) -> str | None:
    """"m" or "f" for a cue that is one singular verb of saying with or without و/ف (وأشارت، فقال), else None."""
    words = _f(text).split()
    if len(words) != 1:
        return None
    genders = _verb_genders()
    return genders.get(words[0]) or genders.get(_unprefix(words[0]))


@cache
def _gendered_heads() -> frozenset[str]:
    """The bare folded head nouns of bodies, outlets, offices and documents whose form shows their gender."""
    d = load_json("attribution")
    heads = {_bare(_f(w)) for key in ("office_heads", "body_nouns", "definite_body_heads", "alias_body_heads")
             for w in d["grammar"][key]}
    heads |= {_bare(_f(w)) for w in d["outlet_nouns"] if " " not in w}
    heads |= {_bare(_f(w)) for w, kind in d["source_nouns"].items() if kind != "anonymous" and " " not in w}
    return frozenset(heads - _grammar("ungendered_heads"))


def _body_gender(src: model.Source) -> str | None:
    """"f" or "m" for a body, outlet or document teller by its head noun (وزارة، الحكومة، القوات، وكالة: "f";
    الجيش، المرصد، مكتب، المتحدث: "m"); None for a name with no head noun (رويترز) or a plural whose
    verb may take either gender (مسؤولون، تقارير: grammar.ungendered_heads)."""
    if src.kind not in ("official", "outlet", "document"):
        return None
    words = _f(src.text).split()
    head = _bare(words[0]) if words else ""
    if head not in _gendered_heads() or head.endswith(("ون", "ين")):
        return None
    return "f" if head.endswith(("ه", "ات")) else "m"


def _plural_verb(t: str) -> bool:
    """A verb of saying in the plural (قالوا، يقولون، ويؤكدون): its subject is no one person."""
    w = _unprefix(t)
    return len(w) > 3 and (w.endswith("وا") or (w[0] in "يت" and w.endswith("ون")))


def _suffix_person(t: str) -> str:
    """"m", "f" or "p" for the possessive pronoun a folded word ends with (قوله، روايتها، تصريحاتهم)."""
    if t.endswith("هم") or t.endswith("هما"):
        return "p"
    return "f" if t.endswith("ها") else "m"


def _agrees(text: str, kind: str, person: str) -> bool:
    """A teller phrase can be what a pronoun of that person points to: a feminine pronoun a body (most are
    feminine nouns or countries) or a woman named with a feminine title, a masculine one a person or a body
    whose head noun has no ة, a plural one any phrase but a person's."""
    head = _f(text).split()[0] if text.strip() else ""
    fem_head = head.endswith("ه") or head.endswith("ات")
    if person == "p":
        return kind != "person"
    if person == "f":
        return fem_head or kind in ("official", "outlet")
    return not fem_head


def _index(seqs: list[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    """Phrases by first word (longest first), so a token looks up only the phrases it can start."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for seq in seqs:
        out.setdefault(seq[0], []).append(seq)
    return out


def _index_last(seqs: list[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    """Phrases by their last word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for seq in seqs:
        out.setdefault(seq[-1], []).append(seq)
    return out


def _starting(idx: dict[str, list[tuple[str, ...]]], t: str) -> list[tuple[str, ...]]:
    """The phrases that may start at token t, with or without a و/ف on it (clitics.json conj)."""
    got = idx.get(t, [])
    for _, stem in proclitic_splits(t, _CONJ, min_stem=2):
        if stem in idx:
            got = sorted([*got, *idx[stem]], key=lambda s: (-len(s), -len("".join(s)), s))
    return got


#: drop a leading و/ف conjunction (clitics.json conj) from a token of 4+ letters (a bounded cache, no Python frame)
_unprefix = proclitic_stripper(_CONJ, 3)


class _Reader:
    """One document's claim extraction; the state is the claims so far."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.lx = lexicon()
        ft = doc.folded.text
        starts, ends, words = match_columns(_TOKEN, ft)
        # Tok(s, e, t) without the Python-level constructor
        self.toks = list(map(tuple.__new__, repeat(Tok, len(words)), zip(starts, ends, words, strict=True)))
        # the words and their count as plain attributes: `t` and `same_sentence` run ~1,000 times an article
        self._tok_words = words
        self._n_toks = len(self.toks)
        self.sent_starts = [s.start for s in doc.sentences]
        self.tok_sent = self._token_sentences()
        # the first token of each sentence, so a look back to a sentence's start costs nothing on a long line
        self._sent_first: dict[int, int] = {}
        for k, sent in enumerate(self.tok_sent):
            self._sent_first.setdefault(sent, k)
        self.bare_lines = self._bare_lines()
        # while a teller closing its sentence is parsed, the token where it ends (see `_closes`)
        self._close_at = -1
        self.claims: list[model.Claim] = []
        self.claim_sent: list[int] = []
        self.modality: dict[str, str] = {}
        self.consumed: set[int] = set()
        #: folded name word -> (name as written, role, entity id), for later bare-surname mentions
        self.persons: dict[str, tuple[str, str | None, str | None]] = {}
        #: the words (bare, folded) of each named person's phrase with its title, and the person's entity id,
        #: for a later title with no name (الوزير الأمريكي after وزير الدفاع الأمريكي جيمس ماتيس)
        self.titled: list[tuple[frozenset[str], str | None]] = []
        self.outlets: list[model.Source] = []
        self.own = self._own_outlet_names()
        self.own_aliases = self._own_outlet_aliases()
        self.last_corr: model.Source | None = None
        #: claims whose last link was handed on inside their content (أنه حصل على معلومات تفيد)
        self.embedded: set[str] = set()
        #: according-to claims that open their sentence before a comma (وحسب وكالة X، قال Y إن): a verb claim
        #: of the same sentence takes their chain as its outer links
        self.leading: set[str] = set()
        self._first: dict[str, int] | None = None
        self._titles: list[tuple[int, frozenset[str], str | None]] | None = None
        #: folded last word of each person entity's full-name mention -> entity id (built on first use)
        self._surnames: dict[str, str] | None = None
        #: folded words that stand next to another plain word somewhere in the article (فاتو بنسودا): the
        #: tokens where they do (built on first use)
        self._after_plain: dict[str, list[int]] | None = None
        #: whether the article spells the preposition على with a final ى anywhere: its writer tells ى from ي,
        #: so a علي written with ي is the given name
        self._alif_maqsura = _ALA_SPELLED.search(doc.text) is not None

    # ------------------------------------------------------------------ helpers

    def _bare_lines(self) -> frozenset[int]:
        """Sentences that are short lines with no closing punctuation in an article that uses it: headings and
        the links to other stories some outlets set between paragraphs (تركيا تنفي "تسليم أي تسجيلات"). They
        never name the one a pronoun points to. (Letting the last teller's run go on over them was tried: the
        paragraph after such links as often has a new teller the stage cannot read.)"""
        ends = [self.doc.text[s.start:s.end].rstrip()[-1:] for s in self.doc.sentences]
        if not any(e in _CLOSERS for e in ends):
            return frozenset()
        return frozenset(n for n, (s, e) in enumerate(zip(self.doc.sentences, ends, strict=True))
                         if e not in _CLOSERS and len(self.doc.text[s.start:s.end].split()) <= 14)

    def _sent_index(self, orig: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, orig) - 1)

    def _token_sentences(self) -> list[int]:
        """`_sent_index(orig(token start))` for every token, in one merge walk (tokens and sentences are
        both in text order; the folded-to-original map is increasing)."""
        index = self.doc.folded.index
        starts = self.sent_starts
        out: list[int] = []
        append = out.append
        n = len(starts)
        k = 0  # number of sentence starts <= the current token's original offset
        for tok in self.toks:
            pos = index[tok.s] if index is not None else tok.s
            while k < n and starts[k] <= pos:
                k += 1
            append(k - 1 if k else 0)
        return out

    def _own_outlet_names(self) -> list[str]:
        names: list[str] = []
        o = self.doc.outlet
        if o is not None:
            names += [o.name, o.name_en or ""]
        g = self.doc.given.get("outlet")
        if isinstance(g, str):
            names.append(g)
        if not names:
            # no metadata: a short signature line near the top or at the very end ("خاص - SY24",
            # "صحيفة الوطن") names the publisher; list items ("- الجزيرة نت") are cited sources, not it
            lines = [ln.strip() for ln in self.doc.text.split("\n") if ln.strip()]
            for ln in lines[:8] + lines[-2:]:
                if ln[0] in "-•*" or len(ln.split()) > 4 or ":" in ln:
                    continue
                names.append(ln.replace("خاص", " ").replace("-", " "))
        return [n for n in (self._outlet_key(x) for x in names) if n]

    def _appositive_np(self, app: tuple[EntityDraft | None, int], i: int, start: int, role: str | None,
                       role_end: int, end: int) -> NP:
        """The teller whose title (tokens i..end) is followed by a name set off by commas (`_appositive_name`):
        the person, with the name's entity when one is known, and any outlet inside the title."""
        ent, j = app
        np_ = NP("person", i, j, start, self.toks[j - 1].e, role=role, entity=ent.id if ent else None)
        np_.outer = self._outlet_in(role_end, end)
        n0 = end + 1 if ent is not None or self.t(end + 1) not in self.lx.roles else end + 2
        np_.name = self.surface(self.toks[n0].s, self.toks[j - 1].e)
        return np_

    def _own_outlet_aliases(self) -> frozenset[str]:
        """The pack's other names for the publishing outlet (سانا for a page of sana.sy): an outlet found by its
        domain is named in its own text by a short alias. They count only as a whole name, never as a part:
        a part such as «السوري» of «المرصد السوري» would make «الجيش السوري» the publisher."""
        o = self.doc.outlet
        entry = packs.entries_by_id().get(o.ref) if o is not None and o.ref else None
        if entry is None:
            return frozenset()
        keys = (self._outlet_key(x) for x in (entry.name, entry.name_ar, *(a.text for a in entry.aliases)))
        return frozenset(k for k in keys if k)

    def _outlet_key(self, name: str) -> str:
        words = [w for w in _f(name).replace(_QUOTE, " ").split() if _bare(w) not in self.lx.outlet_nouns]
        return " ".join(words)

    def is_own(self, name: str) -> bool:
        key = self._outlet_key(name)
        if not key:
            return False
        if key in self.own_aliases:
            return True
        return any(f" {key} " in f" {own} " or f" {own} " in f" {key} " for own in self.own)

    def orig(self, s: int, e: int) -> tuple[int, int]:
        return self.doc.folded.span(s, e)

    def surface(self, s: int, e: int) -> str:
        a, b = self.orig(s, e)
        return self.doc.text[a:b].strip()

    def t(self, i: int) -> str:
        return self._tok_words[i] if 0 <= i < self._n_toks else ""

    def same_sentence(self, i: int, k: int) -> bool:
        return 0 <= k < self._n_toks and self.tok_sent[k] == self.tok_sent[i]

    def entity_at(self, s: int, e: int, types: tuple[str, ...]) -> tuple[EntityDraft, int] | None:
        """An entity of `types` with a mention overlapping folded [s, e); also the mention's folded end."""
        if not self.doc.entities:
            return None
        a, b = self.orig(s, e)
        best: tuple[int, EntityDraft, int] | None = None
        for m, ent in self.doc.overlapping(a, b, types):
            if best is None or m.end - m.start > best[0]:
                best = (m.end - m.start, ent, m.end)
        if best is None:
            return None
        return best[1], best[2]

    def tok_until_orig(self, i: int, orig_end: int) -> int:
        """The token index just past the one that ends at or after `orig_end`."""
        j = i
        while j < len(self.toks) and self.doc.folded.orig(self.toks[j].s) < orig_end:
            j += 1
        return max(j, i + 1)

    def match_seq(self, i: int, seq: tuple[str, ...], first_conj: bool = True) -> tuple[int, bool] | None:
        """Match folded words `seq` at token i. A final "ل" matches a bare ل or a ل-prefixed next token:
        returns (index after the match, whether the next token must have its ل stripped)."""
        k = i
        for n, w in enumerate(seq):
            t = self.t(k)
            if not t:
                return None
            if n == len(seq) - 1 and w == "ل" and n > 0:
                if t == "ل":
                    return k + 1, False
                if t.startswith("ل") and len(t) > 2:
                    return k, True
                return None
            ok = t == w or (n == 0 and first_conj
                            and any(stem == w for _, stem in proclitic_splits(t, _CONJ, min_stem=2)))
            if not ok:
                return None
            k += 1
        return k, False

    def is_clause_start(self, i: int) -> bool:
        """The verb opens a clause: sentence start, a و/ف on it, or an opener (كما، فيما …) before it."""
        if i == 0 or not self.same_sentence(i, i - 1):
            return True
        t = self.t(i)
        if _unprefix(t) != t:
            return True
        prev = self.t(i - 1)
        if prev in self.lx.openers:
            return True
        return any(self.match_seq(i - len(o), o) == (i, False) for o in self.lx.multi_openers
                   if o[-1] == prev)

    # ------------------------------------------------------------------ source phrases

    def _strip_lam(self, i: int) -> Tok:
        t = self.toks[i]
        if t.t.startswith("لل") and len(t.t) > 3:
            return Tok(t.s + 2, t.e, "ال" + t.t[2:])
        return Tok(t.s + 1, t.e, t.t[1:])

    def tok_at(self, i: int, lam: bool) -> Tok | None:
        if not 0 <= i < len(self.toks):
            return None
        return self._strip_lam(i) if lam else self.toks[i]

    def consume_quote(self, i: int, limit: int = 16) -> int | None:
        """toks[i] is a quote mark: the index after its closing mark, within `limit` tokens."""
        for k in range(i + 1, min(len(self.toks), i + limit)):
            if self.t(k) == _QUOTE:
                return k + 1
        return None

    def is_boundary(self, k: int) -> bool:
        """A token that ends a source phrase."""
        t = self.t(k)
        return (not t or t in _PUNCT_STOP or t in self.lx.comps or t in self.lx.stops
                or _unprefix(t) in self.lx.verbs or t == "ما"
                or (t == _MIN and self.t(k + 1) in _STRICT_COMPS)  # حذّر الرئيس من أن
                or t == _QAD)  # كان الرئيس الفرنسي قد أكد

    def ali_name(self, k: int) -> bool:
        """Token k is the given name علي (it folds like the preposition على): after the first half of a compound
        name (بن علي), or written with ي in an article whose writer spells the preposition with ى, and followed by
        another word of the name (العميد علي الحسن)."""
        if self.t(k) != _ALA_WORD:
            return False
        if k > 0 and self.same_sentence(k - 1, k) and self.t(k - 1) in _COMPOUND and not self._ends_person(k - 1):
            return True  # بن علي، أبو علي: after the first half of a compound name it is the name however spelt
        if k > 0 and self.same_sentence(k - 1, k + 1) and (self.t(k + 1) in _STRICT_COMPS or self.t(k + 1) == _QUOTE) \
                and (self.t(k - 1) in _given_names() or _unprefix(self.t(k - 1)) in _given_names()) \
                and not self._ala_verb_before(k):
            return True  # وقال الوزير أحمد علي "…": after a given name, right before what was said, a surname
        if not self._alif_maqsura:
            return False
        a, b = self.orig(self.toks[k].s, self.toks[k].e)
        if _ALI_SPELLED.fullmatch(self.doc.text[a:b]) is None:
            return False
        nxt = self.t(k + 1)
        return self.same_sentence(k, k + 1) and nxt.isalpha() and not self.is_boundary(k + 1) \
            and nxt not in self._PREPS

    def _second_an(self, i: int, k: int) -> bool:
        """For a teller at token i after a verb whose object opens with عن (أعرب، كشف), whether another عن
        follows the one at k within a source phrase's length in the sentence: only then may the first be the
        bloc a member sits for (وكشف عضو المجلس عن كتلة X عن …). True when the verb takes no عن."""
        verb = self.lx.verbs.get(_unprefix(self.t(i - 1))) if i > 0 else None
        if verb is None or _f(verb.lemma) not in _ABOUT_OBJECT_VERBS:
            return True
        return any(self.t(m) == _AN for m in range(k + 1, min(len(self.toks), k + _MAX_NP))
                   if self.same_sentence(k, m))

    def _ends_person(self, k: int) -> bool:
        """Token k is the last word of a person's mention that starts before it (شينزو آبي): a word that folds
        like the first half of a compound name (آبي → أبي) then ends that name and opens no علي after it."""
        a, b = self.orig(self.toks[k].s, self.toks[k].e)
        return any(m.start < a and m.end <= b for m, _ in self.doc.overlapping(a, b, ("person",)))

    def _ala_verb_before(self, k: int) -> bool:
        """A verb that takes على (أكد، شدد، وافق) stands within a source phrase's length before token k in its
        sentence: على there is that verb's preposition (وأكد الوزير أحمد على أن …)."""
        for m in range(k - 1, max(-1, k - 1 - _MAX_NP), -1):
            if not self.same_sentence(m, k):
                return False
            if self.t(m) in _ALA_VERBS or _unprefix(self.t(m)) in _ALA_VERBS:
                return True
        return False

    def consume_arg(self, k: int, start: int, names: bool = False) -> int:
        """The argument of a close-to/in qualifier (قياديين في ميليشيات «قسد»): up to a boundary."""
        while k < len(self.toks) and k - start < _MAX_NP and self.same_sentence(start, k):
            t = self.t(k)
            if t == _QUOTE:
                end = self.consume_quote(k)
                if end is None or end - k > 7:
                    break  # a quote of more than a few words is what the source says, not its name
                if self.t(k + 1) in self.lx.comps and self.t(k + 1).startswith(("ان", "بان", "وان")):
                    break  # وقال مصدر مقرب منه "إنه لن يعتذر": a quote opening with إن/أن is what was said
                if k > start and (end >= len(self.toks) or not self.same_sentence(start, end)
                                  or self.t(end) in {".", "!", "؟", "?"}):
                    break  # المتحدث باسم الجيش "سنواصل العمليات".: a short quote ending the sentence is the words
                k = end
                continue
            if t == "(":
                end = self._paren(k)
                if end is None:
                    break
                k = end
                continue
            if (self.is_boundary(k) and not (names and self.ali_name(k))) or self.addressee_at(k, probe=True) \
                    or self._aside_at(k) or (k > start and self._co_head(t)):
                break
            if t == _MIN and self._from_object_teller(start, k):
                break  # وحذر وزير الصحة من كارثة: the warning's object, not the title's complement
            prev = self.t(k - 1)
            if k > start and prev.startswith("ال") and self._plain_word(t) and not names:
                break  # في وزارة الدفاع التركية | صحة الأنباء: a new phrase begins
            if k > start and names and prev.startswith("ال") and t.startswith("بال") \
                    and not self.t(k + 1).startswith("ال"):
                break  # توعد المتحدث باسم الجماعة بالرد على: the verb's complement (but بالأمم المتحدة: the title's)
            k += 1
        return k

    def _from_object_teller(self, start: int, k: int) -> bool:
        """Whether the من at `k` opens the object of a verb right before the teller at `start` whose object
        opens with من (حذر). Only once the teller holds more than one indefinite word: مسؤول من الوزارة may be
        an official from the ministry, but وزير الصحة من، مسؤولون في الأمم المتحدة من، الرئيس من end there."""
        if start < 1 or k <= start or not self.same_sentence(start - 1, k):
            return False
        at = start - 1
        if self._after_tongue(start):
            # (حذرت الوزارة على لسان المتحدث باسمها من …: the verb before the body that speaks through him)
            at = next((m for m in range(start - 3, max(-1, start - 9), -1) if self.same_sentence(m, start)
                       and (v := self.lx.verbs.get(_unprefix(self.t(m)))) is not None
                       and _f(v.lemma) in _FROM_OBJECT_VERBS), at)
        verb = self.lx.verbs.get(_unprefix(self.t(at)))
        if verb is None or _f(verb.lemma) not in _FROM_OBJECT_VERBS:
            return False
        return k > start + 1 or self.t(start).startswith("ال")

    def _co_head(self, t: str) -> bool:
        """A word with و that opens a second source phrase (ومسؤول، والمتحدث): another teller, not this one's name."""
        if len(t) < 4 or t[0] != "و":
            return False
        w = t[1:]
        return _bare(w) in self.lx.source_nouns or w in self.lx.roles

    def _aside_at(self, k: int) -> bool:
        """Words after a teller's name that are no part of it: the medium or time of the telling (في بيان، في
        وقت سابق) or an adverb of turn (من جانبه، من جهته)."""
        t = self.t(k)
        if t == _FI and (self.t(k + 1) in self.lx.medium or self.t(k + 1) == _WAQT):
            return True
        return any(self.match_seq(k, seq, first_conj=False) == (k + len(seq), False)
                   for seq in self.lx.post_verb_adverbs.get(t, ()) if len(seq) > 1)

    def _paren(self, k: int) -> int | None:
        for m in range(k + 1, min(len(self.toks), k + 10)):
            if self.t(m) == ")":
                return m + 1
        return None

    def parse_source(self, i: int, lam: bool = False, sent_of: int | None = None) -> NP | None:
        first = self.tok_at(i, lam)
        if first is None or not self.same_sentence(sent_of if sent_of is not None else i, i):
            return None
        t0 = first.t
        if t0 == _QUOTE and not lam:
            return self._with_abbrev(self._np_quoted(i) or self._np_quoted_outlet(i) or self._np_quoted_noun(i)
                                     or self._np_quoted_body(i))
        if t0 in _PUNCT_STOP or t0 == _QUOTE or t0 in self.lx.comps:
            return None
        if not lam and (t0 in _PARTITIVES or _unprefix(t0) in _PARTITIVES):
            return self._one_of_named(self._np_partitive(i, first), i, first)
        if not lam and _unprefix(t0) in _RECENCY and self.same_sentence(i, i + 1) and not self._after_according(i) \
                and self.lx.source_nouns.get(_bare(self.t(i + 1))) == "document":
            # (not after an according-to cue: بحسب آخر حصيلة للمرصد names its teller after the document, and the
            # chain there is left as the document without the recency word would give it)
            np_ = self._np_noun(i + 1, self.toks[i + 1])
            return np_ if np_ is not None and np_.kind == "document" else None
        if not lam and self._time_phrase_at(i):
            return None  # قالت خلالها إن، وأضاف عقب الاجتماع أن: a time phrase, no teller
        for parse in (self._np_entity, self._np_headed_entity, self._np_outlet, self._np_role, self._np_noun,
                      self._np_known, self._np_possessed_title):
            np_ = parse(i, first)
            if np_ is not None and parse == self._np_noun:
                np_ = self._noun_then_name(np_, i, first)
            if np_ is not None:
                np_ = self._with_naming(self._with_abbrev(np_))
                if np_ is not None and lam:
                    self._give_back_article(np_, i)
                return np_
        return None

    def _np_possessed_title(self, i: int, first: Tok) -> NP | None:
        """A one-word title with a possessive pronoun (نقل فلان عن مديرها العام، وقال رئيسه إن): the head of the
        body the pronoun points back to, with no personal name, so an office speaking officially; the definite
        words that qualify it (العام، التنفيذي) belong to it."""
        if self.surface(first.s, first.e).endswith("ة"):
            return None  # نائبة: folding made the feminine ending look like the pronoun ه
        suf = None
        # (the word as written first: the و of وزيرها is the title's own letter, no conjunction)
        for t in dict.fromkeys((first.t, _unprefix(first.t))):
            suf = next((p for p in _POSSESSIVE_TITLE if t.endswith(p) and len(t) - len(p) >= 3), None)
            if suf is not None and ((t[:-len(suf)],) in self.lx.roles.get(t[:-len(suf)], [])
                                    or self.lx.source_nouns.get(t[:-len(suf)]) == "official"
                                    or t[:-len(suf)] in self.lx.correspondents):
                break
            suf = None
        if suf is None:
            return None  # (a spokesman noun takes one too: على لسان ناطقها الإعلامي)
        corr = t[:-len(suf)] in self.lx.correspondents
        # (وقال محاميها: the conjunction و/ف is no part of the teller's text)
        first = Tok(first.s + len(first.t) - len(t), first.e, t)
        k = i + 1
        while k < len(self.toks) and k < i + 3 and self.same_sentence(i, k) and not self._bi_object_at(k) and (
                _bare(self.t(k)) in self.lx.role_mods | self.lx.qualifiers
                or (self.t(k).startswith("ال") and self._adjective(k))):
            k += 1
        n = self._post_title_place(k, i)
        hit = self.entity_at(self.toks[n].s, self.toks[n].e, ("person",)) \
            if n < len(self.toks) and self.same_sentence(i, n) and self.t(n).isalpha() else None
        if hit is not None and n > k and self._mention_starts_at(n, self.toks[n]):
            # وقال ممثلها في فرنسا فلان الفلاني: the place the holder serves in stands between title and name
            k = n
        if hit is not None and self._mention_starts_at(k, self.toks[k]):
            # بحسب ما قال محاميه فلان الفلاني: the holder of the title, named right after it
            end = self.tok_until_orig(k, hit[1])
            if k < end and self.same_sentence(i, end - 1):
                np_ = NP("person", i, end, first.s, self.toks[end - 1].e, role=self.surface(first.s, first.e),
                         entity=hit[0].id)
                np_.name = self.surface(self.toks[k].s, self.toks[end - 1].e)
                if corr:
                    np_.outer = self._own_outlet(i)
                return np_
        if n > k and n < len(self.toks) and self.t(n) in self.lx.comps:
            k = n  # وقال مندوبها في مجلس الأمن إن، ومديرها في حلب إن: the place or body he serves in is his title's
        if corr:
            # وقال مراسلها في دمشق إن: the outlet's own correspondent, an anonymous inner link with the place he
            # reports from, speaking for the outlet the pronoun points back to
            np_ = NP("anonymous", i, n, first.s, self.toks[n - 1].e)
            np_.outer = self._own_outlet(i)
            return np_
        return NP("official", i, k, first.s, self.toks[k - 1].e, role=self.surface(first.s, first.e))

    def _own_outlet(self, i: int) -> list[model.Source]:
        """The outlet a correspondent with a pronoun (مراسلها) belongs to: none after عن or على لسان, where the
        relaying outlet is already the outer link; else the last outlet cited, else the publisher."""
        if i > 0 and (self.t(i - 1) == _AN or self._after_tongue(i)):
            return []
        src = self.outlets[-1] if self.outlets else None
        a = self.orig(self.toks[i].s, self.toks[i].e)[0]
        named = self.doc.overlapping(0, a, ("outlet",))
        if named:
            # the outlet named last before it, told or not (أفاد المرصد بسقوط قذائف. وقال مراسله …), as cited
            m, ent = max(named, key=lambda p: p[0].start)
            src = next((o for o in reversed(self.outlets) if o.entity == ent.id), None) \
                or model.Source("outlet", self.doc.text[m.start:m.end], entity=ent.id)
        src = src or self._publisher()
        if src is not None:
            self.last_corr = src
        return [src] if src is not None else []

    def _after_tongue(self, i: int) -> bool:
        """Token i comes right after a relay phrase (على لسان) in its sentence."""
        return any(i - len(seq) >= 0 and self.same_sentence(i - len(seq), i)
                   and (got := self.match_seq(i - len(seq), seq, first_conj=False)) is not None and got[0] == i
                   for seq in _RELAY_PREPS)

    def _post_title_place(self, k: int, i: int) -> int:
        """After a possessed title, "في" and a place the earlier stages named (ممثلها في فرنسا): the token after
        the place, else k. Only the place itself, so a name right after it can be the title's holder."""
        if k + 1 >= len(self.toks) or self.t(k) != _FI or not self.same_sentence(i, k + 1):
            return k
        a, b = self.orig(self.toks[k + 1].s, self.toks[k + 1].e)
        # (or a body the holder sits in: مندوبها في مجلس الأمن)
        end = max((m.end for m, _ent in self.doc.overlapping(a, b, ("place", "actor")) if m.start == a),
                  default=None)
        return k if end is None else max(k + 2, self.tok_until_orig(k + 1, end))

    def _noun_then_name(self, np_: NP, i: int, first: Tok) -> NP:
        """"قالت المتحدثة الأوروبية، مايا كوسيانشيتش، إن": a source noun in the singular set off by commas
        from a person the earlier stages named is that person's title (a person, as after a role noun)."""
        if np_.kind not in ("official", "anonymous") or np_.role is not None or np_.anaphoric \
                or not _bare(first.t):
            return np_
        head = _bare(_unprefix(first.t))
        if head.endswith(("ون", "ين", "ات")) or head in _OFFICE_HEADS or head in _BODY_NOUNS:
            # مسؤولون، مصادر … are several tellers; مكتب رئيس الوزراء، فلان، is the office, not the man
            return np_
        comma = self._comma_after_complement(np_.j, i)
        if comma is None:
            return self._kin_then_name(np_, i, first)
        app = self._appositive_name(comma, i, closing=comma > np_.j)
        if app is None or app[0] is None:
            return np_
        ent, j = app
        out = NP("person", i, j, first.s, self.toks[j - 1].e, role=self.surface(np_.s, np_.e), entity=ent.id)
        out.name = self.surface(self.toks[comma + 1].s, self.toks[j - 1].e)
        out.outer = list(np_.outer)  # مراسلة بي بي سي، فلانة، …: she speaks for the outlet her title names
        return out

    def _kin_then_name(self, np_: NP, i: int, first: Tok) -> NP:
        """"وأكدت والدته فلانة الفلانية أن": a singular source noun (a kin, a witness) right before a person the
        earlier stages named, with no comma, is that person's title: the teller is the named person."""
        k = np_.j
        # (the noun carries a pronoun, read on the text as written: without one, شقيق فلان is the brother of
        # the man named, who is no teller)
        if k >= len(self.toks) or not self.same_sentence(i, k) or np_.j - np_.i != 1 \
                or not self.surface(first.s, first.e).endswith(_POSSESSIVE):
            return np_
        hit = self.entity_at(self.toks[k].s, self.toks[k].e, ("person",))
        if hit is not None and any(m.start == self.doc.folded.orig(self.toks[k].s) for m in hit[0].mentions):
            j = self.tok_until_orig(k, hit[1])
        elif self._plain_word(self.t(k)) and self.t(k) not in _NOT_NAME and (
                self._closes(k + 1) or self.t(k + 1) in {":", _QUOTE}):
            j = k + 1  # قالت شقيقته مهى: "…": one plain word after a kin with its pronoun is the kin's name
        else:
            return np_
        out = NP("person", i, j, first.s, self.toks[j - 1].e, role=self.surface(np_.s, np_.e),
                 entity=hit[0].id if hit is not None else None)
        out.name = self.surface(self.toks[k].s, self.toks[j - 1].e)
        out.outer = list(np_.outer)
        return out

    def _np_partitive(self, i: int, first: Tok) -> NP | None:
        """"أحد السكان" / "عدد من الشهود" / "اثنان من المسؤولين": a source noun after a partitive (and من) is
        the source, the partitive part of its text; the definite noun names no earlier tellers."""
        k = i + 1
        if self.t(k) == _MIN:
            k += 1
        if not self.same_sentence(i, k):
            return None
        if not self.lx.source_nouns.get(_bare(self.t(k))):
            return self._some_of_the(i, k, first)
        np_ = self._np_noun(k, self.toks[k])
        if np_ is None or np_.kind not in ("anonymous", "official", "document"):
            return None  # (عدة تقارير، أحد التقارير: documents)
        if np_.kind == "document" and i > 0 and self.t(i - 1) in self._PREPS:
            return None  # جاء في إحدى الوثائق: a text the words stand in, no teller
        np_.i, np_.s, np_.definite = i, first.s, False
        return self._with_abbrev(np_)

    def _one_of_named(self, np_: NP | None, i: int, first: Tok) -> NP | None:
        """"وقال أحد سكان الحي، فلان الفلاني، إن": one of a group (أحد، إحدى) set off by commas from a name is that
        person, the partitive phrase his title (as _noun_then_name does for a singular source noun)."""
        if np_ is None or np_.kind != "anonymous" or _unprefix(first.t) not in _ONE_OF:
            return np_
        comma = self._comma_after_complement(np_.j, i)
        app = self._appositive_name(comma, i) if comma is not None else None
        if app is None or app[0] is None:
            return np_  # (a name no stage knows may be a place or a second group: keep the unnamed teller)
        ent, j = app
        out = NP("person", i, j, first.s, self.toks[j - 1].e, role=self.surface(np_.s, np_.e), entity=ent.id)
        out.name = self.surface(self.toks[comma + 1].s, self.toks[j - 1].e)
        out.outer = list(np_.outer)
        return out

    def _some_of_the(self, i: int, k: int, first: Tok) -> NP | None:
        """"وقال بعض الطلبة إنهم" / "وقالت إحدى المعلمات في المدرسة إنها" / "قال أحد هؤلاء الأصدقاء،": a
        partitive before a definite plural no list knows is an unnamed teller when the phrase (with its
        adjectives, a place after في or a relative clause) ends at أن/إن, a colon, a quote or a comma."""
        if i > 0 and self.t(i - 1) in self._PREPS:
            return None  # جاء في إحدى الرسائل: a text the words stand in, no teller
        if self.t(k) in _DEMONSTRATIVES:
            k += 1
        t = self.t(k)
        if not (t.startswith("ال") and t.isalpha() and self.same_sentence(i, k)) or self.is_boundary(k) \
                or t in self.lx.stops:
            return None
        j = k + 1
        while j - k < 3 and self.t(j).startswith("ال") and self.t(j).isalpha() and not self.is_boundary(j):
            j += 1  # adjectives (أحد الطلبة الناجين)
        nxt = self.t(j)
        if nxt == _FI and self.t(j + 1).startswith("ال") and self.t(j + 2) in self.lx.comps:
            j += 2  # إحدى المعلمات في المدرسة إنها
            nxt = self.t(j)
        # قال أحد السكان للوكالة / للمنظمة: …: the body or outlet spoken to
        spoken_to = self.addressee_at(j, probe=True) is not None or (
            nxt.startswith("لل") and (self.t(j + 1) in self.lx.comps or self.t(j + 1) in {":", _QUOTE, "،", ","}))
        if not (nxt in self.lx.comps or nxt in {":", _QUOTE, "،", ","} or nxt in _RELATIVE or spoken_to):
            return None
        return NP("anonymous", i, j, first.s, self.toks[j - 1].e, definite=False)

    def _give_back_article(self, np_: NP, i: int) -> None:
        """وفقاً للمرصد السوري / للأمم المتحدة: the ل took the article's alef; an outlet's or a body's name is
        المرصد السوري (an unnamed source keeps the surface: للمصادر ذاتها → مصادر ذاتها)."""
        if np_.text is None and np_.kind in ("outlet", "official") and self.t(i).startswith("لل") and np_.i == i:
            # للجنة: the body's noun keeps its own ل (اللجنة), the preposition took the article's
            np_.text = ("الل" if self._lam_body(i) and not self._body_head(_bare(self._strip_lam(i).t)) else "ال") \
                + self.surface(np_.s, np_.e)

    def _with_naming(self, np_: NP | None) -> NP | None:
        """مسؤولة كردية كبيرة تدعى هيفي مصطفى: the source is the person so named."""
        if np_ is None or np_.kind not in ("official", "anonymous") or self.t(np_.j) not in _NAMING:
            return np_
        k = np_.j + 1
        while k < len(self.toks) and k - np_.j <= 3 and self.same_sentence(np_.i, k) and (
                self._plain_word(self.t(k)) or (k > np_.j + 1 and self._family_name_word(k))) \
                and not (k > np_.j + 1 and self.addressee_at(k, probe=True)):
            k += 1  # (شاهد يدعى محمود الحسين لعنب بلدي: the outlet spoken to ends the name)
        if k == np_.j + 1:
            return np_
        np_.role = self.surface(np_.s, np_.e)
        np_.name = self.surface(self.toks[np_.j + 1].s, self.toks[k - 1].e)
        hit = self.entity_at(self.toks[np_.j + 1].s, self.toks[k - 1].e, ("person",))
        np_.entity = hit[0].id if hit is not None else None
        np_.kind, np_.j, np_.e = "person", k, self.toks[k - 1].e
        return np_

    def _family_name_word(self, k: int) -> bool:
        """A definite word after a given name that goes on the name (شاهد عيان يدعى أحمد الخلف): a family name,
        not a date, qualifier, party or place, nor a word that ends a name (`_name_end`)."""
        t = self.t(k)
        return t.startswith("ال") and t.isalpha() and t not in _TIME_WORDS and _bare(t) not in self.lx.qualifiers \
            and self._name_end(k, k + 1) == k + 1

    def _body_alias(self, ent: EntityDraft) -> bool:
        """Whether a person the entity stage named is written in parentheses right after the name of a body
        (جهاز الأمن العام الإسرائيلي (شين بيت)): the body's short name, no one's personal name. The body is a
        party or outlet the entity stage named, or up to five words before the bracket headed by a body noun
        (grammar.alias_body_heads and the other body heads) with no title before it (وزير الخارجية (فلان))."""
        text = self.doc.text
        for m in ent.mentions:
            # (a window before and after the mention: copying the whole text per mention is quadratic on a long line)
            lo = max(0, m.start - 300)
            before = text[lo:m.start].rstrip()
            if not before.endswith("(") or not text[m.end:m.end + 100].lstrip().startswith(")"):
                continue
            end = lo + len(before[:-1].rstrip())
            if any(men.end == end for men, _ in self.doc.overlapping(max(0, end - 1), end, ("actor", "outlet"))):
                return True
            words = _TOKEN.findall(_f(before[:-1]))[-5:]
            while words and not all(w.isalpha() for w in words):
                words = words[1:]
            heads = _ALIAS_BODY_HEADS | _DEFINITE_BODY_HEADS | _OFFICE_HEADS | _BODY_NOUNS
            for w in words:
                forms = {w, _unprefix(w)}
                if any(f in self.lx.roles for f in forms):
                    break
                if any(_bare(f) in heads for f in forms):
                    return True
        return False

    def _np_quoted(self, i: int) -> NP | None:
        """A quoted name as the subject (قالت «قوات سوريا الديمقراطية» في بيان إن): the entity inside."""
        end = self.consume_quote(i, limit=10)
        if end is None or end - i < 3:
            return None
        inner = self.toks[i + 1]
        hit = self.entity_at(inner.s, self.toks[end - 2].e, ("outlet", "person", "actor"))
        if hit is None:
            return None
        np_ = self._np_entity(i + 1, inner)
        if np_ is None or np_.j > end - 1:
            return None
        np_.i, np_.j, np_.s, np_.e = i, end, self.toks[i].s, self.toks[end - 1].e
        if np_.kind == "person":
            np_.name = self.surface(inner.s, self.toks[end - 2].e)
        return np_

    def _np_quoted_noun(self, i: int) -> NP | None:
        """A source noun set in quotes, as local outlets mark an unnamed source (نقلت الوكالة عن "مصدر أمني" أن):
        the source the words inside make, when they fill the quote."""
        end = self.consume_quote(i, limit=6)
        if end is None or end - i < 3:
            return None
        np_ = self._np_noun(i + 1, self.toks[i + 1])
        if np_ is None or np_.j != end - 1 or np_.kind not in ("anonymous", "official"):
            return None
        np_.i, np_.j, np_.s, np_.e = i, end, self.toks[i].s, self.toks[end - 1].e
        np_.text = self.surface(self.toks[i + 1].s, self.toks[end - 2].e)
        return np_

    def _np_quoted_outlet(self, i: int) -> NP | None:
        """A quoted outlet name no entity stage knows (ونقلت "وكالة خبر" اليمنية عن …): an outlet noun opens it."""
        end = self.consume_quote(i, limit=8)
        if end is None or end - i < 4 or _bare(self.t(i + 1)) not in self.lx.outlet_nouns:
            return None
        inner = self.surface(self.toks[i + 1].s, self.toks[end - 2].e)
        if self.is_own(inner):
            return None
        return NP("outlet", i, end, self.toks[i].s, self.toks[end - 1].e, text=inner)

    def _np_quoted_body(self, i: int) -> NP | None:
        """A short quoted name no entity stage knows, speaking right away (قالت "أسترازينيكا" إنها، قالت
        "الشركة" في بيان إن): a body speaking officially."""
        end = self.consume_quote(i, limit=6)
        if end is None or end - i < 3 or not self.same_sentence(i, end) or self.t(i - 1) in self._PREPS:
            return None  # أعربت عن "أسفها" في بيان: an object, not a teller
        nxt = self.t(end)
        if not (nxt in _STRICT_COMPS or (nxt == _FI and self.t(end + 1) in self.lx.medium)):
            return None
        if self.entity_at(self.toks[i + 1].s, self.toks[end - 2].e, ("actor", "person", "place")):
            return None
        return NP("official", i, end, self.toks[i].s, self.toks[end - 1].e,
                  text=self.surface(self.toks[i + 1].s, self.toks[end - 2].e))

    def _with_abbrev(self, np_: NP | None) -> NP | None:
        """A parenthesised abbreviation belongs to the name: وكالة الأنباء العراقية (واع)."""
        if np_ is None or np_.kind not in ("outlet", "official", "person") or self.t(np_.j) != "(":
            return np_
        if np_.kind != "outlet" and np_.entity is None:
            return np_
        end = self._paren(np_.j)
        if end is None or end - np_.j > 5 or not self.same_sentence(np_.i, end - 1):
            return np_
        if not all(self.t(m).isalnum() for m in range(np_.j + 1, end - 1)):
            return np_
        np_.j = end
        np_.e = self.toks[end - 1].e
        return np_

    def _np_entity(self, i: int, first: Tok) -> NP | None:
        hit = self.entity_at(first.s, first.e, ("outlet", "person", "actor"))
        if hit is None or not self._mention_starts_at(i, first):
            return None
        ent, m_end = hit
        if ent.type == "person" and self._time_phrase_at(i):
            return None  # وقال قبيل الظهر إن: a time phrase the entity stage took for a name tells nothing
        j = self.tok_until_orig(i, m_end)
        if first.s == self.toks[i].s and _unprefix(first.t) != first.t:
            # وترامب قال إن: a mention after the conjunction glued to it starts after it
            a, b = self.orig(first.s, first.e)
            if any(m.start == a + 1 and self.doc.text[a] in "وف" for m, _e in self.doc.overlapping(a, b, (ent.type,))):
                first = Tok(first.s + 1, first.e, first.t[1:])
        np_ = NP("official", i, j, first.s, self.toks[j - 1].e, entity=ent.id)
        if ent.type == "outlet":
            np_.kind = "outlet"
        elif ent.type == "person" and self._body_alias(ent):
            pass  # جهاز الأمن العام (شين بيت) … وقال "شين بيت": the body's short name, taken for a name
        elif ent.type == "person" and j > i + 1 and not first.t.startswith("ال") \
                and _unprefix(first.t) in _OFFICE_HEADS:
            pass  # منتدى الإعلام الحر، مجمع … الطبي: a body's head in construct, a body's name taken for a person's
        elif ent.type == "person" and _bare(_unprefix(first.t)) in self.lx.outlet_nouns and j > i + 1:
            np_.kind = "outlet"  # مجلة فوربس: an outlet noun heads it, a publication's name taken for a person's
        elif ent.type == "person":
            np_.kind = "person"
            # the same person named twice in a row (الرئيس الأميركي، دونالد ترامب): one phrase
            k = j + 1 if self.t(j) in {"،", ","} else j
            if k < len(self.toks) and self.same_sentence(i, k):
                nxt = self.entity_at(self.toks[k].s, self.toks[k].e, ("person",))
                if nxt is not None and nxt[0].id == ent.id:
                    j = self.tok_until_orig(k, nxt[1])
                    np_.j, np_.e = j, self.toks[j - 1].e
            np_.role = ent.attrs.get("role")
            np_.name = self.surface(first.s, self.toks[j - 1].e)
            np_.outer = self._outlet_in(i, j)
            if j - i >= 2 and self._outlet_suffix_end(i, j):
                np_.kind, np_.name, np_.role, np_.outer, np_.entity = "outlet", None, None, [], None  # اوس نيوز
        return np_

    def _outlet_suffix_end(self, i: int, j: int) -> bool:
        """Tokens i..j end with an outlet's suffix (نيوز، تايمز، برس، تي في): an outlet's name, not a person's."""
        last = self.t(j - 1)
        return last in self.lx.outlet_suffixes or (
            j - i >= 3 and f"{self.t(j - 2)} {last}" in self.lx.outlet_suffixes)

    def _np_headed_entity(self, i: int, first: Tok) -> NP | None:
        """منظمة "إيروورز"، حركة "حماس": a noun that heads a body, then a named outlet or actor (quoted or not):
        that entity, the head noun part of its text."""
        if _bare(_unprefix(first.t)) not in _OFFICE_HEADS or not self.same_sentence(i, i + 1):
            return None
        k = i + 1
        quoted = self.t(k) == _QUOTE
        if quoted:
            k += 1
        if k >= len(self.toks):
            return None
        hit = self.entity_at(self.toks[k].s, self.toks[k].e, ("outlet", "actor"))
        if hit is None or not self._mention_starts_at(k, self.toks[k]):
            return self._np_headed_quote(i, first) if quoted else None
        if not quoted and _unprefix(first.t).startswith("ال") and not self.t(k).startswith("ال"):
            # a definite head is in construct with nothing, so a bare name right after it is no name of it:
            # وحذر الاتحاد موسكو من أنه (Moscow is the one warned; the union is the teller on its own)
            return None
        ent, m_end = hit
        j = self.tok_until_orig(k, m_end)
        if quoted:
            if self.t(j) != _QUOTE:
                return None
            j += 1
        kind = "outlet" if ent.type == "outlet" else "official"
        return NP(kind, i, j, first.s, self.toks[j - 1].e, entity=ent.id)

    def _np_headed_quote(self, i: int, first: Tok) -> NP | None:
        """منظمة "أطباء بلا حدود" الخيرية إن، جامعة "X" في بيان إن: a body's head noun, then a quoted name no
        earlier stage knows (and its adjectives), speaking right away: that body, speaking officially. Its text
        is the head and the quoted name (the adjectives describe it). An outlet noun's quote is the outlet's."""
        if (i > 0 and self.t(i - 1) in self._PREPS) or _bare(_unprefix(first.t)) in self.lx.outlet_nouns:
            return None
        end = self.consume_quote(i + 1, limit=8)
        if end is None or end - i < 4 or not self.same_sentence(i, end - 1):
            return None
        j = end
        while j - end < 3 and j < len(self.toks) and self.same_sentence(i, j) and (
                self._adjective(j) or self.t(j) in self.lx.outlet_tails
                or (self.t(j) in _SEMI and self._adjective(j + 1))):
            j += 1
        if j >= len(self.toks) or not self.same_sentence(i, j):
            return None
        nxt = self.t(j)
        if not (nxt in _THAT_FORMS or nxt in _STRICT_COMPS or (nxt == _FI and self.t(j + 1) in self.lx.medium)):
            return None
        return NP("official", i, j, first.s, self.toks[j - 1].e,
                  text=self.surface(first.s, self.toks[end - 1].e))

    def _mention_starts_at(self, i: int, first: Tok) -> bool:
        """Some entity mention begins with token i, or after a و/ف glued to it, or after the ل a caller already
        stripped (وفقاً للمرصد). A mention that began in an earlier word, or after a ب/ل the caller did not strip
        (بيان read as بـ + a name), is no teller here."""
        a, b = self.orig(self.toks[i].s, first.e)
        glued = ("", "و", "ف", "ل", "لل", "لـ") if first.s != self.toks[i].s else ("", "و", "ف")
        return any(m.start >= a and self.doc.text[a:m.start] in glued
                   for m, _ent in self.doc.overlapping(a, b, ("outlet", "person", "actor")))

    def _outlet_name_end(self, k: int, start: int) -> int:
        """After an outlet noun (شبكة، موقع، راديو …): its name, quoted or a few words."""
        if self.t(k) == _QUOTE:
            end = self.consume_quote(k)
            if end is not None and self.t(start).startswith("ال") and (
                    end - k - 2 >= 5 or self.t(k + 1) in self.lx.stops):
                # كتبت الصحيفة "لقد تجاوزت الحكومة …": after an outlet already named (a definite head) a long
                # quote, or one opening with a particle, is what the outlet wrote, never its name
                return k
            return end if end is not None else k
        hit = self.entity_at(self.toks[k].s, self.toks[k].e, ("outlet",)) if k < len(self.toks) else None
        if hit is not None:
            return self.tok_until_orig(k, hit[1])
        if self.t(start).startswith("ال") and k < len(self.toks) and self._definite_outlet_object(k):
            return k  # ووصفت الوكالة تصرفات الشرطة: the outlet named before, then the verb's object
        m = k
        while m < len(self.toks) and m - k < 4 and self.same_sentence(start, m) and not self.is_boundary(m) \
                and not self.addressee_at(m, probe=True) and self.t(m) not in self.lx.medium \
                and self.t(m) not in ("(", ")") and not (m == k and self.t(m) in self._PREPS) \
                and not (m > k and self.t(m) == _QUOTE and self._said_quote(m, k)) \
                and not self._object_after_definite(m, k) and not (m > k and self.t(m) in _PUBLISHED) \
                and not (self.t(start).startswith("ال") and self._time_phrase_at(m)) \
                and not (m > k and (self.t(m) in _given_names() or self.t(m) in self.persons)):
            # (مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن: a given name after the name is its head's;
            # ونقلت الوكالة ليل الثلاثاء عن: a time of day after an outlet named before is the verb's, no name;
            # لتلفزيون فلسطين الرسمي "نحن …": a quote after the name's words opens what was said)
            # (نشرت القناة التلفزيونية الرابعة صورا: what was published, after the name, is no word of it)
            m += 1  # (الوكالة في تقريرها: a preposition opens the medium, not the outlet's name)
            if self.t(m - 1) in self.lx.stops and self.t(m - 1) not in _TIME_WORDS:
                return m - 1  # وأعلنت الوكالة لاحقا أن: an adverb of the verb, no word of the name
        if m < len(self.toks) and self.t(m - 1) in _SEMI and self.same_sentence(start, m) \
                and _bare(self.t(m)) in self.lx.qualifiers:
            m += 1  # وكالة أنباء تسنيم الإيرانية شبه الرسمية: "semi" takes its qualifier along
        return m

    def _said_quote(self, m: int, k: int) -> bool:
        """The quote mark at token m opens words said (not closed within three words), not a quoted name
        (وكالة أنباء "الأناضول"); a mark closing one opened since token k opens nothing."""
        if sum(1 for x in range(k, m) if self.t(x) == _QUOTE) % 2:
            return False
        end = self.consume_quote(m, limit=5)
        return end is None or end - m - 2 >= 3

    def _definite_outlet_object(self, k: int) -> bool:
        """Whether the bare word at k, right after a definite outlet noun (الوكالة، الصحيفة), is a common word
        the corpus never reads in a name: the verb's object, since an anaphoric outlet noun takes no name."""
        t = self.t(k)
        if not t.isalpha() or t.startswith(("ال", "ل", "و")) or t in self.lx.outlet_suffixes \
                or t in self.lx.anaphoric \
                or self.entity_at(self.toks[k].s, self.toks[k].e, ("outlet",)) is not None:
            return False  # (الموقع نفسه، الوكالة ذاتها: the same outlet, its anaphor goes on)
        from marsad.stages import names, ner  # (the corpus's word classes, loaded by the earlier stages)

        return t in _OBJECT_MASDARS or names._plain_word(t, ner.corpus_words())

    def _object_after_definite(self, m: int, k: int) -> bool:
        """Whether the bare word at m, after a definite word of an outlet's unnamed run (التلفزيون الرسمي السوري،
        وكالة سبوتنيك الروسية), opens the verb's object: a definite adjective closes such a name, so an indefinite
        word after it belongs to what is said (وأعلن التلفزيون الرسمي سيطرة الجيش على …), unless the packs know it
        as an outlet's name (وكالة الأنباء القطرية قنا)."""
        if m <= k or not self._nisba_shape(self.t(m - 1)):
            return False  # (after any other definite word a foreign tail may go on: موقع الخليج أونلاين)
        t = self.t(m)
        if not t.isalpha() or t.startswith(("ال", "ل", "و")) or t in _SEMI or t in self.lx.outlet_suffixes:
            return False  # (الشبكة السورية لحقوق الإنسان، مهر الإيرانية شبه الرسمية، السومرية نيوز، والآراء …)
        if self.entity_at(self.toks[m].s, self.toks[m].e, ("outlet",)) is not None:
            return False
        from marsad.stages import names, ner  # (the corpus's word classes, loaded by the earlier stages)

        # only a verbal noun or a word the corpus knows as common, no name's (سيطرة، بتوقع): a foreign name may
        # follow an adjective (الموقع الإلكتروني بيلينجكات)
        return t in _OBJECT_MASDARS or t.startswith(_VERBAL_NOUN_PREFIXES) \
            or names._plain_word(t, ner.corpus_words())

    def _drop_informed(self, np_: NP) -> None:
        """وأبلغ قائد الشرطة الصحفيين بأن، وأخبرت البلدية السكان بأن: after a verb of informing, a definite noun
        right after another definite word (no adjective, no name any stage knows) is the one informed."""
        if np_.text is not None or np_.j - 1 <= np_.i:
            return
        for m in range(np_.i + 1, np_.j):
            hit = self.entity_at(self.toks[m].s, self.toks[m].e, ("outlet",))
            if hit is not None and self.tok_until_orig(m, hit[1]) == np_.j and (
                    m == 0 or self.entity_at(self.toks[m - 1].s, self.toks[m - 1].e, ("outlet",)) != hit):
                # حسبما أبلغت الشرطة وكالة رويترز: the outlet told closes the phrase; it is the outer link
                src = model.Source("outlet", self._outlet_text(hit[0], m, np_.j), entity=hit[0].id)
                if not any(o.kind == "outlet" for o in np_.outer) and not self.is_own(src.text):
                    np_.outer.append(src)
                np_.j, np_.e = m, self.toks[m - 1].e
                return
        a, b = self.orig(np_.s, np_.e)
        named = max((m.end for m, _ent in self.doc.overlapping(a, b, ("person",))), default=b)
        cut = self.tok_until_orig(np_.i, named) if named < b else np_.j
        if np_.i < cut < np_.j and self.entity_at(self.toks[cut].s, self.toks[cut].e, ("actor", "place")):
            # أبلغت السفيرة فلانة مجلس الأمن أن: a party after the person's name is the one informed
            gone = self.surface(self.toks[cut].s, self.toks[np_.j - 1].e)
            if np_.name is not None and np_.name.endswith(" " + gone):
                np_.name = np_.name[: -len(gone) - 1]
            np_.j, np_.e = cut, self.toks[cut - 1].e
            return
        last = np_.j - 1
        t, prev = self.t(last), self.t(last - 1)
        if not (t.startswith("ال") and prev.startswith("ال")) or self._nisba_shape(t) or t in self.persons \
                or self.entity_at(self.toks[last].s, self.toks[last].e, ("actor", "person", "outlet", "place")):
            return
        word = self.surface(self.toks[last].s, self.toks[last].e)
        if np_.qualifiers and np_.qualifiers[-1] == word:
            np_.qualifiers.pop()
        if np_.name is not None and np_.name.endswith(" " + word):
            np_.name = np_.name[: -len(word) - 1]
        np_.j, np_.e = last, self.toks[last - 1].e

    def _agency_body(self, i: int, head: str) -> bool:
        """وكالة مكافحة الكوارث، وكالة الاستخبارات المركزية: an agency named by what it does is a body, unless
        the earlier stages know it as an outlet."""
        if _bare(head) != _AGENCY or not self.same_sentence(i, i + 1):
            return False
        k = i + 1
        if self._nisba_shape(self.t(k)) and self.same_sentence(i, k + 1) and self.t(k + 1).startswith("لل"):
            k += 1  # الوكالة الدولية للطاقة الذرية: an adjective, then what it is for with لـ
        w = "ا" + self.t(k)[1:] if k > i + 1 else _unprefix(self.t(k))
        return w in _AGENCY_BODIES and self.entity_at(self.toks[i].s, self.toks[k].e, ("outlet",)) is None

    def _np_outlet(self, i: int, first: Tok) -> NP | None:
        head = _bare(first.t)
        if head not in self.lx.outlet_nouns:
            return None
        if self._agency_body(i, head):
            k = self._outlet_name_end(i + 1, i)
            return NP("official", i, k, first.s, self.toks[k - 1].e)
        nxt = self.t(i + 1)
        if not nxt.startswith("ال") and nxt in self.lx.qualifiers:
            return None  # صحيفة محلية: an outlet with no name is an anonymous source (see _np_noun)
        k = self._outlet_name_end(i + 1, i)
        if k > i + 1:
            k = self._outlet_of_outlet(k, i)
            np_ = NP("outlet", i, k, first.s, self.toks[k - 1].e)
            hit = self.entity_at(first.s, self.toks[k - 1].e, ("outlet",))
            if hit is not None:
                np_.entity = hit[0].id
            return np_
        if first.t.startswith("ال"):
            # an anaphoric outlet noun (الشبكة، الوكالة): the last outlet cited with that noun
            for src in reversed(self.outlets):
                if head in _f(src.text).split() or src.entity:
                    return NP("outlet", i, i + 1, first.s, first.e, entity=src.entity, text=src.text)
            named = self._named_outlet_before(head, i) if not self.outlets else None
            if named is not None:
                # وأثيرت القضية من قبل صحيفة "X" … وذكرت الصحيفة أن: the outlet named before outside any claim
                return NP("outlet", i, i + 1, first.s, first.e, entity=named.entity, text=named.text)
            if not self.outlets and self._first_at(head) >= i:
                # "ونقلت الوكالة عن …" in an article that named no outlet nor anything else with that noun: the
                # agency the text was taken from, unnamed (not the publisher, which often only reprints it)
                return NP("outlet", i, i + 1, first.s, first.e)
        return None

    def _outlet_of_outlet(self, k: int, i: int) -> int:
        """الموقع الإلكتروني لصحيفة "X"، النسخة العربية لقناة X: an outlet's part (its website, its edition)
        belongs to the outlet named after it with لـ, which is what the text names; the phrase runs on to that
        outlet's name. Returns the phrase's end (k when no outlet follows)."""
        t = self.t(k)
        if k >= len(self.toks) or not self.same_sentence(i, k) or not t.startswith("ل") or len(t) < 4:
            return k
        rest = t[1:]
        if _bare(rest) not in self.lx.outlet_nouns:
            return k
        end = self._outlet_name_end(k + 1, k)
        return end if end > k + 1 else k

    def _named_outlet_before(self, head: str, i: int) -> NP | None:
        """The last outlet named with the noun `head` before token i (صحيفة "يوميوري شيمبون"), read where it
        stands; None when the text names none."""
        if self._first_at(head) >= i:
            return None
        for m in range(i - 1, -1, -1):
            if head not in (_bare(self.t(m)), _bare(_unprefix(self.t(m)))) or self.t(m).startswith("ال"):
                continue
            k = self._outlet_name_end(m + 1, m)
            if k <= m + 1:
                continue
            hit = self.entity_at(self.toks[m].s, self.toks[k - 1].e, ("outlet",))
            if hit is None and self.t(m + 1) != _QUOTE:
                continue  # أكبر صحيفة يومية: a noun described, no name
            np_ = NP("outlet", m, k, self.toks[m].s, self.toks[k - 1].e, entity=hit[0].id if hit else None)
            np_.text = self.surface(np_.s, np_.e)
            return None if self.is_own(np_.text) else np_
        return None

    def _first_at(self, word: str) -> int:
        """The first token whose bare form (with or without و/ف) is `word`; built once per document."""
        if self._first is None:
            self._first = {}
            for m, tok in enumerate(self.toks):
                for w in (_bare(tok.t), _bare(_unprefix(tok.t))):
                    self._first.setdefault(w, m)
        return self._first.get(word, len(self.toks))

    def _np_role(self, i: int, first: Tok) -> NP | None:
        role_end = None
        for seq in self.lx.roles.get(first.t, []):
            words = (first.t, *[self.t(i + n) for n in range(1, len(seq))])
            if tuple(words) == seq:
                role_end = i + len(seq)
                break
        if role_end is None:
            return None
        k = role_end
        while k < len(self.toks) and _bare(self.t(k)) in self.lx.role_mods | self.lx.qualifiers:
            k += 1
        # the rest: a title's complement and the name, up to a boundary
        end = self.consume_arg(k, i, names=True)
        if self.t(k) == _QUOTE and k > i and self.t(k - 1).startswith("ال") and end > k:
            close = self.consume_quote(k)
            if close is None or close - k - 2 >= 5:
                end = k  # وأضاف المتحدث "من المهم احترام …": a long quote is what was said, no name nor body
        name_from = k
        while ((_unprefix(first.t) in _REPRESENTING and self.t(end) == _AN)
               or (_unprefix(first.t) in _ENVOYS and self.t(end) in _ALA_TO)) and self.same_sentence(i, end + 1):
            # النائب عن تحالف الفتح / المبعوث الأممي إلى اليمن: the bloc a member sits for or the land an envoy
            # is sent to, part of the title (no inner source, and a name may still follow); a name starts after
            # the bloc's first word (النائب عن محافظة نينوى names no one)
            if self.t(end) == _AN and not self._second_an(i, end):
                break  # وكشف نائب رئيس المجلس عن وصول قافلة: the one عن in reach is the verb's object
            nxt = self.consume_arg(end + 1, i, names=True)
            if nxt == end + 1:
                break
            end, name_from = nxt, end + 2
        if first.t.startswith("ال") and k > role_end and k < end and self.t(k).startswith("ال") and self.entity_at(
                self.toks[k].s, self.toks[k].e, ("actor", "place")):
            end = k  # واتهمت المندوبة الأمريكية القوات الروسية: a complete title, then the verb's object
        if end > i + _MAX_NP:
            end = i + _MAX_NP
        end = self._adjective_closes(k, end)
        # (ندد وزير الخارجية بالهجوم، رحب المتحدث باسمها بالقرار: بـ on a definite or verbal noun opens the object
        # of a verb that takes بـ, whatever stands before the title)
        end = next((m for m in range(max(k, role_end), end) if self._bi_object_at(m)), end)
        role = self.surface(first.s, self.toks[role_end - 1].e)
        hit = self.entity_at(first.s, self.toks[end - 1].e, ("person",))
        name_start = self._name_start(role_end, name_from, end, definite_role=first.t.startswith("ال"))
        quoted = self._quoted_name(self._quote_open(name_from, end), end) \
            if hit is None and name_start == end and self.t(end - 1) == _QUOTE else None
        if quoted is not None:
            name_start = quoted  # العميد الركن "فلان الفلاني": a title, then the man's name in quotes
        # the phrase right after a verb or verbal noun of telling (not a subject before its verb) with no
        # أن/إن, quote, comma or outlet spoken to closing it (اتهم، نفى، نفي)
        # (a comma closes it only when أن/إن follows: وقال المتحدث، فلان، إن)
        # (على لسان hands the verb's words to the teller after it, so the verb's object may follow him just the
        # same: أعلنت الوزارة على لسان المتحدث باسمها تراجع الهجمات)
        open_end = i > 0 and (self.t(i - 1) in _cue_words() or self._after_tongue(i)) \
            and self.t(end) not in _STRICT_COMPS \
            and self.t(end) != _QUOTE and self.addressee_at(end, probe=True) is None \
            and not (self.t(end) in {"،", ","} and self._has_complement(end, i))
        masdar = next((m for m in range(k, end) if self.t(m) in _OBJECT_MASDARS), None) if open_end else None
        if hit is not None and masdar is not None and not any(
                self.entity_at(self.toks[m].s, self.toks[m].e, ("person",)) for m in range(k, masdar)):
            # (أكد مدير التربية انخفاض أعداد الطلاب، أكد الرئيس الأفغاني مقتل زعيم الحركة فلان: a verbal noun of
            # the object before any name opens the object; the name the earlier stages read after it, or the
            # person named inside the object, holds no title of the teller)
            hit = None
        if open_end:
            # no أن/إن closes the phrase (اتهم، نفى): the verb's object may follow the title or the name
            if hit is not None:
                # the person's mention ends the phrase (أعلن محافظ أربيل نوزاد هادي مقتل …)
                h_end = self.tok_until_orig(k, hit[1])
                if k < h_end < end:
                    end = h_end
                name_start = min(name_start, end)
            else:
                name_end = self._name_end(name_start, end)
                if name_end - name_start < 2:
                    end = self._title_end(k, end)  # no name: only the title, up to its complement's end
                    name_start = end
                else:
                    end = name_end
        if (hit is None or self.tok_until_orig(k, hit[1]) == end) \
                and first.t.startswith("ال") and k == role_end == name_start and end - name_start == 2 \
                and self.t(name_start + 1).startswith("ال") and self._common_after_name(name_start):
            # (توعد الرئيس منفذي الهجوم بأنهم …: a definite title, then a common word in construct with a definite
            # noun, the verb's object, whether or not the entity stage took it for a name (it no longer does:
            # `names.common_phrase`); the title alone tells)
            hit, end = None, name_start
            name_start = end
        if not open_end:
            # (وأكد مدير الصحة فلان الفلاني حصيلة القتلى، وذكر أن …، وقال فلان الفلاني منتقدا …: a comma and a
            # later أن close the phrase, yet the name still ends at the first common word after two of its words
            # and after the person's mention)
            cut_from = name_start + 2 if hit is None else max(name_start + 2, self.tok_until_orig(k, hit[1]))
            end = next((m for m in range(cut_from, end) if self._common_after_name(m)), end)
        n_name = end - name_start
        known = n_name >= 1 and self.t(end - 1) in self.persons
        # one given name after a definite title (الملك عبدالله، الرئيس حسن): a person named by title and name
        known = known or (n_name == 1 and first.t.startswith("ال") and self.t(end - 1) in _given_names())
        if hit is not None or n_name >= 2 or known:
            # (not after a one-word definite title, which a name follows right away: البروفيسور فلان، مدير كلية
            # …، has the title after the name)
            app = self._appositive_name(end, i) if not known and not (
                first.t.startswith("ال") and role_end == i + 1 and k == role_end
                and all(self._plain_word(self.t(m)) or (m > k and self._plain_word(self.t(m)[2:]))
                        for m in range(k, end))) else None
            if app is not None and app[0] is None and not self._unknown_name_words(
                    end + 1 if self.t(end + 1) not in self.lx.roles else end + 2, app[1]):
                app = None  # ، نائب رئيس الوفد، / ، مدير كلية التعدين، : a second title set off, no name
            if app is not None and hit is not None and (
                    app[0] is None or app[0].id == hit[0].id
                    or any(self.t(m).startswith("ب") for m in range(self.tok_until_orig(k, hit[1]), end))):
                app = None  # (ندد زعيم المعارضة فلان بإعلان فوز، فلان: the name inside was the teller's)
            if app is not None:
                # الناطق باسم تجمع أحرار حوران، أبو محمود الحوراني، إن: the words after the title were the body
                # it speaks for (or a place, taken for a person), and the name set off by commas is the teller's
                return self._appositive_np(app, i, first.s, role, role_end, end)
            np_ = NP("person", i, end, first.s, self.toks[end - 1].e, role=role)
            np_.outer = self._outlet_in(role_end, min(name_start, end))
            if hit is not None:
                np_.entity = hit[0].id
            if n_name:
                np_.name = self.surface(self.toks[name_start].s, self.toks[end - (2 if quoted else 1)].e)
            return np_
        app = self._appositive_name(end, i)
        if app is not None:
            # قائد محور غرب نينوى، الحاج حيدر الساعدي، …: the title, then the person's name
            return self._appositive_np(app, i, first.s, role, role_end, end)
        if _unprefix(first.t) in _COUNTERPARTS or first.t in _COUNTERPARTS:
            return self._counterpart(i, role_end, end, first, role)
        if _bare(first.t) in self.lx.correspondents:
            return None  # المراسل: the outlet's correspondent (see _np_noun), never an official
        if first.t.startswith("ال") and self.t(role_end - 1).startswith("ال"):
            obj = k
            while obj < end and self.t(obj).startswith("ال") and self._adjective(obj):
                obj += 1  # الرئيس الشيشاني: a nisba no list names still belongs to the title
            if obj < end and self.t(obj).startswith("ال"):
                end = obj  # وقال الملك الحكومة في خطاب: a complete definite title, then the words it is said to
        quals = [self.surface(self.toks[m].s, self.toks[m].e) for m in range(role_end, k)]
        # (a title in construct with a definite noun is definite too: قائد قوات التحالف after its holder's name)
        holder = self._title_holder(i, end) if first.t.startswith("ال") or self.t(i + 1).startswith("ال") else None
        if holder is not None:
            # a definite title with no name whose words all belong to a person named earlier: that person, who
            # speaks through the outlet the title names as before (مدير المرصد: the Observatory, then its head)
            np_ = NP("person", i, end, first.s, self.toks[end - 1].e, role=role, entity=holder[1])
            np_.outer = self._outlet_in(role_end, end)
            return np_
        # an unnamed witness, activist or doctor (الشاهد، الناشط) is no office: the kind of its source noun
        kind = "anonymous" if self.lx.source_nouns.get(_bare(first.t)) == "anonymous" else "official"
        np_ = NP(kind, i, end, first.s, self.toks[end - 1].e, qualifiers=quals, role=role)
        comma = self._comma_after_complement(end, i)
        app = self._appositive_name(comma, i, closing=True) if comma is not None else None
        if app is None:
            comma, app = self._name_after_complement(end, i)
        if app is not None and app[0] is not None and not _bare(_unprefix(first.t)).endswith(("ون", "ين", "ات")):
            # الطبيب المشرف على العلاج، فلان، إن: the title of the named person set off after it
            ent, j = app
            np_ = NP("person", i, j, first.s, self.toks[j - 1].e, role=role, entity=ent.id)
            np_.name = self.surface(self.toks[comma + 1].s, self.toks[j - 1].e)
        return np_

    def _unknown_name_words(self, a: int, b: int) -> bool:
        """Tokens a..b read as a person's name no list knows: no title among them, and a definite word only as a
        nisba (أبو محمود الحوراني), الله (ذبيح الله) or after عبد/أبو (عبد الرحمن), never a common noun
        (كلية التعدين)."""
        for m in range(a, b):
            t = self.t(m)
            if t in self.lx.roles:
                return False
            if t.startswith("ال") and not t.endswith("ي") and t != _ALLAH and self.t(m - 1) not in _NAME_LINKS:
                return False
        return b > a

    def _medium_lead(self, k: int, sent_i: int) -> int | None:
        """A medium phrase from token k (a preposition, a medium noun, then at most five words that name no one:
        في كلمة مقتضبة، خلال مؤتمر صحافي في عمان, where صحافي is the medium's adjective, no journalist) right
        before a quote, a colon or أن/إن: the index of that token, else None. A teller, an outlet or a verb inside
        the phrase leaves it to the other readings."""
        if self.t(k) not in _MEDIUM_PREPS or self.t(k + 1) not in self.lx.medium:
            return None
        for m in range(k + 2, min(len(self.toks), k + 8)):
            t = self.t(m)
            if not self.same_sentence(sent_i, m):
                return None
            if t in _STRICT_COMPS or t in {":", _QUOTE}:
                return m
            if not t.isalpha() or t in self.lx.comps or t in self.lx.roles or _bare(t) in self.lx.roles \
                    or self._name_like(m) or _unprefix(t) in self.lx.verbs \
                    or (self.lx.source_nouns.get(_bare(t)) and not (m == k + 2 and self._adjective(m))) \
                    or self.addressee_at(m, probe=True) is not None or self.entity_at(
                        self.toks[m].s, self.toks[m].e, ("person", "actor", "outlet")) is not None:
                return None
        return None

    def _drop_hal(self, np_: NP, gender: str | None) -> None:
        """The last word of a person's phrase right before what was said, shaped as an indefinite participle
        of the verb's gender (فاعلة/فاعلا: ضاحكة، غاضبا; a م participle of the derived stems: مبتسمة، متسائلا،
        مستغربة), describes how the words were said (a ḥāl), so it leaves the source text and the name; the
        phrase still ends after it. A given name or a name seen before is kept (فاطمة، نادية)."""
        last = np_.j - 1
        if np_.j - np_.i < 2 or np_.text is not None or np_.e != self.toks[last].e \
                or not (self.t(np_.j) in _STRICT_COMPS or self.t(np_.j) in {":", _QUOTE}
                        or self._hal_with_object(np_, last)) \
                or not self.same_sentence(last, np_.j):
            return
        t = self.t(last)
        if not t.isalpha() or t.startswith("ال") or t in _given_names() or t in self.persons:
            return
        endings = {"f": ("ه",), "m": ("ا",)}.get(gender or "", ("ه", "ا"))
        stem = t[:-1]
        if not t.endswith(endings) or not (
                (len(stem) == 4 and stem[1] == "ا")
                or (stem.startswith("م") and len(stem) >= 5 and (stem[1] in "تس" or stem[2] == "ت"))):
            return
        np_.e = self.toks[last - 1].e
        if np_.name:
            words = np_.name.split()
            if len(words) >= 2 and _f(words[-1]) == t:
                np_.name = " ".join(words[:-1])

    def _hal_with_object(self, np_: NP, last: int) -> bool:
        """Whether the participle ending a person's phrase takes an object after it (قال فلان منتقداً سياسة
        الإدارة إن): it is a ḥāl, no word of the name, when its raw text carries the accusative tanwin or it stands
        past the mention of the person the earlier stages know."""
        if not self.t(np_.j).isalpha() or not self.same_sentence(last, np_.j):
            return False
        a, b = self.orig(self.toks[last].s, self.toks[last].e)
        if "\u064b" in self.doc.text[a:b + 1]:
            return True  # منتقداً / منتقدًا
        return np_.entity is not None and self.entity_at(
            self.toks[last].s, self.toks[last].e, ("person",)) is None

    def _past_epithets(self, k: int) -> int:
        """Where a teller's epithets end after token k (see `_epithets_close`); k when none follow."""
        return next((k + n for n in (1, 2) if self._epithets_close(k, k + n)), k)

    def _epithets_close(self, k: int, end: int) -> bool:
        """Tokens [k, end) are one or two definite words that describe a complete title, and a colon or a long
        quote comes right after them (وتابع الرئيس الإيراني المعتدل: "…"، وقال الوزير المخضرم "…"): what was said
        starts there, so the words are the teller's epithets (the source text stays the title), not the verb's
        object. A named entity, a person's name, a title or a closed-class word there is none."""
        if not 1 <= end - k <= 2 or end >= len(self.toks) or not self.same_sentence(k, end):
            return False
        if not (self.t(end) == ":" or (self.t(end) == _QUOTE and self._long_quote(end))):
            return False
        for m in range(k, end):
            t = self.t(m)
            if not (t.startswith("ال") and t.isalpha() and len(t) > 4) or t in self.persons or t in self.lx.roles \
                    or t in self.lx.stops or t in self._PREPS or t in self.lx.comps or _bare(t) in _BODY_NOUNS \
                    or self.lx.source_nouns.get(_bare(t)) or self.entity_at(
                        self.toks[m].s, self.toks[m].e, ("person", "actor", "place", "outlet")) is not None:
                return False
        return True

    def _name_after_complement(self, j: int, start: int) -> tuple[int, tuple[EntityDraft | None, int] | None]:
        """A person the entity stage named right after a title's short complement with no comma, the verb's
        أن/إن right after the name (وذكر مدير الشرطة بالمدينة خوان بيريز إن): the token before the name and the
        person with the index after the mention; (j, None) when there is none."""
        for n in range(j, min(len(self.toks), j + 3)):
            t = self.t(n)
            if not self.same_sentence(start, n) or not t.isalpha() or _unprefix(t) in self.lx.verbs \
                    or t in _STRICT_COMPS:
                return j, None
            hit = self.entity_at(self.toks[n].s, self.toks[n].e, ("person",))
            if hit is None or n == j or not self._mention_starts_at(n, self.toks[n]):
                continue
            end = self.tok_until_orig(n, hit[1])
            if end < len(self.toks) and self.same_sentence(start, end) and self.t(end) in _STRICT_COMPS:
                return n - 1, (hit[0], end)
            return j, None
        return j, None

    def _quote_open(self, k: int, end: int) -> int:
        """The token in [k, end) whose quote closes at `end` (end - 1 being a closing mark), else `end`."""
        for m in range(max(k, end - 6), end - 1):
            if self.t(m) == _QUOTE and self.consume_quote(m) == end:
                return m
        return end

    def _quoted_name(self, k: int, end: int) -> int | None:
        """Token k opens a quote that closes at `end` around two to four words that can make a name (a plain
        first word, then plain or definite ones: "ذياب القبلي"، "أبو علي"): the first word's index, else None.
        A quoted phrase no name can be (a title, a body, a place, a party the earlier stages named) gives None."""
        if k < 1 or self.t(k) != _QUOTE or self.consume_quote(k) != end or not 2 <= end - k - 2 <= 4:
            return None
        if self.same_sentence(k, end) and not (self.t(end) in _PUNCT_STOP or self.t(end) in _STRICT_COMPS
                                               or self.addressee_at(end, probe=True) is not None):
            return None  # منح رئيس البلاد "وسام الاستحقاق" إلى …: the quote is what he did something with
        prev = self.t(k - 1)
        if not (prev.startswith("ال") or _bare(prev) in self.lx.role_mods):
            return None  # قائد "لواء الفتح": after an indefinite title the quote is its genitive, a body
        words = range(k + 1, end - 1)
        if not (self._plain_word(self.t(k + 1)) or self.t(k + 1) in _COMPOUND or self.ali_name(k + 1)):
            return None
        for m in words:
            t = self.t(m)
            if t == _ALA_WORD and self.ali_name(m):
                continue  # "أبو علي"
            if not t.isalpha() or t in _NOT_NAME or _unprefix(t) in _NOT_NAME or t in self.lx.stops \
                    or t in self._PREPS or self.lx.source_nouns.get(_bare(t)) or t in self.lx.roles \
                    or (self.entity_at(self.toks[m].s, self.toks[m].e, ("actor", "place", "outlet")) is not None
                        and t not in self.persons):
                return None
        return k + 1

    def _nisba_shape(self, t: str) -> bool:
        """A definite word shaped like a nisba adjective (الهندي، الإسرائيلية) or a listed qualifier (السابق)."""
        return (t.startswith("ال") and len(t) > 5 and t.endswith(("ي", "يه"))) \
            or _bare(t) in self.lx.role_mods or _bare(t) in self.lx.qualifiers

    def _adjective_closes(self, k: int, end: int) -> int:
        """Where a title's definite words end: after a definite adjective (رئيس الوزراء الهندي) no genitive of
        the title can follow, so a definite noun there that is no adjective and no one's name is what the verb
        says about (وصف رئيس الوزراء الهندي الحادث بأنه، نفى المتحدث باسم الجيش الإسرائيلي التقارير)."""
        for m in range(k + 1, end):
            t, prev = self.t(m), self.t(m - 1)
            if not (prev.startswith("ال") and self._nisba_shape(prev)):
                continue
            if t.startswith("ال") and len(t) > 4 and t not in self._PREPS and t not in self.lx.stops \
                    and t not in self.lx.comps and not self._nisba_shape(t) and t not in self.persons \
                    and self.entity_at(self.toks[m].s, self.toks[m].e, ("person", "outlet")) is None \
                    and not any(self._names_someone(n) for n in range(m, min(len(self.toks), end + 2))
                                if self.same_sentence(k, n)):
                return m
        return end

    def _names_someone(self, n: int) -> bool:
        """Token n is a rank, title or given name, or a person the earlier stages named: a name may follow the
        title there (قائد الأمن الداخلي في اللاذقية العميد فلان، قائد الفرقة في الجيش الجديد، فلان)."""
        t = self.t(n)
        return t in self.lx.roles or _bare(t) in self.lx.roles or self._name_like(n) or t in self.persons \
            or self.entity_at(self.toks[n].s, self.toks[n].e, ("person",)) is not None

    def _title_end(self, k: int, end: int) -> int:
        """The end of a title's complement (محافظ حلب، المتحدث باسم الجيش الإسرائيلي): a party or place the
        earlier stages named closes a construct, after which only definite adjectives and genitives go on; an
        indefinite word there is the verb's object (نفى محافظ حلب وجود …). A definite word ends a construct too,
        so a closed-class word after one, which no name holds, opens the object (ونفى الرئيس السابق أي دور له،
        نفى المتحدث باسم الجيش كل التهم); a word that may be a name there is the holder's (الرئيس عباس)."""
        m, closed = k, False
        definite = k > 0 and self.t(k - 1).startswith("ال")
        while m < end:
            t = self.t(m)
            if closed and not (t.startswith("ال") or t.startswith("لل") or t.startswith("بال")):
                return m
            if t in _OBJECT_MASDARS or self._bi_object_at(m):
                return m  # نفى مدير المستشفى وقوع …، ندد وزير الخارجية بالهجوم: the object begins
            if t.startswith(("ال", "لل")):
                definite = True
            elif definite:
                if t.isalpha() and not self._name_word(m) and t not in self._PREPS:
                    return m  # (a preposition may open a phrase that qualifies the title: مدير المكتب في …)
                definite = False  # a name, or the word of one, follows the title: the old reading holds
            hit = self.entity_at(self.toks[m].s, self.toks[m].e, ("actor", "place"))
            if hit is not None and t not in self.persons:
                m, closed = max(m + 1, self.tok_until_orig(m, hit[1])), True
                continue
            m += 1
        return end

    def _name_end(self, name_start: int, end: int) -> int:
        """Where a name no entity knows ends after a title when no أن/إن closes it (اتهم المتحدث باسم الجيش
        إيران بإطلاق …، نفى محافظ حلب وجود أي اشتباكات): before the first word that cannot be part of a name
        (a closed-class word, a preposition, a party or place the earlier stages named: the verb's object)."""
        for m in range(name_start, end):
            t = self.t(m)
            if t == _ALA_WORD and self.ali_name(m):
                continue  # الدكتور علي العبوس
            if m >= name_start + 2 and self._common_after_name(m):
                return m  # نفى محافظ المدينة فلان الفلاني وجود …: a common word after two of the name's words
            if not t.isalpha() or t in self._PREPS or t in _NOT_NAME or _unprefix(t) in _NOT_NAME \
                    or t in _OBJECT_MASDARS or t in self.lx.stops or t in _MANNER or (
                    self.entity_at(self.toks[m].s, self.toks[m].e, ("actor", "place")) is not None
                    and t not in self.persons):
                return m
        return end

    def _common_after_name(self, m: int) -> bool:
        """Whether the bare word at m, after two words of a name, is a word of the corpus's common classes, no
        given name nor a name's tail nor a person known: a name has ended (فلان الفلاني حصيلة القتلى، فلان
        الفلاني منتقدا), where a family name the corpus does not know, or a definite nisba, goes on."""
        t = self.t(m)
        if not t.isalpha() or t.startswith(("ال", "عبد")) or t in self.persons or self.t(m - 1) in _NAME_TIES:
            return False  # (عبدالله بن زايد آل نهيان: the word after آل or بن is a name's)
        if m + 1 >= len(self.toks) or not self.t(m + 1).isalpha() or not self.same_sentence(m, m + 1):
            return False  # (الشيخ فلان فايز بشر: ، a name's last word before a stop, where no object goes on)
        from marsad.stages import names, ner  # (the corpus's word classes, loaded by the earlier stages)

        cls = names._word_class(t, ner.corpus_words())
        return cls is not None and cls != names._NAME_CLASS and not names.is_given_name(t) \
            and t not in packs.folded_words("roles", "given_name_tails")

    def _counterpart(self, i: int, role_end: int, end: int, first: Tok, role: str) -> NP:
        """"وأكد نظيره الفرنسي أن …": a counterpart stands for one person. He is the person named earlier whose
        title holds the words after نظيره (الرئيس الفرنسي إيمانويل ماكرون); with no such name the title speaks
        as an unnamed office (official, as the ontology has it for a title without a personal name)."""
        np_ = NP("official", i, end, first.s, self.toks[end - 1].e, role=role)
        held = self._title_holder(role_end, end) if end > role_end else None
        ent = next((e for e in self.doc.entities if held is not None and e.id == held[1]), None)
        if ent is not None:
            pos = self.orig(first.s, first.e)[0]
            men = max((m for m in ent.mentions if m.end <= pos), key=lambda m: m.start, default=None)
            if men is not None:
                np_.kind, np_.entity, np_.text = "person", ent.id, men.text.strip()
        return np_

    def _words(self, text: str) -> frozenset[str]:
        return frozenset(_bare(w) for w in _TOKEN.findall(_f(text)) if w.isalpha())

    def _title_holder(self, i: int, j: int) -> tuple[frozenset[str], str | None] | None:
        """The latest named person whose title holds every word of tokens [i, j) (الوزير الأمريكي): the words of
        that person's phrase and the person's entity id."""
        words = frozenset(_bare(self.t(m)) for m in range(i, j) if self.t(m).isalpha())
        if not words:
            return None
        held = next((held for held in reversed(self.titled) if words <= held[0]), None)
        if held is not None:
            return held
        # a person the entity stages named earlier outside any claim (استقبل الرئيس الفرنسي إيمانويل ماكرون …)
        pos = self.doc.folded.orig(self.toks[i].s)
        return next(((w, ent) for start, w, ent in reversed(self._entity_titles()) if start < pos and words <= w),
                    None)

    def _entity_titles(self) -> list[tuple[int, frozenset[str], str | None]]:
        """Each mention of a person entity, in text order: its start, its words with the up to three words of
        the same sentence before it (the title: الرئيس الفرنسي إيمانويل ماكرون), and the entity id."""
        if self._titles is not None:
            return self._titles
        out: list[tuple[int, frozenset[str], str | None]] = []
        people = [e for e in self.doc.entities if e.type == "person"]
        starts = [self.doc.folded.orig(tok.s) for tok in self.toks] if people else []
        for ent in people:
            for men in ent.mentions:
                words = set(self._words(men.text))
                m = bisect.bisect_left(starts, men.start)
                for n in range(m - 1, max(-1, m - 4), -1):
                    if not self.same_sentence(m, n) or not self.t(n).isalpha():
                        break
                    words.add(_bare(self.t(n)))
                out.append((men.start, frozenset(words), ent.id))
        out.sort(key=lambda x: x[0])
        self._titles = out
        return out

    def _outlet_in(self, a: int, b: int) -> list[model.Source]:
        """An outlet named inside a person's title (مدير المرصد رامي عبد الرحمن): the outer link the person
        speaks for; never the publisher itself."""
        for m in range(a, b):
            t = self.t(m)
            if t.startswith("ال") and _bare(t) in self.lx.outlet_nouns and m > a:
                end = min(self._outlet_name_end(m + 1, m), b) if m + 1 < b else m + 1
                text = self.surface(self.toks[m].s, self.toks[end - 1].e)
                return [] if self.is_own(text) else [model.Source("outlet", text)]
            hit = self.entity_at(self.toks[m].s, self.toks[m].e, ("outlet",))
            if hit is not None:
                end = self.tok_until_orig(m, hit[1])
                text = self._outlet_text(hit[0], m, min(end, b))
                if not self.is_own(text):
                    return [model.Source("outlet", text, entity=hit[0].id)]
        return []

    _PREPS = _grammar("prepositions")

    def _plain_word(self, w: str) -> bool:
        """An indefinite word that could be part of a name (not a preposition, qualifier or clitic phrase)."""
        return (w.isalpha() and not w.startswith("ال") and not w.startswith("لل") and w not in self._PREPS
                and not _bi_object(w)
                and _bare(w) not in self.lx.qualifiers and _bare(w) not in self.lx.role_mods
                and w not in self.lx.stops)

    def _name_start(self, role_end: int, k: int, end: int, definite_role: bool) -> int:
        """Where the person's name begins inside a role phrase, or `end` when there is no name.
        A name is the first plain word after a definite word, a closing quote or a modifier
        (المحلل الكردي فريد …، وزير الخارجية التركي هاكان …); after an indefinite title word it is the
        construct (مدير مكتب …), so only a tail of 2+ plain words at the end counts then."""
        for m in range(k, end):
            w = self.t(m)
            if not self._plain_word(w) and not self.ali_name(m):
                continue
            if w[:1] == "ل" and w[1:] in _LAM_BODY_HEADS:
                continue  # الرئيس المشترك لهيئة الخارجية: the body the title is of, never a name
            prev = self.t(m - 1)
            after_def = (prev.startswith("ال") or prev.startswith("لل") or prev == _QUOTE
                         or _bare(prev) in self.lx.role_mods or _bare(prev) in self.lx.qualifiers)
            if m == role_end and not definite_role and m == k:
                after_def = False
            elif m == role_end:
                after_def = definite_role
            if after_def and prev not in self._PREPS and all(
                    self._plain_word(self.t(x)) or self.t(x).startswith("ال") or self.ali_name(x)
                    for x in range(m, end)):
                return m
        tail = end
        while tail > k and (self._plain_word(self.t(tail - 1)) or self.ali_name(tail - 1)):
            tail -= 1
        return tail if end - tail >= 2 else end

    def _np_noun(self, i: int, first: Tok) -> NP | None:
        lx = self.lx
        head = _bare(first.t)
        k = i + 1
        kind = None
        for seq, knd in lx.multi_nouns.items() if head in lx.multi_heads else ():
            if head == seq[0] and all(_bare(self.t(i + n)) == seq[n] for n in range(1, len(seq))):
                kind, k = knd, i + len(seq)
                break
        if kind is None:
            kind = lx.source_nouns.get(head)
        if kind is None:
            return None
        np_ = NP(kind, i, k, first.s, first.e, definite=first.t.startswith("ال"))
        # a genitive outlet right after the head: مصادر الجزيرة، مراسل الشبكة
        if k < len(self.toks) and self.same_sentence(i, k):
            g = self._genitive_outlet(k)
            if g is not None and self.t(k).startswith("ل") and not _f(g[0].text).startswith("ل") \
                    and head not in lx.correspondents:
                g = None  # سكان لوكالة فرانس برس: the outlet they spoke to (an addressee), no genitive
            if g is not None:
                src, k = g
                if head in lx.info:
                    # معلومات المرصد: the outlet's own telling
                    return NP("outlet", i, k, first.s, self.toks[k - 1].e, entity=src.entity, text=src.text)
                np_.outer.append(src)
        if head in self.lx.correspondents:
            k = self._correspondent_outlet(np_, first, k)
        while k < len(self.toks) and k - i < _MAX_NP and self.same_sentence(i, k):
            t = self.t(k)
            w = _bare(_unprefix(t)) if t not in lx.qualifiers else t
            close = self._close_to(k)
            if t in lx.anaphoric:
                np_.anaphoric = True
                k += 1
            elif close is not None:
                arg_end = self.consume_arg(close, i)
                if arg_end == close:
                    break
                np_.qualifiers.append(self.surface(self.toks[k].s, self.toks[arg_end - 1].e))
                k = arg_end
            elif w in lx.qualifiers or _bare(t) in lx.qualifiers or t in _witness_pairs().get(head, ()) \
                    or (not t.startswith("ال") and not np_.definite and not self._co_head(t)
                        and self._indefinite_qualifier(k)):
                # (an indefinite word after a definite head is no adjective of it but the verb's object:
                # وأكد المجلس أهمية …، كشفت الشرطة هوية …)
                q = self.surface(self.toks[k].s, self.toks[k].e)
                np_.qualifiers.append(q)
                if w in lx.official_q and head not in lx.media:
                    np_.kind = "official" if kind != "document" else kind
                k += 1
            elif (np_.definite and len(t) > 5 and t.startswith("ال") and t.endswith(("يه", "ي"))
                  and t not in lx.stops and _bare(t) not in lx.source_nouns
                  and not self.entity_at(self.toks[k].s, self.toks[k].e, ("actor", "place", "person", "outlet"))):
                # a nisba adjective after a definite head (الخارجية الفلبينية): a qualifier no list names
                np_.qualifiers.append(self.surface(self.toks[k].s, self.toks[k].e))
                k += 1
            elif t == "(":
                end = self._paren(k)
                if end is None:
                    break
                np_.qualifiers.append(self.surface(self.toks[k + 1].s, self.toks[end - 2].e))
                k = end
            elif kind == "document" and not np_.qualifiers and self._year_end(k, i):
                # وفقاً لاتفاقية 2014، بحسب تقرير عام 2017: the year names the document
                end = self._year_end(k, i)
                np_.qualifiers.append(self.surface(self.toks[k].s, self.toks[end - 1].e))
                k = end
            else:
                break
        if kind == "official" and not np_.definite and k == i + 1 and k < len(self.toks) and self.same_sentence(i, k) \
                and (self.t(k).startswith("ال") or self.t(k) in lx.roles or head in _OFFICE_HEADS) \
                and not self.addressee_at(k, probe=True):
            # an office in construct (مكتب رئيس الوزراء، وزارة الخارجية المصرية): the office's whole name
            k = self._through_affiliation(i, min(self.consume_arg(k, i), k + 4))
        if not np_.definite and k == i + 1 and head in _GROUP_HEADS:
            # وكشف مشايخ قبائل صعدة عن، وقال وجهاء عشيرة البوشعبان إن: the group's whole name, up to three words
            # (a preposition or a place after في ends it: the qualifier rules are not for a group in construct)
            while k < len(self.toks) and k - i <= 3 and self.same_sentence(i, k) and not self.is_boundary(k) \
                    and self.t(k) not in lx.comps and self.t(k) not in self._PREPS and self.t(k) not in lx.stops \
                    and self.t(k).isalpha() and not self.t(k).startswith("ل") \
                    and not self.addressee_at(k, probe=True):
                k += 1
        if np_.definite and np_.kind == "official" and head in _BODY_NOUNS and self.t(k).startswith("ل") \
                and len(self.t(k)) > 3 and self.same_sentence(i, k) and not self.addressee_at(k, probe=True) \
                and not self.is_boundary(k):
            # اللجنة الدولية للصليب الأحمر، الهيئة الوطنية لشؤون المفقودين: the name goes on in a genitive with لـ
            m = k + 1
            while m < len(self.toks) and m - k < 3 and self.same_sentence(i, m) and not self.is_boundary(m) and (
                    self.t(m).startswith("ال") or self.entity_at(self.toks[m].s, self.toks[m].e, ("place", "actor"))):
                m += 1
            if m > k + 1 or self.t(k).startswith("لل"):
                k = m
        if np_.definite and np_.kind == "official" and head in _OFFICE_HEADS and k < len(self.toks) \
                and self.same_sentence(i, k) and self.t(k).startswith("ل") and len(self.t(k)) > 3:
            # المكتب الإعلامي لقوات سوريا الديمقراطية: the office of a named actor, the actor in its name
            hit = self.entity_at(self.toks[k].s + 1, self.toks[k].e, ("actor",))
            if hit is not None:
                k = min(self.tok_until_orig(k, hit[1]), i + _MAX_NP)
        if head in lx.correspondents and np_.outer and np_.outer[-1].kind == "outlet":
            k = self._correspondent_name(np_, i, k)
        np_.j = k
        np_.e = self.toks[k - 1].e
        return np_

    def _through_affiliation(self, i: int, k: int) -> int:
        """A body's name in construct read up to k, cut by the word limit inside a participle of belonging
        (مجلس حقوق الإنسان التابع للأمم): the name runs through التابع/التابعة لـ and the body or state the earlier
        stages named after it (… التابع للأمم المتحدة), else it ends before the participle, as before أن/إن."""
        m = next((m for m in range(i + 2, k) if self.t(m) in _BODY_MODIFIERS), None)
        if m is None:
            return k
        nxt = m + 1
        if self.t(m) in _AFFILIATION and nxt < len(self.toks) and self.t(nxt).startswith("ل") \
                and self.same_sentence(i, nxt):
            hit = self.entity_at(self.toks[nxt].s + 1, self.toks[nxt].e, ("actor", "place", "outlet"))
            if hit is not None:
                return min(max(k, self.tok_until_orig(nxt, hit[1])), i + _MAX_NP)
        return m

    def _platform_end(self, k: int) -> int | None:
        """After على/عبر at k, a platform's name, bare or quoted (على فيسبوك، على «تلغرام»، على منصة إكس): the
        index after it."""
        m = k + 1
        if self.t(m) == _QUOTE:
            return m + 3 if self.t(m + 1) in _PLATFORM_NAMES and self.t(m + 2) == _QUOTE else None
        if self.t(m) not in _PLATFORM_NAMES:
            return None
        while m < len(self.toks) and m - k <= 3 and self.t(m) in _PLATFORM_NAMES:
            m += 1
        return m

    def _bi_object_at(self, m: int) -> bool:
        """Token m is `_bi_object` and no body a title belongs to (بمنظمة العفو، بالحرس الثوري، بالاتحاد
        الأوروبي): a body head or a party, place or outlet the earlier stages named."""
        t = self.t(m)
        if not _bi_object(t) or _bare(t[1:]) in _LAM_BODY_HEADS or t[1:] in _LAM_BODY_HEADS:
            return False
        return self.entity_at(self.toks[m].s, self.toks[m].e, ("actor", "place", "outlet")) is None

    def _name_word(self, m: int) -> bool:
        """Token m can be a word of a person's name no list knows (not a place, party or outlet named earlier,
        not a closed-class, time or source word)."""
        t = self.t(m)
        if t == _ALA_WORD and self.ali_name(m):
            return True
        return (t.isalpha() and not self._bi_object_at(m) and t not in _NOT_NAME and _unprefix(t) not in _NOT_NAME
                and t not in self.lx.stops and t not in self._PREPS and t not in _TIME_WORDS and t not in _TIME_NOUNS
                and t not in _MANNER
                and not self.lx.source_nouns.get(_bare(t)) and t not in self.lx.roles
                and _unprefix(t) not in self.lx.verbs and t not in self.lx.comps
                and (t in self.persons or self.entity_at(self.toks[m].s, self.toks[m].e,
                                                         ("actor", "place", "outlet")) is None))

    def _correspondent_name(self, np_: NP, i: int, k: int) -> int:
        """"مراسل الجزيرة في دمشق عمر الخطيب"، "بحسب مراسلة بي بي سي … رنا جواد": a name closing a correspondent's
        phrase (a person the earlier stages named, or a given name and one to three more words) makes the teller
        that person; the outlet stays the outer link. Returns the phrase's end."""
        n = len(self.toks)
        # the name inside the phrase's tail (the qualifier في … ran over it) or right after the phrase
        a = k
        while a > i + 1 and self._name_word(a - 1):
            a -= 1
        b = k
        while b < n and b - a < 4 and self.same_sentence(i, b) and self._name_word(b):
            b += 1
        if b < n and self.same_sentence(i, b) and not (self.t(b) in _PUNCT_STOP or self.t(b) in self.lx.comps
                                                       or self.t(b) == _QUOTE):
            return k  # the words go on: no name closes the phrase
        while a < b and not (self.t(a) in _given_names() or self.t(a) in self.persons
                             or self.entity_at(self.toks[a].s, self.toks[a].e, ("person",)) is not None):
            a += 1  # the name begins with a given name (في محافظة صلاح الدين عمر …: not صلاح الدين)
        if b - a < 2 or b - a > 4:
            return k
        hit = self.entity_at(self.toks[a].s, self.toks[b - 1].e, ("person",))
        np_.kind, np_.name = "person", self.surface(self.toks[a].s, self.toks[b - 1].e)
        if hit is not None:
            np_.entity = hit[0].id
        return b

    def _indefinite_qualifier(self, k: int) -> bool:
        """An adjective after an indefinite source noun that no list names: an accusative form of a listed
        qualifier (مسؤولاً حكومياً) or a nisba (مصدر أمني يمني، مسؤولون أوروبيون) that is no entity's name."""
        return self._adjective(k)

    def _adjective(self, k: int) -> bool:
        """A qualifier or a nisba adjective at token k (حكومياً، يمني، اليمنية), not an entity's name."""
        t = self.t(k)
        if t.startswith(("لل", "بال", "وال", "فال", "كال")):
            return False  # a preposition or conjunction on it (للإخبارية نت): not an adjective of the source
        t = t[2:] if t.startswith("ال") and len(t) > 5 else t
        base = t[:-1] if t.endswith("ا") and len(t) > 3 else t
        if base in self.lx.qualifiers:
            return True
        if len(base) < 4 or not base.endswith(("ي", "يه", "يون", "يين")) or not base.isalpha():
            return False
        if base.startswith(_VERBAL_NOUN_PREFIXES):
            return False  # بتلقي، لمتابعي: a preposition on a verbal noun, not a nisba
        if t in self.lx.stops or _unprefix(t) in self.lx.verbs or t in _NOT_NAME or t in self.lx.comps:
            return False
        return not self.entity_at(self.toks[k].s, self.toks[k].e, ("actor", "place", "person", "outlet"))

    def _publisher(self) -> model.Source | None:
        o = self.doc.outlet
        if o is not None and o.name:
            return model.Source("outlet", o.name)
        g = self.doc.given.get("outlet")
        return model.Source("outlet", g) if isinstance(g, str) and g.strip() else None

    def _correspondent_outlet(self, np_: NP, first: Tok, k: int) -> int:
        """A correspondent speaks for an outlet: the one named after it (مراسل «حوران 24»، مراسل سانا),
        the publisher (مراسلنا، مراسل وكالتنا), or for a bare المراسل the outlet of the last correspondent,
        else the publisher. The outlet is the outer link; the correspondent stays an anonymous inner one."""
        if np_.outer:
            self.last_corr = np_.outer[-1]
            return k
        src: model.Source | None = None
        nxt = self.t(k) if self.same_sentence(np_.i, k) else ""
        if first.t.endswith("نا"):
            src = self._publisher()
        elif self.surface(first.s, first.e).endswith("ه"):
            # مراسله (folded like مراسلة, but written with the pronoun): the outlet named before speaks through him
            got = self._own_outlet(np_.i)
            src = got[0] if got else None
        elif nxt in self.lx.own_outlet_words:
            src, k = self._publisher(), k + 1
        elif nxt == _QUOTE:
            end = self.consume_quote(k, limit=8)
            if end is not None and end - k >= 3 and not self.entity_at(
                    self.toks[k + 1].s, self.toks[end - 2].e, ("actor", "person")):
                src = model.Source("outlet", self.surface(self.toks[k + 1].s, self.toks[end - 2].e))
                k = end
        elif _bare(nxt) in self.lx.outlet_nouns and self.t(k + 1) == _QUOTE:
            got = self._outlet_after_raw(k, False, strict=False)  # مراسل قناة "الجديد": the outlet named after it
            if got is not None:
                src, k = got
        elif first.t.startswith("ال"):
            src = self.last_corr or self._publisher()
        elif nxt.startswith("ال") and _bare(nxt) in self.lx.outlet_nouns:
            # مراسل الوكالة في دمشق، مراسل الصحيفة: no outlet cited before bears the noun (the genitive found
            # none), so it is the publisher's own reporter, or the last correspondent's outlet; the noun stays
            # in the reporter's words and a place after it is his post, no teller
            src, k = self.last_corr or self._publisher(), k + 1
        if src is not None:
            np_.outer.append(src)
            self.last_corr = src
        return k

    def _close_to(self, k: int) -> int | None:
        for seq in self.lx.close_to.get(self.t(k), []):
            m = self.match_seq(k, seq, first_conj=False)
            if m is None:
                continue
            end, lam = m
            if lam:
                return None  # تابعة لـX: keep it simple, the next token carries the ل
            if seq == (_FI,) and (self.t(end) in self.lx.medium or self.t(end) == _WAQT):
                return None
            return end
        return None

    def _genitive_outlet(self, k: int) -> tuple[model.Source, int] | None:
        t = self.t(k)
        hit = self.entity_at(self.toks[k].s, self.toks[k].e, ("outlet",))
        if hit is not None and t[0] == "و":
            a, b = self.orig(self.toks[k].s, self.toks[k].e)
            if all(m.start > a for m, _ent in self.doc.overlapping(a, b, ("outlet",))):
                return None  # عمال إغاثة والمرصد السوري: a second teller (see `co_teller`), not a genitive
        if hit is not None:
            ent, m_end = hit
            end = self.tok_until_orig(k, m_end)
            return model.Source("outlet", self._outlet_text(ent, k, end), entity=ent.id), end
        if _bare(t) in self.lx.outlet_nouns and t.startswith("ال"):
            for src in reversed(self.outlets):
                if _bare(t) in _f(src.text).split():
                    return model.Source("outlet", src.text, entity=src.entity), k + 1
        # an outlet this article already cited, by its first word (الجزيرة for الجزيرة نت)
        for src in reversed(self.outlets):
            words = self._outlet_key(src.text).split()
            if len(words) > 1 and self._nisba_shape(t):
                continue  # الإعلام السوري after المرصد السوري لحقوق الإنسان: an adjective, not that outlet
            if words and _bare(words[0]) == _bare(t) and t.startswith("ال"):
                return model.Source("outlet", self.surface(self.toks[k].s, self.toks[k].e),
                                    entity=src.entity), k + 1
        return None

    def _outlet_text(self, ent: EntityDraft, i: int, j: int) -> str:
        text = self.surface(self.toks[i].s, self.toks[j - 1].e)
        folded = _f(text)
        if folded.startswith("ل") and not _f(ent.name_ar).startswith("ل"):
            if _f(ent.name_ar).startswith("ال"):
                return ent.name_ar  # للجزيرة → الجزيرة
            if folded.startswith("لل"):
                # للصحيفة after صحيفة الوطن: the outlet as cited before, as an anaphoric teller is read
                cited = next((o.text for o in reversed(self.outlets) if o.entity == ent.id), None)
                return cited or "ال" + text[2:]
            return text[1:].lstrip("ـ ")  # لوكالة فرانس برس → وكالة فرانس برس
        return text

    def _np_known(self, i: int, first: Tok) -> NP | None:
        two = f"{_unprefix(first.t)} {self.t(i + 1)}"
        if self.same_sentence(i, i + 1) and two in self.persons:
            _name, role, ent = self.persons[two]
            np_ = NP("person", i, i + 2, first.s, self.toks[i + 1].e, role=role, entity=ent)
            np_.name = self.surface(first.s, self.toks[i + 1].e)
            return np_
        w = _unprefix(first.t)
        if w not in self.persons and first.t not in self.persons:
            return None
        _name, role, ent = self.persons.get(first.t) or self.persons[w]
        j = i + 1
        while j < len(self.toks) and self.t(j) in self.persons and j - i < 4:
            j += 1
        np_ = NP("person", i, j, first.s, self.toks[j - 1].e, role=role, entity=ent)
        np_.name = self.surface(first.s, self.toks[j - 1].e)
        return np_

    def _time_phrase_at(self, i: int) -> bool:
        """Token i opens a time phrase (قبيل الظهر، عقب الاجتماع، خلالها): a preposition of time, bare or with a
        pronoun, never the first word of a teller."""
        w = _unprefix(self.t(i))
        return w in _TIME_PREPS or any(w.endswith(p) and w[:-len(p)] in _TIME_PREPS for p in _TIME_PRONOUNS)

    def unknown_name(self, i: int) -> NP | None:
        """A name right after a verb and before أن/إن (وقال أحمد الخالد إن): a person; plain words ending in an
        outlet's suffix (وقالت اوس نيوز إن، ذكرت كابول تايمز أن) are an outlet's name."""
        np_ = self._unknown_name(i)
        if np_ is not None and np_.entity is None and np_.j - np_.i >= 2 and not self.t(np_.i).startswith("ال") \
                and self._outlet_suffix_end(np_.i, np_.j):
            np_.kind, np_.name = "outlet", None
        return np_

    def _unknown_name(self, i: int) -> NP | None:
        if self._time_phrase_at(i):
            return None
        k = i
        office = _bare(_unprefix(self.t(i))) in _OFFICE_HEADS
        # a given name that folds like a particle (علي = على) still opens a name
        ala = i > 0 and _unprefix(self.t(i - 1)) in _ALA_VERBS  # شدد على القول: the preposition
        while k < len(self.toks) and k - i < 4 and self.same_sentence(i, k) and (
                not self.is_boundary(k) or (k == i and not ala and self._name_like(i) and not self.is_boundary(i + 1))
                or (k > i and self.ali_name(k))):  # محمد علي جعفري: the given name inside a name
            spoken_to = self.addressee_at(k, probe=True) if k > i and not self.t(i).startswith("ال") else None
            if spoken_to is not None and self._closes(spoken_to[1]):
                break  # وتقول هيفاء لبي بي سي إن: the outlet she spoke to ends her name (with_addressee takes it)
            w = self.t(k)
            if w == _QUOTE and k > i:
                break  # وقالت ماجدة "…": the quote after one or more words ends them (the check below decides)
            if not w.isalpha() or w == _QUOTE or w in self.lx.medium or (
                    _bare(w) in self.lx.qualifiers and not self.t(i).startswith("ال") and not office):
                return None  # a qualifier ends a name, but belongs to a body (الهيئة الدولية، منظمة العفو الدولية)
            k += 1
        # a date may stand before أن/إن (وأعلنت الأمم المتحدة الخميس أنها); a definite body may carry
        # "في X" (أعلن الصليب الأحمر في سوريا أن)
        after = k
        fi = next((m for m in range(i, k) if self.t(m) == _FI), None)
        if fi is not None and fi > i and fi == k - 2 and self.t(i).startswith("ال"):
            dated = k  # (a date after the place: قالت السلطة القضائية في إيران الأحد إن)
            while dated < len(self.toks) and dated - k < 3 and self.t(dated) in _TIME_WORDS:
                dated += 1
            if self._closes(dated):
                k, after = fi, dated
        while after < len(self.toks) and after - k < 4 and self.t(after) in _TIME_WORDS:
            after += 1
        addressed = self.addressee_at(k, probe=True) if k > i and after == k else None
        if addressed is not None and self._closes(addressed[1]) and not self.t(i).startswith("ال"):
            # وتقول هيفاء لبي بي سي إن: plain words told to an outlet are a person's name, even one word no
            # list knows (a body spoken for is definite: وقالت الوزارة لرويترز)
            if self.t(i) in _DEMONSTRATIVES or self.addressee_at(i, probe=True) or not all(
                    self._plain_word(self.t(m)) and _unprefix(self.t(m)) not in _NOT_NAME
                    and self.t(m) not in _NOT_NAME for m in range(i, k)):
                return None
            np_ = NP("person", i, k, self.toks[i].s, self.toks[k - 1].e)
            np_.name = self.surface(self.toks[i].s, self.toks[k - 1].e)
            return np_
        # a teller's name is followed by أن/إن, a colon or a comma, not by على/عن/إلى (تعتبر أي صيغة تحافظ على)
        quoted = after == k and self.t(k) in {":", _QUOTE} and k - i <= 3 and (
            self._name_like(i) or (k - i == 1 and self._known_single_name(i))) and all(
            self._plain_word(self.t(m)) and self.t(m) not in _NOT_NAME for m in range(i, k))
        if k == i or (not self._closes(after) and self.t(after) not in {"،", ","} and not quoted):
            return None  # (وقال منير "…": a given name and its words quoted is a person too)
        if self.t(i).startswith("ال"):
            # a definite phrase right before أن/إن (وقالت الخزانة إن، وأعلنت الأمم المتحدة أن): a state body
            if k - i > 4 or not self._closes(after) or self.t(i) in _DEMONSTRATIVES \
                    or not all(self._body_word(m, i, k) for m in range(i, k)):
                return None
            return NP("official", i, k, self.toks[i].s, self.toks[k - 1].e)
        if self._foreign_body(i, k, after):
            # two or three plain words no list knows right before أن/إن (وقالت هيومن رايتس ووتش إن، قالت بيونغ
            # يانغ الأربعاء إنها): a body's name written as it sounds; a person would start with a given name.
            # A kin or counsel with a pronoun before a name (زوجته رغد، محاميتها غابي) is that person; a noun
            # with a nisba (لاجئة أفغانية) an unnamed one
            np_ = NP("official", i, k, self.toks[i].s, self.toks[k - 1].e)
            # (the pronoun read on the text as written: a folded ة looks like ه)
            if any(self._name_like(m) for m in range(i + 1, k)) \
                    or self.surface(self.toks[i].s, self.toks[i].e).endswith(_POSSESSIVE):
                np_.kind, np_.name = "person", self.surface(self.toks[i].s, self.toks[k - 1].e)
            elif any(self._adjective(m) for m in range(i + 1, k)):
                np_.kind = "anonymous"
            return np_
        if 1 < k - i <= 4 and office and not self._name_like(i) and self._closes(after) and all(
                (self._plain_word(self.t(m)) or self._body_word(m, i, k)) and self.t(m) not in _MANNER
                and self.t(m) not in _TIME_WORDS for m in range(i + 1, k)):
            # an office head before a name written as it sounds (وقالت منظمة هيومن رايتس ووتش إن) or a verbal
            # noun in construct (أعلنت منظمة حظر الأسلحة الكيميائية الأربعاء أن): the body
            return NP("official", i, k, self.toks[i].s, self.toks[k - 1].e)
        if after != k:
            return None
        if self.t(i) in _DEMONSTRATIVES or self.addressee_at(i, probe=True):
            return None
        if any(_unprefix(self.t(m)) in _NOT_NAME or self.t(m) in _NOT_NAME for m in range(i, k)):
            return None
        if k - i > 1 and not self._name_like(i):
            if k - i <= 3 and self._title_aside(k) and all(self._plain_word(self.t(m)) for m in range(i, k)):
                # قال باهرام قاسمي، المتحدث باسم الخارجية، إن: plain words a title describes are a person's name
                np_ = NP("person", i, k, self.toks[i].s, self.toks[k - 1].e)
                np_.name = self.surface(self.toks[i].s, self.toks[k - 1].e)
                return np_
            if k - i <= 4 and office and all(self._body_word(m, i, k) for m in range(i + 1, k)):
                # an office in construct no list names (وقال مركز الدفاع المدني إن): a body speaking officially
                return NP("official", i, k, self.toks[i].s, self.toks[k - 1].e)
            return None
        if k - i == 1 and not self._name_like(i):
            ent_id = self._surname_of(i) or self._person_at(i)
            if ent_id is not None:
                # the surname of a person the article names in full (تيريزا ماي … وقالت ماي إن): that person
                np_ = NP("person", i, k, self.toks[i].s, self.toks[k - 1].e, entity=ent_id)
                np_.name = self.surface(self.toks[i].s, self.toks[k - 1].e)
                return np_
            if self._bare_surname(i):
                np_ = NP("person", i, k, self.toks[i].s, self.toks[k - 1].e)
                np_.name = self.surface(self.toks[i].s, self.toks[k - 1].e)
                return np_
            if self._close_at >= 0 and not self.t(i).startswith("ال") and self.t(i) not in _BARE_BODIES:
                # "…، كما تقول عشتار.": one plain word closing the sentence as a teller is a person's name (or a
                # title with a pronoun: كما قالت محاميتها)
                np_ = NP("person", i, k, self.toks[i].s, self.toks[k - 1].e)
                np_.name = self.surface(self.toks[i].s, self.toks[k - 1].e)
                return np_
            if self._lam_person(i):
                return None  # وقال لنائبة إنه، وقال لمراسلنا إن: the one spoken to, no teller
            # a definite word or a body spelled bare (الأسايش، يونيسف): a body speaking officially
            return NP("official", i, k, self.toks[i].s, self.toks[k - 1].e)
        np_ = NP("person", i, k, self.toks[i].s, self.toks[k - 1].e)
        np_.name = self.surface(self.toks[i].s, self.toks[k - 1].e)
        return np_

    def _aside_title(self, k: int) -> frozenset[str]:
        """The words of a title set off by a comma right after a person's name (فلان، المتحدث باسم الوزارة، إن):
        a later bare title (وأضاف المتحدث) points back to that person, as a title before the name does."""
        if k >= len(self.toks) or self.t(k) not in {"،", ","} or not self.same_sentence(k, k + 1):
            return frozenset()
        w = _unprefix(self.t(k + 1))
        if w not in self.lx.roles and self.lx.source_nouns.get(_bare(w)) not in ("official", "anonymous"):
            return frozenset()
        words = []
        for n in range(k + 1, min(len(self.toks), k + 11)):
            t = self.t(n)
            if not self.same_sentence(k, n) or t in _PUNCT_STOP or t == _QUOTE or t in _STRICT_COMPS:
                break
            if t.isalpha():
                words.append(_bare(t))
        return frozenset(words)

    def _title_aside(self, k: int) -> bool:
        """", المتحدث باسم الخارجية الإيرانية، إن": a comma, a title (a role or a teller's noun, no document)
        and its complement, then أن/إن (or a colon and a quote) within a few words, no verb between: the words
        before the comma are the name of the one so titled."""
        if self.t(k) not in {"،", ","} or not self.same_sentence(k, k + 1):
            return False
        w = _unprefix(self.t(k + 1))
        if w not in self.lx.roles and self.lx.source_nouns.get(_bare(w)) not in ("official", "anonymous"):
            return False
        for n in range(k + 2, min(len(self.toks), k + 11)):
            if not self.same_sentence(k, n) or self.t(n) == _QUOTE or _unprefix(self.t(n)) in self.lx.verbs:
                return False
            if self.t(n) in _STRICT_COMPS or (self.t(n) == ":" and self.t(n + 1) == _QUOTE):
                return True
        return False

    def _bare_surname(self, i: int) -> bool:
        """One plain word no list knows, standing alone as a teller (وقالت بنسودا إن، وأضاف كينيث أن): a surname
        the recogniser did not mark, so a named individual (a person), not a body; a definite word, a possessed
        plural (أصدقاؤها) or a body known by one word written bare (يونيسف، أوكسفام, grammar.bare_bodies) is not."""
        w = self.t(i)
        if any(stem.startswith("ال") for _, stem in proclitic_splits(w, "conj_prep")):
            return False  # a clitic on a definite noun (بالبيان، وبالبيان): no name
        if not (self._plain_word(w) and len(w) > 2 and not w.endswith(_GROUP_SUFFIXES)
                and _unprefix(w) not in _BARE_BODIES and w not in _BARE_BODIES
                and _bare(w) not in self.lx.source_nouns and w not in self.lx.roles
                and self.entity_at(self.toks[i].s, self.toks[i].e, ("place", "actor", "outlet")) is None):
            return False
        # the article writes the word elsewhere next to another plain word, as part of a full name (فاتو
        # بنسودا … وقالت بنسودا; هوا تشون ينغ … واعتبرت هوا): an adverb, a verb or a plural standing where a
        # teller would (يؤكد دائماً:، وقال طلاب إن) has no such full form
        return any(m != i for m in self._in_plain_pairs().get(w, ()))

    def _in_plain_pairs(self) -> dict[str, list[int]]:
        """Folded words by the tokens where they stand next to another plain word that is no verb (built once)."""
        if self._after_plain is None:
            self._after_plain = {}
            cues = _cue_words()

            def namish(t: str) -> bool:
                # (a body's head noun is no part of a name: منظمة ريبريف names a body)
                head = _bare(_unprefix(t))
                return t.isalpha() and self._plain_word(t) and t not in cues and _unprefix(t) not in self.lx.verbs \
                    and t not in _NOT_NAME and _unprefix(t) not in _NOT_NAME and head not in _OFFICE_HEADS \
                    and head not in _BODY_NOUNS and head not in self.lx.source_nouns \
                    and head not in self.lx.outlet_nouns

            for m in range(1, len(self.toks)):
                if self.same_sentence(m, m - 1) and namish(self.t(m - 1)) and namish(self.t(m)):
                    self._after_plain.setdefault(self.t(m), []).append(m)
                    self._after_plain.setdefault(self.t(m - 1), []).append(m - 1)
        return self._after_plain

    def _person_at(self, i: int) -> str | None:
        """The person entity an earlier stage marked on token i's word alone (one word: وقالت ماجدة "…"); a longer
        mention starting there may be a phrase of time the recogniser misread (قبيل منتصف الليل)."""
        t = self.t(i)
        if not t.isalpha() or t in _TIME_WORDS or t in self._PREPS or t in self.lx.stops:
            return None
        a, b = self.orig(self.toks[i].s, self.toks[i].e)
        return next((ent.id for m, ent in self.doc.overlapping(a, b, ("person",))
                     if m.start == a and m.end == b), None)

    def _known_single_name(self, i: int) -> bool:
        """One plain word no list of given names knows is still a person's name when an earlier stage marked it a
        person, when it ends a full name the article gives (صبرا after جورج صبرا), or when the article writes it
        elsewhere beside another plain word, as part of a full name (ماجدة … ماجدة خوري): then a quote after it
        (وقالت ماجدة "…") is her words; a plural or an adverb (وقال طلاب "…") has no such full form."""
        return self._person_at(i) is not None or self._surname_of(i) is not None or self._bare_surname(i)

    def _surname_of(self, i: int) -> str | None:
        """The person entity whose full name (two words or more) ends in token i's word: a later bare surname
        stands for that person (the recogniser marks the full name only)."""
        if self._surnames is None:
            self._surnames = {}
            for ent in self.doc.entities:
                if ent.type != "person":
                    continue
                for men in ent.mentions:
                    words = _f(men.text).split()
                    if len(words) >= 2 and words[-1].isalpha() and len(words[-1]) > 1:
                        self._surnames.setdefault(words[-1], ent.id)
        w = self.t(i)
        return self._surnames.get(w) or self._surnames.get(_unprefix(w))

    def _foreign_body(self, i: int, k: int, after: int) -> bool:
        """Tokens i..k are two or three plain words, none a given name, an adverb of manner or a closed-class
        word, and أن/إن follows them (past a date): the transliterated name of a body."""
        # (one word will do when a date stands before أن/إن: قالت كاراكاس الخميس إنها)
        if not (2 if after == k else 1) <= k - i <= 3 or not self._closes(after) or self._name_like(i):
            return False
        if self.t(i) in _DEMONSTRATIVES or self.addressee_at(i, probe=True):
            return False
        return all(self._plain_word(self.t(m)) and _unprefix(self.t(m)) not in _NOT_NAME
                   and self.t(m) not in _NOT_NAME and self.t(m) not in _MANNER
                   and self.t(m) not in _TIME_WORDS and self.t(m) not in self.lx.post_verb_adverbs
                   for m in range(i, k))

    def loose_subject(self, i: int) -> NP | None:
        """Last resort for a verb of saying that no parse found a subject for: a definite phrase (or an office
        in construct) right after it, its modifiers (a date, an adverb, من/في/عند and a place, a relative
        clause or an aside between commas), then أن/إن, a colon or a quote (وقال التحالف المدعوم من الغرب
        وقتها إن، وقال المدرب، الذي تحدث لبي بي سي، إن): the phrase is the teller, a body speaking officially
        unless a list or an entity says otherwise."""
        first = self.toks[i] if i < len(self.toks) else None
        if first is None or not first.t.isalpha() or first.t in _DEMONSTRATIVES or first.t in _TIME_WORDS \
                or first.t in self.lx.stops or first.t in _MANNER or self.is_boundary(i):
            return None
        if _bare(first.t) in _PARTITIVES or _bare(first.t) in _NOT_NAME:
            return None  # ويعتبر الكثير من العراقيين أن: a part of a people, no teller
        office = _bare(first.t) in _OFFICE_HEADS
        # a plural in construct (محققو الأمم المتحدة، ممثلو الفصائل): its ending و marks the construct
        construct = first.t.endswith("و") and len(first.t) > 4 and self.t(i + 1).startswith("ال")
        if not (first.t.startswith("ال") and len(first.t) > 3) and not office and not construct:
            return None
        j = i + 1
        while j - i < 4 and self.same_sentence(i, j) and not self.is_boundary(j) and self.t(j) not in _RELATIVE \
                and self.t(j) not in _TIME_WORDS and (self._body_word(j, i, j + 1) or (
                    self._plain_word(self.t(j)) and self.t(j + 1).startswith("ال") and self.same_sentence(i, j + 1))):
            j += 1  # (an indefinite word in a construct chain: مركز إعلام الغوطة)
        if office and j == i + 1 and not first.t.startswith("ال"):
            return None  # a bare head (مركز، شركة) names no body; a definite one is the body named before (الشركة)
        if j - i > 1 and self.t(j) in _TIME_WORDS and _bare(self.t(j - 1)) in _TIME_NOUNS:
            j -= 1  # الشهر الماضي: a date after the name, not part of it
        # plain words after a definite word are a name (المحققة كارولين كورفيلد، ألينا بولياكوفا read as ال-)
        n = j
        while n - j < 3 and self.same_sentence(i, n) and self._plain_word(self.t(n)) and not self.is_boundary(n) \
                and self.t(n) not in _NOT_NAME and self.t(n) not in _MANNER and self.t(n) not in _TIME_WORDS \
                and self.t(n) not in self.lx.post_verb_adverbs and self.t(n) not in _RELATIVE \
                and self.entity_at(self.toks[n].s, self.toks[n].e, ("actor", "place")) is None:
            n += 1
        # (but not a word in construct with a definite genitive after it: الزعيم الروحي لجماعة الإخوان)
        named = n > j and not office and not construct and not self.t(n).startswith("ال")
        if named:
            j = n
        m, relative = j, False
        while m - i < 16 and (m == self._close_at or (m < len(self.toks) and self.same_sentence(i, m))):
            t = self.t(m)
            if t in _STRICT_COMPS or m == self._close_at:
                break
            if t == _QUOTE:
                if not (self.same_sentence(i, m + 1) and self.t(m + 1).isalpha()):
                    return None  # a closing quote: the verb stands inside one
                # a quote opens the words said right after the phrase or an aside, not inside a relative clause
                # (وأكد الاعتراف الشكوك التي حامت …، حسب "فرانس برس")
                if relative and self.t(m - 1) not in {"،", ",", ":"} and any(
                        self.match_seq(x, seq) is not None for x in range(j, m)
                        for seq in _starting(self.lx.according, self.t(x))):
                    return None
                break
            if t in _RELATIVE:
                relative = True
            elif t in _PUNCT_STOP and t not in {"،", ","}:
                return None
            elif not relative and (_unprefix(t) in self.lx.verbs or t in self.lx.participles
                                   or t in self.lx.comps):
                return None  # another verb of saying, or عن/إلى: the phrase is what the verb is about
            m += 1
        else:
            return None
        if m > j and self.t(m - 1) not in {"،", ","} and relative is False and m - j > 6:
            return None
        hit = self.entity_at(first.s, self.toks[j - 1].e, ("outlet", "person", "actor"))
        listed = self.lx.source_nouns.get(_bare(_unprefix(first.t))) or self.lx.source_nouns.get(first.t)
        if named:
            kind = "person"
        elif hit is not None:
            kind = {"outlet": "outlet", "person": "person"}.get(hit[0].type, "official")
        elif listed is not None:
            kind = listed
        elif office or construct or _bare(first.t) in _BODY_NOUNS:
            kind = "official"
        else:
            return None  # a plain definite noun (الرجل، الجيران): its kind would be a guess, so no teller
        np_ = NP(kind, i, j, first.s, self.toks[j - 1].e, entity=hit[0].id if hit and hit[0].type == kind else None)
        if kind == "person":
            np_.name = self.surface(first.s, self.toks[j - 1].e)
        return np_

    def _medium_word(self, w: str) -> bool:
        """A medium noun, bare or with a possessive pronoun (بيان، بيانه، بيانهما، تصريحاتهم)."""
        return w in self.lx.medium or any(w.endswith(p) and w[:-len(p)] in self.lx.medium for p in _TIME_PRONOUNS)

    def bounded_subject(self, i: int, sent_i: int, bi: bool = False) -> NP | None:
        """Last resort for a plain verb of saying at a clause's start (قال، أوضح، أعلن …) that no parse found a
        subject for: the words between the verb and its أن/إن, in one sentence and with no other verb of saying
        or quote among them outside a relative clause or an aside, are the teller, however unusual (وقال آلان
        بوزويل الباحث في شؤون جنوب السودان إن، قال اثنان من أصحاب المتاجر إن، أعلن مركز الملك سلمان أن).
        Its kind comes from its head: a listed source noun, an entity, a partitive (an unnamed one), a definite
        phrase (a body speaking officially, or a person by a role) or plain words (a person's name)."""
        first = self.toks[i] if i < len(self.toks) else None
        if first is None or not first.t.isalpha() or not self.same_sentence(sent_i, i) or self.is_boundary(i) \
                or first.t in self.lx.comps or first.t in self._PREPS or first.t in _TIME_WORDS \
                or first.t in self.lx.stops or first.t in _DEMONSTRATIVES or first.t in self.lx.medium \
                or _unprefix(first.t) in self.lx.verbs or first.t in _NEGATORS or first.t in _MANNER \
                or first.t in _TIME_PREPS or first.t in _MEDIUM_PREPS or first.t in _PLATFORM_WORDS \
                or self.addressee_at(i, probe=True) is not None or self._lam_person(i):
            # (وقال لشبكة X إن، وأضاف لمراسلنا إن: the one spoken to, the teller the last one; وقال صراحة إن،
            # وقال قبيل الظهر إن: a manner or a time)
            return None
        close, head_end, aside = None, None, False
        cut = None  # where the one spoken to (للصحفيين، لوكالة X) or the medium (في بيانه) starts
        for m in range(i + 1, min(len(self.toks), i + _MAX_NP + 2)):
            if not self.same_sentence(sent_i, m):
                return None
            t = self.t(m)
            if t in _THAT_FORMS or (bi and m > i + 1 and t[:1] == "ب" and t[1:] in _OBJECT_MASDARS):
                close = m  # (أفاد مركز حلب الإعلامي بمقتل …: بـ and a verbal noun open what أفاد tells)
                break
            if t in {_QUOTE, ":"} and cut is not None and self.same_sentence(m, m + 1) \
                    and (self.t(m + 1).isalpha() or self.t(m + 1) == _QUOTE):
                # وقالت فلانة للصحفيين "…"، وأضاف الوزيران في بيانهما "…": after the one spoken to or the
                # medium, an opening quote stands where أن/إن would
                close = m
                break
            if t == _QUOTE or (t in _PUNCT_STOP and t not in {"،", ","}):
                return None
            if cut is None and not aside and (self.addressee_at(m, probe=True) is not None or self._lam_word(t) or (
                    t == _FI and self._medium_word(self.t(m + 1)))):
                cut = m
            if t in {"،", ","} or t in _RELATIVE:
                aside = True
                head_end = m if head_end is None else head_end
            elif _unprefix(t) in self.lx.verbs or t in self.lx.participles:
                # another verb of saying (وينفي فلان أي دور له، ويقول إن; التفاصيل التي قال إن): the أن/إن is
                # that verb's, which has its own teller
                return None
        if close is None:
            return None
        before = self.t(close - 1)
        if before in self._PREPS or before in _TIME_BEFORE_AN or _unprefix(before) in _TIME_BEFORE_AN \
                or before in self.lx.comps:
            return None  # حذر الحلف روسيا من أنه، بعد أن: أن belongs to a preposition or a time, not the verb
        if head_end is None or head_end == i:
            head_end = close
        if cut is not None:
            head_end = min(head_end, cut)
        while head_end > i + 1 and (self.t(head_end - 1) in {"،", ","} or self.t(head_end - 1) in _TIME_WORDS):
            head_end -= 1  # (a date after the teller is no part of it: أعلن منظمو المهرجان الخميس أن)
        bare = _bare(_unprefix(first.t))
        # an entity counts only where it opens the phrase (مركز الملك سلمان is a body, not the king)
        hit = self.entity_at(first.s, first.e, ("outlet", "person", "actor"))
        listed = self.lx.source_nouns.get(bare) or self.lx.source_nouns.get(first.t)
        if listed is None and bare in _PARTITIVES:
            # أحد أفراد الفريق، اثنان من التجار: one or some of a group, by its listed noun or unnamed
            # (the noun right after it or after its من only: أحد أفراد فريق التحقيق is no document)
            m = i + 2 if self.t(i + 1) == _MIN else i + 1
            listed = self.lx.source_nouns.get(_bare(self.t(m)), "anonymous") if m < head_end else "anonymous"
        if hit is not None and self.tok_until_orig(i, hit[1]) > i:
            kind = {"outlet": "outlet", "person": "person"}.get(hit[0].type, "official")
        elif listed is not None:
            kind = listed
        elif self.surface(first.s, first.e).startswith("ال"):
            # (read on the text as written: آلان folds like a definite word) a definite role is a person's
            # title, a definite office or body speaks officially; any other definite noun (الشاب، الحلفاء)
            # would be a guess of kind, so no teller
            if first.t in self.lx.roles:
                kind = "person"
            elif bare in _OFFICE_HEADS or bare in _BODY_NOUNS or bare in _DEFINITE_BODY_HEADS:
                kind = "official"
            else:
                return None
        elif bare in _OFFICE_HEADS or bare in _BODY_NOUNS:
            kind = "official"
        elif head_end > i + 1 and self._adjective(i + 1):
            kind = "anonymous"  # a noun and its adjective (جماعات حقوقية، لاجئة أفغانية): unnamed tellers
        elif self._plain_word(first.t) and head_end > i + 1 and (
                self._name_like(i) or (self._plain_word(self.t(i + 1)) and self.t(i + 1) not in _NOT_NAME)):
            kind = "person"  # a given name and a surname, its title after it (فلان فلاني الباحث في شؤون …)
        elif self._plain_word(first.t) and first.t not in _NOT_NAME and cut == i + 1 and close is not None \
                and self.t(close) == _QUOTE:
            kind = "person"  # وقالت فلانة للصحفيين "…": one plain word told to someone, then the words said
        else:
            return None
        np_ = NP(kind, i, head_end, first.s, self.toks[head_end - 1].e,
                 entity=hit[0].id if hit is not None and hit[0].type == kind else None)
        if kind == "person":
            np_.name = self.surface(first.s, self.toks[head_end - 1].e)
        return np_

    def _body_word(self, m: int, i: int, k: int) -> bool:
        """Token m belongs to the name of a body spanning i..k: a definite word, or after the first word a genitive
        with لـ (اللجنة الدولية للصليب الأحمر، المرصد السوري لحقوق الإنسان)."""
        t = self.t(m)
        if t.startswith("ال"):
            return True
        return m > i and t.startswith("ل") and len(t) > 3 and (
            t.startswith("لل") or (m + 1 < k and self.t(m + 1).startswith("ال")))

    def _teller_closed(self, k: int, sent_i: int, prep_ok: bool) -> bool:
        """A body's name ending at token k is a teller: أن/إن follows, or the verb's own preposition (حذرت … من،
        كشف … عن) when it takes one, or a comma opening a relative aside (، التي تدير المستشفى،) or nothing more
        (، إن) before أن/إن."""
        if not self.same_sentence(sent_i, k):
            return False
        if self._closes(k) or (prep_ok and self.t(k) in _PREP_COMPS):
            return True
        if self.t(k) not in {"،", ","}:
            return False
        if self._closes(k + 1):
            return True
        if self.t(k + 1) not in _RELATIVE:
            return False
        for m in range(k + 2, min(len(self.toks), k + 14)):
            if not self.same_sentence(sent_i, m) or self.t(m) == _QUOTE:
                return False
            if self.t(m) in {"،", ","}:
                return self._closes(m + 1)
        return False

    def named_office(self, i: int, sent_i: int, prep_ok: bool) -> NP | None:
        """An office head with a name no list knows, plain or quoted (وحذرت شركة صافر للنفط من، وأوضحت منظمة
        "أطباء بلا حدود"، التي …، أن), or a quoted name alone before a comma (وتقول "هيومن رايتس ووتش"، إن): a
        body speaking officially, when its name is closed as a teller's is (see `_teller_closed`)."""
        t0 = self.t(i)
        if t0 == _QUOTE:
            end = self.consume_quote(i, limit=7)
            if end is None or end - i < 3 or self.t(end) not in {"،", ","} \
                    or not self._teller_closed(end, sent_i, False) \
                    or self.entity_at(self.toks[i + 1].s, self.toks[end - 2].e, ("place", "person")):
                return None
            return NP("official", i, end, self.toks[i].s, self.toks[end - 1].e,
                      text=self.surface(self.toks[i + 1].s, self.toks[end - 2].e))
        if t0.startswith("ال") or _bare(_unprefix(t0)) not in _OFFICE_HEADS or _unprefix(t0) != t0:
            return None
        k = i + 1
        if self.t(k) == _QUOTE:
            end = self.consume_quote(k, limit=7)
            if end is None or end - k < 3:
                return None
            k = end
        else:
            while k < len(self.toks) and k - i <= 4 and self.same_sentence(i, k) and not self.is_boundary(k) and (
                    self._plain_word(self.t(k)) or self._body_word(k, i, k + 2)) and self.t(k) not in _NOT_NAME \
                    and self.t(k) not in _TIME_WORDS and self.t(k) not in self.lx.medium \
                    and not self._time_phrase_at(k) and not self._aside_at(k) \
                    and not self.t(k).startswith(("وال", "بال")):
                k += 1  # (قبلها، في بيان: the time or medium of the telling ends the name; so does a phrase)
            if k == i + 1 or k - i > 4:
                return None
            last = self.t(k - 1)
            # a preposition closes the name only after a word that ends one (a nisba, a plain word, a genitive
            # with لـ, a place): after a verbal noun it is its own (جمعية الدفاع عن المهجرين، ائتلاف العمل من أجل)
            prep_ok = prep_ok and self.t(k + 1) != _f("أجل") and (
                last.endswith(("ي", "يه")) or not last.startswith("ال")
                or any(self.t(m).startswith("ل") for m in range(i + 2, k))
                or self.entity_at(self.toks[k - 1].s, self.toks[k - 1].e, ("place", "actor")) is not None)
        if not self._teller_closed(k, sent_i, prep_ok):
            return None
        return NP("official", i, k, self.toks[i].s, self.toks[k - 1].e)

    def aged_person(self, i: int) -> NP | None:
        """"ويقول حسن (52 عاماً) إن" / "وتقول سعاد (40 عاما)، وهي نازحة، إن": one to three name words and an age
        in brackets, then أن/إن, a comma or the outlet spoken to: a person whose name is the words."""
        k = i
        while k < len(self.toks) and k - i < 3 and self.same_sentence(i, k) and self._plain_word(self.t(k)) \
                and not self.is_boundary(k) and self.t(k) not in _NOT_NAME:
            k += 1
        if k == i or self.t(k) != "(" or (k - i == 1 and not self._name_like(i)):
            return None
        end = self._paren(k)
        if end is None or not self.same_sentence(i, end) or not any(
                self.t(m) in _AGE_WORDS or self.t(m).isdigit() for m in range(k + 1, end - 1)):
            return None
        nxt = self.t(end)
        if nxt not in _STRICT_COMPS and nxt not in {"،", ","} and self.addressee_at(end, probe=True) is None:
            return None
        np_ = NP("person", i, end, self.toks[i].s, self.toks[k - 1].e)
        np_.name = self.surface(self.toks[i].s, self.toks[k - 1].e)
        return np_

    def _name_like(self, i: int) -> bool:
        """A phrase starts like a person's name: a known given name or a name already seen."""
        w = _unprefix(self.t(i))
        return w in _given_names() or self.t(i) in _given_names() or w in self.persons

    def _comma_after_complement(self, j: int, start: int) -> int | None:
        """The comma that sets off a name after a teller's noun, right at `j` or past a short complement of the
        noun (الطبيب المشرف على العلاج، فلان، / مسؤول بالجماعة، فلان): no verb, quote or أن/إن before it."""
        for n in range(j, min(len(self.toks), j + 5)):
            t = self.t(n)
            if not self.same_sentence(start, n):
                return None
            if t in {"،", ","}:
                return n
            if t in _PUNCT_STOP or t == _QUOTE or t in _STRICT_COMPS \
                    or _unprefix(t) in self.lx.verbs or not t.isalpha():
                return None
        return None

    def _appositive_name(self, k: int, start: int, closing: bool = False
                         ) -> tuple[EntityDraft | None, int] | None:
        """", NAME," after a title: the person entity and the index after its mention, when أن/إن follows
        (`closing`: also when a known person's mention ends the sentence: نقلت عن مسؤول بالحركة، فلان.)."""
        if self.t(k) not in {"،", ","} or not self.same_sentence(start, k + 1):
            return None
        m = k + 1
        hit = self.entity_at(self.toks[m].s, self.toks[m].e, ("person",))
        if hit is None and self.t(m) in self.lx.roles:
            # a title before the name: الدكتور ماهر العطار، الحاج حيدر الساعدي
            m += 1
            hit = self.entity_at(self.toks[m].s, self.toks[m].e, ("person",)) if m < len(self.toks) else None
        if hit is None:
            # a name no entity stage knows: two or three plain words closed by a comma (، دان كوتس،)
            n = m
            # later words of a name may carry the article (صباح الخالد الحمد الصباح)
            while n < len(self.toks) and n - m < 4 and (self._plain_word(self.t(n)) or self.ali_name(n) or (
                    n > m and self._plain_word(self.t(n)[2:]) and self.t(n).startswith("ال"))):
                n += 1
            if n - m < 2 or self.t(n) not in {"،", ","}:
                return None
            j = n
            hit_ent: EntityDraft | None = None
        else:
            j = self.tok_until_orig(m, hit[1])
            hit_ent = hit[0]
            if self.t(j) in {"،", ","} and self.same_sentence(start, j):
                return hit_ent, j  # أبدى وزير الخارجية، مايك بومبيو، قلقه: a known person set off by commas
            if closing and (j >= len(self.toks) or not self.same_sentence(start, j) or self.t(j) in {".", "؟"}
                            or self._time_tail(j, start)):
                return hit_ent, j  # (…، وفق ما ذكره الوزير، فلان الفلاني في وقت سابق.: a date may close it)
        # أن/إن within a few words (past "في تصريح للرافدين برس،"), before any other verb
        for n in range(j, min(len(self.toks), j + 9)):
            if self.t(n) == _QUOTE and n <= j + 1 and self.same_sentence(start, n):
                return hit_ent, j  # مدير المرصد، رامي عبد الرحمن "…"
            if not self.same_sentence(start, n) or self.t(n) == _QUOTE:
                return None
            if self.t(n) in _STRICT_COMPS or (self.t(n) == ":" and self.t(n + 1) == _QUOTE):
                return hit_ent, j  # مدير الحملة، فلان، بخصوص …: "…"
            if _unprefix(self.t(n)) in self.lx.verbs:
                return None
        return None

    def _time_tail(self, j: int, start: int) -> bool:
        """From token j to the sentence's end only a short time phrase (في وقت سابق، أمس، الأسبوع الماضي)."""
        n = j
        while n < len(self.toks) and self.same_sentence(start, n) and self.t(n) not in {".", "؟", "!"}:
            t = self.t(n)
            if n - j >= 4 or not (t in _TIME_WORDS or _bare(t) in _TIME_NOUNS or t in _TIME_PREPS
                                  or t in (_FI, _WAQT) or (n > j and self._adjective(n))):
                return False
            n += 1
        return n > j

    def appositive_person(self, i: int) -> NP | None:
        """"قال قائممقام سنجار السابق، نايف سيدو، إن": a title no lexicon knows, then a named person
        between commas, then أن/إن: the person is the source and the title their role."""
        k = i
        while k < len(self.toks) and k - i < 7 and self.same_sentence(i, k) and self.t(k) not in {"،", ","}:
            if self.t(k) in _PUNCT_STOP or self.t(k) == _QUOTE or self.t(k) in self.lx.comps:
                return None
            k += 1
        if k == i or self.t(k) not in {"،", ","} or not self.same_sentence(i, k + 1):
            return None
        hit = self.entity_at(self.toks[k + 1].s, self.toks[k + 1].e, ("person",))
        if hit is None:
            return None
        ent, m_end = hit
        j = self.tok_until_orig(k + 1, m_end)
        after = j + 1 if self.t(j) in {"،", ","} else j
        if self.t(after) not in _STRICT_COMPS:
            return None
        np_ = NP("person", i, j, self.toks[i].s, self.toks[j - 1].e, entity=ent.id,
                 role=self.surface(self.toks[i].s, self.toks[k - 1].e))
        np_.name = self.surface(self.toks[k + 1].s, self.toks[j - 1].e)
        return np_

    def described_person(self, i: int) -> NP | None:
        """"وقال السبع، وهو قيادي سابق في …، إنه" / "وقالت خديجة وهي معلمة «…»": one to three words that an
        aside with وهو/وهي describes, before أن/إن, a colon or a quote: a person no list knows, named so."""
        k = i
        while k < len(self.toks) and k - i < 3 and self.same_sentence(i, k) and self.t(k).isalpha() \
                and self.t(k) not in _ASIDE_PRONOUNS and not self.is_boundary(k):
            w = _bare(_unprefix(self.t(k)))
            if _unprefix(self.t(k)) in _NOT_NAME or self.t(k) in _NOT_NAME or self.t(k) in _DEMONSTRATIVES \
                    or self.t(k) in self._PREPS or self.t(k) in self.lx.medium or w in _OFFICE_HEADS \
                    or w in self.lx.source_nouns or w in self.lx.outlet_nouns or w in self.lx.qualifiers:
                return None  # لجنة الإنقاذ الدولية، وهي منظمة …: a body, not a person
            k += 1
        m = k + 1 if self.t(k) in {"،", ","} else k
        if k == i or self.t(m) not in _ASIDE_PRONOUNS or not self.same_sentence(i, m + 1):
            return None
        e = m + 1
        while e < len(self.toks) and e - m < 12 and self.same_sentence(i, e) \
                and self.t(e) not in {"،", ",", ":", _QUOTE} and self.t(e) not in _STRICT_COMPS:
            e += 1
        nxt = e + 1 if self.t(e) in {"،", ","} else e
        if e == m + 1 or not self.same_sentence(i, nxt) or (
                self.t(nxt) not in _STRICT_COMPS and self.t(nxt) not in {":", _QUOTE}):
            return None
        np_ = NP("person", i, nxt, self.toks[i].s, self.toks[k - 1].e)
        np_.name = self.surface(self.toks[i].s, self.toks[k - 1].e)
        return np_

    def body_of_actor(self, i: int, denial: bool, according: bool = False) -> NP | None:
        """"وقال المركز الإعلامي لقوات سوريا الديمقراطية إن": an office (a definite head and up to two definite
        words) of a named actor (لـ + its mention): an official teller, when أن/إن or a comma follows; after a
        verb of denial also when a demonstrative opens its object (نفى … هذه الاتهامات); after an according-to cue
        when the clause ends or its own source follows (وفق ما نقله المكتب الإعلامي لـX عن مصدر)."""
        if not self.t(i).startswith("ال") or _bare(self.t(i)) not in _OFFICE_HEADS:
            return None
        m = i + 1
        while m < len(self.toks) and m - i < 3 and self.t(m).startswith("ال") and not self.is_boundary(m):
            m += 1
        t = self.t(m)
        if len(t) < 4 or not t.startswith("ل") or not self.same_sentence(i, m):
            return None
        hit = self.entity_at(self.toks[m].s + 1, self.toks[m].e, ("actor", "outlet"))
        if hit is None:
            return None
        j = self.tok_until_orig(m, hit[1])
        if j - i > _MAX_NP or not self.same_sentence(i, j):
            return None
        nxt = self.t(j)
        if nxt not in _STRICT_COMPS and nxt not in {"،", ","} and not (denial and nxt in _DEMONSTRATIVES) and not (
                according and (nxt in _PUNCT_STOP or nxt == _AN or not self.same_sentence(i, j))):
            return None
        return NP("official", i, j, self.toks[i].s, self.toks[j - 1].e)

    def body_in_statement(self, i: int) -> NP | None:
        """"وقالت الخلية في بيان": a body no lexicon knows, speaking through a statement, is an official
        source (the statement is its medium, not a separate teller)."""
        if self._time_phrase_at(i):
            return None  # وقالت لدى تسلمها الجائزة في خطاب: a time phrase, no body
        k = i
        while k < len(self.toks) and k - i < 5 and self.same_sentence(i, k) and self.t(k).isalpha() \
                and not self.is_boundary(k) and self.t(k) != _FI:
            if _unprefix(self.t(k)) in _NOT_NAME or self.t(k) in _DEMONSTRATIVES:
                return None
            k += 1
        if k == i or self.t(k) not in (_FI, _ABR) or self.t(k + 1) not in self.lx.medium \
                or not self.same_sentence(i, k + 1):
            return None  # (وقالت الجماعة عبر قناتها على تلغرام إن: its own channel, the same telling)
        if k == i + 1 and self._bare_surname(i):
            np_ = NP("person", i, k, self.toks[i].s, self.toks[k - 1].e)  # وأكد كاتز في مقابلة مع …
            np_.name = self.surface(self.toks[i].s, self.toks[k - 1].e)
            return np_
        return NP("official", i, k, self.toks[i].s, self.toks[k - 1].e)

    def _depicted(self, k: int, sent_i: int) -> bool:
        """An object then وهو/وهم within a few words of token k, before any أن/إن: a scene shown (يظهر فلان وهو
        يركض), not words told."""
        for m in range(k, min(len(self.toks), k + 8)):
            if not self.same_sentence(sent_i, m) or self.t(m) in self.lx.comps or self.t(m) in {":", _QUOTE}:
                return False
            if self.t(m) in _ASIDE_PRONOUNS:
                return m > k
        return False

    def _shows_scene(self, np_: NP) -> bool:
        """The subject of a depicting verb with no أن/إن shows a scene or a stance, not a finding: a picture or
        recording (صور، مقطع فيديو), or anyone but a document or information (التقرير، معلومات)."""
        words = [_bare(_unprefix(self.t(m))) for m in range(np_.i, np_.j)]
        if any(w in _VISUAL_RECORDS for w in words):
            return True
        return np_.kind != "document" and not any(w in self.lx.info for w in words)

    def _that_after(self, k: int, sent_i: int) -> bool:
        """أن/إن within the sentence from token k on (a depicting verb tells only what it shows to be so)."""
        return any(self.t(m) in _THAT_FORMS for m in range(k, min(len(self.toks), k + 16))
                   if self.same_sentence(sent_i, m))

    def _issued_not_told(self, np_: NP, i: int, verb: Verb) -> bool:
        """An issue verb (بث، نشر) in its masculine form before a feminine head (بث قناة X، مدير نشر صحيفة Y)
        is the verbal noun, spelt as the verb, before its doer: no telling."""
        head = self.surface(self.toks[np_.i].s, self.toks[np_.i].e)
        return np_.kind != "document" and head.endswith("ة") and _unprefix(self.t(i)) == _f(verb.lemma)

    def _after_according(self, i: int) -> bool:
        """An according-to cue (بحسب، وفق، حسب ما) ends right before token i."""
        for n in (1, 2, 3):
            k = i - n
            if k < 0:
                break
            for seq in _starting(self.lx.according, self.t(k)):
                got = self.match_seq(k, seq)
                if len(seq) == n and got is not None and got[0] == i:
                    return True
        return False

    def _body_modifier(self, k: int, sent_i: int) -> int | None:
        """The first of body_modifiers after token k whose phrase runs, with no punctuation, quote or name of
        a person, into أن/إن (المكتب التابع للأمم المتحدة في سوريا اليوم الاثنين أن): its index, else None."""
        for m in range(k + 1, min(len(self.toks), k + 8)):
            if not self.same_sentence(sent_i, m) or self.t(m) in _PUNCT_STOP or self.t(m) == _QUOTE \
                    or self.t(m) in self.lx.comps:
                return None
            if (self.t(m) in _BODY_MODIFIERS or (self.t(m)[:1] == "و" and self.t(m)[1:] in _BODY_MODIFIERS)) \
                    and (self.t(m + 1)[:1] in {"ب", "ل"} or self.t(m + 1) == _MIN):
                # (with its complement: التابعة لـ، المعنية بـ، المدعوم من; a bare "السلطات المعنية" is one name)
                for n in range(m + 1, min(len(self.toks), m + 10)):
                    if not self.same_sentence(sent_i, n) or self.t(n) in _PUNCT_STOP or self.t(n) == _QUOTE:
                        return None
                    if self.t(n) in _STRICT_COMPS or self.t(n) in _THAT_FORMS:
                        return m if n > m + 1 else None
                    if self.t(n) in self.lx.comps:
                        return None  # (عن، إلى، على: the modifier's own complement runs on, or another verb's)
                return None
        return None

    def _trim_modifier(self, np_: NP, sent_i: int) -> None:
        """A body's phrase read up to a modifier that qualifies it (المفوضية السامية لشؤون اللاجئين التابعة …):
        the teller ends before the modifier."""
        mod = self._body_modifier(np_.i, sent_i)
        if mod is not None and np_.i < mod < np_.j:
            np_.j = mod
            np_.e = self.toks[mod - 1].e

    def _long_quote(self, k: int) -> bool:
        """Token k (or the one after a comma) opens a quote of more than three words: a sentence, not a name."""
        m = k + 1 if self.t(k) in {"،", ","} else k
        if self.t(m) != _QUOTE:
            return False
        end = self.consume_quote(m, limit=_MAX_QUOTE)
        return end is None or end - m > 5

    def strict_ok(self, k: int, sent_i: int, quote_ok: bool = False) -> bool:
        m = k + 1 if self.t(k) in {"،", ","} else k
        m = m + 1 if self.t(m) in self.lx.saying_adverbs else m  # وتابعت الوزيرة بالقول إن
        return self.same_sentence(sent_i, m) and (self.t(m) in _STRICT_COMPS or (quote_ok and self.t(m) == _QUOTE))

    # ------------------------------------------------------------------ addressee (the outer outlet)

    def addressee_at(self, k: int, probe: bool = False) -> tuple[model.Source, int] | None:
        """An outlet the source spoke TO, starting at token k: (source, index after it)."""
        t = self.t(k)
        if not t:
            return None
        for seq in _starting(self.lx.addressee, t):
            m = self.match_seq(k, seq)
            if m is not None:
                end, lam = m
                got = self._outlet_after(end, lam, strict=False)
                if got is not None:
                    return got
        if t == "ل" and self.t(k + 1) == _QUOTE:
            return self._outlet_after(k + 1, False, strict=True)
        if t == "ل" and self.same_sentence(k, k + 1):
            # لـ CNN، لـ(CNN)، لـ(بي بي سي): the outlet's name apart from the ل, bare or in brackets
            if self.t(k + 1) == "(":
                end = self._paren(k + 1)
                if end is None or end - k > 6 or not self.same_sentence(k, end - 1):
                    return None
                inner = self.toks[k + 2], self.toks[end - 2]
                if self._latin_name(k + 2) or self.entity_at(inner[0].s, inner[1].e, ("outlet",)):
                    return model.Source("outlet", self.surface(inner[0].s, inner[1].e)), end
                return None
            got = self._outlet_after(k + 1, False, strict=True)
            if got is not None:
                return got
            if self._latin_name(k + 1) and (self.is_boundary(k + 2) or self.t(k + 2) in self.lx.comps
                                              or self.t(k + 2) == ":" or not self.same_sentence(k, k + 2)):
                return model.Source("outlet", self.surface(self.toks[k + 1].s, self.toks[k + 1].e)), k + 2
            return None
        if t.startswith("ل") and len(t) > 2:
            return self._outlet_after(k, True, strict=True)
        return None

    def _latin_name(self, k: int) -> bool:
        """Token k is written in Latin capitals (CNN، AFP، DW): an outlet's name when one speaks to it."""
        if k >= len(self.toks):
            return False
        return re.fullmatch(r"[A-Z][A-Z0-9]{1,7}", self.surface(self.toks[k].s, self.toks[k].e)) is not None

    def _outlet_after(self, k: int, lam: bool, strict: bool) -> tuple[model.Source, int] | None:
        got = self._outlet_after_raw(k, lam, strict)
        if got is not None and lam and self.t(k).startswith("لل") and not got[0].entity:
            # للجزيرة نت: the article's alef dropped after the ل; give the name back its الـ
            return model.Source("outlet", "ال" + got[0].text), got[1]
        return got

    def _outlet_after_raw(self, k: int, lam: bool, strict: bool) -> tuple[model.Source, int] | None:
        first = self.tok_at(k, lam)
        if first is None:
            return None
        hit = self.entity_at(first.s, first.e, ("outlet",))
        if hit is not None:
            ent, m_end = hit
            end = self.tok_until_orig(k, m_end)
            return model.Source("outlet", self._outlet_text(ent, k, end), entity=ent.id), end
        if first.t == _QUOTE:
            end = self.consume_quote(k, limit=8)
            if end is None or end - k < 3:
                return None
            if strict and not (self.is_boundary(end) or self.t(end) in self.lx.openers
                               or end >= len(self.toks) or not self.same_sentence(k, end)):
                return None  # لـ"الإدارة الذاتية" بدران …: a quoted name that runs on is not an outlet
            text = self.surface(self.toks[k + 1].s, self.toks[end - 2].e)
            # (a quoted place is a paper's title: لـ"الشرق الأوسط"، لـ"الوطن")
            if self.entity_at(self.toks[k + 1].s, self.toks[end - 2].e, ("actor", "person")):
                return None
            return model.Source("outlet", text), end
        if _bare(first.t) in self.lx.outlet_nouns:
            if self._agency_body(k, first.t):
                return None  # الرئيس السابق لوكالة الاستخبارات: the body he headed, no outlet spoken to
            if k + 1 < len(self.toks) and self.entity_at(self.toks[k + 1].s, self.toks[k + 1].e, ("person",)):
                return None  # لشبكة فتح الله غولن: a person's network, no outlet
            end = self._outlet_name_end(k + 1, k)
            if end > k + 1:
                end = self._outlet_of_outlet(end, k)
                return model.Source("outlet", self.surface(first.s, self.toks[end - 1].e)), end
            if lam and first.t.startswith("ال"):
                # وقال المصدر للصحيفة: the outlet cited or named before with that noun
                head = _bare(first.t)
                for src in reversed(self.outlets):
                    if head in _f(src.text).split():
                        return model.Source("outlet", src.text, entity=src.entity), k + 1
                named = self._named_outlet_before(head, k)
                if named is not None and named.text:
                    return model.Source("outlet", named.text, entity=named.entity), k + 1
            return None
        nxt = self.t(k + 1)
        if first.t.isalpha() and nxt in self.lx.outlet_suffixes and self.same_sentence(k, k + 1):
            return model.Source("outlet", self.surface(first.s, self.toks[k + 1].e)), k + 2
        return None

    def find_addressee(self, k: int, sent_i: int) -> tuple[model.Source | None, int]:
        """Scan past the source phrase (and a relative clause: الذي فضل عدم الكشف عن اسمه) for the outlet
        the source spoke to, stopping at the complementizer."""
        for m in range(k, min(len(self.toks), k + 25)):
            if not self.same_sentence(sent_i, m):
                break
            t = self.t(m)
            if t in _ADDRESSEE_STOPS:
                break
            if t == _QUOTE and m > k and self.t(m - 1) in {"،", ",", ":"}:
                break
            got = self.addressee_at(m) or self._relayed_medium(m)
            if got is not None:
                return got[0], got[1]
        return None, k

    def _relayed_medium(self, m: int) -> tuple[model.Source, int] | None:
        """"في بيان نقلته وكالة X" / "في تصريحات نشرتها قناة X": the outlet that carried the telling."""
        t = _unprefix(self.t(m))
        if not any(t.endswith(p) and t[:-len(p)] in _RELAY_MA_VERBS for p in _PASS_ON_SUFFIXES):
            return None
        if not any(self.t(x) == _FI and self.t(x + 1) in self.lx.medium for x in range(max(0, m - 4), m - 1)):
            return None
        return self._outlet_after(m + 1, False, strict=False)

    # ------------------------------------------------------------------ claims

    def quote_after(self, k: int, sent_i: int) -> tuple[bool, int | None]:
        """Whether the claim's content (from token k) opens with a direct quote, and its closing offset."""
        m = k
        for _ in range(12):
            if m >= len(self.toks) or not self.same_sentence(sent_i, m):
                return False, None
            t = self.t(m)
            if t == _QUOTE:
                break
            if t in self.lx.comps or t in {"،", ",", ":"}:
                m += 1
                continue
            if m == k or self.t(m - 1) not in _STRICT_COMPS:
                m += 1  # words after a comma go on to the complementizer (قال لهم، قبل المغادرة، إن "…")
                continue
            return False, None
        else:
            return False, None
        if self.t(m) != _QUOTE or m == 0 or self.t(m - 1) not in self.lx.comps | {"،", ",", ":"}:
            return False, None
        ft = self.doc.folded.text
        for n in range(m + 1, min(len(self.toks), m + _MAX_QUOTE)):
            if "\n" in ft[self.toks[n - 1].e:self.toks[n].s]:
                return False, None
            if self.t(n) == _QUOTE:
                if n - m - 1 >= 3:
                    return True, self.orig(self.toks[n].s, self.toks[n].e)[1]
                return False, None
        return False, None

    def add_claim(self, sources: list[model.Source], cue: tuple[int, int], start_f: int, content_k: int,
                  sent_i: int, verb: str | None, modality: str | None = None, continues: str | None = None,
                  trailing: bool = False, direct: bool = False) -> model.Claim | None:
        doc = self.doc
        ca, cb = self.orig(*cue)
        if doc.is_furniture(ca, cb) or not sources:
            return None
        lead = None
        if self.claims and self.claims[-1].id in self.leading and self.claim_sent[-1] == self.tok_sent[sent_i] \
                and (self.claims[-1].cue_end or 0) <= ca:
            # "وحسب وكالة X، قال Y إن …": one claim whose chain runs from X to Y
            lead = self.claims.pop()
            self.claim_sent.pop()
            self.modality.pop(lead.id, None)
            # the merged claim below takes the popped one's id: it must not inherit its leading mark, or the
            # next teller of the sentence would be read as relaying this one (وقال الوزير إن … after it)
            self.leading.discard(lead.id)
            lead_src = [o for o in lead.sources if not any(_f(o.text) == _f(x.text) for x in sources)]
            words = _f(lead.verb or "").split()
            if words and (words[0] in _INNER_LEADS or _unprefix(words[0]) in _INNER_LEADS):
                # "ونقلاً عن مصدر، ذكرت قناة X أن …": X tells what it took from the source, the inner link
                sources = [*sources, *lead_src]
            else:
                sources = [*lead_src, *sources]
        if self.claims and self.claim_sent[-1] == self.tok_sent[sent_i] and self._trailing_cue(content_k, sent_i) \
                and self._same_teller(self.claims[-1].sources[-1], sources[-1]):
            return None  # واعتبر عباس أن … كما قال عباس: a closing tag of the same teller, not a new claim
        sent = doc.sentences[self.tok_sent[sent_i]] if doc.sentences else None
        start = self.doc.folded.orig(start_f)
        end = sent.end if sent else len(doc.text)
        if trailing and sent is not None:
            # "…, according to X" at the end of a clause: the content came before the cue
            start = sent.start
            if self.claims and self.claims[-1].start >= sent.start:
                start = self.claims[-1].cue_end or start
        if lead is not None:
            start = min(start, lead.start)
        quoted, q_end = self.quote_after(content_k, sent_i)
        direct = direct or quoted
        if q_end is not None:
            end = max(end, q_end)
        cid = f"c{len(self.claims) + 1}"
        claim = model.Claim(start=start, end=max(end, cb), sources=tuple(sources),
                            verb=doc.text[ca:cb].strip(), cue_start=ca, cue_end=cb,
                            speech="direct" if direct else "indirect", continues=continues, id=cid)
        self.claims.append(claim)
        self.claim_sent.append(self.tok_sent[sent_i])
        if modality:
            self.modality[cid] = modality
        for s in sources:
            if s.kind == "outlet" and s not in self.outlets:
                self.outlets.append(s)
        return claim

    def _trailing_cue(self, k: int, sent_i: int) -> bool:
        """Nothing but punctuation or a date follows token k in the sentence (…، كما قال عباس.)."""
        for m in range(k, min(len(self.toks), k + 4)):
            if not self.same_sentence(sent_i, m):
                return True
            if self.t(m) not in _PUNCT_STOP and self.t(m) not in _TIME_WORDS and self.t(m) != _QUOTE:
                return False
        return False

    @staticmethod
    def _same_teller(a: model.Source, b: model.Source) -> bool:
        if a.kind != b.kind:
            return False
        if a.entity is not None and a.entity == b.entity:
            return True
        fa, fb = _f(a.text).split(), _f(b.text).split()
        return fa == fb or (a.kind == "person" and bool(fa) and bool(fb) and fa[-1] == fb[-1])

    def chain(self, np_: NP) -> list[model.Source]:
        """The sources of a parsed phrase, outermost first, before any addressee."""
        text = np_.text or self.surface(np_.s, np_.e)
        inner = model.Source(np_.kind, text, *self.orig(np_.s, np_.e), entity=np_.entity,
                             qualifiers=tuple(np_.qualifiers), role=np_.role)
        if np_.kind == "official" and np_.entity is None:
            np_.entity = self._body_actor(np_)
            if np_.entity is not None:
                inner = dataclasses.replace(inner, entity=np_.entity)
        outer = list(np_.outer)
        if not outer and np_.kind in ("anonymous", "official") and (np_.anaphoric or (
                np_.definite and not np_.qualifiers and _bare(_unprefix(self.t(np_.i))) not in _BODY_NOUNS)):
            # المصادر ذاتها / المصدر: the same tellers as the last such claim, through the same outlets
            for c in reversed(self.claims):
                if c.sources and c.sources[-1].kind in ("anonymous", "official"):
                    outer = [s for s in c.sources[:-1] if s.kind == "outlet"]
                    break
        if np_.kind == "person" and np_.name:
            self.titled.append((self._words(text) | self._words(np_.role or "") | self._aside_title(np_.j),
                                np_.entity))
            words = _f(np_.name).split()
            if len(words) >= 3 and words[-2] in _COMPOUND:
                self.persons.setdefault(" ".join(words[-2:]), (np_.name, np_.role, np_.entity))
            for w in [*words[-1:], " ".join(words)]:
                if w.isalpha() or " " in w:
                    self.persons.setdefault(w, (np_.name, np_.role, np_.entity))
            if len(words) >= 2:
                self.persons.setdefault(words[-1], (np_.name, np_.role, np_.entity))
        return [*outer, inner]

    def _body_actor(self, np_: NP) -> str | None:
        """The named actor an unnamed office or spokesman speaks for: an office head with up to two definite words
        then لـ + the actor (المركز الإعلامي لقوات سوريا الديمقراطية، القيادة العامة للجيش), or a title ending in
        باسم + the actor (الناطق باسم الحشد الشعبي). The source stays an official one; only its entity is the
        actor's, which is who tells (the office is its mouth)."""
        at: int | None = None
        if np_.role and _f(np_.role).split()[-1] == _BI_ISM:
            at = np_.i + len(_f(np_.role).split())  # the actor's name starts right after باسم
        elif _bare(_unprefix(self.t(np_.i))) in _OFFICE_HEADS:
            m = np_.i + 1
            while m < np_.j and m - np_.i < 3 and self.t(m).startswith("ال"):
                m += 1
            if m < np_.j and len(self.t(m)) >= 4 and self.t(m).startswith("ل"):
                at = m
        if at is None or at >= np_.j:
            return None
        tok = self.toks[at]
        # (after لـ the mention may start past the preposition: لقوات → قوات)
        hit = self.entity_at(tok.s + (1 if at > np_.i and self.t(at).startswith("ل") and self.t(at - 1) != _BI_ISM
                                      else 0), tok.e, ("actor",))
        if hit is None:
            return None
        a = self.orig(tok.s, tok.e)[0]
        men = next((m for m in hit[0].mentions if m.end == hit[1]), None)
        if men is None or men.start > a + 2 or men.end > self.orig(np_.s, np_.e)[1] + 1:
            return None  # the mention starts at that word and ends inside the source's phrase
        return hit[0].id

    def co_teller(self, k: int, sent_i: int, depth: int = 0) -> NP | None:
        """A second teller joined to the first by و (قال مدير الدفاع المدني ومسؤول محلي إن، بحسب ناشطين ومصادر
        طبية): a source phrase on the و-stripped token k, ending where the telling goes on, or where a further
        teller joined by و begins (أعربت السعودية والإمارات وإسرائيل عن)."""
        t = self.t(k)
        if len(t) < 4 or t[0] != "و" or not self.same_sentence(sent_i, k) or k in self.consumed or depth > 2:
            return None
        if self._whole_word_source(k):
            return None  # وقال بيان وزارة الخارجية: the و belongs to the word (وزارة), no second teller
        first = Tok(self.toks[k].s + 1, self.toks[k].e, t[1:])
        for parse in (self._np_entity, self._np_outlet, self._np_role, self._np_noun):
            np_ = parse(k, first)
            if np_ is None:
                continue
            if np_.kind == "document" or not self.same_sentence(sent_i, np_.j):
                return None
            if self.t(np_.j) in _OTHERS and self.same_sentence(sent_i, np_.j + 1):
                np_.j += 1  # قال مسؤولون أمريكيون ومسؤولون آخرون إن: "others" closes the second teller
                np_.e = self.toks[np_.j - 1].e
            nxt = self.t(np_.j)
            # (after an according-to cue the content opens with فإن: بحسب ناشطين ومصادر محلية فإن …)
            if nxt in _PUNCT_STOP or nxt in self.lx.comps or nxt in _FA_COMPS \
                    or self.addressee_at(np_.j, probe=True) \
                    or (nxt == _FI and self.t(np_.j + 1) in self.lx.medium) \
                    or (nxt == _MIN and self.t(np_.j + 1) in self.lx.comps) \
                    or self.co_teller(np_.j, sent_i, depth + 1) is not None:
                # (ويحذر باحثون ومواطنون من أن …: من أن closes the tellers of a warning as أن does)
                return np_
            return None
        return None

    def _whole_word_source(self, k: int) -> bool:
        """Token k, و and all, is a word a list or an earlier stage knows (وزارة، وكالة، وزير): its و is no
        conjunction."""
        t = self.t(k)
        if _bare(t) in self.lx.source_nouns or t in self.lx.roles:
            return True
        a, b = self.orig(self.toks[k].s, self.toks[k].e)
        return any(m.start == a for m, _ent in self.doc.overlapping(a, b, ("outlet", "person", "actor")))

    def with_co_teller(self, chain: list[model.Source], k: int, sent_i: int) -> int:
        """Add a second teller after token k to the chain (see `co_teller`); the index after the tellers."""
        co = self.co_teller(k, sent_i)
        if co is None:
            return k
        after = self._add_co_teller(chain, co, k)
        # a third or fourth teller joined by و (أعربت السعودية والإمارات وإسرائيل عن)
        for _ in range(2):
            nxt = self.co_teller(after, sent_i)
            if nxt is None:
                break
            chain.extend(self.chain(nxt)[-1:])
            self.consumed.update(range(after, nxt.j))
            after = nxt.j
        return after

    def _add_co_teller(self, chain: list[model.Source], co: NP, k: int) -> int:
        last = chain[-1] if chain else None
        if last is not None and co.kind == "person" and co.name and not co.outer and last.role is not None \
                and last.kind in ("official", "anonymous") and not last.qualifiers and last.start is not None \
                and len(_f(last.text).split()) == 1 and _unprefix(self.t(k)) not in _COUNTERPARTS \
                and self.t(k)[1:] not in _COUNTERPARTS:
            # الكاتب والمحلل السياسي فلان: two titles of one man, not two tellers
            co_src = self.chain(co)[-1]
            end = co_src.end if co_src.end is not None else last.end
            chain[-1] = model.Source("person", self.doc.text[last.start:end], last.start, end,
                                     entity=co_src.entity, role=last.text)
        else:
            chain.extend(self.chain(co)[-1:])
        self.consumed.update(range(k, co.j))
        return co.j

    def with_addressee(self, chain: list[model.Source], k: int, sent_i: int
                       ) -> tuple[list[model.Source], int]:
        addr, after = self.find_addressee(k, sent_i)
        if addr is None:
            return chain, k
        if self.is_own(addr.text) or any(s.kind == "outlet" and _f(s.text) == _f(addr.text) for s in chain):
            return chain, after
        return [addr, *chain], after

    def inner_document(self, k: int, sent_i: int) -> NP | None:
        """A report named in the claim's object (وأكد وجود تقارير استخباراتية … حذرت): an inner link."""
        for m in range(k, min(len(self.toks), k + 3)):
            if not self.same_sentence(sent_i, m) or self.t(m) in self.lx.comps or self.t(m) in (":", _QUOTE):
                # وأضاف أن الاتفاقية تمنح …: the document is what the claim is about; وتابع "الرسالة وصلت":
                # a document named inside the quoted words is what was said, never who told it
                return None
            if self.lx.source_nouns.get(_bare(self.t(m))) == "document":
                return self._np_noun(m, self.toks[m])
        return None

    def prev_claim_near(self, sent_i: int, reach: int) -> model.Claim | None:
        if not self.claims:
            return None
        s = self.tok_sent[sent_i]
        last = self.claims[-1]
        # a claim's quote may run over several sentences: count from the sentence where it ends
        last_s = max(self.claim_sent[-1], self._sent_index(max(last.start, last.end - 1)))
        return last if 0 <= s - last_s <= reach and s >= self.claim_sent[-1] else None

    def pre_subject(self, i: int) -> NP | None:
        """A source right before the verb: "أنباء وردت", "ولكن سعدون استبعد"."""
        m = i - 1
        while m >= 0 and i - m <= 3 and self.same_sentence(i, m) and _bare(self.t(m)) in self.lx.qualifiers:
            m -= 1
        if m < 0 or not self.same_sentence(i, m):
            return None
        w = _unprefix(self.t(m))
        if w in self.persons or self.t(m) in self.persons:
            if m == 0 or not self.same_sentence(i, m - 1) or self.is_clause_start(m) \
                    or self.t(m - 1) in self.lx.openers:
                first = self.toks[m]
                if self.t(m) not in self.persons and self.t(m).endswith(w) and w != self.t(m):
                    # وترامب قال إن: the conjunction is no part of the name
                    first = Tok(first.s + len(self.t(m)) - len(w), first.e, w)
                np_ = self._np_known(m, first)
                if np_ is not None:
                    np_.j = i
                return np_
            return None
        noun_first = self.t(i) in self.lx.noun_first or _unprefix(self.t(i)) in self.lx.noun_first
        if noun_first and self.t(i) != _unprefix(self.t(i)) and self.t(i)[:1] == "و" \
                and self.lx.source_nouns.get(_bare(w)) == "document":
            noun_first = False  # استجواب فلان في إطار التحقيق وقالت إنه: the و opens a new clause after the noun
        if m > 0 and self.same_sentence(i, m - 1) and any(
                (_bare(p), _bare(w)) in self.lx.multi_nouns for p in (self.t(m - 1), _unprefix(self.t(m - 1)))):
            m -= 1  # وسائل الإعلام أفادت: the phrase starts at its first noun
            w = self.t(m) if _bare(self.t(m)) in self.lx.multi_heads else _unprefix(self.t(m))
        if noun_first and self.lx.source_nouns.get(_bare(w)) is not None:
            # the conjunction on the first noun is no part of the source (ووزارة الداخلية قالت)
            cut = len(self.t(m)) - len(w) if self.t(m).endswith(w) else 0
            head_tok = Tok(self.toks[m].s + cut, self.toks[m].e, w)
            # (an outlet's noun is the outlet, as after the verb: الصحيفة قالت إن)
            np_ = self._np_outlet(m, head_tok) or self._np_noun(m, head_tok)
            if np_ is not None and np_.j <= i:
                np_.j = i
                return np_
        return None

    def clause_subject(self, i: int) -> NP | None:
        """A source phrase that opens the clause before its verb: "وكان العراق أعلن"، "لكن جيش تركيا نفى"،
        "وكان مسؤولون روس قالوا"، "وما زال المسؤولون الروس ينفون". It must follow a clause opener and end
        right at the verb."""
        # "وكانت الوزارة قد أكدت": the particle قد sits between the subject and its verb
        end = i - 1 if i > 1 and self.t(i - 1) == _QAD and self.same_sentence(i, i - 1) else i
        if end < i and end > 1 and self.t(end - 1) in _KANA and self.same_sentence(i, end - 1):
            end -= 1  # "يذكر أن ترامب كان قد قال": the subject stands before كان
        #: a phrase right after a comma may be the apposition of an earlier name (نوري محمود، المتحدث …، أكد)
        after_comma: NP | None = None
        for m in range(end - 1, max(-1, end - _MAX_NP), -1):
            if not self.same_sentence(i, m) or m in self.consumed:
                return after_comma
            prev = self.t(m - 1) if m > 0 and self.same_sentence(i, m - 1) else ""
            # غير أن / إلا أن / بيد أن: a connective, after which a clause opens with its subject
            connective = prev in self.lx.comps and m > 1 and _unprefix(self.t(m - 2)) in _CONNECTIVES_BEFORE_AN
            if prev and prev not in _PRE_OPENERS and prev not in self.lx.openers and not self._after_editorial(m) \
                    and not connective:
                continue
            if not prev and self._headline(i):
                return None  # "الجيش التركي ينفي …" as a heading line
            np_ = self.parse_source(m, sent_of=i) or self._np_country(m) or self._np_people(m, i) \
                or self._np_subject_body(m, end)
            if np_ is None:
                continue
            j = np_.j
            if j < end:
                # a genitive name after the head noun: جيش تركيا
                hit = self.entity_at(self.toks[j].s, self.toks[j].e, ("actor", "place"))
                if hit is not None:
                    j = self.tok_until_orig(j, hit[1])
            if j < end and np_.kind in ("outlet", "official"):
                j = self._quoted_name_and_adjectives(j, end)
            adverb = j if j < end and any(self.match_seq(j, seq, first_conj=False) == (end, False)
                                          for seq in self.lx.post_verb_adverbs.get(self.t(j), ())) else None
            if adverb is not None:
                j = end  # السفير الروسي من جانبه أكد: an adverb of turn between the teller and its verb
            co_end = self._co_subject_end(j, end, i)
            if co_end:
                # إلا أن وزير الدفاع فلان وقادة عسكريون آخرون حذروا: the first teller, as after the verb
                np_.j = end
                return np_
            comma = {"،", ","}
            if j < end and self.t(end - 1) in comma and (self.t(j) in comma or self.t(j) in _RELATIVE
                                                         or j == end - 1) and end - j <= 10 \
                    and not any(self.t(x) in self.lx.comps or _unprefix(self.t(x)) in self.lx.verbs
                                for x in range(j, end)):
                # لكن نوري محمود، المتحدث باسم الوحدات، أكد | وكان المسؤول، قال: an apposition before the verb
                if np_.kind in ("official", "anonymous") and self.t(j) in comma:
                    self._apposed_name(np_, j + 1, end - 1)
                j = end
            if j == end:
                last = end - 2 if self.t(end - 1) in comma and end - 2 >= np_.i else end - 1
                if adverb is not None:
                    last = adverb - 1
                np_.j, np_.e = end, self.toks[last].e
                if prev in comma and after_comma is None:
                    after_comma = np_
                    continue
                return np_
        return after_comma

    def _quoted_name_and_adjectives(self, j: int, end: int) -> int:
        """After an outlet or body before its verb, its name in quotes and its adjectives (وكانت وكالة الأنباء
        السورية الرسمية «سانا» قد ذكرت، وكان موقع «باسنيوز» الكردي قد نقل): `end` when they fill the gap to the
        verb, else j."""
        q = j
        if self.t(q) == _QUOTE:
            closed = self.consume_quote(q, limit=8)
            if closed is None or closed > end:
                return j
            q = closed
        while q < end and q - j < 8 and (self._adjective(q) or _bare(self.t(q)) in self.lx.qualifiers):
            q += 1
        return end if q == end and q > j else j

    def _apposed_name(self, np_: NP, a: int, b: int) -> None:
        """An unnamed title before its verb with a name set off by commas after it (المتحدث باسم وزارة الصحة،
        فلان الفلاني، كشف أن): the teller is that person, the title their role. The name (tokens a..b) is a person
        the earlier stages named, or two to four plain words opening with a given name."""
        if b - a < 1 or b - a > 4:
            return
        hit = self.entity_at(self.toks[a].s, self.toks[b - 1].e, ("person",))
        if hit is not None and self.tok_until_orig(a, hit[1]) != b:
            hit = None
        if hit is None and not (b - a >= 2 and self._name_like(a) and all(
                self._plain_word(self.t(m)) or (m > a and self._family_name_word(m)) for m in range(a + 1, b))):
            return
        np_.role = self.surface(np_.s, np_.e)
        np_.name = self.surface(self.toks[a].s, self.toks[b - 1].e)
        np_.entity = hit[0].id if hit is not None else None
        np_.kind = "person"

    def kana_document(self, i: int) -> NP | None:
        """"وكان استطلاع للرأي أجرته مؤسسة … أوضح أن"، "وكانت دراسة أجرتها الجامعة … قد أظهرت أن": a document
        noun right after a clause-opening كان/كانت is the subject of the verb of telling that closes the كان
        clause, however long the document's description between them (genitive, relative clause, date,
        apposition): it is the teller of a pluperfect report. The verb agrees with كان/كانت, carries no و of
        its own (a new clause) and has its أن/إن or quote after it; nothing between tells (no أن/إن, no colon,
        no other كان)."""
        end = i - 1 if i > 1 and self.t(i - 1) == _QAD and self.same_sentence(i, i - 1) else i
        gender = _verb_gender(self.t(i))
        if gender is None or _unprefix(self.t(i)) != self.t(i) or self.t(end - 1) in _RELATIVE \
                or self.t(end - 1) in self._PREPS or not self._has_complement(i + 1, i):
            # (… محل انتقاد الوزير الذي قال إن: the relative's antecedent tells, not the document; قد جعل من
            # نشر أخبار: a verbal noun after a preposition, no verb)
            return None
        for m in range(end - 2, max(-1, end - 18), -1):
            if not self.same_sentence(i, m) or self.t(m) in self.lx.comps or self.t(m) in {":", "؛", ";", _QAD}:
                return None  # (a قد further back marks the كان clause's own verb there)
            kana = _unprefix(self.t(m))
            if kana not in _KANA:
                continue
            if kana != _f("كان" if gender == "m" else "كانت") or not self.is_clause_start(m) \
                    or self.lx.source_nouns.get(_bare(self.t(m + 1))) != "document":
                return None  # كان الجيش قد أعلن: a body, left to clause_subject; كانوا: no one document
            np_ = self._np_noun(m + 1, self.toks[m + 1])
            if np_ is None or np_.kind != "document" or np_.j > end:
                return None
            np_.j = end  # the description up to the verb belongs to the subject, never a teller of its own
            return np_
        return None

    def _co_subject_end(self, k: int, end: int, i: int) -> bool:
        """A second teller joined by و at token k runs up to a plural verb of saying at `end` == i
        (… وقادة عسكريون آخرون حذروا، … ومسؤولون آخرون يقولون)."""
        t, verb = self.t(k), _unprefix(self.t(i))
        plural = verb.endswith("وا") or (verb.startswith("ي") and verb.endswith("ون"))
        if end != i or not plural or len(t) < 4 or t[0] != "و" or k in self.consumed:
            return False
        first = Tok(self.toks[k].s + 1, self.toks[k].e, t[1:])
        for parse in (self._np_entity, self._np_outlet, self._np_role, self._np_noun):
            np_ = parse(k, first)
            if np_ is not None:
                return np_.kind != "document" and (np_.j == end or (np_.j == end - 1 and self.t(np_.j) in _OTHERS))
        return False

    def _np_definite_body(self, k: int, lam: bool, sent_i: int) -> NP | None:
        """"…، بحسب الأمم المتحدة." / "وفقاً للجنة الدولية": one to three definite words closing the clause
        after an according-to cue name a body speaking officially."""
        first = self.tok_at(k, lam)
        # an office in construct opens one too (بحسب منظمة الصحة العالمية); a definite one is the body itself,
        # named before (بحسب الجمعية، وفق المنظمة)
        office = first is not None and not lam and not first.t.startswith("ال") and _bare(first.t) in _OFFICE_HEADS
        if first is None or not (first.t.startswith("ال") or office) or first.t in _DEMONSTRATIVES \
                or first.t in _TIME_WORDS or first.t in self.lx.stops:
            return None  # وفق ما أفاد الأربعاء: a date, not a body
        j = k + 1
        # a لـ genitive goes on the name (وفق الاتحاد الدولي للصحفيين)
        # (at the clause's end even one that elsewhere ends a teller's phrase: the people spoken to, للصحفيين)
        while j < len(self.toks) and j - k < 4 and self.same_sentence(sent_i, j) and self._body_word(j, k, j + 1) \
                and (not self.is_boundary(j) or (self.t(j).startswith("لل") and self._clause_end(j + 1, sent_i))):
            j += 1
        if office and j == k + 1:
            return None
        if not self._clause_end(j, sent_i):
            return None
        # only a body tells: its head is a noun of an office or a body (الجمعية، الوزارة، الجمعية الطبية) or the
        # phrase is a known actor or outlet (الأمم المتحدة، المرصد); "وفقاً للتطورات"، "بحسب الخطة" name the
        # measure something goes by, no teller
        if not (self._body_head(_bare(first.t)) or self.lx.source_nouns.get(first.t) == "official"
                or (lam and self._lam_body(k))
                or self.entity_at(first.s, first.e, ("actor", "outlet")) is not None):
            return None
        return NP("official", k, j, first.s, self.toks[j - 1].e)

    def _body_head(self, head: str) -> bool:
        """A folded noun without the article heads the name of a body that can tell (جمعية، وزارة، أمم)."""
        return head in _DEFINITE_BODY_HEADS or head in _OFFICE_HEADS or head in _BODY_NOUNS \
            or self.lx.source_nouns.get(head) == "official"

    def _lam_body(self, k: int) -> bool:
        """Token k is لـ + a definite body whose noun itself begins with ل: للجنة is ل + اللجنة."""
        t = self.t(k)
        return t.startswith("لل") and len(t) > 4 and self._body_head(t[1:])

    def _np_subject_body(self, m: int, end: int) -> NP | None:
        """"لكن التحالف العسكري يقول إن": a definite body noun (grammar.definite_body_heads and the like) and up
        to three definite adjectives, ending right at the verb after a clause opener, is a body telling even
        when no list names it."""
        if 1 < end - m <= 4 and _bare(_unprefix(self.t(m))) in _OFFICE_HEADS and self.t(end - 1).startswith("ال") \
                and all(self.t(x).isalpha() and not self.is_boundary(x) and (
                    self.t(x).startswith("ال") or self._plain_word(self.t(x))) for x in range(m + 1, end)):
            # وكانت منظمة حظر الأسلحة الكيميائية قد أعلنت: an office head in construct, ending at the verb
            return NP("official", m, end, self.toks[m].s, self.toks[end - 1].e)
        if not self.t(m).startswith("ال") or not self._body_head(_bare(self.t(m))) or not 0 < end - m <= 4:
            return None
        if any(not (self.t(x).startswith("ال") and self.t(x).isalpha()) or self.is_boundary(x)
               for x in range(m + 1, end)):
            return None
        return NP("official", m, end, self.toks[m].s, self.toks[end - 1].e)

    def _clause_end(self, j: int, sent_i: int) -> bool:
        """Token j ends the clause of the sentence holding token sent_i (punctuation, or past its end)."""
        return j >= len(self.toks) or not self.same_sentence(sent_i, j) or self.t(j) in _PUNCT_STOP

    def statement_issuer(self, i: int) -> NP | None:
        """"أصدرت جمعية اللاجئين بياناً أوضحت فيه أن …": the issuer of the statement named just before the verb
        speaks through it (an official source, as in قالت X في بيان); with no issuer, the statement itself."""
        if self.t(i + 1) not in _IN_IT or not (any(self.t(m) in _STRICT_COMPS or self.t(m) == ":"
                                                   for m in (i + 2, i + 3) if self.same_sentence(i, m))
                                               or (self.same_sentence(i, i + 2) and self._long_quote(i + 2))):
            return None  # (a sentence quoted right after فيه is what it says: جاء فيه «…»)
        d = i - 1
        if self.t(d) in {"،", ","} and self.same_sentence(i, d - 1):
            d -= 1  # ردّ الرئيس بتغريدة، قال فيها إن: a comma may close the statement
        t = self.t(d)
        head = _bare(t[:-1] if t.endswith("ا") else t)
        if head not in self.lx.source_nouns and t[:1] == "ب":
            head = _bare(t[1:])  # ردّت الوزارة ببيان قالت فيه: the statement it answered with
        if not self.same_sentence(i, d) or self.lx.source_nouns.get(head) != "document":
            return None
        # the issuer: the words between a verb of issuing and the statement noun
        v = next((x for x in range(d - 1, max(-1, d - 7), -1) if self.same_sentence(i, x)
                  and (self.t(x) in _ISSUE_VERBS or _unprefix(self.t(x)) in _ISSUE_VERBS)), None)
        m = v + 1 if v is not None else d
        if d - m >= 1 and all(self.t(x).isalpha() and not self.is_boundary(x) for x in range(m, d)):
            np_ = self.parse_source(m, sent_of=i)
            if np_ is None or np_.j != d:
                np_ = NP("official", m, d, self.toks[m].s, self.toks[d - 1].e)
            return np_
        return NP("document", d, d + 1, self.toks[d].s, self.toks[d].e)

    def relative_subject(self, i: int) -> NP | None:
        """"مهدي حسيني الذي أعلن أنه …": the antecedent of a relative pronoun right before the verb."""
        if i < 2 or self.t(i - 1) not in _RELATIVE or not self.same_sentence(i, i - 2):
            return None
        if not any(self.t(m) in _STRICT_COMPS for m in range(i + 1, min(len(self.toks), i + 5))
                   if self.same_sentence(i, m)):
            return None  # قسد التي تعتبر نواتها: a description, not a telling; أعلن مرات عدة أنه: a telling
        end = i - 2 if self.t(i - 2) in {"،", ","} else i - 1
        # the nearest phrase ending at the relative pronoun, or a title that holds it (المتحدث باسم الوزارة);
        # a longer plain phrase may swallow the clause before it
        best: NP | None = None
        for m in range(end - 1, max(-1, end - 6), -1):
            if not self.same_sentence(i, m) or m in self.consumed:
                break
            np_ = self.parse_source(m, sent_of=i)
            if np_ is None or np_.j != end or np_.kind not in ("person", "official", "outlet"):
                continue
            if best is None or np_.role is not None:
                best = np_
        return best

    def subject_over_relative(self, i: int) -> NP | None:
        """"والبيان الذي لا يشير إلى زيارة … يتحدث عن": a source phrase opens the clause, a relative clause
        describes it, and the verb after that clause is the phrase's own. Whatever the relative clause says
        (or, negated, does not say) is no telling of this verb; a أن, quote or stop inside it ends the search."""
        r = next((m for m in range(i - 2, max(-1, i - 12), -1) if self.t(m) in _RELATIVE), None)
        if r is None or not self.same_sentence(i, r) or any(
                self.t(m) in _PUNCT_STOP or self.t(m) in _STRICT_COMPS or self.t(m) == _QUOTE
                or self.t(m) in _RELATIVE for m in range(r + 1, i)):
            return None
        for m in range(r - 1, max(-1, r - 6), -1):
            if not self.same_sentence(i, m) or m in self.consumed:
                return None
            if not self.is_clause_start(m):
                continue
            np_ = self.parse_source(m, sent_of=i)
            w = _unprefix(self.t(m))
            if np_ is None and w != self.t(m) and self.t(m)[0] == "و":
                # والبيان الذي …: the conjunction is no part of the source
                first = Tok(self.toks[m].s + len(self.t(m)) - len(w), self.toks[m].e, w)
                np_ = self._np_entity(m, first) or self._np_role(m, first) or self._np_noun(m, first)
            return np_ if np_ is not None and np_.j == r else None
        return None

    def topic_subject(self, i: int) -> NP | None:
        """"أما الرئيس التركي فيرى أن …": the topic after أما is the teller of a verb carrying ف."""
        fa = (self.t(i).startswith("ف") and _unprefix(self.t(i)) != self.t(i)) or self.t(i - 1) in _TOPIC_RESUMERS
        for m in range(i - 1, max(-1, i - 14), -1):
            if not self.same_sentence(i, m):
                return None
            if self.t(m) in _TOPIC:
                np_ = self.parse_source(m + 1, sent_of=i)
                if np_ is None or np_.j > i:
                    return None
                if np_.j == i and np_.j - 1 > np_.i and self.t(i - 1) in _TOPIC_RESUMERS:
                    # أما وزير الدفاع فقد أكد: a name parse ran over the resuming فقد, which is no name word
                    np_.j = i - 1
                    np_.e = self.toks[i - 2].e
                    words = (np_.name or "").split()
                    if words and words[-1] == self.surface(self.toks[i - 1].s, self.toks[i - 1].e):
                        np_.name = " ".join(words[:-1]) or None
                # أما محمد علوش، وهو مسؤول …، يقول أن: without ف the apposition must end at the verb
                return np_ if fa or np_.j == i or self.t(i - 1) in {"،", ","} else None
        return None

    def _after_editorial(self, m: int) -> bool:
        """Token m follows an editorial opener (يذكر أن، تجدر الإشارة إلى أن): a clause starts at m."""
        seqs = self.lx.editorial_by_last.get(self.t(m - 1))
        if not seqs:
            return False
        return any(m >= len(seq) and self.match_seq(m - len(seq), seq) == (m, False) for seq in seqs)

    def _headline(self, i: int) -> bool:
        """The sentence of token i is a line with no closing punctuation (a heading)."""
        if not self.doc.sentences:
            return False
        sent = self.doc.sentences[self.tok_sent[i]]
        line = self.doc.text[sent.start:sent.end].strip()
        return bool(line) and line[-1] not in ".!?؟:\"”»'" and "\n" in self.doc.text[sent.end:sent.end + 2]

    def _countries_speaking(self, k: int, sent_i: int) -> NP | None:
        """"أعلنت سوريا وروسيا أن …": one or two countries right before أن/إن speak as states."""
        np_ = self._np_country(k)
        if np_ is None or not self.same_sentence(sent_i, np_.j):
            return None
        j = np_.j
        if self.t(j).startswith("و") and len(self.t(j)) > 2:
            second = self.entity_at(self.toks[j].s + 1, self.toks[j].e, ("place",))
            if second is not None and second[0].attrs.get("kind") == "country":
                j = self.tok_until_orig(j, second[1])
        while j < len(self.toks) and self.t(j) in _TIME_WORDS and j - np_.j < 3:
            j += 1
        if self.t(j) not in _STRICT_COMPS:
            return None
        np_.j = j
        np_.e = self.toks[j - 1].e
        return np_

    def _np_people(self, m: int, i: int) -> NP | None:
        """"والأكراد يقولون إن" / "لكن الفلسطينيين يتهمون": a people (grammar.peoples: a broken plural, or the
        sound plural of a nisba) right before a plural verb of saying speaks as a side of the conflict, as a
        country does: an official source."""
        t = self.t(m)
        w = t[1:] if t[:1] in ("و", "ف") and t[1:3] == "ال" else t
        verb = self.t(i)
        if m + 1 != i or not w.startswith("ال") or not (verb.endswith("ون") or verb.endswith("وا")):
            return None
        bare = _bare(w)
        nisba = bare.endswith("يون") or bare.endswith("يين")
        if bare not in _PEOPLES and not (nisba and bare[:-2] in _PEOPLES):
            return None
        cut = len(t) - len(w)
        return NP("official", m, m + 1, self.toks[m].s + cut, self.toks[m].e)

    def _np_country(self, m: int) -> NP | None:
        """A country named as a speaker (وكان العراق أعلن): an official source."""
        if not 0 <= m < len(self.toks):  # a saying verb that ends the text has no speaker after it
            return None
        hit = self.entity_at(self.toks[m].s, self.toks[m].e, ("place",))
        if hit is None or hit[0].attrs.get("kind") != "country":
            return None
        j = self.tok_until_orig(m, hit[1])
        return NP("official", m, j, self.toks[m].s, self.toks[j - 1].e, entity=hit[0].id)

    def embed(self, np_: NP, i: int) -> bool:
        """A source noun inside the content of the sentence's last claim (وأوضح المرصد أنه حصل على معلومات
        تفيد بأن …): an inner link of that claim, not a claim of its own."""
        if np_.i >= i or np_.kind not in ("anonymous", "document") or not self.claims:
            return False
        if self.t(np_.i - 1) not in _EMBED_PREPS:
            return False  # "مع أنباء وردت": a report of its own, not one the teller received
        last = self.claims[-1]
        if self.claim_sent[-1] != self.tok_sent[i] or last.cue_end is None:
            return False
        if self.doc.folded.orig(self.toks[np_.i].s) <= last.cue_end:
            return False
        inner = self.chain(np_)[-1]
        self.claims[-1] = dataclasses.replace(last, sources=(*last.sources, inner))
        self.embedded.add(last.id)
        self.consumed.update(range(np_.i, max(np_.j, i + 1)))
        return True

    def merge_outer(self, outer: list[model.Source], pos: int) -> None:
        """A trailing "…، وفقاً لما نقلته وكالة X" after a claim: X is the outer link of that claim and of the
        claims of the same teller before it in the paragraph."""
        def teller(c: model.Claim) -> str:
            return c.sources[-1].entity or _f(c.sources[-1].text).split()[-1] if c.sources else ""

        key = teller(self.claims[-1])
        for n in range(len(self.claims) - 1, -1, -1):
            c = self.claims[n]
            if "\n" in self.doc.text[c.start:pos] or teller(c) != key:
                break
            add = [o for o in outer if not any(s.kind == "outlet" and _f(s.text) == _f(o.text) for s in c.sources)]
            self.claims[n] = dataclasses.replace(c, sources=(*add, *c.sources))
        # a later "الموقع"/"الوكالة" points back to an outlet met here too
        self.outlets.extend(o for o in outer if o.kind == "outlet" and o not in self.outlets)

    def run(self) -> None:
        # only tokens that can open a claim are tried: a cue word (with or without و/ف) or a sentence's
        # first token (a quoted paragraph); at every other token all three tries return None
        cues = _cue_words()
        tok_sent = self.tok_sent
        cands = sorted({k for k, w in enumerate(self._tok_words) if w in cues}
                       | {k for k in range(len(tok_sent)) if k == 0 or tok_sent[k] != tok_sent[k - 1]})
        i = 0
        for k in cands:
            if k < i:
                continue
            i = k
            if i in self.consumed:
                continue
            nxt = (self.try_according(i) or self.try_verb(i) or self.try_nominal(i) or self.try_quote_paragraph(i)
                   or self.try_participle(i))
            i = nxt if nxt and nxt > i else i + 1

    def try_according(self, i: int) -> int | None:
        for seq in _starting(self.lx.according, self.t(i)):
            m = self.match_seq(i, seq)
            if m is None:
                continue
            k, lam = m
            if seq[0] == "نقل" and (not self.is_clause_start(i) or (
                    i >= 2 and self.t(i - 1) == _QAD and self.same_sentence(i, i - 2) and self.t(i - 2).isalpha()
                    and self.t(i - 2) not in self.lx.openers)):
                # وكان التلفزيون نقل عن …، وكان الجيش قد نقل عن …: a verb with its subject before it (and قد
                # between them), not the passive نُقل عن
                return None
            if _unprefix(seq[0]) == "نقل" and self.t(k) != "ما":
                prev = self.prev_claim_near(i, 2)
                if prev is not None and prev.sources and self._relaying_body(prev.sources[-1]):
                    # وقال المركز إن … ونقل عن مصدر لم يسمه قوله: the body or outlet that told last relays it
                    done = self._relay_on(i, i + len(seq) - 1, "نقل", None)
                    if done is not None:
                        return done
            cue_end_tok = k
            relay = ma_verb = False
            # "بحسب ما أوردته المصادر": skip ما and its verb (with an object pronoun)
            if seq[-1] in _MA_WORDS or (not lam and self.t(k) == "ما"):
                if self.t(k) == "ما":
                    k += 1
                v = self.t(k)
                if v in self.lx.ma_verbs or v[:-1] in self.lx.ma_verbs or v[:-2] in self.lx.ma_verbs:
                    # نقلته، أوردته، نشرته …: a relay
                    relay = v in _RELAY_MA_VERBS or v[:-1] in _RELAY_MA_VERBS or v[:-2] in _RELAY_MA_VERBS
                    ma_verb = True
                    k += 1
                    if self.t(k) in self.lx.ma_objects:
                        k += 1  # بحسب ما أفاد به، بحسب ما كشف عنه
                else:
                    return None
                cue_end_tok = k
                lam = False
                while self.t(k) in _TIME_WORDS and k - i < 8:
                    k += 1  # بحسب ما أفادت الأسبوع الماضي وزيرة الدفاع: a date before the teller
            if not lam and self.t(k) == "(" and self.same_sentence(i, k + 1):
                k += 1  # وبحسب (المرصد السوري لحقوق الإنسان)، …
            noun, own = _according_noun(self.t(k)[1:] if lam else self.t(k))
            if seq in _NOUN_CUES and not (noun and self.same_sentence(i, k)):
                continue  # على حد سواء، على حد علمي: no telling
            if noun and self.same_sentence(i, k):
                if own:
                    return self._according_own(i, k + 1, seq[0])
                k, lam, cue_end_tok = k + 1, False, k + 1  # بحسب تأكيد مصدر أمني: the noun's genitive tells
            np_ = self.parse_source(k, lam=lam, sent_of=i)
            if np_ is not None and seq[0] in _GROUNDS and _bare(self.t(np_.i)) in self.lx.info:
                return None  # عملية بناء على معلومات استخبارية: the grounds of the act, no one tells it
            if np_ is None and not lam:
                np_ = self.body_of_actor(k, False, according=True)
            if np_ is None:
                np_ = self._np_definite_body(k, lam, i)
                if np_ is not None and lam:
                    self._give_back_article(np_, k)
            if np_ is None and not lam:
                np_ = self._np_country(k)  # …، بحسب اليونان.: a country closing the clause speaks as its state
                if np_ is not None and self.same_sentence(i, np_.j) and self.t(np_.j) not in _PUNCT_STOP \
                        and self.t(np_.j) not in _FA_COMPS:
                    np_ = None
            if np_ is None and ma_verb and not lam and not self._lam_word(self.t(k)):
                # "…، حسبما أضافت المنظمة الحقوقية.": a verb's subject closing the sentence, as after كما قال
                # (but "وفق ما قال للمحققين": the one told, the teller left out)
                close = self._close_of(i, k)
                if close is not None:
                    self._close_at = close
                    try:
                        np_ = self.unknown_name(k) or self.loose_subject(k)
                    finally:
                        self._close_at = -1
            if np_ is None:
                return None
            head_tok = self._strip_lam(np_.i) if lam and np_.i == k else self.toks[np_.i]
            if np_.kind == "document" and _bare(head_tok.t) in _NORM_DOCUMENTS:
                return None  # ستثبت الهدوء وفقاً لاتفاقية 2014: what the act conforms to, no one tells it
            if self.t(np_.j) == ")" and self.t(k - 1) == "(":
                np_.j += 1
            cue = (self.toks[i].s, self.toks[max(i, cue_end_tok - 1)].e)
            chain = self.chain(np_)
            np_.j = self.with_co_teller(chain, np_.j, i)
            chain, after = self.with_addressee(chain, np_.j, i)
            # inner links: "بحسب ما نقلته وكالة X عن مصادر"
            after = self.inner_links(chain, max(after, np_.j), i)
            rest = [m2 for m2 in range(after, min(len(self.toks), after + 5)) if self.same_sentence(i, m2)
                    and self.t(m2) not in _PUNCT_STOP and _bare(self.t(m2)) not in self.lx.qualifiers]
            trailing = len(rest) < 2 and i > 0 and self.same_sentence(i, i - 1)
            # "…، وفقاً لما نقلته وكالة X" or "…، وفقاً لنسخة من تصريحاته" after a claim of the sentence: X or the
            # document is how that claim reached the article, an outer link of it, not a claim of its own
            # (a relay verb says so wherever the cue stands: "وأكد X، بحسب ما نقله موقع Y، أن …";
            # a bare outlet only at the clause's end of a sentence its claim opens: "قالت الوزارة إن …، حسب موقع Y"
            # (but "…، التي تعتبرها أنقرة إرهابية، …، وفق المرصد": the outlet tells the whole sentence)
            # (unnamed media carry a report as an outlet does: "…، وفق إعلام دولي، بحسب وسائل إعلام محلية")
            relayed = (relay or (trailing and self._last_claim_opens_sentence(i))) \
                and all(x.kind == "outlet" or (x.kind == "anonymous" and _bare(_f(x.text).split()[0]) in self.lx.media)
                        for x in chain) and not self.is_own(chain[-1].text)
            # "…، وفقاً لمكتب رئيس الوزراء" after a person's claim: the office relayed it, an outer link too
            relayed = relayed or (trailing and np_.kind == "official" and np_.role is None)
            if seq[0] == _NAQLAN and self.t(i - 1) in {"،", ",", "-"} and self.claims \
                    and self.claim_sent[-1] == self.tok_sent[i] and self.claims[-1].sources[-1].kind == "outlet" \
                    and np_.kind != "outlet":
                # "قال التلفزيون إن …، نقلاً عن مسؤولين": the outlet's own source, an inner link of its claim
                last = self.claims[-1]
                self.claims[-1] = dataclasses.replace(last, sources=(*last.sources, *chain[-1:]))
                self.consumed.update(range(i, np_.j))
                return np_.j
            if (relayed or np_.kind == "document") and self.claims and self.claim_sent[-1] == self.tok_sent[i] \
                    and self.claims[-1].sources[-1].kind in ("person", "official", "anonymous"):
                self.merge_outer(chain, self.doc.folded.orig(self.toks[i].s))
                self.consumed.update(range(i, np_.j))
                return np_.j
            comp = after + 1 if self.t(after) in {"،", ",", "-"} else after  # (… - بحسب المصادر - إن)
            if self.claims and self.claim_sent[-1] == self.tok_sent[i] and self.t(comp) in _STRICT_COMPS \
                    and (self.claims[-1].cue_end or 0) <= self.doc.folded.orig(self.toks[i].s):
                # "وقال ممثل فرنسا، بحسب المصادر نفسها، إن …": the cue stands between the teller and what he
                # said; its source is how that claim reached the article, an outer link of it
                last = self.claims[-1]
                add = [o for o in chain if not any(_f(o.text) == _f(x.text) for x in last.sources)]
                # (but "وكشف مصدر لـX، نقلاً عن مسؤول، أن …": the teller took it from the official, an inner link)
                inner = seq[0] in _INNER_LEADS
                self.claims[-1] = dataclasses.replace(
                    last, sources=(*last.sources, *add) if inner else (*add, *last.sources))
                self.outlets.extend(o for o in add if o.kind == "outlet" and o not in self.outlets)
                self.consumed.update(range(i, np_.j))
                return np_.j
            start_tok = i
            if seq in _RELAY_PREPS and not relayed:
                owner = self._tongue_owner(i)
                if owner is not None:
                    # "نفت جبهة X على لسان ممثلها …": the body speaks through its spokesman, the outer link
                    start_tok, body = owner
                    chain = [*[o for o in self.chain(body) if not any(self._same_teller(o, x) for x in chain)],
                             *chain]
            claim = self.add_claim(chain, cue, self.toks[start_tok].s, after, i, verb=seq[0], trailing=trailing)
            nxt = self.t(after + 1)
            if claim is not None and self.t(after) in {"،", ","} and (i == 0 or not self.same_sentence(i, i - 1)) \
                    and (nxt in self.lx.verbs or _unprefix(nxt) in self.lx.verbs):
                self.leading.add(claim.id)
            self.consumed.update(range(i, np_.j))
            return np_.j
        return None

    def _tongue_owner(self, i: int) -> tuple[int, NP] | None:
        """A verb of saying and its subject right before على لسان at token i, with at most a date or adverb
        between (نفت جبهة X على لسان ممثلها، وكانت المديرية أعلنت خلال الشهر الجاري على لسان ناطقها): the
        token the claim starts at and the subject, the body whose words the spokesman speaks; else None."""
        b = i - 1
        while b > 0 and i - b <= 6 and self.same_sentence(i, b) and (
                self.t(b) in _TIME_WORDS or _bare(self.t(b)) in _TIME_NOUNS or self.t(b) in _TIME_PREPS
                or self.t(b) in _MANNER or self.t(b) in {"،", ","} or self.t(b) in self.lx.post_verb_adverbs):
            b -= 1
        if b < 0 or not self.same_sentence(i, b):
            return None
        s0 = b
        while s0 > 0 and self.same_sentence(i, s0 - 1) and b - s0 < 12:
            s0 -= 1
        for p in range(b, s0 - 1, -1):
            if _unprefix(self.t(p)) not in self.lx.verbs and _unprefix(self.t(p)) not in _TONGUE_VERBS:
                continue
            if p == b:
                # the subject before the verb (وكانت المديرية أعلنت): a phrase that ends right at it
                np_ = self.pre_subject(p) or self.clause_subject(p)
                return (np_.i, np_) if np_ is not None and np_.j == p else None
            np_ = self.parse_source(p + 1, sent_of=i) or self.unknown_name(p + 1) or self.named_office(p + 1, p, True)
            if np_ is not None and np_.j == b + 1:
                return p, np_
            # (نفت الحركة على لسان ممثلها، وتوعدت الجماعة على لسان قائدها: a body no list knows, the few plain
            # words between the verb and على لسان, with a spokesman of its own, speaks officially)
            if b - p <= 4 and self.t(b).startswith("ال") and all(self.t(m).isalpha() and self.t(m) not in self.lx.comps
                                  and self.t(m) not in self.lx.stops and self.t(m) not in self._PREPS
                                  for m in range(p + 1, b + 1)):
                return p, NP("official", p + 1, b + 1, self.toks[p + 1].s, self.toks[b].e)
            return None
        return None

    def _last_claim_opens_sentence(self, i: int) -> bool:
        """The last claim is token i's sentence's and its cue stands among the sentence's first words."""
        if not self.claims or self.claim_sent[-1] != self.tok_sent[i]:
            return False
        s0 = i
        while s0 > 0 and self.same_sentence(i, s0 - 1):
            s0 -= 1
        cue = self.claims[-1].cue_start
        first = self.orig(self.toks[s0].s, self.toks[s0].e)[0]
        return cue is not None and cue >= first and len(self.doc.text[first:cue].split()) <= 3

    def _according_own(self, i: int, k: int, cue: str) -> int:
        """"…، بحسب تعبيره": the pronoun points to the teller of the sentence's claim (nothing new then) or, in a
        sentence with none, to the subject of its first verb (ودعا المحافظ إلى …، بحسب تعبيره)."""
        self.consumed.update(range(i, k))
        if self.claims and self.claim_sent[-1] == self.tok_sent[i]:
            return k
        got = self._sentence_subject(i)
        if got is not None:
            np_, s0 = got
            self.add_claim(self.chain(np_), (self.toks[i].s, self.toks[k - 1].e), self.toks[s0].s, k, i, verb=cue,
                           trailing=True)
        elif i == 0 or not self.same_sentence(i, i - 1):
            # "وحسب قولهم، فإن …" opening a sentence: the pronoun points to the party the sentence before named
            chain = self.antecedent(i, _suffix_person(self.t(k - 1)))
            if chain:
                self.add_claim(chain, (self.toks[i].s, self.toks[k - 1].e), self.toks[i].s, k, i, verb=cue)
        return k

    def _subject_only(self, np_: NP) -> NP:
        """A sentence's subject parsed with no أن/إن after it may run on into the verb's object (وزار الرئيس
        ماكرون بغداد، وعقد قائد الشرطة مؤتمرا): a person ends with the person entity's mention, and a title
        whose "name" no entity knows is an official."""
        if np_.kind != "person" or (np_.entity is not None and np_.name is None):
            return np_
        a, b = self.orig(np_.s, np_.e)
        first_name = _f(np_.name or "").split()[:1]
        # the person's own mention, the one the name starts with (not a name in the object: رسالة لبوتين)
        hit = next(((ent, m.end) for m, ent in self.doc.overlapping(a, b, ("person",))
                    if first_name and _f(self.doc.text[m.start:m.end]).split()[:1] == first_name), None)
        if hit is not None:
            j = self.tok_until_orig(np_.i, hit[1])
            if np_.i < j <= np_.j:
                np_.j, np_.e = j, self.toks[j - 1].e
                kept = self.surface(np_.s, np_.e)
                # the name learnt for later bare mentions loses the object's words too
                np_.name = " ".join(w for w in (np_.name or "").split() if w in kept) or None
            return np_
        if np_.name and np_.role:
            start = self.surface(np_.s, np_.e).rfind(np_.name)
            if start > 0:
                text = self.surface(np_.s, np_.e)[:start].strip(" ،,")
                if text:
                    return NP("official", np_.i, np_.j, np_.s, np_.e, text=text)
        return np_

    def _last_person_before(self, pos: int, skip_bare: bool = False) -> tuple[model.Mention, EntityDraft] | None:
        """The last mention of a person entity ending at or before `pos` (not in a heading, with skip_bare)."""
        last = None
        for ent in self.doc.entities:
            if ent.type != "person":
                continue
            for men in ent.mentions:
                if men.end <= pos and (last is None or men.start > last[0].start) \
                        and not (skip_bare and self._sent_index(men.start) in self.bare_lines):
                    last = (men, ent)
        return last

    def antecedent(self, i: int, person: str) -> list[model.Source]:
        """The teller a possessive pronoun on a verbal noun opening a sentence points to (وحسب قولهم، فإن …):
        the subject of the first verb of the sentence before (وفر السكان من البلدة …), or else the person the
        article named there. `person` is "m", "f" or "p" (masculine, feminine, plural): a person is a masculine
        teller unless a title says otherwise, a body of a feminine noun a feminine one. (A verb of saying with
        no subject, وقال إن …, is left to the last claim: read this way it named the wrong teller as often.)"""
        s = self.tok_sent[i]
        first = i
        while first > 0 and self.same_sentence(i, first - 1):
            first -= 1
        k = first - 1
        while k >= 0 and self.tok_sent[k] in self.bare_lines:
            k -= 1  # a heading between the two sentences
        got = self._sentence_subject(k) if k >= 0 else None
        if got is not None and (got[0].j - got[0].i > 8 or any(
                self.t(x) in self._PREPS for x in range(got[0].i, got[0].j))):
            got = None  # a phrase with a preposition is more than the subject (المجلس في اجتماع عقده …)
        if got is not None and _agrees(self.surface(got[0].s, got[0].e), got[0].kind, person):
            return self.chain(self._subject_only(got[0]))
        if person != "m":
            return []
        last = self._last_person_before(self.orig(self.toks[i].s, self.toks[i].e)[0], skip_bare=True)
        if last is None or self._sent_index(last[0].start) < s - 1 - sum(
                1 for n in range(self._sent_index(last[0].start) + 1, s) if n in self.bare_lines):
            return []
        return [model.Source("person", last[0].text.strip(), entity=last[1].id)]

    def try_nominal(self, i: int) -> int | None:
        """"إعلان وزارة الدفاع الروسية مقتل …": a verbal noun of telling whose genitive is a teller the
        earlier stages named; the teller is the source and what follows its name the claim."""
        not_content = _nominal_cues()[1]
        w = self.t(i)
        if w in _nominal_his_forms():
            return self._nominal_his(i, not_content)
        if w not in _nominal_forms():
            return None
        k = i + 1
        if k >= len(self.toks) or not self.same_sentence(i, k) or k in self.consumed:
            return None
        a, b = self.orig(self.toks[k].s, self.toks[k].e)
        # the teller must begin the word: تصريح لترامب (a proclitic لـ) is an indefinite statement
        if any(m.start > a for m, _ent in self.doc.overlapping(a, b, ("outlet", "person", "actor"))):
            return None
        np_ = self._np_entity(k, self.toks[k])
        titled = False
        if np_ is None or np_.entity is None:
            np_ = self._np_country(k)  # منذ إعلان العراق دحر التنظيم: a country speaking
            if np_ is None:
                # تأكيد قائم مقام أربيل أن/بانتماء …: a title no stage named as an entity, taken only when
                # أن or a بـ complement follows it at once (إعلان الرئيس حالة الطوارئ is no claim here)
                np_ = self._np_role(k, self.toks[k])
                titled = True
                if np_ is None or np_.kind not in ("person", "official"):
                    return None
                cut = next((m for m in range(k + 2, np_.j) if self._bi_complement(m)), None)
                if cut is not None:
                    # تأكيد قائم مقام أربيل بانتماء المسلحين: the title ends where its بـ complement begins
                    np_.j, np_.e = cut, self.toks[cut - 1].e
                    if np_.name is not None and np_.entity is None:
                        np_.kind, np_.name = "official", None
        c = np_.j
        while c < len(self.toks) and c - np_.j < 2 and self.t(c) in _TIME_WORDS:
            c += 1  # إعلان الوزارة الأحد مقتل …
        # a claim must follow the teller's name in the same clause: بيان الجيش الصادر أمس tells nothing here
        if c >= len(self.toks) or not self.same_sentence(i, c):
            return None
        if titled:
            if not ((self.t(c) in _STRICT_COMPS and self.t(c) != ":") or self._bi_complement(c)):
                return None
        elif self.t(c) in _PUNCT_STOP or self.t(c) in not_content or self.t(c) in _RELATIVE or self.is_boundary(c) \
                or (self.t(c)[:1] == "و" and _unprefix(self.t(c)) != self.t(c)):
            return None
        self.add_claim(self.chain(np_), (self.toks[i].s, self.toks[i].e), self.toks[i].s, c, i, verb=w)
        self.consumed.update(range(i, np_.j))
        return np_.j

    def _nominal_his(self, i: int, not_content: frozenset[str]) -> int | None:
        """"بعد إعلانه الانتصار على التنظيم": a verbal noun of telling with ه, whose teller is the man the
        article named last (a person entity in this sentence or the two before it)."""
        c = i + 1
        if c >= len(self.toks) or not self.same_sentence(i, c) or c in self.consumed:
            return None
        noun = _unprefix(self.t(i))[:-len(_HIS)]
        if self.lx.source_nouns.get(_bare(noun)) == "document" or self.t(i - 1) in _MEDIUM_PREPS:
            return None  # ولم يدل في بيانه بتفاصيل: the statement is where he spoke, not his telling of what follows
        t = self.t(c)
        if not ((t in _STRICT_COMPS and t != ":") or self._bi_complement(c) or (
                t.isalpha() and t not in not_content and t not in _RELATIVE and not self.is_boundary(c)
                and not (t[:1] == "و" and _unprefix(t) != t) and t not in _TIME_WORDS)):
            return None  # تصريحاته الأخيرة، إعلانه في …: no content follows
        if t[:1] == "ل" or t in _NOT_NAME or (self.claims and self.claim_sent[-1] == self.tok_sent[i]):
            # تصريحاته لمراسلين (to whom), ونقل التلفزيون عن X تأكيده …: the sentence's teller is already read
            return None
        pos = self.orig(self.toks[i].s, self.toks[i].e)[0]
        last = self._last_person_before(pos)
        if last is None or self._sent_index(last[0].start) < self.tok_sent[i] - 2:
            return None
        men, ent = last
        if any(e.type == "person" and e is not ent for _m, e in self.doc.overlapping(men.end, pos, ("person",))):
            return None
        src = model.Source("person", men.text.strip(), entity=ent.id)
        self.add_claim([src], (self.toks[i].s, self.toks[i].e), self.toks[i].s, c, i, verb=_unprefix(self.t(i)))
        return i + 1

    def _named_subject_before(self, i: int) -> NP | None:
        """"روسيا تتهم …"، "كان الفلسطينيون اتهموا …"، "وكانت منظمة X قد اتهمت …": a party the earlier stages
        named, opening the clause and ending at the verb (past قد or a form of كان), is its subject."""
        end = i
        while end > 0 and self.same_sentence(i, end - 1) and (self.t(end - 1) == _QAD or self.t(end - 1) in _KANA):
            end -= 1
        m = end - 1
        if m < 0 or not self.same_sentence(i, m):
            return None
        hit = self.entity_at(self.toks[m].s, self.toks[m].e, ("actor", "person", "outlet", "place"))
        if hit is None or self.tok_until_orig(m, hit[1]) != end:
            return None
        start = m
        while start > 0 and self.same_sentence(i, start - 1) and self.entity_at(
                self.toks[start - 1].s, self.toks[start - 1].e, ("actor", "person", "outlet", "place")) == hit:
            start -= 1
        opens = start == 0 or not self.same_sentence(i, start - 1) or self.is_clause_start(start) \
            or self.t(start - 1) in _KANA or self.t(start - 1) in _PRE_OPENERS
        if not opens:
            return None
        np_ = self.parse_source(start, sent_of=i) or self._np_country(start)
        if np_ is None or np_.j != end:
            return None
        return np_

    def _passive_marked(self, i: int) -> bool:
        """Verb i carries a damma on its first letter after و/ف (وتُتهم، يُتّهم، اُتهم): written passive."""
        s, e = self.orig(self.toks[i].s, self.toks[i].e)
        w = self.doc.text[s:e]
        if w[:1] in ("و", "ف") and len(w) > 3:
            w = w[1:]
        return len(w) > 2 and (w[1] == "\u064f" or w[0] == "\u064f")

    def _accused_for(self, np_: NP) -> bool:
        """The phrase np_ after a verb of accusing is followed at once by its بـ complement (النظام بتنفيذه،
        الوزير الكندي بـ"…"): it is the one accused, since a subject would have its object between."""
        if np_.j - np_.i > 4:
            return False  # a long phrase has likely taken in the object after its subject (المفوض … النظام السوري)
        if np_.entity is None and self.t(np_.j - 1) == "ب":
            return True  # بـ "…": the lone ب was read into the phrase
        if np_.j >= len(self.toks):
            return False  # the text ends on the phrase (a cut-off feed item): no بـ complement follows
        if self.entity_at(self.toks[np_.j].s + 1, self.toks[np_.j].e, ("place", "actor")) is not None:
            return False  # المحكمة الخاصة بلبنان: a بـ on a name goes on the phrase
        return self.same_sentence(np_.i, np_.j) and self._bi_word(np_.j)

    def _bi_word(self, m: int) -> bool:
        """Token m may open the بـ complement of a verb of accusing (بتنفيذ، بالتآمر، a lone ب)."""
        t = self.t(m)
        return t == "ب" or (
            t[:1] == "ب" and len(t) > 3 and t not in self._PREPS and t not in _TITLE_BI
            and t not in self.lx.post_verb_adverbs and t not in self.lx.saying_adverbs  # بدورها: the subject's turn
            and not self.is_boundary(m))

    def _cut_accused(self, np_: NP) -> bool:
        """A title teller of a verb of accusing whose name parse runs up to or onto a بـ complement (اتهم وزير
        الخارجية بلدين جارين بالتآمر، واتهم القائد العسكري دولة جارة بتسهيل "…"): those name words are the one
        accused, so the teller is the bare title, an office speaking, even where a name stage made the title and
        those words one person. A name of one word, a given name or a person's known word before the بـ is left
        to the other readings (اتهم القائد فلان بالخيانة: the title and name may be the one accused)."""
        words = (np_.name or "").split()
        if not np_.role or not words or np_.j - len(words) <= np_.i or self._object_pronoun(self.t(np_.i - 1)):
            return False  # (واتهمه الوزير فلان الفلاني بـ: the accused is the pronoun, the title and name tell)
        m = np_.j - 1
        if words[-1] != self.surface(self.toks[m].s, self.toks[m].e):
            return False
        if len(words) >= 2 and self._bi_word(m):
            cut = m - len(words) + 1
        elif len(words) >= 2 and np_.j < len(self.toks) and self.same_sentence(m, np_.j) and self._bi_word(np_.j):
            cut = np_.j - len(words)
        else:
            return False
        if _f(self.t(cut)) in _given_names() or any(self.t(n) in self.persons for n in range(cut, np_.j)):
            return False
        np_.j = cut
        np_.e = self.toks[cut - 1].e
        np_.name = None
        np_.kind = "official"
        np_.entity = None  # (a name stage may have made the title and the accused one person)
        return True

    def _bi_complement(self, m: int) -> bool:
        """Token m is an indefinite verbal noun with بـ that a verbal noun of telling takes for its content
        (تأكيده بانتماء …، إعلانه بانسحاب …); never the بـ of a title (باسم) nor a definite noun (بالقول)."""
        t = self.t(m)
        return t[:2] == "با" and len(t) > 5 and t not in _TITLE_BI and not self.is_boundary(m) \
            and _unprefix(t) not in self.lx.verbs

    def inner_links(self, chain: list[model.Source], k: int, sent_i: int, ascribe: bool = False,
                    relay: bool = False, learn: bool = False, about: bool = False) -> int:
        """The teller's own source: "عن مصادر", "نقلاً عن مسؤول", "، الذي نقل عن مصادر أمنية" (after a verb of
        ascribing, "إلى مسؤول قوله"; after a verb of relaying a comma may close the teller's name before its
        عن: ونقل فلان، عن مديرها العام أن)."""
        platform = self._platform_end(k) if self.t(k) in (_ALA_WORD, _ABR) else None
        if platform is not None and self.t(platform) == _AN and self.same_sentence(sent_i, platform):
            k = platform  # صفحات محلية على "فيسبوك" عن ناشطين: the platform they wrote on, then their source
        a = k
        while a - k < 4 and self.same_sentence(sent_i, a) and (
                _bare(self.t(a)) in self.lx.qualifiers | self.lx.role_mods or self.t(a) in self.lx.outlet_tails
                or self._adjective(a) or (self.t(a) in _SEMI and self._adjective(a + 1))):
            a += 1
        if a > k and self.t(a) in (_AN, _NAQLAN) and self.same_sentence(sent_i, a):
            # وكالة الأناضول التركية عن مصادر، وكالة "برناما" الإخبارية الرسمية الماليزية عن، وكالة تسنيم شبه
            # الرسمية عن: the teller's adjectives (several, or شبه before one) end at its عن
            k = a
        elif relay:
            # (the adjective loop may have read the modifier itself as an adjective: الوطن المقربة من …)
            k = next((n for b in range(k, a + 1) if (n := self._past_relayer_modifier(b, sent_i)) != b), k)
        m = k + 1 if self.t(k) in {"،", ","} and self.same_sentence(sent_i, k + 1) else k
        if relay and m > k and self.t(m) == _FI and self.t(m + 1) in self.lx.medium:
            # ونقل المركز الإعلامي، في بيان، عن قائد ميداني قوله: the medium set off by commas (في خبر عاجل)
            close = next((c for c in range(m + 2, m + 5) if self.t(c) in {"،", ","}), None)
            if close is not None and self.t(close + 1) == _AN and self.same_sentence(sent_i, close + 1) \
                    and all(self.t(x).isalpha() for x in range(m + 2, close)):
                m = close + 1
        n = m
        while n - m < 5 and self.same_sentence(sent_i, n) and (
                self.t(n) in _TIME_WORDS or _bare(self.t(n)) in _TIME_NOUNS or self.t(n) in _TIME_PREPS
                or (n > m and self.t(n) in {"،", ","})):
            n += 1
        if n > m and (any(self.match_seq(n, seq, first_conj=False) for seq in _RELAY_PREPS)
                      or (relay and self.t(n) == _AN)):
            # أعلنت المديرية خلال الشهر الجاري على لسان ناطقها، نقل ليل الأحد عن مصدر: a date may stand before
            # على لسان, or before the عن of a verb of relaying
            m = n
        tongue = next((got[0] for seq in _RELAY_PREPS if (got := self.match_seq(m, seq, first_conj=False))), None)
        if self.t(m) in _RELATIVE:
            if _unprefix(self.t(m + 1)) not in self.lx.relay_verbs or self.t(m + 2) != _AN:
                return k
            m += 2
        elif m != k and self.t(m) != _NAQLAN and not (relay and self.t(m) == _AN) and tongue is None:
            # (a comma may set off على لسان as it does نقلا: نفت الوزارة، على لسان المتحدث باسمها، أن …)
            return k
        if about and self.t(m) == _AN:
            return k  # كشف مصدر لـX عن اتفاق، أعرب عن قلقه: the verb's own object, no source (but نقلاً عن is one)
        if self.t(m) == _AN or (self.t(m) == _NAQLAN and self.t(m + 1) == _AN) or tongue is not None or (
                ascribe and m == k and self.t(m) in _ALA_TO) or (learn and m == k and self.t(m) == _MIN):
            m2 = tongue if tongue is not None else m + 2 if self.t(m) == _NAQLAN else m + 1
            if self.t(m2) in _OWN_CORRESPONDENT and chain and chain[-1].kind == "outlet":
                self.last_corr = chain[-1]  # its own correspondent: a later bare المراسل is this outlet's
            inner = self.parse_source(m2, sent_of=sent_i)
            if inner is not None:
                # (an outlet inside the inner teller's title, عن مدير المرصد فلان, is a link of its own; the
                # outlets an anaphoric source borrows from the last claim are not)
                chain.extend(o for o in inner.outer if not any(self._same_teller(o, x) for x in chain))
                chain.extend(self.chain(inner)[-1:])
                self.consumed.update(range(k, inner.j))
                return self._relayed_further(chain, inner.j, sent_i)
        return k

    def _relayed_further(self, chain: list[model.Source], j: int, sent_i: int) -> int:
        """The inner teller took it from a third (نقلت وكالة X عن صحيفة Y نقلاً عن مصدر أمني قوله إن): a نقلاً عن
        after the inner link, or a bare عن after an outlet (an outlet relays; «مسؤول عن الأمن» is a title), adds
        the next link to the same chain. Returns the end of the last link."""
        m = j + 1 if self.t(j) in {"،", ","} and self.t(j + 1) == _NAQLAN else j
        if len(chain) >= 4 or not self.same_sentence(sent_i, m) or not (
                (self.t(m) == _NAQLAN and self.t(m + 1) == _AN) or (m == j and self.t(m) == _AN
                                                                  and chain and chain[-1].kind == "outlet")):
            return j
        return self.inner_links(chain, m, sent_i) if m > j else self.inner_links(chain, j, sent_i)

    def _past_relayer_modifier(self, k: int, sent_i: int) -> int:
        """After a relaying teller, a modifier with its complement that says whose side it is on (صحيفة الوطن
        المقربة من الحكومة عن …، وكالة أعماق التابعة للتنظيم عن …، قناة الميادين، الموالية لإيران، عن …): the
        token at the relay's عن (or the comma before it), else k. A modifier phrase that runs into anything but
        plain words before عن is left alone."""
        m = k + 1 if self.t(k) in {"،", ","} else k
        t = self.t(m)
        # (or a relative clause: وكالة الأنباء الكورية التي تديرها الدولة عن …، قناة X، التي تبث من بيروت، عن …)
        relative = t in _RELATIVE and self.t(m + 1).isalpha() and self.t(m + 1) not in self.lx.comps
        if not self.same_sentence(sent_i, m) or not (t in _BODY_MODIFIERS or t in _SIDE_MODIFIERS or relative) \
                or not (relative or self.t(m + 1)[:1] in {"ب", "ل"} or self.t(m + 1) in (_MIN, _ALA_WORD)):
            return k
        for n in range(m + 2, min(len(self.toks), m + 9)):
            if not self.same_sentence(sent_i, n) or (self.t(n) in self.lx.comps and self.t(n) != _AN):
                return k
            if self.t(n) == _AN:
                return n
            if self.t(n) in {"،", ","}:
                return n if self.t(n + 1) == _AN else k
            if self.t(n) in _PUNCT_STOP:
                return k
        return k

    def _party_antecedent(self, i: int) -> bool:
        """Whether a relative pronoun stands right before token i after a party or person the earlier
        stages named (حزب الله الذي، أنقرة التي): one who can be the relative verb's subject."""
        if i < 2 or self.t(i - 1) not in _RELATIVE:
            return False
        a = i - 3 if self.t(i - 2) in {"،", ","} else i - 2
        if a < 0 or not self.same_sentence(i, a):
            return False
        hit = self.entity_at(self.toks[a].s, self.toks[a].e, ("person", "actor", "outlet"))
        return hit is not None and self.tok_until_orig(a, hit[1]) == a + 1

    def _object_pronoun(self, t: str) -> bool:
        """Whether a verb form carries an object pronoun (نفاه، تعتبرها), not a stem that ends like one (اتهم)."""
        t = _unprefix(t)
        for p in _OBJECT_PRONOUNS:
            base = t[:-len(p)]
            if t.endswith(p) and len(base) >= 2 and (base in self.lx.verbs or (
                    base.endswith("ا") and (base[:-1] + "ي" in self.lx.verbs or base[:-1] + "ى" in self.lx.verbs))):
                return True
        return False

    def _teller_gender(self, claim: model.Claim) -> str | None:
        """"f" or "m" for the one person who told `claim`: a feminine title (مندوبة، المتحدثة) says "f" even
        after a verb that did not agree (قال مندوبة أميركا); else the gender of the claim's verb, if one. (A
        name's own ة says nothing: ثوابة، الخصاونة، عبدالله are men.)"""
        words = _f(claim.sources[0].text).split()
        head = words[0] if words else ""
        if head.endswith("ه") and (head in self.lx.roles or _bare(head) in self.lx.roles
                                   or _bare(head) in self.lx.source_nouns):
            return "f"
        return _verb_gender(claim.verb or "")

    def _claim_gender(self, claim: model.Claim) -> str | None:
        """"f" or "m" for the one teller of `claim` (a person by `_teller_gender`, a body by its head noun),
        else None."""
        if len(claim.sources) != 1:
            return None
        src = claim.sources[0]
        return self._teller_gender(claim) if src.kind == "person" else _body_gender(src)

    def _in_masculine_medium(self, claim: model.Claim) -> bool:
        """The claim's sentence names a masculine medium (وقالت الوزارة في بيان إن): a masculine verb after it
        (وأضاف أن) goes on for the statement, that is for the same teller."""
        k = self._sent_first.get(self.claim_sent[self.claims.index(claim)])
        if k is None:
            return False
        for m in range(k, min(len(self.toks), k + 40)):
            if self.tok_sent[m] != self.tok_sent[k]:
                break
            w = self.t(m)
            for x in (w, w[1:] if w[:1] in "بل" else w):
                if x not in self.lx.medium:
                    continue
                # its own noun without a possessive (بيانها → بيان; مقابلته keeps its ة as ت: feminine)
                stem = next((x[:-len(p)] for p in ("ها", "هم", "ه") if x.endswith(p) and x[:-len(p)] in
                             self.lx.medium), x)
                if not stem.endswith(("ه", "ات")):
                    return True
        return False

    def _one_person_noun(self, src: model.Source) -> bool:
        """An unnamed official headed by a title of one person (مسؤول أمريكي، الناطق باسم الجيش), not a body: a
        verb of the other gender after it has another subject, as after a named person. (An anonymous teller has
        no gender here: its plural and singular nouns share one list.)"""
        if src.kind != "official":
            return False
        words = _f(src.text).split()
        w = _bare(_unprefix(words[0])) if words else ""
        return w not in _BODY_NOUNS and (w in self.lx.roles or "ال" + w in self.lx.roles)

    def _agreeing_claim(self, i: int, gender: str) -> model.Claim | None:
        """The latest of the last few claims (up to three sentences back) whose one teller agrees with a verb of
        that gender: the one a continuation with no subject goes on for, past a teller of the other gender."""
        s = self.tok_sent[i]
        for k in range(len(self.claims) - 2, max(-1, len(self.claims) - 6), -1):
            if s - self.claim_sent[k] > 3:
                break
            if self._claim_gender(self.claims[k]) == gender:
                return self.claims[k]
        return None

    def _distant_teller(self, i: int, gender: str | None, near: int) -> model.Claim | None:
        """The last claim, more than `near` and up to `_FAR_REACH` sentences back, that a bare continuation
        (وأضاف "…"، وتابع أن) goes on for when the sentences between only describe the scene or the same
        person: its last teller is a person the earlier stages named, of the verb's gender, and everything
        between names no other person, no outlet, no party opening a sentence as its subject and no verb of
        telling with its أن/إن but the teller's own; no heading stands between. (Nearer
        claims are `prev_claim_near`'s; a non-claim sentence about someone else is where a new teller may have
        come in unread, so it ends the run.)"""
        if gender is None or not self.claims:
            return None
        last = self.claims[-1]
        s = self.tok_sent[i]
        last_s = max(self.claim_sent[-1], self._sent_index(max(last.start, last.end - 1)))
        if not near < s - last_s <= _FAR_REACH or any(n in self.bare_lines for n in range(last_s, s)):
            return None
        teller = last.sources[-1] if last.sources else None
        if teller is None or teller.kind != "person" or teller.entity is None or last.id in self.embedded:
            return None
        said = self._teller_gender(last) if len(last.sources) == 1 else _verb_gender(last.verb or "")
        if said is not None and said != gender:
            return None
        a, b = last.end, self.orig(self.toks[i].s, self.toks[i].e)[0]
        mentions = self.doc.overlapping(a, b, ("person", "outlet", "actor"))
        own = [men.start for men, ent in mentions if ent.id == teller.entity]
        for k in range(self.tok_until_orig(self._sent_first.get(last_s, 0), a), i):
            w = self.t(k)
            if (w in self.lx.verbs or _unprefix(w) in self.lx.verbs) and self._has_complement(k + 1, k) and not any(
                    0 <= p - self.orig(self.toks[k].s, self.toks[k].e)[1] <= 40 for p in own):
                return None  # وقال السوري خليل "…": a verb of telling whose teller no stage read, or someone else
        for men, ent in mentions:
            if ent.type == "person" and ent.id != teller.entity:
                return None  # another person named in between may be the one going on
            if ent.type == "outlet":
                return None
            first = self._sent_first.get(self._sent_index(men.start))
            if ent.type == "actor" and first is not None and self.tok_until_orig(first, men.start) - first <= 2:
                return None  # وتسيطر قوات سوريا الديمقراطية على …: a party as a sentence's subject
        return last

    def _year_end(self, k: int, sent_i: int) -> int:
        """The token after a year at k (2014، عام 2014، لعام 2014), or 0 when no year is there."""
        if self.t(k) in _YEAR_NOUNS and self.same_sentence(sent_i, k + 1):
            k += 1
        t = self.t(k)
        return k + 1 if len(t) == 4 and t.isdigit() and 1900 <= int(t) <= 2100 else 0

    def try_verb(self, i: int) -> int | None:
        t = self.t(i)
        verb = self.lx.verbs.get(t) or self.lx.verbs.get(_unprefix(t))
        if verb is None and t in _IN_IT_VERBS and self.t(i + 1) in _IN_IT and self.same_sentence(i, i + 1):
            # أصدرت الوزارة بيانا جاء فيه أن/«…»: "in which came" tells what the statement says, as قالت فيه does
            # (the verb alone, جاء = came, tells nothing; only the statement issuer reads it)
            verb = _IN_IT_VERB
        if verb is None:
            return None
        # after أن/إن the word is the content of another claim ("أكد أن ذكر …" is rare; "أن بين" is common),
        # unless أن only dates it (بعد أن أعلنت أنقرة)
        if i > 0 and self.t(i - 1) == "ان" and self.t(i - 2) not in _TIME_BEFORE_AN:
            return None
        if i > 0 and (self.t(i - 1) in _MASDAR_BEFORE or (self.t(i - 1)[1:] in _MASDAR_BEFORE
                      and self.t(i - 1)[:1] in ("و", "ف"))) \
                and _unprefix(t) == t and self.same_sentence(i - 1, i):
            # على نقل السفارة، وبعد نشر بيان، دون ذكر اسمه، ومن بين البنود: a verbal noun (or بين a preposition),
            # as no verb stands right after a preposition
            return None
        if self._pronoun_subject(i) or self._asyndetic_saying(i, verb):
            done = self._clause_pronoun_claim(i, verb)
            if done is not None:
                return done
        if i > 0 and (self.t(i - 1) in _PRONOUN_COMPS or _unprefix(self.t(i - 1)) in _PRONOUN_COMPS):
            # قال إنه يعتبر الولايات المتحدة …، وأنها تعتبر النظام …: the verb's subject is the pronoun, the name
            # its object
            return None
        if i > 0 and self.t(i - 1) in _NEGATORS:
            return None  # لم يذكر اسمه: a negated verb attributes nothing
        if t in _NAMING and not self.is_clause_start(i):
            return None  # شخص يدعى …: "is called", not "claims"
        if _unprefix(t) in _NAMING and not any(
                self.t(m) in _STRICT_COMPS or self.t(m) in _THAT_FORMS
                for m in range(i + 1, min(len(self.toks), i + 7)) if self.same_sentence(i, m)):
            return None  # مسؤول كبير، ويدعى فلان، كان …: "is called" opens a clause too; a claim has its أن/إن
        if any(self.match_seq(i, seq) is not None for seq in _starting(self.lx.editorial, t)):
            return None  # يذكر أن …: the article's own aside
        # وقال حينها / أيضاً X: the subject comes after the adverb
        subj = i + 1
        while subj < i + 3 and self.t(subj) in _TIME_WORDS and self.same_sentence(i, subj + 1) \
                and self.t(subj + 1).isalpha() and self.t(subj + 1) not in self.lx.comps:
            subj += 1  # أعلنت الأحد وزيرة الدولة أن … (but وأردف الخميس أن: a surname)
        for seq in self.lx.post_verb_adverbs.get(self.t(subj), ()):
            got = self.match_seq(subj, seq, first_conj=False)
            if got is not None and not got[1]:
                subj = got[0]
                break
        subj = self._teller_after_medium(subj, i)
        # يقول لي أحد السكان، وذكر لنا: the writer spoken to is no teller (but لي before a name: قال لي كه تشيانغ)
        to_writer = self.t(subj) in _TO_WRITER and self.same_sentence(i, subj + 1) and not (
            self._plain_word(self.t(subj + 1)) and self.t(subj + 1) not in _NOT_NAME
            and self.t(subj + 1) not in self.lx.comps)
        if to_writer:
            subj += 1
        # وقالت، فاستا كيبيريج، إن: a stray comma between the verb and its subject; a person named after it and
        # closed by a comma or أن/إن is the teller (وأضاف، في بيان، أن: an aside, no subject, still goes on;
        # so does a time after a verb whose subject came first: لكن الوكالة قالت، قبيل الظهر، إن)
        if self.t(subj) in {"،", ","} and self.same_sentence(i, subj + 1) and self.is_clause_start(i) \
                and self.t(subj + 1) not in _TIME_WORDS and self.t(subj + 1) not in self._PREPS:
            cand = self.parse_source(subj + 1, sent_of=i) or self.unknown_name(subj + 1)
            if cand is not None and cand.kind == "person" and self.t(cand.j) in _STRICT_COMPS | {"،", ","}:
                subj += 1
        if self.t(subj) == _AN and _unprefix(t) in self.lx.relay_verbs:
            done = self._relay_on(i, subj, verb.lemma, verb.modality)
            if done is not None:
                return done
        # "ونقلت عنه وكالة X أن …": X relays the teller just cited, who is the inner link
        relayed_from = None
        if self.t(subj) in _RELAY_PRONOUNS and (t in self.lx.relay_verbs or _unprefix(t) in self.lx.relay_verbs):
            prev = self.prev_claim_near(i, 3)
            if prev is not None and prev.sources:
                relayed_from = prev.sources[-1]
                subj += 1
        elif self.t(subj) in _RELAY_PRONOUNS and self.same_sentence(i, subj + 1) and self.t(subj + 1).isalpha() \
                and self.t(subj + 1) not in self.lx.comps and self.t(subj + 1) not in _TIME_WORDS \
                and _f(verb.lemma) not in _ABOUT_OBJECT_VERBS:
            # قالت عنها مديرة مكتبه السابقة: about her, the teller comes after (but كشف عنه، تحدث عنه: the
            # pronoun is the verb's own object, what was revealed or talked of, and no content follows)
            subj += 1
        # the outlet spoken to right after the verb (قالوا للصحافيين، قال لوكالة …) is never its subject
        # nor is a word with the preposition لـ on it (قال للصحافيين): the teller is then the previous one
        to_whom = self.addressee_at(subj, probe=True) or self._lam_word(self.t(subj))
        start_f = self.toks[i].s
        # "وكانت دمشق قد اتهمت إسرائيل": a subject before قد is the teller, the noun after the verb its object;
        # so is one between كان and the verb (وكانت البحرين اتهمت إيران)
        np_ = self.clause_subject(i) if self.t(i - 1) == _QAD or any(
            self.t(m) in _KANA for m in range(max(0, i - 5), i - 1) if self.same_sentence(i, m)) else None
        if np_ is None and _f(verb.lemma) in _INFORM_VERBS:
            # "الفياض أبلغ اللجنة بأن …": a subject before a verb of informing is the teller, the phrase after the
            # verb the one informed
            np_ = self.pre_subject(i) or self.clause_subject(i) or self._named_subject_before(i)
            if np_ is None and i > 0 and self.same_sentence(i, i - 1) and not self.is_clause_start(i) \
                    and self.t(i - 1) not in self.lx.comps and _unprefix(self.t(i - 1)) not in _MA_WORDS \
                    and self._name_word(i - 1):
                return None  # إن الفياض أبلغ اللجنة بأن: a subject no stage named, and the one informed after it
        if np_ is None and self._party_antecedent(i) and not self._object_pronoun(t) and not any(
                self.t(m) in self.lx.comps or self.t(m) == ":" for m in range(i + 1, min(len(self.toks), i + 7))
                if self.same_sentence(i, m)):
            # "حزب الله الذي اتهم إسرائيل باغتياله": with no أن/إن after it, a relative clause's verb has its
            # antecedent for subject and the name after it is its object (the accused), never the teller
            # (but "الهجوم الذي قالت الوزارة إنه", "الأمر الذي نفاه الجيش" and "الاتفاق الذي أعلنت واشنطن
            # انسحابها منه": the name after is the teller)
            return None
        if np_ is not None:
            start_f = np_.s
        elif not to_whom:
            if _f(verb.lemma) in _ACCUSE_VERBS and self._passive_marked(i):
                return None  # وتُتهم الحكومة بـ …، اُتهم: the one after the verb is accused, no one tells
            np_ = self.parse_source(subj, sent_of=i)
            if np_ is not None and _f(verb.lemma) in _ISSUE_VERBS and not self.t(np_.i).startswith("ال") \
                    and (_bare(self.t(np_.i)) in self.lx.info or self.t(np_.i) in _PUBLISHED):
                return None  # ونشر أخبار كاذبة، نشر معلومات: what was published, not who tells
            if np_ is not None and _f(verb.lemma) in _ACCUSE_VERBS and not self._cut_accused(np_) \
                    and self._accused_for(np_):
                # واتهم النظام بتنفيذ الهجوم: the phrase after the verb is the one accused, the subject is left out
                # (the one named before the verb, or the teller of the sentence before going on)
                np_ = self.pre_subject(i) or self.clause_subject(i) or self._named_subject_before(i)
                if np_ is not None:
                    start_f = np_.s
                else:
                    prev = self.prev_claim_near(i, 1)
                    if prev is None or not self.is_clause_start(i) or self.t(i)[:1] != "و" \
                            or self.claim_sent[-1] == self.tok_sent[i] or _unprefix(self.t(i))[:1] in ("ي", "ت"):
                        # (ويتهم فلان بالقيام بـ …: with no subject anywhere before, an imperfect is the passive
                        # يُتّهم, "he is accused of", no continuation of the last teller)
                        return None
                    self.add_claim(list(prev.sources), (self.toks[i].s, self.toks[i].e), self.toks[i].s, i + 1, i,
                                   verb=verb.lemma, modality=verb.modality, continues=prev.id)
                    return i + 1
        if np_ is None:
            np_ = self.pre_subject(i) or self.clause_subject(i) or self.kana_document(i) or self.topic_subject(i) \
                or self.relative_subject(i) or self.statement_issuer(i) or self.nested_subject(i) \
                or self.subject_over_relative(i)
            if np_ is not None:
                start_f = np_.s
        if np_ is None and not self._lam_word(self.t(subj)):
            np_ = self.appositive_person(subj) or self.described_person(subj) or self.body_in_statement(subj) \
                or self._countries_speaking(subj, i) \
                or self.aged_person(subj) or self.body_of_actor(subj, verb.modality == "denied")
        if np_ is None and not self._lam_word(self.t(subj)):
            cand = self.unknown_name(subj)
            # a verb that needs a subject takes an unknown one only as a definite body right before أن/إن
            # (one definite word will do for a verb that cannot mean "between": أعلن الإليزيه أن)
            # (but "وصف الرد بأنه": with بأن after it, the one word is the object described)
            if cand is not None and verb.strict and not self.t(cand.i).startswith("ال"):
                cand = None  # بيّن/بين ذراعيها وحاولت أن: "between" before plain words, no body's name
            if cand is not None and (not verb.needs_subject or (
                    cand.kind == "official" and self.t(cand.i).startswith("ال")
                    and (cand.j - cand.i > 1 or (not verb.strict and not self.t(cand.j).startswith("ب"))))
                    or (cand.kind == "official" and cand.j - cand.i > 1
                        and _bare(_unprefix(self.t(cand.i))) in _OFFICE_HEADS)):
                np_ = cand  # (an office head in construct is as definite: أعلنت منظمة حظر الأسلحة الكيميائية أن)
        if np_ is None and not self._lam_word(self.t(subj)):
            np_ = None if _f(verb.lemma) in _ACCUSE_VERBS else self.named_office(subj, i, not verb.strict)
        if np_ is None and not verb.needs_subject and not verb.strict and self.is_clause_start(i) \
                and not self._lam_word(self.t(subj)) and not (self.claims and self.claim_sent[-1] == self.tok_sent[i]):
            # (not in a sentence that already has a claim: a second guessed teller there would compete with it;
            # nor inside a quote, checked last as it reads back to the last claim's cue)
            np_ = self.loose_subject(subj)
            if np_ is not None and self._inside_last_quote(i):
                np_ = None
        if np_ is None and not verb.strict and not self._lam_word(self.t(subj)):
            # "…، كما تقول الأونروا." / "«…»، تقول فلانة.": a teller closing the sentence after a comma, the
            # sentence's end standing where أن/إن would
            close = self._close_of(i, subj)
            if close is not None:
                self._close_at = close
                try:
                    np_ = self.unknown_name(subj) or self.loose_subject(subj)
                finally:
                    self._close_at = -1
        if np_ is None and not self._lam_word(self.t(subj)):
            # "وقالت منظمة هيومن رايتس ووتش المعنية بحقوق الإنسان إن": the body ends where its modifier begins
            mod = self._body_modifier(subj, i)
            if mod is not None:
                self._close_at = mod
                try:
                    np_ = self.unknown_name(subj) or self.loose_subject(subj)
                finally:
                    self._close_at = -1
                if np_ is not None and (np_.kind == "person" or np_.j < mod):
                    np_ = None  # (a person's title keeps its modifier: الباحث المتخصص في … فلان)
        if np_ is None and _unprefix(t) in self.lx.relay_verbs and not self._lam_word(self.t(subj)):
            # "ونقل المركز الإعلامي لقوات X عن قائد ميداني قوله": the relay's عن closes the subject as أن/إن would
            an = next((m for m in range(subj + 1, min(len(self.toks), subj + 8))
                       if self.t(m) == _AN or not self.same_sentence(i, m) or self.t(m) in self.lx.comps), None)
            if an is not None and self.t(an) == _AN and self.same_sentence(i, an):
                self._close_at = an
                try:
                    # (a definite phrase or an office only: نقل الجمعة خبرا عن مقتل …, the news is the object)
                    np_ = self.loose_subject(subj)
                finally:
                    self._close_at = -1
                if np_ is not None and np_.kind == "official" and np_.j < an and self.t(np_.j).startswith("ل"):
                    # المركز الإعلامي لقوات سوريا الديمقراطية: the office of a named actor, the actor in its name
                    hit = self.entity_at(self.toks[np_.j].s + 1, self.toks[np_.j].e, ("actor",))
                    if hit is not None and self.tok_until_orig(np_.j, hit[1]) == an:
                        np_.j, np_.e = an, self.toks[an - 1].e
        if np_ is not None and np_.kind in {"official", "outlet"} and np_.text is None and np_.i >= subj:
            # (not an unnamed source: in "مصادر في القوات المدعومة من التحالف" the modifier names its side)
            self._trim_modifier(np_, i)
        if np_ is not None and _f(verb.lemma) in _DEPICT_VERBS and (
                self._depicted(max(np_.j, i + 1), i) or (
                    not self._that_after(max(np_.j, i + 1), i) and _unprefix(self.t(i - 1)) not in _MA_WORDS
                    and self._shows_scene(np_))):
            # تظهر الصور الجنود وهم يطلقون النار، وتظهر بعض التسجيلات «…»: what a picture shows, and أظهرت روسيا
            # قوتها: a stance shown; no telling (a document still tells what it shows: أظهر التقرير ارتفاعا; and
            # so does a picture an according-to clause cites: حسبما أظهرت مقاطع مصورة)
            return None
        if np_ is not None and np_.i < i and _unprefix(t) == t and self.claims \
                and self.claim_sent[-1] == self.tok_sent[i] and any(m in self.consumed for m in range(np_.i, np_.j)):
            # كشفت مصادر تحدثت لـCNN عن …، وقال فلان الذي كان يتحدث إلى المجلس: the teller already told this
            # sentence's claim; the verb after it describes the telling
            return None
        if np_ is not None and np_.i > i and _f(verb.lemma) in _ISSUE_VERBS and self._issued_not_told(np_, i, verb):
            return None
        if np_ is not None and np_.i > i and np_.kind in ("person", "official"):
            np_.j = self._past_epithets(np_.j)  # وتابع الرئيس الإيراني المعتدل: "…"
        if np_ is not None and np_.i > i and np_.kind == "person":
            self._drop_hal(np_, _verb_gender(t))  # وقالت ماجدة الحسن ضاحكة "…"
        if np_ is not None and verb.needs_complement and not (
                verb.entity_skips and (np_.entity is not None or np_.kind == "person" or self._office(np_))) \
                and not self._has_complement(max(np_.j, i + 1), i, verb.not_comps, verb.comp_phrases):
            return None
        if np_ is not None and np_.i > i and _f(verb.lemma) in _INFORM_VERBS:
            self._drop_informed(np_)
        if np_ is not None and np_.i > i and np_.kind == "document" and _f(verb.lemma) in _OBJECT_BI_VERBS \
                and self._bi_that_after(np_.j, i):
            return None  # واعتبر تحقيقات المحقق بأنها حملة: the document is what is considered (اعتبره بأنه)
        if np_ is not None and np_.i > i and _f(verb.lemma) in _CONSIDER_VERBS and self._predicate_at(np_.j, i):
            # إذ تعتبر وحدات حماية الشعب حليفاً: the phrase after the verb is what is considered, with its
            # predicate right after it; the one considering was named before
            return None
        if np_ is not None and _f(verb.lemma) in _ENACT_VERBS:
            # the object within three words (a count may come first), before any أن/إن
            for obj in range(np_.j, min(len(self.toks), np_.j + 4)):
                if not self.same_sentence(i, obj) or self.t(obj) in self.lx.comps or self.t(obj) == _QUOTE:
                    break
                if _bare(_unprefix(self.t(obj))) in _ENACTED:
                    return max(i + 1, np_.j)  # أقر مجلس النواب، 3 مشاريع قوانين: a body passed a law
        if np_ is not None and self.embed(np_, i):
            return max(i + 1, np_.j)
        if np_ is not None and np_.i < i and self._opens_content_of_last(np_.i):
            if not self._has_complement(i + 1, i) or verb.modality not in (None, "denied") \
                    or _f(verb.lemma) in _STANCE_VERBS:
                return None  # قال إن إيران أبدت دعمها: what the content is about, no further teller
            # "قال المحافظ إن قوات الأمن ذكرت أن …": a teller inside the last claim's content is its inner link
            last = self.claims[-1]
            self.claims[-1] = dataclasses.replace(last, sources=(*last.sources, *self.chain(np_)[-1:]))
            self.consumed.update(range(np_.i, max(np_.j, i + 1)))
            return max(i + 1, np_.j)
        if np_ is not None:
            chain = self.chain(np_)
            if relayed_from is not None and not any(self._same_teller(relayed_from, x) for x in chain):
                chain = [*chain, relayed_from]
            k = max(np_.j, i + 1)
            if np_.i > i:
                k = self.with_co_teller(chain, k, i)
            chain, after = self.with_addressee(chain, k, i)
            if after == k and _f(verb.lemma) in _INFORM_VERBS and not any(x.kind == "outlet" for x in chain):
                told = self._outlet_after(k, False, True)
                if told is not None and not self.is_own(told[0].text):
                    chain, after = [told[0], *chain], told[1]  # وأبلغ مصدر أمني قناة X بأن: the outlet informed
            m = max(after, k)
            in_medium = self.t(m) == _FI and self.t(m + 1) in self.lx.medium and self._has_complement(m, i)
            # (a quote right after a person, or a sentence quoted after an office, will do for a verb that allows
            # one: وتابع أردوغان "…"، وتابع المتحدث باسم الجيش "…"; but وتابع الجيش "عملياته": followed)
            # (and a statement's sentence quoted: وتابع البيان "…")
            quoted = verb.quote_ok and (np_.kind == "person" or (np_.kind in ("official", "document")
                                                                  and self._long_quote(m)))
            if verb.strict and not in_medium and not self.strict_ok(m, i, quoted):
                return None  # بين الرئاسة وقيادة قسد: "between", not "explained"; بيّنت في بيان … أن: explained
            ascribe = _f(verb.lemma) in _ASCRIBE
            learn = _f(verb.lemma) in _LEARN_VERBS
            links = len(chain)
            after = self.inner_links(chain, max(after, k), i, ascribe=ascribe,
                                     relay=_f(verb.lemma) in self.lx.relay_verbs, learn=learn,
                                     about=_f(verb.lemma) in _ABOUT_OBJECT_VERBS)
            if ascribe and (len(chain) == links or self.t(after) not in _ASCRIBED_SAYING):
                return None  # نسبت الحكومة الهجوم إلى داعش: blame, no words ascribed
            if learn and len(chain) == links:
                # علمت المحكمة أن، علم البلاد: with no source it learned from, no telling (a court hearing, a flag)
                return None
            self.add_claim(chain, (self.toks[i].s, self.toks[i].e), start_f, after, i, verb=verb.lemma,
                           modality=verb.modality, trailing=np_.i > i and self._closing_teller(i, after))
            self.consumed.update(range(np_.i, np_.j))
            return max(i + 1, np_.j)
        if np_ is None and _f(verb.lemma) in _BOUNDED_VERBS and self.is_clause_start(i) \
                and not self._lam_word(self.t(subj)) and not self._inside_last_quote(i):
            np_ = self.bounded_subject(subj, i, bi=_f(verb.lemma) in _BI_MASDAR_VERBS)
            if np_ is not None:
                chain = self.chain(np_)
                k = max(np_.j, i + 1)
                chain, after = self.with_addressee(chain, k, i)
                self.add_claim(chain, (self.toks[i].s, self.toks[i].e), start_f, max(after, k), i,
                               verb=verb.lemma, modality=verb.modality)
                self.consumed.update(range(np_.i, np_.j))
                return max(i + 1, np_.j)
        if _f(verb.lemma) in _ASCRIBE and self.is_clause_start(i):
            # ونُسب إلى فلان قوله إن: a passive, the one the words are ascribed to is the teller; with no saying
            # (ونسبه إلى داعش، ونسبت إلى الحركة هجمات) a deed is blamed on someone, no claim
            chain = []
            after = self.inner_links(chain, i + 1, i, ascribe=True)
            if not chain or self.t(after) not in _ASCRIBED_SAYING:
                return None
            self.add_claim(chain, (self.toks[i].s, self.toks[i].e), start_f, after, i, verb=verb.lemma,
                           modality=verb.modality)
            return after
        # no subject: a continuation of the previous teller ("وأضاف أن", "وأشار إلى أن", "وأكد وجود …")
        if verb.needs_subject or not self.is_clause_start(i) or _unprefix(t) in _IMPERSONAL:
            return None  # ويتوقع أن …: a passive (it is expected), no teller
        if self._inside_last_quote(i):
            return None  # قالت في بيان إن "الوزارة إذ تؤكد …": the quoted words go on, no new telling
        if self.claims and self.claim_sent[-1] == self.tok_sent[i] and any(
                self.t(m) in _RELATIVE for m in range(max(0, i - 2), i) if self.same_sentence(i, m)):
            return None  # وقال فلان الذي كان يتحدث إلى المجلس "…": the telling described, no second claim
        lead = subj if to_writer else i + 1
        lead = self._medium_lead(lead, i) or lead  # وتابع في كلمة مقتضبة "…": what was said starts after the medium
        nxt = self.t(lead)
        if verb.strict and not self.strict_ok(lead, i, verb.quote_ok):
            return None
        at_comp = nxt in self.lx.comps or nxt in {":", _QUOTE, "،", ","} or nxt in self.lx.saying_adverbs
        spoken_to: model.Source | None = None
        addressed = False
        if not at_comp and lead == i + 1:
            # وأضاف لوكالة X إن، وقال للصحفيين إن: the one spoken to stands between the bare verb and its أن/إن;
            # the verb goes on as at its أن/إن, an outlet spoken to the outer link
            heard = self.addressee_at(lead, probe=True)
            end = heard[1] if heard is not None else (lead + 1 if self._lam_word(nxt) else None)
            if end is not None and self.same_sentence(i, end) and self.t(end) in _THAT_FORMS:
                spoken_to = heard[0] if heard is not None else None
                lead, nxt, at_comp, addressed = end, self.t(end), True, True

        def told(chain: list[model.Source]) -> list[model.Source]:
            if spoken_to is None or self.is_own(spoken_to.text) or any(
                    s.kind == "outlet" and _f(s.text) == _f(spoken_to.text) for s in chain):
                return chain
            return [spoken_to, *chain]

        if not at_comp and (self._name_like(i + 1) or self.t(i + 2) == "(" or self._unparsed_teller(i + 1, i)
                            or self._person_at(i + 1) or self._surname_of(i + 1)):
            # (وينفي غولن …: the bare surname of a person named in full is this verb's own subject)
            return None  # ويقول حسن (52 عاماً) / وقال موظف في المؤسسة لوكالة …: a teller this stage cannot parse
        if at_comp and t[0] == "و" and not (self.claims and self.claim_sent[-1] == self.tok_sent[i]):
            # عبّر العاهل الأردني عن تعازيه … وأشار إلى أن: the sentence's own subject, not the last teller
            got = self._sentence_subject(i)
            if got is not None and _verb_gender(t) is not None and self._plural_persons(got[0]):
                got = None  # ودعا زعماء الاتحاد …، وقال إن: زعماء were called on; a subject of theirs says وقالوا
            if got is not None and got[1] < i - 1:
                # (the subject ends before the object: وينفي الرئيس السابق أي دور له، ويقول إن)
                self.add_claim(told(self.chain(self._subject_only(got[0]))), (self.toks[i].s, self.toks[i].e),
                               self.toks[got[1]].s, i + 1, i,
                               verb=verb.lemma, modality=verb.modality)
                return i + 1
        prev = self.prev_claim_near(i, 3 if at_comp else 1)
        if prev is None and at_comp and t[0] == "و" and i > 0 and not self.same_sentence(i, i - 1):
            got = self._person_before(i)
            if got is not None:
                self.add_claim(told(self.chain(got)), (self.toks[i].s, self.toks[i].e), self.toks[i].s, i + 1, i,
                               verb=verb.lemma, modality=verb.modality)
                return i + 1
        if prev is None and t[0] == "و" and i > 0 and not self.same_sentence(i, i - 1) and (
                at_comp or (nxt == _FI and self._has_complement(i + 1, i))):
            # وقال فلان "…". [the scene, or the same person again] … وأضاف "…" (وقال في المؤتمر إن): the teller
            # named further back
            prev = self._distant_teller(i, _verb_gender(t), 3 if at_comp else 1)
        if prev is None or (not at_comp and (verb.needs_complement or nxt in _DEMONSTRATIVES
                                             or nxt.startswith("ال") or _bare(nxt) in _OFFICE_HEADS
                                             or _bare(nxt) in _BODY_NOUNS)):
            # (وأفاد مركز الغوطة الإعلامي بمقتل …: an office heads the verb's own subject, no parse named it,
            # and the last teller does not go on)
            return None
        if verb.needs_complement and not at_comp:
            return None
        if addressed and prev.sources[-1].kind == "document":
            return None  # وقال للمجلس إن after a report's claim: one who speaks to someone, never the report
        if self.claim_sent[-1] == self.tok_sent[i] and t[0] == "و" and self.t(i - 1) not in self.lx.openers:
            return i + 1  # نفى … وقال إن: one teller, one claim of the sentence
        gender = _verb_gender(t)
        if len(prev.sources) == 1 and gender is not None and self._claim_gender(prev) not in (None, gender) \
                and not (gender == "m" and self._in_masculine_medium(prev)):
            # وقال غول إن … وأشارت إلى أن، وقالت الوزارة إن … وأضاف أن: a verb of the other gender does not go
            # on for the one teller who told last, but for an earlier teller it agrees with; with a chain the
            # verb may have agreed with another link. With none, a person's words end there, while a body's
            # go on (its statement or spokesman may be the verb's unnamed subject: what it tells is still told)
            agreeing = self._agreeing_claim(i, gender)
            got = self._person_before(i) if agreeing is None and gender == "m" and at_comp and t[0] == "و" \
                else None
            if agreeing is not None:
                prev = agreeing
            elif got is None and (prev.sources[0].kind == "person" or self._one_person_noun(prev.sources[0])):
                return None  # (an unnamed official is one person too: قال مسؤول أمريكي إن … وقالت في بيان)
            elif got is not None:
                self.add_claim(told(self.chain(got)), (self.toks[i].s, self.toks[i].e), self.toks[i].s, i + 1, i,
                               verb=verb.lemma, modality=verb.modality)
                return i + 1
        if len(prev.sources) == 1 and prev.sources[0].kind == "person" and _plural_verb(t):
            return None  # قال فلان إن … ويقولون إن: "they say", not the one person who told last
        sources = list(prev.sources[:-1] if prev.id in self.embedded else prev.sources)
        doc_np = self.inner_document(i + 1, i)
        if doc_np is not None:
            sources.append(self.chain(doc_np)[-1])
        self.add_claim(told(sources), (self.toks[i].s, self.toks[i].e), self.toks[i].s, i + 1, i, verb=verb.lemma,
                       modality=verb.modality, continues=prev.id)
        return i + 1

    def _relay_on(self, i: int, an: int, lemma: str, modality: str | None) -> int | None:
        """وقالت وكالة X إن … ونقلت عن مصدر أمني قوله إن: a verb of relaying at a clause's start with عن right
        after it and no subject goes on for the last teller of the sentence before (or of this one), who
        relays the source after عن: that teller's chain, then the new source. Returns the token after the
        inner source, else None."""
        if not self.is_clause_start(i):
            return None
        prev = self.prev_claim_near(i, 2)
        if prev is None or not prev.sources or prev.sources[-1].kind not in ("outlet", "official", "person"):
            return None
        # (a chain that already ends in a source the teller took from, وكالات أنباء نقلا عن مسؤول، is relayed
        # on by its teller: the new source replaces that last link)
        chain = list(prev.sources[:-1] if prev.id in self.embedded or len(prev.sources) > 1 else prev.sources)
        links = len(chain)
        after = self.inner_links(chain, an, i, relay=True)
        if len(chain) == links:
            return None
        self.add_claim(chain, (self.toks[i].s, self.toks[i].e), self.toks[i].s, after, i, verb=lemma,
                       modality=modality, continues=prev.id)
        return after

    def _relaying_body(self, src: model.Source) -> bool:
        """An outlet, or a body named by its head noun (المركز، منظمة …): one that relays what others said
        (a person or an official by title may be the passive نُقل عن's "it was relayed", no relayer)."""
        if src.kind == "outlet":
            return True
        words = _f(src.text).split()
        if src.kind != "official" or not words:
            return False
        head = _bare(_unprefix(words[0]))
        return head in _OFFICE_HEADS or head in _BODY_NOUNS or head in _DEFINITE_BODY_HEADS

    def _teller_after_medium(self, k: int, i: int) -> int:
        """وقال عبر حسابه على تويتر وزير الخارجية إن، وكتب على تويتر المتحدث باسم الجيش أن: the medium (a
        preposition, then a medium noun or a platform and the words that place it, grammar.platform_words) may
        stand between the verb and its teller; when a teller there ends at أن/إن, a colon or قائلاً, the
        teller starts after the medium. Returns where the teller starts (k when it does not)."""
        if self.t(k) not in _MEDIUM_PREPS and self.t(k) != _ALA_WORD:
            return k
        m, named = k + 1, False
        while m < len(self.toks) and m - k <= 6 and self.same_sentence(i, m) and (
                self.t(m) in self.lx.medium or _bare(self.t(m)) in _PLATFORM_WORDS or self.t(m) in _PLATFORM_WORDS):
            named = named or self.t(m) in self.lx.medium or (
                self.t(m) not in _PLATFORM_WORDS and _bare(self.t(m)) in _PLATFORM_WORDS)
            named = named or self.t(m) in _PLATFORM_NAMES
            m += 1
        if not named or m == k + 1 or not self.same_sentence(i, m) or self.t(m) in self.lx.comps:
            return k
        np_ = self.parse_source(m, sent_of=i)
        if np_ is None or np_.kind not in ("person", "official", "outlet"):
            return k
        if np_.kind != "person" and np_.entity is None and not self.t(m).startswith("ال"):
            return k  # وقالت في مؤتمر صحفي "…": an indefinite word there describes the medium, no teller
        nxt = self.t(np_.j)
        if nxt in _STRICT_COMPS or nxt in _THAT_FORMS or nxt in self.lx.saying_adverbs or nxt == _QUOTE:
            return m
        return k

    def _bi_that_after(self, k: int, sent_i: int) -> bool:
        """بأن/بأنها within a few words from token k, before any other أن/إن (اعتبر تحقيقات فلان بأنها …)."""
        for m in range(k, min(len(self.toks), k + 6)):
            if not self.same_sentence(sent_i, m):
                return False
            t = self.t(m)
            if t.startswith("بان") and t in _THAT_FORMS:
                return True
            if t in _THAT_FORMS or t in _STRICT_COMPS:
                return False
        return False

    def _closes(self, k: int) -> bool:
        """Token k closes a teller's phrase: أن/إن, or the end of a sentence the teller closes (see `_close_of`)."""
        # (إلى أن after the teller of أشار/لفت: وأشارت منظمة الصحة العالمية إلى أن)
        return self.t(k) in _STRICT_COMPS or k == self._close_at or (
            self.t(k) in _ALA_TO and self.t(k + 1) in _STRICT_COMPS and self.same_sentence(k, k + 1))

    def _close_of(self, i: int, subj: int) -> int | None:
        """Where the words after the verb at i end, when they close the sentence after a comma (…، كما يقول
        فلان.): the token after them, else None."""
        if self.t(subj) in _TO_WRITER or len(self.t(subj)) < 2:
            return None  # تقول لي ضاحكة: the writer spoken to; كما يوضح د.: an abbreviation
        m, words = subj, 0
        while m - subj < 10 and self.same_sentence(i, m) and self.t(m) not in _PUNCT_STOP and self.t(m) != _QUOTE:
            if self.t(m) in _RELATIVE:
                words = 99  # (a relative clause after the teller may run long: مركز المصالحة الذي تديره …)
            words += 1
            m += 1
        # (six words at most before any relative clause: "وإلى جانب الحداد، أعلنت المدينة إلغاء …" is an opening
        # phrase, its verb's object after the subject)
        if m == subj or (m - subj > 6 and words < 99):
            return None
        return m if self._closing_teller(i, m) else None

    def _closing_teller(self, i: int, after: int) -> bool:
        """The verb at i and its teller close the sentence after a comma (…، قال المتحدث باسم الجيش.، «…»، تقول
        فلانة.، …، كما يقول ناشطون): the words before the comma are what was told, so the claim spans them."""
        k = i - 1
        if _unprefix(self.t(i)) != self.t(i) or k <= 0 or not self.same_sentence(i, k):
            return False
        if self.t(k) in _TRAILING_OPENERS:
            k -= 1
        if not (self.t(k) in {"،", ","} and self.same_sentence(i, k) and k > 0 and self.same_sentence(k, k - 1)):
            return False
        # nothing but punctuation or a date after the teller, up to the sentence's (or the text's) end
        for m in range(after, min(len(self.toks), after + 4)):
            if not self.same_sentence(i, m):
                return True
            if self.t(m) not in _PUNCT_STOP and self.t(m) not in _TIME_WORDS and self.t(m) != _QUOTE:
                return False
        return after + 4 > len(self.toks)

    def _inside_last_quote(self, i: int) -> bool:
        """Token i stands inside a quote opened after the cue of the sentence's last claim."""
        if not self.claims or self.claim_sent[-1] != self.tok_sent[i] or self.claims[-1].cue_end is None:
            return False
        cue_end = self.claims[-1].cue_end
        marks = 0
        for m in range(i - 1, max(-1, i - _MAX_QUOTE), -1):  # bounded: a quote is followed _MAX_QUOTE tokens at most
            if not self.same_sentence(i, m) or self.doc.folded.orig(self.toks[m].s) < cue_end:
                break
            marks += self.t(m) == _QUOTE
        return marks % 2 == 1

    def _opens_content_of_last(self, k: int) -> bool:
        """Token k opens the content of the sentence's last claim: it follows that claim's أن/إن or the opening
        mark of its quote (قال الوزير: «الحكومة تقول …»)."""
        if not self.claims or self.claim_sent[-1] != self.tok_sent[k] or k < 1:
            return False
        last = self.claims[-1]
        c = k - 1
        if last.cue_end is None or self.doc.folded.orig(self.toks[c].s) < last.cue_end:
            return False
        t = self.t(c)
        if not (t in _STRICT_COMPS or (t == _QUOTE and self.t(c - 1) in {":", "،", ","} | _STRICT_COMPS)):
            return False
        if t != _QUOTE and _unprefix(self.t(c - 1)) in _CONNECTIVES_BEFORE_AN:
            return False  # بيد أن مسؤولاً أعلن: a new clause, not the content of the last telling
        # the complement must be the first one after the last claim's cue (قال X إن Y ذكرت أن …)
        m = c - 3 if t == _QUOTE and self.t(c - 1) in _STRICT_COMPS else c - 2
        while m >= 0 and self.doc.folded.orig(self.toks[m].s) >= last.cue_end:
            if c - m > _MAX_NP * 3:
                return False  # a complement this far from the cue belongs to another clause
            if self.t(m) in _STRICT_COMPS:
                return False
            m -= 1
        return True

    def nested_subject(self, i: int) -> NP | None:
        """A teller standing between the last claim's أن/إن and its own verb (إن قوات الأمن ذكرت أن): a known
        source phrase, a country, or a short construct ending in a definite word."""
        for c in range(i - 1, max(-1, i - 6), -1):
            if not self.same_sentence(i, c) or c in self.consumed:
                return None
            if not self._opens_content_of_last(c):
                continue
            np_ = self.parse_source(c, sent_of=i) or self._np_country(c)
            if np_ is not None:
                return np_ if np_.j == i else None
            if 2 <= i - c <= 3 and self.t(i - 1).startswith("ال") and self.t(i + 1) in _STRICT_COMPS and all(
                    self.t(m).isalpha() and not self.is_boundary(m) and self.t(m) not in _NOT_NAME
                    and self.t(m) not in _DEMONSTRATIVES for m in range(c, i)):
                return NP("official", c, i, self.toks[c].s, self.toks[i - 1].e)
            return None
        return None

    def _lam_person(self, k: int) -> bool:
        """Token k is ل on a title, a source noun or a correspondent (لنائبة، لمسؤول، لمراسلنا): after a verb of
        saying, the one spoken to, never its teller."""
        w = self.t(k)
        return w[:1] == "ل" and not w.startswith("لل") and (
            _bare(w[1:]) in self.lx.roles or _bare(w[1:]) in self.lx.source_nouns
            or any(w[1:].startswith(c) for c in self.lx.correspondents))

    def _unparsed_teller(self, k: int, sent_i: int) -> bool:
        """Plain words from token k run straight into أن/إن or an outlet spoken to (وقال موظف في المؤسسة
        لوكالة …): they are a teller no rule could parse, so the verb is no continuation of the last one.
        A report named among them (وأكد وجود تقارير تفيد بأن) is the last teller's inner link instead."""
        first = self.t(k)
        if not first.isalpha() or first in self.lx.stops or first in self._PREPS or first in _TIME_WORDS \
                or first in self.lx.saying_adverbs or self.lx.post_verb_adverbs.get(first) \
                or self._time_phrase_at(k) or self._lam_person(k):
            # وحذرت من أن، وقالت أيضاً إن، وأضاف في بيان أن، وأضاف قبيل الظهر أن، وأضاف لمراسلنا أن: the same
            # teller goes on
            return False
        for m in range(k, min(len(self.toks), k + 6)):
            t = self.t(m)
            if not self.same_sentence(sent_i, m) or t in _PUNCT_STOP or t == _QUOTE:
                return False
            if m > k and (t in _STRICT_COMPS or self.addressee_at(m, probe=True)):
                return True
            if self.lx.source_nouns.get(_bare(_unprefix(t))) == "document" or _unprefix(t) in self.lx.verbs:
                return False
        return False

    def _office(self, np_: NP) -> bool:
        """A phrase headed by an official source noun (وزارة الداخلية، الحكومة، السلطات): it announces things
        (أعلنت الوزارة مقتل …) as a named entity does."""
        t = self.t(np_.i)
        return np_.kind == "official" and "official" in (self.lx.source_nouns.get(_bare(t)),
                                                         self.lx.source_nouns.get(_bare(_unprefix(t))))

    @staticmethod
    def _lam_word(t: str) -> bool:
        """A word carrying لل (the preposition on the article): للصحافيين، للتلفزيون، لل"جزيرة"."""
        return len(t) > 4 and t.startswith("لل")

    def _predicate_at(self, k: int, sent_i: int) -> bool:
        """Token k is an indefinite accusative noun or adjective (حليفاً، مسؤولاً، امتداداً) that a verb of
        considering takes as the predicate of its object; a place or party name ending in ا (روسيا) is none."""
        t = self.t(k)
        return (self.same_sentence(sent_i, k) and t.isalpha() and len(t) > 3 and t.endswith("ا")
                and not t.startswith("ال") and t not in self.lx.comps and t not in self.lx.stops
                and t not in _TIME_WORDS and t not in _MANNER
                and self.entity_at(self.toks[k].s, self.toks[k].e, ("place", "actor", "person", "outlet")) is None)

    def _has_complement(self, k: int, sent_i: int, not_comps: frozenset[str] = frozenset(),
                        phrases: tuple[tuple[str, ...], ...] = ()) -> bool:
        for m in range(k, min(len(self.toks), k + 16)):
            if not self.same_sentence(sent_i, m):
                return False
            if self.t(m) in not_comps:
                if self._platform_end(m) is not None:
                    continue  # نقلت صفحات محلية على فيسبوك أن: the platform it was passed on, not a destination
                return any(self.match_seq(m, seq, first_conj=False) is not None for seq in phrases)
            if self.t(m) in self.lx.comps or self.t(m) in (":", _QUOTE):
                return True
        return False

    def try_participle(self, i: int) -> int | None:
        """"ودعا أبو مازن إلى …، قائلاً إن …" / "وغرد السفير عبر حسابه قائلاً: «…»": a participle of saying in
        a sentence with no claim yet; the teller is the subject right after the sentence's first verb."""
        if self.t(i) not in self.lx.participles or i == 0:
            return None
        nxt = i + 1 if self.t(i + 1) not in _PARTICIPLE_PREPS else i + 2  # مشيراً إلى أن، مؤكداً على أن
        if self.t(nxt) == _FI and self.t(nxt + 1) in self.lx.medium:
            # قائلة في بيان إن: the medium of the telling stands before أن/إن
            nxt = next((m for m in range(nxt + 2, nxt + 5) if self.t(m) in _STRICT_COMPS), nxt)
        if not self.same_sentence(i, nxt) or not (self.t(nxt) in _STRICT_COMPS or self.t(nxt) in self.lx.comps
                                                 or self.t(nxt) == _QUOTE):
            return None
        if self.claims and self.claim_sent[-1] == self.tok_sent[i]:
            return None  # the sentence's teller already has its claim
        got = self._sentence_subject(i)
        if got is None:
            return None
        np_, s0 = got
        chain = self.chain(np_)
        self.add_claim(chain, (self.toks[i].s, self.toks[i].e), self.toks[s0].s, nxt, i, verb=None)
        return i + 1

    def _person_before(self, i: int) -> NP | None:
        """"ووصف دميرتاش الحكومة بـ … . وأضاف أن …": a bare verb of saying opening a sentence, with no claim
        near before it, goes on for the person who is the subject of the sentence right before it in the same
        paragraph (that sentence opens with a verb and its subject, a person, and names no other person).
        A bare وقال إن after a sentence about someone else (وتعود قضية زينب …) or a body stays unread."""
        p = i - 1
        if p < 0 or "\n" in self.doc.folded.text[self.toks[p].e:self.toks[i].s]:
            return None
        p0 = p
        while p0 > 0 and self.same_sentence(p, p0 - 1):
            p0 -= 1
        if "\n" in self.doc.folded.text[self.toks[p0].s:self.toks[p].e]:
            return None  # (a heading run into the sentence)
        m = p0 + 1 if self.t(p0) in self.lx.openers else p0
        first = self.t(m)
        # the sentence opens with a verb: a word with و on it that is no noun, preposition or particle
        if not (first[:1] == "و" and len(first) > 3 and first[1:3] != "ال" and first.isalpha()
                and first not in self._PREPS and _unprefix(first) not in self._PREPS
                and _unprefix(first) not in self.lx.according and first not in self.lx.openers):
            return None
        np_ = self.parse_source(m + 1, sent_of=p) if m + 1 <= p and m + 1 not in self.consumed else None
        if np_ is None or np_.kind != "person" or np_.j > p + 1:
            return None
        # with no أن/إن to close it the phrase may run on into the verb's object (وزار الرئيس فلان مدينة حلب):
        # it ends with the person's mention, and a person the earlier stages did not name is too uncertain
        hit = self.entity_at(np_.s, np_.e, ("person",))
        if hit is None:
            # a name this stage has already seen tell (وخاطب دميرتاش … قائلاً … . ووصف دميرتاش …)
            known = self._np_known(m + 1, self.toks[m + 1])
            if known is None or known.j > np_.j:
                return None
            np_ = known
        else:
            j = self.tok_until_orig(m + 1, hit[1])
            if not m + 1 < j <= np_.j:
                return None
            np_.j, np_.e, np_.entity = j, self.toks[j - 1].e, hit[0].id
        a, b = self.orig(self.toks[p0].s, self.toks[p].e)
        na, nb = self.orig(np_.s, np_.e)
        for men, ent in self.doc.overlapping(a, b, ("person",)):
            if ent.id != np_.entity and (men.end <= na or men.start >= nb):
                return None  # another person named in that sentence could be the one speaking
        return np_

    def _pronoun_subject(self, i: int) -> bool:
        """The verb at i has its subject as a pronoun on a connective before it: لكنها قالت، إلا أنه أكد."""
        if i < 2 or not self.same_sentence(i, i - 1):
            return False
        prev = self.t(i - 1)
        if prev in _PRONOUN_CONNECTIVES:
            return True
        if prev in _BARE_CONNECTIVES and _verb_gender(self.t(i)) is not None:
            return True  # امتنع الوزير عن التعليق لكن قال إن: the singular verb carries its subject
        return prev in _PRONOUN_COMPS and not prev.startswith("ب") and self.same_sentence(i, i - 2) \
            and _unprefix(self.t(i - 2)) in _CONNECTIVES_BEFORE_AN

    def _asyndetic_saying(self, i: int, verb: Verb) -> bool:
        """A past verb of saying (قال) right after a noun, with no و, opener or subject of its own and أن/إن after
        it (ويشن التحالف عملية قال إنها تستهدف …، وأصدر البرنامج بياناً، الجمعة، قال إن): a relative clause whose
        subject is the sentence's subject."""
        # (singular only: a plural verb after a noun has mostly that noun's phrase for subject, قادة آخرون قالوا)
        if self.t(i) not in _ASYNDETIC_VERBS or _verb_gender(self.t(i)) is None or i < 2 \
                or not self.same_sentence(i, i - 1) \
                or _unprefix(self.t(i)) != self.t(i) or self.is_clause_start(i):
            return False
        prev = self.t(i - 1)
        if not (prev.isalpha() or prev in {"،", ","}) or prev in self.lx.comps or prev in _RELATIVE or prev in _KANA \
                or prev == _QAD or _unprefix(prev) in self.lx.verbs or prev in _NEGATORS:
            return False
        if self.claims and self.claim_sent[-1] == self.tok_sent[i]:
            return False
        return self.t(i + 1) in _STRICT_COMPS or self.t(i + 1) in _PRONOUN_COMPS

    def _clause_pronoun_claim(self, i: int, verb: Verb) -> int | None:
        """"امتنعت إيران عن التعليق، لكنها قالت إن …": the pronoun on the connective is the subject of the
        sentence's first clause when it agrees with it (a feminine pronoun a body or a woman, …); the verb
        then opens that teller's claim. None when the sentence has no such subject (the caller reads on as before)."""
        nxt = self.t(i + 1)
        if not (nxt in self.lx.comps or nxt in {":", _QUOTE, "،", ","} or nxt in self.lx.saying_adverbs):
            return None
        if verb.strict and not self.strict_ok(i + 1, i, verb.quote_ok):
            return None
        got = self._sentence_subject(i)
        if got is None or got[0].j >= i - 1 or got[0].j - got[0].i > 8 or any(
                self.t(x) in self._PREPS for x in range(got[0].i, got[0].j)):
            return None  # a phrase with a preposition is more than the subject (تمكن الرئيس من تحقيق …)
        np_ = self._subject_only(got[0])
        if self.t(i - 1) in _PRONOUN_CONNECTIVES or self.t(i - 1) in _PRONOUN_COMPS:
            person: str | None = _suffix_person(self.t(i - 1))
        else:  # لكن قال، غارات يقول إنها: the singular verb itself carries its subject
            person = _verb_gender(self.t(i))
        if person is None or not _agrees(self.surface(np_.s, np_.e), np_.kind, person):
            return None
        self.add_claim(self.chain(np_), (self.toks[i].s, self.toks[i].e), self.toks[got[1]].s, i + 1, i,
                       verb=verb.lemma, modality=verb.modality)
        return i + 1

    def _sentence_subject(self, i: int) -> tuple[NP, int] | None:
        """The source phrase right after the first verb of token i's sentence (ودعا عباس …، وغرد السفير …،
        وقد دعا عباس …), ending before i; with the sentence's first token."""
        s0 = self._sent_first[self.tok_sent[i]]
        m = s0 + 2 if self.t(s0) in self.lx.openers else s0 + 1
        if not self.t(m - 1).isalpha():
            return None  # «(CNN)-- قال فلان …، لكنه أوضح»: a dateline in brackets opens the sentence, no verb
        np_ = self.parse_source(m, sent_of=i) if m < i and m not in self.consumed else None
        if np_ is None and m < i and m not in self.consumed and self.t(m).isalpha() \
                and not self.t(m).startswith("ال") and self._verb_agrees(m - 1, i):
            # وينفي غولن …، ويقول إن: one word for a person the article names in full (or one a stage marked),
            # which no source parser takes without أن/إن after it; the two verbs agree in gender
            ent_id = self._person_at(m) or self._surname_of(m)
            if ent_id is not None:
                np_ = NP("person", m, m + 1, self.toks[m].s, self.toks[m].e, entity=ent_id)
                np_.name = self.surface(self.toks[m].s, self.toks[m].e)
        if np_ is None or np_.j > i:
            return None
        return np_, s0

    def _plural_persons(self, np_: NP) -> bool:
        """Whether a source phrase is headed by a plural of persons (زعماء، سكان، مسؤولون، قادة الفصائل), which
        a singular verb resuming the sentence's subject (وقال، وأضافت) cannot have as its subject."""
        if np_.kind not in ("anonymous", "official"):
            return False
        head = _bare(_unprefix(self.t(np_.i)))
        if head in _PLURAL_PERSON_HEADS or _bare(self.t(np_.i)) in _PLURAL_PERSON_HEADS:
            return True
        return len(head) >= 5 and head.endswith("ون")  # مسؤولون، ناشطون: a sound plural

    def _verb_agrees(self, v: int, i: int) -> bool:
        """The verb at token v and the verb at token i (both with a gender) agree: one subject for both."""
        a, b = _verb_gender(self.t(v)), _verb_gender(self.t(i))
        return a is not None and a == b

    def try_quote_paragraph(self, i: int) -> int | None:
        """A sentence that is only a quote, right after a claim: the same teller goes on speaking."""
        if i > 0 and self.same_sentence(i, i - 1):
            return None
        k = i + 1 if self.t(i) == "و" else i
        if self.t(k) != _QUOTE:
            return None
        prev = self.prev_claim_near(i, 1)
        if prev is None:
            return None
        end = None
        for m in range(k + 1, min(len(self.toks), k + _MAX_QUOTE)):
            if self.t(m) == _QUOTE:
                end = m
                break
        if end is None or end - k - 1 < 4:
            return None
        self.add_claim(list(prev.sources), (self.toks[i].s, self.toks[k].e), self.toks[i].s, i, i, verb=None,
                       continues=prev.id, direct=True)
        return k + 1


@stage("claims", requires=("doc.entities",), assigns=("doc.claims",))
def run(doc: Doc) -> None:
    reader = _Reader(doc)
    reader.run()
    doc.claims = reader.claims
    # events read this to tell a denied or predicted event from a reported one
    doc.scratch["claims.modality"] = reader.modality


def claim_at(doc: Doc, pos: int) -> model.Claim | None:
    """The claim whose span holds `pos` (the innermost, i.e. the latest-starting, when spans nest)."""
    best: model.Claim | None = None
    for c in doc.claims:
        if c.start <= pos < c.end and (best is None or c.start >= best.start):
            best = c
    return best


def claim_modality(doc: Doc, claim_id: str | None) -> str | None:
    """The modality hint of a claim's cue (denied, alleged, expected), or None."""
    if claim_id is None:
        return None
    return doc.scratch.get("claims.modality", {}).get(claim_id)
