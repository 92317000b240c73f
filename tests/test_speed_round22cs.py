"""Round 22 (CS), cold start: what a fresh process reads back from the index cache is fewer objects. Equal
payloads of a compiled phrase index are one object in its pickle; the NER lexicon's recurring labels are one
string each. Answers are unchanged: only identities are shared."""

from __future__ import annotations

import json
import pickle
from dataclasses import dataclass, field

from marsad.matcher import PhraseIndex
from marsad.ner.features import Lexicon
from marsad.stages.events.lexicon import Trig
from marsad.textnorm import fold_text

TEXT = "هاجمت القوات مواقع المسلحين ثم قصفت الطائرات قرية مجاورة"


@dataclass(frozen=True)
class Tagged:
    """A payload with a field left out of == and of its repr."""

    label: str
    note: str = field(default="", compare=False, repr=False)


def _payloads(index: PhraseIndex, text: str) -> dict[str, tuple[object, ...]]:
    # keyed by the words as written (the index keys and reads folded text)
    words = {fold_text(w): w for w in text.split()}
    return {words[m.key]: m.payloads for m in index.find_all(fold_text(text))}


def _round_trip(index: PhraseIndex) -> PhraseIndex:
    index.compile()
    return pickle.loads(pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL))  # type: ignore[no-any-return]


def test_equal_trigger_payloads_are_one_object_after_a_pickle() -> None:
    idx = PhraseIndex()
    # two inflected forms of one entry: equal payloads, built as two objects
    idx.add("هاجمت", Trig("ATTACK", "past", "هاجم", suffixed=True))
    idx.add("قصفت", Trig("ATTACK", "past", "هاجم", suffixed=True))
    idx.add("الطائرات", Trig("ATTACK", "noun", "طائرات"))
    before = _payloads(idx, TEXT)
    assert before["هاجمت"][0] is not before["قصفت"][0]
    got = _payloads(_round_trip(idx), TEXT)
    assert got == before
    assert got["هاجمت"][0] is got["قصفت"][0]
    assert got["الطائرات"][0] is not got["هاجمت"][0]
    # the index that was pickled keeps its own objects
    assert _payloads(idx, TEXT)["هاجمت"][0] is not _payloads(idx, TEXT)["قصفت"][0]


def test_equal_but_different_payloads_are_not_merged() -> None:
    idx = PhraseIndex()
    idx.add("هاجمت", ("ATTACK", True))
    idx.add("قصفت", ("ATTACK", 1))  # == ("ATTACK", True), but another value
    idx.add("مواقع", Tagged("SITE", "أول"))
    idx.add("قرية", Tagged("SITE", "ثان"))  # == the one before: its note is left out of ==
    idx.add("المسلحين", ["a list", "is mutable"])
    idx.add("مجاورة", ["a list", "is mutable"])
    got = _payloads(_round_trip(idx), TEXT)
    assert got["هاجمت"][0][1] is True
    assert got["قصفت"][0][1] == 1 and got["قصفت"][0][1] is not True
    assert got["مواقع"][0] is not got["قرية"][0]
    assert (got["مواقع"][0].note, got["قرية"][0].note) == ("أول", "ثان")
    assert got["المسلحين"][0] is not got["مجاورة"][0]


def test_ner_lexicon_labels_are_one_string_each() -> None:
    # as read from a model file: JSON gives every occurrence of a label its own string
    raw = json.loads(json.dumps({
        "gazetteer": [[["دير", "الزور"], "LOC"], [["حلب"], "LOC"]],
        "clusters": {"قصفت": ["a12", "b301"], "هاجمت": ["a12", "b301"]},
        "signs": {"قصفت": ["3+", "17-"], "هاجمت": ["3+", "17-"]},
    }))
    assert raw["clusters"]["قصفت"][0] is not raw["clusters"]["هاجمت"][0]
    lex = Lexicon.from_json(raw)
    assert lex.clusters == raw["clusters"] and lex.signs == raw["signs"]
    assert lex.clusters["قصفت"][1] is lex.clusters["هاجمت"][1]
    assert lex.signs["قصفت"][0] is lex.signs["هاجمت"][0]
    assert lex.gazetteer[("دير", "الزور")] is lex.gazetteer[("حلب",)]
    # so the pickle stores each label once
    assert pickle.dumps(lex).count(b"b301") == 1


def test_pack_aliases_are_folded_once_for_every_stage() -> None:
    from marsad import packs
    from marsad.stages import entities

    got = packs.folded_aliases()
    assert got is packs.folded_aliases()  # made once per process
    every = {fold_text(a.text) for e in packs.entries_by_id().values() for a in e.aliases}
    assert got == every
    # a nisba that is also a name stays out of the nisbas that leave names out, as before
    with_names = packs.state_words(not_names=False)
    without = packs.state_words(not_names=True)
    assert set(without) == {w for w in with_names if w not in every}
    # and no derived nisba is a form some alias spells
    assert not set(entities._derived_nisbas()) & every
    packs.reset_caches()
    assert packs.folded_aliases() == every
