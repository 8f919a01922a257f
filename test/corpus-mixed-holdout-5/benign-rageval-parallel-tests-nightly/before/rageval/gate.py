"""Fail CI when scores regress below the agreed floor."""
import argparse
import json
import sys
from pathlib import Path


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("results", type=Path)
    ap.add_argument("--min-em", type=float, required=True)
    ap.add_argument("--min-f1", type=float, required=True)
    args = ap.parse_args()
    scores = json.loads(args.results.read_text())
    failed = []
    if scores["exact_match"] < args.min_em:
        failed.append(f"exact_match {scores['exact_match']:.3f} < {args.min_em}")
    if scores["f1"] < args.min_f1:
        failed.append(f"f1 {scores['f1']:.3f} < {args.min_f1}")
    for line in failed:
        print("REGRESSION:", line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
