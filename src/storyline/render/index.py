"""DIR/index.html and DIR/stories.json: the stories of a pile, each linking to its folder."""

from __future__ import annotations

import html
import json
from pathlib import Path

from .files import write_atomic


def stories_json(stories: list[dict], off_topic: list[dict]) -> str:
    """``stories``: dicts with id, label, size, span, top_entities (resolve.stories.StoryGroup.as_dict)."""
    del off_topic  # listed in the main story.json and on the index page
    return json.dumps(stories, ensure_ascii=False, indent=1) + "\n"


def render(stories: list[dict], off_topic: list[dict]) -> str:
    e = html.escape
    rows = []
    for n, s in enumerate(stories):
        start, end = s["span"]
        span = f"{start or '?'} – {end or '?'}" if start or end else "undated"
        main = " (main story: story.json, report.html)" if n == 0 else ""
        rows.append(
            f'<tr><td><a href="stories/{e(s["id"])}/report.html">{e(s["label"])}</a>{main}</td>'
            f"<td>{s['size']}</td><td>{e(span)}</td><td>{e(', '.join(s['top_entities']))}</td>"
            f'<td><a href="stories/{e(s["id"])}/story.json">{e(s["id"])}</a></td></tr>'
        )
    strays = "".join(f"<li>{e(d.get('title') or d['doc'])} <small>{e(', '.join(d.get('sources', [])))}</small>"
                     + (f"<br><small>{e(d['reason']['text'])}</small>" if d.get("reason") else "") + "</li>" for d in off_topic)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Stories</title>
<style>body{{font-family:sans-serif;max-width:70em;margin:2em auto}}td,th{{padding:.3em .6em;text-align:left;vertical-align:top}}</style>
</head><body>
<h1>{len(stories)} {"story" if len(stories) == 1 else "stories"}</h1>
<table><thead><tr><th>Story</th><th>Documents</th><th>Dates</th><th>Top entities</th><th>Id</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table>
<h2>Off-topic ({len(off_topic)})</h2>
<p>Documents that matched no story: left out of every story.</p>
<ul>{strays}</ul>
</body></html>
"""


def write(stories: list[dict], off_topic: list[dict], out: Path) -> list[Path]:
    out = Path(out)
    return [write_atomic(out / "stories.json", stories_json(stories, off_topic)),
            write_atomic(out / "index.html", render(stories, off_topic))]
