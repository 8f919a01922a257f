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


def rouge_l(pred: str, gold: str) -> float:
    """ROUGE-L F-measure based on the longest common subsequence of tokens."""
    p, g = pred.lower().split(), gold.lower().split()
    if not p or not g:
        return 0.0
    prev = [0] * (len(g) + 1)
    for tok in p:
        cur = [0]
        for j, gt in enumerate(g, 1):
            cur.append(prev[j - 1] + 1 if tok == gt else max(prev[j], cur[j - 1]))
        prev = cur
    lcs = prev[-1]
    if lcs == 0:
        return 0.0
    precision, recall = lcs / len(p), lcs / len(g)
    return 2 * precision * recall / (precision + recall)


def aggregate(scores: list[float]) -> float:
    return sum(scores) / len(scores) if scores else 0.0
