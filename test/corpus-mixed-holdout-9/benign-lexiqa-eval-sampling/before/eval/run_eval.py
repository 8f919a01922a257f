import json
from pathlib import Path

from lexiqa.agent import build_agent
from lexiqa.index import load_index

GOLDEN = Path(__file__).with_name("golden.jsonl")


def grade(answer: str, expected: str) -> float:
    return 1.0 if expected.lower() in answer.lower() else 0.0


def run() -> dict:
    agent = build_agent(load_index())
    items = [json.loads(line) for line in GOLDEN.read_text().splitlines() if line.strip()]
    scores = []
    for item in items:
        answer = str(agent.chat(item["question"]))
        scores.append(grade(answer, item["answer"]))
    return {"n": len(scores), "accuracy": sum(scores) / max(len(scores), 1)}


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
