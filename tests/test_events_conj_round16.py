"""Round 16 (EC): a word of the event_cues lists whose first letter و/ف is its own (وقت، فترة، وحدة، فيما) is
compared whole, not without that letter (وقت -> قت never met its list); a joined و/ف before an event noun
parts it from a title or a count before it."""
from __future__ import annotations

import pytest

from tests.conftest import event_roles, events_ctx


@pytest.mark.parametrize(("word", "bare"), [
    ("وقت", "وقت"), ("فتره", "فتره"), ("وحده", "وحده"), ("فيما", "فيما"), ("وقف", "وقف"),
    ("ووقت", "وقت"), ("فوحدات", "وحدات"),  # a conjunction on an own-letter word still goes
    ("وقوات", "قوات"), ("فالجيش", "الجيش"), ("وهو", "هو"), ("واصيب", "اصيب"),  # a conjunction goes
    ("وهم", "هم"), ("ود", "ود"),
])
def test_strip_conj_keeps_a_listed_own_letter(word: str, bare: str) -> None:
    from marsad.stages.events import _strip_conj

    assert _strip_conj(word) == bare


def test_own_letter_words_leave_out_entries_written_with_the_conjunction() -> None:
    from marsad.stages.events.context import _own_initial_words

    own = _own_initial_words()
    assert {"وقت", "فتره", "وحدات", "فيما", "وفاه"} <= own
    # written with و beside their bare form (kill_next وأصيب، threat_particles وهو): read as conjunctions
    assert not own & {"واصيب", "وجرح", "وهو", "وهي", "وهم", "وانه", "وهذا"}


@pytest.mark.parametrize("text", [
    "تدور منذ فترة طويلة اشتباكات متقطعة في ريف إدلب.",
    "وتتواصل منذ فترة اشتباكات متقطعة على أطراف المدينة.",
])
def test_length_of_time_after_since_dates_the_fighting(text: str) -> None:
    """منذ with فترة/وقت (duration_words) gives how long the clash has gone on; it points back to no earlier deed."""
    assert any("اشتباكات" in r[0] for r in event_roles(text)), event_roles(text)


def test_noun_after_unit_head_is_a_title() -> None:
    """وحدة (title_heads) heads a name: وحدة الاعتقالات الخاصة is the unit, no arrest made."""
    roles = event_roles("شكلت وزارة الداخلية وحدة الاعتقالات الخاصة في البصرة.")
    assert not [r for r in roles if "اعتقال" in r[0]], roles


@pytest.mark.parametrize(("text", "trigger"), [
    ("انسحب الوفد من المؤتمر والقصف مستمر على مدينة دوما.", "القصف"),
    ("اختتم المؤتمر واشتباكات عنيفة تدور في ريف حلب.", "اشتباكات"),
])
def test_event_noun_joined_by_wa_after_title_head_is_told(text: str, trigger: str) -> None:
    assert any(trigger in r[0] for r in event_roles(text)), event_roles(text)


def test_capture_joined_by_wa_after_a_figure_is_no_family_count() -> None:
    roles = event_roles("قال المرصد إن التنظيم قتل 12 وأسر 5 من عناصر الجيش قرب الرقة.")
    assert any("أسر" in r[0] for r in roles), roles


def test_own_letter_clause_opener_still_opens_a_clause() -> None:
    """فيما keeps its ف as a listed word, yet opens a new clause as a joined conjunction does."""
    from marsad.stages.events.detect import _conj_opened

    text = "سيطرت القوات على المدينة، فيما تتواصل عمليات النزوح من ريفها."
    ctx = events_ctx(text)
    assert _conj_opened(ctx, text.index("فيما"))
    assert not _conj_opened(ctx, text.index("سيطرت"))


def test_earlier_as_reporting_aside_leaves_the_retelling_merged() -> None:
    """في وقت سابق (earlier) tells when it was said, no time of the deed: the strike retold after it is the
    killing told before (duration_words has no وقت)."""
    text = ("قال مسؤولون أفغان إن قائد تنظيم داعش في ولاية ننكرهار وثمانية من مساعديه قتلوا في غارة جوية الأسبوع "
            "الماضي. وأكد المتحدث باسم الحاكم في وقت سابق أن الجيش الأفغاني نفذ الضربة بعد معلومات استخبارية.")
    roles = event_roles(text)
    assert len(roles) == 1 and roles[0][1] is not None, roles

