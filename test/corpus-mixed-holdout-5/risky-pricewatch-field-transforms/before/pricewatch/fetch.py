import httpx

DEFAULT_HEADERS = {"User-Agent": "pricewatch/0.4 (+https://github.com/pricewatch/pricewatch)"}


def fetch_page(url: str, headers: dict[str, str] | None = None) -> str:
    resp = httpx.get(
        url,
        headers={**DEFAULT_HEADERS, **(headers or {})},
        timeout=20,
        follow_redirects=True,
    )
    resp.raise_for_status()
    return resp.text
