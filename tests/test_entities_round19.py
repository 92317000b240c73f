"""Round 19, entities: people and actors the packs lacked, interrogatives that ended guessed names, and the
shared loop of the guessed-person merges in resolve."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chains, mention_refs, people


@pytest.mark.parametrize(("text", "mention", "ref"), [
    # the state's name opens the minister's: the person, not the state Israel
    ("وقال وزير المواصلات إسرائيل كاتز، في حديث للإذاعة، إن الحكومة لن تتراجع.", "إسرائيل كاتز", "israel-katz"),
    ("وصوّت البرلمان لصالح بيدرو سانتشيث رئيسا للحكومة بعد سقوط راخوي.", "بيدرو سانتشيث", "pedro-sanchez"),
    ("وصوّت البرلمان لصالح بيدرو سانتشيث رئيسا للحكومة بعد سقوط راخوي.", "راخوي", "mariano-rajoy"),
    ("واستقبل مهاتير محمد وفدا صينيا في كوالالمبور.", "مهاتير محمد", "mahathir-mohamad"),
    ("واتهم سلفا كير قوات رياك مشار بخرق الهدنة في جوبا.", "سلفا كير", "salva-kiir"),
    ("واتهم سلفا كير قوات رياك مشار بخرق الهدنة في جوبا.", "رياك مشار", "riek-machar"),
    ("وقال الناطق باسم طالبان ذبيح الله مجاهد إن مقاتلي الحركة سيطروا على المعبر.", "ذبيح الله مجاهد",
     "zabihullah-mujahid"),
    ("وأعلن المتحدث باسم الجيش الباكستاني اللواء آصف غفور مقتل خمسة مسلحين.", "آصف غفور", "asif-ghafoor"),
    # his family name alone, after the full name: only he is so called in conflict news
    ("وقال رئيس الحكومة الإيطالية جوزيبي كونتي إن روما لن تستقبل السفينة. وكان كونتي قد هدد بذلك.", "كونتي",
     "giuseppe-conte"),
    ("والتقى وزير الخارجية الكوري الشمالي ري يونغ هو نظيره الصيني.", "ري يونغ هو", "ri-yong-ho"),
])
def test_people_the_pack_lacked(text: str, mention: str, ref: str) -> None:
    assert mention_refs(text, types=("person",)).get(mention) == ref


@pytest.mark.parametrize(("text", "mention", "ref"), [
    ("وقال متحدث باسم حلف الأطلسي إن الحلف سيرسل طائرات إلى ليتوانيا.", "حلف الأطلسي", "nato"),
    ("وقال متحدث باسم حلف الأطلسي إن الحلف سيرسل طائرات إلى ليتوانيا.", "الحلف", "nato"),
    # the longer alias wins over Italy's حزب الرابطة
    ("وفاز مرشح حزب الرابطة الإسلامية في لاهور على منافسه.", "حزب الرابطة الإسلامية", "pml-n"),
    ("وتظاهر أنصار حركة الإنصاف في إسلام آباد ضد الحكومة.", "حركة الإنصاف", "pti-pakistan"),
    ("وانسحب حزب الشعب الباكستاني من التحالف الحاكم.", "حزب الشعب الباكستاني", "ppp-pakistan"),
    ("ورفضت حركة النهضة قرار الرئيس التونسي حل البرلمان.", "حركة النهضة", "ennahda"),
])
def test_actors_the_pack_lacked(text: str, mention: str, ref: str) -> None:
    assert mention_refs(text, types=("actor",)).get(mention) == ref


@pytest.mark.parametrize("text", [
    "وسأل الطبيب لاري كيف وصلت القذيفة إلى المستشفى.",
    "ولم يعرف الأهالي خالد أين نقل الجنود المعتقلين.",
    "وتساءل محمود ماذا سيحدث للنازحين.",
])
def test_interrogative_ends_a_guessed_name(text: str) -> None:
    # an interrogative opens the question that follows; it is never a family name
    assert not any(p.endswith(("كيف", "أين", "ماذا")) for p in people(text))


def test_guessed_people_merges_unchanged() -> None:
    # the three merges share _only_guessed: a second spelling still folds into the person named before it
    import marsad

    text = ("وقال الباحث جوزيبي كونتادو إن المعارك مستمرة. وأضاف جوزبي كونتادو أن القصف طال الأحياء. "
            "وقالت الناشطة إيفانا روسلر إن المدنيين فروا.")
    art = marsad.analyze(text, published="2018-06-01")
    persons = [sorted(m.text for m in e.mentions) for e in art.entities if e.type == "person"]
    assert sorted(persons) == [["إيفانا روسلر"], ["جوزبي كونتادو", "جوزيبي كونتادو"]]


@pytest.mark.parametrize(("text", "name"), [
    # the second word of a compound English rank is no given name: the name starts after it
    ("وقال اللفتنانت جنرال جون ماكفرلاند إن الحملة الجوية مستمرة.", "جون ماكفرلاند"),
    ("وقال البريغادير جنرال روبرت هاريس إن القوات انسحبت من القاعدة.", "روبرت هاريس"),
    ("وقال الميجور جنرال سامي الفراتي إن الجيش مستعد للهجوم.", "سامي الفراتي"),
    ("وقال الميجر كريس غارفر إن التحالف قصف مواقع التنظيم.", "كريس غارفر"),
])
def test_compound_rank_is_no_part_of_the_name(text: str, name: str) -> None:
    assert people(text) == {name}


def test_compound_rank_teller_keeps_his_claim() -> None:
    text = 'وقال البريغادير جنرال ماركو فيلاسكيز، المتحدث باسم الحرس الوطني، في بيان "قتل جميع الركاب".'
    assert claim_chains(text) == [[("person", "البريغادير جنرال ماركو فيلاسكيز")]]


@pytest.mark.parametrize(("text", "nisba"), [
    # a settler's nisba names the state as the plural's does (مستوطنون إسرائيليون)
    ("وأطلق مستوطن إسرائيلي النار على مزارع فلسطيني قرب الخليل.", "إسرائيلي"),
    ("وهاجم مستوطنان إسرائيليان منزلا في قرية قرب سلفيت.", "إسرائيليان"),
])
def test_singular_settler_nisba_names_the_state(text: str, nisba: str) -> None:
    assert mention_refs(text, types=("actor",)).get(nisba) == "israel"


def test_settlement_nisba_names_no_state() -> None:
    # مستوطنة is also the settlement: its nisba stays an adjective
    assert "إسرائيلية" not in mention_refs("وتوسعت مستوطنة إسرائيلية جديدة قرب قلقيلية.", types=("actor",))
