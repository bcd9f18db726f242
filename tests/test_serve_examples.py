"""The web app over a store built from examples/ (in the repository), so plain `pytest`
tests it on a fresh clone: search three ways, ask, pages, the source viewer, an upload.

The fuller serve tests (test_serve.py, test_serve_schema.py) run on huawei-us and are slow.
"""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest

from storyline.serve import create_app

from test_serve_support import copy_store, serving, wait_job

AVERLY = Path(__file__).resolve().parents[1] / "examples" / "averly-rail"
SHARES = "Shares of Caldera Rail fell 3 percent on the Averly exchange."
NO_RETURN = "strikers will not go back to the trains before a written agreement is signed"
# written for this test: one more fictional article of the same story
FERRY = """Averly ferries add sailings during rail strike

The Port Averly ferry operator Seaborne Lines said on Thursday that it had added twelve extra sailings a day while trains stood still.

"Our boats have never been this full," said Seaborne Lines director Anke Vos.
"""


@pytest.fixture(scope="module")
def averly_store(tmp_path_factory) -> Path:
    from storyline import builder as build

    out = tmp_path_factory.mktemp("serve-averly")
    report = build.build([str(AVERLY)], build.BuildOptions(out=out, outputs=("json",)))
    assert report.documents == 7 and not report.failures, [str(f) for f in report.failures]
    return out / "story.db"


@pytest.fixture(scope="module")
def server(averly_store, tmp_path_factory):
    store = copy_store(averly_store, tmp_path_factory.mktemp("serve-averly-ro") / "story.db")
    with serving(create_app(store)) as url, httpx.Client(base_url=url, timeout=120) as client:
        assert client.get("/api/search", params={"q": "warm up", "mode": "semantic"}).status_code == 200
        yield client


def _text(client: httpx.Client, doc_id: str) -> str:
    return client.get(f"/api/documents/{doc_id}").json()["document"]["text"]


def _cited(client: httpx.Client, results: list[dict]) -> None:
    for h in results:
        c = h["cite"]
        assert _text(client, c["doc"])[c["start"] : c["end"]] == h["text"]


def test_story_of_the_examples_is_served(server):
    story = server.get("/api/story").json()
    assert len(story["documents"]) == 7
    names = {e["name"] for e in story["entities"]}
    assert "Mira Kovalenko" in names and "Caldera Rail" in names
    assert len(server.get("/api/documents").json()) == 7


def test_full_text_search_cites_and_highlights(server):
    hits = server.get("/api/search", params={"q": "shares", "mode": "fts", "limit": 3}).json()["hits"]
    assert any(SHARES in h["text"] for h in hits), [h["text"] for h in hits]
    _cited(server, hits)
    for h in hits:
        text = _text(server, h["cite"]["doc"])
        assert h["highlights"] and all(text[x["start"] : x["end"]].lower() == "shares" for x in h["highlights"])
    # must-not-fire twin: a word no example uses finds nothing
    assert server.get("/api/search", params={"q": "spaceport", "mode": "fts"}).json()["hits"] == []


def test_semantic_search_finds_a_sentence_without_its_words(server):
    q = "the operator's stock price dropped"
    assert not {"shares", "fell"} & set(q.split())
    hits = server.get("/api/search", params={"q": q, "mode": "semantic", "limit": 3}).json()["hits"]
    assert any(SHARES in h["text"] for h in hits), [h["text"] for h in hits]
    assert all(h["similarity"] is not None for h in hits)
    _cited(server, hits)


def test_hybrid_search_fuses_both_rankings(server):
    hits = server.get("/api/search", params={"q": "shares dropped", "limit": 3}).json()["hits"]
    top = next(h for h in hits if SHARES in h["text"])
    assert top["fts_rank"] and top["semantic_rank"]  # found by both lists
    _cited(server, hits)


def test_ask_answers_from_the_union_leader(server):
    answers = server.get("/api/ask", params={"q": "Will the strikers go back to work without a written agreement?", "limit": 5}).json()["answers"]
    _cited(server, answers)
    assert any(NO_RETURN in a["text"] for a in answers[:3]), [a["text"] for a in answers[:3]]


def test_pages_and_source_viewer(server):
    page = server.get("/")
    assert page.status_code == 200 and "script-src 'self'" in page.headers["content-security-policy"]
    assert server.get("/report").status_code == 200
    hit = server.get("/api/search", params={"q": "shares", "mode": "fts", "limit": 1}).json()["hits"][0]
    c = hit["cite"]
    viewer = server.get(f"/doc/{c['doc']}", params={"start": c["start"], "end": c["end"]})
    m = re.search(r'<mark id="hit"[^>]*>(.*?)</mark>', viewer.text, re.S)
    assert m and m.group(1) == hit["text"]
    assert server.get("/static/../store.py").status_code == 404


def test_upload_adds_a_document_to_the_examples_story(averly_store, tmp_path):
    store = copy_store(averly_store, tmp_path / "story.db")
    with serving(create_app(store)) as url, httpx.Client(base_url=url, timeout=120) as client:
        r = client.post("/api/add", files=[("files", ("ferry.txt", FERRY.encode(), "text/plain"))], headers={"X-Storyline-Request": "1"})
        assert r.status_code == 202, r.text
        job = wait_job(client, r.json()["id"])
        assert job["state"] == "done" and job["added"] == 1 and job["story_rebuilt"], job
        story = client.get("/api/story").json()
        assert len(story["documents"]) == 8
        hits = client.get("/api/search", params={"q": "Seaborne", "mode": "fts"}).json()["hits"]
        assert hits and {h["cite"]["doc"] for h in hits} <= set(job["documents"])
