"""The events stage on relative clauses, through the whole pipeline, hand-written sentences: the noun a relative
(الذي، التي، الذين) hangs on is the subject of the verb after it (a named party, an unnamed one that lends no
doer, an event noun whose adjective names its doer), unless the verb carries it as an object pronoun
(التي يحاصرها) or a preposition with a pronoun takes it up after the verb (الذي شنت عليه)."""

from __future__ import annotations

from tests.conftest import event_with

LEAD = "قصفت القوات التركية مواقع في ريف حلب. "


def test_named_antecedent_after_an_adjective_and_comma() -> None:
    _t, a1, a2 = event_with(LEAD + "وتقول أنقرة إن الوحدات الكردية امتداد لحزب العمال الكردستاني المحظور، والذي يقاتل "
                              "منذ عقود في جنوب شرق البلاد.", "يقاتل")
    assert (a1, a2) == ("pkk", None)


def test_relative_joined_by_and_hangs_on_the_first_noun() -> None:
    assert event_with("وتشارك الإمارات في العمليات العسكرية للتحالف العربي الذي تقوده الرياض والذي يقاتل في اليمن "
                 "منذ سنوات.", "يقاتل")[1] == "saudi-coalition-yemen"


def test_named_person_antecedent() -> None:
    lead = "قصفت القوات الحكومية السورية بلدات في ريف إدلب. "
    assert event_with(lead + "وجاء ذلك بعد تصريح للرئيس الأميركي دونالد ترامب، والذي توعد الحكومة السورية بعقاب "
                        "قاس.", "توعد")[1] == "donald-trump"


def test_unnamed_antecedent_lends_no_doer() -> None:
    assert event_with(LEAD + "وقال المرصد إن المسلحين الذين هاجموا الحاجز فروا بعد ساعة.", "هاجموا")[1] is None
    assert event_with(LEAD + "ولا تزال الجهة التي استهدفت مستودع الذخيرة قرب حماة مجهولة.", "استهدفت")[1] is None


def test_unknown_party_after_the_verb_is_no_borrowed_party() -> None:
    # (actors.jsonl names جهات مجهولة as unidentified armed men)
    assert event_with(LEAD + "واستهدفت جهات مجهولة سيارة في مدينة الباب.", "استهدفت")[1] == "unknown-gunmen"


def test_event_antecedent_with_state_adjectives() -> None:
    _t, a1, _a2 = event_with("ونددت دمشق بالغارات الأمريكية والبريطانية التي استهدفت مواقع قرب حمص.", "استهدفت")
    assert a1 == "usa"


def test_object_pronoun_makes_the_antecedent_the_object() -> None:
    _t, a1, _a2 = event_with("وأعلن الجيش اليمني أنه يتقدم في محافظة صعدة معقل الحوثيين التي يحاصرها من ثلاثة "
                        "محاور.", "يحاصرها")
    assert a1 != "houthis"


def test_resumptive_pronoun_keeps_the_subject_after_the_verb() -> None:
    assert event_with("وتسيطر حركة حماس على قطاع غزة الذي شنت عليه إسرائيل ثلاث حروب.", "شنت")[1] == "israel"


def test_oblique_relative_keeps_the_subject_named_before_its_noun() -> None:
    # the name is the subject of the verb before the noun, not the noun the relative hangs on
    lead = "هاجم تنظيم داعش قرية في ريف دير الزور. "
    assert event_with(lead + "ويخشى الأهالي تصعيدا جديدا، في حال نفذت تركيا العملية البرية التي تلوح بها منذ أشهر.",
                 "تلوح")[1] == "turkey"
