"""A stage split into a package keys its cached index on every file of the package."""

from __future__ import annotations

from pathlib import Path

from marsad import index_cache


def test_a_package_stands_for_all_its_source_files() -> None:
    files = index_cache.code_files("ner")
    here = Path(index_cache.__file__).parent / "ner"
    assert set(files) == set(here.glob("*.py"))
    assert len(files) > 3
    assert list(files) == sorted(files)  # the key does not depend on the order the folder lists them in


def test_a_module_is_its_one_file() -> None:
    (f,) = index_cache.code_files("stages/places")
    assert f.name == "places.py" and f.is_file()

