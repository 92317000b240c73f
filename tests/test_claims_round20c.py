"""Claims, round 20c: one definite word the article wrote earlier as the end of a full name (a given name before
it, or a title set off by a comma after the pair) is that person's surname when it tells alone, not a body."""

from __future__ import annotations

from tests.conftest import claim_chains


def test_definite_surname_in_a_statement_after_full_name_with_title_is_a_person() -> None:
    # (a first name no list knows: the recogniser marks no person, only the pair and its title tell)
    chains = claim_chains("أعلنت لولوة الشمري، المتحدثة باسم اللجنة، تأجيل الاجتماع. "
                          "وقالت الشمري في مؤتمر صحفي إن الموعد الجديد لم يحدد.")
    assert chains == [[("person", "الشمري")]]


def test_definite_surname_before_an_after_full_name_is_a_person() -> None:
    chains = claim_chains("عبر أكبر الحمادي، الرئيس التنفيذي للشركة، عن أسفه للحادث. وقال الحمادي إن التحقيق جار.")
    assert chains == [[("person", "الحمادي")]]


def test_definite_body_after_a_construct_stays_official() -> None:
    # (رئيس المجمع: a title in construct, no given name, no title aside: the body speaks)
    chains = claim_chains("انتقد رئيس المجمع القرار. وقال المجمع في بيان إن القرار خاطئ.")
    assert [("official", "المجمع")] in chains


def test_definite_body_never_written_in_a_name_stays_official() -> None:
    chains = claim_chains("اجتمع أعضاء الأكاديمية أمس. وقالت الأكاديمية في بيان إن الجائزة ستمنح لاحقا.")
    assert [("official", "الأكاديمية")] in chains
