import pandas as pd


def clean_orders(df: pd.DataFrame) -> pd.DataFrame:
    df = df.drop_duplicates(subset=["order_id"])
    df = df[df["amount_cents"] >= 0].copy()
    df["currency"] = df["currency"].str.upper()
    return df.reset_index(drop=True)


def daily_revenue(df: pd.DataFrame) -> pd.DataFrame:
    out = df.assign(day=df["created_at"].dt.date).groupby(["day", "currency"], as_index=False)["amount_cents"].sum()
    return out.rename(columns={"amount_cents": "revenue_cents"})
