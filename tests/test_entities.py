"""Entities: per-document mentions and descriptions, cross-document merging."""

from __future__ import annotations

import pytest

from storyline.analyse import names
from storyline.pipeline import analyse_record, build_story
from storyline.types import DocAnalysis, Record


def _story(*texts: str):
    analyses = [analyse_record(Record(source=f"doc{i}.txt", text=t)) for i, t in enumerate(texts)]
    return analyses, build_story(analyses)


def _entity_of(story, text: str):
    """The entity holding a mention whose text is ``text``."""
    docs = {d.id: d.text for d in story.documents}
    hits = [e for e in story.entities if any(docs[s.doc][s.start : s.end] == text for s in e.mentions)]
    assert hits, f"no entity has a mention {text!r}"
    return hits


def _one(story, text: str):
    hits = _entity_of(story, text)
    assert len(hits) == 1, [(e.name, e.aliases) for e in hits]
    return hits[0]


# --- name helpers -----------------------------------------------------------------


def test_name_keys():
    assert names.person_tokens("Mr. Ren Zhengfei") == ["Ren", "Zhengfei"]
    assert names.person_key("Ms. Jane Li’s") == "jane li"
    assert names.org_key("Huawei Technologies Co., Ltd.") == "huawei"
    assert names.org_key("Cisco Systems") == "cisco"
    assert names.acronym("the United States") == "us"
    assert names.simple_key("U.S.") == "us"
    assert names.place_key("America") == "united states"
    assert names.phonetic("Ren") == names.phonetic("Rain") == names.phonetic("Raine")
    assert names.phonetic("Ren") != names.phonetic("Li")


# --- per document -------------------------------------------------------------------


def test_job_title_and_lowercase_words_are_not_entities():
    a = analyse_record(Record(source="x.txt", text=(
        "Its COO for the cloud unit in the U.S., Jane Li, told us the company was growing. "
        "Li is a chess buff and a dog lover. Kick off your day with our morning email newsletter.")))
    texts = {m.text for m in a.mentions}
    assert "Jane Li" in texts and "COO" not in texts and "buff" not in texts and "Kick" not in texts


def test_headline_fragment_trimmed_to_the_name_the_body_confirms():
    text = ("Acme Responds to Rival Backlash with New Support\n\n"
            "Acme said on Monday that it will keep supporting its customers in Canada. "
            "The decision follows a dispute with Rival, according to the company.")
    a = analyse_record(Record(source="x.txt", text=text))
    head_end = text.index("\n")
    head = [m.text for m in a.mentions if m.start < head_end]
    assert all(t in {"Acme", "Rival"} for t in head), head


def test_surname_and_title_point_to_the_full_name():
    a, full = analysed_with(
        "Huawei founder Ren Zhengfei spoke to reporters on Tuesday. "
        "Mr. Ren said the company was recovering. Later, Ren added that sales were up.", "Ren Zhengfei")
    short = [m for m in a.mentions if m.text == "Ren"]
    assert len(short) == 2 and all(m.context.get("ref") == full for m in short)
    assert a.mentions[full].context.get("org") == "Huawei"
    assert "founder" in a.mentions[full].context.get("roles", [])


def test_missed_name_recovered_when_context_supports_it():
    text = ("Huawei CEO Ren Zhangvi said he expected a visit from the minister. "
            "Rain is hoping for better terms. Heavy rain fell in Beijing on Monday.")
    a = analyse_record(Record(source="x.txt", text=text))
    rain = [m for m in a.mentions if m.text == "Rain"]
    assert len(rain) == 1 and rain[0].source == "alias"
    assert rain[0].start == text.index("Rain is")
    assert a.mentions[rain[0].context["ref"]].text == "Ren Zhangvi"


def test_a_word_that_sounds_like_a_name_is_not_recovered_without_context():
    text = ("Huawei CEO Ren Zhangvi spoke on Monday. Rain delayed the opening of the new laboratory. "
            "Rain is expected in Beijing tomorrow.")
    a = analyse_record(Record(source="x.txt", text=text))
    assert not any(m.text == "Rain" for m in a.mentions)


def test_descriptions_from_premodifiers_and_appositions():
    text = ("Its COO for cloud services in the U.S., Jane Li, said sales were growing. "
            "Leaks from NSA whistleblower Edward Snowden changed the debate. "
            "Former US President Donald Trump declined to comment.")
    a = analyse_record(Record(source="x.txt", text=text))
    got = {(a.mentions[d.mention].text, d.text) for d in a.descriptions}
    assert ("Jane Li", "Its COO for cloud services in the U.S.") in got
    assert ("Edward Snowden", "NSA whistleblower") in got
    assert any(name == "Donald Trump" and "President" in desc for name, desc in got)
    for d in a.descriptions:
        assert text[d.start : d.end] == d.text


# --- across documents ----------------------------------------------------------------


def test_transliterations_and_garbled_names_merge():
    _, story = _story(
        "Huawei founder Ren Zhengfei said the company was recovering. "
        "Mr. Ren said sales abroad were falling less than feared, Ren Zhengfei added.",
        "Huawei CEO Ren Zhangvi said he expected a visit from Washington. "
        "Rain is hoping for better terms. "
        '"We have more ways to get through this," Raine said.',
    )
    e = _one(story, "Ren Zhengfei")
    assert _one(story, "Ren Zhangvi").id == e.id
    assert _one(story, "Raine").id == e.id
    assert _one(story, "Rain").id == e.id
    assert e.name == "Ren Zhengfei" and e.type == "PERSON"  # the most frequent full form


@pytest.mark.parametrize(
    "a,b",
    [
        ("Jane Li, the chief operating officer, said sales were up.", "Li Wei, a trade official, said talks had stalled."),
        ("Donald Trump said he would meet the chairman.", "Senior adviser Ivanka Trump said she would attend the summit in Paris."),
        ("Jane Li said sales were up in Texas.", "John Li said sales were down in Ohio."),
    ],
)
def test_different_people_sharing_a_name_do_not_merge(a, b):
    _, story = _story(a, b)
    persons = [e for e in story.entities if e.type == "PERSON"]
    assert len(persons) == 2, [(e.name, e.aliases) for e in persons]


def test_lone_surname_joins_the_only_person_it_can_be():
    _, story = _story(
        "Former US President Donald Trump signed the order on Monday.",
        "Trump’s executive order was a blow to the company.",
    )
    trump = _one(story, "Donald Trump")
    assert _one(story, "Trump").id == trump.id


def test_lone_surname_stays_alone_when_two_people_share_it():
    _, story = _story(
        "Donald Trump signed the order on Monday.",
        "Eric Trump said the company would grow.",
        "Trump said the deal was good.",
    )
    lone = _one(story, "Trump")
    assert lone.name == "Trump"


def test_org_suffixes_and_place_variants_merge():
    _, story = _story(
        "Huawei Technologies is still trailing Cisco Systems in the U.S. market.",
        "Huawei said Cisco had sued it in the United States. The US government agreed.",
        "America and the US are the same country for Huawei, which sells in the UK and the United Kingdom.",
    )
    assert _one(story, "Huawei Technologies").id == _one(story, "Huawei").id
    assert _one(story, "Cisco Systems").id == _one(story, "Cisco").id
    us = _one(story, "U.S.")
    assert _one(story, "United States").id == us.id and _one(story, "US").id == us.id
    assert _one(story, "America").id == us.id
    assert _one(story, "UK").id == _one(story, "United Kingdom").id
    assert us.name == "United States"


def test_ids_stable_and_order_independent():
    texts = [
        "Huawei founder Ren Zhengfei said the company was recovering.",
        "Huawei CEO Ren Zhangvi said he expected a letter from US President Joe Biden.",
        "Jane Li said Huawei was not leaving the U.S.",
    ]
    analyses = [analyse_record(Record(source=f"d{i}.txt", text=t)) for i, t in enumerate(texts)]
    s1 = build_story(analyses)
    s2 = build_story(list(reversed(analyses)))
    assert [e.model_dump() for e in s1.entities] == [e.model_dump() for e in s2.entities]
    assert all(e.id.startswith("e-") for e in s1.entities)


def test_blocking_compares_only_clusters_sharing_a_key():
    from storyline.resolve import entities as r

    locs = []
    for i, name in enumerate(["Ren Zhengfei", "Ren Zhangvi", "Jane Li", "Joe Biden", "Angela Merkel"]):
        loc = r.Local(doc=f"d{i}", mentions=[0])
        loc.texts[name] += 1
        loc.labels["PERSON"] += 1
        loc.tokens = [t.lower() for t in name.split()]
        locs.append(loc)
    blocks = r._blocks(locs)
    pairs = {(a, b) for m in blocks.values() for a in m for b in m if a < b}
    assert (0, 1) in pairs
    assert (2, 4) not in pairs and (0, 3) not in pairs


# --- the huawei-us corpus ------------------------------------------------------------


def test_huawei_entities(huawei_story):
    story = huawei_story
    ren = _one(story, "Ren Zhengfei")
    docs = {d.id: d.text for d in story.documents}
    ren_texts = {docs[s.doc][s.start : s.end] for s in ren.mentions}
    assert {"Ren Zhengfei", "Ren Zhangvi", "Rain", "Raine", "Ren"} <= ren_texts
    assert ren.type == "PERSON"
    assert any("founder" in d.text for d in ren.descriptions)
    people = {_one(story, n).id for n in ("Jane Li", "Donald Trump", "Joe Biden", "Ren Zhengfei")}
    assert len(people) == 4
    huawei = [e for e in story.entities if e.name.startswith("Huawei") and e.type == "ORG"]
    assert len(huawei) == 1 and "Huawei Technologies" in huawei[0].aliases + [huawei[0].name]
    us = _one(story, "U.S.")
    assert _one(story, "US").id == us.id and _one(story, "United States").id == us.id
    assert _one(story, "Jane Li").id == _one(story, "Li").id
    for e in story.entities:
        assert e.name not in {"COO", "Huawei Responds", "Trump Backlash", "buff", "Kick"}
        for s in e.mentions:
            assert s.end > s.start and s.end <= len(docs[s.doc])


def resolve_entities(*docs, fields: tuple[str, ...] = (), texts: tuple[str, ...] | None = None):
    """Run the corpus resolver on hand-made mentions: docs are lists of (text, label) -> {(doc, i): entity};
    with ``fields``, (text, label, *values) tuples, each value set on the mention's context field of the
    same place in ``fields`` (a value left out is None). ``texts``: each document's own text, the
    mentions found in it in order (else the mentions joined by " ... ")."""
    from storyline.resolve.corpus import Corpus
    from storyline.resolve.entities import resolve
    from storyline.schema import Document
    from storyline.types import DocAnalysis, Mention

    analyses = []
    for n, ms in enumerate(docs):
        text = texts[n] if texts is not None else " ... ".join(t for t, *_ in ms)
        mentions, pos = [], 0
        for t, label, *values in ms:
            assert len(values) <= len(fields), (t, values)
            start = text.index(t, pos)
            m = Mention(start=start, end=start + len(t), text=t, label=label)
            for k, field in enumerate(fields):
                setattr(m.context, field, values[k] if k < len(values) else None)
            mentions.append(m)
            pos = start + len(t)
        analyses.append(DocAnalysis(version="t", document=Document(id=f"d{n}", text=text), mentions=mentions))
    entities, mapping = resolve(Corpus(analyses=analyses))
    by_id = {e.id: e for e in entities}
    return {k: by_id[v] for k, v in mapping.items()}


def analysed_with(text: str, full: str) -> tuple[DocAnalysis, int]:
    """One article's analysis and the index of its first mention written ``full`` (the one
    shorter mentions should link to)."""
    a = analyse_record(Record(source="x.txt", text=text))
    return a, next(i for i, m in enumerate(a.mentions) if m.text == full)


def _resolve(*docs):
    """The same, naming each mention's entity."""
    return {k: e.name for k, e in resolve_entities(*docs).items()}


def test_company_word_is_not_merged_into_a_person():
    got = _resolve([("Harrison Ford", "PERSON")], [("Ford Motor", "ORG")], [("Ford", "ORG")])
    assert got[("d2", 0)] != "Harrison Ford"
    got = _resolve([("Donald Trump", "PERSON")], [("Trump", "ORG")])
    assert got[("d1", 0)] == "Donald Trump"


def test_acronym_joins_only_an_unambiguous_expansion():
    got = _resolve([("Air China", "ORG")], [("Air Canada", "ORG")], [("AC", "ORG")])
    assert len({got[("d0", 0)], got[("d1", 0)], got[("d2", 0)]}) == 3
    got = _resolve([("National Security Agency", "ORG")], [("NSA", "ORG")])
    assert got[("d0", 0)] == got[("d1", 0)] == "National Security Agency"


def test_model_number_joins_its_named_model():
    got = _resolve([("Airbus A380", "PRODUCT"), ("Boeing 737", "PRODUCT")], [("A380", "PRODUCT"), ("737", "PRODUCT")])
    assert got[("d1", 0)] == got[("d0", 0)] and got[("d1", 1)] == got[("d0", 1)]
    assert got[("d0", 0)] != got[("d0", 1)]


def test_core_name_keeps_plural_possessives_inside_a_name():
    from storyline.analyse.names import core_name

    assert core_name("Harbour Dockers' Union") == "Harbour Dockers' Union"
    assert core_name("Apple's iTunes store") == "iTunes store"


@pytest.mark.parametrize(("mention", "core"), [
    # the cut would leave a bare common noun: every agency or council would share one key
    ("the Acme Press news agency", "Acme Press news agency"),
    ("the official Veldor news agency", "Veldor news agency"),
    ("the Port Ellery city council", "Port Ellery city council"),
])
def test_core_name_never_leaves_a_bare_common_noun(mention, core):
    from storyline.analyse.names import core_name
    assert core_name(mention) == core


@pytest.mark.parametrize(("mention", "core"), [
    # twins: the cut leaves a name, as before
    ("state news agency Veldor", "Veldor"),
    ("Acme chief executive Jane Roe", "Jane Roe"),
    ("Acme's iPhone store", "iPhone store"),
    ("the agency", "the agency"),
])
def test_core_name_twin_a_name_after_the_cut_is_kept(mention, core):
    from storyline.analyse.names import core_name
    assert core_name(mention) == core


def test_a_companys_capitals_are_no_places_initials():
    # "BP" in a story that also names a peninsula whose initials it spells, even in one document
    got = _resolve([("Bolivar Peninsula", "GPE"), ("BP", "ORG")], [("BP", "ORG")])
    assert got[("d0", 1)] == got[("d1", 0)] != got[("d0", 0)]
    # twin: an organisation's acronym beside its own expansion still joins it
    got = _resolve([("Minerals Management Service", "ORG"), ("MMS", "ORG")], [("MMS", "ORG")])
    assert got[("d0", 0)] == got[("d0", 1)] == got[("d1", 0)]
    # twin: a place's short form typed as a place joins the place
    got = _resolve([("Gulf Coast States", "LOC"), ("GCS", "LOC")])
    assert got[("d0", 0)] == got[("d0", 1)]


def test_a_countrys_acronym_typed_org_still_joins_the_country():
    # twin of the peninsula: NER types "UAE" ORG; the country's name is in the gazetteer
    got = _resolve([("United Arab Emirates", "GPE"), ("UAE", "ORG")], [("UAE", "ORG")])
    assert got[("d0", 0)] == got[("d0", 1)] == got[("d1", 0)]
