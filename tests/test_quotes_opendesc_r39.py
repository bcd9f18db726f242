"""Round thirty-nine, issue 18 (opendesc): open speakers the document itself ties to a name.
A broadcast transcript's short label ("ROE:") names the host its first label wrote in full
("JANE ROE, HOST:"), though the tagger reads the capitals as no person. Every text here is
invented for the test."""

from __future__ import annotations

from pipeline_helpers import analysed, quote_starting, shown_speaker

_SHOW = ("{host}, HOST: Tonight the storm has left the coast without power for a third day.\n\n"
         "Joining us now from the harbor is the city engineer, Tom Fell.\n\n"
         "{label}: How long until the lights come back on in the old town?\n\n"
         "FELL: We think it will take most of the week to restore the lines.\n\n"
         "{label}: And what should families do until then?\n\n"
         "FELL: Stay indoors after dark and keep the roads clear for the crews.")


def _turns(host: str, label: str, extra: str = ""):
    a = analysed(_SHOW.format(host=host, label=label) + extra)
    return a, quote_starting(a, "How long until"), quote_starting(a, "And what should")


def test_a_hosts_short_label_names_the_full_name_of_the_first_label():
    a, q1, q2 = _turns("MARTHA QUILLING", "QUILLING")
    assert q1.speaker_text == "QUILLING"
    assert shown_speaker(a, q1) == "MARTHA QUILLING" and shown_speaker(a, q2) == "MARTHA QUILLING"
    assert "the one full name" in (q1.speaker_evidence or "")
    # the guest's turns are the guest's as before
    assert shown_speaker(a, quote_starting(a, "We think it will take")) == "Tom Fell"


def test_a_two_word_last_name_label_is_read_whole():
    a, q1, _ = _turns("MARTHA VAN QUILLING", "VAN QUILLING")
    assert shown_speaker(a, q1) == "MARTHA VAN QUILLING"


def test_twin_two_first_names_before_the_last_name_stay_open():
    # a second label writes another Quilling in full: the short label may be either
    a, q1, q2 = _turns("MARTHA QUILLING", "QUILLING",
                       "\n\nROB QUILLING, CORRESPONDENT: Crews from three states are on their way tonight.")
    assert shown_speaker(a, q1) is None and shown_speaker(a, q2) is None


def test_twin_a_titled_full_label_is_not_read():
    # "SENATOR MARTHA QUILLING" opens with a title, not a first name: left as it was (open)
    a, q1, _ = _turns("SENATOR MARTHA QUILLING", "QUILLING")
    assert shown_speaker(a, q1) is None


def test_twin_a_label_no_full_label_writes_stays_open():
    # no line label ends in the short label's words: nothing ties it to anyone
    a, q1, _ = _turns("MARTHA QUILLING", "BROWNLEE")
    assert shown_speaker(a, q1) is None


# --- a last name whose one full name sits inside an outlet's mention ("Fox News’ Sean Hannity") --

_OUTLET = ("In an interview with Fox News’ {name} on Monday night, the mayor defended his plan for the harbor."
           "{extra}\n\n“They said the bridge is negotiable,” {last} said of the mayor’s stance.")


def test_a_last_name_after_an_outlets_full_name_is_that_person():
    a = analysed(_OUTLET.format(name="Sean Hannity", extra="", last="Hannity"))
    q = quote_starting(a, "They said the bridge")
    assert shown_speaker(a, q) == "Sean Hannity"
    assert "written after an outlet's name" in (q.speaker_evidence or "")
    assert a.mentions[q.speaker_mention].label == "PERSON"


def test_twin_another_first_name_before_the_last_name_stays_open():
    a = analysed(_OUTLET.format(name="Sean Hannity", last="Hannity",
                                extra=" His brother Rob Hannity runs a bakery on the pier."))
    q = quote_starting(a, "They said the bridge")
    assert not (q.speaker_evidence or "").count("written after an outlet's name")
    assert shown_speaker(a, q) != "Sean Hannity"


def test_twin_a_last_name_that_is_a_first_name_is_not_read():
    # "Fox News’ Sean Taylor ... Taylor said": Taylor is a common first name too, so the
    # word alone may be no last name (as _named_as_person's "Morgan Stanley")
    a = analysed(_OUTLET.format(name="Sean Taylor", extra="", last="Taylor"))
    q = quote_starting(a, "They said the bridge")
    assert "written after an outlet's name" not in (q.speaker_evidence or "")


# --- a last name the gazetteer knows as a place ("Salazar", "Dole"), untagged as a speaker ----


def _place_check(text: str, word: str, mentions: list[tuple[str, str]]) -> bool:
    from types import SimpleNamespace

    from storyline.analyse import quotes
    from storyline.analyse.nlp import load
    from storyline.types import Mention

    doc = load()(text)
    tok = next(t for t in doc if t.text == word and t.dep_ == "nsubj")
    ms = [Mention(start=text.index(w), end=text.index(w) + len(w), text=w, label=label) for w, label in mentions]
    return quotes._place_word_as_name(SimpleNamespace(mentions=ms), doc[tok.i : tok.i + 1])


def test_a_place_word_the_document_never_tags_a_place_may_be_a_last_name():
    text = "Interior Secretary Carl Salazar toured the coast. Salazar said the rig was unsafe."
    assert _place_check(text, "Salazar", [("Carl Salazar", "PERSON")])


def test_twin_a_place_word_the_document_tags_a_place_is_not_read():
    text = "Officials in Washington met on Monday. Washington said the rig was unsafe."
    assert not _place_check(text, "Washington", [("Washington", "GPE")])


# --- a full-name label with a short twin ("JANE ROE:" ... "ROE:") is that person ------------

_DEBATE = ("A campaign adviser was asked on the morning show about the debate schedule.\n\n"
           "{full}: Why not agree to one more debate before the primary?\n\n"
           "PAUL VERNIER: The schedule was set by the party months ago, and we keep to it.\n\n"
           "{short}: But voters in the state have asked for another one.\n\n"
           "VERNIER: They will hear plenty from both candidates before the vote.")


def test_a_full_name_label_with_a_short_twin_names_its_person():
    a = analysed(_DEBATE.format(full="KATE MARLOWE", short="MARLOWE"))
    assert shown_speaker(a, quote_starting(a, "Why not agree")) == "KATE MARLOWE"
    assert shown_speaker(a, quote_starting(a, "But voters in the state")) == "KATE MARLOWE"
    assert shown_speaker(a, quote_starting(a, "The schedule was set")) == "PAUL VERNIER"
    assert shown_speaker(a, quote_starting(a, "They will hear plenty")) == "PAUL VERNIER"


def test_twin_a_full_label_with_no_short_twin_stays_open():
    # "GRACE NOTES:" has a first name's shape, but no turn is labelled "NOTES": no evidence of a person
    a = analysed(_DEBATE.format(full="GRACE NOTES", short="MARLOWE"))
    assert shown_speaker(a, quote_starting(a, "Why not agree")) is None
