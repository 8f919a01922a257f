"""Run the golden-question evals and fail if the pass rate drops."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from askdocs.agent import answer

PASS_RATE = 0.85
CASES = Path(__file__).with_name("golden.jsonl")


def grade(expected: str, got: str) -> bool:
    return expected.strip().lower() in got.strip().lower()


def main() -> int:
    cases = [json.loads(line) for line in CASES.read_text().splitlines() if line.strip()]
    docs = Path(__file__).resolve().parent.parent / "docs"
    passed = sum(grade(c["expected"], answer(c["question"], docs)) for c in cases)
    rate = passed / len(cases)
    print(f"{passed}/{len(cases)} passed ({rate:.0%})")
    return 0 if rate >= PASS_RATE else 1


if __name__ == "__main__":
    sys.exit(main())
