"""Story detection (resolve.stories) and the per-story build on a small mixed pile
written for these tests: three invented stories and one stray article."""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

import pytest

from storyline import pipeline
from storyline.builder import BuildOptions, build
from storyline.embed import Embedder
from storyline.resolve import stories
from storyline.types import Record

DAM = [
    ("2024-03-02", "Dam breach floods Velmora valley",
     "The Orsk dam above Velmora gave way on Saturday, flooding the valley. Mayor Ilse Varga said 300 homes "
     "were under water and ordered the evacuation of the lower town. Engineers from Hydrovel, which runs the dam, "
     "were at the site."),
    ("2024-03-04", "Velmora counts the cost of the Orsk dam collapse",
     "Two days after the Orsk dam collapsed, Velmora residents returned to homes ruined by the flood. Mayor Ilse "
     "Varga said the town would need years to rebuild. Hydrovel said it was inspecting its other dams."),
    ("2024-03-09", "Inquiry ordered into Orsk dam failure",
     "The regional government ordered an inquiry into why the Orsk dam failed and flooded Velmora. Hydrovel "
     "denied that it had ignored warnings about cracks in the dam wall, and Mayor Varga called for answers."),
]
TRANSFER = [
    ("2024-06-10", "Kestrel United signs striker Dario Menotti",
     "Kestrel United signed the striker Dario Menotti from Porto Azul for a club record fee of 40 million euros. "
     "Coach Hanna Lind said Menotti would lead the attack next season in the league."),
    ("2024-06-11", "Menotti: I chose Kestrel United for the coach",
     "Dario Menotti said he joined Kestrel United because of coach Hanna Lind. The striker scored 31 goals for "
     "Porto Azul last season and passed his medical at the club's training ground on Monday."),
    ("2024-06-15", "Porto Azul fans angry over Menotti sale",
     "Supporters of Porto Azul protested outside the stadium over the sale of their striker Dario Menotti to "
     "Kestrel United, saying the club had sold its best player and its goals."),
]
CHIPS = [
    ("2024-09-01", "Quantrel to buy chipmaker Lumisil",
     "The technology group Quantrel agreed to buy the chipmaker Lumisil for 12 billion dollars, its chief "
     "executive Priya Natarajan said. The deal needs approval from competition regulators."),
    ("2024-09-03", "Regulators to review Quantrel's Lumisil deal",
     "Competition regulators said they would review Quantrel's takeover of Lumisil, the semiconductor maker. "
     "Priya Natarajan said the chip deal would create jobs at Lumisil's factories."),
    ("2024-09-20", "Lumisil shareholders back Quantrel takeover",
     "Shareholders of Lumisil voted to accept the offer from Quantrel, clearing the way for the chip takeover. "
     "Quantrel's chief executive Priya Natarajan welcomed the vote."),
]
STRAY = [("2024-05-05", "How to bake sourdough bread at home",
          "Mix flour, water and salt with a spoon of starter, leave the dough overnight, fold it twice and bake "
          "it in a hot oven for forty minutes until the crust is dark and crisp.")]
# a fourth story, added in a later build
STORM = [
    ("2024-11-02", "Storm Odile cuts power to the Tarrin coast",
     "Storm Odile brought winds of 140 km/h to the Tarrin coast, cutting power to 80,000 homes. The utility "
     "Gridmar said crews would work through the night."),
    ("2024-11-03", "Gridmar restores power after Storm Odile",
     "Gridmar restored power to most homes on the Tarrin coast after Storm Odile, but 9,000 remained without "
     "electricity on Sunday as the storm moved north."),
]


def _records(items, tag):
    return [Record(source=f"{tag}-{i}.txt", title=t, text=f"{t}\n\n{body}", date=d) for i, (d, t, body) in enumerate(items)]


@pytest.fixture(scope="module")
def pile():
    recs = _records(DAM, "dam") + _records(TRANSFER, "transfer") + _records(CHIPS, "chips") + _records(STRAY, "stray")
    return {r.source: pipeline.analyse_record(r) for r in recs}


def _groups(detection, pile):
    by_id = {a.document.id: src.split("-")[0] for src, a in pile.items()}
    return sorted(sorted(by_id[d] for d in s.documents) for s in detection.stories), sorted(by_id[d] for d in detection.off_topic)


def test_three_stories_and_a_stray(pile):
    det = stories.detect([stories.features(a) for a in pile.values()], Embedder())
    groups, off = _groups(det, pile)
    assert groups == [["chips"] * 3, ["dam"] * 3, ["transfer"] * 3]
    assert off == ["stray"]
    for s in det.stories:
        assert s.id.startswith("s-") and s.start and s.end and s.label
    dam = next(s for s in det.stories if s.start == "2024-03-02")
    assert "velmora" in dam.top_entities or "orsk" in dam.top_entities


def test_same_stories_and_ids_in_any_order(pile):
    feats = [stories.features(a) for a in pile.values()]
    first = stories.detect(feats, Embedder())
    for seed in range(3):
        shuffled = feats[:]
        random.Random(seed).shuffle(shuffled)
        again = stories.detect(shuffled, Embedder())
        assert again.story_of() == first.story_of()
        assert again.off_topic == first.off_topic
        assert [s.as_dict() for s in again.stories] == [s.as_dict() for s in first.stories]


DAM_LATER = ("2027-05-02", "Velmora rebuilt three years after the Orsk dam flood",
             "Velmora reopened its rebuilt lower town, three years after the Orsk dam collapse. Mayor Ilse Varga "
             "thanked the volunteers; Hydrovel paid for the new flood wall.")


def test_one_subject_pile_is_one_story_even_across_years(pile):
    """A time window never splits documents that share their entities (four documents,
    years apart, all naming Orsk, Velmora, Varga: names most of the pile shares)."""
    far = [a.model_copy(deep=True) for src, a in pile.items() if src.startswith("dam")]
    far.append(pipeline.analyse_record(_records([DAM_LATER], "later")[0]))
    for a, year in zip(far, ("2014-03-02", "2018-07-01", "2023-01-15", "2027-05-02"), strict=True):
        a.document.published.value = year
    det = stories.detect([stories.features(a) for a in far], Embedder())
    assert len(det.stories) == 1 and not det.off_topic


def test_unrelated_documents_years_apart_do_not_join(pile):
    """must-not-fire twin: no shared entities, far apart in time -> not one story."""
    docs = [a.model_copy(deep=True) for src, a in pile.items() if src.startswith(("dam", "chips"))]
    det = stories.detect([stories.features(a) for a in docs], Embedder())
    assert len(det.stories) == 2


def test_entity_index_links_a_name_across_stories_and_not_a_surname():
    from storyline.schema import Entity

    idx = stories.EntityIndex()
    idx.add("s-1", [Entity(id="e1", name="Priya Natarajan", type="PERSON"), Entity(id="e2", name="Lumisil", type="ORG")])
    idx.add("s-2", [Entity(id="e9", name="Priya Natarajan", type="PERSON"), Entity(id="e3", name="Raj Natarajan", type="PERSON")])
    by_key = {e["key"]: e for e in idx.as_list()}
    assert [s["story"] for s in by_key["priya natarajan"]["stories"]] == ["s-1", "s-2"]
    assert [s["story"] for s in by_key["raj natarajan"]["stories"]] == ["s-2"]  # must-not-link: same surname
    assert idx.as_list()[0]["key"] == "priya natarajan"


def _index_by_entry_dicts(added):
    """The index as it was kept before (two dicts an entry), the reference for its rows."""
    entries: dict = {}
    for story_id, ents in added:
        for e in ents:
            k = stories.index_key(e.name) if e.type in stories.EntityIndex.TYPES else None
            if k is None:
                continue
            entry = entries.setdefault((e.type, k), {"key": k, "type": e.type, "names": {}, "stories": {}})
            entry["names"][e.name] = entry["names"].get(e.name, 0) + len(e.mentions)
            entry["stories"][story_id] = e.id
    out = [{"name": min(e["names"].items(), key=lambda kv: (-kv[1], kv[0]))[0], "type": e["type"], "key": k,
            "stories": [{"story": s, "entity": eid} for s, eid in sorted(e["stories"].items())]}
           for (_, k), e in entries.items()]
    out.sort(key=lambda e: (-len(e["stories"]), e["type"], e["key"]))
    return out


@pytest.mark.parametrize("seed", range(6))
def test_the_entity_index_kept_as_rows_lists_what_the_entry_dicts_listed(seed):
    """The index keeps one row a story's entity (less memory a story); its list is the one
    the entry dicts gave: names summed by mentions, the last entity id of a story kept."""
    from storyline.schema import Entity, Span

    rng = random.Random(seed)
    names = ["Priya Natarajan", "priya natarajan", "The Lumisil", "Lumisil", "Raj Natarajan", "Velmora", "UN", "x"]
    types = ["PERSON", "ORG", "GPE", "DATE"]
    added = []
    for s in range(rng.randint(1, 8)):
        ents = [Entity(id=f"e{s}-{i}", name=rng.choice(names), type=rng.choice(types),
                       mentions=[Span(doc="d", start=0, end=1)] * rng.randint(0, 3)) for i in range(rng.randint(0, 6))]
        added.append((f"s-{rng.randint(1, 5)}", ents))
    idx = stories.EntityIndex()
    for story_id, ents in added:
        idx.add(story_id, ents)
    assert idx.as_list() == _index_by_entry_dicts(added)


def test_a_single_document_is_its_own_story(pile):
    det = stories.detect([stories.features(pile["stray-0.txt"])], Embedder())
    assert len(det.stories) == 1 and det.off_topic == []


@pytest.mark.parametrize("text,label,key", [
    ("Mayor Ilse Varga", "PERSON", "varga"),
    ("The Orsk dam's", "FAC", "orsk dam"),
    ("Hydrovel", "ORG", "hydrovel"),
])
def test_name_key(text, label, key):
    assert stories.name_key(text, label) == key


@pytest.mark.parametrize("text", ["'s", "--", "12"])
def test_name_key_refuses_non_names(text):
    assert stories.name_key(text, "ORG") is None


def _write(folder: Path, items, tag):
    folder.mkdir(parents=True, exist_ok=True)
    for i, (d, t, body) in enumerate(items):
        (folder / f"{tag}-{i}.jsonl").write_text(json.dumps({"title": t, "text": f"{t}\n\n{body}", "date": d}) + "\n")


def _summary(out: Path):
    listed = json.loads((out / "stories.json").read_text())
    return [(s["id"], s["size"], s["documents"]) for s in listed]


def test_build_writes_each_story_and_batching_does_not_matter(tmp_path):
    feed = tmp_path / "feed"
    _write(feed / "a", DAM + TRANSFER[:1], "a")
    _write(feed / "b", TRANSFER[1:] + CHIPS + STRAY, "b")
    whole = build([str(feed)], BuildOptions(out=tmp_path / "whole"))
    assert whole.stories == 3 and whole.off_topic == 1
    out = tmp_path / "batched"
    build([str(feed / "b")], BuildOptions(out=out))
    build([str(feed / "a")], BuildOptions(out=out))
    assert _summary(out) == _summary(tmp_path / "whole")
    # the transfer story got an earlier document in the second build, hence a new id: the old folder is gone
    assert sorted(p.name for p in (out / "stories").iterdir()) == sorted(sid for sid, _, _ in _summary(out))
    for sid, _, docs in _summary(out):
        story = json.loads((out / "stories" / sid / "story.json").read_text())
        assert story["story_id"] == sid and sorted(d["id"] for d in story["documents"]) == docs
        assert (out / "stories" / sid / "report.html").exists() and (out / "stories" / sid / "story.md").exists()
    main = json.loads((out / "story.json").read_text())
    assert main["story_id"] == _summary(out)[0][0]
    assert len(main["documents"]) == 3 and len(main["off_topic"]) == 7
    assert sum(o["story"] is None for o in main["off_topic"]) == 1  # the stray
    assert "sourdough" in (out / "index.html").read_text()
    md = (out / "story.md").read_text()
    assert "## Left out of this story" in md and "sourdough" in md and "off-topic: matched no story" in md
    people = json.loads((out / "entities.json").read_text())
    varga = [e for e in people if e["key"] == "ilse varga"]
    assert varga and len(varga[0]["stories"]) == 1
    assert "Orsk dam" in (out / "stories" / varga[0]["stories"][0]["story"] / "story.md").read_text()

    # a fourth story's articles: only it is built, the three others are reused
    _write(feed / "c", STORM, "c")
    again = build([str(feed / "c")], BuildOptions(out=out))
    assert again.stories == 4 and again.stories_rebuilt == 1


def test_ray_builds_the_same_stories(tmp_path):
    """--ray: the per-story corpus stages run as Ray tasks; same bytes as one process."""
    pytest.importorskip("ray")
    import ray

    feed = tmp_path / "feed"
    _write(feed, DAM + TRANSFER + CHIPS + STRAY, "x")
    build([str(feed)], BuildOptions(out=tmp_path / "local"))
    try:
        report = build([str(feed)], BuildOptions(out=tmp_path / "ray", ray="local", workers=2))
    finally:
        if ray.is_initialized():
            ray.shutdown()
    assert report.stories == 3 and report.stories_rebuilt == 3
    for name in ("story.json", "stories.json", "entities.json"):
        assert (tmp_path / "ray" / name).read_bytes() == (tmp_path / "local" / name).read_bytes(), name
    for sid, _, _ in _summary(tmp_path / "local"):
        rel = Path("stories") / sid / "story.json"
        assert (tmp_path / "ray" / rel).read_bytes() == (tmp_path / "local" / rel).read_bytes()


def test_detection_features_are_cached_in_the_store_by_analysis_version(tmp_path, monkeypatch):
    from storyline import storybuild
    from storyline.store import Store

    feed = tmp_path / "feed"
    _write(feed, DAM + CHIPS + STRAY, "x")
    build([str(feed)], BuildOptions(out=tmp_path / "out"))
    calls = []
    real = stories.features
    monkeypatch.setattr(stories, "features", lambda a: calls.append(a.document.id) or real(a))
    with Store(tmp_path / "out" / "story.db") as store:
        cached = storybuild.load_features(store)
        assert calls == []  # every document's features came from the cache
        fresh = sorted((real(a) for a in store.analyses()), key=lambda f: f.id)
        assert [f.to_json() for f in cached] == [f.to_json() for f in fresh]
        # a document analysed again (another analysis version) is read again, only it
        victim = fresh[0].id
        store.db.execute("UPDATE documents SET version = 'older' WHERE id=?", (victim,))
        again = storybuild.load_features(store)
        assert calls == [victim] and [f.to_json() for f in again] == [f.to_json() for f in fresh]
        assert storybuild.load_features(store) and calls == [victim]  # and cached under its new key


def test_story_state_lives_in_the_store(tmp_path):
    """Each story's members, story.json and stamp are in the store: folders removed from
    OUT/ are written again from it, nothing rebuilt; the web app reads the same rows."""
    import sqlite3

    feed = tmp_path / "feed"
    _write(feed, DAM + TRANSFER + CHIPS + STRAY, "x")
    out = tmp_path / "out"
    build([str(feed)], BuildOptions(out=out))
    listed = json.loads((out / "stories.json").read_text())
    con = sqlite3.connect(str(out / "story.db"))
    rows = dict(con.execute("SELECT id, json FROM stories").fetchall())
    index = json.loads(con.execute("SELECT json FROM story_index WHERE name='stories'").fetchone()[0])
    con.close()
    assert sorted(rows) == sorted(s["id"] for s in listed) and index == listed
    for s in listed:
        assert json.loads(rows[s["id"]]) == json.loads((out / "stories" / s["id"] / "story.json").read_text())
    before = {s["id"]: (out / "stories" / s["id"] / "story.json").read_bytes() for s in listed}
    import shutil

    shutil.rmtree(out / "stories")
    again = build([str(feed)], BuildOptions(out=out))
    assert again.stories_rebuilt == 0
    assert {sid: (out / "stories" / sid / "story.json").read_bytes() for sid in before} == before


def test_the_stage_without_an_output_folder_writes_only_the_store(tmp_path):
    """The web app's path (serve/jobs.py): the same stories, nothing written but the store."""
    import sqlite3

    from storyline.builder import Silent
    from storyline.schema import dumps
    from storyline.store import Store
    from storyline.storybuild import StageOptions, corpus_stage

    feed = tmp_path / "feed"
    _write(feed, DAM + TRANSFER + STRAY, "x")
    cli = build([str(feed)], BuildOptions(out=tmp_path / "cli"))
    db = tmp_path / "web" / "story.db"
    db.parent.mkdir()
    con = sqlite3.connect(str(tmp_path / "cli" / "story.db"))
    with sqlite3.connect(str(db)) as copy:
        con.backup(copy)
    con.close()
    with Store(db) as store:
        store.db.execute("DELETE FROM stories")
        store.db.execute("DELETE FROM story")
        saved = []
        main, det, written, rebuilt = corpus_stage(store, StageOptions(), Silent(), None, saved.append)
        assert written == [] and rebuilt == 2 and [s.story_id for s in saved] == [main.story_id]
        assert dumps(main) == dumps(cli.story)
        assert store.db.execute("SELECT COUNT(*) FROM stories").fetchone()[0] == 2
    assert sorted(p.name for p in db.parent.iterdir() if not p.name.startswith("story.db")) == []


def test_huawei_us_and_the_examples_stay_one_story(huawei_dir, tmp_path):
    """The one-subject piles (2014-2021 and the examples): one story, nothing left out (slow: ../shared)."""
    from conftest import EXAMPLES

    for name, src in (("huawei", huawei_dir), ("examples", EXAMPLES / "averly-rail")):
        report = build([str(src)], BuildOptions(out=tmp_path / name, outputs=("json",)))
        assert (report.stories, report.off_topic) == (1, 0), name
        assert json.loads((tmp_path / name / "story.json").read_text())["off_topic"] == []


def test_a_renderer_change_re_renders_without_a_corpus_stage_and_a_corpus_change_rebuilds(tmp_path, monkeypatch):
    """Two stamps: the corpus stage's (documents, analysis and corpus code, options) and the
    renderers' (that stamp, render code and styles, --outputs). A change of CSS or of
    --outputs writes the folders again from the stored story.json, no story rebuilt; a
    change of the corpus stage's code rebuilds every story."""
    from storyline import storybuild

    feed = tmp_path / "feed"
    _write(feed, DAM + TRANSFER + STRAY, "x")
    out = tmp_path / "out"
    first = build([str(feed)], BuildOptions(out=out, outputs=("json",)))
    assert first.stories == 2 and first.stories_rebuilt == 2
    sids = [sid for sid, _, _ in _summary(out)]
    other = out / "stories" / sids[1]
    assert not (other / "report.html").exists()
    before = (other / "story.json").read_bytes()

    # --outputs: the missing files are rendered, nothing rebuilt
    again = build([str(feed)], BuildOptions(out=out))
    assert again.stories_rebuilt == 0
    assert (other / "report.html").exists() and (other / "story.md").exists()
    assert (other / "story.json").read_bytes() == before and (out / "report.html").exists()
    # unchanged: nothing rebuilt and the folders are not written again
    assert build([str(feed)], BuildOptions(out=out)).story_files == [p for p in again.story_files if p.parent == out]

    # an edit to the renderers (a style sheet): re-rendered, not rebuilt
    monkeypatch.setattr(storybuild, "render_fingerprint", lambda: "another style")
    (other / "report.html").write_text("old page")
    restyled = build([str(feed)], BuildOptions(out=out))
    assert restyled.stories_rebuilt == 0
    assert (other / "report.html").read_text() != "old page" and other / "report.html" in restyled.story_files

    # an edit to the corpus stage's code: every story is rebuilt
    monkeypatch.setattr(storybuild, "stage_fingerprint", lambda: "other corpus code")
    rebuilt = build([str(feed)], BuildOptions(out=out))
    assert rebuilt.stories_rebuilt == 2
    assert (other / "story.json").read_bytes() == before  # the same code in fact: the same story


def _stories_copy(tmp_path, name: str, edit):
    """resolve/stories.py imported from a copy with ``edit`` applied to its source."""
    import importlib.util

    src = Path(stories.__file__).read_text(encoding="utf-8")
    path = tmp_path / f"{name}.py"
    path.write_text(edit(src), encoding="utf-8")
    spec = importlib.util.spec_from_file_location(f"storyline.resolve.{name}", path)
    module = importlib.util.module_from_spec(spec)
    import sys

    sys.modules[spec.name] = module  # dataclasses look their module up while it runs
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


def test_the_features_version_follows_the_features_code_only(tmp_path):
    """The store's cache of detection features is keyed by a hash of the code that reads
    them: an edit to ``features`` (or a constant it reads) changes it; an edit to the
    clustering does not (the cache stays)."""
    same = _stories_copy(tmp_path, "same", lambda s: s)
    assert same.features_version() == stories.features_version()
    lead = _stories_copy(tmp_path, "lead", lambda s: s.replace("LEAD_CHARS = 600", "LEAD_CHARS = 800"))
    body = _stories_copy(tmp_path, "body", lambda s: s.replace("lead = text[:LEAD_CHARS]", "lead = text[: LEAD_CHARS - 1]"))
    assert lead.features_version() != stories.features_version()
    assert body.features_version() != stories.features_version()
    clustering = _stories_copy(tmp_path, "clustering", lambda s: s.replace("JOIN = 0.55", "JOIN = 0.56"))
    assert clustering.features_version() == stories.features_version()


def test_a_story_s_sentences_are_read_for_its_documents_only(tmp_path):
    """The report's network reads the sentence bounds of the story's documents only (by
    id, from their analyses): the same bounds as the sentence index holds, no others."""
    from storyline import schema
    from storyline.render import network

    feed = tmp_path / "feed"
    _write(feed, DAM + TRANSFER + STRAY, "x")
    out = tmp_path / "out"
    build([str(feed)], BuildOptions(out=out, outputs=("json",)))
    every = network.store_sentences(out / "story.db")
    story = schema.Story.model_validate_json((out / "story.json").read_text())
    docs = {d.id for d in story.documents}
    assert len(every) == 7 and len(docs) == 3
    assert network.story_sentences(out / "story.db", story) == {d: b for d, b in every.items() if d in docs}
    assert network.store_sentences(out / "story.db", sorted(every), chunk=2) == every


def _merge_by_rescoring(clusters, idf, merge, beta, window_days):
    """The merge loop as it was first written: every pair rescored after each merge."""
    import numpy as np

    while len(clusters) > 1:
        cents = np.stack([c.centroid() for c in clusters])
        sims = cents @ cents.T
        grown = np.array([len(c.members) >= 2 for c in clusters])
        close = np.triu(sims >= merge - beta, k=1) & grown[:, None] & grown[None, :]
        best_pair, best_score = None, merge
        for a, b in np.argwhere(close):
            ca, cb = clusters[a], clusters[b]
            if window_days and stories._span_gap(ca, cb) > window_days and stories._name_overlap(ca, cb) < stories.WINDOW_ENTITIES:
                continue
            s = float(sims[a, b]) + beta * stories._cluster_overlap(ca, cb, idf)
            if s >= best_score:
                best_pair, best_score = (int(a), int(b)), s
        if best_pair is None:
            break
        a, b = best_pair
        clusters[a].absorb(clusters[b])
        del clusters[b]
    return clusters


@pytest.mark.parametrize("seed", range(12))
def test_the_merge_heap_merges_as_rescoring_every_pair_does(seed):
    """Stories merge the closest pair first; scoring each pair once (and again only when
    one side grew) gives the same stories as rescoring every pair after each merge, on
    random stories with shared names and dates far apart or near."""
    import datetime

    import numpy as np

    rng = np.random.default_rng(seed)

    def pile():
        topics = rng.normal(size=(4, 16))
        out = []
        for i in range(int(rng.integers(6, 30))):
            c = stories._Cluster(founder=f"d{i}")
            t = int(rng.integers(0, 4))
            for m in range(int(rng.integers(1, 4))):
                v = topics[t] + rng.normal(scale=0.8, size=16)
                keys = [f"k{t}{int(x)}" for x in rng.integers(0, 4, size=2)] + [f"n{int(rng.integers(0, 30))}"]
                when = datetime.date(2020, 1, 1) + datetime.timedelta(days=int(rng.integers(0, 400)))
                c.add(i * 10 + m, (v / np.linalg.norm(v)).astype(np.float32), keys, when, keys)
            out.append(c)
        return out

    idf = {f"k{t}{x}": 1.0 + x / 4 for t in range(4) for x in range(4)}
    merged = 0
    for merge, window in ((0.5, 45), (0.3, 0), (0.62, 45)):
        state = rng.bit_generator.state
        a = pile()
        rng.bit_generator.state = state
        b = pile()  # the same stories again (merging changes them in place)
        got = stories._merge(a, idf, merge, 0.35, window)
        want = _merge_by_rescoring(b, idf, merge, 0.35, window)
        assert [c.members for c in got] == [c.members for c in want]
        merged += len(a) - len(got)
    assert merged  # the bars let something merge: the comparison is not of two no-ops


def test_the_window_tested_on_every_story_at_once_is_the_gap_rule():
    """``_out_of_window`` (the assignment's time window, on every story at once) answers as
    ``_gap(story, day) > window`` story by story: dated or not, before, inside, after."""
    import datetime

    import numpy as np

    rng = np.random.default_rng(21)
    base = datetime.date(2020, 1, 1)
    for _ in range(200):
        clusters, rows = [], []
        for _ in range(int(rng.integers(1, 6))):
            c = stories._Cluster(founder="x")
            dated = rng.random() < 0.8
            for _ in range(int(rng.integers(1, 4))):
                when = base + datetime.timedelta(days=int(rng.integers(0, 300))) if dated else None
                c.add(0, np.ones(2, dtype=np.float32), [], when)
            clusters.append(c)
            rows.append((c.first.toordinal(), c.last.toordinal()) if c.first else (-1, -1))
        when = base + datetime.timedelta(days=int(rng.integers(-100, 400))) if rng.random() < 0.9 else None
        window = int(rng.choice([0, 10, 45]))
        got = stories._out_of_window(np.array(rows), when.toordinal() if when else -1, window)
        assert got.tolist() == [bool(window) and stories._gap(c, when) > window for c in clusters]


def _attach_story_by_story(clusters, vecs, doc_keys, names, dates, attach, beta, window_days):
    """The last look as it was first written: every grown story scored for each document
    (with round fifty-seven's discount: a key another grown story carries in a fifth of its
    members gives no credit)."""
    import numpy as np

    grown = [c for c in clusters if len(c.members) >= stories.GROWN]
    if not grown:
        return clusters
    cents = np.stack([g.centroid() for g in grown])
    for c in clusters:
        if len(c.members) >= stories.GROWN:
            continue
        moved = []
        for i in c.members:
            cos = cents @ vecs[i]
            scores, shared = [], []
            for j, g in enumerate(grown):
                far = stories._far(g, i, dates, names, window_days)
                broad = {k for k in doc_keys[i] if any(o is not g and 5 * o.keys.get(k, 0) >= len(o.members) for o in grown)}
                counts = Counter({k: v for k, v in g.keys.items() if k not in broad})
                ov = 0.0 if far else stories._overlap(doc_keys[i], g, counts)
                scores.append(-1.0 if far else float(cos[j]) + beta * ov)
                shared.append(ov)
            j = int(np.argmax(scores))
            # round fifty-eight: the cosine reaches the bar by itself, JOIN with no shared name
            if scores[j] >= attach and cos[j] >= (attach if shared[j] > 0 else stories.JOIN):
                moved.append((i, j))
        for i, j in moved:
            c.members.remove(i)
            grown[j].add(i, vecs[i], doc_keys[i], dates[i], names[i])
    return [c for c in clusters if c.members]


@pytest.mark.parametrize("seed", range(12))
def test_the_last_look_indexed_attaches_as_scoring_every_story_does(seed):
    """The small groups' last look tests the window on every story at once and computes
    overlaps only with the stories sharing a key or a name: the same documents move to
    the same stories as scoring every story for each document, on random piles with
    shared names and dates near and far (undated ones too)."""
    import datetime

    import numpy as np

    rng = np.random.default_rng(100 + seed)

    def pile():
        topics = rng.normal(size=(4, 16))
        out, vecs, keys_of, names_of, dates = [], [], [], [], []
        for i in range(int(rng.integers(8, 40))):
            c = stories._Cluster(founder=f"d{i}")
            t = int(rng.integers(0, 4))
            for _ in range(int(rng.choice([1, 1, 2, 3, 4, 6]))):
                v = topics[t] + rng.normal(scale=0.9, size=16)
                keys = {f"k{t}{int(x)}": 1.0 + int(x) / 4 for x in rng.integers(0, 5, size=2)}
                keys[f"n{int(rng.integers(0, 40))}"] = 1.5
                when = (datetime.date(2020, 1, 1) + datetime.timedelta(days=int(rng.integers(0, 500)))) if rng.random() < 0.9 else None
                k = len(vecs)
                vecs.append((v / np.linalg.norm(v)).astype(np.float32))
                keys_of.append(keys)
                names_of.append(dict.fromkeys(keys, 1.0))
                dates.append(when)
                c.add(k, vecs[k], keys, when, names_of[k])
            out.append(c)
        return out, np.stack(vecs), keys_of, names_of, dates

    moved = 0
    for attach, window in ((0.4, 45), (0.2, 0), (0.6, 10)):
        state = rng.bit_generator.state
        a, vecs, keys_of, names_of, dates = pile()
        rng.bit_generator.state = state
        b = pile()[0]  # the same groups again (attaching changes them in place)
        before = sum(len(c.members) for c in a if len(c.members) < stories.GROWN)
        got = stories._attach(a, vecs, keys_of, names_of, dates, attach, 0.35, window)
        want = _attach_story_by_story(b, vecs, keys_of, names_of, dates, attach, 0.35, window)
        assert [c.members for c in got] == [c.members for c in want]
        moved += before - sum(len(c.members) for c in got if len(c.members) < stories.GROWN and c.founder.startswith("d"))
    assert moved  # something moved: the comparison is not of two no-ops


def _pass_scoring_every_story(feats, vecs, join, beta, window_days):
    """The single pass as it was before: each document's cosine with every story so far."""
    import math

    import numpy as np

    n = len(feats)
    df = Counter(k for f in feats for k in f.entities)
    idf = {k: math.log((1 + n) / (1 + v)) + 1.0 for k, v in df.items()}
    doc_keys = []
    for f in feats:
        ranked = sorted(((c * idf[k], k) for k, c in f.entities.items() if n < 4 or df[k] <= stories.SUBJECT_SHARE * n), key=lambda x: (-x[0], x[1]))
        doc_keys.append({k: idf[k] for _, k in ranked[: stories.TOP_ENTITIES]})
    names = [{k: 1.0 for k, _ in sorted(f.entities.items(), key=lambda kv: (-kv[1], kv[0]))[: stories.TOP_ENTITIES]} for f in feats]
    dates = [stories._date(f.date) for f in feats]
    clusters = []
    for i, f in enumerate(feats):
        best, best_score = None, -1.0
        if clusters:
            cos = np.stack([c.centroid() for c in clusters]) @ vecs[i]
            for j in np.flatnonzero(cos >= join - beta):
                c = clusters[j]
                if stories._far(c, i, dates, names, window_days):
                    continue
                s = float(cos[j]) + beta * stories._overlap(doc_keys[i], c)
                if s > best_score:
                    best, best_score = int(j), s
        if best is None or best_score < join:
            clusters.append(stories._Cluster(founder=f.id))
            best = len(clusters) - 1
        clusters[best].add(i, vecs[i], doc_keys[i], dates[i], names[i])
    return [c.members for c in clusters]


@pytest.mark.parametrize("seed", range(8))
def test_the_pass_scoring_candidates_only_groups_as_scoring_every_story(seed, monkeypatch):
    """The single pass computes cosines only for the stories in a document's window or
    sharing one of its names: it groups as scoring every story did, on random piles of
    topics recurring years apart, some with their names, some without, undated ones too."""
    import datetime

    import numpy as np

    rng = np.random.default_rng(300 + seed)
    topics = rng.normal(size=(5, 16))
    feats, by_lead = [], {}
    for i in range(int(rng.integers(20, 70))):
        t = int(rng.integers(0, 5))
        v = topics[t] + rng.normal(scale=0.7, size=16)
        lead = f"lead {i}"
        by_lead[lead] = (v / np.linalg.norm(v)).astype(np.float32)
        ents = Counter({f"t{t}n{int(x)}": int(rng.integers(1, 4)) for x in rng.integers(0, 3, size=int(rng.integers(0, 4)))})
        ents.update({f"x{int(rng.integers(0, 50))}": 1})
        era = int(rng.integers(0, 3)) * 400
        when = datetime.date(2015, 1, 1) + datetime.timedelta(days=era + int(rng.integers(0, 90)))
        feats.append(stories.DocFeatures(id=f"d{i:03d}", date=when.isoformat() if rng.random() < 0.9 else None, lead=lead, entities=ents))
    seen = {}
    real_merge = stories._merge

    def spy(clusters, *args):
        seen["pass"] = [list(c.members) for c in clusters]
        return real_merge(clusters, *args)

    monkeypatch.setattr(stories, "_merge", spy)
    stories.detect(feats, lambda texts: np.stack([by_lead[t] for t in texts]))
    order = sorted(range(len(feats)), key=lambda i: (feats[i].date is None, feats[i].date or "", feats[i].id))
    ordered = [feats[i] for i in order]
    want = _pass_scoring_every_story(ordered, np.stack([by_lead[f.lead] for f in ordered]), stories.JOIN, stories.BETA, stories.WINDOW_DAYS)
    assert seen["pass"] == want
    assert any(len(m) > 1 for m in want) and len(want) > 1  # the pass grouped some and split some


def _subject_pile(sub_cos: float, sub_names_subject: bool):
    """Six documents of a main story, three of a sub-story (at ``sub_cos`` from it, naming
    the pile's subject or not) and three of another story: DocFeatures and an embedder."""
    import numpy as np

    e = np.eye(4, dtype=np.float32)
    sub = sub_cos * e[0] + float(np.sqrt(1 - sub_cos**2)) * e[1]
    feats, vec = [], {}
    for i in range(6):
        feats.append(stories.DocFeatures(id=f"m{i}", date="2010-01-14", lead=f"main {i}",
                                         entities=Counter({"haiti": 2, "port-au-prince": 1, f"rescuer{i}": 1})))
        vec[f"main {i}"] = e[0]
    for i in range(3):
        names = Counter({"clooney": 1, "telethon": 1, f"star{i}": 1})
        if sub_names_subject:
            names["haiti"] = 1
        feats.append(stories.DocFeatures(id=f"s{i}", date="2010-01-22", lead=f"sub {i}", entities=names))
        vec[f"sub {i}"] = sub
    for i in range(3):
        feats.append(stories.DocFeatures(id=f"o{i}", date="2010-01-20", lead=f"other {i}",
                                         entities=Counter({"apple": 1, "cupertino": 1})))
        vec[f"other {i}"] = e[2]

    def embed(texts):
        return np.stack([vec[t] for t in texts])

    return feats, embed


def test_a_sub_story_naming_the_pile_s_subject_joins_the_main_story():
    """In a one-subject pile ("haiti": 9 of 12 documents) the subject is not scored, so a
    sub-story tied to the main story by the subject and a middling cosine (.5: below JOIN
    and MERGE without names) stays apart in the pass and the merge; it joins the main story
    at the end. Another story, not naming the subject, stays apart; in any order."""
    feats, embed = _subject_pile(0.5, True)
    det = stories.detect(feats, embed)
    assert sorted(det.main.documents) == sorted([f"m{i}" for i in range(6)] + [f"s{i}" for i in range(3)])
    assert [s.size for s in det.stories] == [9, 3] and not det.off_topic
    shuffled = feats[::-1]
    assert stories.detect(shuffled, embed).story_of() == det.story_of()


@pytest.mark.parametrize("sub_cos, names_subject", [(0.3, True), (0.5, False)])
def test_a_sub_story_joins_the_main_story_only_naming_the_subject_and_near_in_text(sub_cos, names_subject):
    """must-not-fire twins: a story naming the subject but far in text (a wire's name is a
    subject name in a wire's pile: its other stories name it too), or near in text but not
    naming the subject, stays a story of its own."""
    feats, embed = _subject_pile(sub_cos, names_subject)
    det = stories.detect(feats, embed)
    assert [s.size for s in det.stories] == [6, 3, 3]


def test_no_subject_no_sub_story_merge():
    """must-not-fire twin: with no name in more than half the pile (a mixed feed) nothing
    joins the main story on this ground."""
    feats, embed = _subject_pile(0.5, True)
    for f in feats[:6]:
        del f.entities["haiti"]
    det = stories.detect(feats, embed)
    assert [s.size for s in det.stories] == [6, 3, 3]


def test_the_corpus_stage_forgets_each_story_s_names(tmp_path, monkeypatch):
    """The memoised name keys are emptied after each story built (one story's names held,
    not the pile's); stories reused from the store build nothing and empty nothing."""
    from storyline import storybuild
    from storyline.analyse import names

    calls = []
    real = names.forget_names
    monkeypatch.setattr(names, "forget_names", lambda: (calls.append(1), real()))
    feed = tmp_path / "feed"
    _write(feed, DAM + TRANSFER + CHIPS + STRAY, "x")
    build([str(feed)], BuildOptions(out=tmp_path / "out"))
    assert len(calls) == 3 and storybuild.names is names
    calls.clear()
    build([str(feed)], BuildOptions(out=tmp_path / "out"))
    assert calls == []


def test_forget_names_empties_every_sizeable_name_cache():
    """Every memoised name helper bounded above one entry is among those emptied (a new
    one added to names.py and not there fails here)."""
    from storyline.analyse import names

    for f in (names.simple_key, names.core_name, names.org_key, names.parse_person, names.defined_acronym):
        f("Priya Natarajan")
    names.person_tokens("Priya Natarajan")
    names.nickname_pair("bob", "robert")
    sizeable = [f for f in vars(names).values()
                if hasattr(f, "cache_info") and (f.cache_info().maxsize or 2**31) > 1]
    assert sizeable and all(f.cache_info().currsize for f in sizeable)
    names.forget_names()
    assert all(f.cache_info().currsize == 0 for f in sizeable)
