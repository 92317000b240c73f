"""Round 14b: leaders and officials named alone or by title reach their person and, through the person's
affiliation, their state (people.jsonl 1.14.0)."""

from __future__ import annotations

import marsad
from marsad import packs


def _refs(text: str, published: str) -> dict[str, set[str]]:
    """Each mention's text -> the pack ids of the entities it was linked to."""
    art = marsad.analyze(text, published=published)
    out: dict[str, set[str]] = {}
    for e in art.entities:
        for m in e.mentions:
            out.setdefault(m.text, set()).add(e.ref or e.name)
    return out


def _doers(text: str, published: str) -> list[tuple[str, str | None]]:
    art = marsad.analyze(text, published=published)
    refs = {e.id: e.ref or e.name for e in art.entities}
    return [(ev.trigger.text, refs.get(ev.actor1)) for ev in art.events]


def test_leaders_once_unlinked_belong_to_their_state() -> None:
    by_id = packs.entries_by_id()
    want = {"kim-jong-un": "north-korea", "xi-jinping": "china", "omar-al-bashir": "sudan",
            "steven-mnuchin": "usa", "gustavo-petro": "colombia", "volodymyr-zelensky": "ukraine",
            "valery-gerasimov": "russian-forces", "josep-borrell": "eu", "badr-abdelatty": "egypt-mofa"}
    for pid, aff in want.items():
        assert by_id[pid].extra.get("affiliation") == aff, pid


def test_kim_alone_is_the_north_korean_leader_as_a_doer() -> None:
    # talks about a truce: a meeting in an article that names no armed party stands only on a word of war or peace
    text = ("وصل الزعيم الكوري الشمالي إلى العاصمة الصينية صباح الثلاثاء. "
            "ومن المنتظر أن يجتمع كيم مع الرئيس الصيني في وقت لاحق من اليوم لبحث الهدنة مع الجنوب.")
    assert ("يجتمع", "kim-jong-un") in _doers(text, "2019-01-08")
    assert "kim-jong-un" in _refs("قال الرئيس الكوري الشمالي إن بلاده مستعدة للحوار.", "2018-05-02").get(
        "الرئيس الكوري الشمالي", set())


def test_kim_alone_not_another_kim_nor_before_his_rule() -> None:
    # his sister or another Korean named Kim; and before December 2011 a bare كيم was his father
    assert "kim-jong-un" not in _refs("وصلت كيم يو جونغ شقيقة الزعيم إلى سيول.", "2018-02-09").get("كيم", set())
    assert "kim-jong-un" not in _refs("وقال كيم إن المحادثات مفيدة.", "2010-05-01").get("كيم", set())


def test_colombian_president_is_the_one_in_office() -> None:
    text = "أعلن الرئيس الكولومبي أن الحكومة ستواصل محادثات السلام."
    assert "juan-manuel-santos" in _refs(text, "2016-09-20").get("الرئيس الكولومبي", set())
    assert "gustavo-petro" in _refs(text, "2023-03-01").get("الرئيس الكولومبي", set())


def test_mnuchin_alone_and_vance_only_in_his_time() -> None:
    assert "steven-mnuchin" in _refs("وقال منوتشين إن العقوبات ستبقى.", "2018-08-16").get("منوتشين", set())
    assert "jd-vance" in _refs("وقال فانس إن واشنطن لن تتراجع.", "2025-03-01").get("فانس", set())
    assert "jd-vance" not in _refs("وقال فانس إن الشركة لن تتراجع.", "2018-03-01").get("فانس", set())


def test_office_titles_name_the_holder_of_the_day() -> None:
    # a title reaches whoever held the office on the article's date (people 1.15.0)
    said = "وقال {} إن بلاده لن تسمح بذلك."
    for title, date, pid in (("وزير الدفاع الأمريكي", "2022-03-01", "lloyd-austin"),
                             ("رئيس الوزراء البريطاني", "2015-06-01", "david-cameron"),
                             ("رئيس الوزراء البريطاني", "2025-06-01", "keir-starmer"),
                             ("رئيس الحكومة اللبنانية", "2023-04-01", "najib-mikati"),
                             ("رئيس الوزراء الإسرائيلي", "2021-09-01", "naftali-bennett"),
                             ("الرئيس العراقي", "2016-02-01", "fuad-masum")):
        assert pid in _refs(said.format(title), date).get(title, set()), (title, date)
