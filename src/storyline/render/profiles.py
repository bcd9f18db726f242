"""Entity profiles: for each main entity, what the story says about it, each item cited.

A profile gathers, from a finished ``schema.Story``, an entity's descriptions (roles and
appositions, each with its span), the quotes it said, the figures it claimed, the
events it took part in and the conflicts it is a party to. Items are referred to by
id (quotes, figures, events, conflicts all carry their spans), so a profile adds no
text of its own: nothing is invented, and story.json stays as it is. Renderers call
``build(story)``.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from .. import schema

_LEADING = re.compile(r"^(the|a|an|its|his|her|their)\s+", re.IGNORECASE)


class Profile(BaseModel):
    entity: str = Field(description="entity id")
    name: str
    type: str
    aliases: list[str] = Field(default_factory=list)
    mentions: int = 0
    documents: list[str] = Field(default_factory=list, description="ids of the documents that name it")
    descriptions: list[schema.Description] = Field(default_factory=list, description="distinct descriptions, first span each")
    quotes: list[str] = Field(default_factory=list, description="ids of the quotes it said")
    figures: list[str] = Field(default_factory=list, description="ids of the figures it claimed")
    events: list[str] = Field(default_factory=list, description="ids of the events it took part in")
    conflicts: list[str] = Field(default_factory=list, description="ids of the conflicts it is a party to")
    first: schema.Span | None = Field(None, description="its first mention")


def _key(text: str) -> str:
    return _LEADING.sub("", " ".join(text.split()).strip(" ,.;:")).lower()


def _resolver(story: schema.Story):
    """Map a speaker/claimant/actor reference (an entity id, or a name) to an entity id."""
    ids = {e.id for e in story.entities}
    names: dict[str, str] = {}
    for e in sorted(story.entities, key=lambda e: (-len(e.mentions), e.id)):
        for n in [e.name, *e.aliases]:
            names.setdefault(n.casefold(), e.id)

    def resolve(ref: str | None) -> str | None:
        if not ref:
            return None
        if ref in ids:
            return ref
        return names.get(ref.casefold())

    return resolve


# Who and where a story is about; nationalities, languages and the like come after.
NAMED_TYPES = {"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}


def salience(entity: schema.Entity) -> tuple:
    """Sort key, most salient first: named types, documents naming it, mentions, name."""
    return (
        entity.type not in NAMED_TYPES,
        -len({m.doc for m in entity.mentions}),
        -len(entity.mentions),
        entity.name.casefold(),
        entity.id,
    )


def build(story: schema.Story, limit: int | None = None, min_mentions: int = 2) -> list[Profile]:
    """Profiles of the main entities, most salient first.

    Main: named at least ``min_mentions`` times, or speaking, claiming or acting in the
    story. ``limit`` caps how many are returned.
    """
    resolve = _resolver(story)
    profiles = {
        e.id: Profile(
            entity=e.id,
            name=e.name,
            type=e.type,
            aliases=list(e.aliases),
            mentions=len(e.mentions),
            documents=sorted({m.doc for m in e.mentions}),
            first=min(e.mentions, key=lambda m: (m.doc, m.start)) if e.mentions else None,
        )
        for e in story.entities
    }
    for e in story.entities:
        seen: set[str] = set()
        for d in sorted(e.descriptions, key=lambda d: (d.span.doc, d.span.start)):
            k = _key(d.text)
            if k and k not in seen:
                seen.add(k)
                profiles[e.id].descriptions.append(d)
    for q in story.quotes:
        if (eid := resolve(q.speaker)) in profiles:
            profiles[eid].quotes.append(q.id)
    for f in story.figures:
        if (eid := resolve(f.claimant)) in profiles:
            profiles[eid].figures.append(f.id)
    for ev in story.events:
        for actor in dict.fromkeys(ev.actors):
            if (eid := resolve(actor)) in profiles:
                profiles[eid].events.append(ev.id)
    for c in story.conflicts:
        for claimant in dict.fromkeys(c.claimants):
            if (eid := resolve(claimant)) in profiles:
                profiles[eid].conflicts.append(c.id)
    by_id = {e.id: e for e in story.entities}
    main = [
        p
        for p in profiles.values()
        if p.mentions >= min_mentions or p.quotes or p.figures or p.events
    ]
    main.sort(key=lambda p: salience(by_id[p.entity]))
    return main[:limit] if limit is not None else main
