from datetime import date
from pathlib import Path

import pandas as pd


def write_partition(df: pd.DataFrame, warehouse_dir: Path, table: str, ds: date) -> Path:
    out = warehouse_dir / table / f"ds={ds.isoformat()}"
    out.mkdir(parents=True, exist_ok=True)
    path = out / "part-000.parquet"
    df.to_parquet(path, index=False)
    return path
