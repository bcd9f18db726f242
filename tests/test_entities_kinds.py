"""Types from the nouns around a name, and the words glued into names that the third
round left (issue 19, second pass): products, websites, concepts defined by lowercase
words, a country's acronym after a place, a broadcaster's medium, a minister's
portfolio. Each rule with its must-not-fire twin."""

from __future__ import annotations

from test_entities import resolve_entities as _resolve
from test_entities_places import _with_kind

from storyline.pipeline import analyse_record
from storyline.types import Mention, Record


def _mentions(text: str) -> dict[str, Mention]:
    a = analyse_record(Record(source="x.txt", text=text))
    return {m.text: m for m in a.mentions}


def test_a_name_a_text_calls_a_drug_is_a_product():
    drug = [[("Tamiflu", "NORP", "drug")], [("Tamiflu", "NORP", "antiviral")]] + [[("Tamiflu", "NORP", None)]] * 6
    got = _with_kind(drug)
    assert got[("d0", 0)].type == "PRODUCT" and got[("d0", 0)].id == got[("d5", 0)].id
    # twins: called a drug once among many mentions; a person with an honorific; a place
    got = _with_kind([[("Pfizer", "ORG", "drug")], [("Pfizer", "ORG", "drug")]] + [[("Pfizer", "ORG", None)]] * 12)
    assert got[("d0", 0)].type == "ORG"
    got = _with_kind([[("Mr. Ben Roche", "PERSON", "drug", "m"), ("Ben Roche", "PERSON", "drug")]])
    assert got[("d0", 0)].type == "PERSON"
    got = _with_kind([[("Mexico", "GPE", "vaccine")], [("Mexico", "GPE", "vaccine")], [("Mexico", "GPE", None)]])
    assert got[("d0", 0)].type == "GPE"


def test_the_noun_before_such_as_classes_the_name():
    ms = _mentions("Twitter is used widely, while sites such as Ushahidi are providing maps of the damage.")
    assert ms["Ushahidi"].context.class_noun == "site"
    ms = _mentions("Doctors gave the patients the anti-flu drug Tamiflu on Monday in London.")
    assert ms["Tamiflu"].context.class_noun == "drug"
    # twin: "such as" after a name, not before: nothing classes it
    ms = _mentions("Leaders such as Barack Obama spoke in Washington on Monday.")
    assert ms["Barack Obama"].context.class_noun is None


def test_an_acronym_defined_by_lowercase_words_is_a_concept_not_an_entity():
    text = ("The mini-industry of corporate social responsibility known as CSR is growing. Critics of CSR "
            "say so. The National Transitional Council (NTC) met in Benghazi. The NTC said so.")
    a = analyse_record(Record(source="x.txt", text=text))
    got = {m.text for m in a.mentions}
    assert "CSR" not in got
    assert "NTC" in got  # twin: a name defined with capitals keeps its acronym


def test_a_country_acronym_after_a_place_is_split_off():
    from storyline.analyse.entities import _split_country_after

    m = Mention(start=17, end=26, text="Gulf U.S.", label="LOC")
    parts = _split_country_after(m)
    assert [(p.text, p.label, p.start, p.end) for p in parts] == [("Gulf", "LOC", 17, 21), ("U.S.", "GPE", 22, 26)]
    m = Mention(start=0, end=9, text="Gulf U.S.", label="ORG")  # NER's type; a place word heads it
    assert [(p.text, p.label) for p in _split_country_after(m)] == [("Gulf", "LOC"), ("U.S.", "GPE")]
    m = Mention(start=0, end=11, text="Barclays UK", label="ORG")  # twin: a company's national arm
    assert _split_country_after(m) == [m]
    # twins: a name the gazetteer knows whole; a country's full name ending a name; a person
    for text, label in (("Papua New Guinea", "GPE"), ("Northern Ireland", "GPE"), ("Jack US", "PERSON"),
                        ("Washington DC", "GPE")):
        m = Mention(start=0, end=len(text), text=text, label=label)
        assert _split_country_after(m) == [m]


def test_a_broadcaster_with_and_without_its_medium_is_one():
    got = _resolve([("Reuters Insider", "ORG")], [("Reuters Insider TV", "ORG")])
    assert got[("d0", 0)].id == got[("d1", 0)].id
    # twin: a one-word body and its service stay apart
    got = _resolve([("Reuters", "ORG")], [("Reuters TV", "ORG")])
    assert got[("d0", 0)].id != got[("d1", 0)].id


def test_a_portfolio_in_a_ministers_title_is_its_department():
    ms = _mentions("International Development Secretary Douglas Alexander said the aid would come.")
    dev = [m for t, m in ms.items() if t.endswith("International Development")]
    assert dev and dev[0].context.kind_noun == "secretary"
    got = _with_kind([[("International Development", "ORG", "secretary")],
                      [("Department for International Development", "ORG", None)]])
    assert got[("d0", 0)].id == got[("d1", 0)].id
    # twins: the same words without the title; two departments so named
    got = _with_kind([[("International Development", "ORG", None)],
                      [("Department for International Development", "ORG", None)]])
    assert got[("d0", 0)].id != got[("d1", 0)].id
    got = _with_kind([[("International Development", "ORG", "secretary")],
                      [("Department for International Development", "ORG", None)],
                      [("Canadian Ministry of International Development", "ORG", None)]])
    assert got[("d0", 0)].id not in (got[("d1", 0)].id, got[("d2", 0)].id)


def test_a_word_after_a_known_place_run_into_the_text_is_cut():
    from test_entities_unglue import _cut

    t = "Aerial view of quake in Haiti capital Port-au-Prince Aerial footage reveals the damage"
    assert _cut(t, "Port-au-Prince Aerial", "GPE") == "Port-au-Prince"
    # twins: a place-name word ("Harbor"); a whole name the gazetteer knows; no lowercase word after
    assert _cut("ships in New York Harbor were hit", "New York Harbor", "LOC") == "New York Harbor"
    assert _cut("flights from Mexico City were cut", "Mexico City", "GPE") == "Mexico City"
    assert _cut("He flew to Port-au-Prince Aerial.", "Port-au-Prince Aerial", "GPE") == "Port-au-Prince Aerial"
    assert _cut("said Port-au-Prince Aerial footage", "Port-au-Prince Aerial", "ORG") == "Port-au-Prince Aerial"


def test_review_a_leading_modifier_is_cut_only_before_a_title():
    from test_entities_unglue import _cut

    assert _cut("But Retired Coast Guard Admiral Thad Allen said", "Retired Coast Guard", "ORG") == "Coast Guard"
    # twins: no title follows or ends the name
    assert _cut("the Interim Governing Council met", "Interim Governing Council", "ORG") == "Interim Governing Council"
    assert _cut("on the Late Show last night", "Late Show", "ORG") == "Late Show"


def test_review_a_run_on_pronoun_is_cut_only_before_a_lowercase_word():
    from test_entities_unglue import _cut

    assert _cut("in Port-au-Prince She said it was bad", "Port-au-Prince She", "GPE") == "Port-au-Prince"
    # twins: a regnal number; a short name ending in "Her"; no sentence running on
    assert _cut("Queen Elizabeth I visited the town", "Queen Elizabeth I", "PERSON") == "Queen Elizabeth I"
    assert _cut("said Pa Her on Monday", "Pa Her", "PERSON") == "Pa Her"
    assert _cut("the film Kill It. Then", "Kill It", "ORG") == "Kill It"


def test_review_a_facility_noun_after_a_company_or_a_place_keeps_its_type():
    got = _with_kind([[("Enbridge", "ORG", "pipeline")], [("Enbridge", "ORG", "pipeline")], [("Enbridge", "ORG", None)]])
    assert got[("d0", 0)].type == "ORG"
    got = _with_kind([[("Ushahidi", "ORG", "platform")], [("Ushahidi", "ORG", "platform")]])
    assert got[("d0", 0)].type == "ORG"
    got = _with_kind([[("Exxon Mobil Corp", "ORG", "rig")], [("Exxon Mobil Corp", "ORG", "rig")]])
    assert got[("d0", 0)].type == "ORG"
    got = _with_kind([[("Fukushima", "GPE", "reactor")], [("Fukushima", "GPE", "reactor")]])
    assert got[("d0", 0)].type == "GPE"
    # twin: a name nothing else claims is the facility
    got = _with_kind([[("Macondo", "ORG", "well")], [("Macondo", "ORG", "well")]])
    assert got[("d0", 0)].type == "FAC"


def test_review_a_plural_facility_noun_is_read_as_its_lemma():
    ms = _mentions("Transocean owned the Deepwater Horizon rigs that BP hired in the Gulf of Mexico.")
    assert any(t.endswith("Horizon") and m.context.kind_noun == "rig" for t, m in ms.items())


def test_review_a_place_name_missing_a_letter_is_no_demonym():
    from storyline.analyse import gazetteer

    assert not gazetteer.is_demonym("Cameron")
    for w in ("Haitian", "Briton", "British", "Chinese", "Iraqi", "American", "Kenyan", "German", "Cameroonian"):
        assert gazetteer.is_demonym(w), w


def test_review_paths_to_the_home_agree_with_path_links():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from storyline.resolve.entities import _UF

    @settings(max_examples=60, deadline=None)
    @given(st.lists(st.tuples(st.integers(0, 9), st.integers(0, 9), st.floats(0, 1)), max_size=20),
           st.integers(0, 9))
    def check(unions, home):
        uf = _UF(10)
        for a, b, c in unions:
            uf.union(a, b, f"{a}-{b}", c)
        got = uf.paths_to(home, list(range(10)))
        for x in range(10):
            assert sorted(got[x]) == sorted(uf.path_links(x, home))

    check()


def test_a_lowercase_noun_ending_an_event_name_is_cut():
    from test_entities_unglue import _cut

    assert _cut("the scale of the 1989 Exxon Valdez spill in Alaska", "Valdez spill", "EVENT") == "Valdez"
    # twins: after a place the event is left whole; a capitalised event name is kept
    assert _cut("the Gulf spill grew", "Gulf spill", "EVENT") == "Gulf spill"
    assert _cut("the Haiti earthquake struck", "Haiti earthquake", "EVENT") == "Haiti earthquake"
    assert _cut("since the Second World War ended", "Second World War", "EVENT") == "Second World War"


def test_a_department_named_in_either_word_order_is_one():
    got = _resolve([("Department of Justice", "ORG")], [("U.S. Justice Department", "ORG")],
                   [("Justice Department", "ORG")])
    assert got[("d0", 0)].id == got[("d1", 0)].id == got[("d2", 0)].id
    got = _resolve([("Ministry of Defence", "ORG")], [("Defence Ministry", "ORG")])
    assert got[("d0", 0)].id == got[("d1", 0)].id
    got = _resolve([("State Department", "ORG")], [("Department of State", "ORG")])
    assert got[("d0", 0)].id == got[("d1", 0)].id
    # twins: two portfolios; a department and a ministry of one portfolio
    got = _resolve([("Department of Justice", "ORG")], [("Energy Department", "ORG")])
    assert got[("d0", 0)].id != got[("d1", 0)].id
    got = _resolve([("Defence Ministry", "ORG")], [("Defense Department", "ORG")])
    assert got[("d0", 0)].id != got[("d1", 0)].id


def test_two_countries_departments_stay_apart_and_the_bare_name_is_only_possible():
    got = _resolve([("U.S. Justice Department", "ORG")], [("Canadian Justice Department", "ORG")],
                   [("Department of Justice", "ORG")])
    us, ca, bare = got[("d0", 0)], got[("d1", 0)], got[("d2", 0)]
    assert len({us.id, ca.id, bare.id}) == 3
    assert {p.entity for p in bare.possible_aliases} == {us.id, ca.id}
    # the same country written two ways is one
    got = _resolve([("U.S. Justice Department", "ORG")], [("US Department of Justice", "ORG")])
    assert got[("d0", 0)].id == got[("d1", 0)].id


def test_a_broadcasters_channel_is_not_its_news_organisation():
    got = _resolve([("BBC News", "ORG")], [("BBC News Channel", "ORG")])
    news, channel = got[("d0", 0)], got[("d1", 0)]
    assert news.id != channel.id
    assert [p.entity for p in news.possible_aliases] == [channel.id]
    got = _resolve([("BBC World", "ORG")], [("BBC World Service", "ORG")])
    assert got[("d0", 0)].id != got[("d1", 0)].id
    # twins: a medium word still joins ("Reuters Insider TV"); "BBC News" of two documents
    # stays one beside the channel, and "BBC" is not drawn to either
    got = _resolve([("Reuters Insider", "ORG")], [("Reuters Insider TV", "ORG")])
    assert got[("d0", 0)].id == got[("d1", 0)].id
    got = _resolve([("BBC News", "ORG")], [("BBC News", "ORG")], [("BBC News Channel", "ORG")], [("BBC", "ORG")])
    assert got[("d0", 0)].id == got[("d1", 0)].id != got[("d2", 0)].id
    assert got[("d3", 0)].possible_aliases == [] and got[("d3", 0)].id != got[("d0", 0)].id


def test_a_lone_word_used_as_the_longer_names_thing_joins_it():
    got = _with_kind([[("Exxon Valdez", "EVENT", "spill")], [("Exxon Valdez", "EVENT", "disaster")],
                      [("Valdez", "EVENT", "spill")]])
    assert got[("d0", 0)].id == got[("d2", 0)].id
    assert any(a.evidence.startswith("last word of the one longer name") for a in got[("d0", 0)].alias_evidence)


def test_a_lone_word_without_the_things_noun_or_beside_a_town_is_only_possible():
    # no noun shared: a possible alias
    got = _with_kind([[("Exxon Valdez", "EVENT", "disaster")], [("Valdez", "EVENT", None)]])
    assert got[("d0", 0)].id != got[("d1", 0)].id
    assert [p.entity for p in got[("d1", 0)].possible_aliases] == [got[("d0", 0)].id]
    # the word is also the corpus's town: never merged with the tanker
    got = _with_kind([[("Exxon Valdez", "EVENT", "spill")], [("Valdez", "EVENT", "spill")],
                      [("Valdez", "GPE", None), ("Alaska", "GPE", None)]])
    town = got[("d2", 0)]
    assert town.id != got[("d0", 0)].id and town.type == "GPE"
    # two longer names ending in the word: no merge
    got = _with_kind([[("Exxon Valdez", "EVENT", "spill")], [("Port Valdez", "EVENT", "spill")],
                      [("Valdez", "EVENT", "spill")]])
    assert got[("d2", 0)].id not in (got[("d0", 0)].id, got[("d1", 0)].id)
