"""Framing, round 16b: a derisive qualifier is the outlet's word even inside the derided party's own report; a
party holding an opinion in an أن clause (فحماس وجدت أن، ورأت الحركة أن) is the teller of it; a group named by its
backer in the indefinite (ميليشيات موالية لإيران) is the pack's group its definite form names. Sentences written
for these tests."""

from __future__ import annotations

import marsad
from tests.conftest import framing_pairs


def frames(text: str, published: str = "2018-06-01") -> list[tuple[str, str | None]]:
    return framing_pairs(text, published)


def refs(text: str) -> list[str | None]:
    art = marsad.analyze(text, published="2018-06-01").to_dict()
    return [e.get("ref") or e["name"] for e in art["entities"]]


def test_the_so_called_caliphate_announced_by_the_group_is_the_outlets_label_on_it() -> None:
    got = frames("وفي صيف ذلك العام أعلن تنظيم داعش من الموصل إقامة دولة الخلافة المزعومة على أراض في بلدين.")
    assert ("الخلافة المزعومة", "isis") in got


def test_a_terrorism_word_in_the_groups_own_report_is_still_not_aimed_at_it() -> None:
    # the not-the-teller rule still holds for a term with no derisive qualifier
    got = frames("وقال تنظيم داعش في بيان إن مقاتليه قتلوا عشرة من المرتدين في هجوم قرب دير الزور.")
    assert ("المرتدين", "isis") not in got


def test_an_opinion_clause_after_a_party_with_a_joined_fa_is_that_partys_words() -> None:
    text = ("نشرت حماس نتائج لجنتها. فحماس وجدت أن التفجير نفذته مجموعة تكفيرية تعمل لصالح جهة أمنية في رام "
            "الله.")
    assert ("تكفيرية", "hamas") not in frames(text)
    art = marsad.analyze(text, published="2018-06-01").to_dict()
    tellers = {src.get("text") for c in art["claims"] for src in c["sources"]}
    assert any(t and "حماس" in t for t in tellers)


def test_an_opinion_verb_with_a_clause_names_its_teller() -> None:
    text = "نشرت حماس نتائج لجنتها. ورأت الحركة أن التفجير نفذته مجموعة تكفيرية تعمل لصالح جهة أمنية."
    assert ("تكفيرية", "hamas") not in frames(text)


def test_an_opinion_verb_with_an_object_is_still_a_designation() -> None:
    assert ("منظمة إرهابية", "pkk") in frames("وتعتبر أنقرة حزب العمال الكردستاني منظمة إرهابية منذ عقود.")


def test_found_with_an_object_and_no_clause_is_no_claim() -> None:
    art = marsad.analyze("ووجدت فرق الإنقاذ عشرات الجثث تحت أنقاض المبنى في الموصل.", published="2018-06-01")
    assert not [c for c in art.to_dict()["claims"] if c.get("verb") and "وجد" in c["verb"]]


def test_indefinite_militias_backed_by_iran_are_the_iran_backed_militias() -> None:
    got = refs("وقصفت ميليشيات موالية لإيران قاعدة للتحالف شرق سوريا فجر اليوم.")
    assert "iran-backed-militias" in got
    assert "forces backed by Iran" not in got
    assert ("ميليشيات", "iran-backed-militias") in frames("وقصفت ميليشيات موالية لإيران قاعدة للتحالف شرق سوريا.")


def test_indefinite_and_definite_forms_are_one_group() -> None:
    got = refs("هاجمت ميليشيات مدعومة من إيران بلدة حدودية، وقالت الميليشيات الموالية لإيران إنها ستواصل القتال.")
    assert got.count("iran-backed-militias") == 1
    assert not any(isinstance(r, str) and r.startswith("forces backed by") for r in got)


def test_forces_backed_by_iran_stay_a_backed_group() -> None:
    # no pack group is called القوات الموالية لإيران: the backed group stays as it was
    assert "forces backed by Iran" in refs("وتقدمت قوات موالية لإيران نحو البلدة بعد قصف عنيف.")
