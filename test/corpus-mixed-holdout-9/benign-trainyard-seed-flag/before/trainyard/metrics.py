from sklearn.metrics import f1_score, roc_auc_score


def report(y_true, proba, threshold: float = 0.5) -> dict:
    preds = (proba >= threshold).astype(int)
    return {"f1": float(f1_score(y_true, preds)), "auc": float(roc_auc_score(y_true, proba)), "threshold": threshold}
