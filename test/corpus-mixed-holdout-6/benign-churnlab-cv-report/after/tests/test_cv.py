import json

import numpy as np
import pandas as pd

from churnlab.config import Config
from churnlab.cv import cross_validate, write_report


def _frame(n=200, seed=0):
    rng = np.random.default_rng(seed)
    tenure = rng.integers(1, 72, n)
    return pd.DataFrame({
        "tenure_months": tenure,
        "monthly_charges": rng.uniform(10, 120, n),
        "total_charges": rng.uniform(10, 5000, n),
        "support_tickets": rng.poisson(1.0, n),
        "plan": rng.choice(["basic", "pro"], n),
        "region": rng.choice(["eu", "us"], n),
        "payment_method": rng.choice(["card", "invoice"], n),
        "churned": (tenure < 12).astype(int),
    })


def test_cross_validate_returns_one_score_per_fold(tmp_path):
    cfg = Config(data={"target": "churned"}, split={"seed": 1}, model={"n_estimators": 20},
                 eval={"cv_folds": 3})
    report = cross_validate(_frame(), cfg)
    assert len(report["fold_auc"]) == 3
    path = write_report(report, tmp_path)
    assert json.loads(path.read_text())["mean_auc"] == report["mean_auc"]
