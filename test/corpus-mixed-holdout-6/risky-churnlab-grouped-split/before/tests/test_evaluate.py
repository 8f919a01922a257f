import numpy as np
import pytest

from churnlab.evaluate import evaluate


class _Fixed:
    def __init__(self, p):
        self.p = np.asarray(p)

    def predict_proba(self, X):
        return np.column_stack([1 - self.p, self.p])


def test_perfect_model_has_auc_one():
    y = np.array([0, 0, 1, 1])
    m = evaluate(_Fixed([0.1, 0.2, 0.8, 0.9]), None, y)
    assert m["auc"] == pytest.approx(1.0)
    assert m["n"] == 4


def test_inverted_model_has_auc_zero():
    y = np.array([0, 1])
    m = evaluate(_Fixed([0.9, 0.1]), None, y)
    assert m["auc"] == pytest.approx(0.0)
