"""Round 16b (EN): a proclitic glued to a rare first name. The sentences are written for these tests."""

import marsad
from marsad.stages.ner import _clitic_before_rare_name
from marsad.textnorm import fold_text


def _people(text: str, published: str = "2018-06-01") -> list[str]:
    art = marsad.analyze(text, published=published)
    return [m.text for e in art.entities if e.type == "person" for m in e.mentions]


def test_waw_or_lam_before_a_consonant_on_a_rare_word_is_a_proclitic() -> None:
    for word in ("ومخيتار", "لسونيا", "وجاسر", "وكريستوف"):
        assert _clitic_before_rare_name(fold_text(word)), word


def test_a_names_own_first_letter_stays() -> None:
    # given names that open with و/ل/ب/ف, foreign W/L sounds (و or ل before a vowel letter, و before ل),
    # and ب/ف, which open too many foreign names
    for word in ("وليد", "وائل", "فيصل", "لبنى", "بسام", "وجدي", "وديع", "لميس", "لقمان", "لخضر",
                 "ويليام", "وارنر", "لويس", "ليونيل", "ولفغانغ", "ولسون", "برنارد", "فلاديمير", "بسونيا"):
        assert not _clitic_before_rare_name(fold_text(word)), word


def test_a_rare_name_after_waw_in_a_list_loses_the_waw() -> None:
    found = _people("التقى الوزير المصري سامح شكري، في القاهرة، ومخيتار هيرابتيان وزير شؤون المغتربين الأرمني.")
    assert "مخيتار هيرابتيان" in found
    assert "ومخيتار هيرابتيان" not in found


def test_a_book_by_a_rare_name_after_lam() -> None:
    found = _people('صدر كتاب "تاريخ الأرمن في حلب" لسونيا زيتليان عن دار نشر في بيروت.')
    assert "سونيا زيتليان" in found
    assert "لسونيا زيتليان" not in found


def test_a_known_given_name_keeps_its_waw() -> None:
    found = _people("قال وجدي غنيم في بيان إن الحكومة أخفقت.")
    assert "وجدي غنيم" in found
    assert "جدي غنيم" not in found


def test_a_rescue_team_is_an_official_source() -> None:
    from tests.conftest import claim_chains

    assert claim_chains("وقالت فرق الإنقاذ إن أكثر من عشرين شخصا أصيبوا في الانفجار.") \
        == [[("official", "فرق الإنقاذ")]]
    assert claim_chains("وأكدت طواقم الدفاع المدني أنها انتشلت ثلاث جثث من تحت الركام.") \
        == [[("official", "طواقم الدفاع المدني")]]


def _actors(text: str) -> dict[str, list[str]]:
    art = marsad.analyze(text, published="2018-06-01")
    return {e.name: sorted(m.text for m in e.mentions) for e in art.entities if e.type == "actor"}


def test_a_former_name_in_brackets_is_the_same_body() -> None:
    for text in ("وقصفت طائرات مواقع لهيئة تحرير الشام (جبهة النصرة سابقا) قرب مدينة سراقب.",
                 'وانسحبت "هيئة تحرير الشام" ( النصرة سابقاً) من ثلاث قرى في ريف حماة.'):
        found = _actors(text)
        assert "Jabhat al-Nusra" not in found, found
        assert len(found["Hay'at Tahrir al-Sham (HTS)"]) == 2, found


def test_a_former_name_in_a_clause_is_the_same_body() -> None:
    for text in ("وتقدمت هيئة تحرير الشام، المعروفة سابقا باسم جبهة النصرة، نحو مواقع الجيش.",
                 "وتقدمت هيئة تحرير الشام، التي كانت تعرف بجبهة النصرة، نحو مواقع الجيش."):
        found = _actors(text)
        assert "Jabhat al-Nusra" not in found, found


def test_the_former_name_told_on_its_own_stays() -> None:
    found = _actors("وهاجمت هيئة تحرير الشام (جبهة النصرة سابقا) مواقع الجيش. "
                    "وكانت جبهة النصرة قد أعلنت ولاءها لتنظيم القاعدة قبل سنوات.")
    assert found["Jabhat al-Nusra"] == ["جبهة النصرة"], found
    # two bodies side by side, no former name between them
    found = _actors("واشتبكت هيئة تحرير الشام وجبهة النصرة سابقا في ريف إدلب.")
    assert "Jabhat al-Nusra" in found, found


def test_a_common_noun_opens_no_name() -> None:
    from marsad.stages.names import common_noun_opens

    # nouns the corpus writes with the article and with a pronoun (السؤال/سؤاله), a proclitic on one
    for words in (["سؤال", "كوتس"], ["وسؤال", "كوتس"], ["انتقاد", "بولتون"]):
        assert common_noun_opens([fold_text(w) for w in words]), words
    # given names (some of them common words too), compound names' particles, foreign first names, and
    # nouns of the corpus's name class that spell first names (دين هايدون، سيد أحمد)
    for words in (["جمال", "خاشقجي"], ["عبد", "الرحمن"], ["فتح", "الله", "غولن"], ["أبو", "محمد"],
                  ["ستورمي", "دانيلز"], ["لورا", "بيكر"], ["كارين", "بيرس"], ["دين", "هايدون"], ["سيد", "أحمد"]):
        assert not common_noun_opens([fold_text(w) for w in words]), words


def test_a_question_to_a_named_man_is_no_new_person() -> None:
    import marsad.stages.resolve as resolve
    from marsad import pipeline

    text = "وحذر المدير دان كوتس من الهجمات. ولدى سؤال كوتس عن موعدها رفض الإجابة."
    assert resolve._elsewhere_outside(pipeline.make_doc(text), fold_text("كوتس"),
                                      text.index("سؤال"), text.index("سؤال") + len("سؤال كوتس"))
