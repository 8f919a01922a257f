import json
import math
from collections import Counter
from functools import lru_cache
from pathlib import Path

CORPUS_PATH = Path(__file__).resolve().parent.parent / "data" / "passages.jsonl"


@lru_cache(maxsize=1)
def _index():
    with CORPUS_PATH.open() as fh:
        docs = [json.loads(line)["text"] for line in fh]
    tokenized = [d.lower().split() for d in docs]
    df = Counter(t for toks in tokenized for t in set(toks))
    return docs, tokenized, df


def retrieve(query: str, k: int = 5) -> list[str]:
    docs, tokenized, df = _index()
    n = len(docs)
    terms = query.lower().split()

    def score(toks: list[str]) -> float:
        tf = Counter(toks)
        return sum(tf[t] * math.log((n + 1) / (df[t] + 0.5)) for t in terms if t in tf)

    ranked = sorted(range(n), key=lambda i: score(tokenized[i]), reverse=True)
    return [docs[i] for i in ranked[:k]]
