"""Scoring functions."""
from math import comb

import numpy as np


def pass_at_k(n: int, c: int, k: int) -> float:
    """Unbiased pass@k estimator (Chen et al., 2021)."""
    if n - c < k:
        return 1.0
    return 1.0 - comb(n - c, k) / comb(n, k)


def mean_pass_at_k(results: dict, k: int) -> float:
    scores = [pass_at_k(len(v), sum(v), k) for v in results.values()]
    return float(np.mean(scores)) if scores else 0.0


def exact_match(prediction: str, reference: str) -> bool:
    return prediction.strip() == reference.strip()
