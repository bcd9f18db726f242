"""A line the cleaner removed in some documents of a story (a teaser or promo under a marker
there) and kept in others counts as a witness of site furniture (resolve/furniture.py, round
seventeen 16f); its twins stay. Every text here is invented."""

from __future__ import annotations

import dataclasses

from storyline import schema
from storyline.analyse.parse import minhash
from storyline.resolve import duplicates, furniture
from storyline.types import DocAnalysis, EventItem

HARBOUR = ("The Port Ellery council approved a new harbour wall on Tuesday after months of debate among its members.\n\n"
           "Work on the wall will start in the spring and should last about two years, the council's engineer estimated.\n\n"
           "Residents had asked for better protection after the storms of last winter flooded the lower town twice.")
TOOLS = ("Acme Corp sold more garden tools in the third quarter than in any quarter before, lifting its revenue.\n\n"
         "Demand rose fastest in the northern markets, where a dry summer kept gardeners busy.\n\n"
         "Its shares gained four percent in early trading on the regional exchange.")
CHESS = ("Jane Roe won the regional chess championship in Millbrook on Sunday after a tense final round.\n\n"
         "She beat the defending champion in a long endgame that ran past midnight.\n\n"
         "The tournament drew more than two hundred players from eleven towns.")
RAIL = ("A rail strike halted trains across the eastern valley for a second day on Monday.\n\n"
        "Union leaders met the operator's managers late into the evening without reaching agreement.\n\n"
        "Commuters crowded onto buses and ferries, and some roads into the city were jammed for hours.")
TEASER = "Pickles are overrated."
PROMO = "promo: short line after the print edition's footer (another story's teaser)"


def doc(doc_id: str, text: str, removed: list[tuple[str, str, int]] = ()) -> DocAnalysis:
    d = schema.Document(id=doc_id, text=text, removed=[schema.Removed(text=t, reason=r, at=at) for t, r, at in removed])
    return DocAnalysis(version="t", document=d, minhash=minhash(text))


def kept(doc_id: str, body: str) -> DocAnalysis:
    """A text that keeps the teaser as its last line (no footer above it)."""
    return doc(doc_id, body + "\n\n" + TEASER)


def cut(doc_id: str, body: str, reason: str = PROMO, at: int | None = None) -> DocAnalysis:
    """A text whose cleaner cut the print footer and the teaser under it (at its end unless ``at``)."""
    block = "This article appeared on page 9 of the main section.\n" + TEASER
    return doc(doc_id, body, [(block, reason, len(body) if at is None else at)])


def find(docs: list[DocAnalysis]) -> dict[str, list[schema.Furniture]]:
    return furniture.find(docs, duplicates.groups(docs, furniture.settings().related))


def test_a_teaser_kept_once_and_cut_twice_elsewhere_is_furniture_with_the_reasons():
    docs = [kept("k", HARBOUR), cut("c1", TOOLS), cut("c2", CHESS)]
    lines = find(docs)
    assert list(lines) == ["k"]
    (f,) = lines["k"]
    assert f.text == TEASER and docs[0].document.text[f.start:f.end] == TEASER
    assert (f.edge, f.documents, f.independent) == ("end", 3, 3)
    assert [(c.doc, c.reason) for c in f.removed_in] == [("c1", PROMO), ("c2", PROMO)]


def test_kept_twice_and_cut_once_is_furniture_too():
    lines = find([kept("k1", HARBOUR), kept("k2", RAIL), cut("c", TOOLS)])
    assert sorted(lines) == ["k1", "k2"]
    assert [c.doc for c in lines["k1"][0].removed_in] == ["c"]


def test_kept_once_and_cut_once_is_under_the_threshold():
    assert find([kept("k", HARBOUR), cut("c", TOOLS), doc("x", CHESS)]) == {}


def test_lines_kept_at_three_ends_still_list_no_removed_copy():
    lines = find([kept("k1", HARBOUR), kept("k2", RAIL), kept("k3", TOOLS)])
    assert sorted(lines) == ["k1", "k2", "k3"] and lines["k1"][0].removed_in == []


def test_a_copy_cut_from_a_comment_thread_is_no_witness():
    # readers quote an article's sentences: a removal as a comment proves nothing
    reason = "comments: reader comment thread (4 user-handle and time-stamp lines)"
    assert find([kept("k", HARBOUR), cut("c1", TOOLS, reason), cut("c2", CHESS, reason)]) == {}


def test_a_pull_quote_or_headline_removal_is_no_witness():
    for reason in ("caption: pull quote on a line of its own, given again word for word later",
                   "headline: the article's title line (kept as the document title, not body text)"):
        assert find([kept("k", HARBOUR), cut("c1", TOOLS, reason), cut("c2", CHESS, reason)]) == {}


def test_a_copy_cut_from_the_middle_of_its_text_is_no_witness():
    at = TOOLS.index("\n\n")  # the block stood between the first and second paragraphs
    assert find([kept("k", HARBOUR), cut("c1", TOOLS, at=at), cut("c2", CHESS)]) == {}


def test_a_copy_cut_in_a_related_copy_of_the_same_report_is_one_witness():
    edited = HARBOUR.replace("Tuesday", "Wednesday")  # another outlet's copy of the kept report
    assert find([kept("k", HARBOUR), cut("c1", edited), cut("c2", CHESS)]) == {}
    assert list(find([kept("k", HARBOUR), cut("c1", TOOLS), cut("c2", CHESS)])) == ["k"]


def test_the_story_s_own_line_printed_as_a_promo_elsewhere_stays():
    # an outlet ends two other reports on the harbour with a promo of its own article's lead;
    # where the line is kept it is the article's closing sentence, sharing the story's words
    own = "The council approved the new harbour wall on Tuesday."
    article = doc("k", HARBOUR + "\n\n" + own)
    other1 = ("Port Ellery fishermen worried about the harbour wall and the noise of the works.\n\n"
              "The council met them on Monday.")
    other2 = ("Engineers from Millbrook will design the Port Ellery harbour wall.\n\n"
              "Their firm built the town's bridge.")
    promos = [doc(f"p{i}", t, [(own, "promo: addresses the reader about 'Twitter'", len(t))]) for i, t in enumerate((other1, other2))]
    assert find([article, *promos]) == {}


def test_the_story_s_own_line_with_a_happening_read_in_it_stays():
    # the same line where the per-document stage read an event: the story's, however witnessed
    line = "Pickles sold out."
    bodies = (HARBOUR, TOOLS, CHESS)
    article = doc("k", bodies[0] + "\n\n" + line)
    at = article.document.text.index(line)
    article.events = [EventItem(start=at, end=at + len(line), text=line)]
    promos = [doc(f"p{i}", b, [(line, PROMO, len(b))]) for i, b in enumerate(bodies[1:])]
    assert find([article, *promos]) == {}
    article.events = []
    assert list(find([article, *promos])) == ["k"]


def test_a_removed_copy_in_quotation_marks_vetoes():
    quoted = '"Pickles are overrated."'
    docs = [kept("k", HARBOUR), doc("c1", TOOLS, [(quoted, PROMO, len(TOOLS))]), cut("c2", CHESS)]
    assert find(docs) == {}


def test_a_removed_copy_at_the_start_witnesses_a_line_kept_at_the_start():
    promo = "Sign up for the Millbrook morning letter."
    docs = [doc("k", promo + "\n\n" + HARBOUR),
            doc("c1", TOOLS, [(promo, "cta: imperative call to action addressed to the reader", 0)]),
            doc("c2", CHESS, [(promo, "cta: imperative call to action addressed to the reader", 0)])]
    lines = find(docs)
    assert list(lines) == ["k"] and lines["k"][0].edge == "start"
    # the same removals at the other end witness nothing for a line kept at the start
    docs[1:] = [doc(f"c{i}", b, [(promo, "cta: imperative call to action addressed to the reader", len(b))])
                for i, b in enumerate((TOOLS, CHESS))]
    assert find(docs) == {}


def test_a_document_that_keeps_the_line_and_also_had_a_copy_cut_counts_once():
    body = TOOLS + "\n\n" + TEASER
    both = doc("b", body, [(TEASER, PROMO, TOOLS.index("\n\n"))])
    assert find([kept("k", HARBOUR), both, doc("x", CHESS)]) == {}


def test_no_witness_reasons_gives_the_kept_only_rule(monkeypatch):
    cfg = furniture.settings()
    monkeypatch.setattr(furniture, "settings", lambda: dataclasses.replace(cfg, witness_reasons=frozenset()))
    assert find([kept("k", HARBOUR), cut("c1", TOOLS), cut("c2", CHESS)]) == {}


def test_the_settings_name_the_witness_reasons():
    assert furniture.settings().witness_reasons == {"promo", "cta"}
