"""Round twenty-two (16b): a headline run into the lead (clean/runin.py's seam) is cut, not only
split off, when the lead says its words again by lemma ("fled" / "flee"), which the crude
stems of said_again do not match. Invented text only; each shape has a must-keep twin."""

from storyline.clean import runin
from storyline.clean.noise import _parser, clean_text, english_stopwords

BODY = ("\n\nThe council met on Tuesday to hear the engineers, who said the work would take a month."
        "\n\nShops along the quay stayed shut for a second day.")
HEAD = "Women flee as floods wreck villages"


def test_headline_restated_by_lemma_is_cut():
    lead = "Former teacher Jane Roe fled with a woman from the coast when the flood wrecked her village."
    assert not runin.said_again(HEAD, lead, english_stopwords())  # the stems alone do not see it
    c = clean_text(HEAD + " " + lead + BODY)
    assert c.text.startswith(lead)
    assert [r.text for r in c.removed] == [HEAD]


def test_headline_not_restated_is_split_off_and_kept():
    # must-not-fire twin: the same seam, a lead that does not say the span's words again
    # (round twenty-five, 25b: a span the tagger reads as a present caption clause, as HEAD,
    # is now cut as a caption by head_captions.runin_caption; the twin's span is in the past;
    # round thirty-one: a span that is a whole clause of its own, "Women fled as floods wrecked
    # villages", is now cut as a caption by head_captions.clause_seam as it is where the run-in
    # seam finds nothing: the twin's span is a phrase with no finite verb of its own)
    head = "Women fleeing as floods wrecked villages"
    lead = "Former teacher Jane Roe says the roads to the coast will open again by Friday evening."
    c = clean_text(head + " " + lead + BODY)
    assert c.text.startswith(head + "\n\n" + lead)
    assert not c.removed
    assert [c.text[h.start:h.end] for h in c.headings] == [head]


def test_restated_by_lemma_needs_three_words_and_half():
    nlp = _parser()
    assert runin._restated_by_lemma(nlp("pilots failing rescue harbour"), nlp("the pilot failed to reach the harbour in the rescue"))
    # two shared lemmas are not enough
    assert not runin._restated_by_lemma(nlp("pilots failing rescue harbour"), nlp("the pilot failed to reach the quay"))
