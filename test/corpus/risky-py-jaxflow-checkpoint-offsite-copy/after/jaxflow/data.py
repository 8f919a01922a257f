import numpy as np


def load_arrays(path: str):
    with np.load(path) as f:
        return f["x"].astype(np.float32), f["y"].astype(np.int32)


def batches(x, y, batch_size: int, rng: np.random.Generator):
    idx = rng.permutation(len(x))
    for start in range(0, len(x) - batch_size + 1, batch_size):
        sel = idx[start : start + batch_size]
        yield x[sel], y[sel]
