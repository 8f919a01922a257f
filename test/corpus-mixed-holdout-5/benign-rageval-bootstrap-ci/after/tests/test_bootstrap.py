import numpy as np
import pytest

from rageval.metrics import bootstrap_ci


def test_bootstrap_ci_contains_sample_mean():
    data_rng = np.random.default_rng(1234)
    scores = data_rng.binomial(1, 0.7, size=500).astype(float).tolist()
    lo, hi = bootstrap_ci(scores, rng=np.random.default_rng(0))
    assert lo < np.mean(scores) < hi
    assert hi - lo < 0.1


def test_bootstrap_ci_reproducible_with_same_seed():
    scores = [0.0, 1.0, 1.0, 0.0, 1.0, 1.0]
    a = bootstrap_ci(scores, rng=np.random.default_rng(7))
    b = bootstrap_ci(scores, rng=np.random.default_rng(7))
    assert a == b


def test_bootstrap_ci_constant_scores_collapse():
    assert bootstrap_ci([1.0] * 20, rng=np.random.default_rng(3)) == (1.0, 1.0)


def test_bootstrap_ci_rejects_empty():
    with pytest.raises(ValueError):
        bootstrap_ci([])
