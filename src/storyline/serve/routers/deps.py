"""What routes depend on, read from the app's state (set once by ``create_app``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

from fastapi import Depends, Query, Request

from .. import models as m
from .. import search as a_search
from ..jobs import Job, Jobs
from ..queries import DocMeta, StoreView

DATE = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"


@dataclass(frozen=True)
class Settings:
    """The app's fixed settings: where the store is and how large a request body may be."""

    store_path: Path
    upload_limit: int


# async: FastAPI runs plain-def dependencies in a worker thread, needless for reading app.state
async def get_view(request: Request) -> StoreView:
    return request.app.state.view


async def get_index(request: Request) -> a_search.SemanticIndex:
    return request.app.state.index


async def get_jobs(request: Request) -> Jobs:
    return request.app.state.jobs


async def get_settings(request: Request) -> Settings:
    return request.app.state.settings


View = Annotated[StoreView, Depends(get_view)]
Index = Annotated[a_search.SemanticIndex, Depends(get_index)]
JobQueue = Annotated[Jobs, Depends(get_jobs)]
AppSettings = Annotated[Settings, Depends(get_settings)]


def filters(
    entity: Annotated[str | None, Query(max_length=200, description="story entity id, name or alias")] = None,
    outlet: Annotated[str | None, Query(max_length=200)] = None,
    date_from: Annotated[str | None, Query(pattern=DATE, description="YYYY[-MM[-DD]]")] = None,
    date_to: Annotated[str | None, Query(pattern=DATE, description="YYYY[-MM[-DD]]")] = None,
) -> a_search.Filters:
    """The filters search and ask share, as query parameters."""
    return a_search.Filters(entity=entity, outlet=outlet, date_from=date_from, date_to=date_to)


Filters = Annotated[a_search.Filters, Depends(filters)]


def summary(meta: DocMeta | None) -> m.DocumentSummary | None:
    if meta is None:
        return None
    return m.DocumentSummary(id=meta.id, title=meta.title, outlet=meta.outlet, published=meta.published,
                             length=meta.length, source=meta.source)


def job_status(job: Job) -> m.JobStatus:
    return m.JobStatus(**job.view())
