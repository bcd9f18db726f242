"""bench/t17.py: a wire ticker the corpus's own splitter broke at its dot is one sentence
again (issue 23, round sixteen: a brief sentence opened on the ticker's debris "S, ...").
Small lines written here, in the corpus's tokenised shape."""

from __future__ import annotations

from benchmod import bench
from hypothesis import given
from hypothesis import strategies as st

t17 = bench("t17")


def test_a_ticker_broken_at_its_dot_is_joined():
    lines = ["Acme Drilling -LRB- ACD .", "N -RRB- said on Monday it would cut jobs ."]
    out = t17.join_ticker_lines(lines)
    assert out == ["Acme Drilling -LRB- ACD.N -RRB- said on Monday it would cut jobs ."]
    assert t17.detok(out[0]) == "Acme Drilling (ACD.N) said on Monday it would cut jobs."


def test_a_ticker_whose_bracket_was_lost_is_joined_and_closed():
    lines = ["The rig , owned by Roe Marine -LRB- RMX .", "S , sank off Port Ellery on May 2 ."]
    out = t17.join_ticker_lines(lines)
    assert [t17.detok(x) for x in out] == ["The rig, owned by Roe Marine (RMX.S), sank off Port Ellery on May 2."]


def test_two_tickers_in_a_row_are_both_joined():
    lines = ["In Port Ellery , Acme Air -LRB- 0101 .", "HK -RRB- and Roe Air -LRB- 0202 .",
             "HK -RRB- fell 4 percent .", "Shares rose elsewhere ."]
    out = [t17.detok(x) for x in t17.join_ticker_lines(lines)]
    assert out == ["In Port Ellery, Acme Air (0101.HK) and Roe Air (0202.HK) fell 4 percent.", "Shares rose elsewhere."]


def test_a_line_after_a_dangling_ticker_that_is_no_exchange_stays_its_own():
    # the exchange was lost: the next line is a sentence of its own (a quote, a name);
    # round twenty (16u): the half ticker left open is dropped, its sentence ends at the name
    lines = ["The maker , Roe Labs -LRB- RLB .", "`` We will act soon , '' she said .",
             "Acme -LRB- ACM .", "Some analysts said so ."]
    out = t17.join_ticker_lines(lines)
    assert out == ["The maker , Roe Labs .", "`` We will act soon , '' she said .", "Acme .", "Some analysts said so ."]
    assert t17.detok(out[0]) == "The maker, Roe Labs."


def test_a_dangling_ticker_on_the_last_line_is_dropped_too():
    assert t17.join_ticker_lines(["Shares of Roe Labs -LRB- RLB ."]) == ["Shares of Roe Labs ."]


def test_a_bracket_left_open_on_words_is_no_ticker_and_stays():
    # must not fire: a lower-case aside left open ("(approx.", "(see.") is not a ticker
    lines = ["The well sits at great depths -LRB- approx .", "Many of the samples were lost ."]
    assert t17.join_ticker_lines(lines) == lines


def test_a_ticker_that_lost_its_brackets_is_joined_and_bracketed():
    # round twenty (16u): "Roe Insurance RIN ." / "UL estimated ...": one sentence again
    lines = ["Last week , Roe Insurance of Port Ellery RIN .", "UL estimated its claims at $ 300 million .",
             "Acme Air ACA .", "N and Roe Air -LRB- ROA .", "O -RRB- fell 4 percent ."]
    out = [t17.detok(x) for x in t17.join_ticker_lines(lines)]
    assert out == ["Last week, Roe Insurance of Port Ellery (RIN.UL) estimated its claims at $300 million.",
                   "Acme Air (ACA.N) and Roe Air (ROA.O) fell 4 percent."]


def test_a_sentence_ending_on_an_acronym_before_a_new_sentence_is_not_joined():
    # must not fire: an agency's initials end a sentence and the next opens on a word in
    # capitals that is no exchange ("US", "BP", "TPS", "I", "A")
    lines = ["The claims were sent to the FDA .", "US officials said so .", "It was paid by RLB .",
             "BP said it would pay .", "The EPA .", "A spokesman said it was safe .", "Roe told CNN .",
             "I think so , she said ."]
    assert t17.join_ticker_lines(lines) == lines


def test_a_sentence_ending_on_an_abbreviation_is_not_joined():
    lines = ["The team flew to the U.S .", "N , the agency said , was not told .",
             "Acme Corp -LRB- see below -RRB- .", "L -RRB- shares fell ."]
    assert t17.join_ticker_lines(lines) == lines


@given(st.lists(st.text(alphabet="abcXYZ .,-", max_size=30), max_size=6))
def test_lines_without_an_open_bracket_are_left_alone(lines):
    lines = [x for x in lines if "-LRB-" not in x]
    assert t17.join_ticker_lines(lines) == lines


@given(st.lists(st.sampled_from(["Acme -LRB- ACM .", "N -RRB- rose .", "S , fell .", "Roe said .", "L -RRB- ."]),
                max_size=8))
def test_a_join_only_moves_the_exchange_and_puts_a_lost_bracket_back(lines):
    out = t17.join_ticker_lines(lines)
    # a half ticker left open with no exchange after it is dropped (round twenty, 16u)
    squash = lambda xs: "".join("".join(xs).replace("-RRB-", "").replace("-LRB- ACM", "").split())  # noqa: E731
    assert squash(out) == squash(lines)
    assert len(out) <= len(lines)


def test_tokenised_copy_is_told_from_copy_as_written():
    # round thirty-three: the PTB reading closed the space before an opening single quote of
    # copy that was never tokenised ("Roe: 'We will' ..." read as "Roe:'We will' ...")
    assert t17.tokenised("The rig , owned by Roe Marine , sank .\nIt was towed away .\n")
    assert t17.tokenised("He called it `` a good start '' on Monday")
    assert not t17.tokenised("Roe: 'We will win.'\n\nThe mayor, who spoke first, agreed.\n")
    assert not t17.tokenised("Not paying taxes ''makes me smart,'' Roe said on Monday.\n")


def test_copy_as_written_keeps_its_quote_spacing(tmp_path):
    day = tmp_path / "InputDocs" / "2016-02-09"
    day.mkdir(parents=True)
    (day / "a.txt").write_text("Roe: 'We will win.'\n\nThe mayor, who spoke first, agreed.\n", encoding="utf-8")
    (day / "b.txt").write_text("Roe said `` we will win '' .\nThe mayor agreed .\n", encoding="utf-8")
    got = {name: text for name, _, text in t17.topic_docs(tmp_path, detokenise=True)}
    assert got["2016-02-09/a.txt"] == "Roe: 'We will win.'\n\nThe mayor, who spoke first, agreed."
    assert got["2016-02-09/b.txt"] == "Roe said \"we will win\".\n\nThe mayor agreed."
