"""Claims, round 16: an outlet that is named only by its sort and adjectives (قناة محلية، صحيفة ألمانية) is an
anonymous source, as teller and as the outlet spoken to; a co-ordinating adverb (وكذلك) ends a teller read as
plain words; an accusative participle right after a verb of saying (وأضاف مخاطباً الصحافيين) tells how the
speaker spoke and is no teller."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chains


@pytest.mark.parametrize("text, chain", [
    ("وقال ضابط في الشرطة لقناة محلية إن الانفجار أسفر عن مقتل جنديين.",
     [("anonymous", "قناة محلية"), ("official", "ضابط في الشرطة")]),
    ("وقال مسؤول لقناة تلفزيونية كردية إن المسلحين انسحبوا من القرية.",
     [("anonymous", "قناة تلفزيونية"), ("official", "مسؤول")]),
    ("وذكرت صحيفة ألمانية أن الحكومة تدرس طلب اللجوء.", [("anonymous", "صحيفة ألمانية")]),
    ("وذكرت صحيفة محلية في مدينة البصرة أن المياه انقطعت منذ أسبوع.",
     [("anonymous", "صحيفة محلية في مدينة البصرة")]),
])
def test_an_unnamed_outlet_is_anonymous(text: str, chain: list[tuple[str, str]]) -> None:
    assert claim_chains(text) == [chain]


@pytest.mark.parametrize("text, outlet", [
    ("وقال مسؤول لصحيفة ديلي تلغراف إن المسلحين انسحبوا من القرية.", "صحيفة ديلي تلغراف"),
    ("وقال مسؤول للتلفزيون الرسمي السوري إن المسلحين انسحبوا من القرية.", "التلفزيون الرسمي السوري"),
    ("وذكرت وكالة رويترز أن الحكومة تدرس طلب اللجوء.", "وكالة رويترز"),
])
def test_a_named_outlet_stays_an_outlet(text: str, outlet: str) -> None:
    chains = claim_chains(text)
    assert len(chains) == 1 and chains[0][0] == ("outlet", outlet)


def test_wakadhalik_ends_a_plain_words_teller() -> None:
    chains = claim_chains("وقالت القوات التابعة للأكراد وكذلك فصائل المعارضة إن الهجوم على القرية فشل.")
    assert len(chains) == 1
    kind, teller = chains[0][-1]
    assert kind == "official" and teller.startswith("القوات التابعة") and "كذلك" not in teller


@pytest.mark.parametrize("second", [
    "وأضاف مخاطباً الصحافيين: \"لن نسمح بأي اختراق للحدود\".",
    "وأضاف مبتسماً أمام الحضور: \"لن يمر أي متسلل من هنا\".",
    "وأضاف مستدركاً إن الجيش مستعد لكل الاحتمالات.",
    "وقال مناشداً المجتمع الدولي إن الوضع الإنساني يتدهور بسرعة.",
])
def test_a_participle_of_manner_after_the_verb_is_no_teller(second: str) -> None:
    chains = claim_chains("قال وزير الدفاع سامي الأحمد إن الحدود آمنة. " + second)
    assert chains == [[("person", "وزير الدفاع سامي الأحمد")]] * 2


def test_a_name_ending_in_alif_after_the_verb_is_still_the_teller() -> None:
    assert claim_chains("وقالت ماريا إن الوضع الإنساني يتدهور بسرعة.") == [[("person", "ماريا")]]


@pytest.mark.parametrize("text, outlet", [
    ("وقال المتحدث لتلفزيون العربية إن المسلحين انسحبوا من القرية.", "تلفزيون العربية"),
    ("وقال مسؤول لقناة الميادين إن المسلحين انسحبوا من القرية.", "قناة الميادين"),
])
def test_a_definite_genitive_after_the_outlet_noun_is_its_name(text: str, outlet: str) -> None:
    chains = claim_chains(text)
    assert len(chains) == 1 and chains[0][0] == ("outlet", outlet)


def test_our_correspondent_after_the_verb_is_still_the_teller() -> None:
    chains = claim_chains("قال وزير الدفاع سامي الأحمد إن الحدود آمنة. وأفاد مراسلنا بأن الطريق مفتوح.")
    assert len(chains) == 2 and chains[1][-1] == ("anonymous", "مراسلنا")


@pytest.mark.parametrize("second, teller", [
    ("وقال مراسلها في حمص إن ثلاثة مدنيين أصيبوا.", "مراسلها في حمص"),
    ("وقال محاميها إن المحكمة رفضت الطعن.", "محاميها"),
    ("وقال مديرها إن المحكمة رفضت الطعن.", "مديرها"),
])
def test_a_noun_with_her_pronoun_after_the_verb_is_still_the_teller(second: str, teller: str) -> None:
    chains = claim_chains("ذكرت وكالة سانا أن القصف طال أحياء المدينة. " + second)
    assert len(chains) == 2 and teller in chains[1][-1][1]


def test_a_person_the_article_names_again_after_the_verb_is_still_the_teller() -> None:
    chains = claim_chains("وصلت الناشطة ملالا يوسفزاي إلى البلدة. قال الحاكم سالم العلي إن الزيارة ناجحة. "
                          "وقالت ملالا إن التعليم حق لكل فتاة.")
    assert chains[-1] == [("person", "ملالا")] or chains[-1][-1][1].startswith("ملالا")


def test_the_office_of_a_named_person_is_official() -> None:
    chains = claim_chains("قالت إدارة الرئيس الأميركي دونالد ترامب إنها ستنهي برنامج الحماية المؤقتة.")
    assert len(chains) == 1 and chains[0][-1][0] == "official" and chains[0][-1][1].startswith("إدارة الرئيس")


@pytest.mark.parametrize("text, teller", [
    ("ويرى المنتقدون أن القرار سيضر بالمزارعين.", "المنتقدون"),
    ("وقال متعاملون إن المخاوف أضرت بالبورصة.", "متعاملون"),
    ("ويقول مؤيدو المرشح إن الحملة تعرضت للتضييق.", "مؤيدو"),
    ("وقال مراسلون إن الدخان يتصاعد من المصفاة.", "مراسلون"),
])
def test_unnamed_critics_supporters_and_traders_are_anonymous(text: str, teller: str) -> None:
    chains = claim_chains(text)
    assert len(chains) == 1 and chains[0][-1][0] == "anonymous" and chains[0][-1][1].startswith(teller)


@pytest.mark.parametrize("text, chain", [
    ("يرى البعض أن الاتفاق لن يصمد طويلا.", [("anonymous", "البعض")]),
    ("ويرى الكثيرون أن الاتفاق لن يصمد طويلا.", [("anonymous", "الكثيرون")]),
    ("وقال بعض المسؤولين إن الاتفاق لن يصمد طويلا.", [("official", "بعض المسؤولين")]),
])
def test_some_and_many_alone_are_anonymous(text: str, chain: list[tuple[str, str]]) -> None:
    assert claim_chains(text) == [chain]
