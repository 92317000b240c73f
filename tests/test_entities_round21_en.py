"""Entities, round 21: ministries and chambers the corpus names often and the packs lacked, and title aliases
bounded by the holder's term (أمير قطر, the US envoy to Syria) (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.conftest import mention_refs


@pytest.mark.parametrize(("text", "mention", "ref"), [
    ("وأدرجت وزارة الخزانة الأميركية ثلاثة ممولين للجماعة على قائمة العقوبات.", "وزارة الخزانة الأميركية",
     "usa-treasury"),
    ("ووجهت وزارة العدل الأمريكية تهما إلى رجلين بتمويل التنظيم.", "وزارة العدل الأمريكية", "usa-doj"),
    ("وصوت مجلس الشيوخ الأمريكي على وقف الدعم العسكري للحرب في اليمن.", "مجلس الشيوخ الأمريكي", "us-senate"),
    ("وأقر مجلس النواب الأميركي مشروع قانون لمعاقبة داعمي النظام.", "مجلس النواب الأميركي", "us-house"),
    ("واستدعت وزارة الخارجية البريطانية السفير الإيراني في لندن.", "وزارة الخارجية البريطانية", "uk-fco"),
    ("ونفت الخارجية الصينية أي صلة لها بشحنة السلاح.", "الخارجية الصينية", "china-mofa"),
    ("ورحبت الخارجية اليمنية بقرار مجلس الأمن بشأن الحديدة.", "الخارجية اليمنية", "yemen-mofa"),
    ("ونددت وزارة الخارجية الفلسطينية باقتحام المستوطنين للأقصى.", "وزارة الخارجية الفلسطينية",
     "palestine-mofa"),
    ("وناقش مجلس العموم البريطاني صفقات السلاح مع الرياض.", "مجلس العموم البريطاني", "uk-commons"),
    ("وأدان البرلمان اليمني قصف الحوثيين للأحياء السكنية في تعز.", "البرلمان اليمني", "yemen-parliament"),
    ("ووافق مجلس الوزراء السعودي على الاتفاقية الأمنية مع بغداد.", "مجلس الوزراء السعودي", "saudi-cabinet"),
    ("وطالب نواب في مجلس الأمة الكويتي بطرد الخلية من البلاد.", "مجلس الأمة الكويتي",
     "kuwait-national-assembly"),
    ("وجندت المخابرات الخارجية البريطانية عميلا داخل التنظيم في سوريا.", "المخابرات الخارجية البريطانية", "uk-mi6"),
    ("وأعلن رئيس الوزراء جاستين ترودو أن أوتاوا ستستقبل مزيدا من اللاجئين.", "جاستين ترودو", "justin-trudeau"),
])
def test_pack_names_the_body_or_person(text: str, mention: str, ref: str) -> None:
    assert mention_refs(text, published="2018-09-01").get(mention) == ref


def test_short_foreign_ministry_is_no_ministry_after_the_minister() -> None:
    # «وزير الخارجية البريطانية» (a misspelt title) names the minister, not his ministry
    refs = mention_refs("وانتقد وزير الخارجية البريطانية السياسة الروسية في سوريا.", published="2018-09-01")
    assert refs.get("الخارجية البريطانية") != "uk-fco"


def test_former_emir_of_qatar_is_not_the_current_one() -> None:
    refs = mention_refs("وظهر الداعية في صور مع أمير قطر السابق حمد بن خليفة في الدوحة.", published="2018-08-12")
    assert refs.get("حمد بن خليفة") == "hamad-bin-khalifa"
    assert "tamim-bin-hamad" not in refs.values()


def test_emir_title_before_the_abdication_is_hamad() -> None:
    refs = mention_refs("واستقبل أمير قطر في الدوحة وفدا من المعارضة السورية.", published="2012-05-01")
    assert refs.get("أمير قطر") == "hamad-bin-khalifa"


@pytest.mark.parametrize(("published", "ref"), [("2019-03-01", "james-jeffrey"), ("2025-07-01", "tom-barrack")])
def test_us_envoy_to_syria_title_follows_the_holders_term(published: str, ref: str) -> None:
    refs = mention_refs("وقال المبعوث الأمريكي إلى سوريا إن القوات الأمريكية باقية شرق الفرات.", published=published)
    assert refs.get("المبعوث الأمريكي إلى سوريا") == ref
