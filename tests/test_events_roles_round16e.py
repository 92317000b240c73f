"""Round 16 (fourth follow-up): actor2 of fights the clause leaves without a target.

A party named later in the trigger's own sentence after a purpose masdar or an aim word beats the article's
opponent guess; a fight whose doer is the subject named earlier in its sentence counts towards the article's
opponents; a tie between an umbrella and one of its groups goes to the umbrella."""

from tests.conftest import event_with

_SDF_VS_REGIME = ("اشتبكت قوات سوريا الديمقراطية مع قوات النظام في ريف دير الزور. "
                  "وقصفت قوات النظام مواقع قوات سوريا الديمقراطية. ")


def test_purpose_masdar_names_the_opponent_over_the_article_guess() -> None:
    text = _SDF_VS_REGIME + ("وكانت قوات سوريا الديمقراطية قد سيطرت على أغلب القرى شرقي النهر، "
                             "في حملة قادتها لطرد تنظيم داعش من المنطقة.")
    assert event_with(text, "سيطرت")[1:] == ("sdf", "isis")


def test_aim_word_names_the_opponent_over_the_article_guess() -> None:
    text = _SDF_VS_REGIME + ("وكانت قوات سوريا الديمقراطية قد سيطرت على أغلب القرى شرقي النهر، "
                             "في حملة عسكرية ضد تنظيم داعش.")
    assert event_with(text, "سيطرت")[1:] == ("sdf", "isis")


def test_a_later_verb_keeps_its_own_aim() -> None:
    # the purpose belongs to the regime's massing, another clause: the capture keeps the article's opponent
    text = _SDF_VS_REGIME + ("وكانت قوات سوريا الديمقراطية قد سيطرت على أغلب القرى شرقي النهر، "
                             "وقالت إن قوات النظام تحشد لطرد تنظيم داعش.")
    assert event_with(text, "سيطرت")[1:] == ("sdf", "syr-gov-assad")


def test_sentence_subject_fights_count_towards_the_opponent() -> None:
    text = ("سيطر الجيش اليمني على تلال استراتيجية في محافظة الضالع، الأحد، بعد مواجهات أسفرت عن مقتل "
            "العشرات في صفوف ميليشيات الحوثي. وفي وقت سابق، حررت قوات الجيش اليمني مواقع جديدة في مديرية "
            "قعطبة، بعد مواجهات عنيفة مع الميليشيات الانقلابية. واستعاد الجيش اليمني قرية جديدة في محافظة "
            "تعز يوم الأحد.")
    assert event_with(text, "سيطر")[1:] == ("yemen-army", "houthis")
    assert event_with(text, "استعاد")[1:] == ("yemen-army", "houthis")


def test_tied_opponents_go_to_the_umbrella() -> None:
    text = ("تشن القوات الحكومية السورية هجوما على الغوطة الشرقية منذ أسابيع، ويدور القتال مع مقاتلي فيلق "
            "الرحمن في بلدة حمورية. وأحرزت القوات الحكومية تقدما في حملتها لاستعادة الغوطة الشرقية من يد "
            "المعارضة المسلحة. وسيطرت القوات الحكومية على بلدة مسرابا.")
    assert event_with(text, "سيطرت")[1:] == ("syr-army-new", "syr-opposition-factions")


_HOUTHI_FRONT = ("قتل عشرات من عناصر ميليشيات الحوثي في محافظة البيضاء. وقال مصدر عسكري إن الجيش اليمني هاجم "
                 "مواقع الحوثيين في مديرية ناطع. ")


def test_one_fight_against_the_article_s_dominant_foe_is_enough() -> None:
    text = _HOUTHI_FRONT + ("وفر عدد من مقاتلي الحوثي من جبهة ناطع. "
                            "وحرر الجيش اليمني عددا من المواقع في منطقة اعشار يوم الجمعة.")
    assert event_with(text, "حرر")[1:] == ("yemen-army", "houthis")


def test_no_dominant_foe_when_another_party_fights_the_doer() -> None:
    text = _HOUTHI_FRONT + ("وهاجم تنظيم القاعدة نقطة للجيش اليمني في أبين، وقتل عناصر من تنظيم القاعدة في "
                            "شبوة. وحرر الجيش اليمني عددا من المواقع في منطقة اعشار يوم الجمعة.")
    assert event_with(text, "حرر")[1:] == ("yemen-army", None)


def test_owner_of_a_struck_launch_pad_or_store_is_the_target() -> None:
    text = "وقال المتحدث إنه جرى استهداف منصة صواريخ باليستية تابعة للمليشيات الحوثية في محافظة صعدة."
    assert event_with(text, "استهداف")[1:] == (None, "houthis")
    text = "وقال المتحدث إنه تم استهداف مخزن أسلحة تابع للحوثيين في محافظة صنعاء."
    assert event_with(text, "استهداف")[1:] == (None, "houthis")
