"""Extraction settings by page: recall-oriented extraction where the cleaner can help
(an English article), trafilatura's defaults where it cannot (another language, or a
page that says it is not an article), with the choice recorded in the warnings."""

from __future__ import annotations

from storyline.clean import clean_record, html
from storyline.types import Record

EN = [
    "The Velmora city council voted on Thursday to turn the old tram depot into a public library, ending a decade of debate about the site.",
    "The project will cost 14 million euros and is due to open in 2027, the mayor's office said in a statement after the vote.",
    "Opposition councillors argued that the money would be better spent on repairing the city's schools, several of which have leaking roofs.",
]
DE = [
    "Der Stadtrat von Velmora hat am Donnerstag beschlossen, das alte Straßenbahndepot in eine öffentliche Bibliothek umzubauen.",
    "Das Projekt soll 14 Millionen Euro kosten und im Jahr 2027 eröffnet werden, teilte das Büro des Bürgermeisters nach der Abstimmung mit.",
    "Die Opposition im Stadtrat meinte, das Geld wäre besser in die Reparatur der Schulen der Stadt investiert, deren Dächer undicht sind.",
]


def _page(paras: list[str], og_type: str = "article", lang: str = "en") -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>Depot</title>'
            f'<meta property="og:type" content="{og_type}"></head><body><article><h1>Depot</h1>{body}</article></body></html>')


def _settings(page: str) -> list[str]:
    doc = clean_record(Record(source="p.html", html=page))
    return [w for w in doc.warnings if w.startswith("extraction: trafilatura's default settings")]


def test_english_article_keeps_recall_extraction():
    assert html.extract(_page(EN)).settings is None
    assert _settings(_page(EN)) == []


def test_page_in_another_language_uses_default_settings():
    notes = _settings(_page(DE, lang="de"))
    assert len(notes) == 1 and "not in English (de)" in notes[0]
    assert "Straßenbahndepot" in clean_record(Record(source="p.html", html=_page(DE, lang="de"))).text


def test_page_that_is_not_an_article_uses_default_settings():
    notes = _settings(_page(EN, og_type="website"))
    assert len(notes) == 1 and "og:type website" in notes[0]


def test_language_is_detected_once_per_page(monkeypatch):
    from storyline.clean import language

    calls = []
    real = language.detect
    monkeypatch.setattr(language, "detect", lambda text: calls.append(text) or real(text))
    doc = clean_record(Record(source="p.html", html=_page(DE, lang="de")))
    assert doc.language == "de"
    assert len(calls) == 1
    # a plain text is detected on its cleaned text
    calls.clear()
    assert clean_record(Record(source="p.txt", text="\n\n".join(EN))).language == "en"
    assert len(calls) == 1
