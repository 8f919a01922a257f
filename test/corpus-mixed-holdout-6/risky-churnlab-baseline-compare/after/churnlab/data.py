import pandas as pd
from sklearn.model_selection import train_test_split


def load_frame(cfg) -> pd.DataFrame:
    df = pd.read_parquet(cfg.data["path"])
    return df.dropna(subset=[cfg.data["target"]])


def split_frame(df: pd.DataFrame, cfg):
    train, test = train_test_split(
        df,
        test_size=cfg.split["test_size"],
        random_state=cfg.split["seed"],
    )
    return train.reset_index(drop=True), test.reset_index(drop=True)
