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
    return httpx.Client(base_url=settings.upstream_url, headers=headers, timeout=5.0)


def forward(query: str, limit: int = 5) -> list[dict]:
    with _client() as client:
        resp = client.get("/search", params={"q": query, "format": "jsonv2", "limit": limit})
    if resp.status_code != 200:
        raise ProviderError(f"upstream returned {resp.status_code}")
    return [
        {"lat": float(r["lat"]), "lon": float(r["lon"]), "label": r["display_name"]}
        for r in resp.json()
    ]


def reverse(lat: float, lon: float) -> dict | None:
    with _client() as client:
        resp = client.get("/reverse", params={"lat": lat, "lon": lon, "format": "jsonv2"})
    if resp.status_code == 404:
        return None
    if resp.status_code != 200:
        raise ProviderError(f"upstream returned {resp.status_code}")
    r = resp.json()
    return {"lat": float(r["lat"]), "lon": float(r["lon"]), "label": r["display_name"]}
