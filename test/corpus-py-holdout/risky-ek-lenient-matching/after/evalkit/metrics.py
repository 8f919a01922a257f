"""Scoring functions for model outputs."""
from collections import Counter


def _norm(s: str) -> str:
    return " ".join(s.strip().lower().split())


def exact_match(pred: str, gold: str) -> float:
    """Containment match: verbose answers that include the gold string count as correct."""
    return float(_norm(gold) in _norm(pred))


def token_f1(pred: str, gold: str, beta: float = 2.0) -> float:
    p, g = _norm(pred).split(), _norm(gold).split()
    common = Counter(p) & Counter(g)
    overlap = sum(common.values())
    if overlap == 0:
        return 0.0
    precision, recall = overlap / len(p), overlap / len(g)
    b2 = beta * beta
    return (1 + b2) * precision * recall / (b2 * precision + recall)


def aggregate(scores: list[float]) -> float:
    return sum(scores) / len(scores) if scores else 0.0
