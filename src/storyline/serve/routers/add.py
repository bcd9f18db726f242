"""Add articles (files or pasted text) as a background job, and follow the jobs."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse

from .. import models as m
from .. import uploads
from .deps import AppSettings, JobQueue, job_status

router = APIRouter(prefix="/api", tags=["add"])

_PASTED = {"type": "string", "minLength": 1, "pattern": r"\S", "description": "pasted article text"}
_META = {k: {"type": "string"} for k in ("title", "outlet", "date", "url")}
ADD_BODY = {
    "required": True,
    "description": "Files and/or pasted text. A file is read by its extension (.txt, .html/.htm, .jsonl); "
                   "one of another type, or empty, is refused (400) when nothing else in the request is readable.",
    "content": {
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "properties": {
                    "files": {"type": "array", "minItems": 1, "items": {"type": "string", "format": "binary"},
                              "description": ".txt, .html/.htm or .jsonl files"},
                    "text": _PASTED, **_META,
                },
                "anyOf": [{"required": ["files"]}, {"required": ["text"]}],
            }
        },
        "application/json": {
            "schema": {"type": "object", "properties": {"text": _PASTED, **_META}, "required": ["text"]}
        },
    },
}


@router.post("/add", status_code=202, response_model=m.JobStatus, openapi_extra={"requestBody": ADD_BODY},
             responses={400: {"description": "nothing readable to add"},
                        403: {"description": "maybe a cross-site form: a foreign Origin, or no or a 'null' Origin "
                                             "without the header X-Storyline-Request (or the token)"},
                        413: {"description": "request body over the limit"},
                        415: {"description": "not multipart/form-data, form-urlencoded or JSON"},
                        422: {"description": "a JSON body that is not an object of strings with 'text', "
                                             "a 'files' part that is not a file, or a form field given more than once"}})
async def add(request: Request, jobs: JobQueue, settings: AppSettings):
    """Add articles (files or pasted text); analysis and the story rebuild run in the background: follow /api/jobs/{id}."""
    try:
        records, problems = await uploads.from_request(request, settings.upload_limit)
    except uploads.Refused as e:
        raise HTTPException(e.status, e.detail) from None
    if not records:
        detail = "; ".join(f"{p.source}: {p.message}" for p in problems) or "nothing to add: send files or text"
        raise HTTPException(400, detail)
    job = jobs.submit(records, problems)
    return JSONResponse(job_status(job).model_dump(mode="json"), status_code=202,
                        headers={"location": f"/api/jobs/{job.id}"})


@router.get("/jobs", response_model=list[m.JobStatus])
def list_jobs(jobs: JobQueue):
    """Recent add jobs, oldest first."""
    return [job_status(j) for j in jobs.all()]


@router.get("/jobs/{job_id}", response_model=m.JobStatus, responses={404: {"description": "no such job"}})
def get_job(job_id: str, jobs: JobQueue):
    """An add job's progress and outcome."""
    job = jobs.get(job_id)
    if job is None:
        raise HTTPException(404, "no such job")
    return job_status(job)
