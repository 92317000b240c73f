"""Kurdish fighters named without the article (مقاتلون أكراد، قوات كردية، قناصة أكراد) are a party: the
unspecified Kurdish forces, or the Kurdish body the article names."""

import marsad


def _actors(text: str) -> dict[str, list[str]]:
    art = marsad.analyze(text, published="2019-05-01")
    return {e.ref or "": [m.text for m in e.mentions] for e in art.entities if e.type == "actor"}


def test_indefinite_fighters_are_kurdish_forces() -> None:
    acts = _actors("وقصفت المدفعية مواقع يتحصن فيها مقاتلون أكراد قرب الحسكة.")
    assert acts.get("kurdish-forces") == ["مقاتلون أكراد"]
    assert "kurdish-forces" in _actors("وقتل ستة مسلحين أكراد في غارة على جبل سنجار.")


def test_indefinite_fighters_join_named_ypg() -> None:
    acts = _actors("وقالت وحدات حماية الشعب إن قوات كردية صدت تقدما قرب تل تمر.")
    assert "kurdish-forces" not in acts
    assert "قوات كردية" in acts["ypg"]


def test_snipers_join_kurdistan_security_forces() -> None:
    acts = _actors("وطوقت قوات الأمن الكردية مبنى المحافظة في دهوك، فيما تمركز قناصة أكراد على الأسطح المجاورة.")
    assert "kurdish-forces" not in acts
    assert "قناصة أكراد" in acts["krg-asayish"]


def test_kurdish_factions_describing_a_coalition_stay_out() -> None:
    # «فصائل كردية وعربية» describes the make-up of a named coalition, not a further party
    acts = _actors("وتتألف قوات سوريا الديمقراطية من فصائل كردية وعربية تدعمها واشنطن.")
    assert "kurdish-forces" not in acts
    assert all("فصائل كردية" not in ms for ms in acts.values())
