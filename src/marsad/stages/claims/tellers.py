"""Claims sub-stage: tellers — finding the teller of a verb or noun of saying when it is not simply the next phrase.

Last-resort subjects (`loose_subject`, `bounded_subject`), names no list knows (an unknown name, an office with a
name, an aged or described person, an appositive), and tellers that stand before their verb: a source right before
it (`pre_subject`), the clause's subject, a relative's antecedent, a topic after أما, a statement's issuer, a
country or a people speaking, a source noun inside the last claim's content (`embed`). Separate because it decides
who is speaking from the sentence around the cue, using the phrase readers below it.
"""

from __future__ import annotations

import dataclasses

from marsad.textnorm import (
    proclitic_splits,
)

from .cues import (
    _ABR,
    _AGE_WORDS,
    _ALA_VERBS,
    _ALA_WORD,
    _AN,
    _ASIDE_PRONOUNS,
    _BARE_BODIES,
    _BODY_MODIFIERS,
    _BODY_NOUNS,
    _CONNECTIVES_BEFORE_AN,
    _DEFINITE_BODY_HEADS,
    _DEMONSTRATIVES,
    _EMBED_PREPS,
    _FI,
    _GROUP_SUFFIXES,
    _IMPERFECT_M,
    _IN_IT,
    _ISSUE_VERBS,
    _KANA,
    _MANNER,
    _MAX_NP,
    _MEDIUM_PREPS,
    _MIN,
    _NEGATORS,
    _NOT_NAME,
    _OBJECT_MASDARS,
    _OFFICE_HEADS,
    _OTHERS,
    _PARTITIVES,
    _PEOPLES,
    _PLATFORM_NAMES,
    _PLATFORM_WORDS,
    _PLURAL_IMPERFECT,
    _PLURAL_NISBA_ENDINGS,
    _PLURAL_PAST,
    _POSSESSIVE,
    _POST_NOUNS,
    _PRE_OPENERS,
    _PREP_COMPS,
    _PUNCT_STOP,
    _QAD,
    _QUOTE,
    _RELATIVE,
    _RELATIVE_GENDER,
    _SIDE_MODIFIERS,
    _SOURCE_PHRASE_HEADS,
    _STRICT_COMPS,
    _TELLER_ADJUNCTS,
    _THAT_FORMS,
    _TIME_BEFORE_AN,
    _TIME_NOUNS,
    _TIME_PREPS,
    _TIME_PRONOUNS,
    _TIME_WORDS,
    _TOPIC,
    _TOPIC_RESUMERS,
    _VISUAL_RECORDS,
    Verb,
    _bare,
    _cue_words,
    _f,
    _starting,
    _unprefix,
    _verb_gender,
)
from .phrases import _Phrases
from .reader import NP, Tok


class _Tellers(_Phrases):
    """The tellers layer: the teller of a verb or noun of saying when it is not the next phrase."""

    def unknown_name(self, i: int) -> NP | None:
        """A name right after a verb and before أن/إن (وقال أحمد الخالد إن): a person; plain words ending in an
        outlet's suffix (وقالت اوس نيوز إن، ذكرت كابول تايمز أن) are an outlet's name."""
        np_ = self._unknown_name(i)
        if np_ is not None and np_.entity is None and np_.j - np_.i >= 2 and not self.t(np_.i).startswith("ال") \
                and self._outlet_suffix_end(np_.i, np_.j):
            np_.kind, np_.name = "outlet", None
        return np_

    def _unknown_name(self, i: int) -> NP | None:
        if self._time_phrase_at(i) or self.t(i) in _MANNER or self.t(i) in _TIME_WORDS:
            return None  # (وقالت مازحة إن، تقول الآن إن: how or when she spoke; the teller is the subject before)
        if self.t(i) == _ALA_WORD and not self.ali_name(i) and self._platform_end(i) is not None:
            return None  # (وأضاف على تويتر أن: where he wrote it; علي folds like على, but no man is named تويتر)
        k = i
        office = _bare(_unprefix(self.t(i))) in _OFFICE_HEADS
        # a given name that folds like a particle (علي = على) still opens a name
        ala = i > 0 and _unprefix(self.t(i - 1)) in _ALA_VERBS  # شدد على القول: the preposition
        while k < len(self.toks) and k - i < 4 and self.same_sentence(i, k) and (
                not self.is_boundary(k) or (k == i and not ala and self._name_like(i) and not self.is_boundary(i + 1))
                or (k > i and self.ali_name(k))):  # محمد علي جعفري: the given name inside a name
            spoken_to = self.addressee_at(k, probe=True) if k > i else None
            if spoken_to is not None and self._closes(spoken_to[1]):
                # وتقول هيفاء لبي بي سي إن: the outlet she spoke to ends her name (with_addressee takes it); so too
                # after a definite name (وقال الزعبي لمراسل قناة X إن)
                break
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
            told = addressed is not None and self._closes(addressed[1])
            if k - i > 4 or not (self._closes(after) or told) or self.t(i) in _DEMONSTRATIVES \
                    or not all(self._body_word(m, i, k) for m in range(i, k)):
                return None
            if k - i == 1 and ((told and _bare(self.t(i)).endswith("ي")) or self._definite_surname(i)):
                # وقال الزعبي لمراسل قناة X إن: one definite nisba told to an outlet is a family name (a body
                # is a noun: الوزارة، الجيش), the person interviewed; so is one definite word the article wrote
                # as the end of a full name (أكبر الباكر، الرئيس التنفيذي … وقال الباكر إن)
                np_ = NP("person", i, k, self.toks[i].s, self.toks[k - 1].e)
                np_.name = self.surface(self.toks[i].s, self.toks[k - 1].e)
                return np_
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
            if self._definite_surname(i):
                # وقالت الخاطر إن after لولوة الخاطر، المتحدثة باسم …: a surname with the article, a person
                np_ = NP("person", i, k, self.toks[i].s, self.toks[k - 1].e)
                np_.name = self.surface(self.toks[i].s, self.toks[k - 1].e)
                return np_
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
                and not self._opens_source_phrase(w)
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
                and self.t(j) not in _TIME_WORDS and not self._told_to_outlet(j) and (self._body_word(j, i, j + 1) or (
                    self._plain_word(self.t(j)) and self.t(j + 1).startswith("ال") and self.same_sentence(i, j + 1))):
            j += 1  # (an indefinite word in a construct chain: مركز إعلام الغوطة)
        if office and j == i + 1 and not first.t.startswith("ال"):
            return None  # a bare head (مركز، شركة) names no body; a definite one is the body named before (الشركة)
        if j - i > 1 and self.t(j) in _TIME_WORDS and _bare(self.t(j - 1)) in _TIME_NOUNS:
            j -= 1  # الشهر الماضي: a date after the name, not part of it
        # plain words after a definite word are a name (المحققة كارولين كورفيلد، ألينا بولياكوفا read as ال-)
        n = j
        while n - j < 3 and self.same_sentence(i, n) and self._plain_word(self.t(n)) and not self.is_boundary(n) \
                and not self._told_to_outlet(n) \
                and self.t(n) not in _NOT_NAME and self.t(n) not in _MANNER and self.t(n) not in _TIME_WORDS \
                and self.t(n) not in self.lx.post_verb_adverbs and self.t(n) not in _RELATIVE \
                and _unprefix(self.t(n)) not in self.lx.post_verb_adverbs \
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
        elif hit is not None and not (office and hit[0].type == "person"):
            # (an office head before a person's title or name is that person's office, which speaks as a body:
            # إدارة الرئيس الأميركي دونالد ترامب، مكتب الوزير)
            kind = {"outlet": "outlet", "person": "person"}.get(hit[0].type, "official")
        elif listed is not None:
            kind = listed
        elif office or construct or _bare(first.t) in _BODY_NOUNS:
            kind = "official"
        elif j == i + 1 and _bare(first.t).endswith("ي") and self._told_to_outlet(j):
            # وقال البرعي لمراسل قناة X إن: one definite nisba told to an outlet is a family name (a plain noun
            # is الرجل، الجيران), the person interviewed
            kind = "person"
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
                    t == _FI and self._medium_word(self.t(m + 1))) or t in _TELLER_ADJUNCTS):
                cut = m  # (an adjunct of time after the teller, قال فلان عقب انتهاء الجلسة إن, ends it too)
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
                and (self.t(close) == _QUOTE or self.t(cut) in _TELLER_ADJUNCTS):
            # وقالت فلانة للصحفيين "…": one plain word told to someone, then the words said; وقال فلان عقب …
            # إن: one plain word, then a time
            kind = "person"
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
        if k == i + 1 and (self._bare_surname(i) or self._posting_surname(i, k) or self._definite_surname(i)):
            # وأكد كاتز في مقابلة مع …; وقالت غديري في تغريدة: one plain word posting on a social network is an
            # individual's account, a person (a body is named with the article or known to a list)
            np_ = NP("person", i, k, self.toks[i].s, self.toks[k - 1].e)
            np_.name = self.surface(self.toks[i].s, self.toks[k - 1].e)
            return np_
        if 2 <= k - i <= 4 and not self.t(i).startswith("ال") and self._name_like(i) \
                and self.entity_at(self.toks[i].s, self.toks[i].e, ("actor", "outlet", "place")) is None:
            # وقال أشرف القدرة في بيان: a given name, even one spelt as a verb (أشرف، أمين), opens a person's
            # name, not a body's
            np_ = NP("person", i, k, self.toks[i].s, self.toks[k - 1].e)
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

    def _side_modifier_at(self, k: int) -> bool:
        """A participle of side or belonging at token k with a preposition opening its complement right after it
        (المدعومة من، الموالية لـ، التابعة لـ): a bare one (السلطات المعنية) may be part of a name."""
        t = self.t(k)
        return (t in _BODY_MODIFIERS or t in _SIDE_MODIFIERS) and self.same_sentence(k, k + 1) \
            and (self.t(k + 1)[:1] in {"ب", "ل"} or self.t(k + 1) in (_MIN, _ALA_WORD))

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

    def strict_ok(self, k: int, sent_i: int, quote_ok: bool = False) -> bool:
        m = k + 1 if self.t(k) in {"،", ","} else k
        n = m
        while n - m < 3 and self.t(n) in _TIME_WORDS:
            n += 1
        if n > m and self.t(n) in {"،", ","}:
            m = n + 1  # وبينت الوزارة، مساء الأحد، أن: a time set off by commas before the complement
        m = m + 1 if self.t(m) in self.lx.saying_adverbs else m  # وتابعت الوزيرة بالقول إن
        return self.same_sentence(sent_i, m) and (self.t(m) in _STRICT_COMPS or (quote_ok and self.t(m) == _QUOTE))

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
            # لكن الحكومة السورية المدعومة من روسيا، نفت: a participle of side or belonging with its complement,
            # closed by a comma before the verb, qualifies the teller as an apposition does (no part of its text)
            modifier = j < end and self._side_modifier_at(j)
            if j < end and self.t(end - 1) in comma and (self.t(j) in comma or self.t(j) in _RELATIVE
                                                         or j == end - 1 or modifier) and end - j <= 10 \
                    and not any(self.t(x) in self.lx.comps or _unprefix(self.t(x)) in self.lx.verbs
                                for x in range(j, end)):
                if modifier:
                    np_.j = end
                    return np_
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
                    if self._joined_verb(i) and not (self.t(m)[:1] in ("ف", "و") and self.t(m)[1:3] == "ال"):
                        # وانتقد الرئيس فلان، الخميس، نظيره الأمريكي، وقال إن: a verb with و/ف on it opens a
                        # clause of its own; the phrase after a comma before it ends the clause before (an
                        # object or an aside), never this verb's subject (but …، فالرئيس فلان، يضع …، ويقول إن:
                        # a definite noun with ف/و on it opens a clause of its own, whose subject it is)
                        continue
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
        plural = verb.endswith(_PLURAL_PAST) or (verb.startswith(_IMPERFECT_M) and verb.endswith(_PLURAL_IMPERFECT))
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

    def _np_subject_body(self, m: int, end: int) -> NP | None:
        """"لكن التحالف العسكري يقول إن": a definite body noun (grammar.definite_body_heads and the like) and up
        to three definite adjectives, ending right at the verb after a clause opener, is a body telling even
        when no list names it."""
        if 1 < end - m <= 4 and _bare(_unprefix(self.t(m))) in _OFFICE_HEADS and self.t(end - 1).startswith("ال") \
                and all(self.t(x).isalpha() and not self.is_boundary(x) and (
                    self.t(x).startswith("ال") or self._plain_word(self.t(x))) for x in range(m + 1, end)):
            # وكانت منظمة حظر الأسلحة الكيميائية قد أعلنت: an office head in construct, ending at the verb
            return NP("official", m, end, self.toks[m].s, self.toks[end - 1].e)
        w = _unprefix(self.t(m))
        if end - m == 1 and w in _BARE_BODIES and self.t(m).endswith(w):
            # أمنستي تتهم …، وأوكسفام تقول إن: a body known by one bare word (grammar.bare_bodies) that the
            # recogniser may not mark, as the subject before its verb (the conjunction is no part of it)
            return NP("official", m, end, self.toks[m].s + len(self.t(m)) - len(w), self.toks[m].e)
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
        gender, after = _verb_gender(self.t(i)), self.t(i + 1)
        if gender is not None and _RELATIVE_GENDER.get(self.t(i - 1), gender) != gender and after.isalpha() \
                and after not in _STRICT_COMPS and after not in _IN_IT and after[:1] != "ل":
            # "المركز الذي تقول دول غربية إنه ضالع": the verb's gender is not the pronoun's and a word stands
            # after it, its own subject, so the antecedent is what is said about, no teller (but التصريحات التي
            # قال فيها إن، التهمة التي يقول إن: the antecedent is what he said or of what, the subject left out)
            return None
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
        if m + 1 != i or not w.startswith("ال") or not verb.endswith(_PLURAL_IMPERFECT + _PLURAL_PAST):
            return None
        bare = _bare(w)
        nisba = bare.endswith(_PLURAL_NISBA_ENDINGS)
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

    def _lam_person(self, k: int) -> bool:
        """Token k is ل on a title, a source noun or a correspondent (لنائبة، لمسؤول، لمراسلنا): after a verb of
        saying, the one spoken to, never its teller."""
        w = self.t(k)
        return w[:1] == "ل" and not w.startswith("لل") and (
            _bare(w[1:]) in self.lx.roles or _bare(w[1:]) in self.lx.source_nouns
            or any(w[1:].startswith(c) for c in self.lx.correspondents))

    def _lam_named(self, k: int) -> bool:
        """Token k is ل on a person's name (لترامب، لبوتين): after a verb of saying, the one spoken to, never its
        teller (a name that itself opens with ل, لافروف, has no person mention starting after that letter)."""
        w = self.t(k)
        if w[:1] != "ل" or w.startswith("لل") or len(w) < 4:
            return False
        a, b = self.orig(self.toks[k].s, self.toks[k].e)
        return any(m.start == a + 1 for m, _ent in self.doc.overlapping(a, b, ("person",)))

    @staticmethod
    def _lam_word(t: str) -> bool:
        """A word carrying لل (the preposition on the article): للصحافيين، للتلفزيون، لل"جزيرة"."""
        return len(t) > 4 and t.startswith("لل")

    def _one_person_named(self, i: int) -> str | None:
        """The one person entity whose full name (two words or more) starts or ends with token i's word (بنس
        after مايك بنس, إيمانويل after إيمانويل ماكرون): a teller named by one part of a name the article gives
        in full is that person; None where no person, or more than one, has that part."""
        if self._name_parts is None:
            self._name_parts = {}
            for ent in self.doc.entities:
                if ent.type != "person":
                    continue
                for men in ent.mentions:
                    words = _f(men.text).split()
                    if len(words) >= 2:
                        for w in (words[0], words[-1]):
                            if w.isalpha() and len(w) > 1:
                                self._name_parts.setdefault(w, set()).add(ent.id)
        # (the word as written: a name's own first letter may look like a conjunction, فانس is no و/ف + انس)
        ids = self._name_parts.get(self.t(i), set())
        return next(iter(ids)) if len(ids) == 1 else None

    def _joined_verb(self, i: int) -> bool:
        """Whether token i is a verb of telling with the conjunction و/ف on it (وقال، فأكد): it opens a clause of
        its own, whose subject follows it or is carried from the clause before."""
        t = self.t(i)
        return t[:1] in ("و", "ف") and _unprefix(t) != t and _unprefix(t) in self.lx.verbs

    def cited_body(self, i: int) -> NP | None:
        """A body the packs list as no party (الأمم المتحدة، الاتحاد الأوروبي، منظمة العفو الدولية) whose name
        starts at token i: no output entity names it, yet it tells as an office does (ووصفتها الأمم المتحدة
        بالكارثة), with no أن/إن needed to close its name. The longest such name there."""
        bodies = self.doc.scratch.get("cited_bodies")
        if not bodies or i >= len(self.toks):
            return None
        a, _ = self.orig(self.toks[i].s, self.toks[i].e)
        end = max((e for s, e, _id in bodies if s == a), default=None)
        if end is None:
            return None
        j = self.tok_until_orig(i, end)
        if not self.same_sentence(i, j - 1) or self.doc.folded.orig(self.toks[j - 1].e) > end:
            return None  # (the name ends inside a word: a clitic on it, no clean teller)
        return NP("official", i, j, self.toks[i].s, self.toks[j - 1].e)


    def _opens_source_phrase(self, w: str) -> bool:
        """Whether the word opens a listed source noun of several words (وسائل of وسائل الإعلام): written
        elsewhere next to another word it is that phrase, not a full name, so alone it is no surname (وكانت
        وسائل إعلام نشرت … وزعمت وسائل أن)."""
        return _bare(w) in _SOURCE_PHRASE_HEADS or _bare(_unprefix(w)) in _SOURCE_PHRASE_HEADS

    def _told_to_outlet(self, j: int) -> bool:
        """Token j opens an outlet or its correspondent spoken to, right before أن/إن (وقال البرعي لمراسل قناة X
        إن، وقالت الحركة لبي بي سي إن): the teller's phrase ends before it, and the outlet is its outer link."""
        if not self.t(j).startswith("ل"):
            return False
        heard = self.addressee_at(j, probe=True)
        return heard is not None and self._closes(heard[1])

    def _posting_surname(self, i: int, k: int) -> bool:
        """Token i is one plain word no list knows (no article, no known body, place, actor or outlet) and a
        medium preposition then a post or an account on a social network follows it at k (في تغريدة، عبر
        حسابه، على تويتر, grammar.post_nouns and platform_words): the word names the person who posted."""
        if k + 1 >= len(self.toks) or self.t(k) not in _MEDIUM_PREPS or not self.same_sentence(i, k + 1):
            return False
        post = _unprefix(self.t(k + 1))
        if not (post in _POST_NOUNS or post in _PLATFORM_NAMES or post.startswith("حساب")):
            return False
        w = self.t(i)
        if any(stem.startswith("ال") for _, stem in proclitic_splits(w, "conj_prep")):
            return False
        return self._plain_word(w) and len(w) > 2 and not w.endswith(_GROUP_SUFFIXES) \
            and _unprefix(w) not in _BARE_BODIES and w not in _BARE_BODIES \
            and _bare(w) not in self.lx.source_nouns and w not in self.lx.roles \
            and not self._opens_source_phrase(w) \
            and self.entity_at(self.toks[i].s, self.toks[i].e, ("place", "actor", "outlet")) is None

    def _definite_surname(self, i: int) -> bool:
        """Token i is one definite word no list knows (no source noun, role, office or body head, no known place,
        actor or outlet) that the article writes elsewhere as the last word of a full name: right after a given
        name, or after a plain word with a title set off by a comma behind the pair (أكبر الباكر، الرئيس
        التنفيذي … وقال الباكر في تصريحاته). Alone as a teller it is that person's surname, which the recogniser
        did not mark, not a body speaking officially."""
        w = self.t(i)
        head = _bare(_unprefix(w))
        if not (w.startswith("ال") and w.isalpha() and len(w) > 4) or w in self.lx.roles \
                or _bare(w) in self.lx.source_nouns or head in self.lx.source_nouns \
                or head in _OFFICE_HEADS or head in _BODY_NOUNS or head in _DEFINITE_BODY_HEADS \
                or head in self.lx.outlet_nouns or w in _NOT_NAME or _unprefix(w) in self.lx.verbs \
                or self.entity_at(self.toks[i].s, self.toks[i].e, ("place", "actor", "outlet")) is not None:
            return False
        for m in range(1, len(self.toks)):
            if m == i or self.t(m) != w or not self.same_sentence(m - 1, m):
                continue
            p = self.t(m - 1)
            # (the word before: a plain word that is no verb, cue or body's head, so a name rather than a
            # construct: وزارة الخارجية، قوات الأمن never count)
            if not self._plain_word(p) or _unprefix(p) in self.lx.verbs or p in _cue_words() \
                    or _bare(_unprefix(p)) in self.lx.source_nouns or p in self.lx.roles \
                    or _bare(_unprefix(p)) in _OFFICE_HEADS or _bare(_unprefix(p)) in _BODY_NOUNS:
                continue
            if self._name_like(m - 1) or self._aside_title(m + 1):
                return True
        return False
