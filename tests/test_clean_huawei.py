"""End to end on the huawei-us corpus: body sentences survive, noise is cut with reasons."""

from __future__ import annotations

import pytest

from storyline.clean import clean_record
from storyline.types import Record

# file prefix -> body fragments that must survive
BODY = {
    "000": [
        "on the technology blacklist",
        "have decreased by 40-60%",
        "Chinese customers hardly need Google services",
        "nothing to do with Chinese government",
    ],
    "001": [
        "Ren Zhangvi said he welcomed",
        "Huawei has repeatedly denied the allegations.",
        "Honor smartphone brand in November, a move",
        "Huawei was placed on the US list",
        "will never sell its smart phone business",
    ],
    "002": [
        "revoking Huawei’s US license",
        "Security updates will also be available",
        "when the new system will be launched.",
        "still find them in stores",
        "some manufacturing techs are under Chinese patent.",
    ],
    "003": [
        "has apparently backtracked",
        "in the U.S., Jane Li, said",
        "14 percent of its US$40 billion",
        "hit out at the U.K. government",
    ],
}

# file prefix -> (noise fragment, expected reason kind)
NOISE = {
    "001": [("in November (Getty Images)", "caption")],
    "002": [
        ("Huawei Responds to Trump Backlash", "headline"),
        ("Head to the comments section", "engagement"),
        ("About Daniel Sadler", "bio"),
        ("Old-school PC gamer, poetry buff", "bio"),
        ("Leave a Reply", "comments"),
        ("Your email address will not be published", "comments"),
    ],
    "003": [
        ("Huawei: We're not leaving US market", "headline"),
        ("Summary: Chinese networking gear maker", "label"),
        ("TOPICS: Networking, China, Huawei", "label"),
        ("Topics: Networking, China, Huawei", "label"),
        ("Eileen Yu began covering the IT industry", "bio"),
        ("ZDNet's daily email newsletter", "promo"),
        ("Log in or register to join", "comments"),
        ("Huawei would never steal anything", "comments"),
        ("stroyde", "comments"),
        ("Getting kicked the aych out", "comments"),
        ("Maybe India will wise up", "comments"),
    ],
}

HEADINGS = {
    "001": ["Cut off technologies from the company", "Overcoming difficulties", "Huawei phones"],
    # a heading of eight words or more is named by its first words and its length
    "002": ["Huawei Phone Owners Left without support?", ("Does this mean that the", 43)],
    "003": ["On its competition, including Cisco Systems"],
}


@pytest.fixture(scope="module")
def docs(huawei_dir):
    out = {}
    for path in sorted(huawei_dir.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        out[path.name[:3]] = (raw, clean_record(Record(source=path.name, text=raw)))
    assert sorted(out) == ["000", "001", "002", "003"]
    return out


@pytest.mark.parametrize("prefix", sorted(BODY))
def test_body_sentences_survive(docs, prefix):
    raw, doc = docs[prefix]
    for fragment in BODY[prefix]:
        assert fragment in doc.text, fragment


@pytest.mark.parametrize("prefix", sorted(BODY))
def test_no_body_paragraph_is_removed(docs, prefix):
    """Every removed block is one of the kinds of noise, never plain article prose."""
    raw, doc = docs[prefix]
    for r in doc.removed:
        assert r.reason.split(":")[0] in {"headline", "label", "caption", "engagement", "bio", "promo", "comments"}, r
    # the article paragraphs (long lines before the first noise block at the end) all stay
    kept = doc.text
    for line in raw.splitlines():
        line = line.strip()
        if len(line) > 200 and not any(line in r.text for r in doc.removed):
            assert line in kept


@pytest.mark.parametrize("prefix", sorted(NOISE))
def test_noise_is_cut_with_a_reason(docs, prefix):
    raw, doc = docs[prefix]
    for fragment, kind in NOISE[prefix]:
        assert fragment not in doc.text, fragment
        hits = [r for r in doc.removed if fragment in r.text]
        assert hits, f"{fragment!r} not recorded as removed"
        assert hits[0].reason.startswith(kind), hits[0].reason
        assert 0 <= hits[0].at <= len(doc.text)
        assert hits[0].text in raw


def test_caption_goes_but_the_sentence_it_repeats_stays(docs):
    raw, doc = docs["001"]
    assert "(Getty Images)" not in doc.text
    assert doc.text.count("its Honor smartphone brand in November") == 1


@pytest.mark.parametrize("prefix", sorted(HEADINGS))
def test_section_headings_are_kept_and_marked(docs, prefix):
    raw, doc = docs[prefix]
    heads = [doc.text[h.start:h.end] for h in doc.headings]
    assert len(heads) == len(HEADINGS[prefix]), heads
    for head, want in zip(heads, HEADINGS[prefix]):
        if isinstance(want, tuple):
            assert head.startswith(want[0]) and len(head) == want[1], head
        else:
            assert head == want


def test_titles_authors_outlet(docs):
    assert docs["002"][1].title.startswith("Huawei Responds to Trump")
    assert docs["002"][1].title.endswith("Support for Device Owners")
    assert docs["003"][1].title == "Huawei: We're not leaving US market"
    assert docs["002"][1].authors == ["Daniel Sadler"]
    assert docs["003"][1].authors == ["Eileen Yu"]
    assert docs["003"][1].outlet == "ZDNet"
    # the articles without a headline line: the first sentence is body, not a title
    assert docs["000"][1].text.startswith("A month after being put on")
    assert docs["001"][1].text.startswith("Huawei CEO Ren Zhangvi said")


def test_paragraphs_are_verbatim(docs):
    for prefix, (raw, doc) in docs.items():
        for paragraph in doc.text.split("\n\n"):
            assert paragraph in raw, (prefix, paragraph[:60])


@pytest.mark.parametrize("prefix", ["002", "003"])
def test_same_result_through_other_encodings(docs, prefix):
    """CRLF line ends, a cp1252 file and mojibake all clean to the same document."""
    from storyline.ingest import decode

    raw, doc = docs[prefix]
    crlf = raw.replace("\n", "\r\n").encode("utf-8")
    mojibake = raw.encode("utf-8").decode("cp1252", errors="ignore")
    variants = [
        decode.decode(crlf, "crlf.txt")[0],
        decode.decode(raw.encode("cp1252", errors="ignore"), "cp1252.txt")[0],
        mojibake,
    ]
    for text in variants:
        other = clean_record(Record(source="x.txt", text=text))
        # the cp1252 round trip may drop characters cp1252 lacks; compare the body
        for fragment in BODY[prefix]:
            assert fragment in other.text
        assert [r.reason.split(":")[0] for r in other.removed] == [r.reason.split(":")[0] for r in doc.removed]
