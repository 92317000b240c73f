"""Round 15 (LT): the claims stage's last small word lists live in attribution.json's `grammar` group, not in code."""

from __future__ import annotations

import inspect

from marsad import packs
from marsad.stages.claims import cues, phrases, triggers
from marsad.textnorm import fold_text


def _folded(key: str) -> frozenset[str]:
    return frozenset(" ".join(fold_text(w).split()) for w in packs.load_json("attribution")["grammar"][key])


def test_claims_word_lists_are_read_from_the_pack() -> None:
    words = packs.load_json("attribution")["grammar"]["function_words"]
    assert _folded("name_links") == cues._NAME_LINKS
    assert _folded("one_of_partitives") == cues._ONE_OF
    assert _folded("prep_complements") == cues._PREP_COMPS
    assert frozenset({fold_text(words["to"])}) == cues._ALA_TO
    assert fold_text(words["his"]) == cues._HIS
    # the same attached pronouns the pack already lists are read, not written again
    assert set(cues._TIME_PRONOUNS) == _folded("object_pronouns")
    assert set(cues._POSSESSIVE) == _folded("kin_possessives")
    assert set(cues._PLURAL_ENDINGS) == _folded("plural_endings")
    assert set(cues._NISBA_ENDINGS) == _folded("nisba_endings")
    # longest first, where a caller takes the first ending that fits (بيانهم before بيانه)
    assert [len(p) for p in cues._POSSESSIVE_TITLE] == sorted((len(p) for p in cues._POSSESSIVE_TITLE), reverse=True)


def test_no_word_list_literals_left_in_the_claims_code() -> None:
    src = inspect.getsource(cues) + inspect.getsource(phrases) + inspect.getsource(triggers)
    for literal in ('("عبد", "أبو", "ابو")', '("أحد", "إحدى")', '("من", "عن", "إلى", "الى", "على")',
                    '_f("إلى"), _f("الى")', '("هما", "هم", "ها", "ه")', '("ه", "ها")', '("ها", "هم", "ه")',
                    '("ون", "ين", "ات")', '("ي", "يه", "يون", "يين")', '_f("ه")'):
        assert literal not in src, literal


def test_kin_possessive_still_makes_a_person() -> None:
    # a word list moved, not a rule changed: the endings still match as the literals did
    assert "زوجته".endswith(cues._POSSESSIVE) and "محاميتها".endswith(cues._POSSESSIVE)
    assert fold_text("مسؤولون").endswith(cues._PLURAL_ENDINGS)
    assert fold_text("اليمنية").endswith(cues._NISBA_ENDINGS)
