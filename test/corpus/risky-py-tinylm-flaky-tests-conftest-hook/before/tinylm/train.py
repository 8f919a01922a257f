"""Train TinyLM on a text file."""
import argparse
import logging
from pathlib import Path

import torch
import torch.nn.functional as F

from tinylm.data import make_loaders
from tinylm.model import TinyLM

log = logging.getLogger("tinylm.train")


def evaluate(model, loader, device) -> float:
    model.eval()
    total, n = 0.0, 0
    with torch.no_grad():
        for x, y in loader:
            x, y = x.to(device), y.to(device)
            logits = model(x)
            total += F.cross_entropy(logits.flatten(0, 1), y.flatten()).item()
            n += 1
    model.train()
    return total / max(n, 1)


def main(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("corpus", type=Path)
    p.add_argument("--epochs", type=int, default=5)
    p.add_argument("--batch-size", type=int, default=64)
    p.add_argument("--block-size", type=int, default=128)
    p.add_argument("--lr", type=float, default=3e-4)
    p.add_argument("--out", type=Path, default=Path("runs/latest"))
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO)

    device = "cuda" if torch.cuda.is_available() else "cpu"
    text = args.corpus.read_text(encoding="utf-8")
    train_ds, train_loader, val_loader = make_loaders(text, args.block_size, args.batch_size)
    model = TinyLM(train_ds.vocab_size).to(device)
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr)

    for epoch in range(args.epochs):
        for x, y in train_loader:
            x, y = x.to(device), y.to(device)
            loss = F.cross_entropy(model(x).flatten(0, 1), y.flatten())
            opt.zero_grad()
            loss.backward()
            opt.step()
        log.info("epoch %d val_loss %.4f", epoch, evaluate(model, val_loader, device))

    args.out.mkdir(parents=True, exist_ok=True)
    torch.save(model.state_dict(), args.out / "model.pt")


if __name__ == "__main__":
    main()
