"""Stories built by hand for the renderer tests (no tests here; imported by them).

``rich_story()``: three articles with every kind of item, an emoji before cited spans
(UTF-16 offsets differ from code points there), removed blocks, headings, an estimated
date with evidence. ``hostile_story()``: articles whose text, title and names are
HTML/JS attacks. ``generated_story(n)``: n articles for the scale test.
"""

from __future__ import annotations

import random

from storyline import schema

A_TEXT = (
    "Acme Corp Closes Springfield Plant\n\n"
    "🏭 Acme Corp said on Monday it will close its Springfield plant, cutting 1,200 jobs.\n\n"
    "\"We did everything we could to keep the plant open,\" chief executive Maria Lopez said. "
    "Demand had fallen by 30% since 2022, she added.\n\n"
    "Union leader Tom Baker said workers were told nothing before the announcement."
)
B_TEXT = (
    "Acme Corp will close its Springfield plant, the company said on Monday.\n\n"
    "Mayor Ann Smith said the city would offer retraining to the 1,500 workers who lose their jobs. "
    "The plant employs about 1,500 people, according to city records.\n\n"
    "Lopez said the company had \"no other choice\" after years of losses."
)
C_TEXT = (
    "The Springfield plant opened in 1998 and once employed 3,000 people.\n\n"
    "Acme Corp will move production to Monterrey, Mexico by 2025, Lopez told reporters. 🙂 "
    "Tom Baker called the move \"a betrayal of Springfield\"."
)


def sp(doc: schema.Document, fragment: str, nth: int = 0) -> schema.Span:
    """The span of the nth occurrence of ``fragment`` in ``doc.text``."""
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(fragment, start + 1)
    return schema.Span(doc=doc.id, start=start, end=start + len(fragment))


def rich_story() -> schema.Story:
    a = schema.Document(
        id="doca",
        sources=["gazette/acme.txt"],
        title="Acme Corp Closes Springfield Plant",
        outlet="Springfield Gazette",
        authors=["Jane Roe"],
        language="en",
        published=schema.Published(value="2024-03-04", source="metadata"),
        text=A_TEXT,
        headings=[schema.Heading(start=0, end=len("Acme Corp Closes Springfield Plant"))],
        removed=[
            schema.Removed(text="Subscribe to our newsletter for more local news!", reason="promo", at=A_TEXT.index("Union leader")),
            schema.Removed(text="Jane Roe has covered Springfield business since 2005.", reason="author bio", at=len(A_TEXT)),
        ],
    )
    b = schema.Document(
        id="docb",
        sources=["tribune/plant.txt"],
        title="City offers retraining after Acme closure",
        outlet="Tribune",
        language="en",
        text=B_TEXT,
        removed=[schema.Removed(text="Leave a Reply", reason="comment section", at=len(B_TEXT))],
    )
    c = schema.Document(
        id="docc",
        sources=["wire/acme-move.txt"],
        title=None,
        outlet=None,
        language="en",
        text=C_TEXT,
        warnings=["no title found"],
    )
    c.published = schema.Published(
        value="2024-03",
        estimated=True,
        earliest="2024-03",
        latest="2024-12",
        evidence=[sp(c, "by 2025")],
        source="content",
        note="mentions a move 'by 2025' as future",
    )
    docs = [a, b, c]
    acme = schema.Entity(
        id="e-acme",
        name="Acme Corp",
        type="ORG",
        aliases=["Acme Corp", "Acme"],
        mentions=[sp(a, "Acme Corp", 0), sp(a, "Acme Corp", 1), sp(b, "Acme Corp"), sp(c, "Acme Corp")],
    )
    lopez = schema.Entity(
        id="e-lopez",
        name="Maria Lopez",
        type="PERSON",
        aliases=["Maria Lopez", "Lopez"],
        mentions=[sp(a, "Maria Lopez"), sp(b, "Lopez"), sp(c, "Lopez")],
        descriptions=[schema.Description(text="chief executive", span=sp(a, "chief executive"))],
    )
    baker = schema.Entity(
        id="e-baker",
        name="Tom Baker",
        type="PERSON",
        aliases=["Tom Baker"],
        mentions=[sp(a, "Tom Baker"), sp(c, "Tom Baker")],
        descriptions=[schema.Description(text="Union leader", span=sp(a, "Union leader"))],
    )
    smith = schema.Entity(
        id="e-smith", name="Ann Smith", type="PERSON", aliases=["Ann Smith"], mentions=[sp(b, "Ann Smith")],
        descriptions=[schema.Description(text="Mayor", span=sp(b, "Mayor"))],
    )
    springfield = schema.Entity(
        id="e-springfield",
        name="Springfield",
        type="GPE",
        mentions=[sp(a, "Springfield", 1), sp(b, "Springfield"), sp(c, "Springfield"), sp(c, "Springfield", 1)],
    )
    quotes = [
        schema.Quote(
            id="q1", text="We did everything we could to keep the plant open,", kind="direct", speaker="e-lopez",
            speaker_text="Maria Lopez", speaker_span=sp(a, "Maria Lopez"), cue="said", cue_span=sp(a, "said", 1),
            span=sp(a, "We did everything we could to keep the plant open,"),
        ),
        schema.Quote(
            id="q2", text="workers were told nothing before the announcement", kind="indirect", speaker="e-baker",
            speaker_text="Union leader Tom Baker", span=sp(a, "workers were told nothing before the announcement"),
        ),
        schema.Quote(
            id="q3", text="no other choice", kind="direct", speaker="e-lopez", speaker_text="Lopez",
            span=sp(b, "no other choice"),
        ),
        schema.Quote(
            id="q4", text="a betrayal of Springfield", kind="direct", speaker="e-baker", speaker_text="Tom Baker",
            span=sp(c, "a betrayal of Springfield"),
        ),
        schema.Quote(
            id="q5", text="the city would offer retraining to the 1,500 workers who lose their jobs", kind="indirect",
            speaker="e-smith", speaker_text="Mayor Ann Smith",
            span=sp(b, "the city would offer retraining to the 1,500 workers who lose their jobs"),
        ),
    ]
    figures = [
        schema.Figure(id="f1", text="1,200 jobs", value=1200, unit="jobs", measure="job cuts", subject="e-acme",
                      claimant="e-acme", claimant_text="Acme Corp", span=sp(a, "1,200 jobs")),
        schema.Figure(id="f2", text="30%", value=30, unit="%", measure="fall in demand", subject="e-acme",
                      claimant="e-lopez", claimant_text="she", period="2022/2024", span=sp(a, "30%")),
        schema.Figure(id="f3", text="1,500 workers", value=1500, unit="workers", measure="plant workforce",
                      subject="e-acme", claimant="e-smith", claimant_text="Mayor Ann Smith", span=sp(b, "1,500 workers")),
        schema.Figure(id="f4", text="about 1,500 people", value=1500, unit="people", measure="plant workforce",
                      subject="e-acme", claimant=None, claimant_text="city records", span=sp(b, "about 1,500 people")),
        schema.Figure(id="f5", text="3,000 people", value=3000, unit="people", measure="plant workforce",
                      subject="e-acme", claimant=None, claimant_text=None, period="1998", span=sp(c, "3,000 people")),
    ]
    events = [
        schema.Event(id="ev1", date=schema.EventDate(value="1998", granularity="year"),
                     summary="The Springfield plant opened in 1998 and once employed 3,000 people.",
                     actors=["e-acme"], mentions=[sp(c, "The Springfield plant opened in 1998")]),
        schema.Event(id="ev2", date=schema.EventDate(value="2024-03-04", granularity="day"),
                     summary="Acme Corp said on Monday it will close its Springfield plant, cutting 1,200 jobs.",
                     actors=["e-acme", "e-lopez"],
                     mentions=[sp(a, "Acme Corp said on Monday it will close its Springfield plant"),
                               sp(b, "Acme Corp will close its Springfield plant")]),
        schema.Event(id="ev3", date=schema.EventDate(value="2025", granularity="year"),
                     summary="Acme Corp will move production to Monterrey, Mexico by 2025.",
                     actors=["e-acme"], mentions=[sp(c, "Acme Corp will move production to Monterrey, Mexico by 2025")]),
        schema.Event(id="ev4", date=schema.EventDate(), summary="The city offers retraining to the workers.",
                     actors=["e-smith"], mentions=[sp(b, "the city would offer retraining")]),
    ]
    conflicts = [
        schema.Conflict(id="c1", kind="numeric", items=["f3", "f5"], claimants=["e-smith", "city records"],
                        explanation="Workforce of the plant: 1,500 workers against 3,000 people.", confidence=0.9, shown=True),
        schema.Conflict(id="c2", kind="statement", items=["q1", "q4"], claimants=["e-lopez", "e-baker"],
                        explanation="Lopez says the company did all it could; Baker calls the move a betrayal.",
                        confidence=0.6, shown=True),
    ]
    brief = [
        schema.BriefSentence(
            text=a.text[sp(a, "Acme Corp said on Monday").start : a.text.index("jobs.") + 5],
            cites=[
                schema.Span(doc=a.id, start=sp(a, "Acme Corp said on Monday").start, end=a.text.index("jobs.") + 5),
                sp(b, "Acme Corp will close its Springfield plant, the company said on Monday."),
            ],
        ),
        schema.BriefSentence(
            text="Acme Corp will move production to Monterrey, Mexico by 2025, Lopez told reporters.",
            cites=[sp(c, "Acme Corp will move production to Monterrey, Mexico by 2025, Lopez told reporters.")],
        ),
        schema.BriefSentence(
            text="Union leader Tom Baker said workers were told nothing before the announcement.",
            cites=[sp(a, "Union leader Tom Baker said workers were told nothing before the announcement.")],
        ),
    ]
    return schema.Story(documents=docs, entities=[acme, lopez, baker, smith, springfield], quotes=quotes,
                        figures=figures, events=events, conflicts=conflicts, brief=brief)


HOSTILE_TITLE = "</script><script>window.__pwned=1</script><b>bold</b>"
HOSTILE_TEXT = (
    "Evil Corp <script>window.__pwned = 1; alert('xss')</script> said it would expand.\n\n"
    "Click <a href=\"javascript:window.__pwned=1\">here</a> or <img src=x onerror=\"window.__pwned=1\"> now.\n\n"
    "Fish &amp; chips &lt;b&gt;not bold&lt;/b&gt; &#60;i&#62; cost {{SCRIPT}} and \\u003c/script\\u003e.\n\n"
    "<svg onload=\"window.__pwned=1\"></svg><iframe src=\"javascript:alert(1)\"></iframe> ]]> --> <!-- x"
)


def hostile_story() -> schema.Story:
    d = schema.Document(
        id="evil", sources=["<img src=x onerror=alert(1)>.txt"], title=HOSTILE_TITLE,
        outlet="<b onmouseover=alert(1)>Outlet</b>", authors=["<script>alert(1)</script>"],
        text=HOSTILE_TEXT,
        removed=[schema.Removed(text="<script>window.__pwned=1</script>", reason="<img src=x onerror=alert(1)>", at=0)],
        warnings=["<script>alert(1)</script>"],
    )
    script_span = sp(d, "<script>window.__pwned = 1; alert('xss')</script>")
    ent = schema.Entity(id="e-evil", name="Evil <script>alert(1)</script> Corp", type="ORG",
                        aliases=["<img src=x onerror=alert(1)>"], mentions=[sp(d, "Evil Corp")],
                        descriptions=[schema.Description(text="<i onclick=alert(1)>desc</i>", span=sp(d, "Evil Corp"))])
    q = schema.Quote(id="q-evil", text=d.text[script_span.start : script_span.end], kind="direct", speaker="e-evil",
                     speaker_text="<b>x</b>", span=script_span)
    f = schema.Figure(id="f-evil", text="&amp;", value=1, unit="<img src=x onerror=alert(1)>",
                      measure="<script>alert(1)</script>", claimant_text="javascript:alert(1)", span=sp(d, "&amp;"))
    ev = schema.Event(id="ev-evil", date=schema.EventDate(value="2024<script>"), summary=d.text[: d.text.index("\n")],
                      actors=["e-evil"], mentions=[sp(d, "Evil Corp")])
    c = schema.Conflict(id="c-evil", kind="statement", items=["q-evil", "f-evil"], claimants=["<script>alert(1)</script>"],
                        explanation="<img src=x onerror=\"window.__pwned=1\">", confidence=0.9, shown=True)
    line2 = d.text.split("\n\n")[1]
    brief = [schema.BriefSentence(text=line2, cites=[sp(d, line2)])]
    return schema.Story(documents=[d], entities=[ent], quotes=[q], figures=[f], events=[ev], conflicts=[c], brief=brief)


FIRST = ["Ana", "Ben", "Chen", "Dara", "Eli", "Fatima", "Goran", "Hana", "Ivan", "Jun", "Kofi", "Lena"]
LAST = ["Okafor", "Silva", "Novak", "Tanaka", "Haddad", "Moreau", "Kowalski", "Ibrahim", "Larsen", "Rossi"]
ORGS = ["Northwind", "Globex", "Initech", "Umbrella", "Vandelay", "Stark Freight", "Wayne Grid", "Tyrell Labs"]
VERBS = ["opened a plant in", "cut jobs in", "signed a deal with", "sued", "bought a stake in", "left"]


def generated_story(n: int = 1000, seed: int = 7) -> schema.Story:
    """n short articles from templates, with entities, quotes, figures and events across them."""
    rnd = random.Random(seed)
    people = [f"{f} {last}" for f in FIRST for last in LAST]
    docs, quotes, figures, events = [], [], [], []
    mentions: dict[str, list[schema.Span]] = {}
    for i in range(n):
        org, other = rnd.sample(ORGS, 2)
        person = rnd.choice(people)
        year = 2000 + rnd.randrange(25)
        verb = rnd.choice(VERBS)
        pct = rnd.randrange(1, 99)
        s1 = f"{org} {verb} {other} in {year}, the company said."
        s2 = f"\"This is a turning point for us,\" said {person}, who leads {org}."
        s3 = f"Sales rose {pct}% over the year, according to {other}."
        text = f"{s1}\n\n{s2}\n\n{s3}"
        doc = schema.Document(id=f"g{i:05d}", sources=[f"gen/{i:05d}.txt"], title=f"{org} and {other}, {year}",
                              outlet=rnd.choice(["Daily Wire Service", "Metro News", "Courier"]),
                              published=schema.Published(value=f"{year}-{rnd.randrange(1, 13):02d}"), text=text)
        docs.append(doc)
        for name in (org, other, person):
            mentions.setdefault(name, []).append(sp(doc, name))
        quotes.append(schema.Quote(id=f"q{i}", text="This is a turning point for us,", kind="direct",
                                   speaker=f"e:{person}", speaker_text=person, span=sp(doc, "This is a turning point for us,")))
        figures.append(schema.Figure(id=f"f{i}", text=f"{pct}%", value=pct, unit="%", measure="sales growth",
                                     subject=f"e:{org}", claimant=f"e:{other}", claimant_text=other, span=sp(doc, f"{pct}%")))
        events.append(schema.Event(id=f"ev{i}", date=schema.EventDate(value=str(year), granularity="year"),
                                   summary=s1, actors=[f"e:{org}", f"e:{other}"], mentions=[sp(doc, s1)]))
    entities = [
        schema.Entity(id=f"e:{name}", name=name, type="ORG" if name in ORGS else "PERSON", aliases=[name], mentions=ms)
        for name, ms in sorted(mentions.items())
    ]
    conflicts = [
        schema.Conflict(id=f"c{i}", kind="numeric", items=[f"f{i}", f"f{i + 1}"], claimants=[],
                        explanation="Sales growth differs between the two sources.", confidence=0.9, shown=True)
        for i in range(0, min(n - 1, 200), 2)
    ]
    brief = [schema.BriefSentence(text=d.text[: d.text.index("\n")], cites=[sp(d, d.text[: d.text.index("\n")])]) for d in docs[:7]]
    return schema.Story(documents=docs, entities=entities, quotes=quotes, figures=figures, events=events,
                        conflicts=conflicts, brief=brief)
