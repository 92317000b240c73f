"""«من X وY إلى Z»: a list of countries after من, with إلى after the last, is the set of places a
movement or a spread left from; every country in it is a place. The sentences are written for these tests."""

from tests.conftest import mention_types


def _all_places(text: str, *words: str) -> bool:
    types = mention_types(text)
    for word in words:
        hits = [t for mention, t in types.items() if word in mention]
        if not hits or not all(t == {"place"} for t in hits):
            return False
    return True


def test_two_joined_countries_before_ila_are_places() -> None:
    assert _all_places("امتدت موجة الغلاء من المغرب والجزائر إلى مصر في أشهر قليلة.", "المغرب", "الجزائر", "مصر")


def test_three_joined_countries_before_ila_are_places() -> None:
    assert _all_places("الطلبة القادمون من الأردن ولبنان وتركيا إلى ألمانيا يحتاجون تأشيرة.",
                       "الأردن", "لبنان", "تركيا", "ألمانيا")


def test_a_single_country_still_works() -> None:
    assert _all_places("الطلبة القادمون من الأردن إلى ألمانيا يحتاجون تأشيرة.", "الأردن", "ألمانيا")


def test_senders_of_a_message_stay_parties() -> None:
    types = mention_types("وصلت رسالة من فرنسا وألمانيا إلى إيران بشأن الاتفاق النووي.")
    assert types.get("فرنسا") == {"actor"} and types.get("ألمانيا") == {"actor"}
