"""Round fifty-four, engineer e2 (issue 18, open speakers without a new wrong one): a he/she whose
antecedent the text itself settles (the subject of its own sentence or of the one before) is no
longer left open by a scorer that (a) weighed the person against a second entity of the same
name, or (b) ranked a salient name first that it may not choose (more than six sentences back).
Every rule has a test that fires and a must-not-fire twin, each on a short invented text run
through the whole per-document stage."""

from __future__ import annotations

from pipeline_helpers import quoted_analysis


def _given(text: str, part: str) -> list[tuple[str | None, float, str]]:
    """(the entity mention a quote holding ``part`` is given to, directly or through its pronoun,
    its confidence, its evidence) for each such quote."""
    a = quoted_analysis(text)
    out = []
    for q in a.quotes:
        if part not in q.text:
            continue
        i = q.speaker_mention if q.speaker_mention is not None else q.antecedent_mention
        out.append((a.mentions[i].text if i is not None else None, q.speaker_confidence or 0.0,
                    q.speaker_evidence or ""))
    return out


# --- a rival of the chosen subject's own name is no rival (speakers.same_name_twin) ---

_RALLY = ("The rally drew a small crowd on Saturday. Most of the marchers were peaceful.{other}\n\n"
          "In downtown Springfield, a group gathered near the stadium for what organizer Paul Tarrant called "
          "a \"pro-community\" car rally meant to be peaceful and counter the recent violence he suggested "
          "has tarnished the region's image.\n\n"
          "Tarrant, a 45-year-old construction worker from Riverton, declined to say whether he supported "
          "the mayor but noted, \"I totally support police officers.\" The cruise was escorted by a city "
          "police vehicle.\n")


def test_a_surname_split_from_its_full_name_is_no_rival_of_it():
    got = _given(_RALLY.format(other=""), "support police officers")
    assert len(got) == 1, got
    who, conf, ev = got[0]
    assert who is not None and "Tarrant" in who and conf >= 0.6, got
    assert "is the same name" in ev, ev


def test_a_surname_two_full_names_bear_stays_a_rival_twin():
    # a second Tarrant named in full: the surname alone may be either, so the he stays open
    got = _given(_RALLY.format(other=" Mark Tarrant, a teacher, stayed home."), "support police officers")
    assert len(got) == 1, got
    who, conf, ev = got[0]
    assert who is None or conf < 0.6, got
    assert "is the same name" not in ev, ev


def test_a_far_pick_of_the_same_name_is_not_settled_by_it_twin():
    # the scorer's pick is no subject of the pronoun's sentence or the one before: a second entity of
    # its name still counts as a rival, and the hand rules picking that second entity do not agree
    # with it (the first version of the rule gave both "he" quotes to the woman: FNC-1 census)
    text = ("The young fighter who became a symbol of the town's defence before she was said to have been "
            "killed by militants is alive, it was claimed today.\n\n"
            "The woman, known by the pseudonym Rehana, was celebrated as a symbol of hope for the besieged "
            "town after a picture of her was shared thousands of times.\n\n"
            "That picture was followed days later by a photograph of a militant holding the body of a young "
            "woman, sparking rumours that Rehana had been killed.\n\n"
            "But now friends of Rehana have told the Daily Courier that the dead woman in the photograph is "
            "another fighter, adding that Rehana managed to escape the town during fighting last week and is "
            "now believed to be living across the border.\n\n"
            "Speaking of the photograph, a journalist who was based in the town until last week said the dead "
            "woman is not Rehana but another fighter.\n\n"
            "'She is my friend and I confirm that she is alive. And the picture is not Rehana's picture,' he "
            "told the Daily Courier, speaking on condition of anonymity.\n\n"
            "He went on to say that he saw Rehana leave the town during the fighting last week, shortly "
            "before he was forced to do the same thing.\n")
    for part in ("She is my friend", "he saw Rehana leave"):
        got = _given(text, part)
        assert got, part
        for who, conf, _ev in got:
            assert who is None or conf < 0.6, (part, who, conf)


# --- a near subject stands past a best candidate that may not be chosen (speakers._near_subject) ---

_SUMMIT = ("President Obama signed the climate agreement in Paris on Friday. He called it a turning point for "
           "his presidency. He praised the negotiators, and he thanked the hosts. Mr. Obama spoke of his "
           "daughters. He then flew to Rome, where he met the pope.\n\n"
           "\"We are all tired,\" said Ms. Maria Ostrova, a delegate from Estonia.\n\n"
           "The text ran to 31 pages. The deal took two years of talks. Several countries still had to ratify "
           "it. The ratification could take a year. Many diplomats were tired. The hall was nearly empty by "
           "midnight. The lights were dimmed at one.\n\n"
           "At that moment, the Belgian ambassador to the United Nations, Pieter Vandamme, uttered a stage "
           "whisper{to} within the earshot of several reporters. \"One hopes,\" he said.\n")


def test_the_subject_right_before_stands_past_a_far_salient_name():
    got = _given(_SUMMIT.format(to=""), "One hopes")
    assert len(got) == 1, got
    who, conf, ev = got[0]
    assert who is not None and "Vandamme" in who and conf >= 0.6, got
    assert "Obama, scored higher, is more than 6 sentences back" in ev, ev


def test_another_person_named_as_near_leaves_the_far_pick_open_twin():
    got = _given(_SUMMIT.format(to=" to his Dutch colleague, Jan Peeters,"), "One hopes")
    assert len(got) == 1, got
    who, conf, _ev = got[0]
    assert who is None or conf < 0.6, got
