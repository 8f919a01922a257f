import pandas as pd


def tenure_bucket(months: pd.Series) -> pd.Series:
    return pd.cut(months, bins=[0, 6, 12, 24, 60, 1000], labels=["<6", "6-12", "12-24", "24-60", "60+"])


def add_features(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    out["tenure_bucket"] = tenure_bucket(out["tenure_months"])
    out["spend_per_month"] = out["total_spend"] / out["tenure_months"].clip(lower=1)
    return out
