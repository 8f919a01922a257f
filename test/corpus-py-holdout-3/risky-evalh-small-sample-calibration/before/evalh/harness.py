"""Run a benchmark: sample completions, execute them, score."""
import json
import logging
import random
from concurrent.futures import ThreadPoolExecutor, TimeoutError
from dataclasses import dataclass
from pathlib import Path

import yaml

from evalh.metrics import mean_pass_at_k
from evalh.sandbox import run_in_sandbox

logger = logging.getLogger(__name__)


@dataclass
class TaskConfig:
    name: str
    problems_path: str
    samples_per_problem: int = 5
    timeout_s: float = 10.0
    subset: int | None = None
    seed: int = 0


def load_task(path: str) -> TaskConfig:
    with open(path) as fh:
        return TaskConfig(**yaml.safe_load(fh))


def load_problems(cfg: TaskConfig) -> list[dict]:
    items = [json.loads(line) for line in Path(cfg.problems_path).read_text().splitlines() if line]
    if cfg.subset:
        rng = random.Random(cfg.seed)
        items = rng.sample(items, cfg.subset)
    return items


def evaluate(cfg: TaskConfig, completions: dict[str, list[str]], k: int = 1) -> float:
    problems = load_problems(cfg)
    results: dict[str, list[bool]] = {}
    with ThreadPoolExecutor(max_workers=4) as pool:
        for problem in problems:
            pid = problem["task_id"]
            outcomes = []
            for code in completions.get(pid, []):
                program = problem["prompt"] + code + "\n" + problem["test"]
                fut = pool.submit(run_in_sandbox, program)
                try:
                    outcomes.append(fut.result(timeout=cfg.timeout_s))
                except TimeoutError:
                    outcomes.append(False)
            results[pid] = outcomes
    score = mean_pass_at_k(results, k)
    logger.info("%s pass@%d = %.4f", cfg.name, k, score)
    return score
