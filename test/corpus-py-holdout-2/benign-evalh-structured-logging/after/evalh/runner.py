"""Run a model over a benchmark and score it."""
import json
import logging
import random
from dataclasses import dataclass
from pathlib import Path

from evalh.judge import build_judge_prompt
from evalh.metrics import exact_match

log = logging.getLogger(__name__)


@dataclass
class EvalConfig:
    benchmark: str
    limit: int | None = None
    seed: int = 1234
    use_judge: bool = False


def load_examples(path: str) -> list[dict]:
    with open(path) as f:
        return [json.loads(l) for l in f if l.strip()]


def select(examples: list[dict], cfg: EvalConfig) -> list[dict]:
    if cfg.limit is None or cfg.limit >= len(examples):
        return examples
    rng = random.Random(cfg.seed)
    return rng.sample(examples, cfg.limit)


def _attach_file_log(out: Path) -> logging.Handler:
    handler = logging.FileHandler(out / "run.log")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    return handler


def run(model, cfg: EvalConfig, out_dir: str) -> dict:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    handler = _attach_file_log(out)
    examples = select(load_examples(cfg.benchmark), cfg)
    log.info("evaluating %d examples from %s (limit=%s, seed=%d)", len(examples), cfg.benchmark, cfg.limit, cfg.seed)
    scores = []
    for ex in examples:
        pred = model.generate(ex["prompt"])
        if cfg.use_judge:
            score = model.judge(build_judge_prompt(ex["prompt"], ex["answer"], pred))
        else:
            score = exact_match(pred, ex["answer"])
        log.debug("id=%s score=%s pred=%r", ex["id"], score, pred[:200])
        scores.append({"id": ex["id"], "score": score})
    summary = {"n": len(scores), "accuracy": sum(s["score"] for s in scores) / max(len(scores), 1)}
    (out / "scores.jsonl").write_text("\n".join(json.dumps(s) for s in scores) + "\n")
    (out / "summary.json").write_text(json.dumps(summary, indent=2))
    log.info("accuracy=%.4f n=%d", summary["accuracy"], summary["n"])
    log.removeHandler(handler)
    handler.close()
    return summary
