"""Round fifty-nine, mender m5: the entities, figures and brief items left on the seed-174
audits of three Timeline17 dev topics (issue 18: names a reader sees; issue 20: figures).

Entities: H1N1_bbc E1 ("Mexico Instead": a country run into the next sentence's adverb),
H1N1_bbc E3 ("USA Dr": a place run into the honorific of the next name), bpoil_washingtonpost
E6 ("White House Chief" [of Staff]), haiti_bbc E1 ("Haiti Hospitals": a credit's place run
into the next sentence's plural subject), H1N1_bbc E5 (Tamiflu typed a people). Figures:
bpoil_washingtonpost F2 ("40 barrels a minute" shown as barrels), F6 ("$650,000 in Acme
shares" read as a share price). Brief: bpoil_washingtonpost B6 (a sentence cut at "BP
Senior Vice President").

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts
written for the test (a name or a figure like the article's at most). Every text is invented.
"""

from __future__ import annotations

from pipeline_helpers import analysed
from test_entities_places import _with_kind

from storyline.resolve import brief

LEAD = "Health news\n\nThe ministry met the doctors on Monday.\n\n"


def _ents(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in analysed(LEAD + text).mentions]


# --- E1: a country run into a sentence adverb (entities._seam_after_country) ----------------

def test_a_country_run_into_a_sentence_adverb_is_the_country():
    got = _ents("One doctor wrote to a BBC News website reader in Mexico Instead, it says all the patients "
                "fell ill after a trip.\n")
    assert ("Mexico Instead", "ORG") not in got and not any(t.startswith("Mexico ") for t, _ in got), got


def test_twin_a_city_after_in_keeps_its_name():
    got = _ents("One doctor wrote to a BBC News website reader in Mexico City, and the patients fell ill after a trip.\n")
    assert ("Mexico City", "GPE") in got, got


# --- haiti E1: a credit's place run into a plural subject --------------------------------

def test_a_credit_place_run_into_a_plural_kind_of_body_is_the_place():
    got = _ents("Jane Roe, director of a children's home, Haiti Hospitals in Haiti are ill-equipped to deal with "
                "the injured. We look after 147 children.\n")
    assert not any(t.startswith("Haiti Hospital") for t, _ in got), got


def test_twin_a_body_named_after_the_country_keeps_its_name():
    got = _ents("The aid, said Jane Roe, will reach the Haiti Hospitals Association in Haiti on Monday.\n")
    assert not any(t == "Haiti" and lab != "GPE" for t, lab in got), got
    assert any(t.startswith("Haiti Hospitals") for t, _ in got) or ("Haiti", "GPE") in got, got
    assert all("Hospitals" not in t or "Association" in t for t, _ in got), got


# --- E3: a place run into the honorific of the next name (entities._unglue) ----------------

def test_a_place_run_into_the_next_names_honorific_is_the_place():
    got = _ents("Will travel be a problem? Marion Vanner, USA Dr Baker: I would suggest you keep a close eye on it.\n")
    assert not any(t.endswith(" Dr") for t, _ in got), got
    assert ("USA", "PERSON") not in got, got


def test_twin_a_person_before_the_honorific_is_not_made_a_place():
    got = _ents("Will travel be a problem? Marion Vanner Dr Baker: I would suggest you keep a close eye on it.\n")
    assert not any(lab == "GPE" for t, lab in got if "Vanner" in t), got


# --- E6: a title of several words after a body (entities._extend_org, _unglue) ------------

def test_a_body_is_not_extended_over_a_title_written_after_it():
    got = _ents("Those urging action have sent White House Chief of Staff Rahm Emanuel briefs that argue for a push.\n")
    assert ("White House Chief", "ORG") not in got, got


def test_twin_a_body_is_still_extended_over_a_name_word():
    got = _ents("He spoke in an interview for Reuters Insider television on Monday.\n")
    assert ("Reuters Insider", "ORG") in got, got


# --- E5: a "people" no people's word names, called a drug twice ----------------------------

def test_a_peopleless_norp_called_a_drug_twice_is_a_product():
    mentions = [[("Tamiflu", "NORP", "drug")], [("Tamiflu", "NORP", "antiviral")]] + [[("Tamiflu", "NORP", None)]] * 30
    got = _with_kind(mentions)
    assert got[("d0", 0)].type == "PRODUCT"


def test_twin_a_nationality_called_a_medicine_twice_stays_a_people():
    mentions = [[("Chinese", "NORP", "medicine")], [("Chinese", "NORP", "medicine")]] + [[("Chinese", "NORP", None)]] * 30
    got = _with_kind(mentions)
    assert got[("d0", 0)].type == "NORP"


# --- F2: a rate per minute (measures.tsv "per") --------------------------------------------

def _figs(text: str):
    a = analysed("Oil news\n\nThe crews met on Monday.\n\n" + text)
    return {f.text: f for f in a.figures}


def test_barrels_a_minute_is_a_rate():
    f = _figs("The plan involves pumping heavy mud at 40 barrels a minute into the well.\n")
    assert f["40"].unit == "barrels/minute", {k: v.unit for k, v in f.items()}


def test_twin_barrels_alone_stay_barrels():
    f = _figs("The plan involves pumping 40 barrels of heavy mud into the well within a minute.\n")
    assert f["40"].unit == "barrels", {k: v.unit for k, v in f.items()}


# --- F6: the worth of a holding of shares (figures._held_in) -------------------------------

def test_a_sum_in_shares_held_is_no_share_price():
    f = _figs("From the $100,000 in BP stock held by Rep. Jane Roe to the nearly $650,000 in Acme shares held by "
              "Sen. John Doe, lawmakers held many assets.\n")
    assert f["nearly $650,000"].measure != "share price", f["nearly $650,000"].measure


def test_twin_a_price_a_market_sets_is_a_share_price():
    f = _figs("Acme shares fell on Monday and ended at $41 in London.\n")
    assert f["$41"].measure == "share price", f["$41"].measure


# --- B6: a title after a body's name is no seam (brief.glue_points) -----------------------

_GRILLED = ("Federal investigators on Thursday grilled BP Senior Vice President Kent Wells on the firm's record "
            "and demanded more clarity on who is responsible.")


def _names(s: str, *words: str) -> list[tuple[int, int]]:
    return [(s.index(w), s.index(w) + len(w)) for w in words]


def test_a_ranked_title_after_a_body_is_no_seam():
    assert brief.glue_points(_GRILLED, _names(_GRILLED, "BP", "Kent Wells"), {"senior": 3}) == []


def test_twin_a_ranked_title_after_a_plain_word_is_still_a_seam():
    s = "Aid pours into the quake zone Senior Vice President Kent Wells has flown to the city."
    assert brief.glue_points(s, _names(s, "Kent Wells"), {"senior": 3}) == [s.index("Senior")]


# --- F11: a sum a negated verb says was not paid (figures._measure) ------------------------

def test_a_sum_not_paid_is_no_payment():
    f = _figs("Because the reserve is deducted from profit, Acme will not pay $9.9 billion in taxes it would have owed.\n")
    assert f["$9.9 billion"].measure != "payments", f["$9.9 billion"].measure


def test_twin_a_sum_paid_is_a_payment():
    f = _figs("Under the deal, Acme will pay $9.9 billion to the workers.\n")
    assert f["$9.9 billion"].measure == "payments", f["$9.9 billion"].measure


def test_twin_an_unranked_title_after_a_place_is_still_a_seam():
    s = "Quake aid reaches Haiti Prime Minister Jean Roe has vowed to rebuild the capital."
    got = brief.glue_points(s, _names(s, "Haiti", "Jean Roe"), {"prime": 3})
    assert got == [s.index("Prime")], got
