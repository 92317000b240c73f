"""Round 15 (EN): entities and people. The sentences are written for these tests."""

import marsad
from marsad.stages.names import _strip_conj, own_first_letter
from marsad.textnorm import fold_text
from tests.conftest import mention_refs


def _people(text: str, published: str = "2018-06-01") -> list[str]:
    art = marsad.analyze(text, published=published)
    return [m.text for e in art.entities if e.type == "person" for m in e.mentions]


def test_strip_conj_keeps_a_words_own_first_letter() -> None:
    # ف، و، ل، ب that begin the word itself: its rest is no word (يلم، لسطين، زير، بنان)
    for word in ("فيلم", "فيديو", "فلسطين", "وزير", "لبنان"):
        assert own_first_letter(fold_text(word)), word
        assert _strip_conj(fold_text(word)) == fold_text(word), word
    # the conjunction on such a word still comes off, down to the word
    assert _strip_conj(fold_text("وفلسطين")) == fold_text("فلسطين")
    assert _strip_conj(fold_text("ولبنان")) == fold_text("لبنان")
    # a listed word whose rest is a word too (زارة، ادي)
    assert _strip_conj(fold_text("وزارة")) == fold_text("وزارة")
    assert _strip_conj(fold_text("وادي")) == fold_text("وادي")


def test_strip_conj_still_takes_real_proclitics() -> None:
    assert _strip_conj(fold_text("وبقوات")) == fold_text("قوات")
    assert _strip_conj(fold_text("لقوات")) == fold_text("قوات")
    assert _strip_conj(fold_text("والمسلحين")) == fold_text("المسلحين")


def test_valley_before_a_title_names_a_place() -> None:
    # وادي is a place noun before a title (وادي العميد حسن): its و is its own, so the blocker now sees it
    assert "حسن" not in _people("وأغلقت السلطات وادي العميد حسن، وفتحت الطريق الدولي.")
    # the title alone still gives the person
    assert _people("وقال العميد حسن، إن القوات تقدمت.") == ["حسن"]


def test_word_lists_are_read_from_the_packs() -> None:
    from marsad import packs
    from marsad.stages import names, ner

    # the stages' sets are the packs' lists, folded (asserting on a pack's own content could never fail)
    assert fold_text("ميليشيا") in ner._org_heads()
    assert set(names._object_suffixes()) == {fold_text(x) for x in packs.load_json("clitics")["object_suffixes"]}
    # longest first: هما is tried before ها
    assert names._object_suffixes().index("هما") < names._object_suffixes().index("ها")


def test_common_feminine_noun_opens_no_name() -> None:
    # a common noun in ة in construct is the head of a phrase, never a given name
    assert _people("وقالت أسرة سليمان إن ابنها اعتقل قبل أسبوع.") == []
    assert _people("وقالت مندوبة بريطانيا في مجلس الأمن إن بلادها قلقة.") == []
    assert _people("وأثار الوزير موجة غضب واسعة في البلاد.") == []
    # given names in ة still open one
    assert _people("وقالت فاطمة الزهراء إن الوضع صعب.") == ["فاطمة الزهراء"]
    assert _people("والتقى الوزير أسامة حمزة بالوفد.") == ["أسامة حمزة"]
    # a woman's name in ة that is also a word, but one the corpus does not write with the article
    assert _people("وقالت ماجدة الحسن إن الحصار اشتد.") == ["ماجدة الحسن"]


def test_common_words_after_a_role_are_no_name() -> None:
    # a common noun (no given name, none of the corpus's name class) and plain common words after it
    assert _people("وقال قائد صفوف المتظاهرين إن الشرطة فرقتهم.") == []
    assert _people("ودعا الرئيس لعقد جلسة طارئة للبرلمان.") == []
    # a given name after the role still opens a name, and a foreign one too
    assert _people("وقال قائد الشرطة خالد يوسف إن الوضع هادئ.") == ["خالد يوسف"]
    assert _people("وقال النائب ستيفن باركلي إن الحكومة ستصمد.") == ["ستيفن باركلي"]


def test_preposition_of_place_ends_a_name() -> None:
    # قرب is a preposition, no family name: the name ends before it
    assert _people("وقال العميد خالد قرب الحدود إن القوات تقدمت.") == ["خالد"]


def test_foreign_name_in_a_stays_a_name_after_a_role() -> None:
    # words in ا are foreign names as often as accusatives: the common-word test leaves them alone
    assert _people("وقالت الصحفية فيكتوريا مارينوفا إنها تلقت تهديدات.") == ["فيكتوريا مارينوفا"]


def _actor_refs(text: str, published: str = "2018-06-01") -> dict[str, str | None]:
    return mention_refs(text, published, types=("actor",))


def test_armed_groups_the_pack_lacked() -> None:
    refs = _actor_refs("واندلعت اشتباكات بين هيئة تحرير الشام وجبهة تحرير سوريا في ريف حلب الغربي.")
    assert refs.get("جبهة تحرير سوريا") == "syr-liberation-front"
    refs = _actor_refs("وسلم عناصر من عصبة الأنصار مطلوبا إلى الجيش اللبناني في مخيم عين الحلوة.")
    assert refs.get("عصبة الأنصار") == "usbat-al-ansar"
    refs = _actor_refs("وقالت سرايا الدفاع عن بنغازي إنها سيطرت على ميناء السدرة.")
    assert refs.get("سرايا الدفاع عن بنغازي") == "libya-bdb"
    refs = _actor_refs("واتهمت قوات الحزام الأمني كتائب أبو العباس بالهجوم على نقطة في تعز.")
    assert refs.get("كتائب أبو العباس") == "abu-al-abbas-brigades"
    refs = _actor_refs("وقالت حركة نور الدين زنكي إن مقاتليها صدوا الهجوم.")
    assert refs.get("حركة نور الدين زنكي") == "zenki"


def test_a_count_opens_no_name() -> None:
    # a cardinal number word after a role is the count of the sentence, never a given name
    assert _people("وتنتهي ولاية رئيس المجلس البلدي ثلاث سنوات بعد انتخابه.") == []


def test_a_time_word_ends_a_name() -> None:
    # قبيل and the times of day between a verb of saying and إن are no name
    assert _people("وكانت الشرطة قالت، قبيل المساء، إن المسلحين فروا.") == []
    assert _people("وقال المتحدث باسم الشرطة سامي يوسف صباحا إن المسلحين فروا.") == ["سامي يوسف"]


def test_a_feminine_noun_with_a_pronoun_is_no_name() -> None:
    # قيادتهم، حمايته: a noun in ة with a pronoun, too rare a form to be a common word, is still no name
    assert _people("وأصيب نجل الرئيس وقائد حمايته الخاصة في الهجوم.") == []
    assert _people("وكان قائد حراسته الخاصة قد نجا من الهجوم.") == []
    # a family name in ه with no ت before it stays a name
    assert _people("وقال النائب مروان حماده إن الحكومة ستصمد.") == ["مروان حماده"]


def test_conjunction_before_a_listed_foreign_name_comes_off() -> None:
    # a list of names (فلان، وفلان): the و before a foreign first name no list knows is the conjunction
    people = _people("واتهمت الشرطة رجلين يستخدمان اسمي الكسندر بيتروف، وروسلان بوشيروف، بتنفيذ الهجوم.")
    assert "روسلان بوشيروف" in people and "وروسلان بوشيروف" not in people
    # a given name in و after a comma keeps its و
    assert "وليد جنبلاط" in _people("والتقى الوزير جبران باسيل، ووليد جنبلاط في بيروت.")


def test_the_parts_of_a_rank_are_no_name() -> None:
    # أول and ركن complete the rank (الفريق أول ركن): the name starts after them
    assert _people("واستقبل رئيس الأركان الفريق أول ركن سالم الحربي وفدا عسكريا.") == ["سالم الحربي"]
    assert _people("وقال اللواء ركن خالد المحمد إن القوات تقدمت.") == ["خالد المحمد"]
    # the tagger's span too: the name starts after the rank's tail
    people = _people("واستقبل الوزير الفريق أول ركن عبد الرحمن بن صالح البنيان في مكتبه.")
    assert people and all(p.startswith("عبد الرحمن") for p in people), people
