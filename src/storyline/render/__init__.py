"""Renderers: story.json, story.md (+ timeline picture), report.html."""
