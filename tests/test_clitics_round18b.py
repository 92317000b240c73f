"""Round 18b: the proclitics a pack phrase and a letter-name abbreviation may carry, and the preposition إلى
that two event rules look for, are read from the packs (clitics.json phrase_key, phrase_key_lam,
abbreviation; event_cues.json to_words), no longer spelled in code. Sentences written for these tests."""

from __future__ import annotations

import inspect

from marsad import matcher, packs, textnorm
from marsad.matcher import PhraseIndex
from marsad.stages.events import detect, modality
from marsad.stages.events.lexicon import _cue_words
from marsad.textnorm import fold, fold_text, proclitics


def _found(index: PhraseIndex, text: str) -> list[str]:
    f = fold(text)
    return [text[slice(*f.span(m.start, m.end))] for m in index.find(f.text)]


def test_matcher_prefixes_are_the_packs_sets_built_once() -> None:
    sets = packs.load_json("clitics")["sets"]
    assert frozenset(("", *(fold_text(p) for p in sets["phrase_key"]["prefixes"]))) == matcher.PREFIXES
    assert frozenset(fold_text(p) for p in sets["phrase_key_lam"]["prefixes"]) == matcher.LAM_PREFIXES
    # module constants (frozensets made at import), not a function asked on every hit
    assert isinstance(matcher.PREFIXES, frozenset) and isinstance(matcher.LAM_PREFIXES, frozenset)
    assert "وك" in matcher.PREFIXES and "وك" not in proclitics()  # the phrase set is not the word set


def test_a_phrase_takes_the_packs_proclitics_and_no_other() -> None:
    idx = PhraseIndex()
    for name in ("الجيش", "المجلس المحلي"):
        idx.add(name, name)
    text = "قال فكالجيش ووصل وللمجلس المحلي بيان، ثم أعلن استالجيش شيئا"
    # فك + الجيش, ولل + (ال)مجلس المحلي; «است» is no proclitic: the key starts inside a word
    assert _found(idx, text) == ["الجيش", "مجلس المحلي"]


def test_abbreviation_prefixes_are_the_packs_set() -> None:
    sets = packs.load_json("clitics")["sets"]
    assert tuple(fold_text(p) for p in sets["abbreviation"]["prefixes"]) == textnorm._ABBR_PREFIXES
    # a dot inside an abbreviation after بال is no sentence end
    text = "نقلت وسائل إعلام عن مسؤول بالإف.بي.آي قوله إن التحقيق مستمر. وأضاف أن النتائج قريبة."
    assert len(textnorm.split_sentences(text)) == 2


def test_to_words_is_one_folded_word_and_the_rules_spell_it_nowhere() -> None:
    assert _cue_words("to_words") == frozenset({fold_text("إلى")}) == frozenset({fold_text("الى")})
    for fn in (detect._joins_no_side, modality._purposed):
        src = inspect.getsource(fn)
        assert '"إلى"' not in src and '"الى"' not in src and '"الي"' not in src, fn.__name__
