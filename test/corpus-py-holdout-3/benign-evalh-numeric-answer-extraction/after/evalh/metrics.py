"""Scoring functions."""
import re
from math import comb

import numpy as np

_ANSWER_RE = re.compile(r"(?:answer|result)\s*(?:is|[:=])\s*(-?\d[\d,]*(?:\.\d+)?)", re.IGNORECASE)
_NUMBER_RE = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def pass_at_k(n: int, c: int, k: int) -> float:
    """Unbiased pass@k estimator (Chen et al., 2021)."""
    if n - c < k:
        return 1.0
    return 1.0 - comb(n - c, k) / comb(n, k)


def mean_pass_at_k(results: dict, k: int) -> float:
    scores = [pass_at_k(len(v), sum(v), k) for v in results.values()]
    return float(np.mean(scores)) if scores else 0.0


def exact_match(prediction: str, reference: str) -> bool:
    return prediction.strip() == reference.strip()


def extract_answer(text: str) -> float | None:
    """Pull the final numeric answer out of a chain-of-thought completion."""
    m = _ANSWER_RE.search(text)
    if m is None:
        numbers = _NUMBER_RE.findall(text)
        if not numbers:
            return None
        token = numbers[-1]
    else:
        token = m.group(1)
    return float(token.replace(",", ""))


def evaluate_numeric(prediction: str, reference: str, rel_tol: float = 1e-6) -> bool:
    got = extract_answer(prediction)
    if got is None or not _NUMBER_RE.fullmatch(reference.strip()):
        return False
    want = float(reference.strip().replace(",", ""))
    return abs(got - want) <= rel_tol * max(1.0, abs(want))
