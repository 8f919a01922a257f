import re
import string

from .utils import write_json

JUDGE_PROMPT = """You are grading a model's answer against a reference answer.
Question: {question}
Reference: {reference}
Model answer: {prediction}
Reply with a single integer score from 1 (wrong) to 5 (fully correct)."""


def normalize(text: str) -> str:
    text = text.lower().strip()
    text = "".join(ch for ch in text if ch not in string.punctuation)
    return re.sub(r"\s+", " ", text).strip()


def exact_match(prediction: str, reference: str) -> bool:
    return normalize(prediction) == normalize(reference)


def score_predictions(rows):
    hits = sum(exact_match(r["prediction"], r["reference"]) for r in rows)
    return {"exact_match": hits / max(len(rows), 1), "n": len(rows)}


def build_judge_prompt(row):
    return JUDGE_PROMPT.format(**row)


def run_eval(generate, rows, out_path):
    scored = []
    for row in rows:
        scored.append({**row, "prediction": generate(row["question"])})
    metrics = score_predictions(scored)
    write_json({"metrics": metrics, "rows": scored}, out_path)
    return metrics
