import argparse
import random

import numpy as np
import segmentation_models_pytorch as smp
import torch
import yaml
from tqdm import tqdm

from segtrain.data import make_loaders
from segtrain.metrics import mean_iou


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.cuda.manual_seed_all(seed)


def build_model(mcfg: dict) -> torch.nn.Module:
    return smp.create_model(
        mcfg["arch"],
        encoder_name=mcfg["encoder"],
        encoder_weights=mcfg["encoder_weights"],
        classes=mcfg["classes"],
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", default="configs/unet.yaml")
    args = parser.parse_args()
    with open(args.config) as fh:
        cfg = yaml.safe_load(fh)

    seed_everything(cfg["seed"])
    device = "cuda" if torch.cuda.is_available() else "cpu"
    train_loader, val_loader = make_loaders(cfg, cfg["seed"])
    model = build_model(cfg["model"]).to(device)
    tcfg = cfg["train"]
    opt = torch.optim.AdamW(model.parameters(), lr=tcfg["lr"], weight_decay=tcfg["weight_decay"])
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=tcfg["epochs"])
    scaler = torch.cuda.amp.GradScaler(enabled=tcfg["amp"])
    loss_fn = smp.losses.DiceLoss("multiclass")

    for epoch in range(tcfg["epochs"]):
        model.train()
        for images, masks in tqdm(train_loader, desc=f"epoch {epoch}"):
            images, masks = images.to(device), masks.to(device)
            opt.zero_grad(set_to_none=True)
            with torch.autocast(device_type=device, enabled=tcfg["amp"]):
                loss = loss_fn(model(images), masks)
            scaler.scale(loss).backward()
            scaler.step(opt)
            scaler.update()
        sched.step()

        model.eval()
        scores = []
        with torch.no_grad():
            for images, masks in val_loader:
                logits = model(images.to(device))
                scores.append(mean_iou(logits, masks.to(device), cfg["model"]["classes"]))
        print(f"epoch {epoch}: val mIoU {sum(scores) / len(scores):.4f}")


if __name__ == "__main__":
    main()
