"""Round 16c (EN): actors of 2023–2025 (Israeli army units, PMF brigades by number, Iraqi parties and groups),
a role noun and its adjective, and a weak past verb before a name. The sentences are written for these tests."""

import marsad


def _entities(text: str, published: str = "2024-05-01") -> list[tuple[str, str | None, str]]:
    art = marsad.analyze(text, published=published)
    return [(e.type, e.ref, m.text) for e in art.entities for m in e.mentions]


def _refs(text: str, published: str = "2024-05-01") -> set[str | None]:
    return {ref for _, ref, _ in _entities(text, published)}


def _people(text: str, published: str = "2018-06-01") -> list[str]:
    return [t for typ, _, t in _entities(text, published) if typ == "person"]


def test_israeli_brigades_and_divisions() -> None:
    refs = _refs("وقال متحدث عسكري إن لواء جفعاتي والفرقة 162 يواصلان العمليات شرقي رفح، "
                 "فيما انسحب لواء ناحال من حي الزيتون.")
    assert {"idf-givati", "idf-162-division", "idf-nahal"} <= refs


def test_israeli_navy_and_border_police() -> None:
    refs = _refs("وأطلقت البحرية الإسرائيلية النار على قوارب الصيادين، واقتحم حرس الحدود الإسرائيلي بلدة في جنين.")
    assert {"idf-navy", "israel-border-police"} <= refs


def test_a_pmf_brigade_by_number_is_its_factions_unit() -> None:
    ents = _entities("واستهدفت غارة مقرا للواء 46 في الحشد الشعبي قرب القائم.")
    assert any(ref == "pmf-brigade-46" for _, ref, _ in ents)
    # a bare brigade number belongs to any army: no PMF unit without the PMF named
    assert "pmf-brigade-46" not in _refs("وتقدم اللواء 46 في الجيش نحو القرية.")


def test_kdp_units_beside_puk_units() -> None:
    refs = _refs("ونشرت قوات 80 عناصرها في أربيل، فيما انتشرت وحدات 70 في السليمانية.")
    assert {"kdp-80-units", "puk-70-units"} <= refs


def test_iraqi_parties_and_groups() -> None:
    refs = _refs("وأعلن تيار الفراتين وتحالف العقد الوطني دعمهما للمرشح، فيما تبنت ألوية الوعد الحق الهجوم.")
    assert {"furatayn", "aqd-watani", "waad-al-haq"} <= refs


def test_syrian_islamic_resistance_front_after_the_fall() -> None:
    assert "syr-islamic-resistance-front" in _refs(
        "وتبنت جبهة المقاومة الإسلامية في سوريا هجوما على دورية إسرائيلية في القنيطرة.", "2025-02-10")


def test_a_role_noun_and_its_adjective_is_no_person() -> None:
    for text in ("لكن جون سميث، الذي قدمته المجلة كخبير هاو في تحليل الصور، يصر على روايته.",
                 "وقال خبير مستقل يتابع الملف إن الأرقام مبالغ فيها."):
        found = _people(text)
        assert not any("خبير" in p for p in found), found


def test_a_weak_past_verb_is_not_the_names_first_word() -> None:
    text = "ونفى نيكولا ساركوزي الاتهامات، ولم يعلق ساركوزي منذ لبى ساركوزي استدعاء القضاء الأسبوع الماضي."
    found = _people(text)
    assert not any(p.startswith("لبى") for p in found), found
    assert "نيكولا ساركوزي" in found
