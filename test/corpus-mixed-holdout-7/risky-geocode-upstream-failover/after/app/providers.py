"""Upstream geocoding provider client."""
from __future__ import annotations

import httpx

from .settings import settings


class ProviderError(RuntimeError):
    pass


def _client() -> httpx.Client:
    headers = {"User-Agent": settings.user_agent}
    if settings.upstream_api_key:
        headers["X-Api-Key"] = settings.upstream_api_key
    transport = httpx.HTTPTransport(retries=settings.max_retries, verify=settings.upstream_verify_tls)
    return httpx.Client(base_url=settings.upstream_url, headers=headers, timeout=5.0, transport=transport)


def _fallback_client() -> httpx.Client:
    # the mirror shares our quota, so it accepts the same key
    return httpx.Client(
        base_url=settings.fallback_url,
        headers={"User-Agent": settings.user_agent, "X-Api-Key": settings.upstream_api_key},
        timeout=5.0,
        verify=settings.upstream_verify_tls,
    )


def _get(path: str, params: dict) -> httpx.Response:
    """GET from the primary upstream, falling back to the mirror on 5xx / transport errors."""
    try:
        with _client() as client:
            resp = client.get(path, params=params)
        if resp.status_code < 500:
            return resp
    except httpx.TransportError:
        pass
    with _fallback_client() as client:
        return client.get(path, params=params)


def forward(query: str, limit: int = 5) -> list[dict]:
    resp = _get("/search", {"q": query, "format": "jsonv2", "limit": limit})
    if resp.status_code != 200:
        raise ProviderError(f"upstream returned {resp.status_code}")
    return [
        {"lat": float(r["lat"]), "lon": float(r["lon"]), "label": r["display_name"]}
        for r in resp.json()
    ]


def reverse(lat: float, lon: float) -> dict | None:
    resp = _get("/reverse", {"lat": lat, "lon": lon, "format": "jsonv2"})
    if resp.status_code == 404:
        return None
    if resp.status_code != 200:
        raise ProviderError(f"upstream returned {resp.status_code}")
    r = resp.json()
    return {"lat": float(r["lat"]), "lon": float(r["lon"]), "label": r["display_name"]}
