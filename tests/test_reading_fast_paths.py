"""The faster forms of the reader's language test give what the plain ones gave."""

from __future__ import annotations

import re

from marsad import reading


def test_written_forms_are_the_words_the_map_reads_as_stopwords() -> None:
    lang = reading._languages()
    written = lang["arabic_written"]
    for w in ("في", "فی", "فى", "على", "علی", "ذلک", "ذلك", "كانت", "کانت", "یک", "الذى", "سوريا"):
        assert (w in written) == (w.translate(lang["arabic_map"]) in lang["arabic"]), w


def test_arabic_letters_counts_each_arabic_character() -> None:
    text = "قال Ahmed إن ٣ قذائف سقطت، ﻻ أكثر. پ"
    assert reading._arabic_letters(text) == len(re.findall(reading._ARABIC_CHAR, text))
