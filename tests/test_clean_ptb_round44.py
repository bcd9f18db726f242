"""Round forty-four, integrator (in-sample, seed 159): breaks of the tokenised corpus's own sentence
splitter mended, each with a twin that must stay apart. Lines written here, in the tokenised shape."""

from __future__ import annotations

from benchmod import bench
from hypothesis import given
from hypothesis import strategies as st

from storyline.clean import clean_record, ptb
from storyline.types import Record

t17 = bench("t17")


def test_a_web_address_broken_at_its_dot_is_joined():
    # H1N1_reuters K15: "traffic soared at CDC." / "gov last month ..."
    out = ptb.join_domain_splits(["Traffic soared at Acmehealth . ", "gov last month , as people looked for advice ."])
    assert [ptb.detok(x) for x in out] == ["Traffic soared at Acmehealth.gov last month, as people looked for advice."]


def test_twin_a_line_opening_on_net_after_an_abbreviation_stays_apart():
    lines = ["Profits at Acme Inc .", "net income rose 5 percent ."]
    assert ptb.join_domain_splits(lines) == lines


def test_twin_a_domain_word_in_capitals_opening_a_line_stays_apart():
    lines = ["He posted it on Acme .", "Com Hem said on Monday it would cut jobs ."]
    assert ptb.join_domain_splits(lines) == lines


def test_the_cleaner_joins_the_broken_address_in_tokenised_copy():
    raw = ("Web traffic measurement firm Roestat says traffic soared at Acmehealth . \n"
           "gov last month , as people visited the website amid concerns over the flu . \n"
           "The site 's managers said on Monday they had added servers to cope . \n")
    d = clean_record(Record(source="t.txt", text=raw))
    assert "Acmehealth.gov last month" in d.text


def test_a_bare_ticker_that_kept_its_closing_bracket_is_joined():
    # bpoil_reuters K8, K18: "Transocean Ltd RIGN ." / "N -RRB- and Halliburton ..."
    out = t17.join_ticker_lines(["The order covers Roe Marine RMXN .", "N -RRB- and Acme Co -LRB- ACM .",
                                 "N -RRB- , the department said ."])
    assert [t17.detok(x) for x in out] == ["The order covers Roe Marine (RMXN.N) and Acme Co (ACM.N), the department said."]


def test_twin_a_line_opening_on_a_capital_letter_word_after_an_acronym_stays_apart():
    lines = ["The talks were run by NATO .", "A -RRB- list of members follows ."]
    assert t17.join_ticker_lines(lines) == lines


@given(st.lists(st.sampled_from(["Acme .", "gov said it .", "com , and", "A line .", "org -RRB- x", "edu"]), max_size=6))
def test_joining_addresses_keeps_every_word_in_order(lines):
    out = ptb.join_domain_splits(lines)
    assert " ".join(out).replace(".", " ").split() == " ".join(lines).replace(".", " ").split()
