import numpy as np
import pandas as pd


def holdout_split(df: pd.DataFrame, frac: float = 0.1, rng=None):
    """Randomly hold out a fraction of rows for manual audit."""
    rng = rng if rng is not None else np.random.default_rng()
    mask = rng.random(len(df)) < frac
    return df[~mask], df[mask]
