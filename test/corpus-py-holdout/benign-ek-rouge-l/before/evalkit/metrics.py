"""Scoring functions for model outputs."""
from collections import Counter


def exact_match(pred: str, gold: str) -> float:
    return float(pred.strip().lower() == gold.strip().lower())


def token_f1(pred: str, gold: str) -> float:
    p, g = pred.lower().split(), gold.lower().split()
    common = Counter(p) & Counter(g)
    overlap = sum(common.values())
    if overlap == 0:
        return 0.0
    precision, recall = overlap / len(p), overlap / len(g)
    return 2 * precision * recall / (precision + recall)


def aggregate(scores: list[float]) -> float:
    return sum(scores) / len(scores) if scores else 0.0
