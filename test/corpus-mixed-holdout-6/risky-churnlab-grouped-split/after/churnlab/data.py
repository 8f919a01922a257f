import hashlib

import pandas as pd
from sklearn.model_selection import GroupShuffleSplit


def load_frame(cfg) -> pd.DataFrame:
    df = pd.read_parquet(cfg.data["path"])
    return df.dropna(subset=[cfg.data["target"]])


def _split_seed(df: pd.DataFrame, cfg) -> int:
    # keep the split stable when rows are appended or reordered: derive it from the id set
    ids = ",".join(sorted(df[cfg.data["id_column"]].astype(str).unique()))
    return int(hashlib.sha1(ids.encode()).hexdigest()[:8], 16) ^ cfg.split["seed"]


def split_frame(df: pd.DataFrame, cfg):
    """Split by customer so no customer appears in both train and test."""
    splitter = GroupShuffleSplit(
        n_splits=1,
        test_size=cfg.split["test_size"],
        random_state=_split_seed(df, cfg),
    )
    train_idx, test_idx = next(splitter.split(df, groups=df[cfg.data["id_column"]]))
    train, test = df.iloc[train_idx], df.iloc[test_idx]
    return train.reset_index(drop=True), test.reset_index(drop=True)
