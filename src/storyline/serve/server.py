"""Start the web app with uvicorn, refusing unsafe binds."""

from __future__ import annotations

import os
from pathlib import Path

from .security import is_loopback

TOKEN_ENV = "STORYLINE_TOKEN"


class RefuseToStart(RuntimeError):
    """The server will not start as asked (e.g. a public bind without a token)."""


def resolve_token(host: str, token: str | None) -> str | None:
    """The token to require (argument, else env STORYLINE_TOKEN); refuses a non-loopback host without one."""
    token = token or os.environ.get(TOKEN_ENV) or None
    if not is_loopback(host) and not token:
        raise RefuseToStart(
            f"refusing to listen on {host!r} without a token: anyone who can reach it could read and add "
            f"articles. Pass --token T (or set {TOKEN_ENV}); clients then send 'Authorization: Bearer T', "
            "or open the page once with ?token=T."
        )
    return token


def run(store: Path, host: str = "127.0.0.1", port: int = 8000, token: str | None = None,
        max_upload_bytes: int | None = None) -> None:
    """Serve the store until interrupted."""
    import uvicorn

    from .app import create_app

    token = resolve_token(host, token)
    app = create_app(Path(store), token=token, max_upload_bytes=max_upload_bytes)
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False, proxy_headers=False)
