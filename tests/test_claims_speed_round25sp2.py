"""Round 25 (SP2): the claims stage's per-token look-ups made once.

`_starting` (the phrases a token may open) is kept per index and token instead of read and sorted again for every
cue word; `_relayed_medium` tests one set of relay verbs with their suffixes (`_RELAYED_FORMS`) instead of a
generator over the suffixes; `_f` keeps what it folded. Each is checked against the reading it replaces.
"""

from __future__ import annotations

import re

from marsad.stages.claims import cues
from marsad.stages.claims.cues import (
    _PASS_ON_SUFFIXES,
    _RELAY_MA_VERBS,
    _RELAYED_FORMS,
    _f,
    _starting,
    _starting_read,
    lexicon,
)
from marsad.textnorm import fold_text

# my own sentences: cue words with and without و/ف, relay verbs with object pronouns, plain words
TEXT = (
    "وقال المتحدث باسم الشرطة إن الحادث وقع مساء الأحد، ونقلت عنه وكالة الأنباء قوله إن التحقيق مستمر. "
    "وبحسب ما نقلته صحيفة محلية، فإن الوزير أكد في بيان نشرته الوزارة أن الاتفاق سيوقع قريبا. "
    "فيما ذكرت مصادر أن المفاوضات تعثرت، ووفقا لمسؤول رفيع فإن الجولة المقبلة ستعقد في جنيف، حسبما أوردته القناة."
)


def _words() -> list[str]:
    return [fold_text(w) for w in re.findall(r"\w+", TEXT)]


def _old_relayed(t: str) -> bool:
    return any(t.endswith(p) and t[:-len(p)] in _RELAY_MA_VERBS for p in _PASS_ON_SUFFIXES)


def test_starting_memo_equals_reading() -> None:
    lx = lexicon()
    for idx in (lx.according, lx.editorial, lx.addressee):
        words = _words() + list(idx) + ["و" + w for w in idx] + ["ف" + w for w in idx] + ["ب" + w for w in idx]
        for _ in range(2):  # the second pass answers from the memo
            for w in words:
                assert _starting(idx, w) == _starting_read(idx, w), w


def test_starting_memo_is_per_index() -> None:
    a = {"قال": [("قال",)]}
    b = {"قال": [("قال", "ان")]}
    assert _starting(a, "وقال") == [("قال",)]
    assert _starting(b, "وقال") == [("قال", "ان")]  # another index with the same words: its own answers
    assert _starting(a, "وقال") == [("قال",)]


def test_starting_memo_bounded(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    idx = {"قال": [("قال",)], "ذكر": [("ذكر",)]}
    monkeypatch.setattr(cues, "_STARTING_MAX", 4)
    words = [f"كلمة{n}" for n in range(20)] + ["وقال", "فذكر", "قال"]
    for w in words:
        assert _starting(idx, w) == _starting_read(idx, w)
    assert len(cues._STARTING[id(idx)][1]) <= 4


def test_relayed_forms_equal_the_suffix_test() -> None:
    words = set(_words())
    words |= {v + p for v in _RELAY_MA_VERBS for p in _PASS_ON_SUFFIXES}
    words |= {v + p + "ا" for v in _RELAY_MA_VERBS for p in _PASS_ON_SUFFIXES}
    words |= {v[:-1] + p for v in _RELAY_MA_VERBS for p in _PASS_ON_SUFFIXES}
    words |= set(_RELAY_MA_VERBS) | {"", "ه", "ها"}
    assert any(_old_relayed(w) for w in words)
    for w in words:
        assert (w in _RELAYED_FORMS) == _old_relayed(w), w


def test_fold_memo_equals_fold() -> None:
    for s in [*TEXT.split("،"), "  المتحدثُ   باسم  الشرطة ", "إعلان", "أكّد"]:
        assert _f(s) == " ".join(fold_text(s).split())
        assert _f(s) == _f(s)

