"""Stratified k-fold cross-validation report for the churn model."""

import json
from pathlib import Path

import lightgbm as lgb
import numpy as np
from sklearn.model_selection import StratifiedKFold

from .evaluate import evaluate
from .features import build_features


def cross_validate(df, cfg):
    target = cfg.data["target"]
    folds = StratifiedKFold(
        n_splits=cfg.eval.get("cv_folds", 5),
        shuffle=True,
        random_state=cfg.split["seed"],
    )
    X, y = build_features(df), df[target]
    scores = []
    for train_idx, test_idx in folds.split(X, y):
        model = lgb.LGBMClassifier(**cfg.model, random_state=cfg.split["seed"], verbose=-1)
        model.fit(X.iloc[train_idx], y.iloc[train_idx])
        scores.append(evaluate(model, X.iloc[test_idx], y.iloc[test_idx])["auc"])
    return {"fold_auc": scores, "mean_auc": float(np.mean(scores)), "std_auc": float(np.std(scores))}


def write_report(report: dict, output_dir: str | Path) -> Path:
    out = Path(output_dir) / "cv.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2))
    return out
