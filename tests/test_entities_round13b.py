"""An alias whose proper part the outlet puts in quotes (منظمة "غولن"، جماعة «الإخوان المسلمين») is the same
name as the unquoted alias. The sentences are written for these tests."""

import marsad


def _refs(text: str, published: str = "2019-05-01") -> dict[str, str | None]:
    art = marsad.analyze(text, published=published)
    return {m.text: e.ref for e in art.entities for m in e.mentions}


def test_alias_runs_into_quoted_name() -> None:
    refs = _refs('وأوقفت السلطات في إزمير ستة موظفين بتهمة الانتماء إلى منظمة "غولن" خلال حملة أمس.')
    assert "gulen-movement" in refs.values()
    span = next(t for t, r in refs.items() if r == "gulen-movement")
    assert span == 'منظمة "غولن"'  # the name as written, both quote marks in


def test_guillemets_and_proclitic_before_quoted_name() -> None:
    refs = _refs("وصادرت الشرطة وثائق تعود لتنظيم «غولن» في مكتب بأنقرة.")
    assert "gulen-movement" in refs.values()


def test_quoted_speech_after_a_word_names_nobody() -> None:
    refs = _refs('وقال مسؤول محلي في تصريح "إن الطريق أغلق منذ الصباح".')
    assert not refs
