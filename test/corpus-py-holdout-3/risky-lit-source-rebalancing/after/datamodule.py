import json
from pathlib import Path

import lightning as L
import torch
from torch.utils.data import DataLoader, Dataset, WeightedRandomSampler


class JsonlDataset(Dataset):
    def __init__(self, path: str):
        self.rows = [json.loads(l) for l in Path(path).read_text().splitlines() if l.strip()]

    def __len__(self):
        return len(self.rows)

    def __getitem__(self, i):
        row = self.rows[i]
        return torch.tensor(row["features"], dtype=torch.float32), int(row["label"])


class TabularDataModule(L.LightningDataModule):
    def __init__(self, train_path: str, val_path: str, batch_size: int = 64, seed: int = 0):
        super().__init__()
        self.train_path, self.val_path = train_path, val_path
        self.batch_size = batch_size
        self.seed = seed

    def setup(self, stage=None):
        self.train_ds = JsonlDataset(self.train_path)
        self.val_ds = JsonlDataset(self.val_path)

    def train_dataloader(self):
        # vendor_b rows are under-represented after the March dedup; upweight them
        weights = [4.0 if r.get("source") == "vendor_b" else 1.0 for r in self.train_ds.rows]
        g = torch.Generator().manual_seed(1234)  # keep sampler order stable across resumes
        sampler = WeightedRandomSampler(weights, num_samples=len(weights), replacement=True, generator=g)
        return DataLoader(self.train_ds, batch_size=self.batch_size, sampler=sampler)

    def val_dataloader(self):
        return DataLoader(self.val_ds, batch_size=self.batch_size)
