"""Claims, round 23 (CL): a bare verb of saying that goes on for the last teller and names a medium of its own
(وقال في تغريدة أخرى) replaces the medium the last claim was told in; it never stacks a second one on it. An outlet
spoken to that the chain already holds in another writing (وكالة تاس … لتاس) is no second outer link."""

from __future__ import annotations

from tests.conftest import claim_chains


def test_second_tweet_replaces_the_first_as_medium() -> None:
    text = ('قال وزير الخارجية سامي الخطيب إن الحكومة لن تتراجع. '
            'وقال في تغريدة مساء الثلاثاء: "الجيران يعرفون موقفنا". '
            'وقال في تغريدة أخرى: "سنبقى مع جيراننا".')
    chains = claim_chains(text)
    assert len(chains) == 3
    assert [kind for kind, _ in chains[2]] == ["person", "document"]
    assert chains[2][-1][1] == "تغريدة أخرى"


def test_statement_after_statement_keeps_one_document_link() -> None:
    text = ('أعلنت وزارة الدفاع أن الطريق الساحلي أعيد فتحه. '
            'وأضافت في بيان صباح الأحد أن الدوريات انتشرت على طوله. '
            'وأوضحت في بيان لاحق أن حركة الشاحنات استؤنفت.')
    chains = claim_chains(text)
    assert len(chains) == 3
    assert sum(kind == "document" for kind, _ in chains[2]) == 1
    assert chains[2][-1][0] == "document"


def test_medium_still_added_after_a_claim_without_one() -> None:
    # the continuation names a tweet, the claim before it named none: the tweet is a link of its own
    text = 'قال الوزير سامي الخطيب إن الحكومة لن تتراجع. وقال في تغريدة: "سنبقى مع جيراننا".'
    chains = claim_chains(text)
    assert chains[1] == [("person", "الوزير سامي الخطيب"), ("document", "تغريدة")]


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
