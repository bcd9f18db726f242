"""Round eighteen (16q): a broadcaster's clip caption (a speaker and the words quoted from the
clip) run into the lead at the text's head, after the page's headline or alone, split off as a
heading (clean/runin.py's clip_quote_seam). Invented text only; each shape has must-keep twins."""

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.clean import runin
from storyline.clean.noise import _parser, clean_text

BODY = ("\n\nThe council met on Tuesday to hear the engineers, who said the work would take a month."
        "\n\nShops along the quay stayed shut for a second day.")


def _split_head(text):
    c = clean_text(text + BODY)
    return c, [c.text[h.start:h.end] for h in c.headings]


def test_headline_and_clip_quote_run_into_the_lead_are_split_off():
    head = 'Acme pledges to rebuild Port Ellery harbour Jane Roe of Acme: "We will be here until the last boat is back"'
    lead = "Acme has promised to rebuild the harbour of Port Ellery within a year."
    c, headings = _split_head(head + " " + lead)
    assert c.text.startswith(head + "\n\n" + lead)
    assert headings == [head]
    assert not c.removed  # split, nothing removed: the quoted words are the speaker's


def test_clip_quote_alone_with_a_role_is_split_off():
    head = 'Jane Roe, Acme harbour pilot: "We could not see the quay for the smoke"'
    lead = "Two ships collided in the mouth of the Port Ellery harbour on Monday night."
    c, headings = _split_head(head + " " + lead)
    assert c.text.startswith(head + "\n\n" + lead) and headings == [head]


def test_clip_quote_before_a_reported_lead_is_split_off():
    # the lead fronts its reported clause before the source; the subject's name is hyphenated
    head = 'Acme pledges to rebuild Port Ellery harbour Jane Roe of Acme: "We will be here until the last boat is back"'
    lead = "Acme boss John Doe-Smith will keep the harbour shut for months, the council has said."
    c, headings = _split_head(head + " " + lead)
    assert c.text.startswith(head + "\n\n" + lead) and headings == [head]


def test_a_quotation_inside_the_lead_is_kept():
    # must-keep twins: the quotation goes on in lower case, ends in a stop, or ends the sentence
    for line in ('Jane Roe had one answer: "We will stay" and the council agreed to keep the plant open for a year.',
                 'The sign on the door read: "Closed until further notice" when the workers came on Monday morning.',
                 'Jane Roe told the council: "We will stay." Acme workers cheered when they heard it on Monday.',
                 'Jane Roe of Acme said the plant would stay open: "We will be here until the last boat is back."'):
        c, headings = _split_head(line)
        assert c.text.startswith(line) and not headings and not c.removed, line


def test_lead_opening_on_a_title_cased_name_is_kept():
    line = "Port Ellery Harbour Relief Fund Trustees Jane Roe and John Doe said on Monday the fund had raised a million."
    c, headings = _split_head(line)
    assert c.text.split() == (line + BODY).split() and not headings


def test_one_line_text_is_kept():
    line = 'Jane Roe of Acme: "We will be here until the last boat is back" Acme has promised to stay.'
    c = clean_text(line)
    assert c.text == line and not c.removed


def test_only_the_head_of_the_text_is_read():
    text = ('The council met on Tuesday to hear the engineers.\n\nJane Roe of Acme: "We will be here until the last '
            'boat is back" Acme has promised to rebuild the harbour of Port Ellery within a year.')
    c = clean_text(text)
    assert not c.headings and 'back" Acme has promised' in c.text


def test_clip_quote_seam_needs_a_clause_after_the_mark():
    nlp = _parser()
    s = runin.clip_quote_seam('Jane Roe of Acme: "We will be here until the last boat is back" Acme has promised to stay open.', nlp)
    assert s is not None and s.head.endswith('back"')
    # after the mark a noun phrase, no clause: no seam
    assert runin.clip_quote_seam('Jane Roe of Acme: "We will be here until the last boat is back" Acme workers on the quay at dawn.', nlp) is None
    # a question, or no stop at the end: no seam
    assert runin.clip_quote_seam('Jane Roe of Acme: "We will be here until the last boat is back" Will Acme stay open?', nlp) is None


_QWORDS = st.sampled_from(["Jane", "Roe", "of", "Acme:", '"We', "stay", 'back"', "Acme", "has", "said", "it.", "the", "quay"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_QWORDS, min_size=1, max_size=25))
def test_a_clip_seam_follows_a_closing_mark_before_a_capital(words):
    s = " ".join(words) + "."
    seam = runin.clip_quote_seam(s, _parser())
    if seam is not None:
        assert s[:seam.at].rstrip().endswith('"') and s[seam.at].isupper()
        assert seam.head == s[:seam.at].rstrip() and len(s[seam.at:].split()) >= runin.TAIL_MIN_WORDS
