"""Claims: shapes found on a fresh sample of unseen articles (sentences written for the tests)."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chain, full_claims


def _chains(text: str) -> list[list[tuple[str, str]]]:
    return [claim_chain(c) for c in full_claims(text)]


@pytest.mark.parametrize("text, chains", [
    # علي is folded like the preposition على, but inside a name it is the given name
    pytest.param("قال سليم علي الحسيني إن الجسر سيفتح قريبا، مشددا على أن العمل مستمر.",
                 [[("person", "سليم علي الحسيني")]], id="ali-inside-a-name-after-the-verb"),
    pytest.param("وقال قائد الشرطة، كريم علي جابر، إن الطريق آمن، مؤكدا على أن الدوريات مستمرة.",
                 [[("person", "قائد الشرطة، كريم علي جابر")]], id="ali-inside-a-name-between-commas"),
    # an office head before a name written as it sounds
    pytest.param("وقالت منظمة ريد ووتر إن المخيمات تعاني نقصا في المياه.",
                 [[("official", "منظمة ريد ووتر")]], id="office-head-and-transliterated-name"),
])
def test_tellers_found(text: str, chains: list[list[tuple[str, str]]]) -> None:
    assert _chains(text) == chains


@pytest.mark.parametrize("text", [
    # a verb form right after a preposition or a construct head is its verbal noun (نَقْل), no telling
    pytest.param('وخرج المئات احتجاجا على نقل المعمل إلى خارج المدينة خلال مشاركتهم في فعالية "يوم الأرض".',
                 id="naql-after-a-preposition"),
    pytest.param('وتجري عملية نقل الجرحى إلى المستشفيات "بصعوبة بالغة".', id="naql-after-a-construct-head"),
    # a picture showing a scene: object then وهو/وهم
    pytest.param("ويظهر مقطع مصور عنصرين من الحرس وهما يعتديان على بائع متجول.", id="video-shows-a-scene"),
])
def test_no_claim(text: str) -> None:
    assert full_claims(text) == []


def test_shows_that_is_still_a_claim() -> None:
    got = _chains("وتظهر صور الأقمار الصناعية أن المطار تعرض لأضرار كبيرة.")
    assert len(got) == 1 and [kind for kind, _text in got[0]] == ["document"]


def test_writer_spoken_to_is_no_teller() -> None:
    # يقول لي أحد السكان: the writer is the one told, the teller comes after
    got = _chains("يقول لي أحد السكان إن المياه انقطعت منذ أسبوع.")
    assert got == [[("anonymous", "أحد السكان")]]
    # قال لي before a Chinese name stays part of the name
    got = _chains("وقال لي تشانغ مينغ إن المعرض سيفتتح الشهر المقبل.")
    assert got and got[0][-1][1].startswith("لي")


def test_writer_spoken_to_then_quote_goes_on_for_the_last_teller() -> None:
    got = _chains('وقال صاحب المخبز سعيد حمدان إن الطحين نفد. ويقول لي: "لم نر مثل هذا منذ سنوات".')
    assert len(got) == 2 and got[1] == got[0]
    assert all(text not in {"لي", "لنا"} for chain in got for _kind, text in chain)


def test_quote_after_a_person_for_a_strict_verb() -> None:
    got = _chains('قال وزير النقل سامي الفرا إن الطريق سيفتح. وتابع الفرا "سنعمل ليلا ونهارا".')
    assert len(got) == 2 and got[1][-1][0] == "person"


def test_short_quote_ending_the_sentence_is_the_words() -> None:
    got = _chains('وقال المتحدث باسم الدفاع المدني "لا ناجين".')
    assert got == [[("official", "المتحدث باسم الدفاع المدني")]]


def test_bare_lakin_before_a_verb_tells_for_the_sentence_subject() -> None:
    text = ("قال محافظ المدينة إن الوضع هادئ. وامتنعت وزارة الداخلية عن ذكر التفاصيل لكن قالت إن "
            "التحقيق مستمر.")
    got = _chains(text)
    assert got[-1] == [("official", "وزارة الداخلية")]


def test_a_verb_describing_the_telling_is_no_second_claim() -> None:
    got = full_claims("كشفت مصادر تحدثت لـ\"الوطن\" عن خطة لإعادة فتح المعبر.")
    assert len(got) == 1
    got = full_claims('وقال الممثل الخاص للأمين العام الذي كان يتحدث إلى المجلس عبر الفيديو "يجب وقف القتال".')
    assert len(got) == 1


def test_according_to_a_country_closing_the_clause() -> None:
    got = _chains("واحتجزت السلطات سفينة شحن قرب الساحل، بحسب اليونان.")
    assert got == [[("official", "اليونان")]]


def test_conjunction_is_no_part_of_a_known_name() -> None:
    got = _chains("قال الرئيس الأمريكي دونالد ترامب إن الصفقة جيدة، لكن الوزير قال إنها سيئة، "
                  "وترامب قال إنه لن يتراجع.")
    assert all(not text.startswith("وترامب") for chain in got for _kind, text in chain)


@pytest.mark.parametrize("text", [
    pytest.param('ذكرت صحيفة "الفجر" أن الجيش تقدم. وقال مصدر عسكري للصحيفة إن الوضع تحت السيطرة.', id="quoted-name"),
    pytest.param('ذكرت صحيفة "الفجر" أن الجيش تقدم. وقال المصدر للصحيفة: "الوضع تحت السيطرة".', id="colon"),
])
def test_outlet_addressed_by_its_noun_is_the_one_named_before(text: str) -> None:
    got = _chains(text)
    assert len(got) == 2 and got[-1][0] == ("outlet", 'صحيفة "الفجر"') and got[-1][1][0] == "anonymous"


def test_network_of_a_person_is_no_outlet() -> None:
    text = ("تتهم أنقرة الداعية فتح الله غولن بتدبير الانقلاب. واتهم زعيم المعارضة الحكومة بإخفاء دعمها لشبكة "
            'فتح الله غولن، متهما الرئيس بأنه "أقرب السياسيين إليها".')
    assert all(kind != "outlet" for chain in _chains(text) for kind, _text in chain)


def test_adverb_after_a_verb_inside_a_quote_is_no_teller() -> None:
    got = _chains('وقال الرئيس عادل منير: "كما أوضحت دائما، القضاء مستقل".')
    assert all(text != "دائما" for chain in got for _kind, text in chain)


def test_according_to_what_was_announced_about_it() -> None:
    got = _chains("أطلق حارس طلقة تحذيرية على رجل حاول دخول المجمع، وفقا لما أعلنت عنه الجمعية.")
    assert got and got[0][-1][1] == "الجمعية"


@pytest.mark.parametrize("text, chains", [
    # an office head with a verbal noun in construct no list names: the body, with a date or after كان … قد
    pytest.param("وأعلنت هيئة رصد الألغام الدولية الثلاثاء أن الحقول لم تطهر بعد.",
                 [[("official", "هيئة رصد الألغام الدولية")]], id="office-head-construct-with-a-date"),
    pytest.param("وكانت هيئة رصد الألغام الدولية قد أعلنت أن الحقول لم تطهر بعد.",
                 [[("official", "هيئة رصد الألغام الدولية")]], id="office-head-construct-after-kana"),
    # بحسب ما أشار إليه / وفق ما ألمح: the verb after ما with its preposition and pronoun
    pytest.param("وسيبدأ العمل في الجسر الشهر المقبل، بحسب ما أشار إليه الوزير.",
                 [[("official", "الوزير")]], id="according-to-what-he-pointed-to"),
])
def test_tellers_found_2(text: str, chains: list[list[tuple[str, str]]]) -> None:
    assert _chains(text) == chains


def test_saying_verb_after_a_noun_tells_for_the_sentence_subject() -> None:
    # وشن الجيش حملة قال إنها …: a relative clause with no relative pronoun; the sentence's subject tells
    got = _chains("وشن الجيش العراقي حملة مداهمات في الصحراء الغربية قال إنها استهدفت خلايا نائمة.")
    assert got == [[("official", "الجيش العراقي")]]
    # the present is the article's own background (a campaign it says targets …): no claim
    assert _chains("وشن الجيش العراقي حملة مداهمات في الصحراء الغربية يقول إنها تستهدف خلايا نائمة.") == []
    # a plural verb after a noun phrase has that phrase for subject
    got = _chains("لكن وزير الدفاع ماهر سليم وقادة عسكريون آخرون قالوا إن الهدنة قد تنهار.")
    assert len(got) == 1 and got[0][0][1] == "وزير الدفاع ماهر سليم"


def test_given_name_then_a_quote_is_a_person() -> None:
    assert _chains('وقال محمد جاسم "لم يبق لنا شيء في القرية".') == [[("person", "محمد جاسم")]]


def test_correspondent_of_an_outlet_named_in_quotes() -> None:
    got = _chains('وبحسب مراسل إذاعة "صوت الجبل"، فإن الاشتباكات توقفت عند الفجر.')
    assert got and got[0][0] == ("outlet", 'إذاعة "صوت الجبل"') and got[0][-1][0] == "anonymous"
