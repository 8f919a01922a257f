"""Fine-tune a causal LM on instruction data."""
import argparse
import logging
import os

import torch
import yaml
from torch.utils.data import DataLoader
from transformers import AutoModelForCausalLM, AutoTokenizer, get_linear_schedule_with_warmup

from ft.callbacks import MetricsLogger
from ft.data import InstructionDataset, load_split

log = logging.getLogger(__name__)


def set_seed(seed: int) -> None:
    import random

    import numpy as np

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.cuda.manual_seed_all(seed)


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--config", default="configs/train.yaml")
    p.add_argument("--output-dir", default="runs/latest")
    return p.parse_args()


def main():
    args = parse_args()
    with open(args.config) as f:
        cfg = yaml.safe_load(f)
    set_seed(cfg["seed"])

    tok = AutoTokenizer.from_pretrained(cfg["model"])
    model = AutoModelForCausalLM.from_pretrained(cfg["model"])

    train_ds = InstructionDataset(load_split(cfg["data_dir"], "train"), tok, cfg["max_len"])
    eval_ds = InstructionDataset(load_split(cfg["data_dir"], "eval"), tok, cfg["max_len"])
    train_dl = DataLoader(train_ds, batch_size=cfg["batch_size"], shuffle=True)
    eval_dl = DataLoader(eval_ds, batch_size=cfg["batch_size"])

    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"])
    steps = len(train_dl) * cfg["epochs"]
    sched = get_linear_schedule_with_warmup(opt, cfg["warmup_steps"], steps)
    logger = MetricsLogger(args.output_dir)

    for epoch in range(cfg["epochs"]):
        model.train()
        for step, batch in enumerate(train_dl):
            out = model(**batch)
            out.loss.backward()
            opt.step()
            sched.step()
            opt.zero_grad()
            if step % cfg["log_every"] == 0:
                logger.log({"epoch": epoch, "step": step, "loss": out.loss.item()})
        eval_loss = evaluate(model, eval_dl)
        logger.log({"epoch": epoch, "eval_loss": eval_loss})

    os.makedirs(args.output_dir, exist_ok=True)
    model.save_pretrained(args.output_dir)
    tok.save_pretrained(args.output_dir)


@torch.no_grad()
def evaluate(model, dl):
    model.eval()
    total, n = 0.0, 0
    for batch in dl:
        total += model(**batch).loss.item()
        n += 1
    return total / max(n, 1)


if __name__ == "__main__":
    main()
