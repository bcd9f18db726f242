"""schemathesis against the running server's OpenAPI document: no server error, responses as documented.

Bounded: a few derandomized examples per operation and generation mode (uploads
start real add jobs). The cases are drawn with hypothesis directly rather than
through schemathesis' pytest plugin, whose lazy fixtures fail under pytest 9.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode

from storyline.serve import create_app

from test_serve_support import SCRIPT, copy_store, huawei_store, serving  # noqa: F401

pytestmark = pytest.mark.slow
EXAMPLES = 6


@pytest.fixture(scope="module")
def api_schema(huawei_store, tmp_path_factory):
    store = copy_store(huawei_store, tmp_path_factory.mktemp("serve-schema") / "story.db")
    with serving(create_app(store, max_upload_bytes=256 * 1024)) as url:
        yield schemathesis.openapi.from_url(f"{url}/openapi.json")


OPERATIONS = ["GET /api/story", "GET /api/stats", "GET /api/entities", "GET /api/documents", "GET /api/documents/{doc_id}",
              "GET /api/search", "GET /api/ask", "POST /api/add", "GET /api/jobs", "GET /api/jobs/{job_id}",
              "GET /api/stories", "GET /api/stories/{story_id}", "GET /api/people"]
# operations whose parameters or body can be made invalid (the others have nothing to negate)
NEGATABLE = ["GET /api/search", "GET /api/ask", "POST /api/add", "GET /api/stories/{story_id}", "GET /api/people"]


def test_every_api_operation_is_fuzzed(api_schema):
    found = {f"{op.ok().method.upper()} {op.ok().path}" for op in api_schema.get_all_operations()}
    assert found == set(OPERATIONS)


def _fuzz(api_schema, label: str, mode: GenerationMode) -> None:
    method, path = label.split(" ", 1)
    operation = api_schema[path][method]
    excluded = []
    if label == "POST /api/add":
        # whether an upload is readable depends on its file name and content, which a
        # JSON Schema cannot say: a schema-valid body may rightly get 400
        excluded = [schemathesis.checks.positive_data_acceptance]

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES, derandomize=True, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    def check(case):
        case.call_and_validate(timeout=120, excluded_checks=excluded, headers=SCRIPT)

    check()


@pytest.mark.parametrize("label", OPERATIONS)
def test_valid_requests_conform_to_the_openapi_document(api_schema, label):
    _fuzz(api_schema, label, GenerationMode.POSITIVE)


@pytest.mark.parametrize("label", NEGATABLE)
def test_invalid_requests_are_refused_without_a_server_error(api_schema, label):
    _fuzz(api_schema, label, GenerationMode.NEGATIVE)
