"""Claims, round 24 (CL4): a teller kept whole before and after its verb. A participle of side or belonging with
its complement, closed by a comma before the verb (لكن القوات الحكومية المدعومة من روسيا، نفت), qualifies the
teller as an apposition does; a nisba the entities stage made a state's mention (الحكومة الليبية) stays a
qualifier of a definite head after the verb, as it does before it."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chains


@pytest.mark.parametrize(("text", "teller"), [
    ("لكن الحكومة السورية المدعومة من روسيا، نفت قصف المستشفى الميداني في الريف الشمالي.", "الحكومة السورية"),
    ("غير أن الحكومة اليمنية المدعومة من التحالف، أكدت أن الطائرات لم تقترب من الميناء.", "الحكومة اليمنية"),
])
def test_side_participle_before_the_verb_keeps_the_teller(text: str, teller: str) -> None:
    chains = claim_chains(text)
    assert len(chains) == 1
    assert chains[0][-1][1] == teller


@pytest.mark.parametrize(("text", "teller"), [
    ("ونفت الحكومة الليبية، الأحد، استهداف أي منشأة مدنية خلال الغارات الأخيرة.", "الحكومة الليبية"),
    ("وقالت الحكومة الليبية إن الاشتباكات توقفت قرب المطار بعد منتصف الليل.", "الحكومة الليبية"),
    ("وأكدت الحكومة التونسية أن الحدود الجنوبية بقيت مغلقة طوال الأسبوع.", "الحكومة التونسية"),
])
def test_state_nisba_after_a_verb_stays_with_the_teller(text: str, teller: str) -> None:
    chains = claim_chains(text)
    assert len(chains) == 1
    assert chains[0][-1][1] == teller


def test_a_bare_modifier_is_no_apposition() -> None:
    # (no complement after the participle: no side phrase, the old reading stands)
    text = "لكن السلطات المعنية، أكدت أن الطريق فتح أمام القوافل صباح اليوم."
    chains = claim_chains(text)
    assert len(chains) == 1
    assert chains[0][-1][1] == "السلطات المعنية"


# A trailing according-to our own correspondent after a claim that opens its sentence is how that claim reached
# the article: one claim, the correspondent its outer link (as an outlet that carried it is).
@pytest.mark.parametrize("text", [
    "دانت الحكومة اليمنية قصف مخازن الوقود قرب الميناء الشمالي، وفق ما أورد مراسلنا.",
    "وقال الجيش إن ثلاثة جنود أصيبوا في كمين على طريق المطار، بحسب مراسلنا.",
])
def test_own_correspondent_after_a_claim_is_its_outer_link(text: str) -> None:
    chains = claim_chains(text)
    assert len(chains) == 1
    assert chains[0][0] == ("anonymous", "مراسلنا")
    assert chains[0][-1][0] == "official"


def test_another_outlets_correspondent_keeps_a_claim_of_its_own() -> None:
    text = "وقالت الحكومة اليمنية إن الطائرات قصفت مخازن الوقود قرب الميناء، بحسب مراسل الجزيرة."
    chains = claim_chains(text)
    assert len(chains) == 2
    assert chains[0] == [("official", "الحكومة اليمنية")]
