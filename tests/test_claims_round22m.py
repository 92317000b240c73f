"""Claims, round 22 (CM): an according-to cue set off by a comma and followed by a relative clause on its teller
(…، وفق المرصد الذي أضاف أن …) still tells the words before the comma, as it does when it closes the clause, so
the deed told there is reported, not asserted."""

from __future__ import annotations

from tests.conftest import full_claims


def _events(text: str) -> list[tuple[str, str]]:
    import marsad

    return [(e.trigger.text, e.modality) for e in marsad.analyze(text, published="2019-05-01").events]


def test_relative_clause_after_closing_monitor_keeps_the_words_before() -> None:
    text = 'وسيطرت قوات النظام على قرية الحمرا جنوب المدينة، وفق المرصد الذي أشار إلى أن المعارك ما زالت مستمرة.'
    claims = full_claims(text)
    assert len(claims) == 1
    assert claims[0].start == 0
    assert [s.text for s in claims[0].sources] == ["المرصد"]


def test_deed_before_the_cue_is_reported() -> None:
    text = 'وسيطرت قوات النظام على قرية الحمرا جنوب المدينة، بحسب المرصد، الذي قال إن المعارك ما زالت مستمرة.'
    mods = dict(_events(text))
    assert mods.get("سيطرت") == "reported"


def test_relative_clause_after_agency_with_no_saying_in_it() -> None:
    text = 'واستهدفت طائرات مسيرة مخزنا للذخيرة قرب المطار، وفق وكالة الأنباء الرسمية التي بثت صورا للحريق.'
    claims = full_claims(text)
    assert len(claims) == 1 and claims[0].start == 0


def test_cue_opening_the_sentence_still_opens_the_claim() -> None:
    # no comma before the cue: it opens the sentence, and the claim starts at it as before
    text = 'قتل ثلاثة مدنيين في القصف. وبحسب المرصد الذي يتابع الأحداث، تواصلت الاشتباكات حتى المساء.'
    claims = full_claims(text)
    assert len(claims) == 1
    assert text[claims[0].start:].startswith("وبحسب المرصد")
