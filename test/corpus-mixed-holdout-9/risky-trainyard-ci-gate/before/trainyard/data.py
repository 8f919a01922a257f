import pandas as pd
from sklearn.model_selection import train_test_split

FEATURES = ["tenure_months", "monthly_spend", "support_tickets", "seats"]


def load_frame(path: str) -> pd.DataFrame:
    df = pd.read_csv(path)
    return df.dropna(subset=FEATURES + ["churned"])


def split(df: pd.DataFrame, test_size: float = 0.2):
    X, y = df[FEATURES], df["churned"]
    return train_test_split(X, y, test_size=test_size, stratify=y, random_state=None)
