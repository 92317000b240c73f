"""A doer guessed from the article (the previous doer or the main actor) must be named at most two sentences
before the event (event_cues guess_reach_back 2): on 250 unseen ANT articles the doers guessed from three
sentences back were wrong far more often than right (a later item of a roundup, a quote on another matter,
background history).

The sentences are written for these tests; none comes from an article.
"""
from __future__ import annotations

import marsad

_OPENING = ("أكد مسؤولون في الجيش اللبناني أن الجيش اللبناني يتابع التطورات عن كثب. "
            "سيطر تنظيم داعش على قرية في ريف حمص الشرقي بعد معارك عنيفة. ")


def _attack_doer(text: str) -> str | None:
    art = marsad.analyze(text, published="2019-05-01").to_dict()
    names = {e["id"]: e["name"] for e in art["entities"]}
    return next(names.get(ev.get("actor1")) for ev in art["events"]
                if ev["type"] == "ATTACK" and "شن" in text[ev["start"]:ev["end"]])


def test_previous_doer_three_sentences_back_is_not_borrowed() -> None:
    # each dropped subject continues the one before; the third is three sentences from the name
    text = (_OPENING + "ودفع بتعزيزات عسكرية إلى أطراف القرية. "
            "واعتقل عشرة شبان من أبناء القرية. "
            "وفي وقت لاحق، شن هجوما على نقطة قرب مدينة تدمر.")
    assert _attack_doer(text) is None


def test_previous_doer_two_sentences_back_is_still_borrowed() -> None:
    text = (_OPENING + "ودفع بتعزيزات عسكرية إلى أطراف القرية. "
            "وفي وقت لاحق، شن هجوما على نقطة قرب مدينة تدمر.")
    assert _attack_doer(text) == "Islamic State (ISIS)"


def test_main_actor_three_sentences_back_is_not_borrowed() -> None:
    text = ("قصفت قوات النظام مدينة القصير. وقصفت قوات النظام الرقة. وتحدثت قوات النظام عن تقدم. "
            "وأفاد ناشطون بأن الجرحى وصلوا إلى المشفى. وقال سكان إن الأسواق أغلقت أبوابها. "
            "وشن هجوما على قرية الزهور.")
    assert _attack_doer(text) is None
