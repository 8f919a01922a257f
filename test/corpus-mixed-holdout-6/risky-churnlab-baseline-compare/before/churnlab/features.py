import numpy as np
import pandas as pd

NUMERIC = ["tenure_months", "monthly_charges", "total_charges", "support_tickets"]
CATEGORICAL = ["plan", "region", "payment_method"]


def build_features(df: pd.DataFrame) -> pd.DataFrame:
    out = df[NUMERIC].copy()
    out["charges_per_month"] = df["total_charges"] / np.maximum(df["tenure_months"], 1)
    for col in CATEGORICAL:
        out[col] = df[col].astype("category")
    return out
