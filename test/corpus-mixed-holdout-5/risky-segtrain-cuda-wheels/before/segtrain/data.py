from pathlib import Path

import albumentations as A
import numpy as np
import torch
from albumentations.pytorch import ToTensorV2
from PIL import Image
from torch.utils.data import DataLoader, Dataset, Subset


class PetsSegmentation(Dataset):
    """Oxford-IIIT Pets with trimap masks (foreground / background / border)."""

    def __init__(self, root: str, image_size: int, train: bool):
        self.root = Path(root)
        self.images = sorted((self.root / "images").glob("*.jpg"))
        aug = [A.Resize(image_size, image_size)]
        if train:
            aug += [A.HorizontalFlip(p=0.5), A.ColorJitter(0.2, 0.2, 0.2, 0.05, p=0.5)]
        aug += [A.Normalize(), ToTensorV2()]
        self.transform = A.Compose(aug)

    def __len__(self) -> int:
        return len(self.images)

    def __getitem__(self, idx: int):
        img_path = self.images[idx]
        mask_path = self.root / "annotations" / "trimaps" / f"{img_path.stem}.png"
        image = np.array(Image.open(img_path).convert("RGB"))
        mask = np.array(Image.open(mask_path)) - 1  # trimap values are 1..3
        out = self.transform(image=image, mask=mask)
        return out["image"], out["mask"].long()


def make_loaders(cfg: dict, seed: int) -> tuple[DataLoader, DataLoader]:
    dcfg = cfg["data"]
    full_train = PetsSegmentation(dcfg["root"], dcfg["image_size"], train=True)
    full_val = PetsSegmentation(dcfg["root"], dcfg["image_size"], train=False)
    g = torch.Generator().manual_seed(seed)
    perm = torch.randperm(len(full_train), generator=g).tolist()
    n_val = int(len(perm) * dcfg["val_fraction"])
    train_ds = Subset(full_train, perm[n_val:])
    val_ds = Subset(full_val, perm[:n_val])
    bs = cfg["train"]["batch_size"]
    return (
        DataLoader(train_ds, batch_size=bs, shuffle=True, num_workers=dcfg["num_workers"], generator=g),
        DataLoader(val_ds, batch_size=bs, shuffle=False, num_workers=dcfg["num_workers"]),
    )
