"""Round 18e: a given name that runs on into a common word (the feminine ordinal أولى; ل/ب on a given name that
is also a common noun, before its definite genitive)."""

from __future__ import annotations

from tests.conftest import people


def test_feminine_ordinal_after_given_name_is_no_family_name() -> None:
    got = people("وكانت الطالبة سارة أولى المتحدثات في حفل التخرج.")
    assert not any("أولى" in p for p in got)


def test_lam_on_given_name_before_a_common_definite_noun() -> None:
    got = people("ورفع القانون الجديد الحد الأدنى لعمر الموظف عند التعيين.")
    assert not any("الموظف" in p for p in got)


def test_lam_on_given_name_before_a_family_name_holds() -> None:
    got = people("ووجه النائب انتقادات حادة لعمر البشير في كلمته أمس.")
    assert "عمر البشير" in got
    got = people("وقال المتحدث لأحمد الناصر إن الأمر انتهى.")
    assert "أحمد الناصر" in got
