"""Round 14 (EN): entities. The sentences are written for these tests."""

import marsad


def _mentions(text: str, ref: str, published: str = "2018-06-01") -> list[str]:
    art = marsad.analyze(text, published=published)
    return [m.text for e in art.entities if e.ref == ref for m in e.mentions]


def test_family_name_after_a_verb_of_stance_refers_back() -> None:
    # a known person's one-word family name is found alone only as a verb's subject: verbs of stance count too
    text = ("وصل وزير الخارجية محمد جواد ظريف إلى أنقرة. وانتقد ظريف العقوبات الجديدة، "
            "ودعا ظريف الأوروبيين إلى التحرك، ورفض ظريف أي تفاوض جديد.")
    assert _mentions(text, "javad-zarif").count("ظريف") == 3
    text = "قال العميد حسين سلامي إن القوات جاهزة. وهدد سلامي بالرد على أي هجوم."
    assert _mentions(text, "hossein-salami") == ["حسين سلامي", "سلامي"]


def test_family_name_as_a_plain_word_still_needs_the_verb() -> None:
    # ظريف is an ordinary adjective too: without the verb before it nothing is added
    text = "وصل وزير الخارجية محمد جواد ظريف إلى أنقرة في جو ظريف ولطيف."
    assert _mentions(text, "javad-zarif") == ["محمد جواد ظريف"]


def _refs(text: str, published: str = "2018-06-01") -> dict[str, str | None]:
    art = marsad.analyze(text, published=published)
    return {m.text: e.ref for e in art.entities if e.type != "place" for m in e.mentions}


def test_patron_state_inside_the_houthis_name() -> None:
    # the state inside the name is the sponsor, not the actor
    refs = _refs("وقصفت ميليشيا إيران الحوثية أحياء سكنية في مدينة تعز بالصواريخ.")
    assert refs.get("ميليشيا إيران الحوثية") == "houthis"
    assert "iran" not in refs.values()
    refs = _refs("وتواصل المليشيات الإيرانية الحوثية حصار القرى جنوبي الحديدة.")
    assert refs.get("المليشيات الإيرانية الحوثية") == "houthis"


def test_forces_of_the_free_syrian_army_are_not_the_assad_army() -> None:
    refs = _refs("ودخلت قوات الجيش السوري الحر إلى البلدة بعد انسحاب المسلحين الأكراد منها.")
    assert refs.get("قوات الجيش السوري الحر") == "fsa"
    assert "syr-army-assad" not in refs.values()


def test_short_pkk_name_refers_back() -> None:
    text = "وتقاتل أنقرة حزب العمال الكردستاني منذ عقود، وتقول إن حزب العمال يتخذ من جبال قنديل معقلا له."
    art = marsad.analyze(text, published="2018-06-01")
    pkk = [e for e in art.entities if e.ref == "pkk"]
    assert [m.text for m in pkk[0].mentions] == ["حزب العمال الكردستاني", "حزب العمال"]
    # alone, with no PKK named, the words name nobody (Britain's Labour party is no PKK)
    assert "pkk" not in _refs("وفاز حزب العمال بأغلبية المقاعد في الانتخابات البلدية في لندن.").values()


def test_new_bodies_of_the_actors_pack() -> None:
    refs = _refs("وقالت رئيسة المجلس الوطني للمقاومة الإيرانية إن الاحتجاجات ستتسع.")
    assert refs.get("المجلس الوطني للمقاومة الإيرانية") == "ncri"
    refs = _refs("واتهمت لندن ضابطين في جهاز الاستخبارات العسكرية الروسي بتنفيذ الهجوم.")
    assert refs.get("جهاز الاستخبارات العسكرية الروسي") == "russia-gru"
    refs = _refs("وانسحب حزب الوحدة الديمقراطي الكردي في سوريا من الاجتماع في القامشلي.")
    assert refs.get("حزب الوحدة الديمقراطي الكردي في سوريا") == "kurdish-democratic-unity-party-syria"
    refs = _refs("وصادق مجلس الشعب السوري على الموازنة العامة.", published="2025-11-01")
    assert refs.get("مجلس الشعب السوري") == "syr-people-assembly"
    refs = _refs("وتصدر ائتلاف الإعمار والتنمية نتائج الانتخابات في بغداد.", published="2025-11-15")
    assert refs.get("ائتلاف الإعمار والتنمية") == "iraq-construction-development"
    refs = _refs("وقتل عنصران من الحرس الوطني التونسي في هجوم قرب الحدود الجزائرية.")
    assert refs.get("الحرس الوطني التونسي") == "tunisia-national-guard"
    refs = _refs("وأعلنت وزارة المخابرات الإيرانية تفكيك خلية في الأهواز.")
    assert refs.get("وزارة المخابرات الإيرانية") == "iran-mois"


def test_irans_security_council_in_the_opposition_word_order() -> None:
    text = ("ويتولى مجلس الأمن القومي الأعلى برئاسة رئيس الجمهورية إعطاء الضوء الأخضر، "
            "ويضم المجلس وزير الخارجية. وقالت رئيسة المجلس الوطني للمقاومة الإيرانية إن القرار سياسي.")
    art = marsad.analyze(text, published="2018-08-01")
    snsc = [m.text for e in art.entities if e.ref == "iran-snsc" for m in e.mentions]
    assert snsc[0] == "مجلس الأمن القومي الأعلى"


def test_bare_army_is_no_faction_named_jaysh() -> None:
    # a bare الجيش in a report about Syria is the state's army, not جيش الإسلام named before it
    text = ("وتعد دوما في الغوطة الشرقية معقل جيش الإسلام قرب دمشق. وقال التلفزيون الرسمي إن الجيش يكثف عملياته "
            "على جبهات حرستا وعربين وزملكا، فيما تواصل القصف على دوما.")
    art = marsad.analyze(text, published="2018-03-10")
    owner = {m.text: e.ref for e in art.entities for m in e.mentions}
    assert owner.get("جيش الإسلام") == "jaysh-al-islam"
    assert owner.get("الجيش") != "jaysh-al-islam"
    # a name that holds the definite head still takes it (the Libyan National Army)
    text = "وسيطر الجيش الوطني الليبي على درنة، وقال الجيش إن المعارك انتهت."
    art = marsad.analyze(text, published="2018-06-10")
    lna = [m.text for e in art.entities if e.ref == "lna" for m in e.mentions]
    assert lna == ["الجيش الوطني الليبي", "الجيش"]


def test_bin_salman_alone_and_his_brother() -> None:
    refs = _refs("وذهب الرئيس الفرنسي إلى الرياض للقاء بن سلمان، ثم استقبل خالد بن سلمان في باريس.")
    assert refs.get("بن سلمان") == "mohammed-bin-salman"
    assert refs.get("خالد بن سلمان") == "khalid-bin-salman"


def test_more_parties_and_outlets() -> None:
    refs = _refs("وأعلن تيار المردة دعمه للمرشح في بيروت.", published="2019-03-01")
    assert refs.get("تيار المردة") == "marada"
    refs = _refs("وتبنت تنسيقية المقاومة العراقية الهجوم على القاعدة.", published="2024-03-01")
    assert refs.get("تنسيقية المقاومة العراقية") == "iraqi-resistance-coordination"
    refs = _refs('وقال في مقابلة مع قناة "بي إف إم تي في" الفرنسية إن الأزمة انتهت.')
    assert refs.get("بي إف إم تي في") == "bfm-tv"
    assert "mtv-lebanon" not in refs.values()


def test_army_with_another_states_nisba_does_not_refer_back() -> None:
    # «الجيش اليوناني» after «الجيش التركي»: Greece's army, not the Turkish one named before
    text = ("وقال الجيش التركي إن مقاتلاته اعترضت الطائرة فوق بحر إيجه. "
            "وأعلن الجيش اليوناني الحداد ثلاثة أيام على الطيار.")
    art = marsad.analyze(text, published="2018-04-13")
    turkish = [m.text for e in art.entities if e.ref == "turkish-army" for m in e.mentions]
    assert turkish == ["الجيش التركي"]
    # the bare word still refers back
    text = "وقال الجيش التركي إن مقاتلاته اعترضت الطائرة. وأعلن الجيش حالة التأهب القصوى."
    art = marsad.analyze(text, published="2018-04-13")
    assert [m.text for e in art.entities if e.ref == "turkish-army" for m in e.mentions] == ["الجيش التركي", "الجيش"]
