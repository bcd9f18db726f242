"""The entity network (``render.network``) as GEXF 1.3 (Gephi) and GraphML.

Written with the standard library's XML writer (networkx is only a test dependency
here: the tests read both files back with it). Node attributes: ``name`` (also the
GEXF label), ``type``, ``mentions``, ``documents``. Edge attributes: ``kind``
(co-mention | quote | conflict), ``weight``, ``speaker`` (quote edges), and
``evidence``: the cited spans as ``doc:start-end`` separated by spaces, with
``evidence_text``, the text of the first span.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from .. import schema
from . import network
from .files import write_atomic

# characters XML 1.0 cannot hold (control characters but tab, newline, return): an
# article may carry them, and one would make the whole file unreadable
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _x(text: object) -> str:
    return _NOT_XML.sub("\ufffd", str(text))


NODE_ATTRS = [("type", "string"), ("mentions", "integer"), ("documents", "integer")]
EDGE_ATTRS = [
    ("kind", "string"),
    ("speaker", "string"),
    ("evidence", "string"),
    ("evidence_text", "string"),
]


def _evidence(e: network.Edge, texts: dict[str, str]) -> tuple[str, str]:
    spans = " ".join(f"{s.doc}:{s.start}-{s.end}" for s in e.evidence)
    first = e.evidence[0] if e.evidence else None
    text = texts.get(first.doc, "")[first.start : first.end] if first else ""
    return spans, " ".join(text.split())


def _edge_values(e: network.Edge, texts: dict[str, str]) -> dict[str, str]:
    spans, text = _evidence(e, texts)
    return {
        "kind": e.kind,
        "speaker": e.speaker or "",
        "evidence": spans,
        "evidence_text": text,
    }


def _xml(root: ET.Element) -> bytes:
    for el in root.iter():
        if el.text:
            el.text = _x(el.text)
        for k, v in el.attrib.items():
            el.attrib[k] = _x(v)
    ET.indent(root)
    buf = io.BytesIO()
    ET.ElementTree(root).write(buf, encoding="utf-8", xml_declaration=True)
    return buf.getvalue()


def gexf(story: schema.Story, sentences: network.Sentences | None = None) -> bytes:
    net = network.build(story, sentences)
    texts = {d.id: d.text for d in story.documents}
    root = ET.Element("gexf", {"xmlns": "http://gexf.net/1.3", "version": "1.3"})
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "creator").text = "storyline"
    ET.SubElement(
        meta, "description"
    ).text = "entity network: co-mention in a sentence, quotes about, conflicts between"
    graph = ET.SubElement(
        root, "graph", {"defaultedgetype": "undirected", "mode": "static"}
    )
    attrs = ET.SubElement(graph, "attributes", {"class": "node"})
    for i, (name, kind) in enumerate(NODE_ATTRS):
        ET.SubElement(attrs, "attribute", {"id": str(i), "title": name, "type": kind})
    attrs = ET.SubElement(graph, "attributes", {"class": "edge"})
    for i, (name, kind) in enumerate(EDGE_ATTRS):
        ET.SubElement(attrs, "attribute", {"id": str(i), "title": name, "type": kind})
    nodes = ET.SubElement(graph, "nodes")
    for n in net.nodes:
        el = ET.SubElement(nodes, "node", {"id": n.id, "label": n.name})
        values = ET.SubElement(el, "attvalues")
        for i, (name, _) in enumerate(NODE_ATTRS):
            ET.SubElement(
                values, "attvalue", {"for": str(i), "value": str(getattr(n, name))}
            )
    edges = ET.SubElement(graph, "edges")
    for e in net.edges:
        el = ET.SubElement(
            edges,
            "edge",
            {
                "id": e.id,
                "source": e.source,
                "target": e.target,
                "label": e.kind,
                "weight": str(e.weight),
            },
        )
        values = ET.SubElement(el, "attvalues")
        ev = _edge_values(e, texts)
        for i, (name, _) in enumerate(EDGE_ATTRS):
            ET.SubElement(values, "attvalue", {"for": str(i), "value": ev[name]})
    return _xml(root)


def graphml(story: schema.Story, sentences: network.Sentences | None = None) -> bytes:
    net = network.build(story, sentences)
    texts = {d.id: d.text for d in story.documents}
    root = ET.Element("graphml", {"xmlns": "http://graphml.graphdrawing.org/xmlns"})
    keys = [
        ("node", "name", "string"),
        *(("node", n, "int" if t == "integer" else t) for n, t in NODE_ATTRS),
    ]
    keys += [("edge", "weight", "int"), *(("edge", n, t) for n, t in EDGE_ATTRS)]
    ids = {}
    for i, (owner, name, kind) in enumerate(keys):
        ids[(owner, name)] = f"d{i}"
        ET.SubElement(
            root,
            "key",
            {"id": f"d{i}", "for": owner, "attr.name": name, "attr.type": kind},
        )
    graph = ET.SubElement(
        root, "graph", {"id": "entities", "edgedefault": "undirected"}
    )
    for n in net.nodes:
        el = ET.SubElement(graph, "node", {"id": n.id})
        for name in ("name", "type", "mentions", "documents"):
            ET.SubElement(el, "data", {"key": ids[("node", name)]}).text = str(
                getattr(n, name)
            )
    for e in net.edges:
        el = ET.SubElement(
            graph, "edge", {"id": e.id, "source": e.source, "target": e.target}
        )
        ET.SubElement(el, "data", {"key": ids[("edge", "weight")]}).text = str(e.weight)
        for name, value in _edge_values(e, texts).items():
            ET.SubElement(el, "data", {"key": ids[("edge", name)]}).text = value
    return _xml(root)


def write(
    story: schema.Story,
    path: Path,
    fmt: str,
    sentences: network.Sentences | None = None,
) -> Path:
    data = gexf(story, sentences) if fmt == "gexf" else graphml(story, sentences)
    return write_atomic(Path(path), data)
