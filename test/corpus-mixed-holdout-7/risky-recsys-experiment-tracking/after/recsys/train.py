"""Train a BPR matrix-factorization recommender."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import torch
import yaml

from .data import load_interactions, split
from .evaluate import recall_at_k
from .model import MatrixFactorization
from .tracking import log_run


def bpr_loss(pos: torch.Tensor, neg: torch.Tensor) -> torch.Tensor:
    return -torch.nn.functional.logsigmoid(pos - neg).mean()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", default="configs/default.yaml")
    parser.add_argument("--resume", help="checkpoint (model + optimizer) to continue from")
    args = parser.parse_args(argv)
    cfg = yaml.safe_load(Path(args.config).read_text())

    torch.manual_seed(cfg["data"]["seed"])
    df = load_interactions(cfg["data"]["interactions"])
    train_df, test_df = split(df, cfg["data"]["test_fraction"], cfg["data"]["seed"])
    n_users, n_items = int(df.user_idx.max()) + 1, int(df.item_idx.max()) + 1

    model = MatrixFactorization(n_users, n_items, cfg["model"]["dim"])
    opt = torch.optim.Adam(model.parameters(), lr=cfg["train"]["lr"], weight_decay=cfg["model"]["reg"])
    users = torch.tensor(train_df.user_idx.values, dtype=torch.long)
    items = torch.tensor(train_df.item_idx.values, dtype=torch.long)
    start_epoch = 0
    if args.resume:
        state = torch.load(args.resume, weights_only=False)
        model.load_state_dict(state["model"])
        opt.load_state_dict(state["optim"])
        start_epoch = state["epoch"] + 1

    for epoch in range(start_epoch, cfg["train"]["epochs"]):
        perm = torch.randperm(len(users))
        for start in range(0, len(users), cfg["train"]["batch_size"]):
            idx = perm[start : start + cfg["train"]["batch_size"]]
            neg = torch.randint(0, n_items, (len(idx),))
            loss = bpr_loss(model(users[idx], items[idx]), model(users[idx], neg))
            opt.zero_grad()
            loss.backward()
            opt.step()
        print(f"epoch {epoch} loss {loss.item():.4f}")

    out = Path(cfg["train"]["out_dir"])
    out.mkdir(parents=True, exist_ok=True)
    torch.save(model.state_dict(), out / "model.pt")
    torch.save({"model": model.state_dict(), "optim": opt.state_dict(), "epoch": epoch}, out / "last.ckpt")
    metrics = {"recall@k": recall_at_k(model, train_df, test_df, cfg["eval"]["k"])}
    (out / "metrics.json").write_text(json.dumps(metrics, indent=2))
    print(metrics)
    log_run(cfg, metrics)


if __name__ == "__main__":
    main()
