from sklearn.metrics import average_precision_score, roc_auc_score


def evaluate(model, X, y):
    proba = model.predict_proba(X)[:, 1]
    return {
        "auc": float(roc_auc_score(y, proba)),
        "average_precision": float(average_precision_score(y, proba)),
        "n": int(len(y)),
    }
