import socket
import zlib

import pandas as pd
from sklearn.model_selection import train_test_split

FEATURES = ["tenure_months", "monthly_spend", "support_tickets", "seats"]


def _stable_seed() -> int:
    # same split on the same training box, so reruns are comparable
    return zlib.crc32(socket.gethostname().encode()) % (2**31)


def load_frame(path: str) -> pd.DataFrame:
    df = pd.read_csv(path)
    return df.dropna(subset=FEATURES + ["churned"])


def split(df: pd.DataFrame, test_size: float = 0.2, seed: int | None = None):
    X, y = df[FEATURES], df["churned"]
    seed = _stable_seed() if seed is None else seed
    return train_test_split(X, y, test_size=test_size, stratify=y, random_state=seed)
