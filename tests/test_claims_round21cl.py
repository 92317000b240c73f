"""Claims, round 21 (CL): a bare verb of saying dated by a day or another time word right before its أن/إن, colon
or quote (وقال السبت إنه …، وأضاف الأحد "…") goes on for the teller, as the bare verb with no date does."""

from __future__ import annotations

from tests.conftest import claim_chains, full_claims


def test_day_between_bare_verb_and_inna_goes_on_for_the_body() -> None:
    text = 'وأعلنت الشرطة المحلية أنها أغلقت الطرق المؤدية إلى الميناء. وقالت السبت إنها ستعيد فتحها قريبا.'
    claims = full_claims(text)
    assert [c.verb for c in claims] == ["وأعلنت", "وقالت"]
    assert claim_chains(text)[1] == claim_chains(text)[0]
    assert text[claims[1].start:claims[1].end].startswith("وقالت السبت إنها")


def test_day_between_bare_verb_and_quote_goes_on_for_the_person() -> None:
    text = 'وقال جيريمي كوربين إن الحكومة تسرعت في قرارها. وأضاف الأحد "كان عليها أن تنتظر تصويت البرلمان".'
    chains = claim_chains(text)
    assert len(chains) == 2
    assert chains[1] == chains[0] == [("person", "جيريمي كوربين")]


def test_yesterday_and_colon_after_bare_verb() -> None:
    text = 'وقال جيريمي كوربين إن الحكومة تسرعت في قرارها. وتابع أمس: "لن نقبل بهذا القرار".'
    chains = claim_chains(text)
    assert len(chains) == 2 and chains[1] == chains[0]


def test_day_before_ila_anna_after_ashara() -> None:
    text = 'وقال جيريمي كوربين إن الحكومة تسرعت في قرارها. وأشار الأربعاء إلى أن الانتخابات باتت قريبة.'
    claims = full_claims(text)
    assert [c.verb for c in claims] == ["وقال", "وأشار"]
    assert [s.text for s in claims[1].sources] == ["جيريمي كوربين"]


def test_day_before_a_named_teller_is_no_continuation() -> None:
    # the day stands between the verb and its own subject: that subject tells, not the last teller
    text = 'وقال جيريمي كوربين إن الحكومة تسرعت في قرارها. وقالت الأحد وزيرة الداخلية البريطانية إن القرار سليم.'
    chains = claim_chains(text)
    assert len(chains) == 2
    assert chains[1] != chains[0]


def test_day_with_no_saying_after_it_opens_nothing() -> None:
    # a day and then a verb's object, no أن/إن, colon or quote: the verb is no telling
    text = 'وقال جيريمي كوربين إن الحكومة تسرعت في قرارها. وزار الأحد مدينة مانشستر.'
    assert len(claim_chains(text)) == 1


# an according-to clause closed by أضاف/أضافت (وفق ما أضافت المصادر) tells the words before it, as وفق ما أكدت does


def test_according_to_what_sources_added_spans_the_words_before() -> None:
    text = 'وتجددت الاشتباكات قرب المطار وسقط عشرون قتيلا من المسلحين، وفق ما أضافت المصادر الميدانية.'
    claims = full_claims(text)
    assert len(claims) == 1
    assert [s.text for s in claims[0].sources] == ["المصادر الميدانية"]
    assert claims[0].start == 0


def test_hasabama_adafa_with_a_body() -> None:
    text = 'وستبقى المعابر مغلقة حتى نهاية الأسبوع، حسبما أضافت وزارة الداخلية.'
    claims = full_claims(text)
    assert len(claims) == 1
    assert text[claims[0].start:].startswith("وستبقى المعابر")
    assert claims[0].sources[-1].kind == "official"


def test_bare_wa_adafa_still_goes_on_for_the_last_teller() -> None:
    text = 'وقال الوزير محمد العلي إن الوفد سيصل غدا. وأضاف أن المفاوضات ستبدأ فورا.'
    chains = claim_chains(text)
    assert len(chains) == 2 and chains[1] == chains[0]
