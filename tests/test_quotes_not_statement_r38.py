"""Round thirty-eight, issue 18 ("contents that are not statements": bare noun phrases and
readings): the seed-152 judges read as no statement the thing after "calling for" (Q10:
'statements ... calling for a temporary ban'), the source after "citing" (Q32: 'citing another
anonymous source'), the reporter's reading of what a comment "highlighted" (Q18) and the
object of "denying" in its sense of refusing a request (Q5: 'a role in denying additional
security requests'). Each rule has a text that fires and a twin that must not; all texts are
invented (the names are common ones, so that the tagger types them)."""

from __future__ import annotations

from pipeline_helpers import quote_texts as _texts

# --- the thing after "call for" is the thing wanted --------------------------------------------


def test_noun_after_called_for_is_no_content():
    assert _texts("Senator John Miller called for a temporary ban on imports from the region.") == []


def test_noun_after_a_participle_calling_for_is_no_content():
    got = _texts("Jane Roe said statements made by Bill Doe calling for a ban on imports make him a danger.")
    assert "a ban on imports" not in got


def test_gerund_after_called_for_is_no_content():
    assert _texts("Jane Roe has called for banning all imports from the region.") == []


def test_twin_called_on_someone_to_act_stays():
    got = _texts("Jane Roe called on Bill Doe to drop out of the race.")
    assert got == ["to drop out of the race"]


def test_twin_a_quoted_thing_called_for_stays():
    got = _texts('Bill Doe has called for "a heck of a lot tougher" than the old rules.')
    assert got and "a heck of a lot tougher" in got[0]


# --- a source cited is no claim ------------------------------------------------------------------


def test_a_source_after_citing_is_no_content():
    assert _texts("Members of the Roe family soured on Smith, the Gazette reported, citing another anonymous source.") == []


def test_people_and_data_after_citing_are_no_content():
    got = _texts("The mayor backed the plan, wrote Jane Roe, citing participants in the meeting.")
    assert not any("participants" in g for g in got)
    assert _texts("Bill Doe, citing data from the State Department, spoke for an hour.") == []


def test_twin_a_source_with_what_the_cue_says_of_it_stays():
    assert _texts("Bill Doe cited Jane Roe as the most likely buyer of the firm.") == [
        "Jane Roe as the most likely buyer of the firm"]


def test_twin_a_reason_cited_stays():
    assert _texts("Residents cited fears of terrorism and the cost of rent.") == [
        "fears of terrorism and the cost of rent"]


def test_twin_reports_of_something_stay():
    got = _texts("Judge Bill Doe cited reports of new attacks against banks in recent years.")
    assert len(got) == 1 and got[0].startswith("reports of new attacks")


# --- a comment or a finding "highlighted" something: the reporter's reading -----------------------


def test_what_a_comment_highlighted_is_no_content():
    assert _texts("The senator's remark highlighted the silence party leaders have shown amid calls for the "
                  "mayor to quit.") == []


def test_what_findings_underscore_is_no_content():
    assert _texts("The findings underscore the political risks for senators up for election next year.") == []


def test_twin_a_person_highlighting_her_remarks_stays():
    assert _texts("Jane Roe highlighted her remarks on schools and roads.") == ["her remarks on schools and roads"]


def test_twin_a_that_clause_after_underscores_stays():
    assert _texts("The report underscores that the agency failed to act.") == ["that the agency failed to act"]


# --- "deny" a request is a refusal, not a denial -------------------------------------------------


def test_denying_requests_is_no_content():
    assert _texts("Her testimony failed to show that she played a role in denying extra security requests "
                  "before the attack.") == []


def test_twin_denied_the_allegations_stays():
    assert _texts("Bill Doe denied the allegations made by the union.") == ["the allegations made by the union"]


def test_twin_a_report_highlighting_stays_but_findings_do_not():
    # a document states its findings (data/source_nouns.txt); "findings" are the reporter's reading
    assert _texts("The report highlighted the remarks of the mayor on the new harbour.") == [
        "the remarks of the mayor on the new harbour"]
    assert _texts("The findings highlighted the remarks of the mayor on the new harbour.") == []
