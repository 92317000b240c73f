"""The events stage on a doer borrowed from the sentences around, hand-written sentences with hand-given entities:
a police, court or authority no entity names (ألقت الشرطة القبض، قالت الشرطة إنها اعتقلت، أصدرت محكمة أمرا
باحتجازه) lends no armed group as the doer, and its state adjective names its own state (never another one
the article named); a suicide attack takes no state or army as its doer; a strike on a group's own men is not
that group's; a crowd or unnamed gunmen as the subject of a verb of trying (حاول متظاهرون اقتحام) leave the
doer unknown."""

from __future__ import annotations

import pytest

from tests.conftest import event_records

ENTS = [
    ("actor", "isis", ["تنظيم داعش"]),
    ("actor", "germany", ["ألمانيا"]),
    ("actor", "turkey", ["تركيا"]),
    ("actor", "iraq-army", ["الجيش العراقي"]),
    ("actor", "iraq-isf", ["قوات الأمن العراقية"]),
    ("actor", "israel", ["إسرائيل"]),
    ("actor", "hamas", ["حماس"]),
    ("actor", "qassam", ["كتائب القسام"]),
    ("place", "mosul", ["الموصل"]),
    ("place", "basra", ["البصرة"]),
    ("place", "erbil", ["أربيل"]),
    ("place", "gaza", ["غزة"]),
]


def roles(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e["trigger"], e["actor1"], e["actor2"]) for e in event_records(text, ENTS)]


def doer_of(text: str, trigger: str) -> str | None:
    found = [a1 for t, a1, _a2 in roles(text) if trigger in t]
    assert found, roles(text)
    return found[-1]


@pytest.mark.parametrize(("text", "trigger"), [
    pytest.param("هاجم تنظيم داعش قرية قرب الموصل. وألقت الشرطة القبض على ثلاثة رجال في المدينة.", "القبض",
                 id="police_after_a_light_verb"),
    pytest.param("هاجم تنظيم داعش قرية قرب الموصل. وقالت الشرطة في بيان إنها اعتقلت ثلاثة من المهاجمين.", "اعتقلت",
                 id="police_as_the_teller_of_a_pronoun_subject"),
    pytest.param("هاجم تنظيم داعش قرية قرب الموصل. وأصدرت محكمة في الموصل أمرا باحتجاز ثلاثة رجال.", "احتجاز",
                 id="a_court_opening_the_clause_of_an_arrest_noun"),
    pytest.param("هاجم تنظيم داعش قرية قرب الموصل. وقال مسؤول إن فيلق الحدود داهم منزلا في المدينة.", "داهم",
                 id="a_body_and_its_genitive_before_the_verb"),
])
def test_a_body_no_entity_names_borrows_no_group(text: str, trigger: str) -> None:
    assert doer_of(text, trigger) is None


def test_a_bodys_state_adjective_names_its_state_not_another() -> None:
    assert doer_of("قالت ألمانيا إنها تتابع الوضع. وألقت الشرطة العراقية القبض على رجل في أربيل.",
                   "القبض") != "germany"


def test_a_body_still_borrows_a_state() -> None:
    # the police of the state the article is about: the state stays the guess
    assert doer_of("قصفت تركيا مواقع قرب الموصل. واعتقلت الشرطة عشرة أشخاص في المدينة.", "اعتقلت") == "turkey"


def test_a_body_that_announces_a_deed_did_not_do_it() -> None:
    # أعلنت الشرطة مقتل خمسة في هجوم: the police tell of the attack; the group stays its doer
    assert doer_of("هاجم تنظيم داعش قرية قرب الموصل. وأعلنت الشرطة مقتل خمسة في هجوم على القرية.",
                   "هجوم") == "isis"


def test_a_suicide_attack_is_no_armys() -> None:
    assert doer_of("قصف الجيش العراقي مواقع في الموصل. ووقع هجوم انتحاري بسيارة مفخخة في سوق المدينة.",
                   "هجوم") is None


def test_a_suicide_attack_takes_the_group_told_of() -> None:
    text = ("هاجم تنظيم داعش قرية قرب الموصل. وقصف الجيش العراقي مواقع في المدينة. "
            "ووقع هجوم انتحاري بسيارة مفخخة في سوق المدينة.")
    assert doer_of(text, "هجوم") == "isis"


def test_a_strike_on_a_groups_own_men_is_not_the_groups() -> None:
    text = ("قالت حماس إن إسرائيل قصفت غزة. وأكدت حماس أن عناصرها بخير. وهددت حماس بالرد. "
            "وأفاد مصدر محلي بأن غارة أخرى استهدفت موقعا لكتائب القسام.")
    got = [(a1, a2) for t, a1, a2 in roles(text) if "استهدفت" in t]
    assert got and got[-1][0] != "hamas" and got[-1][1] == "qassam"


@pytest.mark.parametrize(("text", "trigger"), [
    pytest.param("انتشرت قوات الأمن العراقية في البصرة. وحاول متظاهرون اقتحام مبنى المحافظة.", "اقتحام",
                 id="a_crowd_after_the_trying_verb"),
    pytest.param("انتشرت قوات الأمن العراقية في البصرة. وقال مصدر إن مسلحين حاولوا شن هجمات على مبنى المحافظة.",
                 "هجمات", id="gunmen_before_the_trying_verb_and_a_light_verb"),
    pytest.param("انتشرت قوات الأمن العراقية في البصرة. والمتظاهرون اقتحموا مبنى المحافظة.", "اقتحموا",
                 id="a_crowd_before_the_verb"),
])
def test_a_nameless_subject_of_trying_lends_no_doer(text: str, trigger: str) -> None:
    assert doer_of(text, trigger) is None


def test_a_crowd_as_the_object_still_borrows() -> None:
    # هاجموا المتظاهرين: the crowd is what was attacked; the pronoun's party is borrowed as before
    text = "انتشرت قوات الأمن العراقية في البصرة. وقال مصدر إنهم هاجموا المتظاهرين قرب مبنى المحافظة."
    assert doer_of(text, "هاجموا") == "iraq-isf"
