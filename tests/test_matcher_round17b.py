"""Round 17b (speed): the quoted-name windows `find_across_quotes` scans are found once a text and shared by
every index that asks (entities and framing ask of the same folded text), with the same matches as before;
the merged scan checks a raw hit's end before it reads the key's entry."""

from __future__ import annotations

import pytest

from marsad import matcher
from marsad.matcher import PhraseIndex
from marsad.textnorm import fold_text

# my own sentences: a quoted last word of a name, a quoted whole name, a scare-quoted label, a quote with no key
_TEXT = fold_text(
    'أعلنت منظمة "الخوذ البيضاء" أن حزب العمال "الكردستاني" هاجم مواقع وصفتها أنقرة بأنها "إرهابية"، '
    'فيما قال تحالف "النصر" إن الأمطار "غزيرة".')


def _orgs() -> PhraseIndex:
    idx = PhraseIndex()
    for phrase, pid in (("منظمة الخوذ البيضاء", "o:white_helmets"), ("حزب العمال الكردستاني", "o:pkk"),
                        ("تحالف النصر", "o:nasr")):
        idx.add(phrase, pid)
    return idx


def _labels() -> PhraseIndex:
    idx = PhraseIndex()
    for phrase, pid in (("مواقع وصفتها", "x:odd"), ("بأنها ارهابية", "f:terror"), ("تحالف النصر", "f:alliance")):
        idx.add(phrase, pid)
    return idx


def _by_hand(index: PhraseIndex, text: str) -> list[tuple[matcher.Match, int, int]]:
    """The windows found by the regex afresh, each scanned by `index` (the way before the windows were shared)."""
    out = []
    for q in matcher._QUOTED_TAIL.finditer(text):
        word = q.group(1)
        cut = len(word) + 1
        heads = (0, word.find(" ") + 1) if " " in word else (0,)
        for m in index.find_all(f"{word} {q.group(2)}"):
            if m.start - len(m.prefix) in heads and m.end > cut:
                end = q.start(1) + m.end + 1
                if end == q.end(2):
                    end += 1
                out.append((matcher.Match(q.start(1) + m.start, end, m.key, m.payloads, m.prefix),
                            q.start(2), q.end(2)))
    return out


def test_across_quotes_same_matches_as_fresh_windows() -> None:
    orgs, labels = _orgs(), _labels()
    got_orgs = orgs.find_across_quotes(_TEXT)
    got_labels = labels.find_across_quotes(_TEXT)
    assert got_orgs == _by_hand(_orgs(), _TEXT)
    assert got_labels == _by_hand(_labels(), _TEXT)
    assert {m.payloads for m, _s, _e in got_orgs} == {("o:white_helmets",), ("o:pkk",), ("o:nasr",)}
    assert ("f:terror",) in {m.payloads for m, _s, _e in got_labels}
    # a key that takes the whole quoted name ends after its closing mark
    pkk = next(m for m, _s, _e in got_orgs if m.payloads == ("o:pkk",))
    assert _TEXT[pkk.start:pkk.end] == 'حزب العمال "الكردستاني"'


def test_windows_found_once_a_text(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = matcher._QUOTED_TAIL

    class Counting:
        def finditer(self, text: str):  # type: ignore[no-untyped-def]
            calls.append(text)
            return real.finditer(text)

    monkeypatch.setattr(matcher, "_QUOTED_TAIL", Counting())
    monkeypatch.setattr(matcher, "_windows_memo", None)
    text = "".join(_TEXT)  # a string of its own: the memo goes by identity
    first = _orgs().find_across_quotes(text)
    _labels().find_across_quotes(text)
    again = _orgs().find_across_quotes(text)
    assert len(calls) == 1  # two indexes, three calls, one regex pass
    assert again == first
    other = fold_text('وقالت جماعة "النصر" إن حزب العمال "الكردستاني" انسحب.')
    got = _orgs().find_across_quotes(other)
    assert len(calls) == 2  # another text: its own windows
    assert [other[m.start:m.end] for m, _s, _e in got] == ['حزب العمال "الكردستاني"']


def test_window_memo_keeps_the_whole_text_scan() -> None:
    orgs = _orgs()
    text = "".join(_TEXT)
    whole = orgs.find_all(text)
    orgs.find_across_quotes(text)
    assert orgs._memo is not None and orgs._memo[0] is text
    assert orgs.find_all(text) == whole


def test_no_quote_no_windows() -> None:
    assert _orgs().find_across_quotes(fold_text("قال حزب العمال الكردستاني إنه انسحب.")) == []
