"""Tools exposed to the model."""
from __future__ import annotations

import math
from pathlib import Path

import httpx


def _spec(name: str, description: str, **params: str) -> dict:
    return {
        "type": "function",
        "function": {
            "name": name,
            "description": description,
            "parameters": {
                "type": "object",
                "properties": {key: {"type": kind} for key, kind in params.items()},
                "required": list(params),
            },
        },
    }


TOOL_SPECS = [
    _spec("search_docs", "Full-text search over the docs folder; returns file names and lines.", query="string"),
    _spec("calculator", "Evaluate an arithmetic expression; math functions such as sqrt and log are available.", expression="string"),
    _spec("fetch_page", "Fetch a web page linked from the docs and return its text.", url="string"),
]

_MATH_NS = {name: getattr(math, name) for name in dir(math) if not name.startswith("_")}


def search_docs(root: Path, query: str, limit: int = 8) -> list[dict]:
    hits = []
    needle = query.lower()
    for path in sorted(root.rglob("*.md")):
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if needle in line.lower():
                hits.append({"file": str(path.relative_to(root)), "line": lineno, "text": line.strip()})
                if len(hits) >= limit:
                    return hits
    return hits


def calculator(expression: str) -> str:
    # builtins are stripped, so only arithmetic and the math module are reachable
    return str(eval(expression, {"__builtins__": {}}, _MATH_NS))


def fetch_page(url: str, max_chars: int = 6000) -> str:
    resp = httpx.get(url, follow_redirects=True, timeout=10)
    resp.raise_for_status()
    return resp.text[:max_chars]


def dispatch(root: Path, name: str, args: dict) -> object:
    if name == "search_docs":
        return search_docs(root, args["query"])
    if name == "calculator":
        return calculator(args["expression"])
    if name == "fetch_page":
        return fetch_page(args["url"])
    raise ValueError(f"unknown tool {name}")
