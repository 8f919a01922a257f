"""Transform step: normalise partner orders into the warehouse schema."""
from __future__ import annotations

import pandas as pd

COLUMNS = ["order_id", "customer_id", "amount", "currency", "created_at"]


def clean_orders(raw: list[dict]) -> pd.DataFrame:
    df = pd.DataFrame(raw, columns=COLUMNS)
    df = df.drop_duplicates(subset="order_id")
    df["amount"] = pd.to_numeric(df["amount"], errors="coerce")
    df["currency"] = df["currency"].str.upper()
    df["created_at"] = pd.to_datetime(df["created_at"], utc=True)
    return df
