"""Entities, round 12 (EN): one function tells the name علي from the preposition على, numbered army units,
tribes and clans of eastern Syria and Iraq (sentences written for these tests)."""

from __future__ import annotations

import pytest

import marsad
from marsad.pipeline import make_doc as Doc
from marsad.stages import names


def _entities(text: str, published: str = "2018-06-01") -> list[tuple[str, str, str | None]]:
    art = marsad.analyze(text, published=published)
    return [(e.type, e.name_ar, e.ref) for e in art.entities]


def _named(text: str, type_: str, published: str = "2018-06-01") -> list[str]:
    return [name for t, name, _ref in _entities(text, published) if t == type_]


# ---------------------------------------------------------------- علي / على


@pytest.mark.parametrize(("text", "word", "reading"), [
    ("وصل علي إلى المدينة وسيطر الجيش على الحي.", "علي", names.ALI_NAME),
    ("وصل علي إلى المدينة وسيطر الجيش على الحي.", "على", names.ALI_PREPOSITION),
    ("وصل علي إلى المدينة وسيطر الجيش علي الحي.", "علي", None),  # both written with ي: no letter tells
    ("وصل عليّ إلى المدينة وسيطر الجيش على الحي.", "عليّ", None),  # a final diacritic: no letter tells
])
def test_ali_reading(text: str, word: str, reading: str | None) -> None:
    assert names.ali_reading(Doc(text), word) == reading


def test_names_ali_at_uses_the_one_reading() -> None:
    doc = Doc("قال العقيد علي حسن إن القوات سيطرت على البلدة وإن علي الآخر غادر.")
    got = names.names_ali_at(doc)
    assert len(got) == 2 and all(doc.folded.text[i:i + 3] == "علي" for i in got)
    assert names.names_ali_at(Doc("قال العقيد علي حسن إن القوات سيطرت علي البلدة.")) == frozenset()


def test_preposition_before_a_family_name_group_is_no_person() -> None:
    # الحوثي after the preposition على (written with ى) is the group; after the name علي, the man
    assert "Houthis (Ansar Allah)" in [e.name for e in marsad.analyze(
        "وأعلنت القبائل الثورة على الحوثي في المديرية.", published="2018-06-01").entities]
