"""Framing, round 13 (framing pack 30): terrorism and extremism adjectives that describe an act or a motive, not a
group, and how a label finds (or does not find) its group in the voices of outlets marsad had not read. Sentences
written for these tests."""

from __future__ import annotations

from tests.conftest import framing_pairs


def frames(text: str, published: str = "2019-06-01") -> list[tuple[str, str | None]]:
    return framing_pairs(text, published)


def test_a_terrorism_adjective_on_a_motive_labels_no_group() -> None:
    # the police's word is about why a man attacked, not a label for the group named before
    assert frames("ولم تستبعد الشرطة التركية وجود دوافع إرهابية وراء الهجوم على مقر وحدات حماية الشعب.") == []
    assert frames("وقالت السلطات إن المهاجم ينتمي إلى وحدات حماية الشعب، ولم تستبعد الدافع الإرهابي للحادث.") == []


def test_an_adjective_after_another_adjective_of_an_act_describes_the_act() -> None:
    assert frames("وتقول الشرطة إن الرجل ينتمي إلى وحدات حماية الشعب، ولم تستبعد دوافع متطرفة أو إرهابية.") == []
    assert frames("وأعلنت القوات الأمنية التصدي للأعمال الإجرامية والإرهابية في الأنبار بعد هجوم لداعش.") == []


def test_adjectives_in_a_row_after_a_group_still_label_it() -> None:
    got = frames("واعتقلت الشرطة عناصر من وحدات حماية الشعب الإرهابية المتطرفة في إسطنبول.")
    assert ("الإرهابية", "ypg") in got and ("المتطرفة", "ypg") in got


def test_a_state_force_given_as_an_example_of_terrorist_organisations_is_the_target() -> None:
    # Gulf and US-aligned wording: the text itself puts the force among the organisations, a comma or not
    assert frames("وقال البيان إن طهران دعمت حزب الله وأسست المنظمات الإرهابية، مثل فيلق القدس، في الخارج.") == [
        ("المنظمات الإرهابية", "irgc-quds")]
    got = frames("واتهم الوزير إيران برعاية المنظمات الإرهابية مثل الحرس الثوري وحزب الله.")
    assert ("المنظمات الإرهابية", "irgc") in got and ("المنظمات الإرهابية", "hezbollah") in got


def test_organisations_factions_and_iraqi_groups_as_forms_of_terrorist_groups() -> None:
    assert frames("وقصف الطيران العراقي أوكار المجاميع الإرهابية في وادي حوران بعد هجوم لداعش.") == [
        ("المجاميع الإرهابية", "isis")]


def test_militias_with_an_indefinite_nisba_are_no_group_labelled_before() -> None:
    # a Gulf paper on Yemen mentions Shiite or Iraqi militias: they are not the Houthis it called militias before
    text = "وصعدت ميليشيا الحوثي هجماتها على مأرب. وقال الوزير إن ميليشيات عراقية تهدد أمن الخليج."
    assert frames(text) == [("ميليشيا", "houthis")]
    text = "وصعدت ميليشيا الحوثي هجماتها على مأرب. وحذر الوزير من ميليشيات شيعية متطرفة في البصرة."
    assert ("ميليشيات", "houthis") not in frames(text)


def test_militias_with_a_kurdish_nisba_still_name_the_kurdish_forces() -> None:
    assert frames("وقال المسؤول إن ميليشيات كردية تهاجم القرى العربية في ريف الرقة.") == [
        ("ميليشيات", "kurdish-forces")]


def test_an_adjective_after_a_preposition_and_an_unknown_group_name_labels_no_other_group() -> None:
    # Turkish-aligned wording: the quoted name is a group the packs do not hold under that spelling; the YPG named
    # in the sentence before is not what the adjective is on
    text = ("وتقاتل تركيا وحدات حماية الشعب في سوريا. "
            'وأوقفت الشرطة التركية 12 مشتبها بالانتماء لمنظمة "النور" الإرهابية في إزمير.')
    assert ("الإرهابية", "ypg") not in frames(text)


def test_militias_with_an_indefinite_nisba_may_be_what_a_party_of_their_sentence_is_made_of() -> None:
    assert frames("وتشكل الحشد الشعبي عام 2014 من ميليشيات شيعية ومتطوعين استجابة لفتوى المرجعية.") == [
        ("ميليشيات", "pmf")]


def test_a_bare_occupation_force_refers_back_to_the_occupier_the_article_named() -> None:
    # Syrian state and Kurdish outlets call US and Turkish troops قوات الاحتلال as Palestinian ones call Israel's
    text = ("وسرقت قوات الاحتلال الأمريكي 40 صهريجا من النفط السوري في ريف الحسكة. "
            "وأخرجت قوات الاحتلال الصهاريج عبر معبر الوليد.")
    assert frames(text) == [("قوات الاحتلال", "usa")]
    text = "وقال المتحدث إن الاحتلال التركي ومرتزقته يقصفون قرى الشهباء، وإن جيش الاحتلال استهدف مدرسة في تل رفعت."
    assert ("الاحتلال", "idf") not in frames(text)


def test_a_bare_occupation_force_with_no_other_occupier_stays_israels() -> None:
    assert frames("واقتحمت قوات الاحتلال بلدة بيتا جنوب نابلس واعتقلت 3 شبان.") == [("قوات الاحتلال", "idf")]


def test_a_bare_occupation_force_in_a_palestinian_town_stays_israels_after_another_occupier() -> None:
    text = ("شنت طائرات الاحتلال الأمريكي غارات في دير الزور. "
            "وفي الضفة الغربية اقتحمت قوات الاحتلال مخيم جنين واعتقلت شابين.")
    assert ("قوات الاحتلال", "idf") in frames(text)


def test_remnants_of_the_assad_army_are_the_post_2024_insurgents() -> None:
    # post-2024 Syrian state media: the army is gone, its remnants are the party the label is on
    got = frames("وهاجمت فلول ميليشيات الأسد حاجزا للأمن العام في ريف جبلة.", published="2025-03-08")
    assert ("فلول", "regime-remnants") in got
    assert frames("وتصدت قوات الأمن العام لهجوم شنته فلول جيش النظام في ريف حمص.", published="2025-03-10") == [
        ("فلول", "regime-remnants")]


def test_remnants_of_the_army_before_its_fall_stay_the_army() -> None:
    assert frames("وانسحبت فلول جيش الأسد من المدينة بعد المعارك.", published="2016-03-08") == [
        ("فلول", "syr-army-assad")]


def test_an_epithet_before_the_so_called_takes_the_man_named() -> None:
    # Iraqi and Syrian security statements: the man arrested is what the epithet labels, not the story's group
    got = frames("وأعلنت خلية الإعلام الأمني مقتل 4 من عصابات داعش. "
                 "واعتقلت القوات الأمنية الإرهابي المدعو أبو عمر في كركوك.")
    assert ("الإرهابي", "isis") not in got and ("الإرهابي", "Abu Omar") in got
