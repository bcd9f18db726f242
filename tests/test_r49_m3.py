"""Round forty-nine, mender m3: in-sample mends of the seed-164 audit's wrong quote spans and
brief opener (fnc1_c021, fnc1_c023). Every rule has a test that fails on the base code and a twin
it must not fire on, each on a short invented text run through the whole per-document stage."""

from __future__ import annotations

from pipeline_helpers import quoted_analysis


def _quotes(text: str):
    return quoted_analysis(text).quotes


def _holding(text: str, part: str):
    return [q for q in _quotes(text) if part in q.text]


# --- c023 Q13: an infinitive of purpose fronted before the tag is the reporter's "why" ---

_PURPOSE = ("The reporter asked Smith about the claims, but the comic just shook his head. "
            "To emphasize Smith's silence, Jones said, \"You're shaking your head no.\"\n")


def test_purpose_infinitive_is_no_statement():
    qs = _quotes(_PURPOSE)
    assert not any(q.text == "Smith's silence" for q in qs)
    assert any(q.text.startswith("You're shaking") and q.cue == "said" for q in qs)


def test_infinitive_governed_by_a_verb_keeps_its_content():
    assert _holding("Mary Jones wanted to emphasize that the plan was safe.\n", "the plan was safe")


# --- c021 Q3: a fronted participle of denial, and a fronted participle's clause as the bound ---

_DENYING = ("Acme Air on Sunday rejected reports that it plans to charge for bags.\n\n"
            "{verb} that such fees are being considered, Ahmed Al-Faris, the airline's spokesman, "
            "termed the reports as \"false\" and \"misleading.\"\n")


def test_denying_participle_content_is_dropped():
    assert not _holding(_DENYING.format(verb="Denying"), "such fees are being considered")


def test_plain_denial_keeps_its_content():
    qs = _holding("John Smith denied that a fee is being planned.\n", "a fee is being planned")
    assert qs and qs[0].denial


def test_fronted_participle_content_ends_with_its_clause():
    qs = _holding(_DENYING.format(verb="Insisting"), "such fees are being considered")
    assert qs and all("termed" not in q.text and "Al-Faris" not in q.text for q in qs)


def test_participle_before_its_own_sentence_end_is_untouched():
    qs = _holding("John Smith left the hall on Friday, saying that the plan was dead.\n", "the plan was dead")
    assert qs and qs[0].text.rstrip(".").endswith("the plan was dead")


# --- c021 Q9: "According to X, ..., an official said": the official's sentence ---

_ACCORDING = ("According to the new rules, travelers will have to book seats when they buy tickets, "
              "with the voucher valid for one year, an Acme official said.\n")


def test_according_to_does_not_run_over_another_tag():
    qs = _quotes(_ACCORDING)
    assert not any((q.cue or "").lower().startswith("according") for q in qs)
    assert any(q.cue == "said" and q.text.startswith("According to the new rules") for q in qs)


def test_according_to_before_another_report_stays():
    qs = _quotes("According to Jane Roe, the mayor said the bridge would close in May.\n")
    assert any((q.cue or "").lower().startswith("according") for q in qs)


# --- c023 Q11: "according to" in brackets inside the clause ---

def test_bracketed_source_inside_the_clause_gives_no_quote():
    qs = _quotes("That site is (according to its own disclaimer) a \"parody publication and for "
                 "entertainment purposes only.\" I have no idea who would believe it.\n")
    assert not any((q.cue or "").lower().startswith("according") for q in qs)


def test_bracketed_source_closing_the_sentence_keeps_the_words_before_it():
    qs = _quotes("Acme's prices rose 5 percent in May across the region (according to the company's own data).\n")
    acc = [q for q in qs if (q.cue or "").lower().startswith("according")]
    assert acc and acc[0].text == "Acme's prices rose 5 percent in May across the region"


# --- c023 Q3: a quotation finishing the reported clause of the same cue ---

_TAIL = ("During their last meeting, Mary Jones says she tried to get away from him, \"until he finally "
         "gave up, called me 'a child' and sent me home to Boston.\"\n\nMeanwhile the host expressed doubts.\n")


def test_lower_case_quotation_joins_the_report_it_finishes():
    qs = _holding(_TAIL, "until he finally")
    assert len(qs) == 1 and qs[0].text.startswith("she tried to get away") and qs[0].mixed


def test_quotation_with_a_tag_of_its_own_stays_apart():
    qs = _quotes("Mary Jones says she tried to get away from him, \"until he gave up and left,\" "
                 "her sister Ann Jones said.\n")
    assert any(q.cue == "says" and q.text == "she tried to get away from him" for q in qs)


# --- c021 B1: a shell noun ("this problem", "the issue") leaning on the sentence before ---

def test_shell_noun_bars_a_brief_sentence():
    from storyline.resolve.brief import dangling_shell_noun
    assert dangling_shell_noun('"There are solutions to this problem," said Jane Roe, the manager of Acme.')
    assert dangling_shell_noun("Officials said they would look into the issue.")


def test_shell_noun_that_says_what_it_is_reads_alone():
    from storyline.resolve.brief import dangling_shell_noun
    assert dangling_shell_noun("Roe raised the issue of pay at the meeting.") is None
    assert dangling_shell_noun("The problem is that the plant is old.") is None
    assert dangling_shell_noun("Acme will buy Zenith, a person familiar with the matter said.") is None
    assert dangling_shell_noun("The safety issue was raised by Roe.") is None


def test_lower_case_quotation_takes_the_reported_start_the_parse_left_out():
    # the reported words alone were mostly the quotation, so only the quotation was kept
    qs = _holding("During their last meeting, Jones says she tried to wrestle free, \"until he finally "
                  "gave up, called me 'a child' and sent me home to Boston.\"\n", "until he finally")
    assert len(qs) == 1 and qs[0].text.startswith("she tried to wrestle free") and qs[0].mixed
    assert qs[0].pieces and len(qs[0].pieces) == 2


def test_according_to_after_the_words_stays_over_a_tag_inside_them():
    qs = _quotes("Officers confirmed she had withdrawn the complaint against him last week, according to Snopes.\n")
    assert any((q.cue or "").lower().startswith("according") and q.text.startswith("Officers confirmed") for q in qs)


def test_fronted_participle_bound_keeps_a_closing_mark():
    qs = _quotes("Citing \u201cobligations at home,\u201d the former governor\u2019s spokeswoman told reporters "
                 "that Gore plans to skip the festivities in Philadelphia.\n")
    cited = [q for q in qs if q.cue == "Citing"]
    assert all(q.text.endswith("\u201d") or "\u201c" not in q.text for q in cited)


def test_fronted_participle_bound_closes_a_quotation_it_holds():
    qs = _quotes("Acknowledging that Trump \u201csays a lot of silly stuff,\u201d though, Allen did suggest "
                 "that the mogul\u2019s wealth does give him a unique advantage.\n")
    ack = [q for q in qs if q.cue == "Acknowledging"]
    assert ack and ack[0].text.endswith("stuff,\u201d") and "though" not in ack[0].text
