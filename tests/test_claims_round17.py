"""Claims, round 17: a pluperfect «وكان/وكانت TITLE NAME قال» keeps the whole title and name as its teller (the
verb after a name is no relative clause when كان opens the sentence, and كان may stand far back)."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chains


@pytest.mark.parametrize(("text", "teller"), [
    ("وكان رئيس البرلمان العراقي سليم الجبوري قال إن الجلسة ستعقد الأحد.",
     "رئيس البرلمان العراقي سليم الجبوري"),
    ("وكانت رئيسة الحكومة النيوزيلندية جاسيندا أرديرن قالت إن التحقيق سيستمر.",
     "رئيسة الحكومة النيوزيلندية جاسيندا أرديرن"),
    ("وكان رئيس الوزراء اللبناني سعد الحريري أعلن أن الحكومة ستجتمع غدا.",
     "رئيس الوزراء اللبناني سعد الحريري"),
])
def test_kana_title_and_name_before_verb(text: str, teller: str) -> None:
    assert claim_chains(text) == [[("person", teller)]]


def test_asyndetic_relative_still_reads_sentence_subject() -> None:
    # (no كان: a verb of saying right after a noun is a relative clause whose subject is the sentence's subject)
    chains = claim_chains("ويشن التحالف الدولي عملية عسكرية قال إنها تستهدف مواقع التنظيم.")
    assert chains and chains[0][0][1] == "التحالف الدولي"


@pytest.mark.parametrize(("text", "teller"), [
    # the title set off by a comma before the name
    ("استقبل رئيس الحكومة الإسبانية، ماريانو راخوي، الوفد الأوروبي. وقال رئيس الحكومة إن الزيارة مهمة.",
     "رئيس الحكومة"),
    # the title set off by a comma after the name, in construct (definite by its last noun)
    ("زار سالم الهاشمي، قائد قوات التحالف في الساحل الغربي، الجبهة. وأكد قائد قوات التحالف أن القوات تتقدم.",
     "قائد قوات التحالف"),
    # an indefinite title right after the name
    ("وصل العميد سالم الهاشمي قائد قوات التحالف في الساحل الغربي إلى المدينة. وأكد قائد قوات التحالف أن "
     "القوات تتقدم.", "قائد قوات التحالف"),
])
def test_title_without_name_is_the_person_named_before(text: str, teller: str) -> None:
    assert claim_chains(text)[-1] == [("person", teller)]


def test_indefinite_title_with_preposition_stays_an_office() -> None:
    # (قائد في قوات …: one of the force's commanders, not the one commander named before)
    text = ("زار سالم الهاشمي، قائد قوات التحالف في الساحل الغربي، الجبهة. وقال قائد في قوات التحالف إن "
            "القوات تتقدم.")
    assert claim_chains(text)[-1] == [("official", "قائد في قوات التحالف")]


@pytest.mark.parametrize(("text", "chain"), [
    ("وقصفت الطائرات السوق الشعبي، وهو ما وصفته مصادر طبية بأنه المجزرة الأكبر هذا العام.",
     [("anonymous", "مصادر طبية")]),
    ("وأغلقت السلطات المعبر، في خطوة وصفتها الحكومة العراقية بالعقاب الجماعي.",
     [("official", "الحكومة العراقية")]),
    ("ورفضت الحكومة الاتفاق، وهو ما وصفه البيان بالتراجع الخطير.",
     [("document", "البيان")]),
])
def test_describing_verb_with_object_pronoun_opens_a_claim(text: str, chain: list[tuple[str, str]]) -> None:
    assert claim_chains(text) == [chain]


def test_describing_masdar_with_pronoun_is_no_teller() -> None:
    # (في وصفه للهجوم: his description, a verbal noun, never a verb with a subject after it)
    # (أدان is a verb of telling since attribution 1.88.0: the condemnation is the president's one claim)
    chains = claim_chains("وأدان الرئيس الهجوم في وصفه للأحداث أمس.")
    assert chains in ([], [[("official", "الرئيس")]])


@pytest.mark.parametrize(("text", "name"), [
    ("رأى وزير الخارجية القطري الأسبق، خالد بن سالم بن جابر آل ثاني، أن الأزمة ستطول.",
     "خالد بن سالم بن جابر آل ثاني"),
    ("وقال رئيس الديوان الملكي، فيصل بن عبد الله بن ناصر المطيري، إن الزيارة مهمة.",
     "فيصل بن عبد الله بن ناصر المطيري"),
])
def test_title_then_long_lineage_name_is_a_person(text: str, name: str) -> None:
    chains = claim_chains(text)
    assert len(chains) == 1 and chains[0][0][0] == "person" and chains[0][0][1].endswith(name)




def test_construct_plural_of_unnamed_people_is_a_teller() -> None:
    # (محللو السياسة: the construct of محللون; with no teller read, the verb went on for the last teller)
    chains = claim_chains("وقال الوزير إن الاتفاق مهم. وأشار محللو السياسة الخارجية إلى أن الاتفاق هش.")
    assert chains[0] == [("official", "الوزير")]
    assert chains[1][0][0] == "anonymous" and chains[1][0][1].startswith("محللو")
