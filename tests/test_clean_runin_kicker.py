"""Round eighteen (16q): a page's headline run into the lead at the text's head, two shapes the
round-sixteen reader (clean/runin.py) abstained on: a headline opening on a kicker and a colon
("<Place> flood: ..."), and a headline whose last noun the tagger reads as a verb when the span
is parsed alone ("... over flood remarks"). Invented text only; each shape has must-keep twins."""

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.clean import runin
from storyline.clean.noise import _parser, clean_text

BODY = ("\n\nThe council met on Tuesday to hear the engineers, who said the work would take a month."
        "\n\nShops along the quay stayed shut for a second day.")


def _head_pieces(c):
    return [r.text for r in c.removed if r.reason.startswith("headline")]


def test_headline_after_a_kicker_is_split_off():
    # parsed whole, "In depth" hangs on the lead's verb; read after the colon the seam is plain
    text = "In depth: Port Ellery's housing crisis The Acme Trust has called it the worst shortage the town has seen in fifty years."
    c = clean_text(text + BODY)
    assert c.text.startswith("In depth: Port Ellery's housing crisis\n\nThe Acme Trust has called it")
    assert c.text.split() == (text + BODY).split()  # unsure: split off as a heading, nothing removed
    assert [c.text[h.start:h.end] for h in c.headings] == ["In depth: Port Ellery's housing crisis"]


def test_headline_ending_on_a_noun_read_as_a_verb_is_split_off():
    # "remarks" alone after "flood" is tagged VBZ; it has no subject of its own and "the remarks" is a noun
    text = "Mayor attacked over Port Ellery flood remarks Jane Roe thinks the flood will be matched in other towns of the coast."
    c = clean_text(text + BODY)
    assert c.text.startswith("Mayor attacked over Port Ellery flood remarks\n\nJane Roe thinks the flood")
    assert c.text.split() == (text + BODY).split()


def test_a_verb_with_its_own_subject_is_no_misread_noun():
    # must-keep twin: "Jane Roe faces" is a verb with its subject: the span goes on across "| Port Ellery"
    for line in ("Acme boss Jane Roe faces Port Ellery council members who asked on Monday why the plant had shut.",
                 "Update: Acme boss Jane Roe faces Port Ellery council members who asked on Monday why the plant had shut."):
        c = clean_text(line + BODY)
        assert c.text.startswith(line) and not _head_pieces(c), line
    nlp = _parser()
    assert not runin.misread_noun(nlp("Acme boss Jane Roe faces"), nlp)
    assert not runin.misread_noun(nlp("Acme shut its plant and quits"), nlp)  # "and" before: a verb goes on
    assert runin.misread_noun(nlp("Mayor attacked over Port Ellery flood remarks"), nlp)


def test_lead_with_a_colon_is_kept():
    # must-keep twins: a colon later in the lead, a colon after a name, a colon after a short lead-in
    for line in ("Jane Roe had one message for the council: Acme workers will be paid in full by the spring.",
                 "Mayor Jane Roe: Acme workers will be paid in full by the end of the month.",
                 "The verdict: Acme workers will be paid in full, Jane Roe said on Monday after the hearing."):
        c = clean_text(line + BODY)
        assert c.text.startswith(line) and not c.removed, line


def test_lead_opening_on_a_title_cased_name_is_kept():
    # must-keep twin: a long title-cased name opening the lead is no headline
    line = "Port Ellery Harbour Relief Fund Trustees Jane Roe and John Doe said on Monday the fund had raised a million."
    c = clean_text(line + BODY)
    assert not _head_pieces(c) and c.text.split() == (line + BODY).split()


def test_one_line_text_with_a_kicker_is_kept():
    line = "Port Ellery flood: Acme opens a relief fund for the families of the harbour."
    c = clean_text(line)
    assert c.text == line and not c.removed


def test_kicker_end():
    assert runin.kicker_end("Port Ellery flood: Acme pays its workers") == len("Port Ellery flood: ")
    assert runin.kicker_end("In depth: Acme") == len("In depth: ")
    assert runin.kicker_end("Jane Roe had one message for the council: Acme") == 0  # more than 4 words before
    assert runin.kicker_end("Port Ellery flood: workers paid") == 0  # no capital after the colon
    assert runin.kicker_end("Acme, Port Ellery: Jane") == 0  # a comma in the kicker


_KWORDS = st.sampled_from(["Acme", "Port", "Ellery", "flood", "the", "In", "depth:", "Jane", "Roe", ":", "said", "a,"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_KWORDS, min_size=1, max_size=12))
def test_kicker_end_is_a_colon_within_four_words(words):
    s = " ".join(words)
    k = runin.kicker_end(s)
    if k:
        assert s[k - 2:k] == ": " and s[k:k + 1].isupper()
        assert len(s[:k].split()) <= 4 and "," not in s[:k]
