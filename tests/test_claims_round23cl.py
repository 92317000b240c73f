"""Claims, round 23 (CL): a bare verb of saying that goes on for the last teller in a medium of its own (وقال في
تغريدة، وأضافت في بيان) adds no document link, as a named teller's medium never did (وقال الوزير في بيان), and drops
a document the last claim went on in; an outlet spoken to that the chain already holds in another writing (وكالة تاس
… لتاس) is no second outer link."""

from __future__ import annotations

from tests.conftest import claim_chains


def test_bare_continuation_in_a_tweet_has_no_document_link() -> None:
    # the tweet is the medium of the telling, as after a named teller (وقال الوزير في تغريدة): no link, and a
    # second tweet never stacks on the first
    text = ('قال وزير الخارجية سامي الخطيب إن الحكومة لن تتراجع. '
            'وقال في تغريدة مساء الثلاثاء: "الجيران يعرفون موقفنا". '
            'وقال في تغريدة أخرى: "سنبقى مع جيراننا".')
    chains = claim_chains(text)
    assert len(chains) == 3
    assert chains[1] == chains[2] == [("person", "وزير الخارجية سامي الخطيب")]


def test_bare_continuation_in_a_statement_keeps_the_body_alone() -> None:
    text = ('أعلنت وزارة الدفاع أن الطريق الساحلي أعيد فتحه. '
            'وأضافت في بيان صباح الأحد أن الدوريات انتشرت على طوله. '
            'وأوضحت في بيان لاحق أن حركة الشاحنات استؤنفت.')
    chains = claim_chains(text)
    assert len(chains) == 3
    assert all(kind != "document" for chain in chains for kind, _ in chain)
    assert chains[2] == [("official", "وزارة الدفاع")]


def test_document_teller_goes_on_past_a_medium() -> None:
    # the statement itself told the last claim: a further telling in a passage of it keeps it as teller
    text = 'وأشار البيان إلى أن القصف توقف قرب المدينة. وأضاف في فقرة أخرى أن الطرق فتحت.'
    chains = claim_chains(text)
    assert chains[1] == [("document", "البيان")]


def test_report_named_in_the_object_is_still_an_inner_link() -> None:
    text = 'وقال الوزير إن الجيش انسحب من المدينة. وأكد وجود تقارير استخباراتية تحذر من هجوم.'
    chains = claim_chains(text)
    assert chains[1][-1] == ("document", "تقارير استخباراتية")


def test_same_source_told_again_to_its_agency_has_one_outlet_link() -> None:
    # نفس المصدر carries its outlet from the claim before; the agency it speaks to (لتاس) is that same outlet
    text = 'وقال مصدر أمني لوكالة تاس إن الطائرة سقطت قرب الحدود. وأضاف نفس المصدر لتاس أن الطاقم نجا.'
    chains = claim_chains(text)
    assert len(chains) == 2
    assert [kind for kind, _ in chains[1]] == ["outlet", "anonymous"]


def test_another_agency_spoken_to_is_still_its_own_link() -> None:
    text = 'وقال مصدر عسكري لوكالة رويترز إن الطائرة سقطت. وقال مسؤول آخر لوكالة فرانس برس إن الطاقم نجا.'
    chains = claim_chains(text)
    assert chains[1][0] == ("outlet", "وكالة فرانس برس")
    assert all("رويترز" not in text_ for _, text_ in chains[1])


def test_bare_continuation_to_the_same_agency_adds_no_second_outlet() -> None:
    text = 'وقال مصدر أمني لوكالة تاس إن الطائرة سقطت قرب الحدود. وأضاف لتاس أن الطاقم نجا.'
    chains = claim_chains(text)
    assert len(chains) == 2
    assert [kind for kind, _ in chains[1]] == ["outlet", "anonymous"]
