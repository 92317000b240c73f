"""Round 20 EP (d): a purge (حملة تطهير في صفوف الجيش) and ethnic cleansing (تطهير عرقي) are no capture of
ground, the alarm bell (جرس إنذار) is no threat (triggers 76), and a portfolio or a list handed over (سلم حقيبة
الخارجية، سلمت قائمة شروط) moves no person (event_cues 202). Clearing ground and handing over detainees stay."""

from __future__ import annotations

from tests.conftest import event_types as types


def test_purge_and_ethnic_cleansing_are_no_seizure() -> None:
    assert "SEIZE" not in types("وأعلنت الحكومة حملة تطهير واسعة في صفوف الجيش والشرطة.")
    assert "SEIZE" not in types("ووصفت المنظمة ما جرى لسكان الإقليم بأنه تطهير عرقي.")


def test_clearing_ground_stays_a_seizure() -> None:
    assert "SEIZE" in types("وأطلق الجيش عمليات تطهير المنطقة من فلول التنظيم.")


def test_alarm_bell_is_no_threat() -> None:
    assert "THREATEN" not in types("وأطلق الحارس جرس إنذار بعد دخول المسلحين.")
    assert "THREATEN" not in types("وتحولت الأزمة إلى جرس إنذار للحكومة.")


def test_portfolio_or_list_handed_is_no_transfer() -> None:
    assert "TRANSFER" not in types("وسلم الرئيس حقيبة الخارجية لأحد مستشاريه.")
    assert "TRANSFER" not in types("وكانت موسكو قد سلمت قائمة شروط للفصائل المسلحة في المدينة.")


def test_detainees_handed_over_stay_a_transfer() -> None:
    assert "TRANSFER" in types("وسلمت القوات المعتقلين إلى السلطات العراقية.")
