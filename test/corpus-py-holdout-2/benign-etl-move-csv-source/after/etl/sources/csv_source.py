"""CSV input adapter (moved from etl/extract.py)."""
import csv
from pathlib import Path
from typing import Iterator

from etl.config import settings


def iter_rows(name: str) -> Iterator[dict]:
    """Yield rows of ``<source_dir>/<name>.csv`` as dicts."""
    path = Path(settings.source_dir) / f"{name}.csv"
    with path.open(newline="") as f:
        yield from csv.DictReader(f)
