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
    p.add_argument("--resume", type=Path, default=None,
                   help="resume from a checkpoint written by a previous run")
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO)

    device = "cuda" if torch.cuda.is_available() else "cpu"
    text = args.corpus.read_text(encoding="utf-8")
    train_ds, train_loader, val_loader = make_loaders(text, args.block_size, args.batch_size)
    model = TinyLM(train_ds.vocab_size).to(device)
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr)
    start_epoch = 0
    if args.resume is not None:
        ckpt = torch.load(args.resume, map_location=device, weights_only=True)
        model.load_state_dict(ckpt["model"])
        opt.load_state_dict(ckpt["optimizer"])
        start_epoch = ckpt["epoch"] + 1
        log.info("resumed from %s at epoch %d", args.resume, start_epoch)

    args.out.mkdir(parents=True, exist_ok=True)
    for epoch in range(start_epoch, args.epochs):
        for x, y in train_loader:
            x, y = x.to(device), y.to(device)
            loss = F.cross_entropy(model(x).flatten(0, 1), y.flatten())
            opt.zero_grad()
            loss.backward()
            opt.step()
        val_loss = evaluate(model, val_loader, device)
        log.info("epoch %d val_loss %.4f", epoch, val_loss)
        torch.save(
            {"model": model.state_dict(), "optimizer": opt.state_dict(), "epoch": epoch, "val_loss": val_loss},
            args.out / f"ckpt_{epoch:03d}.pt",
        )

    torch.save(model.state_dict(), args.out / "model.pt")


if __name__ == "__main__":
    main()
