"""Claims, round 22 (CL): a verb of counting (أحصى) tells a figure as وثق does (وأحصى المرصد مقتل …); a warrant or a
complaint after a grounds cue (بناء على مذكرة اعتقال) is what an act rests on, no outer link of the sentence's claim;
an outlet noun followed by a launcher's or a place's word (لمنصة إطلاق، لموقع عسكري) is no outlet spoken to."""

from __future__ import annotations

from tests.conftest import claim_chains, full_claims


def test_counting_verb_with_a_named_monitor() -> None:
    text = 'وأحصى المرصد السوري لحقوق الإنسان مقتل اثني عشر مسلحا في الاشتباكات الأخيرة.'
    claims = full_claims(text)
    assert [c.verb for c in claims] == ["وأحصى"]
    assert claim_chains(text) == [[("outlet", "المرصد السوري لحقوق الإنسان")]]


def test_counting_verb_feminine_with_an_outlet_noun() -> None:
    text = 'وأحصت الشبكة الحقوقية سقوط أربعين مدنيا منذ مطلع الشهر الجاري.'
    assert claim_chains(text) == [[("outlet", "الشبكة الحقوقية")]]


def test_counting_verb_after_according_to_ma() -> None:
    text = 'قتل ستة مدنيين في القصف على السوق، بحسب ما أحصته منظمة محلية.'
    chains = claim_chains(text)
    assert len(chains) == 1
    assert chains[0][-1][1] == "منظمة محلية"


def test_counting_what_is_no_figure_told_needs_a_teller() -> None:
    # soldiers counting their ammunition: a plural noun no list knows as a teller, no أن, no claim
    text = 'وأحصى الجنود الذخيرة المتبقية في المستودع قبل الهجوم.'
    assert full_claims(text) == []


def test_warrant_after_grounds_cue_is_no_outer_link() -> None:
    text = 'وقال متحدث باسم الشرطة إن الرجل اعتقل صباح اليوم بناء على مذكرة توقيف صادرة بحقه.'
    assert claim_chains(text) == [[("official", "متحدث باسم الشرطة")]]


def test_complaint_after_grounds_cue_tells_nothing() -> None:
    text = 'فتحت النيابة العامة تحقيقا بناءً على شكوى تقدمت بها عائلة الضحية.'
    assert full_claims(text) == []


def test_memo_after_according_to_still_tells() -> None:
    # بحسب is no grounds cue: the memo, with its owner, is still the source
    text = 'وأوقف الرجل أمس بحسب مذكرة داخلية للشرطة اطلعت عليها الصحيفة.'
    chains = claim_chains(text)
    assert len(chains) == 1
    assert ("document", "مذكرة داخلية") in chains[0]


def test_launcher_after_lam_is_no_outlet_spoken_to() -> None:
    text = 'بث الجيش، مساء الأحد، شريطا مصورا يظهر إصابة صاروخ لمنصة إطلاق قذائف وعدد من المسلحين حولها.'
    chains = claim_chains(text)
    assert chains and all(kind != "outlet" for chain in chains for kind, _ in chain)


def test_outlet_noun_with_a_name_is_still_spoken_to() -> None:
    text = 'وقال الوزير لموقع "الخبر اليوم" إن المفاوضات مستمرة منذ أسبوع.'
    assert claim_chains(text) == [[("outlet", 'موقع "الخبر اليوم"'), ("official", "الوزير")]]


def test_count_after_a_definite_outlet_noun_is_no_part_of_its_name() -> None:
    text = 'وأحصت الصحيفة 17 شحنة مهربة عبر الميناء خلال عامين.'
    assert claim_chains(text) == [[("outlet", "الصحيفة")]]


def test_number_in_an_indefinite_outlet_name_stays() -> None:
    text = 'وقالت قناة 24 الفرنسية إن النيران امتدت إلى الغابة المجاورة.'
    assert claim_chains(text) == [[("outlet", "قناة 24 الفرنسية")]]


def test_indefinite_predicate_after_a_verb_with_object_pronoun_is_no_teller() -> None:
    text = 'وتحارب أنقرة الجماعة المسلحة التي تعتبرها منظمة إرهابية منذ سنوات.'
    assert all(("official", "منظمة إرهابية") not in chain for chain in claim_chains(text))
    text = 'وحظرت السلطات الحركة العام الماضي وصنفتها "جماعة متطرفة".'
    assert all(kind != "official" or "جماعة" not in src for chain in claim_chains(text) for kind, src in chain)


def test_named_subject_after_a_verb_with_object_pronoun_still_tells() -> None:
    text = 'وتعتبره واشنطن منظمة إرهابية منذ عقدين.'
    assert claim_chains(text) == [[("official", "واشنطن")]]
    text = 'ووصفته منظمة حقوقية بأنه انتهاك صارخ للقانون الدولي.'
    assert claim_chains(text) == [[("official", "منظمة حقوقية")]]


def test_unnamed_source_after_a_verb_with_object_pronoun_still_tells() -> None:
    text = 'ويزج التنظيم بالمجندين الصغار في ما يصفها محللون عسكريون، بمحارق الموت.'
    chains = claim_chains(text)
    assert [("anonymous", "محللون عسكريون")] in chains


def test_outlet_of_the_next_clause_is_not_the_first_tellers() -> None:
    text = 'أعلن الجيش بقيادة الأركان اعتراض طائرة مسيرة، فيما أكد مسؤول محلي لقناة تلفزيونية سقوط جريحين.'
    chains = claim_chains(text)
    assert len(chains) == 2
    assert all(kind != "anonymous" or "قناة" not in src for kind, src in chains[0])
    assert chains[1][0] == ("anonymous", "قناة تلفزيونية")


def test_outlet_spoken_to_before_the_clause_stop_stays() -> None:
    text = 'وقال مسؤول أمني لوكالة رويترز، فيما كانت المواجهات مستمرة، إن القوات تقدمت نحو الجسر.'
    assert claim_chains(text) == [[("outlet", "وكالة رويترز"), ("official", "مسؤول أمني")]]


def test_aside_after_a_clause_stop_keeps_the_outlet_spoken_to() -> None:
    text = 'وقال سامر نجيب (40 عاما)، بينما كان يقف عند الحاجز، لوكالة رويترز: "ننتظر منذ الفجر".'
    chains = claim_chains(text)
    assert len(chains) == 1
    assert chains[0][0] == ("outlet", "وكالة رويترز")


def test_present_counting_verb_describing_a_body_is_no_second_claim() -> None:
    text = 'وأعلنت هيئة محلية غير حكومية تحصي القتلى في المنطقة أن ثلاثين مدنيا قتلوا.'
    claims = full_claims(text)
    assert [c.verb for c in claims] == ["وأعلنت"]


def test_writer_spoken_to_before_unnamed_tellers_is_no_part_of_them() -> None:
    text = 'قالت لنا مصادر طبية في المستشفى إن الجرحى نقلوا إلى العاصمة.'
    assert all(not src.startswith("لنا") for chain in claim_chains(text) for _, src in chain)
    text = 'وقال لي سائق شاحنة عند المعبر إن الانتظار طال.'
    chains = claim_chains(text)
    assert len(chains) == 1 and chains[0][-1][0] == "anonymous" and chains[0][-1][1].startswith("سائق")


def test_writer_pronoun_that_opens_a_name_stays_in_it() -> None:
    text = 'قال لي كه تشيانغ إن المحادثات كانت مثمرة.'
    assert claim_chains(text) == [[("person", "لي كه تشيانغ")]]
