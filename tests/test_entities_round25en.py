"""Round 25 (EN): entity conventions checked against the annotated sets. The sentences are written for
these tests."""

import marsad


def _refs(text: str, published: str = "2018-06-01") -> dict[str, str | None]:
    art = marsad.analyze(text, published=published)
    return {m.text: e.ref for e in art.entities for m in e.mentions}


def test_elysee_stands_for_france_as_the_kremlin_for_russia() -> None:
    refs = _refs("ورحب الإليزيه بالاتفاق، فيما قال الكرملين إن موسكو لن تشارك في الاجتماع المقبل.")
    assert refs.get("الإليزيه") == "france"
    assert refs.get("الكرملين") == "russia"


def test_elysee_and_france_are_one_actor() -> None:
    art = marsad.analyze("وقالت فرنسا إنها ستستضيف المؤتمر، وأكد قصر الإليزيه موعده في الشهر المقبل.",
                         published="2018-06-01")
    france = [e for e in art.entities if e.ref == "france"]
    assert len(france) == 1
    assert {m.text for m in france[0].mentions} >= {"فرنسا", "قصر الإليزيه"}


def _actor_names(text: str) -> list[str]:
    art = marsad.analyze(text, published="2018-03-01")
    return [e.ref or e.name for e in art.entities if e.type == "actor"]


def test_former_name_in_quotes_is_no_second_actor() -> None:
    names = _actor_names('وسيطر مسلحون من هيئة تحرير الشام "جبهة النصرة سابقا" على قريتين في ريف إدلب الجنوبي.')
    assert "hts" in names
    assert "nusra" not in names


def test_quoted_name_without_formerly_stays_its_own_actor() -> None:
    # a quoted name after a body with no word for "formerly" is not its old name
    names = _actor_names('واتهمت هيئة تحرير الشام "جبهة النصرة" بخرق الهدنة في ريف إدلب الجنوبي.')
    assert "nusra" in names


def test_bare_resistance_in_yemen_is_the_pro_government_resistance() -> None:
    text = ("وأحرزت قوات الجيش الوطني والمقاومة تقدما في مديرية حيس جنوب محافظة الحديدة، بينما قصفت ميليشيات "
            "الحوثي قرى في مديرية التحيتا ومدينة زبيد. وأفاد قائد ميداني في المقاومة بأن المعارك مستمرة.")
    refs = _refs(text)
    assert refs.get("المقاومة") == "yemen-resistance"


def test_bare_resistance_outside_yemen_is_not_yemens() -> None:
    text = ("وقال نائب في البرلمان اللبناني إن المقاومة لن تسلم سلاحها، في حين زار وفد حكومي مدينة صيدا "
            "وبلدة النبطية وقرى في قضاء صور جنوب لبنان.")
    refs = _refs(text)
    assert refs.get("المقاومة") != "yemen-resistance"


def test_clash_sides_split_at_min_jiha() -> None:
    # «بين X وY من جهة وZ من جهة أخرى»: Y is X's ally; the other side is Z
    text = ("وتجددت المعارك مساء السبت بين قوات الجيش الوطني ورجال المقاومة من جهة ومسلحي الحوثي من جهة ثانية قرب "
            "مديرية حيس جنوب محافظة الحديدة، فيما قصفت الميليشيات قرى في مديرية التحيتا ومدينة زبيد.")
    art = marsad.analyze(text, published="2018-06-01")
    refs = {e.id: e.ref for e in art.entities}
    clash = [ev for ev in art.events if refs.get(ev.actor1) == "yemen-army"]
    assert clash
    assert refs.get(clash[0].actor2) == "houthis"


def test_clash_sides_split_at_min_jiha_with_known_allies() -> None:
    text = ("ودارت معارك عنيفة بين قوات النظام وميليشيا حزب الله من جهة وفصائل المعارضة من جهة أخرى في "
            "بلدة كفرزيتا بريف حماة الشمالي، بينما قصفت الطائرات مدينة اللطامنة وقرية لطمين.")
    art = marsad.analyze(text, published="2018-06-01")
    names = {e.id: e.ref for e in art.entities}
    clash = [ev for ev in art.events if ev.type == "ATTACK" and ev.actor2 is not None]
    assert clash
    assert names.get(clash[0].actor2) not in (None, "hezbollah")

