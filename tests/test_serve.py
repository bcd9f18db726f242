"""storyline serve over HTTP: a real uvicorn server on a free loopback port, used with httpx."""

from __future__ import annotations

import json
import re

import httpx
import pytest

from storyline.serve import RefuseToStart, create_app
from storyline.serve import search as s_search
from storyline.serve import server as s_server

from test_serve_support import HONOR_SALE, JANE_LI, SCRIPT, copy_store, huawei_store, serving, wait_job  # noqa: F401

pytestmark = pytest.mark.slow

# An article written for these tests: a person, an organisation, a dated event, a quote, a figure.
NORDAVIA = """Nordavia signs 5G contract with Huawei

Petra Lindqvist, the chief executive of Nordavia Telecom, said on Tuesday that the company had signed a contract with Huawei to build a 5G network in three Czech cities.

The contract is worth 240 million euros, Lindqvist said. "We chose the best offer on the table, and we checked it twice," she told reporters in Ostrava.

The deal was signed on March 9, 2021, two days after the Czech regulator approved the spectrum auction.
"""
KAUNAS = {
    "text": "Lithuanian operator Baltnet said on Friday it would replace Huawei equipment in Kaunas by 2023. "
            "The replacement will cost about 30 million euros, the company's finance director Rasa Jurkiene said.",
    "title": "Baltnet to replace Huawei gear in Kaunas",
    "outlet": "Baltic Courier",
    "date": "2021-04-02",
}
MARKUP = "Analyst <script>alert('x')</script> & <img src=x onerror=alert(1)> wrote that Zorblat Corp grew fast."


@pytest.fixture(scope="module")
def server(huawei_store, tmp_path_factory):
    """Read-only use: search, ask, pages, refused requests (nothing here may change the store)."""
    store = copy_store(huawei_store, tmp_path_factory.mktemp("serve-ro") / "story.db")
    with serving(create_app(store)) as url, httpx.Client(base_url=url, timeout=120, headers=SCRIPT) as client:
        # a semantic query waits for the sentence index, so hybrid results below use it too
        assert client.get("/api/search", params={"q": "warm up", "mode": "semantic"}).status_code == 200
        yield client


@pytest.fixture(scope="module")
def writable(huawei_store, tmp_path_factory):
    store = copy_store(huawei_store, tmp_path_factory.mktemp("serve-rw") / "story.db")
    with serving(create_app(store)) as url, httpx.Client(base_url=url, timeout=120, headers=SCRIPT) as client:
        yield client


def _doc_text(client: httpx.Client, doc_id: str) -> str:
    r = client.get(f"/api/documents/{doc_id}")
    assert r.status_code == 200
    return r.json()["document"]["text"]


def _assert_cited(client, hits_or_answers):
    """Every result's text is exactly its document's text[start:end]."""
    for h in hits_or_answers:
        c = h["cite"]
        assert _doc_text(client, c["doc"])[c["start"] : c["end"]] == h["text"]


# -- search -------------------------------------------------------------------
def test_full_text_search_finds_the_honor_sale(server):
    r = server.get("/api/search", params={"q": "Honor", "mode": "fts", "limit": 3})
    assert r.status_code == 200
    hits = r.json()["hits"]
    assert any(HONOR_SALE in h["text"] for h in hits), [h["text"] for h in hits]
    _assert_cited(server, hits)
    scores = [h["score"] for h in hits]
    assert scores == sorted(scores, reverse=True)
    for h in hits:  # highlights are document spans of the matched word; the snippet marks it
        text = _doc_text(server, h["cite"]["doc"])
        assert h["highlights"] and all(text[x["start"] : x["end"]].lower() == "honor" for x in h["highlights"])
        assert "<mark>Honor</mark>" in h["snippet"]


def test_semantic_search_finds_the_honor_sale_without_its_words(server):
    q = "Huawei divested a smartphone sub-brand"
    assert "honor" not in q.lower() and "sold" not in q.lower()
    hits = server.get("/api/search", params={"q": q, "mode": "semantic", "limit": 3}).json()["hits"]
    assert any(HONOR_SALE in h["text"] for h in hits), [h["text"] for h in hits]
    assert all(h["similarity"] is not None for h in hits)
    _assert_cited(server, hits)


def test_hybrid_search_fuses_both_rankings(server):
    q = "Huawei divested a smartphone sub-brand"
    hits = server.get("/api/search", params={"q": q, "limit": 3}).json()["hits"]
    assert any(HONOR_SALE in h["text"] for h in hits)
    assert any(h["fts_rank"] and h["semantic_rank"] for h in hits)  # found by both, so fused above single lists


def test_hybrid_search_does_not_wait_for_new_sentences_to_be_embedded(huawei_store, tmp_path):
    from storyline.serve.queries import StoreView

    store = copy_store(huawei_store, tmp_path / "story.db")
    view = StoreView(store)
    index = s_search.SemanticIndex(view, store)
    with index._lock:  # as if another thread were embedding
        hits, semantic_used = s_search.search(view, index, "Honor", "hybrid", None, 5)
        assert not semantic_used and hits and all(h.semantic_rank is None for h in hits)
    index._warming.join(120)  # the background update the search started
    hits, semantic_used = s_search.search(view, index, "Honor", "hybrid", None, 5)
    assert semantic_used and any(h.semantic_rank for h in hits)


def test_search_filters_narrow_the_documents(server):
    story = server.get("/api/story").json()
    every = server.get("/api/search", params={"q": "Huawei", "mode": "fts", "limit": 100}).json()["hits"]
    assert len({h["cite"]["doc"] for h in every}) > 1
    none = server.get("/api/search", params={"q": "Huawei", "mode": "fts", "outlet": "No Such Outlet"}).json()
    assert none["hits"] == []
    if story["entities"]:  # entity filter: only documents that mention it
        e = max(story["entities"], key=lambda e: len({m["doc"] for m in e["mentions"]}))
        docs = {m["doc"] for m in e["mentions"]}
        for key in (e["id"], e["name"]):
            hits = server.get("/api/search", params={"q": "Huawei", "mode": "fts", "entity": key, "limit": 100}).json()["hits"]
            assert hits and {h["cite"]["doc"] for h in hits} <= docs
    unknown = server.get("/api/search", params={"q": "Huawei", "entity": "no such entity"}).json()
    assert unknown["hits"] == []
    names = server.get("/api/entities").json()
    assert sorted(e["id"] for e in names) == sorted(e["id"] for e in story["entities"])
    assert [e["mentions"] for e in names] == sorted((e["mentions"] for e in names), reverse=True)
    if story["entities"]:  # ask takes the same filters
        e = story["entities"][0]
        docs = {m["doc"] for m in e["mentions"]}
        answers = server.get("/api/ask", params={"q": "What happened?", "entity": e["name"]}).json()["answers"]
        assert {a["cite"]["doc"] for a in answers} <= docs


def test_search_rejects_bad_parameters(server):
    assert server.get("/api/search", params={"q": ""}).status_code == 422
    assert server.get("/api/search", params={"q": "x", "mode": "regex"}).status_code == 422
    assert server.get("/api/search", params={"q": "x", "date_from": "2019-13"}).status_code == 422
    # FTS5 syntax in a query is read as words, never as a query expression
    for q in ('"', "NEAR(a b)", "text:x*", "AND OR NOT", "-)(", "*"):
        assert server.get("/api/search", params={"q": q, "mode": "fts"}).status_code == 200


# -- ask ------------------------------------------------------------------------
def test_ask_returns_jane_lis_quote(server):
    r = server.get("/api/ask", params={"q": "Is Huawei leaving the US market?", "limit": 5})
    assert r.status_code == 200
    answers = r.json()["answers"]
    _assert_cited(server, answers)
    top = answers[:3]
    assert any(JANE_LI in a["text"] for a in top), [a["text"] for a in top]
    answer = next(a for a in top if JANE_LI in a["text"])
    # the story's quotes that sit in that sentence come with it (when quote extraction finds it)
    story = server.get("/api/story").json()
    c = answer["cite"]
    inside = [q for q in story["quotes"] if q["span"]["doc"] == c["doc"] and q["span"]["start"] < c["end"] and c["start"] < q["span"]["end"]]
    assert {q["id"] for q in inside} == {q["id"] for q in answer["quotes"]}
    if story["quotes"]:  # quote extraction live: the answer carries the quote, attributed to Jane Li
        assert any(JANE_LI in q["text"] and "Li" in (q["speaker_name"] or q["speaker_text"] or "") for q in answer["quotes"])
    for q in answer["quotes"]:
        assert _doc_text(server, q["span"]["doc"])[q["span"]["start"] : q["span"]["end"]] == q["text"]


def test_ask_prefers_sentences_over_headlines(server):
    answers = server.get("/api/ask", params={"q": "Is Huawei leaving the US market?"}).json()["answers"]
    texts = [a["text"] for a in answers]
    assert len(texts) == len({" ".join(t.lower().split()) for t in texts})  # no repeated sentence
    assert not answers[0]["heading"]


# -- pages ----------------------------------------------------------------------
def test_pages_are_served_with_a_strict_policy(server):
    page = server.get("/")
    assert page.status_code == 200 and 'id="search-form"' in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff"
    report = server.get("/report")
    assert report.status_code == 200 and "<html" in report.text.lower()
    assert "connect-src" not in report.headers["content-security-policy"] or "'none'" in report.headers["content-security-policy"]
    assert server.get("/static/app.js").status_code == 200


def test_source_viewer_marks_the_cited_span(server):
    hit = server.get("/api/search", params={"q": "Honor", "mode": "fts", "limit": 1}).json()["hits"][0]
    c = hit["cite"]
    page = server.get(f"/doc/{c['doc']}", params={"start": c["start"], "end": c["end"]})
    assert page.status_code == 200
    m = re.search(r'<mark id="hit"[^>]*>(.*?)</mark>', page.text, re.S)
    assert m and m.group(1) == hit["text"].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&#x27;")


def test_no_request_path_reaches_the_file_system(server):
    for path in ("/static/../store.py", "/static/..%2fapp.py", "/static/%2e%2e%2f%2e%2e%2fstore.py",
                 "/static/templates/index.html", "/doc/..%2F..%2Fetc%2Fpasswd", "/api/documents/..%2Fstory.db"):
        r = server.get(path)
        assert r.status_code == 404, path
        assert "def " not in r.text and "SQLite" not in r.text


def test_openapi_document_lists_the_api(server):
    spec = server.get("/openapi.json").json()
    for path in ("/api/story", "/api/documents", "/api/documents/{doc_id}", "/api/search", "/api/ask", "/api/add", "/api/jobs/{job_id}"):
        assert path in spec["paths"], path
    assert "multipart/form-data" in spec["paths"]["/api/add"]["post"]["requestBody"]["content"]


# -- refusals -------------------------------------------------------------------
def test_oversized_upload_gets_413_and_nothing_is_stored(server):
    before = server.get("/api/documents").json()
    big = b"Huawei " * (10 * 1024 * 1024 // 7 + 2)  # just over the 10 MB default
    r = server.post("/api/add", files={"files": ("big.txt", big, "text/plain")})
    assert r.status_code == 413
    # a streamed body without Content-Length is cut off when it passes the limit
    def chunks():
        for _ in range(11):
            yield b"x" * (1024 * 1024)
    r = server.post("/api/add", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413
    assert server.get("/api/documents").json() == before
    assert server.get("/api/jobs").json() == []


def test_upload_limit_is_configurable(huawei_store, tmp_path):
    store = copy_store(huawei_store, tmp_path / "story.db")
    with serving(create_app(store, max_upload_bytes=2000)) as url, httpx.Client(base_url=url, headers=SCRIPT) as client:
        r = client.post("/api/add", files={"files": ("a.txt", b"word " * 500, "text/plain")})
        assert r.status_code == 413
        assert client.get("/api/stats").json()["documents"] == 4


def test_foreign_host_and_origin_are_refused(server):
    assert server.get("/api/stats", headers={"host": "attacker.example"}).status_code == 421
    r = server.post("/api/add", json={"text": "x y z"}, headers={"origin": "http://attacker.example"})
    assert r.status_code == 403


def test_token_is_required_on_every_request(huawei_store, tmp_path):
    store = copy_store(huawei_store, tmp_path / "story.db")
    with serving(create_app(store, token="s3cret-token")) as url:
        with httpx.Client(base_url=url) as anon:
            for path in ("/", "/api/stats", "/api/story", "/openapi.json", "/report", "/static/app.js"):
                assert anon.get(path).status_code == 401, path
            assert anon.get("/api/stats", headers={"authorization": "Bearer wrong"}).status_code == 401
            assert anon.get("/api/stats", params={"token": "wrong"}).status_code == 401
            assert anon.get("/api/stats", headers={"cookie": "storyline_token=wrong"}).status_code == 401
            assert anon.post("/api/add", json={"text": "An article."}).status_code == 401
            assert anon.get("/api/stats", headers={"authorization": "Bearer s3cret-token"}).status_code == 200
        with httpx.Client(base_url=url) as browser:  # opened once with ?token=, then the cookie carries it
            r = browser.get("/doc/x%0d%0aSet-Cookie:%20a=b", params={"token": "s3cret-token", "start": "3"})
            assert r.status_code == 303 and r.headers["location"] == "/doc/x%0D%0ASet-Cookie%3A%20a%3Db?start=3"
            r = browser.get("/", params={"token": "s3cret-token"})  # the token moves to a cookie, out of the URL
            assert r.status_code == 303 and r.headers["location"] == "/"
            assert "storyline_token" in r.headers["set-cookie"] and "HttpOnly" in r.headers["set-cookie"]
            assert browser.get("/").status_code == 200
            assert browser.get("/api/stats").status_code == 200
            # the cookie alone is no proof against a cross-site form (a page on another port is same-site)
            assert browser.post("/api/add", json={"text": "An article."}).status_code == 403
        with httpx.Client(base_url=url) as anon:
            assert anon.get("/api/stats").json() == {"detail": "a valid token is required"}


def test_public_bind_without_token_refuses_to_start(monkeypatch, tmp_path):
    monkeypatch.delenv("STORYLINE_TOKEN", raising=False)
    with pytest.raises(RefuseToStart):
        s_server.run(tmp_path / "story.db", host="0.0.0.0", port=1, token=None)
    with pytest.raises(RefuseToStart):
        s_server.resolve_token("192.168.1.20", "")
    assert s_server.resolve_token("127.0.0.1", None) is None
    assert s_server.resolve_token("localhost", None) is None
    assert s_server.resolve_token("::1", None) is None
    assert s_server.resolve_token("0.0.0.0", "t") == "t"
    monkeypatch.setenv("STORYLINE_TOKEN", "from-env")
    assert s_server.resolve_token("0.0.0.0", None) == "from-env"
    assert not (tmp_path / "story.db").exists()  # refused before anything was opened


# -- add ------------------------------------------------------------------------
def _entity_named(story: dict, word: str) -> dict | None:
    for e in story["entities"]:
        if word in e["name"] or any(word in a for a in e["aliases"]):
            return e
    return None


def test_upload_adds_documents_entities_and_events(writable):
    before = writable.get("/api/story").json()
    r = writable.post("/api/add", files=[
        ("files", ("nordavia.txt", NORDAVIA.encode(), "text/plain")),
        ("files", ("baltnet.jsonl", (json.dumps(KAUNAS) + "\n").encode(), "application/jsonl")),
    ])
    assert r.status_code == 202, r.text
    assert r.headers["location"] == f"/api/jobs/{r.json()['id']}"
    job = wait_job(writable, r.json()["id"])
    assert job["state"] == "done", job
    assert (job["added"], job["already_stored"], job["total"], job["processed"]) == (2, 0, 2, 2)
    assert job["story_rebuilt"] and job["progress"] == 1.0 and not job["failures"]
    after = writable.get("/api/story").json()
    assert len(after["documents"]) == len(before["documents"]) + 2
    new_docs = set(job["documents"])
    assert new_docs <= {d["id"] for d in after["documents"]}

    # the new sentences are searchable, both ways, and cite the new documents
    hits = writable.get("/api/search", params={"q": "Lindqvist", "mode": "fts"}).json()["hits"]
    assert hits and {h["cite"]["doc"] for h in hits} <= new_docs
    hits = writable.get("/api/search", params={"q": "a Nordic operator buys a mobile network from a Chinese vendor", "mode": "semantic", "limit": 3}).json()["hits"]
    assert any(h["cite"]["doc"] in new_docs for h in hits)

    # metadata of the JSONL record filters: outlet and date range
    kaunas = {"q": "Kaunas", "mode": "fts"}
    assert writable.get("/api/search", params={**kaunas, "outlet": "baltic courier"}).json()["hits"]
    assert writable.get("/api/search", params={**kaunas, "date_from": "2021-04", "date_to": "2021"}).json()["hits"]
    assert not writable.get("/api/search", params={**kaunas, "date_to": "2021-03-31"}).json()["hits"]
    assert not writable.get("/api/search", params={**kaunas, "date_from": "2022"}).json()["hits"]

    # entities and events: once the story has them at all (entity and event extraction
    # live), the uploaded article's person and events are in the rebuilt story
    if before["entities"]:
        assert _entity_named(before, "Lindqvist") is None
        entity = _entity_named(after, "Lindqvist")
        assert entity is not None and {m["doc"] for m in entity["mentions"]} & new_docs
        assert len(after["entities"]) > len(before["entities"])
    if before["events"]:
        assert any(m["doc"] in new_docs for ev in after["events"] for m in ev["mentions"])
    stats = writable.get("/api/stats").json()
    assert stats["documents"] == len(after["documents"]) and stats["entities"] == len(after["entities"])


def test_uploading_the_same_article_again_changes_nothing(writable):
    before = writable.get("/api/story").text
    docs = writable.get("/api/documents").json()
    r = writable.post("/api/add", files={"files": ("nordavia.txt", NORDAVIA.encode(), "text/plain")})
    job = wait_job(writable, r.json()["id"])
    assert job["state"] == "done"
    assert (job["added"], job["merged"], job["already_stored"], job["story_rebuilt"]) == (0, 0, 1, False)
    assert writable.get("/api/story").text == before
    assert writable.get("/api/documents").json() == docs


def test_pasted_text_is_added_and_always_escaped(writable):
    r = writable.post("/api/add", data={"text": MARKUP, "title": "<b>Bold</b> title"})
    assert r.status_code == 202
    job = wait_job(writable, r.json()["id"])
    assert job["state"] == "done" and job["added"] == 1
    doc_id = job["documents"][0]
    page = writable.get(f"/doc/{doc_id}")
    assert "<script>alert" not in page.text and "<img src=x" not in page.text and "<b>Bold" not in page.text
    assert "&lt;script&gt;" in page.text
    hit = writable.get("/api/search", params={"q": "Zorblat", "mode": "fts"}).json()["hits"][0]
    assert "<script" not in hit["snippet"] and "&lt;script&gt;" in hit["snippet"]
    # pasting it again: same source, same fingerprint, nothing new
    again = wait_job(writable, writable.post("/api/add", json={"text": MARKUP, "title": "<b>Bold</b> title"}).json()["id"])
    assert again["already_stored"] == 1 and again["added"] == 0


def test_add_jobs_run_one_at_a_time(writable):
    texts = [f"The harbour of Vlissingen reopened on Monday after storm number {n}, port officials said." for n in (1, 2)]
    ids = [writable.post("/api/add", json={"text": t}).json()["id"] for t in texts]
    jobs = [wait_job(writable, i) for i in ids]
    assert [(j["state"], j["added"]) for j in jobs] == [("done", 1), ("done", 1)]
    assert jobs[1]["started"] >= jobs[0]["finished"]
    assert [j["id"] for j in writable.get("/api/jobs").json()][-2:] == ids


def test_unreadable_uploads_are_refused(writable):
    assert writable.post("/api/add", files={"files": ("a.pdf", b"%PDF-1.4", "application/pdf")}).status_code == 400
    assert writable.post("/api/add", files={"files": ("a.txt", b"   ", "text/plain")}).status_code == 400
    assert writable.post("/api/add", data={"text": "   "}).status_code == 400
    assert writable.post("/api/add", content=b"text", headers={"content-type": "text/plain"}).status_code == 415
    assert writable.post("/api/add", content=b"[1]", headers={"content-type": "application/json"}).status_code == 422
    assert writable.post("/api/add", json={"text": "An article.", "url": None}).status_code == 422
    assert writable.get("/api/jobs/nope").status_code == 404
    assert writable.get("/api/documents/nope").status_code == 404


def test_a_form_field_given_twice_is_refused(writable):
    # which of two 'url' (or 'text') parts the client meant cannot be known: 422, nothing queued
    before = writable.get("/api/jobs").json()
    two = {"text": "An article about the harbour.", "url": ["https://a.example/1", "https://a.example/2"]}
    r = writable.post("/api/add", data=two, files={"files": ("a.pdf", b"%PDF-1.4", "application/pdf")})
    assert r.status_code == 422 and "more than once" in r.json()["detail"]
    assert writable.get("/api/jobs").json() == before
    # twin: each field once is accepted
    one = {"text": "An article about the harbour of Vlissingen.", "url": "https://a.example/1"}
    assert writable.post("/api/add", data=one).status_code == 202


def test_cli_refuses_a_public_bind_without_token(monkeypatch, tmp_path):
    from typer.testing import CliRunner

    from storyline.cli import app

    monkeypatch.delenv("STORYLINE_TOKEN", raising=False)
    result = CliRunner().invoke(app, ["serve", "--store", str(tmp_path / "s.db"), "--host", "0.0.0.0", "--port", "1"])
    assert result.exit_code == 2
    assert "without a token" in result.output


def test_add_redoes_documents_of_an_older_analysis_version(huawei_store, tmp_path):
    import sqlite3

    from storyline.pipeline import ANALYSIS_VERSION

    store = copy_store(huawei_store, tmp_path / "story.db")
    with sqlite3.connect(str(store)) as db:
        (old_id,) = db.execute("SELECT id FROM documents ORDER BY id LIMIT 1").fetchone()
        db.execute("UPDATE documents SET version='stale' WHERE id=?", (old_id,))
    with serving(create_app(store)) as url, httpx.Client(base_url=url, timeout=120, headers=SCRIPT) as client:
        job = wait_job(client, client.post("/api/add", json={"text": "Harbour pilots in Gdansk went on strike on Monday, the union said."}).json()["id"])
        assert (job["state"], job["reanalysed"], job["added"], job["story_rebuilt"]) == ("done", 1, 1, True)
    with sqlite3.connect(str(store)) as db:
        assert db.execute("SELECT DISTINCT version FROM documents").fetchall() == [(ANALYSIS_VERSION,)]
        assert db.execute("SELECT COUNT(*) FROM sentences WHERE doc_id=?", (old_id,)).fetchone()[0] > 0
