"""States the packs lacked (a foreign body names its state by its nisba) and the names stance outlets give
to parties. The sentences are written for these tests."""

import marsad
from marsad import packs


def _refs(text: str, published: str = "2019-05-01", typ: str | None = None) -> dict[str, str | None]:
    art = marsad.analyze(text, published=published)
    return {m.text: e.ref for e in art.entities if typ is None or e.type == typ for m in e.mentions}


def test_security_forces_nisba_names_the_state() -> None:
    refs = _refs("وداهمت قوات الأمن المولدوفية منزلا في ضواحي العاصمة واعتقلت شخصين.")
    assert refs.get("المولدوفية") == "moldova"
    refs = _refs("وقالت الشرطة الأوكرانية إنها أوقفت سائق الشاحنة.")
    assert refs.get("الأوكرانية") == "ukraine"


def test_security_council_is_no_state_force() -> None:
    # «الأمن» stands between a force noun and the nisba only: after مجلس it names no state's force
    refs = _refs("وناقش مجلس الأمن الدولي المسودة أمس.")
    assert "ukraine" not in refs.values()
    assert not any(r in ("moldova", "ukraine") for r in refs.values())


def test_new_states_have_their_nisbas() -> None:
    by_country = packs.state_words("country")
    for word, cc in (("الايطاليه", "IT"), ("الهولندي", "NL"), ("الكوريه الشماليه", "KP"), ("الاذربيجانيه", "AZ"),
                     ("العمانيه", "OM"), ("المولدافي", "MD")):
        assert by_country.get(word) == cc, word


def test_assad_without_article_after_a_head_noun() -> None:
    assert _refs("وقصفت ميليشيا أسد قرية في ريف حماة.").get("ميليشيا أسد") == "syr-army-assad"
    assert _refs("وقال نظام أسد إن الرد على الغارة قريب.").get("نظام أسد") == "syr-gov-assad"


def test_assad_as_a_given_name_is_no_regime() -> None:
    refs = _refs("وقال أسد عبد الكريم، وهو مزارع من المنطقة، إن المحصول تلف.")
    assert "syr-gov-assad" not in refs.values()
    refs = _refs("وأعلنت قوات أسد الله في بيان أنها انسحبت من الحي.")
    assert "syr-gov-assad" not in refs.values()
    assert "syr-army-assad" not in refs.values()


def test_stance_names_of_groups() -> None:
    refs = _refs("واتهم البيان الحشد الولائي بالوقوف وراء الهجوم، وقالت وكالة إيرانية إن جيش الظلم تبنى تفجيرا.")
    assert refs.get("الحشد الولائي") == "iraqi-armed-factions"
    assert refs.get("جيش الظلم") == "jaysh-al-adl"
    refs = _refs("وقصف مرتزقة جيش الاحتلال التركي قرية قرب عفرين.")
    assert refs.get("مرتزقة جيش الاحتلال التركي") == "sna"


def test_new_states_plural_names_people_not_the_state() -> None:
    # the sound plural of a state added without it (آلاف الإثيوبيين) stays no party
    assert "الاثيوبيين" not in packs.state_words("country")
