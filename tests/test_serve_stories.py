"""The web app over a mixed pile: an upload builds the stories exactly as ``storyline
build`` does (the same corpus stage per story), the app lists them and opens each one.

The pile is the one tests/test_stories.py writes: three invented stories and a stray."""

from __future__ import annotations

import json

import httpx
import pytest
from test_stories import CHIPS, DAM, STORM, STRAY, TRANSFER, _write

from storyline.builder import BuildOptions, build
from storyline.serve import create_app

from test_serve_support import SCRIPT, serving, wait_job


def _upload(client: httpx.Client, folder) -> dict:
    files = [("files", (p.name, p.read_bytes(), "application/json")) for p in sorted(folder.iterdir())]
    r = client.post("/api/add", files=files)
    assert r.status_code == 202, r.text
    job = wait_job(client, r.json()["id"])
    assert job["state"] == "done" and not job["failures"], job
    return job


def _shape(story: dict) -> dict:
    """What must agree between the CLI and the app (sources differ: paths against upload names)."""
    return {
        "story_id": story["story_id"],
        "documents": sorted(d["id"] for d in story["documents"]),
        "off_topic": sorted((o["doc"], o["story"]) for o in story["off_topic"]),
        "entities": sorted(e["name"] for e in story["entities"]),
        "quotes": sorted(q["text"] for q in story["quotes"]),
        "brief": [b["text"] for b in story["brief"]],
    }


@pytest.fixture(scope="module")
def app_and_cli(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("serve-stories")
    feed = tmp / "feed"
    _write(feed / "a", DAM + TRANSFER[:1], "a")
    _write(feed / "b", TRANSFER[1:] + CHIPS + STRAY, "b")
    _write(feed / "c", STORM, "c")
    cli = tmp / "cli"
    build([str(feed / "a"), str(feed / "b")], BuildOptions(out=cli))
    with serving(create_app(tmp / "app.db")) as url, httpx.Client(base_url=url, timeout=120, headers=SCRIPT) as client:
        jobs = [_upload(client, feed / "b"), _upload(client, feed / "a")]  # in two batches, the later one first
        yield client, cli, feed, jobs


def test_upload_builds_the_stories_the_cli_builds(app_and_cli):
    client, cli, _, jobs = app_and_cli
    assert all(j["story_rebuilt"] for j in jobs) and jobs[1]["stories_rebuilt"] >= 1
    listed = client.get("/api/stories").json()
    expected = json.loads((cli / "stories.json").read_text())
    assert [(s["id"], s["size"], s["label"]) for s in listed["stories"]] == [(s["id"], s["size"], s["label"]) for s in expected]
    assert [s["main"] for s in listed["stories"]] == [True, False, False]
    assert [o["title"] for o in listed["off_topic"]] == ["How to bake sourdough bread at home"]
    assert "How to bake sourdough bread at home" in client.get("/report").text  # its left-out list
    assert _shape(client.get("/api/story").json()) == _shape(json.loads((cli / "story.json").read_text()))
    for s in expected[1:]:
        one = client.get(f"/api/stories/{s['id']}").json()
        assert _shape({**one, "off_topic": []}) == _shape({**json.loads((cli / "stories" / s["id"] / "story.json").read_text()), "off_topic": []})


def test_each_story_opens_and_the_main_one_is_the_report(app_and_cli):
    client, _, _, _ = app_and_cli
    stories = client.get("/api/stories").json()["stories"]
    main, other = stories[0], stories[1]
    r = client.get(f"/stories/{main['id']}/report", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/report"
    r = client.get(other["report"])
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    assert other["report"] == f"/stories/{other['id']}/report"
    assert client.get(f"/stories/{other['id']}/report.html").text == r.text  # as the main report links it
    assert client.get("/stories/s-0000000000/report").status_code == 404  # well formed, unknown
    assert client.get("/api/stories/s-0000000000").status_code == 404
    assert client.get("/api/stories/..%2Fstory").status_code in (404, 422)  # not an id


def test_a_story_report_draws_its_network_from_the_store_sentences(app_and_cli, monkeypatch):
    """A story's web report counts co-mentions in the parser's sentences of its documents,
    read from the store, as the CLI's report.html does (not by the fallback punctuation rule)."""
    from storyline.render import network

    client, _, _, _ = app_and_cli
    other = client.get("/api/stories").json()["stories"][1]
    calls = []
    real = network.story_sentences
    monkeypatch.setattr(network, "story_sentences", lambda db, story: calls.append((db, story.story_id)) or real(db, story))
    assert client.get(other["report"]).status_code == 200
    assert [(d.name, sid) for d, sid in calls] == [("app.db", other["id"])]


def test_people_link_a_name_to_its_story_only(app_and_cli):
    client, _, _, _ = app_and_cli
    varga = client.get("/api/people", params={"q": "ilse varga"}).json()
    assert len(varga) == 1 and len(varga[0]["stories"]) == 1
    dam = next(s for s in client.get("/api/stories").json()["stories"] if s["span"][0] == "2024-03-02")
    assert varga[0]["stories"][0]["story"] == dam["id"]
    assert client.get("/api/people", params={"q": "no such person anywhere"}).json() == []


def test_a_new_story_uploaded_rebuilds_only_it(app_and_cli):
    client, _, feed, _ = app_and_cli
    before = {s["id"] for s in client.get("/api/stories").json()["stories"]}
    job = _upload(client, feed / "c")
    assert job["stories_rebuilt"] == 1
    after = client.get("/api/stories").json()["stories"]
    assert len(after) == 4 and before < {s["id"] for s in after}
