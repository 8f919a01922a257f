import json
from pathlib import Path

from .metrics import aggregate, exact_match, token_f1

METRICS = {"em": exact_match, "f1": token_f1}


def load_jsonl(path: Path):
    with open(path) as fh:
        return [json.loads(line) for line in fh if line.strip()]


def score_file(preds_path: Path, gold_path: Path, metric: str = "f1") -> float:
    preds = {r["id"]: r["output"] for r in load_jsonl(preds_path)}
    gold = load_jsonl(gold_path)
    fn = METRICS[metric]
    return aggregate([fn(preds.get(g["id"], ""), g["answer"]) for g in gold])
