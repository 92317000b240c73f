"""A feminine deputy's or envoy's title before a post (وكيلة الأمين العام) names her, not the holder of the post.
The sentences are written for these tests."""

import pytest

import marsad


def _people(text: str) -> list[str]:
    return [e.name for e in marsad.analyze(text, published="2023-05-01").entities if e.type == "person"]


@pytest.mark.parametrize("title", ["وكيلة", "وكيل", "مبعوثة", "نائبة"])
def test_a_deputy_of_the_secretary_general_is_not_him(title: str) -> None:
    assert "António Guterres" not in _people(f"وقالت {title} الأمين العام للأمم المتحدة إن المعابر يجب أن تبقى مفتوحة.")


def test_the_post_alone_still_names_its_holder() -> None:
    assert _people("وقال الأمين العام للأمم المتحدة إن المعابر يجب أن تبقى مفتوحة.") == ["António Guterres"]
