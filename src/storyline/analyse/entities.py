"""Named-entity mentions and their descriptions in one document (issue: entities)."""

from __future__ import annotations

from ..types import DescriptionSpan, DocAnalysis, Mention


def extract(sdoc, analysis: DocAnalysis) -> tuple[list[Mention], list[DescriptionSpan]]:
    mentions = []
    for ent in sdoc.ents:
        mentions.append(Mention(start=ent.start_char, end=ent.end_char, text=ent.text, label=ent.label_))
    return mentions, []
