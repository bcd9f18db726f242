"""Round forty, the integrator's mends from the seed-155 wire audit (1989 business copy), each
rule with a twin where it must not fire. The texts are invented."""
from __future__ import annotations

import pytest
from test_brief import analysis
from test_brief_reads_alone import BACKGROUND, told, with_names

from storyline.analyse import speakers
from storyline.resolve import brief

# --- the brief: business copy read alone names no company (issue 23; B1, B5-B7, B9) --------


@pytest.mark.parametrize("sentence, category", [
    ("Revenue was $91.6 million, up from $82 million a year earlier.", "unowned"),
    ("Sales rose to $12.4 million from $10.1 million.", "unowned"),
    ("Net income fell 12% in the quarter.", "unowned"),
    ("The price in the offer is $41.25 for each of the shares.", "unowned"),
    ("After these payments, about $125,000 will be left for the holders.", "anaphor"),
    ("Under that plan, creditors would receive 30 cents on the dollar.", "anaphor"),
    ("The maker of industrial valves has about 3.1 million shares outstanding.", "anaphor"),
    ("The Dayton, Ohio, maker of garden tools said the stock would pay a dividend.", "anaphor"),
])
def test_an_unowned_measure_or_a_trade_description_points_back(sentence, category):
    assert brief.dependent_opening(sentence)[0] == category


@pytest.mark.parametrize("sentence", [
    # twins: the sentence says whose, or nothing points back
    "Sales of electric bicycles rose 40% in the region.",
    "Acme's revenue rose 5% in the quarter.",
    "The price of copper fell 3% on the exchange.",
    "The operator of the drilling platform, Gulf Drilling Corp., has tried several fixes.",
    "The makers of the film met in the city.",
    "Salespeople rose early to open the stalls.",
    "With the storm gone, crews returned to the coast.",
    "After this week's vote, the committee split.",
    # the round-forty review's: a conjunction, a compound, a general statement, a named product
    "Given that the economy is weak, the bank cut rates by half a point.",
    "The value-added tax will rise to 20 percent next year.",
    "The price war among airlines has pushed fares down 12 percent.",
    "Income rose for the poorest fifth of households in 2014.",
    "The maker of the iPhone said it would appeal the ruling.",
    "The operator of the Fukushima nuclear plant said it had found new leaks.",
])
def test_an_owned_measure_or_a_named_maker_reads_alone(sentence):
    assert (brief.dependent_opening(sentence) or ("",))[0] not in ("unowned", "anaphor")


def test_an_unowned_measure_is_not_told_alone():
    sentence = "Sales rose to $12 million from $10 million in the quarter."
    a = analysis("aaaa", "Brightwater Mills reported that net income rose 21%.\n" + sentence + "\n" + BACKGROUND)
    assert not any(x.text == sentence for x in told(a))


def test_a_measure_whose_owner_the_sentence_names_is_told():
    # twin: the same opening, and the owner is named in the sentence itself
    sentence = "Sales rose to $12 million at the Brightwater Mills stores in the quarter."
    a = with_names(analysis("aaaa", sentence + "\n" + BACKGROUND), ("Brightwater Mills", "ORG"))
    assert brief.dependent_opening(sentence)[0] == "unowned"
    assert any(x.text == sentence for x in told(a))


# --- a nominal speaker whose best organisation is also the subject just before (issue 18; Q21, Q33) --

LEAD = ("Pacific Harbor Financial Corp. said its holders voted for the sale of the bank to Northgate "
        "Trust Ltd. of Toronto for $27 a share.{between}\n\n"
        "The thrift holding company said it hopes to close the sale before the end of the year.")


def _nominal_quote(text):
    from storyline.pipeline import analyse_record
    from storyline.types import Record

    a = analyse_record(Record(source="x.txt", text=text))
    q = next(q for q in a.quotes if q.text.startswith("it hopes"))
    # a nominal's link is its antecedent, at or above the threshold (the corpus stage reads both)
    linked = q.antecedent_mention if q.speaker_confidence is not None and q.speaker_confidence >= speakers.threshold() else None
    return (a.mentions[linked].text if linked is not None else None), q


def test_a_nominal_agreeing_with_the_subject_just_before_is_linked():
    name, q = _nominal_quote(LEAD.format(between=""))
    assert name == "Pacific Harbor Financial Corp."
    assert "the main subject of this or the sentence before" in q.speaker_evidence


def test_a_nominal_with_no_subject_just_before_keeps_its_margin_alone():
    # twin: a sentence between whose subject is no organisation: the margin alone (1.0) stays open
    name, q = _nominal_quote(LEAD.format(between=" The vote was held in Seattle."))
    assert name is None and q.speaker_text == "The thrift holding company"


# --- a name whose lower-case word leaves only a legal form after it (Q35: speaker "Co.") ------


@pytest.mark.parametrize("text", ["Dow Jones amp Co.", "Reiss amp Co. B.V.", "Calder amp Co. Ltd."])
def test_a_cut_that_leaves_only_a_legal_form_keeps_the_name(text):
    from storyline.analyse import names

    assert names.core_name(text) == text


@pytest.mark.parametrize("text, core", [
    # twins: a descriptor before a name still goes, legal form and all
    ("the oil company Gulf Drilling Co.", "Gulf Drilling Co."),
    ("Acme chief executive Jane Roe", "Jane Roe"),
    ("the Associated Press news agency", "Associated Press news agency"),
])
def test_a_descriptor_before_a_name_is_still_cut(text, core):
    from storyline.analyse import names

    assert names.core_name(text) == core


# --- a clause the parse hung on the cue, after a verb in the cue's prepositional phrase (Q19) --


def _quotes_of(text):
    from storyline.pipeline import analyse_record
    from storyline.types import Record

    return analyse_record(Record(source="x.txt", text=text)).quotes


def test_a_clause_after_a_verb_in_the_cues_phrase_is_not_the_cues_content():
    qs = _quotes_of("Northgate Corp. has criticized Calder Inc. for not disclosing that Northgate's managers "
                    "expect sales at the company to grow 20% a year.")
    assert not any(q.text.startswith("that Northgate's managers") and q.cue == "criticized" for q in qs)


@pytest.mark.parametrize("text", [
    # twins: the clause is the cue's own (no phrase between), or the gerund's as a cue of its own
    "The union criticized the board, saying that the plant would close in the spring.",
    "The union criticized the board for saying that the plant would close in the spring.",
])
def test_a_clause_of_the_cue_or_of_a_gerund_cue_stays(text):
    assert any(q.text == "that the plant would close in the spring" for q in _quotes_of(text))


# --- the other end of a change in money takes the rate written once (F2) --------------------


def _figures_of(text):
    from storyline.pipeline import analyse_record
    from storyline.types import Record

    return {f.text: f for f in analyse_record(Record(source="x.txt", text=text)).figures}


@pytest.mark.parametrize("text, old, new", [
    ("Brightwater raised its quarterly dividend to $1.40 a share from $1.15.", "$1.15", "$1.40"),
    ("Brightwater lifted its payout from $2 to $2.50 a share.", "$2", "$2.50"),
])
def test_both_ends_of_a_change_in_money_share_the_rate(text, old, new):
    f = _figures_of(text)
    assert f[new].unit == "USD/share" and f[old].unit == "USD/share"


@pytest.mark.parametrize("text, plain", [
    # twins: a total at another scale, a sum with a rate of its own, no change between them
    ("Brightwater paid $3 a share, from $40 million raised in the spring.", "$40 million"),
    ("The price rose to $40 a barrel from $38 a ton.", "$38"),
    ("Brightwater paid $3 a share and Calder paid $4 in cash.", "$4"),
    ("Each holder gets $2 a share from $900,000 held in escrow.", "$900,000"),
])
def test_a_sum_that_is_no_end_of_the_same_change_keeps_its_unit(text, plain):  # (and "$2 a share from $900,000 held in escrow")
    assert _figures_of(text)[plain].unit != "USD/share"


# --- a figure restating a bound takes the bound (F12) -------------------------------------------


@pytest.mark.parametrize("text, share, low, high", [
    ("The board approved the purchase of up to one million shares, or 10.4% of those outstanding.", "10.4%", None, 10.4),
    ("Calder will cut more than 500 jobs, or 5% of its staff.", "5%", 5.0, None),
])
def test_a_share_restating_a_bound_is_bounded(text, share, low, high):
    f = _figures_of(text)[share]
    assert (f.kind, f.value, f.low, f.high) == ("bound", None, low, high)


@pytest.mark.parametrize("text, share", [
    # twins: no bound to restate, or more than the unit's words between
    ("Calder bought 300,000 shares, or 3% of those outstanding, last year.", "3%"),
    ("Calder sold more than 500 homes in May, or 5% of its stock.", "5%"),
])

def test_a_share_after_no_bound_keeps_its_value(text, share):
    f = _figures_of(text)[share]
    assert f.kind == "value" and f.value is not None

@pytest.mark.parametrize("text, other", [
    # the round-forty review's twins: another offer in the same unit is no restated bound
    ("Tickets cost up to $50 each, or $80 for two.", "$80"),
    ("Buyers must pay at least $500 upfront, or $50 a month over a year.", "$50"),
])
def test_another_offer_in_the_same_unit_keeps_its_value(text, other):
    f = _figures_of(text)[other]
    assert f.kind == "value" and f.value is not None


# --- a company's name is no measure, though a word of it is a measure noun (F26) ------------


def test_a_name_holding_a_measure_noun_is_no_measure():
    f = _figures_of("Northgate said that Calder Investment II Limited Partnership has offered to raise "
                    "its bid for the firm to $13.65, partly in stock.")["$13.65"]
    assert f.measure is None


def test_a_common_noun_with_a_measure_compound_is_still_the_measure():
    # twin: "the price tag" is no name
    assert _figures_of("The price tag was $40 million, officials said.")["$40 million"].measure == "price tag"


# --- a percentage "of the shares" is a part, no share price (F28) -----------------------------


def test_a_part_of_the_shares_is_no_share_price():
    f = _figures_of("Beta said holders had tendered 1.1 million shares, or about 41.5% of the shares outstanding.")
    assert f["about 41.5%"].measure is None


def test_a_change_in_the_shares_is_still_a_share_price():
    # twin: no "of" after the percentage
    assert _figures_of("Calder shares fell 5% on Monday.")["5%"].measure == "share price"


# --- a stake is in the company named, not its holder's (F10, F15) -----------------------------


@pytest.mark.parametrize("text, share, company, measure", [
    ("Northgate, which owns 67% of Calder Inc., publishes two newspapers.", "67%", "Calder Inc.", "stake"),
    ("In a first step, Northgate Bank will buy 32.99% of Calder Inc. for $162 a share.", "32.99%", "Calder Inc.", None),
])
def test_a_stake_in_a_named_company_has_the_company_for_subject(text, share, company, measure):
    from storyline.pipeline import analyse_record
    from storyline.types import Record

    a = analyse_record(Record(source="x.txt", text=text))
    f = next(f for f in a.figures if f.text == share)
    assert f.subject_mention is not None and a.mentions[f.subject_mention].text == company
    if measure:
        assert f.measure == measure


@pytest.mark.parametrize("text, share, whole", [
    # twins: a company's own stock, a whole with no name, a share of the vote
    ("Calder Inc. said it plans to purchase 10% of its common stock.", "10%", "stock"),
    ("Northgate holds some 47% of the pipeline firm.", "some 47%", "firm"),
    ("Jane Roe holds 40% of the vote in Ohio.", "40%", "vote"),
])
def test_a_share_of_no_named_company_is_read_as_before(text, share, whole):
    from storyline.pipeline import analyse_record
    from storyline.types import Record

    a = analyse_record(Record(source="x.txt", text=text))
    f = next(f for f in a.figures if f.text == share)
    assert f.measure != "stake"
    subject = a.mentions[f.subject_mention].text if f.subject_mention is not None else (f.subject_text or "")
    assert whole not in subject


# --- the round-forty review's wrong speakers, now open ------------------------------------------


@pytest.mark.parametrize("text", [
    # an unlisted person noun is someone new; a quotation speaking of him; an answer is the other side's
    'Ben Roe toured the flooded town on Tuesday. "We lost everything," the local farmer said.',
    'Ben Roe was treated at the hospital for burns. "He is lucky to be alive," the attending surgeon said.',
    'Jane Roe attended the fundraiser in Dallas. "She is a fraud," the billionaire developer said.',
    'Ben Roe opened the debate with an attack on taxes. "That is nonsense," the Democratic candidate replied.',
    # the saying before was about the subject right before it, who may go on speaking
    ('Tom Doe missed three games with a knee injury. Doe returned to training on Monday. Coach Ben Roe '
     'spoke about Doe\'s recovery at a news conference. "My knee feels great," he said.'),
    ('Tom Doe was arrested on Friday. Doe was released on bail. Sheriff Ben Roe told reporters about '
     'Doe\'s arrest on Saturday. "I am innocent," he said.'),
])
def test_a_speaker_the_context_does_not_settle_stays_open(text):
    from storyline.pipeline import analyse_record
    from storyline.types import Record

    a = analyse_record(Record(source="x.txt", text=text))
    q = a.quotes[-1]
    linked = q.speaker_mention if q.speaker_mention is not None else (
        q.antecedent_mention if (q.speaker_confidence or 0) >= speakers.threshold() else None)
    assert linked is None


def test_an_epithet_for_the_subject_before_still_names_him():
    # twin: the listed epithet, no one else named, the quotation not about him
    from storyline.pipeline import analyse_record
    from storyline.types import Record

    a = analyse_record(Record(source="x.txt", text='Ben Carson says he is under attack from the media. '
                                                   '"I am not going anywhere," the retired neurosurgeon told CBS.'))
    q = a.quotes[-1]
    assert q.antecedent_mention is not None and a.mentions[q.antecedent_mention].text == "Ben Carson"


# --- a phrasal verb is no cue (Q14 of the rebuilt seed-154 story); a country subject just before keeps "it" open (Q33) --


@pytest.mark.parametrize("text", [
    "The governor may call up 3,000 guard troops for a month without a vote.",
    "The union called off the strike at the port on Monday.",
])
def test_a_phrasal_verb_of_calling_is_no_cue(text):
    assert not any(q.cue.startswith("call") for q in _quotes_of(text))


def test_calling_something_a_name_is_still_read_as_before():
    # twin: "called the plan a disgrace" (no particle) is the cue's own reading
    assert any(q.cue == "called" for q in _quotes_of("The mayor called the plan a disgrace on Monday."))


def _it_quote(text):
    from storyline.pipeline import analyse_record
    from storyline.types import Record

    a = analyse_record(Record(source="x.txt", text=text))
    q = next(q for q in a.quotes if q.speaker_text == "It")
    linked = q.antecedent_mention if (q.speaker_confidence or 0) >= speakers.threshold() else None
    return (a.mentions[linked].text if linked is not None else None), q


def test_it_after_a_country_subject_is_open():
    who, q = _it_quote("Ships are expected within days, including Navy patrol boats and Coast Guard cutters. Peru said "
                       "it closed its border with Chile over a fishing dispute. It accused Chile of seizing its boats.")
    assert who is None and "a place or a people" in q.speaker_evidence


def test_it_after_an_organisation_subject_is_read_as_before():
    # twin: the subject just before is the organisation itself
    who, _ = _it_quote("Northgate Corp. makes valves in Ohio. Northgate Corp. reported higher sales on Monday. "
                       "It said demand from abroad was strong.")
    assert who == "Northgate Corp."


def test_an_epithet_after_a_person_of_another_role_stays_open():
    # the PolNeAR census's wrong one, reshaped: the subject just before is a mayor the document
    # titles so, the epithet a candidate's
    from storyline.pipeline import analyse_record
    from storyline.types import Record

    a = analyse_record(Record(source="x.txt", text=(
        "Following a new threat, Jim Hale called on Mayor Tom Roe to restart the patrols of the harbor, which "
        "the police began after the riots. Roe disbanded the unit in April.\n\n"
        '"There is anger like nobody has ever seen," the Republican presidential candidate said in a radio interview.')))
    q = a.quotes[-1]
    assert not ((q.speaker_confidence or 0) >= speakers.threshold() and q.antecedent_mention is not None
                and a.mentions[q.antecedent_mention].text.endswith("Roe"))


def test_a_share_price_losing_part_of_its_value_is_still_a_share_price():
    # twin of the part rule from the Timeline17 census: "of their value" is the price's own loss
    assert _figures_of("Shares in Calder lost a third of their value in a week.")["a third"].measure == "share price"
