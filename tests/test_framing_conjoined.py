"""Epithets after names joined by و under a verb of describing; adjectives on a noun a name is the genitive of."""
import marsad


def _framing(text: str) -> list[tuple[str, str]]:
    art = marsad.analyze(text, published="2018-04-14")
    d = art if isinstance(art, dict) else art.to_dict()
    names = {e["id"]: e["name"] for e in d["entities"]}
    return [(f["term"], names.get(f["target"], "")) for f in d["framing"]]


def test_describing_verb_reaches_every_conjoined_name() -> None:
    got = _framing("قال المرشد علي خامنئي إنه يصف دونالد ترامب وإيمانويل ماكرون وتيريزا ماي بالمجرمين بعد الضربات.")
    assert {n for t, n in got if t == "المجرمين"} == {"Donald Trump", "Emmanuel Macron", "Theresa May"}


def test_without_describing_verb_only_the_last_name() -> None:
    got = _framing("التقى دونالد ترامب وإيمانويل ماكرون وتيريزا ماي بالمجرمين في لندن.")
    assert "Donald Trump" not in {n for _t, n in got}


def test_adjective_on_construct_head_is_not_the_names() -> None:
    assert _framing("وقال الكاتب إن خطأ أنور السادات القاتل كان زيارة القدس.") == []
    assert ("القاتل", "Bashar al-Assad") in _framing("وقال المعارض إن بشار الأسد القاتل يجب أن يحاكم.")


def test_quoted_epithet_and_titles_in_the_chain() -> None:
    got = _framing('ووصف الرئيس الأمريكي دونالد ترامب ونظيره الفرنسي إيمانويل ماكرون ورئيسة الوزراء البريطانية '
                   'تيريزا ماي بـ"المجرمين" في خطابه.')
    assert {n for t, n in got if t == "المجرمين"} == {"Donald Trump", "Emmanuel Macron", "Theresa May"}
