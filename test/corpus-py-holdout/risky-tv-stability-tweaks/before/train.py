"""Training entry point for the tinyvision classifier."""
import argparse
import logging
from pathlib import Path

import torch
import torch.nn.functional as F
import yaml

from data import build_loaders
from model import SmallConvNet

log = logging.getLogger("tinyvision.train")


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--config", default="configs/base.yaml")
    p.add_argument("--out", default="runs/latest")
    return p.parse_args()


def train_one_epoch(model, loader, opt, device):
    model.train()
    total = 0.0
    for images, labels in loader:
        images, labels = images.to(device), labels.to(device)
        opt.zero_grad()
        loss = F.cross_entropy(model(images), labels)
        loss.backward()
        opt.step()
        total += loss.item() * images.size(0)
    return total / len(loader.dataset)


@torch.no_grad()
def evaluate(model, loader, device):
    model.eval()
    correct = 0
    for images, labels in loader:
        preds = model(images.to(device)).argmax(dim=1)
        correct += (preds.cpu() == labels).sum().item()
    return correct / len(loader.dataset)


def main():
    args = parse_args()
    with open(args.config) as f:
        cfg = yaml.safe_load(f)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    train_loader, val_loader = build_loaders(cfg)
    model = SmallConvNet(num_classes=cfg["num_classes"]).to(device)
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"])
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for epoch in range(cfg["epochs"]):
        loss = train_one_epoch(model, train_loader, opt, device)
        acc = evaluate(model, val_loader, device)
        log.info("epoch=%d loss=%.4f val_acc=%.4f", epoch, loss, acc)
        torch.save(model.state_dict(), out / f"epoch{epoch:03d}.pt")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
