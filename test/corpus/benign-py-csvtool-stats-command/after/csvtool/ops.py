import csv
from typing import Iterable, Iterator


def read_rows(path: str) -> Iterator[dict]:
    with open(path, newline="", encoding="utf-8") as f:
        yield from csv.DictReader(f)


def select_columns(rows: Iterable[dict], columns: list[str]) -> Iterator[dict]:
    for row in rows:
        yield {c: row[c] for c in columns}


def write_rows(path: str, rows: list[dict]) -> None:
    if not rows:
        return
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def column_stats(rows: Iterable[dict]) -> list[dict]:
    """Per-column non-empty count, distinct count and numeric min/max."""
    stats: dict[str, dict] = {}
    for row in rows:
        for col, val in row.items():
            s = stats.setdefault(col, {"column": col, "non_empty": 0, "distinct": set(), "min": None, "max": None})
            if val == "":
                continue
            s["non_empty"] += 1
            s["distinct"].add(val)
            try:
                num = float(val)
            except ValueError:
                continue
            s["min"] = num if s["min"] is None else min(s["min"], num)
            s["max"] = num if s["max"] is None else max(s["max"], num)
    return [dict(s, distinct=len(s["distinct"])) for s in stats.values()]
