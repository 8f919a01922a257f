"""Input adapters."""

from etl.sources.csv_source import iter_rows

__all__ = ["iter_rows"]
