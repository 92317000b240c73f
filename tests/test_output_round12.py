"""The per-article JSON file is written by output.dumps_indented: the very string json.dumps(indent=1) makes."""

from __future__ import annotations

import enum
import json
from typing import Any

import pytest

import marsad
from marsad.output import dumps_indented, payload


class _Level(enum.IntEnum):
    LOW = 1


class _Name(str):
    pass


_VALUES: list[Any] = [
    {},
    [],
    (),
    "",
    "قال المتحدث: \"لن نتراجع\"\nوأضاف\t\\ أن الهجوم\u200f استمر",
    0,
    -17,
    2**70,
    True,
    False,
    None,
    0.5,
    -1e-7,
    1e22,
    float("nan"),
    float("inf"),
    float("-inf"),
    {"a": {}, "b": [], "c": [{}], "d": [[], [[]]], "e": {"f": {"g": None}}},
    {1: "رقم", 2.5: "كسر", False: "لا", None: "لا شيء"},
    {"قتلى": 3, "جرحى": [1, 2.0, None, True, "عشرة"], "مكان": ("حلب", {"lat": 36.2, "lon": 37.1})},
    [_Name("الرقة"), _Level.LOW, {_Name("مفتاح"): _Level.LOW}],
]


@pytest.mark.parametrize("value", _VALUES, ids=range(len(_VALUES)))
def test_same_string_as_json(value: Any) -> None:
    assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=1)


def test_same_string_for_an_article_record() -> None:
    text = ("أعلنت وزارة الدفاع السورية أمس أن 12 مسلحاً قتلوا في اشتباكات مع الجيش في ريف إدلب، "
            "وقال مصدر عسكري لوكالة سانا إن القوات سيطرت على قرية جديدة.")
    record = marsad.analyze(text, published="2024-03-02", id="t1").to_dict()
    assert payload(record, "json", "t1") == json.dumps(record, ensure_ascii=False, indent=1)


def test_what_json_refuses_is_refused() -> None:
    with pytest.raises(TypeError):
        dumps_indented({"a": {1, 2}})
    with pytest.raises(TypeError):
        dumps_indented({("a",): 1})


def test_a_circular_value_is_refused_as_json_refuses_it() -> None:
    loop: list[Any] = []
    loop.append(loop)
    with pytest.raises(ValueError, match="Circular"):
        dumps_indented(loop)
