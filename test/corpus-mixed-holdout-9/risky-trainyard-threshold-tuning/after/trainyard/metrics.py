import numpy as np
from sklearn.metrics import f1_score, roc_auc_score

GRID = np.linspace(0.05, 0.95, 19)


def best_threshold(y_true, proba) -> float:
    return float(max(GRID, key=lambda t: f1_score(y_true, (proba >= t).astype(int))))


def report(y_true, proba, threshold: float | None = None) -> dict:
    if threshold is None:
        threshold = best_threshold(y_true, proba)
    preds = (proba >= threshold).astype(int)
    return {"f1": float(f1_score(y_true, preds)), "auc": float(roc_auc_score(y_true, proba)), "threshold": threshold}
