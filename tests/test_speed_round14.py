"""Round 14 speed: per-word and per-article work moved to caches made once; the answers stay the same."""

from __future__ import annotations

from marsad.stages import claims, framing, resolve
from marsad.textnorm import fold_text, proclitic_stripper, strip_proclitics

_WORDS = ["والهجمات", "للهجمات", "وللهجمات", "فالقوات", "وبتركيا", "وكذلك", "ولد", "بالمدينة", "و", "", "كتائب",
          "فقصفت", "وسيطرت", "للحي"]


def test_a_stripper_answers_as_strip_proclitics_for_its_set_and_stem() -> None:
    for allowed, min_stem in (("conj_prep", 2), ("conj", 3), ("noun_head", 4), ("conj", 2)):
        strip = proclitic_stripper(allowed, min_stem)
        for w in map(fold_text, _WORDS):
            assert strip(w) == strip_proclitics(w, allowed, min_stem), (allowed, min_stem, w)
            assert strip(w) == strip_proclitics(w, allowed, min_stem)  # asked again: from the cache


def test_one_stripper_per_set_and_stem_and_its_cache_is_bounded() -> None:
    assert proclitic_stripper("conj", 3) is proclitic_stripper("conj", 3)
    assert proclitic_stripper() is proclitic_stripper("conj_prep", 2)
    assert proclitic_stripper("conj", 3) is not proclitic_stripper("conj", 2)
    maxsize = proclitic_stripper("conj", 3).cache_info().maxsize  # type: ignore[attr-defined]
    assert maxsize is not None and maxsize > 0


def test_the_stages_strip_with_the_shared_strippers() -> None:
    assert claims._unprefix is proclitic_stripper("conj", 3)
    assert claims._unprefix(fold_text("وسيطرت")) == fold_text("سيطرت")
    assert claims._unprefix(fold_text("ولد")) == fold_text("ولد")  # a stem of two letters stays whole
    assert framing._clitic_free is proclitic_stripper("noun_head", 4)
    assert resolve._strip_clitic is proclitic_stripper()


def test_the_theatre_generic_names_are_read_once() -> None:
    names = resolve._theatre_generic_names()
    assert names is resolve._theatre_generic_names()
    rules = resolve._anaphora_data().get("theatre_entries", {}).get("entries", {})
    assert names == {fold_text(a) for r in rules.values() for a in r.get("aliases", ())}

