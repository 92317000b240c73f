"""Round 16 (EN): phrases of common words taken for people. The sentences are written for these tests."""

import marsad
from marsad.stages.names import _predicate_after_full_name
from marsad.textnorm import fold_text
from tests.conftest import mention_refs

_PARTICLES = frozenset({fold_text(w) for w in ("أبو", "بن", "عبد")})


def _people(text: str, published: str = "2019-03-01") -> list[str]:
    art = marsad.analyze(text, published=published)
    return [m.text for e in art.entities if e.type == "person" for m in e.mentions]


def test_common_noun_phrase_after_speech_verb_is_no_person() -> None:
    # a definite common noun after a common word speaks: rescue teams, figures, no person's name
    assert _people("وقالت فرق الإطفاء إن الحريق امتد إلى المخازن القريبة من الميناء.") == []
    assert _people("وتقول أحدث الأرقام إن عدد النازحين ارتفع في ريف حلب.") == []


def test_person_after_speech_verb_still_found() -> None:
    assert _people("وقال المتحدث هادي بوتاريك إن القوات جاهزة.") == ["هادي بوتاريك"]
    assert _people("وقالت سلمى حداد إن القوات انسحبت من القرية.") == ["سلمى حداد"]


def test_common_word_after_full_name_ends_it() -> None:
    assert _people("وأثار اختفاء ماهر بن سليم دحبور اهتمام الصحافة الدولية.") == ["سليم دحبور"]


def test_predicate_word_after_two_name_words() -> None:
    name = [fold_text("زياد"), fold_text("غرتيلي")]
    for word in ("ممثل", "منصبه", "جاسوس", "اهتمام"):
        assert _predicate_after_full_name(name, fold_text(word), _PARTICLES), word


def test_family_name_words_after_two_name_words_stay() -> None:
    # a definite family name that is a common word, a nisba family name, a Persian ending, a kunya's name
    assert not _predicate_after_full_name([fold_text("علي"), fold_text("محسن")], fold_text("الأحمر"), _PARTICLES)
    assert not _predicate_after_full_name([fold_text("محمد"), fold_text("علي")], fold_text("جعفري"), _PARTICLES)
    assert not _predicate_after_full_name([fold_text("علي"), fold_text("حاجي")], fold_text("زاده"), _PARTICLES)
    assert not _predicate_after_full_name([fold_text("أبو"), fold_text("أحمد")], fold_text("حدود"), _PARTICLES)
    # one name word is no full name yet
    assert not _predicate_after_full_name([fold_text("زياد")], fold_text("ممثل"), _PARTICLES)


# actors 1.56.0: the sentences are written for these tests

def _actor_refs(text: str, published: str = "2023-06-01") -> dict[str, str | None]:
    return mention_refs(text, published=published, types=("actor",))


def test_public_security_minister_is_no_syrian_service() -> None:
    assert _actor_refs("وقال وزير الأمن العام إن الشرطة ستعزز انتشارها.", published="2018-03-01") == {}
    assert _actor_refs("وأكد الناطق أن وزارة الأمن العام تتابع التحقيق.", published="2018-03-01") == {}


def test_disturbing_public_order_is_no_syrian_service() -> None:
    text = "ووجهت النيابة إلى المدونين تهمة نشر شائعات من شأنها تكدير الأمن العام."
    assert _actor_refs(text, published="2018-03-01") == {}


def test_general_security_still_named() -> None:
    text = "وأعلن الأمن العام في إدلب اعتقال خلية تابعة لتنظيم داعش في ريف المدينة."
    assert "hts-general-security" in _actor_refs(text, published="2021-05-01").values()


def test_regional_armed_groups_the_pack_lacked() -> None:
    cases = {
        "وأعلن لواء طارق بن زياد انتشار وحداته جنوب سبها.": "libya-tbz-brigade",
        "وسيطرت ميليشيا الكانيات على ترهونة قبل انسحابها.": "libya-kaniyat",
        "وتبنت ألوية اليمن السعيد الهجوم على مواقع الحوثيين.": "happy-yemen-brigades",
        "وانتشرت قوات دفاع شبوة في مدينة عتق.": "shabwani-elite",
        "وأعلنت مجموعة عرين الأسود مسؤوليتها عن إطلاق النار قرب نابلس.": "lions-den",
        "واشتبك مقاتلو كتيبة جنين مع القوة المقتحمة.": "jenin-brigade",
        "وقصفت ألوية الناصر صلاح الدين المستوطنات برشقة صواريخ.": "nasser-salah-brigades",
        "واعتقل جهاز الأمن الوقائي الفلسطيني ناشطين في الخليل.": "pal-preventive-security",
        "وشارك حزب الطاشناق في الاستشارات النيابية في بيروت.": "tashnag",
    }
    for text, ref in cases.items():
        assert ref in _actor_refs(text).values(), text


def test_jenin_brigade_only_from_its_founding() -> None:
    assert "jenin-brigade" not in _actor_refs("وتمركزت كتيبة جنين قرب المدينة.", published="2015-01-01").values()


# roles 1.47.0: a bare title of several words is no person's name

def test_bare_crown_prince_title_is_no_person() -> None:
    text = "وصل الوزير إلى الرياض، الثلاثاء، للقاء الملك وولي العهد الأمير خالد بن سعود، لمناقشة الأزمة."
    found = _people(text, published="2018-09-05")
    assert not any("العهد" in m for m in found)
    assert "خالد بن سعود" in found


# actors 1.57.0

def test_iraqi_hezbollah_militia_is_kataib_hezbollah() -> None:
    for text in ("وانتشرت ميليشيات حزب الله العراقية في محيط مدينة البوكمال.",
                 "وقصفت طائرات مسيرة مقرا لميليشيا حزب الله العراقي قرب الحدود."):
        refs = _actor_refs(text, published="2020-03-01")
        assert "kataib-hezbollah" in refs.values() and "hezbollah" not in refs.values(), text


def test_lebanese_hezbollah_militia_unchanged() -> None:
    refs = _actor_refs("وتمركزت ميليشيا حزب الله قرب القصير.", published="2020-03-01")
    assert "hezbollah" in refs.values()


def test_kurdish_acronyms_in_arabic_letters() -> None:
    assert "pkk" in _actor_refs("واتهمت أنقرة عناصر البي كي كي بالوقوف وراء الهجوم.").values()
    assert "pyd" in _actor_refs("وقال قيادي في بي واي دي إن المفاوضات متوقفة.").values()


def test_yemen_governments_by_their_seats() -> None:
    text = "واتهمت حكومة عدن سلطات صنعاء بعرقلة صرف الرواتب في محافظة الحديدة."
    refs = _actor_refs(text, published="2022-04-01")
    assert refs.get("حكومة عدن") == "yemen-gov"
    assert refs.get("سلطات صنعاء") == "houthis"


def test_yemen_government_forces_the_pack_lacked() -> None:
    text = "وأعلنت هيئة الأركان العامة اليمنية أن ألوية الحماية الرئاسية صدت هجوما في محافظة مأرب."
    refs = _actor_refs(text, published="2019-02-01")
    assert refs.get("هيئة الأركان العامة اليمنية") == "yemen-army"
    assert refs.get("ألوية الحماية الرئاسية") == "yemen-presidential-protection"


def test_taqaddum_alliance_only_in_iraq() -> None:
    iraq = "وأعلن تحالف تقدم مقاطعة جلسة البرلمان في بغداد والأنبار ونينوى."
    assert "taqaddum" in _actor_refs(iraq, published="2022-03-01").values()
    sudan = "وطالب تحالف تقدم بوقف القتال في الخرطوم وأم درمان وبحري."
    assert "taqaddum" not in _actor_refs(sudan, published="2024-03-01").values()



# outlets 1.20.0

def _outlet_refs(text: str) -> set[str | None]:
    art = marsad.analyze(text, published="2021-06-01")
    return {e.ref for e in art.entities if e.type == "outlet"}


def test_local_syrian_outlets_the_pack_lacked() -> None:
    cases = {
        "وقالت إذاعة وطن إف إم إن دورية اعتقلت شابين في ريف الرقة.": "watan-fm",
        "وذكرت شبكة عين الفرات أن مسلحين هاجموا حاجزا قرب الميادين.": "ain-al-furat",
        "ونقل موقع تلفزيون الخبر عن مصدر في المحافظة أن الطريق أعيد فتحه.": "al-khabar-tv",
        "وبثت فضائية ستيرك صورا من موقع القصف في ريف القامشلي.": "sterk-tv",
        "وذكرت وكالة شفق أن انفجارا وقع قرب سوق في كركوك.": "shafaq",
    }
    for text, ref in cases.items():
        assert ref in _outlet_refs(text), text
