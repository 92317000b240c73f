"""Quantities: numbers with the unit they count, on sentences written for these tests, plus the seed set."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad import model
from marsad.pipeline import make_doc
from marsad.stages import quantities

SHARED = Path("/work/shared")


def q(text: str) -> list[tuple[float, str, str | None]]:
    return [(x.value, x.unit, x.approx) for x in quantities.find(make_doc(text))]


@pytest.mark.parametrize(("text", "expected"), [
    ("قتل خمسة وعشرون مدنياً في القصف", [(25, "people", None)]),
    ("أفرجت السلطات عن ثلاثمئة وخمسين معتقلاً", [(350, "prisoners", None)]),
    ("وصلت تعزيزات تضم ٤٥ آلية عسكرية", [(45, "vehicles", None)]),
    ("سقط ٣٬٥٠٠ قتيل خلال الحرب", [(3500, "people", None)]),
    ("قدرت الخسائر بـ2.5 مليون دولار", [(2_500_000, "USD", None)]),
    ("دفعت الجماعة 20 ألف دولار للوسيط", [(20_000, "USD", None)]),
    ("نزح عشرات الآلاف من المدنيين", [(10_000, "people", "tens of thousands")]),
    ("هاجم عشرات المسلحين الحاجز", [(10, "fighters", "tens")]),
    ("قتل أحد عشر جندياً في الهجوم", [(11, "fighters", None)]),
    ("تبلغ المساحة 300 كيلومتر مربع", [(300, "km2", None)]),
    ("قتل عنصر واحد فقط", [(1, "fighters", None)]),
    ("اعتقل ما لا يقل عن 40 شخصا", [(40, "people", "at least")]),
    ("قتل 12 مسلحا على الأقل", [(12, "fighters", "at least")]),
    ("يحتجز التنظيم الرهائن منذ 3 سنوات", [(3, "years", None)]),
    ("أطلقت أكثر من مئة قذيفة على البلدة", [(100, "weapons", "more than")]),
    ("ضبطت ثلاثة أطنان من المتفجرات", [(3, "tonnes", None)]),
    ("اعتقل شخصان عند الحاجز", [(2, "people", None)]),
    ("انفجرت سيارتان مفخختان", [(2, "vehicles", None)]),
    ("سيطروا على 5 قرى و3 بلدات", [(5, "villages", None), (3, "villages", None)]),
    ("أرسلت نحو 50 شاحنة", [(50, "vehicles", "about")]),
    ("قتل 3 أشخاص وأصيب 7 آخرون", [(3, "people", None), (7, "people", None)]),
    ("ارتفعت حصيلة الضحايا إلى 40 بعد القصف", [(40, "people", None)]),
    ("نصف مليون نازح في المخيمات", [(500_000, "people", None)]),
    ("انضم 600 مقاتل إلى الفصيل وانشق مئات منهم لاحقاً", [(600, "fighters", None),
                                                          (100, "fighters", "hundreds")]),
    # a vague plural alone after a verb of killing or wounding counts people, as a bare number does
    ("وأدى القصف إلى مقتل وإصابة العشرات", [(10, "people", "tens")]),
    ("قتل المئات منذ بدء الحملة", [(100, "people", "hundreds")]),
    # a count of a nationality after a casualty word, or before a plural verb of dying, counts people
    ("قتل 11 أفغانياً في الانفجار", [(11, "people", None)]),
    ("وتقول المنظمة إن 40 ألف صومالي قتلوا خلال الحرب", [(40_000, "people", None)]),
    ("قتل 30 حوثياً في المواجهات", [(30, "fighters", None)]),
    # a figure in the range of years is a count after a casualty word or a hedge
    ("وإصابة قرابة 2000 بجروح", [(2000, "people", "about")]),
    ("قتل القيادي مع 13 آخرين من عناصر الميليشيا", [(13, "fighters", None)]),
    # a hedge that closed one count does not open the next; a quoted noun still counts
    ("قتل أربعة جنود على الأقل وخمسة عشر \"مسلحاً\" في الاشتباكات",
     [(4, "fighters", "at least"), (15, "fighters", None)]),
    ("وتعثرت مفاوضات «أستانا 9» السورية", []),
])
def test_phrases(text: str, expected: list[tuple[float, str, str | None]]) -> None:
    assert q(text) == [(float(v), u, a) for v, u, a in expected]


def test_range_gives_both_ends() -> None:
    got = quantities.find(make_doc("أفرج عن ما بين 150 و200 سجين"))
    assert [(x.value, x.unit) for x in got] == [(150, "prisoners"), (200, "prisoners")]
    assert got[0].approx == "150 to 200"
    got = quantities.find(make_doc("نقل من 400 إلى 500 محتجز"))
    assert [x.value for x in got] == [400, 500]


def test_offsets_cover_the_phrase() -> None:
    doc = make_doc("وأكد المصدر أن أكثر من 70 عنصراً انشقوا")
    (x,) = quantities.find(doc)
    assert doc.text[x.start:x.end] == x.text == "أكثر من 70 عنصراً"
    assert x.counts == "عنصراً"


@pytest.mark.parametrize("text", [
    "شهد عام 2020 تصاعد الهجمات",
    "في عام 2019 انسحبت القوات",
    "بين عامي 2015 و2016 سيطر التنظيم",
    "وقع الهجوم في 27 تشرين الثاني",
    "ارتفعت الأسعار بنسبة 20% خلال الشهر",
    "للتواصل على الرقم 0933123456",
    "أكدت منصة SY24 الخبر",
    "حلقت طائرات F-16 فوق المنطقة",
    "انتشرت الفرقة 25 في المدينة",
    "العملية الثانية كانت أوسع",
    "حصل على 10 آلاف دولار للشخص الواحد",  # one quantity (USD), not "one person"
    "مدينتي الحسكة والقامشلي",
    "وضبطت الدورية كمية من الأسلحة",  # كمية is "a quantity", not ك + مية (a hundred)
    "وعثر على كميات من الذخائر",
])
def test_not_quantities(text: str) -> None:
    got = q(text)
    assert all(u == "USD" for _, u, _ in got), got


@pytest.mark.parametrize(("text", "span"), [
    ("قتل عشرة أشخاص وأصيب العشرات", "العشرات"),
    ("قتل عشرة أشخاص وعشرات الجرحى", "عشرات الجرحى"),  # the conjunction is not part of the quantity
    ("تعرضت القرية لقصف أودى بثلاثة مدنيين", "ثلاثة مدنيين"),
])
def test_glued_conjunction_stays_outside_the_span(text: str, span: str) -> None:
    doc = make_doc(text)
    assert span in [doc.text[x.start:x.end] for x in quantities.find(doc)]


def test_persian_digits_and_decimal_mark() -> None:
    assert q("قتل ۱۲ شخصاً") == [(12.0, "people", None)]
    assert q("بلغت الكلفة ٢٫٥ مليون دولار") == [(2_500_000.0, "USD", None)]


def test_huge_digit_runs_are_not_values() -> None:
    assert q("1" * 20 + " عنصر") == []


def test_furniture_is_skipped() -> None:
    doc = make_doc("قتل 5 أشخاص في القصف")
    doc.furniture = [(0, len(doc.text))]
    assert quantities.find(doc) == []


_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@given(st.integers(min_value=1, max_value=999_999))
@settings(max_examples=200, deadline=None)
def test_arabic_indic_digits_roundtrip(n: int) -> None:
    got = q(f"أصيب {str(n).translate(_INDIC)} شخص")
    if 1900 <= n <= 2100:  # a bare four-digit year-like number before a noun still counts when a unit follows
        assert got in ([(float(n), "people", None)], [])
    else:
        assert got == [(float(n), "people", None)]


@given(st.text(max_size=300))
@settings(max_examples=300, deadline=None)
def test_never_raises_on_random_text(text: str) -> None:
    quantities.find(make_doc(text))


@given(st.text(alphabet="٠١٢٣٤٥٦٧٨٩0123456789,.٫٬ عنصرآلافمنأكثرإلىوبين", max_size=200))
@settings(max_examples=300, deadline=None)
def test_never_raises_on_number_soup(text: str) -> None:
    for x in quantities.find(make_doc(text)):
        assert 0 < x.value <= quantities.MAX_VALUE


@pytest.mark.parametrize("text", [
    "7" * 1_000_000, "م" * 1_000_000, ("1," * 300_000) + "1", "عشرات " * 100_000, "أكثر من " * 100_000,
])
def test_linear_time_on_pathological_input(text: str) -> None:
    # CPU time, not wall time: on a loaded machine the wall clock measured other processes (13 s against 1.6 s
    # of CPU for 600 kB of «عشرات»); a backtracking regex would still take minutes of CPU
    t0 = time.process_time()
    quantities.find(make_doc(text))
    assert time.process_time() - t0 < 10


# ------------------------------------------------------------------ seeds against the gold file

SEED_FLOOR = 0.9  # measured 1.00 (17/17, no false positives) when written; the target is 0.85


def _seed_scores() -> tuple[int, int, int]:
    tp = fp = fn = 0
    gold_path = SHARED / "eval" / "seeds.gold.jsonl"
    for line in gold_path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        gold = json.loads(line)
        text = (gold_path.parent / gold["source_file"]).resolve().read_text("utf-8")
        pred = [(float(x.value), x.unit.lower()) for x in quantities.find(make_doc(text))]
        want = [(float(g["value"]), (g.get("unit") or "").lower()) for g in gold.get("quantities") or []]
        for p in pred:
            if p in want:
                want.remove(p)
                tp += 1
            else:
                fp += 1
        fn += len(want)
    return tp, fp, fn


@pytest.mark.skipif(not (SHARED / "eval" / "seeds.gold.jsonl").exists(), reason="shared seeds not present")
def test_seed_f1_floor() -> None:
    tp, fp, fn = _seed_scores()
    p = tp / max(tp + fp, 1)
    r = tp / max(tp + fn, 1)
    f1 = 2 * p * r / max(p + r, 1e-9)
    assert f1 >= SEED_FLOOR, (tp, fp, fn)


def test_repeated_figure_is_one_quantity_and_people_of_a_force_are_fighters() -> None:
    from marsad import analyze

    text = ("قتل 12 شخصاً من عناصر الشرطة في هجوم على حاجز. "
            "وقال مسؤول إن الهجوم أدى إلى مقتل 12 شخصاً من عناصر الشرطة وجرح آخرين.")
    qs = [(q.value, q.unit) for q in analyze(text).quantities]
    assert qs == [(12, "fighters")]


@pytest.mark.parametrize(("text", "expected"), [
    # a pronoun suffix or the construct state on the noun after من
    ("أعلنت الوزارة مقتل 6 من عناصرها في الكمين", [(6, "fighters", None)]),
    ("قتل 40 من مقاتلي الفصيل خلال أسبوع", [(40, "fighters", None)]),
    # the hedge between the number and من + noun
    ("أسر 12 على الأقل من المسلحين", [(12, "fighters", "at least")]),
    # forces counted after من
    ("انسحب نحو 200 من القوات الخاصة", [(200, "fighters", "about")]),
    # a dual time noun with the article
    ("تصاعدت الغارات خلال اليومين الماضيين", [(2, "days", None)]),
    ("تراجع القتال في العامين الأخيرين", [(2, "years", None)]),
    # demonyms of a population count people
    ("عاد أكثر من 3 ملايين عراقي إلى مدنهم", [(3_000_000, "people", "more than")]),
])
def test_phrases_of_forces_and_time(text: str, expected: list[tuple[float, str, str | None]]) -> None:
    assert q(text) == [(float(v), u, a) for v, u, a in expected]


def test_bare_number_after_a_casualty_verb_takes_the_unit_of_the_passage() -> None:
    from marsad import analyze

    text = ("هاجمت الطائرات موقعاً يضم 30 مسلحاً قرب النهر. "
            "وأصيب ثمانية بجروح خطيرة، وتوفي ثلاثة منهم لاحقاً، بينما فر عشرات إلى الجبال.")
    qs = [(x.value, x.unit, x.approx) for x in analyze(text).quantities]
    assert qs == [(30, "fighters", None), (8, "fighters", None), (3, "fighters", None),
                  (10, "fighters", "tens")]


def test_bare_number_needs_a_cue_and_a_referent() -> None:
    assert q("وصل ثمانية إلى المدينة") == []
    assert q("فر ثمانية إلى الجبال") == []  # nothing in the passage says who
    # the killed and wounded with no group named before them are people
    assert q("أصيب ثمانية بجروح، بينهم طفلان") == [(8, "people", None), (2, "people", None)]
    assert q("قتل 22 متمردا في الاشتباكات") == [(22, "fighters", None)]
    assert q("قتل 22 مزارعا في الحقول") == []  # a noun with no unit of ours
    assert q("وقتل خمسة من أفراد الدفاع المدني") == [(5, "people", None)]
    assert q("أسفرت الغارة عن مقتل 12 وإصابة نحو 40 آخرين") == [(12, "people", None), (40, "people", "about")]


@pytest.mark.parametrize(("text", "expected"), [
    # a number spelt in words whose remainder is in digits
    ("وثقت المنظمة مقتل سبعة آلاف و412 مدنيا منذ بدء الحملة", [(7412, "people", None)]),
    ("قدرت الكلفة بمليونين و500 ألف دولار", [(2_500_000, "USD", None)]),
    # the dual of مسلح counts two fighters
    ("تحصن مسلحان داخل المدرسة", [(2, "fighters", None)]),
    ("هاجم خمسة رجال مسلحين الحاجز", [(5, "fighters", None)]),
    # a part of a count of things counts the same things, whatever the pronoun
    ("أطلقت البوارج 40 صاروخاً، اعترضت الدفاعات 31 منها", [(40, "weapons", None), (31, "weapons", None)]),
    ("دخلت 60 شاحنة، 12 منهم تحمل أدوية", [(60, "vehicles", None), (12, "vehicles", None)]),
    # a part of a count with no unit of ours counts nothing of ours either
    ("قتل 5 مدنيين. ودرست اللجنة 80 شكوى ورفضت 70 منها", [(5, "people", None)]),
    # آخرون never takes over a span of time
    ("نقلت الحافلات ألفي شخص خلال ثلاثة أيام وتنتظر ثلاثة آلاف آخرين",
     [(2000, "people", None), (3, "days", None), (3000, "people", None)]),
    # a ratio counts nothing, and a dual before the figures it names counts no two
    ("ارتفع عدد القتلى أربع مرات خلال الشهر", []),
    ("صدرت التقارير بين العامين 2016 و2019", []),
    # a volume is no length
    ("يخزن السد 900 مليون متر مكعب من المياه", []),
])
def test_unfamiliar_phrasing(text: str, expected: list[tuple[float, str, str | None]]) -> None:
    assert q(text) == [(float(v), u, a) for v, u, a in expected]


def test_people_among_a_counted_force_are_fighters() -> None:
    from marsad import analyze

    text = "قتل نحو 40 شخصا من بين 200 عنصر عبروا الحدود."
    qs = [(x.value, x.unit) for x in analyze(text).quantities]
    assert qs == [(40, "fighters"), (200, "fighters")]


def test_dead_of_a_foreign_force_and_men_of_an_armed_company_are_fighters() -> None:
    from marsad import analyze

    text = ("قالت الوزارة إن ثلاثة من القتلى الأتراك سقطوا في القصف. "
            "وذكر تقرير أن نحو 50 رجلا يعملون لصالح شركة عسكرية خاصة أصيبوا. "
            "وقتل 4 رجال في السوق.")
    qs = [(x.value, x.unit) for x in analyze(text).quantities]
    assert qs == [(3, "fighters"), (50, "fighters"), (4, "people")]


def test_a_hedge_does_not_make_a_new_figure_but_a_vague_plural_and_a_part_do() -> None:
    from marsad import analyze

    text = ("قتل 20 جنديا على الأقل في الهجوم. وأكد الجيش مقتل 20 من جنوده. "
            "وقتل عشرات آخرون. كما قتل 10 عناصر، وأسر اثنان منهم.")
    qs = [(x.value, x.unit) for x in analyze(text).quantities]
    assert qs == [(20, "fighters"), (10, "fighters"), (10, "fighters"), (2, "fighters")]


def test_a_zero_with_a_unit_is_not_a_quantity() -> None:
    # found by the property test above: a bare "0" glued to a unit
    assert q("0كم") == []
    assert q("على بعد 0 كم من الحدود") == []


@pytest.mark.parametrize(("text", "expected"), [
    # "others" in the dual counts two more of the sentence's last count, also right after a dual noun
    ("سقط مدنيان في القصف وجرح آخران", [(2, "people", None), (2, "people", None)]),
    ("قضى جنديان في الكمين وفقد آخران", [(2, "fighters", None), (2, "fighters", None)]),
    ("وفي اليوم التالي قتل مقاتلان آخران من الفصيل", [(2, "fighters", None)]),
    # a number followed by the dual "others" is one count; جنديين is a dual (the plural is جنود)
    ("سقط جنديان وجرح اثنان آخران", [(2, "fighters", None), (2, "fighters", None)]),
    ("أكد البيان مقتل جنديين وجرح 4 آخرين", [(2, "fighters", None), (4, "fighters", None)]),
    ("أصيب 6 آخرون في الانفجار", [(6, "people", None)]),
    ("اعتقل 40 رجل أمن", [(40, "fighters", None)]),
    # a plural noun followed by اثنين counts two; the weekday الاثنين counts nothing
    ("قتلت الغارة مسلحين اثنين عند المعبر", [(2, "fighters", None)]),
    ("وصل عنصر واحد يوم الاثنين", [(1, "fighters", None)]),
    # a demonstrative or بين between من and the noun
    ("وينتمي أربعة من هؤلاء المسلحين إلى عشيرة واحدة", [(4, "fighters", None)]),
    ("وأكدت المصادر أن 9 من بين القتلى أطفال", [(9, "people", None)]),
    # members of a force are fighters; members of a family are people
    ("وقتل 12 من أفراد الشرطة في الكمين", [(12, "fighters", None)]),
    ("فقدت المرأة 7 أفراد من أسرتها", [(7, "people", None)]),
    # the wounded after إصابة, hedged or not, and a bare part after بينهم
    ("أدى الانفجار إلى مقتل 8 أشخاص وإصابة 30", [(8, "people", None), (30, "people", None)]),
    ("قتل 3 مدنيين وإصابة أكثر من 20 في السوق", [(3, "people", None), (20, "people", "more than")]),
    ("قضى نحو 60 مدنيا، بينهم 14 لم تعرف هوياتهم", [(60, "people", "about"), (14, "people", None)]),
    # a bare number before a plural verb of dying or flight counts people; a date before it counts nothing
    ("قالت المنظمة إن أكثر من 40 ألفا فروا من القرى", [(40_000, "people", "more than")]),
    ("وصل الجرحى، وكان 11 توفوا في الطريق", [(11, "people", None)]),
    ("في 12 أيار قتلوا جميعا", []),
    # a bare or generic count out of a force counts its fighters; civilians out of a town stay people
    ("قتل 14 من ميليشيات التنظيم", [(14, "fighters", None)]),
    ("أصيب 6 أشخاص من الشرطة", [(6, "fighters", None)]),
    ("قتل 9 مدنيين من أهالي القرية", [(9, "people", None)]),
    # a second tens word after و starts the other end of a range, it is not added on
    # (an age range, تتراوح أعمارهم بين ثلاثين وأربعين عاماً, counts nothing: see test_quantities_ages)
    ("استمر الحصار بين ثلاثين وأربعين يوما", [(30, "days", "30 to 40"), (40, "days", "30 to 40")]),
    ("قتل سبعة وثلاثون مدنيا", [(37, "people", None)]),
    # attackers, militants, convicts and bodies
    ("قتل 5 مهاجمين عند البوابة", [(5, "fighters", None)]),
    ("قتل ما لا يقل عن 30 متشددا", [(30, "fighters", "at least")]),
    ("أعدمت السلطات 9 مدانين", [(9, "prisoners", None)]),
    ("انتشلت الفرق 45 جثة من تحت الركام", [(45, "people", None)]),
    # a part out of a counted whole counts the same thing
    ("اعترضت الدفاعات 20 من 25 صاروخا", [(20, "weapons", None), (25, "weapons", None)]),
    ("عاد 40 من أصل 60 عنصرا إلى الثكنة", [(40, "fighters", None), (60, "fighters", None)]),
    # a range written with a hyphen between digits (a hyphen after Latin letters stays a code)
    ("بقي في المخيم 300-400 نازح", [(300, "people", "300 to 400"), (400, "people", "300 to 400")]),
    ("قصفت طائرة F-16 أطراف 3 قرى", [(3, "villages", None)]),
    # قوات counts only after من: a year before the name of a force is no count
    ("سيطرت على البلدة في 2017 قوات النخبة", []),
])
def test_others_parts_and_new_count_nouns(text: str, expected: list[tuple[float, str, str | None]]) -> None:
    assert q(text) == [(float(v), u, a) for v, u, a in expected]


def _stage(text: str) -> list[model.Quantity]:
    """The stage alone (with its repeat filter and unit refinement), without the rest of the pipeline."""
    doc = make_doc(text)
    quantities.run(doc)
    return doc.quantities


def test_flight_and_casualty_verbs_take_a_hedged_bare_count() -> None:
    text = "نزح 4 ملايين مدني داخل البلاد، وفر أكثر من مليونين إلى الخارج."
    qs = [(x.value, x.unit, x.approx) for x in _stage(text)]
    assert qs == [(4_000_000, "people", None), (2_000_000, "people", "more than")]


def test_a_part_is_never_the_antecedent_of_a_bare_casualty_count() -> None:
    # the 30 wounded are of the 40 people, not of the 6 soldiers among the dead
    text = "أسفر الهجوم عن مقتل 40 شخصا بينهم 6 جنود وإصابة 30 على الأقل."
    qs = [(x.value, x.unit, x.approx) for x in _stage(text)]
    assert qs == [(40, "people", None), (6, "fighters", None), (30, "people", "at least")]


def test_others_and_the_wounded_are_new_figures() -> None:
    # "others" and the wounded repeat a figure but state another fact; a restated figure is still one
    text = ("يؤوي المخيم نحو 3 آلاف نازح، ويقيم 3 آلاف آخرون قربه. "
            "وخلف القصف خمسة قتلى وخمسة جرحى. وأكد المسعفون سقوط خمسة قتلى.")
    qs = [(x.value, x.unit) for x in _stage(text)]
    assert qs == [(3000, "people"), (3000, "people"), (5, "people"), (5, "people")]


def test_a_part_of_a_whole_spelt_in_words_counts_nothing_of_ours() -> None:
    # تسع قوافل has no unit of ours, so five of them are not the people told before
    assert q("نزح 800 مدني. ووصلت تسع قوافل، خمس منها إلى إدلب") == [(800, "people", None)]


def test_weak_starters_skip_no_quantity() -> None:
    # من and على are tried only when the next token can continue a phrase: the result is the same
    lex = quantities.lexicon()
    assert "من" in lex.weak_starters and "علي" in lex.weak_starters
    assert q("قتل من 10 إلى 20 مسلحا") == [(10, "fighters", "10 to 20"), (20, "fighters", "10 to 20")]
    assert q("قتل 12 مسلحا على الأقل") == [(12, "fighters", "at least")]
    assert q("قتل على الأقل 12 مسلحا") == [(12, "fighters", "at least")]


def test_sentences_map_tokens_to_their_sentence() -> None:
    doc = make_doc("قتل 5 عناصر. وأصيب 3 آخرون. ثم فر 4.")
    toks = quantities.doc_tokens(doc)
    spans = quantities.Sentences(toks, doc)
    starts = [doc.folded.orig(t.start) for t in toks]
    for i, (lo, hi) in ((i, spans[i]) for i in range(len(toks))):
        sent = next(s for s in doc.sentences if s.start <= starts[i] < s.end)
        assert all(sent.start <= starts[x] < sent.end for x in range(lo, hi))
        assert lo == 0 or not (sent.start <= starts[lo - 1] < sent.end)
        assert hi == len(toks) or not (sent.start <= starts[hi] < sent.end)
