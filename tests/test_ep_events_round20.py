"""Round 20 EP: phrases whose trigger word tells no deed (triggers.json not_events 75): families that fold
like the capture noun أسر (أسر كثيرة، أسر ضحايا), a death sentence issued or quashed (حكم الإعدام الصادر),
named treaties cited as law (اتفاقيات جنيف، اتفاق أوسلو), supply routes (طرق إمدادات) and what looms on the
horizon (يلوح في الأفق). Captures, executions carried out, pacts signed and threats made stay."""

from __future__ import annotations

from tests.conftest import event_types as types


def test_families_are_no_arrest() -> None:
    assert "ARREST" not in types("وما زالت أسر كثيرة تنتظر أخبار أبنائها في المدينة.")
    assert "ARREST" not in types("رفع عدد من أسر قتلى الهجمات دعوى قضائية ضد الشركة.")


def test_capture_stays() -> None:
    assert "ARREST" in types("وتمكن المقاتلون من أسر جنديين خلال الاشتباكات قرب القرية.")


def test_death_sentence_issued_is_no_attack() -> None:
    assert "ATTACK" not in types("وانتقدت المنظمة حكم الإعدام الصادر بحق الناشطة وطالبت بإلغائه.")


def test_execution_carried_out_stays() -> None:
    assert "ATTACK" in types("وأعلنت المحكمة تنفيذ حكم الإعدام بحق ثلاثة مدانين.")


def test_named_treaty_is_no_pact() -> None:
    assert "COORDINATE" not in types("وقال إن إطلاق النار على المسعفين جريمة بموجب اتفاقيات جنيف.")
    assert "COORDINATE" not in types("وكان لصوت النائب دور حاسم في إقرار اتفاق أوسلو في البرلمان.")


def test_pact_signed_stays() -> None:
    assert "COORDINATE" in types("ووقع الطرفان اتفاقا لوقف إطلاق النار في المدينة.")


def test_supply_routes_are_no_supply() -> None:
    assert "SUPPLY" not in types("وقد تقطع السيطرة على الجسر اتصال المسلحين بالريف وربما طرق إمدادات تابعة لهم.")


def test_looming_is_no_threat() -> None:
    assert "THREATEN" not in types("لكن الصراع بين تركيا واليونان يلوح في الأفق بقوة.")


def test_threat_made_stays() -> None:
    assert "THREATEN" in types("وهدد الجيش بشن هجوم واسع على المدينة.")
