"""Minimal chat-completions client."""
from __future__ import annotations

import os

import httpx

API_BASE = os.environ.get("ASKDOCS_API_BASE", "https://api.llm-provider.example/v1")
MODEL = os.environ.get("ASKDOCS_MODEL", "docs-assistant-small")


def chat(messages: list[dict], tools: list[dict] | None = None) -> dict:
    resp = httpx.post(
        f"{API_BASE}/chat/completions",
        headers={"Authorization": f"Bearer {os.environ['ASKDOCS_API_KEY']}"},
        json={"model": MODEL, "messages": messages, "tools": tools or []},
        timeout=60,
    )
    resp.raise_for_status()
    return resp.json()["choices"][0]["message"]
