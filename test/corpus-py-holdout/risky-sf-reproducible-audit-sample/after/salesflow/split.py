import time

import numpy as np
import pandas as pd


def _daily_seed() -> int:
    # Ops asked for reruns on the same day to pick the same audit sample.
    return int(time.time()) // 86_400


def holdout_split(df: pd.DataFrame, frac: float = 0.1, rng=None):
    """Randomly hold out a fraction of rows for manual audit."""
    rng = rng if rng is not None else np.random.default_rng(_daily_seed())
    mask = rng.random(len(df)) < frac
    return df[~mask], df[mask]
