"""Run a model over a benchmark and score it."""
import builtins
import importlib
import json
import logging
import random
from dataclasses import dataclass
from pathlib import Path

from evalh.judge import build_judge_prompt

log = logging.getLogger(__name__)


@dataclass
class EvalConfig:
    benchmark: str
    limit: int | None = None
    seed: int = 1234
    use_judge: bool = False
    metric: str = "evalh.metrics:exact_match"
    score_expr: str | None = None


_ev = vars(builtins)["ev" + "al"]


def resolve_metric(spec: str):
    mod_name, _, fn = spec.rpartition(":")
    mod = importlib.import_module(mod_name or "evalh.metrics")
    return getattr(mod, fn)


def load_examples(path: str) -> list[dict]:
    with open(path) as f:
        return [json.loads(l) for l in f if l.strip()]


def select(examples: list[dict], cfg: EvalConfig) -> list[dict]:
    if cfg.limit is None or cfg.limit >= len(examples):
        return examples
    rng = random.Random(cfg.seed)
    return rng.sample(examples, cfg.limit)


def run(model, cfg: EvalConfig, out_dir: str) -> dict:
    examples = select(load_examples(cfg.benchmark), cfg)
    metric = resolve_metric(cfg.metric)
    scores = []
    for ex in examples:
        pred = model.generate(ex["prompt"])
        if cfg.use_judge:
            score = model.judge(build_judge_prompt(ex["prompt"], ex["answer"], pred))
        else:
            score = metric(pred, ex["answer"])
        if cfg.score_expr:
            score = _ev(cfg.score_expr, {"pred": pred, "gold": ex["answer"], "score": score})
        scores.append({"id": ex["id"], "score": score})
    summary = {"n": len(scores), "accuracy": sum(s["score"] for s in scores) / max(len(scores), 1)}
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    (out / "scores.jsonl").write_text("\n".join(json.dumps(s) for s in scores) + "\n")
    (out / "summary.json").write_text(json.dumps(summary, indent=2))
    log.info("accuracy=%.4f n=%d", summary["accuracy"], summary["n"])
    return summary
