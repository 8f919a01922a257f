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
