import csv
from pathlib import Path
from typing import Iterator

from etl.config import settings


def iter_rows(name: str) -> Iterator[dict]:
    path = Path(settings.source_dir) / f"{name}.csv"
    with path.open(newline="") as f:
        yield from csv.DictReader(f)
