"""Feature engineering for the customer churn model."""
import pandas as pd

NUMERIC = ["tenure_months", "monthly_charges", "support_tickets"]
CATEGORICAL = ["plan", "region"]


def add_features(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    out["charges_per_month_of_tenure"] = out["monthly_charges"] / out["tenure_months"].clip(lower=1)
    out["has_tickets"] = (out["support_tickets"] > 0).astype(int)
    return out


def feature_columns() -> list[str]:
    return NUMERIC + ["charges_per_month_of_tenure", "has_tickets"] + CATEGORICAL
