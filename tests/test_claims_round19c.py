"""Round 19c: claims — a court (ديوان) and an article (مقال) as tellers (attribution 1.73.0)."""

from __future__ import annotations

from tests.conftest import claim_chain, full_claims


def _chains(text: str) -> list[list[tuple[str, str]]]:
    return [claim_chain(c) for c in full_claims(text)]


def test_royal_court_is_an_official_teller() -> None:
    assert _chains("ارتفع عدد المصابين إلى خمسة، وفق الديوان الأميري.") == [[("official", "الديوان الأميري")]]


def test_article_is_a_document_teller() -> None:
    assert _chains("وذكر مقال نشرته مجلة أمريكية أن الصفقة تأجلت.")[0][-1] == ("document", "مقال")
