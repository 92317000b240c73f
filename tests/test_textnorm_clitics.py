"""One proclitic stripper: the sets in `data/clitics.json` and the `textnorm` functions every stage calls."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from marsad.stages import events, framing, ner, places, quantities, resolve
from marsad.textnorm import (
    PROCLITICS,
    fold_text,
    proclitic_splits,
    proclitics,
    strip_proclitics,
    with_proclitics,
)


def _pack() -> dict:
    return json.loads(resources.files("marsad.data").joinpath("clitics.json").read_text("utf-8"))


def _f(s: str) -> str:
    return fold_text(s)


def test_pack_has_a_header_and_every_set_says_what_it_is_for() -> None:
    pack = _pack()
    assert pack["version"] and pack["licence"] and pack["sources"] and pack["changes"]
    for name, entry in pack["sets"].items():
        assert entry["about"], name
        assert entry["prefixes"], name


def test_every_entry_is_written_folded() -> None:
    for name, entry in _pack()["sets"].items():
        for p in entry["prefixes"]:
            for part in p.split(">"):
                assert part == fold_text(part), (name, p)


def test_a_proclitic_comes_before_any_shorter_one_it_begins_with() -> None:
    """The first reading is the longest: وب before و, بال before ب (what `strip_proclitics` relies on)."""
    for name in _pack()["sets"]:
        written = proclitics(name)
        for i, p in enumerate(written):
            for q in written[i + 1:]:
                assert not (q.startswith(p) and q != p), (name, p, q)


def test_the_word_set_is_the_module_constant() -> None:
    assert proclitics() == PROCLITICS
    assert PROCLITICS[:2] == ("وب", "ول")


def test_splits_list_every_reading_in_the_sets_order() -> None:
    # وبلدة is و + بلدة; وب + لدة is also a reading of the letters
    assert proclitic_splits(_f("وبلدة")) == (("وب", _f("لدة")), ("و", _f("بلدة")))
    assert proclitic_splits(_f("قرية")) == ()
    # the bare word is never among them
    assert all(stem != _f("وبلدة") for _, stem in proclitic_splits(_f("وبلدة")))


def test_min_stem_counts_the_letters_left() -> None:
    assert proclitic_splits("وما") == (("و", "ما"),)
    assert proclitic_splits("وما", min_stem=3) == ()
    assert strip_proclitics("وما", min_stem=3) == "وما"
    assert strip_proclitics(_f("وبالقرب")) == _f("القرب")  # the pair وب, the longest, comes off first


def test_an_entry_that_reads_as_the_article_keeps_it() -> None:
    # للمستشفى is ل + المستشفى; والمستشفى is و + المستشفى
    assert strip_proclitics(_f("للمستشفى"), "noun_head", min_stem=4) == _f("المستشفى")
    assert strip_proclitics(_f("بالمستشفى"), "noun_head", min_stem=4) == _f("المستشفى")
    assert strip_proclitics(_f("وبالمستشفى"), "noun_head", min_stem=4) == _f("المستشفى")
    assert strip_proclitics(_f("والمستشفى"), "noun_head", min_stem=4) == _f("المستشفى")
    # ب/ل/ك come off only before the article: بلدة is a noun of its own
    assert strip_proclitics(_f("بلدة"), "noun_head", min_stem=4) == _f("بلدة")


@pytest.mark.parametrize("name", sorted(_pack()["sets"]))
def test_with_proclitics_is_the_inverse_of_the_splits(name: str) -> None:
    for stem in (_f("المخيم"), _f("مخيم"), _f("الجسر")):
        for form in with_proclitics(stem, name):
            assert stem in {s for _, s in proclitic_splits(form, name)}, (name, form)


def test_with_proclitics_leaves_a_short_stem_alone() -> None:
    assert with_proclitics("من", min_stem=3) == ()
    assert "ومن" in with_proclitics("من")


# ------------------------------------------------------------------ each stage with its own declared set


def test_quantities_reads_a_phrase_opener_with_or_without_the_article() -> None:
    readings = dict(quantities.strip_proclitic(_f("بالعشرات")))
    assert readings[_f("عشرات")] == 3
    assert readings[_f("العشرات")] == 1
    # without the article set, only the conjunction and preposition come off
    short = [w for w, _ in quantities.strip_proclitic(_f("وبعشرات"), article=False)]
    assert short == [_f("وبعشرات"), _f("عشرات"), _f("بعشرات")]
    # ك never: كمية is a noun, not ك + مية
    assert [w for w, _ in quantities.strip_proclitic(_f("كمية"), article=False)] == [_f("كمية")]


def test_quantities_starters_take_the_same_proclitics_the_readings_undo() -> None:
    forms = quantities._with_proclitics([_f("عشرات")], quantities._PROCLITICS)
    assert {_f("عشرات"), _f("وعشرات"), _f("بعشرات"), _f("للعشرات")} <= forms
    for form in forms:
        assert _f("عشرات") in {w for w, _ in quantities.strip_proclitic(form)}


def test_places_and_resolve_take_off_the_longest_proclitic() -> None:
    assert places._strip_clitics(_f("وبريف")) == _f("ريف")
    assert places._bare_forms(_f("وبلدات")) == {_f("لدات"), _f("بلدات")}
    assert resolve._strip_clitic(_f("وبتركيا")) == _f("تركيا")
    # no set has وك: وكذلك is و + كذلك, and وكالة is a word
    assert resolve._strip_clitic(_f("وكذلك")) == _f("كذلك")
    assert places._strip_clitics(_f("وكذلك")) == _f("كذلك")
    assert "وك" not in proclitics()


def test_framing_reaches_the_noun_under_every_joined_form() -> None:
    assert framing._clitic_free(_f("والهجمات")) == _f("الهجمات")
    assert framing._clitic_free(_f("للهجمات")) == _f("الهجمات")
    assert framing._clitic_free(_f("وللهجمات")) == _f("الهجمات")
    assert framing._clitic_free(_f("للحي")) == _f("الحي")
    # too short a stem stays whole; an agency is no و + ك + ال
    assert framing._clitic_free(_f("وهم")) == _f("وهم")
    assert framing._clitic_free(_f("وكالات")) == _f("كالات")
    # ب/ل/ك come off only before the article
    assert framing._clitic_free(_f("بلدات")) == _f("بلدات")


def test_ner_takes_a_proclitic_off_a_name_only_when_the_rest_is_known() -> None:
    known = frozenset({_f("سليم")})
    assert ner._strip_word(_f("وسليم"), known) == _f("سليم")
    assert ner._strip_word(_f("فسليم"), known) == _f("فسليم")  # ف begins names: not in the tagger's set
    assert ner._is_clitic_stop("وإن")
    assert ner._NAME_PROCLITICS == ("و", "ف", "ب", "ل", "ك")


def test_events_place_anaphor_forms_and_marks() -> None:
    forms = events._anaphor_forms(frozenset({_f("المخيم")}))
    assert {_f("المخيم"), _f("والمخيم"), _f("بالمخيم"), _f("فيالمخيم")} <= set(forms)
    assert all(nouns == (_f("المخيم"),) for nouns in forms.values())
    # a mark under any joined form of the article: للسارين، وبالكيماوي
    assert events._mark(_f("للسارين")) == events._mark(_f("سارين")) == "chemical"
    assert events._mark(_f("وبالكيماوي")) == "chemical"
    assert events._mark(_f("سار")) is None


def test_claims_takes_off_a_conjunction_only_before_a_long_enough_stem() -> None:
    from marsad.stages import claims

    assert proclitics("conj") == ("و", "ف")
    assert claims._unprefix(_f("وصرح")) == _f("صرح")
    assert claims._unprefix(_f("فأعلن")) == _f("أعلن")
    assert claims._unprefix(_f("وزن")) == _f("وزن")  # three letters: a word of its own
    assert claims._unprefix(_f("بحسب")) == _f("بحسب")  # ب is not in the set
    idx = claims._index([(_f("نقلا"), _f("عن"))])
    assert claims._starting(idx, _f("ونقلا")) == [(_f("نقلا"), _f("عن"))]
    assert claims._starting(idx, _f("بنقلا")) == []


def test_claims_verbal_nouns_with_his_pronoun_take_conj_bi_but_not_lam() -> None:
    from marsad.stages import claims

    assert proclitics("conj_bi") == ("وب", "و", "ف", "ب")
    his = claims._nominal_his_forms()
    assert {_f("وبتأكيده"), _f("وتأكيده"), _f("فتأكيده"), _f("بتأكيده"), _f("تأكيده")} <= his
    assert _f("لتأكيده") not in his
