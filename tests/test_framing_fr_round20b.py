"""Round 20b (FR): labels given by a describing verb, and every example a plural label lists."""

from tests.conftest import framing_pairs


def test_every_example_after_a_plural_label_gets_it() -> None:
    pairs = framing_pairs("وحذر الوزير من أن الجماعات الإرهابية مثل تنظيم داعش وجبهة النصرة تستغل الفوضى.")
    assert ("الجماعات الإرهابية", "isis") in pairs
    assert ("الجماعات الإرهابية", "nusra") in pairs


def test_examples_after_the_clitic_ka() -> None:
    pairs = framing_pairs("ودعا إلى مواجهة منظمات إرهابية كداعش والقاعدة وبوكو حرام في أفريقيا.")
    assert {("منظمات إرهابية", r) for r in ("isis", "al-qaeda", "boko-haram")} <= set(pairs)


def test_ka_starting_a_plain_word_lists_no_one() -> None:
    # كبرى is an adjective, not the particle ك on a name: no example list, so القاعدة is not one of them
    pairs = framing_pairs("وقال إن منظمات إرهابية كبرى تنشط في المنطقة، فيما أعلنت القاعدة مسؤوليتها عن الهجوم.")
    assert ("منظمات إرهابية", "al-qaeda") not in pairs


def test_describing_verb_natat_labels_its_object() -> None:
    pairs = framing_pairs("ونعت وزير الخارجية السوري المعارضة السورية بالإرهابيين في مؤتمر صحفي.")
    assert ("الإرهابيين", "syr-opposition") in pairs


def test_describer_named_before_an_unnamed_object_is_not_labelled() -> None:
    # the army is the one who describes; the gunmen it describes are named by no party
    pairs = framing_pairs("ووصف الجيش السوري المسلحين في ريف حماة بالإرهابيين.")
    assert ("الإرهابيين", "syr-army-new") not in pairs
    assert all(r != "syr-army-new" for _t, r in pairs)


def test_describer_and_named_object_keeps_the_object() -> None:
    pairs = framing_pairs("ووصفت الحكومة السورية جبهة النصرة بالإرهابية في بيانها.")
    assert ("الإرهابية", "nusra") in pairs


def test_bare_terrorism_word_in_the_sdf_own_claim_means_the_islamic_state() -> None:
    text = ('وتخوض قوات سوريا الديمقراطية معارك مع تنظيم داعش قرب الحدود العراقية. وقالت قوات سوريا الديمقراطية '
            'في بيان: "أسرنا اثني عشر من الإرهابيين في الباغوز".')
    pairs = framing_pairs(text)
    assert ("الإرهابيين", "isis") in pairs
    assert all(r != "sdf" for _t, r in pairs)


def test_bare_terrorism_word_in_an_iraqi_ministry_claim_means_the_islamic_state() -> None:
    text = ('وتلاحق القوات العراقية خلايا داعش في صحراء نينوى. وقالت وزارة الدفاع العراقية في بيان إن "قواتنا '
            'قتلت ثلاثة إرهابيين ودمرت مضافة".')
    assert ("إرهابيين", "isis") in framing_pairs(text)
