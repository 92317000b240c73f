"""Bodies and outlets analysts see quoted: state bodies of the states involved, national news agencies, the
monitors and relief NGOs (known to the packs, not yet returned), and the romanisation of places no gazetteer knows."""

from __future__ import annotations

import pytest

import marsad
from marsad import packs
from marsad.stages.places import transliterate
from marsad.textnorm import fold_text


def _entities(text: str, published: str = "2018-05-01") -> dict[str, tuple[str, str | None]]:
    art = marsad.analyze(text, published=published).to_dict()
    return {e["name"]: (e["type"], e.get("kind")) for e in art["entities"]}


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("اعتقل مكتب التحقيقات الفيدرالي رجلا في ولاية تكساس.", "Federal Bureau of Investigation", "actor"),
        ("فرقت الشرطة الإسرائيلية المتظاهرين في القدس.", "Israel Police", "actor"),
        ("صوت البرلمان التركي على تمديد حالة الطوارئ.", "Grand National Assembly of Turkey", "actor"),
        ("أعلنت وزارة الصحة في غزة ارتفاع عدد الضحايا.", "Palestinian Ministry of Health", "actor"),
        ("تقدمت القوات اليمنية المشتركة نحو مطار الحديدة.", "Joint Forces (Yemen's west coast)", "actor"),
        ("ونقلت وكالة الأنباء الفلسطينية عن شهود أن الجنود اقتحموا البلدة.", "WAFA (Palestine News Agency)", "outlet"),
        ("وذكرت وكالة الأنباء الكورية المركزية أن الزعيم زار المصنع.", "Korean Central News Agency", "outlet"),
        ("أفادت وكالة السودان للأنباء بأن الوفد وصل إلى الخرطوم.", "Sudan News Agency (SUNA)", "outlet"),
        ("كتبت صحيفة بيلد الألمانية أن الوزير سيستقيل.", "Bild", "outlet"),
        ("ونقلت وكالة الأنباء الإيرانية الرسمية عن المتحدث قوله إن بلاده سترد.", "IRNA", "outlet"),
        ("اتهمت طهران منظمة مجاهدي خلق بالوقوف وراء الاحتجاجات.", "People's Mojahedin Organization of Iran (MEK)",
         "actor"),
    ],
)
def test_body_found(text: str, name: str, type_: str) -> None:
    ents = _entities(text)
    assert name in ents, ents
    assert ents[name][0] == type_


@pytest.mark.parametrize(
    ("alias", "entry_id"),
    [
        ("هيومن رايتس ووتش", "hrw"),
        ("منظمة العفو الدولية", "amnesty"),
        ("أطباء بلا حدود", "msf"),
        ("الخوذ البيضاء", "white-helmets"),
        ("الدفاع المدني السوري", "white-helmets"),
        ("مراسلون بلا حدود", "rsf"),
    ],
)
def test_ngos_are_known_but_no_party(alias: str, entry_id: str) -> None:
    # held in the pack (names, spellings) but, like the UN, not returned as a party to the fighting
    entry = packs.entries_by_id()[entry_id]
    assert entry.kind == "ngo" and entry.extra.get("party") is False
    assert fold_text(alias) in {fold_text(a.text) for a in entry.aliases}


def test_ngo_statement_stays_an_official_source() -> None:
    art = marsad.analyze("وقالت منظمة العفو الدولية إن السلطات اعتقلت عشرات الناشطين.", published="2018-05-01")
    d = art.to_dict()
    assert [s["kind"] for c in d["claims"] for s in c["sources"]] == ["official"]
    assert not [e for e in d["entities"] if e["type"] in ("actor", "outlet")]


def test_bare_civil_defence_is_no_white_helmets() -> None:
    # every state has a civil defence: the White Helmets' entry holds only its own names
    entry = packs.entries_by_id()["white-helmets"]
    assert fold_text("الدفاع المدني") not in {fold_text(a.text) for a in entry.aliases}


def test_election_authority_leaves_the_country_a_place() -> None:
    # the Egyptian authority's name is generic: it counts in an Egyptian article, and مصر after it stays a place
    ents = _entities("أعلنت الهيئة الوطنية للانتخابات في مصر فوز الرئيس بولاية ثانية، وسط إقبال ضعيف في القاهرة.")
    assert "National Election Authority (Egypt)" in ents
    assert ents.get("Egypt", ("", ""))[0] == "place"


def test_election_commission_needs_its_country() -> None:
    iraqi = _entities("أعلنت مفوضية الانتخابات النتائج الأولية في بغداد والبصرة والموصل.")
    assert "Independent High Electoral Commission (Iraq)" in iraqi


@pytest.mark.parametrize(
    ("arabic", "latin"),
    [
        ("العمارة", "al-Amara"),  # the initial ain keeps its vowel, the ta marbuta its a
        ("عفرين", "Afrin"),
        ("الشعيرات", "al-Sh'irat"),  # a medial ain is an apostrophe; ي between consonants is i
        ("الهول", "al-Hul"),
        ("قرية العلا", "Qrya al-Ala"),
        ("دوما", "Duma"),
    ],
)
def test_transliterate_keeps_ain_and_ta_marbuta(arabic: str, latin: str) -> None:
    assert transliterate(arabic) == latin


def test_transliterate_never_empty() -> None:
    assert transliterate("ءء") == "ءء"
    assert all(transliterate(w) for w in ("عع", "ال", "ة"))


def test_salisbury_spellings_and_amesbury() -> None:
    art = marsad.analyze("عثرت الشرطة على الزجاجة في مدينة أميسبري قرب سالزبيري جنوبي إنجلترا.",
                         published="2018-07-10").to_dict()
    places = {e["name"]: e for e in art["entities"] if e["type"] == "place"}
    assert "Amesbury" in places and "Salisbury" in places, places.keys()
    assert abs(places["Amesbury"]["lat"] - 51.17) < 0.1
