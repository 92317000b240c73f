"""Round 15b (EN): government sides by the article's country. The sentences are written for these tests."""

from marsad.textnorm import fold_text
from tests.conftest import mention_refs


def _refs(text: str, published: str = "2018-03-20") -> dict[str, str | None]:
    return mention_refs(text, published, exclude=("place",))


def test_legitimate_forces_are_the_yemeni_army() -> None:
    # «القوات الشرعية» is the Yemeni government side, not left to borrow the Houthis as the doer
    text = "وتقدمت القوات الشرعية في مديرية حيس جنوب الحديدة بعد اشتباكات مع ميليشيات الحوثي في اليمن."
    refs = _refs(text)
    assert refs.get("القوات الشرعية") == "yemen-army"
    assert refs.get("ميليشيات الحوثي") == "houthis"


def test_bare_regime_in_a_syria_report_is_the_regime() -> None:
    # no party named before it: the bare النظام of a Syria report is the Syrian regime
    text = "وقال ناشطون إن الغارات التي يشنها النظام على قرى ريف إدلب وريف حماة قتلت ستة مدنيين في سوريا."
    assert _refs(text).get("النظام") == "syr-gov-assad"


def test_regime_words_in_another_countrys_report_are_not_assad() -> None:
    # an Iranian report: قوات النظام and النظام are Iran's, which the packs do not name so; not Assad's regime
    text = "وفرقت قوات النظام مظاهرات في طهران وتبريز وشيراز في إيران، وقال النظام إن المحتجين مدفوعون من الخارج."
    refs = _refs(text)
    assert refs.get("قوات النظام") != "syr-gov-assad"
    assert refs.get("النظام") != "syr-gov-assad"



def test_possessive_suffixes_are_read_from_the_clitics_pack() -> None:
    from marsad import packs
    from marsad.stages.names import _possessive_suffixes

    listed = {fold_text(x) for x in packs.load_json("clitics")["possessive_suffixes"]}
    assert set(_possessive_suffixes()) == listed
    # longest first: هما is tried before ها
    assert _possessive_suffixes()[0] == fold_text("هما")

