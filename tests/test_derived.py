"""Tables derived from packages, kept on disk between processes (storyline.derived)."""

from __future__ import annotations

import pytest

from storyline import derived


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("STORYLINE_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _counting(value):
    calls = []

    def build():
        calls.append(1)
        return value

    return build, calls


def test_a_table_is_built_once_and_read_back_equal(cache):
    value = {"ann": 0.9963, "jo": 0.5 + 1e-12, "zoë": 1 / 3}
    build, calls = _counting(value)
    first = derived.table("t", "k1", build, lambda t: t, dict)
    again = derived.table("t", "k1", build, lambda t: t, dict)
    assert first == again == value and calls == [1]
    assert [p.name for p in cache.iterdir()] == ["t-k1.json"]


def test_another_key_or_a_damaged_file_builds_again(cache):
    build, calls = _counting({"a": 1.0})
    derived.table("t", "k1", build, lambda t: t, dict)
    derived.table("t", "k2", build, lambda t: t, dict)
    assert len(calls) == 2
    (cache / "t-k2.json").write_text('{"a": ')
    assert derived.table("t", "k2", build, lambda t: t, dict) == {"a": 1.0} and len(calls) == 3


def test_the_cache_set_empty_is_off(monkeypatch, tmp_path):
    monkeypatch.setenv("STORYLINE_CACHE", "")
    build, calls = _counting({"a": 1.0})
    derived.table("t", "k", build, lambda t: t, dict)
    derived.table("t", "k", build, lambda t: t, dict)
    assert len(calls) == 2


def test_an_unwritable_cache_only_means_building(monkeypatch, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("STORYLINE_CACHE", str(blocker / "cache"))
    build, calls = _counting({"a": 1.0})
    assert derived.table("t", "k", build, lambda t: t, dict) == {"a": 1.0}


def test_the_fingerprint_follows_versions_and_sources(tmp_path):
    src = tmp_path / "code.py"
    src.write_text("x = 1\n")
    a = derived.fingerprint(["numpy"], [src])
    assert a == derived.fingerprint(["numpy"], [src])
    assert a != derived.fingerprint(["numpy", "pyarrow"], [src])
    src.write_text("x = 2\n")
    assert a != derived.fingerprint(["numpy"], [src])


def test_the_gazetteer_and_first_names_read_back_are_the_tables_built(cache):
    """What a worker reads from the cache is what building gives: same names, same shares.
    Round forty-nine: GeoNames' city names (``geo.city_names``, read by the cleaner and the
    analysers alike) are a table of their own, below the gazetteer's keyed one."""
    from storyline import firstnames, geo
    from storyline.analyse import gazetteer

    geo.city_names.cache_clear()
    for loader, builder in ((geo.city_names, geo._build_city_names), (gazetteer._cities, gazetteer._build_cities),
                            (firstnames.table, firstnames.build)):
        loader.cache_clear()
        built = loader()  # built, and written
        loader.cache_clear()
        read = loader()  # read back
        loader.cache_clear()
        assert read == built == builder()
    assert gazetteer.is_any_place("Port-au-Prince") and not gazetteer.is_any_place("Zorblat")
    assert len(list(cache.iterdir())) == 3
