"""Speed round 13: the whole-text tokenisers of the quantities and claims stages make their tokens with `map`
over the matches (`textnorm.match_columns`) instead of a Python loop; the tokens are the same."""

from __future__ import annotations

import re

import pytest

from marsad.pipeline import make_doc
from marsad.stages import claims, quantities
from marsad.textnorm import fold, match_columns

_TEXTS = [
    "قال المرصد السوري لحقوق الإنسان إن 12 عنصراً من قوات النظام قتلوا، وأصيب 3,500 آخرون في ريف دير الزور.",
    "أعلنت وزارة الدفاع العراقية أنّ طائراتها نفّذت ٤ ضربات جوية على مواقع لـ«داعش» قرب الموصل يوم 2.5.2019.",
    "بلغت نسبة الدمار ½ المباني في الحي، بحسب ناشطين؛ ولم يُعرف عدد الضحايا بعد #سوريا __ 3³ …",
    "",
    "   \n\n  ",
    "١٢٣ كيلومتراً من الحدود - (وفق مصادر محلية) - تسيطر عليها فصائل «الجيش الوطني».",
]


def _old_tokenize(folded: str) -> list[quantities.Tok]:
    out = []
    for m in quantities._TOKEN.finditer(folded):
        g, s = m.lastindex, m.group()
        kind = "num" if g == 1 else ("word" if s[0].isalpha() else "punct") if g == 2 else "punct"
        out.append(quantities.Tok(s, m.start(), m.end(), kind))
    return out


@pytest.mark.parametrize("text", _TEXTS)
def test_match_columns_are_the_matches_fields(text: str) -> None:
    for pattern in (re.compile(r"\w+"), claims._TOKEN, quantities._TOKEN):
        ms = list(pattern.finditer(text))
        assert match_columns(pattern, text) == ([m.start() for m in ms], [m.end() for m in ms],
                                                [m.group() for m in ms])
    assert match_columns(re.compile(r"\w+"), "أ ب ج", 2) == ([2, 4], [3, 5], ["ب", "ج"])


@pytest.mark.parametrize("text", _TEXTS)
def test_quantity_tokens_as_before(text: str) -> None:
    folded = fold(text).text
    got = quantities.tokenize(folded)
    assert got == _old_tokenize(folded)
    assert all(type(t) is quantities.Tok for t in got)


def test_a_letter_run_opening_with_a_numeric_sign_is_punctuation() -> None:
    # ½ is a word character that is not a letter: the run it opens is not a word
    toks = quantities.tokenize(fold("نحو ½مليون شخص").text)
    assert [(t.text, t.kind) for t in toks] == [("نحو", "word"), ("½مليون", "punct"), ("شخص", "word")]


@pytest.mark.parametrize("text", _TEXTS)
def test_claims_tokens_as_before(text: str) -> None:
    doc = make_doc(text)
    reader = claims._Reader(doc)
    ft = doc.folded.text
    want = [claims.Tok(m.start(), m.end(), m.group()) for m in claims._TOKEN.finditer(ft)]
    assert reader.toks == want
    assert all(type(t) is claims.Tok for t in reader.toks)
    assert reader._tok_words == [t.t for t in want]
