"""Tools exposed to the model."""
from __future__ import annotations

from pathlib import Path


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
]


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


def dispatch(root: Path, name: str, args: dict) -> object:
    if name == "search_docs":
        return search_docs(root, args["query"])
    raise ValueError(f"unknown tool {name}")
