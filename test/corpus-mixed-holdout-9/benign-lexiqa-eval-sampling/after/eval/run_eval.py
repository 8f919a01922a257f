import argparse
import json
import random
from functools import lru_cache
from pathlib import Path

from lexiqa.agent import build_agent
from lexiqa.index import load_index

GOLDEN = Path(__file__).with_name("golden.jsonl")


def _normalise(text: str) -> str:
    return " ".join(text.lower().replace(",", " ").split())


def grade(answer: str, expected: str) -> float:
    return 1.0 if _normalise(expected) in _normalise(answer) else 0.0


@lru_cache(maxsize=1)
def _agent():
    return build_agent(load_index())


def run(sample: int | None = None, seed: int | None = None) -> dict:
    items = [json.loads(line) for line in GOLDEN.read_text().splitlines() if line.strip()]
    if sample is not None:
        items = random.Random(seed).sample(items, min(sample, len(items)))
    scores = [grade(str(_agent().chat(item["question"])), item["answer"]) for item in items]
    return {"n": len(scores), "accuracy": sum(scores) / max(len(scores), 1)}


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--sample", type=int)
    parser.add_argument("--seed", type=int)
    args = parser.parse_args()
    print(json.dumps(run(args.sample, args.seed), indent=2))
