import warnings
from datetime import date
from pathlib import Path

import pandas as pd
import yaml

# The landing-zone CSV export is being retired in favour of the orders API.
LEGACY_CSV_SUNSET = date(2025, 3, 31)
COLUMN_MAP_PATH = Path(__file__).with_name("columns.yaml")


def _column_map() -> dict[str, str]:
    with open(COLUMN_MAP_PATH) as fh:
        return yaml.safe_load(fh)["orders"]


def read_orders_csv(path: Path, ds: date | None = None) -> pd.DataFrame:
    if ds is not None and ds > LEGACY_CSV_SUNSET:
        raise RuntimeError(
            f"CSV landing files are no longer produced after {LEGACY_CSV_SUNSET}; use the orders API"
        )
    if ds is not None:
        warnings.warn("read_orders_csv is deprecated; switch to the orders API", DeprecationWarning, stacklevel=2)
    df = pd.read_csv(path)
    df = df.rename(columns=_column_map())
    df["created_at"] = pd.to_datetime(df["created_at"])
    return df
