import httpx

from ..registry import Tool

ALLOWED_SCHEMES = ("https://",)


def fetch_url(url: str, max_chars: int = 20_000) -> str:
    if not url.startswith(ALLOWED_SCHEMES):
        raise ValueError("only https URLs are allowed")
    resp = httpx.get(url, timeout=15, follow_redirects=True)
    resp.raise_for_status()
    return resp.text[:max_chars]


def web_tools() -> list[Tool]:
    params = {"type": "object", "properties": {"url": {"type": "string"}}, "required": ["url"]}
    return [Tool("fetch_url", "Fetch a web page over HTTPS and return its text.", params, fetch_url)]
