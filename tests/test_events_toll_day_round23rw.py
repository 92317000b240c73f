"""Round 23 (RW): the toll fold of round 23 EV (a definite attack noun under a verb of outcome, reaching up to
four sentences back) keeps a clause that gives its own day, other than the day the strike told was given:
strikes dated to the next day are another happening, not the first strike's outcome. Sentences written for
this test."""

from __future__ import annotations

import marsad


def _attacks(text: str) -> list[str]:
    art = marsad.analyze(text, published="2018-06-01").to_dict()
    return [art["text"][e["start"]:e["end"]] for e in art["events"] if e["type"] == "ATTACK"]


def test_strikes_of_another_day_after_comment_stay_their_own() -> None:
    text = ("بدأت الطائرات الأمريكية قصف مواقع الجيش في 12 أيار/مايو 2004. "
            "وقال مسؤولون إن الحملة ستستمر أسابيع. وأضافوا أن الهدف إضعاف الدفاعات. "
            "ورفضت الحكومة هذه المزاعم. "
            "في 14 أيار/مايو، أسفرت الغارات عن دمار واسع في مباني الوزارات وسط العاصمة.")
    assert len(_attacks(text)) == 2


def test_strikes_of_the_same_day_still_fold() -> None:
    # guard: the toll sentence that gives the strike's own day is its outcome, as before
    text = ("بدأت الطائرات الأمريكية قصف مواقع الجيش في 12 أيار/مايو 2004. "
            "وقال مسؤولون إن الحملة ستستمر أسابيع. وأضافوا أن الهدف إضعاف الدفاعات. "
            "ورفضت الحكومة هذه المزاعم. "
            "في 12 أيار/مايو 2004، أسفرت الغارات عن دمار واسع في مباني الوزارات وسط العاصمة.")
    assert len(_attacks(text)) == 1
