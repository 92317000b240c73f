"""Claims, round 14 (sentences written for the tests, in the styles of local Syrian and Iraqi outlets and pan-Arab
papers): the outlet's own reporter, a named witness, a three-link relay, an outlet's name that a person's name
follows, and verb forms that are verbal nouns after a preposition."""

from __future__ import annotations

import pytest

import marsad
from tests.conftest import claim_chain, full_claims


def _chains(text: str, **kw: str) -> list[list[tuple[str, str]]]:
    if kw:
        return [[(s.kind, s.text) for s in c.sources] for c in marsad.analyze(text, **kw).claims]
    return [claim_chain(c) for c in full_claims(text)]


def test_the_agencys_own_reporter_speaks_for_the_publisher() -> None:
    text = "وقال مراسل الوكالة في حلب إن دوريات الأمن العام انتشرت في أحياء المدينة الشرقية."
    assert _chains(text, outlet="وكالة الأناضول") == [
        [("outlet", "وكالة الأناضول"), ("anonymous", "مراسل الوكالة في حلب")]]


def test_the_reporter_of_an_unnamed_paper_keeps_the_noun_and_his_post() -> None:
    # no publisher is known: the reporter is the only link, the place after the noun is his post, no teller
    assert _chains("وأفاد مراسل الصحيفة في الرقة بأن الأسواق أغلقت أبوابها منذ الصباح.") == [
        [("anonymous", "مراسل الصحيفة في الرقة")]]


@pytest.mark.parametrize("text, name", [
    ("وقال شاهد عيان يدعى خليل الحمود إن المروحيات ألقت برميلين على الحي.", "خليل الحمود"),
    ("وأكد شاهد يُدعى ياسر العبيد أن عناصر الحاجز صادروا هواتف الركاب.", "ياسر العبيد"),
])
def test_a_named_witness_keeps_his_family_name(text: str, name: str) -> None:
    (chain,) = _chains(text)
    assert len(chain) == 1 and chain[0][0] == "person" and chain[0][1].endswith(name)


@pytest.mark.parametrize("text, chain", [
    ("ونقلت وكالة رويترز عن صحيفة الشرق الأوسط نقلاً عن مصدر عسكري عراقي قوله إن تعزيزات وصلت إلى القائم.",
     [("outlet", "وكالة رويترز"), ("outlet", "صحيفة الشرق الأوسط"), ("anonymous", "مصدر عسكري عراقي")]),
    ("ونقلت وكالة سبوتنيك عن قناة الإخبارية السورية عن مصدر ميداني أن الجيش دخل بلدة اللطامنة.",
     [("outlet", "وكالة سبوتنيك"), ("outlet", "قناة الإخبارية السورية"), ("anonymous", "مصدر ميداني")]),
])
def test_a_relay_of_three_links_is_one_chain(text: str, chain: list[tuple[str, str]]) -> None:
    assert _chains(text) == [chain]


def test_a_bare_an_after_an_official_is_his_title_not_a_third_link() -> None:
    # «مسؤول عن الأمن»: responsible for security, no further teller
    assert _chains("ونقلت صحيفة الوطن عن مسؤول عن الأمن في المدينة أن الحواجز أزيلت.") == [
        [("outlet", "صحيفة الوطن"), ("official", "مسؤول")]]


def test_a_given_name_after_an_outlets_name_ends_the_outlet() -> None:
    text = "انسحبت الفصائل من قريتين في ريف حماة الشمالي، بحسب مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن."
    (chain,) = _chains(text)
    assert chain[0] == ("outlet", "المرصد السوري لحقوق الإنسان")
    assert chain[-1][0] == "person" and chain[-1][1].endswith("رامي عبد الرحمن")


def test_an_investigator_is_an_inner_link_past_an_aside() -> None:
    text = "ونقل موقع روداو عن أحد المحققين، دون ذكر اسمه، قوله إن السيارة المفخخة دخلت من الحاجز الغربي."
    chains = _chains(text)
    assert len(chains) == 1 and chains[0][-1] == ("official", "أحد المحققين")


@pytest.mark.parametrize("text", [
    "ومن بين البنود أن تنسحب الفصائل الثقيلة من جانبي الطريق الدولي.",
    "ويأتي ذلك وسط تجدد التحقيقات في ملفات الفساد داخل البلدية.",
    "وتصاعد الغضب في المخيم من وصف المسؤولين للنازحين بأنهم عبء على المدينة.",
])
def test_a_verb_form_after_a_preposition_is_a_verbal_noun(text: str) -> None:
    assert _chains(text) == []


def test_a_verbal_noun_after_a_conjoined_preposition_tells_nothing() -> None:
    text = "وبعد نشر بيان المجلس المحلي، قال المتحدث باسمه إن الطريق سيفتح غداً."
    assert _chains(text) == [[("official", "المتحدث باسمه")]]


@pytest.mark.parametrize("text, teller", [
    ("ونفى قائد الشرطة المحلية سيطرة المسلحين على الحي الشرقي.", "قائد الشرطة المحلية"),
    ("وأكد مدير المستشفى استشهاد طفلين بقصف مدفعي على البلدة.", "مدير المستشفى"),
    ("ونفى محافظ المدينة اندلاع اشتباكات في السوق.", "محافظ المدينة"),
])
def test_the_names_stages_verbal_nouns_end_a_title_teller_too(text: str, teller: str) -> None:
    # سيطرة، استشهاد، اندلاع were in roles' object_verbal_nouns only: the one folded list ends the teller
    assert _chains(text) == [[("official", teller)]]


def test_one_list_of_object_verbal_nouns_serves_both_stages() -> None:
    from marsad import packs
    from marsad.stages import names

    assert "object_verbal_nouns" not in packs.load_json("roles")
    masdars = packs.load_json("attribution")["grammar"]["object_masdars"]
    assert {"مقتل", "سيطرة", "ارتفاع", "مزاعم"} <= set(masdars)
    assert all(names.object_noun(names.fold_text(w)) for w in masdars)


def test_the_outlet_a_named_witness_spoke_to_ends_his_name() -> None:
    text = "وقال شاهد عيان يدعى سليمان الخطيب لتلفزيون سوريا إن الطائرات حلقت فوق البلدة طوال الليل."
    (chain,) = _chains(text)
    assert chain[0] == ("outlet", "تلفزيون سوريا")
    assert chain[-1][0] == "person" and chain[-1][1].endswith("سليمان الخطيب")


@pytest.mark.parametrize("text, teller", [
    ("كشف مصدر حكومي عراقي عن اتفاق مبدئي بين بغداد وأربيل على إدارة المعبر.", ("official", "مصدر حكومي عراقي")),
    ("وكشف مسؤول محلي عن تقرير يرصد أضرار السيول في القرى.", ("official", "مسؤول محلي")),
])
def test_the_an_of_a_verb_of_revealing_is_its_object(text: str, teller: tuple[str, str]) -> None:
    assert _chains(text) == [[teller]]


def test_the_an_of_relaying_closes_an_office_as_an_would() -> None:
    # the office's لـ-actor runs past what a loose subject takes: only the relay's عن closes it with its actor
    text = "ونقل المركز الإعلامي لقوات سوريا الديمقراطية عن مسؤول ميداني قوله إن الدوريات انتشرت على طريق الرقة."
    assert _chains(text) == [
        [("official", "المركز الإعلامي لقوات سوريا الديمقراطية"), ("official", "مسؤول ميداني")]]


@pytest.mark.parametrize("text, teller", [
    ("وكانت وكالة الأنباء السورية الرسمية «سانا» قد ذكرت أن وحدات الجيش تلاحق خلايا في ريف درعا.",
     "وكالة الأنباء السورية الرسمية «سانا»"),
    ("وكانت شبكة «عين الفرات» المحلية قد ذكرت أن دورية أمريكية وصلت إلى حقل العمر.",
     "شبكة «عين الفرات» المحلية"),
])
def test_an_outlets_quoted_name_and_adjectives_before_qad_and_its_verb(text: str, teller: str) -> None:
    assert _chains(text) == [[("outlet", teller)]]


@pytest.mark.parametrize("text", [
    'ونقلت صفحات محلية على "فيسبوك" عن ناشطين في بلدة الكرك أن الحاجز شهد إطلاق نار.',
    "ونقلت صفحات محلية على فيسبوك عن ناشطين في بلدة الكرك أن الحاجز شهد إطلاق نار.",
])
def test_the_platform_before_the_relays_an(text: str) -> None:
    assert _chains(text) == [[("anonymous", "صفحات محلية"), ("anonymous", "ناشطين في بلدة الكرك")]]


def test_a_named_title_after_according_may_close_with_a_date() -> None:
    text = "وتعرضت القافلة لهجوم قرب معبر باب الهوى، وفقاً لما ذكره وزير الإدارة المحلية، خالد الأحمد في وقت سابق."
    (chain,) = _chains(text)
    assert chain[-1][0] == "person" and chain[-1][1].endswith("خالد الأحمد")


def test_others_are_unnamed_people() -> None:
    chains = _chains("وقال بعض السكان إن القصف استمر طوال الليل، فيما قال آخرون إن الهدوء عاد.")
    assert [("anonymous", "آخرون")] in chains


def test_a_name_set_off_by_commas_after_a_title_before_its_verb_is_the_teller() -> None:
    text = ("وكان المتحدث باسم مديرية الصحة في حماة، أشرف القدرة، قد كشف أن المستشفى الوطني خرج عن الخدمة "
            "بعد القصف.")
    (chain,) = _chains(text)
    assert chain[-1][0] == "person" and chain[-1][1].endswith("أشرف القدرة")


@pytest.mark.parametrize("text, inner", [
    ("ونقلت وكالة الأنباء الكورية التي تديرها الدولة عن متحدث في وزارة الخارجية قوله إن العقوبات فاشلة.",
     ("official", "متحدث في وزارة الخارجية")),
    ("ونقلت قناة الميادين، التي تبث من بيروت، عن مصدر ميداني قوله إن الجيش تقدم نحو التلال.",
     ("anonymous", "مصدر ميداني")),
])
def test_a_relative_clause_after_a_relaying_outlet_stands_before_its_an(text: str, inner: tuple[str, str]) -> None:
    (chain,) = _chains(text)
    assert chain[0][0] == "outlet" and chain[-1] == inner


def test_the_one_who_answered_with_a_statement_speaks_through_it() -> None:
    text = "وبعد نشر بيان المجلس، رد المحافظ نايف الخلف بتغريدة، قال فيها إن الطريق سيفتح خلال يومين."
    (chain,) = _chains(text)
    assert chain[-1][0] == "person" and chain[-1][1].startswith("المحافظ")


def test_a_medium_in_commas_before_the_relays_an() -> None:
    text = "ونقل المكتب الإعلامي لقوات سوريا الديمقراطية، في بيان، عن قائد ميداني قوله إن الحملة انتهت."
    (chain,) = _chains(text)
    assert chain[-1] == ("official", "قائد ميداني")
