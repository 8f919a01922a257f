"""Built-in data-quality rules. Each returns (passed, detail)."""
from __future__ import annotations

import polars as pl


def not_null(df: pl.DataFrame, column: str) -> tuple[bool, str]:
    n = df[column].null_count()
    return n == 0, f"{n} nulls in {column}"


def unique(df: pl.DataFrame, column: str) -> tuple[bool, str]:
    dupes = df.height - df[column].n_unique()
    return dupes == 0, f"{dupes} duplicate values in {column}"


def in_range(df: pl.DataFrame, column: str, min: float | None = None, max: float | None = None) -> tuple[bool, str]:
    expr = pl.lit(False)
    if min is not None:
        expr = expr | (pl.col(column) < min)
    if max is not None:
        expr = expr | (pl.col(column) > max)
    bad = df.filter(expr).height
    return bad == 0, f"{bad} values of {column} outside [{min}, {max}]"


RULES = {"not_null": not_null, "unique": unique, "in_range": in_range}
