"""Claims, round 15: a plain verb of saying whose subject no parse names (a foreign name with its title after it,
a partitive of a group no list knows, a body in construct) takes the words up to its أن/إن as the teller; the
words are bounded by the sentence, and another verb of saying, a quote or a preposition before أن ends the
reading."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chains


@pytest.mark.parametrize("text, kind, teller", [
    ("وقال كوفي أنيستون الخبير في شؤون منطقة الساحل إن الانقلاب لن يغير ميزان القوى.",
     "person", "كوفي أنيستون الخبير في شؤون منطقة الساحل"),
    ("وقال ثلاثة من سائقي الشاحنات العالقين عند المعبر إن الجنود منعوهم من العبور منذ يومين.",
     "anonymous", "ثلاثة من سائقي الشاحنات العالقين عند المعبر"),
    ("وقال أحد ركاب الحافلة، الذي نجا من الحادث، إن السائق فقد السيطرة على المقود.",
     "anonymous", "أحد ركاب الحافلة"),
    ("وقالت اثنتان من الممرضات العاملات في المستشفى إن الأدوية نفدت منذ أسبوع.",
     "anonymous", "اثنتان من الممرضات"),
    ("وقالت ميركوفا للصحفيين \"لن نتراجع عن قرار إغلاق الحدود\".", "person", "ميركوفا"),
    ("وذكرت لائحة الاتهام أن المتهمين نقلوا أموالا إلى جماعة مسلحة خلال العام الماضي.",
     "document", "لائحة"),
])
def test_an_unparsed_subject_up_to_an_is_the_teller(text: str, kind: str, teller: str) -> None:
    chains = claim_chains(text)
    assert len(chains) == 1 and chains[0][-1] == (kind, teller)


def test_the_teller_found_so_goes_on_in_the_next_sentence() -> None:
    text = ("وقال ماركوس فيلدنغ المحلل المتخصص في شؤون منطقة الساحل إن الانقلاب لن يغير ميزان القوى. "
            "وأضاف أن الجماعات المسلحة ستستغل الفراغ الأمني.")
    chains = claim_chains(text)
    assert len(chains) == 2 and chains[1] == chains[0]


@pytest.mark.parametrize("text", [
    # أن after a preposition belongs to it: the phrase after the verb is its object, no teller
    "وحذر الوزير المزارعين من أنه سيفرض رسوما جديدة على المياه.",
    # a date after the verb and أن after بعد: a time, no telling
    "وأعلن أمس عن افتتاح الطريق بعد أن أنهت الفرق أعمال الصيانة.",
    # the outlet spoken to after the verb: the teller is the one named before, not the outlet
    "وقال لإذاعة محلية في المدينة إن الوضع هادئ.",
])
def test_no_teller_is_guessed_where_an_belongs_elsewhere(text: str) -> None:
    for chain in claim_chains(text):
        assert all(src[1] not in ("الوزير المزارعين", "أمس عن افتتاح الطريق") and not src[1].startswith("لإذاعة")
                   for src in chain)


@pytest.mark.parametrize("text, teller", [
    ("وقال والد الطفلة إن القصف استهدف المدرسة مباشرة.", "والد الطفلة"),  # (round 20d: with its genitive)
    ("وقالت أسرته إنه لم يكن يحمل سلاحا عند اعتقاله.", "أسرته"),
    ("وقالت عائلة الشاب إنه اعتقل على حاجز قرب المدينة.", "عائلة"),
])
def test_kin_and_soldiers_are_unnamed_tellers(text: str, teller: str) -> None:
    chains = claim_chains(text)
    assert len(chains) == 1 and chains[0] == [("anonymous", teller)]


@pytest.mark.parametrize("text", [
    "وبحسب العائلة فإن ظروف السجن ساهمت في تدهور حالته الصحية.",
    "ولا يسمح للمحامين بزيارته منذ شهرين، وفق العائلة.",
])
def test_the_family_after_an_according_cue_tells(text: str) -> None:
    chains = claim_chains(text)
    assert chains == [[("anonymous", "العائلة")]]


def test_a_kin_noun_before_a_named_person_is_the_title() -> None:
    chains = claim_chains("وأكدت والدته سلمى الخطيب أن ابنها اعتقل من منزله فجرا.")
    assert len(chains) == 1 and chains[0][-1][0] == "person" and "سلمى الخطيب" in chains[0][-1][1]


def test_a_quote_after_an_outlets_words_is_no_part_of_its_name() -> None:
    chains = claim_chains('وقال أحد السكان في حديث لإذاعة الشام المحلية "لم نعد نحتمل القصف".')
    assert chains and all('"' not in text and "لم" not in text.split() for chain in chains for _, text in chain)


@pytest.mark.parametrize("text", [
    # a definite noun that is no role and no body (a young man, the allies): its kind would be a guess
    "وقال الشاب العاطل عن العمل منذ سنوات إن الانتخابات لن تغير شيئا.",
    # the أن/إن belongs to the verb of saying inside the relative clause
    "وأكد التفاصيل التي قال المتحدث إنها ستعلن لاحقا.",
])
def test_no_guess_for_an_unknown_definite_noun_or_a_relative_clauses_an(text: str) -> None:
    assert all(src[1] not in ("الشاب العاطل عن العمل منذ سنوات", "التفاصيل التي قال المتحدث")
               for chain in claim_chains(text) for src in chain)


def test_a_statement_goes_on_with_a_quoted_sentence_after_tabi() -> None:
    chains = claim_chains('وتابع البيان "لن تسمح الحكومة بتكرار هذه الانتهاكات في أي منطقة".')
    assert chains == [[("document", "البيان")]]


def test_tabi_with_a_short_quoted_object_is_still_no_telling() -> None:
    assert claim_chains('وتابع الجمهور "المسلسل" حتى حلقته الأخيرة.') == []


@pytest.mark.parametrize("text, teller", [
    ("وأصدرت الوزارة بيانا جاء فيه أن الطريق سيفتح أمام المدنيين صباح الغد.", "الوزارة"),
    ('وأصدر المجلس المحلي بيانا جاء فيه "نطالب الجهات المعنية بفتح المعبر فورا أمام القوافل".', "المجلس المحلي"),
])
def test_a_statement_in_which_came_tells_for_its_issuer(text: str, teller: str) -> None:
    chains = claim_chains(text)
    assert len(chains) == 1 and chains[0][-1] == ("official", teller)


def test_jaa_alone_tells_nothing() -> None:
    assert claim_chains("ووصل الوفد إلى المدينة وجاء فيه عدد من الوزراء والمسؤولين.") == []
