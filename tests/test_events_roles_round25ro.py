"""Round 25 (RO): a claim of responsibility names the doer of the deed it claims, told before (events.merge.
_claimed_back): beyond the sentences right before when the deed's telling named no doer (the claim closes a
long story), through a retelling that told the deed in another voice or as the subject of its outcome, and
never onto a plural noun that sums a series (سلسلة هجمات) when the claimed noun is one deed."""

from __future__ import annotations

import pytest

import marsad


def _attacks(text: str) -> list[tuple[str, str | None]]:
    art = marsad.analyze(text)
    names = {e.id: e.name for e in art.entities}
    return [(ev.trigger.text, names.get(ev.actor1) if ev.actor1 else None)
            for ev in art.events if ev.type == "ATTACK"]


_ISIS = "Islamic State (ISIS)"


@pytest.mark.parametrize("text", [
    # the claim four sentences after the deed, a retelling in another voice between
    "وذكرت الشرطة أن مسلحا قتل رجلين في هجوم بسكين قرب محطة القطارات مساء الخميس. "
    "وقال وزير الداخلية إن التحقيق بدأ. وأضاف أن الدوريات وصلت خلال دقائق. وذكر شهود أن المهاجم كان يصرخ. "
    "ووقع الهجوم في شارع مزدحم بالمتسوقين. وأعلن تنظيم داعش مسؤوليته عن الهجوم.",
    # the claim five sentences after the deed, no retelling between
    "وذكرت الشرطة أن مسلحا قتل رجلين في هجوم بسكين قرب محطة القطارات مساء الخميس. "
    "وقال وزير الداخلية إن التحقيق بدأ. وأضاف أن الدوريات وصلت خلال دقائق. وذكر شهود أن المهاجم كان يصرخ. "
    "وأغلقت السلطات المحطة لساعات. وأعلن تنظيم داعش مسؤوليته عن الهجوم.",
    # the deed retold as the subject of its outcome (أسفر التفجير عن), beside a series summed
    "أدان رئيس الوزراء تفجيرا انتحاريا قرب خيمة اجتمع فيها شيوخ العشائر في المدينة يوم الاثنين. "
    "وأسفر التفجير عن سقوط 12 قتيلا، وهو الأحدث ضمن سلسلة هجمات ضربت البلاد قبل الانتخابات. "
    "وقال رئيس الوزراء إن الحرب تودي بحياة الأبرياء. وأعلن تنظيم داعش مسؤوليته عن الهجوم.",
])
def test_the_claimer_is_the_doer_of_the_deed_first_told(text: str) -> None:
    attacks = _attacks(text)
    assert attacks and attacks[0][1] == _ISIS, attacks


def test_a_series_summed_before_the_claim_is_not_the_deed_claimed() -> None:
    text = ("اقتحم مسلحون مقر وزارة الزراعة في العاصمة صباح الأحد. وقال متحدث باسم الوزارة إن الموظفين "
            "أخلوا المبنى. وشهدت العاصمة اشتباكات متقطعة خلال الأشهر الماضية. "
            "وأعلن تنظيم داعش مسؤوليته عن الهجوم.")
    attacks = _attacks(text)
    # the clashes summed before the claim do not take the claim from the storming told first
    assert ("اقتحم", _ISIS) in attacks, attacks


def test_a_dated_claim_far_from_the_deed_recalls_another() -> None:
    # وفي مايو الماضي: the claim is of another, earlier deed, not of the one the article told first
    text = ("اقتحم مسلحون مقر المؤسسة الوطنية للنفط في العاصمة صباح الاثنين. وقال متحدث إن الحراس "
            "تصدوا لهم. وأضاف أن الموظفين أخلوا المبنى. ولم يتضح بعد من نفذ الاقتحام. وقال مسؤول إن "
            "العمل سيستأنف غدا. وفي مايو الماضي أعلن تنظيم داعش مسؤوليته عن الهجوم.")
    attacks = _attacks(text)
    assert attacks and attacks[0][1] != _ISIS, attacks


def test_a_claim_by_pronoun_points_to_the_plural_right_before() -> None:
    # عنها stands for the attacks just named, a series or not
    text = ("وقالت الشرطة إن انفجارا هز سوقا في المدينة. وشهدت البلاد في السنوات الأخيرة هجمات أعلن "
            "تنظيم داعش مسؤوليته عنها.")
    assert ("هجمات", _ISIS) in _attacks(text), _attacks(text)


def _doers(text: str, kind: str) -> list[str | None]:
    art = marsad.analyze(text)
    names = {e.id: e.name for e in art.entities}
    return [names.get(ev.actor1) if ev.actor1 else None for ev in art.events if ev.type == kind]


@pytest.mark.parametrize(("text", "kind"), [
    # the teller before the verb did not do it: its own subject, right after it, is an unnamed crowd
    ("وقالت الشرطة الفرنسية إن المهندسين كانا في البلدة عندما خطفهما مسلحون.", "ARREST"),
    ("وتفيد التحقيقات التي أجرتها السلطات الفرنسية بأن المهندسين كانا في المدينة عندما خطفهما مسلحون "
     "واقتادوهما إلى الصحراء.", "ARREST"),
])
def test_an_unnamed_subject_right_after_the_verb_names_no_party(text: str, kind: str) -> None:
    doers = _doers(text, kind)
    assert doers and doers[0] is None, doers


def test_unidentified_gunmen_made_a_party_stay_the_doer() -> None:
    # the entities stage names «مسلحون مجهولون» as a party of its own: it stays the doer
    doers = _doers("اغتال مسلحون مجهولون إمام مسجد في مدينة تعز صباح الجمعة.", "ATTACK")
    assert doers and doers[0] is not None, doers
