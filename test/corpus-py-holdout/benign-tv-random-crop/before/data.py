"""Dataset and loader construction."""
from pathlib import Path

import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset


class NpzImages(Dataset):
    def __init__(self, path, augment=False):
        blob = np.load(path)
        self.images = torch.from_numpy(blob["images"]).float() / 255.0
        self.labels = torch.from_numpy(blob["labels"]).long()
        self.augment = augment

    def __len__(self):
        return len(self.labels)

    def __getitem__(self, idx):
        img = self.images[idx]
        if self.augment and torch.rand(1).item() < 0.5:
            img = torch.flip(img, dims=[2])
        return img, self.labels[idx]


def build_loaders(cfg):
    root = Path(cfg["data_dir"])
    train_ds = NpzImages(root / "train.npz", augment=True)
    val_ds = NpzImages(root / "val.npz")
    train_loader = DataLoader(
        train_ds,
        batch_size=cfg["batch_size"],
        shuffle=True,
        num_workers=cfg.get("num_workers", 2),
        drop_last=True,
    )
    val_loader = DataLoader(val_ds, batch_size=cfg["batch_size"], shuffle=False)
    return train_loader, val_loader
