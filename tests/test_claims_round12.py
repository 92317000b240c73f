"""Claims, round 12 (sentences written for the tests, in the styles of local Syrian and Iraqi outlets): an unnamed
title teller of a verb of denying or confirming ends before the verbal noun or report word that opens its object
(نفى مدير المستشفى وقوع إصابات: the teller is مدير المستشفى, not "مدير المستشفى وقوع إصابات")."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chain, full_claims


def _chains(text: str) -> list[list[tuple[str, str]]]:
    return [claim_chain(c) for c in full_claims(text)]


@pytest.mark.parametrize("text, source", [
    ("نفى مدير المستشفى وقوع إصابات بين الممرضين.", ("official", "مدير المستشفى")),
    ("ونفى مدير مستشفى الحويجة العام وجود حالات تسمم بين الأطفال.", ("official", "مدير مستشفى الحويجة العام")),
    ("وأكد قائد شرطة القضاء سقوط ثلاث قذائف على السوق.", ("official", "قائد شرطة القضاء")),
    ("ونفت المتحدثة باسم البلدية تعرض الصهريج لإطلاق نار.", ("official", "المتحدثة باسم البلدية")),
    ("ونفى رئيس المجلس المحلي صحة الأنباء عن اعتقال شبان.", ("official", "رئيس المجلس المحلي")),
    ("ونفى مدير الناحية مزاعم تهجير العائلات من القرية.", ("official", "مدير الناحية")),
])
def test_title_teller_ends_before_the_denied_verbal_noun(text: str, source: tuple[str, str]) -> None:
    assert _chains(text) == [[source]]


def _teller_refs(text: str) -> list[tuple[str, str | None]]:
    """Each claim's innermost teller as (text, ref of its entity)."""
    from marsad import pipeline

    doc = pipeline.make_doc(text)
    pipeline.run(doc)
    out = []
    for c in doc.claims:
        src = c.sources[-1]
        ent = doc.entity(src.entity) if src.entity else None
        out.append((src.text, ent.ref if ent else None))
    return out


@pytest.mark.parametrize("text, teller, ref", [
    ("وقال المركز الإعلامي لقوات سوريا الديمقراطية في بيان إن مقاتليه أسروا عنصرين من التنظيم.",
     "المركز الإعلامي لقوات سوريا الديمقراطية", "sdf"),
    ("وقال المكتب الإعلامي لهيئة تحرير الشام إن الطائرات قصفت سوقا شعبيا في أريحا.",
     "المكتب الإعلامي لهيئة تحرير الشام", "hts"),
    ("وقال الناطق باسم الجيش العراقي إن قطعاته أمنت الطريق الدولي.", "الناطق باسم الجيش العراقي", "iraq-army"),
    ("ونفى المكتب الإعلامي للحشد الشعبي وقوع اشتباك مع قوات البيشمركة قرب مخمور.",
     "المكتب الإعلامي للحشد الشعبي", "pmf"),
])
def test_office_or_spokesman_of_a_named_actor_is_tied_to_the_actor(text: str, teller: str, ref: str) -> None:
    got = _teller_refs(text)
    assert len(got) == 1 and got[0][0].startswith(teller) and got[0][1] == ref


def test_an_office_of_no_named_actor_stays_unlinked() -> None:
    assert _teller_refs("وقال المكتب الإعلامي للمجلس المحلي إن المياه قطعت عن الحي.")[0][1] is None


@pytest.mark.parametrize("text, chain", [
    ("ونقلت صحيفة الوطن المقربة من دمشق عن مصادر ميدانية أن الجيش وصل إلى أطراف البلدة.",
     [("outlet", "صحيفة الوطن"), ("anonymous", "مصادر ميدانية")]),
    ("ونقلت قناة الميادين الموالية لإيران عن مصدر عسكري أن الطريق فتح أمام القوافل.",
     [("outlet", "قناة الميادين"), ("anonymous", "مصدر عسكري")]),
    ("ونقلت وكالة أعماق التابعة لتنظيم داعش عن مصدر أمني أن عناصره نفذوا الهجوم.",
     [("outlet", "وكالة أعماق"), ("anonymous", "مصدر أمني")]),
    ("ونقلت صحيفة \"الوطن\"، القريبة من الحكومة، عن مصادر أهلية أن المفاوضات توقفت.",
     [("outlet", "صحيفة \"الوطن\""), ("anonymous", "مصادر أهلية")]),
])
def test_relaying_outlet_keeps_its_source_past_the_side_it_is_on(text: str, chain: list[tuple[str, str]]) -> None:
    assert _chains(text) == [chain]


@pytest.mark.parametrize("text, source", [
    ("وقال وكيل وزارة الداخلية إن المعابر ستفتح الأسبوع المقبل.", ("official", "وكيل وزارة الداخلية")),
    ("وأكد وكيل وزارة الصحة، سامر الحديدي، إن المستشفيات استقبلت الجرحى.",
     ("person", "وكيل وزارة الصحة، سامر الحديدي")),
])
def test_undersecretary_is_a_title(text: str, source: tuple[str, str]) -> None:
    assert _chains(text) == [[source]]


@pytest.mark.parametrize("text", [
    "وقالت قوى العدوان إن طائراتها دمرت منصة صواريخ في صعدة.",
    "وزعمت قوى العدوان أن دفاعاتها اعترضت طائرة مسيرة فوق جيزان.",
])
def test_stance_outlet_name_of_the_coalition_tells(text: str) -> None:
    got = _teller_refs(text)
    assert got == [("قوى العدوان", "saudi-coalition-yemen")]


@pytest.mark.parametrize("text, chain", [
    ("وعلم المرصد السوري لحقوق الإنسان من مصادر موثوقة أن الفرقة الرابعة سحبت عناصرها من الحاجز.",
     [("outlet", "المرصد السوري لحقوق الإنسان"), ("anonymous", "مصادر موثوقة")]),
    ("وعلمت وكالة فرانس برس من مصدر قضائي أن المحكمة أرجأت الجلسة.",
     [("outlet", "وكالة فرانس برس"), ("anonymous", "مصدر قضائي")]),
])
def test_outlet_that_learned_from_a_source_tells_through_it(text: str, chain: list[tuple[str, str]]) -> None:
    assert _chains(text) == [chain]


@pytest.mark.parametrize("text", [
    "وعلمت المحكمة أن المتهم غادر البلاد قبل الحكم.",
    "ورفع علم البلاد فوق مبنى البلدية بعد أن انسحب المسلحون.",
])
def test_learning_with_no_source_is_no_claim(text: str) -> None:
    assert _chains(text) == []


_PRIOR = "قال الدفاع المدني إن الطائرات قصفت الحي. "


@pytest.mark.parametrize("text, source", [
    ("وحذرت شركة كهرباء دمشق من انقطاع التيار عن الأحياء.", ("official", "شركة كهرباء دمشق")),
    ("وحذرت شركة صافي للغاز من انقطاع الإمدادات.", ("official", "شركة صافي للغاز")),
    ("وكشفت منظمة تموز للتنمية عن توثيق عشرين انتهاكا.", ("official", "منظمة تموز للتنمية")),
    ("وأوضحت منظمة \"شفق للإغاثة\"، التي تدير المخيم، أن الخيام احترقت.",
     ("official", "منظمة \"شفق للإغاثة\"")),
    ("وتقول \"رابطة الحقوقيين الأحرار\"، إن المعتقلين نقلوا إلى دمشق.", ("official", "رابطة الحقوقيين الأحرار")),
])
def test_office_with_an_unknown_name_is_the_teller(text: str, source: tuple[str, str]) -> None:
    chains = _chains(_PRIOR + text)
    assert len(chains) == 2 and chains[1] == [source]


@pytest.mark.parametrize("text, source", [
    ("وكشف مشايخ عشائر البو نمر عن مقتل شابين في الكمين.", ("anonymous", "مشايخ عشائر البو نمر")),
    ("وقال وجهاء عشيرة الشعيطات إن المسلحين انسحبوا من البلدة.", ("anonymous", "وجهاء عشيرة الشعيطات")),
    ("وأكد شيوخ العشائر في الرقة أن الهدنة صامدة.", ("anonymous", "شيوخ العشائر")),
])
def test_group_of_elders_in_construct_is_the_teller(text: str, source: tuple[str, str]) -> None:
    chains = _chains(_PRIOR + text)
    assert len(chains) == 2 and chains[1] == [source]


def test_office_name_ends_before_a_time_word() -> None:
    assert _chains("وقال مركز الإسعاف قبلها إن الطريق أغلق.") == [[("official", "مركز الإسعاف")]]


@pytest.mark.parametrize("text, name", [
    ("وقال الناطق باسم تجمع أحرار إدلب، أبو علي الإدلبي، إن الدورية انسحبت.", "أبو علي الإدلبي"),
    ("وقال قائد محور الكوير، اللواء هيمن كريم، إن المسلحين فروا.", "هيمن كريم"),
])
def test_name_set_off_after_a_title_and_its_body(text: str, name: str) -> None:
    from marsad import pipeline

    doc = pipeline.make_doc(text)
    pipeline.run(doc)
    assert len(doc.claims) == 1
    src = doc.claims[0].sources[-1]
    assert src.kind == "person" and src.text.endswith(name)


def test_second_title_set_off_is_no_name() -> None:
    chains = _chains("وقال وزير الري سامر خليل، نائب رئيس الوفد، إن السد صامد.")
    assert chains == [[("person", "وزير الري سامر خليل")]]


@pytest.mark.parametrize("text, chain", [
    ("ونقلت الوكالة عن \"مصدر أمني\" أن العبوة انفجرت قرب الجسر.",
     [("outlet", "الوكالة"), ("anonymous", "مصدر أمني")]),
    ("وقال \"مصدر عسكري\" إن القصف توقف ليلا.", [("anonymous", "مصدر عسكري")]),
])
def test_quoted_unnamed_source(text: str, chain: list[tuple[str, str]]) -> None:
    assert _chains(text) == [chain]


def test_title_set_off_after_a_named_person_stays_out() -> None:
    chains = _chains("وقال الدكتور سامي الخطيب، مدير كلية الطب في الجامعة، إن الجرحى كثر.")
    assert chains == [[("person", "الدكتور سامي الخطيب")]]


@pytest.mark.parametrize("text, name", [
    ("وأكد المتحدث باسم جماعة الأنصار، ضيف الله سالم، أن المقاتلين انسحبوا.", "ضيف الله سالم"),
    ("وقال المبعوث الفرنسي بمنظمة الصحة العالمية، بيار دوران، إن اللقاحات وصلت.", "بيار دوران"),
])
def test_name_set_off_after_a_spokesman_or_envoy(text: str, name: str) -> None:
    from marsad import pipeline

    doc = pipeline.make_doc(text)
    pipeline.run(doc)
    assert len(doc.claims) == 1 and doc.claims[0].sources[-1].text.endswith(name)


@pytest.mark.parametrize("text, source", [
    ("وحذر وزير الزراعة من موجة جفاف قاسية في الريف الشرقي.", ("official", "وزير الزراعة")),
    ("وحذر محافظ ديالى من عودة خلايا التنظيم إلى البساتين.", ("official", "محافظ ديالى")),
    ("وحذرت هيئة الإغاثة المحلية من نفاد الطحين في المخيمات.", ("official", "هيئة الإغاثة المحلية")),
    ("وحذر المدير من انقطاع الكهرباء عن المستشفى.", ("official", "المدير")),
])
def test_warning_teller_ends_at_its_from(text: str, source: tuple[str, str]) -> None:
    # حذر takes its object with من: the من after the title (and its genitive) opens the warning, not the title
    assert _chains(text) == [[source]]


def test_called_on_plural_is_no_subject_of_a_singular_verb() -> None:
    # زعماء after دعا were called on: the singular وقال resumes the teller named before, not them
    text = ("وقال رئيس الحكومة إن الإصلاح ضروري. ودعا زعماء الأحزاب إلى أن يتحملوا مسؤولياتهم، "
            "وقال إن البلاد تمر بمرحلة صعبة.")
    chains = _chains(text)
    assert [("anonymous", "زعماء الأحزاب")] not in chains
    assert chains[-1] == [("official", "رئيس الحكومة")]


def test_plural_subject_of_a_plural_verb_is_kept() -> None:
    # وقالوا agrees with سكان: they asked, and they said
    text = "وطالب سكان القرية بإعادة فتح المدرسة، وقالوا إن أطفالهم بلا تعليم منذ عامين."
    assert _chains(text) == [[("anonymous", "سكان")]]


@pytest.mark.parametrize("text, source", [
    ("وكشف نائب رئيس مجلس البلدة عن وصول شاحنات طحين إلى الفرن.", ("official", "نائب رئيس مجلس البلدة")),
    ("وأعرب عضو الهيئة السياسية عن أسفه لسقوط ضحايا مدنيين.", ("official", "عضو الهيئة السياسية")),
    ("وكشف عضو مجلس النواب عن محافظة ديالى عن اختطاف ثلاثة مزارعين.",
     ("official", "عضو مجلس النواب عن محافظة ديالى")),
])
def test_member_about_is_the_verbs_object_unless_a_second_follows(text: str, source: tuple[str, str]) -> None:
    # كشف/أعرب take عن: after نائب/عضو the bloc's عن needs the verb's own عن after it
    assert _chains(text) == [[source]]


def test_name_ending_like_abi_takes_no_ali_after_it() -> None:
    # آبي folds like أبي (of أبي بكر); as the end of a known name it opens no علي: على is شدد's preposition
    chains = _chains("وشدد رئيس الوزراء الياباني شينزو آبي على أن بلاده لن تتراجع.")
    assert chains == [[("person", "رئيس الوزراء الياباني شينزو آبي")]]


def test_short_quote_opening_with_inna_is_what_was_said() -> None:
    # a short quote after the teller that opens with إن/أن is the words said, not the teller's name
    chains = _chains('وقال مصدر مقرب من المحافظ "إنه لن يغادر المدينة" مضيفا أن الحصار مستمر.')
    assert chains[0] == [("anonymous", "مصدر مقرب من المحافظ")]
