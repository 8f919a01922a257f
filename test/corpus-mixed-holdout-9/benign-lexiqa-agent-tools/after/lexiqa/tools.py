from decimal import Decimal
from urllib.parse import urlparse

import httpx

ALLOWED_HOSTS = {"contracts.internal.example", "wiki.internal.example"}


def fetch_page(url: str) -> str:
    """Fetch an internal page the user referenced and return its text."""
    host = urlparse(url).hostname or ""
    if urlparse(url).scheme != "https" or host not in ALLOWED_HOSTS:
        return "error: only internal https pages can be fetched"
    with httpx.Client(timeout=20) as client:
        return client.get(url).text[:20000]


def add_amounts(amounts: list[str]) -> str:
    """Add decimal amounts exactly (fee totals)."""
    return str(sum((Decimal(a) for a in amounts), Decimal("0")))
