"""Offline evaluation and release gate."""
from __future__ import annotations

import argparse
import json
import sys

import pandas as pd
import torch


@torch.no_grad()
def recall_at_k(model, train_df: pd.DataFrame, test_df: pd.DataFrame, k: int = 20) -> float:
    seen = train_df.groupby("user_idx")["item_idx"].apply(set).to_dict()
    truth = test_df.groupby("user_idx")["item_idx"].apply(set).to_dict()
    hits, total = 0, 0
    for user, items in truth.items():
        scores = model.scores(torch.tensor([user]))[0]
        for item in seen.get(user, ()):
            scores[item] = float("-inf")
        top = set(torch.topk(scores, k).indices.tolist())
        hits += len(top & items)
        total += len(items)
    return hits / max(total, 1)


def gate(metrics_path: str, min_recall: float) -> int:
    with open(metrics_path) as fh:
        metrics = json.load(fh)
    recall = metrics["recall@k"]
    if recall < min_recall:
        print(f"FAIL recall@k={recall:.4f} < {min_recall}")
        return 1
    print(f"OK recall@k={recall:.4f}")
    return 0


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("metrics")
    p.add_argument("--min-recall", type=float, required=True)
    a = p.parse_args()
    sys.exit(gate(a.metrics, a.min_recall))
