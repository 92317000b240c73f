"""People, round 24 (EN): well-known people the ANT corpus names often and people.jsonl lacked (1.25.0) link to
their entry, with the bare family name where it names no one else, and a title said of a former holder
(الرئيس الأمريكي نيكسون) goes to the man named, not to the title's holder on the article's date."""

from __future__ import annotations

from tests.conftest import mention_refs


def test_skripal_full_and_bare_name_link_to_one_entry() -> None:
    text = ('نقلت الشرطة سيرغي سكريبال إلى مستشفى في جنوب البلاد بعد العثور عليه فاقدا الوعي. '
            'وقال محققون إن سكريبال تعرض لمادة سامة قرب منزله.')
    refs = mention_refs(text, types=("person",))
    assert refs.get("سيرغي سكريبال") == "sergei-skripal"
    assert refs.get("سكريبال") == "sergei-skripal"


def test_bush_the_father_is_not_the_son() -> None:
    text = 'وفي خطاب بالكونغرس استشهد النائب بعبارة قالها جورج بوش الابن بعد هجمات نيويورك.'
    assert mention_refs(text, types=("person",)).get("جورج بوش الابن") == "george-w-bush"
    father = 'وفي خطاب بالكونغرس استشهد النائب بعبارة قالها جورج بوش الأب قبل حرب الخليج.'
    assert "george-w-bush" not in mention_refs(father, types=("person",)).values()


def test_former_president_after_the_title_is_the_man_named() -> None:
    # a 2018 article: الرئيس الأمريكي alone is Trump, but with Nixon's name after it the title is his
    text = 'شبه معارضو الحكومة القضية بالفضيحة التي أطاحت بالرئيس الأمريكي نيكسون قبل عقود.'
    refs = mention_refs(text, published="2018-07-22", types=("person",))
    assert "richard-nixon" in refs.values()
    assert "donald-trump" not in refs.values()


def test_officials_named_in_full_link() -> None:
    text = ('انتقد مدير الاستخبارات الأمريكية السابق جيمس كلابر قرار البيت الأبيض، '
            'وقالت وزيرة الداخلية البريطانية السابقة أمبر راد إن التحقيق مستمر، '
            'فيما دعا المدير السابق للوكالة الدولية للطاقة الذرية محمد البرادعي إلى التهدئة.')
    refs = mention_refs(text, types=("person",))
    assert refs.get("جيمس كلابر") == "james-clapper"
    assert refs.get("أمبر راد") == "amber-rudd"
    assert refs.get("محمد البرادعي") == "mohamed-elbaradei"
