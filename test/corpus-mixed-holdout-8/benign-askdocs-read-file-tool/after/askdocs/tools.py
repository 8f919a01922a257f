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
    _spec("read_file", "Read one documentation file by its path relative to the docs folder.", path="string"),
]

MAX_READ_BYTES = 64_000
READABLE_SUFFIXES = {".md", ".rst", ".txt"}


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


def read_file(root: Path, relative: str) -> str:
    base = root.resolve()
    target = (base / relative).resolve()
    if not target.is_relative_to(base) or target.suffix not in READABLE_SUFFIXES:
        raise PermissionError(f"{relative} is not a documentation file")
    with target.open("rb") as fh:
        return fh.read(MAX_READ_BYTES).decode("utf-8", errors="replace")


def dispatch(root: Path, name: str, args: dict) -> object:
    if name == "search_docs":
        return search_docs(root, args["query"])
    if name == "read_file":
        return read_file(root, args["path"])
    raise ValueError(f"unknown tool {name}")
