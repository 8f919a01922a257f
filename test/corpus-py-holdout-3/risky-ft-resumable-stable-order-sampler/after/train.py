"""Fine-tune a sequence classifier."""
import argparse
import logging

import torch
import yaml
from transformers import AutoModelForSequenceClassification, AutoTokenizer

from ft.callbacks import MetricsLogger
from ft.data import load_examples, make_loader
from ft.seed import set_seed

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger("train")


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--config", default="configs/base.yaml")
    return p.parse_args()


def main():
    args = parse_args()
    with open(args.config) as fh:
        cfg = yaml.safe_load(fh)
    set_seed(cfg["seed"])

    tokenizer = AutoTokenizer.from_pretrained(cfg["model_name"])
    model = AutoModelForSequenceClassification.from_pretrained(cfg["model_name"], num_labels=2)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    model.to(device)

    train_loader = make_loader(load_examples(cfg["dataset"], "train"), tokenizer, cfg, train=True)
    optim = torch.optim.AdamW(model.parameters(), lr=cfg["lr"])
    cb = MetricsLogger(cfg["output_dir"])

    step = 0
    for epoch in range(cfg["epochs"]):
        model.train()
        for batch in train_loader:
            batch = {k: v.to(device) for k, v in batch.items()}
            out = model(**batch)
            out.loss.backward()
            optim.step()
            optim.zero_grad()
            step += 1
            cb.on_step(step, {"loss": out.loss.item(), "epoch": epoch})

    model.save_pretrained(cfg["output_dir"])
    tokenizer.save_pretrained(cfg["output_dir"])
    cb.on_train_end({"steps": step})


if __name__ == "__main__":
    main()
