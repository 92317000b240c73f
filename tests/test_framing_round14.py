"""Framing, round 14: loaded words in the voices of outlets marsad had not read (Syrian state and opposition media,
Kurdish, Turkish, axis, Gulf, Egyptian, Iraqi and Palestinian outlets), and the entity each is aimed at. Sentences
written for these tests."""

from __future__ import annotations

import marsad
from tests.conftest import framing_pairs


def frames(text: str, published: str = "2020-06-01") -> list[tuple[str, str | None]]:
    return framing_pairs(text, published)


def test_an_entity_made_after_resolve_dropped_one_gets_an_unused_id() -> None:
    from marsad.pipeline import make_doc

    doc = make_doc("نص قصير")
    doc.new_entity("actor", "A", "ا", None)
    b = doc.new_entity("actor", "B", "ب", None)
    doc.entities[:] = [b]  # resolve drops an entity left with no mention
    c = doc.new_entity("actor", "C", "ج", None)
    assert c.id != b.id and len({e.id for e in doc.entities}) == 2


def test_a_label_on_a_person_is_not_read_as_the_state_a_later_nisba_added() -> None:
    # the framing stage adds Russia (named only by the nisba الروسي) after resolve dropped entities: its id must not
    # be the one the person already holds, or the label on the man reads as a label on Russia
    text = ("قصفت ميليشيا أسد بلدات جبل الزاوية، فيما شنت طائرات الاحتلال الروسي غارات على أريحا. "
            "وقالت مصادر إن ميليشيات إيران وحزب الله استقدمت تعزيزات، بينما تواصل شبيحة النظام التعفيش. "
            "واعتقلت ميليشيا قسد خمسة شبان. واتهم ناشطون نظام الأسد المجرم بارتكاب مجزرة، مطالبين بمحاسبة "
            "المجرم بشار الأسد.")
    art = marsad.analyze(text, published="2020-06-01").to_dict()
    ids = [e["id"] for e in art["entities"]]
    assert len(ids) == len(set(ids))
    names = {e["id"]: e["name"] for e in art["entities"]}
    got = {(f["term"], names[f["target"]]) for f in art["framing"]}
    assert ("المجرم", "Bashar al-Assad") in got and ("المجرم", "Russia") not in got


def test_a_patron_named_before_a_verb_term_is_not_its_subject() -> None:
    # the militias took the areas; the state after الموالية/المدعومة is their patron, not the occupier
    got = frames("وأفادت مصادر بأن ميليشيات الحوثي الموالية لإيران انسحبت من القرى التي احتلتها في ريف الحديدة.")
    assert ("احتلتها", "iran") not in got and ("ميليشيات", "houthis") in got
    got = frames("وقالت الحكومة إن ميليشيا الحزام الأمني المدعومة من الإمارات ما زالت في المواقع التي تحتلها في عدن.")
    assert ("تحتلها", "uae") not in got
    # a state named as the subject is still the occupier
    assert ("تحتلها", "israel") in frames("وتقع القرية قرب هضبة الجولان التي تحتلها إسرائيل منذ عام 1967.")


def test_names_one_side_gives_a_state_target_that_state_when_the_article_names_it() -> None:
    assert ("الشيطان الأكبر", "usa") in frames(
        "وهاجم خطيب الجمعة في طهران واشنطن، وقال إن الشيطان الأكبر يريد إشعال الحرب في المنطقة.")
    assert ("نظام آل سعود", "saudi-arabia") in frames(
        "وشنت السعودية غارات على صنعاء، وقال متحدث الحوثيين إن نظام آل سعود سيدفع الثمن.")
    # with no state named in the article, no target is made up
    assert frames("وقال الخطيب إن الشيطان الأكبر لا يريد الخير لأحد.") == []


def test_an_epithet_of_a_dead_leader_targets_the_man_it_names() -> None:
    got = frames("ونشرت الهيئة وثائق عن مجازر ارتكبتها قوات المقبور حافظ الأسد في حماة.")
    assert ("المقبور", "hafez-al-assad") in got
    assert ("الهالك", "abu-bakr-al-baghdadi") in frames("وأعلن البيان أن الهالك أبو بكر البغدادي قتل في إدلب.")


def test_an_aside_after_a_name_labels_that_name() -> None:
    # the aside opens with a pronoun after the name's comma; the entity stage's own mention for the description
    # (قوات مدعومة من إيران) is not what the outlet labels
    got = frames("واستهدفت الغارة مخزنا لحزب الله، وهو ميليشيا مدعومة من إيران، قرب القصير.")
    assert ("ميليشيا", "hezbollah") in got and all(r == "hezbollah" for t, r in got if t == "ميليشيا")
    assert ("ميليشيا", "fatemiyoun") in frames("وقاتل إلى جانب الجيش لواء فاطميون، وهو ميليشيا أفغانية تمولها طهران.")
    # a group's own claim: the aside is the outlet's description of the teller, not the teller's word
    assert ("متشددة", "al-shabaab") in frames("وتبنت حركة الشباب، وهي جماعة متشددة، التفجير في مقديشو.")


def test_an_aside_that_is_not_a_description_of_the_name_is_left_alone() -> None:
    # a role between the pronoun and the term: the man leads the militia, he is not one
    assert frames("وقتل أبو حسن، وهو قائد في ميليشيا الحوثي، بغارة في صعدة.") == [("ميليشيا", "houthis")]
    # a clause of its own after the pronoun (وهو ما): no aside
    assert frames("وأعلنت الحكومة حل الفصيل، وهو ما رفضته الجماعات المتشددة في المدينة.") == []


def test_a_group_term_joined_to_a_name_and_followed_by_others_counts_that_name_among_them() -> None:
    assert ("الجماعات الإرهابية", "pkk") in frames(
        "وقال الوزير إن حزب العمال الكردستاني والجماعات الإرهابية الأخرى لن تفلح في تهديد الحدود.")
    assert ("المتطرفة", "isis") in frames("وتعهدت الدول بمواصلة قتال داعش والتنظيمات المتطرفة الأخرى في الساحل.")
    # without الأخرى the term joined by و names another party: a use in general, no record
    assert frames("وقال الوزير إن حزب العمال الكردستاني والجماعات الإرهابية تهدد الحدود.") == []


def test_a_term_whose_people_belong_to_a_group_named_after_a_word_of_belonging_takes_that_group() -> None:
    assert ("مجموعة إرهابية", "nusra") in frames(
        "وأفاد مراسل الوكالة بأن الجيش اشتبك مع مجموعة إرهابية تابعة لتنظيم جبهة النصرة قرب مورك.")
    # a state after the word of belonging is a patron, not the group
    assert frames("وقال المتحدث إن الجماعات الإرهابية التابعة لإيران تهدد الملاحة في البحر الأحمر.") == []
