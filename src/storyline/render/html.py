"""report.html: the whole story in one self-contained, offline page.

The page is ``templates/report.html`` with ``report.css`` and ``report.js`` inlined and
the story embedded as JSON in ``<script type="application/json">``. Nothing is
fetched: no CDN, no fonts, no images but inline SVG, and a Content-Security-Policy
that allows only the page's own inline script and style (by hash) and no network.

Untrusted text: the JSON has ``<``, ``>`` and ``&`` escaped as ``\\u003c`` etc., so no
article can close the script element; the script builds every node with
``textContent``. Offsets: story.json counts Python code points; JavaScript strings
count UTF-16 code units, so every offset is converted here (an emoji before a span
would otherwise shift it).
"""

from __future__ import annotations

import base64
import bisect
import hashlib
import html
import json
import re
from pathlib import Path

from .. import schema
from . import network as r_network
from . import profiles as r_profiles
from . import timeline as r_timeline
from .files import write_atomic

TEMPLATES = Path(__file__).resolve().parent / "templates"
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")
_PLACEHOLDER = re.compile(r"\{\{([A-Z]+)\}\}")


def _asset(name: str) -> str:
    return (TEMPLATES / name).read_text(encoding="utf-8")


class _Utf16:
    """Code-point offset -> UTF-16 offset for one text (identity when nothing is astral)."""

    def __init__(self, text: str):
        self.astral = [m.start() for m in _ASTRAL.finditer(text)]

    def __call__(self, i: int) -> int:
        return i + bisect.bisect_left(self.astral, i) if self.astral else i


def _convert_spans(node, maps: dict[str, _Utf16]):
    """Rewrite every {doc, start, end} below ``node`` to UTF-16 offsets, in place."""
    if isinstance(node, dict):
        doc = node.get("doc")
        if isinstance(doc, str) and doc in maps and isinstance(node.get("start"), int) and isinstance(node.get("end"), int):
            conv = maps[doc]
            node["start"], node["end"] = conv(node["start"]), conv(node["end"])
        for value in node.values():
            _convert_spans(value, maps)
    elif isinstance(node, list):
        for item in node:
            _convert_spans(item, maps)


def view_model(story: schema.Story, sentences: r_network.Sentences | None = None) -> dict:
    """The data the page renders: the story, its entity profiles, offsets in UTF-16.
    ``sentences``: the parser's sentence bounds per document (from the store), which the
    network's co-mentions count in, as the network export does; without them, a rule."""
    data = story.model_dump(mode="json")
    data["profiles"] = [p.model_dump(mode="json") for p in r_profiles.build(story)]
    # laid out here: the page draws plain SVG
    data["network"] = r_network.view_model(story, sentences=sentences)
    # the timeline's key dates, chosen as the TLS mode chooses days (render/timeline.py)
    data["key_dates"] = [{"date": k.date, "events": k.events, "sources": k.sources} for k in r_timeline.key_dates(story)]
    maps = {d["id"]: _Utf16(d["text"]) for d in data["documents"]}
    for d in data["documents"]:
        conv = maps[d["id"]]
        if not conv.astral:
            continue
        for h in d.get("headings", []):
            h["start"], h["end"] = conv(h["start"]), conv(h["end"])
        for r in d.get("removed", []):
            r["at"] = conv(r["at"])
    _convert_spans({k: v for k, v in data.items() if k != "documents"}, maps)
    for d in data["documents"]:
        _convert_spans(d.get("published", {}), maps)
    for b in data.get("brief", []):  # a brief name's offsets are into the item's own text
        conv = _Utf16(b["text"])
        for n in b.get("names", []):
            n["start"], n["end"] = conv(n["start"]), conv(n["end"])
    data["offsets"] = "utf-16"
    return data


def embed_json(data) -> str:
    """JSON safe inside a <script> element: no '<', '>' or '&' survives as itself."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _sha256(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


def csp(script: str, style: str) -> str:
    """Only this page's own script and style run; no network, no forms, no frames."""
    return "; ".join(
        [
            "default-src 'none'",
            f"script-src {_sha256(script)}",
            f"style-src {_sha256(style)}",
            "img-src data:",
            "connect-src 'none'",
            "font-src 'none'",
            "media-src 'none'",
            "object-src 'none'",
            "frame-src 'none'",
            "worker-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )


def title(story: schema.Story) -> str:
    """A page title from the story's most salient entities."""
    names = [e.name for e in sorted(story.entities, key=r_profiles.salience)[:3]]
    n = len(story.documents)
    lead = " · ".join(names) if names else "Story"
    return f"{lead} — {n} article{'s' if n != 1 else ''}"


def render(story: schema.Story, sentences: r_network.Sentences | None = None) -> str:
    """The report as one HTML string (``sentences`` as for :func:`view_model`)."""
    style = _asset("report.css")
    script = _asset("report.js")
    for name, asset in (("report.js", script), ("report.css", style)):
        if re.search(r"</(script|style)", asset, re.IGNORECASE):
            raise ValueError(f"{name} must not contain a closing </script> or </style> tag")
    values = {
        "CSP": html.escape(csp(script, style), quote=False).replace('"', "&quot;"),
        "TITLE": html.escape(title(story), quote=True),
        "STYLE": style,
        "SCRIPT": script,
        "DATA": embed_json(view_model(story, sentences)),
    }
    # one pass over the template: text substituted in is never scanned again, so an
    # article containing "{{SCRIPT}}" stays text
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], _asset("report.html"))


def write(story: schema.Story, out_dir: Path, sentences: r_network.Sentences | None = None) -> Path:
    """Write ``out_dir/report.html`` and return its path."""
    return write_atomic(Path(out_dir) / "report.html", render(story, sentences))
