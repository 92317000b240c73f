"""Stage `ner`: the recogniser's spans as candidates, and resolve's rule pack > pattern > ner."""

from __future__ import annotations

import pytest

from marsad import pipeline as P
from marsad.ner import NerModelError, default_tagger
from marsad.pipeline import Candidate
from marsad.stages import ner as ner_stage
from marsad.stages import resolve


def _stages(with_ner: bool = True) -> list[P.StageSpec]:
    names = list(P.DEFAULT_STAGES)
    if with_ner and "ner" not in names:
        names.insert(names.index("names") + 1, "ner")
    if not with_ner and "ner" in names:
        names.remove("ner")
    return P.build(names)


def _run(text: str, with_ner: bool = True) -> P.Doc:
    return P.run(P.make_doc(text), _stages(with_ner))


def test_unknown_person_after_a_verb_is_found():
    text = "وقال تيموثي قلدس الباحث في معهد التحرير إن الوضع في حلب خطير."
    assert not [e for e in _run(text, with_ner=False).entities if e.type == "person"]
    people = [e for e in _run(text).entities if e.type == "person"]
    assert [e.name_ar for e in people] == ["تيموثي قلدس"]
    assert [m.how for m in people[0].mentions] == ["ner"]
    assert people[0].name.isascii()


def test_pack_wins_over_ner():
    doc = _run("قال الرئيس السوري بشار الأسد في دمشق إن الحرب انتهت.")
    assert any(c.how == "ner" and c.type == "person" for c in doc.candidates)  # the model saw him too
    people = [e for e in doc.entities if e.type == "person" and e.mentions]
    assert [e.ref for e in people] == ["bashar-al-assad"]
    assert all(m.how != "ner" for e in doc.entities for m in e.mentions)


def _select(text: str, cands: list[Candidate]) -> list[tuple[int, int, str]]:
    doc = P.make_doc(text)
    return [(c.start, c.end, c.how) for c in resolve._select(doc, cands)]


def test_ner_never_splits_or_stretches_a_pack_name():
    text = "ثم التقى محمد أحمد العلي بالوفد"
    pack = Candidate(9, 18, "person", ("x",), how="pack", priority=2)  # محمد أحمد
    crossing = Candidate(14, 24, "person", (), how="ner", name_ar=text[14:24])  # أحمد العلي
    longer = Candidate(4, 24, "person", (), how="ner", name_ar=text[4:24])
    assert _select(text, [pack, crossing]) == [(9, 18, "pack")]
    assert _select(text, [pack, longer]) == [(9, 18, "pack")]


def test_pattern_beats_ner_and_ner_fills_free_text():
    text = "قال الصحفي خالد عمر إن سمير داود وصل"
    pattern = Candidate(11, 19, "person", (), how="pattern", priority=1, name_ar=text[11:19])
    ner_long = Candidate(4, 19, "person", (), how="ner", name_ar=text[4:19])
    ner_free = Candidate(23, 32, "person", (), how="ner", name_ar=text[23:32])
    assert _select(text, [ner_long, pattern, ner_free]) == [(11, 19, "pattern"), (23, 32, "ner")]


def test_ner_person_ending_a_full_name_is_that_person():
    text = "قال رامي عبد الرحمن مدير المرصد إن القصف استمر. وقال عبد الرحمن إن الوضع سيئ."
    doc = P.make_doc(text)
    s = text.index("رامي")
    second = text.index("عبد الرحمن", s + 10)
    doc.candidates = [
        Candidate(s, s + len("رامي عبد الرحمن"), "person", (), how="pattern", priority=1,
                  name_ar="رامي عبد الرحمن"),
        Candidate(second, second + len("عبد الرحمن"), "person", (), how="ner", name_ar="عبد الرحمن"),
    ]
    resolve.run(doc)
    people = [e for e in doc.entities if e.type == "person" and e.mentions]
    assert len(people) == 1 and [m.how for m in people[0].mentions] == ["pattern", "ner"]


def test_org_only_with_a_formation_head():
    doc = P.make_doc("وقالت المنظمة الدولية إن حركة أحرار الجنوب ومنظمة إرهابية")
    spans = [
        ner_stage._Shifted(6, 22, "ORG"),  # المنظمة الدولية: a description
        ner_stage._Shifted(25, 42, "ORG"),  # حركة أحرار الجنوب
        ner_stage._Shifted(43, 57, "ORG"),  # ومنظمة إرهابية
        ner_stage._Shifted(31, 42, "MISC"),
    ]
    got = [(c.type, doc.text[c.start:c.end]) for c in ner_stage.candidates_for(doc, spans)]
    assert got == [("actor", "حركة أحرار الجنوب")]


def test_clitics_are_trimmed_and_places_get_gazetteer_refs():
    doc = P.make_doc("ووصل وعبد المنعم خليل إلى وحلب")
    spans = [ner_stage._Shifted(5, 21, "PER"), ner_stage._Shifted(26, 30, "LOC")]
    got = ner_stage.candidates_for(doc, spans)
    assert [(c.type, doc.text[c.start:c.end]) for c in got] == [("person", "عبد المنعم خليل"), ("place", "حلب")]
    assert got[1].refs


def test_missing_model_fails_only_when_the_stage_runs(monkeypatch, tmp_path):
    monkeypatch.setenv("MARSAD_NER_MODEL", str(tmp_path / "none.zip"))
    default_tagger.cache_clear()
    try:
        _run("قال مسؤول إن القصف استمر.", with_ner=False)  # no ner stage: no model needed
        with pytest.raises(NerModelError) as err:
            _run("قال مسؤول إن القصف استمر.")
        assert err.value.code == "E205" and "marsad train ner" in str(err.value)
    finally:
        monkeypatch.delenv("MARSAD_NER_MODEL")
        default_tagger.cache_clear()


@pytest.mark.parametrize("text", [
    "", " ", "\n\n\n", "....", "؟؟!!", "\u064b\u064c\u0640", "abc DEF 123", "ـ" * 50,
    "كلمة" * 3000, ("قال أحمد " * 400), "«»“”\"'", "\u200f\u200eدمشق\u200f",
])
def test_odd_text_does_not_crash(text):
    doc = _run(text)
    for c in doc.candidates:
        assert 0 <= c.start <= c.end <= len(doc.text)


def test_cued_scope_tags_only_attribution_sentences(monkeypatch):
    text = "وصل سمير داود إلى المدينة أمس\nوقال تيموثي قلدس إن الوضع خطير."
    monkeypatch.setenv("MARSAD_NER_SCOPE", "cued")
    doc = P.make_doc(text)
    assert [text[a:b].strip() for a, b in ner_stage.cued_spans(doc)] == ["وقال تيموثي قلدس إن الوضع خطير."]
    ner_stage.run(doc)
    assert doc.candidates and all(c.start >= text.index("وقال") for c in doc.candidates)


def test_ner_place_does_not_turn_a_party_into_a_place():
    text = "شنت تركيا هجوما على المدينة"
    s = text.index("تركيا")
    doc = P.make_doc(text)
    P.run(doc, P.build(["entities"]))
    doc.candidates.append(Candidate(s, s + 5, "place", ("country-tr",), how="ner", attrs={"ner": "LOC"}))
    resolve.run(doc)
    assert [(e.type, [m.how for m in e.mentions]) for e in doc.entities if e.mentions] == [("actor", ["pack"])]


def test_cued_sentences_are_tagged_as_one_document(monkeypatch):
    """All cued sentences go to the tagger in one call, so a name it finds in one of them can tag its
    repeat in another (`Tagger.tag_document`)."""
    import marsad.ner

    calls: list[object] = []

    class Fake:
        def find_entities(self, text, within=None):
            calls.append(within)
            return []

    text = "قال المتحدث سامر قبلان إن القصف مستمر.\nوصل الوفد أمس.\nوأضاف قبلان أن المفاوضات توقفت."
    monkeypatch.setenv("MARSAD_NER_SCOPE", "cued")
    monkeypatch.setattr(marsad.ner, "default_tagger", lambda: Fake())
    doc = P.make_doc(text)
    ner_stage.run(doc)
    assert len(calls) == 1 and calls[0] == ner_stage.cued_spans(doc) and len(calls[0]) == 2
    monkeypatch.setenv("MARSAD_NER_SCOPE", "all")
    ner_stage.run(P.make_doc(text))
    assert calls[-1] is None


def _loc(text: str, word: str) -> list[tuple[str, tuple[str, ...]]]:
    """The place candidate the stage makes of a LOC span over `word` (its first occurrence)."""
    doc = P.make_doc(text)
    s = text.index(word)
    got = ner_stage.candidates_for(doc, [ner_stage._Shifted(s, s + len(word), "LOC")])
    return [(doc.text[c.start:c.end], c.refs) for c in got]


@pytest.mark.parametrize(("text", "word"), [
    ("دان الوزير القصف الذي طال المدنيين", "دان"),  # a verb, not a village of that name
    ("ويقيم في بلاد الشام منذ سنوات", "لاد"),  # the tail of another word
    ("توقف الحضور عند مشهد أمس", "مشهد"),  # also "a scene": needs a place noun, as in the places stage
    ("وقال إن حجة الطرفين ضعيفة", "حجة"),
    ("نقلت وسائل إعلام سورية أن الطائرات عادت", "سورية"),  # a nisba after an indefinite noun
    ("قال قائد فيلق القدس إن", "القدس"),  # a formation's name
    ("بحسب وكالة تونس أفريقيا للأنباء", "تونس"),
])
def test_ner_place_obeys_the_places_cue_rules(text: str, word: str) -> None:
    assert _loc(text, word) == []


def test_ner_place_with_its_cue_or_a_plain_name() -> None:
    assert [n for n, _ in _loc("وصل الوفد إلى مدينة جدة أمس", "جدة")] == ["جدة"]
    assert [n for n, _ in _loc("عاد اللاجئون إلى سورية", "سورية")] == ["سورية"]
    assert [n for n, _ in _loc("اتهم الوزير تونس بالتقصير", "تونس")] == ["تونس"]  # a name that needs no cue
    # the proclitic that leaves a name meeting its rules: و + لبنان, not ول + a village بنان
    (name, refs), = _loc("زار الوفد سوريا ولبنان", "ولبنان")
    assert name == "لبنان" and refs


def test_person_made_only_of_ideology_adjectives_is_dropped():
    # a party's description in brackets, which the tagger reads as a two-word name
    text = "فاز حزب العمال (اشتراكي ديمقراطي) على حزب الأحرار (الليبرالية المحافظة) وقال كارل يوهانسون"
    doc = P.make_doc(text)
    spans = [ner_stage._Shifted(text.index(s), text.index(s) + len(s), "PER")
             for s in ("اشتراكي ديمقراطي", "الليبرالية المحافظة", "كارل يوهانسون")]
    got = [doc.text[c.start:c.end] for c in ner_stage.candidates_for(doc, spans)]
    assert got == ["كارل يوهانسون"]


def _persons(text: str, *names: str) -> list[str]:
    """The person candidates for PER spans over `names` (each the first occurrence) in `text`."""
    doc = P.make_doc(text)
    spans = [ner_stage._Shifted(text.index(n), text.index(n) + len(n), "PER") for n in names]
    return [doc.text[c.start:c.end] for c in ner_stage.candidates_for(doc, spans)]


def test_conjunction_glued_to_an_unknown_first_name_is_taken_off():
    # تشاك is a common word of the corpus, وتشاك is not: the و is the conjunction
    assert _persons("اجتمع ديفيد بترايوس وتشاك هيغل في واشنطن", "وتشاك هيغل") == ["تشاك هيغل"]
    # a first name the corpus does not know loses its و when the article names it without one
    text = "وصل مارتن كوبلر ويوناس ستورموفسكي إلى الخرطوم. وقال يوناس إن الزيارة قصيرة."
    assert _persons(text, "ويوناس ستورموفسكي") == ["يوناس ستورموفسكي"]
    # given names that start with و keep it, and so does a name whose rest is no word of the article
    assert _persons("وقال وسام حداد إن الطريق مغلق", "وسام حداد") == ["وسام حداد"]
    assert _persons("وقال ويلفريد بوناتي إن الطريق مغلق", "ويلفريد بوناتي") == ["ويلفريد بوناتي"]


def test_other_proclitics_come_off_only_when_the_article_has_the_bare_name():
    text = "وندد المؤتمر بجوزيف ستالين مرة أخرى. وكان جوزيف قد حكم طويلا."
    assert _persons(text, "بجوزيف ستالين") == ["جوزيف ستالين"]
    # كريم، بريان: names whose rest (ريم، ريان) is a word; without the bare word in the article they stay
    assert _persons("وقال كرستوفر نولان إن الفيلم جاهز", "كرستوفر نولان") == ["كرستوفر نولان"]


def test_a_title_before_the_name_is_left_out():
    assert _persons("وقال السيد جمال بدوي للصحفيين إن الاتفاق قريب", "السيد جمال بدوي") == ["جمال بدوي"]
    # a title and one word is no two-word name
    assert _persons("وقال السيد بدوي للصحفيين إن الاتفاق قريب", "السيد بدوي") == []
    # a title before an adjective or another role word is a description, not the start of a name
    assert _persons("وقال المحلل السياسي اللبناني إن الاتفاق قريب", "المحلل السياسي اللبناني") == []
    assert _persons("وقال الرئيس الفرنسي إيمانويل ماكرون إن الاتفاق قريب", "الرئيس الفرنسي إيمانويل ماكرون") == []


def test_a_word_with_a_preposition_and_the_article_is_no_part_of_a_name():
    text = "افتتحت جامعة الأمير نايف للعلوم الأمنية فرعا جديدا"
    assert _persons(text, "نايف للعلوم") == []
    assert _persons("وقال سعيد بالقاسم إن القرار صدر", "سعيد بالقاسم") == ["سعيد بالقاسم"]


def test_a_stop_word_with_a_proclitic_begins_no_name():
    assert _persons("وبحسب المصادر، فإن طه سيصل غدا", "فإن طه") == []
    # folded, فإن is فان: the Dutch particle as written keeps its name
    assert _persons("وقال فان دورن إنه سيزور الكويت", "فان دورن") == ["فان دورن"]


def test_military_ranks_titles_adverbs_and_common_nouns_make_no_name():
    # a Western rank before the name is a title, left out of it
    assert _persons("وأكد الكولونيل توماس بيرغر أن الدورية عادت", "الكولونيل توماس بيرغر") == ["توماس بيرغر"]
    assert _persons("وقال كولونيل ستيفان ريختر إن القاعدة آمنة", "كولونيل ستيفان ريختر") == ["ستيفان ريختر"]
    assert _persons("وصرح الكولونيل المتقاعد بأن الخطة فشلت", "الكولونيل المتقاعد") == []
    # an adverb of time or manner is no first or last name
    assert _persons("وكان رئيس الحكومة وقتذاك فريد عزام يزور المدينة", "وقتذاك فريد عزام") == []
    assert _persons("واتصل به الوزير شخصيا مساء أمس", "به الوزير شخصيا") == []
    # common nouns the tagger reads as names: a driver, citizens, good neighbourliness, a procedure
    assert _persons("وأصيب سائق شاحنة في الحادث", "سائق شاحنة") == []
    assert _persons("واعتقل مواطنان ألمانيان عند المعبر", "مواطنان ألمانيان") == []
    assert _persons("ودعا إلى احترام حسن الجوار بين البلدين", "حسن الجوار") == []
    assert _persons("وطالب بإجراء انتخابات مبكرة", "بإجراء انتخابات") == []
    # the words stay usable in a real name around them
    assert _persons("وقال حسن الجبوري إن المعبر مغلق", "حسن الجبوري") == ["حسن الجبوري"]


def test_a_span_after_a_place_or_outlet_noun_is_no_person():
    # the tagger reads a foreign region, station or magazine named after its noun as a person
    assert _persons("وقال مسؤول في ولاية سكسونيا هولشتاين إن الشرطة تحقق", "سكسونيا هولشتاين") == []
    assert _persons("ونشرت مجلة لوموند ديبلوماتيك تقريرا عن الحرب", "لوموند ديبلوماتيك") == []
    assert _persons("وانفجرت القنبلة قرب محطة بارك رويال في لندن", "بارك رويال") == []
    # ولاية is also a term of office: a state only after في or ب
    assert _persons("وفي نهاية ولاية جورج بوش الثانية تغيرت السياسة", "جورج بوش") == ["جورج بوش"]
    # a verb or a noun with a possessive pronoun is no part of the name (names.not_a_person)
    assert _persons("وقال برينان ستيوارت إن القرار خاطئ", "برينان ستيوارت") == ["برينان ستيوارت"]
