"""The claims stage: attribution cues, chains of sources (isnad), continuations and quotes."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

try:
    from tests.conftest import shared_path
except ImportError:  # tests/ is not a package: pytest put it on the path itself
    from conftest import shared_path  # type: ignore[no-redef]
from marsad import model, pipeline
from marsad.errors import MarsadError
from marsad.stages import claims


def _claims(text: str, outlet: str | None = None) -> tuple[pipeline.Doc, list[model.Claim]]:
    """Run only the claims stage (it works without the entity stages, by pattern)."""
    doc = pipeline.make_doc(text, given={"outlet": outlet} if outlet else None)
    claims.run(doc)
    return doc, doc.claims


def _chain(c: model.Claim) -> list[tuple[str, str]]:
    return [(s.kind, s.text) for s in c.sources]


def test_outlet_spoken_to_is_the_outer_link() -> None:
    _, cs = _claims("ذكرت مصادر عسكرية (عراقية) لموقع صوت العاصمة أن رتلا عبر الحدود.")
    assert len(cs) == 1
    assert _chain(cs[0]) == [("outlet", "موقع صوت العاصمة"), ("anonymous", "مصادر عسكرية (عراقية)")]
    assert cs[0].sources[1].qualifiers == ("عسكرية", "عراقية")


def test_quoted_outlet_after_lam_and_own_outlet_dropped() -> None:
    text = "وقال شهود عيان لـ«المرصد اليومي» إن القصف طال السوق."
    _, cs = _claims(text)
    assert _chain(cs[0]) == [("outlet", "المرصد اليومي"), ("anonymous", "شهود عيان")]
    # the publisher itself is not a link of the chain
    _, cs = _claims(text, outlet="المرصد اليومي")
    assert _chain(cs[0]) == [("anonymous", "شهود عيان")]


def test_continuations_keep_the_chain() -> None:
    text = ("أفاد مصدر ميداني للإخبارية نت بأن القوات انسحبت من القرية. "
            "وأضاف أن الطريق ما زال مغلقا. ووفقا للمصدر ذاته، فإن الانسحاب تم ليلا.")
    _, cs = _claims(text)
    assert [c.id for c in cs] == ["c1", "c2", "c3"]
    assert _chain(cs[0]) == [("outlet", "الإخبارية نت"), ("anonymous", "مصدر ميداني")]
    assert cs[1].continues == "c1" and cs[1].sources == cs[0].sources
    # the ل of للمصدر took the article's alef: the surface is مصدر ذاته
    assert _chain(cs[2]) == [("outlet", "الإخبارية نت"), ("anonymous", "مصدر ذاته")]


def test_person_with_role_then_bare_surname() -> None:
    text = ("ويرى الباحث في الشؤون العسكرية سامر الحلبي أن التصعيد مؤقت. "
            "وفي سياق آخر، قال الحلبي إن المفاوضات متعثرة.")
    _, cs = _claims(text)
    assert cs[0].sources[0].kind == "person"
    assert cs[0].sources[0].role == "الباحث"
    assert "سامر الحلبي" in cs[0].sources[0].text
    assert _chain(cs[1]) == [("person", "الحلبي")]


def test_officials_and_unnamed_roles() -> None:
    _, cs = _claims("وكشف مسؤول تركي رفيع عن اجتماع قريب. وقال المتحدث باسم الجيش إن الهدوء عاد.")
    assert _chain(cs[0]) == [("official", "مسؤول تركي رفيع")]
    assert _chain(cs[1]) == [("official", "المتحدث باسم الجيش")]
    _, cs = _claims("وأكدت مصادر حكومية أن المعبر سيفتح.")
    assert cs[0].sources[0].kind == "official"


def test_documents_and_nested_report() -> None:
    _, cs = _claims("وأشارت تقارير صحفية إلى وقوع انفجار في المستودع.")
    assert _chain(cs[0]) == [("document", "تقارير صحفية")]
    text = "وقال مصدر أمني إن الهجوم كان متوقعا. وأكد وجود تقارير سرية حذرت من الهجوم."
    _, cs = _claims(text)
    assert [s.kind for s in cs[1].sources] == ["anonymous", "document"]
    assert cs[1].continues == "c1"


def test_denial_alleged_expected_hints() -> None:
    doc, cs = _claims("ونفى مصدر عسكري وقوع إصابات. وزعم ناشطون أن الطائرات قصفت المشفى. "
                      "وتوقع محللون أن يتصاعد القتال.")
    assert [claims.claim_modality(doc, c.id) for c in cs] == ["denied", "alleged", "expected"]


def test_direct_quote_extends_the_span() -> None:
    text = "وقال القائد الميداني أبو خالد الشامي: “لن نتراجع. سنبقى هنا حتى النهاية”. ثم غادر."
    doc, cs = _claims(text)
    c = cs[0]
    assert c.speech == "direct"
    assert doc.text[c.start:c.end].endswith("النهاية”")


def test_prepositional_cues_and_false_friends() -> None:
    _, cs = _claims("قتل ثلاثة مدنيين في قصف مدفعي، بحسب ناشطين محليين.")
    assert _chain(cs[0]) == [("anonymous", "ناشطين محليين")]
    assert cs[0].start == 0  # the content came before the cue
    # وحسب = "only", وفق خطة = "according to a plan", بين = "between": no claims
    _, cs = _claims("لا يهدد ذلك المدينة وحسب، بل الريف. وتم الانتشار وفق خطة معدة. ووقع خلاف بين الطرفين.")
    assert cs == []


@pytest.mark.parametrize("text, count, chain", [
    pytest.param("وسط أنباء وردت عن انسحاب القوات من البلدة.", None,
                 [("anonymous", "أنباء")],
                 id="noun-before-verb"),
    pytest.param("وقالت اللجنة في بيان صدر مساء الأحد، إن الحصيلة ارتفعت.", None,
                 [("official", "اللجنة")],
                 id="unknown-body-in-a-statement-is-official"),
    pytest.param("وقالت وكالة الأخبار الوطنية (وان) نقلاً عن مسؤول محلي إن الطريق فتح.", 1,
                 [("outlet", "وكالة الأخبار الوطنية (وان)"), ("official", "مسؤول محلي")],
                 id="parenthesised-abbreviation-and-relayed-source"),
    pytest.param("وفق ما أفادت به شبكة الرصد الشرقية، التي نقلت عن مصادر ميدانية أن القافلة وصلت.", None,
                 [("outlet", "شبكة الرصد الشرقية"), ("anonymous", "مصادر ميدانية")],
                 id="relative-clause-relaying-adds-an-inner-link"),
    pytest.param("ونص الاتفاق على أن تنسحب القوات من البلدة خلال أسبوع.", None,
                 [("document", "الاتفاق")],
                 id="a-text-that-provides-is-a-document"),
    pytest.param("ودعا المتحدث باسم البلدية إلى التهدئة، قائلاً إن الأسواق ستفتح الأحد.", None,
                 [("official", "المتحدث باسم البلدية")],
                 id="participle-gives-the-sentence-subject-a-claim"),
    pytest.param("ونقلت \"وكالة الرافد\" المحلية عن مصدر أمنى، أن الدورية عادت.", None,
                 [("outlet", "وكالة الرافد"), ("anonymous", "مصدر أمنى")],
                 id="quoted-outlet-subject-and-its-inner-source"),
    pytest.param("وبحسب (مصادر محلية)، عادت العائلات إلى القرية.", None,
                 [("anonymous", "مصادر محلية")],
                 id="according-to-in-parentheses-and-ma-with-object-pronoun-1"),
    pytest.param("اقترب الطرفان من اتفاق بحسب ما كشف عنه متحدثان باسم اللجنة.", None,
                 [("official", "متحدثان باسم اللجنة")],
                 id="according-to-in-parentheses-and-ma-with-object-pronoun-2"),
    pytest.param("حذر الرئيس من أن التصعيد خطير، وفقا لمكتب رئيس الوزراء.", 1,
                 [("official", "مكتب رئيس الوزراء"), ("official", "الرئيس")],
                 id="office-in-construct-relays-a-persons-claim"),
    pytest.param("وأصدرت نقابة الأطباء بيانا أوضحت فيه أن المستشفى أغلق.", None,
                 [("official", "نقابة الأطباء")],
                 id="issuer-of-a-statement-speaks-through-it-1"),
    pytest.param("وفي المساء صدر بيان قال فيه إن المستشفى أغلق.", None,
                 [("document", "بيان")],
                 id="issuer-of-a-statement-speaks-through-it-2"),
    pytest.param("وقالت الجماعة عبر قناتها على تلغرام إن مقاتليها أسقطوا طائرة مسيرة.", None,
                 [("official", "الجماعة")],
                 id="own-channel-is-the-medium-of-a-body"),
    pytest.param("وأشار المسؤول طالبا عدم كشف هويته إلى حصول اشتباكات.", None,
                 [("official", "المسؤول")],
                 id="words-after-a-title-that-are-no-part-of-it-1"),
    pytest.param("وقال الرئيس الفرنسي في وقت سابق إن أي ضربة ستكون محدودة.", None,
                 [("official", "الرئيس الفرنسي")],
                 id="words-after-a-title-that-are-no-part-of-it-2"),
    pytest.param("السفير الروسي من جانبه أكد أن بلاده ترفض القرار.", None,
                 [("official", "السفير الروسي")],
                 id="words-after-a-title-that-are-no-part-of-it-3"),
    pytest.param("وقال الملك الحكومة في خطاب التكليف إن الإصلاح ضروري.", None,
                 [("official", "الملك")],
                 id="words-after-a-title-that-are-no-part-of-it-4"),
])
def test_first_claim_chain(text: str, count: int | None, chain: list[tuple[str, str]]) -> None:
    """The chain of the first claim (and, where a case gives it, how many claims the text holds)."""
    _, cs = _claims(text)
    if count is not None:
        assert len(cs) == count
    assert _chain(cs[0]) == chain


def test_furniture_is_skipped() -> None:
    text = "قالت مصادر محلية إن السوق أغلق.\nأفادت وكالة الأنباء الرسمية بأن الطريق فتح."
    doc = pipeline.make_doc(text)
    line2 = text.index("أفادت")
    doc.furniture.append((line2, len(doc.text)))
    claims.run(doc)
    assert len(doc.claims) == 1


def test_claim_at() -> None:
    doc, cs = _claims("هدوء في المدينة. وقالت مصادر محلية إن القصف توقف.")
    pos = doc.text.index("القصف")
    assert claims.claim_at(doc, pos) is cs[0]
    assert claims.claim_at(doc, 0) is None


def test_linear_time_on_hostile_input() -> None:
    unit = "وأكد المصدر أن “قسد” قالت، بحسب ما أوردته المصادر ذاتها لـ«الوطن» إن مصادر مقربة من من في ل "

    def seconds(text: str) -> float:
        # CPU time of this process, not wall time: on a shared, loaded machine the wall clock of the same run
        # stretched eightfold (8 s for 1 s of CPU) and the 10 s bound failed with no change in the code
        # the best of three: on a loaded 2-core machine one run's CPU time stretched by 0.3 s (cache misses) with no
        # change in the code, and the bound below is about growth, not a one-off stall
        best = float("inf")
        for _ in range(3):
            doc = pipeline.make_doc(text)
            t0 = time.process_time()
            claims.run(doc)
            best = min(best, time.process_time() - t0)
        return best

    seconds("قال إن")  # packs and indexes loaded outside the measurement
    for piece, n in ((unit, 500_000 // len(unit)), ("“", 150_000), ("مصادر ", 80_000)):
        # twice the text takes about twice the time (quadratic work would take four times)
        once, twice = seconds(piece * n), seconds(piece * (2 * n))
        assert twice < 3 * once + 0.5 and twice < 10.0, (piece, once, twice)


# ---------------------------------------------------------------- seeds, scored like the evaluation

def _score_claims(scorer, predict) -> dict[str, dict]:
    gold_path = shared_path("eval", "seeds.gold.jsonl")
    acc = {"claims": scorer.PRF(), "sources": scorer.PRF()}
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        gold = json.loads(line)
        raw = (gold_path.parent / gold["source_file"]).read_text(encoding="utf-8")
        text, preds = predict(raw)
        g_cl = gold.get("claims") or []
        sents = [scorer.sentence_of(text, *scorer.locate(text, c["evidence"])) for c in g_cl]
        pairs = scorer.greedy(list(range(len(g_cl))), preds, lambda gi, pc, sents=sents:
                              scorer.overlaps((pc["start"], pc["end"]), sents[gi]))
        acc["claims"].add(len(pairs), len(preds) - len(pairs), len(g_cl) - len(pairs))
        matched = {gi for gi, _ in pairs}
        for gi, pi in pairs:
            gs, ps = g_cl[gi]["sources"], preds[pi]["sources"]
            sp = scorer.greedy(gs, ps, lambda a, b: a["kind"] == b["kind"]
                               and scorer.contains(a["text"], b["text"]))
            acc["sources"].add(len(sp), len(ps) - len(sp), len(gs) - len(sp))
        for gi in set(range(len(g_cl))) - matched:
            acc["sources"].add(0, 0, len(g_cl[gi]["sources"]))
    return {k: v.as_dict() for k, v in acc.items()}


def test_seeds_claims_stage_alone(scorer) -> None:
    """The stage by itself, with no entity stages and no metadata: pattern recognition only."""

    def predict(raw: str):
        doc, cs = _claims(raw)
        return doc.text, [c.to_dict() for c in cs]

    got = _score_claims(scorer, predict)
    # measured 1.00 / 1.00 when written; floors leave room for lexicon changes
    assert got["claims"]["f1"] >= 0.90, got
    assert got["sources"]["f1"] >= 0.85, got


def test_seeds_whole_pipeline(scorer) -> None:
    import marsad

    def predict(raw: str):
        art = marsad.analyze(raw).to_dict()
        return art["text"], art["claims"]

    try:
        got = _score_claims(scorer, predict)
    except MarsadError as e:  # a stage or pack of the pipeline not landed yet
        pytest.skip(f"pipeline not complete: {e}")
    assert got["claims"]["f1"] >= 0.80, got
    assert got["sources"]["f1"] >= 0.75, got


def test_attribution_pack_is_well_formed() -> None:
    from marsad.packs import load_json

    d = load_json("attribution")
    assert d["licence"] == "CC0-1.0" and d["version"] and d["sources"] and d["about"]
    kinds = set(d["source_nouns"].values())
    assert kinds <= {"anonymous", "official", "document", "person", "outlet"}
    for lemma, info in d["verbs"].items():
        assert info["forms"], lemma
        assert info.get("modality") in (None, "denied", "alleged", "expected"), lemma
    assert Path(claims.__file__).exists()


# ---------------------------------------------------------------- review fixes (hand-written sentences)


def _full(text: str, outlet: str | None = None) -> list[model.Claim]:
    """The whole pipeline, for rules that need the entity stages."""
    doc = pipeline.make_doc(text, given={"outlet": outlet} if outlet else None)
    pipeline.run(doc)
    return doc.claims


def test_bayna_is_between_unless_a_complement_follows() -> None:
    _, cs = _claims("جرى تبادل للأسرى بين الحكومة والفصائل المسلحة في المدينة.")
    assert cs == []
    _, cs = _claims("وبيّن المصدر الأمني أن الطريق أغلق مساء الأحد.")
    assert _chain(cs[0]) == [("anonymous", "المصدر الأمني")]


def test_arbitrary_words_are_no_person_source() -> None:
    _, cs = _claims("وتعتبر أي خطة تبقي على الحواجز عقبة أمام العودة.")
    assert cs == []


def test_quoted_actor_speaking_in_a_statement_is_official() -> None:
    cs = _full("وفي المقابل قالت «قوات سوريا الديمقراطية» في بيان إن مقاتليها صدوا التقدم.")
    assert [s.kind for s in cs[-1].sources] == ["official"]
    assert "قوات سوريا الديمقراطية" in cs[-1].sources[-1].text


def test_correspondents_speak_for_their_outlet() -> None:
    text = ('وقال مراسل "صدى الوادي" في البلدة إن القصف توقف. وأضاف المراسل أن الأهالي عادوا. '
            "وأفاد مراسلنا بأن الطريق مفتوح.")
    _, cs = _claims(text, outlet="نشرة الجبل")
    assert _chain(cs[0]) == [("outlet", "صدى الوادي"), ("anonymous", 'مراسل "صدى الوادي" في البلدة')]
    assert _chain(cs[1]) == [("outlet", "صدى الوادي"), ("anonymous", "المراسل")]
    assert _chain(cs[2]) == [("outlet", "نشرة الجبل"), ("anonymous", "مراسلنا")]
    # no outlet named and no publisher known: an unnamed correspondent is anonymous, never official
    _, cs = _claims("وأضاف المراسل أن الأهالي عادوا إلى منازلهم.")
    assert [s.kind for s in cs[0].sources] == ["anonymous"]


def test_title_then_named_person_between_commas() -> None:
    cs = _full("وقال رئيس بلدية القرية، خالد منصور، إن المياه قطعت منذ أيام.")
    assert cs[0].sources[-1].kind == "person"


def test_title_then_unknown_name_and_spokesman_of_a_body() -> None:
    _, cs = _claims("أعلن مدير الدائرة الفنية، سامي ورد، أن العمل توقف. وقال ورد إن الخطر قائم.")
    assert [s.kind for s in cs[0].sources] == ["person"] and [s.kind for s in cs[1].sources] == ["person"]
    _, cs = _claims("وقال متحدث باسم لجنة الإغاثة لإذاعة الساحل إن الطريق مغلق.")
    assert _chain(cs[0]) == [("outlet", "إذاعة الساحل"), ("official", "متحدث باسم لجنة الإغاثة")]


# ---------------------------------------------------------------- clause subjects, merges, unnamed outlets


def test_subject_before_the_verb_after_an_opener() -> None:
    _, cs = _claims("وكان مسؤولون أتراك قالوا للصحافيين إن المعبر سيفتح قريبا.")
    assert len(cs) == 1 and _chain(cs[0]) == [("official", "مسؤولون أتراك")]
    _, cs = _claims("لكن متحدثا باسم الجيش قال لقناة الغد إن الهجوم فشل.")
    assert _chain(cs[0]) == [("outlet", "قناة الغد"), ("official", "متحدثا باسم الجيش")]


def test_negated_verb_is_no_claim_and_the_next_adds_to_the_teller() -> None:
    _, cs = _claims('وقال ضابط في اللواء لم يذكر اسمه إن الطريق مقطوع.\nوأضاف: "لن نتراجع عن مواقعنا هنا".')
    assert len(cs) == 2
    assert _chain(cs[0]) == [("official", "ضابط في اللواء")] and cs[1].sources == cs[0].sources


def test_a_named_official_is_a_person() -> None:
    _, cs = _claims("أكدت مسؤولة محلية كبيرة تدعى سلمى يوسف أن المياه مقطوعة عن الحي.")
    assert len(cs) == 1 and _chain(cs[0]) == [("person", "مسؤولة محلية كبيرة تدعى سلمى يوسف")]


def test_unnamed_outlets_are_anonymous() -> None:
    _, cs = _claims("وذكرت صحيفة محلية أن السوق أغلق. وقالت وسائل إعلام حكومية إن الطريق فتح.")
    assert [_chain(c) for c in cs] == [[("anonymous", "صحيفة محلية")], [("anonymous", "وسائل إعلام حكومية")]]


def test_second_verb_of_one_teller_in_a_sentence_is_the_same_claim() -> None:
    _, cs = _claims("لكن الجيش نفى في بيان هذه الأنباء وقال إن قواته لم تقصف المدينة.")
    assert len(cs) == 1 and _chain(cs[0]) == [("official", "الجيش")]
    # a contrastive pronoun subject opens a claim of its own
    _, cs = _claims("وقال المحلل السياسي كريم ناصر إن الهدنة ستصمد، ولكنه اعتبر أن الخروقات ستتكرر.")
    assert len(cs) == 2 and cs[1].sources == cs[0].sources


def test_trailing_relay_is_the_outer_link_of_the_sentence_claims() -> None:
    text = ("وقال المتحدث باسم البلدية سامي خليل إن الوضع هادئ. وأضاف أن الطرق مفتوحة، "
            'وفقا لما نقلته وكالة أنباء "الفجر" المحلية.')
    _, cs = _claims(text)
    assert len(cs) == 2
    for c in cs:
        assert [s.kind for s in c.sources] == ["outlet", "person"] and "الفجر" in c.sources[0].text


def test_outlet_in_a_title_and_received_information() -> None:
    import marsad

    text = ("ذكر المرصد السوري لحقوق الإنسان أن القصف توقف.\nوقال مدير المرصد رامي عبد الرحمن إن الهدوء ساد. "
            'وقال عبد الرحمن "الوضع هادئ الآن في كل الأحياء".\n'
            "وأوضح المرصد أنه حصل على معلومات تفيد بأن الطائرات انسحبت. وقال إن السكان عادوا.\n"
            "وحسب معلومات المرصد، فقد قتل خمسة مدنيين.")
    cs = marsad.analyze(text).claims
    kinds = [[s.kind for s in c.sources] for c in cs]
    assert kinds == [["outlet"], ["outlet", "person"], ["person"], ["outlet", "anonymous"], ["outlet"], ["outlet"]]
    assert cs[3].sources[1].text == "معلومات"


def test_entity_subject_needs_no_complement() -> None:
    import marsad

    cs = marsad.analyze("أعلنت أنقرة، الخميس، مقتل جنديين في اشتباك على الحدود.").claims
    assert len(cs) == 1 and [s.kind for s in cs[0].sources] == ["official"]
    cs = marsad.analyze("وقتل ثلاثة مدنيين في القصف، الأمر الذي نفاه الجيش التركي.").claims
    assert len(cs) == 1 and cs[0].sources[0].text == "الجيش التركي"


def test_subject_before_qad_is_the_teller_not_the_object() -> None:
    _, cs = _claims("وكانت الحكومة قد اتهمت الشركة بتأخير الأعمال في الحي.")
    assert len(cs) == 1 and _chain(cs[0]) == [("official", "الحكومة")]
    _, cs = _claims("وكانت السلطات المحلية قد أكدت أمس أنها لا تنوي رفع الأسعار.")
    assert len(cs) == 1 and _chain(cs[0]) == [("official", "السلطات المحلية")]


def test_said_to_the_press_continues_the_previous_teller() -> None:
    text = ('قال المتحدث باسم البلدية سامي خليل إن الوضع هادئ. وقال للصحفيين، قبل مغادرته القاعة، إن '
            '"الطرق مفتوحة (...) والعمل مستمر. سنعلن التفاصيل لاحقا".\nوأضاف: "لن نتأخر في ذلك أبدا".')
    _, cs = _claims(text)
    assert len(cs) == 3
    assert all(c.sources[-1].kind == "person" and "سامي خليل" in c.sources[-1].text for c in cs)
    assert cs[1].speech == "direct"


def test_feminine_and_dual_spokespeople_are_official() -> None:
    _, cs = _claims("وقالت متحدثة باسم الشرطة المحلية إن التحقيق مستمر.")
    assert len(cs) == 1 and cs[0].sources[0].kind == "official"
    assert cs[0].sources[0].text == "متحدثة باسم الشرطة المحلية"


def test_one_definite_word_before_an_is_a_body() -> None:
    _, cs = _claims("وقالت الرئاسة إن الاجتماع تأجل إلى الأسبوع المقبل.")
    assert len(cs) == 1 and _chain(cs[0]) == [("official", "الرئاسة")]
    _, cs = _claims("وظهرت في مقطع مصور، قالت فيه إنها تلقت تهديدات.")
    assert all(c.sources[-1].text != "فيه" for c in cs)


def test_bare_correspondent_after_an_outlet_quoting_its_own() -> None:
    text = ('نقلت وكالة الفجر عن مراسلها أن دوي انفجار سمع في المدينة. '
            "وقال المراسل إن سيارات الإسعاف وصلت.")
    _, cs = _claims(text, outlet="الموقع الأخضر")
    assert len(cs) == 2
    assert _chain(cs[1]) == [("outlet", "وكالة الفجر"), ("anonymous", "المراسل")]


def test_content_after_an_is_not_an_inner_document() -> None:
    text = ('ونقلت وكالة الفجر عن مسؤول في الوفد قوله "انتهت الأزمة بيننا". '
            'وأضاف إن الاتفاقية "تمنح العمال حقوقا كثيرة".')
    _, cs = _claims(text)
    assert len(cs) == 2
    assert _chain(cs[0]) == [("outlet", "وكالة الفجر"), ("official", "مسؤول في الوفد")]
    assert _chain(cs[1]) == _chain(cs[0])


def test_nisba_adjective_qualifies_a_definite_body() -> None:
    text = ('ونقلت وكالة الفجر عن مسؤول قوله "انتهت الأزمة بيننا". '
            "ويعمل في البلاد نحو ألف عامل، بحسب الخارجية النيبالية، أغلبهم في البناء.")
    _, cs = _claims(text)
    assert _chain(cs[-1]) == [("official", "الخارجية النيبالية")]


def test_appositive_name_with_article_and_colon_quote() -> None:
    _, cs = _claims("وقال مدير المكتب، أحمد الخالد الحمد، إن الوضع هادئ.")
    assert len(cs) == 1 and cs[0].sources[0].kind == "person"
    _, cs = _claims('وقال المتحدث باسم الحملة، خوان موخيكا، بخصوص الخطوة التالية: "انتظرنا طويلا هنا".')
    assert len(cs) == 1 and cs[0].sources[0].kind == "person"


def test_continuation_verb_tabaat_needs_an() -> None:
    _, cs = _claims("قالت الوكالة إن الدفاعات تصدت للهجوم. وتابعت أن الأضرار محدودة.")
    assert len(cs) == 2 and _chain(cs[1]) == _chain(cs[0])
    _, cs = _claims("قالت الوكالة إن الدفاعات تصدت للهجوم. وتابعت القوات تقدمها نحو البلدة.")
    assert len(cs) == 1


# ---------------------------------------------------------------- unseen-text constructions (hand-written sentences)


def test_saying_participle_continues_the_teller_and_never_is_one() -> None:
    _, cs = _claims("قال قائد الشرطة إن الطريق مغلق. وتابع قائلاً: \"لن نسمح بعبور الشاحنات قبل الفجر\".")
    assert [_chain(c) for c in cs] == [[("official", "قائد الشرطة")]] * 2
    _, cs = _claims("وقال المحافظ إن المياه عادت. وتابعت المحافظة بالقول إن الكهرباء ستعود غدا.")
    assert all("بالقول" not in s.text for c in cs for s in c.sources)


def test_editorial_aside_is_no_claim_and_opens_a_clause() -> None:
    _, cs = _claims("وقال الوزير إن الحدود ستفتح. يذكر أن المعبر أغلق منذ عامين.")
    assert len(cs) == 1
    _, cs = _claims("يذكر أن الحكومة المحلية أعلنت في الربيع أن الطريق سيعبد.")
    assert _chain(cs[0]) == [("official", "الحكومة المحلية")]


def test_accusative_and_nisba_qualifiers_of_an_indefinite_source() -> None:
    _, cs = _claims("لكن مسؤولاً حكومياً ليبياً كشف أن الاتفاق جاهز.")
    assert cs[0].sources[0].kind == "official" and "ليبيا" in cs[0].sources[0].text


def test_definite_body_before_a_date_and_an() -> None:
    _, cs = _claims("وأعلنت الهيئة الدولية الخميس أنها سترسل فريقا.")
    assert _chain(cs[0]) == [("official", "الهيئة الدولية")]
    _, cs = _claims("ونشر الكاتب الانطباع أنه متفائل.")
    assert all(s.text != "الانطباع" for c in cs for s in c.sources)


def test_counterpart_and_adverb_before_the_subject() -> None:
    _, cs = _claims("وقال وزير الخارجية الهولندي يان بيترز إن الحل سياسي. "
                    "وقال نظيره النمساوي كارل هوبر إن الحوار ضروري.")
    assert cs[1].sources[0].text == "نظيره النمساوي كارل هوبر"
    _, cs = _claims("وقال حينها العقيد سامي الراوي إن الطائرة سقطت.")
    assert _chain(cs[0]) == [("person", "العقيد سامي الراوي")]


def test_outlet_name_tail_before_the_inner_source() -> None:
    _, cs = _claims("ونقلت وكالة الشرق للأنباء عن مدير المستشفى سالم الحديدي قوله إن الجرحى نقلوا.")
    assert [s.kind for s in cs[0].sources] == ["outlet", "person"]


def test_unparsed_name_after_a_verb_is_not_the_previous_teller() -> None:
    _, cs = _claims("وقال الوزير إن الوضع صعب. ويقول سمير (40 عاما) أحد السكان، إنه قلق.")
    # (round 15: the words up to إنه are read as the second verb's own teller, never the minister again)
    assert all(c.sources[-1].text != "الوزير" for c in cs[1:])
    assert len(cs) == 1 or cs[1].sources[-1].text.startswith("سمير")


def test_apposition_before_the_verb_keeps_the_name() -> None:
    cs = _full("لكن سامي الراوي، المتحدث باسم اللجنة، أكد أنه لا اتفاق بعد.")
    assert cs[0].sources[0].text.startswith("سامي الراوي")


def test_quoted_company_speaking_is_official_but_a_quoted_object_is_not() -> None:
    _, cs = _claims("وقالت \"نوفاتك\" إنها تلقت طلبا من الوزارة.")
    assert _chain(cs[0]) == [("official", "نوفاتك")]
    _, cs = _claims("وأعربت الوزارة عن \"أسفها\" في بيان صدر مساء.")
    assert all(s.text != "أسفها" for c in cs for s in c.sources)


def test_topic_relative_and_trailing_constructions() -> None:
    _, cs = _claims("وقالت البلدية إن المياه عادت. أما المتحدث باسم اللجنة فيرى أن الأزمة مستمرة.")
    assert _chain(cs[1]) == [("official", "المتحدث باسم اللجنة")]
    _, cs = _claims("وشكلت الوزارة لجنة يرأسها المتحدث باسم الوزارة الذي أعلن مرارا أنه يريد إصلاحها.")
    assert _chain(cs[0]) == [("official", "المتحدث باسم الوزارة")]
    # a relative clause that describes, not tells (التي تعتبر نواتها)
    _, cs = _claims("وانشق عناصر عن الهيئة التي تعتبر نواتها الصلبة.")
    assert cs == []
    _, cs = _claims("وتأخرت الرواتب، كما قال أحدهم (طلب عدم ذكر اسمه)، منذ أشهر.")
    assert cs[0].sources[0].kind == "anonymous"


def test_according_to_an_unlisted_body_but_not_a_date() -> None:
    _, cs = _claims("واضطرت القافلة إلى العودة، بحسب المفوضية العليا.")
    assert _chain(cs[0]) == [("official", "المفوضية العليا")]
    _, cs = _claims("وقصفت المدفعية التلال، وفق ما أفاد الأربعاء.")
    assert cs == []


def test_passive_relay_and_a_relay_verb_with_its_subject() -> None:
    _, cs = _claims("ونقل عن مصدر عسكري قوله إن الطريق أغلق.")
    assert _chain(cs[0]) == [("anonymous", "مصدر عسكري")]
    _, cs = _claims("وكانت قناة الفرات نقلت عن مصدر عسكري قوله إن الطريق أغلق.")
    assert [s.kind for s in cs[0].sources] == ["outlet", "anonymous"]


def test_and_said_mid_sentence_belongs_to_the_sentences_own_subject() -> None:
    text = "وقال الوزير إن الوضع صعب. وندد المتحدث باسم البلدية بالهجوم، وقال إن الأسواق ستغلق."
    _, cs = _claims(text)
    assert cs[-1].sources[-1].text.startswith("المتحدث باسم البلدية")


def test_a_saying_verb_that_ends_the_text_is_not_a_crash() -> None:
    # a feed that cuts the article right after the verb: no speaker follows it, and the article still reads
    import marsad

    text = "أعلن الرئيس الأمريكي قبول استقالة السفيرة، وهو الأمر الذي نفته"
    art = marsad.analyze(text)
    assert all(0 <= c.start < c.end <= len(art.text) for c in art.claims)


def _full_claims(text: str) -> list[tuple[str, list[str]]]:
    """The whole pipeline (the nominal cue and relative clause rules read the entities)."""
    import marsad

    return [(c.verb, [s.text for s in c.sources]) for c in marsad.analyze(text).claims]


def test_announcement_noun_with_a_named_body_is_a_claim_of_that_body() -> None:
    got = _full_claims("وتزامن ذلك مع إعلان وزارة الدفاع الروسية الثلاثاء تدمير مستودع للذخيرة قرب حماة.")
    assert ("إعلان", ["وزارة الدفاع الروسية"]) in got


def test_statement_noun_without_a_claim_after_its_body_is_no_claim() -> None:
    got = _full_claims("وتناقلت المواقع بيان وزارة الدفاع الروسية الصادر أمس.")
    assert all(verb != "بيان" for verb, _sources in got)


def test_accusation_noun_is_no_announcement() -> None:
    # the genitive of اتهام is as often the accused: no claim of the regime here
    got = _full_claims("وطالبت الدول الغربية بالتحقيق واتهام النظام السوري بشن الهجوم.")
    assert all("النظام السوري" not in sources for _verb, sources in got)


def test_name_after_a_relative_verb_is_its_object_not_a_teller() -> None:
    got = _full_claims("وقتل القيادي في غارة على سيارته، بحسب حزب الله الذي اتهم إسرائيل باغتياله.")
    assert [sources for _verb, sources in got] == [["حزب الله"]]


def test_name_after_a_relative_verb_with_a_complement_is_the_teller() -> None:
    got = _full_claims("وأصابت القذائف المستشفى الذي قالت وزارة الصحة إنه خرج عن الخدمة.")
    assert got == [("قالت", ["وزارة الصحة"])]


# ---------------------------------------------------------------- the isnad on unseen text (own sentences)


def test_two_tellers_of_one_verb_are_two_links() -> None:
    _, cs = _claims("وقال مدير الدفاع المدني ومسؤول محلي إن القصف دمر ثلاثة منازل.")
    assert _chain(cs[0]) == [("official", "مدير الدفاع المدني"), ("official", "مسؤول محلي")]
    _, cs = _claims("وبحسب ناشطين ومصادر طبية، فإن الغارة أوقعت خمسة قتلى.")
    assert _chain(cs[0]) == [("anonymous", "ناشطين"), ("anonymous", "مصادر طبية")]
    # a second phrase that runs on past the telling is the content, not a teller
    _, cs = _claims("وأكد مسؤول محلي ومصادر طبية تحدثت عن سقوط قتلى أن القصف استمر.")
    assert all(len(c.sources) == 1 for c in cs)


def test_trailing_naqlan_an_is_the_outlets_inner_link() -> None:
    _, cs = _claims("وقال التلفزيون الرسمي إن الحريق أخمد، نقلا عن مسؤولين في الدفاع المدني.")
    assert len(cs) == 1
    assert [s.kind for s in cs[0].sources] == ["outlet", "official"]
    assert cs[0].sources[1].text.startswith("مسؤولين")
    # after a person's claim it is no inner link of an outlet: left as it was
    _, cs = _claims("وقال قائد الشرطة إن الوضع مستقر، نقلا عن بيان رسمي.")
    assert all(c.sources[0].kind != "outlet" for c in cs)


def test_outlet_that_carried_a_statement_is_the_outer_link() -> None:
    _, cs = _claims("وقالت الوزارة، في بيان نقلته وكالة رويترز، إنها استهدفت رتلا.")
    assert _chain(cs[0])[0] == ("outlet", "وكالة رويترز")
    assert cs[0].sources[-1].kind == "official"
    _, cs = _claims("وأكدت الخارجية في تصريحات نشرتها قناة المنار أن السفير استدعي.")
    assert _chain(cs[0])[0] == ("outlet", "قناة المنار")
    # a statement on its own site carries no outlet
    _, cs = _claims("وأكدت الهيئة في بيان نشرته على موقعها أن عناصرها انسحبوا.")
    assert [s.kind for s in cs[0].sources] == ["official"]


def test_teller_inside_the_content_is_an_inner_link() -> None:
    _, cs = _claims("وقال المحافظ إن قوات الأمن ذكرت أن المهاجمين قتلوا جميعا.")
    assert len(cs) == 1
    assert _chain(cs[0]) == [("official", "المحافظ"), ("official", "قوات الأمن")]
    # the same inside a direct quote opened after a colon, past a preposition (تعليقا على)
    _, cs = _claims('وقال الوزير، في حديث للصحفيين تعليقا على التقارير: "الحكومة تقول الآن إن القوات انسحبت".')
    assert len(cs) == 1
    assert _chain(cs[0]) == [("official", "الوزير"), ("official", "الحكومة")]
    # a verb read as "is considered" inside the content has no teller before it
    _, cs = _claims("وقال الحزب إن الضربات تعتبر انتهاكا للسيادة.")
    assert [len(c.sources) for c in cs] == [1]


def test_verb_inside_the_last_quote_opens_no_claim() -> None:
    text = 'وقالت الوزارة في بيان إن "الحكومة إذ تؤكد التزامها بالاتفاق فإنها ترفض أي خرق له".'
    _, cs = _claims(text)
    assert len(cs) == 1


def test_impersonal_imperfect_does_not_continue_the_last_teller() -> None:
    _, cs = _claims("وأكد الجيش أن الهجوم فشل. ويتوقع أن تستمر العمليات أسبوعا.")
    assert len(cs) == 1
    # a subject-less past verb still goes on with the teller
    _, cs = _claims("وأكد الجيش أن الهجوم فشل. وأضاف أن العمليات مستمرة.")
    assert len(cs) == 2 and cs[1].continues == "c1"


def test_participle_after_a_medium() -> None:
    _, cs = _claims("كما انتقدت الوزارة القرار قائلة في بيان إن الخطوة انتهاك للسيادة.")
    assert len(cs) == 1 and cs[0].sources[-1].text.startswith("الوزارة")


def test_title_of_a_person_named_earlier_is_that_person() -> None:
    text = ("قال وزير الدفاع الفرنسي جان لوران إن قواته ستبقى. "
            "وتابع الوزير الفرنسي بالقول إن الانسحاب غير وارد.")
    _, cs = _claims(text)
    assert _chain(cs[1]) == [("person", "الوزير الفرنسي")]
    # a title no named person held stays an official
    _, cs = _claims("قال وزير الدفاع الفرنسي جان لوران إن قواته ستبقى. وقال الوزير الروسي إن بلاده ترفض.")
    assert cs[1].sources[-1].kind == "official"


def test_person_with_an_age_in_brackets() -> None:
    _, cs = _claims("ويقول حسن (52 عاماً) إن القذائف سقطت قرب منزله.")
    assert _chain(cs[0]) == [("person", "حسن")]
    _, cs = _claims("وتقول سعاد (40 عاما)، وهي أم لثلاثة أطفال، إنهم يعيشون في خيمة.")
    assert _chain(cs[0]) == [("person", "سعاد")]
    # brackets that hold no age name no person
    _, cs = _claims("ويقول حسن (المنطقة الشرقية) إن الطريق مغلق.")
    assert all(s.text != "حسن" for c in cs for s in c.sources)


def test_witnesses_and_vague_plural_sources() -> None:
    for text, want in [("وقال شهود عيان إن الطائرات حلقت فوق البلدة.", "شهود عيان"),
                       ("ويرى مراقبون أن التصعيد سيستمر.", "مراقبون"),
                       ("يقول محللون إن الانسحاب يعكس ضغوطا داخلية.", "محللون"),
                       ("وأفاد سكان محليون بأن المسلحين انسحبوا ليلا.", "سكان محليون")]:
        _, cs = _claims(text)
        assert _chain(cs[0]) == [("anonymous", want)], text
    # the word that completes a witness noun is its qualifier (grammar.witness_pairs)
    _, cs = _claims("وقال شاهد عيان إن الطائرات حلقت فوق البلدة.")
    assert _chain(cs[0]) == [("anonymous", "شاهد عيان")]
    assert cs[0].sources[0].qualifiers == ("عيان",)


def test_office_in_construct_is_an_official_teller() -> None:
    _, cs = _claims("قالت مصادر طبية إن القصف استمر. وقال مركز الدفاع المدني إن فرقه انتشلت جثتين.")
    assert _chain(cs[1]) == [("official", "مركز الدفاع المدني")]


def test_unparsed_teller_is_not_the_last_one_going_on() -> None:
    # "مؤيدو الحكومة" heads no office and no list names it: no claim rather than the medical sources again
    _, cs = _claims("قالت مصادر طبية إن القصف استمر. ويقول مؤيدو الحكومة إن الحماية كافية.")
    assert all(c.sources[-1].text != "مصادر طبية" for c in cs[1:])
    # a preposition or an adverb after the verb is no teller: the last one goes on
    for text in ("قالت الوزارة إن الطريق فتح. وحذرت من أن القصف قد يتجدد.",
                 "قالت الوزارة إن الطريق فتح. وقالت أيضا إن القوافل ستدخل."):
        _, cs = _claims(text)
        assert len(cs) == 2 and cs[1].continues == "c1", text


def test_verb_after_a_pronoun_complement_has_no_new_teller() -> None:
    _, cs = _claims("وقال الوزير إنه يعتبر الولايات المتحدة قوة احتلال.")
    assert [_chain(c) for c in cs] == [[("official", "الوزير")]]


def test_unnamed_witness_title_is_anonymous() -> None:
    _, cs = _claims("وقال شاهد عيان إن الطائرات قصفت السوق. وأضاف الشاهد أن القتلى مدنيون.")
    assert _chain(cs[1]) == [("anonymous", "الشاهد")]


def test_stance_and_connectives_inside_a_content_add_no_link() -> None:
    # a stance verb inside the content: what the content is about, not a further teller
    _, cs = _claims("وقال الوزير إن الحكومة أبدت استعدادها للحوار بأن تفتح المعابر.")
    assert [len(c.sources) for c in cs] == [1]
    # بيد أن opens a new clause: the official there is no inner link of the reports
    _, cs = _claims("وكانت تقارير أشارت إلى إغلاق المعبر، بيد أن مسؤولا محليا أعلن لاحقا أن المعبر فتح.")
    assert all(len(c.sources) == 1 for c in cs)


def test_restored_article_after_lam_for_bodies_only() -> None:
    _, cs = _claims("وقتل خمسة مدنيين، وفقا للحكومة المحلية.")
    assert _chain(cs[0]) == [("official", "الحكومة المحلية")]
    # an unnamed source keeps its surface (the ل took the alef): للمصادر ذاتها → مصادر ذاتها
    _, cs = _claims("قالت مصادر أمنية إن الطريق فتح. ووفقا للمصادر ذاتها، فإن القوافل دخلت.")
    assert cs[1].sources[-1].text == "مصادر ذاتها"


def test_threats_and_condemnations() -> None:
    doc, cs = _claims("وتوعد المتحدث باسم الجماعة بالرد على الغارة.")
    assert _chain(cs[0]) == [("official", "المتحدث باسم الجماعة")]
    assert claims.claim_modality(doc, cs[0].id) == "expected"
    _, cs = _claims("واستنكر مسؤول محلي القصف ووصفه بأنه جريمة.")
    assert _chain(cs[0]) == [("official", "مسؤول محلي")]


def test_verbal_noun_between_according_cue_and_teller() -> None:
    _, cs = _claims("وانسحب المقاتلون من التلة، بحسب تأكيد مصدر عسكري محلي.")
    assert len(cs) == 1 and _chain(cs[0]) == [("anonymous", "مصدر عسكري محلي")]
    _, cs = _claims("واحترقت ثلاث شاحنات حسب إفادة شهود عيان.")
    assert len(cs) == 1 and _chain(cs[0]) == [("anonymous", "شهود عيان")]
    _, cs = _claims("وتراجع عدد النازحين وفقاً لتقديرات مصادر طبية.")
    assert len(cs) == 1 and _chain(cs[0]) == [("anonymous", "مصادر طبية")]


def test_according_to_his_words_points_to_the_speaker() -> None:
    # a sentence with no claim: the subject of its first verb
    _, cs = _claims("وطالب رئيس البلدية سكان الحي بالبقاء في بيوتهم، بحسب تعبيره.")
    assert len(cs) == 1 and cs[0].sources[-1].text.startswith("رئيس البلدية")
    # a sentence whose claim already has the teller: nothing new
    _, cs = _claims("وقال المتحدث إن الطريق مغلق منذ يومين، على حد تعبيره.")
    assert len(cs) == 1 and _chain(cs[0]) == [("official", "المتحدث")]


def test_relayed_outlet_mid_sentence_and_trailing_is_the_outer_link() -> None:
    text = ("وقال القائد الميداني، سامر الحلبي، إن الهجوم صُدّ. "
            "وأكد الحلبي، بحسب ما نقله الموقع الرسمي للفرقة، أن خمسة مهاجمين قتلوا.")
    _, cs = _claims(text)
    assert [c.sources[0].kind for c in cs] == ["outlet", "outlet"]
    assert len(cs) == 2 and cs[1].sources[-1].text == "الحلبي"
    _, cs = _claims("وقالت وزارة الصحة إن المستشفى خرج عن الخدمة، حسب موقع \"الخبر اليوم\" الإخباري.")
    assert len(cs) == 1
    assert [s.kind for s in cs[0].sources] == ["outlet", "official"]
    # an outlet after a claim inside a relative clause tells the whole sentence: a claim of its own
    _, cs = _claims("وتقدمت الفصائل التي تعتبرها دمشق إرهابية، وباتت تسيطر على عشر قرى، وفق موقع \"الخبر اليوم\".")
    assert any(_chain(c) == [("outlet", 'موقع "الخبر اليوم"')] for c in cs)


def test_unnamed_bodies_with_a_lam_genitive_or_one_definite_word() -> None:
    _, cs = _claims("وقالت الهيئة الوطنية لشؤون المفقودين إن مئات الملفات لم تغلق.")
    assert len(cs) == 1 and _chain(cs[0]) == [("official", "الهيئة الوطنية لشؤون المفقودين")]
    _, cs = _claims("وقالت منظمة الإغاثة الدولية إن القافلة وصلت.")
    assert len(cs) == 1 and _chain(cs[0]) == [("official", "منظمة الإغاثة الدولية")]
    _, cs = _claims("وأعلن القصر الخميس أن الملك سيزور المدينة.")
    assert len(cs) == 1 and _chain(cs[0]) == [("official", "القصر")]
    # a verb that needs a subject still takes no bare definite word without أن/إن after it
    _, cs = _claims("ونقل الجرحى إلى مستشفى المدينة.")
    assert not cs


def test_agency_with_no_antecedent_is_an_unnamed_outlet() -> None:
    _, cs = _claims("ونقلت الوكالة عن مسؤول محلي قوله إن الجسر انهار.")
    assert len(cs) == 1 and [s.kind for s in cs[0].sources] == ["outlet", "official"]
    assert cs[0].sources[0].text == "الوكالة"
    # the same noun named a body before: that body, not an outlet
    _, cs = _claims("وصلت بعثة وكالة الطاقة إلى المنشأة. ونقلت الوكالة عن مسؤول قوله إن العمل بدأ.")
    assert not any(s.kind == "outlet" and s.text == "الوكالة" for c in cs for s in c.sources)


def test_respond_is_not_a_verb_of_telling() -> None:
    _, cs = _claims("وتعهد الجيش بأن يرد الهجوم، قبل أن ترد الفصائل بقصف مدفعي.")
    assert not any(c.verb in ("يرد", "ترد") for c in cs)


def test_according_cue_between_teller_and_content_is_an_outer_link() -> None:
    _, cs = _claims("وقال مندوب البرازيل بحسب المصادر ذاتها إن المشروع لن يمر.")
    assert len(cs) == 1
    assert [s.kind for s in cs[0].sources] == ["anonymous", "official"]
    assert cs[0].sources[-1].text == "مندوب البرازيل"


def test_leading_according_cue_joins_the_verb_claim_after_it() -> None:
    _, cs = _claims("وبحسب وكالة الأنباء الأردنية، قال الناطق باسم الجيش إن الطائرة سقطت.")
    assert len(cs) == 1
    assert [s.kind for s in cs[0].sources] == ["outlet", "official"]
    assert cs[0].sources[0].text == "وكالة الأنباء الأردنية"
    # after a comma inside the sentence the cue closes the clause before it, not the verb after it
    _, cs = _claims("وقصفت المدفعية البلدة، بحسب المرصد، الأمر الذي نفاه الجيش.")
    assert any(_chain(c) == [("outlet", "المرصد")] for c in cs)


def test_outlet_noun_then_preposition_has_no_name() -> None:
    _, cs = _claims("ونقلت وكالة الأنباء الأردنية عن مصدر قوله إن الحدود أغلقت. "
                    "وأضافت الوكالة في تقريرها إن المعبر مغلق.")
    assert len(cs) == 2 and cs[1].sources[0].text == "وكالة الأنباء الأردنية"


def test_subject_between_kana_and_verb_is_the_teller_not_the_object() -> None:
    _, cs = _claims("وكانت الحكومة اتهمت المعارضة بعرقلة الاتفاق.")
    assert len(cs) == 1 and cs[0].sources[-1].text == "الحكومة"
    _, cs = _claims("يذكر أن الحكومة كانت قد قالت خلال مؤتمر صحفي إن المعبر سيفتح.")
    assert len(cs) == 1 and cs[0].sources[-1].text == "الحكومة"


def test_inner_source_between_dashes_is_an_inner_link() -> None:
    _, cs = _claims("وقالت وكالة الأنباء الأردنية - نقلا عن مصادر طبية - إن الجرحى نقلوا إلى المستشفى.")
    assert len(cs) == 1
    assert [s.kind for s in cs[0].sources] == ["outlet", "anonymous"]


def test_one_given_name_after_a_definite_title_is_a_person() -> None:
    _, cs = _claims("وأكد الأمير حسن أن الحوار هو الطريق الوحيد.")
    assert len(cs) == 1 and cs[0].sources[0].kind == "person"


def test_denial_verb_makes_an_office_of_an_actor_a_teller_and_wa_qala_goes_on() -> None:
    cs = _full("وقال ناشطون إن القصف طال السوق. من جهته، نفى المركز الإعلامي لقوات سوريا الديمقراطية تلك "
               "الأنباء، وقال إن مقاتليه لم يدخلوا البلدة.")
    assert len(cs) == 2
    assert _chain(cs[1]) == [("official", "المركز الإعلامي لقوات سوريا الديمقراطية")]
    # a demonstrative after the office opens the object only after a verb of denial
    cs = _full("وأكد المركز الإعلامي لقوات سوريا الديمقراطية هذه الأرقام.")
    assert cs == []
    cs = _full("وأكد المركز الإعلامي لقوات سوريا الديمقراطية أن الأرقام صحيحة.")
    assert _chain(cs[0]) == [("official", "المركز الإعلامي لقوات سوريا الديمقراطية")]


def test_ma_verb_of_documenting_after_according_to() -> None:
    _, cs = _claims("وأصيب خمسة أطفال بجروح في القصف، وفق ما وثقته الشبكة السورية لحقوق الإنسان.")
    assert len(cs) == 1 and cs[0].sources[-1].kind in ("outlet", "official")
    assert "الشبكة السورية لحقوق الإنسان" in cs[0].sources[-1].text


def test_information_as_the_grounds_of_an_act_tells_nothing() -> None:
    _, cs = _claims("داهمت قوة أمنية منزلاً في الحي بناءً على معلومات استخباراتية واعتقلت مطلوبين.")
    assert cs == []
    _, cs = _claims("وقتل أربعة عناصر بحسب معلومات حصلت عليها مصادر محلية.")
    assert len(cs) == 1


def test_tweeting_is_telling_with_a_subject_and_content() -> None:
    _, cs = _claims('وغرّد المبعوث الأممي على منصة إكس "ندعو جميع الأطراف إلى ضبط النفس".')
    assert len(cs) == 1 and cs[0].sources[-1].kind in ("official", "person")
    _, cs = _claims("وغرد كثيرون على مواقع التواصل.")
    assert cs == []


def test_ascribing_words_to_someone_is_an_inner_link() -> None:
    _, cs = _claims("ونسبت وكالة الأناضول إلى مسؤول محلي قوله إن المعبر سيغلق مؤقتاً.")
    assert len(cs) == 1
    assert [s.kind for s in cs[0].sources] == ["outlet", "official"]
    # blaming an attack on a group ascribes no words
    _, cs = _claims("ونسبت السلطات الانفجار إلى خلية نائمة.")
    assert cs == []


def test_title_standing_for_a_person_the_entity_stages_named_outside_a_claim() -> None:
    cs = _full("واستقبل وزير الخارجية الروسي سيرغي لافروف وفداً من المعارضة. "
               "وأكد الوزير الروسي أن بلاده تدعم الحوار.")
    assert len(cs) == 1 and cs[0].sources[-1].kind == "person"


def test_partitive_before_a_source_noun_is_part_of_the_source() -> None:
    _, cs = _claims("وقال أحد المسعفين إن سيارات الإسعاف لم تصل.")
    assert _chain(cs[0]) == [("anonymous", "أحد المسعفين")] or cs[0].sources[-1].text == "أحد المسعفين"
    _, cs = _claims("وأكد عدد من الأهالي أن الطريق مقطوع منذ يومين.")
    assert len(cs) == 1 and cs[0].sources[-1].text.startswith("عدد من")
    # a partitive with no source noun after it tells nothing
    _, cs = _claims("وأصيب أحد المارة بجروح طفيفة.")
    assert cs == []


def test_outlet_with_lam_after_a_source_noun_is_the_addressee_not_a_genitive() -> None:
    cs = _full("وقال شهود لوكالة رويترز إن الدبابات انسحبت من الحي.")
    assert [(s.kind, s.text) for s in cs[0].sources] == [("outlet", "وكالة رويترز"), ("anonymous", "شهود")]


def test_date_between_ma_verb_and_teller() -> None:
    _, cs = _claims("وتضررت عشرات المنازل، بحسب ما أعلنت الأربعاء وزارة الداخلية.")
    assert len(cs) == 1 and cs[0].sources[-1].text == "وزارة الداخلية"


def test_office_of_a_named_actor_after_according_to() -> None:
    cs = _full("وأسر ثلاثة مقاتلين، وفق ما نقله المكتب الإعلامي لقوات سوريا الديمقراطية عن قائد ميداني.")
    assert len(cs) == 1
    assert cs[0].sources[0].text == "المكتب الإعلامي لقوات سوريا الديمقراطية"
    assert len(cs[0].sources) == 2


def test_conjunction_on_a_source_before_its_verb_is_not_in_its_text() -> None:
    _, cs = _claims("وقصفت الطائرات البلدة. ومصادر طبية أكدت أن المستشفى خرج عن الخدمة.")
    assert cs[-1].sources[-1].text == "مصادر طبية"


def test_security_apparatus_is_an_official_teller() -> None:
    _, cs = _claims("وكانت قد أعلنت أجهزة الأمن عن توقيف خلية في المدينة.")
    assert len(cs) == 1 and cs[0].sources[-1].kind == "official"
    assert cs[0].sources[-1].text.startswith("أجهزة الأمن")
