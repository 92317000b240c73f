"""Verbs, particles and common nouns that the role, speech-verb and appositive cues of stage `names` (and the
recogniser's spans, through `names.not_a_person`) used to take for a person's name."""

from __future__ import annotations

import pytest

import marsad
from marsad.stages import names
from marsad.textnorm import fold_text


def _people(text: str) -> list[str]:
    return [e.name_ar for e in marsad.analyze(text, published="2019-03-01").entities if e.type == "person"]


@pytest.mark.parametrize("text", [
    # an imperfect verb after a role (ترجح is the same verb in the other person)
    "وقال إن المرشد الأعلى يرجح قرار المجلس في النهاية.",
    # a particle with و after a role
    "وكان القائد الميداني للفصيل وقد أشرف على تدريب العناصر.",
    # a dual noun and a broken plural with its nisba after a speech verb
    "وقال مصدران حضرا الاجتماع إن الخلاف لم يحسم.",
    "وذكرت برامج إذاعية أن الإقبال كان ضعيفا.",
    # a noun with a possessive pronoun
    "وقالت وزيرة الخارجية بدأت رحلتها من عمان أمس.",
    # a plural of a participle in م
    "ويقول محللون غربيون إن التصعيد لن يطول.",
    # the future of a verb
    "وقال القائد سيبقى الحصار حتى تنسحب القوات.",
])
def test_verbs_particles_and_noun_phrases_make_no_person(text: str) -> None:
    assert _people(text) == []


def test_a_name_ends_before_a_particle_or_a_possessive_noun() -> None:
    assert _people("وأوقفت الشرطة المصور عماد حجازي أثناء عمله في السوق.") == ["عماد حجازي"]
    assert _people("ووصف النائب كمال عيسى لهذا الخطاب بالمتطرف.") == ["كمال عيسى"]


def test_the_tests_leave_names_alone() -> None:
    # given names that are also verbs or duals are listed (تامر، سليمان), foreign names the corpus does not
    # know are left alone, and ك begins names (كيري is no ك + يرى)
    for name in ("تامر حسني", "سليمان فرنجية", "جون كيري", "فانسان بولوريه", "كيم يونغ أون", "ميغان ماركل",
                 "كارين مكدوغال", "لما فقيه"):
        assert not names.not_a_person(fold_text(name).split()), name


def test_the_word_tests() -> None:
    def why(word: str, first: bool = True) -> str | None:
        return names._not_name_word(fold_text(word), first=first)

    assert why("يستعد") == "verb"
    assert why("بأنها") == "function"
    assert why("لهذا", first=False) == "function"
    assert why("تحقيقها") == "possessive"
    assert why("لعضوية", first=False) == "preposition"
    assert why("مسؤولان") == "dual"
    assert why("تكليف") == "verbal_noun"
    assert why("إذاعية", first=False) == "nisba"
    assert why("أحمد") is None
