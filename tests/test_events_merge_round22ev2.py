"""Round 22 (EV2): a source's retelling of an arrest the article told first (events.merge._source_retold, event_cues
source_retold_types gains ARREST) is that arrest, not a new record: «اعتقلت الشرطة رجلا ... وقال متحدث إنه تم اعتقال
المشتبه به». The guards of the attack retelling hold for it too: an also-word, others counted, another doer or a
day of its own keep a second arrest apart. Seizures stay out: on the sample a seizure told in a source's words
was as often another position taken as the lede's told again."""
from __future__ import annotations

import marsad

_LEDE = ("اعتقلت الشرطة الألمانية رجلا في مدينة هامبورغ للاشتباه بتورطه في طعن ثلاثة أشخاص.\n"
         "وكان الهجوم قد وقع قرب محطة للحافلات مساء الجمعة.\n")


def _arrests(text: str) -> list[str]:
    art = marsad.analyze(text)
    return [text[ev.trigger.start:ev.trigger.end] for ev in art.events if ev.type == "ARREST"]


def test_an_arrest_told_again_by_a_police_spokesman_is_one_arrest() -> None:
    got = _arrests(_LEDE + "وقال متحدث باسم الشرطة إنه تم اعتقال المشتبه به بعد وقت قصير من الهجوم.")
    assert len(got) == 1


def test_a_detention_told_again_by_officials_with_a_verb_is_one() -> None:
    text = ("احتجزت السلطات التركية صحفيا سويديا في مطار إسطنبول.\n"
            "وأفاد مسؤولون أتراك بأن الصحفي احتجز لدى وصوله من ستوكهولم.")
    assert len(_arrests(text)) == 1


def test_an_arrest_told_with_also_is_another() -> None:
    # guard: كما opens one more arrest of the kind, not the first told again
    got = _arrests(_LEDE + "وقال متحدث باسم الشرطة إن عناصرها اعتقلوا كذلك امرأة في حي آخر.")
    assert len(got) == 2


def test_others_arrested_are_another_arrest() -> None:
    # guard: آخرين after a count names others than the man told
    got = _arrests(_LEDE + "وقالت الشرطة إنها اعتقلت ثلاثة آخرين في المدينة.")
    assert len(got) == 2


def test_an_arrest_on_another_day_stays_apart() -> None:
    got = _arrests(_LEDE + "وقالت الشرطة إن الرجل اعتقل في عام 2015 بتهمة السرقة.")
    assert len(got) == 2


# A truce named again in later sentences by another word for it (events.merge._truce_retold, event_cues
# truce_triggers): one agreement, not one record per mention.
def _deals(text: str) -> list[str]:
    art = marsad.analyze(text)
    return [text[ev.trigger.start:ev.trigger.end] for ev in art.events if ev.type == "COORDINATE"]


def test_a_truce_named_again_as_a_ceasefire_is_one_agreement() -> None:
    text = ("أقر مجلس الأمن الدولي يوم السبت قرارا بهدنة لمدة ثلاثين يوما في سوريا.\n"
            "وقال الأمين العام للأمم المتحدة إن الأطراف لم تلتزم بعد إعلان وقف إطلاق النار في البلاد.")
    assert _deals(text) == ["هدنة"]


def test_a_new_truce_elsewhere_stays_apart() -> None:
    # guard: جديدة marks another truce, not the one told
    text = ("توصلت روسيا وتركيا إلى اتفاق لوقف إطلاق النار في إدلب يوم الأحد.\n"
            "وفي تطور آخر، أعلنت الأمم المتحدة هدنة جديدة في اليمن.")
    assert len(_deals(text)) == 2


def test_a_truce_in_another_country_stays_apart() -> None:
    # guard: a place of its own far from the first truce's is another truce
    text = ("أعلن الجيش السوري هدنة في الغوطة الشرقية لمدة خمس ساعات يوميا.\n"
            "وقالت الحكومة اليمنية إن وقف إطلاق النار في الحديدة ما زال صامدا.")
    assert len(_deals(text)) == 2


def test_parties_pledging_to_keep_the_truce_are_their_own_act() -> None:
    # guard: parties named before the truce in its clause tell a pledge of their own, not the truce told again
    text = ("أقر مجلس الأمن الدولي يوم السبت قرارا بهدنة لمدة ثلاثين يوما في سوريا.\n"
            "وقال مسؤول تركي إن تركيا وروسيا ستلتزمان بقرار مجلس الأمن بشأن وقف إطلاق النار.")
    assert len(_deals(text)) == 2
