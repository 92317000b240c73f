"""Round 14 (EN): entities. The sentences are written for these tests."""

import marsad


def _mentions(text: str, ref: str, published: str = "2018-06-01") -> list[str]:
    art = marsad.analyze(text, published=published)
    return [m.text for e in art.entities if e.ref == ref for m in e.mentions]


def test_family_name_after_a_verb_of_stance_refers_back() -> None:
    # a known person's one-word family name is found alone only as a verb's subject: verbs of stance count too
    text = ("وصل وزير الخارجية محمد جواد ظريف إلى أنقرة. وانتقد ظريف العقوبات الجديدة، "
            "ودعا ظريف الأوروبيين إلى التحرك، ورفض ظريف أي تفاوض جديد.")
    assert _mentions(text, "javad-zarif").count("ظريف") == 3
    text = "قال العميد حسين سلامي إن القوات جاهزة. وهدد سلامي بالرد على أي هجوم."
    assert _mentions(text, "hossein-salami") == ["حسين سلامي", "سلامي"]


def test_family_name_as_a_plain_word_still_needs_the_verb() -> None:
    # ظريف is an ordinary adjective too: without the verb before it nothing is added
    text = "وصل وزير الخارجية محمد جواد ظريف إلى أنقرة في جو ظريف ولطيف."
    assert _mentions(text, "javad-zarif") == ["محمد جواد ظريف"]
