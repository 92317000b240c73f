"""Round 11d (framing, quantities and one entity epithet on the wording of stance outlets that the ANT corpus lacks:
SANA, Al-Manar, Houthi, Amaq-style and opposition sites). Sentences written for these tests."""

from __future__ import annotations

import marsad


def refs_of(text: str, published: str) -> list[str | None]:
    art = marsad.analyze(text, published=published).to_dict()
    return [e.get("ref") for e in art["entities"]]


def test_deposed_president_before_a_mans_name_is_that_man() -> None:
    text = "وكان الرئيس المخلوع زين العابدين بن علي قد غادر تونس إلى جدة قبل سنوات."
    assert "bashar-al-assad" not in refs_of(text, "2025-03-01")


def test_fled_president_before_a_mans_name_is_that_man() -> None:
    text = "وقال الرئيس الفار عبدربه منصور هادي إن حكومته ستعود قريبا."
    assert "bashar-al-assad" not in refs_of(text, "2025-03-01")


def test_deposed_president_is_assad_only_after_his_fall() -> None:
    text = "وكشفت وثائق مسربة أن الرئيس المخلوع هرب إلى موسكو على متن طائرة روسية."
    assert "bashar-al-assad" in refs_of(text, "2025-01-20")
    assert "bashar-al-assad" not in refs_of(text, "2018-01-20")


def frames(text: str, published: str = "2016-06-01") -> list[tuple[str, str | None]]:
    art = marsad.analyze(text, published=published).to_dict()
    refs = {e["id"]: e.get("ref") for e in art["entities"]}
    return [(f["term"], refs.get(f["target"])) for f in art["framing"]]


def counts(text: str, published: str = "2017-06-01") -> list[tuple[float, str]]:
    art = marsad.analyze(text, published=published).to_dict()
    return [(q["value"], q["unit"]) for q in art["quantities"]]


def test_crusader_after_the_coalition_labels_it() -> None:
    got = frames("وشن التحالف الدولي الصليبي غارات على أحياء الموصل القديمة طوال ليلة أمس.")
    assert ("الصليبي", "global-coalition") in got


def test_rafidi_after_a_named_army_labels_it() -> None:
    got = frames("وقتل مقاتلو الدولة الإسلامية 9 عناصر من الجيش العراقي الرافضي جنوب الموصل.")
    assert ("الرافضي", "iraq-army") in got


def test_crusader_of_history_labels_no_one() -> None:
    assert frames("وتحدث الباحث عن الحروب الصليبية والفكر الرافضي في محاضرة عن تنظيم داعش.") == []


def test_jihadi_duty_of_own_fighters_labels_no_enemy() -> None:
    text = "ونعت المقاومة 3 من عناصرها الذين قضوا أثناء قيامهم بواجبهم الجهادي في مواجهة جبهة النصرة."
    assert frames(text, "2017-08-01") == []


def test_mujahid_counts_fighters() -> None:
    assert counts("ونعت الحركة 4 من مجاهديها الذين سقطوا في قصف على مواقعها.") == [(4, "fighters")]
    assert counts("وأعلنت السرايا استشهاد 3 مقاومين في اشتباك قرب جنين.") == [(3, "fighters")]


def spans(text: str) -> list[tuple[str, float, str | None]]:
    art = marsad.analyze(text, published="2019-05-01").to_dict()
    return [(q["text"], q["value"], q.get("approx")) for q in art["quantities"]]


def test_from_that_opens_no_range_is_no_part_of_the_figure() -> None:
    assert spans("وردت الفصائل برشقة من 70 صاروخا على المستوطنات.") == [("70 صاروخا", 70, None)]


def test_range_and_hedge_keep_their_words() -> None:
    assert spans("ونزح من 200 إلى 300 مدني.")[0][0] == "من 200 إلى 300 مدني"
    assert spans("وأطلقت الفصائل أكثر من 70 صاروخا.") == [("أكثر من 70 صاروخا", 70, "more than")]


def test_hedge_after_a_year_word_keeps_its_label() -> None:
    got = spans("واعتقلت الشرطة منذ مطلع العام أكثر من 120 شخصا بتهم مختلفة.")
    assert got == [("أكثر من 120 شخصا", 120, "more than")]
