"""The entity packs (actors, people, outlets): schema, consistency and deliberate ambiguity."""

from __future__ import annotations

import itertools
import json
import re
from collections import defaultdict
from importlib import resources

import pytest

import marsad
from marsad import packs
from marsad.matcher import PhraseIndex
from marsad.textnorm import fold, fold_text

PACKS = ("actors", "people", "outlets")

KINDS = {
    "actors": {"state", "government", "state_force", "armed_group", "militia", "coalition", "party",
               "administration", "international_org", "ngo"},
    "people": {"head_of_state", "commander", "official", "journalist", "analyst", "cleric"},
    "outlets": {"newspaper", "tv", "radio", "agency", "website", "network"},
}

#: short outlet names that are ordinary Arabic words: each must need a cue
COMMON_WORD_OUTLET_ALIASES = (
    "الوطن", "الثورة", "الحدث", "تشرين", "الفرات", "المدن", "الحرة", "العهد", "الشرقية",
)

ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ALIAS_KEYS = {"text", "valid_from", "valid_to", "requires", "not_after", "not_before"}
REQUIRES = {"quoted", "cue", "capital", "theatre", "sign", "theatre_sign"}


def _raw(name: str) -> list[dict]:
    return list(packs.iter_jsonl(name))


def _all_entries() -> list[tuple[str, packs.PackEntry]]:
    return [(name, e) for name in PACKS for e in packs.entity_pack(name)]


@pytest.mark.parametrize("name", PACKS)
def test_pack_parses_and_has_meta(name: str) -> None:
    text = resources.files("marsad.data").joinpath(f"{name}.jsonl").read_text("utf-8")
    for lineno, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.startswith("//"):
            json.loads(line), f"{name}.jsonl line {lineno}"
    meta = packs.pack_meta(f"{name}.jsonl")
    assert meta["version"] and meta["licence"] and meta["sources"] and meta["about"]
    entries = packs.entity_pack(name)
    assert len(entries) > 50
    assert all(e.id != "_meta" for e in entries)


@pytest.mark.parametrize("name", PACKS)
def test_fields_and_kinds(name: str) -> None:
    for d in _raw(name):
        where = f"{name}:{d.get('id')}"
        assert ID_RE.match(d["id"]), where
        assert d.get("name") and d.get("name_ar"), where
        assert d.get("kind") in KINDS[name], where
        for key in ("valid_from", "valid_to"):
            if key in d:
                assert DATE_RE.match(d[key]), where
        for a in d.get("aliases", []):
            if isinstance(a, dict):
                assert set(a) <= ALIAS_KEYS and a.get("text"), where
                assert a.get("requires") in REQUIRES | {None}, where
                for key in ("not_after", "not_before"):  # lists of words, never one string
                    words = a.get(key, [])
                    assert isinstance(words, list) and all(isinstance(w, str) and w for w in words), where
                for key in ("valid_from", "valid_to"):
                    if key in a:
                        assert DATE_RE.match(a[key]), where
            else:
                assert isinstance(a, str), where
        for key in ("anaphora", "adjectives", "signatures", "domains"):
            if key in d:
                values = d[key]
                assert isinstance(values, list), where
                assert all(isinstance(x, str) and x.strip() for x in values), where


def test_ids_unique_across_packs() -> None:
    seen: dict[str, str] = {}
    for name in PACKS:
        for d in _raw(name):
            assert d["id"] not in seen, f"{d['id']} in {seen.get(d['id'])} and {name}"
            seen[d["id"]] = name


def test_references_exist() -> None:
    ids = {e.id for _, e in _all_entries()}
    for name, e in _all_entries():
        if e.parent:
            assert e.parent in ids, f"{name}:{e.id} parent {e.parent}"
            assert e.parent != e.id
        aff = e.extra.get("affiliation")
        if aff:
            assert aff in ids, f"{name}:{e.id} affiliation {aff}"


def test_parent_chains_end() -> None:
    by_id = {e.id: e for _, e in _all_entries()}
    for e in by_id.values():
        seen = {e.id}
        p = e.parent
        while p:
            assert p not in seen, f"parent cycle at {e.id}"
            seen.add(p)
            p = by_id[p].parent


def test_aliases_nonempty_and_long_enough() -> None:
    for name, e in _all_entries():
        assert e.aliases, f"{name}:{e.id} has no alias"
        for a in e.aliases:
            assert a.text.strip(), f"{name}:{e.id} empty alias"
            assert len(" ".join(fold_text(a.text).split())) >= 2, f"{name}:{e.id} alias {a.text!r} too short"
        for key in ("anaphora", "adjectives"):
            for w in e.extra.get(key, ()) or ():
                assert len(fold_text(w)) >= 2, f"{name}:{e.id} {key} {w!r}"


def test_ambiguous_aliases_are_deliberate() -> None:
    """A folded alias may name two entries only when all but one of them are date-bounded or need context."""
    owners: dict[str, set[str]] = defaultdict(set)  # folded alias -> ids that claim it unconditionally
    for _, e in _all_entries():
        entry_bounded = bool(e.valid_from or e.valid_to)
        for a in e.aliases:
            if entry_bounded or a.valid_from or a.valid_to or a.requires:
                continue
            owners[" ".join(fold_text(a.text).split())].add(e.id)
    clashes = {k: sorted(v) for k, v in owners.items() if len(v) > 1}
    assert not clashes, clashes


def test_date_bounded_aliases_do_not_overlap() -> None:
    """Two entries sharing a bounded alias must do so in disjoint periods (or with different requirements)."""
    spans: dict[tuple[str, str | None], list[tuple[str, str, str]]] = defaultdict(list)
    for _, e in _all_entries():
        for a in e.aliases:
            lo = a.valid_from or e.valid_from
            hi = a.valid_to or e.valid_to
            if lo or hi:
                key = (" ".join(fold_text(a.text).split()), a.requires)
                spans[key].append((lo or "0000", hi or "9999", e.id))
    for key, items in spans.items():
        items.sort()
        for (_, hi1, id1), (lo2, _, id2) in itertools.pairwise(items):
            if id1 != id2:
                assert hi1 <= lo2, f"{key[0]!r}: {id1} and {id2} overlap"


def test_common_word_outlet_aliases_need_a_cue() -> None:
    common = {fold_text(w) for w in COMMON_WORD_OUTLET_ALIASES}
    found = set()
    for e in packs.entity_pack("outlets"):
        for a in e.aliases:
            key = fold_text(a.text)
            if key in common:
                found.add(key)
                assert a.requires in {"cue", "quoted"}, f"{e.id}: {a.text!r} needs requires"
    assert found == common


def test_no_bare_common_words_as_actor_aliases() -> None:
    banned = {fold_text(w) for w in ("الدولة", "الجيش", "النظام", "الحكومة", "التنظيم", "القوات", "الحزب",
                                      "الهيئة", "الإدارة", "التحالف", "الفصائل", "الحشد", "القاعدة")}
    for name, e in _all_entries():
        for a in e.aliases:
            assert fold_text(a.text) not in banned, f"{name}:{e.id} alias {a.text!r} is a common word"


def test_capitals_are_marked() -> None:
    capitals = {fold_text(w) for w in ("أنقرة", "واشنطن", "طهران", "موسكو", "بغداد", "دمشق", "بيروت")}
    for _, e in _all_entries():
        for a in e.aliases:
            if fold_text(a.text) in capitals:
                assert a.requires == "capital", f"{e.id}: {a.text!r}"


def test_state_entries_have_adjectives() -> None:
    by_id = {e.id: e for e in packs.entity_pack("actors")}
    for sid in ("iran", "turkey", "usa", "russia", "iraq", "israel", "syria"):
        assert by_id[sid].kind == "state"
        assert by_id[sid].extra.get("adjectives"), sid
    assert "الإيرانية" in by_id["iran"].extra["adjectives"]
    assert "الأتراك" in by_id["turkey"].extra["adjectives"]


# ---------------------------------------------------------------- behaviour with the phrase index

def _index(names: tuple[str, ...]) -> PhraseIndex:
    idx = PhraseIndex()
    for name in names:
        for e in packs.entity_pack(name):
            for a in e.aliases:
                idx.add(a.text, e.id)
    return idx


@pytest.fixture(scope="module")
def index() -> PhraseIndex:
    return _index(PACKS)


def _ids(idx: PhraseIndex, text: str) -> list[str]:
    f = fold(text)
    return [p for m in idx.find(f.text) for p in m.payloads]


def test_finds_sdf_in_quotes_and_with_proclitic(index: PhraseIndex) -> None:
    assert "sdf" in _ids(index, "وأكد أن «قسد» ستنسحب من المنطقة")
    assert "sdf" in _ids(index, "وطالب الأهالي بقسد أن تفرج عن المعتقلين")
    assert "sdf" in _ids(index, "واشتبك الجيش مع قسد")


def test_spelling_variants_resolve_to_one_id(index: PhraseIndex) -> None:
    assert _ids(index, "قالت قوات سورية الديمقراطية") == ["sdf"]
    assert _ids(index, "قالت قوات سوريا الديمقراطية") == ["sdf"]
    assert _ids(index, "قالت قوات سوريّة الديمقراطيّة") == ["sdf"]
    assert _ids(index, "مليشيا قسد") == _ids(index, "ميليشيا قسد") == ["sdf"]


def test_longest_match_picks_the_specific_actor(index: PhraseIndex) -> None:
    assert _ids(index, "أعلنت وحدات حماية الشعب الكردية") == ["ypg"]
    assert _ids(index, "هاجم الجيش السوري الحر") == ["fsa"]
    assert _ids(index, "عناصر كتائب حزب الله العراقي") == ["kataib-hezbollah"]


def test_isis_forms(index: PhraseIndex) -> None:
    for text in ("هجوم لتنظيم الدولة الإسلامية", "خلايا داعش", "اعتقال داعشي", "تنظيم الدولة", "الدواعش"):
        assert "isis" in _ids(index, text), text


def test_outlet_with_lam(index: PhraseIndex) -> None:
    assert _ids(index, "وقال للجزيرة نت إن") == ["aljazeera-net"]
    assert _ids(index, "بحسب عنب بلدي") == ["enab-baladi"]
    assert "sy24" in _ids(index, "خاص - SY24")


def test_dated_army_aliases() -> None:
    by_id = {e.id: e for e in packs.entity_pack("actors")}
    key = fold_text("الجيش السوري")
    old = [a for a in by_id["syr-army-assad"].aliases if fold_text(a.text) == key]
    new = [a for a in by_id["syr-army-new"].aliases if fold_text(a.text) == key]
    assert old and new
    assert all(a.valid_to == "2024-12-08" for a in old)
    assert all(a.valid_from == "2024-12-08" for a in new)


def test_yemen_actors(index: PhraseIndex) -> None:
    assert _ids(index, "تقدمت قوات الشرعية اليمنية نحو المطار") == ["yemen-army"]
    assert _ids(index, "وسيطرت ألوية العمالقة على المديرية") == ["giants-brigades"]
    assert _ids(index, "أعلن المجلس الانتقالي الجنوبي") == ["stc"]
    assert _ids(index, "غارة نفذها التحالف الذي تقوده السعودية") == ["saudi-coalition-yemen"]
    assert _ids(index, "نسبت إلى تنظيم القاعدة في جزيرة العرب") == ["aqap"]


def test_state_forces_are_not_the_state(index: PhraseIndex) -> None:
    assert _ids(index, "اعترضت قوات الدفاع الجوي السعودي صاروخا") == ["saudi-armed-forces"]
    assert _ids(index, "وصلت القوات الإماراتية إلى الميناء") == ["uae-armed-forces"]


def test_new_outlets_and_spellings(index: PhraseIndex) -> None:
    assert _ids(index, "نقلت وكالة الأنباء الفرنسية عن مسؤول") == ["afp"]
    assert _ids(index, "بحسب وكالة الإعلام الروسية") == ["ria-novosti"]
    assert _ids(index, "قال لراديو روزنة") == ["rozana"]
    assert _ids(index, "في مقابلة مع شبكة سي بي إس") == ["cbs"]


@pytest.mark.parametrize(("day", "who"), [
    ("2017-06-01", "avigdor-liberman"), ("2020-01-15", "naftali-bennett"), ("2021-03-01", "benny-gantz"),
    ("2023-05-01", "yoav-gallant"), ("2025-02-01", "israel-katz"),
])
def test_title_alias_follows_the_term_of_office(day: str, who: str) -> None:
    from marsad.stages.entities import _valid

    key = fold_text("وزير الدفاع الإسرائيلي")
    holders = {e.id for e in packs.entity_pack("people") for a in e.aliases
               if fold_text(a.text) == key and _valid(a, e, day)}
    assert holders == {who}


def test_title_alias_periods_are_disjoint_for_one_title() -> None:
    key = fold_text("وزير الخارجية اليمني")
    spans = sorted((a.valid_from or "", a.valid_to or "9999", e.id)
                   for e in packs.entity_pack("people") for a in e.aliases if fold_text(a.text) == key)
    assert [s[2] for s in spans] == ["abdulmalik-al-mikhlafi", "khaled-al-yamani"]


def test_libyan_army_and_iranian_kurds_are_their_own_actors(index: PhraseIndex) -> None:
    # the longer alias wins over the Syrian National Army and Iraq's KDP, whose names they contain
    assert _ids(index, "تقدمت قوات الجيش الوطني الليبي نحو المدينة") == ["lna"]
    assert _ids(index, "اشتبكت قوات حفتر مع مسلحين") == ["lna"]
    assert _ids(index, "أعلن الجيش الليبي السيطرة على الحقل") == ["lna"]
    assert _ids(index, "قصف مقرات الحزب الديمقراطي الكردستاني الإيراني") == ["kdpi"]
    assert _ids(index, "فاز الحزب الديمقراطي الكردستاني بالانتخابات") == ["kdp"]


def _resolved(text: str) -> list[tuple[str | None, list[str]]]:
    from datetime import date

    from marsad import pipeline as P

    stages = P.build(["metadata", "entities", "places.candidates", "names", "resolve"])
    doc = P.run(P.make_doc(text, published=date(2020, 6, 1)), stages)
    return sorted((e.ref, [m.text for m in e.mentions]) for e in doc.entities if e.type == "actor" and e.mentions)


def test_bare_national_army_follows_the_army_the_article_names() -> None:
    libya = "سيطر الجيش الوطني الليبي على البلدة، وقال متحدث باسم الجيش الوطني إن المعارك انتهت."
    assert _resolved(libya) == [("lna", ["الجيش الوطني الليبي", "الجيش الوطني"])]
    syria = "سيطر الجيش الوطني على قرى في ريف حلب، وقال متحدث إن المعارك انتهت."
    assert _resolved(syria) == [("sna", ["الجيش الوطني"])]


def test_houthi_nisba_and_isis_member_forms() -> None:
    text = "هاجمت الميليشيات الحوثية الموقع وقتل عشرة من مقاتلي الحوثي، واعتقل الجيش اثنين من الداعشيين."
    got = dict(_resolved(text))
    assert got["houthis"] == ["الميليشيات الحوثية", "مقاتلي الحوثي"]
    assert got["isis"] == ["الداعشيين"]
    # the nisba alone names the group only after a head noun of a party's means
    assert dict(_resolved("استهدفت الطائرات الحوثية المطار"))["houthis"] == ["الحوثية"]
    assert "houthis" not in dict(_resolved("زار الوزير المدينة الحوثية القديمة"))


def _people(text: str) -> list[tuple[str | None, list[str]]]:
    from datetime import date

    from marsad import pipeline as P

    stages = P.build(["metadata", "entities", "places.candidates", "names", "resolve"])
    doc = P.run(P.make_doc(text, published=date(2020, 6, 1)), stages)
    return sorted((e.ref, [m.text for m in e.mentions]) for e in doc.entities if e.type == "person" and e.mentions)


def test_age_words_do_not_continue_a_name() -> None:
    text = "وقالت سلمى البالغة من العمر ثلاثين عاما إن بيتها تهدم، وروى جارها البالغ من العمر ستين عاما ما جرى."
    assert not any("البالغ" in " ".join(ms) or "العمر" in " ".join(ms) for _ref, ms in _people(text))


def test_hijri_calendar_is_not_the_druze_sheikh() -> None:
    for text in (
        "يتزامن مطلع التقويمين الهجري والميلادي هذا الشهر.",
        "احتفل المسلمون ببداية العام الهجري الجديد، وفق التقويم الهجري المعتمد.",
    ):
        assert not any(ref == "hikmat-al-hijri" for ref, _ms in _people(text)), text
    # his full name and titled short form still count, and the bare family name after them
    text = "دعا الشيخ حكمت الهجري إلى التهدئة في السويداء. وقال الهجري إن الحوار هو الحل."
    got = dict(_people(text))
    assert "hikmat-al-hijri" in got and len(got["hikmat-al-hijri"]) == 2
    assert [ref for ref, _ms in _people("استقبل الشيخ الهجري وفدا من الوجهاء.")] == ["hikmat-al-hijri"]


def test_iraqi_outlets_and_monitors_by_their_arabic_names() -> None:
    text = ("وذكر التلفزيون الرسمي العراقي أن الهجوم انتهى، فيما قالت منظمة اير وورز إن الغارات أوقعت ضحايا "
            "قرب القنصلية الأمريكية في أربيل.")
    refs = {e.ref: e.type for e in marsad.analyze(text).entities}
    assert refs.get("aliraqiya") == "outlet" and refs.get("airwars") == "outlet"
    assert refs.get("fac-us-consulate-erbil") == "place"


def test_state_words_cuts() -> None:
    by_id = packs.state_words()
    assert by_id[fold_text("التركي")] == "turkey" and by_id[fold_text("الأتراك")] == "turkey"
    # the country code, and the state's own names too
    by_country = packs.state_words("country", names=True)
    assert by_country[fold_text("العراق")] == "IQ" and by_country[fold_text("العراقية")] == "IQ"
    # singular nisbas only, none that is also a name
    singular = packs.state_words(singular=True, not_names=True)
    assert fold_text("الروسية") in singular and fold_text("الأتراك") not in singular
    assert fold_text("سورية") not in singular
    # any actor with adjectives, not only states
    assert set(packs.state_words()) <= set(packs.state_words(states_only=False))
