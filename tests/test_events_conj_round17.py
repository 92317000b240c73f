"""Round 17: a word with a joined و/ف is compared with each event word list on its own (`_in_list`): as
written when the list holds it so, else without the conjunction. One global set of "own first letter" words
(`_strip_conj`) had a word kept whole for every list because one list held it, and a listed word that begins
with و/ف (ولاية، فلول) stripped for its own list because another list held its rest."""

from __future__ import annotations

from tests.conftest import doc_with_entities


def _origin(text: str, place: str) -> bool:
    from marsad.stages import events
    from marsad.stages.events import where

    doc = doc_with_entities(text, [("place", "P", [place])])
    ctx = events._Ctx(doc, events.lexicon())
    m = next(x for x, _e in doc.mentions_in(0, len(doc.text), ("place",)))
    return where._origin_of(ctx, m)


def test_in_list_per_list() -> None:
    from marsad.stages.events import _in_list

    assert _in_list("وقوات", frozenset({"قوات"}))
    assert _in_list("فقوات", frozenset({"قوات"}))
    # a word whose first letter is its own meets its list as written ...
    assert _in_list("وحدات", frozenset({"وحدات"}))
    # ... and another list without its first letter, whatever other lists hold
    assert _in_list("وحدات", frozenset({"حدات"}))
    assert not _in_list("وحدات", frozenset({"قوات"}))
    # two letters are never a conjunction and a word
    assert not _in_list("وا", frozenset({"ا"}))


def test_head_noun_with_its_own_waw_is_skipped_before_an_origin() -> None:
    # ولاية is a head noun of place_heads whose و is its own: the origin phrase stands before it
    assert _origin("قتل شاب ينحدر من ولاية تكساس في هجوم على سوق.", "تكساس")
    assert _origin("قتل شاب ينحدر من مدينة دالاس في هجوم على سوق.", "دالاس")
    assert not _origin("قتل شاب في هجوم على سوق في ولاية تكساس.", "تكساس")


def test_past_verb_of_standing_behind_whose_waw_is_its_own() -> None:
    from tests.conftest import event_parties

    # وقفت، وقفوا are behind_verbs whose و is the verb's own: the relative's antecedent stands behind the deed,
    # as with the present تقف، يقفون; a nameless one lends no doer, and the searching police are none
    for verb in ("وقفت", "تقف"):
        parties = event_parties(f"وتبحث الشرطة العراقية عن الجهة التي {verb} وراء تفجير السيارة المفخخة في الموصل.")
        assert parties == [("ATTACK", None, None)], verb
    parties = event_parties("وطاردت الشرطة العراقية خلية تابعة لتنظيم داعش التي وقفت وراء تفجير سيارة "
                            "مفخخة في سوق الموصل.")
    assert ("ATTACK", "Islamic State (ISIS)", None) in parties


def _distance(text: str, place: str) -> bool:
    from marsad.stages import events
    from marsad.stages.events import where

    doc = doc_with_entities(text, [("place", "P", [place])])
    ctx = events._Ctx(doc, events.lexicon())
    m = next(x for x, _e in doc.mentions_in(0, len(doc.text), ("place",)))
    return where._distance_from(ctx, m)


def test_distance_told_from_a_head_noun_with_its_own_waw() -> None:
    # the head noun before the place (مدينة، ولاية) is skipped before the من of a distance, ولاية too
    assert _distance("سقطت طائرة على بعد 40 كيلومترا من ولاية أريزونا.", "أريزونا")
    assert _distance("سقطت طائرة على بعد 40 كيلومترا من مدينة فينيكس.", "فينيكس")
    assert not _distance("سقطت طائرة في ولاية أريزونا.", "أريزونا")
