import pandas as pd

RATES = {"EUR": 1.08, "GBP": 1.27, "USD": 1.0}


def drop_nulls(df: pd.DataFrame) -> pd.DataFrame:
    return df.dropna(subset=["order_id", "amount"])


def normalize_currency(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    out["amount_usd"] = out["amount"] * out["currency"].map(RATES)
    return out


REGISTRY = {"drop_nulls": drop_nulls, "normalize_currency": normalize_currency}
