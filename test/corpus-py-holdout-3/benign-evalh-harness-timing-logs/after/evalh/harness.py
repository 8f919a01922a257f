"""Run a benchmark: sample completions, execute them, score."""
import json
import logging
import random
import time
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
    n_timeouts = 0
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=4) as pool:
        for problem in problems:
            pid = problem["task_id"]
            t0 = time.perf_counter()
            outcomes = []
            for code in completions.get(pid, []):
                program = problem["prompt"] + code + "\n" + problem["test"]
                fut = pool.submit(run_in_sandbox, program)
                try:
                    outcomes.append(fut.result(timeout=cfg.timeout_s))
                except TimeoutError:
                    n_timeouts += 1
                    logger.warning("%s: completion timed out after %.1fs", pid, cfg.timeout_s)
                    outcomes.append(False)
            results[pid] = outcomes
            logger.debug("%s: %d/%d passed in %.2fs", pid, sum(outcomes), len(outcomes), time.perf_counter() - t0)
    score = mean_pass_at_k(results, k)
    logger.info(
        "%s pass@%d = %.4f (%d problems, %d timeouts, %.1fs)",
        cfg.name, k, score, len(problems), n_timeouts, time.perf_counter() - started,
    )
    return score
