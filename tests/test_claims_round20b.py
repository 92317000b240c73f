"""Claims, round 20b: a written passive of a verb of accusing tells nothing; a representative of a party or body
(ممثل عن X، ممثلون عن X) is one official teller, the body part of the title, not an inner link."""

from __future__ import annotations

from tests.conftest import claim_chains


def test_form_eight_passive_with_damma_on_ta_makes_no_claim() -> None:
    # اتُهم: the damma sits on the ت after the alif, not on the first letter
    assert claim_chains("واتُهم القائد العسكري بأنه خطط للهجوم على القاعدة.") == []
    assert claim_chains("اتُّهمت الميليشيا بقتل المدنيين في القرية الشرقية.") == []


def test_passive_with_title_and_name_between_commas_makes_no_claim() -> None:
    assert claim_chains("اتُهم وزير المالية السابق، فلان الفلاني، بتهم فساد وغسل أموال.") == []


def test_active_accusing_verb_still_tells() -> None:
    chains = claim_chains("واتهم الجيش السوري فصائل المعارضة بأنها قصفت الأحياء السكنية.")
    assert chains and chains[0][0][1].startswith("الجيش")


def test_representative_of_a_party_is_one_official_teller() -> None:
    assert claim_chains("وقال ممثل عن حزب الاتحاد الديمقراطي إن القصف استهدف المدنيين.") == [
        [("official", "ممثل عن حزب الاتحاد الديمقراطي")]]


def test_representatives_plural_give_their_claim() -> None:
    assert claim_chains("وقال ممثلون عن العشائر العربية إن القوات انسحبت من القرية.") == [
        [("official", "ممثلون عن العشائر العربية")]]


def test_representative_with_outlet_spoken_to() -> None:
    assert claim_chains("وقال ممثل عن المجلس المحلي لوكالة رويترز إن المعبر أغلق.") == [
        [("outlet", "وكالة رويترز"), ("official", "ممثل عن المجلس المحلي")]]


def test_one_plain_word_posting_on_a_social_network_is_a_person() -> None:
    assert claim_chains("وقالت زعيتري في تغريدة على حسابها إن الحكومة تتجاهل المطالب.") == [[("person", "زعيتري")]]


def test_definite_body_posting_stays_official() -> None:
    assert claim_chains("وقالت الوزارة في تغريدة إن الطريق أعيد فتحه.") == [[("official", "الوزارة")]]
