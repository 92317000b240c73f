"""The stages' precomputed lookups (anaphora forms, folded name stops, line-bounded tokens) equal a plain scan."""

from __future__ import annotations

import re

import pytest

from marsad.stages import events, names, resolve
from marsad.textnorm import fold_text


def _old_anaphor_nouns(word: str, anaphora: frozenset[str]) -> list[str]:
    """The test `_place_anaphor` made of each word against each noun before the table of forms, with ل +
    the noun read as للمدينة (the definite form), not لمدينة (an indefinite noun, clitics.json v2)."""
    return [a for a in anaphora
            if word == a or (word.endswith(a) and word[: -len(a)] in ("و", "ب", "ف", "وب", "في")) or (
                a.startswith("ال") and word in ("لل" + a[2:], "بال" + a[2:], "وال" + a[2:]))]


def test_anaphor_forms_are_the_old_matches() -> None:
    anaphora = events.lexicon().roles["place_anaphora"]
    forms = events._anaphor_forms(anaphora)
    words = set(forms)
    for a in anaphora:  # near misses: other prefixes, the bare stem, a suffix
        words |= {"ك" + a, "ل" + a[2:], a[2:], a + "ه", "ال" + a, "وفي" + a}
    sentence = "قصفت الطائرات البلدة والمدينة بالمدينة للمدينة وفي المدينة"
    words |= {fold_text(w) for w in sentence.split(" ")}
    for w in sorted(words):
        assert list(forms.get(w, ())) == _old_anaphor_nouns(w, anaphora), w


def _old_tokens(text: str, pos: int, limit: int = 12) -> list[tuple[int, int, str]]:
    out = []
    line_end = text.find("\n", pos)
    stop = min(len(text), pos + 200, line_end if line_end >= 0 else len(text))
    for m in re.compile(r"\w+|[^\w\s]").finditer(text, pos, stop):
        out.append((m.start(), m.end(), m.group()))
        if len(out) >= limit:
            break
    return out


@pytest.mark.parametrize("text", [
    "قال المتحدث باسم الوزارة أحمد محمود إن القوات دخلت البلدة " * 12,
    "وزير الخارجية سامر خليل\nوصل إلى العاصمة، وقال إن «الوفد» سيعود",
    "\n\nالعميد رامي يوسف",
])
def test_name_tokens_are_the_old_tokens(text: str) -> None:
    folded = fold_text(text)
    for pos in range(0, len(folded), 3):
        for limit in (4, 16):
            assert names._tokens(folded, pos, limit) == _old_tokens(folded, pos, limit)


def test_name_stops_are_folded_once() -> None:
    assert resolve._name_stops() == {fold_text(w) for w in resolve._roles()["name_stop_words"]}
