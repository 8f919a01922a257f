import numpy as np

from trainyard.metrics import report


def test_report_perfect():
    y = np.array([0, 1, 1, 0])
    out = report(y, np.array([0.1, 0.9, 0.8, 0.2]))
    assert out["f1"] == 1.0
    assert out["auc"] == 1.0
