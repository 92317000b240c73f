"""Claims, round 24 (CL3): whom a thing was said to is never its teller. A person's name with ل on it right after
a verb of saying (وقال لبوتين إن) is the one spoken to; an outlet's لل word standing alone in quotes (وقالت
"للجزيرة": إن) is the outlet spoken to, the outer link, as the same word without quotes already was."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chains


@pytest.mark.parametrize("verb", ["وقال", "ويقول"])
def test_person_spoken_to_is_no_teller(verb: str) -> None:
    text = ('صرح الرئيس الفرنسي إيمانويل ماكرون بأن المفاوضات صعبة. '
            f'{verb} لبوتين إن الهدنة يجب أن تصمد في الشتاء.')
    chains = claim_chains(text)
    assert all(not s[1].startswith("لبوتين") for c in chains for s in c)
    assert [("person", "الرئيس الفرنسي إيمانويل ماكرون")] in chains


def test_person_spoken_to_after_a_named_teller() -> None:
    chains = claim_chains('وقال الرئيس الفرنسي إيمانويل ماكرون إن الحوار ممكن. وقال لبوتين إن الهدنة هشة.')
    assert len(chains) == 2
    assert chains[1] == chains[0] == [("person", "الرئيس الفرنسي إيمانويل ماكرون")]


def test_name_that_opens_with_lam_is_still_a_teller() -> None:
    # لافروف is a name of its own, no ل on «افروف»
    chains = claim_chains('وقال وزير الخارجية الإيراني إن بلاده لن تتراجع. وقال لافروف إن الحوار ممكن.')
    assert len(chains) == 2
    assert chains[1][-1][1] == "لافروف"


@pytest.mark.parametrize("after", ['": إن الوضع صعب في المدينة.', '" إن الوضع صعب في المدينة.',
                                   '": "الوضع صعب في المدينة".'])
def test_quoted_outlet_spoken_to_is_the_outer_link(after: str) -> None:
    text = 'وقالت وزيرة الصحة ليلى حداد إن المستشفيات امتلأت. وقالت "للجزيرة' + after
    chains = claim_chains(text)
    assert len(chains) == 2
    assert chains[1] == [("outlet", "الجزيرة"), *chains[0]]
    assert all(s[1] != "للجزيرة" for c in chains for s in c)


def test_outlet_spoken_to_then_colon_opens_the_words() -> None:
    text = 'وقال وزير الخارجية الإيراني إن بلاده لن تتراجع. وقال لوكالة رويترز: "لن نقبل بشروط جديدة".'
    chains = claim_chains(text)
    assert len(chains) == 2
    assert chains[1] == [("outlet", "وكالة رويترز"), *chains[0]]


@pytest.mark.parametrize("group", ["أحد رجال الأعمال", "أحد رجال الأعمال المحليين"])
def test_one_of_the_businessmen_is_a_teller_of_its_own(group: str) -> None:
    # the sentence names its own unnamed teller after the partitive; the sources of the sentence before do not go on
    text = f'وقالت مصادر محلية إن الطريق أغلق. وأكد {group}، خضوعه لابتزاز المسلحين وبيع متجره بنصف ثمنه.'
    chains = claim_chains(text)
    assert len(chains) == 2
    assert chains[1][-1][1].startswith(group)
    assert chains[1] != chains[0]
