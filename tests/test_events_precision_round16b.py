"""Round 16b, events precision: pack words that open with a hamza'd alef keep their letters when the article is
taken off, and a dawn word with a day after it is no bombing in a sentence that names nothing armed."""
from __future__ import annotations

from marsad.stages.events import _cue_words
from tests.conftest import event_types

_WAR = "قصفت قوات النظام بلدة في ريف إدلب الجنوبي صباح اليوم. "


def test_bare_cue_keeps_hamza_initial_words_whole() -> None:
    # ألغام folds to الغام; the article was never there, so it is not taken off (غام is no word)
    bare = _cue_words("supply_arms_words", bare=True)
    assert "الغام" in bare
    assert "اسلحه" in bare  # الأسلحة had an article: it goes
    assert "الاسلحه" not in bare


def test_dawn_with_a_day_and_nothing_armed_is_no_bombing() -> None:
    assert "ATTACK" not in event_types("وصل الوفد الحكومي إلى العاصمة فجر الخميس بعد رحلة طويلة.")
    assert "ATTACK" not in event_types("فجر الخميس الماضي")
    assert event_types(_WAR + "وأعلنت وزارة الصحة فجر اليوم افتتاح المستشفى الجديد.").count("ATTACK") == 1


def test_dawn_with_a_day_in_a_sentence_of_arms_stays() -> None:
    # no other trigger tells the strike: the dawn misread as فجّر is what keeps it
    assert "ATTACK" in event_types("ذكرت الوكالة فجر الثلاثاء أن صاروخين سقطا قرب مطار العاصمة.")


def test_coalition_backing_or_a_quoted_coalition_name_is_no_pact() -> None:
    # بدعم التحالف: the standing coalition backs an advance; تحالف "..." heads a body's name
    assert "COORDINATE" not in event_types(_WAR + "وتقدمت قوات النظام بدعم التحالف نحو البلدة.")
    assert "COORDINATE" not in event_types(_WAR + "وسيطرت الفصائل على القرية بمساندة التحالف الدولي.")
    assert "COORDINATE" not in event_types(_WAR + 'ويضم تحالف "قوات سوريا الديمقراطية" فصائل عربية وكردية.')
    assert "COORDINATE" in event_types(_WAR + "وأعلنت موسكو وطهران تحالفا عسكريا جديدا ضد التنظيم.")


def test_inhaling_after_a_word_of_cause_is_no_defection() -> None:
    # جراء تنشّق: a present form never follows جراء; spelled like تنشق (defects), it is inhaling
    text = "وتتهم المعارضة قوات النظام بشن هجوم على المدينة تسبب بمقتل عشرين شخصا جراء تنشق غازات سامة."
    assert "DEFECT" not in event_types(text)
    assert "ATTACK" in event_types(text)
    assert "DEFECT" in event_types(_WAR + "وتقول مصادر إن عناصر من الفرقة تنشق عن الجيش كل يوم.")


def test_lightning_or_a_party_attacked_in_words_is_no_attack() -> None:
    assert event_types(_WAR + "وقتلت صاعقة رعدية راعيين في الجبال.").count("ATTACK") == 1
    assert event_types(_WAR + "وقتل خمسة أشخاص بصاعقة ضربت قرية في الجنوب.").count("ATTACK") == 1
    assert event_types(_WAR + "ويهاجم ترامب الديمقراطيين منذ أسابيع.").count("ATTACK") == 1
