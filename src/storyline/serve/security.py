"""Request guards, as plain ASGI middleware: token, host/origin checks, body size limit.

- With a token, every request must carry it: ``Authorization: Bearer T``, the
  ``token`` query parameter, or the ``storyline_token`` cookie (set when a page
  is opened with ``?token=``, so the page's own requests carry it). Otherwise 401.
- Without a token (loopback only), the Host header must name a loopback address
  (a DNS-rebinding page cannot reach the app).
- Cross-site writes: a request that changes state (POST, PUT, PATCH, DELETE) with a
  foreign Origin is refused (403). One with ``Origin: null`` (a sandboxed iframe, a
  page with ``Referrer-Policy: no-referrer``) or no Origin at all is refused too
  unless it proves it is not a cross-site form: it carries the header
  ``X-Storyline-Request`` (a form cannot set headers, and a cross-origin script that
  sets one needs a CORS preflight this server never grants), or the token in the
  ``Authorization`` header or the query string (a foreign page does not know it). A
  cookie is no such proof: browsers send cookies to every port of a host, and a page
  on another local port is "same-site", so even a ``SameSite=Strict`` cookie rides
  along with its forms. The app's own pages send the header; scripts and curl add
  ``-H 'X-Storyline-Request: 1'``.
- Request bodies above the limit get 413 before the app sees them: at once from
  Content-Length, or as soon as a streamed body passes the limit.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
from http.cookies import SimpleCookie
from urllib.parse import parse_qs, quote, urlencode, urlsplit

COOKIE = "storyline_token"
LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}
UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
REQUEST_HEADER = "x-storyline-request"  # any non-empty value; see the module docstring


def is_loopback(host: str) -> bool:
    """True for localhost names and loopback IP addresses (127.0.0.0/8, ::1)."""
    host = host.strip().strip("[]").lower()
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _host_only(hostport: str) -> str:
    if hostport.startswith("["):
        return hostport[1 : hostport.find("]")] if "]" in hostport else hostport
    return hostport.rsplit(":", 1)[0] if hostport.count(":") == 1 else hostport


def _headers(scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}


async def _send_json(send, status: int, detail: str, extra: list[tuple[bytes, bytes]] | None = None) -> None:
    body = json.dumps({"detail": detail}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers + (extra or [])})
    await send({"type": "http.response.body", "body": body})


class Guard:
    """Token and same-origin checks."""

    def __init__(self, app, token: str | None = None):
        self.app = app
        self.token = token or None

    def _presented(self, scope, headers: dict[str, str]) -> tuple[str | None, str]:
        """The token the request carries, and where: 'authorization', 'query' or 'cookie'."""
        auth = headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            return auth[7:].strip(), "authorization"
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        if query.get("token"):
            return query["token"][0], "query"
        cookie = SimpleCookie()
        try:
            cookie.load(headers.get("cookie", ""))
        except Exception:  # a malformed Cookie header carries no token
            return None, "cookie"
        if COOKIE in cookie:
            return cookie[COOKIE].value, "cookie"
        return None, "cookie"

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = _headers(scope)
        if self.token is None:
            host = _host_only(headers.get("host", ""))
            if host and not is_loopback(host):
                return await _send_json(send, 421, "this server answers only on a loopback address")
        else:
            presented, where = self._presented(scope, headers)
            if presented is None or not hmac.compare_digest(presented.encode(), self.token.encode()):
                return await _send_json(send, 401, "a valid token is required", [(b"www-authenticate", b"Bearer")])
            if where == "query":
                cookie = f"{COOKIE}={self.token}; Path=/; HttpOnly; SameSite=Strict".encode()
                path = scope.get("path", "/")
                if scope["method"] == "GET" and not path.startswith("/api/") and path != "/openapi.json":
                    # a page opened with ?token=: keep the token in the cookie, out of the address bar and history
                    rest = [(k, v) for k, vs in parse_qs(scope.get("query_string", b"").decode("latin-1"),
                                                        keep_blank_values=True).items() if k != "token" for v in vs]
                    location = quote(path, safe="/") + ("?" + urlencode(rest) if rest else "")
                    await send({"type": "http.response.start", "status": 303, "headers": [
                        (b"location", location.encode("latin-1", "replace")), (b"set-cookie", cookie),
                        (b"content-length", b"0")]})
                    await send({"type": "http.response.body", "body": b""})
                    return

                async def send_with_cookie(message):
                    if message["type"] == "http.response.start":
                        message = dict(message, headers=list(message.get("headers", [])) + [(b"set-cookie", cookie)])
                    await send(message)

                return await self._checked_origin(scope, headers, receive, send_with_cookie, explicit=True)
            return await self._checked_origin(scope, headers, receive, send, explicit=where == "authorization")
        return await self._checked_origin(scope, headers, receive, send, explicit=False)

    async def _checked_origin(self, scope, headers, receive, send, explicit: bool):
        """403 for a state-changing request that may be a cross-site form (see the module docstring).

        ``explicit``: the request carried the (checked) token in a header or the query
        string, not only in a cookie the browser adds by itself.
        """
        if scope["method"] not in UNSAFE_METHODS:
            return await self.app(scope, receive, send)
        origin = headers.get("origin")
        if origin is not None and origin.strip().lower() != "null":
            if urlsplit(origin.strip()).netloc.lower() != headers.get("host", "").lower():
                return await _send_json(send, 403, "cross-origin request refused")
        elif not (explicit or headers.get(REQUEST_HEADER, "").strip()):
            why = "an 'Origin: null' request" if origin is not None else "a request without an Origin header"
            return await _send_json(send, 403, f"{why} that changes state must carry the header "
                                               "'X-Storyline-Request: 1' (or the token): cross-site forms cannot")
        return await self.app(scope, receive, send)


class BodyTooLarge(Exception):
    pass


class BodyLimit:
    """413 for request bodies over ``limit`` bytes."""

    def __init__(self, app, limit: int):
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = _headers(scope).get("content-length")
        if length is not None:
            try:
                too_big = int(length) > self.limit
            except ValueError:
                return await _send_json(send, 400, "bad Content-Length")
            if too_big:
                return await _send_json(send, 413, f"request body over the limit of {self.limit} bytes")
        seen = 0
        started = False

        async def counting_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise BodyTooLarge()
            return message

        async def tracking_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await _send_json(send, 413, f"request body over the limit of {self.limit} bytes")


# The app's own pages load only their packaged script and style. The report is one
# offline file with inline script and style: it may run those, and fetch nothing.
APP_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "frame-src 'self'; frame-ancestors 'self'; base-uri 'none'; form-action 'self'; object-src 'none'"
)
REPORT_CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; "
    "font-src data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'"
)


class SecurityHeaders:
    """nosniff, no referrer, and a Content-Security-Policy on every response."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        csp = REPORT_CSP if scope.get("path") == "/report" else APP_CSP

        async def with_headers(message):
            if message["type"] == "http.response.start":
                extra = [
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"content-security-policy", csp.encode()),
                ]
                message = dict(message, headers=list(message.get("headers", [])) + extra)
            await send(message)

        return await self.app(scope, receive, with_headers)
