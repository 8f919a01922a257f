import time

import httpx

DEFAULT_HEADERS = {"User-Agent": "pricewatch/0.4 (+https://github.com/pricewatch/pricewatch)"}
RETRY_STATUSES = {429, 500, 502, 503, 504}
MAX_RETRY_AFTER = 30.0

_client: httpx.Client | None = None


def _get_client() -> httpx.Client:
    global _client
    if _client is None:
        _client = httpx.Client(
            headers=DEFAULT_HEADERS,
            timeout=httpx.Timeout(20.0, connect=5.0),
            follow_redirects=True,
            # connection-level retries (DNS hiccups, resets); HTTP-level retries below
            transport=httpx.HTTPTransport(retries=2),
            limits=httpx.Limits(max_connections=4, max_keepalive_connections=2),
        )
    return _client


def _delay(resp: httpx.Response, attempt: int, backoff: float) -> float:
    retry_after = resp.headers.get("Retry-After", "")
    if retry_after.isdigit():
        return min(float(retry_after), MAX_RETRY_AFTER)
    return backoff * 2**attempt


def fetch_page(
    url: str,
    headers: dict[str, str] | None = None,
    attempts: int = 4,
    backoff: float = 0.5,
) -> str:
    """GET a shop page, retrying politely on rate limits and transient server errors."""
    for attempt in range(attempts):
        resp = _get_client().get(url, headers=headers or {})
        if resp.status_code not in RETRY_STATUSES or attempt == attempts - 1:
            resp.raise_for_status()
            return resp.text
        time.sleep(_delay(resp, attempt, backoff))
    raise AssertionError("unreachable")
