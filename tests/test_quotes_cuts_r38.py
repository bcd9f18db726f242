"""A statement shown cut or run on, round thirty-eight (issue 18, cuts).

Shapes left on the seed-152 samples: a headline's teaser of a quotation clipped by an
ellipsis, which the body gives whole. Each rule with a twin that must stay as it was. Texts
written for the test."""

from __future__ import annotations

from storyline.pipeline import analyse_record
from storyline.types import Record


def _quotes(text: str):
    a = analyse_record(Record(source="t.txt", text=text))
    return a, a.quotes


# a headline's clipped teaser of a quotation the body gives whole

def test_a_headline_teaser_the_body_repeats_whole_is_dropped():
    text = ("Mayor Hale Says Something Nobody Expected - ‘Never Lost A….’\n\n"
            "Mayor Tom Hale said on Monday that the flood plan “never lost a single house.”\n\n"
            "The council meets again in May.")
    _, qs = _quotes(text)
    assert not any("Lost A…" in q.text for q in qs)
    assert any("never lost a single house" in q.text for q in qs)


def test_a_clipped_headline_quotation_the_body_does_not_repeat_stays():
    # twin: the body never gives the words again, so the teaser is the only record of them
    text = ("Mayor Hale Says Something Nobody Expected - ‘We Never Lost A….’\n\n"
            "Mayor Tom Hale said on Monday that the flood plan had worked well.\n\n"
            "The council meets again in May.")
    _, qs = _quotes(text)
    assert any("We Never Lost A" in q.text for q in qs)


def test_a_body_quotation_trailing_off_stays_though_repeated():
    # twin: not in the headline; a speaker trailing off is the speaker's own way of saying it
    text = ("Flood plan holds\n\nThe river rose all night.\n\n"
            "\"We never lost a house...\" Hale said, and the crowd cheered.\n\n"
            "Later Hale repeated that we never lost a house in the town.")
    _, qs = _quotes(text)
    assert any(q.kind == "direct" and q.text.startswith("We never lost a house") for q in qs)


def _who(a, q) -> str | None:
    return a.mentions[q.speaker_mention].text if q.speaker_mention is not None else None


def _halves(text: str, q) -> list[str]:
    return [text[x:y] for x, y in q.pieces] if q.pieces else [q.text]


# a quotation whose cue stands before it, tagged a second time before the next one (the cue
# before and the tag after stand equally near the first quotation: a five-letter name)

_TAGGED_AGAIN = ('"Is President Grant going to finally say the words coastal flood? If he does not he should '
                 'resign!" the council leader, Jane Roe, tweeted Sunday after the storm.\n\n'
                 'Grant said: "There is no magic in the phrase \'coastal flood.\' It is a talking point. It is '
                 'not a plan.\n\n"Calling a storm by another name does not stop the rain. It is a distraction," '
                 '{who} said. "Nobody in this town has ever told me a new name would help."\n\n'
                 'The council meets again in May.')


def test_a_quotation_tagged_again_before_its_last_sentence_is_one_statement():
    text = _TAGGED_AGAIN.format(who="Grant")
    _, qs = _quotes(text)
    direct = [q for q in qs if "no magic" in q.text]
    assert len(direct) == 1 and direct[0].speaker_text == "Grant"
    assert _halves(text, direct[0])[-1].startswith("Nobody in this town")
    assert not any("Grant said." in piece for piece in _halves(text, direct[0]))
    assert not any(q.text.startswith("Nobody in this town") for q in qs)


def test_a_second_tag_of_another_speaker_keeps_the_quotations_apart():
    # twin: the tag between names someone else; the last quotation is not Grant's run of words
    text = _TAGGED_AGAIN.format(who="Jane Roe")
    _, qs = _quotes(text)
    assert not any("no magic" in q.text and "Nobody in this town" in q.text for q in qs)


# a finding's figures after ", with"

_POLL = ('The race tightened in July, a second poll in a week found.\n\nAn average of national polls shows '
         'Clinton leading by 3.1 percent over Trump. However, the Acme Research daily tracking poll shows Trump '
         'with a three-point lead, {tail}.')


def test_a_polls_figures_after_with_belong_to_its_finding():
    _, qs = _quotes(_POLL.format(tail="with 45.5 percent to Clinton’s 42.5 percent"))
    found = [q for q in qs if q.text.startswith("Trump with")]
    assert len(found) == 1 and found[0].text.endswith("with 45.5 percent to Clinton’s 42.5 percent")


def test_a_with_phrase_holding_a_verb_stays_out_of_the_finding():
    # twin: ", with <someone> saying ..." is another's report (its own quote), not the poll's figures
    _, qs = _quotes(_POLL.format(tail="with Clinton saying 40 percent of voters remain undecided"))
    found = [q for q in qs if q.text.startswith("Trump with")]
    assert len(found) == 1 and found[0].text == "Trump with a three-point lead"


# a content the parse stopped inside a quotation it opened

def test_a_content_stopped_inside_its_quotation_runs_on_to_the_closing_mark():
    text = ('The mayor spoke first.\n\nJane Roe, who has said the budget is wrong, responded that the developer '
            '“is right about the floods, but his pumps don’t work.”\n\nThe council meets again in May.')
    _, qs = _quotes(text)
    found = [q for q in qs if "right about the floods" in q.text]
    assert len(found) == 1 and found[0].text.endswith("his pumps don’t work.”")
    assert found[0].text.startswith("that the developer") and found[0].mixed


def test_a_quotation_running_on_past_its_sentence_is_not_taken_whole():
    # twin: the closing mark stands in a later sentence; which of its sentences the cue reports is open
    # (round fifty-four, m3: when the quotation's own direct quote has the content's cue and speaker,
    # it says so, and quote_halves.join_opened_quotation takes it whole, seed 169 c086 Q9; here the
    # quotation is tagged by another, and the content stays as it was)
    text = ('The mayor spoke first.\n\nJane Roe, who has said the budget is wrong, responded that the developer '
            '“is right about the floods, but his pumps don’t work. The river does not care who is mayor,” Tom Hale '
            'wrote.\n\nThe council meets again in May.')
    _, qs = _quotes(text)
    assert not any(q.kind == "indirect" and q.text.endswith("who is mayor,”") for q in qs)
    assert not any(q.kind == "indirect" and "who is mayor" in q.text for q in qs)


# the reporter's account of how the words were received

def test_a_reaction_participle_after_the_content_is_cut():
    text = ('Grant arrived in the city on Monday.\n\nAccording to some on Twitter, Grant was “in disguise,” '
            'sparking a wave of speculation about the reason for the visit.\n\nThe council meets again in May.')
    _, qs = _quotes(text)
    found = [q for q in qs if q.cue == "According to"]
    assert len(found) == 1 and "speculation" not in found[0].text and found[0].text.startswith("Grant was")


def test_a_participle_with_another_object_stays_in_the_content():
    # twin: the participle's object is no reaction; it may be what the source said
    text = ('Grant arrived in the city on Monday.\n\nAccording to the fire service, the storm hit the coast '
            'at noon, sparking fires across the county.\n\nThe council meets again in May.')
    _, qs = _quotes(text)
    found = [q for q in qs if q.cue == "According to"]
    assert len(found) == 1 and found[0].text.endswith("sparking fires across the county")


def test_a_straight_mark_closing_a_quotation_opened_before_the_content_is_not_an_opening():
    # twin at the helper: 'worse" than' closes a quotation opened before the content starts, so
    # the content must not run on to the next quotation's opening mark
    from storyline.analyse.quotes import _open_quotation, _to_quotation_close
    text = 'who has called for "a lot worse" than the old rules, has said that "you have to act"'
    a = text.index("a lot")
    b = text.index(", has said")
    assert not _open_quotation(text, a, b) and _to_quotation_close(text, a, b) == b
    text2 = 'called the plan "a lot worse than the old rules, and slower" on Monday'
    a2, b2 = 0, text2.index(", and slower")
    assert _open_quotation(text2, a2, b2) and text2[a2 : _to_quotation_close(text2, a2, b2)].endswith('slower"')


def test_a_quotation_handed_over_by_a_comma_brings_in_no_content_holding_the_tag():
    # twin of the covered-check exception: the quotation opens after "stated," (no word right before
    # its mark) and the parse ran on over ', adding, "': no reported content holding the tag comes in
    text = ('Grant spoke on Monday.\n\nOn a radio show a day earlier, she stated, “As I see it now, a failure '
            'to act by the council, by the county and the state, would have probably turned the valley into a lake, '
            'which I think would have been a far worse outcome,” adding, “I think maybe 15 homes were flooded '
            'last year compared to probably 1,500 upstream.”\n\nThe council meets again in May.')
    _, qs = _quotes(text)
    assert not any(q.kind == "indirect" and "adding" in q.text for q in qs)


def test_a_quotation_handed_over_by_a_colon_is_not_run_into_the_content():
    # twin at the helper: the mark after "disaster: " opens another quotation (maybe another's retort),
    # not one the content opened after a word
    from storyline.analyse.quotes import _open_quotation, _to_quotation_close
    text = 'notes that Hale says he was "deeply sorry" about the flood: "Not as sorry as the farmers."'
    a, b = text.index("Hale"), text.index("Not as")
    assert not _open_quotation(text, a, b) and _to_quotation_close(text, a, b) == b
