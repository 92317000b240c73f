"""Stage: framing — loaded terms (ميليشيا، الانفصالية، الاحتلال، فلول ...) and the entity each is aimed at.

Terms and how they find their target live in `data/framing.json`. A term inside an entity mention targets
that entity (الميليشيات الإيرانية); otherwise the name right after it (ميليشيا قسد) or right before it
(داعش الإرهابي), as the term's entry says; a nisba after an occupation term names a state (الاحتلال
الأميركي); a bare anaphoric term (الاحتلال، متزعميها) reuses the target it last had or the nearest actor
before it; a possessed term (ميليشياته، إيران وميليشياتها) is aimed at its possessor. Uses that are no label
give no record: an adjective on an act (عملياتها الإرهابية)، a proxy descriptor with no militia label beside
it (القوات الموالية لأنقرة, the usual wording of news agencies), a verb whose own subject follows it. An actor
shown fighting those a term names (ضد، طرد) is never its target. One record is kept per (term, target): an
outlet's choice of word is what is compared, and repeating it does not make a new choice.

Occupation and aggression terms: a state's nisba after the term names the state, which gets its pack entity when
only the nisba names it (العدوان الإسرائيلي); a name after an indefinite noun is the doer only when an object
follows (احتلال إسرائيل للجولان, not غزو الكويت); a bare verb aims at its subject (تحتل إسرائيل); المحتل(ة) after a
well-known occupied area aims at its occupier, and a bare الاحتلال at the one occupier the article names
(`occupied_places`), only when the article names it. The occupier is the state, not its force: a nisba after the
term beats a force alias holding it (طائرات الاحتلال الروسي), and a force the term sits in (جيش الاحتلال) yields to
its state when the article names that state.

Extremist adjectives fall back to the story's main group only after a group noun (التنظيم المتطرف, not المتطرفين in
an essay); an adjective never crosses a coordinated noun or a count to reach a name (الجيش السوري والجماعات المتشددة);
an epithet with no name before it takes a person named right after it (الإرهابي فلان).

A hostile term inside what a claim's teller says is that party's word for its enemy: it is never aimed at the
teller, the party named in (or right after) the teller's title (الأمين العام لحزب الله) or a person teller's pack
affiliation (`not_teller_categories`; the claims stage runs first). With no name beside it, it is the enemy that party
is known to mean by it when the article names one (`speaker_referents`: a Turkish ministry's إرهابيين are the PKK or
YPG, those of Damascus, Moscow and Tehran the armed opposition or the jihadists; of several, the one named in the
term's sentence, else the most named, else the nearest), and never one of that party's allies.

Whatever rule finds it, a target is never the name a term is joined to by و (ميليشيات الحوثي والجماعات الإرهابية),
nor a name an adjective would reach across a particle, a fighting word or a group the packs do not know (وتقول
الوحدات إن الجهاديين، الجيش يحاصر المتشددين، داعش وتنظيم الإخوان الإرهابي). Extremism words with no name beside them
fall only on a jihadist group (`main_refs`), never on the forces fighting it.

A demonstrative before a group term the article has not used yet (وأضاف أن هذه الجماعات الإرهابية) refers back to the
group named nearest before it, in its sentence or the ones just before, whoever tells it; none when that group is
shown fighting them. A term right before an aggression or occupation term takes that term's target (مرتزقة العدوان
السعودي), and a Saudi nisba after العدوان names the Saudi-led coalition where the article names it (`led_coalitions`).
A name right after a fighting word (ضد الأسد) is never what an indefinite label after it designates.

A designation's pronoun with no actor before it in its sentence refers to the group named last just before (وهذه
الوحدات التي تصفها تركيا بأنها "إرهابية"); a term with no name beside it takes the group its people belong to (للمتمردين
في حزب العمال) or the examples after it (منظمات إرهابية مثل PYD وYPG); a possessed term right after a term shares its
target (الاحتلال التركي ومرتزقته); a word inside a proper name is no label (ردع العدوان، الجهادي جون); and a party's
hostile word never lands on a group found outside the term's sentence that is not one of its usual enemies.

An aside after a name's comma that opens with a pronoun describes that name (حزب الله، وهو ميليشيا مدعومة من إيران؛
حركة الشباب، وهي جماعة متشددة), even inside the named party's own claim. A group term joined by و to a name and
followed by الأخرى counts that name among those it names (داعش والجماعات الإرهابية الأخرى).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from operator import itemgetter
from typing import Any

from marsad import index_cache, model, packs
from marsad.matcher import Match, PhraseIndex, longest_first
from marsad.packs import folded_words, load_json
from marsad.pipeline import Doc, EntityDraft, stage
from marsad.textnorm import Sentence, fold_text, proclitic_stripper

ACTOR_TYPES = ("actor", "person")
_WORD = re.compile(r"\w+")
_SIDE_BONUS = 4
#: words a name may take between a label and the term that needs it (ميليشيات «قوات سورية الديمقراطية- قسد»)
_LABEL_SPAN = 5
#: words an opening quote may stand before a term quoted as a word (مصطلح "الأراضي المحتلة")
_QUOTED_WORDS = 3
#: words a possessed term may stand after its possessor: any, within its sentence (the pronoun refers back)
_POSSESSOR_GAP = 99
_POSSESSIVE_SUFFIXES = ("هما", "هم", "ها", "ه")
#: words a possessed term may stand after a possessor named in the sentence before its own (a pronoun reaching
#: further back across a full stop was another's in ANT: 6 of 8 wrong beyond 12 words, 3 of 3 right within)
_PRIOR_POSSESSOR_GAP = 12
#: words a possessed proxy term (one with `attach_kinds`: وكلاؤها، أذرعها) may stand after its patron
_PROXY_POSSESSOR_GAP = 20
#: punctuation after a term that ends its phrase: a name after it is no nisba or genitive of the term (quotes are
#: not: "العدوان" التركي)
_CLAUSE_BREAK = re.compile(r"[،,.;:؛!?؟()]")
#: words a designation verb may stand before its term: a subject of several states between (وتصنفه تركيا والولايات
#: المتحدة والاتحاد الأوروبي تنظيما إرهابيا)
_VERB_REACH = 7
#: words a place phrase between an act and its predicate may hold, the preposition aside (في العراق والمنطقة)
_PLACE_PHRASE_REACH = 4
#: nisbas that may stand between a name and the relative pronoun after it (الجهاد الإسلامي الفلسطينية التي)
_ANTECEDENT_NISBAS = 2
#: characters two such nisbas may take between a teller's name and an epithet after them (الإيرانية المتمردة)
_EPITHET_CHARS = 40
#: words (a nisba, a name) a possessed term (ومرتزقته) may stand after a term whose target is its possessor
_POSSESSED_AFTER_TERM = 2
#: words a conjoined term may stand after the name it is joined to (ميليشيات الحوثي في اليمن والجماعات …)
_CONJUNCT_GAP = 3
#: words a designation verb may stand before the بأنه that introduces its label (ووصف … فلان بأنه إرهابي)
_DESIGNATION_REACH = 20
#: the masculine singular object pronoun: the only one a designation verb's object that is one man may carry
_MAN_PRONOUN = "ه"
#: words at most between a man's name and a designation verb whose pronoun refers to him (الأسد، ووصفه)
_PERSON_OBJECT_GAP = 3
#: actor mentions looked back over for the body a bare head noun (الوزارة) refers to
_BODY_REACH = 40
#: how a definite word opens after a conjunction or a preposition (folded): an adjective or apposition agrees with its
#: noun in definiteness
_DEFINITE_STARTS = ("ال", "لل", "بال", "كال", "وال", "ولل", "وبال", "وكال", "فال", "فلل", "فبال")
#: adjectives (and أو between them) that may stand between an act noun and a loaded adjective that describes it
#: too (دوافع متطرفة أو إرهابية); the or-words among them are framing.json `or_words`
_ADJECTIVE_CHAIN = 3
#: what may stand between a conjunction and the term it joins («الإرهابيين», "إرهابيين")
_QUOTES_SPACE = frozenset(' \t\n"\'«»“”(')


@dataclass(frozen=True, slots=True)
class Cues:
    """The cue words and kinds around a term (framing.json), folded: they decide whom it is aimed at."""

    #: designation verbs: their object is what a terrorism term right after them is aimed at
    designate: frozenset[str]
    #: object pronouns on a designation verb, longest first, and whether they are plural
    pronouns: tuple[tuple[str, bool], ...]
    #: separate object pronouns after a designation verb (واصفا إياه) and whether they are plural
    separate: dict[str, bool]
    #: actors a designation verb's pronoun may refer to (not the designating state)
    designated_kinds: frozenset[str]
    #: stems (first three letters) of verbs reporting what someone calls unnamed people (وصفهم، يسميهم)
    call_verbs: frozenset[str]
    call_pronouns: frozenset[str]
    #: the singular pronoun such a verb carries after a relative ما (ما وصفه بالمنظمات الإرهابية: what he called so),
    #: and those relatives: the label is the unnamed thing's, never the describer's
    thing_pronouns: frozenset[str]
    thing_relatives: frozenset[str]
    #: words before such a verb that say the people are unnamed (لمن وصفهم، من الذين يسميهم)
    unnamed: frozenset[str]
    relatives: frozenset[str]
    #: words that make the actor after them a patron of those the term describes (prefixes)
    patron: tuple[str, ...]
    #: categories whose bare terms fall back to the article's main armed group, and that group's kinds
    main_fallback: frozenset[str]
    main_kinds: frozenset[str]
    #: kinds of actor a nisba after a militia term may name (الميليشيا الحوثية)
    nisba_kinds: frozenset[str]
    #: word sequences after a reported description that point at whom it was about (في إشارة إلى)
    reference: tuple[tuple[str, ...], ...]
    #: demonstratives before a term that refer it back to its last use (هؤلاء الإرهابيين)
    demonstratives: frozenset[str]
    #: words of fighting between an actor and a term after it: the actor fights those the term names
    #: (الجيش عازم على طرد الإرهابيين، معاركها ضد المتطرفين)
    against: frozenset[str] = frozenset()
    #: words after a verb term that are not its subject (الذي تحتله من الهضبة، التي احتلتها عام 1967)
    particles: frozenset[str] = frozenset()
    #: words after a genitive name that open the term's object, so the name is its doer (على، ضد; a ل
    #: prefix counts too: احتلال إسرائيل للجولان)
    object_links: frozenset[str] = frozenset()
    #: kinds of actor a genitive after an occupation noun is always the doer of (forces, not countries)
    doer_kinds: frozenset[str] = frozenset()
    #: words with a leading ل that open no object (لذلك، لأنه)
    not_object_links: frozenset[str] = frozenset()
    #: nouns after an occupation verb that give it its sense of holding a rank (المرتبة، المركز، الصدارة)
    rank_words: frozenset[str] = frozenset()
    #: relative pronouns: a verb right after one has the antecedent as its subject (النظام الذي احتل إيران)
    relative_pronouns: frozenset[str] = frozenset()
    #: auxiliaries that may stand between a relative pronoun and its verb (القوى التي كانت تحتل إيران)
    verb_auxiliaries: frozenset[str] = frozenset()
    #: nouns of a group (التنظيم، الجماعة): an adjective right after one refers back to a group (التنظيم المتطرف)
    group_nouns: frozenset[str] = frozenset()
    #: categories of hostile terms a teller never aims at itself inside its own claim (قال حزب الله إن
    #: "الإرهابيين" …: the party's word for its enemy, never for the party)
    not_teller: frozenset[str] = frozenset()
    #: verbs of opinion (تعتبر، تصنف) whose claim's "teller" is often the object the term is aimed at
    stance_verbs: frozenset[str] = frozenset()
    #: nouns of a group in the construct state (تنظيم، جماعة): the word after one is the group's name
    name_nouns: frozenset[str] = frozenset()
    #: particles no adjective reaches a name across (وتقول الوحدات إن الجهاديين)
    particles_between: frozenset[str] = frozenset()
    #: nouns of a hostile act whose state nisba names the one a description of the act by ب labels
    hostile_acts: frozenset[str] = frozenset()
    copula_pronouns: frozenset[str] = frozenset()
    #: words that count the party named before them among those a term after من names (وغيرهم من المتطرفين)
    others_words: frozenset[str] = frozenset()
    #: words that open a clause of its own (أن، إن): a term right after one is that clause's subject
    complementizers: frozenset[str] = frozenset()
    #: words of totality after a plural designation pronoun (تصنفهم جميعا): every party named before
    all_words: frozenset[str] = frozenset()
    #: per category, the pack ids (or id prefixes ending in -) the story's main group must be one of to take a
    #: bare term (الجهاديين in a story about the Kurdish forces that fight them)
    main_refs: dict[str, tuple[str, ...]] | None = None
    #: groups a bare militia-family label never falls back on as the article's only group (`not_sole_groups`)
    not_sole: tuple[str, ...] = ()
    #: head nouns of a state (الدولة، القوات) a nisba after which names the state (الدولة التركية المحتلة)
    state_heads: frozenset[str] = frozenset()
    #: first words of an army's Arabic name (الجيش، القوات، الحرس): the one body that may stand for an occupier
    #: the article names only by it; its police and intelligence never do
    army_heads: tuple[str, ...] = ()
    #: term families whose referent is a state itself (العدو after العدو الصهيوني), not a patron of a group
    state_families: frozenset[str] = frozenset()
    #: أن with an object pronoun after a designation verb's object (ووصفه … بأنه إرهابي)
    that_pronouns: frozenset[str] = frozenset()
    #: per state, the coalitions it leads that an aggression term's nisba of it names when the article names one
    #: (العدوان السعودي in a Yemen story: the Saudi-led coalition's war)
    led_coalitions: dict[str, tuple[str, ...]] | None = None
    #: sentences before a demonstrative term's own (هذه الجماعات الإرهابية) its referent may be named in
    demonstrative_reach: int = 2
    #: nouns that, right before a person's name, make the adjective after the name theirs (خطأ السادات القاتل)
    person_heads: frozenset[str] = frozenset()
    #: definite adjectives of a wanted or notorious man that may stand between an epithet and his name (الهارب)
    person_epithets: frozenset[str] = frozenset()
    #: nouns of a field whose genitive is a bare group term in general (تمويل الجماعات المتشددة، شؤون الجماعات)
    generic_heads: frozenset[str] = frozenset()
    #: words of negation right before a term (ليسوا إرهابيين): the label is denied, not applied
    negators: frozenset[str] = frozenset()
    #: pack ids of entries whose own name holds a loaded word (غرفة عمليات ردع العدوان): no label inside them
    name_holders: frozenset[str] = frozenset()
    #: words that refer back to a designation verb's object after its subject (منها، بعضهم، معظمها)
    object_suffixes: tuple[str, ...] = ()
    #: words after a group term that open its examples (مثل، منها)
    example_words: frozenset[str] = frozenset()
    #: word sequences after a group term that open its examples as one of `example_words` does (بما في ذلك), folded
    example_phrases: tuple[tuple[str, ...], ...] = ()
    #: words of an advance or of support (تمهيدا لتقدم، بإسناد من), stripped of proclitics: an actor named after one,
    #: after a term, is the side advancing on those it names or its backer, never what it names
    advance_words: frozenset[str] = frozenset()
    #: words after a collective that single out some of its members (خاصة، لا سيما، وتحديدا), folded
    especially_words: frozenset[str] = frozenset()
    #: verbs of backing with an object pronoun (تدعمها، يمولها), folded: after a militia term's nisbas they bring in
    #: its patron (ميليشيات عراقية تدعمها طهران)
    backing_verbs: frozenset[str] = frozenset()
    #: words that set a name off as a comparison (مثله مثل، شأنها شأن، على غرار), folded: the name after them is
    #: what the subject is likened to, not what a predicate after them is said of
    comparison_words: frozenset[str] = frozenset()
    #: prepositions of a place phrase that may stand between an act and its predicate (الوجود التركي في سوريا)
    place_prepositions: frozenset[str] = frozenset()
    #: nouns of land that may stand in such a place phrase without being a place name (الأراضي السورية)
    land_nouns: frozenset[str] = frozenset()
    #: common nouns of places an act of occupation may take as its object (لاحتلال مناطق، لاحتلال المدن)
    occupied_nouns: frozenset[str] = frozenset()
    #: kinds of actor besides a term's own `kinds` that its examples may be (منظمات إرهابية مثل فيلق القدس: a state's
    #: force the text itself puts among the groups)
    example_kinds: frozenset[str] = frozenset()
    #: group nouns that are plurals without a plural ending (العناصر، الفصائل)
    broken_plurals: frozenset[str] = frozenset()
    #: a proper name's last two words, the second a loaded term (ردع العدوان), folded
    name_phrases: frozenset[str] = frozenset()
    #: heads of masculine names and masculine states, and plural nisba endings, folded
    #: (`possessor_agreement`: what a possessive pronoun on a term may refer back to)
    masculine_heads: frozenset[str] = frozenset()
    masculine_states: frozenset[str] = frozenset()
    plural_endings: tuple[str, ...] = ()
    #: word sequences after which a term is a word quoted as a word (مصطلح، عبارة، ما يسمى), folded
    mention_holders: tuple[tuple[str, ...], ...] = ()
    #: `between_words` (بين): a term right after one sets the names joined by و against each other
    between_words: frozenset[str] = frozenset()
    #: `joined_heads`: a name opening with one of these nouns (قوات صالح، عناصر داعش) is a phrase of its own after و,
    #: not one more name the term before it governs
    joined_heads: frozenset[str] = frozenset()
    #: `joined_plurals`: broken plurals (فلول، مرتزقة) that, like a sound plural, may govern names joined by و
    joined_plurals: frozenset[str] = frozenset()
    #: `apposed_heads` (الشبكة، الخلية، الذراع): nouns that, in apposition after a name, stand for the named party
    #: itself, so an adjective after them is still said of it (حزب الله الشبكة الإرهابية)
    apposed_heads: frozenset[str] = frozenset()
    #: `title_words` (الرئيس، رئيس، الملك): a name opening with one is only an office's title
    title_words: frozenset[str] = frozenset()
    #: `dual_heads` (تنظيمي، جماعتي): a dual noun before names joined by و, which a plural adjective after them
    #: describes together
    dual_heads: frozenset[str] = frozenset()
    #: `not_nisbas` (الرواية، القضية، العملية، المستشفى): definite nouns whose ending looks like a nisba's (ية، ي)
    #: and that describe no one's side: never skipped or kept as one
    not_nisbas: frozenset[str] = frozenset()
    #: `nisba_bridges` (العسكري، الجوي، البري): neutral adjectives of the act's means that may stand between an
    #: occupation or aggression term and the nisba of its doer (الاحتلال العسكري الإسرائيلي، العدوان الجوي التركي)
    nisba_bridges: frozenset[str] = frozenset()
    #: `unnamed_doers` (خارجي، أجنبي، النازي): adjectives right after an occupation or aggression term that describe
    #: its doer without naming a party of the article (لعدوان خارجي، الاحتلال النازي لفرنسا): no record, not a
    #: fallback on the nearest state (the one attacked or occupied)
    unnamed_doers: frozenset[str] = frozenset()


@cache
def cues() -> Cues:
    data = load_json("framing")

    def words(key: str) -> list[str]:
        return [fold_text(w) for w in data.get(key, ())]

    pronouns = sorted(((fold_text(k), v == "plural") for k, v in data.get("object_pronouns", {}).items()),
                      key=lambda p: -len(p[0]))  # هما before ه
    agreement = data.get("possessor_agreement") or {}
    return Cues(
        designate=frozenset(words("designation_verbs")), pronouns=tuple(pronouns),
        separate={fold_text(k): v == "plural" for k, v in data.get("separate_pronouns", {}).items()},
        designated_kinds=frozenset(data.get("designated_kinds", ())), call_verbs=frozenset(words("call_verbs")),
        call_pronouns=frozenset(words("call_pronouns")), thing_pronouns=frozenset(words("thing_pronouns")),
        thing_relatives=frozenset(words("thing_relatives")), unnamed=frozenset(words("unnamed_words")),
        relatives=frozenset(words("unnamed_relatives")), patron=tuple(words("patron_words")),
        main_fallback=frozenset(data.get("main_fallback_categories", ())),
        main_kinds=frozenset(data.get("main_kinds", ())), nisba_kinds=frozenset(data.get("nisba_kinds", ())),
        demonstratives=frozenset(words("demonstratives")), against=frozenset(words("against_words")),
        particles=frozenset(words("verb_particles")), object_links=frozenset(words("object_links")),
        not_object_links=frozenset(words("not_object_links")),
        doer_kinds=frozenset(data.get("genitive_doer_kinds", ())),
        rank_words=frozenset(words("rank_words")), relative_pronouns=frozenset(words("relative_pronouns")),
        verb_auxiliaries=frozenset(words("verb_auxiliaries")),
        group_nouns=frozenset(words("group_nouns")),
        not_teller=frozenset(data.get("not_teller_categories", ())),
        stance_verbs=frozenset(words("teller_stance_verbs")), name_nouns=frozenset(words("name_nouns")),
        particles_between=frozenset(words("particles_between")), complementizers=frozenset(words("complementizers")),
        others_words=frozenset(words("others_words")),
        hostile_acts=frozenset(words("hostile_acts")),
        copula_pronouns=frozenset(words("copula_pronouns")),
        all_words=frozenset(words("all_words")),
        main_refs={k: tuple(v) for k, v in (data.get("main_refs") or {}).items() if not k.startswith("_")},
        not_sole=tuple(data.get("not_sole_groups", ())),
        reference=tuple(tuple(w.split()) for w in words("reference_cues")),
        state_heads=frozenset(words("state_heads")), army_heads=tuple(words("army_heads")),
        state_families=frozenset(data.get("state_families", ())),
        that_pronouns=frozenset(words("that_pronouns")),
        led_coalitions={k: tuple(v) for k, v in (data.get("led_coalitions") or {}).items() if not k.startswith("_")},
        demonstrative_reach=int(data.get("demonstrative_reach", 2)),
        person_heads=frozenset(words("person_heads")), negators=frozenset(words("negators")),
        person_epithets=frozenset(words("person_epithets")),
        generic_heads=frozenset(_clitic_free(w) for w in words("generic_heads")),
        name_holders=frozenset(data.get("name_holders", ())),
        broken_plurals=frozenset(_clitic_free(w) for w in words("broken_plural_group_nouns")),
        object_suffixes=tuple(words("object_referring_words")),
        example_words=frozenset(_clitic_free(w) for w in words("example_words")),
        example_phrases=tuple(tuple(w.split()) for w in words("example_phrases")),
        advance_words=frozenset(_clitic_free(w) for w in words("advance_words")),
        especially_words=frozenset(words("especially_words")),
        backing_verbs=frozenset(words("backing_verbs")),
        comparison_words=frozenset(words("comparison_words")),
        place_prepositions=frozenset(words("place_prepositions")),
        land_nouns=frozenset(words("land_nouns")),
        occupied_nouns=frozenset(words("occupied_nouns")),
        example_kinds=frozenset(data.get("example_kinds", ())),
        mention_holders=tuple(tuple(fold_text(p).split()) for p in data.get("mention_holders", ())),
        name_phrases=frozenset(" ".join([_clitic_free(p.split()[0]), *p.split()[1:]]) for p in words("name_phrases")),
        masculine_heads=frozenset(fold_text(w) for w in agreement.get("masculine_heads", ())),
        masculine_states=frozenset(fold_text(w) for w in agreement.get("masculine_states", ())),
        plural_endings=tuple(fold_text(w) for w in agreement.get("plural_endings", ())),
        between_words=frozenset(words("between_words")),
        joined_heads=frozenset(_clitic_free(w) for w in words("joined_heads")),
        joined_plurals=frozenset(_clitic_free(w) for w in words("joined_plurals")),
        dual_heads=frozenset(_clitic_free(w) for w in words("dual_heads")),
        title_words=frozenset(_clitic_free(w) for w in words("title_words")),
        apposed_heads=frozenset(words("apposed_heads")), not_nisbas=frozenset(words("not_nisbas")),
        nisba_bridges=frozenset(words("nisba_bridges")),
        unnamed_doers=frozenset(words("unnamed_doers")),
    )


#: a folded word without a leading و/ف/ب/ل (والعمليات، للهجمات، بالأعمال): its noun (a bounded cache, no Python frame)
_clitic_free = proclitic_stripper("noun_head", 4)


#: words read as words of fighting or not, per `cues().against` set: (that set, word -> bool); emptied when full.
#: 65,536 words hold the vocabulary of ~2,000 articles (34,459 types in 1,000) in ~7 MB at most
_FIGHTING: list[Any] = [None, {}]
_FIGHTING_SIZE = 1 << 16
_THIRD = itemgetter(2)


def _fighting_words(against: frozenset[str]) -> dict[str, bool]:
    """The memo of `_fighting_word` for the list `against` (a new list, as a test's, starts a new memo)."""
    if _FIGHTING[0] is not against:
        _FIGHTING[:] = [against, {}]
    return _FIGHTING[1]  # type: ignore[no-any-return]


def _fighting_word(word: str, against: frozenset[str], memo: dict[str, bool]) -> bool:
    """Whether the folded word is a word of fighting (ضد، طرد، لمحاربة) in any of its noun forms; kept in `memo`,
    which is emptied when full (a flat bound on its memory)."""
    hit = any(f in against for f in _noun_forms(_clitic_free(word)))
    if len(memo) >= _FIGHTING_SIZE:
        memo.clear()
    memo[word] = hit
    return hit


def _noun_forms(word: str) -> list[str]:
    """A folded word as its bare noun may be listed: itself, without a lone preposition (بأعمال), without a
    possessive suffix, its ت back to ة (أنشطتها → انشطه), without the alif of an accusative (مخططا)."""
    forms = [word]
    if word[:1] in "بلكوف" and len(word) > 4:
        forms.append(word[1:])
    if word.endswith("ا") and len(word) > 3:
        forms.append(word[:-1])  # أحبطت مخططا إرهابيا، يتبنى فكرا متطرفا (a three-letter noun's accusative too)
    for f in list(forms):
        for suf in _POSSESSIVE_SUFFIXES:
            if f.endswith(suf) and len(f) - len(suf) > 2:
                stem = f[: -len(suf)]
                forms += [stem, stem[:-1] + "ه"] if stem.endswith("ت") else [stem]
                break
    return forms


def _describes_act(around: _Around, term: Term, s: int, lo: int, nouns: frozenset[str] | None = None) -> bool:
    """Whether the noun the adjective at `s` agrees with is a noun of an act or idea: the word right before
    it, possessed or not (عملياتها الإرهابية), or the word before a nisba that is no name (الأفكار الخمينية
    المتطرفة). `nouns` replaces the term's own `not_prev` (the media nouns of `_describes_medium`)."""
    heads = term.not_prev if nouns is None else nouns
    # an indefinite term's sister adjective is indefinite too (بأي نشاط إجرامي أو إرهابي)
    definite = around.definite_at(s)
    k = 0
    for ws, we, w in around.words_before(s, lo, 2 + _ADJECTIVE_CHAIN):
        noun = _clitic_free(w)
        if any(n in heads for n in _noun_forms(noun)):
            return True
        # another adjective of the same noun, joined to this one or before it (دوافع متطرفة أو إرهابية، الأعمال
        # الإجرامية والإرهابية): the noun they both describe stands before it
        if (w in folded_words("framing", "or_words") or _whole_term(w) or _whole_term(noun)) \
                and around.containing(ws, we) is None:
            continue
        k += 1
        if k > 1 or not ((noun.startswith("ال") or not definite) and noun.endswith(("ي", "يه")) and len(noun) > 5) \
                or around.containing(ws, we) is not None:
            return False
    return False


@cache
def _media() -> tuple[frozenset[str], frozenset[str]]:
    """framing.json `media_nouns` (folded) and the `media_categories` whose adjectives may describe them."""
    data = load_json("framing")
    return (frozenset(fold_text(w) for w in data.get("media_nouns") or ()),
            frozenset(data.get("media_categories") or ()))


def _describes_medium(doc: Doc, around: _Around, term: Term, s: int, e: int, sent: Sentence) -> bool:
    """Whether a feminine adjective of a `media_categories` term describes a medium (موقع سايت الذي يرصد المواقع
    الجهادية، نشرت على الصفحات المتطرفة، صحيفة كيهان المتشددة): a noun of `media_nouns` it agrees with, as
    `_describes_act` finds a noun of an act. Only the feminine form, which agrees with a thing's plural: the
    people noun in construct (مواقع الجهاديين, the jihadists' positions) is a label on them."""
    nouns, categories = _media()
    if not nouns or term.category not in categories or term.attach != "prev":
        return False
    if not fold_text(doc.text[s:e]).rstrip('"»” ').endswith("ه"):
        return False
    return _describes_act(around, term, s, sent.start, nouns)


def _after_demonstrative(around: _Around, s: int, sent: Sentence) -> bool:
    """Whether the word right before `s` is a demonstrative (هذه الجماعات، هؤلاء الإرهابيين)."""
    before = around.words_before(s, sent.start, 1)
    return bool(before) and _demonstrative(before[0][2])


def _demonstrative(word: str) -> bool:
    """Whether a folded word is a demonstrative, a proclitic aside (هؤلاء، لهؤلاء، وهذه)."""
    return any(f in cues().demonstratives for f in (word, *_noun_forms(_clitic_free(word))))


def _reach_start(doc: Doc, sent: Sentence) -> int:
    """The start of the sentence `demonstrative_reach` sentences before `sent` (or of the text)."""
    starts = [x.start for x in doc.sentences if x.start <= sent.start]
    return starts[max(0, len(starts) - 1 - cues().demonstrative_reach)] if starts else sent.start


#: a bare rebel word with several armed groups named means the one named this many times as often as any other
DOMINANT_TIMES = 3
#: ... and named at least this often (one mention against none is no story's group)
DOMINANT_MIN = 3


def _one_of(ent: EntityDraft, refs: tuple[str, ...]) -> bool:
    """Whether `ent` is the pack entry of one of `refs` (an id ending in - is a prefix: isis- for the provinces)."""
    ref = ent.ref or ""
    return any(ref == r or (r.endswith("-") and ref.startswith(r)) for r in refs)


def _agrees(doc: Doc, m: Any, ent: EntityDraft, suffix: str) -> bool:
    """Whether the possessive pronoun `suffix` (ها، ه، هم، هما) can refer to the name of mention `m`: ها never to a
    masculine singular name (النظام، حزب الله) nor ه to a feminine one (هيئة …، إيران), and neither to a people named
    by a plural nisba (الحوثيين, whose pronoun is هم); a name the lists do not place agrees with any. A masculine
    noun in a construct name (قوات النظام وميليشياته) or right before it (تنظيم "الدولة الإسلامية" … فلوله) may be
    the pronoun's antecedent too."""
    words = fold_text(doc.text[m.start:m.end]).split()
    if not words or suffix not in ("ه", "ها"):
        return True
    c = cues()
    head = words[0]
    if head.endswith(c.plural_endings) and len(head) > 5:
        return False  # الحوثيين ومرتزقتهم: a plural people's pronoun is هم
    before = _WORD.findall(fold_text(doc.text[max(0, m.start - 12):m.start]))
    named_by = _clitic_free(before[-1]) if before else ""
    masculine = ent.type == "person" or head in c.masculine_states or any(
        _clitic_free(w) in c.masculine_heads for w in words) or named_by in c.masculine_heads
    feminine = ent.type != "person" and (
        (head.endswith(("ه", "ات")) and head not in c.masculine_heads)
        or (ent.attrs.get("kind") == "state" and head not in c.masculine_states))
    if suffix == "ه":
        return masculine or not feminine
    return feminine or not masculine


#: original offsets of folded [i, j) with the closing diacritics: one helper for the events and framing stages
_span = Doc.marked_span


@dataclass(frozen=True, slots=True)
class Term:
    key: str  # the folded canonical term
    category: str | None
    attach: str  # next | prev | self
    gap: int
    refs: tuple[str, ...]
    adjectives: tuple[tuple[str, str], ...]
    anaphor: bool
    extend: int
    #: with no name beside it, the nearest actor of the sentence of one of `kinds` is the target
    nearest: bool = False
    kinds: tuple[str, ...] = ()
    #: the extended word must start with this (الموالية لواشنطن)
    next_prefix: str = ""
    #: a word right after the term that makes it literal (تحرير السكان، الموالية لها)
    not_next: frozenset[str] = frozenset()
    #: a word right before the term that it describes instead of a group (العمليات الإرهابية، ضحايا الإرهاب)
    not_prev: frozenset[str] = frozenset()
    #: a word right before the term that makes it a neutral naming, no label (أو ما يسمى: an alias the text gives)
    not_after: frozenset[str] = frozenset()
    #: when given, the word right after the term must be one of these (بقايا مسلحي …)
    only_next: frozenset[str] = frozenset()
    #: `nearest` looks only on the `attach` side
    side_only: bool = False
    #: terms of one family (ميليشيا، الميليشيات، مليشياتها) share the target a bare one refers back to
    family: str | None = None
    #: with no name beside it, the group the article already gave a term of its family comes before the
    #: nearest actor (المتمردين after ميليشيا الحوثي: the nearest actor is often the side fighting them)
    labelled_first: bool = False
    #: when given, a name right beside the term must be of one of these kinds (a state named right before
    #: الإرهابيين is the one fighting them: ستطهر تركيا الإرهابيين)
    attach_kinds: tuple[str, ...] = ()
    #: kinds of backer (`backed_by`) whose forces a bare label of the term never means with no name beside it: the
    #: forces a government backs fight for the state, they are not its rebels (القوات الموالية للحكومة … المتمردين)
    not_backed_by_kinds: frozenset[str] = frozenset()
    #: pack ids the term is never aimed at (the mainstream opposition is what outlets contrast jihadists with)
    not_refs: frozenset[str] = frozenset()
    #: the side `nearest` prefers when it differs from `attach` (ميليشيات شيعية: the group they make up
    #: was named before)
    nearest_side: str = ""
    #: the term counts only right after a term of this family on the same name (ميليشيات قسد الموالية
    #: لواشنطن); alone it is the usual descriptor (القوات الموالية لأنقرة)
    after_family: str = ""
    #: the state (pack id) this term, a state's nisba after a family term and a name (ميليشيات الحوثي الإيرانية),
    #: calls the patron of that name: a proxy label on it, never on the state or a party of its own country
    #: (ميليشيات الحرس الثوري الإيراني), nor a nisba right after the family term (الميليشيات الإيرانية: their own)
    patron: str = ""
    #: a possessed form (ميليشياته، مرتزقتها): aimed at the possessor, the nearest actor before it
    possessive: bool = False
    #: a possessed proxy term (أذرعها، وكلاؤها) whose possessor is the patron of a `collective_refs` entry is
    #: aimed at that collective, the proxies themselves, as the named form is (أذرع إيران، وكلاء طهران)
    to_collective: bool = False
    #: a verb whose subject may follow it: a word right after it that is neither an actor nor one of the
    #: `verb_particles` is that subject (الأهمية التي تحتلها مديرية أرحب: a rank held, no occupier)
    verb: bool = False
    #: any state's nisba (actors.jsonl `adjectives`) right after the term names that state, as `adjectives`
    #: do (الغزو العراقي، عدوان إسرائيلي)
    state_nisbas: bool = False
    #: an indefinite noun whose name right after it is its genitive: the doer only when a phrase of its
    #: object follows (احتلال إسرائيل للجولان، عدوان إسرائيل على), else the one it befalls (غزو الكويت); on a
    #: possessed term the pronoun is that genitive (احتلالها للضفة, but احتلالها من قبل تركيا: the one occupied)
    genitive: bool = False
    #: after a purpose ل, with the place it takes right after it (لاحتلال مناطق، لاحتلال اليمن), the doer is the
    #: actor of these kinds named just before it, whom the purpose is told of (سيساعد الميليشيات المدعومة من إيران،
    #: لاحتلال مناطق)
    purpose_doer: tuple[str, ...] = ()
    #: with no name beside it, an occupied place right before it (الجولان السوري المحتل) or after من (القسم
    #: المحتل من الجولان) names its occupier (`occupied_places`), when the article names that occupier
    occupied_place: bool = False
    #: with no name beside it and no earlier use to refer back to, the occupier of the occupied areas the
    #: article names (`occupied_places`) when it names exactly one (برصاص الاحتلال in a story from Jerusalem)
    article_occupier: bool = False
    #: a bare verb (تحتل، احتلت): its subject is the state named right after or right before it, unless a
    #: word after it gives the verb its sense of holding a rank (تحتل الإمارات المرتبة الأولى)
    bare_verb: bool = False
    #: falls back to the story's main group only right after a group noun (التنظيم المتطرف): alone it describes
    #: people in general (المتطرفين في كل الأديان، المتشددين في إيران) or a noun of any kind (دولة قومية متطرفة)
    main_after_group: bool = False
    #: forms of a `main_after_group` term that are plural nouns of people (متشددون، المتشددين، متشددا): standing as a
    #: noun of their own (not an adjective after a plural noun: إسلاميين متشددين) they name the story's jihadist group
    #: when the article leaves no doubt which (`_story_jihadists`), never people in general (`generic_people_words`)
    people_forms: frozenset[str] = frozenset()
    #: with no name before it, a person named right after it is the target (قتله الإرهابي فلان، المجرم صدام)
    next_person: bool = False
    #: the person named right after it is the one the story tells of, not labelled (القاتل فلان: who killed)
    told_person: bool = False
    #: a state's nisba after the term names the coalition that state leads when the article names it
    #: (`led_coalitions`: العدوان السعودي → the Saudi-led coalition), else the state
    coalition_first: bool = False
    #: nouns right before the term whose genitive it is as a field, not as a label (مكافحة الإرهاب الأمريكي is a US
    #: counter-terrorism body's, قائمة الإرهاب a list's): no record
    not_heads: frozenset[str] = frozenset()
    #: the term labels only a party a name or nisba beside it names (الإرهاب الحوثي); bare, it is an abstract noun
    #: (الحملة على "الإرهاب") that no speaker's usual enemy stands behind
    named_only: bool = False
    #: indefinite nouns of an act or a tie (تدخل، تورط، مقتل، علاقة) whose genitive is the name right before the
    #: term: the adjective agrees with the act, the head of the construct (تدخل روسيا المزعوم: the alleged
    #: interference; مقتل خاشقجي المزعوم: the alleged killing), so no party is labelled
    act_heads: frozenset[str] = frozenset()
    #: a people-form in construct with a place (متطرفي درنة، إرهابيي إدلب): the armed group of that place the
    #: article names, one whose name holds the place's (مجلس شورى مجاهدي درنة); a place is never the target itself
    place_group: bool = False
    #: words of liberation (تحرير، تطهير) before a place and من right before the term (تحرير مدينة درنة من الإرهاب):
    #: the term names whoever holds the place, the armed group of that place the article names
    liberated_by: frozenset[str] = frozenset()
    #: patron state ref → the group the term then names (المتمردين المدعومين من إيران: the Houthis), when the article
    #: names that group: a patron phrase right after the term tells whose rebels they are
    patron_refs: tuple[tuple[str, str], ...] = ()


_TERM_FILES = ("framing.json", "charmap.json", *index_cache.code_files("matcher", "textnorm", "stages/framing"))


@cache
def _unresolved_ref() -> str | None:
    """The pack entry the resolve stage gives a labelled-group anaphor (الميليشيات) it could not tie to a
    named group: a placeholder, not a target an analyst can compare outlets by."""
    ref = load_json("anaphora").get("unresolved_group_entry")
    return ref if isinstance(ref, str) else None


@cache
def _placeholder_family() -> str | None:
    """The term family whose last target stands in for the unresolved-group placeholder."""
    fam = load_json("framing").get("placeholder_family")
    return fam if isinstance(fam, str) else None


@cache
def terms() -> PhraseIndex:
    return index_cache.cached("framing", _TERM_FILES, _build_terms)


def _build_terms() -> PhraseIndex:
    data = load_json("framing")
    index = PhraseIndex()
    # terrorism and extremism adjectives after a noun of an act describe the act (العمليات الإرهابية)
    act_nouns = [*data.get("act_nouns", ())]
    for t in data["terms"]:
        acts = t.get("category") in ("terrorism", "extremism") or t.get("act_adjective", False)
        not_prev = [*t.get("not_prev", ()), *(act_nouns if acts else ())]
        term = Term(
            key=fold_text(t["term"]), category=t.get("category"), attach=t.get("attach", "next"),
            gap=int(t.get("gap", 1)), refs=tuple(t.get("refs", ())),
            adjectives=tuple((fold_text(k), v) for k, v in t.get("adjectives", {}).items()),
            anaphor=bool(t.get("anaphor", False)), extend=int(t.get("extend", 0)),
            nearest=bool(t.get("nearest", False)), kinds=tuple(t.get("kinds", ())),
            next_prefix=fold_text(t.get("next_prefix", "")),
            not_next=frozenset(fold_text(w) for w in t.get("not_next", ())),
            not_prev=frozenset(fold_text(w) for w in not_prev),
            only_next=frozenset(fold_text(w) for w in t.get("only_next", ())),
            not_after=frozenset(fold_text(w) for w in t.get("not_after", ())),
            side_only=bool(t.get("side_only", False)), family=t.get("family"),
            labelled_first=bool(t.get("labelled_first", False)),
            not_backed_by_kinds=frozenset(t.get("not_backed_by_kinds", ())),
            patron_refs=tuple((t.get("patron_refs") or {}).items()),
            attach_kinds=tuple(t.get("attach_kinds", ())), not_refs=frozenset(t.get("not_refs", ())),
            nearest_side=t.get("nearest_side", ""), after_family=t.get("after_family", ""),
            patron=t.get("patron", ""),
            possessive=bool(t.get("possessive", False)),
            to_collective=bool(t.get("to_collective", False)), verb=bool(t.get("verb", False)),
            state_nisbas=bool(t.get("state_nisbas", False)), genitive=bool(t.get("genitive", False)),
            occupied_place=bool(t.get("occupied_place", False)), bare_verb=bool(t.get("bare_verb", False)),
            purpose_doer=tuple(t.get("purpose_doer", ())),
            article_occupier=bool(t.get("article_occupier", False)),
            main_after_group=bool(t.get("main_after_group", False)),
            people_forms=frozenset(fold_text(w) for w in t.get("people_forms", ())),
            next_person=bool(t.get("next_person", False)),
            told_person=bool(t.get("told_person", False)),
            coalition_first=bool(t.get("coalition_first", False)),
            not_heads=frozenset(fold_text(w) for w in t.get("not_heads", ())),
            named_only=bool(t.get("named_only", False)),
            act_heads=frozenset(fold_text(w) for w in t.get("act_heads", ())),
            place_group=bool(t.get("place_group", False)),
            liberated_by=frozenset(fold_text(w) for w in t.get("liberated_by", ())),
        )
        for form in [t["term"], *t.get("variants", [])]:
            index.add(form, term)
    return index.compile()


def _norm(term: str) -> str:
    """The comparison form of a term: folded, without quote marks (منظمة "إرهابية") or a leading article."""
    words = [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in fold_text(term).replace('"', " ").split()]
    return " ".join(words)


#: a colon, after a closing quote maybe, that opens a list (تصنفها أنقرة "إرهابية": …)
_COLON_AFTER = re.compile(r'["»”\']?\s*:')


#: words back from a term a word of fighting whose object it is may stand (تحرير منطقة الهلال النفطي من)
_FOUGHT_OBJECT_REACH = 6


class _Around:
    """Words and actor mentions around a term; built on first use (most articles have no term)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._words: list[tuple[int, int, str]] | None = None
        self.mentions = sorted(((m, e) for e in doc.entities if e.type in ACTOR_TYPES for m in e.mentions),
                               key=lambda p: (p[0].start, -(p[0].end - p[0].start)))
        #: per category, the actors the article shows fighting those a term of it names (`_note_fighters`)
        self.fought: dict[str, set[str]] = {}
        #: per word index, how many words of fighting stand before it (built on first use)
        self._fighting: list[int] | None = None
        #: per word index, how many words of advance or support stand before it (`advances`, built on first use)
        self._advancing: list[int] | None = None
        #: `fought_object` per (term start, sentence start): asked up to three times per term (`_drop_fought_readings`
        #: and two fallbacks of `_targets`); it reads words only, never the mentions that stage drops
        self._fought_objects: dict[tuple[int, int], int | None] = {}

    @property
    def words(self) -> list[tuple[int, int, str]]:
        if self._words is None:
            self._words, self.starts, self.ends = self.doc.word_spans()
        return self._words

    def gap(self, a: int, b: int) -> int:
        """Words wholly between offsets a and b."""
        self.words  # noqa: B018 (builds the word index)
        # words are disjoint and in order: those starting at or after a are a suffix, those ending at or
        # before b a prefix
        return max(0, bisect.bisect_right(self.ends, b) - bisect.bisect_left(self.starts, a))

    def containing(self, s: int, e: int) -> EntityDraft | None:
        best: tuple[int, EntityDraft] | None = None
        for m, ent in self.mentions:
            if m.start <= s and e <= m.end and (best is None or m.end - m.start > best[0]):
                best = (m.end - m.start, ent)
        return best[1] if best else None

    def next_after(self, e: int, gap: int, limit: int) -> EntityDraft | None:
        for m, ent in self.mentions:
            if m.start >= e and m.start < limit:
                return ent if self.gap(e, m.start) <= gap else None
        return None

    def prev_before(self, s: int, gap: int, floor: int) -> EntityDraft | None:
        cands = [(m, ent) for m, ent in self.mentions if m.end <= s and m.start >= floor]
        if not cands:
            return None
        end = max(m.end for m, _ in cands)
        m, ent = max((c for c in cands if c[0].end == end), key=lambda c: c[0].end - c[0].start)
        return ent if self.gap(m.end, s) <= gap else None

    def referred_back(self, s: int, lo: int, here: int, kinds: tuple[str, ...], not_refs: frozenset[str],
                      tellers: frozenset[str]) -> tuple[EntityDraft | None, bool]:
        """The actor of one of `kinds` named nearest before `s` from `lo`, none of `not_refs` nor of `tellers` (the
        claim's own teller: قالت قسد إن هذه الجماعات), nor one this sentence (from `here`) shows fighting those the
        term names; and whether such a fighter was passed over."""
        cands = sorted(((m, ent) for m, ent in self.mentions if lo <= m.start and m.end <= s and ent.type == "actor"
                        and ent.attrs.get("kind") in kinds and ent.ref not in not_refs and ent.id not in tellers
                        and (ent.ref is None or ent.ref != _unresolved_ref())), key=lambda c: -c[0].end)
        fought = False
        for m, ent in cands:
            # a fighting word between it and the term (الجيش يلاحق هذه الجماعات) or right before it (وتلاحق قوات
            # الحشد هذه الجماعات، ضد الأسد): a party to the fight, not the one the term names
            if m.start >= here and (self.fights(m.end, s) or self.fought_at(m.start, here)):
                fought = True
                continue
            return ent, fought
        return None, fought

    def possessor(self, s: int, gap: int, floor: int, human: bool, suffix: str = "",
                  kinds: tuple[str, ...] = (), before: int | None = None) -> EntityDraft | None:
        """The actor (or, when `human`, person) whose mention ends nearest before `s` in the sentence, at most
        `gap` words before it, that the possessive pronoun `suffix` can refer to (`_agrees`) and, when `kinds`
        are given, of one of them; with none in the sentence, the nearest such one in the sentence before it
        (from `before`), a pronoun referring back across a full stop (إيران … . وقالت إن وكلاءها)."""
        def after(lo: int) -> list[tuple[Any, EntityDraft]]:
            return [(m, ent) for m, ent in self.mentions if m.end <= s and m.start >= lo
                    and (ent.type == "actor" or human) and (not kinds or ent.attrs.get("kind") in kinds)]

        if not suffix:
            cands = after(floor)
            if not cands:
                return None
            m, ent = max(cands, key=lambda c: (c[0].end, c[0].end - c[0].start))
            return ent if self.gap(m.end, s) <= gap else None
        for lo, reach in ((floor, gap), (before, min(gap, _PRIOR_POSSESSOR_GAP))):
            if lo is None:
                break
            for m, ent in sorted(after(lo), key=lambda c: (-c[0].end, c[0].start)):
                if _agrees(self.doc, m, ent, suffix):
                    return ent if self.gap(m.end, s) <= reach else None
        return None

    def nearest(self, s: int, e: int, lo: int, hi: int, kinds: tuple[str, ...], side: str,
                side_only: bool = False, not_refs: frozenset[str] = frozenset(),
                only: tuple[str, ...] | None = None) -> EntityDraft | None:
        """The actor mention of the sentence [lo, hi) nearest to the term, of one of `kinds` (any kind
        when empty) and, when `only` is given, one of those ids (`_one_of`); `side` prev|next is preferred: a
        mention on the other side must be more than `_SIDE_BONUS` words nearer to win (none at all with
        `side_only`)."""
        best: tuple[int, int, EntityDraft] | None = None
        # موضحاً أن المتطرفين تسللوا: a term right after أن is the subject of a clause of its own, no fighting word
        # before it has it as its object (the attackers named before are the ones it speaks of)
        opened = self.words_before(s, lo, 1)
        subject = bool(opened) and opened[0][2] in cues().complementizers and self.gap(opened[0][1], s) == 0
        for m, ent in self.mentions:
            if m.start < lo or m.end > hi or (m.start < e and s < m.end) or ent.type != "actor":
                continue
            if only is not None and not _one_of(ent, only):
                continue
            if (kinds and ent.attrs.get("kind") not in kinds) or ent.ref in not_refs:
                continue
            before = m.end <= s
            if before and not subject and self.fights(m.end, s):
                continue  # الجيش عازم على طرد الإرهابيين: the actor is the one fighting them
            if not before and self.advances(e, m.start):
                continue  # مناطق سيطرة الإرهابيين، تمهيدا لتقدم قوات سوريا الديمقراطية: the side advancing on them
            dist = self.gap(m.end, s) if before else self.gap(e, m.start)
            off_side = (side == "prev" and not before) or (side == "next" and before)
            if off_side and side_only:
                continue
            if self.patron(m.start, lo if before else e):
                # المتشددين المرتبطين بتنظيم القاعدة: the patron, not the ones described; before the term too
                # (ميليشيات الحوثي الموالية لإيران … المناطق التي احتلتها: the militias took them, not Iran)
                continue
            key = (dist + (_SIDE_BONUS if off_side else 0), off_side, m.start if before else -m.start)
            if best is None or key < best[:3]:
                best = (*key, ent)
        return best[3] if best else None

    def advances(self, a: int, b: int) -> bool:
        """Whether a word of advance or support (framing advance_words: تمهيدا، لتقدم، بإسناد) stands wholly between
        offsets a and b."""
        advance = cues().advance_words
        if not advance:
            return False
        if self._advancing is None:
            # a running count, as for the words of fighting: one pass over the words, not one per (name, term) pair
            self._advancing = list(accumulate((_clitic_free(w[2]) in advance for w in self.words), initial=0))
        i, k = bisect.bisect_left(self.starts, a), bisect.bisect_right(self.ends, b)
        return k > i and self._advancing[k] > self._advancing[i]

    def fighter(self, ent: EntityDraft, lo: int, s: int) -> bool:
        """Whether `ent` is named in the sentence before `s` with a word of fighting between it and `s`."""
        return any(x is ent and lo <= m.start and m.end <= s and self.fights(m.end, s) for m, x in self.mentions)

    def fights_before(self, ent: EntityDraft, lo: int, s: int) -> bool:
        """Whether a word of fighting stands between `ent`'s last mention before `s` and `s`."""
        ends = [m.end for m, x in self.mentions if x is ent and lo <= m.start and m.end <= s]
        return bool(ends) and self.fights(max(ends), s)

    def particle_before(self, ent: EntityDraft, lo: int, s: int) -> bool:
        """Whether a particle (إن، على، في) stands between `ent`'s last mention before `s` and `s`: an adjective
        at `s` cannot describe a name across it."""
        ends = [m.end for m, x in self.mentions if x is ent and lo <= m.start and m.end <= s]
        if not ends:
            return False
        end = max(ends)
        return any(w[0] >= end and w[2] in cues().particles_between for w in self.words_before(s, lo, 3))

    def fought_last(self, ent: EntityDraft, lo: int, s: int) -> bool:
        """Whether `ent`'s last mention before `s` stands right after a word of fighting: the one fought, not the one
        an indefinite predicate after it describes (كل من يحمل السلاح ضد الأسد إرهابيا; a definite adjective agrees
        with the name: ضد داعش الإرهابي)."""
        starts = [m.start for m, x in self.mentions if x is ent and lo <= m.start and m.end <= s]
        return bool(starts) and self.fought_at(max(starts), lo)

    def fought_at(self, start: int, lo: int) -> bool:
        """Whether the word right before `start` (from `lo`) is a word of fighting (ضد الأسد)."""
        before = self.words_before(start, lo, 1)
        return bool(before) and self.fights(before[0][0], start)

    def fought_object(self, s: int, lo: int) -> int | None:
        """The start of the word of fighting whose object the term at `s` is: right after it (طرد الميليشيات، من
        قبضة الميليشيات) or after the من that ends a short object phrase after it (تحرير منطقة الهلال النفطي من
        الميليشيات); None otherwise (a term after other words is a clause's subject: أفقدت الميليشيا)."""
        key = (s, lo)
        if key not in self._fought_objects:
            self._fought_objects[key] = self._find_fought_object(s, lo)
        return self._fought_objects[key]

    def _find_fought_object(self, s: int, lo: int) -> int | None:
        """`fought_object`, unremembered."""
        near = self.words_before(s, lo, _FOUGHT_OBJECT_REACH)
        if not near or self.gap(near[0][1], s):
            return None
        if self.fights(near[0][0], near[0][1]):
            return near[0][0]
        if near[0][2] != "من":
            return None
        return next((w[0] for w in near[1:] if self.fights(w[0], w[1])), None)

    def fighting_subject(self, ent: EntityDraft, lo: int, at: int) -> bool:
        """Whether `ent` is named in the sentence before the word of fighting at `at` and is not itself, there, what
        a word of fighting a few words before it acts on (غارات على مواقع الحوثيين … وطرد الميليشيات)."""
        ends = [m for m, x in self.mentions if x is ent and lo <= m.start and m.end <= at]
        if not ends:
            return False
        last = max(ends, key=lambda m: m.end)
        near = self.words_before(last.start, lo, 3)
        return not (near and self.fights(near[-1][0], last.start))

    def fights(self, a: int, b: int) -> bool:
        """Whether a word of fighting (ضد، طرد، لمحاربة) stands wholly between offsets a and b."""
        against = cues().against
        if not against:
            return False
        if self._fighting is None:
            # running count of fighting words, so that a long sentence with many names and terms costs one pass
            # over its words, not one per (name, term) pair; whether a word is one of fighting is read once per word
            # type and process (`_fighting_words`): a text's words are mostly words read before, here or earlier
            memo = _fighting_words(against)
            words = list(map(_THIRD, self.words))
            hits = list(map(memo.get, words))
            try:
                i = hits.index(None)
                while True:
                    hit = memo.get(words[i])  # read earlier in this text
                    hits[i] = hit if hit is not None else _fighting_word(words[i], against, memo)
                    i = hits.index(None, i + 1)
            except ValueError:
                pass
            self._fighting = list(accumulate(hits, initial=0))  # type: ignore[arg-type]
        i = bisect.bisect_left(self.starts, a)
        k = bisect.bisect_right(self.ends, b)  # the words wholly before b: a prefix, as the words are in order
        return k > i and self._fighting[k] > self._fighting[i]

    def patron(self, start: int, e: int) -> bool:
        """Whether the word before `start` (after `e`: the term's end, or the sentence's start for a name before the
        term) ties those named before it to the actor there as their patron (المرتبطين بـ، التابعة لـ، الموالين لـ،
        المدعومة من)."""
        self.words  # noqa: B018 (builds the word index)
        patron = cues().patron
        i = bisect.bisect_left(self.starts, start)
        for _, we, w in reversed(self.words[max(0, i - 2):i]):
            if we <= e:
                break
            if w.startswith(patron) or (w[1:].startswith(patron) and w[0] in "وف"):
                return True
        return False

    def main_actor(self, kinds: tuple[str, ...], s: int, not_refs: frozenset[str] = frozenset(),
                   only: tuple[str, ...] | None = None, not_ids: frozenset[str] = frozenset(),
                   far: bool = False) -> EntityDraft | None:
        """The article's most-mentioned actor of one of `kinds` (the earliest on a tie), none of `not_refs` and,
        when `only` is given, one of those ids (or id prefixes ending in -); one named only once must be named
        before the term at `s` (`far`: anywhere before it when it is the only one of `only` named)."""
        count: dict[str, list] = {}
        for m, ent in self.mentions:
            if (only is not None and not _one_of(ent, only)) or ent.id in not_ids:
                continue
            # the unresolved placeholder (unnamed militias) is no group a story is about
            if ent.type == "actor" and ent.attrs.get("kind") in kinds and ent.ref not in not_refs \
                    and (ent.ref is None or ent.ref != _unresolved_ref()):
                count.setdefault(ent.id, [0, m.start, ent])[0] += 1
        if not count:
            return None
        best = min(count.values(), key=lambda c: (-c[0], c[1]))
        if best[0] > 1:
            return best[2]
        # a group named once is the story's only when named before the term in its paragraph or in the sentence right
        # before it (news wires break every sentence): once, later, or once further back in another paragraph (the
        # Houthis of one item of a news digest for Lavrov's «الجماعات الإرهابية المسلحة» in Idlib in another) it is
        # a passing mention
        near = "\n" not in self.doc.text[best[1]:s] or _next_sentence(self.doc, best[1] + 1, s)
        # but a counted term (`far`) that falls only on a restricted set (the jihadist groups), where the article names
        # just one of them before it, means that one however far back (ألفي متشدد paragraphs after the one naming the
        # Islamic State): no other group of the set is there to be the one meant (SK-1351). Not a plural group word
        # (الفصائل المتشددة of the Idlib deal in a story naming Ahrar al-Sham only as one of the moderate coalition)
        alone = far and only is not None and len(count) == 1
        return best[2] if best[1] < s and (near or alone) else None

    def sole_group(self, kinds: tuple[str, ...], s: int, not_refs: frozenset[str],
                   not_ids: frozenset[str], drop: frozenset[str] = frozenset()) -> EntityDraft | None:
        """The only actor of one of `kinds` the article names anywhere, when it is named before `s` and is none of
        `not_refs` / `not_ids` (never the unresolved placeholder); None when the article names no such actor or
        several (the rebels of a story naming two armed groups may be either or both), and when it is the story's
        group as `main_actor` tells it. Actors of `drop` are not counted at all (the government-backed forces for a
        rebel word: they are not one of the groups it may mean)."""
        not_ids = not_ids | drop
        found = {ent.id: ent for _, ent in self.mentions if ent.type == "actor" and ent.attrs.get("kind") in kinds
                 and (ent.ref is None or ent.ref != _unresolved_ref()) and ent.id not in drop}
        if len(found) > 1:
            return self._dominant_group(kinds, s, not_refs, not_ids, found)
        if len(found) != 1 or any(_one_of(ent, cues().not_sole) for ent in found.values()):
            return None
        # and it must be the story's group, not a passing mention far back (the Islamic State named once in another
        # paragraph of a story on the rebels of the Ghouta)
        return self.main_actor(kinds, s, not_refs, None, not_ids)

    def _dominant_group(self, kinds: tuple[str, ...], s: int, not_refs: frozenset[str], not_ids: frozenset[str],
                        found: dict[str, EntityDraft]) -> EntityDraft | None:
        """Of several armed groups an article names, the one it is about when it names it at least
        `DOMINANT_TIMES` times as often as any other, `DOMINANT_MIN` times at least: a Houthi story naming a local
        tribe's militia once still means the Houthis by a bare المتمردين. Never a group of `not_sole_groups` (a bare
        rebel word is not said of the jihadist groups), nor one the term is kept from (`not_refs` / `not_ids`)."""
        count = {i: 0 for i in found}
        for _, ent in self.mentions:
            if ent.id in count:
                count[ent.id] += 1
        ranked = sorted(count.items(), key=lambda c: -c[1])
        top, runner = ranked[0], ranked[1]
        if top[1] < DOMINANT_MIN or top[1] < DOMINANT_TIMES * runner[1]:
            return None
        ent = found[top[0]]
        if _one_of(ent, cues().not_sole) or ent.id in not_ids or ent.ref in not_refs:
            return None
        # named before the term, near it or often: what main_actor asks of the story's group
        best = self.main_actor(kinds, s, not_refs, None, not_ids)
        return best if best is ent else None

    def words_before(self, s: int, lo: int, n: int) -> list[tuple[int, int, str]]:
        """Up to n words of the sentence before offset s, nearest first."""
        self.words  # noqa: B018 (builds the word index)
        i = bisect.bisect_left(self.starts, s)
        out = []
        while i > 0 and len(out) < n:
            i -= 1
            w = self.words[i]
            if w[0] < lo:
                break
            if w[1] <= s:
                out.append(w)
        return out

    def listed_after(self, s: int, hi: int) -> list[EntityDraft]:
        """The designable actors a colon right after the word at `s` lists (… "إرهابية": حزب العمال الكردستاني
        و…), the first named within two words of the colon; none without such a colon."""
        w = self.next_word(s)
        if w is None or w[1] >= hi:
            return []
        m = _COLON_AFTER.match(self.doc.text, w[1])
        if m is None:
            return []
        out: list[EntityDraft] = []
        first = True
        for men, ent in self.mentions:
            if men.start < m.end() or men.start >= hi:
                continue
            if first and self.gap(m.end(), men.start) > 2:
                return []
            first = False
            if ent.type == "actor" and ent.attrs.get("kind") in cues().designated_kinds and ent not in out:
                out.append(ent)
        return out

    def designated(self, s: int, lo: int, hi: int, people: bool = False) -> list[EntityDraft] | None:
        """A terrorism term right after a designation verb (تعتبرها أنقرة "إرهابية"، المصنف إرهابياً،
        وتصنفهم جميعاً كـ"تنظيمات إرهابية"): the verb's object(s), or None when no such verb is there. With
        `people` (an epithet said of a man: القاتل، الحيوان) a person named after the verb may be its object too."""
        cue = cues()
        before = [w for w in self.words_before(s, lo, _VERB_REACH + 1) if len(w[2]) > 1]
        if before and before[0][2] in cue.that_pronouns and any(
                w[2] in cue.designate for w in self.words_before(before[0][0], lo, _DESIGNATION_REACH)) and not any(
                self.pronoun_verb(w[2]) for w in before[1:_VERB_REACH]):
            # ووصف الرئيس … رئيس الوزراء فلان بأنه "إرهابي": the verb's object is the one named right before بأنه,
            # however far back the verb stands
            ent = self.prev_before(before[0][0], 0, lo)
            return [ent] if ent is not None else []
        for k, (ws, we, w) in enumerate(before[:_VERB_REACH]):
            stem, plural, pron, human = w, False, False, False
            for suf, pl in cue.pronouns:
                if w.endswith(suf) and w[: -len(suf)] in cue.designate:
                    stem, plural, pron = w[: -len(suf)], pl, True
                    # ووصفه بالإرهابي: a masculine singular object may be a man named right before the verb (ها is
                    # a group's as often as a woman's, هم never one person's) when the term is the label itself,
                    # right after the verb or its named subject (صنفته قطر بالإرهابي); not a word inside the label
                    # (وصفه بأمير التنظيم الإرهابي: the label is أمير, the term his group's)
                    human = suf == _MAN_PRONOUN and all(self.containing(a, b) is not None for a, b, _w in before[:k])
                    break
            if w in cue.separate and k + 1 < len(before) and before[k + 1][2] in cue.designate:
                # واصفا إياه بـ"الإرهابي": the pronoun stands alone after the verb, and may be a person's when
                # singular (واصفا إياهم: a plural is never the one person named before, the verb's own subject)
                stem, plural, pron = before[k + 1][2], cue.separate[w], True
                human = not plural
                ws = before[k + 1][0]
            if stem not in cue.designate:
                continue
            if pron:
                listed = self.listed_after(s, hi)
                if listed:
                    # ثلاث مجموعات تصنفها أنقرة "إرهابية": حزب العمال … وحركة …: the pronoun's antecedent is a
                    # plain noun whose members the colon lists
                    return listed
                cands = [(m, ent) for m, ent in self.mentions if lo <= m.start and m.end <= ws
                         and ((ent.type == "actor" and ent.attrs.get("kind") in cue.designated_kinds)
                              or (human and ent.type == "person" and self.named_object(m.end, ws)))]
                if not cands:
                    # وهذه الوحدات التي تصفها تركيا بأنها "إرهابية": no actor named before the verb in its sentence,
                    # so the pronoun refers back to the group named last in the sentences before
                    back = self.last_designable(lo) if not any(
                        lo <= m.start and m.end <= ws for m, _x in self.mentions) else None
                    return [back] if back is not None else []
                rel = self.words_before(ws, lo, 1)
                if rel and rel[0][2] in cue.relative_pronouns:
                    # الوحدات الكردية الذين تصنفهم أنقرة: the antecedent right before the relative pronoun
                    ante = self.antecedent(rel[0][0], lo)
                    if ante is not None and any(x is ante for _m, x in cands):
                        return [ante]
                if plural and self.all_of(we, hi):
                    out: list[EntityDraft] = []
                    for _m, ent in cands:
                        if ent not in out:
                            out.append(ent)
                    return out
                return [max(cands, key=lambda c: c[0].end)[1]]
            if stem.startswith("ال") or stem.startswith("مصنف"):
                ent = self.prev_before(ws, 2, lo)
                return [ent] if ent is not None else []
            # اعتبرت كل من يحمل السلاح ضد الأسد إرهابيا: a name right after a fighting word is the one fought, never
            # the one designated
            kinds = ("actor", "person") if people else ("actor",)
            inside = [(m, ent) for m, ent in self.mentions if m.start >= we and m.end <= s and ent.type in kinds
                      and not self.fought_at(m.start, we)]
            if len(inside) == 1 and self.gap(we, inside[0][0].start) == 0 and self.object_between(inside[0][0].end, s):
                # والتي تصنف واشنطن العديد منها كمنظمات إرهابية: the one name is the verb's subject, the object a
                # pronoun after it that refers back (to the relative clause's antecedent)
                inside = []
            if len(inside) == 1 and self.gap(we, inside[0][0].start) == 0 \
                    and _unnamed_object(self, inside[0][0].end, s):
                # ووصف الجيش السوري المسلحين في إدلب بالإرهابيين: the one name right after the verb is its subject
                # (the describer), and the object the label is said of is an unnamed noun after it
                return []
            if inside:
                return [inside[1][1] if len(inside) > 1 else inside[0][1]]
            rel = self.words_before(ws, lo, 1)
            if rel and _clitic_free(rel[0][2]) in cue.relative_pronouns:
                # حزب الله الذي يصنف منظمة إرهابية: a passive verb with no object named, its antecedent is designated;
                # a relative joined by و (المليشيات التي ترعاها إيران والتي تصنف …) shares the first one's
                start = rel[0][0]
                if rel[0][2] != _clitic_free(rel[0][2]):
                    first = [w for w in self.words_before(start, lo, _DESIGNATION_REACH)
                             if w[2] in cue.relative_pronouns]
                    start = first[0][0] if first else start
                ent = self.antecedent(start, lo)
                return [ent] if ent is not None and ent.type == "actor" else []
            return []
        return None

    def named_object(self, end: int, verb: int) -> bool:
        """Whether a person whose mention ends at `end` can be the object a designation verb at `verb` carries as a
        pronoun: close before it (هاجم أردوغان نظيره الأسد ووصفه بالإرهابي) with no noun of an act between, which the
        pronoun would mean instead (ندد ماكرون بالهجوم ووصفه بالإرهابي: the attack, not the man)."""
        self.words  # noqa: B018 (builds the word index)
        i = bisect.bisect_left(self.starts, end)
        between = [w[2] for w in self.words[i:] if w[1] <= verb]
        if between and between[-1] in cues().unnamed:
            # وتعهد الأسد بما وصفه بـ"الإرهاب": the pronoun is the relative's (what he called), the man the describer
            return False
        acts = _act_nouns()
        return len(between) <= _PERSON_OBJECT_GAP and not any(
            f in acts for w in between for f in _noun_forms(_clitic_free(w)))

    @staticmethod
    def pronoun_verb(word: str) -> bool:
        """Whether `word` is a designation verb carrying its object as a pronoun (تصنفه، وصفتها): before بأنه its
        object is that pronoun's antecedent, and the name between is the verb's subject (الذي تصنفه واشنطن بأنه)."""
        cue = cues()
        return any(word.endswith(suf) and word[: -len(suf)] in cue.designate for suf, _pl in cue.pronouns)

    def object_between(self, a: int, b: int) -> bool:
        """Whether a word carrying an object pronoun (منها، بعضهم) stands between offsets a and b: the designation
        verb's object, referring back."""
        self.words  # noqa: B018 (builds the word index)
        i = bisect.bisect_left(self.starts, a)
        return any(w[2].endswith(cues().object_suffixes) for w in self.words[i:] if w[1] <= b)

    def antecedent(self, rel: int, lo: int) -> EntityDraft | None:
        """The name right before a relative pronoun at `rel`, past the nisbas that describe it (الجهاد الإسلامي
        الفلسطينية التي تصنف …)."""
        ent = self.prev_before(rel, _ANTECEDENT_NISBAS, lo)
        if ent is None:
            return None
        end = max(m.end for m, x in self.mentions if x is ent and lo <= m.start and m.end <= rel)
        between = [w for w in self.words_before(rel, lo, _ANTECEDENT_NISBAS) if w[0] >= end]
        return ent if all(_nisba(w[2]) for w in between) else None

    def last_designable(self, lo: int) -> EntityDraft | None:
        """The actor of `designated_kinds` named last in the sentences just before offset `lo` (a sentence's
        start), within `demonstrative_reach` sentences."""
        sent = self.doc.sentence_of(lo)
        reach = _reach_start(self.doc, sent)
        cands = [(m, ent) for m, ent in self.mentions if reach <= m.start and m.end <= lo and ent.type == "actor"
                 and ent.attrs.get("kind") in cues().designated_kinds and ent.ref != _unresolved_ref()]
        return max(cands, key=lambda c: c[0].end)[1] if cands else None

    def all_of(self, e: int, hi: int) -> bool:
        """Whether a word of totality (جميعا، كلهم) stands within three words after offset `e`: a plural pronoun
        then covers every party named before (وتصنفهم جميعا)."""
        self.words  # noqa: B018 (builds the word index)
        i = bisect.bisect_left(self.starts, e)
        return any(w[2] in cues().all_words for w in self.words[i:i + 3] if w[1] <= hi)

    def after_group_noun(self, s: int, lo: int) -> bool:
        """Whether the word right before `s` is a noun of a group (التنظيم المتطرف، الجماعات الجهادية)."""
        before = self.words_before(s, lo, 1)
        return bool(before) and _clitic_free(before[0][2]) in cues().group_nouns

    def counted(self, s: int, lo: int) -> bool:
        """Whether a count stands right before `s` (قتل 58 متشددا، ألفي متشدد): the term names fighters of the story,
        as after a group noun, not such people in general."""
        before = self.words_before(s, lo, 1)
        return bool(before) and self.gap(before[0][1], s) == 0 and (
            before[0][2].isdigit() or before[0][2] in _count_words() or _clitic_free(before[0][2]) in _count_words())

    def coordinated_between(self, ent: EntityDraft, s: int, lo: int) -> bool:
        """Whether a definite noun joined by و, or a count, stands between `ent`'s nearest mention before `s` and
        `s`: the adjective at `s` agrees with that noun, not with the name (الجيش السوري والجماعات المتشددة؛ قتلت
        القوات التركية 40 جهاديا)."""
        ends = [m.end for m, x in self.mentions if x is ent and lo <= m.start and m.end <= s]
        if not ends:
            return False
        end = max(ends)
        groups = cues().group_nouns
        return any(w[0] >= end and ((w[2].startswith("وال") and len(w[2]) > 4) or w[2].isdigit() or (
            # الجيش التركي وفصائله الإرهابية، داعش وتنظيم فلان الإرهابي: a second group joined by و
            w[2].startswith("و") and len(w[2]) > 4 and any(f in groups for f in _noun_forms(w[2][1:]))))
                   for w in self.words_before(s, lo, 3))

    def unknown_name_before(self, s: int, lo: int) -> bool:
        """Whether the two words before `s` are a noun that must be followed by a name (تنظيم، جماعة) and a word
        no actor mention holds: the name of a group the packs do not know (تنظيم الإخوان الإرهابي)."""
        before = self.words_before(s, lo, 2)
        if len(before) < 2:
            return False
        (ws, we, w), (_, _, noun) = before
        # with a lone preposition too (بالانتماء لمنظمة "فلان" الإرهابية)
        return any(f in cues().name_nouns for f in _noun_forms(_clitic_free(noun))) \
            and self.containing(ws, we) is None \
            and _clitic_free(w) not in cues().group_nouns and not w.isdigit()

    def described_unnamed(self, s: int, lo: int) -> bool:
        """لمن وصفهم بـ"الإرهابيين": the term is given to people the article does not name."""
        cue = cues()
        spans = [w for w in self.words_before(s, lo, 4) if w[2] not in ("ب", "ك")]  # بـ"الإرهابيين"
        before = [w[2] for w in spans]
        if len(before) < 2 or before[0][:3] not in cue.call_verbs:
            return False
        if before[0][-2:] not in cue.call_pronouns:
            # ما وصفه بـ"المنظمات الإرهابية": the pronoun is the relative's; after من it may be a verbal noun's
            # object instead (حذر من وصفه بالإرهابي: a man named before), so only after ما
            # the label must be marked as one, by ب/ك or a quote (لما يسميه المتمردون: the term is the subject)
            marked = set(self.doc.text[spans[0][1]:s]) & set('بك' + _QUOTES)
            return bool(marked) and before[1] in cue.thing_relatives \
                and any(before[0].endswith(x) for x in cue.thing_pronouns)
        # لمن وصفهم، من الذين يسميهم
        return before[1] in cue.unnamed or (before[1] in cue.relatives and len(before) > 2
                                            and before[2] in cue.unnamed)

    def referred_to(self, e: int, hi: int, reach: int = 6) -> EntityDraft | None:
        """The actor an aside after the term points at (، في إشارة إلى مقاتلي الحزب), within `reach` words."""
        self.words  # noqa: B018 (builds the word index)
        i = bisect.bisect_left(self.starts, e)
        ws = [w for w in self.words[i:i + 8] if w[1] <= hi]
        for cue in cues().reference:
            n = len(cue)
            for k in range(len(ws) - n + 1):
                if k <= reach and tuple(w[2] for w in ws[k:k + n]) == cue:
                    return self.next_after(ws[k + n - 1][1], 1, hi)
        return None

    def add(self, m: model.Mention, ent: EntityDraft) -> None:
        """A mention this stage gave an entity (a state named only by its nisba)."""
        bisect.insort(self.mentions, (m, ent), key=lambda p: (p[0].start, -(p[0].end - p[0].start)))

    def word_at(self, s: int) -> tuple[int, int, str] | None:
        """The folded word holding offset `s` (its proclitics included)."""
        words = self.words
        i = bisect.bisect_right(self.starts, s) - 1
        return words[i] if i >= 0 and words[i][1] > s else None

    def definite_at(self, s: int) -> bool:
        """Whether the word holding `s` is definite by its article, after any conjunction or preposition
        (الانفصاليين، للمليشيات، والمجرمين), or by a possessive pronoun (مرتزقته is handled by the caller)."""
        w = self.word_at(s)
        return w is not None and w[2].startswith(_DEFINITE_STARTS)

    def conjoined_at(self, s: int) -> bool:
        """Whether a و or ف joins the word holding the match at `s` to what stands before (والمجرمين)."""
        w = self.word_at(s)
        return w is not None and w[0] < s and w[2][:1] in ("و", "ف")

    def inside_description(self, person: EntityDraft, s: int, e: int) -> EntityDraft | None:
        """The target of a term at s..e inside a mention of a person the packs do not know. A term opening the mention
        is an epithet before the name (الإرهابي فلان: the person). One after a name's first word is part of a
        description the entity stage took for a name (رئيس كاتالونيا الانفصالي المقال كارلس، بلترام إرهابيون
        إسلاميون): the party a mention inside it names, else none."""
        m = next(m for m, ent in self.mentions if ent is person and m.start <= s and e <= m.end)
        if self.gap(m.start, s) == 0:
            return person
        inner = [ent for n, ent in self.mentions if m.start <= n.start and n.end <= m.end and ent is not person
                 and ent.type == "actor" and not (n.start <= s and e <= n.end)]
        return inner[0] if len(inner) == 1 else None

    def next_word(self, e: int) -> tuple[int, int, str] | None:
        words = self.words
        i = bisect.bisect_left(self.starts, e)
        return words[i] if i < len(words) else None


def _state_nisbas() -> dict[str, str]:
    """Folded singular nisba of each state (الإسرائيلي، تركية) → its id. Plurals name people, not the state's act
    (الأتراك); a nisba that is also a name (سورية) may be the term's object (احتلال سورية)."""
    return packs.state_words(singular=True, not_names=True)


def _state_named(doc: Doc, around: _Around, ref: str, w: tuple[int, int, str]) -> EntityDraft | None:
    """The entity of the state a nisba at `w` names: the article's, or, when only the nisba names it, the pack
    entry's, with the nisba as its mention (as resolve does for الميليشيات الحوثية): a framing target must be
    an entity of the article."""
    got = _by_refs(doc, (ref,))
    if got is not None:
        return got
    entry = packs.entries_by_id().get(ref)
    if entry is None or entry.type != "actor":
        return None
    got = doc.entity_by_ref(ref) or doc.new_entity("actor", entry.name, entry.name_ar, entry.id, kind=entry.kind,
                                                    refs=(entry.id,))
    got.add(w[0], w[1], doc.text[w[0]:w[1]], "adjective")
    around.add(got.mentions[0], got)
    return got


@cache
def _patron_collectives() -> dict[str, str]:
    """Each patron's id → the `collective_refs` entry of the militias it backs (iran → iran-backed-militias)."""
    by_id = packs.entries_by_id()
    out: dict[str, str] = {}
    for cid in load_json("framing").get("collective_refs") or {}:
        entry = by_id.get(cid)
        for patron in (entry.extra.get("patrons") or ()) if entry is not None else ():
            out.setdefault(patron, cid)
    return out


def _collective_of(doc: Doc, around: _Around, patron: EntityDraft, s: int, e: int) -> EntityDraft | None:
    """The collective of the militias `patron` backs, for a possessed proxy term at s..e (إيران … أذرعها): the
    article's entity, else the pack entry's with the term as its mention (a target must be an entity of the
    article); None when the patron backs no collective the packs know."""
    # the patron or a body above it (الحرس الثوري الإيراني ووكلاؤه: Iran's, as ميليشيات الحرس الثوري is)
    table = _patron_collectives()
    cid = next((table[r] for r in sorted(_lineage([patron.ref])) if r in table), None) if patron.ref else None
    return _collective_entity(doc, around, cid, s, e) if cid is not None else None


def _collective_entity(doc: Doc, around: _Around, cid: str, s: int, e: int) -> EntityDraft | None:
    """The collective `cid`: the article's entity, else the pack entry's with s..e as its mention."""
    got = _by_refs(doc, (cid,))
    if got is not None:
        return got
    entry = packs.entries_by_id().get(cid)
    if entry is None:
        return None
    got = doc.entity_by_ref(cid) or doc.new_entity("actor", entry.name, entry.name_ar, entry.id, kind=entry.kind,
                                                   refs=(entry.id,))
    got.add(s, e, doc.text[s:e], "pattern")
    around.add(got.mentions[0], got)
    return got


@cache
def _occupied_places() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Folded words of each well-known occupied area (framing.json `occupied_places`) → its occupiers' ids."""
    table = load_json("framing").get("occupied_places") or {}
    return {tuple(fold_text(k).split()): tuple(v) for k, v in table.items() if not k.startswith("_")}


@cache
def _generic_areas() -> dict[tuple[str, ...], frozenset[str]]:
    """Folded words of the common nouns among the occupied areas (framing.json `occupied_generic`: الأراضي) → the
    folded adjectives that make them a name (المحتلة)."""
    table = load_json("framing").get("occupied_generic") or {}
    return {tuple(fold_text(k).split()): frozenset(fold_text(a) for a in v)
            for k, v in table.items() if not k.startswith("_")}


def _present(doc: Doc, around: _Around, ref: str, make: bool = True) -> EntityDraft | None:
    """The occupier `ref` as the article names it. The occupier is the state, not whichever of its bodies the
    sentence happens to name: the state itself; else the state its nisba names inside the mention of one of its
    own bodies (الشرطة الإسرائيلية، الجيش التركي), added with the nisba as its mention as `_state_named` does;
    else its army (جيش الاحتلال alone), never its police or intelligence. With `make` false nothing is added to
    the article: the answer only says whether it names the occupier (a stand-in entity then)."""
    got = _by_refs(doc, (ref,))
    if got is not None:
        return got
    by_id = packs.entries_by_id()
    army: EntityDraft | None = None
    for ent in doc.entities:
        entry = by_id.get(ent.ref) if ent.type == "actor" and ent.ref else None
        if entry is None or entry.parent != ref or not ent.mentions:
            continue
        for m in ent.mentions:
            if _nisba_word(around, ref, m.start, m.end) is not None:
                if not make:
                    return ent
                w = _nisba_word(around, ref, m.start, m.end)
                return _state_named(doc, around, ref, w) if w is not None else None
        if army is None and entry.kind == "state_force" and fold_text(entry.name_ar).startswith(cues().army_heads):
            army = ent
    return army


def _nisba_word(around: _Around, ref: str, lo: int, hi: int) -> tuple[int, int, str] | None:
    """The word of the state `ref`'s singular nisba between `lo` and `hi` (a body's mention), if any."""
    nisbas = _state_nisbas()
    w = around.next_word(lo)
    while w is not None and w[1] <= hi:
        if nisbas.get(w[2]) == ref:
            return w
        w = around.next_word(w[1])
    return None


def _occupier(doc: Doc, around: _Around, s: int, e: int, sent: Sentence) -> EntityDraft | None:
    """The occupier of the place an adjective المحتل(ة) qualifies: the area right before it, up to two nisbas
    between (الجولان السوري المحتل), or after من (القسم المحتل من الجولان), when `occupied_places` knows it
    and the article names exactly one of its occupiers."""
    table = _occupied_places()
    longest = max((len(k) for k in table), default=0)
    before = [_clitic_free(w[2]) for w in reversed(around.words_before(s, sent.start, longest + 2))]
    seqs = []
    for skip in range(3):
        seq = before[: len(before) - skip] if skip else before
        seqs.append(seq)
        if skip >= len(before) or not _nisba(before[len(before) - 1 - skip]):
            break
    nxt = around.next_word(e)
    if nxt is not None and nxt[2] == "من" and nxt[0] < sent.end:
        after, end = [], nxt[1]
        while len(after) < longest and (w := around.next_word(end)) is not None and w[0] < sent.end:
            after.append(_clitic_free(w[2]))
            end = w[1]
        seqs += [after[:n] for n in range(longest, 0, -1)]
    for seq in seqs:
        for n in range(min(longest, len(seq)), 0, -1):
            occupiers = table.get(tuple(seq[-n:]))
            if occupiers:
                named = [r for r in occupiers if _present(doc, around, r, make=False) is not None]
                return _present(doc, around, named[0]) if len(named) == 1 else None
    return None


def _headed_state(doc: Doc, around: _Around, s: int, sent: Sentence) -> EntityDraft | None:
    """The state a head noun and its nisba right before `s` name (الدولة التركية المحتلة، القوات التركية المحتلة):
    the occupier, not an occupied area (الأراضي السورية المحتلة has no head noun of a state)."""
    before = around.words_before(s, sent.start, 2)
    if len(before) < 2 or _clitic_free(before[1][2]) not in cues().state_heads:
        return None
    ref = _state_nisbas().get(before[0][2])
    return _state_named(doc, around, ref, before[0]) if ref else None


def _article_occupier(doc: Doc, around: _Around) -> EntityDraft | None:
    """The one occupier the article names among those of the occupied areas it names, or None."""
    if "framing.occupier" not in doc.scratch:
        table = _occupied_places()
        words = [_clitic_free(w[2]) for w in around.words]
        # a common noun among the areas (الأراضي، الأرض) names one only with المحتلة right after it
        generic = _generic_areas()
        refs = {r for k, rs in table.items() for i in range(len(words) - len(k) + 1)
                if tuple(words[i:i + len(k)]) == k
                and (k not in generic or (i + len(k) < len(words) and words[i + len(k)] in generic[k]))
                for r in rs}
        named = [r for r in sorted(refs) if _present(doc, around, r, make=False) is not None]
        # the occupier's id: its entity is made only when a term is aimed at it (a nisba its only mention)
        doc.scratch["framing.occupier"] = named[0] if len(named) == 1 else None
    ref = doc.scratch["framing.occupier"]
    return _present(doc, around, ref) if ref else None


def _doer_genitive(doc: Doc, around: _Around, target: EntityDraft, e: int, hi: int) -> bool:
    """Whether the name right after an indefinite term is its doer: a phrase of the term's object follows it
    (احتلال إسرائيل للجولان، عدوان إسرائيل على غزة); else it is the one the act befalls (غزو الكويت). A force is
    never what is invaded or occupied (قبل غزو التحالف بقيادة واشنطن)."""
    if target.attrs.get("kind") in cues().doer_kinds:
        return True
    m = next((m for m, x in around.mentions if x is target and m.start >= e), None)
    w = around.next_word(m.end) if m is not None else None
    if w is None or w[0] >= hi:
        return False
    word = w[2]
    cue = cues()
    return word in cue.object_links or (word.startswith("ل") and len(word) >= 4 and word not in cue.not_object_links)


#: words an actor may stand before the purpose ل of an occupation noun told of it (الحوثيين من أجل العودة لاحتلال)
_PURPOSE_REACH = 4


def _purpose_object(doc: Doc, around: _Around, s: int, e: int, sent: Sentence) -> bool:
    """Whether the act noun at s..e follows a purpose ل (لاحتلال, not باحتلال: لا تعترف الأمم المتحدة باحتلال is
    the recognising body's word, not its act) and takes a place right after it: a place or a state named there
    that no phrase of the act's object follows (لاحتلال اليمن, not لاحتلال إسرائيل للجولان), or a common noun of
    places (لاحتلال مناطق يتخلى عنها المقاتلون); not a rank (لاحتلال مراكز متقدمة)."""
    if s < 1 or doc.text[s - 1] != "ل" or (s >= 2 and doc.text[s - 2].isalnum() and doc.text[s - 2] != "و"):
        return False
    w = around.next_word(e)
    if w is None or w[0] >= sent.end or _CLAUSE_BREAK.search(doc.text[e:w[0]]):
        return False
    if w[2] in cues().rank_words:
        return False
    named = around.containing(w[0], w[1])
    if named is not None:
        return named.attrs.get("kind") == "state" and not _doer_genitive(doc, around, named, e, sent.end)
    return w[2] in cues().occupied_nouns or bool(doc.overlapping(w[0], w[1], ("place",)))


def _purpose_doer(around: _Around, term: Term, s: int, sent: Sentence) -> list[EntityDraft]:
    """The actor named at most `_PURPOSE_REACH` words before a purpose ل of an occupation noun, of the term's
    kinds: the one the purpose is told of (تخطط تركيا لاحتلال منبج)."""
    doer = around.prev_before(s, _PURPOSE_REACH, sent.start)
    if doer is None or doer.type != "actor" or doer.attrs.get("kind") not in term.purpose_doer:
        return []
    return [doer]


#: words that may stand between a possessed act noun and its object: its adjectives (احتلالها غير الشرعي لأوكرانيا)
_OBJECT_REACH = 3


def _object_follows(doc: Doc, around: _Around, e: int, sent: Sentence) -> bool:
    """Whether the object of the act noun ending at `e` follows it, so that the pronoun it is possessed by is its
    doer (احتلالها للضفة الغربية، احتلالهم المستمر لشبه جزيرة القرم، احتلالها إقليم الأحواز): a phrase opened by
    a preposition of the object (`object_links`, a ل on a noun) after its adjectives, or a place named right
    after it; a word of rank (احتلالها المرتبة الأولى) or anything else (من قبل، بالقوة) is none."""
    cue = cues()
    end = e
    for _ in range(_OBJECT_REACH):
        w = around.next_word(end)
        if w is None or w[0] >= sent.end or _CLAUSE_BREAK.search(doc.text[end:w[0]]):
            return False
        word = w[2]
        if word in cue.rank_words:
            return False
        if word in cue.object_links or (word.startswith("ل") and not word.startswith("ال") and len(word) >= 4
                                        and word not in cue.not_object_links):
            return True
        if end == e:
            # the place it takes, maybe after a noun of its kind (احتلالها إقليم الأحواز)
            nxt = around.next_word(w[1])
            reach = nxt[1] if nxt is not None and nxt[0] < sent.end and not _CLAUSE_BREAK.search(
                doc.text[w[1]:nxt[0]]) else w[1]
            if doc.overlapping(w[0], reach, ("place",)):
                return True
        if not (word.startswith("ال") or word == "غير"):
            return False  # only its adjectives stand between (غير الشرعي، المستمر)
        end = w[1]
    return False


def _after_relative(around: _Around, s: int, sent: Sentence) -> bool:
    """Whether a verb at `s` opens a relative clause: a relative pronoun right before it, an auxiliary or two
    between (التي كانت تحتل، الذي لا يزال يحتل)."""
    cue = cues()
    for w in around.words_before(s, sent.start, 3):
        if w[2] in cue.relative_pronouns:
            return True
        if w[2] not in cue.verb_auxiliaries:
            return False
    return False


def _verb_subject(around: _Around, term: Term, s: int, e: int, sent: Sentence) -> list[EntityDraft]:
    """The subject of a bare occupation verb (تحتل إسرائيل الجولان، إسرائيل تحتل الجولان): a state or armed
    group named right after it, else right before it; none after a relative pronoun (its antecedent is the
    subject, and the name after it the occupied one) or before a word of rank (تحتل طهران المرتبة 154)."""
    cue = cues()
    if _after_relative(around, s, sent):
        return []
    subject = around.next_after(e, 0, sent.end)
    after = e
    if subject is not None:
        m = next(m for m, x in around.mentions if x is subject and m.start >= e)
        after = m.end
    else:
        subject = around.prev_before(s, 0, sent.start)
    if subject is None or subject.type != "actor" or (term.kinds and subject.attrs.get("kind") not in term.kinds):
        return []
    end = after
    for _ in range(3):
        w = around.next_word(end)
        if w is None or w[0] >= sent.end:
            break
        if _clitic_free(w[2]) in cue.rank_words or w[2] in cue.rank_words:
            return []
        end = w[1]
    return [subject]


def _party_of_person(doc: Doc, around: _Around, term: Term, s: int, e: int) -> EntityDraft | None:
    """For a name-calling term of one party (النصيرية: the Assad government) in an article that names only a person
    of that party (بشار الأسد): the party, by the person's pack affiliation, as the pack's entity with the term as
    its mention (a framing target must be an entity of the article)."""
    by_id = packs.entries_by_id()
    people = [x for x in doc.entities if x.type == "person" and x.ref and x.mentions]
    for ref in term.refs:
        entry = by_id.get(ref)
        if entry is None or entry.type != "actor" or not any(ref in _lineage([p.ref]) for p in people):
            continue
        got = doc.new_entity("actor", entry.name, entry.name_ar, entry.id, kind=entry.kind, refs=(entry.id,))
        got.add(s, e, doc.text[s:e], "term")
        around.add(got.mentions[0], got)
        return got
    return None


def _by_refs(doc: Doc, refs: tuple[str, ...]) -> EntityDraft | None:
    for r in refs:
        ent = doc.entity_by_ref(r)
        if ent is not None and ent.mentions:
            return ent
    return None


#: the last term met: its end, its targets and whether its word is definite
_PrevTerm = tuple[int, list[EntityDraft], bool]


@stage("framing", requires=("doc.entities", "doc.claims"), assigns=("doc.framing",))
def run(doc: Doc) -> None:
    """Record, for every loaded term the article uses, the entities it frames. Terms are read in the text's order,
    since a term's reading may rest on the ones before it (the previous term's people, the last target of its
    family or category, a demonstrative's earlier use). For each: a use that is no label is passed over
    (`_literal_use`, a mention of the word, a denial); its targets are resolved (`_resolved_targets`), set against
    its teller (`_teller_targets`) and the term right before it (`_same_people`), read back to the group a
    description named (`_described_group`), settled (`_settled_targets`), then remembered and recorded."""
    around = _Around(doc)
    tellers = _Tellers(doc, around)
    last_target: dict[str, EntityDraft] = {}
    last_by_category: dict[str, EntityDraft] = {}
    last_by_family: dict[str, EntityDraft] = {}
    # per category, who told the term that set last_by_category (none: the outlet's own words)
    said_by: dict[str, frozenset[str]] = {}
    seen: dict[str, list[str]] = {}  # target id -> comparison forms recorded for it
    outcome: dict[str, list[EntityDraft]] = {}  # term -> the targets its last use had (none included)
    prev_term: _PrevTerm | None = None
    out: list[model.Framing] = []
    family_ends: list[tuple[str, int]] = []  # (family, end) of the terms met so far
    described: dict[str, tuple[EntityDraft, frozenset[str]]] = {}  # group id -> the group, its label's nisba
    # a label scare-quoted after its noun (منظمات "إرهابية") is the same phrase as without the quotes
    index = terms()
    found = longest_first([*index.find_all(doc.folded.text),
                           *(m for m, _, _ in index.find_across_quotes(doc.folded.text))])
    _note_fighters(doc, around, found)
    _drop_fought_readings(doc, around, found)
    # a head term that found no party after it (فلول، عصابات): its end, term, span start, next word and sentence,
    # for a term right after it that names the party (فلول الإرهابيين) to give it its target
    headless: tuple[int, Term, int, tuple[int, int, str] | None, Sentence] | None = None
    for m in found:
        term: Term = m.payloads[0]
        s, e = _span(doc, m.start, m.end)
        if term.family:
            family_ends.append((term.family, e))
        if doc.is_furniture(s, e):
            continue
        # (a hashtag the outlet writes is its own word, wherever the term stands in it: #ميليشيات_الحوثي،
        # #الحوثي_الإرهابي; a name in one, #منظمة_التحرير, is kept out by the name checks as it is with spaces)
        if _mentioned(around, _phrase_start(doc, around, s, doc.sentence_of(s).start), doc.sentence_of(s).start):
            # مصطلح "الأراضي المحتلة"، عبارة «الإرهابيين»، ما يسمى بالإرهابيين: the word is mentioned, not used; the
            # outlet applies it to no one (`mention_holders`)
            prev_term = (e, [], True)
            continue
        sent = doc.sentence_of(s)
        nxt = around.next_word(e)
        if _literal_use(doc, around, term, s, e, sent, nxt, family_ends):
            continue
        before = around.words_before(s, sent.start, 1)
        if before and before[0][2] in cues().negators and around.gap(before[0][1], s) == 0:
            # نحن لسنا إرهابيين، وليسوا إرهابيين: a denial of the label names no one it is applied to; the word is
            # recorded for no one (the nearest group would be the one the speaker sets them apart from)
            prev_term = (e, [], True)
            continue
        # a demonstrative adjective stands before a definite noun (هؤلاء الإرهابيين، لهذه الجماعات); before an
        # indefinite one it is a pronoun of its own (بما في ذلك عدوان عسكري)
        shown = bool(before) and _demonstrative(before[0][2]) and fold_text(doc.text[s:e]).startswith(("ال", "لل"))
        referred = shown and term.key in outcome
        if referred:
            # هؤلاء الإرهابيين: the ones the article already called so, whoever they were (no one when that
            # use was the report of a description of unnamed people)
            targets = outcome[term.key]
        else:
            targets = _resolved_targets(doc, around, term, s, e, sent, last_target, last_by_category, last_by_family,
                                        tellers.at(s), said_by)
        pointed = referred or (bool(targets) and shown)
        if term.named_only and not targets:
            prev_term = (e, [], True)
            continue
        targets = _teller_targets(doc, around, tellers, term, targets, s, e, sent, pointed)
        definite = term.possessive or around.definite_at(s)
        targets = _same_people(doc, around, term, targets, prev_term, s, sent, definite)
        if term.family:
            targets = _described_group(doc, around, targets, e, sent, described)
        prev_term = (e, targets, definite)
        outcome[term.key] = targets
        targets = _settled_targets(doc, around, term, targets, s, e, last_by_category, last_by_family)
        for target in targets:
            if term.extend and nxt is not None and nxt[0] < sent.end and around.containing(nxt[0], nxt[1]) is target:
                # the entity whose mention holds the patron word is the patron (never its own proxy) or a
                # collective named by its patron (الميليشيات الموالية لإيران as one name): the label on it is
                # the militia term, the descriptor is part of the name
                continue
            if term.patron and _own_party(around, term.patron, target, s, e):
                continue  # ميليشيات الحرس الثوري الإيراني: the state's own force, no proxy of it
            if term.possessive:  # the possessor is not what the term calls it: nothing to refer back to
                _record(doc, out, seen, term, target, s, e, nxt, sent)
                continue
            last_target[term.key] = target
            # ميليشيات طهران: Iran is their patron; الميليشيات الإيرانية: a collective. Neither is the one group a
            # later bare term of the family or category (المتمردين، الميليشيات) means
            patron = bool(term.family) and term.family not in cues().state_families and (
                target.attrs.get("kind") == "state" or target.ref in _collective_refs())
            if term.category and target.type == "actor" and not patron:
                last_by_category[term.category] = target
                said_by[term.category] = tellers.at(s)
            if term.family and target.type == "actor" and target.ref != _unresolved_ref() and not patron:
                last_by_family[term.family] = target
            _record(doc, out, seen, term, target, s, e, nxt, sent)
        headless = _label_head(doc, around, out, seen, headless, term, targets, s, e, nxt, sent)
    doc.framing = out


def _literal_use(doc: Doc, around: _Around, term: Term, s: int, e: int, sent: Sentence,
                 nxt: tuple[int, int, str] | None, family_ends: list[tuple[str, int]]) -> bool:
    """Whether the term at s:e is not the article's label here: part of a name, its literal sense (as the words
    around it show: the word after or before it, the noun it qualifies), a word on websites or acts, or a
    descriptor that is a label only after another of its family. Such a use frames no one and leaves the reading of
    the term before it in place for the next one."""
    if _in_name(doc, around, s, e):
        return True  # عملية ردع العدوان: the word is part of an operation's name, not the article's choice
    nxt_word = nxt[2] if nxt is not None and nxt[0] < sent.end else ""
    if (term.not_next and nxt_word in term.not_next) or (
            term.only_next and nxt_word not in term.only_next and not _names_usual(around, term, nxt, e)):
        # تحرير السكان، الموالية لها، بقايا الصواريخ: the literal sense (بقايا داعش is a label, بقايا فصائل
        # المعارضة what is left of them after a settlement)
        return True
    if term.not_after and (head := around.words_before(s, sent.start, 1)) and around.gap(head[0][1], s) == 0 \
            and head[0][2] in term.not_after:
        return True  # المعبد أو ما يطلق عليه "تلالوك": a second name the text gives, not a derisive one
    if term.not_heads and (head := around.words_before(s, sent.start, 1)) and around.gap(head[0][1], s) == 0 \
            and any(f in term.not_heads for f in _noun_forms(_clitic_free(head[0][2]))):
        return True  # جهاز مكافحة الإرهاب العراقي: the field a body or a list is named for, no label on anyone
    if term.not_prev and term.attach == "prev" and not _doers_of_act(doc, around, s, e, sent) \
            and _act_owner(around, term, e, sent) is None and _describes_act(around, term, s, sent.start):
        return True  # العمليات الإرهابية، عملياتها الإرهابية: the adjective describes an act, not a group
    if term.act_heads and term.attach == "prev" and _act_genitive(around, term, s, sent):
        return True  # تدخل روسيا المزعوم، مقتل خاشقجي المزعوم: the alleged act, not a so-called party
    if _describes_medium(doc, around, term, s, e, sent):
        return True  # يرصد المواقع الجهادية، الصفحات المتطرفة: websites and papers, no party the outlet labels
    if term.after_family and not any(
            f == term.after_family and sent.start <= fe <= s and around.gap(fe, s) <= _LABEL_SPAN
            for f, fe in family_ends):
        return True  # القوات الموالية لأنقرة: the usual descriptor, unless it follows a label on the same name
    if term.patron and any(f == term.after_family and sent.start <= fe <= s
                           and (around.gap(fe, s) == 0 or _only_adjectives_between(doc, around, fe, s))
                           for f, fe in family_ends):
        # الميليشيات الإيرانية: the militias' own nisba, no name between for it to be the patron of; loaded
        # adjectives between (الميليشيات الطائفية الإيرانية) are no name either
        return True
    # الموالية اقتحام: no patron named
    return bool(term.extend and term.next_prefix and not (
        nxt_word.startswith(term.next_prefix) and len(nxt_word) > len(term.next_prefix) + 1))


def _act_genitive(around: _Around, term: Term, s: int, sent: Sentence) -> bool:
    """Whether the name right before the term at `s` is the genitive of an indefinite act noun of the term's
    `act_heads` standing right before that name (تورط موسكو المزعوم): the adjective then describes the act."""
    ends = [m for m, _ent in around.mentions if sent.start <= m.start and m.end <= s and around.gap(m.end, s) == 0]
    if not ends:
        return False
    last = max(m.end for m in ends)
    start = min(m.start for m in ends if m.end == last)  # the longest mention ending there
    if fold_text(around.doc.text[start:last]).startswith("ال"):
        # a name made of a definite noun (قصف التحالف المزعوم) is what a so-called is said of as often as the act
        return False
    head = around.words_before(start, sent.start, 1)
    return bool(head) and around.gap(head[0][1], start) == 0 \
        and any(f in term.act_heads for f in _noun_forms(_clitic_free(head[0][2])))


def _resolved_targets(doc: Doc, around: _Around, term: Term, s: int, e: int, sent: Sentence,
                      last_target: dict[str, EntityDraft], last_by_category: dict[str, EntityDraft],
                      last_by_family: dict[str, EntityDraft], tellers: frozenset[str],
                      said_by: dict[str, frozenset[str]]) -> list[EntityDraft]:
    """The parties a fresh use of a term labels: whom `_targets` finds, with the names joined to it, less the
    party a pair sets apart from them, and read as the collective a patron backs where the term says so."""
    targets = _targets(doc, around, term, s, e, sent, last_target, last_by_category, last_by_family, tellers,
                       said_by)
    targets = _with_conjuncts(doc, around, term, targets, s, e, sent)
    if targets and (apart := _second_of_pair(doc, around, s, e, sent)):
        # التمييز بين "الإرهابيين" ومقاتلي المعارضة: the party after و is the one set apart from them
        targets = [t for t in targets if t not in apart]
    if term.to_collective:
        targets = [_collective_of(doc, around, t, s, e) or t for t in targets]
    return targets


def _teller_targets(doc: Doc, around: _Around, tellers: _Tellers, term: Term, targets: list[EntityDraft],
                    s: int, e: int, sent: Sentence, pointed: bool) -> list[EntityDraft]:
    """The targets set against who tells the term: a label the packs say is no teller's own (or one whose referent
    is the speaker's enemy) lands on the teller's enemy rather than the teller; a family term a teller the packs
    cannot place says of no one named is the usual enemy of the one side that uses the word so."""
    if (term.category in cues().not_teller or term.category in _referent_categories()) and not pointed \
            and not _derisive(term) \
            and around.designated(s, sent.start, sent.end) is None and not tellers.epithet(doc, s) \
            and not (targets and _apposition(doc, around, term, s, e, sent) is not None):
        # (a demonstrative's referent is its earlier use's, even none, or the group just named: no usual enemy of
        # the speaker instead)
        # (التي تصنفها أنقرة إرهابية, or حركة الشباب، وهي جماعة متشددة, inside the group's own claim is the
        # article's aside about the teller; an
        # occupation word inside the occupier's own claim is the outlet's aside and stays on it: قال وزير
        # إسرائيلي إن … الجولان المحتلة)
        if term.category in cues().not_teller:
            own = tellers.at(s)
            targets = [t for t in targets if t.id not in own]
        targets = _speaker_enemy(doc, around, tellers, term, targets, s, e)
    if not targets and term.family and term.labelled_first and (own := tellers.reported(s)) is not None \
            and not tellers.speakers(s) & _family_speakers(term.family):
        # وقال القيادي الميداني إن "العدو …": a teller the packs cannot place still has an enemy; when the
        # article names the usual enemy of only one side that uses the word so, it is that one, unless the
        # teller speaks for that side (متحدث عسكري إسرائيلي) or is one of it
        targets = [t for t in _sole_usual_enemy(doc, term.family)
                   if t.id not in tellers.at(s) and not _lineage([t.ref]) & (own | tellers.speakers(s))]
    return targets


def _same_people(doc: Doc, around: _Around, term: Term, targets: list[EntityDraft], prev_term: _PrevTerm | None,
                 s: int, sent: Sentence, definite: bool) -> list[EntityDraft]:
    """The targets of the term right before this one, where this one speaks of the same people: a possessed term
    just after a labelled party is that party's, and an adjective or apposition after a term (الإرهابيين
    الانفصاليين) is a second label on whom the first one labels."""
    if term.possessive and prev_term is not None and prev_term[1] and sent.start <= prev_term[0] <= s \
            and (around.gap(prev_term[0], s) <= _POSSESSED_AFTER_TERM
                 or (around.gap(prev_term[0], s) <= _PROXY_POSSESSOR_GAP
                     and not _actor_between(around, prev_term[0], s))):
        # الاحتلال التركي ومرتزقته: the possessor is the party the term before it labels (Turkey), not the nearest
        # name there (its army, the alias the entity stage gave الاحتلال التركي); further on, when no name
        # stands between them, the labelled party is still the nearest one (تحذران الاحتلال من التمادي في
        # عدوانه: the occupier's aggression, not that of the group speaking before it)
        targets = prev_term[1]
    # الميليشيات الطائفية الإيرانية: the adjective lands on the placeholder the bare militia word is, whose
    # term the patron's nisba after them tied to the collective: the same people, as with no target of its own
    stand_alone = not targets or (prev_term is not None and bool(prev_term[1]) and all(
        t.ref is not None and t.ref == _unresolved_ref() for t in targets) and not any(
        t.ref is not None and t.ref == _unresolved_ref() for t in prev_term[1]))
    if stand_alone and prev_term is not None and prev_term[0] <= s and around.gap(prev_term[0], s) == 0 \
            and not term.genitive and prev_term[2] == definite and not around.conjoined_at(s) \
            and not _after_preposition(doc, around, s):
        # الإرهابيين الانفصاليين: an adjective or apposition, a second term on the same people; not a noun
        # joined by و (للمليشيات المارقة والمجرمين: other people), nor a definite genitive after an indefinite
        # head (احتلال after التنظيمات الإرهابية is their act, no second label on them), nor the object of a
        # preposition (العميلة للعدوان: the first term's patron, not the same people)
        targets = prev_term[1]
    return targets


def _described_group(doc: Doc, around: _Around, targets: list[EntityDraft], e: int, sent: Sentence,
                     described: dict[str, tuple[EntityDraft, frozenset[str]]]) -> list[EntityDraft]:
    """A family term's targets read back to the group the article described with the same nisba before, and the
    description this use gives remembered; a collective that names its own members (الميليشيات الموالية لإيران،
    خاصة عصائب أهل الحق وكتائب حزب الله) is many groups, here and after, not the one militia the article called
    Iranian."""
    if _members_named_after(doc, around, e, sent):
        _forget_descriptions(targets, described)
    else:
        targets = [_same_description(doc, t, described) for t in targets]
    _remember_description(around, targets, e, sent.end, described)
    return targets


def _settled_targets(doc: Doc, around: _Around, term: Term, targets: list[EntityDraft], s: int, e: int,
                     last_by_category: dict[str, EntityDraft],
                     last_by_family: dict[str, EntityDraft]) -> list[EntityDraft]:
    """The targets to record, after the term's reading was remembered: unnamed militias are never a liberator; the
    unresolved militia placeholder is the group the article already called militias, when it did; a bare force
    alias of the occupation refers back to the occupier the article already named."""
    if term.category == "legitimising":
        # تحرير aimed at unnamed militias: they are what is liberated from, never the liberator
        targets = [t for t in targets if t.ref is None or t.ref != _unresolved_ref()]
    # a term that lands on the unresolved placeholder (الميليشيات الانقلابية، تعتبرها "إرهابية"): the group
    # the article already called militias, when it did
    stand_in = last_by_family.get(_placeholder_family() or "")
    targets = [stand_in if stand_in is not None and t.ref is not None and t.ref == _unresolved_ref() else t
               for t in targets]
    if term.category == "occupation":
        targets = [_occupier_again(doc, around, t, s, e, last_by_category.get(term.category)) for t in targets]
    return targets


def _occupier_again(doc: Doc, around: _Around, target: EntityDraft, s: int, e: int,
                    last: EntityDraft | None) -> EntityDraft:
    """A bare force alias the term ends (قوات الاحتلال، جيش الاحتلال: Israel's army in the actors pack) in an article
    that already gave the occupation to another state (قوات الاحتلال الأمريكي … قوات الاحتلال، الاحتلال التركي …
    جيش الاحتلال) refers back to that occupier, as the bare الاحتلال does: Syrian, Kurdish and Iraqi outlets use it
    for the US or Turkey as Palestinian ones do for Israel."""
    if last is None or last is target or last.attrs.get("kind") != "state" or target.ref is None:
        return target
    held = [m for m, x in around.mentions if x is target and m.start <= s and m.end == e]
    if not held or last.ref in _lineage([target.ref]):
        return target
    # an article that names a place of the force's own lands (a Jenin raid in a report that also covers US strikes in
    # Syria) may mean the force itself
    entry = packs.entries_by_id().get(target.ref)
    country = entry.country if entry is not None else None
    lands = {country, *(load_json("framing").get("occupation_force_lands") or {}).get(country or "", ())}
    if any(x.type == "place" and x.attrs.get("country") in lands for x in doc.entities):
        return target
    return last


def _phrase_start(doc: Doc, around: _Around, s: int, lo: int) -> int:
    """Where the phrase holding the term at s opens: its hashtag (وسم #ميليشيات_الحوثي_الإرهابية) or the quote it
    stands in a few words after (مصطلح "الأراضي المحتلة"); else s."""
    i = s
    while i > lo and not doc.text[i - 1].isspace():
        i -= 1
    if doc.text[i:s].startswith("#"):
        return i
    q = max(doc.text.rfind(c, lo, s) for c in '«“"')
    if q < 0 or around.gap(q, s) > _QUOTED_WORDS or any(c in doc.text[q + 1:s] for c in '»”'):
        return s
    if doc.text[q] == '"' and doc.text.count('"', lo, s) % 2 == 0:
        return s  # the quote before closes a phrase
    return q


def _actor_between(around: _Around, lo: int, hi: int) -> bool:
    """Whether a mention of an actor or a person lies wholly within [lo, hi): either may own a possessive pronoun
    (نظام أردوغان ومرتزقته)."""
    return any(m.start >= lo and m.end <= hi for m, ent in around.mentions if ent.type in ("actor", "person"))


def _mentioned(around: _Around, s: int, lo: int) -> bool:
    """Whether the term at s is a word quoted as a word: right after a noun that holds a word or a phrase of
    naming (`mention_holders`: مصطلح، عبارة، ما يسمى), quotes and a ب before the term allowed."""
    holders = cues().mention_holders
    if not holders:
        return False
    before = around.words_before(s, lo, max(len(h) for h in holders))
    for holder in holders:
        words = before[:len(holder)]
        if len(words) < len(holder) or around.gap(words[0][1], s) > 0:
            continue
        folded = [w[2] for w in reversed(words)]
        if folded[1:] == list(holder[1:]) and holder[0] in (folded[0], _clitic_free(folded[0])):
            return True
    return False


def _in_name(doc: Doc, around: _Around, s: int, e: int) -> bool:
    """Whether the term at [s, e) is part of a proper name: inside a mention of a pack entry whose own name holds
    the word (`name_holders`: غرفة عمليات ردع العدوان), or the end of a name's words with no mention there
    (`name_phrases`: معركة ردع العدوان, the nickname الجهادي جون; لردع الميليشيات is no name and stays a label)."""
    holder = around.containing(s, e)
    if holder is not None and holder.ref is not None and holder.ref in cues().name_holders:
        return True
    word = fold_text(doc.text[s:e])
    before = around.words_before(s, 0, 1)
    if before and around.gap(before[0][1], s) == 0 and f"{_clitic_free(before[0][2])} {word}" in cues().name_phrases:
        return True
    after = around.next_word(e)  # الجهادي جون: a nickname
    return after is not None and around.gap(e, after[0]) == 0 and f"{word} {after[2]}" in cues().name_phrases


def _note_fighters(doc: Doc, around: _Around, found: list[Match]) -> None:
    """Note, per category that falls back on the story's main group, each actor named before a term of it in its
    sentence with a word of fighting at most two words before the term (دخلت معركة الجيش لاستعادة المدينة من قبضة
    الجماعات الإرهابية): the article shows it fighting them, so it is never their fallback elsewhere."""
    fallback = cues().main_fallback
    for m in found:
        term: Term = m.payloads[0]
        # a bare term's nearest actor too (حصار المتمردين … الكماشة حول المتمردين: the besieger is not the rebels)
        if term.category not in fallback and not term.nearest:
            continue
        s, _e = _span(doc, m.start, m.end)
        sent = doc.sentence_of(s)
        near = around.words_before(s, sent.start, 3)
        if not near or not around.fights(near[-1][0], s):
            continue
        # those named before the fighting word itself, though within the words that lead to the term (معارك الجيش
        # الليبي ضد المتطرفين: the army is named right before ضد)
        at = min(w[0] for w in near if around.fights(w[0], w[1]))
        ids = {ent.id for mm, ent in around.mentions
               if ent.type == "actor" and sent.start <= mm.start and mm.end <= at}
        # the terrorism and extremism labels name one side: who fights the extremists is never the terrorists
        for category in fallback if term.category in fallback else (term.category or "",):
            around.fought.setdefault(category, set()).update(ids)
        if term.family:  # also per family: what a label's own family has them fight (see labelled_first)
            around.fought.setdefault(f"family:{term.family}", set()).update(ids)


def _drop_fought_readings(doc: Doc, around: _Around, found: list[Match]) -> None:
    """Forget the resolve stage's reading of a term's bare word (الميليشيات) back to an actor named before the word
    of fighting whose object the term is (نجح الجيش الليبي في تحرير منطقة الهلال النفطي من الميليشيات المتشددة):
    that actor is the one fighting them, so the word is the other side, never that actor (nor the name an adjective
    after it would take)."""
    spans = set()
    for m in found:
        s, e = _span(doc, m.start, m.end)
        lo = doc.sentence_of(s).start
        at = around.fought_object(s, lo)
        if at is None:
            continue
        for mm, ent in around.mentions:
            if mm.how == "anaphora" and mm.start <= s and e <= mm.end and around.fighting_subject(ent, lo, at):
                spans.add((mm.start, mm.end, ent.id))
    if spans:
        around.mentions = [(mm, ent) for mm, ent in around.mentions if (mm.start, mm.end, ent.id) not in spans]


def _own_words(text: str) -> list[str]:
    """The words of a source's text before any relative clause: المجلس الذي يضم المنظمات الإيرانية المعارضة says
    whom the council gathers, not the side it speaks for."""
    out: list[str] = []
    for w in text.split():
        if w in cues().relative_pronouns and out:
            break
        out.append(w)
    return out


def _title_text(around: _Around, src: Any) -> str:
    """A source's text up to an actor named right after another with nothing between: a definite name right
    after a complete one starts a new phrase, the verb's object where the claims stage ran the source on (اتهم
    نائب عن تحالف السيادة الفصائل الولائية بـ…: the factions are the ones accused, not the deputy's party)."""
    if src.start is None or src.end is None:
        return str(src.text)
    text = around.doc.text
    prev: int | None = None
    for m, ent in around.mentions:
        if m.start >= src.end:
            break
        if m.start < src.start or ent.type != "actor" or (prev is not None and m.start < prev):
            continue
        if prev is not None and not text[prev:m.start].strip():
            return text[src.start:m.start]
        prev = m.end
    return str(src.text)


def _party_after(around: _Around, end: int | None, hi: int) -> EntityDraft | None:
    """The actor a teller's title names right after it, by a genitive ل or باسم (الأمين العام لحزب الله، المتحدث
    باسم الحركة)."""
    w = around.next_word(end) if end is not None else None
    if w is None or w[0] >= hi or around.gap(end, w[0]) > 0:
        return None
    lo = w[1] if w[2] == "باسم" else w[0]
    if lo == w[0] and not (w[2].startswith("ل") and len(w[2]) > 3):
        return None
    for m, ent in around.mentions:
        if ent.type == "actor" and lo <= m.start < hi and around.gap(lo, m.start) == 0:
            return ent
        if m.start >= hi:
            break
    return None


class _Tellers:
    """Who tells each claim's content: the entities of its sources, and the actors named inside a source's
    words (الأمين العام لحزب الله، المتحدث باسم قسد: the party the speaker speaks for)."""

    def __init__(self, doc: Doc, around: _Around) -> None:
        self.spans: list[tuple[int, int, frozenset[str]]] = []
        #: per claim content, the pack ids of its tellers and of the bodies above them (turkey-mod → turkey)
        self.parties: list[tuple[int, int, frozenset[str]]] = []
        by_ref = {e.ref: e.id for e in doc.entities if e.type == "actor" and e.ref}
        by_id = {e.id: e for e in doc.entities}
        actors = [(e.id, {fold_text(m.text) for m in e.mentions}) for e in doc.entities if e.type == "actor"]
        persons = [(e.id, {fold_text(m.text) for m in e.mentions}) for e in doc.entities
                   if e.type == "person" and e.ref]
        starts = [m.start for m, _ in around.mentions]
        #: every reported content (after its cue), whether or not the packs know its teller, and the states the
        #: nisbas in its sources name
        self.contents: list[tuple[int, int, frozenset[str]]] = []
        #: where each named source ends: an adjective right after it is the outlet's epithet for the teller
        self.source_ends: set[int] = set()
        last: tuple[int, set[str]] | None = None  # the last claim with a teller: its end and its tellers
        for claim in doc.claims:
            verb = fold_text(claim.verb or "")
            if (verb in cues().stance_verbs or verb[1:] in cues().stance_verbs) \
                    and not _opens_clause(doc, around, claim):
                # تعتبر X "إرهابية": the name after a verb of opinion is its object, no teller; with a clause
                # after it (فحماس ترى أن …، ورأت الحركة أن …) it is the teller's view, told as a claim is
                continue
            if claim.sources:
                # with the states a source's nisbas name (متحدث عسكري إسرائيلي): the side its teller speaks for
                own = frozenset(ref for src in claim.sources for w in _own_words(fold_text(src.text))
                                if (ref := _state_nisbas().get(w)))
                self.contents.append((claim.cue_end or claim.start, claim.end, own))
            ids = {src.entity for src in claim.sources if src.entity}
            if not ids and last is not None and claim.sources and all(
                    src.kind == "document" and not src.entity for src in claim.sources) \
                    and _next_sentence(doc, last[0], claim.start):
                # وقالت كتائب القسام في بيان … وأضاف البيان: an unnamed statement right after a party's claim is
                # that party's statement going on
                ids = set(last[1])
            self.source_ends.update(src.end for src in claim.sources if src.entity and src.end is not None)
            for src in claim.sources:
                if src.kind not in ("person", "official"):
                    continue
                # الأمين العام لحزب الله، المتحدث باسم قسد: the party named in the teller's title
                words = fold_text(_title_text(around, src))
                ids.update(eid for eid, names in actors if any(n and n in words for n in names))
                if not src.entity and src.start is not None:
                    body = _body_named_before(around, starts, words, src.start)
                    if body is not None:  # وقالت الوزارة: the ministry the article named before (وزارة الدفاع التركية)
                        ids.add(body.id)
                party = _party_after(around, src.end, claim.end) if src.kind == "official" else None
                if party is not None:  # the title's party left out of the source's span (الأمين العام | لحزب الله);
                    ids.add(party.id)  # after a person's name ل is the one spoken to (قال أردوغان لإسرائيل)
                people = [by_id[src.entity]] if src.entity in by_id else [
                    # المشير الليبي خليفة حفتر: a source span the claims stage tied to no entity still names the
                    # person inside it, whose party is the teller's own (never whom its terrorism words label)
                    by_id[eid] for eid, names in persons if any(n and n in words for n in names)]
                for person in people:
                    if person.type == "person" and person.ref:
                        # the person's pack affiliation and the bodies above it
                        ids.update(by_ref[r] for r in _lineage([person.ref]) - {person.ref} if r in by_ref)
            if ids:
                # the content only: a term in the teller's own words before the cue (قالت الميليشيا إن) is
                # the article's
                cue = claim.cue_end or claim.start
                start = max([cue, *(src.end for src in claim.sources
                                    if src.start is not None and src.end is not None and cue <= src.start
                                    and src.end <= claim.end)])
                self.spans.append((start, claim.end, frozenset(ids)))
                self.parties.append((start, claim.end, _lineage(by_id[i].ref for i in ids if i in by_id)))
                last = (claim.end, ids)

    def reported(self, s: int) -> frozenset[str] | None:
        """None when offset `s` lies in no one's reported words; else the states its tellers' nisbas name."""
        hits = [own for a, b, own in self.contents if a <= s < b]
        return frozenset().union(*hits) if hits else None

    def speakers(self, s: int) -> frozenset[str]:
        """The pack ids of the tellers (and the bodies above them) of every claim whose content holds `s`."""
        out: set[str] = set()
        for a, b, refs in self.parties:
            if a <= s < b:
                out |= refs
        return frozenset(out)

    def epithet(self, doc: Doc, s: int) -> bool:
        """Whether a term at `s` stands right after a source's name (أعلنت حركة الشباب الإرهابية مسؤوليتها): the
        outlet's word for the teller as it names it, not the teller's own words. Its nisbas and the outlet's other
        epithets may stand between (أعلنت جماعة الحوثي الإيرانية المتمردة، قالت حركة الشباب الصومالية الإرهابية):
        the noun phrase naming the teller is not yet what it says."""
        for end in self.source_ends:
            if not 0 < s - end <= _EPITHET_CHARS:  # a cheap bound first: no slice of a long text per source
                continue
            between = doc.text[end:s].split()
            if _CLAUSE_BREAK.search(doc.text[end:s]) or len(between) > _ANTECEDENT_NISBAS:
                continue
            if all(_nisba(w := fold_text(x)) or _whole_term(w) for x in between):
                return True
        return False

    def at(self, s: int) -> frozenset[str]:
        """The tellers of every claim whose content holds offset `s`."""
        out: set[str] = set()
        for a, b, ids in self.spans:
            if a <= s < b:
                out |= ids
        return frozenset(out)


@cache
def _derisive_words() -> tuple[tuple[str, ...], ...]:
    """Folded word sequences of the derisive qualifiers (framing.json `derisive_words`: المزعومة، ما يسمى)."""
    return tuple(tuple(fold_text(w).split()) for w in load_json("framing").get("derisive_words") or ())


def _derisive(term: Term) -> bool:
    """Whether the term holds a derisive qualifier (الخلافة المزعومة، ما يسمى، المدعو): no party derides its own
    claim, so inside a teller's words it is still the outlet's label, on the teller too (أعلن التنظيم قيام
    دولة الخلافة المزعومة)."""
    words = tuple(term.key.split())
    return any(words[i:i + len(d)] == d for d in _derisive_words() for i in range(len(words) - len(d) + 1))


def _opens_clause(doc: Doc, around: _Around, claim: Any) -> bool:
    """Whether a claim's content opens with a complementizer (أن، إن، بأن) right after its cue or its source
    (ترى حماس أن، حماس ترى أن): a clause the teller holds, not an object the verb labels."""
    at = max([claim.cue_end or claim.start, *(src.end for src in claim.sources if src.end is not None
                                               and src.end <= claim.end)])
    first = around.next_word(at)
    return first is not None and first[0] < claim.end and first[2] in cues().complementizers \
        and not doc.text[at:first[0]].strip(" \"«»“”")


def _body_named_before(around: _Around, starts: list[int], words: str, s: int) -> EntityDraft | None:
    """The actor a bare definite head noun (الوزارة، الوكالة، الهيئة) refers back to: the last actor mention
    before offset `s` of two or more words whose first word is that noun (وزارة الدفاع التركية)."""
    if " " in words or not words.startswith("ال") or len(words) < 5:
        return None
    head = words[2:]
    i = bisect.bisect_left(starts, s)  # starts: those of around.mentions, in order
    for m, ent in reversed(around.mentions[max(0, i - _BODY_REACH):i]):  # bounded: linear on any input
        parts = fold_text(m.text).split()
        if ent.type == "actor" and len(parts) > 1 and parts[0] == head:
            return ent
    return None


def _next_sentence(doc: Doc, end: int, start: int) -> bool:
    """Whether offset `start` is in the sentence holding `end`, or in the one right after it."""
    starts = [x.start for x in doc.sentences]
    a = bisect.bisect_right(starts, max(0, end - 1))
    b = bisect.bisect_right(starts, start)
    return 0 <= b - a <= 1


def _own_party(around: _Around, patron: str, target: EntityDraft, s: int, e: int) -> bool:
    """Whether `target` is the state `patron` or a party of its own country, or a name the nisba at s..e is part of
    (الحرس الثوري الإيراني): then the nisba calls it no proxy of that state."""
    if around.containing(s, e) is target or target.ref is None:
        return around.containing(s, e) is target
    if patron in _lineage([target.ref]) or target.ref in _collective_refs():
        return True  # (a patron's militias in general are named by it, no one group it backs)
    entries = packs.entries_by_id()
    own, state = entries.get(target.ref), entries.get(patron)
    return own is not None and state is not None and own.country is not None and own.country == state.country


def _lineage(refs: Any) -> frozenset[str]:
    """Each pack id with the bodies above it, by affiliation or parent (erdogan → turkey, turkey-mod → turkey)."""
    entries = packs.entries_by_id()
    out: set[str] = set()
    for ref in refs:
        for _ in range(5):
            if not ref or ref in out:
                break
            out.add(ref)
            entry = entries.get(ref)
            ref = (entry.extra.get("affiliation") or entry.parent) if entry is not None else None
    return frozenset(out)


@cache
def _speaker_referents() -> tuple[tuple[str, frozenset[str], tuple[str, ...], frozenset[str]], ...]:
    """Per speaking party (framing.json `speaker_referents`): its id, the categories of its hostile words (and
    `family:`-prefixed term families, for a party that uses only some terms of a category so), the enemies those
    words usually mean in its mouth, and the allies they never mean."""
    table = load_json("framing").get("speaker_referents") or {}
    # `terms`: single terms of a category the party uses only in part so (Hamas's bare العدوان is Israel's war on Gaza)
    return tuple((k, frozenset((*v.get("categories", ()), *(f"family:{f}" for f in v.get("families", ())),
                                *(f"term:{fold_text(w)}" for w in v.get("terms", ())))),
                  tuple(v.get("refs", ())), frozenset(v.get("not_refs", ())))
                 for k, v in table.items() if not k.startswith("_"))


@cache
def _referent_categories() -> frozenset[str]:
    """Every category some party's usual enemies are listed for (`speaker_referents`)."""
    return frozenset(c for _party, cats, _refs, _allies in _speaker_referents() for c in cats
                     if not c.startswith("family:"))


def _family_speakers(family: str) -> frozenset[str]:
    """The parties whose usage of a term family `speaker_referents` knows (hamas, hezbollah for the enemy)."""
    return frozenset(p for p, categories, _, _ in _speaker_referents() if f"family:{family}" in categories)


def _sole_usual_enemy(doc: Doc, family: str) -> list[EntityDraft]:
    """The one usual enemy (`speaker_referents` refs) of a term family that the article names, the most mentioned
    of its side (Israel and its army are one side); none when it names the usual enemies of two sides (a Yemen
    story names both the Houthis and the coalition), or when one of them is not of `sole_enemy_kinds` (states
    and their forces: an armed group named may as well be the teller's own side)."""
    kinds = frozenset(load_json("framing").get("sole_enemy_kinds") or ())
    sides: set[tuple[str, ...]] = set()
    named: list[EntityDraft] = []
    for _, categories, refs, _ in _speaker_referents():
        if f"family:{family}" not in categories:
            continue
        here = [x for x in (doc.entity_by_ref(r) for r in refs) if x is not None and x.mentions]
        if any(x.attrs.get("kind") not in kinds for x in here):
            return []  # an armed group among them: whose side the teller is on is no safer a guess than any
        if here:
            sides.add(tuple(sorted(x.id for x in here)))
            named += here
    if len(sides) != 1:
        return []
    return [max(named, key=lambda x: len(x.mentions))]


def _beside(around: _Around, term: Term, target: EntityDraft, s: int, e: int) -> bool:
    """Whether `target` is named in or right beside the term (داعش الإرهابي، إرهابيي داعش، إرهابيين من داعش), not
    found by a fallback."""
    for m, x in around.mentions:
        if x is not target:
            continue
        if (m.start <= s and e <= m.end) or (m.end <= s and around.gap(m.end, s) <= max(term.gap, 0)) or (
                m.start >= e and around.gap(e, m.start) <= 1):
            return True
    return False


def _usual_enemy(ent: EntityDraft, refs: tuple[str, ...]) -> bool:
    """Whether `ent` is one of a party's usual enemies `refs`, itself or as a part of one (Jaysh al-Islam under the
    armed opposition, the Nusra Front under al-Qaeda, the HPG under the PKK)."""
    return _one_of(ent, refs) or bool(_lineage([ent.ref]) & frozenset(refs)) if ent.ref else False


@cache
def _voices() -> dict[str, tuple[str, str | None]]:
    """Per outlet id (framing.json `speaker_referents` `voices`), the party it speaks for and the day from which it
    no longer does (SANA spoke for the Assad-era government until December 2024)."""
    out: dict[str, tuple[str, str | None]] = {}
    for party, entry in (load_json("framing").get("speaker_referents") or {}).items():
        if not party.startswith("_"):
            for voice in entry.get("voices", ()):
                out[voice] = (party, entry.get("voices_until"))
    return out


def _parties(doc: Doc, speakers: frozenset[str]) -> frozenset[str]:
    """The tellers' parties with those a state outlet among them spoke for on the article's day (an undated
    article: none, the outlet may have changed hands)."""
    day = doc.published.isoformat() if doc.published else None
    return speakers | frozenset(party for voice in speakers if (v := _voices().get(voice)) is not None
                                and day is not None and (v[1] is None or day < v[1]) for party in (v[0],))


@cache
def _act_nouns() -> frozenset[str]:
    """The nouns of an act or idea (framing.json `act_nouns`), folded."""
    return frozenset(fold_text(w) for w in load_json("framing").get("act_nouns") or ())


def _set_apart(doc: Doc, around: _Around, s: int, lo: int) -> EntityDraft | None:
    """The actor named right before a term joined to it by و (بين المعارضة السورية و"الإرهابيين"): a second party,
    set apart from that one."""
    text, i = doc.text, s
    while i > lo and text[i - 1] in _QUOTES_SPACE:
        i -= 1
    if i <= lo + 1 or text[i - 1] != "و" or text[i - 2].isalpha():
        return None
    j = i - 1
    while j > lo and text[j - 1] in _QUOTES_SPACE:
        j -= 1
    return around.containing(j - 1, j) if j > lo else None


def _speaker_enemy(doc: Doc, around: _Around, tellers: _Tellers, term: Term, targets: list[EntityDraft],
                   s: int, e: int) -> list[EntityDraft]:
    """A hostile word with no name beside it inside a party's own claim (وزارة الدفاع التركية: تحييد 5 إرهابيين)
    means the enemy that party usually calls so, when the article names it; it never means the party's allies."""
    speakers = _parties(doc, tellers.speakers(s)) if term.category else frozenset()
    for party, categories, refs, allies in _speaker_referents():
        if party not in speakers or (term.category not in categories and f"family:{term.family}" not in categories
                                     and f"term:{term.key}" not in categories):
            continue  # a family counts where the party's word is one kind of its category (its bare العدو)
        sent = doc.sentence_of(s)
        apart = _set_apart(doc, around, s, sent.start)
        # a name beside the term stays, an ally's too (حزب الله الإرهابي in a claim given to Iran is another's
        # voice); one joined to the term by و is the other party (بين المعارضة و"الإرهابيين")
        targets = [t for t in targets if t is not apart and (not _one_of(t, tuple(allies))
                                                             or _beside(around, term, t, s, e))]
        if any(_beside(around, term, t, s, e) and t.ref != _unresolved_ref() for t in targets):
            return targets  # a name beside the term (the unresolved placeholder is the term's own mention)
        if not targets and term.nearest and term.category in cues().main_fallback and _generic_use(doc, around, s,
                                                                                                   sent):
            return []  # such groups in general (مكافحة الإرهاب والجماعات الإرهابية): no one in particular
        if not targets and _describes_act(around, term, s, sent.start, _act_nouns()):
            # هجوم إرهابي، عملياتهم الإرهابية، نشاط إجرامي أو إرهابي (past a sister adjective): the word describes
            # an act, whoever did it
            return []
        after = around.next_word(e)
        if not targets and term.attach == "next" and not term.key.startswith("ال") and after is not None \
                and after[0] < sent.end and around.gap(e, after[0]) == 0 and after[2].startswith("ال") \
                and around.containing(after[0], after[1]) is None:
            return []  # ميليشيا القرى: its genitive says whose militia it is (Ankara's village guards), no enemy
        kinds = frozenset(load_json("framing").get("usual_enemy_kinds") or ())
        named = [x for x in doc.entities if x.type == "actor" and x.mentions and x is not apart
                 and _usual_enemy(x, refs) and (not kinds or x.attrs.get("kind") in kinds)
                 and not _one_of(x, tuple(allies))]

        def rank(x: EntityDraft, sent: Sentence = sent) -> tuple[bool, int, int]:
            # named in the term's sentence (أردوغان: "ممر إرهابي"، في إشارة إلى قسد), then how often (YPG in an
            # Afrin story that also names the PKK), then how near the term: never the pack's order
            return (any(sent.start <= m.start < sent.end for m in x.mentions), len(x.mentions),
                    -min(abs(m.start - s) for m in x.mentions))

        usual = [t for t in targets if _usual_enemy(t, refs)]
        if usual:
            # one the sentence points at stays; one a fallback found (the story's most named group, the earliest on
            # a tie) gives way to another named as often that is in the term's sentence or nearer it
            best = max(named, key=rank, default=usual[0])
            tie = len(usual) == 1 and best is not usual[0] and len(best.mentions) == len(usual[0].mentions) \
                and not rank(usual[0])[0]
            return [best if tie and t is usual[0] else t for t in targets]
        if len(named) == 1 and len(named[0].mentions) == 1 and not any(
                m.start < s or _next_sentence(doc, s + 1, m.start) for m in named[0].mentions):
            # the only one, named once further on than the next sentence, is a passing mention (the Islamic
            # State's pocket in a paragraph on the area's other fronts), not whom the teller means
            named = []
        if named:
            return [max(named, key=rank)]
        # none of the party's usual enemies is named: a group a fallback found far from the term (the story's main
        # group, the term's usual referent named in another sentence) is not whom the party means (زاخاروفا:
        # "قتلنا الإرهابيين" in a story about Yemen's Houthis; the pro-government militias for Damascus's terrorists)
        targets = [t for t in targets if _beside(around, term, t, s, e)
                   or any(sent.start <= m.start < sent.end for m in t.mentions)]
        if not targets and term.category in categories:
            targets = _unnamed_enemy(doc, around, party, s, e)
    return targets


@cache
def _unnamed_enemies() -> dict[str, str]:
    """Per party (framing.json `speaker_referents` `unnamed`), the enemy its bare hostile word means when the article
    names none of its usual enemies (SANA's «الإرهابيين» in Daraa: the armed opposition the story leaves unnamed)."""
    table = load_json("framing").get("speaker_referents") or {}
    return {k: v["unnamed"] for k, v in table.items() if not k.startswith("_") and v.get("unnamed")}


def _unnamed_enemy(doc: Doc, around: _Around, party: str, s: int, e: int) -> list[EntityDraft]:
    """The party's unnamed enemy (`_unnamed_enemies`), added to the article with the term as its mention when the
    article does not name it (a framing target must be an entity of the article, as gold adds it too)."""
    ref = _unnamed_enemies().get(party)
    if ref is None:
        return []
    got = _by_refs(doc, (ref,))
    if got is not None:
        return [got]
    entry = packs.entries_by_id().get(ref)
    if entry is None or entry.type != "actor":
        return []
    got = doc.new_entity("actor", entry.name, entry.name_ar, entry.id, kind=entry.kind, refs=(entry.id,))
    got.add(s, e, doc.text[s:e], "epithet")
    around.add(got.mentions[-1], got)
    return [got]


def _unnamed_doer_after(doc: Doc, around: _Around, e: int, sent: Sentence) -> bool:
    """Whether the word right after a term's end `e` (in its phrase: no punctuation between) is an adjective that
    describes the doer without naming one (`unnamed_doers`: عدوان خارجي، احتلال أجنبي، الاحتلال النازي)."""
    w = around.next_word(e)
    if w is None or w[0] >= sent.end or around.gap(e, w[0]) > 0 or _CLAUSE_BREAK.search(doc.text[e:w[0]]):
        return False
    return fold_text(doc.text[w[0]:w[1]]) in cues().unnamed_doers


def _record(doc: Doc, out: list[model.Framing], seen: dict[str, list[str]], term: Term, target: EntityDraft,
            s: int, e: int, nxt: tuple[int, int, str] | None, sent: Sentence) -> None:
    """Add one record unless the same choice of word for the same target is already there (الاحتلال / قوات
    الاحتلال)."""
    end = e
    if term.extend and nxt is not None and nxt[0] < sent.end:
        end = nxt[1]
    text = doc.text[s:end]
    key = _norm(text.split()[0] if term.extend else text)
    forms = seen.setdefault(target.id, [])
    if any(f" {key} " in f" {k} " or f" {k} " in f" {key} " for k in forms):
        return
    forms.append(key)
    out.append(model.Framing(term=text, start=s, end=end, target=target.id, category=term.category))


#: words from a term's end to an aside that names whom its phrase means (العميلة للعدوان، في إشارة إلى ...): the
#: rest of its noun phrase and the bracket's في, no further, so a later aside about another word is not taken
_ASIDE_REACH = 3


@dataclass(frozen=True, slots=True)
class _Ask:
    """One use of a term whose targets are sought and what the article has labelled so far: what every resolution
    step of `_targets` reads (one record, so that each step's signature says only that it is such a step)."""

    doc: Doc
    around: _Around
    term: Term
    s: int
    e: int
    sent: Sentence
    last_target: dict[str, EntityDraft]
    last_by_category: dict[str, EntityDraft]
    last_by_family: dict[str, EntityDraft] | None
    tellers: frozenset[str]
    said_by: dict[str, frozenset[str]] | None


@dataclass(frozen=True, slots=True)
class _Near:
    """What the words right beside a term gave: the name found there (None: no one the term describes), the name
    before it joined to it by و (never its target), and whether an indefinite nisba after a militia term describes
    unnamed militias (ميليشيات شيعية: then only a party of the sentence they make up, or the collective a patron
    phrase after them names, is meant; never a group labelled elsewhere in the article)."""

    target: EntityDraft | None = None
    joined: EntityDraft | None = None
    described: bool = False


#: what a step of `_targets` answers: a list is the final answer (possibly empty: the term frames no one), None
#: passes to the next step
_Answer = list[EntityDraft] | None


def _targets(doc: Doc, around: _Around, term: Term, s: int, e: int, sent: Sentence,
             last_target: dict[str, EntityDraft],
             last_by_category: dict[str, EntityDraft],
             last_by_family: dict[str, EntityDraft] | None = None,
             tellers: frozenset[str] = frozenset(),
             said_by: dict[str, frozenset[str]] | None = None) -> list[EntityDraft]:
    """The entities one use of a loaded term (at s:e) frames. The steps run from the surest reading to the widest
    guess, and the first that answers wins:

    1. the term's own grammar (`_grammatical_target`): a verb's subject, a purpose clause's doer, an apposition, the
       plural examples it lists; then the owner an act noun's adjective names by ل (`_act_owner_target`);
    2. the name whose mention holds the term (`_held_target`), or the states the nisbas after it name;
    3. the possessor of a possessed term (`_possessor_target`);
    4. the people a description (`_described_unnamed_target`: لمن وصفهم) or a designation (`_designated_target`:
       وصفهم بـ، ما يسمى) names;
    5. the act a state's nisba is said of (`_act_target`), the group the term lists it among (`_listed_target`);
    6. the name right beside it on the side it attaches to (`_beside_next`, `_beside_prev`), else an aside after
       its phrase that says whom it means (`_aside_target`);
    7. the fallbacks that reach further (`_FALLBACKS`, in order): the group after من, the occupier, the last target
       of its family, examples, the groups a demonstrative points back to, the patron's group, the nearest actor,
       the teller's last target, the usual target, the story's sole or main group, the term's last target.

    A name found by steps 6-7 is then checked once: never the name joined to the term by و, nor one the term is not
    said of; an occupation word lands on the state whose force holds it (`_occupier_state`)."""
    q = _Ask(doc, around, term, s, e, sent, last_target, last_by_category, last_by_family, tellers, said_by)
    for step in (_grammatical_target, _act_owner_target, _held_target, _possessor_target,
                 _described_unnamed_target, _designated_target, _place_group_target):
        found = step(q)
        if found is not None:
            return found
    # ميليشيات الحوثي في اليمن والجماعات الإرهابية، حزب الله وحماس وميليشيات: a term joined by و names a second
    # party beside the one named before the conjunction, never that one
    joined = around.prev_before(s, _CONJUNCT_GAP, sent.start) if _conjoined(doc, s) else None
    for step in (_act_target, _listed_target):
        found = step(q)
        if found is not None:
            return found
    near: list[EntityDraft] | _Near
    if term.attach == "next":
        near = _beside_next(q, joined)
    elif term.attach == "prev":
        near = _beside_prev(q, joined)
    else:
        near = _Near(joined=joined)
    if isinstance(near, list):
        return near
    found = _aside_target(q, near)
    if found is not None:
        return found
    target = near.target
    if target is not None and term.attach_kinds and target.attrs.get("kind") not in term.attach_kinds:
        target = None  # ستطهر تركيا الإرهابيين: the state beside the term is the one fighting them
    if target is None:
        for fallback in _FALLBACKS:
            got = fallback(q, near)
            if isinstance(got, list):
                return got
            if got is not None:
                target = got
                break
    if target is None or target is near.joined or target.ref in term.not_refs:
        return []
    # أكد المكتب أن الاحتلال ارتكب مجزرة: a bare occupation word that found the state's army near it labels the state
    return [_occupier_state(doc, term, target, around, s, e)]


def _grammatical_target(q: _Ask) -> _Answer:
    """Whom the term's own grammar names, before any name near it: a bare verb's subject (a name holding the verb
    is no subject: NER's guesses), the doer of a purpose clause's act, a name in apposition to it, the examples a
    plural term lists. These readings are certain where they apply, so nothing nearer may override them."""
    doc, around, term, s, e, sent = q.doc, q.around, q.term, q.s, q.e, q.sent
    if term.bare_verb:
        return _verb_subject(around, term, s, e, sent)
    if term.purpose_doer and _purpose_object(doc, around, s, e, sent):
        return _purpose_doer(around, term, s, sent)
    appositive = _apposition(doc, around, term, s, e, sent)
    if appositive is not None:
        return [appositive]
    examples = _plural_examples(doc, around, term, s, e, sent)
    return examples or None


def _holding_entity(q: _Ask) -> EntityDraft | None:
    """The entity whose mention holds the term, read as the one it means: a term that names its own referent
    inside a longer mention is that referent's, and an unknown person's mention is read back to the party its
    description names."""
    around, term, s, e = q.around, q.term, q.s, q.e
    target = around.containing(s, e)
    if target is not None and term.attach == "self" and term.refs and target.ref not in term.refs:
        # الميليشيات التابعة لنظام الملالي as one mention of the militias: the term names its own referent (Iran),
        # whose mention inside the longer one holds it, not the militias the phrase describes
        target = next((x for m, x in around.mentions if x.ref in term.refs and m.start <= s and e <= m.end), target)
    if target is not None and target.type == "person" and target.ref is None:
        target = around.inside_description(target, s, e)
    return target


def _nisba_reread(q: _Ask, target: EntityDraft) -> EntityDraft:
    """A bare singular militia word the resolve stage read back to the story's group, followed by a state's nisba
    (الميليشيا اللبنانية in a Houthi story): the nisba names that country's one group, and that group is meant."""
    doc, around, term, s, e = q.doc, q.around, q.term, q.s, q.e
    if term.family and target.ref != _unresolved_ref() and _singular(doc, s, e) \
            and any(x is target and m.start == s and m.end == e for m, x in around.mentions):
        nisba = _nisba_after(doc, around, e, True)
        if nisba is not None and nisba.attrs.get("kind") in cues().nisba_kinds:
            return nisba
    return target


def _placeholder_target(q: _Ask, placeholder: EntityDraft) -> list[EntityDraft]:
    """A bare "الميليشيات" the resolve stage left unresolved: the group a nisba after it names (الميليشيا
    الحوثية), else the one this article already gave a term of the family (ميليشيا الحوثي … الميليشيات), else the
    group a demonstrative points back to; otherwise the placeholder stands for the unnamed militias themselves."""
    doc, around, term, s, e, sent, tellers = q.doc, q.around, q.term, q.s, q.e, q.sent, q.tellers
    # the nisba first: الميليشيا اللبنانية in a story of the Houthis' militias is Lebanon's group, not theirs
    target = _nisba_after(doc, around, e, _singular(doc, s, e)) or (q.last_by_family or {}).get(term.family or "")
    if target is None and term.kinds and _after_demonstrative(around, s, sent):
        # وتقول الحكومة التركية إن هذه الميليشيا ترتبط بـ…: the group named just before, as for any demonstrative
        target, _fought = around.referred_back(s, _reach_start(doc, sent), sent.start, term.kinds, term.not_refs,
                                               tellers)
        if target is None:
            # هذه الميليشيا with the group named further back: the one group of its kinds the article names
            groups = [x for x in doc.entities if x.type == "actor" and x.mentions and x is not placeholder
                      and x.attrs.get("kind") in term.kinds and x.ref not in term.not_refs
                      and x.id not in tellers and any(m.start < s for m in x.mentions)]
            target = groups[0] if len(groups) == 1 else None
    return [target or placeholder]


def _nisba_row(q: _Ask) -> list[EntityDraft]:
    """The states the nisbas right after an occupation or aggression term name, one each (العدوان الأمريكي
    السعودي), or the one mention right after it (الاحتلال الأميركي as one mention of the state): the adjective
    names the doer where no mention holds the term."""
    doc, around, term, e, sent = q.doc, q.around, q.term, q.e, q.sent
    named: list[EntityDraft] = []
    end = e
    bridged = False
    while (w := around.next_word(end)) is not None and around.gap(end, w[0]) == 0 and w[0] < sent.end \
            and not _CLAUSE_BREAK.search(doc.text[end:w[0]]):  # الميليشيات المتمردة، عبدالملك الحوثي
        word = fold_text(doc.text[w[0]:w[1]])
        if term.state_nisbas and not named and not bridged and word in cues().nisba_bridges:
            # الاحتلال العسكري الإسرائيلي: the act's means stands between the term and its doer's nisba
            bridged = True
            end = w[1]
            continue
        if named and word.startswith("وال"):
            word = word[1:]  # العدوان الأميركي والتركي: a second nisba joined by و
        ref = dict(term.adjectives).get(word) or (_state_nisbas().get(word) if term.state_nisbas else None)
        got = _led_coalition(doc, ref) if ref and term.coalition_first else None
        got = got or (_state_named(doc, around, ref, w) if ref else None)
        if got is None and not named and not term.genitive:
            got = around.containing(w[0], w[1])  # الاحتلال الأميركي as one mention of the state
            if got is not None and term.attach_kinds and got.attrs.get("kind") not in term.attach_kinds:
                got = None  # الاحتلال "يهدم البيوت": a quote after it, no occupier
        if got is None:
            break
        if got not in named:
            named.append(got)
        if not ref:
            break  # a name, not a nisba: nothing after it belongs to the term
        end = w[1]
    return named


def _act_owner(around: _Around, term: Term, e: int, sent: Sentence) -> EntityDraft | None:
    """The group an act the term describes is said to be of, by ل right after the act's adjectives (الأعمال الإجرامية
    والإرهابية للميليشيات، الأعمال الإرهابية لتنظيم داعش): the act is that group's, so the label is on it, as
    with a doer's genitive. Only a group of the term's kinds (`attach_kinds`, else `kinds`): لليوم الثالث is no
    owner, nor a state a hostile act is done to."""
    kinds = term.attach_kinds or term.kinds
    w = around.next_word(e)
    while w is not None and w[0] < sent.end and around.gap(e, w[0]) == 0:
        word = w[2]
        # a sister adjective of the same act (الإجرامية والإرهابية) stands between the term and the owner
        if word in folded_words("framing", "or_words") or _whole_term(word) \
                or (word.startswith("و") and _whole_term(word[1:])):
            e, w = w[1], around.next_word(w[1])
            continue
        if not word.startswith("ل") or len(word) < 4:
            return None
        owner = around.containing(w[1] - 1, w[1])
        return owner if owner is not None and (not kinds or owner.attrs.get("kind") in kinds) else None
    return None


def _act_owner_target(q: _Ask) -> _Answer:
    """The owner an act noun's adjective names by ل (`_act_owner`): said of it before any name nearer the word."""
    if not q.term.not_prev or q.term.attach != "prev":
        return None
    owner = _act_owner(q.around, q.term, q.e, q.sent)
    return [owner] if owner is not None and _describes_act(q.around, q.term, q.s, q.sent.start) else None


#: words a liberation word may stand from the place it frees (تحرير مدينة درنة: the noun مدينة between)
_LIBERATED_PLACE_GAP = 1
#: characters from a people-form's end to the place in construct with it: the space and at most a quote mark
#: ("متطرفي درنة"); further off, the place opens a phrase of its own
_PLACE_GROUP_GAP = 2


def _place_group_target(q: _Ask) -> _Answer:
    """متطرفي درنة (`place_group`) or تحرير مدينة درنة من الإرهاب (`liberated_by`): the armed group of that place,
    the one actor of the term's kinds whose mention holds the place's name (مجلس شورى مجاهدي درنة). The place names
    where they are, not who they are; with no such group (or several) the later steps decide as before. The
    construct is then a mention of the group, so that هؤلاء المتطرفين after it points back to it."""
    doc, around, term, s, e, sent = q.doc, q.around, q.term, q.s, q.e, q.sent
    if not (term.place_group or term.liberated_by):
        return None
    places = [m for x in doc.entities if x.type == "place" for m in x.mentions]
    place: model.Mention | None = None
    if term.place_group:
        # the place right after the term (a quote mark aside: "متطرفي درنة")
        place = next((m for m in places if m.start >= e and around.gap(e, m.start) == 0
                      and m.start - e <= _PLACE_GROUP_GAP), None)
    if place is None and term.liberated_by:
        before = around.words_before(s, sent.start, 1)
        if before and before[0][2] == "من":
            place = next((m for m in places if m.end <= before[0][0] and around.gap(m.end, before[0][0]) == 0), None)
            lead = around.words_before(place.start, sent.start, _LIBERATED_PLACE_GAP + 1) if place else []
            if not any(w[2] in term.liberated_by for w in lead):
                place = None
    if place is None:
        return None
    group = _group_of_place(doc, term, place)
    if group is None:
        return None
    if term.place_group:
        around.add(model.Mention(s, place.end, doc.text[s:place.end], "pattern"), group)
    return [group]


def _group_of_place(doc: Doc, term: Term, place: model.Mention) -> EntityDraft | None:
    """The one armed actor of the term's kinds a mention of which holds the place's name as whole words."""
    name = f" {fold_text(place.text)} "
    kinds = term.kinds or cues().designated_kinds
    found = [x for x in doc.entities if x.type == "actor" and x.attrs.get("kind") in kinds
             and x.ref not in term.not_refs
             and any(name in f" {fold_text(m.text)} " for m in x.mentions)]
    return found[0] if len(found) == 1 else None


def _held_target(q: _Ask) -> _Answer:
    """The name whose mention holds the term (الميليشيات الحوثية as one mention), or, for an occupation or
    aggression term no fitting mention holds, the states its nisbas name: a term inside a name is that name's."""
    doc, around, term, s, e, sent = q.doc, q.around, q.term, q.s, q.e, q.sent
    target = _holding_entity(q)
    if target is not None and term.category == "legitimising" \
            and not any(x is target and m.start == s and m.end == e for m, x in around.mentions):
        # هيئة تحرير الشام: the word is part of the group's name, not the article's choice; but a term that is
        # the whole mention (الثوار, the actors pack's word for Syria's rebels) is the article's choice of name
        return []
    if target is not None:
        target = _nisba_reread(q, target)
    if target is not None and target.ref is not None and target.ref == _unresolved_ref():
        return _placeholder_target(q, target)
    if target is not None and (term.adjectives or term.state_nisbas) and term.attach_kinds \
            and target.attrs.get("kind") not in term.attach_kinds:
        # مرتزقة الاحتلال التركي as one name of the proxies: the occupier is the state its nisba names
        target = None
    if target is not None and (term.adjectives or term.state_nisbas) and _nisba_state(doc, around, term, e, sent):
        # طائرات الاحتلال الروسي: a force alias holding the term (طائرات الاحتلال is Israel's in the pack) yields
        # to the state the nisba names, and the state is what the term labels (قوات الاحتلال الأميركي)
        target = None
    if term.state_nisbas and _unnamed_doer_after(doc, around, e, sent):
        return []  # لعدوان خارجي، الاحتلال النازي لفرنسا: the doer is described, not named
    if target is None and (term.adjectives or term.state_nisbas):
        named = _nisba_row(q)
        if named:
            return named
    if target is not None:
        return [_occupier_state(doc, term, target, around, s, e)]
    return None


def _possessor_target(q: _Ask) -> _Answer:
    """A possessed term (ميليشياته، إيران وميليشياتها) labels its possessor: the nearest actor before it the
    pronoun can stand for; a genitive act with no doer after it (احتلالها من قبل تركيا) names no one."""
    doc, around, term, s, e, sent = q.doc, q.around, q.term, q.s, q.e, q.sent
    if not term.possessive:
        return None
    # ها and هم are never a man's (إيران وميليشياتها؛ بلاده … ميليشياتها is the country's, not the president's)
    word = fold_text(doc.text[s:e])
    human = not word.endswith(("ها", "هم", "هما")) and not term.attach_kinds
    suffix = next((x for x in _POSSESSIVE_SUFFIXES if word.endswith(x)), "")
    # the sentence before: a pronoun whose sentence names no one it can refer to refers back across it
    prior = [x.start for x in doc.sentences if x.start < sent.start]
    if term.genitive and not _object_follows(doc, around, e, sent):
        return []  # احتلالها من قبل تركيا، في الراغبين في احتلالها، احتلالها المركز الثالث: no doer named
    target = around.possessor(s, _PROXY_POSSESSOR_GAP if term.attach_kinds else _POSSESSOR_GAP, sent.start,
                              human, suffix, term.attach_kinds,
                              prior[-1] if prior else None)
    return [target] if target is not None and target.ref not in term.not_refs else []


def _described_unnamed_target(q: _Ask) -> _Answer:
    """A term given by a description of unnamed people (لمن وصفهم، من وصفتهم بـ"الإرهابيين") labels whom the
    article names after it (في إشارة إلى مقاتلي الحزب), else no one; it comes before designation, since لمن
    وصفهم designates no group named earlier. An occupation or aggression word still names the state its nisba
    names (ما وصفه بـ"العدوان" التركي), so those go on to the later steps."""
    around, term, s, e, sent = q.around, q.term, q.s, q.e, q.sent
    if not around.described_unnamed(s, sent.start):
        return None
    named = around.referred_to(e, sent.end)
    if named is not None:
        return [named]
    return None if term.state_nisbas else []


def _designated_target(q: _Ask) -> _Answer:
    """The group (or, for an epithet on a man, the person) a verb of designation gives the label to (وصفهم
    بـ"الإرهابيين"، ما يسمى، ووصفه بـ"الحيوان"), with the names joined to it (يصفهم ترامب وماكرون بالمجرمين)."""
    around, term, s, sent = q.around, q.term, q.s, q.sent
    if term.category == "terrorism" or (term.next_person and around.prev_before(s, term.gap, sent.start) is None):
        # an epithet on a man (القاتل، الحيوان) is given by the same verbs as a terrorism label; a name right
        # before it is its own target
        return around.designated(s, sent.start, sent.end, people=term.next_person)
    return None


def _act_target(q: _Ask) -> _Answer:
    """An occupation or aggression word said of an act rather than a party: the doer of the act it describes
    after بـ (وصف الهجوم بالعدوان), or of the act it is the predicate of (an indefinite term: الغارة عدوان)."""
    doc, around, term, s, e, sent = q.doc, q.around, q.term, q.s, q.e, q.sent
    if term.state_nisbas and _after_bi(doc, s):
        act = _described_act(doc, around, s, e, sent)
        if act is not None:
            return [act]
    if term.state_nisbas and not term.key.startswith("ال"):
        act = _predicated_act(doc, around, s, e, sent)
        if act is not None:
            return [act]
    return None


def _listed_target(q: _Ask) -> _Answer:
    """A term the sentence lists a group among, or sets a group apart from (other than), labels that group: the
    list says whom it is said of before any name nearer to the word."""
    doc, around, term, s, e, sent = q.doc, q.around, q.term, q.s, q.e, q.sent
    if term.nearest:
        listed = _listed_among(around, term, s, sent) or _other_than(doc, around, term, s, e, sent)
        if listed is not None:
            return [listed]
    return None


def _beside_next(q: _Ask, joined: EntityDraft | None) -> list[EntityDraft] | _Near:
    """A term that attaches forward (ميليشيات الحوثي، احتلال إسرائيل) labels the name right after it, or the group
    a nisba after it names though no mention holds it; a state after it may be where fighters come from or the
    patron of a collective, and a genitive after an act may be the one it is done to, not its doer."""
    doc, around, term, s, e, sent = q.doc, q.around, q.term, q.s, q.e, q.sent
    target = around.next_after(e, term.gap, sent.end) or _named_by_next_term(doc, around, e, sent)
    if target is None and term.family:
        # ميليشات الحوثي, الميليشيات الإرهابية الحوثية: the group the word after it names, though no mention
        # holds it there (a spelling no alias has), before any nearer actor of the sentence
        target = _nisba_after(doc, around, e, _singular(doc, s, e))
    # ميليشيات شيعية، مليشيات عراقية: unnamed militias the nisba describes: a party of the sentence may be what
    # they make up (الحشد الشعبي، المتشكل من ميليشيات شيعية), never a group labelled elsewhere in the article
    described = target is None and bool(term.family) and _indefinite_nisba_after(doc, around, e)
    w = around.next_word(e)
    if target is not None and target.attrs.get("kind") == "state" and w is not None and w[2] == "من" \
            and term.family:
        target = None  # ميليشيات من أفغانستان وباكستان: where the fighters come from, not who they are
    if term.family and (target is None or target.attrs.get("kind") == "state"):
        # ميليشيات إيرانية: the indefinite of الميليشيات الإيرانية, the collective its patron backs, not the state
        # (the nisba is a mention of the state only in an article that names the state nowhere else)
        target = _indefinite_collective(doc, around, s, e) or target
    if target is not None and term.genitive and not _doer_genitive(doc, around, target, e, sent.end):
        return []  # غزو الكويت: the name is the one invaded
    w = around.next_word(e) if target is None and term.verb else None
    if w is not None and w[0] < sent.end and around.gap(e, w[0]) == 0 and w[2] not in cues().particles \
            and not w[2].isdigit() and around.containing(w[0], w[1]) is None:
        return []  # التي تحتلها المديرية: its subject is named and is no actor
    return _Near(target, joined, described)


def _beside_prev(q: _Ask, joined: EntityDraft | None) -> list[EntityDraft] | _Near:
    """A term that attaches backward (an adjective: داعش الإرهابي) labels the name right before it, unless that
    name is not what it describes: a name a common noun or a fighting verb stands between, one compared to, the
    first of a coordination, the genitive of a noun a person's epithet agrees with; then the person or group the
    words after it name (`_unnamed_before`)."""
    doc, around, term, s, e, sent = q.doc, q.around, q.term, q.s, q.e, q.sent
    if around.unknown_name_before(s, sent.start):
        return []  # تنظيم الإخوان الإرهابي: the adjective is on a group the packs do not know, not on a name before it
    target = around.prev_before(s, term.gap, sent.start)
    if target is not None and term.gap and _common_noun_between(around, target, s, sent):
        # (a person named right after an epithet is still its target: هجوم برلين الذي نفذه المتطرف التونسي فلان)
        person = _person_after(doc, around, e, sent) if term.next_person and not term.told_person else None
        return [person] if person is not None else []
    if target is not None:
        # وحدات حماية الشعب، مثل داعش، منظمة إرهابية: the name after مثل is a comparison; the predicate is
        # said of the subject named right before the comparison
        target = _compared_subject(doc, around, target, s, sent) or target
    if target is not None and term.next_person and not term.told_person \
            and (around.prev_before(s, 0, sent.start) is None or _title_before(doc, around, target, s, sent)):
        # تنظيم داعش مقتل الجهادي السوري فلان: a name a word back is not what the term describes when a person
        # follows it (a name right before it is: داعش الإرهابي الصحفي فلان)
        person = _person_after(doc, around, e, sent)
        if person is not None:
            return [person]
    if target is not None and not term.key.startswith("ال") and around.fought_last(target, sent.start, s):
        return []  # اعتبرت كل من يحمل السلاح ضد الأسد إرهابيا: the ones so called are not named
    if target is not None and term.gap and (around.fights_before(target, sent.start, s)
                                            or around.particle_before(target, sent.start, s)):
        # الجيش يحاصر المتشددين، وتقول الوحدات إن الجهاديين: the name is a verb's subject, not described
        target = None
    if target is not None and term.gap and around.coordinated_between(target, s, sent.start):
        # الجيش السوري والجماعات المتشددة: the adjective is the coordinated, unnamed noun's; a counted one
        # may name its group after من (حيدت القوات التركية 12 إرهابيا من تنظيم PKK)
        group = _group_after_from(around, term, e, sent)
        return [group] if group is not None else []
    if target is not None and _conjoined(doc, s):
        # المقاتلين الأكراد والمتشددين: a term joined by و is a second noun, not the name before it (another
        # actor of the sentence may still be what it means: وساطة بين تركيا ومنظمة إرهابية)
        joined, target = target, None
    if target is not None and target.type == "person" and _person_head(around, target, s, sent.start):
        return []  # خطأ السادات القاتل: the adjective agrees with the noun the name is the genitive of
    return _unnamed_before(q, _Near(target, joined))


def _unnamed_before(q: _Ask, near: _Near) -> list[EntityDraft] | _Near:
    """A backward term with no name before it that it describes: the group the people it names belong to (after
    من) or the person it names after it (الجهادي البلجيكي فلان); with a name before it after بـ, the chain of names
    a designation gives it to."""
    doc, around, term, s, e, sent = q.doc, q.around, q.term, q.s, q.e, q.sent
    target = near.target
    if target is None and term.nearest:
        # للمتمردين في حزب العمال الكردستاني، إرهابيين من داعش: the group the people a term names belong to
        target = _group_after_from(around, term, e, sent)
        if target is not None and term.attach_kinds and target.attrs.get("kind") not in term.attach_kinds:
            return [target]  # من نظام الملالي: named by a loaded name of its own, whatever its kind
    if target is None and term.next_person:
        # القاتل فلان: the murderer a story tells of, no label on him (`told_person`)
        target = _person_after(doc, around, e, sent) if not term.told_person else None
        if target is not None:
            return [target]  # الجهادي البلجيكي فلان: the person it names, whatever kinds the term's groups are
        person = _epithet_person(doc, around, term, s, e, sent, q.last_target)
        if person is not None:
            # بسجن الجهادية الفرنسية (a name the entity stage missed)، وكان الجهادي البلجيكي المولود في…، وأوضح
            # الجهادي أنه: the epithet is a person's, not the group the person joined
            return person
    elif target is not None and term.next_person and _after_bi(doc, s):
        chain = _designated_chain(doc, around, target, s, sent.start)
        if len(chain) > 1:
            return [t for t in chain if t.ref not in term.not_refs]
    return _Near(target, near.joined)


def _aside_target(q: _Ask, near: _Near) -> _Answer:
    """A term naming no one beside it (القوات العميلة للعدوان (في إشارة إلى ألوية العمالقة)) labels whom the
    outlet's aside right after its phrase says is meant, when that party is of a kind the term is said of: the
    aside after العميلة للعدوان names the collaborators when it names a militia, the aggressor (the patron,
    للعدوان) when it names a state or coalition. With no aside, a whole term after a preposition names an unnamed
    patron, not whom the first term labels."""
    doc, around, term, s, e, sent = q.doc, q.around, q.term, q.s, q.e, q.sent
    if near.target is not None or term.attach not in ("prev", "next"):
        return None
    held = around.word_at(s)  # للعدوان: the words before the one holding the term, its proclitics included
    before = around.words_before(held[0] if held else s, sent.start, 1)
    aside = around.referred_to(e, sent.end, _ASIDE_REACH)
    if aside is not None and (aside.type != "actor" or aside.ref in term.not_refs
                              or not _aside_fits(term, aside)):
        aside = None
    if aside is not None:
        return [_occupier_state(doc, term, aside, around, s, e)]
    if before and _whole_term(before[0][2]) and _after_preposition(doc, around, s):
        return []  # العميلة للعدوان with no name beside it: the patron is unnamed, not whom the first term labels
    return None


# The fallbacks: with no name beside the term, each reaches further for whom it means. Each answers an entity (to
# check as a name beside it is), a list (the final answer) or None (the next one is tried).
_Fallback = EntityDraft | list[EntityDraft] | None


def _members_group(q: _Ask, near: _Near) -> _Fallback:
    """حيدت القوات 5 إرهابيين من تنظيم بي كا كا: the group the people a self-standing term names belong to, named
    right after من, before the term's usual group (which the article may not name at all)."""
    if q.term.attach == "self" and q.term.kinds:
        return _group_after_from(q.around, q.term, q.e, q.sent)
    return None


def _place_occupier(q: _Ask, near: _Near) -> _Fallback:
    """An occupied place (الأراضي المحتلة، الجولان المحتل) labels its occupier: the one the sentence names, else
    the state heading it."""
    if q.term.occupied_place:
        return _occupier(q.doc, q.around, q.s, q.e, q.sent) or _headed_state(q.doc, q.around, q.s, q.sent)
    return None


def _first_occupier(q: _Ask, near: _Near) -> _Fallback:
    """A bare occupation word on its first use labels the occupier the article is about."""
    if q.term.article_occupier and q.term.key not in q.last_target:
        return _article_occupier(q.doc, q.around)
    return None


def _family_before(q: _Ask, near: _Near) -> _Fallback:
    """A bare term of a family the article already gave a group (ميليشيا الحوثي … الميليشيات) means that group,
    unless an indefinite nisba describes other, unnamed militias."""
    if q.term.labelled_first and q.term.family and not near.described:
        return (q.last_by_family or {}).get(q.term.family)
    return None


def _examples_named(q: _Ask, near: _Near) -> _Fallback:
    """منظمات إرهابية مثل PYD وYPG: the groups it gives as examples."""
    if q.term.nearest and q.term.kinds:
        return _examples_after(q.doc, q.around, q.term, q.e, q.sent) or None
    return None


def _generic(q: _Ask, near: _Near) -> _Fallback:
    """Such groups in general: no one near it nor the story's main group is what it labels."""
    term = q.term
    if term.nearest and term.category in cues().main_fallback and _generic_use(q.doc, q.around, q.s, q.sent):
        return []
    return None


def _pointed_back(q: _Ask, near: _Near) -> _Fallback:
    """وأضاف أن هذه الجماعات الإرهابية: the groups just named, in this sentence or the last ones, whoever tells it
    (the story's main group is often the teller's ally); a state's term (هذا العدوان) may mean any of several
    states just named (the three of a joint strike), so groups only. When the only group before is the one
    fighting them, those meant are not named."""
    doc, around, term, s, sent = q.doc, q.around, q.term, q.s, q.sent
    if term.nearest and term.kinds and "state" not in term.kinds and _after_demonstrative(around, s, sent):
        target, fought = around.referred_back(s, _reach_start(doc, sent), sent.start, term.kinds, term.not_refs,
                                              q.tellers)
        if target is None and fought:
            return []
        return target
    return None


def _patron_group_of(q: _Ask, near: _Near) -> _Fallback:
    """المتمردين المدعومين من إيران with no name beside it: the group the packs know that patron's rebels to be,
    when the article names it (before the nearest actor: the force that routs them may stand closer)."""
    if q.term.patron_refs:
        group = _patron_group(q.doc, q.around, q.term, q.e, q.sent)
        if group is not None:
            return [group]
    return None


def _nearest_party(q: _Ask, near: _Near) -> _Fallback:
    """الإرهابيين، تحرير، المرتزقة with no name beside them: the term's usual target when the sentence names it,
    else the nearest plausible actor of the sentence, else the group the words say they are loyal or linked to."""
    doc, around, term, s, e, sent = q.doc, q.around, q.term, q.s, q.e, q.sent
    if not term.nearest:
        return None
    usual = _by_refs(doc, term.refs)
    if usual is not None and any(sent.start <= m.start < sent.end for m in usual.mentions):
        return usual
    # منظمة إرهابية مثلها مثل داعش: what it is likened to after it is never what the term is said of
    compared = _compared_after(doc, around, e, sent)
    # تركيا التي تحتلها منذ سنوات: a relative clause's verb with no subject right after it has its antecedent
    # for subject, so only a name before it (a state named later in the sentence is another clause's)
    antecedent = term.verb and _after_relative(around, s, sent)
    target = around.nearest(s, e, sent.start, sent.end, term.kinds,
                            "prev" if compared or antecedent else term.nearest_side or term.attach,
                            term.side_only or compared or antecedent, term.not_refs,
                            (cues().main_refs or {}).get(term.category or ""))
    if target is not None and target.id in around.fought.get(term.category or "", ()):
        target = None  # the article shows this actor fighting those the term names, elsewhere in it
    if target is None and term.kinds:
        # المتشددين الموالين للقاعدة، الجماعات المتطرفة المرتبطة بتنظيم داعش with no group of the sentence
        # they make up (الهيئة … الإسلاميين المتشددين المرتبطين بالقاعدة keeps the HTS the nearest search
        # found): the group they are loyal or linked to is the one the words speak of, not the story's
        # main group nor another named elsewhere
        target = _group_after_from(around, term, e, sent, linked=True)
    return target


def _backed_described(q: _Ask, near: _Near) -> _Fallback:
    """Militias an indefinite nisba describes, with no party of the sentence they make up (قوات الحشد الشعبي،
    وبضمنها ميليشيات شيعية مدعومة من إيران keeps the PMF): a patron phrase after their nisbas names the collective
    it backs (ميليشيات شيعية موالية لإيران); else no one."""
    if not near.described:
        return None
    w = q.around.next_word(q.e)
    target = _backed_collective(q.doc, q.around, q.s, w) if w is not None and w[0] < q.sent.end else None
    return target if target is not None else []


def _teller_before(q: _Ask, near: _Near) -> _Fallback:
    """The teller already gave a term of this category to a party of the story (SANA's «المجموعات الإرهابية» for
    the opposition of Daraa): its next bare one («خروج الإرهابيين») is the same party's, not the term's usual
    target named elsewhere in the article (ISIS in the Yarmouk basin)."""
    term = q.term
    if term.refs and term.nearest and term.category and q.tellers and q.said_by is not None \
            and q.said_by.get(term.category) == q.tellers:
        prev = q.last_by_category.get(term.category)
        if prev is not None and (not term.kinds or prev.attrs.get("kind") in term.kinds) \
                and prev.ref not in term.not_refs:
            return prev
    return None


def _usual(q: _Ask, near: _Near) -> _Fallback:
    """The party the term is usually said of (its refs), wherever the article names it."""
    return _by_refs(q.doc, q.term.refs) if q.term.refs else None


def _person_party(q: _Ask, near: _Near) -> _Fallback:
    """A self-standing term with refs whose party the article names only through a person of it."""
    if q.term.refs and q.term.attach == "self":
        return _party_of_person(q.doc, q.around, q.term, q.s, q.e)
    return None


def _category_before(q: _Ask, near: _Near) -> _Fallback:
    """The group this article already called by a term of the same category. The category is wide (العدو، الكيان
    الصهيوني، الانقلابيين are delegitimising as the militia words are): a party of another kind another term
    labelled (the coalition a Houthi statement calls العدو) is not whom a bare المتمردين of the militia family
    after it means."""
    term = q.term
    if not (term.nearest and term.category):
        return None
    if _people_form(q) and not q.around.after_group_noun(q.s, q.sent.start) and _people_in_general(q):
        # الجهاديين الذين سيغادرون السجون in a policy story: people in general, not the group labelled before (an
        # adjective on a group or fighters noun is not such a noun of people)
        return None
    target = q.last_by_category.get(term.category)
    if target is not None and term.family and term.kinds and target.attrs.get("kind") not in term.kinds:
        return None
    return target


def _sole_armed_group(q: _Ask, near: _Near) -> _Fallback:
    """ويشهد اليمن نزاعا بين القوات الحكومية والمتمردين (the Houthis named sentences before): a bare label of the
    militia family with no name in its sentence means the one armed group the article names before it; with two or
    more named, or one the article shows fighting them, the ones meant are not told. Those fought are those the
    article shows fighting a term of the same family (حصار المتمردين), not any of the wide category: the Houthis
    «التصدي للعدوان» fight the coalition's aggression, they are still the rebels."""
    around, term, s, sent = q.around, q.term, q.s, q.sent
    if not (term.labelled_first and term.nearest and term.kinds):
        return None
    fought = around.fought.get(f"family:{term.family}" if term.family else term.category or "", set())
    target = around.sole_group(tuple(k for k in term.kinds if k in cues().main_kinds), s, term.not_refs,
                               frozenset(fought), _backed_by_kinds(around, term.not_backed_by_kinds))
    if target is not None and (at := around.fought_object(s, sent.start)) is not None \
            and around.fighting_subject(target, sent.start, at):
        return None  # نجح الجيش الليبي في تحرير المنطقة من الميليشيات: this sentence has it fighting them
    return target


def _main_armed_group(q: _Ask, near: _Near) -> _Fallback:
    """The story's armed group, never one the term is not aimed at (the opposition for الجهاديين in an Idlib story)
    nor one the article shows fighting them elsewhere (الجيش الوطني لاستعادة المدينة من قبضة الجماعات
    الإرهابية), nor the one this sentence has fighting them."""
    around, term, s, sent = q.around, q.term, q.s, q.sent
    if not (term.nearest and term.category in cues().main_fallback):
        return None
    if term.main_after_group and not (around.after_group_noun(s, sent.start) or around.counted(s, sent.start)):
        # نفذها متشددون، تحت سيطرة المتشددين: a plural noun of people, not an adjective on a noun, names the story's
        # jihadist group only where the article leaves no doubt which
        return _story_jihadists(q) if _people_noun(q) else None
    if _people_form(q) and not around.after_group_noun(s, sent.start) and _people_in_general(q):
        # سيغادر الجهاديون السجون الفرنسية: people in general, not the story's group (a policy story's word); an
        # adjective on a group or fighters noun (زوجات المسلحين المتشددين) is the group's whatever stands around it
        return None
    target = around.main_actor(tuple(k for k in term.kinds if k in cues().main_kinds), s, term.not_refs,
                               (cues().main_refs or {}).get(term.category or ""),
                               frozenset(around.fought.get(term.category or "", ())),
                               around.counted(s, sent.start))
    if target is not None and around.fighter(target, sent.start, s):
        return None
    return target


@cache
def _generic_people() -> frozenset[str]:
    """Words beside a plural people-form that make it people in general (`generic_people_words`), folded."""
    return frozenset(_clitic_free(w) for w in folded_words("framing", "generic_people_words"))


def _people_form(q: _Ask) -> bool:
    """Whether the term at `q.s` is written as one of its `people_forms` (متشددون، المتشددين), folded."""
    return fold_text(q.doc.text[q.s:q.e]) in q.term.people_forms


def _people_noun(q: _Ask) -> bool:
    """Whether the term at `q.s` is one of its `people_forms` standing as a noun of its own: not an adjective on
    a plural noun of people right before it of the same definiteness (إسلاميين متشددين، رجال الدين المتشددين،
    المحافظون المتشددون), and with no word of people in general near it (`_people_in_general`)."""
    around, s = q.around, q.s
    if not _people_form(q):
        return False
    definite = around.definite_at(s)
    before = around.words_before(s, q.sent.start, 1)
    if before and around.gap(before[0][1], s) == 0 and (
            (before[0][2].startswith(("ال", "لل", "وال", "بال")) == definite
             and before[0][2].endswith(("ون", "ين", "اء"))) or before[0][2] in cues().group_nouns
            or (not definite and _accusative_group_noun(before[0][2]))):
        return False
    return not _people_in_general(q)


def _accusative_group_noun(word: str) -> bool:
    """Whether `word` (folded) is an indefinite accusative group noun (تنظيما، فصيلا): an indefinite people-form
    right after it (أسس تنظيما متشددا) is its adjective, a new unnamed group, not counted people (قتل 44 متشددا)."""
    if not word.endswith("ا") or word.startswith("ال"):
        return False
    nouns = cues().group_nouns
    # the bare stem first: _clitic_free would read the ف of فصيلا as a conjunction
    return any(x in nouns or "ال" + x in nouns for x in (word[:-1], _clitic_free(word[:-1])))


def _people_in_general(q: _Ask) -> bool:
    """Whether a word of `generic_people_words` stands within three words of the term (سجناء، الأجانب، العائدين،
    أخطر): it speaks of such people in general, not of the story's group."""
    around = q.around
    near = [w[2] for w in around.words_before(q.s, q.sent.start, 3)]
    w = around.next_word(q.e)
    for _ in range(3):
        if w is None or w[0] >= q.sent.end:
            break
        near.append(w[2])
        w = around.next_word(w[1])
    generic = _generic_people()
    return any(x in generic or _clitic_free(x) in generic for x in near)


def _story_jihadists(q: _Ask) -> _Fallback:
    """The jihadist group (`main_refs`) a bare plural people-form names: the only one named in the term's sentence
    or the one before it, before the term; else the only one the article names, when the article names it more
    often than any other armed group (the story is about it) and names it before the term or more than once. None
    where several are named nearby, or the article shows that group fighting them (the ones meant are not told)."""
    around, term, s, sent = q.around, q.term, q.s, q.sent
    only = (cues().main_refs or {}).get(term.category or "")
    if only is None:
        return None
    kinds = tuple(k for k in term.kinds if k in cues().main_kinds)
    fought = frozenset(around.fought.get(term.category or "", ()))
    count: dict[str, int] = {}
    jihadists: dict[str, tuple[int, EntityDraft]] = {}
    for m, ent in around.mentions:
        if ent.type != "actor" or ent.attrs.get("kind") not in kinds or ent.ref == _unresolved_ref():
            continue
        count[ent.id] = count.get(ent.id, 0) + 1
        if _one_of(ent, only) and ent.ref not in term.not_refs and ent.id not in fought:
            jihadists.setdefault(ent.id, (m.start, ent))
    starts = [x.start for x in q.doc.sentences]
    i = bisect.bisect_right(starts, sent.start) - 1
    lo = starts[i - 1] if i > 0 else sent.start
    near = {ent.id: ent for m, ent in around.mentions if ent.id in jihadists and lo <= m.start < s}
    if len(near) == 1:
        target = next(iter(near.values()))
    elif not near and len(jihadists) == 1:
        first, target = next(iter(jihadists.values()))
        # named only after the term (a lead's هجمات نفذها متشددون before the body names the Islamic State) it is
        # still the one meant when named again; and a jihadist group named in passing in a story about others (an
        # essay on Idlib naming the Islamic State twice) is not whom the story's militants are
        if (first >= s and count[target.id] < 2) or any(n >= count[target.id] for other, n in count.items()
                                                          if other != target.id):
            return None
    else:
        return None
    return None if around.fighter(target, sent.start, s) else target


def _referred_back(q: _Ask, near: _Near) -> _Fallback:
    """A bare anaphoric term refers back: to its own last target, else to the nearest actor before it. A term of
    some kinds of group never falls back on a state or person before it (ودعم إيران الميليشيات: the militias are
    Iran's proxies, not Iran), nor on the actor a word of fighting stands after (الجيش الليبي في تحرير المنطقة من
    الميليشيات)."""
    around, term, s, sent = q.around, q.term, q.s, q.sent
    if not term.anaphor:
        return None
    target = q.last_target.get(term.key)
    if target is None:
        before = around.prev_before(s, 99, sent.start)
        if before is not None and (not term.kinds or before.attrs.get("kind") in term.kinds) \
                and not ((at := around.fought_object(s, sent.start)) is not None
                         and around.fighting_subject(before, sent.start, at)):
            target = before
    return target


#: `_targets`' last step, in order: from the group a term's own words name to the story's main group and the
#: term's last target
_FALLBACKS = (_members_group, _place_occupier, _first_occupier, _family_before, _examples_named, _generic,
              _pointed_back, _patron_group_of, _nearest_party, _backed_described, _teller_before, _usual,
              _person_party, _category_before, _sole_armed_group, _main_armed_group, _referred_back)


def _occupier_state(doc: Doc, term: Term, target: EntityDraft, around: _Around | None = None, s: int = 0,
                    e: int = 0) -> EntityDraft:
    """For an occupation term held by a state's force (قوات الاحتلال التركي، جيش الاحتلال as the army's alias), the
    state when the article names it, or when the force's mention holding the term carries the state's nisba (قوات
    الاحتلال التركية with Turkey named nowhere else, as الاحتلال الأميركي gets the USA): the occupier is the state
    (the seeds' gold puts قوات الاحتلال الأميركي among the USA's own mentions)."""
    if term.category != "occupation" or target.attrs.get("kind") != "state_force":
        return target
    entry = packs.entries_by_id().get(target.ref or "")
    state = _by_refs(doc, (entry.parent,)) if entry is not None and entry.parent else None
    if state is None and around is not None and entry is not None and entry.parent:
        held = [m for m, x in around.mentions if x is target and m.start <= s < m.end]
        hi = max([e, *(m.end for m in held)])
        state = _nisba_in(doc, around, entry.parent, s, hi)
        if state is None and not held and not term.occupied_place:
            # وقصف الاحتلال … مدفعية الاحتلال التركي: a bare use that found the force by a later mention holding the
            # same word labels the state that mention's nisba names, as that later use itself does (a force named
            # by its own name, الجيش التركي for القوات الغازية, and a place called occupied keep the force)
            state = next((x for m, x in around.mentions if x is target
                          and f" {term.key} " in f" {fold_text(doc.text[m.start:m.end])} "
                          for x in [_nisba_in(doc, around, entry.parent, m.start, m.end)] if x is not None), None)
    if state is None and around is not None and entry is not None and entry.parent and any(
            x is target and m.start <= s < m.end and f" {term.key} " in f" {fold_text(doc.text[m.start:m.end])} "
            for m, x in around.mentions):
        # قتلت قوات الاحتلال … وزارة الخارجية الإسرائيلية: the occupation word inside the force's own mention
        # labels the state that is named nowhere by its name but by its nisba in another mention of one of its
        # bodies, the force's own included (الجيش الإسرائيلي, as `_present` finds the occupied areas' occupier);
        # a nisba in the very mention that holds the term (القوات التركية الغازية) keeps the force
        state = _sibling_nisba_state(doc, around, entry.parent, s)
    return state if state is not None and state.attrs.get("kind") == "state" else target


def _nisba_in(doc: Doc, around: _Around, ref: str, lo: int, hi: int) -> EntityDraft | None:
    """The state `ref` when its nisba is a word after `lo` ending by `hi` (inside a force's mention)."""
    nisbas = _state_nisbas()
    w = around.next_word(lo)
    while w is not None and w[1] <= hi:
        if nisbas.get(w[2]) == ref:
            return _state_named(doc, around, ref, w)
        w = around.next_word(w[1])
    return None


def _nisba_state(doc: Doc, around: _Around, term: Term, e: int, sent: Sentence) -> str | None:
    """The pack id of the state whose nisba stands right after a term's end `e` (الاحتلال الروسي), if any."""
    w = around.next_word(e)
    if w is None or w[0] >= sent.end or around.gap(e, w[0]) > 0:
        return None
    word = fold_text(doc.text[w[0]:w[1]])
    if term.state_nisbas and word in cues().nisba_bridges:
        # قوات الاحتلال العسكري التركي: the nisba after the act's means
        w = around.next_word(w[1])
        if w is None or w[0] >= sent.end or _CLAUSE_BREAK.search(doc.text[e:w[0]]):
            return None
        word = fold_text(doc.text[w[0]:w[1]])
    return dict(term.adjectives).get(word) or (_state_nisbas().get(word) if term.state_nisbas else None)


def _title_before(doc: Doc, around: _Around, target: EntityDraft, s: int, sent: Sentence) -> bool:
    """Whether the name right before a term at `s` is only a title (الرئيس المصري، رئيس الوزراء: `title_words`): the
    office's holder the entity stage took it for may be another than the person the name after the epithet gives
    (الرئيس المصري المخلوع حسني مبارك is Mubarak, not the president in office)."""
    here = [m for m, ent in around.mentions if ent is target and sent.start <= m.start and m.end <= s]
    if not here or around.gap(here[-1].end, s) > 0:
        return False
    words = fold_text(here[-1].text).split()
    return bool(words) and _clitic_free(words[0]) in cues().title_words


def _person_after(doc: Doc, around: _Around, e: int, sent: Sentence) -> EntityDraft | None:
    """A person named right after a term's end `e`, past one nisba of origin (الإرهابي المصري فلان)."""
    after = around.next_after(e, 0, sent.end)
    w = around.next_word(e)
    if after is None and w is not None and w[0] < sent.end and around.gap(e, w[0]) == 0 and (
            (_nisba(w[2]) and not w[2].startswith("المو"))  # المصري، العراقي; not الموالي (a patron follows)
            or w[2] in cues().person_epithets):  # الإرهابي الهارب فلان، الإرهابي المطلوب فلان
        after = around.next_after(w[1], 0, sent.end)
    return after if after is not None and after.type == "person" else None


def _person_head(around: _Around, target: EntityDraft, s: int, lo: int) -> bool:
    """Whether a noun of `person_heads` stands right before the person's nearest mention before `s`."""
    starts = [m.start for m, x in around.mentions if x is target and lo <= m.start and m.end <= s]
    before = around.words_before(max(starts), lo, 1) if starts else []
    return bool(before) and any(f in cues().person_heads for f in _noun_forms(_clitic_free(before[0][2])))


def _designated_chain(doc: Doc, around: _Around, target: EntityDraft, s: int, lo: int) -> list[EntityDraft]:
    """The names joined by و that end in `target` right before a term with ب, when a designation verb stands
    right before the first (يصف ترامب وماكرون وماي بالمجرمين: the verb labels them all); else [target]."""
    mine = [(m, x) for m, x in around.mentions if lo <= m.start and m.end <= s]
    chain = [x for m, x in mine[-1:] if x is target]
    if not chain:
        return [target]
    cur = mine[-1][0]
    for m, x in reversed(mine[:-1]):
        if m.end > cur.start:
            continue
        gap = doc.text[m.end:cur.start].strip()
        if x is chain[0] and not gap:
            cur = m  # الرئيس الأمريكي دونالد ترامب: a title and the name, one party
            continue
        # و، or و with a head noun in apposition (ونظيره الفرنسي إيمانويل ماكرون)
        if not gap.startswith("و") or len(gap.split()) > 2 or x in chain:
            break
        chain.insert(0, x)
        cur = m
    before = around.words_before(cur.start, lo, 1)
    return chain if before and before[0][2] in cues().designate else [target]


@cache
def _apposition_heads() -> frozenset[str]:
    """The nouns that may stand between an aside's pronoun and its term: the pack's group and name nouns and its
    apposition_heads (built once, not per term)."""
    return cues().group_nouns | cues().name_nouns | folded_words("framing", "apposition_heads")


#: words that may stand between the pronoun and the term
_APPOSITION_GAP = 2


def _apposition(doc: Doc, around: _Around, term: Term, s: int, e: int, sent: Sentence) -> EntityDraft | None:
    """The actor named right before a comma and an aside that opens with a pronoun and holds the term (حزب الله،
    وهو ميليشيا مدعومة من إيران؛ حركة الشباب، وهي جماعة متشددة؛ هيئة تحرير الشام، وهي تحالف لفصائل متشددة): the
    aside describes that name, even when the entity stage made the description a mention of its own (قوات مدعومة من
    إيران). Only group nouns may stand between the pronoun and the term, and the name must be of a kind the term is
    said of."""
    if term.attach == "self" or term.possessive or term.verb:
        return None  # a term that names its own target, or a possessed or verb term, is no description
    inside = around.containing(s, e)
    if inside is not None and (inside.ref is not None or not any(
            m.start == s for m, x in around.mentions if x is inside)):
        return None  # a word inside a proper name (غرفة عمليات ردع العدوان), not a description
    # pronouns that open an aside describing the name before its comma (حزب الله، وهو ميليشيا …); group nouns may
    # stand between (وهي تحالف لفصائل متشددة)
    heads = _apposition_heads()
    before = around.words_before(s, sent.start, _APPOSITION_GAP + 1)
    for k, w in enumerate(before):
        if w[2] in folded_words("framing", "apposition_pronouns"):
            break
        word = w[2][1:] if w[2][:1] == "ل" and len(w[2]) > 4 else w[2]  # وهي تحالف لفصائل
        if word not in heads or k >= _APPOSITION_GAP:
            return None
    else:
        return None
    if _CLAUSE_BREAK.search(doc.text[w[1]:s]):
        return None  # the aside ends before the term
    comma = doc.text[:w[0]].rstrip(" \t\"'«»“”")
    if comma.endswith(("،", ",")):
        name_end = len(comma[:-1].rstrip(" \t\"'«»“”)"))
    elif w[2] in folded_words("framing", "copula_words") and doc.text[len(comma):w[0]].strip() == "":
        # حزب الله هو ميليشيا أنشأها الحرس الثوري: a bare copula right after a name opens its predicate
        name_end = len(comma)
    else:
        return None
    named = next((x for m, x in around.mentions if m.end == name_end and m.start >= sent.start), None)
    if named is None or named.type != "actor" or named is inside:
        return None
    kinds = term.attach_kinds or term.kinds
    return named if not kinds or named.attrs.get("kind") in kinds else None


def _after_bi(doc: Doc, s: int) -> bool:
    """Whether the term at `s` is governed by the preposition ب, quoted or not (بالمجرمين، بـ"المجرمين")."""
    pre = doc.text[max(0, s - 4):s].rstrip("\"'«“ـ ")
    return pre.endswith("ب") and (len(pre) < 2 or not pre[-2].isalpha())


def _describes(word: str) -> bool:
    """Whether a folded word is a verb of describing (وصف، ووصفتها، يصفون، واصفة), clitics and endings aside."""
    cue = cues()
    verbs = cue.designate | cue.call_verbs
    forms = {word, word[1:] if word[:1] in "وف" else word}
    for f in list(forms):
        for suf in ("هما", "هم", "ها", "ه", "ون", "وا"):
            if f.endswith(suf) and len(f) > len(suf) + 2:
                forms.add(f[: -len(suf)])
    return bool(forms & verbs)


def _described_act(doc: Doc, around: _Around, s: int, e: int, sent: Sentence) -> EntityDraft | None:
    """The state whose act a verb of describing calls by the term after ب (ونددت دمشق بالغارات الإسرائيلية
    ووصفتها بـ"العدوان"، يصفون القصف الأمريكي بالعدوان): the nisba right after the act's noun, nearest before the
    term in its sentence. None when a nisba follows the term (بالعدوان التركي: that one names it)."""
    after = around.next_word(e)
    if after is not None and after[0] < sent.end and around.gap(e, after[0]) == 0 \
            and _state_nisbas().get(after[2]) is not None:
        return None
    before = around.words_before(s, sent.start, _DESIGNATION_REACH)
    if not any(_describes(w[2]) for w in before[:_VERB_REACH]):
        return None
    acts = cues().hostile_acts
    for k, w in enumerate(before[:-1]):
        ref = _state_nisbas().get(w[2])
        if ref is not None and _clitic_free(before[k + 1][2]) in acts:
            return _by_refs(doc, (ref,))  # the article's own entity only: no new one from a description
    return None


def _predicated_act(doc: Doc, around: _Around, s: int, e: int, sent: Sentence) -> EntityDraft | None:
    """The state whose act or presence an indefinite term is said to be, as the predicate of a nominal sentence or
    the second object of a verb of deeming (الوجود التركي احتلال، تعتبر دمشق الوجود العسكري الأمريكي احتلالا): the
    nisba right before the term, after an act or presence noun (an adjective may stand between). Also after a verb
    of describing with بأنه/بأنها (وصف العملية التركية بأنها "احتلال"), as _described_act reads بـ. None when a
    nisba follows the term (احتلال تركي: the term's own adjective names it)."""
    after = around.next_word(e)
    if after is not None and after[0] < sent.end and around.gap(e, after[0]) == 0 \
            and _state_nisbas().get(after[2]) is not None:
        return None
    before = around.words_before(s, sent.start, _DESIGNATION_REACH)
    if not before:
        return None
    acts = cues().hostile_acts
    if before[0][2] in cues().copula_pronouns:
        # وصفت الخارجية العملية التركية بأنها "احتلال": the act a verb of describing before it names
        if not any(_describes(w[2]) for w in before[1:_VERB_REACH + 1]):
            return None
        for k in range(1, len(before) - 1):
            ref = _state_nisbas().get(before[k][2])
            if ref is not None and _clitic_free(before[k + 1][2]) in acts:
                return _state_named(doc, around, ref, before[k])
        return None
    if around.gap(before[0][1], s) > 0:
        return None
    before = before[_place_phrase(doc, before):]  # الوجود التركي في سوريا احتلال: the act is before the place
    ref = _state_nisbas().get(before[0][2]) if before else None
    if ref is None:
        return None
    if any(_clitic_free(w[2]) in acts for w in before[1:3]):
        return _state_named(doc, around, ref, before[0])
    return None


def _place_phrase(doc: Doc, before: list[tuple[int, int, str]]) -> int:
    """How many of the words `before` a predicate (nearest first) make a place phrase right before it (في سوريا،
    على الأراضي السورية، في العراق والمنطقة): a `place_prepositions` word, then only places, land nouns, state
    nisbas and و; 0 when there is none (ليس، a verb or any other word between keeps the act from the predicate)."""
    spans = [(m.start, m.end) for x in doc.entities if x.type == "place" for m in x.mentions]
    for k, w in enumerate(before[:_PLACE_PHRASE_REACH + 1]):
        word = w[2]
        if k and word in cues().place_prepositions:
            return k + 1
        bare = word[1:] if word.startswith("و") else word  # في العراق والمنطقة
        if not (bare in cues().land_nouns or _state_nisbas().get(bare) is not None
                or any(a <= w[0] and w[1] <= b for a, b in spans)):
            return 0
    return 0


def _compared_after(doc: Doc, around: _Around, e: int, sent: Sentence) -> bool:
    """Whether a comparison opens right after the term ending at `e` (مثلها مثل، شأنه شأن), a comma aside: a bare
    مثل is left out, as it opens examples (منظمات إرهابية مثل …)."""
    w = around.next_word(e)
    return w is not None and w[0] < sent.end and around.gap(e, w[0]) == 0 \
        and not _CLAUSE_BREAK.search(doc.text[e:w[0]].replace("،", "").replace(",", "")) \
        and w[2] in cues().comparison_words and w[2] not in cues().example_words


def _compared_subject(doc: Doc, around: _Around, target: EntityDraft, s: int, sent: Sentence) -> EntityDraft | None:
    """The subject a name right before the term at `s` is likened to (X، مثل Y، منظمة إرهابية; X مثله مثل Y):
    the actor named right before the `comparison_words` that open Y's phrase, when there is one; None otherwise
    (جماعات مثل داعش: the examples of an unnamed noun keep the term)."""
    mention = max(((m, ent) for m, ent in around.mentions if ent is target and m.end <= s and m.start >= sent.start),
                  key=lambda c: c[0].end, default=None)
    if mention is None:
        return None
    before = around.words_before(mention[0].start, sent.start, 4)
    k = 0
    while k < len(before) and (before[k][2] in cues().comparison_words or (k and before[k][2] == "علي")):
        k += 1
    if k == 0:
        return None
    subject = around.prev_before(before[k - 1][0], 0, sent.start)
    return subject if subject is not None and subject is not target else None


def _listed_among(around: _Around, term: Term, s: int, sent: Sentence) -> EntityDraft | None:
    """The party named right before وغيرهم من / وسائر that counts it among those the term at `s` names (دعم
    الإخوان وغيرهم من المتطرفين): the term is said of it too, not of such groups in general."""
    before = around.words_before(s, sent.start, 2)
    if len(before) < 2 or before[0][2] != "من" or before[1][2] not in cues().others_words:
        return None
    named = around.prev_before(before[1][0], 1, sent.start)
    kinds = term.attach_kinds or term.kinds
    return named if named is not None and named.type == "actor" and (
        not kinds or named.attrs.get("kind") in kinds) else None


def _other_than(doc: Doc, around: _Around, term: Term, s: int, e: int, sent: Sentence) -> EntityDraft | None:
    """The party named right before و that a term joined to it and followed by الأخرى counts among those it names
    (داعش والجماعات الإرهابية الأخرى، حزب العمال الكردستاني والتنظيمات الإرهابية الأخرى): the term is said of it too,
    where without الأخرى the two are distinct parties (a use in general, no record)."""
    nxt = around.next_word(e)
    if nxt is None or nxt[0] >= sent.end or around.gap(e, nxt[0]) > 0 \
            or nxt[2] not in folded_words("framing", "other_words") \
            or _CLAUSE_BREAK.search(doc.text[e:nxt[0]]):
        return None
    head, joined = s, _conjoined(doc, s)
    before = around.words_before(s, sent.start, 1)
    if before and around.gap(before[0][1], s) == 0 and _clitic_free(before[0][2]) in cues().group_nouns:
        # والتنظيمات المتطرفة الأخرى: the adjective's group noun carries the و
        head, joined = before[0][0], before[0][2].startswith("و")
    if not joined:
        return None
    named = around.prev_before(head, 1, sent.start)
    kinds = term.attach_kinds or term.kinds
    return named if named is not None and named.type == "actor" and (
        not kinds or named.attrs.get("kind") in kinds) else None


def _patron_group(doc: Doc, around: _Around, term: Term, e: int, sent: Sentence) -> EntityDraft | None:
    """The group of `term.patron_refs` whose patron a patron phrase right after the term's end `e` names (المدعومين
    من إيران، الموالين لإيران، المدعومون من طهران), when the article names that group; None otherwise."""
    w = around.next_word(e)
    if w is None or w[0] >= sent.end or around.gap(e, w[0]) > 0 \
            or not any(_clitic_free(w[2]).startswith(_clitic_free(p)) for p in cues().patron):
        return None
    nxt = around.next_word(w[1])
    if nxt is not None and nxt[2] == "من":
        nxt = around.next_word(nxt[1])
    if nxt is None or nxt[0] >= sent.end or around.gap(w[1], nxt[0]) > 1:
        return None
    # the patron's mention may start after a proclitic of its word (لإيران)
    named = {x.ref for m, x in around.mentions if nxt[0] <= m.start < nxt[1] and m.end <= nxt[1]}
    return next((_by_refs(doc, (group,)) for state, group in term.patron_refs if state in named), None)


def _group_after_from(around: _Around, term: Term, e: int, sent: Sentence,
                      linked: bool = False) -> EntityDraft | None:
    """The group of the term's `kinds` named right after من or في, or a word of belonging, after the term's end `e`
    (إرهابيا من تنظيم داعش، قاعدة خلفية للمتمردين في حزب العمال الكردستاني، مجموعة إرهابية تابعة لجبهة النصرة):
    the group they belong to. With `linked`, a word of loyalty or link (framing linked_words: الموالين ل، المرتبطة
    ب) leads to it too: the caller asks so only when no group of the sentence is what the term describes."""
    w = around.next_word(e)
    # a word of belonging (framing belonging_words: تابعة ل، ينتمي إلى) leads to the group as من does; the group
    # must still be of the term's kinds, so a state patron (الجماعات الإرهابية التابعة لإيران) is never taken
    leads = folded_words("framing", "belonging_words") | (folded_words("framing", "linked_words") if linked
                                                           else frozenset())
    if w is None or (w[2] not in ("من", "في") and w[2] not in leads) \
            or w[0] >= sent.end \
            or around.gap(e, w[0]) > 0:
        return None
    group = around.next_after(w[1], 1, sent.end)  # تنظيم before the name may be outside its mention
    if group is not None and term.kinds and group.attrs.get("kind") in term.kinds:
        return group
    # الإرهابيين من نظام الملالي: the one they belong to is named by a loaded name of its own, which says whose
    # they are whatever its kind
    after = around.next_word(w[1])
    if after is not None and after[0] < sent.end and around.gap(w[1], after[0]) == 0:
        text = fold_text(around.doc.text[after[0]:sent.end])
        for m in terms().find(text):
            named: Term = m.payloads[0]
            if m.start == 0 and named.attach == "self" and named.refs:
                return _by_refs(around.doc, named.refs)
    return None


def _generic_use(doc: Doc, around: _Around, s: int, sent: Sentence) -> bool:
    """Whether a term at `s` (or the group noun it qualifies: الجماعات الإرهابية) speaks of such groups in general:
    joined by و to another party or noun (الإخوان والجماعات الإرهابية، للمنظمات والجماعات الإرهابية) or the
    genitive of a noun of a field (`generic_heads`: تمويل الجماعات المتشددة، خبير في شؤون الجماعات المتطرفة).
    Such a use is no label on the story's main group."""
    head, word = s, ""
    before = around.words_before(s, sent.start, 1)
    if before and around.gap(before[0][1], s) == 0 and _clitic_free(before[0][2]) in cues().group_nouns:
        head, word = before[0][0], before[0][2]  # the group noun's word, with any و it carries
    prev = around.words_before(head, sent.start, 1)
    first = _WORD.match(doc.text, s)
    plural = (word or fold_text(first.group() if first else "")).endswith(("ات", "ين", "ون")) or (
        bool(word) and _clitic_free(word) in cues().broken_plurals)  # والعناصر الإرهابية
    if plural and (_conjoined(doc, s) or _conjoined(doc, head) or word.startswith("وال")):
        # a plural only: بين تركيا ومنظمة إرهابية is one party; joined to another loaded word (التنظيمات الإرهابية
        # والإرهابيين) it is a second word for the same people
        return not (prev and _whole_term(prev[0][2]))
    if not prev:
        return False
    field: list[str] = []
    if prev[0][2] == "في" and around.gap(prev[0][1], head) == 0:
        # الخبير في الجماعات المتطرفة: a field's noun (with its article) and في before the group noun, as with شؤون
        noun = around.words_before(prev[0][0], sent.start, 1)
        if noun:
            field = [noun[0][2][2:]] if noun[0][2].startswith("ال") else []
    # with a lone preposition or conjunction too (لتمويل التنظيمات الإرهابية، بمكافحة الجماعات المتطرفة، ودعم)
    w = prev[0][2]
    forms = _noun_forms(_clitic_free(w)) + ([w[1:]] if w[:1] in "وفبل" and len(w) > 3 else []) + field
    return any(f in cues().generic_heads for f in forms)


def _examples_after(doc: Doc, around: _Around, term: Term, e: int, sent: Sentence) -> list[EntityDraft]:
    """The groups of the term's `kinds` named as its examples right after it (`example_words`: جماعات إرهابية مثل
    حزب الله، منظمات إرهابية مثل PYD وYPG), each joined to the last by و or a comma."""
    w = around.next_word(e)
    # a comma may set the examples off (المنظمات الإرهابية، مثل …); a full stop or a bracket may not
    if w is None or w[0] >= sent.end or around.gap(e, w[0]) > 0 \
            or _CLAUSE_BREAK.search(doc.text[e:w[0]].replace("،", "").replace(",", "")) \
            or (_clitic_free(w[2]) not in cues().example_words and _like_clitic(around, w) is None
                and _example_phrase_end(around, w, sent) is None):
        return []
    if _compared_after(doc, around, e, sent):
        return []  # منظمة إرهابية مثلها مثل داعش: the pronoun is the subject's, داعش what it is likened to
    kinds = {*term.kinds, *cues().example_kinds}
    out: list[EntityDraft] = []
    end = w[1] if _clitic_free(w[2]) in cues().example_words \
        else _example_phrase_end(around, w, sent) or _like_clitic(around, w) or w[1]
    for m, ent in around.mentions:
        if m.start < end or m.end <= end:
            continue
        if m.start >= sent.end or doc.text[end:m.start].strip(" \t\"'«»“”،,()") not in ("", "و"):
            break
        if ent.type == "actor" and ent.attrs.get("kind") in kinds and ent not in out:
            out.append(ent)
        end = m.end
    return out


#: what may stand between two names joined under one term: the conjunction, or a comma earlier in a list (داعش،
#: النصرة والقاعدة), with the quote marks a name may carry (تنظيمي "القاعدة" و"داعش")
_JOINERS = frozenset({"و", "،", ","})
_QUOTES = "\"'«»“”"


def _plural_word(doc: Doc, s: int, e: int) -> bool:
    """Whether the term at s..e is a sound plural or dual (الإرهابيين، المتطرفتين، عصابات، ميليشيات): it may be said of
    several groups at once, where a singular (الإرهابية) agrees with the one name beside it."""
    words = fold_text(doc.text[s:e]).replace('"', " ").split()
    word = _clitic_free(words[-1]) if words else ""
    return word.endswith(("ين", "ون", "ات", "يي", "يو")) or word in cues().joined_plurals


def _joined_mention(doc: Doc, around: _Around, start: int, end: int, lo: int, hi: int,
                    forward: bool) -> tuple[Any, EntityDraft] | None:
    """The actor mention joined by و (or a list's comma) to the mention at start..end: the one ending right before it
    (backward) or starting right after it (forward), with nothing but the joiner and quote marks between."""
    best: tuple[Any, EntityDraft] | None = None
    for m, ent in around.mentions:
        after = forward and end < m.start < hi and (best is None or m.start < best[0].start)
        before = not forward and lo <= m.start and m.end < start and (best is None or m.end > best[0].end)
        if after or before:
            best = (m, ent)
    if best is None:
        return None
    between = doc.text[end:best[0].start] if forward else doc.text[best[0].end:start]
    joiner = "".join(ch for ch in between if not ch.isspace() and ch not in _QUOTES)
    return best if joiner in _JOINERS else None


def _with_conjuncts(doc: Doc, around: _Around, term: Term, targets: list[EntityDraft], s: int, e: int,
                    sent: Sentence) -> list[EntityDraft]:
    """A plural or dual term on the last or first of several groups joined by و is said of each of them: تنظيمي داعش
    والقاعدة الإرهابيين, جبهة النصرة وداعش الإرهابيتين, عصابات داعش والنصرة. Only bare names of groups are joined:
    a state or army among them (الجيش وداعش الإرهابيين, قتال بين ميليشيات الحوثي والجيش) is another party, one
    with a head noun of its own (ميليشيات الحوثي وقوات صالح) another phrase, and a term after بين sets two sides
    against each other (المواجهات بين ميليشيات الحوثي والمقاومة)."""
    if len(targets) != 1 or term.attach not in ("prev", "next") or not _plural_word(doc, s, e):
        return targets
    kinds = frozenset(term.attach_kinds) or cues().designated_kinds
    target = targets[0]
    if target.type != "actor" or target.attrs.get("kind") not in kinds:
        return targets
    forward = term.attach == "next"
    if forward:
        # (the name may hold the term: عصابات داعش is an alias of the group)
        here = [m for m, ent in around.mentions if ent is target and m.end < sent.end
                and (m.start <= s < m.end or (e <= m.start and around.gap(e, m.start) == 0))]
        if not here:
            return targets
        before = around.words_before(s, sent.start, 2)
        if any(_clitic_free(w[2]) in cues().between_words for w in before):
            return targets
        cur = here[0]
    else:
        here = [m for m, ent in around.mentions if ent is target and sent.start <= m.start and m.end <= s]
        if not here or around.gap(here[-1].end, s) > 0:
            return targets
        cur = here[-1]
    chain = [target]
    while (nxt := _joined_mention(doc, around, cur.start, cur.end, sent.start, sent.end, forward)) is not None:
        m, ent = nxt
        first = _clitic_free(fold_text(m.text).split()[0]) if m.text.split() else ""
        if ent in chain or ent.type != "actor" or ent.attrs.get("kind") not in kinds \
                or first in cues().joined_heads:
            break
        chain.append(ent)
        cur = m
    if len(chain) > 1 and not forward and not fold_text(doc.text[s:e]).endswith("تين"):
        # a plural adjective after names joined by و may agree with the last alone, the object of a verb the others
        # are the subject of (تقاتل الوحدات وقسد الإرهابيين): several only under a dual head (تنظيمي داعش والقاعدة
        # الإرهابيين) or as a dual itself (الإرهابيتين)
        head = around.words_before(cur.start, sent.start, 1)
        if not head or around.gap(head[0][1], cur.start) > 0 or _clitic_free(head[0][2]) not in cues().dual_heads:
            return targets
    return chain if len(chain) > 1 else targets


def _conjoined(doc: Doc, s: int) -> bool:
    """Whether the word of a term starting at `s` opens with the conjunction و (والمتشددين)."""
    return s > 0 and doc.text[s - 1] == "و" and (s < 2 or not doc.text[s - 2].isalpha())


def _names_usual(around: _Around, term: Term, nxt: tuple[int, int, str] | None, e: int) -> bool:
    """Whether the word right after a term's end `e` is inside a mention of one of the term's usual targets
    (`refs`: بقايا داعش)."""
    if nxt is None or around.gap(e, nxt[0]) > 0:
        return False
    ent = around.containing(nxt[0], nxt[1])
    return ent is not None and ent.ref is not None and ent.ref in term.refs


@cache
def _collective_patrons() -> dict[str, frozenset[str]]:
    """Each collective's entry (الميليشيات الإيرانية) and the folded words that name its patron (الإيرانية، لإيران)."""
    return {ref: frozenset(fold_text(w) for w in words)
            for ref, words in (load_json("framing").get("collective_refs") or {}).items()}


def _indefinite_collective(doc: Doc, around: _Around, s: int, e: int) -> EntityDraft | None:
    """The collective a militia term at s..e names by the indefinite patron nisba right after it (ميليشيات إيرانية,
    as الميليشيات الإيرانية is), with the term and the nisba as its mention; None for any other word there."""
    w = around.next_word(e)
    if w is None or around.gap(e, w[0]) > 0 or _CLAUSE_BREAK.search(doc.text[e:w[0]]) or w[2].startswith("ال"):
        return None
    cid = next((c for c, words in _collective_patrons().items() if f"ال{w[2]}" in words), None)
    return _collective_entity(doc, around, cid, s, w[1]) if cid is not None else None


#: indefinite nisbas of origin or sect that may stand between an indefinite militia term and its patron phrase
#: (ميليشيات شيعية عراقية مدعومة من إيران)
_ORIGIN_NISBAS = 3


def _backed_collective(doc: Doc, around: _Around, s: int, w: tuple[int, int, str]) -> EntityDraft | None:
    """The collective an indefinite militia term names by an indefinite patron phrase after its nisbas of origin or
    sect (ميليشيات شيعية مدعومة من إيران، ميليشيات عراقية تدعمها طهران، ميليشيات أفغانية وباكستانية موالية لإيران),
    as الميليشيات الموالية لإيران is; `w` is the word right after the term. None for any other word there."""
    table = _collective_patrons()

    def backing(word: str) -> bool:
        return any(word.startswith(p) for p in cues().patron if not p.startswith("ال")) or word in cues().backing_verbs

    for _ in range(_ORIGIN_NISBAS):
        if backing(w[2]):
            break  # موالية ends as a nisba does, but is the patron word
        word = w[2][1:] if w[2].startswith("و") and len(w[2]) > 5 else w[2]
        named = around.containing(w[0], w[1])
        if word.startswith("ال") or not word.endswith("يه") or len(word) < 5 or (
                named is not None and named.type != "place" and named.attrs.get("kind") != "state"):
            break  # no indefinite nisba (a party's name, a verb of the clause, a definite word); a state's is one
        nxt = around.next_word(w[1])
        if nxt is None or _CLAUSE_BREAK.search(doc.text[w[1]:nxt[0]]):
            return None
        w = nxt
    else:
        return None
    # a patron word (موالية، مدعومة، تابعة) with ل or من before the patron, or a verb of backing (تدعمها إيران)
    patron = around.next_word(w[1]) if backing(w[2]) else None
    if patron is not None and patron[2] == "من":
        patron = around.next_word(patron[1])
    if patron is None or _CLAUSE_BREAK.search(doc.text[w[1]:patron[0]]):
        return None
    cid = next((c for c, words in table.items() if patron[2] in words), None)
    return _collective_entity(doc, around, cid, s, patron[1]) if cid is not None else None


@cache
def _count_words() -> frozenset[str]:
    """The number words of the numbers pack (ones, tens, hundreds, scales, their duals, vague counts), folded."""
    nums = load_json("numbers")
    return frozenset(fold_text(w) for key in ("ones", "tens", "hundreds", "scales", "scale_duals", "vague")
                     for w in nums.get(key) or ())


def _collective_refs() -> frozenset[str]:
    return frozenset(_collective_patrons())


def _common_noun_between(around: _Around, target: EntityDraft, s: int, sent: Sentence) -> bool:
    """Whether a definite common noun stands between the name before an adjective at `s` and the adjective: the
    adjective agrees with it (نفى البيت الأبيض العلاقة المزعومة), not with the name. A nisba (حزب الله اللبناني
    الإرهابي) or a group noun in apposition (داعش التنظيم الإرهابي) does not stop it."""
    ends = [m.end for m, x in around.mentions if x is target and sent.start <= m.start and m.end <= s]
    if not ends:
        return False
    end = max(ends)
    for ws, we, w in around.words_before(s, end, 3):
        if ws < end:
            continue
        noun = _clitic_free(w)
        if noun.startswith("ال") and not _nisba(noun) and noun not in cues().group_nouns \
                and noun not in cues().state_heads and noun not in cues().apposed_heads \
                and around.containing(ws, we) is None and w == noun:
            return True
    return False


def _doers_of_act(doc: Doc, around: _Around, s: int, e: int, sent: Sentence) -> bool:
    """Whether the term at s..e is a masculine sound plural (متطرفين، الإرهابيين) right after a noun of a hostile act
    (`hostile_acts`): people, the genitive doers of the act (هجوم متطرفين من جماعة …، هجوم المتشددين الذي تبناه
    التنظيم), never its adjective (هجمات إرهابية). After a noun of ideas (أفكار المتطرفين) they stay people in
    general."""
    words = fold_text(doc.text[s:e]).split()
    if not words or not words[-1].endswith(("ين", "ون")) or words[-1].endswith("تين"):
        return False
    before = around.words_before(s, sent.start, 1)
    return bool(before) and around.gap(before[0][1], s) == 0 and _clitic_free(before[0][2]) in cues().hostile_acts


def _nisba(word: str) -> bool:
    """A folded relative adjective or patron word (الإيرانية، الحوثي، الموالية): what labels a group's side."""
    return word.startswith("ال") and len(word) > 4 and (word.endswith(("ي", "يه")) or word[2:].startswith("موال")) \
        and word not in cues().not_nisbas


def _remember_description(around: _Around, targets: list[EntityDraft], e: int, hi: int,
                          described: dict[str, tuple[EntityDraft, frozenset[str]]]) -> None:
    """Keep the nisba right after a group a militia term named, with the word after a patron word
    (ميليشيات الحوثي الإيرانية → الايرانيه؛ ميليشيات الحوثي الموالية لإيران → المواليه، لايران)."""
    if len(targets) != 1 or targets[0].ref in _collective_refs():
        return
    ent = targets[0]
    # the name after the term, or the mention holding both (ميليشيات الحوثي as one mention)
    m = next((m for m, x in around.mentions if x is ent and e < m.end and m.start < hi), None)
    w = around.next_word(m.end) if m is not None and around.gap(e, max(e, m.start)) <= 1 else None
    if w is None or w[0] >= hi or around.gap(m.end, w[0]) > 0 or not _nisba(w[2]):
        return
    words = {w[2]}
    nxt = around.next_word(w[1])
    if nxt is not None and nxt[0] < hi and around.gap(w[1], nxt[0]) == 0:
        words.add(nxt[2])
    # every nisba the article gave the group counts (ميليشيات الحوثي الإيرانية … ميليشيات الحوثي الانقلابية): a
    # later description must not make it forget the patron an earlier one named
    earlier = described.pop(ent.id, (ent, frozenset()))[1]
    described[ent.id] = (ent, earlier | words)


def _same_description(doc: Doc, target: EntityDraft,
                      described: dict[str, tuple[EntityDraft, frozenset[str]]]) -> EntityDraft:
    """A collective of a patron's militias (الميليشيات الإيرانية، الميليشيات الموالية لإيران) in an article that
    already tied a named group's militias to that patron (ميليشيات الحوثي الإيرانية) is that group described
    again, not a new side; so is it, wherever it stands, in a story whose only group of that patron is one the
    collective always means there (`_sole_member`)."""
    patrons = _collective_patrons().get(target.ref or "")
    if not patrons:
        return target
    for ent, words in reversed(described.values()):
        if ent is not target and words & patrons:
            return ent
    return _sole_member(doc, target) or target


@cache
def _sole_members() -> dict[str, frozenset[str]]:
    """framing.json `sole_members`: per collective's ref, the ids of the groups it can only mean (`_sole_member`)."""
    return {ref: frozenset(ids) for ref, ids in (load_json("framing").get("sole_members") or {}).items()}


def _sole_member(doc: Doc, target: EntityDraft) -> EntityDraft | None:
    """The group of the collective `target`'s `sole_members` entry (the Houthis for the Iran-backed militias of
    Gulf outlets' Yemen stories: الميليشيات الموالية لإيران التي تحتل ميناء الحديدة) when the article names it and
    no other group the packs give the collective's patron (حزب الله beside the Houthis: the Iran-backed militias
    may be Hezbollah or many groups)."""
    members = _sole_members().get(target.ref or "")
    by_id = packs.entries_by_id()
    entry = by_id.get(target.ref or "")
    if not members or entry is None:
        return None
    patrons = set(entry.extra.get("patrons") or ())
    backed = [e for e in doc.entities if e.mentions and e.ref and e.ref != target.ref and e.ref in by_id
              and patrons & set(by_id[e.ref].extra.get("patrons") or ())]
    return backed[0] if len(backed) == 1 and backed[0].ref in members else None


def _forget_descriptions(targets: list[EntityDraft],
                         described: dict[str, tuple[EntityDraft, frozenset[str]]]) -> None:
    """Drop the groups tied to the patron of a collective among `targets` that named its own members: the article
    uses that collective for several groups, so a later use of it is no one group described again."""
    for target in targets:
        patrons = _collective_patrons().get(target.ref or "")
        if patrons:
            for key in [k for k, (_, words) in described.items() if words & patrons]:
                del described[key]


_MEMBERS_REACH = 4  # words from a collective's end to the word that opens its members (الموالية لإيران، خاصة)


def _members_named_after(doc: Doc, around: _Around, e: int, sent: Sentence) -> bool:
    """Whether a group term ending at `e` is followed, within a few words of its sentence, by a word that opens its
    examples or singles out some of them (مثل، منها، خاصة، لا سيما) and a group named right after that word."""
    cue = cues()
    words = around.words
    i = bisect.bisect_left(around.starts, e)
    for w in words[i:i + _MEMBERS_REACH]:
        if w[0] >= sent.end or "." in doc.text[e:w[0]]:
            return False
        phrase_end = _example_phrase_end(around, w, sent)
        if _clitic_free(w[2]) in cue.example_words or w[2] in cue.especially_words or phrase_end is not None \
                or (w[2][:1] in ("و", "ب") and w[2][1:] in cue.especially_words):
            nxt = around.next_after(phrase_end or w[1], 1, sent.end)
            return nxt is not None and nxt.type == "actor" and nxt.attrs.get("kind") not in ("state",)
    return False


def _named_by_next_term(doc: Doc, around: _Around, e: int, sent: Sentence) -> EntityDraft | None:
    """The party a term right after this one names: by itself (ميليشيات الانقلابيين → the Houthis) or by the
    nisba after it (مرتزقة العدوان السعودي, مرتزقة الاحتلال التركي: the mercenaries' patron, as a name there would
    be)."""
    w = around.next_word(e)
    if w is None or around.gap(e, w[0]) > 0 or w[0] >= sent.end:
        return None
    word = fold_text(doc.text[w[0]:w[1]])
    for m in terms().find(word):
        nxt: Term = m.payloads[0]
        if m.end - m.start < len(word) - 2:  # part of the word only, not the whole of it (لل…)
            continue
        if nxt.attach == "self" and nxt.refs:
            return _by_refs(doc, nxt.refs)
        if nxt.attach == "next" and (nxt.adjectives or nxt.state_nisbas) and not nxt.genitive:
            got = _targets(doc, around, nxt, w[0], w[1], sent, {}, {}, {})
            return got[0] if got else None
    return None


def _led_coalition(doc: Doc, ref: str) -> EntityDraft | None:
    """The coalition the state `ref` leads (`led_coalitions`), when the article names it."""
    return _by_refs(doc, (cues().led_coalitions or {}).get(ref, ()))


def _aside_fits(term: Term, ent: EntityDraft) -> bool:
    """Whether an actor an aside names is of a kind the term is said of (any, for a term that names none)."""
    kinds = term.attach_kinds or term.kinds
    kind = ent.attrs.get("kind")
    return not kinds or kind in kinds or (term.coalition_first and kind == "coalition")


def _after_preposition(doc: Doc, around: _Around, s: int) -> bool:
    """Whether the word holding a term at `s` carries a preposition before it (للعدوان، بالإرهابيين، وللاحتلال)."""
    w = around.word_at(s)
    if w is None or w[0] >= s:
        return False
    lead = fold_text(doc.text[w[0]:s])
    lead = lead[1:] if lead[:1] in ("و", "ف") else lead
    return lead[:1] in ("ل", "ب", "ك")


#: words of the second member a بين pair's و opens, read for the party named there (ومقاتلي المعارضة السورية)
_APART_WORDS = 4


def _second_of_pair(doc: Doc, around: _Around, s: int, e: int, sent: Any) -> list[EntityDraft]:
    """The actors of the second member of a بين … و pair whose first member is the term at s..e (التمييز بين
    "الإرهابيين" ومقاتلي المعارضة، الفصل بين الإرهابيين وفصائل المعارضة): set apart from the people the term
    names, so never its target; empty when the term stands after no بين."""
    before = around.words_before(s, sent.start, 1)
    if not before or _clitic_free(before[0][2]) != "بين" or around.gap(before[0][1], s) > 0:
        return []
    w = around.next_word(e)
    if w is None or w[0] >= sent.end or around.gap(e, w[0]) > 0 or not w[2].startswith("و"):
        return []
    out: list[EntityDraft] = []
    for _ in range(_APART_WORDS):
        if w is None or w[0] >= sent.end:
            break
        hit = around.containing(w[0], w[1])
        if hit is not None and hit.type == "actor" and hit not in out:
            out.append(hit)
        w = around.next_word(w[1])
    return out


def _only_adjectives_between(doc: Doc, around: _Around, fe: int, s: int) -> bool:
    """Whether only loaded adjectives (whole terms, no actor's name) stand between a term ending at `fe` and the
    word at `s`, with no clause break (الميليشيات الطائفية الإيرانية: الطائفية)."""
    w = around.next_word(fe)
    found = False
    while w is not None and w[0] < s:
        hit = around.containing(w[0], w[1])
        if _CLAUSE_BREAK.search(doc.text[fe:w[0]]) or not _whole_term(fold_text(doc.text[w[0]:w[1]])) \
                or (hit is not None and hit.type == "actor" and hit.ref != _unresolved_ref()
                    and not any(m.start < w[0] and m.end >= w[1] for m in hit.mentions)):
            return False
        found, fe, w = True, w[1], around.next_word(w[1])
    return found and w is not None and w[0] == s and not _CLAUSE_BREAK.search(doc.text[fe:s])


def _whole_term(word: str) -> bool:
    """Whether a folded word is, as a whole, one of the loaded terms (الإرهابية، الانقلابية)."""
    return any(m.start == 0 and m.end >= len(word) - 1 for m in terms().find(word))


def _indefinite_nisba_after(doc: Doc, around: _Around, e: int) -> bool:
    """Whether the word right after a term's end `e` is an indefinite relative adjective that is no loaded term and
    no name (ميليشيات شيعية، مليشيات عراقية): a description of unnamed groups."""
    w = around.next_word(e)
    if w is None or around.gap(e, w[0]) > 0 or _CLAUSE_BREAK.search(doc.text[e:w[0]]):
        return False
    word = fold_text(doc.text[w[0]:w[1]])
    if word.startswith("ال") or len(word) < 4 or not word.endswith(("يه", "يين", "يون")):
        return False
    hit = around.containing(w[0], w[1])
    return (hit is None or hit.ref == _unresolved_ref()) and not _whole_term(word)


def _singular(doc: Doc, s: int, e: int) -> bool:
    """Whether the term at s..e is a singular noun (الميليشيا), not a plural or dual (الميليشيات، ميليشيتين)."""
    return not fold_text(doc.text[s:e]).endswith(("ات", "ين", "ان"))


def _nisba_after(doc: Doc, around: _Around, e: int, singular: bool = False) -> EntityDraft | None:
    """An actor named by the adjective right after a term (الميليشيا الحوثية → the Houthis): an actor
    mention there, or an actor whose name's last word is that adjective without its feminine ending; after a
    singular term, a state's nisba (الميليشيا اللبنانية) names the one group of that state's country the article
    names (`_country_group`)."""
    w = around.next_word(e)
    while w is not None and around.gap(e, w[0]) == 0 and around.containing(w[0], w[1]) is None \
            and _whole_term(fold_text(doc.text[w[0]:w[1]])) and not _CLAUSE_BREAK.search(doc.text[e:w[0]]) \
            and not any(fold_text(doc.text[w[0]:w[1]]) in words for words in _collective_patrons().values()):
        # الميليشيات الإرهابية الحوثية: another loaded adjective stands between the term and the nisba (a patron's
        # nisba, itself a proxy term, is the nisba: الميليشيات الطائفية الإيرانية)
        e, w = w[1], around.next_word(w[1])
    if w is None or around.gap(e, w[0]) > 0 or _CLAUSE_BREAK.search(doc.text[e:w[0]]):
        return None
    hit = around.containing(w[0], w[1])
    if hit is not None and hit.type == "actor" and hit.ref != _unresolved_ref():
        return hit
    word = fold_text(doc.text[w[0]:w[1]])
    if not word.startswith("ال") or not word.endswith(("يه", "ي")) or len(word) < 6:
        return None
    # الحوثيه → حوثي, found in الحوثي، الحوثيين; the masculine الحوثي (ميليشات الحوثي, a spelling no alias holds)
    stem = word[2:-1] if word.endswith("يه") else word[2:]
    for m, ent in around.mentions:
        # a group, not a state: الميليشيات الإيرانية are Iran's militias, not Iran
        if ent.type == "actor" and ent.ref != _unresolved_ref() and ent.attrs.get("kind") in cues().nisba_kinds and any(
                stem in x for x in fold_text(m.text).split()):
            return ent
    # a patron's nisba (الميليشيا الإيرانية) calls its proxy by the patron, not a group of the patron's own country
    patron = any(word in words for words in _collective_patrons().values())
    if patron and not singular:
        # الميليشيات الطائفية الإيرانية: the patron's militias, as الميليشيات الإيرانية is, with loaded adjectives
        # between; the nisba is their mention (a target must be an entity of the article)
        cid = next(c for c, words in _collective_patrons().items() if word in words)
        return _collective_entity(doc, around, cid, w[0], w[1])
    ref = _state_nisbas().get(word) if singular and not patron else None
    return _country_group(doc, ref) if ref is not None else None


def _country_group(doc: Doc, state: str) -> EntityDraft | None:
    """The one armed group, militia or party (`nisba_kinds`) of the state's country the article names
    (الميليشيا اللبنانية in an article naming Hezbollah and the Houthis: Hezbollah); a unit whose parent the
    article also names is that parent's; none when the article names none or several."""
    entries = packs.entries_by_id()
    own = entries.get(state)
    if own is None or own.country is None:
        return None
    found = {x.ref: x for x in doc.entities if x.type == "actor" and x.mentions and x.ref is not None
             and x.ref != _unresolved_ref() and x.attrs.get("kind") in cues().nisba_kinds
             and (entry := entries.get(x.ref)) is not None and entry.country == own.country}
    groups = [x for ref, x in found.items() if not (_lineage([ref]) - {ref}) & set(found)]
    return groups[0] if len(groups) == 1 else None


def loaded_terms() -> list[dict[str, Any]]:
    """The framing lexicon as data, for documentation and the CLI."""
    data = load_json("framing")
    return list(data["terms"])


def _epithet_person(doc: Doc, around: _Around, term: Term, s: int, e: int, sent: Sentence,
                    last_target: dict[str, EntityDraft]) -> list[EntityDraft] | None:
    """The target of a person epithet at s..e (`next_person` terms: الجهادي، المتطرف) that heads its own noun
    phrase, when it is a person's: a nationality nisba after it (بسجن الجهادية الفرنسية مدى الحياة، بحق جهادي
    بلجيكي كان يدعو) names the person after the nisba, else the person the term last labelled, else no one; a bare
    definite one (وأوضح الجهادي أنه) is the person the term last labelled, when it last labelled a person. None when
    the epithet is no person's or the rule does not apply (the caller goes on as before).
    A singular word only (الفصائل الجهادية السورية are groups), and not when the word right before it is a noun it
    may agree with: a definite one before a definite term (اليمين المتطرف الفرنسي), a group or act noun, a plural or a
    nisba before an indefinite one (تنظيم جهادي سوري، جماعات جهادية سورية، حزب يميني متطرف فرنسي)."""
    word = fold_text(doc.text[s:e])
    if not _singular(doc, s, e) or word.endswith(("يين", "يون")):
        return None
    before = around.words_before(s, sent.start, 1)
    if before and around.gap(before[0][1], s) == 0:
        head = _clitic_free(before[0][2])
        if word.startswith("ال"):
            if head.startswith("ال"):
                return None
        else:
            forms = _noun_forms(head)
            if any(f in cues().group_nouns or "ال" + f in cues().group_nouns for f in forms) \
                    or any(f in _act_nouns() for f in forms) or head.endswith(("ات", "ي", "يه", "ين", "ون")):
                return None
    back = last_target.get(term.key)
    back = back if back is not None and back.type == "person" else None
    w = around.next_word(e)
    nationality = w is not None and w[0] < sent.end and around.gap(e, w[0]) == 0 \
        and not _CLAUSE_BREAK.search(doc.text[e:w[0]]) and _state_nisbas().get(w[2]) is not None \
        and around.containing(w[0], w[1]) is None
    if not nationality:
        # a definite epithet as a noun of its own: the person it last labelled (never a group noun's adjective)
        if back is not None and word.startswith("ال"):
            return [back]
        # وكان الإرهابي قد سافر، إن الإرهابي فجر نفسه: after a particle, an auxiliary or a complementizer (or opening
        # its sentence) it is one person the story tells of, named nowhere near: no one, never the story's group
        lead = _clitic_free(before[0][2]) if before and around.gap(before[0][1], s) == 0 else ""
        if word.startswith("ال") and (not before or lead in _noun_leads()
                                      or (lead[:1] in ("و", "ف") and lead[1:] in _noun_leads())):
            return []
        return None
    nxt = around.next_word(w[1])
    named = around.containing(nxt[0], nxt[1]) if nxt is not None and nxt[0] < sent.end \
        and around.gap(w[1], nxt[0]) == 0 else None
    if named is not None:
        # الجهادية فرنسية فلانة (an indefinite nisba the name check before does not read across): the person;
        # a group's name after the nisba is left to the rules after
        return [named] if named.type == "person" else None
    return [back] if back is not None else []


@cache
def _noun_leads() -> frozenset[str]:
    """Words after which a definite singular epithet is a noun of its own, not an adjective: particles, auxiliaries
    and complementizers (وكان الإرهابي، إن الإرهابي، مع الإرهابي), clitic-free."""
    c = cues()
    return frozenset(_clitic_free(w) for w in (*c.particles_between, *c.verb_auxiliaries, *c.complementizers))


def _backed_by_kinds(around: _Around, kinds: frozenset[str]) -> frozenset[str]:
    """Ids of the actors the article names that resolve marks as backed by a pack entry of one of `kinds` (the
    «forces backed by» the Yemeni government: the pro-government forces of an AFP Yemen story)."""
    if not kinds:
        return frozenset()
    by_id = packs.entries_by_id()
    out = set()
    for _m, ent in around.mentions:
        backer = by_id.get(ent.attrs.get("backed_by") or "")
        if backer is not None and backer.kind in kinds:
            out.add(ent.id)
    return frozenset(out)


def _label_head(doc: Doc, around: _Around, out: list[model.Framing], seen: dict[str, list[str]],
                headless: tuple[int, Term, int, tuple[int, int, str] | None, Sentence] | None, term: Term,
                targets: list[EntityDraft], s: int, e: int, nxt: tuple[int, int, str] | None,
                sent: Sentence) -> tuple[int, Term, int, tuple[int, int, str] | None, Sentence] | None:
    """Give a head term with no name after it (فلول، عصابات، مرتزقة) the parties of the loaded word that is its
    genitive (فلول الإرهابيين، عصابات التكفيريين، فلول الجماعات الإرهابية): state media name the enemy by a
    label, and the head says the same of the same people. Returns the head the next term may complete: this
    term when it is one that found no party."""
    if headless is not None and targets:
        h_end, h_term, h_start, h_nxt, h_sent = headless
        if h_sent is sent and h_end <= s and around.gap(h_end, s) == 0:
            for target in targets:
                if target.type == "actor":
                    _record(doc, out, seen, h_term, target, h_start, h_end, h_nxt, h_sent)
    if term.attach == "next" and not targets and not term.possessive and not term.verb:
        return (e, term, s, nxt, sent)
    return None


def _example_phrase_end(around: _Around, w: tuple[int, int, str], sent: Sentence) -> int | None:
    """The end of an `example_phrases` sequence starting at word `w` (بما في ذلك حزب الله: the words of the phrase
    stand where مثل would), within the sentence; None when no phrase starts there."""
    phrases = cues().example_phrases
    if not phrases:
        return None
    i = bisect.bisect_left(around.starts, w[0])
    words = around.words
    for phrase in phrases:
        run = words[i:i + len(phrase)]
        if len(run) == len(phrase) and run[-1][1] <= sent.end and [x[2] for x in run] == list(phrase):
            return run[-1][1]
    return None


def _like_clitic(around: _Around, w: tuple[int, int, str]) -> int | None:
    """Where the name starts in a word that is the example particle ك on a name (منظمات إرهابية كداعش والقاعدة),
    or the end of a bare ك / كـ standing apart (كـ داعش); None for any other word (كبرى)."""
    if w[2] in ("ك", "كـ"):
        return w[1]
    if w[2].startswith("ك") and len(w[2]) > 2 \
            and any(m.start == w[0] + 1 and ent.type == "actor" for m, ent in around.mentions):
        return w[0] + 1
    return None


def _plural_examples(doc: Doc, around: _Around, term: Term, s: int, e: int, sent: Sentence) -> list[EntityDraft]:
    """Every group a plural group term lists as its examples (تنظيمات إرهابية مثل داعش والنصرة والقاعدة): the
    term labels each of them, before any rule that finds only the first name after it; none for a singular term
    (منظمة إرهابية مثل داعش likens one group to another)."""
    head = doc.text[s:e].split()
    # الجماعات الإرهابية: the head noun carries the plural the adjective after it does not
    plural = _plural_word(doc, s, e) or (len(head) > 1 and _plural_word(doc, s, s + len(head[0])))
    if not term.kinds or "state" in term.kinds or not plural:
        return []
    return _examples_after(doc, around, term, e, sent)


def _unnamed_object(around: _Around, a: int, b: int) -> bool:
    """Whether the word right after offset `a` (before `b`) is a definite noun that is no nisba (المسلحين، الفصائل):
    after a designation verb and its subject's name, the verb's unnamed object."""
    w = around.next_word(a)
    if w is None or w[1] > b or around.gap(a, w[0]) > 0:
        return False
    word = w[2]
    return word.startswith("ال") and not word.endswith(("ي", "ية", "يين", "يون")) and len(word) > 4


def _sibling_nisba_state(doc: Doc, around: _Around, ref: str, s: int) -> EntityDraft | None:
    """The state `ref` as its nisba names it inside a mention of one of its bodies (الجيش الإسرائيلي، وزارة
    الخارجية الإسرائيلية) other than the mention holding offset `s`, added with the nisba as its mention."""
    by_id = packs.entries_by_id()
    for ent in doc.entities:
        entry = by_id.get(ent.ref) if ent.type == "actor" and ent.ref else None
        if entry is None or entry.parent != ref:
            continue
        for m in ent.mentions:
            if m.start <= s < m.end:
                continue
            w = _nisba_word(around, ref, m.start, m.end)
            if w is not None:
                return _state_named(doc, around, ref, w)
    return None
