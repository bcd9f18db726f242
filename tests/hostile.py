"""Inputs the project generates itself to test robustness: good synthetic articles,
every kind of bad file, and hostile article texts.

Nothing here is committed as data: tests call these functions and write into tmp.
Reusable by any test (``from hostile import hostile_articles``; pytest puts tests/ on
sys.path because tests/ has no __init__.py):

- ``good_articles(n, seed)``: varied English news articles (names, quotes, dates,
  numbers) about fictional places and companies, distinct from each other;
- ``write_bad_inputs(folder)``: one file per kind of bad input, returning what the
  build must say about each;
- ``hostile_articles()``: article texts carrying markup, script, event handlers,
  ``javascript:`` links, entities, bidi and zero-width characters, astral characters:
  what a report or web app must show as text and never execute.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import random
from dataclasses import dataclass
from pathlib import Path

FIRST = ["Ada", "Bram", "Celia", "Dmitri", "Esme", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kalinda", "Lorcan",
         "Mireille", "Nikhil", "Oona", "Pavel", "Quentin", "Rosalind", "Soren", "Tamsin", "Ulrich", "Vesna"]
LAST = ["Quist", "Hallorann", "Marchetti", "Okonkwo", "Lindqvist", "Castellanos", "Brannigan", "Yoshida", "Vukovic",
        "Achterberg", "Delacroix", "Ferreira", "Nakamura", "Oyelaran", "Petrakis", "Szabo", "Thorvald", "Umberfield"]
PLACES = ["Brenford", "Castlemere", "Dunholt", "Elswick Bay", "Farrowdale", "Glenmoor", "Harwick", "Ivybridge Vale",
          "Kestrel Point", "Lowmarsh", "Merrow", "Northcliff", "Oakhaven", "Pellingham"]
ORGS = ["Tallis Freight", "Corvane Energy", "the Merrow Water Board", "Halden Mining", "Sable Rail", "Orrin Biotech",
        "the Northcliff Port Authority", "Vantage Foundries", "Kestrel Airways", "Lumen Grid Cooperative"]
TOPICS = [
    ("bridge", "the closure of the old river bridge", "repairs", "million pounds"),
    ("strike", "a strike by warehouse workers", "wage talks", "workers"),
    ("plant", "a new battery plant", "construction", "jobs"),
    ("flood", "flood defences along the estuary", "the defence scheme", "homes"),
    ("tariff", "a dispute over port fees", "the fee increase", "per cent"),
    ("merger", "a proposed merger", "the takeover bid", "million dollars"),
    ("school", "the rebuilding of a primary school", "the school project", "pupils"),
    ("mine", "the reopening of a copper mine", "the mine plan", "tonnes"),
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ROLES = ["chief executive", "mayor", "union spokesperson", "finance director", "council leader", "site manager",
         "regional minister", "chief engineer"]
VERBS = ["said", "told reporters", "said in a statement", "added", "warned"]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def good_articles(n: int = 20, seed: int = 0) -> list[tuple[str, str]]:
    """``n`` distinct synthetic English news articles as (file name, text)."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        key, subject, thing, unit = TOPICS[i % len(TOPICS)]
        place, org = rng.choice(PLACES), rng.choice(ORGS)
        a, b = _person(rng), _person(rng)
        role_a, role_b = rng.sample(ROLES, 2)
        year = 2015 + rng.randrange(10)
        month, day = rng.randrange(12), 1 + rng.randrange(28)
        amount, other = rng.randrange(12, 950), rng.randrange(2, 90)
        weekday = rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])
        title = f"{place} {key} row: {org} faces questions over {thing}"
        paras = [
            title,
            f"{place} — {org} said on {weekday} that {subject} in {place} would cost {amount} {unit}, "
            f"{other} more than it had forecast in {MONTHS[month]} {year}.",
            f"\u201cWe have been open about {thing} from the start,\u201d {role_a} {a} {rng.choice(VERBS)}. "
            f"\u201cThe figures we published on {MONTHS[month]} {day}, {year} were the best we had.\u201d",
            f"{b}, the {role_b}, disputed that account. {b.split()[1]} said the true figure was closer to "
            f"{amount + other * 3} {unit} and that residents of {place} had been kept in the dark for {other} weeks.",
            f"The board of {org} will meet again next month. Last year it approved {thing} by {3 + i % 5} votes to "
            f"{1 + i % 3}, after a public consultation that drew {100 + amount} responses.",
            f"\u201cNobody in {place} wants another delay,\u201d {a.split()[1]} said. Article number {i + 1} of the series.",
        ]
        out.append((f"good-{i:02d}-{key}.txt", "\n\n".join(paras) + "\n"))
    return out


@dataclass(frozen=True)
class Bad:
    """A bad input written to disk, and what a build must report for it."""

    name: str  # path relative to the folder, as the build names it
    expect: str  # "error": listed as a failure; "warning": kept with a warning; "kept": kept as a document
    says: str  # a fragment the message must contain (lower case)
    line: int | None = None


ENGLISH = ("The harbour committee of Castlemere met on Friday to discuss the new ferry timetable. "
           "Its chair, Oona Petrakis, said the changes would start in spring.")
FRENCH = ("Le conseil municipal de Castlemere s'est réuni vendredi pour discuter du nouvel horaire des ferries. "
          "Sa présidente a déclaré que les changements commenceraient au printemps, malgré les protestations "
          "des habitants qui craignent une hausse des prix et une baisse de la fréquence des traversées.")


def nested_html(depth: int) -> str:
    return ("<html><body>" + "<div>" * depth + f"<p>{ENGLISH}</p>" + "</div>" * depth + "</body></html>")


def _warc(pages: list[tuple[str, str]], gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for url, html in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()),
                                                      http_headers=headers))
    return buf.getvalue()


def write_bad_inputs(folder: Path, seed: int = 1) -> list[Bad]:
    """Write one file per kind of bad input into ``folder``; return what to expect of each."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    bad: list[Bad] = []

    def put(name: str, data: bytes, *expect) -> None:
        (folder / name).write_bytes(data)
        bad.append(Bad(name, *expect))

    put("bad-binary.txt", b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(20000)), "error", "binary")
    put("bad-elf.html", b"\x7fELF\x02\x01\x01\x00" + bytes(rng.randrange(256) for _ in range(5000)), "error", "binary")
    put("bad-empty.txt", b"", "error", "empty")
    put("bad-blank.txt", b" \n\t\r\n   \n", "error", "no text")
    put("bad-empty.html", b"<html><head><title>x</title></head><body></body></html>", "error", "no article text")
    put("bad-nosentences.txt", b"*** *** ***\n---\n\n=====\n", "error", "no article text")
    # wrong or mixed encodings: repaired and kept
    put("enc-cp1252.txt", f"\u201cCaf\u00e9 prices rose,\u201d said the owner. {ENGLISH}".encode("cp1252"), "kept", "caf\u00e9")
    put("enc-latin1.txt", f"M\u00fcller visited Z\u00fcrich and S\u00e3o Paulo. {ENGLISH}".encode("latin-1"), "kept", "z\u00fcrich")
    put("enc-utf16.txt", codecs.BOM_UTF16_LE + f"Bj\u00f6rk met \u0141\u00f3d\u017a officials. {ENGLISH}".encode("utf-16-le"),
        "kept", "\u0142\u00f3d\u017a")
    put("enc-mojibake.txt", f"Halden\u2019s chief said the caf\u00e9 deal is off. {ENGLISH}".encode().decode("cp1252").encode("utf-8"),
        "kept", "halden\u2019s")
    put("enc-mixed.txt", f"Th\u00e9o Marchetti arrived. {ENGLISH}".encode() + " Na\u00efve plans, he said.".encode("cp1252"),
        "kept", "marchetti")
    # non-English: kept, marked with its language
    put("lang-french.txt", FRENCH.encode("utf-8"), "kept", "fr")
    # malformed and deeply nested HTML
    put("html-nested.html", nested_html(5000).encode(), "error", "nests deeper than 255 elements")
    put("html-malformed.html", (b"<html><body><p>" + ENGLISH.encode() + b"<div><span><b><i><table><tr><td>"
                                b"<p>unclosed <a href='x' <<>> </td></script><!-- never closed"), "kept", "ferry")
    # truncated gzip / WARC, invalid JSONL lines
    good_line = json.dumps({"text": ENGLISH + " Extra line one.", "title": "Ferry"}).encode()
    gz = gzip.compress(good_line + b"\n" + good_line.replace(b"one", b"two") + b"\n")
    put("cut.jsonl.gz", gz[: len(gz) - 12], "error", "compressed data ends early", 2)
    pages = [(f"https://example.org/warc/{i}", f"<html><body><p>{ENGLISH} Page {i}.</p></body></html>") for i in range(3)]
    w = _warc(pages, gz=True)
    put("cut.warc.gz", w[: int(len(w) * 0.7)], "error", "truncated")
    w = _warc(pages[:2], gz=False)
    put("cut.warc", w[: len(w) - 40], "error", "truncated")
    put("not-a.warc.gz", b"this is not a warc file at all\n" * 10, "error", "warc")
    lines = [json.dumps({"text": ENGLISH + " Line one is fine."}), "{broken json", json.dumps([1, 2, 3]),
             json.dumps({"title": "no body"}), json.dumps({"text": 42}), "\x00\x01garbage", json.dumps({"text": "   "})]
    put("lines.jsonl", ("\n".join(lines) + "\n").encode(), "error", "invalid json", 2)
    for lineno, says in ((3, "expected a json object"), (4, "no 'text'"), (5, "no 'text'"), (6, "json"), (7, "empty")):
        bad.append(Bad("lines.jsonl", "error", says, lineno))
    return bad


HOSTILE_BITS = [
    "<script>window.__pwned = 1; alert('pwned')</script>",
    "<img src=x onerror=\"window.__pwned=1\">",
    "<a href=\"javascript:window.__pwned=1\">click here</a>",
    "<svg onload=window.__pwned=1><circle r=5 /></svg>",
    "</textarea></title></style></script><script>window.__pwned=1</script>",
    "\"'><iframe src=javascript:window.__pwned=1></iframe>",
    "{{constructor.constructor('window.__pwned=1')()}}",
    "${window.__pwned=1}",
    "&lt;script&gt; &amp;amp; &#60;b&#62; &#x3C;i&#x3E; &nbsp; &quot;",
    "<!-- a comment --> <![CDATA[ raw ]]> <?php echo 1; ?>",
]


def hostile_articles() -> list[tuple[str, str]]:
    """Article texts (name, text) with markup and tricky characters inside real sentences.

    Each is a plausible article (English sentences, a person, a quote, a date and a
    number) so every analyser runs over the hostile parts too.
    """
    arts = []
    for i, bit in enumerate(HOSTILE_BITS):
        text = (
            f"Harwick council leader Greta Okonkwo said on March {i + 3}, 2024 that the budget rose by {12 + i} per cent.\n\n"
            f"The notice posted on the council website read: {bit} and nobody could explain it.\n\n"
            f"\u201cWe take security seriously {bit},\u201d Okonkwo said. Officials from Tallis Freight declined to comment.\n\n"
            f"By Friday the page had been viewed {300 + i} times, according to the council.\n"
        )
        arts.append((f"hostile-{i:02d}.txt", text))
    # characters that change how text is shown or measured
    odd = (
        "Lowmarsh mayor Hugo Thorvald said on May 2, 2023 that 40 homes were flooded.\n\n"
        "The sign read \u202eCIGAM\u202c and \u2067\u05e9\u05dc\u05d5\u05dd\u2069 beside it, with zero\u200bwidth\u200c"
        "joiners\u200d and a BOM\ufeff in the middle.\n\n"
        "\u201cWe counted \U0001d7d1\U0001d7ce homes \U0001f30a\U0001f3e0 and one \U0001f468\u200d\U0001f469\u200d\U0001f467 family,\u201d "
        "Thorvald said, adding that repairs would cost 2.5 million pounds.\n\n"
        "Residents wrote \u2028line\u2029separators, a\u0301ccents com\u0308bining, and \ud7ff\ue000\uffff odd points.\n"
    )
    arts.append(("hostile-unicode.txt", odd))
    # a page of markup given as HTML (the reader must extract, never keep live script)
    page = (
        "<html><head><title>Budget <script>window.__pwned=1</script></title>"
        "<script>window.__pwned=1</script><style>body{background:url(javascript:alert(1))}</style></head>"
        "<body onload=\"window.__pwned=1\"><article><h1>Harwick budget</h1>"
        "<p>Council leader Greta Okonkwo said on March 3, 2024 that the budget rose by 12 per cent.</p>"
        "<p>\u201cWe are careful &lt;script&gt;,\u201d Okonkwo said. <a href=\"javascript:window.__pwned=1\">More</a></p>"
        "<p>Residents of Harwick will vote on the plan in June, officials said.</p></article></body></html>"
    )
    arts.append(("hostile-page.html", page))
    return arts
