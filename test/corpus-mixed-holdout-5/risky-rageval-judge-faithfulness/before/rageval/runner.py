import argparse
import json
from pathlib import Path

import jsonlines
from tqdm import tqdm

from rageval.metrics import best_over_golds, exact_match, token_f1
from rageval.pipeline import answer_question


def evaluate(dataset_path: Path, limit: int | None = None) -> dict[str, float]:
    em, f1, n = 0.0, 0.0, 0
    with jsonlines.open(dataset_path) as reader:
        for i, row in enumerate(tqdm(reader, desc="eval")):
            if limit is not None and i >= limit:
                break
            pred = answer_question(row["question"])
            em += best_over_golds(exact_match, pred, row["answers"])
            f1 += best_over_golds(token_f1, pred, row["answers"])
            n += 1
    return {"exact_match": em / n, "f1": f1 / n, "n": n}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("dataset", type=Path)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--out", type=Path, default=Path("results.json"))
    args = ap.parse_args()
    scores = evaluate(args.dataset, args.limit)
    args.out.write_text(json.dumps(scores, indent=2))
    print(json.dumps(scores, indent=2))


if __name__ == "__main__":
    main()
