"""Round 18 (places): palaces that host meetings, Pakistan's provinces and tribal districts, Iran's Sistan and
Baluchestan; borders named by a force; squares, holy sites, prisons and bases of conflict news; the items of a
dual or plural governorate noun are governorates."""

from __future__ import annotations

import pytest


def _places(text: str) -> dict[str, str | None]:
    """The first mention's text → the pack id of each place marsad finds in `text`."""
    import marsad

    rec = marsad.analyze(text, published="2018-06-01").to_dict()
    return {e["mentions"][0]["text"]: e.get("ref") for e in rec["entities"] if e["type"] == "place"}


def _refs(text: str) -> set[str | None]:
    """The pack ids of all places marsad finds in `text` (a name a town and a governorate share counts twice)."""
    import marsad

    rec = marsad.analyze(text, published="2018-06-01").to_dict()
    return {e.get("ref") for e in rec["entities"] if e["type"] == "place"}


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("استقبل العاهل الأردني وزير الخارجية الأمريكي في قصر الحسينية اليوم الثلاثاء.", "fac-husseiniya-palace"),
        ("التقى العاهل السعودي رئيس الوزراء العراقي في قصر اليمامة بالرياض مساء الأحد.", "fac-yamamah-palace"),
        ("عقد الرئيس التونسي اجتماعا مع قادة الأحزاب في قصر قرطاج صباح الخميس.", "fac-carthage-palace"),
        ("احتشد مئات المتظاهرين أمام قصر الاتحادية في القاهرة مساء الجمعة.", "fac-ittihadiya-palace"),
    ],
)
def test_palaces(text: str, ref: str) -> None:
    assert ref in _refs(text)


def test_husseiniya_palace_is_not_a_syrian_town() -> None:
    refs = _refs("استقبل الملك عبدالله الثاني في قصر الحسينية الاثنين وفدا من رجال الأعمال.")
    assert "sy-hussainiya" not in refs and "fac-husseiniya-palace" in refs


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("قتل ثلاثة جنود في هجوم على نقطة تفتيش في إقليم خيبر بختونخوا شمال غربي باكستان.", "pk-khyber-pakhtunkhwa"),
        ("انفجرت قنبلة قرب تجمع انتخابي في إقليم بلوشستان المضطرب الأحد.", "pk-balochistan"),
        ("شن مسلحون هجوما على موقع للجيش في مقاطعة باجور القريبة من الحدود الأفغانية.", "pk-bajaur"),
        ("قتل قيادي في حركة طالبان بغارة لطائرة مسيرة في شمال وزيرستان.", "pk-north-waziristan"),
        ("اشتبكت القوات الباكستانية مع مسلحين في منطقة وزيرستان الجنوبية فجر اليوم.", "pk-south-waziristan"),
    ],
)
def test_pakistan_provinces_and_districts(text: str, ref: str) -> None:
    assert ref in _refs(text)


def test_sistan_baluchestan_is_iranian() -> None:
    refs = _refs("قتل عنصران من الحرس الثوري في اشتباك مع مسلحين في محافظة سيستان وبلوشستان جنوب شرقي إيران.")
    assert "ir-sistan-baluchestan" in refs and "pk-balochistan" not in refs


def _border_mentions(text: str) -> list[str]:
    import marsad

    rec = marsad.analyze(text, published="2018-06-01").to_dict()
    return [m["text"] for e in rec["entities"] if e["type"] == "place" for m in e["mentions"] if "الحدود" in m["text"]]


@pytest.mark.parametrize(
    "text",
    [
        "أعلن قائد حرس الحدود اليمني أن قواته سيطرت على ثلاثة مواقع جديدة.",
        "قتل جنديان من فيلق الحدود الباكستاني في هجوم انتحاري استهدف نقطتهما.",
        "قال المتحدث باسم قوات حرس الحدود السعودية إن الدوريات أحبطت محاولة تسلل.",
        "عين وزير الداخلية قائدا جديدا لقوات الحدود العراقي بعد إقالة سلفه.",
    ],
)
def test_border_force_is_no_border_place(text: str) -> None:
    assert _border_mentions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "حاول مسلحان التسلل عبر الحدود السورية إلى الأراضي الأردنية فجر اليوم.",
        "انتشرت دوريات الجيش على الحدود الأفغانية لمنع تسلل المسلحين.",
    ],
)
def test_border_with_feminine_nisba_stays(text: str) -> None:
    assert _border_mentions(text)


def test_force_nisba_after_border_is_no_country() -> None:
    import marsad

    rec = marsad.analyze("قتل جنديان من فيلق الحدود الباكستاني في هجوم انتحاري.", published="2018-06-01").to_dict()
    assert not [e for e in rec["entities"] if e["type"] == "place"]


@pytest.mark.parametrize(
    "text",
    [
        "لا يجوز تقديم المشروع مرة أخرى إلى البرلمان في الدورة نفسها بحسب النظام الداخلي.",
        "فاز الرياضي بميدالية ذهبية في الدورة الأولمبية الماضية.",
    ],
)
def test_dora_as_session_is_no_place(text: str) -> None:
    assert "iq-dora" not in _refs(text)


def test_dora_in_baghdad_after_preposition_stays() -> None:
    assert "iq-dora" in _refs("سقطت قذيفة هاون في الدورة جنوبي بغداد مساء اليوم.")


@pytest.mark.parametrize(
    "text",
    [
        "أمسك الخاطف بالرهينة ووضعها درعا أمامه أثناء خروجه من المبنى.",
        "استخدم المسلحون المدنيين درعا لحمايتهم من نيران القوات.",
    ],
)
def test_daraa_as_shield_is_no_place(text: str) -> None:
    assert "sy-daraa" not in _refs(text) and not _places(text)


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("اقتحم عشرات المستوطنين المسجد الأقصى صباح الأحد بحماية قوات الاحتلال.", "ps-aqsa-mosque"),
        ("اندلعت مواجهات عند باب العامود بعد صلاة الجمعة.", "ps-damascus-gate"),
        ("أغلقت قوات الاحتلال الحرم الإبراهيمي أمام المصلين يومين.", "ps-ibrahimi-mosque"),
        ("اعتقل الجنود شابين على حاجز قلنديا شمال القدس.", "ps-qalandia-checkpoint"),
        ("نقل الأسير المضرب عن الطعام إلى سجن عوفر الأسبوع الماضي.", "ps-ofer-prison"),
        ("أفرجت السلطات عن الأسير من سجن النقب بعد انتهاء محكوميته.", "il-ketziot-prison"),
        ("تظاهر آلاف العراقيين في ساحة التحرير ببغداد مطالبين بالإصلاح.", "iq-tahrir-square"),
        ("قتل العشرات في تفجيرين انتحاريين في ساحة الطيران صباح الاثنين.", "iq-tayaran-square"),
        ("احتشد أنصار الحكومة في ساحة الأمويين بدمشق.", "sy-umayyad-square"),
        ("هبطت الطائرة في مطار رفيق الحريري الدولي قادمة من باريس.", "lb-beirut-airport"),
        ("اعتصم المحتجون قرب الدوار الرابع لليلة الخامسة.", "jo-fourth-circle"),
        ("أقامت الجماعة عرضا عسكريا في ميدان السبعين بصنعاء.", "ye-sabeen-square"),
        ("استهدفت غارات مخازن وقود في ميناء رأس عيسى شمال الحديدة.", "ye-ras-isa-port"),
        ("احتشد المتظاهرون في ميدان التحرير بالقاهرة.", "eg-tahrir-square"),
        ("سيطرت قوات حكومة الوفاق على قاعدة الوطية الجوية غرب طرابلس.", "ly-watiya-base"),
        ("هاجم انتحاري قافلة عسكرية قرب قاعدة باغرام شمال كابول.", "af-bagram-base"),
        ("نقلت الولايات المتحدة طائرات إضافية إلى قاعدة العديد.", "qa-udeid-base"),
        ("اعترضت الدفاعات الجوية صاروخا أطلق باتجاه مطار الملك خالد الدولي.", "sa-king-khalid-airport"),
    ],
)
def test_conflict_landmarks(text: str, ref: str) -> None:
    assert ref in _refs(text)


def test_landmark_alias_does_not_swallow_its_city() -> None:
    refs = _refs("تظاهر الآلاف في ساحة التحرير وسط بغداد.")
    assert "iq-tahrir-square" in refs and "iq-baghdad" in refs


@pytest.mark.parametrize("text", ["ارتفع الحد الأقصى للأجور هذا العام.", "تتصاعد التوترات في الشرق الأقصى."])
def test_aqsa_needs_its_noun(text: str) -> None:
    assert "ps-aqsa-mosque" not in _refs(text)


@pytest.mark.parametrize(
    ("text", "refs"),
    [
        ("أحرزت القوات الحكومية تقدما جديدا في محافظتي #الجوف وصعدة شمالي اليمن.", {"ye-gov-jawf", "ye-gov-saada"}),
        ("تشهد محافظات الحديدة وتعز ومأرب معارك منذ أسابيع.", {"ye-gov-hodeidah", "ye-gov-taiz", "ye-gov-marib"}),
        ("خرجت مظاهرات في محافظتي ديالى وذي قار احتجاجا على انقطاع الكهرباء.", {"iq-gov-diyala", "iq-gov-dhiqar"}),
    ],
)
def test_governorate_list_items_are_governorates(text: str, refs: set[str]) -> None:
    assert refs <= _refs(text)


def test_governorate_list_leaves_city_elsewhere() -> None:
    got = _refs("قصفت الطائرات مدينة درعا بعد يوم من معارك في محافظتي درعا والقنيطرة.")
    assert {"sy-daraa", "sy-gov-daraa", "sy-gov-quneitra"} <= got


def test_governorate_list_stops_at_a_common_word() -> None:
    assert not _places("امتدت الاحتجاجات إلى محافظات الجنوب والوسط خلال الأيام الماضية.")
