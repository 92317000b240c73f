"""The own-outlet convention, round 15 (one rule, checked against the seed and dev gold): an outlet a teller speaks
TO (مصادر خاصة لـX، قال مصدر لـX) is dropped on X's own page, where X is already the teller of the whole text;
an outlet's CORRESPONDENT (مراسل X، مراسلنا، مراسل الشبكة) speaks for the outlet, which stays the outer link on
its own page as on any other. The sentences are written for these tests."""

from __future__ import annotations

import pytest

import marsad


def _chains(text: str, outlet: str | None) -> list[list[tuple[str, str]]]:
    return [[(s.kind, s.text) for s in c.sources] for c in marsad.analyze(text, outlet=outlet).claims]


@pytest.mark.parametrize("text", [
    "وقالت مصادر خاصة لسكاي نيوز عربية إن القوات انسحبت من البلدة.",
    'وقال مصدر عسكري لـ"سكاي نيوز عربية" إن الهجوم على البلدة فشل.',
])
def test_the_outlet_spoken_to_is_dropped_on_its_own_page(text: str) -> None:
    chains = _chains(text, "سكاي نيوز عربية")
    assert len(chains) == 1 and all(kind != "outlet" for kind, _ in chains[0])


def test_the_outlet_spoken_to_is_kept_on_another_page() -> None:
    chains = _chains("وقالت مصادر خاصة لسكاي نيوز عربية إن القوات انسحبت من البلدة.", "بي بي سي عربي")
    assert chains and chains[0][0][0] == "outlet"


@pytest.mark.parametrize("outlet", ["سكاي نيوز عربية", "بي بي سي عربي"])
def test_a_correspondent_keeps_the_outlet_even_on_its_own_page(outlet: str) -> None:
    chains = _chains("وأفاد مراسل سكاي نيوز عربية بأن القصف استمر طوال الليل.", outlet)
    assert chains and chains[0][0] == ("outlet", "سكاي نيوز عربية") and chains[0][-1][0] == "anonymous"


def test_a_bracketed_dateline_is_no_subject_for_a_pronoun_connective() -> None:
    # «(CNN)-- قال فلان …، لكنه أوضح أنه …»: the pronoun is the person who spoke, not the dateline's outlet
    text = ("(CNN)-- قال وزير الخارجية، أنتوني بلينكن، الجمعة، إنه لم يتحدث بعد مع نظيره الروسي، لكنه أوضح أنه "
            "يخطط للقيام بذلك قريبا.")
    chains = _chains(text, "سي إن إن")
    assert len(chains) == 2 and all(kind != "outlet" for chain in chains for kind, _ in chain)


def test_an_office_after_a_bare_verb_is_no_continuation_of_the_last_teller() -> None:
    text = "وقال المرصد السوري إن 60 شخصا قتلوا في القصف. وأفاد مركز حلب الإعلامي بمقتل 20 شخصا في المدينة."
    chains = _chains(text, "فرانس 24")
    assert len(chains) == 2 and chains[1] == [("official", "مركز حلب الإعلامي")]


def test_a_party_no_list_names_speaks_officially() -> None:
    chains = _chains("وقال حزب التجمع من أجل الجمهورية إن الانتخابات ستجري في موعدها.", None)
    assert len(chains) == 1 and chains[0][0][0] == "official" and chains[0][0][1].startswith("حزب التجمع")
