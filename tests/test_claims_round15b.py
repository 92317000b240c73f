"""Claims, round 15b: the one warned after a definite body is no part of its name; a verb of saying right after a
verb of refusing is a verbal noun; كتب عن names what was written about; a bare verb of saying with the one
spoken to before its أن/إن goes on for its teller, an outlet spoken to the outer link."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chains


def test_the_one_warned_after_a_definite_body_is_no_part_of_it() -> None:
    chains = claim_chains("وحذر الاتحاد طهران من أنه سيعيد فرض القيود على صادراتها النفطية.")
    assert chains == [[("official", "الاتحاد")]]


def test_a_body_with_its_quoted_name_keeps_it() -> None:
    chains = claim_chains("وقالت منظمة \"أطباء بلا حدود\" إن المستشفى تعرض للقصف مرتين.")
    assert len(chains) == 1 and "أطباء بلا حدود" in chains[0][-1][1]


@pytest.mark.parametrize("text", [
    "وقال قيادي في الفصيل، الذي رفض كشف اسمه، إن المقاتلين انسحبوا من التلة.",
    "وقال موظف في البلدية طلب ذكر اسمه الأول فقط إن المياه انقطعت منذ أسبوع.",
])
def test_a_verb_of_saying_after_a_verb_of_refusing_tells_nothing(text: str) -> None:
    chains = claim_chains(text)
    assert len(chains) == 1
    assert all(kind != "official" or "اسم" not in teller for kind, teller in chains[0])


def test_what_was_written_about_is_no_inner_link() -> None:
    chains = claim_chains("وكتب المبعوث الأممي عن قائد الفصيل أنه وعد بالإفراج عن الأسرى.")
    assert len(chains) == 1 and len(chains[0]) == 1 and chains[0][0][1] == "المبعوث الأممي"


def test_a_bare_verb_told_to_an_outlet_goes_on_for_the_last_teller() -> None:
    text = ("وقال وزير الداخلية العراقي عثمان الغانمي إن الحدود مؤمنة بالكامل. "
            "وأضاف لوكالة رويترز إن قوات إضافية وصلت إلى المنطقة.")
    chains = claim_chains(text)
    assert len(chains) == 2
    assert chains[1][0] == ("outlet", "وكالة رويترز") and chains[1][1:] == chains[0]


def test_a_bare_verb_told_to_an_outlet_goes_on_for_the_person_the_sentence_before_is_about() -> None:
    text = ("ووصل وزير الخارجية الفرنسي جان إيف لودريان إلى بيروت مساء الأحد. "
            "وقال لوكالة فرانس برس إن بلاده لن تتخلى عن لبنان.")
    chains = claim_chains(text)
    assert len(chains) == 1 and chains[0][0][0] == "outlet" and chains[0][-1][0] == "person"
    assert "لودريان" in chains[0][-1][1]


def test_a_bare_verb_told_to_reporters_goes_on_for_the_last_teller() -> None:
    text = ("وقال وزير الداخلية العراقي عثمان الغانمي إن الحدود مؤمنة بالكامل. "
            "وأضاف للصحفيين إن قوات إضافية وصلت إلى المنطقة.")
    chains = claim_chains(text)
    assert len(chains) == 2 and chains[1] == chains[0]


def test_a_bare_verb_told_to_someone_never_goes_on_for_a_report() -> None:
    text = ("وذكرت تقارير محلية أن عشرات العائلات نزحت من القرية. "
            "وقال للمجلس إن الوضع الإنساني يزداد سوءا.")
    chains = claim_chains(text)
    assert len(chains) == 1 and chains[0][-1][0] == "document"


def test_what_an_outlet_published_is_no_word_of_its_name() -> None:
    text = ("وقال المتحدث باسم الشركة في بيان إن \"التحقيق مستمر\". وأوقفت الشركة مديرها المالي، مارك ديلون، "
            "الأحد بعدما نشرت القناة التلفزيونية الخامسة صورا يبدو فيها ديلون وهو يعرض رشوة على مسؤول.")
    tellers = [teller for chain in claim_chains(text) for _kind, teller in chain]
    assert "القناة التلفزيونية الخامسة" in tellers
    assert not any("صورا" in teller for teller in tellers)
