"""Round 16 (EN): phrases of common words taken for people. The sentences are written for these tests."""

import marsad
from marsad.stages.names import _predicate_after_full_name
from marsad.textnorm import fold_text

_PARTICLES = frozenset({fold_text(w) for w in ("أبو", "بن", "عبد")})


def _people(text: str, published: str = "2019-03-01") -> list[str]:
    art = marsad.analyze(text, published=published)
    return [m.text for e in art.entities if e.type == "person" for m in e.mentions]


def test_common_noun_phrase_after_speech_verb_is_no_person() -> None:
    # a definite common noun after a common word speaks: rescue teams, figures, no person's name
    assert _people("وقالت فرق الإطفاء إن الحريق امتد إلى المخازن القريبة من الميناء.") == []
    assert _people("وتقول أحدث الأرقام إن عدد النازحين ارتفع في ريف حلب.") == []


def test_person_after_speech_verb_still_found() -> None:
    assert _people("وقال المتحدث هادي بوتاريك إن القوات جاهزة.") == ["هادي بوتاريك"]
    assert _people("وقالت سلمى حداد إن القوات انسحبت من القرية.") == ["سلمى حداد"]


def test_common_word_after_full_name_ends_it() -> None:
    assert _people("وأثار اختفاء ماهر بن سليم دحبور اهتمام الصحافة الدولية.") == ["سليم دحبور"]


def test_predicate_word_after_two_name_words() -> None:
    name = [fold_text("زياد"), fold_text("غرتيلي")]
    for word in ("ممثل", "منصبه", "جاسوس", "اهتمام"):
        assert _predicate_after_full_name(name, fold_text(word), _PARTICLES), word


def test_family_name_words_after_two_name_words_stay() -> None:
    # a definite family name that is a common word, a nisba family name, a Persian ending, a kunya's name
    assert not _predicate_after_full_name([fold_text("علي"), fold_text("محسن")], fold_text("الأحمر"), _PARTICLES)
    assert not _predicate_after_full_name([fold_text("محمد"), fold_text("علي")], fold_text("جعفري"), _PARTICLES)
    assert not _predicate_after_full_name([fold_text("علي"), fold_text("حاجي")], fold_text("زاده"), _PARTICLES)
    assert not _predicate_after_full_name([fold_text("أبو"), fold_text("أحمد")], fold_text("حدود"), _PARTICLES)
    # one name word is no full name yet
    assert not _predicate_after_full_name([fold_text("زياد")], fold_text("ممثل"), _PARTICLES)
