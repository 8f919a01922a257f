import argparse
import json
from pathlib import Path

import joblib
import lightgbm as lgb

from .config import load_config
from .data import load_frame, split_frame
from .evaluate import evaluate
from .features import build_features


def train(cfg):
    df = load_frame(cfg)
    train_df, test_df = split_frame(df, cfg)
    target = cfg.data["target"]
    model = lgb.LGBMClassifier(**cfg.model, random_state=cfg.split["seed"], verbose=-1)
    model.fit(build_features(train_df), train_df[target])
    metrics = evaluate(model, build_features(test_df), test_df[target])
    return model, metrics


def main(argv=None):
    parser = argparse.ArgumentParser(description="train the churn model")
    parser.add_argument("--config", default="configs/default.yaml")
    args = parser.parse_args(argv)
    cfg = load_config(args.config)
    model, metrics = train(cfg)
    out = Path(cfg.eval.get("output_dir", "runs"))
    out.mkdir(parents=True, exist_ok=True)
    joblib.dump(model, out / "model.joblib")
    (out / "metrics.json").write_text(json.dumps(metrics, indent=2))
    min_auc = cfg.eval.get("min_auc", 0.0)
    if metrics["auc"] < min_auc:
        raise SystemExit(f"AUC {metrics['auc']:.3f} below gate {min_auc}")
    print(json.dumps(metrics))


if __name__ == "__main__":
    main()
