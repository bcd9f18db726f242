"""Quotes: direct quote finding, reported speech, speaker resolution."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.analyse.quotes import find_direct
from storyline.pipeline import analyse_record, build_story
from storyline.types import Record


def _quotes(text: str):
    a = analyse_record(Record(source="x.txt", text=text))
    t = a.document.text
    for q in a.quotes:
        assert t[q.start : q.end] == q.text
    return a


def _speaker(a, q) -> str | None:
    if q.speaker_mention is not None:
        m = a.mentions[q.speaker_mention]
        ref = m.context.get("ref")
        return a.mentions[ref].text if isinstance(ref, int) else m.text
    ante = q.antecedent_mention
    if ante is not None:
        m = a.mentions[ante]
        ref = m.context.get("ref")
        return a.mentions[ref].text if isinstance(ref, int) else m.text
    return q.speaker_text


def _find(a, start: str):
    hits = [q for q in a.quotes if q.text.startswith(start)]
    assert hits, [q.text for q in a.quotes]
    return hits[0]


def _piece(a, start: str):
    """The quote one of whose pieces starts with ``start`` (a quotation continued after its
    tag's paragraph is the second piece of the tagged one since round twenty-two, 18p)."""
    t = a.document.text
    hits = [q for q in a.quotes if any(t[x:y].startswith(start) for x, y in q.pieces)]
    assert hits, [q.text for q in a.quotes]
    return hits[0]


# --- the scanner ---------------------------------------------------------------------


def test_quote_mark_styles():
    for open_, close in [('"', '"'), ("“", "”"), ("„", "“"), ("«", "»"), ("»", "«"), ("‘", "’"), ("'", "'"), ("「", "」")]:
        text = f"He said: {open_}We will build it here{close} and left."
        ds = find_direct(text)
        assert [text[d.start : d.end] for d in ds] == ["We will build it here"], open_


def test_doubled_apostrophes_and_backticks():
    text = "''Perhaps,'' the mayor said, ''this bridge will bring the towns closer.'' Then ``Yes,'' she said."
    assert [text[d.start : d.end] for d in find_direct(text)] == ["Perhaps,", "this bridge will bring the towns closer.", "Yes,"]


def test_apostrophes_are_not_quotes():
    text = "Huawei’s chief said it wasn't the company's plan in the '90s."
    assert find_direct(text) == []


def test_multi_paragraph_quote():
    text = '“The first paragraph goes on.\n\n“And the second one ends it,” she said.'
    ds = find_direct(text)
    assert len(ds) == 1 and len(ds[0].pieces) == 2
    assert text[ds[0].start : ds[0].end].endswith("ends it,")


def test_odd_quote_marks_do_not_crash_or_run_on():
    text = 'He said "this never closes.\n\nA new paragraph with "a real quote" here.'
    ds = find_direct(text)
    assert [text[d.start : d.end] for d in ds] == ["a real quote"]


@settings(derandomize=True, max_examples=300)
@given(st.lists(st.sampled_from(list('ab ,.\n"“”‘’\'«»„') + ["said", "X"]), max_size=120))
def test_scanner_never_crashes_and_spans_are_valid(parts):
    text = "".join(parts)
    for d in find_direct(text):
        assert 0 <= d.outer_start < d.start <= d.end < d.outer_end <= len(text)
        for a, b in d.pieces:
            assert d.start <= a <= b <= d.end


@settings(derandomize=True, max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(['"We will grow,"', "Ren said", "“", "”", "she added", "Jane Li", ".", "\n\n",
                                 "according to Bloomberg", "that sales fell", "'"]), max_size=12))
def test_extract_never_crashes_and_spans_are_valid(parts):
    text = " ".join(parts)
    a = _quotes(text)
    for q in a.quotes:
        assert 0 <= q.start <= q.end <= len(a.document.text)
        if q.speaker_mention is not None:
            assert 0 <= q.speaker_mention < len(a.mentions)
        if q.speaker_start is not None:
            assert a.document.text[q.speaker_start : q.speaker_end] == q.speaker_text


# --- speakers ---------------------------------------------------------------------------


def test_direct_quote_speaker_after_and_before():
    a = _quotes('"We are growing our business here," Jane Li said on Monday.\n\n'
                'Tim Cook said, "The market is strong and we like it here."')
    assert _speaker(a, _find(a, "We are growing")) == "Jane Li"
    assert _speaker(a, _find(a, "The market is strong")) == "Tim Cook"


def test_appositive_speaker_over_the_title():
    a = _quotes("Its COO for retail in the U.K., Jane Roe, said the firm was still courting suppliers.")
    q = _find(a, "the firm was still")
    assert q.kind == "indirect" and _speaker(a, q) == "Jane Roe"


def test_pronoun_resolved_by_gender_and_last_speaker():
    a = _quotes('Ms. Jane Li met Mr. Tom Brown in Las Vegas. "We are not leaving," Li said.\n\n'
                'Brown listened. "When you are caught in the crossfire, it is hard," she noted.')
    q = _find(a, "When you are caught")
    assert q.pronoun == "she" and q.speaker_via == "pronoun"
    assert _speaker(a, q) == "Jane Li"


def test_he_added_goes_to_the_previous_speaker():
    a = _quotes('Acme founder Victor Hale met reporters. "I will welcome such letters," Hale said.\n\n'
                'He added, "The country wants to see its factories grow."')
    assert _speaker(a, _find(a, "The country wants")) == "Victor Hale"


def test_continuation_of_previous_speaker():
    a = _quotes('"The best competition is about the cloud," Jane Li said.\n\n'
                '"So we need to have a large platform to reinvent that equipment."')
    q = _piece(a, "So we need")
    assert q.text.startswith("The best competition") and _speaker(a, q) == "Jane Li"


def test_reported_speech_forms():
    a = _quotes("Victor Hale said that the retail business will not be sharply cut. "
                "According to Bloomberg, sales overseas have fallen by 30%. "
                "Jane Roe told Bloomberg it does not compete on cost. "
                "A Reuters report in March also mentioned that Acme is in talks to sell its printers.")
    assert _speaker(a, _find(a, "that the retail business")) == "Victor Hale"
    assert _speaker(a, _find(a, "sales overseas have fallen")) == "Bloomberg"
    assert _speaker(a, _find(a, "it does not compete")) == "Jane Roe"
    assert _speaker(a, _find(a, "that Acme is in talks")) == "Reuters"
    assert all(q.kind == "indirect" for q in a.quotes)


def test_mixed_quote_is_one_reported_item():
    a = _quotes("Mr. Victor Hale said that the retail business will “not be sharply cut” in 2021.")
    assert len(a.quotes) == 1
    q = a.quotes[0]
    assert q.kind == "indirect" and q.mixed and "“not be sharply cut”" in q.text


def test_scare_quotes_are_not_quotes():
    a = _quotes('The company said its confidence had "risen" about its "viability" this year.')
    assert not any(q.kind == "direct" for q in a.quotes)


def test_nominal_speaker_tied_by_the_corpus():
    docs = [
        "Zentrix founder Victor Hale spoke to CNBC on Monday about the company's printers.",
        "The president of Zentrix said that the firm would never part with its printer business.",
    ]
    analyses = [analyse_record(Record(source=f"d{i}.txt", text=t)) for i, t in enumerate(docs)]
    story = build_story(analyses)
    ren = next(e for e in story.entities if e.name == "Victor Hale")
    q = next(q for q in story.quotes if q.text.startswith("that the firm would never"))
    assert q.speaker == ren.id and q.speaker_text == "The president of Zentrix"


def test_nominal_speaker_unresolved_without_support():
    docs = [
        "Zentrix founder Victor Hale spoke to CNBC on Monday.",
        "The president of Norvia said that the firm would never part with its printer business.",
    ]
    analyses = [analyse_record(Record(source=f"d{i}.txt", text=t)) for i, t in enumerate(docs)]
    story = build_story(analyses)
    q = next(q for q in story.quotes if q.text.startswith("that the firm would never"))
    assert q.speaker is None or q.speaker != next(e.id for e in story.entities if e.name == "Victor Hale")


# --- the huawei-us corpus -----------------------------------------------------------------


def test_huawei_quotes(huawei_story):
    story = huawei_story
    by_id = {e.id: e for e in story.entities}
    docs = {d.id: d.text for d in story.documents}

    def speaker_of(start: str) -> str:
        hits = [q for q in story.quotes if q.text.startswith(start)]
        assert hits, start
        return by_id[hits[0].speaker].name if hits[0].speaker else None

    for start in ("Our overseas business situation", "I will welcome such phone calls",
                  "We have more means to overcome"):
        assert speaker_of(start) == "Ren Zhengfei", start
    for start in ("We are not leaving U.S.", "When you're caught in"):
        assert speaker_of(start) == "Jane Li", start
    ids = [q.id for q in story.quotes]
    assert len(ids) == len(set(ids))
    for q in story.quotes:
        assert docs[q.span.doc][q.span.start : q.span.end] == q.text
        if q.speaker_span:
            assert docs[q.speaker_span.doc][q.speaker_span.start : q.speaker_span.end] == q.speaker_text
        if q.cue_span:
            assert docs[q.cue_span.doc][q.cue_span.start : q.cue_span.end] == q.cue


def test_sentence_break_ignores_abbreviations():
    a = _quotes('"There is the notion that something might have been done," Mr. Obama said.')
    q = _find(a, "There is the notion")
    assert q.cue == "said" and _speaker(a, q) == "Obama"


def test_transcript_turns():
    text = ("Republican nominee Mike Pence spoke to Chris Wallace on Sunday.\n\n"
            "WALLACE: Let us start with the latest on the budget fight tonight.\n\n"
            "PENCE: Well, the question really should be about the campaign.")
    a = _quotes(text)
    w = _find(a, "Let us start")
    p = _find(a, "Well, the question")
    assert w.speaker_text == "WALLACE" and _speaker(a, w) == "Chris Wallace"
    assert p.speaker_text == "PENCE" and _speaker(a, p) == "Mike Pence"


def test_object_and_infinitive_contents():
    a = _quotes("Acme has firmly denied the claims of price fixing. "
                "Governors have urged the Senate to keep the grant scheme as it is.")
    assert _speaker(a, _find(a, "the claims of price fixing")) == "Acme"
    assert any(q.text.startswith("to keep the grant scheme") for q in a.quotes)


def test_trailing_and_parenthetical_attributions():
    a = _quotes("The van was supposed to be escorted by a police detail, another source said. "
                "Acts of protest, Mr. Obama said, are a form of loyalty in a free country.")
    q = _find(a, "The van was supposed")
    assert q.kind == "indirect" and q.speaker_text == "another source" and q.cue == "said"
    p = _find(a, "Acts of protest")
    assert _speaker(a, p) == "Obama"
    pieces = p.pieces
    assert [a.document.text[x:y] for x, y in pieces] == ["Acts of protest", "are a form of loyalty in a free country"]


def test_addressee_is_not_content():
    a = _quotes("Trump told Bill O'Reilly of Fox News about his plans on Monday.")
    assert not any(q.text.startswith("Bill O'Reilly") for q in a.quotes)


def test_according_to_with_a_long_source_and_call_for():
    a = _quotes("According to radio host Rush Limbaugh, the plan smells of panic and weakness. "
                "In May, the NAACP called for a pause on new toll roads.")
    q = _find(a, "the plan smells")
    assert q.cue == "According to" and _speaker(a, q) == "Rush Limbaugh"
    # round thirty-eight: the thing called for is no statement (no_statement.tsv's
    # "thing_called_for", the seed-152 judges' Q10); the according-to source above is kept
    assert not any("a pause on new toll roads" in x.text for x in a.quotes)


def test_relative_pronoun_speaker_keeps_its_span_and_resolves():
    a = _quotes("It is Huawei chief executive Ren Zhengfei who acknowledges that Google's system is important.")
    q = _find(a, "that Google's system")
    assert q.speaker_text == "who" and a.document.text[q.speaker_start : q.speaker_end] == "who"
    assert _speaker(a, q) == "Ren Zhengfei"


def test_dash_byline_after_a_quote():
    a = _quotes("Readers wrote to us after the debate.\n\n"
                "“Donald Trump scares me. Hearing him talk makes me fearful.” ― Krystal Correa\n"
                "“He can’t even reply to a question without frightening the room.” — Esther Tapia.")
    q1, q2 = _find(a, "Donald Trump scares me"), _find(a, "He can’t even reply")
    assert _speaker(a, q1) == "Krystal Correa" and _speaker(a, q2) == "Esther Tapia"
    assert q1.cue == "―"


def test_quote_items_stored_with_the_old_extra_dict_still_read():
    from storyline.types import QuoteItem

    old = {"start": 0, "end": 5, "text": "hello", "kind": "indirect",
           "extra": {"pronoun": "he", "antecedent_mention": 2, "roles": ["ceo"], "pieces": [[0, 2], [3, 5]],
                     "surface": [10, 12], "mixed": True}}
    q = QuoteItem.model_validate(old)
    assert (q.pronoun, q.antecedent_mention, q.roles, q.pieces, q.pronoun_span, q.mixed) == (
        "he", 2, ["ceo"], [(0, 2), (3, 5)], (10, 12), True)
    assert QuoteItem.model_validate({"start": 0, "end": 5, "text": "hello", "kind": "direct"}).pieces == []


def test_quotation_runs_on_over_sentence_split_paragraphs():
    # one sentence a line: the quotation opens in one paragraph and closes in a later one
    text = 'He spoke at length.\n\n"There is no reason to do that.\n\nIt is not a swine influenza," he said.'
    ds = find_direct(text)
    assert [text[d.start : d.end] for d in ds] == ["There is no reason to do that.\n\nIt is not a swine influenza,"]
    text = ('Brown added: "This is going on in every town.\n\nIf people have a fever they should call.\n\n'
            '"We are finding that they can help," he said.')
    ds = find_direct(text)
    assert len(ds) == 1 and len(ds[0].pieces) == 3 and text[ds[0].start :].startswith("This is going on")
    # twin: a heading or a new quotation in the next paragraph is not run into
    for nxt in ["A heading", 'A new "real quote" here.', "A line with no end mark at all"]:
        text = f'He said "this never closes.\n\n{nxt}\n\nShe left," he said.'
        assert all(not text[d.start : d.end].startswith("this never") for d in find_direct(text)), nxt


def test_lone_backtick_opens_a_quotation():
    text = 'Lasse Petersen said: ` We are doing everything we can.\n\n"The process is under way."'
    ds = find_direct(text)
    assert len(ds) == 1 and text[ds[0].start : ds[0].end].startswith("We are doing")
    text = "The key is `grep` and `ls` here."
    assert find_direct(text) == []


def test_noun_object_is_content_only_when_it_names_something_said():
    a = _quotes("The ministry repeated the claim of a cover-up on Monday. "
                "The ambassador described the situation in the capital on Monday. "
                "The footage reveals the damage done by the landslide. "
                "The company admitted serious failures of oversight.")
    assert _find(a, "the claim of a cover-up")
    assert _find(a, "serious failures of oversight")
    assert not any(q.text.startswith(("the situation", "the damage")) for q in a.quotes)
    # with what the cue says of the object, the object and that predicate are the content
    a = _quotes("The ambassador described the situation in the capital as horrific. "
                "The journal accused aid agencies and charities of competing against each other. "
                "Kasich announced his support for the Ohio governor.")
    assert _find(a, "the situation in the capital").text.endswith("as horrific")
    assert _find(a, "aid agencies and charities").text.endswith("competing against each other")
    assert _find(a, "his support for the Ohio governor")


def test_a_question_or_topic_clause_is_not_content():
    b = _quotes("Trump explained how he expanded his father's business into Manhattan.")
    assert _find(b, "how he expanded")  # twin: a verb of telling takes its "how" clause
    a = _quotes("Tom Baker of the Red Cross discusses how relief groups are managing after the flood. "
                "Acme disclosed how many leaks it caused each year. "
                "Baker said relief groups are managing after the flood.")
    assert not any(q.text.startswith(("how", "whether")) for q in a.quotes)
    assert _speaker(a, _find(a, "relief groups are managing")) == "Tom Baker"


def test_a_passive_cue_with_no_agent_is_narration():
    a = _quotes("Some 4,000 tonnes of grain are so far estimated to have spilled into the bay. "
                "Acme was also criticised for several choices made at the plant. "
                "Help is on its way for the two million people said to be in need.")
    assert a.quotes == [], [q.text for q in a.quotes]
    # twin: a passive with its agent names the speaker
    a = _quotes("The leak was estimated by the coast guard to be 5,000 barrels a day.")
    assert any(q.text.startswith("to be 5,000") for q in a.quotes), [q.text for q in a.quotes]


def test_continue_introduces_a_quotation_only():
    a = _quotes("Steps will continue to be taken to stop the smoke reaching the town.")
    assert a.quotes == []
    a = _quotes('Caddell continued: "We are not going to stop the work here."')
    assert _speaker(a, _find(a, "We are not going")) == "Caddell"


def test_reported_content_runs_on_over_a_contrast_and_a_second_clause():
    a = _quotes("The manager says it may take weeks, but they will get the bridge open again. "
                "French officers say such a rescue is possible should it become needed.")
    assert _find(a, "it may take weeks").text.endswith("but they will get the bridge open again")
    assert _find(a, "such a rescue").text.endswith("should it become needed")
    # twins: the speaker's own doing, and a new cue, are the reporter's
    a = _quotes("The minister said the talks had failed, but he gave no details. "
                "The envoy said the talks had failed, and he added that no new date was set.")
    assert [q.text for q in a.quotes if q.text.startswith("the talks")] == ["the talks had failed"] * 2


def test_reported_content_drops_a_stray_mark_and_a_headline_in_capitals():
    a = _quotes('Hale said on NBC\'s "Breakfast Hour" he expected no more gas to leak into the river.')
    assert _find(a, "he expected no more gas").text == "he expected no more gas to leak into the river"
    a = _quotes('The Courier puts a goat on its back page announcing "GOAT FEVER IS BACK" in blue.')
    assert not any("GOAT" in q.text for q in a.quotes), [q.text for q in a.quotes]
    # twin: a reported clause that holds a whole quotation keeps both marks
    a = _quotes('Fukuda said the step was "a significant step towards a pandemic" for the world.')
    q = _find(a, "the step was")
    assert q.text.count('"') == 2


def test_a_caption_run_into_a_quotation_is_not_reported_speech():
    a = _quotes('Trucks on the roads are badly overloaded and water is short in the city '
                '"We have no idea what we will find out there," said Marco, who flew in on Friday.')
    assert [q.text for q in a.quotes] == ["We have no idea what we will find out there"]
    assert _speaker(a, a.quotes[0]) == "Marco"
    # twin: prose with a parenthetical attribution is still reported speech
    a = _quotes("The van was supposed to be escorted by a police detail, another source said.")
    assert _find(a, "The van was supposed")


def test_a_name_after_two_titles_is_the_speaker():
    a = _quotes('"It was like fixing a watch in the dark," Acme Europe Chairman and President Peter Vance told ABC News.')
    assert _speaker(a, _find(a, "It was like")) == "Peter Vance"
    # twin: a title and a name joined by "and" without a second title are two people
    a = _quotes('"It was like fixing a watch in the dark," the chairman and Peter Vance told ABC News.')
    assert _speaker(a, _find(a, "It was like")) != "Peter Vance"


def test_content_runs_past_a_ticker_split_by_a_line_break():
    a = _quotes("BP said it would acquire a share in Norhavn from France's Total (TOTF.\n\n"
                "PA) for $812 million in cash.\n\nShares rose.")
    assert _find(a, "it would acquire").text.endswith("for $812 million in cash")
    # twin: a closed parenthesis, or a new paragraph that does not close it, ends the content
    a = _quotes("BP said it would acquire a share in Norhavn (Norway).\n\nPA) for nothing here.")
    assert _find(a, "it would acquire").text.endswith("(Norway)")


def test_reported_content_keeps_the_closing_mark_of_its_last_word():
    a = _quotes('Mr Harlow described the situation in Port Ellery as "dreadful" and left.')
    assert _find(a, "the situation in Port Ellery").text.endswith('as "dreadful"')
    # twin: the collapse of a network is no speaker, and "highlighted" takes no bare object
    a = _quotes("The collapse of the phone networks has highlighted the role of social media in disasters.")
    assert a.quotes == []


def test_reported_clause_keeps_a_subject_the_parse_hung_on_the_cue():
    a = _quotes("Officials at the UN say between 200 and 250 people from its 6,000-strong staff are still missing.")
    assert any(q.text.startswith("between 200 and 250 people") for q in a.quotes), [q.text for q in a.quotes]
    # twin: a clause with its own subject starts at it, not at a time phrase before it
    a = _quotes("Officials said on Monday the deal was done.")
    assert _find(a, "the deal was done")


def test_a_participle_of_inference_after_a_fact_is_the_reporter():
    a = _quotes("Acme has incurred $120 million in costs so far, suggesting the total cost could be far larger.")
    assert a.quotes == [], [(q.text, q.speaker_text) for q in a.quotes]
    # twin: after a verb of saying the participle is still the speaker's
    a = _quotes("Acme said it had spent $120 million so far, suggesting the total cost could be far larger.")
    hits = [q for q in a.quotes if "the total cost" in q.text]
    assert hits and all(_speaker(a, q) == "Acme" for q in hits), [(q.text, q.speaker_text) for q in a.quotes]


def test_reported_content_leaves_out_an_attribution_inside_it():
    # round thirty-nine (quoteleft): the predicate left after "what it said were" has its subject
    # outside the span, and the judges call every such item cut: it is now left out
    # (quotes._subjectless_content); no span holds the attribution "it said" either way
    a = _quotes("Acme accepted some blame but put the blame on what it said were serious lapses by Globex Ltd.")
    assert [q.text for q in a.quotes] == []
    a = _quotes("The WHO said it was raising its alert to phase four, which director Keiji Fukuda said is a significant step.")
    q = _find(a, "it was raising")
    assert q.text == "it was raising its alert to phase four" and _speaker(a, q) == "WHO"
    # twin: a relative clause with no cue stays in the content
    a = _quotes("The WHO said it was raising its alert to phase four, which is the second highest level.")
    assert _find(a, "it was raising").text.endswith("the second highest level")


def test_a_fronted_phrase_with_no_clause_is_not_reported_speech():
    a = _quotes("Since its founding at the start of 2004, the trust has responded to more than 60 floods.")
    assert a.quotes == [], [q.text for q in a.quotes]
    # twin: a fronted clause is
    a = _quotes("The van was supposed to be escorted by a police detail, another source said.")
    assert _find(a, "The van was supposed")


def test_the_report_speaks_for_the_one_whose_report_was_named():
    a = _quotes("The Exxon report, overseen by its safety chief, was released on Wednesday.\n\n"
                "The report said the cement job had failed.")
    assert _speaker(a, _find(a, "the cement job")) in ("Exxon",)
    # twin: two reports by two owners before, or none: open
    a = _quotes("The Exxon report was released on Wednesday. A Chevron report followed on Friday.\n\n"
                "The report said the cement job had failed.")
    q = _find(a, "the cement job")
    assert q.speaker_mention is None and q.antecedent_mention is None
    a = _quotes("Exxon drilled the well in May.\n\nThe report said the cement job had failed.")
    q = _find(a, "the cement job")
    assert q.speaker_mention is None and q.antecedent_mention is None
    # a later report by no one named may be the one meant: open (review of #18)
    a = _quotes("A report from Greenpeace in May warned of the risks. Last week a second report, written by "
                "independent scientists, was sent to Congress.\n\nThe report said the dispersants were safe.")
    q = _find(a, "the dispersants")
    assert q.speaker_mention is None and q.antecedent_mention is None
    # "a report of X" is about X, not by X
    a = _quotes("Police received a report of John Smith's disappearance on Monday.\n\n"
                "The report said Smith had last been seen near the river.")
    q = _find(a, "Smith had last been seen")
    assert q.speaker_mention is None and q.antecedent_mention is None


def test_a_fronted_if_or_when_clause_or_a_what_subject_is_a_statement():
    # review of #18: only how/whether/why, or the clause's own wh-complementiser, make a topic
    for text, start in (("The mayor warned if nothing is done quickly, thousands more people will die in the camps.", "if nothing"),
                        ("Smith added when the storm hit, the whole camp flooded within an hour.", "when the storm"),
                        ("The engineer insisted what failed was the cement, not the valve.", "what failed")):
        a = _quotes(text)
        assert _find(a, start), text
    # twin: a question clause is a topic, not a statement
    a = _quotes("The mayor discussed how the camps would be cleared.")
    assert not any(q.text.startswith("how the camps") for q in a.quotes)
    a = _quotes("The Red Cross says it is vital for families to know what happened to relatives.")
    assert not any(q.text.startswith("what happened") for q in a.quotes), [q.text for q in a.quotes]
    a = _quotes("The WHO said it was trying to assess what risk this situation poses to public health.")
    assert not any(q.text.startswith("what risk") for q in a.quotes), [q.text for q in a.quotes]
    a = _quotes("Paolo Venti also faulted what he saw as the arrival of too many reporters.")
    assert not any(q.text.startswith("what he saw") for q in a.quotes), [q.text for q in a.quotes]


def test_a_run_on_stops_at_a_pronoun_that_is_the_speaker():
    a = _quotes("BP said the leak was contained, but it gave no timetable for the relief well.")
    q = _find(a, "the leak was contained")
    assert "timetable" not in q.text
    # twin: a pronoun that cannot be the speaker runs on
    a = _quotes("The manager says it may take weeks, but they will get the bridge open again.")
    assert "the bridge open" in _find(a, "it may take weeks").text


def test_claim_in_its_sense_of_taking_is_no_saying():
    # audit bpoil Q13 (27ae6f7): "claimed its ... victim" (a resignation) took a life, said nothing
    for text in ("The political fallout from the fire also claimed its highest-ranking victim when the head "
                 "of the safety office resigned.",
                 "The storm claimed more than 200 lives in the region of the capital."):
        a = _quotes(text)
        assert not any(q.cue == "claimed" for q in a.quotes), [q.text for q in a.quotes]
    # twins: a claim with a clause, or with a claim's object, is a saying
    assert _find(_quotes("BP claimed the leak was small and under control."), "the leak was small")
    a = _quotes("The company claimed the lives of its workers were never at risk on the rig.")
    assert "never at risk" in _find(a, "the lives").text


def test_what_a_thing_can_assure_is_nobody_speaking():
    # audit haiti Q14 (27ae6f7): a modal capability with a thing as its subject
    a = _quotes("The engineers are building a checking tool that can independently assure that "
                "data sent in is complete and correct.")
    assert not any(q.text.startswith("that data") or q.text.startswith("data sent")
                   for q in a.quotes), [q.text for q in a.quotes]
    # twins: a person, under the same modal or none, speaks
    assert _find(_quotes("The minister assured MPs that the money would be paid by the end of May."), "that the money")
    assert _find(_quotes("The minister can assure MPs that the money will be paid by the end of May."), "that the money")


def test_a_refusal_to_speak_is_the_reporters_note_not_the_content():
    # audit bpoil Q31 (27ae6f7)
    a = _quotes("The ministry said President Victor Hale spoke with Lindqvist on Monday but declined "
                "to say what they had settled.")
    q = _find(a, "President Victor Hale spoke")
    assert "declined" not in q.text and q.text.endswith("on Monday"), q.text
    # twins: "but added that" and a refusal of something other than speech stay in the content
    a = _quotes("The ministry said Hale spoke with Lindqvist on Monday but added that no deal was close.")
    assert "no deal was close" in " ".join(q.text for q in a.quotes), [q.text for q in a.quotes]
    a = _quotes("Police said the driver stopped at the checkpoint but refused to pay the fine.")
    assert "refused to pay" in _find(a, "the driver stopped").text


def test_a_leading_participle_of_saying_is_the_circumstance_not_the_content():
    # audit H1N1 Q21 (27ae6f7): "Writing in <a column>, he complains of ..."
    a = _quotes("Carl Bentham wrote a history of the 1957 flu.\n\nWriting in the Sunday column, he complains "
                "of a \"press-driven public panic\" about the new virus.")
    assert not any(q.text.startswith("Writing on") for q in a.quotes), [q.text for q in a.quotes]
    # twin: a participle with its object is content said
    a = _quotes("Writing the report took three months, the author said.")
    assert _find(a, "Writing the report took three months")


def test_according_to_a_content_that_only_names_a_saying_is_framing():
    # audit H1N1 Q11 (27ae6f7): the words follow in the next paragraph
    a = _quotes("Tom Rourke, the outspoken boss of Skyline Air, has added his blunt words to the row, "
                "according to AFP.\n\n\"It is a worry only for people who never fly,\" he told journalists.")
    assert not any(q.text.startswith("Tom Rourke") for q in a.quotes), [q.text for q in a.quotes]
    # twins: a content that states something stays
    a = _quotes("Tom Rourke, the outspoken boss of Skyline Air, has cut fares on flights to Spain, according to AFP.")
    assert _find(a, "Tom Rourke")
    a = _quotes("The airline has warned passengers to expect long delays at the airport, according to AFP.")
    assert _find(a, "The airline has warned passengers")
    # twins: a cue whose object is not a saying states a figure or a finding
    a = _quotes("QX has predicted the largest loss in the trade from the flood, according to the Fitch report.")
    assert _find(a, "QX has predicted")


def test_an_object_with_its_predicate_is_content_however_short():
    # PolNeAR dev: "Trump called the senator a 'nasty guy'", "Clinton called her vote ... a mistake"
    a = _quotes('Trump called the senator a "nasty guy" at a rally in Iowa on Friday.')
    q = _find(a, "the senator")
    assert "nasty guy" in q.text and _speaker(a, q) == "Trump"
    a = _quotes("At the forum, Senator Clinton called her vote a mistake.")
    assert _find(a, "her vote").text.endswith("a mistake")
    # twins: no predicate, or a place phrase, is no statement
    a = _quotes("Republicans had called the hearing on Monday. "
                "At his cookout, the band leader called the senators to the stage.")
    assert not any(q.text.startswith(("the hearing", "the senators")) for q in a.quotes), [q.text for q in a.quotes]
    # twin: a thing as subject reports a finding, not a judgement (audit H1N1 Q24: a test result)
    a = _quotes("Tests by expert laboratories in Norway confirmed the illness as a strain of bird flu.")
    assert not any(q.text.startswith("the illness") for q in a.quotes), [q.text for q in a.quotes]


def test_a_short_fronted_phrase_before_a_parenthetical_attribution_is_content():
    # PolNeAR dev: a short fronted phrase, then "Mr. Clarke said", then the rest of the claim
    a = _quotes("Too often, Mr. Clarke said, the argument about the fate of steel is poisoned by tribalism.")
    q = _find(a, "Too often")
    assert q.text.endswith("tribalism") and _speaker(a, q) == "Clarke"
    # twin: nothing but the fronted phrase: no content
    a = _quotes("Later, Mr. Clarke said.")
    assert not a.quotes, [q.text for q in a.quotes]


def test_a_cue_in_a_relative_clause_says_no_more_than_that_clause():
    # PolNeAR dev: "Mr. Obama, who knew that <a plan> would fail, told ..."
    a = _quotes("Mr. Obama, who knew that a new bill would go nowhere, told his aides "
                "to find another way.")
    assert _find(a, "that a new bill").text.endswith("would go nowhere")
    # twin: a cue heading the sentence keeps the clause to the sentence's end
    a = _quotes("Officials say between 100 and 150 people are still missing after the storm hit the coast.")
    assert _find(a, "between 100 and 150").text.endswith("hit the coast")


def test_a_company_tagged_as_a_nationality_before_a_role_word_still_speaks_through_its_spokesman():
    # audit bpoil (d32a043): "a Transocean spokesman" (Transocean typed NORP) was left open
    a = _quotes("Transocean Ltd owned the Deepwater Horizon rig. "
                "A Transocean spokesman said the crew had followed all procedures.")
    q = _find(a, "the crew had followed")
    assert _speaker(a, q) == "Transocean Ltd", (q.speaker_text, q.speaker_evidence)
    # twins: a nationality, or a party word with no organisation of that name, speaks for nobody
    for text in ("Transocean Ltd owned the rig. A Haitian spokesman said the crew had followed all procedures.",
                 "The party met on Monday. A Republican spokesman said the crew had followed all procedures.",
                 # an adjective of a people before an organisation's name: "European" is no "European Union"
                 "The European Union met on Monday. European health officials said the crew had followed all procedures."):
        a = _quotes(text)
        q = _find(a, "the crew had followed")
        assert q.speaker_mention is None and q.antecedent_mention is None, (q.speaker_text, q.speaker_evidence)


def test_a_spokesman_of_a_name_typed_otherwise_is_left_to_the_corpus():
    # audit bpoil: "a Transocean spokesman" where the document never types Transocean ORG
    a = _quotes("The Transocean rig sank. A Transocean spokesman said the crew had followed all procedures.")
    q = _find(a, "the crew had followed")
    assert q.speaker_via == "spokesperson" and q.org == "Transocean" and q.speaker_confidence == 0.0
    # twin: a demonym is no organisation's name
    a = _quotes("The Haitian rig sank. A Haitian spokesman said the crew had followed all procedures.")
    q = _find(a, "the crew had followed")
    assert q.org_mention is None, (q.org, q.speaker_evidence)


def test_the_corpus_gives_a_spokesman_to_his_company_only_when_it_types_the_name_an_organisation():
    docs = ["Transocean Ltd said on Monday that it would pay for the clean-up. Transocean Ltd shares fell.",
            "The Transocean rig sank. A Transocean spokesman said the crew had followed all procedures."]
    story = build_story([analyse_record(Record(source=f"d{i}.txt", text=t)) for i, t in enumerate(docs)])
    q = next(q for q in story.quotes if q.text.startswith("the crew had followed"))
    org = next((e for e in story.entities if q.speaker == e.id), None)
    assert org is not None and org.type == "ORG" and org.name.startswith("Transocean"), q.speaker_evidence
    # twin: alone, the name is typed a nationality: open
    story = build_story([analyse_record(Record(source="d1.txt", text=docs[1]))])
    q = next(q for q in story.quotes if q.text.startswith("the crew had followed"))
    assert q.speaker is None and q.speaker_text == "A Transocean spokesman"


def test_a_statement_noun_with_an_owner_and_a_that_clause_is_a_quote_of_the_owner():
    # PolNeAR dev: a fact-checker on "Trump's claim that <a count of crimes>"
    a = _quotes("The fact-checkers looked at Donald Trump's claim that there were hundreds of "
                "burglaries in Denver last month.")
    q = _find(a, "that there were hundreds")
    assert q.cue == "claim" and _speaker(a, q) == "Donald Trump" and q.text.endswith("last month")
    a = _quotes("Senator Mary Walters has never hidden her belief that the tax cut would pay for itself.")
    q = _find(a, "that the tax cut would pay")
    assert q.cue == "belief" and _speaker(a, q) == "Mary Walters"
    # twins: a relative clause on the noun ("the claim that he made") is no content; a noun with
    # no owner names nobody ("the claim that", "speculation that"); a noun outside the lexicon
    # ("the fact that") is no saying
    for text in ("The claim that Mr. Walters made on Monday was repeated by three newspapers.",
                 "The minister rejected the claim that the tax cut would pay for itself.",
                 "There was speculation that the company would be sold to a rival.",
                 "Donald Trump's fact that the tax cut would pay for itself was odd.",
                 "That commitment matters. Your fear that the rules will distract managers is misplaced."):
        a = _quotes(text)
        assert not [q for q in a.quotes if q.cue in ("claim", "speculation", "fact", "fear")], (text, [q.text for q in a.quotes])


def test_a_written_record_or_a_tally_reports_what_it_shows():
    # PolNeAR dev: "The transcript of the debate ... shows that ...", "Polls show a close contest"
    a = _quotes("The transcript of the debate shows that the senator talked about tax reform twice.")
    assert _find(a, "that the senator talked").cue == "shows"
    a = _quotes("Ohio is heavily contested this year. Surveys show a tight race across the state.")
    assert _find(a, "a tight race").cue == "show"
    # twins: a picture shows no one's statement; a state that "showed" it would act is no report;
    # a person's noun object after "show" is no content
    for text in ("Video shows that the driver had his hands in the air before he was shot.",
                 "Footage of the rally shows a large crowd in the square near the station.",
                 "Senator Mary Walters showed great patience with the protesters at the hearing."):
        a = _quotes(text)
        assert not [q for q in a.quotes if q.cue and q.cue.lower().startswith("show")], (text, [q.text for q in a.quotes])

# --- a name the tagger missed here but tagged elsewhere in the document (issue 18, 18r) --------

_BP_TEXT = ("The oil company BP faces fines in the Bay of Bengal, lawyers said on Tuesday.\n\n"
            "BP has already said it will freely go beyond a cap on payments for lost wages.\n\n")


def test_untagged_name_subject_takes_the_same_words_tagged_elsewhere():
    a = _quotes(_BP_TEXT + "BP said it would pay.")
    q = _find(a, "it will freely go beyond")
    assert q.speaker_mention is None and q.speaker_via == "name" and q.speaker_text == "BP"
    assert q.antecedent_mention is not None and a.mentions[q.antecedent_mention].text == "BP"
    assert q.speaker_confidence is not None and q.speaker_confidence >= 0.8


def test_untagged_name_never_tagged_stays_open():
    # the twin: the document never tags "Transocean" as a person or organisation
    a = _quotes("Transocean said on Tuesday that the platform was sound.\n\n"
                "Transocean said its leases require BP to cover it against any spill.")
    q = _find(a, "its leases require")
    assert q.antecedent_mention is None and q.speaker_mention is None
    assert q.speaker_confidence == 0.0


def test_untagged_name_in_a_conjoined_subject_stays_open():
    # "BP and Transocean said": two speakers, not the one the other "BP" names
    a = _quotes(_BP_TEXT.split("\n\n")[0] + "\n\nBP and Transocean have already said they will exceed a cap "
                "on liability for economic damages.\n\nThe BP board said it would meet on Friday.")
    q = _find(a, "they will exceed")
    assert q.antecedent_mention is None and q.speaker_mention is None
    assert _find(a, "it would meet").antecedent_mention is None  # "the BP board" is not BP



_FERGUSON = ("Professor Alan Webb of Kingsbridge College led the study.\n\n{}\n\n"
             '"One of the big choices which has to be made this month is how much we shift over to vaccine making"')


def test_a_report_inside_the_last_speakers_words_keeps_the_chain():
    # "Ferguson said the findings confirmed that ...": the findings' report is part of what Ferguson said
    a = _quotes(_FERGUSON.format("Webb said the findings of his team confirmed that choices must be "
                                 "made quickly on vaccine supply."))
    q = _find(a, "One of the big choices")
    assert q.speaker_via == "continuation" and (_speaker(a, q) or "").endswith("Webb")


def test_an_open_report_after_the_last_speakers_words_breaks_the_chain():
    # the twin: the findings' report is a sentence of its own, not inside Ferguson's words
    a = _quotes(_FERGUSON.format("Webb said the study was sound. The findings of his team confirmed that "
                                 "choices must be made quickly on vaccine supply."))
    q = _find(a, "One of the big choices")
    assert q.speaker_mention is None and q.antecedent_mention is None


_TRANSOCEAN = ("Transocean said on Tuesday that the platform was sound.\n\n"
               "Transocean said its leases require BP to cover it against any spill.")


def test_a_name_its_document_never_tags_goes_to_the_one_corpus_entity_of_that_name():
    docs = ["The rig was owned by Transocean Ltd, the world's largest offshore driller, and leased to BP.", _TRANSOCEAN]
    story = build_story([analyse_record(Record(source=f"d{i}.txt", text=t)) for i, t in enumerate(docs)])
    q = next(q for q in story.quotes if q.text.startswith("its leases require"))
    who = next(e for e in story.entities if e.id == q.speaker)
    assert who.name.startswith("Transocean") and who.type == "ORG" and q.speaker_text == "Transocean"
    assert q.speaker_confidence >= 0.8


def test_a_name_no_entity_of_the_corpus_bears_stays_open():
    story = build_story([analyse_record(Record(source="d.txt", text=_TRANSOCEAN))])
    q = next(q for q in story.quotes if q.text.startswith("its leases require"))
    assert q.speaker is None and q.speaker_text == "Transocean"


def test_a_lone_surname_needs_its_person_in_the_same_document():
    from types import SimpleNamespace

    from storyline import schema
    from storyline.resolve.quotes import _named

    def corpus():
        brown = schema.Entity(id="e-b", name="Gordon Brown", type="PERSON", aliases=["Brown"],
                              mentions=[schema.Span(doc="d1", start=0, end=12)])
        bp = schema.Entity(id="e-o", name="Transocean", type="ORG", mentions=[schema.Span(doc="d1", start=20, end=30)])
        two = [schema.Entity(id=f"e-{i}", name=f"{n} Lee", type="PERSON", aliases=["Ann Lee"]) for i, n in enumerate("AB")]
        return SimpleNamespace(memo={}, story=SimpleNamespace(entities=[brown, bp, *two]),
                               by_id={"d1": SimpleNamespace(document=SimpleNamespace(text="Gordon Brown spoke."))})

    assert _named(corpus(), "d1", "Brown") == ("e-b", 0.8)  # named in that document
    assert _named(corpus(), "d2", "Brown") is None  # another document: a shared surname
    assert _named(corpus(), "d2", "Gordon Brown") == ("e-b", 0.8)  # a full name
    assert _named(corpus(), "d2", "Transocean") == ("e-o", 0.8)  # an organisation's name
    assert _named(corpus(), "d2", "Ann Lee") is None  # two entities bear it


_MADSEN = ('The investigative writer Carl Bentham suggests in this clip that the new flu is "not a natural '
           'strain".\n\n"There is always some virus about and it is always killing some people."\n\n{}')


def test_a_quote_led_in_by_another_subject_and_a_colon_is_not_the_speaker_befores():
    a = _quotes(_MADSEN.format("Time magazine has looked at the lessons to be drawn from 1982, when a vaccine "
                               'campaign went badly wrong: "Vaccines carry risks of side effects, '
                               'leading to painful ethical choices."'))
    q = _find(a, "Vaccines carry risks")
    assert q.speaker_mention is None and q.speaker_confidence == 0.0 and "naming Time" in (q.speaker_evidence or "")


def test_a_colon_lead_in_with_no_other_subject_keeps_the_speaker_before():
    # the twin: the name in the lead-in is no subject ("On the vaccine programme of Barack Obama:")
    a = _quotes(_MADSEN.format('On the vaccine programme of Barack Obama: "A disaster for everyone '
                               'involved in the programme, and a lesson for the next one."'))
    q = _find(a, "A disaster for everyone")
    assert q.speaker_via == "continuation" and _speaker(a, q) == "Carl Bentham"


def test_a_name_conjoined_through_its_apposition_is_not_one_speaker():
    a = _quotes(_BP_TEXT + "BP, the well's operator, and Transocean, which owned the rig, have both charged that "
                "the cement job was a major factor in the explosion.")
    q = _find(a, "that the cement job was")
    assert q.speaker_via != "name" and q.antecedent_mention is None and q.speaker_mention is None


def test_a_report_by_a_group_inside_the_last_speakers_words_breaks_the_chain():
    # "Madsen suggests that some scientists have said ...": the next quote may be the scientists'
    a = _quotes(_MADSEN.replace("that the new flu", "that some scientists have said the new flu").format(""))
    q = _find(a, "There is always")
    assert q.speaker_mention is None and q.antecedent_mention is None


# --- contents that are not statements (issue 18, round seven, 18c) -----------------------

_ILL = "Maria Lopez fell ill in Leeds last week. After she felt worse, {} confirmed she had caught the new strain of the virus."


def test_an_instrument_or_result_that_confirms_reports_no_statement():
    a = _quotes(_ILL.format("blood tests"))
    assert not [q for q in a.quotes if q.text.startswith("she had caught")]


def test_a_person_or_a_document_that_confirms_is_a_statement():
    for subject in ("her doctor", "a report by the agency"):
        a = _quotes(_ILL.format(subject))
        q = _find(a, "she had caught the new strain")
        assert q.cue == "confirmed"


_SLOGAN = 'Health minister Peter Hale said the clinics will open on Monday. "{}" is {}.'


def test_a_quotation_named_a_slogan_is_not_a_statement():
    a = _quotes(_SLOGAN.format("Wash it, cover it, stop it", "the slogan"))
    assert not [q for q in a.quotes if q.text.startswith("Wash it")]


def test_a_quotation_named_a_promise_stays_a_statement():
    a = _quotes(_SLOGAN.format("We will beat this virus together", "his promise"))
    assert _speaker(a, _find(a, "We will beat this virus")) == "Peter Hale"


def test_a_supposed_saying_under_a_modal_or_a_condition_is_not_reported():
    a = _quotes("Border guards will refer travellers who say they feel unwell to doctors for further "
                "checks, the spokesman John Hart said.")
    assert not [q for q in a.quotes if q.text.startswith("they feel unwell")]
    a = _quotes("If the minister says the schools must close, the teachers will strike, union leader Ann Cole said.")
    assert not [q for q in a.quotes if q.cue == "says"]
    assert _speaker(a, _find(a, "If the minister says")) == "Ann Cole"


def test_a_reported_saying_in_a_relative_clause_stays():
    # the twin: it happened ("stopped travellers who said"), so the travellers' words are reported
    a = _quotes("Border guards stopped travellers who said they had been to the farm last week, "
                "the spokesman John Hart said.")
    assert _find(a, "they had been to the farm").cue == "said"


_PAPER = ("The Globe puts a photograph on its front page showing the two cases {} and goes further "
          'inside: "Fever at noon, gone by night, the story of the plague of 1918."')


def test_a_participle_on_a_noun_is_no_cue_for_a_quotation():
    q = _find(_quotes(_PAPER.format("confirmed in Kent")), "Fever at noon")
    assert q.cue is None and q.speaker_text != "the two cases"


def test_a_participle_with_its_agent_stays_a_cue():
    q = _find(_quotes(_PAPER.format("reported by the Kent health agency")), "Fever at noon")
    assert q.cue == "reported"


# --- round eight (18p): repeats inside the same speaker's words, block quotations after "X added:"


def test_a_quote_inside_the_same_speakers_words_is_not_repeated():
    a = _quotes("Campaign spokesman Jesse Lehrich said on Friday that if his candidate won the election in "
                "November and both chambers passed the bill again, \u201cshe would sign this legislation.\u201d "
                "Senator Mark Olson said he doubted any court would enforce the order.")
    whole = _find(a, "that if his candidate won")
    assert _speaker(a, whole) == "Jesse Lehrich"
    assert not [q for q in a.quotes if q.text.startswith("she would sign")]
    assert _find(a, "he doubted any court")
    assert not [q for q in a.quotes if q.text.startswith("any court would enforce")]


def test_a_quote_inside_someone_elses_words_stays():
    # the twin: the inner words are another speaker's, reported by the outer one
    a = _quotes("Senator Mark Olson said that Governor Ann Cole had claimed the budget was balanced.")
    outer = _find(a, "that Governor Ann Cole had claimed")
    inner = _find(a, "the budget was balanced")
    assert _speaker(a, outer) == "Mark Olson" and _speaker(a, inner) == "Ann Cole"


_BLOCK = ("Governor Chris Hale spoke to reporters in Trenton on Monday about the storm.\n\n"
          "{}\n\nThe state is ready for this storm. Every county has crews on the roads tonight.\n\n"
          "The storm is expected to reach the coast by Wednesday.")


def test_a_block_after_x_added_colon_is_his_content():
    a = _quotes(_BLOCK.format("The governor added:"))
    q = _find(a, "The state is ready for this storm")
    assert q.text.endswith("on the roads tonight.") and q.cue == "added"
    assert _speaker(a, q) == "Chris Hale"


def test_no_block_after_a_colon_line_that_says_something_itself():
    # the twin: the line holds its own content ("added that ..."), or no cue ("The plan:")
    a = _quotes(_BLOCK.format("The governor added that the roads would close:"))
    assert not [q for q in a.quotes if q.text.startswith("The state is ready")]
    a = _quotes(_BLOCK.format("The plan for the night:"))
    assert not [q for q in a.quotes if q.text.startswith("The state is ready")]


def test_a_cue_after_a_closed_quotation_with_its_own_clause_is_not_its_cue():
    a = _quotes("The mayor spoke first. \u201cThe bridge will open in May.\u201d "
                "Senator Mark Olson said he doubted the date would hold.")
    assert _speaker(a, _find(a, "The bridge will open")) != "Mark Olson"
    # the twin: a bare "X said." after the quotation is its attribution
    a = _quotes("The mayor spoke first. \u201cThe bridge will open in May.\u201d Senator Mark Olson said.")
    assert _speaker(a, _find(a, "The bridge will open")) == "Mark Olson"


def test_a_clause_the_parse_hangs_on_the_cue_as_adverbial_is_content():
    a = _quotes("Trump said after the rally he would not take the money if it were offered.")
    q = _find(a, "after the rally he would not take")
    assert _speaker(a, q) == "Trump"


def test_a_clause_brought_in_by_a_conjunction_is_not_content():
    # the twin: "if"/"when" makes it a circumstance of the saying, not what was said
    a = _quotes("Trump said nothing about the endorsement when he arrived at the convention hall.")
    assert not [q for q in a.quotes if "he arrived" in q.text]


def test_the_speakers_next_saying_ends_the_content():
    a = _quotes("Senator Mark Olson said he did not believe the ads had hurt the campaign, "
                "arguing that the party's divisions were a bigger hurdle.")
    q = _find(a, "he did not believe the ads")
    assert q.text.endswith("had hurt the campaign")
    assert _speaker(a, _find(a, "that the party's divisions")) == "Mark Olson"


def test_a_saying_deeper_in_the_content_does_not_end_it():
    # the twins: a cue inside a relative clause, and a deed with no clause
    a = _quotes("Ava Ruiz said the film starts a conversation that humanizes workers and demands respect for them.")
    assert _find(a, "the film starts a conversation").text.endswith("demands respect for them")
    a = _quotes("Police Chief Ann Cole said the driver ignored the officers and refused to leave the car.")
    assert _find(a, "the driver ignored").text.endswith("refused to leave the car")


def test_an_instruction_to_someone_named_is_content():
    a = _quotes("Mr. Obama told his advisers to find a way to cut emissions without Congress.")
    q = _find(a, "to find a way to cut emissions")
    assert _speaker(a, q) == "Obama"


def test_an_addressee_alone_is_still_no_content():
    # the twin: "told his advisers" with nothing to do
    a = _quotes("Mr. Obama told his advisers about the plan in the morning.")
    assert not [q for q in a.quotes if q.text.startswith("his advisers")]


def test_as_x_put_it_and_as_x_noted_attribute_their_clause():
    a = _quotes("As one critic put it, the main requirement of the visa program is a lawful source of income.")
    q = _find(a, "the main requirement")
    assert q.cue == "put" and q.speaker_text == "one critic"
    a = _quotes("The bridge, as Senator Mark Olson noted, has been closed for two years.")
    q = _find(a, "The bridge")
    assert _speaker(a, q) == "Mark Olson"
    assert [a.document.text[x:y] for x, y in q.pieces] == ["The bridge", "has been closed for two years"]


def test_as_of_time_concession_or_a_clause_of_its_own_attributes_nothing():
    # the twins: "as" meaning "while", "even as", "as he said he would", a negated frame
    for text in ("As the president spoke, the crowd cheered loudly for the team.",
                 "He resigned from the board last year, as he said he would.",
                 "As he was saying, the lights went out in the whole building.",
                 "Some note that the senator, even as he says the plan is sound, has offered no figures.",
                 "The video does not show whether the man had a gun, as police have said."):
        a = _quotes(text)
        assert not [q for q in a.quotes if q.cue in ("spoke", "said", "saying", "says")
                    and not q.text.startswith("the plan is sound")], text


def test_a_gerund_of_saying_after_a_preposition_is_said_by_the_main_subject():
    a = _quotes("Dr. Mehmet Oz appeared at a Senate hearing in 2014 for saying that a berry powder was a cure.")
    assert _speaker(a, _find(a, "that a berry powder")) == "Mehmet Oz"


def test_a_gerund_of_saying_controlled_by_an_object_or_no_one_stays_open():
    # the twins: the object says it ("thanked him for saying"), or no one does ("It goes without saying")
    a = _quotes("Senator Ann Cole thanked Mark Olson for saying that the budget was balanced.")
    assert "Ann Cole" not in [_speaker(a, q) for q in a.quotes if q.text.startswith("that the budget")]
    a = _quotes("It goes without saying that cutting the school budget is poison to the party.")
    assert [q.speaker_text for q in a.quotes if q.text.startswith("that cutting the school")] in ([], [None])


def test_a_thing_that_tells_inside_a_report_is_not_the_speaker_of_the_quotation():
    a = _quotes("President Barack Obama said the library would tell an American story, one of "
                "\u201cgrief and pride, of fear but also of hope, of marching through the long night.\u201d")
    assert _speaker(a, _find(a, "grief and pride")) == "Barack Obama"


def test_a_person_who_tells_inside_a_report_stays_the_speaker_of_the_quotation():
    # the twin: a person inside the report can be the one quoted
    a = _quotes("President Barack Obama said Senator Mark Olson told him \u201cwe will win the vote "
                "on the bill tomorrow morning.\u201d")
    assert _speaker(a, _find(a, "we will win the vote")) == "Mark Olson"


def test_as_he_told_me_after_a_clause_is_a_time():
    a = _quotes("One of the lucky ones, a young nurse from Port Ellery, beamed a broad smile as he told me "
                "after weeks of waiting he had received a letter.")
    assert not [q for q in a.quotes if q.text.startswith("One of the lucky")]


def test_a_request_inside_anothers_report_is_not_a_quote_and_keeps_the_chain():
    a = _quotes("Palace spokesman Tom Reed told the BBC that President Victor Hale asked his "
                "security staff to draw up a scheme by morning.\n\nHe said that French officials were arriving on Thursday.")
    assert not [q for q in a.quotes if q.text.startswith("to draw up a scheme")]
    assert _speaker(a, _find(a, "that French officials")) != "Victor Hale"


def test_as_x_put_it_starts_no_chain_for_the_next_quotation():
    a = _quotes("The singer Rosa plays the drums on the new charity single, as Rosa put it.\n\n"
                "Owen Carter had to wait some time, but he was happy with that.\n\n"
                "\u201cHe said that I would have the middle eight and I was thrilled about it.\u201d")
    assert _find(a, "The singer Rosa plays the drums").cue == "put"
    assert _speaker(a, _find(a, "He said that I would")) != "Rosa"


def test_as_with_a_topic_is_a_time_not_an_attribution():
    # the twin of "as X noted": "argue over" names a topic
    a = _quotes("As members of the press quarrel over the first hundred days, there is one issue they all agree on.")
    assert not [q for q in a.quotes if q.text.startswith("there is one issue")]


# --- round nine (18o): open speakers the text itself resolves ---------------------------


def test_title_run_before_a_name_is_the_name():
    a = _quotes('The storm drew helpers from across the world.\n\n'
                '"We have drawn every street in the town," said Mapline co-founder Erik Halvorsen.\n\n'
                'The head of the National Flood Agency, Richard Bessel said the water was rising fast.')
    assert _speaker(a, _find(a, "We have drawn")) == "Erik Halvorsen"
    assert _speaker(a, _find(a, "the water was rising")) == "Richard Bessel"


def test_title_run_twin_plural_head_is_no_title():
    # "volunteers" names several people, not the one named next to the cue: open
    a = _quotes("The volunteers of the Red Cross, Richard Besser said the virus was spreading.")
    q = _find(a, "the virus was spreading")
    assert q.speaker_mention is None and q.antecedent_mention is None


def test_the_spokesman_after_one_organisations_spokesman():
    a = _quotes("Kovano will buy the fields by early next year, a Kovano spokesman said.\n\n"
                '"The wells have run without trouble for ten years," the spokesman said.')
    q = _find(a, "The wells have run")
    assert _speaker(a, q) == "Kovano" and q.speaker_via == "spokesperson"


def test_the_spokesman_twin_two_organisations_spokespeople():
    a = _quotes("Kovano will buy the fields, a Kovano spokesman said. A spokeswoman for Shell said it had no comment.\n\n"
                '"The wells have run without trouble for ten years," the spokesman said.')
    q = _find(a, "The wells have run")
    assert q.antecedent_mention is None and (q.speaker_confidence or 0) == 0


def test_role_word_with_one_holder_among_other_officials():
    # a mayor, a minister and a secretary share the role group "government"; the word is the mayor's
    a = _quotes("Ciudad Norte lowered its alert level on Friday. The mayor, Marco Ebrardo, said residents could relax. "
                "Foreign minister Taro Asami said Japan would send masks. The health secretary, Armando Aguda, "
                'said cases had dropped.\n\n"We have to be ready for any new virus that comes," the mayor said.')
    assert _speaker(a, _find(a, "We have to be ready")) == "Marco Ebrardo"


def test_role_word_twin_modifier_of_another_holder():
    # "the health secretary": the one secretary named is the foreign secretary: open
    a = _quotes("Alan Jenson, the foreign secretary, said Britain would help. Yakov Lerner, the health minister, "
                'said Israel had one case.\n\n"We will use our stockpiles if the virus spreads," the health secretary said.')
    q = _find(a, "We will use our stockpiles")
    assert q.antecedent_mention is None and (q.speaker_confidence or 0) == 0


_SOLE = ("Chief executive Rob Dunley said on Wednesday that the firm would create a new safety unit with sweeping powers. "
         "He said the unit would be led by Mark Bliss.\n\n"
         "Dunley also named a new head of strategy, and he said the changes would take effect next month.\n\n"
         "The new team will include Bliss, the heads of the three field units and a new head of integration.\n\n"
         "Evgeny Solokov, oil analyst at a French bank, said there was a risk that {what} could slow down "
         "decisions at the company.\n\n"
         '"I fear that the firm might grow too slow," he said.')


def test_he_after_the_only_named_speaker_just_before():
    a = _quotes(_SOLE.format(what="the extra oversight"))
    q = _find(a, "I fear that")
    assert _speaker(a, q) == "Evgeny Solokov" and q.speaker_confidence >= 0.6


def test_he_twin_another_man_named_in_the_sentence_before():
    a = _quotes(_SOLE.format(what="the oversight by Bliss"))
    q = _find(a, "I fear that")
    # round forty (quotes._prior_voice): Bliss is named only inside what Solokov said in the
    # sentence right before, so "he said" goes on in Solokov's voice, not the sole-gender rule's
    assert _speaker(a, q) == "Evgeny Solokov" and "the saying right before" in (q.speaker_evidence or "")


def test_name_right_before_a_cue_the_parse_left_without_subject():
    a = _quotes("The ministers met on Friday.\n\nBut political scientist Nkanda Nkiro from the University of Velmor "
                'told the paper: "It is strange for a small nation with debts of its own to hand out so much aid."')
    assert _speaker(a, _find(a, "It is strange")) == "Nkanda Nkiro"


def test_name_before_cue_twin_other_preposition():
    # "with the University": not the from/of/at phrase of the rule; the parse's subject-less cue stays open
    a = _quotes("The ministers met on Friday.\n\nBut political scientist Nkanda Nkiro with the University of Velmor "
                'told the paper: "It is strange for a small nation with debts of its own to hand out so much aid."')
    q = _find(a, "It is strange")
    assert q.speaker_mention is None and q.antecedent_mention is None


def test_quoted_as_saying():
    a = _quotes('"The oil we put in is tiny next to all the water in the sea," Tony Hayden was quoted as saying '
                "in a newspaper.")
    assert _speaker(a, _find(a, "The oil we put in")) == "Tony Hayden"


_UNNAMED_POST = ("The evening raised money for the island. {who} said: \"Verse earns its keep when people pay "
                 "to hear it.\"\n\nThe prime minister, who came with his wife, thanked the readers.\n\n"
                 "He said: \"People cannot eat rhymes, or sleep in a stanza.\n\n"
                 "\"But verse widens what we can feel for others.\"\n\n"
                 "He added: \"Where people suffer, this country will come to help.\"")


def test_he_after_a_post_another_holds_is_not_the_poet():
    # the prime minister is Brown, named before; "he" right after "The prime minister ..." is
    # not the poet the resolver ranked first: open, and the "he" of the next quote goes on with
    # the prime minister (the resolver alone reached back to the poet for both)
    # round forty-six: the he/she goes to Brine, the one person named with the post before
    # (speakers._held_post); before, open; never the poet
    a = _quotes(_UNNAMED_POST.format(who="Prime minister Gordon Brine opened it. Former poet laureate Andrew Mott"))
    for start in ("People cannot eat", "Where people suffer"):
        q = _find(a, start)
        assert q.speaker_mention is None and q.antecedent_mention is not None, start
        assert a.mentions[q.antecedent_mention].text == "Gordon Brine", start


def test_he_after_a_post_no_one_is_named_with_is_not_the_poet():
    # no one is named prime minister; the poet is named as a poet: "he" right after "The prime
    # minister ..." is open, not the poet (the resolver alone gave the poet's name at .74)
    a = _quotes(_UNNAMED_POST.format(who="Gordon Brine opened it. Former poet laureate Andrew Mott"))
    q = _find(a, "People cannot eat")
    assert q.speaker_mention is None and q.antecedent_mention is None
    assert q.speaker_text == "The prime minister"


def test_he_twin_a_name_described_with_that_post():
    # the name carries the post's own title: "he" after "The prime minister ..." is that man
    a = _quotes("Prime minister Gordon Brine opened the evening.\n\n"
                "The prime minister, who came with his wife, thanked the readers.\n\n"
                'He said: "People cannot eat rhymes, or sleep in a stanza."')
    assert _speaker(a, _find(a, "People cannot eat")) == "Gordon Brine"


def test_he_twin_the_post_held_by_a_name_before():
    # "the health secretary" right after "Alan Jensen, health secretary": the description is
    # the one named with the post, who is the best candidate: not an unnamed person, he speaks
    a = _quotes("Alan Jensen, the health secretary, said the country had 30 million doses. "
                "The health secretary, who spoke in Parliament, thanked the nurses.\n\n"
                'He said: "We are ready for the winter and we will keep the schools open."')
    assert _speaker(a, _find(a, "We are ready")) == "Alan Jensen"


def test_he_after_a_post_the_named_man_does_not_hold():
    # the chief executive is named, the spokesman is not: "he" after "The spokesman said" is the
    # spokesman, not the chief executive (the resolver alone gave Dudley at .98)
    a = _quotes("A BP spokesman confirmed the letter.\n\nChief executive Rob Dunley said he was looking again at the pay "
                "rules.\n\nThe spokesman said the review would end early next year.\n\n"
                "He denied it was only for show.")
    q = _find(a, "it was only for show")
    assert q.speaker_mention is None and q.antecedent_mention is None


def test_he_twin_a_multiword_title_next_to_the_name():
    # "Chief Executive" written next to the name (the roles read it as "executive"): "the CEO" is him
    a = _quotes("Jim Farrow, Chief Executive of Cobalt Drilling, said his company was in talks.\n\n"
                "Farrow, a former BP executive, said he thought the new pool would be larger.\n\n"
                "The CEO added that he thought the wells would stay shut for many months.")
    assert _speaker(a, _find(a, "the wells would stay shut")) == "Jim Farrow"


# --- two speakers joined in one subject (issue 18, round ten, 18o) --------------------------


def test_two_speakers_joined_by_and_leave_the_shared_statement_open():
    # a quote carries one speaker: the first conjunct alone is half the truth, so open with both
    for text, start in (("Jane Roe and John Doe said the plant would close in May.", "the plant would close"),
                        ('"We will not give up," Jane Roe and John Doe said in a statement.', "We will not give up"),
                        ("Acme Corp and Globex Inc said on Monday they would merge.", "they would merge"),  # the day of saying is no content (18s)
                        ("According to Jane Roe and John Doe, the road will reopen.", "the road will reopen")):
        q = _find(_quotes(text), start)
        assert q.speaker_mention is None and q.antecedent_mention is None, (text, q.speaker_evidence)
        assert q.speaker_text in ("Jane Roe and John Doe", "Acme Corp and Globex Inc"), q.speaker_text
        assert q.speaker_confidence == 0.0 and "two speakers" in (q.speaker_evidence or "")
    q = _find(_quotes("Jane Roe, the mayor, and John Doe, the police chief, said the road would reopen."), "the road")
    assert q.speaker_mention is None and q.speaker_text == "Jane Roe, the mayor, and John Doe, the police chief"


def test_a_conjunction_that_joins_no_second_speaker_keeps_the_speaker():
    # twins: two titles of one person, a conjoined verb, two clauses each with its own speaker
    a = _quotes("Jane Roe, mayor and party leader, said the road would reopen.")
    assert _speaker(a, _find(a, "the road would reopen")) == "Jane Roe"
    a = _quotes("Jane Roe said, and John Doe agreed, that the road would reopen.")
    assert _speaker(a, _find(a, "that the road would reopen")) == "John Doe"
    a = _quotes('"We will not give up," Jane Roe said. "Nor will we," John Doe said.')
    assert _speaker(a, _find(a, "We will not give up")) == "Jane Roe"
    assert _speaker(a, _find(a, "Nor will we")) == "John Doe"


def test_an_unnamed_person_of_the_other_gender_is_no_rival_of_a_he_or_she():
    # "a male patient ... she added": the modifier fixes the patient's gender, so "she" is the minister
    a = _quotes("In Port Ellery, Health Minister Jane Roe confirmed that a male patient had tested positive.\n\n"
                '"The man had arrived home with a fever," she added.')
    q = _find(a, "The man had arrived")
    assert _speaker(a, q) == "Jane Roe", q.speaker_evidence
    # twins: a patient of the pronoun's gender, or of none told, may be the one speaking: open
    for text in ("In Port Ellery, Health Minister Jane Roe confirmed that a female patient had tested positive.\n\n"
                 '"The woman had arrived home with a fever," she added.',
                 "In Port Ellery, Health Minister John Doe confirmed that a male patient had tested positive.\n\n"
                 '"The man had arrived home with a fever," he added.'):
        q = _find(_quotes(text), "The ")
        assert q.speaker_mention is None and q.antecedent_mention is None, q.speaker_evidence
        assert "patient" in (q.speaker_text or "")


# --- open speakers the text settles (issue 18, round eleven, 18s) ------------------------


def test_a_spokesman_at_an_organisations_headquarters_speaks_for_it():
    a = _quotes("A spokesman at Acme Corp's London headquarters said the leak had been stopped.")
    q = _find(a, "the leak had been stopped")
    assert _speaker(a, q) == "Acme Corp" and q.speaker_via == "spokesperson", q.speaker_evidence
    # twins: a spokesman only near the seat, a neighbour of it: open
    for text in ("A spokesman near Acme Corp's London headquarters said the leak had been stopped.",
                 "A neighbour of Acme Corp's London headquarters said the leak had been stopped."):
        q = _find(_quotes(text), "the leak had been stopped")
        assert q.speaker_mention is None and q.antecedent_mention is None, (text, q.speaker_evidence)


def test_a_he_or_she_after_a_joint_subject_is_the_one_of_that_gender():
    a = _quotes("Jane Roe and John Doe said the dam was safe. He added that the levee would hold for a week.")
    q = _find(a, "that the levee would hold")
    assert _speaker(a, q) == "John Doe", q.speaker_evidence
    a = _quotes('"The dam is safe," Jane Roe and John Doe said in a statement. "It will hold," she added.')
    q = _find(a, "It will hold")
    assert _speaker(a, q) == "Jane Roe", q.speaker_evidence
    # twins: both of the pronoun's gender, the other's gender not told, or an unnamed person of
    # the pronoun's gender named between: open
    for text in ("Jane Roe and Mary Doe said the dam was safe. She added that the levee would hold for a week.",
                 "Jane Roe and Tavi Doe said the dam was safe. He added that the levee would hold for a week.",
                 "Jane Roe and John Doe said the dam was safe. A police officer arrived. "
                 "He added that the levee would hold for a week."):
        q = _find(_quotes(text), "that the levee would hold")
        assert q.speaker_mention is None and q.antecedent_mention is None, (text, q.speaker_evidence)


def test_a_public_body_named_by_its_description_is_the_speaker():
    for text, start, name in (
            ("The Marotian government said the ban would stay in place until the summer.", "the ban would stay",
             "Marotian government"),
            ("Tests have shown that the plume has spread 40 miles, the Marotian government says.", "Tests have shown",
             "Marotian government")):
        a = _quotes(text)
        q = _find(a, start)
        assert q.speaker_mention is not None, (text, q.speaker_evidence)
        m = a.mentions[q.speaker_mention]
        assert (m.text, m.label, m.source) == (name, "ORG", "rule") and a.document.text[m.start : m.end] == name
    # a class noun after a tagged organisation's whole name: that organisation
    a = _quotes("However, the Halvorsen Wexley Institute lobby group complained that firms had already improved safety.")
    assert _speaker(a, _find(a, "that firms had")) == "Halvorsen Wexley Institute"


def test_a_generic_or_shared_body_description_stays_open():
    # twins: no name in the description, a plural, a body joined to another subject, a person's
    for text, start in (("The patient died of a fever, says the nation's health ministry.", "The patient died"),
                        ("The government said the ban would stay in place until the summer.", "the ban would stay"),
                        ("The Marotian governments said the ban would stay in place.", "the ban would stay"),
                        ("Both the Marotian government and Acme Corp said the deal would go ahead.", "the deal"),
                        ("The envoy said his government would seek assurances from Acme Corp.", "his government"),
                        ("However, the Marotian lobby group complained that firms had already improved safety.",
                         "that firms had")):
        a = _quotes(text)
        q = _find(a, start)
        assert q.speaker_mention is None and q.antecedent_mention is None, (text, q.speaker_evidence)
        assert all(m.source != "rule" or m.label != "ORG" or "government" not in m.text for m in a.mentions)


def test_a_named_body_keyed_with_its_descriptor_speaks():
    # once kept open because names.core_name keyed it "ministry" (one key for every ministry of
    # the story); since round twelve the key keeps the name: "Marotia's health ministry"
    a = _quotes("The woman died of a fever, Marotia's health ministry said.")
    q = _find(a, "The woman died")
    assert q.speaker_mention is not None and q.speaker_text == "Marotia's health ministry"


def test_a_second_cue_joined_to_a_reported_clause_is_the_reporters():
    # the parse hangs "asked"/"promised" on the reported clause's verb: a thing cannot ask, and a
    # comma before "and" ends the clause; the first content stops before the second cue
    a = _quotes("However, Jane Roe warned that a fix was not certain and asked residents to keep in mind that "
                "the pipe is a mile down.")
    assert _speaker(a, _find(a, "to keep in mind")) == "Jane Roe"
    assert _find(a, "that a fix").text == "that a fix was not certain"
    a = _quotes("John Doe also said his council would sue the firm if laws had been broken, and promised to "
                "change the rules if needed.")
    assert _speaker(a, _find(a, "to change the rules")) == "John Doe"
    assert _find(a, "his council").text == "his council would sue the firm if laws had been broken"
    # twins: a mental state after the comma may be the clause subject's own; a clause subject
    # that can act and no comma: the parse's reading stands
    a = _quotes("Jane Roe said Acme Corp had spent $5m on the repairs, and expected to spend more until May.")
    assert _speaker(a, _find(a, "to spend more")) == "Acme Corp"
    a = _quotes("Jane Roe said the council had met and agreed to sell the site to Acme Corp.")
    assert _find(a, "the council had met").text.endswith("to Acme Corp")
    assert not [q for q in a.quotes if q.text.startswith("to sell")]


def test_evidence_to_suggest_is_no_speaker():
    a = _quotes("The fire service added that there was no proof to suggest the depot fire had been arson.")
    assert not [q for q in a.quotes if q.text.startswith("the depot fire")], [q.text for q in a.quotes]
    assert _find(a, "that there was no proof")
    # twin: a named subject's own "suggest" keeps its quote
    a = _quotes("Jane Roe suggested that the depot fire had been arson.")
    assert _speaker(a, _find(a, "that the depot fire")) == "Jane Roe"


def _caption_parse(first: str):
    """The small model's parse of a caption glued before a sentence, built by hand (invented
    words; the model's reading of such a run varies with the words): "<first> oversaw aid for
    victims Independent mediator Victor Hale pledged action", with "aid" (its caption's head)
    and "Hale" both subjects of "pledged"."""
    from types import SimpleNamespace

    import spacy
    from spacy.tokens import Doc

    f1, f2 = first.split()
    words = [f1, f2, "oversaw", "aid", "for", "victims", "Independent", "mediator", "Victor", "Hale", "pledged", "action"]
    heads = [1, 3, 3, 10, 3, 4, 7, 9, 9, 10, 10, 10]
    deps = ["compound", "compound", "compound", "nsubj", "prep", "pobj", "compound", "compound", "compound", "nsubj",
            "ROOT", "dobj"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    names = {(0, 2): first, (8, 10): "Victor Hale"}
    mentions = [SimpleNamespace(text=t, label="PERSON") for t in names.values()]
    tok = {i: k for k, (a, b) in enumerate(names) for i in range(a, b)}
    spans = [doc[a:b] for a, b in names]
    ctx = SimpleNamespace(sdoc=doc, tok_mention=tok, mentions=mentions, n_named=2, span=lambda i: spans[i],
                          entity=lambda i: mentions[i].text)
    return ctx, doc


def test_a_caption_naming_the_speaker_glued_before_the_cue_gives_the_name_next_to_it():
    from storyline.analyse.quotes import _name_after_caption

    ctx, doc = _caption_parse("Victor Hale")
    assert _name_after_caption(ctx, doc[10], doc[3]) == 1
    # twin: a caption about someone else: no speaker from this rule (the phrase stays open)
    ctx, doc = _caption_parse("Jane Roe")
    assert _name_after_caption(ctx, doc[10], doc[3]) is None


_HARBOUR = ('"The dock will reopen by spring," Jane Roe said.\n\n{}'
            '"We have asked every crew to stay close to the harbour."')


def test_a_cueless_quote_two_paragraphs_after_the_speaker_before_is_open():
    # narration of a paragraph between: the words may be someone that paragraph never names as a subject
    a = _quotes(_HARBOUR.format("The storm flooded the lower town of Port Ellery overnight, and the roads "
                                "to the coast were closed by noon.\n\n"))
    q = _find(a, "We have asked every crew")
    assert q.speaker_mention is None and q.speaker_confidence == 0.0
    assert "two or more paragraphs back" in (q.speaker_evidence or "")


def test_a_cueless_quote_in_the_next_paragraph_keeps_the_speaker_before():
    # the twin: the quotation follows in the very next paragraph
    a = _quotes(_HARBOUR.format(""))
    q = _piece(a, "We have asked every crew")
    assert q.text.startswith("The dock will reopen") and _speaker(a, q) == "Jane Roe"


def test_a_cueless_quote_two_paragraphs_on_keeps_the_speaker_a_she_between_keeps_in_view():
    # the twin: the paragraph between is about her ("Is she worried ...?"), so the words stay hers
    a = _quotes(_HARBOUR.format("The storm flooded the lower town of Port Ellery overnight.\n\n"
                                "Is she worried about the crews?\n\n"))
    q = _find(a, "We have asked every crew")
    assert q.speaker_via == "continuation" and _speaker(a, q) == "Jane Roe"
    assert "named or a he/she of theirs in between" in (q.speaker_evidence or "")
