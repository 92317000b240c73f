"""Round 13 (EN): actors local Syrian and Iraqi outlets name that the packs lacked, and names no pack knows.
The sentences are written for these tests."""

import marsad


def _refs(text: str, published: str = "2025-06-01", typ: str | None = None) -> dict[str, str | None]:
    art = marsad.analyze(text, published=published)
    return {m.text: e.ref for e in art.entities if typ is None or e.type == typ for m in e.mentions}


def test_syrian_kurdish_parties_are_not_their_namesakes() -> None:
    # the bare KDP alias and Lebanon's Future Movement are inside these names: the longer one wins
    refs = _refs("ودعا الحزب الديمقراطي الكردستاني السوري وتيار المستقبل الكردي إلى حوار في القامشلي.")
    assert refs.get("الحزب الديمقراطي الكردستاني السوري") == "kdp-syria"
    assert refs.get("تيار المستقبل الكردي") == "kurdish-future-movement"
    assert _refs("وانسحب حزب يكيتي الكردي من الاجتماع.").get("حزب يكيتي الكردي") == "yekiti-syria"


def test_german_cdu_is_not_the_pyd() -> None:
    refs = _refs("وصوت نواب الاتحاد الديمقراطي المسيحي ضد المشروع في برلين.")
    assert refs.get("الاتحاد الديمقراطي المسيحي") == "cdu-germany"
    assert "pyd" not in refs.values()
    assert _refs("واتهمت أنقرة حزب الاتحاد الديمقراطي بإدارة المنطقة.").get("حزب الاتحاد الديمقراطي") == "pyd"


def test_iraqi_parties_and_blocs() -> None:
    refs = _refs("واجتمع ممثلو المجلس الأعلى الإسلامي العراقي والجبهة التركمانية العراقية وتحالف عزم في بغداد.")
    assert refs.get("المجلس الأعلى الإسلامي العراقي") == "isci"
    assert refs.get("الجبهة التركمانية العراقية") == "iraqi-turkmen-front"
    assert refs.get("تحالف عزم") == "azm-alliance"
    assert _refs("وعقد برلمان إقليم كردستان جلسته الأولى.").get("برلمان إقليم كردستان") == "krg-parliament"


def test_post_2024_syrian_and_lebanese_bodies() -> None:
    refs = _refs("وقالت وزارة الطوارئ وإدارة الكوارث إن فرقها أخمدت حريقا في ريف اللاذقية.")
    assert refs.get("وزارة الطوارئ وإدارة الكوارث") == "syr-emergency-ministry"
    refs = _refs("وأوقفت مخابرات الجيش اللبناني ثلاثة مهربين قرب الحدود السورية.")
    assert refs.get("مخابرات الجيش اللبناني") == "lebanese-army-intelligence"
    refs = _refs("ورفضت هيئة التنسيق الوطنية ومنصة موسكو البيان الختامي.", published="2019-02-01")
    assert refs.get("هيئة التنسيق الوطنية") == "ncb-syria"
    assert refs.get("منصة موسكو") == "moscow-platform"
