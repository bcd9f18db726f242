"""Helpers several test files share (imported as ``from pipeline_helpers import ...``, as
conftest's constants are): the per-document steps run for real on a short invented text."""

from __future__ import annotations

from storyline import pipeline, schema
from storyline.analyse import figures
from storyline.analyse import parse as a_parse
from storyline.pipeline import analyse_record
from storyline.types import DocAnalysis, Record


def figures_of(nlp, text: str):
    """The analysis up to the figures step (parse, sentences, captions, the first four steps,
    whose speakers the claimant rules read) and the figures ``figures.extract`` gives."""
    a = DocAnalysis(version="t", document=schema.Document(id="d1", text=text))
    sdoc = pipeline.parse_in_pieces(nlp, text)
    a.sentences = a_parse.sentences(sdoc, [])
    a_parse.mark_captions(sdoc, a.sentences)
    for name, step in pipeline.STEPS[:4]:
        pipeline.apply(name, step(sdoc, a), a)
    return a, figures.extract(sdoc, a)


def quoted_analysis(text: str) -> DocAnalysis:
    """One record analysed, each quote's text checked to be its document's own span."""
    a = analyse_record(Record(source="x.txt", text=text))
    t = a.document.text
    for q in a.quotes:
        assert t[q.start : q.end] == q.text
    return a


def quote_texts(text: str) -> list[str]:
    """The quotes' texts of one record, each checked to be its document's own span."""
    return [q.text for q in quoted_analysis(text).quotes]


# a neutral first paragraph a quote test's body follows (rounds fifty-two to fifty-four's m2 tests)
MARKETS_LEAD = "Markets slid on Tuesday as investors weighed the merger talks between the two firms.\n\n"


def led_quote_texts(body: str) -> list[str]:
    """``quote_texts`` of a body set after ``MARKETS_LEAD``, so it is not the text's first paragraph."""
    return quote_texts(MARKETS_LEAD + body + "\n")


def speaker_words(a: DocAnalysis, q) -> str | None:
    """The speaker as the quote names it: its mention's words, else its speaker text."""
    return a.mentions[q.speaker_mention].text if q.speaker_mention is not None else q.speaker_text


def figure_and_subject(nlp, text: str, fig: str):
    """The figure whose text is ``fig`` (asserted found) and its subject's words (the
    mention's, else the subject text), from ``figures_of``."""
    a, items = figures_of(nlp, text)
    hits = [f for f in items if f.text == fig]
    assert hits, [f.text for f in items]
    f = hits[0]
    subject = a.mentions[f.subject_mention].text if f.subject_mention is not None else f.subject_text
    return f, subject


def analysed(text: str) -> DocAnalysis:
    """One invented text analysed by the whole per-document stage."""
    return analyse_record(Record(source="x.txt", text=text))


def shown_speaker(a: DocAnalysis, q) -> str | None:
    """The speaker a reader is shown: the quote's own mention, else its antecedent's at or
    above the resolver's threshold; None when open."""
    from storyline.analyse import speakers

    if q.speaker_mention is not None:
        return a.mentions[q.speaker_mention].text
    if q.antecedent_mention is not None and (q.speaker_confidence or 0) >= speakers.threshold():
        return a.mentions[q.antecedent_mention].text
    return None


def quote_starting(a: DocAnalysis, start: str):
    """The first quote whose text starts with ``start`` (asserted found)."""
    hits = [q for q in a.quotes if q.text.startswith(start)]
    assert hits, [q.text for q in a.quotes]
    return hits[0]


def hand_scene(text: str, names: list[tuple[str, str, int]]):
    """A speakers.Scene over hand-tagged mentions of ``text``: (words, label, which occurrence),
    in text order whatever the order given."""
    from storyline.analyse import speakers
    from storyline.analyse.nlp import load
    from storyline.types import Mention

    sdoc = load()(text)
    ms = []
    for words, label, nth in names:
        a = -1
        for _ in range(nth + 1):
            a = text.index(words, a + 1)
        ms.append(Mention(start=a, end=a + len(words), text=words, label=label))
    ms.sort(key=lambda m: m.start)
    return sdoc, speakers.Scene(sdoc, ms)


def analysed_figure(text: str, figure: str, nth: int = 0, exact: bool = True):
    """One invented text analysed by the whole per-document stage, and its ``nth`` figure whose
    text is ``figure`` (with ``exact=False``: holds it)."""
    a = analysed(text)
    hits = [f for f in a.figures if (f.text == figure if exact else figure in f.text)]
    assert len(hits) > nth, [f.text for f in a.figures]
    return a, hits[nth]


def subject_words(a: DocAnalysis, f) -> str | None:
    """A figure's subject as a reader sees it: its mention's words, else its subject text."""
    return a.mentions[f.subject_mention].text if f.subject_mention is not None else f.subject_text


def quotes_holding(a: DocAnalysis, words: str) -> list:
    """Every quote of an analysis whose words hold ``words`` (none is fine: for must-not-fire twins)."""
    return [q for q in a.quotes if words in q.text]


def quote_holding(a: DocAnalysis, words: str):
    """The first quote of an analysis whose words hold ``words`` (asserted found)."""
    hits = [q for q in a.quotes if words in q.text]
    assert hits, [q.text for q in a.quotes]
    return hits[0]


def speaker_of_quote(text: str, words: str):
    """(the shown speaker, the quote, the analysis) of the one quote of an invented text whose
    words hold ``words`` (asserted exactly one)."""
    a = analysed(text)
    hits = [q for q in a.quotes if words in q.text]
    assert len(hits) == 1, [q.text for q in a.quotes]
    return shown_speaker(a, hits[0]), hits[0], a


def entity_names(*texts: str) -> dict[str, str]:
    """Mention text -> the name of the entity it ends in, over the invented texts read as one corpus."""
    from storyline.resolve.corpus import Corpus
    from storyline.resolve.entities import resolve

    analyses = [analyse_record(Record(source=f"d{i}.txt", text=t)) for i, t in enumerate(texts)]
    ents, mapping = resolve(Corpus(analyses=analyses))
    by_id = {e.id: e.name for e in ents}
    out: dict[str, str] = {}
    for a in analyses:
        for i, m in enumerate(a.mentions):
            if (a.document.id, i) in mapping:
                out.setdefault(m.text, by_id[mapping[(a.document.id, i)]])
    return out


def named_speaker(text: str, part: str):
    """(the speaker mention's words or None, the quote) of the one quote of an invented text,
    run through the whole per-document stage, whose words hold ``part`` (asserted exactly one)."""
    a = quoted_analysis(text)
    qs = [q for q in a.quotes if part in q.text]
    assert len(qs) == 1, [q.text for q in a.quotes]
    q = qs[0]
    name = a.mentions[q.speaker_mention].text if q.speaker_mention is not None else None
    return name, q


def assert_named(text: str, part: str, who: str, why: str = "") -> None:
    """The quote holding ``part`` is given to a mention holding ``who`` (confidence .6 or more),
    its evidence holding ``why``."""
    name, q = named_speaker(text, part)
    assert name is not None and who in name and (q.speaker_confidence or 0) >= 0.6, (name, q.speaker_evidence)
    assert why in (q.speaker_evidence or ""), q.speaker_evidence


def cleaned_parts(body: str) -> tuple[str, list[str]]:
    """The cleaned text of an invented body and the texts of what the cleaner removed."""
    from storyline.clean import noise

    c = noise.clean_text(body)
    return c.text, [r.text for r in c.removed]


def events_of(docs: dict[str, tuple[str, str | None]]) -> list[tuple[str | None, list[tuple[str, str]]]]:
    """Events over short articles, each with its own metadata date (or none): a list of
    (event date, [(document name, mention text)])."""
    story = pipeline.build_story([analyse_record(Record(source=n, text=t, date=d)) for n, (t, d) in docs.items()])
    texts = {d.id: d.text for d in story.documents}
    names = {d.id: d.sources[0].split("#")[0] for d in story.documents}
    return [(e.date.value, [(names[m.doc], texts[m.doc][m.start : m.end]) for m in e.mentions]) for e in story.events]


def dates_of(evs, words: str) -> set[str | None]:
    """The dates of every card (of :func:`events_of`) one of whose mentions holds ``words``."""
    return {d for d, ms in evs if any(words in t for _, t in ms)}
