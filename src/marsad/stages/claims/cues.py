"""Claims sub-stage: the cues — the words of attribution, loaded from the pack once per process.

The closed word classes of `data/attribution.json` (its `grammar` group: prepositions, openers, connectives,
body heads …), the verbs and nouns of saying as one cached Lexicon (`lexicon()`, keyed by index_cache on the pack,
the charmap and every file of this package), and the cached indexes built from them (verbal-noun forms, verb
genders, phrase indexes by first and last word, the proclitic stripper). Separate because it decides nothing about
an article: it is built once and every other sub-stage only reads it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from marsad import index_cache, model, packs
from marsad.packs import load_json
from marsad.textnorm import (
    fold_text,
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


# a memo: the stage folds the same lemmas and pack words again for every verb it reads (≈ 56,000 calls per 450
# articles, most of them `_f(verb.lemma)` in `try_verb`); bounded, as it also folds names met in the text
@lru_cache(maxsize=1 << 14)
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
#: every relay verb with a suffix of passing on (نقلته، نشرتها): a word is one exactly when some suffix ends it and
#: what stands before is a relay verb, so one set test replaces a generator over the suffixes at each token (an
#: empty suffix would leave nothing before it, and no relay verb is empty: it adds no form)
_RELAYED_FORMS = frozenset(v + p for p in _PASS_ON_SUFFIXES if p for v in _RELAY_MA_VERBS)

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
#: documents that after a grounds cue are what an act rests on (بناء على مذكرة اعتقال، بناء على شكوى): no teller
_GROUNDS_DOCUMENTS = _grammar("grounds_documents")
#: words right after an outlet noun that make it a launcher or a place (منصة إطلاق، موقع عسكري، موقع الهجوم)
_NOT_OUTLET_WORDS = _grammar("not_outlet_words")
#: conjunctions that open a clause of its own (…، فيما أعلن مسؤول لقناة X): the search for the outlet a teller
#: spoke to ends there, as the outlet after them is the next teller's
_ADDRESSEE_CLAUSE_STOPS = _grammar("addressee_clause_stops")

#: verbs that ascribe words to someone after إلى (نسبت الوكالة إلى مسؤول قوله): that one is an inner link
_ASCRIBE = _grammar("ascribe_verbs")

_ASCRIBED_SAYING = _grammar("ascribe_sayings")

#: words that pick some of a source noun's tellers (أحد السكان، عدد من الشهود، اثنان من المسؤولين)
_PARTITIVES = _grammar("partitives")

#: the partitives that pick one teller of a group (أحد، إحدى): a name set off after them is that teller's
_ONE_OF = _grammar("one_of_partitives")

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

#: the singular source noun (مصدر) that, with an anaphoric word (المصدر ذاته), is the last claim's teller of any
#: kind: an outlet or a person as well as an unnamed source
_SAME_SOURCE_HEADS = _grammar("same_source_heads")

#: the anaphoric words written before a source noun (بحسب نفس المصدر، وفقا لذات المصادر): as ذاته after it
_SAME_SOURCE_LEADS = _grammar("same_source_leads")

#: the head nouns of bodies: with ل on them after a title they name the body it is of (لهيئة، لمجلس، لوزارة)
_LAM_BODY_HEADS = _grammar("office_heads") | _grammar("body_nouns") | _grammar("definite_body_heads") \
    | _grammar("alias_body_heads")

#: the first half of a compound given name, before a definite word (عبد الرحمن، أبو الفضل); fewer words than
#: name_ties, which also tie a name to a word that is no name (بن، آل)
_NAME_LINKS = _grammar("name_links")

_ALLAH = _f("الله")

#: prepositions a verb of saying takes its content with (حذر من، كشف عن، أشار إلى، شدد على)
_PREP_COMPS = _grammar("prep_complements")

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
_VERDICT_VERBS = _grammar("verdict_verbs")  # أدان: condemned, or convicted when a court says it
_VERDICT_HEADS = _grammar("verdict_heads")  # محكمة، القاضي: whose أدان is a conviction

#: phrases that hand on another's words as عن does (نقلت الوكالة على لسان مصدر): the inner link follows
_RELAY_PREPS = tuple(tuple(_f(x).split()) for x in load_json("attribution")["grammar"]["relay_preps"])

#: verbs of considering (اعتبر): with an object and its accusative predicate after them, no teller follows
_CONSIDER_VERBS = _grammar("consider_verbs")
#: lemmas of considering or classing that carry their object as a pronoun (تعتبرها، صنفته): an indefinite phrase
#: closing the clause after them is the predicate (التي تعتبرها منظمة إرهابية), the one considering named before
_PREDICATE_OBJECT_VERBS = _grammar("predicate_object_verbs")

#: verbs whose object stands right after them with بأن after it (اعتبر/وصف التحقيق بأنه …): a document there is
#: what is considered or described, not the teller
_OBJECT_BI_VERBS = _grammar("object_bi_verbs")

_ENACTED = frozenset(w[2:] if w.startswith("ال") and len(w) > 4 else w for w in _grammar("enacted_objects"))

#: إلى (both spellings fold to one word): the destination after نسب and the like
_ALA_TO = frozenset({_FUNCTION["to"]})

_TITLE_BI = _grammar("title_bi_words")

_TITLE_BI_PREFIXES = tuple(sorted(_TITLE_BI))

_ACCUSE_VERBS = _grammar("accuse_verbs")

#: the forces and sides that act in a conflict (event_cues.force_subjects, folded: الجيش، المعارضة، المتمردين):
#: after a closed definite title (المتحدث باسم الشرطة) one is the one accused, no word of the title
_FORCE_NOUNS = frozenset(_f(w) for w in load_json("event_cues")["force_subjects"])

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
#: nouns of what is told or done (خبر، قرار، هجوم), bare: never the last word of a title
_TOLD_OBJECTS = _grammar("told_objects")

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

#: verbs of vowing or threatening (توعد) whose بـ complement after the subject is what is vowed
_VOW_VERBS = _grammar("vow_verbs")

#: pronouns on a preposition of time (خلالها، بعده): still a time phrase; the same attached pronouns as a verb's
#: object (used only as a set of endings, so their order does not matter)
_TIME_PRONOUNS = _OBJECT_PRONOUNS

#: a possessive pronoun on a noun (زوجته، محاميتها): someone's kin or counsel, a person
_POSSESSIVE = tuple(sorted(_grammar("kin_possessives"), key=len, reverse=True))

#: the pronouns a title takes for the body it heads (مديرها، رئيسه، قائدهم), longest first
_POSSESSIVE_TITLE = tuple(sorted(_grammar("title_pronouns"), key=len, reverse=True))

#: sound plural endings (مسؤولون، مصادر): a head noun with one is several tellers, never one person's title
_PLURAL_ENDINGS = tuple(sorted(_grammar("plural_endings"), key=len, reverse=True))

#: the endings of a nisba adjective (يمني، اليمنية، أوروبيون، الأوروبيين)
_NISBA_ENDINGS = tuple(sorted(_grammar("nisba_endings"), key=len, reverse=True))

#: grammar.affixes: the letters that show a word's gender, number or person, folded, longest first
_AFFIXES = {k: tuple(sorted({_f(x) for x in v}, key=lambda a: (-len(a), a)))
            for k, v in load_json("attribution")["grammar"]["affixes"].items()}

_FEMININE_ENDINGS = _AFFIXES["feminine_endings"]  # ة (folded ه)، ات

_MASC_PLURAL_ENDINGS = _AFFIXES["masculine_plural_endings"]  # ون، ين

_PLURAL_NISBA_ENDINGS = _AFFIXES["plural_nisba_endings"]  # يون، يين

_PAST_FEMININE = _AFFIXES["past_feminine"][0]  # قالت

_IMPERFECT_M = _AFFIXES["imperfect_masculine"][0]  # يقول

_IMPERFECT_F = _AFFIXES["imperfect_feminine"][0]  # تقول

_PLURAL_PAST = _AFFIXES["plural_past"]  # قالوا

_PLURAL_IMPERFECT = _AFFIXES["plural_imperfect"]  # يقولون

_PLURAL_PRONOUNS = _AFFIXES["plural_pronouns"]  # تصريحاتهم، تصريحاتهما

_FEMININE_PRONOUNS = _AFFIXES["feminine_pronouns"]  # روايتها

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

#: the pronoun ه a verbal noun of telling takes for its teller (بإعلانه، تأكيده)
_HIS = _FUNCTION["his"]

#: the gender each singular relative pronoun gives its verb when the antecedent is the verb's subject (الذي قال،
#: التي قالت); a verb of the other gender has a subject of its own after it (الذي تقول دول غربية إنه …)
_RELATIVE_GENDER = {_FUNCTION["who_masculine"]: "m", _FUNCTION["who_feminine"]: "f"}

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
    #: envoy nouns (موفد، مندوب) that are an outlet's correspondent when an outlet follows them (موفد سانا)
    outlet_envoys: frozenset[str]
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
        outlet_envoys=frozenset(_bare(_f(x)) for x in d.get("outlet_envoys", ())),
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
    return frozenset(words | conj | lx.participles | _nominal_his_forms() | _nominal_forms() | _IN_IT_VERBS
                     | _rumour()[0])


@cache
def _rumour() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """`attribution.json` rumour_nouns, folded: the nouns of news with no teller (أنباء), the words of
    circumstance before them (وسط، مع، بعد) and the verbs of spreading (تتوارد، ترددت)."""
    d = load_json("attribution").get("rumour_nouns", {})
    return tuple(frozenset(_f(x) for x in d.get(k, ())) for k in ("words", "openers", "spreading_verbs"))  # type: ignore[return-value]


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
            if w == base + _PAST_FEMININE or (
                    w.startswith(_IMPERFECT_F) and _IMPERFECT_M + w[len(_IMPERFECT_F):] in forms):
                out.setdefault(w, "f")
            elif w == base or (w.startswith(_IMPERFECT_M) and _IMPERFECT_F + w[len(_IMPERFECT_M):] in forms):
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
    if head not in _gendered_heads() or head.endswith(_MASC_PLURAL_ENDINGS):
        return None
    return "f" if head.endswith(_FEMININE_ENDINGS) else "m"


def _plural_verb(t: str) -> bool:
    """A verb of saying in the plural (قالوا، يقولون، ويؤكدون): its subject is no one person."""
    w = _unprefix(t)
    return len(w) > 3 and (w.endswith(_PLURAL_PAST) or (
        w.startswith((_IMPERFECT_M, _IMPERFECT_F)) and w.endswith(_PLURAL_IMPERFECT)))


def _suffix_person(t: str) -> str:
    """"m", "f" or "p" for the possessive pronoun a folded word ends with (قوله، روايتها، تصريحاتهم)."""
    if t.endswith(_PLURAL_PRONOUNS):
        return "p"
    return "f" if t.endswith(_FEMININE_PRONOUNS) else "m"


def _agrees(text: str, kind: str, person: str) -> bool:
    """A teller phrase can be what a pronoun of that person points to: a feminine pronoun a body (most are
    feminine nouns or countries) or a woman named with a feminine title, a masculine one a person or a body
    whose head noun has no ة, a plural one any phrase but a person's."""
    head = _f(text).split()[0] if text.strip() else ""
    fem_head = head.endswith(_FEMININE_ENDINGS)
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


#: `_starting`'s answers per phrase index, by id with the index itself kept beside them (so the id is never that of
#: another index made later) and by token: the stage asks it for every cue word and sentence start (≈ 42,000 calls
#: per 450 articles, two indexes), and a token with و/ف sorted the phrases again each time
_STARTING: dict[int, tuple[dict[str, list[tuple[str, ...]]], dict[str, list[tuple[str, ...]]]]] = {}
_STARTING_MAX = 1 << 14


def _starting(idx: dict[str, list[tuple[str, ...]]], t: str) -> list[tuple[str, ...]]:
    """The phrases that may start at token t, with or without a و/ف on it (clitics.json conj). Read-only: the list
    is shared by every caller (as the index's own lists always were)."""
    memo = _STARTING.get(id(idx))
    if memo is None or memo[0] is not idx:
        memo = _STARTING[id(idx)] = (idx, {})
    got = memo[1].get(t)
    if got is None:
        if len(memo[1]) >= _STARTING_MAX:
            memo[1].clear()  # a flat bound on memory: a word still in use is read again, never answered otherwise
        got = memo[1][t] = _starting_read(idx, t)
    return got


def _starting_read(idx: dict[str, list[tuple[str, ...]]], t: str) -> list[tuple[str, ...]]:
    """`_starting` read from the index (no memo)."""
    got = idx.get(t, [])
    for _, stem in proclitic_splits(t, _CONJ, min_stem=2):
        if stem in idx:
            got = sorted([*got, *idx[stem]], key=lambda s: (-len(s), -len("".join(s)), s))
    return got

#: drop a leading و/ف conjunction (clitics.json conj) from a token of 4+ letters (a bounded cache, no Python frame)
_unprefix = proclitic_stripper(_CONJ, 3)

#: words of time that open an adjunct after a teller with no comma (قال فلان عقب انتهاء …، الليلة الماضية): the
#: teller's phrase ends before them
_TELLER_ADJUNCTS = _grammar("teller_adjuncts")

#: titles only a person holds (البروفيسور، الدكتور، الباحث): followed by a plain word, a person speaks, never an office
_PERSON_TITLES = _grammar("person_titles")

#: the links of a chain of lineage (roles lineage_links: بن، ابن، بنت) and the family word آل (folded ال): inside a
#: name no list knows they count as no name of their own (حمد بن جاسم بن جبر آل ثاني)
_LINEAGE = packs.folded_words("roles", "lineage_links") | packs.folded_words("roles", "family_links")


#: the first words of attribution.json's several-word source nouns (وسائل of وسائل الإعلام), folded and bare
_SOURCE_PHRASE_HEADS = frozenset(_bare(_f(k.split()[0])) for k in load_json("attribution")["source_nouns"] if " " in k)


#: verb forms that are also nouns (علم: knew / science): right after a source or title noun or a preposition the
#: noun (أستاذ علم الاجتماع، باحث في علم النفس), no verb of saying and no end of the title
_NOUN_HOMOGRAPHS = _grammar("noun_homographs")



#: TV channels known by one bare definite word that is also a place or a common word (attribution.json
#: grammar.bare_channel_names: الجزيرة، الميادين): spoken to right before أن/إن or a colon, the channel
_BARE_CHANNELS = _grammar("bare_channel_names")

#: what must follow the source after a bare عن of a verb of saying that is no verb of relaying (قال فلان عن
#: مصدر أمني قوله/أن …) for عن to hand on words (attribution.json grammar.bare_relay_followers); anything
#: else (وقال الوزير عن الاتفاق إنه …) is what the verb is about, as most such عن are in the corpus
_BARE_RELAY_FOLLOWERS = _grammar("bare_relay_followers")

#: after an according-to cue and a document noun, the words that name who issued it (أعلنتها، صدرت، الصادرة)
#: and the words that may stand between the noun and its owner (غير نهائية، أولية): attribution.json grammar
_DOC_OWNER_VERBS = _grammar("document_owner_verbs")
_DOC_OWNER_GAPS = _grammar("document_owner_gaps")
#: statements (بيان، بلاغ) and the owner words that name their issuer (أصدره، صادر عن): a statement a site or
#: outlet publishes (بيان نشره الموقع الرسمي لـ…) is its issuer's, the publisher only its medium
_STATEMENT_HEADS = _grammar("statement_heads")
_STATEMENT_ISSUE_VERBS = _grammar("statement_issue_verbs")

#: posts on a social network (تغريدة، منشور، تدوينة): after a medium preposition right behind one plain word that
#: tells (وقالت فلانة في تغريدة إن), they show a named individual's account, so the word is a surname (a person)
_POST_NOUNS = _grammar("post_nouns")

#: kin and counsel nouns (زوجة، نجل، ابن، محامي): unnamed, they take the one whose kin or counsel they are in
#: construct as part of the teller (زوجة الرئيس، محامي المتهمين), an anonymous source, not an office
_KIN_HEADS = frozenset(_bare(w) for w in _grammar("kin_heads"))
