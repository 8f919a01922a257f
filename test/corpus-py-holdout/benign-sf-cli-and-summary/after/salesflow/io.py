import json
from pathlib import Path

import pandas as pd


def read_orders(path: Path) -> pd.DataFrame:
    df = pd.read_csv(path, parse_dates=["created_at"])
    df["day"] = df["created_at"].dt.date
    return df


def write_report(df: pd.DataFrame, dest: Path) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    df.to_csv(dest, index=False)
    summary = {"rows": int(len(df)), "columns": list(df.columns)}
    dest.with_suffix(".summary.json").write_text(json.dumps(summary, indent=2))
    return dest
