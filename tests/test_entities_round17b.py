"""Round 17b, entities: generic security-body names by the article's theatre, a misspelt Houthi label, and
more contexts in which a bare القاعدة is the group."""

from tests.conftest import mention_refs, people


def test_general_security_in_an_israeli_report_is_the_shin_bet() -> None:
    got = mention_refs("وأعلن جهاز الأمن العام أنه اعتقل ثلاثة شبان في نابلس وجنين والخليل بتهمة التخطيط "
                       "لهجمات في تل أبيب.", published="2018-06-01")
    assert got.get("جهاز الأمن العام") == "shin-bet"


def test_general_security_in_idlib_stays_the_syrian_body() -> None:
    got = mention_refs("وقال جهاز الأمن العام إنه اعتقل خلية في إدلب وسرمدا وأريحا.", published="2018-06-01")
    assert got.get("جهاز الأمن العام") == "hts-general-security"


def test_public_security_directorate_abroad_is_not_jordans() -> None:
    got = mention_refs("وأوقفت مديرية الأمن العام في باريس ضابطين عن العمل بعد شكاوى من سكان ليون ومرسيليا.")
    assert "jordan-psd" not in got.values()


def test_public_security_directorate_in_jordan() -> None:
    got = mention_refs("وأعلنت مديرية الأمن العام ضبط كمية من المخدرات في عمان والزرقاء وإربد.")
    assert got.get("مديرية الأمن العام") == "jordan-psd"


def test_houthi_militias_misspelt() -> None:
    got = mention_refs("وقصفت ميليشات الحوثي أحياء سكنية في مدينة تعز مساء أمس.")
    assert got.get("ميليشات الحوثي") == "houthis"


def test_qaeda_after_breaking_ties() -> None:
    got = mention_refs("وكانت الجبهة قد أعلنت فك الارتباط بالقاعدة قبل عامين في ريف إدلب.")
    assert "al-qaeda" in got.values()


def test_qaeda_after_like() -> None:
    assert "al-qaeda" in mention_refs("وتنشط في الساحل الأفريقي جماعات مسلحة مثل القاعدة منذ سنوات.").values()


def test_base_after_like_stays_a_base() -> None:
    # a definite adjective makes it a base, whatever word stands before it
    got = mention_refs("وأقامت روسيا منشآت مثل القاعدة الجوية في اللاذقية.")
    assert "al-qaeda" not in got.values()


def test_tanween_word_opens_no_name() -> None:
    # a circumstantial accusative (-اً) before a given name the article gave in full: cut off
    got = people("وحضرت الحفل المغنية سارة ماكلين. وأظهرت الصور رئيس الوزراء مبتسماً سارة وبعدها الوزير في الصالة.")
    assert got == {"سارة ماكلين", "سارة"}


def test_tanween_word_and_a_common_noun_is_no_person() -> None:
    assert people("وقال الرئيس الكوري مصافحاً الضيوف إن اللقاء كان مثمراً جداً.") == set()


def test_nationality_given_name_between_title_and_family_name() -> None:
    # an indefinite nisba cannot qualify the definite title before it: تركي is the first name
    assert people("وقال الشيخ تركي الخالد إن العشيرة ترفض القرار.") == {"تركي الخالد"}


def test_nationality_as_predicate_is_no_name() -> None:
    assert people("وقال المدرب تركي الجنسية إن الفريق جاهز للمباراة.") == set()
