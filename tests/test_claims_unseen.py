"""Claims: tellers that unseen multi-outlet articles name in ways no list knows (sentences written for the tests)."""

from __future__ import annotations

import pytest

from marsad import model, pipeline
from tests.test_claims_recent import _chain, _claims


def _full(text: str) -> list[model.Claim]:
    """The whole pipeline, for rules that read the entities (a party or place as the verb's object)."""
    doc = pipeline.make_doc(text)
    pipeline.run(doc)
    return doc.claims


@pytest.mark.parametrize("text, chain", [
    # a body's name written as it sounds, right before أن/إن (a date may stand between)
    pytest.param("وقالت أمنستي إنترناشونال إن السجناء تعرضوا للتعذيب في المعتقل.",
                 [("official", "أمنستي إنترناشونال")], id="transliterated-body"),
    pytest.param("قالت كاراكاس الخميس إنها سترد على العقوبات الجديدة.",
                 [("official", "كاراكاس")], id="one-word-with-a-date"),
    pytest.param("قالت سانتو دومينغو الخميس إنها سترد على العقوبات الجديدة.",
                 [("official", "سانتو دومينغو")], id="two-words-with-a-date"),
    # (someone's kin or counsel before a name is a person; a noun with a nisba an unnamed one)
    pytest.param("وتقول محاميته ليز كارتر إن موكلها بريء.",
                 [("person", "محاميته ليز كارتر")], id="counsel-with-a-pronoun-then-a-name"),
    pytest.param("وقالت ممرضة أفغانية إنها تعمل منذ الفجر.",
                 [("anonymous", "ممرضة أفغانية")], id="noun-with-a-nisba"),
    # a partitive before a plural no list knows: an unnamed teller
    pytest.param("وقال بعض المزارعين إنهم خسروا محاصيلهم بسبب القصف.",
                 [("anonymous", "بعض المزارعين")], id="some-of"),
    pytest.param("وقالت إحدى الممرضات في المستشفى إنها عالجت عشرات الجرحى.",
                 [("anonymous", "إحدى الممرضات في المستشفى")], id="one-of-in-a-place"),
    pytest.param('وقال أحد هؤلاء المزارعين، "خسرنا كل شيء".',
                 [("anonymous", "أحد هؤلاء المزارعين")], id="one-of-these-then-quote"),
    pytest.param("وقال أحد الممرضين الذين عملوا في المستشفى إن الأدوية نفدت.",
                 [("anonymous", "أحد الممرضين")], id="one-of-with-a-relative-clause"),
    # a body no list knows closing an according-to clause
    pytest.param("وارتفع عدد القتلى إلى 40، وفق الاتحاد الدولي للمهندسين.",
                 [("official", "الاتحاد الدولي للمهندسين")], id="lam-genitive"),
    pytest.param("وقتل 12 شخصا على الأقل، بحسب الرابطة الطبية السورية المستقلة.",
                 [("official", "الرابطة الطبية السورية المستقلة")], id="four-definite-words"),
    pytest.param("وقتل 12 شخصا على الأقل، بحسب منظمة الإغاثة الدولية.",
                 [("official", "منظمة الإغاثة الدولية")], id="office-in-construct"),
    pytest.param("وارتفع عدد الضحايا إلى 40، وفق الاتحاد الدولي للصحفيين.",
                 [("official", "الاتحاد الدولي للصحفيين")], id="people-spoken-to-at-the-clause-end"),
    # a definite phrase no list knows, then أن/إن, a colon or a quote (a modifier and an adverb before it are cut off)
    pytest.param("وقال مركز الإعلام الميداني التابع للمعارضة حينها إن القصف استمر.",
                 [("official", "مركز الإعلام الميداني")], id="office-participle-and-adverb"),
    pytest.param("وقال محققو البعثة الأممية الأسبوع الماضي إن الهدنة صمدت.",
                 [("official", "محققو البعثة الأممية")], id="plural-construct-and-date"),
    pytest.param('وقال ممثلو الحزب المعارض في سطر واحد: "الانتخابات مزورة".',
                 [("official", "ممثلو الحزب المعارض")], id="colon-after-a-phrase"),
    pytest.param("وقال الطبيب، الذي عالج الجرحى في المستشفى الميداني، إن الإصابات خطيرة.",
                 [("anonymous", "الطبيب")], id="aside-between-commas-kind-of-a-source-noun"),
    pytest.param('وقال مكتب الإغاثة الذي وزع الخبز في المخيم "لم يبق لدينا طحين".',
                 [("official", "مكتب الإغاثة")], id="relative-clause-then-quote"),
    pytest.param('وقالت المتطوعة كارين هولم: "وصلنا متأخرين".',
                 [("person", "المتطوعة كارين هولم")], id="plain-words-after-it-are-a-name"),
    pytest.param("وقال مركز الدفاع قبلها إن القافلة وصلت.",
                 [("official", "مركز الدفاع")], id="adverb-with-a-pronoun-is-no-name"),
    # a possessive pronoun on a verbal noun opening a sentence: the subject of the sentence before
    pytest.param("وشنت وزارة الدفاع التركية غارات على المنطقة. وبحسب روايتها، فإن الطائرات دمرت مخابئ.",
                 [("official", "وزارة الدفاع التركية")], id="her-account"),
    pytest.param("وفر السكان من البلدة بعد القصف. وحسب قولهم، فإن الطائرات قصفت السوق.",
                 [("anonymous", "السكان")], id="their-saying"),
    pytest.param("وعقد قائد الشرطة مؤتمرا صحفيا. وبحسب قوله، فإن المهاجمين قتلوا جميعا.",
                 [("official", "قائد الشرطة")], id="title-not-its-object"),
])
def test_one_claim_and_its_chain(text: str, chain: list[tuple[str, str]]) -> None:
    cs = _claims(text)
    assert len(cs) == 1
    assert _chain(cs[0]) == chain


@pytest.mark.parametrize("text", [
    pytest.param("وأضاف بشكل واضح إن القوات انسحبت من القرية.", id="manner-adverb"),
    pytest.param("وضمت الأم طفلها بين ذراعيها وحاولت أن تحميه من الغاز.", id="between-is-no-verb"),
    pytest.param("وجلس الطفل بين والديه وأخته أن يتكلم.", id="between-before-a-pronoun-word"),
])
def test_adverbs_and_between_are_no_body(text: str) -> None:
    assert all(s.kind not in ("official", "person") for c in _claims(text) for s in c.sources)


def test_partitive_inside_a_prepositional_phrase_is_no_teller() -> None:
    cs = _claims('وجاء في إحدى الوثائق التي سربت، وفق صحف محلية: "نقلت الأسلحة ليلا".')
    assert cs and all("الوثائق" not in s.text for c in cs for s in c.sources)


@pytest.mark.parametrize("text", [
    pytest.param("ويعتبر الكثير من السكان أن الطريق غير آمن.", id="partitive-noun"),
    pytest.param('وأكد التسجيل الشبهات التي أثارتها المعارضة، حسب "الوكالة الوطنية".', id="quote-after-according"),
    pytest.param('وقال الوزير إن "الحكومة إذ تؤكد التزامها بالاتفاق فإنها ترفض أي خرق له".', id="inside-a-quote"),
])
def test_no_loose_teller(text: str) -> None:
    cs = _claims(text)
    assert all(s.text not in ("الكثير", "التسجيل الشبهات", "التزامها") for c in cs for s in c.sources)


@pytest.mark.parametrize("text, teller", [
    pytest.param("والأكراد يقولون إن الطائرات قصفت القرية.", "الأكراد", id="broken-plural"),
    pytest.param("لكن الفلسطينيين يقولون إن الجنود أطلقوا النار أولا.", "الفلسطينيين", id="nisba-plural"),
    pytest.param("ويقول الدروز إن الهجوم استهدف قراهم.", "الدروز", id="after-the-verb"),
])
def test_a_people_speaks_as_a_side(text: str, teller: str) -> None:
    cs = _claims(text)
    assert len(cs) == 1
    assert cs[0].sources[-1].kind == "official"
    assert cs[0].sources[-1].text.endswith(teller)


def test_a_plural_that_is_no_people_is_no_fronted_teller() -> None:
    assert _claims("والمدنيون يقولون إن القصف لم يتوقف.") == []


def test_pronoun_points_to_the_person_named_before() -> None:
    cs = _full("وزار رئيس الوزراء الكندي جاستن ترودو بغداد. وبحسب قوله، فإن بلاده ستدعم العراق.")
    assert len(cs) == 1
    assert cs[0].sources[-1].kind == "person"
    assert cs[0].sources[-1].text.endswith("ترودو")


def test_a_verb_with_no_subject_and_no_teller_just_quoted_is_no_claim() -> None:
    # وقال إن … with no claim before it: the subject of the sentence before is too often not the teller
    assert _claims("وزار الوفد المدينة أمس. وقال إن الزيارة ناجحة.") == []
    assert _claims("ونشر الجيش صورا للموقع. وأشار في بيانه إلى أن القوات دمرت الأنفاق.") == []


def test_a_plain_definite_noun_no_list_knows_is_no_loose_teller() -> None:
    # الرجل، الجيران: a teller whose kind could only be guessed
    assert _claims('وقال الرجل الذي فقد منزله في القصف "لم يبق لنا شيء".') == []


def test_a_heading_between_paragraphs_is_no_antecedent() -> None:
    # a short line with no closing punctuation (a link to another story) names no one a pronoun points to
    text = ("وفر السكان من البلدة بعد القصف.\n"
            "الوزير يزور المدينة المنكوبة\n"
            "وحسب قولهم، فإن الطائرات قصفت السوق.")
    cs = _claims(text)
    assert len(cs) == 1
    assert _chain(cs[0]) == [("anonymous", "السكان")]


@pytest.mark.parametrize("text, chain", [
    pytest.param("واتهم المتحدث باسم الجيش التركي روسيا بانتهاك الأجواء.",
                 [("official", "المتحدث باسم الجيش التركي")], id="accused-party-after-title"),
    pytest.param("ونفى محافظ حمص وجود أي اشتباكات في المدينة.",
                 [("official", "محافظ حمص")], id="denied-thing-after-title"),
    pytest.param("ونفى المتحدث باسم الحكومة العراقية سعد الحديثي صحة التقارير.",
                 [("person", "المتحدث باسم الحكومة العراقية سعد الحديثي")], id="name-then-object"),
    pytest.param("وجاء نفي محافظ حمص وجود أي اشتباكات بعد ساعات من التقارير.",
                 [("official", "محافظ حمص")], id="verbal-noun-of-denial"),
])
def test_title_does_not_swallow_the_object(text: str, chain: list[tuple[str, str]]) -> None:
    cs = _full(text)
    assert len(cs) == 1
    assert _chain(cs[0]) == chain
