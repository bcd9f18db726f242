"""Round eighteen (16x): a live page's "as it happened" headline at the text's head and a
programme page's broadcast stamp, each cut, with must-keep twins. Invented texts."""

from __future__ import annotations

from storyline.clean.noise import clean_text

BODY = ("\n\nRescue teams are searching the lower town of Port Ellery, where the river broke its banks on Tuesday night.\n\n"
        "1400 Jane Roe, of Acme Relief, says the water is still rising and that two bridges have been closed.\n\n"
        "1330 The regional council says it has opened three shelters for families who have lost their homes.\n")


def _cut(text: str) -> list[tuple[str, str]]:
    return [(r.reason.split(":")[0], r.text) for r in clean_text(text).removed]


# ------------------------------------------------------------ "as it happened"

def test_label_then_headline_ending_on_its_date_is_cut_the_standfirst_kept():
    text = ("As it happened: Port Ellery floods 14 Jan Live coverage following the floods in Port Ellery, "
            "in which hundreds are feared to have died." + BODY)
    c = clean_text(text)
    assert ("headline", "As it happened: Port Ellery floods 14 Jan") in _cut(text)
    assert c.text.startswith("Live coverage following the floods in Port Ellery")


def test_headline_then_dash_and_label_is_cut_the_standfirst_kept():
    text = ("Acme chief faces the committee - as it happened Acme's chief executive Jane Roe is questioned "
            "by a congressional committee." + BODY)
    c = clean_text(text)
    assert ("headline", "Acme chief faces the committee - as it happened") in _cut(text)
    assert c.text.startswith("Acme's chief executive Jane Roe is questioned")


def test_a_sentence_ending_as_it_happened_stays():
    text = ("Acme published an hour-by-hour log of each event, as it happened. The report runs to 200 pages."
            + BODY)
    c = clean_text(text)
    assert c.text.startswith("Acme published an hour-by-hour log of each event, as it happened.")
    assert not any(r.reason.startswith("headline: a live page") for r in c.removed)


def test_as_it_happened_without_a_date_or_below_the_head_stays():
    undated = "As it happened: the town was ready for the water Rescue teams had been in place since Monday." + BODY
    assert not any(r.reason.startswith("headline: a live page") for r in clean_text(undated).removed)
    low = BODY + "\n\nThat was not all. The fire spread - as it happened Jane Roe was away that week.\n"
    c = clean_text(low)
    assert "The fire spread - as it happened Jane Roe was away that week." in c.text


# ------------------------------------------------------------ "First broadcast <date>"

def test_broadcast_stamp_lines_are_cut():
    for stamp in ("First broadcast 3 March 2011 Only a few relief lorries reach the valley towns",
                  "Broadcast on Acme Radio 4, 5:45 PM Wed, 17 Jun 2009 Available until 11:59 PM Sat, 31 Dec 2095",
                  "Broadcast on Acme Radio 4, 5:45 PM Wed, 17 Jun 2009 Available until 11:59 PM Sat, 31 Dec 2095 "
                  "First broadcast Acme Radio 4, 5:45 PM Wed, 17 Jun 2009"):
        text = BODY.strip() + "\n\n" + stamp + "\n"
        assert ("label", stamp) in _cut(text), stamp
        assert stamp not in clean_text(text).text


def test_broadcast_sentences_stay():
    for line in ("Broadcast on 9 May, the film drew ten million viewers across the region.",
                 "It was broadcast on Acme Radio on 22 January.",
                 "First broadcast in the spring, the series returns next week with Jane Roe."):
        text = BODY.strip() + "\n\n" + line + "\n"
        assert line in clean_text(text).text, line


def test_a_live_headline_alone_on_its_line_is_cut_its_twin_with_a_stop_stays():
    alone = "Acme chief faces the committee - as it happened\n\nAcme's chief executive Jane Roe is questioned today." + BODY
    assert ("headline", "Acme chief faces the committee - as it happened") in _cut(alone)
    stopped = "Acme chief faces the committee - as it happened.\n\nAcme's chief executive Jane Roe is questioned today." + BODY
    assert not any(r.reason.startswith("headline: a live page") for r in clean_text(stopped).removed)


def test_a_second_live_headline_left_alone_after_the_cut_is_cut_too_a_line_after_it_stays():
    both = "As it happened: Port Ellery floods 14 Jan Acme chief faces the committee - as it happened"
    text = both + "\n\nAcme's chief executive Jane Roe is questioned today." + BODY
    assert ("headline", both) in _cut(text)  # the two pieces, cut side by side, are one removal
    told = "As it happened: Port Ellery floods 14 Jan Acme's chief faces the committee today after the floods."
    c = clean_text(told + BODY)
    assert ("headline", "As it happened: Port Ellery floods 14 Jan") in _cut(told + BODY)
    assert c.text.startswith("Acme's chief faces the committee today after the floods.")
