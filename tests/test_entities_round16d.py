"""Round 16d (EN, third follow-up): an undated article's era, guessed from the latest year it writes, applies
to every date-bounded alias of the packs, bounded by the eras of what it names. Sentences written for these
tests."""

from __future__ import annotations

from tests.conftest import mention_refs, people


def test_undated_taliban_forces_of_2018_are_the_movement() -> None:
    refs = mention_refs("وقال مسؤولون إن قوات طالبان هاجمت مواقع في ولاية غزنة خلال صيف 2018.", published=None)
    assert "afghanistan-taliban-forces" not in refs.values()


def test_an_earlier_era_entity_does_not_outweigh_an_older_year() -> None:
    # naming the Assad government only says "before December 2024": the year 2018 dates it closer, so the
    # Taliban's forces of that year are still the movement's fighters, not the Emirate's army of 2021
    refs = mention_refs("وشنت قوات طالبان هجوما على مركز للشرطة في ولاية غزنة في آذار 2018، فيما قصفت قوات "
                        "النظام السوري ريف إدلب.", published=None)
    assert refs.get("قوات النظام السوري") == "syr-gov-assad"
    assert "afghanistan-taliban-forces" not in refs.values()


def test_undated_taliban_forces_after_the_takeover_are_the_emirates_army() -> None:
    refs = mention_refs("وقال مسؤولون إن قوات طالبان انتشرت في ولاية غزنة في أيلول 2022.", published=None)
    assert refs.get("قوات طالبان") == "afghanistan-taliban-forces"


def test_a_later_era_entity_outweighs_an_older_year() -> None:
    # the new Syrian army exists only from December 2024: a year 2018 in the text is history, not the date
    refs = mention_refs("وانتشرت وحدات من الجيش السوري الجديد في ريف حماة التي شهدت معارك عنيفة عام 2018.",
                        published=None)
    assert refs.get("الجيش السوري الجديد") == "syr-army-new"


def test_shabak_brigade_by_number_and_name() -> None:
    refs = mention_refs("وانتشر عناصر من اللواء 30 التابع للحشد الشعبي في سهل نينوى شرق الموصل.")
    assert refs.get("اللواء 30 التابع للحشد الشعبي") == "pmf-brigade-30"
    assert mention_refs("وقال قائد في لواء الشبك إن قواته لن تنسحب.").get("لواء الشبك") == "pmf-brigade-30"


def test_national_defence_as_an_idea_is_no_syrian_militia() -> None:
    # وزارة/وزير/مجلس/استراتيجية/قانون تفويض الدفاع الوطني: the ministries of Lebanon and Algeria, a council,
    # a strategy, the US defence act — not Syria's National Defence Forces
    for text in ("وقال وزير الدفاع الوطني اللبناني إن الجيش جاهز لحماية الحدود.",
                 "أعلنت وزارة الدفاع الوطني الجزائرية القضاء على مسلحين في ولاية تيبازة.",
                 "ووافق الملك على خطة تطوير الوزارة وفق استراتيجية الدفاع الوطني في الرياض.",
                 "ووقع الرئيس الأمريكي على قانون تفويض الدفاع الوطني الجديد.",
                 "ودعا رئيس لجنة الأمن القومي والدفاع الوطني في البرلمان المصري إلى اجتماع طارئ."):
        assert "ndf" not in mention_refs(text).values(), text


def test_national_defence_militia_in_syria_kept() -> None:
    assert mention_refs("ونصب عناصر الدفاع الوطني حواجز على مداخل مدينة حمص.").get("الدفاع الوطني") == "ndf"
    assert mention_refs("وقالت مصادر إن ميليشيات الدفاع الوطني اعتقلت شبانا في ريف حماة.").get(
        "ميليشيات الدفاع الوطني") == "ndf"


def test_a_chain_of_lineage_is_one_name() -> None:
    # a Gulf officer's four names with their links run to seven or eight words
    assert people("ويرقى اللواء الركن سعد بن عبد الله بن محمد الحربي إلى رتبة فريق.",
                  published="2018-02-26") == {"سعد بن عبد الله بن محمد الحربي"}
    assert people("وأحيل الفريق الأول الركن ناصر بن صالح بن عبد الرحمن الدوسري إلى التقاعد.",
                  published="2018-02-26") == {"ناصر بن صالح بن عبد الرحمن الدوسري"}


def test_a_nationality_that_is_a_given_name_opens_and_closes_a_lineage() -> None:
    assert people("وعين اللواء تركي بن فيصل قائدا للقوات البرية.", published="2018-02-26") == {"تركي بن فيصل"}
    assert people("وعين الفريق الركن خالد بن تركي قائدا للقوات الجوية.", published="2018-02-26") == {
        "خالد بن تركي"}
    # the nationality after a role is still no name
    assert people("وقال مسؤول تركي إن أنقرة سترد على الهجوم.", published="2018-02-26") == set()


def test_a_lineage_chain_lends_no_short_form() -> None:
    # «بن عبد العزيز» after another prince is his forefather, not a short form of the first prince's name
    text = ("وتابع الأمير سعد بن فهد بن نايف بن عبدالعزيز أعمال اللجنة، تنفيذا لتوجيهات ولي العهد الأمير "
            "محمد بن سلمان بن عبدالعزيز.")
    assert "بن عبدالعزيز" not in mention_refs(text)
    # one link is a family name that names the man alone
    assert mention_refs("وقال التقرير إن أسامة بن لادن قاد التنظيم، وإن بن لادن خطط للهجمات.").get(
        "بن لادن") == "osama-bin-laden"
