"""Claims, round 17c: a body the packs list as no party (the UN, the EU, Amnesty) still tells with no أن/إن to
close its name; «وقال آخر»/«وقالت أخرى» after a claim is a new unnamed teller, not the one before again; a source
noun followed by بين (الفرق بين) compares and is no teller."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chains


@pytest.mark.parametrize(("text", "teller"), [
    ("دمرت الغارات سوق المدينة القديم. ووصفتها الأمم المتحدة بالكارثة الإنسانية.", "الأمم المتحدة"),
    ("ووصفه الاتحاد الأوروبي بالمروع بعد ساعات من وقوعه.", "الاتحاد الأوروبي"),
])
def test_non_party_body_tells_before_bi(text: str, teller: str) -> None:
    assert claim_chains(text)[-1] == [("official", teller)]


def test_non_party_body_before_an_unchanged() -> None:
    assert claim_chains("وقالت الأمم المتحدة إن آلاف الأسر نزحت من القرى.") == [[("official", "الأمم المتحدة")]]


def test_non_party_body_as_genitive_is_no_teller() -> None:
    # the envoy of the UN: the body is no subject of the verb
    assert claim_chains("والتقى مبعوث الأمم المتحدة بالوزير في العاصمة.") == []


@pytest.mark.parametrize(("text", "first", "second", "kind"), [
    ("قال أحد المزارعين: خسرنا محصول هذا العام. وقال آخر: لم نتلق أي تعويض.", "أحد المزارعين", "آخر",
     "anonymous"),
    ("وقالت إحدى المعلمات إن المدرسة أغلقت. وقالت أخرى إن الطلاب غادروا البلدة.", "إحدى المعلمات", "أخرى",
     "anonymous"),
    ("قال مسؤول محلي إن الطريق أغلق. وقال آخر إن الإصلاح يحتاج أسابيع.", "مسؤول محلي", "آخر", "official"),
])
def test_another_is_a_new_teller(text: str, first: str, second: str, kind: str) -> None:
    chains = claim_chains(text)
    assert chains[0][-1][1] == first
    assert chains[-1] == [(kind, second)]


def test_again_after_verb_still_goes_on() -> None:
    # «مرة أخرى» is "again": the teller before goes on
    chains = claim_chains("قال الجيش إن القصف مستمر. وأكد مرة أخرى أن الهدنة انتهت.")
    assert chains[-1] == [("official", "الجيش")]


def test_another_as_qualifier_is_no_teller() -> None:
    chains = claim_chains("قال الجيش إن القصف مستمر. وقال آخر المتحدثين في الجلسة إن الحل بعيد.")
    assert all(chain[-1][1] != "آخر" for chain in chains)


@pytest.mark.parametrize("text", [
    'ورأى الوزير أن "الفرق بين هذا العام والعام الماضي هو أن الأسعار ارتفعت".',
    "وقال المحلل إن الفرق بين الطرفين كبير جدا.",
])
def test_noun_before_between_is_no_teller(text: str) -> None:
    assert all(len(chain) == 1 for chain in claim_chains(text))


def test_teams_still_tell() -> None:
    assert claim_chains("وقالت فرق الإنقاذ إن الحصيلة ارتفعت.") == [[("official", "فرق الإنقاذ")]]


def test_non_party_body_accused_is_no_teller() -> None:
    # a verb of accusing with no pronoun on it: the body right before بـ is the one accused
    chains = claim_chains("وعقد الوزير مؤتمرا صحفيا أمس. كما اتهم الأمم المتحدة بالتقصير في إيصال المساعدات.")
    assert all(("official", "الأمم المتحدة") not in chain for chain in chains)
